"""newsclip's own search for the date of a page whose markup states none.

It reads the tree newsclip built, with newsclip's date parser (``newsclip.dates``),
along the paths of htmldate's search that gave the development pages' true dates
(traced on the tune pages of wcxb-dev and l3s-gn1), in htmldate's order, with one
path of its own (2):

1. the date in the page's own address (``/2020/02/24/``);
2. on a page that declares an article, the date line nearest its headline, a few
   lines above or below it: a piece of text that is a date and nothing else ("Dec
   12, 2025", "Last updated: January 27, 2025") in an element no class marks (the
   first date holder may be a related story's, far below);
3. the first element, in page order, that a date is kept in by its class or id
   ("date", "posted", "byline", "meta", …, ``DATE_HOLDER_CUES``) or by its tag
   (``<footer>``, ``<small>``), whose first characters hold a whole date; a
   masthead's date line above the headline ("Tuesday 15 January 2008": the day the
   page was served) is passed over;
4. the ``<title>`` or the ``<h1>``, when it holds a whole date;
5. a date and clock written as ISO 8601 anywhere in the markup
   (``2024-03-21T17:12:00``: an attribute, a data value);
6. the earliest whole date among the page's short pieces of text (a line
   "Posted 3 March 2024" in a block with no telling class);
7. the first whole date in the page's text, in any element (in a long piece of
   text, one with its month's name or, as the day-first languages write it, its
   numbers and a four-digit year joined by dots (by slashes or hyphens too on a page
   that declares such a language): ``LONG_NUMERIC``).

Every date it gives is one the page writes whole (day, month and year), read as
written: no day is made up from a month or a year alone (htmldate's last resorts
pad "May 2024" to its 1st and a copyright year to the 1st of January), and no
relative date ("2 days ago") counts.  The same page gives the same date on any
day: nothing here reads the clock.

htmldate's other paths (dateparser on every short text, its search of the whole
markup for dates in any shape) gave 3 true dates on the 1,054 tune pages of
wcxb-dev, at a third of newsclip's CPU time on the pages it searched, mostly
where it found nothing or a copyright year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from lxml import etree

from .._vocab import WEEKDAY_WORDS
from ..dates import ISO_DATE, NAMED_DATE, NUMERIC_DATE, date_like, parse_date
from .fields import DATE_HOLDER_CUES, DATE_HOLDER_TAGS
from .tree import Caseless, remembered

__all__ = ["Found", "RULES", "written", "url_date", "near_headline", "in_holders", "in_headline",
           "timestamp", "in_text", "first_written", "LONG_NUMERIC", "MIN_YEAR", "HEAD_CHARS",
           "MAX_HOLDERS", "TEXT_TAGS", "NEAR_CHARS"]

#: a date before this year is no web page's (htmldate's floor too)
MIN_YEAR = 1995
#: a date holder's date is in its first characters ("Published on July 18, 2025 by …");
#: a longer text is a block that merely holds one
HEAD_CHARS = 52
#: a page with more date holders than this marks everything with "date"/"meta"
#: classes: its holders tell nothing (and reading them all is slow)
MAX_HOLDERS = 1000
#: a piece of text shorter than this holds no whole date ("5/3/24" is the shortest)
MIN_PIECE = 7
#: tags whose own pieces of text are searched for a written date (blocks, list
#: items, headings below the headline, spans)
TEXT_TAGS = frozenset(("div", "h2", "h3", "h4", "li", "p", "span", "time", "ul"))
#: the canonical address's date: /2020/02/24/, /2020-2-24-, /2020_02_24.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)")


def _by_first_letter(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` grouped by their first letter ("d(?:ate|atum)|…"): at
    each place of a class list one letter is tried, not every word (twice as fast)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_HOLDER = Caseless(_by_first_letter(DATE_HOLDER_CUES))
#: an ISO 8601 date with its clock (a date alone, "2024-03-21", is as often a file's
#: or a version's name), not right after a digit, ".", ":", "/" or "-".  (The look
#: back comes after the first digit, where it means the same: most places of a page
#: are no digit and fail at once, three times faster over a page's markup.)
_TIMESTAMP = re.compile(r"\d(?<![\d.:/-]\d)\d{3}-\d\d-\d\d[T ]\d\d:\d\d:\d\d")
#: its part after the year, which starts with a plain character: a search for it skips
#: ahead in C, where one for a digit tries each place of a page (ten times as long)
_AFTER_YEAR = re.compile(r"-\d\d-\d\d[T ]\d\d:\d\d:\d\d")
#: characters of the year before it
_YEAR = 4
_DIGITS = re.compile(r"\d")
#: a numeric date a long piece of text holds: day and month, then a four-digit year,
#: joined by dots, slashes or hyphens ("Dieser Beitrag wurde am 05.03.2024 von …
#: veröffentlicht", "Publié le 05/03/2024 à 10h05 par …", "op 05-03-2024 gepubliceerd":
#: the day-first languages write their dates so, where English names the month); a
#: two-digit year there is as often a version, a score or a ratio ("1.10.24", "3/4/25")
LONG_NUMERIC = re.compile(r"(?<![\d.:/-])\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d(?![\d]|[./-]\d)")
_LONG_DOTTED = re.compile(LONG_NUMERIC.pattern.replace("([./-])", "([.])", 1))
_WORDS = re.compile(r"[^\W\d_]+")
#: elements whose text is no page text
_NO_TEXT = frozenset(("script", "style", "template"))
#: the rules of the dates the search finds in the page (the URL's date is stated, as
#: much as a meta tag's is)
RULES = frozenset(("search-holder", "search-headline", "search-timestamp", "search-text",
                   "search-first", "search-near"))


class Found:
    """A date found by the search: the value, as written, and the rule that found it."""

    __slots__ = ("value", "raw", "rule")

    def __init__(self, value: date | datetime, raw: str, rule: str) -> None:
        self.value, self.raw, self.rule = value, raw, rule


def written(text: str) -> tuple[date | datetime, str] | None:
    """The first whole date written in ``text`` (ISO, named or numeric, whichever
    stands first), and how it is written; None before MIN_YEAR."""
    return _earliest(text, (ISO_DATE, NAMED_DATE, NUMERIC_DATE))


def _earliest(
    text: str, patterns: tuple[re.Pattern[str], ...]
) -> tuple[date | datetime, str] | None:
    """The date that stands first in ``text`` among the matches of ``patterns`` that
    read as a whole date from MIN_YEAR on, and how it is written."""
    best: tuple[int, date | datetime, str] | None = None
    for pattern in patterns:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[0]:
                break
            value = parse_date(m.group(0))
            if value is not None and value.year >= MIN_YEAR:
                best = (m.start(), value, m.group(0).strip())
                break
    return None if best is None else (best[1], best[2])


def url_date(url: str | None) -> Found | None:
    m = _URL_DATE.search(url or "")
    if m is None:
        return None
    value = parse_date("-".join((m[1], m[2].zfill(2), m[3].zfill(2))))
    if value is None or value.year < MIN_YEAR:
        return None
    return Found(value, m.group(0).strip("/_-"), "url-date")


@remembered
def _holding_cue(cue: str) -> bool:
    """Whether a class or id names a date holder (a page repeats its classes)."""
    return _HOLDER.found(cue)


def _holders(
    root: etree._Element, markup: str | None = None
) -> tuple[list[etree._Element], int | None]:
    """The date holders in the page's order, and how many stand before its first
    ``<h1>`` (None without one); ``markup``: what the tree was read from (an element's
    itemprop is read only on a page whose markup writes one)."""
    holders: list[etree._Element] = []
    before = None
    items = markup is None or "itemprop" in markup
    for el in root.iter(etree.Element):
        tag = el.tag
        if tag in DATE_HOLDER_TAGS:
            holders.append(el)
            continue
        if tag == "h1" and before is None:
            before = len(holders)
        cue = el.get("class") or el.get("id")
        if (cue and _holding_cue(cue)) or (
            items and "date" in (el.get("itemprop") or "").lower()
        ):
            holders.append(el)
    return holders, before


def _head(el: etree._Element, chars: int = HEAD_CHARS) -> str:
    """The first ``chars`` characters of an element's text, white space made single."""
    pieces, size = [], 0
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > 2 * chars:
            break
    return " ".join("".join(pieces).split())[:chars]


def in_holders(root: etree._Element, markup: str | None = None) -> Found | None:
    """The date in the first element that holds one by its class, id or tag; ``markup``:
    what the tree was read from (``tree.Prepared.markup``)."""
    holders, before = _holders(root, markup)
    if len(holders) > MAX_HOLDERS:
        return None
    # (the holders before the page's first <h1>, none without one)
    masthead = set(holders[:before]) if before is not None else set()
    for el in holders:
        head = _head(el)
        if el in masthead and _today_line(head):
            continue
        for text in (head, (el.get("title") or "")[:HEAD_CHARS]):
            found = written(text) if _DIGITS.search(text) else None
            if found is not None:
                return Found(found[0], found[1], "search-holder")
    return None


def _today_line(text: str) -> bool:
    """A masthead's date line: a weekday and a date, nothing else ("Tuesday 15 January
    2008"), the day the page was served above its headline, not the story's."""
    words = set(_WORDS.findall(text.casefold()))
    return bool(words & WEEKDAY_WORDS) and date_like(text)


#: a date line beside the headline: at most this many characters of text between them
NEAR_CHARS = 300


def near_headline(root: etree._Element, headline: etree._Element | None) -> Found | None:
    """The date line nearest the headline, within NEAR_CHARS characters of text above or
    below it: a piece of text that is a date and nothing else ("Dec 12, 2025", "Last
    updated: January 27, 2025"), which the page shows its reader beside the headline
    even in an element with no telling class (the holders' first date may be a related
    story's, far below).  A masthead's day line above it ("Tuesday 15 January 2008")
    is passed over."""
    if headline is None:
        return None
    above: Found | None = None
    gap_above = NEAR_CHARS + 1  # characters of text between it and the headline
    gap = 0  # characters of text since the last date line above, then since the headline
    for piece, below in _around(root, headline):
        found = _date_line(piece) if below or not _today_line(piece) else None
        if found is not None and not below:
            above, gap = found, 0
            continue
        if found is not None:
            return found if above is None or gap < gap_above else above
        if below is None:  # the headline itself
            gap_above, gap = (gap if above is not None else gap_above), 0
            continue
        gap += len(piece)
        if below and gap > NEAR_CHARS:
            break
    return above if gap_above <= NEAR_CHARS else None


def _around(
    root: etree._Element, headline: etree._Element
) -> Iterator[tuple[str, bool | None]]:
    """The page's pieces of text in reading order, trimmed, each with whether it stands
    below the headline (False above it); the headline's own text comes once, as None."""
    below, inside = False, 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            if el is headline:
                inside = 1
            elif inside:
                inside += 1
            elif el.tag not in _NO_TEXT and isinstance(el.tag, str) and (el.text or "").strip():
                yield el.text.strip(), below
            continue
        if inside:
            inside -= 1
            if inside:
                continue
            below = True
            yield "", None
        if (el.tail or "").strip():
            yield el.tail.strip(), below


def _date_line(piece: str) -> Found | None:
    """The date of a piece of text that is a date line and nothing else."""
    if not MIN_PIECE <= len(piece) < HEAD_CHARS or not date_like(piece):
        return None
    found = written(piece)
    return None if found is None else Found(found[0], found[1], "search-near")


def in_headline(root: etree._Element) -> Found | None:
    for el in root.iter("title", "h1"):
        text = _head(el)
        found = written(text) if _DIGITS.search(text) else None
        if found is not None:
            return Found(found[0], found[1], "search-headline")
    return None


def timestamp(markup: str) -> Found | None:
    """The first ISO 8601 date and clock in the markup (attributes included)."""
    # (``_TIMESTAMP``'s matches, in order: each holds one of ``_AFTER_YEAR``'s, after its
    # year, and neither pattern's matches can overlap)
    for after in _AFTER_YEAR.finditer(markup):
        m = _TIMESTAMP.match(markup, after.start() - _YEAR) if after.start() >= _YEAR else None
        if m is None:
            continue
        value = parse_date(m.group(0))
        if value is not None and value.year >= MIN_YEAR:
            return Found(value, m.group(0), "search-timestamp")
    return None


def _pieces(root: etree._Element) -> Iterator[str]:
    """The pieces of text that TEXT_TAGS elements hold themselves (their text, and
    the tails of their children), trimmed, of a length a date line has."""
    for el in root.iter(*TEXT_TAGS):  # (the tags picked out in C, in the page's order)
        for text in (el.text, *[child.tail for child in el]):
            if text and MIN_PIECE <= len(text) and _DIGITS.search(text):
                text = text.strip()
                if MIN_PIECE <= len(text) < HEAD_CHARS:
                    yield text


def in_text(root: etree._Element) -> Found | None:
    """The earliest whole date among the page's short pieces of text: a page's
    later dates are its comments', its updates', its related stories'."""
    best: Found | None = None
    for text in _pieces(root):
        found = written(text)
        if found is not None and (best is None or _day(found[0]) < _day(best.value)):
            best = Found(found[0], found[1], "search-text")
    return best


def first_written(root: etree._Element, *, numeric: bool = False) -> Found | None:
    """The first whole date in the page's text, in page order, in any element: in a
    short piece of text written any way ("Updated: 10/31/2024"), in a longer one
    with its month's name ("… on March 3, 2024, the board …") or with its numbers
    and a four-digit year (``LONG_NUMERIC``) joined by dots, the day-first languages'
    way, and with ``numeric`` (a page that declares a day-first language) by slashes
    or hyphens too: an English page's long lines write a notice's dates so, "Sale
    ends 03/31/2026", "Offers expire 9/30/2017", and name the month of its own."""
    for el in root.iter(etree.Element):
        if el.tag in _NO_TEXT:
            continue
        for text in (el.text, *[child.tail for child in el]):
            if not text or len(text) < MIN_PIECE or _DIGITS.search(text) is None:
                continue
            short = len(text) < HEAD_CHARS or len(text.strip()) < HEAD_CHARS
            found = written(text.strip()) if short else _named(text, numeric)
            if found is not None:
                return Found(found[0], found[1], "search-first")
    return None


def _named(text: str, numeric: bool) -> tuple[date | datetime, str] | None:
    """The first date of a long piece of text written with its month's name, or with
    its numbers and a four-digit year joined by dots (with ``numeric``, by slashes or
    hyphens too), whichever stands first."""
    return _earliest(text, (NAMED_DATE, LONG_NUMERIC if numeric else _LONG_DOTTED))


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
