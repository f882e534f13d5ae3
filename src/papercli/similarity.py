"""How well a headline or caption fits an article body.

The measure is the share of the headline's character bigrams (words, for Latin
text) that occur in the body, blended with rapidfuzz's best partial alignment.
Each body's gram set is built once a page; scoring a headline is one C-level set
intersection per body.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from functools import lru_cache
from operator import add

from rapidfuzz import fuzz

from papercli.chars import CJK

KEEP = re.compile(f"[{CJK}0-9A-Za-z]+")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")


def grams(text: str) -> set[str]:
    """Character bigrams of the Han/alphanumeric runs, plus Latin words.

    >>> sorted(grams("爱心献血 医护"))
    ['医护', '心献', '爱心', '献血']
    """
    out: set[str] = set()
    for run in KEEP.findall(text):  # a bigram lies inside one run: its adjacent pairs
        out.update(map(add, run, run[1:]))
    out.update(w.lower() for w in _WORD.findall(text))
    return out


def containment(g: set[str], body: str) -> float:
    """Percentage of the grams ``g`` that occur in ``body``.

    >>> containment(grams("爱心献血"), "浓浓的爱心，积极献血")
    66.66666666666667
    """
    if not g:
        return 0.0
    return 100.0 * _count_in(g, body) / len(g)


def _count_in(g: set[str], body: str) -> int:
    """How many of the grams ``g`` are grams of ``body``, without building the body's set.

    A bigram of two Han/alphanumeric characters is a gram of ``body`` exactly when it is a
    substring of it (both characters are then in one run), so a substring test does;
    only Latin words need the body's word list.

    >>> g, body = grams("爱心献血 red cross"), "爱心，Red Cross!"
    >>> _count_in(g, body), len(g & grams(body))
    (7, 7)
    """
    if not g:
        return 0
    if len(max(g, key=len)) == 2:  # no Latin words: count substrings in C
        return sum(map(body.__contains__, g))
    words: set[str] | None = None
    n = 0
    for x in g:
        if len(x) == 2:
            n += x in body
        else:
            if words is None:
                words = {w.lower() for w in _WORD.findall(body)}
            n += x in words
    return n


@lru_cache(maxsize=64)  # a page's index is rebuilt after each split, most bodies unchanged
def _measure(body: str) -> tuple[str, frozenset[str]]:
    """A body squashed to its Han/alphanumeric runs, and its :func:`grams`.

    >>> squashed, g = _measure("爱心 献血")
    >>> squashed, sorted(g)
    ('爱心献血', ['爱心', '献血'])
    """
    return "".join(KEEP.findall(body)), frozenset(grams(body))


class BodyIndex:
    """The article bodies' gram sets, for fast candidate scoring (set intersections in C)."""

    def __init__(self, bodies: list[str], previous: BodyIndex | None = None) -> None:
        """``previous``: the index of the same page before a split, whose measured bodies
        are taken as they are (a page of 60 stories would overflow :func:`_measure`'s cache).

        >>> old = BodyIndex(["爱心献血活动", "春节联欢"])
        >>> BodyIndex(["爱心献血", "活动", "春节联欢"], old).grams == BodyIndex(["爱心献血", "活动", "春节联欢"]).grams
        True
        """
        self.bodies = bodies
        known: dict[str, tuple[str, frozenset[str]]] = {}
        if previous is not None:
            known = dict(zip(previous.bodies, zip(previous.squashed, previous.grams, strict=True), strict=True))
        measured = [known.get(b) or _measure(b) for b in bodies]
        self.squashed: list[str] = [sq for sq, _ in measured]
        self.grams: list[frozenset[str]] = [g for _, g in measured]
        self.known: dict[tuple[str, int], list[float]] = {}  # scores already computed
        # fuzzy ratios of a text against a body, kept across the splits of one page
        self.ratios: dict[tuple[str, str], float] = previous.ratios if previous is not None else {}
        self._df: Counter[str] | None = None
        self._chars: list[Counter[str]] | None = None

    def scores(self, text: str, top: int = 3) -> list[float]:
        """Score 0-100 of ``text`` against every body (refined for the ``top`` best).

        >>> [round(x, 1) for x in BodyIndex(["浓浓的爱心，积极献血", "天气晴"]).scores("爱心献血")]
        [66.7, 0.0]
        """
        key = (text, top)
        if key not in self.known:
            self.known[key] = self._scores(text, top)
        return list(self.known[key])  # a copy: callers add bonuses to it

    def _scores(self, text: str, top: int) -> list[float]:
        g = grams(text)
        if not g:
            return [0.0] * len(self.bodies)
        n = len(g)
        out = [100.0 * len(g.intersection(bg)) / n for bg in self.grams]
        key = "".join(KEEP.findall(text))
        best = heapq.nlargest(top, range(len(out)), key=out.__getitem__)
        refined = {i: (0.7 * out[i] + 0.3 * self._ratio(key, self.squashed[i])) if out[i] > 0 and key
                   else out[i] * 0.7 for i in best}
        out = [x * 0.7 for x in out]
        for i, x in refined.items():
            out[i] = x
        return out

    def best(self, text: str) -> tuple[int, float]:
        """The body ``text`` fits best (:meth:`scores`) and that score; ``(-1, 0.0)``
        on a page without bodies.

        >>> i, score = BodyIndex(["天气晴", "浓浓的爱心，积极献血"]).best("爱心献血")
        >>> i, round(score, 1), BodyIndex([]).best("爱心献血")
        (1, 66.7, (-1, 0.0))
        """
        sc = self.scores(text)
        if not sc:
            return -1, 0.0
        i = max(range(len(sc)), key=sc.__getitem__)
        return i, sc[i]

    def _ratio(self, key: str, body: str) -> float:
        """``fuzz.partial_ratio`` of a squashed text and body, computed once a page."""
        r = self.ratios.get((key, body))
        if r is None:
            r = self.ratios[(key, body)] = fuzz.partial_ratio(key, body)
        return r

    def matched(self, text: str) -> int:
        """How many of ``text``'s bigrams the best-fitting body contains.

        >>> BodyIndex(["爱心献血活动", "春节联欢"]).matched("爱心献血 医护")
        3
        """
        g = grams(text)
        return max((len(g.intersection(bg)) for bg in self.grams), default=0)

    def telling(self, text: str) -> float:
        """:meth:`matched`, each bigram weighed by how few bodies show it (1 when only
        one does, ``1/k`` when ``k`` do): words every story of a page uses (a charity
        column's ``癌母``, ``家計``) say little about which story a title piece names.

        >>> BodyIndex(["爱心献血活动", "爱心义卖"]).telling("爱心献血")
        2.5
        """
        g = grams(text)
        if not g:
            return 0.0
        df = self.doc_freq()
        # fsum: exact, so the order of the set (the hash seed) cannot change a tie
        shared = (inter for bg in self.grams if (inter := g.intersection(bg)))  # a body without any adds 0
        return max((math.fsum(1.0 / df[x] for x in inter) for inter in shared), default=0.0)

    def doc_freq(self) -> Counter[str]:
        """How many bodies show each bigram (counted once an index)."""
        if self._df is None:
            self._df = Counter(x for bg in self.grams for x in bg)
        return self._df

    def char_counts(self) -> list[Counter[str]]:
        """How often each body uses each character (counted once an index)."""
        if self._chars is None:
            self._chars = [Counter(b) for b in self.bodies]
        return self._chars
