"""newsclip: clean, structured records from news-page dumps and saved pages."""

from .api import Explained, explain, parse, parse_file, read_file
from .errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    ManyRecordsError,
    NewsclipError,
    NoArticleError,
    NotRegularError,
    TimeBudgetError,
    TooLargeError,
    UnreadableError,
)
from .many import IncompleteInputError, parse_all
from .record import SCHEMA, Embed, Record, RecordRef, Removed, Source
from .text.boilerplate import Boilerplate

__version__ = "0.1.0"

__all__ = [
    "parse", "parse_all", "parse_file", "read_file", "explain", "Explained",
    "Boilerplate", "Record", "Embed", "Removed", "Source", "RecordRef", "SCHEMA",
    "NewsclipError", "EmptyInputError", "BinaryInputError", "DecodeError",
    "ManyRecordsError", "IncompleteInputError",
    "NoArticleError", "TooLargeError", "TimeBudgetError", "UnreadableError",
    "NotRegularError", "__version__",
]
