"""What one line of a page's body is, by its words alone: a byline or a date
line (``meta_line``), a comment's signature, a sentence, a line without words."""

from __future__ import annotations

import re

from .._byline import poster_counts, poster_stats
from .._vocab import MONTH_WORDS, STAMP_ZONE_WORDS, VERSION_LINE, WEEKDAY_WORDS
from ..dates import parse_date
from .metadata import Meta

__all__ = ["SENTENCE_WORDS", "sentence", "has_words", "COMMENT_SIGNATURE", "meta_line",
           "MAX_META_CHARS"]


#: words in a full stop-ended line that make it a sentence, not a byline or a date
SENTENCE_WORDS = 8


def sentence(text: str) -> bool:
    return text.endswith(".") and len(text.split()) >= SENTENCE_WORDS


def has_words(text: str) -> bool:
    """Whether a line holds a letter or digit (a lone "Â" is a no-break space
    read in the wrong encoding; "* * *" is a rule drawn in text).  An
    underscore counts: "___" before a wire story's notes is kept with them."""
    return any((ch.isalnum() or ch == "_") and ch != "Â" for ch in text)


COMMENT_SIGNATURE = re.compile(
    r"(posted|submitted|written) by:?\s+[^.!?]{1,60}?\s(on|at)\s.{3,40}", re.I
)
_BY_LINE = re.compile(
    r"^(?:[Bb]y|BY|(?:[Ww]ritten|[Rr]eported|[Ee]dited|[Cc]ontributed|[Pp]osted|[Ss]ubmitted"
    r"|(?:[Mm]edically )?[Rr]eviewed) (?:[Bb]y|BY)"
    r"|[Vv]on|[Pp]ar|[Pp]or):?\s+[A-Z][\w'’.-]*(?:\s|$)"
)


#: a byline or a date line is short: at most this many characters …
MAX_META_CHARS = 150
#: … a "By …" line fewer characters than this and at most BYLINE_WORDS words
BYLINE_CHARS = 100
BYLINE_WORDS = 12
#: … the byline metadata named, with at most this many characters more around it
BYLINE_SLACK = 60
#: … a date line at most this many characters
DATE_CHARS = 60


def meta_line(text: str, meta: Meta) -> str | None:
    """A short line that is the byline or the date, not article text."""
    if len(text) > MAX_META_CHARS:
        return None
    short = len(text) < BYLINE_CHARS and len(text.split()) <= BYLINE_WORDS
    if _BY_LINE.match(text) and short and text[-1] not in ".!?":
        return "byline-line"
    if " | " in text and text[-1] not in ".!?" and any(
        _BY_LINE.match(part.strip()) for part in text.split(" | ")[1:]
    ):
        return "byline-line"  # "Outlet | date | By Name"
    if meta.byline and len(text) < len(meta.byline) + BYLINE_SLACK and meta.byline in text and not (
        text.startswith(meta.byline) and sentence(text)  # "Ada Kerrigan has walked ..."
    ):
        return "byline-line"
    if meta.byline and text.startswith(meta.byline) and poster_stats(text[len(meta.byline):]) or (
        poster_counts(text)
    ):
        return "byline-line"  # "ana_lima 3,483 6 6 gold badges": a poster's name and counts
    if len(text) <= DATE_CHARS and not text.endswith(".") and not VERSION_LINE.fullmatch(text) and (
        parse_date(text, dayfirst=False) is not None or _timestamp(text)
    ):
        return "date-line"
    return None


#: the words a line of date and time carries besides numbers
_STAMP_LABELS = frozenset(
    "last updated update published posted created modified on at of".split()
)
_STAMP_WORDS = (
    MONTH_WORDS | WEEKDAY_WORDS | _STAMP_LABELS | frozenset("am pm a m p".split())
    | STAMP_ZONE_WORDS
)
_STAMP_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_STAMP_DAYS = MONTH_WORDS | WEEKDAY_WORDS | _STAMP_LABELS


def _timestamp(text: str) -> bool:
    """A line of nothing but a date and time and their labels ("Last Updated:
    12:01am GMT 08/01/2008", "01/09 18:48:47 ET"), which the date parser,
    strict about whole strings, does not read."""
    tokens = _STAMP_TOKEN.findall(text)
    words_ = [t.lower() for t in tokens if not t.isdigit()]
    if not tokens or any(w not in _STAMP_WORDS for w in words_):
        return False
    if _NUMERIC_DATE.search(text):
        return True
    if _CLOCK.search(text):
        # a time alone ("10:30", "12:01 PM") may be a score, a cell of a
        # timetable or the story's own last line; with a day or a label it is a stamp
        return "/" in text or any(w in _STAMP_DAYS for w in words_)
    # a month with a day ("Friday, January 11"; "May 2015" is a release's date in a table)
    return any(w in MONTH_WORDS for w in words_) and any(
        t.isdigit() and len(t) <= 2 for t in tokens
    )
