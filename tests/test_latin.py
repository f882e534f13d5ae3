"""Latin-script pages: per-page language, de-hyphenation, reflow, segmentation, and
no CJK rule ever applied to them. The fixtures are written here (no corpus text)."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from papercli.cli import app
from papercli.dedupe import dedupe_page
from papercli.despace import despace_page
from papercli.join import join_latin, keep_hyphen, vocabulary
from papercli.lang import detect_lang
from papercli.latin import ends_sentence_latin, is_heading
from papercli.latin_segment import latin_byline
from papercli.latinfix import undouble_glyphs
from papercli.model import Page
from papercli.pipeline import Options, clean_page, load_pages
from papercli.records import page_records
from papercli.reflow import reflow_page

from .wrap import PARAS, wrap

runner = CliRunner()

# An English column as an OCR'd historical page comes out: hard wraps, cut words,
# a capital heading, a speck, and a compound the page also prints unbroken.
ENGLISH = """\
HARBOUR WORKS.
The new breakwater at the north end of the
harbour was opened yesterday by the Mayor, in
the presence of a well-known company of citi-
zens. The work, which has taken three years, is
the largest of its kind in the colony, and the con-
tractors, all of them well-
known men, are to be congratulated on it.
The Mayor said that the colony owed much to
the engineers.
COUNTRY NEWS.
By Our Own Correspondent
A heavy fall of rain was reported from the
inland districts yesterday, and the rivers are
rising fast. ' The settlers welcome the change.
"""

# German Fraktur OCR style: "¬" marks the typesetter's line-end hyphens.
GERMAN = """\
Die Regierung hat gestern beschlossen, die Stimm¬
abgabe auf den kommenden Sonntag zu verlegen. Die
Schweizer¬
Bürger im Ausland werden brieflich benachrichtigt,
die Berner- und Zürcher Behörden sind einverstanden.
"""

CHINESE = "\n".join(wrap(PARAS, 20)) + "\n"


def latin_page(text: str) -> Page:
    return Page("t", lines=text.splitlines(), lang="latin")


def clean_records(text: str, lang: str = "auto") -> list[dict]:
    opts = Options(lang=lang)
    out: list[dict] = []
    for page in load_pages(text.encode(), "t", opts):
        out += page_records(clean_page(page, opts))
    return out


def words_of(recs: list[dict]) -> str:
    parts: list[str] = []
    for r in recs:
        parts += [r.get(k) or "" for k in ("headline", "subheadline")]
        parts += r.get("paragraphs") or [r.get("text") or ""]
    return " ".join(p for p in parts if p)


# ---------------------------------------------------------------- language per page
def test_detect_lang_from_the_character_mix():
    assert detect_lang(CHINESE) == "zh"
    assert detect_lang(ENGLISH) == "latin"
    assert detect_lang(GERMAN) == "latin"
    assert detect_lang("Der Bericht über 北京 und Shanghai, 2024.") == "latin"


def test_auto_decides_each_page_of_one_input():
    pages = list(load_pages(f"{CHINESE}\f{ENGLISH}\f{GERMAN}".encode(), "t", Options()))
    assert [p.lang for p in pages] == ["zh", "latin", "latin"]


def test_forced_lang_applies_to_every_page_and_to_jsonl_input():
    pages = list(load_pages(f"{CHINESE}\f{ENGLISH}".encode(), "t", Options(lang="latin")))
    assert [p.lang for p in pages] == ["latin", "latin"]
    rec = json.dumps({"type": "page", "source": "t", "page": 1, "lang": "zh", "lines": ENGLISH.splitlines()})
    assert [p.lang for p in load_pages(rec.encode(), "t", Options(lang="latin"))] == ["latin"]
    assert [p.lang for p in load_pages(rec.encode(), "t", Options())] == ["zh"]


@pytest.mark.parametrize("command", ["decode", "despace", "dedupe", "reflow", "segment", "match", "clean"])
def test_every_command_takes_lang(command):
    forced = runner.invoke(app, [command, "--format", "jsonl", "--lang", "zh", "-"], input=ENGLISH)
    auto = runner.invoke(app, [command, "--format", "jsonl", "-"], input=ENGLISH)
    assert forced.exit_code == auto.exit_code == 0
    if command in ("match", "clean"):  # finished records: the joins tell the rules apart
        assert "citizens." in auto.stdout and "citizens." not in forced.stdout
    else:
        assert json.loads(auto.stdout)["lang"] == "latin"
        assert json.loads(forced.stdout)["lang"] == "zh"


def test_bad_lang_is_a_usage_error():
    r = runner.invoke(app, ["clean", "--lang", "klingon", "-"], input=ENGLISH)
    assert r.exit_code == 2


# ---------------------------------------------------------------- de-hyphenation
def test_cut_words_are_joined():
    assert join_latin("the federal con-", "stitution contains") == "the federal constitution contains"
    assert join_latin("De-", "cember.") == "December."


def test_real_hyphens_stay_when_the_page_shows_them():
    vocab = vocabulary(["a well-known man", "and a well-", "known woman"])
    assert vocab["well-known"] == 1 and "known" not in vocab and "well" not in vocab
    assert join_latin("a well-", "known woman", vocab) == "a well-known woman"
    # the page prints the joined form more often: it wins
    vocab = Counter({"today": 3, "to-day": 1})
    assert join_latin("back to-", "day.", vocab) == "back today."


def test_capitals_after_the_break():
    assert join_latin("the Anglo-", "Saxon kings") == "the Anglo-Saxon kings"
    assert join_latin("REMEMBER THE CIVIL SER-", "VANTS.") == "REMEMBER THE CIVIL SERVANTS."


def test_german_not_sign_always_joins():
    assert join_latin("die Stimm¬", "abgabe") == "die Stimmabgabe"
    # even when the page prints the hyphenated form: ¬ is the typesetter's mark
    assert join_latin("die Stimm¬", "abgabe", Counter({"stimm-abgabe": 5})) == "die Stimmabgabe"
    assert join_latin("Schweizer¬", "Bürger") == "Schweizer-Bürger"
    assert join_latin("die Petit-¬", "Zeile") == "die Petit-Zeile"


def test_suspended_hyphen_keeps_its_space():
    assert join_latin("die Berner-", "und Zürcher") == "die Berner- und Zürcher"
    assert keep_hyphen("pre", "-", "and") is None


def test_a_dash_is_not_a_cut_word():
    assert join_latin("the year 1840 -", "the drought") == "the year 1840 - the drought"
    assert join_latin("about 30-", "40 acres") == "about 30- 40 acres"


# ---------------------------------------------------------------- no CJK rules
def test_latin_page_gets_no_cjk_spacing_rules():
    text = "T H E  N E W S said he: yes (really) ; a b c, 10:30\nsecond line here."
    page = despace_page(latin_page(text))
    assert page.lines == text.splitlines()
    assert "，" not in "".join(page.lines) and "（" not in "".join(page.lines)


def test_latin_page_gets_no_cjk_doubling_rules():
    lines = ["The murmur of the tartar crowd.", "do.", "do.", "Mississippi booboo."]
    page = dedupe_page(latin_page("\n".join(lines)))
    assert page.lines == lines


def test_glyph_doubled_latin_headline_is_undoubled():
    page = dedupe_page(latin_page("TThhee  HHaarrbboouurr  WWoorrkkss\nThe body text."))
    assert page.lines[0] == "The  Harbour  Works"
    assert undouble_glyphs("aabb murmur") == "aabb murmur"


def test_ocr_specks_are_kept_as_input_text():
    page = despace_page(latin_page("rising fast. ' The settlers | welcome it .,"))
    assert page.lines == ["rising fast. ' The settlers | welcome it .,"]


def test_cjk_page_still_gets_cjk_rules():
    page = despace_page(Page("t", lines=["率 先 垂 范 ,捐 献"], lang="zh"))
    assert page.lines == ["率先垂范，捐献"]


# ---------------------------------------------------------------- reflow and articles
def test_latin_sentence_ends_and_headings():
    assert ends_sentence_latin("frighten them to death.") and ends_sentence_latin('"Yes!"')
    assert not ends_sentence_latin("members of the")
    assert is_heading("HARBOUR WORKS.") and not is_heading("The Mayor said")


def test_latin_reflow_paragraphs():
    page = reflow_page(despace_page(dedupe_page(latin_page(ENGLISH))))
    blocks = [(b.kind, b.text) for b in page.blocks or []]
    assert blocks[0] == ("line", "HARBOUR WORKS.")
    body = blocks[1][1]
    assert "a well-known company of citizens. The work, which has taken three years, is" in body
    assert "and the contractors, all of them well-known men, are to be congratulated on it." in body
    assert ("body", "The Mayor said that the colony owed much to the engineers.") in blocks
    assert all("  " not in t for _, t in blocks)


def test_latin_articles_keep_reading_order():
    recs = clean_records(ENGLISH)
    arts = [r for r in recs if r["type"] == "article"]
    assert [a["headline"] for a in arts] == ["HARBOUR WORKS.", "COUNTRY NEWS."]
    assert arts[1]["byline"] == "Our Own Correspondent"
    assert arts[0]["paragraphs"][-1] == "The Mayor said that the colony owed much to the engineers."
    assert arts[1]["paragraphs"][0].startswith("A heavy fall of rain was reported")
    assert words_of(recs).index("breakwater") < words_of(recs).index("inland")


def test_german_page_end_to_end():
    text = words_of(clean_records(GERMAN))
    assert "die Stimmabgabe auf den kommenden Sonntag" in text
    assert "Schweizer-Bürger im Ausland" in text
    assert "die Berner- und Zürcher Behörden" in text
    assert "¬" not in text


def test_mixed_input_each_page_by_its_own_rules():
    recs = clean_records(f"{CHINESE}\f{ENGLISH}")
    zh = words_of([r for r in recs if r["page"] == 1])
    en = words_of([r for r in recs if r["page"] == 2])
    assert PARAS[1] in zh and PARAS[2] in zh
    assert "company of citizens." in en


def test_latin_byline():
    assert latin_byline("By Our Own Correspondent") == "Our Own Correspondent"
    assert latin_byline("BY TELEGRAPH.") is None
    assert latin_byline("By this means the work was done") is None


def test_latin_stages_in_a_pipe_give_what_clean_gives():
    data = ENGLISH + "\f" + GERMAN
    for command in ["decode", "despace", "dedupe", "reflow", "segment", "match"]:
        r = runner.invoke(app, [command, "--format", "jsonl", "-"], input=data)
        assert r.exit_code == 0, r.output
        data = r.stdout
    clean = runner.invoke(app, ["clean", "--format", "jsonl", "-"], input=ENGLISH + "\f" + GERMAN)
    assert data == clean.stdout
    assert "Stimmabgabe" in data and "company of citizens." in data
