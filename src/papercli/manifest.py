"""The batch manifest: what was made from each input, so a re-run does only what is missing.

The manifest is ``OUT_DIR/papercli-manifest.jsonl``, one JSON object a line, one line
per input once compacted (sorted by input). While a batch runs, each finished file
appends one line (later lines win), so a run killed at any point leaves a manifest
that loses at most the files still in flight; a torn last line is ignored on reading.
At the start and the end of a run the file is compacted by writing a temporary file
and renaming it over the old one.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, fields
from typing import Any

from papercli.io import atomic_output

MANIFEST_NAME = "papercli-manifest.jsonl"
DONE = "done"
FAILED = "failed"


@dataclass
class Entry:
    """One input's line in the manifest.

    ``input`` is the path relative to its root (the key), ``output`` the output path
    relative to ``OUT_DIR``; ``fingerprint`` identifies the papercli version and options
    that made the output (see :func:`fingerprint`).
    """

    input: str
    source: str
    output: str
    status: str
    fingerprint: str
    version: str
    sha256: str | None = None
    size: int | None = None
    mtime_ns: int | None = None
    encoding: str | None = None
    pages: int = 0
    articles: int = 0
    error: str | None = None
    finished: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"), sort_keys=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entry:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


def fingerprint(version: str, settings: dict[str, Any]) -> str:
    """A short digest of the papercli version and the options that shape an output.

    >>> fingerprint("0.1.0", {"format": "jsonl"}) == fingerprint("0.1.0", {"format": "jsonl"})
    True
    >>> fingerprint("0.1.0", {"format": "jsonl"}) == fingerprint("0.1.1", {"format": "jsonl"})
    False
    """
    blob = json.dumps({"papercli": version, **settings}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def parse_manifest(lines: list[str]) -> dict[str, Entry]:
    """Entries by input from manifest lines; later lines win and torn or foreign lines are skipped.

    >>> m = parse_manifest(['{"input":"a.txt","source":"a.txt","output":"a.jsonl","status":"failed",'
    ...                     '"fingerprint":"f","version":"1"}', '{"input":"a.txt","sou'])
    >>> m["a.txt"].status
    'failed'
    """
    entries: dict[str, Entry] = {}
    for line in lines:
        try:
            d = json.loads(line)
            entry = Entry.from_dict(d)
        except (ValueError, TypeError):
            continue
        entries[entry.input] = entry
    return entries


class Manifest:
    """The manifest of one output folder, loaded, appended to and compacted.

    Only one process writes it at a time (the batch holds a lock on ``OUT_DIR``).
    """

    def __init__(self, out_dir: str) -> None:
        self.path = os.path.join(out_dir, MANIFEST_NAME)
        self.entries: dict[str, Entry] = {}
        if os.path.exists(self.path):
            with open(self.path, encoding="utf-8", errors="replace") as f:
                self.entries = parse_manifest(f.read().splitlines())
        self._fd: int | None = None

    def compact(self) -> None:
        """Rewrite the manifest with one line per input, atomically."""
        self.close()
        with atomic_output(self.path) as out:
            for key in sorted(self.entries):
                out.write(self.entries[key].to_json() + "\n")

    def record(self, entry: Entry) -> None:
        """Add or replace an input's entry: one line appended with a single write."""
        self.entries[entry.input] = entry
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.write(self._fd, (entry.to_json() + "\n").encode("utf-8"))

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
