"""Run line-level fixes (despace, dedupe) over a page and record what changed."""

from __future__ import annotations

from collections.abc import Callable

from papercli.model import Page


def apply_line_fixes(page: Page, fixes: list[tuple[str, Callable[[str], str]]]) -> Page:
    """Apply each ``(name, fix)`` to every line, recording a count and one example."""
    lines = page.lines
    for name, fix in fixes:
        changed = 0
        example: tuple[str, str] | None = None
        out = []
        for ln in lines:
            new = fix(ln)
            if new != ln:
                changed += 1
                if example is None:
                    example = (ln, new)
            out.append(new)
        lines = out
        if example:
            page.record_fix(name, example[0], example[1], changed)
    page.lines = lines
    return page
