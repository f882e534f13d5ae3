"""The headlines and captions an extractor emitted after the story bodies.

Drawing-order extractors (PyMuPDF, pypdf) put titles and photo captions after the
text they belong to. Read on, such a run looks like a story of one-line paragraphs
or of lines without punctuation; :mod:`papercli.segment` takes it apart again with
these tests, and :mod:`papercli.match` attaches the pieces.
"""

from __future__ import annotations

import re
import statistics

from papercli.chars import CLOSERS, QUOTE_CLOSERS, bracket_balance, ends_sentence
from papercli.layout import visual_width
from papercli.model import Article
from papercli.names import SURNAMES
from papercli.signals import dateline

WIDTH_CHANGE = 3.0  # half-em units: lines this close in width are of one block
SNIPPET = 60  # characters: longer than a headline or most captions, shorter than most paragraphs
TITLE_SHARE = 0.5  # of lines without punctuation


def titled(lines: list[str], share: float = TITLE_SHARE / 2) -> bool:
    """At least ``share`` of the lines have no punctuation: titles among the text.

    >>> titled(["夫患重病 婦徬徨", "房子面臨法拍", "阿富輕撫妻子的額頭，為她擔憂。"])
    True
    """
    return sum(1 for ln in lines if not ANY_PUNCT.search(ln)) >= share * len(lines)


def snippets(a: Article, paragraphs: list[list[str]]) -> bool:
    """An article of short pieces, or mostly of lines without punctuation (titles),
    none of them a dateline or byline (a column's name closing a title line, taken for
    a byline, aside: :func:`tag_for_byline`): a dump of headlines and captions rather
    than a story (running text has a comma or stop on nearly every line). A story
    of short paragraphs set in one column (:func:`running_column`) is no dump.
    ``paragraphs`` holds each paragraph's printed lines."""
    if a.dateline or not a.paragraphs:
        return False
    lines = [ln for p in paragraphs for ln in p]
    if a.byline:  # signed, unless the "byline" is the column tag closing the last title line
        return tag_for_byline(a.byline) and a.byline in "".join(lines) and titled(lines, TITLE_SHARE)
    if titled(lines, TITLE_SHARE):
        return True
    sizes = sorted(len(p) for p in a.paragraphs)
    short = sizes[-1] <= 2 * SNIPPET and sizes[len(sizes) // 2] <= SNIPPET
    return short and not running_column(paragraphs)


_TAG_WORDS = re.compile(r"[\u4e00-\u9fff]{2,6}")


def tag_for_byline(byline: str) -> bool:
    """A "byline" that is a column's name, not a writer's: a title closed by its column
    tag (``开着暖气，为啥还`` / ``吹冷气？（说道）``) ends the way a story signed in
    brackets does (``…见真情。（王艳）``). A writer's byline opens with a common surname
    (:data:`names.SURNAMES`: ``王明``, a word of the dictionary too), names a role
    (:data:`REPORTER_WORD`) or holds more than Han characters (``记者 张贺``,
    ``報導．攝影╱韓旭爾``).

    >>> tag_for_byline("说道"), tag_for_byline("国际视点"), tag_for_byline("王明"), tag_for_byline("记者 张贺")
    (True, True, False, False)
    """
    return (bool(_TAG_WORDS.fullmatch(byline)) and byline[0] not in SURNAMES
            and not REPORTER_WORD.search(byline))


def tagged_question(a: Article, lines: list[str]) -> bool:
    """A "story" of one short question or exclamation (:data:`SNIPPET`) signed with a
    column's name on a line of its own (``你用过回收的红包吗？`` / ``（说道）``): a title
    that ends with its mark, closed by its column tag (:func:`tag_for_byline`), read as
    a one-line story signed in brackets. ``lines`` are its printed lines (the byline's
    own line is not among them).

    >>> tagged_question(Article(["你用过回收的红包吗？"], byline="说道"), ["你用过回收的红包吗？"])
    True
    >>> tagged_question(Article(["你用过回收的红包吗？"], byline="王明"), ["你用过回收的红包吗？"])
    False
    """
    return (len(a.paragraphs) == 1 and not a.dateline and bool(a.byline) and len(a.paragraphs[0]) <= SNIPPET
            and a.paragraphs[0].rstrip()[-1:] in "？！?!" and tag_for_byline(a.byline or "")
            and (a.byline or "") not in "".join(lines))


REPORTER_WORD = re.compile(r"记者|記者|通讯员|通訊員|评论员|評論員|报道|報導|摄影|攝影|撰文|编译|編譯")


COLUMN_SHARE = 0.75  # of a column's inner lines that are as wide as the column
COLUMN_PARAGRAPHS = 3  # paragraphs of three lines or more that show a column


def running_column(paragraphs: list[list[str]]) -> bool:
    """Paragraphs wrapped in one column: at least three of them run over three
    lines or more, and three in four of their inner lines (neither a paragraph's
    indented first line nor its last) are as wide as their median. Headlines and
    captions dumped after the bodies come in lines of every width.

    >>> col = [["三四五六七八", "九十一二三四五六", "七八九十一二三四", "七八。"]] * 3
    >>> dump = [["阿萬的長子（左）合力", "將他架起。右為妻子阿萍。", "兩癌襲單親父", "「不能倒」"]] * 3
    >>> running_column(col), running_column(dump)
    (True, False)
    """
    inner = [visual_width(ln) for p in paragraphs for ln in p[1:-1]]
    if sum(len(p) >= 3 for p in paragraphs) < COLUMN_PARAGRAPHS:
        return False
    med = statistics.median(inner)
    return sum(abs(w - med) <= WIDTH_CHANGE for w in inner) >= COLUMN_SHARE * len(inner)


ANY_PUNCT = re.compile(r"[，。、；：！？,;:!?]")


SENTENCE_PUNCT = re.compile(r"[，。、；！？,;!?]")
#: characters of a position in a picture (sides, rows, counts, the picture itself), for a regex class
_PLACE = "左右中前後后上下方起排圖图與与、，,·一二三四五六七八九十0-9"
#: where a photo's people stand (``（左）``, ``（右二）``, ``（左後）``, ``（右臥者）``): a caption's
#: words, not a title's; two characters of another kind at most, so that a column tag that holds
#: a position word (``（行走中国）``, ``（前沿观察）``) is none
POSITION_MARK = re.compile(
    rf"[（(](?=[^（）()]{{0,3}}[左右中前後后][^（）()]{{0,3}}[）)])[{_PLACE}]*(?:[^（）(){_PLACE}][{_PLACE}]*){{0,2}}[）)]"
)
NO_LINE_START = frozenset("，。、；：！？,;:!?")
WRAP_SHARE = 0.15  # caption lines of one column differ in width by less than this share


def closed_title(s: str) -> bool:
    """Text with no sentence punctuation and every bracket closed: a whole title or
    title line (a colon is allowed: ``兒：想聽爸罵我``).

    >>> closed_title("「他倒了很無助只能在旁守候」"), closed_title("「他倒了很無助")
    (True, False)
    >>> closed_title("阿梅說，家計雪上加霜")
    False
    """
    return not SENTENCE_PUNCT.search(s) and bracket_balance(s) == 0


#: a title's two phrases set apart by a space (``化療後無法工作 只靠補助苦撐``), in a line with no clause mark
_PHRASE_GAP = re.compile(r"^[^，。；！？,;!?]*(?:[\u4e00-\u9fff][\u4e00-\u9fff0-9]|[0-9][\u4e00-\u9fff])\s+"
                         r"[「『“]?[\u4e00-\u9fff]{2}[^，。；！？,;!?]*$")


def phrase_title(text: str) -> bool:
    """A title line of two phrases set apart by a space, with no clause mark
    (``化療後無法工作 只靠補助苦撐``): despacing keeps such gaps, and a paragraph's
    or a caption's line has none but after its dateline or in a reporter's bracket.

    >>> phrase_title("化療後無法工作 只靠補助苦撐"), phrase_title("本报讯 市图书馆近日举办了一")
    (True, False)
    >>> phrase_title("（记者 王艳）市图书馆近日举办了"), phrase_title("他说，勤俭节约 从我做起")
    (False, False)
    >>> phrase_title("55 歲的單親爸爸阿彬"), phrase_title("大三女月掙2千 顧癌母")  # a space after a bare figure is none
    (False, True)
    """
    t = text.strip()
    return bool(_PHRASE_GAP.match(t)) and not dateline(t) and not any(c in t for c in "（(")


def wraps(line: str, nxt: str) -> bool:
    """``nxt`` carries on the caption that ``line`` starts: it has punctuation and is
    about as wide as ``line`` (one caption column), or ``line`` says where the
    photo's people stand (:data:`POSITION_MARK`), or ``nxt`` starts with a comma or
    stop (what is left of an offset fake-bold copy); a line closing a quote or
    bracket ends a title instead.

    >>> wraps("阿梅的長女小惠(左)因長年吃藥身形浮", "腫，看到媽媽為她擔憂，自責地說：")
    True
    >>> wraps("病痛折磨一家人「煩惱到哪找錢」", "年關近"), wraps("殘妻顧癱夫", "泣無醫費")
    (False, False)
    >>> wraps("阿銘（左）帶著女兒探視妻子阿", "鳳，為她加油打氣。"), wraps("黃光廷（右）僅能以筆談", "，他寫紙條")
    (True, True)
    >>> wraps("希望癌父病快好", "阿喜（中）2年前精神分裂，又因嚴重糖尿病身體虛弱，")
    False
    >>> wraps("小宏（前）幫忙金蓮婆（右後）", "一起照顧中風癱瘓的爸爸")
    True
    """
    line, nxt = line.rstrip(), nxt.lstrip()
    if nxt[:1] in NO_LINE_START:
        return True  # no line starts with a comma or a stop: the break is inside a sentence
    if nxt and POSITION_MARK.search(line) and not ends_sentence(line):
        return True  # a caption's words, and its sentence is not over
    if not nxt or not SENTENCE_PUNCT.search(nxt) or line[-1:] in CLOSERS:
        return False
    wa, wb = visual_width(line), visual_width(nxt)
    return abs(wa - wb) <= WRAP_SHARE * max(wa, wb) or bool(POSITION_MARK.search(line))


#: a space after Han only (OCR); one bracket may nest in the tag (``（看经济（12））``, OCR's ``(9)`` for ``⑨``)
_TAG_AT_END = re.compile(r"(?:[\u4e00-\u9fff]\s|\S)[（(](?:[^（）()]|[（(][^（）()]{1,4}[）)]){1,24}[）)]\s*$")


def title_ends(cur: str, line: str, nxt: str) -> bool:
    """A title (even one with a comma) ends with its column tag or its dash subtitle,
    unless a dash subtitle follows: ``有代表作家，更要有代表作品（艺海观澜）`` /
    ``——谈“80后”小说创作`` / ``体育成富矿`` starts another title.

    >>> title_ends("有代表作品（艺海观澜）", "有代表作品（艺海观澜）", "——谈小说创作")
    False
    >>> title_ends("有代表作品（艺海观澜）——谈小说创作", "——谈小说创作", "体育成富矿")
    True
    >>> title_ends("阿梅（左）因長年吃藥", "阿梅（左）因長年吃藥", "腫，看到媽媽")
    False
    """
    nxt = nxt.lstrip()
    if not nxt or nxt.startswith(("——", "--")) or nxt[:1] in NO_LINE_START:
        return False
    return column_tagged(cur) or line.lstrip().startswith(("——", "--"))


DASH_DECK_MIN = 8  # characters of a dash subtitle: a shorter dash line signs a quote (``——张三``)


def dash_deck(text: str) -> bool:
    """A line opening with a dash that reads as a subtitle: long (:data:`DASH_DECK_MIN`)
    and ending no sentence, not an attribution's name.

    >>> dash_deck("——记外交部山西全球推介活动"), dash_deck("——张三"), dash_deck("——他说。我们都笑了。")
    (True, False, False)
    """
    t = text.strip()
    return t.startswith(("——", "--")) and len(t) >= DASH_DECK_MIN and not ends_sentence(t)


def column_tagged(text: str) -> bool:
    """A title line closed by its column tag (``作新天地（艺海观澜）``, a space before the
    bracket allowed): a story's title, never a section heading inside one; photo
    position marks (``（左）``) are no tag.

    >>> column_tagged("作新天地（艺海观澜）"), column_tagged("阿梅（左）"), column_tagged("记者手记")
    (True, False, False)
    >>> column_tagged("精准扶贫“瓦吉瓦”（好得很）")
    False
    >>> column_tagged("作新天地 (艺海观澜)")  # OCR sets a space before the bracket
    True
    >>> column_tagged("好了（感言·看经济（12））"), column_tagged("有力量 (在奋斗者身边(9))")
    (True, True)
    """
    m = _TAG_AT_END.search(text)
    if not m or POSITION_MARK.search(text[-8:]) or ends_sentence(text):
        return False
    return text[m.start()] not in QUOTE_CLOSERS  # a bracket after a quoted word glosses it: ``“瓦吉瓦”（好得很）``


def pieces(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Cut the lines of a dissolved article into titles and sentences, each with the
    position of its first line.

    Lines run on until a sentence ends, or until they make a closed title
    (:func:`closed_title`) that the next line does not carry on (:func:`wraps`).

    >>> pieces([(1, "妻癱子病 失業漢苦撐家"), (2, "「生活開銷沒著落"), (2, "只能勇敢面對」"),
    ...          (3, "阿富（後）說，孩子"), (3, "能夠讀。")])
    [(1, '妻癱子病 失業漢苦撐家'), (2, '「生活開銷沒著落只能勇敢面對」'), (3, '阿富（後）說，孩子能夠讀。')]

    A title line of two phrases (:func:`phrase_title`) ends its title even before
    a caption's line as wide as it:

    >>> pieces([(1, "化療後無法工作 只靠補助苦撐"), (2, "阿英（右二）術後還要化療，女兒小美"), (2, "正幫忙。")])
    [(1, '化療後無法工作 只靠補助苦撐'), (2, '阿英（右二）術後還要化療，女兒小美正幫忙。')]
    """
    out: list[tuple[int, str]] = []
    cur, start = "", 0
    for k, (pos, ln) in enumerate(lines):
        nxt = lines[k + 1][1] if k + 1 < len(lines) else ""
        if not cur:
            start = pos
        cur += ln
        closed = closed_title(cur) and (not wraps(ln, nxt) or phrase_title(ln))
        if ends_sentence(cur) or closed or title_ends(cur, ln, nxt):
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


_TAG = re.compile(r"^\s*(?:[（(][^（）()]*(?:[（(][^（）()]*[）)])?[^（）()]*[）)]|[—–-]{2}.*)\s*$")


def continues_title(text: str) -> bool:
    """A piece that cannot stand as a title and completes the one above it: a column
    tag in brackets (``（今日谈）``) or a dash subtitle (``——记…``).

    >>> continues_title("（记录中国·我们都是追梦人）"), continues_title("——来自重庆的调研"), continues_title("春联的魅力")
    (True, True, False)
    """
    return bool(_TAG.match(text))


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def untagged(title: str) -> str:
    """A title without its bracketed column tags, whose words a story does not repeat.

    >>> untagged("练就过硬本领（新思想基层结硕果·我当代表这一年⑨）")
    '练就过硬本领'
    """
    return _BRACKETED.sub("", title)


#: a column tag in brackets; a photo caption's position marks (``（左二）``, ``（前）``) are none
#: (one level of brackets inside it: ``（感言·岁末年初看经济（12））``)
_COLUMN_TAG = (r"[（(](?![左右中前后後上下起排一二三四五六七八九\d、\s]+[）)])"
               r"(?:[^（）()]|[（(][^（）()]{1,12}[）)]){1,24}[）)]")
_TAG_END = re.compile(rf"(?<=\S\S)(?![（(](?:本[报報]|新[华華]社)?(?:记者|記者|通讯员|通訊員)(?!手记|手記)){_COLUMN_TAG}"
                      rf"(?=\s*(?![—–-]{{2}})(?:\S{{4}}|[\u4e00-\u9fff]{{2,3}}(?:\s*$|\s+\S{{2}})))")


def ends_with_tag(text: str) -> bool:
    """A title closed by its column tag in brackets (``今天的路（今日谈）``): what follows
    is another title, unless it is a dash subtitle.

    >>> ends_with_tag("新年俗，让生活更美好（今日谈）"), ends_with_tag("（今日谈）"), ends_with_tag("会见（图）说明")
    (True, False, False)
    >>> ends_with_tag("市场主体多了（感言·岁末年初看经济（12））")
    True
    """
    return bool(re.search(rf"\S{_COLUMN_TAG}\s*$", text))


def after_tags(text: str) -> list[str]:
    """Cut a line after each column tag that closes a title and is followed by more
    than a dash subtitle: two titles glued on one line (:func:`ends_with_tag`).

    >>> after_tags("矗立精神灯塔（评论员观察）奋斗的姿态最动人（无影灯）")
    ['矗立精神灯塔（评论员观察）', '奋斗的姿态最动人（无影灯）']
    >>> after_tags("看变化，听民声(新春走基层)——重访那些地方"), after_tags("（受权发布）中华人民共和国法")
    (['看变化，听民声(新春走基层)——重访那些地方'], ['（受权发布）中华人民共和国法'])
    >>> after_tags("曾學志（右二）由太太阿瑄（右一）換藥")
    ['曾學志（右二）由太太阿瑄（右一）換藥']

    A label of two or three Han closing the line is a title of its own (``数读``); a
    reporter's bracket is no column tag (a reporter's notes are: ``（记者手记）``).

    >>> after_tags("走向美好的未来（域外听风）数读"), after_tags("日电 （记者王明）中国")
    (['走向美好的未来（域外听风）', '数读'], ['日电 （记者王明）中国'])
    >>> after_tags("谢谢你们（记者手记）走进乡村的图书馆")
    ['谢谢你们（记者手记）', '走进乡村的图书馆']

    So is a title of two short phrases a space apart (``剪纸 迎新春``) after a tag.

    >>> after_tags("家门口的体育课（体坛观澜） 剪纸 迎新春（年俗·剪纸）")
    ['家门口的体育课（体坛观澜）', '剪纸 迎新春（年俗·剪纸）']
    """
    out, start = [], 0
    for m in _TAG_END.finditer(text):
        out.append(text[start:m.end()].strip())
        start = m.end()
    return [*out, text[start:].strip()] if out else [text]


def title_count(text: str) -> int:
    """How many titles a line of titles holds, at least one: one for each column tag
    that closes a title (:func:`after_tags`) and each space between pieces of four
    characters or more. pypdf glues the titles it emitted last on one line
    (``山村新貌（今日谈） 乡间书声琅琅``), so the line stands for them all.

    >>> title_count("山村新貌（今日谈） 乡间书声琅琅"), title_count("乡 间 书 声"), title_count("春风")
    (2, 1, 1)
    """
    return max(1, sum(len(piece) >= 4 for part in after_tags(text.strip()) for piece in part.split()))
