"""The same inputs converted on an idle machine and on a busy one: byte-identical output.

usage: python bench/determinism.py [DIR ...] [--every K] [--loops N] [-j N] [--keep DIR]

Takes every K-th page and dump of each folder (default: the three development
corpora in ../shared/corpora, K = 10), adds pages built to be heavy (an
article followed by 300,000 small inline elements, which used to be declined
by a 10 s time budget on a busy machine; one just under and one just over the
element limit), and converts them all twice with
``newsclip parse IN -o OUT -j N --errors ERRORS``: once as the machine is, once
while N busy loops (default: two per core) spin.  It compares the two output
trees byte for byte, the failure lists and the exit codes, prints the wall
times and exits 1 on any difference.  Run it on an idle machine: the first run
is the reference.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsclip.html.tree import MAX_ELEMENTS

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
DEFAULT_DIRS = [CORPORA / name for name in ("readability", "l3s-gn1", "wcxb-dev")]

PROSE = (
    "The night ferry left the harbour an hour late, after a crane on the quay broke down "
    "while loading the last of the lorries, and the crossing took until dawn."
)


def heavy_page(inline: int) -> str:
    """An article of twelve paragraphs, then ``inline`` small inline elements."""
    article = "".join(f"<p>{i} {PROSE}</p>" for i in range(12))
    return (
        "<html><head><title>Night ferry late</title></head><body><article>"
        f"<h1>Night ferry late</h1>{article}</article>{'<span>x</span>' * inline}</body></html>"
    )


def sample(dirs: list[Path], every: int, into: Path) -> int:
    """Copy every ``every``-th input of each folder below ``into``; return how many."""
    count = 0
    for folder in dirs:
        names = sorted(p for p in folder.iterdir()
                       if p.name.endswith((".txt", ".html", ".html.gz")))
        target = into / folder.name
        target.mkdir(parents=True)
        for path in names[::every]:
            shutil.copyfile(path, target / path.name)
            count += 1
    heavy = into / "heavy"
    heavy.mkdir()
    (heavy / "article_then_300k_inline.html").write_text(heavy_page(300_000), encoding="utf-8")
    # html, head, title, body, article, h1 and the twelve paragraphs: 18 elements
    (heavy / "at_the_element_limit.html").write_text(
        heavy_page(MAX_ELEMENTS - 18), encoding="utf-8")
    (heavy / "over_the_element_limit.html").write_text(
        heavy_page(MAX_ELEMENTS - 17), encoding="utf-8")
    return count + 3


def convert(src: Path, out: Path, jobs: int) -> tuple[int, float]:
    """Run the CLI over ``src``; return its exit code and wall time."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "newsclip", "parse", str(src), "-o", str(out), "-j", str(jobs),
         "--errors", f"{out}.errors.jsonl", "-q"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return proc.returncode, time.perf_counter() - start


def busy_loops(n: int) -> list[subprocess.Popen[bytes]]:
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(n)]


def differences(a: Path, b: Path) -> list[str]:
    """Files that differ, or are only on one side, below ``a`` and ``b``."""
    found: list[str] = []
    stack = [filecmp.dircmp(a, b)]
    while stack:
        cmp = stack.pop()
        found += [f"only in {cmp.left}: {n}" for n in cmp.left_only]
        found += [f"only in {cmp.right}: {n}" for n in cmp.right_only]
        _same, diff, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files,
                                               shallow=False)
        found += [f"differs: {Path(cmp.left, n)}" for n in diff + errors]
        stack.extend(cmp.subdirs.values())
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    ap.add_argument("--every", type=int, default=10, help="take every K-th input (default 10)")
    ap.add_argument("--loops", type=int, default=2 * (os.cpu_count() or 1),
                    help="busy loops for the second run (default: two per core)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="work in this folder and leave it")
    args = ap.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsclip-determinism-"))
    try:
        src = work / "in"
        n = sample(args.dirs, args.every, src)
        print(f"{n} inputs ({', '.join(d.name for d in args.dirs)}, every {args.every}th, "
              "and 3 heavy pages); -j", args.jobs)
        idle_code, idle_time = convert(src, work / "idle", args.jobs)
        print(f"idle:               exit {idle_code}, {idle_time:.1f} s")
        loops = busy_loops(args.loops)
        try:
            time.sleep(1.0)  # let them take the cores
            busy_code, busy_time = convert(src, work / "busy", args.jobs)
        finally:
            for proc in loops:
                proc.kill()
                proc.wait()
        print(f"{args.loops} busy loops:      exit {busy_code}, {busy_time:.1f} s "
              f"({busy_time / idle_time:.1f}× the idle run)")
        diff = differences(work / "idle", work / "busy")
        errors_same = filecmp.cmp(f"{work / 'idle'}.errors.jsonl",
                                  f"{work / 'busy'}.errors.jsonl", shallow=False)
        records = sum(1 for _ in (work / "idle").rglob("*.json"))
        failures = sum(1 for _ in open(f"{work / 'idle'}.errors.jsonl", encoding="utf-8"))
        print(f"{records} records and {failures} failures: "
              + ("byte-identical" if not diff and errors_same and idle_code == busy_code
                 else "DIFFERENT"))
        for line in diff[:20]:
            print("  " + line)
        if not errors_same:
            print("  the failure lists differ")
        return 0 if not diff and errors_same and idle_code == busy_code else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
