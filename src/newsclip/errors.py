"""The errors newsclip raises.

Every failure the library can foresee is a NewsclipError; the CLI turns it
into one line on stderr.  NewsclipError derives from ValueError so callers'
existing ``except ValueError`` keeps working (as dateutil's ParserError does).
"""

from __future__ import annotations


class NewsclipError(ValueError):
    """Base of every error newsclip raises on bad input."""

    #: short machine-readable name, used in ``--errors`` reports
    code = "error"


class EmptyInputError(NewsclipError):
    code = "empty"


class BinaryInputError(NewsclipError):
    code = "binary"


class DecodeError(NewsclipError):
    code = "decode"


class NoArticleError(NewsclipError):
    code = "no-article"


class TooLargeError(NewsclipError):
    code = "too-large"


class TimeBudgetError(NewsclipError):
    code = "timeout"
