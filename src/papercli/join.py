"""Joining hard-wrapped lines into one paragraph string."""

from __future__ import annotations

import re
from collections.abc import Iterable

from papercli.chars import char_width
from papercli.signals import dateline

_HYPHEN_END = re.compile(r"([A-Za-zÀ-ÿ]+)[-¬]$")
_WORD_START = re.compile(r"^([a-zà-ÿ][A-Za-zÀ-ÿ]*)")


def _wide(c: str) -> bool:
    return char_width(c) == 2


def join_cjk(a: str, b: str) -> str:
    """Join two wrapped lines of CJK text: no space, unless both sides are Latin/digits.

    >>> join_cjk("献血救", "人 白衣天使"), join_cjk("位于 New", "York 的")
    ('献血救人 白衣天使', '位于 New York 的')
    """
    if not a:
        return b
    if dateline(a) == a:
        return f"{a} {b}"
    if _wide(a[-1]) or _wide(b[0]):
        return a + b
    return f"{a} {b}"


def join_latin(a: str, b: str, vocabulary: set[str] | None = None) -> str:
    """Join two wrapped Latin lines with a space, undoing line-end hyphenation.

    ``con-`` + ``stitution`` becomes ``constitution``; the hyphen stays when the
    document itself shows the hyphenated form (``well-`` + ``known`` where
    ``well-known`` occurs elsewhere) and not the joined one. ``¬`` always goes.

    >>> join_latin("the con-", "stitution was")
    'the constitution was'
    >>> join_latin("a well-", "known man", {"well-known"})
    'a well-known man'
    """
    if not a:
        return b
    m = _HYPHEN_END.search(a)
    w = _WORD_START.match(b)
    if m and w:
        head, tail = m.group(1), w.group(1)
        if a.endswith("¬"):
            return a[:-1] + b
        vocab = vocabulary or set()
        joined, hyphened = (head + tail).lower(), f"{head}-{tail}".lower()
        if hyphened in vocab and joined not in vocab:
            return a + b
        return a[:-1] + b
    return f"{a} {b}"


def vocabulary(lines: Iterable[str]) -> set[str]:
    """Lower-cased words of a page (hyphenated compounds included) for de-hyphenation."""
    out: set[str] = set()
    for ln in lines:
        for w in re.findall(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*", ln):
            if not ln.rstrip().endswith(w + "-"):
                out.add(w.lower())
    return out
