"""newsclip.distributed on a LocalCluster of 2 worker processes: the same bytes as a local batch.

One cluster serves the module; the two tests that kill workers get a cluster of
their own (``lone_client``), so that how soon the nannies bring their workers
back on a busy machine never holds up another test.  Its scheduler gives up on
a task after one worker death (``allowed-failures`` 1, Dask's default is 3) so
that the poison-input test needs few worker restarts; everything else is Dask's
default behaviour.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import cloudpickle
import dask
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster, WorkerPlugin
from test_batch import dump, tree

import newsclip
from newsclip import batch, distributed
from newsclip.errors import BatchError
from newsclip.text.boilerplate import MIN_BATCH

POISON = b"KILL THE WORKER"


def _a_cluster():
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.CRITICAL)
        client = Client(cluster)
        try:
            yield client
        finally:
            client.close()
            cluster.close()


@pytest.fixture(scope="module")
def client():
    yield from _a_cluster()


@pytest.fixture
def lone_client():
    yield from _a_cluster()


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    # enough inputs for batch learning and for many chunks
    names = [f"d{i:03}.txt" for i in range(120)] + ["sub/e.txt", "sub/f.html"]
    root = tree(tmp_path / "in", names)
    (root / "sub" / "f.html").write_text(
        "<html><body><article><h1>A page</h1><p>" + "Words of a page. " * 40
        + "</p></article></body></html>")
    (root / "empty.txt").write_bytes(b"")
    return root


def _local(plan, settings, out=None) -> bytes:
    return b"".join(o.data or b"" for o in batch.run(plan, settings, workers=2, output_dir=out))


def _cluster(client, plan, settings, out=None) -> bytes:
    return b"".join(o.data or b"" for o in distributed.run(client, plan, settings, output_dir=out))


def _settings(plan, **kw) -> batch.Settings:
    return batch.Settings(fmt="json", to_stream=True, boilerplate=batch.learn(plan), **kw)


def test_the_records_equal_a_local_runs_byte_for_byte(client, dumps: Path) -> None:
    plan = batch.plan([str(dumps)], output_dir=None, suffix=".json")
    settings = _settings(plan)
    assert settings.boilerplate is not None and len(plan) > MIN_BATCH
    local = _local(plan, settings)
    assert _cluster(client, plan, settings) == local
    assert local.count(b"\n") == len(plan) - 1  # every input but the empty one


def test_outputs_in_a_folder_equal_a_local_runs(client, dumps: Path, tmp_path: Path) -> None:
    trees = {}
    for name, runner in (("local", _local), ("cluster", lambda p, s, o: _cluster(client, p, s, o))):
        out = tmp_path / name
        plan = batch.plan([str(dumps)], output_dir=str(out), suffix=".md")
        settings = batch.Settings(fmt="md", boilerplate=batch.learn(plan))
        runner(plan, settings, str(out))
        trees[name] = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert trees["cluster"] == trees["local"]
    assert len(trees["local"]) == 122


def test_outcomes_come_in_plan_order_with_failures_in_place(client, dumps: Path) -> None:
    plan = batch.plan([str(dumps)], output_dir=None, suffix=".json")
    outcomes = list(distributed.run(client, plan, _settings(plan)))
    assert [o.job.src for o in outcomes] == [j.src for j in plan]
    assert [(Path(o.job.src).name, o.code) for o in outcomes if o.status == "failed"] == [
        ("empty.txt", "empty")]


def test_a_worker_killed_mid_run_changes_nothing(lone_client, dumps: Path) -> None:
    client = lone_client
    plan = batch.plan([str(dumps)], output_dir=None, suffix=".json")
    settings = _settings(plan)
    local = _local(plan, settings)
    pids = list(client.run(os.getpid).values())
    got = []
    for i, outcome in enumerate(distributed.run(client, plan, settings)):
        if i == 10:
            os.kill(pids[0], signal.SIGKILL)  # as the kernel's OOM killer would
        got.append(outcome.data or b"")
    assert b"".join(got) == local


def test_a_local_cluster_gets_back_the_workers_its_nannies_gave_up(
    lone_client, dumps: Path, monkeypatch
) -> None:
    client = lone_client
    cluster = client.cluster
    plan = batch.plan([str(dumps)], output_dir=None, suffix=".json")
    settings = _settings(plan)
    local = _local(plan, settings)
    monkeypatch.setattr(distributed, "WATCH_INTERVAL", 0.5)
    with dask.config.set({"distributed.deploy.lost-worker-timeout": "0.5s"}):
        # as a nanny does when its worker dies again while it starts: it closes for good
        for nanny in list(cluster.workers.values()):
            cluster.sync(nanny.close)
        while cluster.workers:  # the cluster forgets them; its spec still names them
            time.sleep(0.1)
        assert client.nthreads() == {}
        got = []
        reader = threading.Thread(target=lambda: got.append(_cluster(client, plan, settings)),
                                  daemon=True)
        reader.start()
        reader.join(timeout=600)  # without the workers back, the run would wait forever
    assert got == [local]
    client.wait_for_workers(2, timeout=300)  # both back (the run may end on the first)


class _Done:
    """A future already done whose wait ran out first: its result came just as the
    wait's time did (a busy machine), or the task itself failed with a timeout."""

    def __init__(self, status: str) -> None:
        self.status, self.waits = status, 0

    def done(self) -> bool:
        return True

    def result(self, timeout=None):
        self.waits += 1
        if self.status == "error" or self.waits == 1:
            raise TimeoutError
        return ["a record"]


def test_a_result_that_comes_as_the_wait_runs_out_is_read() -> None:
    future = _Done("finished")
    assert distributed.result_of(None, future) == ["a record"]
    assert future.waits == 2


def test_a_task_that_failed_with_a_timeout_fails_the_run() -> None:
    with pytest.raises(BatchError, match="the cluster failed"):
        distributed.result_of(None, _Done("error"))


class _Unbound:
    """A future whose first wait Dask's ``sync`` cut short with neither a result nor an
    error: it raised UnboundLocalError for its own unset ``result``."""

    def __init__(self, done: bool) -> None:
        self.waits, self._done = 0, done

    def done(self) -> bool:
        return self._done

    def result(self, timeout=None):
        self.waits += 1
        if self.waits == 1:
            raise UnboundLocalError("cannot access local variable 'result'")
        return ["a record"]


@pytest.mark.parametrize("done", [True, False])
def test_a_wait_that_dask_cut_short_is_waited_again(done: bool) -> None:
    future = _Unbound(done)
    assert distributed.result_of(None, future) == ["a record"]
    assert future.waits == 2


class _Deadly(WorkerPlugin):
    """In each worker process: parsing (iter_parts) an input that holds POISON kills the process."""

    def setup(self, worker) -> None:
        from newsclip.batch import _work

        self.real = real = _work.iter_parts

        def deadly(data, **kwargs):
            if POISON in data:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(data, **kwargs)

        _work.iter_parts = deadly

    def teardown(self, worker) -> None:
        from newsclip.batch import _work

        _work.iter_parts = self.real


def test_a_poison_input_fails_alone(lone_client, dumps: Path) -> None:
    client = lone_client
    (dumps / "d033.txt").write_bytes(dump(33) + b"\n" + POISON + b"\n")
    plan = batch.plan([str(dumps)], output_dir=None, suffix=".json")
    settings = _settings(plan)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    client.register_plugin(_Deadly(), name="deadly")
    outcomes = list(distributed.run(client, plan, settings))
    failed = [(Path(o.job.src).name, o.code) for o in outcomes if o.status == "failed"]
    assert failed == [("d033.txt", "crashed"), ("empty.txt", "empty")]
    assert sum(o.status == "parsed" for o in outcomes) == len(plan) - 2


class _FirstRunsDie(WorkerPlugin):
    """In each worker process: the cluster's first ``deaths`` tasks to start kill their
    process (counted in a file, as the workers are processes of their own)."""

    def __init__(self, counter: Path, deaths: int) -> None:
        self.counter, self.deaths = counter, deaths

    def transition(self, key, start, finish, **kwargs) -> None:
        if finish != "executing":
            return
        with self.counter.open("a") as marks:
            marks.write("x")
        if self.counter.stat().st_size <= self.deaths:
            os.kill(os.getpid(), signal.SIGKILL)


def test_settings_lost_with_dying_workers_cost_no_input(lone_client, dumps: Path,
                                                        tmp_path: Path) -> None:
    # the first task of a batch is the one every chunk waits on (its settings): killing
    # the workers that run it twice makes Dask give it up (allowed-failures 1), and every
    # chunk waiting on it fails with it, though none of their inputs is to blame
    plan = batch.plan([str(dumps)], output_dir=None, suffix=".json")
    settings = _settings(plan)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    lone_client.register_plugin(_FirstRunsDie(tmp_path / "runs", 2), name="first-runs-die")
    outcomes = list(distributed.run(lone_client, plan, settings))
    assert (tmp_path / "runs").stat().st_size > 2
    failed = [(Path(o.job.src).name, o.code) for o in outcomes if o.status == "failed"]
    assert failed == [("empty.txt", "empty")]
    assert b"".join(o.data or b"" for o in outcomes) == _local(plan, settings)


def test_parse_paths_gives_a_bag_of_the_same_records(client, dumps: Path) -> None:
    plan = batch.plan([str(dumps)], output_dir=None, suffix=".json")
    lines = _local(plan, _settings(plan)).decode().splitlines()
    for size in (7, 500):
        bag = distributed.parse_paths(client, str(dumps), partition_size=size)
        assert [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in bag] == lines
    with_failures = distributed.parse_paths(client, [str(dumps)], errors="include").compute()
    assert {"path": str(dumps / "empty.txt"), "code": "empty", "message": "empty file"} in (
        with_failures)
    record = newsclip.parse(dump(0), path=str(dumps / "d000.txt"), boilerplate=None).to_dict()
    unlearned = distributed.parse_paths(client, [str(dumps / "d000.txt")], learn=False).compute()
    assert unlearned == [record]


def test_to_parquet_writes_one_part_per_partition(client, dumps: Path, tmp_path: Path) -> None:
    bag = distributed.parse_paths(client, str(dumps), partition_size=50)
    names = distributed.to_parquet(bag, str(tmp_path / "pq"))
    assert [Path(n).name for n in names] == ["part-00000.parquet", "part-00001.parquet",
                                             "part-00002.parquet"]
    rows = pq.read_table(str(tmp_path / "pq")).to_pylist()
    assert [r["title"] for r in rows] == [r["title"] for r in bag.compute()]
    assert not [p for p in (tmp_path / "pq").iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [("local:3", 3), ("tcp://10.0.0.1:8786", "tcp://10.0.0.1:8786"),
     ("local:x", "must be a number"), ("local:0", "must be a number"),
     ("somewhere", "give local, local:N or a scheduler's address")],
)
def test_cluster_spec(spec: str, expected) -> None:
    if isinstance(expected, int) or "://" in str(expected):
        assert distributed.cluster_spec(spec) == expected
    else:
        with pytest.raises(ValueError, match=expected):
            distributed.cluster_spec(spec)
    assert distributed.cluster_spec("local") >= 1


def test_an_unreachable_scheduler_is_a_one_line_error() -> None:
    with pytest.raises(BatchError, match="cannot reach the scheduler at tcp://127.0.0.1:9"):
        distributed.connect("tcp://127.0.0.1:9", timeout=0.5)


def _newsclip(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclip", *args], capture_output=True,
                          env={**os.environ, **(env or {})}, timeout=600)


def test_the_command_on_a_cluster_writes_what_it_writes_locally(dumps: Path, tmp_path: Path) -> None:
    local = _newsclip("parse", str(dumps), "-o", str(tmp_path / "local"), "-j", "2")
    cluster = _newsclip("parse", str(dumps), "-o", str(tmp_path / "cluster"),
                        env={"NEWSCLIP_CLUSTER": "local:2"})
    assert (local.returncode, cluster.returncode) == (1, 1)  # the empty input
    files = {}
    for name in ("local", "cluster"):
        out = tmp_path / name
        files[name] = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert files["cluster"] == files["local"] and len(files["local"]) == 122
    # stderr: the failure line and the summary, nothing from Dask
    lines = cluster.stderr.decode().splitlines()
    assert lines[0] == f"newsclip: {dumps / 'empty.txt'}: empty file"
    assert lines[1].startswith("newsclip: 122 parsed, 1 failed, 0 skipped in ")
    assert len(lines) == 2


def test_a_wrong_cluster_value_is_a_usage_error(dumps: Path) -> None:
    done = _newsclip("parse", str(dumps), "--cluster", "local:none")
    assert done.returncode == 2
    assert b"N in local:N must be a number of workers" in done.stderr


def test_parquet_parts_on_a_cluster_equal_the_local_ones(dumps: Path, tmp_path: Path) -> None:
    for name, extra in (("local", ["-j", "2"]), ("cluster", ["--cluster", "local:2"])):
        done = _newsclip("parse", str(dumps), "--format", "parquet", "-o", str(tmp_path / name),
                         *extra)
        assert done.returncode == 1, done.stderr  # the empty input
    local = {p.name: p.read_bytes() for p in (tmp_path / "local").iterdir()}
    assert local == {p.name: p.read_bytes() for p in (tmp_path / "cluster").iterdir()}
    assert list(local) == ["part-00000.parquet"]
    assert pq.read_metadata(tmp_path / "local" / "part-00000.parquet").num_rows == 122


def test_ctrl_c_stops_a_cluster_run_cleanly(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", [f"d{i:04}.txt" for i in range(2000)])
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "newsclip", "parse", str(src), "-o", str(out),
                             "--cluster", "local:2"], stderr=subprocess.PIPE,
                            start_new_session=True)
    while proc.poll() is None and not (out.is_dir() and any(out.glob("*.json"))):
        time.sleep(0.05)  # waiting for the first output, not timing anything
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 130
    lines = err.decode().splitlines()
    assert len(lines) == 1 and "; interrupted, " in lines[0], lines
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_archives_on_a_cluster_equal_a_local_run(client, tmp_path: Path) -> None:
    from warcs import crawl, wet

    (tmp_path / "a.warc.gz").write_bytes(crawl(3))
    (tmp_path / "b.warc.wet.gz").write_bytes(wet(2))
    (tmp_path / "c.warc.gz").write_bytes(crawl(3)[:-40])  # damaged: its other pages still come
    plan = batch.plan([str(tmp_path)], output_dir=None, suffix=".json",
                      patterns=["*.warc.gz", "*.wet.gz"])
    settings = batch.Settings(fmt="json", to_stream=True)
    local = list(batch.run(plan, settings, workers=2))
    remote = list(distributed.run(client, plan, settings))
    assert [(o.status, o.code, o.message, o.data) for o in remote] == [
        (o.status, o.code, o.message, o.data) for o in local]
    assert [o.code for o in local] == ["archive", "archive", "archive"]
    # a damaged WARC record is a part that failed, the archive's other pages written
    assert [[code for _i, code, _m in o.part_failures] for o in local] == [[], [], ["damaged"]]
    assert [[code for _i, code, _m in o.part_failures] for o in remote] == [[], [], ["damaged"]]
    assert sum(o.data.count(b"\n") for o in local) == 3 + 2 + 3


def test_parse_paths_gives_one_record_per_page_of_an_archive(client, tmp_path: Path) -> None:
    import io

    from warcs import crawl, members, wet

    from newsclip.warc import read_archive

    (tmp_path / "a.warc.gz").write_bytes(crawl(3))
    parts = members(crawl(2, start=10))
    (tmp_path / "b.warc.gz").write_bytes(b"".join(parts[:-1]) + parts[-1][:40])  # a cut tail
    (tmp_path / "c.warc.wet.gz").write_bytes(wet(2))
    expected = []
    for name in ("a.warc.gz", "b.warc.gz", "c.warc.wet.gz"):
        stream = io.BytesIO((tmp_path / name).read_bytes())
        expected += [c.record.to_dict() for c in read_archive(stream, name=str(tmp_path / name))
                     if c.record is not None]
    bag = distributed.parse_paths(client, [str(tmp_path / "a.warc.gz"), str(tmp_path / "b.warc.gz"),
                                           str(tmp_path / "c.warc.wet.gz")])
    assert bag.npartitions == 3
    assert bag.compute() == expected
    assert [r["url"] for r in expected] == [
        *(f"https://example.org/news/{n}" for n in (0, 1, 2, 10, 11, 0, 1))]
    damaged = [d for d in distributed.parse_paths(client, str(tmp_path), errors="include",
                                                  patterns=["*.warc.gz"]) if "code" in d]
    assert [(Path(d["path"]).name, d["code"]) for d in damaged] == [("b.warc.gz", "damaged")]
    assert distributed.parse_paths(client, str(tmp_path / "a.warc.gz"), min_words=10_000
                                   ).compute() == []


def _started(command: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", *command], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def test_a_scheduler_lost_mid_run_is_one_line_and_exit_1(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", [f"d{i:04}.txt" for i in range(2000)])
    out, info = tmp_path / "out", tmp_path / "scheduler.json"
    scheduler = _started(["distributed.cli.dask_scheduler", "--port", "0",
                          "--dashboard-address", ":0", "--scheduler-file", str(info)])
    helpers = [scheduler]
    try:
        address = None
        while address is None:  # waiting for the scheduler to say where it is
            assert scheduler.poll() is None
            with contextlib.suppress(OSError, ValueError):
                address = json.loads(info.read_text())["address"]
            time.sleep(0.1)
        helpers.append(_started(["distributed.cli.dask_worker", address, "--nthreads", "1"]))
        proc = subprocess.Popen([sys.executable, "-m", "newsclip", "parse", str(src), "-o",
                                 str(out), "--cluster", address], stderr=subprocess.PIPE)
        while proc.poll() is None and not (out.is_dir() and any(out.glob("*.json"))):
            time.sleep(0.05)  # waiting for the first output, not timing anything
        scheduler.kill()
        _out, err = proc.communicate(timeout=300)
    finally:
        for helper in helpers:
            helper.kill()
            helper.wait()
    assert proc.returncode == 1
    lines = err.decode().splitlines()
    assert len(lines) == 2, lines  # no traceback, no Dask log
    assert lines[0].startswith("newsclip: --cluster: the cluster failed (")
    assert "; stopped: the cluster failed, " in lines[1]
    assert not [p.name for p in out.iterdir() if not p.name.endswith(".json")]
