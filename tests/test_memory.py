"""Memory follows the page, not the file: a many-page input is cleaned page by page.

Peak resident memory of ``papercli clean`` on one page and on a file of thousands
of such pages is compared: holding the file would add at least its size (bytes,
plus the decoded text), streaming adds next to nothing. The 200 MB figure is
measured by ``make bench``.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .conftest import papercli_cmd
from .wrap import PARAS, wrap

PAGE = "\n".join(["书香润万家 阅读伴成长", *wrap(PARAS, 22), "（王艳）", ""]) + "\f"
SIZE = 6_000_000


def peak_rss(*args: str) -> int:
    """Peak resident set size in bytes of ``papercli ARGS`` (Linux: ru_maxrss is in KiB)."""
    p = subprocess.Popen([*papercli_cmd(), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, p.stderr.read() if p.stderr else ""
    return usage.ru_maxrss * 1024


def test_many_pages_take_no_more_memory_than_one(tmp_path: Path):
    one, many = tmp_path / "one.txt", tmp_path / "many.txt"
    one.write_text(PAGE, encoding="utf-8")
    many.write_text(PAGE * (SIZE // len(PAGE.encode())), encoding="utf-8")
    size = many.stat().st_size
    base = peak_rss("clean", "-f", "jsonl", "-o", str(tmp_path / "one.jsonl"), str(one))
    big = peak_rss("clean", "-f", "jsonl", "-o", str(tmp_path / "many.jsonl"), str(many))
    assert (tmp_path / "many.jsonl").stat().st_size > size  # it did all the work
    assert big - base < size // 2, (base, big, size)
