"""Conventions of other papers and extractors: notices signed with a date, reporters'
lines under the title, place credits set as wide as the column, photo credits with
their role first, captions run on from the story above them."""

from __future__ import annotations

from papercli.invariant import compare
from papercli.model import Page
from papercli.pipeline import clean_page
from papercli.records import page_records, page_text

from .wrap import wrap

STORY = [
    "本报讯 今年以来，城区新建口袋公园六处，居民出门五分钟就能走进绿地，公园里的健身步道和儿童乐园每天都很热闹。",
    "城管部门介绍，下一步还将利用边角空地再建一批小公园，让更多居民在家门口享受绿色。（记者 周明）",
]
NOTICE = [
    "因城区供水管网改造施工需要，根据道路交通安全法有关规定，决定对人民路、建设路部分路段实行临时交通管制。现将有关事项通告如下：",
    "一、管制时间：施工期间每日二十二时至次日六时。",
    "二、管制期间，上述路段禁止机动车通行，过往车辆请提前绕行。执行紧急任务的车辆不受此限。",
    "特此通告。",
]


def _lines(paragraphs: list[str], width: int = 18) -> list[str]:
    return [ln for p in paragraphs for ln in wrap([p], width, 0)]


def test_a_notice_signed_with_its_issuer_and_date_keeps_them_as_its_last_paragraphs():
    """A notice after a signed story, its title in place, ends with its issuer and the
    date set under ``特此通告。``: the notice is a story of its own (its short
    paragraphs are no dump of captions), its issuer and date its last paragraphs, not
    titles set after the bodies."""
    lines = [*_lines(STORY), "关于部分路段临时", "交通管制的通告", *_lines(NOTICE), "市公安局交通警察支队", "2025年4月8日"]
    page = clean_page(Page("notice.txt", lines=lines))
    arts = page.articles or []
    assert len(arts) == 2
    assert arts[1].paragraphs[-2:] == ["市公安局交通警察支队", "2025年4月8日"]
    assert arts[1].paragraphs[0].startswith("因城区供水管网")
    assert (arts[1].headline or "") + (arts[1].subheadline or "") == "关于部分路段临时交通管制的通告"
    assert not [x for x in page.loose if x.type == "caption"]


def test_a_reporters_line_under_the_title_is_the_byline_and_stays_in_the_text():
    """``本报记者 孟瑶`` set on its own line under the title signs the story: it is the
    byline (printed under the title) and stays the first paragraph, as a dateline
    does; the text output prints it once."""
    body = ["小店铺连着大民生。今年以来，全市新增个体工商户一万八千户，小店经济成为稳就业的重要力量。",
            "市商务局负责人介绍，今年将为新开办的小店提供租金补贴，帮助店主降低经营成本，让小店开得起、活得好。"]
    lines = ["小店经济稳就业", "", "本报记者 孟瑶", "", *_lines(body)]
    page = clean_page(Page("reporter.txt", lines=list(lines)))
    art = (page.articles or [])[0]
    assert (art.byline, art.byline_first) == ("本报记者 孟瑶", True)
    assert art.paragraphs[0] == "本报记者 孟瑶"
    assert page_text(page).count("孟瑶") == 1
    assert compare("\n".join(lines), page_text(page)).ok
    assert page_records(page)[0]["byline"] == "本报记者 孟瑶"


def test_a_place_credit_as_wide_as_the_column_opens_the_text_under_it():
    """A reporters' place credit naming two reporters fills its line as a column line
    does; it opens the next story rather than running on into its first paragraph."""
    first = ["〔記者黃明／台中報導〕市立棒球場昨晚舉行新球季開幕戰，湧進兩萬多名球迷，門票開賣十分鐘就全數售罄。",
             "球團表示，今年起全面改用環保杯，球迷在場內購買飲料須支付押杯費，歸還後退費。"]
    second = ["全國運動會將由兩縣市合辦，體育署昨天核定補助經費，用於整建比賽場館與選手村。",
              "兩縣市政府表示，將以一座運動城市為目標，共同規畫交通接駁與住宿。"]
    lines = [*_lines(first, 15), "記者林宜君、黃冠勳／綜合報導", *_lines(second, 15)]
    arts = clean_page(Page("credit.txt", lines=lines)).articles or []
    assert len(arts) == 2
    assert arts[1].byline == "記者林宜君、黃冠勳／綜合報導"
    assert arts[1].paragraphs[0].startswith("全國運動會")


def test_a_caption_run_on_from_the_story_above_starts_after_its_last_full_stop():
    """Stream order sets a photo's caption right under the story's last line: the
    caption runs back from its credit to the line after the last one ending a
    sentence, and the story keeps only its own text."""
    story = ["本报讯 连日来，白岩村的千亩茶园迎来采摘季，茶农们手指翻飞，一芽一叶的嫩尖被轻轻摘进竹篓。",
             "村党支部书记介绍，村里成立了茶叶专业合作社，统一品种、统一技术、统一收购，茶农收入逐年提高。（记者 林红）",
             "本报讯 记者从县林业局获悉，近期降水偏少，森林火险等级已达四级。县林业局提醒广大群众，发现火情请及时报警。"]
    caption = "3月13日，在白岩村茶园，茶农正在采摘明前茶。今年全村茶园面积扩大到三千亩，预计春茶产值突破"
    lines = [*_lines(story, 16), *[caption[i:i + 16] for i in range(0, len(caption), 16)], "1500万元。 本报记者 吴桐 摄",
             "春茶开采 茶农增收", "森林防火进入高危期"]
    page = clean_page(Page("caption.txt", lines=lines))
    caps = [c for a in page.articles or [] for c in a.captions] + [x for x in page.loose if x.type == "caption"]
    assert [(c.text, c.credit) for c in caps] == [(caption + "1500万元。", "本报记者 吴桐")]
    assert all("明前茶" not in p for a in page.articles or [] for p in a.paragraphs)


def test_an_authors_line_under_the_title_signs_the_commentary():
    """A commentary names its author under the title with a mark (``□ 陈立言``,
    ``文/林晓岚``) or as the paper's commentator (``本报评论员``): the name is the
    byline, the line stays the first paragraph and is printed once. The page's running
    head with its page number and section (``第4版 观点 责任编辑：苏航``) is no title."""
    body = ["今年春节，不少村子办起了村晚，村民自编自演，台下坐满了回乡过年的乡亲，掌声笑声此起彼伏。",
            "村晚之所以火，是因为它接地气、有烟火气。办好村晚，关键要让村民唱主角，把舞台留给身边人、身边事。"]
    for line, name in (("□ 陈立言", "陈立言"), ("文/林晓岚", "林晓岚"), ("本报评论员", "本报评论员")):
        lines = ["第4版 观点 责任编辑：苏航", "", "村晚火出圈的启示", "", line, "", *_lines(body)]
        page = clean_page(Page("author.txt", lines=list(lines)))
        art = (page.articles or [])[0]
        assert (art.headline, art.byline, art.byline_first) == ("村晚火出圈的启示", name, True)
        assert art.paragraphs[0] == line
        assert page_text(page).count(name) == 1
        assert [x.text for x in page.loose] == ["第4版 观点 责任编辑：苏航"]


def test_a_caption_without_credit_among_the_titles_after_the_bodies_is_no_text():
    """Stream order puts titles (printed twice: fake bold) and captions after the last
    story, which a place credit opened and nothing closed: a one-sentence line among
    those titles is a photo's caption, and the titles before it are titles, not
    headings of that story."""
    first = ["〔記者黃明／台中報導〕市立棒球場昨晚舉行新球季開幕戰，湧進兩萬多名球迷，門票開賣十分鐘就全數售罄。",
             "球團表示，今年起全面改用環保杯，球迷在場內購買飲料須支付押杯費，歸還後退費。"]
    last = ["中央氣象署預報，今年入冬以來最強的一波冷氣團週末南下，北部及宜蘭低溫可能降到十度左右。",
            "氣象署指出，冷氣團影響期間，迎風面的北部、東北部有局部短暫雨，中南部則早晚溫差大。"]
    titles = [["新球季開打", "球場湧進兩萬球迷"], ["冷氣團週末南下", "北部低溫探10度"]]  # printed twice: fake bold
    lines = [*_lines(first, 15), "記者陳大文／綜合報導", *_lines(last, 15),
             *titles[0], *titles[0], "寒流來襲，民眾穿上厚外套出門。", *titles[1], *titles[1]]
    page = clean_page(Page("dump.txt", lines=lines))
    arts = page.articles or []
    assert [len(a.paragraphs) for a in arts] == [2, 2]
    assert [(a.headline or "") + (a.subheadline or "") for a in arts] == ["新球季開打球場湧進兩萬球迷",
                                                                         "冷氣團週末南下北部低溫探10度"]
    caps = [c.text for a in arts for c in a.captions] + [x.text for x in page.loose if x.type == "caption"]
    assert caps == ["寒流來襲，民眾穿上厚外套出門。"]


def test_a_section_heading_and_its_text_before_the_next_dateline_stay_in_their_story():
    """A story's last section, its heading (``■数据多跑路 群众少跑腿``) and its text
    ending a sentence, right before the next story's dateline, is no roundup item's
    heading and deck leading into that story: it stays where it is."""
    paras = ["本报讯（通讯员 李强）今年以来，全县持续深化改革，梳理公布高频政务服务事项一百八十六项。",
             "在县政务服务中心，市民用手机扫码取号，不到十分钟就办好了营业执照变更。",
             "■数据多跑路 群众少跑腿",
             "县行政审批局负责人介绍，下一步将推动更多事项掌上办、就近办。",
             "本报讯 近日，县人民医院胸痛中心正式启用，急性心肌梗死患者救治时间大大缩短。（赵敏）"]
    lines = ["全县深化政务服务改革", ""]
    for p in paras:
        lines += [*wrap([p], 16, 0), ""]
    arts = clean_page(Page("section.txt", lines=lines)).articles or []
    assert [a.paragraphs[-1][:8] for a in arts] == ["县行政审批局负责", "本报讯 近日，县"]


def test_briefs_with_titles_run_in_before_their_datelines():
    """A briefs column sets each item's title run in before its dateline, after a
    bullet (``◆城区新增夜间公交线路 本报讯 …``, the title wrapped over lines or not):
    each item is a story with that title."""
    items = [("城区新增4条夜间公交线路",
              "本报讯 9月1日起，城区开通4条夜间公交线路，运营时间为21时至次日0时30分。（记者 罗晶）"),
             ("县医院开设儿童友好门诊",
              "本报讯 县人民医院儿科近日开设儿童友好门诊，诊室布置成卡通风格，并实行分时段预约就诊。（通讯员 邵华）"),
             ("学习强县答题活动启动",
              "本报讯 第三届学习强县知识答题活动日前启动，全县党员群众可通过手机参与答题。（记者 田甜）")]
    lines: list[str] = []
    for title, text in items:
        lines += [*wrap(["◆" + title + " " + text], 13, 0), ""]
    arts = clean_page(Page("briefs.txt", lines=lines)).articles or []
    assert [a.headline for a in arts] == ["◆" + t for t, _ in items]
    assert [a.paragraphs for a in arts] == [[text[: text.index("（")]] for _, text in items]
