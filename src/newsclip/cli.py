"""The command line: options in, library calls, exit codes out.

This is the only module that imports click.  Exit codes (documented in the
README): 0 every input parsed; 1 at least one input failed; 2 usage error
(also: two inputs would write the same output, or an output would overwrite
an input; nothing is written then); 130 interrupted (Ctrl-C); 143
terminated (SIGTERM).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from typing import IO, Any

import click

from . import __version__, batch
from .api import INPUT_FORMATS
from .api import explain as explain_lines
from .duplicates import DEFAULT_THRESHOLD
from .duplicates import require as require_datasketch
from .decode import MAX_INPUT_BYTES
from .errors import NewsclipError
from .files import read_input, reason
from .render import WRITERS

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 128 + signal.SIGINT, 128 + signal.SIGTERM

PARSE_EXAMPLES = """
\b
Examples:
  newsclip parse dump.txt                  # JSON record on stdout
  newsclip parse dump.txt --format md      # Markdown with YAML front matter
  newsclip parse page.html -o page.json    # write to a file
  cat dump.txt | newsclip parse -          # read stdin
  newsclip parse dumps/ -o out/            # a folder: one out/….json per dump
  newsclip parse dumps/ > all.jsonl        # a folder as JSON Lines on stdout
  newsclip parse export.TXT                # a database export: one JSON line per article
  newsclip parse exports/ -o out/ --duplicates   # out/<export>/0001.json…, near-copies marked
  find dumps -name '*.txt' -print0 | newsclip parse --from-list - -0 -o out/
"""


def _fail(name: str, message: str) -> None:
    click.echo(f"newsclip: {name}: {message}", err=True)


def _usage(message: str) -> None:
    """One line, exit 2: refusals a script should see without a usage screen."""
    click.echo(f"newsclip: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _read(path: str) -> bytes:
    if path == "-":
        # one byte past the limit is enough for decode() to decline it
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    return read_input(path)


_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(32), *range(127, 160))}


def _display(path: str) -> str:
    return "<stdin>" if path == "-" else batch.printable(path)


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so every ``finally`` runs."""


def _on_signal(signum: int, _frame: Any) -> None:
    # the first signal starts an orderly stop; more would only interrupt the cleanup
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if signum == signal.SIGTERM:
        raise _Terminated
    raise KeyboardInterrupt


@contextlib.contextmanager
def _signals() -> Iterator[None]:
    old = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    for s in old:
        signal.signal(s, _on_signal)
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


class _ForcedTTY:
    """stderr as click.progressbar sees it with ``--progress``: a terminal."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def isatty(self) -> bool:
        return True

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsclip")
def cli() -> None:
    """Turn raw news-page dumps (copied text or saved HTML) into clean records."""


@cli.command(epilog=PARSE_EXAMPLES)
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--format", "fmt", type=click.Choice(sorted(WRITERS)), default="json", show_default=True,
    help="Output format.",
)
@click.option(
    "-o", "--output", type=click.Path(),
    help="One input: the output file (or a folder). Several: the output folder, "
    "mirroring the inputs' folders.",
)
@click.option(
    "--input-format", type=click.Choice(INPUT_FORMATS), default=None,
    help="Read the input as this kind (default: sniffed from the content; 'export': a "
    "news-database export of many articles).",
)
@click.option(
    "--keep-html", is_flag=True,
    help="Markdown: keep raw HTML from the dump as it is (default: neutralised).",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None,
    help="Worker processes (default: one per usable core).",
)
@click.option(
    "--from-list", type=click.Path(dir_okay=False, allow_dash=True), default=None,
    help="Read more paths from this file ('-' for stdin), one per line.",
)
@click.option("-0", "--null", "nul", is_flag=True, help="--from-list paths are NUL-separated.")
@click.option(
    "--glob", "patterns", multiple=True, metavar="PATTERN",
    help="Files to take from folders (repeatable; default: *.txt *.text *.htm *.html *.docx, "
    "also .gz).",
)
@click.option(
    "--skip-existing", is_flag=True,
    help="Skip inputs whose output exists and is newer: resumes an interrupted run.",
)
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option(
    "--errors", "errors_file", type=click.File("w", encoding="utf-8", lazy=False), default=None,
    help="Also write failures here as JSON Lines (path, code, message).",
)
@click.option(
    "--progress/--no-progress", default=None,
    help="A progress bar on stderr (default: when stderr is a terminal).",
)
@click.option("--no-learn", is_flag=True, help="Do not learn repeated chrome across the batch.")
@click.option(
    "--duplicates", "find_duplicates", is_flag=True,
    help="Mark each record whose text nearly copies an earlier one (duplicate_of, similarity).",
)
@click.option(
    "--duplicate-threshold", type=click.FloatRange(0, 1, min_open=True), default=None,
    metavar="SIMILARITY",
    help=f"Estimated Jaccard similarity of word shingles from which a record is a near-copy "
    f"(default {DEFAULT_THRESHOLD}; implies --duplicates).",
)
@click.option("--drop-duplicates", is_flag=True,
              help="Do not write near-copies (implies --duplicates).")
def parse(
    paths: tuple[str, ...], fmt: str, output: str | None, input_format: str | None,
    keep_html: bool, jobs: int | None, from_list: str | None, nul: bool,
    patterns: tuple[str, ...], skip_existing: bool, fail_fast: bool,
    errors_file: IO[str] | None, progress: bool | None, no_learn: bool,
    find_duplicates: bool, duplicate_threshold: float | None, drop_duplicates: bool,
) -> None:
    """Parse dumps or saved pages (files, folders, - for stdin) into records.

    One input: the record goes to stdout (or to -o FILE).  Several inputs or a
    folder: JSON Lines (or CSV rows) on stdout in input order, or with -o DIR
    one file per input; one failure line per bad input, then a summary line.
    """
    started = time.monotonic()
    if nul and from_list is None:
        _usage("-0 only applies to --from-list")
    every = batch.PathList(paths, _read_list(from_list) if from_list else b"", nul=nul)
    if next(iter(every), None) is None:
        _usage("no input: give PATH arguments, '-' for stdin, or --from-list")
    if sum(p == "-" for p in every) + (from_list == "-") > 1:
        _usage("stdin ('-') can be read only once")
    single = from_list is None and len(paths) == 1 and (
        paths[0] == "-" or not os.path.isdir(paths[0]))
    threshold = None
    if find_duplicates or duplicate_threshold is not None or drop_duplicates:
        threshold = duplicate_threshold if duplicate_threshold is not None else DEFAULT_THRESHOLD
        try:
            require_datasketch()
        except NewsclipError as exc:
            _usage(str(exc))
    settings = dict(fmt=fmt, input_format=input_format, keep_html=keep_html,
                    skip_existing=skip_existing, duplicates=threshold,
                    drop_duplicates=drop_duplicates)
    if single:
        _parse_one(paths[0], output, settings)
        return

    writer = WRITERS[fmt]
    if output is None and fmt == "md":
        _usage("Markdown with several inputs needs an output folder: use -o DIR")
    if output is not None and os.path.exists(output) and not os.path.isdir(output):
        _usage(f"{batch.printable(output)}: is a file; with several inputs -o names a folder")
    with _signals():
        try:
            # walking a big tree and learning take a while: Ctrl-C there exits 130 too
            plan = batch.plan(every, output_dir=output, suffix=writer.suffix,
                              patterns=patterns or None,
                              read_stdin=lambda: sys.stdin.buffer.read())
            if plan.collisions:
                for collision in plan.collisions:
                    click.echo(f"newsclip: {collision}", err=True)
                _usage(f"{len(plan.collisions)} output clash(es); nothing was written "
                       "(choose the inputs with --glob, or give each its own -o)")
            if output is not None:
                try:
                    batch.prepare_output(output)
                except NewsclipError as exc:
                    _fail(batch.printable(output), str(exc))
                    sys.exit(EXIT_FAILED)
            boilerplate = None if no_learn else batch.learn(plan)
        except KeyboardInterrupt:
            sys.exit(EXIT_INTERRUPTED)
        except _Terminated:
            sys.exit(EXIT_TERMINATED)
    run_settings = batch.Settings(**settings, to_stream=output is None, boilerplate=boilerplate)
    workers = jobs or _cores()
    show = progress if progress is not None else sys.stderr.isatty()
    summary = batch.Summary(started=started)
    sys.exit(_run_batch(plan, run_settings, workers, output, fail_fast, errors_file, show,
                        summary))


def _cores() -> int:
    """The cores this process may run on (a container's share, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _read_list(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        _usage(f"{batch.printable(path)}: cannot read the list ({reason(exc)})")
        raise AssertionError("unreachable") from None


def _parse_one(path: str, output: str | None, settings: dict[str, Any]) -> None:
    """One input: the record on stdout, or written (atomically) to -o."""
    writer = WRITERS[settings["fmt"]]
    name = _display(path)
    out = output
    if output is not None and (os.path.isdir(output) or output.endswith(os.sep)):
        rel = "stdin" if path == "-" else os.path.join(*batch.safe_parts(path))
        out = os.path.join(output, *batch.safe_parts(os.path.dirname(rel)),
                           batch.output_name(os.path.basename(rel), writer.suffix))
    if out is not None and path != "-" and os.path.exists(out) and os.path.exists(path) \
            and os.path.samefile(path, out):
        _usage(f"{batch.printable(out)}: writing here would overwrite the input")
    with _signals():
        try:
            try:
                data = _read(path)
            except NewsclipError as exc:
                _fail(name, str(exc))
                sys.exit(EXIT_FAILED)
            job = batch.Job(path, name, out, data=data)
            # one output file the user named: its folder must exist, as with any tool
            make_folders = out is not None and out != output
            one_file = out is not None and not make_folders
            (outcome,) = batch.run(
                [job], batch.Settings(**settings, make_folders=make_folders, one_file=one_file),
                output_dir=output if make_folders else None)
        except KeyboardInterrupt:
            sys.exit(EXIT_INTERRUPTED)
        except _Terminated:
            sys.exit(EXIT_TERMINATED)
    if outcome.status == "failed":
        _fail(*_failure_line(outcome))
        sys.exit(EXIT_FAILED)
    if outcome.data is not None:
        stream = sys.stdout.buffer
        stream.write(outcome.data)
        stream.flush()
    if _part_failures(outcome, None):
        sys.exit(EXIT_FAILED)


def _part_failures(outcome: batch.Outcome, errors_file: IO[str] | None) -> bool:
    """One line for each part of an input of many records that gave no record."""
    report = outcome.report
    if report is None or not report.failures:
        return False
    for index, code, message in report.failures:
        _fail(outcome.job.name, message)
        if errors_file is not None:
            errors_file.write(json.dumps(
                {"path": outcome.job.name, "index": index, "code": code, "message": message},
                ensure_ascii=False) + "\n")
            errors_file.flush()
    return True


def _run_batch(
    jobs: batch.Plan, settings: batch.Settings, workers: int, output: str | None,
    fail_fast: bool, errors_file: IO[str] | None, show_progress: bool, summary: batch.Summary,
) -> int:
    """Run the plan, print one line per failure and the summary; return the exit code."""
    stdout = sys.stdout.buffer
    header = batch.stream_header(settings.fmt) if output is None else ""
    if header:
        stdout.write(header.encode("utf-8"))
    bar: Any = contextlib.nullcontext()
    if show_progress:
        stderr = sys.stderr
        bar = click.progressbar(length=len(jobs), file=_ForcedTTY(stderr), label="parsing")
    code = EXIT_OK
    stopped = ""
    try:
        with _signals(), bar as progress, contextlib.closing(
            batch.run(jobs, settings, workers=workers, output_dir=output)
        ) as outcomes:
            for outcome in outcomes:
                summary.add(outcome)
                if progress is not None:
                    progress.update(1)
                if outcome.data is not None:
                    stdout.write(outcome.data)
                if _part_failures(outcome, errors_file):
                    code = EXIT_FAILED
                if outcome.status != "failed":
                    continue
                code = EXIT_FAILED
                where, message = _failure_line(outcome)
                _fail(where, message)
                if errors_file is not None:
                    if where != outcome.job.name:
                        message = f"cannot write {where}: {message}"
                    errors_file.write(json.dumps(
                        {"path": outcome.job.name, "code": outcome.code, "message": message},
                        ensure_ascii=False) + "\n")
                    errors_file.flush()
                if outcome.fatal:
                    stopped = "stopped: the output folder can take no more"
                    break
                if fail_fast:
                    stopped = "stopped at the first failure (--fail-fast)"
                    break
        stdout.flush()
    except KeyboardInterrupt:
        stopped, code = "interrupted", EXIT_INTERRUPTED
    except _Terminated:
        stopped, code = "terminated", EXIT_TERMINATED
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as cat does
        _silence_stdout()
        return EXIT_FAILED
    left = len(jobs) - summary.parsed - summary.failed - summary.skipped
    tail = f"; {stopped}, {left} not done" if stopped else ""
    click.echo(f"newsclip: {summary}{tail}", err=True)
    return code


def _failure_line(outcome: batch.Outcome) -> tuple[str, str]:
    """``(PATH, reason)``: a write failure names the output, any other the input."""
    if outcome.code == "write" and outcome.job.out is not None:
        return batch.printable(outcome.job.out), outcome.message or ""
    return outcome.job.name, outcome.message or ""


def _silence_stdout() -> None:
    # Python flushes stdout at exit; a closed pipe would raise there again
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default=None)
def explain(path: str, input_format: str | None) -> None:
    """Show every input line with its label and the rule that gave it.

    For an export of many articles, a column says which article (1, 2, …) each
    line belongs to ("-": the cover page, no article).

    \b
    Example:
      newsclip explain dump.txt | less
    """
    name = _display(path)
    try:
        rows = explain_lines(_read(path), path=name, input_format=input_format)
    except NewsclipError as exc:
        _fail(name, str(exc))
        sys.exit(EXIT_FAILED)
    many = any(row.part is not None for row in rows)
    for row in rows:
        where = "" if row.line is None else str(row.line)
        # a dump's escape sequences must not drive the user's terminal
        text = row.text if row.text.isprintable() else row.text.translate(_CONTROLS)
        part = f"{'-' if row.part is None else row.part:>4}  " if many else ""
        click.echo(f"{where:>5}  {part}{row.label:<7}  {row.rule:<24}  {text}")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from .record import SCHEMA

    click.echo(json.dumps(SCHEMA, indent=2, ensure_ascii=False))
