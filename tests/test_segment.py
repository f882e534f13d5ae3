"""Where one story ends and the next begins."""

from __future__ import annotations

from papercli.model import Page
from papercli.pipeline import clean_page

from .wrap import PARAS, wrap

OTHER = [
    "春节前夕，市文化馆组织书法家走进社区，为居民义务书写春联，现场墨香四溢，年味渐浓，前来求字的居民络绎不绝，大家都说这样的活动办到了心坎上。",
    "不少居民早早排起了长队，一位老人捧着刚写好的春联说，这是今年收到的最好的新年礼物，回家就要贴在大门上，让一家人都沾沾喜气。",
]


def test_a_credit_line_closes_its_story_and_an_author_note_stays_in_it():
    lines = [*wrap(PARAS, 16), "（作者为市图书馆馆员）", "版式设计：林晓", *wrap(OTHER, 16)]
    arts = clean_page(Page("credit.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [[*PARAS, "（作者为市图书馆馆员）", "版式设计：林晓"], OTHER]


def test_a_new_story_in_wider_columns_keeps_its_section_heading():
    """A story closed by a byline in 16-wide columns; the next one, 27 wide, opens with
    two short paragraphs (too short to measure) and then a section heading: the
    heading stays inside the new story, it does not start a third one."""
    first = ["活动中，几位本地作家分享了自己的阅读经验，同学们认真聆听并积极提问，现场气氛十分热烈。（记者 周明）"]
    lede = ["三十八岁的老陈举着双手吃力地做着康复训练，他说：“每天练下来很痛也很累，常常做不了多久就想放弃，"
            "但一想到家里的五个孩子，我就又有了力量。”",
            "记者来访时，老陈正在家中休养，戴着护颈行动不便的他说：“经过两次手术和几个月的康复，"
            "现在已经能慢慢走路了，只是洗澡还要靠妻子帮忙。”"]
    rest = ["老陈说，自己原本在工地打零工养家，今年春天骑车时不慎摔倒，造成颈椎骨折，从此无法工作，"
            "一家五口的生活只能靠妻子打零工和亲友接济勉强维持，大女儿读高中，两个小的还在上小学，"
            "最小的儿子今年才刚刚出生，家里的开销一天比一天大，存款早已花光，还欠下了不少外债。",
            "每次去医院复查，来回的车费就要好几百元，老陈常常为此发愁，有时只好托亲戚开车送他去，"
            "医生说他还要坚持半年以上的康复训练，才有希望恢复基本的生活能力，老陈说最大的心愿就是早日康复，"
            "重新撑起这个家，让孩子们安心读书，不再为家里的事情操心。"]
    lines = [*wrap(PARAS + first, 16), *wrap(lede, 27), "复查路费常常凑不齐", *wrap(rest, 27)]
    arts = clean_page(Page("width.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts][1] == [*lede, "复查路费常常凑不齐", *rest]


def test_a_closing_dateline_on_lines_of_its_own_ends_its_story():
    """Cut over two lines, the bracketed dateline is no body text: it still closes its story."""
    lines = [*wrap(PARAS, 16), "（新华社北京2月25", "日电）", *wrap(OTHER, 16)]
    arts = clean_page(Page("closing.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [[*PARAS, "（新华社北京2月25日电）"], OTHER]


def test_a_caption_credit_mark_is_printed_as_it_was():
    """``摄影`` stays ``摄影`` and ``攝`` stays ``攝`` in the text output (no guessed script)."""
    from papercli.records import page_text

    for mark in ("摄影", "攝", "摄"):
        lines = [*wrap(PARAS, 16), f"读者在活动现场交流。 王艳 {mark}"]
        out = page_text(clean_page(Page("mark.txt", lines=lines)))
        assert out.rstrip().endswith(f"王艳 {mark}"), out
