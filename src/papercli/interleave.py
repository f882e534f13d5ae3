"""Reading order: lines of side-by-side columns emitted row by row, one per line.

pdftotext (and pdfminer on many pages) read a page across its columns: column 1
line 1, column 2 line 1, ..., column 1 line 2, ... Here each line is linked to the
line that continues it in its column, using evidence measured on the page only:

* character-pair continuity: the two characters either side of a join form a pair
  the page shows elsewhere, far more often than a pair across two columns
  (:func:`join_evidence`, from the page's own pair and character counts);
* widths: the lines of one column share a width; a full line is followed by a
  line of the same width, or a shorter one that ends the paragraph;
* periodicity: in a run read across ``k`` columns, summed over the run, joins
  ``i -> i+k`` are far more continuous than ``i -> i+1`` (:func:`local_periods`);
* sentence ends and bracket balance: after a paragraph end anything may follow;
  a line that leaves a quote open is more likely continued by one that closes it.

Links are chosen greedily, strongest first (:func:`link_lines`); the chains they
form are read one after another in the order they start (:func:`chains`). The
new order is kept only when its joins are clearly more continuous than the old
(:func:`deinterleave`); every line is kept, only moved.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from operator import add

from papercli.chars import CLOSERS, bracket_balance, ends_sentence
from papercli.layout import visual_width

#: a line this close to a column width is a full column line (half-em units)
TOL = 2.5
#: furthest line a column's next line may be found at
MAX_GAP = 12
#: periods tried for a run read across columns
MAX_PERIOD = 8
#: lines either side of a line over which its local period is measured
WINDOW = 12
#: weight of the join to the next line where the text reads in order
IN_ORDER = 3.0
#: fewest lines a run read across columns spans
MIN_RUN = 8
#: prior weight of the most continuous gap in an interleaved run
PERIOD_WEIGHT = 2.0
#: how much more continuous another gap must be than 1 before a run counts as interleaved
PERIOD_MARGIN = 3.0
#: evidence a new order must gain (per reordered line) before it replaces the old
GAIN_PER_LINE = 0.3


def flat(s: str) -> str:
    """A line without its spaces (extractors space letter-spaced lines).

    >>> flat("已 久 。 2006 年")
    '已久。2006年'
    """
    return "".join(s.split())


def line_width(s: str) -> float:
    """Printed width of a line, ignoring the spaces an extractor put in.

    >>> line_width("已 久 。"), line_width("已久。")
    (5.5, 5.5)
    """
    return visual_width(flat(s))


def page_widths(widths: list[float], tol: float = TOL) -> list[float]:
    """Column widths of the page: widths reached (within ``tol`` below) by at least
    four lines and a twentieth of them, widest of each cluster.

    >>> page_widths([40, 40, 41, 40, 12, 24, 24, 23.5, 24, 5])
    [24.0, 41.0]
    """
    need = max(4, len(widths) // 20)
    srt = sorted(widths)  # lines within [w - tol, w], counted by bisection
    modes = sorted({float(w) for w in set(widths) if bisect_right(srt, w) - bisect_left(srt, w - tol) >= need})
    out: list[float] = []
    for w in modes:
        if out and w - out[-1] <= tol:
            out[-1] = w
        else:
            out.append(w)
    return out


def full_width(w: float, cols: list[float], tol: float = TOL) -> float | None:
    """The column width a line of width ``w`` fills, or None for a short line.

    >>> full_width(40.5, [24.0, 41.0]), full_width(30.0, [24.0, 41.0])
    (41.0, None)
    """
    for c in cols:
        if c - tol <= w <= c + tol:
            return c
    return None


@dataclass
class Stats:
    """Character and character-pair counts of a page (inside its lines)."""

    pairs: Counter[str]
    chars: Counter[str]
    total: int

    @classmethod
    def of(cls, lines: list[str]) -> Stats:
        """Count the page's characters and adjacent pairs within each line.

        >>> Stats.of(["活动现场", "现场"]).pairs["现场"]
        2
        """
        return cls.of_flat([flat(ln) for ln in lines])

    @classmethod
    def of_flat(cls, flats: list[str]) -> Stats:
        """:meth:`of` for lines already without their spaces (:func:`flat`).

        >>> Stats.of_flat(["活动现场", "现场"]).chars["现"]
        2
        """
        pairs = Counter(chain.from_iterable(map(add, s, s[1:]) for s in flats))  # s[i] + s[i + 1]
        chars = Counter("".join(flats))
        return cls(pairs, chars, max(1, sum(chars.values())))


def join_evidence(a: str, b: str, st: Stats) -> float:
    """Log-odds that line ``b`` continues line ``a`` in one column, from the pair
    of characters across the join.

    A pair the page shows more often than chance says yes strongly; an unseen pair
    says no weakly; after a sentence end the text says nothing (0). A line leaving
    a quote open, continued by one that starts by closing it, adds a little.

    >>> st = Stats.of(["开展活动", "开展宣传", "主题展览"])
    >>> join_evidence("社区开", "展工作", st) > 0 > join_evidence("社区开", "传统", st)
    True
    >>> join_evidence("就这样。", "传统", st)
    0.0
    """
    return JoinTable([flat(a), flat(b)], st)(0, 1)


class JoinTable:
    """:func:`join_evidence` of ``flats[i] -> flats[j]``, called as ``table(i, j)``,
    for lines already without their spaces: what depends on one line (sentence end,
    open quote, first and last character) is found once a line, and the evidence of
    a line end followed by a line start once for each such pair.

    >>> st = Stats.of(["开展活动", "开展宣传"])
    >>> ev = JoinTable(["社区开", "展工作", "传统"], st)
    >>> ev(0, 1) > 0 > ev(0, 2), ev.row(0, 3) == [ev(0, 1), ev(0, 2)]
    (True, True)
    """

    def __init__(self, flats: list[str], st: Stats) -> None:
        self.st = st
        # a line after which the text says nothing (None), else (last char, leaves a quote open)
        self.tails = [None if not s or ends_sentence(s) else (s[-1], bracket_balance(s) > 0) for s in flats]
        self.heads = [s[:1] for s in flats]
        self.by_tail: dict[tuple[str, bool], dict[str, float]] = {}

    def evidence(self, tail: tuple[str, bool], b: str) -> float:
        """The evidence of a join from a line ending ``tail`` to one starting with ``b``."""
        if not b:
            return 0.0
        a, open_quote = tail
        score = 0.0
        if b in CLOSERS and open_quote:
            score += 0.5
        st = self.st
        c = st.pairs[a + b]
        if c == 0:
            return score - 0.5
        pmi = math.log(c * st.total / (st.chars[a] * st.chars[b]))
        return score + (3.0 if pmi > 2 else 0.6 if pmi > 0 else 0.0)

    def __call__(self, i: int, j: int) -> float:
        return self.row(i, j + 1, j)[0]

    def row(self, i: int, hi: int, lo: int | None = None) -> list[float]:
        """The evidence of the joins ``i -> j`` for ``j`` from ``lo`` (default ``i + 1``) below ``hi``."""
        lo = i + 1 if lo is None else lo
        tail = self.tails[i]
        if tail is None:
            return [0.0] * (hi - lo)
        known = self.by_tail.get(tail)
        if known is None:
            known = self.by_tail[tail] = {}
        out = []
        for b in self.heads[lo:hi]:
            v = known.get(b)
            if v is None:
                v = known[b] = self.evidence(tail, b)
            out.append(v)
        return out


def width_evidence(wa: float, wb: float, cols: list[float], ends: bool, tol: float = TOL) -> float:
    """Log-odds from widths that a line of width ``wb`` follows one of width ``wa``.

    Two full lines of one column width go together (+1), of two widths do not
    (-4); after a full line a shorter one may end the paragraph (0) but a wider
    one belongs elsewhere (-4); after a paragraph end (``ends``) a full line must
    not be narrower than it (-2).

    >>> cols = [24.0, 41.0]
    >>> width_evidence(41, 40.5, cols, False), width_evidence(41, 24, cols, False)
    (1.0, -4.0)
    >>> width_evidence(41, 12, cols, False), width_evidence(30, 24, cols, True)
    (0.0, -2.0)
    """
    return _width_evidence(wa, full_width(wa, cols, tol), wb, full_width(wb, cols, tol), ends, tol)


def _width_evidence(wa: float, fa: float | None, wb: float, fb: float | None, ends: bool, tol: float = TOL) -> float:
    """:func:`width_evidence` from the widths and the column widths they fill (or None)."""
    if fa is not None:
        if fb is not None:
            return 1.0 if fa == fb else -4.0
        return -4.0 if wb > fa + tol else 0.0
    if ends and fb is not None and fb < wa - tol:
        return -2.0
    return 0.0


def join_scores(lines: list[str], st: Stats, max_gap: int = MAX_GAP) -> list[list[float]]:
    """For each line ``i``, the character-pair evidence of joins ``i -> i+g``
    for ``g`` from 1 to ``max_gap`` (missing past the end).

    >>> st = Stats.of(["开展活动", "开展宣传"])
    >>> [round(x, 1) for x in join_scores(["社区开", "传统", "展工作"], st, 2)[0]]
    [-0.5, 0.6]
    """
    return _join_scores(JoinTable([flat(x) for x in lines], st), len(lines), max_gap)


def _join_scores(ev: JoinTable, n: int, max_gap: int = MAX_GAP) -> list[list[float]]:
    """:func:`join_scores` from the :class:`JoinTable` of ``n`` lines."""
    return [ev.row(i, min(n, i + max_gap + 1)) for i in range(n)]


def gap_profiles(scores: list[list[float]], window: int = WINDOW, max_period: int = MAX_PERIOD) -> list[list[float]]:
    """For each line, the summed positive evidence of joins ``i -> i+k`` (``k``
    from 1 to ``max_period``) over the ``2 * window + 1`` lines around it (a
    window kept whole at the ends of the page).

    >>> gap_profiles([[0.0, 3.0]] * 4, 1, 2)
    [[0.0, 9.0], [0.0, 9.0], [0.0, 9.0], [0.0, 9.0]]
    """
    n = len(scores)
    # for each gap k+1, the lines t whose join t -> t+k+1 has positive evidence, and
    # that evidence; the rest count 0.0, and adding 0.0 leaves a float sum as it is
    where: list[list[int]] = [[] for _ in range(max_period)]
    gains: list[list[float]] = [[] for _ in range(max_period)]
    for t, row in enumerate(scores):
        head = row[:max_period]
        if head and max(head) > 0:
            for k, v in enumerate(head):
                if v > 0:
                    where[k].append(t)
                    gains[k].append(v)
    out = []
    by_lo: dict[int, list[float]] = {}  # windows shifted inwards at the ends are shared
    for i in range(n):
        lo = max(0, min(i - window, n - 2 * window - 1))  # shifted inwards at the ends
        if lo not in by_lo:
            hi = min(n, lo + 2 * window + 1)
            by_lo[lo] = [  # summed in line order, as floats add
                float(sum(g[bisect_left(w, lo) : bisect_left(w, hi)])) for w, g in zip(where, gains, strict=True)
            ]
        out.append(list(by_lo[lo]))
    return out


def local_periods(scores: list[list[float]], window: int = WINDOW, max_period: int = MAX_PERIOD) -> list[int]:
    """The reading period around each line: the gap ``k`` whose joins ``i -> i+k``
    are the most continuous, summed over the lines within ``window``.

    Only positive evidence is summed (a seen pair); gap 1 (text in order) wins
    ties, so a page without clear periodicity keeps period 1.

    >>> s = [[0.0, 3.0, 0.0]] * 6
    >>> local_periods(s, 2, 3)
    [2, 2, 2, 2, 2, 2]
    >>> local_periods([[0.0, 0.0]] * 4, 2, 2)
    [1, 1, 1, 1]
    """
    return _periods(gap_profiles(scores, window, max_period), max_period)


def _periods(profiles: list[list[float]], max_period: int = MAX_PERIOD) -> list[int]:
    """:func:`local_periods` from the lines' :func:`gap_profiles`."""
    out = []
    for sums in profiles:
        best = max(range(max_period), key=lambda k: (sums[k], -k))
        out.append(best + 1 if sums[best] > sums[0] + PERIOD_MARGIN else 1)
    return out


def column_runs(periods: list[int], repeated: list[bool], min_run: int = MIN_RUN) -> list[int]:
    """Periods with each run read across columns (period above 1) set back to 1
    unless it spans ``min_run`` lines, under an eighth of them lines the page repeats.

    A few lines that look periodic, or titles printed twice (a line and its copy
    a few lines on look like a column), are no evidence of columns read across.

    >>> drop = column_runs([1, 3, 3, 1, 2, 2, 2, 2], [False] * 8, 4)
    >>> drop, column_runs([2] * 4, [True, True, False, False], 4)
    ([1, 1, 1, 1, 2, 2, 2, 2], [1, 1, 1, 1])
    """
    out = list(periods)
    i = 0
    while i < len(out):
        if out[i] == 1:
            i += 1
            continue
        j = i
        while j < len(out) and out[j] > 1:
            j += 1
        if j - i < min_run or 8 * sum(repeated[i:j]) >= j - i:
            out[i:j] = [1] * (j - i)
        i = j
    return out


def gap_prior(g: int, profile: list[float]) -> float:
    """Prior log-odds of a join over ``g`` lines from the local gap profile: up to
    :data:`PERIOD_WEIGHT` for the most continuous gap, in proportion for others.

    >>> gap_prior(2, [0.0, 6.0]), gap_prior(1, [3.0, 6.0]), gap_prior(9, [3.0, 6.0])
    (2.0, 1.0, 0.0)
    """
    return _prior(g, profile, max(profile))


def _prior(g: int, profile: list[float], top: float) -> float:
    """:func:`gap_prior`, with ``top`` the profile's maximum."""
    if g > len(profile) or top <= 0:
        return 0.0
    return PERIOD_WEIGHT * profile[g - 1] / top


def link_lines(lines: list[str], st: Stats, max_gap: int = MAX_GAP) -> list[int | None]:
    """For each line, the index of the line that continues it (None: none found).

    Every candidate join ``i -> j`` (``j - i <= max_gap``) is scored by
    character-pair evidence, width evidence and the local period (a join of the
    expected gap gains 1.5, of a gap one off 0.3); where the period is 1 (text in
    order) a line may only be continued by the next one; joins are taken strongest first, each line
    getting at most one successor and one predecessor, and only joins with a
    positive score.

    Too few lines to show a period are read in order:

    >>> st = Stats.of(["开展活动", "主题宣传"])
    >>> link_lines(["社区开", "本市宣", "展活动", "传工作"], st)
    [1, 2, 3, None]
    """
    flats = [flat(x) for x in lines]
    return _link_lines(flats, JoinTable(flats, st), max_gap)


_Periods = tuple[list[list[float]], list[list[float]], list[int]]


def _find_periods(flats: list[str], ev: JoinTable, max_gap: int = MAX_GAP) -> _Periods:
    """The join scores (gaps up to :data:`MAX_PERIOD` only), gap profiles and reading
    periods of lines without their spaces, for :func:`_link_lines`."""
    scores = _join_scores(ev, len(flats), min(max_gap, MAX_PERIOD))
    profiles = gap_profiles(scores)
    seen = Counter(flats)
    return scores, profiles, column_runs(_periods(profiles), [seen[x] > 1 for x in flats])


def _link_lines(flats: list[str], ev: JoinTable, max_gap: int = MAX_GAP, found: _Periods | None = None) -> list[int | None]:
    """:func:`link_lines` for lines without their spaces, with their :class:`JoinTable`
    (and their :func:`_find_periods`, when already found)."""
    n = len(flats)
    widths = [visual_width(x) for x in flats]
    cols = page_widths(widths)
    fulls = [full_width(w, cols) for w in widths]
    scores, profiles, periods = found or _find_periods(flats, ev, max_gap)
    for i, row in enumerate(scores):
        if periods[i] != 1:  # a line read in order joins the next line only: no further scores needed
            row.extend(ev.row(i, min(n, i + max_gap + 1), i + 1 + len(row)))
    cands: list[tuple[float, int, int]] = []
    for i in range(n):
        ends = ends_sentence(flats[i])
        k = periods[i]
        wi, fi = widths[i], fulls[i]
        profile = profiles[i]
        top = max(profile) if k != 1 else 0.0
        for g, js in enumerate(scores[i], 1):
            if k == 1 and g > 1:
                break  # text read in order stays in order
            j = i + g
            s = js + _width_evidence(wi, fi, widths[j], fulls[j], ends)
            s += IN_ORDER if k == 1 else _prior(g, profile, top)
            if s > 0:
                cands.append((s, -g, i))
    nxt: list[int | None] = [None] * n
    has_prev = [False] * n
    for _s, ng, i in sorted(cands, reverse=True):
        j = i - ng
        if nxt[i] is None and not has_prev[j]:
            nxt[i] = j
            has_prev[j] = True
    return nxt


def chains(nxt: list[int | None]) -> list[list[int]]:
    """The chains of linked lines, in the order of their first line.

    >>> chains([2, 3, None, None])
    [[0, 2], [1, 3]]
    """
    has_prev = {j for j in nxt if j is not None}
    out = []
    for i in range(len(nxt)):
        if i in has_prev:
            continue
        chain = [i]
        while (j := nxt[chain[-1]]) is not None:
            chain.append(j)
        out.append(chain)
    return out


def order_evidence(lines: list[str], st: Stats) -> float:
    """Summed character-pair evidence of the joins of ``lines`` read in order.

    >>> st = Stats.of(["开展活动"])
    >>> order_evidence(["社区开", "展活动"], st) > order_evidence(["展活动", "社区开"], st)
    True
    """
    return _order_evidence(JoinTable([flat(x) for x in lines], st), range(len(lines)))


def _order_evidence(ev: JoinTable, order: Sequence[int]) -> float:
    """:func:`order_evidence` of the lines of a :class:`JoinTable` read in ``order``."""
    return sum(ev(i, j) for i, j in pairwise(order))


def deinterleave(lines: list[str]) -> list[str] | None:
    """Lines of columns read row by row put back column by column, or None when the
    evidence does not clearly favour a new order (the page is left as it is).

    Blank lines are dropped from a reordered page (between lines read across
    columns they mark rows, not paragraphs).

    >>> a = ["社区开展春季义", "诊活动，医生为", "居民测量血压。"]
    >>> b = ["县里组织技术人", "员深入田间地头", "指导农户施肥。"]
    >>> rows = [x for pair in zip(a, b) for x in pair]
    >>> deinterleave(rows * 1) is None  # too little evidence on three rows
    True
    """
    text = [ln for ln in lines if ln.strip()]
    if len(text) < 8:
        return None
    flats = [flat(x) for x in text]
    ev = JoinTable(flats, Stats.of_flat(flats))
    found = _find_periods(flats, ev)
    if all(k == 1 for k in found[2]):
        return None  # every line is linked to the next or to none: nothing moves
    order = [i for c in chains(_link_lines(flats, ev, MAX_GAP, found)) for i in c]
    moved = sum(1 for t, i in enumerate(order) if t != i)
    if not moved:
        return None
    if _order_evidence(ev, order) - _order_evidence(ev, range(len(text))) < GAIN_PER_LINE * moved:
        return None
    return [text[i] for i in order]
