"""A printed line that the extractor cut in two at a wide gap.

A justified CJK line with a wide space in it (``市委 市政府近日印发…``, where the
typesetter stretched the printed space between two issuing bodies) can come out of
PyMuPDF as two lines: ``养老服务体系，市委`` / ``市政府近日印发《``. Each piece is short, so reflow
would end a paragraph after the first or take the second for a heading; yet the
piece after them runs on at the column's full width, so no paragraph begins there,
and the two pieces together are as wide as one line of the column. They are joined
back into the line they were printed as, by stage ``order`` on a page it left in its
order (a page read across its columns is made of column pieces, not printed lines).
"""

from __future__ import annotations

import re

from papercli.chars import CJK_RE
from papercli.layout import INDENT, Line, column_widths, fill_between, measure
from papercli.lineends import ends_block
from papercli.signals import dateline

_CLAUSE = re.compile(r"[，、；。！？]")  # not a colon: ``红色记忆：老兵的故事`` / ``代代相传`` is a title
#: half-em units: widths within this count as equal (as in reflow)
TOL = 3.0
#: half-em units: the gap the extractor dropped between the two pieces, at the least and
#: the most (with the slack of the pieces' marks): a wide printed space, never none
MIN_GAP, GAP = 0.5, 5.5


def _target(lines: list[Line], k: int, w: float) -> float | None:
    """The width line ``k`` was printed at in its column ``w``: a paragraph's first
    line (after a paragraph's short last line, a blank line or at the start) is
    indented, a line after one that runs on (full, or an indented first line) is
    full; None after anything else."""
    if k == 0 or lines[k].blank_before:
        return w - INDENT
    before = lines[k - 1]
    if ends_block(before.text):
        return w if before.width >= w - TOL else w - INDENT
    return w if before.width >= w - INDENT - TOL else None


def gap_splits(lines: list[Line]) -> list[int]:
    """Indices ``k`` of lines that, with line ``k + 1``, are one printed line cut at a
    gap: both are short of their column, even of an indented first line; the line
    after them runs on full at the column's width (no paragraph opens there, so the
    second piece ends none and is no heading); neither piece ends a block; the two
    hold a clause mark (title pieces hold none) and are no dateline cut at its figure;
    and they measure together what the line before them says the printed line was
    (:func:`_target`), less a dropped gap of :data:`MIN_GAP` to :data:`GAP`.

    >>> col = "社区志愿者们走进千家万户，为老人送去温暖和关"
    >>> rows = ["本报讯 近日，" + col[:17], col, "怀。", "为此，市里有关部门", "出台了多项新措施和办法", col, col]
    >>> gap_splits(measure(rows))
    [3]
    """
    ws = [ln.width for ln in lines]
    cols = fill_between(column_widths(ws, TOL), ws, TOL)
    out: list[int] = []
    k = 0
    while k + 2 < len(lines):
        a, b, c = lines[k], lines[k + 1], lines[k + 2]
        w = cols[k + 2]
        if (w is None or b.blank_before or c.blank_before or max(a.width, b.width) >= w - INDENT - TOL
                or c.width < w - TOL or ends_block(a.text) or ends_block(b.text) or ends_block(c.text)):
            k += 1
            continue
        if not CJK_RE.search(a.text) or not _CLAUSE.search(a.text + b.text) or dateline("".join((a.text + b.text).split())):
            k += 1  # a lone mark, title pieces (no clause mark), a dateline cut at its figure
            continue
        target = _target(lines, k, w)
        if target is not None and target < w and not _CLAUSE.search(a.text):
            target = None  # a paragraph's first piece without a clause mark: a heading over it
        if target is not None and target - GAP <= a.width + b.width <= target - MIN_GAP:
            out.append(k)
            k += 2
            continue
        k += 1
    return out


def _gap(left: str, right: str) -> str:
    """The space the extractor cut at, kept between two Han runs (``市委 市政府``,
    ``照顧長子， 次子``: a justified line has no wide gap but at a printed space) and
    dropped next to a figure or a Latin word (``去年`` / ``9`` / ``月``), which
    pdftotext-like spacing set apart.

    >>> _gap("养老服务体系，市委", "市政府近日"), _gap("去年", "9月")
    (' ', '')
    """
    return "" if left[-1:].isascii() or right[:1].isascii() else " "


def join_gap_splits(texts: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """``texts`` (a page's lines) with each printed line cut at a gap
    (:func:`gap_splits`) joined back, and the pairs joined.

    >>> col = "社区志愿者们走进千家万户，为老人送去温暖和关"
    >>> rows = ["本报讯 近日，" + col[:17], col, "怀。", "为此，市里有关部门", "出台了多项新措施和办法", col, col]
    >>> new, pairs = join_gap_splits(rows)
    >>> new[3], pairs
    ('为此，市里有关部门 出台了多项新措施和办法', [('为此，市里有关部门', '出台了多项新措施和办法')])
    """
    lines = measure(texts)
    cuts = gap_splits(lines)
    if not cuts:
        return texts, []
    out = list(texts)
    pairs: list[tuple[str, str]] = []
    for k in reversed(cuts):
        a, b = lines[k], lines[k + 1]
        pairs.append((a.text, b.text))
        out[a.n] = out[a.n].rstrip() + _gap(a.text, b.text) + b.text
        del out[a.n + 1 : b.n + 1]
    return out, pairs[::-1]

