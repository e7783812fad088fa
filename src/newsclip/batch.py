"""Many inputs at once: walking folders, the job plan, worker processes, atomic writes.

``plan()`` turns what a user named (files, folders, ``-``, a list of paths)
into jobs, one input and the one output it will write, and finds clashes
before anything is written.  ``run()`` parses the jobs, in worker processes
when asked (this process alone writes the outputs), and yields one
``Outcome`` per job in plan order, so output never depends on the number
of workers.  Nothing here prints, exits or reads
options objects; the CLI turns outcomes into lines.  What this module is not:
a parser (that is ``api.parse``) or a writer of formats (``render``).

Safety rules kept here: an output path is always inside the output folder
(no ``..``, no root, no symlinked folder leading out); outputs are written
to ``.<name>.<pid>.tmp`` beside the target and renamed into place, so a
reader never sees half a file; files that are not regular (FIFOs, devices)
are never opened for reading in a way that could block.
"""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import itertools
import os
import signal
import stat
import time
from array import array
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import batch_parts
from .batch_parts import Report
from .decode import decode, sniff_format
from .errors import BatchError, NewsclipError
from .files import kind, read_input, reason
from .many import iter_parts
from .record import Record
from .render import WRITERS
from .render import csv as csv_writer
from .render import jsonfmt
from .text.boilerplate import MIN_BATCH, Boilerplate

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

#: what a folder walk picks up when no ``--glob`` is given (case-insensitive)
DEFAULT_SUFFIXES = (".txt", ".text", ".htm", ".html", ".docx")
#: how many inputs batch learning reads at most: memory stays flat, and learning costs
#: about as much as parsing the sample, so a larger one would slow small batches
LEARN_SAMPLE = 500
#: below this many jobs, starting worker processes costs more than it saves
MIN_POOL_JOBS = 32
STDIN = "-"

# Output errors that no other file in the batch can escape: stop the batch.
_FATAL_WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})




_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(32), 127)}
_ESCAPES.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def printable(path: str) -> str:
    """A path as one printable line: undecodable bytes as ``\\xNN``, control characters escaped.

    Used in messages and in ``source.path``, where a newline in a file name
    would break the one-line-per-failure rule and a lone surrogate would not
    encode as UTF-8.
    """
    if path.isprintable():
        return path
    try:
        raw = path.encode("utf-8", "surrogateescape")
        text = raw.decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        text = path.encode("utf-8", "backslashreplace").decode("ascii")
    return text.translate(_ESCAPES)


# --------------------------------------------------------------------------- plan


@dataclass(frozen=True, slots=True)
class Job:
    """One input and where its record goes."""

    #: the path to open (``-`` for stdin)
    src: str
    #: the printable name used in messages and ``source.path``
    name: str
    #: the output file, or None when the record goes to a stream
    out: str | None = None
    #: ``(code, reason)`` when the walk already knows this input cannot be read
    problem: tuple[str, str] | None = None
    #: stdin's bytes, read once by the plan
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class Collision:
    """Two inputs that would write the same output, or an output that is an input."""

    out: str
    first: str
    second: str
    overwrites_input: bool = False

    def __str__(self) -> str:
        if self.overwrites_input:
            return f"{printable(self.out)}: writing here would overwrite the input {self.first}"
        return f"{printable(self.out)}: both {self.first} and {self.second} would be written here"


def output_name(name: str, suffix: str) -> str:
    """``a.txt`` → ``a.json``; ``a.txt.gz`` → ``a.json``; ``README`` → ``README.json``."""
    stem = name[:-3] if name.lower().endswith(".gz") and len(name) > 3 else name
    base, ext = os.path.splitext(stem)
    return (base if ext else stem) + suffix


def safe_parts(path: str) -> list[str]:
    """A path's components with the root and every ``..`` dropped, so it stays below ``-o``."""
    parts = os.path.normpath(path).split(os.sep)
    return [p for p in parts if p not in ("", ".", "..")]


def _matcher(patterns: Sequence[str] | None) -> Callable[[str], bool]:
    if patterns:
        pats = tuple(patterns)
        return lambda name: any(fnmatch.fnmatchcase(name, p) for p in pats)

    def default(name: str) -> bool:
        low = name.lower()
        if low.endswith(".gz"):
            low = low[:-3]
        return low.endswith(DEFAULT_SUFFIXES)

    return default


def _special(path: str, mode: int) -> Job:
    return Job(path, printable(path), problem=("not-regular", f"not a regular file ({kind(mode)})"))


def _walk(
    root: str,
    ident: tuple[int, int],
    match: Callable[[str], bool],
    skip: tuple[int, int] | None,
    out_root: str | None,
    suffix: str,
) -> Iterator[Job]:
    """Jobs for the files below ``root`` (sorted, symlinks followed).

    Each job's output mirrors its place below ``root`` under ``out_root``
    (names read from a folder hold no ``/`` and are never ``..``).  Folders
    that cannot be listed, symlink loops and selected names that are not
    regular files come back as jobs carrying a ``problem``.  A folder reached
    again through a symlink from inside itself is a loop and is not entered;
    ``skip`` (the output folder) is never entered.
    """
    def listing(folder: str) -> list[os.DirEntry[str]]:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: os.fsencode(e.name))

    def found(path: str, name: str, out_folder: str | None) -> Job:
        if out_folder is None:
            return Job(path, printable(path))
        return Job(path, printable(path), os.path.join(out_folder, output_name(name, suffix)))

    try:
        top = listing(root)
    except OSError as exc:
        yield Job(root, printable(root), problem=("unreadable", reason(exc)))
        return
    # one sorted listing per level, depth first, so the order is that of the sorted paths
    # and deep trees need no recursion
    stack: list[tuple[Iterator[os.DirEntry[str]], str | None, frozenset[tuple[int, int]]]]
    stack = [(iter(top), out_root, frozenset({ident}))]
    while stack:
        entries, out_folder, ancestors = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        path = entry.path
        try:
            if entry.is_symlink():
                try:
                    target = os.stat(path)
                except OSError as exc:
                    if exc.errno == errno.ELOOP:
                        yield Job(path, printable(path), problem=("symlink-loop", "symlink loop"))
                    elif match(entry.name):
                        problem = "broken symlink" if exc.errno == errno.ENOENT else reason(exc)
                        yield Job(path, printable(path), problem=("unreadable", problem))
                    continue
                mode = target.st_mode
                key = (target.st_dev, target.st_ino)
            elif entry.is_dir(follow_symlinks=False):
                st = entry.stat(follow_symlinks=False)
                mode, key = st.st_mode, (st.st_dev, st.st_ino)
            elif entry.is_file(follow_symlinks=False):
                if match(entry.name):
                    yield found(path, entry.name, out_folder)
                continue
            else:
                mode, key = entry.stat(follow_symlinks=False).st_mode, (0, 0)
        except OSError as exc:
            yield Job(path, printable(path), problem=("unreadable", reason(exc)))
            continue
        if stat.S_ISDIR(mode):
            if key == skip:
                continue
            if key in ancestors:
                yield Job(path, printable(path), problem=(
                    "symlink-loop", "symlink loop (leads back to a folder above it)"))
                continue
            try:
                sub = listing(path)
            except OSError as exc:
                yield Job(path, printable(path), problem=("unreadable", reason(exc)))
                continue
            sub_out = None if out_folder is None else os.path.join(out_folder, entry.name)
            stack.append((iter(sub), sub_out, ancestors | {key}))
        elif match(entry.name):
            if stat.S_ISREG(mode):
                yield found(path, entry.name, out_folder)
            else:
                yield _special(path, mode)


def iter_list(data: bytes, *, nul: bool) -> Iterator[str]:
    """Paths from ``--from-list`` contents: NUL- or newline-separated, empty entries ignored."""
    sep = b"\0" if nul else b"\n"
    start = 0
    while start < len(data):
        end = data.find(sep, start)
        if end < 0:
            end = len(data)
        raw = data[start:end]
        start = end + 1
        if not nul and raw.endswith(b"\r"):
            raw = raw[:-1]
        if raw:
            yield os.fsdecode(raw)


class PathList:
    """What the user named: arguments, then ``--from-list`` entries; iterable again and again.

    The list is kept as its bytes (about the length of a path per entry), not
    as one object per path.
    """

    def __init__(self, paths: Sequence[str] = (), listing: bytes = b"", *, nul: bool = False):
        self.paths = tuple(paths)
        self.listing = listing
        self.nul = nul

    def __iter__(self) -> Iterator[str]:
        yield from self.paths
        yield from iter_list(self.listing, nul=self.nul)


class Plan:
    """A batch's jobs, in order, made again on each pass over them.

    A pass walks the folders anew instead of keeping a job per input, so a
    batch of 20,000 files needs no more memory than one of 2,000: checking
    the plan keeps 8 bytes per output (a hash), and only for outputs whose
    hashes meet does it look closer.  Made by ``plan()``, which checks for
    clashes first: ``collisions`` lists two inputs that would write one
    output, or an output that would overwrite an input.
    """

    def __init__(
        self,
        paths: Iterable[str],
        *,
        output_dir: str | None,
        suffix: str,
        patterns: Sequence[str] | None = None,
        read_stdin: Callable[[], bytes] | None = None,
    ) -> None:
        self._paths = paths
        self._output_dir = output_dir
        self._suffix = suffix
        self._match = _matcher(patterns)
        self._read_stdin = read_stdin
        self._stdin: bytes | None = None
        #: outputs that one file named twice would write: parsed once
        self._named_twice: set[str] = set()
        self.collisions: list[Collision] = []
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Job]:
        if not self._named_twice:
            yield from self._jobs()
            return
        firsts: dict[str, str] = {}
        for job in self._jobs():
            if job.out in self._named_twice:
                if job.out in firsts and _same_file(firsts[job.out], job.src):
                    continue
                firsts.setdefault(job.out, job.src)
            yield job

    @property
    def jobs(self) -> list[Job]:
        """Every job as a list (for small batches and tests)."""
        return list(self)

    def check(self) -> None:
        """Count the jobs and find clashes, before anything is written."""
        hashes = array("q")
        # inputs that carry the output suffix are the only ones an output could overwrite
        guarded: dict[tuple[int, int], str] = {}
        # outputs named as an export's records are (0001.json): the folders they go to, which
        # an input of many records named like the folder would also write
        numbered: dict[str, str] = {}
        count = 0
        for job in self._jobs():
            count += 1
            if job.out is None:
                continue
            if batch_parts.RECORD_NAME.fullmatch(os.path.basename(job.out)):
                numbered.setdefault(os.path.dirname(job.out), job.name)
            hashes.append(hash(job.out))
            if job.src != STDIN and job.src.endswith(self._suffix):
                with contextlib.suppress(OSError):
                    st = os.stat(job.src)
                    guarded[(st.st_dev, st.st_ino)] = job.name
        ordered = sorted(hashes)
        del hashes
        clashing = {a for a, b in zip(ordered, ordered[1:]) if a == b}
        del ordered
        if clashing or guarded:
            count -= self._look_closer(clashing, guarded)
        if numbered:
            for job in self._jobs():
                folder = None if job.out is None else batch_parts.many_folder(job.out)
                if folder in numbered:
                    self.collisions.append(Collision(folder, job.name, numbered[folder]))
        self.count = count

    def _look_closer(self, clashing: set[int], guarded: dict[tuple[int, int], str]) -> int:
        """Second pass over outputs whose hashes met; return how many jobs were dropped."""
        firsts: dict[str, Job] = {}
        dropped = 0
        for job in self._jobs():
            if job.out is None:
                continue
            if guarded:
                with contextlib.suppress(OSError):
                    st = os.stat(job.out)
                    victim = guarded.get((st.st_dev, st.st_ino))
                    if victim is not None:
                        self.collisions.append(
                            Collision(job.out, victim, job.name, overwrites_input=True))
            if hash(job.out) not in clashing:
                continue
            first = firsts.setdefault(job.out, job)
            if first is job:
                continue
            if _same_file(first.src, job.src):
                # one file named twice (a folder and a file in it): parse it once
                self._named_twice.add(job.out)
                dropped += 1
            else:
                self.collisions.append(Collision(job.out, first.name, job.name))
        return dropped

    def _jobs(self) -> Iterator[Job]:
        output_dir = self._output_dir
        skip = None
        if output_dir is not None:
            # looked up on every pass: the folder may have been made since the last one
            with contextlib.suppress(OSError):
                st = os.stat(output_dir)
                skip = (st.st_dev, st.st_ino)

        def place(job: Job, rel: str) -> Job:
            if output_dir is None or job.problem is not None:
                return job
            out = os.path.join(output_dir, *safe_parts(os.path.dirname(rel)),
                               output_name(os.path.basename(rel), self._suffix))
            return Job(job.src, job.name, out, None, job.data)

        for path in self._paths:
            if path == STDIN:
                if self._stdin is None:
                    self._stdin = self._read_stdin() if self._read_stdin is not None else b""
                yield place(Job(STDIN, "<stdin>", data=self._stdin), "stdin")
                continue
            try:
                st = os.stat(path)
            except OSError as exc:
                yield Job(path, printable(path), problem=("unreadable", reason(exc)))
                continue
            if stat.S_ISDIR(st.st_mode):
                # the output folder is never walked, unless it is this very folder
                yield from _walk(path, (st.st_dev, st.st_ino), self._match, skip, output_dir,
                                 self._suffix)
            elif stat.S_ISREG(st.st_mode):
                yield place(Job(path, printable(path)), os.path.join(*safe_parts(path)) or "input")
            else:
                yield _special(path, st.st_mode)


def plan(
    paths: Iterable[str],
    *,
    output_dir: str | None,
    suffix: str,
    patterns: Sequence[str] | None = None,
    read_stdin: Callable[[], bytes] | None = None,
) -> Plan:
    """The checked plan for ``paths`` (files, folders walked recursively, ``-`` for stdin).

    ``paths`` must be iterable more than once (a list, a ``PathList``).  With
    ``output_dir``, each job gets its output there: a folder's files mirror
    their place below the folder, a named file keeps its relative path
    (``..`` and the root dropped).  Folders, symlink loops and special files
    that cannot be read become jobs with a ``problem``.
    """
    checked = Plan(paths, output_dir=output_dir, suffix=suffix, patterns=patterns,
                   read_stdin=read_stdin)
    checked.check()
    return checked


def _same_file(a: str, b: str) -> bool:
    try:
        return STDIN not in (a, b) and os.path.samefile(a, b)
    except OSError:
        return False


def prepare_output(output_dir: str) -> None:
    """Create the output folder and check it can be written, before any work starts."""
    try:
        os.makedirs(output_dir, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"cannot create the output folder ({reason(exc)})") from None
    if not os.path.isdir(output_dir):
        raise BatchError("not a folder")
    if not os.access(output_dir, os.W_OK | os.X_OK):
        raise BatchError("cannot write to the output folder (permission denied)")


# --------------------------------------------------------------------------- reading


def learn(jobs: Iterable[Job], *, sample: int = LEARN_SAMPLE) -> Boilerplate | None:
    """Batch learning over an evenly spread sample of the inputs, or None when too few.

    Inputs are read and decoded one at a time (a generator feeds
    ``Boilerplate.learn``), so memory does not grow with the sample; HTML
    pages and inputs that fail to decode are left out.
    """
    total = len(jobs) if isinstance(jobs, Sized) else None
    if total is not None and total < MIN_BATCH:
        return None
    step = 1.0 if total is None else max(1.0, total / sample)

    def texts() -> Iterator[str]:
        taken, next_pick = 0, 0.0
        for i, job in enumerate(jobs):
            if taken >= sample:
                return
            if i < next_pick:
                continue
            next_pick += step
            if job.problem is not None:
                continue
            taken += 1
            try:
                text, _enc = decode(job.data if job.data is not None else read_input(job.src))
            except NewsclipError:
                continue
            if sniff_format(text) == "text":
                yield text

    bp = Boilerplate.learn(texts())
    return bp if bp.documents >= MIN_BATCH else None


# --------------------------------------------------------------------------- work


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
    #: --duplicates: the similarity from which a record is a near-copy (None: no pass)
    duplicates: float | None = None
    #: --drop-duplicates: near-copies are not written
    drop_duplicates: bool = False
    #: ``job.out`` is one file the user named: it takes every record of an input
    one_file: bool = False


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
    #: for an input of many records, or with --duplicates: records written, near-copies,
    #: and the parts that gave no record
    report: Report | None = None


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


#: (status, code, message, rendered bytes — or the Parts of an input of many records —, fatal)
Result = tuple[str, "str | None", "str | None", "bytes | Parts | None", bool]
#: … and after ``store``, what was written of the Parts
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
            data = job.data if job.data is not None else read_input(job.src)
            parts = list(iter_parts(data, path=None if job.src == STDIN else job.name,
                                    input_format=s.input_format, boilerplate=s.boilerplate))
            if len(parts) == 1 and s.duplicates is None and isinstance(parts[0], Record) \
                    and parts[0].source.index is None:
                out = self.render(parts[0].to_dict(), keep_html=s.keep_html).encode("utf-8")
            else:
                return self._make_parts(job, parts)
        except NewsclipError as exc:
            return "failed", exc.code, str(exc), None, False
        except Exception as exc:  # a reader's bug must cost one file, not the batch
            return "failed", "internal", f"internal error ({type(exc).__name__}: {exc})", None, False
        return "parsed", None, None, out, False

    def _make_parts(self, job: Job, items: list[Record | NewsclipError]) -> Result:
        """An input of many records (or any, with --duplicates): its Parts for ``store``."""
        s = self.s
        sig = None
        if s.duplicates is not None:
            from .duplicates import signature as sig
        render = self.render
        many = len(items) > 1 or any(not isinstance(p, Record) or p.source.index is not None
                                     for p in items)
        # the records of an input of many go into one output: stdout, or a file the user named
        if many and (job.out is None and not s.to_stream or s.one_file):
            n = sum(isinstance(p, Record) for p in items)
            if s.fmt == "md" or (s.fmt == "json" and job.out is not None):
                what = "Markdown" if s.fmt == "md" else "-o FILE"
                return ("failed", "many", f"holds {n} records: {what} needs an output folder "
                        "(-o DIR), or use --format jsonl or csv", None, False)
            if s.fmt == "json":
                render = jsonfmt.render_line  # JSON Lines on stdout
        parts = batch_parts.collect(
            items, lambda d: render(d, keep_html=s.keep_html).encode("utf-8"), sig)
        if not parts.rendered and not parts.pending:
            _index, code, message = parts.failures[0]
            more = len(parts.failures) - 1
            return "failed", code, message + (f" (and {more} more)" if more else ""), None, False
        return "parsed", None, None, parts, False

    def store(self, job: Job, result: Result) -> Stored:
        """Write a parsed result to ``job.out``; without an output, pass it on."""
        status, _code, _message, data, _fatal = result
        if isinstance(data, batch_parts.Parts):
            return self._store_parts(job, data)
        if job.out is None or status != "parsed" or data is None:
            return (*result, None)  # type: ignore[return-value]
        problem = self._write(job.out, data)
        return problem if problem is not None else ("parsed", None, None, None, False, None)

    def _write(self, out: str, data: bytes, folder: list[tuple[str, bytes]] | None = None,
               ) -> Stored | None:
        """Write one file (or a folder of ``folder``'s files); a failed Stored, or None."""
        # write failures carry only the reason: the CLI names the output, not the input
        if self.s.make_folders:
            problem = self._folder(os.path.dirname(out))
            if problem is not None:
                return "failed", "write", problem, None, False, None
        try:
            if folder is None:
                write_atomic(out, data)
            else:
                batch_parts.write_folder_atomic(out, folder, os.getpid())
        except OSError as exc:
            return "failed", "write", reason(exc), None, exc.errno in _FATAL_WRITE_ERRNOS, None
        return None

    def _store_parts(self, job: Job, parts: batch_parts.Parts) -> Stored:
        """The duplicate pass over an input's records, in input order, then the writes."""
        s = self.s
        rendered, duplicates, dropped = parts.rendered, 0, 0
        if s.duplicates is not None:
            if self.seen is None:
                from .duplicates import Duplicates

                self.seen = Duplicates(s.duplicates)
            render = self.render
            if parts.many and s.fmt == "json" and (job.out is None and not s.to_stream
                                                  or s.one_file):
                render = jsonfmt.render_line
            rendered, duplicates, dropped = batch_parts.decide(
                parts, self.seen, s.drop_duplicates,
                lambda d: render(d, keep_html=s.keep_html).encode("utf-8"))
        report = batch_parts.Report(len(rendered), duplicates, dropped, tuple(parts.failures))
        data = [r for _i, r in rendered]
        if s.fmt == "csv" and not s.to_stream and len(data) > 1:
            # one output of many rows: the header once
            data = [data[0], *(d[len(csv_writer.HEADER.encode()):] for d in data[1:])]
        if job.out is None:
            return "parsed", None, None, b"".join(data), False, report
        if not data:
            problem = None  # every record was a near-copy, and dropped
        elif not parts.many:
            problem = self._write(job.out, data[0])
        elif s.one_file:
            problem = self._write(job.out, b"".join(data))
        else:
            count = max((i or 0) for i, _r in rendered)
            names = [(batch_parts.record_name(i or 0, count, WRITERS[s.fmt].suffix), r)
                     for i, r in rendered]
            problem = self._write(batch_parts.many_folder(job.out), b"", names)
        if problem is not None:
            return problem
        return "parsed", None, None, None, False, report

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

    Whatever stops the write (a full disk, an exception, Ctrl-C or SIGTERM
    raised in this thread) removes the temporary file, so ``path`` is either
    the old file or the whole new one.  No fsync: this guards against
    interruption, not power loss, and an fsync per file would cost more than
    the parsing.
    """
    tmp = temp_path(path, os.getpid())
    fd = -1
    try:
        # O_NOFOLLOW: a symlink planted at the temporary name is not followed
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW
                     | os.O_CLOEXEC, 0o666)
        view = memoryview(data)
        while view:
            view = view[_write_fd(fd, view):]
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
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
    """The output (a file, or the folder of an input of many records) is at least as new
    as the input."""
    try:
        out = os.stat(job.out)  # type: ignore[arg-type]
    except OSError:
        try:  # the folder is renamed into place whole, so it holds every record
            out = os.stat(batch_parts.many_folder(job.out))  # type: ignore[arg-type]
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


_STATE: _Worker | None = None


def _init_worker(settings: Settings) -> None:
    global _STATE
    _STATE = _Worker(settings, None)
    # Ctrl-C reaches the whole process group; the main process alone decides what
    # to do, and stops the workers (which never write files) with SIGTERM.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _work_chunk(jobs: list[Job]) -> list[Result]:
    assert _STATE is not None
    return [_STATE.make(job) for job in jobs]


def run(
    jobs: Collection[Job],
    settings: Settings,
    *,
    workers: int = 1,
    output_dir: str | None = None,
) -> Iterator[Outcome]:
    """Parse every job; yield one Outcome per job, in the order of ``jobs``.

    ``jobs`` is a list or a ``Plan`` (whose len() is known before the walk).

    With ``workers`` > 1 the parsing is spread over that many processes, at
    most a few chunks ahead of the consumer, so memory does not grow with the
    batch; this process writes the outputs.  A worker that dies (killed, out
    of memory) is replaced; the inputs it held are retried one at a time in a
    fresh process, and one that kills it again is reported as failed.
    Closing the generator early (an interrupt, ``--fail-fast``) stops the
    workers at once.
    """
    writer = _Worker(settings, output_dir)
    total = len(jobs)
    if workers <= 1 or total < MIN_POOL_JOBS:
        for job in jobs:
            yield Outcome(job, *writer.do(job))
        return
    # Imported here: a one-file run needs no process pool, and these imports
    # are a sixth of the command's start-up time.
    from concurrent.futures.process import BrokenProcessPool

    chunksize = max(1, min(64, total // (workers * 8)))
    stream = iter(jobs)
    chunks = iter(lambda: list(itertools.islice(stream, chunksize)), [])
    window = workers * 4
    pending: deque[tuple[list[Job], Future[Any] | None]] = deque()
    pool = _pool(workers, settings)
    try:
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, _submit(pool, chunk)))
            if not pending:
                break
            chunk, future = pending[0]
            try:
                if future is None:
                    raise BrokenProcessPool("the pool broke before this chunk was sent")
                results = _result(future, pool)
            except BrokenProcessPool:
                _stop(pool)
                # every chunk that was sent and not finished is suspect: redo each input
                # alone; chunks never sent (they come last) go to the new pool
                broken = list(pending)
                pending.clear()
                for chunk, future in broken:
                    if future is None:
                        continue
                    if future.done() and not future.cancelled() and future.exception() is None:
                        results = future.result()
                    else:
                        results = _isolate(chunk, settings)
                    for job, result in zip(chunk, results, strict=True):
                        yield Outcome(job, *writer.store(job, result))
                pool = _pool(workers, settings)
                pending.extend((c, _submit(pool, c)) for c, f in broken if f is None)
                continue
            pending.popleft()
            for job, result in zip(chunk, results, strict=True):
                yield Outcome(job, *writer.store(job, result))
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)


#: how long a chunk's result may keep the batch waiting after one of the
#: pool's workers has died
DEAD_WORKER_GRACE = 3.0
def _result(future: Future[Any], pool: ProcessPoolExecutor) -> Any:
    """The chunk's results, or BrokenProcessPool when a worker died and the pool missed it.

    A worker killed while it writes its result leaves half a message in the
    pool's pipe, and ProcessPoolExecutor then waits for the rest forever; so
    the wait goes in slices, looking at the workers between them.
    """
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    died_at = None
    while True:
        try:
            return future.result(timeout=0.5)
        except FutureTimeout:
            # the pool's own table of its processes: no public handle tells them apart
            processes = getattr(pool, "_processes", None) or {}
            if not any(p.exitcode is not None for p in list(processes.values())):
                continue
            died_at = died_at or time.monotonic()
            if time.monotonic() - died_at > DEAD_WORKER_GRACE:
                raise BrokenProcessPool("a worker died and its result never came") from None


def _pool(workers: int, settings: Settings) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(settings,))


def _submit(pool: ProcessPoolExecutor, chunk: list[Job]) -> Future[Any] | None:
    """The chunk's future, or None when the pool has already broken (a worker died)."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(_work_chunk, chunk)
    except BrokenProcessPool:
        return None


def _isolate(chunk: list[Job], settings: Settings) -> list[Result]:
    """Redo inputs one by one in a one-worker pool; an input that kills it is failed."""
    from concurrent.futures.process import BrokenProcessPool

    results: list[Result] = []
    pool = _pool(1, settings)
    try:
        for job in chunk:
            future = _submit(pool, [job])
            try:
                if future is None:
                    raise BrokenProcessPool("the pool broke before this input was sent")
                results += _result(future, pool)
            except BrokenProcessPool:
                results.append(("failed", "crashed", "the worker process died on this input "
                                "(killed, or out of memory)", None, False))
                _stop(pool)
                pool = _pool(1, settings)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)
    return results


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now (they write nothing, so nothing is left half done)."""
    import multiprocessing

    # taken before shutdown(), which drops the pool's reference to it (see below)
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    pool.shutdown(wait=False, cancel_futures=True)
    # multiprocessing.active_children() is the public handle on the pool's processes
    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    deadline = time.monotonic() + 5
    for child in children:
        child.join(max(0.0, deadline - time.monotonic()))
        if child.is_alive():
            child.kill()
            child.join()
    # A worker stopped while it wrote a result leaves half a message in the pool's
    # result pipe, and the pool's thread waits for the rest, blocking the
    # interpreter's exit for ever.  With every worker gone, closing this process's
    # own write end lets that read end (the pool has no public handle on it).
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()


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
