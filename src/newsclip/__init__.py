"""newsclip: clean, structured records from news-page dumps and saved pages."""

from ._version import __version__
from .api import explain, parse, parse_file, read_file
from .errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    NewsclipError,
    NoArticleError,
    NotRegularError,
    TimeBudgetError,
    TooLargeError,
    UnreadableError,
)
from .record import SCHEMA, Embed, Provenance, Record, Source
from .text.boilerplate import Boilerplate

__all__ = [
    "parse", "parse_file", "read_file", "explain",
    "Boilerplate", "Record", "Embed", "Provenance", "Source", "SCHEMA",
    "NewsclipError", "EmptyInputError", "BinaryInputError", "DecodeError",
    "NoArticleError", "TooLargeError", "TimeBudgetError", "UnreadableError",
    "NotRegularError", "__version__",
]
