"""The stages in order, and loading input (bytes or JSONL) into pages."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from papercli.decode import decode_stream, page_texts, read_sample
from papercli.errors import PaperError
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


#: the line between articles in the text format; read back as a blank line
SEPARATOR = "---"


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


def json_records(chunks: Iterable[bytes], source: str) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines input read chunk by chunk."""
    tail = b""
    n = 0
    for chunk in itertools.chain(chunks, [b"\n"]):
        *lines, tail = (tail + chunk).split(b"\n")
        for ln in lines:
            n += 1
            if not ln.strip():
                continue
            try:
                rec = json.loads(ln.decode("utf-8"))
            except ValueError as e:  # UnicodeDecodeError included
                raise PaperError(source, f"line {n} is not a papercli JSON record ({e})") from None
            if not isinstance(rec, dict):
                raise PaperError(source, f"line {n} is not a papercli JSON record")
            yield rec


def stream_pages(chunks: Iterable[bytes], source: str, opts: Options | None = None) -> Iterator[Page]:
    """Pages of one input read chunk by chunk: JSONL records read back, or text decoded
    and split at form feeds. Each page is yielded before the next one is read."""
    opts = opts or Options()
    sample, _, rest = read_sample(chunks)
    if looks_like_jsonl(sample):
        try:
            for page in pages_from_records(json_records(itertools.chain([sample], rest), source)):
                if opts.lang != "auto":
                    page.lang = opts.lang  # an explicit --lang wins over the one recorded
                yield page
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise PaperError(source, f"not papercli JSON Lines ({type(e).__name__}: {e})") from None
        return
    if not sample:
        raise PaperError(source, "empty file, no text")
    enc, pieces = decode_stream(itertools.chain([sample], rest), source, opts.encoding)
    blank = True
    for n, chunk in enumerate(page_texts(pieces), 1):
        lines = ["" if ln.strip(" \t") == SEPARATOR else ln for ln in chunk.split("\n")]
        lang = opts.lang if opts.lang != "auto" else detect_lang(chunk)
        blank = blank and not chunk.strip()
        yield Page(source=source, number=n, lines=lines, encoding=enc, lang=lang)
    if blank:
        raise PaperError(source, "only whitespace, no text")


def load_pages(data: bytes, source: str, opts: Options | None = None) -> Iterator[Page]:
    """Pages of one input held in memory (see :func:`stream_pages`)."""
    return stream_pages([data], source, opts)
