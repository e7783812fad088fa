"""Date lines of a page's text dump: where the page prints when it published.

    Nov. 19, 2019 8:03 am ET
    Published time: 14 Mar, 2014 17:49
    Thu 3 Jan 2019 02.00 EST
    Updated 24 July 2015

``find`` locates a date inside a line with cheap patterns (so dateutil runs
only on real candidates), and says whether the line is a date line (short,
mostly the date and a word like "Published") and which kind: published,
updated, or plain.  The string found goes through ``newsclip.dates.parse_date``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from .._lazy_patterns import lazy
from .. import dates
from .._vocab import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    PUBLISHED_WORDS,
    UPDATE_WORDS,
    WEEKDAY,
    is_version,
)
from ..dates import parse_date

__all__ = [
    "PATTERNS", "MAX_OTHER_WORDS", "FIELD_SEPARATOR", "Dateline", "find", "maybe", "is_version",
    "activity", "first_published", "updated", "MAX_DATE_CHARS",
]

# The date patterns are dates.py's own (the seven languages' month names, the clock
# and zone after a date), so a line is found by the same shapes it is read by.
#: name, pattern, what a line must hold for the pattern to find anything in it
#: (cheap to test: most lines with digits hold no date), and whether it needs a
#: four-digit year; the first pattern that finds a date in a line wins
PATTERNS: tuple[tuple[str, re.Pattern[str], re.Pattern[str], bool], ...] = (
    ("named-date", dates.NAMED_DATE, re.compile(r"[^\W\d_]"), True),
    ("iso-date", dates.ISO_DATE, re.compile("-"), True),
    ("numeric-date", dates.NUMERIC_DATE, re.compile("[/.-]"), False),
)
_YEAR = re.compile(r"\d{4}")
_TIME_FIRST = re.compile(
    rf"\b(?P<clock>\d{{1,2}}[:.]\d{{2}}\s*(?:[aApP]\.?[mM]\.?)?(?:\s*\(?(?:{dates.ZONE})\)?(?!\w))?"
    rf"|\d{{1,2}}\s*[aApP]\.?[mM]\.?(?:\s*\(?(?:{dates.ZONE})\)?(?!\w))?)\s*(?:,|on|-|–|—|\|)?\s*$"
)

_UPDATED = re.compile(rf"\b(?:{'|'.join(UPDATE_WORDS)})\b", re.I)
_PUBLISHED = re.compile(rf"\b(?:{'|'.join(PUBLISHED_WORDS)})\b", re.I)
_WORD = re.compile(r"[^\W\d_]+")

#: at most this many words besides the date for a line to be a date line
MAX_OTHER_WORDS = 8


@dataclass(frozen=True, slots=True)
class Dateline:
    """A date found in a line by pattern; ``value`` reads it (dateutil is slow)."""

    raw: str  # the date as written, with its clock
    kind: str  # "published", "updated" or "date"
    #: the line holds little besides the date ("Posted 3 May 2020 | 4 min read")
    short: bool
    #: what parse_date is given (``raw``: dates.py reads every language's months)
    readable: str
    #: a numeric date is read day first, unless a 12-hour clock ("10:00 AM") next to
    #: it shows the American order
    dayfirst: bool = True

    @property
    def value(self) -> date | datetime | None:
        m = _WEEKDAY_DATE.fullmatch(self.readable)
        if m is not None:
            # "Saturday, December 29, 2007": the weekday adds nothing to a full date,
            # and without it parse_date reads the rest at once instead of by dateutil
            # (a hundred times slower); test_datelines checks both give the same value
            return parse_date(m["date"], dayfirst=self.dayfirst)
        return parse_date(self.readable, dayfirst=self.dayfirst)


#: a year glued to the age or the reading time after it ("June 14, 20241 yr", "Mar 27,
#: 20255 mins", "January 14, 202620 Mins Read"), as copied text has it: the year, then
#: the digits of the count
_GLUED_COUNT = re.compile(
    r"(?<!\d)((?:19|20)\d\d)(?=\d{1,2}\s?(?i:yrs?|mos?|wks?|hrs?|mins?)\b)"
)


def find(text: str) -> Dateline | None:
    """The first date-shaped string in ``text``, with what kind of line it stands in."""
    year = _YEAR.search(text) is not None
    if year and _GLUED_COUNT.search(text):
        text = _GLUED_COUNT.sub(r"\1 ", text)
    for _name, pattern, needs, needs_year in PATTERNS:
        if (needs_year and not year) or needs.search(text) is None:
            continue
        m = pattern.search(text)
        if m is not None and _name == "numeric-date":
            m = next((v for v in pattern.finditer(text) if not is_version(text, v)), None)
        if m is None:
            continue
        if _name == "named-date":
            m = _earlier_glued(pattern, text, m)
        raw = m.group(0).strip(" ,|-–—")
        start = m.start()
        weekday = _WEEKDAY_BEFORE.search(text, 0, start)
        if weekday is not None:  # "Thu 3 Jan 2019": the date as the page wrote it
            start = weekday.start()
            raw = text[start:m.start()] + raw
        # a clock written before the date ("8:03 am ET, Nov. 19, 2019")
        if not _HAS_CLOCK.search(raw):
            before = _TIME_FIRST.search(text, 0, start)
            if before is not None:
                start = before.start()
                raw = f"{raw} {before['clock'].strip()}"
        line = _dateline(text, start, m.end(), raw, raw)
        # (a clock written before the date, "at 8:37 AM on 18/01/08", is the British way:
        # the date stays day first)
        if _name == "numeric-date" and (m["ap"] or m["ap2"] or _AM_PM_AFTER.match(text, m.end())):
            line = replace(line, dayfirst=False)
        if line.kind == "updated":
            # "Updated Dec 3, 2025 · Published Nov 1, 2025": the date of publication
            # the line gives after its update's
            return _published_after(text, m.end()) or line
        return line
    return None


def _published_after(text: str, end: int) -> Dateline | None:
    """The date a "Published" label after ``end`` gives, when one stands right after it."""
    label = _PUBLISHED.search(text, end)
    if label is None:
        return None
    found = find(text[label.end() : label.end() + _UPDATED_REACH + MAX_DATE_CHARS])
    if found is None or text.find(found.raw, label.end()) - label.end() > _UPDATED_REACH:
        return None
    return replace(found, kind="published")


def _earlier_glued(pattern: re.Pattern[str], text: str, m: re.Match[str]) -> re.Match[str]:
    """Of two dates glued together ("Posted on November 25, 2024December 3, 2024", "May
    21, 2025April 24, 2025 by …": a page's time of publication and of its last update,
    both copied, whichever comes first), the earlier: the page was published on it."""
    after = pattern.match(text, m.end())
    if after is None:
        return m
    first, second = parse_date(m.group(0)), parse_date(after.group(0))
    if first is None or second is None:
        return m
    return after if _day(second) < _day(first) else m


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


_WEEKDAY_BEFORE = re.compile(rf"\b{WEEKDAY}\.?,?\s+$")


#: a weekday, then a date with no clock: "Saturday, December 29, 2007", "Sat 29 Dec. 2007"
_MONTH_NAME = f"(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})"
_WEEKDAY_DATE = re.compile(
    rf"{WEEKDAY}\.?,?\s+"
    rf"(?P<date>{_MONTH_NAME}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_NAME}\.?,?\s+\d{{4}})"
)
_HAS_CLOCK = re.compile(r"\d[:.]\d\d|\d\s*[ap]\.?m", re.I)
# Possessive: "\s*(?:sep)?\s*" split a run of spaces every way (4 s on 20,000 spaces).
_AM_PM_AFTER = lazy(r"\s*+(?:(?:,|at|@|-|–|—|\|)\s*+)?\d{1,2}(?::\d\d)?\s*[ap]\.?m\b", re.I)


def _dateline(text: str, start: int, end: int, raw: str, readable: str) -> Dateline:
    # "by Ada Kerrigan | Mar 11, 2023 | Brakes, Repairs | 0 comments": in a header line of
    # fields set apart by bars or dots, the date's own field is what must be short
    lo, hi = 0, len(text)
    for sep in FIELD_SEPARATOR.finditer(text):
        if sep.end() <= start:
            lo = sep.end()
        elif sep.start() >= end:
            hi = sep.start()
            break
    other = len(_WORD.findall(text, lo, start)) + len(_WORD.findall(text, end, hi))
    head = text[:start]
    if _UPDATED.search(head) and not _PUBLISHED.search(head):
        kind = "updated"
    elif _PUBLISHED.search(head):
        kind = "published"
    else:
        kind = "date"
    # "The trial opens on March 3, 2019." is a sentence that holds a date
    sentence = other >= 4 and text[:hi].rstrip()[-1:] in ".!?"
    return Dateline(raw, kind, other <= MAX_OTHER_WORDS and not sentence, readable)


#: a member's or a thread's activity, which is no date of publication: "Joined: 4. Jul
#: 2012", "Member since 2019", "last post by ada_k Sep 26, 2024", "Last edited: …"
_ACTIVITY = re.compile(
    r"(?i:\b(?:joined|member\s+since|registered|last\s+(?:post|reply|activity|edited|seen)"
    # (the same in the corpora's other languages)
    r"|mitglied\s+seit|registriert|dabei\s+seit|inscrit|membre\s+depuis|miembro\s+desde"
    r"|registrado|iscritto|membro\s+d(?:al|esde)|lid\s+sinds|geregistreerd))\b"
)


def activity(text: str) -> bool:
    """``text`` dates a member's or a thread's activity, not the story or the thread."""
    return _ACTIVITY.search(text) is not None


#: a page's word that it was first published on a date, though it shows a later one
#: ("This article was originally published on 26 Sep 2019 but has been updated"), in the
#: corpora's languages
_FIRST_PUBLISHED = lazy(
    r"(?i:\b(?:originally|first)\s+published|ursprünglich\s+veröffentlicht"
    r"|erstmals\s+(?:veröffentlicht|erschienen)|publié\s+initialement|initialement\s+publié"
    r"|publicado\s+originalmente|originalmente\s+publicado|pubblicato\s+originariamente"
    r"|originariamente\s+pubblicato|oorspronkelijk\s+gepubliceerd)"
    r"(?:\s+(?:on|am|le|el|em|il|op))?\s*:?\s*"
)
#: how far after those words the date must begin ("first published in 1990 and reissued
#: on 3 May 2020" says nothing of the day)
_FIRST_PUBLISHED_REACH = 2


def first_published(text: str) -> Dateline | None:
    """The date ``text`` says the page was first published on ("originally published on
    26 Sep 2019"), when it says so."""
    m = _FIRST_PUBLISHED.search(text)
    if m is None:
        return None
    found = find(text[m.end() : m.end() + MAX_DATE_CHARS])
    if found is None or text.find(found.raw, m.end()) - m.end() > _FIRST_PUBLISHED_REACH:
        return None
    return replace(found, kind="published")


#: how far after its "updated" word the date of an update must begin ("Last Updated on :
#: Dec 4, 2025")
_UPDATED_REACH = 8


def updated(text: str) -> Dateline | None:
    """The date ``text`` says the page was updated on ("Published Oct 10, 2023 · Updated
    Dec 3, 2025", "Last updated: Dec 4, 2025"), when it says so."""
    m = _UPDATED.search(text)
    if m is None:
        return None
    found = find(text[m.end() : m.end() + _UPDATED_REACH + MAX_DATE_CHARS])
    if found is None or text.find(found.raw, m.end()) - m.end() > _UPDATED_REACH:
        return None
    return replace(found, kind="updated")


#: the longest date with its clock and zone, as written ("Thursday, 21 September 2023 at
#: 10:15 AM GMT+1")
MAX_DATE_CHARS = 60


#: what sets the fields of a header line apart: " | ", " · ", " • " (its date, its byline)
FIELD_SEPARATOR = re.compile(r"\s[|·•]\s")
_QUICK = re.compile(r"\d")


def maybe(text: str) -> bool:
    """A cheap first test: a date needs digits."""
    return _QUICK.search(text) is not None
