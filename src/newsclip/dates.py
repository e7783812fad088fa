"""Every date string newsclip reads goes through here.

Archive headers write dates day-first (``14-3-2014``); web pages write them in
every form and language (``Nov. 19, 2019 8:03 am ET``, ``24. März 2019, 10:00
Uhr MESZ``, ``Publié le 31/12/2023 à 14h05``, ``2019-01-03T02:00:00Z``).  This
module reads the date, its clock and its zone or offset exactly as written;
decides the order of a numeric date (``order``: "dmy", "mdy", "ymd"); and
refuses strings that hold no whole date (a month without its day, "vor 3
Tagen" with nothing to anchor it) instead of inventing one.  ``parse_date`` is
the only way out, and what it returns always renders as valid ISO 8601.

It is not a date finder for pages: text/datelines.py finds date lines in a
dump, html/dates.py the date of an HTML page (html/date_search.py searches one).
Measured against dateparser on the corpora and on tests/date_cases.py
(bench/dates.py): as accurate on these strings, and a few hundred times faster.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo

from ._lazy_patterns import lazy
from ._vocab import (
    CLOCK_JOINS,
    DATE_JOIN_WORDS,
    FOREIGN_WEEKDAY_WORDS,
    MONTH_WORDS,
    MONTHS,
    PUBLISHED_WORDS,
    UPDATE_WORDS,
    WEEKDAY_WORDS,
    ZONE_WORDS,
)

__all__ = [
    "TZINFOS", "GENERIC_ZONES", "ORDERS", "MAX_OFFSET", "ZONE", "CLOCK", "NAMED_DATE",
    "NUMERIC_DATE", "ISO_DATE", "parse_date", "zone_of", "ambiguous", "plain_order",
    "guess_order", "date_like", "to_iso",
]

_HOURS = 3600
#: zone abbreviations with the one offset each stands for
TZINFOS = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1 * _HOURS, "IST": int(5.5 * _HOURS),
    "CET": 1 * _HOURS, "CEST": 2 * _HOURS, "EET": 2 * _HOURS, "EEST": 3 * _HOURS,
    "MEZ": 1 * _HOURS, "MESZ": 2 * _HOURS, "WEZ": 0, "WESZ": 1 * _HOURS,
    "MSK": 3 * _HOURS, "WET": 0, "WEST": 1 * _HOURS,
    "EST": -5 * _HOURS, "EDT": -4 * _HOURS, "CST": -6 * _HOURS, "CDT": -5 * _HOURS,
    "MST": -7 * _HOURS, "MDT": -6 * _HOURS, "PST": -8 * _HOURS, "PDT": -7 * _HOURS,
    "AEST": 10 * _HOURS, "AEDT": 11 * _HOURS, "JST": 9 * _HOURS,
}
#: US zones written without saying standard or daylight time ("8:03 am ET"): the
#: offset is the one the zone had on that day
GENERIC_ZONES = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}

_MIN_YEAR, _MAX_YEAR = 1800, 2200
#: the largest offset any zone has (UTC+14:00, UTC-12:00): past it, a parse went wrong
MAX_OFFSET = timedelta(hours=14)
#: a longer string is no date string
MAX_LENGTH = 200
#: two-digit years below this are 20xx, the others 19xx (POSIX's rule)
CENTURY_PIVOT = 69
ORDERS = ("dmy", "mdy", "ymd")

# --- the pieces every pattern is made of ------------------------------------

_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
ZONE = (
    r"(?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d{2})?(?!\d)|[+−-]\d{2}(?::?\d{2})?(?!\d)|"
    + "|".join(sorted(list(TZINFOS) + list(GENERIC_ZONES), key=len, reverse=True))
)
#: a clock after a date, its zone included: "17:12", "5:12 PM GMT+1", "06.15 Uhr",
#: "14h05", "8 p.m. (CET)"
CLOCK = (
    r"(?P<h>\d{1,2})(?:(?:[:.]|h\s?)(?P<mi>\d{2})(?:[:.](?P<s>\d{2})(?:[.,]\d{1,9})?)?"
    r"(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?|\s*(?P<ap2>[ap])\.?\s?m\b\.?)"
    r"(?:\s*(?:Uhr|hrs?\.?|h)(?![^\W\d_]))?"
    rf"(?:\s*\(?(?P<z>(?-i:{ZONE}))(?![A-Za-z])\)?)?"
)
#: what stands between a date and its clock, in the seven languages
_JOINS = "|".join(
    re.escape(join).replace(r"\ ", r"\s+") for join in sorted(CLOCK_JOINS, key=len, reverse=True)
)
_CONNECT = rf"\s*(?:[,|/@–—-]\s*)*(?:(?:{_JOINS})\s+)?"
#: a clock has its minutes or says am/pm: a bare "5" is no time
_CLOCK_START = r"\d{1,2}(?:[:.]\d\d|h\s?\d\d|\s*[ap]\.?\s?m\b)"
_TIME_AFTER = rf"(?:{_CONNECT}(?={_CLOCK_START}){CLOCK})?"

NAMED_DATE = re.compile(
    # ("17-Dec-2025", "Dec-17-2025": the parts joined by hyphens, as some pages print them)
    r"(?:(?<![\w.])(?P<d1>\d{1,2})(?:st|nd|rd|th|er|º|°)?(?:-|\.?\s*(?:de\s+|of\s+)?)"
    rf"(?=[^\W\d_])(?P<m1>{_MONTH})(?![^\W\d_])(?:-|\.?,?\s*(?:de\s+)?)(?P<y1>\d{{4}})"
    # (a month glued to the word before, "GazetteOctober 13, 2016", as copied text has it)
    rf"|(?=[^\W\d_])(?:(?<![^\W\d_])|(?-i:(?<=[a-z])(?=[A-Z])))(?P<m2>{_MONTH})(?![^\W\d_])(?:-|\.?\s+)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
    # ("December 17,2025": no space after the comma, before a year of our times)
    r"(?:-|,?\s+|,(?=(?:19|20)\d\d))"
    # (a clock glued to the year, "October 17, 20236:01 PM ET", as copied text has it)
    r"(?P<y2>\d{4}))(?!\d(?!\d?[:.]\d\d))" + _TIME_AFTER,
    re.I,
)
NUMERIC_DATE = re.compile(
    r"(?<![\d.:/-])(?P<a>\d{1,4})(?P<sep>[-./])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})"
    r"(?![\d]|[./-]\d)" + _TIME_AFTER,
    re.I,
)
ISO_DATE = re.compile(
    r"(?<![\d.:/-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})"
    r"(?::(?P<s>\d{2})(?:[.,](?P<f>\d+))?)?\s?(?P<z>Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)"
)


_DIGIT = re.compile(r"\d")


def parse_date(
    raw: str, *, dayfirst: bool = True, order: str | None = None
) -> date | datetime | None:
    """Read one date string; return a ``date``, a ``datetime`` or None.

    A ``datetime`` is returned only when the string carries a time; it is
    aware when the string names a zone or offset (kept as written), naive
    otherwise.  A numeric date is read in ``order`` ("dmy", "mdy" or "ymd";
    without it, day first unless ``dayfirst`` is False), unless its numbers only
    make sense the other way round (``3/14/2014``).  Whatever comes back renders
    as valid ISO 8601: an impossible date, year or offset gives None.
    """
    if not raw or len(raw) > MAX_LENGTH:
        return None
    if order is None:
        order = "dmy" if dayfirst else "mdy"
    elif order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}, not {order!r}")
    text = raw.strip()
    if _DIGIT.search(text) is None:
        return None  # every date this module reads has its year in digits
    return _checked(_parse(text, order))


def _checked(value: date | datetime | None) -> date | datetime | None:
    """The one gate every date leaves this module through: a value that renders
    as ISO 8601, in the years pages are dated, with an offset some zone has."""
    if value is None or not (_MIN_YEAR <= value.year <= _MAX_YEAR):
        return None
    if isinstance(value, datetime) and value.tzinfo is not None:
        try:
            offset = value.utcoffset()
        except ValueError:  # an offset of a day or more
            return None
        # (an offset in seconds is a zone's local mean time before 1884, no page's)
        if offset is None or abs(offset) > MAX_OFFSET or offset % timedelta(minutes=1):
            return None
    try:
        value.isoformat()
    except (ValueError, OverflowError):
        return None
    return value


#: where in the string a date starts, and the date
_Found = tuple[int, "date | datetime"]


def _parse(text: str, order: str) -> date | datetime | None:
    found = []
    iso = ISO_DATE.fullmatch(text)
    if iso is not None:  # most dates in markup: nothing else to look for
        result = _iso_in(text, order)
        return None if result is None else result[1]
    for read in (_iso_in, _named_in, _numeric_in):
        result = read(text, order)
        if result is not None:
            found.append(result)
    if not found:
        return None  # (a date in another shape is too rare on pages to guess at)
    found.sort(key=lambda f: f[0])
    value = found[0][1]
    if not isinstance(value, datetime):
        # the same day written again with its clock ("January 27, 2022 2022-01-27T12:00")
        for _start, other in found[1:]:
            if isinstance(other, datetime) and other.date() == value:
                return other
    return value


def _iso_in(text: str, order: str) -> _Found | None:
    m = ISO_DATE.search(text)
    if m is None:
        return None
    day = _ymd(int(m["y"]), int(m["mo"]), int(m["d"]))
    if day is None:
        return None
    if m["h"] is None:
        return m.start(), day
    fraction = int((m["f"] or "0")[:6].ljust(6, "0"))
    value = _at(day, int(m["h"]), int(m["mi"]), int(m["s"] or 0), fraction, m["z"])
    return None if value is None else (m.start(), value)


def _named_in(text: str, order: str) -> _Found | None:
    m = NAMED_DATE.search(text)
    if m is None:
        return None
    month = MONTHS[(m["m1"] or m["m2"]).lower()]
    day = _ymd(int(m["y1"] or m["y2"]), month, int(m["d1"] or m["d2"]))
    value = day and _clocked(day, m)
    return None if value is None else (m.start(), value)


def _numeric_in(text: str, order: str) -> _Found | None:
    for m in NUMERIC_DATE.finditer(text):
        a, b, c = m["a"], m["b"], m["c"]
        # "4.2.3" is a version number, not 2 April 2003: a year is written with two
        # digits or four, and one written first ("2014-03-14") with four
        if len(a) == 4 or int(a) > 31:
            if len(a) != 4 or (m["sep"] == "-" and len(b) == len(c) == 2):
                continue  # (2024-03-21 is ISO's to read, with its offset)
        elif len(c) not in (2, 4):
            continue
        day = _numeric(a, b, c, order)
        value = day and _clocked(day, m)
        if value is not None:
            return m.start(), value
    return None


def _clocked(day: date, m: re.Match[str]) -> date | datetime | None:
    """The date with the clock and zone the pattern found after it, if any."""
    if m["h"] is None:
        return day
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    ap = m["ap"] or m["ap2"]
    if ap:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ap.lower() == "p" else 0)
    return _at(day, hour, minute, int(m["s"] or 0), 0, m["z"])


def _at(
    day: date, hour: int, minute: int, second: int, micro: int, zone: str | None
) -> datetime | None:
    if hour > 23 or minute > 59 or second > 59:
        return None
    naive = datetime(day.year, day.month, day.day, hour, minute, second, micro)
    if not zone:
        return naive
    tz = zone_of(zone, naive)  # (the patterns find only zones it knows: None is "+27:00")
    return None if tz is None else naive.replace(tzinfo=tz)


_OFFSET = lazy(r"^(?:GMT|UTC)?\s?([+−-])\s?(\d{1,2})(?::?(\d{2}))?$")


def zone_of(zone: str, when: datetime) -> tzinfo | None:
    """The offset a zone as written stands for at ``when`` (local time); None for
    a zone this module does not know (the time then stays naive)."""
    if zone in TZINFOS:
        return timezone(timedelta(seconds=TZINFOS[zone]))
    if zone in GENERIC_ZONES:
        from zoneinfo import ZoneInfo  # only for "ET" and its kind

        offset = when.replace(tzinfo=ZoneInfo(GENERIC_ZONES[zone])).utcoffset()
        return timezone(offset) if offset is not None else None
    m = _OFFSET.match(zone)
    if m is None:
        return None
    hours, minutes = int(m[2]), int(m[3] or 0)
    if len(m[2]) == 4:  # "+0100" without its colon
        hours, minutes = divmod(int(m[2]), 100)
    if minutes > 59:
        return None
    sign = -1 if m[1] in "−-" else 1
    offset = sign * timedelta(hours=hours, minutes=minutes)
    return timezone(offset) if abs(offset) <= MAX_OFFSET else None


def _ymd(year: int, month: int, day: int) -> date | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value if _MIN_YEAR <= value.year <= _MAX_YEAR else None


def _year(digits: str) -> int:
    y = int(digits)
    if len(digits) == 2:
        return y + (2000 if y < CENTURY_PIVOT else 1900)
    return y


def _numeric(a: str, b: str, c: str, order: str) -> date | None:
    if len(a) == 4:  # year first: 2014-03-14, whatever the order asked for
        return _ymd(int(a), int(b), int(c))
    if order == "ymd":
        return _ymd(_year(a), int(b), int(c))
    day, month = (int(a), int(b)) if order == "dmy" else (int(b), int(a))
    if month > 12 and day <= 12:  # only the other order makes a date
        day, month = month, day
    return _ymd(_year(c), month, day)


_BARE_NUMERIC = re.compile(r"^\s*(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})\b")


def ambiguous(raw: str | None) -> bool:
    """Whether ``raw`` starts with a numeric date that both day-first and month-first
    read, as different days ("03/05/2024"; not "03/03/2024", not "13/05/2024")."""
    m = _BARE_NUMERIC.match(raw or "")
    return m is not None and m[1] != m[2] and int(m[1]) <= 12 and int(m[2]) <= 12


_DOTTED = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})\b")


def plain_order(raw: str) -> str | None:
    """The order a numeric date's own writing settles: dots ("03.05.2024") are the
    day-first languages' way (German, Dutch, the Nordic and Slavic languages, …),
    never the American month-first one, so they need no guess and no warning."""
    return "dmy" if _DOTTED.match(raw) else None


#: words a date line carries besides the date ("Updated Tuesday, January 15 at 6 pm",
#: "Veröffentlicht am Montag, 5. März 2024, 14:05 Uhr"), in the corpora's languages
_DATE_WORDS_ALONE = (
    WEEKDAY_WORDS | FOREIGN_WEEKDAY_WORDS | MONTH_WORDS | frozenset(MONTHS) | ZONE_WORDS
    | DATE_JOIN_WORDS | frozenset(("last",))
    | frozenset(w for label in (*UPDATE_WORDS, *PUBLISHED_WORDS) for w in label.split())
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


#: words of a 12-hour clock after a date: the American order ("3/4/2015 9:15 p.m.")
_TWELVE_HOUR = re.compile(r"\d\s*[ap]\.?\s?m\b", re.I)
#: a zone named after a numeric date, of the countries that write one way: the United
#: States' month first, Europe's day first
_MONTH_FIRST_ZONES = frozenset(
    ("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", *GENERIC_ZONES)
)
_DAY_FIRST_ZONES = frozenset(
    ("GMT", "BST", "CET", "CEST", "EET", "EEST", "MEZ", "MESZ", "WEZ", "WESZ", "WET", "WEST")
)
_ZONE_NAMED = lazy(
    rf"(?<![A-Za-z])(?:{'|'.join(sorted(_MONTH_FIRST_ZONES | _DAY_FIRST_ZONES))})(?![A-Za-z])"
)
#: languages whose numeric dates put the day first (all the corpora's but English,
#: whose pages write both)
DAY_FIRST_LANGUAGES = frozenset("de fr es it pt nl da sv no fi pl cs ru tr el hu ro".split())
#: how much of a page is searched for other numeric dates
GUESS_CHARS = 200_000


def guess_order(raw: str, page: str, language: str | None) -> tuple[str, str]:
    """The order an ambiguous numeric date is read in without ``date_order``, and why:
    its own 12-hour clock, then the page's other numeric dates whose order is plain
    (``25/03/2024``, ``03/25/2024``), then the page's language, else day first."""
    zone = _ZONE_NAMED.search(raw)
    if zone is not None:
        # (before the clock: British pages write "08/01/2008 12:01am GMT" day first)
        order = "mdy" if zone[0] in _MONTH_FIRST_ZONES else "dmy"
        return order, f"its zone {zone[0]} is {'American' if order == 'mdy' else 'European'}"
    if _TWELVE_HOUR.search(raw):
        return "mdy", "its 12-hour clock is the American way"
    day_first = month_first = 0
    for m in NUMERIC_DATE.finditer(page[:GUESS_CHARS]):
        a, b = m["a"], m["b"]
        if len(a) > 2 or len(m["c"]) not in (2, 4):
            continue
        if int(a) > 12 >= int(b):
            day_first += 1
        elif int(b) > 12 >= int(a):
            month_first += 1
    if day_first and not month_first:
        return "dmy", f"{day_first} other date(s) on the page put the day first"
    if month_first and not day_first:
        return "mdy", f"{month_first} other date(s) on the page put the month first"
    if language in DAY_FIRST_LANGUAGES:
        return "dmy", f"the page is in {language!r}, which writes the day first"
    return "dmy", "nothing on the page tells, so day first"
