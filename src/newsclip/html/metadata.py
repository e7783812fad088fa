"""Headline, date, byline and outlet from what pages really carry.

Order of trust, highest first:

1. JSON-LD (``NewsArticle``, ``Article``, ``BlogPosting``… also inside
   ``@graph``): ``headline``, ``datePublished``, ``author``, ``publisher.name``;
2. meta tags: OpenGraph (``og:title``, ``og:site_name``), ``article:*``,
   Dublin Core, ``twitter:*``, ``name=author``/``date``… (``fields``);
3. microdata and markup: ``itemprop=datePublished``, ``<time datetime>``,
   ``rel=author`` and byline elements, and last a forum's first poster (a
   template's label or key, "The Author", is no name);
4. for the headline, the visible headline and ``<title>`` without the site's
   name, and the title the share links send (``title``, ``site``).

``extract`` runs the fields' stages in that order and returns a Meta; the
dates are ``dates``' (the markup's, then a search of the page), the
language the one the page declares (``newsclip.language``), and the byline's
words are cleaned by ``newsclip._byline``.  This module reads the
tree; it never changes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from lxml import etree

from .._names import authors as split_authors
from .._byline import Field
from .._byline import field as byline_field
from .._byline import person_like
from .._vocab import AUTHOR_LABELS, BY_WORDS, BYLINE_SMALL_WORDS, WEB_ADDRESS
from ..language import declared_language
from ..record import Provenance
from . import about
from . import dates as page_dates
from .fields import (
    AUTHOR_KEYS,
    BYLINE_WORDS,
    CARD_PAIRS,
    CONTROL_BYLINES,
    PLACEHOLDER_BYLINES,
    POSTER_WORDS,
    SITE_KEYS,
)
from .author_box import author_box, many_writers
from .details_byline import details_byline
from .header_lines import headline_lines
from .ld import story
from .rules import in_quoted_box, says
from .pagekind import ARTICLE, PAGE, PRODUCT, WEB_PAGE, declared_types
from .site import names_site, squash
from .title import find_title
from .tree import Deadline, clean, line_of, spaced_text, unescaped

__all__ = ["Meta", "extract", "take_byline", "author_page", "SITE_AUTHOR_RULE", "CARD_AUTHOR_RULE"]

# "dc.title", "DC:Title", "dcterms-title", "og: title" are one key each.
_KEY = re.compile(r"^(dc|dcterms?|og|twitter|parsely|weibo:article|weibo:webpage)\s*[-.:]\s*(.+)$")

@dataclass(slots=True)
class Meta:
    title: str | None = None
    title_rule: str = ""
    #: the text of <title>, and whether the headline came from metadata (else
    #: the body reader may find a better one on the page)
    page_title: str = ""
    title_trusted: bool = False
    #: the headline (from <title>) is also written in the page's body
    title_seen: bool = False
    #: the headline as its source wrote it (``Title.whole``): the body reader's
    #: blocks that repeat it are the headline's
    title_whole: str | None = None
    #: the page's name when it is a section's or a site's front page (``Title.front``)
    front_title: str | None = None
    #: the name a link to a writer's page on the site shows (``author_page``), when
    #: the markup names no byline: the last resort for one
    author_page: str | None = None
    #: the writer an author box names with a note about them (``author_box``)
    author_box: str | None = None
    published: date | datetime | None = None
    published_raw: str | None = None
    date_rule: str = ""
    published_source: str | None = None
    modified: date | datetime | None = None
    #: the page's own address (canonical, else og:url) and its declared language
    url: str | None = None
    language: str | None = None
    byline: str | None = None
    #: the firm the JSON-LD names as the author, when it names no person: the byline
    #: when the page shows no writer either
    firm_author: str | None = None
    #: the name the twitter card labels as the writer's ("Written by"), when the markup
    #: names no byline: a last resort, after the names the page shows
    card_author: str | None = None
    #: the first byline the page gives that only names the site ("Harbour Gazette", "The
    #: Gazette team"): the byline when the page names no writer at all
    site_author: str | None = None
    #: the writers one by one, when the page lists them apart (JSON-LD), else empty
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    #: the page's own address as the record gives it (absolute http(s) only), its
    #: summary, section and tags (``about``)
    address: str | None = None
    description: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    #: elements whose text is the headline (dropped from the body)
    headline_elements: list[etree._Element] = field(default_factory=list)
    #: the lines after the headline's element, read before the chrome goes, when the
    #: markup names no byline (``header_lines.headline_lines``)
    headline_lines: list[tuple[str, int | None]] = field(default_factory=list)
    #: squashed forms of the site's name ("baysidenews"), for telling its logo
    sites: set[str] = field(default_factory=set)
    #: what each field came from, for ``explain``: label "title" or "header", rule
    #: "<field>:<rule>" ("date:meta-article:published_time")
    sources: list[Provenance] = field(default_factory=list)

    def found(
        self, name: str, rule: str, text: str, line: int | None = None, *, first: bool = False
    ) -> None:
        """Note where the field ``name`` (title, date, modified, byline, outlet) came from."""
        label = "title" if name == "title" else "header"
        self.sources.insert(
            0 if first else len(self.sources), Provenance(line, label, f"{name}:{rule}", text)
        )


def extract(
    root: etree._Element, deadline: Deadline, json_ld: list[str] = (), *, kind: str | None = None,
    markup: str | None = None,
) -> Meta:
    """Metadata of the page; ``json_ld`` holds the texts of its JSON-LD scripts
    (cut out of the markup before parsing), else they are looked for in the tree;
    ``kind``: what the page declares it is (``pagekind``); ``markup``: what the tree was
    read from (``tree.Prepared.markup``), searched in C before a walk of the tree for
    what it does not hold."""
    meta = Meta()
    tags = _meta_tags(root)
    scripts = list(json_ld) or [
        s.text or "" for s in root.iter("script")
        if (s.get("type") or "").strip().lower() == "application/ld+json"
    ]
    ld = _json_ld(scripts, deadline)
    deadline.check()
    title = find_title(root, tags, ld, article=kind == ARTICLE, product=kind == PRODUCT,
                       search_titles=WEB_PAGE in declared_types(scripts), markup=markup)
    meta.page_title, meta.sites = title.page_title, title.sites
    if title.rule:
        meta.title, meta.title_rule = title.title, title.rule
        meta.title_whole = title.whole
        meta.found("title", title.rule, title.title, title.line)
    meta.front_title = title.front
    meta.headline_elements = title.elements
    meta.title_seen, meta.title_trusted = title.seen, title.trusted
    meta.language = declared_language(root, tags, ld.get("language"))
    headline = _headline_element(root, title.elements) if kind == ARTICLE else None
    _date(root, meta, tags, ld, deadline, headline, markup)
    _byline(root, meta, tags, ld, kind, markup)
    if meta.byline is None:
        anchor = _headline_element(root, title.elements)
        if anchor is not None:
            meta.headline_lines = headline_lines(anchor)
        meta.author_page = author_page(root)
        # (a firm's or a team's page presents its people so: only a story's box is its writer's)
        meta.author_box = author_box(root) if kind == ARTICLE else None
        meta.card_author = _card_author(tags)
    outlet = ld.get("publisher") or _first(tags, SITE_KEYS)
    if outlet and not outlet.startswith("@") and not WEB_ADDRESS.search(outlet):
        meta.outlet = outlet
    elif meta.outlet is None and outlet:
        meta.outlet = outlet.lstrip("@")
    if meta.outlet:
        rule = "json-ld" if ld.get("publisher") else "meta"
        meta.found("outlet", rule, meta.outlet)
    _about(root, meta, tags, ld)
    return meta


def _headline_element(
    root: etree._Element, elements: list[etree._Element]
) -> etree._Element | None:
    """The element of the headline: one whose text is the title (an <h1> first), else the
    page's one <h1>."""
    h1s = [el for el in elements if el.tag == "h1"] or elements
    if h1s:
        return h1s[0]
    found = root.findall(".//h1")
    return found[0] if len(found) == 1 else None


def _about(root: etree._Element, meta: Meta, tags: dict[str, str], ld: dict[str, Any]) -> None:
    """The page's address, summary, section and tags (``about``)."""
    for name, found in (("url", about.address(root, tags, ld)),
                        ("description", about.description(tags, ld)),
                        ("section", about.section(tags, ld))):
        if found is not None:
            setattr(meta, "address" if name == "url" else name, found[0])
            meta.found(name, found[1], found[0])
    listed = about.tags(root, ld)
    if listed is not None:
        meta.tags = listed[0]
        meta.found("tags", listed[1], ", ".join(listed[0]))


_META_ATTRS = ("property", "name", "itemprop", "http-equiv")


def _meta_tags(root: etree._Element) -> dict[str, str]:
    """Meta values by key; ``property`` (RDFa, OpenGraph) wins over ``name``
    for the same key, then the first in the page."""
    found: dict[str, tuple[int, str]] = {}
    for el in root.iter("meta"):
        content = el.get("content")
        if content is None or not content.strip():
            continue
        for rank, attr in enumerate(_META_ATTRS):
            key = el.get(attr)
            if key:
                for k in key.lower().split():
                    m = _KEY.match(k)
                    if m:
                        k = f"{'dcterm' if m[1].startswith('dcterm') else m[1]}:{m[2]}"
                    if k not in found or rank < found[k][0]:
                        found[k] = (rank, clean(unescaped(content))[:2000])
    return {k: v for k, (_rank, v) in found.items()}


def _first(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = tags.get(key)
        if value:
            return value
    return None


# --- JSON-LD -----------------------------------------------------------------

def _json_ld(scripts: list[str], deadline: Deadline) -> dict[str, Any]:
    """headline, name, date, author, publisher of the first article object."""
    found = story(scripts, deadline)
    return {} if found is None else _article_fields(found)


def _names(value: object) -> list[str]:
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, dict):
            item = item.get("name")
            if isinstance(item, list):
                item = item[0] if item and isinstance(item[0], str) else None
        if isinstance(item, str) and clean(item) and not WEB_ADDRESS.search(item):
            out.append(clean(unescaped(item)))
    return out


def _firms_only(value: object) -> bool:
    """Every author is typed as something other than a person (an ``Organization``, a
    ``MedicalClinic``…): the page's owner signs, not its writer."""
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        types = item.get("@type") if isinstance(item, dict) else None
        names = types if isinstance(types, list) else [types]
        if not names or not all(isinstance(t, str) and t.lower() != "person" for t in names):
            return False
    return True


def _article_fields(obj: dict) -> dict[str, Any]:
    # (JSON-LD strings are text, but CMSs write HTML entities into them: "&#8216;")
    obj = {k: unescaped(v) if isinstance(v, str) else v for k, v in obj.items()}
    fields: dict[str, Any] = {}
    for key in ("headline", "name", "alternativeHeadline"):
        value = obj.get(key)
        if isinstance(value, str) and clean(value):
            fields.setdefault("headline" if key != "name" else "name", clean(value))
    for key, name in (("datePublished", "date"), ("dateModified", "modified"),
                      ("inLanguage", "language")):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            fields[name] = value.strip()
    authors = _names(obj.get("author")) or _names(obj.get("creator"))
    if authors:
        fields["author"] = ", ".join(dict.fromkeys(authors))
        fields["authors"] = list(dict.fromkeys(authors))
        fields["author_firm"] = _firms_only(obj.get("author") or obj.get("creator"))
    page = obj.get("mainEntityOfPage")
    if isinstance(page, dict):
        page = page.get("@id") or page.get("url")
    fields.update(description=obj.get("description"), section=obj.get("articleSection"),
                  keywords=obj.get("keywords"), url=obj.get("url") or page)
    publisher = _names(obj.get("publisher"))
    if publisher:
        fields["publisher"] = publisher[0]
    return fields


# --- date --------------------------------------------------------------------

def _date(
    root: etree._Element, meta: Meta, tags: dict[str, str], ld: dict[str, Any], deadline: Deadline,
    headline: etree._Element | None = None, markup: str | None = None,
) -> None:
    """The dates the markup states, else a search of the page (html/dates.py); the
    search also goes before a JSON-LD date not written in ISO 8601 (``search_first``).
    On an article, the ``<time>`` under its ``headline`` beats a head's date more than a
    day away (``header_time``)."""
    meta.url = page_dates.page_url(root, tags)
    found = page_dates.published(root, tags, ld, markup)
    # a forum thread's "Started by …, <date>" beats a <time> (a reply's) and the search;
    # the first post's date, beside its "#1", beats the search
    if found is None or found.source == "time" or page_dates.loose(found):
        found = page_dates.thread_started(root) or found
    if found is None or page_dates.loose(found):
        found = page_dates.first_post(root) or found
    if found is not None and found.source in page_dates.ISO_SOURCES:
        found = page_dates.header_time(root, headline, found) or found
    if page_dates.search_first(found):
        searched = page_dates.searched(root, meta.url, tags, deadline, meta.language,
                                          headline, markup)
        # (on the same day, the markup's value stands: it is the more trusted source)
        if searched is not None and (found is None or not page_dates.same_day(found, searched)):
            found = searched
    if found is not None:
        meta.published, meta.published_raw, meta.date_rule = found.value, found.raw, found.rule
        meta.published_source = found.source
        meta.found("date", found.rule, found.raw or "", found.line)
    changed = page_dates.modified(root, tags, ld, markup)
    if changed is not None:
        meta.modified = changed.value
        meta.found("modified", changed.rule, changed.raw or "", changed.line)


# --- byline ------------------------------------------------------------------

def _clean_byline(
    value: str, sites: set[str] = frozenset(), *, site_check: bool = True
) -> str | None:
    """The writers' names in a byline field (``newsclip._byline.field``), unless they only name
    the site (with ``site_check``)."""
    found = byline_field(value)
    if found is None or _placeholder(found.names):
        return None
    value = found.names
    if not site_check or found.account:
        return value
    # the site's own name ("winnipeg sun", "dailypost", "The Daily Post team") names the
    # outlet, not a writer; a blog named after its writer ("Ana Lima" at analima.net)
    # is the exception
    if _site_only(found, sites):
        return None
    # "WVVA - Bluefield, WV": the site's name and its town, no one's name; "Daily Post -
    # Ana Lima": the site's name and the writer's
    fields = _FIELD_SEP.split(value)
    if len(fields) > 1 and any(names_site(f, sites) for f in fields):
        people = [f for f in fields if person_like(f.split())]
        if not people:
            return None
        if len(people) == 1:
            value = people[0]
    return value


def _site_only(found: Field, sites: set[str]) -> bool:
    """The byline names the site alone ("winnipeg sun", "dailypost", "The Daily Post
    team"), not a blog's writer whose name it bears ("Ana Lima" at analima.net)."""
    return not person_like(found.bare.split()) and (
        names_site(found.bare, sites)
        or squash(found.bare) in {_FIRM_END.sub("", s) for s in sites}
    )


#: a template's key left where the name goes ("page.head.extra.author"), which names
#: the field (a user's handle, "ana.b.lima", does not)
_TEMPLATE_KEY = re.compile(r"[a-z_]+(?:\.[a-z_]+)+\.(?:author|byline|writer|name)")


def _placeholder(names: str) -> bool:
    """A template's label or key where a writer's name goes, or a control's label."""
    low = names.lower()
    return (
        low in PLACEHOLDER_BYLINES or low in CONTROL_BYLINES
        or _TEMPLATE_KEY.fullmatch(names) is not None
    )


_FIELD_SEP = re.compile(r"\s+[-–—|/]\s+")
#: "Contactmusic.com Ltd." is the site "contactmusiccomltd", which "The Contactmusic
#: team" names
#: (a site's name is not capped, and "+" tried from every letter of "cococo…" is
#: quadratic, 2.5 s on 20,000: a firm's name ends in a few such words, not more)
_FIRM_END = re.compile(r"(?:com|net|org|co|uk|ltd|limited|inc|llc|plc){1,4}$")
#: lower-case words past which a "byline" reads as a sentence (a teaser under an
#: author box), not a list of names and roles
MAX_LOWER_WORDS = 3


def _sentence(text: str) -> bool:
    lower = [
        w for w in re.findall(r"[^\W\d_]+", text) if w.islower() and w not in BYLINE_SMALL_WORDS
    ]
    return len(lower) > MAX_LOWER_WORDS


_FORMAL_RULES = frozenset({"json-ld-author", "meta-dc:creator", "meta-dcterm:creator"})


def take_byline(meta: Meta, value: str | None, rule: str, line: int | None = None) -> bool:
    """Set the page's byline to the writers ``value`` names, unless it names none (a
    label, the site's own name…); whether it did.  The first that only names the site
    is kept aside (``Meta.site_author``)."""
    # A page that states its creator formally (JSON-LD, Dublin Core) and names its
    # own outlet there means it ("Mac & i" by its magazine); name=author and the
    # markup often hold a template's default, the site's name.
    formal = rule in _FORMAL_RULES or rule == SITE_AUTHOR_RULE
    cleaned = _clean_byline(value or "", meta.sites, site_check=not formal)
    if cleaned:
        meta.byline = cleaned
        meta.found("byline", rule, cleaned, line)
    elif meta.site_author is None and value and not formal:
        found = byline_field(value)
        if found is not None and not _placeholder(found.names) and _site_only(found, meta.sites):
            meta.site_author = found.names
    return bool(cleaned)


#: the rule of a byline that only names the site, taken when the page names no writer
SITE_AUTHOR_RULE = "site-author"


def _byline(
    root: etree._Element, meta: Meta, tags: dict[str, str], ld: dict[str, Any],
    kind: str | None = None, markup: str | None = None,
) -> None:
    def accept(value: str | None, rule: str, line: int | None = None) -> bool:
        return take_byline(meta, value, rule, line)

    if ld.get("author_firm"):
        # a firm signs as the author: a person the page names in its markup writes
        meta.firm_author = ld["author"]

        def person(value: str | None, rule: str, line: int | None = None) -> bool:
            found = byline_field(value or "")
            return found is not None and all(
                person_like(n.split()) for n in split_authors(found.names)
            ) and accept(value, rule, line)

        for value, rule in _author_tags(tags):
            if person(value, rule):
                return
        _marked(root, person, markup)
        return
    if accept(ld.get("author"), "json-ld-author"):
        # each writer the JSON-LD lists apart, as the byline's cleaner keeps it
        for name in ld.get("authors", ()):
            found = byline_field(name)
            if found is not None:
                meta.authors += split_authors(found.names)
        meta.authors = list(dict.fromkeys(meta.authors))
        return
    for value, rule in _author_tags(tags):
        if accept(value, rule):
            return
    if kind == PAGE and _list_of_writers(root, markup):
        return  # (each item's writer is marked, none is the page's)
    if not _marked(root, accept, markup) and not details_byline(root, accept):
        _poster(root, accept)


_BYLINE_CUE = says(BYLINE_WORDS)
#: a link to the writer (``rel``) or microdata's author as the browser's algorithm writes it
_AUTHOR_LINKS = ('rel="author"', 'itemprop="author"')
_POSTER_CUE = says(POSTER_WORDS)


#: a twitter card's label over the writer's name ("twitter:label1" "Written by", beside
#: "twitter:data1" "Ana Lima"), as a site's search-engine settings write it
_CARD_AUTHOR_LABEL = re.compile(
    rf"(?i:(?:(?:written|posted)\s+)?(?:{'|'.join(BY_WORDS)})|{'|'.join(AUTHOR_LABELS)})"
)
#: the rule of the name a twitter card's label calls the writer
CARD_AUTHOR_RULE = "meta-twitter-card-author"


def _author_tags(tags: dict[str, str]) -> Iterator[tuple[str, str]]:
    """The meta tags that name the writer (``AUTHOR_KEYS``), each with its rule; not a
    handle."""
    for key in AUTHOR_KEYS:
        if tags.get(key) and not tags[key].startswith("@"):
            yield tags[key], f"meta-{key}"


def _card_author(tags: dict[str, str]) -> str | None:
    """The twitter card's value labelled as the writer's ("Written by")."""
    for n in range(1, CARD_PAIRS + 1):
        value = tags.get(f"twitter:data{n}")
        if value and _CARD_AUTHOR_LABEL.fullmatch(tags.get(f"twitter:label{n}", "").strip()):
            return value
    return None


def _marked(
    root: etree._Element, accept: Callable[[str, str, int | None], bool],
    markup: str | None = None,
) -> bool:
    """The byline the markup marks: a link or element that names the author
    (``rel=author``, ``itemprop=author``), an element whose class says byline."""
    for el, text, link in _marked_elements(root, markup):
        if link and accept(text or _item_name(el), "author-link", line_of(el)) or (
            not link and 3 <= len(text) <= 100 and not _sentence(text)
            and accept(text, "byline-element", line_of(el))
        ):
            return True
    return False


def _marked_elements(
    root: etree._Element, markup: str | None = None,
) -> Iterator[tuple[etree._Element, str, bool]]:
    """The elements the markup marks as a writer's, their text, and whether by a link
    or ``itemprop`` (else by a class that says byline); ``markup``: what the tree was
    read from, which writes each such attribute as one of ``_AUTHOR_LINKS``."""
    links = markup is None or any(mark in markup for mark in _AUTHOR_LINKS)
    n = 0
    for el in root.iter("a", "span", "div", "p", "address", "li", "cite", "aside"):
        n += 1
        if n > 20_000:
            break
        link = links and (el.get("rel") == "author" or el.get("itemprop") == "author")
        cls, ident = el.get("class"), el.get("id")  # (each asked alone: ``says``)
        cue = link or (cls and _BYLINE_CUE(cls)) or (ident and _BYLINE_CUE(ident))
        if cue and not in_quoted_box(el):
            yield el, spaced_text(el), link


def _list_of_writers(root: etree._Element, markup: str | None = None) -> bool:
    """Whether the page marks several writers apart (``author_box.many_writers``)."""
    return many_writers(
        found.names for _el, text, _link in _marked_elements(root, markup)
        if 3 <= len(text) <= 100 and not _sentence(text)
        and (found := byline_field(text)) is not None
    )


#: a link to a writer's own page on the site: ".../author/ana-lima/", "/authors/ana-lima"
#: (a folder named by a byline's word, ``BYLINE_WORDS``, then the writer's own name)
_AUTHOR_PAGE = re.compile(
    rf"/(?:{'|'.join(sorted(BYLINE_WORDS))})s?/[\w.%-]+/?(?:[?#]|$)", re.I
)


def author_page(root: etree._Element) -> str | None:
    """The text of the first link to a writer's own page on the site (``_AUTHOR_PAGE``)
    that reads as a person's name: a byline a template links without marking it."""
    for n, el in enumerate(root.iter("a")):
        if n > MAX_LINKS:
            break
        if _AUTHOR_PAGE.search(el.get("href") or ""):
            text = spaced_text(el)
            if person_like(text.split()):
                return text
    return None


#: links read for a writer's page, at most
MAX_LINKS = 20_000


def _item_name(el: etree._Element) -> str | None:
    """The name a microdata author item states but does not show: its
    ``<meta itemprop="name" content="…">`` (a forum post's writer)."""
    for meta in el.iter("meta"):
        if meta.get("itemprop") == "name" and meta.get("content"):
            return meta.get("content")
    return None


#: a forum poster's name is one to four words (a user name, "Ana Lima")
MAX_POSTER_WORDS = 4


def _poster(root: etree._Element, accept: Callable[[str, str, int | None], bool]) -> None:
    """A page that names no byline: the first forum poster's name (``POSTER_WORDS``),
    the writer of a thread's opening post."""
    for n, el in enumerate(root.iter("a", "span", "div", "strong", "b", "h3", "h4", "dt")):
        if n > 20_000:
            return
        cls = el.get("class") or ""
        if cls and _POSTER_CUE(cls):
            text = spaced_text(el)
            if 0 < len(text.split()) <= MAX_POSTER_WORDS:
                accept(text, "poster-element", line_of(el))
                return
