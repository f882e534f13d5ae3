"""Stories that ran together, told apart by their order and by the pieces of their
titles: an unattached title whose story comes second, a phrase of a title shared by
chance, a column tag set on a line of its own (after a title or after its question
mark), a title set as a couplet, and bulleted summary points over a story that
opens with its dateline."""

from __future__ import annotations

from papercli.match import join_runs, parallel
from papercli.model import Article, Page
from papercli.pipeline import clean_page
from papercli.seams import split_for_headlines
from papercli.similarity import BodyIndex

from .wrap import column_lines

COUPLETS = [
    "本报讯 腊月二十三，社区活动室里墨香阵阵，十多位书法家挥毫泼墨，为居民书写春联和福字。",
    "书法家们有的写行书，有的写隶书，一副副春联送到居民手中，大家捧着春联笑得合不拢嘴。",
    "退休教师王大爷是社区的老书法迷，他说，每年都盼着这场春联会，写春联、贴春联，年味就浓了。",
    "社区负责人介绍，春联书写活动已经连续举办八年，今年还增设了剪纸和灯谜，吸引了不少孩子。",
]
SKATE = [
    "寒假里，家住城东的小李每天都要去公园转一转，看看湖面上的冰雪，再和同学约着打一场雪仗。",
    "今年冬天，山城湖畔新建的冰雪乐园正式开放，滑冰场、雪圈道和冰滑梯一应俱全，市民纷至沓来。",
    "夜幕降临，冰雪乐园灯火通明，冰雕灯光秀点亮了湖畔的夜空，滑冰场上欢声笑语不断。",
    "乐园负责人说，冰雪乐园每晚开放到十点，冰雕灯光秀每半小时一场，周末还有冰上表演。",
    "另据了解，公交公司新开了两条夜班线路，末班车延至晚上十一点，方便游客夜间游玩后乘车出行返家。",
    "交警部门也加强了周边道路的疏导，在几个路口增设了临时停车场和指示牌，提醒市民错峰出行、文明停车，遇到拥堵听从指挥。",
]


def test_an_unattached_title_whose_story_comes_second_cuts_where_that_story_starts():
    """The article carries the first story's title; the second story's title, left
    alone, is named most in that story's last paragraphs, before two closing
    paragraphs about buses and traffic. Its story comes after the owner's, so it does not end at that
    notice (which would leave the two stories one and the notice cut off): the cut
    goes where its story starts."""
    groups = [[{"text": "书法家进社区写春联"}], [{"text": "冰雪乐园灯光秀点亮湖畔夜空"}]]
    arts = [Article(paragraphs=[*COUPLETS, *SKATE])]
    assert split_for_headlines(arts, groups, {0: 0}, BodyIndex(["".join(a.paragraphs) for a in arts]))
    assert [a.paragraphs for a in arts] == [COUPLETS, SKATE]


def test_a_column_tag_on_a_line_of_its_own_closes_the_title_above_it():
    """A title's column tag came out on a line of its own (``（岁末看经济）``); its word
    (``经济``) fits the next story better, but a bare tag is no title: it closes the
    title above it."""
    index = BodyIndex(["".join(COUPLETS), "".join(SKATE), "今年一季度全市经济运行平稳，岁末年初各项经济指标向好。"])
    units = [[{"text": "书法家进社区写春联", "pos": 1}], [{"text": "（岁末看经济）", "pos": 2}],
             [{"text": "冰雪乐园点亮湖畔夜空", "pos": 3}]]
    runs = [[x["text"] for x in r] for r in join_runs(units, index)]
    assert runs == [["书法家进社区写春联", "（岁末看经济）"], ["冰雪乐园点亮湖畔夜空"]]


def test_the_second_half_of_a_couplet_title_with_its_marks_stays_with_the_first():
    """A title set as a couplet, each half a phrase and a quoted word (``书法家写下“新春联”`` /
    ``老乡们盼来“好年景”``): the second half names nothing of the story, and a piece that
    fits no story would open the next title; the two halves match mark for mark, so
    they are one title. A line printed twice is no couplet of itself."""
    index = BodyIndex(["".join(COUPLETS), "".join(SKATE)])
    units = [[{"text": "书法家写下“新春联”", "pos": 1}], [{"text": "老乡们盼来“好年景”", "pos": 2}],
             [{"text": "冰雪乐园点亮湖畔夜空", "pos": 3}]]
    runs = [[x["text"] for x in r] for r in join_runs(units, index)]
    assert runs == [["书法家写下“新春联”", "老乡们盼来“好年景”"], ["冰雪乐园点亮湖畔夜空"]]
    assert not parallel("书法家写下“新春联”", "书法家写下“新春联”")


def test_two_titles_of_one_shape_each_closed_by_its_column_tag_stay_two_titles():
    """Two titles dumped one after the other, each closed by its own column tag and of
    the same shape (``书法家进社区写春联（新春走基层）`` / ``冰雪乐园点亮了夜空（城市新观察）``
    after a title of one piece): a title closed by its tag has no second half, so the
    second opens a title of its own, and neither is glued to the titles around it."""
    index = BodyIndex(["".join(COUPLETS), "".join(SKATE), "春运期间客流集中，铁路部门增开临客列车。"])
    titles = ["铁路增开临客列车", "书法家进社区写春联（新春走基层）", "冰雪乐园点亮了夜空（城市新观察）"]
    assert not parallel(titles[1], titles[2])
    units = [[{"text": t, "pos": k, **dict(zip(("_best", "_score"), index.best(t), strict=True))}]
             for k, t in enumerate(titles, 1)]
    assert [[x["text"] for x in r] for r in join_runs(units, index)] == [[t] for t in titles]


def test_summary_points_over_a_dateline_stay_with_the_story_the_dateline_opens():
    """Two bulleted points set in a wider box over a story, one of them read as two
    paragraphs (a full line of the box ends a sentence), then the story's dateline:
    the points are the story's summary, not a story of their own."""
    points = ["■", "做好春运工作事关群众切身利益，各地要把安全放在首位，让旅客平安", "回家过年。",
              "■", "春运期间客流集中，要加强运力调配。", "铁路部门增开临客列车，保障旅客出行需要，让群众走得了、走得好。"]
    body = column_lines([
        "新华社北京1月10日电 全国春运电视电话会议10日召开，会议部署了今年的春运工作，要求各地各部门周密安排。",
        "会议指出，今年春运预计旅客发送量将达三十亿人次，各地要加强运力调配，做好应急保障。",
    ])
    page = clean_page(Page("points.txt", lines=[*points, *body, "", "让旅客平安回家过年"]))
    arts = page.articles or []
    assert len(arts) == 1
    assert arts[0].headline == "让旅客平安回家过年"
    assert arts[0].paragraphs[0].startswith("■") and arts[0].paragraphs[-1].startswith("会议指出")


def test_a_story_starts_at_the_seam_though_the_story_before_shares_a_phrase_of_its_title():
    """The title's first words (``借阅图书的``, four bigrams of eleven) are a phrase the
    story before uses; its own story names the title only in its last paragraph. The
    phrase counts as one word shared by chance, so the story still starts at the deep
    seam after the story before."""
    from papercli.seams import _story_start
    from papercli.similarity import grams

    from .test_match import FEATURE, REPORT

    assert _story_start([*REPORT, *FEATURE], 7, grams("借阅图书的老周守着这条河")) == len(REPORT)


def test_a_question_title_closed_by_its_column_tag_on_a_line_of_its_own_is_a_title():
    """In the titles dumped after two signed stories, a title ending with its question
    mark and its column tag on the next line (``冰雪乐园夜里去哪儿玩？`` / ``（说道）``)
    reads like a one-line story signed in brackets; it is a title, and its story gets
    it whole, tag and all."""
    couplets = [*COUPLETS[:3], COUPLETS[3] + "（王明）"]
    skate = ["本报讯 " + SKATE[1], *SKATE[2:4], SKATE[4] + "（李华）"]
    lines = [*column_lines(couplets), *column_lines(skate), "书法家进社区写春联", "冰雪乐园夜里去哪儿玩？", "（说道）"]
    arts = clean_page(Page("question.txt", lines=lines)).articles or []
    assert [(a.headline, a.byline) for a in arts] == [("书法家进社区写春联", "王明"),
                                                     ("冰雪乐园夜里去哪儿玩？（说道）", "李华")]


def test_a_title_set_as_a_couplet_is_one_title_though_its_halves_fit_two_stories():
    """A title of two halves of seven characters each (``茶园兴旺山歌暖`` /
    ``乡风文明气象新（乡村振兴）``), the second closed by its column tag: the first half's
    words fit another story a little better, but halves of as many characters with
    no mark are one title set as a couplet, not two titles."""
    bodies = ["村里的茶园兴旺起来，乡风文明气象新，家家户户讲卫生，村容村貌焕然一新，文明新风吹进山村。",
              "春天到了，茶园兴旺，采茶姑娘唱着山歌走进茶园，茶农的日子越过越红火。"]
    index = BodyIndex(bodies)
    texts = ["茶园兴旺山歌暖", "乡风文明气象新（乡村振兴）"]
    units = [[{"text": t, "pos": k, "_best": index.best(t)[0], "_score": index.best(t)[1]}] for k, t in enumerate(texts)]
    assert [u[0]["_best"] for u in units] == [1, 0]
    assert [[x["text"] for x in r] for r in join_runs(units, index)] == [texts]


CANTEEN = [
    "社区食堂受欢迎",
    "家住老城区的张奶奶今年八十岁了，儿女都在外地工作，以前一日三餐常常凑合，如今社区食堂开到了家门口。",
    "食堂每天供应两荤两素一汤，老人凭卡就餐还有补贴，行动不便的老人可以电话预约，志愿者把饭菜送上门。",
]


def test_an_unattached_story_in_the_middle_still_ends_where_a_headed_third_story_starts():
    """The article holds three stories: its own title's first, the unattached title's
    second, and a third that opens with its heading (``社区食堂受欢迎``). The second
    story's end, right before that heading, is where it is cut first."""
    groups = [[{"text": "书法家进社区写春联"}], [{"text": "冰雪乐园灯光秀点亮湖畔夜空"}]]
    skate = SKATE[:4]
    arts = [Article(paragraphs=[*COUPLETS, *skate, *CANTEEN])]
    assert split_for_headlines(arts, groups, {0: 0}, BodyIndex(["".join(a.paragraphs) for a in arts]))
    assert [a.paragraphs for a in arts] == [[*COUPLETS, *skate], CANTEEN]


def test_a_title_that_fits_its_story_weakly_ends_it_where_the_owner_s_story_starts():
    """The article carries the second story's title; the first story's title, left
    alone, names under half of its words, all in that story's last paragraphs (too
    few to seek where its story ends), and clearly more of them before the second
    story than after: the cut goes where the owner's story starts, not where the
    unattached title's words start."""
    fair = ["本报讯 新春将至，城南街道组织开展传统文化系列活动，邀请辖区居民一起感受浓浓年味。",
            "活动当天，街道文化站里人头攒动，志愿者们忙着布置场地、摆放桌椅，准备笔墨纸砚。",
            "街道工作人员介绍，今年的活动持续一周，每天安排不同的内容，让居民在家门口过个文化年。",
            "书法家们挥笔泼墨，一副副写好的春联整齐地摆放在桌上，墨香飘满了整间活动室。",
            "居民们排着队领取春联，社区里的老人说，书法家写的春联字好，贴在门上格外喜庆。",
            "写春联的场面吸引了不少孩子围观，工作人员还准备了红纸，让孩子们学着写福字。"]
    groups = [[{"text": "书法家挥毫写春联 墨香飘进社区"}], [{"text": "冰雪乐园灯光秀点亮湖畔夜空"}]]
    arts = [Article(paragraphs=[*fair, *SKATE])]
    assert split_for_headlines(arts, groups, {1: 0}, BodyIndex(["".join(a.paragraphs) for a in arts]))
    assert [a.paragraphs for a in arts] == [fair, SKATE]


LANTERNS = [
    "入冬以来，小城的广场上热闹起来，工人们忙着搬运冰砖，准备迎接一年一度的冰雕盛会。",
    "广场上的冰砖是从城外的河里采来的，工人们把冰砖运到广场，冰雕师傅们连夜赶工雕刻冰灯。",
    "冰雕师傅老张说，广场上的每块冰砖都要挑透亮的，雕出来的冰雕和冰灯才好看，游客才喜欢。",
    "老张干冰雕这一行已经二十多年，每年冬天都要在广场上忙一个多月，手上的冻疮从没断过。",
    "今年广场上的冰雕有城楼、有龙凤，还有孩子们喜欢的卡通形象，师傅们每天工作十几个小时。",
    "为了让冰雕更结实，师傅们往冰砖缝里浇水，一夜之间冰砖就冻成一体，冰雕稳稳立在广场上。",
    "小城的冰雕在周边小有名气，每年都有不少外地游客专程赶来，看师傅们在广场上雕刻冰砖。",
    "冰灯节开幕当晚，广场上的冰灯次第亮起，冰雕在灯光下晶莹剔透，映照着北国的冬夜。",
    "游客们在广场的冰雕和冰灯间穿行拍照，冰灯节点亮了北国冬夜，小城的广场上欢声笑语。",
    "据了解，本届冰灯节将持续到正月底，广场上的冰灯每晚准时点亮，吸引游客来北国赏冰灯。",
]


def test_a_story_closed_by_its_author_s_note_ends_there_though_the_next_title_s_words_come_late():
    """The first story closes with its author's note in brackets, no sentence mark at
    its end; the second, whose title is left unattached, names the title's words
    most in its last paragraphs, seven paragraphs in. That story reaches back to the
    deep seam after the note (a note that closes a story ends it as a sentence does)."""
    groups = [[{"text": "书法家进社区写春联"}], [{"text": "冰灯节点亮北国冬夜"}]]
    first = [*COUPLETS, "（作者为社区文化站站长）"]
    arts = [Article(paragraphs=[*first, *LANTERNS])]
    assert split_for_headlines(arts, groups, {0: 0}, BodyIndex(["".join(a.paragraphs) for a in arts]))
    assert [a.paragraphs for a in arts] == [first, LANTERNS]
