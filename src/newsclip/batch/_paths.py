"""Paths: what the user named, folder walks' file choice, and names safe to print and write.

Nothing here opens an input: it only turns names into names.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterator, Sequence

__all__ = ["DEFAULT_SUFFIXES", "STDIN", "printable", "output_name", "safe_parts", "iter_list", "PathList"]

#: what a folder walk picks up when no ``--glob`` is given (case-insensitive)
DEFAULT_SUFFIXES = (".txt", ".text", ".htm", ".html")
STDIN = "-"

_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(32), 127)}
_ESCAPES.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def printable(path: str) -> str:
    """A path as one printable line: undecodable bytes as ``\\xNN``, control characters escaped.

    Used in messages and in ``source.path``, where a newline in a file name
    would break the one-line-per-failure rule and a lone surrogate would not
    encode as UTF-8.
    """
    if path.isprintable():
        return path
    try:
        raw = path.encode("utf-8", "surrogateescape")
        text = raw.decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        text = path.encode("utf-8", "backslashreplace").decode("ascii")
    return text.translate(_ESCAPES)


def output_name(name: str, suffix: str) -> str:
    """``a.txt`` → ``a.json``; ``a.txt.gz`` → ``a.json``; ``README`` → ``README.json``."""
    stem = name[:-3] if name.lower().endswith(".gz") and len(name) > 3 else name
    base, ext = os.path.splitext(stem)
    return (base if ext else stem) + suffix


def safe_parts(path: str) -> list[str]:
    """A path's components with the root and every ``..`` dropped, so it stays below ``-o``."""
    parts = os.path.normpath(path).split(os.sep)
    return [p for p in parts if p not in ("", ".", "..")]


def _matcher(patterns: Sequence[str] | None) -> Callable[[str], bool]:
    if patterns:
        pats = tuple(patterns)
        return lambda name: any(fnmatch.fnmatchcase(name, p) for p in pats)

    def default(name: str) -> bool:
        low = name.lower()
        if low.endswith(".gz"):
            low = low[:-3]
        return low.endswith(DEFAULT_SUFFIXES)

    return default


def iter_list(data: bytes, *, nul: bool) -> Iterator[str]:
    """Paths from ``--from-list`` contents: NUL- or newline-separated, empty entries ignored."""
    sep = b"\0" if nul else b"\n"
    start = 0
    while start < len(data):
        end = data.find(sep, start)
        if end < 0:
            end = len(data)
        raw = data[start:end]
        start = end + 1
        if not nul and raw.endswith(b"\r"):
            raw = raw[:-1]
        if raw:
            yield os.fsdecode(raw)


class PathList:
    """What the user named: arguments, then ``--from-list`` entries; iterable again and again.

    The list is kept as its bytes (about the length of a path per entry), not
    as one object per path.
    """

    def __init__(self, paths: Sequence[str] = (), listing: bytes = b"", *, nul: bool = False):
        self.paths = tuple(paths)
        self.listing = listing
        self.nul = nul

    def __iter__(self) -> Iterator[str]:
        yield from self.paths
        yield from iter_list(self.listing, nul=self.nul)
