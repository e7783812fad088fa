"""--format parquet: part files of the batch's records, in input order, written whole."""

from __future__ import annotations

import errno
import json
import uuid
from pathlib import Path

import fsspec
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from test_batch import dump, tree

from newsclip.cli import cli
from newsclip.render import parquet


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    root = tree(tmp_path / "in", [f"d{i:03}.txt" for i in range(40)])
    (root / "d017.txt").write_bytes(b"")  # fails: no record, its place kept in the count
    return root


def _parts(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_parts_hold_the_records_in_input_order(dumps: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(cli, ["parse", str(dumps), "--format", "parquet", "-o",
                               str(tmp_path / "pq")])
    assert done.exit_code == 1 and "39 parsed, 1 failed" in done.stderr
    lines = runner.invoke(cli, ["parse", str(dumps)]).stdout.splitlines()
    rows = pq.read_table(tmp_path / "pq" / "part-00000.parquet").to_pylist()
    assert [r["source"]["path"] for r in rows] == [json.loads(x)["source"]["path"] for x in lines]
    assert rows[0]["paragraphs"] == json.loads(lines[0])["paragraphs"]
    assert list(_parts(tmp_path / "pq")) == ["part-00000.parquet"]


def test_parts_are_cut_by_inputs_and_do_not_depend_on_workers(
    dumps: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parquet, "PART_INPUTS", 16)
    runner = CliRunner()
    for jobs in ("1", "2"):
        done = runner.invoke(cli, ["parse", str(dumps), "--format", "parquet", "-j", jobs,
                                   "-o", str(tmp_path / f"j{jobs}")])
        assert done.exit_code == 1
    one, two = _parts(tmp_path / "j1"), _parts(tmp_path / "j2")
    assert list(one) == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert one == two
    counts = [pq.read_metadata(tmp_path / "j1" / name).num_rows for name in one]
    assert counts == [16, 15, 8]  # 16 inputs a part; the empty one (the 18th) gave no row


def test_parts_to_a_store(dumps: Path) -> None:
    bucket = f"memory://pq-{uuid.uuid4().hex[:8]}"
    done = CliRunner().invoke(cli, ["parse", str(dumps), "--format", "parquet",
                                    "-o", f"{bucket}/out"])
    assert done.exit_code == 1
    fs = fsspec.filesystem("memory")
    names = fs.ls(f"{bucket[len('memory://'):]}/out", detail=False)
    assert [n.rsplit("/", 1)[1] for n in names] == ["part-00000.parquet"]
    fs.rm(bucket[len("memory://"):], recursive=True)


@pytest.mark.parametrize(
    ("args", "message"),
    [([], "--format parquet writes part files: give the folder with -o DIR"),
     (["-o", "{out}", "--skip-existing"], "--skip-existing cannot resume --format parquet")],
)
def test_usage_errors(dumps: Path, tmp_path: Path, args: list[str], message: str) -> None:
    args = [a.replace("{out}", str(tmp_path / "o")) for a in args]
    done = CliRunner().invoke(cli, ["parse", str(dumps), "--format", "parquet", *args])
    assert done.exit_code == 2 and message in done.stderr


def test_existing_parts_are_never_overwritten(dumps: Path, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    runner = CliRunner()
    runner.invoke(cli, ["parse", str(dumps), "--format", "parquet", "-o", str(out)])
    before = _parts(out)
    again = runner.invoke(cli, ["parse", str(dumps), "--format", "parquet", "-o", str(out)])
    assert again.exit_code == 2 and "holds Parquet parts already" in again.stderr
    assert _parts(out) == before


def test_a_part_that_cannot_be_written_leaves_nothing_behind(
    dumps: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(local: str, target: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("newsclip.remote.put_file", full)
    out = tmp_path / "pq"
    done = CliRunner().invoke(cli, ["parse", str(dumps), "--format", "parquet", "-o", str(out)])
    assert done.exit_code == 1
    assert f"newsclip: {out / 'part-00000.parquet'}: no space left on device" in done.stderr
    assert list(out.iterdir()) == []
