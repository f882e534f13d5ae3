"""Titles and captions an extractor emitted after the story bodies (drawing order)."""

from __future__ import annotations

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
