#!/usr/bin/env python3
"""Latin-script evaluation of `papercli clean` on the OverProof newspaper OCR sets.

usage: latin_eval.py [--papercli CMD] [--datasets dataset2,dataset3] [--json-out PATH] [--jobs 2]

Data: ../shared/corpus/latin/overproof/{dataset2,dataset3}/allArticles.txt (read in place,
never copied). An article starts at a `*$*OVERPROOF*$* ...` header line; every other line
is `raw OCR||@@||human-corrected||@@||overProof output` for one printed column line.

Per article:
  input       the raw OCR lines joined with "\\n", written to a temp file and given to
              `papercli clean --format jsonl --lang latin FILE` (without --lang if
              `papercli clean --help` does not mention it);
  prediction  for each output record in order: its kicker/headline/subheadline, then its
              paragraphs ("paragraphs", or "text"), byline and caption texts, all joined
              with single spaces (nothing the cleaner keeps is thrown away, so WER
              measures the text, not the fields);
  reference   the human-corrected lines reflowed: joined with spaces, except that a line
              ending in a word hyphen ("Thorns-" + "hope") is joined to the next line's
              first word, without the hyphen ("Thornshope") or with it ("north-east"),
              as decided by dehyphenate() below from the corrected text alone.

Figures, per dataset and in total (word = whitespace-separated token, case and punctuation
kept; WER = word-level Levenshtein distance / reference words, summed over articles):
  wer           papercli's prediction against the reference
  raw_wer       baseline: the raw OCR lines joined naively with spaces ("Thorns- hope")
  dehyph_wer    baseline 2: raw lines joined with every "letter-" + "lowercase" line end
                joined without its hyphen (a naive rule)
  hyphens       line-end word hyphens where the raw line and its corrected counterpart both
                end in "-" AND the OCR read both halves right (raw last word == corrected
                last word, raw next first word == corrected next first word), so that a
                perfect cleaner could reproduce the reference word; resolved = the
                reference's joined word is aligned to an identical word of the prediction
                (word-level Levenshtein alignment). hyph_ok for papercli, dehyph_hyph_ok for
                baseline 2 (raw_wer's naive join gets none right by construction).
  hyphens_all   all line ends where the raw and the corrected line both end in "-" (a word
                hyphen in the corrected text), whatever the OCR made of the halves;
                hyph_all_ok = resolved share (bounded by the OCR errors, dataset3 has many).

A papercli failure (exit status, timeout, output that is not JSONL) counts as an empty
prediction and is listed. Results: a table on stdout and JSON at
${PAPERCLI_EVAL_HOME:-~/.cache/papercli-eval}/latin-results.json (and --json-out PATH).
Standard library + rapidfuzz only. Exit status: 0; 1 if a papercli run failed; 2 if
papercli is missing (the baselines are still reported).
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rapidfuzz.distance import Levenshtein

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEP = "||@@||"
HEADER = "*$*OVERPROOF*$*"
WORD_HYPHEN = re.compile(r"[^\W\d_]-$")   # a letter then "-" at the end of the line
EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


def eval_home():
    return Path(os.environ.get("PAPERCLI_EVAL_HOME") or Path.home() / ".cache" / "papercli-eval")


# ---------------------------------------------------------------- data
def read_articles(path):
    """-> [{"id", "raw": [lines], "corr": [lines]}] (raw and corr line-aligned)."""
    arts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith(HEADER):
                head = line[len(HEADER):].split()
                arts.append({"id": head[0] if head else str(len(arts)), "raw": [], "corr": []})
                continue
            if not arts or SEP not in line:
                continue
            raw, corr = line.split(SEP)[:2]
            arts[-1]["raw"].append(raw)
            arts[-1]["corr"].append(corr)
    return arts


def bare(tok):
    return EDGE_PUNCT.sub("", tok).lower()


def is_word_hyphen(line):
    return bool(WORD_HYPHEN.search(line.rstrip()))


# ---------------------------------------------------------------- reference
def build_vocab(articles):
    """Counts of the corrected text's words that are NOT at a line-end hyphen (lowercase,
    edge punctuation stripped); hyphenated compounds count as themselves."""
    vocab = Counter()
    for a in articles:
        lines = [c.split() for c in a["corr"]]
        for i, toks in enumerate(lines):
            for j, t in enumerate(toks):
                if j == len(toks) - 1 and is_word_hyphen(t):
                    continue               # first half of a line-break split
                if j == 0 and i > 0 and lines[i - 1] and is_word_hyphen(lines[i - 1][-1]):
                    continue               # second half
                if bare(t):
                    vocab[bare(t)] += 1
    return vocab


def dehyphenate(first, second, vocab):
    """Join a line-end word `first` ("Thorns-") with the next line's first word `second`
    ("hope"). Decided from the human-corrected text only:
      1. whichever of "thornshope" / "thorns-hope" occurs more often elsewhere in the
         corrected text (not at a line break) wins;
      2. if neither occurs: keep the hyphen when the second half starts with a capital and
         the first is not all capitals ("Anglo-" "Saxon"), or when both halves are words
         of 3+ letters seen elsewhere ("lady-" "like"); otherwise drop it (a soft hyphen).
    Returns the joined token (second's trailing punctuation kept)."""
    stem = first[:-1]
    pa, pb = bare(stem), bare(second)
    joined, kept = stem + second, stem + "-" + second
    nj, nk = vocab[pa + pb], vocab[pa + "-" + pb]
    if nj or nk:
        return kept if nk > nj else joined
    core_b = EDGE_PUNCT.sub("", second)
    core_a = EDGE_PUNCT.sub("", stem).split("-")[-1]
    if core_b[:1].isupper() and not core_a.isupper():
        return kept
    if len(core_a) >= 3 and len(core_b) >= 3 and vocab[core_a.lower()] and vocab[core_b.lower()]:
        return kept
    return joined


def reflow(lines, join_rule):
    """Join lines into tokens; a line ending in a word hyphen is merged with the next
    non-empty line's first token by join_rule(first, second) (None = keep both tokens).
    -> (tokens, {line index of the hyphenated line: index of the merged token})."""
    toks, merged = [], {}
    pending = None   # line index whose last token waits for a join
    for i, line in enumerate(lines):
        words = line.split()
        if not words:
            continue
        if pending is not None:
            j = join_rule(toks[-1], words[0])
            if j is not None:
                toks[-1] = j
                merged[pending] = len(toks) - 1
                words = words[1:]
            pending = None
        toks += words
        if words and is_word_hyphen(words[-1]):
            pending = i
    return toks, merged


def next_nonempty(lines, i):
    for k in range(i + 1, len(lines)):
        if lines[k].split():
            return k
    return None


def hyphen_cases(art):
    """-> (all, clean): line indexes where the raw line and its corrected counterpart both
    end in "-" (a word hyphen in the corrected text); clean = those where the OCR also read
    both halves right, so the cleaner can get the reference word exactly."""
    raw, corr = art["raw"], art["corr"]
    every, clean = [], []
    for i, (r, c) in enumerate(zip(raw, corr, strict=True)):
        if not (r.rstrip().endswith("-") and is_word_hyphen(c)):
            continue
        every.append(i)
        kr, kc = next_nonempty(raw, i), next_nonempty(corr, i)
        if kr is None or kr != kc:
            continue
        if r.split()[-1] == c.split()[-1] and raw[kr].split()[0] == corr[kc].split()[0]:
            clean.append(i)
    return every, clean


def resolved(ref, merged, cases, pred):
    """How many of `cases` have their reference joined word aligned to an identical
    predicted word."""
    if not cases:
        return 0
    ok_ref = set()
    for op in Levenshtein.opcodes(ref, pred):
        if op.tag == "equal":
            ok_ref.update(range(op.src_start, op.src_end))
        elif op.tag == "replace":   # an equal pair can sit inside a replace block
            for k in range(op.src_end - op.src_start):
                if op.dest_start + k < op.dest_end and ref[op.src_start + k] == pred[op.dest_start + k]:
                    ok_ref.add(op.src_start + k)
    return sum(1 for i in cases if i in merged and merged[i] in ok_ref)


def naive_dehyph(first, second):
    return first[:-1] + second if second[:1].islower() else None


# ---------------------------------------------------------------- papercli
def resolve_papercli(spec):
    cmd = shlex.split(spec) if spec else [str(REPO / ".venv" / "bin" / "papercli")]
    exe = cmd[0]
    if os.sep in exe:
        if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
            return cmd, f"papercli not found: {exe} is not an executable file"
    elif not shutil.which(exe):
        return cmd, f"papercli not found: {exe} is not on PATH"
    return cmd, None


def supports_lang(cmd):
    try:
        r = subprocess.run([*cmd, "clean", "--help"], capture_output=True, text=True,
                           stdin=subprocess.DEVNULL, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "--lang" in r.stdout + r.stderr


def record_words(rec):
    parts = [rec.get(k) for k in ("kicker", "headline", "subheadline")]
    if isinstance(rec.get("paragraphs"), list):
        parts += rec["paragraphs"]
    else:
        parts.append(rec.get("text"))
    parts.append(rec.get("byline"))
    for c in rec.get("captions") or []:
        parts += [c] if isinstance(c, str) else [c.get("text"), c.get("credit")]
    return " ".join(p for p in parts if isinstance(p, str)).split()


def run_papercli(cmd, path, lang, timeout):
    """-> (predicted tokens, error or None)."""
    args = [*cmd, "clean", "--format", "jsonl", *(["--lang", "latin"] if lang else []), str(path)]
    try:
        r = subprocess.run(args, capture_output=True, stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return [], f"timeout after {timeout} s"
    except OSError as e:
        return [], str(e)
    if r.returncode:
        err = r.stderr.decode("utf-8", "replace").strip().splitlines()
        return [], f"exit {r.returncode}: {err[-1] if err else '(no stderr)'}"
    toks = []
    try:
        for n, line in enumerate(r.stdout.decode("utf-8").splitlines(), 1):
            if line.strip():
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    return [], f"output line {n} is not a JSON object"
                toks += record_words(rec)
    except (ValueError, UnicodeDecodeError) as e:
        return [], f"output is not JSONL: {e}"
    return toks, None


# ---------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--papercli", help="papercli command (default: <repo>/.venv/bin/papercli)")
    ap.add_argument("--overproof", type=Path,
                    default=REPO.parent / "shared" / "corpus" / "latin" / "overproof")
    ap.add_argument("--datasets", default="dataset2,dataset3")
    ap.add_argument("--json-out", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=120, help="seconds per papercli run")
    ap.add_argument("--home", type=Path, default=eval_home(), help="cache root (PAPERCLI_EVAL_HOME)")
    ap.add_argument("--show-hyphens", type=int, default=0, metavar="N",
                    help="print N reference de-hyphenation decisions (to check the rule)")
    args = ap.parse_args(argv)

    data = {}
    for ds in [d for d in args.datasets.split(",") if d]:
        p = args.overproof / ds / "allArticles.txt"
        if not p.is_file():
            print(f"latin_eval: missing {p}", file=sys.stderr)
            return 2
        data[ds] = read_articles(p)
    vocab = build_vocab([a for arts in data.values() for a in arts])
    ref_rule = lambda a, b: dehyphenate(a, b, vocab)  # noqa: E731

    if args.show_hyphens:
        shown = 0
        for arts in data.values():
            for a in arts:
                for i, c in enumerate(a["corr"]):
                    k = next_nonempty(a["corr"], i)
                    if is_word_hyphen(c) and k is not None and shown < args.show_hyphens:
                        first, second = c.split()[-1], a["corr"][k].split()[0]
                        print(f"  {first} + {second} -> {ref_rule(first, second)}")
                        shown += 1

    cmd, missing = resolve_papercli(args.papercli)
    lang = False
    if missing:
        print(f"latin_eval: {missing}. Build it (make .venv) or pass --papercli CMD. "
              f"Reporting the baselines only.", file=sys.stderr)
    else:
        lang = supports_lang(cmd)
        if not lang:
            print("latin_eval: `papercli clean --help` has no --lang; running without it",
                  file=sys.stderr)

    t0 = time.time()
    rows, failures = [], []
    with tempfile.TemporaryDirectory(prefix="papercli-latin-") as tmp:
        jobs = []
        for ds, arts in data.items():
            for n, a in enumerate(arts):
                path = Path(tmp) / f"{ds}-{n:03d}-{a['id']}.txt"
                path.write_text("\n".join(a["raw"]) + "\n", encoding="utf-8")
                jobs.append((ds, a, path))

        def one(job):
            if missing:
                return None, None
            return run_papercli(cmd, job[2], lang, args.timeout)

        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            for (ds, a, _path), (pred, err) in zip(jobs, pool.map(one, jobs), strict=True):
                ref, merged = reflow(a["corr"], ref_rule)
                raw_toks, _ = reflow(a["raw"], lambda x, y: None)
                dh_toks, _ = reflow(a["raw"], naive_dehyph)
                every, cases = hyphen_cases(a)
                row = {"dataset": ds, "id": a["id"], "ref_words": len(ref),
                       "raw_dist": Levenshtein.distance(ref, raw_toks),
                       "dehyph_dist": Levenshtein.distance(ref, dh_toks),
                       "hyphens": len(cases),
                       "dehyph_hyph_ok": resolved(ref, merged, cases, dh_toks),
                       "hyphens_all": len(every)}
                if pred is not None:
                    row["dist"] = Levenshtein.distance(ref, pred)
                    row["hyph_ok"] = resolved(ref, merged, cases, pred)
                    row["hyph_all_ok"] = resolved(ref, merged, every, pred)
                if err:
                    row["error"] = err
                    failures.append({"dataset": ds, "id": a["id"], "error": err})
                    print(f"latin_eval: FAIL {ds}/{a['id']}: {err}", file=sys.stderr)
                rows.append(row)
    elapsed = time.time() - t0

    def agg(rs):
        words = sum(r["ref_words"] for r in rs)
        hy = sum(r["hyphens"] for r in rs)
        hy_all = sum(r["hyphens_all"] for r in rs)
        rate = lambda k, d: round(sum(r.get(k, 0) for r in rs) / d, 4) if d else None  # noqa: E731
        return {"articles": len(rs), "ref_words": words, "fail": sum("error" in r for r in rs),
                "wer": None if missing else rate("dist", words),
                "raw_wer": rate("raw_dist", words), "dehyph_wer": rate("dehyph_dist", words),
                "hyphens": hy, "hyph_ok": None if missing else rate("hyph_ok", hy),
                "dehyph_hyph_ok": rate("dehyph_hyph_ok", hy),
                "hyphens_all": hy_all, "hyph_all_ok": None if missing else rate("hyph_all_ok", hy_all)}

    table = {ds: agg([r for r in rows if r["dataset"] == ds]) for ds in data}
    table["ALL"] = agg(rows)
    print(f"papercli: {'(missing)' if missing else ' '.join(cmd)}"
          f"{' --lang latin' if lang else ''}; {len(rows)} articles, {elapsed:.0f} s")
    cols = ["articles", "ref_words", "fail", "wer", "raw_wer", "dehyph_wer", "hyphens",
            "hyph_ok", "dehyph_hyph_ok", "hyphens_all", "hyph_all_ok"]
    print(f"{'dataset':<10} " + " ".join(f"{c:>{max(7, len(c))}}" for c in cols))
    for name, t in table.items():
        cells = []
        for c in cols:
            v = t[c]
            s = "-" if v is None else (f"{v:.4f}" if isinstance(v, float) else str(v))
            cells.append(f"{s:>{max(7, len(c))}}")
        print(f"{name:<10} " + " ".join(cells))
    if failures:
        print(f"{len(failures)} papercli failures (counted as empty predictions)")

    result = {"papercli": None if missing else cmd, "papercli_missing": missing,
              "lang_option": lang, "seconds": round(elapsed, 1), "datasets": table,
              "failures": failures, "per_article": rows}
    text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    outs = [args.home / "latin-results.json"] + ([args.json_out] if args.json_out else [])
    for out in outs:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    print(f"results: {' '.join(str(o) for o in outs)}")
    if missing:
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
