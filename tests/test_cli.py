"""The command line, through click's CliRunner: exit codes and exact messages."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import FIXTURES, assert_valid

import newsclip
from newsclip.cli import cli

BASIC = FIXTURES / "archive_basic.txt"
NOT_TEXT = "not a text dump or HTML page"
NUL = b"Headline\x00\x01\x02 and more\x00" * 10
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\r\n\xc2\xa0\n\n", "only white space"),
        ("image.png", PNG, f"binary data (a PNG image), {NOT_TEXT}"),
        ("nul.txt", NUL, f"binary data (NUL bytes), {NOT_TEXT}"),
        ("menu.txt", b"Print\n\nShare\n\nComments (12)\n", "no article text found"),
        ("picker.txt", b"Select date\n\nMay 2024\n\nMon Tue Wed Thu Fri Sat Sun\n\nPrint\n",
         "no article text found"),
    ],
)
@pytest.mark.parametrize("command", ["parse", "explain"])
def test_bad_input_is_one_line_and_exit_1(tmp_path: Path, command, name, data, reason) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = run(command, str(path))
    if command == "explain" and reason == "no article text found":
        # explain shows why nothing was kept, so a page of chrome is no error for it.
        assert result.exit_code == 0
        return
    assert result.exit_code == 1
    assert result.stderr == f"newsclip: {path}: {reason}\n"
    assert result.stdout == ""
    assert isinstance(result.exception, SystemExit)  # never a traceback


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    result = run("parse", str(path))
    assert result.exit_code == 1
    assert result.stderr == f"newsclip: {path}: no such file\n"
    assert result.stdout == ""


def test_stdin() -> None:
    result = run("parse", "-", input=BASIC.read_bytes())
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert_valid(data)
    assert data["title"] == "Harbour cranes fall silent: dockers strike for a second week"
    assert data["source"]["path"] is None


def test_empty_stdin_names_stdin() -> None:
    result = run("parse", "-", input=b"")
    assert result.exit_code == 1
    assert result.stderr == "newsclip: <stdin>: empty file\n"


def test_json_is_utf8_not_ascii_escaped(in_root) -> None:
    result = run("parse", "fixtures/credit_ria.txt")
    assert result.exit_code == 0
    assert "city’s" in result.stdout_bytes.decode("utf-8")
    assert "\\u2019" not in result.stdout
    data = json.loads(result.stdout)
    assert data == newsclip.parse_file("fixtures/credit_ria.txt").to_dict()
    assert result.stdout.startswith('{\n  "title": ')


def test_format_jsonl_is_one_line(in_root) -> None:
    result = run("parse", "fixtures/credit_ria.txt", "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1 and result.stdout.endswith("\n")
    assert json.loads(result.stdout) == json.loads(run("parse", "fixtures/credit_ria.txt").stdout)


def test_format_md(in_root) -> None:
    result = run("parse", "fixtures/credit_ria.txt", "--format", "md")
    assert result.exit_code == 0
    assert result.stdout == (FIXTURES / "credit_ria.md").read_text(encoding="utf-8")


def test_unknown_format_is_a_usage_error() -> None:
    result = run("parse", str(BASIC), "--format", "xml")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr
    assert result.stdout == ""


def test_usage_errors_exit_2() -> None:
    assert run("parse").exit_code == 2
    assert run("parse", str(BASIC), "--no-such-option").exit_code == 2
    assert run("no-such-command").exit_code == 2


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_output_file(tmp_path: Path, in_root, fmt: str) -> None:
    out = tmp_path / f"basic.{fmt}"
    result = run("parse", "fixtures/archive_basic.txt", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    suffix = ".json" if fmt == "json" else ".md"
    assert out.read_bytes() == (FIXTURES / f"archive_basic{suffix}").read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary left behind


def test_output_file_overwrites(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old")
    assert run("parse", str(BASIC), "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["outlet"] == "Harbour Gazette"


def test_output_to_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "out.json"
    result = run("parse", str(BASIC), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"newsclip: {out}: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"newsclip, version {newsclip.__version__}\n"


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("parse", "explain", "schema"):
        assert f"\n  {command} " in result.stdout


def test_parse_help_shows_examples() -> None:
    result = run("parse", "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    for example in (
        "newsclip parse dump.txt --format md",
        "newsclip parse page.html -o page.json",
        "cat dump.txt | newsclip parse -",
    ):
        assert example in result.stdout


def test_explain_labels(in_root) -> None:
    result = run("explain", "fixtures/credit_reuters.txt")
    assert result.exit_code == 0
    rows = result.stdout.splitlines()
    assert len(rows) == len((FIXTURES / "credit_reuters.txt").read_text().split("\n"))
    assert rows[0] == "    1  chrome   date-picker-prompt        Select date"
    assert rows[1] == "    2  blank                              "
    title = "Parliament votes to keep the old coins in circulation"
    assert rows[5] == f"    6  title    line-above-metadata       {title}"
    assert rows[7] == "    8  header   archive-metadata          14-6-2017 < RT 210 66 words"
    assert rows[10] == "   11  caption  photo-credit-agency       Reuters / Pavel Arkhipov"
    assert rows[12].startswith("   13  body     archive-body              Lawmakers voted")
    assert rows[-1] == "   22  chrome   print-link                Print"


def test_explain_tweet_and_dialogue(in_root) -> None:
    rows = run("explain", "fixtures/tweet_pic_link.txt").stdout.splitlines()
    labels = {row[7:16].strip() for row in rows}
    assert labels == {"chrome", "blank", "title", "header", "caption", "body", "embed"}
    assert any(" embed    embed-signature " in row for row in rows)
    rows = run("explain", "fixtures/interview_dialogue.txt").stdout.splitlines()
    assert "   14  body     archive-body              — How long will it take?" in rows


def test_schema_command() -> None:
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema == newsclip.SCHEMA


def test_explain_escapes_control_characters(tmp_path) -> None:
    dump = tmp_path / "esc.txt"
    dump.write_text(
        "A headline for the test\n\n14-3-2014 < RT 1 50 words\n\n"
        "Body \x1b[31mred\x1b[0m text, long enough to be taken as a paragraph.\n",
        encoding="utf-8",
    )
    result = run("explain", str(dump))
    assert result.exit_code == 0
    assert "\x1b" not in result.output
    assert "Body \\x1b[31mred\\x1b[0m text" in result.output
