"""Web archives for the tests, written with warcio's own writer (then broken on purpose).

Every page is invented: a story of a few paragraphs whose words carry its
number, so each page's record differs.
"""

from __future__ import annotations

import gzip
import io
import sys
import uuid
from collections.abc import Iterable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from warc import members  # noqa: E402  (the bench splits archives the same way)

DATE = "2024-05-01T10:11:12Z"


def page(n: int, *, words: str = "Dockers") -> str:
    """An article page: a headline, a date, a byline and prose paragraphs."""
    paragraphs = "".join(
        f"<p>{words} walked out again on day {n}.{i}, and the port’s cranes stood still "
        f"while talks between the union and the terminal's owners failed once more.</p>"
        for i in range(8)
    )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Harbour strike {n}</title>"
        f"<meta property='article:published_time' content='2024-04-30T08:00:00+02:00'></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><article>"
        f"<h1>Harbour strike {n}</h1><p class='byline'>By Ana Berg</p>{paragraphs}</article>"
        f"<footer>© Harbour Gazette</footer></body></html>"
    )


def dump(n: int) -> str:
    """A WET conversion: the page's text as Common Crawl extracts it, line by line."""
    lines = [f"Harbour strike {n}", "Home Sport", "By Ana Berg"]
    lines += [
        f"Dockers walked out again on day {n}.{i}, and the port’s cranes stood still "
        f"while talks between the union and the terminal's owners failed once more."
        for i in range(8)
    ]
    return "\n".join(lines) + "\n"


class Archive:
    """A WARC being written: add records, then take its bytes."""

    def __init__(self, *, gz: bool = True) -> None:
        self._buf = io.BytesIO()
        self._w = WARCWriter(self._buf, gzip=gz)
        self._ids = 0
        info = self._w.create_warcinfo_record("test.warc.gz", {"software": "t"})
        self._fix(info)
        self._w.write_record(info)

    def request(self, url: str) -> Archive:
        head = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        self._write(url, "request", http_headers=head)
        return self

    def response(
        self, url: str, body: bytes, content_type: str | None = "text/html; charset=utf-8",
        *, status: str = "200 OK", headers: Iterable[tuple[str, str]] = (),
    ) -> Archive:
        fields = [("Content-Type", content_type)] if content_type else []
        head = StatusAndHeaders(status, [*fields, *headers], protocol="HTTP/1.1")
        self._write(url, "response", payload=io.BytesIO(body), http_headers=head)
        return self

    def conversion(self, url: str, text: str) -> Archive:
        self._write(url, "conversion", payload=io.BytesIO(text.encode("utf-8")),
                    warc_content_type="text/plain")
        return self

    def metadata(self, url: str) -> Archive:
        self._write(url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\r\n"),
                    warc_content_type="application/warc-fields")
        return self

    def _write(self, url: str, kind: str, **fields) -> None:
        if "payload" in fields:
            # with the length given, warcio needs no temporary file (it leaks one otherwise)
            fields["length"] = fields["payload"].getbuffer().nbytes
        record = self._w.create_warc_record(url, kind, **fields)
        self._fix(record)
        self._w.write_record(record)

    def _fix(self, record) -> None:
        """Dates and record ids that are the same on every run, so the bytes are too."""
        self._ids += 1
        record.rec_headers.replace_header("WARC-Date", DATE)
        record.rec_headers.replace_header("WARC-Record-ID", f"<urn:uuid:{uuid.UUID(int=self._ids)}>")

    def bytes(self) -> bytes:
        return self._buf.getvalue()


def crawl(pages: int, *, gz: bool = True, start: int = 0) -> bytes:
    """A crawl of ``pages`` article pages, each with its request and metadata, and one image."""
    archive = Archive(gz=gz)
    for n in range(start, start + pages):
        url = f"https://example.org/news/{n}"
        archive.request(url).response(url, page(n).encode()).metadata(url)
        if n == start:
            archive.response("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
                             "image/png")
    return archive.bytes()


def wet(pages: int, *, start: int = 0) -> bytes:
    archive = Archive()
    for n in range(start, start + pages):
        archive.conversion(f"https://example.org/news/{n}", dump(n))
    return archive.bytes()


def regzip_whole(data: bytes) -> bytes:
    """The same archive compressed as one gzip stream, not record by record."""
    return gzip.compress(b"".join(gzip.decompress(m) for m in members(data)), mtime=0)
