"""newsclip: clean, structured records from news-page dumps and saved pages."""

from ._version import __version__
from .api import explain, parse, parse_all, parse_file, read_file
from .errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    IncompleteInputError,
    ManyRecordsError,
    NewsclipError,
    NoArticleError,
    NotRegularError,
    TimeBudgetError,
    TooLargeError,
    UnreadableError,
)
from .record import SCHEMA, Embed, Provenance, Record, RecordRef, Source
from .text.boilerplate import Boilerplate

__all__ = [
    "parse", "parse_all", "parse_file", "read_file", "explain",
    "Boilerplate", "Record", "Embed", "Provenance", "Source", "RecordRef", "SCHEMA",
    "NewsclipError", "EmptyInputError", "BinaryInputError", "DecodeError",
    "ManyRecordsError", "IncompleteInputError",
    "NoArticleError", "TooLargeError", "TimeBudgetError", "UnreadableError",
    "NotRegularError", "__version__",
]
