from collections import Counter

from papercli.join import join_cjk, join_latin
from papercli.layout import measure
from papercli.model import Page
from papercli.reflow import _Reflower, reflow_page

from .wrap import PARAS, wrap


def blocks(lines, lang="zh"):
    return [(b.kind, b.text) for b in reflow_page(Page("t", lines=lines, lang=lang)).blocks]


COLUMN = wrap(PARAS, 16)


def test_paragraphs_from_indent_and_short_lines():
    assert blocks(COLUMN) == [("body", p) for p in PARAS]


def test_column_width_changes_between_articles():
    other = ["本报讯 另一篇报道的正文写在更宽的栏里，内容同样是完整的句子。", "第二段也写在这一栏里，直到文章结束为止。"]
    out = blocks(wrap(PARAS, 16) + wrap(other, 22))
    assert [t for _, t in out] == PARAS + other


def test_blank_line_after_every_line_is_ignored():
    spaced = [x for ln in COLUMN for x in (ln, "")]
    assert blocks(spaced) == blocks(COLUMN)


def test_full_line_ending_a_sentence_does_not_break_without_evidence():
    para = "今天在这里召开会议，讨论下一步的工作安排和具体任务的分工等。会议由主任主持，各部门负责人参加会议并发言。"
    lines = wrap([para], 16)
    assert lines[1].endswith("。")
    assert blocks(lines) == [("body", para)]


def test_headline_lines_stay_apart_and_wrapped_quote_joins():
    lines = [*COLUMN, "", "青少年阅读分享会举行", "", "市图书馆开展“书香", "校园”系列活动"]
    out = blocks(lines)
    assert ("line", "青少年阅读分享会举行") in out
    assert ("line", "市图书馆开展“书香校园”系列活动") in out


def test_byline_and_caption_lines():
    out = blocks([*COLUMN, "（王艳）", "阅读分享会现场。 张晓斌 摄"])
    assert out[-2] == ("byline", "（王艳）")
    assert out[-1] == ("caption", "阅读分享会现场。 张晓斌 摄")


def test_latin_lines_join_with_spaces_and_dehyphenate():
    lines = ["The committee met on Monday to discuss the con-",
             "stitution of the new society and its well-known",
             "rules, which were adopted without a vote by the",
             "members present at the meeting last week."]
    out = blocks(lines, "latin")
    assert len(out) == 1
    assert "constitution of the new society and its well-known rules" in out[0][1]


def test_joiners():
    assert join_cjk("献血救", "人 白衣天使") == "献血救人 白衣天使"
    assert join_cjk("本报讯", "为进一步") == "本报讯 为进一步"
    assert join_latin("Hoch-", "schule") == "Hochschule"
    assert join_latin("Hoch¬", "schule") == "Hochschule"
    assert join_latin("well-", "known", Counter({"well-known": 1})) == "well-known"
    assert join_latin("end of", "line") == "end of line"


def test_short_last_line_before_a_narrower_column_ends_its_paragraph():
    """The last line of a 17-wide paragraph is as long as a full line of the 13-wide
    column after it; it still ends its paragraph, because the full line before it
    belongs to the wider column."""
    wide = ["据了解，该县近日还将建立返乡创业人才信息库，对表现突出的青年，优先推荐参加各类培训并作重点培养。"]
    narrow = ["编者按：为了解农村发展的具体情况，记者近日赴多个乡镇调研，以期提供可资借鉴的案例。",
              "怎么种田，谁来种田？近年来，当地交出了新的答卷。"]
    lines = wrap([PARAS[1], *wide], 17, indent=0) + wrap(narrow, 13, indent=0)
    assert len(lines[6]) == 14  # a little longer than the narrow column
    assert [t for _, t in blocks(lines)][:3] == [PARAS[1], wide[0], narrow[0]]


def test_dateline_cut_off_in_its_own_font_does_not_end_the_paragraph():
    """``本报北京2月19日电`` / ``（记者刘志强）日前，…`` was one printed line: together
    they are full, so the paragraph runs on into the next line."""
    para = ("本报北京2月19日电 （记者林晓）日前，市交通局、市生态环境局联合印发《关于加强城区"
            "噪声治理的指导意见》，提出强化部门联合执法，共同整治夜间施工扰民等突出问题。")
    lines = wrap([para], 26, indent=0)
    cut = [lines[0][:10], lines[0][11:], *lines[1:]]  # the dateline on a line of its own
    assert cut[0] == "本报北京2月19日电"
    assert [t for _, t in blocks(cut)] == [para]


def test_a_photo_report_credit_cut_into_name_pieces_is_one_paragraph():
    """``蒋云`` / ``罗`` / ``嘉摄影报道``: an extractor cut the credit where its fonts change."""
    from papercli.lineends import credit_pieces

    lines = ["灯光映照着工友们的笑脸。", "蒋云", "罗", "嘉摄影报道", "“近几年儿科发展比较"]
    assert credit_pieces(lines) == {1, 2}
    assert credit_pieces(["他们的笑脸。", "摄影报道"]) == set()


def test_a_section_label_and_a_signature_stand_as_paragraphs_of_their_own():
    """``【点评】`` and ``——@上兵伐谋`` are whole lines: neither joins the text after it,
    and a bracketed label is no dateline (it starts no story)."""
    from papercli.model import Page
    from papercli.pipeline import clean_page

    comment = ["厉害，令人钦佩，在基层一天，造福百姓一天，遂了平生愿，大家都要向他学习。"]
    view = ["以什么样的心态看待驻村扶贫，决定着第一书记的工作姿态和状态，也决定着驻村工作的成效和质量。"]
    lines = ["【点评】", *wrap(view, 16), "【网言网语】", *wrap(comment, 16), "——@一新", *wrap(PARAS[1:], 16)]
    arts = clean_page(Page("labels.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [["【点评】", *view, "【网言网语】", *comment, "——@一新", *PARAS[1:]]]


def test_a_dateline_cut_before_its_reporter_bracket_keeps_it():
    """``本报约翰内斯堡2 月`` / ``14 日电`` / ``（记者吕强）``: the bracket is the
    dateline's reporter, not the byline of a story made of the dateline alone."""
    from papercli.model import Page
    from papercli.pipeline import clean_page

    lines = ["本报约翰内斯堡2 月", "14 日电", "（记者吕强）", *wrap(PARAS[1:], 16)]
    arts = clean_page(Page("dateline.txt", lines=lines)).articles or []
    assert len(arts) == 1 and arts[0].byline is None
    assert arts[0].paragraphs[0].startswith("本报约翰内斯堡2月14日电 （记者吕强）活动中")


def test_a_bulleted_summary_before_the_dateline_opens_the_same_story():
    """``■`` on a line of its own, its point after it (short by the bullet), then the
    dateline paragraph: one story that opens with its summary."""
    from papercli.model import Page
    from papercli.pipeline import clean_page

    points = ["改革开放四十年的经验告诉我们，做好改革发展稳定各项工作离不开法治，越深入越要强调法治",
              "法治是最好的营商环境，要把平等保护贯彻到立法、执法、司法、守法等各个环节"]
    lines = []
    for p in points:
        lines += ["■", p[:9], *wrap([p[9:]], 12, indent=0)]
    lines += wrap(PARAS, 16)
    arts = clean_page(Page("summary.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [["■" + p for p in points] + PARAS]


def test_a_justified_line_with_digits_in_it_is_no_paragraph_end():
    """``黃光廷的 55 歲前妻阿`` filled its column with the gaps around the digits;
    without them (``despace``) it measures short, so each switch of script may be
    a little wider (:func:`papercli.lineends.switch_slack`). A line as short
    without digits still ends its paragraph."""
    from papercli.pipeline import clean_page

    lines = ["採訪時，他在病房告訴記者", "黃光廷的 55 歲前妻阿", "月說，小時家貧僅讀到小二",
             "就開始做童工，與前夫婚後", "生了兒子小育。"]
    para = "".join(lines).replace(" ", "")
    arts = clean_page(Page("gaps.txt", lines=[*wrap(PARAS[:1], 12), *lines])).articles or []
    assert [p for a in arts for p in a.paragraphs][-1] == para
    lines[1] = "黃光廷的前妻阿"
    para = "".join(lines)
    short = clean_page(Page("gaps.txt", lines=[*wrap(PARAS[:1], 12), *lines])).articles or []
    assert [p for a in short for p in a.paragraphs][-2:] == [para[:19], para[19:]]


def test_an_author_note_ends_its_paragraph_and_story():
    """``（作者为…）`` closes a contribution even when the next story's first line
    follows it in the same column."""
    note = "（作者为某大学航天工程学教授，本报记者采访整理）"
    lines = [*wrap(PARAS[:1], 12), note[:12], note[12:], *wrap(PARAS[1:], 12)]
    assert [t for _, t in blocks(lines)][1:3] == [note, PARAS[1]]


def test_a_heading_then_a_first_line_that_lost_its_indent():
    """A heading inside a story (``入冬後沒零工可做``), then the paragraph's first
    line, short by its lost indent: the heading is no first line (the line after it
    is short too), and the first line after it goes on into its paragraph."""
    para = ("阿月有高血壓等病，每月靠三款低收補助過日子，如今更煩惱入冬以後花生產季一過，零工很少。"
            "黃光廷僅有一弟，仍單身的弟弟說，幼時喪父，母親改嫁，兄弟倆相依為命，如今也只能盡力幫忙。")
    lines = [*wrap(PARAS[:2], 12), "入冬後沒零工可做", para[:10], *wrap([para[10:]], 12, indent=0)]
    assert [t for _, t in blocks(lines)] == [*PARAS[:2], "入冬後沒零工可做", para]


def test_a_title_line_closed_by_its_tag_is_no_first_line():
    """``壮举（国际论坛）`` after a title line that ended: a title, not a paragraph's
    first line that lost its indent, even before a full line."""
    lines = [*wrap(PARAS[:2], 11), "一项了不起的科技", "壮举（国际论坛）", *wrap(PARAS[2:3], 11, indent=0)]
    assert [t for _, t in blocks(lines)][2:4] == ["一项了不起的科技", "壮举（国际论坛）"]


def test_a_source_note_cut_over_lines_stays_one_block():
    """``数据来源：天津市发展和改`` / ``革委员会``: the note's tail is no title line."""
    lines = [*wrap(PARAS[:2], 12), "数据来源：天津市发展和改", "革委员会", *wrap(PARAS[2:], 12)]
    out = blocks(lines)
    assert ("line", "数据来源：天津市发展和改革委员会") in out
    assert [t for _, t in out if t.startswith("革")] == []


def test_a_picture_and_text_credit_cut_into_pieces_is_one_paragraph_that_ends_its_story():
    """``曹`` / ``一图`` / ``杨立新文``: who took the picture and who wrote the words,
    cut where the fonts change; the story after it starts a paragraph of its own."""
    lines = [*wrap(PARAS[:1], 12), "曹", "一图", "杨立新文", *wrap(PARAS[1:], 12)]
    out = [t for _, t in blocks(lines)]
    assert out[1] == "曹一图杨立新文" and out[2] == PARAS[1]


def test_a_name_in_brackets_after_a_title_line_is_its_column_tag_not_a_byline():
    """``（文化周刊）`` looks like a byline (``（王艳）``), but it follows a title line:
    it is the title's column tag and stays a title piece, not the byline of a story."""
    lines = [*wrap(PARAS[:2], 12), "青少年阅读分享会举行", "（文化周刊）", *wrap(PARAS[2:], 12)]
    out = blocks(lines)
    assert ("line", "（文化周刊）") in out and ("line", "青少年阅读分享会举行") in out
    after_text = [*wrap(PARAS[:2], 12), "（王艳）", *wrap(PARAS[2:], 12)]
    assert ("byline", "（王艳）") in blocks(after_text)


def test_a_reporter_line_under_a_heading_is_a_paragraph_of_its_own():
    """``本报记者 李晓明`` under a two-line heading of a roundup's part: the column
    width cannot be measured among such short lines, but the reporter line by its
    own text stands alone, before the part's first paragraph (spaces or not)."""
    para = "除夕的街道，格外安静。消防站里，值班的队员们守着电话，一有警情就立刻出发，把平安送到千家万户。"
    for reporter in ("本报记者 李晓明", "本报记者李晓明"):
        lines = [*wrap(PARAS[:1], 11), "城南消防", "除夕夜里守平安", reporter, *wrap([para], 11, indent=0)]
        out = [t for _, t in blocks(lines)]
        assert reporter in out and para in out, out


def test_a_line_far_wider_than_its_column_before_a_blank_line_stands_alone():
    """A page with a blank line between blocks (pdfminer): a title set across three
    columns, then a blank line and the story's first line, is no line of that story,
    though it ends no sentence and is not short."""
    title = "追求匠心需要精益求精（在奋斗者身边）的年轻人"
    lines = [*wrap(PARAS[:1], 12), "", title, "", *wrap(PARAS[1:], 12)]
    out = [t for _, t in blocks(lines)]
    assert title in out and PARAS[1] in out


def test_a_short_tail_of_a_summary_without_punctuation_ends_it():
    """A summary set without end punctuation whose last line holds two characters
    (``…产生强劲推`` / ``动力``), near the editor's two-line signature (``——编`` / ``者``):
    such short lines make no column of their own, so the tail is measured against the
    full lines and ends its paragraph."""
    summary = ("青年电影人大展才华，他们思路开阔、创意勃发、姿态昂扬，"
               "展示了主流文艺的高人气和好口碑，将对未来电影创作产生强劲推动力")
    note = "春节档电影好看又叫座，观众走进影院过大年，成了新年俗。这股热潮从哪里来，又说明了什么？值得思考。"
    lines = [*wrap([note], 28, indent=0), "——编", "者", *wrap([summary], 28, indent=0), *wrap(PARAS, 28, indent=0)]
    assert lines[lines.index("者") + 3] == "动力"
    out = [t for _, t in blocks(lines)]
    assert summary in out and PARAS[0] in out


def test_a_last_line_set_glyph_by_glyph_stays_in_its_paragraph():
    """``…撥款暫紓他生`` / ``活`` / ``窘`` / ``迫`` / ``。``: an extractor set the last line of
    a paragraph one glyph a line; the glyphs join their paragraph."""
    para = "目前他有低收資格，雖有醫費補助，但無生活津貼，當地公所曾協辦救助金，基金會獲悉，也先撥款暫紓他生活窘迫。"
    cut = len(para) - 4  # the glyphs of 活窘迫。, after full lines
    lines = [*wrap(PARAS[:1], 12), *wrap([para[:cut]], 12), *para[cut:], *wrap(PARAS[1:], 12)]
    assert [t for _, t in blocks(lines)] == [PARAS[0], para, *PARAS[1:]]


#: a box narrower than the column, its lines cut inside words (``迎着困`` / ``难上``)
BOX = ["以只争朝夕的精神，迎着困", "难上，奔着问题去，以实", "际行动迎接新的挑战。"]
STORY = [
    "春节前夕，市文化馆组织书法家走进社区，为居民义务书写春联，现场墨香四溢，年味渐浓，前来求字的居民络绎不绝，大家都说这样的活动办到了心坎上。",
    "不少居民早早排起了长队，一位老人捧着刚写好的春联说，这是今年收到的最好的新年礼物，回家就要贴在大门上，让一家人都沾沾喜气。",
]


def test_a_short_line_cut_inside_a_word_goes_on_in_the_next():
    texts = [t for _, t in blocks([*wrap(STORY[:1], 16), *BOX, *wrap(STORY[1:], 16)])]
    assert texts == [STORY[0], "".join(BOX), STORY[1]]


def test_a_word_across_lines_is_no_evidence_when_the_next_line_is_wider():
    """A short line followed by a wider one may be followed by another column's line
    (read across columns): there a word formed across the join is chance."""
    lines = [*wrap(STORY[:1], 16), "只争朝夕，迎着困", "难上，奔着问题去，以实际行动迎接", "新的挑战。"]
    texts = [t for _, t in blocks(lines)]
    assert "只争朝夕，迎着困" in texts


def test_an_indented_first_line_a_character_short_opens_a_paragraph():
    """``当前，经济下行压力加`` is the indented first line of a paragraph that could
    not fit its next character: short of the column by the indent and one more
    character, after a line that ends a sentence."""
    first = ["今年以来全省农业农村发展持", "续向好形势进一步巩固为保持",
             "经济持续健康发展和社会大局", "稳定奠定了坚实可靠的基础。"]
    second = ["当前，经济下行压力加", "大外部环境发生深刻变化形势", "越是复杂做好农业工作越具有", "特殊的重要性和紧迫性。"]
    assert [t for _, t in blocks([*first, *second])] == ["".join(first), "".join(second)]


def test_two_titles_closed_by_their_column_tags_are_no_paragraph():
    """Two title lines at the column's width, each closed by its column tag, are two
    titles, not a paragraph."""
    titles = ["中国5G手机成亮点（礼赞70年）", "开着暖气，为啥还吹冷气？（说道）"]
    out = blocks(COLUMN + titles)
    assert [t for _, t in out[-2:]] == titles


def test_a_title_printed_twice_is_no_line_of_the_wider_one_after_it():
    """Fake bold prints each dumped title twice (``dedupe`` keeps one and marks it in
    ``page.bold``): a wider line after a title is another title, not its second line."""
    from papercli.dedupe import dedupe_page

    titles = ["河畔新开一家书屋", "居民读书有去处", "“这份年礼送到了心坎上！”（新春走基层）", "老街换新颜", "游客纷至沓来"]
    page = dedupe_page(Page("t", lines=[*COLUMN, *[t for title in titles for t in (title, title)]], lang="zh"))
    assert set(titles) <= page.bold
    texts = [b.text for b in reflow_page(page).blocks]
    assert titles[2] in texts and titles[1] in texts


def test_pieces_of_a_caption_whose_bold_copies_overlapped_stay_one_paragraph():
    """Stairs of fake bold: what is left of a line after its overlap went still opens
    with the end of the line before (too short to be cut), bold or not: one caption."""
    caption = ["老人们在新开的社区食堂（左）吃午饭", "吃午饭，都说饭菜可口又实惠。"]
    page = Page("t", lines=[*COLUMN, *caption], lang="zh")
    page.bold = {caption[0]}
    assert reflow_page(page).blocks[-1].lines == caption


def test_a_lone_mark_counts_as_no_fake_bold_line():
    """A stop left of a stair of copies (``。``) is marked as printed twice, and the
    same mark ends a paragraph's last line elsewhere on the page: it joins as usual."""
    last = "据介绍，图书馆今年还将推出更多面向青少年的阅读推广活动项目"  # two lines, no stop
    page = Page("t", lines=[*wrap(PARAS[:2], 16), *wrap([last], 16), "。"], lang="zh")
    page.bold = {"。"}
    assert [b.text for b in reflow_page(page).blocks] == [*PARAS[:2], last + "。"]


def test_a_title_ending_on_a_mark_and_its_column_tag_after_a_title_is_no_paragraph():
    """Among the titles dumped after the bodies, ``…真热闹！（新春走基层）`` is a title
    closed by its column tag, not a one-line paragraph signed by a byline."""
    out = blocks([*COLUMN, "社区食堂开张", "年货市场真热闹！（新春走基层）"])
    assert out[-2:] == [("line", "社区食堂开张"), ("line", "年货市场真热闹！（新春走基层）")]
    assert blocks([*COLUMN, "年货市场真热闹！（新春走基层）"])[-1][0] == "body"  # after a paragraph: as before


def test_a_tag_after_a_title_printed_twice_is_no_byline_even_at_the_column_width():
    """A bracketed word after a title line as wide as the column would be a byline
    after a paragraph's line; after a title printed in fake bold it is the title's tag."""
    title = "河畔新开的社区书屋成了居民好去处"
    page = Page("t", lines=[*COLUMN, title, "（新春走基层）"], lang="zh")
    assert [b.kind for b in reflow_page(page).blocks][-1] == "byline"
    page = Page("t", lines=[*COLUMN, title, "（新春走基层）"], lang="zh")
    page.bold = {title, "（新春走基层）"}
    assert [(b.kind, b.text) for b in reflow_page(page).blocks][-2:] == [("line", title), ("line", "（新春走基层）")]


def test_a_title_wrapped_inside_a_word_stays_one_line_block():
    """Two standalone lines where a word of the dictionary runs across the join
    (``艺术`` / ``馆``) are one heading or title wrapped, not two."""
    out = blocks([*COLUMN, "社区里新开的艺术", "馆，居民常来看展"])
    assert out[-1] == ("line", "社区里新开的艺术馆，居民常来看展")
    assert blocks([*COLUMN, "社区里新开的书屋", "馆，居民常来看展"])[-2:] == [
        ("line", "社区里新开的书屋"), ("line", "馆，居民常来看展")]


def test_a_quote_standing_as_a_line_is_a_heading_not_an_indented_first_line():
    """A line a little short of the column after a paragraph's end reads as the next
    paragraph's first line that lost its indent; one quote with no stop or comma in
    it is a heading of its own (``「日子總會好起來」``)."""
    heading = "「日子總會好起來」"  # 9 characters in a column of 12
    after = "社區志工每週都來探望阿嬤，陪她聊天、幫她打掃屋子，還替她申請了補助。"
    lines = [*wrap(PARAS[:2], 12), heading, *wrap([after], 12, indent=0)]
    assert [t for _, t in blocks(lines)] == [*PARAS[:2], heading, after]


def test_the_rest_of_a_dateline_line_cut_over_two_lines_does_not_end_the_paragraph():
    """``新华社杭州3月`` / ``4日电`` / ``市气象台`` / ``今天发布…``: the dateline, set in a
    wider font and cut over two lines, left a short rest of its printed line; a
    paragraph does not end there, short as the line is, unless a sentence ends."""
    para = ("新华社杭州3月4日电 市气象台今天发布消息说，受冷空气影响，本周后期全市将出现一次"
            "明显降温过程，最低气温可降至零下，请市民注意防寒保暖，出行注意交通安全。")
    lines = wrap([para], 24, indent=0)
    cut = ["新华社杭州3月", "4日电", "市气象台", *wrap([para[para.index("今天"):]], 24, indent=0)]
    assert lines[0].startswith(cut[0] + "4日电")
    assert [t for _, t in blocks(cut)] == [para]


def test_a_line_a_little_wider_than_its_column_of_short_paragraphs_goes_on():
    """A column of short paragraphs has too few full lines close together to measure
    its one line with fewer marks, which sets two characters more: that line still
    goes on its paragraph, set between lines of the column."""
    first = ["“山高水长，路远情深”。这是村里老人常念的一句话，意思",
             "是说山再高水再长走得再远也忘不了生养自己的这片土地和这里", "的乡亲。"]
    rest = ["我想，我若能早些回来看看这里的变化，该有多好。",
            "那时村口有一棵老槐树，树下有一口水井，井边有一块石碑，", "碑上刻着字。",
            "老人们常坐在树下乘凉，孩子们围着水井玩耍，大人们下地，", "傍晚才回家。",
            "如今老槐树还在，水井已经填平了，石碑搬进了新建的展室，", "供人参观。"]
    out = blocks([*COLUMN, "一", "望家乡，是从一句话开始的。", *first, *rest])
    assert ("body", "".join(first)) in out
    assert [t for k, t in out if k == "body"][-4:] == [
        "我想，我若能早些回来看看这里的变化，该有多好。",
        "那时村口有一棵老槐树，树下有一口水井，井边有一块石碑，碑上刻着字。",
        "老人们常坐在树下乘凉，孩子们围着水井玩耍，大人们下地，傍晚才回家。",
        "如今老槐树还在，水井已经填平了，石碑搬进了新建的展室，供人参观。"]


def test_a_reporter_line_cut_into_its_role_and_names_stands_alone():
    """The extractor put the role and each part of the names on lines of their own
    (``本报记者`` / ``方`` / ``敏``) under a section heading: they make one reporter line,
    apart from the paragraph after them."""
    story = ["冬日暖阳里，小城的花市飘来阵阵花香，前来买花的市民络绎不绝，大家都想买上几盆鲜花过个好年。",
             "花店老板说，今年的鲜花品种多、价格稳，年宵花卖得特别好，店里每天都要进好几趟货。"]
    out = blocks([*COLUMN, "买上鲜花过大年", "本报记者", "方", "敏", *wrap(story, 16)])
    assert out[-4:] == [("line", "买上鲜花过大年"), ("line", "本报记者方敏"), *(("body", p) for p in story)]


def test_the_reporters_of_a_bracketed_dateline_cut_over_lines_stay_in_its_paragraph():
    """A closing dateline from several places, with its reporters, fills lines of its
    own; a line opening with ``记者`` inside the still open bracket is no reporter line
    standing apart: the dateline is one paragraph."""
    closing = ["（本报东京、开罗、巴黎、", "柏林2月4日电", "记者王明、李华、张丽", "赵刚）"]
    out = blocks([*COLUMN, *closing, *COLUMN])
    assert ("body", "".join(closing)) in out


def test_a_compiler_s_credit_cut_over_lines_is_one_credit():
    """``资料整理`` (compiled by) is a production credit like ``本版制图``: its name cut
    over two lines (``资料整理：王`` / ``明``) is one line, not a name standing alone."""
    out = blocks([*COLUMN, "资料整理：王", "明", *COLUMN])
    assert ("line", "资料整理：王  明") in out  # a two-character name set three wide keeps its wide gap


def test_a_sign_off_cut_at_its_gap_is_one_line_that_stays_with_its_note():
    """An editor's note signed ``——编 者`` across the column, which the extractor cut
    at the gap (``——编`` / ``者``): one line, the gap kept, after the note it signs."""
    out = blocks([*COLUMN, "——编", "者", *COLUMN])
    texts = [t for _, t in out]
    assert "——编 者" in texts and "者" not in texts


def test_a_title_line_a_little_wider_than_the_column_after_a_sentence_end_stands_apart():
    """Titles emitted after the bodies: the first is two characters wider than the
    column, after a full line that ends a sentence (and is no indented first line of
    the title's width). No line of a paragraph runs past its column: the title is no
    line of the paragraph above."""
    para = "各地正在加快推进农村公路建设，今年不断提升群众出行的便利程度。"
    lines = wrap([para], 16, indent=0)
    assert lines[-1].endswith("。") and len(lines[-1]) == 15  # full but for its stop's half width
    title = "乡村道路修到了家门口群众出行更加方便"
    out = blocks([*COLUMN, *lines, title, "春风送暖进万家"])
    assert out[-3:] == [("body", para), ("line", title), ("line", "春风送暖进万家")]


def test_a_quoted_heading_then_a_line_far_wider_are_two_titles():
    """A title that is one quotation (no stop in it) fills its line; the next line runs
    far past the column: two titles, not one paragraph."""
    out = blocks([*wrap(PARAS, 11), "“我想成为这样的人”", "“谢谢你们，远道而来的朋友！”（记者手记）"])
    assert out[-2:] == [("line", "“我想成为这样的人”"), ("line", "“谢谢你们，远道而来的朋友！”（记者手记）")]


def test_a_line_short_by_a_word_that_a_mark_drew_down_goes_on():
    """A typesetter sets no comma at a line's start: the word before it goes down with
    it, and the line above stays short by that word (``…新建公园共19`` / ``座，…``)."""
    lines = ["会议指出，各项工作稳步推进，市长", "说，全市今年新建公园共19",
             "座，其中社区公园占了一半以上，方", "便居民就近休闲。"]
    out = blocks([*COLUMN, *lines, *COLUMN])
    assert ("body", "".join(lines)) in out, out


def test_a_caption_cut_over_lines_among_titles_stays_one():
    """Among titles set one a line, a photo caption cut over lines of its own width
    stays one line of text: its lines are long, as wide as each other, and the last
    ends the sentence."""
    caption = ["阿明（右）與妻子阿美在家門前的菜園裡", "摘菜，兩人每天清晨都來照料這片菜園", "的蔬果。"]
    out = blocks([*COLUMN, "老夫妻種菜", "自給自足", *caption, "鄰里相助"])
    assert ("line", "".join(caption)) in out, out
    assert ("line", "自給自足") in out and ("line", "鄰里相助") in out



def test_a_title_piece_before_a_speaker_s_colon_does_not_run_on():
    """Titles set a few characters a line: ``吵著回家`` then ``兒：很不捨``. The mark after
    the first character of the next line does not make the short piece a justified
    line whose last word went down: titles are no running text."""
    titles = ["單親母難工作", "3子待養", "借住舊公寓", "蝦仁炒飯是大餐", "孝子抗病盼接回老母", "母暫住養護中心",
              "吵著回家", "兒：很不捨", "林阿姨（右）感嘆家裡接連出事，又幫不上忙，也交代阿明", "（左）照顧弟妹。"]
    assert ("line", "吵著回家") in blocks(titles)


def test_a_line_short_by_a_quoted_figure_that_went_down_goes_on():
    """An opening quote may not end a line, and a figure is not broken: ``“90后”`` went
    down whole to the next line, and the line above stays short by it."""
    lines = ["市里召开会议，总结去年的工作，会", "议指出，工作稳步推进，一些",
             "“90后”青年返乡创业，成为乡村振", "兴的新生力量。"]
    out = blocks([*COLUMN, *lines, *COLUMN])
    assert ("body", "".join(lines)) in out, out


def test_a_line_short_by_a_figure_in_single_quotes_that_went_down_goes_on():
    """A figure in single quotes (``‘2035’``) is not broken either, and its opening
    mark goes down with it: the paragraph's first line stays short by it, and so does
    a line inside the paragraph; the paragraph goes on over both."""
    lines = ["“大家都说我们村是", "‘2035’规划里的示范村，村", "里的年轻人都回来了，大家说",
             "‘5G’进村以后，山货也好卖了。”"]
    out = blocks([*COLUMN, *lines, *COLUMN])
    assert ("body", "".join(lines)) in out, out


def test_a_deck_above_the_story_ends_where_the_indented_first_line_starts():
    """A deck set in the story's column ends a character short and without a stop; the
    story's first line, short by exactly its indent, follows: two paragraphs, not one
    that breaks after the indented line."""
    deck = ["城市更新，既要留住老街巷的烟", "火气，也要让居民的日子过得更", "加舒心这是一座城的温度所在"]
    story = ["市里今年启动了老旧街巷整治工作，首批二十条街巷已经完工，居民纷纷点赞。"]
    out = blocks([*wrap(PARAS[:1], 14), *deck, *wrap(story, 14), *wrap(PARAS[1:], 14)])
    assert ("body", "".join(deck)) in out, out
    assert ("body", story[0]) in out, out


def test_a_line_short_by_a_character_inside_a_paragraph_still_runs_on():
    """Marks are set close and a justified line holding them looks a little short: it
    is no deck's end when the next line looks indented. Only an all-Han line's width
    says that a character is missing."""
    lines = ["会议强调，各级各部门要牢牢把", "握“急难愁盼”一件件抓落实", "到位，让群众看到了新变化",
             "各部门要加强协作形成工作合力", "推动各项工作落地见效。"]
    out = blocks([*wrap(PARAS, 14), *lines, *wrap(PARAS, 14)])
    assert any("抓落实到位" in t for _, t in out), out


def test_a_title_with_its_column_tag_and_dash_subtitle_is_no_paragraph():
    """A title wrapped over two lines, closed by its column tag, then its dash
    subtitle: a dash line alone closes a story (a sign-off), but after a tagged title
    it is the title's deck, and none of it is a paragraph."""
    title = ["稳中求进，从长远看清经", "济发展走势（人民时评）", "——我们的底气从哪里来①"]
    out = blocks([*wrap(PARAS, 13), *title])
    assert out[-2:] == [("line", "稳中求进，从长远看清经济发展走势（人民时评）"), ("line", title[-1])], out


def test_a_full_line_of_running_text_goes_on_into_the_short_line_after_it():
    """A pull quote of two lines with no stop: the first as wide as the column, with
    commas, stopping inside a phrase; the second is the rest of the sentence, not a
    title of its own."""
    quote = ["“好日子是干出来的”，撸起袖子，加油", "干出一片新天地"]
    out = blocks([*COLUMN, *quote, *COLUMN])
    assert any(t == "".join(quote) for _, t in out), out


def test_a_closing_quote_alone_on_a_line_ends_the_paragraph_above():
    """No line opens with a closing mark: a quote's closer that the extractor set on a
    line of its own belongs to the sentence above, and the next paragraph starts after it."""
    quote = ["“我们村的路修好了，孩子上学再也", "不用走泥巴路了，大家心里都高兴。", "”"]
    out = blocks([*wrap(PARAS, 16), *quote, *wrap(PARAS, 16)])
    assert ("body", "".join(quote)) in out, out
    assert ("body", PARAS[0]) in out[4:], out


def test_a_short_line_ending_with_a_comma_goes_on():
    """A line that ends with a comma leaves its sentence open: however short it looks
    against the column measured (a deck's box is narrower), a next line with
    punctuation of its own and no wider than the indent allows carries it on; a
    line without punctuation (a title after a caption) or a heading taken into the
    paragraph does not."""
    from papercli.layout import measure
    from papercli.reflow import _Reflower

    lines = measure(["说了就干，定了就办，", "以只争朝夕的精神，迎着困", "家境清寒盼援手", "难上，奔着问题去。"])
    r = _Reflower(lines, "zh")
    assert r.comma_goes_on(0, lines[0].text)
    assert not r.comma_goes_on(1, lines[1].text)  # no comma at its end
    moved = measure(["阿明在院子里帮爸爸做运动，", "家境清寒盼援手"])
    assert not _Reflower(moved, "zh").comma_goes_on(0, moved[0].text)
    assert not r.comma_goes_on(0, "收获更多自信" + lines[0].text)  # after a bare heading


def test_a_deck_set_across_the_page_among_titles_stays_one_paragraph():
    """Lines far wider than any column, among the titles dumped at the page's end: a
    deck wrapped at the page's width. A line of running text (commas, no stop at its
    end) goes on into the next line of text, with no column measured there."""
    deck = ["会议要求，要把民生实事一件件办好，让群众看得见、摸得着，感受到实实在在的变化。各部门",
            "要加强协作，形成合力，推动各项工作落地见效，同时做好宣传解读，回应群众关切，努力", "把好事办实、实事办好。"]
    out = blocks([*COLUMN, "全市召开民生工作会议", "春风送暖", *deck, "乡村振兴看今朝"])
    assert ("body", "".join(deck)) in out, out
    assert ("line", "乡村振兴看今朝") in out, out


def test_an_indented_first_line_short_by_a_latin_run_that_went_down_goes_on():
    """A paragraph's indented first line stops short by a Latin word the typesetter
    could not break (``…实现基于`` / ``RFID技术…``): with the word's width it is short
    by just the indent, a paragraph's first line, not a paragraph of one line. A
    heading (no mark in it) before such a run is none."""
    from papercli.layout import measure
    from papercli.reflow import _Reflower

    texts = ["各地积极推进智慧交通建设，旅客出行更加便捷，服务水平不断提升。",
             "今年，东航还计划在北京新建的国际机场航站楼里实现基于",
             "RFID技术的行李实时追踪，并将同步覆盖至国内的所有分公司航站楼。",
             "届时，旅客可以在手机上随时查看自己托运行李所在的位置。"]
    lines = measure(texts)
    r = _Reflower(lines, "zh")
    assert r.indent_first(1, 62.0, opens=True)
    heading = measure([texts[0], "智慧机场建设有了新的突破就在北京新建的国际机场航站楼", texts[2], texts[3]])
    assert not _Reflower(heading, "zh").indent_first(1, 62.0, opens=True)


def test_a_first_line_ending_in_a_name_gloss_opens_a_paragraph_not_a_title():
    """A paragraph's first line that lost its indent may end with the bracket that
    glosses a name (``年近六旬阿土伯（林阿土）``): short by the indent before full lines,
    it opens the paragraph. A line closed by a column tag whose copy (fake bold) opens
    the next line, glued to the title after it (titles dumped after the bodies), is
    still a title line."""
    before = "社區志工每週都來探望，陪他聊天、幫他打掃屋子，還替他申請了補助。"
    first = "年近六旬阿土伯（林阿土）"
    para = first + "每天清晨推著回收車走遍大街小巷，撿拾紙箱與寶特瓶換取微薄收入，獨力撫養兩個年幼的孫子。"
    lines = [*wrap([before], 14), *wrap([para], 14)]
    assert lines[len(wrap([before], 14))] == first
    assert [t for _, t in blocks(lines)] == [before, para]
    title = "奔跑的小城，年轻的梦想（多棱镜）"  # two characters short of the column
    glued = [*wrap(PARAS, 18), title, title + "乡村书屋", "亮起来了", "春运首日全", "国铁路客流平稳"]
    assert [t for _, t in blocks(glued)][len(PARAS)] == title


def test_a_heading_before_an_indented_first_line_in_a_narrow_column_stands_apart():
    """In a column of twelve characters whose lines are full of marks (measured 23
    half-ems), a paragraph's indented first line (``班導師林老師也表示她``, 20) comes
    within the tolerance of a full line, so a heading before it (``放學後還要顧弟妹``)
    looked like a first line that lost its indent and ran into the paragraph. An
    all-Han line short by just the indent before a full line opens a paragraph itself:
    the line before it is no first line of one."""
    from papercli.layout import measure
    from papercli.reflow import _Reflower

    texts = ["送來青菜，今天晚餐有著落", "了。」", "放學後還要顧弟妹", "班導師林老師也表示她",
             "很懂事，「做飯、洗衣服都", "自己來，有時一周只上課三"]
    r = _Reflower(measure(texts), "zh")
    assert not r.indent_first(2, 23.0, opens=True)
    assert r.indent_first(3, 23.0, opens=True)


def test_a_title_past_the_column_among_the_titles_after_the_bodies_ends_its_block():
    """Titles the extractor emitted after the bodies, set in a larger font, run past
    the column measured there; a line that reads as a whole title (no sentence mark,
    or closed by its column tag) is no piece of a paragraph running on into the next
    title. A caption under a title is left to the captions (its position mark), and a
    line with spaced pieces (titles glued on one line) to the title splitter."""
    from papercli.layout import measure
    from papercli.reflow import _Reflower

    texts = ["年味也将与时偕行、历久弥新。", "坚持走绿色发展之路（新论·读懂高质量发展⑦）",
             "城乡公共文化服务网络基本建成惠及千家万户", "全市新增城市书房一百余家覆盖全部街道",
             "王红（左）在新开的城市书房里给孩子们讲故事。"]
    r = _Reflower(measure(texts), "zh")
    r.col = [29.0] * len(texts)  # the column measured at the titles on such a page
    assert r.breaks_after(1, 0, texts[1]) and r.breaks_after(2, 0, texts[2])
    assert not r.title_past_column(3, 29.0)  # a caption follows
    spaced = _Reflower(measure([texts[0], "城乡公共文化服务网络 基本建成 惠及万家", texts[3]]), "zh")
    assert not spaced.title_past_column(1, 29.0)


def test_a_line_short_by_a_quoted_word_the_typesetter_took_down_goes_on():
    """``懒散、守旧、浪费就是`` / ``‘穷’根。…``: the quoted word could not be cut after
    its opening mark, so it went down whole and left the line short; the line goes
    on into the next, as a line short by a Latin run does. A line that ends its
    sentence still ends its paragraph before a quote."""
    texts = ["老支书常对村里的年轻人", "说，从前村里人都怕‘穷’字，", "懒散、守旧、浪费就是",
             "‘穷’根。老支书的话说到了", "大家心里。如今人人勤快了，", "日子一天比一天红火起来。"]
    assert [t for _, t in blocks(texts)] == ["".join(texts)]
    ended = [*texts[:2], "懒散守旧就是穷根。", "“穷”字从此不再提，", "大家心里都亮堂了，如今", "日子一天比一天红火起来。"]
    assert len(blocks(ended)) == 2


def test_a_bulleted_point_opens_its_paragraph_under_a_title_set_in_place():
    """Extractors that keep titles where they stand (pdftotext, pdfminer) set a
    story's title right above its summary points: ``社区义诊暖人心`` / ``■医生为…``.
    A line opening with a bullet starts a paragraph, so the title is no part of the
    first point; a point wrapped over lines stays one."""
    texts = ["上一篇报道的结尾在这里，大家", "纷纷表示收获很大。", "社区义诊暖人心",
             "■医生为居民测量血压，讲解", "健康知识，现场气氛热烈。", "■志愿者为老人送上药品，",
             "叮嘱按时服用。"]
    assert [t for _, t in blocks(texts)] == [
        "上一篇报道的结尾在这里，大家纷纷表示收获很大。", "社区义诊暖人心",
        "■医生为居民测量血压，讲解健康知识，现场气氛热烈。", "■志愿者为老人送上药品，叮嘱按时服用。"]


def test_a_dash_subtitle_after_a_title_line_is_no_text_but_a_quote_signature_closes_its_quote():
    """Titles dumped after the bodies: a title closed by its column tag and its dash
    subtitle on a line of its own (``——《乡村新貌》读后``) are title lines; a dash line
    after a quote's stop signs the quote and ends its block."""
    titles = ["读懂今天的乡村（新书评介）", "——《乡村新貌》读后", "书法家进社区义写春联"]
    assert [k for k, _ in blocks([*COLUMN, *titles])][-3:] == ["line"] * 3
    signed = blocks([*COLUMN, "“读书使人明智。”", "——编者"])
    assert signed[-1] == ("body", "——编者")


def test_a_short_line_before_a_wider_column_is_no_first_line_of_it():
    """A photo credit a little short of its 13-wide column (``李明远摄（新华视点）``)
    after a paragraph's end, then a story set 22 wide: the credit looks like a first
    line that lost its indent, but a paragraph's lines share their column, so it
    ends where it stands."""
    credit = "李明远摄（新华视点）"
    other = ["另一篇报道的正文写在更宽的栏里，内容同样是完整的句子，一直写到这一段的末尾为止，不再换行。",
             "第二段也写在这一栏里，讲的是活动的后续安排，图书馆还将在寒假期间继续举办类似的读书活动。"]
    lines = [*wrap(PARAS, 13), credit, *wrap(other, 22, indent=0)]
    assert [t for _, t in blocks(lines)][len(PARAS) - 1:len(PARAS) + 2] == [PARAS[-1], credit, other[0]]


def test_a_credit_s_names_run_on_over_lines_up_to_a_whole_name():
    """``资料整理：孟`` / ``扬`` / ``林晓雯``: a two-character name cut at its wide gap
    (kept wide, as printed), then the next name whole on a line of its own; the credit is one line, and the
    name is not the next story's first paragraph. A short line after a credit that
    no text follows may be a title (``武林风``): it stays apart."""
    story = ["本报北京3月2日电 （记者周明）全市今年新建农家书屋一百二十个，方便村民就近借阅图书，书屋由村委会统一管理。"]
    lines = [*wrap(PARAS[:2], 13), "资料整理：孟", "扬", "林晓雯", *wrap(story, 13, indent=0)]
    assert [t for _, t in blocks(lines)][2:4] == ["资料整理：孟  扬 林晓雯", story[0]]
    lines = [*wrap(PARAS[:2], 13), "资料整理：孟", "扬", "武林风", "春耕忙"]
    assert "武林风" in [t for _, t in blocks(lines)]


def test_a_photo_credit_line_ends_its_paragraph():
    """``李明远摄（新华视点）`` under a picture in the column, then the next line of
    text set full: the credit ends its paragraph and is no first line of the text."""
    text = ["江边晨练的市民沿着新修的滨江步道慢跑，远处的渡船缓缓驶过，岸边的柳树已经抽出新芽，春意渐浓。"]
    lines = [*wrap(PARAS, 12), "李明远摄（新华视点）", *wrap(text, 12, indent=0)]
    assert [t for _, t in blocks(lines)][-2:] == ["李明远摄（新华视点）", text[0]]


def test_the_editor_s_end_note_over_two_lines_ends_its_paragraph():
    """``（摘编自3月2日《江城晚报》，原题为`` / ``《书香满城》）`` then the next story's
    first line, set full: the note ends where its bracket closes."""
    note = "（摘编自3月2日《江城晚报》，原题为《书香满城》）"
    text = ["江边晨练的市民沿着新修的滨江步道慢跑，远处的渡船缓缓驶过，岸边的柳树已经抽出新芽，春意渐浓。"]
    lines = [*wrap(PARAS, 12), note[:12], note[12:], *wrap(text, 12, indent=0)]
    assert [t for _, t in blocks(lines)][-2:] == [note, text[0]]


def test_a_printed_line_the_extractor_emitted_in_two_pieces_stays_in_its_paragraph():
    """A line of a paragraph emitted as a short piece and a shorter one (a span of
    its own) that fill the column together, between full lines: no paragraph ends
    after either piece."""
    para = ("退休以后老周每天沿河走两趟捞落叶捡塑料袋河里的鱼又多了起来岸边的柳树也绿了邻居们看老周天天在河边忙"
            "也拿起竹竿和网兜跟着他走河岸边的人一天比一天多如今老周是村里的义务护河员。")
    lines = wrap([para], 16, indent=0)
    cut = [*lines[:2], lines[2][:12], lines[2][12:], *lines[3:]]
    assert [t for _, t in blocks([*wrap(PARAS, 16), *cut])][-1] == para


def test_a_heading_before_its_column_s_indented_first_line_is_no_narrower_column_s_first_line():
    """A heading of eight characters (``新农民从哪里来呢``) stands between a paragraph's
    end and the next paragraph's indented first line, in a column of twelve: the first
    line is short of the heading's width by just the indent, as a narrower column's
    indented first line is short of its full lines. But the lines after it run in the
    heading's own column, no narrower: the heading stands alone."""
    first = "村里的年轻人陆续回来了，有的办起了合作社，有的开起了网店，村子又热闹起来。"
    heading = "新农民从哪里来呢"
    second = "新农民和老农民有啥不一样？村干部说，新农民懂技术、会经营，更能闯市场，带着乡亲们一起致富。"
    lines = [*wrap([first], 12), heading, *wrap([second], 12)]
    assert len(heading) + 2 == len(wrap([second], 12)[0])
    assert blocks(lines) == [("body", first), ("line", heading), ("body", second)]


def test_a_short_line_closed_by_a_column_tag_after_a_full_sentence_end_is_a_title():
    """pymupdf: a story's last line is full and ends its sentence; the next line, far
    shorter and closed by a column tag whose bracket holds no name, is the title of a
    photo story, dumped before the page's other titles: not the paragraph's last words
    and their byline. A short line closed by a name in brackets still signs the paragraph."""
    full_end = "春节前夕，社区志愿者走进敬老院，为老人们送去汤圆和慰问品，陪老人们聊聊家常、猜灯谜。"  # 20 + 22
    dumped = ["社区书屋春节不打烊（新春走", "社区书屋春节不打烊（新春走", "基层）", "基层）", "青少年阅读分享会举行"]
    title = "回家过年去！（新春影像）"
    out = blocks([*wrap(PARAS, 22), *wrap([full_end], 22), title, *dumped])
    assert out[3] == ("body", full_end) and out[4] == ("line", title)
    signed = blocks([*wrap(PARAS, 22), *wrap([full_end], 22), "大家都笑了！（王艳）", *dumped])
    assert signed[3] == ("body", full_end + "大家都笑了！（王艳）")


def test_a_title_line_of_two_phrases_is_no_first_line_of_the_caption_after_it():
    """pypdf: a two-line title whose second line is two phrases set apart by a space
    (``化療後無法工作 只靠低收補助苦撐``), a little short of the column, before a photo
    caption: despacing keeps such a gap only in titles, so it is no paragraph's first
    line that lost its indent, and the caption starts a block of its own."""
    deck = "化療後無法工作 只靠低收補助苦撐"
    caption = "阿英（右二）術後還要化療，女兒小美（右一）正幫忙整理藥品和病歷。圖左為阿英的兩個幼子。"
    out = blocks([*wrap(PARAS, 19), "婦病夫傷 難養3子女", deck, *wrap([caption], 19, indent=0)])
    assert out[-3:] == [("line", "婦病夫傷 難養3子女"), ("line", deck), ("body", caption)]


def test_a_line_cut_at_the_space_inside_a_quote_is_one_line():
    """pymupdf emits a printed line in two spans where a quote holds a phrase space
    (``一场“书香满校园`` / ``阅读伴成长”主题…，广大师``): the second piece, longer than
    half the column but short of it, is no paragraph's end; the two make a full line."""
    lines = ["近日，市图书馆联合全市多所中小学校的师生共同开展了", "一场“书香满校园", "阅读伴成长”主题读书交流活动，广大师",
             "生们踊跃报名参加，现场气氛十分热烈，大家纷纷表示收获", "很大，活动还将持续一个月。"]
    out = [t for _, t in blocks([*wrap(PARAS, 28), *lines, *wrap(PARAS, 28)])]
    assert "".join(lines) in out


def test_a_dash_sign_off_that_fills_its_line_runs_on_into_the_next():
    """A quote's sign-off (``——某市图书馆馆长兼档案`` / ``馆副馆长李明远先生``) cut over two
    lines: the first fills the column and stops with no mark, so the name runs on,
    though the next line is short of the column by about the indent."""
    quote = "他们从遥远的家乡来到这里，用双手修路架桥，是和平的使者。"
    after = "他们的故事应该被更多人知道，让和平的信念一代一代传下去。"
    sign = ["——某市图书馆馆长兼档案", "馆副馆长李明远先生"]
    out = [t for _, t in blocks([*wrap([quote], 12), *sign, *wrap([after], 12)])]
    assert "".join(sign) in out and after in out


def test_a_line_cut_off_its_sentence_s_short_end_by_a_blank_line_runs_on():
    """pdfminer sets a blank line between its text boxes, which need not fall at a
    paragraph's end: a two-line paragraph's first line (a comma in it, no end, short
    by its lost indent) and its short last line (``…，今年最忙的`` / ``是腊月。``) are one
    paragraph across the blank; a line ending its sentence before a blank still ends one."""
    first = "市图书馆近日举办了阅读分享活动，吸引近百名学生参加，现场气氛热烈。"
    second = ["馆长说，今年最忙的", "是腊月。"]
    third = "活动结束后，同学们纷纷表示收获很大，希望以后多办这样的活动。"
    lines = [*wrap([first], 12), "", second[0], "", second[1], "", *wrap([third], 12)]
    out = [t for _, t in blocks(lines)]
    assert "".join(second) in out and first in out and third in out


def test_a_line_opening_with_a_closing_quote_goes_on_after_a_sentence_s_end():
    """A quote's closing mark the typesetter wrapped onto the next line
    (``…一定会越来越好！`` / ``”说完，老人笑着…``): that line, short by about an indent
    after a sentence's end, looks like a paragraph's first line, but no paragraph opens
    with a closing mark."""
    lines = ["村里的广场上热闹非凡，大", "家围着老人听他讲过去的事", "。", "老人拉着我们的手说：“只要",
             "大家一起努力，日子都会越", "来越好，一定会越来越好！", "”说完，老人笑着把我", "们送到村口，一直挥手道别，",
             "直到看不见我们。"]
    out = [t for _, t in blocks(lines)]
    assert out[-1].startswith("老人拉着我们的手说")
    assert out[-1].endswith("”说完，老人笑着把我们送到村口，一直挥手道别，直到看不见我们。")


def test_a_closing_quote_wrapped_after_a_short_line_goes_on_with_it():
    """The line before the wrapped closer may look short (``…越来越好！``: the closer
    it left took the rest of its width); the closer's line still goes on with it. After
    a byline a line opening with a closer is not the story's."""
    lines = ["村里的广场上热闹非凡，大", "家围着老人听他讲过去的事", "。", "老人拉着我们的手说：“只要",
             "大家一起努力，日子会越来", "越好！", "”说完，老人笑着把我们送", "到村口，一直挥手道别，直",
             "到看不见我们。"]
    out = [t for _, t in blocks(lines)]
    assert out[-1].endswith("日子会越来越好！”说完，老人笑着把我们送到村口，一直挥手道别，直到看不见我们。")
    signed = [t for _, t in blocks([*lines[:6], "（王艳）", "”另一篇报道的正文写在这里，", "内容完整。"])]
    assert "（王艳）" in signed and any(t.startswith("”另一篇") for t in signed)


def test_a_title_closed_by_its_column_tag_alone_between_blank_lines_ends_its_block():
    """pdfminer sets a title in place, alone in its text box, a little wider than the
    column (``让诚信成为市场（经济观察）`` then a blank line and the story's first line,
    its indent lost): the title is no first line of the paragraph after it."""
    title = "让诚信成为市场（经济观察）"
    paras = [*PARAS[1:], "诚信是市场经济的基石，也是企业立身之本，更是每一位经营者应当坚守的底线。"]
    lines = [title]
    for p in paras:
        lines += ["", *wrap([p], 12)]
    out = [t for _, t in blocks(lines)]
    assert out == [title, *paras]


def test_a_dash_subtitle_under_a_tagged_title_ends_its_block_before_a_blank_line():
    """A title closed by its column tag and its dash subtitle in one text box, about as
    wide as the column (``乡村振兴路上的新农民（纵深）`` / ``——来自重庆山区县的调研（上）``),
    then a blank line and the story's first paragraph: the subtitle is no line of it."""
    title, deck = "乡村振兴路上的新农民（纵深）", "——来自重庆山区县的调研（上）"
    lines = [*wrap(PARAS[1:2], 14), "", title, deck]
    for p in PARAS[1:]:
        lines += ["", *wrap([p], 14)]
    out = [t for _, t in blocks(lines)]
    assert deck in out and out[out.index(deck) + 1] == PARAS[1]


def test_a_line_before_a_blank_and_a_far_wider_column_ends_its_block():
    """OCR reads a page in place, blank lines between its blocks: a story's last
    paragraph in a narrow column, a title as wide as that column by chance, then the
    next story in a column twice as wide. The title is no first line of the wide
    paragraph after it; a full line before a blank and text of its own width runs on."""
    narrow = "社区文化活动中心建成以来，居民们在这里读书、下棋、排练节目，走好文化惠民的每一步。"
    title = "山村推进美丽乡村建设"
    lines = wrap([narrow], 10)
    assert len(title) == len(lines[1])  # as wide as a full line of the column above
    lines += ["", title, ""]
    for p in PARAS[1:]:
        lines += [*wrap([p], 22), ""]
    out = [t for _, t in blocks(lines)]
    assert out[:3] == [narrow, title, PARAS[1]]
    # the same line before a blank and text of its own column: one paragraph across the blank
    cut = wrap(PARAS[1:2], 10)
    assert [t for _, t in blocks([*cut[:3], "", *cut[3:]])] == [PARAS[1]]


def test_a_title_alone_in_its_box_before_an_indented_first_line_ends_its_block():
    """OCR and pdfminer set a title in place, alone between blank lines and about two em
    narrower than the column, so it looks like an indented first line; the paragraph
    under it opens with a year, which looks pushed down from the title's line. The
    title stands alone; a paragraph's first line alone in its box runs on into its
    full line after the blank (a word across the blank: ``…媒体的边`` / ``界…``)."""
    title = "乡村振兴的理论指导和行动指南"
    para = "2018年10月，全县召开乡村振兴工作推进会，对下一步工作作出部署，提出要加快发展特色产业，让农民的钱袋子鼓起来。"
    lines = [title, "", *wrap([para], 16)]
    assert len(title) == len(lines[3]) - 2  # two em narrower than the column
    assert [t for _, t in blocks(lines)] == [title, para]
    first = "日新月异的技术突破开拓着媒体的边"
    rest = "界，正是媒体格局变化的动力引擎，也是新闻生产不断创新的源泉所在。"
    lines = [*wrap(PARAS[1:2], 18), "", first, "", *wrap([rest], 18, indent=0)]
    assert [t for _, t in blocks(lines)] == [PARAS[1], first + rest]


def test_a_numbered_point_after_a_sentence_s_end_opens_its_paragraph():
    """A full line ending its sentence, then a numbered point (``一、``, ``（二）``, ``3.``):
    the point opens a paragraph of its own, as a bulleted one does; a figure opening
    a line (``1.5万``) does not."""
    first = "消防部门提醒，冬季使用电暖器时一定要远离各类可燃物品，人走断电。"
    points = ["一、不私拉乱接电线，电线老化要及时更换。", "（二）电动车不进楼入户，要在规定区域充电。"]
    lines = wrap([first], 16, indent=0)
    assert len(lines[-1]) == 16  # the sentence ends on a full line
    assert [t for _, t in blocks([*lines, *wrap(points[:1], 16, 0), *wrap(points[1:], 16, 0)])] == [first, *points]
    lead = "入冬以来全县农业生产平稳，县里将集中力量抓好今冬明春农业生产的以下几大项工作："  # full, ends ``：``
    assert len(wrap([lead], 13, 0)[-1]) == 13
    assert [t for _, t in blocks([*wrap([lead], 13, 0), *wrap(points[:1], 13, 0)])] == [lead, points[0]]
    figures = ["今年以来全县接待游客超过一百万人", "次，旅游收入同比增长两成以上。其中",
               "1.5万人次来自外省，比去年多了一", "倍。"]
    assert [t for _, t in blocks(figures)] == ["".join(figures)]


def test_a_title_whose_column_tag_nests_a_bracket_stands_alone_before_a_blank_line():
    """OCR reads a title in place with its column tag, which may nest a bracket (the
    series number ``（12）``, or ``(9)`` read for ``⑨``): alone before a blank line it is
    a title, not the first line of the paragraph under it."""
    title = "投资结构持续优化 (感言·岁末年初看经济(9))"
    paras = [*PARAS[1:], "诚信是市场经济的基石，也是企业立身之本，更是每一位经营者应当坚守的底线。"]
    lines = [title]
    for p in paras:
        lines += ["", *wrap([p], 22)]
    assert blocks(lines)[0] == ("line", title)


def test_stacked_titles_with_their_decks_in_boxes_of_their_own_stand_apart():
    """pdfminer reads a page in place and sets each title with its deck in a text box
    of its own; the titles of stories further along the page stack over the first
    story's text, each box about as wide as the column by chance. Every title and
    deck line stands alone (the match stage sets them over their stories); two lines
    of a paragraph in a box of their own, no word cut across the blank, run on."""
    titles = [["老街换新颜 商户笑开颜", "「没想到生意比以前还要好」"],
              ["夜市开张 年轻人回乡创业", "「在家门口也能闯出名堂」"]]
    para = ("「以前一到晚上，这条街就黑漆漆的。」在老街经营杂货铺三十年的李大伯说，"
            "如今路灯亮了，游客多了，他的小店也换了新招牌。")
    lines = [*titles[0], "", *titles[1], "", *wrap([para], 13)]
    assert [t for _, t in blocks(lines)] == [*titles[0], *titles[1], para]
    two = wrap(PARAS[1:2], 13, indent=0)
    assert [t for _, t in blocks([*two[:2], "", *two[2:]])] == [PARAS[1]]


def test_a_title_dropped_between_two_lines_of_a_column_goes_to_the_page_s_end():
    """pdftotext and pdfminer order text boxes by their height on the page: a title set
    over the next column lands between two lines of one paragraph, in a box of its own.
    It moves to the page's end, as a title emitted after the bodies, and the paragraph
    runs on; a short title before an indented first line stays where it is."""
    para = "镇里的文化站去年改建成了图书馆，每到周末都有不少孩子来这里读书写作业，管理员说借阅量比去年翻了一番。"
    lines = wrap([para], 13, indent=0)
    assert len(lines[1]) == len(lines[2]) == 13  # the title falls between two full lines
    title = "山村小学有了新操场"
    out = [t for _, t in blocks([*lines[:2], "", title, "", *lines[2:]])]
    assert out == [para, title]
    second = "放学后，孩子们在新操场上踢球跳绳，笑声传得很远。"
    out = [t for _, t in blocks([*lines, "", title, "", *wrap([second], 13)])]
    assert out == [para, title, second]


def test_a_photo_report_credit_with_its_agency_cut_inside_its_mark_is_one_paragraph():
    """``李 明 王小红摄影报`` / ``道（人民视觉）``: a photo report's credit with the agency
    that sent it, cut inside its mark, closes the story as one paragraph; the title
    after it stands apart."""
    from papercli.lineends import credit_pieces

    lines = ["灯光映照着工友们的笑脸。", "李 明 王小红摄影报", "道（人民视觉）", "港口扩建 三年完工"]
    assert credit_pieces(lines) == {1}
    out = [t for _, t in blocks(["工友们在车间里忙碌着，", "灯光映照着他们的笑脸。", "", *lines[1:2], "", *lines[2:]])]
    assert out[1:] == ["李 明 王小红摄影报道（人民视觉）", "港口扩建 三年完工"]


def test_a_dropped_title_as_wide_as_a_line_is_told_by_the_word_cut_across_it():
    """A title as wide as the column's lines, dropped between them: the word the line
    before it stops in (``直`` / ``播``) goes on after it, so it moves to the page's end.
    A section heading wrapped over two boxes (``俄方`` / ``针锋相对，同时将着手`` / blank /
    ``研发新型导弹``) is no column's line and stays."""
    para = "夜校课程由村民点单，既有果树修剪技术，也有电商直播、短视频拍摄等新技能，很受欢迎。"
    lines = wrap([para], 13)
    cut = next(k for k, ln in enumerate(lines) if ln.endswith("直"))
    title = "社区食堂开进老旧小区里了"
    assert abs(len(title) - len(lines[cut])) <= 1
    out = [t for _, t in blocks([*lines[: cut + 1], "", title, "", *lines[cut + 1:]])]
    assert out == [para, title]
    heading = ["俄方", "针锋相对，同时将着手", "", "研发新型导弹", ""]
    out = [t for _, t in blocks([*heading, *wrap(PARAS, 13)])]
    assert out[-len(PARAS):] == PARAS and "研发新型导弹" not in out[-1]


def test_stacked_titles_over_a_first_line_opening_with_figures_stand_apart():
    """The first line under stacked titles opens with figures (``11歲的…``), which
    measure narrow, and the title lines around it pull the measured column down so
    that it does not look indented; counted in ems against its box's other lines it
    is two em short: the title box before it ends its block."""
    from papercli.layout import measure
    from papercli.reflow import _Reflower

    para = ("11歲的小華每天早上起床第一件事，就是幫爸爸的左小腿換藥、上繃帶固定，"
            "小華說：「每天上午7時和晚上8時要幫爸爸換藥，只剩我能照顧他。」")
    body = wrap([para], 13)
    lines = measure(["癌父病倒 兒扛家計", "11歲子貼心照料「只剩我了」", *body])
    lines[2].blank_before = True
    r = _Reflower(lines, "zh")
    r.col = [23.1] * len(lines)  # as the titles stacked above made it
    assert r.title_box(0, 23.1) and r.title_box(1, 23.1)
    assert not r.title_box(2, 23.1)


CLINIC = [
    "本报讯 周六上午，社区广场上人头攒动，一场义诊活动正在这里举行，十多位医生为居民量血压、测血糖。",
    "志愿者们一早就赶来搭起了帐篷。“今天来的人比去年多，大家都想量量血压，问问平时吃药要注意什么。”志愿者小李说。",
    "社区负责人介绍，义诊活动每季度举办一次，今年还将请来眼科和口腔科的医生，让居民在家门口就能看上病。",
]


def _set(paragraph: str, first: int, width: int = 18) -> list[str]:
    """``paragraph`` set with a first line of ``first`` characters, then lines of ``width``."""
    rest = paragraph[first:]
    return [paragraph[:first], *(rest[i:i + width] for i in range(0, len(rest), width))]


def test_a_first_line_ending_a_sentence_goes_on_into_the_full_line_under_it():
    """A paragraph's first line ends a sentence (``…搭起了帐篷。``) and measures a
    little short of an indented first line (its last mark set narrow); the line
    under it runs at the column's full width, so it is no paragraph's indented first
    line: the paragraph goes on. A short line of dialogue full of marks
    (``“家里有几亩地？种的什么？”``) before a full line stays a paragraph of its own."""
    lines = [*wrap(CLINIC[:1], 18), *_set(CLINIC[1], 15), *wrap(CLINIC[2:], 18)]
    assert [b.text for b in reflow_page(Page("first.txt", lines=lines)).blocks] == CLINIC
    question = "“家里有几亩地？种的什么？”"
    answer = "“三亩多，主要种小麦和玉米。收入大部分靠孩子们在外打工，日子还过得去。”村民老王说。"
    lines = [*wrap(CLINIC[:1], 18), question, *_set(answer, 18), *wrap(CLINIC[2:], 18)]
    blocks = reflow_page(Page("dialogue.txt", lines=lines)).blocks
    assert [b.text for b in blocks] == [CLINIC[0], question, answer, CLINIC[2]]


def test_a_heading_before_a_first_line_opening_with_a_quote_stands_apart():
    """A heading inside a story (``村里的路宽了小车开进来了``, most of a column wide), then a
    paragraph whose indented first line opens with a quote (``“这条路我们村盼了整整十``):
    that line is short of the column by just the indent, the line under it is full,
    so it opens the paragraph, and the heading before it is no first line that lost
    its indent. Before, the quote mark made the line no all-Han line and the heading
    ran into the paragraph."""
    heading = "村里的路宽了小车开进来了"  # 12 characters in a column of 14
    quoted = "“这条路我们村盼了整整十年，如今终于修好了，孩子上学再也不用踩泥巴了。”村民老张说。"
    lines = [*wrap(CLINIC[:1], 14), heading, *_set(quoted, 12, 14), *wrap(CLINIC[2:], 14)]
    assert lines[len(wrap(CLINIC[:1], 14)) + 1] == "“这条路我们村盼了整整十"
    blocks = reflow_page(Page("quoted.txt", lines=lines)).blocks
    assert [b.text for b in blocks] == [CLINIC[0], heading, quoted, CLINIC[2]]


def test_a_heading_with_a_comma_before_a_paragraph_opening_with_a_figure_stands_apart():
    """A heading with a comma in it (``产销两旺，外贸订单增长两成``), well short of
    its column, then a paragraph whose first line opens with a figure. A line of
    running text can end early because the typesetter took a run of digits down to
    the next line; but this figure would have fitted in what the heading leaves of the
    column, so nothing was taken down: the heading is no first line that lost its
    indent, and stands apart."""
    heading = "产销两旺，外贸订单增长两成"  # 12 Han and a comma in a column of 18
    para = "13日，全县新签外贸订单金额比上年增长两成多，一批中小企业把产品卖到了东南亚和中东。"
    lines = [*wrap(CLINIC[:2], 18), heading, *_set(para, 17), *wrap(CLINIC[2:], 18)]
    assert lines[len(wrap(CLINIC[:2], 18)) + 1] == "13日，全县新签外贸订单金额比上年"  # 16 ems: indented
    blocks = reflow_page(Page("year.txt", lines=lines)).blocks
    assert [b.text for b in blocks][:4] == [*CLINIC[:2], heading, para]


def test_an_exclaimed_title_past_its_column_is_a_title_even_with_a_reporter_in_its_tag():
    """Titles dumped after the bodies: ``“多谢你们，好心的陌生人！”（记者手记）`` runs
    past the column and ends like a sentence, and its column tag names a reporter's
    notes, which a byline could also open with. No line of a paragraph runs past
    its column: it is a title line, not the last story's closing paragraph."""
    title = "“多谢你们，好心的陌生人！”（记者手记）"  # 20 characters by a column of 14
    lines = [*wrap(PARAS, 14), title, "春耕时节农机忙"]
    out = blocks(lines)
    assert out[:len(PARAS)] == [("body", p) for p in PARAS]
    assert ("line", title) in out


def test_a_quote_whose_closing_mark_went_down_alone_is_a_paragraph():
    """A box of quotes over a story (``核心阅读``): a quote fills its line and the
    typesetter pushed its closing mark down to a line of its own (``”``). The
    sentence ends where the mark closes, so the two lines are a paragraph, not a
    standalone line that the story after would take for a photo's caption."""
    quote = "“今年过年不回老家了，就在这边过年。"  # 18 characters: a full line of the box
    lines = [*wrap(PARAS, 18), "核心阅读", quote, "”", *wrap(CLINIC, 18)]
    assert ("body", quote + "”") in blocks(lines)


def test_a_bulleted_heading_wrapped_at_a_word_boundary_stays_one_heading():
    """A bulleted heading set larger than the text wraps short of its column, at the
    width of an indented first line, and its last word goes down alone: the line
    without a bullet under it is the heading's rest, not a title of its own; the next
    point, with its own bullet, stands apart."""
    for tail in ("课堂", "书屋"):
        lines = [*wrap(PARAS[:2], 16), "●阅读推广活动走进了偏远乡村", tail, *wrap(PARAS[2:], 16)]
        assert ("line", f"●阅读推广活动走进了偏远乡村{tail}") in blocks(lines)
    lines = [*wrap(PARAS[:2], 16), "●阅读推广活动走进了偏远乡村", "●书香浸润校园", *wrap(PARAS[2:], 16)]
    assert [t for _, t in blocks(lines)][2:4] == ["●阅读推广活动走进了偏远乡村", "●书香浸润校园"]


def test_a_heading_of_two_lines_between_paragraphs_stays_one_heading():
    """A heading inside a story, set larger than the text, fills its column with fewer
    characters and wraps at a word boundary; its short rest under it is no title of
    its own: the two lines make one heading, between the paragraph that ended above
    and the running text below. Titles dumped one a line after the stories, where no
    running text follows, stay apart."""
    column = wrap(PARAS, 12)
    heading = ["留住人才是乡村振兴的", "关键一招"]
    out = blocks([*column, *heading, *column])
    assert ("line", "留住人才是乡村振兴的关键一招") in out, out
    dumped = ["留住人才是乡村振兴的", "关键一招", "山村孩子在家门口上学", "书香浸润校园"]
    assert [t for _, t in blocks([*column, *dumped])][-4:] == dumped
    titles = ["留住人才是推动乡村振兴的", "新村（乡村见闻）"]  # a title closed by its tag is none's rest
    assert [t for _, t in blocks([*column, *titles, *column])][3:5] == titles


def test_a_quoted_heading_over_two_lines_stands_apart_from_the_paragraph_below():
    """A heading that is one quote with no stop or comma in it, set over two lines of
    the column, closes where its quote closes: the indented first line below opens
    the paragraph, which does not run on from the heading."""
    heading = ["“让书香飘进偏远乡村", "每一户农家小院和孩子课堂”"]
    text = ["2019年3月，市图书馆", "全市启动了送书下乡活动，", "首批图书已经送到山区村小，", "孩子们拿到新书都很高兴。"]
    column = wrap(PARAS, 12)
    out = blocks([*column, *heading, *text, *column])
    assert ("line", "".join(heading)) in out, out
    assert ("body", "".join(text)) in out, out


def test_a_story_ending_on_a_full_line_stops_before_the_next_story_a_character_wider():
    """A story's last line happens to be full and ends a sentence (``…让老街热闹。”``),
    and the next story, its title printed elsewhere, follows in a column one character
    wider. Its indented first line (11 characters) is short of its own column (13) by
    the indent, but nearly fills the column above (12, its lines measured short by
    their marks): it opens a paragraph of its own, not the rest of the story above."""
    above = ["周末，老街上人来人往。", "新开的几家作坊，吸引了不", "少游客驻足、观看。竹编作", "坊的老周说：“老街有了人",
             "气，日子也有了奔头。”他", "说：“再收两个徒弟，把手", "艺传下去，让老街热闹。”"]
    below = ["日前，县里出台了一项办", "法，《传统手工艺扶持办法》", "对新开办的作坊给予场地租金",
             "补贴，并组织手艺人参加各类", "展会，帮助手艺人打开销路。"]
    assert {len(x) for x in above[1:]} == {12} and {len(x) for x in below[1:]} == {13}
    blocks = reflow_page(Page("wider.txt", lines=above + below)).blocks
    assert [b.text for b in blocks] == ["".join(above), "".join(below)]


def test_a_printed_line_cut_after_a_sentence_end_inside_it_stays_in_its_paragraph():
    """The extractor emitted one printed line in two pieces, cut where a quoted
    sentence ends inside it (``礼重成了‘规矩’。”`` / ``老张``), between two full lines:
    the short piece that ends the sentence is no paragraph's last line, nor the name
    after it a heading; the paragraph runs on (``老张说，…``). A heading of more than a
    word or two after a paragraph's last line, the two as wide as the column, stays
    apart (``省下钱添置农机。`` / ``新春新风`` / a full line), and so does a section's
    number."""
    first = ["“以前一到过年，亲戚", "朋友之间总要比一比，谁家", "礼重成了‘规矩’。”", "老张", "说，如今大家更看重的是一",
             "家人坐在一起吃团圆饭。"]
    second = ["村里的年轻人也有了新想法，过年不再大操大办，省下钱添置农机。"]
    third = "如今在村里，红白喜事都有了新规矩，谁家也不再摆阔气、讲排场了。"
    lines = first + wrap(second, 12) + ["新春新风", third[:12], third[12:24], third[24:]]
    assert len(lines[-5]) + len("新春新风") == 12
    blocks = reflow_page(Page("piece.txt", lines=lines)).blocks
    assert [b.text for b in blocks] == ["".join(first), second[0], "新春新风", third]
    # nor does a section's number alone (``四``) after a paragraph's last line, in a column of 16
    fourth = "村里的年轻人也有了新想法，过年不再大操大办，把省下来的钱用来添置农机、供家里孩子们上学。"
    fifth = "如今在村里，红白喜事都有了新规矩，谁家也不再摆阔气、讲排场了，乡亲们都说这样的新风好。"
    lines = [*wrap([fourth], 16), "四", *(fifth[i:i + 16] for i in range(0, len(fifth), 16))]
    assert len(lines[2]) == 14
    blocks = reflow_page(Page("number.txt", lines=lines)).blocks
    assert [b.text for b in blocks] == [fourth, "四", fifth]


def test_a_photo_credit_cut_after_the_photographer_s_first_name_stays_one_line():
    """A photo story's credit with its agency (``王 刚摄（新华社）``), the two-character
    name letter-spaced, which the extractor cut at the gap into ``王`` and
    ``刚摄（新华社）``: one credit line, neither piece a paragraph of its own, and the
    next story's text after it apart."""
    before = ["巡线车每天往返一百多公里，风雨无阻，车上的工人要检查沿线的每一处设施，发现问题及时上报，"
              "确保线路安全运行。"]
    after = ["近年来，当地不断完善基础设施，群众出行越来越方便，村里的特色产业也发展起来了，"
             "不少外出务工的年轻人回到家乡创业。"]
    lines = [*wrap(before, 14), "王", "刚摄（新华社）", *wrap(after, 14)]
    blocks = reflow_page(Page("credit.txt", lines=lines)).blocks
    assert [b.text for b in blocks] == [before[0], "王刚摄（新华社）", after[0]]


def test_a_title_as_wide_as_the_column_after_a_story_s_last_sentence_stands_alone():
    """A story in columns of 16 ends on a full line with a sentence's end, and the
    titles are dumped after the bodies. The first title, closed by its column tag
    (nested brackets), happens to be as wide as the column: it is neither the last line
    of the paragraph above (it would end that paragraph without a sentence's end) nor
    a paragraph's first line (the next line, another title, is far shorter). A name
    glossed in brackets at the end of a paragraph's first line, going on at full
    width, still opens the paragraph it belongs to."""
    story = ["年前，街口的面馆又开张了。老", "板说，今年的价钱一分不涨，老街坊", "们都能吃得起，面香走进千家万户。"]
    assert [len(x) for x in story] == [14, 16, 16]
    title, other = "小店民生事（民生观察·小店（上））", "春来早（图片新闻）"
    blocks = reflow_page(Page("dump.txt", lines=[*story, title, other])).blocks
    assert [b.text for b in blocks] == ["".join(story), title, other]
    gloss = ["最早来吃面的就是老周（周一）", "他说这碗面一吃就是三十多年了，还", "要接着吃下去。"]
    blocks = reflow_page(Page("gloss.txt", lines=[*story, *gloss])).blocks
    assert [b.text for b in blocks][-1] == "".join(gloss)


def test_a_bulleted_heading_as_wide_as_a_first_line_stands_before_a_first_line_with_marks():
    """A bulleted heading (``■…``) happens to be as wide as a paragraph's indented first
    line, and the line under it, the paragraph's own first line, holds a comma: that
    line is still short by the indent (its marks can only make it look wider) and the
    next runs full, so the heading is a line of its own, not the first line of the
    paragraph."""
    before = wrap(["这几年村里的变化，大家都看在眼里：路宽了，灯亮了，院子干净了，村民的日子也一天比一天红火了。"], 16)
    heading = "■村里修起新路，路通到家门口"
    para = ["今年开春以来，村里把新路修到", "了每家每户的门口，村民出门再也不", "怕下雨天踩一脚泥了。"]
    assert [len(x) for x in [*before, heading, *para]] == [14, 16, 16, 14, 14, 16, 10]
    blocks = reflow_page(Page("bullet.txt", lines=[*before, heading, *para])).blocks
    assert [b.text for b in blocks] == ["".join(before), heading, "".join(para)]


def test_a_page_s_first_line_cut_inside_a_word_before_a_blank_line_goes_on():
    """pdfminer set a blank line after a page's first line, where no column is measured
    yet: that line of running text (two commas, no end) stops inside a word that the
    next line ends (``…国与家`` / ``庭…``), so it goes on into it; it is no title."""
    lines = ["小家连着大家，家与国相依。在我们的心里，国与家", "", "庭从来都是一体的，谁也离不开谁。", "",
             "过年回家，一家人围坐在一起，说的是家常，", "盼的是国家越来越好。"]
    blocks = reflow_page(Page("first.txt", lines=lines)).blocks
    assert blocks[0].text == "小家连着大家，家与国相依。在我们的心里，国与家庭从来都是一体的，谁也离不开谁。"


def test_a_list_item_s_last_word_and_its_mark_on_a_line_of_their_own_go_on_the_item():
    """A figure box narrower than the column: each item of its list wraps its last
    word and its mark onto a line of their own (``…1.95亿`` / ``人次；``). No paragraph
    is one word and a mark, and the item's line ends with no mark: one item a paragraph.
    Title lines above a caption's cut line stay apart from it."""
    box = ["今年公共交通客流回升。", "公交车运送乘客2.6亿", "人次；", "地铁运送乘客1.95亿", "人次；",
           "轮渡运送乘客310.5", "万人次。"]
    texts = [b.text for b in reflow_page(Page("box.txt", lines=wrap(PARAS, 12) + box)).blocks]
    assert texts[-3:] == ["公交车运送乘客2.6亿人次；", "地铁运送乘客1.95亿人次；", "轮渡运送乘客310.5万人次。"]
    assert texts[:-3] == [*PARAS, "今年公共交通客流回升。"]
    titles = ["新城公园迎来首批游客", "湖边步道全面开放", "游客在湖边的步道上散步，欣赏", "美景。"]
    texts = [b.text for b in reflow_page(Page("t.txt", lines=wrap(PARAS, 16) + titles)).blocks]
    assert "新城公园迎来首批游客" in texts and "湖边步道全面开放" in texts


def test_a_stack_of_short_heading_lines_does_not_run_into_the_box_text_below():
    """A box's heading set as a stack of four-character lines and a name
    (``愛心見證`` / ``女兒懂事`` / ``成績優異`` / ``班導師陳明``), then the box's text in lines
    three times as wide: the stack reads as a narrow column of its own, and no paragraph
    widens so much from one line to the next, so the text opens a block of its own."""
    story = ["50歲的阿珠嬸每天清晨四點就起床，到市場幫人洗菜、搬貨，一天工資不到八百元，還要照顧中風臥床的丈夫。",
             "阿珠嬸說，丈夫三年前在工地跌倒後半身不遂，家裡頓失經濟支柱，兩個女兒都還在念書，她只能咬牙硬撐。"]
    box = ("小芳的班導師陳明說，小芳雖然家境困難，但從不抱怨，放學後還會幫媽媽做家事，"
           "成績一直保持在全班前三名，是同學們的好榜樣。")
    heads = ["愛心見證", "女兒懂事", "成績優異", "班導師陳明"]
    got = [t for _, t in blocks([*wrap(story, 14), *heads, *wrap([box], 28, indent=0), "（報導．攝影╱林小華）"])]
    assert got[:2] == story and got[-2:] == [box, "（報導．攝影╱林小華）"]
    assert "".join(got[2:-2]) == "".join(heads)


def test_a_subtitle_of_two_phrases_stays_apart_from_a_caption_set_far_wider_below():
    """pdfminer sets a story's subtitle (two phrases parted by a space, as wide as the
    column) and, after a blank line, the caption of the photo above it, set across the
    photo in a line more than twice as wide: no paragraph widens so, so the subtitle
    does not run into the caption."""
    story = ["陳伯今年六十二歲，年輕時在工地搬運建材，一做就是三十多年，如今雙膝退化，走路都要拄拐杖。",
             "他說，最放心不下的是還在念高中的孫子，希望孫子能好好讀書，將來不必像他一樣辛苦。"]
    subtitle = "老農跌傷難下田 盼早日康復再耕作"
    caption = "陳伯的女兒每天清晨幫父親換藥，再騎車趕去市場擺攤，一家人的生計全靠她一肩撐起。"
    got = [t for _, t in blocks([*wrap(story[:1], 17), "", "老農雙膝退化", "", subtitle, "", caption, "",
                                 *wrap(story[1:], 17)])]
    assert subtitle in got and caption in got


def test_a_brief_s_heading_one_character_short_of_the_column_stands_apart():
    """A roundup's briefs each open with a heading of plain Han characters, here one
    character short of the 16-character column, and the brief's text runs full under
    it: a line of running text would have filled that cell, so the heading is a block
    of its own and the brief's text another."""
    heading = "海島小學的新操場迎來第一批學生"  # 15 characters: one cell short
    brief = "今年秋季開學前島上唯一的小學鋪好了新操場，孩子們終於不用在泥地上跑步了，家長們都很高興。"
    got = [t for _, t in blocks([*wrap(PARAS, 16), "（據本報記者綜合報道）", heading, *wrap([brief], 16, indent=0)])]
    assert heading in got and brief in got


def test_a_letter_s_heading_over_its_first_line_stands_apart_where_the_column_changes():
    """A story in a 13-character column, then a reader's letter in a 14-character one:
    the letter's heading (nine Han characters) stands over its first paragraph, whose
    first line lost its indent of two characters. Measured against the story's
    narrower column the heading looks like a first line; counted in characters, the
    line under it is two short of the full lines after it, so it opens the paragraph
    and the heading is a block of its own."""
    story = "社区食堂开在街道办事处一楼，每天中午为老人做三菜一汤，老人吃上热饭，子女也放心。"
    heading = "让农村留住好医生留住人"
    letter = ("乡村医生，守护着村民的健康，也守护着一方平安。然而，现在许多年轻医生不愿留在村里，"
              "一心想着通过考试进城，村卫生室常常只剩下年过花甲的老医生。")
    got = [t for _, t in blocks([*wrap([story], 13), heading, *wrap([letter], 14)])]
    assert got == [story, heading, letter]


def test_a_sentence_set_across_columns_ends_before_a_column_line():
    """A caption printed on one line across the columns, ending its sentence, between
    captions wrapped in a narrow column (an extractor dumps them in a row): the wide
    line is no line of the narrow column's paragraph, so it stands apart. In a column
    as wide as that line, a sentence ending at a line's end goes on."""
    first = wrap(["李大妈（左）和孙女在院子里晒太阳，孙女今年读小学三年级。"], 13, indent=0)
    wide = "老人（中）在女儿出嫁后靠卖菜的微薄收入，独自照顾两个孙子。"
    narrow = wrap(["张先生（右）腰伤后卧床不起，妻子白天打工，晚上照顾他，生活十分拮据。"], 13, indent=0)
    got = [t for _, t in blocks([*first, wide, *narrow])]
    assert got == ["".join(first), wide, "".join(narrow)]
    lines = ["　　社区食堂开在街道办事处一楼，每天中午为老人做饭。",
             "老人吃上热饭，子女也放心，食堂的饭菜价格也实惠，", "附近的居民都来这里吃饭。"]
    assert [t for _, t in blocks(lines)] == ["".join(x.strip() for x in lines)]


def test_a_heading_in_a_column_of_its_own_stands_over_the_wider_text_of_its_box():
    """After a story in a column of 21 Han, a box of briefs in a column of 23: an item's
    heading of 14 Han over its first line, which the column finder measured as a column
    of its own. Narrower than the columns before and after it, with the line after it
    running past it, the line is a heading, not a paragraph's first line. A line as wide
    as the columns on either side goes on into the next."""
    lines = ["但愿在人生的道路上，我们都能多一点点诗意。", "港口新建两座泊位年吞吐量大增",
             "当地政府日前宣布，港口新建的两座深水泊", "位正式投入使用，年吞吐能力提高一成以上，可同"]
    r = _Reflower(measure(lines), "zh")
    r.col = [41.0, 28.0, 45.5, 45.5]  # as the column finder measured such a box
    assert r.breaks_after(1, 0, lines[1])
    r.col = [41.0, 41.0, 45.5, 45.5]
    assert not r.narrow_between(1, 41.0)
    # an indented first line with a figure measures short by its indent and the figure's gaps
    para = ["情况报告，各项问题已基本整改完毕。", "2021 年下半年，全市将组织开展第二轮老旧小区改造",
            "（街道）整改情况“回头看”，推动各街道继续深化问题整改落", "实，不断巩固工作成果。"]
    r = _Reflower(measure(para), "zh")
    r.col = [58.3, 45.5, 57.5, 57.5]  # the column finder measured the first line short
    assert not r.narrow_between(1, 45.5)


def test_a_dateline_cut_after_its_date_began_opens_its_paragraph():
    """A source note ending with a closing title mark, then the next story's dateline cut
    over two lines after its month (``据新华社北京2月25`` / ``日电``): the dateline opens
    the next story's text even though the line before it ends no sentence. A line that
    merely names the agency goes on with its paragraph."""
    note = ["资料来源：市统计局、", "市商务局《2023年消", "费市场报告》"]
    story = ["据新华社北京3月12", "日电", "外交部发言人", "12日在例行记者会", "上回答了提问。"]
    got = [t for _, t in blocks([*note, *story])]
    assert got[0] == "".join(note) and "".join(got[1:]).startswith("据新华社北京3月12日电")
    quoted = ["他说，这一消息来自", "据新华社报道的一份", "材料，内容属实。"]
    assert [t for _, t in blocks(quoted)] == ["".join(quoted)]


def test_a_box_heading_over_an_item_s_indented_first_line_stands_alone():
    """After a story in a wide column, a box of briefs in a column of 17 Han: an item's
    heading of 12 Han over the item's indented first line (15 cells), which the column
    finder measured as a column of its own, 15 wide. The heading is short of that line
    by about the indent, as a narrower story's indented first line is short of its full
    one, but the line after fills a column wider than the first line by the indent: the
    first line is that column's indented first line, and the heading stands alone. A
    first line that fills its column as the lines after it do goes on from the line
    over it."""
    lines = ["从十二个方面提出了三十四条具体措施。", "港口新建两座泊位启用投产", "当地政府日前宣布，新建的两座深",
             "水泊位正式投入使用，年吞吐能力提高", "一成以上，可同时停靠两艘大型货轮。"]
    r = _Reflower(measure(lines), "zh")
    r.col = [58.5, 58.5, 29.5, 34.0, 34.0]  # as the column finder measured such a box
    assert r.breaks_after(1, 0, lines[1])
    assert r.indented_over(2) and not r.indented_over(3)


def test_a_pull_quote_over_two_lines_whose_first_ends_at_a_comma_is_one_paragraph():
    """Two pull quotes over a story's text, each set over two lines: a full line that
    ends at a clause's comma, then a shorter one that ends no sentence. Each quote is
    one paragraph. A verse's short line ending at its comma does not run on so."""
    quotes = ["乡村振兴既要产业兴旺，又要生态宜居，更要乡风文明，", "让农民过上更加美好的生活",
              "我们将以更大力度、更实举措、更好作风推进改革，", "让发展成果更多惠及全体人民"]
    story = wrap(["改革开放以来，村里的变化一年比一年大，村民的腰包鼓起来了，日子越过越红火。"
                  "村干部说，今后还要在发展特色产业上多下功夫，让乡亲们的收入再上一个台阶。"], 24)
    got = [t for _, t in blocks([*quotes, *story])]
    assert got[:2] == [quotes[0] + quotes[1], quotes[2] + quotes[3]]
    verse = ["漫漫回乡路，", "处处有温暖", *story]
    r = _Reflower(measure(verse), "zh")
    assert not r.clause_runs_on(r.lines[0], r.lines[1])
    r = _Reflower(measure([*quotes, *story]), "zh")
    assert r.clause_runs_on(r.lines[0], r.lines[1]) and not r.clause_runs_on(r.lines[1], r.lines[2])


def test_a_pull_quote_in_the_column_right_under_a_paragraph_is_its_own_block():
    """A story's last paragraph ends a sentence at a full line's end, and a pull quote
    of the next story follows in the same column with no blank or indent: four lines
    with commas but no sentence end, the last one short and ending in a character.
    The quote is a block of its own; a paragraph whose short last line ends its
    sentence stays whole."""
    para = wrap(["调研组实地查看了边境口岸和管线设施，听取基层单位的意见建议，强调要抓好落实，服务好两国经济社会发展。"], 13)
    assert para[-1].endswith("。") and len(para[-1]) == 13
    quote = ["什么时候坚持解放思想与实事", "求是，认识就科学，思想就进", "步，队伍就壮大，事业就发展，", "人民就幸福"]
    after = wrap(["思想是行动的先导，理论是实践的指南，只有坚持科学的世界观和方法论，才能把握规律。"], 13)
    got = [t for _, t in blocks([*para, *quote, *after])]
    assert got[:2] == ["".join(para), "".join(quote)]
    ended = [*quote[:3], "人民就幸福。"]
    assert blocks([*para, *ended, *after])[0][1] == "".join(para + ended)
