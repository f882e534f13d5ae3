"""Text doubled by fake-bold rendering (a headline or caption drawn twice).

Extractors show the second drawing in three ways: the whole run again
(``标题标题``), span by span (``现场现场。。 王艳王艳 摄摄``), glyph by glyph
(``王王艳艳``), or as a repeated line. Real reduplication (``人人夸``, ``一条条``,
``研究研究``) is left alone: a span is undoubled only when it is made *entirely* of
doubled pieces and the evidence is more than one short doubled word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from papercli.chars import CJK_RE, CLOSERS, OPENERS, PAIRS, bracket_balance, ends_sentence
from papercli.dumps import NO_LINE_START
from papercli.lang import settle_lang
from papercli.latinfix import undouble_glyphs
from papercli.model import Page
from papercli.signals import byline_only, dateline, slashed_credit

_DOUBLED_PUNCT = re.compile(r"([。，、；：])\1+")
#: longest span looked at for doubling: twice a long caption; longer runs are running
#: text, and the search is quadratic in the span's length
MAX_SPAN = 400
_SPACE_SPLIT = re.compile(r"( +)")


@lru_cache(maxsize=4096)
def square_parts(span: str) -> tuple[str, ...] | None:
    """Split ``span`` into the fewest pieces of the form XX, returning the Xs.

    >>> square_parts("王王艳艳")
    ('王', '艳')
    >>> square_parts("现场现场。。")
    ('现场', '。')
    >>> square_parts("人人夸") is None
    True
    """
    n = len(span)
    if n < 2 or n % 2 or n > MAX_SPAN:
        return None
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for i in range(n):
        prev = best[i]
        if prev is None:
            continue
        for k in range(1, (n - i) // 2 + 1):
            if span[i : i + k] == span[i + k : i + 2 * k]:
                cand = (*prev, span[i : i + k])
                j = i + 2 * k
                if best[j] is None or len(cand) < len(best[j]):  # type: ignore[arg-type]
                    best[j] = cand
    return best[n]


def _strong(parts: tuple[str, ...]) -> bool:
    """Doubling evidence that real reduplication does not give."""
    letters = sum(len(p) for p in parts if p.strip("。，、；：！？”“"))
    return letters >= 3 and (len(parts) >= 2 or len(parts[0]) >= 3)


def whole_line_doubled(line: str) -> str | None:
    """The single copy of a line printed twice in a row, spaces and all, or None.

    Fake bold drawn as two text runs repeats a whole title, inner spaces included,
    which span-by-span undoubling cannot see. Halves of fewer than four Han
    characters are left alone (``研究研究`` is real reduplication).

    >>> whole_line_doubled("殘漢為癌母稚兒 拼復健殘漢為癌母稚兒 拼復健")
    '殘漢為癌母稚兒 拼復健'
    >>> whole_line_doubled("研究研究") is None
    True
    """
    s = line.strip()
    n = len(s)
    h = n // 2
    if n % 2 == 0 and s[:h] == s[h:]:
        half = s[:h]
    elif n % 2 == 1 and s[h] == " " and s[:h] == s[h + 1:]:
        half = s[:h]
    else:
        return None
    return half if len(CJK_RE.findall(half)) >= 4 else None


def undouble_spans(line: str, neighbour_doubled: bool = False, apart: bool = False) -> str:
    """Undo fake-bold doubling of a line, whole or span by span.

    >>> undouble_spans("离石区文艺下乡演出现场离石区文艺下乡演出现场。。 王艳王艳 摄摄")
    '离石区文艺下乡演出现场。 王艳 摄'
    >>> undouble_spans("离离石石区区文文艺艺 王王艳艳")
    '离石区文艺 王艳'
    >>> undouble_spans("人人夸 一条条 研究研究"), undouble_spans("------ ======")
    ('人人夸 一条条 研究研究', '------ ======')

    With ``apart``, a word drawn once next to one drawn twice is another title glued
    to it (:func:`undouble_runs`): a line break parts them.

    >>> undouble_spans("冬游攻略 山村通了公交车山村通了公交车", apart=True)
    '冬游攻略 \\n山村通了公交车'
    """
    whole = whole_line_doubled(line)
    if whole is not None and " " in whole:
        return line[: len(line) - len(line.lstrip())] + whole
    if " " not in line and (not line or square_parts(line) is None):
        return line  # one word, not doubled: the general case below would return it as it is
    spans = _SPACE_SPLIT.split(line)
    words = spans[0::2]
    # a word without letters or digits (a rule ``------``) is never fake bold
    wordy = [any(c.isalnum() for c in w) for w in words]
    parts = [square_parts(w) if ok else None for w, ok in zip(words, wordy, strict=True)]
    nonempty = [p for p, ok in zip(parts, wordy, strict=True) if ok]
    if not nonempty:
        return line
    all_doubled = all(p is not None for p in nonempty)
    any_strong = any(p is not None and _strong(p) for p in nonempty)
    if not any_strong and not (all_doubled and (len(nonempty) >= 2 or neighbour_doubled)):
        return line
    out = []
    undone = [p is not None and (_strong(p) or all_doubled) for p in parts]
    for i, s in enumerate(spans):
        if i % 2:  # a gap: with ``apart``, between a word drawn twice and one drawn once, a title ends
            a, b = i // 2, i // 2 + 1
            sides = ((a, words[a]), (b, words[b]))
            if apart and undone[a] != undone[b] and all(drawn_once(w) or undone[k] for k, w in sides):
                doubled = "".join(parts[a] or ()) if undone[a] else "".join(parts[b] or ())
                if not ends_sentence(doubled):
                    out.append(s + "\n")
                    continue
            out.append(s)
            continue
        p = parts[i // 2]
        out.append("".join(p) if undone[i // 2] and p is not None else s)
    return "".join(out)


def collapse_doubled_punctuation(line: str) -> str:
    """A full stop, comma or enumeration comma printed twice is printed once.

    >>> collapse_doubled_punctuation("现场。。 好，，")
    '现场。 好，'
    """
    return _DOUBLED_PUNCT.sub(r"\1", line) if _DOUBLED_PUNCT.search(line) else line


_REPEATED_RUN = re.compile(r"(\S.{2,}?\S)\1")
#: copies a space apart: the first opens the line or follows a space or a title's end,
#: the second ends it or a space follows (not the overlap of two lines glued together)
_SPACED_RUN = re.compile(r"(?<![^\s）)」』”])(\S.{2,}?\S) \1(?=\s|$)")
_GOES_ON = NO_LINE_START | frozenset(CLOSERS + ".")  # what follows the run closes or goes on with it
_SHORT_TWICE_ANY = re.compile(r"([\u4e00-\u9fff]{2,3})\1")  # a short word drawn twice, as a span is
_PARTS_GLUE = re.compile(r"(?:[\u4e00-\u9fff].*){4}")  # four Han or more: a title's text
MAX_RUN_LINE = 300  # longer lines are running text, never a title drawn twice
_LIST_TAIL = re.compile(r".[、，,；;]")  # one character, then a mark


def drawn_once(text: str) -> bool:
    """Text of four Han or more with no run in it drawn twice: next to a run drawn
    twice, another title's text, not the rest of that run's title drawn span by span.

    >>> drawn_once("冬游攻略 "), drawn_once("夫病倒夫病倒 "), drawn_once("，")
    (True, False, False)
    """
    return bool(_PARTS_GLUE.search(text)) and not _REPEATED_RUN.search(text) and not _SHORT_TWICE_ANY.search(text)


def undouble_runs(line: str, apart: bool = False) -> str:
    """A run of four or more Han characters printed twice in a row inside a line
    (fake bold of one title glued to other titles), the copies touching or a space
    apart (then whole words: two lines glued together may overlap), is printed once.

    >>> undouble_runs("（记者手记）金融乱象得到有效遏制金融乱象得到有效遏制")
    '（记者手记）金融乱象得到有效遏制'

    A title of two pieces drawn twice, each copy spaced as printed, glued after
    another title (pypdf): ``…（权威发布）山村通了 公交车 山村通了 公交车``.

    >>> undouble_runs("保障春运（权威发布）山村通了 公交车 山村通了 公交车")
    '保障春运（权威发布）山村通了 公交车'
    >>> undouble_runs("内涵是节日的精髓，鲜活的 日的精髓，鲜活的时代表达")
    '内涵是节日的精髓，鲜活的 日的精髓，鲜活的时代表达'
    >>> undouble_runs("研究研究，一点一点")
    '研究研究，一点一点'

    A run that opens with one character before a mark is the end of a word in a
    list, which repeats by itself; a title opens with a word.

    >>> undouble_runs("由区教育局、市公安局、市公安交警支队组成")
    '由区教育局、市公安局、市公安交警支队组成'

    With ``apart``, text of four Han or more drawn once before or after the run is
    another title glued to it (pypdf glues the titles it emits together): a line
    break (``\\n``) parts them.

    >>> undouble_runs("冬游攻略 山村通了公交车山村通了公交车", apart=True)
    '冬游攻略 \\n山村通了公交车'
    """
    if len(line) > MAX_RUN_LINE:
        return line

    def once(m: re.Match[str]) -> str:
        run = m.group(1)
        if len(CJK_RE.findall(run)) < 4 or _LIST_TAIL.match(run):
            return m.group(0)
        if not apart or ends_sentence(run) or square_parts(run) is not None:
            return run  # a sentence drawn twice is a caption's, whose lines go on
        before, after = m.string[: m.start()], m.string[m.end():]
        lead = ""
        if run[0] in CLOSERS and after.startswith(run[0]):  # ``）X（tag）X（tag）``: the closer ends the title before
            lead, run, before, after = run[0], run[1:], before + run[0], after[1:]
        # text drawn once next to it is another title's: the glue parts there
        head = "\n" if drawn_once(before) and before.rstrip()[-1:] not in OPENERS else ""
        tail = "\n" if drawn_once(after) and after.lstrip()[:1] not in _GOES_ON else ""
        return lead + head + run + tail

    return _SPACED_RUN.sub(once, _REPEATED_RUN.sub(once, line))


#: a word of two or three Han (an opening mark before it) printed twice, then a mark printed
#: twice: each span of a fake-bold title drawn twice (``春运春运，，``); or, ``alone``, the word
#: standing by itself between title boundaries (``速览速览``, ``…）编者按编者按``)
_SHORT_TWICE = re.compile(r"([“「『《（(]?[\u4e00-\u9fff]{2,3})\1(?=([，、：；。！？”」』）)》])\2)")
_SHORT_ALONE = re.compile(r"(?<![^\s）)」』”》])([“「『《（(]?[\u4e00-\u9fff]{2,3})\1(?=\s|$)")
_COUNTED = re.compile(r"^[“「『《（(]?一.$")  # 一点一点, 一天一天: real reduplication
_MARK_TWICE = re.compile(r"([，、：；。！？”」』）)》])\1")  # what _SHORT_TWICE needs, found faster


def undouble_short_runs(line: str, page_doubled: bool = False, apart: bool = False) -> str:
    """A word of two or three Han that fake bold drew twice, span by span, is printed
    once when the mark after it was drawn twice as well (``春运春运，，一路…``), or,
    on a page that shows such doubling elsewhere (``page_doubled``), when it stands
    alone between title boundaries (``速览速览``, ``山村的孩子们 数读数读``).
    Shorter than the runs :func:`undouble_runs` takes, so only with that evidence.

    >>> undouble_short_runs("春运春运，，一路平安"), undouble_short_runs("速览速览")
    ('春运，，一路平安', '速览速览')
    >>> undouble_short_runs("春联送到家（文化新风）编者按编者按", page_doubled=True)
    '春联送到家（文化新风）编者按'
    >>> undouble_short_runs("一点一点，，", True), undouble_short_runs("大家研究研究", True)
    ('一点一点，，', '大家研究研究')

    With ``apart``, a word standing alone after a space that parts it from text drawn
    once before it (:func:`drawn_once`) is another title than that text (pypdf glues
    the titles it emits, each with its own print): a line break parts them, as in
    :func:`undouble_runs`. Text drawn once after the word is left joined: it may be the
    rest of the word's own title, whose other copy the extractor set on the line above
    (pdfminer: ``助学金发放`` / ``爱心爱心 助学金发放``).

    >>> undouble_short_runs("山村的孩子们 数读数读", True, apart=True)
    '山村的孩子们 \\n数读'
    >>> undouble_short_runs("爱心爱心 助学金发放", True, apart=True)
    '爱心 助学金发放'
    """
    def once(m: re.Match[str]) -> str:
        return m.group(0) if _COUNTED.match(m.group(1)) else m.group(1)

    def alone(m: re.Match[str]) -> str:
        word = once(m)
        if not apart or word == m.group(0):
            return word
        before = m.string[: m.start()]
        return ("\n" if before[-1:].isspace() and drawn_once(before) else "") + word

    if _MARK_TWICE.search(line):
        line = _SHORT_TWICE.sub(once, line)
    return _SHORT_ALONE.sub(alone, line) if page_doubled else line


def undouble_closers(line: str) -> str:
    """A closing bracket or quote that fake bold drew twice (``（百姓说））``) is printed
    once, as many times as the line has more closers of its kind than openers.
    Called on a line that showed doubling: a line of plain text may close what the
    line before opened.

    >>> undouble_closers("一路平安（百姓说））"), undouble_closers("期待“好消息””到来")
    ('一路平安（百姓说）', '期待“好消息”到来')
    >>> undouble_closers("社区新貌（新春走基层（特别报道））")
    '社区新貌（新春走基层（特别报道））'
    """
    for opener, closer in PAIRS.items():
        excess = line.count(closer) - line.count(opener)
        while excess > 0 and closer * 2 in line:
            cut = line.rindex(closer * 2)
            line = line[:cut] + line[cut + 1:]
            excess -= 1
    return line


SHORT_LINE = 30  # characters: title pieces, not column lines


def partial_copy(a: str, b: str, bold_after: bool = False, bold_before: bool = False) -> bool:
    """Two short title lines in a row where the first is the start of the second, or
    the second the end of the first: a fake-bold copy cut at another place. When the
    second was printed twice (``bold_after``), the first may be its copy's end, set
    before it (pdfminer: ``多地迎降雨`` / ``雨水至，多地迎降雨``); when the first was
    (``bold_before``), the second may be its copy's start, set after it
    (``脱贫之路，脚步不停`` / ``脱贫之路``).

    >>> partial_copy("离石区", "离石区：聚焦九大重点任务"), partial_copy("离石区：聚焦九大重点任务", "聚焦九大重点任务")
    (True, True)
    >>> partial_copy("多地迎降雨", "雨水至，多地迎降雨", True), partial_copy("多地迎降雨", "雨水至，多地迎降雨")
    (True, False)
    >>> partial_copy("脱贫之路，脚步不停", "脱贫之路", bold_before=True), partial_copy("脱贫之路，脚步不停", "脱贫之路")
    (True, False)
    >>> partial_copy("工作。", "工作。另一段") , partial_copy("一条", "条")
    (False, False)
    >>> partial_copy("傣族剪纸", "傣族剪纸主要流行于云南")
    False
    """
    if max(len(a), len(b)) > SHORT_LINE or len(a) == len(b):
        return False
    if bold_after and len(a) < len(b) and not b.startswith(a) and b.endswith(a):
        at = b[-len(a) - 1]  # the copy's end set before the line
    elif bold_before and len(a) > len(b) and not a.endswith(b) and a.startswith(b):
        at = a[len(b)]  # the copy's start set after the line
    elif b.startswith(a) if len(a) < len(b) else a.endswith(b):
        at = (b[len(a):] if len(a) < len(b) else a[-len(b) - 1])[:1]
    else:
        return False  # the cheap test first: most pairs of lines fail it
    short = min(a, b, key=len)
    if not _BOUNDARY.match(at):
        return False  # a heading and the line after it that opens with its words (``傣族剪纸`` / ``傣族剪纸主要流行于…``)
    return len(CJK_RE.findall(short)) >= 2 and not ends_sentence(a) and not ends_sentence(b)


MIN_OVERLAP = 4  # characters: a shorter phrase may really repeat across a line break
_BOUNDARY = re.compile(r"[\s，。、；：！？,;:!?”’」』）)》〉】]")


def overlap(a: str, b: str, least: int = MIN_OVERLAP) -> int:
    """Length of the start of ``b`` that repeats the end of ``a``, a whole phrase on
    both sides (it starts ``a`` or follows punctuation there, and ends ``b`` or
    comes before punctuation there); 0 when there is none of ``least`` characters.

    Fake bold drawn a little off its twin comes out of some extractors as lines that
    overlap like stairs: ``…因車禍造成行動不便``, ``行動不便，但仍努力摺金紙養家``.

    >>> overlap("郭秀玉（前）與丈夫因車禍造成行動不便", "造成行動不便，但仍努力養家")
    0
    >>> overlap("郭秀玉（前）與丈夫阿成因車禍造成行動不便", "與丈夫阿成因車禍造成行動不便，但仍努力養家")
    14
    >>> overlap("好好学习", "好好学习天天向上"), overlap("他说：天天向上啊", "天天向上啊")
    (0, 5)

    A line that ends on a mark is whole: a phrase repeated after it is the text's own
    (``为了胜利，向我开炮！`` / ``向我开炮！”``); the copy of a stair stops before the mark.

    >>> overlap("为了胜利，向我开炮！", "向我开炮！”")
    0

    A column tag whose copy the line before leaves open is one too, however short:

    >>> overlap("重视孩子的“精神正餐”（新论", "（新论）"), overlap("重视孩子的精神（新论", "（新）")
    (3, 0)
    """
    if not a[-1:].isalnum():
        return 0
    # a bracket the line before leaves open, opening this line closed: its copy (``…（新论`` / ``（新论）``)
    close = b.find("）" if b[:1] == "（" else ")") if b[:1] in "（(" else -1
    shortest = min(least, 3) if close > 0 and a.endswith(b[:close]) else least
    for k in range(min(len(a), len(b)), shortest - 1, -1):
        if a.endswith(b[:k]) and (k == len(a) or _BOUNDARY.match(a[-k - 1])) and (
            k == len(b) or _BOUNDARY.match(b[k])
        ):
            return k
    return 0


def trim_overlaps(lines: list[str], copied: set[str] | None = None) -> list[str]:
    """Drop from each line the phrase that repeats the end of the line before it
    (:func:`overlap`), which is how overlapping fake-bold copies come out; a line
    that is all repeat goes. A :func:`chance_overlap` stays. The text of the lines
    on either side of a repeat, as kept, is added to ``copied``, when given.

    >>> trim_overlaps(["她說：「把這些拿到街上賣", "「把這些拿到街上賣，多少賺些錢", "", "多少賺些錢。」"])
    ['她說：「把這些拿到街上賣', '，多少賺些錢', '', '。」']
    >>> trim_overlaps(["他说：天天向上啊", "天天向上啊", "正文。"])
    ['他说：天天向上啊', '正文。']
    """
    found: list[tuple[int, int]] = []  # (line, length of the repeat)
    prev = ""
    for i, ln in enumerate(lines):
        cur = ln.strip()
        k = overlap(prev, cur) if prev and cur else 0
        if k:
            found.append((i, k))
        prev = cur or prev
    if not found:
        return lines
    text = "".join(ln.strip() for ln in lines)
    rank = {i: r for r, i in enumerate(i for i, ln in enumerate(lines) if ln.strip())}
    cut = {i: k for i, k in found
           if not chance_overlap(lines[i].strip()[:k], text, [abs(rank[j] - rank[i]) for j, _ in found if j != i])}
    trims = {**cut, **stair_steps(lines, cut, rank)}
    out = [ln.strip()[trims[i]:] if i in trims else ln for i, ln in enumerate(lines)]
    if copied is not None:
        full = list(rank)  # the non-blank lines, in order
        for i in cut:  # a short step's neighbours are already among them
            r = rank[i]
            copied.update(out[j].strip() for j in full[max(0, r - 1) : r + 1] if out[j].strip())
    return [ln for i, ln in enumerate(out) if not (i in trims and trims[i] == len(lines[i].strip()))]


SHORT_REPEAT = 6  # characters: a repeat shorter than this may come by chance
STAIR_REACH = 3  # lines after a fake-bold stair within which its shorter steps are trimmed too
STAIR_MIN = 2  # characters (marks included) of such a step
_STEP_MARKS = frozenset("，。、；：！？,.;:!?")  # what a step may leave at a line's start only as its closing marks


def stair_steps(lines: list[str], cut: dict[int, int], rank: dict[int, int]) -> dict[int, int]:
    """The shorter steps of a fake-bold stair (:func:`trim_overlaps`' ``cut``, by line):
    within :data:`STAIR_REACH` lines after a step, a line that opens with the end of the
    line before it, :data:`STAIR_MIN` characters or more, marks and all, repeats it too
    (``…孩子們（右），`` / ``），「他們一直問``; ``我累不累，很欣慰`` / ``很欣慰。」`` / ``。」``).
    Copies come in runs, so a step too short to tell on its own is one beside another.
    A step that would leave a line of text opening on a pause or stop (``她說`` /
    ``她說：「希望…``) is none: only a quote's closing marks may be left so (``。」``).

    >>> lines = ["阿明（中）看著孩子（右", "看著孩子（右），", "），「真好", "我很欣慰", "很欣慰。」", "。」"]
    >>> stair_steps(lines, {1: 6}, {i: i for i in range(6)})
    {2: 2, 4: 3, 5: 2}
    """
    steps: dict[int, int] = {}
    last: int | None = None
    prev = ""
    for i, ln in enumerate(lines):
        cur = ln.strip()
        if not cur:
            continue
        if i in cut:
            last = rank[i]
        elif last is not None and rank[i] - last <= STAIR_REACH and prev:
            k = next((n for n in range(min(len(prev), len(cur)), STAIR_MIN - 1, -1) if prev.endswith(cur[:n])), 0)
            if k and not (len(cur) - k > STAIR_MIN and cur[k] in _STEP_MARKS):  # no line of text opens on a pause
                steps[i] = k
                last = rank[i]
        prev = cur
    return steps


def chance_overlap(phrase: str, text: str, others: list[int]) -> bool:
    """A short phrase (under :data:`SHORT_REPEAT` characters) repeated across a line
    break by chance, not as a fake-bold copy: it ends one line and opens the next,
    or is a line the next one opens with. The page's ``text`` uses it elsewhere too,
    and no other copy is within three lines (``others``: the distances, in lines,
    to the others). Fake bold doubles a whole title or caption, so its copies come
    in runs; a word of the story recurs where reading order set two of its lines
    side by side (``…交流。社区居民`` / ``社区居民，有的…``), or a title piece before
    a line that opens with its words (``找准新需求`` / ``找准新需求、做好新供给说起来…``).

    >>> chance_overlap("社区居民", "社区居民，有的……社区居民们……社区居民", [9])
    True
    >>> chance_overlap("社区居民", "社区居民，有的……社区居民们……社区居民", [2]), chance_overlap("阿萍（右", "阿萍（右）", [])
    (False, False)
    """
    return len(phrase) < SHORT_REPEAT and text.count(phrase) > 2 and not any(d <= 3 for d in others)


def signs_a_story(line: str) -> bool:
    """A line that only signs or opens a story: its byline, slashed credit or
    dateline. Two stories may end with the same credit or open with the same
    dateline (``本报讯`` on a line of its own), which reading order can set side by
    side; fake bold doubles titles and captions, not these.

    >>> signs_a_story("（報導．攝影╱韓旭爾）"), signs_a_story("報導．攝影╱韓旭爾"), signs_a_story("标题")
    (True, True, False)
    >>> signs_a_story("本报讯"), signs_a_story("本报讯 2月15日，离石区")
    (True, False)
    """
    return bool(byline_only(line) or slashed_credit(line) or dateline(line) == line.strip())


def drop_repeated_lines(lines: list[str], max_block: int = 4, min_chars: int = 2,
                        copied: set[str] | None = None) -> list[str]:
    """Drop a line, or a block of up to ``max_block`` lines, repeated right after itself.

    Also drops a line when the next one repeats it with only punctuation added
    (``现场`` then ``现场。``; under four characters, only after a line already in
    ``copied``), and the shorter of two title lines that are a
    :func:`partial_copy`, which is how partly merged fake bold comes out (unless a
    :func:`chance_overlap`).
    A line that only signs a story (:func:`signs_a_story`) repeated right after itself
    is dropped only right after another copy: two stories may end with the same
    credit, but a title's tag printed twice follows its title's copy.
    Blank lines between them are ignored. A block shorter than ``min_chars`` stays
    (Latin pages pass 10: a ditto ``do.`` line under another is real). The text of
    each line kept whose copy went is added to ``copied``, when given.

    >>> drop_repeated_lines(["标题", "第二行", "标题", "第二行", "正文。"])
    ['标题', '第二行', '正文。']
    >>> drop_repeated_lines(["演出现场", "", "演出现场。"])
    ['演出现场。']
    """
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    text = [lines[i].strip() for i in idx]
    drop: set[int] = set()
    partial: list[tuple[int, int]] = []  # (the shorter line, the first of the pair) of each partial copy
    twin: set[int] = set()  # lines whose copy is dropped
    j = 0
    while j < len(text):
        done = False
        for k in range(max_block, 0, -1):
            if j + 2 * k > len(text) or text[j] != text[j + k] or (
                    k == 1 and signs_a_story(text[j]) and j - 1 not in drop):  # (not in a run of copies)
                continue
            a, b = text[j : j + k], text[j + k : j + 2 * k]
            if a == b and sum(len(x) for x in a) >= min_chars:
                for t in range(j + k, j + 2 * k):
                    drop.add(t)
                    twin.add(t - k)
                j += 2 * k
                done = True
                break
        if done:
            continue
        if j + 1 < len(text):
            cur, nxt = text[j], text[j + 1]
            if cur == nxt and signs_a_story(cur):
                pass  # two stories signed alike
            elif (len(cur) >= 4 or (j and text[j - 1] in (copied or ()) and len(cur) >= 2)) and nxt.startswith(
                    cur) and not re.search(r"\w", nxt[len(cur):]):  # (a short one among fake-bold copies)
                drop.add(j)
                twin.add(j + 1)
            elif partial_copy(cur, nxt, nxt in (copied or ()), cur in (copied or ())) and not signs_a_story(
                    min(cur, nxt, key=len)):
                partial.append((j if len(cur) < len(nxt) else j + 1, j))  # (not the credit closing one of two stories)
        j += 1
    page_text = "".join(text) if partial else ""
    for t, j in partial:  # a title piece set by reading order before the line that opens with its words
        others = [abs(d - j) for d in drop] + [abs(j2 - j) for _, j2 in partial if j2 != j] + [
            abs(i - j) for i in range(max(1, j - 3), min(len(text), j + 5)) if i != j + 1 and overlap(text[i - 1], text[i])]
        if not chance_overlap(min(text[j], text[j + 1], key=len), page_text, others):
            drop.add(t)
            twin.add(j + (t == j))
    if not drop:
        return lines
    if copied is not None:
        copied.update(text[i] for i in twin if i not in drop)
    gone = {idx[t] for t in drop}
    out: list[str] = []
    skipping = False
    for i, ln in enumerate(lines):
        if i in gone:
            skipping = True  # the copy and the blank lines that follow it go
        elif not (skipping and not ln.strip()):
            skipping = False
            out.append(ln)
    return out


def dedupe_page(page: Page) -> Page:
    """Stage ``dedupe``: join crossed title copies, undouble spans, collapse doubled
    stops, drop repeated lines.

    A Latin page gets :func:`papercli.latinfix.undouble_glyphs` instead of the CJK span
    rules, and keeps repeated lines under ten characters. Repeated until nothing
    changes (text printed four times is doubled twice), so that the stage is
    idempotent; every pass shortens the page, so this ends.
    """
    if page.structured:
        return page
    known: dict[tuple[str, bool, bool], str] = {}  # a line undoubled once is not undoubled again
    if settle_lang(page) == "zh":
        joined = join_crossed_copies(page.lines, page.bold)
        if joined is not page.lines:
            page.record_fix("join_crossed_copies", next((x for x in page.lines if x not in joined), ""), "",
                            len(page.lines) - len(joined))
            page.lines = joined
    while True:
        lines = page.lines
        page.lines = drop_repeated(page, undouble_lines(page, lines, known))
        if settle_lang(page) == "zh":
            page.lines = trim_repeats(page, page.lines)
        if page.lines == lines:
            return page


def undouble_lines(page: Page, lines: list[str], known: dict[tuple[str, bool, bool], str] | None = None) -> list[str]:
    """:func:`undouble_spans`, :func:`undouble_runs` and :func:`collapse_doubled_punctuation`
    on every line (:func:`papercli.latinfix.undouble_glyphs` on a Latin page), recorded. A
    line may come back as two: a title drawn twice parted from one glued to it (pypdf).
    ``known`` keeps the result of each line (and whether the line before it changed and
    whether the page had shown doubling) for the page's next pass."""
    known = {} if known is None else known
    out: list[str] = []
    doubled_prev = False
    changed = 0
    example: tuple[str, str] | None = None
    latin = settle_lang(page) != "zh"
    page_doubled = bool(page.bold) and not latin
    for ln in lines:
        # a line with no word standing alone twice is undone alike whether the page showed doubling
        alone = page_doubled and bool(_SHORT_ALONE.search(ln))
        new = known.get((ln, doubled_prev, alone))
        if new is None:
            new = known[ln, doubled_prev, alone] = undouble_line(ln, doubled_prev, latin, alone)
        doubled_prev = new != ln and bool(ln.strip())
        pieces = new.split("\n")  # a run drawn twice parts from titles glued to it
        if doubled_prev:
            # of the pieces, those drawn twice: the text glued to them was drawn once
            page.bold.update(x.strip() for x in pieces if len(pieces) == 1 or ln.count(x.strip()) >= 2)
            if whole_line_doubled(ln.strip()):
                page.whole.add(new.strip())
        if new != ln:
            changed += 1
            example = example or (ln, new)
        out.extend(pieces)
    if example:
        page.record_fix("undouble_spans", example[0], example[1], changed)
    return out


def trim_repeats(page: Page, lines: list[str]) -> list[str]:
    """:func:`trim_overlaps`, recorded."""
    out = trim_overlaps(lines, copied=page.bold)
    if out != lines:
        first = next((i for i, (a, b) in enumerate(zip(lines, out, strict=False)) if a != b), len(out))
        after = out[first] if first < len(out) else ""
        count = sum(1 for a, b in zip(lines, out, strict=False) if a != b) or 1
        page.record_fix("trim_overlaps", lines[first], after, count)
    return out


#: a photo credit drawn twice span by span at a line's end: the name, then the mark
_DOUBLED_CREDIT = re.compile(r"([\u4e00-\u9fff]{2,4})\1(\s*)(摄影|攝影|摄|攝)\3\s*$")


def undouble_credit(line: str) -> str:
    """A photo credit drawn twice span by span after a caption drawn once
    (``献血现场。王艳王艳 摄摄``): the mark twice is no word, so the name before it is
    the credit's copy too.

    >>> undouble_credit("献血现场。王艳王艳 摄摄"), undouble_credit("他说人人 夸夸")
    ('献血现场。王艳 摄', '他说人人 夸夸')
    """
    if "摄" not in line and "攝" not in line:
        return line  # most lines: no credit mark at all
    return _DOUBLED_CREDIT.sub(r"\1\2\3", line)


def undouble_line(line: str, neighbour_doubled: bool, latin: bool, page_doubled: bool = False) -> str:
    """One line of :func:`undouble_lines`: :func:`papercli.latinfix.undouble_glyphs` on a
    Latin page, else the CJK span, run and punctuation rules (``page_doubled``: the page
    showed fake-bold doubling, for :func:`undouble_short_runs`). A line break in the result
    parts a title drawn twice from text drawn once glued to it (:func:`drawn_once`).

    >>> undouble_line("王王艳艳 摄摄", False, False)
    '王艳 摄'
    >>> undouble_line("研究研究", False, False), undouble_line("研究研究", True, False)  # after a doubled line
    ('研究研究', '研究')
    """
    if latin:
        return undouble_glyphs(line)
    new = undouble_spans(undouble_credit(line), neighbour_doubled=neighbour_doubled, apart=True)
    new = "\n".join(undouble_short_runs(undouble_runs(x, apart=True), page_doubled, apart=True)
                    for x in new.split("\n"))
    return collapse_doubled_punctuation(undouble_closers(new) if new != line else new)


#: most lines a stair of two fake-bold copies spans (:func:`stair_copies`)
STAIR_LINES = 8
_MARKS_ONLY = re.compile(rf"[{re.escape(CLOSERS)}。，、；：！？]+")


def stair(text: list[str], t: int, most: int = STAIR_LINES) -> list[int] | None:
    """The lines of the second copy when the lines from ``t`` on are two copies of
    one text, interleaved, each cut into lines at other places (its first line at
    ``t + 1``), else None. Each line goes to the copy that is behind, which it must
    continue, or to the one ahead; the copies meet when both read alike, or alike
    but for the marks closing one of them (the other's were merged into them). A
    second copy of one line is a repeated or cut line, for the other rules.

    >>> stair(["刘大爷（左）", "刘大爷（左", "）和老伴", "和老伴，", "，晒太阳", "晒太阳。", "正文"], 0)
    [1, 2, 4]
    >>> stair(["标题", "标题下", "正文"], 0) is None
    True
    """
    a, b = text[t], text[t + 1] if t + 1 < len(text) else ""
    if a == b or not b or not (a.startswith(b) or b.startswith(a)):
        return None
    # a reading: (the copy ahead is the first, what it has beyond the other) -> the second copy's lines
    states: dict[tuple[bool, str], list[int]] = {(len(a) > len(b), a[len(b):] or b[len(a):]): [t + 1]}
    for k in range(t + 2, min(len(text), t + most)):
        line = text[k]
        new: dict[tuple[bool, str], list[int]] = {}
        for (first_ahead, extra), second in states.items():
            behind, ahead = ([*second, k], second) if first_ahead else (second, [*second, k])
            if line.startswith(extra):  # to the copy behind, catching up
                rest = line[len(extra):]
                if not rest:
                    return behind if len(behind) > 1 else None
                new.setdefault((not first_ahead, rest), behind)
            elif extra.startswith(line):
                new.setdefault((first_ahead, extra[len(line):]), behind)
            new.setdefault((first_ahead, extra + line), ahead)
        states = {key: v for key, v in new.items() if key[1]}
        for (_, extra), second in states.items():
            if _MARKS_ONLY.fullmatch(extra) and len(second) > 1 and k + 1 < len(text) and not text[k + 1].startswith(extra):
                return second
        if not states:
            return None
    return None


_SPACE_RUN = re.compile(r"\s+")


def stair_copies(lines: list[str], copied: set[str] | None = None) -> list[str]:
    """Drop the second of two fake-bold copies of a title or caption that an extractor
    cut into lines at other places and interleaved, like stairs (:func:`stair`):
    ``刘大爷（左）`` / ``刘大爷（左`` / ``）和老伴…`` / ``和老伴…，`` keeps ``刘大爷（左）`` /
    ``和老伴…，``. The first copy's lines are added to ``copied``. Spaces do not count:
    a copy cut at a title's space lost it (``春回 大地`` / ``春回`` / ``大地``).

    >>> stair_copies(["“守护每个人”", "“守护每个人", "”（百姓说", "（百姓说）", "）", "正文。"])
    ['“守护每个人”', '（百姓说）', '正文。']
    """
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    text = [lines[i].strip() for i in idx]
    plain = [_SPACE_RUN.sub("", x) for x in text]  # a copy cut at a space lost it (``甲 乙`` / ``甲`` / ``乙``)
    gone: set[int] = set()
    t = 0
    while t < len(text) - 2:
        second = stair(plain, t)
        if second is None or len(CJK_RE.findall("".join(text[k] for k in second))) < 2:
            t += 1
            continue
        end = max(second)
        first = [k for k in range(t, end + 1) if k not in second]
        if copied is not None:
            copied.update(text[k] for k in first)
        closers = _closers_owed("".join(text[k] for k in first), text[end])
        if closers and not (end + 1 < len(text) and text[end + 1].startswith(closers)):
            # the marks closing both copies were merged into the one that goes (and not set on the next line)
            lines = list(lines)
            lines[idx[first[-1]]] = lines[idx[first[-1]]].rstrip() + closers
        gone.update(idx[k] for k in second)
        t = end + 1
    return [ln for i, ln in enumerate(lines) if i not in gone] if gone else lines


def _closers_owed(kept: str, dropped_last: str) -> str:
    """The closing marks the copy kept lacks (its brackets left open) that the last
    line of the copy dropped ends with: pdfminer set both copies' closers on one.

    >>> _closers_owed("冬日暖阳（百姓说", "暖阳（百姓说））"), _closers_owed("冬日暖阳（百姓说）", "暖阳（百姓说））")
    ('）', '')
    """
    owed = bracket_balance(kept)
    if owed <= 0:
        return ""
    tail = dropped_last[len(dropped_last.rstrip(CLOSERS)):]
    return tail[:owed]


def lost_closer_copies(lines: list[str], copied: set[str] | None = None) -> list[str]:
    """Drop a title line's fake-bold copy that lost its closing mark to its twin.

    Some extractors (pdfminer, pdftotext) set both closing marks of a title drawn
    twice on the first copy (``…（百姓说））``) or on the line after the second
    copy (``」老人的…``), so the second copy is the first one cut just before its
    closer: a short line (two Han or more, no sentence end) that the line before it
    opens with, followed there by a closing mark. The copy goes, and the extra
    closer with it: the doubled one, else the one opening the next line (a line
    of that closer alone goes too). Copies set like stairs, the second cut a
    character later on every line (``刘大爷（左`` / ``）和老伴…`` / ``和老伴…，``),
    are :func:`stair_copies`' case (run first) and left alone here. The line kept is
    added to ``copied``.

    >>> lost_closer_copies(["冬日里的暖阳（百姓说））", "冬日里的暖阳（百姓说", "正文。"])
    ['冬日里的暖阳（百姓说）', '正文。']
    >>> lost_closer_copies(["「我要回家过年」", "「我要回家过年", "」老人的心愿"])
    ['「我要回家过年」', '老人的心愿']
    >>> lost_closer_copies(["“好”", "“好", "正文。"])  # one Han before the closer: too short to tell
    ['“好”', '“好', '正文。']
    """
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    out = list(lines)
    gone: set[int] = set()
    for t in range(1, len(idx)):
        i, j = idx[t - 1], idx[t]
        if i in gone:
            continue
        x, y = out[i].strip(), out[j].strip()
        if not (len(x) > len(y) and x.startswith(y) and x[len(y)] in CLOSERS and len(y) <= SHORT_LINE
                and len(CJK_RE.findall(y)) >= 2 and not ends_sentence(y)):
            continue
        closer = x[len(y)]
        if x[len(y) + 1 : len(y) + 2] == closer:
            out[i] = x[: len(y)] + x[len(y) + 1 :]
        elif t + 1 < len(idx) and out[idx[t + 1]].strip().startswith(closer):
            rest = out[idx[t + 1]].strip()[1:]
            if rest and t + 2 < len(idx) and out[idx[t + 2]].strip().startswith(rest):
                continue  # copies set like stairs, each line of one cut a character later: the other rules' case
            out[idx[t + 1]] = rest
            if not rest:
                gone.add(idx[t + 1])
        gone.add(j)
        if copied is not None:
            copied.add(out[i].strip())
    return [ln for k, ln in enumerate(out) if k not in gone] if gone else lines


def crossed_copy(first: str, second: str) -> str | None:
    """The title that two lines hold twice when an extractor set one of its
    fake-bold copies whole on a line beside a piece of the other, and the other
    piece on the next line: ``老街新貌老街新貌 遊客回流`` / ``遊客回流`` (a first
    piece, then the whole title) or ``阿伯月入僅9千 難養一家難養一家`` /
    ``阿伯月入僅9千`` (the whole title, then its last piece). The title comes back
    as its two pieces parted by a space; else None. Both pieces are of two
    characters or more, and spaces do not count in the test.

    >>> crossed_copy("春回春回 大地", "大地"), crossed_copy("春回 大地大地", "春回")
    ('春回 大地', '春回 大地')
    >>> crossed_copy("人人人人 夸", "夸") is None, crossed_copy("研究研究", "研究") is None
    (True, True)
    """
    p, q = _SPACE_RUN.sub("", first), _SPACE_RUN.sub("", second)
    if len(q) < 2 or len(p) > 2 * SHORT_LINE or (len(p) - len(q)) % 2:
        return None
    k = (len(p) - len(q)) // 2
    if k < 2:
        return None
    if p[:k] == p[k : 2 * k] and p[2 * k :] == q:
        return f"{p[:k]} {q}"  # the first piece, then the whole title
    if p.startswith(q) and p[len(q) : len(q) + k] == p[len(q) + k :]:
        return f"{q} {p[len(q) : len(q) + k]}"  # the whole title, then its last piece
    return None


def join_crossed_copies(lines: list[str], copied: set[str] | None = None) -> list[str]:
    """Replace two lines that hold a title's fake-bold copies crossed (:func:`crossed_copy`)
    by the title once; the title is added to ``copied``.

    >>> join_crossed_copies(["春回 大地大地", "春回", "正文。"])
    ['春回 大地', '正文。']
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        title = crossed_copy(lines[i].strip(), lines[i + 1].strip()) if i + 1 < len(lines) else None
        if title is None:
            out.append(lines[i])
            i += 1
            continue
        out.append(title)
        if copied is not None:
            copied.add(title)
        i += 2
    return out if len(out) != len(lines) else lines


def drop_repeated(page: Page, lines: list[str]) -> list[str]:
    """:func:`drop_repeated_lines`, recorded (Latin pages keep repeats under ten characters),
    after :func:`stair_copies` and :func:`lost_closer_copies` on a CJK page."""
    copied = set(page.bold)  # a short line repeated with a stop goes after a bold line
    if settle_lang(page) == "zh":
        for fix in (stair_copies, lost_closer_copies):
            new = fix(lines, copied)
            if new is not lines:
                kept_now = set(new)
                dropped = next((x for x in lines if x.strip() and x not in kept_now), "")
                page.record_fix(fix.__name__, dropped, "", len(lines) - len(new))
                lines = new
    kept = drop_repeated_lines(lines, min_chars=10 if settle_lang(page) != "zh" else 2, copied=copied)
    page.whole |= copied - page.bold  # repeated as whole lines
    page.bold = copied
    if len(kept) != len(lines):
        gone = len([x for x in lines if x.strip()]) - len([x for x in kept if x.strip()])
        kept_set = set(kept)
        dropped = next((x for x in lines if x.strip() and x not in kept_set), "(a repeated line)")
        page.record_fix("drop_repeated_lines", dropped, "", gone)
    return kept
