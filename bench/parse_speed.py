"""Parse throughput for seed-sized dumps, in one process.

usage: python bench/parse_speed.py [DUMP ...] [--seconds S] [--target N]
       python bench/parse_speed.py --corpus DIR [--corpus DIR ...]
                                   [--min-bytes B] [--max-bytes B] [--seconds S] [--target N]

Parses each dump's bytes again and again with ``newsclip.parse`` (decoding,
layout, record; rendering is not included) for about S seconds per dump and
prints dumps per second on one core, per second of CPU time and of wall
time.  Without arguments it uses the seed
(../shared/seeds/000_f5a6158ac07aab0d.txt) when it is there, else the
fixtures in fixtures/.  Exits 1 when the median dump's CPU-time rate is
under the target (default 5,000 dumps/s), so it can guard a change.  On a
loaded machine both figures are lower than the machine can do: say so when
quoting them.

``--corpus DIR`` measures the general reader on real dumps instead: the
folder's ``<id>.txt`` files whose size is within ``--min-bytes`` …
``--max-bytes`` (default 3,000 … 4,500, the seed's size band), read as text,
for S seconds each (default 0.2).  For each folder it prints the median
dump's rate and the overall rate (the band's dumps parsed once each, divided
by the CPU time that takes), and exits 1 when a folder's median misses the
target (default 3,000 dumps/s, the issue's figure for any text dump).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import newsclip

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_f5a6158ac07aab0d.txt"
TARGET = 5000
#: … and for the general reader on any site's seed-sized dumps
GENERAL_TARGET = 3000
#: the seed dump is 3.7 kB: corpus dumps in this band are "seed-sized"
MIN_BYTES, MAX_BYTES = 3000, 4500


def default_inputs() -> list[Path]:
    if SEED.is_file():
        return [SEED]
    return sorted((ROOT / "fixtures").glob("*.txt"))


def _parser(input_format: str | None) -> Callable[[bytes], object]:
    def parse(data: bytes) -> object:
        try:
            return newsclip.parse(data, input_format=input_format)
        except newsclip.NewsclipError:  # a dump with no article still costs its parse
            return None

    return parse


def rate(
    data: bytes, seconds: float, parse: Callable[[bytes], object] = newsclip.parse
) -> tuple[float, float]:
    """Dumps per second of wall time and of CPU time: the best of five rounds.

    On a machine shared with other work the wall-clock rate drops with the
    load; the CPU-time rate (time this process actually ran) is what one
    core does, and is the one held against the target.
    """
    parse(data)  # warm up: first-call imports and regex compilation
    start = time.perf_counter()
    parse(data)
    once = max(time.perf_counter() - start, 1e-6)
    n = max(1, int(seconds / 5 / once))
    best_wall = best_cpu = 0.0
    for _ in range(5):
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(n):
            parse(data)
        best_wall = max(best_wall, n / (time.perf_counter() - wall))
        best_cpu = max(best_cpu, n / max(time.process_time() - cpu, 1e-9))
    return best_wall, best_cpu


def band(folder: Path, lo: int, hi: int) -> list[Path]:
    """The folder's dumps of ``lo`` … ``hi`` bytes."""
    return [p for p in sorted(folder.glob("*.txt")) if lo <= p.stat().st_size <= hi]


def corpus_rates(folder: Path, args: argparse.Namespace) -> list[float] | None:
    paths = band(folder, args.min_bytes, args.max_bytes)
    if not paths:
        print(f"{folder}: no .txt dumps of {args.min_bytes:,d}–{args.max_bytes:,d} bytes")
        return None
    parse = _parser("text")
    seconds = 0.2 if args.seconds is None else args.seconds
    rates = []
    for path in paths:
        _wall, cpu = rate(path.read_bytes(), seconds, parse)
        rates.append(cpu)
        if args.verbose:
            print(f"{cpu:9,.0f} dumps/s  {path.stat().st_size:7,d} bytes  {path.name}")
    median = statistics.median(rates)
    overall = len(rates) / sum(1 / r for r in rates)
    verdict = "meets" if median >= args.target else "MISSES"
    print(
        f"{folder.name}: {len(rates)} dumps of {args.min_bytes:,d}–{args.max_bytes:,d} bytes: "
        f"median {median:,.0f} dumps/s per core, overall {overall:,.0f}, "
        f"slowest {min(rates):,.0f}: {verdict} the target of {args.target:,.0f}"
    )
    return rates


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dumps", nargs="*", type=Path, help="dump files (default: the seed)")
    ap.add_argument(
        "--seconds", type=float, default=None,
        help="time per dump (default 2; 0.2 per corpus dump)",
    )
    ap.add_argument("--target", type=float, default=None, help="dumps/s to reach")
    ap.add_argument(
        "--corpus", type=Path, action="append", default=[],
        help="a folder of <id>.txt dumps: measure its seed-sized ones (repeatable)",
    )
    ap.add_argument("--min-bytes", type=int, default=MIN_BYTES, help="smallest corpus dump")
    ap.add_argument("--max-bytes", type=int, default=MAX_BYTES, help="largest corpus dump")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each corpus dump's rate")
    args = ap.parse_args(argv)
    if args.target is None:
        args.target = GENERAL_TARGET if args.corpus else TARGET

    if args.corpus:
        ok = True
        for folder in args.corpus:
            rates = corpus_rates(folder, args)
            ok = ok and rates is not None and statistics.median(rates) >= args.target
        if not args.dumps:
            return 0 if ok else 1
    else:
        ok = True

    paths = args.dumps or default_inputs()
    seconds = 2.0 if args.seconds is None else args.seconds
    rates = []
    print(f"{'CPU time':>17}  {'wall time':>17}  {'size':>13}  dump")
    for path in paths:
        data = path.read_bytes()
        wall, cpu = rate(data, seconds)
        rates.append(cpu)
        print(f"{cpu:9,.0f} dumps/s  {wall:9,.0f} dumps/s  {len(data):7,d} bytes  {path.name}")
    # The median judges a set of dumps: a legacy-encoded one pays for
    # charset-normalizer's guess, which the target (UTF-8 archive dumps) is not about.
    median = statistics.median(rates)
    if len(rates) > 1:
        print(f"{min(rates):10,.0f} dumps/s  slowest of {len(rates)} dumps")
    verdict = "meets" if median >= args.target else "MISSES"
    print(f"median {median:,.0f} dumps/s per core: {verdict} the target of {args.target:,.0f}")
    return 0 if median >= args.target and ok else 1


if __name__ == "__main__":
    sys.exit(main())
