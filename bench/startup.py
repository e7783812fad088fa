"""Wall time of ``newsclip parse one.txt`` as a whole process, beside ``python -c pass``.

usage: python bench/startup.py [DUMP ...] [--runs N] [--target MS]

For each dump, runs both commands N times, interleaved so machine load hits both alike, and
prints the median and best wall times (and the CPU time the process used,
which a busy machine inflates less), and their ratio to the empty Python's.  The newsclip
command is the console
script installed beside this Python (not a pyenv shim, whose own start-up
would be measured too), or ``python -m newsclip`` when there is none.  Then
it runs the parse once more under ``python -X importtime`` and fails if a
module that text input must not need was imported (BeautifulSoup, lxml, selectolax, tqdm,
htmldate, dateparser, dateutil, py3langid, charset-normalizer, faker, the exports' and
near-duplicates' datasketch, numpy and python-docx, and the extras' Dask, fsspec, pyarrow and
warcio).  Exits 1 when a median is over the target (default 150 ms) or a forbidden module was
imported.  The dumps default to two: the seed (else fixtures/archive_basic.txt), read by the
archive layout, and a general dump (the first l3s-gn1 text dump by name, else a fixture of the
general reader), whose reader compiles many more patterns.  A first, unmeasured
run writes the byte code (even where PYTHONDONTWRITEBYTECODE is set), as an installed copy has it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_f5a6158ac07aab0d.txt"
#: a general dump: the first l3s-gn1 text dump by name, else a fixture of the general reader
GENERAL_CORPUS = ROOT.parent / "shared" / "corpora" / "l3s-gn1"
GENERAL_FIXTURE = ROOT / "fixtures" / "general" / "wire_story.txt"
TARGET_MS = 150.0
#: top-level packages a text dump must not pull in (importtime names them)
FORBIDDEN = (
    "bs4", "lxml", "selectolax", "htmldate", "dateparser", "dateutil", "py3langid",
    "charset_normalizer", "ftfy", "faker", "tqdm", "datasketch", "numpy", "docx",
    # the extras: a cluster, URLs, web archives and Parquet only when asked for
    "dask", "distributed", "fsspec", "pyarrow", "warcio",
)


def newsclip_command() -> list[str]:
    script = Path(sys.executable).with_name("newsclip")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "newsclip"]


def wall(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Milliseconds of wall time, and of CPU time (user + system) the process used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    elapsed = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    return elapsed, cpu


def imported_modules(dump: Path) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "newsclip", "parse", str(dump)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    names = set()
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    return names


def _default_dumps() -> list[Path]:
    """The seed (the archive layout) and a general dump (no archive layout: the general
    reader, whose patterns are most of a dump's start-up), from the corpora when they are
    there, else from the fixtures."""
    seed = SEED if SEED.is_file() else ROOT / "fixtures" / "archive_basic.txt"
    general = sorted(GENERAL_CORPUS.glob("*.txt"))[:1] or [GENERAL_FIXTURE]
    return [seed, general[0]]


def measure(dump: Path, runs: int, target: float) -> bool:
    """Print the figures of ``newsclip parse dump`` beside an empty Python; whether it meets
    the target."""
    baseline = [sys.executable, "-c", "pass"]
    command = [*newsclip_command(), "parse", str(dump)]
    # warm the file cache, and write the byte code as a user's first run does (an
    # environment with PYTHONDONTWRITEBYTECODE set would otherwise compile every changed
    # module again on each run measured, which no installed copy does)
    writes = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    wall(baseline), wall(command, writes)
    times: dict[str, list[tuple[float, float]]] = {"python -c pass": [], "newsclip parse": []}
    for _ in range(runs):
        times["python -c pass"].append(wall(baseline))
        times["newsclip parse"].append(wall(command))
    print(f"dump: {dump}  ({runs} runs each, interleaved)")
    print(f"command: {' '.join(command)}")
    medians, cpu = {}, {}
    for name, values in times.items():
        walls, cpus = [w for w, _ in values], [c for _, c in values]
        medians[name], cpu[name] = statistics.median(walls), statistics.median(cpus)
        print(f"{name:16} wall median {medians[name]:7.1f} ms  best {min(walls):7.1f} ms   "
              f"CPU median {cpu[name]:7.1f} ms")
    median = medians["newsclip parse"]
    extra = median - medians["python -c pass"]
    print(f"newsclip costs {extra:.1f} ms more wall time than an empty Python "
          f"({median / medians['python -c pass']:.1f}x its wall time, "
          f"{cpu['newsclip parse'] / cpu['python -c pass']:.1f}x its CPU time)")

    modules = imported_modules(dump)
    bad = sorted(m for m in modules if m.split(".")[0] in FORBIDDEN)
    shown = ", ".join(bad) if bad else "none of " + ", ".join(FORBIDDEN)
    print(f"imported for text input: {shown}")
    ok = median < target and not bad
    print(f"{'meets' if ok else 'MISSES'} the target: under {target:.0f} ms, "
          f"without {', '.join(FORBIDDEN)}")
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dumps", nargs="*", type=Path, metavar="DUMP",
                    help="default: the seed and a general dump")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--target", type=float, default=TARGET_MS, metavar="MS")
    args = ap.parse_args(argv)
    results = []
    for k, dump in enumerate(args.dumps or _default_dumps()):
        if k:
            print()
        results.append(measure(dump, args.runs, args.target))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
