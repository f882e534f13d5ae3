"""Decide per page whether CJK or Latin rules apply, from the character mix."""

from __future__ import annotations

from papercli.chars import CJK_RE
from papercli.model import Page


def detect_lang(text: str) -> str:
    """``zh`` when Han characters make up at least a fifth of the letters, else ``latin``.

    >>> detect_lang("本报讯 2月15日"), detect_lang("The con-\\nstitution")
    ('zh', 'latin')
    """
    han = len(CJK_RE.findall(text))
    if han >= 0.2 * len(text):
        return "zh"  # a fifth of all characters, so of the letters too
    letters = sum(map(str.isalpha, text))
    if letters == 0:
        return "zh"
    return "zh" if han >= 0.2 * letters else "latin"


def settle_lang(page: Page) -> str:
    """The page's language, detected from its lines (and recorded) when not known yet.

    Every stage asks this, so a page read back from JSONL without a language gets the
    same rules in each: ``zh`` the CJK ones, anything else the Latin ones.

    >>> settle_lang(Page("t", lines=["The con-", "stitution"]))
    'latin'
    """
    if page.lang in (None, "auto", ""):
        page.lang = detect_lang("\n".join(page.lines))
    return page.lang or "zh"
