"""Where running text changes topic: the lexical cohesion of the text on either side
of each paragraph boundary (after Hearst's TextTiling).

Two stories run together when a page gives no dateline, byline or change of column
between them. Their vocabularies differ: across the seam the character bigrams of
the text just before and just after share little, while inside a story they share
much. On the 64 gold pages of the evaluation, the cosine of the bigram counts of
:data:`SPAN` characters each side is 0.026 at the median story boundary and 0.134
at the median boundary between paragraphs of one story.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from itertools import accumulate
from operator import add

from papercli.similarity import KEEP

SPAN = 300  # characters compared on each side of a boundary


def bigram_counts(text: str) -> Counter[str]:
    """How often each bigram of the Han/alphanumeric runs of ``text`` occurs.

    >>> sorted(bigram_counts("春节 春节好").items())
    [('春节', 2), ('节好', 1)]
    """
    joined = "\0".join(KEEP.findall(text))  # one pass in C; pairs across two runs dropped below
    out = Counter(map(add, joined, joined[1:]))
    for pair in [p for p in out if "\0" in p]:
        del out[pair]
    return out


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine similarity of two bigram counts (0 when either is empty).

    >>> cosine(bigram_counts("春节快乐"), bigram_counts("春节快乐")), cosine(bigram_counts("春节"), bigram_counts("天气"))
    (1.0, 0.0)
    """
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return round(dot / norm, 12) if norm else 0.0


def gap_cohesion(paragraphs: list[str]) -> list[float]:
    """For each boundary ``k`` from 1 on (before ``paragraphs[k]``), the cosine of the
    last :data:`SPAN` characters before it and the first :data:`SPAN` after it:
    low where one story ends and another begins (cached: ``match`` asks again after
    each split, most articles unchanged).

    >>> gaps = gap_cohesion(["春节期间，游客走进古镇。", "古镇的游客说，春节好。", "外交部发言人回答提问。"])
    >>> gaps[0] > gaps[1], gaps[1]
    (True, 0.0)
    """
    return list(_gaps(tuple(paragraphs)))


@lru_cache(maxsize=256)
def _gaps(paragraphs: tuple[str, ...]) -> tuple[float, ...]:
    # the windows only move right: bigrams enter and leave two running counts, so an
    # article costs one pass over its text (plus a cosine a boundary), not one a boundary
    text = "".join(paragraphs)
    keep = bytearray(len(text))
    for m in KEEP.finditer(text):
        keep[m.start():m.end()] = b"\1" * (m.end() - m.start())
    pairs = [text[i:i + 2] if keep[i] and keep[i + 1] else "" for i in range(len(text) - 1)]
    bounds = list(accumulate(map(len, paragraphs), initial=0))
    n = len(paragraphs)
    before, after = _Window(pairs), _Window(pairs)
    out = []
    for k in range(1, n):
        # a window of SPAN characters, within 40 paragraphs; pair i covers characters i, i + 1
        lo = max(bounds[max(0, k - 40)], bounds[k] - SPAN)
        before.move(lo, bounds[k] - 1)
        hi = min(bounds[min(n, k + 40)], bounds[k] + SPAN)
        after.move(bounds[k], hi - 1)
        out.append(cosine(before.counts, after.counts))
    return tuple(out)


class _Window:
    """The bigram counts of the pairs ``lo`` to ``hi`` (exclusive) of a text, moved
    only to the right."""

    def __init__(self, pairs: list[str]) -> None:
        self.pairs = pairs
        self.counts: Counter[str] = Counter()
        self.lo = self.hi = 0

    def move(self, lo: int, hi: int) -> None:
        hi = max(hi, lo)
        if lo >= self.hi:  # no overlap: start afresh
            self.counts = Counter(p for p in self.pairs[lo:hi] if p)
        else:
            self.counts.update(p for p in self.pairs[self.hi:hi] if p)
            self.counts.subtract(p for p in self.pairs[self.lo:lo] if p)
            for p in [p for p in self.pairs[self.lo:lo] if p and self.counts[p] <= 0]:
                self.counts.pop(p, None)
        self.lo, self.hi = lo, hi


FLOOR_TIE = 0.005  # cohesion: gaps this close to a valley's lowest may be its floor


def depth(gaps: list[float], i: int, floor_tie: float = 0.0) -> float:
    """How far the cohesion at gap ``i`` lies below the peaks on either side of it
    (climbing while the values rise): a seam between stories is a deep valley, a
    dip inside text read across columns a shallow one.

    With ``floor_tie`` (:data:`FLOOR_TIE`), a valley whose floor is two gaps about as
    low (a short paragraph between two stories' ends) is climbed from either gap alike:

    >>> depth([0.3, 0.1, 0.02, 0.2, 0.1], 2)
    0.46
    >>> depth([0.4, 0.022, 0.025, 0.3], 2), depth([0.4, 0.022, 0.025, 0.3], 2, FLOOR_TIE)
    (0.275, 0.65)
    """
    left = i
    while left > 0 and abs(gaps[left - 1] - gaps[i]) <= floor_tie:
        left -= 1  # across the valley's floor
    while left > 0 and gaps[left - 1] >= gaps[left]:
        left -= 1
    right = i
    while right < len(gaps) - 1 and abs(gaps[right + 1] - gaps[i]) <= floor_tie:
        right += 1
    while right < len(gaps) - 1 and gaps[right + 1] >= gaps[right]:
        right += 1
    return round(gaps[left] + gaps[right] - 2 * gaps[i], 12)
