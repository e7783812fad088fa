"""The site's own name, and the pieces of a title around a headline.

A page's <title> and its meta titles usually add the site's name, a section or
both to the headline ("Headline | Sport | Bayside News").  This module tells
those apart: the site's names as metadata and the page's domain spell them
(``site_names``), whether a piece names the site (``names_site``) or a section
(``is_section``), whether a heading is the site's logo (``is_logo``), and the
loose forms headlines are compared in (``norm``, ``covers``).  It never
changes the tree.
"""

from __future__ import annotations

import re

from lxml import etree

from .._vocab import SECTION_WORDS, SOFT_HYPHEN, WEB_ADDRESS
from .fields import SITE_KEYS, TITLE_KEYS
from .rules import words
from .tree import clean, element_text, remembered

__all__ = [
    "norm", "covers", "tidy", "title_pieces", "title_parts", "squash", "host_name",
    "title_text", "site_names", "names_site", "ends_with_site", "is_section", "name_part", "name_like",
    "logo_text", "is_logo", "MAX_SITE_WORDS", "SITE_NAME_WORDS", "FOLDED_MAX",
]

#: the separators titles put between headline and site name
_SEPARATORS = re.compile(r"\s+[-–—|:/\\»·•>~]+\s+|\s*[|·•]+\s*|(?<=\w)[-–—]+\s+")
#: class/id words of an element that holds the site's logo or name, not a story's headline
_LOGO_WORDS = frozenset(
    "logo brand branding sitename site-name sitetitle site-title masthead".split()
)
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
#: a site's name is a few words; more is a headline or a tagline
MAX_SITE_WORDS = 5
#: a <title> of at most this many words of meaning, beside a longer <h1>, may be a site's name
SITE_NAME_WORDS = 3
#: a list of at least this many short items reads as a site's list of sections
SECTION_LIST_ITEMS = 3
_LIST_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*", re.I)


_APOSTROPHES = re.compile(r"['’‘`]")
_NOT_WORD = re.compile(r"[\W_]+")


#: a text's loose form (``norm``) is at most this many times as long as the text: case
#: folding writes a character as three at most ("ﬃ" is "ffi"), the rest only takes away
FOLDED_MAX = 3


@remembered
def norm(text: str) -> str:
    """Loose form for comparing headlines: case, quotes, dashes and spacing
    ignored, and apostrophes ("Saj's" and "Sajs" are one word: some titles drop them)
    and soft hyphens ("Assis\u00adtance" is "Assistance": a page's heading marks where a
    long word may break, its metadata does not).  (Its answers remembered: a page's
    title is compared with each of its headlines, three times over.)"""
    text = text.casefold().replace(SOFT_HYPHEN, "")
    return _NOT_WORD.sub(" ", _APOSTROPHES.sub("", text)).strip()


def covers(a: str, b: str) -> float:
    """How much of ``b``'s text (by characters of its words of four letters or
    more: "the" and "and" say nothing) ``a``'s words cover."""
    wa, wb = set(norm(a).split()), [w for w in norm(b).split() if len(w) >= 4]
    total = sum(map(len, wb))
    return sum(len(w) for w in wb if w in wa) / total if total else 0.0


def tidy(text: str) -> str:
    """A headline without the permalink mark after it or the arrow before it."""
    return _LEADING_MARKS.sub("", _TRAILING_MARKS.sub("", clean(text)))


def title_pieces(title: str) -> list[str]:
    return [p for p in (clean(x) for x in _SEPARATORS.split(title)) if p]


def title_parts(title: str) -> set[str]:
    """The loose forms of the pieces of a <title>, split at separators and at ": "."""
    pieces = title_pieces(title)
    for piece in list(pieces):
        pieces.extend(p for p in re.split(r":\s+", piece) if p != piece)
    return {norm(p) for p in pieces if norm(p)}


_LEADING_THE = re.compile(r"^\W*the\s+")


def squash(text: str) -> str:
    """Letters and digits only, a leading "the" dropped: "The Bay-Side News" -> "baysidenews"."""
    return _NOT_WORD.sub("", _LEADING_THE.sub("", text.casefold()))


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


def site_names(root: etree._Element, tags: dict[str, str], ld: dict[str, str]) -> set[str]:
    """Squashed forms of the site's name: as metadata gives it, and as its
    domain spells it (from the page's own address, or else the host most of
    its links point to)."""
    given = [tags[k].lstrip("@") for k in SITE_KEYS if tags.get(k)] + [ld.get("publisher") or ""]
    # Some pages put the headline in application-name: a name that is also the
    # page's title, or as long as a headline, is not the site's.
    titles = {squash(tags[k]) for k in TITLE_KEYS if tags.get(k)}
    titles.add(squash(clean(title_text(root))))
    names = {
        squash(v) for v in given if len(v.split()) <= MAX_SITE_WORDS and squash(v) not in titles
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
        names.add(squash(host))
    # "bayside.com - Sport - Headline": an address written in a title names the site
    written = [clean(title_text(root))] + [tags[k] for k in TITLE_KEYS if tags.get(k)]
    for title in written:
        parts = title_pieces(title)
        for piece in parts:
            if " " not in piece and WEB_ADDRESS.search(piece):
                names.add(squash(host_name("//" + piece) if "." in piece else piece))
        # "The Courier online - News, Sport and Weather": a name beside sections
        rest = [p for p in parts if not is_section(p)]
        if len(rest) == 1 < len(parts) and name_like(name_part(rest[0])):
            names.add(squash(name_part(rest[0])))
    # Two titles that begin or end with the same name and share no other
    # word of meaning ("Daily Post - Headline", "Daily Post - Our tagline")
    # share the site's name there.
    pieces = [title_pieces(t) for t in dict.fromkeys(t for t in written if t)]
    for i, a in enumerate(pieces):
        for b in pieces[i + 1:]:
            for end, rest in ((0, slice(1, None)), (-1, slice(None, -1))):
                if len(a) > 1 and len(b) > 1 and norm(a[end]) == norm(b[end]) and (
                    name_like(a[end])
                    and not covers(" ".join(a[rest]), " ".join(b[rest]))
                    and not covers(" ".join(b[rest]), " ".join(a[rest]))
                ):
                    names.add(squash(a[end]))
    names.discard("")
    return names


def names_site(text: str, sites: set[str]) -> bool:
    """The text is the site's name or its address ("Bayside News", "bayside.com")."""
    t = clean(text)
    if " " not in t and WEB_ADDRESS.search(t):
        return True
    s = squash(t)
    if s in sites or f"the{s}" in sites:  # "The Bay News" is at thebaynews.com
        return True
    host = host_name("//" + t) if " " not in t and "." in t else ""
    return bool(host) and squash(host) in sites


#: a squashed name this short ("ai", "co") is too common inside other names to tell a site
MIN_SITE_CHARS = 4


def ends_with_site(piece: str, sites: set[str]) -> bool:
    """A title's last piece that names the site, as a title's end does: its name
    ("KHBR"), a part of its address's name ("Harbour Mats" at myharbourmats.example,
    "QuayHR" at getquayhr.example), or its name and a word or two more ("Quayside App
    Store", "Harbour Official Site")."""
    if names_site(piece, sites):
        return True
    s = squash(piece)
    if len(s) < MIN_SITE_CHARS or len(piece.split()) > SITE_NAME_WORDS:
        return False
    return any(s in site or (len(site) >= MIN_SITE_CHARS and s.startswith(site)) for site in sites)


def is_section(text: str) -> bool:
    """A section label ("Local Sports Wire", "Business |"): section words only;
    or a site's list of what it covers ("Local news, results, reports, Weather")."""
    ws = norm(text).split()
    return bool(ws) and (all(w in SECTION_WORDS for w in ws) or _section_list(text))


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


def name_part(text: str) -> str:
    """A site's name without the section words after it ("Valley Courier online")."""
    ws = text.split()
    while len(ws) > 1 and norm(ws[-1]) in SECTION_WORDS:
        ws.pop()
    return " ".join(ws)


def name_like(text: str) -> bool:
    """Short, and every word of meaning capitalised, as names are."""
    if len(text.split()) > SITE_NAME_WORDS + 1:
        return False
    meaningful = [w for w in text.split() if len(norm(w)) > 3]
    return len(meaningful) <= SITE_NAME_WORDS and all(w[:1].isupper() for w in meaningful)


def logo_text(text: str, sites: set[str]) -> bool:
    """The site's name, or a name with a web address in it ("Daily Courier
    Courier.com"), as logos and their hidden labels read."""
    if names_site(text, sites):
        return True
    return name_like(text) and any(
        "." in w and names_site(w.strip("()[]"), sites) for w in text.split()
    )


@remembered
def _logo_named(names: str) -> bool:
    """Whether a class and id (``names``) say logo (a page repeats its classes)."""
    return bool(names.strip()) and not _LOGO_WORDS.isdisjoint(words(names))


def is_logo(el: etree._Element, text: str, sites: set[str]) -> bool:
    """A heading that holds the site's name or logo: it says so in its class,
    it names the site, or all its text is one link to the home page."""
    if logo_text(text, sites):
        return True
    probe, level = el, 0
    while probe is not None and level < 2:
        if _logo_named(f"{probe.get('class') or ''} {probe.get('id') or ''}"):
            return True
        probe, level = probe.getparent(), level + 1
    links = [a for a in el.iter("a") if a.get("href") is not None]
    return len(links) == 1 and _HOME_HREF.match(links[0].get("href").strip()) is not None and (
        norm(element_text(links[0])) == norm(text)
    )
