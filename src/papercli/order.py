"""Reading order: lines of side-by-side columns joined on one line, or interleaved.

Some extractors read a page row by row across columns. pdfplumber joins the lines
of a row with single spaces (``col1-line col2-line col3-line``); pdftotext and
pdfminer put each column's line on its own line in turn (col1, col2, col3, col1,
...). Both are undone here with evidence measured on the page itself:

* the lines of one column share a width (justified text), so the page's column
  widths are the widths many lines (or parts of lines) reach;
* the text of a column runs on across a line break: the two characters either
  side of a true join form a pair seen elsewhere on the page, a wrong join mostly
  does not (:func:`bigram_counts`);
* a short line ending a sentence ends a paragraph, after which anything may follow.

Every function only moves text: what goes in comes out, character for character.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from papercli.chars import ends_sentence
from papercli.droptitles import lift_dropped_titles, lift_titles
from papercli.gapsplit import join_gap_splits
from papercli.interleave import read_in_order, reorder
from papercli.lang import settle_lang
from papercli.layout import visual_width, width_counts, width_of
from papercli.model import Page

#: widths within this many half-em units count as one column width
TOL = 2.5
#: continuity score of a join whose character pair the page never shows
UNSEEN = 0.0
#: share of a page's lines that must split before any is split
JOINED_SHARE = 0.1
#: no column is narrower than this (eight Han characters)
MIN_COLUMN = 16.0


_FIGURE = re.compile(r"[0-9A-Za-z.,%+\-/:]+")


def spaced_figure(tok: str) -> bool:
    """A token that is only a figure or a Latin word (``300``, ``5G``, ``2.9``).

    >>> spaced_figure("60"), spaced_figure("5G"), spaced_figure("16个区")
    (True, True, False)
    """
    return bool(_FIGURE.fullmatch(tok))


def figures_joined(s: str) -> str:
    """``s`` without the spaces either side of a figure: pdftotext sets figures and
    Latin words apart from the Han text (``我国 60 岁及以上``), which widens a column
    line by two gaps that were never printed (a full line then looks wider than its
    column, as two columns' lines joined do).

    >>> figures_joined("据统计，我国 60 岁及以上"), figures_joined("甲乙 丙丁")
    ('据统计，我国60岁及以上', '甲乙 丙丁')
    """
    toks = s.split(" ")
    if len(toks) < 2:
        return s
    out = toks[0]
    for prev, tok in itertools.pairwise(toks):
        out += tok if (spaced_figure(prev) or spaced_figure(tok)) and prev and tok else " " + tok
    return out


def part_width(s: str) -> float:
    """Printed width of a column line (a space inside it is a printed gap of 1.5).

    >>> part_width("2月 13日"), part_width("新风尚。")
    (9.8, 7.5)
    """
    return visual_width(s)


def bigram_counts(lines: list[str]) -> Counter[str]:
    """Pairs of adjacent characters inside the space-free runs of ``lines``.

    A join across a line break is plausible when the pair it makes occurs on the
    page; pairs across spaces are not counted (a space may be a column gap).

    >>> bigram_counts(["活动现场 好", "现场"])["现场"]
    2
    """
    c: Counter[str] = Counter()
    for ln in lines:
        for tok in ln.split():
            for i in range(len(tok) - 1):
                c[tok[i : i + 2]] += 1
    return c


def continues(a: str, b: str, pairs: Counter[str]) -> float:
    """How well line ``b`` continues line ``a`` in one column, from 0 to 1.

    After a sentence end anything may start (0.5); otherwise the pair of the last
    character of ``a`` and the first of ``b`` occurs on the page (1) or not
    (:data:`UNSEEN`: a small page shows few pairs, so this is weak evidence).

    >>> pairs = bigram_counts(["开展活动", "主题宣传"])
    >>> continues("社区开", "展工作", pairs), continues("社区开", "传统", pairs)
    (1.0, 0.0)
    """
    a, b = a.rstrip(), b.lstrip()
    if not a or not b:
        return 0.0
    if ends_sentence(a) or a[-1] in "）)":
        return 0.5
    return 1.0 if pairs[a[-1] + b[0]] > 0 else UNSEEN


def _width_samples(line: str) -> set[float]:
    """Widths a line offers as column widths: its space-free runs at least
    :data:`MIN_COLUMN` wide (in a joined row, most runs are whole column lines)."""
    return {round(w) for w in map(part_width, line.split()) if w >= MIN_COLUMN}


def column_widths(lines: list[str], tol: float = TOL) -> list[float]:
    """The page's column widths: widths that many lines or parts of lines reach.

    Each line offers a few widths (:func:`_width_samples`); a width offered by at
    least four lines (and a twentieth of them), counting those within ``tol``, is
    a column width.

    >>> rows = ["甲" * 10 + " " + "乙" * 10, "丙" * 10 + " " + "丁" * 10] * 3
    >>> column_widths(rows)
    [20.0]
    """
    counts: Counter[float] = Counter()
    for ln in lines:
        counts.update(_width_samples(ln))
    need = max(4, len(lines) // 20)
    reach = math.floor(tol)  # widths are whole numbers: |v - w| <= tol is |v - w| <= floor(tol)
    near = {w: sum(counts.get(w + d, 0) for d in range(-reach, reach + 1)) for w in counts}
    return sorted(float(w) for w in near if counts[w] >= 2 and near[w] >= need)


def _part_cost(part: str, widths: list[float], tol: float) -> float:
    """0 for a full column line, 0.3 for a paragraph end, 1 for anything else.

    A space right after a sentence end inside the part adds 0.5: a column line
    does not go on after a full stop with a gap, two joined lines do.
    """
    stops = sum(ends_sentence(t) for t in part.split(" ")[:-1])
    return _cost(part_width(part), stops, ends_sentence(part) or part.rstrip()[-1:] in "）)", widths, tol)


def _cost(w: float, stops: int, ends: bool, widths: list[float], tol: float) -> float:
    """:func:`_part_cost` of a part of width ``w`` with ``stops`` sentence ends before
    its inner spaces, ending a paragraph (``ends``) or not; ``widths`` sorted."""
    gaps = 0.5 * stops
    for c in widths[bisect_left(widths, w - tol - 1.0) :]:  # sorted: none below is within tol
        if c > w + tol + 1.0:
            break
        if abs(w - c) <= tol:
            return gaps
    if ends and widths and w < max(widths):  # narrower than some column
        return 0.3 + gaps
    return 1.0 + gaps


def _part_costs(toks: list[str], widths: list[float], tol: float) -> Callable[[int, int], float]:
    """The :func:`_part_cost` of ``" ".join(toks[i:j])`` as a function of ``(i, j)``.

    For tokens with no whitespace in them (nor empty), the cost comes from the
    tokens' own measures, summed (the width of a run of tokens is the sum of their
    :func:`~papercli.layout.width_counts` plus its spaces), without building the part.

    >>> toks = "甲甲甲甲甲，乙乙乙。 丙丙丙".split(" ")
    >>> cost = _part_costs(toks, [20.0], TOL)
    >>> [cost(0, 1), cost(0, 2)] == [_part_cost(toks[0], [20.0], TOL), _part_cost(" ".join(toks), [20.0], TOL)]
    True
    """
    if any(not t or t != t.strip() or len(t.split()) > 1 for t in toks):
        return lambda i, j: _part_cost(" ".join(toks[i:j]), widths, tol)
    sums = [(0, 0, 0, 0, 0)]  # prefix sums of the tokens' width counts
    stops = [0]  # prefix counts of the tokens ending a sentence
    for t in toks:
        c, prev = width_counts(t), sums[-1]
        sums.append((prev[0] + c[0], prev[1] + c[1], prev[2] + c[2], prev[3] + c[3], prev[4] + c[4]))
        stops.append(stops[-1] + ends_sentence(t))
    ends = [ends_sentence(t) or t[-1] in "）)" for t in toks]

    def cost(i: int, j: int) -> float:
        a, b = sums[i], sums[j]
        w = width_of((b[0] - a[0], b[1] - a[1], b[2] - a[2], b[3] - a[3], b[4] - a[4]), j - i - 1)
        return _cost(w, stops[j - 1] - stops[i], ends[j - 1], widths, tol)

    return cost


def _spaced(tok: str) -> bool:
    """A token of a letter-spaced run: at most two characters besides punctuation."""
    return len(tok.strip("，。、；：“”‘’（）")) <= 2 and not ends_sentence(tok)


def split_row(line: str, widths: list[float], tol: float = TOL) -> list[str]:
    """Split one line into the column lines it joins, or return it whole.

    The split is the cheapest cut at spaces into parts that are full column lines
    or paragraph ends; it is taken only when it is cheaper than the whole line.

    >>> split_row("甲甲甲甲甲，乙乙乙。 丙丙丙丙丙丙丙丙丙丙", [20.0])
    ['甲甲甲甲甲，乙乙乙。', '丙丙丙丙丙丙丙丙丙丙']
    >>> split_row("“勤俭节约 从我做起”为主题活动", [30.0])
    ['“勤俭节约 从我做起”为主题活动']
    """
    text = line.strip()
    toks = text.split(" ")
    if len(toks) < 2 or len(toks) > 24 or not widths:
        return [line]
    widths = sorted(widths)
    n = len(toks)
    # no cut between two letter-spaced tokens (one or two characters, no sentence end)
    cuttable = [not (_spaced(toks[i - 1]) and _spaced(toks[i])) for i in range(n)]
    part_cost = _part_costs(toks, widths, tol)
    # best[j]: the cheapest cut of toks[:j] as (cost, number of parts, where its last part starts)
    best: list[tuple[float, int, int] | None] = [None] * (n + 1)
    best[0] = (0.0, 0, 0)
    for i in range(n):
        cur = best[i]
        if cur is None:
            continue
        for j in range(i + 1, n + 1):
            if j < n and not cuttable[j]:
                continue
            if j == i + 1 and not toks[i]:
                continue  # an empty part
            cost = cur[0] + part_cost(i, j)
            old = best[j]
            if old is None or cost < old[0] - 1e-9 or (abs(cost - old[0]) < 1e-9 and cur[1] + 1 < old[1]):
                best[j] = (cost, cur[1] + 1, i)
    res = best[n]
    if res is None or res[1] < 2:
        return [line]
    if res[0] >= _part_cost(text, widths, tol) or res[0] > 1.0:
        return [line]
    parts: list[str] = []
    j = n
    while j:
        last = best[j]
        assert last is not None
        parts.append(" ".join(toks[last[2] : j]))
        j = last[2]
    return parts[::-1]


@dataclass
class _Slot:
    """One column being followed down a run of rows."""

    lines: list[str] = field(default_factory=list)
    width: float = 0.0
    idle: int = 0  # rows since its last line

    @property
    def ended(self) -> bool:
        last = self.lines[-1].rstrip() if self.lines else ""
        return not last or ends_sentence(last) or last[-1] in "）)"


def _match_score(part: str, slot: _Slot, pairs: Counter[str], tol: float) -> float:
    w = part_width(part)
    s = 1.0 if abs(w - slot.width) <= tol else (-1.0 if w > slot.width else 0.0)
    return 0.5 + s + continues(slot.lines[-1], part, pairs)


def align_row(parts: list[str], slots: list[_Slot], pairs: Counter[str], tol: float = TOL) -> list[int | None]:
    """For each part of a row, the index of the slot it continues (None: a new column).

    An order-keeping alignment of the row's parts (left to right) with the open
    columns: a part scores for a matching width and for continuing the column's
    text; a column left without a part costs unless it had just ended a paragraph;
    a part that starts a new column costs a little.
    """
    m, k = len(parts), len(slots)
    neg = float("-inf")
    dp = [[neg] * (k + 1) for _ in range(m + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (k + 1) for _ in range(m + 1)]
    dp[0][0] = 0.0
    for i in range(m + 1):
        for j in range(k + 1):
            v = dp[i][j]
            if v == neg:
                continue
            moves: list[tuple[int, int, float]] = []
            if i < m and j < k:
                moves.append((i + 1, j + 1, _match_score(parts[i], slots[j], pairs, tol)))
            if i < m:
                moves.append((i + 1, j, -1.0))
            if j < k:
                moves.append((i, j + 1, 0.0 if slots[j].ended else -1.0))
            for a, b, s in moves:
                if v + s > dp[a][b]:
                    dp[a][b] = v + s
                    back[a][b] = (i, j)
    out: list[int | None] = [None] * m
    i, j = m, k
    while (i, j) != (0, 0):
        prev = back[i][j]
        assert prev is not None
        pi, pj = prev
        if pi == i - 1 and pj == j - 1:
            out[pi] = pj
        i, j = pi, pj
    return out


def _still_open(skipped: list[_Slot]) -> list[_Slot]:
    """Columns without a line in this row that stay open (for two rows at most)."""
    for s in skipped:
        s.idle += 1
    return [s for s in skipped if s.idle <= 2]


def order_rows(rows: list[list[str]], pairs: Counter[str], tol: float = TOL) -> list[str]:
    """The lines of a run of rows, column by column.

    Each row's parts are aligned with the columns open so far (:func:`align_row`);
    columns are emitted in the order they opened.

    >>> rows = [["一二三", "甲乙丙"], ["四五六", "丁戊己"]]
    >>> order_rows(rows, bigram_counts(["三四", "丙丁"]))
    ['一二三', '四五六', '甲乙丙', '丁戊己']
    """
    slots: list[_Slot] = []
    opened: list[_Slot] = []
    for parts in rows:
        where = align_row(parts, slots, pairs, tol)
        merged: list[_Slot] = []
        nxt = 0
        for p, j in zip(parts, where, strict=True):
            if j is None:
                s = _Slot([p], part_width(p))
                opened.append(s)
            else:
                merged.extend(_still_open(slots[nxt:j]))
                nxt = j + 1
                s = slots[j]
                s.lines.append(p)
                s.width = max(s.width, part_width(p))
                s.idle = 0
            merged.append(s)
        merged.extend(_still_open(slots[nxt:]))
        slots = merged
    return [ln for s in opened for ln in s.lines]


def joined_apart_from_figures(text: list[str], need: float, tol: float = TOL) -> bool:
    """The page's lines still split into columns (``need`` of them) once the spaces
    round its figures are taken out (:func:`figures_joined`): pdftotext sets figures
    apart (``据统计，我国 60 岁及以上``), so that the pieces of one column's lines offer
    column widths of their own and its lines, wider by two gaps, look like rows of two
    columns. Run on such a page, the split would cut every line with a figure.

    >>> rows = ["甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未 一二三四五六七八九十，子丑寅卯辰巳午未"] * 4
    >>> col = ["甲乙丙丁戊 2019 己庚辛壬癸，子丑寅卯辰巳午未申"] * 4
    >>> joined_apart_from_figures(rows, 3), joined_apart_from_figures(col, 3)
    (True, False)
    """
    joined = [figures_joined(ln) for ln in text]
    if joined == text:
        return True
    widths = column_widths(joined, tol)
    return bool(widths) and sum(len(split_row(ln, widths, tol)) > 1 for ln in joined) >= need


def split_joined_columns(lines: list[str], tol: float = TOL) -> list[str] | None:
    """Undo rows of several columns joined on one line (pdfplumber), or None if none.

    Lines far wider than the page's column widths are split into column lines
    (:func:`split_row`); each run of such rows (with the single lines between them)
    is re-emitted column by column (:func:`order_rows`).

    >>> a = ["一二三四五六七八九十", "十一二三四五六七八九", "九十一二三四五六七。"]
    >>> b = ["甲乙丙丁戊己庚辛壬癸", "癸甲乙丙丁戊己庚辛壬", "壬癸甲乙丙丁戊己庚。"]
    >>> rows = [x + " " + y for x, y in zip(a + a, b + b)]
    >>> split_joined_columns(rows) == a + a + b + b
    True
    """
    text = [ln for ln in lines if ln.strip()]
    need = max(3, len(text) * JOINED_SHARE)
    if sum(2 <= len(ln.strip().split(" ")) <= 24 for ln in text) < need:
        return None  # too few lines split_row could split (see its token limits)
    widths = column_widths(text, tol)
    if not widths:
        return None
    split = [split_row(ln, widths, tol) if ln.strip() else [] for ln in lines]
    if sum(len(p) > 1 for p in split) < need or not joined_apart_from_figures(text, need, tol):
        return None  # a few odd lines are no evidence of a page read across columns
    pairs = bigram_counts(text)
    widest = max(widths) + tol
    out: list[str] = []
    i = 0
    n = len(lines)
    while i < n:
        if len(split[i]) < 2:
            out.append(lines[i])
            i += 1
            continue
        j = i
        last = i
        while j < n and j - last <= 3:
            if len(split[j]) > 1:
                last = j
            elif split[j] and part_width(split[j][0]) > widest:
                break  # a line across the columns (a headline) ends the run
            j += 1
        run = [split[t] for t in range(i, last + 1) if split[t]]
        out.extend(order_rows(run, pairs, tol))
        i = last + 1
    return out


def order_page(page: Page) -> Page:
    """Stage ``order``: put lines of side-by-side columns back in reading order.

    Only CJK pages: its widths and character-pair evidence are those of Han text."""
    if page.structured or settle_lang(page) != "zh":
        return page
    new = split_joined_columns(page.lines)
    if new is not None and new != page.lines:
        moved = sum(1 for a, b in zip(new, page.lines, strict=False) if a != b)
        before = next((a for a, b in zip(page.lines, new, strict=False) if a != b), "")
        page.record_fix("split_joined_columns", before, "(read column by column)", moved)
        page.lines = new
        return page  # rows were joined on lines: not also read across line by line
    page = deinterleave_page(page)
    if not read_across(page):  # a reordered page's lines are column pieces, not printed lines
        joined, pairs = join_gap_splits(page.lines)
        if pairs:
            page.record_fix("join_gap_splits", "\n".join(pairs[0]), " ".join(pairs[0]), len(pairs))
            page.lines = joined
    return page


#: the fixes of :func:`order_page` that put a page's column lines in a new order
REORDERED = ("split_joined_columns", "deinterleave")


def read_across(page: Page) -> bool:
    """The page's lines were read across its columns and put back in order here: they
    are column pieces in a new order, whose widths and neighbours say nothing of a
    printed line cut at a gap (:func:`papercli.gapsplit.join_gap_splits`).

    >>> page = Page("p.txt", lines=[])
    >>> page.record_fix("deinterleave", "a", "b")
    >>> read_across(page)
    True
    """
    return any(f.name in REORDERED for f in page.fixes)


def deinterleave_page(page: Page) -> Page:
    """Lines of columns read row by row (one column line per line) put back in
    column order (:func:`papercli.interleave.deinterleave`, recorded as the fix
    ``deinterleave``); kept as they are when the evidence is unclear, recorded as
    the fix ``interleaved_kept`` (lines that look read across, left in place) so
    the page can be flagged. Where the lines only look read across for a title dropped
    between a column's lines (:func:`papercli.droptitles.lift_dropped_titles`), the
    title is moved to the page's end instead and the lines stay in order."""
    new, across = reorder(page.lines)  # across: :func:`papercli.interleave.across_lines`
    if new is not None:  # a title dropped between a column's lines reads as lines across columns
        lines, lifted = lift_dropped_titles(page.lines)
        if lifted and read_in_order(lines):
            lift_titles(page, lines, lifted)
            return page
    old = [ln for ln in page.lines if ln.strip()]
    if new is None:
        if across:
            page.record_fix("interleaved_kept", across[0], "(kept as read: columns may be interleaved)", len(across))
        return page
    moved = sum(1 for a, b in zip(new, old, strict=True) if a != b)
    before = next((a for a, b in zip(old, new, strict=True) if a != b), "")
    page.record_fix("deinterleave", before, "(read column by column)", moved)
    page.lines = new
    return page
