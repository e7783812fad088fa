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

from .._vocab import (
    FOREIGN_MONTHS,
    MONTH,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_SHORT,
    WEEKDAY,
    is_version,
)
from ..dates import TZINFOS, parse_date

__all__ = ["PATTERNS", "MAX_OTHER_WORDS", "Dateline", "find", "maybe", "is_version"]

_WEEKDAY = rf"(?:{WEEKDAY}\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
# Only zones dates.py knows: dateutil warns about any other abbreviation.
_ZONE = rf"(?:\s*\(?(?:{'|'.join(sorted(TZINFOS, key=len, reverse=True))})\)?(?!\w))?"
_CLOCK = (
    rf"\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:\s*[aApP]\.?[mM]\.?)?{_ZONE}"
    rf"|\d{{1,2}}\s*[aApP]\.?[mM]\.?{_ZONE}"
)
_TIME_AFTER = rf"(?:\s*(?:,|at|@|-|–|—|\||/)?\s*(?:{_CLOCK}))?"

_MONTHS_HELD = re.compile(MONTH_SHORT)
_SEPARATOR_HELD = re.compile("[/.-]")

#: name, pattern, what a line must hold for the pattern to find anything in it
#: (cheap to test: most lines with digits hold no date), and whether it needs a
#: four-digit year; the first pattern that finds a date in a line wins
PATTERNS: tuple[tuple[str, re.Pattern[str], re.Pattern[str], bool], ...] = tuple(
    (name, re.compile(pattern), needs, year)
    for name, pattern, needs, year in (
        (
            "month-day-year",
            rf"(?:\b|(?<=[a-z])){_WEEKDAY}{MONTH}\s+\d{{1,2}}{_ORD},?\s+\d{{4}}(?!\d){_TIME_AFTER}",
            _MONTHS_HELD, True,
        ),
        (
            "day-month-year",
            rf"\b{_WEEKDAY}\d{{1,2}}{_ORD}\.?\s+(?:of\s+)?{MONTH},?\s+\d{{4}}(?!\d){_TIME_AFTER}",
            _MONTHS_HELD, True,
        ),
        (
            "iso-date", r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?(?!\d)",
            _SEPARATOR_HELD, True,
        ),
        (
            "numeric-date",
            r"(?<![\d.:/-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/.-]\d)",
            _SEPARATOR_HELD, False,
        ),
    )
)
_YEAR = re.compile(r"\d{4}")
_TIME_FIRST = re.compile(rf"\b(?P<clock>{_CLOCK})\s*(?:,|on|-|–|—|\|)?\s*$")

# Month names of other languages are rewritten to English before dateutil reads them.
_ENGLISH = MONTH_NAMES.split("|")
_FOREIGN = re.compile(
    r"(?<![\w.])(?P<day>\d{1,2})(?:er|º|°)?\.?\s*(?:de\s+)?"
    rf"(?P<month>{'|'.join(sorted(FOREIGN_MONTHS, key=len, reverse=True))})\.?\s*(?:de\s+)?"
    r"(?P<year>\d{4})(?!\d)"
    r"(?:,?\s*(?:à|às|a\s+las|um|alle|,|-)?\s*(?P<hour>\d{1,2})[:h](?P<minute>\d{2}))?",
    re.I,
)

_UPDATED = re.compile(
    r"\b(?:updated|modified|revised|edited|mis à jour|actualizado|atualizado|aktualisiert)\b", re.I
)
_PUBLISHED = re.compile(
    r"\b(?:published|posted|first published|created|released|issued|date|publié|publicado|"
    r"veröffentlicht)\b", re.I
)
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
    #: what parse_date is given: ``raw``, or its English form for other languages
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


def find(text: str) -> Dateline | None:
    """The first date-shaped string in ``text``, with what kind of line it stands in."""
    year = _YEAR.search(text) is not None
    for _name, pattern, needs, needs_year in PATTERNS:
        if (needs_year and not year) or needs.search(text) is None:
            continue
        m = pattern.search(text)
        if m is not None and _name == "numeric-date":
            m = next((v for v in pattern.finditer(text) if not is_version(text, v)), None)
        if m is None:
            continue
        if m.group(0)[:1].isdigit() and _FOREIGN.match(text, m.start()):
            break  # "3 mai 2020 à 10h00": read below, with its clock
        raw = m.group(0).strip(" ,|-–—")
        start = m.start()
        # a clock written before the date ("8:03 am ET, Nov. 19, 2019")
        before = None
        if not _HAS_CLOCK.search(raw):
            before = _TIME_FIRST.search(text, 0, m.start())
            if before is not None:
                start = before.start()
                raw = f"{raw} {before['clock'].strip()}"
        line = _dateline(text, start, m.end(), raw, raw)
        # (a clock written before the date, "at 8:37 AM on 18/01/08", is the British way:
        # the date stays day first)
        if _name == "numeric-date" and _AM_PM_AFTER.match(text, m.end()):
            line = replace(line, dayfirst=False)
        return line
    m = _FOREIGN.search(text) if year else None
    if m is not None:
        english = f"{m['day']} {_ENGLISH[FOREIGN_MONTHS[m['month'].lower()] - 1]} {m['year']}"
        if m["hour"]:
            english += f" {m['hour']}:{m['minute']}"
        return _dateline(text, m.start(), m.end(), m.group(0).strip(), english)
    return None


#: a weekday, then a date with no clock: "Saturday, December 29, 2007", "Sat 29 Dec. 2007"
_MONTH_NAME = f"(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})"
_WEEKDAY_DATE = re.compile(
    rf"{WEEKDAY}\.?,?\s+"
    rf"(?P<date>{_MONTH_NAME}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_NAME}\.?,?\s+\d{{4}})"
)
_HAS_CLOCK = re.compile(r"\d[:.]\d\d|\d\s*[ap]\.?m", re.I)
# Possessive: "\s*(?:sep)?\s*" split a run of spaces every way (4 s on 20,000 spaces).
_AM_PM_AFTER = re.compile(r"\s*+(?:(?:,|at|@|-|–|—|\|)\s*+)?\d{1,2}(?::\d\d)?\s*[ap]\.?m\b", re.I)


def _dateline(text: str, start: int, end: int, raw: str, readable: str) -> Dateline:
    other = len(_WORD.findall(text, 0, start)) + len(_WORD.findall(text, end))
    head = text[:start]
    if _UPDATED.search(head) and not _PUBLISHED.search(head):
        kind = "updated"
    elif _PUBLISHED.search(head):
        kind = "published"
    else:
        kind = "date"
    # "The trial opens on March 3, 2019." is a sentence that holds a date
    sentence = other >= 4 and text.rstrip()[-1:] in ".!?"
    return Dateline(raw, kind, other <= MAX_OTHER_WORDS and not sentence, readable)


_QUICK = re.compile(r"\d")


def maybe(text: str) -> bool:
    """A cheap first test: a date needs digits."""
    return _QUICK.search(text) is not None
