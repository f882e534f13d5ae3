"""Batch runs: mirrored outputs, the manifest, skipping, resuming after a signal, parallel and Dask runs.

The unreadable input is a broken symbolic link named like a page: the tests run as root,
for whom permission bits do not stop a read, while opening a dangling link fails for
every user (ENOENT) after the directory walk has listed it.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from papercli.batch import LOCK_NAME, BatchConfig, BatchError, Task, UsageError, run_batch
from papercli.executors import run_pool
from papercli.manifest import MANIFEST_NAME, parse_manifest
from papercli.pipeline import Options

from .conftest import SAMPLES, papercli_cmd

HANS = (SAMPLES / "zh-hans-pdfminer.txt").read_text(encoding="utf-8")
HANS2 = (SAMPLES / "zh-hans-pdftotext.txt").read_text(encoding="utf-8")
HANT = (SAMPLES / "zh-hant-pypdf.txt").read_text(encoding="utf-8")
GOOD = {"a/p1.txt": "utf-8", "a/b/deep/p2.txt": "gb18030", "c/big5.txt": "big5hkscs", "c/u16.txt": "utf-16-le"}


def make_tree(root: Path) -> Path:
    """Nested folders, four encodings, an empty file, a binary file, a broken link, a non-page."""
    for rel, data in {
        "a/p1.txt": HANS.encode("utf-8"),
        "a/b/deep/p2.txt": HANS2.encode("gb18030"),
        "c/big5.txt": HANT.encode("big5"),
        "c/u16.txt": HANT.encode("utf-16"),
        "empty.txt": b"",
        "bin.txt": bytes(range(256)) * 8,
        "notes.md": b"not a page",
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    (root / "c" / "gone.txt").symlink_to(root / "nowhere" / "gone.txt")
    return root


def manifest(out: Path) -> dict:
    lines = (out / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    assert all(json.loads(x) for x in lines)  # every line is whole JSON
    return parse_manifest(lines)


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in (MANIFEST_NAME, LOCK_NAME)}


def stamps(out: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(out).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.rglob("*.jsonl")
            if p.name != MANIFEST_NAME}


def batch(src: Path, out: Path, **kw) -> object:
    cwd = os.getcwd()
    os.chdir(src.parent)  # sources are named relative to the tree's parent, as a user would
    try:
        return run_batch(BatchConfig([src.name], str(out), **kw))
    finally:
        os.chdir(cwd)


def cli(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*papercli_cmd(), *args], cwd=cwd, input=stdin, capture_output=True, timeout=300)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return make_tree(tmp_path / "in")


def test_tree_is_mirrored_with_every_input_recorded(tree: Path, tmp_path: Path):
    out = tmp_path / "out"
    s = batch(tree, out)
    assert (s.files, s.done, s.skipped, s.failed, s.exit_code) == (7, 4, 0, 3, 1)
    assert set(outputs(out)) == {k.replace(".txt", ".jsonl") for k in GOOD}
    m = manifest(out)
    assert set(m) == {*GOOD, "empty.txt", "bin.txt", "c/gone.txt"}  # notes.md does not match *.txt
    for key, enc in GOOD.items():
        e = m[key]
        assert (e.status, e.encoding, e.output) == ("done", enc, key.replace(".txt", ".jsonl"))
        assert e.sha256 and e.size == (tree / key).stat().st_size and e.error is None
    assert m["empty.txt"].status == "failed" and "empty" in (m["empty.txt"].error or "")
    assert not (out / "empty.jsonl").exists()
    assert m["a/p1.txt"].articles == 5 and sum(e.articles for e in m.values()) == s.articles
    assert m["bin.txt"].status == "failed" and "binary" in (m["bin.txt"].error or "")
    assert m["c/gone.txt"].status == "failed" and m["c/gone.txt"].error == "broken symbolic link"
    assert not list(out.rglob(".papercli-*.tmp"))


def test_output_equals_clean_of_the_same_file(tree: Path, tmp_path: Path):
    out = tmp_path / "out"
    r = cli("batch", "in", "-o", str(out), "--jobs", "1", "--quiet", "--format", "text", cwd=tmp_path)
    assert r.returncode == 1 and r.stdout == b""
    one = cli("clean", "in/a/b/deep/p2.txt", cwd=tmp_path)
    assert (out / "a/b/deep/p2.txt").read_bytes() == one.stdout
    jl = cli("batch", "in", "-o", str(tmp_path / "o2"), "-j", "1", "-q", cwd=tmp_path)
    assert jl.returncode == 1
    one = cli("clean", "-f", "jsonl", "in/c/big5.txt", cwd=tmp_path)
    assert (tmp_path / "o2/c/big5.jsonl").read_bytes() == one.stdout
    err = r.stderr.decode().splitlines()
    assert len(err) == 3 and all(re.match(r"papercli: in/\S+: ", x) for x in err)  # --quiet: errors only


def test_second_run_skips_everything_and_touch_redoes_one(tree: Path, tmp_path: Path):
    out = tmp_path / "out"
    batch(tree, out)
    before = stamps(out)
    s = batch(tree, out)
    assert (s.done, s.skipped, s.failed_before) == (0, 4, 2)
    assert s.failed == 1 and s.failures[-1]["input"].endswith("gone.txt")  # an unreadable file is always retried
    assert stamps(out) == before  # nothing rewritten
    os.utime(tree / "c/big5.txt", ns=(time.time_ns(), time.time_ns()))
    s = batch(tree, out)
    assert (s.done, s.skipped) == (1, 3)
    after = stamps(out)
    assert [k for k in after if after[k] != before[k]] == ["c/big5.jsonl"]
    assert manifest(out)["c/big5.txt"].mtime_ns == (tree / "c/big5.txt").stat().st_mtime_ns


def test_changed_content_with_old_mtime_is_redone_and_force_redoes_all(tree: Path, tmp_path: Path):
    out = tmp_path / "out"
    batch(tree, out)
    p = tree / "a/p1.txt"
    st = p.stat()
    p.write_bytes(HANS.replace("本报讯", "本報訊").encode("utf-8"))  # same size in UTF-8, new content
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert p.stat().st_size == st.st_size
    s = batch(tree, out)
    assert s.done == 1 and "本報訊" in (out / "a/p1.jsonl").read_text(encoding="utf-8")
    s = batch(tree, out, force=True)
    assert (s.done, s.skipped, s.failed, s.failed_before) == (4, 0, 3, 0)
    s = batch(tree, out, retry_failed=True)
    assert (s.done, s.skipped, s.failed) == (0, 4, 3)


def test_other_options_redo_the_outputs(tree: Path, tmp_path: Path):
    out = tmp_path / "out"
    batch(tree, out)
    first = manifest(out)["a/p1.txt"].fingerprint
    s = batch(tree, out, options=Options(to="traditional"))
    assert s.done == 4
    assert manifest(out)["a/p1.txt"].fingerprint != first
    assert "本報訊" in (out / "a/p1.jsonl").read_text(encoding="utf-8")


def test_jobs_2_equals_jobs_1(tree: Path, tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    s1, s2 = batch(tree, one, jobs=1), batch(tree, two, jobs=2)
    assert outputs(one) == outputs(two) and len(outputs(one)) == 4
    strip = [{k: {f: v for f, v in vars(e).items() if f != "finished"} for k, e in manifest(d).items()}
             for d in (one, two)]
    assert strip[0] == strip[1]
    assert (s1.done, s1.failed, s1.articles) == (s2.done, s2.failed, s2.articles)


def pool_tasks(tmp_path: Path, n: int) -> list[Task]:
    """``n`` one-page inputs of growing size (file ``i`` holds ``i + 1`` copies of a line) and their tasks."""
    tasks = []
    for i in range(n):
        p = tmp_path / f"in{i:02d}.txt"
        p.write_text("社区开展春季义诊活动。\n" * (i + 1), encoding="utf-8")
        tasks.append(Task(p.name, str(p), p.name, str(tmp_path / "out" / f"in{i:02d}.jsonl"), "jsonl", Options()))
    return tasks


def test_pool_runs_every_file_once_the_largest_first(tmp_path: Path):
    tasks = pool_tasks(tmp_path, 12)
    got = [r.key for r in run_pool(tasks, 2, lambda: False)]
    assert sorted(got) == sorted(t.key for t in tasks)  # each once
    assert got[0] in {t.key for t in tasks[-4:]}  # the first four files given out are the largest
    assert all((tmp_path / "out" / f"in{i:02d}.jsonl").exists() for i in range(12))


def test_pool_starts_no_file_after_a_halt(tmp_path: Path):
    tasks = pool_tasks(tmp_path, 12)
    seen: list[str] = []
    for r in run_pool(tasks, 2, lambda: bool(seen)):
        seen.append(r.key)
    assert 1 <= len(seen) <= 4  # the halt came with the first result: only files already given out finish
    assert len(list((tmp_path / "out").glob("*.jsonl"))) == len(seen)


def test_dask_executor_equals_local(tree: Path, tmp_path: Path):
    from distributed import LocalCluster

    local, remote = tmp_path / "local", tmp_path / "dask"
    batch(tree, local, jobs=1)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster:
        s = batch(tree, remote, executor="dask", scheduler=cluster.scheduler_address)
        r = cli("batch", "in", "-o", "viacli", "--executor", "dask", "--scheduler", cluster.scheduler_address,
                cwd=tmp_path)
    assert (s.done, s.failed, s.exit_code) == (4, 3, 1)
    assert outputs(remote) == outputs(local) == outputs(tmp_path / "viacli")
    assert manifest(remote)["c/u16.txt"].encoding == "utf-16-le"
    assert r.returncode == 1 and r.stderr.decode().splitlines()[-1].startswith("papercli: batch: 7 files: 4 done")


def test_dask_needs_a_scheduler(tree: Path, tmp_path: Path):
    r = cli("batch", "in", "-o", "out", "--executor", "dask", cwd=tmp_path)
    assert r.returncode == 2 and "--scheduler" in r.stderr.decode()


def big_tree(root: Path, n: int) -> Path:
    """``n`` pages of two form-feed pages each, distinct so that no two outputs are equal."""
    for i in range(n):
        p = root / f"d{i % 4}" / f"p{i:03d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{HANS}\f{HANS2}".replace("2月", f"{i % 12 + 1}月"), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """80 pages and their outputs from an uninterrupted run (the inputs are only read, so tests share them)."""
    src = big_tree(tmp_path_factory.mktemp("big") / "in", 80)
    batch(src, src.parent / "ref", jobs=1)
    return src, outputs(src.parent / "ref")


@pytest.mark.parametrize(("sig", "jobs", "code"), [(signal.SIGINT, "2", 130), (signal.SIGTERM, "1", 130),
                                                   (signal.SIGKILL, "1", -9)])
def test_interrupted_run_leaves_whole_outputs_and_resumes(big: tuple[Path, dict[str, bytes]], tmp_path: Path,
                                                         sig: int, jobs: str, code: int):
    src, expected = big
    out = tmp_path / "out"
    proc = subprocess.Popen([*papercli_cmd(), "batch", "in", "-o", str(out), "--jobs", jobs, "--quiet"],
                            cwd=src.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        mf = out / MANIFEST_NAME
        if mf.exists() and mf.read_bytes().count(b"\n") >= 2:
            break
        time.sleep(0.01)
    os.killpg(proc.pid, sig)  # the whole group, as Ctrl-C in a terminal does
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == code, err
    m = manifest(out)
    done = {k for k, e in m.items() if e.status == "done"}
    assert 2 <= len(done) < 80
    assert not list(out.rglob(".papercli-*.tmp")) or sig == signal.SIGKILL
    got = {k: v for k, v in outputs(out).items() if ".papercli-" not in k}  # SIGKILL may leave a temporary
    assert all(got[k] == expected[k] for k in got)  # whatever is there is whole
    assert {k.replace(".jsonl", ".txt") for k in got} >= done
    if sig != signal.SIGKILL:
        assert err.decode().startswith("papercli: interrupted;") and b"batch:" not in err  # --quiet: no summary
    r = cli("batch", "in", "-o", str(out), "--jobs", "2", "--report", str(tmp_path / "r.json"), cwd=src.parent)
    assert r.returncode == 0, r.stderr
    rep = json.loads((tmp_path / "r.json").read_text())
    assert rep["skipped"] >= len(done) and rep["done"] + rep["skipped"] == 80 and rep["exit_code"] == 0
    assert outputs(out) == expected
    assert not list(out.rglob(".papercli-*.tmp"))


def written_temporary(out: Path) -> bool:
    """True while an output with some bytes is being written (the empty manifest's temporary has none)."""
    for p in out.glob(".papercli-*.tmp"):
        try:
            if p.stat().st_size:
                return True
        except FileNotFoundError:
            pass
    return False


def test_a_second_ctrl_c_stops_at_once_and_leaves_no_partial_output(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in/a-big.txt").write_text("\f".join([HANS] * 300), encoding="utf-8")  # takes a while
    (tmp_path / "in/b.txt").write_text(HANS2, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([*papercli_cmd(), "batch", "in", "-o", str(out), "--jobs", "1"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not written_temporary(out):
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGINT)
    time.sleep(0.1)  # let the first signal be handled on its own
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert err.decode().splitlines()[-1] == "papercli: interrupted at once; run again to resume"
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME, MANIFEST_NAME]  # no output, no temporary
    assert manifest(out) == {}


def test_paths_from_stdin_null_separated(tree: Path, tmp_path: Path):
    listing = b"\0".join([b"in/a/p1.txt", b"in/c/u16.txt", b"in/notes.md"]) + b"\0"
    r = cli("batch", "--from-stdin", "-0", "-o", "out", "-j", "1", cwd=tmp_path, stdin=listing)
    assert r.returncode == 0, r.stderr
    assert set(outputs(tmp_path / "out")) == {"in/a/p1.jsonl", "in/c/u16.jsonl", "in/notes.jsonl"}
    assert r.stderr.decode().startswith("papercli: batch: 3 files: 3 done")


def test_fail_fast_stops_at_the_first_failure(tree: Path, tmp_path: Path):
    s = batch(tree, tmp_path / "out", fail_fast=True, jobs=1)
    assert s.failed == 1 and s.not_started > 0 and s.exit_code == 1 and not s.interrupted


@pytest.mark.parametrize("args", [["in", "-o", "in/a/out"], ["in", "-o", "in"], ["in/a", "-o", "in"],
                                  ["in/a", "in/b", "-o", "out"], ["in", "-o", "in/empty.txt"],
                                  ["-o", "out"], ["in"]])
def test_usage_errors_write_nothing(tree: Path, tmp_path: Path, args: list[str]):
    (tree / "b").mkdir()
    (tree / "b/p1.txt").write_text("x")
    before = sorted(p for p in tmp_path.rglob("*"))
    r = cli("batch", *args, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert len(r.stderr.decode().strip().splitlines()) <= 4 and "Traceback" not in r.stderr.decode()
    assert sorted(p for p in tmp_path.rglob("*")) == before


def test_an_input_inside_out_dir_is_refused(tree: Path, tmp_path: Path):
    with pytest.raises(UsageError, match="inside the output folder"):
        run_batch(BatchConfig([str(tree / "a/p1.txt")], str(tree)))


def test_a_locked_out_dir_is_refused(tree: Path, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(BatchError, match="another papercli batch"):
            batch(tree, out)
    finally:
        os.close(fd)
    assert not (out / MANIFEST_NAME).exists()


ANSI_STYLE = re.compile(rb"\x1b\[[0-9;]*m")


@pytest.mark.parametrize(("env", "quiet", "bar", "colour"), [
    ({}, False, True, True), ({"NO_COLOR": "1"}, False, True, False), ({"TERM": "dumb"}, False, True, False),
    ({}, True, False, False)])
def test_progress_bar_only_on_a_terminal(tree: Path, tmp_path: Path, env: dict, quiet: bool, bar: bool, colour: bool):
    import pty

    main, sub = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM", "FORCE_COLOR")}
    environ.update({"TERM": "xterm-256color", "COLUMNS": "100", **env})
    proc = subprocess.Popen([*papercli_cmd(), "batch", "in", "-o", "out", "-j", "1", *(["-q"] if quiet else [])],
                            cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=sub, env=environ)
    os.close(sub)
    chunks = []
    while True:
        try:
            data = os.read(main, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(main)
    err = b"".join(chunks)
    assert proc.returncode == 1 and proc.stdout is not None and proc.stdout.read() == b""
    assert (b"files" in err and b"pages/s" in err and b"\xe2\x94\x81" in err) == bar  # the bar's line glyph
    assert bool(ANSI_STYLE.search(err)) == colour
    assert (b"papercli: batch: 7 files" in err) != quiet
    assert b"broken symbolic link" in err


def test_no_bar_when_stderr_is_not_a_terminal(tree: Path, tmp_path: Path):
    r = cli("batch", "in", "-o", "out", "-j", "1", cwd=tmp_path)
    assert r.returncode == 1 and b"\x1b" not in r.stderr
    assert r.stderr.decode().splitlines()[-1].startswith("papercli: batch: 7 files: 4 done, 0 skipped, 3 failed")


def test_report_file(tree: Path, tmp_path: Path):
    r = cli("batch", "in", "-o", "out", "-j", "1", "-q", "--report", "rep.json", cwd=tmp_path)
    rep = json.loads((tmp_path / "rep.json").read_text())
    assert r.returncode == rep["exit_code"] == 1
    assert (rep["files"], rep["done"], rep["failed"], rep["articles"]) == (7, 4, 3, sum(
        e.articles for e in manifest(tmp_path / "out").values()))
    assert {f["input"] for f in rep["failures"]} == {"in/bin.txt", "in/c/gone.txt", "in/empty.txt"}
    assert rep["pages"] == 4 and rep["pages_per_second"] > 0


def test_cli_help_names_exit_codes():
    r = subprocess.run([sys.executable, "-m", "papercli", "batch", "--help"], capture_output=True, timeout=60)
    assert r.returncode == 0 and b"130 interrupted" in r.stdout
