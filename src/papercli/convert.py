"""Simplified/traditional conversion with OpenCC, on request only.

Conversion changes characters on purpose, so it stands outside the "nothing
invented" check of ``papercli check``; the page records which way it went.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from papercli.model import Caption, Loose, Page

CONFIGS = {"simplified": "t2s", "traditional": "s2t", "taiwan": "s2twp", "hongkong": "s2hk"}


@lru_cache(maxsize=8)
def converter(target: str) -> Callable[[str], str]:
    """A ``str -> str`` converter to ``target`` (one of :data:`CONFIGS`).

    >>> converter("traditional")("本报讯 献血现场")
    '本報訊 獻血現場'
    """
    import opencc

    cc = opencc.OpenCC(CONFIGS[target])
    return cc.convert


def _conv_opt(conv: Callable[[str], str], v: str | None) -> str | None:
    return conv(v) if v else v


def convert_page(page: Page, target: str) -> Page:
    """Stage ``convert``: every text field of the page, whatever its stage."""
    conv = converter(target)
    page.lines = [conv(x) for x in page.lines]
    for b in page.blocks or []:
        b.lines = [conv(x) for x in b.lines]
        b.text = conv(b.text)
    for a in page.articles or []:
        a.paragraphs = [conv(p) for p in a.paragraphs]
        a.kicker, a.headline, a.subheadline = (_conv_opt(conv, v) for v in (a.kicker, a.headline, a.subheadline))
        a.dateline, a.byline = _conv_opt(conv, a.dateline), _conv_opt(conv, a.byline)
    items: list[Caption | Loose] = [c for a in page.articles or [] for c in a.captions]
    for c in [*items, *page.pending_captions, *page.loose]:
        c.text = conv(c.text)
        c.credit = _conv_opt(conv, c.credit)
    for h in page.pending_headlines:
        h["text"] = conv(h["text"])
    page.converted = target
    return page
