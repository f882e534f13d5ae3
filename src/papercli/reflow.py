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
from functools import lru_cache

from papercli.chars import bracket_balance, ends_sentence
from papercli.despace import fullwidth_punctuation
from papercli.join import join_cjk
from papercli.lang import detect_lang
from papercli.latin import latin_blocks
from papercli.layout import Line, boxed, column_widths, measure, visual_width
from papercli.model import Block, Page
from papercli.signals import (
    DATELINE_RE,
    author_note,
    byline_only,
    caption_credit,
    closing_byline,
    closing_dateline,
    credit_line,
    dateline,
    end_note,
    photo_report,
    report_note,
)

_MID_PUNCT = re.compile(r"[，、；：,;]")
_END_PUNCT = re.compile(r"[，、；：,;。！？!?”’」』）)]$")
_LEADING_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,:%/—–\- ]*")
TAIL = 80  # characters of a paragraph's end that can hold a byline or closing dateline
INDENT = 4.0  # two em, in half-em units


#: a line that is a whole unit by itself: a section label (``【点评】``) or a signature
#: under a quoted comment (``——@上兵伐谋``, ``——编者``)
_LABEL_LINE = re.compile(r"^\s*(?:【[^】]{1,12}】|——\s*[^，。！？；：,.!?;:\s][^，。！？；：,.!?;:]{0,11})\s*$")
#: a bullet mark on a line of its own, its point on the next line
_LONE_MARK = re.compile(r"^\s*[■□◆◇●○▲△★☆]\s*$")
#: an editor's note in brackets after a sentence's end: ``（相关报道见第十二版）``, ``（完）``
_NOTE_AFTER_STOP = re.compile(r"[。！？][”」』]?[（(][^（）()]{1,24}[）)]$")


@lru_cache(maxsize=16384)  # asked of each line several times (its break, its neighbours', the widths)
def ends_block(text: str) -> bool:
    """A sentence end, possibly followed by a bracketed byline.

    >>> ends_block("好评。（王艳）"), ends_block("的目标任"), ends_block("伤害。（本报北京2月1日电）")
    (True, False, True)
    >>> ends_block("（作者为某大学教授）"), ends_block("版式设计：沈亦伶"), ends_block("人次。（相关报道见第十二版）")
    (True, True, True)
    >>> ends_block("【点评】"), ends_block("——@上兵伐谋"), ends_block("——这是好事"), ends_block("——这是好事，也")
    (True, True, True, False)
    """
    if ends_sentence(text) or closing_dateline(text) or author_note(text) or credit_line(text):
        return True
    if report_note(text) or photo_report(text) or end_note(text) or _NOTE_AFTER_STOP.search(text) or _LABEL_LINE.match(text):
        return True
    return closing_byline(text) is not None


#: the start of a paragraph that is still only a dateline (perhaps cut inside its date),
#: an optional reporter bracket, and at most a few characters after them
_OPEN_DATELINE = re.compile(
    r"^(?:(?:据)?(?:新[华華]社|本[报報]|中新社)[^，。！？：；“”「」讯訊电電]{0,14}"
    r"|(?:" + DATELINE_RE.pattern[1:] + r")\s*(?:[（(][^）)]{0,16}[)）]?)?\s*[^，。！？\s]{0,3})$"
)


def open_dateline(text: str) -> bool:
    """True when a paragraph so far is only a dateline that a line break cut short.

    Extractors break lines where the dateline's font ends (``据新华社墨西哥城1月`` /
    ``30日电`` / ``（记者吴昊）墨``); such a short line does not end the paragraph.

    >>> open_dateline("据新华社墨西哥城1月"), open_dateline("据新华社墨西哥城1月30日电（记者吴昊）墨")
    (True, True)
    >>> open_dateline("本报讯 2月16日，离石区医疗集团人民医院联合市中心血站")
    False
    """
    if len(text) > TAIL:
        return False  # longer than any dateline with its reporter bracket
    return bool(_OPEN_DATELINE.match(text.replace(" ", "")))


def special_kind(text: str) -> str | None:
    """``byline`` or ``caption`` for a line that is one by itself, else None.

    >>> special_kind("（王艳）"), special_kind("献血现场。 张晓斌 摄"), special_kind("正文。")
    ('byline', 'caption', None)
    """
    if byline_only(text):
        return "byline"
    if len(text) <= 120 and caption_credit(text):
        return "caption"
    return None


_PHOTO_REPORT_END = re.compile(r"(?:摄影报道|攝影報導|摄影报导)\s*$")
CREDIT_PIECE = 12  # characters: a piece of a credit that an extractor cut off in its own font


def credit_pieces(texts: list[str]) -> set[int]:
    """Lines after which no break falls: the pieces of a photo report's credit that
    the extractor cut where the font changed (``蒋云龙`` / ``罗`` / ``嘉摄影报道``).

    >>> sorted(credit_pieces(["容。", "蒋云龙", "罗", "嘉摄影报道", "“近几年"]))
    [1, 2]
    >>> sorted(credit_pieces(["展台。", "本报记者谷凯陈航摄", "影报道", "近日，"]))
    [1]
    """
    out: set[int] = set()
    for k, text in enumerate(texts):
        if not _PHOTO_REPORT_END.search(text):
            if k and len(text.strip()) <= CREDIT_PIECE and _PHOTO_REPORT_END.search(texts[k - 1] + text):
                if photo_report(texts[k - 1] + text):
                    out.add(k - 1)  # the credit wrapped inside its mark (``…陈晓航摄`` / ``影报道``)
            continue
        start = k
        for i in range(k - 1, max(-1, k - 5), -1):
            if len(texts[i].strip()) > CREDIT_PIECE or _END_PUNCT.search(texts[i]):
                break
            if photo_report("".join(texts[i : k + 1])):
                start = i
        out.update(range(start, k))
    return out


_FULL_PUNCT = re.compile("[，。、；：！？「」『』“”‘’（）《》—…]")


def punct_slack(text: str) -> float:
    """How much wider than measured a line with full-width punctuation may be: a
    typesetter sets each mark at half or full width, :func:`visual_width` counts it
    at three quarters, so a line full of marks can look a little short.

    >>> punct_slack("對他的付出：「都是為了照顧我，媽媽才會累死的！」"), punct_slack("正文")
    (2.5, 0.0)
    """
    return 0.5 * len(_FULL_PUNCT.findall(text))


class _Reflower:
    def __init__(self, lines: list[Line], lang: str) -> None:
        self.lines = lines
        self.lang = lang
        self.boxed = boxed(lines)
        ws = [ln.width for ln in lines]
        widest = max(ws) if ws else 0.0
        self.tol = 3.0 if lang == "zh" else max(3.0, 0.08 * widest)
        texts = [ln.text for ln in lines]
        self.col = column_widths(ws, self.tol, continued=[
            k > 0 and not ends_block(texts[k - 1]) and ends_block(texts[k]) for k in range(len(lines))
        ])
        if len(lines) < 7:
            # a snippet too short for local statistics: two lines agreeing make a column
            found = [v for v in ws if sum(1 for w in ws if v - self.tol <= w <= v) >= 2]
            if found:
                self.col = [c if c is not None else max(found) for c in self.col]
        self.special = [special_kind(ln.text) for ln in lines]
        self.credit_cuts = credit_pieces(texts)
        self.pos = {ln: k for k, ln in enumerate(lines)}  # lines hash by identity
        self.indented_page = sum(ln.indent > 0 for ln in lines) < 0.7 * len(lines)

    def indent_first(self, j: int, w: float) -> bool:
        """Line ``j`` is a little short, follows a paragraph end, and precedes a full line.

        That is a paragraph's first line that lost its indent; a headline or a
        heading is followed by an indented (short) line instead, unless the line
        is short by exactly the indent (a paragraph of two lines).
        """
        if self.lines[j].width < w - 2 * INDENT:
            return False
        prev_ends = j == 0 or ends_block(self.lines[j - 1].text) or self.lines[j].blank_before or (
            self.col[j - 1] is not None and self.lines[j - 1].width < w - 2 * INDENT
        )
        if j + 1 >= len(self.lines):
            return False
        nxt, ncol = self.lines[j + 1], self.col[j + 1]
        exact = abs(self.lines[j].width - (w - INDENT)) <= 1.5  # short by exactly the indent
        return prev_ends and (not ends_block(nxt.text) or exact or (ncol is not None and nxt.width >= ncol - self.tol))

    def opens_column(self, j: int) -> bool:
        """Line ``j`` opens a paragraph mid-sentence and is short of the next line by
        exactly the indent, the next line being full in its own column: the indented
        first line of a story whose column is narrower than the one before it
        (``新中国成立后，特别是`` / ``改革开放以来，中国通信业``), not a line of that
        wider column ending early.
        """
        if j + 1 >= len(self.lines) or ends_block(self.lines[j].text) or _END_PUNCT.search(self.lines[j].text):
            return False
        a, b, nc = self.lines[j], self.lines[j + 1], self.col[j + 1]
        return abs(b.width - a.width - INDENT) <= 1.5 and nc is not None and abs(b.width - nc) <= self.tol

    def wider_after(self, j: int, w: float) -> bool:
        """The second line after line ``j`` is wider than its column ``w``, the first
        one too once its indent is counted: a wider column starts there (no line runs
        past its own column).

        ``…一条龙一站式服务。`` (a full line of 35) / ``春节是辞旧迎新的…`` (39.5) / ``新的憧憬…`` (39.5).
        """
        after = self.lines[j + 1 : j + 3]
        return len(after) == 2 and after[0].width > w - INDENT + self.tol and after[1].width > w + self.tol

    def stray_after(self, j: int, w: float) -> bool:
        """After line ``j`` ends a sentence, the next line is too short for the full
        line of a paragraph (carried on or indented) and ends nothing itself, or is a
        label: a title or heading line, not text of the paragraph (``…建设性的帮助。``
        / ``一项了不起的科技``).
        """
        b = self.lines[j + 1]
        whole = not ends_block(b.text) or bool(_LABEL_LINE.match(b.text))  # nothing ended, or a unit
        return b.width < w - INDENT - self.tol and whole and not self.special[j + 1]

    def reporter_after_dateline(self, j: int, so_far: str) -> bool:
        """The next line is the reporter's bracket of a dateline the extractor cut
        over lines (``本报约翰内斯堡2月`` / ``14日电`` / ``（记者吕强）``): no byline.
        """
        return (self.lang == "zh" and self.special[j + 1] == "byline" and not self.special[j]
                and bool(dateline(so_far)) and open_dateline(so_far))

    def boxed_pair(self, j: int) -> bool:
        """Line ``j`` opens a paragraph mid-sentence (a comma in it, none at its end)
        and the next, no wider, closes it: a paragraph of two lines set in a box
        narrower than the column around it (``一些特色小镇千镇一面，历史文化街区缺乏特``
        / ``性，在当下已成为各界高度关注的问题。``), not a short line ending a paragraph.
        """
        a, b = self.lines[j], self.lines[j + 1]
        if ends_block(a.text) or _END_PUNCT.search(a.text) or not _MID_PUNCT.search(a.text):
            return False
        return ends_block(b.text) and b.width <= a.width + self.tol and not self.special[j + 1]

    def short(self, j: int) -> bool:
        w = self.col[j]
        return w is not None and self.lines[j].width < w - self.tol - self.pushed(j)

    def tail_follows(self, j: int) -> bool:
        """Line ``j`` stops mid-sentence inside a sentence (a comma in it, none at its
        end) and the next line is a short one closing that sentence.

        A justified line squeezed by line-breaking rules loses its letter spacing in
        ``despace`` and looks short: ``35岁的邝必传，最近出`` / ``了名。``.
        """
        a, b = self.lines[j].text, self.lines[j + 1].text
        if ends_block(a) or _END_PUNCT.search(a) or not _MID_PUNCT.search(a):
            return False
        return ends_sentence(b) and len(b) <= len(a) // 2 and not self.special[j + 1]

    def pushed(self, j: int) -> float:
        """Width of the unbreakable Latin/digit run opening line ``j + 1``, which the
        typesetter could not fit at the end of line ``j`` (so line ``j`` ends early).

        ``前审定的渤海油田渤中`` / ``19 — 6凝析气田`` is one paragraph, not two.
        """
        if self.lang != "zh" or j + 1 >= len(self.lines):
            return 0.0
        m = _LEADING_RUN.match(self.lines[j + 1].text)
        return visual_width(m.group(0)) + 1.0 if m else 0.0

    def printed_width(self, j: int, so_far: str) -> float:
        """Width of the printed line that line ``j`` ends: the line itself, or with the
        dateline before it that the extractor cut off in its own font.

        ``本报北京2月19日电`` / ``（记者刘志强）日前，交通运输部、`` was one full line.
        """
        a = self.lines[j]
        if j > 0 and so_far == self.lines[j - 1].text + a.text and open_dateline(self.lines[j - 1].text):
            return self.lines[j - 1].width + 1.5 + a.width
        return a.width

    def breaks_after(self, j: int, open_brackets: int, so_far: str) -> bool:
        a, b = self.lines[j], self.lines[j + 1]
        if j in self.credit_cuts or self.reporter_after_dateline(j, so_far) or _LONE_MARK.match(a.text):
            return False  # a credit or dateline cut over lines; a bullet with its text on the next line
        if self.special[j] == "byline" and j > 0 and self.reporter_after_dateline(j - 1, so_far[: -len(a.text)]):
            return False  # the dateline's reporter, and the paragraph goes on
        if self.special[j] or self.special[j + 1] or dateline(b.text) or report_note(so_far) or photo_report(so_far):
            return True  # the reporters' list or a photo report's credit closes its story
        if self.lang == "zh" and open_dateline(so_far) and not ends_block(a.text) and (self.boxed or not b.blank_before):
            return False  # a dateline the extractor cut over lines of its own
        tail = so_far[-TAIL:]  # the paragraph's end so far: a byline may be cut over lines
        if closing_byline(tail) or closing_dateline(tail):
            return True  # a byline or a bracketed dateline closes its story
        if open_brackets > 0 and not ends_block(a.text) and bracket_balance(b.text) < 0:
            return False  # a quote or bracket opened here closes on the next line
        if b.blank_before and not self.boxed:
            return ends_block(a.text) or self.short(j) or self.col[j] is None
        w = self.col[j]
        if w is None:
            return open_brackets <= 0 and not (self.boxed and a.box == b.box)
        if self.printed_width(j, so_far) + punct_slack(a.text) < w - self.tol - self.pushed(j):
            # a short line ends a block, unless it is a paragraph's indented first line
            # or a line that lost its justification before the paragraph's last words
            if self.lang == "zh" and self.tail_follows(j):
                return False
            if so_far == a.text and (self.opens_column(j) or self.boxed_pair(j)):
                return False
            if j > 0 and _LONE_MARK.match(self.lines[j - 1].text) and so_far.endswith(a.text) and not ends_block(a.text):
                return False  # the first line of a bulleted point, short by its bullet
            return ends_block(a.text) or not self.indent_first(j, w)
        if self.indented_page and b.indent >= a.indent + 2:
            return True
        if ends_block(a.text):
            if b.width > w + 2 * self.tol or self.wider_after(j, w):
                return True
            nc = self.col[j + 1]
            if nc is not None and abs(nc - w) > 2 * self.tol:
                return True  # the next line starts a run of another width: another column
            indented = w - INDENT - 1.5 <= b.width + punct_slack(b.text) and b.width <= w - INDENT + 1.5 + 0.01
            if indented and not ends_sentence(b.text):
                return True
            if self.stray_after(j, w):
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

    def split_loose(self, g: list[Line]) -> list[list[Line]]:
        """Standalone lines apart, unless boxed together or a bracket is open."""
        out: list[list[Line]] = [[g[0]]]
        bal = bracket_balance(g[0].text)
        for prev, ln in itertools.pairwise(g):
            together = (bal > 0 or (self.boxed and ln.box == prev.box) or open_dateline(prev.text)
                        or bool(_LONE_MARK.match(prev.text)))
            if together:
                out[-1].append(ln)
            else:
                out.append([ln])
                bal = 0
            bal += bracket_balance(ln.text)
        return out

    def is_body(self, g: list[Line]) -> bool:
        text = "".join(ln.text for ln in g)
        if ends_block(g[-1].text) or (dateline(text) and len(g) >= 2):
            return True
        if self.lang != "zh":
            return len(g) >= 2 or len(text) > 60
        return len(g) >= 3 and len(_MID_PUNCT.findall(text)) >= 2

    def blocks(self) -> list[Block]:
        out: list[Block] = []
        for g in self.groups():
            whole = "".join(ln.text for ln in g)
            if len(g) == 1:
                kind = self.special[self.pos[g[0]]]
            else:  # a bracketed byline cut over lines is still a byline
                kind = "byline" if byline_only(whole) else None
            if kind:
                out.append(self.block(kind, g))
            elif report_note(whole) or photo_report(whole):
                out.append(self.block("line", g))  # cut over lines in its own fonts, still one credit
            elif self.is_body(g):
                out.append(self.block("body", g))
            else:
                out.extend(self.block("line", sub) for sub in self.split_loose(g))
        return out

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
    lines = measure(page.lines)
    if page.lang in (None, "auto"):
        page.lang = detect_lang("\n".join(page.lines))
    if not lines:
        page.blocks = []
        return page
    # Latin pages (any page that is not CJK) get their own rules: papercli.latin
    page.blocks = _Reflower(lines, page.lang).blocks() if page.lang == "zh" else latin_blocks(lines, page.lines)
    if page.lang == "zh":
        brackets_across_lines(page)
    joined = sum(len(b.lines) - 1 for b in page.blocks)
    if joined:
        first = next(b for b in page.blocks if len(b.lines) > 1)
        page.record_fix("reflow", "\n".join(first.lines[:2]), first.text[:60], joined)
    return page
