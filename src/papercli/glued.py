"""Two titles glued with no mark between them, parted where each fits its own story.

Some extractors put the titles of neighbouring stories on one line with nothing
between them (``上海科技馆客流创新高印度推进“理想乡村计划”``): no space, quote or
bracket says where one ends. The run goes to the story the whole line fits best,
and the other story is left untitled. When such a story is left, the run is parted
at the character where its head (or tail) fits that story, and no other, and the
rest fits its own story clearly better than the whole did.
"""

from __future__ import annotations

import itertools
from typing import Any

from papercli.chars import CJK_RE, bracket_balance, ends_sentence
from papercli.dumps import SNIPPET
from papercli.elimination import PAUSE_END
from papercli.similarity import BodyIndex, grams
from papercli.titlecuts import part_run, wrapped_in_word

#: Han characters either side of a cut at the least: a shorter piece fits a story by chance
GLUED_PIECE = 6
#: score (0-100) a lent piece must reach on the untitled story: a title that story repeats
GLUED_FIT = 60.0
#: points the part must fit the untitled story better than any other story
GLUED_CLEAR = 30.0
#: points the rest must fit its own story better than the whole run did: the part was foreign to it
GLUED_GAIN = 15.0


def inner_cuts(text: str) -> list[int]:
    """Offsets inside ``text`` between two Han characters (or digits, letters), with
    :data:`GLUED_PIECE` Han characters or more on either side: a space, quote or
    bracket between titles is :func:`papercli.match.split_glued`'s cut, and one
    before a column tag (``（国际视点）``) parts no titles.

    >>> inner_cuts("春耕时节农机忙碌下田翻地"), inner_cuts("春耕时节农机（忙碌下田翻地）")
    ([6], [])
    """
    han = list(itertools.accumulate((bool(CJK_RE.match(ch)) for ch in text), initial=0))  # Han before each offset
    return [p for p in range(1, len(text)) if text[p - 1].isalnum() and text[p].isalnum()
            and han[p] >= GLUED_PIECE and han[-1] - han[p] >= GLUED_PIECE]


def _may_fit(part: str, stories: list[int], index: BodyIndex) -> bool:
    """Whether ``part`` can reach :data:`GLUED_FIT` on any of ``stories``: a score is at
    most 0.7 of the share of its bigrams the body holds plus 30 (the refinement by
    :meth:`BodyIndex.scores`), so a lower share rules the part out before scoring it
    against every body.

    >>> index = BodyIndex(["印度推进理想乡村计划。", "春耕忙。"])
    >>> _may_fit("理想乡村计划", [0], index), _may_fit("春耕忙", [0], index)
    (True, False)
    """
    g = grams(part)
    need = (GLUED_FIT - 30.0) / 0.7 / 100.0 * len(g)
    return bool(g) and any(len(g & index.grams[y]) >= need for y in stories)


def lend_glued(groups: list[list[dict[str, Any]]], pairs: dict[int, int], index: BodyIndex,
               keeps: float) -> bool:
    """Give a story left untitled (more than a snippet) the head or tail of a glued
    title line that another story was given: the part (of :data:`GLUED_PIECE` Han
    or more, no sentence, not stopped on a pause mark) fits the untitled story by
    :data:`GLUED_FIT` and every other story by :data:`GLUED_CLEAR` less, the rest
    fits its story by ``keeps`` and by :data:`GLUED_GAIN` more than the whole run,
    and the cut is inside no word (:func:`papercli.titlecuts.wrapped_in_word`) and
    leaves no bracket open.
    Of all such cuts, the one whose two sides fit their stories best (weighed by
    their lengths). The part becomes a run of its own, appended to ``groups`` and
    paired; returns whether a part was lent.

    >>> bodies = ["上海科技馆春节期间客流创新高，每天接待观众超过三万人次。" * 3,
    ...           "印度推进理想乡村计划，村里修了柏油路，建了学校和诊所。" * 3]
    >>> groups = [[{"text": "上海科技馆客流创新高印度推进理想乡村计划"}]]
    >>> index = BodyIndex(bodies)
    >>> pairs = {0: 0}
    >>> lend_glued(groups, pairs, index, 30.0), [g[0]["text"] for g in groups], pairs
    (True, ['上海科技馆客流创新高', '印度推进理想乡村计划'], {0: 0, 1: 1})
    """
    taken = set(pairs.values())
    untitled = [y for y in range(len(index.bodies)) if y not in taken and len(index.bodies[y]) >= SNIPPET]
    if not untitled:
        return False
    best: tuple[float, int, int, int, int, bool] | None = None  # fit, run, piece, offset, story, lends the head
    for gi, ai in pairs.items():
        g = groups[gi]
        whole = index.scores("".join(x["text"] for x in g))[ai]
        for k, piece in enumerate(g):
            for p in inner_cuts(piece["text"]):
                before, after = part_run(g, k, p)
                head, tail = "".join(x["text"] for x in before), "".join(x["text"] for x in after)
                if bracket_balance(head) or bracket_balance(tail) or wrapped_in_word(head, tail):
                    continue
                for first, (part, rest) in ((True, (head, tail)), (False, (tail, head))):
                    if ends_sentence(part) or PAUSE_END.search(part) or not _may_fit(part, untitled, index):
                        continue  # a sentence is no title, and a title stopped on a pause goes on
                    kept = index.scores(rest)[ai]
                    if kept < keeps or kept < whole + GLUED_GAIN:
                        continue
                    ps = index.scores(part)
                    for y in untitled:
                        if ps[y] < GLUED_FIT or ps[y] < max(v for i, v in enumerate(ps) if i != y) + GLUED_CLEAR:
                            continue  # fits the untitled story, and clearly no other
                        fit = ps[y] * len(part) + kept * len(rest)
                        if best is None or fit > best[0]:
                            best = (fit, gi, k, p, y, first)
    if best is None:
        return False
    _, gi, k, p, y, first = best
    before, after = part_run(groups[gi], k, p)
    groups[gi], part_g = (after, before) if first else (before, after)
    groups.append(part_g)
    pairs[len(groups) - 1] = y
    return True
