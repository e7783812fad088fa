"""The CSV writer: a fixed column order, lists as JSON, cells that survive any text."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import FIXTURES

import newsclip
from newsclip.render import WRITERS
from newsclip.render import csv as csv_writer

RECORD = newsclip.parse((FIXTURES / "archive_basic.txt").read_bytes(), path="a.txt").to_dict()


def read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_columns_follow_the_record_with_source_flattened() -> None:
    flattened = {"source": RECORD["source"], "duplicate_of": {"path": None, "index": None}}
    fields = [k for k in RECORD if k not in flattened] + [
        f"{name}_{k}" for name, value in flattened.items() for k in value
    ]
    assert sorted(csv_writer.COLUMNS) == sorted(fields)
    assert csv_writer.COLUMNS[:5] == (
        "title", "published", "published_raw", "published_source", "modified"
    )
    assert WRITERS["csv"].suffix == ".csv"


def test_a_file_is_the_header_and_one_row() -> None:
    rows = read(csv_writer.render(RECORD))
    assert len(rows) == 2 and tuple(rows[0]) == csv_writer.COLUMNS
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["title"] == RECORD["title"]
    assert json.loads(row["paragraphs"]) == RECORD["paragraphs"]
    assert json.loads(row["removed"]) == RECORD["removed"]
    assert row["word_count"] == str(RECORD["word_count"])
    assert row["source_path"] == "a.txt"


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (None, ""),
        ("a, b", "a, b"),
        ('say "hi"', 'say "hi"'),
        ("two\nlines\r\nhere", "two\nlines\r\nhere"),
        ("=SUM(A1)", "=SUM(A1)"),
        ("ünï 😀", "ünï 😀"),
    ],
)
def test_cells_round_trip(value: str | None, cell: str) -> None:
    rows = read(csv_writer.render_row({**RECORD, "byline": value}))
    assert len(rows) == 1
    assert rows[0][csv_writer.COLUMNS.index("byline")] == cell


def test_the_header_is_the_row_csv_writes_of_the_columns() -> None:
    """``HEADER`` is written out (no ``csv`` import for a run that writes no CSV)."""
    buf = io.StringIO()
    csv.writer(buf).writerow(csv_writer.COLUMNS)
    assert csv_writer.HEADER == buf.getvalue()
