"""Every date string newsclip reads goes through here.

Archive headers write dates day-first (``14-3-2014``); web pages write them in
every form (``Nov. 19, 2019 8:03 am ET``, ``Thu 3 Jan 2019 02.00 EST``,
``2019-01-03T02:00:00Z``).  dateutil does the parsing; this module decides
day-first versus month-first, knows the common US/European zone abbreviations,
and refuses strings that hold no real date instead of inventing one.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta, timezone

from ._vocab import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_WORDS,
    WEEKDAY_SHORT,
    WEEKDAY_WORDS,
    ZONE_WORDS,
)

__all__ = ["TZINFOS", "parse_date", "date_like", "to_iso"]

# "14-3-2014", optionally with a time as archive headers give it ("14-3-2014 18:45"), or
# as web pages do, on a 12-hour clock and with a zone ("1/18/2008 10:15 AM EST").
_NUMERIC = re.compile(
    r"^\s*(\d{1,4})[-./](\d{1,2})[-./](\d{1,4})"
    r"(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?"
    r"(?:\s*(?P<ap>[aApP])\.?[mM]\.?)?(?:\s*\(?(?P<zone>[A-Z]{1,4})\)?)?)?\s*$"
)
_ISO = re.compile(r"^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_HAS_MONTH_NAME = re.compile(rf"\b({MONTH_ABBREVIATIONS})[a-z]*\.?\b", re.I)
_HAS_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?", re.I)
# "02.00" as a time in "Thu 3 Jan 2019 02.00 EST": dateutil wants a colon.
_DOT_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})\b(?=\s*(?:[ap]\.?m\.?|[A-Z]{2,4}\b|$))", re.I)

_HOURS = 3600
TZINFOS = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1 * _HOURS, "IST": int(5.5 * _HOURS),
    "CET": 1 * _HOURS, "CEST": 2 * _HOURS, "EET": 2 * _HOURS, "EEST": 3 * _HOURS,
    "MSK": 3 * _HOURS, "WET": 0, "WEST": 1 * _HOURS,
    "EST": -5 * _HOURS, "EDT": -4 * _HOURS, "ET": -5 * _HOURS,
    "CST": -6 * _HOURS, "CDT": -5 * _HOURS, "CT": -6 * _HOURS,
    "MST": -7 * _HOURS, "MDT": -6 * _HOURS, "MT": -7 * _HOURS,
    "PST": -8 * _HOURS, "PDT": -7 * _HOURS, "PT": -8 * _HOURS,
    "AEST": 10 * _HOURS, "AEDT": 11 * _HOURS, "JST": 9 * _HOURS,
}

_MIN_YEAR, _MAX_YEAR = 1800, 2200

_MONTH_NUMBER = {
    name: number
    for number, full in enumerate(MONTH_NAMES.lower().split("|"), 1)
    for name in (full, full[:3])
} | {"sept": 9}
# The two shapes tweet signatures and most bylines use, read without dateutil
# (which costs a hundred times more): "March 14, 2014" and "14 March 2014".
_MONTH_DAY_YEAR = re.compile(r"^\s*([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\s*$")
_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\s*$")


def parse_date(raw: str, *, dayfirst: bool = True) -> date | datetime | None:
    """Read one date string; return a ``date``, a ``datetime`` or None.

    A ``datetime`` is returned only when the string carries a time; it is
    aware when the string names a zone or offset, naive otherwise.  Purely
    numeric dates are read day-first unless ``dayfirst`` is False or the
    numbers only make sense month-first (``3/14/2014``).
    """
    if not raw or len(raw) > 200:
        return None
    text = raw.strip()
    m = _NUMERIC.match(text)
    if m:
        # "4.2.3" is a version number, not 2 April 2003: a year is written with two
        # digits or four, and one written first ("2014-03-14") with four
        year_first = int(m[1]) > 31
        if len(m[1] if year_first else m[3]) not in ((4,) if year_first else (2, 4)):
            return None
        day = _numeric(*(int(g) for g in m.groups()[:3]), dayfirst=dayfirst)
        if day is None or m[4] is None:
            return day
        hour, minute, second = int(m[4]), int(m[5]), int(m[6] or 0)
        if m["ap"]:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
        if hour > 23 or minute > 59 or second > 59:
            return None
        zone = m["zone"]
        # (a zone this module does not know leaves the time naive, as dateutil does)
        tz = timezone(timedelta(seconds=TZINFOS[zone]), zone) if zone in TZINFOS else None
        return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)
    if _ISO.match(text):
        return _iso(text)
    m = _MONTH_DAY_YEAR.match(text)
    if m and m[1].lower() in _MONTH_NUMBER:
        return _ymd(int(m[3]), _MONTH_NUMBER[m[1].lower()], int(m[2]))
    m = _DAY_MONTH_YEAR.match(text)
    if m and m[2].lower() in _MONTH_NUMBER:
        return _ymd(int(m[3]), _MONTH_NUMBER[m[2].lower()], int(m[1]))
    m = _WITH_CLOCK.match(text)
    if m:
        value = _with_clock(m)
        if value is not None:
            return value
    if not _HAS_MONTH_NAME.search(text):
        return None
    from dateutil import parser as _parser  # imported late: it costs startup time

    text = _DOT_TIME.sub(r"\1:\2", text)
    # US-style abbreviations with dots ("Nov.", "a.m.") confuse dateutil.
    text = re.sub(r"\b([ap])\.m\.?", r"\1m", text, flags=re.I)
    try:
        # Two defaults tell a day or year the string gave from one dateutil
        # filled in: "May 2024" names no day, so it is no publication date.
        # A zone dateutil does not know ("WST") leaves the time naive; its
        # warning must not reach the caller (the library never prints).
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", _parser.UnknownTimezoneWarning)
            first, second = (
                _parser.parse(text, dayfirst=dayfirst, fuzzy=True, tzinfos=TZINFOS, default=d)
                for d in (datetime(1904, 1, 1), datetime(1908, 2, 2))
            )
    except (ValueError, OverflowError, TypeError):
        return None
    if first.day != second.day or first.year != second.year:
        return None
    if not (_MIN_YEAR <= first.year <= _MAX_YEAR):
        return None
    return first if _HAS_TIME.search(text) else first.date()


# The same two shapes with a weekday, a clock and a zone, as web pages print
# them ("Nov. 19, 2019 8:03 am ET", "Thu 3 Jan 2019 02.00 EST"), also read
# without dateutil; anything less regular falls through to it.
_WITH_CLOCK = re.compile(
    rf"^\s*(?:(?:{WEEKDAY_SHORT.lower()})[a-z]{{0,6}}\.?,?\s+)?"
    r"(?:(?P<m1>[a-z]{3,9})\.?\s+(?P<d1>\d{1,2}),?|(?P<d2>\d{1,2})\s+(?P<m2>[a-z]{3,9})\.?,?)"
    r"\s+(?P<y>\d{4})\s*(?:,|at|@|-|–|—|\|)?\s*"
    r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?\s*(?:(?P<ap>[ap])\.?m\.?)?"
    r"(?:\s*\(?(?P<z>(?-i:[A-Z]{1,4}))\)?)?\s*$",
    re.I,
)


def _with_clock(m: re.Match[str]) -> datetime | None:
    month = _MONTH_NUMBER.get((m["m1"] or m["m2"]).lower())
    zone = m["z"]
    if month is None or (zone is not None and zone not in TZINFOS):
        return None  # dateutil decides (and an unknown zone is its business)
    hour, minute, second = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
    if m["ap"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
    day = _ymd(int(m["y"]), month, int(m["d1"] or m["d2"]))
    if day is None or hour > 23 or minute > 59 or second > 59:
        return None
    tz = None if zone is None else timezone(timedelta(seconds=TZINFOS[zone]), zone)
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)


def _iso(text: str) -> date | datetime | None:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if not (_MIN_YEAR <= value.year <= _MAX_YEAR):
        return None
    return value if len(text) > 10 else value.date()


def _ymd(year: int, month: int, day: int) -> date | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value if _MIN_YEAR <= value.year <= _MAX_YEAR else None


def _numeric(a: int, b: int, c: int, *, dayfirst: bool) -> date | None:
    if a > 31:  # year first: 2014-03-14
        year, month, day = a, b, c
    else:
        year = c + 2000 if c < 100 else c
        day, month = (a, b) if dayfirst else (b, a)
        if month > 12 and day <= 12:
            day, month = month, day
    return _ymd(year, month, day)


#: words a date line carries besides the date ("Updated Tuesday, January 15 at 6 pm")
_DATE_WORDS_ALONE = (
    WEEKDAY_WORDS | MONTH_WORDS | ZONE_WORDS
    | frozenset("st nd rd th am pm a p m at on of updated posted published last modified".split())
)


def date_like(text: str) -> bool:
    """A line of nothing but a date ("Tuesday January 15/", "29 December 2007
    (16:00)"): a number and no word that dates do not carry.  (A name beside
    the date, "Ana Lima, May 5, 2008", is more than a date.)"""
    if not re.search(r"\d", text) or len(text) > 80:
        return False
    letters = re.findall(r"[^\W\d_]+", text.casefold())
    return all(w in _DATE_WORDS_ALONE for w in letters) and (
        bool(letters) or parse_date(text, dayfirst=False) is not None
    )


def to_iso(value: date | datetime | None) -> str | None:
    """Render a parsed date as ISO 8601 (a date, or a date-time)."""
    if value is None:
        return None
    return value.isoformat()

