"""Editor's notes set as a box of their own, under the label ``编者按``.

A page can open with an editor's note that introduces the page or a series (``本期主题：…``,
the note, ``——编 者``), titled by a label that the extractor dumps among the titles.
``segment`` reads a signed note followed by a dateline as the note over that story
(:meth:`papercli.segment._Segmenter.signed_note`), which it is when no label titles it;
with the label among the titles the note is a story of its own, and
:func:`part_labelled_notes` parts it from the story it was read into.
"""

from __future__ import annotations

import re
from typing import Any

from papercli.model import Article, Page
from papercli.signals import editors_signoff

#: a title line that is only an editor's note's label
NOTE_LABEL = re.compile(r"\s*(?:编者按|編者按|编者的话|編者的話)\s*[：:]?\s*")
NOTE_MAX = 3  # paragraphs of a note with its sign-off, at the most
_GLUED_LABEL = re.compile(r"(?:(?P<head>\S+)\s+(?P<label>编者按|編者按)|(?P<label2>编者按|編者按)\s+(?P<tail>\S+))\s*")


def note_labels_apart(page: Page) -> int:
    """A title line that holds a note's label and another title a space apart (pypdf
    glues the lines it emits: ``微阅读 编者按``) becomes two title lines, so that each can
    find its story. Returns how many lines were parted.

    >>> page = Page("p", pending_headlines=[{"text": "微阅读 编者按", "pos": 7, "before": None}])
    >>> note_labels_apart(page), [e["text"] for e in page.pending_headlines]
    (1, ['微阅读', '编者按'])
    """
    out: list[dict[str, Any]] = []
    parted = 0
    for e in page.pending_headlines:
        m = _GLUED_LABEL.fullmatch(e["text"].strip())
        if not m:
            out.append(e)
            continue
        parts = [m["head"], m["label"]] if m["label"] else [m["label2"], m["tail"]]
        out.extend({**e, "text": t} for t in parts)
        parted += 1
    page.pending_headlines = out
    return parted


def note_end(a: Article) -> int | None:
    """Where the editor's note that opens story ``a`` ends: the index after its sign-off
    (``——编 者``) among its first :data:`NOTE_MAX` paragraphs, with text after it; else None.

    >>> note_end(Article(["本期主题：冬季防火", "天干物燥，防火要紧。", "——编 者", "本报讯 昨日……"]))
    3
    >>> note_end(Article(["本期主题：冬季防火", "——编 者"])), note_end(Article(["本报讯 昨日……", "——编 者", "后来……"]))
    (None, 2)
    """
    for k, p in enumerate(a.paragraphs[:NOTE_MAX], 1):
        if editors_signoff(p):
            return k if k >= 2 and k < len(a.paragraphs) else None
    return None


def part_labelled_notes(page: Page) -> list[tuple[Article, Article | None]]:
    """Part each labelled editor's note from the story ``segment`` read it into: for each
    title line that is a note's label (:data:`NOTE_LABEL`, in order), the first story
    that opens with a signed note (:func:`note_end`) is cut after the sign-off; the note
    becomes a story of its own, titled by the label, and the label leaves the titles
    still to match. A line set in place right over the note (``本期主题：…``) is its
    first paragraph, not a title of the story under it. Each note is set aside, like a box
    of briefs, with the story it came after (None: the first), for
    :func:`papercli.roundups.put_back`.

    >>> story = Article(["本期主题：冬季防火", "天干物燥。", "——编 者", "本报讯 昨日……"])
    >>> page = Page("p", articles=[story], pending_headlines=[{"text": "编者按", "pos": 9, "before": None}])
    >>> [(a.headline, a.paragraphs[0], after) for a, after in part_labelled_notes(page)], story.paragraphs
    ([('编者按', '本期主题：冬季防火', None)], ['本报讯 昨日……'])
    >>> page.pending_headlines
    []
    """
    arts = page.articles or []
    aside: list[tuple[Article, Article | None]] = []
    for label in [e for e in page.pending_headlines if NOTE_LABEL.fullmatch(e["text"])]:
        found = next(((i, k) for i, a in enumerate(arts) if (k := note_end(a)) is not None), None)
        if found is None:
            break
        ai, k = found
        a = arts[ai]
        over = [e for e in page.pending_headlines if e.get("before") == ai]  # set in place over the note
        top = max(over, key=lambda e: e["pos"]) if over else None
        head = [top["text"].strip()] if top else []
        aside.append((Article(paragraphs=head + a.paragraphs[:k], headline=label["text"].strip(), column=a.column),
                      arts[ai - 1] if ai else None))
        del a.paragraphs[:k]
        page.pending_headlines = [e for e in page.pending_headlines if e is not label and e is not top]
    return aside
