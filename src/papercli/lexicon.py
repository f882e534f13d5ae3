"""Chinese word frequencies, as evidence that two line pieces belong together.

Where an extractor read a page across its columns, a line's true continuation is
one of several lines of the same width. A page's own character pairs
(:mod:`papercli.interleave`) tell few of them apart; a word spanning the join
does (``…对于重建和`` / ``修复城乡…``: ``和修`` is no word, ``重建`` and ``修复``
are). The word list is jieba's dictionary (a dependency), read as a file and
never run as a segmenter: only its :data:`WORDS` most frequent entries of up to
four characters are kept. Traditional text is looked up through OpenCC.
"""

from __future__ import annotations

import heapq
import importlib.util
import math
from array import array
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from papercli.convert import converter

#: entries kept from the dictionary, most frequent first
WORDS = 50_000
#: longest entry kept (and tried) in characters
MAX_WORD = 4
#: characters either side of a join that :func:`join_gain` reads
SPAN = 3
#: log-probability of a character the word list does not have, below a count of one
UNKNOWN = 3.0
#: :func:`join_gain` at which a word of the dictionary runs across a cut: a line end in
#: ``reflow``, the end of a title piece in ``match`` (``…实`` / ``际到账资金…``)
WORD_CUT = 3.0


def dictionary_path() -> Path | None:
    """jieba's ``dict.txt``, found without importing jieba (its import loads models)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    return path if path.is_file() else None


@cache
def word_logprobs() -> tuple[dict[str, float], float]:
    """The :data:`WORDS` most frequent dictionary entries of up to :data:`MAX_WORD`
    characters, each with the log of its share of all entries' counts, and the
    log-probability of a character it does not have (:data:`UNKNOWN` below a
    count of one); no entries when the dictionary is missing (joins then get no
    lexical evidence).

    >>> lp, unknown = word_logprobs()
    >>> lp["修复"] > lp.get("和修", unknown)
    True
    """
    path = dictionary_path()
    if path is None:
        return {}, 0.0
    # two passes over the file, so that only the kept entries are ever held (the word
    # list is loaded in each batch worker: its peak memory counts)
    total = 0
    counts = array("q")
    for word, n in _entries(path):
        total += n
        if len(word) <= MAX_WORD:
            counts.append(n)
    if not counts:
        return {}, 0.0
    least = heapq.nlargest(WORDS, counts)[-1]
    above = sum(1 for n in counts if n > least)
    del counts
    kept: dict[str, int] = {}
    ties: list[str] = []
    for word, n in _entries(path):
        if len(word) <= MAX_WORD and n >= least:
            if n > least:
                kept[word] = n
            else:
                ties.append(word)
    for word in sorted(ties, reverse=True)[: WORDS - above]:  # as heapq.nlargest breaks ties
        kept[word] = least
    log_total = math.log(max(1, total))
    shared: dict[int, float] = {}  # one float a distinct count
    words = {w: shared.setdefault(n, math.log(n) - log_total) for w, n in kept.items() if n > 0}
    return words, -log_total - UNKNOWN


def _entries(path: Path) -> Iterator[tuple[str, int]]:
    """The dictionary's ``word count tag`` lines as (word, count)."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            word, _, rest = line.partition(" ")
            count = rest.split(" ", 1)[0]
            if count.isdigit():
                yield word, int(count)


def segment_logprob(s: str, words: dict[str, float], unknown: float) -> float:
    """Log-probability of ``s`` cut into its likeliest words of ``words``, a
    character it does not have costing ``unknown``.

    >>> w = {"重建": -5.0, "修复": -6.0, "和": -3.0, "重": -8.0, "建": -8.0}
    >>> segment_logprob("重建和", w, -20.0), segment_logprob("和修", w, -20.0)
    (-8.0, -23.0)
    """
    best = [0.0] + [-math.inf] * len(s)
    for end in range(1, len(s) + 1):
        for k in range(1, min(MAX_WORD, end) + 1):
            lp = words.get(s[end - k : end])
            if lp is None:
                if k > 1:
                    continue
                lp = unknown
            best[end] = max(best[end], best[end - k] + lp)
    return best[-1]


@lru_cache(maxsize=8192)
def _piece(s: str) -> tuple[str, float]:
    """A line's end or start as simplified characters, and its :func:`segment_logprob`
    (each line is read against the dozen lines around it)."""
    words, unknown = word_logprobs()
    simple = converter("simplified")(s)
    return simple, segment_logprob(simple, words, unknown)


def join_gain(tail: str, head: str) -> float:
    """Log-likelihood ratio that line piece ``head`` follows ``tail`` in one
    sentence: how much likelier the two read as one run of words than apart.

    Positive when a word spans the join, about 0 when the join falls between
    words, negative never (reading apart is one of the ways to read together).
    Only the last and first :data:`SPAN` characters count; traditional
    characters are looked up as simplified.

    >>> join_gain("对于重建和", "修复城乡") < join_gain("历史文化街", "区缺乏特")
    True
    """
    words, unknown = word_logprobs()
    if not words or not tail or not head:
        return 0.0
    (a, pa), (b, pb) = _piece(tail[-SPAN:]), _piece(head[:SPAN])
    return segment_logprob(a + b, words, unknown) - pa - pb
