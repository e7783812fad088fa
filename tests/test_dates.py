"""One table of date strings and what newsclip.dates makes of them."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from date_cases import LANGUAGE_CASES
from newsclip.dates import ambiguous, parse_date, to_iso

# (input, dayfirst, expected): expected is what to_iso() gives, or None.
CASES: list[tuple[str, bool, str | None]] = [
    # Archive headers: day-first, D-M-YYYY.
    ("14-3-2014", True, "2014-03-14"),
    ("2-6-2016", True, "2016-06-02"),
    ("1-12-2016", True, "2016-12-01"),
    ("05.10.2018", True, "2018-10-05"),
    ("14/03/14", True, "2014-03-14"),
    ("3-4-2023", True, "2023-04-03"),
    # Month-first when the numbers only make sense that way, or when asked.
    ("3/14/2014", True, "2014-03-14"),
    ("3/4/2023", False, "2023-03-04"),
    # Archive dates with a time: naive, the archive names no zone.
    ("23-10-2020 18:45", True, "2020-10-23T18:45:00"),
    ("23-10-2020 18:45:07", True, "2020-10-23T18:45:07"),
    ("1.2.2020 8.05", True, "2020-02-01T08:05:00"),
    # Numeric dates with a 12-hour clock and a zone, as web pages print them.
    ("10/01/2008 11:11am GMT", True, "2008-01-10T11:11:00+00:00"),
    ("1/18/2008 10:15 AM EST", False, "2008-01-18T10:15:00-05:00"),
    ("30/12/07 7:40 p.m.", True, "2007-12-30T19:40:00"),
    ("30/12/07 12:05 AM", True, "2007-12-30T00:05:00"),
    ("30/12/07 7:40 AM WST", True, "2007-12-30T07:40:00"),  # a zone not known: naive
    ("30/12/07 13:40 PM", True, None),  # no 13 o'clock on a 12-hour clock
    # ISO 8601.
    ("2014-03-14", True, "2014-03-14"),
    ("2014-03-14T10:00:00+03:00", True, "2014-03-14T10:00:00+03:00"),
    ("2014-03-14T10:00:00Z", True, "2014-03-14T10:00:00+00:00"),
    ("2014-03-14 10:00", True, "2014-03-14T10:00:00"),
    ("2019-01-03T02:00:00.250-05:00", True, "2019-01-03T02:00:00.250000-05:00"),
    # Month names, as pages and tweet signatures print them.
    ("March 14, 2014", False, "2014-03-14"),
    ("14 March 2014", True, "2014-03-14"),
    ("9 August 2020", False, "2020-08-09"),
    ("Sept 5, 2020", False, "2020-09-05"),
    ("Nov. 19, 2019", False, "2019-11-19"),
    ("Thursday, 3 January 2019", True, "2019-01-03"),
    ("Published 12 May 2021", True, "2021-05-12"),
    ("3 May, 2020", True, "2020-05-03"),
    ("sept 5 2020", False, "2020-09-05"),
    ("DECEMBER 1, 2016", False, "2016-12-01"),
    # … with hyphens between the parts, or no space after the comma
    ("17-Dec-2025", True, "2025-12-17"),
    ("Dec-17-2025", False, "2025-12-17"),
    ("December 17,2025", False, "2025-12-17"),
    ("Published: Jan 15,2008 08:10 PM", False, "2008-01-15T20:10:00"),
    ("Nov 12,1200 units", False, None),  # (no year of our times after the comma)
    # Times with zones.
    ("Nov. 19, 2019 8:03 am ET", False, "2019-11-19T08:03:00-05:00"),
    ("Thu 3 Jan 2019 02.00 EST", True, "2019-01-03T02:00:00-05:00"),
    ("5 Sept 2020 14:00 CEST", True, "2020-09-05T14:00:00+02:00"),
    ("14 March 2014 18:30 MSK", True, "2014-03-14T18:30:00+03:00"),
    ("March 14, 2014 6:30 p.m. GMT", False, "2014-03-14T18:30:00+00:00"),
    ("14 March 2014 10:00 +0300", True, "2014-03-14T10:00:00+03:00"),
    ("Jan 3, 2019 9:15 PM", False, "2019-01-03T21:15:00"),
    # Junk and half-dates: None, never an invented date.
    ("", True, None),
    ("   ", True, None),
    ("junk", True, None),
    ("Monday", True, None),
    ("2014", True, None),
    ("12:30", True, None),
    ("May 2024", True, None),
    ("Mar 2014", True, None),
    ("1 2 3", True, None),
    ("0-0-0", True, None),
    ("32-1-2014", True, None),
    ("14-13-2014", True, None),
    ("13-14-2014", True, None),
    ("2019-02-30", True, None),
    ("30-2-2019", True, None),
    ("31-12-1799", True, None),
    ("1-1-2201", True, None),
    ("23-10-2020 24:45", True, None),
    ("23-10-2020 18:61", True, None),
    ("2014-13-01", True, None),
    ("February 30, 2020", False, None),
    ("31 June 2020", True, None),
    ("March 14, 1066", False, None),
    ("Maybe 3, 2020", False, None),
    ("x" * 300, True, None),
    ("Share on Facebook", True, None),
    # Version numbers: a year has two digits or four.
    ("4.2.3", True, None),
    ("4.2.3", False, None),
    ("10.12.123", True, None),
    ("201.3.14", True, None),
]


def test_no_duplicate_inputs() -> None:
    dupes = [k for k, n in Counter((raw, first) for raw, first, _ in CASES).items() if n > 1]
    assert not dupes


@pytest.mark.parametrize(("raw", "dayfirst", "expected"), CASES)
def test_parse_date(raw: str, dayfirst: bool, expected: str | None) -> None:
    assert to_iso(parse_date(raw, dayfirst=dayfirst)) == expected


@pytest.mark.parametrize(
    ("raw", "kind"),
    [("14-3-2014", date), ("23-10-2020 18:45", datetime), ("March 14, 2014", date)],
)
def test_a_time_makes_a_datetime(raw: str, kind: type) -> None:
    # date and datetime are both dates; the type tells whether a time was given.
    value = parse_date(raw)
    assert type(value) is kind


def test_zone_makes_an_aware_datetime() -> None:
    value = parse_date("2014-03-14T10:00:00+03:00")
    assert value.utcoffset() == timedelta(hours=3)
    assert parse_date("23-10-2020 18:45").tzinfo is None


def test_no_duplicate_language_inputs() -> None:
    dupes = [k for k, n in Counter((raw, order) for raw, order, _, _ in LANGUAGE_CASES).items()
             if n > 1]
    assert not dupes


@pytest.mark.parametrize(("raw", "order", "expected", "lang"), LANGUAGE_CASES)
def test_language_cases(raw: str, order: str | None, expected: str | None, lang: str) -> None:
    assert to_iso(parse_date(raw, order=order)) == expected


def test_an_order_that_is_not_one_is_refused() -> None:
    with pytest.raises(ValueError, match="order must be one of"):
        parse_date("03/05/2024", order="dym")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("03/05/2024", True), ("03.05.24 10:00", True), ("03/03/2024", False),
     ("13/05/2024", False), ("2024/03/05", False), ("March 5, 2024", False), (None, False)],
)
def test_ambiguous(raw: str | None, expected: bool) -> None:
    assert ambiguous(raw) is expected


_ISO_8601 = re.compile(
    r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{6})?([+-](0\d|1[0-4]):[0-5]\d)?)?$"
)
#: pieces date strings are made of, shuffled into strings no page wrote
_PIECES = st.sampled_from(
    ["2022-01-27T12:00:00", "January 27, 2022", "27", "-27", "+27:00", "-0500", "GMT+1", "GMT",
     "CET", "ET", "12:00", "5 pm", "Uhr", "à", "14h05", "31/12/2023", "03/05/24", "2022",
     "Date:", "dic.", "März", " ", ", ", "-", "T", "Z", ".", "99", "0", "1e10", "Mon"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=8).map(" ".join), st.sampled_from([None, "dmy", "mdy", "ymd"]))
def test_whatever_comes_back_is_valid_iso_8601(raw: str, order: str | None) -> None:
    iso = to_iso(parse_date(raw, order=order))
    assert iso is None or _ISO_8601.match(iso), (raw, iso)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_valid_iso_8601_or_none(raw: str) -> None:
    iso = to_iso(parse_date(raw))
    assert iso is None or _ISO_8601.match(iso), (raw, iso)


# --- the order of an ambiguous numeric date, as parse() settles it --------------

PROSE = "The ferry crossed the bay twice that morning, carrying cars and cyclists. " * 6


def _dump(date_line: str, rest: str = "") -> str:
    return f"Gulls return to the pier\n\n{date_line}\n\n{PROSE}\n\n{rest}\n"


@pytest.mark.parametrize(
    ("dump", "order", "published", "note"),
    [
        (_dump("03/05/2024"), None, "2024-05-03", "dmy: nothing on the page tells, so day first"),
        (_dump("03/05/2024", "Earlier story: 12/25/2023"), None, "2024-03-05",
         "mdy: 1 other date(s) on the page put the month first"),
        (_dump("03/05/2024", "Earlier story: 25/12/2023"), None, "2024-05-03",
         "dmy: 1 other date(s) on the page put the day first"),
        (_dump("03/05/2024 9:15 pm"), None, "2024-03-05T21:15:00",
         "mdy: its 12-hour clock is the American way"),
        # a zone of the countries that write one way decides, before the clock: British
        # pages write "12:01am GMT" with the day first
        (_dump("03/05/2024 12:01am GMT"), None, "2024-05-03T00:01:00+00:00",
         "dmy: its zone GMT is European"),
        (_dump("03/05/2024 21:15 PST"), None, "2024-03-05T21:15:00-08:00",
         "mdy: its zone PST is American"),
        (_dump("03/05/2024"), "mdy", "2024-03-05", None),
        (_dump("03/05/2024", "Earlier story: 25/12/2023"), "mdy", "2024-03-05", None),
        (_dump("13/05/2024"), None, "2024-05-13", None),  # not ambiguous: no warning
        # dots are the day-first languages' way: read so, with no guess to warn of,
        # whatever the page's other dates; --date-order still decides
        (_dump("03.05.2024", "Earlier story: 12/25/2023"), None, "2024-05-03", None),
        (_dump("03.05.2024"), "mdy", "2024-03-05", None),
    ],
)
def test_an_ambiguous_date_is_settled_and_said(
    dump: str, order: str | None, published: str, note: str | None
) -> None:
    import newsclip

    record = newsclip.parse(dump, date_order=order)
    assert to_iso(record.published) == published
    notes = [w for w in record.warnings if w.startswith("ambiguous date")]
    raw = record.published_raw
    said = f"ambiguous date {raw!r} read {note} (--date-order decides)"
    assert notes == ([] if note is None else [said])


def test_the_language_of_the_page_decides_last() -> None:
    from newsclip.dates import guess_order

    assert guess_order("03/05/2024", "", "de") == (
        "dmy", "the page is in 'de', which writes the day first")
    assert guess_order("03/05/2024", "", "en")[0] == "dmy"


def test_a_wrong_date_order_is_refused() -> None:
    import newsclip

    with pytest.raises(ValueError, match="date_order must be one of"):
        newsclip.parse(_dump("03/05/2024"), date_order="dym")


# --- the date lines, in a text dump: what the record says ----------------

DUMP_LINES = [
    ("2024-03-21T17:12:00+01:00", "2024-03-21T17:12:00+01:00", "2024-03-21T17:12:00+01:00"),
    ("2024-03-21T17:12:00Z", "2024-03-21T17:12:00+00:00", "2024-03-21T17:12:00Z"),
    ("2024-03-21 17:12 +0100", "2024-03-21T17:12:00+01:00", "2024-03-21 17:12 +0100"),
    ("March 21, 2024 5:12 PM GMT+1", "2024-03-21T17:12:00+01:00", "March 21, 2024 5:12 PM GMT+1"),
    ("31 dic. 2023 14:05 CET", "2023-12-31T14:05:00+01:00", "31 dic. 2023 14:05 CET"),
    ("12.03.2024, 06.15 Uhr", "2024-03-12T06:15:00", "12.03.2024, 06.15 Uhr"),
    ("Publié le 31/12/2023 à 14h05", "2023-12-31T14:05:00", "31/12/2023 à 14h05"),
    ("Date: January 27, 2022 2022-01-27T12:00:00", "2022-01-27", "January 27, 2022"),
    ("Barcelona - 01 feb 2024 - 13:45 CET", "2024-02-01T13:45:00+01:00", "01 feb 2024 - 13:45 CET"),
    ("Published 2 days ago", None, None),
    ("vor 3 Tagen", None, None),
    ("21 de enero de 2020 a las 10:30", "2020-01-21T10:30:00", "21 de enero de 2020 a las 10:30"),
]


def test_no_duplicate_dump_lines() -> None:
    assert len({line for line, _, _ in DUMP_LINES}) == len(DUMP_LINES)


@pytest.mark.parametrize(("line", "published", "raw"), DUMP_LINES)
def test_a_dumps_date_line_keeps_its_clock_and_zone(line: str, published: str | None,
                                                    raw: str | None) -> None:
    import json

    import newsclip

    record = newsclip.parse(_dump(line)).to_dict()
    json.dumps(record)  # the writer never meets a value it cannot write
    assert (record["published"], record["published_raw"]) == (published, raw)
    assert record["published_source"] == ("text" if published else None)
