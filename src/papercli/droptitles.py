"""Titles an extractor dropped between two lines of a column, lifted out of the text.

pdftotext and pdfminer order a page's text boxes by their height on the page, so a
title set beside a column (over the next one) can land between two lines of one
paragraph, in a box of its own: ``…工人们说，今年的货运量要再翻`` / blank /
``新港扩建三年完工`` / blank / ``一番，码头扩建后…``. Left there it cuts the paragraph in two and heads nothing;
lifted to the page's end it is a title emitted after the bodies, which the match
stage sets over its story, and the paragraph runs on across the gap.
"""

from __future__ import annotations

from papercli.chars import bracket_balance, ends_sentence
from papercli.layout import Line, measure
from papercli.lineends import ends_block, open_dateline, punct_slack, switch_slack
from papercli.signals import dateline

TITLE_LINES = 2  # lines: a title dropped between a column's lines, with its deck at most
TITLE_MAX = 30  # characters of one such title line
FULL_TOL = 1.5  # half-em units: a line this close to the line before it is a line of the same column
SLACK_MAX = 3.0  # half-em units: a full line with figures or marks in it measures short by less than an indent
MIN_COLUMN = 8.0  # half-em units: narrower columns are too short to tell a full line from a short one


def _boxes(lines: list[Line]) -> list[list[Line]]:
    """The page's lines grouped into the extractor's text boxes (runs between blank lines)."""
    out: list[list[Line]] = []
    for ln in lines:
        if out and not ln.blank_before:
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _full(ln: Line, column: float) -> bool:
    """``ln`` fills ``column``: as wide, give or take :data:`FULL_TOL`, or short by no
    more than its gaps at switches of script and its marks (:func:`switch_slack`,
    :func:`punct_slack`) and less than an indent."""
    slack = min(switch_slack(ln.text) + punct_slack(ln.text), SLACK_MAX)
    return column - FULL_TOL - slack <= ln.width <= column + FULL_TOL


def _title_line(ln: Line, column: float) -> bool:
    """A line that can be a title: no sentence end, brackets closed, no dateline,
    short, and not a full line of ``column``."""
    t = ln.text.strip()
    if ends_sentence(t) or bracket_balance(t) != 0 or dateline(t) or open_dateline(t) or len(t) > TITLE_MAX:
        return False
    return not _full(ln, column)


def dropped_title(before: list[Line], box: list[Line], after: list[Line]) -> bool:
    """``box`` is a title dropped between the last line of ``before`` and the first
    of ``after``: the line before it is a full line of its column (as wide as the one
    above it) that ends no sentence, the line after it is a full line of the same
    column (no indented first line, no dateline), and the box is a line or two that
    read as a title and are no full line of that column.

    >>> col = measure(["港口的吊车日夜不停，工人", "们说，今年的货运量要再翻"])
    >>> title = measure(["新港扩建三年完工"])
    >>> after = measure(["一番，码头扩建后每年还可"])
    >>> dropped_title(col, title, after)
    True
    >>> dropped_title(col, title, measure(["", "码头扩建后，每"]))  # an indented first line after it
    False
    """
    if len(before) < 2 or not after or not 1 <= len(box) <= TITLE_LINES:
        return False
    a, above, c = before[-1], before[-2], after[0]
    column = max(a.width, above.width)
    if column < MIN_COLUMN or not (_full(a, column) and _full(above, column)) or ends_block(a.text):
        return False
    if not _full(c, column) or dateline(c.text) or c.text.lstrip()[:1] in "（(【〔［":
        return False
    return all(_title_line(ln, column) for ln in box)


def lift_dropped_titles(page_lines: list[str]) -> tuple[list[str], list[str]]:
    """Move each title dropped between two lines of a column (:func:`dropped_title`)
    to the end of the page, after a blank line, so the paragraph runs on; return the
    page's lines and the titles moved.

    >>> lines = ["港口的吊车日夜不停，工人", "们说，今年的货运量要再翻", "", "新港扩建三年完工", "",
    ...          "一番，码头扩建后每年还可", "多装卸集装箱两百万箱。"]
    >>> out, moved = lift_dropped_titles(lines)
    >>> out[-3:], moved
    (['多装卸集装箱两百万箱。', '', '新港扩建三年完工'], ['新港扩建三年完工'])
    """
    boxes = _boxes(measure(page_lines))
    lifted = [i for i in range(1, len(boxes) - 1) if dropped_title(boxes[i - 1], boxes[i], boxes[i + 1])]
    if not lifted:
        return page_lines, []
    moved = {ln.n for i in lifted for ln in boxes[i]}
    kept = [t for n, t in enumerate(page_lines) if n not in moved]
    tail: list[str] = []
    for i in lifted:
        tail += [""] + [ln.text for ln in boxes[i]]
    return kept + tail, [" ".join(ln.text for ln in boxes[i]) for i in lifted]
