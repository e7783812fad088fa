"""Does batch learning help a folder of one site's pages?  Measure it site by site.

usage: python bench/learn_by_site.py CORPUS_DIR [--min-pages N] [--show N]

The corpora mix many sites, so a batch over a whole corpus mostly learns lines
that several sites happen to share.  This groups the corpus's text dumps by the
host of ``url`` in ``truth.json``, keeps the sites with at least N pages (3,
``MIN_DOCUMENTS``, by default), learns each site's repeated lines from its own
pages alone (``Boilerplate.learn`` with the batch-size floor lifted: a site has
fewer pages than ``MIN_BATCH``), and prints the body P/R/F1 and title matches of
those pages read alone and read with their site's lines, then the sites that
changed most.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

import newsclip
from newsclip.decode import decode
from newsclip.text.boilerplate import MIN_DOCUMENTS, Boilerplate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import Match, body_score, match, title_matches


def _read(data: bytes, boilerplate: Boilerplate | None) -> dict:
    try:
        return newsclip.parse(data, input_format="text", boilerplate=boilerplate).to_dict()
    except newsclip.NewsclipError:
        return {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--min-pages", type=int, default=MIN_DOCUMENTS)
    ap.add_argument("--show", type=int, default=5)
    args = ap.parse_args(argv)
    truth = json.loads((args.corpus / "truth.json").read_text(encoding="utf-8"))
    sites: dict[str, list[str]] = defaultdict(list)
    for doc_id, t in truth.items():
        host = urlparse(t.get("url") or "").netloc
        if host and "body" in t:
            sites[host].append(doc_id)
    alone: list[Match] = []
    learned: list[Match] = []
    titles = [0, 0, 0]  # matched alone, matched learned, titles scored
    rows = []
    for host, ids in sorted(sites.items()):
        if len(ids) < args.min_pages:
            continue
        data: dict[str, bytes] = {}
        texts = []
        for doc_id in ids:
            try:
                raw = (args.corpus / f"{doc_id}.txt").read_bytes()
                texts.append(decode(raw)[0])
            except (OSError, newsclip.NewsclipError):
                continue
            data[doc_id] = raw
        bp = Boilerplate.learn(texts, min_batch=0)
        a_site, b_site = [], []
        for doc_id in ids:
            t = truth[doc_id]
            a = _read(data[doc_id], None) if doc_id in data else {}
            b = _read(data[doc_id], bp) if doc_id in data else {}
            a_site.append(match(t["body"], a.get("text")))
            b_site.append(match(t["body"], b.get("text")))
            if t.get("title"):
                titles[0] += title_matches(t["title"], a.get("title"))
                titles[1] += title_matches(t["title"], b.get("title"))
                titles[2] += 1
        alone += a_site
        learned += b_site
        fa, fb = body_score(a_site).f1, body_score(b_site).f1
        rows.append((fb - fa, host, len(ids), fa, fb))
    if not rows:
        print(f"no site with {args.min_pages} pages or more")
        return 1
    a, b = body_score(alone), body_score(learned)
    print(f"corpus {args.corpus}: {len(rows)} sites with {args.min_pages}+ pages, "
          f"{len(alone)} documents")
    print(f"alone    body precision {a.precision:.3f}  recall {a.recall:.3f}  F1 {a.f1:.4f}"
          f"  title {titles[0]} of {titles[2]}")
    print(f"learned  body precision {b.precision:.3f}  recall {b.recall:.3f}  F1 {b.f1:.4f}"
          f"  title {titles[1]} of {titles[2]}")
    rows.sort()
    for delta, host, n, fa, fb in rows[: args.show] + rows[-args.show :]:
        if abs(delta) >= 0.0005:
            print(f"  {host}: {n} pages, F1 {fa:.3f} -> {fb:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
