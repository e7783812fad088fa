"""The tune pages whose HTML date is wrong or missing, and where their true date is written.

usage: python bench/date_misses.py CORPUS_DIR [-j N] [--all]

For every tune document (``scoring.split_of``; never the validation split) whose truth
has a ``published`` date and whose record (from the saved HTML page) gives another day
or none, it prints our day, its source (``published_source``) and raw text, the truth's
day, and the places of the page that write the true day:

  ld-published / ld-modified   a JSON-LD ``datePublished`` (or ``dateCreated``) /
                               ``dateModified``, of any object (an article's, a WebPage's)
  meta:KEY                     a meta tag's content
  time                         a ``<time>`` element (its datetime, else its text)
  url                          the page's own address (canonical, else og:url)
  text                         the page's text (script and style left out), in any
                               shape ``newsclip.dates`` reads, day or month first
  nowhere                      none of these: the truth is not on the page

Then a count of the misses by our source and by the first place the truth is written
(in the order above): the kinds of page worth a rule, and the ones the truth limits.
With ``--all``, the pages we date right are counted too.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import lxml.html

import newsclip
from newsclip.dates import ISO_DATE, NAMED_DATE, NUMERIC_DATE, parse_date
from newsclip.html.date_search import url_date

sys.path.insert(0, str(Path(__file__).resolve().parent))
import accuracy  # the corpus reader
from scoring import split_of

_LD = re.compile(r'"date(Published|Created|Modified)"\s*:\s*"([^"]{6,40})"')
_STATE: dict = {}


def _init(corpus: Path, truth: dict) -> None:
    _STATE.update(corpus=corpus, truth=truth)


def _days(text: str) -> set[str]:
    """Every day ``text`` writes whole, its numeric dates read both ways."""
    out = set()
    for pattern in (ISO_DATE, NAMED_DATE, NUMERIC_DATE):
        for m in pattern.finditer(text):
            for dayfirst in (True, False):
                value = parse_date(m.group(0), dayfirst=dayfirst)
                if value is not None:
                    out.add(value.isoformat()[:10])
    return out


def _places(data: bytes, day: str) -> list[str]:
    """The places of the page that write ``day`` (the module's list, in its order)."""
    html = data.decode("utf-8", "replace")
    places = []
    for kind, value in _LD.findall(html):
        name = "ld-modified" if kind == "Modified" else "ld-published"
        if day in _days(value) and name not in places:
            places.append(name)
    try:
        root = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return places or ["nowhere"]
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "?").lower()
        if day in _days(meta.get("content") or "") and f"meta:{key}" not in places:
            places.append(f"meta:{key}")
    for el in root.iter("time"):
        if day in _days(el.get("datetime") or el.text_content()):
            places.append("time")
            break
    canonical = next((el.get("href") for el in root.iter("link")
                      if "canonical" in (el.get("rel") or "").split()), None)
    found = url_date(canonical)
    if found is not None and found.value.isoformat()[:10] == day:
        places.append("url")
    for el in list(root.iter("script", "style", "noscript", "template")):
        if el.getparent() is not None:
            el.drop_tree()
    if day in _days(" ".join(root.text_content().split())):
        places.append("text")
    return places or ["nowhere"]


def _one(doc_id: str) -> tuple[str, dict | None]:
    truth = _STATE["truth"][doc_id]["published"][:10]
    data = accuracy._read(_STATE["corpus"], doc_id, "html")
    if data is None:
        return doc_id, None
    try:
        record = newsclip.parse(data, input_format="html")
        ours, source, raw = (record.published.isoformat()[:10] if record.published else "",
                             record.published_source, record.published_raw)
    except newsclip.NewsclipError as exc:
        ours, source, raw = "", f"failed ({type(exc).__name__})", None
    out = {"ours": ours, "source": source or "none", "raw": raw, "truth": truth, "ok": ours == truth}
    if not out["ok"]:
        out["places"] = _places(data, truth)
    return doc_id, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--all", action="store_true", help="count the right pages too")
    args = ap.parse_args()
    truth = json.loads((args.corpus / "truth.json").read_text())
    ids = sorted(i for i, t in truth.items() if t.get("published") and split_of(i) == "tune")
    with ProcessPoolExecutor(args.j, initializer=_init, initargs=(args.corpus, truth)) as ex:
        results = {i: r for i, r in ex.map(_one, ids, chunksize=8) if r is not None}
    kinds: Counter = Counter()
    for doc_id, r in results.items():
        if r["ok"]:
            kinds[(r["source"], "right")] += args.all
            continue
        kinds[(r["source"], r["places"][0])] += 1
        print(f"{doc_id}  {truth[doc_id].get('type', '-'):<13} ours {r['ours'] or '-':<10}"
              f" {r['source']:<8} {(r['raw'] or '')[:32]!r:<36} truth {r['truth']}"
              f"  {' '.join(r['places'])}")
    wrong = sum(not r["ok"] for r in results.values())
    print(f"-- {wrong} of {len(results)} tune pages dated wrong or not at all; by our source"
          " and the first place the truth is written:")
    for (source, place), n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        if n:
            print(f"  {n:4d}  {source:<10} {place}")


if __name__ == "__main__":
    main()
