"""Reading order: column lines emitted row by row are read column by column again."""

from __future__ import annotations

import json
import math
from collections import Counter
from itertools import pairwise
from pathlib import Path

from papercli.interleave import (
    GAIN_PER_LINE,
    Slot,
    Stats,
    column_order,
    column_reading,
    deinterleave,
    flat,
    join_rows,
    join_scores,
    new_slot,
    order_evidence,
    page_periods,
    slot_weights,
    track_columns,
    tracked_stretches,
)
from papercli.model import Page
from papercli.order import order_page

#: a story written for this test (municipal news), long enough to be set in columns
STORY = (
    "本报讯 近日，城东街道在社区广场举办春季义诊活动，来自区人民医院的医生为社区居民测量血压、"
    "讲解健康知识。社区居民纷纷表示，义诊活动把医疗服务送到了家门口，社区老人看病不再难。"
    "街道负责人介绍，今后街道将每月在社区开展一次义诊活动，让社区老人少跑腿、看好病。"
    "为做好春耕备耕工作，县农业农村局组织技术人员深入田间地头，指导农户科学施肥、合理用药。"
    "技术人员还向农户发放种植手册，手把手教农户使用新型农机。今年全县计划完成春播面积三十万亩，"
    "比去年增加两万亩，春耕备耕各项准备工作已基本就绪。日前，市图书馆推出阅读推广活动，"
    "市民可通过手机预约借书，图书将由志愿者送到社区服务点。阅读推广活动开展以来，已有两千多户"
    "家庭参与，图书借阅量明显上升。市图书馆还将在社区举办读书分享会，邀请作家与读者面对面交流，"
    "让阅读成为社区居民的生活习惯。街道负责人表示，社区服务要把居民的需要放在心上。"
)


#: a second story written for this test (a sports report), set beside STORY
STORY2 = (
    "本报讯 昨天下午，全市中学生篮球联赛决赛在市体育馆举行，来自十六所学校的球队参加比赛。"
    "决赛中，实验中学队凭借出色的团队配合，以六十八比六十一战胜外国语学校队，夺得冠军。"
    "赛后，实验中学队教练说，队员们平时训练刻苦，这次比赛打出了水平。本届联赛历时一个月，"
    "共进行比赛四十八场，吸引了上万名学生和家长到场观看。市教育局有关负责人介绍，"
    "明年联赛将增加女子组比赛，让更多学生走上球场，在运动中增强体质、磨炼意志。"
)


def wrap(text: str, n: int) -> list[str]:
    """Cut text into lines of ``n`` characters (the last one shorter)."""
    return [text[i : i + n] for i in range(0, len(text), n)]


def columns(text: str, ncols: int, width: int) -> list[list[str]]:
    """The lines of ``text`` set in ``ncols`` columns of ``width`` characters."""
    lines = wrap(text, width)
    per = -(-len(lines) // ncols)
    return [lines[i : i + per] for i in range(0, len(lines), per)]


def across(cols: list[list[str]], blank: bool = False) -> list[str]:
    """The column lines read row by row, one per line (pdftotext style; ``blank``
    puts an empty line after each, as pdftotext does between boxes)."""
    out: list[str] = []
    for r in range(max(len(c) for c in cols)):
        for c in cols:
            if r < len(c):
                out += [c[r], ""] if blank else [c[r]]
    return out


def chars(lines: list[str]) -> Counter[str]:
    return Counter("".join("".join(lines).split()))


def test_two_interleaved_columns_are_read_column_by_column():
    cols = columns(STORY, 2, 14)
    out = deinterleave(across(cols))
    assert out == [ln for c in cols for ln in c]


def test_three_columns_with_blank_lines_are_read_column_by_column():
    text = STORY[: len(STORY) // 36 * 36]  # three columns of equal length
    cols = columns(text, 3, 12)
    out = deinterleave(across(cols, blank=True))
    assert out == [ln for c in cols for ln in c]


def side_by_side(*stories: list[list[str]]) -> list[str]:
    """Stories set side by side, read row by row across all their columns."""
    return across([c for cols in stories for c in cols])


def test_two_stories_side_by_side_with_unequal_columns_are_read_story_by_story():
    a = columns(STORY, 3, 12)  # the last column ends a row early
    b = columns(STORY2, 1, 18)  # another width, one column
    assert len(a[-1]) < len(a[0]) and len(b[0]) != len(a[0])
    out = deinterleave(side_by_side(a, b))
    assert out == [ln for c in a + b for ln in c]


def test_text_in_order_is_left_alone():
    lines = wrap(STORY, 14)
    assert deinterleave(lines) is None
    page = Page(source="t", number=1, lines=list(lines))
    assert order_page(page).lines == lines
    assert not page.fixes


def test_order_stage_records_the_fix_and_keeps_every_character():
    rows = across(columns(STORY, 4, 10), blank=True)
    page = order_page(Page(source="t", number=1, lines=list(rows)))
    assert chars(page.lines) == chars(rows)
    assert page.lines != [r for r in rows if r]
    assert any(f.name == "deinterleave" for f in page.fixes)


def test_unclear_order_is_kept_and_flagged():
    rows = across(columns(STORY, 2, 14))
    page = Page(source="t", number=1, lines=list(rows))
    order_page(page)
    assert page.lines != rows  # clear evidence: reordered
    muddled = across(columns(STORY, 3, 14))[:19]  # a short run read across ...
    for i, j in ((5, 11), (16, 17)):  # ... with lines out of turn: no clear new order
        muddled[i], muddled[j] = muddled[j], muddled[i]
    page = Page(source="t", number=1, lines=list(muddled))
    assert order_page(page).lines == muddled
    assert [f.name for f in page.fixes] == ["interleaved_kept"]


def _gold_text(d: Path) -> str:
    parts: list[str] = []
    for a in json.loads((d / "gold.json").read_text(encoding="utf-8"))["articles"]:
        parts += [a.get(k) or "" for k in ("headline", "subheadline", "byline")]
        parts += a["paragraphs"]
    return "".join(flat(p) for p in parts)


def _joins_in_gold(lines: list[str], gold: str) -> int:
    fl = [flat(x) for x in lines if x.strip()]
    return sum((a[-3:] + b[:3]) in gold for a, b in pairwise(fl))


def test_shared_pages_keep_all_text_and_gain_true_joins(shared):
    before = after = 0
    for d in sorted((shared / "pages").glob("*/")):
        gold = _gold_text(d)
        for ex in ("pdftotext", "pdfminer", "pypdf", "pymupdf"):
            lines = (d / f"{ex}.txt").read_text(encoding="utf-8").split("\n")
            out = deinterleave(lines)
            if ex in ("pypdf", "pymupdf"):
                assert out is None, f"{d.name}/{ex}: text in stream order was moved"
                continue
            if out is None:
                continue
            assert chars(out) == chars(lines), f"{d.name}/{ex}: text lost or added"
            before += _joins_in_gold(lines, gold)
            after += _joins_in_gold(out, gold)
    assert after > 2.5 * before


def plain_track(lines: list[str], st: Stats, periods: list[int], beam: int) -> list[int]:
    """The beam search of :func:`track_columns` written plainly (each candidate a full
    reading, merged one by one into a dict by the last lines of its columns), as a
    reference for the fast one."""
    joins = join_rows(lines, st)
    hyps: list[tuple[float, tuple[Slot, ...], list[int]]] = [(0.0, (), [])]
    for i in range(len(lines)):
        best: dict[tuple[int, ...], tuple[float, tuple[Slot, ...], list[int]]] = {}
        for score, slots, labels in hyps:
            alive = [s for s in slots if i - s[1] <= (min(12, 2 * s[2] + 2) if s[2] else 12)]
            weights = slot_weights(alive, i, periods[i])
            total = 12.0 + sum(weights)
            opts = [(math.log(12.0 / total), [*alive, new_slot(i, i)], i)]
            for r, (s, w) in enumerate(zip(alive, weights, strict=True)):
                moved = [*alive[:r], *alive[r + 1 :], new_slot(s[0], i, i - s[1])]
                opts.append((joins[i][i - s[1]] + math.log(w / total), moved, s[0]))
            for sc, new, label in opts:
                key = tuple(s[1] for s in new)
                if key not in best or score + sc > best[key][0]:
                    best[key] = (score + sc, tuple(new), [*labels, label])
        hyps = sorted(best.values(), key=lambda x: -x[0])[:beam]
    return hyps[0][2]


def test_fast_tracker_follows_the_plain_beam_search():
    cols = columns(STORY, 3, 12)
    pages = [across(cols), side_by_side(columns(STORY, 2, 14), columns(STORY2, 1, 18)), wrap(STORY, 14)]
    muddled = across(cols)
    muddled[3], muddled[9] = muddled[9], muddled[3]
    for lines in [*pages, muddled]:
        st = Stats.of(lines)
        periods = page_periods(lines, st)
        for beam in (1, 4, 48):
            assert track_columns(lines, st, periods, beam) == plain_track(lines, st, periods, beam)


def test_fast_tracker_follows_the_plain_beam_search_on_a_shared_page(shared):
    lines = [ln for ln in (shared / "pages" / "seed-41" / "pdftotext.txt").read_text(encoding="utf-8").split("\n")
             if ln.strip()]
    st = Stats.of(lines)
    periods = page_periods(lines, st)
    assert max(periods) > 1  # a page read across columns: the tracker has work to do
    assert track_columns(lines, st, periods) == plain_track(lines, st, periods, 48)


def whole_page_reading(text: list[str], st: Stats, periods: list[int]) -> list[str] | None:
    """:func:`column_reading` with the columns tracked over the whole page (as before
    :func:`tracked_stretches`), as a reference."""
    order = column_order(track_columns(text, st, periods))
    new = [text[i] for i in order]
    moved = sum(1 for t, i in enumerate(order) if t != i)
    if not moved or order_evidence(new, st) - order_evidence(text, st) < GAIN_PER_LINE * moved:
        return None
    return new


def _stretch_pages(shared_dir: Path) -> list[list[str]]:
    """Pages of text in order with a short run read across columns: written here
    (the run after or before the text) and a shared pdftotext page."""
    body = [ln for w in range(11, 21) for ln in wrap(STORY + STORY2, w)]  # in order, at ten widths
    run = across(columns(STORY2, 2, 13))
    page = (shared_dir / "pages" / "zh-hant-34" / "pdftotext.txt").read_text(encoding="utf-8").split("\n")
    return [body + run, run + body, [ln for ln in page if ln.strip()]]


def test_tracking_the_stretch_around_a_run_reads_as_tracking_the_whole_page(shared):
    for text in _stretch_pages(shared):
        st = Stats.of(text)
        scores = join_scores(text, st)
        periods = page_periods(text, st, scores)
        stretches = tracked_stretches(periods)
        assert sum(hi - lo for lo, hi in stretches) < len(text) / 2  # most of the page is not tracked
        new = column_reading(text, st, periods, scores)
        assert new is not None  # the run is read column by column
        assert new == whole_page_reading(text, st, periods)


def test_lines_without_clause_marks_are_not_reordered():
    """Title pieces stacked line by line and a caption cut into short pieces hold
    no clause marks, and an extractor that reads column by column may leave them in
    an order that looks periodic; reordering them scatters titles across each other.
    Only lines that are mostly running text (``running_text``) are put back in
    column order: the same columns without their marks are left as they are."""
    bare = "".join(ch for ch in STORY if ch not in "，。、；：")
    cols = columns(bare, 2, 14)
    assert deinterleave(across(cols)) is None
    cols = columns(STORY, 2, 14)
    assert deinterleave(across(cols)) == [ln for c in cols for ln in c]


def test_lines_wider_than_every_column_are_not_reordered():
    """Captions under photos and titles run wider than the page's columns, each as
    wide as its words, and an extractor may leave them in an order that looks
    periodic. Putting them in column order scattered titles into captions (a page
    of pypdf's). Lines that are mostly wider than every column of the page, of no
    width shared by enough lines to make a column, are left where they are; the
    same lines cut to one column width are read column by column."""

    def ragged(text: str, sizes: list[int]) -> list[str]:
        """``text`` cut into lines of the ``sizes`` in turn, each its own width."""
        out: list[str] = []
        while sum(map(len, out)) < len(text):
            start = sum(map(len, out))
            out.append(text[start : start + sizes[len(out) % len(sizes)]])
        return out

    body = wrap(STORY2 * 2, 10)  # the page's one column, read in order
    a, b = ragged(STORY, list(range(15, 40, 2))), ragged(STORY2, list(range(16, 40, 2)))
    n = min(len(a), len(b))
    wide = across([a[:n], b[:n]])
    assert deinterleave(body + wide) is None
    cols = columns(STORY[: len(STORY2)], 1, 14) + columns(STORY2, 1, 14)
    assert deinterleave(body + across(cols)) is not None
