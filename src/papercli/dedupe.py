"""Text doubled by fake-bold rendering (a headline or caption drawn twice).

Extractors show the second drawing in three ways: the whole run again
(``标题标题``), span by span (``现场现场。。 王艳王艳 摄摄``), glyph by glyph
(``王王艳艳``), or as a repeated line. Real reduplication (``人人夸``, ``一条条``,
``研究研究``) is left alone: a span is undoubled only when it is made *entirely* of
doubled pieces and the evidence is more than one short doubled word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from papercli.model import Page

_DOUBLED_PUNCT = re.compile(r"([。，、；：])\1+")
_SPACE_SPLIT = re.compile(r"( +)")


@lru_cache(maxsize=4096)
def square_parts(span: str) -> tuple[str, ...] | None:
    """Split ``span`` into the fewest pieces of the form XX, returning the Xs.

    >>> square_parts("王王艳艳")
    ('王', '艳')
    >>> square_parts("现场现场。。")
    ('现场', '。')
    >>> square_parts("人人夸") is None
    True
    """
    n = len(span)
    if n < 2 or n % 2:
        return None
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for i in range(n):
        prev = best[i]
        if prev is None:
            continue
        for k in range(1, (n - i) // 2 + 1):
            if span[i : i + k] == span[i + k : i + 2 * k]:
                cand = (*prev, span[i : i + k])
                j = i + 2 * k
                if best[j] is None or len(cand) < len(best[j]):  # type: ignore[arg-type]
                    best[j] = cand
    return best[n]


def _strong(parts: tuple[str, ...]) -> bool:
    """Doubling evidence that real reduplication does not give."""
    letters = sum(len(p) for p in parts if p.strip("。，、；：！？”“"))
    return letters >= 3 and (len(parts) >= 2 or len(parts[0]) >= 3)


def undouble_spans(line: str, neighbour_doubled: bool = False) -> str:
    """Undo fake-bold doubling of a line, whole or span by span.

    >>> undouble_spans("离石区文艺下乡演出现场离石区文艺下乡演出现场。。 王艳王艳 摄摄")
    '离石区文艺下乡演出现场。 王艳 摄'
    >>> undouble_spans("离离石石区区文文艺艺 王王艳艳")
    '离石区文艺 王艳'
    >>> undouble_spans("人人夸 一条条 研究研究")
    '人人夸 一条条 研究研究'
    """
    if " " not in line and (not line or square_parts(line) is None):
        return line  # one word, not doubled: the general case below would return it as it is
    spans = _SPACE_SPLIT.split(line)
    words = spans[0::2]
    parts = [square_parts(w) if w else None for w in words]
    nonempty = [p for w, p in zip(words, parts, strict=True) if w]
    if not nonempty:
        return line
    all_doubled = all(p is not None for p in nonempty)
    any_strong = any(p is not None and _strong(p) for p in nonempty)
    if not any_strong and not (all_doubled and (len(nonempty) >= 2 or neighbour_doubled)):
        return line
    out = []
    for i, s in enumerate(spans):
        if i % 2:
            out.append(s)
            continue
        p = parts[i // 2]
        use = p is not None and (_strong(p) or all_doubled)
        out.append("".join(p) if use and p is not None else s)
    return "".join(out)


def collapse_doubled_punctuation(line: str) -> str:
    """A full stop, comma or enumeration comma printed twice is printed once.

    >>> collapse_doubled_punctuation("现场。。 好，，")
    '现场。 好，'
    """
    return _DOUBLED_PUNCT.sub(r"\1", line) if _DOUBLED_PUNCT.search(line) else line


def drop_repeated_lines(lines: list[str], max_block: int = 4) -> list[str]:
    """Drop a line, or a block of up to ``max_block`` lines, repeated right after itself.

    Also drops a line when the next one repeats it with only punctuation added
    (``现场`` then ``现场。``), which is how partly merged fake bold comes out.
    Blank lines between them are ignored.

    >>> drop_repeated_lines(["标题", "第二行", "标题", "第二行", "正文。"])
    ['标题', '第二行', '正文。']
    >>> drop_repeated_lines(["演出现场", "", "演出现场。"])
    ['演出现场。']
    """
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    text = [lines[i].strip() for i in idx]
    drop: set[int] = set()
    j = 0
    while j < len(text):
        done = False
        for k in range(max_block, 0, -1):
            if j + 2 * k > len(text) or text[j] != text[j + k]:
                continue
            a, b = text[j : j + k], text[j + k : j + 2 * k]
            if a == b and sum(len(x) for x in a) >= 2:
                for t in range(j + k, j + 2 * k):
                    drop.add(t)
                j += 2 * k
                done = True
                break
        if done:
            continue
        if j + 1 < len(text):
            cur, nxt = text[j], text[j + 1]
            if len(cur) >= 4 and nxt.startswith(cur) and not re.search(r"\w", nxt[len(cur):]):
                drop.add(j)
        j += 1
    if not drop:
        return lines
    gone = {idx[t] for t in drop}
    out: list[str] = []
    skipping = False
    for i, ln in enumerate(lines):
        if i in gone:
            skipping = True  # the copy and the blank lines that follow it go
        elif not (skipping and not ln.strip()):
            skipping = False
            out.append(ln)
    return out


def dedupe_page(page: Page) -> Page:
    """Stage ``dedupe``: undouble spans, collapse doubled stops, drop repeated lines."""
    if page.structured:
        return page
    out: list[str] = []
    doubled_prev = False
    changed = 0
    example: tuple[str, str] | None = None
    for ln in page.lines:
        new = collapse_doubled_punctuation(undouble_spans(ln, neighbour_doubled=doubled_prev))
        doubled_prev = new != ln and bool(ln.strip())
        if new != ln:
            changed += 1
            example = example or (ln, new)
        out.append(new)
    if example:
        page.record_fix("undouble_spans", example[0], example[1], changed)
    kept = drop_repeated_lines(out)
    if len(kept) != len(out):
        gone = len([x for x in out if x.strip()]) - len([x for x in kept if x.strip()])
        kept_set = set(kept)
        dropped = next((x for x in out if x.strip() and x not in kept_set), "(a repeated line)")
        page.record_fix("drop_repeated_lines", dropped, "", gone)
    page.lines = kept
    return page
