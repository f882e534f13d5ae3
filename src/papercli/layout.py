"""Line measures for reflow: widths, the local column width, indentation.

A column of justified text is a run of lines of nearly equal width; the width is
the one statistic that survives every extractor. ``column_width`` finds it around
a line from its neighbours, so it follows columns that change width on a page.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from papercli.chars import FW_PUNCT, char_width

_ALNUM_BOUNDARY = re.compile(r"(?<=[0-9A-Za-z])(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])(?=[0-9A-Za-z])")


_FW_PUNCT = re.compile(f"[{FW_PUNCT}]")
_SPACES = re.compile(r"\s+")


INDENT = 4.0  # two em, in half-em units: a paragraph's first line is indented so


def grid_ems(text: str) -> float:
    """A line's length in ems as set in a grid: each Han character and full-width
    mark one, each ASCII character half (``2019年，`` is 4). A line's count against
    its neighbours' where :func:`visual_width` guesses at marks and figures.

    >>> grid_ems("2019年，全县")
    6.0
    """
    t = "".join(text.split())
    return sum(0.5 if c.isascii() else 1.0 for c in t)


@lru_cache(maxsize=4096)  # reflow measures each line, and segment measures them again
def visual_width(s: str) -> float:
    """Approximate printed width in half-em units.

    Han characters count 2; full-width punctuation 1.5 (typesetters often compress
    it to half width); digits and Latin letters a little more than 1 (proportional
    glyphs), plus half a unit at each switch between scripts for the auto-spacing
    typesetters add there. A run of spaces left after despacing is a printed gap
    of 1.5.

    >>> visual_width("新风尚。")
    7.5
    >>> visual_width("2月 好")
    7.1
    """
    s = s.strip()
    return width_of(width_counts(s), len(_SPACES.findall(s)))


#: what :func:`visual_width` adds up in a string: its wide, full-width punctuation,
#: narrow alphanumeric and other narrow characters, and its switches of script
WidthCounts = tuple[int, int, int, int, int]


@lru_cache(maxsize=8192)  # split_row measures the same tokens (and single characters) again and again
def width_counts(s: str) -> WidthCounts:
    """The counts :func:`visual_width` weighs in ``s`` (spaces not counted). They add
    up over the parts of a string split at spaces, so the width of any run of
    space-separated tokens can be had from its tokens' counts (:func:`width_of`).

    >>> width_counts("2月"), width_counts("新风尚。")
    ((1, 0, 1, 0, 1), (3, 1, 0, 0, 0))
    """
    kinds = s.translate(_KINDS)  # one letter per non-space character: its width class
    counts = (kinds.count("w"), kinds.count("p"), kinds.count("a"), kinds.count("n"))
    return (*counts, len(_ALNUM_BOUNDARY.findall(s)))


def width_of(c: WidthCounts, gaps: int) -> float:
    """:func:`visual_width` of a string with counts ``c`` and ``gaps`` runs of spaces.

    >>> width_of(width_counts("2月好"), 1) == visual_width("2月 好")
    True
    """
    w = 2.0 * c[0] + 1.5 * c[1] + 1.1 * c[2] + 1.0 * c[3]
    w += 0.5 * c[4]
    w += 1.5 * gaps
    return round(w, 2)


def width_class(c: str) -> str | None:
    """The width class of a character for :func:`visual_width`, as one letter.

    ``w`` wide (2), ``p`` full-width punctuation (1.5), ``a`` narrow letter or
    digit (1.1), ``n`` other narrow (1); None for whitespace, which is not counted.

    >>> [width_class(c) for c in "好。a, "]
    ['w', 'p', 'a', 'n', None]
    """
    if c.isspace():
        return None
    if char_width(c) == 1:
        return "a" if c.isalnum() else "n"
    return "p" if _FW_PUNCT.match(c) else "w"


class _Kinds(dict[int, str | None]):
    """``str.translate`` table mapping each code point to its width class, filled on demand."""

    def __missing__(self, o: int) -> str | None:
        k = self[o] = width_class(chr(o))
        return k


_KINDS = _Kinds()


@dataclass(eq=False, slots=True)
class Line:
    """One non-blank input line with what reflow needs to know about it.

    Lines compare by identity: each line of a page is one object (``n`` is unique).
    """

    text: str
    n: int  # line number in the page (0-based)
    width: float
    indent: int  # leading spaces (full-width space counts 2)
    blank_before: bool
    box: int  # id of the run of lines with no blank line between them


def measure(lines: list[str]) -> list[Line]:
    """Turn the page's lines into :class:`Line` records, skipping blank lines."""
    out: list[Line] = []
    blank = False
    box = 0
    for n, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            blank = True
            continue
        if blank:
            box += 1
        lead = raw[: len(raw) - len(raw.lstrip())]
        indent = lead.count(" ") + 2 * lead.count("\u3000") + 4 * lead.count("\t")
        out.append(Line(text, n, visual_width(text), indent, blank and bool(out), box))
        blank = False
    return out


def boxed(lines: list[Line]) -> bool:
    """True when nearly every line stands alone between blank lines (pdfminer style).

    Then blank lines say nothing about paragraphs, but two lines *without* a blank
    between them were one text box (a wrapped headline, say).
    """
    return _mostly_apart(len(lines), sum(ln.blank_before for ln in lines))


def boxed_text(lines: list[str]) -> bool:
    """:func:`boxed` on the page's raw lines, with no widths measured.

    >>> boxed_text(["甲", "", "乙", "", "丙", "", "丁", "", "戊", "", "己"]), boxed_text(["甲", "乙", "", "丙"])
    (True, False)
    """
    text = after_blank = 0
    blank = False
    for raw in lines:
        if not raw.strip():
            blank = True
            continue
        after_blank += blank and text > 0
        text += 1
        blank = False
    return _mostly_apart(text, after_blank)


def _mostly_apart(n: int, after_blank: int) -> bool:
    return n >= 6 and after_blank > 0.6 * (n - 1)


def _top_mode(widths: list[float], tol: float, need: int) -> float | None:
    """The widest width that at least ``need`` values reach within ``tol`` below it, or None.

    Tries the widths from the widest down, counting by bisection in the sorted list.

    >>> _top_mode([30, 12, 29, 30, 13], 2.0, 3), _top_mode([30, 12], 2.0, 3)
    (30, None)
    """
    srt = sorted(widths)
    for v in reversed(srt):
        if bisect_right(srt, v + 0.01) - bisect_left(srt, v - tol) >= need:
            return v
    return None


def column_width(ws: list[float], i: int, tol: float, reach: int = 6) -> float | None:
    """The column width that line ``i`` belongs to, from its neighbours' widths.

    Looks at windows left of, right of and around ``i``; in each, a column width is
    a width reached (within ``tol``) by at least three lines. Of those, the narrowest
    one that line ``i`` still fills is its column; a line wider than every one gets
    the widest; None when no window shows a column.

    >>> ws = [30, 30, 30, 12, 30, 30, 30]
    >>> column_width(ws, 3, 2.0)
    30
    """
    return _column_width(ws, i, tol, reach, lambda a, b: _top_mode(ws[a:b], tol, 3))


def column_widths(
    ws: list[float], tol: float, reach: int = 6, continued: list[bool] | None = None
) -> list[float | None]:
    """:func:`column_width` of every line, the column width of each window found once
    (the windows of a line are those of its neighbours: ``reach`` lines on, its left
    window is another line's right one).

    ``continued[i]`` says line ``i`` ends a paragraph that the full line before it
    carries: it is then measured against the lines before it, so that it is not
    taken for a full line of a narrower column that follows.

    >>> ws = [30, 30, 30, 12, 30, 30, 30]
    >>> column_widths(ws, 2.0) == [column_width(ws, i, 2.0) for i in range(len(ws))]
    True
    >>> ws = [35, 35, 35, 35, 27.5, 20.5, 25.5, 26, 26, 25.5, 26]
    >>> column_widths(ws, 3.0)[4], column_widths(ws, 3.0, continued=[False] + [True] * 10)[4]
    (27.5, 35)
    """
    modes: dict[tuple[int, int], float | None] = {}

    def mode(a: int, b: int) -> float | None:
        if (a, b) not in modes:
            modes[a, b] = _top_mode(ws[a:b], tol, 3)
        return modes[a, b]

    out = [_column_width(ws, i, tol, reach, mode) for i in range(len(ws))]
    for i, cont in enumerate(continued or []):
        left = mode(max(0, i - reach), i + 1) if cont and i > 0 else None
        if left is not None and left >= ws[i] - tol and ws[i - 1] >= left - tol:
            out[i] = left
    return out


def fill_between(cols: list[float | None], ws: list[float], tol: float) -> list[float | None]:
    """Column widths with a line that no window measured given the column of the
    lines either side of it, when they agree and the line is about as wide (up to
    ``2 * tol`` wider: a line with fewer marks than its neighbours sets more
    characters). In a column of short paragraphs too few full lines stand close
    enough together to measure one that is a little wider than the rest.

    >>> fill_between([52.5, None, 52.5], [52.0, 57.0, 5.5], 3.0)
    [52.5, 52.5, 52.5]
    >>> fill_between([52.5, None, 52.5], [52.0, 70.0, 5.5], 3.0)  # far wider: two columns read as one
    [52.5, None, 52.5]
    """
    out = list(cols)
    for j in range(1, len(cols) - 1):
        a, b = cols[j - 1], cols[j + 1]
        if cols[j] is not None or a is None or b is None or abs(a - b) > tol:
            continue
        if a - tol <= ws[j] <= max(a, b) + 2 * tol:
            out[j] = max(a, b)
    return out


MIN_COLUMN = 8.0  # half-em units: four Han characters, narrower than any column of text


def _column_width(
    ws: list[float], i: int, tol: float, reach: int, mode: Callable[[int, int], float | None]
) -> float | None:
    """:func:`column_width`, with ``mode(a, b)`` the column width of the window ``ws[a:b]``."""
    cands: list[float] = []
    n = len(ws)
    for lo, hi in ((i - reach, i), (i, i + reach), (i - reach // 2, i + reach // 2)):
        m = mode(max(0, lo), min(n, hi + 1))
        if m is not None and m >= MIN_COLUMN:  # a few short pieces in a row are no column
            cands.append(m)
    if not cands:
        return None
    wi = ws[i]
    fitting = [c for c in cands if c >= wi - tol]
    return min(fitting) if fitting else max(cands)
