"""The console entry point's fast path for ``--version``."""

from __future__ import annotations

import subprocess
import sys

import pytest

from papercli import __version__, entry


def test_version_fast_path_prints_the_version(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["papercli", "--version"])
    entry.main()
    assert capsys.readouterr().out == f"papercli {__version__}\n"


def test_version_does_not_import_the_cli() -> None:
    code = "import sys; sys.argv = ['papercli', '--version']; from papercli import entry; entry.main(); " \
           "print(sorted(m for m in ('typer', 'rich', 'papercli.cli') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [f"papercli {__version__}", "[]"]


def test_other_arguments_go_to_the_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["papercli", "clean", "--help"])
    with pytest.raises(SystemExit) as e:
        entry.main()
    assert e.value.code == 0
    assert "Run the whole pipeline" in capsys.readouterr().out
