"""Each limit of newsclip next to the largest value a real page or dump reaches.

usage: python bench/limits.py [DIR ...] [-j N]

For every ``*.html``, ``*.html.gz`` and ``*.txt`` in the folders (default:
the three development corpora in ../shared/corpora) it measures what each
limit counts: the input's bytes; for a text dump its characters and
non-blank lines; for a page its elements, depth, nesting, text, text
nesting (``html.tree.page_size``), the most attributes on one tag and the
longest JSON-LD script; and the CPU time each input takes to read, beside
the safety valve.  It prints one row per limit with the largest
value found, where, and the headroom (limit / largest).  It exits 1 when an
input of the corpora is over a limit, or within 10 times of one: a limit
must sit well above every real page, so that it only ever stops hostile ones.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import newsclip
from newsclip.decode import MAX_INPUT_BYTES, MAX_TEXT_CHARS, MAX_TEXT_LINES, decode
from newsclip.html import tree as _tree
from newsclip.html.tree import MAX_ATTRIBUTES, MAX_DEPTH, MAX_JSON_LD, Deadline

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
DEFAULT_DIRS = [CORPORA / name for name in ("readability", "l3s-gn1", "wcxb-dev")]
#: a limit must stand at least this many times above the largest real value
HEADROOM = 10

# (name, limit, what is over it); the attribute cap and the nesting flatten are
# truncations, so a page may reach them without harm, and are reported only
LIMITS = (
    ("input bytes", MAX_INPUT_BYTES, "error"),
    ("text dump characters", MAX_TEXT_CHARS, "error"),
    ("text dump non-blank lines", MAX_TEXT_LINES, "error"),
    ("page elements", _tree.MAX_ELEMENTS, "error"),
    ("page text characters", _tree.MAX_PAGE_TEXT, "error"),
    ("page nesting (sum of depths)", _tree.MAX_NESTING, "error"),
    ("page text nesting", _tree.MAX_TEXT_NESTING, "error"),
    ("page depth", MAX_DEPTH, "flattened"),
    ("attributes on one tag", MAX_ATTRIBUTES, "dropped"),
    ("JSON-LD script characters", MAX_JSON_LD, "not read"),
    ("CPU seconds for one input", _tree.SAFETY_VALVE, "valve"),
)


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def measure(path_name: str) -> dict[str, float]:
    """Every counted value of one input."""
    path = Path(path_name)
    data = _read(path)
    values: dict[str, float] = {"input bytes": len(data)}
    kind = "text" if path.name.endswith(".txt") else "html"
    try:
        text, _encoding = decode(data)
        if kind == "html":
            root, _warnings, json_ld = _tree.parse(text, Deadline(None))
    except newsclip.NewsclipError:  # an empty file, a page that holds no document
        return values
    if kind == "text":
        values["text dump characters"] = len(text)
        values["text dump non-blank lines"] = sum(1 for ln in text.splitlines() if ln.strip())
    else:
        size = _tree.page_size(root)
        values.update({
            "page elements": size.elements,
            "page text characters": size.text,
            "page nesting (sum of depths)": size.nesting,
            "page text nesting": size.text_nesting,
            "page depth": size.deepest,
            "attributes on one tag": max(
                (len(el.attrib) for el in root.iter() if isinstance(el.tag, str)), default=0
            ),
            "JSON-LD script characters": max(map(len, json_ld), default=0),
        })
    start = time.process_time()
    try:
        newsclip.parse(data, input_format=kind)
    except newsclip.NewsclipError:
        pass
    values["CPU seconds for one input"] = time.process_time() - start
    return values


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    ap.add_argument("-j", "--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    paths = sorted(
        str(p) for d in args.dirs for p in d.rglob("*")
        if p.name.endswith((".html", ".html.gz", ".txt"))
    )
    largest: dict[str, tuple[float, str]] = {}
    with ProcessPoolExecutor(args.jobs) as pool:
        for path, values in zip(paths, pool.map(measure, paths, chunksize=8)):
            where = f"{Path(path).parent.name}/{Path(path).name}"
            for name, value in values.items():
                if value > largest.get(name, (-1.0, ""))[0]:
                    largest[name] = (value, where)
    print(f"{len(paths)} inputs in {', '.join(d.name for d in args.dirs)}\n")
    print(f"| limit | value | beyond it | largest | where | headroom |")
    print("| --- | --- | --- | --- | --- | --- |")
    failed = False
    for name, limit, beyond in LIMITS:
        value, where = largest.get(name, (0, "-"))
        ratio = limit / value if value else float("inf")
        shown = f"{value:.2f}" if isinstance(value, float) and value < 100 else f"{value:,.0f}"
        print(f"| {name} | {limit:,} | {beyond} | {shown} | {where} | {ratio:,.0f}× |")
        if beyond == "error" and ratio < HEADROOM or beyond.startswith("valve") and ratio < HEADROOM:
            failed = True
    if failed:
        print(f"\nFAIL: a limit stands less than {HEADROOM}× above a real input", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
