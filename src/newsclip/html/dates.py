"""The dates of an HTML page: what its markup states, then htmldate's search.

In order of trust: JSON-LD (``datePublished``), meta tags
(``article:published_time``…), microdata (``itemprop=datePublished``),
``<time>`` elements.  Each is read as written, zone included, by
``newsclip.dates``, and its source is recorded.  ``dateModified`` and the
``*modified_time`` tags give ``modified``, kept apart.  A page that states no
date goes to htmldate, which searches its URL, markup and text (its answer is
a day; its own dateparser calls are strict, so a relative "2 days ago" never
counts).  bench/dates.py measured this order against htmldate alone and
newsclip alone (wcxb-dev validation: 0.847 against 0.828 and 0.721).

Not for text dumps (text/datelines.py) and not a date parser (dates.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from lxml import etree

from ..dates import ISO_DATE, NAMED_DATE, NUMERIC_DATE, parse_date
from ._tree import Deadline

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
#: meta keys (lower case, as metadata reads them) of the page's last change
MODIFIED_KEYS = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "dcterm:modified", "dc:date.modified", "last-modified", "lastmod", "modified",
)
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


def published(
    root: etree._Element, tags: dict[str, str], ld: dict[str, str], date_keys: tuple[str, ...]
) -> Stated | None:
    """The publication date the markup states, highest trust first."""
    for value, source, rule, line in _candidates(root, tags, ld, date_keys):
        parsed = parse_date(value[:200], dayfirst=False) if value else None
        if parsed is not None:
            return Stated(parsed, value, source, rule, line)
    return None


def _candidates(
    root: etree._Element, tags: dict[str, str], ld: dict[str, str], date_keys: tuple[str, ...]
) -> Iterator[tuple[str | None, str, str, int | None]]:
    """(value, source, rule, line) in order of trust."""
    if ld.get("date"):
        yield ld["date"], "json-ld", "json-ld-date", None
    for key in date_keys:
        if tags.get(key):
            yield tags[key], "meta", f"meta-{key}", None
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        line = getattr(el, "sourceline", None)
        if el.get("itemprop") in ("datePublished", "dateCreated"):
            value = el.get("datetime") or el.get("content") or _text(el)
            yield value, "microdata", "itemprop-date", line
        elif el.tag == "time":
            rule = "time-pubdate" if el.get("pubdate") is not None else "time-element"
            yield el.get("datetime") or _text(el), "time", rule, line
        elif el.tag == "abbr" and "published" in (el.get("class") or ""):
            yield el.get("title") or _text(el), "microdata", "published-element", line


def modified(root: etree._Element, tags: dict[str, str], ld: dict[str, str]) -> Stated | None:
    """When the page says it last changed: JSON-LD, then meta tags, then microdata."""
    rows = [(ld.get("modified"), "json-ld", "json-ld-modified")]
    rows += [(tags.get(key), "meta", f"meta-{key}") for key in MODIFIED_KEYS]
    for el in root.iter():
        if isinstance(el.tag, str) and el.get("itemprop") == "dateModified":
            rows.append((el.get("datetime") or el.get("content") or _text(el), "microdata",
                         "itemprop-modified"))
            break
    for value, source, rule in rows:
        parsed = parse_date(value[:200], dayfirst=False) if value else None
        if parsed is not None:
            return Stated(parsed, value, source, rule)
    return None


def searched(root: etree._Element, url: str | None, deadline: Deadline) -> Stated | None:
    """htmldate's answer for a page that states no date: from its URL ("url") or
    from its markup and text ("page").  The page's own address (canonical, else
    og:url) is the only URL it is given: never one from outside the page.  It
    reads the page as newsclip parsed it (its attributes capped), never the raw
    markup (libxml2 takes minutes on some of that), and at most MAX_SEARCHED
    characters of it: that bounds its time, which the page's budget sets aside
    (its first foreign date loads dateparser's locale data, seconds of CPU)."""
    from htmldate import find_date  # imported late: it loads dateparser's data

    deadline.check()
    html = etree.tostring(root, encoding="unicode", method="html")[:MAX_SEARCHED]
    with deadline.set_aside():
        found = find_date(html, url=url or "", **HTMLDATE_OPTIONS)
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
    return Stated(value, raw, "page", "htmldate")


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


def _text(el: etree._Element) -> str:
    return " ".join(etree.tostring(el, method="text", encoding="unicode", with_tail=False).split())
