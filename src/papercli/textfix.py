"""Run line-level fixes (despace, dedupe) over a page and record what changed."""

from __future__ import annotations

from collections.abc import Callable

from papercli.model import Page


def apply_line_fixes(page: Page, fixes: list[tuple[str, Callable[[str], str]]]) -> Page:
    """Apply each ``(name, fix)`` to every line, recording a count and one example."""
    lines = page.lines
    for name, fix in fixes:
        out = [fix(ln) for ln in lines]
        diff = [(a, b) for a, b in zip(lines, out, strict=True) if a != b]
        lines = out
        if diff:
            page.record_fix(name, diff[0][0], diff[0][1], len(diff))
    page.lines = lines
    return page
