"""Joining hard-wrapped lines into one paragraph string."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from papercli.chars import char_width
from papercli.signals import dateline

#: a word cut at the end of a line: letters, then a hyphen, ``¬`` (German OCR), a soft
#: hyphen, U+2010 or the Fraktur double hyphen ``⸗``
_HYPHEN_END = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)([-¬\u00ad\u2010\u2e17])$")
_WORD_START = re.compile(r"^([^\W\d_]+)")
_WORD = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*")
#: words after which a line-end hyphen is a suspended one (``Berner- und Schweizer-Geschichte``)
SUSPENDING = frozenset({"and", "or", "nor", "to", "und", "oder", "bis", "sowie", "et", "ou"})


def _wide(c: str) -> bool:
    return char_width(c) == 2


def join_cjk(a: str, b: str) -> str:
    """Join two wrapped lines of CJK text: no space, unless both sides are Latin/digits.

    >>> join_cjk("献血救", "人 白衣天使"), join_cjk("位于 New", "York 的")
    ('献血救人 白衣天使', '位于 New York 的')
    """
    if not a:
        return b
    if dateline(a) == a and not a.lstrip().startswith(("（", "(")):  # an agency's bracket cut over lines runs on
        return f"{a} {b}"
    if _wide(a[-1]) or _wide(b[0]) or _number_cut(a, b):
        return a + b
    return f"{a} {b}"


_DIGITS_END = re.compile(r"(?:^|[^\x00-\x7f])\d+$")  # a figure at a line's end, after CJK text
_DIGITS_START = re.compile(r"^\d+(?:[^\x00-\x7f]|$)")  # and at the next line's start, before it


def _number_cut(a: str, b: str) -> bool:
    """A figure set in CJK text cut over two lines (``…各地的12`` / ``6支隊伍…``): one
    number, joined without a space (Latin text keeps its space: ``in 2022`` / ``12 cases``).

    >>> _number_cut("全台各地的12", "6支隊伍"), _number_cut("in 2022", "12 cases")
    (True, False)
    """
    return bool(_DIGITS_END.search(a) and _DIGITS_START.match(b))


def keep_hyphen(head: str, mark: str, tail: str, vocab: Counter[str] | None = None) -> bool | None:
    """Decide a line-end hyphen: True keeps it (a compound), False drops it (a word cut
    by the typesetter), None leaves ``head-`` as a word of its own (a suspended hyphen).

    ``head`` is the word before the mark, ``tail`` the next line's first word, ``vocab``
    the page's own word counts (:func:`vocabulary`). In order:

    - a suspended hyphen (``Berner-`` ``und``) stays as it is;
    - the form the page shows elsewhere, unbroken, wins: ``well-known`` keeps its hyphen
      when the page prints ``well-known`` more often than ``wellknown``;
    - a capital after the break (``Anglo-`` ``Saxon``) keeps it, unless both halves are
      capitals (``SER-`` ``VANTS``);
    - otherwise the hyphen goes (``con-`` ``stitution``): most line-end hyphens are
      the typesetter's. ``¬`` is always the typesetter's, so only a capital keeps it.

    >>> keep_hyphen("con", "-", "stitution"), keep_hyphen("well", "-", "known", Counter({"well-known": 1}))
    (False, True)
    >>> keep_hyphen("Anglo", "-", "Saxon"), keep_hyphen("Stimm", "¬", "ung"), keep_hyphen("Berner", "-", "und")
    (True, False, None)
    """
    if tail.lower() in SUSPENDING:
        return None
    capital = tail[:1].isupper() and not (head.isupper() and tail.isupper())
    if mark == "¬":
        return capital
    vocab = vocab or Counter()
    joined, hyphened = (head + tail).lower(), f"{head}-{tail}".lower()
    if vocab[joined] or vocab[hyphened]:
        return vocab[hyphened] > vocab[joined]
    return capital


def join_latin(a: str, b: str, vocab: Counter[str] | None = None) -> str:
    """Join two wrapped Latin lines with a space, undoing line-end hyphenation.

    See :func:`keep_hyphen` for when a hyphen stays.

    >>> join_latin("the con-", "stitution was")
    'the constitution was'
    >>> join_latin("a well-", "known man", Counter({"well-known": 2}))
    'a well-known man'
    >>> join_latin("Stimm¬", "ung"), join_latin("pre-", "and post-war"), join_latin("Petit-¬", "Zeile")
    ('Stimmung', 'pre- and post-war', 'Petit-Zeile')
    """
    if not a:
        return b
    m = _HYPHEN_END.search(a)
    w = _WORD_START.match(b)
    if w and a.endswith("-¬"):
        return a[:-1] + b  # a compound's own hyphen at the break
    if m and w:
        keep = keep_hyphen(m.group(1), m.group(2), w.group(1), vocab)
        if keep is not None:
            return a[:-1] + ("-" if keep else "") + b
    return f"{a} {b}"


def vocabulary(lines: Iterable[str]) -> Counter[str]:
    """Counts of the lower-cased words of a page (hyphenated compounds as one word),
    leaving out the two halves of every word cut at a line end.

    >>> sorted(vocabulary(["a well-known con-", "stitution"]).items())
    [('a', 1), ('well-known', 1)]
    """
    out: Counter[str] = Counter()
    cut = False
    for ln in lines:
        words = _WORD.findall(ln)
        if not words:
            continue  # a blank line does not end a cut word's second half
        start = 1 if cut and _WORD_START.match(ln.strip()) else 0
        cut = bool(_HYPHEN_END.search(ln.rstrip()))
        end = len(words) - 1 if cut else len(words)
        out.update(w.lower() for w in words[start:end])
    return out
