"""Attach headlines and captions to article bodies.

Headline candidates that are several titles glued on one line are cut apart
(:func:`split_glued`); pieces of one title are then joined (a bracket left open,
a tiny tail, a column tag, and otherwise runs chosen by :func:`join_runs`). An
optimal one-to-one assignment (Hungarian) pairs titles with bodies; a pair under
``MIN_HEADLINE`` is not made, and the title is kept as its own ``headline``
record instead. Titles left without a story cut the articles that hold two
(:mod:`papercli.seams`); a story left without a title takes the pieces of a
neighbour's title run that fit it (:func:`lend_titles`) or, opening with the
same dateline as its titled neighbour, joins it (:func:`merge_untitled`). The one
title that fits no story and the one story still untitled are paired last
(:func:`last_pair`), or that story takes the end piece of the one title run that
names nothing of its own story (:func:`papercli.elimination.lend_by_elimination`).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from typing import Any

from papercli.assign import assign
from papercli.chars import CJK, CLOSERS, OPENERS, bracket_balance, ends_sentence
from papercli.dumps import (
    ANY_PUNCT,
    POSITION_MARK,
    SENTENCE_PUNCT,
    SNIPPET,
    after_tags,
    continues_title,
    ends_with_tag,
    untagged,
)
from papercli.elimination import lend_by_elimination
from papercli.glued import lend_glued
from papercli.lexicon import WORD_CUT, join_gain, word_logprobs
from papercli.model import Article, Caption, Loose, Page
from papercli.notes import note_labels_apart, part_labelled_notes
from papercli.roundups import dated_item, gather_briefs, items_of_one_roundup, lend_labels, put_back, roundup_item
from papercli.seams import SPLIT_MIN, split_at_seam, split_for_headlines
from papercli.segment import LABEL_MAX, reporter_bylines, segment_page
from papercli.signals import DATE_RE, credit_line, field_line, role_last
from papercli.similarity import BodyIndex, containment, grams
from papercli.storyparts import closes_story
from papercli.titlecuts import GLUE_AT, MIN_PIECE, part_run, title_cuts, wrapped_in_word

MIN_HEADLINE = 30.0
MIN_CAPTION = 20.0
CAPTION_MARGIN = 2.0  # a caption fitting one story this many times better than any other goes there
BEFORE_BONUS = 15.0
#: score points at most that a title's characters, by how often each story uses them, add to
#: its scores: enough to part two stories the title's pairs fit alike, too little to outweigh a pair
#: (measured: 0.5 parted 3 titles right, 1.0 seven; 1.5 and 2.0 gave 1 to 2 titles to the wrong
#: story on pages read across columns, and one such page lost a story: cer 1.09 -> 1.75)
CHAR_TIE = 1.0
CREDIT_BONUS = 30.0
NAME_BONUS = 30.0  # a person the caption places in the photo, named by one story only
OWNER_BONUS = 25.0
DECK_MIN = 10  # characters: a shorter line may repeat a story's words by chance
_HAN = re.compile(f"[{CJK}]")


def _body(a: Article) -> str:
    return "".join(a.paragraphs)


def _adjacent(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(b["pos"] - a["pos"] <= 1)


def merge_pieces(entries: list[dict[str, Any]], index: BodyIndex) -> list[list[dict[str, Any]]]:
    """Group adjacent headline candidates that form one title (with its subtitle).

    A piece that continues an open bracket, a tiny tail (unless the piece above is
    closed by its column tag), a column tag or dash subtitle, a bare figure
    (:func:`bare_number`) and a piece that completes a word the piece above
    stopped in (:data:`papercli.lexicon.WORD_CUT`, as a line end does in reflow)
    always join the piece above, as does a piece that opens with a percentage
    (:func:`share_first`) or follows one that stops on a particle
    (:func:`particle_end`) or opens with one (:func:`particle_start`). The resulting units are then cut into runs by
    :func:`join_runs`; where the runs are mostly of several pieces (a page of
    蘋果日報 titles), they are cut again with the usual length and count of units
    of the first cut's runs.
    """
    units: list[list[dict[str, Any]]] = []
    for e in entries:  # each piece's best story first: a tiny piece looks at the next one's
        e["_best"], e["_score"] = index.best(e["text"])
    for n, e in enumerate(entries):
        if units and _adjacent(units[-1][-1], e):
            text = "".join(x["text"] for x in units[-1])
            below = entries[n + 1] if n + 1 < len(entries) and _adjacent(e, entries[n + 1]) else None
            # a title closed by its tag has no tail; nor has one whose next title opens with the piece
            tiny = len(e["text"].strip()) <= 2 and not ends_with_tag(text) and not tiny_head(units[-1], e, below)
            # a title cut at its particle is one phrase: no label is taken off it (``roundups.lend_labels``)
            e["_held"] = particle_end(text) or particle_start(e["text"])
            if (bracket_balance(text) > 0 or tiny or continues_title(e["text"]) or bare_number(e["text"])
                    or share_first(e["text"]) or join_gain(text, e["text"]) >= WORD_CUT
                    or quoted_deck(units[-1], e, index) or e["_held"]):
                units[-1].append(e)
                continue
        units.append([e])
    sizes: list[int] = []
    runs = join_runs(units, index, sizes)
    if len(sizes) < ALIKE_TITLES or statistics.median(sizes) < 2:
        return runs
    # titles of several pieces: the page's titles are set alike, so runs are cut again
    # with a cost for a length far from the usual one (:data:`LENGTH_COST`)
    usual = statistics.median(len("".join(x["text"] for x in r)) for r in runs)
    return join_runs(units, index, usual=usual, usual_units=usual_count(sizes))


def particle_end(text: str) -> bool:
    """Title piece ``text`` stops on the particle ``的`` that no word of the dictionary
    ends with there: a title wrapped before the noun it qualifies (``让农家书屋走进新时代的``
    / ``山村（记者手记）``), which no title ends on (``目的``, ``似的`` are words).

    >>> particle_end("让农家书屋走进新时代的"), particle_end("实现目的"), particle_end("新时代")
    (True, False, False)
    """
    words, _ = word_logprobs()
    t = text.rstrip()
    return t.endswith("的") and len(t) > 1 and t[-2:] not in words


def particle_start(text: str) -> bool:
    """Title piece ``text`` opens with the particle ``的`` and no word of the dictionary
    starts there: the rest of a title wrapped after the word the particle follows
    (``我和我`` / ``的老师们``); no title opens on the particle (``的确``, ``的士`` are
    words).

    >>> particle_start("的老师们"), particle_start("的确不易"), particle_start("老师们")
    (True, False, False)
    """
    words, _ = word_logprobs()
    t = text.strip()
    return t.startswith("的") and len(t) > 1 and not any(t[:k] in words for k in range(2, min(len(t), 4) + 1))


def tiny_head(above: list[dict[str, Any]], piece: dict[str, Any], below: dict[str, Any] | None) -> bool:
    """``piece``, of two characters or less, opens the title below it rather than
    closing the one above: its story is the one the piece below fits best, and not
    the one above fits (``…美洲访演启幕`` / ``阜南`` / ``用上大数据，办事更便利``: a
    place set as the first line of its story's title).

    >>> above, below = [{"text": "美洲访演启幕", "_best": 1}], {"text": "用上大数据", "_best": 0}
    >>> tiny_head(above, {"text": "阜南", "_best": 0, "_score": 100.0}, below)
    True
    >>> tiny_head(above, {"text": "启幕", "_best": 1, "_score": 100.0}, below)
    False
    """
    if below is None or piece["_score"] <= 0 or piece["_best"] == above[-1]["_best"]:
        return False
    return bool(below["_best"] == piece["_best"])


def quoted_deck(above: list[dict[str, Any]], piece: dict[str, Any], index: BodyIndex) -> bool:
    """``piece`` is a deck that quotes its story word for word, set under the title
    ``above`` that fits the same story: a sentence (a clause mark inside, at least
    :data:`DECK_MIN` characters) that one story's text holds as it stands, its last
    mark aside (``习近平会见…`` / ``习近平强调，中方高度重视…``). Such a deck is no
    title of another story: one story's words held verbatim name that story alone.
    A title piece ending a sentence (a caption) takes no deck, nor does a piece the
    text holds as it stands (two pull quotes in a row are no title and its deck).

    >>> index = BodyIndex(["市长强调，要把春节活动办好，让群众满意。会见时…", "天气晴"])
    >>> above = [{"text": "市长会见外宾", "_best": 0, "_score": 60.0}]
    >>> quoted_deck(above, {"text": "市长强调，要把春节活动办好", "_best": 0}, index)
    True
    >>> quoted_deck(above, {"text": "市长强调，要把节日办好", "_best": 0}, index)
    False
    """
    deck = _verbatim(piece["text"])
    if len(deck) < DECK_MIN or not _CLAUSE.search(deck) or above[-1]["_best"] != piece["_best"] or piece["_best"] < 0:
        return False
    if ends_sentence(above[-1]["text"].strip()):
        return False
    body = "".join(index.bodies[piece["_best"]].split())
    if _verbatim("".join(x["text"] for x in above)) in body:
        return False  # the piece above is quoted from the text too: a pull quote, not a title
    holders = [k for k, text in enumerate(index.bodies) if deck in "".join(text.split())]
    return holders == [piece["_best"]]


_CLAUSE = re.compile("[，。；：]")


def _verbatim(text: str) -> str:
    """``text`` as a story's text would hold it word for word: no spaces, its last
    mark aside (a deck or pull quote, :func:`quoted_deck` and :func:`fold_decks`).

    >>> _verbatim("要把春节 活动办好。")
    '要把春节活动办好'
    """
    return "".join(text.split()).rstrip("。，；！？")


def usual_count(sizes: list[int]) -> float:
    """The count of units the page's titles usually run to (the median of the first
    cut's ``sizes``), when it says something: :data:`ALIKE_UNITS` or more, or two
    when :data:`ALIKE_SHARE` of the runs have just two (a page of two-line titles,
    headline and subtitle: 蘋果日報's as pypdf reads them); else 0.

    >>> usual_count([4, 4, 3, 5]), usual_count([2, 2, 2, 3]), usual_count([2, 2, 1, 2, 1, 2])
    (4.0, 2, 0)
    """
    med = statistics.median(sizes)
    if med >= ALIKE_UNITS:
        return med
    if med == 2 and sizes.count(2) >= ALIKE_SHARE * len(sizes):
        return 2
    return 0


_BARE_NUMBER = re.compile(r"^[\d.,%％+\-—~～/:：．·\s]+$")


def bare_number(text: str) -> bool:
    """A piece that is only a number (``4.8%``): no title by itself, the rest of the
    title above it, wrapped before its figure (``…同比增`` / ``4.8%``).

    >>> bare_number("4.8%"), bare_number("2019"), bare_number("5G时代")
    (True, True, False)
    """
    return bool(_BARE_NUMBER.match(text.strip()))


_SHARE_FIRST = re.compile(r"^\s*\d+(?:\.\d+)?\s*[%％]")


def share_first(text: str) -> bool:
    """A piece that opens with a percentage (``8.7%实际使用外资…``): a title does not
    start with a bare share; it is the figure the piece above was cut before
    (``…进出口同比增`` / ``8.7%…``), with the rest of the title after it.

    >>> share_first("8.7%实际使用外资同比增"), share_first("2019春运一线"), share_first("5G时代")
    (True, False, False)
    """
    return bool(_SHARE_FIRST.match(text))


MAX_RUN = 6  # title pieces in one headline block (kicker, title, subtitle lines)
RUN_COST = 1.0  # in weighed bigrams (BodyIndex.telling): what one more title must earn


def join_runs(units: list[list[dict[str, Any]]], index: BodyIndex, sizes: list[int] | None = None,
              usual: float = 0.0, usual_units: float = 0.0) -> list[list[dict[str, Any]]]:
    """Cut a sequence of adjacent title pieces into the titles of different stories.

    Headlines set in several lines (``嬤顧6孫`` / ``擠19坪屋苦撐`` / ``憂癌兒病情``…)
    come out as pieces, next to the pieces of other stories' headlines. A dynamic
    programme chooses runs of adjacent pieces that maximise the bigrams the best
    body of each run contains, each weighed by how few bodies show it
    (:meth:`BodyIndex.telling`), less :data:`RUN_COST` a run: pieces of one title
    join (together they fit their story as well as apart), pieces of two titles
    do not (each fits only half of the joined text). A piece that fits no body
    joins the title after it rather than the one before (on a tie the longer last
    run wins): a title opens with its headline, whose words the story repeats less
    than its subtitle's; a sentence (a caption) joins nothing after it, nor does a
    title closed by its column tag (:func:`ends_with_tag`) unless a dash subtitle.
    A column tag or dash subtitle on a line of its own (:func:`continues_title`) opens
    no run: it closes the title above it, whatever story its words fit
    (``营商环境好了 市场主体多了`` / ``（感言·岁末年初看经济（12））``).
    A production credit or a notice's field (``制图：…``, ``投稿邮箱：…``, closing the
    story above the dump) joins no piece on either side. One title's lines are printed
    alike: joining a line drawn twice as a whole (fake bold, ``print`` set by
    ``match_page`` from ``dedupe``'s finds) to one drawn once costs :data:`RESTYLED_COST`
    (``山水快讯`` twice / ``茶园铺就致富路`` once), unless the second is a column tag or
    dash subtitle; a line of which only part was drawn twice says nothing, nor does a
    unit whose own lines are printed unlike (``走好乡村振兴大`` twice / ``道`` once: an extractor
    can keep a lone character's two copies as one).
    A piece that a photo caption stood right before (``after_caption``, set by
    ``segment``; the caption follows its story's title) opens a title, unless
    joining it earns :data:`CAPTION_COST` more: ``…力拼準時畢業`` / ``腦傷女盼擔家計`` /
    (caption) / ``癱父心繫5子…``. With ``usual`` (a title's usual length in
    characters), a run also costs :data:`LENGTH_COST` times its relative distance
    from it; with ``usual_units`` (the usual count of units of a run, when it says
    something: :func:`usual_count`), :data:`COUNT_COST` times its distance from that count.
    ``sizes``, when given, receives the number of units of each run.
    """
    n = len(units)
    texts = ["".join(x["text"] for x in u) for u in units]
    solo = [index.telling(t) for t in texts]
    apart = [k > 0 and (_titles_apart(units[k - 1], units[k], texts[k - 1], texts[k])
                        or _blank_apart(units[k - 1], units[k])) for k in range(n)]
    capt = [bool(u[0].get("after_caption")) for u in units]
    # one title's lines are printed alike: a line drawn twice whole next to one drawn once
    cont = [continues_title(t) for t in texts]  # a column tag or dash subtitle, asked once a unit
    styles = [{x.get("print") for x in u} for u in units]  # a unit of lines printed unlike says nothing
    restyled = [k > 0 and styles[k - 1] | styles[k] == {"twice", "once"} and len(styles[k - 1]) == len(styles[k]) == 1
                and not cont[k] for k in range(n)]
    notice = [credit_line(t) or field_line(t) for t in texts]
    # a bare column tag or dash subtitle opens no title: it closes the piece above it;
    # nor does the second half of a title set as a couplet, marks and all
    # (only where the two may join at all: a unit that may open no run must close one)
    tail = [k > 0 and _adjacent(units[k - 1][-1], units[k][0]) and not notice[k - 1] and not notice[k]
            and ((cont[k] and not ends_sentence(texts[k - 1])) or parallel(texts[k - 1], texts[k])) for k in range(n)]
    dp = [0.0] + [float("-inf")] * n
    back = [0] * (n + 1)
    for i in range(1, n + 1):
        for j in range(i - 1, max(-1, i - 1 - MAX_RUN), -1):
            if j < i - 1 and (not _adjacent(units[j][-1], units[j + 1][0]) or ends_sentence(texts[j])
                              or notice[j] or notice[i - 1]
                              or (ends_with_tag(texts[j]) and not cont[j + 1])):
                break
            if tail[j]:
                continue
            gain = index.telling("".join(texts[j:i])) if j < i - 1 else solo[j]
            gain -= (APART_COST * sum(apart[j + 1:i]) + CAPTION_COST * sum(capt[j + 1:i])
                     + RESTYLED_COST * sum(restyled[j + 1:i]))
            if usual:
                gain -= LENGTH_COST * abs(sum(map(len, texts[j:i])) / usual - 1)
            if usual_units:
                gain -= COUNT_COST * abs(i - j - usual_units)
            if dp[j] + gain - RUN_COST >= dp[i]:
                dp[i], back[i] = dp[j] + gain - RUN_COST, j
    runs: list[list[dict[str, Any]]] = []
    i = n
    while i > 0:
        j = back[i]
        runs.insert(0, [x for u in units[j:i] for x in u])
        if sizes is not None:
            sizes.insert(0, i - j)
        i = j
    return runs


def _blank_apart(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Unit ``b`` stands after a blank line that parts title groups (``apart``, set by
    ``segment``) and the two fit different stories best (or one fits none): two
    stories' titles. Pieces fitting the same story are one title whose lines OCR set
    apart (``彝海结盟`` / blank / ``筑起民族团结的丰碑``)."""
    return bool(b[0].get("apart")) and (a[-1]["_best"] != b[0]["_best"] or a[-1]["_score"] <= 0 or b[0]["_score"] <= 0)


def _titles_apart(a: list[dict[str, Any]], b: list[dict[str, Any]], tail: str, head: str) -> bool:
    """Unit ``b``, right after ``a``, reads as a title of its own: it is closed by its
    column tag with words of its own before it, fits best another story than ``a``
    does (both fit some story), and no word of the dictionary runs across the join
    (``…山村艺术展`` / ``灯火下，别忘了灿烂星光（环球走笔）``; a title wrapped inside a
    word, ``…中国故事创`` / ``作新天地（艺海观澜）``, is one; so is a title set as a
    couplet, :func:`couplet`). ``tail`` and ``head`` are the units' texts.
    """
    if not ends_with_tag(head) or len(untagged(head)) < 6:
        return False
    if a[-1]["_score"] <= 0 or b[0]["_score"] <= 0 or a[-1]["_best"] == b[0]["_best"]:
        return False
    return join_gain(tail, head) < WORD_SPAN and not couplet(tail, untagged(head))


_HAN_PHRASE = re.compile(r"[\u4e00-\u9fff]{4,12}")


def couplet(first: str, second: str) -> bool:
    """Two phrases of as many Han characters, with no mark in either: the two halves
    of one title set as a couplet (``产业兴旺火塘暖`` / ``文明卫生气象新``), whose words
    its story names in different parts.

    >>> couplet("产业兴旺火塘暖", "文明卫生气象新"), couplet("山村艺术展", "灯火下，别忘了灿烂星光")
    (True, False)
    """
    return len(first) == len(second) and bool(_HAN_PHRASE.fullmatch(first)) and bool(_HAN_PHRASE.fullmatch(second))


_SHAPE_HAN = re.compile(r"[\u4e00-\u9fff]")
PARALLEL_MIN = 5  # characters of each half of a couplet with marks, at the least


def parallel(first: str, second: str) -> bool:
    """Two title lines of one shape, marks in the same places and Han characters
    between them, with no sentence mark: the halves of one title set as a couplet
    (``修好“连心桥”`` / ``走稳“致富路”``). Two titles of different stories rarely
    match mark for mark; a shape of Han characters alone says nothing (:func:`couplet`),
    nor does a line printed twice, nor a first line closed by its column tag: that title
    is complete, and the next line of its shape is another column's title.

    >>> parallel("修好“连心桥”", "走稳“致富路”"), parallel("修好“连心桥”", "村民走上致富路")
    (True, False)
    >>> parallel("产业兴旺火塘暖", "文明卫生气象新")
    False
    >>> parallel("在乡音中听见乡愁（人民时评）", "从老街里读懂变迁（学苑论衡）")
    False
    """
    a, b = first.strip(), second.strip()
    shape = _SHAPE_HAN.sub("H", a)
    return (len(a) >= PARALLEL_MIN and a != b and shape == _SHAPE_HAN.sub("H", b) and shape != "H" * len(a)
            and "H" in shape and not SENTENCE_PUNCT.search(a + b) and not ends_with_tag(a))


WORD_SPAN = 1.0  # log-likelihood (lexicon.join_gain): a word runs across the join
APART_COST = 1.5  # weighed bigrams: what joining two titles that read apart (_titles_apart) must earn more
#: weighed bigrams: what joining a line drawn twice whole to one drawn once must earn more (as
#: much as a run costs: 1.25 and 1.5 parted more titles wrongly than they mended, measured)
RESTYLED_COST = 1.0
CAPTION_COST = 1.5  # weighed bigrams: what joining a piece to the one before a photo caption must earn more
#: weighed bigrams a run costs per usual title length by which its own length is off, on a
#: page whose titles are set in several pieces: a piece that fits no story (``4口生計困窘``)
#: then goes with the title it brings to the usual length, not by default with the next one
LENGTH_COST = 1.0
#: weighed bigrams a run costs per unit by which its count of units is off the page's usual
#: count, on a page whose titles are set in :data:`ALIKE_UNITS` pieces or more (蘋果日報's
#: two-line titles with two-line subtitles): a piece that fits two stories goes where
#: both titles keep the usual count (``…「日子再難也要過」`` / ``病父獨養三子`` / ``「不能放棄」``)
COUNT_COST = 0.35
ALIKE_UNITS = 3  # units a page's titles usually run to before their count says anything
ALIKE_SHARE = 0.7  # of a page's titles in two units that make two its titles' count
ALIKE_TITLES = 3  # runs on a page before their usual length says anything


MAX_CUTS = 16  # cut points in one line; more is running text, not glued titles


def split_glued(entries: list[dict[str, Any]], index: BodyIndex, whole: set[str] | None = None) -> list[dict[str, Any]]:
    """Cut a candidate that is several headlines glued on one line.

    Some extractors put the titles of neighbouring stories on one line, with a
    space or none (``县城开通夜间公交专线“空心村”缘何半年变了样``). Cuts at a
    space, before an opening or after a closing quote or bracket are chosen by
    :func:`_cut`, so that a line of three or four titles is cut in one go; so are
    the ends of the lines that ``reflow`` joined into the candidate (``ends``: titles
    dumped one a line after the stories, of widths alike).
    """
    out: list[dict[str, Any]] = []
    lines = sorted({e["text"].strip() for e in entries}, key=len, reverse=True)  # the longest copy first
    for e in entries:
        if e["text"].strip() in (whole or ()):
            out.append(e)  # printed twice as one run of text: one title's line
            continue
        text = e["text"].strip()
        ends = e.get("ends") or []
        pieces = glued_copy(text, lines) or [text]
        parts = [t for piece in pieces for part in after_tags(piece)
                 for t in _cut(part, index, _within(text, part, ends))]
        out.extend({**e, "text": t, **({"after_caption": False} if k else {})} for k, t in enumerate(parts))
    return out


WORD_TAIL = 2  # characters: the most of a wrapped title's word an extractor glues to the next title
WORDS_TAIL = 6  # characters: the most of a wrapped title's last words before a space and the next title


def word_tails(entries: list[dict[str, Any]], index: BodyIndex) -> list[dict[str, Any]]:
    """Give back to a title the last characters of its word that the extractor glued
    to the next title on the line below (``科技馆接待观众八万人`` / ``次山村孩子在家门口
    上学``): the piece below opens with up to :data:`WORD_TAIL` characters that
    complete a word the title above stopped in (:data:`papercli.lexicon.WORD_CUT`),
    and its rest, a whole title of :data:`BARE_PIECE` characters or more, fits another
    story than the title above, both by :data:`SPLIT_MIN` at least, and by
    :data:`GLUE_MARGIN` more than it fits the story above (one title wrapped,
    ``村口的小学刚刚建`` / ``成孩子在家门口上学``, fits one story throughout).
    """
    out = [dict(e) for e in entries]
    for above, e in itertools.pairwise(out):
        if not _adjacent(above, e) or bracket_balance(above["text"]):
            continue
        head_story, head_fit = index.best(above["text"])
        below = e["text"].strip()
        space = below.find(" ")  # the title's last words before the space that parts it from the next
        for k in ([space] if 0 < space <= WORDS_TAIL else []) + list(range(1, WORD_TAIL + 1)):
            tail, rest = below[:k], below[k:].strip()
            if (len(rest) < BARE_PIECE or rest[0] in NO_OPENING or ANY_PUNCT.search(tail)
                    or join_gain(above["text"], tail) < WORD_CUT):
                continue
            story, fit = index.best(untagged(rest))
            clear = fit - index.scores(untagged(rest))[head_story] >= GLUE_MARGIN
            if story != head_story and clear and min(fit, head_fit) >= SPLIT_MIN:
                above["text"], e["text"] = above["text"].rstrip() + tail, rest
                break
    return out


def glued_copy(text: str, lines: list[str]) -> list[str] | None:
    """``text`` cut where it begins or ends with the whole of another candidate line
    of the page (of :data:`BARE_PIECE` characters or more, leaving as many): a title
    printed twice, whose first copy the extractor glued to the title before it
    (``尼日利亚有了首条“双线”铁路向世界展现美丽山西新画卷``, then ``向世界展现美丽山西新画卷``
    alone). The copy shows where that title starts, which the marks in the line do not;
    not where a piece would open with a mark that continues (a label ``2019春运一线`` over
    ``2019春运一线：能帮就帮``).

    >>> glued_copy("尼日利亚有了首条“双线”铁路向世界展现美丽山西新画卷", ["向世界展现美丽山西新画卷"])
    ['尼日利亚有了首条“双线”铁路', '向世界展现美丽山西新画卷']
    >>> glued_copy("向世界展现美丽山西新画卷", ["向世界展现美丽山西新画卷"]) is None
    True
    >>> glued_copy("2019春运一线：能帮就帮", ["2019春运一线"]) is None
    True
    """
    for other in lines:  # the longest first
        if len(other) < BARE_PIECE or len(text) - len(other) < BARE_PIECE:
            continue
        cut = len(text) - len(other) if text.endswith(other) else len(other) if text.startswith(other) else 0
        if cut and text[cut] not in NO_OPENING and text[cut - 1] not in NO_CLOSING:  # no piece opens with ``：``
            return [text[:cut].rstrip(), text[cut:].lstrip()]
    return None


GLUE_MARGIN = 10.0  # points the pieces must fit better, on average, than the whole line


def _within(text: str, part: str, ends: list[int]) -> list[int]:
    """The offsets ``ends`` in ``text`` that fall inside ``part``, a piece of it, as offsets in ``part``."""
    start = text.find(part) if ends else -1
    return [e - start for e in ends if start >= 0 and 0 < e - start < len(part)]


def _cut(text: str, index: BodyIndex, ends: list[int] | None = None) -> list[str]:
    """The best cut of ``text`` into pieces of several titles (see :func:`split_glued`).

    Over every choice of cut points, the pieces' length-weighted mean score is
    maximised, each piece fitting its best body at least :data:`SPLIT_MIN` and
    neighbours fitting different bodies; the cut is made only when that mean
    beats the whole line's score by :data:`GLUE_MARGIN`. A line whose marks give no
    such cut may still be two titles glued with nothing between them (:func:`bare_split`).
    ``ends`` are more cut points: where the lines that make up ``text`` ended. A
    title set as a couplet, cut at one of them into halves of one shape
    (``改造“小棚户”创造“大幸福”``, :func:`parallel`), is one title and is not cut.

    >>> _cut("改造“小棚户”创造“大幸福”", BodyIndex(["棚户区改造让居民住上新房。", "老街创造了大幸福。"]))
    ['改造“小棚户”创造“大幸福”']
    """
    marks = sorted({0, len(text)} | {p for m in GLUE_AT.finditer(text) for p in (m.start(), m.end())} | set(ends or ()))
    if any(parallel(text[:c], text[c:]) for c in marks[1:-1]):
        return [text]
    parts = _best_cut(text, marks, index) if 2 < len(marks) <= MAX_CUTS else None
    if parts is None and 2 < len(marks) <= MAX_CUTS:
        parts = orphan_cut(text, marks[1:-1], index)
    if parts is None and len(text) <= MAX_BARE:
        parts = bare_split(text, index)  # two titles glued with no mark between them
    return parts or [text]


BARE_GAIN = 3.0  # weighed bigrams (BodyIndex.telling) two titles must fit more than the line does
BARE_PIECE = 5  # characters: the least a title glued without a mark keeps (four fit a story by chance)


def bare_split(text: str, index: BodyIndex) -> list[str] | None:
    """Cut a line that is two titles glued with no mark between them
    (``2019春运一线多给他人添“福气”（民生观）``) where its two parts fit two different
    stories (each at least :data:`SPLIT_MIN`, column tags aside), and together fit
    :data:`BARE_GAIN` more of the stories' words than the whole line fits any one
    story (:meth:`BodyIndex.telling`); of such cuts, the one that fits most. A part
    keeps :data:`BARE_PIECE` characters, opens with no mark that closes or continues
    (``，``) and ends with none that opens or runs on; a dash subtitle (``——记…``) is
    one piece.
    """
    if continues_title(text):
        return None
    whole = index.telling(untagged(text))
    best: tuple[float, int] | None = None
    cuts = bare_cuts(text)
    for c in cuts[1:-1]:
        if min(c, len(text) - c) < BARE_PIECE or text[c] in NO_OPENING or text[c - 1] in NO_CLOSING:
            continue
        left, right = untagged(text[:c]), untagged(text[c:])
        gain = index.telling(left) + index.telling(right) - whole  # cheap: asked first
        if gain < BARE_GAIN or (best is not None and gain <= best[0]):
            continue
        (lb, ls), (rb, rs) = index.best(left), index.best(right)
        if lb != rb and ls >= SPLIT_MIN and rs >= SPLIT_MIN:
            best = (gain, c)
    return None if best is None else [text[:best[1]].strip(), text[best[1]:].strip()]


NO_OPENING = frozenset("，。、；：！？,.;:!?" + CLOSERS)  # marks no title opens with
NO_CLOSING = frozenset("，、；：,;:" + OPENERS)  # nor ends with
MAX_BARE = 40  # characters: a line this long or shorter whose marks give no cut is tried anywhere


def bare_cuts(text: str) -> list[int]:
    """Where a line that fits no story may be two titles glued with nothing between
    them (``2019春运一线多给他人添“福气”``): between any two characters outside
    quotes and brackets, leaving :data:`MIN_PIECE` either side.

    >>> bare_cuts("春运一线多给他人")
    [0, 4, 8]
    >>> bare_cuts("一条“福气”的路线")
    [0, 9]
    """
    cuts, depth = [0], 0
    for k, ch in enumerate(text):
        if MIN_PIECE <= k <= len(text) - MIN_PIECE and not depth:
            cuts.append(k)
        depth += (ch in OPENERS) - (ch in CLOSERS)
    return [*cuts, len(text)]


ORPHAN_MIN = 8  # characters: a title that fits no story is a whole one, longer than a kicker


def orphan_cut(text: str, cuts: list[int], index: BodyIndex) -> list[str] | None:
    """Cut ``text`` in two at one of ``cuts`` (its marks) when one piece fits a story
    by :data:`SPLIT_MIN` and by :data:`GLUE_MARGIN` more than the whole line does,
    and the other is a whole title that fits no story at all (under
    :data:`LEFTOVER_MIN`): a title that names no word of its story, glued to the next
    one (``“破烂王”变干净了“四海同春”美洲访演启幕``). Each piece keeps
    :data:`BARE_PIECE` characters, the one that fits no story :data:`ORPHAN_MIN`, its
    brackets closed and no sentence mark. Of such cuts, the one whose fitting piece
    fits best.

    >>> index = BodyIndex(["当地时间2月9日，四海同春艺术团在美洲访演，演出启幕。"])
    >>> orphan_cut("“破烂王”变干净了“四海同春”美洲访演启幕", [0, 5, 9, 15], index)
    ['“破烂王”变干净了', '“四海同春”美洲访演启幕']
    """
    whole = max(index.scores(text), default=0.0)
    best: tuple[float, int] | None = None
    for c in cuts:
        left, right = text[:c].strip(), text[c:].strip()
        if min(len(left), len(right)) < BARE_PIECE or any(bracket_balance(x) or ANY_PUNCT.search(x) for x in (left, right)):
            continue
        (_, a), (_, b) = index.best(left), index.best(right)
        good, orphan = max(a, b), min(a, b)
        if len(left if a < b else right) < ORPHAN_MIN:
            continue  # a kicker's few words (``稚兒喚癱母``) name no word of their story either
        if orphan < LEFTOVER_MIN and good >= max(SPLIT_MIN, whole + GLUE_MARGIN) and (best is None or good > best[0]):
            best = (good, c)
    return None if best is None else [text[:best[1]].strip(), text[best[1]:].strip()]


def _best_cut(text: str, cuts: list[int], index: BodyIndex) -> list[str] | None:
    """The pieces of ``text`` cut at some of ``cuts`` that :func:`_cut` makes, or None."""

    def fit(i: int, j: int) -> tuple[float, int] | None:
        piece = text[cuts[i]:cuts[j]].strip()
        if len(piece) < MIN_PIECE:
            return None
        b, score = index.best(piece)
        return (score, b) if score >= SPLIT_MIN else None

    n = len(cuts)
    fits = {(i, j): fit(i, j) for i in range(n) for j in range(i + 1, n)}
    # best[j][b]: (weighted score, path) of text[:cuts[j]] cut into pieces, the last fitting body b
    best: list[dict[int, tuple[float, list[int]]]] = [{-1: (0.0, [0])}] + [{} for _ in range(n - 1)]
    for j in range(1, n):
        for i in range(j):
            f = fits[(i, j)]
            if f is None:
                continue
            score, body = f
            weight = cuts[j] - cuts[i]
            for prev_body, (total, path) in best[i].items():
                if prev_body == body:
                    continue
                cand = (total + score * weight, [*path, j])
                if body not in best[j] or cand[0] > best[j][body][0]:
                    best[j][body] = cand
    if not best[n - 1]:
        return None
    total, path = max(best[n - 1].values())
    whole = max(index.scores(text), default=0.0)
    if len(path) <= 2 or total / len(text) < whole + GLUE_MARGIN:
        return None
    return [text[cuts[a]:cuts[b]].strip() for a, b in itertools.pairwise(path)]


def _set_titles(art: Article, pieces: list[str]) -> None:
    """The first piece is the headline; the others, joined, the subheadline.

    A piece that continues an open bracket, is a tiny tail, or carries on a word or a
    term the line before stopped in (:func:`wrapped_in_word`) belongs to the headline
    itself (it was one title wrapped over lines).
    """
    head = pieces[0]
    rest: list[str] = []
    for p in pieces[1:]:
        if not rest and (bracket_balance(head) > 0 or len(p.strip()) <= 2 or wrapped_in_word(head, p)):
            head += p
        else:
            rest.append(p)
    art.headline = head
    if art.subheadline:  # a deck found with the titles (:mod:`papercli.decks`) goes after the title's own
        rest.append(art.subheadline)
    art.subheadline = "".join(rest) or None


def lend_titles(groups: list[list[dict[str, Any]]], pairs: dict[int, int], index: BodyIndex) -> bool:
    """Give a story left without a title the first (or last) pieces of a title run
    that fit it better than the story the run was given.

    A short title whose story hardly repeats it (``一人入党`` / ``全家争先``) joins
    the title next to it when runs are cut (:func:`join_runs`), or is glued to it on
    one line (``一人入党 全家争先 新农民，打开致富新视野（纵深）``), and the joined run
    goes to the other story. When those pieces alone fit an untitled story by
    :data:`LEFTOVER_MIN` and better than the run's story, and the rest still fits
    its story by :data:`MIN_HEADLINE`, they become the untitled story's title. So
    do whole first pieces that fit the run's story better but add nothing to its
    fit (``坚守科技一线的人们`` before ``科幻成为中国故事创作新天地（艺海观澜）``). The
    title that keeps the story must be known whole (closed by its column tag or dash
    subtitle): a headline and its deck are never parted.
    Returns whether any title was lent (``groups`` and ``pairs`` are updated).
    """
    untitled = set(range(len(index.bodies))) - set(pairs.values())
    lent = False
    for gi, ai in list(pairs.items()):
        best: tuple[float, int, tuple[int, int], bool] | None = None  # fit, story, cut, lends the first pieces
        for k, p in title_cuts([x["text"] for x in groups[gi]]):
            heads, tails = ([x["text"] for x in part] for part in part_run(groups[gi], k, p))
            if continues_title(tails[0]):
                continue
            # only a title known to be whole stays (closed by its column tag or dash
            # subtitle): a headline is never parted from its deck
            sides = []
            if any(ends_with_tag(t) for t in tails):
                sides.append(True)  # the first pieces can go
            if ends_with_tag(heads[-1]) or tails[0].startswith("——"):
                sides.append(False)  # the last pieces can go
            for first in sides:
                head, tail = "".join(heads), "".join(tails)
                part, rest = (head, tail) if first else (tail, head)
                kept = index.scores(rest)[ai]
                if kept < MIN_HEADLINE:
                    continue  # what is left no longer names the story
                ps = index.scores(part)
                alone = first and p == 0 and kept >= index.scores(head + tail)[ai]
                for y in untitled:
                    if ps[y] >= LEFTOVER_MIN and (ps[y] > ps[ai] or alone) and (best is None or ps[y] > best[0]):
                        best = (ps[y], y, (k, p), first)
        if best is None:
            continue
        _, y, (k, p), first = best
        before, after = part_run(groups[gi], k, p)
        part_g, rest_g = (before, after) if first else (after, before)
        groups[gi] = rest_g
        groups.append(part_g)
        pairs[len(groups) - 1] = y
        untitled.discard(y)
        lent = True
    return lent


def merge_untitled(arts: list[Article], pairs: dict[int, int], matrix: list[list[float]],
                   roundups: set[int] | None = None) -> dict[int, Article]:
    """Join a story left without a title to the titled story next to it that opens
    with the same dateline, when that title fits it too (:data:`MIN_HEADLINE`): one
    story filed in two parts (``本报北京1月31日电`` … 李克强 met …,
    ``本报北京1月31日电`` … 栗战书 met …, under one title naming both), not two
    stories. A story closed by its byline is not continued. An untitled tail
    (:func:`stray_tail`) joins the titled story before it, and an item after a
    roundup titled by its label (``roundups``, by ``id``: :func:`roundups.roundup_item`)
    joins the roundup. ``pairs`` is renumbered; returns the joined stories by the
    ``id`` of each one absorbed.
    """
    owner = {ai: gi for gi, ai in pairs.items()}
    absorbed: dict[int, Article] = {}
    for ai in range(len(arts) - 1, -1, -1):
        if ai in owner or not arts[ai].paragraphs:
            continue
        fits = [(matrix[owner[nb]][ai], nb) for nb in (ai - 1, ai + 1)
                if 0 <= nb < len(arts) and nb in owner and matrix[owner[nb]][ai] >= MIN_HEADLINE]
        # the same dateline twice; a byline ends its story
        fits = [(f, nb) for f, nb in fits if same_filing(arts[ai].dateline, arts[nb].dateline)
                and not arts[min(ai, nb)].byline]
        if fits:
            _, nb = max(fits)
        elif ai - 1 in owner and (stray_tail(arts[ai], arts[ai - 1], arts[ai + 1] if ai + 1 < len(arts) else None)
                                  or (id(arts[ai - 1]) in (roundups or ()) and roundup_item(arts[ai], arts[ai - 1]))
                                  or dated_item(arts[ai], arts[ai - 1])):
            nb = ai - 1
        elif ai > 0 and ai - 1 not in owner and items_of_one_roundup(arts[ai - 1], arts[ai]):
            nb = ai - 1
        else:
            continue
        first, second = (arts[nb], arts[ai]) if nb < ai else (arts[ai], arts[nb])
        keep = arts[nb]
        printed = first.printed_byline()
        signed = [printed] if printed and second.byline else []  # both signed: the first stays where it stood
        keep.paragraphs = [*first.paragraphs, *signed, *second.paragraphs]
        keep.dateline, keep.byline = first.dateline, second.byline or first.byline
        keep.byline_first = (second if second.byline else first).byline_first
        keep.captions = first.captions + second.captions
        absorbed[id(arts[ai])] = keep
        del arts[ai]
        owner = {(a - 1 if a > ai else a): gi for a, gi in owner.items()}
    pairs.clear()
    pairs.update({gi: ai for ai, gi in owner.items()})
    return absorbed


def same_filing(a: str | None, b: str | None) -> bool:
    """Two datelines of one story filed in parts: the same dateline, or the same day
    from two places by the same paper (``本报约翰内斯堡2月14日电`` and ``本报东京2月14日电``;
    ``新华社北京1月31日电`` is another story than ``本报北京1月31日电``).

    >>> same_filing("本报约翰内斯堡2月14日电", "本报东京2月14日电"), same_filing("本报北京2月1日电", "本报北京2月2日电")
    (True, False)
    >>> same_filing("本报北京1月31日电", "新华社北京1月31日电")
    False
    >>> same_filing("本报讯", "本报讯"), same_filing(None, None)
    (True, False)
    """
    if not a or not b:
        return False
    da, db = DATE_RE.findall(a), DATE_RE.findall(b)
    return a == b or (bool(da) and da == db and a[:2] == b[:2])


STRAY_FIT = 20.0  # of a stray paragraph's bigrams in the story before it, in percent
STRAY_MARGIN = 2.0  # times its share in the story after it


def stray_tail(a: Article, before: Article, after: Article | None) -> bool:
    """Story ``a``, left without a title, is the tail of the titled story ``before``:
    the page's production credits alone (``制图：蔡华伟``, after the story's closing
    dateline), or one paragraph without a dateline that shares at least
    :data:`STRAY_FIT` of its bigrams with that story and :data:`STRAY_MARGIN` times
    more than with the story after it (a note on the person interviewed, after the
    note that closed the interview: ``（王明采访整理）`` / ``李华，1970年出生于…``).

    >>> before = Article(paragraphs=["李华演了三十年黄梅戏，她说黄梅戏要守正创新。", "（王明采访整理）"])
    >>> stray_tail(Article(paragraphs=["李华，1970年出生，黄梅戏演员。"]), before, None)
    True
    >>> stray_tail(Article(paragraphs=["制图：张丹峰"]), before, None)
    True
    >>> stray_tail(Article(paragraphs=["春运首日，铁路发送旅客一千万人次。"]), before, None)
    False
    """
    if a.paragraphs and all(credit_line(p) for p in a.paragraphs):
        return True
    if len(a.paragraphs) != 1 or a.dateline or a.byline:
        return False
    g = grams(a.paragraphs[0])
    fit = containment(g, "".join(before.paragraphs))
    return fit >= STRAY_FIT and fit >= STRAY_MARGIN * containment(g, "".join(after.paragraphs) if after else "")


_SPECK = re.compile(r"[A-Za-z|/\\_~^`'\-.,:;!]{1,2}")


def ocr_speck(text: str) -> bool:
    """A title candidate of one or two Latin letters or marks alone (``Ia``, ``|``):
    on a Chinese page that is OCR reading a speck of a photo or a rule as text, not a
    kicker. It goes out as a fragment of its own (nothing is dropped), never into a
    title, where it would spoil the title it joined.

    >>> ocr_speck("Ia"), ocr_speck(" | "), ocr_speck("5G"), ocr_speck("标题")
    (True, True, False, False)
    """
    return bool(_SPECK.fullmatch(text.strip()))


def stray_heads(arts: list[Article]) -> None:
    """The first paragraph of a story goes back to the end of the story before it,
    which ended with its closing note, when it is a production credit (``制图：蔡华伟``)
    or a note on a person: a name, a comma and the year the person was born
    (``李华，1970年出生于…``), sharing the story's words as a stray tail does
    (:func:`stray_tail`). Such a note follows the note that closed an interview
    (``（王明采访整理）``) and was set in the column the next story goes on in.

    >>> before = Article(paragraphs=["黄梅戏演员李华演了三十年黄梅戏。", "（王明采访整理）"])
    >>> after = Article(paragraphs=["李华，1970年出生，黄梅戏演员。", "春运首日，铁路发送旅客一千万人次。"])
    >>> stray_heads([before, after]); [len(before.paragraphs), after.paragraphs]
    [3, ['春运首日，铁路发送旅客一千万人次。']]
    """
    for a, b in itertools.pairwise(arts):
        if len(b.paragraphs) < 2 or b.dateline or not a.paragraphs or not closes_story(a.paragraphs[-1]):
            continue
        head = b.paragraphs[0]
        person = bool(_NAME_FIRST.match(head) and _BORN.search(head))
        if credit_line(head) or (person and stray_tail(Article(paragraphs=[head]), a, Article(paragraphs=b.paragraphs[1:]))):
            a.paragraphs.append(b.paragraphs.pop(0))


_NAME_FIRST = re.compile(f"[{CJK}]{{2,4}}，")  # a name, then a comma, opening a paragraph
_BORN = re.compile(r"[0-9０-９]{4}年(?:出)?生")  # the year a person was born


def adopt_neighbours(groups: list[list[dict[str, Any]]], pairs: dict[int, int]) -> None:
    """An unattached title right next to an attached one, fitting the same body best,
    is its kicker or subtitle (a weak one alone, it is clear beside its partner);
    not when the first of the two is closed by its column tag and the second is no
    dash subtitle: those are two titles (``以刀为笔 琢砚生花（工匠绝活）`` /
    ``灯火下，别忘了灿烂星光（环球走笔）``, whose story ran into the other); nor when
    both are runs of several pieces, each a headline with its subtitle already
    (``癱父心繫5子 咬牙復健`` / ``自責無力扛家…`` beside ``「化療如轟炸」 癌婦硬撐`` /
    ``孩子沒零用錢母…``): a kicker or a subtitle is one piece."""
    for gi in range(len(groups)):
        if gi in pairs or not groups[gi]:
            continue
        g = groups[gi]
        for nb in (gi - 1, gi + 1):
            if nb not in pairs or not groups[nb] or g[0]["_best"] != pairs[nb] or g[0]["_score"] <= 0:
                continue
            first, second = (groups[nb], g) if nb < gi else (g, groups[nb])
            if ends_with_tag("".join(x["text"] for x in first)) and not continues_title(second[0]["text"]):
                continue
            if len(g) > 1 and len(groups[nb]) > 1:
                continue
            if nb == gi - 1 and g[0]["pos"] - groups[nb][-1]["pos"] <= 1:
                groups[nb].extend(g)
            elif nb == gi + 1 and groups[nb][0]["pos"] - g[-1]["pos"] <= 1:
                groups[nb][:0] = g
            else:
                continue
            groups[gi] = []
            break


LEFTOVER_MIN = 15.0  # half of MIN_HEADLINE: enough between a title and a story both left alone


def leftover_pairs(groups: list[list[dict[str, Any]]], pairs: dict[int, int],
                   matrix: list[list[float]]) -> dict[int, int]:
    """Titles and stories that the assignment left alone, paired among themselves at
    :data:`LEFTOVER_MIN`: a story without a title and a title without a story on one
    page most likely belong together, even when they share few words (a feature's
    title need not repeat its text). Sentences (captions) take no part.

    >>> g = [[{"text": "重傷兒綁床"}], [{"text": "圖說。"}]]
    >>> leftover_pairs(g, {}, [[20.0, 40.0], [50.0, 0.0]]), leftover_pairs(g, {}, [[10.0, 0.0], [50.0, 0.0]])
    ({0: 1}, {})
    """
    taken = set(pairs.values())
    rows = [gi for gi, g in enumerate(groups) if gi not in pairs and g
            and not ends_sentence("".join(x["text"] for x in g))]
    cols = [ai for ai in range(len(matrix[0]) if matrix else 0) if ai not in taken]
    if not rows or not cols:
        return {}
    sub = assign([[matrix[gi][ai] for ai in cols] for gi in rows], LEFTOVER_MIN)
    return {rows[r]: cols[c] for r, c in sub.items()}


def last_pair(groups: list[list[dict[str, Any]]], pairs: dict[int, int], matrix: list[list[float]],
              bodies: list[str]) -> dict[int, int]:
    """Of the titles left alone once those that fit a story were given, the one that
    fits no story at all (under :data:`LEFTOVER_MIN`), and the one story still
    untitled after untitled stories joined their neighbours (:func:`merge_untitled`):
    paired, when the title holds two Han characters or more and the story is more
    than a snippet. A label that names no words of its story (``图片报道``, ``数读``)
    can only be placed by elimination; a title that fits some story is a piece of one
    or a caption's, not this story's by default, and sentences take no part.

    >>> story = ["春联", "江边晨练的市民沿着新修的滨江步道慢跑，远处的渡船缓缓驶过。" * 3]
    >>> last_pair([[{"text": "春联送到家"}], [{"text": "图片报道"}]], {0: 0}, [[80.0, 5.0], [0.0, 3.0]], story)
    {1: 1}
    >>> last_pair([[{"text": "春联送到家"}], [{"text": "送春联"}]], {0: 0}, [[80.0, 5.0], [40.0, 3.0]], story)
    {}
    """
    if not matrix or not matrix[0]:
        return {}
    rows = [gi for gi, g in enumerate(groups) if gi not in pairs and g and max(matrix[gi]) < LEFTOVER_MIN
            and not ends_sentence("".join(x["text"] for x in g))]
    taken = set(pairs.values())
    cols = [ai for ai in range(len(matrix[0])) if ai not in taken]
    if len(rows) != 1 or len(cols) != 1:
        return {}
    title = "".join(x["text"] for x in groups[rows[0]])
    if len(_HAN.findall(title)) < 2 or len(bodies[cols[0]]) < SNIPPET:
        return {}  # a mark or a lone credit word is no title, a snippet no story
    return {rows[0]: cols[0]}


def _matrix(groups: list[list[dict[str, Any]]], index: BodyIndex) -> list[list[float]]:
    """Score of every title group against every body: the better of the whole
    group and of its best piece but a bare column tag (a long subtitle can dilute a
    clear title; a tag's words are the column's, not the story's), plus
    :data:`BEFORE_BONUS` for the story the group stands right before."""
    matrix: list[list[float]] = []
    for g in groups:
        row = index.scores("".join(x["text"] for x in g))
        if len(g) > 1:
            for x in g:
                if untagged(x["text"]).strip():  # a column tag alone (``（观点）``) names no story
                    row = [max(a, b) for a, b in zip(row, index.scores(x["text"]), strict=True)]
        before = g[0].get("before") if g else None
        if before is not None and 0 <= before < len(row):
            row[before] += BEFORE_BONUS
        ties = char_affinity("".join(untagged(x["text"]) for x in g), index.bodies, index.char_counts())
        matrix.append([v + t if v > 0 else v for v, t in zip(row, ties, strict=True)])
    return matrix


def char_affinity(title: str, bodies: list[str], counts: list[Counter[str]] | None = None) -> list[float]:
    """For each body, up to :data:`CHAR_TIE`: how much it uses the title's Han
    characters, each by its share of the body's characters against its share in all
    the bodies (capped at twice). ``_matrix`` adds it to a story's score where the title
    fits that story at all, which breaks a tie between two stories whose character pairs
    the title fits alike (a title of snow that fits a story of snow and a memoir by one
    pair each: the first uses ``雪`` far more). ``counts``: each body's ``Counter``, when
    the caller has them (``_matrix`` takes them from its index, counted once an index).

    >>> bodies = ["腊月里赶集，年货摆满了集市，集上人多。", "大雪下个不停，路上积雪很厚。"]
    >>> [round(x, 2) for x in char_affinity("赶年集", bodies)]
    [0.87, 0.0]
    """
    chars = set(_HAN.findall(title))
    sizes = [max(1, len(b)) for b in bodies]
    total = sum(sizes)
    if not chars or not bodies:
        return [0.0] * len(bodies)
    if counts is None:
        counts = [Counter(b) for b in bodies]
    overall = {c: sum(x[c] for x in counts) / total for c in chars}
    out = []
    for x, size in zip(counts, sizes, strict=True):
        lift = [x[c] / size / overall[c] for c in chars if overall[c] > 0]
        share = sum(min(v, 2.0) for v in lift) / (2.0 * len(chars)) if lift else 0.0
        out.append(CHAR_TIE * share)
    return out


def _set_repeats_apart(groups: list[list[dict[str, Any]]]) -> tuple[list[list[dict[str, Any]]], list[dict[str, Any]]]:
    """The titles without the second print of one (fake bold drawn as a second line,
    apart from the first when the extractor glued that to another title), and the
    pieces of those repeats: a repeat would be taken for another story's title and
    cut a story in two for it. The caller keeps the repeats as loose headlines.

    >>> kept, repeats = _set_repeats_apart([[{"text": "春联送到家"}], [{"text": "书屋"}], [{"text": "春联送到家"}]])
    >>> [[x["text"] for x in g] for g in kept], [x["text"] for x in repeats]
    ([['春联送到家'], ['书屋']], ['春联送到家'])
    """
    seen: set[str] = set()
    out: list[list[dict[str, Any]]] = []
    repeats: list[dict[str, Any]] = []
    for g in groups:
        key = "".join("".join(x["text"].split()) for x in g)
        if key in seen and len(key) >= 4:
            repeats.extend(g)
            continue
        seen.add(key)
        out.append(g)
    return out, repeats


def _joined_on_a_cut_story(groups: list[list[dict[str, Any]]], before: list[tuple[Article, int]],
                           index: BodyIndex) -> list[int]:
    """The title runs whose pieces were joined because they fitted one story best
    that has since been cut in two, and whose pieces now fit different stories best
    (``before``: the stories and their paragraph counts when the pieces were joined;
    a cut story keeps its first part)."""
    cut = {i for i, (a, n) in enumerate(before) if len(a.paragraphs) != n}
    out = []
    for gi, g in enumerate(groups):
        if len(g) > 1 and any(x.get("_best") in cut for x in g):
            bests = {b for b, score in map(index.best, (x["text"] for x in g)) if score > 0}
            if len(bests) > 1:
                out.append(gi)
    return out


def _rejoined(groups: list[list[dict[str, Any]]], affected: list[int], index: BodyIndex) -> list[list[dict[str, Any]]]:
    """``groups`` with the runs ``affected`` and their neighbours joined anew from
    their pieces (copies: the pieces of the groups as they are keep their fits)."""
    lo, hi = max(0, min(affected) - 1), min(len(groups), max(affected) + 2)
    pieces = [dict(x) for g in groups[lo:hi] for x in g]
    return [*groups[:lo], *merge_pieces(pieces, index), *groups[hi:]]


def _total(matrix: list[list[float]], pairs: dict[int, int]) -> float:
    """The summed fit of an assignment of titles to stories."""
    return sum(matrix[gi][ai] for gi, ai in pairs.items())


def match_page(page: Page) -> Page:
    """Stage ``match``: give each article its headline(s) and captions."""
    segment_page(page)
    if page.matched:
        return page
    parted = note_labels_apart(page) if page.lang == "zh" else 0  # ``微阅读 编者按``: two titles
    if parted:
        page.record_fix("note_labels_apart", "", "", parted)
    boxes = gather_briefs(page) if page.lang == "zh" else []  # set aside: put back once the rest is matched
    if boxes:
        page.record_fix("gather_briefs", boxes[0][0].paragraphs[0], "", len(boxes))
    notes = part_labelled_notes(page) if page.lang == "zh" else []  # the same
    if notes:
        page.record_fix("part_labelled_notes", notes[0][0].paragraphs[0], "", len(notes))
    arts = page.articles if page.articles is not None else []  # the page's own list: boxes are put back in it
    stray_heads(arts)
    index = BodyIndex([_body(a) for a in arts])
    # each caption's story by identity: splits and merges below renumber the stories
    owners = [arts[o] if 0 <= o < len(arts) else None
              for o in page.caption_owners or [-1] * len(page.pending_captions)]
    specks = [e for e in page.pending_headlines if page.lang == "zh" and ocr_speck(e["text"])]
    heads = [e for e in page.pending_headlines if e not in specks]
    page.loose.extend(Loose("fragment", e["text"]) for e in specks)
    entries = word_tails(split_glued(heads, index, page.whole), index) if arts else heads
    for e in entries:
        e["print"] = printed(e["text"], page.whole, page.bold)
    next_stories = stories_next(entries, arts)
    groups, repeats = _set_repeats_apart(merge_pieces(entries, index)) if arts else ([[e] for e in entries], [])
    matrix = _matrix(groups, index) if arts else []
    pairs = assign(matrix, MIN_HEADLINE) if arts and groups else {}
    before = [(a, len(a.paragraphs)) for a in arts]  # the stories as the title pieces were joined against them
    for _ in range(len(groups)):
        if not split_for_headlines(arts, groups, pairs, index) and not split_at_seam(arts, groups, pairs, index):
            break
        index = BodyIndex([_body(a) for a in arts], index)
        matrix = _matrix(groups, index)
        pairs = assign(matrix, MIN_HEADLINE)
    affected = _joined_on_a_cut_story(groups, before, index)
    if affected:  # those pieces are joined anew against the stories now apart
        regrouped = _rejoined(groups, affected, index)
        rematrix = _matrix(regrouped, index)
        repairs = assign(rematrix, MIN_HEADLINE)
        if _total(rematrix, repairs) >= _total(matrix, pairs):
            groups, matrix, pairs = regrouped, rematrix, repairs
    page.loose.extend(Loose("headline", x["text"]) for x in repeats)
    if lend_titles(groups, pairs, index):
        matrix = _matrix(groups, index)
    for _ in range(len(arts)):
        if not lend_glued(groups, pairs, index, MIN_HEADLINE):
            break
        matrix = _matrix(groups, index)
    adopt_neighbours(groups, pairs)
    labels = labels_apart(groups, pairs, arts, next_stories)
    pairs.update(leftover_pairs(groups, pairs, matrix))
    roundups = lend_labels(groups, pairs, arts, matrix)
    absorbed = merge_untitled(arts, pairs, matrix, roundups)
    if absorbed:  # the stories are renumbered: measure the titles against them again
        index = BodyIndex([_body(a) for a in arts], index)
        matrix = _matrix(groups, index)
    pairs.update(last_pair(groups, pairs, matrix, index.bodies))
    lent = lend_by_elimination(groups, pairs, index, MIN_HEADLINE, LEFTOVER_MIN)
    if lent:
        pairs.update(lent)
        matrix = _matrix(groups, index)
    for gi, g in enumerate(groups):
        if gi in pairs:
            art = arts[pairs[gi]]
            _set_titles(art, [x["text"] for x in g])
            art.headline_score = round(min(100.0, matrix[gi][pairs[gi]]) / 100, 3)
    for gi, g in enumerate(groups):  # once every story has its titles: a candidate left alone
        if gi not in pairs and g:
            story = _joined(next_stories.get(id(g[0])) if len(g) == 1 else None, absorbed)  # the one it stood before
            if story is not None and any(a is story for a in arts) and box_label(g[0]["text"], story):
                story.paragraphs.insert(0, g[0]["text"].strip())
            else:
                page.loose.extend(Loose("headline", x["text"]) for x in g)
    for text, label_of in labels:  # a box's label given to another story: back to the one it heads
        story = _joined(label_of, absorbed)
        if story is not None and any(a is story for a in arts):
            story.paragraphs.insert(0, text)
        else:
            page.loose.append(Loose("headline", text))
    fold_decks(arts)
    put_back(arts, notes + boxes, lambda story: _joined(story, absorbed))
    reporter_bylines(arts)  # once the splits above have settled each story's paragraphs
    where = {id(a): i for i, a in enumerate(arts)}
    for cap, owner in zip(page.pending_captions, owners, strict=False):
        story = _joined(owner, absorbed)
        target = _caption_target(cap, where.get(id(story), -1), arts, index)
        if target is None:
            page.loose.append(Loose("caption", cap.text, cap.credit, cap.mark))
        else:
            arts[target].captions.append(cap)
    page.pending_headlines, page.pending_captions, page.caption_owners = [], [], []
    page.matched = True
    return page




def _joined(story: Article | None, absorbed: dict[int, Article]) -> Article | None:
    """``story``, or the story it was joined into (:func:`merge_untitled`'s ``absorbed``,
    by ``id``), followed as far as it goes."""
    while story is not None and id(story) in absorbed:
        story = absorbed[id(story)]
    return story


def printed(text: str, whole: set[str], bold: set[str]) -> str:
    """How ``dedupe`` found a title line printed: ``"twice"`` as a whole line (fake
    bold), ``"part"`` when a piece of it was drawn twice (or it is part of such a
    piece), else ``"once"``.

    >>> printed("快讯", {"快讯"}, {"快讯"}), printed("■网络消费■", set(), {"网络消费■"}), printed("茶园", set(), set())
    ('twice', 'part', 'once')
    """
    t = text.strip()
    if t in whole:
        return "twice"
    return "part" if any(b in t or t in b for b in bold if len(b) >= 2) else "once"


def stories_next(entries: list[dict[str, Any]], arts: list[Article]) -> dict[int, Article]:
    """Each candidate that stood last before a story's text, with no other candidate
    between them (by identity of the candidate): the story it heads in print.

    >>> a = Article(["正文。"])
    >>> e = [{"text": "标题", "pos": 1, "before": 0}, {"text": "核心阅读", "pos": 2, "before": 0}]
    >>> [x["text"] for x in e if id(x) in stories_next(e, [a])]
    ['核心阅读']
    """
    last: dict[int, dict[str, Any]] = {}
    for e in entries:
        k = e.get("before")
        if k is not None and 0 <= k < len(arts) and (k not in last or e["pos"] > last[k]["pos"]):
            last[k] = e
    return {id(e): arts[k] for k, e in last.items()}


def box_label(text: str, story: Article) -> bool:
    """``text``, a candidate no title was made of, set right before ``story``'s text, is
    the label of the box that opens it (``核心阅读`` / ``贫困户…``): a few Han characters
    (:data:`LABEL_MAX`), no mark, no reporter's role awaiting a name
    (:func:`signals.role_last`) and no two characters in a row that the story's text
    tells (a title's piece names its story's words), while the story has its title from
    elsewhere. An extractor that sets titles in place (pdfminer) leaves such a label
    among them; it goes back to the story as its first paragraph, not out as a
    headline of its own.

    >>> box_label("核心阅读", Article(["贫困户…"], headline="我想成为这样的人"))
    True
    >>> box_label("核心阅读", Article(["贫困户…"])), box_label("找准新需求，做好", Article([], headline="x"))
    (False, False)
    >>> box_label("脚步不停", Article(["脱贫的脚步不停歇。"], headline="脱贫之路"))
    False
    """
    return bool(story.headline) and label_shaped(text, story)


def label_shaped(text: str, story: Article) -> bool:
    """:func:`box_label` but for the story's title: a few Han characters, no mark, no
    role awaiting a name, and no two characters in a row that ``story`` tells.

    >>> label_shaped("核心阅读", Article(["贫困户…"])), label_shaped("脚步不停", Article(["脱贫的脚步不停歇。"]))
    (True, False)
    """
    t = text.strip()
    if len(t) > LABEL_MAX or not _ALL_HAN.fullmatch(t) or role_last(t):
        return False
    told = "".join(story.paragraphs)
    return not any(t[i:i + 2] in told for i in range(len(t) - 1))


def labels_apart(groups: list[list[dict[str, Any]]], pairs: dict[int, int], arts: list[Article],
                 next_stories: dict[int, Article]) -> list[tuple[str, Article]]:
    """Title candidates given to one story that stood right before the text of
    another story, which has a title of its own, and read as a box's label there
    (:func:`label_shaped`: ``核心阅读`` at the top of a page whose titles come after the
    bodies, fitting another story only by a common word such as ``核心``): taken out
    of the titles (their groups emptied, their pairs dropped), so the story they
    were given may get its own title, and returned with the story they head, whose
    first paragraph they become once the titles are settled.

    >>> first, second = Article(["隋文静和韩聪夺冠。"]), Article(["科研人员坚守一线，攻克核心技术。"])
    >>> groups = [[{"text": "核心阅读"}], [{"text": "备战冬奥会"}], [{"text": "坚守科技一线"}]]
    >>> pairs = {0: 1, 1: 0}
    >>> [(t, s is first) for t, s in labels_apart(groups, pairs, [first, second], {id(groups[0][0]): first})]
    [('核心阅读', True)]
    >>> pairs, groups[0]
    ({1: 0}, [])
    """
    out: list[tuple[str, Article]] = []
    for gi in sorted(pairs):
        g = groups[gi]
        story = next_stories.get(id(g[0])) if len(g) == 1 else None
        if story is None or arts[pairs[gi]] is story:
            continue
        titled = any(arts[ai] is story for gj, ai in pairs.items() if gj != gi)
        if titled and label_shaped(g[0]["text"], story):
            out.append((g[0]["text"].strip(), story))
            groups[gi] = []
            del pairs[gi]
    return out


_ALL_HAN = re.compile(f"[{CJK}]+")


def fold_decks(arts: list[Article]) -> None:
    """An untitled story of one paragraph that another story's text holds word for
    word (its last mark aside) is that story's deck, dumped with the titles (``习近平
    强调，…`` under ``习近平会见…``): it becomes that story's subheadline when it has
    none, and no story of its own. Nothing is dropped: the deck's words stay printed.

    >>> arts = [Article(paragraphs=["会见时强调，要把春节活动办好。希望大家满意。"], headline="会见"),
    ...         Article(paragraphs=["会见时强调，要把春节活动办好"])]
    >>> fold_decks(arts); [(a.headline, a.subheadline) for a in arts]
    [('会见', '会见时强调，要把春节活动办好')]
    """
    titled = [(b, "".join(_body(b).split())) for b in arts if b.headline]  # their text without spaces, once
    for k in range(len(arts) - 1, -1, -1):
        a = arts[k]
        if a.headline or len(a.paragraphs) != 1 or a.captions or a.byline or a.dateline:
            continue
        deck = _verbatim(a.paragraphs[0])
        if len(deck) < DECK_MIN:
            continue
        homes = [b for b, text in titled if deck in text]
        if len(homes) == 1 and not homes[0].subheadline:
            homes[0].subheadline = a.paragraphs[0].strip()
            del arts[k]


#: a name right before where its bearer stands in the photo: ``黃森煌（左一）``
_PICTURED = re.compile(rf"([\u4e00-\u9fff]{{2,3}})(?={POSITION_MARK.pattern})")


def named_in(caption: str, bodies: list[str]) -> list[int]:
    """The stories that alone name a person the caption places in its photo: a name
    before a position mark (``黃森煌（左一）``) found in one story's text only.

    >>> named_in("黃森煌（左一）說覺得難為情", ["丈夫黃森煌中風。", "阿梅說。"])
    [0]
    >>> named_in("阿美（左）笑了", ["阿美說。", "阿美笑。"])
    []

    A word of the dictionary before the mark is no name (``探望爸爸（左）``):

    >>> named_in("女兒來探望爸爸（左）", ["爸爸病了。", "阿美笑。"])
    []
    """
    out: list[int] = []
    words = word_logprobs()[0]
    for name in dict.fromkeys(_PICTURED.findall(caption)):
        if name in words or name[-2:] in words:
            continue  # a word, no name: ``爸爸（左）``, ``孩子（右）`` may stand in any story
        hits = [i for i, body in enumerate(bodies) if name in body]
        if len(hits) == 1 and hits[0] not in out:
            out.append(hits[0])
    return out


def _caption_target(cap: Caption, owner: int, arts: list[Article], index: BodyIndex) -> int | None:
    """The story a caption belongs to: the best fit by text (plus the owner's and a
    matching credit's bonus) when it reaches :data:`MIN_CAPTION`, or half of it and
    :data:`CAPTION_MARGIN` times any other story's fit; otherwise none."""
    if not arts:
        return None
    sc = index.scores(cap.text) if cap.text else [0.0] * len(arts)
    for i in named_in(cap.text, index.bodies):
        sc[i] += NAME_BONUS
    for i, a in enumerate(arts):
        if cap.credit and a.byline and cap.credit.replace(" ", "") in a.byline.replace(" ", ""):
            sc[i] += CREDIT_BONUS
        if i == owner:
            sc[i] += OWNER_BONUS
    best = max(range(len(sc)), key=sc.__getitem__)
    second = max((x for i, x in enumerate(sc) if i != best), default=0.0)
    clear = sc[best] >= MIN_CAPTION / 2 and sc[best] >= CAPTION_MARGIN * second
    return best if sc[best] >= MIN_CAPTION or clear else None
