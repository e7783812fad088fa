"""Inputs that hold many records: the one-to-many mechanism.

A news-database export holds many articles (a web archive, many pages).  A
reader of such an input is registered in ``READERS``: it says from the bytes
or the decoded text whether an input is its kind, and yields the input's
records in order, each with ``source.index`` and ``source.count``, and a
NewsclipError (with ``index``) for a part that gives no record, so one bad
part never costs the others.  ``iter_parts`` is what the batch runs;
``parse_all`` is the library's face: records only, and the parts that failed
raised together at the end.  An input of one record (a dump, a page) goes
through ``parse`` and comes out as one record.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from .errors import NewsclipError
from .record import Record, Source


class IncompleteInputError(NewsclipError):
    """Some parts of an input of many records gave no record (``failures`` says which)."""

    code = "incomplete"

    def __init__(self, failures: list[NewsclipError]):
        self.failures = failures
        first = failures[0]
        more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
        super().__init__(f"{first}{more}")


@dataclass(frozen=True, slots=True)
class ManyReader:
    """A reader of one kind of input that holds many records."""

    #: the ``input_format`` name that forces it
    name: str
    #: True when the raw bytes are this kind (checked before decoding), or None
    sniff_bytes: Callable[[bytes], bool] | None
    #: True when the decoded text is this kind, or None
    sniff_text: Callable[[str], bool] | None
    #: ``read(data, text, source)`` → records and errors, in order; ``text`` is None
    #: when the bytes were recognised before decoding
    read: Callable[[bytes, str | None, Source], Iterator[Record | NewsclipError]]


def _export_read(data: bytes, text: str | None, source: Source) -> Iterator[Record | NewsclipError]:
    from .exports import lines_of, read_export
    from .exports.docx import docx_lines

    if text is None:
        lines = docx_lines(data)
        source = replace(source, encoding="docx")
    else:
        lines = lines_of(text)
    yield from read_export(lines, source)


#: an export states each article's length after a label's colon ("LENGTH: 355 words",
#: "Länge:\u00a0355 Wörter"): the quick test that spares an ordinary dump the import of
#: the export reader (the colon first lets the regex engine skip from colon to colon)
EXPORT_HINT = re.compile(r":[ \t\u00a0]*\d[\d,.]*[ \t]+[^\W\d_]+\.?[ \t]*$", re.M)


def _export_sniff_text(text: str) -> bool:
    if EXPORT_HINT.search(text) is None:
        return False
    from .exports import looks_like_export

    return looks_like_export(text)


def _export_sniff_bytes(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):  # (a ZIP archive; most inputs are not)
        return False
    from .exports.docx import is_docx

    return is_docx(data)


READERS: tuple[ManyReader, ...] = (
    ManyReader("export", _export_sniff_bytes, _export_sniff_text, _export_read),
)
READER_NAMES = tuple(r.name for r in READERS)


def reader_for_bytes(data: bytes, input_format: str | None) -> ManyReader | None:
    """The reader that takes these bytes before decoding (a DOCX), if any."""
    for reader in READERS:
        if input_format not in (None, reader.name) or reader.sniff_bytes is None:
            continue
        if reader.sniff_bytes(data):
            return reader
    return None


def reader_for_text(text: str, input_format: str | None) -> ManyReader | None:
    """The reader of an input of many records that this decoded text is, if any."""
    for reader in READERS:
        if input_format == reader.name:
            return reader
        if input_format is None and reader.sniff_text is not None and reader.sniff_text(text):
            return reader
    return None


def iter_parts(
    data: str | bytes,
    *,
    path: str | None = None,
    input_format: str | None = None,
    boilerplate: Any = None,
) -> Iterator[Record | NewsclipError]:
    """Every record of the input in order, and a NewsclipError for each part that gave none.

    Errors about the input as a whole (empty, binary, unreadable) are raised.
    """
    from .api import _prepare, read_one

    raw = data if isinstance(data, bytes) else None
    if raw is not None:
        reader = reader_for_bytes(raw, input_format)
        if reader is not None:
            source = Source(path=path, format=reader.name, encoding="binary")
            yield from _checked(reader.read(raw, None, source))
            return
    text, source, warnings = _prepare(data, path, input_format)
    if source.format in READER_NAMES:
        reader = next(r for r in READERS if r.name == source.format)
        for part in _checked(reader.read(b"", text, source)):
            if warnings and isinstance(part, Record):
                part = replace(part, warnings=warnings + part.warnings)
            yield part
        return
    yield read_one(text, source, warnings, boilerplate)


def _checked(parts: Iterator[Record | NewsclipError]) -> Iterator[Record | NewsclipError]:
    """The parts, or one error when the input holds none."""
    empty = True
    for part in parts:
        empty = False
        yield part
    if empty:
        from .errors import NoArticleError

        raise NoArticleError("no article found in the export")


def parse_all(
    data: str | bytes,
    *,
    path: str | None = None,
    input_format: str | None = None,
    boilerplate: Any = None,
) -> Iterator[Record]:
    """Every record an input holds: many for an export, one for a dump or a page.

    Records come in file order, each with ``source.index`` and ``source.count``
    when the input holds many.  Parts that give no record (an article cut off
    by the end of the file) do not stop the others: after the last record,
    IncompleteInputError is raised naming them (its ``failures``).
    """
    failures: list[NewsclipError] = []
    for part in iter_parts(data, path=path, input_format=input_format, boilerplate=boilerplate):
        if isinstance(part, Record):
            yield part
        else:
            failures.append(part)
    if failures:
        raise IncompleteInputError(failures)
