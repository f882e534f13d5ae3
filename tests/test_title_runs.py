"""Titles run together in the dump after the bodies: two titles glued with no mark
between them, a run of two titles that one body of two stories holds, and a column
tag closing the dump that reads like a byline."""

from __future__ import annotations

import json

import pytest

import papercli.seams as seams
from papercli.dumps import snippets
from papercli.match import bare_split
from papercli.model import Article, Page
from papercli.pipeline import clean_page
from papercli.records import page_records
from papercli.similarity import BodyIndex

from .wrap import column_lines as _lines

HEAT = [
    "供暖季里，不少居民反映家里暖气烧得太热，为何还要开窗？只好开着窗户散热，既浪费了能源，也让供暖费用居高不下。",
    "记者走访发现，一些老旧小区的供暖管网多年没有改造，楼层之间冷热不均，顶层住户热得开窗，底层住户却嫌不够暖。",
    "供暖既要保民生，也要讲节约。有关部门不妨多听听居民的意见，把管网改造和分户计量做细做实。",
]
TEA = [
    "本报讯 眼下正是春茶采摘时节，山坡上的茶园里，村民们背着竹篓忙着采茶，一派繁忙景象。",
    "近年来，村里依托合作社发展茶叶种植，茶园铺就了致富路，茶叶远销省外，山乡迎来了好光景。",
]
FILM = [
    "本报讯 纪录片《山水之间》将于今晚在电视台纪录频道首播，全片共六集，讲述了江南水乡的四季变化。",
    "据摄制组介绍，该片历时两年拍摄，记录了水乡人家的日常生活和传统手艺的传承。（记者 王明）",
]


def test_two_titles_glued_with_no_mark_between_them_are_cut_apart():
    """The last line of one title and the first of the next, read as one line with
    nothing between them (``山乡迎来好光景供暖季里，为何还`` / ``要开窗？（说道）``), are
    cut where each part fits another story: each story gets its own title."""
    lines = [*_lines(HEAT), *_lines(TEA), *_lines(FILM), "纪录片《山水之间》", "今晚首播",
             "茶园铺就致富路", "山乡迎来好光景供暖季里，为何还", "要开窗？（说道）"]
    arts = clean_page(Page("glued.txt", lines=lines)).articles or []
    titles = {a.paragraphs[0][:4]: "".join(x or "" for x in (a.headline, a.subheadline)) for a in arts}
    assert titles["供暖季里"] == "供暖季里，为何还要开窗？（说道）"
    by_start = {a.paragraphs[0][:6]: "".join(x or "" for x in (a.headline, a.subheadline)) for a in arts}
    assert by_start["本报讯 眼下"] == "茶园铺就致富路山乡迎来好光景"
    assert by_start["本报讯 纪录"] == "纪录片《山水之间》今晚首播"


def test_a_title_that_fits_one_story_is_not_cut_without_a_mark():
    """A title whose two halves fit the same story and a dash subtitle are no glued
    titles; two titles are, and no piece they are cut into opens with a comma."""
    index = BodyIndex(["".join(HEAT), "".join(TEA)])
    assert bare_split("供暖季里，为何还要开窗？", index) is None
    assert bare_split("——记茶园铺就的致富路", index) is None
    parts = bare_split("茶园铺就致富路，供暖季里为何还要开窗", index) or []
    assert not any(p.startswith("，") or p.endswith("，") for p in parts)
    assert bare_split("茶园铺就致富路供暖季里为何还要开窗", index) == ["茶园铺就致富路", "供暖季里为何还要开窗"]


FAIR = [
    "“这里的山水养人，这里的故事动人。”开幕式上，县长的一番话引来阵阵掌声。",
    "3月2日，山城文旅推介会在省会举行，来自各地的旅行社代表和媒体记者齐聚一堂，共话山城文旅发展。",
    "推介会内容丰富，现场，山城的非遗手艺人带来了剪纸、竹编和木雕等绝活，不少代表驻足观看。",
    "山城历史悠久，古镇古村星罗棋布。县文旅局负责人介绍，今年山城将推出十条精品旅游线路。",
    "一位旅行社代表说，山城的山水和民俗很有特色，推介会让他们对山城旅游有了新的认识。",
    "推介搭台，文旅唱戏。",
    "山城文旅推介活动是山城扩大对外开放的新举措，也是山城文旅走向全国的新起点。",
]
READ = [
    "内容提要",
    "阅读是一座随身携带的避难所，全民阅读需要每个人的参与，更需要书店、图书馆和学校携起手来",
    "近年来，全民阅读活动在城乡广泛开展，越来越多的人重新拿起书本，阅读正在成为一种生活方式。",
    "书店是城市的文化客厅。不少实体书店转型升级，举办读书会、讲座和展览，吸引读者走进书店。",
    "图书馆同样大有可为。一些地方的图书馆延长开放时间，开设自助借阅点，让读者借书还书更加方便。",
    "推动全民阅读，还要从娃娃抓起。学校要为学生留出阅读时间，引导他们养成良好的阅读习惯。",
    "让阅读成为习惯，让书香充满城乡，全民阅读之路才能越走越宽。",
]
#: cohesion across each paragraph boundary of FAIR + READ, as a page shows it: the two
#: stories part at a floor of two gaps about as low, either side of the box label, and
#: the story above ends in short paragraphs that cohere little with anything
PROFILE = [0.3, 0.3, 0.3, 0.25, 0.065, 0.079, 0.036, 0.0355, 0.1, 0.5, 0.5, 0.5, 0.5]


def test_a_run_of_two_titles_cuts_its_body_at_a_seam_whose_floor_is_two_gaps(monkeypatch: pytest.MonkeyPatch):
    """Two stories ran together, and the dump's two titles (the second with its dash
    subtitle) were joined as the title of the whole. The stories part either side of
    a box label (``内容提要``), two gaps about as low, after short paragraphs that
    cohere little: climbed from either gap of that floor the valley is deep, so the
    body and the run of titles are cut there."""
    paragraphs = [*FAIR, *READ]
    assert len(PROFILE) == len(paragraphs) - 1
    monkeypatch.setattr(seams, "gap_cohesion", lambda ps: PROFILE)
    arts = [Article(paragraphs=list(paragraphs))]
    groups = [[{"text": "让全民阅读之路越走越宽"}, {"text": "山城文旅推介会在省会举行"}, {"text": "——记山城文旅推介活动"}]]
    assert seams.split_at_seam(arts, groups, {0: 0}, BodyIndex(["".join(paragraphs)]))
    assert [a.paragraphs for a in arts] == [FAIR, READ]
    assert [[x["text"] for x in g] for g in groups] == [
        ["让全民阅读之路越走越宽"], ["山城文旅推介会在省会举行", "——记山城文旅推介活动"]]


def test_a_column_tag_closing_the_title_dump_does_not_sign_it():
    """Title lines dumped after the bodies, the last closed by its column tag after a
    question mark (``要开窗？（说道）``), read like a story signed in brackets; the tag
    names no person, so the run is still a dump to take apart. A writer's name, a
    story of running text, or a tag on a line of its own (taken apart, its text would
    be lost with the byline) keeps it a story."""
    lines = [["纪录片《山水之间》", "今晚首播"], ["茶园铺就致富路", "山乡迎来好光景"],
             ["供暖季里，为何还", "要开窗？（说道）"]]
    dump = Article(paragraphs=["纪录片《山水之间》今晚首播茶园铺就致富路山乡迎来好光景供暖季里，为何还要开窗？"],
                   byline="说道")
    assert snippets(dump, lines)
    signed = Article(paragraphs=dump.paragraphs, byline="王明")
    assert not snippets(signed, lines)
    story = Article(paragraphs=HEAT, byline="说道")
    assert not snippets(story, [_lines([p]) for p in HEAT])
    apart = [*lines[:-1], ["供暖季里，为何还", "要开窗？"]]  # the tag stood on the next line
    assert not snippets(dump, apart)


def test_a_story_closed_by_a_note_after_its_last_sentence_may_end_at_that_note(monkeypatch: pytest.MonkeyPatch):
    """The last paragraph of a series' commentary carries the editor's note after its
    last sentence (``…新起点。（本系列报道到此结束）``): it ends with a bracket, not a
    stop, and the story may still end there when the titles point apart."""
    fair = [*FAIR[:-1], FAIR[-1] + "（本系列报道到此结束）"]
    paragraphs = [*fair, *READ]
    monkeypatch.setattr(seams, "gap_cohesion", lambda ps: [0.3, 0.3, 0.3, 0.25, 0.2, 0.25, 0.01, 0.3, 0.3, 0.5,
                                                            0.5, 0.5, 0.5])
    arts = [Article(paragraphs=list(paragraphs))]
    groups = [[{"text": "山城文旅推介会在省会举行"}, {"text": "——记山城文旅推介活动"}, {"text": "让全民阅读之路越走越宽"}]]
    assert seams.split_at_seam(arts, groups, {0: 0}, BodyIndex(["".join(paragraphs)]))
    assert [a.paragraphs for a in arts] == [fair, READ]


@pytest.mark.parametrize(("floor", "cut"), [(0.01, True), (0.2, False)])
def test_a_title_whose_story_this_article_holds_takes_the_side_its_own_title_leaves(
        monkeypatch: pytest.MonkeyPatch, floor: float, cut: bool):
    """At a seam deep enough to part two stories on its own, the article's own title
    lies all on one side; an unattached title whose words this article holds best,
    as many on either side (``城乡书香新起点``), has its story on the other side. At
    a shallower seam that is no evidence, and the article stays whole."""
    paragraphs = [*FAIR, *READ]
    profile = [0.5] * (len(paragraphs) - 1)
    profile[len(FAIR) - 1] = floor
    monkeypatch.setattr(seams, "gap_cohesion", lambda ps: profile)
    arts = [Article(paragraphs=list(paragraphs))]
    groups = [[{"text": "山城文旅推介会在省会举行"}], [{"text": "城乡书香新起点"}]]
    assert seams.split_at_seam(arts, groups, {0: 0}, BodyIndex(["".join(paragraphs)])) is cut
    assert [a.paragraphs for a in arts] == ([FAIR, READ] if cut else [paragraphs])


def test_a_label_drawn_twice_does_not_join_the_title_drawn_once_after_it():
    """A column label printed twice (fake bold, ``山水快讯``), whose words fit another
    story a little, stands before a title printed once: one title's lines are printed
    alike, so the label is not that title's kicker (on a tie, a run that fits no
    better together would join). A title whose two lines are both printed twice stays
    one, and a dash subtitle printed once still goes under the title drawn twice."""
    lines = [*_lines(HEAT), *_lines(TEA), *_lines(FILM), "山水快讯", "山水快讯", "茶园铺就致富路", "山乡迎来好光景",
             "纪录片《山水之间》", "纪录片《山水之间》", "今晚首播", "今晚首播", "——记水乡四季",
             "供暖季里，为何还要开窗？（说道）"]
    page = clean_page(Page("bold.txt", lines=lines))
    titles = {a.paragraphs[0][:6]: "".join(x or "" for x in (a.kicker, a.headline, a.subheadline))
              for a in page.articles or []}
    assert titles["本报讯 眼下"] == "茶园铺就致富路山乡迎来好光景"
    assert titles["本报讯 纪录"] == "纪录片《山水之间》今晚首播——记水乡四季"
    assert [x.text for x in page.loose] == ["山水快讯"]


def test_a_column_tag_on_a_line_of_its_own_after_the_dump_is_kept():
    """A title's column tag that stands on the line after it (``（说道）``) reads like a
    byline on its own line; the dump it closes is not taken apart with it, so the tag's
    text is not lost."""
    lines = [*_lines(HEAT), *_lines(TEA), *_lines(FILM), "纪录片《山水之间》", "今晚首播", "茶园铺就致富路",
             "山乡迎来好光景", "供暖季里，为何还要开窗？", "（说道）"]
    records = page_records(clean_page(Page("own.txt", lines=lines)))
    assert "说道" in json.dumps(records, ensure_ascii=False)


def test_a_title_line_wrapped_onto_a_lone_character_printed_once_still_joins_its_second_line():
    """A title printed twice (fake bold) whose first line wrapped onto a lone character
    that the extractor kept once (``茶园铺就致富`` twice / ``路`` once), then its second
    line printed twice: the first unit's own lines are printed unlike, so its style says
    nothing, and the two lines stay one title of the story they fit (the word they share,
    ``茶园``, counts once for the two together, so they fit no better joined than apart)."""
    lines = [*_lines(HEAT), *_lines(TEA), *_lines(FILM), "茶园铺就致富", "茶园铺就致富", "路", "山乡茶园好光景",
             "山乡茶园好光景", "纪录片《山水之间》今晚首播", "供暖季里，为何还要开窗？（说道）"]
    page = clean_page(Page("wrapped.txt", lines=lines))
    titles = {a.paragraphs[0][:6]: "".join(x or "" for x in (a.kicker, a.headline, a.subheadline))
              for a in page.articles or []}
    assert titles["本报讯 眼下"] == "茶园铺就致富路山乡茶园好光景"
