"""Character classes and small text measures shared by every stage."""

from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Full-width punctuation that CJK text uses (CJK symbols block and full-width forms).
FW_PUNCT = (
    "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
    "\u2014\u2026\u201c\u201d\u2018\u2019\u00b7\u2027\u2574\u2215\uff0f"
)
CJK_RE = re.compile(f"[{CJK}]")
#: Marks that end a sentence, optionally followed by closing quotes/brackets.
SENTENCE_END_RE = re.compile(r"(?:[。！？!?…]|\.\.\.)[”’」』\"'）)]*$")
OPENERS = "“‘「『（(《〈【〔［[{"
CLOSERS = "”’」』）)》〉】〕］]}"
#: marks that close a quote: a bracket right after one glosses the quoted word (``“瓦吉瓦”（好得很）``)
QUOTE_CLOSERS = ("”", "’", "」", "』")
PAIRS = dict(zip(OPENERS, CLOSERS, strict=True))
_OPENER_RE = re.compile(f"[{re.escape(OPENERS)}]")
_CLOSER_RE = re.compile(f"[{re.escape(CLOSERS)}]")


def flat(s: str) -> str:
    """A text without its spaces (extractors space letter-spaced lines; a paragraph and
    its printed lines compare so).

    >>> flat("已 久 。 2006 年")
    '已久。2006年'
    """
    return "".join(s.split())


def is_cjk(ch: str) -> bool:
    """True for a Han character."""
    return bool(CJK_RE.match(ch))


def char_width(ch: str) -> int:
    """Display width of one character in half-width units (CJK and full-width = 2)."""
    o = ord(ch)
    if o < 0x1100:
        return 1
    if (
        0x1100 <= o <= 0x115F
        or 0x2E80 <= o <= 0xA4CF
        or 0xAC00 <= o <= 0xD7A3
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFF60
        or 0xFFE0 <= o <= 0xFFE6
        or 0x20000 <= o <= 0x3FFFD
    ):
        return 2
    if o in (0x201C, 0x201D, 0x2018, 0x2019, 0x2026, 0x2014, 0x00B7):
        return 2  # typeset full width in CJK fonts
    return 1


def width(s: str) -> int:
    """Display width of a string, spaces excluded (they are layout, not text).

    >>> width("本报讯 2月")
    9
    """
    return sum(char_width(c) for c in s if not c.isspace())


def cjk_ratio(s: str) -> float:
    """Share of Han characters among the non-space characters of ``s``."""
    chars = [c for c in s if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if is_cjk(c)) / len(chars)


def ends_sentence(s: str) -> bool:
    """True when ``s`` ends with sentence-final punctuation.

    >>> ends_sentence("新风尚。"), ends_sentence("他说：“好。”"), ends_sentence("移风易俗工")
    (True, True, False)
    """
    return bool(SENTENCE_END_RE.search(s.rstrip()))


def bracket_balance(s: str) -> int:
    """Openers minus closers, so a positive value means something is left open.

    >>> bracket_balance("开展“迎奥"), bracket_balance("“好”")
    (1, 0)
    """
    return len(_OPENER_RE.findall(s)) - len(_CLOSER_RE.findall(s))
