"""The dates of an HTML page: what its markup states, then htmldate's search.

In order of trust: JSON-LD (``datePublished``), meta tags
(``article:published_time``…), microdata (``itemprop=datePublished``),
``<time>`` elements.  Each is read as written, zone included, by
``newsclip.dates``, and its source is recorded.  ``dateModified`` and the
``*modified_time`` tags give ``modified``, kept apart.  A page that states no
date, or states it in JSON-LD or a meta tag but not in ISO 8601 (``loose``), goes
to htmldate, which searches its URL, markup and text (its answer is
a day; its own dateparser calls are strict, so a relative "2 days ago" never
counts).  bench/dates.py measured this order against htmldate alone and
newsclip alone (wcxb-dev validation: 0.847 against 0.828 and 0.721).

htmldate's work is the page's work: it reads the tree newsclip built (never
the raw markup), at most MAX_SEARCHED characters of it, and its CPU time counts
toward the page's safety valve like every other stage's.

Not for text dumps (text/datelines.py) and not a date parser (dates.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, NamedTuple

from lxml import etree

from .._vocab import STARTER_LABELS, THREAD_START_LABELS
from ..dates import ISO_DATE, NAMED_DATE, NUMERIC_DATE, parse_date
from .fields import DATE_KEYS, MODIFIED_KEYS
from .tree import Deadline, element_text, line_of, text_of

__all__ = [
    "HTMLDATE_OPTIONS", "MAX_SEARCHED", "Stated", "published", "modified", "searched",
    "spelled", "page_url", "loose", "same_day", "SEARCH_RULE", "thread_started", "first_post",
]

#: the rule of a date htmldate's search of the page found (no markup stated it)
SEARCH_RULE = "htmldate"

#: htmldate's options, pinned so that a page gives the same date on any machine, any
#: day: the latest date it accepts is a constant, not today (its default), and it looks
#: for the original (published) date rather than the last change
HTMLDATE_OPTIONS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": True,
    "min_date": "1995-01-01",
    "max_date": "2099-12-31",
    "outputformat": "%Y-%m-%d",
}
#: htmldate reads at most this many characters of a page (its search is slow on huge
#: pages, and a page states its date near its top); the development pages are smaller
MAX_SEARCHED = 1_000_000
#: sources whose dates are ISO 8601 by their specification (schema.org, OpenGraph): a
#: date written otherwise there ("Jun 24, 2025", "13/11/2025") was typed by hand or
#: filled by a template (often with the day the page was built), so htmldate's search
#: of the page is asked first
ISO_SOURCES = frozenset(("json-ld", "meta"))
#: the canonical address (else og:url) holds the date in its path: /2020/02/24/, /2020-02-24-
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/_-](\d\d)[/_-](\d\d)(?=[/_.-]|$)")


@dataclass(frozen=True, slots=True)
class Stated:
    """A date the page states: the value, as written, its source and rule, its line."""

    value: date | datetime
    raw: str | None
    source: str  # "json-ld", "meta", "microdata", "time", "url", "page"
    rule: str
    line: int | None = None


class _DateSource(NamedTuple):
    """A date the markup gives (as written), the rule that found it, its source, its line."""

    value: str | None
    rule: str
    source: str
    line: int | None = None


def published(root: etree._Element, tags: dict[str, str], ld: dict[str, str]) -> Stated | None:
    """The publication date the markup states, highest trust first."""
    return _first(_candidates(root, tags, ld))


def loose(found: Stated) -> bool:
    """A date from a source that is ISO 8601 by specification, not written in it."""
    return found.source in ISO_SOURCES and ISO_DATE.match((found.raw or "").strip()) is None


def same_day(a: Stated, b: Stated) -> bool:
    return _day(a.value) == _day(b.value)


def modified(root: etree._Element, tags: dict[str, str], ld: dict[str, str]) -> Stated | None:
    """When the page says it last changed: JSON-LD, then meta tags, then microdata."""
    rows = [_DateSource(ld.get("modified"), "json-ld-modified", "json-ld")]
    rows += [_DateSource(tags.get(key), f"meta-{key}", "meta") for key in MODIFIED_KEYS]
    for el in root.iter(etree.Element):
        if el.get("itemprop") == "dateModified":
            value = el.get("datetime") or el.get("content") or element_text(el)
            rows.append(_DateSource(value, "itemprop-modified", "microdata", line_of(el)))
            break
    return _first(rows)


def _first(rows: Iterable[_DateSource]) -> Stated | None:
    """The first date of ``rows`` that reads as one."""
    for value, rule, source, line in rows:
        parsed = parse_date(value[:200], dayfirst=False) if value else None
        if parsed is not None:
            return Stated(parsed, value, source, rule, line)
    return None


def _candidates(
    root: etree._Element, tags: dict[str, str], ld: dict[str, str]
) -> Iterator[_DateSource]:
    """The publication dates the markup gives, in order of trust."""
    if ld.get("date"):
        yield _DateSource(ld["date"], "json-ld-date", "json-ld")
    for key in DATE_KEYS:
        if tags.get(key):
            yield _DateSource(tags[key], f"meta-{key}", "meta")
    for el in root.iter(etree.Element):
        if el.get("itemprop") in ("datePublished", "dateCreated"):
            value = el.get("datetime") or el.get("content") or element_text(el)
            yield _DateSource(value, "itemprop-date", "microdata", line_of(el))
        elif el.tag == "time":
            rule = "time-pubdate" if el.get("pubdate") is not None else "time-element"
            yield _DateSource(el.get("datetime") or element_text(el), rule, "time", line_of(el))
        elif el.tag == "abbr" and "published" in (el.get("class") or ""):
            value = el.get("title") or element_text(el)
            yield _DateSource(value, "published-element", "microdata", line_of(el))


#: a forum thread's header line that states when it was started, by whom: "Started by
#: ada_k, June 04, 2024, 11:23:55 AM", "Start date Jun 14, 2025"
_THREAD_START = re.compile(rf"(?i:{STARTER_LABELS}|{'|'.join(THREAD_START_LABELS)})\b")
#: a forum's first-post marker: "#1" (or "#" before a link that reads "1")
_FIRST_POST = re.compile(r"#\s*1")
#: a line (the thread's header line, or the header row of a first post) is at most this
#: many characters: a longer one is a post's text, which may quote any date
MAX_STAMP_LINE = 160
#: the first-post marker's date is in its own row: at most this many elements up
FIRST_POST_LEVELS = 3


def thread_started(root: etree._Element) -> Stated | None:
    """The date a forum thread's header line says it was started ("Started by ada_k,
    June 04, 2024"): the thread's date, where a later ``<time>`` is a reply's."""
    for el in root.iter(etree.Element):
        if el.tag in _NO_TEXT:
            continue
        if _THREAD_START.match((el.text or "").lstrip()) is None:
            continue
        text = element_text(el)
        found = _date_in(text) if len(text) <= MAX_STAMP_LINE else None
        if found is not None:
            return Stated(found[0], found[1], "page", "thread-started", line_of(el))
    return None


def first_post(root: etree._Element) -> Stated | None:
    """The date in the header row of a forum's first post, the one marked "#1" (an
    older forum layout writes it beside the marker, in no markup of its own)."""
    # (a marker, "#1" or "#" and a "1", stands in the page's text as "#", spaces, "1":
    # a search in C spares most pages the walk)
    marker = next(_first_post_markers(root), None) if _FIRST_POST.search(text_of(root)) else None
    up = marker
    for _ in range(FIRST_POST_LEVELS if marker is not None else 0):
        up = up.getparent()
        if up is None:
            break
        text = element_text(up)
        if len(text) > MAX_STAMP_LINE:
            break
        found = _date_in(text)
        if found is not None:
            return Stated(found[0], found[1], "page", "first-post", line_of(up))
    return None


#: elements whose text is no page text
_NO_TEXT = ("script", "style", "template", "noscript")


def _first_post_markers(root: etree._Element) -> Iterator[etree._Element]:
    """The elements that mark a post "#1": one that reads "#1", or one that reads "1"
    right after a "#" (the number a link, the "#" its row's text)."""
    for el in root.iter(etree.Element):
        if el.tag in _NO_TEXT:
            continue
        if _FIRST_POST.fullmatch((el.text or "").strip()) and len(el) == 0:
            yield el
        before = el.text
        for child in el:
            if (before or "").rstrip().endswith("#") and isinstance(child.tag, str) \
                    and element_text(child) == "1":
                yield child
            before = child.tail


def _date_in(text: str) -> tuple[date | datetime, str] | None:
    """The first whole written date of a line (named, then numeric), and how it is written."""
    for pattern in (NAMED_DATE, NUMERIC_DATE):
        for m in pattern.finditer(text):
            value = parse_date(m.group(0))
            if value is not None:
                return value, m.group(0).strip()
    return None


def searched(root: etree._Element, url: str | None, deadline: Deadline) -> Stated | None:
    """htmldate's answer for a page that states no date: from its URL ("url") or
    from its markup and text ("page").  The page's own address (canonical, else
    og:url) is the only URL it is given: never one from outside the page.  It
    reads the page as newsclip parsed it (its attributes capped), never the raw
    markup (libxml2 takes minutes on some of that), and at most MAX_SEARCHED
    characters of it, which bounds its work; the first foreign date a process
    meets loads dateparser's locale data, a cost of that page's CPU time."""
    deadline.check()
    html = etree.tostring(root, encoding="unicode", method="html")[:MAX_SEARCHED]
    found = _find_date(html, url or "")
    deadline.check()
    value = parse_date(found) if found else None
    if value is None:
        return None
    m = _URL_DATE.search(url or "")
    if m is not None and "-".join(m.groups()) == found:
        return Stated(value, m.group(0).strip("/_-"), "url", "url-date")
    raw = spelled(html, value)  # type: ignore[arg-type]
    if raw is None and value.day == 1:
        # htmldate's last resorts make the 1st of a month from a month alone ("May
        # 2024"), the 1st of January from a year alone ("opened in 1995"): days that
        # no page stated
        return None
    return Stated(value, raw, "page", SEARCH_RULE)


#: htmldate's answers remembered for the last few pages searched: a page read again
#: (without the class/id rules, or without prices) gives it the same markup
SEARCHES_REMEMBERED = 4


@lru_cache(maxsize=SEARCHES_REMEMBERED)
def _find_date(html: str, url: str) -> str | None:
    from htmldate import find_date  # imported late: it loads dateparser's data

    return find_date(html, url=url, **HTMLDATE_OPTIONS)


#: how far around a year a date that holds it may stand (characters)
_AROUND = 40


def spelled(html: str, day: date) -> str | None:
    """The first whole date in the page (markup included) that is this day, as
    written; None when the page writes it nowhere."""
    year = str(day.year)
    start = html.find(year)
    while start >= 0:
        window = html[max(0, start - _AROUND):start + len(year) + _AROUND]
        for pattern in (ISO_DATE, NAMED_DATE, NUMERIC_DATE):
            for m in pattern.finditer(window):
                if any(v is not None and _day(v) == day
                       for v in (parse_date(m.group(0), order=o) for o in ("dmy", "mdy"))):
                    return m.group(0).strip()
        start = html.find(year, start + len(year))
    return None


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def page_url(root: etree._Element, tags: dict[str, str]) -> str | None:
    """The page's own address: its canonical link, else og:url."""
    for el in root.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            return el.get("href").strip()
    return tags.get("og:url")
