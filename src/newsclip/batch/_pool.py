"""Worker processes: jobs parsed in chunks, a few ahead, results in plan order.

A worker that dies is replaced and its inputs redone one by one; closing the
generator stops the workers at once.  The pool's bookkeeping runs with SIGINT
and SIGTERM held back (``hold_signals``), so a handler that raises (the CLI's)
never cuts it in half and only the main thread ever takes those signals.
"""

from __future__ import annotations

import contextlib
import itertools
import signal
import time
from collections import deque
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING, Any

from ._plan import Job
from ._signals import SIGNALS, hold_signals
from ._work import Outcome, Result, Settings, _Worker

__all__ = ["MIN_POOL_JOBS", "DEAD_WORKER_GRACE", "run", "start_method"]

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.context import BaseContext

#: below this many jobs, starting worker processes costs more than it saves
MIN_POOL_JOBS = 32

_STATE: _Worker | None = None


def _init_worker(settings: Settings) -> None:
    global _STATE
    _STATE = _Worker(settings, None)
    # Ctrl-C reaches the whole process group; the main process alone decides what
    # to do, and stops the workers (which never write files) with SIGTERM.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)  # held since the fork


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
    pool = None
    try:
        context = start_method()
        pool = _pool(workers, settings, context)
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
                broken = list(pending)
                pending.clear()
                yield from _redo(broken, settings, writer, context)
                pool = _pool(workers, settings, context)
                pending.extend((c, _submit(pool, c)) for c, f in broken if f is None)
                continue
            pending.popleft()
            for job, result in zip(chunk, results, strict=True):
                yield Outcome(job, *writer.store(job, result))
        with hold_signals():
            pool.shutdown(wait=True)
    except BaseException:
        if pool is not None:
            _stop(pool)
        raise


def _redo(
    broken: list[tuple[list[Job], Future[Any] | None]],
    settings: Settings,
    writer: _Worker,
    context: BaseContext,
) -> Iterator[Outcome]:
    """After a worker died, every chunk that was sent and not finished is suspect: each
    of its inputs is redone alone.  Chunks never sent (they come last) are left to the
    caller's new pool."""
    for chunk, future in broken:
        if future is None:
            continue
        if future.done() and not future.cancelled() and future.exception() is None:
            results = future.result()
        else:
            results = _isolate(chunk, settings, context)
        for job, result in zip(chunk, results, strict=True):
            yield Outcome(job, *writer.store(job, result))


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


def start_method() -> BaseContext:
    """How this batch starts its workers, chosen once, before the pool has threads.

    The platform's default (``fork`` on Linux: the workers share the modules this
    process has loaded), except that a process running other threads (a library
    caller's, or those a Dask client leaves behind) never forks: a fork copies a
    lock another thread holds into the child, which can then wait on it forever;
    ``forkserver`` forks from a clean one-thread process instead."""
    import multiprocessing
    import threading

    default = multiprocessing.get_context()
    if (default.get_start_method() == "fork" and threading.active_count() > 1
            and "forkserver" in multiprocessing.get_all_start_methods()):
        return multiprocessing.get_context("forkserver")
    return default


def _pool(workers: int, settings: Settings, context: BaseContext) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    with hold_signals():
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                   initargs=(settings,))


def _submit(pool: ProcessPoolExecutor, chunk: list[Job]) -> Future[Any] | None:
    """The chunk's future, or None when the pool has already broken (a worker died).

    The first submit starts the workers and the pool's threads: under hold_signals."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        with hold_signals():
            return pool.submit(_work_chunk, chunk)
    except BrokenProcessPool:
        return None


def _isolate(chunk: list[Job], settings: Settings, context: BaseContext) -> list[Result]:
    """Redo inputs one by one in a one-worker pool; an input that kills it is failed."""
    from concurrent.futures.process import BrokenProcessPool

    results: list[Result] = []
    pool = None
    try:
        pool = _pool(1, settings, context)
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
                pool = _pool(1, settings, context)
        with hold_signals():
            pool.shutdown(wait=True)
    except BaseException:
        if pool is not None:
            _stop(pool)
        raise
    return results


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now (they write nothing, so nothing is left half done).

    Signals are held back meanwhile; one already pending may be raised as soon as
    they are, and the stop still runs to its end."""
    old = None
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    finally:
        try:
            _stop_now(pool)
        finally:
            if old is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _stop_now(pool: ProcessPoolExecutor) -> None:
    import multiprocessing

    # taken before shutdown(), which drops the pool's references to them (see below)
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    manager = getattr(pool, "_executor_manager_thread", None)
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
    # The pool's thread closes its wake-up pipe as it ends; were it still ending
    # when the interpreter exits, concurrent.futures' exit hook could write to the
    # pipe just closed ("Exception ignored ... Bad file descriptor", Python 3.11).
    if manager is not None:
        manager.join(5)
