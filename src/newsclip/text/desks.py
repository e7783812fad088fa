"""A desk or a team that signs a story instead of a person, in a page's text dump.

    By The Harbour Gazette editors    → "The Harbour Gazette editors"
    written by Our Editors            → "Our Editors"
    Harbour Team                      → "Harbour Team" (a line alone, where bylines stand)
    Team Harbour                      → "Team Harbour"
    Staff                             → "Staff" (beside the date, where bylines stand)

A line of names (``bylines.name_line``) never ends in a desk's word, and "By"
before "The" or "Our" reads as the start of a sentence; these credits are read
here instead, as the HTML reader keeps "The Daily Post team" (``_byline``).
"""

from __future__ import annotations

import re

from .._lazy_patterns import lazy
from .._vocab import BY_WORDS, DESK_WORDS

__all__ = ["credit", "labelled_credit", "staff"]

#: a desk's word, in any case ("Staff", "editors", "TEAM")
_DESK = rf"(?i:{'|'.join(sorted(DESK_WORDS))})"
#: one word of the desk's own name: capitalised, or a brand's ("HarbourLink", "98")
_OWN = r"(?:[A-Z0-9][\w&'’.-]*)"
#: the desk's name: its own words then the desk's word ("Harbour Connect Team"), or the
#: word "Team" then its own ("Team Harbour")
_CREDIT = (
    rf"(?:{_OWN}\s+){{1,3}}{_DESK}"
    rf"|Team\s+{_OWN}(?:\s+{_OWN})?"
)
#: what may follow the credit on its line: a reading time, fields after a bar or a dash
_TAIL = r"(?:\s+(?:\d|[|·•–—-]).*)?"
_BARE = lazy(rf"(?P<name>(?:The\s+)?(?:{_CREDIT})){_TAIL}")
_BY = "|".join(sorted({f for w in BY_WORDS for f in (w, w.capitalize(), w.upper())}))
#: "By The Harbour editors", "written by Our Editors", "By the Harbour Team 2–3 minutes"
_LABELLED = lazy(
    rf"(?:(?i:written|posted|reported)\s+)?(?:{_BY})[:\s]\s*"
    rf"(?P<name>(?:(?i:the|our)\s+)?(?:{_CREDIT})|(?i:our)\s+{_DESK}){_TAIL}"
)
#: a credit is short: past this the line is a sentence about a team
_MAX_CHARS = 80
#: words that begin a menu's or a button's line, never a credit ("Meet the Team",
#: "Join Our Team", "Contact Our Team")
_NOT_FIRST = frozenset("meet join contact our about the my your a an".split())


def credit(text: str) -> str | None:
    """The desk when ``text`` is a line of a desk's name alone ("Harbour Connect Team",
    "Team Harbour"), perhaps with a reading time after it."""
    text = text.strip()
    if len(text) > _MAX_CHARS:
        return None
    m = _BARE.fullmatch(text)
    if m is None:
        return None
    name = m["name"]
    words = name.split()
    if words[0] == "Team":  # "Team Harbour"
        return name
    first = words[1] if words[0] == "The" else words[0]
    if first.lower() in _NOT_FIRST or first.lower() in DESK_WORDS:
        return None
    return name


def labelled_credit(text: str) -> str | None:
    """The desk when ``text`` is a byline that names one ("By The Harbour editors",
    "written by Our Editors")."""
    text = text.strip()
    if len(text) > _MAX_CHARS:
        return None
    m = _LABELLED.fullmatch(text)
    return m["name"] if m is not None else None


#: the staff signing alone, or with their role ("Staff", "Staff Clinician")
_STAFF = re.compile(r"Staff(?:\s+[A-Z][a-z]+)?")


def staff(text: str) -> str | None:
    """``text`` when it is the word "Staff" alone, or with a role after it ("Staff
    Clinician"): where bylines stand, the page's staff sign the story."""
    text = text.strip()
    return text if _STAFF.fullmatch(text) else None
