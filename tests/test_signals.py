"""Interrupting a batch: real processes, real signals, sent while the batch is running.

What must hold every time: the documented exit code (130 Ctrl-C, 143
SIGTERM), no traceback or "Exception ignored" on stderr, no temporary file
left, every output file whole, and a re-run with --skip-existing finishing the
job.  A worker killed outright is replaced and its inputs are redone, so
nothing is lost.  Nothing here waits a fixed time for a process to get ready:
it waits until the process catches SIGTERM (/proc/PID/status), which newsclip
does from the start of its command.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES

BASIC = FIXTURES / "archive_basic.txt"
HEADLINE = b"Harbour cranes fall silent"
# Enough work that the batch is still running when the signal comes, even on a fast machine.
FILES = 1500


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("signals") / "in"
    base = BASIC.read_bytes()
    head, _sep, body = base.partition(b"words\n")
    # a longer article (about 6 kB) so each input takes a millisecond or two
    long = head + _sep + body * 6
    for i in range(FILES):
        folder = src / f"s{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"d{i:05}.txt").write_bytes(long.replace(HEADLINE, HEADLINE + b" %d" % i))
    return src


def start(src: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "newsclip", "parse", str(src), "-o", str(out), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, as a shell job has
    )


def wait_for_outputs(proc: subprocess.Popen[bytes], out: Path, n: int) -> None:
    deadline = time.monotonic() + 120  # only a hang comes near it
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail("the batch finished before it could be interrupted")
        if out.is_dir() and sum(1 for _ in out.rglob("*.json")) >= n:
            return
        time.sleep(0.01)
    pytest.fail("no outputs appeared")


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def check_clean(out: Path) -> int:
    """No temporary files; every output parses; return how many outputs there are."""
    assert [p for p in out.rglob("*") if p.name.endswith(".tmp")] == []
    outputs = list(out.rglob("*.json"))
    for path in outputs:
        json.loads(path.read_bytes())
    return len(outputs)


def resume(src: Path, out: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsclip", "parse", str(src), "-o", str(out), "--skip-existing"],
        capture_output=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert check_clean(out) == FILES


@pytest.mark.parametrize(
    ("sig", "code", "word", "jobs"),
    [
        (signal.SIGTERM, 143, "terminated", "2"),
        (signal.SIGINT, 130, "interrupted", "2"),
        (signal.SIGTERM, 143, "terminated", "1"),
        (signal.SIGINT, 130, "interrupted", "1"),
    ],
)
def test_a_signal_mid_batch_leaves_no_half_file_and_the_run_resumes(
    inputs: Path, tmp_path: Path, sig: signal.Signals, code: int, word: str, jobs: str
) -> None:
    out = tmp_path / "out"
    proc = start(inputs, out, "-j", jobs)
    wait_for_outputs(proc, out, 40)
    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)  # Ctrl-C reaches the whole process group
    else:
        proc.send_signal(sig)
    _stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == code, stderr
    text = stderr.decode()
    assert "Traceback" not in text
    assert text.count("\n") == 1 and f"; {word}, " in text
    done = check_clean(out)
    assert 40 <= done < FILES
    resume(inputs, out)


def test_a_killed_worker_is_replaced_and_nothing_is_lost(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = start(inputs, out, "-j", "2")
    wait_for_outputs(proc, out, 40)
    workers = children(proc.pid)
    assert workers, "no worker processes found"
    os.kill(workers[0], signal.SIGKILL)
    _stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr.decode()
    assert check_clean(out) == FILES


def catches_sigterm(pid: int) -> bool:
    """Whether the process has its own SIGTERM handler yet (newsclip sets it first thing)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = int(re.search(r"^SigCgt:\s*([0-9a-f]+)", status, re.M).group(1), 16)
    return bool(caught >> (signal.SIGTERM - 1) & 1)


def wait_until_ready(proc: subprocess.Popen[bytes]) -> bool:
    """True once newsclip has set its signal handlers; False if it ended first (on a
    busy machine a small batch can run whole between two looks of this process)."""
    deadline = time.monotonic() + 120  # only a hang comes near it
    while not catches_sigterm(proc.pid):
        if proc.poll() is not None:
            return False
        if time.monotonic() > deadline:
            pytest.fail("newsclip never set its signal handlers")
        time.sleep(0.002)
    return True


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_while_waiting_for_stdin(sig: signal.Signals, code: int) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclip", "parse", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert wait_until_ready(proc)  # then it reads the open pipe, which never ends
    proc.send_signal(sig)
    _stdout, stderr = proc.communicate(timeout=60)
    assert (proc.returncode, stderr) == (code, b"")


DROPPED = """
import os, signal, sys, time, weakref
from newsclip import cli_signals

class Box:
    pass

def freed(_ref):
    os.kill(os.getpid(), signal.SIG%s)
    for _ in range(10_000):  # the handler runs in here, where Python drops exceptions
        pass

cli_signals.handle_signals()
try:
    box = Box()
    ref = weakref.ref(box, freed)
    del box
    time.sleep(30)
    print("not stopped")
except cli_signals.Signalled as sig:
    print(sig.word)
"""


@pytest.mark.parametrize(("sig", "word"), [("INT", "interrupted"), ("TERM", "terminated")])
def test_a_signal_inside_a_weakref_callback_is_raised_again_outside_it(sig: str, word: str) -> None:
    """Python drops an exception raised in a weakref callback (an import's lock being
    freed is one) and prints "Exception ignored": the signal would be lost, the run go on."""
    done = subprocess.run([sys.executable, "-c", DROPPED % sig], capture_output=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, word.encode() + b"\n", b"")


BURST = """
import os, signal, time
from newsclip import cli_signals

cli_signals.handle_signals()
both = {signal.SIGINT, signal.SIGTERM}
try:
    signal.pthread_sigmask(signal.SIG_BLOCK, both)
    os.kill(os.getpid(), signal.SIGINT)
    os.kill(os.getpid(), signal.SIGTERM)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, both)  # both reach the handler, one after the other
    time.sleep(30)
    print("not stopped")
except cli_signals.Signalled as sig:
    for _ in range(10_000):  # the second one's handler runs in here, during the cleanup
        pass
    print(sig.word)
"""


def test_the_second_signal_of_a_burst_does_not_break_into_the_first_ones_cleanup() -> None:
    done = subprocess.run([sys.executable, "-c", BURST], capture_output=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, b"interrupted\n", b"")


STUCK_POOL = """
import os, signal, sys, time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from newsclip.batch import _pool

def big(n):
    return b"x" * n

if __name__ == "__main__":
    pool = ProcessPoolExecutor(2)
    future = pool.submit(big, 400_000_000)
    time.sleep(1.0)
    os.kill(next(iter(pool._processes)), signal.SIGKILL)
    try:
        _pool._result(future, pool)
    except BrokenProcessPool:
        print("broken")
    else:
        print("finished")
    _pool._stop(pool)
"""


def test_a_worker_killed_mid_result_neither_hangs_the_batch_nor_its_exit(tmp_path: Path) -> None:
    """A worker killed while it writes its result leaves half a message in the
    pool's pipe: the wait for it must give up, and the process must still exit."""
    script = tmp_path / "stuck.py"
    script.write_text(STUCK_POOL, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=60)
    if proc.stdout.strip() == b"finished":
        pytest.skip("the worker finished its result before it could be killed mid-write")
    assert (proc.returncode, proc.stdout.strip()) == (0, b"broken"), proc.stderr


# --- random signals at random moments -----------------------------------------

SIGNALS_SENT = 100
RANDOM_FILES = 64  # enough for worker processes (batch.MIN_POOL_JOBS), few enough to be quick
SUMMARY = re.compile(
    r"newsclip: \d+ parsed, \d+ failed, \d+ skipped in [0-9.]+ s"
    r"(; (interrupted|terminated), \d+ not done)?\n"
)
# where the records go: a folder, stdout (JSON Lines), one file (a JSON array)
MODES = (["-o", "{out}"], [], ["-o", "{out}.json"])


def _random_run(src: Path, out: Path, mode: list[str], learn: bool) -> subprocess.Popen[bytes]:
    args = [a.format(out=out) for a in mode] + ([] if learn else ["--no-learn"])
    return subprocess.Popen(
        [sys.executable, "-m", "newsclip", "parse", str(src), "-j", "2", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
        start_new_session=True,
    )


def _check_quiet_and_whole(proc, stdout: bytes, stderr: bytes, out: Path, mode, what: str) -> None:
    text = stderr.decode("utf-8", "replace")
    assert proc.returncode in (0, 130, 143), f"{what}: exit {proc.returncode}\n{text}"
    assert text == "" or SUMMARY.fullmatch(text), f"{what}: stderr\n{text}"
    if proc.returncode and text:
        assert ("interrupted" if proc.returncode == 130 else "terminated") in text, what
    for line in stdout.splitlines():  # no record on stdout is cut short
        json.loads(line)
    if mode == MODES[0] and out.exists():
        assert check_clean(out) <= RANDOM_FILES, what
    if mode == MODES[2]:
        array = out.with_suffix(".json")
        assert not list(out.parent.glob("*.tmp")), what
        if array.exists():
            assert len(json.loads(array.read_bytes())) == RANDOM_FILES, what


def test_random_signals_at_random_moments_leave_no_noise(tmp_path: Path) -> None:
    """100 signals (Ctrl-C to the process group, or SIGTERM) at random moments of -j 2
    batches, from the handlers being set through learning, the workers' start, parsing,
    writing and the summary to the exit; a few come in bursts, during the cleanup of the
    first.  stderr holds the summary line at most; outputs are whole."""
    src = tmp_path / "in"
    src.mkdir()
    base = BASIC.read_bytes()
    for i in range(RANDOM_FILES):
        (src / f"d{i:03}.txt").write_bytes(base.replace(HEADLINE, HEADLINE + b" %d" % i))
    # how long a whole run takes once ready, so the signals spread over all of it
    started = time.monotonic()
    proc = _random_run(src, tmp_path / "calibrate", MODES[0], learn=True)
    began = time.monotonic() if wait_until_ready(proc) else started
    proc.communicate(timeout=300)
    span = (time.monotonic() - began) * 1.2
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    sent = trial = 0
    while sent < SIGNALS_SENT:
        trial += 1
        out = tmp_path / f"out{trial}"
        mode = MODES[trial % len(MODES)]
        proc = _random_run(src, out, mode, learn=trial % 2 == 0)
        if not wait_until_ready(proc):  # it ran whole before a signal could be aimed
            stdout, stderr = proc.communicate(timeout=300)
            _check_quiet_and_whole(proc, stdout, stderr, out, mode, f"trial {trial}, no signal")
            continue
        began = time.monotonic()
        at = rng.uniform(0, span)
        sigs = [rng.choice([signal.SIGINT, signal.SIGTERM]) for _ in range(rng.randint(1, 4))]
        for sig in sigs:
            time.sleep(max(0.0, began + at - time.monotonic()))
            with contextlib.suppress(ProcessLookupError):
                if sig == signal.SIGINT:
                    os.killpg(proc.pid, sig)  # Ctrl-C reaches the whole process group
                else:
                    proc.send_signal(sig)
                sent += 1
            at += rng.uniform(0, 0.03)
        stdout, stderr = proc.communicate(timeout=300)
        what = f"seed {seed}, trial {trial}, {[s.name for s in sigs]} at {at:.3f} s, {mode}"
        _check_quiet_and_whole(proc, stdout, stderr, out, mode, what)
