"""Which chrome rule a line of a page matches, and what each rule tells the reader.

The named rules are data (``text/rules.py``, zones "any" and "page" anywhere,
"top" above the article); this module looks them up fast (``prefilter``: only
the rules that can begin with a line's first two characters are tried) and
adds the few chrome rules that are code, not a pattern: a comment section's
marker, a link ending with an arrow, a phrase copied two or three times over.
The groups at the end say which rules end the article, which close it with
little prose under them, and which head a list of other stories.
"""

from __future__ import annotations

import re

from ..._lazy_patterns import lazy
from .. import datelines, features, notices, prefilter, rules
from .lines import Info, timed
from .tuning import (
    COMMENTS_PROSE_WORDS,
    HINTED_MIN_SPACES,
    MAX_CHROME_CHARS,
    REPEATED_PHRASE_CHARS,
    REPEATED_PHRASE_TIMES,
    SHARE_BAR_BUTTONS,
)

__all__ = [
    "PAGE_TABLE", "GROUP_RULE", "HINTED", "TOP_TABLE", "rule", "hinted_rule", "top_rule",
    "COMMENT_HINT", "BIO_HEADING", "CLOSING_HEADINGS", "comments_marker", "repeated_phrase",
    "LEARNED", "COMMENT_BARRIERS",
    "RELATED_HEADINGS", "RIGHTS_RULES", "BARRIERS", "SHARE_RULES", "TOOLBAR_RULES", "TAIL_RULES",
    "CALL_RULES", "POST_NAVIGATION", "GALLERY_RULES", "under_share_bar", "NOTICE_TABLE",
    "notice_lines",
]

_PAGE_RULES = [r for r in rules.RULES if r.zone in ("any", "page")]
#: One alternation of the "any" and "page" rules that start like the line they match:
#: one regex call per line.  Rules that may match mid-line carry a hint word and are
#: tried only on lines holding it (``HINTED``).
PAGE_TABLE = prefilter.ByFirstTwo(
    [(r.name.replace("-", "_"), r.pattern) for r in _PAGE_RULES if not r.hint]
)
#: the rule's name by its group's name in PAGE_TABLE
GROUP_RULE = {r.name.replace("-", "_"): r.name for r in _PAGE_RULES}
#: (each compiled when a line first holds its hint: ``lazy``)
HINTED = [(r.hint, r.name, lazy(r.pattern)) for r in _PAGE_RULES if r.hint]
#: The "top" rules (``rules.match(text, "top")``), tried only when the line's first two
#: characters can begin one of them: they run on every line above the article.
TOP_TABLE = prefilter.ByFirstTwo(
    [(r.name.replace("-", "_"), r.pattern) for r in rules.RULES if r.zone == "top"]
)

#: The "notice" rules (a form's consent line, a plea for support), tried only when
#: the line's first two characters can begin one of them: they label a line once the
#: article's run is found.
NOTICE_TABLE = prefilter.ByFirstTwo(
    [(name.replace("-", "_"), pattern) for name, pattern, _example in notices.NOTICE_RULES]
)


def rule(text: str) -> str | None:
    """The named rule (zones "any" and "page") that matches the line ``text``.

    (``scoring.score_lines`` runs the same steps inline, in its loop over every line.)
    """
    if len(text) <= MAX_CHROME_CHARS:
        pattern = PAGE_TABLE[text[:2]]
        if pattern is not None:
            m = pattern.fullmatch(text)
            if m is not None:
                return GROUP_RULE[m.lastgroup]  # type: ignore[index]
    if text.count(" ") < HINTED_MIN_SPACES:
        return None
    return hinted_rule(text)


def hinted_rule(text: str) -> str | None:
    low = text.lower()
    for hint, name, pattern in HINTED:
        if hint in low and pattern.fullmatch(text):
            return name
    return None


def top_rule(text: str) -> str | None:
    """The "top" rule (a date picker's parts, above the article) that matches ``text``."""
    pattern = TOP_TABLE[text[:2]]
    if pattern is None:
        return None
    m = pattern.fullmatch(text)
    return None if m is None else m.lastgroup.replace("_", "-")  # type: ignore[union-attr]


def notice_lines(infos: list[Info], start: int, end: int) -> list[Info]:
    """``infos`` with the page's notices to its reader (a form's consent line, "By
    submitting your email, you agree to our Terms"; a plea for support) as chrome of
    their rule.  They keep their score: the run of prose was found with them, as it
    would be on a page without them, but they are never the text.  Only the article's
    lines ``start`` … ``end`` are read: the page's other lines are chrome already."""
    out = None
    for k in range(start, end + 1):
        info = infos[k]
        text = info.text
        if info.chrome is not None or len(text) > MAX_CHROME_CHARS:
            continue
        pattern = NOTICE_TABLE[text[:2]]
        m = None if pattern is None else pattern.fullmatch(text)
        if m is not None:
            if out is None:
                out = list(infos)
            out[k] = info.as_chrome(m.lastgroup.replace("_", "-"), info.score)  # type: ignore[union-attr]
    return infos if out is None else out


# --- chrome rules set in code --------------------------------------------------

#: every comments marker holds one of these
COMMENT_HINT = re.compile(
    "omment|OMMENT|iscussion|rackback|esponses|omentar|omentár|iews|eactions"
)
_COMMENT_WORD = (
    r"(?:comments?|commentaires?|comentarios?|comentários?|kommentare?|reader responses|"
    r"discussion|trackbacks?|responses)"
)
# "Comments (33)", "33 comments", "Listed under: Film | Comments: Post Comment"; not a
# thread's title naming its discussion: a year is a date's ("… March 2024 Discussion
# Thread"), and a bracket inside the line holds a count ("AI discussion (split from …)")
# A number is tried from its first digit only, without giving digits back: a
# plain \d+ made a line of 20,000 digits before "comments" cost a minute.
_COMMENTS = lazy(
    # "Article Comments", "Reader views (5)", "Readers' responses": the section's heading
    r"^(?:article|story|readers?|readers'|reader's|user|your)\s+(?:comments?|views|responses|"
    r"reactions)\b(?:\s*\(\d+\))?\s*:?$|"
    rf"^(?:\d+\s*)?{_COMMENT_WORD}\b|\b{_COMMENT_WORD}\s*(?::|\(\s*\d)"
    rf"|(?<!\w)(?!(?:19|20)\d\d\b)\d++\s*{_COMMENT_WORD}\b"
    rf"|\b(?:post|view|read|show|see|add|leave|all)\s+(?:a\s+|the\s+|all\s+)?(?:\d+\s+)?"
    rf"{_COMMENT_WORD}\b",
    re.I,
)


def comments_marker(text: str, tokens: list[str]) -> bool:
    """A comment section's heading or link: "Comments (33)", "Reader views", "Post a comment"."""
    if not COMMENT_HINT.search(text) or not _COMMENTS.search(text):
        return False
    # A sentence, or a long line of prose cut by a hard wrap ("All responses MUST
    # carry CORS headers. The server MUST also"), only mentions comments.
    if (
        (features.sentence_end(text) or len(tokens) >= COMMENTS_PROSE_WORDS)
        and features.stop_ratio(tokens) >= features.PROSE_STOP_RATIO
    ):
        return False
    # The story's header counts its comments beside its date and writer ("By Ann Berg
    # Mar 5, 2025 | 6 comments"), as a feed's teaser does beside its time ("7 March 06:54
    # AM EST - Desktop - 8 Comments", "10 Hours Ago - Kernel - 2 Comments"): no section
    # opens there.
    return datelines.find(text) is None and not timed(text)


def repeated_phrase(text: str) -> bool:
    """The same words two or three times over: a link's text, its image's alt text and
    its title, copied together ("Ferry fares rise Ferry fares rise Ferry fares rise").
    (A paragraph that repeats its sentences ends like one, and a date printed twice
    is still the date: neither is asked.)"""
    n = len(text)
    for times in REPEATED_PHRASE_TIMES:
        size = (n - times + 1) // times
        if (
            size >= REPEATED_PHRASE_CHARS and size * times + times - 1 == n
            and text == " ".join([text[:size]] * times)
        ):
            return True
    return False


# --- what each rule tells the reader -------------------------------------------

#: the rule of the short lines the batch repeats (``Boilerplate``)
LEARNED = "repeated-across-batch"
#: the rules that open a comment section
COMMENT_BARRIERS = frozenset(
    {"comments-link", "comment-prompt", "reply-prompt", "comments-heading", "comments-marker"}
)
#: a "Related" heading: a list of other stories follows
RELATED_HEADINGS = frozenset({"related-heading", "related-list-heading", "related-heading-intl"})
#: a publisher's notices: one with little prose under it closes the article (a syndicated
#: story's "(© 2008 Harbour Wire. All Rights Reserved. …)"), as a share bar does
RIGHTS_RULES = frozenset(
    {"copyright-line", "rights-reserved", "reuse-terms", "reuse-prohibited", "copyrighted-by",
     "print-edition"}
)
#: chrome rules that mark the end of an article: the region never grows across them
BARRIERS = COMMENT_BARRIERS | RIGHTS_RULES | frozenset(
    {"related-heading", "related-list-heading", "tags-line", "cookie-notice", "live-ticker"}
)
#: a share bar
SHARE_RULES = frozenset({"share-line", "share-line-intl", "share-button"})
#: the page's own buttons for the story: a row of them, "E-mail this to a friend",
#: "Post to del.icio.us"
TOOLBAR_RULES = frozenset({"button-row", "send-to-friend", "bookmark-link"})
#: a page's call to reach its owner ("Contact us", "Book a demo"): what follows it is
#: the owner's offer and form, never the story's next block (no block past it joins)
CALL_RULES = frozenset({"contact-heading"})
#: the links to the posts before and after this one ("Previous article", "Next Post »")
POST_NAVIGATION = "post-navigation"
#: what closes the article with little prose under it
TAIL_RULES = SHARE_RULES | RIGHTS_RULES | TOOLBAR_RULES | CALL_RULES | {POST_NAVIGATION, "tags-line"}
#: the heading of the writer's biography, of the story's list of sources, or a page's
#: question for feedback on it: it closes the article above it
BIO_HEADING = "author-bio-heading"
CLOSING_HEADINGS = frozenset({BIO_HEADING, "sources-heading", "feedback-prompt"})
#: a gallery's slides, however many, are one box to the article around them
GALLERY_RULES = frozenset({"gallery-counter", "gallery-slide"})


def under_share_bar(infos: list[Info], k: int, lines_back: int) -> bool:
    """Line ``k`` stands at most ``lines_back`` lines under a share bar: a "Share"
    prompt, or two buttons.  (One network's name alone, "Twitter", is as often a link
    in the text's margin.)"""
    near = [info for info in infos[max(0, k - lines_back) : k] if info.chrome in SHARE_RULES]
    return len(near) >= SHARE_BAR_BUTTONS or any(
        info.chrome != "share-line" or info.text[:5].lower() == "share" for info in near
    )
