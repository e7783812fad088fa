"""render.parquet: the Arrow schema follows the JSON Schema; records round-trip; dates in three columns."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import FIXTURES

import newsclip
from newsclip.record import SCHEMA, RecordRef, Source, WarcLocation
from newsclip.render import parquet

UTC = timezone.utc


def _records() -> list[dict]:
    out = []
    for path in sorted(FIXTURES.glob("*.txt"))[:6] + sorted((FIXTURES / "html").glob("*.html"))[:3]:
        out.append(newsclip.parse(path.read_bytes(), path=path.name).to_dict())
    return out


def _read(data: bytes) -> pa.Table:
    return pq.read_table(io.BytesIO(data))


def test_every_field_of_the_json_schema_is_a_column() -> None:
    schema = parquet.arrow_schema()
    for name in SCHEMA["properties"]:
        assert name in schema.names
    assert schema.field("paragraphs").type == pa.list_(pa.string())
    assert pa.types.is_struct(schema.field("source").type)
    assert pa.types.is_list(schema.field("embeds").type)
    assert schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert schema.field("published_date").type == pa.date32()
    assert schema.field("source").type.field("captured").type == pa.timestamp("us", tz="UTC")
    assert not schema.field("word_count").nullable and schema.field("title").nullable


def test_records_round_trip() -> None:
    records = _records()
    rows = _read(parquet.to_bytes(records)).to_pylist()
    assert len(rows) == len(records)
    for record, back in zip(records, rows, strict=True):
        for name in ("published", "modified"):  # every date field gets its two columns
            back.pop(f"{name}_at"), back.pop(f"{name}_date")
        assert back == record


@pytest.mark.parametrize(
    ("published", "at", "day"),
    [
        (date(2014, 3, 14), None, date(2014, 3, 14)),
        (datetime(2020, 10, 23, 18, 45), None, date(2020, 10, 23)),  # no zone: no instant
        (datetime(2014, 3, 14, 1, 0, tzinfo=timezone(timedelta(hours=3))),
         datetime(2014, 3, 13, 22, 0, tzinfo=UTC), date(2014, 3, 14)),  # the page's own day
        (None, None, None),
    ],
)
def test_a_date_a_naive_and_a_zoned_time(published, at, day) -> None:
    base = newsclip.parse((FIXTURES / "archive_basic.txt").read_bytes())
    record = replace(base, published=published).to_dict()
    (row,) = _read(parquet.to_bytes([record])).to_pylist()
    assert row["published"] == record["published"]
    assert row["published_at"] == at
    assert row["published_date"] == day


def test_a_web_archive_record_keeps_its_capture() -> None:
    base = newsclip.parse((FIXTURES / "archive_basic.txt").read_bytes())
    captured = datetime(2024, 5, 1, 10, 11, 12, tzinfo=UTC)
    source = Source("c.warc.gz", "html", "utf-8", captured=captured,
                    warc=WarcLocation("c.warc.gz", "<urn:x>", 9))
    record = replace(base, source=source, url="https://example.org/a").to_dict()
    (row,) = _read(parquet.to_bytes([record])).to_pylist()
    assert row["source"]["captured"] == captured
    assert row["source"]["warc"] == {"file": "c.warc.gz", "record_id": "<urn:x>", "offset": 9}
    assert row["url"] == "https://example.org/a"


def test_an_export_s_records_keep_their_place_section_and_near_copy() -> None:
    data = (FIXTURES / "exports" / "en_classic_cover.txt").read_bytes()
    first, second, *_ = newsclip.parse_all(data, path="e.txt")
    copy = replace(second, duplicate_of=RecordRef("e.txt", 1), similarity=0.875).to_dict()
    rows = _read(parquet.to_bytes([first.to_dict(), copy])).to_pylist()
    assert [(r["source"]["index"], r["source"]["count"]) for r in rows] == [(1, 3), (2, 3)]
    assert (rows[1]["section"], rows[1]["edition"]) == (second.section, second.edition)
    assert rows[1]["edition"] is not None
    assert rows[0]["duplicate_of"] is None and rows[0]["similarity"] is None
    assert rows[1]["duplicate_of"] == {"path": "e.txt", "index": 1}
    assert rows[1]["similarity"] == 0.875


def test_the_same_records_give_the_same_bytes() -> None:
    records = _records()
    assert parquet.to_bytes(records) == parquet.to_bytes([dict(r) for r in records])


def test_a_part_ends_after_its_inputs_or_at_the_input_that_fills_it(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    monkeypatch.setattr(parquet, "PART_ROWS", 5)
    line = (json.dumps(_records()[0]) + "\n").encode()
    parts = parquet.Parts(str(tmp_path), part_inputs=3)
    # inputs of 1, 0 (failed), 1 record; then one of 7 (an archive); then 2 of 1
    for lines in (line, None, line, line * 7, line, line):
        parts.add(lines)
    parts.close()
    rows = [pq.read_metadata(p).num_rows for p in sorted(tmp_path.iterdir())]
    assert rows == [2, 7, 2]
    assert [p.name for p in sorted(tmp_path.iterdir())] == [
        "part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
