"""News-database exports: one file, many articles (LexisNexis, Nexis Uni; TXT and DOCX).

``looks_like_export`` tells an export from an ordinary dump by its content
(``many`` runs a quick test of its own first); ``is_docx`` a Word document;
``read_export`` yields one Record per whole article, and an ExportError for
an article that is not whole (cut off by the end of the file), in file order;
``explain_export`` gives every line its label, its rule and its article.  The
splitter (``split``) and the reader of one article (``article``) lean on the
structure every interface language shares; the words that differ are in
``labels``.  What this package is not: the reader of a single dump or page
(``text``, ``html``), or the registry that sends an input here (``many``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..record import Provenance, Record, Source
from ..text.model import Line, split_lines
from .split import Split, split

if TYPE_CHECKING:
    from .article import ExportError

__all__ = ["looks_like_export", "is_docx", "read_export", "explain_export"]


def looks_like_export(text: str) -> bool:
    """True when ``text`` is a news-database export (many articles with their metadata)."""
    return bool(split(split_lines(text)).segments)


def is_docx(data: bytes) -> bool:
    """True when ``data`` is a Word document (a ZIP archive holding one)."""
    from .docx import is_docx as docx_sniff  # zipfile, only for a ZIP archive

    return docx_sniff(data)


def _lines(data: bytes, text: str | None, source: Source) -> tuple[list[Line], Source]:
    """The lines of a text export, or of a DOCX's paragraphs (``text`` None)."""
    if text is not None:
        return split_lines(text), source
    from .docx import docx_lines

    return docx_lines(data), replace(source, encoding="docx")


def read_export(data: bytes, text: str | None, source: Source,
                ) -> Iterator[Record | ExportError]:
    """One Record per article of a text export (``text``) or a DOCX one (``data``,
    ``text`` None), or an ExportError for an article that is not whole."""
    lines, source = _lines(data, text, source)
    yield from _read(lines, split(lines), source)


def _read(lines: list[Line], parts: Split, source: Source) -> Iterator[Record | ExportError]:
    # (imported here: sniffing an ordinary dump must not import the readers)
    from .article import ExportError, read

    segments = parts.segments
    count = len(segments)
    if not count:
        return
    _label_outside(lines, parts)
    warnings: tuple[str, ...] = ()
    if parts.mixed:
        warnings = ("the file mixes two export layouts (N of M DOCUMENTS and End of Document)",)
    results: list[tuple[Record | ExportError, bool]] = []
    for index, seg in enumerate(segments, 1):
        outside = [] if seg.separator is None else [seg.separator]
        if index == 1:
            outside += range(*parts.cover)
        if index == count and parts.trailer is not None:
            outside += range(*parts.trailer)
        try:
            results.append(read(lines, seg, index, count, source, warnings, tuple(outside)))
        except ExportError as exc:
            results.append((exc, False))
    any_whole = any(whole for _r, whole in results[:-1])
    last_seg = segments[-1]
    for index, (result, whole) in enumerate(results, 1):
        if index == count and not whole and isinstance(result, Record) and (
            any_whole or (last_seg.number is not None and last_seg.number < (last_seg.total or 0))
        ):
            yield ExportError(
                f"article {index} of {count} is cut off: the file ends inside it", index, count)
            continue
        yield result
    if last_seg.total is not None and last_seg.number is not None \
            and last_seg.number < last_seg.total:
        missing = last_seg.total - last_seg.number
        yield ExportError(
            f"the file ends after article {last_seg.number} of {last_seg.total}: "
            f"{missing} article(s) missing", None, count)


def _label_outside(lines: list[Line], parts: Split) -> None:
    """Counter and marker lines, the cover and a trailer: nobody's, labelled chrome."""
    for seg in parts.segments:
        if seg.separator is not None:
            line = lines[seg.separator]
            line.label = "chrome"
            line.rule = "export-counter" if seg.layout == "classic" else "export-end"
    a, b = parts.cover
    for line in lines[a:b]:
        if not line.blank:
            line.label, line.rule = "chrome", "export-cover"
    if parts.trailer is not None:
        a, b = parts.trailer
        for line in lines[a:b]:
            if not line.blank:
                line.label, line.rule = "chrome", "export-trailer"


def explain_export(data: bytes, text: str | None, source: Source) -> list[Provenance]:
    """Every line with its label, its rule, and the article it went to (``part``: None
    for a cover page).  A DOCX's lines are its paragraphs, numbered as such; the blank
    lines between them are newsclip's, not the document's, and are left out."""
    lines, source = _lines(data, text, source)
    parts = split(lines)
    owner: dict[int, int] = {}
    for index, seg in enumerate(parts.segments, 1):
        for i in range(seg.start, seg.stop):
            owner[i] = index
        if seg.separator is not None:  # its counter line, or the marker that closes it
            owner[seg.separator] = index
    for _result in _read(lines, parts, source):
        pass
    skip_blank = text is None
    return [replace(line.provenance(), part=owner.get(i)) for i, line in enumerate(lines)
            if not (skip_blank and line.blank)]
