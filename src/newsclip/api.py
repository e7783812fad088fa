"""``parse`` and ``explain``: the library's two entry points.

Data flows one way: bytes → decoded text → the reader for the input kind →
the record.  Nothing here prints, exits or knows about the command line.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .decode import MAX_INPUT_BYTES, check_text_size, decode_with_warnings, sniff_format
from .errors import ManyRecordsError, NewsclipError
from .files import read_input
from .record import Record, Source
from .text.boilerplate import Boilerplate

INPUT_FORMATS = ("text", "html", "export")


@dataclass(frozen=True, slots=True)
class Explained:
    """One input line (or HTML element) and where it went."""

    line: int | None
    label: str
    rule: str
    text: str
    #: in an input of many records: the 1-based record the line belongs to (None: none)
    part: int | None = None


# Lone surrogates (from os.fsdecode, or "surrogateescape" reads) cannot be
# encoded; as text they are broken characters.
_SURROGATE = re.compile("[\ud800-\udfff]")


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
        from .many import reader_for_text  # an export is a text of many articles

        many = reader_for_text(text, None)
        fmt = many.name if many is not None else fmt
    if fmt not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS}, not {fmt!r}")
    if fmt == "text":  # an HTML page has its own time budget instead
        check_text_size(text)
    return text, Source(path=path, format=fmt, encoding=encoding), warnings


def parse(
    data: str | bytes,
    *,
    path: str | None = None,
    input_format: str | None = None,
    boilerplate: Boilerplate | None = None,
) -> Record:
    """Turn one text dump or HTML page into a Record.

    ``data`` is the file's bytes (the encoding is detected) or already-decoded
    text.  ``path`` is only recorded in ``source.path``.  ``input_format``
    ("text" or "html") overrides sniffing by content.  ``boilerplate`` (from
    ``Boilerplate.learn`` over a batch) marks lines repeated across the batch
    as chrome.  Raises NewsclipError
    (or a subclass) for input that holds no article.
    """
    from .many import READER_NAMES, iter_parts, reader_for_bytes

    if isinstance(data, bytes) and reader_for_bytes(data, input_format) is not None:
        return _one_of_many(iter_parts(data, path=path, input_format=input_format))
    text, source, warnings = _prepare(data, path, input_format)
    if source.format in READER_NAMES:
        return _one_of_many(iter_parts(text, path=path, input_format=source.format))
    return read_one(text, source, warnings, boilerplate)


def read_one(
    text: str, source: Source, warnings: tuple[str, ...], boilerplate: Boilerplate | None
) -> Record:
    """The record of a decoded input that is one record (a dump, a page)."""
    if source.format == "html":
        from .html import read_html  # lxml is imported only for HTML

        record = read_html(text, source)
    else:
        from .text import read_text

        record = read_text(text, source, boilerplate=boilerplate)
    if warnings:
        record = replace(record, warnings=warnings + record.warnings)
    return record


def _one_of_many(parts: Iterator[Record | NewsclipError]) -> Record:
    """``parse`` on an input of many records: its record when it holds only one."""
    items = list(parts)
    if len(items) == 1:
        if isinstance(items[0], NewsclipError):
            raise items[0]
        return items[0]
    raise ManyRecordsError(
        f"holds {len(items)} articles: read them with newsclip.parse_all (or parse on the "
        "command line, which writes them all)")


def explain(
    data: str | bytes, *, path: str | None = None, input_format: str | None = None
) -> list[Explained]:
    """Every input line with its label and the rule that gave it."""
    from .many import READER_NAMES, reader_for_bytes

    if isinstance(data, bytes) and reader_for_bytes(data, input_format) is not None:
        from .exports import explain_export
        from .exports.docx import docx_lines

        source = Source(path=path, format="export", encoding="docx")
        # (the blank lines between a document's paragraphs are newsclip's, not the file's)
        return [Explained(e.line.no, e.line.label, e.line.rule, e.line.text, e.article)
                for e in explain_export(docx_lines(data), source) if not e.line.blank]
    text, source, _warnings = _prepare(data, path, input_format)
    if source.format in READER_NAMES:
        from .exports import explain_export, lines_of

        return [Explained(e.line.no, e.line.label, e.line.rule, e.line.text, e.article)
                for e in explain_export(lines_of(text), source)]
    if source.format == "html":
        from .html import explain_html

        return explain_html(text, source)
    from .text import analyse

    lines, _layout = analyse(text)
    return [Explained(ln.no, ln.label, ln.rule, ln.text) for ln in lines]


def read_file(path: str | os.PathLike[str]) -> bytes:
    """Read a file's bytes; folders, FIFOs, devices and files over the input
    limit are declined (NotRegularError, TooLargeError) before any read, and an
    unreadable file raises UnreadableError.
    """
    return read_input(os.fsdecode(path), limit=MAX_INPUT_BYTES)


def parse_file(path: str | os.PathLike[str], *, input_format: str | None = None) -> Record:
    """Read and parse one file; ``source.path`` is the path as given."""
    return parse(read_file(path), path=os.fsdecode(path), input_format=input_format)
