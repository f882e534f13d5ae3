"""Finding a batch's input files and where their outputs go, and refusing unsafe layouts."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePath

from papercli.manifest import MANIFEST_NAME


class UsageError(Exception):
    """A batch that must not start (bad paths, clashing outputs); exit code 2."""


@dataclass(frozen=True)
class Source:
    """One input file: its key (path relative to its root, ``/``-separated), where to
    read it, and the path as the user named it (the ``source`` of its records)."""

    key: str
    path: str
    display: str


def input_key(path: str, cwd: str | None = None) -> str:
    """The key of a file named on its own: its path relative to the current folder, or,
    outside it, its absolute path without the leading ``/``.

    >>> input_key("scans/2024/p1.txt", "/data")
    'scans/2024/p1.txt'
    >>> input_key("/elsewhere/p1.txt", "/data")
    'elsewhere/p1.txt'
    """
    cwd = cwd or os.getcwd()
    full = os.path.normpath(os.path.join(cwd, path))
    rel = os.path.relpath(full, cwd)
    if rel.startswith(os.pardir):
        rel = full.lstrip(os.sep)
    return PurePath(rel).as_posix()


def matches(rel: str, pattern: str) -> bool:
    """Whether a file found under a directory is an input: the pattern is matched against
    the name, or against the relative path when it holds a ``/``.

    >>> matches("2024/p1.txt", "*.txt"), matches("2024/p1.txt", "2023/*"), matches("a/b.TXT", "*.txt")
    (True, False, False)
    """
    target = rel if "/" in pattern else rel.rsplit("/", 1)[-1]
    return fnmatch.fnmatchcase(target, pattern)


def walk_dir(root: str, pattern: str) -> Iterator[Source]:
    """Every file (and broken link) under ``root`` that matches, in sorted order;
    symbolic links to folders are not followed."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            rel = PurePath(os.path.relpath(full, root)).as_posix()
            if matches(rel, pattern):
                yield Source(rel, os.path.abspath(full), full)


def discover(inputs: Iterable[str], pattern: str) -> list[Source]:
    """The input files: directories are walked (keys relative to the directory), files
    are taken as named (keys from :func:`input_key`). The same key twice is one input."""
    found: dict[str, Source] = {}
    for arg in inputs:
        items = walk_dir(arg, pattern) if os.path.isdir(arg) else [Source(input_key(arg), os.path.abspath(arg), arg)]
        for src in items:
            other = found.setdefault(src.key, src)
            if other.path != src.path and os.path.realpath(other.path) != os.path.realpath(src.path):
                raise UsageError(f"{other.display} and {src.display} would both be written to the same output")
    return [found[k] for k in sorted(found)]


def output_rel(key: str, fmt: str) -> str:
    """The output path (relative to OUT_DIR) of an input key: the suffix becomes ``.jsonl``
    or ``.txt``.

    >>> output_rel("2024/p1.txt", "jsonl"), output_rel("notes", "text")
    ('2024/p1.jsonl', 'notes.txt')
    """
    return PurePath(key).with_suffix(".jsonl" if fmt == "jsonl" else ".txt").as_posix()


def _inside(child: str, parent: str) -> bool:
    return child == parent or child.startswith(parent.rstrip(os.sep) + os.sep)


def check_paths(inputs: Iterable[str], sources: list[Source], out_dir: str, fmt: str) -> None:
    """Refuse a batch whose outputs could land on its inputs: ``OUT_DIR`` inside an input
    directory (or the reverse), an input inside ``OUT_DIR``, two inputs for one output."""
    out_real = os.path.realpath(out_dir)
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise UsageError(f"{out_dir}: not a directory")
    for arg in inputs:
        if os.path.isdir(arg):
            real = os.path.realpath(arg)
            if _inside(out_real, real):
                raise UsageError(f"the output folder {out_dir} is inside the input folder {arg}; choose another")
            if _inside(real, out_real):
                raise UsageError(f"the input folder {arg} is inside the output folder {out_dir}; choose another")
    outputs: dict[str, str] = {MANIFEST_NAME: "the manifest"}
    for src in sources:
        if _inside(os.path.realpath(src.path), out_real):
            raise UsageError(f"{src.display} is inside the output folder {out_dir}; choose another")
        rel = output_rel(src.key, fmt)
        if rel in outputs:
            raise UsageError(f"{src.display} and {outputs[rel]} would both be written to {rel}")
        outputs[rel] = src.display
