"""The HTML body reader's guess at the headline, when metadata named none
it trusts: the blocks before the story's first paragraph of prose are
weighed (``choose_headline``) by whether <title> agrees, how they look
(heading tag, a class called headline, bold) and how near the story they
stand.  Every weight is named below with its reason."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .._vocab import WRITER_ROLES
from ..dates import date_like
from ..record import Provenance
from .blocks import Body
from .lines import meta_line
from .metadata import Meta
from .rules import chrome_line, end_marker, words
from .site import covers, is_section, logo_text, norm, tidy, title_parts
from .tree import line_of


__all__ = ["Candidate", "could_be_headline", "choose_headline"]

# --- what may be a headline at all ----------------------------------------------------

#: a headline is a few words to a long sentence's worth, not a paragraph
MIN_WORDS = 2
MAX_WORDS = 30
MAX_CHARS = 250
#: … and mostly not a link (a teaser's headline links to its story)
MAX_LINK_SHARE = 0.5
#: a block that ends with a full stop and has more words than this is a sentence: the
#: story has begun
SENTENCE_WORDS = 12
#: a box's label is a few words all in capitals ("HOT JOBS")
SHOUTED_WORDS = 3
#: the blocks weighed: the last ones before the story's first paragraph of prose
CANDIDATES = 40

# --- how much each sign counts ----------------------------------------------------------
# <title> agreeing is the strongest sign, as a site's own <title> names the story;
# a heading's looks come next; nearness to the story breaks ties.

#: the block is <title>, or one of its pieces ("Headline | Site")
TITLE_IS_BLOCK = 4.0
#: the block is inside <title> (three words or more: "Ferry" inside a title proves little)
BLOCK_IN_TITLE = 3.0
#: most of the block's words are <title>'s: this weight times their share …
TITLE_WORDS_WEIGHT = 2.0
#: … when the share is at least this
TITLE_WORDS_SHARE = 0.6
#: <title> agrees when it gives at least this (a confirmed block beats any that only looks
#: like a headline)
CONFIRMED = 2.0
#: a heading tag's looks: the bigger the heading, the likelier the headline
_TAG_SCORE = {"h1": 2.0, "h2": 1.5, "h3": 1.0, "h4": 0.5}
#: a block (or one of its nearest boxes, up to this many) whose class says headline
HEADLINE_CLASS_SCORE = 1.5
HEADLINE_CLASS_REACH = 3
_HEADLINE_CLASS = frozenset(
    "headline headlines title heading articletitle storytitle entrytitle posttitle "
    "story-title article-title entry-title post-title".split()
)
#: a block set in bold (at least this share of its characters): a headline without a tag
BOLD_SCORE = 1.0
BOLD_SHARE = 0.8
#: without <title> agreeing, a block must look at least this much like a heading
MIN_LOOKS = 1.0
#: the headline-like blocks nearest the story's first paragraph score higher
_RANK_SCORE = {0: 2.0, 1: 1.0, 2: 0.5}
#: how sure the page-headline guess must be to replace the <title>-based one
HEADLINE_MIN_SCORE = 2.0
#: ... and when the page has no title at all (any headline-like block near the story will do)
RELAXED_MIN_SCORE = 1.0
#: a <title> whose words the story's first paragraph covers less than this names the site
UNRELATED_TITLE = 0.2


@dataclass(slots=True)
class Candidate:
    """A block read before the story's first paragraph of prose."""

    text: str
    #: characters of link text and of bold text in it
    links: int
    bold: int
    #: the element that holds it
    holder: etree._Element
    #: its row in ``Body.rows``, and its paragraph (None when it was not kept as one)
    row: int
    paragraph: int | None
#: who made the text or the picture, not what it says: "Contributed by Ana
#: Lima", "Ana Lima © Photo Agency", "Ana Lima - Staff Writer"
_CREDIT = re.compile(
    r"^(?i:contributed|posted|submitted|written|filed|compiled|published|sent|photos?"
    r"|pictures?|words|story|text)\s+by\b"
    r"|©|\([cC]\)\s|^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}\s*[-–—,|]\s+.*\b"
    rf"(?i:{'|'.join((*WRITER_ROLES, 'photographer', 'staff'))})s?\W*$"
    # a link for screen readers: "Skip to main content"
    r"|^(?i:skip|jump) to\b"
)


def could_be_headline(c: Candidate, meta: Meta) -> bool:
    """Could this block be a headline at all (not a byline, a date, a credit,
    a section's or a box's label, the site's logo, tools, a sentence)?"""
    text = c.text
    n_words = len(text.split())
    if not MIN_WORDS <= n_words <= MAX_WORDS or len(text) > MAX_CHARS or (
        c.links > MAX_LINK_SHARE * len(text)
    ):
        return False
    if n_words == MIN_WORDS and c.holder.tag not in _TAG_SCORE:
        return False
    if text[-1] == "." and n_words > SENTENCE_WORDS:
        return False  # a sentence: the story has begun
    if " | " in text or "<" in text and ">" in text:
        return False
    if n_words <= SHOUTED_WORDS and text.isupper() or is_section(text) or date_like(text):
        return False
    if _CREDIT.search(text) or logo_text(text, meta.sites):
        return False
    return meta_line(text, meta) is None and chrome_line(text) is None and end_marker(text) is None


def _headline_score(
    c: Candidate, key: str, parts: set[str], rank: int, *, relaxed: bool = False
) -> tuple[bool, float]:
    """How much a block looks like the headline: whether <title> agrees, and a
    score from that, its looks and its place.  ``relaxed`` (a page with no
    title at all) lets a plain block right before the story do."""
    k = norm(c.text)
    n_words = len(k.split())
    confirmed = 0.0
    if key:
        if k == key or k in parts:
            confirmed = TITLE_IS_BLOCK
        elif n_words >= 3 and f" {k} " in f" {key} ":
            confirmed = BLOCK_IN_TITLE
        else:
            title_words = set(key.split())
            overlap = sum(w in title_words for w in k.split()) / max(n_words, 1)
            if overlap >= TITLE_WORDS_SHARE:
                confirmed = TITLE_WORDS_WEIGHT * overlap
    looks = _TAG_SCORE.get(c.holder.tag, 0.0)
    el, level = c.holder, 0
    named = False
    while el is not None and level < HEADLINE_CLASS_REACH:
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if names.strip() and _HEADLINE_CLASS.intersection(words(names)):
            looks += HEADLINE_CLASS_SCORE
            named = True
            break
        el, level = el.getparent(), level + 1
    if c.bold >= BOLD_SHARE * len(c.text):
        looks += BOLD_SCORE
    # Without <title> agreeing, only a block that looks like a heading, and
    # that was not read as part of the article, will do.
    # With no usable <title> the story's first block may be its headline, or
    # a block the page calls its headline (stray lines of tools may come first).
    in_story = c.paragraph is not None and not (relaxed and (c.paragraph == 0 or named))
    if confirmed < CONFIRMED and ((looks < MIN_LOOKS and not relaxed) or in_story):
        return False, 0.0
    return confirmed >= CONFIRMED, confirmed + looks + _RANK_SCORE.get(rank, 0.0)


def choose_headline(
    candidates: list[Candidate], meta: Meta, out: Body, first_prose: str | None = None
) -> None:
    """Take the page's visible headline as the title when it is clear enough."""
    if meta.title_trusted or not candidates:
        return
    key = norm(meta.page_title)
    parts = title_parts(meta.page_title)
    recent = [c for c in candidates[-CANDIDATES:] if could_be_headline(c, meta)]
    # No title, or a <title> that names only the site (not in the page, no
    # word of it in the story's opening or the blocks before it): any
    # headline-like block near the story will do, the story's first block too.
    relaxed = meta.title is None or (
        not meta.title_seen
        and first_prose is not None
        and meta.title.count(" ") >= 2  # words to compare (not a language written without spaces)
        and covers(" ".join([first_prose, *(c.text for c in recent)]), meta.title) < UNRELATED_TITLE
    )
    threshold = RELAXED_MIN_SCORE if relaxed else HEADLINE_MIN_SCORE
    # A block <title> agrees with beats any that only looks like a headline.
    best, best_key = None, (False, threshold)
    for rank, c in enumerate(reversed(recent)):
        confirmed, score = _headline_score(c, key, parts, rank, relaxed=relaxed)
        if score >= threshold and (best is None or (confirmed, score) > best_key):
            best, best_key = c, (confirmed, score)
    if best is None or norm(best.text) == norm(meta.title or ""):
        return
    if best.paragraph is not None and len(out.paragraphs) <= 1 and not out.embeds:
        return  # the only text there is stays the article
    if meta.title_seen and not best_key[0]:
        return  # the <title>-based headline stands on the page; a mere guess does not beat it
    # (without the permalink mark a documentation generator puts after it: "Install ¶")
    meta.title, meta.title_rule = tidy(best.text) or best.text, "page-headline"
    meta.sources = [src for src in meta.sources if src.label != "title"]
    meta.found("title", "page-headline", meta.title, line_of(best.holder), first=True)
    row = out.rows[best.row]
    out.rows[best.row] = Provenance(row.line, "title", "page-headline", row.text)
    if best.paragraph is not None:
        del out.paragraphs[best.paragraph]
        for c in candidates:
            if c.paragraph is not None and c.paragraph > best.paragraph:
                c.paragraph -= 1
