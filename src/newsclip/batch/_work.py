"""One job's work: read, parse and render (in a worker), and the atomic write (in the main process).

An input of many records (an export) is written as one output of many records
(a stream, or the one file the user named), or as a folder of one file a
record (``-o DIR``); with ``--duplicates`` the main process marks near-copies
in input order before anything is written (``_parts``).  Also the ``Outcome``
of a job and the batch's ``Summary``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .._frozen import Frozen
from .. import remote
from ..api import iter_parts
from ..decode import is_archive
from ..errors import BatchError, NewsclipError
from ..files import reason
from ..record import Record
from ..render import WRITERS, jsonfmt
from ..render import csv as csv_writer
from ..text.boilerplate import Boilerplate
from . import _parts
from ._parts import RECORD_NAME, Parts, Report
from ._paths import STDIN, printable
from ._plan import Job
from ._signals import hold_signals

__all__ = ["Settings", "Outcome", "Report", "Summary", "stream_header", "frame", "temp_path",
           "write_atomic", "write_folder_atomic"]

# Output errors that no other file in the batch can escape: stop the batch.
_FATAL_WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})


class Settings(Frozen):
    """Everything a worker needs besides the job; set once per worker process."""

    fmt: str = "json"
    #: True: return the rendered bytes (for a stream); False: write ``job.out``
    to_stream: bool = False
    input_format: str | None = None
    keep_html: bool = False
    boilerplate: Boilerplate | None = None
    skip_existing: bool = False
    date_order: str | None = None
    detect_language: bool = False
    #: create missing folders for outputs (not for one output file the user named)
    make_folders: bool = True
    #: --min-words: a record with fewer words is skipped (code ``short``)
    min_words: int | None = None
    #: ``job.out`` is the one file the user named: it takes every record of an input
    one_file: bool = False
    #: the format of an input of many records whose records all go to one output
    #: (stdout, or the one file) when ``to_stream`` is False: the format several
    #: inputs would get there (None: ``fmt``)
    many_fmt: str | None = None
    #: --duplicates: the similarity from which a record is a near-copy (None: no pass)
    duplicates: float | None = None
    #: --drop-duplicates: near-copies are not written
    drop_duplicates: bool = False


class Outcome(Frozen):
    job: Job
    status: str  # "parsed" | "failed" | "skipped"
    code: str | None = None
    message: str | None = None
    #: the rendered record when writing to a stream (an input of many records: its
    #: records, one after another)
    data: bytes | None = None
    #: the output folder can take nothing more (disk full, read-only): stop the batch
    fatal: bool = False
    #: for an input of many records, or with --duplicates: records written, near-copies,
    #: and the parts that gave no record
    report: Report | None = None

    @property
    def part_failures(self) -> tuple[tuple[int | None, str, str], ...]:
        """``(index, code, reason)`` of each part of an input of many records that gave no
        record (an article cut off), the others being written."""
        return () if self.report is None else self.report.failures


def stream_header(fmt: str) -> str:
    """What a stream of records starts with (CSV's header row), else ``""``."""
    return csv_writer.HEADER if fmt == "csv" else ""


def frame(fmt: str, rows: list[bytes]) -> bytes:
    """One output of many records from their stream renderings: a JSON array (one
    record a line), CSV's header and rows, JSON Lines."""
    if fmt == "json":
        return b"".join(jsonfmt.array_item(row, k == 0) for k, row in enumerate(rows)) \
            + jsonfmt.array_end(len(rows))
    return stream_header(fmt).encode("utf-8") + b"".join(rows)


def _renderer(fmt: str, to_stream: bool) -> Callable[..., str]:
    if to_stream and fmt in ("json", "parquet"):  # Parquet rows travel as JSON Lines
        return jsonfmt.render_line  # one record per line: JSON Lines
    if to_stream and fmt == "csv":
        return csv_writer.render_row
    return WRITERS[fmt].render


#: (status, code, message, the rendered record (or the Parts of an input of many
#: records, or of any input with --duplicates), fatal)
Result = tuple[str, "str | None", "str | None", "bytes | Parts | None", bool]
#: … and once stored: the bytes for a stream, and the Report of the Parts
Stored = tuple[str, "str | None", "str | None", "bytes | None", bool, "Report | None"]


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
        #: the duplicate pass, in the main process only (``store``)
        self.seen: Any = None

    def do(self, job: Job) -> Stored:
        return self.store(job, self.make(job))

    def make(self, job: Job) -> Result:
        """Parse and render one input; its bytes come back in the result."""
        if job.problem is not None:
            return "failed", job.problem[0], job.problem[1], None, False
        s = self.s
        try:
            if s.skip_existing and job.out is not None and _up_to_date(job):
                return "skipped", None, None, None, False
            if job.data is None and is_archive(job.name):
                return self._archive(job)
            data = job.data if job.data is not None else remote.read_path(job.src)
            parts = list(iter_parts(data, path=None if job.src == STDIN else job.name,
                                    input_format=s.input_format, boilerplate=s.boilerplate,
                                    date_order=s.date_order,
                                    detect_language=s.detect_language))
            one = parts[0] if len(parts) == 1 and isinstance(parts[0], Record) else None
            if one is not None and one.source.index is None and s.min_words \
                    and one.word_count < s.min_words:
                return "skipped", "short", f"{one.word_count} words", None, False
            if one is None or s.duplicates is not None or one.source.index is not None:
                return self._make_parts(job, parts)
            out = self.render(one.to_dict(), keep_html=s.keep_html).encode("utf-8")
        except NewsclipError as exc:
            return "failed", exc.code, str(exc), None, False
        except Exception as exc:  # a reader's bug must cost one file, not the batch
            return "failed", "internal", f"internal error ({type(exc).__name__}: {exc})", None, False
        return "parsed", None, None, out, False

    def _archive(self, job: Job) -> Result:
        """A web archive, streamed: its pages' records as the Parts of an input of many
        records (``-o DIR``: ``DIR/<archive>/0001.json``…, like an export), the
        message its tally, and each damaged WARC record a part that failed
        (``damaged``) while every other page is still written."""
        from ..warc import Tally, open_archive, read_archive

        tally = Tally(min_words=self.s.min_words)
        _fmt, render = self._renderer_of(job, True)
        try:
            with open_archive(job.src) as stream:
                # rendered page by page: the archive's records are held, never its pages
                kept = (tally.keep(c) for c in read_archive(stream, name=job.name))
                parts = _parts.collect((r for r in kept if r is not None), render,
                                       self._signature())
        except OSError as exc:
            return "failed", "unreadable", remote.reason(exc), None, False
        parts.many = True
        parts.failures += [(None, "damaged", where) for where in tally.damage]
        return "parsed", "archive", str(tally), parts, False

    def _make_parts(self, job: Job, items: list[Record | NewsclipError]) -> Result:
        """An input of many records (or any, with --duplicates): its Parts for ``store``."""
        s = self.s
        count = sum(isinstance(p, Record) for p in items)
        many = len(items) > 1 or count < len(items) or items[0].source.index is not None
        fmt, render = self._renderer_of(job, many)
        if fmt == "md" and many and (job.out is None or s.one_file):
            return ("failed", "many", f"holds {count} records: Markdown needs an output folder "
                    "(-o DIR), or use --format jsonl or csv", None, False)
        parts = _parts.collect(items, render, self._signature())
        if not parts.rendered and not parts.pending:
            _index, code, message = parts.failures[0]
            more = len(parts.failures) - 1
            return "failed", code, message + (f" (and {more} more)" if more else ""), None, False
        return "parsed", None, None, parts, False

    def _signature(self) -> Callable[[str], bytes | None] | None:
        """What the duplicate pass compares a record by (datasketch), without it None."""
        if self.s.duplicates is None:
            return None
        from ..duplicates import signature

        return signature

    def _renderer_of(self, job: Job, many: bool) -> tuple[str, Callable[[dict[str, Any]], bytes]]:
        """The format and the renderer of an input's records: one file each (``-o DIR``),
        or, when all the records of an input of many go to one output, that output's
        rows (the same in the worker and, with --duplicates, in the main process)."""
        s = self.s
        render, fmt = self.render, s.fmt
        if many and (job.out is None or s.one_file) and not s.to_stream:
            fmt = s.many_fmt or s.fmt
            render = _renderer(fmt, to_stream=True)
        return fmt, lambda d: render(d, keep_html=s.keep_html).encode("utf-8")

    def store(self, job: Job, result: Result) -> Stored:
        """Write a parsed result to ``job.out``; without an output, pass it on."""
        status, code, message, data, fatal = result
        if isinstance(data, Parts):
            return self._store_parts(job, data, code, message)
        if job.out is None or status != "parsed" or data is None:
            return status, code, message, data, fatal, None
        problem = self._write(job.out, data)
        return problem or ("parsed", None, None, None, False, None)

    def _write(self, out: str, data: bytes, files: list[tuple[str, bytes]] | None = None,
               ) -> Stored | None:
        """Write one file (or, with ``files``, the folder ``out``); a failed Stored, or None."""
        # write failures carry only the reason: the CLI names the output, not the input
        if remote.is_url(out):
            # an object store has no folder to rename into place: each file is put whole
            try:
                for name, content in files or [("", data)]:
                    remote.write(remote.join(out, name) if name else out, content)
            except (NewsclipError, OSError) as exc:
                return "failed", "write", remote.reason(exc), None, False, None
            return None
        if self.s.make_folders:
            problem = self._folder(os.path.dirname(out))
            if problem is not None:
                return "failed", "write", problem, None, False, None
        try:
            if files is None:
                write_atomic(out, data)
            else:
                write_folder_atomic(out, files)
        except OSError as exc:
            return "failed", "write", reason(exc), None, exc.errno in _FATAL_WRITE_ERRNOS, None
        except BatchError as exc:  # a folder of records that holds something else
            return "failed", "write", str(exc), None, False, None
        return None

    def _store_parts(self, job: Job, parts: Parts, code: str | None = None,
                     message: str | None = None) -> Stored:
        """The duplicate pass over an input's records, in input order, then the writes;
        ``code`` and ``message`` (a web archive's tally) are passed on."""
        s = self.s
        rendered, duplicates, dropped = parts.rendered, 0, 0
        fmt, render = self._renderer_of(job, parts.many)
        if s.duplicates is not None:
            if self.seen is None:
                from ..duplicates import Duplicates

                self.seen = Duplicates(s.duplicates)
            rendered, duplicates, dropped = _parts.decide(parts, self.seen, s.drop_duplicates,
                                                          render)
        report = Report(len(rendered), duplicates, dropped, tuple(parts.failures))
        rows = [r for _i, r in rendered]
        one_output = job.out is None or s.one_file
        if parts.many and one_output and not s.to_stream:
            data: bytes | None = frame(fmt, rows)
        else:
            data = b"".join(rows) if rows else None
        if job.out is None:
            return "parsed", code, message, data, False, report
        if data is None:
            problem = None  # its one record was a near-copy, and dropped
        elif one_output or not parts.many:
            problem = self._write(job.out, data)
        else:
            count = max(i or 0 for i, _r in rendered) if rendered else 0
            suffix = WRITERS[s.fmt].suffix
            files = [(_parts.record_name(i or 0, count, suffix), r) for i, r in rendered]
            problem = self._write(_parts.many_folder(job.out), b"", files)
        return problem or ("parsed", code, message, None, False, report)

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


def temp_path(out: str, pid: int) -> str:
    directory, name = os.path.split(out)
    return os.path.join(directory, f".{name}.{pid}.tmp")


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


def write_folder_atomic(folder: str, files: list[tuple[str, bytes]]) -> None:
    """Write ``files`` (name, bytes) as the folder ``folder``, whole: a temporary folder
    beside it (``.<name>.<pid>.tmp``) renamed into place.

    A folder of the same name holding only record files (``0001.json`` …, an earlier
    run's) is moved aside and removed after, so ``folder`` is always either the old
    records or all the new ones; one holding anything else is not touched (BatchError).
    SIGINT and SIGTERM are held back until the folder is in place, or gone.
    """
    import shutil  # (only for an export's folder: shutil brings bz2 and lzma, 10 ms)

    tmp = temp_path(folder, os.getpid())
    old = os.path.join(os.path.dirname(folder), f".{os.path.basename(folder)}.{os.getpid()}.old")
    with hold_signals():
        _refuse_foreign(folder)
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            os.mkdir(tmp)
            for name, data in files:
                write_atomic(os.path.join(tmp, name), data)
            moved = os.path.isdir(folder) and not os.path.islink(folder)
            if moved:
                os.rename(folder, old)
            try:
                os.rename(tmp, folder)
            except BaseException:
                if moved:
                    os.rename(old, folder)
                raise
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        if moved:
            shutil.rmtree(old, ignore_errors=True)


def _refuse_foreign(folder: str) -> None:
    """BatchError when ``folder`` exists and is not a folder of record files only."""
    if not os.path.lexists(folder):
        return
    if os.path.islink(folder) or not os.path.isdir(folder):
        raise BatchError(f"the folder of its records, {printable(folder)}, is a file or a "
                         "symlink")
    foreign = sorted(n for n in os.listdir(folder) if not RECORD_NAME.fullmatch(n))
    if foreign:
        raise BatchError(f"the folder of its records, {printable(folder)}, holds other files "
                         f"({printable(foreign[0])}), which writing them would remove")


def _write_fd(fd: int, data: memoryview) -> int:
    # a separate name so tests can make the disk "fill up" without touching os.write itself
    return os.write(fd, data)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _up_to_date(job: Job) -> bool:
    """The output (a file, or the folder of an input of many records) exists and is at
    least as new as the input."""
    if remote.is_url(job.out) or remote.is_url(job.src):  # type: ignore[arg-type]
        return job.src != STDIN and remote.up_to_date(job.out, job.src)  # type: ignore[arg-type]
    try:
        out = os.stat(job.out)  # type: ignore[arg-type]
    except OSError:
        try:  # the folder is renamed into place whole, so it holds every record
            out = os.stat(_parts.many_folder(job.out))  # type: ignore[arg-type]
        except OSError:
            return False
        if not stat.S_ISDIR(out.st_mode):
            return False
    else:
        if not stat.S_ISREG(out.st_mode):
            return False
    if job.src == STDIN:
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
    #: records written (an export gives many), near-copies found and dropped
    records: int = 0
    duplicates: int = 0
    dropped: int = 0

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "parsed":
            self.parsed += 1
            report = outcome.report
            self.records += 1 if report is None else report.records
            if report is not None:
                self.duplicates += report.duplicates
                self.dropped += report.dropped
        elif outcome.status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def __str__(self) -> str:
        extra = []
        if self.records != self.parsed:
            extra.append(f"{self.records} records")
        if self.duplicates:
            extra.append(f"{self.duplicates} near-copies" + (" dropped" if self.dropped else ""))
        more = f" ({', '.join(extra)})" if extra else ""
        return (f"{self.parsed} parsed{more}, {self.failed} failed, {self.skipped} skipped"
                f" in {self.seconds:.2f} s")
