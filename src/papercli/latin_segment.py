"""Articles of a Latin-script page, in reading order.

The CJK segmenter's signals (``本报讯`` datelines, bracketed bylines, headline to
body character overlap) do not exist in Latin newspapers, so a Latin page is cut
by position alone, and nothing is moved out of reading order:

- a heading in capitals (``LAND SALE.``) before a body opens a new article, with
  the standalone lines after it: the first is its headline, the others its
  subheadline (a ``By ...`` line among them is its byline); the standalone lines
  before the page's first body are the first article's titles, whatever their case;
- other standalone lines after a body (a signature, a list item, a line the OCR
  garbled) stay in that article as paragraphs;
- headings after the last body have no text to head: they are kept as
  ``headline`` records (and what follows them as ``fragment`` records).

Headlines are set here directly, so ``match`` has nothing left to attach.
"""

from __future__ import annotations

import re

from papercli.latin import is_heading
from papercli.model import Article, Block, Loose, Page

_BYLINE = re.compile(r"^By\s+(?:[A-Z][\w.'-]*\s*){1,6}$|^BY\s+[A-Z .'-]+$")


def latin_byline(text: str) -> str | None:
    """The name(s) of a Latin byline line (``By Our Special Correspondent``), else None.

    >>> latin_byline("By A STAFF CORRESPONDENT"), latin_byline("By John Smith")
    ('A STAFF CORRESPONDENT', 'John Smith')
    >>> latin_byline("By the way, he said") is None
    True
    """
    t = text.strip().rstrip(".,")
    if not _BYLINE.match(t) or t.upper().startswith("BY TELEGRAPH"):
        return None
    return t[2:].strip()


def _titled(lines: list[str]) -> Article:
    art = Article(paragraphs=[])
    titles: list[str] = []
    for t in lines:
        name = latin_byline(t)
        if name and art.byline is None and titles:
            art.byline = name
        else:
            titles.append(t)
    art.headline = titles[0] if titles else None
    art.subheadline = " ".join(titles[1:]) or None
    return art


def latin_articles(blocks: list[Block]) -> tuple[list[Article], list[Loose]]:
    """Articles (and leftover headlines) from a Latin page's blocks, in order.

    >>> b = [Block("line", [], 0, "LAND SALE."), Block("body", [], 1, "At eleven o'clock."),
    ...      Block("line", [], 2, "J. Smith, Clerk"), Block("line", [], 3, "COUNTRY LOTS."),
    ...      Block("body", [], 4, "Forty acres."), Block("line", [], 5, "THE END")]
    >>> arts, loose = latin_articles(b)
    >>> [(a.headline, a.paragraphs) for a in arts], loose
    ([('LAND SALE.', ["At eleven o'clock.", 'J. Smith, Clerk']), ('COUNTRY LOTS.', ['Forty acres.'])], \
[Loose(type='headline', text='THE END', credit=None, mark='')])
    """
    arts: list[Article] = []
    held: list[str] = []
    for b in blocks:
        if b.kind != "body":
            held.append(b.text)
            continue
        first = next((k for k, t in enumerate(held) if is_heading(t)), None)
        if arts:
            arts[-1].paragraphs.extend(held[:first])
            if first is not None:
                arts.append(_titled(held[first:]))
        else:
            arts.append(_titled(held))
        held = []
        arts[-1].paragraphs.append(b.text)
    first = next((k for k, t in enumerate(held) if is_heading(t)), len(held))
    if arts:
        arts[-1].paragraphs.extend(held[:first])
        held = held[first:]
    loose = [Loose("headline" if is_heading(t) or not arts else "fragment", t) for t in held]
    return arts, loose


def segment_latin_page(page: Page) -> Page:
    """Stage ``segment`` for a Latin page (already reflowed): articles in reading order."""
    if page.articles is not None:
        return page
    page.articles, loose = latin_articles(page.blocks or [])
    page.loose.extend(loose)
    page.pending_headlines, page.pending_captions, page.caption_owners = [], [], []
    page.blocks = None
    return page
