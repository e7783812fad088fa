"""Measure newsclip's accuracy on a corpus folder in the ../shared/corpora layout.

usage: python bench/accuracy.py CORPUS_DIR [--kind txt|html] [--split all|tune|validation]
       [--by-type] [--by-lang] [--peer] [--show N] [--learn] [-j N] [--save FILE]

Runs newsclip (the library) over every ``<id>.txt`` (or ``<id>.html``, or
the same with ``.gz``) named in ``CORPUS_DIR/truth.json`` and prints body
precision, recall and F1 (4-word shingles, averaged per document), the title
and date exact-match rates, the byline match count, the url exact-match rate (where
the truth names the page's address), and the N worst
documents by body F1; where the truth lists snippets the page must have
("with") and must not have ("without"), as a peer's test suite does, the
share of them the text passes.  A document that fails to parse (or is missing) counts
as an empty prediction.  ``--learn`` first learns the batch's repeated lines
(``Boilerplate.learn``) from all the corpus's files, as a batch run over the
folder would.

Every corpus is split once, by a hash of the document id, into a tune part
(about 70%: read its pages, design rules from them) and a validation part
(about 30%: judge changes on it, never open its pages one by one); see
``scoring.split_of``.  The figures are printed for all documents, then for
each part.  ``--show`` lists only tune documents.  ``--by-type`` breaks the
figures down by the truth's page ``type`` (wcxb-dev), ``--by-lang`` by
language (the truth's ``lang``, else the one py3langid reads in the truth's
body).  ``--peer`` runs trafilatura on the same inputs (the HTML page as it
is; a text dump wrapped line by line in ``<p>``) and prints its figures
beside ours; its results are cached under ``bench/.cache/``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import os
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import newsclip
from newsclip.decode import decode
from newsclip.text.boilerplate import Boilerplate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import (
    Match,
    body_score,
    byline_matches,
    byline_scored,
    date_in_text,
    date_matches,
    match,
    norm_byline,
    split_of,
    title_in_text,
    title_matches,
)

CACHE = Path(__file__).resolve().parent / ".cache"


@dataclass(frozen=True, slots=True)
class Doc:
    """One document's scores (None where the truth has no such field)."""

    doc_id: str
    body: Match | None
    title: bool | None
    date: bool | None
    byline: bool | None
    title_reach: bool | None
    date_reach: bool | None
    failure: str | None
    #: the record's url is the truth's, character for character (None: the truth has none)
    url: bool | None = None
    #: the truth's must-have ("with") and must-not-have ("without") snippets that pass
    snippets: tuple[int, int] = (0, 0)
    #: on a page whose truth says it has no byline: the record gives one anyway (a name
    #: taken from a heading, a menu or a comment); None where the truth says nothing
    byline_unasked: bool | None = None


def _read(corpus: Path, doc_id: str, kind: str) -> bytes | None:
    for name in (f"{doc_id}.{kind}", f"{doc_id}.{kind}.gz"):
        try:
            data = (corpus / name).read_bytes()
        except OSError:
            continue
        return gzip.decompress(data) if name.endswith(".gz") else data
    return None


def _score(doc_id: str, t: dict, record: dict | None, text: str, failure: str | None) -> Doc:
    record = record or {}
    title = title_reach = date = date_reach = byline = None
    if t.get("title"):
        title = title_matches(t["title"], record.get("title"))
        title_reach = title_in_text(t["title"], text)
    if t.get("published"):
        date = date_matches(t["published"], record.get("published"))
        date_reach = date_in_text(t["published"], text)
    if byline_scored(t.get("byline")):
        byline = byline_matches(t["byline"], record.get("byline"))
    body = match(t["body"], record.get("text")) if "body" in t else None
    url = record.get("url") == t["url"] if t.get("url") else None
    unasked = None
    if "byline" in t and not byline_scored(t["byline"]):
        unasked = bool(norm_byline(record.get("byline")))
    return Doc(doc_id, body, title, date, byline, title_reach, date_reach, failure, url,
               snippets(t, record.get("text")), unasked)


def _squash(text: str) -> str:
    return " ".join(text.split())


def snippets(t: dict, text: str | None) -> tuple[int, int]:
    """(passed, total) of the truth's snippets: each "with" string must be in the
    text, each "without" string must not (white space aside), as a
    peer's suite of must-have and must-not-have strings checks."""
    out = _squash(text or "")
    passed = total = 0
    for key, wanted in (("with", True), ("without", False)):
        for s in t.get(key) or ():
            if s and s.strip():
                total += 1
                passed += (_squash(s) in out) == wanted
    return passed, total


# the worker's state: set once per process by _init
_STATE: dict = {}


def _init(corpus: Path, kind: str, boilerplate: Boilerplate | None, truth: dict) -> None:
    _STATE.update(corpus=corpus, kind=kind, boilerplate=boilerplate, truth=truth)


def _ours(doc_id: str) -> Doc:
    corpus, kind, truth = _STATE["corpus"], _STATE["kind"], _STATE["truth"]
    data = _read(corpus, doc_id, kind)
    record, failure = None, None
    if data is None:
        failure = "missing file"
    else:
        try:
            record = newsclip.parse(
                data, path=doc_id, input_format="text" if kind == "txt" else "html",
                boilerplate=_STATE["boilerplate"],
            ).to_dict()
        except Exception as exc:  # a crash scores as an empty prediction, and is listed
            failure = f"{type(exc).__name__}: {exc}"
    text = _input_text(data) if kind == "txt" else ""
    return _score(doc_id, truth[doc_id], record, text, failure)


def _peer_record(doc_id: str) -> tuple[str, dict | None]:
    """trafilatura's title, date, byline and text for one document (None if it gave nothing)."""
    import trafilatura

    corpus, kind = _STATE["corpus"], _STATE["kind"]
    data = _read(corpus, doc_id, kind)
    if data is None:
        return doc_id, None
    if kind == "txt":
        lines = _input_text(data).splitlines()
        data = ("<html><body>" + "".join(f"<p>{html.escape(ln)}</p>" for ln in lines if ln.strip())
                + "</body></html>").encode()
    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True)
    except Exception:  # noqa: BLE001 - any failure of the other tool is an empty prediction
        return doc_id, None
    if doc is None:
        return doc_id, None
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return doc_id, {"title": d.get("title"), "published": d.get("date"),
                    "byline": d.get("author"), "text": d.get("text")}


def _peer(corpus: Path, kind: str, truth: dict, jobs: int) -> list[Doc]:
    import trafilatura

    key = hashlib.sha256(f"{corpus.resolve()}|{kind}|{trafilatura.__version__}".encode())
    cache = CACHE / f"trafilatura-{key.hexdigest()[:16]}.json"
    try:
        records = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        records = {}
    todo = [d for d in truth if d not in records]
    if todo:
        with ProcessPoolExecutor(jobs, initializer=_init,
                                 initargs=(corpus, kind, None, truth)) as pool:
            for doc_id, rec in pool.map(_peer_record, todo, chunksize=8):
                records[doc_id] = rec
        CACHE.mkdir(exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps(records), encoding="utf-8")
        os.replace(tmp, cache)
    docs = []
    for doc_id, t in truth.items():
        text = _input_text(_read(corpus, doc_id, kind)) if kind == "txt" else ""
        rec = records.get(doc_id)
        docs.append(_score(doc_id, t, rec, text, None if rec else "no result"))
    return docs


def _lang(t: dict) -> str:
    if t.get("lang"):
        return str(t["lang"])[:2].lower()
    try:
        import py3langid
    except ImportError:
        return "?"
    return py3langid.classify(t.get("body") or t.get("title") or "")[0]


def _summary(docs: list[Doc], kind: str) -> list[str]:
    body = body_score([d.body for d in docs if d.body is not None])
    out = [f"body  precision {body.precision:.3f}  recall {body.recall:.3f}  F1 {body.f1:.3f}"
           f"  ({body.documents} documents)"]
    titles = [d for d in docs if d.title is not None]
    dates = [d for d in docs if d.date is not None]
    bylines = [d.byline for d in docs if d.byline is not None]
    if titles:
        reach = _reach([(d.title_reach, d.title) for d in titles]) if kind == "txt" else ""
        out.append(f"title exact {sum(d.title for d in titles) / len(titles):.3f}"
                   f" of {len(titles)}{reach}")
    if dates:
        reach = _reach([(d.date_reach, d.date) for d in dates]) if kind == "txt" else ""
        out.append(f"date  exact {sum(d.date for d in dates) / len(dates):.3f}"
                   f" of {len(dates)}{reach}")
    if bylines:
        out.append(f"byline match {sum(bylines)} of {len(bylines)}"
                   f" ({sum(bylines) / len(bylines):.3f})")
    unasked = [d.byline_unasked for d in docs if d.byline_unasked is not None]
    if unasked:
        out.append(f"byline given where the truth has none: {sum(unasked)} of {len(unasked)}")
    urls = [d.url for d in docs if d.url is not None]
    if urls:
        out.append(f"url   exact {sum(urls) / len(urls):.3f} of {len(urls)}")
    total = sum(d.snippets[1] for d in docs)
    if total:
        passed = sum(d.snippets[0] for d in docs)
        whole = sum(1 for d in docs if d.snippets[1] and d.snippets[0] == d.snippets[1])
        out.append(f"snippets {passed} of {total} pass ({passed / total:.3f});"
                   f" all pass on {whole} of {sum(1 for d in docs if d.snippets[1])} pages")
    return out


def _table(groups: dict[str, list[Doc]], peer: dict[str, list[Doc]] | None) -> list[str]:
    """One line per group: documents, body F1, title, date, byline (peer in brackets)."""
    def cells(docs: list[Doc]) -> list[str]:
        body = body_score([d.body for d in docs if d.body is not None])
        row = [f"{body.f1:.3f}"]
        for field in ("title", "date", "byline"):
            vals = [getattr(d, field) for d in docs if getattr(d, field) is not None]
            row.append(f"{sum(vals) / len(vals):.3f}" if vals else "-")
        return row

    out = [f"  {'group':<24} {'docs':>5}  {'body F1':>15} {'title':>15} {'date':>15}"
           f" {'byline':>15}"]
    for name in sorted(groups):
        ours = cells(groups[name])
        theirs = cells(peer[name]) if peer else None
        vals = [f"{o} ({p})" if theirs else o for o, p in zip(ours, theirs or ours)]
        out.append(f"  {name:<24} {len(groups[name]):>5}  " + " ".join(f"{v:>15}" for v in vals))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="folder with truth.json and <id>.txt / <id>.html")
    ap.add_argument("--kind", choices=("txt", "html"), default="txt")
    ap.add_argument("--split", choices=("all", "tune", "validation"), default="all",
                    help="score only one part of the corpus (default: all, and each part)")
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="list the N worst tune documents")
    ap.add_argument(
        "--learn", action="store_true", help="learn repeated lines over the corpus first"
    )
    ap.add_argument("--by-type", action="store_true", help="figures by the truth's page type")
    ap.add_argument("--by-lang", action="store_true", help="figures by language")
    ap.add_argument("--peer", action="store_true", help="trafilatura on the same inputs")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    ap.add_argument("--save", type=Path, help="write each document's scores to this JSON file"
                    " (with --peer, trafilatura's beside them)")
    args = ap.parse_args(argv)

    try:
        truth = json.loads((args.corpus / "truth.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"accuracy: {args.corpus}: cannot read truth.json: {exc}", file=sys.stderr)
        return 1
    if args.split != "all":
        truth = {d: t for d, t in truth.items() if split_of(d) == args.split}

    boilerplate = None
    if args.learn:
        texts = []
        for doc_id in json.loads((args.corpus / "truth.json").read_text(encoding="utf-8")):
            data = _read(args.corpus, doc_id, args.kind)
            if data is not None:
                try:
                    texts.append(decode(data)[0])
                except newsclip.NewsclipError:
                    pass
        boilerplate = Boilerplate.learn(texts)

    started = time.perf_counter()
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs, initializer=_init,
                                 initargs=(args.corpus, args.kind, boilerplate, truth)) as pool:
            docs = list(pool.map(_ours, list(truth), chunksize=8))
    else:
        _init(args.corpus, args.kind, boilerplate, truth)
        docs = [_ours(doc_id) for doc_id in truth]
    elapsed = time.perf_counter() - started
    peer = _peer(args.corpus, args.kind, truth, args.jobs) if args.peer else None

    print(f"corpus {args.corpus} ({args.kind}, {len(truth)} documents"
          f"{', batch-learned lines' if args.learn else ''}"
          f"{'' if args.split == 'all' else ', ' + args.split + ' split'})")
    for line in _summary(docs, args.kind):
        print(line)
    failures = [(d.doc_id, d.failure) for d in docs if d.failure]
    print(f"parse failures {len(failures)}; {len(truth) / elapsed:.0f} documents/s")
    for doc_id, reason in failures[: max(args.show, 5)]:
        print(f"  failed {doc_id}: {reason}")
    shown = sorted((d.body.f1, d.doc_id, d.body) for d in docs
                   if d.body is not None and split_of(d.doc_id) == "tune")
    for f1, doc_id, m in shown[: args.show]:
        print(f"  worst {doc_id}: F1 {f1:.2f}  tp {m.tp} fp {m.fp} fn {m.fn}")

    groups: dict[str, dict[str, list[Doc]]] = defaultdict(lambda: defaultdict(list))
    peer_groups: dict[str, dict[str, list[Doc]]] = defaultdict(lambda: defaultdict(list))
    for i, d in enumerate(docs):
        t = truth[d.doc_id]
        keys = {"split": split_of(d.doc_id)}
        if args.by_type:
            keys["type"] = f"{split_of(d.doc_id)}/{t.get('type', '?')}"
        if args.by_lang:
            keys["lang"] = f"{split_of(d.doc_id)}/{_lang(t)}"
        for table, key in keys.items():
            groups[table][key].append(d)
            if peer:
                peer_groups[table][key].append(peer[i])
    if args.split == "all":
        for part in ("tune", "validation"):
            print(f"-- {part} split ({len(groups['split'][part])} documents)")
            for line in _summary(groups["split"][part], args.kind):
                print(line)
    if peer:
        print("-- trafilatura on the same inputs" + (" (each line wrapped in <p>)"
                                                     if args.kind == "txt" else ""))
        for line in _summary(peer, args.kind):
            print(line)
    for table in ("split", "type", "lang"):
        if table in groups and (peer or table != "split"):
            print(f"-- by {table}" + (": newsclip (trafilatura)" if peer else ""))
            for line in _table(groups[table], peer_groups.get(table) if peer else None):
                print(line)
    if args.save:
        def saved(d: Doc) -> dict:
            return {
                "f1": d.body.f1 if d.body else None,
                "body": [d.body.tp, d.body.fp, d.body.fn] if d.body else None,
                "title": d.title, "date": d.date, "byline": d.byline, "url": d.url,
                "byline_unasked": d.byline_unasked,
                "failure": d.failure, "snippets": d.snippets}

        # with --peer, trafilatura's scores of the same page beside ours ("peer")
        args.save.write_text(json.dumps({d.doc_id: {
            **saved(d), **({"peer": saved(peer[i])} if peer else {})}
            for i, d in enumerate(docs)}, indent=1), encoding="utf-8")
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
