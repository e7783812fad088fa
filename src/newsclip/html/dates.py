"""The dates of an HTML page: what its markup states, then a search of the page.

In order of trust: JSON-LD (``datePublished``), meta tags
(``article:published_time``…), microdata (``itemprop=datePublished``),
``<time>`` elements.  Each is read as written, zone included, by
``newsclip.dates``, and its source is recorded.  ``dateModified`` and the
``*modified_time`` tags give ``modified``, kept apart.  A page that states no
date, or states it in JSON-LD but not in ISO 8601 (``loose``), is searched
(``searched``, html/date_search.py): its URL, the meta keys of other schemas,
the elements that hold a date by their class, its text.  The search reads the
tree newsclip built, and its CPU time counts toward the page's safety valve like
every other stage's.

On a page that declares an article, the ``<time>`` under its headline (the date the
reader is shown) beats a JSON-LD or meta date more than a day away (``header_time``).

Not for text dumps (text/datelines.py) and not a date parser (dates.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from lxml import etree

from .._vocab import MONTHS, STARTER_LABELS, THREAD_START_LABELS, UPDATE_WORDS
from ..dates import DAY_FIRST_LANGUAGES, ISO_DATE, NAMED_DATE, NUMERIC_DATE, parse_date
from . import date_search
from .fields import DATE_KEYS, MODIFIED_KEYS, SEARCHED_DATE_KEYS, UPDATE_CUES
from .tree import Deadline, element_text, line_of, text_of

__all__ = [
    "MAX_SEARCHED", "Stated", "SEARCH_RULES", "published", "modified", "searched",
    "page_url", "loose", "search_first", "same_day", "thread_started", "first_post",
    "header_time", "HEADER_LEVELS", "HEADER_CHARS",
]

#: the rules of the dates a search of the page found, where no markup stated one
SEARCH_RULES = date_search.RULES
#: the search reads at most this many characters of the page's markup for a
#: timestamp (a page states its date near its top); the development pages are smaller
MAX_SEARCHED = 1_000_000
#: sources whose dates are ISO 8601 by their specification (schema.org, OpenGraph): a
#: date written otherwise there ("Jun 24, 2025", "13/11/2025") was typed by hand or
#: filled by a template (often with the day the page was built), so a forum's own
#: stamps are read first
ISO_SOURCES = frozenset(("json-ld", "meta"))
#: of those, the sources whose loose date the search of the page is asked before: a
#: JSON-LD date is a template's as often; a meta tag's loose date stands (htmldate,
#: which searched pages before, read the same tag first and gave its day)
SEARCHED_BEFORE = frozenset(("json-ld",))


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


def published(
    root: etree._Element, tags: dict[str, str], ld: dict[str, str], markup: str | None = None
) -> Stated | None:
    """The publication date the markup states, highest trust first; ``markup``: what
    the tree was read from (``tree.Prepared.markup``): a page whose markup never writes
    the microdata properties (``_ITEM_DATES``) is walked for its ``<time>`` and
    ``<abbr>`` elements alone, picked out in C."""
    return _first(_candidates(root, tags, ld, markup))


def loose(found: Stated) -> bool:
    """A date from a source that is ISO 8601 by specification, not written in it."""
    return found.source in ISO_SOURCES and ISO_DATE.match((found.raw or "").strip()) is None


def search_first(found: Stated | None) -> bool:
    """Whether the page is searched for its date: it states none, or states it loosely
    where a template may have written it (SEARCHED_BEFORE)."""
    return found is None or (found.source in SEARCHED_BEFORE and loose(found))


def same_day(a: Stated, b: Stated) -> bool:
    return _day(a.value) == _day(b.value)


def modified(
    root: etree._Element, tags: dict[str, str], ld: dict[str, str], markup: str | None = None
) -> Stated | None:
    """When the page says it last changed: JSON-LD, then meta tags, then microdata.
    ``markup``: what the tree was read from (``tree.Prepared.markup``): a page whose
    markup never writes the property is not walked for it (a search in C)."""
    rows = [_DateSource(ld.get("modified"), "json-ld-modified", "json-ld")]
    rows += [_DateSource(tags.get(key), f"meta-{key}", "meta") for key in MODIFIED_KEYS]
    for el in root.iter(etree.Element) if markup is None or "dateModified" in markup else ():
        if el.get("itemprop") == "dateModified":
            value = el.get("datetime") or el.get("content") or element_text(el)
            rows.append(_DateSource(value, "itemprop-modified", "microdata", line_of(el)))
            break
    return _first(rows)


#: a date a citation's meta tag writes year first, then the month's name ("2024 Jun 30",
#: the form of the scholarly indexes' citation_publication_date)
_YEAR_FIRST = re.compile(r"(?P<y>\d{4})\s+(?P<m>[^\W\d_]{3,9})\.?\s+(?P<d>\d{1,2})")


def _read(value: str) -> date | datetime | None:
    """A date as markup writes it (``parse_date``, month before day, unless its numbers
    are joined by dots: ``_day_first``), or year first with the month's name
    (``_YEAR_FIRST``)."""
    parsed = parse_date(value[:200], dayfirst=_day_first(value[:200]))
    m = _YEAR_FIRST.fullmatch(value.strip()) if parsed is None else None
    if m is not None and m["m"].lower() in MONTHS:
        parsed = parse_date(f"{m['d']} {m['m']} {m['y']}")
    return parsed


def _day_first(value: str) -> bool:
    """Whether a numeric date in markup is read day first: its numbers are joined by
    dots ("Di., 12.03.2024", "Dienstag, 05.03.2024, 10:15 Uhr"), the day-first
    languages' way (German, Dutch, the Nordic and Slavic languages), never the
    American month-first one (``newsclip.dates.plain_order`` says the same of a value
    that starts with the date; a weekday before it hides the date from that test)."""
    m = NUMERIC_DATE.search(value)
    return m is not None and m["sep"] == "." and len(m["a"]) <= 2


def _first(rows: Iterable[_DateSource]) -> Stated | None:
    """The first date of ``rows`` that reads as one."""
    for value, rule, source, line in rows:
        parsed = _read(value) if value else None
        if parsed is not None:
            return Stated(parsed, value, source, rule, line)
    return None


#: the microdata properties of a publication date
_ITEM_DATES = ("datePublished", "dateCreated")


def _candidates(
    root: etree._Element, tags: dict[str, str], ld: dict[str, str], markup: str | None = None
) -> Iterator[_DateSource]:
    """The publication dates the markup gives, in order of trust."""
    if ld.get("date"):
        yield _DateSource(ld["date"], "json-ld-date", "json-ld")
    for key in DATE_KEYS:
        if tags.get(key):
            yield _DateSource(tags[key], f"meta-{key}", "meta")
    items = markup is None or any(name in markup for name in _ITEM_DATES)
    for el in root.iter(etree.Element) if items else root.iter("time", "abbr"):
        if items and el.get("itemprop") in _ITEM_DATES:
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
        own = el.text
        if not own or _THREAD_START.match(own.lstrip()) is None or el.tag in _NO_TEXT:
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


def searched(
    root: etree._Element, url: str | None, tags: dict[str, str], deadline: Deadline,
    language: str | None = None, headline: etree._Element | None = None,
    markup: str | None = None,
) -> Stated | None:
    """The date of a page whose markup states none (html/date_search.py): the page's
    own address ("url"; canonical, else og:url: never one from outside the page),
    the meta keys of other schemas and CMSs (SEARCHED_DATE_KEYS, "meta"), then its
    markup and text ("page"), from the date line beside the ``headline`` (an
    article's) on.  A page's last change (``modified``) is taken for its
    publication only after the elements that hold a date, with the markup's other
    timestamps: htmldate took it before them, and was wrong twice as often as right
    on the tune pages where it did.  A page that declares a day-first ``language``
    also has the numeric dates of its long pieces of text read (``first_written``).
    ``markup``: what the tree was read from (``tree.Prepared.markup``)."""
    deadline.check()
    found = date_search.url_date(url)
    if found is None:
        stated = _first(_DateSource(tags.get(key), f"meta-{key}", "meta")
                        for key in SEARCHED_DATE_KEYS)
        if stated is not None:
            return stated
        found = (date_search.near_headline(root, headline)
                 or date_search.in_holders(root, markup) or date_search.in_headline(root))
    if found is None:
        # (the head's too: a meta key of the site's own, "w-published-date", or the
        # page's last change, article:modified_time, when it states nothing else; the
        # tune pages' truth was that day more often than the text's dates)
        markup = etree.tostring(root, encoding="unicode", method="html")[:MAX_SEARCHED]
        found = (date_search.timestamp(markup) or date_search.in_text(root)
                 or date_search.first_written(root, numeric=language in DAY_FIRST_LANGUAGES))
    deadline.check()
    if found is None:
        return None
    # (the day alone: a clock beside a date the page shows may carry a zone nobody can
    # read, "10:00 WST", and a naive clock would pass for the page's local time)
    return Stated(_day(found.value), found.raw,
                  "url" if found.rule == "url-date" else "page", found.rule)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def page_url(root: etree._Element, tags: dict[str, str]) -> str | None:
    """The page's own address: its canonical link, else og:url."""
    for el in root.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            return el.get("href").strip()
    return tags.get("og:url")


#: the headline's header: a ``<time>`` at most this many levels below an ancestor it
#: shares with the headline, that ancestor at most this many levels above the headline
HEADER_LEVELS = 4
#: and at most this many characters of text between the headline and the ``<time>``
#: (the article's own stamp may stand at its end: "Published August 13, 2025")
HEADER_CHARS = 20_000
#: a ``<time>`` inside one of these, below what it shares with the headline, is another
#: story's (a card, a list of related stories, a reply) or the page's chrome
_OTHER_STORY = frozenset(("li", "article", "aside", "footer", "nav"))
#: a ``<time>`` whose class, or its row's text, says it is a last change or a last reply
_UPDATE_LABEL = re.compile(f"{UPDATE_CUES}|{'|'.join(UPDATE_WORDS)}", re.I)


def header_time(
    root: etree._Element, headline: etree._Element | None, stated: Stated
) -> Stated | None:
    """The date of the ``<time>`` under the headline ("By Ana Lima · March 20, 2023"),
    where it is more than a day away from the date the markup ``stated``: the page
    shows its reader another date than its head says (a template's, a re-import's, the
    last change's).  A day apart is the same moment in two zones, and the head's stands.
    None without a headline, or with no such ``<time>``, or one that is an update's."""
    if headline is None:
        return None
    above = [headline, *headline.iterancestors()][: HEADER_LEVELS + 1]
    chars = 0
    for el in _following(root, headline):
        if chars > HEADER_CHARS:
            return None
        if el.tag == "time":
            found = _header_stamp(el, above)
            if found is not None:
                apart = abs((_day(found.value) - _day(stated.value)).days)
                return found if apart > 1 else None
        if el.tag not in _NO_TEXT:
            chars += len((el.text or "").strip())
        chars += len((el.tail or "").strip())
    return None


def _following(root: etree._Element, el: etree._Element) -> Iterator[etree._Element]:
    """The elements of ``root`` after ``el`` in the page's order (its own first), as
    ``root.iter`` meets them, without a walk of those before it."""
    yield from el.iterdescendants(etree.Element)
    while el is not root:
        for sibling in el.itersiblings(etree.Element):
            yield sibling
            yield from sibling.iterdescendants(etree.Element)
        el = el.getparent()
        if el is None:
            return


def _header_stamp(el: etree._Element, above: list[etree._Element]) -> Stated | None:
    """The date of a ``<time>`` in the headline's header: close below an ancestor of the
    headline (``above``), in no other story's block, not labelled as an update."""
    branch = []
    for up in el.iterancestors():
        if up in above:
            break
        branch.append(up)
    else:
        return None
    if len(branch) > HEADER_LEVELS or any(up.tag in _OTHER_STORY for up in branch):
        return None
    label = " ".join([el.get("class") or "", *(up.get("class") or "" for up in branch[:3]),
                      element_text(el.getparent())[:80]])
    if _UPDATE_LABEL.search(label):
        return None
    value = el.get("datetime") or element_text(el)
    parsed = _read(value) if value else None
    return None if parsed is None else Stated(parsed, value, "time", "time-header", line_of(el))
