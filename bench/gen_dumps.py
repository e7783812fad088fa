"""Write N text dumps in the seed's archive layout, made from the project's own fixtures.

    python bench/gen_dumps.py OUT_DIR [-n 2000] [--seed 1]

Each dump has the layout of the seed (date picker, headline, the
``D-M-YYYY < Outlet NN NNN words`` metadata line, a photo credit, body
paragraphs with blank lines between, trailing chrome) and about the seed's
size (3.7 kB), filled with headlines and paragraphs taken from the archive
fixtures in ``fixtures/`` (all invented text), shuffled per dump.  Files go
500 to a folder, as a scraped archive is usually split.  Deterministic for a
given ``--seed``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import newsclip  # noqa: E402
from newsclip.text import archive  # noqa: E402
from newsclip.text.model import split_lines  # noqa: E402

#: the seed dump's size in bytes; generated dumps aim near it
SEED_SIZE = 3700
PER_FOLDER = 500
MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")
OUTLETS = ("Harbour Gazette", "Valley Courier", "The Northern Ledger", "RT", "Coast Herald")
CREDITS = ("Photo from twitter.com user @{handle}", "Reuters / {name}", "Photo by {name}",
           "AFP Photo / {name}")
NAMES = ("Ada Kerrigan", "Tomas Reyes", "Lena Voss", "Ibrahim Sato", "Maren Holt")


def material() -> tuple[list[str], list[str]]:
    """Headlines and body paragraphs of the archive-layout fixtures."""
    titles: list[str] = []
    paragraphs: list[str] = []
    for path in sorted((ROOT / "fixtures").glob("*.txt")):
        data = path.read_bytes()
        try:
            text, _encoding = newsclip.decode.decode(data)
            if archive.find_header(split_lines(text)) is None:
                continue
            record = newsclip.parse(data)
        except newsclip.NewsclipError:
            continue
        if record.title:
            titles.append(record.title)
        paragraphs += [p for p in record.paragraphs if len(p) > 40]
    if not titles or len(paragraphs) < 5:
        sys.exit("gen_dumps: too few archive-layout fixtures in fixtures/")
    return titles, paragraphs


def make_dump(rng: random.Random, i: int, titles: list[str], paragraphs: list[str]) -> str:
    month = rng.randrange(12)
    day, year = rng.randint(1, 28), rng.randint(2009, 2024)
    body: list[str] = []
    size = 0
    while size < SEED_SIZE - 250:
        para = rng.choice(paragraphs)
        body.append(para)
        size += len(para.encode("utf-8")) + 3
    words = sum(len(p.split()) for p in body)
    credit = rng.choice(CREDITS).format(handle="desk" + str(i % 97), name=rng.choice(NAMES))
    lines = [
        "Select date", "", f"{MONTHS[month]} {year}", "Mon Tue Wed Thu Fri Sat Sun", "",
        f"{rng.choice(titles)} ({i})", "",
        f"{day}-{month + 1}-{year} < {rng.choice(OUTLETS)} {rng.randint(10, 999)} {words} words",
        " ", "", credit, "",
    ]
    for para in body:
        lines += [para, "", ""]
    lines += ["Print22", "0", ""]
    return "\n".join(lines)


def generate(out: Path, n: int, seed: int = 1) -> int:
    """Write ``n`` dumps below ``out``; return the bytes written."""
    titles, paragraphs = material()
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        folder = out / f"part{i // PER_FOLDER:03}"
        if i % PER_FOLDER == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data = make_dump(rng, i, titles, paragraphs).encode("utf-8")
        (folder / f"dump_{i:06}.txt").write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    total = generate(args.out, args.n, args.seed)
    print(f"{args.n} dumps, {total / args.n:.0f} bytes each on average, in {args.out}")


if __name__ == "__main__":
    main()
