"""Pages per second on saved HTML: newsclip against trafilatura, same pages, one process.

usage: python bench/html_speed.py CORPUS_DIR [--repeat N] [--limit N]

Reads every ``*.html`` (or ``*.html.gz``, unpacked) in CORPUS_DIR into memory
first (so disk speed and unpacking are not measured), then times newsclip
(``newsclip.parse`` on the bytes: decoding, sniffing, parsing, metadata and
body) and trafilatura (``bare_extraction`` with metadata, on the same bytes)
over all pages, ``--repeat`` times each, alternating, and prints pages per
second for each and the ratio.  The seconds are the process's CPU time: other
work on a busy machine slows both tools' wall time unevenly, their CPU time
hardly.  A page either tool fails on still counts: the time was spent.

trafilatura is a benchmark-only dependency (``pip install trafilatura
lxml_html_clean``), never imported by newsclip itself.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

import newsclip


def _run_newsclip(pages: list[bytes]) -> tuple[float, int]:
    failed = 0
    start = time.process_time()
    for data in pages:
        try:
            newsclip.parse(data, input_format="html")
        except newsclip.NewsclipError:
            failed += 1
    return time.process_time() - start, failed


def _run_trafilatura(pages: list[bytes]) -> tuple[float, int]:
    import trafilatura

    failed = 0
    start = time.process_time()
    for data in pages:
        try:
            if trafilatura.bare_extraction(data, with_metadata=True) is None:
                failed += 1
        except Exception:  # noqa: BLE001 - any failure of the other tool is a failed page
            failed += 1
    return time.process_time() - start, failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="folder holding *.html or *.html.gz pages")
    ap.add_argument("--repeat", type=int, default=1, help="passes over the pages per tool")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N pages")
    args = ap.parse_args(argv)

    paths = sorted([*args.corpus.glob("*.html"), *args.corpus.glob("*.html.gz")])
    if args.limit:
        paths = paths[: args.limit]
    if not paths:
        print(f"html_speed: {args.corpus}: no .html or .html.gz files", file=sys.stderr)
        return 1
    pages = [gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
             for p in paths]
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("html_speed: trafilatura is not installed: pip install trafilatura lxml_html_clean",
              file=sys.stderr)
        return 1

    # One warm-up page each: imports and caches are not what we measure.
    _run_newsclip(pages[:1])
    _run_trafilatura(pages[:1])
    ours = theirs = 0.0
    ours_failed = theirs_failed = 0
    for _ in range(args.repeat):
        t, f = _run_newsclip(pages)
        ours, ours_failed = ours + t, f
        t, f = _run_trafilatura(pages)
        theirs, theirs_failed = theirs + t, f
    n = len(pages) * args.repeat
    ours_rate, theirs_rate = n / ours, n / theirs
    print(f"pages        {len(pages)} x {args.repeat}")
    print(f"newsclip     {ours_rate:7.1f} pages/s CPU  ({ours_failed} pages without an article)")
    print(f"trafilatura  {theirs_rate:7.1f} pages/s CPU  ({theirs_failed} pages without a result)")
    print(f"ratio        {ours_rate / theirs_rate:7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
