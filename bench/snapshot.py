"""Record what newsclip makes of every text dump in corpus folders, and compare.

usage: python bench/snapshot.py save SNAPSHOT.json DIR [DIR ...] [--learn]
       python bench/snapshot.py check SNAPSHOT.json DIR [DIR ...] [--learn]

For every ``*.txt`` in each DIR it keeps ``newsclip.parse(data,
input_format="text").to_dict()`` (or the error's code and message).  ``save``
writes them to SNAPSHOT.json; ``check`` parses again and lists the files whose
record changed, field by field, and exits 1 when any did.  It guards changes
meant to leave the output alone (a faster reader).  ``--learn`` also learns
each folder's repeated lines first (``Boilerplate.learn``), as a batch run
does, and records that run too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import newsclip
from newsclip.decode import decode
from newsclip.text.boilerplate import Boilerplate


def _one(data: bytes, name: str, boilerplate: Boilerplate | None) -> Any:
    try:
        record = newsclip.parse(data, path=name, input_format="text", boilerplate=boilerplate)
    except newsclip.NewsclipError as exc:
        return {"error": exc.code, "message": str(exc)}
    return record.to_dict()


def records(dirs: list[Path], learn: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for folder in dirs:
        paths = sorted(folder.glob("*.txt"))
        raw = {p: p.read_bytes() for p in paths}
        runs: list[tuple[str, Boilerplate | None]] = [("", None)]
        if learn:
            texts = []
            for data in raw.values():
                try:
                    texts.append(decode(data)[0])
                except newsclip.NewsclipError:
                    pass
            runs.append(("learned:", Boilerplate.learn(texts)))
        for prefix, boilerplate in runs:
            for p, data in raw.items():
                key = f"{prefix}{folder.name}/{p.name}"
                out[key] = _one(data, p.name, boilerplate)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=("save", "check"))
    ap.add_argument("snapshot", type=Path)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--learn", action="store_true", help="also run with batch-learned lines")
    args = ap.parse_args(argv)

    now = records(args.dirs, args.learn)
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
        fields = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        print(f"{key}: {', '.join(fields)}")
    print(f"{changed} of {len(now)} records changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
