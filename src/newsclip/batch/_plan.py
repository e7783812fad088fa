"""The plan: folders walked into jobs (one input, one output), clashes found first, and
batch learning over a sample of the inputs.

A ``Plan`` is walked again on each pass instead of being held, so memory does not grow
with the batch.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized

from .._frozen import Frozen
from ..decode import decode, is_archive, sniff_format
from ..errors import BatchError, NewsclipError
from .. import remote
from ..files import kind, reason
from ..text.boilerplate import MIN_BATCH, Boilerplate
from ._parts import RECORD_NAME, many_folder
from ._paths import STDIN, _matcher, output_name, printable, safe_parts

__all__ = ["LEARN_SAMPLE", "Job", "Collision", "Plan", "plan", "prepare_output", "learn"]

#: how many inputs batch learning reads at most: memory stays flat, and learning costs
#: about as much as parsing the sample, so a larger one would slow small batches
LEARN_SAMPLE = 500


class Job(Frozen):
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


class Collision(Frozen):
    """Two inputs that would write the same output, or an output that is an input."""

    out: str
    first: str
    second: str
    overwrites_input: bool = False
    #: ``out`` is the folder the records of ``second`` would go to, were it an input of
    #: many records (an export), and ``first`` writes a record-named file there
    records: bool = False

    def __str__(self) -> str:
        if self.overwrites_input:
            return f"{printable(self.out)}: writing here would overwrite the input {self.first}"
        if self.records:
            return (f"{printable(self.out)}: {self.first} would be written here, where the "
                    f"records of {self.second} go if it is an export")
        return f"{printable(self.out)}: both {self.first} and {self.second} would be written here"


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
        # outputs named as an export's records are (0001.json): the folders they go to,
        # which an input of many records named like the folder would also write
        numbered: dict[str, str] = {}
        count = 0
        for job in self._jobs():
            count += 1
            if job.out is None:
                continue
            if RECORD_NAME.fullmatch(os.path.basename(job.out)):
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
                folder = None if job.out is None else many_folder(job.out)
                if folder in numbered:
                    self.collisions.append(Collision(folder, numbered[folder], job.name,
                                                     records=True))
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
            if remote.is_url(path):
                try:
                    found = remote.expand(path, self._match)
                except NewsclipError as exc:
                    yield Job(path, printable(path), problem=(exc.code, str(exc)))
                    continue
                for url, rel in found:
                    yield place(Job(url, printable(url)), rel)
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
    if remote.is_url(output_dir):
        try:
            remote.makedirs(output_dir)
        except (NewsclipError, OSError) as exc:
            raise BatchError(f"cannot create the output folder ({exc})") from None
        return
    try:
        os.makedirs(output_dir, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"cannot create the output folder ({reason(exc)})") from None
    if not os.path.isdir(output_dir):
        raise BatchError("not a folder")
    if not os.access(output_dir, os.W_OK | os.X_OK):
        raise BatchError("cannot write to the output folder (permission denied)")


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
            if job.problem is not None or is_archive(job.name):
                continue  # an archive's pages are of many sites, and it is read as a stream
            taken += 1
            try:
                text, _enc = decode(job.data if job.data is not None else remote.read_path(job.src))
            except NewsclipError:
                continue
            if sniff_format(text) == "text":
                yield text

    bp = Boilerplate.learn(texts())
    return bp if bp.documents >= MIN_BATCH else None
