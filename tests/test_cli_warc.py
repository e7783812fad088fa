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
    assert "1 parsed (3 records), 0 failed, 0 skipped" in done.stderr


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
    # the tally counts it; the damaged WARC record has a failure line of its own, as an
    # export's article cut off has
    (tally,) = [s for s in done.stderr.splitlines() if s.startswith(f"newsclip: {cut}: 3 pages;")]
    assert tally.endswith("; 1 damaged")
    (line,) = [s for s in done.stderr.splitlines() if s.startswith(f"newsclip: {cut}: offset ")]
    assert "truncated" in line
    (entry,) = lines(errors.read_text())
    assert entry["path"] == str(cut) and entry["code"] == "damaged" and entry["index"] is None
    assert entry["message"] == line.removeprefix(f"newsclip: {cut}: ")


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


def test_a_folder_gets_a_file_per_page_as_an_export_does(tmp_path: Path) -> None:
    (tmp_path / "c.warc.gz").write_bytes(crawl(3))
    out = tmp_path / "out"
    done = run(str(tmp_path / "c.warc.gz"), "-o", str(out) + "/")
    assert done.exit_code == 0, done.stderr
    (folder,) = [p for p in out.rglob("c") if p.is_dir()]  # where c.json would be
    assert sorted(p.name for p in folder.parent.iterdir()) == ["c"]  # nothing half-written
    assert sorted(p.name for p in folder.iterdir()) == ["0001.json", "0002.json", "0003.json"]
    got = [json.loads((folder / f"000{n}.json").read_text()) for n in (1, 2, 3)]
    assert [r["source"]["index"] for r in got] == [1, 2, 3]
    assert got == lines(run(str(tmp_path / "c.warc.gz")).stdout)


def test_duplicates_see_an_archive_s_pages_in_file_order(tmp_path: Path) -> None:
    twice = crawl(2) + crawl(1)  # page 0 again, as a third capture
    (tmp_path / "c.warc.gz").write_bytes(twice)
    done = run(str(tmp_path / "c.warc.gz"), "--duplicates")
    assert done.exit_code == 0, done.stderr
    got = lines(done.stdout)
    assert [r["duplicate_of"] for r in got] == [
        None, None, {"path": str(tmp_path / "c.warc.gz"), "index": 1}]
    assert "1 near-copies" in done.stderr
