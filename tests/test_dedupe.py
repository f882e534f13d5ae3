import pytest

from papercli.dedupe import (
    collapse_doubled_punctuation,
    dedupe_page,
    drop_repeated_lines,
    trim_overlaps,
    undouble_line,
    undouble_lines,
    undouble_runs,
    undouble_spans,
)
from papercli.model import Page


@pytest.mark.parametrize(("raw", "fixed"), [
    ("离石区文艺下乡演出现场离石区文艺下乡演出现场。。 王艳王艳 摄摄", "离石区文艺下乡演出现场。 王艳 摄"),
    ("离离石石区区文文艺艺下下乡乡 王王艳艳", "离石区文艺下乡 王艳"),
    ("家门口有服务站，真方便家门口有服务站，真方便", "家门口有服务站，真方便"),
    ("为民服务不妨多想一步（今日谈为民服务不妨多想一步（今日谈））", "为民服务不妨多想一步（今日谈）"),
    ("王艳王艳 摄摄", "王艳 摄"),
])
def test_fake_bold_doubling_is_undone(raw, fixed):
    assert undouble_spans(raw) == fixed


@pytest.mark.parametrize("keep", [
    "文明理事人人夸", "一条条粉红色的谜语", "阵阵笑声", "研究研究", "我们要研究研究这个问题",
    "看看", "家家户户", "谢谢", "人人",
])
def test_real_reduplication_is_kept(keep):
    assert undouble_spans(keep) == keep


def test_short_doubled_line_next_to_a_doubled_one():
    assert undouble_spans("摄摄", neighbour_doubled=True) == "摄"
    assert undouble_spans("摄摄") == "摄摄"


def test_doubled_stops():
    assert collapse_doubled_punctuation("现场。。") == "现场。"
    assert collapse_doubled_punctuation("……") == "……"


def test_repeated_lines_and_blocks():
    lines = ["离石区：聚焦九大重点任务", "开创高质", "离石区：聚焦九大重点任务", "开创高质",
             "量发展新局面", "量发展新局面"]
    assert drop_repeated_lines(lines) == ["离石区：聚焦九大重点任务", "开创高质", "量发展新局面"]


def test_partly_merged_fake_bold_line():
    assert drop_repeated_lines(["演出现场", "演出现场。", "正文"]) == ["演出现场。", "正文"]


def test_different_lines_stay():
    lines = ["第一行文字", "", "第二行文字", "第一行文字"]
    assert drop_repeated_lines(lines) == lines


def test_two_stories_signed_alike_keep_both_credits():
    """Reading order set the same credit of two stories side by side: it is no fake
    bold repeat, and neither copy is dropped."""
    lines = ["真的好感慨！」", "（報導．攝影╱韓旭爾）", "（報導．攝影╱韓旭爾）", "作業員、扛起家計重擔"]
    assert drop_repeated_lines(lines) == lines
    assert drop_repeated_lines(["演出现场", "演出现场"]) == ["演出现场"]


def test_two_stories_that_open_or_close_alike_keep_both():
    """Reading order set two stories' own dateline lines side by side, or a story's
    last line, ending in its credit, next to another story's credit: no copy goes."""
    for lines in (["活跃群众的精神文化生活。", "本报讯", "本报讯", "2月15日，离石区"],
                  ["行撥款紓困。（報導．攝影╱韓旭爾）", "（報導．攝影╱韓旭爾）", "母打零工困窘撐家"]):
        assert drop_repeated_lines(lines) == lines
    assert drop_repeated_lines(["标题文字", "标题文字", "本报讯"]) == ["标题文字", "本报讯"]


def test_a_word_of_the_story_across_a_line_break_is_no_stair():
    """A short phrase the story uses elsewhere, ending one line and opening the next
    where reading order set them side by side, stays; the same phrase among other
    stairs of an offset fake-bold copy goes."""
    body = ["社区居民们兴趣浓厚，", "社区居民感受到传统节日的气息。", "增进了联系和情感交流。社区居民",
            "社区居民，有的玩套圈游戏，", "得到了喜欢的礼物。"]
    assert trim_overlaps(body) == body
    stairs = ["她無力工作，", "也無力工作。", "阿涵（右一）與丈夫阿洋（左二", "與丈夫阿洋（左二）罹患膽管癌，無力工作",
              "無力工作，憂妻與二子"]
    assert trim_overlaps(stairs)[-2:] == ["）罹患膽管癌，無力工作", "，憂妻與二子"]
    alone = [*stairs[:2], "丈夫阿洋（左二）罹患膽管癌，無力工作", "無力工作，憂妻與二子"]
    assert trim_overlaps(alone) == alone


def test_the_short_steps_of_a_fake_bold_stair_go_with_it():
    """A caption printed twice, its two copies cut at different places and read line
    by line in turn: after a long step, the shorter ones (a bracket's close and comma,
    a three-character phrase, a closing quote) repeat the line before too and go, so
    the caption reads once. Lines far from any long step keep such short repeats."""
    stairs = ["阿明（中）看著孩子們在院子裡玩（右", "看著孩子們在院子裡玩（右），", "），「他們一直問", "我累不累，很欣慰",
              "很欣慰。」", "。」"]
    assert "".join(trim_overlaps(stairs)) == "阿明（中）看著孩子們在院子裡玩（右），「他們一直問我累不累，很欣慰。」"
    body = ["村裡新修了一條路，很欣慰", "很欣慰的是村民都來幫忙。"]
    assert trim_overlaps(body) == body
    # a step that would leave a line opening on a colon is none: the line keeps its words
    said = ["阿明（左）教女兒做菜（右", "教女兒做菜（右），太太說", "太太說：「希望女兒學會照顧自己",
            "「希望女兒學會照顧自己。」"]
    assert not any(ln.startswith("：") for ln in trim_overlaps(said))


def test_a_title_piece_before_the_line_that_opens_with_its_words_stays():
    """Reading order set a title piece right before a body line that opens with its
    words, which the story uses elsewhere too: no fake-bold partial copy. Partial
    copies in a run of them (a title drawn twice, cut differently) still go."""
    body = ["找准新需求，做好新供给，中国的消费市场不缺顾客。", "一动力，对于消费潜力的讨论常", "找准新需求",
            "找准新需求、做好新供给说", "起来容易，做起来却有难度。"]
    assert drop_repeated_lines(body) == body
    titles = ["离石区", "离石区：聚焦九大重点任务", "聚焦九大重点任务", "本报讯 离石区离石区离石区"]
    assert drop_repeated_lines(titles) == ["离石区：聚焦九大重点任务", "本报讯 离石区离石区离石区"]


def test_lines_whose_copies_went_are_marked_as_printed_twice():
    """``copied`` collects the lines kept for a copy dropped: a line printed twice, a
    block printed twice, the longer of a partial copy and a line repeated with a stop."""
    copied: set[str] = set()
    lines = ["标题文字", "标题文字", "第一行", "第二行", "第一行", "第二行", "演出现场", "演出现场。", "正文没有重复。"]
    assert drop_repeated_lines(lines, copied=copied) == ["标题文字", "第一行", "第二行", "演出现场。", "正文没有重复。"]
    assert copied == {"标题文字", "第一行", "第二行", "演出现场。"}


def test_lines_printed_twice_as_a_whole_are_told_from_doubled_spans():
    """``page.whole`` holds the lines printed twice as one run (a repeated line, a line
    doubled whole); a line doubled span by span may be titles glued, so only ``bold``."""
    from papercli.dedupe import dedupe_page
    from papercli.model import Page

    lines = ["老街换新颜", "老街换新颜", "社区食堂开张社区食堂开张", "王王艳艳 摄摄", "正文没有重复，这是一行正文。"]
    page = dedupe_page(Page("t", lines=lines, lang="zh"))
    assert page.whole == {"老街换新颜", "社区食堂开张"}
    assert page.bold == {"老街换新颜", "社区食堂开张", "王艳 摄"}


def test_a_short_line_repeated_with_a_stop_goes_only_among_fake_bold_copies():
    """Under four characters, a line followed by itself with a stop is dropped only
    right after a line already known as printed twice (the end of a stair of copies)."""
    lines = ["老人们在食堂吃饭", "真热闹", "真热闹。"]
    assert drop_repeated_lines(lines) == lines
    assert drop_repeated_lines(lines, copied={"老人们在食堂吃饭"}) == ["老人们在食堂吃饭", "真热闹。"]


def test_both_sides_of_a_stair_of_copies_are_marked_as_printed_twice():
    copied: set[str] = set()
    out = trim_overlaps(["他笑著說：「這些菜很新鮮", "「這些菜很新鮮，快來買吧"], copied=copied)
    assert out == ["他笑著說：「這些菜很新鮮", "，快來買吧"]
    assert copied == {"他笑著說：「這些菜很新鮮", "，快來買吧"}


def test_a_tag_printed_twice_after_its_title_s_copy_goes():
    """A bracketed line repeated right after itself stays when it signs two stories
    alike, but goes in a run of fake-bold copies: the title's tag."""
    signed = ["大家都说这样的活动好。", "（王艳）", "（王艳）", "正文又开始了。"]
    assert drop_repeated_lines(signed) == signed
    titled = ["老街换新颜", "老街换新颜", "（新春走基层）", "（新春走基层）", "正文又开始了。"]
    assert drop_repeated_lines(titled) == ["老街换新颜", "（新春走基层）", "正文又开始了。"]


def test_a_title_of_two_pieces_drawn_twice_and_glued_after_another_title_is_printed_once():
    """pypdf glues the dumped titles on one line and draws a fake-bold title twice,
    each copy spaced as printed: the second copy goes, a real overlap of two glued
    lines stays."""
    glued_titles = "春运保障有力（权威发布）山村通了 公交车 山村通了 公交车"
    assert undouble_runs(glued_titles) == "春运保障有力（权威发布）山村通了 公交车"
    assert undouble_runs("山村通了 公交车 山村通了 公交车") == "山村通了 公交车"
    glued = "乡村的夜晚，灯火的 夜晚，灯火的光亮"
    assert undouble_runs(glued) == glued


def test_short_words_and_closers_that_pypdf_drew_twice_span_by_span_are_printed_once():
    """pypdf draws each span of a fake-bold title twice: a word of two or three Han
    with the mark after it (``春运春运，，``), the closing bracket or quote after a run
    (``（百姓说））``), and a label standing alone among the titles (``速览速览``, once
    the page has shown doubling). Real reduplication and a closer that ends what the
    line before opened stay."""
    page = Page("glued.txt", lines=[
        "春联写到心坎上春联写到心坎上",  # shows the page's doubling
        "社区新貌（今日谈） 春运春运，，一路都是平安的归途（百姓说一路都是平安的归途（百姓说））",
        "期待“好消息期待“好消息””到来",
        "速览速览",
        "我们要研究研究这个问题",
        "报道））",
    ])
    assert [ln.strip() for ln in dedupe_page(page).lines] == [
        "春联写到心坎上",
        "社区新貌（今日谈）",  # drawn once, glued to the title drawn twice: a title of its own
        "春运，一路都是平安的归途（百姓说）",
        "期待“好消息”到来",
        "速览",
        "我们要研究研究这个问题",
        "报道））",
    ]


def test_a_title_drawn_twice_parts_from_the_titles_glued_to_it_drawn_once():
    """pypdf glues the titles it emits; one of them drawn twice (fake bold) shows where
    it starts and ends: the text drawn once either side is another title, set on a
    line of its own. A sentence drawn twice (a caption's) and a quote the run opened
    stay on their line."""
    page = Page("glued.txt", lines=[
        "冬游攻略 山村通了公交车山村通了公交车",
        "书香满校园书香满校园让阅读成为习惯",
        "老人笑得合不拢嘴。老人笑得合不拢嘴。村民们围过来看热闹",
        "期待“好消息期待“好消息””到来",
        "社区新貌（今日谈）春运路上暖人心（百姓说）春运路上暖人心（百姓说）",
    ])
    assert [ln.strip() for ln in dedupe_page(page).lines] == [
        "冬游攻略", "山村通了公交车", "书香满校园", "让阅读成为习惯",
        "老人笑得合不拢嘴。村民们围过来看热闹", "期待“好消息”到来",
        "社区新貌（今日谈）", "春运路上暖人心（百姓说）"]  # the closer stays with the title it ends


def test_a_title_copy_that_lost_its_closer_to_its_twin_goes():
    """pdfminer sets both closers of a fake-bold title on the first copy
    (``…（百姓说））`` then ``…（百姓说``); pdftotext sets the second copy's closer on
    the next title line (``」…``). The cut copy goes and the title reads once, as a
    title of its own before its story; a line really repeated with one Han is kept."""
    from papercli.pipeline import clean_page

    from .wrap import PARAS, wrap
    page = clean_page(Page("a.txt", lines=[
        "一路都是平安的归途（百姓说））", "一路都是平安的归途（百姓说", "", *wrap(PARAS, 16)], lang="zh"))
    assert [a.headline for a in page.articles] == ["一路都是平安的归途（百姓说）"]
    assert page.articles[0].paragraphs[0].startswith("本报讯")
    cut = ["「我要回家过年」", "「我要回家过年", "」老人的心愿", "正文。"]
    lines = dedupe_page(Page("b.txt", lines=cut, lang="zh")).lines
    assert [ln.strip() for ln in lines if ln.strip()] == ["「我要回家过年」", "老人的心愿", "正文。"]
    assert dedupe_page(Page("c.txt", lines=["“好”", "“好", "正文。"], lang="zh")).lines == ["“好”", "“好", "正文。"]


def test_two_fake_bold_copies_cut_at_other_places_like_stairs_read_once():
    """Two copies of a caption or title, each line of the second cut a character later
    and set after the first's (``（前）`` / ``（前`` / ``）与…``), lose the second copy;
    a heading followed by a line that opens with its words stays."""
    lines = [
        "刘大爷（左）", "刘大爷（左", "）和老伴在院子里晒太阳", "和老伴在院子里晒太阳，",
        "，日子越过越红火", "日子越过越红火。", "", "正文第一段。",
    ]
    out = dedupe_page(Page("s.txt", lines=lines, lang="zh")).lines
    assert [ln.strip() for ln in out if ln.strip()] == [
        "刘大爷（左）", "和老伴在院子里晒太阳，", "日子越过越红火。", "正文第一段。"]
    kept = ["乡村振兴", "乡村振兴的路越走越宽，村民们的日子越过越好。", "正文。"]
    assert dedupe_page(Page("k.txt", lines=list(kept), lang="zh")).lines == kept


def test_the_end_of_a_title_s_copy_set_before_the_title_goes():
    """pdfminer may set the end of a fake-bold title's second copy on a line before
    the title, whose start it doubled span by span (``春潮涌`` / ``新年到新年到，，春潮涌``):
    the piece goes; a heading before a body line that ends with its words stays, as
    that line was printed once."""
    page = dedupe_page(Page("t", lines=["春潮涌", "新年到新年到，，春潮涌", "", "正文没有重复，这是一行正文。"], lang="zh"))
    assert [x for x in page.lines if x.strip()] == ["新年到，春潮涌", "正文没有重复，这是一行正文。"]
    kept = ["剪纸艺术", "当地人热爱剪纸，剪纸艺术", "代代相传，至今不衰。"]
    assert dedupe_page(Page("t", lines=list(kept), lang="zh")).lines == kept


def test_stairs_of_copies_cut_at_a_title_s_space_are_found():
    """A title of two phrases printed twice: one copy on one line with its space, the
    other cut at the space over two lines (``万家灯火 照亮归途（新春走基层`` /
    ``万家灯火`` / ``照亮归途（新春走基层））``): the cut copy goes."""
    lines = ["万家灯火 照亮归途（新春走基层", "万家灯火", "", "照亮归途（新春走基层））", "", "正文没有重复，这是一行正文。"]
    out = [x for x in dedupe_page(Page("t", lines=lines, lang="zh")).lines if x.strip()]
    assert out[0].startswith("万家灯火 照亮归途（新春走基层") and len(out) == 2


def test_the_start_of_a_title_s_copy_set_after_the_title_goes():
    """The mirror case: the start of the second copy set on a line after the title,
    whose mark it doubled (``新年到，，春潮涌`` / ``新年到``): the piece goes; a line that
    merely opens with the title's words after a title printed once stays."""
    page = dedupe_page(Page("t", lines=["新年到，，春潮涌", "新年到", "", "正文没有重复，这是一行正文。"], lang="zh"))
    assert [x for x in page.lines if x.strip()] == ["新年到，春潮涌", "正文没有重复，这是一行正文。"]
    kept = ["新年到，春潮涌", "新年到", "正文没有重复，这是一行正文。"]
    assert dedupe_page(Page("t", lines=list(kept), lang="zh")).lines == kept


def test_closers_merged_into_the_copy_that_goes_stay_with_the_copy_kept():
    """A title of two phrases printed twice, one copy with its space on one line and
    without its closer, the other cut at the space with both copies' closers
    (``万家灯火 照亮归途（新春走基层`` / ``万家灯火`` / ``照亮归途（新春走基层））``): the cut
    copy goes and the copy kept gets the closer it lacked, so no mark is lost."""
    lines = ["万家灯火 照亮归途（新春走基层", "万家灯火", "", "照亮归途（新春走基层））", "", "正文没有重复，这是一行正文。"]
    out = [x for x in dedupe_page(Page("t", lines=lines, lang="zh")).lines if x.strip()]
    assert out == ["万家灯火 照亮归途（新春走基层）", "正文没有重复，这是一行正文。"]
    # a closer of the copy kept on the line after the stair stays where it is, and is not given twice
    lines = ["为“候鸟人", "为“候鸟人”", "”安好家（民生视线", "安好家（民生视线）", "）", "正文没有重复，这是一行正文。"]
    out = [x for x in dedupe_page(Page("t", lines=lines, lang="zh")).lines if x.strip()]
    assert "".join(out).count("）") == 1


@pytest.mark.parametrize(("raw", "fixed"), [
    ("社区志愿者为老人理发。 王艳王艳 摄摄", "社区志愿者为老人理发。 王艳 摄"),
    ("遊客在老屋茶館前拍照。陳怡君陳怡君 攝攝", "遊客在老屋茶館前拍照。陳怡君 攝"),
    ("他说人人夸 夸夸", "他说人人夸 夸夸"),
])
def test_a_credit_drawn_twice_after_a_caption_drawn_once_is_undone(raw, fixed):
    """pypdf draws a caption's credit twice span by span while the caption's text, in
    another font, is drawn once: the credit is undone, real reduplication is not."""
    page = dedupe_page(Page("t", lines=["正文第一段，讲述了活动的情况。", raw], lang="zh"))
    assert page.lines[1] == fixed


def test_a_title_whose_two_copies_an_extractor_crossed_over_two_lines_is_kept_once():
    """pdfminer sets one fake-bold copy of a title whole on a line beside a piece of the
    other copy, and the other piece on the next line, either way round
    (``老街新貌老街新貌 遊客回流`` / ``遊客回流``, ``老街新貌 遊客回流遊客回流`` /
    ``老街新貌``): the title is kept once, with its space, and not cut into two titles."""
    body = "正文沒有重複，這是一行正文。"
    for crossed in (["老街新貌老街新貌 遊客回流", "遊客回流"], ["老街新貌 遊客回流遊客回流", "老街新貌"]):
        page = dedupe_page(Page("t", lines=[*crossed, "", body], lang="zh"))
        assert [x for x in page.lines if x.strip()] == ["老街新貌 遊客回流", body]
    # a doubled character is reduplication, no piece of a copy
    kept = ["好好 學習", "學習", body]
    assert "好好 學習" in dedupe_page(Page("t", lines=list(kept), lang="zh")).lines


def test_a_short_title_drawn_twice_parts_from_the_title_glued_before_it():
    """pypdf glues the titles it emits: ``他们的课堂 统计统计`` is a title drawn once and a
    label of two Han drawn twice span by span. The label is printed once and set on a
    line of its own, so that the two are no longer one title; only the label counts as
    drawn twice. Glued to nothing drawn once, or with no space before it, nothing parts."""
    page = Page("p", lines=["村里的孩子们放学后去图书室。", "他们的课堂 统计统计", "速览速览"], lang="zh")
    page.bold.add("速览")  # the page shows doubling elsewhere
    out = undouble_lines(page, page.lines)
    assert out == ["村里的孩子们放学后去图书室。", "他们的课堂 ", "统计", "速览"]
    assert "统计" in page.bold and "他们的课堂 统计" not in page.bold
    assert undouble_line("他们的课堂统计统计", False, False, True) == "他们的课堂统计统计"
