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
  and each column is visited in turn, so the gap since a column's last line is
  mostly its previous gap (:func:`slot_weights`);
* sentence ends and bracket balance: after a paragraph end anything may follow;
  a line that leaves a quote open is more likely continued by one that closes it.

Lines are read in order and each is given to an open column or starts a new one,
keeping the best few partial readings (a beam search, :func:`track_columns`);
columns are then read one after another in the order they start
(:func:`column_order`). The new order is kept only when its joins are clearly more
continuous than the old (:func:`deinterleave`); every line is kept, only moved.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, pairwise
from operator import add, itemgetter

from papercli.chars import CLOSERS, bracket_balance, ends_sentence, flat
from papercli.layout import visual_width
from papercli.lexicon import join_gain

#: a line this close to a column width is a full column line (half-em units)
TOL = 2.5
#: furthest line a column's next line may be found at
MAX_GAP = 12
#: periods tried for a run read across columns
MAX_PERIOD = 8
#: lines either side of a line over which its local period is measured
WINDOW = 12
#: fewest lines a run read across columns spans
MIN_RUN = 8
#: how much more continuous another gap must be than 1 before a run counts as interleaved
PERIOD_MARGIN = 3.0
#: partial readings kept while tracking columns
BEAM = 48
#: prior weight of a line starting a new column (against :func:`slot_weights`)
W_NEW = 12.0
#: prior weights of an open column whose gap since its last line is its previous gap,
#: one off, anything else, or not known yet (a column of one line)
W_DUE, W_NEAR, W_FAR, W_UNKNOWN = 10.0, 1.5, 0.5, 2.0
#: how much more likely the column left waiting longest is
W_OLDEST = 4.0
#: evidence a new order must gain (per reordered line) before it replaces the old
GAIN_PER_LINE = 0.3
#: weight of a word across a join (:func:`papercli.lexicon.join_gain`) in the tracker's evidence
LEX_WEIGHT = 0.6
#: lines either side of a run read across columns that are tracked with it
#: (:func:`tracked_stretches`): columns near a run may start or end in it
RUN_MARGIN = 96


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
        score = 0.5 if open_quote and b in CLOSERS else 0.0
        st = self.st
        c = st.pairs.get(a + b, 0)  # not ``st.pairs[...]``: a Counter's missing key costs a call
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
        ev = self.evidence
        return [known[b] if b in known else known.setdefault(b, ev(tail, b)) for b in self.heads[lo:hi]]


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
    fa, fb = full_width(wa, cols, tol), full_width(wb, cols, tol)
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
    out = []
    for sums in gap_profiles(scores, window, max_period):
        best = sums.index(max(sums))  # the smallest gap of the largest sum
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


def page_periods(lines: list[str], st: Stats, scores: list[list[float]] | None = None) -> list[int]:
    """The local reading period of each line (:func:`local_periods`), set back to
    1 outside runs read across columns (:func:`column_runs`); ``scores`` are the
    lines' :func:`join_scores` when already known.

    >>> st = Stats.of(["开展活动", "主题宣传"])
    >>> page_periods(["社区开展", "本市主题", "活动一次", "宣传工作"], st)
    [1, 1, 1, 1]
    """
    seen = Counter(flat(x) for x in lines)
    scores = join_scores(lines, st) if scores is None else scores
    return column_runs(local_periods(scores), [seen[flat(x)] > 1 for x in lines])


def across_lines(lines: list[str]) -> list[str]:
    """The non-blank lines of ``lines`` that lie in runs read across columns.

    >>> across_lines(["社区开展", "本市主题", "活动一次", "宣传工作"])
    []
    """
    text = [ln for ln in lines if ln.strip()]
    if len(text) < MIN_RUN:
        return []
    periods = page_periods(text, Stats.of(text))
    return [ln for ln, k in zip(text, periods, strict=True) if k > 1]


#: a column being followed down the page: its first line, its last line, the gap
#: (in lines) between its last two lines (0 while it has one line), and the last
#: line that may still continue it (:func:`new_slot`)
Slot = tuple[int, int, int, int]


def new_slot(first: int, last: int, gap: int = 0) -> Slot:
    """The column from line ``first`` to line ``last``, ``gap`` lines after its
    previous line (0: a column of one line). A later line may continue it within
    twice its gap (and :data:`MAX_GAP`) of its last line.

    >>> new_slot(0, 10, 3), new_slot(2, 9)
    ((0, 10, 3, 18), (2, 9, 0, 21))
    """
    return (first, last, gap, last + (min(MAX_GAP, 2 * gap + 2) if gap else MAX_GAP))


def slot_weights(alive: Sequence[Slot], i: int, period: int = 1) -> list[float]:
    """Prior weights of the open columns (oldest last line first) for line ``i``.

    A page read across columns visits them in turn, so a column is due when the
    gap since its last line equals its previous gap (the gap of the columns
    around it while it has one line): due :data:`W_DUE`, one off :data:`W_NEAR`,
    else :data:`W_FAR`; the column left waiting longest counts :data:`W_OLDEST`
    times more. Where the page around line ``i`` reads across columns
    (``period`` above 1, :func:`local_periods`), that gap is due as well and a
    gap of 1 (text in order) only near.

    >>> [round(w, 1) for w in slot_weights([new_slot(0, 6, 4), new_slot(1, 7, 4), new_slot(2, 9)], 10)]
    [40.0, 1.5, 0.5]
    """
    gaps = sorted([s[2] for s in alive if s[2]])
    ref0 = gaps[len(gaps) // 2] if gaps else 0
    table = weight_table(period)
    out = [table[i - s[1]][s[2] or ref0] for s in alive]
    if out:
        out[0] *= W_OLDEST
    return out


def slot_weight(g: int, ref: int, period: int = 1) -> float:
    """The prior weight (:func:`slot_weights`) of a column ``g`` lines after its last
    line, whose previous gap is ``ref`` (0: unknown), at a line of local period ``period``.

    >>> slot_weight(4, 4), slot_weight(3, 4), slot_weight(1, 0), slot_weight(1, 1, 3)
    (10.0, 1.5, 2.0, 1.5)
    """
    if period > 1 and g == period:
        return W_DUE
    if not ref:
        return W_UNKNOWN
    if g == ref:
        return W_NEAR if period > 1 and g == 1 else W_DUE
    return W_NEAR if abs(g - ref) == 1 else W_FAR


@cache
def weight_table(period: int) -> tuple[tuple[float, ...], ...]:
    """:func:`slot_weight` for a local period, as ``table[g][ref]`` (both up to :data:`MAX_GAP`).

    >>> weight_table(1)[4][4] == slot_weight(4, 4)
    True
    """
    span = range(MAX_GAP + 1)
    return tuple(tuple(slot_weight(g, ref, period) for ref in span) for g in span)


@lru_cache(maxsize=8192)
def prior_logs(weights: tuple[float, ...]) -> tuple[float, tuple[float, ...]]:
    """The log prior shares of a new column (:data:`W_NEW`) and of open columns of
    prior weights ``weights`` (:func:`slot_weights`): few sets of weights recur.

    >>> prior_logs((4.0, 4.0)) == (math.log(0.6), (math.log(0.2), math.log(0.2)))
    True
    """
    total = W_NEW + sum(weights)
    return math.log(W_NEW / total), tuple(math.log(w / total) for w in weights)


def join_rows(lines: list[str], st: Stats, scores: list[list[float]] | None = None,
              cols: list[float] | None = None) -> list[list[float]]:
    """For each line ``b``, the evidence that it continues line ``b - g`` in one
    column at index ``g``, for ``g`` from 1 to :data:`MAX_GAP` (index 0 is unused):
    :func:`join_evidence` plus :func:`width_evidence` plus, after a line as wide as
    a column that stops mid-sentence, :data:`LEX_WEIGHT` times the
    :func:`papercli.lexicon.join_gain` of a word across the join. ``scores`` are
    the lines' :func:`join_scores` when already known, ``cols`` the column widths
    (default: the :func:`page_widths` of ``lines``; a stretch of a page is given
    its page's).

    >>> st = Stats.of(["开展活动", "主题宣传"])
    >>> rows = join_rows(["社区开", "传统", "展工作"], st)
    >>> len(rows[2]), rows[2][2] >= join_evidence("社区开", "展工作", st)
    (3, True)
    """
    widths = [line_width(x) for x in lines]
    cols = page_widths(widths) if cols is None else cols
    flats = [flat(x) for x in lines]
    ends = [ends_sentence(s) for s in flats]
    scores = _join_scores(JoinTable(flats, st), len(lines)) if scores is None else scores
    # a line narrower than any column (a title piece) cut no word at its end
    narrowest = min(cols, default=0.0) - TOL
    cut = [not e and w >= narrowest for e, w in zip(ends, widths, strict=True)]
    return [
        [0.0] + [scores[b - g][g - 1] + width_evidence(widths[b - g], widths[b], cols, ends[b - g])
                 + (LEX_WEIGHT * join_gain(flats[b - g], flats[b]) if cut[b - g] else 0.0)
                 for g in range(1, min(MAX_GAP, b) + 1)]
        for b in range(len(lines))
    ]


#: a partial reading of :func:`track_columns`: its score and its open columns
Hyp = tuple[float, tuple[Slot, ...]]


def track_columns(lines: list[str], st: Stats, periods: list[int], beam: int = BEAM,
                  scores: list[list[float]] | None = None, cols: list[float] | None = None) -> list[int]:
    """For each line, the first line of the column it belongs to.

    Lines are read in order; each continues one of the open columns (scored by
    character-pair and width evidence, :func:`join_evidence` and
    :func:`width_evidence`, plus the log of its column's prior share,
    :func:`slot_weights`) or starts a new column (prior weight :data:`W_NEW`). The ``beam``
    best partial readings are kept, readings with the same open columns merged,
    so an early wrong link can be undone by later evidence (:func:`beam_step`).
    ``periods`` are the local reading periods (:func:`page_periods`), ``scores``
    the lines' :func:`join_scores` when already known, ``cols`` the column widths
    (:func:`join_rows`).

    >>> st = Stats.of(["开展活动", "主题宣传"])
    >>> track_columns(["社区开展", "本市主题", "活动一次", "宣传工作"], st, [2] * 4)
    [0, 1, 0, 1]
    """
    joins = join_rows(lines, st, scores, cols)
    hyps: list[Hyp] = [(0.0, ())]
    steps: list[list[tuple[int, int]]] = []
    for i in range(len(lines)):
        hyps, step = beam_step(hyps, i, joins[i], periods[i], beam)
        steps.append(step)
    labels: list[int] = []
    h = 0  # the best reading, traced back line by line
    for step in reversed(steps):
        h, label = step[h]
        labels.append(label)
    return labels[::-1]


def beam_step(hyps: list[Hyp], i: int, joins: list[float], period: int, beam: int = BEAM
              ) -> tuple[list[Hyp], list[tuple[int, int]]]:
    """Line ``i`` given to each open column of each reading, or to a new column:
    the ``beam`` best readings (best first, ties in the order made), and for each
    the reading it extends and the first line of the column line ``i`` went to.

    Readings whose open columns end at the same lines are merged, the first best
    kept. ``joins[g]`` is the evidence of the join ``i - g -> i`` (:func:`join_rows`).
    A reading is only built once it is kept: candidates are (score, reading, column).

    >>> beam_step([(0.0, (new_slot(0, 0),))], 1, [0.0, 3.0], 1)[1]
    [(0, 0), (0, 1)]
    """
    best: dict[int, tuple[float, int, int]] = {}  # key: bit g set for a column ending at line i - g
    get = best.get
    alives: list[list[Slot]] = []
    for h, (score, slots) in enumerate(hyps):
        alive = [s for s in slots if s[3] >= i]  # oldest last line first
        alives.append(alive)
        new, shares = prior_logs(tuple(slot_weights(alive, i, period)))
        gs = [i - s[1] for s in alive]
        key = 1
        for g in gs:
            key |= 1 << g
        sc = score + new
        old = get(key)
        if old is None or sc > old[0]:
            best[key] = (sc, h, -1)  # a key keeps its first place
        for r, g in enumerate(gs):
            sc = score + (joins[g] + shares[r])
            k = key ^ (1 << g)
            old = get(k)
            if old is None or sc > old[0]:
                best[k] = (sc, h, r)
    kept = sorted(best.values(), key=itemgetter(0), reverse=True)[:beam]  # stable: ties keep their order
    return [_extend(sc, alives[h], i, r) for sc, h, r in kept], [
        (h, i if r < 0 else alives[h][r][0]) for _, h, r in kept
    ]


def _extend(score: float, alive: list[Slot], i: int, r: int) -> Hyp:
    """The reading of open columns ``alive`` with line ``i`` added to column ``r``
    (a new column when ``r`` is negative), scored ``score``.

    >>> _extend(1.0, [new_slot(0, 0), new_slot(1, 1)], 2, 0)
    (1.0, ((1, 1, 0, 13), (0, 2, 2, 8)))
    """
    if r < 0:
        return score, (*alive, new_slot(i, i))
    s = alive[r]
    return score, (*alive[:r], *alive[r + 1 :], new_slot(s[0], i, i - s[1]))


def column_order(labels: list[int]) -> list[int]:
    """Line indices column by column, columns in the order they start.

    >>> column_order([0, 1, 0, 1, 4])
    [0, 2, 1, 3, 4]
    """
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(lab, []).append(i)
    return [i for lab in sorted(groups) for i in groups[lab]]


def order_evidence(lines: list[str], st: Stats) -> float:
    """Summed character-pair evidence of the joins of ``lines`` read in order.

    Joins to a line the page repeats (a title printed twice) are left out: its
    copies make any order of them look continuous.

    >>> st = Stats.of(["开展活动"])
    >>> order_evidence(["社区开", "展活动"], st) > order_evidence(["展活动", "社区开"], st)
    True
    >>> order_evidence(["社区开", "展活动", "社区开"], st)
    0.0
    """
    flats = [flat(x) for x in lines]
    return reading_evidence(range(len(lines)), JoinTable(flats, st), flats)


def reading_evidence(order: Sequence[int], table: JoinTable, flats: list[str]) -> float:
    """:func:`order_evidence` of a page's lines read in the order ``order``, from the
    lines without their spaces (``flats``) and their :class:`JoinTable` (``table``):
    one table serves the page in any order.

    >>> st = Stats.of(["开展活动"])
    >>> flats = ["展活动", "社区开"]
    >>> reading_evidence([1, 0], JoinTable(flats, st), flats) == order_evidence(["社区开", "展活动"], st)
    True
    """
    seen = Counter(flats)
    once = [seen[x] == 1 for x in flats]
    return sum((table(a, b) for a, b in pairwise(order) if once[a] and once[b]), 0.0)


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
    return reorder(lines)[0]


_Reading = tuple[list[str], Stats, JoinTable, list[list[float]], list[int]]


def _reading(lines: list[str]) -> _Reading | None:
    """The non-blank ``lines``, their counts, join table, join scores and reading
    periods (:func:`page_periods`), found once for :func:`reorder` and
    :func:`read_in_order`; None for a text too short to tell."""
    text = [ln for ln in lines if ln.strip()]
    if len(text) < MIN_RUN:
        return None
    flats = [flat(x) for x in text]
    st = Stats.of_flat(flats)
    table = JoinTable(flats, st)
    scores = _join_scores(table, len(text))
    return text, st, table, scores, page_periods(text, st, scores)


def read_in_order(lines: list[str]) -> bool:
    """No run of ``lines`` reads across columns (:func:`page_periods` finds every
    line's reading period 1): what :func:`reorder` asks first, without tracking the
    columns.

    >>> read_in_order(["社区开展", "本市主题", "活动一次", "宣传工作"] * 2)
    True
    """
    found = _reading(lines)
    return found is None or max(found[4]) == 1


def reorder(lines: list[str]) -> tuple[list[str] | None, list[str]]:
    """:func:`deinterleave` of ``lines``, and when it is None, their :func:`across_lines`
    (else ``[]``): the page's counts and reading periods are found once for both.

    >>> reorder(["社区开展", "本市主题", "活动一次", "宣传工作"] * 2)
    (None, [])
    """
    found = _reading(lines)
    if found is None:
        return None, []
    text, st, table, scores, periods = found
    new = column_reading(text, st, periods, scores, table)
    return new, [] if new is not None else [ln for ln, k in zip(text, periods, strict=True) if k > 1]


def column_reading(text: list[str], st: Stats, periods: list[int],
                   scores: list[list[float]] | None = None, table: JoinTable | None = None) -> list[str] | None:
    """:func:`deinterleave` of the non-blank lines ``text``, their counts ``st``,
    reading periods (:func:`page_periods`) and maybe :func:`join_scores` and
    :class:`JoinTable` given.

    Columns are tracked over the stretches around the runs read across columns
    (:func:`tracked_stretches`), the lines between them staying in place. The new
    order is kept only when the lines it moves are running text (:func:`running_text`)
    set in the page's columns (:func:`column_lines`) and its joins gain
    :data:`GAIN_PER_LINE` a moved line."""
    if max(periods) == 1:
        return None  # no run read across columns: text in order
    order: list[int] = []
    cols = page_widths([line_width(x) for x in text])  # a stretch's column widths are its page's
    for lo, hi in tracked_stretches(periods):
        order.extend(range(len(order), lo))  # lines between stretches stay where they are
        part = scores[lo:hi] if scores is not None else None
        labels = track_columns(text[lo:hi], st, periods[lo:hi], scores=part, cols=cols)
        order.extend(lo + i for i in column_order(labels))
    order.extend(range(len(order), len(text)))
    moved = sum(1 for t, i in enumerate(order) if t != i)
    movers = [text[i] for t, i in enumerate(order) if t != i]
    if not moved or not running_text(movers) or not column_lines(movers, cols):
        return None
    flats = [flat(x) for x in text]
    table = JoinTable(flats, st) if table is None else table
    if reading_evidence(order, table, flats) - reading_evidence(range(len(text)), table, flats) < GAIN_PER_LINE * moved:
        return None
    return [text[i] for i in order]


RUNNING_SHARE = 0.6  # of the lines to move that hold a clause mark, at the least
_CLAUSE_MARK = re.compile(r"[，。、；：！？,.;:!?]")


def running_text(lines: list[str]) -> bool:
    """Most of ``lines`` (:data:`RUNNING_SHARE`) hold a clause mark, as the lines of
    a column of running text do; the pieces of titles stacked line by line and of a
    caption drawn in short pieces mostly hold none. Only running text is put back in
    column order: an extractor that reads column by column leaves such pieces in an
    order that looks periodic, and moving them scatters titles across each other.

    >>> running_text(["社区开展春季义诊活动，医生", "为居民测量血压。", "县里组织技术人员，深入"])
    True
    >>> running_text(["春耕忙", "农机手下田", "翻地。"])
    False
    """
    return sum(1 for x in lines if _CLAUSE_MARK.search(x)) >= RUNNING_SHARE * len(lines)


def column_lines(lines: list[str], cols: list[float], tol: float = TOL) -> bool:
    """Most of ``lines`` (:data:`RUNNING_SHARE`) are no wider than the widest of the
    page's columns ``cols`` (:func:`page_widths`), as pieces of its columns are.
    Captions under photos and titles run wider than any column, each as wide as its
    words: an extractor may leave them in an order that looks periodic (a caption's
    lines between two titles' lines), and putting them in column order scatters
    titles into captions. With no column found, any line may be a column's.

    >>> column_lines(["社区开展春季义诊活动", "为居民测量血压。"], [20.0])
    True
    >>> column_lines(["社区开展春季义诊活动，区医院的医生为居民测量血压", "老人看病不再难。"], [20.0])
    False
    """
    if not cols:
        return True
    return sum(1 for x in lines if line_width(x) <= cols[-1] + tol) >= RUNNING_SHARE * len(lines)


def tracked_stretches(periods: list[int], margin: int = RUN_MARGIN) -> list[tuple[int, int]]:
    """The stretches ``[lo, hi)`` of lines whose columns are tracked: each run read
    across columns (period above 1) with ``margin`` lines either side, stretches that
    meet merged; the whole page when they cover half of it or more.

    A page of long stories with one short run read across (a few lines beside a
    photo) costs the tracker that run, not the page: text far from a run is in order.

    >>> tracked_stretches([1] * 10 + [2] * 3 + [1] * 20 + [3] * 2 + [1] * 30, 4)
    [(6, 17), (29, 39)]
    >>> tracked_stretches([1] * 10 + [2] * 3 + [1] * 8, 4)
    [(0, 21)]
    """
    out: list[tuple[int, int]] = []
    n = len(periods)
    for i, k in enumerate(periods):
        if k == 1:
            continue
        lo, hi = max(0, i - margin), min(n, i + margin + 1)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    if 2 * sum(hi - lo for lo, hi in out) >= n:
        return [(0, n)]
    return out
