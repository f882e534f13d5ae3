"""Line-level fixes for Latin-script pages, used instead of the CJK ones.

``dedupe`` runs :func:`undouble_glyphs` on a Latin page (no CJK span doubling:
``murmur`` and ``tartar`` are words, not a word drawn twice); ``despace`` leaves
a Latin page alone.
"""

from __future__ import annotations

import re

_GLYPH_DOUBLED = re.compile(r"(?:(\S)\1){3,}")


def undouble_glyphs(line: str) -> str:
    """Undo fake-bold drawn glyph by glyph (``TThhee  NNeewwss`` -> ``The News``).

    Only a word made entirely of doubled characters, at least three of them, is
    undoubled; ``Mississippi``, ``murmur`` and ``...`` are left alone.

    >>> undouble_glyphs("TThhee NNeewwss of the week")
    'The News of the week'
    >>> undouble_glyphs("Mississippi murmur ...... aabb")
    'Mississippi murmur ...... aabb'
    """
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if _GLYPH_DOUBLED.fullmatch(w) and len(set(w)) > 1:
            return w[::2]
        return w

    return re.sub(r"\S+", word, line)
