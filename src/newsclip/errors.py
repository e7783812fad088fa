"""The errors newsclip raises.

Every failure the library can foresee is a NewsclipError; the CLI turns it
into one line on stderr.  NewsclipError derives from ValueError so callers'
existing ``except ValueError`` keeps working (as dateutil's ParserError does).
"""

from __future__ import annotations

__all__ = [
    "NewsclipError", "EmptyInputError", "BinaryInputError", "DecodeError", "NoArticleError",
    "TooLargeError", "TimeBudgetError", "BatchError", "UnreadableError", "NotRegularError",
]


class NewsclipError(ValueError):
    """Base of every error newsclip raises on bad input."""

    #: short machine-readable name, used in ``--errors`` reports
    code = "error"


class EmptyInputError(NewsclipError):
    """Nothing to read: 0 bytes, or only white space and invisible characters."""

    code = "empty"


class BinaryInputError(NewsclipError):
    """Not text: a known file signature, NUL bytes, control characters, no encoding fits."""

    code = "binary"


class DecodeError(NewsclipError):
    """Text that breaks its own promise: a cut-off gzip, bytes a BOM's encoding rejects."""

    code = "decode"


class NoArticleError(NewsclipError):
    """Readable, but every line is page chrome: nothing to keep as an article."""

    code = "no-article"


class TooLargeError(NewsclipError):
    """Over a limit on size or work (decode.MAX_INPUT_BYTES, MAX_TEXT_CHARS, MAX_TEXT_LINES,
    the page limits of html.tree)."""

    code = "too-large"


class TimeBudgetError(NewsclipError):
    """An HTML page still being read when the safety valve ran out (60 s of CPU
    time, ``html.tree.SAFETY_VALVE``): the one outcome that depends on the machine."""

    code = "timeout"


class BatchError(NewsclipError):
    """The batch cannot start (an output folder that cannot be made, …)."""

    code = "batch"


class UnreadableError(NewsclipError):
    """An input the file system will not give us (permissions, gone, a symlink loop)."""

    code = "unreadable"


class NotRegularError(NewsclipError):
    """A folder, FIFO, socket or device where a file was expected."""

    code = "not-regular"
