#!/usr/bin/env python3
"""Build (and cache) the evaluation pages with ../shared/roundtrip.

usage: build_pages.py [--hans 24] [--hant 16] [--ocr 12] [--jobs 2] [--force] [--keep-png]

Each page is one `make_gold.py CORPUS --seed S` article pick, typeset and extracted by
`roundtrip.py --seed S`, written to ${PAPERCLI_EVAL_HOME:-~/.cache/papercli-eval}/pages/<name>/:

    zh-hans-<S>   人民日报 (../shared/corpus/zh-hans/rmrb-2019-02-6days.jsonl), S = 1001, 1002, ...
    zh-hant-<S>   蘋果日報 (../shared/corpus/zh-hant/appledaily-250.jsonl),    S = 2001, 2002, ...

The seeds are fixed, so the set is the same on every machine (roundtrip.py is
byte-reproducible). The shared pages in ../shared/pages use other seeds (511-542).

Tesseract (~15 s a page) runs on the first --ocr pages only, split between the corpora in
proportion (12 -> 7 zh-hans + 5 zh-hant); the rest are built with --no-ocr.

A page is built in <name>.tmp/ and renamed when complete, so an interrupted run leaves no
half page behind; complete pages are skipped (a page that now needs OCR but was built
without it is rebuilt). page.png (~6 MB) is deleted unless --keep-png. Each page folder
also holds input.gold.json (make_gold.py's pick) and build.json (seeds, OCR, seconds).

Runs with any python3 (standard library only); roundtrip itself runs in the venv made by
eval/setup.sh.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EXTRACTORS = ["pdftotext", "pymupdf", "pdfminer", "pdfplumber", "pypdf"]
CORPORA = {
    "zh-hans": ("zh-hans/rmrb-2019-02-6days.jsonl", 1001),
    "zh-hant": ("zh-hant/appledaily-250.jsonl", 2001),
}


def eval_home():
    return Path(os.environ.get("PAPERCLI_EVAL_HOME") or Path.home() / ".cache" / "papercli-eval")


def plan(n_hans, n_hant, n_ocr, offset=0):
    """The fixed page list: (name, corpus key, seed, ocr); ``offset`` shifts every seed
    (a held-out set for checking a rule tuned on the default pages)."""
    total = n_hans + n_hant
    ocr_hans = min(n_hans, round(n_ocr * n_hans / total)) if total else 0
    ocr_hant = min(n_hant, n_ocr - ocr_hans)
    pages = []
    for key, n, n_ocr_k in (("zh-hans", n_hans, ocr_hans), ("zh-hant", n_hant, ocr_hant)):
        first = CORPORA[key][1] + offset
        for i in range(n):
            pages.append((f"{key}-{first + i}", key, first + i, i < n_ocr_k))
    return pages


def complete(d, ocr):
    need = ["gold.json"] + [f"{e}.txt" for e in EXTRACTORS] + (["tesseract.txt"] if ocr else [])
    return all((d / f).is_file() for f in need)


def build_one(page, args):
    name, key, seed, ocr = page
    pages_dir = args.home / "pages"
    final, tmp = pages_dir / name, pages_dir / f"{name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    t0 = time.time()
    corpus = args.corpus_dir / CORPORA[key][0]
    gold_in = tmp / "input.gold.json"
    env = dict(os.environ)
    env.setdefault("ROUNDTRIP_CACHE", str(args.home / "roundtrip-cache"))
    steps = [
        [args.python, str(args.roundtrip_dir / "make_gold.py"), str(corpus), "--seed", str(seed),
         "-o", str(gold_in)],
        [args.python, str(args.roundtrip_dir / "roundtrip.py"), str(gold_in), "--seed", str(seed),
         "--out", str(tmp)] + ([] if ocr else ["--no-ocr"]),
    ]
    for cmd in steps:
        r = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if r.returncode:
            msg = (r.stderr.strip().splitlines() or [f"exit {r.returncode}"])[-1]
            return name, False, f"{Path(cmd[1]).name} failed: {msg}"
    if not args.keep_png:
        (tmp / "page.png").unlink(missing_ok=True)
    secs = round(time.time() - t0, 1)
    (tmp / "build.json").write_text(json.dumps(
        {"corpus": CORPORA[key][0], "seed": seed, "ocr": ocr, "seconds": secs}, indent=1) + "\n")
    if not complete(tmp, ocr):
        return name, False, "roundtrip.py left an incomplete folder"
    shutil.rmtree(final, ignore_errors=True)
    tmp.rename(final)
    return name, True, f"{secs} s{' (OCR)' if ocr else ''}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--hans", type=int, default=24, help="zh-hans (人民日报) pages (default 24)")
    ap.add_argument("--hant", type=int, default=16, help="zh-hant (蘋果日報) pages (default 16)")
    ap.add_argument("--ocr", type=int, default=12, help="pages with Tesseract OCR (default 12)")
    ap.add_argument("--seed-offset", type=int, default=0,
                    help="shift the seeds by this much: another page set (use another --home)")
    ap.add_argument("--jobs", type=int, default=2, help="parallel roundtrip runs (default 2)")
    ap.add_argument("--force", action="store_true", help="rebuild pages already cached")
    ap.add_argument("--keep-png", action="store_true", help="keep page.png (~6 MB a page)")
    ap.add_argument("--home", type=Path, default=eval_home(), help="cache root (PAPERCLI_EVAL_HOME)")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                    help="the shared/ folder (default: ../shared from the repo)")
    ap.add_argument("--python", help="python with roundtrip's requirements (default: HOME/venv)")
    ap.add_argument("--list", action="store_true", help="print the page plan and exit")
    args = ap.parse_args(argv)
    args.roundtrip_dir = args.shared / "roundtrip"
    args.corpus_dir = args.shared / "corpus"
    args.python = args.python or str(args.home / "venv" / "bin" / "python")

    pages = plan(args.hans, args.hant, args.ocr, args.seed_offset)
    if args.list:
        for name, key, seed, ocr in pages:
            print(f"{name}\t{CORPORA[key][0]}\tseed={seed}\t{'ocr' if ocr else 'no-ocr'}")
        return 0
    if not Path(args.python).exists():
        print(f"build_pages: no {args.python}: run eval/setup.sh first", file=sys.stderr)
        return 1
    for p in (args.roundtrip_dir / "roundtrip.py", args.corpus_dir):
        if not p.exists():
            print(f"build_pages: missing {p}", file=sys.stderr)
            return 1
    pages_dir = args.home / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    todo = [p for p in pages if args.force or not complete(pages_dir / p[0], p[3])]
    n_ocr = sum(p[3] for p in pages)
    print(f"build_pages: {len(pages)} pages ({n_ocr} with OCR) in {pages_dir}; "
          f"{len(pages) - len(todo)} cached, {len(todo)} to build", file=sys.stderr)
    if not todo:
        return 0
    t0 = time.time()
    failed = []

    def report(res):
        name, ok, msg = res
        print(f"  {'ok  ' if ok else 'FAIL'} {name}: {msg}", file=sys.stderr, flush=True)
        if not ok:
            failed.append(name)

    # the first run extracts the fonts into roundtrip's cache; do it alone (no race on it)
    fonts = Path(os.environ.get("ROUNDTRIP_CACHE", args.home / "roundtrip-cache")) / "fonts"
    if len(list(fonts.glob("*.otf"))) < 4 or args.jobs <= 1:
        report(build_one(todo[0], args))
        todo = todo[1:]
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for fut in as_completed([pool.submit(build_one, p, args) for p in todo]):
            report(fut.result())
    print(f"build_pages: done in {time.time() - t0:.0f} s"
          + (f", {len(failed)} failed: {' '.join(failed)}" if failed else ""), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
