"""What a block of a story is, from its own text: a dateline that opens it, a
photo caption (cut over lines or not), a lead-in, a summary point, a note or
credit that closes it. ``segment`` asks these of every block.
"""

from __future__ import annotations

import itertools
import re

from papercli.chars import ends_sentence
from papercli.dumps import ANY_PUNCT, POSITION_MARK, column_tagged
from papercli.lineends import ends_block
from papercli.model import Article, Block, Caption
from papercli.signals import (
    caption_credit,
    caption_parts,
    closing_credit,
    closing_dateline,
    credit_line,
    dateline,
    end_note,
)

_FW_PUNCT_START = re.compile("[，。、；：！？”’」』）]")  # marks that take no space before them


def normalise_dateline(text: str) -> tuple[str, str | None]:
    """Put exactly one space after a dateline that opens a paragraph, none after one
    closed by its bracket (``〔記者陳明／台中報導〕台中市…``, as printed).

    >>> normalise_dateline("本报讯为大力倡导"), normalise_dateline("本报讯 ，")
    (('本报讯 为大力倡导', '本报讯'), ('本报讯，', '本报讯'))
    >>> normalise_dateline("〔記者陳明／台中報導〕 台中市")[0]
    '〔記者陳明／台中報導〕台中市'
    """
    dl = dateline(text)
    if not dl or len(text) == len(dl):
        return text, dl
    rest = text[len(dl):].lstrip()
    if _FW_PUNCT_START.match(rest) or dl.endswith(("】", "〕", "］")):
        return f"{dl}{rest}", dl  # no space before full-width punctuation (despace removes it)
    return f"{dl} {rest}", dl


def caption_of(text: str) -> Caption:
    """A caption with its credit split off, and the credit mark as printed.

    >>> caption_of("献血现场。 张晓斌 摄影")
    Caption(text='献血现场。', credit='张晓斌', mark='摄影')
    """
    split = caption_parts(text)
    if split:
        return Caption(*split)
    return Caption(text, None)


_CREDIT_TAIL = re.compile(r"\S{0,5}\s*(?:摄|攝)(?:影)?")
_NAME_ONLY = re.compile(r"[^\s。！？，]{2,5}")


def _glue_caption(texts: list[str]) -> str:
    """One caption string from its wrapped lines: text lines joined without spaces,
    the credit set off by a space (``…考`` ``察。`` ``梁美丽`` ``摄`` -> ``…考察。 梁美丽 摄``)."""
    *head, last = texts
    if re.fullmatch(r"(?:摄|攝)(?:影)?", last.strip()) and head:
        if len(head) >= 2 and _NAME_ONLY.fullmatch(head[-1]):
            return "".join(head[:-1]) + " " + head[-1] + " " + last.strip()
        return "".join(head) + " " + last.strip()
    return ("".join(head) + " " + last).strip()


CAPTION_LINES = 5  # lines a photo's caption runs to at most


def caption_run_back(body: Block, cap: Block) -> tuple[Block | None, Block] | None:
    """A one-line caption ending with its credit that goes on from the paragraph before
    it (``…预计春茶产值突破`` / ``1500万元。 本报记者 吴桐 摄``) starts after that
    paragraph's last line ending a sentence or its story, or with the paragraph when none does and it
    is short enough to be a caption (:data:`CAPTION_LINES` with the credit's line): an
    extractor that emits lines in stream order sets a caption under the story's last
    column with no gap (the caller checks that no text goes on under the caption: a
    story's paragraph cut by a photo goes on after its caption). Returns what is left
    of the paragraph (None when nothing) and the caption, or None when the line before
    the caption ends a sentence or its story (``根。（周燕）``).

    >>> body = Block("body", ["发现火情请及时拨打电话报警。", "3月13日，茶农正在采摘", "明前茶。今年产值突破"], 0,
    ...              "发现火情请及时拨打电话报警。3月13日，茶农正在采摘明前茶。今年产值突破")
    >>> kept, cap = caption_run_back(body, Block("caption", ["1500万元。 吴桐 摄"], 3, "1500万元。 吴桐 摄"))
    >>> kept.text, cap.text
    ('发现火情请及时拨打电话报警。', '3月13日，茶农正在采摘明前茶。今年产值突破1500万元。 吴桐 摄')
    """
    lines = [ln.strip() for ln in body.lines]
    if not lines or ends_block(lines[-1]) or len(cap.lines) != 1:
        return None
    last = next((k for k in range(len(lines) - 2, max(-1, len(lines) - CAPTION_LINES), -1)
                 if ends_block(lines[k])), None)
    if last is None and len(lines) >= CAPTION_LINES:
        return None
    start = 0 if last is None else last + 1
    moved = "".join(lines[start:])
    if not body.text.endswith(moved):
        return None
    kept = Block(body.kind, body.lines[:start], body.start, body.text[: -len(moved)]) if start else None
    return kept, Block("caption", body.lines[start:] + cap.lines, body.start + start, moved + cap.text.strip())


def merge_split_captions(blocks: list[Block]) -> list[Block]:
    """Join a caption that an extractor cut into lines (``…考`` ``察。`` ``梁美丽`` ``摄``).

    A standalone ``摄`` or ``NAME 摄`` line is a credit. The fewest standalone lines
    before it that give a caption text of some length ending a sentence are its
    text; failing that, the credit stands alone. A bracketed credit on a line of its
    own (``（記者郭俊廷攝）``) closes the photo's note right before it (``▲…。``, ``图为…。``).
    """
    out: list[Block] = []
    for i, b in enumerate(blocks):
        # a caption run on from the story above, where no text of the story goes on under it
        if (out and out[-1].kind == "body" and b.kind == "caption" and (i + 1 == len(blocks) or blocks[i + 1].kind != "body")
                and (run := caption_run_back(out[-1], b))):
            out[-1:] = [x for x in run if x is not None]
            continue
        if out and _note_and_credit(out[-1], b):
            note = out.pop()  # ``▲修復後的老戲院保留了木造座椅。`` / ``（記者郭俊廷攝）``
            out.append(Block("caption", note.lines + b.lines, note.start, note.text.strip() + b.text.strip()))
            continue
        if b.kind not in ("line", "caption") or not _CREDIT_TAIL.fullmatch(b.text):
            out.append(b)
            continue
        prev: list[Block] = []
        for blk in reversed(out):
            if blk.kind != "line" or len(prev) >= 4:
                break
            prev.insert(0, blk)
        take = 0
        for k in range(1, len(prev) + 1):
            split = caption_credit(_glue_caption([p.text for p in prev[-k:]] + [b.text]))
            if split and ends_sentence(split[0]) and len(split[0]) >= 5:
                take = k
                break
        if take == 0 and b.text.strip() in ("摄", "攝") and prev and _NAME_ONLY.fullmatch(prev[-1].text):
            take = 1
        parts = [*prev[len(prev) - take:], b] if take else [b]
        del out[len(out) - take:]
        lines = [ln for p in parts for ln in p.lines]
        out.append(Block("caption", lines, parts[0].start, _glue_caption([p.text for p in parts])))
    return out


def _note_and_credit(a: Block, b: Block) -> bool:
    """Block ``b`` finishes the photo caption that block ``a``, a line of its own,
    starts: a credit on a line of its own under a photo's note ending its sentence
    (``▲修復後的老戲院保留了木造座椅。`` / ``（記者郭俊廷攝）``, ``图为…办理业务。`` /
    ``李强 摄``); the rest of a
    note cut over lines, with its credit (``▲景美河濱公園新設的共融遊具吸`` /
    ``引親子同樂。（記者陳怡君攝）``); or a credit cut over lines (``…運轉。圖／高雄市捷``
    / ``運工程局提供``).

    >>> line = lambda t: Block("line", [t], 0, t)
    >>> _note_and_credit(line("▲景美河濱公園新設的遊具吸"), line("引親子同樂。（記者陳怡君攝）"))
    True
    >>> _note_and_credit(line("輕軌列車進行測試運轉。圖／高雄市捷"), line("運工程局提供"))
    True
    >>> _note_and_credit(line("▲景美河濱公園新設的遊具吸"), line("引親子同樂。"))
    False
    >>> _note_and_credit(line("图为工作人员为群众办理业务。"), line("李强 摄"))
    True
    """
    if len(a.lines) != 1 or a.kind not in ("line", "body", "caption"):
        return False
    credit = caption_credit(b.text) if len(b.lines) == 1 and _CREDIT_TAIL.fullmatch(b.text.strip()) else None
    if _BRACKETED_CREDIT_LINE.match(b.text) or (credit is not None and not credit[0]):
        return photo_note(a.text) and ends_sentence(a.text)
    if _POINTER.match(a.text) and not ends_sentence(a.text) and len(b.lines) == 1:
        return caption_credit(b.text) is not None
    joined = a.text.strip() + b.text.strip()
    return (len(b.lines) == 1 and len(b.text.strip()) <= CREDIT_PIECE and caption_credit(a.text) is None
            and bool(_CUT_CREDIT.search(a.text)) and caption_credit(joined) is not None)


CREDIT_PIECE = 12  # characters: the rest of a credit cut over lines is no longer
_CUT_CREDIT = re.compile(r"[。！？]\s*[（(]?\s*(?:[圖图]\s*[／/╱:：]|記者|记者)[^。！？]{0,10}$")  # a credit begun


PHOTO_CREDIT = re.compile(r"(?:摄|攝)(?:影)?\s*(?:[（(][^（）()]*[）)])?\s*$")
_BRACKETED_CREDIT_LINE = re.compile(r"^\s*[（(][^（）()]{2,14}(?:摄|攝)(?:影)?\s*[）)]\s*$")


BULLET = re.compile(r"^\s*[■□◆◇●]")


def summary_only(art: Article) -> bool:
    """The story so far is only bulleted points (``■ 改革开放40年的经验告诉我们…``): the
    summary set above its text (often in a box of its own width), so the dateline or
    text that follows opens that text, not another story.

    >>> summary_only(Article(["■ 做好改革发展稳定各项工作离不开法治", "■ 发挥法治固根本的作用"]))
    True
    >>> summary_only(Article(["正文。"]))
    False

    A point may run over two paragraphs (its box is wider than the columns, so a line
    of it reads as a short last line): a paragraph without a bullet counts when it
    follows a bulleted one, with two points or more.

    >>> summary_only(Article(["■ 做好各项工作离不开法治。", "■ 专题研究了依法治国。", "十九大描绘了蓝图。"]))
    True
    >>> summary_only(Article(["■ 嫦娥四号登陆月球背面。", "这是人类第一次。"]))
    False
    """
    marked = [bool(BULLET.match(p)) for p in art.paragraphs]
    if not marked or not marked[0]:
        return False
    return all(marked) or (sum(marked) >= 2 and all(m or prev for prev, m in itertools.pairwise(marked)))


def summary_point(text: str) -> bool:
    """A bulleted sentence (``■医学是有限的，爱是无限的``): a point of the summary set
    above a story's text, never a bulleted heading inside one (``■记者手记``).

    >>> summary_point("■医学是有限的，无法治愈所有疾病"), summary_point("■记者手记"), summary_point("医学是有限的。")
    (True, False, False)
    """
    return bool(BULLET.match(text) and ANY_PUNCT.search(text))


def lead_in(text: str) -> bool:
    """A standalone line that can open a story's text: more than a fragment of a
    name, no photo credit (``普佳勇摄（影像中国）``) and no title closed by its column
    tag (``追求匠心需要精益求精(中国道路中国梦·在奋斗者身边⑦)``).

    >>> lead_in("核心阅读"), lead_in("编辑同志："), lead_in("曹"), lead_in("普佳勇摄（影像中国）")
    (True, True, False, False)
    >>> lead_in("追求匠心需要精益求精(在奋斗者身边⑦)")
    False
    """
    return len(text.strip()) >= 3 and not PHOTO_CREDIT.search(text) and not column_tagged(text)


_PHOTO_NOTE = re.compile(r"^\s*(?:图为|圖為|上图|下图|左图|右图|上圖|下圖|左圖|右圖)")
_POINTER = re.compile(r"^\s*[▲▼△▽]")  # a mark pointing at the photo, or a bullet


def photo_note(text: str) -> bool:
    """A line that says what a photo shows (``图为…``, ``上图…``, ``▲…``) or where its people
    stand (``秀麗嬤（左）與孩子…``): a caption, never a title.

    >>> photo_note("图为来自世界各地的参会者"), photo_note("图片报道"), photo_note("人民幸福安康")
    (True, False, False)
    >>> photo_note("秀麗（左）與孩子常以營養午餐當晚餐"), photo_note("新年俗（今日谈）")
    (True, False)
    >>> photo_note("▲市府官員說明補助計畫。"), photo_note("▲ 加强基层治理")  # a sentence, or a bullet's heading
    (True, False)
    """
    pointed = bool(_POINTER.match(text)) and (ends_sentence(text) or caption_credit(text) is not None)
    return bool(_PHOTO_NOTE.match(text) or POSITION_MARK.search(text)) or pointed


CAPTION_SIZE = 120  # characters: longer is a paragraph, whatever it says


def caption_sentence(text: str) -> bool:
    """A short text naming where a photo's people stand (``阿宗（左）現下半身癱瘓…``):
    standing between two stories (a story's text follows), a caption, not the first
    paragraph of the next.

    >>> caption_sentence("阿宗（左）現下半身癱瘓，生活起居全靠妻子照顧。"), caption_sentence("阿宗現下半身癱瘓。")
    (True, False)
    """
    return len(text) <= CAPTION_SIZE and bool(POSITION_MARK.search(text)) and not dateline(text)


def closes_story(text: str) -> bool:
    """A line standing alone that ends the story above it: a production credit, a
    bracketed closing dateline, the bracketed list of its reporters, the credit of
    a photo report or the editor's end note (``（本系列评论到此结束）``).

    >>> closes_story("（新华社北京2月25日电）"), closes_story("版式设计：沈亦伶"), closes_story("记者手记")
    (True, True, False)
    >>> closes_story("（本报记者曹玲、蒋云、申琳、江南、魏贺、罗桦）")
    True
    """
    return (credit_line(text) or closing_dateline(text) or closing_credit(text)
            or end_note(text))
