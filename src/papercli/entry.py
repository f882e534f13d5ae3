"""The console entry point: ``papercli --version`` answers before the CLI is imported.

Importing :mod:`papercli.cli` loads typer, click, rich and pydantic (most of a
start-up's time); a version query needs none of it.
"""

from __future__ import annotations

import sys

from papercli import __version__


def main() -> None:
    """Print the version for a bare ``--version``; otherwise run the typer CLI."""
    if sys.argv[1:] == ["--version"]:
        print(f"papercli {__version__}")
        return
    from papercli.cli import main as cli_main

    cli_main()
