"""Time the tools a user would reach for instead of papercli, on the benchmark's page files.

Run by ``bench.py`` with the peers' own Python (a separate venv, so papercli's stays lean):
``python peers.py --runs N LIST_FILE`` where LIST_FILE holds one page path a line. Prints one
JSON object: for each peer, whether it is installed, its version, and the CPU seconds of each
run over all pages (one call per page, text already in memory).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import time
from collections.abc import Callable
from importlib import metadata


def _unstructured() -> Callable[[str], str]:
    from unstructured.cleaners.core import group_broken_paragraphs

    return group_broken_paragraphs


def _jionlp() -> Callable[[str], str]:
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp

    return jionlp.clean_text


PEERS = {
    "unstructured group_broken_paragraphs": ("unstructured", _unstructured),
    "jionlp clean_text": ("jionlp", _jionlp),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("files")
    a = ap.parse_args()
    with open(a.files, encoding="utf-8") as f:
        texts = [open(p.strip(), encoding="utf-8").read() for p in f if p.strip()]
    out: dict[str, object] = {}
    for name, (dist, load) in PEERS.items():
        try:
            fn = load()
        except Exception as e:  # not installed, or broken: reported, not fatal
            out[name] = {"available": False, "why": f"{type(e).__name__}: {e}"[:200]}
            continue
        runs = []
        with contextlib.redirect_stdout(io.StringIO()):
            for _ in range(a.runs):
                t = time.process_time()
                for s in texts:
                    fn(s)
                runs.append(time.process_time() - t)
        out[name] = {"available": True, "version": metadata.version(dist), "runs": runs}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
