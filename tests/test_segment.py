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
