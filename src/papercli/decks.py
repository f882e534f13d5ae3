"""A story's summary deck printed with the titles after the bodies.

Extractors that emit a page in drawing order put the headlines after the bodies, and
a deck (a summary of the story's points, set wide under its headline) goes with them:
it reads as a short story of its own at the page's end, sometimes with title lines
before it. Its words are the story's own, so the story it summarises is known by
the share of its bigrams that story's text holds.
"""

from __future__ import annotations

from papercli.chars import ends_sentence, flat
from papercli.layout import visual_width
from papercli.similarity import containment, grams

SUMMARY_SHARE = 85.0  # % of a deck's bigrams its story's text holds (a deck retells the story)
SUMMARY_OTHER = 50.0  # % no other story may hold: one story alone is summarised
SUMMARY_CHARS = 20  # characters of a deck at the least: a shorter text repeats a story's words by chance
SUMMARY_PARAS = 4  # paragraphs of the short "story": title lines and the deck
SUMMARY_LINES = 3  # printed lines of a deck at the least (a title wraps over two)
WIDTH_TOL = 5.0  # half-em units: lines of one justified block differ by less (an indent, punctuation)


def justified_tail(lines: list[str]) -> int:
    """Where the block of equally wide lines that ends ``lines`` starts (its last line
    may be short): the deck under the title lines dumped before it.

    >>> justified_tail(["市长会见外宾", "市长强调，中方高度重视此次会谈，目前各项",
    ...                 "工作正在扎实有序推进。我们一定会积极努力，", "办好活动。"])
    1
    >>> justified_tail(["中方高度重视", "办好。"])
    0
    """
    if len(lines) < 3:
        return 0
    widths = [visual_width(ln.strip()) for ln in lines]
    full = widths[-2]
    start = len(lines) - 2
    while start > 0 and abs(widths[start - 1] - full) <= WIDTH_TOL:
        start -= 1
    return start


def _cut_after(text: str, n: int) -> str:
    """``text`` after its first ``n`` non-space characters.

    >>> _cut_after("会谈 中方支持", 2)
    '中方支持'
    """
    seen = 0
    for i, ch in enumerate(text):
        if seen == n:
            return text[i:].strip()
        seen += not ch.isspace()
    return ""


def split_summary(paragraphs: list[str], lines: list[str]) -> tuple[list[str], str] | None:
    """The title lines and the deck of a short "story" made of lines that end no
    sentence followed by one justified block of :data:`SUMMARY_LINES` or more
    (``lines``: its printed lines), or None when it is not so made: the title lines
    must be whole paragraphs or the start of the last one, and end no sentence.

    >>> deck = "市长强调，中方高度重视此次会谈，目前各项工作正在扎实有序推进。我们一定会积极努力。"
    >>> split_summary(["市长会见外宾", deck], ["市长会见外宾", "市长强调，中方高度重视此次会谈，目前",
    ...                                         "各项工作正在扎实有序推进。我们一定会积", "极努力。"])
    (['市长会见外宾'], '市长强调，中方高度重视此次会谈，目前各项工作正在扎实有序推进。我们一定会积极努力。')
    >>> split_summary(["他说。", "中方高度重视此次会谈，目前各项工作正在推进，要积极努力。"],
    ...               ["他说。", "中方高度重视此次会谈，", "目前各项工作正在推进，", "要积极努力。"])
    """
    if not paragraphs or len(paragraphs) > SUMMARY_PARAS:
        return None
    start = justified_tail(lines)
    titles = [ln.strip() for ln in lines[:start]]
    if any(ends_sentence(t) for t in titles):
        return None
    head, before = flat("".join(titles)), flat("".join(paragraphs[:-1]))
    if not head.startswith(before) or not flat("".join(paragraphs)).startswith(head):
        return None
    deck = _cut_after(paragraphs[-1], len(head) - len(before))
    if len(flat(deck)) < SUMMARY_CHARS or len(lines) - start < SUMMARY_LINES:
        return None
    return titles, deck


def summary_home(deck: str, bodies: list[str], own: int) -> int | None:
    """The story (index into ``bodies``, never ``own``) whose text holds
    :data:`SUMMARY_SHARE` of the deck's bigrams while no other holds
    :data:`SUMMARY_OTHER`: the story the deck summarises.

    >>> summary_home("市里支持社区自主探索发展道路。", ["座谈会上，市里支持社区自主探索符合实际的发展道路。"
    ...                                             "大家同意深化合作，推动社区建设。",
    ...               "春节到了。", "市里支持"], 2)
    0
    """
    g = grams(deck)
    fits = [(containment(g, b) if i != own and len(b) > 2 * len(deck) else 0.0, i) for i, b in enumerate(bodies)]
    fits.sort(reverse=True)
    if not fits or fits[0][0] < SUMMARY_SHARE or (len(fits) > 1 and fits[1][0] >= SUMMARY_OTHER):
        return None
    return fits[0][1]
