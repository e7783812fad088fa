"""The default install: without an extra's libraries, asking for what needs them gives one
line naming the extra to install, never a traceback (the extras' imports are blocked
here, as if they had never been installed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from warcs import crawl

#: what a default install lacks: the [cluster], [parquet], [warc], [duplicates], [docx] extras
BLOCKED = ("dask", "distributed", "pyarrow", "warcio", "fsspec", "datasketch", "docx")

_RUN = f"""
import sys

class Missing:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {BLOCKED!r}:
            raise ImportError(f"No module named {{name!r}}")

sys.meta_path.insert(0, Missing())
from newsclip.cli import main

sys.argv = ["newsclip", *sys.argv[1:]]
main()
"""

DUMP = Path(__file__).parent.parent / "fixtures" / "archive_basic.txt"


@pytest.mark.parametrize(("args", "extra", "code"), [
    (["a.txt", "b.txt", "--cluster", "local:2"], "cluster", 1),
    (["a.txt", "b.txt", "--format", "parquet", "-o", "pq"], "parquet", 1),
    (["c.warc.gz"], "warc", 1),
    (["memory://bucket/a.txt"], "cluster", 1),
    (["a.txt", "b.txt", "--duplicates"], "duplicates", 2),
])
def test_an_extra_that_is_missing_is_named_in_one_line(
    tmp_path: Path, args: list[str], extra: str, code: int
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(DUMP.read_bytes())
    (tmp_path / "c.warc.gz").write_bytes(crawl(1))
    done = subprocess.run([sys.executable, "-c", _RUN, "parse", "-q", *args], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == code, done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith("newsclip: ") and f"pip install 'newsclip[{extra}]'" in line
    assert "Traceback" not in done.stderr
