"""newsclip.remote: inputs and outputs through fsspec; memory:// stands in for an object store."""

from __future__ import annotations

import time
import uuid

import fsspec
import pytest

from newsclip import remote
from newsclip.errors import TooLargeError, UnreadableError


@pytest.fixture
def bucket():
    """A fresh ``memory://`` prefix, removed afterwards (the memory store is per process)."""
    name = f"memory://bucket-{uuid.uuid4().hex[:8]}"
    yield name
    fs = fsspec.filesystem("memory")
    if fs.exists(name[len("memory://"):]):
        fs.rm(name[len("memory://"):], recursive=True)


def put(url: str, data: bytes) -> None:
    with fsspec.open(url, "wb") as fh:
        fh.write(data)


@pytest.mark.parametrize(
    ("path", "expected"),
    [("s3://b/k", True), ("memory://x", True), ("file:///tmp/a", True), ("gs://b", True),
     ("dumps/a.txt", False), ("/abs/a.txt", False), ("C:\\dumps\\a.txt", False),
     ("-", False), ("a://", True), ("weird:name.txt", False)],
)
def test_is_url(path: str, expected: bool) -> None:
    assert remote.is_url(path) is expected


def test_expand_a_glob_a_prefix_and_a_file(bucket: str) -> None:
    for name in ("b.html", "a.txt", "sub/c.txt", "sub/d.png", "e.html.gz"):
        put(f"{bucket}/dumps/{name}", b"x")
    key = bucket[len("memory://"):]
    assert remote.expand(f"{bucket}/dumps/*.txt", lambda n: True) == [
        (f"{bucket}/dumps/a.txt", "a.txt")]
    assert remote.expand(f"{bucket}/dumps/s*/*", lambda n: True) == [
        (f"{bucket}/dumps/sub/c.txt", "sub/c.txt"), (f"{bucket}/dumps/sub/d.png", "sub/d.png")]
    assert remote.expand(f"{bucket}/dumps", lambda n: not n.endswith(".png")) == [
        (f"{bucket}/dumps/a.txt", "a.txt"), (f"{bucket}/dumps/b.html", "b.html"),
        (f"{bucket}/dumps/e.html.gz", "e.html.gz"), (f"{bucket}/dumps/sub/c.txt", "sub/c.txt")]
    assert remote.expand(f"{bucket}/dumps/b.html", lambda n: False) == [
        (f"{bucket}/dumps/b.html", f"{key}/dumps/b.html")]
    assert remote.expand(f"{bucket}/nothing/*.txt", lambda n: True) == []


def test_read_declines_what_is_too_large_before_reading(bucket: str, monkeypatch) -> None:
    put(f"{bucket}/big.txt", b"x" * 2048)
    opened = []
    real_open = fsspec.filesystem("memory").open
    monkeypatch.setattr(type(fsspec.filesystem("memory")), "open",
                        lambda self, *a, **k: opened.append(a) or real_open(*a, **k))
    with pytest.raises(TooLargeError, match="larger than"):
        remote.read(f"{bucket}/big.txt", limit=1024)
    assert not opened
    assert remote.read(f"{bucket}/big.txt") == b"x" * 2048


@pytest.mark.parametrize(
    ("url", "message"),
    [("memory://no-such-bucket/a.txt", "no such file"),
     ("s3x://bucket/a.txt", "Protocol not known"),
     # a store fsspec knows whose package is not installed (boxfs is in no extra)
     ("box://folder/a.txt", "no fsspec back end for box://")],
)
def test_read_failures_are_one_line(url: str, message: str) -> None:
    with pytest.raises(UnreadableError, match=message) as info:
        remote.read(url)
    assert "\n" not in str(info.value)


def test_write_to_a_store_and_read_back(bucket: str) -> None:
    remote.write(f"{bucket}/out/a.json", b"{}\n")
    remote.write(f"{bucket}/out/a.json", b"[]\n")
    assert remote.read(f"{bucket}/out/a.json") == b"[]\n"
    assert remote.expand(f"{bucket}/out", lambda n: True) == [(f"{bucket}/out/a.json", "a.json")]


def test_write_through_a_file_url_leaves_no_temporary_file(tmp_path) -> None:
    remote.makedirs(f"file://{tmp_path}/out")
    remote.write(f"file://{tmp_path}/out/a.json", b"{}\n")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.json"]
    assert (tmp_path / "out" / "a.json").read_bytes() == b"{}\n"


def test_up_to_date_compares_a_local_input_with_a_stored_output(bucket: str, tmp_path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("x")
    out = f"{bucket}/a.json"
    assert not remote.up_to_date(out, str(src))
    time.sleep(0.01)  # the store's clock must move past the input's (not a timing assertion)
    remote.write(out, b"{}")
    assert remote.up_to_date(out, str(src))
    assert remote.modified(f"{bucket}/missing") is None


def test_join() -> None:
    assert remote.join("s3://b/out", "x", "a.json") == "s3://b/out/x/a.json"
    assert remote.join("out", "a.json").endswith("a.json")
