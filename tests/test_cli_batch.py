"""`newsclip parse` on many inputs: folders, lists, outputs, failures, hostile file systems.

Through click's CliRunner (in-process, exact exit codes and messages) and,
where a file system trick needs a real process or a real mount, subprocesses.
Permission tests use chmod when not root; as root (who ignores permissions)
the denial is simulated at the os.open/os.scandir boundary, and the
read-only and full-disk cases use a small tmpfs when mounting is allowed.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, assert_valid

from newsclip import batch
from newsclip.cli import cli
from newsclip.render.csv import COLUMNS

BASIC = FIXTURES / "archive_basic.txt"
HEADLINE = "Harbour cranes fall silent"
ROOT_USER = os.geteuid() == 0


def dump(i: int) -> bytes:
    return BASIC.read_bytes().replace(HEADLINE.encode(), f"{HEADLINE} {i}".encode())


def title(i: int) -> str:
    return f"{HEADLINE} {i}: dockers strike for a second week"


def tree(root: Path, names: list[str | bytes]) -> Path:
    for i, name in enumerate(names):
        path = os.path.join(os.fsencode(root), os.fsencode(name))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(dump(i))
    return root


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def lines(text: str) -> list[str]:
    return text.splitlines()


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def summary(stderr: str) -> str:
    """The summary line without its timing."""
    last = lines(stderr)[-1]
    return last.rsplit(" in ", 1)[0]


# ------------------------------------------------------------------ outputs


def test_a_folder_goes_to_stdout_as_json_lines_in_input_order(tmp_path: Path) -> None:
    src = tree(tmp_path, ["b.txt", "a/z.txt", "a/b.html.gz", "c.text"])
    result = run("parse", str(src), "-j", "1")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in lines(result.stdout)]
    assert [r["source"]["path"] for r in records] == [
        str(src / n) for n in ("a/b.html.gz", "a/z.txt", "b.txt", "c.text")]
    assert [r["title"] for r in records] == [title(2), title(1), title(0), title(3)]
    for record in records:
        assert_valid(record)
    assert lines(result.stderr) == [lines(result.stderr)[-1]]
    assert summary(result.stderr) == "newsclip: 4 parsed, 0 failed, 0 skipped"


def test_output_folder_mirrors_the_input_folders(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["x/one.txt", "x/y/two.txt", "three.txt.gz"])
    out = tmp_path / "out"
    result = run("parse", str(src), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert files(out) == ["three.json", "x/one.json", "x/y/two.json"]
    record = json.loads((out / "x/y/two.json").read_text(encoding="utf-8"))
    assert record["title"] == title(1)
    assert record["source"]["path"] == str(src / "x/y/two.txt")


def test_markdown_files_with_o(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "b.txt"])
    result = run("parse", str(src), "--format", "md", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert files(tmp_path / "out") == ["a.md", "b.md"]
    assert (tmp_path / "out/b.md").read_text(encoding="utf-8").startswith("---\ntitle: ")


def test_markdown_to_stdout_with_several_inputs_is_refused(tmp_path: Path) -> None:
    src = tree(tmp_path, ["a.txt", "b.txt"])
    result = run("parse", str(src / "a.txt"), str(src / "b.txt"), "--format", "md")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "newsclip: Markdown with several inputs needs an output folder: use -o DIR\n")


def test_csv_to_stdout_has_one_header_and_one_row_per_record(tmp_path: Path) -> None:
    src = tree(tmp_path, ["a.txt", "b.txt", "c.txt"])
    result = run("parse", str(src), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert [row[0] for row in rows[1:]] == [title(0), title(1), title(2)]
    record = dict(zip(COLUMNS, rows[1], strict=True))
    assert json.loads(record["paragraphs"])[0].startswith("Work at the container terminal")
    assert json.loads(record["captions"]) == ["Photo from twitter.com user @harbourgazette"]
    assert record["source_path"] == str(src / "a.txt")
    assert record["published"] == "2016-06-02"


def test_csv_files_with_o_each_have_the_header(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "b.txt"])
    assert run("parse", str(src), "--format", "csv", "-o", str(tmp_path / "o")).exit_code == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "o/b.csv").read_text(), newline="")))
    assert [tuple(rows[0]), rows[1][0]] == [COLUMNS, title(1)]


def test_the_output_does_not_depend_on_the_number_of_workers(tmp_path: Path) -> None:
    src = tree(tmp_path, [f"d{i:03}.txt" for i in range(70)])
    (src / "d050.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    one, two = run("parse", str(src), "-j", "1"), run("parse", str(src), "-j", "2")
    assert (one.exit_code, two.exit_code) == (1, 1)
    assert one.stdout == two.stdout and len(lines(one.stdout)) == 69
    assert lines(one.stderr)[:-1] == lines(two.stderr)[:-1] == [
        f"newsclip: {src / 'd050.txt'}: binary data (a PNG image), "
        "not a text dump or HTML page"]


def test_stdin_among_other_inputs(tmp_path: Path) -> None:
    src = tree(tmp_path, ["a.txt"])
    result = run("parse", str(src / "a.txt"), "-", input=dump(7))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in lines(result.stdout)]
    assert [(r["title"], r["source"]["path"]) for r in records] == [
        (title(0), str(src / "a.txt")), (title(7), None)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "newsclip: no input: give PATH arguments, '-' for stdin, or --from-list\n"),
        (["-0", "x.txt"], "newsclip: -0 only applies to --from-list\n"),
        (["-", "-"], "newsclip: stdin ('-') can be read only once\n"),
        (["--from-list", "-", "-"], "newsclip: stdin ('-') can be read only once\n"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = run("parse", *args, input=b"")
    assert (result.exit_code, result.stderr) == (2, message)


def test_o_naming_a_file_with_several_inputs_is_a_usage_error(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "b.txt"])
    (tmp_path / "taken").write_text("x")
    result = run("parse", str(src), "-o", str(tmp_path / "taken"))
    assert result.exit_code == 2
    assert result.stderr == (
        f"newsclip: {tmp_path / 'taken'}: is a file; with several inputs -o names a folder\n")


# ------------------------------------------------------------------ never lose or overwrite


def test_collisions_are_reported_naming_both_before_anything_is_written(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "a.html", "b.txt", "sub/c.txt", "sub/c.htm"])
    out = tmp_path / "out"
    result = run("parse", str(src), "-o", str(out))
    assert result.exit_code == 2
    assert lines(result.stderr) == [
        f"newsclip: {out / 'a.json'}: both {src / 'a.html'} and {src / 'a.txt'} "
        "would be written here",
        f"newsclip: {out / 'sub/c.json'}: both {src / 'sub/c.htm'} and {src / 'sub/c.txt'} "
        "would be written here",
        "newsclip: 2 output clash(es); nothing was written "
        "(choose the inputs with --glob, or give each its own -o)",
    ]
    assert not out.exists()


def test_o_the_input_folder_writes_beside_the_inputs_and_keeps_them(tmp_path: Path) -> None:
    src = tree(tmp_path, ["a.txt", "sub/b.html"])
    before = {p: p.read_bytes() for p in src.rglob("*") if p.is_file()}
    result = run("parse", str(src), "-o", str(src))
    assert result.exit_code == 0, result.output
    assert files(src) == ["a.json", "a.txt", "sub/b.html", "sub/b.json"]
    assert all(p.read_bytes() == data for p, data in before.items())
    # a second run with every file selected must refuse to overwrite its own inputs
    again = run("parse", str(src), "-o", str(src), "--glob", "*")
    assert again.exit_code == 2
    assert "writing here would overwrite the input" in again.stderr
    assert all(p.read_bytes() == data for p, data in before.items())


def test_the_output_folder_inside_the_input_folder_is_left_out(tmp_path: Path) -> None:
    src = tree(tmp_path, ["a.txt", "b.txt"])
    first = run("parse", str(src), "-o", str(src / "out"), "--glob", "*")
    second = run("parse", str(src), "-o", str(src / "out"), "--glob", "*")
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert files(src / "out") == ["a.json", "b.json"]
    assert summary(second.stderr) == "newsclip: 2 parsed, 0 failed, 0 skipped"


def test_skip_existing_resumes_and_redoes_only_what_is_missing(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", [f"d{i}.txt" for i in range(5)])
    out = tmp_path / "out"
    assert run("parse", str(src), "-o", str(out)).exit_code == 0
    (out / "d3.json").unlink()
    (out / ".d4.json.999.tmp").write_text("{half")  # what a killed run leaves
    result = run("parse", str(src), "-o", str(out), "--skip-existing")
    assert result.exit_code == 0
    assert summary(result.stderr) == "newsclip: 1 parsed, 0 failed, 4 skipped"
    assert json.loads((out / "d3.json").read_text())["title"] == title(3)


# ------------------------------------------------------------------ failures


def test_failures_are_one_line_each_the_batch_goes_on_and_exit_is_1(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "c.txt"])
    (src / "b.txt").write_bytes(b"")
    (src / "d.txt").write_bytes(b"Print\n\nShare\n")
    errors = tmp_path / "errors.jsonl"
    result = run("parse", str(src), "-o", str(tmp_path / "out"), "--errors", str(errors))
    assert result.exit_code == 1
    assert lines(result.stderr)[:-1] == [
        f"newsclip: {src / 'b.txt'}: empty file",
        f"newsclip: {src / 'd.txt'}: no article text found",
    ]
    assert summary(result.stderr) == "newsclip: 2 parsed, 2 failed, 0 skipped"
    assert files(tmp_path / "out") == ["a.json", "c.json"]
    assert [json.loads(line) for line in errors.read_text().splitlines()] == [
        {"path": str(src / "b.txt"), "code": "empty", "message": "empty file"},
        {"path": str(src / "d.txt"), "code": "no-article", "message": "no article text found"},
    ]


def test_fail_fast_stops_at_the_first_failure(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "c.txt", "d.txt"])
    (src / "b.txt").write_bytes(b"")
    result = run("parse", str(src), "-j", "1", "--fail-fast", "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert lines(result.stderr) == [
        f"newsclip: {src / 'b.txt'}: empty file",
        lines(result.stderr)[-1],
    ]
    assert summary(result.stderr) == "newsclip: 1 parsed, 1 failed, 0 skipped"
    assert lines(result.stderr)[-1].endswith(
        "; stopped at the first failure (--fail-fast), 2 not done")
    assert files(tmp_path / "out") == ["a.json"]


def test_progress_bar_can_be_forced_and_is_off_when_not_a_terminal(tmp_path: Path) -> None:
    src = tree(tmp_path, ["a.txt", "b.txt"])
    forced = run("parse", str(src), "--progress")
    quiet = run("parse", str(src))
    assert "parsing" in forced.stderr and "100%" in forced.stderr
    assert "parsing" not in quiet.stderr
    assert forced.stdout == quiet.stdout


# ------------------------------------------------------------------ names


WEIRD = ["with space.txt", "new\nline.txt", "-leading-dash.txt", b"caf\xe9.txt",
         "--help.txt", "quote\"'.txt"]


def test_from_list_nul_separated_takes_any_name(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", WEIRD)
    listing = b"".join(os.path.join(os.fsencode(src), os.fsencode(n)) + b"\0" for n in WEIRD)
    out = tmp_path / "out"
    result = run("parse", "--from-list", "-", "-0", "-o", str(out), input=listing)
    assert result.exit_code == 0, result.output
    made = sorted(os.listdir(os.fsencode(out / src.relative_to("/"))))
    assert made == sorted(os.fsencode(batch.output_name(os.fsdecode(n), ".json"))
                          for n in map(os.fsencode, WEIRD))
    paths = []
    for name in made:
        with open(os.path.join(os.fsencode(out / src.relative_to("/")), name), "rb") as fh:
            paths.append(json.loads(fh.read())["source"]["path"])
    assert f"{src}/new\nline.txt" not in paths  # never a raw line break: escaped
    assert f"{src}/new\\nline.txt" in paths and f"{src}/caf\\xe9.txt" in paths


def test_newline_separated_list_file(tmp_path: Path) -> None:
    src = tree(tmp_path, ["a b.txt", "c.txt"])
    (tmp_path / "list").write_text(f"{src / 'a b.txt'}\n\n{src / 'c.txt'}\n")
    result = run("parse", "--from-list", str(tmp_path / "list"))
    assert result.exit_code == 0
    assert [json.loads(x)["title"] for x in lines(result.stdout)] == [title(0), title(1)]


def test_a_bad_name_in_a_failure_line_stays_on_one_line(tmp_path: Path) -> None:
    bad = os.path.join(os.fsencode(tmp_path), b"bro\nken\xff.txt")
    with open(bad, "wb"):
        pass
    tree(tmp_path, ["ok.txt"])
    result = run("parse", str(tmp_path))
    assert result.exit_code == 1
    assert lines(result.stderr)[0] == f"newsclip: {tmp_path}/bro\\nken\\xff.txt: empty file"


def test_a_leading_dash_name_after_double_dash(tmp_path: Path, monkeypatch) -> None:
    tree(tmp_path, ["-x.txt", "-y.txt"])
    monkeypatch.chdir(tmp_path)
    result = run("parse", "-o", "out", "--", "-x.txt", "-y.txt")
    assert result.exit_code == 0, result.output
    assert files(tmp_path / "out") == ["-x.json", "-y.json"]


# ------------------------------------------------------------------ paths never escape -o


def test_no_output_escapes_o(tmp_path: Path, monkeypatch) -> None:
    work = tree(tmp_path / "w", ["deep/a.txt", "b.txt", "abs.txt"])
    monkeypatch.chdir(work / "deep")
    out = tmp_path / "w" / "deep" / "out"
    listing = f"a.txt\n../b.txt\n../deep/../../w/b.txt\n{work / 'abs.txt'}\n"
    result = run("parse", "--from-list", "-", "-o", str(out), input=listing.encode())
    assert result.exit_code == 0, result.output
    written = sorted(str(p.relative_to(out)) for p in tmp_path.rglob("*.json"))
    assert written == sorted(["a.json", "b.json", "w/b.json",
                              str(Path(*batch.safe_parts(str(work)), "abs.json"))])


def test_the_same_file_named_twice_is_parsed_once(tmp_path: Path, monkeypatch) -> None:
    src = tree(tmp_path / "in", ["a.txt", "b.txt"])
    monkeypatch.chdir(src)
    result = run("parse", ".", "a.txt", "./a.txt", "-o", "out")
    assert result.exit_code == 0, result.output
    assert summary(result.stderr) == "newsclip: 2 parsed, 0 failed, 0 skipped"


def test_a_symlink_in_the_output_folder_pointing_out_is_refused(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["sub/a.txt", "b.txt"])
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    (out / "sub").symlink_to(outside, target_is_directory=True)
    result = run("parse", str(src), "-o", str(out))
    assert result.exit_code == 1
    assert lines(result.stderr)[0] == (
        f"newsclip: {out / 'sub/a.json'}: its folder leads out of the output folder (a symlink)")
    assert list(outside.iterdir()) == []


# ------------------------------------------------------------------ hostile file systems


@pytest.fixture
def deny(monkeypatch: pytest.MonkeyPatch):
    """Make paths unreadable: chmod 000, or as root (who ignores modes) refuse them in os."""
    denied: list[Path] = []
    real_open, real_scandir = os.open, os.scandir

    def fake_open(path, flags, *args, **kwargs):
        if os.fsdecode(path) in map(str, denied) and not flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, flags, *args, **kwargs)

    def fake_scandir(path="."):
        if os.fsdecode(path) in map(str, denied):
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    if ROOT_USER:
        monkeypatch.setattr(os, "open", fake_open)
        monkeypatch.setattr(os, "scandir", fake_scandir)

    def add(path: Path) -> None:
        denied.append(path)
        if not ROOT_USER:
            path.chmod(0)

    yield add
    for path in denied:
        path.chmod(0o755)


def test_unreadable_files_and_folders_are_reported(tmp_path: Path, deny) -> None:
    src = tree(tmp_path, ["a.txt", "locked.txt", "shut/b.txt", "z.txt"])
    deny(src / "locked.txt")
    deny(src / "shut")
    errors = tmp_path.parent / f"{tmp_path.name}.errors.jsonl"
    result = run("parse", str(src), "-j", "1", "--errors", str(errors))
    assert result.exit_code == 1
    assert lines(result.stderr)[:-1] == [
        f"newsclip: {src / 'locked.txt'}: permission denied",
        f"newsclip: {src / 'shut'}: permission denied",
    ]
    assert [json.loads(x)["title"] for x in lines(result.stdout)] == [title(0), title(3)]
    assert [json.loads(x)["code"] for x in errors.read_text().splitlines()] == [
        "unreadable", "unreadable"]


def test_symlink_loops_fifos_and_devices_are_reported_never_hung_on(tmp_path: Path) -> None:
    src = tree(tmp_path, ["a.txt", "sub/b.txt"])
    (src / "sub" / "back").symlink_to(src, target_is_directory=True)
    (src / "loop.txt").symlink_to(src / "loop.txt")
    os.mkfifo(src / "pipe.txt")
    (src / "zero.txt").symlink_to("/dev/zero")
    # a real process with a deadline: a hang is a failure, not a stuck test run
    proc = subprocess.run(
        [sys.executable, "-m", "newsclip", "parse", str(src), "-j", "1"],
        capture_output=True, timeout=300, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines()[:-1] == [
        f"newsclip: {src / 'loop.txt'}: symlink loop",
        f"newsclip: {src / 'pipe.txt'}: not a regular file (a FIFO)",
        f"newsclip: {src / 'sub/back'}: symlink loop (leads back to a folder above it)",
        f"newsclip: {src / 'zero.txt'}: not a regular file (a character device)",
    ]
    assert len(proc.stdout.decode().splitlines()) == 2


def test_a_fifo_named_on_the_command_line_is_declined(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    proc = subprocess.run(
        [sys.executable, "-m", "newsclip", "parse", str(tmp_path / "pipe.txt")],
        capture_output=True, timeout=300, stdin=subprocess.DEVNULL,
    )
    assert (proc.returncode, proc.stderr.decode()) == (
        1, f"newsclip: {tmp_path / 'pipe.txt'}: not a regular file (a FIFO)\n")


@contextlib.contextmanager
def tmpfs(where: Path, options: str) -> Iterator[Path]:
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=True)


def test_an_output_folder_that_cannot_be_written_is_one_line_and_exit_1(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "b.txt"])
    if ROOT_USER:
        ctx = tmpfs(tmp_path / "ro", "ro,size=64k")
    else:
        (tmp_path / "ro").mkdir(mode=0o500)
        ctx = contextlib.nullcontext(tmp_path / "ro")
    with ctx as ro:
        result = run("parse", str(src), "-o", str(ro / "out"))
        assert result.exit_code == 1
        reason = "read-only file system" if ROOT_USER else "permission denied"
        assert result.stderr == (
            f"newsclip: {ro / 'out'}: cannot create the output folder ({reason})\n")


def test_a_disk_that_fills_up_stops_the_batch_with_no_half_written_file(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", [f"d{i:02}.txt" for i in range(40)])
    with tmpfs(tmp_path / "small", "size=32k") as small:
        result = run("parse", str(src), "-o", str(small), "-j", "1")
        assert result.exit_code == 1
        failures = lines(result.stderr)[:-1]
        assert len(failures) == 1
        assert failures[0].endswith(": no space left on device")
        assert "; stopped: the output folder can take no more" in result.stderr
        left = [p.name for p in small.iterdir()]
        assert not [n for n in left if n.endswith(".tmp")]
        for name in left:  # every file there is whole
            json.loads((small / name).read_text(encoding="utf-8"))


# ------------------------------------------------------------------ empty selections


DEFAULT_GLOBS = "*.txt *.text *.htm *.html (or .gz)"


@pytest.mark.parametrize(
    ("names", "extra", "chosen"),
    [
        ([], [], DEFAULT_GLOBS),
        (["notes.md", "sub/readme"], [], DEFAULT_GLOBS),
        (["a.txt"], ["--glob", "*.htm", "--glob", "x y*"], "--glob '*.htm' --glob 'x y*'"),
    ],
    ids=["empty-folder", "no-dump-in-it", "globs-match-nothing"],
)
def test_a_selection_of_no_file_is_a_usage_error(
    tmp_path: Path, names: list[str], extra: list[str], chosen: str
) -> None:
    src = tree(tmp_path / "in", names)
    src.mkdir(exist_ok=True)
    out = tmp_path / "out"
    result = run("parse", str(src), "-o", str(out), *extra)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"newsclip: {src}: no file matches {chosen}; --allow-empty accepts an empty run\n")
    assert not out.exists()
    allowed = run("parse", str(src), "-o", str(out), *extra, "--allow-empty")
    assert allowed.exit_code == 0
    assert summary(allowed.stderr) == "newsclip: 0 parsed, 0 failed, 0 skipped"


def test_several_empty_folders_are_named_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    result = run("parse", str(tmp_path / "a"), str(tmp_path / "b"))
    assert (result.exit_code, result.stderr) == (2, (
        f"newsclip: {tmp_path / 'a'}, {tmp_path / 'b'}: no file matches {DEFAULT_GLOBS}; "
        "--allow-empty accepts an empty run\n"))


def test_an_empty_list_is_a_usage_error_unless_allowed() -> None:
    result = run("parse", "--from-list", "-", input=b"")
    assert (result.exit_code, result.stderr) == (
        2, "newsclip: <stdin>: the list names no file; --allow-empty accepts an empty run\n")
    allowed = run("parse", "--from-list", "-", "--allow-empty", "--format", "json", input=b"")
    assert (allowed.exit_code, allowed.stdout) == (0, "[]\n")


def test_a_missing_folder_is_a_failure_not_an_empty_selection(tmp_path: Path) -> None:
    result = run("parse", str(tmp_path / "nowhere"), str(tmp_path / "nowhere2"))
    assert result.exit_code == 1
    assert lines(result.stderr)[0] == f"newsclip: {tmp_path / 'nowhere'}: no such file"


# ------------------------------------------------------------------ output formats


@pytest.mark.parametrize(
    ("name", "starts"), [("x.md", "---\n"), ("x.csv", "title,"), ("x.jsonl", '{"title":'),
                         ("x.json", '{\n  "title"'), ("x.out", '{\n  "title"')],
)
def test_the_format_follows_the_output_file_name(tmp_path: Path, name: str, starts: str) -> None:
    result = run("parse", str(BASIC), "-o", str(tmp_path / name))
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(starts)


@pytest.mark.parametrize(("fmt", "name"), [("md", "x.json"), ("json", "x.jsonl"), ("csv", "x.md")])
def test_a_format_that_contradicts_the_output_name_is_a_usage_error(
    tmp_path: Path, fmt: str, name: str
) -> None:
    result = run("parse", str(BASIC), "--format", fmt, "-o", str(tmp_path / name))
    suffix = name[1:]
    assert (result.exit_code, result.stderr) == (2, (
        f"newsclip: --format {fmt} contradicts -o {tmp_path / name} (a {suffix} file): "
        "give one of them, or make them agree\n"))
    assert not (tmp_path / name).exists()


def test_an_explicit_json_format_makes_several_records_one_array(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "b.txt", "c.txt"])
    (src / "bad.txt").write_bytes(b"")
    result = run("parse", str(src), "--format", "json", "-j", "1")
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert [r["title"] for r in records] == [title(0), title(1), title(2)]
    lines_out = lines(result.stdout)  # one record a line, between the brackets
    assert (lines_out[0], lines_out[-1], len(lines_out)) == ("[", "]", 5)
    default = run("parse", str(src), "-j", "1")
    assert [json.loads(line) for line in lines(default.stdout)] == records  # JSON Lines


@pytest.mark.parametrize("name", ["all.jsonl", "all.json", "all.csv"])
def test_several_inputs_into_one_named_file(tmp_path: Path, name: str) -> None:
    src = tree(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / name
    result = run("parse", str(src), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    titles = {
        "all.jsonl": lambda: [json.loads(line)["title"] for line in lines(text)],
        "all.json": lambda: [r["title"] for r in json.loads(text)],
        "all.csv": lambda: [row["title"] for row in csv.DictReader(io.StringIO(text))],
    }[name]()
    assert titles == [title(0), title(1)]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["in", name])  # no temporary file


def test_markdown_into_one_file_for_several_inputs_is_refused(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "b.txt"])
    result = run("parse", str(src), "-o", str(tmp_path / "all.md"))
    assert (result.exit_code, result.stderr) == (
        2, "newsclip: Markdown with several inputs needs an output folder: use -o DIR\n")


def test_the_one_output_file_may_not_be_an_input(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "all.jsonl"])
    target = src / "all.jsonl"
    before = target.read_bytes()
    result = run("parse", str(src), "--glob", "*", "-o", str(target))
    assert (result.exit_code, result.stderr) == (
        2, f"newsclip: {target}: writing here would overwrite the input {target}\n")
    assert target.read_bytes() == before


# ------------------------------------------------------------------ the terminal and exit 3


def test_quiet_prints_failures_only(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "c.txt"])
    (src / "b.txt").write_bytes(b"")
    result = run("parse", str(src), "-q", "--progress", "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == f"newsclip: {src / 'b.txt'}: empty file\n"


def test_failure_lines_stand_above_the_progress_bar(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "c.txt"])
    (src / "b.txt").write_bytes(b"")
    result = run("parse", str(src), "--progress", "-o", str(tmp_path / "out"))
    failure = f"newsclip: {src / 'b.txt'}: empty file"
    # each terminal line as it is left on screen: what follows its last carriage return
    shown = [line.rsplit("\r", 1)[-1] for line in result.stderr.split("\n")]
    assert failure in shown  # a line of its own, the bar's remains cleared from it
    assert shown.index(failure) < len(shown) - 2  # the bar is drawn again below it
    assert summary(result.stderr) == "newsclip: 2 parsed, 1 failed, 0 skipped"


def test_the_safety_valve_has_its_own_exit_code(tmp_path: Path, monkeypatch) -> None:
    from newsclip import TimeBudgetError
    from newsclip.batch import _work

    real = _work.parse

    def slow(data: bytes, **kw):
        if kw.get("path", "").endswith("b.txt"):
            raise TimeBudgetError("took more than 60 s of CPU time, the safety valve for one page")
        return real(data, **kw)

    monkeypatch.setattr(_work, "parse", slow)
    src = tree(tmp_path / "in", ["a.txt", "b.txt"])
    (src / "c.txt").write_bytes(b"")
    result = run("parse", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert f"newsclip: {src / 'b.txt'}: took more than 60 s of CPU time, the safety valve " \
        "for one page" in lines(result.stderr)
    single = run("parse", str(src / "b.txt"))
    assert single.exit_code == 3


def test_listed_folders_that_hold_no_dump_are_an_empty_selection(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    result = run("parse", "--from-list", "-", input=f"{tmp_path / 'a'}\n".encode())
    assert (result.exit_code, result.stderr) == (2, (
        f"newsclip: the paths in <stdin>: no file matches {DEFAULT_GLOBS}; "
        "--allow-empty accepts an empty run\n"))
