"""Photo captions and credits in a page's text dump:

    Photograph: Ada Kerrigan for the Gazette   → a caption
    Media caption The minister spoke …          → a caption

A table of named patterns, like the chrome rules: the name of the pattern that
matched is the rule ``newsclip explain`` shows.  (``bylines`` re-exports them: the
readers ask it for a line's byline and caption alike.)
"""

from __future__ import annotations

import re

from .._lazy_patterns import lazy
from .._vocab import AGENCIES_IN_CAPITALS, PHOTO_AGENCY, PHOTO_AGENCY_ALONE, PHOTO_AGENCY_WORDS
from . import prefilter

__all__ = ["CAPTION_RULES", "MAX_CAPTION_WORDS", "caption"]

#: name, pattern (the whole line), and words of which the line must hold one
#: (patterns that may match mid-line are slow: they run only on lines that can match;
#: each is compiled when a line first holds one of its words, ``lazy``)
CAPTION_RULES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (name, lazy(pattern), re.compile("|".join(map(re.escape, hints))))  # type: ignore[misc]
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
            # "Photo by Ada Kerrigan", "Image courtesy of the museum": who took the
            # picture, not who wrote the article
            "photo-by",
            r"\(?(?:Photo(?:graph)?s?|Image|Picture|Illustration|PHOTO|IMAGE)\s+"
            r"(?:by|BY|courtesy(?:\s+of)?|COURTESY(?:\s+OF)?)\s+\S.{0,100}",
            ("Photo", "Image", "Picture", "Illustration", "PHOTO", "IMAGE"),
        ),
        (
            "caption-with-credit",
            r".{0,400}(?:Photo(?:graph)?|Image|Picture|Illustration|Credit)(?:\s+by)?\s*[:/]\s*"
            r"[A-Z][^.!?]{0,80}\)?\.?",
            ("Photo", "Image", "Picture", "Illustration", "Credit"),
        ),
        (
            "agency-credit",
            rf".{{0,400}}\((?:[^()]{{0,60}}/\s*)?{PHOTO_AGENCY}(?:\s*Photo)?"
            r"(?:\s*/\s*[^()]{1,60})?\)\.?",
            (")",),
        ),
        (
            # "… for a sobriety check in this undated file photo.", "… in this courtroom
            # drawing made in New York": a picture's caption says what the picture shows
            "in-this-photo",
            # (between: a date, and words that say what kind of picture)
            r".{0,400}\b[Ii]n\s+(?:this|these)\s+(?:(?:undated|file|handout|courtroom|family|"
            r"police|recent|archive|aerial|satellite|video|[A-Z][a-z]{2,8}\.?|\d{1,4},?)\s+){0,5}?"
            r"(?:photo(?:graph)?s?|pictures?|images?|drawings?|sketch)\b.{0,200}",
            ("photo", "picture", "image", "drawing", "sketch"),
        ),
        (
            # "O.J. Simpson, right, is transferred to …", "Ada Kerrigan, second from left,
            # …": where someone stands in the picture
            "position-in-picture",
            r".{0,300}?[A-Z][\w.'’-]*,\s+(?:(?:second|third)\s+from\s+)?(?:left|right|centre|center)"
            r"\s*,.{0,300}",
            ("left,", "right,", "centre,", "center,"),
        ),
        (
            # "… before being sentenced. (ADA KERRIGAN, Harbour Media)": the photographer
            # named in capitals, and the outlet
            "capitals-credit",
            r".{0,400}\((?:[A-Z][A-Z.'’-]+\s+){1,3}[A-Z][A-Z.'’-]+\s*[,/]\s*[A-Z][\w .&'’-]{1,40}\)\.?",
            (")",),
        ),
        (
            "agency-alone",  # "GETTY IMAGES", "AFP", "Rex": a credit on a line of its own
            rf"(?i:{PHOTO_AGENCY_ALONE})(?:\s+(?i:Images|Photos?|Pictures))?",
            PHOTO_AGENCY_WORDS,
        ),
        (
            "photographer-agency",
            rf"[^\s/][^/]{{0,60}}/\s*{PHOTO_AGENCY}(?:\s*/\s*[\w .'-]{{1,40}})?",
            ("/",),
        ),
        (
            # "… to the county jail. THE ASSOCIATED PRESS/Ada Kerrigan": the agency, then
            # the photographer
            "agency-photographer",
            rf".{{0,400}}\b(?:THE\s+)?(?:{AGENCIES_IN_CAPITALS}|{PHOTO_AGENCY})(?:\s+Photo)?"
            r"\s*/\s*[A-Z][\w.'’ -]{1,40}\)?",
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
    # One search for any rule's hint settles most short lines; on a long line it costs
    # more than the rules' own tests, which come cheapest first: a rule that must begin
    # with certain characters fails its match at once, a rule that may match mid-line
    # waits for its hint.
    if len(text) <= 80 and _ANY_HINT.search(text) is None:
        return None
    first = text[0]
    for name, pattern, hint, skip in _CAPTION_TRIES:
        cannot_start = skip.chars
        if cannot_start is None:
            cannot_start = skip.warm()
        if first in cannot_start:
            continue
        if cannot_start:
            if pattern.fullmatch(text) and hint.search(text):
                return name
        elif hint.search(text) and pattern.fullmatch(text):
            return name
    return None


_ANY_HINT = re.compile("|".join(h.pattern for _name, _pattern, h in CAPTION_RULES))
# Each caption rule with the ASCII characters none of its matches begins with (once a
# batch's first lines have been read: ``prefilter.CannotStart``)
_CAPTION_TRIES = tuple(
    (name, pattern, hint, prefilter.CannotStart([pattern.pattern]))
    for name, pattern, hint in CAPTION_RULES
)
