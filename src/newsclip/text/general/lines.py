"""The line model of the general reader: one non-blank line (or a hard-wrapped paragraph)
with its words, its score and its chrome rule, and what it reads as on demand.

A line's caption, byline and date are read the first time a stage asks (the
patterns are slow and most lines are never asked).  Whether a line is
metadata (``meta``: a byline, a caption, a date line, a source label, a wire
credit) is read the same way.  Each depends on the line's text and its number of words
only, and is kept for the texts last asked: a site's menus, bylines and footer come
back on every page of a batch.  The scoring stage builds the lines; no later
stage changes them: a stage that finds a line to be chrome hands on a copy
(``as_chrome``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache
from typing import Any

from ..._lazy_patterns import lazy
from ..._vocab import AGE_UNITS, MONTH_SHORT, WIRE_AGENCY_NAMES, WRITER_ROLES, phrase
from .. import author_lists, bylines, datelines, desks, header_shapes
from .tuning import (
    CREDIT_WORDS,
    HEADER_LINE_WORDS,
    LIST_ITEM_WORDS,
    ROLE_WORDS,
    SHORT_LINE_WORDS,
    UNDATED_WORDS,
)

__all__ = [
    "Info", "ROLE", "CREDIT_LINE", "UI_WORDS", "LINK_FIRST", "LINK_LAST", "wire_line",
    "source_label", "linkish", "timed",
]



class _Unset(Enum):
    """A field not read yet.  An enum member is still itself after pickling or copying, so a
    line sent to another process reads its fields there (a bare ``object()`` would come
    back as a different object and be taken for the field's value)."""

    UNSET = 0


_UNSET: Any = _Unset.UNSET
#: a desk's byline is short ("By The Harbour Gazette editors 2–3 minutes"), and has "by"
_DESK_WORDS = 10
_BY_HINT = re.compile("(?i:by)")
#: a header line's fields set apart by dashes or dots ("Reviewed by … — Written by …")
_FIELD_DASH = re.compile(r"\s[—·•]\s")

_DATEISH = re.compile(
    rf"\b(?:{MONTH_SHORT})[a-z]*\.?\s+\d{{1,2}}\b"
    rf"|\b\d{{1,2}}\s+(?:{MONTH_SHORT})[a-z]*\b"
    r"|\b\d{1,2}:\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    re.I,
)
#: an age: "10 hours ago", "1 day ago"
_AGE = lazy(rf"\b\d+\s+(?:{'|'.join(u[:-1] for u in AGE_UNITS)})s?\s+ago\b", re.I)
_META_LABEL = re.compile(
    r"(?:Article\s+)?(?:Courtesy|Source|From|Location|Filed|Category|Section|Credit|Agency|Via|"
    r"Reporting|Additional reporting|Contributed|Compiled|Edited)\b\s*(?:by)?\s*:"
    # where the text comes from, without a colon: "From the section Business",
    # "From Encyclopedia Online, the free encyclopedia"
    r"|From\s+(?:the\s+(?:section|desk|archives?|wires?|newsroom)\b"
    r"|(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?),\s+the\s)",
    re.I,
)
# A line that credits a news agency ("Press Trust of India", "Staff, with files from
# Reuters"): the byline of a wire story.
_WIRE_LINE = lazy(
    rf"(?i:(?:the\s+)?(?:{'|'.join(map(phrase, WIRE_AGENCY_NAMES))}|"
    r"[\w-]+(?:\s+[\w-]+)?\s+News\s+Service)(?:\s*[,;|–—-].{0,80})?"
    r"|.{0,80}\bwith\s+(?:files|reports|reporting)\s+from\b.{0,60})"
)
# A short line that names the writer's role ("AP Sports Writer") is part of a byline.
# Capitalised, as a role is written under a name ("coaching staff" is not one).
#: the last word of a writer's role line ("Staff Writer", "AP SPORTS WRITER"): the
#: roles of ``_vocab``, a staff or press credit, a wire or news service, in title case
#: or in capitals
_ROLE_WORDS = tuple(
    form
    for word in (*WRITER_ROLES, "staff", "press", "wire service", "wire services",
                 "news service", "newswire", "newswires")
    for form in (word.title(), word.upper())
)
ROLE = re.compile(rf"(?:.*\b(?:{'|'.join(_ROLE_WORDS)}))\s*$")
#: "by The Times-Picayune", "by Staff Reports": a credit line, when CREDIT_WORDS short
CREDIT_LINE = re.compile(r"(?:by|BY|By)\s+[A-Z][^.!?]*$")
_LIST_ITEM = re.compile(r"(?:[-+*•·–]|\d{1,2}[.)])\s+\w")

#: words of buttons, menus and teasers; a headline rarely holds them
UI_WORDS = re.compile(
    r"\b(?:print(?:able|er)?|e-?mail(?:ed)?\s+(?:this|article|story|to)|comments?|log\s?in|"
    r"sign\s(?:in|up)|subscribe|font|text size|rss|permalink|bookmark|digg|del\.icio\.us|"
    r"most (?:read|viewed|emailed|popular|commented)|top stories|newsletters?|click|follow us|"
    r"advertise(?:ment)?|cookies|rights reserved|copyright|continue reading|read more|"
    r"more news|(?:related|latest) (?:stories|articles|news|links|coverage|content)|"
    r"site\s?map|contact us|skip (?:to|navigation)|customer (?:service|support)|"
    r"tell us what you think|(?:new|register(?:ed)?) users?)\b",
    re.I,
)
#: a link's marks: a bullet or arrow first, an arrow last
LINK_FIRST = frozenset("«»‹›•·>|:")
LINK_LAST = frozenset("«»‹›>|")


@dataclass(slots=True)
class Info:
    """One non-blank line's features; captions, bylines and dates are read on demand."""

    i: int  # index into lines of the first line
    text: str
    tokens: list[str]
    score: float
    #: index of the last line: hard-wrapped text makes one paragraph of several
    last: int
    chrome: str | None = None  # the chrome rule that matched
    _caption: Any = _UNSET
    _byline: Any = _UNSET
    _date: Any = _UNSET
    _meta: Any = _UNSET
    #: a comment's or a teaser's stamp ("Posted by: Sam | Jan 10, 2008 4:49 PM")
    stamp: bool = False

    def as_chrome(self, rule: str, score: float) -> Info:
        """This line as chrome of ``rule`` (what was read of it already is kept)."""
        return replace(self, chrome=rule, score=score)

    def as_caption(self, rule: str, score: float) -> Info:
        """This line as a caption of ``rule``, scored ``score``."""
        return replace(self, _caption=rule, score=score)

    @property
    def caption(self) -> str | None:
        if self._caption is _UNSET:
            self._caption = _kept(_read_caption, self.text)(self.text, len(self.tokens))
        return self._caption

    @property
    def byline(self) -> tuple[str, str] | None:
        if self._byline is _UNSET:
            self._byline = _kept(_read_byline, self.text)(self.text, len(self.tokens))
        return self._byline

    @property
    def date(self) -> datelines.Dateline | None:
        if self._date is _UNSET:
            self._date = _kept(_read_date, self.text)(self.text, len(self.tokens))
        return self._date

    @property
    def dated(self) -> bool:
        """A date line: the line holds a date and little else ("Posted 3 May 2020")."""
        d = self.date
        return d is not None and d.short

    @property
    def date_only(self) -> bool:
        """A short date line: the page's metadata, or another story's, never text."""
        if len(self.tokens) > SHORT_LINE_WORDS:
            return False
        d = self.date  # (``dated``, read here without a second property call)
        return d is not None and d.short

    @property
    def meta(self) -> bool:
        """A byline, a caption or a date line: what stands between a headline and its text."""
        if self._meta is _UNSET:
            if self.chrome is not None:
                self._meta = False
            else:
                self._meta = _kept(_read_meta, self.text)(self.text, len(self.tokens))
        return self._meta

    @property
    def label_words(self) -> int:
        """Words of the line, its numbers left out ("3.7.1 NSS" is a label of one word)."""
        return sum(1 for t in self.tokens if not t.isdigit())

    @property
    def list_item(self) -> bool:
        """An item of a list: "- two cranes", "1. The quay"."""
        return (
            self.chrome is None and len(self.tokens) >= LIST_ITEM_WORDS
            and _LIST_ITEM.match(self.text) is not None and not self.meta
        )


# What a line reads as (a caption, a byline, a date, metadata) depends on its text and
# its number of words only, and the same lines (a site's menus, its bylines, its
# footer) come back on page after page of a batch or an archive: each is read once,
# for the last ``TEXT_CACHE_LINES`` texts asked.  A text longer than ``TEXT_CACHE_CHARS``
# (a paragraph, which seldom comes back) is read every time and never kept, so what is
# kept stays under a few megabytes whatever the input.
TEXT_CACHE_LINES = 16384
TEXT_CACHE_CHARS = 400


def _kept(read: Any, text: str) -> Any:
    """``read`` (one of the ``lru_cache`` readers below), or its uncached self for a long text."""
    return read if len(text) <= TEXT_CACHE_CHARS else read.__wrapped__


@lru_cache(maxsize=TEXT_CACHE_LINES)
def _read_caption(text: str, n: int) -> str | None:
    return bylines.caption(text) if n <= bylines.MAX_CAPTION_WORDS else None


@lru_cache(maxsize=TEXT_CACHE_LINES)
def _read_byline(line: str, n: int) -> tuple[str, str] | None:
    # (past a byline's length only "By Name, a role …" can be one, or a header
    # line of fields, "Le Monde | <date> | Par Name")
    text = header_shapes.header_part(line)
    if text is not line:
        n = len(text.split())
    found = bylines.byline(text) if n <= bylines.MAX_BYLINE_WORDS or (
        n <= bylines.MAX_ROLE_WORDS and (
            text[:3].lower() in ("by ", "by:") or " | " in text
            # (the dash and the dots are no ASCII characters)
            or not text.isascii() and _FIELD_DASH.search(text)
        )
    ) else None
    if found is None and n >= author_lists.MIN_WORDS and (
        authors := author_lists.affiliated(text)
    ):
        found = "byline-affiliations", authors  # a paper's authors
    if found is None and n <= _DESK_WORDS and _BY_HINT.search(text):
        if desk := desks.labelled_credit(text):
            found = "byline-desk", desk
        elif agency := header_shapes.agency_byline(text):
            found = "byline-agency", agency
    return found


@lru_cache(maxsize=TEXT_CACHE_LINES)
def _read_date(line: str, n: int) -> datelines.Dateline | None:
    # (the cheap tests first: a line with no digit holds no date, whatever part of it
    # ``header_part`` gives; a paragraph's line is long, and the date pattern slow on it)
    if not datelines.maybe(line):
        return None
    text = header_shapes.header_part(line)
    if (n if text is line else len(text.split())) <= HEADER_LINE_WORDS:
        return datelines.find(text)
    return None


@lru_cache(maxsize=TEXT_CACHE_LINES)
def _read_meta(text: str, n: int) -> bool:
    d = _kept(_read_date, text)(text, n)
    if (d is not None and d.short) or _kept(_read_byline, text)(text, n) or \
            _kept(_read_caption, text)(text, n):
        return True
    # a date without its year ("Fri Dec 28, 7:05 AM ET"), a writer's role ("AP Sports
    # Writer"), a label ("Source: AFP")
    # (the cheap test before each pattern: every date has a digit, every role
    # ends the line)
    return n <= SHORT_LINE_WORDS and (
        (n <= UNDATED_WORDS and datelines.maybe(text) and _dateish(text))
        or (n <= ROLE_WORDS and text.endswith(_ROLE_WORDS) and ROLE.match(text) is not None)
        or _META_LABEL.match(text) is not None
        or wire_line(text)
        or (n <= CREDIT_WORDS and CREDIT_LINE.match(text) is not None)
    )


def _dateish(text: str) -> bool:
    # "Firefox 4.2.13": a version number is no date without its year
    return any(not datelines.is_version(text, m) for m in _DATEISH.finditer(text))


def timed(text: str) -> bool:
    """A line that holds a day and month, a clock time or a numeric date, with or without
    a year ("7 March 06:54 AM EST"), or an age ("10 hours ago"): a teaser's header."""
    return _AGE.search(text) is not None or _dateish(text)


def wire_line(text: str) -> bool:
    """A line that credits a news agency: "Press Trust of India", "Staff, with files from
    Reuters"."""
    low = text.lower()  # every match holds one of these words
    return ("press" in low or "service" in low or "from" in low) and (
        _WIRE_LINE.fullmatch(text) is not None
    )


def source_label(text: str) -> bool:
    """A label of where the text comes from: "Source: AFP", "From the section Business"."""
    return _META_LABEL.match(text) is not None


def linkish(text: str) -> bool:
    """A link's or a button's marks: "» Buy a link now", "Read on:", "Talkbacks: 18"."""
    return (
        text[0] in LINK_FIRST or text[-1] in LINK_LAST or ":" in text
        or UI_WORDS.search(text) is not None
    )
