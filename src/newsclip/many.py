"""Inputs that hold many records: the registry of their readers.

A news-database export holds many articles (a web archive, many pages).  A
reader of such an input is registered in ``READERS``: it says from the bytes
or the decoded text whether an input is its kind, yields the input's records
in order, each with ``source.index`` and ``source.count``, and a
NewsclipError (with ``index``) for a part that gives no record, so one bad
part never costs the others; and it explains each line, with the record it
went to (``Provenance.part``).  ``api.iter_parts`` runs them (the batch's
entry), ``api.parse_all`` is the library's face.  What this module is not: a
reader; each reader is imported only when an input turns out to be its kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ._frozen import Frozen
from .decode import ZIP_MAGIC
from .errors import NewsclipError
from .record import Provenance, Record, Source

__all__ = ["ManyReader", "READERS", "READER_NAMES", "reader_for_bytes", "reader_for_text",
           "reader_named"]


class ManyReader(Frozen):
    """A reader of one kind of input that holds many records.

    ``read`` and ``explain`` take ``(data, text, source)``: the decoded
    ``text``, or None when the raw ``data`` were recognised before decoding.
    """

    #: the ``input_format`` name that forces it
    name: str
    #: True when the raw bytes are this kind (checked before decoding), or None
    sniff_bytes: Callable[[bytes], bool] | None
    #: True when the decoded text is this kind, or None
    sniff_text: Callable[[str], bool] | None
    #: the records and the errors of the parts that gave none, in order
    read: Callable[[bytes, str | None, Source], Iterator[Record | NewsclipError]]
    #: every line with its label, its rule and its record (``Provenance.part``)
    explain: Callable[[bytes, str | None, Source], list[Provenance]]


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
    if not data.startswith(ZIP_MAGIC):
        return False
    from .exports import is_docx

    return is_docx(data)


def _export_read(data: bytes, text: str | None, source: Source,
                 ) -> Iterator[Record | NewsclipError]:
    from .exports import read_export

    return read_export(data, text, source)


def _export_explain(data: bytes, text: str | None, source: Source) -> list[Provenance]:
    from .exports import explain_export

    return explain_export(data, text, source)


READERS: tuple[ManyReader, ...] = (
    ManyReader("export", _export_sniff_bytes, _export_sniff_text, _export_read,
               _export_explain),
)
READER_NAMES = tuple(r.name for r in READERS)


def reader_named(name: str) -> ManyReader | None:
    """The reader an ``input_format`` (or a sniffed ``source.format``) names, if any."""
    return next((r for r in READERS if r.name == name), None)


def reader_for_bytes(data: bytes, input_format: str | None) -> ManyReader | None:
    """The reader that takes these bytes before decoding (a DOCX), if any."""
    for reader in READERS:
        if input_format not in (None, reader.name) or reader.sniff_bytes is None:
            continue
        if reader.sniff_bytes(data):
            return reader
    return None


def reader_for_text(text: str) -> ManyReader | None:
    """The reader of an input of many records that this decoded text is, if any."""
    for reader in READERS:
        if reader.sniff_text is not None and reader.sniff_text(text):
            return reader
    return None
