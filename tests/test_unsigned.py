"""Stories that no dateline or byline parts: what else tells where one ends and the
next begins, and which title lines in the dump after the bodies go together."""

from __future__ import annotations

from papercli.dedupe import dedupe_page
from papercli.model import Page
from papercli.pipeline import clean_page
from papercli.reflow import reflow_page
from papercli.segment import _Segmenter, segment_page

from .wrap import column_lines as _lines
from .wrap import wrap

MEETING = [
    "本报讯 市长昨日在市政府会见了来访的友好城市代表团一行，双方就经贸往来和人文交流等议题深入交换了意见。",
    "市长强调，我市高度重视同友好城市的合作，目前各项交流工作正在扎实有序推进。双方要加强沟通，共同办好今年的文化交流活动。",
    "代表团团长表示，愿同我市一道，推动两市在教育、旅游等领域的合作不断取得新成果。",
]
DECK = "市长强调，我市高度重视同友好城市的合作，目前各项交流工作正在扎实有序推进"
LIBRARY = [
    "本报讯 市图书馆近日举办了一场面向青少年的阅读分享活动，吸引了来自全市各中小学的近百名学生参加。",
    "据介绍，图书馆今年还将推出更多面向青少年的阅读推广项目，让书香浸润校园。",
]


def test_a_deck_quoting_its_story_word_for_word_stays_under_its_title():
    """A deck that repeats a sentence of its story, dumped with the titles under the
    story's headline, is that headline's subheadline: it neither cuts the story where
    its words stand nor becomes a story's title of its own."""
    lines = [*_lines(MEETING), *_lines(LIBRARY), "市长会见友好城市代表团", DECK[:30], DECK[30:],
             "青少年阅读分享活动举行"]
    arts = clean_page(Page("deck.txt", lines=lines)).articles or []
    meeting = next(a for a in arts if a.headline == "市长会见友好城市代表团")
    assert meeting.subheadline is not None and "".join(meeting.subheadline.split()) == DECK
    assert len(meeting.paragraphs) == 3 and meeting.paragraphs[1].startswith("市长强调")
    assert [a.headline for a in arts].count(None) == 0 and len(arts) == 2


TOUR = [
    "本报讯 当地时间2月9日，艺术团海外访演在圣多明各正式启幕，来自国内的艺术家们带来了歌曲、舞蹈和民乐等节目。",
    "演出在欢乐喜庆的开场舞中拉开帷幕，台下观众掌声不断，不少华侨华人专程从外地赶来观看。",
]
COUNTY = [
    "临泉县利用互联网和大数据，让在外务工的临泉人不回家也能办成事，群众办事更加便利。",
    "临泉县是劳务输出大县，以往不少在外务工人员回乡办证来回奔波，如今手机上点一点就能办好。（记者 周明）",
]


def test_a_two_character_piece_opening_the_next_title_goes_with_it():
    """A place set as the first line of a title (``临泉`` / ``用上大数据，…``) fits the
    story the next piece fits and not the one the title above fits: it opens the next
    title and is no tail of the one above."""
    lines = [*_lines(COUNTY), *_lines(TOUR), "艺术团海外访演启幕", "临泉", "用上大数据，办事更便利（社会治理）"]
    arts = clean_page(Page("kicker.txt", lines=lines)).articles or []
    titles = {a.paragraphs[0][:4]: "".join(x or "" for x in (a.headline, a.subheadline)) for a in arts}
    assert titles["临泉县利"] == "临泉用上大数据，办事更便利（社会治理）"
    assert titles["本报讯 "] == "艺术团海外访演启幕"


VILLAGE = [
    "村里用了三个月时间拆除违建、整治环境、建设景观，村容村貌焕然一新，过去的“后进村”如今成了远近闻名的美丽村庄。",
    "村支书对记者说：“大家就照这样一起拼命干下去，我们村里的未来，真值得期待。",
]


def test_a_title_closed_by_its_column_tag_past_the_column_is_no_line_of_the_paragraph_above():
    """A title in a larger font, dumped after the bodies and closed by its column tag,
    runs past the column by less than two tolerances: after a paragraph's end on a
    full line it is a title's line, not the paragraph's next line."""
    body = _lines(VILLAGE, 13)
    body[-1] += "”"  # the closing quote hangs past the last line, full as the column
    lines = [*body, "仿古老街为何人气不再（来信调查）", "贺州四章"]
    page = reflow_page(dedupe_page(Page("tag.txt", lines=lines, lang="zh")))
    texts = [b.text for b in page.blocks or []]
    assert texts[-2:] == ["仿古老街为何人气不再（来信调查）", "贺州四章"]
    assert texts[-3].endswith("值得期待。”")


COMMENT = [
    "读书是一件需要长久坚持的事情，只有静下心来读，才能真正有所收获，这一点对青少年尤其重要。",
    "学校和家庭都应为孩子创造安静的读书环境，让阅读成为习惯，让书香伴随成长。",
    "一些地方把送书下乡当作任务来完成，书送到了，却少有人翻开，这样的阅读推广难以持久。",
    "推广阅读，贵在引导，更贵在坚持。只要久久为功，读书的风气就一定能在更多地方蔚然成风。",
]
MARKET = [
    "菜市场是城市的烟火气所在，近年来不少老菜场完成了改造，环境更整洁，摊位更规范，居民买菜更加舒心。",
    "改造后的菜场还引入了电子秤和扫码支付，买菜的老人们也渐渐习惯了新的方式，摊主们说生意比以前好做了。",
    "管理部门表示，今年还将对城区另外几家老菜场进行改造，让群众的菜篮子拎得更方便、更放心。",
]


def test_prose_right_after_an_author_s_note_opens_the_next_story():
    """An author's note (``（作者为…）``) closes a commentary; prose set right after it,
    with no heading between, is the next story's first paragraph. A note after the
    author's (``（本系列评论到此结束）``) stays with the story."""
    for notes in (["（作者为某大学教授）"], ["（作者为某大学教授）", "（本系列评论到此结束）"]):
        lines = [*_lines(COMMENT), *notes, *_lines(MARKET)]
        arts = segment_page(reflow_page(Page("note.txt", lines=lines, lang="zh"))).articles or []
        assert len(arts) == 2
        assert arts[0].paragraphs[-len(notes):] == notes
        assert arts[1].paragraphs[0].startswith("菜市场是城市")


def test_a_short_commentary_closed_by_its_author_s_note_is_a_story():
    """Two short paragraphs and the author's note, untitled in place: a commentary
    signed by its author, not a run of titles and captions dumped after the bodies."""
    lines = [*_lines(COMMENT[:2]), "（作者为某大学教授）", *_lines(MARKET)]
    arts = segment_page(reflow_page(Page("short.txt", lines=lines, lang="zh"))).articles or []
    assert [a.paragraphs[-1] for a in arts][:1] == ["（作者为某大学教授）"]
    assert len(arts) == 2 and arts[0].paragraphs[0].startswith("读书是")


def test_a_heading_after_an_author_s_note_keeps_the_next_part_in_the_feature():
    """A feature whose parts each close with their author's note: a heading between
    the note and the next text opens the feature's next part, not another story."""
    lines = [*_lines(COMMENT), "（作者为某大学教授）", "菜场里的烟火气", *_lines(MARKET)]
    page = segment_page(reflow_page(Page("parts.txt", lines=lines, lang="zh")))
    assert len(page.articles or []) == 1


def test_a_column_tag_s_fake_bold_copy_left_open_is_trimmed():
    """Fake bold drawn a little off its twin: one copy of a title ends ``…（新论``, the
    next line is the other copy's tag ``（新论）``; the tag is printed once."""
    lines = [*_lines(COMMENT), "重视孩子的“精", "重视孩子的“精", "神食粮", "神食粮”（新论", "（新论）"]
    page = dedupe_page(Page("bold.txt", lines=lines, lang="zh"))
    assert "".join(page.lines).count("新论") == 1
    assert "".join(page.lines).endswith("重视孩子的“精神食粮”（新论）")


INTERVIEW = [
    "本报讯 新年伊始，记者就今年乡村工作的重点任务采访了市农业农村局负责人。",
    "■守好耕地红线，稳住粮食生产的基本盘",
    "这位负责人表示，今年要严格落实耕地保护制度，坚决遏制耕地非农化、防止耕地非粮化，确保全市粮食播种面积和产量保持稳定，端牢群众的饭碗。",
    "他说，各地要加快高标准农田建设，完善农田水利设施，提高农业综合生产能力和抗风险能力，让种粮农民有钱挣、得实惠，种粮积极性更高。",
    "■补齐农村人居环境短板，建设美丽乡村",
    "谈到农村人居环境整治，这位负责人介绍，今年将继续推进农村厕所改造、生活垃圾治理和污水处理，持续开展村庄清洁行动，改善村容村貌。",
    "他表示，各地情况千差万别，要因地制宜、分类指导，不搞一刀切，不搞形式主义，让村庄更加干净整洁有序，让农民生活更加舒心。",
    "■深化农村土地制度改革，激发乡村活力",
    "这位负责人说，今年将稳妥推进农村土地制度改革，深化农村集体产权制度改革，发展壮大村级集体经济，多渠道增加农民的财产性收入。",
    "他强调，改革要尊重农民意愿，维护农民权益，把选择权交给农民。（记者 王艳）",
]


def test_an_interview_s_section_headings_paragraphs_apart_stay_in_its_story():
    """Points (``■…``) that stand paragraphs apart are an interview's section headings,
    not a summary's run of points over the next story: the interview stays one story,
    a heading short of its column by about an indent joined to the paragraph under it
    (as a paragraph's indented first line would be) or not."""
    more = "记者在采访中了解到，这些工作都已列入全年任务清单，各项措施正在逐条落实，群众对此十分期待。"
    paras = [x for p in INTERVIEW for x in ([p] if p.startswith("■") or p.endswith("）") else [p, more])]
    lines = [ln for p in paras for ln in (wrap([p], 20) if not p.startswith("■") else [p])]
    arts = segment_page(reflow_page(Page("interview.txt", lines=lines, lang="zh"))).articles or []
    assert len(arts) == 1
    assert arts[0].paragraphs[2].startswith("■守好耕地红线，稳住粮食生产的基本盘")


OLD_SECRETARY = ["1950年春，他参加了县里", "的土改工作队，跟着老队员", "走村串户，白天访贫问苦，",
                 "晚上还要办夜校教农民识", "字。",
                 "1956年，他调到县农业局", "工作，负责推广新式农具，", "几年间跑遍了全县，走过了", "每一个生产队。",
                 "1962年冬，他回到了家乡", "担任大队支书，带领社员修", "水渠、建梯田，让山村的粮", "食产量翻了一番。",
                 "乡亲们至今还记得他", "常说的一句话：干部就要多", "替群众想一想，多替群众办", "几件实事。"]
FAIR = ["腊月里赶大集，是小镇一年中最热闹的时候。",
        "天刚蒙蒙亮，四乡八里的村民就背着山货挑着担子往镇上赶，卖年画的、炸麻花的、写春联的，从街头排到街尾。",
        "“现在日子好了，年货一年比一年丰富。”卖糖葫芦的大爷说，他在这条街上摆摊已经三十多年了。",
        "镇上的年轻人也把直播间搬到了集市上，一边吆喝一边介绍家乡的土特产，不少外地网友隔着屏幕下了单。",
        "到了中午，集市上的人越来越多，孩子们手里举着风车和糖人在人群里跑来跑去，年味越来越浓。"]


def test_a_short_first_paragraph_before_a_wider_column_opens_the_next_story_past_year_lines():
    """A story in a column of 12 whose paragraphs open with years (``1950年春，…``:
    digits make a line's width a guess, and these measure nearly the full column),
    then the next story, its title dumped after the bodies and sharing no word with
    it, in a column of 14: its opening paragraph of two lines, whose first line is
    its column less the indent, goes with it, not with the story above. Before, the
    year lines counted as first lines as wide as that one, and it stayed above."""
    lines = [*OLD_SECRETARY, *_lines(FAIR, 14), "老支书的一生", "岁末街景"]
    arts = clean_page(Page("fair.txt", lines=lines)).articles or []
    assert [a.headline for a in arts] == ["老支书的一生", "岁末街景"]
    assert arts[1].paragraphs == FAIR and len(arts[0].paragraphs) == 4


def test_a_block_wider_than_a_story_that_never_narrowed_is_another_column():
    """A story's blocks measure 23.5 (a last one 23.15: digits), and the next block
    26.5, as wide as the story's median plus the width change: it is set in a wider
    column, not back in the story's own after a block narrowed around a picture (the
    story never narrowed). After a block that did narrow (19.0), a block back at the
    story's median width is the story's own again."""
    s = _Segmenter(Page("t", lines=[]))
    s.width, s.widest, s.widths = 23.15, 24.0, [23.5, 23.5, 23.5, 23.15]
    assert s.wider(26.5)
    s.width, s.widest = 19.0, 19.5
    assert not s.wider(23.5)
