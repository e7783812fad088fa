"""Export splitting speed: articles per second, next to a floor measured in the same run.

usage: python bench/exports.py [--articles 2000] [--seconds 2]

Builds, from the golden exports in fixtures/exports/ (invented text), a classic
TXT export, a Nexis Uni TXT export and a Nexis Uni DOCX export of N articles
each (the fixtures' articles again and again, counters and markers renumbered),
then times ``newsclip.parse_all`` on each, in CPU seconds, against a floor:

  TXT   decoding the file and cutting it into lines (what any reader pays);
  DOCX  python-docx opening the document and reading its paragraphs.

Prints articles/s and the ratio to the floor.  Figures only: nothing is
asserted.  Dates in other languages go through dateparser once per distinct
date line (cached), so a German export of many dates is slower than these.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import newsclip  # noqa: E402
from newsclip.decode import decode  # noqa: E402
from newsclip.text.model import split_lines  # noqa: E402

EXPORTS = ROOT / "fixtures" / "exports"
COUNTER = re.compile(r"^( *)\d+ of \d+ (DOCUMENTS?)$", re.M)


def classic(n: int) -> str:
    text = (EXPORTS / "en_classic_cover.txt").read_text(encoding="utf-8")
    first = COUNTER.search(text)
    assert first is not None
    articles = [a.rstrip("\n") + "\n\n"
                for a in re.split(r"(?m)^ *\d+ of \d+ DOCUMENTS?$", text[first.start():])[1:]]
    out = [text[: first.start()]]
    for i in range(n):
        out.append(f"{' ' * 32}{i + 1} of {n} DOCUMENTS{articles[i % len(articles)]}")
    return "".join(out)


def uni(n: int) -> str:
    text = (EXPORTS / "fr_uni_cover.txt").read_text(encoding="utf-8")
    parts = text.split("Fin du document\n")
    cover_end = parts[0].index("Le tramway de Saint-Aurel roulera en 2026\n\nLa Gazette")
    cover, first = parts[0][:cover_end], parts[0][cover_end:]
    articles = [first, *(p for p in parts[1:] if p.strip())]
    return cover + "".join(articles[i % len(articles)] + "Fin du document\n" for i in range(n))


def docx_export(n: int) -> bytes:
    sys.path.insert(0, str(ROOT / "tests"))
    import make_export_docx as make

    spec = dict(make.EN)
    spec["articles"] = [make.EN["articles"][i % 2] for i in range(n)]
    path = Path(f"/tmp/newsclip-bench-{n}.docx")
    make.build(spec, path)
    data = path.read_bytes()
    path.unlink()
    return data


def cpu(fn, seconds: float) -> float:
    """CPU seconds per call of ``fn`` (repeated for at least ``seconds``)."""
    calls, start = 0, time.process_time()
    while True:
        fn()
        calls += 1
        spent = time.process_time() - start
        if spent >= seconds:
            return spent / calls


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seconds", type=float, default=2.0)
    args = ap.parse_args(argv)
    n = args.articles

    def count(data: bytes) -> int:
        return sum(1 for _ in newsclip.parse_all(data))

    rows = []
    for name, data in (("classic TXT", classic(n).encode()), ("Nexis Uni TXT", uni(n).encode())):
        assert count(data) == n, name
        t = cpu(lambda data=data: count(data), args.seconds)
        floor = cpu(lambda data=data: split_lines(decode(data)[0]), args.seconds)
        rows.append((name, len(data), n / t, n / floor, t / floor))
    data = docx_export(n)
    assert count(data) == n
    t = cpu(lambda: count(data), args.seconds)

    def read_docx() -> None:
        import docx

        document = docx.Document(io.BytesIO(data))
        for _p in document.iter_inner_content():
            pass

    floor = cpu(read_docx, args.seconds)
    rows.append(("Nexis Uni DOCX", len(data), n / t, n / floor, t / floor))
    print(f"{'export':<16}{'bytes':>12}{'articles/s':>14}{'floor/s':>12}{'x floor':>10}")
    for name, size, rate, floor_rate, ratio in rows:
        print(f"{name:<16}{size:>12,}{rate:>14,.0f}{floor_rate:>12,.0f}{ratio:>10.1f}")
    print(f"({n:,} articles each; CPU time; floor: decode + lines for TXT, python-docx's "
          "paragraphs for DOCX)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
