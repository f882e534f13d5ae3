"""Titles an extractor dropped between two lines of a column, lifted out of the text.

pdftotext and pdfminer order a page's text boxes by their height on the page, so a
title set beside a column (over the next one) can land between two lines of one
paragraph, in a box of its own: ``…工人们说，今年的货运量要再翻`` / blank /
``新港扩建三年完工`` / blank / ``一番，码头扩建后…``. Left there it cuts the paragraph
in two and heads nothing; lifted to the page's end it is a title emitted after the
bodies, which the match stage sets over its story, and the paragraph runs on.
"""

from __future__ import annotations

from papercli.chars import bracket_balance, ends_sentence
from papercli.dumps import ANY_PUNCT, closed_title
from papercli.layout import INDENT, Line, grid_ems, measure
from papercli.lexicon import WORD_CUT, join_gain
from papercli.lineends import ends_block, open_dateline, punct_slack, switch_slack
from papercli.model import Page
from papercli.signals import dateline, place_credit, reporter_line

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


def _full(ln: Line, column: float, ems: float) -> bool:
    """``ln`` fills a column ``column`` half-em units and ``ems`` ems wide: as wide,
    give or take :data:`FULL_TOL`, or short by no more than its gaps at switches of
    script and its marks (:func:`switch_slack`, :func:`punct_slack`) and less than an
    indent; or, counted in a grid, within an em of the column (a typesetter who sets
    every mark a full em)."""
    slack = min(switch_slack(ln.text) + punct_slack(ln.text), SLACK_MAX)
    if column - FULL_TOL - slack <= ln.width <= column + FULL_TOL:
        return True
    return ems - 1 <= grid_ems(ln.text) <= ems + 0.5


def _indented(ln: Line, column: float, ems: float) -> bool:
    """``ln`` is a paragraph's first line, short of the column by an indent of two em."""
    return abs(ln.width + INDENT - column) <= FULL_TOL or abs(grid_ems(ln.text) + 2 - ems) <= 0.5


def _title_text(t: str) -> bool:
    """A line that can be a title: no sentence end, brackets closed, no dateline, no
    reporters' credit (``記者陳大文／綜合報導``, ``本报记者 孟瑶``), short."""
    return not (ends_sentence(t) or bracket_balance(t) != 0 or dateline(t) or open_dateline(t) or len(t) > TITLE_MAX
                or place_credit(t) is not None or reporter_line(t))


def dropped_title(before: list[Line], box: list[Line], after: list[Line]) -> bool:
    """``box`` is a title dropped between the last line of ``before`` and the first
    of ``after``: the line before it is a full line of its column (as wide as the
    widest of its box, another line of which is full or the box's indented first
    line) that ends no sentence, the line after it is a full line of the same
    column (no indented first line, no dateline), and the box is a line or two that
    read as a title and are no full line of that column; or, as wide as one, a title
    with no clause mark that a word cut across the gap skips (``…也有电商直`` /
    ``社区食堂开张了`` / ``播、短视频…``).

    >>> col = measure(["港口的吊车日夜不停，工人", "们说，今年的货运量要再翻"])
    >>> title = measure(["新港扩建三年完工"])
    >>> after = measure(["一番，码头扩建后每年还可"])
    >>> dropped_title(col, title, after)
    True
    >>> dropped_title(col, title, measure(["", "码头扩建后，每"]))  # an indented first line after it
    False
    >>> col = measure(["港口的吊车日夜不停，工人", "们装卸货物，也有电商直"])
    >>> title, after = measure(["新港扩建工程三年完工了"]), measure(["播带货，码头上热闹非凡。"])
    >>> dropped_title(col, title, after)  # as wide as a line: ``直播`` cut across it
    True
    """
    if len(before) < 2 or not after or not 1 <= len(box) <= TITLE_LINES:
        return False
    a, c = before[-1], after[0]
    column, ems = max(ln.width for ln in before), max(grid_ems(ln.text) for ln in before)
    if column < MIN_COLUMN or not _full(a, column, ems) or ends_block(a.text):
        return False
    if not any(_full(ln, column, ems) or (k == 0 and _indented(ln, column, ems)) for k, ln in enumerate(before[:-1])):
        return False  # a column's lines, not a heading's wrapped over a line or two
    if not any(ANY_PUNCT.search(ln.text) for ln in before):
        return False  # a title and its deck set as wide as each other: no running text
    if not _full(c, column, ems) or dateline(c.text) or c.text.lstrip()[:1] in "（(【〔［":
        return False
    texts = [ln.text.strip() for ln in box]
    if not all(map(_title_text, texts)):
        return False
    if not any(_full(ln, column, ems) for ln in box):
        return True
    return (all(closed_title(t) for t in texts) and join_gain(a.text, c.text) >= WORD_CUT
            and join_gain(a.text, texts[0]) < WORD_CUT)


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


def lift_titles(page: Page, lines: list[str], moved: list[str]) -> None:
    """Set the page's lines to ``lines``, the titles ``moved`` to its end
    (:func:`lift_dropped_titles`), and record the fix."""
    page.lines = lines
    if moved:
        page.record_fix("lift_dropped_titles", moved[0], f"(moved to the page's end) {moved[0]}", len(moved))
