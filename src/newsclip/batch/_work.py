"""One job's work: read, parse and render (in a worker), and the atomic write (in the main process).

Also the ``Outcome`` of a job and the batch's ``Summary``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ..api import parse
from ..errors import NewsclipError
from ..files import read_input, reason
from ..render import WRITERS, jsonfmt
from ..render import csv as csv_writer
from ..text.boilerplate import Boilerplate
from ._paths import STDIN
from ._plan import Job
from ._signals import hold_signals

__all__ = ["Settings", "Outcome", "Summary", "stream_header", "temp_path", "write_atomic"]

# Output errors that no other file in the batch can escape: stop the batch.
_FATAL_WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a worker needs besides the job; set once per worker process."""

    fmt: str = "json"
    #: True: return the rendered bytes (for a stream); False: write ``job.out``
    to_stream: bool = False
    input_format: str | None = None
    keep_html: bool = False
    boilerplate: Boilerplate | None = None
    skip_existing: bool = False
    #: create missing folders for outputs (not for one output file the user named)
    make_folders: bool = True


@dataclass(frozen=True, slots=True)
class Outcome:
    job: Job
    status: str  # "parsed" | "failed" | "skipped"
    code: str | None = None
    message: str | None = None
    #: the rendered record when writing to a stream
    data: bytes | None = None
    #: the output folder can take nothing more (disk full, read-only): stop the batch
    fatal: bool = False


def stream_header(fmt: str) -> str:
    """What a stream of records starts with (CSV's header row), else ``""``."""
    return csv_writer.HEADER if fmt == "csv" else ""


def _renderer(fmt: str, to_stream: bool) -> Callable[..., str]:
    if to_stream and fmt == "json":
        return jsonfmt.render_line  # one record per line: JSON Lines
    if to_stream and fmt == "csv":
        return csv_writer.render_row
    return WRITERS[fmt].render


def temp_path(out: str, pid: int) -> str:
    directory, name = os.path.split(out)
    return os.path.join(directory, f".{name}.{pid}.tmp")


Result = tuple[str, "str | None", "str | None", "bytes | None", bool]


class _Worker:
    """Per-process state: settings, the renderer, folders already made and checked.

    ``make`` (read, parse, render) runs in the worker processes; ``store``
    (the atomic write) runs in the main process only.  One writer measured
    faster than two on ext4: two processes creating and renaming files in
    the same folder contend in the kernel (3-4x the system time), and a
    single writer also means a killed worker can never leave a file behind.
    """

    def __init__(self, settings: Settings, output_dir: str | None) -> None:
        self.s = settings
        self.render = _renderer(settings.fmt, settings.to_stream)
        self.root = os.path.realpath(output_dir) if output_dir else None
        self.folders: dict[str, str | None] = {}

    def do(self, job: Job) -> Result:
        return self.store(job, self.make(job))

    def make(self, job: Job) -> Result:
        """Parse and render one input; its bytes come back in the result."""
        if job.problem is not None:
            return "failed", job.problem[0], job.problem[1], None, False
        s = self.s
        try:
            if s.skip_existing and job.out is not None and _up_to_date(job):
                return "skipped", None, None, None, False
            data = job.data if job.data is not None else read_input(job.src)
            record = parse(data, path=None if job.src == STDIN else job.name,
                           input_format=s.input_format, boilerplate=s.boilerplate)
            out = self.render(record.to_dict(), keep_html=s.keep_html).encode("utf-8")
        except NewsclipError as exc:
            return "failed", exc.code, str(exc), None, False
        except Exception as exc:  # a reader's bug must cost one file, not the batch
            return "failed", "internal", f"internal error ({type(exc).__name__}: {exc})", None, False
        return "parsed", None, None, out, False

    def store(self, job: Job, result: Result) -> Result:
        """Write a parsed result to ``job.out``; without an output, pass it on."""
        status, _code, _message, data, _fatal = result
        if job.out is None or status != "parsed" or data is None:
            return result
        # write failures carry only the reason: the CLI names the output, not the input
        if self.s.make_folders:
            problem = self._folder(os.path.dirname(job.out))
            if problem is not None:
                return "failed", "write", problem, None, False
        try:
            write_atomic(job.out, data)
        except OSError as exc:
            return "failed", "write", reason(exc), None, exc.errno in _FATAL_WRITE_ERRNOS
        return "parsed", None, None, None, False

    def _folder(self, folder: str) -> str | None:
        """Make ``folder``; refuse it when a symlink inside ``-o`` leads out of ``-o``."""
        if folder in self.folders:
            return self.folders[folder]
        problem = None
        try:
            os.makedirs(folder, exist_ok=True)
            if self.root is not None:
                real = os.path.realpath(folder)
                if real != self.root and not real.startswith(self.root + os.sep):
                    problem = "its folder leads out of the output folder (a symlink)"
        except OSError as exc:
            problem = f"cannot create its folder ({reason(exc)})"
        self.folders[folder] = problem
        return problem


def write_atomic(path: str, data: bytes) -> None:
    """Write ``.<name>.<pid>.tmp`` beside ``path``, then rename it into place.

    Whatever stops the write (a full disk, an exception) removes the temporary
    file, so ``path`` is either the old file or the whole new one; Ctrl-C and
    SIGTERM are held back until the write is done.  No fsync: this guards against
    interruption, not power loss, and an fsync per file would cost more than
    the parsing.
    """
    tmp = temp_path(path, os.getpid())
    fd = -1
    with hold_signals():  # an interrupt waits for the file to be whole, or gone
        try:
            # O_NOFOLLOW: a symlink planted at the temporary name is not followed
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW
                         | os.O_CLOEXEC, 0o666)
            view = memoryview(data)
            while view:
                view = view[_write_fd(fd, view):]
            fd, closing = -1, fd
            os.close(closing)
            os.replace(tmp, path)
        except BaseException:
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
            _unlink(tmp)
            raise


def _write_fd(fd: int, data: memoryview) -> int:
    # a separate name so tests can make the disk "fill up" without touching os.write itself
    return os.write(fd, data)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _up_to_date(job: Job) -> bool:
    """The output exists and is at least as new as the input."""
    try:
        out = os.stat(job.out)  # type: ignore[arg-type]
    except OSError:
        return False
    if job.src == STDIN or not stat.S_ISREG(out.st_mode):
        return False
    try:
        return out.st_mtime_ns >= os.stat(job.src).st_mtime_ns
    except OSError:
        return False


@dataclass(slots=True)
class Summary:
    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.monotonic)

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "parsed":
            self.parsed += 1
        elif outcome.status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def __str__(self) -> str:
        return (f"{self.parsed} parsed, {self.failed} failed, {self.skipped} skipped"
                f" in {self.seconds:.2f} s")
