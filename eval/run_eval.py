#!/usr/bin/env python3
"""Run `papercli clean` on every cached evaluation page and extractor text, and score it.

usage: run_eval.py [--pages DIR...] [--papercli CMD] [--json-out PATH] [--jobs 2]

For each page folder (default: every complete folder in
${PAPERCLI_EVAL_HOME:-~/.cache/papercli-eval}/pages/, built by build_pages.py; or the folders
given with --pages, e.g. ../shared/pages/*) and each extractor text in it (pdftotext,
pymupdf, pdfminer, pdfplumber, pypdf, tesseract):

  1. runs `papercli clean --format jsonl FILE` (papercli: <repo>/.venv/bin/papercli, or
     --papercli, which may be a command line such as "python /tmp/fake.py");
  2. scores its output against the page's gold.json with score() from ../shared/eval/score.py;
  3. scores the raw text too, as one article whose paragraphs are the raw text split on
     blank lines: the "raw" baseline of doing nothing. Note that a whole page as one
     article seldom matches a gold article (score.py needs a 50% similarity), so raw cer is
     mostly "every gold body deleted + the whole page inserted", about 1-2.

A papercli run that fails (exit status, timeout, output that is not JSONL) is listed as a
failure and scored as if papercli had printed nothing (cer 1, lost 1), so failures
count against the means; the run goes on.

One line per extractor, plus ALL (every page x extractor):
  pages     texts scored;  fail: papercli failures among them
  cer       mean character error rate of the bodies (score.py's cer);  raw: the baseline's
  para_f1   mean paragraph-boundary F1
  headline, byline, caption   correct / gold total, summed over the pages
  art/pg    artifacts (letter-spaced, CJK-digit spaces, doubled) per page;  raw: baseline's
  lost, extra   mean shares of gold CJK characters lost / added
--by-corpus adds the same table per page group (zh-hans, zh-hant, ...); the JSON always has it.

The same figures, with per-page detail and the failures, go to
${PAPERCLI_EVAL_HOME}/eval-results.json and to --json-out PATH if given.
Standard library + rapidfuzz (for score.py) only. Exit status: 0, 1 if any papercli run
failed, 2 if papercli is missing (the raw baseline is still reported) or no page was found.
"""
import argparse
import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EXTRACTORS = ["pdftotext", "pymupdf", "pdfminer", "pdfplumber", "pypdf", "tesseract"]


def eval_home():
    return Path(os.environ.get("PAPERCLI_EVAL_HOME") or Path.home() / ".cache" / "papercli-eval")


def load_score(path):
    spec = importlib.util.spec_from_file_location("papercli_eval_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.score


def raw_records(text):
    return [{"type": "article", "paragraphs": re.split(r"\n\s*\n", text)}]


def parse_jsonl(out):
    recs = []
    for n, line in enumerate(out.splitlines(), 1):
        if line.strip():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"output line {n} is not JSON: {e}") from None
            if not isinstance(rec, dict):
                raise ValueError(f"output line {n} is not a JSON object")
            recs.append(rec)
    return recs


def run_papercli(cmd, path, timeout):
    """-> (records, None, seconds) or (None, error message, seconds)."""
    t0 = time.time()
    try:
        r = subprocess.run([*cmd, "clean", "--format", "jsonl", str(path)], capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timeout after {timeout} s", time.time() - t0
    except OSError as e:
        return None, str(e), time.time() - t0
    secs = time.time() - t0
    if r.returncode:
        err = r.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, f"exit {r.returncode}: {err[-1] if err else '(no stderr)'}", secs
    try:
        return parse_jsonl(r.stdout.decode("utf-8")), None, secs
    except (ValueError, UnicodeDecodeError) as e:
        return None, str(e), secs


def frac(s):
    a, b = s.split("/")
    return int(a), int(b)


def aggregate(rows):
    """Aggregate per-text results (each with 'score' and 'raw') into the table figures."""
    n = len(rows)
    if not n:
        return None

    def mean(vals):
        return round(sum(vals) / len(vals), 4) if vals else None

    out = {"pages": n, "fail": sum(1 for r in rows if r.get("error"))}
    scored = [r for r in rows if r.get("score")]
    out["cer"] = mean([r["score"]["cer"] for r in scored])
    out["raw_cer"] = mean([r["raw"]["cer"] for r in rows])
    out["para_f1"] = mean([r["score"]["para_f1"] for r in scored])
    for k in ("headline", "byline", "caption"):
        ok = tot = 0
        for r in scored:
            a, b = frac(r["score"][k])
            ok, tot = ok + a, tot + b
        out[k] = round(ok / tot, 4) if tot else None
        out[k + "_n"] = f"{ok}/{tot}"
    out["artifacts_per_page"] = mean([sum(r["score"]["artifacts"].values()) for r in scored])
    out["raw_artifacts_per_page"] = mean([sum(r["raw"]["artifacts"].values()) for r in rows])
    out["lost"] = mean([r["score"]["lost"] for r in scored])
    out["extra"] = mean([r["score"]["extra"] for r in scored])
    out["raw_lost"] = mean([r["raw"]["lost"] for r in rows])
    out["raw_extra"] = mean([r["raw"]["extra"] for r in rows])
    return out


def fmt(v, w, p=4):
    if v is None:
        return "-".rjust(w)
    return (f"{v:.{p}f}" if isinstance(v, float) else str(v)).rjust(w)


def print_table(table, file=sys.stdout):
    cols = [("pages", 5, 0), ("fail", 4, 0), ("cer", 7, 4), ("raw_cer", 7, 4),
            ("para_f1", 7, 3), ("headline", 8, 3), ("byline", 6, 3), ("caption", 7, 3),
            ("artifacts_per_page", 6, 1), ("raw_artifacts_per_page", 7, 1),
            ("lost", 6, 4), ("extra", 6, 4)]
    heads = {"artifacts_per_page": "art/pg", "raw_artifacts_per_page": "raw_art"}
    print(f"{'extractor':<10} " + " ".join(heads.get(c, c).rjust(w) for c, w, _ in cols), file=file)
    for name, agg in table.items():
        print(f"{name:<10} " + " ".join(fmt(agg[c], w, p) for c, w, p in cols), file=file)


def find_pages(args):
    if args.pages:
        dirs = [Path(p) for p in args.pages]
    else:
        root = args.home / "pages"
        dirs = sorted(d for d in root.glob("*") if d.is_dir() and not d.name.endswith(".tmp"))
    return [d for d in dirs if (d / "gold.json").is_file()]


def resolve_papercli(spec):
    """-> (argv list, error or None)."""
    if spec:
        cmd = shlex.split(spec)
    else:
        cmd = [str(REPO / ".venv" / "bin" / "papercli")]
    exe = cmd[0]
    if os.sep in exe:
        if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
            return cmd, f"papercli not found: {exe} is not an executable file"
    elif not shutil.which(exe):
        return cmd, f"papercli not found: {exe} is not on PATH"
    return cmd, None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--pages", nargs="+", metavar="DIR", help="page folders (default: the cache)")
    ap.add_argument("--papercli", help="papercli command (default: <repo>/.venv/bin/papercli)")
    ap.add_argument("--json-out", type=Path, help="also write the JSON results here")
    ap.add_argument("--extractors", default=",".join(EXTRACTORS),
                    help="comma-separated extractor names (default: all six)")
    ap.add_argument("--jobs", type=int, default=2, help="parallel papercli runs (default 2)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per papercli run")
    ap.add_argument("--home", type=Path, default=eval_home(), help="cache root (PAPERCLI_EVAL_HOME)")
    ap.add_argument("--score-py", type=Path, default=REPO.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--per-page", action="store_true", help="also print one line per page text")
    ap.add_argument("--by-corpus", action="store_true",
                    help="also print one table per page group (folder name less its number: "
                         "zh-hans, zh-hant, seed)")
    args = ap.parse_args(argv)

    try:
        score = load_score(args.score_py)
    except (OSError, ImportError) as e:
        print(f"run_eval: cannot load {args.score_py}: {e}", file=sys.stderr)
        return 2
    pages = find_pages(args)
    if not pages:
        where = " ".join(args.pages) if args.pages else args.home / "pages"
        print(f"run_eval: no page folders with gold.json in {where} "
              f"(run eval/build_pages.py first)", file=sys.stderr)
        return 2
    cmd, missing = resolve_papercli(args.papercli)
    if missing:
        print(f"run_eval: {missing}. Build it (make .venv) or pass --papercli CMD. "
              f"Reporting the raw baseline only.", file=sys.stderr)
    wanted = [e for e in args.extractors.split(",") if e]
    jobs = [(d, e) for d in pages for e in wanted if (d / f"{e}.txt").is_file()]
    golds = {d: json.loads((d / "gold.json").read_text(encoding="utf-8")) for d in pages}

    t0 = time.time()

    def one(job):
        d, e = job
        if missing:
            return None, missing, 0.0
        return run_papercli(cmd, d / f"{e}.txt", args.timeout)

    rows = []
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for (d, e), (recs, err, secs) in zip(jobs, pool.map(one, jobs), strict=True):
            gold = golds[d]
            raw = score(gold, raw_records((d / f"{e}.txt").read_text(encoding="utf-8")))
            row = {"page": str(d), "extractor": e, "raw": raw, "seconds": round(secs, 2)}
            if missing:
                row["score"] = None
            elif err:
                row["error"] = err
                row["score"] = score(gold, [])   # a failure scores as empty output
                print(f"run_eval: FAIL {d.name}/{e}.txt: {err}", file=sys.stderr)
            else:
                row["score"] = score(gold, recs)
            rows.append(row)
            if args.per_page and row["score"]:
                s = row["score"]
                print(f"  {d.name:<16} {e:<10} cer={s['cer']:.4f} raw={raw['cer']:.4f} "
                      f"para_f1={s['para_f1']:.3f} head={s['headline']} by={s['byline']} "
                      f"cap={s['caption']} art={sum(s['artifacts'].values())} "
                      f"lost={s['lost']} extra={s['extra']}", file=sys.stderr)
    elapsed = time.time() - t0

    table = {}
    for e in wanted:
        agg = aggregate([r for r in rows if r["extractor"] == e])
        if agg:
            table[e] = agg
    table["ALL"] = aggregate(rows)
    groups = {}
    for r in rows:
        groups.setdefault(re.sub(r"-\d+$", "", Path(r["page"]).name), []).append(r)
    by_corpus = {}
    for g, grows in sorted(groups.items()):
        by_corpus[g] = {e: aggregate([r for r in grows if r["extractor"] == e])
                        for e in wanted if any(r["extractor"] == e for r in grows)}
        by_corpus[g]["ALL"] = aggregate(grows)
    failures = [{"page": r["page"], "extractor": r["extractor"], "error": r["error"]}
                for r in rows if r.get("error")]

    print(f"papercli: {' '.join(cmd) if not missing else '(missing)'}; {len(pages)} pages, "
          f"{len(rows)} texts, {elapsed:.0f} s")
    print_table(table)
    if args.by_corpus:
        for g, t in by_corpus.items():
            print(f"\n[{g}]")
            print_table(t)
    if failures:
        print(f"{len(failures)} papercli failures (scored as empty output):")
        for f in failures:
            print(f"  {Path(f['page']).name}/{f['extractor']}.txt: {f['error']}")

    result = {
        "papercli": None if missing else cmd,
        "papercli_missing": missing,
        "score_py": str(args.score_py),
        "pages": [str(d) for d in pages],
        "seconds": round(elapsed, 1),
        "extractors": table,
        "by_corpus": by_corpus,
        "failures": failures,
        "per_text": rows,
    }
    text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    outs = [args.home / "eval-results.json"] + ([args.json_out] if args.json_out else [])
    for out in outs:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    print(f"results: {' '.join(str(o) for o in outs)}")
    if missing:
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
