"""``parse``, ``parse_all`` and ``explain``: the library's entry points.

Data flows one way: bytes → decoded text → the reader for the input kind →
the record (or, for an input of many records such as a news-database export,
the records: ``many`` names their readers).  Nothing here prints, exits or
knows about the command line.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import replace

from ._lazy_patterns import lazy
from ._names import authors as split_authors
from .dates import ORDERS, ambiguous, guess_order, parse_date, plain_order
from .decode import MAX_INPUT_BYTES, check_text_size, decode_with_warnings, sniff_format
from .errors import IncompleteInputError, ManyRecordsError, NewsclipError, NoArticleError
from .files import read_input
from .language import decide
from .many import READER_NAMES, reader_for_bytes, reader_for_text, reader_named
from .record import Provenance, Record, Source
from .text.boilerplate import Boilerplate

__all__ = ["INPUT_FORMATS", "parse", "parse_all", "iter_parts", "explain", "read_file",
           "parse_file"]

INPUT_FORMATS = ("text", "html", *READER_NAMES)

# Lone surrogates (from os.fsdecode, or "surrogateescape" reads) cannot be
# encoded; as text they are broken characters.
_SURROGATE = lazy("[\ud800-\udfff]")


def _prepare(
    data: str | bytes, path: str | None, input_format: str | None
) -> tuple[str, Source, tuple[str, ...]]:
    if isinstance(data, str):
        data, broken = _SURROGATE.subn("\ufffd", data)
        # Text goes through the same checks as bytes (binary, empty, line endings).
        text, encoding, warnings = decode_with_warnings(data.encode("utf-8"))
        if broken:
            warnings += (f"{broken} lone surrogate(s) replaced by U+FFFD",)
    else:
        text, encoding, warnings = decode_with_warnings(data)
    fmt = input_format or sniff_format(text)
    if input_format is None and fmt == "text":
        many = reader_for_text(text)  # an export is a text of many articles
        fmt = many.name if many is not None else fmt
    if fmt not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS}, not {fmt!r}")
    if fmt == "text":  # an HTML page has its own limits instead (html.tree)
        check_text_size(text)
    return text, Source(path=path, format=fmt, encoding=encoding), warnings


def parse(
    data: str | bytes,
    *,
    path: str | None = None,
    input_format: str | None = None,
    boilerplate: Boilerplate | None = None,
    date_order: str | None = None,
    detect_language: bool = False,
) -> Record:
    """Turn one text dump or HTML page into a Record.

    ``data`` is the file's bytes (the encoding is detected) or already-decoded
    text.  ``path`` is only recorded in ``source.path``.  ``input_format``
    ("text", "html" or "export") overrides sniffing by content.  ``boilerplate``
    (from ``Boilerplate.learn`` over a batch) marks lines repeated across the
    batch as chrome.  ``date_order`` ("dmy", "mdy" or "ymd") reads a numeric date
    whose order is ambiguous ("03/05/2024"); without it the rest of the page
    decides and ``warnings`` says how.  ``detect_language`` checks the page's
    declared language against its text with py3langid (and gives a text dump
    its language); it costs half a second once per process.  Raises NewsclipError
    (or a subclass) for input that holds no article, and ManyRecordsError for one
    that holds several (``parse_all``).
    """
    parts = list(iter_parts(data, path=path, input_format=input_format,
                            boilerplate=boilerplate, date_order=date_order,
                            detect_language=detect_language))
    if len(parts) > 1:
        raise ManyRecordsError(
            f"holds {len(parts)} articles: read them with newsclip.parse_all (or parse on "
            "the command line, which writes them all)")
    if isinstance(parts[0], NewsclipError):
        raise parts[0]
    return parts[0]


def parse_all(
    data: str | bytes,
    *,
    path: str | None = None,
    input_format: str | None = None,
    boilerplate: Boilerplate | None = None,
    date_order: str | None = None,
    detect_language: bool = False,
) -> Iterator[Record]:
    """Every record an input holds: many for an export, one for a dump or a page.

    Records come in file order, each with ``source.index`` and ``source.count``
    when the input holds many.  Parts that give no record (an article cut off
    by the end of the file) do not stop the others: after the last record,
    IncompleteInputError is raised naming them (its ``failures``).  The options
    are ``parse``'s.
    """
    failures: list[NewsclipError] = []
    for part in iter_parts(data, path=path, input_format=input_format, boilerplate=boilerplate,
                           date_order=date_order, detect_language=detect_language):
        if isinstance(part, Record):
            yield part
        else:
            failures.append(part)
    if failures:
        raise IncompleteInputError(failures)


def iter_parts(
    data: str | bytes,
    *,
    path: str | None = None,
    input_format: str | None = None,
    boilerplate: Boilerplate | None = None,
    date_order: str | None = None,
    detect_language: bool = False,
) -> Iterator[Record | NewsclipError]:
    """Every record of the input in order, and a NewsclipError for each part that gave
    none (the batch's entry).  Errors about the input as a whole (empty, binary,
    unreadable, no article) are raised."""
    if date_order is not None and date_order not in ORDERS:
        raise ValueError(f"date_order must be one of {ORDERS}, not {date_order!r}")
    text, warnings = "", ()
    reader = reader_for_bytes(data, input_format) if isinstance(data, bytes) else None
    if reader is not None:  # (a DOCX: recognised before decoding)
        parts = reader.read(data, None, Source(path=path, format=reader.name, encoding="binary"))
    else:
        text, source, warnings = _prepare(data, path, input_format)
        reader = reader_named(source.format)
        if reader is None:
            yield _read_one(text, source, warnings, boilerplate, date_order, detect_language)
            return
        parts = reader.read(b"", text, source)
    for part in _checked(parts):
        if isinstance(part, Record):
            part = _finish(part, text, date_order, detect_language)
            if warnings:
                part = replace(part, warnings=warnings + part.warnings)
        yield part


def _read_one(
    text: str, source: Source, warnings: tuple[str, ...], boilerplate: Boilerplate | None,
    date_order: str | None, detect_language: bool,
) -> Record:
    """The record of a decoded input that is one record (a dump, a page)."""
    if source.format == "html":
        from .html import read_html  # lxml is imported only for HTML

        record = read_html(text, source)
    else:
        from .text import read_text

        record = read_text(text, source, boilerplate=boilerplate)
    record = _finish(record, text, date_order, detect_language)
    if warnings:
        record = replace(record, warnings=warnings + record.warnings)
    return record


def _checked(parts: Iterator[Record | NewsclipError]) -> Iterator[Record | NewsclipError]:
    """The parts, or NoArticleError when the input holds none."""
    empty = True
    for part in parts:
        empty = False
        yield part
    if empty:
        raise NoArticleError("no article found in the export")


def _finish(record: Record, page: str, date_order: str | None, detect_language: bool) -> Record:
    """What every reader's record gets last: its language, its writers one by one (from
    the byline, unless the reader listed them), the order of an ambiguous numeric date,
    and where a text dump's (or an export's) date came from."""
    notes: list[str] = []
    language, note = decide(record.language, record.text, check=detect_language)
    notes += [note] if note else []
    changes: dict = {"language": language}
    if record.byline and not record.authors:
        changes["authors"] = tuple(split_authors(record.byline))
    if record.published is not None and record.published_source is None:
        changes["published_source"] = "text"  # (the HTML reader names its own sources)
    raw = record.published_raw
    if raw is not None and ambiguous(raw):
        if date_order is None and record.published_source == "archive":
            order = "dmy"  # the archive's metadata line writes its dates day first
        elif date_order is None and plain_order(raw):
            order = plain_order(raw)
        elif date_order is None:
            seen = page if record.source.format == "text" else record.text
            order, why = guess_order(raw, seen, language)
            notes.append(f"ambiguous date {raw!r} read {order}: {why} (--date-order decides)")
        else:
            order = date_order
        value = parse_date(raw, order=order)
        if value is not None:
            changes["published"] = value
    return replace(record, **changes, warnings=record.warnings + tuple(notes))


def explain(
    data: str | bytes, *, path: str | None = None, input_format: str | None = None
) -> list[Provenance]:
    """Every input line (or, for HTML, the metadata found and every block kept or
    dropped) with its label and the rule that gave it; in an input of many records
    (an export), each also says which record it went to (``Provenance.part``)."""
    if isinstance(data, bytes):
        reader = reader_for_bytes(data, input_format)
        if reader is not None:
            return reader.explain(data, None, Source(path=path, format=reader.name,
                                                     encoding="binary"))
    text, source, _warnings = _prepare(data, path, input_format)
    reader = reader_named(source.format)
    if reader is not None:
        return reader.explain(b"", text, source)
    if source.format == "html":
        from .html import explain_html

        return explain_html(text, source)
    from .text import explain_text

    return explain_text(text)


def read_file(path: str | os.PathLike[str]) -> bytes:
    """Read a file's bytes; folders, FIFOs, devices and files over the input
    limit are declined (NotRegularError, TooLargeError) before any read, and an
    unreadable file raises UnreadableError.
    """
    return read_input(os.fsdecode(path), limit=MAX_INPUT_BYTES)


def parse_file(
    path: str | os.PathLike[str], *, input_format: str | None = None,
    date_order: str | None = None, detect_language: bool = False,
) -> Record:
    """Read and parse one file; ``source.path`` is the path as given."""
    return parse(read_file(path), path=os.fsdecode(path), input_format=input_format,
                 date_order=date_order, detect_language=detect_language)
