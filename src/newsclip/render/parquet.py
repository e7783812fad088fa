"""Parquet: many records to one columnar file (pyarrow, the ``[parquet]`` extra).

The Arrow schema is made from the record's JSON Schema, so the two cannot
drift apart: strings, integers and booleans map to their Arrow types, lists
stay lists, objects become structs (``source``, each of ``embeds`` and
``removed``).  Dates need more than one column, because one Arrow column
holds one kind of time and a record's ``published`` may be a date
(``2014-03-14``), a date-time without a zone (``2020-10-23T18:45:00``: the
page did not say which zone) or one with its offset
(``2014-03-14T10:00:00+03:00``):

- ``published`` stays the ISO 8601 string, exactly as in the JSON;
- ``published_at`` is a timestamp in UTC, only when the zone is known (null
  for a bare date or a time without a zone: that instant is unknown, and
  guessing UTC would move it by hours);
- ``published_date`` is the calendar date the page gave, for every dated
  record (the local date: what a study counts by day).

``modified`` gets the same two columns (``modified_at``, ``modified_date``).
A field that is always a moment with its zone (``source.captured``, whose
JSON Schema format is ``date-time``) is a UTC timestamp.  Dates inside lists
(``embeds[].date``) stay strings.  A batch's records go to ``part-00000.parquet``, ``part-00001.parquet``… of
PART_INPUTS inputs each (``Parts``); each part is written row group by row
group to a temporary file and put in place whole.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from datetime import date, datetime, timezone
from typing import Any

from ..record import _DATE, SCHEMA

__all__ = [
    "COMPRESSION", "PART_INPUTS", "PART_ROWS", "ROW_GROUP", "SUFFIX", "PartWriter", "Parts",
    "arrow_schema", "part_name", "row", "to_bytes",
]

SUFFIX = ".parquet"
#: inputs to a part file of a batch at most (10,000 news pages: about 100 MB)
PART_INPUTS = 10_000
#: records that close a part after the input that reaches them (inputs of many records,
#: a web archive); both limits follow the inputs' order, never the workers
PART_ROWS = 100_000
#: records to a row group: what is held in memory while a part is written
ROW_GROUP = 2_000
#: parquet settings, fixed so that the same records give the same bytes
COMPRESSION = "zstd"


def _is_date(prop: dict[str, Any]) -> bool:
    """A date, or a date-time with or without its zone (the record's one date type)."""
    return prop.get("pattern") == _DATE["pattern"]


def _is_instant(prop: dict[str, Any]) -> bool:
    return prop.get("format") == "date-time"


def _arrow_type(prop: dict[str, Any]) -> Any:
    import pyarrow as pa

    if _is_instant(prop):
        return pa.timestamp("us", tz="UTC")
    kinds = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    kind = next(k for k in kinds if k != "null")
    if kind == "string":
        return pa.string()
    if kind == "integer":
        return pa.int64()
    if kind == "boolean":
        return pa.bool_()
    if kind == "number":
        return pa.float64()
    if kind == "array":
        return pa.list_(_arrow_type(prop["items"]))
    if kind == "object":
        return pa.struct([
            pa.field(name, _arrow_type(sub), nullable=_nullable(sub))
            for name, sub in prop["properties"].items()
        ])
    raise ValueError(f"no Arrow type for JSON Schema type {kind!r}")


def _nullable(prop: dict[str, Any]) -> bool:
    kinds = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    return "null" in kinds


def arrow_schema() -> Any:
    """The record's Arrow schema, field order as in the JSON, date columns beside their field."""
    import pyarrow as pa

    fields = []
    for name, prop in SCHEMA["properties"].items():
        fields.append(pa.field(name, _arrow_type(prop), nullable=_nullable(prop)))
        if _is_date(prop):
            fields.append(pa.field(name + "_at", pa.timestamp("us", tz="UTC")))
            fields.append(pa.field(name + "_date", pa.date32()))
    return pa.schema(fields)


def _instant(value: str | None) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    return moment.astimezone(timezone.utc) if moment.tzinfo else None


def _calendar_date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value[:10])


def _convert(value: Any, prop: dict[str, Any]) -> Any:
    """A JSON value as pyarrow takes it for the field's Arrow type."""
    if value is None:
        return None
    if _is_instant(prop):
        return _instant(value)
    if "properties" in prop:
        return {k: _convert(value.get(k), sub) for k, sub in prop["properties"].items()}
    if "items" in prop and "properties" in prop["items"]:
        return [_convert(item, prop["items"]) for item in value]
    return value


def row(record: dict[str, Any]) -> dict[str, Any]:
    """One record dict (``Record.to_dict()``) as a row of ``arrow_schema()``."""
    out: dict[str, Any] = {}
    for name, prop in SCHEMA["properties"].items():
        value = record.get(name)
        out[name] = _convert(value, prop)
        if _is_date(prop):
            out[name + "_at"] = _instant(value)
            out[name + "_date"] = _calendar_date(value)
    return out


def to_bytes(records: list[dict[str, Any]]) -> bytes:
    """The records as one Parquet file, in memory (it is then written in one piece)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([row(r) for r in records], schema=arrow_schema())
    buf = io.BytesIO()
    pq.write_table(table, buf, compression=COMPRESSION)
    return buf.getvalue()


def part_name(index: int) -> str:
    return f"part-{index:05}{SUFFIX}"


class PartWriter:
    """One part file: row groups written to a temporary file, put in place whole by ``close``."""

    def __init__(self, target: str) -> None:
        import pyarrow.parquet as pq

        from .. import remote

        self.target = target
        self.schema = arrow_schema()
        if remote.is_url(target):
            fd, self.tmp = tempfile.mkstemp(prefix=".newsclip-part-", suffix=SUFFIX)
            os.close(fd)
        else:
            folder, name = os.path.split(target)
            self.tmp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression=COMPRESSION)
        self.rows: list[dict[str, Any]] = []

    def add(self, record: dict[str, Any]) -> None:
        self.rows.append(row(record))
        if len(self.rows) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema),
                                    row_group_size=ROW_GROUP)
            self.rows = []

    def close(self) -> None:
        """Finish the file and put it in place; on any failure nothing is left behind."""
        from .. import remote

        try:
            self._flush()
            self.writer.close()
            remote.put_file(self.tmp, self.target)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        try:
            self.writer.close()
        except Exception:  # noqa: BLE001 - already failing: the file goes anyway
            pass
        try:
            os.unlink(self.tmp)
        except OSError:
            pass


class Parts:
    """A batch's records, in input order, into ``folder/part-00000.parquet``…: a part
    ends after ``part_inputs`` inputs, or after the input whose records take it
    to PART_ROWS.  ``add`` takes what one input gave (its records as JSON
    Lines, or None when it failed or was skipped); ``close`` finishes the last
    part.  OSError when a part cannot be written.
    """

    def __init__(self, folder: str, part_inputs: int | None = None) -> None:
        self.folder = folder
        self.part_inputs = part_inputs or PART_INPUTS
        self.parts = 0
        self.inputs = 0
        self.rows = 0
        self.current: PartWriter | None = None

    def add(self, lines: bytes | None) -> None:
        from .. import remote

        if self.current is None:
            self.current = PartWriter(remote.join(self.folder, part_name(self.parts)))
            self.inputs = self.rows = 0
        for line in (lines or b"").splitlines():
            self.current.add(json.loads(line))
            self.rows += 1
        self.inputs += 1
        if self.inputs >= self.part_inputs or self.rows >= PART_ROWS:
            self._finish()

    @property
    def writing(self) -> str | None:
        """The part being written (for messages)."""
        return None if self.current is None else self.current.target

    def _finish(self) -> None:
        if self.current is not None:
            self.current.close()  # on failure it stays ``writing``, for the message
            self.current = None
            self.parts += 1

    def close(self) -> None:
        self._finish()

    def abort(self) -> None:
        if self.current is not None:
            self.current.abort()
            self.current = None
