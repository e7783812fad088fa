"""Record what newsclip makes of every dump and page in folders, and compare.

usage: python bench/snapshot.py save SNAPSHOT.json DIR [DIR ...] [--learn] [--explain] [-j N]
       python bench/snapshot.py check SNAPSHOT.json DIR [DIR ...] [--learn] [--explain] [-j N]

For every ``*.txt``, ``*.html`` and ``*.html.gz`` in each DIR (and its
subfolders) it keeps ``newsclip.parse(data, input_format=...).to_dict()``
(or the error's code and message); text dumps are read as text, pages as
HTML.  ``--explain`` also keeps ``newsclip.explain`` of each file.  ``save``
writes them to SNAPSHOT.json; ``check`` parses again and lists the files
whose record changed, field by field, and exits 1 when any did.  It guards
changes meant to leave the output alone (a restructuring, a faster reader).
``--learn`` also learns each folder's repeated lines first
(``Boilerplate.learn``), as a batch run does, and records that run too.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import newsclip
from newsclip.decode import decode
from newsclip.text.boilerplate import Boilerplate

_SUFFIXES = (".txt", ".html", ".html.gz", ".htm")


def _kind(path: Path) -> str | None:
    name = path.name
    if name.endswith(".txt"):
        return "text"
    if name.endswith((".html", ".html.gz", ".htm")):
        return "html"
    return None


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def _one(job: tuple[str, str, str, Boilerplate | None, bool]) -> tuple[str, Any]:
    key, path, fmt, boilerplate, explain = job
    data = _read(Path(path))
    name = Path(path).name
    try:
        out: Any = newsclip.parse(
            data, path=name, input_format=fmt, boilerplate=boilerplate
        ).to_dict()
    except newsclip.NewsclipError as exc:
        out = {"error": exc.code, "message": str(exc)}
    if explain:
        try:
            rows = newsclip.explain(data, path=name, input_format=fmt)
            out = {"record": out, "explain": [[r.line, r.label, r.rule, r.text] for r in rows]}
        except newsclip.NewsclipError as exc:
            out = {"record": out, "explain": {"error": exc.code, "message": str(exc)}}
    return key, out


def records(dirs: list[Path], learn: bool, explain: bool = False, jobs: int = 1) -> dict[str, Any]:
    jobs_list: list[tuple[str, str, str, Boilerplate | None, bool]] = []
    for folder in dirs:
        paths = sorted(p for p in folder.rglob("*") if p.is_file() and _kind(p))
        runs: list[tuple[str, Boilerplate | None]] = [("", None)]
        if learn:
            texts = []
            for p in paths:
                if _kind(p) == "text":
                    try:
                        texts.append(decode(_read(p))[0])
                    except newsclip.NewsclipError:
                        pass
            runs.append(("learned:", Boilerplate.learn(texts)))
        for prefix, boilerplate in runs:
            for p in paths:
                if prefix and _kind(p) != "text":
                    continue
                key = f"{prefix}{folder.name}/{p.relative_to(folder).as_posix()}"
                jobs_list.append((key, str(p), _kind(p), boilerplate, explain and not prefix))
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            return dict(pool.map(_one, jobs_list, chunksize=16))
    return dict(map(_one, jobs_list))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=("save", "check"))
    ap.add_argument("snapshot", type=Path)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--learn", action="store_true", help="also run with batch-learned lines")
    ap.add_argument("--explain", action="store_true", help="also keep newsclip.explain's rows")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    args = ap.parse_args(argv)

    now = records(args.dirs, args.learn, args.explain, args.jobs)
    if args.action == "save":
        args.snapshot.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), "utf-8")
        print(f"saved {len(now)} records to {args.snapshot}")
        return 0
    before = json.loads(args.snapshot.read_text("utf-8"))
    changed = 0
    for key in sorted(set(before) | set(now)):
        a, b = before.get(key), now.get(key)
        if a == b:
            continue
        changed += 1
        if a is None or b is None:
            print(f"{key}: {'new' if a is None else 'gone'}")
            continue
        if "explain" in a and "explain" in b:
            parts = [p for p in ("record", "explain") if a[p] != b[p]]
            ra, rb = a["record"], b["record"]
        else:
            parts, ra, rb = [], a, b
        fields = sorted(k for k in set(ra) | set(rb) if ra.get(k) != rb.get(k))
        print(f"{key}: {', '.join(fields + [p for p in parts if p == 'explain'])}")
    print(f"{changed} of {len(now)} records changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
