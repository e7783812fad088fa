"""Headline, date, byline and outlet from what pages really carry.

Order of trust, highest first:

1. JSON-LD (``NewsArticle``, ``Article``, ``BlogPosting``… also inside
   ``@graph``): ``headline``, ``datePublished``, ``author``, ``publisher.name``;
2. meta tags: OpenGraph (``og:title``, ``og:site_name``), ``article:*``,
   Dublin Core, ``twitter:*``, ``name=author``/``date``…;
3. microdata and markup: ``itemprop=datePublished``, ``<time datetime>``,
   ``rel=author`` and byline elements;
4. the visible headline (``<h1>`` or an element called headline/title),
   checked against ``<title>``, which usually also carries the site name
   ("Headline | Site"): the site part is stripped;
5. the title the page's share links send ("post?url=...&title=..."), which
   says which piece of ``<title>`` is the headline, or stands in for a
   ``<title>`` that is missing or names only the site.

The site's name, known from ``og:site_name``/publisher and from the page's
domain, is dropped from the end of any title, and a title that is only the
site's name, a section label ("Local Sports Wire") or a file name names no
story.  This module reads the tree; it never changes it.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import parse_qsl, urlsplit
from dataclasses import dataclass, field
from datetime import date, datetime

from lxml import etree

from ..dates import MONTH_ABBREVIATIONS, parse_date
from ..language import declared_language
from . import dates as page_dates
from ._tree import Deadline
from .rules import chrome_line, end_marker, words

ARTICLE_TYPES = frozenset(
    t.lower() for t in (
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle",
        "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting",
        "TechArticle", "ScholarlyArticle", "Report", "Review",
    )
)

#: meta keys (property / name / itemprop, lower case) in order of trust, per field
TITLE_KEYS = (
    "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
    "title", "twitter:title", "parsely:title", "sailthru.title", "headline",
)
DATE_KEYS = (
    "article:published_time", "og:article:published_time", "article.published",
    "datepublished", "parsely:pub-date", "sailthru.date", "pubdate", "publishdate",
    "publish-date", "publish_date", "article_date_original", "original-publish-date",
    "dc:date.issued", "dcterm:issued", "dc:date", "dcterm:date", "dcterm:created",
    "dc:date.created", "date", "og:published_time", "cxenseparse:recs:publishtime",
)
#: Dublin Core's creator first: pages that set it name the author formally,
#: while name=author is as often a CMS account or a default left in a template
AUTHOR_KEYS = (
    "dc:creator", "dcterm:creator", "author", "article:author", "parsely:author",
    "sailthru.author", "byl",
)
SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc:publisher", "twitter:site")

#: the separators titles put between headline and site name
_SEPARATORS = re.compile(r"\s+[-–—|:/\\»·•>~]+\s+|\s*[|·•]+\s*|(?<=\w)[-–—]+\s+")
_BY = re.compile(r"^\s*(?:by|von|par|por|di)\s+", re.I)
# "dc.title", "DC:Title", "dcterms-title", "og: title" are one key each.
_KEY = re.compile(r"^(dc|dcterms?|og|twitter|parsely|weibo:article|weibo:webpage)\s*[-.:]\s*(.+)$")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_URLISH = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)\b", re.I)
_HEADLINE_WORDS = frozenset("headline title heading articletitle storytitle entrytitle".split())
_BYLINE_WORDS = frozenset("byline author authors byl writer creator contributor".split())

MAX_JSON_LD = 1_000_000


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
    published: date | datetime | None = None
    published_raw: str | None = None
    date_rule: str = ""
    published_source: str | None = None
    modified: date | datetime | None = None
    #: the page's own address (canonical, else og:url) and its declared language
    url: str | None = None
    language: str | None = None
    byline: str | None = None
    outlet: str | None = None
    #: elements whose text is the headline (dropped from the body)
    headline_elements: list[etree._Element] = field(default_factory=list)
    #: squashed forms of the site's name ("baysidenews"), for telling its logo
    sites: set[str] = field(default_factory=set)
    #: what each field came from, for ``explain``: (field, rule, text, line)
    sources: list[tuple[str, str, str, int | None]] = field(default_factory=list)


def clean(text: str | None) -> str:
    """White space runs (NBSP included) made one space, ends trimmed."""
    return " ".join(text.split()) if text else ""


def norm(text: str) -> str:
    """Loose form for comparing headlines: case, quotes, dashes and spacing
    ignored, and apostrophes ("Saj's" and "Sajs" are one word: some titles drop them)."""
    return re.sub(r"[\W_]+", " ", re.sub(r"['’‘`]", "", text.casefold())).strip()


def extract(root: etree._Element, deadline: Deadline, json_ld: list[str] = ()) -> Meta:
    """Metadata of the page; ``json_ld`` holds the texts of its JSON-LD scripts
    (cut out of the markup before parsing), else they are looked for in the tree."""
    meta = Meta()
    tags = _meta_tags(root)
    scripts = list(json_ld) or [
        s.text or "" for s in root.iter("script")
        if (s.get("type") or "").strip().lower() == "application/ld+json"
    ]
    ld = _json_ld(scripts, deadline)
    deadline.check()
    _title(root, meta, tags, ld)
    _date(root, meta, tags, ld, deadline)
    meta.language = declared_language(root, tags, ld.get("language"))
    _byline(root, meta, tags, ld)
    outlet = ld.get("publisher") or _first(tags, SITE_KEYS)
    if outlet and not outlet.startswith("@") and not _URLISH.search(outlet):
        meta.outlet = outlet
    elif meta.outlet is None and outlet:
        meta.outlet = outlet.lstrip("@")
    if meta.outlet:
        rule = "json-ld" if ld.get("publisher") else "meta"
        meta.sources.append(("outlet", rule, meta.outlet, None))
    return meta


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
                        found[k] = (rank, clean(content)[:2000])
    return {k: v for k, (_rank, v) in found.items()}


def _first(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = tags.get(key)
        if value:
            return value
    return None


# --- JSON-LD -----------------------------------------------------------------

def _json_ld(scripts: list[str], deadline: Deadline) -> dict[str, str]:
    """headline, name, date, author, publisher of the first article object."""
    for raw in scripts:
        if not raw.strip() or len(raw) > MAX_JSON_LD:
            continue
        try:
            data = json.loads(_CDATA.sub("", raw.strip()).strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue
        deadline.check()
        found = _find_article(data)
        if found is not None:
            return _article_fields(found)
    return {}


def _find_article(data: object) -> dict | None:
    """The first object typed as an article, walked without recursion."""
    stack = [data]
    seen = 0
    while stack and seen < 10_000:
        seen += 1
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            types = item.get("@type")
            names = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in names):
                return item
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                if isinstance(item.get(key), (list, dict)):
                    stack.append(item[key])
    return None


def _names(value: object) -> list[str]:
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, dict):
            item = item.get("name")
            if isinstance(item, list):
                item = item[0] if item and isinstance(item[0], str) else None
        if isinstance(item, str) and clean(item) and not _URLISH.search(item):
            out.append(clean(html.unescape(item)))
    return out


def _article_fields(obj: dict) -> dict[str, str]:
    # (JSON-LD strings are text, but CMSs write HTML entities into them: "&#8216;")
    obj = {k: html.unescape(v) if isinstance(v, str) else v for k, v in obj.items()}
    fields: dict[str, str] = {}
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
    publisher = _names(obj.get("publisher"))
    if publisher:
        fields["publisher"] = publisher[0]
    return fields


# --- title -------------------------------------------------------------------

#: words that name a section or a kind of page, not a story: a piece of <title>
#: made only of these ("Local Sports Wire", "Lifestyle & Entertainment") is no headline
SECTION_WORDS = frozenset("""
    news latest breaking top stories story headlines home homepage front page section
    world local national international regional metro business money markets finance
    sport sports entertainment lifestyle arts culture music movies film tv technology
    tech science health travel opinion politics weather feed article articles online
    wire blog blogs video videos photo photos gallery galleries jobs classifieds
    obituaries events calendar community forum forums archive archives search contact
    results reports scores fixtures reviews features columns digest briefing roundup
    daily weekly morning evening
    and the of for in on more all
""".split())
#: class/id words of an element that holds the site's logo or name, not a story's headline
_LOGO_WORDS = frozenset("logo brand branding sitename site-name sitetitle site-title masthead".split())
#: link targets that lead to the site's home page
_HOME_HREF = re.compile(
    r"^(?:(?:https?:)?//[^/?#]+)?(?:/|\./|/?index\.\w+|/?default\.\w+)?$", re.I
)
_HOST = re.compile(r"^(?:https?:)?//([^/:?#\s]+)", re.I)
#: second-level labels that belong to a country's domain ("co.uk", "com.au")
_SECOND_LEVEL = frozenset("co com net org ac gov edu ne or go".split())
#: marks that documentation generators put after a heading (a permalink) and
#: arrows or bullets some sites put before their <title>
_TRAILING_MARKS = re.compile(r"\s*[¶§#🔗]+$")
_LEADING_MARKS = re.compile(r"^(?:[=>»›·•|~*:-]+\s+)+")
#: a headline longer than this (characters) is markup or script gone astray
MAX_TITLE = 300
#: a site's name is a few words; more is a headline or a tagline
MAX_SITE_WORDS = 5
#: a <title> of at most this many words of meaning, beside a longer <h1>, may be a site's name
SITE_NAME_WORDS = 3
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


def _line(el: etree._Element) -> int | None:
    return getattr(el, "sourceline", None)


def _text(el: etree._Element) -> str:
    return clean(etree.tostring(el, method="text", encoding="unicode", with_tail=False))


def tidy(text: str) -> str:
    """A headline without the permalink mark after it or the arrow before it."""
    return _LEADING_MARKS.sub("", _TRAILING_MARKS.sub("", clean(text)))


def _squash(text: str) -> str:
    """Letters and digits only, a leading "the" dropped: "The Bay-Side News" -> "baysidenews"."""
    return re.sub(r"[\W_]+", "", re.sub(r"^\W*the\s+", "", text.casefold()))


def host_name(url: str) -> str:
    """The registered name in a URL's host: "https://www.news.example.co.uk/x" -> "example"."""
    m = _HOST.match(url.strip())
    if not m:
        return ""
    labels = [x for x in m[1].lower().split(".") if x]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        labels = labels[:-2]
    elif len(labels) >= 2:
        labels = labels[:-1]
    return labels[-1] if labels else ""


def title_text(root: etree._Element) -> str:
    """The text of the page's <title>, as written."""
    title_el = root.find(".//title")
    return title_el.text or "" if title_el is not None else ""


def _site_names(root: etree._Element, tags: dict[str, str], ld: dict[str, str]) -> set[str]:
    """Squashed forms of the site's name: as metadata gives it, and as its
    domain spells it (from the page's own address, or else the host most of
    its links point to)."""
    given = [tags[k].lstrip("@") for k in SITE_KEYS if tags.get(k)] + [ld.get("publisher") or ""]
    # Some pages put the headline in application-name: a name that is also the
    # page's title, or as long as a headline, is not the site's.
    titles = {_squash(tags[k]) for k in TITLE_KEYS if tags.get(k)}
    titles.add(_squash(clean(title_text(root))))
    names = {
        _squash(v) for v in given if len(v.split()) <= MAX_SITE_WORDS and _squash(v) not in titles
    }
    own = tags.get("og:url") or ""
    for el in root.iter("link", "base"):
        if el.tag == "base" or "canonical" in (el.get("rel") or "").lower().split():
            own = own or el.get("href") or ""
    host = host_name(own)
    if not host:
        counts: dict[str, int] = {}
        for n, el in enumerate(root.iter("a")):
            if n > 5000:
                break
            h = host_name(el.get("href") or "")
            if h:
                counts[h] = counts.get(h, 0) + 1
        if counts:
            best = max(counts, key=counts.__getitem__)
            # links to many other places (a portal, a link list) name no site
            if counts[best] >= 3 and counts[best] * 3 >= sum(counts.values()):
                host = best
    if host:
        names.add(_squash(host))
    # "bayside.com - Sport - Headline": an address written in a title names the site
    written = [clean(title_text(root))] + [tags[k] for k in TITLE_KEYS if tags.get(k)]
    for title in written:
        parts = _title_parts(title)
        for piece in parts:
            if " " not in piece and _URLISH.search(piece):
                names.add(_squash(host_name("//" + piece) if "." in piece else piece))
        # "The Courier online - News, Sport and Weather": a name beside sections
        rest = [p for p in parts if not is_section(p)]
        if len(rest) == 1 < len(parts) and _name_like(_name_part(rest[0])):
            names.add(_squash(_name_part(rest[0])))
    # Two titles that begin or end with the same name and share no other
    # word of meaning ("Daily Post - Headline", "Daily Post - Our tagline")
    # share the site's name there.
    pieces = [_title_parts(t) for t in dict.fromkeys(t for t in written if t)]
    for i, a in enumerate(pieces):
        for b in pieces[i + 1:]:
            for end, rest in ((0, slice(1, None)), (-1, slice(None, -1))):
                if len(a) > 1 and len(b) > 1 and norm(a[end]) == norm(b[end]) and (
                    _name_like(a[end])
                    and not covers(" ".join(a[rest]), " ".join(b[rest]))
                    and not covers(" ".join(b[rest]), " ".join(a[rest]))
                ):
                    names.add(_squash(a[end]))
    names.discard("")
    return names


def names_site(text: str, sites: set[str]) -> bool:
    """The text is the site's name or its address ("Bayside News", "bayside.com")."""
    t = clean(text)
    if " " not in t and _URLISH.search(t):
        return True
    s = _squash(t)
    if s in sites or f"the{s}" in sites:  # "The Bay News" is at thebaynews.com
        return True
    host = host_name("//" + t) if " " not in t and "." in t else ""
    return bool(host) and _squash(host) in sites


def is_section(text: str) -> bool:
    """A section label ("Local Sports Wire", "Business |"): section words only;
    or a site's list of what it covers ("Local news, results, reports, Weather")."""
    ws = norm(text).split()
    return bool(ws) and (all(w in SECTION_WORDS for w in ws) or _section_list(text))


#: a list of at least this many short items reads as a site's list of sections
SECTION_LIST_ITEMS = 3
_LIST_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*", re.I)


def _section_list(text: str) -> bool:
    """"Latest news, transfers, results": short items, half or more of them
    holding a section word.  A headline's list has a verb in one long item
    ("Smith, Jones, Brown head to court")."""
    items = [norm(x) for x in _LIST_SPLIT.split(text)]
    items = [x for x in items if x]
    if len(items) < SECTION_LIST_ITEMS or "," not in text:
        return False
    if any(len(x.split()) > SITE_NAME_WORDS for x in items):
        return False
    named = sum(any(w in SECTION_WORDS for w in x.split()) for x in items)
    return 2 * named >= len(items)


def logo_text(text: str, sites: set[str]) -> bool:
    """The site's name, or a name with a web address in it ("Daily Courier
    Courier.com"), as logos and their hidden labels read."""
    if names_site(text, sites):
        return True
    return _name_like(text) and any(
        "." in w and names_site(w.strip("()[]"), sites) for w in text.split()
    )


def _is_logo(el: etree._Element, text: str, sites: set[str]) -> bool:
    """A heading that holds the site's name or logo: it says so in its class,
    it names the site, or all its text is one link to the home page."""
    if logo_text(text, sites):
        return True
    probe, level = el, 0
    while probe is not None and level < 2:
        names = f"{probe.get('class') or ''} {probe.get('id') or ''}"
        if names.strip() and _LOGO_WORDS.intersection(words(names)):
            return True
        probe, level = probe.getparent(), level + 1
    links = [a for a in el.iter("a") if a.get("href") is not None]
    return len(links) == 1 and _HOME_HREF.match(links[0].get("href").strip()) is not None and (
        norm(_text(links[0])) == norm(text)
    )


def _visible_headlines(root: etree._Element) -> list[etree._Element]:
    """h1 elements, then elements whose class/id/itemprop says headline."""
    out = [el for el in root.iter("h1")]
    for el in root.iter("h2", "h3", "div", "span", "td", "p", "font", "strong", "b", "a"):
        if el.get("itemprop") == "headline":
            out.append(el)
            continue
        cls = f"{el.get('class') or ''} {el.get('id') or ''}"
        if cls.strip() and _HEADLINE_WORDS.intersection(words(cls)):
            out.append(el)
    return out[:200]


def _title_parts(title: str) -> list[str]:
    return [p for p in (clean(x) for x in _SEPARATORS.split(title)) if p]


def title_parts(title: str) -> set[str]:
    """The loose forms of the pieces of a <title>, split at separators and at ": "."""
    pieces = _title_parts(title)
    for piece in list(pieces):
        pieces.extend(p for p in re.split(r":\s+", piece) if p != piece)
    return {norm(p) for p in pieces if norm(p)}


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


def _title(root: etree._Element, meta: Meta, tags: dict[str, str], ld: dict[str, str]) -> None:
    title_el = root.find(".//title")
    page_title = clean(title_text(root))
    if _SCRIPT_IN_TITLE.search(page_title):
        # a script wrote into <title> ("Head' + ad_query + '">"): it says nothing sure
        page_title = ""
    meta.page_title = page_title
    sites = meta.sites = _site_names(root, tags, ld)
    headlines = []
    for el in _visible_headlines(root):
        text = tidy(_text(el))
        if 3 <= len(text) <= 400 and not _is_logo(el, text, sites):
            headlines.append((el, text))

    def accept(value: str, rule: str, line: int | None = None) -> None:
        meta.title, meta.title_rule = value, rule
        meta.sources.append(("title", rule, value, line))
        key = norm(value)
        meta.headline_elements.extend(el for el, text in headlines if norm(text) == key)
        meta.title_seen = bool(meta.headline_elements)

    headline = ld.get("headline")
    if headline and ld.get("name") and norm(ld["name"]) != norm(headline):
        # both given and different: the one covering more of <title> is the headline
        if covers(ld["name"], page_title) > covers(headline, page_title):
            headline = ld["name"]
    headline = headline or ld.get("name")
    if headline and usable_title(headline, sites):
        accept(without_site(headline, sites, headlines), "json-ld-headline")
        meta.title_trusted = True
        return
    # A title the publisher set in metadata is the headline they chose for
    # sharing; a site name written after it is not part of it.  One that only
    # names the site ("Edmonton Sun") or a section names no article, nor does
    # one without a word in common with the headline the page shows and
    # <title> repeats (a site-wide tagline).
    shown = _shown_title(page_title, headlines)
    for key in TITLE_KEYS:
        value = tags.get(key)
        if value and usable_title(value, sites) and not (
            shown and not covers(value, shown) and not covers(shown, value)
        ) and headline_in_title(value, sites, headlines) is not None:
            accept(without_site(value, sites, headlines), "meta-title")
            meta.title_trusted = True
            return
    # No metadata: the visible headline that <title> confirms.  A piece of
    # <title> of one or two words is more likely the site's logo than a headline.
    key = norm(page_title)
    parts = {p for p in title_parts(page_title) if len(p.split()) >= 3}
    for el, text in headlines:
        k = norm(text)
        if k and (k == key or k in parts or (len(k) > 15 and key.startswith(k))) and (
            not is_section(text)
        ):
            accept(text, "visible-headline", _line(el))
            return
    stripped = headline_in_title(page_title, sites, headlines) if page_title else None
    if stripped:
        for el, text in headlines:
            if norm(text) == norm(stripped):  # short, but the page shows it as its headline
                accept(text, "visible-headline", _line(el))
                return
        # <title> cut a long headline short: the page's <h1> carries all of it
        cut = norm(stripped)
        for el, text in headlines:
            if el.tag == "h1" and len(stripped.split()) >= TRUNCATED_WORDS and (
                norm(text).startswith(cut + " ") and _headline_like(text)
            ):
                accept(text, "visible-headline", _line(el))
                return
    shared = share_title(root, sites, headlines)
    if shared is not None and page_title and (
        norm(shared) in title_parts(page_title)
        or stripped and not covers(shared, stripped) and not covers(stripped, shared)
    ):
        # The share links name which piece of <title> is the headline, or
        # the <title> is about something else (a broken one, a site's name).
        # Written as the page writes it, when it does (share texts lose case).
        pieces = _title_parts(page_title)
        pieces += [p for piece in pieces for p in re.split(r":\s+", piece)]
        pieces += [text for _el, text in headlines]
        accept(next((p for p in pieces if norm(p) == norm(shared)), shared), "share-link")
        meta.title_trusted = True
        return
    site_only = stripped is None or " " not in stripped
    if site_only or (len(_title_parts(page_title)) == 1 and _name_like(stripped)):
        if shared is not None and (stripped is None or norm(shared) != norm(stripped)):
            # the headline the page hands to "share this" links
            accept(shared, "share-link")
            meta.title_trusted = True
            return
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
            accept(picked[1], picked[0].tag if picked[0].tag == "h1" else "headline-element",
                   _line(picked[0]))
            # the body reader's guesses lean on <title>, which named no story here
            meta.title_trusted = True
            return
    if stripped:
        accept(stripped, "title-tag", _line(title_el))
        # the headline the share links carry too: two sources agree
        meta.title_trusted = shared is not None and norm(shared) == norm(stripped)
        # Written out somewhere in the page too (not only in <title>)?
        body = root.find("body")
        if body is not None and len(stripped.split()) >= 3:
            meta.title_seen = f" {norm(stripped)} " in f" {norm(_text(body))} "


#: code where a value should be: a share link built by a script from the page's title
_CODE = re.compile(r"document\.|encodeURI|\w\(|['\"]\s*\+|\+\s*['\"]")
#: query keys of share links: the address shared and the title that goes with it
_SHARE_URL_KEYS = ("url", "u", "link")


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
    return headline if headline and _headline_like(headline) else None


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
        return len(text.split()) >= least and _headline_like(text)

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


def _name_like(text: str) -> bool:
    """Short, and every word of meaning capitalised, as names are."""
    if len(text.split()) > SITE_NAME_WORDS + 1:
        return False
    meaningful = [w for w in text.split() if len(norm(w)) > 3]
    return len(meaningful) <= SITE_NAME_WORDS and all(w[:1].isupper() for w in meaningful)


def _headline_like(text: str) -> bool:
    """Of a headline's length, and not a section label, a box's label ("HOT
    JOBS": a few words all in capitals) nor a date."""
    n = len(text.split())
    shouted = n <= SITE_NAME_WORDS and text.isupper()
    return 2 <= n <= 30 and len(text) <= MAX_TITLE and not (
        is_section(text) or shouted or date_like(text)
    )


def covers(a: str, b: str) -> float:
    """How much of ``b``'s text (by characters of its words of four letters or
    more: "the" and "and" say nothing) ``a``'s words cover."""
    wa, wb = set(norm(a).split()), [w for w in norm(b).split() if len(w) >= 4]
    total = sum(map(len, wb))
    return sum(len(w) for w in wb if w in wa) / total if total else 0.0


def without_site(title: str, sites: set[str], headlines: list) -> str:
    """A metadata title without the site's name after it ("Headline | Site"),
    or the one piece of it that the page shows as its headline."""
    title = tidy(title)
    parts = _title_parts(title)
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
    while len(rest) > 1 and names_site(rest[-1], sites):
        rest.pop()
    return _join_rest(title, rest) if len(rest) < len(parts) else title


def headline_in_title(title: str, sites: set[str], headlines: list) -> str | None:
    """"Headline | Site" -> "Headline": drop the pieces that name the site or a
    section; None when nothing else is left."""
    title = tidy(title)
    aside = _ASIDE.search(title)
    if aside and names_site(aside[1], sites):
        title = title[:aside.start()]  # "Headline (from The Bay News)"
    parts = _title_parts(title)
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
        if len(kept) == 1 and len(_name_part(kept[0]).split()) <= 3 and any(map(is_section, parts)):
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


def _name_part(text: str) -> str:
    """A site's name without the section words after it ("Valley Courier online")."""
    ws = text.split()
    while len(ws) > 1 and norm(ws[-1]) in SECTION_WORDS:
        ws.pop()
    return " ".join(ws)


#: words a date line carries besides the date ("Updated Tuesday, January 15 at 6 pm")
_DATE_WORDS_ALONE = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec st nd rd th am pm "
    "a p m at on of gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et ct mt pt ist "
    "updated posted published last modified".split()
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


def _join_rest(title: str, rest: list[str]) -> str:
    """The stretch of ``title`` from the first to the last kept part, as written."""
    start = title.find(rest[0])
    end = title.rfind(rest[-1])
    if start < 0 or end < 0:
        return rest[0]
    return clean(title[start:end + len(rest[-1])])


# --- date --------------------------------------------------------------------

def _date(
    root: etree._Element, meta: Meta, tags: dict[str, str], ld: dict[str, str], deadline: Deadline
) -> None:
    """The dates the markup states, else htmldate's search of the page (html/dates.py)."""
    meta.url = page_dates.page_url(root, tags)
    found = page_dates.published(root, tags, ld, DATE_KEYS) or page_dates.searched(
        root, meta.url, deadline)
    if found is not None:
        meta.published, meta.published_raw, meta.date_rule = found.value, found.raw, found.rule
        meta.published_source = found.source
        meta.sources.append(("date", found.rule, found.raw or "", found.line))
    changed = page_dates.modified(root, tags, ld)
    if changed is not None:
        meta.modified = changed.value
        meta.sources.append(("modified", changed.rule, changed.raw or "", changed.line))


# --- byline ------------------------------------------------------------------

# An address starts a run of non-space (or follows a "(//…)" one): tried inside
# the run, "\S+@" would rescan it from every character (seconds on 20,000 "@").
_BYLINE_URL = re.compile(
    r"\(\s*(?:https?:)?//[^)]*\)|<?(?:https?:)?//\S+>?|(?<![^\s)])\S+@\S+\.\w+"
)
#: a byline field longer than this (characters) is no name even without its
#: addresses; not read further, as the address pattern is quadratic in one run
MAX_BYLINE_FIELD = 1000


#: a tag written into a meta tag's text ("Ana Lima<BR>The Daily Post")
_TAG = re.compile(r"<[^<>]{1,20}>")
#: the label before the names ("Posted By:", "Written by", "| By")
_BYLINE_LABEL = re.compile(
    r"^[\s|:,;•·–—-]*(?:(?:Posted|Written|Contributed|Submitted|Reported|Story|Words|Text)\s+)?"
    r"(?:by|von|par|por|di)\b\s*:?\s*",
    re.I,
)
#: who took the picture, not who wrote the story ("Staff photo by Ana Lima")
_PHOTO_CREDIT = re.compile(r"\b(?:photo|photograph|image|picture)s?\s+(?:by|courtesy)\b", re.I)
_MONTH = (
    rf"(?:{MONTH_ABBREVIATIONS})[a-z]*\.?"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b,?"
)
#: where the date starts after the names ("Ana Lima - Apr 16, 2015", "Ana Lima 5 days
#: ago", "Ana LimaJanuary 17, 2008", "Agencies on Friday, …", "Reuters Published: …")
# (possessive spaces: what follows them is no space, and a run of them split every way
# took 0.2 s on 1,000)
_BYLINE_DATE = re.compile(
    r"(?:^|(?:\s*+[-–—|•·,(@]\s*+|\s++)(?:on\s+)?|(?<=[a-z])(?-i:(?=[A-Z])))(?="
    rf"(?:{_MONTH})\s*\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*day\b"
    r"|\d{1,4}(?:[/.-]\d{1,2}[/.-]\d{1,4}|:\d\d|(?:st|nd|rd|th)?\s+(?:"
    rf"{_MONTH})|\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
    r"|\.?\s+(?:de\s+)?[^\W\d_]+\.?\s+(?:de\s+)?\d{4}\b)"  # "1 de diciembre de 2017"
    r"|(?:Last\s+)?(?:Published|Updated|Posted|Modified)\b)",
    re.I,
)
#: "Tech Industry by Ana Lima", "16th Jan 2008 by Ana Lima": the names follow "by"
_INNER_BY = re.compile(r"(?:\s|(?<=\d))(?:by|BY|By)\s+(?=[A-Z])")
#: a wire writer's or a guest's title after the names, with no comma ("Ana Lima AP
#: Sports Writer", "ANA LIMA Special to The Daily Post", "Ana Lima Staff Writer")
_TITLE_AFTER = re.compile(
    r"\s+(?:(?:AP|PA|Associated\s+Press)(?:\s+[A-Z][\w-]*){0,3}|Special\s+to\b.*"
    r"|Staff\s+(?:Writer|Reporter)s?|STAFF\s+(?:WRITER|REPORTER)S?)$"
)
#: what author boxes put after the names: "(Email)", "(Contact)", "(AP)", "? More by
#: this author", "| TV Writer", ", Staff Writer"
# (possessive: "\s*" then "\W*" split a run of spaces every way, 8 s on 1,000; the
# field reaches it cleaned, but the pattern holds on any text)
_BYLINE_AFTER = re.compile(
    r"\s*+(?:\([^()]*\)|\W*+\bMore\s+(?:by|from|stories|articles)\b.*"
    r"|\bView\s+(?:all|more)\b.*)$",
    re.I,
)
_ROLE_FIELD = re.compile(
    r"\s*[,|]\s*[^,|]*\b(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|"
    r"[Cc]ontributor|[Ss]taff|[Bb]ureau|WRITER|REPORTER|CORRESPONDENT|EDITOR|STAFF|BUREAU)s?\s*$"
)
_END_DOT = re.compile(r"(?<=[a-z]{2})(?<![JS]nr)\.$")
#: a firm's name (the publisher, the web designer) stands in the author tag of some pages
_FIRM = re.compile(r".*\b(?:Ltd|Limited|Inc|LLC|GmbH|Corp|Co|PLC|Pty)\.?", re.I)
#: words of a desk: "Newsroom", "Staff", "The Daily Post team"
_DESK = frozenset("staff team desk newsroom editors reporters writers".split())


def _clean_byline(
    value: str, sites: set[str] = frozenset(), *, site_check: bool = True
) -> str | None:
    value = clean(_TAG.sub(" ", value))
    if len(value) > MAX_BYLINE_FIELD:
        return None
    # "Ana Lima (https://example.org/ana)": the name without its address
    value = clean(_BYLINE_URL.sub(" ", value)) if not _BYLINE_URL.fullmatch(value) else value
    if _PHOTO_CREDIT.search(value) or _FILE_PHOTO.search(value):
        return None
    value = _SPACE_BEFORE.sub(r"\1", value)
    # "Display Name (login)": a user's account, a person even where the blog bears the name
    account = _ACCOUNT.search(value) is not None
    labelled = _BYLINE_LABEL.match(value)
    if labelled is not None:
        value = value[labelled.end() :]
    else:
        # ("Written by Ana Lima Edited by Sam Reed": the first label's names stay)
        inner = _INNER_BY.search(value)
        if inner is not None:
            value = value[inner.end() :]
    date = _BYLINE_DATE.search(value)
    if date is not None:
        if date.start() == 0:
            return None  # "5 days ago", "Last Updated: …": a date with no names
        value = value[: date.start()]
    for _ in range(3):
        value = _ROLE_FIELD.sub("", _BYLINE_AFTER.sub("", value)).strip(" ,;:|-–—")
    title = _TITLE_AFTER.search(value)
    if title is not None:
        # ("The Associated Press" and "Ana Lima and AP" name no title)
        rest = value[: title.start()].split()
        if len(rest) >= 2 and rest[0].lower() != "the" and rest[-1].lower() not in ("and", "&"):
            value = value[: title.start()]
    value = _END_DOT.sub("", value)  # "… by Ana Lima." ("Ana Lima Jr." keeps its dot)
    # "Harbour Notes | Ana Lima": a column's name and the writer, in fields
    fields = [f.strip() for f in value.split(" | ")]
    people = [f for f in fields if _person_like(f.split())]
    if len(fields) > 1 and len(people) == 1:
        value = people[0]
    # "Ana Lima in Karachi": where the writer filed from
    value = _FILED_FROM.sub("", value)
    # "ANA LIMA The Harbour Post", "Ana Lima HARBOUR POST": the outlet after the names,
    # told apart by its case
    outlet = _CAPS_THEN_OUTLET.fullmatch(value) or _NAME_THEN_CAPS.fullmatch(value)
    if outlet is not None:
        value = outlet["name"]
    if not value or len(value) > 120 or _URLISH.search(value) or date_like(value):
        return None  # an address or a date (author boxes often hold the date too) is no name
    if _FIRM.fullmatch(value) or not re.search(r"[^\W\d_]", value):
        return None
    # the site's own name ("winnipeg sun", "dailypost", "The Daily Post team") names the
    # outlet, not a writer; a blog named after its writer ("Ana Lima" at analima.net)
    # is the exception
    ws = value.split()
    while ws and ws[-1].lower() in _DESK:
        ws.pop()
    if not ws:
        return None
    if site_check and not account and not _person_like(ws) and (
        names_site(" ".join(ws), sites)
        or _squash(" ".join(ws)) in {_FIRM_END.sub("", s) for s in sites}
    ):
        return None
    # "WVVA - Bluefield, WV": the site's name and its town, no one's name; "Daily Post -
    # Ana Lima": the site's name and the writer's
    fields = _FIELD_SEP.split(value)
    if site_check and not account and len(fields) > 1 and any(
        names_site(f, sites) for f in fields
    ):
        people = [f for f in fields if _person_like(f.split())]
        if not people:
            return None
        if len(people) == 1:
            value = people[0]
    return value


_FIELD_SEP = re.compile(r"\s+[-–—|/]\s+")


#: "Contactmusic.com Ltd." is the site "contactmusiccomltd", which "The Contactmusic
#: team" names
#: (a site's name is not capped, and "+" tried from every letter of "cococo…" is
#: quadratic, 2.5 s on 20,000: a firm's name ends in a few such words, not more)
_FIRM_END = re.compile(r"(?:com|net|org|co|uk|ltd|limited|inc|llc|plc){1,4}$")
_FILE_PHOTO = re.compile(r",\s*file$", re.I)  # "Ana Lima, file": an archive photo's credit
_FILED_FROM = re.compile(r"(?<=[a-z])\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$")
_CAPS_THEN_OUTLET = re.compile(
    # (a name in capitals begins and ends with a word, not an initial: "J. R. Okafor")
    r"(?P<name>[A-Z]{2}[A-Z.'’-]*(?:\s+(?:Mc|Mac)?[A-Z][A-Z.'’-]*)*?"
    r"\s+(?!AND\b)(?:Mc|Mac)?[A-Z]{2}[A-Z'’-]*)\s+(?:The\s+)?"
    r"(?:Mc|Mac)?[A-Z][a-z][\w/&'’ -]*"
)
_NAME_THEN_CAPS = re.compile(
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|(?:Mc|Mac)?[A-Z][a-z'’-]+)){1,3})"
    r"(?:\s+[A-Z][A-Z&'’-]+){2,}"
)


_ACCOUNT = re.compile(r"\S\s*\((?=[\w.-]*[a-z])[a-z0-9][\w.-]{1,29}\)$")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?)])")
#: words of an outlet's name, never of a person's
_OUTLET_WORDS = SECTION_WORDS | frozenset(
    "the daily weekly sun times post herald tribune press journal gazette advertiser "
    "network online magazine radio channel courier chronicle star mail express observer "
    "record telegraph independent".split()
)


def _person_like(ws: list[str]) -> bool:
    """Two to four words written as a person's name is: "Ana Lima", "Ana B. Lima"."""
    return 2 <= len(ws) <= 4 and all(
        re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.", w) and w.lower() not in _OUTLET_WORDS for w in ws
    )


#: small words that names and bylines do carry ("Ana de Lima and Ben Ode, staff writer")
_NAME_PARTICLES = frozenset(
    "by and de da di du del della der den van von la le of the staff writer writers "
    "reporter correspondent editor contributor".split()
)
#: lower-case words past which a "byline" reads as a sentence (a teaser under an
#: author box), not a list of names and roles
MAX_LOWER_WORDS = 3


def _sentence(text: str) -> bool:
    lower = [w for w in re.findall(r"[^\W\d_]+", text) if w.islower() and w not in _NAME_PARTICLES]
    return len(lower) > MAX_LOWER_WORDS


_FORMAL_RULES = frozenset({"json-ld-author", "meta-dc:creator", "meta-dcterm:creator"})


def _spaced_text(el: etree._Element) -> str:
    """The element's text with a space where elements meet: an author box's lines
    ("Ana Lima<br>Staff Writer", "<h4>By Ana Lima</h4><h4>Daily Post</h4>") stay apart."""
    return clean(" ".join(el.itertext()))


def _byline(root: etree._Element, meta: Meta, tags: dict[str, str], ld: dict[str, str]) -> None:
    def accept(value: str | None, rule: str, line: int | None = None) -> bool:
        # A page that states its creator formally (JSON-LD, Dublin Core) and names its
        # own outlet there means it ("Mac & i" by its magazine); name=author and the
        # markup often hold a template's default, the site's name.
        formal = rule in _FORMAL_RULES
        value = _clean_byline(value or "", meta.sites, site_check=not formal)
        if value:
            meta.byline = value
            meta.sources.append(("byline", rule, value, line))
        return bool(value)

    if accept(ld.get("author"), "json-ld-author"):
        return
    for key in AUTHOR_KEYS:
        if tags.get(key) and not tags[key].startswith("@") and accept(tags[key], f"meta-{key}"):
            return
    n = 0
    for el in root.iter("a", "span", "div", "p", "address", "li", "cite"):
        n += 1
        if n > 20_000:
            break
        if el.get("rel") == "author" or el.get("itemprop") == "author":
            if accept(_spaced_text(el), "author-link", _line(el)):
                return
            continue
        cls = f"{el.get('class') or ''} {el.get('id') or ''}"
        if cls.strip() and _BYLINE_WORDS.intersection(words(cls)):
            text = _spaced_text(el)
            if 3 <= len(text) <= 100 and not _sentence(text) and (
                accept(text, "byline-element", _line(el))
            ):
                return
