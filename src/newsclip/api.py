"""``parse`` and ``explain``: the library's two entry points.

Data flows one way: bytes → decoded text → the reader for the input kind →
the record.  Nothing here prints, exits or knows about the command line.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace

from .decode import MAX_INPUT_BYTES, check_text_size, decode_with_warnings, sniff_format
from .files import read_input
from .record import Provenance, Record, Source
from .text.boilerplate import Boilerplate

__all__ = ["INPUT_FORMATS", "parse", "explain", "read_file", "parse_file"]

INPUT_FORMATS = ("text", "html")

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
) -> Record:
    """Turn one text dump or HTML page into a Record.

    ``data`` is the file's bytes (the encoding is detected) or already-decoded
    text.  ``path`` is only recorded in ``source.path``.  ``input_format``
    ("text" or "html") overrides sniffing by content.  ``boilerplate`` (from
    ``Boilerplate.learn`` over a batch) marks lines repeated across the batch
    as chrome.  Raises NewsclipError
    (or a subclass) for input that holds no article.
    """
    text, source, warnings = _prepare(data, path, input_format)
    if source.format == "html":
        from .html import read_html  # lxml is imported only for HTML

        record = read_html(text, source)
    else:
        from .text import read_text

        record = read_text(text, source, boilerplate=boilerplate)
    if warnings:
        record = replace(record, warnings=warnings + record.warnings)
    return record


def explain(
    data: str | bytes, *, path: str | None = None, input_format: str | None = None
) -> list[Provenance]:
    """Every input line (or, for HTML, the metadata found and every block kept or
    dropped) with its label and the rule that gave it."""
    text, source, _warnings = _prepare(data, path, input_format)
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


def parse_file(path: str | os.PathLike[str], *, input_format: str | None = None) -> Record:
    """Read and parse one file; ``source.path`` is the path as given."""
    return parse(read_file(path), path=os.fsdecode(path), input_format=input_format)
