"""The one data model every stage reads and returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Fix:
    """One kind of repair made on a page: which fix, how often, and a short example."""

    name: str
    count: int = 0
    before: str = ""
    after: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"fix": self.name, "count": self.count, "before": self.before, "after": self.after}


@dataclass
class Block:
    """A run of input lines that belong together.

    ``kind`` is ``body`` (a paragraph of running text) or ``line`` (a standalone
    short line: a headline, caption, byline or page furniture) after ``reflow``;
    ``segment`` refines it to ``headline``, ``caption``, ``byline`` or ``fragment``.
    """

    kind: str
    lines: list[str]
    start: int = 0
    text: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "lines": self.lines, "start": self.start, "text": self.text}


@dataclass
class Caption:
    """A photo caption; ``mark`` is the credit mark as printed (``摄``, ``攝影``, ``／攝影``, or
    the frame around the name: ``（{}攝）``, ``圖／{}提供``), kept in JSONL so that the text
    output prints it unchanged; empty when unknown."""

    text: str
    credit: str | None = None
    mark: str = ""

    def to_dict(self) -> dict[str, object]:
        if self.credit and self.mark:
            return {"text": self.text, "credit": self.credit, "mark": self.mark}
        return {"text": self.text, "credit": self.credit}


@dataclass
class Article:
    paragraphs: list[str]
    kicker: str | None = None
    headline: str | None = None
    subheadline: str | None = None
    headline_score: float | None = None
    dateline: str | None = None
    byline: str | None = None
    captions: list[Caption] = field(default_factory=list)
    #: the byline stood on a line of its own under the title, unbracketed (``記者陳明／台北報導``)
    byline_first: bool = False
    #: the width of the story's column lines (``segment``'s median, in half-width cells), for
    #: ``match`` to tell boxes apart; not part of the output
    column: float | None = None

    def printed_byline(self) -> str | None:
        """The byline as printed, in the full-width brackets ``segment`` took off it,
        or as it stood under the title.

        >>> Article([], byline="王艳").printed_byline()
        '（王艳）'
        >>> Article([], byline="記者陳明／台北報導", byline_first=True).printed_byline()
        '記者陳明／台北報導'
        >>> Article(["本报记者 孟瑶", "正文。"], byline="本报记者 孟瑶", byline_first=True).printed_byline() is None
        True
        >>> Article(["□ 陈立言", "正文。"], byline="陈立言", byline_first=True).printed_byline() is None
        True
        """
        if not self.byline:
            return None
        if self.byline_first and any(_signs(p, self.byline) for p in self.paragraphs[:3]):
            return None  # the reporters' or author's line kept as the story's first text is printed there
        return self.byline if self.byline_first else f"（{self.byline}）"


def _signs(paragraph: str, byline: str) -> bool:
    """``paragraph`` is the line that names ``byline`` (``本报记者  孟瑶``, ``□ 陈立言``):
    it ends with the byline and holds at most a mark of three characters more."""
    p, b = "".join(paragraph.split()), "".join(byline.split())
    return p.endswith(b) and len(p) <= len(b) + 3


@dataclass
class Loose:
    """Text that belongs to no article: an unattached headline, caption or fragment."""

    type: str  # "headline" | "caption" | "fragment"
    text: str
    credit: str | None = None
    mark: str = ""  # a caption's credit mark as printed (see Caption)


@dataclass
class Page:
    source: str
    number: int = 1
    lines: list[str] = field(default_factory=list)
    encoding: str | None = None
    lang: str | None = None
    blocks: list[Block] | None = None
    articles: list[Article] | None = None
    loose: list[Loose] = field(default_factory=list)
    #: headline blocks and captions found by ``segment`` and not yet attached by ``match``
    pending_headlines: list[dict[str, Any]] = field(default_factory=list)
    pending_captions: list[Caption] = field(default_factory=list)
    #: for each pending caption, the article it stood inside (-1: none)
    caption_owners: list[int] = field(default_factory=list)
    matched: bool = False
    converted: str | None = None
    fixes: list[Fix] = field(default_factory=list)
    #: the text of lines printed twice (fake bold: titles, captions), found by ``dedupe``
    bold: set[str] = field(default_factory=set)
    #: those of ``bold`` printed twice as a whole line (one text run: one title's line)
    whole: set[str] = field(default_factory=set)

    @property
    def structured(self) -> bool:
        """True once reflow has grouped the lines (line-level fixes no longer apply)."""
        return self.blocks is not None or self.articles is not None

    def record_fix(self, name: str, before: str, after: str, count: int = 1) -> None:
        """Add ``count`` to the fix ``name``, keeping the first example seen."""
        if count <= 0 or before == after:
            return
        for f in self.fixes:
            if f.name == name:
                f.count += count
                return
        self.fixes.append(Fix(name, count, before[:60], after[:60]))
