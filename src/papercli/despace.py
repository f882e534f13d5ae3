"""Spacing artefacts of justified CJK columns and of OCR.

Each fix is a ``str -> str`` function on one line; :func:`despace_line` runs them in
order. Real phrase spaces (``“勤俭节约 从我做起”``) survive: they separate two runs of
several characters, while justification spaces separate single characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from papercli.chars import CJK, FW_PUNCT
from papercli.lang import settle_lang
from papercli.model import Page
from papercli.signals import DATELINE_RE, slashed_credit
from papercli.textfix import apply_line_fixes

_AN = "0-9A-Za-z"
#: characters that may stand in a letter-spaced token besides at most two "letters"
_PUNCT_IN_TOKEN = re.compile(f"[{FW_PUNCT}\"'.,;:!?()（）]")
_HAS_CJK = re.compile(f"[{CJK}]")
_SPACE_RUNS = re.compile(r"( +)")


def _short_token(tok: str) -> bool:
    if _NUMBER.fullmatch(tok):
        return True  # a number set between spread Han (``早 在 1938 年``) is part of the run
    if len(tok) > 4:
        return False
    return len(_PUNCT_IN_TOKEN.sub("", tok)) <= 2 and not (tok.isascii() and tok.isalpha() and len(tok) > 1)


_NUMBER = re.compile(r"\d[\d.,%]{0,7}")


def join_letter_spaced(line: str) -> str:
    """Remove the spaces of a letter-spaced (justified, loose) run of CJK.

    A run of three or more space-separated tokens of one or two characters (plus
    punctuation), at least two of them Han, is one word spread by justification.

    >>> join_letter_spaced("率 先 垂 范 ，捐 献 热 血")
    '率先垂范，捐献热血'
    >>> join_letter_spaced("“勤俭节约 从我做起”")
    '“勤俭节约 从我做起”'
    >>> join_letter_spaced("人 白衣天使在行动"), join_letter_spaced("早 在 1938 年 ，我 国 便")
    ('人 白衣天使在行动', '早在1938年，我国便')
    """
    if line.count(" ") < 2:
        return line
    lead = line[: len(line) - len(line.lstrip())]
    parts = _SPACE_RUNS.split(line.strip())
    tokens = parts[0::2]
    gaps = parts[1::2]
    n = len(tokens)
    # mark the tokens that sit in a letter-spaced run
    in_run = [False] * n
    start = 0
    while start < n:
        end = start
        while end < n and _short_token(tokens[end]):
            end += 1
        if end - start >= 3 and sum(bool(_HAS_CJK.search(t)) for t in tokens[start:end]) >= 2:
            for k in range(start, end):
                in_run[k] = True
        start = max(end, start + 1)
    if not any(in_run):
        return lead + line.strip()  # what joining the unchanged parts gives
    out: list[str] = [tokens[0]]
    for i in range(1, n):
        gap = gaps[i - 1]
        if in_run[i] and in_run[i - 1] and len(gap) <= 3:
            gap = ""
        out.append(gap)
        out.append(tokens[i])
    return lead + "".join(out)


#: single digits (and a point or per cent sign) a space apart, two digits at least, after
#: a letter or a digit (a code's letter is spread with its digits: ``A 1 6 3 9``)
_SPREAD_DIGITS = re.compile(r"(?<![0-9A-Za-z.%])[0-9A-Za-z](?: [0-9.%])+(?![0-9A-Za-z])")


def join_spread_digits(line: str) -> str:
    """Remove the spaces inside a number that justification spread digit by digit
    (``截至目前，3 1`` / ``个省…``, ``增长 1 2 . 5 %``), with a code's letter
    (``编号：A 1 6 3 9``): in Chinese text two numbers are never set a bare space apart.
    Numbers of several digits a space apart stay.

    >>> join_spread_digits("截至目前，3 1"), join_spread_digits("增长 1 2 . 5 %，其中")
    ('截至目前，31', '增长 12.5%，其中')
    >>> join_spread_digits("编号：A 1 6 3 9"), join_spread_digits("2018 2019"), join_spread_digits("第 3 期")
    ('编号：A1639', '2018 2019', '第 3 期')
    """
    if " " not in line:
        return line
    return _SPREAD_DIGITS.sub(lambda m: m.group().replace(" ", "") if sum(c.isdigit() for c in m.group()) >= 2
                              else m.group(), line)


#: single Latin letters a space apart, three at least
_SPREAD_LETTERS = re.compile(r"(?<![0-9A-Za-z])[A-Za-z](?: [A-Za-z]){2,}(?![0-9A-Za-z])")
_CJK_OR_MARK = re.compile(f"[{CJK}{FW_PUNCT}]")


def join_spread_letters(line: str) -> str:
    """Remove the spaces inside a Latin word that justification spread letter by letter
    in Chinese text (``（N A S A）``, ``手机 A P P``): three or more single letters a
    space apart, next to a Han character or a full-width mark (a space between
    allowed). Single letters in Latin text (``a b c`` in an English line) stay.

    >>> join_spread_letters("航天局（N A S A）宣告"), join_spread_letters("下载 A P P 后")
    ('航天局（NASA）宣告', '下载 APP 后')
    >>> join_spread_letters("items a b c and d")
    'items a b c and d'
    """
    if " " not in line:
        return line

    def joined(m: re.Match[str]) -> str:
        before, after = line[max(0, m.start() - 2) : m.start()].strip()[-1:], line[m.end() : m.end() + 2].strip()[:1]
        return m.group().replace(" ", "") if _CJK_OR_MARK.match(before) or _CJK_OR_MARK.match(after) else m.group()

    return _SPREAD_LETTERS.sub(joined, line)


_CJK_AN = re.compile(f"(?<=[{CJK}]) +(?=[{_AN}])|(?<=[{_AN}%+]) +(?=[{CJK}])")  # ``互联网+ 医疗``: the gap set after ``+``


def remove_cjk_alnum_spaces(line: str) -> str:
    """Remove spaces between Han characters and digits or Latin letters.

    The gap after a dateline is kept: it is printed on purpose.

    >>> remove_cjk_alnum_spaces("本报讯 2 月 15 日，在金域蓝湾 B 区")
    '本报讯 2月15日，在金域蓝湾B区'
    >>> remove_cjk_alnum_spaces("（中央社記者王明台北 30 日電）中央")
    '（中央社記者王明台北30日電）中央'

    A half-width ``+`` joining two terms takes the typesetter's gap after it too:

    >>> remove_cjk_alnum_spaces("推进“互联网+ 医疗”")
    '推进“互联网+医疗”'
    """
    if " " not in line:
        return line
    m = DATELINE_RE.match(line.lstrip())
    if m:
        cut = len(line) - len(line.lstrip()) + m.end()
        head = _CJK_AN.sub("", line[:cut])  # the dateline's own date (``台北 30 日電``)
        return head + _CJK_AN.sub("", line[cut:]) if line[cut:cut + 1] != " " else (
            head + " " + _CJK_AN.sub("", line[cut:].lstrip(" "))
        )
    return _CJK_AN.sub("", line)


_FW_SPACE = re.compile(f"(?<=[{FW_PUNCT}]) +(?=\\S)|(?<=\\S) +(?=[{FW_PUNCT}])")
_KEEP_SPACE_BEFORE = set("“‘「『《〈【（")
_KEEP_SPACE_AFTER = set("”’」』》〉】）")


_WHOLE_DATELINE = re.compile(DATELINE_RE.pattern.lstrip("^") + r"\s*")


def remove_fullwidth_punct_spaces(line: str) -> str:
    """Remove spaces next to full-width punctuation (``望 ，不`` -> ``望，不``).

    A space between a closing and an opening quote or bracket pair of two phrases
    (``”  “``) is not touched, nor one before an opening quote that follows Han text.

    >>> remove_fullwidth_punct_spaces("望 ，不断 。")
    '望，不断。'
    >>> remove_fullwidth_punct_spaces("改善。 （王艳）"), remove_fullwidth_punct_spaces("本报讯 （王艳）好")
    ('改善。（王艳）', '本报讯 （王艳）好')
    """
    if " " not in line:
        return line

    def repl(m: re.Match[str]) -> str:
        before = line[m.start() - 1] if m.start() else ""
        after = line[m.end()] if m.end() < len(line) else ""
        if before in _KEEP_SPACE_AFTER and after in _KEEP_SPACE_BEFORE:
            return m.group(0)
        if after in _KEEP_SPACE_BEFORE and _WHOLE_DATELINE.fullmatch(line[: m.start()]):
            return m.group(0)  # the space segment puts after an opening dateline
        if before in "·•" or after in "·•":
            return m.group(0)
        return ""

    body = line.lstrip()
    lead = line[: len(line) - len(body)]
    line = body
    return lead + _FW_SPACE.sub(repl, line)


_HW = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_HW_BETWEEN = re.compile(f"(?<=[{CJK}”’」』）》])\\s*([,;:!?])\\s*(?=[{CJK}“‘「『（《0-9]|$)")  # a date may follow
#: a round bracket pair, or one OCR opened with ``〈`` or ``《`` (the closer still round)
_PARENS = re.compile(r"(?:[(（〈]|《〈?)([^()（）〈〉《》\n]{1,40})[)）]")
_HW_OR_PAREN = re.compile(r"[,;:!?(（〈《]")  # a line without any is left as it is


def ocr_marks(lines: list[str]) -> bool:
    """The page has half-width ``,;:!?`` between Han characters, which only OCR (or a
    careless typist) writes: its half-width brackets are OCR's too. A text layer
    without them keeps the brackets as the publisher set them (``王曉雯(中)``).

    >>> ocr_marks(["离石区: 文艺(王艳)"]), ocr_marks(["王曉雯(中)2女拿藥，要她服用。"])
    (True, False)
    """
    return any(_HW_BETWEEN.search(ln) for ln in lines)


def fullwidth_marks(line: str) -> str:
    """:func:`fullwidth_punctuation` without the brackets (a page with no OCR marks).

    >>> fullwidth_marks("王曉雯(中)2女")
    '王曉雯(中)2女'
    """
    return fullwidth_punctuation(line, brackets=False)


def fullwidth_punctuation(line: str, brackets: bool = True) -> str:
    """Half-width ``,;:!?`` and ``()`` in CJK text become full width (OCR, extractors),
    and a round bracket that OCR opened with ``〈`` or ``《`` gets its round opener.

    >>> fullwidth_punctuation("从我做起,小事做起, 离石区: 文艺(王艳)")
    '从我做起，小事做起，离石区：文艺（王艳）'
    >>> fullwidth_punctuation("(王艳)?")
    '（王艳）？'
    >>> fullwidth_punctuation("at 10:30, in (NY)"), fullwidth_punctuation("防骗意识,9月23日")
    ('at 10:30, in (NY)', '防骗意识，9月23日')
    >>> fullwidth_punctuation("仿古小镇不宜一哄而上《观点)"), fullwidth_punctuation("读《人民日报》(海外版)")
    ('仿古小镇不宜一哄而上（观点）', '读《人民日报》（海外版）')

    A ``?`` inside a slashed credit is a separator the text's encoding lost
    (``報導‧攝影`` in Big5), no question: it is kept as it is.

    >>> fullwidth_punctuation("（報導? 攝影╱王小明）"), fullwidth_punctuation("他說?好")
    ('（報導?攝影╱王小明）', '他說？好')
    """
    if not _HW_OR_PAREN.search(line):
        return line

    def paren(m: re.Match[str]) -> str:
        inner = m.group(1)
        before = line[m.start() - 1] if m.start() else ""
        if _HAS_CJK.search(inner) or (before and _HAS_CJK.match(before)):
            return f"（{inner.strip()}）"
        return m.group(0)

    if brackets:
        line = _PARENS.sub(paren, line)  # first: a mark after a bracket made full width converts too
    credits = _credit_spans(line)  # a credit asks nothing: its ``?`` is a lost separator

    def mark(m: re.Match[str]) -> str:
        if m.group(1) == "?" and any(a <= m.start(1) < b for a, b in credits):
            return "?"
        return _HW[m.group(1)]

    return _HW_BETWEEN.sub(mark, line)


_BRACKETED = re.compile(r"[（(]([^（）()]{2,30})[）)]")


def _credit_spans(line: str) -> list[tuple[int, int]]:
    """Where ``line`` holds a slashed credit: the whole line, or one in brackets.

    >>> _credit_spans("迫。（報導?攝影╱韓小明）"), _credit_spans("他說(好)")
    ([(3, 12)], [])
    """
    if slashed_credit(line.strip().strip("（）()")):
        return [(0, len(line))]
    return [m.span(1) for m in _BRACKETED.finditer(line) if slashed_credit(m.group(1))]


def pangu_spacing(line: str) -> str:
    """Opposite style on request (``--pangu``): one space between Han and Latin/digits.

    >>> pangu_spacing("2月15日在NASA")
    '2 月 15 日在 NASA'
    """
    line = re.sub(f"([{CJK}])([{_AN}])", r"\1 \2", line)
    return re.sub(f"([{_AN}%])([{CJK}])", r"\1 \2", line)


FIXES: list[tuple[str, Callable[[str], str]]] = [
    ("fullwidth_punctuation", fullwidth_punctuation),
    ("join_letter_spaced", join_letter_spaced),
    ("join_spread_digits", join_spread_digits),
    ("join_spread_letters", join_spread_letters),
    ("remove_cjk_alnum_spaces", remove_cjk_alnum_spaces),
    ("remove_fullwidth_punct_spaces", remove_fullwidth_punct_spaces),
]


def despace_page(page: Page, pangu: bool = False) -> Page:
    """Stage ``despace``: run :data:`FIXES` (and ``pangu_spacing`` on request) on every line.

    A Latin page is left as it is: its spaces are word spaces, and OCR specks
    (``Treasury , at``) are kept, since removing them would drop input text."""
    if page.structured:
        return page  # already structured: spacing was fixed before
    if settle_lang(page) != "zh":
        return page
    ocr = ocr_marks(page.lines)
    fixes = [(name, fullwidth_marks if fix is fullwidth_punctuation and not ocr else fix) for name, fix in FIXES]
    if pangu:
        fixes.append(("pangu_spacing", pangu_spacing))
    return apply_line_fixes(page, fixes)
