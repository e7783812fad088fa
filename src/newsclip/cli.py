"""The command line: options in, library calls, exit codes out.

This and cli_output.py (what it writes of a batch) are the only modules that
import click.  Exit codes (the README's table):
0 every input parsed; 1 at least one input failed; 2 usage error (also: two
inputs would write the same output, an output would overwrite an input, or the
inputs select no file; nothing is written then); 3 an input ran past the
safety valve (CPU time), the one outcome that depends on the machine; 130
interrupted (Ctrl-C); 143 terminated (SIGTERM).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import IO, Any

import click

from . import __version__, batch, remote
from .api import INPUT_FORMATS
from .api import explain as explain_lines
from .dates import ORDERS
from .decode import MAX_INPUT_BYTES, is_archive
from .duplicates import DEFAULT_THRESHOLD, threshold_of
from .errors import NewsclipError
from .files import reason
from .cli_signals import (EXIT_INTERRUPTED, EXIT_TERMINATED, Signalled, handle_signals,
                          hold_for_good, run_over)
from .cli_output import Report, Stream, failure_line, quiet_dask, silence_stdout, to_part
from .render import WRITERS

__all__ = ["cli", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_TIMEOUT = 0, 1, 2, 3
#: the one format whose files hold many inputs' records (render.parquet, imported when asked)
PARQUET = "parquet"
#: the environment variable that sets ``--cluster``
CLUSTER_ENV = "NEWSCLIP_CLUSTER"

PARSE_EXAMPLES = """
\b
Examples:
  newsclip parse dump.txt                  # JSON record on stdout
  newsclip parse dump.txt --format md      # Markdown with YAML front matter
  newsclip parse page.html -o page.json    # write to a file (format from its extension)
  cat dump.txt | newsclip parse -          # read stdin
  newsclip parse dumps/ -o out/            # a folder: one out/….json per dump
  newsclip parse dumps/ > all.jsonl        # a folder as JSON Lines on stdout
  newsclip parse dumps/ -o all.json        # a folder as one JSON array
  newsclip parse export.TXT                # a database export: one JSON line per article
  newsclip parse exports/ -o out/ --duplicates   # out/<export>/0001.json…, near-copies marked
  find dumps -name '*.txt' -print0 | newsclip parse --from-list - -0 -o out/
"""

def main() -> None:
    """The console script and ``python -m newsclip``: signals are handled from the start.

    A signal is raised as Signalled until the command is over; from then on
    (the summary printed, the interpreter exiting) signals are held back, so no
    moment of a run ends in a traceback or an "Exception ignored".
    """
    handle_signals()
    try:
        try:
            cli()
        finally:
            hold_for_good()
    except Signalled as sig:
        sys.exit(sig.code)


# --------------------------------------------------------------------------- helpers


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
    return remote.read_path(path)


_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(32), *range(127, 160))}


def _display(path: str) -> str:
    return "<stdin>" if path == "-" else batch.printable(path)


def _format_of(path: str) -> str | None:
    """The format whose extension ``path`` has (``all.jsonl`` → jsonl), if any."""
    low = path.lower()
    return next((name for name, w in WRITERS.items() if low.endswith(w.suffix)), None)


def _is_folder(path: str) -> bool:
    """A folder (or a name ending in a separator), or a URL naming many files (a glob, a
    prefix)."""
    if path.endswith((os.sep, "/")):
        return True
    if not remote.is_url(path):
        return os.path.isdir(path)
    try:
        return remote.is_folder(path)
    except NewsclipError:
        return False  # the one-input path reports why it cannot be read


def _choose_format(fmt: str | None, output: str | None, several: bool) -> str:
    """``--format``, else the format -o's extension names, else JSON (JSON Lines for a
    stream of several records); a format that contradicts -o's extension is a usage error."""
    # several inputs to a URL: a folder (object stores have no one file to append to)
    named = _format_of(output) if output is not None and not _is_folder(output) and not (
        several and remote.is_url(output)) else None
    if fmt is not None and named is not None and fmt != named:
        _usage(f"--format {fmt} contradicts -o {batch.printable(output or '')} "
               f"(a {WRITERS[named].suffix} file): give one of them, or make them agree")
    if fmt is not None or named is not None:
        return fmt or named or "json"
    stream = several and (output is None)
    return "jsonl" if stream else "json"


# --------------------------------------------------------------------------- commands


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsclip")
def cli() -> None:
    """Turn raw news-page dumps (copied text or saved HTML) into clean records."""


@cli.command(epilog=PARSE_EXAMPLES)
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--format", "fmt", type=click.Choice(sorted([*WRITERS, PARQUET])), default=None,
    help="Output format (default: from -o's extension, else json; several records on "
    "stdout: jsonl, and json makes them one JSON array; parquet: part files in the -o "
    "folder).",
)
@click.option(
    "-o", "--output", type=click.Path(),
    help="One input: the output file (or a folder). Several: the output folder, mirroring "
    "the inputs' folders, or one .jsonl/.json/.csv file for them all.",
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
    "--allow-empty", is_flag=True,
    help="Succeed when the inputs select no file (default: exit 2).",
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
@click.option("-q", "--quiet", is_flag=True, help="Print failures only: no bar, no summary.")
@click.option("--no-learn", is_flag=True, help="Do not learn repeated chrome across the batch.")
@click.option("--date-order", type=click.Choice(ORDERS), help="Read 03/05/2024 in this order.")
@click.option("--detect-language", is_flag=True, help="Check `language` with py3langid.")
@click.option(
    "--min-words", type=click.IntRange(min=1), default=None, metavar="N",
    help="Skip records of fewer than N words (a crawl's lists and stubs): keep articles.",
)
@click.option(
    "--cluster", metavar="local[:N]|ADDRESS", envvar=CLUSTER_ENV, default=None,
    callback=lambda _ctx, _param, value: _cluster_spec(value),
    help="Run a batch on a Dask cluster: local (one worker per core), local:N, or a "
    f"scheduler's address (tcp://host:8786); also ${CLUSTER_ENV}. Needs newsclip[cluster].",
)
@click.option("--duplicates", "find_duplicates", is_flag=True, help="Mark each record whose "
              "text nearly copies an earlier one (duplicate_of, similarity).")
@click.option("--duplicate-threshold", type=click.FloatRange(0, 1, min_open=True),
              metavar="SIMILARITY", help="Estimated Jaccard similarity of word shingles from "
              f"which a record is a near-copy (default {DEFAULT_THRESHOLD}; implies --duplicates).")
@click.option("--drop-duplicates", is_flag=True, help="Write no near-copy (implies --duplicates).")
def parse(
    paths: tuple[str, ...], fmt: str | None, output: str | None, input_format: str | None,
    keep_html: bool, jobs: int | None, from_list: str | None, nul: bool,
    patterns: tuple[str, ...], allow_empty: bool, skip_existing: bool, fail_fast: bool,
    errors_file: IO[str] | None, progress: bool | None, quiet: bool, no_learn: bool,
    date_order: str | None, detect_language: bool, min_words: int | None,
    cluster: str | None, find_duplicates: bool, duplicate_threshold: float | None,
    drop_duplicates: bool,
) -> None:
    """Parse dumps or saved pages (files, folders, - for stdin) into records.

    One input: the record goes to stdout (or to -o FILE).  Several inputs or a
    folder: JSON Lines (or CSV rows, or one JSON array) on stdout in input
    order, or with -o DIR one file per input; one failure line per bad input,
    then a summary line.  A news-database export holds many records: they go
    where several inputs' records would, and with -o DIR to DIR/<export>/0001.json….
    """
    started = time.monotonic()
    if nul and from_list is None:
        _usage("-0 only applies to --from-list")
    every = batch.PathList(paths, _read_list(from_list) if from_list else b"", nul=nul)
    if next(iter(every), None) is None and from_list is None:
        _usage("no input: give PATH arguments, '-' for stdin, or --from-list")
    if sum(p == "-" for p in every) + (from_list == "-") > 1:
        _usage("stdin ('-') can be read only once")
    # a web archive holds many pages: a batch of its own
    single = from_list is None and len(paths) == 1 and fmt != PARQUET and (
        paths[0] == "-" or not (_is_folder(paths[0]) or is_archive(paths[0])))
    many_fmt = _choose_format(fmt, output, several=True)  # an export's, as several inputs'
    fmt = _choose_format(fmt, output, several=not single)
    try:
        threshold = threshold_of(find_duplicates, duplicate_threshold, drop_duplicates)
    except NewsclipError as exc:  # datasketch is not installed
        _usage(str(exc))
    settings = dict(fmt=fmt, input_format=input_format, keep_html=keep_html,
                    skip_existing=skip_existing, date_order=date_order,
                    detect_language=detect_language, min_words=min_words,
                    duplicates=threshold, drop_duplicates=drop_duplicates)
    if single:
        sys.exit(_parse_one(paths[0], output, dict(settings, many_fmt=many_fmt)))
    if fmt == PARQUET:
        _check_parquet(output, skip_existing)
    stream_file = None if fmt == PARQUET else _stream_file(output)
    if (output is None or stream_file is not None) and fmt == "md":
        _usage("Markdown with several inputs needs an output folder: use -o DIR")
    # Parquet parts are written here from the records' lines, as a stream is
    folder = None if stream_file is not None or fmt == PARQUET else output
    suffix = WRITERS[fmt].suffix if fmt != PARQUET else ""
    plan = batch.plan(every, output_dir=folder, suffix=suffix,
                      patterns=patterns or None, read_stdin=lambda: sys.stdin.buffer.read())
    _check_plan(plan, every, from_list, patterns, allow_empty)
    made = folder if fmt != PARQUET else output  # Parquet's parts go to a folder too
    if made is not None:
        try:
            batch.prepare_output(made)
        except NewsclipError as exc:
            _fail(batch.printable(made), str(exc))
            sys.exit(EXIT_FAILED)
    if stream_file is not None:
        _check_stream_file(plan, stream_file)
    boilerplate = None if no_learn else batch.learn(plan)
    run_settings = batch.Settings(**settings, to_stream=folder is None, boilerplate=boilerplate)
    show = not quiet and (progress if progress is not None else sys.stderr.isatty())
    report = Report(len(plan), errors_file, batch.Summary(started=started), show_progress=show,
                     quiet=quiet)
    engine, close = _engine(cluster, plan, run_settings, jobs or _cores(), folder)
    try:
        code = _run_batch(plan, run_settings, engine, folder, stream_file,
                          output if fmt == PARQUET else None, fail_fast, report)
    finally:
        # stopping a cluster takes a moment: a signal now would only leave its processes
        # half closed, so from here on signals are held back for good
        run_over()
        close()
    report.close(quiet=quiet)  # signals are held for good by now (run_over)
    sys.exit(code)


def _cluster_spec(value: str | None) -> str | None:
    """Check ``--cluster`` before anything runs (a wrong value is a usage error)."""
    if not value:
        return None
    from .distributed import cluster_spec

    try:
        cluster_spec(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def _engine(
    cluster: str | None, plan: batch.Plan, settings: batch.Settings, workers: int,
    folder: str | None,
) -> tuple[Callable[[], Iterator[batch.Outcome]], Callable[[], None]]:
    """What runs the plan (worker processes here, or a Dask cluster) and what stops it."""
    if not cluster:
        return (lambda: batch.run(plan, settings, workers=workers, output_dir=folder)), (
            lambda: None)
    from . import distributed  # dask is imported only for a cluster run

    quiet_dask()
    try:
        client, close = distributed.connect(cluster)
    except NewsclipError as exc:
        _fail("--cluster", str(exc))
        sys.exit(EXIT_FAILED)
    return (lambda: distributed.run(client, plan, settings, output_dir=folder)), close


def _check_parquet(output: str | None, skip_existing: bool) -> None:
    """Parquet parts hold many inputs each: a folder of their own, written once."""
    if output is None:
        _usage("--format parquet writes part files: give the folder with -o DIR")
    if skip_existing:
        _usage("--skip-existing cannot resume --format parquet (a part holds many inputs): "
               "write to a new folder")
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        _fail("--format parquet", "needs pyarrow: pip install 'newsclip[parquet]'")
        sys.exit(EXIT_FAILED)
    from .render.parquet import part_name

    first = remote.join(output, part_name(0))
    if remote.modified(first) is not None:
        _usage(f"{batch.printable(output)}: holds Parquet parts already; nothing is "
               "overwritten (give a new folder)")


def _stream_file(output: str | None) -> str | None:
    """The one file several records go to: -o with a format's extension that is no folder."""
    if output is None or _is_folder(output) or remote.is_url(output):
        return None  # with several inputs, a URL names a folder
    if _format_of(output) is not None:
        return output
    if os.path.exists(output):
        _usage(f"{batch.printable(output)}: is a file; with several inputs -o names a folder")
    return None


def _check_stream_file(plan: batch.Plan, stream_file: str) -> None:
    """The one output file must not be one of the inputs."""
    if not os.path.exists(stream_file):
        return
    for job in plan:
        if job.src != "-" and job.problem is None and os.path.exists(job.src) \
                and os.path.samefile(job.src, stream_file):
            _usage(f"{batch.printable(stream_file)}: writing here would overwrite the input "
                   f"{job.name}")


def _check_plan(plan: batch.Plan, every: batch.PathList, from_list: str | None,
                patterns: tuple[str, ...], allow_empty: bool) -> None:
    """Usage errors found by walking the inputs: output clashes, an empty selection."""
    if plan.collisions:
        for collision in plan.collisions:
            click.echo(f"newsclip: {collision}", err=True)
        _usage(f"{len(plan.collisions)} output clash(es); nothing was written "
               "(choose the inputs with --glob, or give each its own -o)")
    if len(plan) or allow_empty:
        return
    listed = _display(from_list or "-")
    if next(iter(every), None) is None:
        _usage(f"{listed}: the list names no file; --allow-empty accepts an empty run")
    named = ", ".join([_display(p) for p in every.paths]
                      + ([f"the paths in {listed}"] if every.listing else []))
    import shlex  # for this message only

    chosen = " ".join(f"--glob {shlex.quote(p)}" for p in patterns) if patterns else (
        " ".join(f"*{s}" for s in batch.DEFAULT_SUFFIXES) + " (or .gz)")
    _usage(f"{named}: no file matches {chosen}; --allow-empty accepts an empty run")


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


def _parse_one(path: str, output: str | None, settings: dict[str, Any]) -> int:
    """One input: the record on stdout, or written (atomically) to -o; the exit code."""
    writer = WRITERS[settings["fmt"]]
    name = _display(path)
    out = output
    if output is not None and _is_folder(output):
        rel = "stdin" if path == "-" else os.path.join(*batch.safe_parts(
            path.split("://", 1)[-1]))
        out = remote.join(output, *batch.safe_parts(os.path.dirname(rel)),
                          batch.output_name(os.path.basename(rel), writer.suffix))
    if out is not None and path != "-" and not remote.is_url(out) and os.path.exists(out) \
            and os.path.exists(path) and os.path.samefile(path, out):
        _usage(f"{batch.printable(out)}: writing here would overwrite the input")
    try:
        data = _read(path)
    except NewsclipError as exc:
        _fail(name, str(exc))
        return EXIT_FAILED
    job = batch.Job(path, name, out, data=data)
    # one output file the user named: its folder must exist, as with any tool
    make_folders = out is not None and out != output
    one_file = out is not None and not make_folders
    (outcome,) = batch.run(
        [job], batch.Settings(**settings, make_folders=make_folders, one_file=one_file),
        output_dir=output if make_folders else None)
    if outcome.status == "failed":
        _fail(*failure_line(outcome))
        return EXIT_TIMEOUT if outcome.code == "timeout" else EXIT_FAILED
    if outcome.code == "short":
        _fail(name, f"skipped: {outcome.message}, fewer than --min-words {settings['min_words']}")
    if outcome.data is not None:
        with batch.hold_signals():
            sys.stdout.buffer.write(outcome.data)
            sys.stdout.buffer.flush()
    for _index, _code, message in outcome.part_failures:
        _fail(name, message)
    return EXIT_FAILED if outcome.part_failures else EXIT_OK


# --------------------------------------------------------------------------- the batch


def _run_batch(
    plan: batch.Plan, settings: batch.Settings, engine: Callable[[], Iterator[batch.Outcome]],
    folder: str | None, stream_file: str | None, parquet: str | None, fail_fast: bool,
    report: Report,
) -> int:
    """Run the plan, reporting each failure; return the exit code.

    The records go to ``folder`` (written by the engine), to ``parquet``'s part
    files, or to one stream (``stream_file``, else stdout).
    """
    stream = Stream(settings.fmt, stream_file) if folder is None and parquet is None else None
    parts = None
    code = EXIT_OK
    try:
        if parquet is not None:
            from .render.parquet import Parts

            parts = Parts(parquet)
        if stream is not None:
            stream.open()
        with contextlib.closing(engine()) as outcomes:
            for outcome in outcomes:
                report.add(outcome)
                if parts is not None:
                    if not to_part(parts, outcome.data):
                        code = EXIT_FAILED
                        report.stopped = "stopped: a Parquet part could not be written"
                        break
                elif outcome.data is not None and stream is not None:
                    stream.add(outcome.data)
                if outcome.part_failures:
                    code = max(code, EXIT_FAILED)
                if outcome.status != "failed":
                    continue
                code = max(code, EXIT_TIMEOUT if outcome.code == "timeout" else EXIT_FAILED)
                if outcome.fatal:
                    report.stopped = "stopped: the output folder can take no more"
                    break
                if fail_fast:
                    report.stopped = "stopped at the first failure (--fail-fast)"
                    break
        if parts is not None and not report.stopped and not to_part(parts, None, last=True):
            code, report.stopped = EXIT_FAILED, "stopped: a Parquet part could not be written"
        if stream is not None:
            stream.finish()
            stream = None
    except Signalled as sig:
        report.stopped, code = sig.word, sig.code
    except NewsclipError as exc:  # the engine failed, no input did: a cluster lost mid-run
        _fail("--cluster", str(exc))
        report.stopped, code = "stopped: the cluster failed", EXIT_FAILED
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as cat does
        silence_stdout()
        report.silent = True
        code = EXIT_FAILED
    except OSError as exc:  # the one output file or stdout could take no more
        _fail(batch.printable(stream_file) if stream_file else "<stdout>",
              f"cannot write ({reason(exc)})")
        report.stopped, code = "stopped: the output could take no more", EXIT_FAILED
    finally:
        if stream is not None:
            stream.abandon()
        if parts is not None:
            parts.abort()  # a part left unfinished by a stop: its temporary file goes
    return code


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
        sys.exit(EXIT_TIMEOUT if exc.code == "timeout" else EXIT_FAILED)
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
