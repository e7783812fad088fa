"""The command line on URLs: memory:// stands in for S3 (inputs, globs, outputs, resuming)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import fsspec
import pytest
from click.testing import CliRunner
from test_batch import dump

from newsclip.cli import cli

MEMORY = fsspec.filesystem("memory")


@pytest.fixture
def bucket():
    name = f"bucket-{uuid.uuid4().hex[:8]}"
    yield f"memory://{name}"
    if MEMORY.exists(f"/{name}"):
        MEMORY.rm(f"/{name}", recursive=True)


def _store(bucket: str, names: list[str]) -> None:
    for i, name in enumerate(names):
        MEMORY.pipe_file(f"{bucket[len('memory://'):]}/dumps/{name}", dump(i))


def _listing(bucket: str, prefix: str) -> dict[str, bytes]:
    root = f"{bucket[len('memory://'):]}/{prefix}"
    return {p[len(root) + 2:]: MEMORY.cat_file(p) for p in MEMORY.find(root)}


def test_a_prefix_to_a_prefix_gives_what_a_folder_gives(bucket: str, tmp_path: Path) -> None:
    names = ["a.txt", "b.txt", "sub/c.txt", "sub/d.png"]
    _store(bucket, names)
    for i, name in enumerate(names):
        (tmp_path / "dumps" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "dumps" / name).write_bytes(dump(i))
    runner = CliRunner()
    remote_run = runner.invoke(cli, ["parse", f"{bucket}/dumps", "-o", f"{bucket}/out"])
    local_run = runner.invoke(cli, ["parse", str(tmp_path / "dumps"), "-o", str(tmp_path / "out")])
    assert (remote_run.exit_code, local_run.exit_code) == (0, 0)
    assert "3 parsed, 0 failed, 0 skipped" in remote_run.stderr
    stored = _listing(bucket, "out")
    assert sorted(stored) == ["a.json", "b.json", "sub/c.json"]
    for name, data in stored.items():
        record = json.loads(data)
        assert record["source"]["path"] == f"{bucket}/dumps/{name[:-5]}.txt"
        local = json.loads((tmp_path / "out" / name).read_bytes())
        assert {**record, "source": None} == {**local, "source": None}


def test_a_glob_and_resuming(bucket: str) -> None:
    _store(bucket, ["a.txt", "b.txt", "c.html"])
    runner = CliRunner()
    first = runner.invoke(cli, ["parse", f"{bucket}/dumps/*.txt", "-o", f"{bucket}/out"])
    assert first.exit_code == 0 and sorted(_listing(bucket, "out")) == ["a.json", "b.json"]
    again = runner.invoke(cli, ["parse", f"{bucket}/dumps/*.txt", "-o", f"{bucket}/out",
                                "--skip-existing"])
    assert again.exit_code == 0
    assert "0 parsed, 0 failed, 2 skipped" in again.stderr


def test_one_url_prints_one_record(bucket: str) -> None:
    _store(bucket, ["a.txt"])
    done = CliRunner().invoke(cli, ["parse", f"{bucket}/dumps/a.txt"])
    assert done.exit_code == 0
    assert json.loads(done.stdout)["source"]["path"] == f"{bucket}/dumps/a.txt"


def test_a_missing_url_is_one_line(bucket: str) -> None:
    done = CliRunner().invoke(cli, ["parse", f"{bucket}/nothing.txt"])
    assert done.exit_code == 1
    assert done.stderr == f"newsclip: {bucket}/nothing.txt: no such file\n"


def test_min_words_skips_short_records(bucket: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "short.txt").write_bytes(dump(1))  # about 110 words
    (folder / "long.txt").write_bytes(dump(2).replace(b"Work at", b"Work at " + b"the dock " * 60))
    done = CliRunner().invoke(cli, ["parse", str(folder), "--min-words", "150"])
    assert done.exit_code == 0
    lines = done.stdout.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(folder / "long.txt")]
    assert "1 parsed, 0 failed, 1 skipped" in done.stderr
