"""newsclip on a Dask cluster (dask.distributed, the ``[cluster]`` extra).

- ``connect(spec)``: a client for ``local`` / ``local:N`` (a LocalCluster of N
  worker processes on this machine) or an existing scheduler
  (``tcp://host:8786``).
- ``run(client, jobs, settings)``: the batch's engine on a cluster, what
  ``newsclip parse --cluster`` runs.  The same jobs as a local batch go to the
  workers in chunks, a few chunks ahead per worker thread, and their
  outcomes come back in plan order, so the output never depends on the
  cluster: its size, the chunking, a worker that died.  Settings (batch
  learning's result with them) are sent to every worker once.  Dask reruns
  the tasks of a worker that dies; a chunk that keeps killing workers
  (``KilledWorker``) is split and its inputs tried one by one, so a poison
  input fails alone.  A local cluster (one this process holds) is kept at its
  size: a worker whose nanny gave up restarting it (a worker killed while it
  starts) is started again, so a run never waits on a cluster of no workers.
- ``parse_paths(client, paths)``: a Dask bag of record dicts for notebooks,
  and ``to_parquet(bag, url)`` to write one Parquet part per partition
  from the workers.

Not here: a scheduler, worker processes of our own, or a parser: a record
made on a cluster is the one ``newsclip.parse`` makes of the same bytes.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
from collections import deque
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from . import batch, remote
from .batch._parts import Parts
from .batch._work import Result, _Worker
from .errors import BatchError

if TYPE_CHECKING:
    from dask.bag import Bag
    from distributed import Client

__all__ = [
    "CRASHED", "ISOLATION_TRIES", "LOCAL_CLUSTER_CONFIG", "MAX_CHUNK", "WATCH_INTERVAL",
    "WINDOW_PER_THREAD",
    "cluster_spec", "connect", "parse_paths", "result_of", "run", "to_parquet",
]

#: chunks in flight per worker thread: enough to keep every worker busy while
#: the client waits, in order, for the oldest
WINDOW_PER_THREAD = 4
#: the largest chunk of inputs in one task: a task costs the client and the
#: scheduler some 15 ms of CPU, about 30 text dumps' parsing, so chunks are large;
#: they are still cut so that each worker thread gets eight or more
MAX_CHUNK = 1024
#: a local cluster's housekeeping, slowed down: Dask's defaults (sampling each worker's
#: stack every 10 ms for its profiler, a 20 ms tick, memory checks every 100 ms) cost
#: a parse about a tenth more CPU on two cores, and nobody watches a command's dashboard
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}
#: seconds between two looks at a local cluster while a result is awaited (its lost
#: workers are started again); a look is one call to the scheduler
WATCH_INTERVAL = 5.0
#: how often an input of a chunk that killed workers is tried alone before it is failed
ISOLATION_TRIES = 2
#: what an input that killed every worker it was given to becomes
CRASHED: Result = (
    "failed", "crashed", "the worker process died on this input (killed, or out of memory)",
    None, False,
)


def cluster_spec(spec: str) -> int | str:
    """``local`` → the usable cores, ``local:N`` → N, an address → itself; ValueError if neither."""
    if spec == "local":
        return _cores()
    if spec.startswith("local:"):
        count = spec.partition(":")[2]
        if count.isdigit() and int(count) > 0:
            return int(count)
        raise ValueError(f"{spec}: N in local:N must be a number of workers (1 or more)")
    if "://" in spec:
        return spec
    raise ValueError(f"{spec}: give local, local:N or a scheduler's address (tcp://host:8786)")


def connect(spec: str, *, timeout: float = 10.0) -> tuple[Client, Callable[[], None]]:
    """A client for ``spec`` (see ``cluster_spec``) and the function that closes it.

    ``local`` and ``local:N`` start a LocalCluster of worker processes with one
    thread each (parsing is Python: threads would only take turns), closed
    with the client; an address joins a running scheduler.  Raises
    ValueError for a spec that is neither, BatchError when the cluster
    cannot be started or reached (a scheduler within ``timeout`` seconds).
    """
    target = cluster_spec(spec)
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise BatchError("needs dask.distributed: pip install 'newsclip[cluster]'") from None
    if isinstance(target, str):
        try:
            client = Client(target, timeout=timeout)
        except Exception as exc:  # noqa: BLE001 - a connection fails in many ways
            raise BatchError(f"cannot reach the scheduler at {target} ({_first_line(exc)})") from None
        return client, client.close
    import dask

    try:
        # CRITICAL: a worker that loses its scheduler at shutdown logs tracebacks otherwise;
        # ":0": the scheduler's HTTP server takes any free port, not 8787 (maybe taken)
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            cluster = LocalCluster(n_workers=target, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.CRITICAL,
                                   preload=[__name__])
        client = Client(cluster)
    except Exception as exc:  # noqa: BLE001 - a cluster fails to start in many ways
        raise BatchError(f"cannot start a local cluster ({_first_line(exc)})") from None

    def close() -> None:
        client.close()
        cluster.close()

    return client, close


def dask_setup(worker: object) -> None:
    """Run by each worker of a local cluster as it starts (this module is its preload).

    Ctrl-C reaches the whole process group, workers included; the command
    alone decides what to do about it and stops the cluster, so a worker
    ignores it instead of dying with a traceback.
    """
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


# --------------------------------------------------------------------------- the batch


def run(
    client: Client,
    jobs: Collection[batch.Job],
    settings: batch.Settings,
    *,
    output_dir: str | None = None,
) -> Iterator[batch.Outcome]:
    """Parse every job on the cluster; yield one Outcome per job, in the order of ``jobs``.

    ``jobs`` is a list or a ``batch.Plan``.  Outputs to a URL are written by
    the workers themselves (with ``settings.duplicates``, by this process, which
    decides near-copies in input order as a local batch does); outputs to a local folder and streams are
    written by this process, as in a local batch (the workers of a remote
    cluster may not see this machine's disk).  Closing the generator early
    cancels what is still running.
    """
    writer = _Worker(settings, output_dir)
    # --duplicates is decided here, in input order: then this process writes, URLs too
    on_workers = output_dir is not None and remote.is_url(output_dir) \
        and settings.duplicates is None
    threads = sum(client.nthreads().values()) or 1
    size = max(1, min(MAX_CHUNK, len(jobs) // (threads * 8)))
    stream = iter(jobs)
    chunks = iter(lambda: list(itertools.islice(stream, size)), [])
    shared = _Shared(client, settings)
    pending: deque[tuple[list[batch.Job], Any, Any]] = deque()
    try:
        while True:
            while len(pending) < threads * WINDOW_PER_THREAD:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                used = shared.current()
                pending.append((chunk, _submit(client, chunk, used, on_workers), used))
            if not pending:
                break
            chunk, future, used = pending[0]
            results = _results(client, chunk, (future, used), shared, on_workers)
            pending.popleft()
            for job, result in zip(chunk, results, strict=True):
                yield batch.Outcome(job, *(result if on_workers else writer.store(job, result)))
    finally:
        with contextlib.suppress(Exception):  # a client already closing needs no cancelling
            client.cancel([future for _chunk, future, _used in pending])


class _Shared:
    """The settings as a task's result, fetched once by each worker that needs them.

    Not ``scatter``: scattered data lost with its workers (a poison input can
    kill them all) is gone for good, where a task's result is made again.  A
    task that dying workers took down with them (Dask's ``KilledWorker``, when
    they held it as often as ``allowed-failures`` lets) fails every chunk
    that waits on it: it is submitted again, and such a chunk is redone whole,
    since none of its inputs is to blame.
    """

    def __init__(self, client: Client, settings: batch.Settings) -> None:
        self.client = client
        self.settings = settings
        self.future = client.submit(_same, settings, pure=False)

    def current(self) -> Any:
        """The settings' future, submitted again if the one there was is lost."""
        if self.future.status == "error":
            self.future = self.client.submit(_same, self.settings, pure=False)
        return self.future


def _same(value: Any) -> Any:
    return value


def _submit(client: Client, chunk: list[batch.Job], shared: Any, on_workers: bool) -> Any:
    return client.submit(_work, chunk, shared, on_workers, pure=False)


def _results(
    client: Client, chunk: list[batch.Job], submitted: tuple[Any, Any], shared: _Shared,
    on_workers: bool,
) -> list[Result]:
    """The chunk's results; the inputs of a chunk that kept killing workers are redone alone.

    ``submitted`` is the chunk's future and the settings' future it waits on.
    """
    from distributed import KilledWorker

    future, used = submitted
    renewed = 0
    while True:
        try:
            return result_of(client, future)
        except KilledWorker:
            # the chunk's own task (an input of it killed the workers), or the
            # settings it waited on, lost with dying workers: then no input is to blame
            if used.status != "error" or renewed == ISOLATION_TRIES:
                break
        renewed += 1
        used = shared.current()
        future = _submit(client, chunk, used, on_workers)
    results = []
    for job in chunk:
        # one at a time, and twice: Dask blames every task a dying worker held, so an
        # input that shared a worker with the poison gets its own second chance
        for _attempt in range(ISOLATION_TRIES):
            try:
                results.append(
                    result_of(client, _submit(client, [job], shared.current(), on_workers))[0])
                break
            except KilledWorker:
                continue
        else:
            results.append(CRASHED)
    return results


def result_of(client: Client, future: Any) -> Any:
    """The future's result, looking at a local cluster every WATCH_INTERVAL seconds
    (``_keep_size``).  KilledWorker is raised as it is; a cluster that fails in any
    other way (its scheduler lost, the client closed) raises BatchError."""
    from distributed import KilledWorker

    while True:
        try:
            return future.result(timeout=WATCH_INTERVAL)
        except KilledWorker:
            raise
        except TimeoutError as exc:
            if future.done():
                if future.status == "finished":
                    continue  # its result came as the wait ran out: it is read at once
                # the task's own error, not the wait's
                raise BatchError(f"the cluster failed ({_why(exc)})") from None
            _keep_size(client)
        except UnboundLocalError:
            # Dask's own wait, cut short on a busy machine, can end with neither a
            # result nor an error (dask/distributed#8514, open): wait again (a
            # finished task's result, or its error, is read at once)
            if not future.done():
                _keep_size(client)
        except Exception as exc:  # noqa: BLE001 - a cluster fails in many ways
            raise BatchError(f"the cluster failed ({_why(exc)})") from None


def _why(exc: BaseException) -> str:
    """Why the cluster failed, said shortly: a task cancelled with the cluster says
    why at its end, after the task's key; a broken connection names Dask's objects."""
    if isinstance(exc, OSError):
        return "the connection to the scheduler was lost"
    line = _first_line(exc)
    return line.rpartition("for reason: ")[2].rstrip(".") or line


def _keep_size(client: Client) -> None:
    """Start again the workers a local cluster lost for good.

    A nanny restarts its worker when the process dies, but not when it dies
    again while starting (a poison input handed to it at once, a busy
    machine): the nanny closes, the cluster forgets it (Dask's
    ``lost-worker-timeout`` later) and stays a worker short, or with none at
    all, though its spec still names the worker.  Asking the cluster for the
    size it has (``scale``) starts the workers its spec names and it lacks.
    A remote scheduler's workers are its operator's: nothing is done for them.
    """
    cluster = getattr(client, "cluster", None)
    spec = getattr(cluster, "worker_spec", None)
    if cluster is not None and spec and set(spec) - set(cluster.workers):
        cluster.scale(len(spec))


def _work(chunk: list[batch.Job], settings: batch.Settings, write: bool) -> list[Result]:
    """On a worker: parse (and, for URL outputs, write) each input of the chunk."""
    worker = _Worker(settings, None)
    return [worker.do(job) if write else worker.make(job) for job in chunk]


# --------------------------------------------------------------------------- notebooks


def parse_paths(
    client: Client,
    paths: str | Sequence[str],
    *,
    input_format: str | None = None,
    learn: bool = True,
    patterns: Sequence[str] | None = None,
    partition_size: int | None = None,
    errors: str = "skip",
    min_words: int | None = None,
) -> Bag:
    """A Dask bag of records (``Record.to_dict()``), in input order: one per input,
    and one per page of a web archive (``.warc.gz``, ``.warc.wet.gz``…).

    ``paths``: files, folders (walked as ``newsclip parse`` walks them, with
    ``patterns`` as its ``--glob``) and URLs (``s3://bucket/dumps/*.txt``);
    local paths must be readable on the workers too.  Batch learning runs
    once, here, over a sample, unless ``learn`` is False, and its result
    goes to every worker.  ``errors="skip"`` leaves inputs that fail out of
    the bag; ``"include"`` puts ``{"path", "code", "message"}`` in their
    place (as ``--errors`` writes them; an archive's damaged records as
    ``damaged``).  ``min_words`` leaves out records of fewer words.
    ``partition_size`` inputs make a partition (default 256, and 1 when every
    input is an archive: a crawl file is a task of its own).  The records equal
    ``newsclip.parse``'s of the same bytes, whatever the partitioning.
    """
    import dask.bag as db

    if errors not in ("skip", "include"):
        raise ValueError(f"errors must be 'skip' or 'include', not {errors!r}")
    named = [paths] if isinstance(paths, str) else list(paths)
    from .decode import is_archive

    jobs = list(batch.plan(named, output_dir=None, suffix=".json", patterns=patterns))
    archives = [job for job in jobs if is_archive(job.name)]
    # batch learning reads files whole, and an archive's pages are of many sites
    boilerplate = batch.learn([j for j in jobs if not is_archive(j.name)]) if learn else None
    settings = batch.Settings(fmt="json", to_stream=True, input_format=input_format,
                              boilerplate=boilerplate, min_words=min_words)
    shared = _Shared(client, settings).future
    size = partition_size or (1 if jobs and len(archives) == len(jobs) else 256)
    bag = db.from_sequence(jobs, partition_size=size)
    return bag.map_partitions(_records, shared, errors == "include")


def _records(jobs: list[batch.Job], settings: batch.Settings, failures: bool) -> list[dict]:
    """The records of a partition's inputs: the very lines a local batch writes, read
    back, so the same records by construction.  An input of many records (an export,
    a web archive, streamed) gives them all; with ``failures``, what gave no record
    (an input, an article, a damaged WARC record) gives ``{"path", "code", "message"}``."""
    import json

    worker = _Worker(settings, None)
    out: list[dict] = []
    for job in jobs:
        status, code, message, data, _fatal = worker.make(job)
        if isinstance(data, Parts):
            out += [json.loads(line) for _index, line in data.rendered]
            if failures:
                out += [{"path": job.name, "code": c, "message": m}
                        for _index, c, m in data.failures]
        elif status == "parsed" and data is not None:
            out.append(json.loads(data))
        elif status != "parsed" and failures:
            out.append({"path": job.name, "code": code, "message": message})
    return out


def to_parquet(bag: Bag, url: str) -> list[str]:
    """Write a bag of records as ``url/part-00000.parquet``…, one part per partition,
    each written whole by the worker that holds it; return the parts' names."""
    import dask

    from .render.parquet import SUFFIX

    remote.makedirs(url)
    parts = bag.to_delayed()
    names = [remote.join(url, f"part-{i:05}{SUFFIX}") for i in range(len(parts))]
    write = dask.delayed(_write_part, pure=False)
    return list(dask.compute(*(write(part, name) for part, name in zip(parts, names))))


def _write_part(records: list[dict], name: str) -> str:
    from .render.parquet import PartWriter

    part = PartWriter(name)
    for record in records:
        part.add(record)
    part.close()
    return name


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
