"""The command line: a thin layer of typer options over :mod:`papercli.pipeline`."""

from __future__ import annotations

import signal
import sys
import warnings
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from papercli import __version__
from papercli.diffview import show
from papercli.errors import Exit, PaperError, PaperWarning, Terminated
from papercli.invariant import check_files, compare
from papercli.io import atomic_output, is_broken_pipe, open_input, quiet_exit_on_broken_pipe
from papercli.model import Page
from papercli.pipeline import ORDER, STAGES, Options, clean_page, stream_pages
from papercli.records import PageWriter, page_text

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Clean OCR'd or PDF-extracted newspaper pages into articles.\n\n"
    "Every command reads the FILES named (or standard input when there are none, or for '-'), "
    "writes standard output (or -o FILE), and accepts both plain text and the JSON Lines that "
    "papercli writes, so stages compose in a pipe:\n\n"
    "  papercli decode page.txt | papercli despace | papercli dedupe | papercli reflow "
    "| papercli segment | papercli match\n\n"
    "gives the same as 'papercli clean page.txt'. Messages go to standard error; exit code 0 "
    "means every input was processed, 1 that some failed (each named on stderr), 2 a usage error.",
)


class Format(StrEnum):
    text = "text"
    jsonl = "jsonl"


class Lang(StrEnum):
    auto = "auto"
    zh = "zh"
    latin = "latin"


class Target(StrEnum):
    simplified = "simplified"
    traditional = "traditional"
    taiwan = "taiwan"
    hongkong = "hongkong"


Files = Annotated[list[Path] | None, typer.Argument(help="Input files; none or '-' reads stdin.",
                                                  show_default=False, readable=False)]
Output = Annotated[str | None, typer.Option("-o", "--output", help="Write here instead of stdout "
                                            "(replaced atomically, only on success).")]
Encoding = Annotated[str | None, typer.Option("--encoding", "-e", help="Input encoding (e.g. gb18030, "
                                              "big5, utf-16); default: detect.")]
Verbose = Annotated[bool, typer.Option("-v", "--verbose", help="Report the encoding found and fixes "
                                       "made, on stderr.")]


FMT_HELP = "Output: 'text' or 'jsonl' (JSON Lines, one record a line)."
Fmt = Annotated[Format, typer.Option("--format", "-f", help=FMT_HELP)]
PanguOpt = Annotated[bool, typer.Option("--pangu", help="Keep one space between Han and Latin/digits "
                                        "instead of none.")]
LangOpt = Annotated[Lang, typer.Option("--lang", help="Script rules: auto (decided per page from "
                                       "the character mix), zh or latin (for every page).")]


def _err(msg: str) -> None:
    print(f"papercli: {msg}", file=sys.stderr)


def _describe(path: str, page: Page) -> None:
    fixes = ", ".join(f"{f.name}×{f.count}" for f in page.fixes) or "none"
    _err(f"{path}: page {page.number}: encoding {page.encoding}, lang {page.lang}, fixes: {fixes}")


def _verify(path: str, before: str, page: Page) -> bool:
    """``clean --verify``: compare the page with its input; report any difference."""
    report = compare(before, page_text(page))
    for d in report.differences:
        _err(f"{path}: page {page.number}: verify failed: {d}")
    return report.ok


def _pages(path: str, stages: list[str], opts: Options, verify: bool) -> Iterator[tuple[Page, bool]]:
    """Each page of ``path`` run through ``stages`` (read one page at a time), and
    whether it passed ``--verify`` (checked before script conversion)."""
    for page in stream_pages(open_input(path), path, opts):
        before = page_text(page) if verify else ""
        ok, pending = True, verify
        for name in stages:
            if name == "convert" and pending:
                ok, pending = _verify(path, before, page), False
            try:
                page = STAGES[name](page, opts)
            except Exception as e:  # a bug on one odd page: one line, and the other files go on
                raise PaperError(path, f"page {page.number}: internal error in {name}: {type(e).__name__}: {e}") from e
        if pending:
            ok = _verify(path, before, page)
        yield page, ok


def run(files: list[Path] | None, output: str | None, fmt: Format, stages: list[str], opts: Options,
        verbose: bool = False, verify: bool = False) -> int:
    """Read every input, run ``stages`` on each page, write the result; return the exit code."""
    paths = [str(f) for f in files] if files else ["-"]
    if paths == ["-"] and sys.stdin.isatty():
        _err("no input: name files, or pipe text into standard input (see --help)")
        return Exit.USAGE
    if verify and opts.to:
        _err("--verify checks the text before --to: script conversion is outside the invariant")
    status = Exit.OK
    try:
        with atomic_output(output) as out:
            writer = PageWriter(out, fmt.value)
            for path in paths:
                try:
                    for page, ok in _pages(path, stages, opts, verify):
                        if verbose:
                            _describe(path, page)
                        writer.write(page)
                        status = status if ok else Exit.FAILED
                except PaperError as e:
                    _err(str(e))
                    status = Exit.FAILED
            writer.close()
    except PaperError as e:
        _err(str(e))
        return Exit.FAILED
    except OSError as e:
        if is_broken_pipe(e):
            quiet_exit_on_broken_pipe()
        _err(f"{output or 'stdout'}: {e.strerror or e}")
        return Exit.FAILED
    return status


def _done(code: int) -> None:
    raise typer.Exit(int(code))


@app.command()
def decode(files: Files = None, output: Output = None, encoding: Encoding = None,
           fmt: Fmt = Format.text, lang: LangOpt = Lang.auto, verbose: Verbose = False) -> None:
    """Bytes to UTF-8 text: BOM, strict UTF-8, then a confident chardet guess; CRLF/CR to LF.

    Form feeds split pages. A guess below the confidence threshold is an error that
    names the file: give --encoding then.
    """
    _done(run(files, output, fmt, [], Options(encoding=encoding, lang=lang.value), verbose))


@app.command()
def order(files: Files = None, output: Output = None, encoding: Encoding = None,
          fmt: Fmt = Format.text, lang: LangOpt = Lang.auto, verbose: Verbose = False) -> None:
    """Reading order: lines of side-by-side columns joined on one line are split, and
    columns read across row by row are put back one after the other, where the
    page's own evidence (widths, character pairs across joins) is clear; on a page
    left in order, a printed line cut in two at a wide space is joined back."""
    _done(run(files, output, fmt, ["order"], Options(encoding=encoding, lang=lang.value), verbose))


@app.command()
def despace(files: Files = None, output: Output = None, encoding: Encoding = None,
            fmt: Fmt = Format.text,
            pangu: PanguOpt = False,
            lang: LangOpt = Lang.auto, verbose: Verbose = False) -> None:
    """Remove spacing artefacts: letter-spaced lines, spaces at digits/Latin and at
    full-width punctuation; half-width ,;:!?() between Han to full width. Real phrase
    spaces stay."""
    _done(run(files, output, fmt, ["despace"], Options(encoding=encoding, lang=lang.value, pangu=pangu), verbose))


@app.command()
def dedupe(files: Files = None, output: Output = None, encoding: Encoding = None,
           fmt: Fmt = Format.text, lang: LangOpt = Lang.auto, verbose: Verbose = False) -> None:
    """Undo fake-bold doubling (whole, span by span, glyph by glyph, repeated lines);
    real reduplication such as 人人夸 or 研究研究 is kept."""
    _done(run(files, output, fmt, ["dedupe"], Options(encoding=encoding, lang=lang.value), verbose))


@app.command()
def reflow(files: Files = None, output: Output = None, encoding: Encoding = None,
           fmt: Fmt = Format.jsonl,
           lang: LangOpt = Lang.auto,
           verbose: Verbose = False) -> None:
    """Join hard-wrapped column lines into paragraphs (CJK without spaces, Latin with
    spaces and de-hyphenation); standalone lines (headlines, captions) stay apart."""
    _done(run(files, output, fmt, ["reflow"], Options(encoding=encoding, lang=lang.value), verbose))


@app.command()
def segment(files: Files = None, output: Output = None, encoding: Encoding = None,
            fmt: Fmt = Format.jsonl, lang: LangOpt = Lang.auto, verbose: Verbose = False) -> None:
    """Split the page into articles: datelines open one, bylines close one; headline
    candidates and captions are collected for 'match'."""
    _done(run(files, output, fmt, ["segment"], Options(encoding=encoding, lang=lang.value), verbose))


@app.command()
def match(files: Files = None, output: Output = None, encoding: Encoding = None,
          fmt: Fmt = Format.text, lang: LangOpt = Lang.auto, verbose: Verbose = False) -> None:
    """Attach headlines and captions to articles (fuzzy scores, one-to-one assignment);
    what fits nowhere is kept as its own record."""
    _done(run(files, output, fmt, ["match"], Options(encoding=encoding, lang=lang.value), verbose))


@app.command()
def convert(to: Annotated[Target, typer.Option("--to", help="Target script.")],
            files: Files = None, output: Output = None, encoding: Encoding = None,
            fmt: Fmt = Format.text, verbose: Verbose = False) -> None:
    """Convert between simplified and traditional characters with OpenCC."""
    _done(run(files, output, fmt, ["convert"], Options(encoding=encoding, to=to.value), verbose))


ToOpt = Annotated[Target | None, typer.Option("--to", help="Also convert the script (off by default).")]


@app.command()
def clean(files: Files = None, output: Output = None, encoding: Encoding = None,
          fmt: Fmt = Format.text, lang: LangOpt = Lang.auto, pangu: PanguOpt = False, to: ToOpt = None,
          verify: Annotated[bool, typer.Option("--verify", help="Check every page against its input "
                                               "(see 'papercli check'); a difference is an error.")] = False,
          verbose: Verbose = False) -> None:
    """Run the whole pipeline: decode, despace, dedupe, reflow, segment, match (and
    convert with --to). Output equals the pipe of the single stages."""
    opts = Options(encoding=encoding, lang=lang.value, pangu=pangu, to=to.value if to else None)
    _done(run(files, output, fmt, ORDER, opts, verbose, verify))


def run_check(inp: str, out: str, encoding: str | None = None, verbose: bool = False) -> int:
    """List on stdout every page where OUT lost or invented text against IN; the exit code."""
    status = Exit.OK
    try:
        for n, report in check_files(inp, out, encoding):
            for d in report.differences:
                print(f"{out}: page {n}: {d}")
                status = Exit.FAILED
            if verbose:
                _err(f"{out}: page {n}: {'ok' if report.ok else 'DIFFERENT'}, allowed: {dict(report.allowed)}")
    except PaperError as e:
        _err(str(e))
        return Exit.FAILED
    return status


@app.command()
def check(inp: Annotated[Path, typer.Argument(metavar="IN", help="The input papercli read.", readable=False)],
          out: Annotated[Path, typer.Argument(metavar="OUT", help="papercli's output for it (text or "
                                              "JSONL).", readable=False)],
          encoding: Encoding = None, verbose: Verbose = False) -> None:
    """Check that OUT keeps every character of IN and invents none.

    Allowed: whitespace changes, line-end hyphens removed by de-hyphenation, second
    copies removed by dedupe, half-width ,;:!?() made full width. Differences are
    listed on stdout, one line each, and the exit code is 1. Script conversion
    (--to) is outside the check.
    """
    _done(run_check(str(inp), str(out), encoding, verbose))


def run_diff(files: list[Path] | None, opts: Options, side: bool, color: bool | None) -> int:
    """Print, page by page, how ``clean`` changes each input; return the exit code."""
    console = Console(force_terminal=color, no_color=color is False, highlight=False, soft_wrap=not side)
    status = Exit.OK
    for path in [str(f) for f in files] if files else ["-"]:
        try:
            for page in stream_pages(open_input(path), path, opts):
                before = page_text(page)
                show(console, page.number, before, page_text(clean_page(page, opts)), side)
        except PaperError as e:
            _err(str(e))
            status = Exit.FAILED
    return status


@app.command()
def diff(files: Files = None, encoding: Encoding = None,
         lang: Annotated[Lang, typer.Option("--lang", help="Script rules: auto, zh or latin.")] = Lang.auto,
         side: Annotated[bool, typer.Option("--side-by-side", "-s", help="Input and cleaned text in two "
                                            "columns instead of an inline diff.")] = False,
         color: Annotated[bool | None, typer.Option("--color/--no-color", help="Colour (default: when "
                                                    "stdout is a terminal).")] = None) -> None:
    """Show what 'clean' changes: removed text red and struck through, added text green
    (without colour: [-removed-] and {+added+}). Whitespace runs count as one space."""
    _done(run_diff(files, Options(encoding=encoding, lang=lang.value), side, color))


class Executor(StrEnum):
    local = "local"
    dask = "dask"


def _opt(*names: str, help: str, **kw: Any) -> Any:
    return typer.Option(*names, help=help, **kw)


@app.command()
def batch(output: Annotated[str, _opt("-o", "--output", help="Output folder (required); mirrors the input tree.")],
          inputs: Annotated[list[str] | None, typer.Argument(help="Files and folders (searched recursively).",
                                                            show_default=False)] = None,
          glob: Annotated[str, _opt("--glob", help="Names to take in folders.")] = "*.txt",
          from_stdin: Annotated[bool, _opt("--from-stdin", help="Also read input paths from stdin, one a line.")] = False,
          null: Annotated[bool, _opt("-0", "--null", help="Paths on stdin end with NUL (find -print0).")] = False,
          fmt: Fmt = Format.jsonl, encoding: Encoding = None, lang: LangOpt = Lang.auto, pangu: PanguOpt = False,
          to: ToOpt = None,
          force: Annotated[bool, _opt("--force", help="Redo outputs that are up to date.")] = False,
          retry_failed: Annotated[bool, _opt("--retry-failed", help="Retry unchanged inputs that failed before.")]
          = False,
          fail_fast: Annotated[bool, _opt("--fail-fast", help="Stop at the first file that fails.")] = False,
          jobs: Annotated[int, _opt("-j", "--jobs", help="Parallel processes (default: the CPU count).",
                                          show_default=False)] = 0,
          quiet: Annotated[bool, _opt("-q", "--quiet", help="No progress bar and no summary.")] = False,
          report: Annotated[str | None, _opt("--report", help="Write the summary to this JSON file.")] = None,
          executor: Annotated[Executor, _opt("--executor", help="local processes, or a Dask cluster.")]
          = Executor.local,
          scheduler: Annotated[str | None, _opt("--scheduler", help="Dask scheduler address "
                                                "(tcp://host:8786).")] = None) -> None:
    """Clean many files into OUT_DIR/<path>.jsonl (or .txt): skips what is up to date,
    records every input in OUT_DIR/papercli-manifest.jsonl, resumes after an interruption.

    Exit codes: 0 all done, 1 some file failed, 2 usage error, 130 interrupted.
    """
    from papercli.batch import BatchConfig
    from papercli.batchui import batch_main
    from papercli.executors import cpu_count

    opts = Options(encoding=encoding, lang=lang.value, pangu=pangu, to=to.value if to else None)
    cfg = BatchConfig(inputs or [], output, glob, fmt.value, opts, force, retry_failed, fail_fast,
                      jobs or cpu_count(), executor.value, scheduler)
    _done(batch_main(cfg, from_stdin, null, quiet, report))


def _version(value: bool) -> None:
    if value:
        print(f"papercli {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    warnings.simplefilter("always", PaperWarning)
    warnings.showwarning = _show_warning


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: object = None, line: str | None = None) -> None:
    _err(str(message))


def _terminate(signum: int, frame: object) -> None:
    raise Terminated()


def main() -> None:
    """Console entry point."""
    if sys.argv[1:] == ["--version"]:
        print(f"papercli {__version__}")
        return
    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except KeyboardInterrupt:
        print("papercli: interrupted", file=sys.stderr)
        sys.exit(Exit.INTERRUPTED)
    except Terminated:
        print("papercli: terminated", file=sys.stderr)
        sys.exit(Exit.TERMINATED)
