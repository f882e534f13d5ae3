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
  again once those are collapsed (``ABAAB`` holds ``AB`` twice more);
- half-width ``,;:!?()`` that became full width: each full-width mark that is
  new must stand for a half-width one that is gone.

Script conversion (``--to``) changes characters on purpose and is outside the check.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import zip_longest

from papercli.io import open_input
from papercli.model import Page
from papercli.pipeline import Options, stream_pages
from papercli.records import page_text

FULLWIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
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


def _excerpt(text: str, chars: Counter[str], width: int = 16) -> str:
    first = min((i for i in (text.find(c) for c in chars) if i >= 0), default=0)
    return text[max(0, first - width) : first + width]


_TO_FULL = str.maketrans(FULLWIDTH)


def _second_copies(a: str, missing: Counter[str], report: Report) -> Counter[str]:
    """``missing`` less what the input ``a`` holds inside repeated text, looked for again
    once collapsed (text printed four times is doubled twice), half-width marks read as
    full width (``现场：现场:`` repeats once its mark is made full width).

    >>> r = Report(); _second_copies("本报讯本报讯本报讯：本报讯:", Counter({":": 1, "本": 1}), r)
    Counter()
    """
    seen = a.translate(_TO_FULL)
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
