"""``papercli check`` and ``clean --verify``: the shipped samples and the seed page pass,
and real losses or inventions are caught."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from papercli.invariant import compare

from .conftest import SAMPLES, papercli_cmd

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*papercli_cmd(), *args], capture_output=True, timeout=120)


def clean_and_check(page: Path, tmp_path: Path, fmt: str) -> subprocess.CompletedProcess:
    out = tmp_path / f"out.{fmt}"
    r = run("clean", "--verify", "-f", fmt, "-o", str(out), str(page))
    assert r.returncode == 0 and r.stderr == b"", r.stderr
    return run("check", str(page), str(out))


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
@pytest.mark.parametrize("page", SAMPLE_FILES, ids=lambda p: p.stem)
def test_samples_pass_check(page: Path, fmt: str, tmp_path: Path):
    r = clean_and_check(page, tmp_path, fmt)
    assert r.returncode == 0 and r.stdout == b"" and r.stderr == b"", r.stdout


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_seed_page_passes_check(shared: Path, fmt: str, tmp_path: Path):
    r = clean_and_check(shared / "seed" / "000_1a30c9eb8058a402.txt", tmp_path, fmt)
    assert r.returncode == 0 and r.stdout == b"", r.stdout


def test_check_lists_what_was_lost_and_invented(tmp_path: Path):
    page = SAMPLES / "zh-hans-pdftotext.txt"
    out = tmp_path / "out.txt"
    assert run("clean", "-o", str(out), str(page)).returncode == 0
    text = out.read_text(encoding="utf-8")
    i = text.index("。")
    out.write_text(text[:i] + "X" + text[i + 1 :], encoding="utf-8")
    r = run("check", str(page), str(out))
    assert r.returncode == 1
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{out}: page 1: lost: '。'")
    assert lines[1].startswith(f"{out}: page 1: invented: 'X'")


def test_check_pairs_pages_by_number_with_an_empty_page_between(tmp_path: Path):
    inp = tmp_path / "in.txt"
    inp.write_text("本报讯 第一页。\f\f本报讯 第三页。\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run("clean", "-f", "jsonl", "-o", str(out), str(inp)).returncode == 0
    assert run("check", str(inp), str(out)).returncode == 0
    out.write_text(out.read_text(encoding="utf-8").replace("第三", "第二"), encoding="utf-8")
    r = run("check", str(inp), str(out))
    assert r.returncode == 1 and r.stdout.decode().count("page 3") == 2


def test_check_reports_an_unreadable_input_on_stderr(tmp_path: Path):
    r = run("check", str(tmp_path / "nope.txt"), str(SAMPLES / "zh-hans-pdftotext.txt"))
    assert r.returncode == 1 and r.stdout == b""
    assert "nope.txt: no such file" in r.stderr.decode()


def test_verify_with_conversion_says_it_checks_before_converting():
    r = run("clean", "--verify", "--to", "traditional", str(SAMPLES / "zh-hans-pdftotext.txt"))
    assert r.returncode == 0
    assert "outside the invariant" in r.stderr.decode()


@pytest.mark.parametrize(("before", "after", "ok"), [
    ("王王艳艳 摄摄", "王艳 摄", True),  # second copies
    ("人民日报", "人日报", False),  # a character that was never doubled
    ("人人夸", "人夸", True),  # allowed by the count: the input holds a second 人
    ("the con-\nstitution", "the constitution", True),  # a line-end hyphen
    ("a - b", "a b", False),  # a hyphen inside a line
    ("好, 好", "好，好", True),  # half-width made full width
    ("好，好", "好,好", False),  # never the other way
    ("标题", "标题。", False),  # a stop invented
    ("本报讯\n\n---\n\n正文", "本报讯 正文", True),  # separators are layout
])
def test_compare_rules(before: str, after: str, ok: bool):
    assert compare(before, after).ok is ok


def test_fake_bold_copies_read_piece_by_piece_are_no_loss_but_a_lost_word_is():
    """pdfminer reads a fake-bold title's two prints piece by piece: the first copy
    with both closers (``…（百姓说））``), the second cut before its closer, or with a
    piece doubled between (``首条双线””铁路铁路`` / ``首条双线``). ``dedupe`` keeps one
    copy; the check accounts for the other, and still reports a word really lost."""
    before = "冬日暖阳（百姓说））\n冬日暖阳（百姓说\n\n「回家过年」」老人心愿\n「回家过年\n老人心愿\n"
    assert compare(before, "冬日暖阳（百姓说）\n\n「回家过年」老人心愿\n").ok
    assert compare("新建首条双线””铁路铁路\n新建首条双线\n", "新建首条双线”铁路\n").ok
    assert not compare("社区开展义诊活动，居民纷纷点赞。", "社区开展活动，居民纷纷点赞。").ok
