"""Where one story ends and the next begins, to the paragraph: a short opening
paragraph set in the next story's wider column, an opening paragraph that shares
little with the paragraph after it, a closing quote mark the extractor set on a
line of its own after a line wider than the column, a letter's signature before
its author's note, a paragraph's last line as wide as the narrower column after
it, a paragraph of two lines whose first line measures short by its marks, and a
box's label at the top of a page that another story's title could not outbid, and
a title printed twice whose first copy was glued to the title before it, a
phrase of a title that a story's last paragraphs share by chance, a note on the
person interviewed set after the note that closed the interview, a title with its
dash subtitle read as two lines of one paragraph, and two titles glued on one line
of which the first names no word of its story."""

from __future__ import annotations

from papercli.layout import measure
from papercli.model import Article, Page
from papercli.pipeline import clean_page
from papercli.reflow import dashed_title, reflow_page
from papercli.seams import _cut_article, _story_start, split_for_headlines
from papercli.similarity import BodyIndex, grams

from .test_match import REPORT
from .wrap import column_lines, wrap

CALLIGRAPHY = [
    "本报讯 腊月二十三，社区活动室里墨香阵阵，十多位书法家挥毫泼墨，为居民书写春联和福字，送上新春祝福。",
    "书法家们有的写行书，有的写隶书，一副副春联送到居民手中，大家捧着春联笑得合不拢嘴，直说年味浓。",
    "退休教师王大爷是社区的老书法迷，他说，每年都盼着这场春联会，写春联、贴春联，年味就浓了。",
]
WINTER = [
    "对多数市民来说，冬天意味着窝在家里，足不出户。",
    "然而，山城湖畔的冰雪乐园让不少市民走出了家门，滑冰场、雪圈道和冰滑梯一应俱全，吸引了不少游客前来体验。",
    "夜幕降临，冰雪乐园灯火通明，冰雕灯光秀点亮了湖畔的夜空，滑冰场上欢声笑语不断，游客纷纷拍照留念。",
    "乐园负责人说，冰雪乐园每晚开放到十点，冰雕灯光秀每半小时一场，周末还有冰上表演，欢迎市民前来。",
]


def test_a_short_opening_paragraph_in_the_wider_column_goes_with_the_story_it_opens():
    """The second story's first paragraph has two lines, too few to measure its
    column by, and the change of column shows only at the paragraph after it; but
    its first line is two characters longer than the first line of any paragraph of
    the narrower story before, so it opens the second story."""
    lines = [*wrap(CALLIGRAPHY, 14), *wrap(WINTER, 16), "", "书法家进社区写春联", "冰雪乐园点亮湖畔夜空"]
    arts = clean_page(Page("columns.txt", lines=lines)).articles or []
    assert [(a.headline, a.paragraphs) for a in arts] == [("书法家进社区写春联", CALLIGRAPHY),
                                                         ("冰雪乐园点亮湖畔夜空", WINTER)]


RIVER_OPENING = "天刚蒙蒙亮，老周就出了门。七十岁的人了，腿脚还利索，嗓门也亮。"
RIVER = [
    "老周扛着竹竿沿着河边走，竹竿一头绑着网兜，他用网兜捞起河面上的落叶，河边的塑料袋也用网兜捞起来。",
    "老周在河边住了六十年，小时候河水清得能看见鱼，后来河面上漂满落叶和塑料袋，老周就扛起竹竿和网兜沿着河边捞。",
    "邻居们看老周天天扛着竹竿在河边捞落叶，也拿起竹竿和网兜跟着他沿着河边走，河面上的落叶和塑料袋一天比一天少。",
    "如今河水清了，老周说，守着这条河，就像守着自己的家，他要扛着竹竿和网兜一直走下去，当好护河员。",
]


def test_a_story_starts_at_the_deeper_of_two_seams_in_a_row():
    """The feature opens with a short scene that names only its man (``老周``); the
    text coheres little both before and after that paragraph, and both seams could
    open the story. It opens at the deeper one, before the scene, not after it."""
    paragraphs = [*REPORT, RIVER_OPENING, *RIVER]
    assert _story_start(paragraphs, len(paragraphs) - 1, grams("老周守着这条河")) == len(REPORT)


def test_a_closing_quote_set_alone_after_a_line_wider_than_the_column_ends_that_line():
    """A quote opened in one paragraph ends on a line wider than the column
    (``…玩个痛快！``), and its closing mark came out on a line of its own; no line
    opens with a closing mark, so it ends that line instead of standing as a
    paragraph."""
    quote = "游客张女士带着一家人从外地赶来，她说：“这里的冰雕好看，孩子们玩得可开心了。"
    lines = [*wrap(WINTER[1:3], 16), *wrap([quote], 16), "明年我们还要再来，带上爷爷奶奶一起玩个痛快！", "”",
             *wrap([WINTER[3]], 16), "", "冰雪乐园点亮湖畔夜空"]
    arts = clean_page(Page("quote.txt", lines=lines)).articles or []
    assert len(arts) == 1
    assert "”" not in arts[0].paragraphs
    assert "明年我们还要再来，带上爷爷奶奶一起玩个痛快！”" in arts[0].paragraphs


def test_a_cut_before_an_authors_note_leaves_the_signature_above_it_with_its_letter():
    """A letter ends with its writer's name and the note on its author
    (``李小军`` / ``（作者为某边防连战士）``); the cut, made right before the note, goes
    after it, and the name, a short line ending no sentence, is no heading of the
    next story: it stays with its letter."""
    letter = ["亲爱的爸爸妈妈：", "春节快到了，我在边防哨所一切都好，战友们一起包饺子、贴春联，过了一个热热闹闹的年。",
              "敬礼！", "李小军", "（作者为某边防连战士）"]
    arts = [Article(paragraphs=[*letter, *WINTER])]
    _cut_article(arts, 0, 4)
    assert [a.paragraphs for a in arts] == [letter, WINTER]


def test_a_paragraphs_last_line_as_wide_as_the_narrower_column_after_it_ends_the_paragraph():
    """The last line of a paragraph set in a column 22 characters wide has 15
    characters and ends a sentence, as wide as the 16-character column of the story
    after it, whose first paragraph's first line ends a sentence too. The line
    before it is of the wider column, so the paragraph and its story end there."""
    calligraphy = [*CALLIGRAPHY[:2], "写春联、贴春联，社区里处处洋溢着喜庆祥和的节日气氛，大家都说年味浓了。"]
    winter = ["近些年来，滑冰成了社会热词。从城里到乡下，山城湖畔的冰雪乐园让不少市民走出了家门。", *WINTER[2:]]
    lines = [*wrap(calligraphy, 22), *wrap(winter, 16), "", "书法家进社区写春联", "冰雪乐园点亮湖畔夜空"]
    arts = clean_page(Page("widths.txt", lines=lines)).articles or []
    assert [(a.headline, a.paragraphs) for a in arts] == [("书法家进社区写春联", calligraphy),
                                                         ("冰雪乐园点亮湖畔夜空", winter)]


def test_a_two_line_paragraph_whose_first_line_measures_short_by_its_marks_stays_one():
    """A paragraph of two lines opens with a line full of quote marks and a question
    mark (``“年味”浓不浓？“春联会”上的老书迷``), which a typesetter may set narrow: it
    measures a little shorter than an indented first line, and its last line ends
    the paragraph. It is one paragraph, not a heading and a line of text."""
    long = ["本报讯 腊月二十三社区活动室里墨香阵阵十多位书法家挥毫泼墨为居民书写春联和福字送上新春祝福大家捧着春联"
            "笑得合不拢嘴直说今年的年味格外浓社区还请来剪纸艺人教孩子们剪窗花贴窗花热热闹闹迎新春。",
            "书法家们有的写行书有的写隶书一副副春联送到居民手中退休教师王大爷是社区的老书法迷他说每年都盼着这场春联会"
            "写春联贴春联年味就浓了他还要把今年写的春联留下来给孙子做个纪念。"]
    last = "“年味”浓不浓？“春联会”上的老书迷说了算。"
    blocks = reflow_page(Page("marks.txt", lines=[*wrap(long, 18), *wrap([last], 18), *wrap(long, 18)])).blocks
    assert [b.text for b in blocks] == [*long, last, *long]


def test_a_boxs_label_over_the_first_story_is_no_title_of_the_second():
    """A page opens with a box's label (``核心阅读``) over the first story's text, and
    its titles come after the bodies. The second story says ``核心`` and ``阅读``, and
    its own title shares few words with it, so the label fitted it better than its
    title did. The label stood over the first story, which has its own title: it
    goes back to that story, and the second story gets its title."""
    skating = ["北京时间2月10日，我国组合在四大洲花样滑冰锦标赛双人滑比赛中夺得冠军，两人时隔近一年重返赛场。",
               "站上冰场，她闭上眼睛，在自由滑比赛开始前，她需要几秒钟的时间来平复心情，阔别赛场近一年，眼前的一切既熟悉又陌生。",
               "伤病期间，两人没有停下训练的脚步，每天在康复室里一练就是几个小时，教练组也为他们量身制定了恢复计划。",
               "赛后两人表示，将以此为新起点，全力以赴备战冬奥会，争取在家门口的比赛中拿出最好的表现。"]
    lab = ["本报讯 实验室里灯火通明，科研人员正在调试新一代望远镜的核心部件，大家轮流值守，一刻也不敢放松。",
           "负责人说，团队的年轻人下班后还组织阅读会，一起攻读专业书籍，把难题一个个啃下来，核心技术掌握在自己手里。",
           "春节期间，实验室依然有人值班，大家说，守在这里，心里踏实。"]
    lines = ["核心阅读", *column_lines(skating), *column_lines(lab), "", "备战冬奥会，站上新起点", "坚守科技一线的人们"]
    arts = clean_page(Page("label.txt", lines=lines)).articles or []
    assert [(a.headline, a.paragraphs) for a in arts] == [("备战冬奥会，站上新起点", ["核心阅读", *skating]),
                                                         ("坚守科技一线的人们", lab)]


def test_a_title_glued_to_the_one_before_is_cut_where_its_second_copy_starts():
    """Two titles came out glued on one line (``社区有了首个“共享”驿站冰雪乐园点亮湖畔夜空``)
    and the second, printed twice, again on a line of its own. The closing quote
    offered a cut two characters too early (``驿站`` is no word of either story); the
    copy shows where the second title starts."""
    books = ["本报讯 社区里的共享书屋开张了，居民可以把家里读过的书放进书屋，也可以免费借走别人留下的书。",
             "书屋由志愿者轮流看管，开张不到一个月，已经收到居民捐出的图书三百多册，借阅的人越来越多。",
             "不少老人说，共享书屋开在家门口，看书方便了，邻里之间也多了交流的话题。"]
    winter = ["本报讯 " + WINTER[1], *WINTER[2:]]
    lines = [*column_lines(books), *column_lines(winter), "",
             "社区有了首个“共享”驿站冰雪乐园点亮湖畔夜空", "冰雪乐园点亮湖畔夜空"]
    arts = clean_page(Page("glued.txt", lines=lines)).articles or []
    assert [(a.headline, a.subheadline) for a in arts] == [("社区有了首个“共享”驿站", None), ("冰雪乐园点亮湖畔夜空", None)]


def test_a_phrase_a_storys_last_paragraphs_share_with_the_next_title_does_not_start_that_story():
    """The next story's title (``老周护河具有重要意义``) ends with a common phrase that the
    library story's third paragraph also uses. Its words start there, but the text
    coheres there and falls apart two paragraphs later, where the river story
    begins: the cut goes to that seam, and the library story keeps its last two
    paragraphs."""
    library = [*REPORT[:2],
               "市文化部门表示，农家书屋建设对丰富村民文化生活具有重要意义，明年将继续扩大农家书屋的覆盖面，为书屋补充新书。",
               "农家书屋的图书目录已在村委会公布。"]
    groups = [[{"text": "农家书屋方便村民借阅图书"}], [{"text": "老周护河具有重要意义"}]]
    arts = [Article(paragraphs=[*library, *RIVER])]
    assert split_for_headlines(arts, groups, {0: 0}, BodyIndex(["".join(a.paragraphs) for a in arts]))
    assert [a.paragraphs for a in arts] == [library, RIVER]


def test_a_note_on_the_person_interviewed_after_the_closing_note_stays_with_the_interview():
    """An interview closes with its note (``（王明采访整理）``), then a note on the person
    interviewed (``李华，1970年出生于安徽，…``), then the next story goes on in the
    same column. The bio shares the interview's words, not the next story's: it
    ends the interview instead of opening the next story."""
    opera = ["黄梅戏和昆曲、京剧相比还很年轻，李华说，年轻就要敢闯敢试，黄梅戏要守正创新，才能留住年轻观众。",
             "这些年，李华带着剧团走进校园，给学生讲黄梅戏的唱腔和身段，不少孩子从此爱上了黄梅戏。",
             "李华说，演了三十年黄梅戏，最大的心愿是让更多年轻人走进剧场，听一听家乡的戏。"]
    note, bio = "（王明采访整理）", "李华，1970年出生于安徽，黄梅戏演员，现任黄梅戏剧团团长。"
    lines = [*column_lines(opera), note, *column_lines([bio]), *column_lines(WINTER[1:]), "",
             "黄梅戏要守正创新", "冰雪乐园点亮湖畔夜空"]
    arts = clean_page(Page("bio.txt", lines=lines)).articles or []
    assert [(a.headline, a.paragraphs) for a in arts] == [("黄梅戏要守正创新", [*opera, note, bio]),
                                                         ("冰雪乐园点亮湖畔夜空", WINTER[1:])]


def test_a_line_with_no_mark_over_a_dash_subtitle_is_a_title_not_a_signed_paragraph():
    """A title as wide as the column above it and its dash subtitle, set under it
    (``冰雪乐园点亮山城湖畔夜空`` / ``——记山城湖畔冰雪乐园的一个夜晚``), read as one block:
    the title has no mark at all, so the dash line is its subtitle, not the source
    signing a quote (which follows a sentence)."""
    assert dashed_title(measure(["冰雪乐园点亮山城湖畔夜空", "——记山城湖畔冰雪乐园的一个夜晚"]))
    assert not dashed_title(measure(["冰雪乐园的夜晚真美。", "——一位游客"]))
    assert not dashed_title(measure(["冰雪乐园的夜晚，真美", "——一位游客"]))


def test_glued_titles_are_cut_where_one_fits_a_story_and_the_other_fits_none():
    """Two titles glued on one line (``“破烂王”变干净了“四海同春”美洲访演启幕``): the first
    names no word of its story, so no cut made both pieces fit a story, and the line
    went whole to the troupe's story. Cut at the quote, the second piece fits that
    story far better than the line did, and the first, a whole title of its own,
    goes to the story left without one."""
    junk = ["本报讯 天刚亮，老张就骑着三轮车出了门，走街串巷收纸箱、旧家电，一天下来能跑二十多公里。",
            "以前干这一行，身上总是脏兮兮的，如今回收站统一分拣打包，老张穿上了工作服，戴上了手套。",
            "老张说，收来的东西能重新派上用场，自己心里也高兴，日子越过越有奔头。"]
    troupe = ["本报讯 当地时间2月9日晚，四海同春艺术团在美洲的首场访演拉开帷幕，杂技、民乐、舞蹈轮番上演。",
              "演出启幕前，剧场外已排起长队，不少华侨华人带着孩子前来观看，台下掌声不断。",
              "据介绍，此次访演将走进多座城市，为当地观众送上新春祝福。"]
    lines = [*column_lines(junk), *column_lines(troupe), "", "“破烂王”变干净了“四海同春”美洲访演启幕"]
    arts = clean_page(Page("orphan.txt", lines=lines)).articles or []
    assert [(a.headline, a.subheadline) for a in arts] == [("“破烂王”变干净了", None), ("“四海同春”美洲访演启幕", None)]
