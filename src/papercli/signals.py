"""Patterns that hold on any Chinese newspaper: datelines, bylines, photo credits.

They describe conventions of the genre (``本报讯``, ``新华社北京2月1日电``, a name in
brackets at the end of a story, ``NAME 摄``), never the words of one page.
"""

from __future__ import annotations

import re

from papercli.chars import CJK, ends_sentence
from papercli.names import person_name

_PLACE = rf"[{CJK}·]{{0,12}}?"
#: a dateline's date (``2月14日``)
DATE_RE = re.compile(r"\d{1,2}月\d{1,2}日")
_DATE = rf"(?:{DATE_RE.pattern})?"
#: a place and a date, or a short place alone (``本报曼谷电``): without a date a long
#: run of characters before ``电`` is a sentence (``一些社会爱心人士经常打电话``); a
#: paper or site other than 本报, 新华社 and 中新社 needs the date (``特地出动两台车进行保电``)
_WHERE = rf"(?:{_PLACE}\d{{1,2}}月\d{{1,2}}日|[{CJK}·]{{0,5}})"
#: a dateline at the very start of a paragraph
DATELINE_RE = re.compile(
    rf"^(?:"
    rf"本[报報]讯|本[报報]{_WHERE}[电電]|本[报報]{_WHERE}[讯訊]"
    rf"|据?新[华華]社{_WHERE}[电電]|据?中新社{_WHERE}[电電]"
    rf"|据?[{CJK}]{{2,6}}(?:网|報|报|社|台){_PLACE}\d{{1,2}}月\d{{1,2}}日[电電讯訊]"
    rf"|[{CJK}]{{2,6}}(?:日报|日報|晚报|晚報|早报|早報|时报|時報|新闻网|新聞網|融媒|电视台|電視台)[讯訊]"
    # an agency's bracket with its reporter opening the story (``（中央社記者林志遠台北２０日電）``;
    # without a reporter, ``（新华社北京2月1日电）``, it closes one), or its start
    # on a line the extractor cut (``（中央社記者林志遠台北２０日`` / ``電）台北市…``)
    rf"|[（(](?:中央社|新华社|新華社|中新社)(?:記者|记者)[^（）()。，]{{0,20}}?[电電][）)]"
    rf"|[（(](?:中央社|新华社|新華社|中新社)(?:記者|记者)[^（）()。，]{{0,20}}$"
    # with no reporter, opening the story's text on its line (``（中央社台北30日電）台北市…``)
    rf"|[（(](?:中央社|新华社|新華社|中新社)[{CJK}·]{{1,12}}?\s*\d{{1,2}}\s*日\s*[电電][）)](?=\s*[{CJK}“「])"
    rf"|[【〔［][^】〕］]{{0,20}}(?:报道|報導|报|報|社|电|電|讯|訊|网|網|台|闻|聞)[】〕］]"
    rf")"
)
#: a personal name as bylines print it: 2-4 Han characters (a middle dot allowed)
_NAME = rf"[{CJK}][{CJK}·]{{1,4}}"
_ROLE = r"(?:本[报報])?(?:记者|記者|通讯员|通訊員|特约记者|实习生|見習記者|见习记者)"
_NAMES = rf"(?:{_ROLE}\s*)?{_NAME}(?:\s+{_NAME})?(?:[\s、，,]+(?:{_ROLE}\s*)?{_NAME}(?:\s+{_NAME})?){{0,4}}"
#: what a credit names before its slash (``攝影╱``, ``文／``) or after it (``／台北報導``)
_CREDIT_ROLE = r"(?:報導|报道|報道|攝影|摄影|記者|记者|撰文|採訪|采访|整理|編譯|编译|口述|翻譯|翻译|[文圖图攝摄])"
#: a credit line with a slash, as Taiwanese and Hong Kong papers print it:
#: ``報導．攝影╱韓旭爾``, ``記者陳明／台北報導``; a pair of names
#: (``隋文静/ 韩聪``, a pair of skaters) names no role and is no credit
_DOT = "．·・‧˙•∙？?"  # what joins the roles of a credit (``報導．攝影``, ``報導˙攝影``, ``報導‧攝影``)
_SLASHED = (
    rf"(?:[{CJK}{_DOT}\s]{{0,8}}{_CREDIT_ROLE}[{_DOT}\s]{{0,2}}[╱／/]\s*[{CJK}·．、\s]{{2,14}}"
    rf"|[{CJK}{_DOT}\s]{{0,10}}[╱／/]\s*[{CJK}·．、\s]{{0,12}}(?:報導|报道|報道))"
)
#: a byline: names (or a slashed credit) in round brackets (full- or half-width, OCR may mix them)
#: (a photo's credit is none: ``（記者張美玲攝）``, ``（圖／宜蘭縣政府提供）``)
BYLINE_RE = re.compile(rf"[（(〈<]\s*(?![圖图]\s*[╱／/])({_NAMES}|{_SLASHED})(?<![摄攝])(?<!提供)\s*[)）〉>]")
BYLINE_ONLY_RE = re.compile(rf"^\s*{BYLINE_RE.pattern}\s*$")
TRAILING_BYLINE_RE = re.compile(rf"\s*{BYLINE_RE.pattern}\s*$")
#: a photo credit closing a caption: ``张晓斌 摄``, ``记者 王刚摄``, ``攝影／林明``
#: one place or several (``本报布鲁塞尔、巴黎2月14日电``)
_PLACES = rf"[{CJK}·、]{{0,40}}?"
#: a dateline in brackets closing a story: ``（本报洛杉矶2月14日电）``, ``（据新华社电）``
CLOSING_DATELINE_RE = re.compile(
    rf"[（(]\s*(?:{DATELINE_RE.pattern[1:].replace(_PLACE, _PLACES)}|据?[{CJK}]{{2,6}}{_PLACES}{_DATE}[电電讯訊])"
    rf"\s*[)）]\s*$"
)
#: a closing dateline that goes on with the reporters' names, a paragraph by itself:
#: ``（新华社北京2月4日电  执笔记者：丁溪、姜潇；参与记者：吴晶、王希）``
CREDITED_DATELINE_RE = re.compile(
    rf"^\s*[（(]\s*(?:{DATELINE_RE.pattern[1:].replace(_PLACE, _PLACES)})\s*"
    rf"[^（）()]*?(?:记者|記者)[^（）()]*[)）]\s*$"
)
CREDIT_RE = re.compile(
    rf"(?:^|(?<=[。！？\s）)]))\s*((?:{_ROLE}\s*)?{_NAME}(?:[\s、]+{_NAME})*)\s*[／/╱]?\s*(?:摄|攝)(?:影)?\s*$"
)

#: or in brackets after the caption's sentence: ``（記者張美玲攝）``, ``（圖／記者張美玲攝）``
BRACKETED_CREDIT_RE = re.compile(
    rf"(?<=[。！？])\s*[（(]\s*(?:[圖图]\s*[／/╱:：]\s*)?((?:{_ROLE}\s*)?{_NAME}(?:[\s、]+{_NAME})*?)\s*[／/╱]?\s*"
    rf"(?:摄|攝)(?:影)?\s*[)）]\s*$"
)
#: or who provided the photo, in brackets or after ``圖／``: ``（圖／宜蘭縣政府提供）``,
#: ``圖／屏東縣環保局提供`` (a sentence ending ``…提供`` is none: ``中国对非援助为非洲发展提供``)
PROVIDED_RE = re.compile(
    rf"(?<=[。！？])\s*(?:[（(]\s*(?:[圖图]\s*[／/╱:：]\s*)?|[圖图]\s*[／/╱:：]\s*)"
    rf"([{CJK}A-Za-z0-9·]{{2,20}}?)\s*提供\s*[)）]?\s*$"
)

#: or with its role first, unbracketed, as Taiwanese papers print it: ``圖／記者王小明攝``,
#: ``攝影／陳明``, ``圖：資料照片`` (a file photo: no name, the source in its place); after
#: ``圖／`` a reporter's role or a file photo only (``圖／高雄市捷`` is an agency cut over lines)
PICTURED_BY_RE = re.compile(
    rf"(?<=[。！？])\s*[圖图]\s*[／/╱:：]\s*((?:{_ROLE}\s*)?{_NAME}(?:[\s、]+{_NAME})*?)\s*(?:摄|攝)(?:影)?\s*$"
)
ROLE_FIRST_RE = re.compile(
    rf"(?<=[。！？])\s*(?:(?:攝影|摄影)\s*[／/╱:：]\s*|[圖图]\s*[／/╱:：]\s*(?={_ROLE}|[資资檔档]料|檔案|档案))"
    rf"((?:{_ROLE}\s*)?{_NAME}(?:[\s、]+{_NAME})*)\s*$"
)

#: or who took the photo and wrote the words: ``图/文 刘红梅``, ``文／圖 陳明``
PICTURE_WORDS_RE = re.compile(
    rf"(?<=[。！？])\s*(?:[图圖]\s*[/／╱]\s*文|文\s*[/／╱]\s*[图圖])\s*[:：]?\s*((?:{_ROLE}\s*)?{_NAME}(?:\s+{_NAME})*)\s*$"
)

#: the author's affiliation in brackets at the end of a contribution (``（作者为…）``)
AUTHOR_NOTE_RE = re.compile(
    r"^\s*[（(]\s*作者(?:[为系是為係]|单位|單位|简介|簡介)[^（）()]*(?:[（(][^（）()]*[)）][^（）()]*)*[）)]\s*$"
)
#: the page's production credits, which close the story above them (``版式设计：沈亦伶``)
_CREDITED = rf"(?:{_NAME}|[{CJK}]\s{{1,2}}[{CJK}](?![{CJK}]))"  # a name, or two characters spaced as three (``张  明``)
#: the roles of a production credit, after up to four Han (``版式设计``, ``本版制图``, ``资料整理``)
PRODUCTION_ROLE = r"(?:编辑|編輯|设计|設計|校对|校對|制图|製圖|美编|美編|统筹|統籌|版式|整理)"
_ONE_CREDIT = rf"[{CJK}]{{0,4}}{PRODUCTION_ROLE}\s*[：:]\s*{_CREDITED}(?:[\s、]+{_CREDITED})*(?:{_CREDITED})?"
#: one role and its names, or several on one line (``本期统筹：许 诺 制图：郭 祥``)
CREDIT_LINE_RE = re.compile(rf"^(?:\s*{_ONE_CREDIT})+\s*$")

#: most reporters after the first that a story's closing list names (a roundup filed
#: by the paper's reporters across the country names eighteen)
REPORTERS = 30
#: the reporters who filed a story, in brackets at its end: ``（本报记者曹玲、蒋云、申琳）``,
#: ``（综合本报记者韩杰、王峰报道）``; a list too long for a byline
#: or who interviewed and wrote it up: ``（本报记者林丽鹂采访整理）``, ``（王明、李华参与采写）``
REPORT_NOTE_RE = re.compile(
    rf"^\s*[（(]\s*(?:综合|綜合)?\s*(?:{_ROLE}\s*{_NAME}(?:[、，,\s]+{_NAME}){{1,{REPORTERS}}}\s*(?:报道|報導)?"
    rf"|(?:{_ROLE}\s*)?{_NAME}(?:[、，,\s]+{_NAME}){{0,{REPORTERS}}}\s*(?:采访整理|採訪整理|参与采写|參與採寫|采写|採寫|整理))\s*[)）]\s*$"
)

#: who wrote a commentary, in brackets at its end: ``（执笔：王公龙）``
#: (a name of two set letter-spaced: ``（执笔：王  鹏）``)
WRITER_NOTE_RE = re.compile(
    rf"^\s*[（(]\s*(?:执笔|執筆|撰稿|撰文|整理)\s*[：:]\s*(?:{_NAME}(?:[、，,\s]+{_NAME}){{0,9}}|[{CJK}]\s+[{CJK}])\s*[)）]\s*$"
)

#: a story told in photos closes with who took and wrote it: ``本报记者 谷凯 陈航摄影报道``
#: the agency that sent a photo report, in brackets after its credit (``（人民视觉）``)
AGENCY_AFTER = r"(?:[（(][^（）()]{2,8}[）)])?"
PHOTO_REPORT_RE = re.compile(
    rf"^\s*(?:{_ROLE}\s*)?[{CJK}·\s]{{2,24}}?(?:摄影报道|攝影報導|摄影报导)\s*{AGENCY_AFTER}\s*$"
)
#: or with who took the picture and who wrote the words: ``曹一图 杨立新文``, ``王芳/文 李明/摄``
_PICTURE = r"(?:图|圖|摄|攝)"
_CREDITED = rf"(?:{_ROLE}\s*)?[{CJK}](?:\s?[{CJK}·]){{1,3}}\s*[/／]?\s*"  # a name, before its mark
PICTURE_TEXT_RE = re.compile(
    rf"^\s*(?:{_CREDITED}{_PICTURE}\s*{_CREDITED}文|{_CREDITED}文\s*{_CREDITED}{_PICTURE})\s*$"
)

#: a photo's credit on a line of its own: a name or two, the mark, the agency (``李明摄（新华视点）``)
PHOTO_CREDIT_LINE_RE = re.compile(
    rf"^\s*(?:[{CJK}](?:\s?[{CJK}·]){{1,3}}\s*){{1,3}}(?:摄|攝)\s*[（(][^（）()]{{2,12}}[）)]\s*$"
)

#: where a box's or chart's facts come from: ``資料來源：罕見疾病基金會``, ``数据来源：国家统计局``;
#: a list of sources may fill two lines of a wide column
SOURCE_NOTE_RE = re.compile(rf"^\s*[{CJK}]{{0,2}}(?:来源|來源|出处|出處)\s*[：:]\s*\S[^。！？]{{0,80}}$")


#: a two-character name is often set letter-spaced (``本报记者 张 枨``)
_SPACED_NAME = rf"(?:[{CJK}]\s+[{CJK}](?![{CJK}])|{_NAME})"
REPORTER_RE = re.compile(rf"\s*{_ROLE}\s*{_SPACED_NAME}(?:[\s、]+{_SPACED_NAME})*\s*")


SLASHED_CREDIT_RE = re.compile(rf"^\s*{_SLASHED}\s*$")


def slashed_credit(text: str) -> bool:
    """True for a line that is only a slashed credit, unbracketed, as Taiwanese papers
    set it on a line of its own under the lede: a paragraph by itself.

    >>> slashed_credit("報導．攝影╱向高彬"), slashed_credit("記者陳明／台北報導"), slashed_credit("小惠的爸爸陳財旺，現")
    (True, True, False)
    >>> slashed_credit("文／王芳"), slashed_credit("组合隋文静/ 韩聪第五次夺得四"), slashed_credit("報導˙攝影╱郭恩新")
    (True, False, True)
    """
    return bool(SLASHED_CREDIT_RE.match(text))


#: a reporter's credit naming where the story was filed, as Taiwanese papers set it under
#: the title or open the first paragraph with it: ``記者陳明／台北報導``, ``〔記者陳明、林華／台中報導〕``
PLACE_CREDIT_RE = re.compile(
    rf"^\s*((?:{_ROLE}\s*)?{_NAME}(?:[、，,\s]+{_NAME}){{0,4}}\s*[╱／/]\s*[{CJK}]{{1,8}}(?:報導|报道|報道))\s*$"
)


def place_credit(text: str) -> str | None:
    """The reporters' credit of a line that is only one naming where the story was
    filed, unbracketed (``記者陳明／台北報導``); None for any other line, a photographer's
    credit (``報導．攝影╱韓旭爾``) among them, a dateline's bracket (``〔記者陳明／台中報導〕``,
    which opens its paragraph) and a closing byline's (``（記者陳明／台中報導）``). It opens
    a story: the paper's dateline and byline in one.

    >>> place_credit("記者陳明／台北報導"), place_credit("記者陳明、林華／台中報導")
    ('記者陳明／台北報導', '記者陳明、林華／台中報導')
    >>> place_credit("〔記者陳明、林華／台中報導〕"), place_credit("（記者陳明／台中報導）")
    (None, None)
    >>> place_credit("報導．攝影╱韓旭爾"), place_credit("他說，台北報導很多")
    (None, None)
    """
    if "導" not in text and "道" not in text:
        return None  # no ``報導`` / ``报道``: no place credit (a quick test before the pattern)
    m = PLACE_CREDIT_RE.match(text)
    return m.group(1).strip() if m else None


_ROLE_LAST = re.compile(rf"{_ROLE}\s*$")


def role_last(text: str) -> bool:
    """``text`` ends with a reporter's role, its names cut off onto another line
    (``新华社记者`` / ``潘昱龙摄``): a credit's first piece, no label or title.

    >>> role_last("新华社记者"), role_last("记者手记")
    (True, False)
    """
    return bool(_ROLE_LAST.search(text))


def reporter_line(text: str) -> bool:
    """True for a line that opens with a reporter credit (``本报记者 徐元锋``), or an
    author's line set under a title (:func:`author_line`).

    >>> reporter_line("本报记者 徐元锋"), reporter_line("记者从应急管理部获悉"), reporter_line("本报记者 游 仪")
    (True, False, True)
    """
    return bool(REPORTER_RE.fullmatch(text)) or author_line(text) is not None


#: the author of a commentary or feature set under its title: ``□ 陈立言``, ``文/林晓岚``,
#: ``文／記者王明``, or the paper's commentator unnamed (``本报评论员``)
_AUTHOR_RE = re.compile(
    rf"^\s*(?:[□■◇◆]\s*|(?:文|撰文|文字)\s*[/／╱:：]\s*)((?:{_ROLE}\s*)?{_NAME}(?:[\s、]+{_NAME}){{0,2}})\s*$"
    rf"|^\s*(本[报報](?:特约)?(?:评论员|評論員))\s*$"
)


def author_line(text: str) -> str | None:
    """The author a line under a title names, or None: the name after its mark
    (``□ 陈立言`` → ``陈立言``, ``文/林晓岚`` → ``林晓岚``) or the paper's commentator
    (``本报评论员``). After a square only a person's name: ``□ 加快建设`` opens a point.

    >>> author_line("□ 陈立言"), author_line("文/林晓岚"), author_line("本报评论员")
    ('陈立言', '林晓岚', '本报评论员')
    >>> author_line("□ 加快建设"), author_line("文/图 刘红梅"), author_line("本报评论员文章")
    (None, None, None)
    """
    m = _AUTHOR_RE.match(text)
    if m is None:
        return None
    if m.group(2):
        return m.group(2)
    names = m.group(1).strip()
    if text.lstrip()[:1] in "□■◇◆" and not all(person_name(n) for n in re.split(r"[\s、]+", names)):
        return None
    return names


def dateline(text: str) -> str | None:
    """The dateline opening ``text``, or None.

    >>> dateline("本报讯 2月15日，离石区"), dateline("新华社北京2月1日电 记者")
    ('本报讯', '新华社北京2月1日电')
    >>> dateline("本报记者深入一线") is None, dateline("【点评】以什么样的心态") is None
    (True, True)
    >>> dateline("【环球时报综合报道】据报道")
    '【环球时报综合报道】'
    >>> dateline("一些社会爱心人士经常打电 话问候"), dateline("本报里约热内卢电 巴西")
    (None, '本报里约热内卢电')
    >>> dateline("特地出动两台车进行保电 巡线"), dateline("人民网北京2月1日电 记者")
    (None, '人民网北京2月1日电')
    >>> dateline("青山日报讯（记者 周凯）"), dateline("东湖融媒讯 近日"), dateline("青山新闻网讯9月")
    ('青山日报讯', '东湖融媒讯', '青山新闻网讯')
    >>> dateline("（中央社記者林志遠台北２０日電）台北市"), dateline("（中央社記者林志遠台北２０日")
    ('（中央社記者林志遠台北２０日電）', '（中央社記者林志遠台北２０日')
    >>> dateline("（中央社台北30日電）台北市停車"), dateline("（新华社北京2月1日电）")
    ('（中央社台北30日電）', None)
    """
    m = DATELINE_RE.match(text)
    return m.group(0) if m else None


def byline_only(text: str) -> str | None:
    """The names of a line that is only a bracketed byline, without brackets.

    >>> byline_only("（王艳）"), byline_only("(记者 张贺)"), byline_only("（本报新德里电）")
    ('王艳', '记者 张贺', None)
    >>> byline_only("（報導．攝影╱韓旭爾）"), byline_only("（記者陳明／台北報導）")
    ('報導．攝影╱韓旭爾', '記者陳明／台北報導')
    >>> byline_only("（報導？攝影╱游竹君）")  # the middle dot lost by the extractor
    '報導？攝影╱游竹君'
    """
    m = BYLINE_ONLY_RE.match(text)
    return m.group(1) if m and not closing_dateline(text) else None


def trailing_byline(text: str) -> tuple[str, str] | None:
    """Split a paragraph ending in a bracketed byline into (text, names).

    >>> trailing_byline("幸福感。（王艳）")
    ('幸福感。', '王艳')
    >>> trailing_byline("见第十二版）") is None, trailing_byline("工作。（本报曼谷电）") is None
    (True, True)
    """
    m = TRAILING_BYLINE_RE.search(text)
    if not m or closing_dateline(text):
        return None
    return text[: m.start()], m.group(1)


def closing_byline(text: str) -> tuple[str, str] | None:
    """:func:`trailing_byline` where it closes a story: after a sentence's end, alone,
    or as a slashed credit (``報導 攝影╱游竹君``), which no sentence holds (a phone
    number may come before it).

    >>> closing_byline("好评。（王艳）"), closing_byline("他说（王艳）好") is None
    (('好评。', '王艳'), True)
    >>> closing_byline("會電話：(02)3322-6287（報導 攝影╱游竹君）")
    ('會電話：(02)3322-6287', '報導 攝影╱游竹君')
    >>> closing_byline("据介绍（王艳）") is None
    True
    """
    cut = trailing_byline(text)
    if cut and (not cut[0] or ends_sentence(cut[0]) or any(c in cut[1] for c in "╱／/")):
        return cut
    return None


def author_note(text: str) -> bool:
    """True when ``text`` is the author's affiliation in brackets: the last paragraph
    of a contribution (a page may carry several under one title), never a headline.

    >>> author_note("（作者为某大学历史系教授）"), author_note("（今日谈）"), author_note("（作者）好")
    (True, False, False)
    """
    return bool(AUTHOR_NOTE_RE.match(text))


def report_note(text: str) -> bool:
    """True when ``text`` is only the bracketed list of the reporters who filed the
    story, which closes it and stays its last paragraph.

    >>> report_note("（本报记者曹玲、蒋云、申琳、江南、魏贺、罗桦）"), report_note("（综合本报记者韩杰、王峰报道）")
    (True, True)
    >>> report_note("（本报记者 王刚、李明）"), report_note("（本报记者）"), report_note("他说（本报记者王刚、李明）")
    (False, False, False)
    >>> report_note("（本报记者林丽鹂采访整理）"), report_note("（王明、李华参与采写）"), report_note("（文化周刊）")
    (True, True, False)
    >>> report_note("（综合本报记者" + "、".join(["王明", "李华", "张强", "刘芳"] * 5) + "报道）")
    True
    """
    return bool(REPORT_NOTE_RE.match(text)) and not BYLINE_ONLY_RE.match(text)


#: a letter's signature: the place (a province and a city, a county, a town), then the name
SIGNATURE_RE = re.compile(rf"^\s*[{CJK}]{{1,8}}(?:省|市|县|縣|区|區|州|镇|鎮|乡|鄉|村|旗)\s+([{CJK}]{{2,3}})\s*$")
SIGNATURE_CHARS = 24  # characters a signature may take, its spaces around it too


def signature(text: str) -> bool:
    """True when ``text`` is a reader's letter signed with a place and a name
    (``浙江湖州市  李明远``): the letter's last paragraph. It closes no story: a letters
    column holds several.

    >>> signature("浙江湖州市  李明远"), signature("浙江湖州市"), signature("划分片区 协作办案")
    (True, False, False)
    """
    m = SIGNATURE_RE.match(text) if len(text) <= SIGNATURE_CHARS else None
    return m is not None and person_name(m.group(1))


def photo_credit_line(text: str) -> bool:
    """True when ``text`` is only a photo's credit with its agency in brackets, as set
    under a picture inside a story's columns: it ends its paragraph (the next line is
    the text going on, or the next story's).

    >>> photo_credit_line("李明摄（新华视点）"), photo_credit_line("张 明 王小红摄（本报记者）")
    (True, True)
    >>> photo_credit_line("他在这里拍摄（左）"), photo_credit_line("李明摄")
    (False, False)
    """
    return ("摄" in text or "攝" in text) and bool(PHOTO_CREDIT_LINE_RE.match(text))


def photo_report(text: str) -> bool:
    """True when ``text`` is only the credit of a photo report (``NAME 摄影报道``, or
    who took the picture and who wrote: ``曹一图 杨立新文``), which closes the story and
    stays its last paragraph.

    >>> photo_report("本报记者 谷凯 陈航摄影报道"), photo_report("蒋云 罗 嘉摄影报道"), photo_report("他说摄影报道很难")
    (True, True, False)
    >>> photo_report("曹一图 杨立新文"), photo_report("王芳/文 李明/摄"), photo_report("地图上标出的文字")
    (True, True, False)
    >>> photo_report("李 明 王小红摄影报道（人民视觉）")  # with the agency that sent it
    True
    """
    return bool(PHOTO_REPORT_RE.match(text) or PICTURE_TEXT_RE.match(text))


def closing_credit(text: str) -> bool:
    """True when ``text`` is only the credits that close a story and stay its last
    paragraph: the reporters' list (:func:`report_note`), a photo report's credit
    (:func:`photo_report`) or who wrote it (``（执笔：王公龙）``).

    >>> closing_credit("（本报记者曹玲、蒋云、申琳、江南、魏贺、罗桦）"), closing_credit("蒋云 罗 嘉摄影报道")
    (True, True)
    >>> closing_credit("（执笔：王公龙）"), closing_credit("（整理：李明、王芳）"), closing_credit("（执笔者说）")
    (True, True, False)
    >>> closing_credit("（执笔：王  鹏）")
    True
    """
    return report_note(text) or photo_report(text) or bool(WRITER_NOTE_RE.match(text))


#: a page's running head or foot: its date with the weekday, maybe with the section and
#: the editors after it (``2023年12月8日 星期五``, ``2023年12月8日 星期五 要闻 3``), or its
#: number (``第3版``, ``A3版``), maybe with the section and editors after it (``第2版 综合新闻 责任编辑：苏航``)
FOLIO_RE = re.compile(
    r"^\s*(?:\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][^。！？，,]{0,30}"
    r"|第?\s*[A-Z]?\d{1,2}\s*版|第\s*[A-Z]?\d{1,2}\s*版(?:\s+|\s*[·•|｜]\s*)[^。！？，,]{1,30})\s*$"
)


def folio(text: str) -> bool:
    """A line of a page's running head or foot, which belongs to no story: the date
    with its weekday (and what the head sets after it), or the page's number. A
    section's name with the page's number alone (``综合新闻 3``) is no folio here: a
    title cut over lines may end so too (``兒斷腿 嬤挖薯擺攤養3`` / ``孫``).

    >>> folio("2023年12月8日 星期五"), folio("2023年12月8日 星期五 要闻 3"), folio("第3版"), folio("A12版")
    (True, True, True, True)
    >>> folio("第4版 观点·服务"), folio("第2版 综合新闻 责任编辑：苏航"), folio("第2版·要闻"), folio("第3版，我们看到")
    (True, True, True, False)
    >>> folio("迎接2023"), folio("2023年12月8日，市里召开会议"), folio("外交部发言人陆慷25")
    (False, False, False)
    """
    return bool(FOLIO_RE.match(text))


_CN_DIGIT = "〇零一二三四五六七八九十"
#: a full date alone on its line, year first (``2024年4月8日``, ``二〇二四年四月八日``)
ISSUED_RE = re.compile(rf"^\s*(?:\d{{4}}|[{_CN_DIGIT}]{{4}})\s*年\s*(?:\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})\s*月"
                       rf"\s*(?:\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})\s*日\s*$")
ISSUER_CHARS = 24  # characters an issuer's name takes at most (``某某市人民政府办公室``)
_ISSUER_MARK = re.compile(r"[，。、；：！？,.;:!?（）()]")  # none in an issuer's name


def issued(text: str, below: str = "") -> bool:
    """A notice's sign-off: the date it was issued alone on its line (``2024年4月8日``),
    or the issuer's name right above that date (``below``; no punctuation, at most
    :data:`ISSUER_CHARS`). Set right under the notice's last sentence (``特此通告。``),
    they are its last paragraphs, neither titles nor the page's running head (that
    date has its weekday: :func:`folio`).

    >>> issued("2024年4月8日"), issued("市交通警察支队", "2024 年 4 月 8 日"), issued("二〇二四年四月八日")
    (True, True, True)
    >>> issued("2024年4月8日，市里召开会议"), issued("市交通警察支队"), issued("道路管制，请绕行", "2024年4月8日")
    (False, False, False)
    """
    if ISSUED_RE.match(text):
        return True
    t = text.strip()
    return (bool(below) and bool(ISSUED_RE.match(below)) and 2 <= len(t) <= ISSUER_CHARS
            and not _ISSUER_MARK.search(t))


_EDITORS_NOTE = re.compile(r"^\s*(?:编者按|編者按|编者的话|編者的話|编者|編者)\s*[：:]")


def editors_note(text: str) -> bool:
    """A paragraph that is the editor's note over a story (``编者按：…``).

    >>> editors_note("编者按：冬季是火灾高发期。"), editors_note("編者的話：…"), editors_note("编者认为")
    (True, True, False)
    """
    return bool(_EDITORS_NOTE.match(text))


_EDITORS_SIGNOFF = re.compile(r"^\s*(?:——|--|—)\s*[编編]\s*者\s*$")


def editors_signoff(text: str) -> bool:
    """The editor's sign-off that closes a note set over a story (``——编 者``).

    >>> editors_signoff("——编 者"), editors_signoff("——編者"), editors_signoff("——编者按")
    (True, True, False)
    """
    return bool(_EDITORS_SIGNOFF.match(text))


def source_note(text: str) -> bool:
    """True when ``text`` is only a note of where facts come from: the last paragraph
    of its story or box, never a title.

    >>> source_note("資料來源：罕見疾病基金會"), source_note("数据来源：天津市发展和改革委员会")
    (True, True)

    A list of sources runs long (two lines of a wide column):

    >>> source_note("数据来源：市统计局、市商务局、市交通运输局《2020年全市消费市场运行报告》、《城乡居民出行调查报告》")
    True
    >>> source_note("外交部：望国际社会"), source_note("消息来源称，会谈顺利。")
    (False, False)
    """
    return bool(SOURCE_NOTE_RE.match(text))


#: the editor's note that ends a story or a series: ``（完）``, ``（本系列评论到此结束）``, ``（未完待续）``
#: or where it comes from or goes on: ``（相关报道见第十版）``, ``（摘编自2月13日《四川日报》…）``
END_NOTE_RE = re.compile(
    r"^\s*[（(](?:[^（）()]{0,14}(?:完|结束|結束|待续|待續|(?:[见見]|[转轉])第[^（）()]{1,4}版)"
    r"|(?:摘编自|摘編自|摘自|原载|原載|转载自|轉載自)[^（）()]{2,60})[)）]\s*$"
)


def end_note(text: str) -> bool:
    """True when ``text`` is only the editor's note that a story (or a series) ends
    here, goes on elsewhere or was taken from another paper: it closes the story and
    stays its last paragraph.

    >>> end_note("（本系列评论到此结束）"), end_note("（完）"), end_note("（今日谈）")
    (True, True, False)
    >>> end_note("（相关报道见第十版）"), end_note("（摘编自2月13日《四川日报》，原题为《后备厢的爱》）")
    (True, True)
    >>> end_note("（下转第四版）"), end_note("（转第2版）")
    (True, True)
    """
    return bool(END_NOTE_RE.match(text))


def credit_line(text: str) -> bool:
    """True when ``text`` is a production credit, which closes the story above it.

    >>> credit_line("版式设计：沈亦伶"), credit_line("责任编辑：王艳 张贺"), credit_line("版式：蔡华伟")
    (True, True, True)
    >>> credit_line("记者手记"), credit_line("他说：好"), credit_line("本版制图：张 明")
    (False, False, True)
    >>> credit_line("资料整理：王明 李华"), credit_line("本版制图：张海林王晓雯")  # two names glued
    (True, True)
    >>> credit_line("本期统筹：李 明 制图：王 艳"), credit_line("本期统筹：李明制图：王艳")  # two roles on one line
    (True, True)
    """
    return bool(CREDIT_LINE_RE.match(text))


_FIELD = re.compile(r"^\s*[^\s：:]{1,10}[：:]\s*[\x21-\x7e]{3,}\s*$")


def field_line(text: str) -> bool:
    """True when ``text`` is a label and a code, number or address (``捐款帳號：A1234``,
    ``投稿邮箱：ab@cd.cn``): a notice's line, set short like a title line but none.

    >>> field_line("投稿邮箱：news@example.cn"), field_line("热线电话：12345"), field_line("母：想到未來就哭")
    (True, True, False)
    """
    return bool(_FIELD.match(text))


def closing_dateline(text: str) -> bool:
    """True when ``text`` ends with a bracketed dateline, which closes a story.

    >>> closing_dateline("的探测。（本报洛杉矶2月14日电）"), closing_dateline("（本报布鲁塞尔、巴黎2月14日电）")
    (True, True)
    >>> closing_dateline("他说（本报记者）")
    False
    >>> closing_dateline("（新华社北京2月4日电  执笔记者：丁溪、姜潇；参与记者：吴晶、王希）")
    True
    >>> closing_dateline("（本报华盛顿、莫斯科、金边、布鲁塞尔、东京、开罗、路易港、约翰内斯堡2月4日电记者郑琪、丁子）")
    True
    """
    return bool(CLOSING_DATELINE_RE.search(text) or CREDITED_DATELINE_RE.match(text))


def caption_credit(text: str) -> tuple[str, str] | None:
    """Split a photo caption into (text, credit) when it ends with ``NAME 摄``.

    >>> caption_credit("献血现场。 张晓斌 摄")
    ('献血现场。', '张晓斌')
    >>> caption_credit("本报记者 王刚摄")
    ('', '本报记者 王刚')
    >>> caption_credit("▲市府官員說明補助計畫。（記者張美玲攝）")
    ('▲市府官員說明補助計畫。', '記者張美玲')
    """
    parts = caption_parts(text)
    return parts[:2] if parts else None


def caption_parts(text: str) -> tuple[str, str, str] | None:
    """:func:`caption_credit`, and the credit's mark as printed after the name (its
    slash and closing bracket with it), so that the caption can be printed back.

    >>> caption_parts("献血现场。 张晓斌 摄"), caption_parts("盛飯。記者林志明／攝影")
    (('献血现场。', '张晓斌', '摄'), ('盛飯。', '記者林志明', '／攝影'))
    >>> caption_parts("說明補助。（記者張美玲攝）"), caption_parts("撿拾垃圾。圖／屏東縣環保局提供")
    (('說明補助。', '記者張美玲', '（{}攝）'), ('撿拾垃圾。', '屏東縣環保局', '圖／{}提供'))
    >>> caption_parts("果农在园中采摘柑橘。图/文 刘红梅")
    ('果农在园中采摘柑橘。', '刘红梅', '图/文 {}')
    >>> caption_parts("新設公托。圖／記者王小明攝"), caption_parts("球迷湧入。攝影／陳明")
    (('新設公托。', '記者王小明', '圖／{}攝'), ('球迷湧入。', '陳明', '攝影／{}'))
    >>> caption_parts("舊車站站房。圖：資料照片")
    ('舊車站站房。', '資料照片', '圖：{}')
    """
    m = CREDIT_RE.search(text)
    if m:
        return text[: m.start()].strip(), m.group(1).strip(), text[m.end(1):].strip()
    m = (BRACKETED_CREDIT_RE.search(text) or PROVIDED_RE.search(text) or PICTURE_WORDS_RE.search(text)
         or PICTURED_BY_RE.search(text) or ROLE_FIRST_RE.search(text))
    if not m:
        return None
    around = f"{text[m.start():m.start(1)]}{{}}{text[m.end(1):]}".strip()  # the credit's frame as printed
    return text[: m.start()].strip(), m.group(1).strip(), around
