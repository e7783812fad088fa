"""Reading input files without ever waiting on them.

Shared by ``newsclip.read_file`` and the batch runner: a FIFO, a device or a
folder is declined before any read, an OSError becomes a short stable reason.
"""

from __future__ import annotations

import errno
import os
import stat

from .decode import MAX_INPUT_BYTES
from .errors import NotRegularError, TooLargeError, UnreadableError

__all__ = ["reason", "kind", "read_input"]

_REASONS = {
    errno.ENOENT: "no such file",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "symlink loop",
    errno.EISDIR: "is a folder",
    errno.ENOTDIR: "a path component is not a folder",
    errno.ENOSPC: "no space left on device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "read-only file system",
    errno.ENAMETOOLONG: "name too long",
}


def reason(exc: OSError) -> str:
    """A short, stable reason for an OSError (no errno numbers, no repeated path)."""
    return _REASONS.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()


def kind(mode: int) -> str:
    """What a non-regular file is, for messages."""
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_input(path: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """A file's bytes; declines folders, FIFOs, devices and files over the size limit.

    Opened non-blocking and checked with fstat before any read, so a FIFO or
    a device never makes newsclip wait.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise NotRegularError("is a folder") from None
        raise UnreadableError(reason(exc)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise NotRegularError("is a folder")
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularError(f"not a regular file ({kind(st.st_mode)})")
        if st.st_size > limit:
            raise TooLargeError(f"larger than {limit // 2**20} MiB")
        # one read of the stated size (plus one byte, to see a file that grew) is the
        # common case; loop only for a file that is still being written
        data = os.read(fd, st.st_size + 1)
        if len(data) > st.st_size:
            parts = [data]
            while chunk := os.read(fd, 1 << 20):
                parts.append(chunk)
                if sum(map(len, parts)) > limit:
                    break
            data = b"".join(parts)
    except OSError as exc:
        raise UnreadableError(reason(exc)) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise TooLargeError(f"larger than {limit // 2**20} MiB")
    return data
