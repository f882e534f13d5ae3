"""Where a run of title pieces can be parted, and where it cannot.

A run is the pieces (dumped title lines, or titles an extractor glued on one line)
that :mod:`papercli.match` joined as one story's headline, kicker and deck. Steps
that lend part of a run to another story cut it only where titles meet: between
pieces, or at a space, an opening or a closing quote inside a glued line, and never
inside a word that runs on over a line end.
"""

from __future__ import annotations

import re
from typing import Any

from papercli.lexicon import WORD_CUT, join_gain

GLUE_AT = re.compile(r"\s+|(?=[“「『《（(])|(?<=[”」』》）)])")
MIN_PIECE = 4
_JOINING_END = re.compile(r"[+＋\-－/／·、]\s*$")


def line_ends(text: str, lines: list[str]) -> list[int]:
    """Where in ``text`` each of ``lines`` but the last ends, when the lines, stripped,
    make up ``text`` (spaces between them aside); else none.

    >>> line_ends("大雪封山路难行牧民转场忙", ["大雪封山路难行", "牧民转场忙"])
    [7]
    >>> line_ends("大雪封山路难行", ["大雪封山", "另一行"])
    []
    """
    ends, at = [], 0
    for ln in lines:
        piece = ln.strip()
        while at < len(text) and text[at].isspace():
            at += 1
        if not text.startswith(piece, at):
            return []
        at += len(piece)
        ends.append(at)
    return ends[:-1] if at == len(text.rstrip()) else []


def wrapped_in_word(head: str, piece: str) -> bool:
    """Title line ``head`` stopped inside a word of the dictionary that ``piece``
    carries on (``城乡公交网络全面覆`` / ``盖``), or on a mark that joins what follows
    (``推广5G+`` / ``智慧农业``): one title wrapped, not a title and its deck.

    >>> wrapped_in_word("山村公交网络实现全面覆", "盖到户"), wrapped_in_word("推广5G+", "智慧农业")
    (True, True)
    >>> wrapped_in_word("山村通了公交车", "村民出行更方便了")
    False
    """
    return bool(_JOINING_END.search(head)) or join_gain(head, piece) >= WORD_CUT


def title_cuts(texts: list[str]) -> list[tuple[int, int]]:
    """Where a title run can be parted: between its pieces, and inside a piece where
    titles glue (:data:`GLUE_AT`), as ``(piece, offset)`` with ``offset`` 0 between pieces.

    >>> title_cuts(["一人入党 全家争先", "新农民"])
    [(1, 0), (0, 4), (0, 5)]
    """
    inner = [(k, p) for k, t in enumerate(texts) for m in GLUE_AT.finditer(t)
             for p in {m.start(), m.end()} if MIN_PIECE <= p <= len(t) - MIN_PIECE]
    return [(c, 0) for c in range(1, len(texts))] + sorted(set(inner))


def part_run(g: list[dict[str, Any]], k: int, p: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The pieces of a title run before and after cut ``(k, p)`` (see :func:`title_cuts`).

    >>> part_run([{"text": "一人入党 全家争先"}, {"text": "新农民"}], 0, 5)
    ([{'text': '一人入党'}], [{'text': '全家争先'}, {'text': '新农民'}])
    """
    if p == 0:
        return g[:k], g[k:]
    text = g[k]["text"]
    return ([*g[:k], {**g[k], "text": text[:p].strip()}],
            [{**g[k], "text": text[p:].strip()}, *g[k + 1:]])
