"""Hard-wrapped column lines to paragraphs, and standalone lines kept apart.

Signals, all measured on the page itself:
- a line clearly shorter than its column ends a block;
- a line ending a sentence followed by one about two characters short of the
  column (the lost first-line indent) ends a paragraph;
- a line ending a sentence followed by a wider line (another column, a headline);
- explicit indentation, where the extractor kept it;
- blank lines, unless nearly every line is followed by one (then a *missing*
  blank line joins two lines into one box instead);
- datelines, bylines and photo captions always stand at a block boundary.

A block whose last line does not end a sentence and that is not long running
text is a standalone ``line`` block (headline, kicker, furniture): it is split
back into its lines unless a bracket is left open or the extractor boxed them.
"""

from __future__ import annotations

import itertools
import re

from papercli.chars import CJK, CLOSERS, QUOTE_CLOSERS, bracket_balance, ends_sentence
from papercli.dedupe import overlap
from papercli.despace import fullwidth_punctuation
from papercli.droptitles import lift_dropped_titles, lift_titles
from papercli.dumps import (
    ANY_PUNCT,
    NO_LINE_START,
    POSITION_MARK,
    closed_title,
    column_tagged,
    dash_deck,
    phrase_title,
    wraps,
)
from papercli.join import join_cjk
from papercli.lang import detect_lang
from papercli.latin import latin_blocks
from papercli.layout import INDENT, Line, boxed, column_widths, fill_between, grid_ems, measure, visual_width
from papercli.lexicon import WORD_CUT, join_gain
from papercli.lineends import (
    BULLET_POINT,
    CREDIT_PIECE,
    END_PUNCT,
    LABEL_LINE,
    LONE_MARK,
    ORDINAL_POINT,
    TAIL,
    credit_pieces,
    credit_with_names,
    ends_block,
    label_and_address,
    open_dateline,
    punct_slack,
    special_kind,
    switch_slack,
)
from papercli.model import Block, Page
from papercli.names import full_name, person_name
from papercli.signals import (
    author_note,
    byline_only,
    closing_byline,
    closing_credit,
    closing_dateline,
    dateline,
    end_note,
    field_line,
    folio,
    photo_credit_line,
    place_credit,
    reporter_line,
    signature,
    slashed_credit,
    source_note,
)

_MID_PUNCT = re.compile(r"[，、；：,;]")
_NO_LINE_START = NO_LINE_START | frozenset(CLOSERS)  # marks a typesetter never sets at a line's start
_LEADING_RUN = re.compile(r"[“‘「『（(《]?[0-9A-Za-z][0-9A-Za-z.,:%/—–\- ]*")  # an opening mark goes down with its run
_WORD = re.compile(r"\w")
_CLOSER_FIRST = re.compile(rf"\s*[{re.escape(CLOSERS)}]")  # a line opening with a closing mark opens no paragraph
_CLOSING_ONLY = re.compile(rf"\s*[{re.escape(CLOSERS)}]+[。，！？；：]?\s*")  # ``”`` alone on a line
_ASCII_WORD = re.compile(r"[0-9A-Za-z]")
_SECTION_NUMBER = re.compile(r"[〇零一二三四五六七八九十0-9]+")  # a numbered part's heading alone (``四``)
_LABELLED = re.compile(r"[^，。：:]{2,6}[：:]")  # a fact box's line: ``發生原因：…``
_HAN_ONLY = re.compile(f"[{CJK}]+")
#: Han characters and full-width marks alone: no digit or Latin letter, so a line's count of
#: characters is its count of cells (but for a mark the typesetter set narrow)
_FULL_WIDTH_LINE = re.compile(f"[{CJK}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018-\u201d\u2014\u2026]+")
HEADING_MIN = 6  # characters: a heading a cell short of its column (:meth:`_Reflower.heading_a_cell_short`)
_HAN_END = re.compile(f"[{CJK}]$")  # a line that ends in a character, no mark
_SENTENCE_STOP = re.compile(r"[。！？!?]")  # a sentence's end anywhere in a line
_HAN_OPENING = re.compile(f"[“「『]?[{CJK}]+")  # all Han, maybe after the quote that opens the line
_QUOTED_HEADING = re.compile(r"[「“『][^「」“”『』。！？，；]+[」”』]")  # a quote with no stop or comma
GLYPHS = 2  # characters: a line this short outside any column is a piece of a line
_QUOTED_START = re.compile(r"[“‘「『][\u4e00-\u9fff]{1,2}[”’」』]")  # a quoted word of one or two characters
_NAME_PIECE = re.compile(r"[\u4e00-\u9fff]{1,3}")  # a name, or part of one, on a line of its own


def plain_heading(text: str) -> bool:
    """Han characters alone, :data:`HEADING_MIN` or more: a line that may be a heading
    counted in cells (:meth:`_Reflower.heading_a_cell_short`, :meth:`_Reflower.indented_in_cells`).

    >>> plain_heading("海岛小学有了新操场"), plain_heading("海岛小学，新操场"), plain_heading("新操场")
    (True, False, False)
    """
    return len(text) >= HEADING_MIN and bool(_HAN_ONLY.fullmatch(text))


def continues_line(prev: str, text: str) -> bool:
    """``text`` is a name in brackets, as a byline is, right after a line that holds
    no sentence punctuation and closes its brackets: it goes with that line, not on
    its own, when that line is short (:meth:`_Reflower.ends_short`; a full one is
    text cut mid-sentence). It is the title's column tag (``数据分析与“慢变量”`` /
    ``（新知）``) or the byline after a note or a signature (``資料來源：罕見疾病基金會``
    / ``（報導．攝影╱游竹君）``), which the later stages take apart. (A reporter
    after a dateline has rules of its own: :meth:`_Reflower.reporter_after_dateline`.)

    >>> continues_line("数据分析与“慢变量”", "（新知）"), continues_line("大家都很高兴。", "（王艳）")
    (True, False)
    """
    return bool(byline_only(text)) and closed_title(prev)


def name_goes_on(so_far: str, text: str) -> bool:
    """``text`` is a name, or part of one, going on a reporter line that the extractor
    cut into its role and names, a line each (``本报记者`` / ``方`` / ``敏``).

    >>> name_goes_on("本报记者", "王小明"), name_goes_on("本报记者方", "敏"), name_goes_on("本报记者方敏", "冬日暖阳里，")
    (True, True, False)
    >>> name_goes_on("过节守夜在路上", "王小明")
    False
    """
    return bool(_NAME_PIECE.fullmatch(text.strip()) and _ROLE_NAMES.fullmatch(so_far.strip()))


_SIGNOFF_HEAD = re.compile(r"\s*(?:——|--)[\u4e00-\u9fff]{1,2}\s*")
_SIGNOFF_TAIL = re.compile(r"\s*[\u4e00-\u9fff]{1,2}\s*")


def join_cut_signoffs(lines: list[str]) -> list[str]:
    """A sign-off spread across the column (``——编 者``, an editor's note's) that the
    extractor cut at its gap, a line each, is one line again, the gap kept, as a
    text layer that kept it whole gives it.

    >>> join_cut_signoffs(["敬请关注。", "——编", "者", "编辑同志："])
    ['敬请关注。', '——编 者', '编辑同志：']
    >>> join_cut_signoffs(["——编", "“大家好”"])
    ['——编', '“大家好”']
    """
    out: list[str] = []
    for ln in lines:
        if out and _SIGNOFF_HEAD.fullmatch(out[-1]) and _SIGNOFF_TAIL.fullmatch(ln):
            out[-1] = f"{out[-1].rstrip()} {ln.strip()}"
        else:
            out.append(ln)
    return out


#: a reporter's role, then the names (or parts of names) so far, without spaces
_ROLE_NAMES = re.compile(r"(?:本[报報]|新[华華]社)?(?:记者|記者)[\u4e00-\u9fff]{0,6}")


def closed_line(g: list[Line]) -> str:
    """The last printed line of the lines ``g``: the last line, with the line before
    it when it holds only the closing mark the typesetter pushed down to a line of
    its own (``“今年不回老家了。`` / ``”``): its sentence ends where the mark closes.

    >>> closed_line(measure(["“今年不回老家了。", "”"])), closed_line(measure(["好。", "天气"]))
    ('“今年不回老家了。”', '天气')
    """
    last = g[-1].text
    if len(g) >= 2 and _CLOSING_ONLY.fullmatch(last):
        return g[-2].text + last.strip()
    return last


def tagged_title(g: list[Line]) -> bool:
    """A title line and its column tag (:func:`continues_line`), a bare word in
    brackets: a title to attach, not a paragraph (``科幻成为中国故事创作新天地`` /
    ``（艺海观澜）``). A reporter or a credit in the brackets is a byline."""
    return (len(g) == 2 and continues_line(g[0].text, g[1].text) and not _CREDIT_MARK.search(g[1].text)
            and not dateline(g[0].text))


def signoff_runs_on(text: str) -> bool:
    """A quote's dash sign-off that fills its line and stops with no mark
    (``——某国某市市`` / ``长某某``): the name runs on into the next line, even one short
    by the indent, which is the sign-off's end and not a new paragraph's first line.
    The caller checks that the line is full.

    >>> signoff_runs_on("——某国某市市"), signoff_runs_on("——编者"), signoff_runs_on("他说。")
    (True, True, False)
    >>> signoff_runs_on("——随时准备着。”")  # a dash inside a quote that ends here
    False
    """
    t = text.strip()
    return t.startswith(("——", "--")) and not ends_sentence(t) and not ANY_PUNCT.search(t.rstrip(CLOSERS)[-1:])


def tag_not_byline(text: str) -> bool:
    """A line closed by a column tag (:func:`column_tagged`) that no byline could close:
    the bracket holds no person's name and no reporter's or credit's mark, and no full
    stop comes before it (``回家过年去！（新春影像）``; ``大家都笑了。（王艳）`` is a
    paragraph's last line and its byline).

    >>> tag_not_byline("工友们，回家过年去！（新春影像）"), tag_not_byline("他说！（王艳）")
    (True, False)
    >>> tag_not_byline("大家都笑了。（新春影像）")
    False
    """
    t = text.strip()
    if not column_tagged(t):
        return False
    head, _, inner = t.rstrip("）)").rpartition("（" if "（" in t else "(")
    return not head.endswith("。") and not person_name(inner) and not _CREDIT_MARK.search(inner)


def dashed_title(g: list[Line]) -> bool:
    """A title closed by its column tag, then its dash subtitle, none of it a sentence:
    a title to attach, not a paragraph (``稳中求进，从大势看经`` / ``济形势（人民时评）`` /
    ``——中国经济的底气从何而来``). A dash line alone is a sign-off and closes a block.

    >>> dashed_title(measure(["稳中求进，从大势看经", "济形势（人民时评）", "——中国经济的底气从何而来"]))
    True
    >>> dashed_title(measure(["大家读了都说这篇文章写得好。", "——编者"]))
    False

    So is a line with no mark at all over its dash subtitle (``向世界展现美丽山西新画卷`` /
    ``——记外交部山西全球推介活动``): a quote's source signs a sentence.

    >>> dashed_title(measure(["向世界展现美丽山西新画卷", "——记外交部山西全球推介活动"]))
    True
    """
    if len(g) < 2 or not g[-1].text.lstrip().startswith(("——", "--")):
        return False
    head = "".join(ln.text.strip() for ln in g[:-1])
    titled = column_tagged(head) or (len(g) == 2 and not ANY_PUNCT.search(head))  # or one line with no mark at all
    return titled and not ends_sentence(head) and not any(ends_sentence(ln.text) for ln in g[:-1])


_EXCLAIMED = re.compile(r"[^。；]{2,}[！？][”’」』]?[（(][^（）()]{2,8}[）)]")


def dash_subtitle(g: list[Line], before: Block) -> bool:
    """A line of its own that opens with a dash (``——《新的贡献》简评``) right after a
    title line (``before``, a standalone line that ends no sentence) is that title's
    subtitle, not a signature closing a quote (``——编者``, after the quote's stop).

    >>> dash_subtitle(measure(["——《新的贡献》简评"]), Block("line", ["（新书评介）"], 0, "（新书评介）"))
    True
    >>> dash_subtitle(measure(["——编者"]), Block("line", ["这是好事。"], 0, "这是好事。"))
    False
    """
    return len(g) == 1 and g[0].text.lstrip().startswith(("——", "--")) and not ends_sentence(before.text)


def exclaimed_title(g: list[Line]) -> bool:
    """One line that ends on ``！``/``？`` and a word in brackets, as a title closed by its
    column tag does (``年货市场真热闹！（新春走基层）``); after a title line it is
    another title, not a paragraph signed by a byline.

    >>> exclaimed_title(measure(["年货市场真热闹！（新春走基层）"])), exclaimed_title(measure(["真好。（王艳）"]))
    (True, False)
    """
    return len(g) == 1 and bool(_EXCLAIMED.fullmatch(g[0].text))


#: what a bracketed byline holds and a column tag does not: a role, a credit's slash, a list
_CREDIT_MARK = re.compile(r"记者|記者|通讯员|通訊員|报道|報導|摄|攝|[╱/／、，,]")


JUSTIFIED_LINE = 6  # characters: a shorter line is no line of justified running text (a title's piece)
PULL_LINES = 5  # lines of a pull quote set under a paragraph in its column, at the most (:meth:`_Reflower.pulled_tail`)
WRAPPED_LINE = 14  # characters: a standalone line this long is no title piece but a line of a sentence
FIRST_FULL_TOL = 1.5  # half-em units: a full indented first line may measure short by this (a mark set narrow)
INDENT_SLACK = 3.0  # half-em units: an indented first line may stop short by more than its indent, by a character
WIDE_OVER = 1.5  # times its column: a line this wide that ends a sentence is set across columns
CLOSE_REACH = 6  # lines: how far the bracket that opens a note may close without a break
LONE_TITLE_MIN = 8  # characters: a shorter line alone in its box may be a paragraph's piece (:meth:`_Reflower.title_alone`)
TINY_TAIL = 4  # characters: a line this short that ends with a mark is a sentence's last words (:meth:`_Reflower.tiny_tail`)
_TAIL_MARKS = frozenset("，、；。！？")
STACK_WIDTH = 16.0  # half-ems (eight Han characters): no column of text is narrower
FAR_WIDER = 2.0  # times a column's width: the next line is none of its paragraph (:meth:`_Reflower.widens_far`)
TITLE_BOX_LINES = 3  # lines: a box of titles is a title, its deck and a kicker at most (:meth:`_Reflower.title_box`)


class _Reflower:
    def __init__(self, lines: list[Line], lang: str, bold: set[str] | None = None) -> None:
        self.lines = lines
        self.lang = lang
        self.bold = [ln.text in (bold or ()) for ln in lines]  # printed twice (fake bold)
        self.folio = [lang == "zh" and folio(ln.text) for ln in lines]  # the page's running head or foot
        self.boxed = boxed(lines)
        ws = [ln.width for ln in lines]
        widest = max(ws) if ws else 0.0
        self.tol = 3.0 if lang == "zh" else max(3.0, 0.08 * widest)
        texts = [ln.text for ln in lines]
        self.col = fill_between(column_widths(ws, self.tol, continued=[
            k > 0 and not ends_block(texts[k - 1]) and ends_block(texts[k]) for k in range(len(lines))
        ]), ws, self.tol)
        if len(lines) < 7:
            # a snippet too short for local statistics: two lines agreeing make a column
            found = [v for v in ws if sum(1 for w in ws if v - self.tol <= w <= v) >= 2]
            if found:
                self.col = [c if c is not None else max(found) for c in self.col]
        self.special = [self.kind_of(k, texts) for k in range(len(lines))]
        self.slack = [switch_slack(t) for t in texts]  # a line's gaps at switches of script
        self.credit_cuts = credit_pieces(texts)
        self.pos = {ln: k for k, ln in enumerate(lines)}  # lines hash by identity
        self.indented_page = sum(ln.indent > 0 for ln in lines) < 0.7 * len(lines)
        self.spans: list[tuple[int, int]] | None = None  # each line's text box (:meth:`box_span`)

    def kind_of(self, k: int, texts: list[str]) -> str | None:
        """:func:`special_kind` of line ``k``, but none for a bracket that goes with
        the short line before it (:func:`continues_line`), or with a title line printed
        in fake bold however wide, or with one that closes a quote, however wide (the
        bracket glosses the quoted word: ``精准扶贫“瓦吉瓦”`` / ``（好得很）``, a heading as
        wide as its column), unless that line ends a dateline (its reporter:
        :meth:`reporter_after_dateline`)."""
        kind = special_kind(texts[k])
        title_before = k and (self.ends_short(k - 1) or self.bold[k - 1] or texts[k - 1].rstrip().endswith(QUOTE_CLOSERS))
        if (kind == "byline" and title_before and continues_line(texts[k - 1], texts[k])
                and not any(dateline("".join(texts[i:k])) for i in range(max(0, k - 2), k))):
            return None
        return kind

    def ends_short(self, j: int) -> bool:
        """Line ``j`` is no full line of a column (a title, a dateline, a note), or
        stands where no column is measured."""
        w = self.col[j]
        return w is None or self.lines[j].width < w - self.tol

    def first_line_runs_on(self, j: int, w: float) -> bool:
        """Line ``j``, a paragraph's first line (the line before ended one) that ends a
        sentence, is as wide as an indented first line (within :data:`FIRST_FULL_TOL`; no
        slack for its marks: a short line full of them is a line of dialogue), and the
        next line, in the same column, runs on at the full width of column ``w``
        without ending a block: the sentence ended at the line's end by chance and the
        paragraph goes on, since a paragraph's first line is indented and the next one
        is no first line (``志愿者们一早就赶来搭起了帐篷。`` / ``“今天来的人比去年多，大家
        都想量量血`` / ``压，…”志愿者小李说。``).
        """
        below = self.col[j + 1] if j + 1 < len(self.lines) else None
        if below is None or abs(below - w) > self.tol:
            return False
        width = self.lines[j].width
        return self.runs_full(j + 1, w) and w - INDENT - FIRST_FULL_TOL <= width <= w - INDENT + self.tol

    def runs_full(self, k: int, w: float) -> bool:
        """Line ``k`` ends no block and fills column ``w`` (with the slack of its marks and
        of its switches of script): a line of running text that no paragraph opens."""
        return not ends_block(self.lines[k].text) and self.full_width(k) >= w - self.tol

    def indent_first(self, j: int, w: float, opens: bool = False) -> bool:
        """Line ``j`` is a little short, follows a paragraph end (``opens``: the line
        before was found to end one), and precedes a full line.

        That is a paragraph's first line that lost its indent; a headline or a
        heading is followed by an indented (short) line instead, unless the line
        is short by exactly the indent (a paragraph of two lines). A line closed by
        a column tag is a title line (:meth:`tag_closes_title`; after a paragraph's
        end the bracket may gloss a name), a line that is one quote without a stop in
        it is a heading (``「日子總會好起來」``), and so is a line before a paragraph's
        own indented first line (:meth:`next_opens`). A Latin run the typesetter took
        down to the next line counts to its width (``…实现基于`` / ``RFID技术的…``).
        Before a line set in a wider column it is none: a paragraph's lines share their
        column (a photo credit, ``李明摄（新华视点）``, then the next story's text).
        """
        width = self.lines[j].width + self.latin_pushed(j, w)  # with the run the typesetter took down
        if width < w - 2 * INDENT or _QUOTED_HEADING.fullmatch(self.lines[j].text) or self.tag_closes_title(j):
            return False
        if phrase_title(self.lines[j].text):
            return False
        if self.next_opens(j, w):
            return False
        prev_ends = j == 0 or opens or ends_block(self.lines[j - 1].text) or self.lines[j].blank_before or (
            self.col[j - 1] is not None and self.lines[j - 1].width < w - 2 * INDENT
        )
        if j + 1 >= len(self.lines):
            return False
        nxt, ncol = self.lines[j + 1], self.col[j + 1]
        if nxt.width > w + 2 * self.tol and (ncol is None or ncol > w + 2 * self.tol):
            return False  # the next line runs in a wider column: another block's
        # short by exactly the indent; a line of running text (a sentence mark in it) before a last
        # line that ends the sentence, by a little more where its marks may be set narrow
        # (punct_slack: ``…如何？…“市长负责制”的期终`` / ``考试。``); a title has no such mark
        text = self.lines[j].text
        slack = punct_slack(text) if ends_sentence(nxt.text) and ANY_PUNCT.search(text) else 0.0
        exact = -1.5 - slack <= width - (w - INDENT) <= 1.5
        # the next line runs on full (a heading is followed by a short, indented one)
        runs_on = self.runs_full(j + 1, w)
        return prev_ends and (runs_on or exact or (ncol is not None and nxt.width >= ncol - self.tol))

    def title_past_column(self, j: int, w: float) -> bool:
        """Line ``j`` runs past its column ``w`` and reads as a whole title (no sentence
        mark in it and its brackets closed, or closed by its column tag), and the next
        line may open a line and is no wrap of it (:func:`dumps.wraps`: a caption's
        lines across its photo run alike): a title set in a larger font among the titles
        the extractor emitted after the bodies (``坚持走绿色发展之路（新论）`` /
        ``城乡公共文化服务网络基本建成``), not the first piece of a paragraph; a
        paragraph's lines stay in their column."""
        a, b = self.lines[j], self.lines[j + 1]
        if ((a.width <= w + 2 * self.tol and not self.tagged_past(j, w)) or b.text.lstrip()[:1] in NO_LINE_START
                or POSITION_MARK.search(b.text)):
            return False  # a caption after a title is taken apart with the captions
        if a.text.lstrip().startswith(("——", "--")):
            return False  # a dash line: a subtitle or an author's sign-off, with what follows
        whole = closed_title(a.text) and " " not in a.text.strip()  # spaced pieces: titles glued, cut later
        return (whole or column_tagged(a.text.strip())) and not ends_block(a.text) and not wraps(a.text, b.text)

    def next_opens(self, j: int, w: float) -> bool:
        """The line after line ``j`` is all Han (after an opening quote, maybe), short of
        its column ``w`` by the indent (within half a character), and the line after it
        is full: that line opens a paragraph, so line ``j`` is no first line of one but a
        heading or a paragraph of one line (``少上課成績仍優異`` / ``曾任小星國中班導師的`` /
        ``陳莉平說，…``; ``村里的路宽了`` / ``“这条路我们村盼了`` / ``…``).
        Marks set close inside a line and Latin letters or digits make a width a guess;
        under a bulleted heading (``■村里修起新路，路通到家门口`` / ``今年开春以来，村里…``)
        marks are allowed, since they can only make a first line look wider than it is.
        Counted in characters (:meth:`indented_in_cells`), no column need be measured."""
        if j + 2 >= len(self.lines):
            return False
        b, c = self.lines[j + 1], self.lines[j + 2]
        if self.indented_in_cells(j):
            return True
        exact = _HAN_OPENING.fullmatch(b.text) or (  # under a bulleted heading, a line with marks
            BULLET_POINT.match(self.lines[j].text) and not _ASCII_WORD.search(b.text) and not _CLOSER_FIRST.match(b.text))
        if not exact or ends_block(c.text):
            return False
        full = self.full_width(j + 2)
        return abs(b.width - (w - INDENT)) <= 1.0 and full >= w - self.tol and abs(full - b.width - INDENT) <= 1.0

    def indented_in_cells(self, j: int) -> bool:
        """Counted in characters, the line after line ``j`` is a paragraph's first line
        that lost its indent of two cells: it and the two lines after it are Han
        characters and full-width marks alone, the two after it hold the same count
        and it two fewer, and line ``j``, Han characters alone (:data:`HEADING_MIN` or
        more), is shorter still. Line ``j`` is then a heading over that paragraph, even
        where the column measured at it is the story's before (a letter's heading,
        ``让农村留住好医生`` / ``乡村医生，守护着村民`` / ``的健康，…``), not a
        first line; widths would need the column, counts of cells need none.

        >>> letter = ["让农村留住好医生", "乡村医生，守护着村民", "的健康，也守护着一方平安", "然而，年轻医生不愿意下乡"]
        >>> r = _Reflower(measure(letter), "zh")
        >>> r.indented_in_cells(0), r.indented_in_cells(1)
        (True, False)
        """
        if j + 3 >= len(self.lines):
            return False
        a, b, c, d = (self.lines[k].text for k in range(j, j + 4))
        if not plain_heading(a) or len(a) >= len(b):
            return False
        if not all(_FULL_WIDTH_LINE.fullmatch(x) for x in (b, c, d)) or ends_block(c):
            return False
        return len(c) == len(d) == len(b) + round(INDENT / 2) and join_gain(a, b) < WORD_CUT

    def tag_closes_title(self, j: int) -> bool:
        """Line ``j`` is closed by a column tag (:func:`column_tagged`) and follows a
        line that ends no block (a title's first piece: ``一项了不起的科技`` /
        ``壮举（国际论坛）``) or opens the page, or the next line opens with its copy
        (fake bold, glued to the title after it): a title line. After a paragraph's
        end with its copy nowhere near, the bracket may gloss a name at the end of a
        paragraph's first line (``52歲的阿發（謝新發）``)."""
        text = self.lines[j].text.strip()
        if not column_tagged(text):
            return False
        if j == 0 or not ends_block(self.lines[j - 1].text):
            return True
        return j + 1 < len(self.lines) and self.lines[j + 1].text.lstrip().startswith(text)

    def tagged_title_after(self, j: int, w: float) -> bool:
        """The line after line ``j`` (which ends a block) is closed by a column tag
        (:func:`column_tagged`) and short of the column by more than two indents: a
        title set after the story (``…脱了贫。”`` / ``工友们，回家过年去！（新春影像）``),
        not the last line of its paragraph, and too short to be the first line of one
        that glosses a name in brackets (``52歲的阿發（謝新發）``)."""
        b = self.lines[j + 1]
        return b.width < w - 2 * INDENT and tag_not_byline(b.text)  # the width first: it is cheap

    def tagged_past(self, k: int, w: float) -> bool:
        """Line ``k`` is closed by a column tag that no byline could close
        (:func:`tag_not_byline`) and runs past the column ``w`` by more than the
        tolerance, its width exact (no Latin letters or digits): a title set in a
        larger font among the titles dumped after the bodies (``仿古小镇为何昙花一现
        （来信调查）``, 31 half-ems by a column of 26.6), not a line of a paragraph.
        Two tolerances are asked of other lines past the column; a column tag
        closing the line says title already.

        >>> r = _Reflower(measure(["村里的未来，值得期待。”", "老街为何冷清（来信调查）", "今年春节，"]), "zh")
        >>> r.tagged_past(1, 19.0), r.tagged_past(1, 21.0), r.tagged_past(0, 19.0)
        (True, False, False)
        """
        b = self.lines[k]
        return b.width > w + self.tol and not _ASCII_WORD.search(b.text) and tag_not_byline(b.text)

    def tagged_alone(self, j: int, w: float) -> bool:
        """The line after line ``j`` (which ends a block) is closed by a column tag that
        no byline could close (:func:`tag_not_byline`), and the line after it cannot go on
        from it: there is none, or it is short of the column ``w`` by more than two
        indents, or it is closed by a column tag itself. A title as wide as its story's
        column, dumped after the bodies with the other titles (``…走进了千家万户。`` /
        ``小店里的大民生，一碗面温暖一条街（民生观察·小店（上））`` / ``春来早（图片新闻）``),
        is neither the last line of the paragraph above nor a first line (which would
        go on at full width: ``52歲的阿發（謝新發）`` / ``…``).

        >>> r = _Reflower(measure(["好日子越过越红火，走进了千家万户。",
        ...                        "小店民生，面暖一街（民生观察·小店（上））", "春来早（图片新闻）"]), "zh")
        >>> r.tagged_alone(0, 38.0)
        True
        >>> r = _Reflower(measure(["好日子越过越红火，走进了千家万户。",
        ...                        "小店民生，面暖一街（民生观察·小店（上））",
        ...                        "街坊们早早排起了长队，等着这一碗热面出锅"]), "zh")
        >>> r.tagged_alone(0, 38.0)
        False
        """
        if not tag_not_byline(self.lines[j + 1].text):
            return False
        if j + 2 >= len(self.lines):
            return True
        c = self.lines[j + 2]
        return c.width < w - 2 * INDENT or column_tagged(c.text.strip())

    def opens_column(self, j: int) -> bool:
        """Line ``j`` opens a paragraph mid-sentence and is short of the next line by
        exactly the indent, the next line being full in its own column: the indented
        first line of a story whose column is narrower than the one before it
        (``新中国成立后，特别是`` / ``改革开放以来，中国通信业``), not a line of that
        wider column ending early. Not when the next line's column is no narrower
        than this line's: then the next line is its column's indented first line,
        and line ``j`` a heading standing alone (``新农民从哪里来`` / ``新农民和老农民，有``).
        Nor when the line after the next fills a column wider than the next line by
        the indent (:meth:`indented_over`): the next line is that column's indented
        first line, measured as a column of its own, and line ``j`` a heading over it.
        """
        if j + 1 >= len(self.lines) or ends_block(self.lines[j].text) or END_PUNCT.search(self.lines[j].text):
            return False
        a, b, nc, w = self.lines[j], self.lines[j + 1], self.col[j + 1], self.col[j]
        if w is not None and nc is not None and nc >= w - self.tol:
            return False  # the next line's column is this one's: it is that column's indented first line
        if self.indented_over(j + 1):
            return False
        return abs(b.width - a.width - INDENT) <= 1.5 and nc is not None and abs(b.width - nc) <= self.tol

    def indented_over(self, k: int) -> bool:
        """Line ``k`` is short by exactly the indent of the column the next line fills:
        it is that column's indented first line, whatever column was measured for it.

        ``当地政府日前宣布，新建的两座深`` (15 cells) over ``水泊位正式投入使用，年吞吐能力提高`` (17).
        """
        if k + 1 >= len(self.lines) or ends_block(self.lines[k].text):
            return False
        b, c, cc = self.lines[k], self.lines[k + 1], self.col[k + 1]
        if cc is None or c.width < cc - self.tol:
            return False
        return -1.5 <= b.width + punct_slack(b.text) - (cc - INDENT) <= 1.5

    def deck_ends(self, j: int, w: float) -> bool:
        """Line ``j`` stops short of its column ``w`` by a character or more without
        ending a sentence, after a line at least as wide, and the next line is short by
        exactly the indent before a full line: a deck or pull quote set above the story
        ends there, and the story's indented first line follows (``…为新时代提供`` /
        ``中国视角和经验`` / ``今年春节档，`` / ``中国科幻电影…``). The short line must
        be all Han: marks set close and Latin letters or digits make a width a guess.
        """
        if self.lang != "zh" or j < 1 or j + 2 >= len(self.lines) or self.pushed(j):
            return False
        p, a, b, c = self.lines[j - 1 : j + 3]
        if p.width + punct_slack(p.text) < a.width - 2.0 or ends_block(p.text):
            return False  # the deck (its column may be narrower) runs on from the line before
        if not _HAN_ONLY.fullmatch(a.text) or len(a.text) < JUSTIFIED_LINE or ends_block(a.text):
            return False  # marks set close make a line's width a guess
        if any(_ASCII_WORD.search(x.text) for x in (b, c)):
            return False  # so do Latin letters and digits
        return (a.width <= w - 1.5 + 0.01 and abs(b.width - (w - INDENT)) <= 1.0 and not ends_block(b.text)
                and c.width >= w - 1.0)

    def wider_after(self, j: int, w: float) -> bool:
        """The second line after line ``j`` is wider than its column ``w``, the first
        one too once its indent is counted: a wider column starts there (no line runs
        past its own column).

        ``…一条龙一站式服务。`` (a full line of 35) / ``春节是辞旧迎新的…`` (39.5) / ``新的憧憬…`` (39.5).
        """
        after = self.lines[j + 1 : j + 3]
        return len(after) == 2 and after[0].width > w - INDENT + self.tol and after[1].width > w + self.tol

    def narrow_between(self, j: int, w: float) -> bool:
        """Line ``j`` fills a column ``w`` of its own, narrower than the columns of the lines
        on either side (than the next one by more than an indent), and the next line runs
        past it: a heading set in a box over the first line of its text (``港口新建泊位``
        over a line half as wide again), or the last line of a heading wrapped above its
        item; a paragraph's lines keep their column's width, but for the indent of its first
        line (``2019 年上半年，…`` measures short by its figure's gaps too).
        """
        a, b = self.lines[j], self.lines[j + 1]
        before = self.col[j - 1] if j > 0 else None
        after = self.col[j + 1]
        full = max(w, self.full_width(j))  # its column, or what it may print as with its marks' and figures' slack
        return (a.width <= w + self.tol and b.width > full + 2 * self.tol
                and after is not None and after > full + INDENT + INDENT_SLACK + self.tol
                and (before is None or before > full + 2 * self.tol))

    def wide_sentence_over_column(self, j: int, w: float) -> bool:
        """Line ``j`` ends a sentence and is more than :data:`WIDE_OVER` times as wide as
        the column ``w`` that the next line fills: a caption or note set across columns
        (``…独自照顾两个孙子。`` over ``张先生（右）腰伤后卧床不起``), whose text ends there, not a
        line of the column's paragraph. A short line after it (a photo credit's name cut
        over lines, ``梁美丽`` / ``摄``) may still be its own, as may the lines of a "column"
        narrower than any column of text (:data:`STACK_WIDTH`).
        """
        a, b = self.lines[j], self.lines[j + 1]
        fills = w - INDENT - INDENT_SLACK <= b.width + punct_slack(b.text) <= w + self.tol
        return ends_sentence(a.text) and w >= STACK_WIDTH and a.width > WIDE_OVER * w and fills

    def column_widens(self, j: int, w: float) -> bool:
        """Across the blank line after line ``j`` (of column width ``w``), the next line
        and the column it opens (or the line under it, in one block with it) are far
        wider (by two tolerances): the text after the blank is set in another column,
        which no paragraph runs on into. Line ``j`` ends its block, whatever its width:
        a title that happens to be as wide as the column above it (OCR and pdftotext
        read titles in place: ``…的每一步。`` / blank /
        ``印度推进“理想乡村计划”`` (23 half-ems, the column above 23.5) / blank /
        ``从印度首都新德里出发，…`` (55) is a title and a paragraph, not one line).

        >>> r = _Reflower(measure(["推进理想乡村计划建设", "从首都出发，车辆驶过新修的柏油路，很快就进入",
        ...                        "村里。", "村里新修了文化活动中心"]), "zh")
        >>> r.col = [20.0, 44.0, 44.0, 20.0]
        >>> r.column_widens(0, 20.0), r.column_widens(2, 20.0)
        (True, False)
        """
        wide = w + 2 * self.tol
        b, nc = self.lines[j + 1], self.col[j + 1]
        c = self.lines[j + 2] if j + 2 < len(self.lines) else None
        return b.width > wide and ((nc is not None and nc > wide)
                                   or (c is not None and not c.blank_before and c.width > wide))

    def title_alone(self, j: int, w: float) -> bool:
        """Line ``j`` stands alone between blank lines (or first on the page), reads as a
        title (:func:`closed_title`, :data:`LONE_TITLE_MIN` characters or more, no
        dateline, no word of the dictionary across the blank), and the line after the
        blank opens a paragraph: a dateline, or an indented first line (narrower than
        its column, ``w`` if unmeasured, by an indent, ending no sentence). OCR and
        pdfminer read titles in place, in a text box of their own; a title two em
        narrower than the column looks like an indented first line whose paragraph
        goes on, and a year opening the next line looks pushed down from it
        (``新时代工会工作的理论指导和行动指南`` / blank / ``2018年10月29日，习近平…``).
        The first line of a paragraph alone in its box goes on into a full line
        (``日新月异的技术突破开拓着媒体的边`` / blank / ``界，正是…``).

        >>> lines = ["乡村振兴的理论指导和行动指南", "2018年，全县上下", "认真学习贯彻会议精神，加快推进"]
        >>> r = _Reflower(measure(lines), "zh")
        >>> r.lines[1].blank_before = True
        >>> r.col = [30.0, 30.0, 30.0]
        >>> r.title_alone(0, 30.0), r.title_alone(1, 30.0)
        (True, False)
        """
        a, b = self.lines[j], self.lines[j + 1]
        if not (j == 0 or a.blank_before) or len(a.text.strip()) < LONE_TITLE_MIN or not closed_title(a.text):
            return False
        if dateline(a.text) or open_dateline(a.text) or join_gain(a.text, b.text) >= WORD_CUT:
            return False
        return bool(dateline(b.text)) or self.short_first(j + 1, w)

    def box_span(self, j: int) -> tuple[int, int]:
        """The first and last line of the extractor's text box holding line ``j`` (lines
        between blank lines), found for every line at the first call."""
        if self.spans is None:
            starts = [k for k, ln in enumerate(self.lines) if k == 0 or ln.blank_before]
            ends = [k - 1 for k in starts[1:]] + [len(self.lines) - 1]
            self.spans = [span for span in zip(starts, ends, strict=True) for _ in range(span[0], span[1] + 1)]
        return self.spans[j]

    def title_box(self, j: int, w: float, depth: int = 0) -> bool:
        """Line ``j`` is in a box of two or three lines (between blank lines), each
        read as a title or deck line (:func:`closed_title`, no dateline), with no word
        of the dictionary across the blank after it, and what follows the blank opens
        a paragraph (a dateline, an indented first line) or is such a box itself.
        pdfminer reads titles in place, each in a box of its own, and a title with its
        deck in one box as wide as a column by chance ran into the paragraph under it
        with the other titles stacked beside it (``夜市開張 年輕人回鄉創業`` /
        ``「在家門口也能闖出名堂」`` / blank / ``「以前一到晚上，``). One line alone is
        :meth:`title_alone`'s.

        >>> lines = ["港口扩建 三年完工", "「货运量要翻一番」", "东港区码头上，吊车", "正在装卸集装箱，工人们"]
        >>> r = _Reflower(measure(lines), "zh")
        >>> r.lines[2].blank_before = True
        >>> r.col = [20.0, 20.0, 20.0, 20.0]
        >>> r.title_box(0, 20.0), r.title_box(2, 20.0)
        (True, False)
        """
        k, e = self.box_span(j)
        if not 2 <= e - k + 1 <= TITLE_BOX_LINES or e + 1 >= len(self.lines) or depth > TITLE_BOX_LINES:
            return False
        texts = [ln.text.strip() for ln in self.lines[k:e + 1]]
        if not all(closed_title(t) and not dateline(t) and not open_dateline(t) for t in texts):
            return False
        b = self.lines[e + 1]
        if len("".join(texts)) < LONE_TITLE_MIN or join_gain(texts[-1], b.text) >= WORD_CUT:
            return False
        if dateline(b.text):
            return True
        indented = self.short_first(e + 1, w) or (not ends_block(b.text) and self.grid_indent(e + 1))
        return indented or self.title_box(e + 1, w, depth + 1)

    def short_first(self, k: int, w: float) -> bool:
        """Line ``k`` reads as an indented first line after a title: it ends nothing
        and is narrower than its column (``w`` if unmeasured) by an indent."""
        b = self.lines[k]
        return not ends_block(b.text) and b.width <= (self.col[k] or w) - INDENT + 1.5

    def grid_indent(self, j: int) -> bool:
        """Line ``j`` opens its box two em short of the box's other lines, counted in a
        grid (:func:`grid_ems`): an indented first line, whatever the column measured
        around it (titles stacked above it make that too wide or too narrow)."""
        _, e = self.box_span(j)
        rest = [grid_ems(ln.text) for ln in self.lines[j + 1 : e + 1]]
        return len(rest) >= 2 and 1.5 <= max(rest) - grid_ems(self.lines[j].text) <= 3.0  # figures set wide

    def stray_after(self, j: int, w: float) -> bool:
        """After line ``j`` ends a sentence, the next line is too short for the full
        line of a paragraph (carried on or indented) and ends nothing itself, or is a
        label: a title or heading line, not text of the paragraph (``…建设性的帮助。``
        / ``一项了不起的科技``).
        """
        b = self.lines[j + 1]
        whole = not ends_block(b.text) or bool(LABEL_LINE.match(b.text))  # nothing ended, or a unit
        return b.width < w - INDENT - self.tol and whole and not self.special[j + 1]

    def full_width(self, k: int) -> float:
        """Line ``k``'s width with the slack of its marks and of its switches of script:
        what it measures if it fills its column."""
        ln = self.lines[k]
        return ln.width + punct_slack(ln.text) + self.slack[k]

    def indented_below(self, j: int, w: float) -> bool:
        """After line ``j`` ends a sentence, the next line is the indented first line of
        a column of another width that starts under it: the three lines after that one
        run on (none ends a block) at one width (within a half-em), a character or more
        from column ``w``, and the next line is short of that width by the indent. Where
        the extractor emits the stories one after another with their titles elsewhere, a
        story whose last line happens to be full is followed by the next story's first
        line, which a column of the same width shows as short by its indent, but one a
        character wider or narrower does not (``…让老街热闹。”`` (a column of 12) /
        ``日前，县里出台了一项办`` / three lines of 13).

        >>> r = _Reflower(measure(["说：“再收两个徒弟，把手", "艺传下去，让老街热闹。”",
        ...                        "日前，县里出台了一项办", "法，《传统手工艺扶持办法》",
        ...                        "对新开办的作坊给予场地租金", "补贴，并组织手艺人参加各类"]), "zh")
        >>> r.indented_below(1, 23.5), r.indented_below(0, 23.5)
        (True, False)
        """
        if j + 4 >= len(self.lines):
            return False
        run = range(j + 2, j + 5)
        if any(ends_block(self.lines[k].text) or self.special[k] for k in run):
            return False
        fulls = [self.full_width(k) for k in run]
        wide = max(fulls)
        if wide - min(fulls) > 1.0 or abs(wide - w) < 2.0:
            return False  # no run of one width, or the column above goes on (``indented`` decides)
        b = self.lines[j + 1]
        return (ends_sentence(self.lines[j].text) and not ends_block(b.text) and not self.special[j + 1]
                and abs(self.full_width(j + 1) - (wide - INDENT)) <= 1.0)

    def reporter_after_dateline(self, j: int, so_far: str) -> bool:
        """The next line is the reporter's bracket of a dateline the extractor cut
        over lines (``本报约翰内斯堡2月`` / ``14日电`` / ``（记者吕强）``): no byline.
        """
        return (self.lang == "zh" and self.special[j + 1] == "byline" and not self.special[j]
                and bool(dateline(so_far)) and open_dateline(so_far))

    def dateline_alone(self, j: int, so_far: str) -> bool:
        """Line ``j`` opens a paragraph and is only a dateline with its reporters'
        bracket (``本报讯(通讯员 李强 记者 王艳)``, OCR'd with a blank line after it): the
        paragraph goes on under it, and the bracket is no byline closing a story.

        >>> r = _Reflower(measure(["本报讯（记者 王艳）", "", "今年以来，全县持续深化改革。"]), "zh")
        >>> r.dateline_alone(0, "本报讯（记者 王艳）"), r.dateline_alone(0, "本报讯（记者 王艳）好")
        (True, False)
        """
        a = self.lines[j].text.strip()
        return (so_far.strip() == a and bool(dateline(a)) and open_dateline(a) and bracket_balance(a) == 0
                and a.endswith(("）", ")")))

    def reporter_apart(self, j: int, so_far: str) -> bool:
        """Line ``j`` or the next is a reporter line of its own under a heading
        (``过节守夜在路上`` / ``本报记者 王昊男`` / ``年三十的路，格外顺。``): it is a
        paragraph by itself, unless it goes on a dateline cut over lines. So is one the
        extractor cut into its role and names, a line each (``本报记者`` / ``王小明`` /
        ``冬日暖阳里，…``): it ends before the first line that is no name piece. The
        reporters inside a bracket that opened the paragraph and is still open go on it
        (``（本报东京、开罗2月4日电`` / ``记者王明、李华）``).
        """
        a, b = self.lines[j], self.lines[j + 1]
        if so_far.lstrip().startswith(("（", "(")) and bracket_balance(so_far) > 0:
            return False
        if reporter_line(so_far) and not _NAME_PIECE.fullmatch(b.text.strip()):
            return True  # a reporter line the extractor cut into its role and names (``本报记者`` / ``方`` / ``敏``)
        return (reporter_line(a.text) and so_far == a.text) or (reporter_line(b.text) and not open_dateline(so_far))

    def boxed_pair(self, j: int) -> bool:
        """Line ``j`` opens a paragraph mid-sentence (a comma in it, none at its end)
        and the next, no wider, closes it: a paragraph of two lines set in a box
        narrower than the column around it (``一些特色小镇千镇一面，历史文化街区缺乏特``
        / ``性，在当下已成为各界高度关注的问题。``), not a short line ending a paragraph.
        """
        a, b = self.lines[j], self.lines[j + 1]
        if ends_block(a.text) or END_PUNCT.search(a.text) or not _MID_PUNCT.search(a.text):
            return False
        return ends_block(b.text) and b.width <= a.width + self.tol and not self.special[j + 1]

    def closes_soon(self, j: int, open_brackets: int, so_far: str) -> bool:
        """The brackets open after line ``j`` close on the next line, or, in a
        paragraph that a bracket opens (a note), within :data:`CLOSE_REACH` lines: a
        closing dateline with its reporters cut over lines (``（本报华盛顿、…2月4日电`` /
        ``记者郑琪、`` / ``殷新宇、丁子…`` / ``…吕强）``) is one paragraph."""
        reach = CLOSE_REACH if so_far.lstrip().startswith(("（", "(")) else 1
        bal = open_brackets
        for ln in self.lines[j + 1 : j + 1 + reach]:
            bal += bracket_balance(ln.text)
            if bal <= 0:
                return True
        return False

    def word_cut(self, j: int) -> bool:
        """Line ``j`` ends inside a word of the dictionary that the next line ends
        (:func:`lexicon.join_gain` of :data:`WORD_CUT`), and the next line is no wider:
        a short line in a box narrower than the column, not a paragraph's last
        (``以只争朝夕的精神，迎着困`` / ``难上，…``). A wider next line may be another
        column's that the extractor read next, forming a word by chance.
        """
        a, b = self.lines[j], self.lines[j + 1]
        if self.lang != "zh" or self.special[j + 1] or ends_block(a.text) or END_PUNCT.search(a.text):
            return False
        return b.width <= a.width + self.tol and join_gain(a.text, b.text) >= WORD_CUT

    def tiny_tail(self, j: int, so_far: str = "") -> bool:
        """The next line is a word or two closed by a mark (:data:`TINY_TAIL` characters
        at most) and line ``j`` stops with no mark at all: the sentence's last words that
        did not fit a narrow box's line, not a paragraph of their own (``运送旅客1.86亿`` /
        ``人次；``). No paragraph is a word and a mark, and a heading ends with no mark.
        Only where line ``j`` opens its paragraph so far (``so_far``; a list's item in a
        box): after lines the paragraph took in, the word may close a title read with them.
        Standalone lines (:meth:`split_loose`) are asked with no ``so_far``: each opens its own.
        """
        a, b = self.lines[j].text.strip(), self.lines[j + 1].text.strip()
        if (self.lang != "zh" or self.special[j] or self.special[j + 1] or not a or END_PUNCT.search(a)
                or (so_far and so_far != self.lines[j].text)):
            return False
        return len(b) <= TINY_TAIL and b[-1:] in _TAIL_MARKS and bool(_WORD.match(b))

    def comma_goes_on(self, j: int, so_far: str) -> bool:
        """Line ``j`` ends with a comma, so its sentence goes on: short as it is (a box
        or deck narrower than the column measured), the next line carries on (``说了就干，
        定了就办，`` / ``以只争朝夕的精神，迎着困``), unless that line is wider than ``j`` by
        more than the indent (another column's, read next), a special line, or one
        without punctuation (a title after a caption cut short). Not after a heading
        without punctuation that the paragraph took in: it stands alone.
        """
        a, b = self.lines[j], self.lines[j + 1]
        before = so_far[: len(so_far) - len(a.text)]
        if before and not ANY_PUNCT.search(before):
            return False
        return (self.lang == "zh" and a.text.rstrip()[-1:] in "，、," and not self.special[j + 1]
                and not dateline(b.text) and b.width <= a.width + INDENT + self.tol and bool(ANY_PUNCT.search(b.text)))

    def short(self, j: int) -> bool:
        w = self.col[j]
        return w is not None and self.lines[j].width + self.slack[j] < w - self.tol - self.pushed(j)

    def tail_follows(self, j: int) -> bool:
        """Line ``j`` stops mid-sentence inside a sentence (a comma in it, none at its
        end) and the next line is a short one closing that sentence.

        A justified line squeezed by line-breaking rules loses its letter spacing in
        ``despace`` and looks short: ``35岁的邝必传，最近出`` / ``了名。``. So does a
        paragraph's first line that lost its indent, and pdfminer may set a blank line
        (the end of its text box) between the two: they stay one paragraph across it.
        """
        a, b = self.lines[j].text, self.lines[j + 1].text
        if ends_block(a) or END_PUNCT.search(a) or not _MID_PUNCT.search(a):
            return False
        return ends_sentence(b) and len(b) <= len(a) // 2 and not self.special[j + 1]

    def pushed(self, j: int) -> float:
        """Width of the unbreakable Latin/digit run opening line ``j + 1``, which the
        typesetter could not fit at the end of line ``j`` (so line ``j`` ends early),
        or of the character before a mark that may not open a line (``，``, ``」``…):
        the typesetter took that character down with its mark.

        ``前审定的渤海油田渤中`` / ``19 — 6凝析气田`` is one paragraph, not two; so is
        ``市长说，去年9`` / ``月，全市…``, and ``…一些`` / ``“90后”青年…`` (an opening mark,
        double or single, goes down with the run after it: ``‘2035’规划…``), and
        ``…浪费就是`` / ``‘穷’根。…``: a quoted word of one or two characters goes down
        whole after a line that ends no sentence.
        """
        if self.lang != "zh" or j + 1 >= len(self.lines):
            return 0.0
        nxt = self.lines[j + 1].text
        m = _LEADING_RUN.match(nxt)
        if m:
            return visual_width(m.group(0)) + 1.0
        if len(nxt) > 1 and nxt[1] in _NO_LINE_START and len(self.lines[j].text) >= JUSTIFIED_LINE:
            # the mark may not open a line: its word went down with it (in a justified line, not a title's piece)
            return visual_width(nxt[0]) + 1.0
        q = _QUOTED_START.match(nxt)
        if q and len(self.lines[j].text) >= JUSTIFIED_LINE and not END_PUNCT.search(self.lines[j].text):
            return visual_width(q.group(0)) + 1.0  # a short quoted word went down whole
        return 0.0

    def latin_pushed(self, j: int, w: float) -> float:
        """:meth:`pushed` for a Latin or digit run only (``RFID技术…`` opening line
        ``j + 1``), not for a character a mark took down, and after a line of running
        text only (a mark in it, none at its end): a heading, or a lead-in ending
        with a colon, stops short of any run. Nor when the run would have fitted, by
        half the tolerance, in what line ``j`` leaves of its column ``w`` less the
        indent: the typesetter had no need to take it down (``产销两旺，外贸订单增长
        两成`` / ``13日，…``, a heading with a comma, then a paragraph opening with a
        date)."""
        nxt = self.lines[j + 1].text if j + 1 < len(self.lines) else ""
        running = bool(ANY_PUNCT.search(self.lines[j].text)) and not END_PUNCT.search(self.lines[j].text)
        if self.lang != "zh" or not running or not _LEADING_RUN.match(nxt):
            return 0.0
        run = self.pushed(j)
        return 0.0 if w - INDENT - self.lines[j].width > run + self.tol / 2 else run

    def printed_width(self, j: int, so_far: str) -> float:
        """Width of the printed line that line ``j`` ends: the line itself, or with the
        dateline before it that the extractor cut off in its own font.

        ``本报北京2月19日电`` / ``（记者刘志强）日前，交通运输部、`` was one full line.
        """
        a = self.lines[j]
        if j > 0 and so_far == self.lines[j - 1].text + a.text and open_dateline(self.lines[j - 1].text):
            return self.lines[j - 1].width + 1.5 + a.width
        if self.split_line(j):
            return a.width + self.lines[j + 1].width
        if j > 0 and self.split_line(j - 1) and so_far.endswith(self.lines[j - 1].text + a.text) and not ends_block(a.text):
            return self.lines[j - 1].width + a.width  # (a piece that ends a sentence keeps its own width)
        return a.width

    def split_line(self, j: int) -> bool:
        """Lines ``j`` and ``j + 1`` are one printed line the extractor emitted in two
        pieces (a span of its own): the first short and not ending a sentence, the
        second shorter than half the column, together as wide as the column, between
        two full lines of that column, the first of them running on into it
        (``…通过开放，取天下之长，`` / ``补一己`` / ``之短，…``). When a quote opens in
        the first piece and closes in the second, the printed line was cut at the
        space inside the quote (``…开展了“节约用水`` / ``从我做起”主题活动，广大``): the
        second may be the longer, and only the line after must be full (within the
        tolerance, its column too). Not when the second piece ends with the quote
        (``…仔细再仔`` / ``细”``: a quoted heading wrapped). The first piece may end a
        sentence that ends inside the printed line when the second is a word or two
        (:data:`GLYPHS` characters) that ends nothing (``…成了‘规矩’。”`` / ``老张`` /
        ``说，…``) and is no section's number (``…供孩子们上学。`` / ``四`` / ``…``).
        """
        w = self.col[j]
        if self.lang != "zh" or w is None or j < 1 or j + 2 >= len(self.lines):
            return False
        a, b = self.lines[j], self.lines[j + 1]
        if a.width >= w - self.tol:
            return False
        # a quote opened in the first piece and closed in the second: one phrase, cut at its space
        quoted = (bracket_balance(a.text) > 0 and bracket_balance(a.text + b.text) <= 0
                  and b.text.rstrip()[-1:] not in CLOSERS)  # the line goes on after the quote
        if b.width > w / 2 and not quoted:
            return False
        around = (j + 2,) if quoted else (j - 1, j + 2)
        col_tol = self.tol if quoted else 0.0
        if any(abs(self.lines[k].width - w) > self.tol or abs((self.col[k] or -w) - w) > col_tol for k in around):
            return False  # inside a paragraph: the lines before and after it full in the same column
        total = a.width + b.width + punct_slack(a.text + b.text)
        if not w - self.tol <= total <= w + self.tol:
            return False
        # a heading after a paragraph's end (``老船长的记事本（记者手`` / ``记）``) is none; a sentence
        # may end inside the printed line, before a piece of a word or two (a heading after a
        # paragraph's last line, ``家中断炊`` / ``…``, is none)
        sentence_inside = (ends_block(a.text) and len(b.text.strip()) <= GLYPHS and not ends_block(b.text)
                           and not _SECTION_NUMBER.fullmatch(b.text.strip()))  # a section's number: a heading
        return not ends_block(self.lines[j - 1].text) and (not ends_block(a.text) or sentence_inside)

    def dateline_cut_below(self, j: int) -> bool:
        """The line after line ``j`` opens a dateline that the extractor cut after its date
        began, and the line after that completes it (``据新华社北京2月25`` / ``日电``): it
        opens a story's text, as a whole dateline does (:func:`dateline`), so the
        paragraph of line ``j`` ends.

        >>> r = _Reflower(measure(["年货消费报告》", "据新华社北京2月25", "日电", "外交部发言人表示"]), "zh")
        >>> r.dateline_cut_below(0), r.dateline_cut_below(1)
        (True, False)
        """
        if j + 2 >= len(self.lines):
            return False
        cut = self.lines[j + 1].text.strip()
        return (any(c.isdigit() for c in cut) and open_dateline(cut) and dateline(cut) is None
                and dateline(cut + self.lines[j + 2].text.strip()) is not None)

    def lone_dateline(self, j: int, so_far: str) -> bool:
        """Line ``j`` is a whole dateline alone in a text box of its own, the first of
        its paragraph (``新华社电`` / blank / ``（记者王明）走进…``): pdfminer boxes
        a dateline set in its own font apart from the text that goes on after it on
        the printed line.

        >>> r = _Reflower(measure(["新华社电", "（记者王明）走进山村小学，", "孩子们正在上课。"]), "zh")
        >>> r.lone_dateline(0, "新华社电"), r.lone_dateline(1, "新华社电（记者王明）走进山村小学，")
        (True, False)
        """
        a = self.lines[j]
        return so_far == a.text and (j == 0 or a.blank_before) and dateline(a.text) == a.text.strip()

    def dateline_rest(self, j: int, so_far: str) -> bool:
        """Line ``j`` is the rest of the printed line that a dateline cut over lines
        ends: the paragraph so far is an open dateline and this line. A paragraph
        does not end there unless the line ends a sentence, however short it is
        (the dateline's own font, wider than the body's, took the rest of its width).

        ``据新华社北京2月`` / ``19日电`` / ``国家统计`` / ``局今天发布…`` is one paragraph.
        """
        a = self.lines[j]
        head = so_far[: len(so_far) - len(a.text)]
        return j > 0 and bool(head) and so_far.endswith(a.text) and open_dateline(head)

    def bold_apart(self, j: int) -> bool:
        """Line ``j`` and the next are no lines of one paragraph by their fake bold
        (``dedupe`` found them printed twice, as titles and captions are): one is
        bold and the other not, or both are and the next is wider, which a title or
        caption wrapped over lines never is (``居民读书有去处`` / ``“这份年礼送到了心坎上！”（新春走基层）``).
        Not when the next line opens with the end of line ``j``: pieces of one
        caption whose copies overlapped like stairs (``）吃午饭`` / ``吃午饭，都说饭菜可口又实惠``).
        """
        if not (self.bold[j] or self.bold[j + 1]):
            return False  # neither printed twice: the usual rules decide
        a, b = self.lines[j], self.lines[j + 1]
        if len(_WORD.findall(a.text)) < 2 or len(_WORD.findall(b.text)) < 2:
            return False  # a mark or a character left of a line (``。``) may be any line's end
        if overlap(a.text, b.text, least=2):
            return False  # stairs: the copies overlapped, too little to be found as copies
        return self.bold[j] != self.bold[j + 1] or (self.bold[j] and b.width > a.width + self.tol)

    def widens_far(self, j: int, w: float) -> bool:
        """Line ``j`` fills a "column" narrower than any column of text (:data:`STACK_WIDTH`)
        and the next line is more than :data:`FAR_WIDER` times as wide: line ``j`` is the
        last of a stack of short heading lines that read as a narrow column of their own
        (``暖流見證`` / ``獨子積極`` / ``課業優秀`` / ``導師李尚儒``), and the text of the
        box they head starts below; no paragraph widens so much from one line to the next.

        >>> r = _Reflower(measure(["暖流見證", "獨子積極", "課業優秀", "導師李尚儒",
        ...                        "小瀚的導師說，小瀚的爸爸很用心栽培他，讓他讀體育班"]), "zh")
        >>> r.widens_far(3, 10.0), r.widens_far(2, 10.0)
        (True, False)
        """
        return (w < STACK_WIDTH and self.lines[j].width <= w + self.tol
                and self.lines[j + 1].width > FAR_WIDER * w + 2 * self.tol)

    def heading_a_cell_short(self, j: int, so_far: str) -> bool:
        """Line ``j`` opens its block, is Han characters alone (:data:`HEADING_MIN` or
        more, no mark), and the next line, Han characters alone too, holds exactly one
        more: in a justified column every line of running text has the same count of
        character cells, so a line of plain Han one cell short of the next (less than
        the tolerance for lines with digits or Latin, whose measure is rough) ends
        there. It is a brief's heading over its text (``海岛小学有了新操场`` /
        ``今年秋季开学岛上的孩子…``), not a paragraph's first line, which lost its
        indent of two cells, nor one indented by a cell, which runs on in a word of the
        dictionary (:data:`~papercli.lexicon.WORD_CUT`). Lines with marks are not asked
        (a typesetter may set a mark narrow), nor those before a character a mark took
        down (:meth:`pushed`), at line ``j`` or under the next line: that one is then
        short itself (``乡亲们盼了多年的那条`` / ``路，终于…``).

        >>> r = _Reflower(measure(["海岛小学有了新操场", "今年秋季开学岛上孩子", "们在新操场上课。"]), "zh")
        >>> r.heading_a_cell_short(0, "海岛小学有了新操场"), r.heading_a_cell_short(1, "今年秋季开学岛上孩子")
        (True, False)
        """
        a, b = self.lines[j], self.lines[j + 1]
        if so_far != a.text or not plain_heading(a.text):
            return False
        if not _HAN_ONLY.fullmatch(b.text) or len(b.text) != len(a.text) + 1 or self.pushed(j) or self.pushed(j + 1):
            return False  # (a line short by the character a mark took down is no full line to count by)
        return join_gain(a.text, b.text) < WORD_CUT  # a first line set one cell short runs on in a word (``贯`` / ``彻``)

    def phrase_title_over_wider(self, j: int) -> bool:
        """Line ``j`` is a title line of two phrases (:func:`papercli.dumps.phrase_title`)
        and the line after the blank under it is more than :data:`FAR_WIDER` times as
        wide: a subtitle above a caption set across the photo (``老農跌傷難下田 盼早日康復``
        / blank / ``陳伯的女兒每天清晨幫父親換藥，再騎車趕去市場擺攤…``), not a
        paragraph's line.

        >>> caption = "陳伯的女兒每天清晨幫父親換藥，再騎車趕去市場擺攤，一家生計全靠她"
        >>> r = _Reflower(measure(["老農跌傷難下田 盼早日康復", caption]), "zh")
        >>> narrow = _Reflower(measure(["老農跌傷難下田 盼早日康復", caption[:20]]), "zh")
        >>> r.phrase_title_over_wider(0), narrow.phrase_title_over_wider(0)
        (True, False)
        """
        a, b = self.lines[j], self.lines[j + 1]
        return phrase_title(a.text.strip()) and b.width > FAR_WIDER * a.width + 2 * self.tol

    def ends_wider_paragraph(self, j: int, so_far: str) -> bool:
        """Line ``j`` ends a sentence and is the last line of a paragraph begun in a
        wider column: the line before it, of the same paragraph, is measured in a
        column wider by more than twice the tolerance than the one measured at ``j``,
        and line ``j`` is short of that wider column, while the next line is no wider
        than the narrower one (that column goes on: short lines elsewhere may make a
        narrow "column" of their own width). Its width may match the narrower column
        that starts after it (``利用传统文化的合理成分，充实社会治理的方`` /
        ``式方法，乡村将更加和谐，更加美好。`` before ``近些年来，…`` in a narrower column),
        but a paragraph keeps its column: the next story starts after it."""
        if j == 0 or j + 1 >= len(self.lines) or so_far == self.lines[j].text or not ends_block(self.lines[j].text):
            return False
        before, here = self.col[j - 1], self.col[j]
        if before is None or here is None or before - here <= 2 * self.tol or self.lines[j].width >= before - 2 * self.tol:
            return False
        return self.lines[j + 1].width <= here + self.tol  # the narrower column goes on after it

    def breaks_after(self, j: int, open_brackets: int, so_far: str) -> bool:
        a, b = self.lines[j], self.lines[j + 1]
        if j in self.credit_cuts or self.reporter_after_dateline(j, so_far) or LONE_MARK.match(a.text):
            return False  # a credit or dateline cut over lines; a bullet with its text on the next line
        if self.lang == "zh" and full_name(b.text) and signature(f"{a.text.strip()}  {b.text.strip()}"):
            return False  # a letter's signature: the place, the writer's name on the next line
        if self.lang == "zh" and label_and_address(a.text, b.text):
            return False  # a notice's label, its address on the next line
        if _CLOSING_ONLY.fullmatch(b.text) and not self.bold[j + 1]:
            return False  # no line opens with a closing mark: a quote's closer the extractor set alone
        if (self.lang == "zh" and _CLOSER_FIRST.match(b.text) and not (self.bold[j] or self.bold[j + 1])
                and not (self.special[j] or self.special[j + 1])):
            return False  # nor with the rest of its line, unless a byline or caption stands before
        if self.lang == "zh" and BULLET_POINT.match(b.text):
            return True  # a bulleted point opens its paragraph (``■一路上…`` under its title)
        colon = a.text.rstrip().endswith(("：", ":"))
        if self.lang == "zh" and ORDINAL_POINT.match(b.text) and (ends_sentence(a.text) or colon):
            return True  # so does a numbered one after a sentence's end or a colon (``…工作：`` / ``1.加快…``)
        if self.special[j] == "byline" and j > 0 and self.reporter_after_dateline(j - 1, so_far[: -len(a.text)]):
            return False  # the dateline's reporter, and the paragraph goes on
        if self.lang == "zh" and self.dateline_alone(j, so_far):
            return False  # a dateline with its reporters' bracket on a line of its own opens the text under it
        if j - 1 in self.credit_cuts:
            return True  # the last piece of a credit cut over lines closes its story
        if (self.special[j] or self.special[j + 1] or dateline(b.text) or closing_credit(so_far) or author_note(so_far)
                or end_note(so_far) or (self.lang == "zh" and self.dateline_cut_below(j))):
            return True  # the reporters' list, a photo report's credit or the editor's end note closes its story
        if self.bold_apart(j) and not (open_brackets > 0 and self.closes_soon(j, open_brackets, so_far)):
            return True  # a title or caption printed in fake bold, unless a bracket opened in it closes
        if self.lang == "zh" and (slashed_credit(a.text) or photo_credit_line(a.text) or place_credit(a.text)):
            return True  # a credit line of its own (``報導．攝影╱向高彬``, ``李明摄（新华视点）``, ``記者林華／綜合報導``)
        if self.folio[j] or self.folio[j + 1]:
            return True  # the page's running head or foot (``2023年12月8日 星期五``, ``第3版``)
        if self.lang == "zh" and field_line(so_far) and not _ASCII_WORD.match(b.text):
            return True  # a notice's label and address, complete (``投稿邮箱：`` / ``ab@cd.cn``)
        if self.lang == "zh" and column_tagged(a.text) and column_tagged(b.text) and not b.text.startswith(("——", "--")):
            return True  # two titles, each closed by its column tag, are no lines of a paragraph
        if self.lang == "zh" and self.reporter_apart(j, so_far):
            return True  # the reporter under a heading (``本报记者 王昊男``) stands alone
        if (self.lang == "zh" and (open_dateline(so_far) or self.dateline_rest(j, so_far)) and not ends_block(a.text)
                and (self.boxed or not b.blank_before or self.lone_dateline(j, so_far))):
            return False  # a dateline the extractor cut over lines of its own, or the rest of its line
        tail = so_far[-TAIL:]  # the paragraph's end so far: a byline may be cut over lines
        if closing_byline(tail) or closing_dateline(tail if len(so_far) <= TAIL or so_far[0] not in "（(" else so_far):
            return True  # a byline or a bracketed dateline (with its reporters, as long as it is) closes its story
        if open_brackets > 0 and not ends_block(a.text) and self.closes_soon(j, open_brackets, so_far):
            return False  # a quote or bracket opened here closes on the next lines
        if b.blank_before and not self.boxed:  # a line far wider than the column is none of its lines
            w = self.col[j]
            if self.lang == "zh" and self.tail_follows(j):
                return False
            if self.lang == "zh" and (j == 0 or a.blank_before) and column_tagged(a.text.strip()):
                return True  # a line set alone between blank lines, closed by its column tag: a title
            if self.lang == "zh" and dash_deck(a.text) and j > 0 and column_tagged(self.lines[j - 1].text.strip()):
                return True  # its dash subtitle under it (``——来自重庆乡村振兴的调研（上）``)
            if w is None and self.text_runs_on(a, b) and self.word_cut(j) and not closed_title(b.text):
                return False  # no column measured yet (the page's first line): a sentence's line going on in a word
            return (ends_block(a.text) or self.short(j) or w is None or a.width > w + 2 * self.tol
                    or self.column_widens(j, w) or self.title_alone(j, w) or self.title_box(j, w)
                    or (self.lang == "zh" and self.phrase_title_over_wider(j)))
        w = self.col[j]
        if self.lang == "zh" and not self.boxed and w is not None and self.title_box(j, w):
            return True  # a title and its deck in a box of their own: each its own line
        if len(a.text) <= GLYPHS and len(b.text) <= GLYPHS and not ends_block(a.text):
            return False  # the glyphs of a last line the extractor set one a line (``活`` / ``窘`` / ``迫`` / ``。``)
        if self.lang == "zh" and self.ends_wider_paragraph(j, so_far):
            return True
        if w is None:  # no column measured here: a line of running text goes on into a shorter one of text
            return (open_brackets <= 0 and not (self.boxed and a.box == b.box)
                    and not (self.text_runs_on(a, b) and not closed_title(b.text)))
        if self.printed_width(j, so_far) + punct_slack(a.text) + self.slack[j] < w - self.tol - self.pushed(j):
            # a short line ends a block, unless it is a paragraph's indented first line
            # or a line that lost its justification before the paragraph's last words
            if self.lang == "zh" and self.tail_follows(j):
                return False
            if so_far == a.text and (self.opens_column(j) or self.boxed_pair(j)):
                return False
            if j > 0 and LONE_MARK.match(self.lines[j - 1].text) and so_far.endswith(a.text) and not ends_block(a.text):
                return False  # the first line of a bulleted point, short by its bullet
            if self.word_cut(j) or self.comma_goes_on(j, so_far) or self.tiny_tail(j, so_far):
                return False
            if so_far == a.text and ends_sentence(a.text) and self.first_line_runs_on(j, w):
                return False
            return ends_block(a.text) or not self.indent_first(j, w, opens=so_far == a.text)
        if self.lang == "zh" and open_brackets <= 0 and (
                self.widens_far(j, w) or self.heading_a_cell_short(j, so_far)
                or (so_far == a.text and self.indented_in_cells(j)) or self.narrow_between(j, w)):
            return True  # a heading over a narrow column's text, or a cell short of its own
        if self.indented_page and b.indent >= a.indent + 2:
            return True
        if self.title_past_column(j, w):
            return True
        if open_brackets <= 0 and self.deck_ends(j, w):
            return True
        if _QUOTED_HEADING.fullmatch(a.text) and b.width > w + 2 * self.tol:
            return True  # a heading that is one quote, then a line past the column: two titles
        indented = w - INDENT - INDENT_SLACK <= b.width + punct_slack(b.text) and b.width <= w - INDENT + 1.5 + 0.01
        if (self.lang == "zh" and len(so_far) > len(a.text) and _QUOTED_HEADING.fullmatch(so_far.strip())
                and indented and not ends_sentence(b.text)):
            return True  # a quoted heading over two lines (``“让每个孩子`` / ``都有书读”``), then a first line
        if ends_block(a.text):
            if (b.width > w + 2 * self.tol or self.wider_after(j, w) or self.tagged_title_after(j, w)
                    or self.tagged_past(j + 1, w) or self.tagged_alone(j, w) or self.wide_sentence_over_column(j, w)):
                return True
            if b.width > w + self.tol and abs(b.width - INDENT - a.width) > 1.5:
                return True  # a line past the column is a title's, unless this one is its column's indented first line
            nc = self.col[j + 1]
            if nc is not None and abs(nc - w) > 2 * self.tol:
                return True  # the next line starts a run of another width: another column
            if indented and not ends_sentence(b.text) and not signoff_runs_on(a.text) and not _CLOSER_FIRST.match(b.text):
                return True
            if (self.stray_after(j, w) and not self.split_line(j)) or self.indented_below(j, w):
                return True
        return False

    def groups(self) -> list[list[Line]]:
        out: list[list[Line]] = []
        cur: list[Line] = []
        bal = 0
        so_far = ""
        for j, ln in enumerate(self.lines):
            cur.append(ln)
            bal += bracket_balance(ln.text)
            so_far += ln.text
            if j + 1 == len(self.lines) or self.breaks_after(j, bal, so_far):
                out.append(cur)
                cur, bal, so_far = [], 0, ""
        return out

    @staticmethod
    def note_cut(g: list[Line], whole: str) -> bool:
        """A source note cut over lines: its own first line, then short pieces
        (``数据来源：天津市发展和改`` / ``革委员会``), not the text after it; or a
        notice's label and its address on the next line."""
        if len(g) == 2 and label_and_address(g[0].text, g[1].text):
            return True
        return source_note(g[0].text) and source_note(whole) and all(len(ln.text) <= CREDIT_PIECE for ln in g[1:])

    def bullet_wrapped(self, run: list[Line], b: Line) -> bool:
        """Line ``b`` is the rest of a bulleted heading, ``run``, wrapped: the run opens
        with a bullet and ends no block, and ``b`` has no bullet of its own and is shorter
        than the run's last line (``●阅读推广活动走进了偏远乡村`` / ``课堂``). Each point of a
        list opens with its bullet; a heading set larger than the text wraps short of it."""
        a = run[-1]
        return (self.lang == "zh" and bool(BULLET_POINT.match(run[0].text)) and not BULLET_POINT.match(b.text)
                and not LONE_MARK.match(b.text) and not ends_block(a.text) and b.width < a.width)

    def heading_wrapped(self, run: list[Line], b: Line) -> bool:
        """Line ``b`` is the rest of a heading of one line, ``run``, wrapped: that line fills
        its column but for an indent (a heading set larger than the text fills it with
        fewer characters), ends no block, and ``b`` is shorter by more than the
        tolerance, and is no title closed by its column tag (``留住人才是乡村振兴的`` /
        ``关键一招``; ``…记者来到地处`` / ``新村（乡村见闻）`` is a line of text OCR read
        short, then a title). Only inside running text: a sentence ended on the line
        above, in the same column, and the line below ``b`` is a line of that column that
        runs on, with a clause mark within three lines; titles dumped one a line after
        the stories have none of these."""
        a = run[-1]
        k = self.pos[a]
        w = self.col[k]
        if not (self.lang == "zh" and len(run) == 1 and w is not None and 0 < k and k + 2 < len(self.lines)):
            return False
        before, after, above = self.lines[k - 1], self.lines[k + 2], self.col[k - 1]
        in_text = (ends_sentence(before.text) and above is not None and abs(above - w) <= self.tol
                   and not ends_block(after.text) and w - INDENT - self.tol <= after.width <= w + self.tol
                   and any(_MID_PUNCT.search(ln.text) for ln in self.lines[k + 2:k + 5]))
        return (in_text and not ends_block(a.text) and not ends_block(b.text) and not column_tagged(b.text.strip())
                and w - INDENT - self.tol <= a.width <= w + self.tol and b.width < a.width - self.tol)

    def wraps_word(self, a: Line, b: Line) -> bool:
        """Line ``b`` carries on a word of the dictionary that line ``a`` stopped in
        (:func:`lexicon.join_gain` of :data:`WORD_CUT`), and is no wider: one heading
        or title wrapped inside a word (``社区里新开的艺术`` / ``馆，居民常来看展``).
        A wider line may be another column's, read next, forming a word by chance; two
        titles in a row may too (a two-character word across the end of one and the start of the next)."""
        return self.lang == "zh" and b.width <= a.width + self.tol and join_gain(a.text, b.text) >= WORD_CUT

    def sentence_wrapped(self, g: list[Line], k: int) -> bool:
        """Lines ``k - 1`` and ``k`` of the standalone lines ``g`` are two full lines
        of one sentence set in its own width, a caption among titles: both of
        :data:`WRAPPED_LINE` characters or more, as wide as each other, the first
        ending no sentence, and a line from ``k`` on ending it; or line ``k`` is the
        short last line that ends it after two such lines
        (``阿明（右）與妻子在家門前的菜園裡摘`` / ``菜，兩人每天清晨都來照料這片菜`` / ``園。``).
        Titles stacked one a line are shorter and end no sentence."""
        def full(x: Line, y: Line) -> bool:  # two long lines as wide as each other, the first going on
            return (len(x.text) >= WRAPPED_LINE and len(y.text) >= WRAPPED_LINE
                    and abs(x.width - y.width) <= self.tol and not ends_block(x.text))

        a, b = g[k - 1], g[k]
        if self.lang != "zh" or not any(ends_sentence(ln.text) for ln in g[k:]):
            return False
        return full(a, b) or (k >= 2 and full(g[k - 2], a) and ends_sentence(b.text))  # or its short last line

    def text_runs_on(self, a: Line, b: Line) -> bool:
        """Line ``a`` is a full line of running text (as wide as its column, if one is
        measured there, two commas or more or a dateline and text after it,
        :data:`WRAPPED_LINE` characters or more) that stops inside a phrase, and line
        ``b`` is no wider (but for ``a``'s gaps at figures, :func:`switch_slack`): ``b`` is the rest of its
        sentence, not a title of its own (a deck's ``“榜样是看得见的哲理”，向先锋看齐，向英雄学习，筑`` /
        ``起的将是永不流失的精神钙质``). A title closed by its column tag is one after
        all (OCR read it next), and a fact box's labelled line (``發生原因：…``) is left to
        the later stages, which read such lines as a list."""
        w, slack = self.col[self.pos[a]], self.slack[self.pos[a]]
        dl = dateline(a.text)
        opened = len(_MID_PUNCT.findall(a.text)) >= 2 or (dl is not None and len(a.text.strip()) > len(dl))
        return (self.lang == "zh" and (w is None or a.width >= w - self.tol) and len(a.text) >= WRAPPED_LINE
                and opened and not END_PUNCT.search(a.text) and not _LABELLED.match(a.text)
                and b.width <= a.width + slack + self.tol and not self.special[self.pos[b]] and not column_tagged(b.text))

    def clause_runs_on(self, a: Line, b: Line) -> bool:
        """Line ``a`` is a full line of a sentence (:data:`WRAPPED_LINE` characters or more,
        as wide as its column, three clause marks or more) that ends at a clause's comma, and
        line ``b``, no wider, ends no sentence and is no line of its own kind: a pull quote
        set over two lines, its last clause under the others
        (``乡村振兴既要产业兴旺，又要生态宜居，更要乡风文明，`` / ``让农民过上好日子``).
        A verse's lines, each ending at its comma, are shorter.
        """
        w = self.col[self.pos[a]]
        return (self.lang == "zh" and a.text.rstrip().endswith(("，", "、", "；")) and len(a.text) >= WRAPPED_LINE
                and (w is None or a.width >= w - self.tol) and len(_MID_PUNCT.findall(a.text)) >= 3
                and b.width <= a.width + self.tol and not END_PUNCT.search(b.text)
                and not self.special[self.pos[b]] and not column_tagged(b.text))

    def split_loose(self, g: list[Line]) -> list[list[Line]]:
        """Standalone lines apart, unless boxed together, a bracket is open or a word
        runs on (:meth:`wraps_word`)."""
        out: list[list[Line]] = [[g[0]]]
        bal = bracket_balance(g[0].text)
        for k, (prev, ln) in enumerate(itertools.pairwise(g), 1):
            together = (bal > 0 or (self.boxed and ln.box == prev.box) or open_dateline(prev.text)
                        or bool(_CLOSING_ONLY.fullmatch(ln.text))
                        or bool(LONE_MARK.match(prev.text)) or self.wraps_word(prev, ln)
                        or name_goes_on("".join(x.text.strip() for x in out[-1]), ln.text)
                        or self.sentence_wrapped(g, k) or self.text_runs_on(prev, ln) or self.clause_runs_on(prev, ln)
                        or self.tiny_tail(self.pos[prev])
                        or self.bullet_wrapped(out[-1], ln) or self.heading_wrapped(out[-1], ln))
            if together:
                out[-1].append(ln)
            else:
                out.append([ln])
                bal = 0
            bal += bracket_balance(ln.text)
        return out

    def is_body(self, g: list[Line]) -> bool:
        """The lines ``g`` make a paragraph: they end a block, or open with a dateline,
        or run over three lines with clause marks. A line closed by its column tag is a
        title when it is short of the column above by two indents, or when it runs past
        the column (:meth:`tagged_past`; ``“多谢你们，好心的陌生人！”（记者手记）``, whose
        stop and tag a closing paragraph signed in brackets could also show)."""
        text = "".join(ln.text for ln in g)
        if len(g) == 1 and special_kind(text) == "byline" and not _CREDIT_MARK.search(text):
            return False  # a bracket that goes with the title line before it (:meth:`kind_of`): its tag
        if len(g) == 1 and text.rstrip().endswith(("）", ")")):
            k = self.pos[g[0]]
            w = next((c for c in (self.col[k - 1] if k else None, self.col[k]) if c is not None), None)  # the column above
            if w is not None and g[0].width < w - 2 * INDENT and tag_not_byline(text):
                return False  # a short line closed by its column tag: a title, whatever ends before the tag
            if w is not None and (self.tagged_past(k, w) or (exclaimed_title(g) and g[0].width > w + self.tol)):
                return False  # past its column, closed by its tag: a title (``“多谢你们！”（记者手记）``)
        if ends_block(closed_line(g)) or (dateline(text) and len(g) >= 2):
            return True
        if self.lang != "zh":
            return len(g) >= 2 or len(text) > 60
        return len(g) >= 3 and len(_MID_PUNCT.findall(text)) >= 2

    def pulled_tail(self, g: list[Line]) -> int | None:
        """Where a pull quote set in the column right under a paragraph starts in group
        ``g``: the group's last line is short and ends in a character, no mark (a
        paragraph's last line ends its sentence; a pull quote need not), and the lines
        after the last line that ends a sentence (two to :data:`PULL_LINES`) hold no
        sentence end at all (``…服务好两地的发展。`` / ``什么时候坚持解放思想与实事`` / … /
        ``人民就幸福``). None when it is no such group.
        """
        if self.lang != "zh" or len(g) < 3:
            return None
        last = g[-1]
        w = self.col[self.pos[last]]
        if END_PUNCT.search(last.text) or not _HAN_END.search(last.text) or w is None or last.width >= w - 2 * INDENT:
            return None
        k = next((k for k in range(len(g) - 2, -1, -1) if ends_sentence(g[k].text)), None)
        if k is None or not 2 <= len(g) - 1 - k <= PULL_LINES:
            return None
        return k + 1 if not any(_SENTENCE_STOP.search(ln.text) for ln in g[k + 1:]) else None

    def blocks(self) -> list[Block]:
        out: list[Block] = []
        for whole_group in self.groups():
            cut = self.pulled_tail(whole_group)
            for g in (whole_group,) if cut is None else (whole_group[:cut], whole_group[cut:]):
                self.add_block(out, g)
        return out

    def add_block(self, out: list[Block], g: list[Line]) -> None:
        """Append the block (or blocks: standalone lines apart) that group ``g`` makes."""
        whole = "".join(ln.text for ln in g)
        if len(g) == 1:
            kind = self.special[self.pos[g[0]]]
        else:  # a bracketed byline cut over lines is still a byline
            kind = "byline" if byline_only(whole) else None
        credit = credit_with_names([ln.text for ln in g]) if len(g) >= 2 else None
        if kind:
            out.append(self.block(kind, g))
        elif credit:  # a production credit whose last name was cut over lines
            out.append(Block("line", [ln.text for ln in g], g[0].n, credit))
        elif len(g) == 2 and signature(signed := f"{g[0].text.strip()}  {g[1].text.strip()}"):
            out.append(Block("line", [ln.text for ln in g], g[0].n, signed))  # the place and name apart
        elif closing_credit(whole) or photo_credit_line(whole):
            out.append(self.block("line", g))  # cut over lines in its own fonts, still one credit
        elif (self.is_body(g) and not tagged_title(g) and not dashed_title(g)
              and not (out and out[-1].kind == "line" and (exclaimed_title(g) or dash_subtitle(g, out[-1])))):
            out.append(self.block("body", g))
        elif self.note_cut(g, whole):
            out.append(self.block("line", g))  # still one note
        else:
            out.extend(self.block("line", sub) for sub in self.split_loose(g))

    def block(self, kind: str, g: list[Line]) -> Block:
        text = ""
        for ln in g:
            text = join_cjk(text, ln.text)
        return Block(kind, [ln.text for ln in g], g[0].n, text)


def brackets_across_lines(page: Page) -> None:
    """Half-width brackets and marks in CJK text that only a joined paragraph shows
    between Han characters, made full width as ``despace`` does within a line: OCR cuts
    ``日本经济仍难摆脱通缩(经济`` / ``透视)`` over two lines.

    Only on a page where ``despace`` found OCR's half-width marks (:func:`ocr_marks`):
    a text layer keeps its brackets as published.

    >>> p = Page("t", lines=["x"], blocks=[Block("line", ["通缩(经济", "透视)"], 0, "通缩(经济透视)")])
    >>> brackets_across_lines(p); p.blocks[0].text
    '通缩(经济透视)'
    >>> p.record_fix("fullwidth_punctuation", "离石区: 文艺", "离石区：文艺")
    >>> brackets_across_lines(p); p.blocks[0].text
    '通缩（经济透视）'
    """
    if not any(f.name == "fullwidth_punctuation" for f in page.fixes):
        return
    changed = 0
    example: tuple[str, str] | None = None
    for b in page.blocks or []:
        if len(b.lines) > 1:
            new = fullwidth_punctuation(b.text)
            if new != b.text:
                changed += 1
                example = example or (b.text, new)
                b.text = new
    if example:
        page.record_fix("fullwidth_punctuation", example[0], example[1], changed)


def reflow_page(page: Page) -> Page:
    """Group the page's lines into blocks (paragraphs and standalone lines)."""
    if page.structured:
        return page
    if page.lang in (None, "auto"):
        page.lang = detect_lang("\n".join(page.lines))
    if page.lang == "zh":
        joined_lines = join_cut_signoffs(page.lines)
        if len(joined_lines) != len(page.lines):
            before = set(page.lines)
            signoff = next(x for x in joined_lines if x not in before)
            page.record_fix("join_cut_signoffs", signoff.replace(" ", "\n", 1), signoff, len(page.lines) - len(joined_lines))
            page.lines = joined_lines
        lift_titles(page, *lift_dropped_titles(page.lines))
    lines = measure(page.lines)
    if not lines:
        page.blocks = []
        return page
    # Latin pages (any page that is not CJK) get their own rules: papercli.latin
    page.blocks = _Reflower(lines, page.lang, page.bold).blocks() if page.lang == "zh" else latin_blocks(lines, page.lines)
    if page.lang == "zh":
        brackets_across_lines(page)
    joined = sum(len(b.lines) - 1 for b in page.blocks)
    if joined:
        first = next(b for b in page.blocks if len(b.lines) > 1)
        page.record_fix("reflow", "\n".join(first.lines[:2]), first.text[:60], joined)
    return page
