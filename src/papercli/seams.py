"""Where an article that holds two stories is cut.

Bodies of consecutive stories run together when a page shows no dateline, byline or
change of column between them. The titles say where they part: an unattached
title whose words start at some paragraph (:func:`split_for_headlines`), or a
title (or a run of title pieces that holds two titles) pointing to one side of a
seam where the text stops cohering (:func:`split_at_seam`, :mod:`papercli.cohesion`).
``match`` asks again after each cut, with the titles assigned anew.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from papercli.chars import bracket_balance, ends_sentence
from papercli.cohesion import FLOOR_TIE, SPAN, bigram_counts, cosine, depth, gap_cohesion
from papercli.dumps import continues_title, untagged
from papercli.glued import inner_cuts
from papercli.model import Article
from papercli.signals import author_note, dateline, photo_credit_line, source_note
from papercli.similarity import BodyIndex, containment, grams
from papercli.storyparts import closes_story
from papercli.titlecuts import part_run, wrapped_in_word

SPLIT_MIN = 40.0
SPLIT_CONTRAST = 30.0  # points more of a title's words after a cut than before it
OWN_STORY = 60.0  # of an unattached title's bigrams in the body that shows its story is there


def _title_grams(group: list[dict[str, Any]]) -> set[str]:
    """The bigrams of a run of title pieces, without its bracketed column tags."""
    return grams(untagged("".join(x["text"] for x in group)))


def _owned_titles(groups: list[list[dict[str, Any]]], pairs: dict[int, int]) -> dict[int, set[str]]:
    """Each titled article's title bigrams (:func:`_title_grams`), by article."""
    return {ai: _title_grams(groups[gi]) for gi, ai in pairs.items()}


def split_for_headlines(arts: list[Article], groups: list[list[dict[str, Any]]], pairs: dict[int, int],
                        index: BodyIndex | None = None) -> bool:
    """Split an article where an unattached headline's words start to appear.

    Bodies of consecutive stories often run together when the page has no
    dateline or byline between them. A headline left without a body is evidence:
    if at least :data:`SPLIT_MIN` of its bigrams occur in the paragraphs from
    some paragraph boundary on, and :data:`SPLIT_CONTRAST` fewer before it, the article is cut
    there (the best such cut over the page, one at a time; of equal cuts in a row, the
    one right before the first paragraph that holds some of the words, or before the
    heading that opens the story a little earlier: :func:`_seam_before`). The first
    paragraph of an article no title owns yet is not cut off: a story's opening
    paragraph (a quote, a scene) often holds none of its title's words. Where the
    unattached title's words fill the paragraphs before a seam, its story ends there
    only when the article's own title fits the text after that seam better than the
    text before (its story comes second) or a heading opens a third story there;
    otherwise the unattached story came second and is cut where its words start. A
    title that names too few of its story's words for its end to be sought (under
    :data:`OWN_STORY`) lets the article's own title cut where that title's story starts,
    where it fits the text before clearly better than the text after
    (:func:`_before_not_after`).
    """
    best: tuple[float, int, int] | None = None
    last_title = False  # the best cut is made for the last title left, in an untitled article
    words: set[str] = set()
    ends = False  # the best cut is where an unattached title's story ends (:func:`_story_end`)
    heads = [(gi, _title_grams(g)) for gi, g in enumerate(groups) if g]
    heads = [(gi, hg) for gi, hg in heads if len(hg) >= 4]
    if not heads:
        return False
    owned = _owned_titles(groups, pairs)
    spare = _spare_titles(groups, pairs, len(arts))
    windows: dict[int, list[tuple[str, str]]] = {}  # an article's, made when one is read
    body_grams = (index or BodyIndex(["".join(a.paragraphs) for a in arts])).grams  # containment, as set sizes
    for gi, hg in heads:
        misplaced = gi in pairs
        if misplaced and 100.0 * len(hg & body_grams[pairs[gi]]) >= SPLIT_MIN * len(hg):
            continue  # a title that fits its story (most do) is no misplaced one
        fits = [100.0 * len(hg & bg) / len(hg) for bg in body_grams]
        if misplaced and not _misplaced(fits, pairs[gi]):
            continue
        home = max(range(len(fits)), key=fits.__getitem__) if fits else -1
        for ai in range(len(arts)):
            if ai != home and fits[ai] < SPLIT_MIN:
                continue  # no part of a story holds more of the title's words than the whole
            # the unattached title's story starts at the cut, or the article's own title's
            # story does (the unattached one's story came first: its words fill the body)
            if misplaced and ai in owned and 100.0 * len(owned[ai] & body_grams[ai]) < SPLIT_MIN * len(owned[ai]):
                continue  # its owner fits it no better: which title is right is not known
            if ai not in windows:
                windows[ai] = _windows(arts[ai].paragraphs)
            ws = windows[ai]
            evidence = [] if misplaced else [hg]  # a misplaced title cuts only where its story ends
            weak = ai == home and ai in owned and len(owned[ai]) >= 4 and not (fits[ai] >= OWN_STORY or misplaced)
            if weak:  # too few of its words to find where its story ends: where the own title's story starts
                evidence.append(owned[ai])
            elif ai == home and ai in owned and len(owned[ai]) >= 4:
                end = _story_end(arts[ai].paragraphs, ws, hg)
                if (end is not None and not _owner_after(arts[ai].paragraphs, end[1], owned[ai])
                        and (misplaced or not headings_only(arts[ai].paragraphs[end[1]:end[1] + 1]))):
                    end = None  # the own title's story is not after that end, nor a headed third one
                if end is None:
                    if not misplaced:
                        evidence.append(owned[ai])
                else:  # a clear end of it, before where its own title's words start
                    evidence = []
                    if best is None or end[0] > best[0]:
                        best, words, ends = (end[0], ai, end[1]), hg, True
            for g in evidence:
                for k, (after_text, before_text) in enumerate(ws, 1):
                    if headings_only(arts[ai].paragraphs[:k]):
                        continue  # headings go with the text they head
                    if k == 1 and ai not in owned:
                        continue  # one paragraph of an untitled article is no story: the title's opens there
                    after = containment(g, after_text)
                    # of equal cuts in a row, the first before a paragraph with the title's words
                    later = (best is not None and after == best[0] and (ai, k - 1) == best[1:]
                             and containment(g, arts[ai].paragraphs[k - 1]) == 0)
                    if after < SPLIT_MIN or (best is not None and after <= best[0] and not later):
                        continue  # the text before need not be read
                    if g is not hg and not _owner_after(arts[ai].paragraphs, k, g):
                        continue  # its own title fits the text before as well: its story started there
                    if g is not hg and not _first_part_titled(arts[ai].paragraphs, k, hg):
                        continue  # the unattached title's story is not before the cut either
                    if weak and not _before_not_after(arts[ai].paragraphs, k, hg):
                        continue  # nor clearly before it rather than after
                    if after >= containment(g, before_text) + SPLIT_CONTRAST:
                        best, words, ends = (after, ai, k), g, False
                        last_title = not misplaced and ai not in owned and spare <= 0
    if best is None:
        return False
    cut = best[2]
    if not ends:
        paragraphs = arts[best[1]].paragraphs
        cut = _story_start(paragraphs, _valley_before(paragraphs, _seam_before(paragraphs, cut, words)), words)
        cut = _valley_after(paragraphs, cut, words)
        if last_title and opening_scene(paragraphs, cut):
            return False
    _cut_article(arts, best[1], cut)
    return True


SAME_STORY = 0.2  # bigram cosine of the text before and after a cut that shows one story (:func:`opening_scene`)


def opening_scene(paragraphs: list[str], cut: int) -> bool:
    """The paragraphs before ``cut`` share the words of those after it (bigram cosine
    :data:`SAME_STORY` or more; stories side by side share far fewer): the opening scene
    of the story the title heads, which holds none of the title's words, not another
    story. Cut for the last title left (:func:`_spare_titles`), it would stand untitled.

    >>> opening_scene(["农家书屋开放。", "老周在河边捞垃圾。"], 1)
    False
    >>> opening_scene(["警铃响起，消防员们迅速出车赶到现场。", "这个春节，消防员们在中队里过年，出车二十次。"], 1)
    True
    """
    return cosine(bigram_counts("".join(paragraphs[:cut])), bigram_counts("".join(paragraphs[cut:]))) >= SAME_STORY


def _spare_titles(groups: list[list[dict[str, Any]]], pairs: dict[int, int], n_arts: int) -> int:
    """How many more titles are left unattached than there are articles left untitled:
    cutting an untitled article for one of them makes a story of the text before the cut
    that only a spare title could head.

    >>> two = [[{"text": "甲"}], [{"text": "乙"}]]
    >>> _spare_titles(two, {0: 0}, 2), _spare_titles(two, {}, 1)
    (0, 1)
    """
    titled = set(pairs.values())
    left = sum(1 for gi, g in enumerate(groups) if g and gi not in pairs)
    return left - sum(1 for ai in range(n_arts) if ai not in titled)


def _misplaced(fits: list[float], ai: int) -> bool:
    """A title given to story ``ai`` whose words are hardly there (under
    :data:`SPLIT_MIN`) but are in another story (:data:`SPLIT_CONTRAST` points more):
    the story it titles ran into that one, whose own title took it, and this one got
    the title as the best of what was left."""
    return fits[ai] < SPLIT_MIN and max(fits) >= fits[ai] + SPLIT_CONTRAST


FIRST_PART_MIN = 20.0  # of an unattached title's bigrams in the text it would take, at the least


def _first_part_titled(paragraphs: list[str], k: int, g: set[str]) -> bool:
    """The text before paragraph ``k`` holds some of the unattached title's words
    (:data:`FIRST_PART_MIN`): cut there for the article's own title to take the text
    after, the unattached title takes the text before, which must be its story. A
    dateline paragraph alone, opening the owner's story, is not.

    >>> _first_part_titled(["本报讯 艺术展在村里开幕。", "勋章颁给了战斗英雄。"], 1, grams("村里艺术展"))
    True
    >>> _first_part_titled(["本报讯 艺术展在村里开幕。", "勋章颁给了战斗英雄。"], 1, grams("为英雄颁发勋章"))
    False
    """
    return containment(g, "".join(paragraphs[:k])) >= FIRST_PART_MIN


def _before_not_after(paragraphs: list[str], k: int, g: set[str]) -> bool:
    """The text before paragraph ``k`` holds :data:`SPLIT_CONTRAST` more of title ``g``'s
    bigrams than the text after: a title that fits its story too weakly for its end to
    be sought (under :data:`OWN_STORY`) still tells which side is its story.

    >>> _before_not_after(["艺术展在村里开幕。", "勋章颁给了战斗英雄。"], 1, grams("村里艺术展"))
    True
    >>> _before_not_after(["艺术展在村里开幕。", "村里的艺术展吸引了游客。"], 1, grams("村里艺术展"))
    False
    """
    return -_contrast(g, "".join(paragraphs[:k]), "".join(paragraphs[k:])) >= SPLIT_CONTRAST


def _owner_after(paragraphs: list[str], k: int, owner: set[str]) -> bool:
    """The title that holds the article fits its text from paragraph ``k`` on better
    than the text before (the story it titles comes second).

    >>> _owner_after(["艺术展在村里开幕。", "勋章颁给了战斗英雄。"], 1, grams("颁发勋章"))
    True
    >>> _owner_after(["勋章颁给了战斗英雄。", "艺术展在村里开幕。"], 1, grams("颁发勋章"))
    False
    """
    return containment(owner, "".join(paragraphs[k:])) > containment(owner, "".join(paragraphs[:k]))


def _story_end(paragraphs: list[str], windows: list[tuple[str, str]], g: set[str]) -> tuple[float, int] | None:
    """Where the story of an unattached title ``g`` ends in an article that carries
    another title (the two stories ran together, the unattached one first): of the
    paragraph boundaries with at least :data:`SPLIT_MIN` of its words in the three
    paragraphs before and :data:`SPLIT_CONTRAST` fewer in the three after, the one
    where the text coheres least, if that is a seam (:data:`SEAM_MAX`) with a story's
    text on either side (:data:`MIN_PART`, not a closing credit alone). Returns the
    title's share before it and the boundary.
    """
    gaps = gap_cohesion(paragraphs)
    found = []
    sizes = list(itertools.accumulate(len(p) for p in paragraphs))
    for k, (after_text, before_text) in enumerate(windows, 1):
        if min(sizes[k - 1], sizes[-1] - sizes[k - 1]) < MIN_PART:
            continue
        before = _share_before(paragraphs, k, g, before_text)
        if before >= SPLIT_MIN and before >= containment(g, after_text) + SPLIT_CONTRAST and gaps[k - 1] <= SEAM_MAX:
            found.append((gaps[k - 1], k, before))
    if not found:
        return None
    _, k, before = min(found)
    return before, k


STORY_GRAMS = 8  # bigrams: a title this rich may be sought in its whole story, not only near the seam


def _share_before(paragraphs: list[str], k: int, g: set[str], near: str) -> float:
    """The share of an unattached title's words ``g`` in the story before paragraph
    ``k``: in the paragraphs ``near`` the seam, or, for a title of
    :data:`STORY_GRAMS` bigrams or more with some of them near the seam, in all the
    text before it when the text after holds :data:`SPLIT_CONTRAST` fewer: a story
    of several paragraphs names its title's words all along, not all of them in its
    last three (a title that also carries its deck's points: ``首破万亿元！…`` /
    ``■全国旅游接待总人数超四亿人次``).

    >>> story = ["春节消费首破万亿元。", "年货销售火爆。", "商场客流增加。", "旅游人数较多。", "冬奥备战全面开启。"]
    >>> g = grams("首破万亿元，旅游接待四亿人次")
    >>> round(_share_before(story, 4, g, "".join(story[1:4]))), round(containment(g, "".join(story[1:4])))
    (45, 9)
    """
    before = containment(g, near)
    if before > 0 and len(g) >= STORY_GRAMS:
        whole = containment(g, "".join(paragraphs[:k]))
        if whole >= containment(g, "".join(paragraphs[k:])) + SPLIT_CONTRAST:
            before = max(before, whole)
    return before


SEAM_REACH = 3  # paragraphs before a cut where the story's opening heading may stand
SEAM_SLACK = 0.02  # cohesion: how much more the text may cohere at that heading than at the cut


def _seam_before(paragraphs: list[str], k: int, words: set[str]) -> int:
    """Where to cut before paragraph ``k``, the first that holds a title's words: right
    before a heading up to :data:`SEAM_REACH` paragraphs earlier (``核心阅读``, then
    quotes that do not repeat the title: ``“今年过年不回老家了，就在这边过年。”``),
    when the paragraphs from it hold none of the words, the one before it ends a
    sentence, and the text coheres there no more than at ``k`` (by :data:`SEAM_SLACK`).
    """
    gaps = gap_cohesion(paragraphs)
    for j in range(k - 1, max(0, k - 1 - SEAM_REACH), -1):
        if containment(words, paragraphs[j]) > 0:
            break
        if (headings_only(paragraphs[j:j + 1]) and ends_sentence(paragraphs[j - 1])
                and gaps[j - 1] <= gaps[k - 1] + SEAM_SLACK):
            return j
    return k


VALLEY_MARGIN = 0.05  # cohesion: how much lower the text must cohere at an earlier seam than at the cut
VALLEY_TIE = 0.01  # cohesion: seams this close to the lowest are as low (short paragraphs move it little)


def _valley_before(paragraphs: list[str], k: int) -> int:
    """Where to cut instead of before paragraph ``k``: at the seam where the text
    coheres least among the boundaries up to :data:`SPAN` characters earlier, after a
    sentence's end, when it coheres there by :data:`VALLEY_MARGIN` less than at ``k``
    and under :data:`SEAM_MAX`: a title's words name what the story tells a few
    short paragraphs in (a figure, a quote, a scene), not where it starts. Of seams
    about as low (:data:`VALLEY_TIE`: over a few short paragraphs the cohesion
    hardly moves), the first before a heading (``3000份``, ``编辑同志：``), where a
    story opens.
    """
    gaps = gap_cohesion(paragraphs)
    found, reach = [], 0
    for j in range(k - 1, 0, -1):
        reach += len(paragraphs[j])
        if reach > SPAN or sum(map(len, paragraphs[:j])) < MIN_PART:
            break
        if ends_sentence(paragraphs[j - 1]) and gaps[j - 1] <= SEAM_MAX and gaps[j - 1] + VALLEY_MARGIN <= gaps[k - 1]:
            found.append(j)
    if not found:
        return k
    low = min(gaps[j - 1] for j in found)
    near = sorted(j for j in found if gaps[j - 1] <= low + VALLEY_TIE)
    heads = [j for j in near if headings_only(paragraphs[j:j + 1])]
    return heads[0] if heads else min(near, key=lambda j: gaps[j - 1])


def _deep_seam(paragraphs: list[str], gaps: list[float], j: int) -> bool:
    """The boundary before paragraph ``j`` is a deep seam after a sentence's end or a
    note that closes a story (:func:`ends_text`: ``（作者为…）``): the text coheres there
    at most :data:`SEAM_MAX`, :data:`SEAM_DEPTH` below the peaks either side (``gaps``
    is :func:`~papercli.cohesion.gap_cohesion` of ``paragraphs``)."""
    return gaps[j - 1] <= SEAM_MAX and depth(gaps, j - 1, FLOOR_TIE) >= SEAM_DEPTH and ends_text(paragraphs[j - 1])


def _valley_after(paragraphs: list[str], k: int, words: set[str]) -> int:
    """Where to cut instead of before paragraph ``k`` when the text coheres there
    (over :data:`SEAM_MAX`): at a deep seam up to :data:`SEAM_REACH` paragraphs later,
    after a sentence's end, when the paragraphs up to it hold hardly any of the
    title's words (:data:`START_NOISE`, by :func:`chance_share`) and go with the text
    before them rather than after (:func:`_goes_with_after`): a phrase the title
    shares with a story's last paragraphs (``具有重要意义`` in ``王晨强调，…``) does not
    start the title's story. Of seams about as low (:data:`VALLEY_TIE`), the last.
    """
    gaps = gap_cohesion(paragraphs)
    if not 0 < k < len(paragraphs) or gaps[k - 1] <= SEAM_MAX:
        return k
    found = []
    for j in range(k + 1, min(len(paragraphs), k + SEAM_REACH + 1)):
        if sum(map(len, paragraphs[j:])) < MIN_PART:
            break
        if (_deep_seam(paragraphs, gaps, j) and chance_share(words, "".join(paragraphs[k:j])) <= START_NOISE
                and not _goes_with_after(paragraphs, k, j)):
            found.append(j)
    if not found:
        return k
    low = min(gaps[j - 1] for j in found)
    return max(j for j in found if gaps[j - 1] <= low + VALLEY_TIE)


START_CLEAR = 3  # paragraphs before a story's start that hold (almost) none of its title's words
START_NOISE = 20.0  # of the title's bigrams those paragraphs may hold by chance (``中国``, ``北京``)


def _story_start(paragraphs: list[str], k: int, words: set[str]) -> int:
    """Where to cut instead of before paragraph ``k`` (where a title's words are
    densest): at the nearest seam before it, however far, that is deep (cohesion at
    most :data:`SEAM_MAX`, :data:`SEAM_DEPTH` below the peaks either side) after a
    sentence's end, with the title's words in the text from it to ``k`` and hardly any
    (:data:`START_NOISE`, counted as words by :func:`chance_share`: a common word such
    as ``北京`` or ``创新的`` may be there) in the
    :data:`START_CLEAR` paragraphs before it, and that text going with what follows
    ``k`` (:func:`_goes_with_after`): a story that names its title only late
    (``年画的味道，就在这一张张画里…`` in its last paragraph) starts there. Of such
    seams in a row, the one where the text coheres least: a short opening scene
    that shares little with the paragraph after it (``跳上渔船甲板，…王书茂…``) leaves
    a seam after it too, but a shallower one than before it.
    """
    gaps = gap_cohesion(paragraphs)

    def opens(j: int) -> bool:
        return (_deep_seam(paragraphs, gaps, j) and _clear_before(paragraphs, j, words)
                and sum(map(len, paragraphs[:j])) >= MIN_PART and _goes_with_after(paragraphs, j, k))

    for j in range(k - 1, 0, -1):
        if containment(words, "".join(paragraphs[j:k])) == 0:
            continue  # the title's story reaches back no further than its words do
        if opens(j):
            run = [j]
            while run[-1] > 1 and opens(run[-1] - 1):
                run.append(run[-1] - 1)  # the seams right before it that could open the story too
            return min(run, key=lambda i: gaps[i - 1])
    return k


def _clear_before(paragraphs: list[str], j: int, words: set[str]) -> bool:
    """The :data:`START_CLEAR` paragraphs before ``j`` hold hardly any of a title's
    words (:data:`START_NOISE`, as words: :func:`chance_share`, asked only when the
    plain share, never lower, is over it)."""
    text = "".join(paragraphs[max(0, j - START_CLEAR):j])
    return containment(words, text) <= START_NOISE or chance_share(words, text) <= START_NOISE


def chance_share(words: set[str], text: str) -> float:
    """The share of a title's bigrams ``words`` that ``text`` holds, as words: bigrams
    that chain into one run (``创新`` and ``新的`` of ``…科技创新的春天``, found together
    in ``创新的``) count once, so one common word a story shares by chance counts as one.

    >>> g = grams("走进科技创新的春天")
    >>> containment(g, "坚持创新的理念"), chance_share(g, "坚持创新的理念")
    (25.0, 12.5)
    """
    if not words:
        return 0.0
    found = words & grams(text)
    # a bigram that begins as another found one ends continues that one's word
    heads = [x for x in found if not any(y != x and len(x) == len(y) == 2 and y[1] == x[0] for y in found)]
    return 100.0 * len(heads) / len(words)


def _goes_with_after(paragraphs: list[str], j: int, k: int) -> bool:
    """The paragraphs from ``j`` to ``k`` share more of their bigrams with the
    :data:`SPAN` characters after ``k`` than with those before ``j``: they tell the
    story that goes on after ``k``, not the one before ``j``.

    >>> _goes_with_after(["外交部发言人回答提问。", "春联送到居民家中。", "书法家写春联。"], 1, 2)
    True
    >>> _goes_with_after(["春联送到居民家中。", "书法家写春联。", "外交部发言人回答提问。"], 1, 2)
    False
    """
    middle = bigram_counts("".join(paragraphs[j:k]))
    after = bigram_counts("".join(paragraphs[k:])[:SPAN])
    before = bigram_counts("".join(paragraphs[:j])[-SPAN:])
    return cosine(middle, after) > cosine(middle, before)


HEADING_MAX = 20  # characters: a paragraph this short that ends no sentence is a heading


def headings_only(paragraphs: list[str]) -> bool:
    """Every paragraph is a heading: short (:data:`HEADING_MAX`) and ending no sentence.

    >>> headings_only(["核心阅读"]), headings_only(["核心阅读", "春节期间，游客多。"])
    (True, False)
    """
    return all(len(p) <= HEADING_MAX and not ends_sentence(p) for p in paragraphs)


SALUTATION_REACH = 2  # paragraphs before a cut where a salutation may stand


def _salutation_before(paragraphs: list[str], k: int) -> int:
    """Where to cut instead of before paragraph ``k``: before a short line closed by a
    colon up to :data:`SALUTATION_REACH` paragraphs earlier, which opens what follows
    and so never ends a story (``编辑同志：`` / ``位于四川成都市…``).

    >>> _salutation_before(["他说。", "编辑同志：", "位于四川成都市的小镇。", "花巨资打造的小镇。"], 3)
    1
    >>> _salutation_before(["他说。", "位于四川成都市的小镇。", "花巨资打造的小镇。"], 2)
    2
    """
    for j in range(k - 1, max(0, k - 1 - SALUTATION_REACH), -1):
        if len(paragraphs[j]) <= HEADING_MAX and paragraphs[j].rstrip().endswith(("：", ":")):
            return j
    return k


def _box_before(paragraphs: list[str], k: int) -> int:
    """Where to cut instead of before paragraph ``k``: before a heading two paragraphs
    earlier, after a sentence's end or a note that closes a story (:func:`ends_text`:
    ``（作者为…研究员）``), when the text coheres there no more than at ``k``
    (by :data:`SEAM_SLACK`): a box's heading and its summary lead into the story
    (``核心阅读`` / ``习近平总书记强调，要推动社会治理重心向基层下移…``).
    """
    j = k - 2
    if j < 1 or not headings_only(paragraphs[j:j + 1]) or not ends_text(paragraphs[j - 1]):
        return k
    gaps = gap_cohesion(paragraphs)
    return j if gaps[j - 1] <= gaps[k - 1] + SEAM_SLACK else k


def _closing_note(paragraph: str) -> bool:
    """A note that closes a story: its author's (``（作者为某大学教授）``), its
    closing credit or dateline (``版式设计：沈亦伶``, ``（本报北京电）``), its source
    (``数据来源：市统计局``) or a photo report's credit (``李明摄（影像中国）``)."""
    return author_note(paragraph) or closes_story(paragraph) or source_note(paragraph) or photo_credit_line(paragraph)


def _cut_article(arts: list[Article], ai: int, k: int) -> None:
    """Make the paragraphs of ``arts[ai]`` from ``k`` on a story of their own; headings
    right before the cut (``核心阅读``, short and ending no sentence) go with the text
    they head, and the notes that close a story right after it (``（作者为某大学教授）``,
    ``版式设计：沈亦伶``, ``数据来源：市统计局``) with the story they close. When such a
    note stands right after the cut, the story before ends after it, and the short
    lines before the cut are that story's last (a letter's signature: ``米秀刚`` /
    ``（作者为…连长）``), not headings of the next."""
    a = arts[ai]
    if k >= len(a.paragraphs) or not _closing_note(a.paragraphs[k]):
        while k > 1 and headings_only(a.paragraphs[k - 1:k]):
            k -= 1
        k = _salutation_before(a.paragraphs, k)
        k = _box_before(a.paragraphs, k)
    while k + 1 < len(a.paragraphs) and _closing_note(a.paragraphs[k]):
        k += 1
    first = a.byline_first  # a byline printed under the title stays with the story it opened
    tail = Article(paragraphs=a.paragraphs[k:], byline=None if first else a.byline, captions=[])
    tail.dateline = dateline(tail.paragraphs[0])
    a.paragraphs, a.byline = a.paragraphs[:k], a.byline if first else None
    arts.insert(ai + 1, tail)


TOPIC_CONTRAST = 25.0  # points more of a title's words on one side of a seam than on the other
TOPIC_GRAMS = 2  # bigrams more on the title's side of a seam, at the least
JOINT_CONTRAST = 15.0  # points enough for an unattached title when the article's own title is clearly on the other side
JOINT_PIECES = 2  # pieces of an unattached run that JOINT_CONTRAST holds for: one title and its deck
LONE_DEPTH = 0.5  # a seam this deep (cohesion.depth) parts two stories on its own
OWNER_ALONE = 60.0  # points more of the own title's words on one side of such a seam
OWNER_CLEAR = 40.0  # points more of the own title's words on one side of a deep seam: clearly on that side
SEAM_MAX = 0.06  # cohesion (cosine) across a seam: higher is one story (cohesion.py)
SEAM_DEPTH = 0.15  # below the peaks either side (cohesion.depth); a shallower dip is no seam
TITLE_CUT_DEPTH = 0.2  # a deeper one to cut a title or a run of them (a headline and its deck fit two parts)
HALVES_DEPTH = 0.1  # a shallower seam cuts where a run's two halves point apart by HALVES_CLEAR
HALVES_CLEAR = 50.0  # points more of each half's bigrams on its own side
MIN_PART = 100  # characters: the least text either side of a seam keeps


def split_at_seam(arts: list[Article], groups: list[list[dict[str, Any]]], pairs: dict[int, int],
                  index: BodyIndex) -> bool:
    """Split an article at a change of topic that titles point to.

    When :func:`split_for_headlines` finds no paragraph where a title's words start
    (a feature's title names what its third paragraph tells), the titles still say
    on which side of a seam their stories lie. A cut qualifies when the paragraph
    before it ends a sentence or closes a story (:func:`ends_text`) and either

    - an unattached title has :data:`TOPIC_CONTRAST` points more of its bigrams in
      all the text on one side than on the other, and the article's own title (if
      it has one) fits the other side better; at a deep seam (:data:`TITLE_CUT_DEPTH`)
      where the own title has :data:`OWNER_CLEAR` points more on the other side,
      :data:`JOINT_CONTRAST` points are enough for a run of up to
      :data:`JOINT_PIECES` pieces, a title (two titles point apart); or
    - the article's own title is two titles that a run of pieces joined (every piece
      fitting the one body the two stories made): its first pieces fit one side and
      the rest the other, each by :data:`TOPIC_CONTRAST` at a seam
      :data:`TITLE_CUT_DEPTH` deep, or by :data:`HALVES_CLEAR` at a shallower one
      (down to :data:`HALVES_DEPTH`: stories of short paragraphs that share few
      words cohere little anywhere) with two paragraphs or more either side (a
      headline naming the lead and its deck the rest part nothing). The halves may
      also meet inside one piece that glues the two titles with no mark between
      (:func:`_title_halves`); of the halves pointing apart at a seam, those whose
      contrasts differ most. The title is cut too. For a run's halves the valley is
      measured from either of two gaps about as low on its floor
      (:data:`cohesion.FLOOR_TIE`: a box label between the stories); or
    - the seam is so deep it parts two stories on its own (:data:`LONE_DEPTH`), the
      article's own title lies all on one side (:data:`OWNER_ALONE`), and an
      unattached title whose words this article holds best points nowhere else: its
      story is on the other side.

    Of those, the cut where the text coheres least (:func:`cohesion.gap_cohesion`,
    at most :data:`SEAM_MAX`, a valley :data:`SEAM_DEPTH` deep, :data:`TITLE_CUT_DEPTH`
    to cut a title, :data:`HALVES_DEPTH` for a run's halves pointing apart clearly) is
    made, one at a time.
    """
    heads = [h for gi, g in enumerate(groups) if gi not in pairs for h in _sub_titles(g, gi)]
    owner = _owned_titles(groups, pairs)
    halves = {ai: _title_halves(groups[gi], gi) for gi, ai in pairs.items()}
    best: tuple[float, int, int, int, int, int] | None = None  # gap, article, cut, title group and its pieces
    inside = 0  # for a run's halves, where the piece they part at is cut (0: before it)
    for ai, a in enumerate(arts):
        here = [h for h in heads if len(h[2] & index.grams[ai]) >= TOPIC_GRAMS]  # could point into it
        if not here and not halves.get(ai):
            continue
        paras = a.paragraphs
        sizes = list(itertools.accumulate(map(len, paras), initial=0))
        ks = [k for k in range(1, len(paras)) if ends_text(paras[k - 1])
              and sizes[k] >= MIN_PART and sizes[-1] - sizes[k] >= MIN_PART]
        if not ks:
            continue
        gaps = gap_cohesion(paras)
        # a run's halves may cut at a valley whose floor is two low gaps (a box label or a
        # short paragraph between the stories: :data:`cohesion.FLOOR_TIE`); other titles may not
        tied = {k: depth(gaps, k - 1, FLOOR_TIE) for k in ks}
        ks = [k for k in ks if gaps[k - 1] <= SEAM_MAX and tied[k] >= HALVES_DEPTH]
        others = [bg for bi, bg in enumerate(index.grams) if bi != ai]
        for k in sorted(ks, key=lambda k: gaps[k - 1]):
            if best is not None and gaps[k - 1] >= best[0]:
                break
            before, after = "".join(paras[:k]), "".join(paras[k:])
            own_d = _contrast(owner[ai], before, after) if ai in owner else 0.0
            own = _side(own_d, len(owner[ai]), 0.0) if ai in owner else 0
            strongest = -1.0  # of the titles pointing past this seam, the one most on one side
            # a box label opening the story after the cut (``核心阅读``) makes the valley's floor two gaps
            valley = tied[k] if headings_only(paras[k : k + 1]) else depth(gaps, k - 1)
            deep = valley >= TITLE_CUT_DEPTH
            shallow = valley < SEAM_DEPTH  # only a run's halves pointing apart clearly cut here
            # the article's own title clearly on one side of a deep seam: another title needs less
            margin = JOINT_CONTRAST if deep and abs(own_d) >= OWNER_CLEAR else TOPIC_CONTRAST
            # a seam so deep, the own title all on one side: a title whose words this
            # article holds best, pointing nowhere else, has its story on the other
            lone = tied[k] >= LONE_DEPTH and abs(own_d) >= OWNER_ALONE
            pointing: dict[tuple[int, int, int], int] = {}  # (title group, pieces) -> side, past this seam
            for gi, (i, j), hg in [] if shallow else here:
                if not deep and (i, j) != (0, len(groups[gi])):
                    continue  # a piece of a run is cut out only at a deep seam, as a title is
                d = _contrast(hg, before, after)
                side = _side(d, len(hg))
                if not side and (i, j) == (0, len(groups[gi])) and j <= JOINT_PIECES:
                    side = _side(d, len(hg), margin)  # one title, the own one clearly on the other side
                    if (not side and lone and own and d * own <= 0
                            and max(range(len(index.grams)), key=lambda b: len(hg & index.grams[b])) == ai):
                        side = -own  # its story is in this article, and not on its owner's side
                if side and (ai not in owner or own == -side):
                    pointing[(gi, i, j)] = side
                    if abs(d) > strongest:
                        strongest, best, inside = abs(d), (gaps[k - 1], ai, k, gi, i, j), 0
            if best is not None and best[1:3] == (ai, k):
                gi, i, j = best[3:]
                whole = (gi, 0, len(groups[gi]))
                side = pointing[(gi, i, j)]
                if pointing.get(whole) == side and -side not in (v for (g2, _, _), v in pointing.items() if g2 == gi):
                    best = (gaps[k - 1], ai, k, *whole)  # the whole run points there too, no piece away: one title
            clear = TOPIC_CONTRAST if tied[k] >= TITLE_CUT_DEPTH else HALVES_CLEAR
            apart = -1.0  # of a run's halves pointing apart here, the pair that does so most
            near_end = tied[k] < TITLE_CUT_DEPTH and not 2 <= k <= len(paras) - 2  # a shallow seam by an end
            for gi, (c, at), first, rest in [] if near_end else halves.get(ai, []):
                d1, d2 = _contrast(first, before, after), _contrast(rest, before, after)
                side = _side(d1, len(first), clear)
                if (side and _side(d2, len(rest), clear) == -side and abs(d1 - d2) > apart
                        and _fits_here(first, rest, (before, after) if side > 0 else (after, before), others)):
                    best, inside, apart = (gaps[k - 1], ai, k, gi, c, len(groups[gi])), at, abs(d1 - d2)
            if best is not None and best[1] == ai and best[2] == k:
                break
    if best is None:
        return False
    _, ai, k, gi, i, j = best
    _cut_article(arts, ai, k)
    g = groups[gi]
    if inside:  # two titles glued in one piece: the run is parted inside it
        groups[gi:gi + 1] = list(part_run(g, i, inside))
    else:
        groups[gi:gi + 1] = [part for part in (g[:i], g[i:j], g[j:]) if part]
    return True


_NOTE_AFTER_END = re.compile(r"[。！？!?…][”’」』]?\s*[（(][^（）()]+[）)]\s*$")


def ends_text(paragraph: str) -> bool:
    """A paragraph after which a story may end: it ends a sentence, it is a note that
    closes a story (``（本系列评论到此结束）``, ``（作者为某大学教授）``), or its last
    sentence is followed by such a note in brackets: these end with the bracket.

    >>> ends_text("工作取得新进展。"), ends_text("（本系列评论到此结束）"), ends_text("（经济聚焦）")
    (True, True, False)
    >>> ends_text("融合向纵深推进。（本系列评论到此结束）"), ends_text("据介绍（王艳）")
    (True, False)
    """
    return (ends_sentence(paragraph) or bool(_NOTE_AFTER_END.search(paragraph))
            or closes_story(paragraph) or author_note(paragraph))


def _sub_titles(group: list[dict[str, Any]], gi: int) -> list[tuple[int, tuple[int, int], set[str]]]:
    """The runs of an unattached group's pieces that may stand as a title of their own
    (the whole group first): runs that join pieces of several stories' titles hold
    each of them. A run does not start or stop at a column tag or dash subtitle, and
    is no sentence.

    >>> [ij for _, ij, _ in _sub_titles([{"text": "识别更精准"}, {"text": "春运，回家的路（评论员观察）"}], 0)]
    [(0, 2), (0, 1), (1, 2)]
    """
    texts = [x["text"] for x in group]
    n = len(texts)
    spans = [(0, n)] + [(i, j) for i in range(n) for j in range(i + 1, n + 1) if (i, j) != (0, n)]
    out = []
    for i, j in spans:
        text = "".join(texts[i:j])
        if continues_title(texts[i]) or (j < n and continues_title(texts[j])) or ends_sentence(text):
            continue
        hg = grams(untagged(text))
        if len(hg) >= 3:
            out.append((gi, (i, j), hg))
    return out


def _fits_here(first: set[str], rest: set[str], parts: tuple[str, str], others: list[frozenset[str]]) -> bool:
    """Each half of a title cut in two fits its part of the text (``first`` the second
    of ``parts``, ``rest`` the first) at least as well as any other story of the page
    (``others``, their bigram sets): a piece of another story's title, joined to this
    one's, does not.

    >>> _fits_here({"古镇"}, {"外交"}, ("外交部答问。", "古镇游客多。"), [frozenset({"古镇"})])
    True
    >>> _fits_here({"谈判", "前景"}, {"外交"}, ("外交部答问。", "谈判开始。"), [frozenset({"谈判", "前景"})])
    False
    """
    for g, text in ((first, parts[1]), (rest, parts[0])):
        if any(100.0 * len(g & bg) / len(g) > containment(g, text) for bg in others):
            return False
    return True


def _title_halves(group: list[dict[str, Any]], gi: int) -> list[tuple[int, tuple[int, int], set[str], set[str]]]:
    """Ways to read a run of title pieces as two titles, each with its cut ``(c, p)``:
    the pieces before ``c`` and from ``c`` on (``p`` 0), or the text before and from
    offset ``p`` of piece ``c`` when that piece glues two titles with no mark between
    them (:func:`papercli.glued.inner_cuts`: ``…文化广场县城开通了…``; the cut
    inside no word, no bracket left open). Neither half is a bare fragment, and the
    second does not continue the first (a column tag or dash subtitle).

    >>> [cut for _, cut, _, _ in _title_halves([{"text": "村里新修了文化广场县城开通了公交专线"}], 0)]
    [(0, 7), (0, 9), (0, 11)]
    """
    out = []
    texts = [x["text"] for x in group]
    cuts = [(c, 0) for c in range(1, len(texts)) if not continues_title(texts[c])]
    for c, t in enumerate(texts):
        cuts.extend((c, p) for p in inner_cuts(t) if not wrapped_in_word(t[:p], t[p:])
                    and not bracket_balance("".join(texts[:c]) + t[:p])
                    and not bracket_balance(t[p:] + "".join(texts[c + 1:])))
    for c, p in cuts:
        head, tail = part_run(group, c, p)
        first = grams(untagged("".join(x["text"] for x in head)))
        rest = grams(untagged("".join(x["text"] for x in tail)))
        if len(first) >= 3 and len(rest) >= 3:
            out.append((gi, (c, p), first, rest))
    return out


def _contrast(g: set[str], before: str, after: str) -> float:
    """Points more of the bigrams ``g`` in the text ``after`` a seam than ``before`` it.

    >>> _contrast({"古镇", "游客"}, "古镇。", "古镇游客多。")
    50.0
    """
    return containment(g, after) - containment(g, before)


def _side(d: float, size: int, margin: float = TOPIC_CONTRAST) -> int:
    """The side of a seam that a title of ``size`` bigrams, ``d`` points more of them
    after it than before (:func:`_contrast`), points to: 1 after, -1 before, 0 neither
    (less than ``margin`` points). With a margin, the side must hold at least
    :data:`TOPIC_GRAMS` more of them: one shared bigram of a four-bigram title
    (``70年`` of ``礼赞70年``) is chance, not a story.

    >>> _side(100.0, 2), _side(0.0, 1, 0.0), _side(25.0, 4)
    (1, 0, 0)
    """
    if d == 0 or abs(d) < margin or (margin and abs(d) * size < 100.0 * TOPIC_GRAMS):
        return 0
    return 1 if d > 0 else -1


def _windows(paragraphs: list[str]) -> list[tuple[str, str]]:
    """For each paragraph boundary ``k`` from 1 on, the text of the (up to) three
    paragraphs after it and of the three before it, for :func:`split_for_headlines`.

    >>> _windows(["一", "二", "三"])
    [('二三', '一'), ('三', '一二')]
    """
    return [("".join(paragraphs[k : k + 3]), "".join(paragraphs[max(0, k - 3) : k])) for k in range(1, len(paragraphs))]
