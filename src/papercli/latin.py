"""Reflow of Latin-script pages: paragraphs joined with spaces, line-end hyphens undone.

None of the CJK rules apply here (no letter-spacing join, no full-width punctuation,
no doubling of Han text). The signals, all from the page itself:

- a line ending in a cut word (``con-``, ``Stimm¬``) always continues on the next;
- a blank line ends a paragraph, unless nearly every line is followed by one;
- a line clearly shorter than its column ends a paragraph when it ends a sentence,
  or when it is much shorter (a heading, a list item);
- a line indented deeper than the one before opens a paragraph (when the extractor
  kept indentation and not every line has it);
- headings in capitals (``LAND SALE.``) stand apart from running text, and
  consecutive ones stay together as one standalone block.
"""

from __future__ import annotations

import re
from collections import Counter

from papercli.join import join_latin, vocabulary
from papercli.layout import Line, boxed, column_widths
from papercli.model import Block

#: a sentence end: ``.`` ``!`` ``?`` ``:`` or an ellipsis, then closing quotes/brackets
_SENTENCE_END = re.compile(r"(?:[.!?:;…])[\"'”’»«)\]]*$")
_CUT_WORD = re.compile(r"[^\W\d_]-?[-¬\u00ad\u2010\u2e17]$")
_LETTER_START = re.compile(r"^[\"'“‘„»«(]*[^\W\d_]")
SHORT = 0.6  # a line under this share of its column is short whatever it ends with


def ends_sentence_latin(text: str) -> bool:
    """True when a Latin line ends a sentence.

    >>> ends_sentence_latin("frighten them to death."), ends_sentence_latin('he said, "No!"')
    (True, True)
    >>> ends_sentence_latin("the federal con-"), ends_sentence_latin("of the")
    (False, False)
    """
    return bool(_SENTENCE_END.search(text.rstrip()))


def is_heading(text: str) -> bool:
    """A short line in capitals: a headline or a section heading.

    >>> is_heading("LAND SALE."), is_heading("COUNTRY NEWS. - NEWCASTLE"), is_heading("AT eleven o'clock")
    (True, True, False)
    >>> is_heading("I."), is_heading("THE CONSTITUTION OF THE UNITED STATES OF AMERICA, AS AMENDED IN 1868 AND 1870")
    (False, False)
    """
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or len(text) > 60:
        return False
    return sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def continues(a: str, b: str) -> bool:
    """Line ``a`` ends with a cut word that line ``b`` completes.

    >>> continues("the federal con-", "stitution contains"), continues("10 -", "the")
    (True, False)
    """
    return bool(_CUT_WORD.search(a.rstrip())) and bool(_LETTER_START.match(b))


class LatinReflower:
    """Groups measured lines (:func:`papercli.layout.measure`) into blocks."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.boxed = boxed(lines)
        ws = [ln.width for ln in lines]
        self.tol = max(3.0, 0.08 * max(ws, default=0.0))
        self.col = column_widths(ws, self.tol)
        self.heading = [is_heading(ln.text) for ln in lines]
        self.indented_page = sum(ln.indent > 0 for ln in lines) < 0.7 * len(lines)

    def breaks_after(self, j: int) -> bool:
        """True when a paragraph (or a standalone line) ends after line ``j``."""
        a, b = self.lines[j], self.lines[j + 1]
        if continues(a.text, b.text):
            return False
        if b.blank_before and not self.boxed:
            return True
        if self.heading[j] != self.heading[j + 1]:
            return True
        if self.heading[j]:
            return False  # a headline over several lines
        if self.indented_page and b.indent >= a.indent + 2:
            return True
        w = self.col[j]
        if w is None or a.width >= w - self.tol:
            return False
        return ends_sentence_latin(a.text) or a.width < SHORT * w

    def kind(self, i: int, g: list[Line]) -> str:
        """``line`` for headings and a lone short line not ending a sentence, else ``body``
        (``g`` is the group of lines starting at line ``i``)."""
        if all(self.heading[i : i + len(g)]):
            return "line"
        if len(g) == 1 and not ends_sentence_latin(g[0].text):
            w = self.col[i]
            return "line" if w is None or g[0].width < SHORT * w else "body"
        return "body"

    def blocks(self, vocab: Counter[str] | None = None) -> list[Block]:
        starts = [j for j in range(len(self.lines)) if j == 0 or self.breaks_after(j - 1)]
        out = []
        for i, end in zip(starts, [*starts[1:], len(self.lines)], strict=True):
            g = self.lines[i:end]
            text = ""
            for ln in g:
                text = join_latin(text, ln.text, vocab)
            out.append(Block(self.kind(i, g), [ln.text for ln in g], g[0].n, text))
        return out


def latin_blocks(lines: list[Line], page_lines: list[str]) -> list[Block]:
    """The blocks of a Latin page, de-hyphenated with the page's own vocabulary.

    >>> from papercli.layout import measure
    >>> text = ["LAND SALE.", "The federal con-", "stitution has fifteen", "amendments.", "", "Next one."]
    >>> [(b.kind, b.text) for b in latin_blocks(measure(text), text)]
    [('line', 'LAND SALE.'), ('body', 'The federal constitution has fifteen amendments.'), ('body', 'Next one.')]
    """
    if not lines:
        return []
    return LatinReflower(lines).blocks(vocabulary(page_lines))
