"""The duplicate pass on 10,000 and 100,000 records: time and peak memory, next to a floor.

usage: python bench/duplicates.py [--sizes 10000 100000] [--corpus DIR ...]

Records are made from the article texts of the development corpora
(``truth.json`` of ../shared/corpora/*): each record joins three paragraphs
drawn at random from different articles, every eighth word swapped for
another article's (so the records are distinct, as a real batch's are), and
one record in ten is a near-copy of an earlier one,
edited as outlets edit wire copy (a word changed, the last paragraph cut, a
dateline added).  For each size, in CPU seconds:

  signatures  ``duplicates.signature`` of every text (done in the worker
              processes during a batch, so it is spread over ``-j``);
  pass        ``Duplicates.add`` for every record in input order (the main
              process's share);
  floor       exact duplicates found with a dict of each text's hash (the
              least a duplicate pass costs).

Peak memory is the peak of what Python's allocator holds for the pass
(tracemalloc, in a second run of the pass), and per record.  It also prints how many of the planted near-copies
were found (recall) and how many others were marked (false marks).  The
time and memory per record should stay flat from 10,000 to 100,000: the
pass grows with the batch, not with its square.  Figures only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsclip.duplicates import DEFAULT_THRESHOLD, Duplicates, signature  # noqa: E402
from newsclip.record import RecordRef  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"


def paragraphs(corpora: list[Path]) -> list[list[str]]:
    """Each article's paragraphs (of at least 8 words)."""
    out = []
    for corpus in corpora:
        truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
        for value in (truth.values() if isinstance(truth, dict) else truth):
            body = value.get("body") or value.get("text") or "" if isinstance(value, dict) else ""
            if isinstance(body, list):
                body = "\n\n".join(body)
            paras = [p.strip() for p in body.split("\n") if len(p.split()) >= 8]
            if len(paras) >= 2:
                out.append(paras)
    return out


def records(n: int, articles: list[list[str]], seed: int = 15):
    """(text, planted): planted is the index of the earlier record a near-copy copies."""
    rng = random.Random(seed)
    made: list[list[str]] = []
    for i in range(n):
        if i >= 10 and rng.random() < 0.1:
            j = rng.randrange(i - min(i, 5000), i)  # a copy of a record up to 5,000 back
            copy = list(made[j])
            edit = rng.randrange(3)
            if edit == 0:
                words = copy[1].split()
                words[rng.randrange(len(words))] = "indeed"
                copy[1] = " ".join(words)
            elif edit == 1:
                copy = copy[:-1] if len(copy) > 2 else copy
            else:
                copy[0] = "LONDON (Wire) - " + copy[0]
            made.append(copy)
            yield "\n\n".join(copy), j
        else:
            # three paragraphs of three articles, every eighth word swapped for another
            # article's: paragraphs are drawn again and again, records must still differ
            picked = []
            for a in rng.sample(articles, 3):
                words = rng.choice(a).split()
                other = rng.choice(rng.choice(articles)).split()
                for k in range(rng.randrange(8), len(words), 8):
                    words[k] = rng.choice(other)
                picked.append(" ".join(words))
            made.append(picked)
            yield "\n\n".join(picked), None


def run(n: int, articles: list[list[str]], threshold: float) -> dict[str, float]:
    sigs, planted, hashes = [], [], []
    start = time.process_time()
    for text, copy_of in records(n, articles):
        sigs.append(signature(text))
        planted.append(copy_of)
        hashes.append(hash(text))
    t_sig = time.process_time() - start
    start = time.process_time()
    seen_exact: dict[int, int] = {}
    for i, h in enumerate(hashes):
        seen_exact.setdefault(h, i)
    t_floor = time.process_time() - start
    seen = Duplicates(threshold)
    start = time.process_time()
    marked = [seen.add(RecordRef(None, i), sig) for i, sig in enumerate(sigs)]
    t_pass = time.process_time() - start
    del seen
    # the memory of the pass, again under tracemalloc (which slows it): what the index and
    # the kept signatures hold at the end, counted by Python's allocator
    tracemalloc.start()
    seen = Duplicates(threshold)
    for i, sig in enumerate(sigs):
        seen.add(RecordRef(None, i), sig)
    grown = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    del seen
    found = sum(1 for m, p in zip(marked, planted) if m is not None and p is not None)
    false = sum(1 for m, p in zip(marked, planted) if m is not None and p is None)
    planted_n = sum(p is not None for p in planted)
    return {"n": n, "sig": t_sig, "pass": t_pass, "floor": t_floor, "mb": grown,
            "recall": found / max(1, planted_n), "false": false, "planted": planted_n}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--corpus", type=Path, nargs="*", default=None)
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = ap.parse_args(argv)
    corpora = args.corpus or sorted(p for p in CORPORA.iterdir() if (p / "truth.json").exists())
    articles = paragraphs(corpora)
    print(f"{len(articles)} articles from {', '.join(c.name for c in corpora)}; "
          f"threshold {args.threshold}")
    print(f"{'records':>9}{'signatures':>12}{'µs/rec':>8}{'pass':>8}{'µs/rec':>8}"
          f"{'x floor':>9}{'peak MB':>9}{'B/rec':>7}{'recall':>8}{'false':>7}")
    for n in args.sizes:
        r = run(n, articles, args.threshold)
        print(f"{n:>9,}{r['sig']:>11.1f}s{r['sig'] / n * 1e6:>8.0f}{r['pass']:>7.1f}s"
              f"{r['pass'] / n * 1e6:>8.0f}{r['pass'] / max(r['floor'], 1e-9):>9.0f}"
              f"{r['mb']:>9.1f}{r['mb'] * 2**20 / n:>7.0f}{r['recall']:>8.3f}{r['false']:>7}")
    print("(CPU seconds; signatures are computed by the workers during a batch; peak MB: "
          "tracemalloc's peak over the pass)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
