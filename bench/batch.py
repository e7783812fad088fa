"""Batch conversion speed and memory, next to an I/O floor measured in the same run.

usage: python bench/batch.py [--sizes 2000 20000] [--jobs 2] [--workdir DIR] [--keep]

For each size N: writes N seed-layout dumps with bench/gen_dumps.py, then
times, each as its own subprocess,

  floor     a script that only reads each input and writes a file of the
            same size into a mirrored folder (what any converter must pay);
  newsclip  ``newsclip parse DIR -o OUT -j JOBS`` (batch learning on, the default);
  no-learn  the same with ``--no-learn``.

It prints dumps per second, the ratio to the floor, and peak memory: the
largest resident set of the command and every process it started (its
workers included), from getrusage(RUSAGE_CHILDREN) in a wrapper process.
Targets (issue 3): at least 4,000 dumps/s with 2 workers, within 3x of the
floor, peak under 150 MB and no higher for 20,000 files than for 2,000.
It also prints the CPU seconds all those processes used: on a machine
shared with other work the wall-clock rate falls with the load, while
dumps per CPU-second (times the cores) says what an idle machine would do.
Figures only: nothing is asserted.  Say how loaded the machine was when
quoting them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_dumps import generate  # noqa: E402

FLOOR = r"""
import os, sys
src, dst = sys.argv[1], sys.argv[2]
for folder, _dirs, names in os.walk(src):
    target = os.path.join(dst, os.path.relpath(folder, src))
    os.makedirs(target, exist_ok=True)
    for name in names:
        with open(os.path.join(folder, name), "rb") as fh:
            data = fh.read()
        tmp = os.path.join(target, "." + name + ".tmp")
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, os.path.join(target, name[:-4] + ".json"))
"""


def measure(cmd: list[str]) -> dict[str, float]:
    """Run ``cmd`` under a wrapper process; its wall time and its descendants' peak RSS."""
    wrapper = (
        "import json, resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
        "wall = time.perf_counter() - t\n"
        "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps({'rc': rc, 'wall': wall, 'peak_kb': ru.ru_maxrss,\n"
        "                  'cpu': ru.ru_utime + ru.ru_stime}))\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *cmd], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def run_size(n: int, jobs: int, workdir: Path) -> list[tuple[str, int, dict[str, float]]]:
    src = workdir / f"in{n}"
    if not src.is_dir():
        generate(src, n)
    rows = []
    newsclip = [sys.executable, "-m", "newsclip", "parse", str(src), "-j", str(jobs)]
    # Each run writes into a fresh folder, and the old ones are deleted only at the end:
    # deleting 20,000 files just before a run (ext4 with online discard) slows that run.
    for label, cmd in (
        ("floor", [sys.executable, "-c", FLOOR, str(src), str(workdir / f"floor{n}")]),
        ("newsclip", [*newsclip, "-o", str(workdir / f"out{n}"), "--no-progress"]),
        ("no-learn", [*newsclip, "-o", str(workdir / f"out{n}-nl"), "--no-progress",
                      "--no-learn"]),
    ):
        result = measure(cmd)
        if result["rc"] != 0:
            print(f"  {label}: exit code {result['rc']}", file=sys.stderr)
        rows.append((label, n, result))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--keep", action="store_true", help="keep the generated dumps")
    args = ap.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="newsclip-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"newsclip parse DIR -o OUT -j {args.jobs}; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f} at start")
    print(f"{'command':<10} {'dumps':>7} {'seconds':>8} {'dumps/s':>9} {'x floor':>8} "
          f"{'peak MB':>8} {'CPU s':>7} {'dumps/CPU-s':>12}")
    try:
        for n in args.sizes:
            rows = run_size(n, args.jobs, workdir)
            floor = rows[0][2]["wall"]
            for label, count, r in rows:
                print(f"{label:<10} {count:>7} {r['wall']:>8.2f} {count / r['wall']:>9.0f} "
                      f"{r['wall'] / floor:>8.2f} {r['peak_kb'] / 1024:>8.1f} "
                      f"{r['cpu']:>7.2f} {count / r['cpu']:>12.0f}")
    finally:
        for old in [*workdir.glob("floor*"), *workdir.glob("out*")]:
            shutil.rmtree(old, ignore_errors=True)
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end (2 cores shared: figures are low "
          "when it is high)")


if __name__ == "__main__":
    main()
