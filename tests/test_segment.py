"""Where one story ends and the next begins."""

from __future__ import annotations

import json

from papercli.invariant import compare
from papercli.model import Block, Page
from papercli.pipeline import clean_page
from papercli.records import page_records, page_text, pages_from_records
from papercli.reflow import reflow_page
from papercli.segment import _title_entries, segment_page

from .wrap import PARAS, wrap

OTHER = [
    "春节前夕，市文化馆组织书法家走进社区，为居民义务书写春联，现场墨香四溢，年味渐浓，前来求字的居民络绎不绝，大家都说这样的活动办到了心坎上。",
    "不少居民早早排起了长队，一位老人捧着刚写好的春联说，这是今年收到的最好的新年礼物，回家就要贴在大门上，让一家人都沾沾喜气。",
]

#: a story whose last line is full at a width of 18 (16 + 2 × 18 characters)
FULL_END = [
    "元宵节前夕，社区志愿者走进敬老院，为老人们送去汤圆和慰问品，陪老人们聊家常、猜灯谜、写福字，院子里欢声笑语不断，处处洋溢着节日的喜庆气氛。",
    "敬老院负责人介绍，志愿者们每个月都会来院里开展活动，帮老人打扫房间、理发剪指甲，还定期请医生为老人们检查身体，深受大家欢迎。",
    "一位八十多岁的老人拉着志愿者的手说，孩子们常来看望，陪自己说说话、聊聊天，心里觉得特别温暖、踏实、开心。",
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


def test_the_reporters_list_and_a_photo_report_credit_close_their_stories():
    """No byline or dateline of their own: the stories end where the bracketed list of
    reporters, or the credit of a photo report, stands; each stays the last paragraph."""
    note = "（本报记者周明、李华、王强、赵丽、陈杰、刘洋）"
    credit = "本报记者 周明 李华摄影报道"
    third = ["市民在公园里观看花灯展览，孩子们提着小灯笼在灯下嬉戏，一片欢声笑语，老人们也纷纷拿出手机拍照留念。",
             "据了解，今年的灯展共有大小灯组六十余个，将持续到元宵节，其间每晚还有民俗表演，欢迎市民前来观赏。",
             "为保障游园安全，公园增设了临时服务点和志愿岗，并在主要路口安排专人疏导人流，确保市民安心赏灯。"]
    first = FULL_END
    lines = [*wrap(first, 16), "（本报记者周明、李华、王强、赵丽、", "陈杰、刘洋）",
             *wrap(OTHER[::-1], 16), "本报记者", "周明", "李", "华摄影报道", *wrap(third, 16)]
    arts = clean_page(Page("notes.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [[*first, note], [*OTHER[::-1], credit.replace(" ", "")], third]


def test_a_story_of_short_paragraphs_in_one_column_is_no_dump_of_captions():
    """Short paragraphs (under 60 characters) wrapped in one justified column are a
    story, not headlines and captions emitted after the bodies."""
    short = ["“今年的年过得最舒心。”正月初八，老李家里的年味还很浓，门上的春联红彤彤的，格外喜庆。",
             "喜从何来？家门口建起了工厂，老李和妻子都在厂里找到了工作，再也不用背井离乡外出打工了。",
             "回来后工资少了吗？老李笑着摇头，说钱是少了一些，可一家人能天天在一起，比什么都强。",
             "以前每年只能回家一次，路上就要花两三天，如今骑车十分钟就能到工厂上班，日子越过越红火。"]
    lines = [*wrap(PARAS, 16), *wrap(short, 12)]
    arts = clean_page(Page("short.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [PARAS, short]


def test_a_wider_column_after_a_finished_paragraph_starts_a_story():
    """A line runs no wider than its column: after a full line ending a sentence, lines
    a fifth wider belong to another story, even with no title between them."""
    wide = ["活动中，几位本地作家分享了自己的阅读经验，同学们认真聆听并积极提问，现场气氛十分热烈，"
            "大家纷纷表示收获很大，希望以后能多参加这样的活动，在书香中快乐成长。",
            "据介绍，图书馆今年还将推出更多面向青少年的阅读推广项目，组织名家讲座和亲子共读活动，"
            "让书香浸润校园，让更多的孩子爱上阅读、学会阅读。"]
    first = FULL_END
    lines = [*wrap(first, 18), *wrap(wide, 21)]
    assert len(lines[len(wrap(first, 18)) - 1]) == 18  # the first story ends on a full line
    arts = clean_page(Page("wider.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [first, wide]


def test_title_lines_after_a_full_last_line_stay_out_of_its_paragraph():
    """The story ends on a full line; the short lines after it (a title emitted after
    the bodies) are too short to carry the paragraph on and end nothing: a title."""
    lines = [*wrap(FULL_END, 18), "一项了不起的科技", "壮举（国际论坛）"]
    page = clean_page(Page("title.txt", lines=lines))
    assert [a.paragraphs for a in page.articles or []] == [FULL_END]
    assert "".join(x.text for x in page.loose) + "".join(
        (a.headline or "") + (a.subheadline or "") for a in page.articles or []) == "一项了不起的科技壮举（国际论坛）"


def test_a_short_paragraph_in_a_narrower_column_opens_the_next_story():
    """Two or three lines are too few to measure a column, but their widest line
    but the last shows it: a paragraph in a column half as wide starts a story."""
    story = ["中国要强，农业必须强；中国要美，农村必须美；中国要富，农民必须富。",
             *OTHER]
    wide = [*wrap(FULL_END, 20)]
    lines = [*wide, *wrap(story, 13)]
    arts = clean_page(Page("narrow.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [FULL_END, story]


def test_a_source_note_stays_the_last_paragraph_and_is_never_a_title():
    lines = [*wrap(FULL_END, 16), "資料來源：市衛生局", "（王艳）", *wrap(PARAS, 16), "数据来源：市统计局"]
    page = clean_page(Page("source.txt", lines=lines))
    arts = page.articles or []
    assert arts[0].paragraphs == [*FULL_END, "資料來源：市衛生局"] and arts[0].byline == "王艳"
    assert all("来源" not in (a.headline or "") for a in arts)
    assert "数据来源：市统计局" in [*arts[1].paragraphs, *(x.text for x in page.loose)]


def test_lines_before_a_story_are_its_lead_in_when_the_titles_come_last():
    """Titles emitted after all the bodies: the standalone lines right before a story
    (a box heading, a salutation) open its text. With the titles before their stories
    (no dump at the end), the same lines stay title candidates."""
    second = [*OTHER]
    titles = ["市图书馆举办青少年阅读分享活动", "书法家进社区义写春联"]
    body = [*wrap(PARAS, 16), "（王艳）", "编辑同志：", *wrap(second, 16), "（张贺）"]
    arts = clean_page(Page("lead.txt", lines=[*body, *titles])).articles or []
    assert [a.paragraphs for a in arts] == [PARAS, ["编辑同志：", *second]]
    assert [a.headline for a in arts] == titles
    first = clean_page(Page("titles-first.txt", lines=[titles[0], *body])).articles or []
    assert first[1].paragraphs == second


def test_a_caption_between_two_stories_is_no_first_paragraph():
    """After a story closed by its byline, a sentence naming where a photo's people
    stand, followed by the next story's text, is that photo's caption."""
    cap = "阿宗（左）下半身癱瘓，生活起居全靠妻子照顧。"
    lines = [*wrap(PARAS, 16), "（王艳）", cap, *wrap(OTHER, 16), "（张贺）"]
    page = clean_page(Page("between.txt", lines=lines))
    assert [a.paragraphs for a in page.articles or []] == [PARAS, OTHER]
    assert cap in [c.text for a in page.articles or [] for c in a.captions] + [x.text for x in page.loose]


def test_a_title_closed_by_its_column_tag_starts_the_next_story():
    """Titles before their stories, both in one column width, no dateline: a title line
    ending with a column tag (``（艺海观澜）``) is no section heading of the story above."""
    lines = [*wrap(FULL_END, 16), "科幻成为中国故事创", "作新天地（艺海观澜）", *wrap(OTHER, 16)]
    arts = clean_page(Page("tagged.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [FULL_END, OTHER]
    assert arts[1].headline is not None and "艺海观澜" in (arts[1].headline or "") + (arts[1].subheadline or "")


def test_summary_points_after_a_story_open_the_next_one():
    """Two bulleted points set above a story follow the last paragraph of the one
    before, in the same column: they open the next story; a bulleted heading inside
    a story (no punctuation) does not."""
    points = ["■护林员的脚步，丈量着大山的每一道沟坎", "■守护青山，就是守护一方百姓的饭碗"]
    lines = [*wrap(PARAS, 16), *wrap(points, 16), *wrap(OTHER, 16)]
    arts = clean_page(Page("points.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [PARAS, [*points, *OTHER]]
    lines = [*wrap(PARAS, 16), "■记者手记", *wrap(OTHER, 16)]
    arts = clean_page(Page("heading.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [[*PARAS, "■记者手记", *OTHER]]


def test_a_paragraph_narrowed_around_a_picture_stays_in_its_story():
    """A story set 21 wide narrows to 17 beside a picture for one paragraph and goes
    back to 21: the wider lines after the narrow ones are its own column again, not
    another story's."""
    wide = ["活动中，几位本地作家分享了自己的阅读经验，同学们认真聆听并积极提问，现场气氛十分热烈，"
            "大家纷纷表示收获很大，希望以后能多参加这样的活动，在书香中快乐成长。",
            "据介绍，图书馆今年还将推出更多面向青少年的阅读推广项目，组织名家讲座和亲子共读活动，"
            "让书香浸润校园，让更多的孩子爱上阅读、学会阅读。"]
    narrow = [OTHER[0] + OTHER[1]]
    lines = [*wrap(wide, 21), *wrap(narrow, 17), *wrap(wide, 21)]
    arts = clean_page(Page("picture.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [[*wide, *narrow, *wide]]


def test_a_heading_wrapped_over_two_lines_keeps_where_each_line_stood():
    """Two standalone lines made one heading keep their own block positions: if the
    story is later taken apart, its title pieces must still read as neighbours
    (``殘父：願代受病痛`` at 112, ``窩住廢工寮`` at 113, ``「盼讓她快樂」`` at 114)."""
    from papercli.segment import _Segmenter

    s = _Segmenter(Page("t", lines=[]))
    s.new_article()
    s.width = 20.0
    s.held = [("殘父：願代受病痛", 112), ("窩住廢工寮", 113)]
    s.keep_headings()
    assert s.articles[0].paragraphs == ["殘父：願代受病痛窩住廢工寮"]
    assert s.sources[0] == [(112, ["殘父：願代受病痛"]), (113, ["窩住廢工寮"])]


def test_lines_between_a_tagged_title_and_its_story_open_the_story():
    """Titles in reading order (no dump at the end): a title closed by its column tag,
    then a heading and the author's name set in the column, then the text. The title
    has ended at its tag, so the two lines are the story's first paragraphs, not a
    title of their own that would cut the story in two."""
    lead = ["一段难忘的岁月", "林晓梅"]
    lines = [*wrap(PARAS, 16), "（王艳）", "书法家进社区义写春联（文化周刊）", *lead, *wrap(OTHER, 16), "（张贺）"]
    arts = clean_page(Page("after-tag.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [PARAS, [*lead, *OTHER]]
    assert arts[1].headline == "书法家进社区义写春联（文化周刊）"


def test_a_point_after_a_section_heading_and_author_stays_in_the_story():
    """A roundup story's section: its heading, its author, then a bulleted point and
    the text. The point opens the section, not another story."""
    section = ["城南第一小学", "寒假里的读书会", "林晓梅"]
    point = "■在城南一小，寒假读书会是一项传统，师生们每年寒假都在图书馆里一起读书、交流心得"
    lines = [*wrap(PARAS, 16), *section, *wrap([point], 16, indent=0), *wrap(OTHER, 16)]
    arts = clean_page(Page("section.txt", lines=lines)).articles or []
    assert len(arts) == 1 and any(p.startswith(point) for p in arts[0].paragraphs)


def test_a_box_heading_and_its_short_line_before_a_wider_column_lead_into_the_next_story():
    """``核心阅读`` and one short line under it stand between a story in 16-wide
    columns and one in 24-wide columns: they open the second story."""
    lines = [*wrap(PARAS, 16), "核心阅读", "书香浸润校园。", *wrap(OTHER, 24)]
    arts = clean_page(Page("lead.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [PARAS, ["核心阅读", "书香浸润校园。", *OTHER]]


def test_a_section_of_short_lines_before_a_wider_column_stays_in_its_story():
    """More than :data:`LEAD_MAX` paragraphs since the heading: a section of the
    first story (quotes and their sources), not a lead-in."""
    quotes = ["读书让孩子们看到了更大的世界，也学会了思考。", "——市图书馆馆长",
              "每一本好书都是一盏灯，照亮孩子们成长的道路。", "——一位作家"]
    lines = [*wrap(PARAS, 16), "读者寄语", "——编者", *wrap(quotes, 16), *wrap(OTHER, 24)]
    arts = clean_page(Page("quotes.txt", lines=lines)).articles or []
    assert [a.paragraphs[-1] for a in arts] == ["——一位作家", OTHER[-1]]
    assert arts[-1].paragraphs == OTHER


def test_a_credit_whose_last_name_was_cut_over_lines_closes_its_story():
    """``本版制图：林晓`` / ``蔡华`` / ``伟``: the extractor cut the second name where the
    font's spacing was; the credit is one line, kept names apart, and it closes the story."""
    lines = [*wrap(PARAS, 16), "本版制图：林晓", "蔡华", "伟", *wrap(OTHER, 16)]
    arts = clean_page(Page("credit.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [[*PARAS, "本版制图：林晓 蔡华伟"], OTHER]


def test_a_short_title_after_a_credit_is_no_piece_of_its_name():
    lines = [*wrap(PARAS, 16), "版式设计：林晓", "要闻", *wrap(OTHER, 16)]
    arts = clean_page(Page("credit.txt", lines=lines)).articles or []
    assert arts[0].paragraphs == [*PARAS, "版式设计：林晓"]


def test_a_closing_dateline_with_many_places_and_reporters_cut_over_lines_closes_its_story():
    """The bracket opened by the note closes four lines later; the note is one
    paragraph, the story's last, however its lines measure."""
    note = ["（本报华盛顿、莫斯科、金边、布鲁塞尔、东京、", "开罗、路易港、约翰内斯堡2月4日电", "记者郑琪、",
            "殷新宇、丁子、赵益普、任彦、方莹馨、刘军国、曲", "翔宇、景玥、周輖、李滢嫣、吕强）"]
    arts = clean_page(Page("note.txt", lines=[*wrap(PARAS, 18), *note, *wrap(OTHER, 18)])).articles or []
    assert [a.paragraphs for a in arts] == [[*PARAS, "".join(note)], OTHER]


def test_a_closing_note_narrower_than_the_story_s_column_opens_no_story():
    """The note's lines measure narrower than the story's column and only titles
    follow: a change of column, but a note closes the story it follows."""
    note = ["（本报华盛顿、莫斯科、金边、布鲁塞尔、东京、", "开罗、路易港、约翰内斯堡2月4日电", "记者郑琪、",
            "殷新宇、丁子、赵益普、任彦、方莹馨、刘军国、曲", "翔宇、景玥、周輖、李滢嫣、吕强）"]
    arts = clean_page(Page("note.txt", lines=[*wrap(OTHER, 22), *note, "同奋进", "共繁荣"])).articles or []
    assert [a.paragraphs for a in arts] == [[*OTHER, "".join(note)]]


def test_a_closing_dateline_whose_reporters_run_over_five_lines_is_one_note():
    note = ["（新华社北京2月4日电", "执笔记", "者：丁小溪、姜潇、王琦；参与记者：吴", "晶、史竞男、王希、胡喆、常天童、曹国",
            "厂、高博、樊攀、薛天、周强、岳德亮、", "陈刚、马锴）"]
    arts = clean_page(Page("note.txt", lines=[*wrap(PARAS, 18), *note, *wrap(OTHER, 18)])).articles or []
    assert [a.paragraphs for a in arts] == [[*PARAS, "".join(note)], OTHER]


def test_a_title_piece_right_after_a_photo_caption_is_marked():
    """Title pieces at the end of the page with a photo caption between two titles:
    the piece right after the caption opens a title (``after_caption``, for match)."""
    bodies = ["復健病房裡，42歲阿賢踩著腳踏車，騎10分鐘就滿頭大汗，妻子阿惠在旁打氣。",
              "38歲的潘志行舉著無力雙手吃力地復健，他說最掛心家裡5個孩子。"]
    lines = [p[i:i + 14] for p in bodies for i in range(0, len(p), 14)]
    lines += ["婦忙顧癱夫", "力拼準時畢業", "腦傷女盼擔家計", "小維（右）分擔照顧爸爸責任，讓媽媽休息一下。",
              "癱父心繫5子", "咬牙復健"]
    page = segment_page(Page("t", lines=lines))
    assert [e["text"] for e in page.pending_headlines if e.get("after_caption")] == ["癱父心繫5子"]


def test_titles_printed_twice_after_the_bodies_stay_titles():
    """Titles dumped after the bodies and printed twice (fake bold) are title lines:
    a title wider than the one before it is no line of it, and one closed by its
    column tag after a quote (``…心坎上！”（新春走基层）``) is no story whose byline is the tag."""
    second = ["本报讯 " + OTHER[0], *OTHER[1:]]
    titles = ["青少年阅读分享活动受欢迎", "“这副春联写到了心坎上！”（新春走基层）"]
    twice = [t for title in titles for t in (title, title)]
    arts = clean_page(Page("bold.txt", lines=[*wrap(PARAS, 16), "（李明）", *wrap(second, 16), "（王芳）", *twice])).articles
    assert [(a.headline, a.byline) for a in arts or []] == [(titles[0], "李明"), (titles[1], "王芳")]


def test_a_title_wrapped_over_two_lines_counts_as_two_printed_lines():
    """Whether titles were dumped after the bodies is counted in printed lines: a title
    kept whole over two lines counts as the two pieces it would otherwise be."""
    from papercli.reflow import reflow_page
    from papercli.segment import _Segmenter

    page = reflow_page(Page("t", lines=[*wrap(PARAS, 16), "社区里新开的艺术", "馆，居民常来看展"], lang="zh"))
    s = _Segmenter(page)
    s.run()
    (text, pos, _), = s.headlines
    assert text == "社区里新开的艺术馆，居民常来看展" and s.printed_lines(text, pos) == 2


def test_titles_with_commas_printed_twice_after_the_bodies_show_a_dump():
    """Titles dumped after the bodies, printed twice and with a comma in them, still
    show that the titles came last: the box heading before the first story
    (``核心阅读``) stays its first paragraph, not a title."""
    second = ["本报讯 " + OTHER[0], *OTHER[1:]]
    titles = ["读书分享进校园，书香浸润青少年", "书法家进社区，春联送到千万家"]
    twice = [t for title in titles for t in (title, title)]
    arts = clean_page(Page("lead.txt", lines=["核心阅读", *wrap(PARAS, 16), *wrap(second, 16), *twice])).articles or []
    assert [(a.headline, a.paragraphs[0]) for a in arts] == [(titles[0], "核心阅读"), (titles[1], second[0])]
    # a production credit (a two-character name spaced as three) is no lead-in line of the next story
    lines = ["核心阅读", *wrap(PARAS, 16), "（王艳）", "本版制图：张 明", *wrap(second, 16), *twice]
    firsts = [a.paragraphs[0] for a in clean_page(Page("credit.txt", lines=lines)).articles or []]
    assert "本版制图：张 明" not in firsts


def test_a_notice_field_before_the_byline_is_the_story_s_last_paragraph_not_a_title():
    """``捐款帳號：A1234`` set on a line of its own at a story's end, before its byline
    (cut over two lines here): a paragraph of that story, not a title waiting for a story."""
    lines = [*wrap(FULL_END, 16), "捐款帳號：A1234", "（報導", "攝影╱林小明）", *wrap(PARAS, 16)]
    page = segment_page(reflow_page(Page("field.txt", lines=lines)))
    arts = page.articles or []
    assert arts[0].paragraphs[-1] == "捐款帳號：A1234"
    assert not any("A1234" in h["text"] for h in page.pending_headlines)


def test_a_column_tag_closing_titles_run_together_is_no_byline():
    """Two dumped titles that the reflow ran together (their widths matched) end in
    the second one's column tag, after an exclamation: with no paragraph of a story
    before it, the bracket is a tag (``记者手记``), not the names that sign a story."""
    story = [Block("body", wrap(FULL_END[:1], 16), text=FULL_END[0] + "（王艳）")]
    titles = "敬老院里过元宵“谢谢你们，好朋友！”（记者手记）"
    page = segment_page(Page("tags.txt", blocks=[*story, Block("body", [titles], text=titles)]))
    assert [a.byline for a in page.articles or []] == ["王艳"]
    assert any("记者手记" in h["text"] for h in page.pending_headlines)


def test_a_deck_set_wider_than_the_story_before_opens_the_next_dated_story():
    """Titles come last; a deck of four lines set in the wider column of the next
    story, ending no sentence, stands apart from the story before it: it opens the
    story that its dateline starts, instead of being taken for a title."""
    deck = "将加快建设城乡公交网络，推动客运班线延伸到更多建制村，让村民出行更方便更省钱，让农产品运得出卖得好"
    story = ["本报北京3月2日电 （记者王艳）交通运输部日前印发通知，要求各地加快推进城乡交通运输一体化建设，"
             "让农村公交通到更多的村。",
             "通知提出，到明年底，具备条件的建制村全部通客车，农村客运班线票价保持稳定，村民出行更加便利。"]
    titles = ["书法家进社区义写春联", "城乡公交一体化加快推进"]
    lines = [*wrap(OTHER, 11), *wrap([deck], 14, indent=0), *wrap(story, 14), *titles]
    page = clean_page(Page("deck.txt", lines=lines))
    assert [(a.headline, a.paragraphs) for a in page.articles or []] == [(titles[0], OTHER), (titles[1], [deck, *story])]
    assert not page.loose


def test_a_tagged_box_heading_among_the_text_stays_in_its_story_when_the_titles_come_last():
    """A reporter's note boxed inside a story has a heading closed by a column tag.
    On a page whose titles all come after the bodies, that heading is no title of a
    next story: the box stays in the story, the heading its paragraph."""
    main = ["村里的老支书今年六十八岁，每天清早都要在村里走上一圈，看看哪家的院墙塌了，哪条路上积了水，"
            "回来就记在随身带着的笔记本上，一天也没有落下过，村民们都说他是村里的“活地图”。",
            "这些年，老支书记下的笔记本已经有二十多本，村民们提的意见，大到修路架桥，小到邻里纠纷，"
            "一条一条都记在上面，办好一件就划掉一件，笔记本的边角都磨得发白了。"]
    box = ["一年到头走村入户，听家长里短，走遍了村里的每一户人家，老支书的笔记本记满了村民的心里话，每一页都写得密密麻麻。",
           "他说，村里的事再小也是大事，记下来才不会忘，办好了才对得起乡亲们的信任。"]
    heading = "民情笔记（记者手记）"
    titles = ["市图书馆举办青少年阅读分享活动", "老支书的笔记本记满村民心里话（新春走基层）", "书法家进社区义写春联"]
    lines = [*wrap(PARAS, 16), "（王艳）", *wrap(main, 16), heading, *wrap(box, 16), "（张贺）",
             *wrap(OTHER, 16), "（李明）", *titles]
    arts = clean_page(Page("box.txt", lines=lines)).articles or []
    assert [(a.headline, a.paragraphs, a.byline) for a in arts] == [
        (titles[0], PARAS, "王艳"), (titles[1], [*main, heading, *box], "张贺"), (titles[2], OTHER, "李明")]


def test_a_lone_line_wider_than_the_story_s_column_opens_the_next_wider_story():
    """A paragraph of one line that runs wider than the narrow column before it, with
    a wider column after it, is the first paragraph of the story in that column (no
    line runs past its column), not the last of the narrow story."""
    lone = "早春二月，江南水乡处处春意盎然。"
    feature = ["“要把家乡建设得更美”“要让乡亲们的日子越过越红火”，这些话语一直激励着村里的党员干部，大家撸起袖子加油干。",
               "近年来，村里修通了公路，建起了合作社，发展起乡村旅游，村民的腰包一年比一年鼓，笑容一年比一年多，"
               "外出打工的年轻人也陆续回到了村里。",
               "村党支部书记说，乡村振兴不能光靠等靠要，要靠大家一起想办法、一起干，把村里的山水资源变成致富的本钱，"
               "让老百姓在家门口就能挣到钱。"]
    titles = ["市图书馆举办青少年阅读分享活动", "江南水乡春来早"]
    arts = clean_page(Page("lone.txt", lines=[*wrap(PARAS, 12), lone, *wrap(feature, 22), *titles])).articles or []
    assert [(a.headline, a.paragraphs) for a in arts] == [(titles[0], PARAS), (titles[1], [lone, *feature])]


def _note_page(titles: list[str]) -> list[str]:
    """Two signed stories, the second opened by a box heading (``编者的话``), then
    the page's titles as an extractor emitted them after the bodies."""
    return [*wrap(PARAS, 16), "（王艳）", "编者的话", *wrap(OTHER, 16), "（张贺）", *titles]


def test_a_bold_title_wrapped_over_two_lines_shows_the_titles_came_last():
    """pymupdf: a title with a comma, printed in fake bold over two lines, is a title
    line after the bodies though the joined title was never printed whole, so the
    heading before the second story is its first paragraph, not a title left over."""
    bold = ["社区书屋", "社区书屋，春节不打烊（新春走基层", "春节不打烊（新春走基层）"]  # copies overlapping
    titles = [*bold, "书法家进社区义写春联"]
    arts = clean_page(Page("bold-wrap.txt", lines=_note_page(titles))).articles or []
    assert [a.paragraphs[0] for a in arts] == [PARAS[0], "编者的话"]


def test_titles_glued_on_one_line_show_the_titles_came_last():
    """pypdf: the titles emitted after the bodies are glued on one line, which stands
    for two titles, so the heading before the second story stays its first paragraph."""
    glued = "读书分享进校园（文化新风） 书法家进社区义写春联"
    arts = clean_page(Page("glued.txt", lines=_note_page([glued]))).articles or []
    assert [a.paragraphs[0] for a in arts] == [PARAS[0], "编者的话"]


def test_a_bulleted_heading_standing_alone_stays_in_its_story():
    """An interview's section heading set as a bulleted point (``■…，…``) between
    two of its paragraphs heads a section of the story; a summary's points come in a
    run above the story they sum up, and only such a run opens a new story."""
    point = "■守住耕地红线，把大家的饭碗牢牢端在自己手中"
    lines = [*wrap(PARAS, 16), *wrap([point], 16, indent=0), *wrap(OTHER, 16)]
    arts = clean_page(Page("point.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [[*PARAS, point, *OTHER]]
    run = ["■春联送到千家万户，让社区里的年味一天比一天浓", "■书法家走进社区，为居民义写春联送上新春祝福"]
    lines = [*wrap(PARAS, 16), *wrap(run, 16, indent=0), *wrap(OTHER, 16)]
    arts = clean_page(Page("points.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [PARAS, [*run, *OTHER]]


def test_a_word_in_brackets_printed_twice_after_a_bold_title_is_its_tag_not_a_byline():
    """A title that ends no sentence and its column tag, each on a line of its own and
    both drawn twice (fake bold), after a story: the tag closes the title, it does not
    sign the story before."""
    title, tag = "办事不用跑，证照一网就能通", "（链接）"
    lines = [*wrap(PARAS, 16), title, tag, title, tag, *wrap(OTHER, 16), "（王芳）"]
    arts = clean_page(Page("tag.txt", lines=lines)).articles or []
    assert [(a.headline, a.byline) for a in arts] == [(None, None), (title + tag, "王芳")]


def test_a_word_in_brackets_after_a_run_of_dumped_titles_is_the_last_one_s_tag():
    """Titles come after the bodies, one a line, none printed twice; a word in brackets
    on the line after the last of them closes that title (its column tag, wrapped), it
    does not sign the story the bodies ended with."""
    titles = ["青少年阅读分享会举行", "书法家进社区义写春联", "志愿者陪老人过元宵"]
    lines = [*wrap(PARAS, 16), "（李明）", *wrap(OTHER, 16), "（张华）", *wrap(FULL_END, 16), *titles, "（暖心）"]
    arts = clean_page(Page("run-tag.txt", lines=lines)).articles or []
    assert [(a.headline, a.byline) for a in arts] == [
        (titles[0], "李明"), (titles[1], "张华"), (titles[2] + "（暖心）", None)]


def test_a_dash_line_after_a_title_line_is_its_subtitle_not_the_story_s_last_paragraph():
    """After the last story's body, a title line and its dash subtitle (``——记…``),
    then the other titles: the dash line is the title's deck, not a closing line of
    the story above (an attribution follows a paragraph, not a title)."""
    title, deck = "书法家进社区义写春联", "——记市文化馆春节送福活动"
    lines = [*wrap(PARAS, 16), "（李明）", *wrap(OTHER, 16), title, deck, "青少年阅读分享会举行"]
    arts = clean_page(Page("deck-line.txt", lines=lines)).articles or []
    assert [(a.headline, a.subheadline, a.paragraphs) for a in arts] == [
        ("青少年阅读分享会举行", None, PARAS), (title, deck, OTHER)]


def test_an_item_s_heading_and_deck_before_its_dateline_open_the_item():
    """A roundup's second item: its heading (``杭州新建社区书房``) and deck, then its
    dateline. A heading heads what follows it: both open the dated item instead of
    closing the item before, and the dateline is still the item's."""
    first = ["本报北京2月14日电 市图书馆近日举办了一场面向青少年的阅读分享活动，吸引了来自全市各中小学的近百名学生参加。",
             "活动中，几位本地作家分享了自己的阅读经验，同学们认真聆听并积极提问，现场气氛十分热烈。"]
    item = ["本报杭州2月14日电 全市今年新建社区书房一百二十个，书房配备图书和电脑，方便居民就近借阅，书房由街道统一管理。",
            "书房每周开放六天，居民凭借阅证借阅图书，借阅不收费用。"]
    deck = "通过新建书房、延长开放时间、增加图书种类、开展阅读活动等多项举措推动全民阅读深入开展"
    page = reflow_page(Page("t", lines=[*wrap(first, 16), "杭州新建社区书房", *wrap([deck], 16, indent=0), *wrap(item, 16)]))
    segment_page(page)
    arts = page.articles or []
    assert [a.paragraphs for a in arts] == [first, ["杭州新建社区书房", deck, *item]]
    assert arts[1].dateline == "本报杭州2月14日电"


def test_running_text_in_a_narrower_box_before_a_verse_opens_a_story():
    """A commentary in 18-wide columns, then a cartoon's text in a 12-wide box and
    the verse under it (``这正是：`` / ``锣鼓响新春，``…, lines narrower still): the
    box holds another story, though the next block does not share its width. Text
    narrowed around a picture comes back to the story's width and stays in it."""
    cartoon = ["手提灯笼，踩着鼓点，舞龙队伍穿过老街，这是不少人记忆里最热闹的年味。如今，随着传统民俗"
               "活动走进社区，越来越多的年轻人也加入进来，让老手艺焕发出新的活力。"]
    verse = ["这正是：", "锣鼓响新春，", "龙灯舞长街。", "老少齐欢笑，", "年味更浓烈。"]
    page = reflow_page(Page("t", lines=[*wrap(FULL_END, 18), *wrap(OTHER, 18), *wrap(cartoon, 12), *verse]))
    segment_page(page)
    arts = page.articles or []
    assert arts[0].paragraphs == [*FULL_END, *OTHER] and arts[1].paragraphs[0] == cartoon[0]
    page = reflow_page(Page("t", lines=[*wrap(FULL_END, 18), *wrap(cartoon, 12), *wrap(OTHER, 18)]))
    segment_page(page)
    assert [a.paragraphs for a in page.articles or []] == [[*FULL_END, *cartoon, *OTHER]]


def test_titles_after_the_last_text_show_a_dumped_page_though_some_read_as_a_story():
    """The titles emitted after the bodies count from the last paragraph of text on:
    title lines that read as a story of their own (one ends with ``！``) do not
    push that point past the titles before them."""
    from papercli.model import Article
    from papercli.segment import _Segmenter

    stories = [*FULL_END, OTHER[0]]  # four stories of one long paragraph each
    titles = ["春联送到居民家中", "书香飘满社区书房", "社区志愿者走进敬老院！", "公交开进山村"]
    texts = [*stories, *titles]  # the titles at 4-7, the one read as a story at 6
    seg = _Segmenter(Page("t", lines=texts))
    seg.blocks = [Block("body" if k < 4 else "line", [t], k, t) for k, t in enumerate(texts)]
    seg.articles = [Article(paragraphs=[t]) for t in stories] + [Article(paragraphs=[titles[2]])]
    seg.sources = [[(k, [t])] for k, t in enumerate(stories)] + [[(6, [titles[2]])]]
    seg.headlines = [(titles[0], 4, 4), (titles[1], 5, 4), (titles[3], 7, 5)]
    assert seg.titles_dumped()


def test_a_production_credit_at_the_foot_does_not_make_titles_in_place_a_dump():
    """A page read in order keeps each title above its story; a production credit at
    the page's foot, its name cut over two lines (``制图：李`` / ``明``), is no title
    dumped after the bodies, so the title stays the story's title, not its first
    paragraph; the line set in the column after a title closed by its column tag
    opens the text."""
    lines = ["社区书房开张了（文化新风）", "居民在家门口就能借书读书", *wrap(PARAS, 16), "（王艳）",
             "", "制图：李", "", "明"]
    arts = clean_page(Page("credit-foot.txt", lines=lines)).articles or []
    assert arts[0].paragraphs == ["居民在家门口就能借书读书", *PARAS]
    assert arts[0].headline == "社区书房开张了（文化新风）"


def test_a_column_tag_on_its_own_line_after_a_fake_bold_title_is_no_paragraph():
    """Titles emitted after the bodies, the last one in fake bold with its column tag
    on a line of its own (``让阅读成为一种习惯`` / ``（新语）``): the tag goes with its
    title (a bracket after a title line is no byline), so the titles stay titles and
    the stories above keep only their text."""
    lines = [*wrap(OTHER, 16), *wrap(PARAS, 16), "书法家进社区义写春联", "让阅读成为一种习惯",
             "让阅读成为一种习惯", "（新语）"]
    arts = clean_page(Page("tag-line.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [OTHER, PARAS]
    assert [a.headline for a in arts] == ["书法家进社区义写春联", "让阅读成为一种习惯"]
    assert reflow_page(Page("t", lines=[*wrap(PARAS, 16), "（王艳）"], lang="zh")).blocks[-1].kind == "byline"


def test_summary_points_under_a_title_set_in_place_open_the_story_the_title_heads():
    """pdfminer's blank line after every line: a story's title stands above its summary
    points (``■…`` wrapped over lines) and its dated text. The title is the story's
    title, the points its first paragraphs (one a point), not title lines."""
    column = [*wrap(OTHER, 16), "城市书房开进社区", "■城市书房覆盖全部街道，居民", "借书不出社区",
              "■书房全天开放，方便上班族", "阅读", *wrap(PARAS, 16)]
    lines = [x for ln in column for x in (ln, "")]
    arts = clean_page(Page("points.txt", lines=lines)).articles or []
    assert [a.headline for a in arts] == [None, "城市书房开进社区"]
    assert arts[1].paragraphs == ["■城市书房覆盖全部街道，居民借书不出社区", "■书房全天开放，方便上班族阅读", *PARAS]


def test_a_short_lead_paragraph_before_a_narrower_column_opens_its_story():
    """A story set 30 wide, then a lead of two lines whose first line, full of marks,
    measures short of the 13-wide column that follows (``问寒暖，听心声，谋发`` /
    ``展，看变化。``): it is the narrow story's first paragraph, not the wide one's last.
    A credit closing the wide story stays with it."""
    lead = "问寒暖，听心声，谋发展，看变化。"
    lines = [*wrap(PARAS, 30), "问寒暖，听心声，谋发", "展，看变化。", *wrap(OTHER, 13)]
    arts = clean_page(Page("lead.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts][1:] == [[lead, *OTHER]]
    assert lead not in "".join(arts[0].paragraphs)
    lines = [*wrap(PARAS, 30), "资料来源：市统计局、市", "农业农村局", *wrap(OTHER, 13)]
    arts = clean_page(Page("note.txt", lines=lines)).articles or []
    assert arts[0].paragraphs[-1] == "资料来源：市统计局、市农业农村局"


def test_a_one_line_lead_goes_to_the_story_whose_words_it_shares():
    """``春联红，年味浓。`` stands alone between a story set 30 wide and one set 13
    wide: too short to show its column, it leads into the story of spring couplets
    whose opening shares its words; a closing line that shares the first story's
    words (``阅读好，书香浓。``) stays its last paragraph."""
    for last, owner in (("春联红，年味浓。", 1), ("阅读好，书香浓。", 0)):
        lines = [*wrap(PARAS, 30), last, *wrap(OTHER, 13)]
        arts = clean_page(Page("lead.txt", lines=lines)).articles or []
        assert len(arts) == 2
        assert [last in a.paragraphs for a in arts] == [owner == 0, owner == 1]


def test_a_column_s_notice_under_the_author_s_note_closes_the_story():
    """``栏目投稿邮箱：`` / ``reader@example.cn`` under ``（作者为…）``: the label and
    its address are one line, the story's last; the next story starts after it."""
    lines = [*wrap(PARAS, 16), "（作者为市图书馆馆员）", "栏目投稿邮箱：", "reader@example.cn", *wrap(OTHER, 16)]
    arts = clean_page(Page("notice.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [[*PARAS, "（作者为市图书馆馆员）", "栏目投稿邮箱：reader@example.cn"], OTHER]


def test_a_second_credit_after_the_first_stays_with_the_story():
    """``本期统筹：林  晓`` then ``制图：周  洋`` (each name cut at its wide gap): both
    credits close the story above; the second opens no story of its own."""
    lines = [*wrap(PARAS, 16), "本期统筹：林", "晓", "制图：周", "洋", *wrap(OTHER, 16)]
    arts = clean_page(Page("credits.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [[*PARAS, "本期统筹：林  晓", "制图：周  洋"], OTHER]


def test_a_letter_s_signature_stays_under_the_letter():
    """``浙江湖州市`` / ``李明远`` under a reader's letter: one paragraph, the place
    and the name apart as printed, the letter's last; the story after it opens with
    its dateline. A heading of two phrases (``划分片区 协作办案``) is no signature."""
    story = ["本报北京3月2日电 （记者周明）全市今年新建农家书屋一百二十个，方便村民就近借阅图书，书屋由村委会统一管理。"]
    lines = [*wrap(PARAS, 16), "浙江湖州市", "李明远", *wrap(story, 16)]
    arts = clean_page(Page("letter.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [[*PARAS, "浙江湖州市  李明远"], story]


CARTOON = ("年关将近，不少城市的社区食堂推出了年夜饭预订服务，菜品丰富、价格实惠，"
           "还可以送餐上门，为独居老人和忙碌的上班族解决了年夜饭难题，受到居民的普遍欢迎。"
           "有的食堂还请来厨师现场教做家乡菜，让大家在家门口吃出浓浓年味。")
VERSE = ["这正是：", "灶台飘香迎新岁，", "邻里同桌话团圆。", "一碗热汤暖人心，", "万家灯火庆丰年。"]


def test_a_wider_block_before_a_verse_opens_a_story():
    """A story set 13 wide ends; a paragraph set 21 wide over five lines follows, then
    a verse whose lines stop at clause marks, then a dated story back at 13 wide. The
    wide paragraph is another story's (a cartoon's text), though the next measured
    block (the verse) is narrower than both columns: a verse's line ends are set by
    its text, not its column, and the verse opens no story of its own either (each of its
    lines is a paragraph)."""
    dated = ["本报讯 市图书馆近日推出春节特别服务，延长开放时间，并举办迎新春读书分享会。", *OTHER]
    lines = [*wrap(FULL_END, 13), *wrap([CARTOON], 21), *VERSE, *wrap(dated, 13)]
    assert len(wrap([CARTOON], 21)) >= 5
    arts = clean_page(Page("cartoon.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [FULL_END, [CARTOON, *VERSE], dated]
    lines = [*wrap(FULL_END, 13), *wrap([CARTOON], 21), *VERSE]  # the verse last on the page
    arts = clean_page(Page("verse.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [FULL_END, [CARTOON, *VERSE]]


def test_a_summary_deck_dumped_under_its_title_is_its_story_s_subheadline():
    """pymupdf: the titles come after the bodies, and under the second title its deck,
    set wider than the columns, retells that story: it is the story's subheadline,
    not a short story of its own that would leave a story untitled."""
    titles = ["青少年阅读分享会举行", "志愿者陪老人过元宵"]
    deck = ("元宵节前夕，社区志愿者走进敬老院，送去汤圆和慰问品，陪老人们聊家常、猜灯谜，"
            "帮老人打扫房间，还定期请医生为老人们检查身体。")
    lines = [*wrap(PARAS, 16), "（李明）", *wrap(FULL_END, 16), "（张华）", *titles, *wrap([deck], 22, indent=0)]
    arts = clean_page(Page("deck.txt", lines=lines)).articles or []
    assert [(a.headline, a.subheadline) for a in arts] == [(titles[0], None), (titles[1], deck)]
    # a short story of its own at the page's end retells no other: it stays a story
    brief = OTHER[0]  # the brief of a story not on this page
    lines = [*wrap(PARAS, 16), "（李明）", *wrap(FULL_END, 16), "（张华）", *titles, *wrap([brief], 22, indent=0)]
    arts = clean_page(Page("brief.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts][-1] == [brief] and arts[-1].subheadline is None


def test_a_verse_set_line_by_line_keeps_its_lines_as_paragraphs():
    """A cartoon's verse under its text (``这正是：`` and four short lines, each stopped at
    a clause mark, far narrower than the column) is printed line by line: each line
    is a paragraph. A narrow column whose lines end on marks by chance stays one."""
    verse = ["这正是：", "春风吹绿柳，", "细雨润红花。", "处处年味浓，", "家家笑语多。"]
    arts = clean_page(Page("verse.txt", lines=[*wrap(PARAS, 16), *verse])).articles or []
    assert [p for a in arts for p in a.paragraphs][-5:] == verse
    narrow = ["城里的变化大家都看得见，", "公园里的花开了一大片，", "孩子们在草地上放风筝；", "老人们坐在长椅上聊天，"]
    arts = clean_page(Page("narrow.txt", lines=[*wrap(PARAS, 12), *narrow])).articles or []
    assert "".join(narrow) in [p for a in arts for p in a.paragraphs]


def test_a_title_with_a_dash_subtitle_held_after_an_unsigned_story_opens_the_next():
    """A story with no byline, then a title set in place and its dash subtitle
    (``社区春联送温暖`` / ``——记市文化馆书法家进社区活动``, blank lines around them as
    pdfminer sets its text boxes), then the next story's text: the
    two lines are the next story's title and deck, not a section heading of the first;
    a heading with no dash line under it stays inside its story."""
    head, deck = "社区春联送温暖", "——记市文化馆书法家进社区活动"
    arts = clean_page(Page("t", lines=[*wrap(FULL_END, 18), "", head, deck, "", *wrap(OTHER, 18)])).articles or []
    assert [a.paragraphs for a in arts] == [FULL_END, OTHER]
    assert arts[1].headline == head and arts[1].subheadline == deck
    kept = clean_page(Page("t", lines=[*wrap(FULL_END, 18), "", head, "", *wrap(OTHER, 18)])).articles or []
    assert [a.paragraphs for a in kept] == [[*FULL_END, head, *OTHER]]


def test_a_pulled_quote_cut_off_its_paragraph_is_a_fragment_not_a_title():
    """A block of two short lines that ends a sentence and runs on into the next with a
    quote left open (``“从长远趋势来看，我们`` / ``还是很乐观的。‘种田一年不如``): running
    text cut off its paragraph (a pulled quote), kept as a fragment and offered as no
    title; a title line after it still is."""
    quote = ["“从长远趋势来看，我们", "还是很乐观的。‘种田一年不如"]
    story = [Block("body", wrap([p], 16), k, p) for k, p in enumerate(OTHER)]
    page = segment_page(Page("t", blocks=[*story, Block("line", quote, 2, "".join(quote)),
                                          Block("line", ["社区春联送温暖"], 4, "社区春联送温暖")]))
    assert [h["text"] for h in page.pending_headlines] == ["社区春联送温暖"]
    assert [(x.type, x.text) for x in page.loose] == [("fragment", "".join(quote))]


#: two stories as a Taiwanese paper sets them, hard-wrapped at 18 characters
TAIWAN = [
    "社區長者共餐 溫暖寒冬",
    "〔記者林志明／台中報導〕台中市北區",
    "健行里活動中心每週三中午都會飄出陣",
    "陣飯菜香，里辦公處與志工團隊合作推",
    "動長者共餐，讓獨居長輩不再一個人吃",
    "飯。",
    "里長表示，共餐活動已持續兩年，每",
    "次約有六十位長者參加，志工們清晨就",
    "到廚房備料，菜色講究少油少鹽。",
    "志工為長者盛飯。記者林志明／攝影",
    "颱風過後 農民搶收",
    "記者黃文傑／屏東報導",
    "受颱風外圍環流影響，屏東縣多處農",
    "田積水，農民趁著雨勢稍歇趕緊下田搶",
    "收，希望把損失降到最低，不少人從清",
    "晨一路忙到傍晚，連午飯都顧不上吃。",
    "一位農民說，香蕉園倒了將近三成，",
    "辛苦大半年，看了真的很心疼。農業處",
    "表示，已派員前往各鄉鎮勘災，符合條",
    "件的農民可以申請現金救助。",
]


def test_a_reporters_place_credit_under_a_title_opens_the_next_story():
    """Taiwanese papers open a story with the reporters' credit naming where it was
    filed: bracketed at the start of its first paragraph (``〔記者…／台中報導〕``, a
    dateline, kept in the text) or on a line of its own under the title
    (``記者…／屏東報導``, the byline, printed back under the title). With no byline
    closing the story before, the credit under the next title still ends it; a
    caption's slashed photo credit (``…。記者林志明／攝影``) is its credit. The text
    output keeps every character of the page, once."""
    page = clean_page(Page("tw.txt", lines=list(TAIWAN)))
    assert compare("\n".join(TAIWAN), page_text(page)).ok
    arts = page.articles or []
    assert [a.paragraphs[0][:12] for a in arts] == ["〔記者林志明／台中報導〕", "受颱風外圍環流影響，屏東"]
    assert [len(a.paragraphs) for a in arts] == [2, 2]
    assert [a.headline for a in arts] == ["社區長者共餐 溫暖寒冬", "颱風過後 農民搶收"]
    assert [a.dateline for a in arts] == ["〔記者林志明／台中報導〕", None]
    assert [a.byline for a in arts] == [None, "記者黃文傑／屏東報導"]
    assert [(c.text, c.credit) for c in arts[0].captions] == [("志工為長者盛飯。", "記者林志明")]
    # the same credit after a story's text, no title between: that story's closing byline
    arts = clean_page(Page("tw.txt", lines=[*TAIWAN[12:], "（記者黃文傑／屏東報導）"])).articles or []
    assert [(len(a.paragraphs), a.byline) for a in arts] == [(2, "記者黃文傑／屏東報導")]


def test_the_reporters_line_under_a_title_read_in_place_opens_its_story():
    """A feature read in place: its title, a dash subtitle and the reporters' line
    (``本报记者 王立新 通讯员 陈晓``), then the text. The reporters' line is the story's
    first paragraph, as the paper prints it, not a title candidate left alone."""
    body = wrap(FULL_END, 16)
    lines = ["绿水青山带来金山银山", "——清河县发展生态旅游助农增收纪实", "本报记者 王立新 通讯员 陈晓", *body]
    page = clean_page(Page("feature.txt", lines=lines))
    arts = page.articles or []
    assert [(a.headline, a.subheadline) for a in arts] == [("绿水青山带来金山银山", "——清河县发展生态旅游助农增收纪实")]
    assert arts[0].paragraphs == ["本报记者 王立新 通讯员 陈晓", *FULL_END]
    assert not page.loose


def test_a_page_s_running_head_and_a_turn_note_belong_to_no_title():
    """A page read in place opens with its running head (the date and weekday, the
    page's editors) and a story turns to another page (``（下转第四版）``): the head's
    lines are fragments of their own, never a title or a story, and the turn note
    closes its story as its last paragraph instead of heading the next one."""
    lines = ["2023年12月8日 星期五", "责任编辑：张丽 美术编辑：王强", "绿水青山带来金山银山",
             *wrap(FULL_END[:2], 16), "（下转第四版）", "我市召开安全生产工作会议", *wrap(PARAS, 16)]
    page = clean_page(Page("head.txt", lines=lines))
    arts = page.articles or []
    assert [a.headline for a in arts] == ["绿水青山带来金山银山", "我市召开安全生产工作会议"]
    assert arts[0].paragraphs == [*FULL_END[:2], "（下转第四版）"]
    assert [(x.type, x.text) for x in page.loose] == [
        ("fragment", "2023年12月8日 星期五"), ("fragment", "责任编辑：张丽 美术编辑：王强")]


#: two short stories of a Hong Kong or Taiwanese paper read in place, the caption marked ``▲``
HK_PAGE = [
    "市府推動老屋翻新 補助加碼",
    "【本報訊】市政府昨日宣布，明年起擴大",
    "老屋翻新補助計畫，屋齡三十年以上的住",
    "宅均可申請，每戶最高補助五十萬",
    "元。",
    "都市發展局長表示，老舊建築耐震能力不",
    "足，希望透過補助鼓勵民眾及早整修。",
    "▲市府官員說明老屋翻新補助計畫。（記者張美玲攝）",
    "夜市美食節 人潮湧現",
    "【本報訊】為期三天的夜市美食節昨晚登",
    "場，吸引大批民眾前往品嚐各式小吃，",
    "攤商生意興隆。",
    "主辦單位指出，今年共有一百二十個攤位",
    "參加，也有不少創意料理吸引年輕人。",
]


def test_short_stories_read_in_place_keep_their_titles_and_the_caption_its_bracketed_credit():
    """Stories of a few short paragraphs, each under its title and opened by its
    dateline (``【本報訊】``): the titles are read in place (a title right before a
    dateline's paragraph was not emitted after the bodies, however short the
    paragraphs), and the caption marked ``▲`` keeps its bracketed photo credit
    (``（記者張美玲攝）``: no byline of the story)."""
    arts = clean_page(Page("hk.txt", lines=list(HK_PAGE))).articles or []
    assert [a.headline for a in arts] == ["市府推動老屋翻新 補助加碼", "夜市美食節 人潮湧現"]
    assert [len(a.paragraphs) for a in arts] == [2, 2] and [a.byline for a in arts] == [None, None]
    assert [(c.text, c.credit) for c in arts[0].captions] == [("▲市府官員說明老屋翻新補助計畫。", "記者張美玲")]


def test_a_story_of_short_paragraphs_with_its_reporters_line_is_no_dump_of_captions():
    """After a story closed by its byline, a story of a few short paragraphs (an
    editor's note, a heading, the reporters' line ``本报记者 钱峰``, two short tips) is
    text: headlines and captions an extractor dumps after the bodies come without a
    reporters' line, so none of its sentences turns into a photo caption."""
    tips = ["编者按：冬季是火灾高发期，本报今起推出系列报道，提醒读者注意用火用电安全。",
            "入冬以来，取暖设备使用增多，电气火灾风险随之上升。",
            "消防部门提醒，使用电暖器时要远离可燃物，人走断电。"]
    lines = [*wrap(PARAS, 16)[:-1], wrap(PARAS, 16)[-1] + "（记者 周涛）", *wrap(tips[:1], 16),
             "冬季用电安全提示", "本报记者 钱峰", *wrap(tips[1:], 16)]
    page = clean_page(Page("tips.txt", lines=lines))
    assert not [c for a in page.articles or [] for c in a.captions] and not page.loose
    texts = [p for a in page.articles or [] for p in a.paragraphs]
    assert "本报记者 钱峰" in texts and all(t in texts for t in tips[1:])


#: three Taiwanese stories, each opened by its reporters' place credit, their titles
#: emitted after the bodies; a photo's note marked ``▲`` with its credit on the next line
TW_DUMP = [
    "記者郭俊廷／嘉義報導",
    "嘉義市一座建於1950年代的老戲院，經",
    "過兩年修復後重新開放，吸引許多民眾前",
    "往參觀，重溫昔日看電影的美好時",
    "光。",
    "文化局表示，戲院未來將定期放映經典",
    "老片，並結合在地團體舉辦音樂與戲劇演",
    "出，希望讓老空間重新熱鬧起來。",
    "▲修復後的老戲院保留了木造座椅。",
    "（記者郭俊廷攝）",
    "記者張家豪／宜蘭報導",
    "一年一度的冬山河龍舟划船賽上週末登",
    "場，今年共有來自全台各地的隊伍報名參",
    "賽，創下歷年新高，兩岸觀賽民眾擠得水",
    "洩不通。",
    "選手們奮力划槳衝向終點。（圖／宜蘭縣政府提供）",
    "記者李欣怡／台中報導",
    "台中市農業局在綠園道舉辦週末小農市",
    "集，邀集四十多位在地青農擺攤，販售有",
    "機蔬菜與手工果醬，吸引許多民眾前來採",
    "買。",
    "嘉義老戲院修復 重現昔日風華",
    "宜蘭冬山河划船賽 百隊參賽",
    "台中綠園道市集 小農直送鮮蔬",
]


def test_stories_opened_by_place_credits_with_their_titles_after_the_bodies():
    """With the titles emitted after the bodies, no title stands between one story and
    the next: a reporters' place credit after a story that opened with one opens the
    next story (it cannot close the first, already signed). A photo's credit, in
    brackets on the next line or after ``圖／`` (``（圖／宜蘭縣政府提供）``), is its
    caption's and no byline, so no byline is lost; the text output keeps every
    character."""
    page = clean_page(Page("tw_dump.txt", lines=list(TW_DUMP)))
    assert compare("\n".join(TW_DUMP), page_text(page)).ok
    arts = page.articles or []
    assert [a.byline for a in arts] == ["記者郭俊廷／嘉義報導", "記者張家豪／宜蘭報導", "記者李欣怡／台中報導"]
    assert [a.headline for a in arts] == TW_DUMP[-3:]
    assert [[(c.text, c.credit) for c in a.captions] for a in arts] == [
        [("▲修復後的老戲院保留了木造座椅。", "記者郭俊廷")], [("選手們奮力划槳衝向終點。", "宜蘭縣政府")], []]
    assert [len(a.paragraphs) for a in arts] == [2, 1, 1] and not page.loose


def test_an_editors_note_over_a_story_opened_by_its_dateline_is_its_first_paragraph():
    """``编者按：…`` over a story whose first paragraph opens with another paper's
    dateline (``青山新闻网讯``): the note is the story's first paragraph, not a story of
    its own that would take the story's title."""
    note = "编者按：老旧小区加装电梯，是群众关心的民生实事，本报今起推出系列报道，敬请关注。"
    story = ["青山新闻网讯 9月15日，家住城南街道纺织小区的七十八岁老人第一次乘坐新装的电梯下楼，"
             "高兴地说再也不用让孩子背了。",
             "据了解，每部电梯的加装费用约为四十五万元，其中财政补贴二十万元，其余由受益居民按楼层分摊。"]
    lines = [*wrap([note], 16), *wrap(story, 16), "（通讯员 梁晓东）", "老旧小区加装电梯 居民出行不再难"]
    arts = clean_page(Page("note.txt", lines=lines)).articles or []
    assert [(a.headline, a.paragraphs, a.byline) for a in arts] == [
        ("老旧小区加装电梯 居民出行不再难", [note, *story], "通讯员 梁晓东")]


def test_a_short_item_s_bracket_after_a_full_stop_signs_it():
    """A news item of two short paragraphs closed by its reporter's bracket after a
    full stop (``…迎接丰收。（赵敏）``) is signed, however short: a title never ends on a
    full stop, so the bracket is no title's column tag."""
    item = ["本报讯 近日，城关镇组织农技人员深入果园，指导果农做好采摘工作。",
            "果农们表示，今年柑橘长势喜人，大家正忙着迎接丰收。"]
    lines = [*wrap(item[:1], 16), *wrap(item[1:], 16)[:-1], wrap(item[1:], 16)[-1] + "（赵敏）"]
    arts = clean_page(Page("item.txt", lines=lines)).articles or []
    assert [(a.paragraphs, a.byline) for a in arts] == [(item, "赵敏")]


def test_a_photo_note_cut_over_lines_with_its_bracketed_credit_is_one_caption():
    """A caption marked ``▲`` cut over two lines, its bracketed credit at the end of
    the second (``▲…共融遊具吸`` / ``引親子同樂。（記者陳怡君攝）``), after a story's text:
    one caption with its credit."""
    lines = [*wrap(PARAS, 16), "▲景美河濱公園新設的共融遊具吸", "引親子同樂。（記者陳怡君攝）"]
    page = clean_page(Page("cap.txt", lines=lines))
    caps = [(c.text, c.credit) for a in page.articles or [] for c in a.captions]
    assert caps == [("▲景美河濱公園新設的共融遊具吸引親子同樂。", "記者陳怡君")] and not page.loose


def test_credits_printed_back_from_jsonl_keep_their_frames():
    """JSONL keeps how a caption's credit was printed (``mark``: ``（{}攝）``, ``（圖／{}提供）``)
    and whether the byline stood under the title (``byline_first``), so the text read back
    from it still holds every character of the page (``papercli check`` on JSONL)."""
    page = clean_page(Page("tw_dump.txt", lines=list(TW_DUMP)))
    back = next(pages_from_records(json.loads(json.dumps(r)) for r in page_records(page)))
    assert compare("\n".join(TW_DUMP), page_text(back)).ok
    assert [c.mark for a in back.articles or [] for c in a.captions] == ["（{}攝）", "（圖／{}提供）"]


def test_a_box_label_in_one_text_box_with_the_summary_under_it_opens_the_story():
    """pdfminer reads a page in place and boxes its text: a title in a box of its own,
    then a box's label (``阅读提示``) in one text box with the summary under it. The
    label opens the story's text; it is no line of the title. A title's second line
    in a box of its own stays the title's."""
    summary = "春节前后，不少在外打拼的年轻人回到家乡，有的办起了民宿，有的开起了网店，乡村的面貌正在悄悄改变。"
    lines = ["返乡青年的新年新打算", "", "阅读提示", *wrap([summary], 26, indent=0), "", *wrap(OTHER, 13)]
    art = clean_page(Page("t", lines=lines)).articles[0]
    assert (art.headline, art.paragraphs[:2]) == ("返乡青年的新年新打算", ["阅读提示", summary])
    lines = ["返乡青年的新年", "", "新打算", "", *wrap(OTHER, 13)]
    art = clean_page(Page("t", lines=lines)).articles[0]
    assert art.paragraphs == OTHER and "新打算" in (art.headline or "") + (art.subheadline or "")


def test_a_title_in_place_over_summary_points_opens_the_next_story():
    """pdfminer's boxes, a page read in place: an unsigned story, then the next story's
    title in a box of its own and its two summary points (``■…``) above its text.
    The title heads the next story, the points are its first paragraphs; it is no
    section heading of the story before."""
    points = ["■社区书房覆盖全部街道，居民借书不出社区。", "■书房全天开放，方便上班族下班后来阅读。"]
    lines = []
    for p in [*OTHER, "城市书房开进居民小区", *points, *PARAS]:
        lines += [*wrap([p], 16, indent=0 if p.startswith("■") or len(p) < 16 else 2), ""]
    arts = clean_page(Page("points.txt", lines=lines)).articles or []
    assert [(a.headline, a.paragraphs) for a in arts] == [(None, OTHER), ("城市书房开进居民小区", [*points, *PARAS])]


def test_a_dateline_alone_in_its_box_runs_on_into_its_paragraph():
    """pdfminer boxes a dateline set in its own font apart from the rest of its printed
    line (``新华社电`` / blank / ``（记者王明）走进…``, a line short by the dateline's
    width): one paragraph, the story's dateline."""
    first = "（记者王明）走进大山深处的"
    rest = "希望小学，孩子们正在新建的操场上踢球，笑声在山谷里回荡。"
    lines = ["山村小学的新操场", "", "新华社电", "", first, *wrap([rest], 18, indent=0), "", *wrap(OTHER, 18)]
    art = clean_page(Page("t", lines=lines)).articles[0]
    assert art.dateline == "新华社电" and art.paragraphs[:2] == [f"新华社电 {first}{rest}", OTHER[0]]


def test_a_box_label_under_a_title_after_a_story_its_credit_closed_opens_the_next_story():
    """A story closed by its photo report's credit (with the agency that sent it, which
    is no byline), then the next story's title in its box, and a box's label in one
    text box with the summary under it, then the dated text: the label and the summary
    are that story's first paragraphs, not its subtitle and a caption. The same after
    a story nothing closed."""
    summary = "今年全市将新增中小学学位一万八千个，城乡学校结对帮扶实现全覆盖。"
    credit = "李 明 王小红摄影报道（新华视点）"
    title = "让更多孩子在家门口上好学"
    for closing in ([credit], []):
        lines = [*wrap(OTHER, 16), "", *closing, "", title, "", "阅读提示", *wrap([summary], 16, indent=0), ""]
        for p in PARAS:
            lines += [*wrap([p], 16), ""]
        arts = clean_page(Page("t", lines=lines)).articles or []
        assert [a.paragraphs for a in arts] == [[*OTHER, *closing], ["阅读提示", summary, *PARAS]]
        assert (arts[0].byline, arts[1].headline, arts[1].subheadline) == (None, title, None)


def test_a_bracketed_dateline_that_fills_its_line_opens_the_paragraph_with_its_brackets():
    """``【記者林小華／台中報導】`` fills its line exactly, so the extractor set the text
    after it on the next line: it is the first paragraph's dateline, brackets and all,
    not a byline taken out of the text (its brackets were lost: ``--verify`` failed)."""
    lines = ["舊市場改建 攤商回流", "", "　　【記者林小華／台中報導】", "經營超過半世紀的第三市場，歷",
             "經兩年改建後，本週重新開幕。", "原有的攤商幾乎全數回流。"]
    page = clean_page(Page("t", lines=lines))
    art = page.articles[0]
    assert art.paragraphs == ["【記者林小華／台中報導】經營超過半世紀的第三市場，歷經兩年改建後，"
                              "本週重新開幕。原有的攤商幾乎全數回流。"]
    assert art.byline is None and compare("\n".join(lines), page_text(page)).ok


def test_a_first_line_opening_with_its_dateline_and_reporter_runs_on():
    """A page's first line opens with the dateline and the reporter's bracket, its gaps
    at figures making it measure narrower than the next line, with no column measured
    yet: it runs on into the next line (it stood alone and the story fell apart)."""
    para = ["本报讯（记者 刘畅）3月6日，我", "市高校毕业生就业服务月活动启动。活", "动期间，全市将举办各类招聘会60余场，",
            "提供就业岗位3.2万个。"]
    lines = [*para, "", "线上线下同步招聘", "", *wrap(OTHER, 17)]
    arts = clean_page(Page("t", lines=lines)).articles or []
    assert arts[0].paragraphs[0].startswith("本报讯 （记者 刘畅）3月6日，我市高校毕业生")


def test_an_editor_s_note_signed_off_over_a_story_stays_its_first_paragraphs():
    """A title, the editor's note signed off under it (``——编 者``), then the story's
    dated text: one story, the note and its sign-off its first paragraphs (the dateline
    opened another story and left the note a story of its own)."""
    note = "在城市发展中，老字号承载着几代人的共同记忆。本报记者走访多家老字号企业，记录它们转型发展的探索。"
    lines = ["让老字号焕发新活力", "", *wrap([note], 22), "", "——编 者", ""]
    for p in PARAS:
        lines += [*wrap([p], 22), ""]
    arts = clean_page(Page("t", lines=lines)).articles or []
    assert [(a.headline, a.paragraphs) for a in arts] == [("让老字号焕发新活力", [note, "——编 者", *PARAS])]


def test_an_editor_s_note_in_a_narrower_column_after_a_story_is_a_story_of_its_own():
    """A story in columns 20 wide, then an editor's note set in a column 12 wide and
    signed off (``——编 者``), then a dated story 22 wide: the note is no part of the story
    before it (which no sign-off closes); it opens the text after it, as a signed note
    over a story does (``match`` parts it when its label is among the titles)."""
    note = ("本期起，本版推出新的专题，邀请专家学者围绕城市更新中的热点问题展开讨论，"
            "介绍各地的探索与经验，回应读者关切，敬请读者关注并提出宝贵意见。")
    dated = "本报讯 " + OTHER[0]
    lines = [*wrap(FULL_END, 20), *wrap([note], 12), "——编 者", *wrap([dated, OTHER[1]], 22)]
    arts = segment_page(reflow_page(Page("t", lines=lines, lang="zh"))).articles or []
    assert arts[0].paragraphs == FULL_END
    assert arts[1].paragraphs[:2] == [note, "——编 者"]  # over the dated story, as a signed note stands


def test_an_editor_s_note_opens_the_story_it_stands_over():
    """After a story nothing closed, the next story's title in place and its editor's
    note (``编者按：…``), then its dated text: the note opens the next story, under that
    title, and is no paragraph of the story before."""
    note = "编者按：近年来，越来越多的年轻人选择回到家乡创业。本报今起推出系列报道，敬请关注。"
    lines = [*wrap(OTHER, 16), "", "青年返乡 为老街注入新活力", ""]
    for p in [note, *PARAS]:
        lines += [*wrap([p], 16), ""]
    arts = clean_page(Page("t", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [OTHER, [note, *PARAS]]
    assert arts[1].headline == "青年返乡 为老街注入新活力"


def test_a_place_credit_after_a_story_s_text_opens_the_next_story():
    """A page emitted in stream order, the titles after the bodies: a line that is only
    the reporters' place credit (``記者陳明／台北報導``) after one story's text opens the
    next story and is its byline; under an editor's note signed off it is the byline of
    the story the note stands over."""
    first = wrap(["綠川水岸整治工程昨天完工，沿岸步道全面開放，市民可以沿著水岸一路散步到火車站，晚上還有燈光照明，"
                  "不少家長帶著孩子來這裡騎腳踏車。",
                  "附近店家表示，水岸環境變好後，假日人潮明顯增加，商圈生意也跟著回溫，有人還把店面重新裝修。"], 16)
    second = ["　　台北捷運公司即日起在十個車站", "試辦智慧客服機，旅客只要說出目的", "地，系統就會顯示最佳路線與轉乘資",
              "訊。", "　　捷運公司表示，試辦期間將蒐集", "旅客意見，作為明年全面設置的參考。"]
    arts = clean_page(Page("t", lines=[*first, "記者陳明／台北報導", *second])).articles or []
    assert [(a.byline, len(a.paragraphs)) for a in arts] == [(None, 2), ("記者陳明／台北報導", 2)]
    note = ["　　本版即日起介紹各地的慢遊路線，", "與讀者分享旅途中的風景。", "——編 者"]
    arts = clean_page(Page("t", lines=[*note, "記者陳明／台北報導", *second])).articles or []
    assert [(a.byline, len(a.paragraphs)) for a in arts] == [("記者陳明／台北報導", 4)]


def test_a_title_candidate_of_several_lines_records_where_they_end():
    """A headline candidate that ``reflow`` joined from several lines keeps where each
    line ended (``ends``), for ``match`` to cut titles dumped one a line; a candidate of
    one line, or whose text no longer reads as its lines, records none."""
    blocks = [Block("line", ["山村新修柏油路"], 0, "山村新修柏油路"),
              Block("line", ["农家书屋方便村民借阅", "科技馆客流创下新高"], 1, "农家书屋方便村民借阅科技馆客流创下新高")]
    entries = _title_entries([("山村新修柏油路", 0, 0), (blocks[1].text, 1, 1), ("另一标题", 1, 1)], 1, blocks=blocks)
    assert [e.get("ends") for e in entries] == [None, [10], None]


def test_a_photo_note_that_runs_on_like_a_pulled_quote_is_printed_once():
    """Among the titles dumped after the stories, a line saying what a photo shows that
    also ends one sentence and opens a quote (a caption glued to running text) is a
    caption candidate; it is not also kept as a pulled quote, which printed it twice."""
    note = "一干就是十年。“那时的车床都是图为老师傅（左）正在"
    lines = [*wrap(PARAS, 16), "（王艳）", *wrap(OTHER, 16), "（张贺）", note,
             "市图书馆举办青少年阅读分享活动", "书法家进社区义写春联"]
    out = page_text(clean_page(Page("note.txt", lines=list(lines))))
    assert out.count("那时的车床") == 1
    assert compare("\n".join(lines), out).ok


def test_a_photo_storys_bare_credit_stays_its_last_paragraph_and_its_tagged_title_its_title():
    """A photo column's story (two paragraphs about the picture) closes with the bare
    credit and its column (``陈立摄（影像中国）``): that line stays the story's last
    paragraph, agency and all, rather than a caption lent to another story; and the
    title dumped at the end, closed by a column tag holding ``中`` (``（行走中国）``),
    is a title, not a caption that names where someone stands."""
    photo = [("雪后的高原公路蜿蜒伸向远方，两旁的山峦披上了银装。养护工人天不亮就驾驶除雪车出发，"
              "清理路面积雪、撒布防滑材料，保障过往车辆安全通行，一干就是一整天。"),
             ("这段公路海拔超过四千米，冬季气温常在零下二十摄氏度以下，空气稀薄，风雪频繁。"
              "养护队员每天往返巡查一百多公里，遇到雪崩、塌方等险情，总是第一时间赶到现场抢通道路。")]
    credit = "陈立摄（影像中国）"
    title = "高原“护路人”（行走中国）"
    lines = [*wrap(OTHER, 16), "（李明）", *wrap(photo, 16), credit, *wrap(PARAS, 16),
             "书法家进社区写春联", title, title, "图书馆里书香浓"]
    arts = clean_page(Page("photo.txt", lines=lines)).articles or []
    story = next(a for a in arts if a.paragraphs[0] == photo[0])
    assert story.paragraphs == [*photo, credit]
    assert story.headline == title
    assert not any(c.text in (credit, title) for a in arts for c in a.captions)


def test_a_bracket_glossing_a_quoted_word_under_a_full_heading_is_no_byline():
    """A section heading as wide as its column that closes a quote (``…“亚克西”``), then
    the quoted word's gloss on a line of its own (``（好得很）``): no byline closing the
    story, which goes on after the heading with its words and all."""
    first = ["春节前夕，记者再次来到南疆的这个小村庄，只见家家户户张灯结彩，处处洋溢着节日的喜庆气氛，村民们忙着准备年货。",
             "几年前，这里的村民还住在土坯房里，出行全靠一条坑坑洼洼的土路，孩子上学要走一个多小时，看病更是难上加难。"]
    second = ["如今，村里通了柏油路，建起了卫生室和幼儿园，村民们搬进了宽敞明亮的新居，养殖合作社也办得红红火火。",
              "“现在的日子，真是一天比一天好！”村民们常常竖起大拇指说“亚克西”（好得很），感谢党的好政策。"]
    heading = "村民日子越过越“亚克西”"
    page = clean_page(Page("gloss.txt", lines=[*wrap(first, 12), heading, "（好得很）", *wrap(second, 12)]))
    assert len(page.articles or []) == 1 and not page.loose
    story = (page.articles or [])[0]
    assert story.byline is None and story.headline is None
    assert story.paragraphs[:2] == first and story.paragraphs[-2:] == second
    assert "".join(story.paragraphs[2:-2]) == heading + "（好得很）"


def test_a_letters_signature_and_author_note_as_wide_as_the_column_stay_with_the_letter():
    """A letter closed by its salutation, the writer's name and the author's note set
    as wide as the column (read as a line of text, not a note on a line of its own),
    then the next story's dateline: the name and the note are the letter's last
    paragraphs, not the opening of the story after it."""
    letter = ["亲爱的爸爸妈妈：",
              "春节就要到了，我在海岛上给你们写这封信。这里的冬天不冷，战友们一起包饺子、贴春联，年味一点也不比家里淡。",
              "你们不用挂念我，我会照顾好自己，站好每一班岗，守好祖国的每一寸海疆。等任务完成，我一定回家陪你们过个团圆年。",
              "敬礼！"]
    note = "（作者为南海某岛礁守备部队战士）"
    lines = [*wrap(letter, 16), "李海涛", note, *wrap(PARAS, 16), "写给爸爸妈妈的一封信（家书）", "图书馆举办阅读分享活动"]
    arts = clean_page(Page("letter.txt", lines=lines)).articles or []
    assert [a.paragraphs for a in arts] == [[*letter, "李海涛", note], PARAS]


def test_a_photo_caption_in_a_narrow_column_of_its_own_opens_a_story_after_a_wide_one():
    """A story in columns 16 wide, then a photo's caption set in lines 9 wide (ten lines
    and more), then the next story in columns 12 wide: the caption's lines tell its column
    on their own, narrower than the story's and than the next one's, so the caption is
    not the wide story's last paragraph."""
    caption = ("3月2日，小学生们在校园里体验非遗项目，学习剪纸、捏面人和扎风筝，老师们一边示范一边讲解，"
               "孩子们兴致勃勃，现场不时响起阵阵笑声。这是当地推进非遗进校园活动的一个场景。")
    lines = [*wrap(FULL_END[:2], 16), *wrap([caption], 9, indent=0), "李明摄", *wrap(OTHER, 12)]
    arts = clean_page(Page("caption.txt", lines=lines)).articles or []
    assert arts[0].paragraphs == FULL_END[:2]
    assert any(a.paragraphs[:1] == [caption] for a in arts[1:])
