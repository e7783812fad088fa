"""Web archives (WARC and WET files): one record per captured page.

``read_archive`` streams through a crawl file one WARC record at a time (with
warcio, installed by the ``[warc]`` extra) and hands each page to the reader
for its kind: a ``response`` (or ``resource``) holding HTML goes to the HTML
reader, decoded with the charset of its HTTP header; a WET ``conversion``
record (the page's text) goes to the text reader.  Every WARC record comes out
as one ``Capture``: a record, the reason it holds no page (a request, an
image, a redirect, a page the reader declined), or the damage that stopped it
being read (a truncated or corrupt record, after which reading goes on at the
next record that can be found).  Only one page is in memory at a time.

What this is not: a crawler, a WARC writer, or a reader of the old ARC format.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import IO, TYPE_CHECKING, Any

from .api import parse
from .decode import ARCHIVE_SUFFIXES, MAX_INPUT_BYTES, charset_codec, is_archive, sniff_format
from .errors import NewsclipError, UnreadableError
from .record import Record, WarcLocation

if TYPE_CHECKING:
    from .text.boilerplate import Boilerplate

__all__ = ["ARCHIVE_SUFFIXES", "Capture", "Tally", "is_archive", "open_archive", "read_archive"]

#: media types read as HTML pages
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: media types of a WET conversion read as a text dump
TEXT_TYPES = frozenset({"text/plain"})
#: how far past a damaged record to look for the next one that can be read
RESYNC_WINDOW = 1 << 20

_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"WARC/"


@dataclass(frozen=True, slots=True)
class Capture:
    """One WARC record of an archive and what became of it.

    Exactly one of ``record``, ``skipped`` and ``damage`` is set.
    """

    #: where the WARC record starts in the file (compressed bytes for a .gz)
    offset: int
    record_id: str | None
    url: str | None
    #: the page's record
    record: Record | None = None
    #: why the WARC record holds no page: its type (``request``, ``metadata``,
    #: ``warcinfo``, ``revisit``), ``not-html`` (an image, a PDF, a script),
    #: ``redirect`` / ``http-error`` (HTTP 3xx / 4xx-5xx), or the code of the
    #: NewsclipError a reader declined the page with (``no-article``, ``too-large``…)
    skipped: str | None = None
    #: a truncated or corrupt WARC record: what is wrong with it
    damage: str | None = None


def read_archive(
    stream: IO[bytes], *, name: str, boilerplate: Boilerplate | None = None
) -> Iterator[Capture]:
    """Every WARC record of ``stream`` as a Capture, in file order.

    ``name`` is the archive's name as the user gave it: it goes to each
    record's ``source.path`` and ``source.warc.file``.  The stream is read
    once, front to back; after damage it is searched forward for the next
    record, which needs a seekable stream (a local file, or any fsspec file).
    Raises nothing for damage inside the archive; an OSError from the stream
    itself propagates, and UnreadableError when warcio is not installed.
    Each page's record has ``source.index``, its place among the archive's pages
    (1-based); ``source.count`` stays None, as a stream's length is known only
    at its end.
    """
    try:
        import warcio  # noqa: F401
    except ImportError:
        raise UnreadableError(
            "reading web archives needs warcio: pip install 'newsclip[warc]'") from None
    pages = 0
    for capture in _captures(stream, name, boilerplate):
        if capture.record is not None:
            # its place among the archive's pages, as an export's record has (source.index):
            # the name of its file under -o DIR, and how --duplicates names it
            pages += 1
            record = capture.record
            capture = replace(capture, record=replace(
                record, source=replace(record.source, index=pages)))
        yield capture


def _captures(
    stream: IO[bytes], name: str, boilerplate: Boilerplate | None
) -> Iterator[Capture]:
    start: int | None = _tell(stream)
    while start is not None:
        start = yield from _read_from(stream, start, name, boilerplate)


def open_archive(path: str) -> IO[bytes]:
    """A local archive or a URL's, opened to be streamed (and searched after damage)."""
    from . import remote

    return remote.open_binary(path) if remote.is_url(path) else open(path, "rb")  # noqa: SIM115


@dataclass(slots=True)
class Tally:
    """What became of an archive's WARC records: the pages kept, the others counted by
    reason (``Capture.skipped``, and ``short`` for pages under ``min_words``), and
    where the damaged ones are."""

    min_words: int | None = None
    pages: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    damage: list[str] = field(default_factory=list)

    def keep(self, capture: Capture) -> Record | None:
        """The capture's record if it is kept, else None (and the capture counted)."""
        record = capture.record
        if capture.damage:
            self.damage.append(f"offset {capture.offset}: {capture.damage}")
            return None
        if record is not None and not (self.min_words and record.word_count < self.min_words):
            self.pages += 1
            return record
        reason = "short" if record is not None else capture.skipped or "unknown"
        self.skipped[reason] = self.skipped.get(reason, 0) + 1
        return None

    def __str__(self) -> str:
        """``3 pages; 7 WARC records skipped (request 3, not-html 4); 1 damaged``."""
        text = f"{self.pages} page{'s' * (self.pages != 1)}"
        if self.skipped:
            reasons = ", ".join(f"{k} {n}" for k, n in sorted(self.skipped.items()))
            n = sum(self.skipped.values())
            text += f"; {n} WARC record{'s' * (n != 1)} skipped ({reasons})"
        if self.damage:  # each one has a failure line of its own (``damage``)
            text += f"; {len(self.damage)} damaged"
        return text


# --------------------------------------------------------------------------- reading


def _read_from(
    stream: IO[bytes], start: int, name: str, boilerplate: Boilerplate | None
) -> Iterator[Capture]:
    """Captures from ``start`` on; return where to go on after damage, or None at the end."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    it = ArchiveIterator(stream)
    taken = 0
    try:
        for offset, rec in _walk(it):
            taken += 1
            capture = _capture(rec, it, stream, offset, name, boilerplate)
            yield capture
            if capture.damage:
                # warcio's place in the stream is not to be trusted after damage
                return _next_record(stream, offset + 1)
    except _Broken as broken:
        exc = broken.__cause__
        if isinstance(exc, ArchiveLoadFailed) and _whole_file_gzip(exc) and start == 0:
            yield from _read_gunzipped(stream, taken, name, boilerplate)
            return None
        yield broken.capture()
        return _next_record(stream, broken.offset + 1)
    # warcio stops without a word at a record cut short at the end of a .gz
    end = _size(stream)
    if end is not None and it.offset < end:
        yield Capture(it.offset, None, None,
                      damage=f"truncated WARC record ({end - it.offset} bytes at the end)")
        return _next_record(stream, it.offset + 1)
    return None


def _read_gunzipped(
    stream: IO[bytes], skip: int, name: str, boilerplate: Boilerplate | None
) -> Iterator[Capture]:
    """An archive gzipped as a whole, not record by record: read it through one
    decompressor.  Offsets are then in the decompressed stream; the first
    ``skip`` records were already given."""
    import gzip

    from warcio.archiveiterator import ArchiveIterator

    stream.seek(0)
    with gzip.GzipFile(fileobj=stream, mode="rb") as plain:
        it = ArchiveIterator(plain)
        try:
            for n, (offset, rec) in enumerate(_walk(it), 1):
                if n > skip:
                    yield _capture(rec, it, stream, offset, name, boilerplate)
                else:
                    with _quiet():
                        it.read_to_end()
        except _Broken as broken:
            # one compressed stream: nothing after the damage can be found again
            yield broken.capture()


class _Broken(Exception):
    """warcio could not read the WARC record at ``offset``."""

    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset

    def capture(self) -> Capture:
        reason = _reason(self.__cause__) if self.__cause__ else "unknown"
        return Capture(self.offset, None, None, damage=f"unreadable WARC record ({reason})")


def _walk(it) -> Iterator[tuple[int, Any]]:
    """``(offset, WARC record)`` from warcio's iterator; a record it cannot read raises _Broken."""
    records = iter(it)
    while True:
        offset = it.offset
        try:
            with _quiet():
                rec = next(records)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - warcio fails on garbage in many ways
            raise _Broken(offset) from exc
        yield offset, rec


def _capture(
    rec, it, stream: IO[bytes], offset: int, name: str, boilerplate: Boilerplate | None
) -> Capture:
    """Read one WARC record's page; the iterator is moved to the record's end."""
    headers = rec.rec_headers
    record_id = headers.get_header("WARC-Record-ID")
    url = _target(headers.get_header("WARC-Target-URI"))
    here = Capture(offset, record_id, url)
    kind = rec.rec_type
    skipped = _not_a_page(rec)
    body, broken = b"", ""
    if skipped is None:
        with _quiet() as heard:
            try:
                body = rec.content_stream().read(MAX_INPUT_BYTES + 1)
            except Exception as exc:  # noqa: BLE001 - warcio's decoders raise their own kinds
                broken = _reason(exc)
        # warcio reports broken compressed content on stderr and hands out what it had
        broken = broken or " ".join(heard.getvalue().split())
    with _quiet() as heard:
        it.read_to_end()
    # warcio's only words here: a Content-Length that did not reach the next record
    wrong_length = bool(heard.getvalue())
    problem = _damage(rec, it, stream)
    if problem:
        return replace(here, damage=problem)
    if broken:
        return replace(here, damage=f"cannot decode the page's content ({broken[:120]})")
    if skipped is not None:
        return replace(here, skipped=skipped)
    if len(body) > MAX_INPUT_BYTES:
        return replace(here, skipped="too-large")
    text = kind == "conversion"
    if not text and _media_type(rec)[0] is None and sniff_format(
            body[:4096].decode("latin-1")) != "html":
        return replace(here, skipped="not-html")
    data, encoding = (body, None) if text else _page_text(body, _media_type(rec)[1])
    try:
        record = parse(data, path=name, input_format="text" if text else "html",
                       boilerplate=boilerplate)
    except NewsclipError as exc:
        return replace(here, skipped=exc.code)
    source = replace(
        record.source,
        encoding=encoding or record.source.encoding,
        captured=_date(headers.get_header("WARC-Date")),
        warc=WarcLocation(name, record_id or "", offset),
    )
    # a web archive's page: ``url`` is the address it was captured at, in place of the one
    # the page names (its canonical link, read by the HTML reader), which may differ
    if url is not None and url.lower().startswith(("http://", "https://")):
        record = replace(record, url=url)
    record = replace(record, source=source)
    if wrong_length:
        record = replace(record, warnings=(
            *record.warnings, "the WARC record's Content-Length did not match its content"))
    return replace(here, record=record)


def _damage(rec, it, stream: IO[bytes]) -> str | None:
    """What is wrong with a WARC record that was read to its end, or None."""
    if rec.rec_headers.get_header("Content-Length") is None:
        return "truncated or corrupt WARC header (no Content-Length)"
    if getattr(rec.raw_stream, "limit", 0) > 0:
        return "truncated WARC record (the file ends inside it)"
    # a gzip member that has not ended: cut off if the file has, else a file gzipped as a whole
    decompressor = getattr(it.reader, "decompressor", None)
    if decompressor is not None and not decompressor.eof and _at_end(stream):
        return "truncated WARC record (the file ends inside it)"
    return None


@contextlib.contextmanager
def _quiet() -> Iterator[io.StringIO]:
    """What warcio writes to stderr, kept: the library never prints.

    warcio reports a wrong Content-Length and broken compressed data with
    ``sys.stderr.write``; the few calls into it that can are wrapped here.
    """
    heard = io.StringIO()
    with contextlib.redirect_stderr(heard):
        yield heard


def _not_a_page(rec) -> str | None:
    """Why a WARC record holds no page (see ``Capture.skipped``), or None."""
    kind = rec.rec_type
    if kind not in ("response", "resource", "conversion"):
        return kind or "unknown"
    status = rec.http_headers.get_statuscode() if rec.http_headers else None
    if status and not status.startswith("2"):
        return "redirect" if status.startswith("3") else "http-error"
    media = _media_type(rec)[0]
    if kind == "conversion":
        return None if media in TEXT_TYPES else "not-text"
    return None if media is None or media in HTML_TYPES else "not-html"


def _page_text(body: bytes, charset: str | None) -> tuple[bytes | str, str | None]:
    """The page for the HTML reader, and the encoding used when it was decoded here.

    Bytes that are UTF-8 (or start with a byte-order mark) go on as bytes, so
    that a header claiming ISO-8859-1 for a UTF-8 page does not garble it; so do
    bytes the HTTP charset does not fit.  Otherwise the HTTP header's charset
    decodes them: it comes before the page's own ``<meta charset>``, as in a
    browser.
    """
    codec = charset_codec(charset) if charset else None
    if codec is None or codec.startswith("utf"):
        return body, None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return body, None
    try:
        return body.decode(codec), codec
    except (UnicodeDecodeError, LookupError):
        return body, None


def _media_type(rec) -> tuple[str | None, str | None]:
    """The payload's media type (lower case) and charset, when the record says."""
    value = None
    if rec.http_headers is not None:
        value = rec.http_headers.get_header("Content-Type")
    elif rec.rec_type in ("resource", "conversion"):
        value = rec.rec_headers.get_header("Content-Type")
    charset = None
    media = None
    if value:
        media, *params = (part.strip() for part in value.split(";"))
        media = media.lower() or None
        for param in params:
            key, _, val = param.partition("=")
            if key.strip().lower() == "charset":
                charset = val.strip().strip("\"'") or None
    # Common Crawl sniffs the payload itself; its answer beats a server's header
    identified = rec.rec_headers.get_header("WARC-Identified-Payload-Type")
    if identified and rec.rec_type != "conversion":
        media = identified.split(";")[0].strip().lower()
    return media, charset


def _target(uri: str | None) -> str | None:
    if not uri:
        return None
    # WARC 1.1 writes the URI bare; some 1.0 writers wrap it in angle brackets
    uri = uri.strip()
    return uri[1:-1] if uri.startswith("<") and uri.endswith(">") else uri


def _date(value: str | None) -> datetime | None:
    """A WARC-Date: UTC by the standard, whether or not it says so."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


# --------------------------------------------------------------------------- damage


def _whole_file_gzip(exc: BaseException) -> bool:
    # warcio's own words for an archive compressed as one gzip stream
    return "non-chunked gzip" in str(exc)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, zlib.error):
        return "corrupt compressed data"
    if isinstance(exc, (AttributeError, TypeError, KeyError, IndexError)):
        return "corrupt WARC header"  # warcio trips over a header with fields missing
    text = " ".join(str(exc).split())
    if "Invalid WARC record" in text:
        return "not a WARC record header"
    return text[:120] or type(exc).__name__


def _next_record(stream: IO[bytes], start: int) -> int | None:
    """The offset of the next record that can be read after ``start``, or None.

    A record of a ``.gz`` archive is its own gzip member that decompresses to
    ``WARC/``; in a plain archive it is a ``WARC/`` line.
    """
    try:
        stream.seek(start)
    except (OSError, ValueError, io.UnsupportedOperation):
        return None  # a pipe: what lies past the damage cannot be reached again
    pos = start
    carry = b""
    while True:
        chunk = stream.read(RESYNC_WINDOW)
        if not chunk:
            return None
        data = carry + chunk
        base = pos - len(carry)
        for found in sorted(_candidates(data)):
            if _starts_record(data[found:found + 4096]):
                stream.seek(base + found)
                return base + found
        carry = data[-4096:]
        pos += len(chunk)


def _candidates(data: bytes) -> Iterator[int]:
    for marker in (_GZIP_MEMBER, b"\n" + _WARC_LINE):
        at = data.find(marker)
        while at >= 0:
            yield at + (1 if marker[0] == 10 else 0)
            at = data.find(marker, at + 1)


def _starts_record(head: bytes) -> bool:
    if head.startswith(_WARC_LINE):
        return True
    if head.startswith(_GZIP_MEMBER):
        with contextlib.suppress(zlib.error):
            return zlib.decompressobj(31).decompress(head, 16).startswith(_WARC_LINE)
    return False


def _tell(stream: IO[bytes]) -> int:
    try:
        return stream.tell()
    except (OSError, ValueError, io.UnsupportedOperation):
        return 0


def _at_end(stream: IO[bytes]) -> bool:
    """Every byte of the stream has been read (unknown for a pipe: then True)."""
    end = _size(stream)
    try:
        return end is None or stream.tell() >= end
    except (OSError, ValueError, io.UnsupportedOperation):
        return True


def _size(stream: IO[bytes]) -> int | None:
    try:
        here = stream.tell()
        end = stream.seek(0, io.SEEK_END)
        stream.seek(here)
        return end
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
