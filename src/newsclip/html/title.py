"""The title stage of the HTML reader: which text is the page's headline.

Sources are tried in order of trust (``find_title``): JSON-LD's ``headline``;
a meta title (OpenGraph, Dublin Core, ``twitter:title``…) that is not only the
site's name, a section or a site-wide tagline; the visible headline (``<h1>``
or an element called headline) that ``<title>`` confirms; the title the share
links send; a marked headline beside a ``<title>`` that names only the site;
and last ``<title>`` without the site's name.  Each source gives a value, the
rule that found it, and whether it is sure enough that the body reader's own
guess (``headline.choose_headline``) may not replace it.  A sure title written
"Page | Section" names the page by its first piece (``shown_title.before_bar``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from ..dates import date_like
from .fields import HEADLINE_WORDS, TITLE_KEYS
from .rules import chrome_line, end_marker, says
from .site import (
    SITE_NAME_WORDS,
    covers,
    ends_with_site,
    is_logo,
    is_section,
    name_like,
    name_part,
    names_site,
    norm,
    site_names,
    tidy,
    title_parts,
    title_pieces,
    title_text,
)
from .shown_title import (
    MAX_TITLE,
    SHOWN_RULES,
    article_h1,
    before_bar,
    headline_like,
    shown_piece,
)
from .tree import clean, element_text, line_of, linked

__all__ = ["Title", "find_title", "headline_like", "usable_title", "without_site",
           "headline_in_title", "share_title", "MAX_TITLE"]

#: a heading shorter or longer than this (characters) is no headline candidate
MIN_HEADING_CHARS = 3
MAX_HEADING_CHARS = 400
#: a piece of <title> this long (words) that an <h1> goes on from is the
#: headline cut short, not a different title
TRUNCATED_WORDS = 4
_SUBHEADINGS = frozenset("h2 h3 h4 h5 h6".split())
#: a script's text or markup in a title: strings joined with "+", a tag's end
_SCRIPT_IN_TITLE = re.compile(r"['\"]\s*\+\s*\w|\w\s*\+\s*['\"]|['\"]/?>")
#: a name in brackets after a title: "Headline (from The Bay News)"
_ASIDE = re.compile(r"\s*\((?:from|via|by|on)?\s*([^()]+)\)\s*$", re.I)
#: a piece of <title> of digits without a letter is a date or a number ("01/17/2008", "6.0")
_NUMBER = re.compile(r"^[^\w]*\d[\W\d_]*$")
_FILE_NAME = re.compile(r"^\S+\.(?:css|js|html?|php|aspx?|jpe?g|png|gif)$", re.I)
#: code where a value should be: a share link built by a script from the page's title
_CODE = re.compile(r"document\.|encodeURI|\w\(|['\"]\s*\+|\+\s*['\"]")
#: query keys of share links: the address shared and the title that goes with it
_SHARE_URL_KEYS = ("url", "u", "link")
#: dashes a headline sets where metadata types a hyphen
_DASHES = re.compile("[\u2013\u2014]")
@dataclass(slots=True)
class Title:
    """What the title stage found."""

    #: the text of <title> ("" when a script wrote into it)
    page_title: str
    #: squashed forms of the site's name ("baysidenews"), for telling its logo
    sites: set[str]
    #: the headline, the rule that found it and the line of its element
    title: str | None = None
    rule: str = ""
    line: int | None = None
    #: sure enough that the body reader's own guess may not replace it
    trusted: bool = False
    #: the headline is also written in the page's body
    seen: bool = False
    #: elements whose text is the headline (dropped from the body)
    elements: list[etree._Element] = field(default_factory=list)
    #: the title as its source wrote it, before a bar's tail was cut (``shown_title.before_bar``)
    whole: str | None = None
    #: the page's name when it is a section's or a site's front page (``_front_page``):
    #: its title when no source is sure of a headline, over the heading of an item of its
    #: list that the body reader would guess
    front: str | None = None


class _Pick(NamedTuple):
    """A source's answer."""

    title: str
    rule: str
    line: int | None
    #: sure enough that the body reader's own guess may not replace it
    trusted: bool


def find_title(
    root: etree._Element, tags: dict[str, str], ld: dict[str, str], *, article: bool = False,
    search_titles: bool = False, product: bool = False, markup: str | None = None,
) -> Title:
    """The page's headline, from the most trusted source that gives one; on a page
    that declares itself an article (``article``) or a product (``product``), its one
    ``<h1>`` (``shown_title.article_h1``); on a page that declares neither, the name of a section's
    or the site's front page besides (``Title.front``);
    ``search_titles``: the page's metadata titles are written for search results (its
    JSON-LD describes the web page too, as a site's search-engine settings write it);
    ``markup``: what the tree was read from (``tree.Prepared.markup``)."""
    page_title = clean(title_text(root))
    if _SCRIPT_IN_TITLE.search(page_title):
        # a script wrote into <title> ("Head' + ad_query + '">"): it says nothing sure
        page_title = ""
    sites = site_names(root, tags, ld)
    found = Title(page_title, sites)
    headlines = _headlines(root, sites, markup)
    pick = (
        _from_json_ld(ld, page_title, sites, headlines)
        or _from_meta_titles(tags, page_title, sites, headlines)
        or _confirmed_by_title(page_title, headlines)
        or _from_title_and_links(root, page_title, sites, headlines)
    )
    if pick is not None and _teaser(pick, headlines):
        # (a linked <h1> below a section's name: an item of its list)
        pick = _section_h1(headlines, page_title, tags) or pick
    if not (article or product or pick is not None and pick.rule in SHOWN_RULES):
        # (not over a headline the page shows and <title> confirms)
        found.front = _front_page(tags, sites, headlines)
    if pick is None:
        return found
    pick = shown_piece(pick, headlines)
    cut = before_bar(pick, sites)
    if article or product:
        shown = article_h1(cut, headlines, sites, any_h1=article and search_titles,
                            shorter=product, reworded=article)
    else:
        shown = cut
    if shown is cut and cut is not pick:
        # (a heading that shows the title whole, bar and all, is the headline's element)
        found.whole = pick.title
    elif shown is not cut and product:
        # (a product's name over its page is kept in the text, as its description's
        # first line; the headline's element is the metadata title's, if any)
        found.whole = pick.title
    found.title, found.rule, found.line, found.trusted = shown
    found.title = _dashes_shown(found.title, headlines)
    key = norm(found.whole or found.title)
    found.elements = [el for el, text in headlines if norm(text) == key]
    found.seen = bool(found.elements)
    if found.rule == "title-tag":
        # Written out somewhere in the page too (not only in <title>)?
        body = root.find("body")
        if body is not None and len(found.title.split()) >= 3:
            found.seen = f" {norm(found.title)} " in f" {norm(element_text(body))} "
    return found


def _dashes_shown(title: str, headlines: list) -> str:
    """The title as the page's ``<h1>`` writes it when the two differ only in their dashes:
    metadata is typed with hyphens ("Bread Machines - My Favorites!") where the page's
    headline sets a dash ("Bread Machines – My Favorites!")."""
    key = _DASHES.sub("-", title)
    for el, text in headlines:
        if el.tag == "h1" and text != title and _DASHES.sub("-", text) == key:
            return text
    return title


def _headlines(
    root: etree._Element, sites: set[str], markup: str | None = None
) -> list[tuple[etree._Element, str]]:
    """The page's visible headlines and their text, the site's logo left out."""
    headlines = []
    for el in _visible_headlines(root, markup):
        text = tidy(element_text(el))
        if MIN_HEADING_CHARS <= len(text) <= MAX_HEADING_CHARS and not is_logo(el, text, sites):
            headlines.append((el, text))
    return headlines


def _from_json_ld(
    ld: dict[str, str], page_title: str, sites: set[str], headlines: list
) -> _Pick | None:
    headline = ld.get("headline")
    if headline and ld.get("name") and norm(ld["name"]) != norm(headline):
        # both given and different: the one covering more of <title> is the headline
        if covers(ld["name"], page_title) > covers(headline, page_title):
            headline = ld["name"]
    headline = headline or ld.get("name")
    if headline and usable_title(headline, sites):
        return _Pick(without_site(headline, sites, headlines), "json-ld-headline", None, True)
    return None


def _from_meta_titles(
    tags: dict[str, str], page_title: str, sites: set[str], headlines: list
) -> _Pick | None:
    """A title the publisher set in metadata is the headline they chose for sharing; a
    site name written after it is not part of it.  One that only names the site
    ("Edmonton Sun") or a section names no article, nor does one without a word in
    common with the headline the page shows and <title> repeats (a site-wide tagline)."""
    shown = _shown_title(page_title, headlines)
    for key in TITLE_KEYS:
        value = tags.get(key)
        if value and usable_title(value, sites) and not (
            shown and not covers(value, shown) and not covers(shown, value)
        ) and headline_in_title(value, sites, headlines) is not None:
            return _Pick(without_site(value, sites, headlines), "meta-title", None, True)
    return None


def _front_page(tags: dict[str, str], sites: set[str], headlines: list) -> str | None:
    """The OpenGraph title of a page that declares no story, when it names only a
    section or the site ("Science", "The Bay News"): a section's or a site's front
    page, named so (``Title.front``)."""
    value = tidy(tags.get("og:title") or "")
    if len(value) > MAX_TITLE or not re.search(r"\w", value) or _FILE_NAME.match(value):
        return None
    stripped = headline_in_title(value, sites, headlines)
    if not (names_site(value, sites) or is_section(value) or stripped is None):
        return None  # (a headline's title: the other sources weighed it)
    return value


def _section_h1(headlines: list, page_title: str, tags: dict[str, str]) -> _Pick | None:
    """A section's front page: its first ``<h1>`` names the section ("Science",
    "Technology", "All Latest News"), as its ``<title>`` or og:title does too ("Bay
    Radio Technology | Technology, Health", "Science : Bay Radio"); the headlines below
    it are its list's.  Not a name in lower case (a forum's or a tag's)."""
    el, text = next(((el, t) for el, t in headlines if el.tag == "h1"), (None, ""))
    if el is None or not text[0].isupper() or not is_section(text):
        return None
    key = f" {norm(text)} "
    if not any(key in f" {norm(t)} " for t in (page_title, tags.get("og:title") or "")):
        return None
    return _Pick(text, "section-h1", line_of(el), True)


def _teaser(pick: _Pick, headlines: list) -> bool:
    """The picked ``<h1>`` links to another page (a list's item: a story's teaser)."""
    el = next((el for el, text in headlines if el.tag == "h1" and text == pick.title), None)
    return pick.rule == "h1" and el is not None and linked(el)


def _confirmed_by_title(page_title: str, headlines: list) -> _Pick | None:
    """No metadata: the visible headline that <title> confirms.  A piece of <title>
    of one or two words is more likely the site's logo than a headline."""
    key = norm(page_title)
    parts = {p for p in title_parts(page_title) if len(p.split()) >= 3}
    for el, text in headlines:
        k = norm(text)
        if k and (k == key or k in parts or (len(k) > 15 and key.startswith(k))) and (
            not is_section(text)
        ):
            return _Pick(text, "visible-headline", line_of(el), False)
    return None


def _from_title_and_links(
    root: etree._Element, page_title: str, sites: set[str], headlines: list
) -> _Pick | None:
    """<title> without the site's name, the page's headline when the page shows it
    whole, or the title its share links send; a marked headline when <title> names
    only the site."""
    stripped = headline_in_title(page_title, sites, headlines) if page_title else None
    if stripped:
        shown = _shown_whole(stripped, headlines)
        if shown is not None:
            return shown
    shared = share_title(root, sites, headlines)
    if shared is not None and page_title and (
        norm(shared) in title_parts(page_title)
        or stripped and not covers(shared, stripped) and not covers(stripped, shared)
    ):
        # The share links name which piece of <title> is the headline, or
        # the <title> is about something else (a broken one, a site's name).
        # Written as the page writes it, when it does (share texts lose case).
        pieces = title_pieces(page_title)
        pieces += [p for piece in pieces for p in re.split(r":\s+", piece)]
        pieces += [text for _el, text in headlines]
        as_written = next((p for p in pieces if norm(p) == norm(shared)), shared)
        return _Pick(as_written, "share-link", None, True)
    site_only = stripped is None or " " not in stripped
    if site_only or (len(title_pieces(page_title)) == 1 and name_like(stripped)):
        if shared is not None and (stripped is None or norm(shared) != norm(stripped)):
            # the headline the page hands to "share this" links
            return _Pick(shared, "share-link", None, True)
        # <title> names only the site or a section ("Valley Courier", "News |
        # Africa"), or reads like a name ("Cape Herald"): the headline the
        # page marks says more.  With none, no title here when <title> names
        # no story (the body reader may still find one on the page).
        # Elements merely called "headline" are as often the titles of
        # teasers and tools: they count only beside a <title> that is a name
        # (not a missing one, which the body reader handles, nor a section's).
        picked = _marked_headline(
            headlines, None if site_only else stripped, by_class=stripped is not None
        )
        if picked is not None:
            el, text = picked
            # (trusted: the body reader's guesses lean on <title>, which named no story)
            return _Pick(text, "h1" if el.tag == "h1" else "headline-element", line_of(el), True)
    if stripped:
        first = _first_piece_shown(page_title, headlines)
        if first is not None and norm(first[1]) != norm(stripped):
            return _Pick(first[1], "visible-headline", line_of(first[0]), False)
        # trusted when the headline the share links carry agrees: two sources
        agreed = shared is not None and norm(shared) == norm(stripped)
        return _Pick(stripped, "title-tag", line_of(root.find(".//title")), agreed)
    return None


def _first_piece_shown(page_title: str, headlines: list) -> tuple | None:
    """The <h1> that a <title> "Page | Section | Site" begins with, however short: the
    page's own name ("Quickstart — Flask Documentation", "Chess Sets - Bayside Chess
    Co - Online chess shop"), which the longest piece (the site's) is not."""
    pieces = title_pieces(page_title)
    if len(pieces) < 2:
        return None
    return next(
        ((el, text) for el, text in headlines if el.tag == "h1" and norm(text) == norm(pieces[0])),
        None,
    )


def _shown_whole(stripped: str, headlines: list) -> _Pick | None:
    """The page's headline that <title> (without the site's name) gives, short or cut."""
    for el, text in headlines:
        if norm(text) == norm(stripped):  # short, but the page shows it as its headline
            return _Pick(text, "visible-headline", line_of(el), False)
    # <title> cut a long headline short: the page's <h1> carries all of it
    cut = norm(stripped)
    for el, text in headlines:
        if el.tag == "h1" and len(stripped.split()) >= TRUNCATED_WORDS and (
            norm(text).startswith(cut + " ") and headline_like(text)
        ):
            return _Pick(text, "visible-headline", line_of(el), False)
    return None


def _visible_headlines(root: etree._Element, markup: str | None = None) -> list[etree._Element]:
    """h1 elements, then elements whose class/id/itemprop says headline; ``markup``: what
    the tree was read from, which writes each such itemprop as ``_ITEMPROP_HEADLINE``."""
    out = [el for el in root.iter("h1")]
    items = markup is None or _ITEMPROP_HEADLINE in markup
    for el in root.iter("h2", "h3", "div", "span", "td", "p", "font", "strong", "b", "a"):
        if items and el.get("itemprop") == "headline":
            out.append(el)
            continue
        # (a word of the two is a word of one of them: each asked alone, a class value
        # repeated on a page is remembered whatever the id beside it)
        cls, ident = el.get("class"), el.get("id")
        if (cls and _HEADLINE_CUE(cls)) or (ident and _HEADLINE_CUE(ident)):
            out.append(el)
    return out[:200]


_HEADLINE_CUE = says(HEADLINE_WORDS)
#: an itemprop of "headline" as the browser's algorithm writes it out
_ITEMPROP_HEADLINE = 'itemprop="headline"'


def usable_title(value: str, sites: set[str]) -> bool:
    """Could this metadata value be a headline at all: not the site's name, not a
    section label, not a file name or a run of script left by broken markup."""
    value = clean(value)
    return bool(
        value
        and len(value) <= MAX_TITLE
        and re.search(r"\w", value)
        and not _FILE_NAME.match(value)
        and not names_site(value, sites)
        and not is_section(value)
    )


def share_title(root: etree._Element, sites: set[str], headlines: list) -> str | None:
    """The title the page's share links ("Post this story to ...") send with
    its address, the most common one, without the site's name."""
    counts: dict[str, int] = {}
    for n, a in enumerate(root.iter("a")):
        if n > 5000:
            break
        href = a.get("href") or ""
        if "title=" not in href:
            continue
        try:
            query = dict(parse_qsl(urlsplit(href).query))
        except ValueError:
            continue
        value = clean(query.get("title"))
        if value and any(k in query for k in _SHARE_URL_KEYS) and not _CODE.search(value):
            counts[value] = counts.get(value, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    if not usable_title(best, sites):
        return None
    headline = headline_in_title(best, sites, headlines)
    return headline if headline and headline_like(headline) else None


def _marked_headline(headlines: list, beside: str | None, *, by_class: bool) -> tuple | None:
    """The first <h1> that reads as a headline, else (``by_class``) the first
    element called headline that does (not a section label, a box's title or
    a prompt).
    ``beside``: a name-like <title> the headline must be longer than and
    share no word with."""
    def fits(text: str, least: int) -> bool:
        if beside is not None and (
            len(text.split()) <= SITE_NAME_WORDS or covers(text, beside) or covers(beside, text)
        ):
            return False
        return len(text.split()) >= least and headline_like(text)

    for el, text in headlines:
        if el.tag == "h1" and fits(text, 2):
            return el, text
    if not by_class:
        return None
    for el, text in headlines:
        if (
            el.tag != "h1"
            and fits(text, 3)
            and chrome_line(text) is None
            and end_marker(text) is None
            and not any(a.tag in _SUBHEADINGS for a in el.iterancestors())
        ):
            return el, text
    return None


def _shown_title(page_title: str, headlines: list) -> str | None:
    """The <title> (or a piece of it of three words or more) that the page
    also shows as a headline."""
    key = norm(page_title)
    parts = {p for p in title_parts(page_title) if len(p.split()) >= 3}
    for _el, text in headlines:
        k = norm(text)
        if k and (k == key or k in parts):
            return text
    return None


def without_site(title: str, sites: set[str], headlines: list) -> str:
    """A metadata title without the site's name after it ("Headline | Site"),
    or the one piece of it that the page shows as its headline."""
    title = tidy(title)
    parts = title_pieces(title)
    if len(parts) < 2:
        return title
    visible = {norm(text) for _el, text in headlines}
    if norm(title) in visible:
        return title
    for part in parts:
        if norm(part) in visible and len(part.split()) >= 2:
            return part
    # Only at the end: a name before the headline in shared metadata is more
    # often the product's or the subject's than the site's ("Firefox — Customize it").
    rest = list(parts)
    while len(rest) > 1 and ends_with_site(rest[-1], sites):
        rest.pop()
    return _join_rest(title, rest) if len(rest) < len(parts) else title


def headline_in_title(title: str, sites: set[str], headlines: list) -> str | None:
    """"Headline | Site" -> "Headline": drop the pieces that name the site or a
    section; None when nothing else is left."""
    title = tidy(title)
    aside = _ASIDE.search(title)
    if aside and names_site(aside[1], sites):
        title = title[:aside.start()]  # "Headline (from The Bay News)"
    parts = title_pieces(title)
    if len(parts) == 1:
        # "Site: Headline" (a colon alone is too common inside headlines to split at)
        head, sep, tail = title.partition(": ")
        if sep and (names_site(head, sites) or is_section(tail)):
            parts = [head, tail]
    kept = [
        p for p in parts
        if not (names_site(p, sites) or is_section(p) or _NUMBER.match(p) or date_like(p))
    ]
    if not kept:
        return None
    visible = {norm(text) for _el, text in headlines}
    if len(kept) < len(parts):
        shown = len(kept) == 1 and norm(kept[0]) in visible
        if len(kept) == 1 and len(name_part(kept[0]).split()) <= 3 and any(map(is_section, parts)):
            # "Valley Courier | Local news", "The Courier online - News, Sport
            # and Weather": a name beside a section is the site's
            return None
        if len(kept) == 1 and " " not in kept[0] and not shown:
            return None  # "Site: Japan": one word beside the site's name is a section
        title = _join_rest(title, kept)
        parts = kept
    if len(parts) < 2:
        return title
    for part in parts:
        if norm(part) in visible and len(part.split()) >= 3:
            return part
    # One piece much longer than all the others ("Headline - World - Sport -
    # Northern News", "TV3 > News > Story > Headline") is the headline.
    longest = max(parts, key=len)
    others = [p for p in parts if p is not longest]
    if len(longest.split()) >= 3 and all(len(p) <= 0.6 * len(longest) for p in others):
        return longest
    # no site name known: the site part is the short end piece
    first, last = parts[0], parts[-1]
    if len(first.split()) >= 3 and len(first) >= len(last):
        return _join_rest(title, parts[:-1]) if len(parts) > 2 else first
    if len(last.split()) >= 3 and len(last) > len(first):
        return _join_rest(title, parts[1:]) if len(parts) > 2 else last
    return title


def _join_rest(title: str, rest: list[str]) -> str:
    """The stretch of ``title`` from the first to the last kept part, as written."""
    start = title.find(rest[0])
    end = title.rfind(rest[-1])
    if start < 0 or end < 0:
        return rest[0]
    return clean(title[start:end + len(rest[-1])])
