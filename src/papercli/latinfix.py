"""Line-level fixes for Latin-script pages, used instead of the CJK ones.

``despace`` runs :data:`LATIN_FIXES` on a Latin page (no letter-spacing join, no
full-width punctuation) and ``dedupe`` runs :func:`undouble_glyphs` (no CJK span
doubling: ``murmur`` and ``tartar`` are words, not a word drawn twice).
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: marks that OCR reads from dust, column rules and bleed-through, and that never
#: stand alone as a word in running text
_SPECK = "'.,|¦•\\¡!?<>»«/^~¿°_`"
_SPECK_TOKEN = re.compile(rf"(?<!\S)(?=[-\"]*[{re.escape(_SPECK)}])[-\"{re.escape(_SPECK)}]+(?!\S)")
_LEADERS = re.compile(r"\.{2,}|…")


def drop_ocr_specks(line: str) -> str:
    """Remove the OCR specks of a line: words made only of stray marks (``'`` ``|``
    ``¦`` ``•`` ``.,`` ...). Dashes, quotes, ``;`` ``:`` ``*`` ``&`` standing alone and
    dot leaders (``...``) are real text and stay.

    >>> drop_ocr_specks("the Colonial ' Treasury , at | the upset ¦ price")
    'the Colonial Treasury at the upset price'
    >>> drop_ocr_specks('Passenger - Mr. Smith ; " Yes ... " he said : * ')
    'Passenger - Mr. Smith ; " Yes ... " he said : * '
    """
    def repl(m: re.Match[str]) -> str:
        return m.group(0) if _LEADERS.fullmatch(m.group(0)) else ""

    new = _SPECK_TOKEN.sub(repl, line)
    if new == line:
        return line
    lead = line[: len(line) - len(line.lstrip())]
    return lead + " ".join(new.split())


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


LATIN_FIXES: list[tuple[str, Callable[[str], str]]] = [
    ("drop_ocr_specks", drop_ocr_specks),
]
