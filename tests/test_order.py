"""Reading order: columns joined on one line are split and read column by column."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from papercli.droptitles import lift_dropped_titles
from papercli.model import Page
from papercli.order import order_page, split_joined_columns, split_row
from papercli.pipeline import clean_page

from .conftest import SHARED
from .wrap import wrap as wrap_paragraphs

#: three short stories written for this test, one per column
STORIES = [
    "本报讯 近日，城东街道在社区广场举办春季义诊活动，来自区人民医院的十余名医生为居民"
    "测量血压、讲解健康知识，现场秩序井然。居民们纷纷表示，这样的活动把服务送到了家门口。"
    "街道负责人介绍，今后将每月开展一次义诊，让老年人少跑腿、看好病。",
    "本报讯 为做好春耕备耕工作，县农业农村局组织技术人员深入田间地头，指导农户科学施肥、"
    "合理用药。技术人员还向农户发放了种植手册，手把手教大家使用新型农机。"
    "今年全县计划完成春播面积三十万亩，比去年增加两万亩，各项准备工作已基本就绪。",
    "本报讯 日前，市图书馆推出“书香进万家”阅读推广活动，市民可通过手机预约借书，"
    "图书将由志愿者送到小区服务点。活动开展以来，已有两千多户家庭参与，借阅量明显上升。"
    "图书馆还将举办读书分享会，邀请作家与读者面对面交流。",
]


def wrap(text: str, n: int) -> list[str]:
    """Cut text into lines of ``n`` characters (the last one shorter)."""
    return [text[i : i + n] for i in range(0, len(text), n)]


def joined(columns: list[list[str]]) -> list[str]:
    """Rows of side-by-side columns joined with single spaces (pdfplumber style)."""
    rows = max(len(c) for c in columns)
    return [" ".join(c[r] for c in columns if r < len(c)) for r in range(rows)]


def chars(lines: list[str]) -> Counter[str]:
    return Counter("".join(lines).replace(" ", ""))


def test_three_joined_columns_are_read_column_by_column():
    cols = [wrap(s, 18) for s in STORIES]
    out = split_joined_columns(joined(cols))
    assert out is not None
    assert out == [ln for c in cols for ln in c]


def test_no_character_is_lost_or_added():
    cols = [wrap(s, 16) for s in STORIES]
    rows = joined(cols)
    out = split_joined_columns(rows)
    assert out is not None
    assert chars(out) == chars(rows)


def test_a_single_column_page_is_left_alone():
    lines = wrap("".join(STORIES), 20)
    page = order_page(Page("x", lines=list(lines)))
    assert page.lines == lines
    assert not page.fixes


def test_a_phrase_space_inside_a_column_line_is_not_a_cut():
    assert split_row("“勤俭节约 从我做起”主题宣传活动在社区举", [36.0]) == [
        "“勤俭节约 从我做起”主题宣传活动在社区举"
    ]


def test_letter_spaced_tokens_are_not_cut():
    line = "率 先 垂 范 ，捐 献 热 血 奉 献 爱 心 一 次 又 一 次 用 实 际"
    assert split_row(line, [20.0, 24.0]) == [line]


def test_the_stage_records_its_fix():
    cols = [wrap(s, 18) for s in STORIES]
    page = order_page(Page("x", lines=joined(cols)))
    assert any(f.name == "split_joined_columns" for f in page.fixes)


def _true_joins(lines: list[str], text: str) -> int:
    """Successive lines whose join (four characters either side) is in the gold text."""
    ls = [x.replace(" ", "") for x in lines if x.strip()]
    return sum(a[-4:] + b[:4] in text for a, b in itertools.pairwise(ls))


def _pages() -> list[Path]:
    return sorted(p for p in (SHARED / "pages").glob("*/pdfplumber.txt"))


@pytest.mark.skipif(not (SHARED / "pages").is_dir(), reason="../shared is absent")
def test_shared_pages_keep_all_text_and_read_better():
    better = 0
    pages = _pages()
    assert pages
    for f in pages:
        lines = f.read_text(encoding="utf-8").split("\n")
        page = order_page(Page(str(f), lines=list(lines)))
        assert chars(page.lines) == chars(lines), f
        gold = json.loads((f.parent / "gold.json").read_text(encoding="utf-8"))
        text = "".join("".join(a["paragraphs"]) for a in gold["articles"]).replace(" ", "")

        better += _true_joins(page.lines, text) > _true_joins(lines, text)
    assert better == len(pages)


def test_a_title_dropped_between_a_column_s_lines_is_moved_not_read_as_columns_across():
    """pdfminer reads a page in order but drops the next story's title, set beside the
    column, between two of its lines: the lines look read across columns. The title
    moves to the page's end and the lines stay in their order (before, the page was
    taken apart as interleaved and its stories scrambled)."""
    lines = ["海滨公园启用 亲水步道串联海岸", "",
             "　　【本报讯】海滨公园昨天上午正式启用，",
             "全长一点二公里的亲水步道沿着海边延伸，串", "",
             "夜间门诊延长 上班族看病更方便", "",
             "联起码头、老仓库与海洋广场，市民可以一边",
             "散步一边欣赏进出港的船只。",
             "　　市政府表示，公园设计保留了港区的工业元",
             "素，旧起重机被改造成观景台，集装箱则变身为",
             "咖啡馆与游客服务中心。未来还将定期举办音",
             "乐会与港口导览活动。（记者许文彬）", "",
             "　　【本报讯】为方便上班族就医，市立联合",
             "医院自本月起将夜间门诊时间延长至晚上十点，",
             "并增开家医科、儿科与皮肤科诊次。",
             "　　院方统计，夜间门诊开办一个月以来，就"]
    page = order_page(Page("t", lines=list(lines), lang="zh"))
    assert [f.name for f in page.fixes] == ["lift_dropped_titles"]
    kept = [ln for ln in lines if ln != "夜间门诊延长 上班族看病更方便"]
    assert [ln for ln in page.lines if ln.strip()] == [ln for ln in kept if ln.strip()] + ["夜间门诊延长 上班族看病更方便"]


def test_figures_set_apart_by_spaces_make_no_joined_columns():
    """pdftotext sets figures apart from the Han text (``接待游客 120 万人次``): the pieces
    of one column's lines either side of a figure are no column lines of two columns
    joined, so a page of one column with many figures is left in its order."""
    text = ("今年一季度全市接待游客120万人次，同比增长15%，旅游收入达到36亿元。"
            "其中乡村旅游接待游客45万人次，占全市的38%，带动农户增收2000余万元。"
            "全市新建民宿86家，新增床位1300张，节假日入住率超过90%，周末入住率也达到65%。"
            "市文化和旅游局介绍，今年将再打造精品线路12条，举办节庆活动30场，力争全年接待游客突破500万人次。"
            "记者在城南古镇看到，游客在老街上品尝小吃，不少店铺门口排起了20多米的长队，"
            "一家开了40年的糕点铺每天要卖出3000多盒糕点，店主说生意比去年好了两成。"
            "古镇管委会负责人表示，古镇已完成15处老建筑修缮，新开放8个展馆，下一步还将延长夜间开放时间到22时。")
    lines = [re.sub(r"\s*(\d+%?)\s*", r" \1 ", text[i:i + 20]).strip() for i in range(0, len(text), 20)]
    assert sum(" " in ln for ln in lines) > len(lines) // 2
    assert split_joined_columns(lines) is None
    page = order_page(Page("figures.txt", lines=list(lines)))
    assert page.lines == lines


def test_a_credit_under_a_title_box_is_no_dropped_title():
    """pdfminer boxes a title and its deck together, then the reporters' credit, then
    the text line by line: the credit between the title box and the text is the
    story's, not a title dropped into a column (the box above it has no running text)."""
    col = ["餐飲業缺工問題持續延燒。勞動", "部最新統計顯示，住宿及餐飲業職缺", "數達五萬個，創近十年新高，不少",
           "業者為了留住員工，紛紛調高時薪、", "加發全勤獎金。"]
    lines = ["缺工潮延燒 餐飲業搶人加薪", "時薪拉高到220元 仍難補足人力", "", "記者陳大文／綜合報導", ""]
    for c in col:
        lines += [c, ""]
    assert lift_dropped_titles(lines) == (lines, [])


CARE = [
    "本报讯 为让老人在家门口享受到便利的养老服务，今年以来，全市新建社区养老服务站四十余处，覆盖城区。",
    "记者从市民政局获悉，为进一步完善养老服务体系，市委 市政府近日印发《关于加快发展社区养老服务的意见》，"
    "明确到明年底，每个社区都要建成一处养老服务站，为老人提供助餐、助浴、日间照料等服务。",
    "市民政局负责人介绍，养老服务站将由专业机构运营，政府给予场地和资金支持，让老人们花小钱、享好服务。",
]


def test_a_line_the_extractor_cut_at_a_wide_space_is_joined_back_with_the_space():
    """A justified line holds a printed space between two issuing bodies
    (``市委 市政府``), stretched wide; the extractor cut the line there into two short
    lines, the first ending in no sentence mark. The line under them runs on at the
    column's full width, so no paragraph opens there: the two pieces are one line, and
    the paragraph keeps its space and stays whole."""
    lines = [part for ln in wrap_paragraphs(CARE, 18) for part in (ln.split(" ") if "市委 " in ln else [ln])]
    assert "养老服务体系，市委" in lines and "市政府近日印发《" in lines  # the line came out in two
    arts = clean_page(Page("gap.txt", lines=[*lines, "", "社区养老服务站覆盖城区"])).articles or []
    assert [a.paragraphs for a in arts] == [CARE]
