"""Show what ``clean`` changed: an inline diff of a page's input and its cleaned text,
or the two side by side (``papercli diff``)."""

from __future__ import annotations

import difflib
import re

from rich.console import Console
from rich.table import Table
from rich.text import Text

_WS = re.compile(r"\s+")


def changes(before: str, after: str) -> list[tuple[str, str]]:
    """``(op, text)`` pieces turning ``before`` into ``after``: ``=`` kept, ``-`` removed, ``+`` added.

    Runs of whitespace are compared as one space, so reflowed line ends are not noise.

    >>> changes("王王艳艳 摄", "王艳 摄")
    [('=', '王'), ('-', '王艳'), ('=', '艳 摄')]
    """
    a, b = _WS.sub(" ", before.strip()), _WS.sub(" ", after.strip())
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("=", a[i1:i2]))
            continue
        if i2 > i1:
            out.append(("-", a[i1:i2]))
        if j2 > j1:
            out.append(("+", b[j1:j2]))
    return out


def inline(before: str, after: str, color: bool) -> Text | str:
    """The changes inline: removed text red and struck through, added text green;
    without colour, ``[-removed-]`` and ``{+added+}`` as wdiff writes them."""
    pieces = changes(before, after)
    if not color:
        marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
        return "".join(marks[op].format(t) for op, t in pieces)
    styles = {"=": "", "-": "red strike", "+": "bold green"}
    text = Text()
    for op, t in pieces:
        text.append(t, style=styles[op])
    return text


def side_by_side(before: str, after: str) -> Table:
    """The input page and the cleaned text in two columns."""
    table = Table(expand=True, show_lines=False)
    table.add_column("input")
    table.add_column("cleaned")
    table.add_row(Text(before), Text(after))
    return table


def show(console: Console, number: int, before: str, after: str, side: bool) -> None:
    """Print one page's diff on ``console``."""
    color = console.is_terminal
    console.rule(f"page {number}") if color else console.print(f"=== page {number}", markup=False)
    if side:
        console.print(side_by_side(before, after))
    else:
        console.print(inline(before, after, color), markup=False, highlight=False)
