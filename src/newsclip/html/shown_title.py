"""Which headline the page shows over the title its metadata gives (the title stage,
``title.find_title``, asks once it has a title from the most trusted source).

Metadata titles are written for search results and shares; the page's ``<h1>`` is the
headline its readers see.  Where the two are one headline cut short, lengthened, set
beside a site's name or a variant, or worded twice, the ``<h1>`` is taken (each rule
says on which kind of page); elsewhere the metadata's title stands.  Each answer is the
source's own pick (a ``NamedTuple`` of title, rule, line and trust) or a new one.
"""

from __future__ import annotations

import re
from typing import Any

from ..dates import date_like
from .site import SITE_NAME_WORDS, is_section, names_site, norm
from .tree import line_of

__all__ = ["shown_piece", "before_bar", "article_h1", "headline_like",
           "MAX_TITLE", "SHOWN_RULES"]

#: a headline longer than this (characters) is markup or script gone astray
MAX_TITLE = 300
#: an article's <h1> of fewer words is a label or a name ("Blog", "Ana Lima"), not
#: the headline that replaces its metadata's title
MIN_ARTICLE_H1_WORDS = 3
#: an article's <h1> and its metadata's title that share at least this share of their
#: words, and less than the upper one, are one headline worded twice (``_reworded``)
REWORDED_SHARE = (0.25, 0.75)
#: where a title joins its headline to something more: a separator (" | ", " - ",
#: "•"), a colon or a comma, a bracket opening
_BOUNDARY = re.compile(r"\s+[-–—|:/»·•~]+\s+|\s*[|·•]\s*|[:,]\s+|\s+(?=[\[(])")
#: rules whose title is already the headline the page shows
SHOWN_RULES = frozenset(("visible-headline", "h1", "headline-element", "section-h1"))


def shown_piece(pick: Any, headlines: list) -> Any:
    """The page's <h1> when a metadata title is that headline and more, joined at a
    separator: a site's name or a section ("Fields - Pydantic Validation",
    "Garnix Blog: Hardware-Attested Nix Builds"), a variant or a selling line
    ("Arrival T-Shirt - Black", "Average Cost of Online College [2025]: Yearly
    Tuition + Fees").  The page shows its reader the headline alone."""
    h1s = [(el, text) for el, text in headlines if el.tag == "h1"]
    if pick.rule in SHOWN_RULES or not h1s or len(pick.title) > MAX_TITLE:
        return pick  # (a longer one is no headline: its pieces are not weighed one by one)
    ends = set()
    for m in _BOUNDARY.finditer(pick.title):
        ends.update((norm(pick.title[:m.start()]), norm(pick.title[m.end():])))
    ends.discard("")
    for el, text in h1s:
        if norm(text) in ends:
            return pick._replace(title=text, rule="h1-in-title", line=line_of(el))
    return pick


#: a title's first piece before " | ": "IAM overview | Identity and Access Management"
_BAR = re.compile(r"\s+\|\s+")


def before_bar(pick: Any, sites: set[str] = frozenset()) -> Any:
    """A title "Page | Its section or site" (pieces set apart by bars): the first piece,
    the page's own name, when it has two words or more (one is the site's name:
    "Render | The cloud for builders").  A front page's "Site | Tagline", where the first
    piece names the site (``sites``, ``site.names_site``) and one piece of two words or
    more follows: the tagline, the page's own name."""
    if not pick.trusted or pick.rule in SHOWN_RULES:
        return pick
    head = _BAR.split(pick.title, maxsplit=1)
    if len(head) == 2 and names_site(head[0], sites) and len(head[1].split()) >= 2 and (
        not _BAR.search(head[1])
    ):
        return pick._replace(title=head[1].strip())
    if len(head) < 2 or len(head[0].split()) < 2:
        return pick
    return pick._replace(title=head[0].strip())


def article_h1(
    pick: Any, headlines: list, sites: set[str], *, any_h1: bool = False,
    shorter: bool = False, reworded: bool = False,
) -> Any:
    """An article's one ``<h1>`` over the title its metadata gives, when one is the
    other cut short or lengthened: the metadata's is the title written for search
    results and shares ("House Renovation Costs in the Bay Area"), the ``<h1>`` the
    headline its readers see ("House Renovation Costs in the Bay Area: Room-by-Room
    Breakdown").  Not a page of several ``<h1>``s (which is the headline is not sure),
    nor one whose ``<h1>`` is a label, a name or the site's; and not an ``<h1>`` that
    is another headline altogether (a news site's social title and its printed one
    are both its headline), unless the page's metadata titles are written for search
    results (``any_h1``: "Top 11 SEO Strategies for 2025" over the <h1> "11 SEO
    Strategies for 2025 to Boost Rankings and Stay Ahead").  A product's page
    (``shorter``) the same, when its ``<h1>`` is the title cut short: the product's
    name without the brand, variant or selling words its metadata adds ("Warrior
    Drop Necklace" over "Warrior Drop Necklace by Ana Lima").  An article's ``<h1>``
    that words its metadata's title anew (``reworded``: "9 Common Food Myths Debunked"
    over "Debunking Common Food Myths") is the headline its readers see, a meta tag's
    title the one written for search results and shares (not JSON-LD's ``headline``,
    which names the article's own: a news site's printed and social titles both are)."""
    h1s = [(el, text) for el, text in headlines if el.tag == "h1"]
    if pick.rule in SHOWN_RULES or len(h1s) != 1:
        return pick
    el, text = h1s[0]
    if (
        len(text.split()) < MIN_ARTICLE_H1_WORDS
        or not headline_like(text)
        or text.isupper()
        or names_site(text, sites)
        or norm(text) == norm(pick.title)
        or not (
            any_h1 or _word_run_in(text, pick.title)
            or not shorter and _word_run_in(pick.title, text)
            or reworded and pick.rule == "meta-title" and _reworded(text, pick.title)
        )
    ):
        return pick
    return pick._replace(title=text, rule="article-h1", line=line_of(el))


def _reworded(a: str, b: str) -> bool:
    """``a`` and ``b`` share some of their words but not nearly all, and neither runs
    on from the other (``_word_run_in`` weighs those): one headline worded twice
    (near-copies, "&" for "and", are left to the trusted source)."""
    na, nb = f" {norm(a)} ", f" {norm(b)} "
    wa, wb = set(na.split()), set(nb.split())
    if not (wa and wb) or na in nb or nb in na:
        return False
    low, high = REWORDED_SHARE
    return low <= len(wa & wb) / len(wa | wb) < high


def _word_run_in(part: str, whole: str) -> bool:
    """``part``'s words run, in order and unbroken, inside ``whole``'s (which are
    more), and the words around them are not a date ("Dec 18 2025 Headline": the
    headline's date line run into it)."""
    a, b = f" {norm(part)} ", f" {norm(whole)} "
    return len(a) < len(b) and a in b and not date_like(b.replace(a, " ", 1).strip())


def headline_like(text: str) -> bool:
    """Of a headline's length, and not a section label, a box's label ("HOT
    JOBS": a few words all in capitals) nor a date."""
    n = len(text.split())
    shouted = n <= SITE_NAME_WORDS and text.isupper()
    return 2 <= n <= 30 and len(text) <= MAX_TITLE and not (
        is_section(text) or shouted or date_like(text)
    )
