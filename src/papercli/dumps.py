"""The headlines and captions an extractor emitted after the story bodies.

Drawing-order extractors (PyMuPDF, pypdf) put titles and photo captions after the
text they belong to. Read on, such a run looks like a story of one-line paragraphs
or of lines without punctuation; :mod:`papercli.segment` takes it apart again with
these tests, and :mod:`papercli.match` attaches the pieces.
"""

from __future__ import annotations

import re

from papercli.chars import bracket_balance, ends_sentence
from papercli.layout import visual_width
from papercli.model import Article

WIDTH_CHANGE = 3.0  # half-em units: lines this close in width are of one block
SNIPPET = 60  # characters: longer than a headline or most captions, shorter than most paragraphs
TITLE_SHARE = 0.5  # of lines without punctuation


def titled(lines: list[str], share: float = TITLE_SHARE / 2) -> bool:
    """At least ``share`` of the lines have no punctuation: titles among the text.

    >>> titled(["夫患重病 婦徬徨", "房子面臨法拍", "阿富輕撫妻子的額頭，為她擔憂。"])
    True
    """
    return sum(1 for ln in lines if not ANY_PUNCT.search(ln)) >= share * len(lines)


def snippets(a: Article, lines: list[str]) -> bool:
    """An article of short pieces, or mostly of lines without punctuation (titles),
    none of them a dateline or byline: a dump of headlines and captions rather
    than a story (running text has a comma or stop on nearly every line)."""
    if a.dateline or a.byline or not a.paragraphs:
        return False
    sizes = sorted(len(p) for p in a.paragraphs)
    return titled(lines, TITLE_SHARE) or (sizes[-1] <= 2 * SNIPPET and sizes[len(sizes) // 2] <= SNIPPET)


ANY_PUNCT = re.compile(r"[，。、；：！？,;:!?]")


def pieces(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Cut the lines of a dissolved article into titles and sentences, each with the
    position of its first line.

    A line with no punctuation but quotes and brackets, closed, is a title of its
    own unless the next line, with punctuation, is about as wide (then it is a
    caption's first line); other lines run on until a sentence ends.

    >>> pieces([(1, "妻癱子病 失業漢苦撐家"), (2, "生活開銷沒著落 「只能勇敢面對」"),
    ...          (3, "阿富（後）說，孩子"), (3, "能夠讀。")])
    [(1, '妻癱子病 失業漢苦撐家'), (2, '生活開銷沒著落 「只能勇敢面對」'), (3, '阿富（後）說，孩子能夠讀。')]
    """
    out: list[tuple[int, str]] = []
    cur, start = "", 0
    for k, (pos, ln) in enumerate(lines):
        nxt = lines[k + 1][1] if k + 1 < len(lines) else ""
        title = not ANY_PUNCT.search(ln) and bracket_balance(ln) == 0
        lone = not nxt or not ANY_PUNCT.search(nxt) or abs(visual_width(nxt) - visual_width(ln)) > WIDTH_CHANGE
        if not cur and title and lone:
            out.append((pos, ln))
            continue
        if not cur:
            start = pos
        cur += ln
        if ends_sentence(cur):
            out.append((start, cur))
            cur = ""
    if cur:
        out.append((start, cur))
    return out


BYLINED = 0.75  # share of a page's stories closed by a byline that makes bylines its rule


def unsigned_tail(arts: list[Article]) -> list[int]:
    """The stories after the page's last byline, when the page closes its stories
    with bylines: without a dateline or byline of their own (and, the caller
    checks, with titles among their lines), they are the headlines and captions
    an extractor emitted after the bodies.

    >>> a = [Article(["正文。"], byline="王艳"), Article(["正文。"], byline="张贺"), Article(["图说。"])]
    >>> unsigned_tail(a)
    [2]
    """
    signed = [i for i, a in enumerate(arts) if a.byline]
    if len(signed) < 2:
        return []
    tail = [i for i in range(signed[-1] + 1, len(arts)) if not arts[i].dateline]
    if len(signed) < BYLINED * (len(arts) - len(tail)):
        return []
    return tail
