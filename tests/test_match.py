"""Titles to stories: splitting a story that ran into another."""

from __future__ import annotations

import json

import pytest

from papercli.match import adopt_neighbours, lend_titles, match_page, merge_pieces, merge_untitled, split_glued
from papercli.model import Article, Page
from papercli.pipeline import clean_page
from papercli.records import page_from_state, page_records
from papercli.reflow import reflow_page
from papercli.seams import _box_before, _cut_article, split_at_seam, split_for_headlines
from papercli.similarity import BodyIndex

from .wrap import wrap

FIRST = ["驻村干部走进农户家中了解情况，帮助村民发展特色种植，驻村的日子里，驻村干部与村民同吃同住。"]
SECOND = ["春联书写活动在社区举行，书法家现场书写春联，春联送到居民手中。",
          "居民们拿到春联十分高兴，纷纷表示春联写得好，书法家的春联年味浓。"]


def test_a_title_whose_story_came_first_splits_where_the_owners_story_starts():
    """The article holds two stories and carries the second one's title; the first
    one's title is left alone, its words in the body but not after any cut: the cut
    falls where the article's own title's words start."""
    groups = [[{"text": "书法家送春联到社区"}], [{"text": "驻村干部的日子"}]]
    arts = [Article(paragraphs=[*FIRST, *SECOND])]
    assert split_for_headlines(arts, groups, {0: 0})
    assert [a.paragraphs for a in arts] == [FIRST, SECOND]


def test_a_cut_before_a_title_s_words_moves_up_to_the_heading_that_opens_the_story():
    """The story opens with a heading and a quote that do not repeat its title: the
    cut goes before the heading, not before the first paragraph with the title's words."""
    groups = [[{"text": "书法家送春联到社区"}], [{"text": "驻村干部的日子"}]]
    opening = ["核心阅读", "“今年的年味真浓！”一位老人笑着说。"]
    arts = [Article(paragraphs=[*FIRST, *opening, *SECOND])]
    assert split_for_headlines(arts, groups, {0: 0})
    assert [a.paragraphs for a in arts] == [FIRST, [*opening, *SECOND]]


def test_an_untitled_story_is_not_cut_for_the_last_title_left():
    """A story whose opening scene (three paragraphs) holds none of its title's words
    but shares the story's own (``居民``, ``年味``), untitled because the title fits the
    whole only weakly: with no other title left for the scene, no cut parts it from the
    rest of the story. Where the text before shares no words with the rest (another
    story, whose title is missing), the cut is made."""
    scene = ["腊月二十八，居民们早早来到活动现场排队，人人都想要一副好字。", "居民们说，过年图个年味，拿到手中十分高兴。",
             "大家都说今年的年味格外浓。"]
    arts = [Article(paragraphs=REPORT), Article(paragraphs=[*scene, *SECOND])]
    groups = [[{"text": "农家书屋方便村民借阅"}], [{"text": "书法家送春联到社区"}]]
    assert not split_for_headlines(arts, groups, {0: 0})
    assert len(arts) == 2
    arts = [Article(paragraphs=REPORT), Article(paragraphs=[*FEATURE[:3], *SECOND])]
    assert split_for_headlines(arts, groups, {0: 0})
    assert [a.paragraphs for a in arts[1:]] == [FEATURE[:3], SECOND]


# A feature whose title names what its third paragraph tells, run into a report
# before it: no paragraph starts with the title's words, but the topic changes.
REPORT = [
    "全市今年新建农家书屋一百二十个，农家书屋配备图书和电脑，方便村民借阅图书，农家书屋由村委会统一管理。",
    "农家书屋每周开放五天，村民凭借阅证借阅图书，借阅图书不收费用，书屋管理员负责登记借阅图书的情况。",
    "市文化部门表示，明年将继续扩大农家书屋的覆盖面，为农家书屋补充新书，让更多村民享受借阅图书的便利。",
]
FEATURE = [
    "清晨的河岸边，老周扛着竹竿沿河走，竹竿一头绑着网兜，他一边走一边捞起水面上的落叶和塑料袋。",
    "老周在河边住了六十年，小时候河水清得能看见鱼，后来河道淤塞，岸边堆满垃圾，老周看在眼里急在心里。",
    "退休以后，老周每天沿河走两趟，捞落叶，捡塑料袋，河里的鱼又多了，老周说河水清了心里才踏实。",
    "邻居们看老周天天在河边忙，也拿起竹竿和网兜跟着他走，河岸边的人一天比一天多。",
    "如今老周是村里的义务护河员，岸边新栽的柳树也绿了，老周说，守着这条河就是守着家。",
]

#: a story that names its title's words in its first paragraph only, then tells of its readers
LIBRARY = [
    "全市今年新建一百二十个农家书屋，农家书屋配备图书和电脑。",
    "书屋里的老人和孩子都爱看书，老人看报纸，孩子看故事书，看书的人越来越多。",
    "一位老人说，过去想看书要跑到镇上，现在出门几步路就能看书看报纸。",
    "孩子们放学以后也来看书写作业，老人和孩子坐在一起看书，屋里总是满满的。",
    "村里的老人说，有了书屋，日子过得更有味道，孩子们也爱上了看书。",
]


def test_a_cut_before_a_title_s_words_moves_back_to_the_seam_a_few_short_paragraphs_up():
    """The story opens with a figure, a scene and two quotes before its title's words
    come (more paragraphs than a heading is looked for over): the cut goes back to
    where the text coheres least, before the figure that heads the story."""
    opening = ["3000份", "这是去年一年街道送出的午餐，送餐员每天中午骑车出发，一份一份送到独居的家中。",
               "“饭还热乎着！”", "上午十一点，送餐员小李把饭盒装进保温箱，骑上电动车出发。",
               "“小李来了！”独居的王大爷笑着打开门。"]
    canteen = ["社区食堂开在街道办事处一楼，每天中午为老人做三菜一汤，老人吃上热饭，子女也放心。",
               "社区食堂的饭菜少油少盐，一份午餐十二元，八十岁以上的老人半价，行动不便的老人由送餐员送上门。",
               "街道负责人说，明年社区食堂还要开到更多小区，让更多老人在家门口吃上热饭。"]
    groups = [[{"text": "农家书屋方便村民借阅"}], [{"text": "社区食堂让老人吃上热饭"}]]
    arts = [Article(paragraphs=[*REPORT, *opening, *canteen])]
    assert split_for_headlines(arts, groups, {0: 0})
    assert [a.paragraphs for a in arts] == [REPORT, [*opening, *canteen]]


def test_a_title_named_only_at_its_story_s_end_cuts_at_the_deep_seam_where_its_words_begin():
    """A feature names its title (``年画的味道``) only in its last paragraph and once in
    its first: the cut goes back, past the reach of the cohesion window, to the deep
    seam where the title's words begin and the text goes with what follows."""
    prints = [
        "小时候，每到腊月，奶奶就带我去集上挑年画，胖娃娃抱着大鲤鱼，门神威风凛凛，挑好了卷成一卷抱回家。",
        "集上人山人海，卖画的摊子一个挨着一个，奶奶挑得仔细，一张一张对着亮处看颜色，讨价还价半天才买下。",
        "回家的路上，我抱着那一卷画走在前头，奶奶提着篮子跟在后面，雪地里留下一大一小两串脚印。",
        "奶奶说，贴画要赶在小年之前，堂屋正中贴寿星，灶台边贴灶王爷，窗户两边贴花鸟，一屋子顿时亮堂起来。",
        "那些年，村里家家户户都贴，谁家的画鲜艳，谁家的画讲究，串门的时候总要指着墙上评说一番，说得津津有味。",
        "后来我去城里读书，又去外地工作，每年腊月回家，奶奶总是早早备好一卷，等我回来一起贴，一贴就是大半天。",
        "如今奶奶已经不在了，老屋墙上的画褪了颜色，我每年回去，还是照着奶奶的样子，一张一张贴得整整齐齐。",
        "年画的味道，就在这一张张画里，在奶奶的叮嘱里，在一家人围在一起说说笑笑的日子里，年年都是新的。",
    ]
    arts = [Article(paragraphs=[*REPORT, *prints])]
    assert split_for_headlines(arts, [[{"text": "农家书屋方便村民借阅"}], [{"text": "年画的味道"}]], {0: 0})
    assert [a.paragraphs for a in arts] == [REPORT, prints]


def _index(arts: list[Article]) -> BodyIndex:
    return BodyIndex(["".join(a.paragraphs) for a in arts])


def test_a_title_pointing_past_a_seam_splits_where_the_topic_changes():
    groups = [[{"text": "农家书屋方便村民借阅"}], [{"text": "护河老人的柳树"}]]
    arts = [Article(paragraphs=[*REPORT, *FEATURE])]
    assert split_at_seam(arts, groups, {0: 0}, _index(arts))
    assert [a.paragraphs for a in arts] == [REPORT, FEATURE]


def test_a_box_label_between_two_stories_makes_the_seam_before_it_deep_enough_for_a_title(monkeypatch):
    """A box's label (``核心阅读``) opens the second story: the text coheres little on
    both sides of it, so the valley before the label has a floor of two gaps. Measured
    from that floor the seam is deep, and the unattached title pointing past it cuts
    there, label and all going with the story after it."""
    gaps = [0.09, 0.09, 0.01, 0.008, 0.3, 0.3, 0.3, 0.3]  # the label between gaps 2 and 3
    monkeypatch.setattr("papercli.seams.gap_cohesion", lambda paragraphs: gaps[: len(paragraphs) - 1])
    groups = [[{"text": "农家书屋方便村民借阅"}], [{"text": "护河老人的柳树"}]]
    arts = [Article(paragraphs=[*REPORT, "核心阅读", *FEATURE])]
    assert split_at_seam(arts, groups, {0: 0}, _index(arts))
    assert [a.paragraphs for a in arts] == [REPORT, ["核心阅读", *FEATURE]]


def test_no_seam_split_when_the_articles_own_title_fits_neither_side():
    """A closing line taken for the article's title is no evidence of two stories."""
    groups = [[{"text": "编辑部敬上"}], [{"text": "护河老人的柳树"}]]
    arts = [Article(paragraphs=[*REPORT, *FEATURE])]
    assert not split_at_seam(arts, groups, {0: 0}, _index(arts))


def test_no_seam_split_inside_one_story():
    """The title's words lie on one side of a boundary, but the text coheres across it."""
    groups = [[{"text": "护河老人的柳树"}]]
    arts = [Article(paragraphs=[*FEATURE[:2], *FEATURE, *FEATURE[1:]])]
    assert not split_at_seam(arts, groups, {}, _index(arts))


def test_two_titles_joined_over_two_stories_run_together_are_cut_with_them():
    """The titles of two stories that ran together were joined into the one title of
    the one article (every piece fitted it): the title and the article are cut at
    the seam, each half of the title on its side."""
    groups = [[{"text": "农家书屋方便村民借阅"}, {"text": "护河老人的柳树（乡村故事）"}]]
    arts = [Article(paragraphs=[*REPORT, *FEATURE])]
    assert split_at_seam(arts, groups, {0: 0}, _index(arts))
    assert [a.paragraphs for a in arts] == [REPORT, FEATURE]
    assert [[x["text"] for x in g] for g in groups] == [["农家书屋方便村民借阅"], ["护河老人的柳树（乡村故事）"]]


def test_a_title_among_the_pieces_of_an_unattached_run_splits_and_is_cut_out():
    groups = [[{"text": "农家书屋方便村民借阅"}, {"text": "护河老人的柳树"}]]
    arts = [Article(paragraphs=[*REPORT, *FEATURE])]
    assert split_at_seam(arts, groups, {}, _index(arts))
    assert [a.paragraphs for a in arts] == [REPORT, FEATURE]
    assert [[x["text"] for x in g] for g in groups] == [["农家书屋方便村民借阅"], ["护河老人的柳树"]]


def test_an_untitled_story_takes_the_title_joined_to_its_neighbours():
    """``护河老人的柳树`` was joined to the next story's tagged title; alone it fits the
    untitled story, and the tagged title still fits its own."""
    groups = [[{"text": "护河老人的柳树"}, {"text": "农家书屋方便村民借阅（乡村振兴）"}]]
    arts = [Article(paragraphs=REPORT), Article(paragraphs=FEATURE)]
    assert lend_titles(groups, {0: 0}, _index(arts))
    assert [[x["text"] for x in g] for g in groups] == [["农家书屋方便村民借阅（乡村振兴）"], ["护河老人的柳树"]]


def test_an_untitled_story_takes_its_title_glued_on_one_line_to_its_neighbours():
    """The extractor glued both titles on one line with a space between them: the
    cut falls inside the line, at the space."""
    groups = [[{"text": "护河老人的柳树 农家书屋方便村民借阅（乡村振兴）"}]]
    arts = [Article(paragraphs=REPORT), Article(paragraphs=FEATURE)]
    assert lend_titles(groups, {0: 0}, _index(arts))
    assert [[x["text"] for x in g] for g in groups] == [["农家书屋方便村民借阅（乡村振兴）"], ["护河老人的柳树"]]


def test_an_untitled_story_takes_its_title_glued_with_no_mark_between():
    """Two titles glued on one line with nothing between them: the line went to the
    report, the feature is left untitled. The cut falls at the character where the
    head (or the tail) fits the feature and the rest fits the report better than the
    whole line did. A title that is one title keeps its words."""
    from papercli.glued import lend_glued

    index = _index([Article(paragraphs=REPORT), Article(paragraphs=FEATURE)])
    rest, part = "农家书屋方便村民借阅图书", "老周捞落叶河水清了"
    for line in (rest + part, part + rest):
        groups, pairs = [[{"text": line}]], {0: 0}
        assert lend_glued(groups, pairs, index, 30.0)
        assert [[x["text"] for x in g] for g in groups] == [[rest], [part]] and pairs == {0: 0, 1: 1}
    groups, pairs = [[{"text": "全市新建农家书屋方便村民借阅图书"}]], {0: 0}
    assert not lend_glued(groups, pairs, index, 30.0) and len(groups) == 1


MUSEUM = ["本报讯 春节期间，市科技馆接待观众八万人次，科技馆的客流创下历史新高。",
          "展厅里，机器人表演吸引了许多孩子，大家围着机器人问个不停。",
          "馆方介绍，今年还将新增一批互动展项，让观众在科技馆里动手体验，感受科学的乐趣。"]
VILLAGE = ["沿着新修的柏油路走进山村，村口的小学刚刚建成，村民的孩子在家门口上学。",
           "村民说，过去山村的路难走，孩子上学要绕很远，现在十分钟就能到学校。",
           "山村里还建起了卫生室和文化广场，晚上常有村民在广场上跳舞，日子越过越红火。"]


def test_a_title_run_whose_halves_point_apart_cuts_at_a_shallow_seam():
    """Two stories of short paragraphs that share few words run together, and the
    story's title run is their two titles: the text coheres little anywhere, so the
    seam between them is shallow (a dip of 0.125, under the 0.15 a seam needs), yet
    each half of the run clearly names one side of it (50 points or more): the
    article and the run are cut there."""
    from papercli.cohesion import depth, gap_cohesion

    gaps = gap_cohesion([*MUSEUM, *VILLAGE])
    assert 0.1 <= depth(gaps, 2) < 0.15
    arts = [Article(paragraphs=[*MUSEUM, *VILLAGE])]
    groups = [[{"text": "科技馆客流创新高"}, {"text": "山村孩子家门口上学"}]]
    assert split_at_seam(arts, groups, {0: 0}, _index(arts))
    assert [a.paragraphs for a in arts] == [MUSEUM, VILLAGE]
    assert [[x["text"] for x in g] for g in groups] == [["科技馆客流创新高"], ["山村孩子家门口上学"]]


def test_two_titles_glued_in_one_piece_cut_the_article_that_holds_both_stories():
    """Two stories run together with nothing between them, and their titles come
    glued in one piece with no mark between (``科技馆客流创新高山村孩子家门口上学``):
    no piece boundary parts the run, so the piece itself is read as two titles at
    each place two titles could meet, and the article and the piece are cut where
    its halves point apart most, one to each side of the seam."""
    arts = [Article(paragraphs=[*MUSEUM, *VILLAGE])]
    groups = [[{"text": "科技馆客流创新高山村孩子家门口上学"}]]
    assert split_at_seam(arts, groups, {0: 0}, _index(arts))
    assert [a.paragraphs for a in arts] == [MUSEUM, VILLAGE]
    assert [[x["text"] for x in g] for g in groups] == [["科技馆客流创新高"], ["山村孩子家门口上学"]]


def test_a_title_that_adds_nothing_to_its_runs_fit_goes_to_the_untitled_story():
    """``村民守着家`` fits the feature better than the report (58 to 30), but the run
    fits the feature no better with it than its tagged title alone: it is the
    untitled report's own title, dumped next to the feature's."""
    groups = [[{"text": "村民守着家"}, {"text": "护河老人的柳树（乡村故事）"}]]
    arts = [Article(paragraphs=REPORT), Article(paragraphs=FEATURE)]
    index = _index(arts)
    assert index.scores("村民守着家")[1] > index.scores("村民守着家")[0]
    assert lend_titles(groups, {0: 1}, index)
    assert [[x["text"] for x in g] for g in groups] == [["护河老人的柳树（乡村故事）"], ["村民守着家"]]


def test_a_title_whose_story_came_first_splits_where_its_story_ends():
    """The article carries the second story's title, whose words come only at that
    story's end; the first story's title is left alone. The cut falls where the
    first title's words end and the text coheres least, not before the paragraph
    with the article's own title's words."""
    groups = [[{"text": "守着这条河就是守着家"}], [{"text": "农家书屋方便村民借阅"}]]
    arts = [Article(paragraphs=[*REPORT, *FEATURE])]
    assert split_for_headlines(arts, groups, {0: 0}, _index(arts))
    assert [a.paragraphs for a in arts] == [REPORT, FEATURE]


def test_a_headline_is_not_parted_from_its_deck():
    groups = [[{"text": "护河老人的柳树"}, {"text": "农家书屋方便村民借阅"}]]
    arts = [Article(paragraphs=REPORT), Article(paragraphs=FEATURE)]
    assert not lend_titles(groups, {0: 0}, _index(arts))


def test_a_heading_before_a_cut_goes_with_the_story_it_heads():
    groups = [[{"text": "老周扛着竹竿沿河走"}]]
    arts = [Article(paragraphs=[*REPORT, "核心阅读", *FEATURE])]
    assert split_for_headlines(arts, groups, {})
    assert [a.paragraphs for a in arts] == [REPORT, ["核心阅读", *FEATURE]]


def test_a_story_filed_in_two_parts_under_one_dateline_is_one_story():
    first = Article(paragraphs=["本报北京2月1日电 （记者王明）市长会见了外宾，双方就农家书屋建设交换意见。"],
                    dateline="本报北京2月1日电")
    second = Article(paragraphs=["本报北京2月1日电 （记者李华）副市长会见了外宾，介绍了农家书屋的情况。"],
                     dateline="本报北京2月1日电")
    other = Article(paragraphs=FEATURE)
    arts = [first, second, other]
    whole = first.paragraphs + second.paragraphs
    pairs = {0: 0, 1: 2}
    absorbed = merge_untitled(arts, pairs, [[80.0, 45.0, 0.0], [0.0, 0.0, 90.0]])
    assert [a.paragraphs for a in arts] == [whole, FEATURE]
    assert pairs == {0: 0, 1: 1} and absorbed[id(second)] is first


def test_stories_with_other_datelines_stay_apart():
    """Filed on other days, even where the title fits both."""
    first = Article(paragraphs=["本报北京2月1日电 市长会见了外宾。"], dateline="本报北京2月1日电")
    second = Article(paragraphs=["本报上海2月2日电 副市长会见了外宾。"], dateline="本报上海2月2日电")
    arts = [first, second]
    assert not merge_untitled(arts, {0: 0}, [[80.0, 45.0]])
    assert len(arts) == 2


def test_an_untitled_tail_joins_the_story_before_it():
    """A note on the person interviewed after the note that closed the interview, and
    the page's production credit after the last story, are no stories of their own."""
    interview = Article(paragraphs=["老周在河边住了六十年，老周说，守着这条河就是守着家。", "（王明采访整理）"])
    bio = Article(paragraphs=["老周，1950年出生，在河边住了六十年，村里的义务护河员。"])
    credit = Article(paragraphs=["制图：张丹峰"])
    arts = [interview, bio, Article(paragraphs=REPORT), credit]
    pairs = {0: 0, 1: 2}
    whole = [*interview.paragraphs, *bio.paragraphs]
    absorbed = merge_untitled(arts, pairs, [[80.0, 0.0, 0.0, 0.0], [0.0, 0.0, 90.0, 0.0]])
    assert [a.paragraphs for a in arts] == [whole, [*REPORT, "制图：张丹峰"]]
    assert absorbed[id(bio)] is interview
    assert pairs == {0: 0, 1: 1}


def test_an_item_after_a_labelled_roundup_joins_it():
    """A roundup titled by its label (``速览``) and the next untitled story, which opens
    with an item's heading as the roundup does: one roundup. A story after it that
    opens with text stays apart."""
    def roundup() -> Article:
        return Article(paragraphs=["海南敷设海底电缆", "电缆全长五百米，今年建成。"])

    item = ["春运客流平稳", "铁路发送旅客一千万人次。"]
    first = roundup()
    arts = [first, Article(paragraphs=item)]
    assert merge_untitled(arts, {0: 0}, [[0.0, 0.0]], {id(first)})
    assert [a.paragraphs for a in arts] == [[*roundup().paragraphs, *item]]
    first = roundup()
    assert not merge_untitled([first, Article(paragraphs=FEATURE[:1])], {0: 0}, [[0.0, 0.0]], {id(first)})
    assert not merge_untitled([roundup(), Article(paragraphs=item)], {0: 0}, [[0.0, 0.0]])


def test_a_label_after_a_title_closed_by_its_tag_is_no_tail_of_it():
    """``速览`` (two characters) after ``…多了（感言·看经济（12））``: a tiny tail of a
    wrapped title joins the piece above, but a title closed by its column tag (with
    brackets inside the tag) has ended."""
    index = _index([Article(paragraphs=REPORT)])
    entries = [{"text": "市场主体多了（感言·看经济（12））", "pos": 5}, {"text": "速览", "pos": 6}]
    groups = merge_pieces(entries, index)
    assert [x["text"] for x in groups[0]] == ["市场主体多了（感言·看经济（12））"]
    tail = merge_pieces([{"text": "农家书屋方便村", "pos": 5}, {"text": "民", "pos": 6}], index)
    assert [[x["text"] for x in g] for g in tail] == [["农家书屋方便村", "民"]]


def test_a_tagged_title_that_fits_another_story_is_no_tail_of_the_title_before():
    """``…山村艺术展`` / ``夜空下，别忘了满天星光（环球走笔）``: the second piece is closed by
    its column tag, fits another story than the first and no word runs across the
    join, so it is a title of its own, though its words are few in its story."""
    bodies = [Article(paragraphs=["近日，一场艺术展在松阳县的山村举办，浙江各地的艺术家带来作品，村民在家门口看展。"]),
              Article(paragraphs=["城市的灯越来越亮，很多孩子从没见过银河，天文学家呼吁在夜里关掉一部分路灯，看看星光。"])]
    entries = [{"text": "浙江松阳县举办山", "pos": 5}, {"text": "村艺术展", "pos": 6},
               {"text": "夜空下，别忘了满天星光（环球走笔）", "pos": 7}]
    groups = merge_pieces(entries, _index(bodies))
    texts = [[x["text"] for x in g] for g in groups]
    assert texts == [["浙江松阳县举办山", "村艺术展"], ["夜空下，别忘了满天星光（环球走笔）"]]


def test_untitled_items_of_a_roundup_are_one_story():
    """Two stories left untitled, each a short item opening with its own heading (a
    closing dateline parted them): one roundup. An untitled story opening with text
    stays apart."""
    first = Article(paragraphs=["海南敷设海底电缆", "电缆全长五百米，今年建成。（据新华社海口电）"])
    second = Article(paragraphs=["春运客流平稳", "铁路发送旅客一千万人次。"])
    whole = [*first.paragraphs, *second.paragraphs]
    arts = [Article(paragraphs=REPORT), first, second]
    assert merge_untitled(arts, {0: 0}, [[90.0, 0.0, 0.0]])
    assert [a.paragraphs for a in arts] == [REPORT, whole]
    apart = [Article(paragraphs=REPORT), Article(paragraphs=FEATURE[:2]), Article(paragraphs=["春运客流平稳", *FEATURE[2:]])]
    assert not merge_untitled(apart, {0: 0}, [[90.0, 0.0, 0.0]])


def test_a_label_that_fits_another_story_goes_to_a_roundup_that_opens_with_an_item():
    """``微阅读`` fits a story with a ``核心阅读`` box, not the story its run titles: it is
    the label of the untitled roundup that opens with an item's heading. A story that
    opens with text gets no such label."""
    from papercli.roundups import lend_labels

    def run() -> list[list[dict]]:
        return [[{"text": "微阅读", "_score": 55.0}, {"text": "农家书屋方便村民借阅", "_score": 90.0}]]

    roundup = Article(paragraphs=["沙特启动古城旅游工程", "沙特宣布启动古城旅游建设工程。"])
    groups, pairs = run(), {0: 0}
    arts = [Article(paragraphs=REPORT), roundup]
    assert lend_labels(groups, pairs, arts, [[90.0, 0.0]]) == {id(roundup)}
    assert [[x["text"] for x in g] for g in groups] == [["农家书屋方便村民借阅"], ["微阅读"]] and pairs == {0: 0, 1: 1}
    groups, pairs = run(), {0: 0}
    assert not lend_labels(groups, pairs, [Article(paragraphs=REPORT), Article(paragraphs=FEATURE)], [[90.0, 0.0]])


def test_a_story_filed_from_two_places_on_one_day_is_one_story():
    """``本报约翰内斯堡2月14日电`` … ``本报东京2月14日电`` …, under one title that fits
    both parts: one story filed from two places."""
    first = Article(paragraphs=["本报约翰内斯堡2月14日电 （记者王明）春节慰侨演出在约翰内斯堡举行。"],
                    dateline="本报约翰内斯堡2月14日电")
    second = Article(paragraphs=["本报东京2月14日电 （记者李华）春节慰侨演出在东京举行。"], dateline="本报东京2月14日电")
    arts = [first, second]
    whole = first.paragraphs + second.paragraphs
    assert merge_untitled(arts, {0: 1}, [[45.0, 80.0]])
    assert [a.paragraphs for a in arts] == [whole]


def test_a_note_closing_the_story_before_a_cut_stays_with_that_story():
    """The author's note after the first story's text is no heading of the second:
    the cut falls after it, not before it."""
    groups = [[{"text": "老周扛着竹竿沿河走"}]]
    arts = [Article(paragraphs=[*REPORT, "（作者为市图书馆馆员）", *FEATURE])]
    assert split_for_headlines(arts, groups, {})
    assert [a.paragraphs for a in arts] == [[*REPORT, "（作者为市图书馆馆员）"], FEATURE]


def test_a_title_given_to_a_story_it_hardly_fits_splits_the_story_holding_its_words():
    """The report ran into the feature, whose title took the whole; the report's
    title went to the only story left, a third one it hardly fits. Its words are in
    the first article, before the feature's: that article is cut where they end."""
    other = ["市医院新开设了夜间门诊，方便上班族下班后看病，夜间门诊设有内科、外科和儿科，每晚开诊到十点。",
             "市医院还开通了网上预约挂号，患者可以通过手机预约，缩短了排队等候的时间，受到市民欢迎。"]
    groups = [[{"text": "守着这条河就是守着家"}], [{"text": "农家书屋方便村民借阅"}]]
    arts = [Article(paragraphs=[*REPORT, *FEATURE]), Article(paragraphs=other)]
    index = _index(arts)
    assert index.scores("农家书屋方便村民借阅")[1] < 40
    assert split_for_headlines(arts, groups, {0: 0, 1: 1}, index)
    assert [a.paragraphs for a in arts] == [REPORT, FEATURE, other]


def _matched(heads: list[str], paragraphs: list[str]) -> Page:
    page = Page("t.txt", lines=[], articles=[Article(paragraphs=paragraphs)],
                pending_headlines=[{"text": t, "pos": 20 + i, "before": None} for i, t in enumerate(heads)])
    return match_page(page)


def test_title_pieces_are_joined_anew_once_the_stories_are_apart():
    """While both stories were one article, ``农家书屋`` fitted it no worse joined to
    the feature's tagged title; once the article is cut, it is the second line of
    the report's title (``全市新建`` / ``农家书屋``)."""
    page = _matched(["全市新建", "农家书屋", "老周扛着竹竿沿河走（乡村故事）"], [*REPORT, *FEATURE])
    arts = page.articles or []
    assert [(a.headline, a.subheadline, a.paragraphs) for a in arts] == [
        ("全市新建", "农家书屋", REPORT), ("老周扛着竹竿沿河走（乡村故事）", None, FEATURE)]


def test_a_title_printed_twice_titles_one_story_and_its_repeat_stays_loose():
    """The second print of a title (fake bold drawn as a second line, apart from the
    first) does not cut the story in two to have a story of its own."""
    page = _matched(["老周扛着竹竿沿河走（乡村故事）", "老周扛着竹竿沿河走（乡村故事）"], FEATURE)
    assert [(a.headline, a.paragraphs) for a in page.articles or []] == [("老周扛着竹竿沿河走（乡村故事）", FEATURE)]
    assert [(x.type, x.text) for x in page.loose] == [("headline", "老周扛着竹竿沿河走（乡村故事）")]


def test_a_cut_goes_before_the_salutation_that_opens_a_letter():
    """The letter's first paragraph speaks of the report's topic, so the text coheres
    least after it; the salutation above it (``编辑同志：``) still opens the story."""
    letter = ["编辑同志：", "全市今年新建的农家书屋，我也常去借阅图书。", *FEATURE]
    arts = [Article(paragraphs=[*REPORT, *letter])]
    assert split_at_seam(arts, [[{"text": "护河老人的柳树"}]], {}, _index(arts))
    assert [a.paragraphs for a in arts] == [REPORT, letter]


def test_a_cut_after_a_box_s_summary_moves_up_to_the_box_s_heading():
    """A cut was found after the box's summary (the text coheres as little there as
    before the box); the heading two paragraphs earlier, after a sentence's end,
    opens the story with its summary."""
    paragraphs = [*REPORT, "核心阅读", "今年春节前后，记者走访了多个地方。", *FEATURE]
    assert _box_before(paragraphs, len(REPORT) + 2) == len(REPORT)
    assert _box_before([*REPORT, *FEATURE], len(REPORT) + 1) == len(REPORT) + 1  # no heading there


def test_a_title_taken_for_misplaced_cuts_nothing_where_its_story_is_unclear():
    """The report's title went to a third story it hardly fits. Nothing is cut when
    the title that holds the first article hardly fits it either (which title is
    right is not known), nor when the report's words come after the feature's (that
    is no end of its story before the owner's; on a page of many similar stories
    such cuts fell inside one story)."""
    other = ["市医院新开设了夜间门诊，方便上班族下班后看病，夜间门诊设有内科、外科和儿科，每晚开诊到十点。"]
    for owner, body in (("春节前后市场供应充足", [*REPORT, *FEATURE]), ("守着这条河就是守着家", [*FEATURE, *REPORT])):
        groups = [[{"text": owner}], [{"text": "农家书屋方便村民借阅"}]]
        arts = [Article(paragraphs=body), Article(paragraphs=other)]
        assert not split_for_headlines(arts, groups, {0: 0, 1: 1}, _index(arts))


def test_a_tail_joined_to_a_signed_story_keeps_its_byline():
    """The production credit after a story closed by its byline joins that story; the
    byline stays (it was dropped for the tail's missing one, and its text lost). When
    the tail is signed too, the first byline stays where it stood, as a paragraph, in the
    brackets it was printed in (they were lost)."""
    for tail_by, paragraphs, byline in ((None, [*REPORT, "制图：蔡华伟"], "本报记者 王明整理"),
                                        ("李华", [*REPORT, "（本报记者 王明整理）", "制图：蔡华伟"], "李华")):
        arts = [Article(paragraphs=list(REPORT), byline="本报记者 王明整理"),
                Article(paragraphs=["制图：蔡华伟"], byline=tail_by), Article(paragraphs=list(FEATURE))]
        merge_untitled(arts, {0: 0, 1: 2}, [[80.0, 0.0, 0.0], [0.0, 0.0, 90.0]])
        assert [(a.paragraphs, a.byline) for a in arts] == [(paragraphs, byline), (FEATURE, None)]


def test_a_title_closed_by_its_tag_adopts_no_other_title():
    """An unattached title beside an attached one that fits the same story becomes its
    subtitle, unless the first is closed by its column tag: then they are two titles
    (the second's story ran into the first's), unless the second is a dash subtitle."""
    def piece(text: str, pos: int, score: float = 40.0) -> dict[str, object]:
        return {"text": text, "pos": pos, "_best": 0, "_score": score}

    for second, adopted in (("灯火下，别忘了灿烂星光（环球走笔）", False), ("——记一位刻砚老人", True)):
        groups = [[piece("以刀为笔", 40), piece("琢砚生花（工匠绝活）", 41)], [piece(second, 42, 12.8)]]
        adopt_neighbours(groups, {0: 0})
        assert (groups[1] == []) is adopted
    groups = [[piece("以刀为笔", 40)], [piece("琢砚生花", 41, 12.8)]]
    adopt_neighbours(groups, {0: 0})
    assert [x["text"] for x in groups[0]] == ["以刀为笔", "琢砚生花"]


def test_an_unattached_title_of_two_pieces_pointing_past_a_seam_stays_whole():
    """An unattached run of title pieces points past a seam, the whole as its best
    piece does: it is one title of two lines, and the seam does not cut it."""
    groups = [[{"text": "农家书屋方便村民借阅"}], [{"text": "老周守护河水"}, {"text": "岸边柳树绿了"}]]
    arts = [Article(paragraphs=[*REPORT, *FEATURE])]
    assert split_at_seam(arts, groups, {0: 0}, _index(arts))
    assert [a.paragraphs for a in arts] == [REPORT, FEATURE]
    assert [[x["text"] for x in g] for g in groups][1] == ["老周守护河水", "岸边柳树绿了"]


def test_a_photo_caption_between_title_pieces_parts_two_titles():
    """Pieces that fit no story join into one run; a photo caption that stood right
    before a piece (``after_caption``) ends the title before it, as a caption follows
    its story's title. A glued line cut apart marks its first piece only."""
    index = _index([Article(paragraphs=REPORT)])
    entries = [{"text": "婦忙顧癱夫", "pos": 5}, {"text": "力拼準時畢業", "pos": 5}, {"text": "腦傷女盼擔家計", "pos": 5},
               {"text": "癱父心繫5子", "pos": 5}, {"text": "咬牙復健", "pos": 5}]
    assert [len(g) for g in merge_pieces([dict(e) for e in entries], index)] == [5]
    entries[3]["after_caption"] = True
    assert [g[0]["text"] for g in merge_pieces(entries, index)] == ["婦忙顧癱夫", "癱父心繫5子"]
    glued = {"text": "矗立精神灯塔（评论员观察）奋斗的姿态最动人（无影灯）", "pos": 1, "after_caption": True}
    assert [e.get("after_caption") for e in split_glued([glued], index)] == [True, False]


#: three stories whose titles are set in four pieces each (蘋果日報's layout)
FOUR_PIECE_BODIES = ["阿雄中风后靠轮椅行动，妻子阿月每天推着他复健，盼他早日站起来扛起家计。",
                     "小瑋才6岁，每天帮中风的爸爸擦脸喂饭，说长大要当医生治好爸爸的病。",
                     "阿农伯罹患肠癌仍骑车跨村捡回收，每天只挣百元，养活两个年幼孙子。"]


def _four_piece_runs(titles: list[list[str]]) -> list[list[str]]:
    """The title runs :func:`merge_pieces` makes of ``titles``' pieces in a row."""
    runs = merge_pieces([{"text": t, "pos": 5} for ts in titles for t in ts], BodyIndex(FOUR_PIECE_BODIES))
    return [[x["text"] for x in r] for r in runs]


def test_title_pieces_that_fit_no_story_go_where_titles_keep_their_usual_length():
    """Titles of four pieces in a row, each ending with a piece that fits no story:
    by default such a piece opens the next title; the page's titles are set alike, so
    it closes its own, where every title keeps the page's usual length."""
    titles = [["阿雄中风", "妻推轮椅复健", "盼他站起来", "四口无依"],
              ["小瑋6岁", "喂爸爸吃饭", "长大要当医生", "家无余粮"],
              ["阿农伯捡回收", "罹患肠癌", "养两个孙子", "三餐难继"]]
    assert _four_piece_runs(titles) == titles


def test_an_owner_s_title_cuts_nothing_where_it_fits_the_text_before_as_well():
    """The article's own title fits its first paragraph as well as a later one (its
    story runs on through a stretch without its words): the cut falls where the
    unattached title's story starts, at the end, not where the owner's words return."""
    own = ["书法家送春联到社区的活动昨天举行，居民们排队领取春联。"]
    middle = ["活动当天天气晴好，广场上人来人往，孩子们在一旁追逐嬉戏。", "不少外地游客也被热闹的场面吸引，驻足拍照留念。",
              "现场还有志愿者维持秩序，为老人搬来凳子。"]
    again = ["书法家们说，送春联到社区已坚持多年。"]
    tail = ["驻村干部的工作日子很充实，走进农户家中了解情况。"]
    groups = [[{"text": "书法家送春联到社区"}], [{"text": "驻村干部的日子"}]]
    arts = [Article(paragraphs=[*own, *middle, *again, *tail])]
    assert split_for_headlines(arts, groups, {0: 0})
    assert [a.paragraphs for a in arts] == [[*own, *middle, *again], tail]


def test_a_title_line_printed_twice_whole_is_not_cut_as_glued_titles():
    """A line whose halves each fit a story reads like two titles glued on one line;
    printed twice as a whole (one run of text, ``page.whole``) it is one title."""
    index = BodyIndex(["老街微改造工程启动，老街的路面、管线和门面都将更新，老街微改造预计年底完工。",
                       "社区里居民笑开颜，新建的健身广场让居民有了好去处，居民纷纷点赞。"])
    title = {"text": "老街“微改造”居民笑开颜", "pos": 1}
    assert [e["text"] for e in split_glued([title], index)] == ["老街“微改造”", "居民笑开颜"]
    assert [e["text"] for e in split_glued([title], index, {"老街“微改造”居民笑开颜"})] == [title["text"]]


def test_title_pieces_cut_inside_a_word_or_before_a_figure_stay_one_title():
    """``6.5%实`` / ``际使用外资同比增`` / ``3.2%``: a line cut inside a word (``实际``)
    and a bare figure are pieces of the title above, never titles of their own nor
    the head of the next story's title."""
    bodies = [Article(paragraphs=["一季度全市实际使用外资稳定增长，新设外资企业数量增加，外资结构持续优化。"]),
              Article(paragraphs=["春联书写活动在社区举行，书法家现场书写春联，春联送到居民手中。"])]
    entries = [{"text": "6.5%实", "pos": 5}, {"text": "际使用外资同比增", "pos": 6}, {"text": "3.2%", "pos": 7},
               {"text": "社区举办春联书写活动", "pos": 8}]
    texts = [[x["text"] for x in g] for g in merge_pieces(entries, _index(bodies))]
    assert texts == [["6.5%实", "际使用外资同比增", "3.2%"], ["社区举办春联书写活动"]]
    bodies.append(Article(paragraphs=["志愿者上门送祝福，把祝福送到老人家中，送祝福的队伍越来越长。"]))
    entries = [{"text": "书法家进社区写春", "pos": 5}, {"text": "联送祝福到老人家中", "pos": 6}]
    texts = [[x["text"] for x in g] for g in merge_pieces(entries, _index(bodies))]
    assert texts == [["书法家进社区写春", "联送祝福到老人家中"]]


def test_a_credit_or_notice_line_before_the_titles_joins_no_title():
    """``制图：林小明`` or ``投稿邮箱：ab@cd.cn`` closing the story above, right before
    the dumped titles: a note fits no story, yet it is no head of the next title."""
    bodies = [Article(paragraphs=["过年的味道变了，家味在网上，家味在路上，家味也在人们的心里。"]),
              Article(paragraphs=["春联书写活动在社区举行，书法家现场书写春联，春联送到居民手中。"])]
    for note in ("制图：林小明", "投稿邮箱：news@example.cn"):
        entries = [{"text": note, "pos": 5}, {"text": "“家味”的时", "pos": 6}, {"text": "代传承（新语）", "pos": 7}]
        texts = [[x["text"] for x in g] for g in merge_pieces(entries, _index(bodies))]
        assert texts == [[note], ["“家味”的时", "代传承（新语）"]]


def test_a_piece_fitting_two_stories_goes_where_both_titles_keep_the_usual_count_of_pieces():
    """Titles set in four pieces each; the next title's first piece shares words with
    the story before (``中风``, ``轮椅``): it opens its own title, which keeps four
    pieces, rather than making the title before one of five."""
    titles = [["阿雄中风", "妻推轮椅复健", "盼他站起来", "四口无依"],
              ["中风爸爸靠轮椅", "小瑋6岁喂饭", "长大要当医生", "家无余粮"],
              ["阿农伯捡回收", "罹患肠癌", "养两个孙子", "三餐难继"]]
    assert _four_piece_runs(titles) == titles


FIVE_BODIES = [*FOUR_PIECE_BODIES, "阿珠婆独居山上铁皮屋，屋顶漏雨，下雨天只能拿水桶接水，夜里冷得睡不着。",
               "阿德失业后带着三个孩子挤在一个小房间，过年买不起新衣，靠邻居接济度日。"]


def test_a_piece_with_the_words_of_the_story_before_opens_its_title_when_titles_are_set_alike():
    """Five titles of four pieces each; the second title opens with a piece whose
    words are the first story's (``阿月推轮椅``: charity stories on one page tell alike).
    Joined to the title before, it would leave runs of five and three pieces on a
    page whose titles all run to four: the count the page sets its titles in weighs
    more than those few shared words."""
    titles = [["阿雄中风", "妻推轮椅复健", "盼他站起来", "四口无依"], ["阿月推轮椅", "小瑋喂饭", "长大要当医生", "家无余粮"],
              ["阿农伯捡回收", "罹患肠癌", "养两个孙子", "三餐难继"], ["阿珠婆独居", "屋顶漏雨", "雨天接水", "夜里冷"],
              ["阿德失业", "三子挤一房", "过年没新衣", "靠邻居接济"]]
    runs = merge_pieces([{"text": t, "pos": 5} for ts in titles for t in ts], BodyIndex(FIVE_BODIES))
    assert [[x["text"] for x in r] for r in runs] == titles


def test_two_line_titles_on_a_page_of_two_line_titles_keep_two_lines():
    """Seven titles set in two lines each (headline, subtitle: how pypdf reads
    蘋果日報's); the second opens with a line whose words are the first story's
    (``阿月推轮椅``). Most of the page's titles run to two lines, so two is their
    usual count, and that line opens its own title instead of standing alone."""
    bodies = [*FIVE_BODIES, "阿芳一家五口挤在铁皮屋里，丈夫车祸后卧床，她白天做清洁工，晚上照顾丈夫。",
              "老林罹患肾病要洗肾，妻子离家，十岁的女儿每天帮他煮饭洗衣。"]
    titles = [["阿雄中风", "妻推轮椅复健"], ["阿月推轮椅", "长大要当医生"], ["阿农伯捡回收", "养两个孙子"],
              ["阿珠婆独居", "屋顶漏雨"], ["阿德失业", "靠邻居接济"], ["阿芳打零工", "丈夫卧床"], ["老林洗肾", "女儿煮饭"]]
    runs = merge_pieces([{"text": t, "pos": 5} for ts in titles for t in ts], BodyIndex(bodies))
    assert [[x["text"] for x in r] for r in runs] == titles


def test_a_cut_before_a_source_note_moves_after_it():
    """A note of where a story's figures come from (``数据来源：市统计局``) closes that
    story: a cut placed right before it moves past it, and the next story does not
    open with it."""
    first, second = ["全市春运客流平稳有序。", "数据来源：市统计局"], ["新春走基层，记者来到山村。", "村里通了公交车。"]
    arts = [Article(paragraphs=[*first, *second])]
    _cut_article(arts, 0, 1)
    assert [a.paragraphs for a in arts] == [first, second]


def test_a_title_wrapped_inside_a_word_is_one_headline_not_a_headline_and_its_deck():
    """Dumped title pieces go to a story as headline and subheadline, unless the
    first line stopped inside a word (``覆`` / ``盖``) or on a joining mark (``5G+``):
    then it is one title wrapped over two lines. A real deck stays a subheadline."""
    from papercli.match import _set_titles

    art = Article(paragraphs=["山村通了公交车。"])
    _set_titles(art, ["山村公交网络实现全面覆", "盖到户"])
    assert (art.headline, art.subheadline) == ("山村公交网络实现全面覆盖到户", None)
    _set_titles(art, ["县里推广5G+", "智慧农业"])
    assert (art.headline, art.subheadline) == ("县里推广5G+智慧农业", None)
    _set_titles(art, ["山村通了公交车", "村民出行更方便了"])
    assert (art.headline, art.subheadline) == ("山村通了公交车", "村民出行更方便了")


def test_no_cut_leaves_a_dateline_paragraph_alone_for_a_title_whose_words_it_lacks():
    """The article's own title fits its first story from the paragraph after the
    dateline on; the unattached title's story comes second. The cut falls where the
    second story starts, not after the dateline paragraph, which holds none of the
    unattached title's words and opens the first story."""
    dated = ["本报南京3月2日电 （记者李明）记者日前从市文化部门获悉，全市基层公共文化服务体系建设取得新进展。"]
    groups = [[{"text": "农家书屋方便村民借阅"}], [{"text": "老周扛着竹竿守着这条河"}]]
    arts = [Article(paragraphs=[*dated, *REPORT, *FEATURE])]
    assert split_for_headlines(arts, groups, {0: 0}, _index(arts))
    assert [a.paragraphs for a in arts] == [[*dated, *REPORT], FEATURE]


def test_a_title_pointing_weakly_past_a_deep_seam_splits_when_the_own_title_is_clearly_beyond():
    """The unattached title has only a few more of its words before the seam than
    after it, too few alone; the article's own title has all of its words after the
    seam, none before: together they point to the two sides of a deep seam."""
    groups = [[{"text": "老周扛着竹竿沿河走"}], [{"text": "新建书屋送来精神食粮"}]]
    arts = [Article(paragraphs=[*REPORT, *FEATURE])]
    assert split_at_seam(arts, groups, {0: 0}, _index(arts))
    assert [a.paragraphs for a in arts] == [REPORT, FEATURE]


def test_a_bare_column_tag_among_a_title_s_pieces_does_not_point_to_a_story():
    """A title and its column tag came out as two pieces (``…（观点）``); a story that
    happens to use the tag's word (``观点``) is no better fit for the title for it."""
    from papercli.match import _matrix

    bodies = [Article(paragraphs=["古镇保护要尊重历史，仿古建筑不能一哄而上，各地应因地制宜。"]),
              Article(paragraphs=["研究人员的观点是，植树造林对固碳贡献很大，应当坚持下去。"])]
    row = _matrix([[{"text": "仿古小镇不宜一哄而上"}, {"text": "（观点）"}]], _index(bodies))[0]
    assert row[0] > row[1]


def test_a_piece_opening_with_a_percentage_joins_the_title_cut_before_it():
    """A title set over two lines was cut before each figure (``…产值同比增`` /
    ``6.5%服务业…`` / ``7.`` / ``2%``): the piece that opens with a share goes on the
    title above, and the whole is one title, not two."""
    bodies = [Article(paragraphs=["今年一季度，全市工业产值同比增长6.5%，服务业增加值同比增长7.2%，经济运行总体平稳。"]),
              Article(paragraphs=["春节期间，市图书馆举办阅读分享会，近百名中小学生参加了活动。"])]
    entries = [{"text": "一季度工业产值同比增", "pos": 5}, {"text": "6.5%服务业增加值同比增", "pos": 6},
               {"text": "7.", "pos": 7}, {"text": "2%", "pos": 8}, {"text": "阅读分享会吸引百名学生", "pos": 9}]
    texts = [[x["text"] for x in g] for g in merge_pieces(entries, _index(bodies))]
    assert texts[0] == ["一季度工业产值同比增", "6.5%服务业增加值同比增", "7.", "2%"]


def test_a_title_whose_words_fill_its_story_s_start_finds_where_its_story_ends():
    """An unattached title of many words that its story names in its first paragraph
    and hardly after: the three paragraphs before the seam hold few of them, the
    whole story before it most, the story after none, so its story ends at the seam."""
    from papercli.seams import _story_end, _windows
    from papercli.similarity import grams

    paragraphs = [*LIBRARY, *FEATURE]
    end = _story_end(paragraphs, _windows(paragraphs), grams("全市新建一百二十个农家书屋"))
    assert end == (pytest.approx(91.7, abs=0.1), 5)


def test_a_story_starts_at_the_seam_though_the_story_before_shares_a_common_word():
    """The title names a common word (``村民``) that the story before also uses; its own
    story, which names the title late, still starts at the deep seam after that
    story: a word or two shared by chance do not hold the cut back."""
    from papercli.seams import _story_start
    from papercli.similarity import grams

    assert _story_start([*REPORT, *FEATURE], 7, grams("村民老周守着这条河")) == len(REPORT)


def test_a_label_title_that_fits_no_story_goes_to_the_one_story_left_untitled():
    """``图片报道`` names none of its story's words: once the other title has its
    story, the one title and the one story left alone belong together. A title that
    fits another story is not given to the untitled one by elimination."""
    def matched(heads: list[str]) -> Page:
        page = Page("t.txt", lines=[], articles=[Article(paragraphs=list(REPORT)), Article(paragraphs=list(FEATURE))],
                    pending_headlines=[{"text": t, "pos": 20 + i, "before": None} for i, t in enumerate(heads)])
        return match_page(page)

    page = matched(["农家书屋方便村民借阅（乡村振兴）", "图片报道"])
    assert [a.headline for a in page.articles or []] == ["农家书屋方便村民借阅（乡村振兴）", "图片报道"]
    page = matched(["农家书屋方便村民借阅（乡村振兴）", "新建农家书屋一百二十个"])
    assert (page.articles or [])[1].headline is None


def test_a_title_does_not_cut_one_paragraph_off_an_untitled_story():
    """A story's first paragraph often holds none of its title's words (an opening
    quote); an untitled article whose title's words start in its second paragraph is
    that title's story, not one paragraph of another story and the titled one."""
    story = ["“今年回来的年轻人特别多，村里一下子热闹起来了。”坐在院子里的老张笑着说，手里还在忙着扎竹篾。",
             "正月里的花灯会是小镇最热闹的时候，家家户户都会扎花灯，挂满整条老街，花灯会点亮新春的夜晚。",
             "今年的花灯会还加入了新玩法，年轻人用手机直播花灯会盛况，吸引了不少外地游客专程赶来看花灯。",
             "花灯会办得红火，小镇的民宿和小吃店也跟着忙了起来，花灯映照下的老街成了远近闻名的打卡地。"]
    arts = [Article(paragraphs=list(story))]
    assert not split_for_headlines(arts, [[{"text": "小镇花灯会点亮新春"}]], {})
    assert [a.paragraphs for a in arts] == [story]


def test_a_label_joined_to_another_title_goes_to_the_one_story_left_untitled():
    """``图片报道`` dumped just before another title (or glued to it) joins it as its kicker; the story
    it labels is left untitled. By elimination the label is that story's title, the
    other title keeps its own story whole; a kicker is not lent when two runs could
    spare one (``年味浓`` with ``老周护河``: which is the label is not known)."""
    def matched(heads: list[str], stories: list[list[str]]) -> list[str | None]:
        page = Page("t.txt", lines=[], articles=[Article(paragraphs=list(s)) for s in stories],
                    pending_headlines=[{"text": t, "pos": 20 + i, "before": None} for i, t in enumerate(heads)])
        return [a.headline and a.headline + (a.subheadline or "") for a in match_page(page).articles or []]

    assert matched(["图片报道", "农家书屋方便村民借阅"], [REPORT, FEATURE]) == ["农家书屋方便村民借阅", "图片报道"]
    # glued on one line by a space (pypdf): cut at the space, not on both of its sides
    assert matched(["图片报道 农家书屋方便村民借阅"], [REPORT, FEATURE]) == ["农家书屋方便村民借阅", "图片报道"]
    # a title's two halves of one length either side of a space are one title, not two
    assert matched(["书香四溢 借阅方便"], [REPORT, FEATURE]) == ["书香四溢 借阅方便", None]
    guard = ["社区春节联欢会上，居民们自编自演节目，舞龙舞狮、扭秧歌，台下掌声不断，联欢会一直持续到傍晚。"] * 2
    assert matched(["图片报道", "农家书屋方便村民借阅", "年味浓", "社区春节联欢会"],
                   [REPORT, guard, FEATURE]) == ["图片报道农家书屋方便村民借阅", "年味浓社区春节联欢会", None]


def test_a_box_label_set_right_before_its_story_s_text_stays_in_it():
    """An extractor that sets titles in place leaves a box's label (``核心阅读``) between
    the title and the text; the story's title stands elsewhere on the page, so the label
    is no title but the story's first paragraph, not a headline record of its own. A
    credit's role cut off its names (``新华社记者``) stays out."""
    body = ["小镇今年建起了图书馆，村民在家门口就能借书读报。", "馆里的志愿者大多是退休教师，每天轮流值班。"]
    other = ["新建的公园里游人如织，老人下棋，孩子放风筝。"]
    for label, kept in (("核心阅读", True), ("新华社记者", False)):
        page = Page("t", lines=[], lang="zh")
        page.articles = [Article(list(other)), Article(list(body))]
        page.pending_headlines = [
            {"text": "小镇有了图书馆", "pos": 0, "before": 0},
            {"text": "公园游人如织", "pos": 1, "before": 0},
            {"text": label, "pos": 5, "before": 1},
        ]
        match_page(page)
        story = page.articles[1]
        assert story.headline == "小镇有了图书馆"
        assert (story.paragraphs[0] == label) is kept
        assert any(x.text == label for x in page.loose) is not kept


def _titles_in_groups() -> list[str]:
    """Three stories, paragraphs parted by blank lines, their titles dumped after them in
    groups parted by blank lines; half of the first group fits no story."""
    stories = [
        ["入秋以来，山里的村子一下子忙了起来，金黄的稻穗压弯了腰，农户们趁着好天气抢收稻谷，田埂上到处是来来往往的身影。",
         "村里的合作社今年添了两台收割机，过去要忙半个月的活，如今三五天就能干完，农户们说起今年的收成都笑开了颜。",
         "合作社负责人说，明年还打算建一座烘干房，让稻谷收下来就能烘干入仓，不再看天吃饭。"],
        ["本报讯 城区今年新开通了三条公交线路，把几个新建小区和地铁站连了起来，居民出门方便多了。",
         "公交公司表示，新线路开通后还将根据乘客的意见调整发车时间，让大家坐得更舒心。（记者 周明）"],
        ["本报讯 河边那座有两百多年历史的古桥，经过半年的修缮，日前重新向游人开放，不少老人一早就来桥上走一走。",
         "工匠们按照老办法，一块一块地替换了松动的桥石，修好的古桥保留了原来的模样。（记者 林红）"],
    ]
    lines: list[str] = []
    for story in stories:
        for p in story:
            lines += ["　　" + x if k == 0 else x for k, x in enumerate(wrap([p], 20))] + [""]
    return [*lines, "古桥换新颜 留住老街乡愁", "", "稻谷飘香", "山村秋收农户笑开颜", "", "三条公交新线开通"]


def test_titles_dumped_in_groups_parted_by_blank_lines_stay_apart():
    """Titles dumped after the bodies in groups, a blank line between two stories'
    (the page parts its paragraphs by blank lines too), are two stories' titles even
    where half of one fits no story: that half does not run on into the next group."""
    arts = clean_page(Page("groups.txt", lines=_titles_in_groups())).articles or []
    assert [(a.headline or "") + (a.subheadline or "") for a in arts] == [
        "稻谷飘香山村秋收农户笑开颜", "三条公交新线开通", "古桥换新颜 留住老街乡愁"]


def test_the_reflow_stage_hands_on_the_blank_lines():
    """``papercli reflow -f jsonl | papercli segment`` gives what ``clean`` gives: the
    page's lines go with its blocks (the blocks' starts index them), so the blank lines
    that part title groups and set a box's label apart still count after the pipe."""
    reflowed = page_records(reflow_page(Page("groups.txt", lines=_titles_in_groups())))
    piped = match_page(page_from_state(json.loads(json.dumps(reflowed[0]))))
    whole = clean_page(Page("groups.txt", lines=_titles_in_groups()))
    assert [a.headline for a in piped.articles or []] == [a.headline for a in whole.articles or []]
    assert (piped.articles or [])[0].headline == "稻谷飘香"


def test_titles_dumped_one_a_line_and_joined_by_reflow_are_cut_at_their_line_ends():
    """Three titles dumped one a line after the stories, joined by ``reflow`` into one
    candidate: the ends of its lines (``ends``) are cuts like the marks in a glued line,
    so each title goes to its own story; with no line ends only a cut with no mark
    is found, and two titles stay glued. A title wrapped over two lines of one story's
    words stays whole."""
    index = _index([Article(paragraphs=REPORT), Article(paragraphs=MUSEUM), Article(paragraphs=VILLAGE)])
    titles = ["农家书屋方便村民借阅", "科技馆客流创下新高", "山村孩子在家门口上学"]
    joined = {"text": "".join(titles), "pos": 9}
    assert [e["text"] for e in split_glued([{**joined, "ends": [10, 19]}], index)] == titles
    assert len(split_glued([joined], index)) < 3
    wrapped = {"text": "农家书屋方便村民借阅图书", "pos": 9, "ends": [8]}
    assert [e["text"] for e in split_glued([wrapped], index)] == ["农家书屋方便村民借阅图书"]


def test_a_word_s_last_character_glued_to_the_next_title_goes_back_up():
    """The extractor set a title's last character, the end of a word cut at the line's
    end, on the next line, glued to the next story's title: it goes back up, and each
    title fits its own story. A title wrapped inside a word whose rest fits the same
    story keeps its pieces as they are (``merge_pieces`` joins them)."""
    from papercli.match import word_tails

    index = _index([Article(paragraphs=REPORT), Article(paragraphs=MUSEUM), Article(paragraphs=VILLAGE)])
    entries = [{"text": "科技馆接待观众八万人", "pos": 7}, {"text": "次山村孩子在家门口上学", "pos": 8}]
    assert [e["text"] for e in word_tails(entries, index)] == ["科技馆接待观众八万人次", "山村孩子在家门口上学"]
    assert [e["text"] for e in entries] == ["科技馆接待观众八万人", "次山村孩子在家门口上学"]  # no change in place
    wrapped = [{"text": "村口的小学刚刚建", "pos": 7}, {"text": "成孩子在家门口上学", "pos": 8}]
    assert [e["text"] for e in word_tails(wrapped, index)] == ["村口的小学刚刚建", "成孩子在家门口上学"]


def test_a_wrapped_title_s_last_words_before_a_space_go_back_up():
    """The extractor wrapped a title inside a word (``市科技馆接待观`` / ``众八万人次``)
    and glued the next story's title to its rest, with a space between: the words up
    to the space go back up, not only the character that ends the word, so each title
    is whole and fits its own story."""
    from papercli.match import word_tails

    index = _index([Article(paragraphs=REPORT), Article(paragraphs=MUSEUM), Article(paragraphs=VILLAGE)])
    entries = [{"text": "市科技馆接待观", "pos": 7}, {"text": "众八万人次 山村孩子在家门口上学", "pos": 8}]
    assert [e["text"] for e in word_tails(entries, index)] == ["市科技馆接待观众八万人次", "山村孩子在家门口上学"]


def test_a_title_piece_stopping_on_a_particle_joins_the_next():
    """A title wrapped after the particle ``的``, before the noun it qualifies
    (``让农家书屋走进新时代的`` / ``山村孩子在家门口上学``): the two pieces are one title,
    though each alone fits a different story best, since no title ends on the
    particle. A piece ending on a word with that character (``目的``) stays apart."""
    from papercli.match import merge_pieces

    index = _index([Article(paragraphs=REPORT), Article(paragraphs=MUSEUM), Article(paragraphs=VILLAGE)])
    entries = [{"text": "让农家书屋走进新时代的", "pos": 7}, {"text": "山村孩子在家门口上学", "pos": 8}]
    assert [["".join(x["text"] for x in run)] for run in merge_pieces(entries, index)] == [
        ["让农家书屋走进新时代的山村孩子在家门口上学"]]
    entries = [{"text": "农家书屋借阅图书达到目的", "pos": 7}, {"text": "山村孩子在家门口上学", "pos": 8}]
    assert len(merge_pieces(entries, index)) == 2


def test_a_title_piece_opening_on_a_particle_joins_the_piece_above_and_is_no_label():
    """A title wrapped before the particle ``的`` (``书屋和它`` / ``的读者们``): no title
    opens on the particle, so the two pieces are one title, and the first piece, though
    it fits no story (as a roundup's label does not), is not taken off the run as a
    label. A piece opening on a word that starts with the character (``的确``) stays
    apart (not held to the piece above, whatever the runs make of it)."""
    from papercli.match import merge_pieces
    from papercli.roundups import lend_labels

    index = _index([Article(paragraphs=REPORT), Article(paragraphs=MUSEUM), Article(paragraphs=VILLAGE)])
    entries = [{"text": "书屋和它", "pos": 7}, {"text": "的读者们", "pos": 8}]
    runs = merge_pieces(entries, index)
    assert [[x["text"] for x in run] for run in runs] == [["书屋和它", "的读者们"]]
    roundup = Article(paragraphs=["沙特启动古城旅游工程", "沙特宣布启动古城旅游建设工程。"])
    runs[0][0]["_score"] = 0.0
    assert not lend_labels(runs, {0: 0}, [Article(paragraphs=REPORT), roundup], [[90.0, 0.0]])
    assert entries[1]["_held"]
    entries = [{"text": "村里书屋建好了", "pos": 7}, {"text": "的确方便了村民", "pos": 8}]
    merge_pieces(entries, index)
    assert not entries[1]["_held"]


def test_two_labels_dumped_after_one_title_go_to_two_roundups():
    """Two roundups' labels (``快讯``, ``速递``) dumped one after the other after a
    title: each goes to its own untitled roundup, in turn, and the title keeps its
    story."""
    from papercli.roundups import lend_labels

    groups = [[{"text": "农家书屋方便村民借阅", "_score": 90.0}, {"text": "快讯", "_score": 0.0},
               {"text": "速递", "_score": 0.0}]]
    first = Article(paragraphs=["沙特启动古城旅游工程", "沙特宣布启动古城旅游建设工程。"])
    second = Article(paragraphs=["海南敷设海底电缆", "电缆全长五百米，今年建成。"])
    pairs = {0: 0}
    arts = [Article(paragraphs=REPORT), first, second]
    assert lend_labels(groups, pairs, arts, [[90.0, 0.0, 0.0]]) == {id(first), id(second)}
    assert [[x["text"] for x in g] for g in groups] == [["农家书屋方便村民借阅"], ["速递"], ["快讯"]]
    assert pairs == {0: 0, 1: 1, 2: 2}


def test_a_title_whose_pairs_fit_two_stories_alike_goes_to_the_one_that_uses_its_characters():
    """``雪不停`` fits a memoir and a report of snow by the same one pair (``不停``): the
    pairs tie, and the report, which uses ``雪`` again and again, wins. A title that
    fits no story by any pair gets nothing from its characters alone."""
    from papercli.match import _matrix
    from papercli.similarity import BodyIndex

    memoir = "父亲每天在地里忙个不停，从不歇脚。他说，日子是干出来的。" * 3
    snow = "入冬以来，大雪下个不停，路上积雪很厚。雪后路滑，行人很少，环卫工人连夜扫雪。" * 3
    index = BodyIndex([memoir, snow])
    assert index.scores("雪不停") == [55.0, 55.0]
    row = _matrix([[{"text": "雪不停"}]], index)[0]
    assert row[1] > row[0]
    assert _matrix([[{"text": "赶年集"}]], index)[0] == [0.0, 0.0]


def test_an_untitled_dated_item_after_a_box_of_dated_items_joins_the_box():
    """A ``数读`` box: each item a figure as its heading, a summary and its dated report;
    the second item's dateline parted it from the box, and its label fits no item, so
    it got no title. It joins the box before it, whose own items carry datelines; an
    untitled dated story after a story of one dateline stays apart."""
    box = ["3.2万件 本市快递日均业务量", "1月份，本市快递日均业务量达到3.2万件。",
           "本报北京2月19日电 （记者李明）记者从市邮政管理局获悉，快递业务量保持较快增长。",
           "120公里 今年新建绿道里程", "今年，本市计划新建绿道120公里。"]
    item = ["本报北京2月19日电 （记者王芳）市园林绿化局近日发布计划，今年将新建绿道120公里。",
            "新建绿道将串联起主要公园和滨水空间，沿线还将设置驿站、停车场和公共卫生间，方便市民休闲健身。"]
    arts = [Article(paragraphs=list(box)), Article(paragraphs=list(item))]
    merge_untitled(arts, {0: 0}, [[100.0, 0.0]])
    assert [a.paragraphs for a in arts] == [[*box, *item]]
    museum = ["本报讯 市博物馆新春特展日前开幕。", "特展将持续到元宵节后。"]
    single = [Article(paragraphs=museum), Article(paragraphs=list(item))]
    merge_untitled(single, {0: 0}, [[100.0, 0.0]])
    assert len(single) == 2


def test_a_title_with_its_subtitle_adopts_no_other_title_with_its_subtitle_beside_it():
    """Two 蘋果日報 title stacks, each a headline and its subtitle, dumped one after the
    other and fitting the same story best: the one left alone is another story's
    title, not a kicker of the attached one; a single piece beside it still is."""
    def piece(text: str, pos: int) -> dict:
        return {"text": text, "pos": pos, "_best": 0, "_score": 20.0}

    alone = [piece("癱父心繫5子 咬牙復健", 1), piece("自責無力扛家 稚兒：盼爸快好", 2)]
    owned = [piece("「化療如轟炸」 癌婦硬撐", 3), piece("孩子沒零用錢母 討蘆筍皮煮汁喝", 4)]
    groups = [list(alone), list(owned)]
    adopt_neighbours(groups, {1: 0})
    assert groups == [alone, owned]
    kicker = [piece("暖流見證", 2)]
    groups = [list(kicker), list(owned)]
    adopt_neighbours(groups, {1: 0})
    assert groups == [[], [*kicker, *owned]]


def test_a_box_heading_after_an_author_note_opens_the_next_story_with_its_summary():
    """A commentary closed by its author's note (no sentence mark at its end), then a
    box's heading and its summary over the next story (``核心阅读`` / ``…``): the note
    ends the commentary as a sentence would, so the cut goes before the heading."""
    note = "（作者为某大学经济学院教授）"
    paragraphs = [*REPORT, note, "核心阅读", "今年春节前后，记者走访了多个地方。", *FEATURE]
    k = len(REPORT) + 3
    assert _box_before(paragraphs, k) == len(REPORT) + 1
    unfinished = [*REPORT, "书屋的管理办法还在", "核心阅读", "今年春节前后，记者走访了多个地方。", *FEATURE]
    assert _box_before(unfinished, k) == k  # no end before the heading: it is none of the box's


def test_an_ocr_speck_above_a_title_is_a_fragment_not_a_kicker():
    """OCR read a speck of the photo above a title as two Latin letters on a line of
    their own: the title is matched without them, and the letters are kept as a
    fragment record, not dropped."""
    story = ["春节前夕，社区志愿者为独居老人送去年货，陪老人包饺子、贴春联，老人们笑得合不拢嘴。",
             "志愿者说，今后每个月都会来看望老人，帮老人打扫卫生、采购生活用品。"]
    lines = [*wrap(story, 16), "", "Ia", "志愿者陪老人过大年"]
    page = clean_page(Page("speck.txt", lines=lines))
    arts = page.articles or []
    assert [(a.kicker, a.headline) for a in arts if a.headline] == [(None, "志愿者陪老人过大年")]
    assert [x.type for x in page.loose if x.text == "Ia"] == ["fragment"]


def _brief(text: str, source: str, column: float) -> Article:
    return Article(paragraphs=[text, f"（据新华社{source}电 记者王明）"], column=column)


def test_boxes_of_briefs_with_their_headings_in_place_are_one_story_each_under_its_label():
    """Two boxes of short items, each item under its heading set in place and closed by
    its source in brackets, and two labels dumped with the titles (``快讯``, in no story's
    text): each box, told from the other by its column width, is one story titled by a
    label, its headings paragraphs over their items. The story before keeps its title.
    Without a label the items stay stories of their own, each titled by its heading."""
    def page(labels: list[str]) -> Page:
        arts = [Article(paragraphs=REPORT, column=40.0),
                _brief("港口新建两座泊位，年吞吐能力提高一成。", "开罗", 44.0),
                _brief("研究人员培育出耐旱小麦，产量稳定。", "堪培拉", 44.0),
                _brief("城市地铁开通夜间线路，方便市民出行。", "柏林", 22.0),
                _brief("山区学校建成新操场，学生课间有了去处。", "内罗毕", 23.0)]
        heads = ["港口新建两座泊位", "耐旱小麦培育成功", "地铁开通夜间线路", "山区学校建成操场"]
        pending = [{"text": h, "pos": 10 + 2 * k, "before": k + 1} for k, h in enumerate(heads)]
        titles = ["农家书屋方便村民借阅", *labels]
        pending += [{"text": t, "pos": 30 + k, "before": None} for k, t in enumerate(titles)]
        return Page("p", articles=arts, pending_headlines=pending, lang="zh")

    out = match_page(page(["快讯", "快讯"])).articles or []
    assert [a.headline for a in out] == ["农家书屋方便村民借阅", "快讯", "快讯"]
    assert out[1].paragraphs == ["港口新建两座泊位", "港口新建两座泊位，年吞吐能力提高一成。", "（据新华社开罗电 记者王明）",
                                 "耐旱小麦培育成功", "研究人员培育出耐旱小麦，产量稳定。", "（据新华社堪培拉电 记者王明）"]
    assert out[2].paragraphs[::3] == ["地铁开通夜间线路", "山区学校建成操场"] and len(out[2].paragraphs) == 6
    alone = match_page(page([])).articles or []
    assert [a.headline for a in alone][1:] == [
        "港口新建两座泊位", "耐旱小麦培育成功", "地铁开通夜间线路", "山区学校建成操场"]


def test_a_box_whose_item_headings_the_text_kept_is_one_story_under_its_label():
    """A box of briefs whose item headings ``segment`` kept as section headings of two
    stories (two items, then one), each item closed by its source in brackets: one box,
    titled by the label dumped with the titles; the story before keeps its title. A
    story with headings whose sections close with no source is no box."""
    def item(head: str, text: str, source: str) -> list[str]:
        return [head, text, f"（据新华社{source}电 记者王明）"]

    arts = [Article(paragraphs=REPORT, column=58.0),
            Article(paragraphs=[*item("港口新建两座泊位", "港口新建两座泊位，年吞吐能力提高一成。", "开罗"),
                                *item("耐旱小麦培育成功", "研究人员培育出耐旱小麦，产量稳定。", "堪培拉")], column=33.5),
            Article(paragraphs=item("地铁开通夜间线路", "城市地铁开通夜间线路，方便市民出行。", "柏林"), column=33.5)]
    pending = [{"text": t, "pos": 30 + k, "before": None} for k, t in enumerate(["农家书屋方便村民借阅", "快讯"])]
    from papercli.roundups import gather_briefs, headed_items

    assert headed_items(arts[1]) == 2
    page = Page("p", articles=arts, pending_headlines=pending, lang="zh")
    story = arts[0]
    (box, after), = gather_briefs(page)  # set aside before any title is matched, so none cuts a story for it
    assert box.headline == "快讯" and after is story and page.articles == [story]
    assert box.paragraphs[::3] == ["港口新建两座泊位", "耐旱小麦培育成功", "地铁开通夜间线路"]
    assert [e["text"] for e in page.pending_headlines] == ["农家书屋方便村民借阅"]
    out = match_page(Page("p", articles=arts, pending_headlines=pending, lang="zh")).articles or []
    assert [a.headline for a in out] == ["农家书屋方便村民借阅", "快讯"]
    assert headed_items(Article(paragraphs=["港口泊位", "港口新建两座泊位。", "工人们说，很好。"])) == 0


def test_a_title_set_as_a_couplet_lends_neither_half_to_a_roundup():
    """A title of two Han phrases of one length (``一人入党`` / ``全家争先``), the first
    in no story's text: it is half of a couplet, not a roundup's label, and stays with
    its run when an untitled story opens with an item's heading."""
    from papercli.roundups import lend_labels

    groups = [[{"text": "山村新风", "_score": 0.0}, {"text": "全家争先", "_score": 40.0}]]
    roundup = Article(paragraphs=["沙特启动古城旅游工程", "沙特宣布启动古城旅游建设工程。"])
    pairs = {0: 0}
    assert not lend_labels(groups, pairs, [Article(paragraphs=REPORT), roundup], [[40.0, 0.0]])
    assert [[x["text"] for x in g] for g in groups] == [["山村新风", "全家争先"]] and pairs == {0: 0}
    groups = [[{"text": "速览", "_score": 0.0}, {"text": "全家争先", "_score": 40.0}]]
    assert lend_labels(groups, {0: 0}, [Article(paragraphs=REPORT), roundup], [[40.0, 0.0]]) == {id(roundup)}


def test_an_editor_s_note_titled_by_its_label_is_parted_from_the_story_after_it():
    """A page-opening editor's note (its theme, its text, ``——编 者``) that ``segment``
    read into the dated story after it: with ``编者按`` among the dumped titles, the note
    is a story of its own under that label, and the story keeps its own title. Without
    the label the note stays over the story."""
    note = ["本期主题：乡村阅读", "本版今起推出专题，讨论农家书屋的新发展，敬请关注。", "——编 者"]
    dated = ["本报讯 " + REPORT[0], *REPORT[1:]]

    def page(titles: list[str]) -> Page:
        arts = [Article(paragraphs=[*note, *dated], dateline="本报讯")]
        pending = [{"text": t, "pos": 30 + k, "before": None} for k, t in enumerate(titles)]
        return Page("p", articles=arts, pending_headlines=pending, lang="zh")

    out = match_page(page(["编者按", "农家书屋方便村民借阅"])).articles or []
    assert [(a.headline, a.paragraphs[0]) for a in out] == [("编者按", note[0]), ("农家书屋方便村民借阅", dated[0])]
    out = match_page(page(["农家书屋方便村民借阅"])).articles or []
    assert [(a.headline, a.paragraphs[0]) for a in out] == [("农家书屋方便村民借阅", note[0])]


def test_a_box_takes_the_label_not_the_title_whose_characters_a_story_holds():
    """A box of briefs, an essay and a signed editor's note read into it: the titles
    dumped are the essay's (``逛庙会``, whose characters the essay holds but no bigram of
    it), the box's label and the note's label glued to it by the extractor (``快讯 编者按``).
    The box takes ``快讯``, the note ``编者按`` with the line set in place over it as its
    first paragraph; the essay is a story of its own."""
    essay = ["春节里，我们到村里的庙前去逛，人山人海，热闹得像开大会。", "傍晚回家，大家都说今年的年味最浓。"]
    note = ["本版今起推出专题，讨论乡村文化的新发展，敬请关注。", "——编 者"]
    arts = [Article(paragraphs=REPORT, column=58.0),
            _brief("港口新建两座泊位，年吞吐能力提高一成。", "开罗", 44.0),
            _brief("研究人员培育出耐旱小麦，产量稳定。", "堪培拉", 44.0),
            Article(paragraphs=[*note, *essay], column=23.0)]
    pending = [{"text": "港口新建两座泊位", "pos": 10, "before": 1}, {"text": "耐旱小麦培育成功", "pos": 12, "before": 2},
               {"text": "本期主题：乡村文化", "pos": 14, "before": 3}]
    pending += [{"text": t, "pos": 30 + k, "before": None}
                for k, t in enumerate(["农家书屋方便村民借阅", "逛庙会", "快讯 编者按"])]
    out = match_page(Page("p", articles=arts, pending_headlines=pending, lang="zh")).articles or []
    assert [(a.headline, a.paragraphs[0]) for a in out][:3] == [
        ("农家书屋方便村民借阅", REPORT[0]), ("快讯", "港口新建两座泊位"), ("编者按", "本期主题：乡村文化")]
    assert out[2].paragraphs[1:] == note and out[3].paragraphs == essay


def test_a_photo_report_s_credit_stays_with_the_report_when_the_story_after_it_is_cut_off():
    """A photo report (its text, then ``李明摄（影像中国）``) ran into the story after it;
    cut where the next story starts, the credit closes the report: it is short and ends
    no sentence, like a heading, but a credit with its agency in brackets heads nothing."""
    report = ["春耕时节，田间地头一片忙碌景象。", "图为村民在田里插秧。", "李明摄（影像中国）"]
    story = ["走进山村小学，孩子们正在上课。", "老师说，今年学校新添了一批图书。"]
    arts = [Article(paragraphs=[*report, *story])]
    _cut_article(arts, 0, 3)
    assert [a.paragraphs for a in arts] == [report, story]


def test_a_kinship_word_before_a_position_mark_names_no_story():
    """A caption places ``爸爸`` in its photo (``女兒來探望爸爸（左）``): a word, no name, so
    the one story that happens to say ``探望爸爸`` gets no bonus, and the caption goes to
    the story its words fit best. A real name before the mark still counts."""
    from papercli.match import _caption_target
    from papercli.model import Caption

    arts = [Article(paragraphs=["阿明每週回山上探望爸爸，爸爸每天種菜，家裡靠他一個人撐著。"]),
            Article(paragraphs=["車禍後阿強昏迷不醒，兩個女兒天天守在床邊，盼他快醒來。"])]
    index = _index(arts)
    cap = Caption("兩個女兒來探望爸爸（左），邊哭邊說：「快醒來。」")
    assert _caption_target(cap, -1, arts, index) == 1
    assert _caption_target(Caption("阿明（左）在山上種菜。"), -1, arts, index) == 0
