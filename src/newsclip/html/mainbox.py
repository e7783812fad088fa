"""The last step of finding the article's container (``container.find_content``): the
page's own main box instead of what was found, when what was found holds little of it.

A landing page's many short sections, a shop's or an index's items, a product's details:
one promo, intro, feature or description box outscores the rest, and the page's
``<main>`` (role=main; without one, its body, when section headings show a landing page
or a shop) is the content.  A box that holds a story (``MAIN_STORY``) stays what was
found, unless it is an FAQ's or an accordion's questions (``FOLD_WORDS``: one section of
a service's page, never its story), or ``<main>`` holds sections of its own beside it
(``SECTIONS_BESIDE``: a service's or a shop's landing page, one of whose sections holds a
story's worth of text), on a page that declares no product (a product's description is its
text beside the shop's boxes)."""

from __future__ import annotations

import re

from lxml import etree

from .blocks import ATTRIBUTE_SCAN, link_density
from .tree import Lengths, linked, text_length

__all__ = [
    "main_box", "MAIN_SHARE", "MAIN_STORY", "STORY_SHARE", "BODY_SECTIONS", "SMALL_BOX",
    "FOLD_WORDS", "SECTIONS_BESIDE",
]

#: the page's <main> (or role=main) is the content when what was found holds less than
#: this share of its text outside links: a landing page's many short sections, a shop's
#: or an index's items, a product's details, where one promo, intro, feature or
#: description box outscored the rest (a news page's main column, with its teasers and
#: lists of links, does not count them) ...
MAIN_SHARE = 0.7
#: ... and less than this (characters outside links): a box holding more is a story
MAIN_STORY = 2000
#: the share for a page that declares an article, and for a page's body (a page without
#: <main>, ``BODY_SECTIONS``): beside a story, a site's unlinked furniture (teasers,
#: notices) weighs much
STORY_SHARE = 0.3
#: a page without <main> is read whole the same way when it has at least this many
#: section headings (<h2>, <h3>): a landing page's sections, a shop's items, not a
#: short story beside its site's unlinked furniture
BODY_SECTIONS = 3
#: read again without the class/id rules (the first reading left almost no text), a page
#: that declares no article, without <main> or those headings, whose best box holds less
#: than this (characters outside links) and less than MAIN_SHARE of the page is read whole:
#: the box was a list's headline and intro beside its items (a catalogue's index, a board
#: of jobs, a ranking's fields), items that short lines or links make no prose
SMALL_BOX = 400
#: words of a class or id (of the box found, or of a box around it inside the page's main
#: box) that name an FAQ's or an accordion's questions: one section of a service's or a
#: shop's page, whose answers outscore its short sections; the main box (or, without one,
#: the body) is the content whenever it holds more, however long the answers
FOLD_WORDS = ("faq", "accordion")
#: a box holding a story's worth of text (MAIN_STORY) gives way to <main> (MAIN_SHARE)
#: when <main> holds at least this many section headings (<h2>, <h3>, not links) outside it
SECTIONS_BESIDE = 4

_FOLD = re.compile("|".join(FOLD_WORDS), re.I)


def main_box(
    body: etree._Element, kept: list[etree._Element], lengths: Lengths,
    *, article: bool, again: bool, product: bool,
) -> list[etree._Element]:
    """The page's main box (``<main>``, role=main; the one with most text outside links;
    without one, the body of a page of BODY_SECTIONS section headings or more, or,
    read ``again``, where what was found is a SMALL_BOX) when what was found holds less
    than MAIN_SHARE of that text (STORY_SHARE on a page that declares an article, and of a
    body of sections) and no story (MAIN_STORY, but ``FOLD_WORDS``, ``SECTIONS_BESIDE``);
    what was found otherwise.  ``article``, ``product``: what the page declares."""
    # (a walk in Python: libxml2's XPath ".//main | .//*[@role='main']" takes half as long again)
    mains = [
        el for el in body.iter(etree.Element)
        if el is not body and (el.tag == "main" or el.get("role") == "main")
    ]
    share = STORY_SHARE if article else MAIN_SHARE
    story = MAIN_STORY
    if _folded(kept, body):
        mains, share, story = mains or [body], 1.0, float("inf")
    elif not mains:
        if sum(1 for el in body.iter("h2", "h3") if el is not body) >= BODY_SECTIONS:
            mains, share = [body], STORY_SHARE
        elif again and not article:
            mains, story = [body], SMALL_BOX
        else:
            return kept
    found = sum(_unlinked(el, lengths) for el in kept)
    if found >= story and (product or not _sections_beside(kept, mains)):
        return kept
    sizes = [_unlinked(el, lengths) for el in mains]
    size = max(sizes)
    if found >= share * size:
        return kept
    return [mains[sizes.index(size)]]


def _unlinked(el: etree._Element, lengths: Lengths) -> float:
    """The characters of text in ``el`` outside its links."""
    length = text_length(el, lengths)
    return length * (1 - link_density(el, length))


def _folded(kept: list[etree._Element], body: etree._Element) -> bool:
    """Whether a box found, or a box around it inside the page's main box, is named an
    FAQ or an accordion (``FOLD_WORDS``: not the page's body, whose class may name the
    plugins a site loads)."""
    for box in kept:
        for el in (box, *box.iterancestors()):
            if el is body or el.tag in ("main", "body") or el.get("role") == "main":
                break
            names = f"{el.get('class') or ''} {el.get('id') or ''}"[:ATTRIBUTE_SCAN]
            if _FOLD.search(names):
                return True
    return False


def _sections_beside(kept: list[etree._Element], mains: list[etree._Element]) -> bool:
    """Whether a main box holds SECTIONS_BESIDE section headings or more outside the
    boxes found: headings of text, not links (a teaser's linked title is no section)."""
    inside = {h for box in kept for h in box.iter("h2", "h3")}
    for main in mains:
        own = sum(
            1 for h in main.iter("h2", "h3")
            if h not in inside and not linked(h)
        )
        if own >= SECTIONS_BESIDE:
            return True
    return False
