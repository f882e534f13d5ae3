"""Roundups of briefs and their labels.

A page often carries a box of short news items under one label (``速览``, ``数读``,
``微阅读``): each item opens with its own short heading, and the label names no item,
so its words are in no story's text. Extractors dump the label among the titles,
where it joins a neighbouring title (``速览`` / ``侠客岛…座谈会举行``), and the roundup
is left without one. :func:`lend_labels` gives it back. Where each item's heading stood
in place, so that each item was read as a story of its own, :func:`gather_briefs` makes
the box one story under its label again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from papercli.dumps import untagged
from papercli.model import Article, Page
from papercli.notes import NOTE_LABEL
from papercli.seams import headings_only
from papercli.signals import closing_dateline, credit_line, dateline
from papercli.similarity import containment, grams

LABEL_MAX = 5  # characters: a roundup's label is a word or two
COUPLET_MIN = 4  # characters of each half of a title set as a couplet (:func:`couplet_half`)
_PLAIN = re.compile(r"^[\u4e00-\u9fff]+$")


def brief_heading(p: str) -> bool:
    """A paragraph that heads an item of a roundup: short, no sentence, no dateline
    and no production credit.

    >>> brief_heading("海南敷设海底电缆"), brief_heading("春节期间，全国安全生产形势平稳。"), brief_heading("制图：蔡华伟")
    (True, False, False)
    """
    return (headings_only([p]) and not dateline(p) and not credit_line(p)
            and not p.startswith(("（", "(")))


def is_label(piece: dict[str, Any], story: str = "") -> bool:
    """A title piece that can be a roundup's label: a short word of Han only that fits
    no story's text at all (its ``_score`` from ``match.merge_pieces`` is 0), or none
    of the text of the ``story`` its run titles (``微阅读`` fits a story that has a
    ``核心阅读`` box, not the one its run was given).

    >>> [is_label({"text": t, "_score": sc}) for t, sc in (("速览", 0.0), ("速览", 12.0), ("黄", 0.0))]
    [True, False, False]
    >>> is_label({"text": "微阅读", "_score": 55.0}, "村里开展读书活动。")
    True
    >>> is_label({"text": "读书", "_score": 55.0}, "读书。")
    False
    """
    text = piece["text"].strip()
    if not label_word(text):
        return False
    return piece.get("_score", 0.0) == 0.0 or (bool(story) and containment(grams(text), story) == 0.0)


def label_word(text: str) -> bool:
    """The shape of a roundup's label: a word or two of Han only (:data:`LABEL_MAX`).

    >>> label_word("速览"), label_word("黄"), label_word("数读：")
    (True, False, False)
    """
    return 2 <= len(text) <= LABEL_MAX and bool(_PLAIN.match(text))


def lend_labels(groups: list[list[dict[str, Any]]], pairs: dict[int, int], arts: list[Article],
                matrix: list[list[float]]) -> set[int]:
    """Take a label (:func:`is_label`) off the first or last place of a title run and
    make it the title of the first story left untitled that looks like a roundup
    (:func:`_roundup`); the items after it join it (``match.merge_untitled``). Again
    while the run has a label at either end and another roundup is left untitled (two
    labels dumped after one title). A piece that ``match.merge_pieces`` held to its
    neighbour (``_held``: a title cut at its particle) is no label. The run keeps its
    other pieces; a label appended as a group of its own gets a row of zeros in
    ``matrix``. Returns the ``id`` of each roundup so titled.

    >>> groups = [[{"text": "速览", "_score": 0.0}, {"text": "座谈会举行", "_score": 90.0}]]
    >>> arts = [Article(paragraphs=["座谈会举行。"]), Article(paragraphs=["海南敷设电缆", "电缆全长五百米。"])]
    >>> pairs, matrix = {0: 0}, [[90.0, 0.0]]
    >>> lend_labels(groups, pairs, arts, matrix) == {id(arts[1])}, groups[1], pairs
    (True, [{'text': '速览', '_score': 0.0}], {0: 0, 1: 1})
    """
    titled = set(pairs.values())
    lent: set[int] = set()
    for gi in range(len(groups)):
        g = groups[gi]
        story = "".join(arts[pairs[gi]].paragraphs) if gi in pairs else ""
        while len(g) >= 2:  # two roundups' labels may be dumped after one title (``…夺冠`` / ``数读`` / ``速览``)
            at = (0 if is_label(g[0], story) and not g[1].get("_held") and not couplet_half(g, 0)
                  else len(g) - 1 if is_label(g[-1], story) and not g[-1].get("_held") and not couplet_half(g, -1)
                  else None)
            if at is None:  # a piece held to its neighbour (a title cut at its particle) is no label
                break
            target = _roundup(arts, titled, g[at].get("_score", 0.0) == 0.0)
            if target is None:
                break
            groups.append([g.pop(at)])
            matrix.append([0.0] * len(arts))
            pairs[len(groups) - 1] = target
            titled.add(target)
            lent.add(id(arts[target]))
    return lent


def couplet_half(g: list[dict[str, Any]], at: int) -> bool:
    """Piece ``at`` (0 or -1) of title run ``g`` and its neighbour are Han phrases of one
    length, :data:`COUPLET_MIN` or more: the two halves of one title set as a couplet
    (``书香满院`` / ``邻里和睦``), no label dumped beside a title. Two labels dumped side
    by side are words shorter than that (``快讯`` / ``速递``).

    >>> pairs = (("书香满院", "邻里和睦"), ("速览", "邻里和睦"), ("快讯", "速递"))
    >>> [couplet_half([{"text": a}, {"text": b}], 0) for a, b in pairs]
    [True, False, False]
    """
    piece, other = g[at]["text"].strip(), untagged(g[1 if at == 0 else -2]["text"].strip())
    return len(piece) == len(other) >= COUPLET_MIN and bool(_PLAIN.match(other))


def _roundup(arts: list[Article], titled: set[int], sure: bool) -> int | None:
    """The first untitled story that opens with an item's heading or, for a label
    that fits no story at all (``sure``), that holds one anywhere (its first item
    opened with a dateline)."""
    for ai, a in enumerate(arts):
        if ai not in titled and a.paragraphs and brief_heading(a.paragraphs[0]):
            return ai
    if sure:
        for ai, a in enumerate(arts):
            if ai not in titled and any(map(brief_heading, a.paragraphs)):
                return ai
    return None


def roundup_item(a: Article, roundup: Article) -> bool:
    """Story ``a``, left without a title, is an item of the roundup before it (the
    extractor or a dateline parted them): it opens with an item's heading, as the
    roundup does.

    >>> roundup = Article(paragraphs=["海南敷设海底电缆", "电缆全长五百米。"])
    >>> roundup_item(Article(paragraphs=["春运客流平稳", "铁路发送旅客一千万人次。"]), roundup)
    True
    >>> roundup_item(Article(paragraphs=["铁路发送旅客一千万人次。"]), roundup)
    False
    """
    if not (a.paragraphs and roundup.paragraphs):
        return False
    return brief_heading(a.paragraphs[0]) and brief_heading(roundup.paragraphs[0])


BRIEF_MAX = 600  # characters: an item of a roundup is a short news item


def dated_item(a: Article, roundup: Article) -> bool:
    """Story ``a``, left without a title, opens with a dateline, and the titled story
    before it, not closed by a byline, holds a dateline of its own after its opening
    paragraph: a roundup of dated items (a ``数读`` box: a figure as heading, a
    summary, then the item's dated report), of which ``a`` is the next item that its
    dateline parted, not a story whose title went missing.

    >>> box = Article(paragraphs=["45亿件 快递业务量", "1月份快递业务量增长。",
    ...                           "本报北京2月19日电 记者获悉，快递业务量增长。",
    ...                           "50%以上 林业产值提高", "到2025年林业产值提高。"])
    >>> dated_item(Article(paragraphs=["本报北京2月19日电 国家林草局提出目标。"]), box)
    True
    >>> dated_item(Article(paragraphs=["国家林草局提出目标。"]), box)
    False
    >>> dated_item(Article(paragraphs=["本报北京2月19日电 国家林草局提出目标。"]), Article(paragraphs=box.paragraphs[3:]))
    False
    """
    if not a.paragraphs or not dateline(a.paragraphs[0]) or roundup.byline:
        return False
    return any(dateline(p) for p in roundup.paragraphs[1:])


def items_of_one_roundup(a: Article, b: Article) -> bool:
    """Stories ``a`` and ``b``, next to each other and both left without a title, are
    items of one roundup that a closing dateline or credit parted: each opens with an
    item's heading, and ``a`` is a short item (:data:`BRIEF_MAX`).

    >>> a = Article(paragraphs=["海南敷设海底电缆", "电缆全长五百米，今年建成。"])
    >>> items_of_one_roundup(a, Article(paragraphs=["春运客流平稳", "铁路发送旅客一千万人次。"]))
    True
    >>> items_of_one_roundup(a, Article(paragraphs=["铁路发送旅客一千万人次。"]))
    False
    """
    return roundup_item(b, a) and sum(map(len, a.paragraphs)) <= BRIEF_MAX


BOX_TOL = 4.0  # half-width cells: item columns further apart than this are two boxes
LABEL_SHARE = 50.0  # percent of a label's bigrams a story's text may hold (a word of it)


def boxed_item(a: Article) -> bool:
    """Story ``a`` may be an item of a box of briefs: short (:data:`BRIEF_MAX`), opened by
    no dateline, and closed by its source in brackets (``（据新华社东京电 记者王明）``), as
    a box's items are; a news story of its own opens with its dateline.

    >>> boxed_item(Article(["日本试行电子标签。", "（据新华社东京电 记者王明）"]))
    True
    >>> boxed_item(Article(["本报东京2月1日电 日本试行电子标签。", "（本报东京2月1日电）"], dateline="本报东京2月1日电"))
    False
    """
    return (len(a.paragraphs) >= 2 and not a.dateline and closing_dateline(a.paragraphs[-1])
            and sum(map(len, a.paragraphs)) <= BRIEF_MAX)


def headed_items(a: Article) -> int:
    """How many items of a box of briefs story ``a`` holds with their headings in place
    (``segment`` kept them as its section headings): its paragraphs fall into runs, each
    a heading (:func:`brief_heading`), the item's text and its source in brackets last,
    each short (:data:`BRIEF_MAX`); 0 when they do not.

    >>> headed_items(Article(["港口泊位", "港口新建两座泊位。", "（据新华社开罗电 记者李华）",
    ...                       "电子标签", "日本试行电子标签。", "（据新华社东京电 记者王明）"]))
    2
    >>> headed_items(Article(["港口泊位", "港口新建两座泊位。", "工人们说，很好。"]))
    0
    """
    if a.dateline:
        return 0
    items, item = 0, []
    for p in a.paragraphs:
        item.append(p)
        if closing_dateline(p):
            if len(item) < 3 or not brief_heading(item[0]) or sum(map(len, item)) > BRIEF_MAX:
                return 0
            items, item = items + 1, []
    return items if not item else 0


def unclaimed_label(text: str, bodies: list[str]) -> bool:
    """A title candidate that can be a box's label (:func:`label_word`) of which no
    story's text holds more than half the bigrams (``微阅读`` beside a story on reading:
    ``阅读`` but no ``微阅``).

    >>> unclaimed_label("微阅读", ["日本试行电子标签。", "多阅读。"]), unclaimed_label("电子标签", ["日本试行电子标签。"])
    (True, False)
    """
    t = text.strip()
    return label_word(t) and all(containment(grams(t), b) <= LABEL_SHARE for b in bodies)


def box_labels(labels: list[dict[str, Any]], n_boxes: int, bodies: list[str]) -> list[dict[str, Any]]:
    """The labels to give ``n_boxes`` boxes of briefs, in order, from the candidates
    :func:`unclaimed_label` found: an editor's note's label (``编者按``) is none; where
    there are more candidates than boxes, a candidate every character of which one story
    holds goes first (``逛庙会``, the title of an essay on a temple fair, whose
    characters the essay holds but not as the title puts them together).

    >>> cands = [{"text": t} for t in ("逛庙会", "微阅读", "编者按")]
    >>> essay = ["春节里，我们到村里的庙前去逛，人山人海，热闹得像开大会。"]
    >>> [e["text"] for e in box_labels(cands, 1, essay)], [e["text"] for e in box_labels(cands, 2, essay)]
    (['微阅读'], ['逛庙会', '微阅读'])
    """
    labels = [e for e in labels if not NOTE_LABEL.fullmatch(e["text"])]
    spare = len(labels) - n_boxes
    kept: list[dict[str, Any]] = []
    for e in labels:
        t = e["text"].strip()
        if spare > 0 and any(all(ch in b for ch in t) for b in bodies):
            spare -= 1
            continue
        kept.append(e)
    return kept


def _boxes(arts: list[Article], heads: dict[int, dict[str, Any]]) -> list[list[int]]:
    """Runs of neighbouring stories that are items of one box (:func:`boxed_item`, or
    stories of such items each under its heading, :func:`headed_items`), set in one
    column width (:data:`BOX_TOL`), two items at least under a heading of their own set
    in place (``heads``, by story, or the headings kept in the text)."""
    runs: list[list[int]] = []
    run: list[int] = []
    items = [headed_items(a) for a in arts]
    boxed = [boxed_item(a) or n > 0 for a, n in zip(arts, items, strict=True)]
    for ai, a in enumerate(arts):
        same = bool(run) and (a.column is None or arts[run[-1]].column is None
                              or abs(a.column - (arts[run[-1]].column or 0.0)) <= BOX_TOL)
        if boxed[ai] and (not run or same):
            run.append(ai)
            continue
        runs.append(run)
        run = [ai] if boxed[ai] else []
    runs.append(run)
    return [r for r in runs if sum(max(1, items[k]) for k in r) >= 2 and sum(items[k] or k in heads for k in r) >= 2]


def gather_briefs(page: Page) -> list[tuple[Article, Article | None]]:
    """A box of briefs under a label (``微阅读``) whose items carry their headings in
    place: ``segment`` reads each item as a story, each heading as that story's title,
    and the label, whose words are in no story, as a title of none. The items of a box
    (:func:`_boxes`) become one story titled by the label, each heading a paragraph over
    its item's text, when the page has a label for it (:func:`unclaimed_label`, one a box, in
    order). The box is set aside, with the captions that stood in it, so that no other
    title is matched to it: returns each box with the story it followed (None: the
    first), for :func:`put_back`. ``pending_headlines``' ``before`` and
    ``caption_owners`` follow the other stories' new places.

    >>> items = [Article(["港口新建两座泊位。", "（据新华社开罗电 记者李华）"]),
    ...          Article(["日本试行电子标签。", "（据新华社东京电 记者王明）"])]
    >>> page = Page("p", articles=items, pending_headlines=[
    ...     {"text": "港口泊位", "pos": 1, "before": 0}, {"text": "电子标签", "pos": 3, "before": 1},
    ...     {"text": "微阅读", "pos": 5, "before": None}])
    >>> [(a.headline, a.paragraphs[::3], after) for a, after in gather_briefs(page)], page.articles, page.pending_headlines
    ([('微阅读', ['港口泊位', '电子标签'], None)], [], [])
    """
    arts = page.articles or []
    bodies = ["".join(a.paragraphs) for a in arts]
    labels = [e for e in page.pending_headlines if e.get("before") is None and unclaimed_label(e["text"], bodies)]
    heads: dict[int, dict[str, Any]] = {}
    for e in page.pending_headlines:
        k = e.get("before")
        if k is not None and (k not in heads or e["pos"] > heads[k]["pos"]):
            heads[k] = e
    boxes = _boxes(arts, heads)
    labels = box_labels(labels, len(boxes), bodies)
    boxes = boxes[: len(labels)]
    if not boxes:
        return []
    box_of = {k: bi for bi, box in enumerate(boxes) for k in box}
    used = {id(heads[k]) for k in box_of if k in heads} | {id(x) for x in labels[: len(boxes)]}
    aside: list[tuple[Article, Article | None]] = []
    for box, label in zip(boxes, labels, strict=False):
        story = Article(paragraphs=[p for k in box for p in ([heads[k]["text"].strip()] if k in heads else [])
                                    + arts[k].paragraphs],
                        headline=label["text"].strip(), captions=[c for k in box for c in arts[k].captions])
        before = box[0] - 1
        aside.append((story, aside[box_of[before]][0] if before in box_of else arts[before] if before >= 0 else None))
    keep = [k for k in range(len(arts)) if k not in box_of]
    new_at = {k: i for i, k in enumerate(keep)}
    for cap, o in zip(page.pending_captions, page.caption_owners, strict=False):
        if o in box_of:
            aside[box_of[o]][0].captions.append(cap)
    owned = [(c, o) for c, o in zip(page.pending_captions, page.caption_owners, strict=False) if o not in box_of]
    page.pending_captions = [c for c, _ in owned]
    page.caption_owners = [new_at.get(o, o) if 0 <= o < len(arts) else o for _, o in owned]
    page.articles = [arts[k] for k in keep]
    page.pending_headlines = [{**e, "before": new_at.get(e["before"]) if e.get("before") is not None else None}
                              for e in page.pending_headlines if id(e) not in used]
    return aside


def put_back(arts: list[Article], aside: list[tuple[Article, Article | None]],
             where: Callable[[Article | None], Article | None]) -> None:
    """Put each box :func:`gather_briefs` set aside back after the story it followed
    (``where`` gives the story that one became, None if it is gone), or first.

    >>> a, box = Article(["正文。"]), Article(["要闻"], headline="微阅读")
    >>> arts = [a]; put_back(arts, [(box, a)], lambda x: x); [x.headline for x in arts]
    [None, '微阅读']
    """
    for story, after in aside:
        home = where(after) if after is not None else None
        at = next((i + 1 for i, x in enumerate(arts) if x is home), 0) if home is not None else 0
        arts.insert(at, story)
