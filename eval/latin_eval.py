#!/usr/bin/env python3
"""Latin-script evaluation of `papercli clean` and `papercli reflow` on OCR'd newspapers.

usage: latin_eval.py [--papercli CMD] [--datasets dataset2,dataset3,nzz] [--json-out PATH] [--jobs 2]

Data (read in place, never copied):
  dataset2, dataset3  ../shared/corpus/latin/overproof/{dataset2,dataset3}/allArticles.txt:
              English. An article starts at a `*$*OVERPROOF*$* ...` header line; every
              other line is `raw OCR||@@||human-corrected||@@||overProof output` for one
              printed column line.
  nzz         ../shared/corpus/latin/nzz_blackletter/text/*.{ocr_abbyy11,gt}.txt: six German
              Fraktur front pages, ABBYY OCR and ground truth, `## region` headers between
              regions (lines not aligned between the two), "¬" marking line-end hyphens.
              One page is one item; a region header becomes a blank line of the input.

Per article:
  input       the raw OCR lines joined with "\\n", written to a temp file and given to
              `papercli clean --format jsonl --lang latin FILE` (without --lang if
              `papercli clean --help` does not mention it); with --reflow also to
              `papercli despace | papercli dedupe | papercli reflow` the same way;
  prediction  clean: for each output record in order: its kicker/headline/subheadline, then
              its paragraphs ("paragraphs", or "text"), byline and caption texts, all joined
              with single spaces (nothing the cleaner keeps is thrown away, so WER
              measures the text, not the fields); reflow: the blocks' texts in page order;
  reference   the human-corrected lines reflowed: joined with spaces, except that a line
              ending in a word hyphen ("Thorns-" + "hope") is joined to the next line's
              first word, without the hyphen ("Thornshope") or with it ("north-east"),
              as decided by dehyphenate() below from the corrected text alone; for nzz
              see nzz_dehyphenate().

Figures, per dataset and in total (word = whitespace-separated token, case and punctuation
kept; WER = word-level Levenshtein distance / reference words, summed over articles):
  wer           papercli clean's prediction against the reference
  reflow_wer    (--reflow) the reflowed text's, before articles are made: clean's
                records leave reading order when they move text, this does not
  raw_wer       baseline: the raw OCR lines joined naively with spaces ("Thorns- hope")
  dehyph_wer    baseline 2: raw lines joined with every "letter-" (or "letter¬") +
                "lowercase" line end joined without its hyphen (a naive rule)
  hyphens       line-end word hyphens where the raw line and its corrected counterpart both
                end in "-" AND the OCR read both halves right (raw last word == corrected
                last word, raw next first word == corrected next first word), so that a
                perfect cleaner could reproduce the reference word; resolved = the
                reference's joined word is aligned to an identical word of the prediction
                (word-level Levenshtein alignment). hyph_ok for papercli, dehyph_hyph_ok for
                baseline 2 (raw_wer's naive join gets none right by construction).
                nzz: the ground truth's cut words whose two halves the OCR has, read right,
                at the end of one line and the start of the next.
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
WORD_HYPHEN = re.compile(r"[^\W\d_][-¬]$")   # a letter then "-" (or "¬") at the end of the line
SUSPENDING = {"und", "oder", "bis", "sowie", "and", "or"}   # "Berner- und Zürcher"
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


# ---------------------------------------------------------------- nzz (German Fraktur)
def read_regions(path):
    """A page's lines with each `## region` header turned into a blank line."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        out.append("" if line.startswith("## region") else line)
    return out


def nzz_dehyphenate(first, second):
    """The ground truth's reading of a cut word: "¬" (or a word hyphen) before "und"/"oder"
    is a suspended hyphen (None: two tokens); "Petit-¬" + "Zeile" keeps its own hyphen;
    a capital after the break keeps it ("Schweizer-Bürger"); otherwise the halves join."""
    stem = first[:-1]
    if bare(second) in SUSPENDING:
        return None
    if stem.endswith("-"):
        return stem + second
    return stem + ("-" if second[:1].isupper() else "") + second


def nzz_items(folder):
    """One item per page: raw OCR lines, reference tokens, and the cut words the OCR
    read right (the same last word on one line and first word on the next)."""
    items = []
    for gt_path in sorted(folder.glob("*.gt.txt")):
        ocr_path = gt_path.with_name(gt_path.name.replace(".gt.txt", ".ocr_abbyy11.txt"))
        if not ocr_path.is_file():
            continue
        gt, raw = read_regions(gt_path), read_regions(ocr_path)
        ref, merged = reflow(gt, nzz_dehyphenate)
        pairs = set()
        for i, line in enumerate(raw):
            k = next_nonempty(raw, i)
            if line.split() and k is not None:
                pairs.add((line.split()[-1], raw[k].split()[0]))
        clean = []
        for i in merged:
            k = next_nonempty(gt, i)
            if (gt[i].split()[-1], gt[k].split()[0]) in pairs:
                clean.append(i)
        items.append({"id": gt_path.name.split(".")[0], "raw": raw, "ref": ref, "merged": merged,
                      "every": sorted(merged), "cases": clean})
    return items


def overproof_items(articles, ref_rule):
    items = []
    for a in articles:
        ref, merged = reflow(a["corr"], ref_rule)
        every, cases = hyphen_cases(a)
        items.append({"id": a["id"], "raw": a["raw"], "ref": ref, "merged": merged,
                      "every": every, "cases": cases})
    return items


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


def block_words(rec):
    """Words of a `papercli reflow` page record: its blocks' texts in page order."""
    return " ".join(b.get("text") or "" for b in rec.get("blocks") or []).split()


def run_papercli(cmd, path, lang, timeout, stage="clean"):
    """-> (predicted tokens, error or None). stage "reflow" runs the pipe
    `papercli despace FILE | papercli dedupe | papercli reflow` (JSONL between them)."""
    chain = ["clean"] if stage == "clean" else ["despace", "dedupe", "reflow"]
    data = None
    for n, name in enumerate(chain):
        args = [*cmd, name, "--format", "jsonl", *(["--lang", "latin"] if lang else []),
                *([str(path)] if n == 0 else [])]
        try:
            r = subprocess.run(args, capture_output=True, timeout=timeout, input=data,
                               stdin=subprocess.DEVNULL if data is None else None)
        except subprocess.TimeoutExpired:
            return [], f"{name}: timeout after {timeout} s"
        except OSError as e:
            return [], str(e)
        if r.returncode:
            err = r.stderr.decode("utf-8", "replace").strip().splitlines()
            return [], f"{name}: exit {r.returncode}: {err[-1] if err else '(no stderr)'}"
        data = r.stdout
    toks = []
    try:
        for n, line in enumerate(r.stdout.decode("utf-8").splitlines(), 1):
            if line.strip():
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    return [], f"output line {n} is not a JSON object"
                toks += record_words(rec) if stage == "clean" else block_words(rec)
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
    ap.add_argument("--nzz", type=Path,
                    default=REPO.parent / "shared" / "corpus" / "latin" / "nzz_blackletter" / "text")
    ap.add_argument("--datasets", default="dataset2,dataset3,nzz")
    ap.add_argument("--json-out", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=120, help="seconds per papercli run")
    ap.add_argument("--home", type=Path, default=eval_home(), help="cache root (PAPERCLI_EVAL_HOME)")
    ap.add_argument("--reflow", action="store_true",
                    help="also score the text before segmentation (despace | dedupe | reflow)")
    ap.add_argument("--show-hyphens", type=int, default=0, metavar="N",
                    help="print N reference de-hyphenation decisions (to check the rule)")
    args = ap.parse_args(argv)

    names = [d for d in args.datasets.split(",") if d]
    overproof = {}
    for ds in names:
        if ds == "nzz":
            if not args.nzz.is_dir():
                print(f"latin_eval: missing {args.nzz}", file=sys.stderr)
                return 2
            continue
        p = args.overproof / ds / "allArticles.txt"
        if not p.is_file():
            print(f"latin_eval: missing {p}", file=sys.stderr)
            return 2
        overproof[ds] = read_articles(p)
    vocab = build_vocab([a for arts in overproof.values() for a in arts])
    ref_rule = lambda a, b: dehyphenate(a, b, vocab)  # noqa: E731
    data = {ds: nzz_items(args.nzz) if ds == "nzz" else overproof_items(overproof[ds], ref_rule)
            for ds in names}

    if args.show_hyphens:
        shown = 0
        for arts in overproof.values():
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
    stages = ["clean", "reflow"] if args.reflow else ["clean"]
    rows, failures = [], []
    with tempfile.TemporaryDirectory(prefix="papercli-latin-") as tmp:
        jobs = []
        for ds, items in data.items():
            for n, a in enumerate(items):
                path = Path(tmp) / f"{ds}-{n:03d}-{a['id']}.txt"
                path.write_text("\n".join(a["raw"]) + "\n", encoding="utf-8")
                jobs += [(ds, a, path, st) for st in stages]

        def one(job):
            if missing:
                return None, None
            return run_papercli(cmd, job[2], lang, args.timeout, job[3])

        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            results = list(pool.map(one, jobs))
        step = len(stages)
        for k in range(0, len(jobs), step):
            ds, a, _path, _ = jobs[k]
            ref, merged, every, cases = a["ref"], a["merged"], a["every"], a["cases"]
            raw_toks, _ = reflow(a["raw"], lambda x, y: None)
            dh_toks, _ = reflow(a["raw"], naive_dehyph)
            row = {"dataset": ds, "id": a["id"], "ref_words": len(ref),
                   "raw_dist": Levenshtein.distance(ref, raw_toks),
                   "dehyph_dist": Levenshtein.distance(ref, dh_toks),
                   "hyphens": len(cases),
                   "dehyph_hyph_ok": resolved(ref, merged, cases, dh_toks),
                   "hyphens_all": len(every)}
            for (pred, err), (stage, pre) in zip(results[k:k + step], (("clean", ""), ("reflow", "reflow_")),
                                                 strict=False):
                if pred is not None:
                    row[pre + "dist"] = Levenshtein.distance(ref, pred)
                    row[pre + "hyph_ok"] = resolved(ref, merged, cases, pred)
                    row[pre + "hyph_all_ok"] = resolved(ref, merged, every, pred)
                if err:
                    row[pre + "error"] = err
                    failures.append({"dataset": ds, "id": a["id"], "stage": stage, "error": err})
                    print(f"latin_eval: FAIL {stage} {ds}/{a['id']}: {err}", file=sys.stderr)
            rows.append(row)
    elapsed = time.time() - t0

    def agg(rs):
        words = sum(r["ref_words"] for r in rs)
        hy = sum(r["hyphens"] for r in rs)
        hy_all = sum(r["hyphens_all"] for r in rs)
        rate = lambda k, d: round(sum(r.get(k, 0) for r in rs) / d, 4) if d else None  # noqa: E731
        fails = sum("error" in r or "reflow_error" in r for r in rs)
        return {"articles": len(rs), "ref_words": words, "fail": fails,
                "wer": None if missing else rate("dist", words),
                "reflow_wer": rate("reflow_dist", words) if args.reflow and not missing else None,
                "raw_wer": rate("raw_dist", words), "dehyph_wer": rate("dehyph_dist", words),
                "hyphens": hy, "hyph_ok": None if missing else rate("hyph_ok", hy),
                "reflow_hyph_ok": rate("reflow_hyph_ok", hy) if args.reflow and not missing else None,
                "dehyph_hyph_ok": rate("dehyph_hyph_ok", hy),
                "hyphens_all": hy_all, "hyph_all_ok": None if missing else rate("hyph_all_ok", hy_all)}

    table = {ds: agg([r for r in rows if r["dataset"] == ds]) for ds in data}
    table["ALL"] = agg(rows)
    print(f"papercli: {'(missing)' if missing else ' '.join(cmd)}"
          f"{' --lang latin' if lang else ''}; {len(rows)} articles"
          f"{' (clean, and despace|dedupe|reflow)' if args.reflow else ''}, {elapsed:.0f} s")
    cols = ["articles", "ref_words", "fail", "wer", "reflow_wer", "raw_wer", "dehyph_wer", "hyphens",
            "hyph_ok", "reflow_hyph_ok", "dehyph_hyph_ok", "hyphens_all", "hyph_all_ok"]
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
