"""The JSON Lines schema and the text format, both ways.

Finished pages (after ``match``) are written as one record per article and one per
loose piece of text. Pages still in the middle of the pipeline are written as one
``{"type": "page", ...}`` record holding the stage state, so that ``a | b | c``
keeps everything that ``clean`` keeps.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from papercli.model import Article, Block, Caption, Fix, Loose, Page


def article_record(page: Page, index: int, a: Article) -> dict[str, Any]:
    return {
        "type": "article", "source": page.source, "page": page.number, "index": index,
        "kicker": a.kicker, "headline": a.headline, "subheadline": a.subheadline,
        "headline_score": a.headline_score, "dateline": a.dateline, "byline": a.byline,
        "byline_first": a.byline_first, "paragraphs": a.paragraphs, "captions": [c.to_dict() for c in a.captions],
    }


def page_records(page: Page) -> list[dict[str, Any]]:
    """The records of one page: articles and loose text, or the pipeline state."""
    fixes = [f.to_dict() for f in page.fixes]
    if not page.matched:
        rec: dict[str, Any] = {"type": "page", "source": page.source, "page": page.number,
                               "encoding": page.encoding, "lang": page.lang}
        if page.articles is not None:
            rec["articles"] = [{**article_record(page, i, a), "column": a.column} for i, a in enumerate(page.articles, 1)]
            rec["pending_headlines"] = page.pending_headlines
            rec["pending_captions"] = [c.to_dict() for c in page.pending_captions]
            rec["caption_owners"] = page.caption_owners
            rec["loose"] = [loose_record(page, 0, x) for x in page.loose]
        elif page.blocks is not None:
            rec["blocks"] = [b.to_dict() for b in page.blocks]
        if page.articles is None:  # with blocks too: their starts index the lines, whose blank lines segment reads
            rec["lines"] = page.lines
        if page.converted:
            rec["converted"] = page.converted
        if page.bold:
            rec["bold"] = sorted(page.bold)
            rec["whole"] = sorted(page.whole)
        rec["fixes"] = fixes
        return [rec]
    out: list[dict[str, Any]] = []
    for i, a in enumerate(page.articles or [], 1):
        r = article_record(page, i, a)
        r["fixes"] = fixes if i == 1 else []
        out.append(r)
    base = len(out)
    for j, x in enumerate(page.loose, 1):
        r = loose_record(page, base + j, x)
        if not out and j == 1:
            r["fixes"] = fixes
        out.append(r)
    return out


def loose_record(page: Page, index: int, x: Loose) -> dict[str, Any]:
    rec: dict[str, Any] = {"type": x.type, "source": page.source, "page": page.number, "index": index,
                           "text": x.text}
    if x.type == "caption":
        rec["credit"] = x.credit
        if x.credit and x.mark:
            rec["mark"] = x.mark
    return rec


def dumps(rec: dict[str, Any]) -> str:
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


def _caption(c: Any) -> Caption:
    """A caption read back from a record (a string or ``{"text", "credit", "mark"}``)."""
    if not isinstance(c, dict):
        return Caption(str(c))
    return Caption(c.get("text") or "", c.get("credit"), str(c.get("mark") or ""))


def _article(r: dict[str, Any]) -> Article:
    caps = [_caption(c) for c in r.get("captions") or []]
    paras = r.get("paragraphs")
    if not isinstance(paras, list):
        paras = [p for p in (r.get("text") or "").split("\n\n") if p.strip()]
    return Article(paragraphs=[str(p) for p in paras], kicker=r.get("kicker"), headline=r.get("headline"),
                   subheadline=r.get("subheadline"), headline_score=r.get("headline_score"),
                   dateline=r.get("dateline"), byline=r.get("byline"), captions=caps,
                   byline_first=bool(r.get("byline_first")), column=r.get("column"))


def _fixes(r: dict[str, Any]) -> list[Fix]:
    return [Fix(f.get("fix", ""), int(f.get("count", 0)), f.get("before", ""), f.get("after", ""))
            for f in r.get("fixes") or [] if isinstance(f, dict)]


def page_from_state(r: dict[str, Any]) -> Page:
    """Rebuild a :class:`Page` from a ``{"type": "page"}`` record."""
    p = Page(source=str(r.get("source", "-")), number=int(r.get("page", 1)),
             encoding=r.get("encoding"), lang=r.get("lang"), fixes=_fixes(r), converted=r.get("converted"),
             bold={str(x) for x in r.get("bold") or []}, whole={str(x) for x in r.get("whole") or []})
    if "articles" in r:
        p.articles = [_article(a) for a in r["articles"]]
        p.pending_headlines = list(r.get("pending_headlines") or [])
        p.pending_captions = [_caption(c) for c in r.get("pending_captions") or []]
        p.caption_owners = list(r.get("caption_owners") or [])
        p.loose = [Loose(x["type"], x.get("text") or "", x.get("credit"), str(x.get("mark") or ""))
                   for x in r.get("loose") or []]
    elif "blocks" in r:
        p.blocks = [Block(b.get("kind", "body"), list(b.get("lines") or []), int(b.get("start", 0)),
                          b.get("text") or "") for b in r["blocks"]]
    if "articles" not in r:
        p.lines = [str(x) for x in r.get("lines") or []]
    return p


def pages_from_records(records: Iterable[dict[str, Any]]) -> Iterator[Page]:
    """Group records (state or finished) back into pages, in order."""
    cur: Page | None = None
    for r in records:
        t = r.get("type", "article")
        if t == "page":
            if cur is not None:
                yield cur
                cur = None
            yield page_from_state(r)
            continue
        key = (str(r.get("source", "-")), int(r.get("page", 1)))
        if cur is None or (cur.source, cur.number) != key:
            if cur is not None:
                yield cur
            cur = Page(source=key[0], number=key[1], articles=[], matched=True)
        if r.get("fixes"):
            cur.fixes.extend(_fixes(r))
        if t == "article":
            assert cur.articles is not None
            cur.articles.append(_article(r))
        else:
            cur.loose.append(Loose(str(t), r.get("text") or "", r.get("credit"), str(r.get("mark") or "")))
    if cur is not None:
        yield cur


# ---- text format -------------------------------------------------------------

def caption_text(c: Caption | Loose) -> str:
    """A caption as printed: ``text credit 摄`` with the credit mark of the input
    (when it is not known, ``攝`` in traditional script, else ``摄``); a mark with its
    slash (``／攝影``) follows the name, a frame around it (``（{}攝）``, ``圖／{}提供``)
    is printed with the name in it.

    >>> caption_text(Caption("盛飯。", "林志明", "／攝影")), caption_text(Caption("說明。", "張美玲", "（{}攝）"))
    ('盛飯。 林志明／攝影', '說明。（張美玲攝）')
    """
    if not c.credit:
        return c.text
    mark = c.mark
    if not mark:
        from papercli.convert import converter

        sample = c.text + c.credit
        mark = "攝" if converter("simplified")(sample) != sample else "摄"
    if "{}" in mark:  # the credit's frame as printed (``（{}攝）``, ``圖／{}提供``)
        return f"{c.text}{mark.replace('{}', c.credit, 1)}".strip()
    if mark.startswith(("／", "/", "╱")):
        return f"{c.text} {c.credit}{mark}".strip()
    return f"{c.text} {c.credit} {mark}".strip()


def article_text(a: Article) -> str:
    parts: list[str] = []
    byline = a.printed_byline()
    heads = [h for h in (a.kicker, a.headline, a.subheadline, byline if a.byline_first else None) if h]
    if heads:
        parts.extend(heads)  # a byline printed under the title goes there, any other after the text
    parts.extend(a.paragraphs)
    tail = [t for t in [None if a.byline_first else byline, *(caption_text(c) for c in a.captions)] if t]
    if tail:
        parts.append("\n".join(tail))
    return "\n\n".join(parts)


def page_text(page: Page) -> str:
    """The text form of a page at whatever stage it is."""
    if page.articles is not None:
        chunks = [article_text(a) for a in page.articles]
        chunks += [caption_text(x) if x.type == "caption" else x.text for x in page.loose]
        if not page.matched:
            chunks += [h["text"] for h in page.pending_headlines]
            chunks += [caption_text(c) for c in page.pending_captions]
        return "\n\n---\n\n".join(c for c in chunks if c)
    if page.blocks is not None:
        return "\n\n".join(b.text for b in page.blocks)
    return "\n".join(page.lines)


class PageWriter:
    """Write pages as JSON Lines or text, one page at a time.

    Text pages are separated by form feeds. Reading drops a blank page after a
    trailing form feed, so when the last page is blank one more form feed keeps
    the page count (``clean`` of its own output stays the same).
    """

    def __init__(self, out: IO[str], fmt: str) -> None:
        self.out, self.fmt = out, fmt
        self.pages = 0
        self.last_blank = False

    def write(self, page: Page) -> None:
        if self.fmt == "jsonl":
            for rec in page_records(page):
                self.out.write(dumps(rec) + "\n")
            return
        if self.pages:
            self.out.write("\f")
        text = page_text(page)
        self.out.write(text + ("\n" if text and not text.endswith("\n") else ""))
        self.pages += 1
        self.last_blank = not text.strip()

    def close(self) -> None:
        if self.fmt != "jsonl" and self.pages > 1 and self.last_blank:
            self.out.write("\f")
