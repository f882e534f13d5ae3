"""The "nothing lost, nothing invented" check between an input page and its cleaned text.

Layout is not content: whitespace (spaces, line ends, blank lines, form feeds)
and the ``---`` lines that separate articles in the text format are left out on
both sides. What remains must be the same multiset of characters, except:

- line-end hyphens (``-``, ``¬``) that de-hyphenation removed: at most as many as
  the input has lines ending in a letter and a hyphen (one that a compound keeps comes
  out as a plain ``-``);
- second copies removed by ``dedupe``: a character may be missing only as many
  times as the input holds it inside immediately repeated text (``XX``, with the
  layout left out: ``王王``, ``现场现场``, a line repeated after itself), looked for
  again once those are collapsed (``ABAAB`` holds ``AB`` twice more), and with only
  closing marks between the copies (``X））X``: the second copy's closer set on the first),
  or those marks and a piece after each copy (``X””（栏目X（栏目``), or a run of four
  characters or more copied within 24 characters after it (:func:`near_copies`: two
  prints of a title read piece by piece and interleaved);
- half-width ``,;:!?()`` that became full width: each full-width mark that is
  new must stand for a half-width one that is gone;
- a round bracket OCR opened with ``〈`` or ``《`` (``〈王艳)``) that got its round
  opener: each new ``（`` left over must stand for such a mark that is gone.

Script conversion (``--to``) changes characters on purpose and is outside the check.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import zip_longest

from papercli.chars import CLOSERS
from papercli.io import open_input
from papercli.model import Page
from papercli.pipeline import Options, stream_pages
from papercli.records import page_text

FULLWIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
OCR_OPENERS = "〈《"  # what OCR reads a round bracket's opener as (despace.fullwidth_punctuation mends it)
_SEPARATOR = re.compile(r"(?m)^[ \t]*---[ \t]*$")
_SPACE = re.compile(r"\s+")
#: longest repeated text (in characters, layout left out) the check recognises
MAX_PERIOD = 10_000
_LINE_END_HYPHEN = re.compile(r"(?m)[^\W\d_]([-¬\u00ad\u2010\u2e17])[ \t]*$")


def content(text: str) -> str:
    """``text`` without its layout: whitespace and ``---`` separator lines.

    >>> content("标题\\n\\n---\\n\\n本报讯 正文。\\f")
    '标题本报讯正文。'
    """
    return _SPACE.sub("", _SEPARATOR.sub("", text))


@dataclass
class Difference:
    """Characters lost from the input or invented in the output, with an excerpt."""

    kind: str  # "lost" | "invented"
    chars: Counter[str]
    excerpt: str

    def __str__(self) -> str:
        shown = " ".join(f"{c!r}×{n}" if n > 1 else repr(c) for c, n in self.chars.most_common(12))
        more = " …" if len(self.chars) > 12 else ""
        return f"{self.kind}: {shown}{more} (near {self.excerpt!r})"


@dataclass
class Report:
    """What a comparison found: the differences, and the permitted changes it accounted for."""

    differences: list[Difference] = field(default_factory=list)
    allowed: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.differences


def in_second_copy(a: str, p: int, occurrences: list[int]) -> bool:
    """True when position ``p`` of ``a`` lies in the second half of an ``XX`` run.

    ``occurrences`` are the sorted positions of ``a[p]`` in ``a``: a repetition
    with period ``k`` needs ``a[p - k] == a[p]``, so only those ``k`` (up to
    :data:`MAX_PERIOD`) are tried.

    >>> a = "人民王王艳艳日报"
    >>> [in_second_copy(a, p, [i for i, c in enumerate(a) if c == a[p]]) for p in range(len(a))]
    [False, False, False, True, False, True, False, False]
    """
    n = len(a)
    for idx in range(bisect_left(occurrences, p) - 1, -1, -1):
        q = occurrences[idx]
        k = p - q
        if k > MAX_PERIOD:
            break
        # a[j] == a[j + k] must hold on a run of at least k positions through j = q
        left = 0
        while left + 1 < k and q - left - 1 >= 0 and a[q - left - 1] == a[q - left - 1 + k]:
            left += 1
        right = 0
        while left + 1 + right < k and p + right + 1 < n and a[q + right + 1] == a[p + right + 1]:
            right += 1
        if left + 1 + right >= k:
            return True
    return False


def _duplicates(a: str, missing: Counter[str]) -> Counter[str]:
    """How many of each missing character the input holds inside second copies."""
    out: Counter[str] = Counter()
    for c, need in missing.items():
        occ = [i for i, x in enumerate(a) if x == c]
        for p in occ:
            if in_second_copy(a, p, occ):
                out[c] += 1
                if out[c] >= need:
                    break
    return out


ROUNDS = 8  # collapses of repeated text looked through, as dedupe repeats to a fixpoint


COLLAPSE_PERIOD = 400  # dedupe undoubles runs of up to this length within a line
_REPEAT = re.compile(rf"(.{{1,{COLLAPSE_PERIOD}}}?)\1", re.S)


def collapsed(a: str) -> str:
    """``a`` with each immediately repeated run once, so that what only repeats once
    those are gone (``ABAAB`` → ``ABAB``) is found on the next look.

    >>> collapsed("王王艳艳 摄"), collapsed("本报讯本报讯"), collapsed("甲乙甲甲乙")
    ('王艳 摄', '本报讯', '甲乙甲乙')
    """
    return _REPEAT.sub(r"\1", a)


#: shortest run (characters) and widest gap after it of a near copy (:func:`near_copies`)
NEAR_RUN, NEAR_GAP = 4, 24


def near_copies(a: str, run: int = NEAR_RUN, gap: int = NEAR_GAP) -> Counter[str]:
    """The characters of ``a`` inside a second copy of a run of ``run`` characters or
    more that starts within ``gap`` characters after the first copy ends: a fake-bold
    title read piece by piece, its two prints interleaved with other pieces
    (``标题””铁路铁路标题``). Each position counts once.

    >>> sorted(near_copies("首条双线””铁路铁路首条双线正文").elements())
    ['双', '条', '线', '首']
    >>> near_copies("社区开展活动")
    Counter()
    """
    seen: set[int] = set()
    n = len(a)
    for i in range(n - run + 1):
        s = a[i : i + run]
        j = a.find(s, i + run, min(n, i + 2 * run + gap))
        if j >= 0:
            seen.update(range(j, j + run))
    return Counter(a[p] for p in seen)


def _excerpt(text: str, chars: Counter[str], width: int = 16) -> str:
    first = min((i for i in (text.find(c) for c in chars) if i >= 0), default=0)
    return text[max(0, first - width) : first + width]


_TO_FULL = str.maketrans(FULLWIDTH)
#: a run and its copy with only closing marks between (``标题（栏目））标题（栏目``), or the
#: marks and a piece that follows each copy (``标题””（栏目标题（栏目``): a fake-bold title
#: whose copy lost its closer to its twin, the two prints read piece by piece
_CLOSER_GAP = re.compile(rf"(.{{2,{COLLAPSE_PERIOD}}}?)([{re.escape(CLOSERS)}]{{1,4}})(.{{0,24}}?)\1\3")


def closers_after(a: str) -> str:
    """``a`` with the closing marks between a run and its copy (and a piece after each)
    moved after the copies, so that the copy reads as immediately repeated text (only
    the order changes: the check counts characters).

    >>> closers_after("社区新貌（今日谈））社区新貌（今日谈正文")
    '社区新貌（今日谈社区新貌（今日谈））正文'
    >>> closers_after("「回家过年」」老人心愿「回家过年老人心愿正文")
    '「回家过年「回家过年老人心愿老人心愿」」正文'
    """
    return _CLOSER_GAP.sub(r"\1\1\3\3\2", a)


def _second_copies(a: str, missing: Counter[str], report: Report) -> Counter[str]:
    """``missing`` less what the input ``a`` holds inside repeated text, looked for again
    once collapsed (text printed four times is doubled twice), half-width marks read as
    full width (``现场：现场:`` repeats once its mark is made full width).

    >>> r = Report(); _second_copies("本报讯本报讯本报讯：本报讯:", Counter({":": 1, "本": 1}), r)
    Counter()
    """
    seen = closers_after(a.translate(_TO_FULL))
    need: Counter[str] = Counter()
    for c, n in missing.items():
        need[c.translate(_TO_FULL)] += n
    for _ in range(ROUNDS):
        dups = _duplicates(seen, need)
        need = +(need - dups)
        report.allowed["second copies"] += sum(dups.values())
        shorter = collapsed(seen) if need else seen
        if shorter == seen:
            break
        seen = shorter
    if need:
        near = near_copies(seen)
        for c in list(need):
            k = min(need[c], near[c])
            need[c] -= k
            report.allowed["second copies"] += k
        need = +need
    left: Counter[str] = Counter()
    for c, n in missing.items():  # what is still missing, in the input's own characters
        k = min(n, need[c.translate(_TO_FULL)])
        if k:
            left[c] = k
            need[c.translate(_TO_FULL)] -= k
    return left


def compare(before: str, after: str) -> Report:
    """Compare an input page with its cleaned text under the permitted changes.

    >>> compare("王王艳艳 摄摄\\nthe con-\\nstitution, a(b)", "王艳 摄\\nthe constitution, a(b)").ok
    True
    >>> print(compare("本报讯 好人好事。", "本报讯 好事。").differences[0])
    lost: '好' '人' (near '本报讯好人好事。')
    >>> compare("好人, 好事", "好人，好事").ok, compare("好人，好事", "好人，，好事").ok
    (True, False)
    >>> compare("好事。〈王艳)", "好事。（王艳）").ok, compare("好事。", "好事。（").ok
    (True, False)
    """
    a, b = content(before), content(after)
    ca, cb = Counter(a), Counter(b)
    missing, extra = ca - cb, cb - ca
    report = Report()
    for half, full in FULLWIDTH.items():
        k = min(missing[half], extra[full])
        if k:
            missing[half] -= k
            extra[full] -= k
            report.allowed["fullwidth"] += k
    for misread in OCR_OPENERS:
        k = min(missing[misread], extra["（"])
        if k:
            missing[misread] -= k
            extra["（"] -= k
            report.allowed["bracket"] += k
    hyphens = Counter(m.group(1) for m in _LINE_END_HYPHEN.finditer(before))
    for h, n in hyphens.items():
        k = min(missing[h], n)
        missing[h] -= k
        report.allowed["dehyphenated"] += k
        if h != "-":  # a compound's hyphen kept at the break is printed as a plain one
            k2 = min(k, extra["-"])
            extra["-"] -= k2
    missing = _second_copies(a, +missing, report)
    report.allowed["whitespace"] = abs(len(before) - len(a) - (len(after) - len(b)))
    if +missing:
        report.differences.append(Difference("lost", +missing, _excerpt(a, +missing)))
    if +extra:
        report.differences.append(Difference("invented", +extra, _excerpt(b, +extra)))
    return report


def _numbered(pages: Iterator[Page]) -> Iterator[tuple[int, str]]:
    for p in pages:
        yield p.number, page_text(p)


def check_files(inp: str, out: str, encoding: str | None = None) -> Iterator[tuple[int, Report]]:
    """Compare input ``inp`` with papercli's output ``out`` (text or JSONL), page by page.

    Pages are paired by number (JSONL records carry it; in text, form feeds count);
    a page missing on one side counts as empty. Raises :class:`PaperError` for an
    unreadable file.
    """
    ins = _numbered(stream_pages(open_input(inp), inp, Options(encoding=encoding, lang="zh")))
    outs = _numbered(stream_pages(open_input(out), out, Options(encoding="utf-8", lang="zh")))
    pending: dict[int, str] = {}
    for left, right in zip_longest(ins, outs):
        if right is not None:
            pending[right[0]] = right[1]
        if left is not None:
            yield left[0], compare(left[1], pending.pop(left[0], ""))
    for n, text in sorted(pending.items()):
        yield n, compare("", text)
