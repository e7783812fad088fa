"""Write a WARC (and its WET) of real pages from the development corpora.

usage: python bench/make_warc.py OUT_DIR [--pages 10000] [--corpus DIR ...]

Takes every saved page of the corpora (``<id>.html`` or ``<id>.html.gz``, in
sorted order, corpus after corpus) and writes them, as a crawler would, to
``OUT_DIR/crawl.warc.gz``: for each page a ``request``, a ``response`` (the
page's bytes behind an HTTP header) and a ``metadata`` record, each its own
gzip member.  When the corpora hold fewer pages than ``--pages``, they are
taken again under another URL (``?copy=N``).  The URL is the page's own from
``truth.json`` where the corpus gives one (l3s-gn1, wcxb-dev), else
``https://<corpus>.invalid/<id>``.  ``OUT_DIR/crawl.warc.wet.gz`` holds one
``conversion`` record per page: the corpus's text dump of it (``<id>.txt``,
the page's visible text, as Common Crawl's WET holds it), where there is one.
Dates and record ids are fixed, so the same corpora give the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import io
import itertools
import json
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent.parent / "shared" / "corpora"
DATE = "2024-05-01T10:11:12Z"


def corpus_pages(folder: Path) -> list[tuple[str, Path, Path | None]]:
    """``(url, html path, text path or None)`` for each saved page of one corpus."""
    truth_file = folder / "truth.json"
    truth = json.loads(truth_file.read_text(encoding="utf-8")) if truth_file.is_file() else {}
    pages = []
    for path in sorted(folder.iterdir()):
        name = path.name
        if not (name.endswith(".html") or name.endswith(".html.gz")):
            continue
        doc = name.split(".html")[0]
        url = (truth.get(doc) or {}).get("url") or f"https://{folder.name}.invalid/{doc}"
        text = folder / f"{doc}.txt"
        pages.append((url, path, text if text.is_file() else None))
    return pages


def build(out: Path, pages: int, corpora: list[Path]) -> tuple[Path, Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    found = [p for folder in corpora for p in corpus_pages(folder)]
    if not found:
        raise SystemExit("no pages found in the corpora")
    out.mkdir(parents=True, exist_ok=True)
    warc_path, wet_path = out / "crawl.warc.gz", out / "crawl.warc.wet.gz"
    ids = itertools.count(1)

    def write(w, url, kind, payload=None, **fields):
        if payload is not None:
            fields["payload"] = io.BytesIO(payload)
            fields["length"] = len(payload)
        record = w.create_warc_record(url, kind, **fields)
        record.rec_headers.replace_header("WARC-Date", DATE)
        record.rec_headers.replace_header("WARC-Record-ID", f"<urn:uuid:{uuid.UUID(int=next(ids))}>")
        w.write_record(record)

    with open(warc_path, "wb") as warc_fh, open(wet_path, "wb") as wet_fh:
        warc, wet = WARCWriter(warc_fh, gzip=True), WARCWriter(wet_fh, gzip=True)
        for n in range(pages):
            url, html_path, text_path = found[n % len(found)]
            copy = n // len(found)
            if copy:
                url = f"{url}{'&' if '?' in url else '?'}copy={copy}"
            body = html_path.read_bytes()
            if html_path.name.endswith(".gz"):
                body = gzip.decompress(body)
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "corpus.invalid")],
                                       is_http_request=True)
            write(warc, url, "request", http_headers=request)
            response = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                        protocol="HTTP/1.1")
            write(warc, url, "response", body, http_headers=response)
            write(warc, url, "metadata", b"fetchTimeMs: 100\r\n",
                  warc_content_type="application/warc-fields")
            if text_path is not None:
                write(wet, url, "conversion", text_path.read_bytes(),
                      warc_content_type="text/plain")
    return warc_path, wet_path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--corpus", type=Path, action="append")
    args = ap.parse_args(argv)
    corpora = args.corpus or sorted(p for p in CORPORA.iterdir() if p.is_dir())
    warc_path, wet_path = build(args.out, args.pages, corpora)
    for path in (warc_path, wet_path):
        print(f"{path}: {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
