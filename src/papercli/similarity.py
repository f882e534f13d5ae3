"""How well a headline or caption fits an article body.

The measure is the share of the headline's character bigrams (words, for Latin
text) that occur in the body, blended with rapidfuzz's best partial alignment.
An inverted index of bigrams keeps the cost near-linear in the page size.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from papercli.chars import CJK

_KEEP = re.compile(f"[{CJK}0-9A-Za-z]+")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")


def grams(text: str) -> set[str]:
    """Character bigrams of the Han/alphanumeric runs, plus Latin words.

    >>> sorted(grams("爱心献血 医护"))
    ['医护', '心献', '爱心', '献血']
    """
    out: set[str] = set()
    for run in _KEEP.findall(text):
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    out.update(w.lower() for w in _WORD.findall(text))
    return out


def containment(g: set[str], body: str) -> float:
    """Percentage of the grams ``g`` that occur in ``body``.

    >>> containment(grams("爱心献血"), "浓浓的爱心，积极献血")
    66.66666666666667
    """
    if not g:
        return 0.0
    bg = grams(body)
    return 100.0 * len(g & bg) / len(g)


class BodyIndex:
    """Bigram index over article bodies for fast candidate scoring."""

    def __init__(self, bodies: list[str]) -> None:
        self.bodies = bodies
        self.squashed = ["".join(_KEEP.findall(b)) for b in bodies]
        self.index: dict[str, list[int]] = defaultdict(list)
        for i, b in enumerate(bodies):
            for g in grams(b):
                self.index[g].append(i)

    def scores(self, text: str, top: int = 3) -> list[float]:
        """Score 0-100 of ``text`` against every body (refined for the ``top`` best)."""
        g = grams(text)
        out = [0.0] * len(self.bodies)
        if not g:
            return out
        for gram in g:
            for i in self.index.get(gram, ()):
                out[i] += 1
        out = [100.0 * x / len(g) for x in out]
        key = "".join(_KEEP.findall(text))
        best = sorted(range(len(out)), key=lambda i: -out[i])[:top]
        for i in best:
            if out[i] > 0 and key:
                out[i] = 0.7 * out[i] + 0.3 * fuzz.partial_ratio(key, self.squashed[i])
            else:
                out[i] *= 0.7
        for i in range(len(out)):
            if i not in best:
                out[i] *= 0.7
        return out

    def matched(self, text: str) -> int:
        """How many of ``text``'s bigrams the best-fitting body contains.

        >>> BodyIndex(["爱心献血活动", "春节联欢"]).matched("爱心献血 医护")
        3
        """
        counts = [0] * len(self.bodies)
        for gram in grams(text):
            for i in self.index.get(gram, ()):
                counts[i] += 1
        return max(counts, default=0)
