"""What a line's own text says about the paragraph it is in: whether it ends one
(a sentence end, a byline, a closing note), opens one it cannot finish alone (a
dateline cut over lines, a bullet on its own line, pieces of a credit), and how
much slack its punctuation gives its measured width. ``reflow`` asks these of
every line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from papercli.chars import CJK, ends_sentence
from papercli.names import full_name
from papercli.signals import (
    AGENCY_AFTER,
    DATELINE_RE,
    PRODUCTION_ROLE,
    author_note,
    byline_only,
    caption_credit,
    closing_byline,
    closing_credit,
    closing_dateline,
    credit_line,
    end_note,
    field_line,
    photo_credit_line,
    photo_report,
)

END_PUNCT = re.compile(r"[，、；：,;。！？!?”’」』）)]$")
TAIL = 80  # characters of a paragraph's end that can hold a byline or closing dateline


#: a line that is a whole unit by itself: a section label (``【点评】``) or a signature
#: under a quoted comment (``——@上兵伐谋``, ``——编者``)
LABEL_LINE = re.compile(r"^\s*(?:【[^】]{1,12}】|——\s*[^，。！？；：,.!?;:\s][^，。！？；：,.!?;:]{0,11})\s*$")
#: a bullet mark on a line of its own, its point on the next line
LONE_MARK = re.compile(r"^\s*[■□◆◇●○▲△★☆]\s*$")
#: a bullet mark opening a line, its point after it (not ``○``, a zero in ``二○一九``)
BULLET_POINT = re.compile(r"^\s*[■□◆◇●▲△★☆]\s*[^\s■□◆◇●○▲△★☆]")
#: a numbered point opening its paragraph: ``一、``, ``（二）``, ``3.`` (not ``1.5万``)
_NUMERAL = "[一二三四五六七八九十]{1,3}"
ORDINAL_POINT = re.compile(rf"^\s*(?:{_NUMERAL}、|[（(]{_NUMERAL}[）)]|\d{{1,2}}[.．、](?!\d))")
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
    >>> ends_block("【記者陳明／台中報導】")  # a dateline alone on its line goes on into its paragraph
    False
    """
    if ends_sentence(text) or closing_dateline(text) or author_note(text) or credit_line(text):
        return True
    if closing_credit(text) or end_note(text) or _NOTE_AFTER_STOP.search(text):
        return True
    if LABEL_LINE.match(text) and not open_dateline(text):  # ``【記者陳明／台中報導】`` opens its paragraph
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


_PHOTO_REPORT_END = re.compile(rf"(?:摄影报道|攝影報導|摄影报导|[图圖摄攝文])\s*{AGENCY_AFTER}\s*$")
CREDIT_PIECE = 12  # characters: a piece of a credit that an extractor cut off in its own font


def label_and_address(label: str, rest: str) -> bool:
    """A notice's label at a line's end and its address on the next line: one field
    line (:func:`papercli.signals.field_line`), which no break parts.

    >>> label_and_address("投稿邮箱：", "news@example.cn"), label_and_address("他说：", "好的")
    (True, False)
    """
    return label.rstrip().endswith(("：", ":")) and field_line(label.strip() + rest.strip())


def credit_pieces(texts: list[str]) -> set[int]:
    """Lines after which no break falls: the pieces of a photo report's credit that
    the extractor cut where the font changed (``蒋云龙`` / ``罗`` / ``嘉摄影报道``).

    >>> sorted(credit_pieces(["容。", "蒋云龙", "罗", "嘉摄影报道", "“近几年"]))
    [1, 2]
    >>> sorted(credit_pieces(["展台。", "本报记者谷凯陈航摄", "影报道", "近日，"]))
    [1]
    >>> sorted(credit_pieces(["呵护。", "曹", "一图", "杨立新文", "2014年，"]))
    [1, 2]
    >>> sorted(credit_pieces(["方法。", "苏显龙", "王", "磊摄影报", "道", "编者按："]))
    [1, 2, 3]
    >>> sorted(credit_pieces(["暖意。", "李 明 王小红摄影报", "道（人民视觉）", "港口扩建 三年完工"]))
    [1]
    >>> sorted(credit_pieces(["公里。", "王", "刚摄（新华社）", "近年来，"]))  # a photo's credit line
    [1]
    """
    out: set[int] = set()
    for k, text in enumerate(texts):
        last = k  # the piece that ends with the mark
        if not _PHOTO_REPORT_END.search(text):
            if not (k and len(text.strip()) <= CREDIT_PIECE and _PHOTO_REPORT_END.search(texts[k - 1] + text)):
                continue
            if photo_report(texts[k - 1] + text):  # no gap: the mark itself was cut
                out.add(k - 1)  # the credit wrapped inside its mark (``…陈晓航摄`` / ``影报道``)
                continue
            last = k - 1  # the name before it cut too (``苏显龙`` / ``王`` / ``磊摄影报`` / ``道``)
        end = "".join(texts[last : k + 1])
        start = k
        for i in range(last - 1, max(-1, last - 5), -1):
            if len(texts[i].strip()) > CREDIT_PIECE or END_PUNCT.search(texts[i]):
                break
            whole = " ".join([*texts[i:last], end])
            if photo_report(whole) or photo_credit_line(whole):
                start = i
        out.update(range(start, k))
    return out | credit_name_pieces(texts)


NAME_PIECE = 2  # characters: a piece of a name the extractor cut off a credit line


def credit_name_pieces(texts: list[str]) -> set[int]:
    """Lines after which no break falls: a production credit whose last name the
    extractor cut over lines (``本版制图：郭`` / ``祥``, ``本版制图：蔡华伟`` / ``沈亦`` /
    ``伶``). A piece is at most :data:`NAME_PIECE` Han characters, the credit with it
    is still a credit (:func:`credit_line`), and a name is seen cut: the credit
    ends with a single character or the last piece is one (a short title after a
    credit, ``版式：王艳`` / ``要闻``, stays apart). A whole name on a line of its
    own (:func:`full_name`) before a line of running text or a dateline is the
    list's next name (before a short line it may be a title: ``版式：王艳`` / ``武林风`` /
    ``春耕忙``).

    >>> sorted(credit_name_pieces(["持。", "本版制图：蔡华伟", "沈亦", "伶", "本报北京2月14日电"]))
    [1, 2]
    >>> sorted(credit_name_pieces(["本版制图：郭", "祥", "“我们的党"])), credit_name_pieces(["版式：王艳", "要闻"])
    ([0], set())
    >>> sorted(credit_name_pieces(["资料整理：孟", "扬", "林晓雯", "本报北京2月14日电"]))
    [0, 1]
    >>> sorted(credit_name_pieces(["资料整理：孟", "扬", "林晓雯", "春耕忙"]))
    [0]
    """
    out: set[int] = set()
    k = 0
    while k < len(texts) - 1:
        if not _CREDIT_LABEL.match(texts[k].strip()):
            k += 1
            continue
        run = k
        while (run + 1 < len(texts) and _NAME_PIECE.fullmatch(texts[run + 1].strip())
               and credit_with_names(texts[k : run + 2]) is not None):
            run += 1
        if run > k and (_ONE_CHAR_END.search(texts[k]) or len(texts[run].strip()) == 1):
            out.update(range(k, run))
        else:
            run = k
        while run + 2 < len(texts) and full_name(texts[run + 1]) and (
                _TEXT_AFTER.search(texts[run + 2]) or DATELINE_RE.match(texts[run + 2])):
            out.add(run)  # the list's next name, whole on a line of its own, before a story's text
            run += 1
        k = run + 1
    return out




def credit_with_names(texts: list[str]) -> str | None:
    """The production credit that ``texts`` make together, a name cut over them
    joined and names kept apart by a space, if each line after the first is a piece
    of at most :data:`NAME_PIECE` Han characters or a whole name (:func:`full_name`;
    see :func:`credit_name_pieces`).

    >>> credit_with_names(["本版制图：蔡华伟", "沈亦", "伶"]), credit_with_names(["本版制图：", "他说，"])
    ('本版制图：蔡华伟 沈亦伶', None)
    >>> credit_with_names(["资料整理：孟", "扬", "林晓雯"])
    '资料整理：孟  扬 林晓雯'
    """
    credit = texts[0].strip()
    for piece in (t.strip() for t in texts[1:]):
        if not (_NAME_PIECE.fullmatch(piece) or full_name(piece)):
            return None
        # a name of two set three wide keeps its wide gap, as printed (``黄  超``)
        gap = "  " if len(piece) == 1 and _ONE_CHAR_END.search(credit) else " "
        joined = next((c for c in (f"{credit}{gap}{piece}", credit + piece) if credit_line(c)), None)
        if joined is None:
            return None
        credit = joined
    return credit if credit_line(credit) else None


#: a line of running text (a dateline: :data:`DATELINE_RE`): no title piece, which a name could be taken for
_TEXT_AFTER = re.compile(r"[，。、；：！？,;:!?]|^.{12,}")
_ONE_CHAR_END = re.compile(rf"(?:^|[\s：:、])[{CJK}]\s*$")
_CREDIT_LABEL = re.compile(rf"^[{CJK}]{{0,4}}{PRODUCTION_ROLE}\s*[：:]")
_NAME_PIECE = re.compile(rf"[{CJK}]{{1,{NAME_PIECE}}}")


_FULL_PUNCT = re.compile("[，。、；：！？「」『』“”‘’（）《》—…]")
#: Han next to a digit or Latin letter: a typesetter's gap, which justification widens
_SCRIPT_SWITCH = re.compile(rf"(?<=[{CJK}])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%+])(?=[{CJK}])")  # as despace's _CJK_AN
SWITCH_SLACK = 1.5  # half-em units: a gap an extractor prints as a space, which despace takes out


def switch_slack(text: str) -> float:
    """How much wider than measured a line with Han next to digits or Latin may be:
    typesetters set a gap at each switch of script, justification widens it, and
    ``despace`` takes out the space an extractor printed there. ``黃光廷的 55 歲前妻阿``
    filled its column; ``黃光廷的55歲前妻阿`` measures short.

    >>> switch_slack("黃光廷的55歲前妻阿"), switch_slack("2018年"), switch_slack("正文，好")
    (3.0, 1.5, 0.0)
    >>> switch_slack("互联网+医疗")  # the gap after a ``+`` that joins two terms
    1.5
    """
    return SWITCH_SLACK * len(_SCRIPT_SWITCH.findall(text))


def punct_slack(text: str) -> float:
    """How much wider than measured a line with full-width punctuation may be: a
    typesetter sets each mark at half or full width, :func:`visual_width` counts it
    at three quarters, so a line full of marks can look a little short.

    >>> punct_slack("對他的付出：「都是為了照顧我，媽媽才會累死的！」"), punct_slack("正文")
    (2.5, 0.0)
    """
    return 0.5 * len(_FULL_PUNCT.findall(text))
