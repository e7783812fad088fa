"""A 2-worker Dask LocalCluster next to ``-j 2``, in the same run: docs/s and peak memory.

usage: python bench/cluster.py [--dumps 100000] [--pages 10000] [--workers 2]
                               [--workdir DIR] [--repeat 1] [--keep]

Writes ``--dumps`` seed-layout text dumps (bench/gen_dumps.py) and
``--pages`` saved HTML pages (the development corpora's pages, taken again
under new names until there are enough), then converts each folder with

  local    ``newsclip parse DIR -o OUT -j WORKERS``
  cluster  ``newsclip parse DIR -o OUT --cluster local:WORKERS``

alternately (``--repeat`` rounds), each a fresh process writing a fresh
folder, and checks that the two wrote the same files, byte for byte.  It
prints documents per second, the cluster's time as a ratio of the local
run's (the issue's target: within 1.10), the CPU seconds of the whole
process tree, and peak memory: the main process and the largest worker,
sampled every 0.2 s with psutil (a short peak between samples is missed).
The cluster's time includes starting it (about a second idle).
Figures only; nothing is asserted.  Quote the load average with them.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_dumps import generate  # noqa: E402
from make_warc import CORPORA, corpus_pages  # noqa: E402

NEWSCLIP = [sys.executable, "-m", "newsclip", "parse"]


def html_folder(dest: Path, pages: int) -> None:
    """``pages`` saved pages of the corpora, 500 to a folder, copies under new names."""
    found = [html for folder in sorted(p for p in CORPORA.iterdir() if p.is_dir())
             for _url, html, _text in corpus_pages(folder)]
    for n in range(pages):
        src = found[n % len(found)]
        target = dest / f"{n // 500:03}" / f"p{n:06}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        data = src.read_bytes()
        target.write_bytes(gzip.decompress(data) if src.name.endswith(".gz") else data)


#: runs the command and reports the CPU time of every process below it (the workers that a
#: cluster's nanny started too: each parent waits for its children, so their times add up)
WRAPPER = (
    "import json, resource, subprocess, sys\n"
    "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(json.dumps({'rc': rc, 'cpu': ru.ru_utime + ru.ru_stime}))\n"
)


def measure(cmd: list[str]) -> dict[str, float]:
    """Wall time, CPU time of the process tree, and sampled peak RSS of main and workers."""
    start = time.perf_counter()
    wrapper = psutil.Popen([sys.executable, "-c", WRAPPER, *cmd], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    peaks: dict[int, int] = {}
    main_pid = None
    while wrapper.poll() is None:
        try:
            family = wrapper.children(recursive=True)
        except psutil.Error:
            family = []
        if family and main_pid is None:
            main_pid = family[0].pid
        for p in family:
            try:
                peaks[p.pid] = max(peaks.get(p.pid, 0), p.memory_info().rss)
            except psutil.Error:
                pass
        time.sleep(0.2)
    wall = time.perf_counter() - start
    out, err = wrapper.communicate()
    report = json.loads(out.decode().strip().splitlines()[-1])
    main_peak = peaks.pop(main_pid, 0) if main_pid is not None else 0
    stderr = err.decode(errors="replace").strip()
    return {"rc": report["rc"], "wall": wall, "cpu": report["cpu"],
            "main_mb": main_peak / 2**20,
            "worker_mb": max(peaks.values(), default=0) / 2**20,
            "summary": stderr.splitlines()[-1] if stderr else ""}


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dumps", type=int, default=100_000)
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--keep", action="store_true", help="keep the generated inputs")
    args = ap.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="newsclip-cluster-"))
    workdir.mkdir(parents=True, exist_ok=True)
    inputs = []
    if args.dumps:
        src = workdir / f"dumps{args.dumps}"
        if not src.is_dir():
            generate(src, args.dumps)
        inputs.append(("text dumps", args.dumps, src))
    if args.pages:
        src = workdir / f"pages{args.pages}"
        if not src.is_dir():
            html_folder(src, args.pages)
        inputs.append(("HTML pages", args.pages, src))
    w = args.workers
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at start")
    print(f"{'inputs':<11} {'docs':>7} {'run':<8} {'seconds':>8} {'docs/s':>8} {'x local':>8} "
          f"{'CPU s':>7} {'docs/CPU-s':>10} {'main MB':>8} {'worker MB':>9}  same output")
    try:
        for label, count, src in inputs:
            for r in range(args.repeat):
                rows = {}
                for name, extra in (("local", ["-j", str(w)]),
                                    ("cluster", ["--cluster", f"local:{w}"])):
                    out = workdir / f"out-{name}-{r}"
                    shutil.rmtree(out, ignore_errors=True)
                    result = measure([*NEWSCLIP, str(src), "-o", str(out), "--no-progress",
                                      *extra])
                    result["digest"] = digest(out)
                    rows[name] = result
                    if result["rc"] not in (0, 1):
                        print(f"  {name}: exit code {result['rc']}: {result['summary']}",
                              file=sys.stderr)
                for name, res in rows.items():
                    same = res["digest"] == rows["local"]["digest"]
                    print(f"{label:<11} {count:>7} {name:<8} {res['wall']:>8.1f} "
                          f"{count / res['wall']:>8.1f} {res['wall'] / rows['local']['wall']:>8.2f} "
                          f"{res['cpu']:>7.1f} {count / res['cpu']:>10.1f} "
                          f"{res['main_mb']:>8.0f} {res['worker_mb']:>9.0f}  "
                          f"{'yes' if same else 'NO'}")
                for old in workdir.glob(f"out-*-{r}"):
                    shutil.rmtree(old, ignore_errors=True)
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
