"""The search for the date of an HTML page whose markup states none
(html/date_search.py, through ``newsclip.parse``): each path it takes, in its
order, and what it never takes for a publication date."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclip
from newsclip.dates import parse_date
from newsclip.html import date_search
from newsclip.html.fields import SEARCHED_DATE_KEYS

PROSE = " ".join(["The ferry crossed the bay twice that morning, carrying cars."] * 4)


def _page(head: str = "", body: str = "", *, title: str = "Ferry") -> str:
    article = f"<article><h1>Ferry crossings</h1><p>{PROSE}</p><p>{PROSE}</p></article>"
    return (f"<html><head><title>{title}</title>{head}</head>"
            f"<body>{body}{article}</body></html>")


def _dated(page: str) -> tuple[str | None, str | None, str | None]:
    record = newsclip.parse(page, input_format="html").to_dict()
    return record["published"], record["published_raw"], record["published_source"]


CASES = [
    # (name, head, body, published, raw, source)
    ("url", "<link rel='canonical' href='https://gazette.example/2020/5/3/ferry'>",
     "<p class='date'>June 9, 2021</p>", "2020-05-03", "2020/5/3", "url"),
    ("other-schema-meta", "<meta name='citation_publication_date' content='2020-05-03'>",
     "<p class='date'>June 9, 2021</p>", "2020-05-03", "2020-05-03", "meta"),
    ("holder-by-class", "", "<div class='post-meta'>By Ana Lima · March 3, 2024</div>",
     "2024-03-03", "March 3, 2024", "page"),
    ("holder-by-tag", "", "<small>Posted 03.05.2024</small>", "2024-05-03", "03.05.2024",
     "page"),
    # the first holder wins over a later (earlier-dated) one: a comment, a related story
    ("first-holder", "", "<span class='entry-date'>July 9, 2025</span>"
     "<span class='comment-date'>July 1, 2025</span>", "2025-07-09", "July 9, 2025", "page"),
    ("title", "", "", "2020-05-03", "3 May 2020", "page"),
    ("timestamp", "", "<div data-created='2020-05-03 08:15:00'></div>", "2020-05-03",
     "2020-05-03 08:15:00", "page"),
    # the earliest of the short pieces of text: later ones are updates, replies
    ("earliest-text", "", "<div>Reply <span>sent 9 June 2021</span></div>"
     "<p>Written 3 May 2020</p>", "2020-05-03", "3 May 2020", "page"),
    ("first-anywhere", "", "<b>Updated: 10/31/2024</b>", "2024-10-31", "10/31/2024", "page"),
    # the search gives the day; the clock beside it carries a zone nobody can read
    ("day-only", "", "<span class='date'>Monday, January 14, 2008 10:00 WST</span>",
     "2008-01-14", "January 14, 2008 10:00", "page"),
]


@pytest.mark.parametrize(("name", "head", "body", "published", "raw", "source"), CASES,
                         ids=[c[0] for c in CASES])
def test_search_path(name: str, head: str, body: str, published: str | None,
                     raw: str | None, source: str | None) -> None:
    title = "Council minutes, 3 May 2020" if name == "title" else "Ferry"
    assert _dated(_page(head, body, title=title)) == (published, raw, source)


@pytest.mark.parametrize("body", [
    "<p class='date'>Opened in May 2024</p>",  # a month alone is no day
    "<p class='date'>© 2024 Gazette</p>",  # nor a copyright year
    "<p class='date'>Posted 2 days ago</p>",  # nor a date relative to a day not given
    "<p class='date'>3 May 1990</p>",  # before the web's pages
])
def test_no_day_made_up(body: str) -> None:
    assert _dated(_page("", body)) == (None, None, None)


def test_last_change_after_the_holders() -> None:
    # a page's last change is its date only when no element holds one
    head = "<meta property='article:modified_time' content='2026-02-24T15:17:17+00:00'>"
    record = newsclip.parse(_page(head), input_format="html").to_dict()
    assert (record["published"], record["modified"]) == ("2026-02-24", "2026-02-24T15:17:17+00:00")
    assert _dated(_page(head, "<p class='byline'>By Ana Lima, 3 May 2020</p>"))[0] == "2020-05-03"


def test_loose_meta_date_stands() -> None:
    # a meta tag's date not in ISO 8601 is still the page's; the page's holders
    # are not searched before it
    head = "<meta property='article:published_time' content='March 27, 2025'>"
    assert _dated(_page(head, "<div class='date'>Mar 13, 2026</div>"))[0] == "2025-03-27"


def test_searched_keys_are_not_markup_keys() -> None:
    from newsclip.html.fields import DATE_KEYS

    assert not set(SEARCHED_DATE_KEYS) & set(DATE_KEYS)
    assert all(k == k.lower() for k in SEARCHED_DATE_KEYS)


def test_written_takes_the_first_date_in_the_text() -> None:
    value, raw = date_search.written("Updated 2025-12-08, first published 3 May 2020")
    assert (value.isoformat()[:10], raw) == ("2025-12-08", "2025-12-08")
    value, raw = date_search.written("By Ana, 3 May 2020 (updated 2025-12-08)")
    assert (value.isoformat(), raw) == ("2020-05-03", "3 May 2020")
    assert date_search.written("version 4.2.3, build 2024") is None


def test_holder_date_is_at_its_start() -> None:
    # a long block that merely holds a date somewhere is no date's holder
    from lxml import html

    long = "Opening hours and the timetable for the winter. " * 3
    root = html.fromstring(f"<div><div class='info'>{long}Changed 4 May 2020</div></div>")
    assert date_search.in_holders(root) is None
    root = html.fromstring(f"<div><div class='info'>Changed 4 May 2020. {long}</div></div>")
    assert date_search.in_holders(root).raw == "4 May 2020"


def test_too_many_holders_tell_nothing() -> None:
    from lxml import html

    root = html.fromstring("<div>" + "<p class='meta'>x</p>" * (date_search.MAX_HOLDERS + 1)
                           + "<p class='date'>3 May 2020</p></div>")
    assert date_search.in_holders(root) is None
    root = html.fromstring("<div><p class='meta'>x</p><p class='date'>3 May 2020</p></div>")
    assert date_search.in_holders(root).raw == "3 May 2020"


def test_masthead_date_line_is_passed_over() -> None:
    # the day the page was served, above its headline, is not the story's
    story = f"<article><h1>Ferry crossings</h1><p class='byline'>By Ana Lima, 8 January 2008</p>" \
            f"<p>{PROSE}</p><p>{PROSE}</p></article>"
    page = ("<html><head><title>Ferry</title></head><body>"
            f"<div class='date'>Tuesday 15 January 2008</div>{story}</body></html>")
    assert _dated(page)[0] == "2008-01-08"
    # the same line below the headline is the story's own
    below = story.replace("<p class='byline'>By Ana Lima, 8 January 2008</p>",
                          "<div class='date'>Tuesday 15 January 2008</div>")
    assert _dated(f"<html><head><title>Ferry</title></head><body>{below}</body></html>")[0] \
        == "2008-01-15"
    # a dated line above the headline that says more than the day is taken
    page = page.replace("Tuesday 15 January 2008", "By Ana Lima, Tuesday 15 January 2008")
    assert _dated(page)[0] == "2008-01-15"


#: a long line of the page's text that holds its date written with numbers and a
#: four-digit year, as the day-first languages write it (no class tells it is a date's)
LONG_LINES = [
    ("de", "Dieser Beitrag wurde am 05.03.2024 um 10:15 Uhr von admin unter Allgemein"
           " veröffentlicht. Setze ein Lesezeichen auf den Permalink.", "2024-03-05"),
    ("fr", "Publié le 05/03/2024 à 10h15 par Jean Dupont dans la rubrique Politique et"
           " société", "2024-03-05"),
    ("it", "Pubblicato il 5/3/2024 alle 10:15 da Mario Rossi nella sezione di cronaca"
           " cittadina", "2024-03-05"),
    ("nl", "Dit artikel werd op 05-03-2024 gepubliceerd door de redactie van de krant"
           " in de rubriek binnenland", "2024-03-05"),
    ("de", "Die Software wurde in Version 1.10.24 veröffentlicht und steht ab sofort zum"
           " Herunterladen bereit", None),  # (a two-digit year: as often a version)
    ("en", "The score was 3/4/25 after the second half of a long and tiring afternoon"
           " at the ground", None),  # (a two-digit year: as often a score or a ratio)
    # (an English page names its own date's month: its long lines' numeric dates are
    # a notice's, an offer's)
    ("en", "All prices reflect the final price after savings. Offers expire 9/30/2017 at"
           " 11:59 P.M. PT.", None),
    # (dots are the day-first languages' way on a page that declares no language too)
    ("", "Publicado el 07.12.2017 por la redacción en la sección de economía y"
         " finanzas del diario", "2017-12-07"),
    ("", "Publicado el 07/12/2017 por la redacción en la sección de economía y"
         " finanzas del diario", None),
]


@pytest.mark.parametrize(("lang", "line", "published"), LONG_LINES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(LONG_LINES)])
def test_numeric_date_in_a_long_line(lang: str, line: str, published: str | None) -> None:
    page = _page("", f"<div>{line}</div>")
    page = page.replace("<html>", f"<html lang='{lang}'>") if lang else page
    assert _dated(page)[0] == published


#: a date markup states with its numbers joined by dots, after a weekday: day first
DOTTED_MARKUP = [
    ("<time>Di., 12.03.2024</time>", "2024-03-12"),
    ("<span itemprop='datePublished'>Dienstag, 05.03.2024, 10:15 Uhr</span>",
     "2024-03-05T10:15:00"),
    ("<time>Tue, 03/05/2024</time>", "2024-03-05"),  # (slashes: month first, as before)
]


@pytest.mark.parametrize(("markup", "published"), DOTTED_MARKUP)
def test_dotted_markup_date_is_day_first(markup: str, published: str) -> None:
    assert _dated(_page("", markup))[0] == published


def test_a_cms_created_key_is_searched() -> None:
    assert _dated(_page("<meta name='article.created' content='2024-03-05'>"))[:2] \
        == ("2024-03-05", "2024-03-05")


def _story(before: str, after: str, tail: str = "") -> str:
    """An article (as its head declares) whose headline has ``before`` above it and
    ``after`` below it (no telling class), and related stories (``tail``, in date
    holders) under it."""
    return ("<html><head><title>Ferry</title><meta property='og:type' content='article'>"
            "</head><body>"
            f"<article><div>{before}</div><h1>Ferry crossings</h1><div>{after}</div>"
            f"<p>{PROSE}</p><p>{PROSE}</p></article>{tail}</body></html>")


RELATED = "<ul><li><a href='/x'>Older story</a><span class='date'>December 2, 2025</span></li></ul>"
#: a date line beside the headline, in an element no class marks (``near_headline``)
NEAR_CASES = [
    # (name, above, below, related, published)
    ("below", "", "<span>Dec 12, 2025</span>", RELATED, "2025-12-12"),
    ("labelled-above", "<div>Last updated:</div><div>Dec 12, 2025</div>", "", RELATED,
     "2025-12-12"),
    ("label-and-date", "", "<p>Published on January 27, 2025</p>", RELATED, "2025-01-27"),
    # the nearer of a line above and a line below
    ("nearest", "<span>Jan 5, 2025</span><span>Travel</span>", "<span>Jan 9, 2025</span>",
     "", "2025-01-09"),
    ("nearest-above", "<span>Jan 5, 2025</span>",
     "<span>Travel and tides</span><span>Jan 9, 2025</span>", "", "2025-01-05"),
    # too far from the headline: the first date holder's, as before
    ("far", "", f"<p>{PROSE}</p><p>{PROSE}</p><span>Dec 12, 2025</span>", RELATED,
     "2025-12-02"),
    # a masthead's day line above the headline is the day the page was served
    ("masthead", "<span>Tuesday 15 January 2008</span>", "", RELATED, "2025-12-02"),
    # a line that names more than the date is no date line (a byline holds it)
    ("more-than-a-date", "", "<span>Ana Lima, Jan 9, 2025</span>", RELATED, "2025-12-02"),
]


@pytest.mark.parametrize(("name", "above", "below", "related", "published"), NEAR_CASES,
                         ids=[c[0] for c in NEAR_CASES])
def test_date_line_near_the_headline(name: str, above: str, below: str, related: str,
                                     published: str) -> None:
    day, _raw, source = _dated(_story(above, below, related))
    assert (day, source) == (published, "page")


def test_near_headline_without_a_headline() -> None:
    from lxml import html

    root = html.fromstring("<div><span>Dec 12, 2025</span></div>")
    assert date_search.near_headline(root, None) is None
    h1 = root.makeelement("h1")
    assert date_search.near_headline(root, h1) is None  # (not in the page)


# The ISO timestamp search skips ahead to the part after the year: the same first match
# as the whole pattern tried at every place (the reference below).
_REFERENCE = re.compile(r"\d(?<![\d.:/-]\d)\d{3}-\d\d-\d\d[T ]\d\d:\d\d:\d\d")


def _first_timestamp(markup: str) -> tuple[str, str] | None:
    for m in _REFERENCE.finditer(markup):
        value = parse_date(m.group(0))
        if value is not None and value.year >= date_search.MIN_YEAR:
            return str(value), m.group(0)
    return None


TIMESTAMPS = [
    "<div data-created='2020-05-03 08:15:00'></div>",
    "2024-03-21T17:12:00 at the start",
    "v1.2024-03-21T17:12:00 a version", "12024-03-21T17:12:00", "/2024-03-21T17:12:00",
    "x2024-03-21T17:12:00", "1990-01-01T00:00:00 then 2021-02-03 04:05:06",
    "2021-13-45T17:12:00 then 2022-02-03T04:05:06", "2021-02-03T04:05 no seconds",
    "2021-02-03T04:05:06-03-04T05:06:07", "٢٠٢١-02-03T04:05:06", "-02-03T04:05:06",
    "ab-02-03T04:05:06 2023-02-03T04:05:06",
]


@pytest.mark.parametrize("markup", TIMESTAMPS)
def test_timestamp_is_the_first_the_whole_pattern_finds(markup: str) -> None:
    found = date_search.timestamp(markup)
    assert (None if found is None else (str(found.value), found.raw)) == _first_timestamp(markup)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["2024", "1990", "-03", "-21", "-13", "T", " ", "17:12:00",
                                  "04:05", ":06", "1", ".", "/", "-", "x", "٢٠٢١"]),
                max_size=16).map("".join))
def test_any_timestamp_is_the_first_the_whole_pattern_finds(markup: str) -> None:
    found = date_search.timestamp(markup)
    assert (None if found is None else (str(found.value), found.raw)) == _first_timestamp(markup)
