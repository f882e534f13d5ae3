"""The stages in order, and loading input (bytes or JSONL) into pages."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from papercli.decode import decode_bytes, split_pages
from papercli.lang import detect_lang
from papercli.model import Page
from papercli.records import pages_from_records


@dataclass
class Options:
    encoding: str | None = None
    lang: str = "auto"
    pangu: bool = False
    to: str | None = None


def _order(p: Page, o: Options) -> Page:
    from papercli.order import order_page

    return order_page(p)


def _despace(p: Page, o: Options) -> Page:
    from papercli.despace import despace_page

    return despace_page(p, pangu=o.pangu)


def _dedupe(p: Page, o: Options) -> Page:
    from papercli.dedupe import dedupe_page

    return dedupe_page(p)


def _reflow(p: Page, o: Options) -> Page:
    from papercli.reflow import reflow_page

    return reflow_page(p)


def _segment(p: Page, o: Options) -> Page:
    from papercli.latin_segment import segment_latin_page
    from papercli.reflow import reflow_page
    from papercli.segment import segment_page

    p = reflow_page(p)  # also settles the language of a page read back without one
    return segment_page(p) if p.lang == "zh" else segment_latin_page(p)


def _match(p: Page, o: Options) -> Page:
    from papercli.match import match_page

    return match_page(_segment(p, o))


def _convert(p: Page, o: Options) -> Page:
    from papercli.convert import convert_page

    return convert_page(p, o.to) if o.to else p


STAGES: dict[str, Callable[[Page, Options], Page]] = {
    "order": _order, "despace": _despace, "dedupe": _dedupe, "reflow": _reflow, "segment": _segment, "match": _match,
    "convert": _convert,
}
ORDER = ["order", "despace", "dedupe", "reflow", "segment", "match", "convert"]


def clean_page(page: Page, opts: Options | None = None) -> Page:
    """Run every stage on one page (what ``papercli clean`` does)."""
    opts = opts or Options()
    for name in ORDER:
        page = STAGES[name](page, opts)
    return page


def looks_like_jsonl(data: bytes) -> bool:
    """True when the input is papercli's own JSON Lines (a stage's output)."""
    head = data.lstrip()[:1]
    if head != b"{":
        return False
    first = data.lstrip().split(b"\n", 1)[0]
    try:
        rec = json.loads(first)
    except ValueError:
        return False
    return isinstance(rec, dict) and ("type" in rec or "paragraphs" in rec)


def load_pages(data: bytes, source: str, opts: Options | None = None) -> Iterator[Page]:
    """Pages of one input: JSONL records read back, or text decoded and split at form feeds.

    Each page gets its language: ``opts.lang``, or with ``auto`` the one recorded in the
    JSONL or else :func:`papercli.lang.detect_lang` of that page alone."""
    opts = opts or Options()
    if looks_like_jsonl(data):
        text = data.decode("utf-8")
        recs = (json.loads(ln) for ln in text.splitlines() if ln.strip())
        for page in pages_from_records(recs):
            if opts.lang != "auto":
                page.lang = opts.lang  # an explicit --lang wins over the one recorded
            yield page
        return
    text, enc = decode_bytes(data, source, opts.encoding)
    for n, chunk in enumerate(split_pages(text), 1):
        lines = chunk.split("\n")
        lang = opts.lang if opts.lang != "auto" else detect_lang(chunk)
        yield Page(source=source, number=n, lines=lines, encoding=enc, lang=lang)
