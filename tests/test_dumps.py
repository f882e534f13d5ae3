"""Titles and captions an extractor emitted after the story bodies (drawing order)."""

from __future__ import annotations

from papercli.dumps import POSITION_MARK, after_tags, pieces
from papercli.model import Page
from papercli.pipeline import clean_page

from .wrap import wrap

STORY_A = [
    "社区志愿者王大姐每天清晨五点就来到菜市场门口，帮助行动不便的老人搬运蔬菜和米面，十年来从未间断。",
    "王大姐说，自己退休以后身体还算硬朗，能帮一点是一点，看到老人们脸上的笑容，心里就觉得踏实。",
]
STORY_B = [
    "暑假期间，县图书馆开设了少儿书法公益课堂，每周三次，吸引了周边村镇的孩子们报名参加。",
    "授课老师李先生从握笔姿势教起，一笔一画耐心示范，孩子们的字越写越工整，家长们纷纷点赞。",
]


def _page() -> Page:
    lines = [*wrap(STORY_A, 17), "（记者 周明）", *wrap(STORY_B, 17), "（记者 林晓）"]
    lines += [
        "十年如一日",  # title of story A, on two lines
        "爱心大姐守护菜市场",
        "「老人开心",  # its subheadline, a quote cut over two lines
        "我就踏实」",
        # a caption drawn twice, the bold copy a little off: lines overlap like stairs
        "王大姐（右）帮老人搬运米面",
        "帮老人搬运米面，十年来从未间断",
        "十年来从未间断。",
        "书法课堂开进乡村",  # title of story B
    ]
    return Page(source="dump.txt", lines=lines)


def test_titles_and_caption_after_the_bodies_are_attached():
    page = clean_page(_page())
    arts = page.articles or []
    titles = ["".join(x for x in (a.kicker, a.headline, a.subheadline) if x).replace(" ", "") for a in arts]
    assert titles == ["十年如一日爱心大姐守护菜市场「老人开心我就踏实」", "书法课堂开进乡村"]
    a = arts[0]
    assert [c.text for c in a.captions] == ["王大姐（右）帮老人搬运米面，十年来从未间断。"]


OPINION_A = [
    "春节期间，不少城市推出了夜间灯会、非遗市集等新年俗，让传统节日焕发出新的活力，也让市民游客乐在其中。",
    "新年俗之所以受欢迎，在于它既留住了传统的根脉，又融入了当下的生活方式，让人们在热闹中感受文化的温度。",
    "办好新年俗，需要在内容上多下功夫，避免千篇一律，让每一座城市的节日都有自己的味道和记忆。",
]
OPINION_B = [
    "城市的灯光越来越亮，夜空中的星星却越来越少，如何在发展中守护自然之美，是每座城市都要回答的问题。",
    "一些地方划定暗夜保护区，合理控制景观照明，让居民重新看见满天星光，这样的探索值得更多城市借鉴。",
    "守护夜空中的星星，就是守护城市与自然的和谐，也是给下一代留下一片可以仰望的星空。",
]


def test_two_titles_glued_after_their_column_tags_split_the_stories_they_name():
    """Two stories of one width run together; their titles, glued on one line after
    the bodies, are cut after the first column tag and each finds its own story."""
    lines = [*wrap(OPINION_A + OPINION_B, 17), "新年俗让传统节日焕发活力（今日谈）守护城市夜空中的星星（环球走笔）"]
    arts = clean_page(Page("glued.txt", lines=lines)).articles or []
    assert [(a.headline, a.paragraphs) for a in arts] == [
        ("新年俗让传统节日焕发活力（今日谈）", OPINION_A), ("守护城市夜空中的星星（环球走笔）", OPINION_B)]


def test_a_title_line_of_two_phrases_ends_its_title_before_a_caption_as_wide():
    """A dissolved run of titles and captions: the line of two phrases is a title,
    though the caption line after it is as wide and has punctuation (it would carry
    on a caption's first line)."""
    lines = [(1, "化療後無法工作 只靠補助苦撐"), (2, "阿英（右二）術後還要化療，女兒"), (2, "小美正幫忙整理藥品。")]
    assert pieces(lines) == [(1, "化療後無法工作 只靠補助苦撐"), (2, "阿英（右二）術後還要化療，女兒小美正幫忙整理藥品。")]


def test_a_column_tag_holding_a_position_word_is_no_position_mark():
    """``（左）``, ``（右二）``, ``（右臥者）`` say where a photo's people stand; a column tag
    that happens to hold ``中`` or ``前`` (``（行走中国）``, ``（前沿观察）``) does not."""
    marks = ["老人（左）与志愿者交谈", "队员（右二）在检查", "病床上的父亲（右臥者）", "（上圖，前左）"]
    tags = ["高原“护路人”（行走中国）", "芯片新材料（前沿观察）", "一图读懂（见证·中国机遇）"]
    assert [bool(POSITION_MARK.search(t)) for t in marks] == [True] * 4
    assert [bool(POSITION_MARK.search(t)) for t in tags] == [False] * 3


def test_a_tag_parts_its_title_from_a_glued_title_of_two_short_phrases():
    """pypdf glues the titles it emits: ``…（体坛观澜） 剪纸 迎新春（年俗·剪纸）`` is two titles,
    the second two phrases of three Han and fewer a space apart. A caption's credit after a
    tag (``（资料图） 王艳 摄``) and a lone label stay as they were read."""
    assert after_tags("家门口的体育课（体坛观澜） 剪纸 迎新春（年俗·剪纸）") == [
        "家门口的体育课（体坛观澜）", "剪纸 迎新春（年俗·剪纸）"]
    assert after_tags("老街夜市人气旺（资料图） 王艳 摄") == ["老街夜市人气旺（资料图） 王艳 摄"]
    assert after_tags("书香进万家（读书周刊） 速览") == ["书香进万家（读书周刊）", "速览"]
