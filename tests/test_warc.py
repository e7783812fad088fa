"""newsclip.warc: web archives read as one record per page, damage reported, the rest still read."""

from __future__ import annotations

import gzip
import io
from collections import Counter
from datetime import datetime, timezone

import pytest
from conftest import assert_valid
from warcio.archiveiterator import ArchiveIterator
from warcs import Archive, crawl, dump, members, page, regzip_whole, wet

from newsclip.warc import Capture, is_archive, read_archive


def captures(data: bytes, name: str = "crawl.warc.gz") -> list[Capture]:
    return list(read_archive(io.BytesIO(data), name=name))


def pages(caps: list[Capture]) -> list[str]:
    return [c.record.title for c in caps if c.record is not None]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.warc", True), ("a.warc.gz", True), ("A.WARC.GZ", True), ("a.warc.wet.gz", True),
     ("a.wet", True), ("a.html.gz", False), ("warc.txt", False), ("a.warc.gz.json", False)],
)
def test_is_archive(name: str, expected: bool) -> None:
    assert is_archive(name) is expected


@pytest.mark.parametrize("gz", [True, False], ids=["gzip", "plain"])
def test_one_record_per_page_the_rest_skipped_and_counted(gz: bool) -> None:
    caps = captures(crawl(3, gz=gz))
    assert pages(caps) == ["Harbour strike 0", "Harbour strike 1", "Harbour strike 2"]
    assert Counter(c.skipped for c in caps if c.skipped) == {
        "warcinfo": 1, "request": 3, "metadata": 3, "not-html": 1}
    assert not [c for c in caps if c.damage]
    # exactly one outcome per capture
    assert all(sum(x is not None for x in (c.record, c.skipped, c.damage)) == 1 for c in caps)


def test_a_page_says_where_it_came_from() -> None:
    data = crawl(2)
    caps = [c for c in captures(data) if c.record is not None]
    for n, cap in enumerate(caps):
        record = cap.record.to_dict()
        assert_valid(record)
        assert record["url"] == f"https://example.org/news/{n}"
        assert record["source"]["path"] == "crawl.warc.gz"
        assert record["source"]["format"] == "html"
        assert record["source"]["captured"] == "2024-05-01T10:11:12+00:00"
        assert record["published"] == "2024-04-30T08:00:00+02:00"
        assert record["byline"] == "Ana Berg"
        assert record["is_article"] is True
        warc = record["source"]["warc"]
        assert warc["file"] == "crawl.warc.gz" and warc["offset"] == cap.offset
        # the offset and id lead back to the capture
        stream = io.BytesIO(data)
        stream.seek(warc["offset"])
        again = next(iter(ArchiveIterator(stream)))
        assert again.rec_headers.get_header("WARC-Record-ID") == warc["record_id"]
        assert again.rec_headers.get_header("WARC-Type") == "response"


def test_the_http_charset_decodes_the_page() -> None:
    body = page(1, words="Докеры").replace("charset='utf-8'", "charset='koi8-r'")
    data = Archive().response("https://example.org/r", body.encode("cp1251"),
                              "text/html; charset=windows-1251").bytes()
    (record,) = [c.record for c in captures(data) if c.record]
    assert record.paragraphs[0].startswith("Докеры walked out")
    assert record.source.encoding == "cp1251"


@pytest.mark.parametrize(
    ("declared", "encoding", "meta"),
    [
        ("text/html; charset=iso-8859-1", "utf-8", "utf-8"),  # UTF-8 bytes, a header that lies
        ("text/html; charset=utf-8", "cp1252", "windows-1252"),  # legacy bytes, a header that lies
        ("text/html; charset=no-such-charset", "utf-8", "utf-8"),
        ("text/html", "cp1252", "windows-1252"),
    ],
)
def test_a_wrong_charset_does_not_garble_the_page(declared: str, encoding: str, meta: str) -> None:
    body = page(1, words="Dockers of Malmö").replace("charset='utf-8'", f"charset='{meta}'")
    data = Archive().response("https://example.org/w", body.encode(encoding), declared).bytes()
    (record,) = [c.record for c in captures(data) if c.record]
    assert record.paragraphs[0].startswith("Dockers of Malmö walked out")
    assert "port’s cranes" in record.paragraphs[0]
    assert record.source.encoding == encoding


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ([("Content-Encoding", "gzip")], lambda b: b),  # a false gzip header
        ([("Content-Encoding", "gzip")], lambda b: gzip.compress(b, mtime=0)),
        ([("Transfer-Encoding", "chunked")],
         lambda b: b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (b[:100], b[100:])) + b"0\r\n\r\n"),
    ],
    ids=["false-gzip", "gzip", "chunked"],
)
def test_http_encodings(headers, body) -> None:
    raw = page(4).encode()
    data = Archive().response("https://example.org/e", body(raw), headers=headers).bytes()
    assert pages(captures(data)) == ["Harbour strike 4"]


@pytest.mark.parametrize(
    ("status", "skipped"), [("301 Moved Permanently", "redirect"), ("404 Not Found", "http-error")]
)
def test_redirects_and_errors_are_no_pages(status: str, skipped: str) -> None:
    data = Archive().response("https://example.org/x", page(1).encode(), status=status).bytes()
    assert [c.skipped for c in captures(data)] == ["warcinfo", skipped]


def test_a_page_without_an_article_is_skipped_with_the_readers_reason() -> None:
    chrome = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    data = Archive().response("https://example.org/home", chrome).bytes()
    assert [c.skipped for c in captures(data)] == ["warcinfo", "no-article"]


def test_a_page_without_a_content_type_is_sniffed() -> None:
    data = (Archive().response("https://example.org/p", page(2).encode(), None)
            .response("https://example.org/j", b'{"a": 1}', None).bytes())
    assert [c.skipped or c.record.title for c in captures(data)] == [
        "warcinfo", "Harbour strike 2", "not-html"]


def test_wet_conversions_go_to_the_text_reader() -> None:
    caps = captures(wet(2), name="crawl.warc.wet.gz")
    records = [c.record for c in caps if c.record]
    assert [r.title for r in records] == ["Harbour strike 0", "Harbour strike 1"]
    for n, record in enumerate(records):
        assert record.source.format == "text"
        assert record.url == f"https://example.org/news/{n}"
        assert record.source.captured == datetime(2024, 5, 1, 10, 11, 12, tzinfo=timezone.utc)
        assert record.paragraphs[0].startswith(f"Dockers walked out again on day {n}.0")
        assert_valid(record.to_dict())
    assert dump(0).splitlines()[0] == "Harbour strike 0"


def test_a_truncated_tail_is_reported_after_every_whole_record() -> None:
    data = crawl(3)
    last = members(data)[-2]  # the last page's response... then its metadata
    cut = data[: len(data) - len(members(data)[-1]) - len(last) // 2]
    caps = captures(cut)
    assert pages(caps) == ["Harbour strike 0", "Harbour strike 1"]
    assert caps[-1].damage.startswith("truncated WARC record")
    assert caps[-1].offset == len(data) - len(members(data)[-1]) - len(last)


def test_a_plain_archive_cut_inside_a_page_is_reported_not_parsed() -> None:
    data = crawl(2, gz=False)
    end = data.rindex(b"talks between")  # inside the last page's body
    caps = captures(data[:end], name="crawl.warc")
    assert pages(caps) == ["Harbour strike 0"]
    assert caps[-1].damage == "truncated WARC record (the file ends inside it)"


def test_a_corrupt_record_is_reported_and_the_rest_still_read() -> None:
    data = crawl(3)
    parts = members(data)
    # warcinfo, request, response, metadata, image (page 0), then 3 members a page
    victim = 6  # page 1's response
    bad = bytearray(parts[victim])
    bad[len(bad) // 2: len(bad) // 2 + 16] = b"\xff" * 16
    parts[victim] = bytes(bad)
    caps = captures(b"".join(parts))
    assert pages(caps) == ["Harbour strike 0", "Harbour strike 2"]
    (damaged,) = [c for c in caps if c.damage]
    assert damaged.offset == sum(map(len, parts[:victim]))
    assert damaged.damage.startswith("unreadable WARC record")
    assert caps[-1].skipped == "metadata"


def test_garbage_between_records_is_stepped_over() -> None:
    parts = members(crawl(2))
    data = b"".join(parts[:4]) + b"\x00garbage\x1f\x8b\x08 not a member" + b"".join(parts[4:])
    caps = captures(data)
    assert pages(caps) == ["Harbour strike 0", "Harbour strike 1"]
    assert len([c for c in caps if c.damage]) == 1


def test_an_archive_gzipped_as_a_whole_is_read_too() -> None:
    data = crawl(3)
    whole = captures(regzip_whole(data))
    assert pages(whole) == pages(captures(data))
    assert [c.skipped for c in whole] == [c.skipped for c in captures(data)]


def test_a_wrong_content_length_is_a_warning_and_never_printed(capfd) -> None:
    data = crawl(2, gz=False)
    at = data.index(b"Content-Length: ", data.index(b"WARC-Type: response"))
    end = data.index(b"\r\n", at)
    length = int(data[at + 16:end])
    data = data[:at] + b"Content-Length: %d" % (length - 30) + data[end:]
    caps = captures(data, name="crawl.warc")
    assert pages(caps) == ["Harbour strike 0", "Harbour strike 1"]
    first = next(c.record for c in caps if c.record)
    assert "the WARC record's Content-Length did not match its content" in first.warnings
    assert capfd.readouterr() == ("", "")


def test_a_resource_record_holding_html_is_a_page() -> None:
    archive = Archive()
    archive._write("file:///site/a.html", "resource", payload=io.BytesIO(page(7).encode()),
                   warc_content_type="text/html")
    assert pages(captures(archive.bytes())) == ["Harbour strike 7"]


class _Counting(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.taken = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.taken += len(chunk)
        return chunk


def test_reading_streams() -> None:
    data = crawl(300)
    stream = _Counting(data)
    first = next(c for c in read_archive(stream, name="big.warc.gz") if c.record)
    assert first.record.title == "Harbour strike 0"
    # the first page needs the first few records, not the file
    assert stream.taken < len(data) // 20


@pytest.mark.parametrize("gz", [True, False], ids=["gzip", "plain"])
def test_every_cut_is_reported_unless_it_falls_between_records(gz: bool, capfd) -> None:
    data = crawl(2, gz=gz)
    whole = captures(data)
    starts = [c.offset for c in whole[1:]] + [len(data)]
    # a plain archive puts a blank line (CRLF CRLF) between records: a cut there loses nothing
    between = {s - k for s in starts for k in range(5 if not gz else 1)}
    for cut in range(1, len(data), 7):
        caps = captures(data[:cut])
        # the records before the cut come out as they do from the whole file
        assert caps[:-1] == whole[: len(caps) - 1]
        if cut not in between:
            assert caps[-1].damage, cut
    assert capfd.readouterr() == ("", "")


def test_a_flipped_byte_anywhere_never_raises_or_prints(capfd) -> None:
    data = crawl(2)
    for at in range(0, len(data), 13):
        broken = data[:at] + bytes([data[at] ^ 0x55]) + data[at + 1:]
        caps = captures(broken)
        assert all(sum(x is not None for x in (c.record, c.skipped, c.damage)) == 1 for c in caps)
    assert capfd.readouterr() == ("", "")


def test_the_bench_builds_a_crawl_of_corpus_pages(tmp_path) -> None:
    import make_warc  # bench/, on the path through warcs

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "truth.json").write_text('{"a": {"url": "https://example.org/a"}}')
    (corpus / "a.html").write_text(page(1))
    (corpus / "a.txt").write_text(dump(1))
    (corpus / "b.html.gz").write_bytes(gzip.compress(page(2).encode()))
    warc_path, wet_path = make_warc.build(tmp_path / "out", 3, [corpus])
    caps = captures(warc_path.read_bytes())
    assert [(c.url, c.record.title) for c in caps if c.record] == [
        ("https://example.org/a", "Harbour strike 1"),
        ("https://corpus.invalid/b", "Harbour strike 2"),
        ("https://example.org/a?copy=1", "Harbour strike 1"),
    ]
    assert Counter(c.skipped for c in caps if c.skipped) == {"request": 3, "metadata": 3}
    texts = [c.record for c in captures(wet_path.read_bytes()) if c.record]
    assert [(r.url, r.source.format) for r in texts] == [
        ("https://example.org/a", "text"), ("https://example.org/a?copy=1", "text")]
    assert warc_path.read_bytes() == make_warc.build(tmp_path / "again", 3, [corpus])[0].read_bytes()


def test_url_is_the_capture_s_address_not_the_one_the_page_names() -> None:
    # the page's canonical link points elsewhere (an AMP copy, a mirror): the record
    # carries where the crawler captured it, and source.warc finds that capture again
    canonical = "<link rel='canonical' href='https://other.example/a'>"
    html = page(0).replace("</head>", canonical + "</head>")
    data = Archive().response("https://example.org/news/0", html.encode()).bytes()
    (record,) = [c.record for c in read_archive(io.BytesIO(data), name="c.warc.gz") if c.record]
    assert record.url == "https://example.org/news/0"
    assert record.source.index == 1 and record.source.count is None
    assert_valid(record.to_dict())
