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
_BIGRAM = re.compile(f"(?=([{CJK}0-9A-Za-z]{{2}}))")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")


def grams(text: str) -> set[str]:
    """Character bigrams of the Han/alphanumeric runs, plus Latin words.

    >>> sorted(grams("爱心献血 医护"))
    ['医护', '心献', '爱心', '献血']
    """
    out = set(_BIGRAM.findall(text))
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
