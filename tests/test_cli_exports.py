"""`newsclip parse` and `explain` on exports: one input, many records."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from click.testing import CliRunner
from conftest import FIXTURES, assert_valid

from newsclip.cli import cli
from newsclip.render.csv import COLUMNS

EXPORTS = FIXTURES / "exports"
EN = EXPORTS / "en_classic_cover.txt"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_an_export_prints_json_lines() -> None:
    result = run("parse", str(EN))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["index"] for r in records] == [1, 2, 3]
    assert {r["source"]["count"] for r in records} == {3}
    for r in records:
        assert_valid(r)
    assert result.stderr == ""


def test_csv_has_its_header_once(tmp_path: Path) -> None:
    result = run("parse", str(EN), "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 4
    out = tmp_path / "all.csv"
    assert run("parse", str(EN), "-o", str(out), "--format", "csv").exit_code == 0
    assert out.read_text(encoding="utf-8") == result.stdout


def test_an_output_folder_gets_a_folder_of_records(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("parse", str(EXPORTS), "-o", str(out), "--glob", "en_*.txt", "--glob", "en_*.docx")
    assert result.exit_code == 0, result.stderr
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    assert names == [
        "en_classic_cover", "en_classic_cover/0001.json", "en_classic_cover/0002.json",
        "en_classic_cover/0003.json", "en_uni_cover", "en_uni_cover/0001.json",
        "en_uni_cover/0002.json",
    ]
    record = json.loads((out / "en_uni_cover" / "0002.json").read_text(encoding="utf-8"))
    assert record["title"] == "Island ferry timetable cut for winter"
    assert result.stderr.startswith("newsclip: 2 parsed (5 records), 0 failed, 0 skipped")
    again = run("parse", str(EXPORTS), "-o", str(out), "--glob", "en_*.txt", "--glob", "en_*.docx",
                "--skip-existing")
    assert again.stderr.startswith("newsclip: 0 parsed, 0 failed, 2 skipped")


def test_a_folder_of_records_is_replaced_whole_and_no_other_folder_is(tmp_path: Path) -> None:
    out = tmp_path / "out"
    folder = out / "en_classic_cover"
    folder.mkdir(parents=True)
    (folder / "0009.json").write_text("an earlier run's record", encoding="utf-8")
    args = ("parse", str(EXPORTS), "--glob", EN.name, "-o", str(out))
    assert run(*args).exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["0001.json", "0002.json", "0003.json"]
    (folder / "notes.txt").write_text("the user's", encoding="utf-8")
    result = run(*args)
    assert result.exit_code == 1
    assert "holds other files (notes.txt), which writing them would remove" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "0001.json", "0002.json", "0003.json", "notes.txt"]
    assert sorted(p.name for p in out.iterdir()) == ["en_classic_cover"]  # nothing left over


def test_one_input_to_a_folder_and_markdown(tmp_path: Path) -> None:
    out = tmp_path / "md"
    out.mkdir()
    result = run("parse", str(EXPORTS / "de_classic.txt"), "-o", str(out) + os.sep,
                 "--format", "md")
    assert result.exit_code == 0, result.stderr
    made = sorted(p.name for p in out.rglob("*.md"))
    assert made == ["0001.md", "0002.md"]
    assert not [p for p in out.rglob(".*")]


def test_formats_that_hold_one_record_are_refused_for_many() -> None:
    result = run("parse", str(EN), "--format", "md")
    assert result.exit_code == 1
    assert result.stderr == (
        f"newsclip: {EN}: holds 3 records: Markdown needs an output folder (-o DIR), "
        "or use --format jsonl or csv\n")


def test_one_output_file_takes_every_record(tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    assert run("parse", str(EN), "-o", str(out), "--format", "jsonl").exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    # as several inputs' records would: -o FILE.json holds them as one JSON array
    array = tmp_path / "one.json"
    assert run("parse", str(EN), "-o", str(array)).exit_code == 0
    records = json.loads(array.read_text(encoding="utf-8"))
    assert [r["source"]["index"] for r in records] == [1, 2, 3]
    refused = run("parse", str(EN), "-o", str(tmp_path / "one.md"))
    assert refused.exit_code == 1 and "holds 3 records: Markdown needs an output folder" in (
        refused.stderr)
    assert not (tmp_path / "one.md").exists()


def test_a_cut_off_article_fails_alone(tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    result = run("parse", str(EXPORTS / "bad_truncated.txt"), str(EN), "--errors", str(errors))
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 5
    name = str(EXPORTS / "bad_truncated.txt")
    assert result.stderr.splitlines()[0] == (
        f"newsclip: {name}: article 3 of 3 is cut off: the file ends inside it")
    assert json.loads(errors.read_text(encoding="utf-8")) == {
        "path": name, "index": 3, "code": "export",
        "message": "article 3 of 3 is cut off: the file ends inside it"}


def test_explain_says_which_article_a_line_belongs_to() -> None:
    result = run("explain", str(EXPORTS / "de_classic.txt"))
    assert result.exit_code == 0
    rows = result.stdout.splitlines()
    assert rows[0].split() == ["1", "1", "chrome", "export-counter", "Dokument", "1", "von", "2"]
    assert any(r.split()[:4] == ["40", "2", "chrome", "export-counter"] for r in rows)
    cover = run("explain", str(EN)).stdout.splitlines()
    assert cover[3].split()[:4] == ["4", "-", "chrome", "export-cover"]


def test_input_format_text_reads_an_export_as_one_dump() -> None:
    result = run("parse", str(EXPORTS / "de_classic.txt"), "--input-format", "text")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"]["format"] == "text"
    forced = run("parse", str(FIXTURES / "archive_basic.txt"), "--input-format", "export")
    assert forced.exit_code == 1
    assert forced.stderr.endswith(": no article found in the export\n")


def test_a_folder_named_like_an_export_clashes_with_it(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "export").mkdir(parents=True)
    (src / "export.txt").write_bytes((EXPORTS / "de_classic.txt").read_bytes())
    (src / "export" / "0001.txt").write_bytes((FIXTURES / "archive_basic.txt").read_bytes())
    result = run("parse", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "would be written here" in result.stderr
    assert not (tmp_path / "out").exists()
