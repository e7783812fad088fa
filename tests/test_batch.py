"""newsclip.batch as a library: the plan, safe output paths, reading, workers, atomic writes."""

from __future__ import annotations

import errno
import json
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from conftest import FIXTURES, assert_valid

from newsclip import NewsclipError, batch
from newsclip.batch import _pool, _work
from newsclip.files import read_input
from newsclip.text.boilerplate import MIN_BATCH

BASIC = FIXTURES / "archive_basic.txt"
HEADLINE = "Harbour cranes fall silent"


def dump(i: int) -> bytes:
    """An archive-layout dump of our own, its headline numbered so every output differs."""
    return BASIC.read_bytes().replace(HEADLINE.encode(), f"{HEADLINE} {i}".encode())


def tree(root: Path, names: list[str]) -> Path:
    for i, name in enumerate(names):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(dump(i))
    return root


def rels(plan: batch.Plan, root: Path) -> list[str]:
    return [os.path.relpath(j.out, root) for j in plan.jobs]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", "a.json"),
        ("a.txt.gz", "a.json"),
        ("a.HTML.GZ", "a.json"),
        ("a.b.html", "a.b.json"),
        ("README", "README.json"),
        (".hidden.txt", ".hidden.json"),
        (".gz", ".gz.json"),
        ("-dash.txt", "-dash.json"),
    ],
)
def test_output_name(name: str, expected: str) -> None:
    assert batch.output_name(name, ".json") == expected


@pytest.mark.parametrize(
    ("path", "parts"),
    [
        ("a/b.txt", ["a", "b.txt"]),
        ("./a/./b.txt", ["a", "b.txt"]),
        ("../../etc/b.txt", ["etc", "b.txt"]),
        ("/abs/dir/b.txt", ["abs", "dir", "b.txt"]),
        ("a/../../b.txt", ["b.txt"]),
        ("a/..b.txt", ["a", "..b.txt"]),
    ],
)
def test_safe_parts_never_climb(path: str, parts: list[str]) -> None:
    assert batch.safe_parts(path) == parts


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("plain name.txt", "plain name.txt"),
        ("line\nbreak.txt", "line\\nbreak.txt"),
        ("tab\there.txt", "tab\\there.txt"),
        (os.fsdecode(b"caf\xe9.txt"), "caf\\xe9.txt"),
        ("bell\x07.txt", "bell\\x07.txt"),
        ("Ünïcödé.txt", "Ünïcödé.txt"),
    ],
)
def test_printable_is_one_line_of_valid_text(path: str, shown: str) -> None:
    assert batch.printable(path) == shown
    shown.encode("utf-8")


@pytest.mark.parametrize(
    ("data", "nul", "paths"),
    [
        (b"a.txt\nb c.txt\n\n", False, ["a.txt", "b c.txt"]),
        (b"a.txt\r\nb.txt", False, ["a.txt", "b.txt"]),
        (b"line\nbreak.txt\0-x.txt\0", True, ["line\nbreak.txt", "-x.txt"]),
        (b"caf\xe9.txt\0", True, [os.fsdecode(b"caf\xe9.txt")]),
    ],
)
def test_iter_list(data: bytes, nul: bool, paths: list[str]) -> None:
    assert list(batch.iter_list(data, nul=nul)) == paths


def test_walk_mirrors_folders_and_takes_default_suffixes(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["b.txt", "a/x.html", "a/y.HTM", "c.text.gz", "z/q.txt"])
    (src / "notes.json").write_text("{}")
    (src / "image.png").write_bytes(b"\x89PNG")
    plan = batch.plan([str(src)], output_dir=str(tmp_path / "out"), suffix=".json")
    assert rels(plan, tmp_path / "out") == ["a/x.json", "a/y.json", "b.json", "c.json", "z/q.json"]
    assert not plan.collisions


def test_glob_chooses_files(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.dump", "b.txt", "sub/c.dump"])
    plan = batch.plan([str(src)], output_dir=str(tmp_path / "o"), suffix=".json",
                      patterns=["*.dump"])
    assert rels(plan, tmp_path / "o") == ["a.json", "sub/c.json"]


def test_named_files_keep_their_relative_path_and_never_climb(tmp_path: Path, monkeypatch) -> None:
    tree(tmp_path / "w", ["sub/a.txt", "b.txt"])
    monkeypatch.chdir(tmp_path / "w" / "sub")
    out = tmp_path / "out"
    plan = batch.plan(["a.txt", "../b.txt", str(tmp_path / "w" / "b.txt")],
                      output_dir=str(out), suffix=".md")
    outs = rels(plan, out)
    assert outs[:2] == ["a.md", "b.md"]
    assert outs[2] == os.path.join(*batch.safe_parts(str(tmp_path)), "w", "b.md")
    assert all(Path(j.out).resolve().is_relative_to(out.resolve()) for j in plan.jobs)


def test_two_inputs_for_one_output_are_a_collision_naming_both(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "a.html", "b.txt"])
    plan = batch.plan([str(src)], output_dir=str(tmp_path / "out"), suffix=".json")
    assert len(plan.collisions) == 1
    message = str(plan.collisions[0])
    assert str(src / "a.html") in message and str(src / "a.txt") in message
    assert message.startswith(str(tmp_path / "out" / "a.json") + ": ")


def test_an_output_that_would_overwrite_an_input_is_a_collision(tmp_path: Path) -> None:
    src = tree(tmp_path, ["a.txt", "b.json"])
    plan = batch.plan([str(src)], output_dir=str(src), suffix=".json", patterns=["*"])
    assert [str(c) for c in plan.collisions] == [
        f"{src / 'b.json'}: writing here would overwrite the input {src / 'b.json'}"]


def test_the_output_folder_inside_the_input_folder_is_not_walked(tmp_path: Path) -> None:
    src = tree(tmp_path, ["a.txt", "out/old.txt"])
    plan = batch.plan([str(src)], output_dir=str(src / "out"), suffix=".json")
    assert [j.src for j in plan.jobs] == [str(src / "a.txt")]


def test_symlink_loops_are_reported_not_followed(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "sub/b.txt"])
    (src / "sub" / "up").symlink_to(src, target_is_directory=True)
    (src / "self.txt").symlink_to(src / "self.txt")
    plan = batch.plan([str(src)], output_dir=None, suffix=".json")
    problems = {Path(j.src).name: j.problem for j in plan.jobs if j.problem}
    assert problems == {
        "self.txt": ("symlink-loop", "symlink loop"),
        "up": ("symlink-loop", "symlink loop (leads back to a folder above it)"),
    }
    assert sum(j.problem is None for j in plan.jobs) == 2


def test_fifos_and_devices_are_reported_without_opening(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "null.txt").symlink_to("/dev/null")
    plan = batch.plan([str(tmp_path), "/dev/zero"], output_dir=None, suffix=".json")
    assert [(Path(j.src).name, j.problem) for j in plan.jobs] == [
        ("null.txt", ("not-regular", "not a regular file (a character device)")),
        ("pipe.txt", ("not-regular", "not a regular file (a FIFO)")),
        ("zero", ("not-regular", "not a regular file (a character device)")),
    ]


def test_read_input_declines_a_fifo_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(NewsclipError, match=r"^not a regular file \(a FIFO\)$"):
        read_input(str(fifo))
    with pytest.raises(NewsclipError, match="^is a folder$"):
        read_input(str(tmp_path))
    with pytest.raises(NewsclipError, match="^no such file$"):
        read_input(str(tmp_path / "missing.txt"))


def _run(plan: batch.Plan, out: Path | None, workers: int, **settings) -> list[batch.Outcome]:
    s = batch.Settings(to_stream=out is None, **settings)
    return list(batch.run(plan.jobs, s, workers=workers,
                          output_dir=None if out is None else str(out)))


def test_outcomes_do_not_depend_on_the_number_of_workers(tmp_path: Path) -> None:
    names = [f"d{i:03}.txt" for i in range(80)] + ["bad.txt"]
    src = tree(tmp_path / "in", names)
    (src / "bad.txt").write_bytes(b"")
    plan = batch.plan([str(src)], output_dir=None, suffix=".json")
    one = _run(plan, None, 1)
    two = _run(plan, None, 2)
    assert [(o.status, o.data, o.message) for o in one] == [
        (o.status, o.data, o.message) for o in two]
    assert [o.status for o in one].count("failed") == 1
    records = [json.loads(o.data) for o in one if o.data]
    assert [r["title"] for r in records] == [f"{HEADLINE} {i}: dockers strike for a second week"
                                             for i in range(80)]
    for record in records[:3]:
        assert_valid(record)


def test_files_written_by_workers_equal_files_written_in_process(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", [f"s{i % 3}/d{i}.txt" for i in range(60)])
    plan1 = batch.plan([str(src)], output_dir=str(tmp_path / "o1"), suffix=".json")
    plan2 = batch.plan([str(src)], output_dir=str(tmp_path / "o2"), suffix=".json")
    assert {o.status for o in _run(plan1, tmp_path / "o1", 1)} == {"parsed"}
    assert {o.status for o in _run(plan2, tmp_path / "o2", 2)} == {"parsed"}
    files1 = sorted(p.relative_to(tmp_path / "o1") for p in (tmp_path / "o1").rglob("*.json"))
    files2 = sorted(p.relative_to(tmp_path / "o2") for p in (tmp_path / "o2").rglob("*.json"))
    assert files1 == files2 and len(files1) == 60
    assert all((tmp_path / "o1" / f).read_bytes() == (tmp_path / "o2" / f).read_bytes()
               for f in files1)


def test_skip_existing_skips_only_up_to_date_outputs(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["a.txt", "b.txt", "c.txt"])
    out = tmp_path / "out"
    plan = batch.plan([str(src)], output_dir=str(out), suffix=".json")
    _run(plan, out, 1)
    os.utime(src / "b.txt", ns=(2 * 10**18, 2 * 10**18))  # the input changed after its output
    (out / "c.json").unlink()
    statuses = [o.status for o in _run(plan, out, 1, skip_existing=True)]
    assert statuses == ["skipped", "parsed", "parsed"]


def test_a_full_disk_fails_the_file_stops_the_batch_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tree(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / "out"
    plan = batch.plan([str(src)], output_dir=str(out), suffix=".json")
    written = []

    def full(fd: int, data: memoryview) -> int:
        if written:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written.append(fd)
        return os.write(fd, data[:10])  # a short write first, as a filling disk gives

    monkeypatch.setattr(_work, "_write_fd", full)
    first = _run(plan, out, 1)[0]
    assert (first.status, first.code, first.message, first.fatal) == (
        "failed", "write", "no space left on device", True)
    assert list(out.iterdir()) == []


def test_a_symlinked_folder_inside_the_output_folder_cannot_lead_out(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", ["sub/a.txt", "b.txt"])
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere, target_is_directory=True)
    plan = batch.plan([str(src)], output_dir=str(out), suffix=".json")
    outcomes = _run(plan, out, 1)
    assert [(o.status, o.message) for o in outcomes] == [
        ("parsed", None), ("failed", "its folder leads out of the output folder (a symlink)")]
    assert list(elsewhere.iterdir()) == []


def test_learning_needs_a_batch_and_reads_a_bounded_sample(tmp_path: Path) -> None:
    src = tree(tmp_path, [f"d{i:03}.txt" for i in range(MIN_BATCH + 5)])
    plan = batch.plan([str(src)], output_dir=None, suffix=".json")
    assert batch.learn(plan.jobs[: MIN_BATCH - 1]) is None
    learned = batch.learn(plan.jobs)
    assert learned is not None and learned.documents == MIN_BATCH + 5
    assert "Select date" in learned  # chrome that every dump repeats
    assert batch.learn(plan.jobs, sample=MIN_BATCH).documents == MIN_BATCH


def test_a_process_with_other_threads_never_forks_its_workers(tmp_path: Path) -> None:
    src = tree(tmp_path / "in", [f"d{i:03}.txt" for i in range(40)])
    plan = batch.plan([str(src)], output_dir=None, suffix=".json")
    one = _run(plan, None, 1)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)  # as a caller's or a Dask client's thread
    other.start()
    try:
        assert _pool.start_method().get_start_method() in {"forkserver", "spawn"}
        two = _run(plan, None, 2)
    finally:
        stop.set()
        other.join()
    assert [(o.status, o.data) for o in one] == [(o.status, o.data) for o in two]
    assert {o.status for o in two} == {"parsed"}


def test_an_input_that_kills_its_worker_fails_alone_and_the_rest_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if _pool.start_method().get_start_method() != "fork":
        pytest.skip("the patched parse reaches workers only when they are forked")
    src = tree(tmp_path / "in", [f"d{i:03}.txt" for i in range(70)])
    (src / "d033.txt").write_bytes(dump(33) + b"\nKILL THE WORKER\n")
    real_parse = _work.iter_parts

    def deadly(data: bytes, **kwargs):
        if b"KILL THE WORKER" in data:
            os.kill(os.getpid(), 9)  # as the kernel's OOM killer would
        return real_parse(data, **kwargs)

    monkeypatch.setattr(_work, "iter_parts", deadly)  # forked workers inherit the patch
    out = tmp_path / "out"
    plan = batch.plan([str(src)], output_dir=str(out), suffix=".json")
    outcomes = _run(plan, out, 2)
    failed = [(Path(o.job.src).name, o.code) for o in outcomes if o.status == "failed"]
    assert failed == [("d033.txt", "crashed")]
    assert [o.status for o in outcomes].count("parsed") == 69
    assert len(list(out.glob("*.json"))) == 69
    assert list(out.glob(".*")) == []


@given(st.lists(st.sampled_from(["..", ".", "", "a", "b c", "-x", "\n", "\udcff", "/"]),
                max_size=8).map("/".join))
def test_no_name_leads_out_of_the_output_folder(name: str) -> None:
    out = "/srv/out"
    target = os.path.normpath(os.path.join(out, *batch.safe_parts(name)))
    assert target == out or target.startswith(out + "/")
