"""CSV: one row per record, for R, pandas and spreadsheet users.

The column order is fixed (``COLUMNS``) so scripts can rely on it; list and
object fields are JSON strings in their cell; ``source`` and ``duplicate_of``
are split into a column per key (``source_path``, ``duplicate_of_index``…;
``source_warc`` stays one cell, a JSON object or empty).
Rows follow RFC 4180 (quoted when needed, CRLF between rows), which R's
``read.csv``, pandas and spreadsheets all read.  A file holds the header
and its rows; a stream of many records gets the header once (``HEADER``) and
then ``render_row`` per record.  Cells hold the values exactly as they are:
a title starting with ``=`` is not altered to stop spreadsheets reading a
formula, because R and pandas users need the real text.
"""

from __future__ import annotations

import io
import json
from typing import Any

__all__ = ["COLUMNS", "HEADER", "render_row", "render"]

#: the record's fields in the order the JSON has them, ``source`` flattened
COLUMNS = (
    "title", "published", "published_raw", "published_source", "modified", "outlet",
    "byline", "authors", "language", "url", "section", "tags", "edition", "description",
    "stated_word_count", "word_count", "is_article", "captions", "paragraphs", "embeds",
    "text", "header", "removed", "warnings",
    "source_path", "source_format", "source_encoding", "source_index", "source_count",
    "source_captured", "source_warc", "source_newsclip_version",
    "duplicate_of_path", "duplicate_of_index", "similarity",
)
#: object fields whose keys become columns of their own
_FLATTENED = ("source", "duplicate_of")


def _line(values: list[Any]) -> str:
    import csv  # (here: a dump read to JSON, the usual run, needs no CSV module)

    buf = io.StringIO()
    csv.writer(buf).writerow(values)
    return buf.getvalue()


#: the header row: the column names need no quotes (a test checks it against ``_line``)
HEADER = ",".join(COLUMNS) + "\r\n"


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # None is an empty cell, as R and pandas read a missing value
    return "" if value is None else value


def render_row(record: dict[str, Any], **_options: Any) -> str:
    flat = dict(record)
    for name in _FLATTENED:
        flat.update({f"{name}_{k}": v for k, v in (record.get(name) or {}).items()})
    return _line([_cell(flat.get(name)) for name in COLUMNS])


def render(record: dict[str, Any], **options: Any) -> str:
    return HEADER + render_row(record, **options)
