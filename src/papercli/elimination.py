"""A title lent by elimination: the last story left untitled, and the one title run
with an end piece that names nothing of its own story.

Extractors dump a label or a short title (``图片报道``, ``春耕忙``) next to another
story's title, and the two are joined as one run, kicker and title, given to that
story; the label's own story is left untitled. A label names no words of its story,
so no score can place it: only elimination can.
"""

from __future__ import annotations

import re
from typing import Any

from papercli.chars import CJK, bracket_balance, ends_sentence
from papercli.dumps import SNIPPET, continues_title, untagged
from papercli.similarity import BodyIndex
from papercli.titlecuts import part_run, title_cuts, wrapped_in_word

_HAN = re.compile(f"[{CJK}]")
PAUSE_END = re.compile(r"[，、：；:;,—…·]\s*$")  # a title line stopped on a pause mark goes on
_MARK_START = re.compile(r"^\s*[，、：；:;,。！？!?）)”」』》]")  # no title opens on a closing mark


def _cuts(texts: list[str]) -> list[tuple[int, int, int]]:
    """:func:`papercli.titlecuts.title_cuts` and the spaces a short label is glued
    on by (``速览 春耕忙``), each as ``(piece, offset, rank)``: a line end ranks 2, a
    space 1, a quote or bracket 0 (the surer the boundary, the higher).

    >>> _cuts(["速览 春耕忙", "新农民"])
    [(1, 0, 2), (0, 2, 1)]
    """
    spaces = {(k, m.start()) for k, t in enumerate(texts) for m in re.finditer(r"\s+", t)
              if m.start() >= 2 and m.end() <= len(t) - 2}
    out = {(k, p): 2 if p == 0 else 1 if (k, p) in spaces or texts[k][p - 1:p].isspace() or texts[k][p:p + 1].isspace()
           else 0 for k, p in [*title_cuts(texts), *spaces]}
    return sorted(((k, p, r) for (k, p), r in out.items()), key=lambda c: (-c[2], c[0], c[1]))


def couplet(text: str, p: int) -> bool:
    """The phrases either side of the space at ``p`` in ``text`` are of one length, a
    title's two halves set as a pair (``一人入党 全家争先``, ``以刀为笔 琢砚生花（工匠绝活）``),
    not two titles glued.

    >>> couplet("一人入党 全家争先", 4), couplet("速览 彝海结盟", 2), couplet("春耕忙 农机手下田翻地", 3)
    (True, False, False)
    """
    left, right = text[:p].split(), text[p:].split()
    return bool(left and right) and len(untagged(left[-1])) == len(untagged(right[0]))


def _end_pieces(g: list[dict[str, Any]]) -> list[tuple[str, str, tuple[int, int], bool, int]]:
    """Each way to take the first or last pieces off title run ``g`` so that both
    sides stand as titles: ``(part, rest, cut, first, rank)`` (:func:`_cuts`). Not at
    a column tag or dash subtitle (:func:`papercli.dumps.continues_title`), not inside
    a word run over a line end, not after a pause mark, not with a bracket or quote
    left open on either side; the part holds two Han characters or more and is no
    sentence. A cut that parts the same as a surer one is left out.

    >>> [p[:2] for p in _end_pieces([{"text": "图片报道"}, {"text": "春耕时节农机忙"}])]
    [('图片报道', '春耕时节农机忙'), ('春耕时节农机忙', '图片报道')]
    >>> _end_pieces([{"text": "乡亲们，"}, {"text": "春耕忙"}]), _end_pieces([{"text": "“春"}, {"text": "耕”忙"}])
    ([], [])
    """
    out: list[tuple[str, str, tuple[int, int], bool, int]] = []
    seen: set[tuple[str, bool]] = set()  # the two ends of a space part the same
    for k, p, rank in _cuts([x["text"] for x in g]):
        if rank == 1 and couplet(g[k]["text"], p):
            continue
        before, after = part_run(g, k, p)
        heads, tails = [x["text"] for x in before], [x["text"] for x in after]
        if continues_title(tails[0]) or wrapped_in_word(heads[-1], tails[0]):
            continue
        head, tail = "".join(heads), "".join(tails)
        if bracket_balance(head) or bracket_balance(tail) or PAUSE_END.search(head) or _MARK_START.match(tail):
            continue
        for first, (part, rest) in ((True, (head, tail)), (False, (tail, head))):
            if len(_HAN.findall(part)) >= 2 and not ends_sentence(part) and (part, first) not in seen:
                seen.add((part, first))
                out.append((part, rest, (k, p), first, rank))
    return out


def lend_by_elimination(groups: list[list[dict[str, Any]]], pairs: dict[int, int], index: BodyIndex,
                        keeps: float, names: float) -> dict[int, int]:
    """The one story still untitled (more than a snippet) takes the end piece of the
    one title run that can spare it: a piece (:func:`_end_pieces`) fitting the run's
    own story under ``names`` while the rest fits it by ``keeps`` and no worse than
    the whole run. When several runs could spare a piece, which one is the untitled
    story's title is not known (a deck naming none of its story's words is as common
    as a label), and nothing is lent; among the pieces of one run, the one that fits
    the untitled story best, then the one cut at the surest boundary (:func:`_cuts`),
    unless two still tie. The piece becomes a run of its own, appended to
    ``groups``; returns its pair.

    >>> bodies = ["合作社的农机手下田翻地，从早忙到晚，田间地头一片繁忙景象。" * 3,
    ...           "江边晨练的市民沿着新修的滨江步道慢跑，远处的渡船缓缓驶过。" * 3]
    >>> groups = [[{"text": "图片报道"}, {"text": "农机手下田翻地"}]]
    >>> lend_by_elimination(groups, {0: 0}, BodyIndex(bodies), 30.0, 15.0), groups
    ({1: 1}, [[{'text': '农机手下田翻地'}], [{'text': '图片报道'}]])
    """
    taken = set(pairs.values())
    cols = [ai for ai in range(len(index.bodies)) if ai not in taken and len(index.bodies[ai]) >= SNIPPET]
    if len(cols) != 1:
        return {}
    y = cols[0]
    cands: list[tuple[float, int, int, tuple[int, int], bool]] = []
    for gi, ai in pairs.items():
        whole = index.scores("".join(x["text"] for x in groups[gi]))[ai]
        for part, rest, cut, first, rank in _end_pieces(groups[gi]):
            kept = index.scores(rest)[ai]
            if kept >= keeps and kept >= whole and index.scores(part)[ai] < names:
                cands.append((index.scores(part)[y], rank, gi, cut, first))
    if not cands or len({c[2] for c in cands}) > 1:
        return {}
    cands.sort(key=lambda c: (c[0], c[1]), reverse=True)
    if len(cands) > 1 and cands[1][:2] == cands[0][:2]:
        return {}
    _, _, gi, (k, p), first = cands[0]
    before, after = part_run(groups[gi], k, p)
    groups[gi], lent = (after, before) if first else (before, after)
    groups.append(lent)
    return {len(groups) - 1: y}
