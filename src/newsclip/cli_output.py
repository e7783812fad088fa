"""What the command writes of a batch: the records' one stream (stdout or one file),
the Parquet parts, and the report on stderr (failure lines, a web archive's tally,
the --errors file, the progress bar, the summary).  Part of the command line, with
cli.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from typing import IO, Any

import click

from . import batch
from .files import reason
from .render import jsonfmt

__all__ = ["Stream", "Report", "failure_line", "quiet_dask", "silence_stdout", "to_part"]


class Stream:
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
        """One input's records: one line each (an export or a web archive gives many)."""
        if self.array:
            items = data.splitlines()  # a JSON line holds no raw newline
            data = b"".join(jsonfmt.array_item(item, self.count + k == 0)
                            for k, item in enumerate(items))
            self.count += len(items)
        self._write(data)

    def finish(self) -> None:
        if self.array:
            self._write(jsonfmt.array_end(self.count))
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


class Report:
    """Failure lines (above the progress bar, when there is one), the --errors file,
    the summary."""

    def __init__(self, total: int, errors_file: IO[str] | None, summary: batch.Summary, *,
                 show_progress: bool, quiet: bool = False) -> None:
        self.total = total
        #: no lines but failures (a web archive's tally is not one)
        self.quiet = quiet
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
            where, message = failure_line(outcome)
            # (the --errors file names the input, and says which output could not be written)
            noted = message if where == outcome.job.name else f"cannot write {where}: {message}"
            self._failure(where, message,
                          {"path": outcome.job.name, "code": outcome.code, "message": noted})
        elif outcome.code == "archive" and not self.quiet:
            self._line(f"newsclip: {outcome.job.name}: {outcome.message}")  # its tally
        # the parts of an input of many records that gave no record (an export's article
        # cut off, a web archive's damaged WARC record), the others being written
        for index, code, message in outcome.part_failures:
            self._failure(outcome.job.name, message, {
                "path": outcome.job.name, "index": index, "code": code, "message": message})
        if self.bar is not None:
            self.bar.update(1)

    def _failure(self, where: str, message: str, entry: dict[str, Any]) -> None:
        """One failure line on stderr, and its entry in the --errors file."""
        self._line(f"newsclip: {where}: {message}")
        if self.errors_file is not None:
            with batch.hold_signals():
                self.errors_file.write(json.dumps(entry, ensure_ascii=False) + "\n")
                self.errors_file.flush()

    def _line(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)  # clears the bar, prints, draws it again
        else:
            click.echo(line, err=True)

    def close(self, *, quiet: bool) -> None:
        """End the bar and print the summary (none with --quiet)."""
        if self.bar is not None:
            self.bar.close()
        if quiet or self.silent:
            return
        s = self.summary
        left = self.total - s.parsed - s.failed - s.skipped
        tail = f"; {self.stopped}, {left} not done" if self.stopped else ""
        click.echo(f"newsclip: {s}{tail}", err=True)


def failure_line(outcome: batch.Outcome) -> tuple[str, str]:
    """``(PATH, reason)``: a write failure names the output, any other the input."""
    if outcome.code == "write" and outcome.job.out is not None:
        return batch.printable(outcome.job.out), outcome.message or ""
    return outcome.job.name, outcome.message or ""


def to_part(parts: Any, data: bytes | None, *, last: bool = False) -> bool:
    """One input's records into the Parquet parts (or, ``last``, the final part closed);
    False, with its failure line printed, when a part cannot be written."""
    try:
        if last:
            parts.close()
        else:
            parts.add(data)  # None too: parts are cut by input order
    except OSError as exc:
        click.echo(f"newsclip: {batch.printable(parts.writing or parts.folder)}: "
                   f"{reason(exc)}", err=True)
        return False
    return True


def quiet_dask() -> None:
    """Dask's client logs (a lost scheduler's reconnection tracebacks) stay out of the
    command's stderr, which holds one line per failure: the cluster's failure is one."""
    import logging

    try:
        import distributed  # noqa: F401 - its loggers are made (and levelled) on import
    except ImportError:
        return  # connect says what to install
    names = [name for name in logging.root.manager.loggerDict if name.startswith("distributed.")]
    for name in ("distributed", *names):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


def silence_stdout() -> None:
    # Python flushes stdout at exit; a closed pipe would raise there again
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
