"""Inputs and outputs anywhere fsspec reaches: ``s3://``, ``gs://``, ``az://``, ``memory://``…

A path with a scheme (``s3://bucket/dumps/*.html.gz``) is read and written
through fsspec, which the ``[cluster]`` and ``[parquet]`` extras install (and
s3fs, gcsfs or adlfs for each store); plain paths never come here, so a
local run imports none of it.  The same promises hold as for local files:
inputs over the size limit are declined before they are read, and an output
appears whole or not at all (object stores show an object only once its
upload is complete; other file systems get a temporary name and a rename).

What this is not: a walker of local folders (``batch``) or a reader of
local files (``files``).
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import re
from collections.abc import Callable
from typing import IO, Any

from .decode import MAX_INPUT_BYTES
from .errors import NewsclipError, TooLargeError, UnreadableError

__all__ = [
    "ATOMIC_PUT", "expand", "filesystem", "is_folder", "is_url", "join", "makedirs",
    "modified", "open_binary", "put_file", "read", "read_path", "reason", "up_to_date", "write",
]

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_GLOB = re.compile(r"[*?\[]")
#: stores whose single upload becomes visible only when it is complete
ATOMIC_PUT = frozenset({"s3", "s3a", "gs", "gcs", "az", "abfs", "abfss", "adl", "memory", "oss"})


def is_url(path: str) -> bool:
    """``scheme://…``: read through fsspec (a Windows drive letter has no ``//``)."""
    return _SCHEME.match(path) is not None


def filesystem(url: str) -> tuple[Any, str]:
    """``(fsspec file system, path inside it)``; NewsclipError when no backend reads it."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise UnreadableError(
            "URLs need fsspec: pip install 'newsclip[cluster]'") from None
    try:
        return url_to_fs(url)
    except ImportError as exc:
        scheme = url.split("://", 1)[0]
        raise UnreadableError(f"no fsspec back end for {scheme}:// ({_first_line(exc)})") from None
    except (ValueError, OSError) as exc:
        raise UnreadableError(reason(exc)) from None


def expand(url: str, match: Callable[[str], bool]) -> list[tuple[str, str]]:
    """The files a URL names, sorted, each with the path its output mirrors.

    A glob gives the files it matches, a folder (a prefix) every file below
    it whose name ``match`` accepts; their outputs mirror their place below
    the glob's fixed part or the folder, as for a local folder.  A file gives
    itself, its output mirroring its bucket and key (``s3://b/x/a.txt`` →
    ``b/x/a.txt``), as a local file named by its path.
    """
    fs, path = filesystem(url)
    try:
        if _GLOB.search(path):
            base = path[: _GLOB.search(path).start()].rpartition("/")[0]
            found = [p for p in fs.glob(path) if not fs.isdir(p)]
        elif fs.isdir(path):
            base = path.rstrip("/")
            found = [p for p in fs.find(path) if match(posixpath.basename(p))]
        else:
            base, found = "", [path]
    except OSError as exc:
        raise UnreadableError(reason(exc)) from None
    scheme = url.split("://", 1)[0]
    return sorted((_url(fs, scheme, p), posixpath.relpath(p, base or "/") if base
                   else p.lstrip("/")) for p in found)


def read_path(path: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """A local file (``files.read_input``: never waits on a FIFO) or a URL's bytes."""
    if is_url(path):
        return read(path, limit)
    from .files import read_input

    return read_input(path, limit)


def is_folder(url: str) -> bool:
    """The URL names many files: a glob, or a folder (a prefix of keys)."""
    fs, path = filesystem(url)
    if _GLOB.search(path):
        return True
    try:
        return bool(fs.isdir(path))
    except OSError:
        return False


def read(url: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """A file's bytes; one over ``limit`` is declined from its size, before it is read."""
    fs, path = filesystem(url)
    try:
        size = fs.size(path)
        if size is not None and size > limit:
            raise TooLargeError(f"larger than {limit // 2**20} MiB")
        with fs.open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except NewsclipError:
        raise
    except (OSError, ValueError) as exc:
        raise UnreadableError(reason(exc)) from None
    if len(data) > limit:
        raise TooLargeError(f"larger than {limit // 2**20} MiB")
    return data


def open_binary(url: str) -> IO[bytes]:
    """The file opened for reading as a stream (a web archive is read front to back)."""
    fs, path = filesystem(url)
    try:
        return fs.open(path, "rb")
    except (OSError, ValueError) as exc:
        raise UnreadableError(reason(exc)) from None


def write(url: str, data: bytes) -> None:
    """Write ``data`` to ``url`` so that a reader sees the old object or all of the new one.

    Raises OSError (as a local write does) when the store refuses it.
    """
    fs, path = filesystem(url)
    _place(fs, path, lambda dest: fs.pipe_file(dest, data))


def put_file(local: str, target: str) -> None:
    """Move the local file ``local`` to ``target`` (a path or a URL) whole, as ``write`` does."""
    if not is_url(target):
        os.replace(local, target)
        return
    fs, path = filesystem(target)
    if _protocol(fs) in ("file", "local"):
        os.replace(local, path)
        return
    try:
        _place(fs, path, lambda dest: fs.put_file(local, dest))
    finally:
        os.unlink(local)


def _place(fs: Any, path: str, upload: Callable[[str], None]) -> None:
    """``upload(dest)`` to ``path`` itself on a store whose uploads appear whole; elsewhere
    (file://, sftp://…) to a temporary name, then renamed into place."""
    if _protocol(fs) in ATOMIC_PUT:
        upload(path)
        return
    folder, name = posixpath.split(path)
    tmp = posixpath.join(folder, f".{name}.{os.getpid()}.tmp")
    try:
        upload(tmp)
        fs.mv(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            fs.rm(tmp)
        raise


def makedirs(url: str) -> None:
    """Make the output folder (object stores have none: nothing to do there)."""
    fs, path = filesystem(url)
    fs.makedirs(path, exist_ok=True)


def up_to_date(out: str, src: str) -> bool:
    """``out`` exists and was written no earlier than ``src`` changed (either may be a URL)."""
    newer = modified(out)
    older = modified(src)
    return newer is not None and older is not None and newer >= older


def modified(path: str) -> float | None:
    """When ``path`` last changed (seconds since the epoch), or None when unknown."""
    if not is_url(path):
        try:
            return os.stat(path).st_mtime
        except OSError:
            return None
    try:
        fs, inner = filesystem(path)
        return fs.modified(inner).timestamp()
    except (NewsclipError, OSError, NotImplementedError, ValueError):
        return None


def join(base: str, *parts: str) -> str:
    """``base`` and path parts joined with ``/`` (URLs) or the local separator."""
    if is_url(base):
        return posixpath.join(base, *parts)
    return os.path.join(base, *parts)


def _protocol(fs: Any) -> str:
    return fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]


def _url(fs: Any, scheme: str, path: str) -> str:
    # fsspec drops the scheme from what it lists; the user's own scheme goes back on
    return f"{scheme}://{path.lstrip('/')}" if scheme != "file" else fs.unstrip_protocol(path)


def reason(exc: BaseException) -> str:
    """A short reason for a failed read or write, for messages."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return _first_line(exc) or type(exc).__name__


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [""])[0][:200]
