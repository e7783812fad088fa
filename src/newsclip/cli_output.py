"""What the command writes of a batch: the records' one stream (stdout or one file)
and the report on stderr (failure lines, a web archive's tally, the --errors file,
the progress bar, the summary).  Part of the command line, with cli.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from typing import IO, Any

import click

from . import batch

__all__ = ["Stream", "Report", "failure_line"]


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
        """One input's records: one line each (a web archive gives many)."""
        if self.array:
            lines = data.rstrip(b"\n").split(b"\n")  # a JSON line holds no raw newline
            data = (b",\n" if self.count else b"[\n") + b",\n".join(lines)
            self.count += len(lines) - 1
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
            self._failure(outcome)
        elif outcome.code == "archive" and not self.quiet:
            self._line(f"newsclip: {outcome.job.name}: {outcome.message}")  # its tally
        if self.bar is not None:
            self.bar.update(1)

    def _failure(self, outcome: batch.Outcome) -> None:
        where, message = failure_line(outcome)
        self._line(f"newsclip: {where}: {message}")
        if self.errors_file is not None:
            if where != outcome.job.name:
                message = f"cannot write {where}: {message}"
            with batch.hold_signals():
                self.errors_file.write(json.dumps(
                    {"path": outcome.job.name, "code": outcome.code, "message": message},
                    ensure_ascii=False) + "\n")
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
