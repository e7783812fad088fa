"""``newsclip parse crawl.warc.gz``: one record per page on a stream, the rest counted,
damage reported while every other page is still written."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner
from conftest import assert_valid
from warcs import crawl, wet

from newsclip.cli import cli
from newsclip.warc import read_archive


def run(*args: str):
    return CliRunner().invoke(cli, ["parse", *args])


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_one_archive_gives_json_lines_and_its_tally(tmp_path: Path) -> None:
    (tmp_path / "c.warc.gz").write_bytes(crawl(3))
    done = run(str(tmp_path / "c.warc.gz"))
    assert done.exit_code == 0, done.stderr
    got = lines(done.stdout)
    # the records the library reads from the same bytes, in file order
    expected = [c.record.to_dict() for c in read_archive(
        io.BytesIO(crawl(3)), name=str(tmp_path / "c.warc.gz")) if c.record is not None]
    assert got == expected and len(got) == 3
    for record in got:
        assert_valid(record)
        assert record["url"] and record["source"]["warc"]["record_id"].startswith("<urn:uuid:")
    assert done.stderr.splitlines()[0] == (
        f"newsclip: {tmp_path / 'c.warc.gz'}: 3 pages; 8 WARC records skipped "
        "(metadata 3, not-html 1, request 3, warcinfo 1)")
    assert "1 parsed, 0 failed, 0 skipped" in done.stderr


def test_archives_and_dumps_into_one_json_array(tmp_path: Path) -> None:
    (tmp_path / "c.warc.gz").write_bytes(crawl(2))
    (tmp_path / "p.warc.wet.gz").write_bytes(wet(2))
    out = tmp_path / "all.json"
    done = run(str(tmp_path / "c.warc.gz"), str(tmp_path / "p.warc.wet.gz"), "-o", str(out))
    assert done.exit_code == 0, done.stderr
    records = json.loads(out.read_text())
    assert [r["source"]["format"] for r in records] == ["html", "html", "text", "text"]


def test_damage_is_a_failure_line_and_the_other_pages_are_kept(tmp_path: Path) -> None:
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(crawl(3)[:-40])
    errors = tmp_path / "errors.jsonl"
    done = run(str(cut), "--errors", str(errors))
    assert done.exit_code == 1
    assert len(lines(done.stdout)) == 3
    (line,) = [s for s in done.stderr.splitlines() if "damaged" in s]
    assert line.startswith(f"newsclip: {cut}: 3 pages;") and "1 damaged: offset " in line
    (entry,) = lines(errors.read_text())
    assert entry["path"] == str(cut) and entry["code"] == "damaged"


def test_min_words_leaves_short_pages_out_and_counts_them(tmp_path: Path) -> None:
    (tmp_path / "c.warc.gz").write_bytes(crawl(2))
    done = run(str(tmp_path / "c.warc.gz"), "--min-words", "100000")
    assert done.exit_code == 0 and done.stdout == ""
    assert "0 pages; 8 WARC records skipped (metadata 2, not-html 1, request 2, short 2, " \
        "warcinfo 1)" in done.stderr


def test_an_archive_into_parquet_parts(tmp_path: Path) -> None:
    (tmp_path / "c.warc.gz").write_bytes(crawl(3))
    done = run(str(tmp_path / "c.warc.gz"), "--format", "parquet", "-o", str(tmp_path / "pq"))
    assert done.exit_code == 0, done.stderr
    rows = pq.read_table(str(tmp_path / "pq")).to_pylist()
    assert [r["title"] for r in rows] == ["Harbour strike 0", "Harbour strike 1",
                                         "Harbour strike 2"]


def test_a_folder_of_one_file_per_page_is_refused_per_archive(tmp_path: Path) -> None:
    (tmp_path / "c.warc.gz").write_bytes(crawl(1))
    done = run(str(tmp_path / "c.warc.gz"), "-o", str(tmp_path / "out") + "/")
    assert done.exit_code == 1
    assert "a web archive's pages go to one stream" in done.stderr
    assert not list((tmp_path / "out").rglob("*.json"))
