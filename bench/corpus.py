"""The benchmark's inputs, built once and cached (in ``bench/out/`` by default; git-ignored).

Sources, in order, each where present: the evaluation pages built by ``make eval-pages``
(``$PAPERCLI_EVAL_HOME/pages``, default ``~/.cache/papercli-eval/pages``: every extractor's
text of each page), the ready-made roundtrip pages in ``../shared/pages``, and the repo's
``samples/*.txt`` (all a fresh clone without ``../shared`` has). Nothing is copied into the repo.

- ``pages/``: N page files, each a distinct variant of one source page (or, for small
  sources, of several joined): its lines rotated at a paragraph boundary drawn from a fixed
  seed, so the articles come in another order and the file differs from every other.
- ``big.txt``: the page files joined with form feeds, repeated until it holds ``big_mb`` MB.
- ``headlines-10-*.txt`` / ``headlines-60.txt``: pages made from gold articles (bodies
  wrapped at a column width, every headline dumped at the end of the page, as extractors
  often do), for the headline-matching scaling check.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import random
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SMALL = 8_000  # a source under this many bytes is joined with others into one page
SEED = 20240601


def eval_home() -> Path:
    return Path(os.environ.get("PAPERCLI_EVAL_HOME", Path.home() / ".cache" / "papercli-eval"))


def source_texts() -> tuple[list[Path], list[Path], dict[str, int]]:
    """The page texts and the gold files found, and how many texts came from each origin."""
    origins = {
        "eval-cache": sorted(Path(p) for p in glob.glob(str(eval_home() / "pages" / "*" / "*.txt"))),
        "shared-pages": sorted(Path(p) for p in glob.glob(str(REPO.parent / "shared" / "pages" / "*" / "*.txt"))),
        "samples": sorted((REPO / "samples").glob("*.txt")),
    }
    texts = [p for ps in origins.values() for p in ps]
    golds = sorted({p.parent / "gold.json" for p in texts if (p.parent / "gold.json").is_file()})
    golds += sorted((REPO / "samples").glob("*.gold.json"))
    return texts, golds, {k: len(v) for k, v in origins.items()}


def _cuts(lines: list[str]) -> list[int]:
    """Line indexes where a page can be rotated: after a blank line or a sentence end."""
    out = [i + 1 for i, ln in enumerate(lines[:-1]) if not ln.strip() or ln.rstrip().endswith(("。", "”", ".", "！", "？"))]
    return out or [len(lines) // 2 or 1]


def _variant(texts: list[str], rng: random.Random) -> str:
    """One page: each source's lines rotated at a drawn boundary, joined by a blank line."""
    parts = []
    for t in texts:
        lines = t.rstrip("\n").split("\n")
        k = rng.choice(_cuts(lines)) if len(lines) > 1 else 0
        parts.append("\n".join([*lines[k:], "", *lines[:k]]))
    return "\n\n".join(parts) + "\n"


def build_pages(out: Path, n: int, texts: list[Path]) -> list[Path]:
    """Write ``n`` distinct page files into ``out`` (reused when already built from the same sources)."""
    key = hashlib.sha256(json.dumps([n, SEED, [str(p) for p in texts]]).encode()).hexdigest()[:16]
    stamp = out / ".stamp"
    files = [out / f"page-{i:04d}.txt" for i in range(n)]
    if stamp.is_file() and stamp.read_text() == key and all(f.is_file() for f in files):
        return files
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("page-*.txt"):
        old.unlink()
    src = [p.read_text(encoding="utf-8", errors="replace") for p in texts]
    big = [t for t in src if len(t.encode()) >= SMALL]
    small = [t for t in src if len(t.encode()) < SMALL]
    rng = random.Random(SEED)
    seen: set[str] = set()
    i = 0
    while i < n:
        if big and (not small or i % 10):
            group = [big[i % len(big)]]
        else:  # small sources: join a few into a page of realistic size
            group, size = [], 0
            while size < 2 * SMALL:
                group.append(rng.choice(small))
                size += len(group[-1].encode())
        page = _variant(group, rng)
        h = hashlib.sha256(page.encode()).hexdigest()
        if h in seen:
            continue
        seen.add(h)
        files[i].write_text(page, encoding="utf-8")
        i += 1
    stamp.write_text(key)
    return files


def build_big(path: Path, pages: list[Path], mb: int) -> Path:
    """One multi-page file of at least ``mb`` MB: the pages joined by form feeds, repeated."""
    want = mb * 1_000_000
    if path.is_file() and path.stat().st_size >= want and path.stat().st_size < want + 200_000:
        return path
    tmp = path.with_suffix(".tmp")
    size = 0
    with tmp.open("wb") as f:
        while size < want:
            for p in pages:
                data = p.read_bytes().rstrip(b"\n") + b"\n\f"
                f.write(data)
                size += len(data)
                if size >= want:
                    break
    tmp.replace(path)
    return path


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def gold_articles(golds: list[Path], lo: int = 300, hi: int = 1500) -> list[dict[str, Any]]:
    """Gold articles with a headline and a body of ``lo``..``hi`` characters, distinct headlines."""
    out, seen = [], set()
    for g in golds:
        data = json.loads(g.read_text(encoding="utf-8"))
        for a in data["articles"] if isinstance(data, dict) else data:
            body = "".join(a.get("paragraphs") or [])
            h = a.get("headline")
            if h and h not in seen and lo <= len(body) <= hi:
                seen.add(h)
                out.append(a)
    return out


def headline_page(arts: list[dict[str, Any]], width: int = 16) -> str:
    """A page of these articles: bodies wrapped at ``width`` characters, headlines at the end."""
    lines: list[str] = []
    for a in arts:
        paras = [str(p) for p in a["paragraphs"]]
        if not a.get("dateline"):  # a dateline opens each article, so segment finds all of them
            paras[0] = "本报讯　" + paras[0]
        for p in paras:
            lines.extend(_wrap("\u3000\u3000" + p, width))
        if a.get("byline"):
            lines.append(f"（{a['byline']}）")
        lines.append("")
    for a in arts:
        lines.append(str(a["headline"]))
        if a.get("subheadline"):
            lines.append(str(a["subheadline"]))
        lines.append("")
    return "\n".join(lines)


def build_headline_pages(out: Path, golds: list[Path], big: int = 60, small: int = 10) -> dict[str, object]:
    """The ``big``-article page and the ``big // small`` pages of ``small`` that split it."""
    arts = gold_articles(golds)
    if len(arts) < big:  # few gold files (a fresh clone has the samples' only): any length will do
        arts = gold_articles(golds, 0, 10**9)
    reused = len(arts) < big
    if not arts:
        return {"available": False, "why": "no gold articles found"}
    while len(arts) < big:  # a fresh clone's samples only: reuse articles
        arts = arts + arts
    arts = arts[:big]
    out.mkdir(parents=True, exist_ok=True)
    full = out / f"headlines-{big}.txt"
    full.write_text(headline_page(arts), encoding="utf-8")
    parts = []
    for k in range(big // small):
        p = out / f"headlines-{small}-{k}.txt"
        p.write_text(headline_page(arts[k * small : (k + 1) * small]), encoding="utf-8")
        parts.append(p)
    return {"available": True, "full": full, "parts": parts, "articles_reused": reused}
