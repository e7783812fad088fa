"""Web archives: the WARC readers compared (robustness, then speed), and newsclip's pages/s.

usage: python bench/warc.py [WORKDIR] [--pages 10000] [--skip-parse]

Builds (once) a WARC and a WET of real pages with bench/make_warc.py in
WORKDIR (default: a folder in the temporary directory), then:

1. robustness: both readers, warcio and FastWARC (``auto_decode="all"``,
   which chunked and compressed pages need; with and without its quirks
   mode), read damaged copies of the archive's first records: a cut-off
   tail, a corrupt gzip member, a false ``Content-Encoding: gzip``, a
   Content-Length 50 bytes short, and the archive gzipped as a whole.  For
   each it prints how many of the intact pages came out whole and whether
   the reader stopped with an error.  newsclip's own reading (warcio behind
   ``newsclip.warc.read_archive``, with its resynchronisation) is the last column.
2. speed of reading alone: every record of the WARC, payloads read, by each
   reader, alternating, in this process; records/s and MB/s.
3. newsclip: ``read_archive`` over the whole WARC and WET in this process
   (one core), pages/s, and what reading takes of that time.

Figures only; nothing is asserted.  Say how loaded the machine was when
quoting them.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_warc import CORPORA, build  # noqa: E402

SAMPLE = 60  # records of the archive's head used for the damaged copies


def members(data: bytes, limit: int | None = None) -> list[bytes]:
    out, pos = [], 0
    while pos < len(data) and (limit is None or len(out) < limit):
        d = zlib.decompressobj(31)
        d.decompress(data[pos:])
        end = len(data) - len(d.unused_data)
        out.append(data[pos:end])
        pos = end
    return out


def _edit(member: bytes, change: Callable[[bytes], bytes]) -> bytes:
    return gzip.compress(change(gzip.decompress(member)), mtime=0)


def _false_gzip(record: bytes) -> bytes:
    head, sep, rest = record.partition(b"\r\n\r\n")  # WARC header | HTTP message
    rest = rest.replace(b"HTTP/1.1 200 OK\r\n", b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n", 1)
    length = int(re.search(rb"Content-Length: (\d+)", head).group(1)) + len(b"Content-Encoding: gzip\r\n")
    head = re.sub(rb"Content-Length: \d+", b"Content-Length: %d" % length, head)
    return head + sep + rest


def _short_length(record: bytes) -> bytes:
    return re.sub(rb"Content-Length: (\d+)",
                  lambda m: b"Content-Length: %d" % (int(m.group(1)) - 50), record, count=1)


def damaged(head: list[bytes]) -> dict[str, tuple[bytes, str | None, bool]]:
    """Name → (archive bytes, the URL of the page the damage hits, whether that page is lost)."""
    responses = [i for i, m in enumerate(head) if b"WARC-Type: response" in gzip.decompress(m)]
    victim, last = responses[len(responses) // 2], responses[-1]

    def url(i: int) -> str:
        return re.search(rb"WARC-Target-URI: (\S+)", gzip.decompress(head[i])).group(1).decode()

    def swap(i: int, member: bytes) -> bytes:
        return b"".join(head[:i]) + member + b"".join(head[i + 1:])

    bad = bytearray(head[victim])
    bad[len(bad) // 2: len(bad) // 2 + 16] = b"\xff" * 16
    return {
        "intact": (b"".join(head), None, False),
        "truncated tail": (
            b"".join(head[:last]) + head[last][: len(head[last]) // 2], url(last), True),
        "corrupt record": (swap(victim, bytes(bad)), url(victim), True),
        "false gzip header": (swap(victim, _edit(head[victim], _false_gzip)), url(victim), False),
        # the page loses its last 50 bytes (closing tags): still the same article
        "Content-Length short": (
            swap(victim, _edit(head[victim], _short_length)), url(victim), False),
        "gzipped as a whole": (
            gzip.compress(b"".join(gzip.decompress(m) for m in head), mtime=0), None, False),
    }


def read_warcio(data: bytes) -> tuple[dict[str, bytes], str]:
    from warcio.archiveiterator import ArchiveIterator

    pages, error = {}, ""
    sink = io.StringIO()
    old, sys.stderr = sys.stderr, sink  # warcio prints some of its complaints
    try:
        for rec in ArchiveIterator(io.BytesIO(data)):
            if rec.rec_type == "response":
                pages[rec.rec_headers.get_header("WARC-Target-URI")] = rec.content_stream().read()
    except Exception as exc:  # noqa: BLE001
        error = type(exc).__name__
    finally:
        sys.stderr = old
    return pages, error


def read_fastwarc(data: bytes, quirks: bool) -> tuple[dict[str, bytes], str]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    pages, error = {}, ""
    try:
        for rec in ArchiveIterator(io.BytesIO(data), auto_decode="all", quirks_mode=quirks):
            if rec.record_type == WarcRecordType.response:
                pages[rec.headers.get("WARC-Target-URI")] = rec.reader.read()
    except Exception as exc:  # noqa: BLE001
        error = type(exc).__name__
    return pages, error


def read_newsclip(data: bytes) -> tuple[dict[str, str], str]:
    from newsclip.warc import read_archive

    pages, damage = {}, 0
    for cap in read_archive(io.BytesIO(data), name="x.warc.gz"):
        if cap.record is not None:
            pages[cap.url] = cap.record.text
        elif cap.skipped and cap.skipped not in ("request", "metadata", "warcinfo"):
            pages[cap.url] = cap.skipped  # a page the reader declined: read whole all the same
        damage += cap.damage is not None
    return pages, f"{damage} reported" if damage else ""


def robustness(warc: Path) -> None:
    with open(warc, "rb") as fh:
        head_bytes = fh.read(8 << 20)
    head = members(head_bytes, SAMPLE)
    readers = {
        "warcio": read_warcio,
        "fastwarc": lambda d: read_fastwarc(d, False),
        "fastwarc quirks": lambda d: read_fastwarc(d, True),
        "newsclip (warcio)": read_newsclip,
    }
    intact = {name: fn(b"".join(head))[0] for name, fn in readers.items()}
    print(f"1. robustness, on the first {SAMPLE} records of the archive: pages given whole "
          "(as from the intact archive) / given damaged without a word, and how the reader ended")
    print(f"{'case':22} {'whole':>5} " + " ".join(f"{n:>24}" for n in readers))
    for case, (data, hit, lost) in damaged(head).items():
        expected = len(intact["warcio"]) - lost
        cells = []
        for name, fn in readers.items():
            got, error = fn(data)
            want = intact[name]
            whole = sum(1 for url, page in got.items() if want.get(url) == page)
            silent = sum(1 for url, page in got.items() if want.get(url) != page)
            cell = f"{whole}" + (f" / {silent} bad" if silent else "")
            cells.append(cell + (f" + {error}" if error else ""))
        print(f"{case:22} {expected:>5} " + " ".join(f"{c:>24}" for c in cells))
    print("  (Content-Length short: the page loses its closing tags; a reader that gives it "
          "50 bytes short is right)")


def speed(warc: Path, rounds: int = 2) -> None:
    data = warc.read_bytes()

    def warcio_all() -> int:
        from warcio.archiveiterator import ArchiveIterator

        n = 0
        for rec in ArchiveIterator(io.BytesIO(data)):
            rec.content_stream().read()
            n += 1
        return n

    def fastwarc_all() -> int:
        from fastwarc.warc import ArchiveIterator

        n = 0
        for rec in ArchiveIterator(io.BytesIO(data), auto_decode="all"):
            rec.reader.read()
            n += 1
        return n

    best: dict[str, float] = {}
    cpu: dict[str, float] = {}
    counts: dict[str, int] = {}
    for _ in range(rounds):
        for name, fn in (("warcio", warcio_all), ("fastwarc", fastwarc_all)):
            start, start_cpu = time.perf_counter(), time.process_time()
            counts[name] = fn()
            best[name] = min(best.get(name, 1e9), time.perf_counter() - start)
            cpu[name] = min(cpu.get(name, 1e9), time.process_time() - start_cpu)
    mb = len(data) / 1e6
    print(f"\n2. reading alone: {mb:.0f} MB, {counts['warcio']:,} records (best of {rounds})")
    for name, seconds in best.items():
        print(f"  {name:9} {seconds:6.2f} s wall {cpu[name]:6.2f} s CPU  "
              f"{counts[name] / cpu[name]:9,.0f} records/CPU-s  {mb / cpu[name]:6.1f} MB/CPU-s")
    print(f"  fastwarc is {cpu['warcio'] / cpu['fastwarc']:.1f}x faster at reading (CPU)")
    return cpu["warcio"]


def parse_all(path: Path, read_seconds: float | None) -> None:
    """``read_seconds``: the CPU time of reading the archive alone."""
    from newsclip.warc import read_archive

    start = time.perf_counter()
    cpu = time.process_time()
    outcome: Counter[str] = Counter()
    articles = 0
    with open(path, "rb") as fh:
        for cap in read_archive(fh, name=path.name):
            if cap.record is not None:
                outcome["page"] += 1
                articles += cap.record.is_article
            else:
                outcome[cap.skipped or "damaged"] += 1
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    pages = outcome["page"]
    print(f"\n3. newsclip on {path.name}: {pages:,} records in {wall:.1f} s wall ({cpu:.1f} s CPU)"
          f" = {pages / wall:,.1f} pages/s wall, {pages / cpu:,.1f} per CPU-second; "
          f"{articles:,} read as articles")
    print("   captures: " + ", ".join(f"{k} {v:,}" for k, v in outcome.most_common()))
    if read_seconds:
        print(f"   reading the archive alone (warcio) is {read_seconds / cpu:.0%} of that CPU time")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("workdir", nargs="?", type=Path,
                    default=Path(tempfile.gettempdir()) / "newsclip-warc-bench")
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--skip-parse", action="store_true", help="only the reader comparison")
    args = ap.parse_args(argv)
    warc, wet = args.workdir / "crawl.warc.gz", args.workdir / "crawl.warc.wet.gz"
    if not (warc.is_file() and wet.is_file()):
        corpora = sorted(p for p in CORPORA.iterdir() if p.is_dir())
        build(args.workdir, args.pages, corpora)
    robustness(warc)
    read_seconds = speed(warc)
    if not args.skip_parse:
        parse_all(warc, read_seconds)
        parse_all(wet, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
