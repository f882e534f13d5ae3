"""The accuracy bar: the shipped samples (always) and the real seed page (where ../shared is)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from papercli.pipeline import clean_page, load_pages
from papercli.records import page_records

from .conftest import SAMPLES

SAMPLE_PAGES = sorted(p.name.removesuffix(".gold.json") for p in SAMPLES.glob("*.gold.json"))


def clean_records(path: Path) -> list[dict]:
    recs: list[dict] = []
    for page in load_pages(path.read_bytes(), str(path)):
        recs += page_records(clean_page(page))
    return recs


def test_there_are_at_least_three_samples():
    assert len(SAMPLE_PAGES) >= 3


@pytest.mark.parametrize("name", SAMPLE_PAGES)
def test_sample_matches_its_gold_exactly(name):
    gold = json.loads((SAMPLES / f"{name}.gold.json").read_text(encoding="utf-8"))
    arts = [r for r in clean_records(SAMPLES / f"{name}.txt") if r["type"] == "article"]
    loose = [r for r in clean_records(SAMPLES / f"{name}.txt") if r["type"] != "article"]
    assert not loose
    assert len(arts) == len(gold["articles"])
    for g in gold["articles"]:
        p = next(a for a in arts if a["paragraphs"][:1] == g["paragraphs"][:1])
        assert p["paragraphs"] == g["paragraphs"]
        assert "".join(x or "" for x in (p["kicker"], p["headline"], p["subheadline"])) == \
            "".join(x or "" for x in (g["headline"], g["subheadline"]))
        assert (p["byline"] or None) == g["byline"]
        assert [(c["text"], c["credit"]) for c in p["captions"]] == \
            [(c["text"], c["credit"]) for c in g["captions"]]


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.score


def _meets_bar(s: dict) -> None:
    n = s["articles_gold"]
    assert s["cer"] <= 0.005
    assert s["para_f1"] >= 0.98
    assert s["headline"] == f"{n}/{n}"
    assert s["byline"] == f"{n}/{n}"
    ok, total = s["caption"].split("/")
    assert ok == total
    assert sum(s["artifacts"].values()) == 0
    assert s["lost"] == 0 and s["extra"] == 0


def test_seed_page_scores(shared):
    score = _scorer(shared)
    gold = json.loads((shared / "eval" / "seed.gold.json").read_text(encoding="utf-8"))
    s = score(gold, clean_records(shared / "seed" / "000_1a30c9eb8058a402.txt"))
    _meets_bar(s)
    assert s["headline"] == "9/9" and s["caption"] == "3/3"


@pytest.mark.parametrize("name", SAMPLE_PAGES)
def test_samples_score_with_the_scorer(shared, name):
    score = _scorer(shared)
    gold = json.loads((SAMPLES / f"{name}.gold.json").read_text(encoding="utf-8"))
    _meets_bar(score(gold, clean_records(SAMPLES / f"{name}.txt")))
