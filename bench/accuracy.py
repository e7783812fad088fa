"""Measure newsclip's accuracy on a corpus folder in the ../shared/corpora layout.

usage: python bench/accuracy.py CORPUS_DIR [--kind txt|html] [--show N] [--learn]

Runs newsclip (the library, in this process) over every ``<id>.txt`` (or
``<id>.html``) named in ``CORPUS_DIR/truth.json`` and prints body precision,
recall and F1 (4-word shingles, averaged per document), the title and date
exact-match rates, the byline match count, and the N worst documents by body F1.  A document that
fails to parse (or is missing) counts as an empty prediction.  ``--learn``
first learns the batch's repeated lines (``Boilerplate.learn``) from all the
corpus's files, as a batch run over the folder would.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import newsclip
from newsclip.decode import decode
from newsclip.text.boilerplate import Boilerplate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import (
    body_score,
    byline_matches,
    byline_scored,
    date_in_text,
    date_matches,
    match,
    title_in_text,
    title_matches,
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="folder with truth.json and <id>.txt / <id>.html")
    ap.add_argument("--kind", choices=("txt", "html"), default="txt")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="list the N worst documents")
    ap.add_argument(
        "--learn", action="store_true", help="learn repeated lines over the corpus first"
    )
    args = ap.parse_args(argv)

    try:
        truth = json.loads((args.corpus / "truth.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"accuracy: {args.corpus}: cannot read truth.json: {exc}", file=sys.stderr)
        return 1
    fmt = "text" if args.kind == "txt" else "html"
    raw: dict[str, bytes | None] = {}
    for doc_id in truth:
        try:
            raw[doc_id] = (args.corpus / f"{doc_id}.{args.kind}").read_bytes()
        except OSError:
            raw[doc_id] = None

    boilerplate = None
    if args.learn:
        texts = []
        for data in raw.values():
            if data is not None:
                try:
                    texts.append(decode(data)[0])
                except newsclip.NewsclipError:
                    pass
        boilerplate = Boilerplate.learn(texts)

    matches, worst, failures = [], [], []
    titles: list[bool] = []
    dates: list[bool] = []
    bylines: list[bool] = []
    # (present in the input, matched) for the titles and dates a text dump spells out
    title_reach: list[tuple[bool, bool]] = []
    date_reach: list[tuple[bool, bool]] = []
    started = time.perf_counter()
    for doc_id, t in truth.items():
        data = raw[doc_id]
        record = None
        if data is None:
            failures.append((doc_id, "missing file"))
        else:
            try:
                record = newsclip.parse(
                    data, path=doc_id, input_format=fmt, boilerplate=boilerplate
                ).to_dict()
            except Exception as exc:  # a crash scores as an empty prediction, and is listed
                failures.append((doc_id, f"{type(exc).__name__}: {exc}"))
        record = record or {}
        if "body" in t:
            m = match(t["body"], record.get("text"))
            matches.append(m)
            worst.append((m.f1, doc_id, m))
        text = _input_text(data) if args.kind == "txt" else ""
        if t.get("title"):
            titles.append(title_matches(t["title"], record.get("title")))
            title_reach.append((title_in_text(t["title"], text), titles[-1]))
        if t.get("published"):
            dates.append(date_matches(t["published"], record.get("published")))
            date_reach.append((date_in_text(t["published"], text), dates[-1]))
        if byline_scored(t.get("byline")):
            bylines.append(byline_matches(t["byline"], record.get("byline")))
    elapsed = time.perf_counter() - started

    body = body_score(matches)
    print(f"corpus {args.corpus} ({args.kind}, {len(truth)} documents"
          f"{', batch-learned lines' if args.learn else ''})")
    print(f"body  precision {body.precision:.3f}  recall {body.recall:.3f}  F1 {body.f1:.3f}"
          f"  ({body.documents} documents)")
    if titles:
        print(f"title exact {sum(titles) / len(titles):.3f} of {len(titles)}"
              f"{_reach(title_reach) if args.kind == 'txt' else ''}")
    if dates:
        print(f"date  exact {sum(dates) / len(dates):.3f} of {len(dates)}"
              f"{_reach(date_reach) if args.kind == 'txt' else ''}")
    if bylines:
        print(f"byline match {sum(bylines)} of {len(bylines)}")
    print(f"parse failures {len(failures)}; {len(truth) / elapsed:.0f} documents/s")
    for doc_id, reason in failures[: max(args.show, 5)]:
        print(f"  failed {doc_id}: {reason}")
    for f1, doc_id, m in sorted(worst)[: args.show]:
        print(f"  worst {doc_id}: F1 {f1:.2f}  tp {m.tp} fp {m.fp} fn {m.fn}")
    return 0


def _input_text(data: bytes | None) -> str:
    if data is None:
        return ""
    try:
        return decode(data)[0]
    except newsclip.NewsclipError:
        return ""


def _reach(pairs: list[tuple[bool, bool]]) -> str:
    """The ceiling a text dump allows: how many truths it spells out, and how many of those matched."""
    present = [matched for found, matched in pairs if found]
    return (f"; spelled out in {len(present)} dumps (ceiling {len(present) / len(pairs):.3f}),"
            f" matched in {sum(present)} of them")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `| head` closed the pipe: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
