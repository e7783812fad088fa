"""Bylines and photo captions in a page's text dump.

    By Sarah E. Needleman            → byline "Sarah E. Needleman"
    by Ada Kerrigan 22 Dec 2016      → byline "Ada Kerrigan" (the date is read apart)
    Photograph: Ada Kerrigan for the Gazette   → a caption
    Media caption The minister spoke …          → a caption

Both are tables of named patterns, like the chrome rules: the name of the
pattern that matched is the rule ``newsclip explain`` shows.
"""

from __future__ import annotations

import re

from . import prefilter

# A name: capitalised words, initials, particles ("de", "van"), joined by
# "and", "&" or commas for several authors.
_NAME_WORD = (
    r"(?:[A-Z\u00c0-\u00de](?:[^\W\d_]|['’.-](?=[^\W\d_]))*\.?|[A-Z]\."
    r"|(?:de|da|del|der|van|von|la|le|di|du|al|bin|ibn|el)(?=\s+[A-Z]))"
)
_NAME = rf"{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{0,4}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,4}}"

#: name, pattern (searched at the start of a line), where group "name" is the byline
BYLINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "byline-by",
            r"(?:(?:Written|Words|Story|Text|Posted|Reported|Report|Reporting|Photos?|Analysis)"
            r"\s+)?"
            rf"(?:[Bb]y|BY|Von|von|Par|par|Por|por|Door|door|Av|av)[:\s]\s*(?P<name>{_NAMES})",
        ),
        (
            "byline-label",
            r"(?:Author|Authors|Reporter|Writer|Correspondent|Autor|Auteur)s?\s*[:|]\s*"
            rf"(?P<name>{_NAMES})",
        ),
    )
)

#: words that may follow a byline's names on its line (a role, a place, a date)
_BYLINE_TAIL = re.compile(r"^(?:\s*(?:[,|•·–—/-]|\s)\s*.*)?$|^\d")
#: a byline line is short: the names and a role or date, no sentence
MAX_BYLINE_WORDS = 16


def byline(text: str) -> tuple[str, str] | None:
    """(rule, author names) when ``text`` is a byline line."""
    if not text or len(text) > 160 or text[0] in _NOT_FIRST:
        return None
    for name, pattern in BYLINE_RULES:
        m = pattern.match(text)
        if m is None:
            continue
        if len(text.split()) > MAX_BYLINE_WORDS:
            return None
        author = m.group("name").strip(" ,.")
        # "By the way, …", "By March the plan …": a sentence, not a byline
        if author.split()[0].lower() in _NOT_NAMES:
            continue
        if text.rstrip().endswith((".", "?", "!")) and len(text.split()) > 8:
            continue
        if not _BYLINE_TAIL.match(text[m.end("name") :]):
            continue
        return name, _tidy(author)
    return None


# ASCII characters no byline rule begins with: most lines are rejected by their first one.
_NOT_FIRST = prefilter.ASCII.difference(
    *(prefilter.first_ascii(p.pattern) for _n, p in BYLINE_RULES)
)

_NOT_NAMES = frozenset(
    "the a an this that his her their its our my your one some using staff "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _tidy(author: str) -> str:
    author = re.sub(r"\s+", " ", author)
    # "SARAH NEEDLEMAN" stays as written; a trailing "and" is a cut-off
    return re.sub(r"\s*(?:,|and|&)$", "", author).strip()


_AGENCY = (
    r"(?:AP|AFP|Reuters|Getty(?:\s+Images)?|EPA|PA|Shutterstock|Bloomberg|Xinhua|Alamy"
    r"|iStock(?:photo)?|Corbis|Rex Features|ANP|dpa)"
)

_AGENCY_WORDS = tuple(
    w for a in ("AP", "AFP", "Reuters", "Getty", "EPA", "PA", "Rex", "Shutterstock", "Bloomberg",
                "Xinhua", "Alamy", "iStock", "Corbis", "ANP", "dpa")
    for w in {a, a.upper()}
)

#: name, pattern (the whole line), and words of which the line must hold one
#: (patterns that may match mid-line are slow: they run only on lines that can match)
CAPTION_RULES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern), re.compile("|".join(map(re.escape, hints))))
    for name, pattern, hints in (
        (
            "caption-label",
            r"(?:Media|Image|Photo|Video)\s+(?:caption|copyright)\b.{0,300}",
            ("caption", "copyright"),
        ),
        (
            "photo-credit-label",
            r"\(?(?:Photo(?:graph)?s?|Image|Picture|Pic|Illustration|Credit|Caption|Foto|Source)"
            r"\s*(?:by|credit|courtesy(?:\s+of)?)?\s*[:©]\s*\S.{0,200}",
            (":", "©"),
        ),
        (
            "caption-with-credit",
            r".{0,400}(?:Photo(?:graph)?|Image|Picture|Illustration|Credit)(?:\s+by)?\s*[:/]\s*"
            r"[A-Z][^.!?]{0,80}\)?\.?",
            ("Photo", "Image", "Picture", "Illustration", "Credit"),
        ),
        (
            "agency-credit",
            rf".{{0,400}}\((?:[^()]{{0,60}}/\s*)?{_AGENCY}(?:\s*Photo)?"
            r"(?:\s*/\s*[^()]{1,60})?\)\.?",
            (")",),
        ),
        (
            "agency-alone",  # "GETTY IMAGES", "AFP", "Rex": a credit on a line of its own
            rf"(?i:{_AGENCY}|Rex)(?:\s+(?i:Images|Photos?|Pictures))?",
            _AGENCY_WORDS,
        ),
        (
            "photographer-agency",
            rf"[^\s/][^/]{{0,60}}/\s*{_AGENCY}(?:\s*/\s*[\w .'-]{{1,40}})?",
            ("/",),
        ),
    )
)

#: a caption is a short block of text; a paragraph that ends with "(AP)" is not one
MAX_CAPTION_WORDS = 60


def caption(text: str) -> str | None:
    """The caption rule that matches ``text``, if any."""
    if len(text) > 8 * MAX_CAPTION_WORDS:
        return None
    # a line this short cannot hold more words than the limit: no need to count them
    if len(text) > 2 * MAX_CAPTION_WORDS and len(text.split()) > MAX_CAPTION_WORDS:
        return None
    if _ANY_HINT.search(text) is None:
        return None
    for name, pattern, hint in CAPTION_RULES:
        if hint.search(text) and pattern.fullmatch(text):
            return name
    return None


_ANY_HINT = re.compile("|".join(h.pattern for _name, _pattern, h in CAPTION_RULES))
