"""The bad-input matrix: one test per row, run as users run papercli (a subprocess).

Every row that is an error gives one line on stderr naming the file and the cause,
exit code 1, no traceback, and the good input given with it is still processed.
Rows that are repaired (truncated last character, mixed line ends, UTF-16 without
BOM, a huge line) exit 0; a repair worth knowing is one warning line on stderr.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from papercli.errors import Terminated
from papercli.io import atomic_output

from .conftest import SAMPLES, papercli_cmd

GOOD = SAMPLES / "zh-hans-pdftotext.txt"
PARA = "本报讯 为进一步深化移风易俗工作，树立文明健康新风尚，城北街道社区邀请志愿者开展宣传活动。\n"


def run(*args: str, stdin: bytes | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*papercli_cmd(), *args], input=stdin, capture_output=True, timeout=300, **kw)


def assert_one_error(r: subprocess.CompletedProcess, name: str, cause: str, code: int = 1) -> None:
    err = r.stderr.decode()
    assert r.returncode == code, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert name in lines[0] and cause in lines[0], err


def assert_good_processed(r: subprocess.CompletedProcess) -> None:
    assert "绿色出行" in r.stdout.decode() or "---" in r.stdout.decode()


def bad_then_good(bad: Path | str, cause: str, *opts: str) -> None:
    r = run("clean", *opts, str(bad), str(GOOD))
    assert_one_error(r, Path(bad).name, cause)
    assert r.stdout.decode().count("\n---\n") == GOOD_ARTICLES - 1


GOOD_ARTICLES = 3


def test_missing_file(tmp_path: Path):
    bad_then_good(tmp_path / "missing.txt", "no such file")


def test_directory_given_as_a_file(tmp_path: Path):
    bad_then_good(tmp_path, "is a directory")


def _without_file_override() -> None:
    """In the child, before exec: drop the capabilities that let root read any file
    (CAP_DAC_OVERRIDE = 1, CAP_DAC_READ_SEARCH = 2) from the bounding set, so a
    mode-000 file is unreadable even for root."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl")


def test_no_read_permission(tmp_path: Path):
    """As root, mode 000 is not enough: the child runs without the override capabilities."""
    f = tmp_path / "secret.txt"
    f.write_text(PARA, encoding="utf-8")
    f.chmod(0)
    tmp_path.chmod(0o755)
    pre = _without_file_override if os.geteuid() == 0 else None
    r = run("clean", str(f), str(GOOD), preexec_fn=pre)
    assert_one_error(r, "secret.txt", "permission denied")
    assert r.stdout.decode().count("\n---\n") == GOOD_ARTICLES - 1


def test_empty_file(tmp_path: Path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    bad_then_good(f, "empty file")


def test_only_whitespace(tmp_path: Path):
    f = tmp_path / "blank.txt"
    f.write_bytes(b" \n\t\r\n\xe3\x80\x80\n\f  \n")
    bad_then_good(f, "only whitespace")


def test_binary_file(tmp_path: Path):
    f = tmp_path / "image.png"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    bad_then_good(f, "binary data")


def test_invalid_utf8_with_explicit_encoding(tmp_path: Path):
    f = tmp_path / "gb.txt"
    f.write_bytes(PARA.encode("gb18030"))
    r = run("clean", "--encoding", "utf-8", str(f), str(GOOD))
    assert_one_error(r, "gb.txt", "not valid utf-8 at byte 0")
    assert r.stdout.decode().count("\n---\n") == GOOD_ARTICLES - 1


def test_encoding_too_uncertain(tmp_path: Path):
    f = tmp_path / "noise.txt"
    f.write_bytes(bytes(range(0x80, 0x100)) * 20)
    bad_then_good(f, "cannot tell the encoding")


def test_truncated_multibyte_at_the_end(tmp_path: Path):
    f = tmp_path / "cut.txt"
    f.write_bytes(PARA.strip().encode("utf-8")[:-1])
    r = run("clean", str(f), str(GOOD))
    assert_one_error(r, "cut.txt", "ends inside a character", code=0)
    out = r.stdout.decode()
    assert "宣传活动\ufffd" in out and out.count("\n---\n") == GOOD_ARTICLES - 1


def test_mixed_line_ends(tmp_path: Path):
    f = tmp_path / "mixed.txt"
    f.write_bytes(b"line one\r\nline two\nline three\rline four\r\n")
    r = run("decode", str(f))
    assert r.returncode == 0 and r.stderr == b""
    assert r.stdout == b"line one\nline two\nline three\nline four\n"


def test_a_single_50_mb_line(tmp_path: Path):
    """Read, decoded and written whole (``clean`` on it: see the README, "What is guaranteed")."""
    f = tmp_path / "line.txt"
    unit = PARA.strip().encode("utf-8")
    f.write_bytes(unit * (50_000_000 // len(unit)))
    r = run("decode", str(f))
    assert r.returncode == 0 and r.stderr == b""
    assert len(r.stdout) == f.stat().st_size + 1 and r.stdout.count(b"\n") == 1  # a final line end added


def test_utf16_without_bom(tmp_path: Path):
    f = tmp_path / "u16.txt"
    f.write_bytes(PARA.encode("utf-16-le"))
    r = run("clean", str(f))
    assert r.returncode == 0 and r.stderr == b""
    assert r.stdout.decode().strip() == PARA.strip()


@pytest.mark.parametrize("where", ["missing-folder/out.txt", "a-file/out.txt"])
def test_output_folder_cannot_be_written(tmp_path: Path, where: str):
    (tmp_path / "a-file").write_text("x")
    out = tmp_path / where
    r = run("clean", "-o", str(out), str(GOOD))
    assert_one_error(r, str(out), "cannot write there")
    assert not out.exists() and r.stdout == b""


def _big(tmp_path: Path, pages: int = 400) -> Path:
    f = tmp_path / "big.txt"
    f.write_text("\f".join(PARA * 6 for _ in range(pages)), encoding="utf-8")
    return f


def test_stdout_closed_early(tmp_path: Path):
    """``papercli clean big.txt | head -1`` exits quietly."""
    r = subprocess.run(f"{' '.join(papercli_cmd())} clean {_big(tmp_path)} | head -1; exit ${{PIPESTATUS[0]}}",
                       shell=True, executable="/bin/bash", capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stderr == b"" and r.stdout.decode().count("\n") == 1


def test_sigterm_during_a_write(tmp_path: Path):
    """The output file keeps its old content, no temporary file is left, exit code 143."""
    out = tmp_path / "out.txt"
    out.write_text("old content\n")
    p = subprocess.Popen([*papercli_cmd(), "clean", "-o", str(out), str(_big(tmp_path, 3000))],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for _ in range(3000):  # wait until the temporary output exists, i.e. writing has begun
        if list(tmp_path.glob(".papercli-*.tmp")) or p.poll() is not None:
            break
        time.sleep(0.01)
    assert p.poll() is None, "finished before it could be interrupted"
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 143, err
    assert err.decode().strip() == "papercli: terminated"
    assert out.read_text() == "old content\n"
    assert not list(tmp_path.glob(".papercli-*.tmp"))


def test_a_sigterm_right_after_the_temporary_file_is_made_leaves_no_file(tmp_path: Path, monkeypatch):
    """A SIGTERM that lands after the temporary output file is made but before its
    name is known is held off until it is: the file is removed, the old output kept."""
    made = tempfile.mkstemp

    def mkstemp_then_sigterm(*args, **kwargs):
        out = made(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGTERM)  # lands before the name reaches the caller
        return out

    def stop(signum, frame):
        raise Terminated()

    old = signal.signal(signal.SIGTERM, stop)
    try:
        monkeypatch.setattr(tempfile, "mkstemp", mkstemp_then_sigterm)
        out = tmp_path / "out.txt"
        out.write_text("old content\n")
        with pytest.raises(Terminated), atomic_output(str(out)) as f:
            f.write("new content\n")
    finally:
        signal.signal(signal.SIGTERM, old)
    assert out.read_text() == "old content\n"
    assert not list(tmp_path.glob(".papercli-*.tmp"))
