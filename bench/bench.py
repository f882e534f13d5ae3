"""``make bench``: how fast papercli is, against floors and peers, in one table.

Builds (or reuses) the corpus of :mod:`corpus`, then measures, each as the median of
``--runs`` runs with min and max:

- in process, one core: each stage's and the whole pipeline's throughput (CPU time of
  this process, so other load on the machine counts less), the two floors (read + write
  every page unchanged; one ``re.sub`` over every page), and the peers (unstructured's
  ``group_broken_paragraphs``, jionlp's ``clean_text``) where their venv is present;
- whole process (wall time, and peak RSS of the largest process of the run from
  ``getrusage(RUSAGE_CHILDREN)`` in a fresh wrapper process): ``papercli batch`` on the page
  files with ``--jobs 1`` and ``--jobs 2``, ``papercli clean`` on one big multi-page file,
  start-up of ``papercli --version`` and of ``papercli clean`` on one sample page;
- headline matching's scaling: one page of 60 articles with their 60 headlines dumped at
  its end, against the six pages of 10 that split it (same text in all).

Prints the table on stdout (progress on stderr) and writes everything, every run
included, to ``OUT/bench-results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

from papercli import __version__
from papercli.pipeline import ORDER, STAGES, Options, clean_page, load_pages
from papercli.records import dumps, page_records

TARGETS = {
    "pipeline_mbs": 20.0,
    "batch_scaling": 1.7,
    "version_ms": 150.0,
    "batch_rss_mb": 100.0,
    "big_rss_mb": 200.0,
    "headline_ratio": 10.0,
}

# Runs a command in a fresh process and reports its wall time and the children's peak RSS.
WRAPPER = r"""
import json, os, resource, signal, subprocess, sys, time
cmd, timeout = json.loads(sys.argv[1]), float(sys.argv[2])
t = time.perf_counter()
p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
try:
    _, err = p.communicate(timeout=timeout)
    rc = p.returncode
except subprocess.TimeoutExpired:
    os.killpg(p.pid, signal.SIGKILL)
    _, err = p.communicate()
    rc = "timeout"
wall = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"wall": wall, "rss_mb": rss, "rc": rc, "stderr": err.decode(errors="replace")[-300:]}))
"""


def log(msg: str) -> None:
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def summary(xs: list[float]) -> dict[str, Any]:
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs), "n": len(xs)}


# --- in process ---------------------------------------------------------------------------


def inprocess(datas: list[tuple[str, bytes]], runs: int) -> dict[str, list[float]]:
    """CPU seconds per run of each stage, of the JSONL records, and of the whole pipeline."""
    names = ["decode", *[s for s in ORDER if s != "convert"], "records"]
    out: dict[str, list[float]] = {n: [] for n in [*names, "convert (--to traditional)", "pipeline"]}
    opts, conv = Options(), Options(to="traditional")
    clock = time.process_time
    for r in range(runs):
        acc = dict.fromkeys(out, 0.0)
        for name, data in datas:
            t = clock()
            pages = list(load_pages(data, name, opts))
            acc["decode"] += clock() - t
            for page in pages:
                for st in ORDER[:-1]:
                    t = clock()
                    page = STAGES[st](page, opts)
                    acc[st] += clock() - t
                t = clock()
                for rec in page_records(page):
                    dumps(rec)
                acc["records"] += clock() - t
                t = clock()
                STAGES["convert"](page, conv)
                acc["convert (--to traditional)"] += clock() - t
        acc["pipeline"] = sum(acc[n] for n in names)
        for k, v in acc.items():
            out[k].append(v)
        log(f"in-process run {r + 1}/{runs}: pipeline {acc['pipeline']:.1f} s")
    return out


def profile(datas: list[tuple[str, bytes]], path: Path) -> None:
    """Write pyinstrument's call tree of the in-process pipeline over these pages to ``path``."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        log("--profile needs pyinstrument (the 'bench' extra; make bench installs it)")
        return
    prof = Profiler(interval=0.0005)
    prof.start()
    for name, data in datas:
        for page in load_pages(data, name):
            page_records(clean_page(page))
    prof.stop()
    path.write_text(prof.output_text(unicode=True, color=False))
    log(f"profile written to {path}")


def floors(datas: list[tuple[str, bytes]], runs: int, tmp: Path) -> dict[str, list[float]]:
    """The cost of doing (almost) nothing: copy every page; one regex pass over every page."""
    out: dict[str, list[float]] = {"floor: read + write unchanged": [], "floor: one re.sub pass": []}
    ws = re.compile(r"[ \t\u3000]+")
    texts = [d.decode("utf-8") for _, d in datas]
    dst = tmp / "floor"
    dst.mkdir(exist_ok=True)
    for _ in range(runs):
        t = time.process_time()
        for name, _ in datas:
            text = Path(name).read_bytes().decode("utf-8")
            (dst / Path(name).name).write_bytes(text.encode("utf-8"))
        out["floor: read + write unchanged"].append(time.process_time() - t)
        t = time.process_time()
        for s in texts:
            ws.sub(" ", s)
        out["floor: one re.sub pass"].append(time.process_time() - t)
    return out


def peers(python: Path | None, files: list[Path], runs: int, tmp: Path) -> dict[str, Any]:
    if python is None or not python.exists():
        why = "peers venv not found (make bench BENCH_PEERS=1 creates it)"
        return {n: {"available": False, "why": why} for n in ("unstructured group_broken_paragraphs",
                                                               "jionlp clean_text")}
    lst = tmp / "peer-files.txt"
    lst.write_text("\n".join(str(f) for f in files))
    log(f"peers with {python}")
    p = subprocess.run([str(python), str(Path(__file__).with_name("peers.py")), "--runs", str(runs), str(lst)],
                       capture_output=True, text=True)
    if p.returncode:
        return {"peers": {"available": False, "why": p.stderr.strip()[-200:]}}
    return json.loads(p.stdout)


def headline_scaling(h: dict[str, Any], runs: int) -> dict[str, Any]:
    """CPU seconds of the whole clean, and of the match stage alone, for the 60 page and the 10s."""
    if not h.get("available"):
        return h

    def cost(path: Path) -> tuple[float, float]:
        whole, match = [], []
        data = path.read_bytes()
        for _ in range(runs):
            t0 = time.process_time()
            for page in load_pages(data, path.name):
                for st in ORDER[:-2]:
                    page = STAGES[st](page, Options())
                t1 = time.process_time()
                STAGES["match"](page, Options())
            t2 = time.process_time()
            whole.append(t2 - t0)
            match.append(t2 - t1)
        return statistics.median(whole), statistics.median(match)

    big_whole, big_match = cost(h["full"])
    recs = [r for pg in load_pages(h["full"].read_bytes(), "p") for r in page_records(clean_page(pg))]
    found = {"articles": sum(r["type"] == "article" for r in recs),
             "headlines_attached": sum(bool(r.get("headline")) for r in recs)}
    parts = [cost(p) for p in h["parts"]]
    small_whole = statistics.mean(w for w, _ in parts)
    small_match = statistics.mean(m for _, m in parts)
    return {
        "available": True, "articles_reused": h["articles_reused"],
        "page60_s": big_whole, "page10_s": small_whole, "ratio": big_whole / small_whole,
        "match60_s": big_match, "match10_s": small_match, "match_ratio": big_match / small_match,
        "bytes60": h["full"].stat().st_size, "page60_found": found,
    }


# --- whole process --------------------------------------------------------------------------


def measure(cmd: list[str], runs: int, timeout: float, before: Callable[[], None] | None = None) -> dict[str, Any]:
    res = []
    for r in range(runs):
        if before:
            before()
        p = subprocess.run([sys.executable, "-c", WRAPPER, json.dumps(cmd), str(timeout)],
                           capture_output=True, text=True, check=True)
        one = json.loads(p.stdout)
        res.append(one)
        if one["rc"] != 0:
            log(f"{' '.join(cmd[:3])}…: run {r + 1} failed ({one['rc']}): {one['stderr'].strip()[-200:]}")
            break
    ok = all(x["rc"] == 0 for x in res)
    out: dict[str, Any] = {"cmd": cmd, "ok": ok, "runs": res}
    if ok:
        out["wall"] = summary([x["wall"] for x in res])
        out["rss_mb"] = summary([x["rss_mb"] for x in res])
    else:
        out["why"] = f"exit {res[-1]['rc']}: {res[-1]['stderr'].strip()[-160:]}"
    return out


def has_batch(papercli: str) -> bool:
    p = subprocess.run([papercli, "batch", "--help"], capture_output=True)
    return p.returncode == 0


# --- table ----------------------------------------------------------------------------------


def fmt_spread(s: dict[str, Any], scale: float = 1.0, nd: int = 1) -> tuple[str, str]:
    return f"{s['median'] * scale:.{nd}f}", f"{s['min'] * scale:.{nd}f}–{s['max'] * scale:.{nd}f}"


def rows(res: dict[str, Any]) -> list[list[str]]:
    out: list[list[str]] = []
    mb, pages = res["corpus"]["mb"], res["corpus"]["pages"]

    def tput(name: str, xs: list[float], target: float | None = None) -> None:
        rate = summary([mb / x for x in xs])
        pps = statistics.median([pages / x for x in xs])
        med, spread = fmt_spread(rate, nd=2)
        met = "" if target is None else ("yes" if rate["median"] >= target else "no")
        out.append([name, f"{med} MB/s", f"{spread}", f"{pps:,.0f} pages/s",
                    f">= {target:g} MB/s" if target else "", met])

    for name, xs in res["inprocess"].items():
        tput(f"in-process: {name}", xs, TARGETS["pipeline_mbs"] if name == "pipeline" else None)
    for name, xs in res["floors"].items():
        tput(name, xs)
    for name, p in res["peers"].items():
        if p.get("available"):
            tput(f"peer: {name} {p['version']}", p["runs"])
        else:
            out.append([f"peer: {name}", "not installed", "", "", "", ""])

    def proc(name: str, m: dict[str, Any] | None, rss_target: float | None = None,
             ms: bool = False) -> None:
        if m is None:
            out.append([name, "not measured", "", "", "", ""])
            return
        if not m.get("ok"):
            out.append([name, "not available" if m.get("missing") else "failed", m.get("why", "")[:60], "", "", ""])
            return
        med, spread = fmt_spread(m["wall"], 1000 if ms else 1, 0 if ms else 2)
        rss = m["rss_mb"]["max"]
        target, met = "", ""
        if rss_target is not None:
            target, met = f"peak < {rss_target:g} MB", "yes" if rss < rss_target else "no"
        out.append([name, f"{med} {'ms' if ms else 's'}", spread, f"peak {rss:.0f} MB", target, met])

    w = res["process"]
    proc(f"papercli batch {pages} files, --jobs 1", w.get("batch1"), rss_target=TARGETS["batch_rss_mb"])
    proc(f"papercli batch {pages} files, --jobs 2", w.get("batch2"), rss_target=TARGETS["batch_rss_mb"])
    b1, b2 = w.get("batch1"), w.get("batch2")
    if b1 and b2 and b1.get("ok") and b2.get("ok"):
        sc = b1["wall"]["median"] / b2["wall"]["median"]
        out.append(["batch scaling, jobs 1 -> 2", f"{sc:.2f}x", "", "", f">= {TARGETS['batch_scaling']}x",
                    "yes" if sc >= TARGETS["batch_scaling"] else "no"])
    else:
        out.append(["batch scaling, jobs 1 -> 2", "not available", "", "", f">= {TARGETS['batch_scaling']}x", ""])
    proc(f"papercli clean, one {res['corpus']['big_mb']} MB file", w.get("big"), rss_target=TARGETS["big_rss_mb"])
    big = w.get("big")
    if big and big.get("ok"):
        rate = res["corpus"]["big_bytes"] / 1e6 / big["wall"]["median"]
        out.append(["  (that is, wall-clock)", f"{rate:.2f} MB/s", "", "", "", ""])
    v = w.get("version")
    proc("start-up: papercli --version", v, ms=True)
    if v and v.get("ok"):
        out[-1][4] = f"< {TARGETS['version_ms']:g} ms"
        out[-1][5] = "yes" if v["wall"]["median"] * 1000 < TARGETS["version_ms"] else "no"
    proc("start-up: papercli clean, one sample page", w.get("clean1"), ms=True)
    h = res["headlines"]
    if h.get("available"):
        if h.get("articles_reused"):
            out.append(["headlines: (few gold articles: reused, 6 copies of each)", "", "", "", "", ""])
        out.append(["headlines: page 60/60 vs 10/10, whole clean", f"{h['ratio']:.1f}x",
                    f"{h['page60_s'] * 1000:.0f} vs {h['page10_s'] * 1000:.0f} ms", "",
                    f"<= {TARGETS['headline_ratio']:g}x", "yes" if h["ratio"] <= TARGETS["headline_ratio"] else "no"])
        out.append(["headlines: page 60/60 vs 10/10, match stage", f"{h['match_ratio']:.1f}x",
                    f"{h['match60_s'] * 1000:.0f} vs {h['match10_s'] * 1000:.0f} ms", "", "", ""])
    else:
        out.append(["headlines: page 60/60 vs 10/10", "not available", h.get("why", ""), "", "", ""])
    return out


def table(res: dict[str, Any]) -> str:
    head = ["measure", "median", "min–max", "also", "target", "met"]
    body = rows(res)
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"  # noqa: E731
    c = res["corpus"]
    top = (f"papercli {res['version']} bench, {res['date']}, {res['machine']}\n"
           f"corpus: {c['pages']} pages, {c['mb']:.1f} MB ({c['sources']}); {res['runs']} runs each; "
           "in-process figures are CPU time of one process, whole-process ones wall time\n\n")
    return top + "\n".join([line(head), line(["-" * w for w in widths]), *(line(r) for r in body)])


# --- main -----------------------------------------------------------------------------------


def machine() -> str:
    cpu = ""
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                cpu = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores {cpu}, {mem:.0f} GiB, Python {platform.python_version()}, {platform.system()}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out",
                    help="corpus cache and results folder (default bench/out, git-ignored)")
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--big-mb", type=int, default=200)
    ap.add_argument("--big-runs", type=int, default=None, help="runs for the big file (default --runs)")
    ap.add_argument("--startup-runs", type=int, default=10)
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before one process run is killed")
    ap.add_argument("--papercli", default=str(Path(sys.executable).with_name("papercli")))
    ap.add_argument("--peers-python", type=Path, default=None, help="python of the venv with the peers")
    ap.add_argument("--skip", default="", help="comma-separated: inprocess,peers,batch,big,startup,headlines")
    ap.add_argument("--profile", action="store_true", help="also write OUT/profile.txt (pyinstrument, 200 pages)")
    ap.add_argument("--quick", action="store_true", help="200 pages, 1 run, a 20 MB big file: a smoke run")
    a = ap.parse_args()
    if a.quick:
        a.pages, a.runs, a.big_mb = 200, 1, 20
    skip = set(filter(None, a.skip.split(",")))
    big_runs = a.big_runs or a.runs
    texts, golds, origins = corpus.source_texts()
    log(f"sources: {origins}")
    files = corpus.build_pages(a.out / "pages", a.pages, texts)
    datas = [(str(f), f.read_bytes()) for f in files]
    total = sum(len(d) for _, d in datas)
    res: dict[str, Any] = {
        "version": __version__, "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(), "runs": a.runs, "targets": TARGETS,
        "corpus": {"pages": len(files), "mb": total / 1e6, "big_mb": a.big_mb,
                   "sources": ", ".join(f"{v} {k}" for k, v in origins.items() if v)},
        "inprocess": {}, "floors": {}, "peers": {}, "process": {}, "headlines": {"available": False, "why": "skipped"},
    }
    with tempfile.TemporaryDirectory(prefix="papercli-bench-") as tmpd:
        tmp = Path(tmpd)
        if a.profile:
            profile(datas[:200], a.out / "profile.txt")
        if "inprocess" not in skip:
            res["floors"] = floors(datas, a.runs, tmp)
            res["inprocess"] = inprocess(datas, a.runs)
        if "peers" not in skip:
            res["peers"] = peers(a.peers_python, files, a.runs, tmp)
        if "headlines" not in skip:
            log("headline scaling")
            res["headlines"] = headline_scaling(corpus.build_headline_pages(a.out / "headlines", golds),
                                                max(a.runs, 3))
        w = res["process"]
        if "startup" not in skip:
            log("start-up")
            w["version"] = measure([a.papercli, "--version"], a.startup_runs, a.timeout)
            sample = str(corpus.REPO / "samples" / "zh-hans-pdftotext.txt")
            w["clean1"] = measure([a.papercli, "clean", "-f", "jsonl", sample], a.startup_runs, a.timeout)
        if "batch" not in skip:
            if has_batch(a.papercli):
                odir = tmp / "batch-out"
                for jobs in (1, 2):
                    log(f"batch --jobs {jobs}")
                    cmd = [a.papercli, "batch", str(a.out / "pages"), "-o", str(odir), "--jobs", str(jobs),
                           "--quiet", "--format", "jsonl"]
                    w[f"batch{jobs}"] = measure(cmd, a.runs, a.timeout,
                                                before=lambda: shutil.rmtree(odir, ignore_errors=True))
            else:
                for jobs in (1, 2):
                    w[f"batch{jobs}"] = {"ok": False, "missing": True, "why": "no 'papercli batch' command"}
        if "big" not in skip:
            bigf = corpus.build_big(a.out / f"big-{a.big_mb}mb.txt", files, a.big_mb)
            res["corpus"]["big_bytes"] = bigf.stat().st_size
            log(f"clean one {a.big_mb} MB file ({big_runs} runs)")
            w["big"] = measure([a.papercli, "clean", "-f", "jsonl", "-o", str(tmp / "big.jsonl"), str(bigf)],
                               big_runs, a.timeout)
    text = table(res)
    print(text)
    res["table"] = text
    out = a.out / "bench-results.json"
    out.write_text(json.dumps(res, indent=1, default=str, ensure_ascii=False))
    log(f"results written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
