"""Blocks to articles: datelines open a story, bylines close it, and standalone
lines become headline candidates and captions for ``match`` to attach.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable
from typing import Any

from papercli.chars import CJK, bracket_balance, ends_sentence, flat
from papercli.cohesion import bigram_counts
from papercli.decks import split_summary, summary_home
from papercli.dumps import (
    ANY_PUNCT,
    POSITION_MARK,
    SNIPPET,
    WIDTH_CHANGE,
    closed_title,
    column_tagged,
    continues_title,
    dash_deck,
    pieces,
    snippets,
    tagged_question,
    title_count,
    titled,
    unsigned_tail,
)
from papercli.layout import boxed_text, visual_width
from papercli.lineends import ends_block
from papercli.model import Article, Block, Caption, Loose, Page
from papercli.reflow import reflow_page
from papercli.signals import (
    author_line,
    author_note,
    byline_only,
    caption_credit,
    closing_byline,
    credit_line,
    dateline,
    editors_note,
    editors_signoff,
    field_line,
    folio,
    issued,
    photo_credit_line,
    photo_report,
    place_credit,
    reporter_line,
    signature,
    source_note,
    trailing_byline,
)
from papercli.storyparts import (
    BULLET,
    PHOTO_CREDIT,
    caption_of,
    caption_sentence,
    closes_story,
    lead_in,
    merge_split_captions,
    normalise_dateline,
    photo_note,
    summary_only,
    summary_point,
)
from papercli.titlecuts import line_ends

#: digits and Latin letters, whose widths in a CJK line are a guess
_GUESSED_WIDTH = re.compile(r"[0-9A-Za-z]")
#: a change of column width by this share starts a new story (text wrapped around a
#: picture narrows by less)
NEW_COLUMN = 0.2
#: a story's column does not widen: a wider one by this share starts a new story
WIDER_COLUMN = 0.1


def title_run(lines: list[tuple[Any, ...]], pos: int) -> int:
    """How many of ``lines`` (text, block position, ...) stand in the blocks right
    before block ``pos``, one after another: a run of titles emitted together.

    >>> title_run([("甲", 3), ("乙", 5), ("丙", 6)], 7)
    2
    """
    n = 0
    for entry in reversed(lines):
        if entry[1] != pos - 1 - n:
            break
        n += 1
    return n


def column_of(b: Block) -> float | None:
    """Median width of a body block's inner lines (first and last are often short)."""
    inner = [visual_width(x) for x in b.lines[1:-1]]
    if len(inner) < 2:
        return None
    return statistics.median(inner)


VERSE_LINES = 3  # lines of a block before its line ends can show a verse
VERSE_CHARS = 12  # characters of a verse's line at the most
VERSE_SHARE = 0.7  # of the story's column: a verse's lines are narrower than this

#: a line that stops at a clause mark: in a verse each line does, wherever the column ends
CLAUSE_END = re.compile(r"[，。、；：！？,;:!?][”’」』）)]*$")


def verse(b: Block) -> bool:
    """Every line of block ``b`` (of :data:`VERSE_LINES` or more) ends at a clause mark:
    a verse or a list set line by line, whose widths tell nothing of the column.

    >>> verse(Block("body", ["这正是：", "春风吹绿江边柳，", "细雨润红岸上花。"], 0, ""))
    True
    >>> verse(Block("body", ["春风吹绿了江边的柳树，细雨", "润红了岸上的花朵。"], 0, ""))
    False
    """
    return len(b.lines) >= VERSE_LINES and all(CLAUSE_END.search(x.rstrip()) for x in b.lines)


def full_width(b: Block) -> float | None:
    """The width of a short block's widest line but its last: all a paragraph of two
    or three lines shows of its column (its first line may be indented).

    >>> full_width(Block("body", ["中国要强，农业必须强；", "中国要美，农村必须美；中国", "要富。"], 0, ""))
    25.0
    """
    return max(visual_width(x) for x in b.lines[:-1]) if len(b.lines) >= 2 else None


TAG_RUN = 3  # standalone title lines in a row before a bracketed word: a run of titles, and the word a tag
#: blocks after a summary point in which the next point of its run stands: a summary's
#: points follow one another, an interview's section headings stand paragraphs apart
POINTS_REACH = 2
LEAD_MAX = 3  # paragraphs: a box's heading and the short lines under it that lead into a story
LEAD_LINES = 2  # lines of each of them at the most
FIRST_LINES = 3  # lines of a paragraph whose first line shows its column's width less the indent
NARROW_LINES = 3  # lines of a block in a narrower box before it counts as another story's column
WIDE_LINES = 5  # lines of a wider block that tell its column on their own
DECK_LINES = 3  # lines of each before a dateline: an item's heading and its deck lead into the item
DUMPED = 0.5  # title lines after the last body, per story, that show the titles were emitted last
LEAD_CHARS = 24  # characters: a lead of one short sentence set above a story
LEAD_REACH = 3  # paragraphs either side whose words a lead is weighed against
HEADING_FULL = 0.75  # of the column width: a heading line this wide may wrap


def join_wrapped_headings(held: list[tuple[str, int]], width: float | None) -> list[tuple[list[str], int]]:
    """Section headings inside a story, a heading wrapped over two lines made one.

    A standalone line nearly as wide as the column, with a comma inside and none at
    its end, that is followed by another standalone line is the first half of one
    heading (``标准化，各条线的资源`` / ``下沉有载体``); short ones and titles without
    punctuation stay apart (``记者手记``).

    >>> join_wrapped_headings([("标准化，各条线的资源", 7), ("下沉有载体", 8)], 24.0)
    [(['标准化，各条线的资源', '下沉有载体'], 7)]
    >>> join_wrapped_headings([("记者手记", 3), ("身边的改变", 4)], 24.0)
    [(['记者手记'], 3), (['身边的改变'], 4)]
    """
    out: list[tuple[list[str], int]] = []
    for text, pos in held:
        if out and width and len(out[-1][0]) == 1:
            first = out[-1][0][0]
            if (visual_width(first) >= HEADING_FULL * width and ANY_PUNCT.search(first)
                    and not _END_MARK.search(first) and not reporter_line(text)):
                out[-1][0].append(text)
                continue
        out.append(([text], pos))
    return out


_END_MARK = re.compile(r"[。！？；：，、”」』）)]$")


CAPTION_MIN = 8  # characters of a caption with no credit standing among the titles
_RUN_IN = re.compile(r"^\s*[■□◆◇●]\s*([^，。！？；：\s]{2,30})\s+")  # a bullet, a title, a space


def run_in_titles(blocks: list[Block]) -> tuple[list[Block], set[int]]:
    """A brief whose title is run in before its dateline (``◆城区新增4条夜间公交线路
    本报讯 9月1日起，…``, the title wrapped over lines or not) is a title line and a
    paragraph opened by the dateline: a briefs column sets each item so. Returns the
    blocks and the indices of those title lines.

    >>> out, titles = run_in_titles([Block("body", ["◆城区新增夜间公交线", "路 本报讯 9月1日起，城区开通"], 0,
    ...                                          "◆城区新增夜间公交线路 本报讯 9月1日起，城区开通")])
    >>> [(b.kind, b.text) for b in out], titles
    ([('line', '◆城区新增夜间公交线路'), ('body', '本报讯 9月1日起，城区开通')], {0})
    """
    out: list[Block] = []
    titles: set[int] = set()
    for b in blocks:
        m = _RUN_IN.match(b.text) if b.kind in ("body", "line") else None
        if m is None or not dateline(b.text[m.end():]):
            out.append(b)
            continue
        title = b.text[: m.end()].strip()
        titles.add(len(out))
        out += [Block("line", [title], b.start, title), Block("body", b.lines, b.start, b.text[m.end():])]
    return out, titles


class _Segmenter:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.blocks: list[Block] = []  # the page's blocks, as ``run`` reads them
        self.articles: list[Article] = []
        self.cur: Article | None = None
        self.closed = True
        self.held: list[tuple[str, int]] = []  # standalone lines after the current body
        self.width: float | None = None  # column width of the current article
        self.widest = 0.0  # its widest inner line in the last block measured
        self.widths: list[float] = []  # the column widths measured in the current article
        self.captions: list[tuple[Caption, int, int]] = []  # caption, owning article, block index
        self.headlines: list[tuple[str, int, int]] = []  # text, block index, article before it
        self.after_caption: set[tuple[str, int]] = set()  # headline candidates right after a caption
        self.run_in: set[int] = set()  # blocks that are titles run in before a dateline (run_in_titles)
        # block index and lines of each paragraph (a heading wrapped over two blocks: one entry a line)
        self.sources: list[list[tuple[int, list[str]]]] = []
        # where the headings kept last in the open story start (paragraph, source entry),
        # until a block of measured width follows them
        self.heads_at: tuple[int, int] | None = None
        self.labelled = False  # the open story is so far a box's label and the summary under it
        self.tail = 0  # where the titles emitted after the bodies start (``run`` finds out)
        self.verses: dict[str, list[str]] = {}  # a verse's paragraph and its printed lines
        self.opening: str | None = None  # a reporters' place credit under a title, for the story it opens

    def new_article(self) -> Article:
        """Open a story; its column width is learnt from its own blocks (a width left
        over from the story before would read a change of column into its first ones)."""
        self.cur = Article(paragraphs=[], byline=self.opening, byline_first=self.opening is not None)
        self.opening = None
        self.articles.append(self.cur)
        self.sources.append([])
        self.closed = False
        self.width = None
        self.widths = []
        self.heads_at = None
        return self.cur

    def body(self, b: Block, pos: int, width: float | None, next_width: float | None) -> None:
        """Add a body block; a dateline, a closed story or a lasting change of column
        width (the next measured block agrees with the new width) starts a new article."""
        text, dl = normalise_dateline(b.text)
        set_as_verse = verse(b)
        if set_as_verse:
            width = est = None  # its line ends tell nothing of its column
        else:
            est = width if width is not None else full_width(b) if len(b.lines) > 1 else self.lone_width(b, pos, next_width)
        sentence = width is None and ends_sentence(text) and not closes_story(text)
        changed = (self.moved(est, next_width, sentence, len(b.lines)) or self.narrows_on(b, est, next_width)
                   or self.signed_apart(b, pos, est))
        summary = self.cur is not None and not self.closed and (summary_only(self.cur) or self.labelled)
        self.labelled = False
        # the editor's note over a story is its first paragraph: the story's dateline opens no other
        noted = bool(dl and not self.held and self.under_note())
        titled_next = self.title_held()
        points = self.held_points(text)
        label = self.held[-1] if len(self.held) > 1 and self.boxed_label(*self.held[-1], pos) else None
        lead = None
        # an editor's note opens the story it stands over (``编者按：…``), never the open one's text
        note_opens = editors_note(text) and self.cur is not None and not all(map(editors_note, self.cur.paragraphs))
        if not (summary or noted) and (dl or self.cur is None or self.closed or changed or titled_next or note_opens
                                       or self.after_author(text)
                            or points or self.summary_starts(text, pos) or (label and self.titled_label())):
            if not points:
                for held_text, held_pos in self.held[: -1 if label else None]:
                    self.headlines.append((held_text, held_pos, len(self.articles)))
                self.held = []
            lead = self.take_lead(LEAD_LINES if changed else DECK_LINES) if (changed or dl) and not self.closed else None
            if lead is None and changed and not self.closed:
                lead = self.first_line_apart(b, pos)
            opened = self.new_article()
            if lead:
                opened.paragraphs, self.sources[-1] = lead
            elif label:  # a box's label and the summary under it open the story's text
                opened.paragraphs, self.sources[-1] = [label[0].strip()], [(label[1], [label[0]])]
                self.labelled = True
            elif self.label_after_title(pos):  # the same, after a story its credit closed
                held_text, held_pos, _ = self.headlines.pop()
                opened.paragraphs, self.sources[-1] = [held_text.strip()], [(held_pos, [held_text])]
                self.labelled = True
            if points:
                self.keep_points()
        elif self.held:
            self.keep_headings()
        if width is not None:
            self.width = width
            self.widest = max(visual_width(x) for x in b.lines[1:-1])
            self.widths.append(width)
        art = self.cur
        assert art is not None
        if width is not None:  # the story's column, for match to tell boxes apart: only a new width moves it
            art.column = statistics.median(self.widths)
        names = None
        tb = closing_byline(text)
        if tb and (told(art, tb[0]) or _full_stop(tb[0])) and not art.byline_first:  # signed under its title: kept
            text, names = tb[0].rstrip(), tb[1]
        if dl and len(art.paragraphs) == (len(lead[0]) if lead else 0):
            art.dateline = dl  # the story's first text, after any heading that leads into it
        if text:
            art.paragraphs.append(text)
            self.sources[-1].append((pos, b.lines))
            if set_as_verse and self.verse_apart(b, text):
                self.verses[text] = [ln.strip() for ln in b.lines if ln.strip()]
        if width is not None:
            self.heads_at = None
        if names:
            art.byline = names
        if names or closes_story(text):
            self.closed = True

    def lone_width(self, b: Block, pos: int = 0, next_width: float | None = None) -> float | None:
        """The width of a paragraph of one line when it and the next measured block
        (``next_width``) are wider than the open story's column (by
        :data:`WIDTH_CHANGE`): no line runs past its column, so it is set in the wider
        one that follows (``早春二月，江南水乡处处春意盎然。`` opening a story in a wider
        column after a narrow one); else None, as for any short block. A photo's
        caption, or the rest of one after block ``pos - 1``, may run wider than the
        column under its photo.

        >>> s = _Segmenter(Page("t", lines=[]))
        >>> s.width = 25.0
        >>> one = lambda t: Block("body", [t], 0, t)
        >>> s.lone_width(one("春天来了，小小山村满眼春意盎然。"), 0, 44.0)
        31.0
        >>> s.lone_width(one("春天来了，小小山村满眼春意盎然。"), 0, 25.0)  # the story goes on in its column
        >>> s.lone_width(one("春天来了。"), 0, 44.0), s.lone_width(one("王艳（左）与村民在小小山村赏花。"), 0, 44.0)
        (None, None)
        """
        if self.width is None or next_width is None or next_width <= self.width + WIDTH_CHANGE:
            return None
        if not b.lines or photo_note(b.text) or caption_sentence(b.text):
            return None  # a caption may run wider than the column under its photo
        if 0 < pos <= len(self.blocks) and (self.blocks[pos - 1].kind == "caption" or photo_note(self.blocks[pos - 1].text)):
            return None  # the rest of a caption cut over two lines
        w = visual_width(b.lines[0])
        return w if w > self.width + WIDTH_CHANGE else None

    def take_lead(self, max_lines: int = LEAD_LINES) -> tuple[list[str], list[tuple[int, list[str]]]] | None:
        """The open story's last paragraphs when they are headings kept inside it and
        lines too short to measure a column by (of ``max_lines`` each at the most),
        taken out of it: a change of column right after them shows they lead into the
        next story (a box's ``核心阅读`` / ``金融稳，经济稳。`` above a wider column), as
        does a dateline (a roundup item's heading and deck, :data:`DECK_LINES`, whose
        last line ends no sentence).
        """
        if self.cur is None or self.heads_at is None or self.heads_at[0] == 0:
            return None
        k, s = self.heads_at
        if len(self.cur.paragraphs) - k > LEAD_MAX or any(len(lines) > max_lines for _, lines in self.sources[-1][s:]):
            return None  # a section of short quotes and their sources, or a section's text
        if max_lines == DECK_LINES and ends_sentence(self.cur.paragraphs[-1]):
            return None  # a deck ends no sentence: a section's heading and its text end the story
        lead = (self.cur.paragraphs[k:], self.sources[-1][s:])
        del self.cur.paragraphs[k:], self.sources[-1][s:]
        return lead

    def first_line_apart(self, b: Block, pos: int) -> tuple[list[str], list[tuple[int, list[str]]]] | None:
        """The open story's last paragraph, taken out of it, when it is a short one
        (too short to measure a column by) right before block ``b`` at ``pos``, which
        sets in a new column, and its first line is as wide as ``b``'s and wider by
        :data:`~papercli.dumps.WIDTH_CHANGE` than the first line of every full
        paragraph of the story (:data:`FIRST_LINES` or more lines): a first line is
        the column less its indent, so one that long is no line of the story's
        narrower column but the new story's opening (``对多数人来说，春节意味着走亲访`` /
        ``友，阖家团圆。`` before ``然而，在祖国东极…`` in a wider column). First lines
        with digits or Latin letters are not counted: their widths are a guess (a
        year's digits in ``1950年春，他参加了`` may be set narrower than measured).
        """
        if self.cur is None or len(self.cur.paragraphs) < 2 or not self.sources[-1]:
            return None
        last_pos, lines = self.sources[-1][-1]
        if last_pos != pos - 1 or not lines or len(lines) >= FIRST_LINES or not b.lines:
            return None
        if self.cur.paragraphs[-1] != self.blocks[last_pos].text.strip():
            return None  # a byline or a note taken off it: not a paragraph as printed
        firsts = [visual_width(src[0]) for _, src in self.sources[-1][:-1]
                  if len(src) >= FIRST_LINES and not _GUESSED_WIDTH.search(src[0])]
        if not firsts:
            return None
        w, new = visual_width(lines[0]), visual_width(b.lines[0])
        if w <= max(firsts) + WIDTH_CHANGE or abs(w - new) > WIDTH_CHANGE:
            return None
        lead = ([self.cur.paragraphs[-1]], [self.sources[-1][-1]])
        del self.cur.paragraphs[-1], self.sources[-1][-1]
        return lead

    def label_after_title(self, pos: int) -> bool:
        """The last two headline candidates stand right before block ``pos``, which
        opens a story: a title (:meth:`titled_label`) and a box's label set in one text
        box with block ``pos`` (:meth:`boxed_label`), which opens the story's text."""
        last = [(t, p) for t, p, before in self.headlines[-2:] if before == len(self.articles) - 1]
        if len(last) != 2 or last[1][1] != pos - 1 or last[0][1] != pos - 2:
            return False
        return self.boxed_label(*last[1], pos) and self.titled_label(last)

    def under_note(self) -> bool:
        """The open story so far is only the editor's note over it (``编者按：…``, or a
        note and its sign-off, :meth:`signed_note`): what follows is that story's."""
        return (self.cur is not None and not self.closed and bool(self.cur.paragraphs)
                and (all(map(editors_note, self.cur.paragraphs)) or self.signed_note()))

    def signed_note(self) -> bool:
        """The open story so far is an editor's note signed off under it (``…的探索。`` /
        ``——编 者``, :data:`NOTE_PARAGRAPHS` paragraphs at most): the dateline after it
        opens the story the note stands over, not another."""
        paras = self.cur.paragraphs if self.cur is not None else []
        return 2 <= len(paras) <= NOTE_PARAGRAPHS and editors_signoff(paras[-1])

    def titled_label(self, lines: list[tuple[str, int]] | None = None) -> bool:
        """The lines held since the story's last paragraph (or ``lines``) are a title, set
        in place (:data:`TITLE_OVER_POINTS` characters or more, no sentence end), and a
        box's label under it (:meth:`boxed_label`): the next story's (``城市书房开进居民小区``
        / ``阅读提示`` over the summary), not a section heading of the story before."""
        lines = self.held if lines is None else lines
        return len(lines) == 2 and _title_in_place(lines[0][0])

    def summary_starts(self, text: str, pos: int) -> bool:
        """A summary point (:func:`summary_point`) right after the open story's plain
        text, with another point in the :data:`POINTS_REACH` blocks after it, opens the
        next story: a summary's points stand in a run above a story, one after another
        (an interview's section headings stand paragraphs apart). A point standing
        alone heads a section inside the story (an interview's ``■守住耕地红线，…``).
        After a section's heading and author (``上海交通大学`` / ``与老师共进年夜饭`` /
        ``程茵``) it opens that section; under one title line set in place above it
        (:meth:`title_over_points`) it opens the next story."""
        return (self.cur is not None and bool(self.cur.paragraphs) and summary_point(text)
                and not summary_point(self.cur.paragraphs[-1]) and (not self.held or self.title_over_points())
                and any(BULLET.match(b.text) for b in self.blocks[pos + 1 : pos + 1 + POINTS_REACH]))

    def title_over_points(self) -> bool:
        """The one line held since the story's last paragraph reads as a title over a
        summary's points: :data:`TITLE_OVER_POINTS` characters or more, no sentence end,
        no bullet (``城市书房开进居民小区`` / ``■社区书房覆盖…`` / ``■书房全天开放…``). A
        section's heading inside a story stands over its author's name and one point.

        >>> s = _Segmenter(Page("t", lines=[]))
        >>> s.held = [("城市书房开进居民小区", 3)]
        >>> s.title_over_points()
        True
        >>> s.held = [("市第一中学", 3), ("林芳", 4)]
        >>> s.title_over_points()
        False
        """
        return len(self.held) == 1 and _title_in_place(self.held[0][0])

    def held_points(self, text: str) -> bool:
        """The lines held since the story's last paragraph start with a summary point
        (:func:`summary_point`), another point follows among them or opens the body
        block ``text``, and the story is not its summary: they open the next story. The
        points may stand under the title lines set in place above them
        (:meth:`first_point`). One point alone heads a section of the story
        (:meth:`summary_starts`)."""
        first = self.first_point()
        if first is None:
            return False
        bullets = sum(1 for t, _ in self.held[first:] if BULLET.match(t)) + bool(BULLET.match(text))
        return bullets >= 2 and self.cur is not None and not summary_only(self.cur)

    def first_point(self) -> int | None:
        """Where the held lines' summary points start: at the first held line, or after
        the title lines set in place above them (none of them a sentence)."""
        for k, (t, _) in enumerate(self.held):
            if summary_point(t):
                return k if all(not ends_sentence(x) and not BULLET.match(x) for x, _ in self.held[:k]) else None
        return None

    def keep_points(self) -> None:
        """The held lines as the open story's first paragraphs, one a summary point
        (a point wrapped over lines made one).

        A box of points narrower than the column comes out line by line:
        ``■护林员的脚步，丈量着`` / ``大山的每一道沟坎`` is one point. Title lines held
        above the points are the new story's titles; a dateline held after them opens
        the story's text (pdfminer sets each line apart, so it came as a line)."""
        assert self.cur is not None
        first = self.first_point() or 0
        for text, pos in self.held[:first]:  # the title set in place above the points
            self.headlines.append((text, pos, len(self.articles) - 1))
        for text, pos in self.held[first:]:
            if dateline(text):  # the story's text after its points opens with its dateline
                self.cur.paragraphs.append(text.strip())
                self.sources[-1].append((pos, [text]))
            elif self.cur.paragraphs and not BULLET.match(text):
                self.cur.paragraphs[-1] += text.strip()
                self.sources[-1][-1][1].append(text)
            else:
                self.cur.paragraphs.append(text.strip())
                self.sources[-1].append((pos, [text]))
        self.held = []

    def moved(self, width: float | None, next_width: float | None, lead: bool = False, lines: int = 0) -> bool:
        """A block of ``width`` (``next_width`` for the next measured one) is set in
        another column than the story's, and the next block stays on that side:
        wider (:meth:`wider`) or narrower by :data:`NEW_COLUMN`. A wider block of
        :data:`WIDE_LINES` ``lines`` or more tells its column on its own when the next
        block is narrower than the story's column too (a verse, a list of short lines:
        nothing there says the story came back). A short paragraph of
        one sentence or two (``lead``) whose first line stops short of the narrower
        column after it (a line of marks measures short: ``问寒暖，听心声，谋发``) leads
        into that column's story: a paragraph in the story's own column would have
        filled its first line. So does a narrower block of :data:`WIDE_LINES` lines or
        more before a block narrower than the story's column too, if wider: its lines
        tell its column on their own (a photo's caption set in a column of its own
        between two stories), and nothing says the story came back."""
        if width is None or self.width is None:
            return False
        if self.wider(width):
            return (next_width is None or self.wider(next_width)
                    or (lines >= WIDE_LINES and next_width < self.width - WIDTH_CHANGE))
        return self.narrower(width) and (next_width is None or abs(next_width - width) <= WIDTH_CHANGE
                                         or (self.narrower(next_width) and width < next_width
                                             and (lead or lines >= WIDE_LINES)))

    def narrower(self, width: float) -> bool:
        """A block of ``width`` is set narrower than the story's column by
        :data:`NEW_COLUMN` (and more than :data:`WIDTH_CHANGE`)."""
        assert self.width is not None
        return self.width - width > max(WIDTH_CHANGE, NEW_COLUMN * self.width)

    def narrows_on(self, b: Block, width: float | None, next_width: float | None) -> bool:
        """Block ``b`` of ``width`` is narrower than the story's column (:meth:`narrower`)
        and the next measured block narrower still (short lines:
        a verse, a list), and ``b`` is a paragraph of running text of its own (three
        lines or more that end a sentence, no photo's caption with its people's places,
        no sign-off after a dash): the text in the narrower box is another story's
        (a cartoon's text and verse after a commentary), not the story's going on
        around a picture, which comes back to the story's width."""
        if width is None or self.width is None or next_width is None or len(b.lines) < NARROW_LINES:
            return False
        if not self.narrower(width) or next_width >= width - WIDTH_CHANGE:
            return False
        text = b.text.strip()
        return ends_sentence(text) and not (text.startswith(("——", "--")) or POSITION_MARK.search(text))

    def signed_apart(self, b: Block, pos: int, width: float | None) -> bool:
        """Block ``b`` at ``pos``, of :data:`WIDE_LINES` lines or more, is set narrower than
        the story's column (:meth:`narrower`) and the editor's sign-off (``——编 者``) follows
        it: an editor's note in a column of its own after the story, not the story going on
        around a picture (which no sign-off closes)."""
        if width is None or self.width is None or len(b.lines) < WIDE_LINES or not self.narrower(width):
            return False
        after = self.blocks[pos + 1] if pos + 1 < len(self.blocks) else None
        return after is not None and editors_signoff(after.text)

    def title_held(self) -> bool:
        """The lines held since the story's last paragraph hold a title closed by its
        column tag (:func:`column_tagged`), and no unfinished sentence stands before it
        among them: the next story's title, not a section heading (text goes on after
        a title that OCR read into the middle of a sentence). So do a line with no mark
        and a dash subtitle under it (:func:`dash_deck`: ``伟大祖国前程远大`` / ``——习近平…的
        讲话凝聚人心催人奋进``): a heading inside a story has none. Not before the titles of a
        page that come after its bodies (:func:`title_tail`): there a tagged line among
        the text heads a box inside the story (``老支书的笔记本（记者手记）``).
        """
        for t, (text, pos) in enumerate(self.held):
            if pos < self.tail < len(self.blocks):
                continue
            prev = self.held[t - 1][0] if t else ""
            if column_tagged(text) or (prev and dash_deck(text) and not ANY_PUNCT.search(prev)):
                return not prev or ends_sentence(prev) or not ANY_PUNCT.search(prev)  # no sentence cut off
        return False

    def wider(self, width: float) -> bool:
        """A block of ``width`` is set in a wider column than the story's: wider by
        :data:`WIDER_COLUMN` and than any inner line of the story's last block (lines
        with digits measure short, so the median alone misleads), and not back at the
        median width of the story's blocks after a block of it narrowed (around a
        picture): a story that never narrowed has no column to come back to."""
        assert self.width is not None
        median = statistics.median(self.widths) if self.widths else self.width
        if abs(width - median) <= WIDTH_CHANGE and self.width < median - WIDTH_CHANGE / 2:
            return False  # back to the story's own column after a block narrowed around a picture
        return width - self.width > max(WIDTH_CHANGE, WIDER_COLUMN * self.width) and width > self.widest + WIDTH_CHANGE / 2

    def keep_headings(self) -> None:
        """The standalone lines held inside one column of the open story: its section
        headings, as paragraphs (a heading wrapped over two lines made one)."""
        assert self.cur is not None
        if self.heads_at is None:
            self.heads_at = (len(self.cur.paragraphs), len(self.sources[-1]))
        where = iter(pos for _, pos in self.held)
        for lines, _ in join_wrapped_headings(self.held, self.width):
            self.cur.paragraphs.append("".join(lines))
            self.sources[-1].extend((next(where), [ln]) for ln in lines)  # each line where it stood
        self.held = []

    def closed_by(self, kind: Callable[[str], bool]) -> bool:
        """The open story, unsigned, was closed by a paragraph of ``kind``: an author's
        note (:func:`author_note`), which a column's notice may follow (``栏目投稿邮箱：…``),
        or a production credit (:func:`credit_line`), which another may follow
        (``本期统筹：许 诺`` / ``制图：郭 祥``, the credits of one box).

        >>> s = _Segmenter(Page("t", lines=[]))
        >>> s.cur = Article(paragraphs=["正文。", "（作者为本报记者）"])
        >>> s.closed_by(author_note), s.closed_by(credit_line)
        (True, False)
        """
        return self.cur is not None and bool(self.cur.paragraphs) and not self.cur.byline and kind(
            self.cur.paragraphs[-1])

    def after_author(self, text: str) -> bool:
        """Paragraph ``text``, prose that opens with no bracket, follows the author's note
        that closed the open story (``（作者为某大学教授）`` / ``人、财、物自由流动…``): the
        next story's first paragraph. Notes may follow the author's (``（本系列评论到此
        结束）``), a story's text does not; a heading between the note and the text
        opens the next part of a feature whose parts each close with their author's
        note (``（作者为…）`` / ``绵延一个世纪的记忆`` / ``张岩`` / ``思绪回到…``).

        >>> s = _Segmenter(Page("t", lines=[]))
        >>> s.cur, s.closed = Article(paragraphs=["正文。", "（作者为本报记者）"]), False
        >>> s.after_author("春节假期刚过，不少幼儿园迎来新学期。"), s.after_author("（本系列到此结束）")
        (True, False)
        >>> s.cur.paragraphs.append("（本系列到此结束）")
        >>> s.after_author("春节假期刚过，不少幼儿园迎来新学期。")
        True
        """
        if self.closed or self.held or text.lstrip().startswith(("（", "(")) or self.cur is None or self.cur.byline:
            return False
        for p in reversed(self.cur.paragraphs):  # the notes that close the story, the author's among them
            if not p.startswith(("（", "(")):
                return False
            if author_note(p):
                return True
        return False

    def verse_apart(self, b: Block, text: str) -> bool:
        """Block ``b``, a verse set line by line (:func:`verse`, which the caller checks),
        has lines of :data:`VERSE_CHARS` characters at the most, each narrower than
        :data:`VERSE_SHARE` of the story's column (a cartoon's ``这正是：`` / ``春风吹绿柳，``
        / ``细雨润红花。``…): each of its lines is a paragraph, as printed
        (:meth:`set_verses_apart`). A narrow column's lines that end on marks by chance
        fill the column."""
        if self.width is None or flat(b.text) != flat(text):
            return False
        lines = [ln.strip() for ln in b.lines if ln.strip()]
        return all(len(ln) <= VERSE_CHARS and visual_width(ln) < VERSE_SHARE * self.width for ln in lines)

    def photo_credit(self, b: Block) -> bool:
        """A photo's bare credit with its column or agency (``范明摄（影像中国）``) right
        after a paragraph that ends a sentence: a photo story's last paragraph, as
        printed under its text, not a caption (it has no words of a caption).

        >>> s = _Segmenter(Page("-"))
        >>> s.cur = Article(paragraphs=["沙漠中的巡井车，每天往返约160公里。"])
        >>> s.photo_credit(Block("line", ["范明摄（影像中国）"], 0, "范明摄（影像中国）"))
        True
        >>> s.cur.paragraphs = ["沙漠中的巡井车，每天往返约"]
        >>> s.photo_credit(Block("line", ["范明摄（影像中国）"], 0, "范明摄（影像中国）"))
        False
        """
        return (self.cur is not None and bool(self.cur.paragraphs) and ends_sentence(self.cur.paragraphs[-1])
                and photo_credit_line(b.text.strip()))

    def note(self, b: Block, pos: int) -> None:
        """An author's note, a production credit, a notice's field (``捐款帳號：A1234``)
        or a bracketed closing dateline standing alone: a paragraph of the open story,
        after the headings held before it; the last two close the story (a field
        does too after the author's note, :meth:`closed_by`), as does a
        byline after the note (``資料來源：市衛生局（王艳）``), which is taken out of it."""
        assert self.cur is not None
        after_author = field_line(b.text) and self.closed_by(author_note)  # a column's notice under the author's note
        self.keep_headings()
        text = b.text.strip()
        # a note is no sentence to end; a photo credit keeps its agency (``…摄影报道（新华视点）``, ``范明摄（影像中国）``)
        signed = None if photo_report(text) or photo_credit_line(text) else trailing_byline(b.text)
        self.closed = closes_story(text) or after_author
        if signed and signed[0].strip():
            text, self.cur.byline, self.closed = signed[0].strip(), signed[1], True
        self.cur.paragraphs.append(text)
        self.sources[-1].append((pos, b.lines))
        self.heads_at = None

    def run(self) -> None:
        self.blocks, self.run_in = run_in_titles(merge_split_captions(self.page.blocks or []))
        blocks = self.blocks
        self.tail = title_tail(blocks, self.page.bold)
        widths = [column_of(b) if b.kind == "body" else None for b in blocks]
        next_width: list[float | None] = [None] * len(blocks)
        for i in range(len(blocks) - 2, -1, -1):
            next_width[i] = widths[i + 1] if widths[i + 1] is not None else next_width[i + 1]
        for i, b in enumerate(blocks):
            below = blocks[i + 1].text if i + 1 < len(blocks) else ""
            # a reporters' place credit (``記者陳明／台北報導``) opens a story as its dateline would, under its
            # title or right after the story before (a credit closing a story is bracketed, no place credit)
            if (credit := place_credit(b.text)) is not None and self.cur is not None and self.under_note():
                self.cur.byline, self.cur.byline_first = credit, True  # the story the note stands over goes on
            elif credit is not None:
                self.opening, self.closed = credit, True  # the story before ends: the credit is the next one's
            elif folio(b.text) or (self.cur is None and credit_line(b.text)):
                self.page.loose.append(Loose("fragment", b.text))  # the page's running head or foot
            elif (b.kind == "body" and (self.cur is None or self.closed) and caption_sentence(b.text)
                    and i + 1 < len(blocks) and blocks[i + 1].kind == "body" and not caption_sentence(blocks[i + 1].text)):
                self.captions.append((caption_of(b.text), -1, i))  # between stories: a photo's caption
            elif (b.kind == "body" and self.cur is not None and not self.closed
                  and (closes_story(b.text.strip()) or author_note(b.text.strip()))):
                self.note(b, i)  # a closing or author's note set in lines of its own width opens no story
            elif b.kind == "body" and self.caption_among_titles(b, i):
                self.captions.append((caption_of(b.text), -1, i))
            elif b.kind == "body" and self.deck_of_title(b, i):
                pass  # a title's dash subtitle, with it among the titles
            elif b.kind == "body":
                self.body(b, i, widths[i], next_width[i])
            elif self.cur is not None and (not self.closed or (field_line(b.text) and self.closed_by(author_note))
                                           or (credit_line(b.text) and self.closed_by(credit_line))) and (
                    author_note(b.text) or closes_story(b.text) or source_note(b.text) or field_line(b.text)
                    or signature(b.text) or (not self.closed and (issued(b.text, below) or self.photo_credit(b)))):
                self.note(b, i)  # a notice's address goes with the note that closed the story
            elif source_note(b.text):
                self.page.loose.append(Loose("fragment", b.text))  # a note, never a title
            elif b.kind == "byline":
                names = byline_only(b.text)
                if self.tag_title(b.text, i):
                    pass  # a title's column tag: on its title line
                elif self.cur is not None and not self.closed and names and not self.cur.byline_first:
                    self.cur.byline = names
                    self.closed = True
                else:
                    self.page.loose.append(Loose("fragment", b.text))
            elif b.kind == "caption":
                owner = len(self.articles) - 1 if (self.cur is not None and not self.closed) else -1
                self.captions.append((caption_of(b.text), owner, i))
            elif self.cur is not None and self.closed and ends_sentence(b.text):
                self.captions.append((caption_of(b.text), -1, i))  # a sentence standing alone: a caption
            elif self.cur is None or self.closed:
                self.headlines.append((b.text, i, len(self.articles)))
                if i and blocks[i - 1].kind == "caption":
                    self.after_caption.add((b.text, i))
            else:
                self.held.append((b.text, i))
        for text, pos in self.held:
            self.headlines.append((text, pos, len(self.articles)))
        if self.opening:  # a credit with no story after it is kept as it is
            self.page.loose.append(Loose("fragment", self.opening))
        self.decks_lead()
        self.dissolve_snippets()
        self.keep_lead_ins()
        self.hand_on_leads()
        self.fold_summary()
        self.set_verses_apart()

    def caption_among_titles(self, b: Block, pos: int) -> bool:
        """Body block ``b`` at ``pos`` is a photo's caption with no credit among the
        titles an extractor emitted after the bodies, the open story a signed or dated
        one (a place credit opened it, nothing closed it): one line ending its sentence
        (``寒流來襲，民眾穿上厚外套出門。``) after two title lines or more held since the
        last text (no punctuation nor a position mark, ``（左）``, which lines of a longer
        caption have), no text after it and at least :data:`CAPTION_MIN` characters (``杰。``
        ends a caption cut among titles), the block before the titles ending its sentence.
        It is no paragraph the held lines head inside the open story (a heading inside a
        story is one line and the text goes on).

        >>> s = _Segmenter(Page("t", lines=[]))
        >>> s.blocks = [Block("line", ["冷气团周末南下"]), Block("line", ["北部低温探10度"]),
        ...             Block("body", ["寒流来袭，民众穿上厚外套出门。"], 2, "寒流来袭，民众穿上厚外套出门。")]
        >>> s.held, s.cur = [("冷气团周末南下", 0), ("北部低温探10度", 1)], Article(["正文。"], byline="记者 王明")
        >>> s.caption_among_titles(s.blocks[2], 2)
        True
        """
        if len(self.held) < 2 or len(b.lines) != 1 or len(b.text.strip()) < CAPTION_MIN:
            return False
        if self.cur is None or not (self.cur.dateline or self.cur.byline):
            return False  # a caption set before the titles reads as a "story" of its own: dissolved later
        nxt = self.blocks[pos + 1] if pos + 1 < len(self.blocks) else None
        first = self.held[0][1]
        if first > 0 and not ends_block(self.blocks[first - 1].text):
            return False  # the rest of a caption the titles cut (``…幫忙金蓮婆（右`` / titles / ``鳳，為她加油打氣。``)
        return (not any(ANY_PUNCT.search(t) or POSITION_MARK.search(t) for t, _ in self.held)
                and ends_sentence(b.text) and not dateline(b.text) and (nxt is None or nxt.kind != "body"))

    def set_verses_apart(self) -> None:
        """Each verse found set line by line (:meth:`verse_apart`) becomes a paragraph a
        line, once the stories are settled (a verse counts as one paragraph until then:
        its short lines would read as a dump of titles)."""
        if not self.verses:
            return
        for art in self.articles:
            art.paragraphs = [ln for p in art.paragraphs for ln in self.verses.get(p, [p])]

    def hand_on_leads(self) -> None:
        """A story's last paragraph that is one line of one short sentence (at most
        :data:`LEAD_CHARS`, no closing note), right before the next story's text,
        goes to that story when the next story's opening shares more of its words
        than the story's own last paragraphs: a lead set above a story
        (``小社区，大天地。`` over a story of community workers), which a change of
        column cannot place when it is too short to show its own."""
        for i in range(len(self.articles) - 1):
            a, b = self.articles[i], self.articles[i + 1]
            src, nxt = self.sources[i], self.sources[i + 1]
            if len(a.paragraphs) < 2 or a.byline or not src or not nxt or len(src[-1][1]) != 1:
                continue
            last = a.paragraphs[-1].strip()
            if len(last) > LEAD_CHARS or not ends_sentence(last) or closes_story(last) or nxt[0][0] != src[-1][0] + 1:
                continue
            lead = set(bigram_counts(last))
            after = len(lead & set(bigram_counts("".join(b.paragraphs[:LEAD_REACH]))))
            before = len(lead & set(bigram_counts("".join(a.paragraphs[-LEAD_REACH - 1:-1]))))
            if after > before:
                b.paragraphs.insert(0, a.paragraphs.pop())
                nxt.insert(0, src.pop())

    def deck_of_title(self, b: Block, pos: int) -> bool:
        """A line of its own opening with a dash (``——记…``) right after a standalone
        line that ends no sentence (a title) is that title's subtitle, not a closing
        attribution of the story before (``——张三``, which follows a paragraph). It
        joins the title lines, held or waiting for their story. Returns whether it did."""
        if len(b.lines) != 1 or not b.text.strip().startswith(("——", "--")):
            return False
        lines = self.title_before(pos)
        if lines is None:
            return False
        lines.append((b.text.strip(), pos, *lines[-1][2:]))
        return True

    def title_before(self, pos: int) -> list[Any] | None:
        """The held lines or the headlines, whichever ends with a standalone title line
        right before block ``pos`` (one that ends no sentence and is no byline)."""
        for lines in (self.held, self.headlines):
            if lines and lines[-1][1] == pos - 1 and not ends_sentence(lines[-1][0]) and not byline_only(lines[-1][0]):
                return lines
        return None

    def tag_title(self, text: str, pos: int) -> bool:
        """A word in brackets (``（链接）``) right after a standalone line that ends no
        sentence (``办事不用跑，一网就能通``), both printed twice (fake bold), or after
        the last of :data:`TAG_RUN` such lines in a row with no body after them (the
        titles emitted together after the bodies), is that title's column tag, not the
        byline of the story before.
        The tag goes on the title line, held or waiting for its story. Returns whether
        it did."""
        lines = self.title_before(pos)
        if lines is None:
            return False
        printed_twice = self.page.bold | self.page.whole
        if (text.strip() in printed_twice and lines[-1][0].strip() in printed_twice) or (
                title_run(lines, pos) >= TAG_RUN and not any(b.kind == "body" for b in self.blocks[pos + 1:])):
            lines[-1] = (lines[-1][0] + text.strip(), *lines[-1][1:])
            return True
        return False

    def printed_lines(self, text: str, pos: int) -> int:
        """How many printed lines the title ``text`` from block ``pos`` was set in (at
        least one): a title wrapped over two lines counts as two, as its pieces would."""
        lines = self.blocks[pos].lines if 0 <= pos < len(self.blocks) else []
        return max(1, sum(1 for ln in lines if ln.strip() and ln.strip() in text))

    def titles_dumped(self) -> bool:
        """The page's titles were emitted after the bodies: at least :data:`DUMPED`
        printed title lines a story after the last paragraph of text (longer than
        :data:`SNIPPET`: title lines read as a story of their own do not count), of
        four characters or more (:func:`_title_line`, counted by :meth:`printed_lines`).
        A production credit (``制图：…``, printed in fake bold at a page's foot) is no title."""
        if not self.articles or not any(self.sources):
            return False
        # the last paragraph of text (title lines read as a story of their own do not count)
        placed = [p for src in self.sources for p, lines in src
                  if len("".join(lines)) > SNIPPET or dateline("".join(lines).strip())]
        last = max(placed or [p for src in self.sources for p, _ in src])
        dumped = sum(max(self.printed_lines(t, p), title_count(t)) for t, p, _ in self.headlines
                     if p > last and len(t.strip()) >= 4 and _title_line(t, self.bold_lines(t, p))
                     and not credit_line(t))
        return dumped >= max(2, DUMPED * len(self.articles))

    def bold_lines(self, text: str, pos: int) -> set[str] | frozenset[str]:
        """The page's fake-bold lines, with ``text`` among them when every line of its
        block ``pos`` was printed in fake bold: a bold title wrapped over two lines
        (``社区书屋，春节不打烊（新春走基层`` / ``）``) is bold as a whole."""
        lines = [ln.strip() for ln in self.blocks[pos].lines if ln.strip()] if 0 <= pos < len(self.blocks) else []
        if lines and all(ln in self.page.bold for ln in lines):
            return self.page.bold | {text.strip()}
        return self.page.bold

    def decks_lead(self) -> None:
        """On a page whose titles were emitted after the bodies, a "story" of a few
        paragraphs that end no sentence and are no credit (:func:`_deck_line`), right
        before a story opened by its dateline, is that story's deck
        (``将加快建设城乡公交网络，让村民出行更方便`` / ``本报北京3月2日电…``): its first
        paragraphs, not a title. It stood apart because it is set wider than the
        column before it."""
        if not self.titles_dumped():
            return
        for i in range(len(self.articles) - 2, -1, -1):
            art, nxt = self.articles[i], self.articles[i + 1]
            if (art.dateline or art.byline or not nxt.dateline or not art.paragraphs or len(art.paragraphs) > LEAD_MAX
                    or not all(map(_deck_line, art.paragraphs)) or not self.sources[i]
                    or self.sources[i][-1][0] + 1 != self.sources[i + 1][0][0]):
                continue
            nxt.paragraphs[:0] = art.paragraphs
            self.sources[i + 1][:0] = self.sources[i]
            del self.articles[i], self.sources[i]
            self.headlines = [(t, p, b - 1 if b > i else b) for t, p, b in self.headlines]
            self.captions = [(c, o - 1 if o > i else o, p) for c, o, p in self.captions]

    def fold_summary(self) -> None:
        """The page's last "story", a few title lines and one justified block that
        another story's text retells (:func:`papercli.decks.summary_home`), is that
        story's deck dumped with the titles (``市长会见外宾`` / ``市长强调，…``):
        the deck becomes the story's subheadline and the title lines headline
        candidates again. Nothing is dropped: the deck is printed as the subheadline."""
        if len(self.articles) < 2:
            return
        art, src = self.articles[-1], self.sources[-1]
        if art.dateline or art.byline:
            return
        placed = [(p, ln.strip()) for p, block in src for ln in block if ln.strip()]
        split = split_summary(art.paragraphs, [ln for _, ln in placed])
        if split is None:
            return
        titles, deck = split
        home = summary_home(deck, ["".join(a.paragraphs) for a in self.articles], len(self.articles) - 1)
        if home is None:
            return
        story = self.articles[home]
        story.subheadline = f"{story.subheadline}{deck}" if story.subheadline else deck
        last = len(self.articles) - 1
        self.headlines = sorted(self.headlines + [(t, p, last) for (p, _), t in zip(placed, titles, strict=False)],
                                key=lambda h: h[1])
        self.captions = [(c, -1 if o == last else o, p) for c, o, p in self.captions]
        del self.articles[-1], self.sources[-1]

    def keep_lead_ins(self) -> None:
        """On a page whose titles were emitted after the bodies (:meth:`titles_dumped`), the
        standalone lines right before a story are its own first paragraphs: a box
        heading (``核心阅读``), a salutation (``编辑同志：``), a subtitle and the
        author's name set in the column, not its title. On a page read in order, the
        lines between a title closed by its column tag and the story are such lines
        (:func:`_after_title`), as is the reporters' line right before the story
        (``本报记者 王立新 通讯员 陈晓`` under a title and its dash subtitle).
        """
        if not self.articles or not any(self.sources):
            return
        dumped_titles = self.titles_dumped()
        taken: set[int] = set()
        latest_first = sorted(range(len(self.headlines)), key=lambda k: -self.headlines[k][1])
        for idx, (art, src) in enumerate(zip(self.articles, self.sources, strict=True)):
            if not src:
                continue
            want = src[0][0] - 1
            lead: list[tuple[str, int]] = []
            for k in latest_first:
                text, pos, before = self.headlines[k]
                if pos == want and before == idx and not PHOTO_CREDIT.search(text) and pos not in self.run_in:
                    lead.insert(0, (text, k))
                    want -= 1
                elif pos < want:
                    break
            if not dumped_titles:
                lead = (_after_title(lead) or [x for x in lead[-1:] if reporter_line(x[0])]
                        or [x for x in lead[-1:]
                            if len(lead) > 1 and self.boxed_label(x[0], self.headlines[x[1]][1], src[0][0])])
            elif len(lead) == 1 and not lead_in(lead[0][0]):
                lead = []
            if lead:
                art.paragraphs[:0] = [t for t, _ in lead]
                src[:0] = [(self.headlines[k][1], [t]) for t, k in lead]
                taken.update(k for _, k in lead)
        self.headlines = [h for k, h in enumerate(self.headlines) if k not in taken]

    def boxed_label(self, text: str, pos: int, first: int) -> bool:
        """The standalone line ``text`` at block ``pos``, right before a story's first
        paragraph at block ``first``, is a box's label (``核心阅读``, at most :data:`LABEL_MAX`
        characters, no sentence mark): the extractor set it in one text box with the
        paragraph under it, no blank line between them, and apart from the title above
        it (a blank line before it), so it opens the story's text, not its title."""
        blocks, lines = self.blocks, self.page.lines
        if not (0 < blocks[pos].start <= len(lines) and 0 < blocks[first].start <= len(lines)):
            return False
        if len(text.strip()) > LABEL_MAX:
            return False
        if ANY_PUNCT.search(text) or not lead_in(text) or len(blocks[pos].lines) != 1:
            return False
        return not lines[blocks[pos].start - 1].strip() and bool(lines[blocks[first].start - 1].strip())

    def dissolve_snippets(self) -> None:
        """Take apart an "article" made only of short paragraphs, with no dateline,
        byline or reporters' line (``本报记者 钱峰``), one whose lines were all printed
        in fake bold (``page.bold``, unless its byline stood on a line of its own), and
        the unsigned stories after the last byline of a page that signs its stories
        (:func:`unsigned_tail`).

        Extractors that emit the page in drawing order put headlines and photo
        captions after the bodies; a run of them reads like a story of one-line
        paragraphs. Each becomes a caption candidate (when it ends a sentence) or a
        headline candidate again, for ``match`` to attach or keep as its own record.
        A one-line question or exclamation signed with a column's name on a line of its
        own is a title closed by its tag (:func:`dumps.tagged_question`): it becomes
        one headline candidate, tag included.
        """
        paras = [[[ln for ln in b if ln.strip()] for _, b in src] for src in self.sources]
        texts = [[ln for p in ps for ln in p] for ps in paras]
        # a story closed by its credits (a reporters' list, a photo report's credit) is signed,
        # as is one with its reporters' line (``本报记者 钱峰``): headlines and captions have none,
        # and so is a notice signed with the date it was issued (``2025年4月8日``), and a
        # commentary closed by its author's note (``（作者为某大学教授）``)
        keep = [not snippets(a, ps) or (bool(a.paragraphs) and (closes_story(a.paragraphs[-1]) or issued(a.paragraphs[-1])
                                                                or author_note(a.paragraphs[-1])))
                or any(map(reporter_line, a.paragraphs))
                for a, ps in zip(self.articles, paras, strict=True)]
        for i in unsigned_tail(self.articles):
            if titled(texts[i]) and not issued(self.articles[i].paragraphs[-1]):
                keep[i] = False
        tagged = [bool(lines) and tagged_question(a, lines) for a, lines in zip(self.articles, texts, strict=True)]
        keep = [k and not t for k, t in zip(keep, tagged, strict=True)]
        for i, lines in enumerate(texts):
            byline = self.articles[i].byline or ""
            if lines and all(ln.strip() in self.page.bold for ln in lines) and byline in "".join(lines):
                keep[i] = False  # printed all in fake bold: titles and captions (a byline of its own line stays)
        if all(keep) or not any(keep):
            return  # nothing to take apart, or no story left to attach the pieces to
        new_index = list(itertools.accumulate(keep, initial=0))
        for a, src, k, t in zip(self.articles, self.sources, keep, tagged, strict=True):
            if k:
                continue
            placed = [(p, ln.strip()) for p, block in src for ln in block if ln.strip()]
            if t:  # a title ending with its mark, its column tag read as a byline
                self.headlines.append((f"{a.paragraphs[0].strip()}（{a.byline}）", placed[-1][0], len(self.articles)))
                continue
            after = False
            for p, piece in pieces(placed):
                if ends_sentence(piece):
                    self.captions.append((caption_of(piece), -1, p))
                else:
                    self.headlines.append((piece, p, len(self.articles)))
                    if after:
                        self.after_caption.add((piece, p))
                after = ends_sentence(piece) and (photo_note(piece) or caption_credit(piece) is not None)
        self.headlines = sorted(((t, p, new_index[b]) for t, p, b in self.headlines), key=lambda h: h[1])
        self.captions = sorted(((c, new_index[o] if o >= 0 and keep[o] else -1, p) for c, o, p in self.captions),
                               key=lambda c: c[2])
        self.articles = [a for a, k in zip(self.articles, keep, strict=True) if k]
        self.sources = [p for p, k in zip(self.sources, keep, strict=True) if k]


AFTER_TITLE = 2  # lines: a heading and the author; more are other stories' titles
TITLE_OVER_POINTS = 8  # characters: a shorter line over a summary's points may be a section's heading
NOTE_PARAGRAPHS = 3  # an editor's note over a story and its sign-off (``——编 者``)
LABEL_MAX = 6  # characters: a box's label over a story's text (``核心阅读``, ``编者的话``)


def _title_in_place(text: str) -> bool:
    """A standalone line long enough for a story's title (:data:`TITLE_OVER_POINTS`
    characters or more), with no sentence end and no bullet: over a summary's points or
    a box's label it opens the next story.

    >>> _title_in_place("城市书房开进居民小区"), _title_in_place("市第一中学"), _title_in_place("■社区书房覆盖全部街道")
    (True, False, False)
    """
    t = text.strip()
    return len(t) >= TITLE_OVER_POINTS and not ends_sentence(t) and not BULLET.match(t)


def _full_stop(text: str) -> bool:
    """``text`` ends on a full stop (a quote's closer after it allowed): a sentence, never
    a title, so a bracket after it signs the story however short (``…盼來年豐收。（赵敏）``).

    >>> _full_stop("今年又是丰收年。"), _full_stop("“谢谢你们，好朋友！”")
    (True, False)
    """
    return text.rstrip().rstrip("”’」』").endswith("。")


def told(art: Article, text: str) -> bool:
    """The story ``art``, with ``text`` as its next paragraph, tells something: a
    paragraph longer than a title or caption (:data:`papercli.dumps.SNIPPET`). Only
    then does a bracket closing ``text`` sign it; after titles alone it is a title's
    column tag (``“多亏了你们！”（记者手记）``, ``读书的乐趣（新知）``), not a name.

    >>> told(Article([]), "“谢谢你们，好朋友！”"), told(Article(["春节前夕" * 20]), "他说。")
    (False, True)
    """
    return any(len(p) > SNIPPET for p in [*art.paragraphs, text])


TAIL_TITLES = 3  # title lines in the page's closing run of short blocks that show the titles come last


def title_tail(blocks: list[Block], bold: set[str] | frozenset[str] = frozenset()) -> int:
    """Where the titles emitted after the bodies start (the extractor emitted the page
    in drawing order): the closing run of blocks that tell nothing (no body longer
    than :data:`papercli.dumps.SNIPPET`), when it holds at least :data:`TAIL_TITLES`
    title lines (:func:`_title_line`, of four characters or more); else past the end.

    >>> body = Block("body", ["正文第一行，", "正文第二行。"], text="正文第一行，正文第二行。" * 8)
    >>> titles = [Block("line", [t], text=t) for t in ("春联送到居民家中", "公交开进山村", "书香满校园")]
    >>> title_tail([body, *titles]), title_tail([*titles, body])
    (1, 4)
    """
    start = len(blocks)
    while start and (blocks[start - 1].kind != "body" or len(blocks[start - 1].text) <= SNIPPET):
        start -= 1
    lines = [ln.strip() for b in blocks[start:] for ln in b.lines]
    return start if sum(1 for t in lines if len(t) >= 4 and _title_line(t, bold)) >= TAIL_TITLES else len(blocks)


def _deck_line(text: str) -> bool:
    """A paragraph that may be a story's deck: it ends no sentence and is no credit or
    note closing the story before (``制图：王艳``, ``（作者为某大学教授）``).

    >>> _deck_line("将加快建设城乡公交网络，让村民出行更方便"), _deck_line("制图：王艳"), _deck_line("他说。")
    (True, False, False)
    """
    return not (ends_sentence(text) or closes_story(text) or field_line(text) or author_note(text))


def _title_line(text: str, bold: set[str] | frozenset[str] = frozenset()) -> bool:
    """A line that reads as a title: no sentence punctuation and its brackets closed
    (:func:`closed_title`), or, printed in fake bold (``bold``), no sentence ended
    (a comma may stand inside: ``读书分享进校园，书香浸润青少年（文化新风）``).

    >>> t = "读书分享进校园，书香浸润青少年（文化新风）"
    >>> _title_line(t), _title_line(t, {t}), _title_line("大家都说好。", {"大家都说好。"})
    (False, True, False)
    """
    if closed_title(text):
        return True
    return text.strip() in bold and not ends_sentence(text) and bracket_balance(text) == 0


def _after_title(lead: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Of the standalone lines right before a story, in reading order, those after the
    last title closed by its column tag (``铭记一战华工的历史性贡献（国际视野）``), which
    ended the title: a heading and the author set in the column (``一段不能忘却的历史``
    / ``菲利普·方汉勒米尔斯``), at most :data:`AFTER_TITLE` of them. A dash subtitle
    (``——…``) still belongs to the title.

    >>> _after_title([("铭记华工的贡献（国际视野）", 1), ("一段不能忘却的历史", 2)])
    [('一段不能忘却的历史', 2)]
    >>> _after_title([("一段不能忘却的历史", 2)]), _after_title([("新风尚（今日谈）", 1), ("——记一位老人", 2)])
    ([], [])
    """
    tagged = [i for i, (text, _) in enumerate(lead) if column_tagged(text)]
    if not tagged:
        return []
    rest = lead[tagged[-1] + 1:]
    if len(rest) > AFTER_TITLE or any(continues_title(t) or not lead_in(t) for t, _ in rest):
        return []
    return rest


_SENTENCE_ON = re.compile(r"[。！？][“‘「『]?[\u4e00-\u9fff]")  # a sentence's end, and text goes on


def cut_quote(text: str) -> bool:
    """A standalone block that ends one sentence and goes on into another with a
    quote left open (``“从发展趋势来看，我们`` / ``还是乐观的。‘种地一年不如``): a piece of
    running text cut off its paragraph (a pulled quote), no title.

    >>> cut_quote("“从发展趋势来看，我们还是乐观的。‘种地一年不如"), cut_quote("返岗工友们，一起看灯去！（暖相册）")
    (True, False)
    """
    return bracket_balance(text) > 0 and bool(_SENTENCE_ON.search(text))


def spaced_blocks(blocks: list[Block], lines: list[str]) -> set[int]:
    """The blocks with a blank line right before them, on a page whose blank lines
    part its text boxes (not one after nearly every line, :func:`papercli.layout.boxed`):
    title lines dumped at the page's end in groups, one story's kicker, title and
    subtitle together and a blank line between two stories' (``老街健行 守护古城``
    / blank / ``山村慢生活`` / ``茶园与星空``), are two stories' titles however their
    words fit.

    >>> spaced_blocks([Block("line", ["甲"], 0), Block("line", ["乙"], 2), Block("line", ["丙"], 3)],
    ...               ["甲", "", "乙", "丙"])
    {1}
    """
    if boxed_text(lines):
        return set()
    return {i for i, b in enumerate(blocks) if 0 < b.start <= len(lines) and not lines[b.start - 1].strip()}


def titles_boxed(positions: list[int], spaced: set[int]) -> bool:
    """The page's title candidates (at block ``positions``) mostly stand in boxes of
    two lines or more between blank lines (``spaced``): the extractor keeps a title's
    lines in one text box (pdfminer: headline and subtitle), so a blank line between
    two candidates parts two stories' titles. pdftotext sets the lines of one title
    apart by blank lines as often (``癌妇叹如废人`` / blank / ``难育3子女``): boxes of one line.

    >>> titles_boxed([1, 2, 4, 5, 9], {4, 9}), titles_boxed([1, 3, 5, 6], {3, 5})
    (True, False)
    """
    sizes: list[int] = []
    ordered = sorted(positions)
    for k, p in enumerate(ordered):
        if k and p - ordered[k - 1] <= 1 and p not in spaced:
            sizes[-1] += 1
        else:
            sizes.append(1)
    return len(sizes) >= 2 and 2 * sum(n >= 2 for n in sizes) >= len(sizes)


def _title_entries(headlines: list[tuple[str, int, int]], n_articles: int,
                   after_caption: set[tuple[str, int]] | None = None,
                   spaced: set[int] | None = None, blocks: list[Block] | None = None) -> list[dict[str, Any]]:
    """The headline candidates ``match`` attaches: each with its position, the story it
    stands right before (``before``), whether a photo caption stood right before
    it (``after_caption``: a caption follows its title, so the title ends there) and
    whether a blank line stood before it on a page where blank lines part text boxes
    (``apart``: positions in ``spaced``, see :func:`spaced_blocks`): for the titles
    dumped after the last story, and for titles in place where they stand in boxes of
    several lines (:func:`titles_boxed`; pdftotext sets blank lines inside one title too);
    and where the lines that ``reflow`` joined into it end (``ends``, offsets in its text:
    the block at its position in ``blocks``, :func:`papercli.titlecuts.line_ends`).

    >>> [e.get("after_caption", False) for e in _title_entries(
    ...     [("力拼準時畢業", 3, 9), ("小維（右）分擔照顧爸爸責任。", 3, 9), ("癱父心繫5子", 3, 9)], 2)]
    [False, True]
    """
    out: list[dict[str, Any]] = []
    after_note = False
    in_boxes = titles_boxed([pos for _, pos, _ in headlines], spaced or set())
    for text, pos, idx in headlines:
        if photo_note(text):
            after_note = True
            continue
        marked = after_note or (text, pos) in (after_caption or ())
        apart = (in_boxes or idx >= n_articles) and pos in (spaced or ())
        lines = blocks[pos].lines if blocks and 0 <= pos < len(blocks) else []
        ends = line_ends(text.strip(), lines) if len(lines) > 1 else []
        out.append({"text": text, "pos": pos, "before": idx if idx < n_articles else None,
                    **({"after_caption": True} if marked else {}), **({"apart": True} if apart else {}),
                    **({"ends": ends} if ends else {})})
        after_note = False
    return out


_SPACED_PAIR = re.compile(rf"(?<![{CJK}])([{CJK}]) ([{CJK}])(?![{CJK}])")  # a two-character name spaced: ``高 炳``


def reporter_bylines(arts: list[Article]) -> None:
    """A story with no byline whose first text (or the text after its lead-in) is the
    reporters' line set under its title (``本报记者 孟瑶``, ``本报记者 刘畅 通讯员 郑新宇``)
    is signed by it: the line is its ``byline`` too, printed under the title
    (``byline_first``), and stays its paragraph, as a dateline does (``match`` calls this
    once the stories are settled: a split moves paragraphs); a two-character
    name set letter-spaced (``高  炳``) is one name in the byline.

    >>> a = Article(["本报记者 孟瑶", "小店铺连着大民生。"])
    >>> reporter_bylines([a]); a.byline, a.byline_first, len(a.paragraphs)
    ('本报记者 孟瑶', True, 2)
    >>> b = Article(["本报记者  王乐文  高  炳", "正文。"])
    >>> reporter_bylines([b]); b.byline
    '本报记者 王乐文 高炳'
    """
    for a in arts:
        if a.byline is None:
            line = next((p.strip() for p in a.paragraphs[:2] if reporter_line(p)), None)
            if line:
                a.byline = author_line(line) or _SPACED_PAIR.sub(r"\1\2", " ".join(line.split()))
                a.byline_first = True


def pulled_quotes(headlines: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The title candidates that are pulled quotes: running text cut out of a story
    (:func:`cut_quote`), kept as fragments. A line that says what a photo shows is a
    caption already and is not taken twice, even when it runs on like a quote: the
    page would print its text twice.

    >>> [t for t, _, _ in pulled_quotes([("他说：“路修好了。“往后的日子", 3, 1),
    ...                                   ("一干就是十年。“那时的车床都是图为老师傅（左）正在", 4, 1)])]
    ['他说：“路修好了。“往后的日子']
    """
    return [h for h in headlines if cut_quote(h[0]) and not photo_note(h[0])]


def segment_page(page: Page) -> Page:
    """Stage ``segment``: group body blocks into articles; collect headline candidates
    and captions (attached later by ``match``)."""
    if page.articles is not None:
        return page
    reflow_page(page)
    s = _Segmenter(page)
    s.run()
    page.articles = s.articles
    s.captions += [(caption_of(text), -1, pos) for text, pos, _ in s.headlines if photo_note(text)]
    quotes = pulled_quotes(s.headlines)
    page.loose.extend(Loose("fragment", text) for text, _, _ in quotes)
    s.headlines = [h for h in s.headlines if h not in quotes]
    # a headline standing right before an article start is remembered as a hint
    page.pending_headlines = _title_entries(s.headlines, len(s.articles), s.after_caption,
                                            spaced_blocks(s.blocks, page.lines), s.blocks)
    page.pending_captions = [c for c, _, _ in s.captions]
    page.caption_owners = [o for _, o, _ in s.captions]
    page.blocks = None
    return page

