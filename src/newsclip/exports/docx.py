"""DOCX exports (Nexis Uni's default download) as lines, through python-docx.

Each paragraph of the document (and each row of a table), in reading order, is
one line (a paragraph's soft line breaks make several), with a blank line
between paragraphs, so the splitter reads it as it reads a text export.  A
line's number is its paragraph's (1-based), which is what ``removed`` and
``explain`` show.  python-docx is imported only here, and only for a DOCX.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from ..decode import ZIP_MAGIC
from ..errors import DecodeError, NewsclipError
from ..text.model import Line

__all__ = ["DOCUMENT_PART", "is_docx", "docx_lines"]

#: the part every Word document has
DOCUMENT_PART = "word/document.xml"


def is_docx(data: bytes) -> bool:
    """A ZIP archive holding a Word document."""
    if not data.startswith(ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return DOCUMENT_PART in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def docx_lines(data: bytes) -> list[Line]:
    """The document's paragraphs as lines; raises NewsclipError for an unreadable DOCX."""
    try:
        import docx
    except ImportError:
        raise NewsclipError(
            "reading DOCX needs python-docx: pip install 'newsclip[docx]'") from None
    try:
        document = docx.Document(io.BytesIO(data))
        texts = list(_paragraphs(document))
    except NewsclipError:
        raise
    except Exception as exc:  # python-docx raises what lxml and zipfile raise, and KeyError
        raise DecodeError(f"not a readable DOCX document ({type(exc).__name__})") from None
    lines: list[Line] = []
    for no, text in enumerate(texts, 1):
        for raw in text.replace("\r", "\n").split("\n"):
            lines.append(Line(no, raw, raw.strip(), "" if raw.strip() else "blank"))
        lines.append(Line(no, "", "", "blank"))
    return lines


def _paragraphs(container: Any) -> Iterator[str]:
    """Paragraph texts in reading order, descending into tables' cells."""
    from docx.table import Table

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            # a row is one line ("Date and Time: = January 20, 2022"): a cover page's
            # label and its value stand in two cells of one row
            for row in item.rows:
                seen = set()
                cells = []
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell comes back once per column
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(t for t in _paragraphs(cell) if t.strip()))
                yield " ".join(c for c in cells if c)
        else:
            yield item.text
