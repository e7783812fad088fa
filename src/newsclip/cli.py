"""The command line: options in, library calls, exit codes out.

This is the only module that imports click.  Exit codes (the README's table):
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
import signal
import sys
import time
from typing import IO, Any

import click

from . import __version__, batch
from .api import explain as explain_lines
from .decode import MAX_INPUT_BYTES
from .errors import NewsclipError
from .files import read_input, reason
from .render import WRITERS

__all__ = ["cli", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_TIMEOUT = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 128 + signal.SIGINT, 128 + signal.SIGTERM

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
  find dumps -name '*.txt' -print0 | newsclip parse --from-list - -0 -o out/
"""

# --------------------------------------------------------------------------- signals


class _Signalled(BaseException):
    """SIGINT or SIGTERM, raised in the main thread so that every ``finally`` runs.

    Not KeyboardInterrupt: click would print "Aborted!" for that.
    """

    code = EXIT_INTERRUPTED
    word = "interrupted"


class _Terminated(_Signalled):
    code = EXIT_TERMINATED
    word = "terminated"


def _on_signal(signum: int, _frame: Any) -> None:
    # The first signal starts an orderly stop; later ones are held back for good,
    # so they can neither interrupt the cleanup nor reach a handler swapped out
    # under them (Python reports such a one as "ignored due to race condition").
    _hold_for_good()
    raise _Terminated if signum == signal.SIGTERM else _Signalled


def _hold_for_good() -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, batch.SIGNALS)


def main() -> None:
    """The console script and ``python -m newsclip``: signals are handled from the start.

    A signal is raised as _Signalled until the command is over; from then on
    (the summary printed, the interpreter exiting) signals are held back, so no
    moment of a run ends in a traceback or an "Exception ignored".
    """
    for s in batch.SIGNALS:
        signal.signal(s, _on_signal)
    try:
        try:
            cli()
        finally:
            _hold_for_good()
    except _Signalled as sig:
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
    return read_input(path)


_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(32), *range(127, 160))}


def _display(path: str) -> str:
    return "<stdin>" if path == "-" else batch.printable(path)


def _format_of(path: str) -> str | None:
    """The format whose extension ``path`` has (``all.jsonl`` → jsonl), if any."""
    low = path.lower()
    return next((name for name, w in WRITERS.items() if low.endswith(w.suffix)), None)


def _is_folder(path: str) -> bool:
    return os.path.isdir(path) or path.endswith(os.sep)


def _choose_format(fmt: str | None, output: str | None, several: bool) -> str:
    """``--format``, else the format -o's extension names, else JSON (JSON Lines for a
    stream of several records); a format that contradicts -o's extension is a usage error."""
    named = _format_of(output) if output is not None and not _is_folder(output) else None
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
    "--format", "fmt", type=click.Choice(sorted(WRITERS)), default=None,
    help="Output format (default: from -o's extension, else json; several records on "
    "stdout: jsonl, and json makes them one JSON array).",
)
@click.option(
    "-o", "--output", type=click.Path(),
    help="One input: the output file (or a folder). Several: the output folder, mirroring "
    "the inputs' folders, or one .jsonl/.json/.csv file for them all.",
)
@click.option(
    "--input-format", type=click.Choice(["text", "html"]), default=None,
    help="Read the input as this kind (default: sniffed from the content).",
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
    help="Files to take from folders (repeatable; default: *.txt *.text *.htm *.html, "
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
def parse(
    paths: tuple[str, ...], fmt: str | None, output: str | None, input_format: str | None,
    keep_html: bool, jobs: int | None, from_list: str | None, nul: bool,
    patterns: tuple[str, ...], allow_empty: bool, skip_existing: bool, fail_fast: bool,
    errors_file: IO[str] | None, progress: bool | None, quiet: bool, no_learn: bool,
) -> None:
    """Parse dumps or saved pages (files, folders, - for stdin) into records.

    One input: the record goes to stdout (or to -o FILE).  Several inputs or a
    folder: JSON Lines (or CSV rows, or one JSON array) on stdout in input
    order, or with -o DIR one file per input; one failure line per bad input,
    then a summary line.
    """
    started = time.monotonic()
    if nul and from_list is None:
        _usage("-0 only applies to --from-list")
    every = batch.PathList(paths, _read_list(from_list) if from_list else b"", nul=nul)
    if next(iter(every), None) is None and from_list is None:
        _usage("no input: give PATH arguments, '-' for stdin, or --from-list")
    if sum(p == "-" for p in every) + (from_list == "-") > 1:
        _usage("stdin ('-') can be read only once")
    single = from_list is None and len(paths) == 1 and (
        paths[0] == "-" or not os.path.isdir(paths[0]))
    fmt = _choose_format(fmt, output, several=not single)
    settings = dict(fmt=fmt, input_format=input_format, keep_html=keep_html,
                    skip_existing=skip_existing)
    if single:
        sys.exit(_parse_one(paths[0], output, settings))
    stream_file = _stream_file(output)
    if (output is None or stream_file is not None) and fmt == "md":
        _usage("Markdown with several inputs needs an output folder: use -o DIR")
    folder = None if stream_file is not None else output
    plan = batch.plan(every, output_dir=folder, suffix=WRITERS[fmt].suffix,
                      patterns=patterns or None, read_stdin=lambda: sys.stdin.buffer.read())
    _check_plan(plan, every, from_list, patterns, allow_empty)
    if folder is not None:
        try:
            batch.prepare_output(folder)
        except NewsclipError as exc:
            _fail(batch.printable(folder), str(exc))
            sys.exit(EXIT_FAILED)
    if stream_file is not None:
        _check_stream_file(plan, stream_file)
    boilerplate = None if no_learn else batch.learn(plan)
    run_settings = batch.Settings(**settings, to_stream=folder is None, boilerplate=boilerplate)
    show = not quiet and (progress if progress is not None else sys.stderr.isatty())
    report = _Report(len(plan), errors_file, batch.Summary(started=started), show_progress=show)
    code = _run_batch(plan, run_settings, jobs or _cores(), folder, stream_file, fail_fast,
                      report)
    report.close(quiet=quiet)
    sys.exit(code)


def _stream_file(output: str | None) -> str | None:
    """The one file several records go to: -o with a format's extension that is no folder."""
    if output is None or _is_folder(output):
        return None
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
        rel = "stdin" if path == "-" else os.path.join(*batch.safe_parts(path))
        out = os.path.join(output, *batch.safe_parts(os.path.dirname(rel)),
                           batch.output_name(os.path.basename(rel), writer.suffix))
    if out is not None and path != "-" and os.path.exists(out) and os.path.exists(path) \
            and os.path.samefile(path, out):
        _usage(f"{batch.printable(out)}: writing here would overwrite the input")
    try:
        data = _read(path)
    except NewsclipError as exc:
        _fail(name, str(exc))
        return EXIT_FAILED
    job = batch.Job(path, name, out, data=data)
    # one output file the user named: its folder must exist, as with any tool
    make_folders = out is not None and out != output
    (outcome,) = batch.run([job], batch.Settings(**settings, make_folders=make_folders),
                           output_dir=output if make_folders else None)
    if outcome.status == "failed":
        _fail(*_failure_line(outcome))
        return EXIT_TIMEOUT if outcome.code == "timeout" else EXIT_FAILED
    if outcome.data is not None:
        with batch.hold_signals():
            sys.stdout.buffer.write(outcome.data)
            sys.stdout.buffer.flush()
    return EXIT_OK


# --------------------------------------------------------------------------- the batch


class _Stream:
    """Where several records go without an output folder: stdout, or one file (-o FILE,
    written beside it and renamed into place at the end).  JSON records become one
    array; CSV gets its header once."""

    def __init__(self, fmt: str, path: str | None) -> None:
        self.path = path
        self.tmp = None if path is None else batch.temp_path(path, os.getpid())
        self.fh: IO[bytes] | None = None
        self.array = fmt == "json"
        self.header = batch.stream_header(fmt).encode("utf-8")
        self.count = 0

    def open(self) -> None:
        """Open the file (or take stdout) and write the header: apart from __init__, so
        that an interrupt that comes as it ends still finds the temporary file to remove."""
        with batch.hold_signals():
            self.fh = sys.stdout.buffer if self.tmp is None else open(self.tmp, "wb")
            self.fh.write(self.header)

    def add(self, data: bytes) -> None:
        if self.array:
            data = (b",\n" if self.count else b"[\n") + data.rstrip(b"\n")
        self.count += 1
        self._write(data)

    def finish(self) -> None:
        if self.array:
            self._write(b"\n]\n" if self.count else b"[]\n")
        assert self.fh is not None
        with batch.hold_signals():
            self.fh.flush()
            if self.tmp is not None:
                self.fh.close()
                os.replace(self.tmp, self.path or "")

    def abandon(self) -> None:
        """An interrupted run writes no file (on stdout, what was sent stays sent)."""
        if self.tmp is None:
            return
        if self.fh is not None:
            with contextlib.suppress(OSError):
                self.fh.close()
        with contextlib.suppress(OSError):
            os.unlink(self.tmp)

    def _write(self, data: bytes) -> None:
        assert self.fh is not None
        with batch.hold_signals():  # a record is written whole, or not at all
            self.fh.write(data)


def _run_batch(
    plan: batch.Plan, settings: batch.Settings, workers: int, folder: str | None,
    stream_file: str | None, fail_fast: bool, report: _Report,
) -> int:
    """Run the plan, reporting each failure; return the exit code."""
    stream = _Stream(settings.fmt, stream_file) if folder is None else None
    code = EXIT_OK
    try:
        if stream is not None:
            stream.open()
        with contextlib.closing(
            batch.run(plan, settings, workers=workers, output_dir=folder)
        ) as outcomes:
            for outcome in outcomes:
                report.add(outcome)
                if outcome.data is not None and stream is not None:
                    stream.add(outcome.data)
                if outcome.status != "failed":
                    continue
                code = max(code, EXIT_TIMEOUT if outcome.code == "timeout" else EXIT_FAILED)
                if outcome.fatal:
                    report.stopped = "stopped: the output folder can take no more"
                    break
                if fail_fast:
                    report.stopped = "stopped at the first failure (--fail-fast)"
                    break
        if stream is not None:
            stream.finish()
            stream = None
    except _Signalled as sig:
        report.stopped, code = sig.word, sig.code
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as cat does
        _silence_stdout()
        report.silent = True
        code = EXIT_FAILED
    except OSError as exc:  # the one output file or stdout could take no more
        _fail(batch.printable(stream_file) if stream_file else "<stdout>",
              f"cannot write ({reason(exc)})")
        report.stopped, code = "stopped: the output could take no more", EXIT_FAILED
    finally:
        if stream is not None:
            stream.abandon()
    return code


class _Report:
    """Failure lines (above the progress bar, when there is one), the --errors file,
    the summary."""

    def __init__(self, total: int, errors_file: IO[str] | None, summary: batch.Summary, *,
                 show_progress: bool) -> None:
        self.total = total
        self.errors_file = errors_file
        self.summary = summary
        self.stopped = ""
        #: nothing more to say (the reader of stdout went away)
        self.silent = False
        self.bar: Any = None
        if show_progress:
            # imported here: only a batch on a terminal pays for it (about 60 ms)
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: it would share our signals
            # smoothing=0: the ETA is the average pace since the start, right from the
            # first results instead of swinging with each chunk of them
            self.bar = tqdm(total=total, desc="parsing", unit="file", file=sys.stderr,
                            smoothing=0, mininterval=0.25, dynamic_ncols=True)

    def add(self, outcome: batch.Outcome) -> None:
        self.summary.add(outcome)
        if outcome.status == "failed":
            self._failure(outcome)
        if self.bar is not None:
            self.bar.update(1)

    def _failure(self, outcome: batch.Outcome) -> None:
        where, message = _failure_line(outcome)
        line = f"newsclip: {where}: {message}"
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)  # clears the bar, prints, draws it again
        else:
            click.echo(line, err=True)
        if self.errors_file is not None:
            if where != outcome.job.name:
                message = f"cannot write {where}: {message}"
            with batch.hold_signals():
                self.errors_file.write(json.dumps(
                    {"path": outcome.job.name, "code": outcome.code, "message": message},
                    ensure_ascii=False) + "\n")
                self.errors_file.flush()

    def close(self, *, quiet: bool) -> None:
        """End the bar and print the summary (none with --quiet)."""
        if signal.getsignal(signal.SIGTERM) is _on_signal:
            _hold_for_good()  # the run is over: a late signal changes nothing
        if self.bar is not None:
            self.bar.close()
        if quiet or self.silent:
            return
        s = self.summary
        left = self.total - s.parsed - s.failed - s.skipped
        tail = f"; {self.stopped}, {left} not done" if self.stopped else ""
        click.echo(f"newsclip: {s}{tail}", err=True)


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
@click.option("--input-format", type=click.Choice(["text", "html"]), default=None)
def explain(path: str, input_format: str | None) -> None:
    """Show every input line with its label and the rule that gave it.

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
    for row in rows:
        where = "" if row.line is None else str(row.line)
        # a dump's escape sequences must not drive the user's terminal
        text = row.text if row.text.isprintable() else row.text.translate(_CONTROLS)
        click.echo(f"{where:>5}  {row.label:<7}  {row.rule:<24}  {text}")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from .record import SCHEMA

    click.echo(json.dumps(SCHEMA, indent=2, ensure_ascii=False))
