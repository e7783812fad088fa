"""The headline of a page that is no story (for ``headline.py``): one with no date line
or byline over its region (a shop's list, a catalogue's page, a product's page) names
itself over the count of its items ("Camp Stoves" over "(24 products)", "Gaming Monitors"
over "22 Items", a description or a button between), or over its rating ("Lodge 12" Cast
Iron Skillet" over "4.7 out of 5 stars with 914 reviews").  A page with no prose at all
(the reader keeps every line no rule knows as chrome) names itself under its breadcrumb
written on one line, its last step said again ("Home / Collections / Cast Iron" over
"Cast Iron": ``path_heading``).

Such a page holds little prose: the region stage finds a promo line, a blurb, or the
first item's name, and the best headline-like line above it is a menu's item or the
first product's name.  A story's page (a date line or byline over its region) is left to
the headline stage.
"""

from __future__ import annotations

import re

from ..._lazy_patterns import lazy
from ..._vocab import COUNTED_ITEMS, RATED_ITEMS, SORTING_WORDS
from .. import rules
from .header import IMPERATIVE, next_line, under_header
from .lines import LINK_FIRST, LINK_LAST, UI_WORDS, Info
from .tuning import HeadlineTuning

__all__ = ["crumb_heading", "counted_name", "find", "path_heading", "rated_name"]

# a count of the items listed: "(24 products)", "22 Items", "3953 items found", "Showing
# 1–16 of 29 results", "1 - 12 of 27 Products"; never of none ("0 Items": an empty cart)
# nor a year ("2000 Results": a menu's link to a season's)
_COUNT = lazy(
    r"\(?(?:Showing\s+)?(?:\d[\d,.]*\s*[-–]\s*\d[\d,.]*\s+of\s+)?"
    r"(?!(?:19|20)\d\d\s)[1-9][\d,.]*\+?\s+"
    rf"(?:{'|'.join(COUNTED_ITEMS)})(?:\s+found)?\)?",
    re.IGNORECASE,
)
# a product's rating: "4.4 stars out of 1935 reviews", "4.7 out of 5 stars with 914
# reviews", "4.3 stars on 7 reviews", "1,344 Reviews", "(212) ratings"
_RATING = lazy(
    r"(?:\d(?:\.\d+)?\s*(?:stars?\s*)?(?:out\s+of\s+5(?:\s+stars)?)?\s*"
    r"(?:with|on|from|out\s+of|\|)?\s*)?\(?[\d,]+\)?\s+"
    rf"(?:{'|'.join(RATED_ITEMS)})",
    re.IGNORECASE,
)
# a label and its value ("Price: Descending"), no product's name
_LABELLED = re.compile(r"[^\W\d_]+:\s")
# a word of letters (not a figure: "3.72 / 5" is a score, no name)
_WORD = re.compile(r"[^\W\d_]{2}")


def find(infos: list[Info], start: int, end: int, t: HeadlineTuning) -> int | None:
    """The headline of a page whose region (lines ``start`` … ``end``) has no date line or
    byline over it, where its count of items or its rating names it; else None."""
    if under_header(infos, start, t):
        return None
    crumb = crumb_heading(infos, start, t)
    if crumb is not None:
        return crumb
    counted = counted_name(infos, end, t)
    return counted if counted is not None else rated_name(infos, t)


def counted_name(infos: list[Info], end: int, t: HeadlineTuning) -> int | None:
    """The line that names a page of items: over the first count of them ("22 Items")
    at or above the region's last line ``end``, at most ``count_gap_lines`` lines up,
    a description, a button or a sorting label between; None when no count has one."""
    if not t.count_gap_lines:
        return None
    for k in range(min(end + 1, len(infos))):
        text = infos[k].text
        if not text[-1].isalpha() and text[-1] != ")" or _COUNT.fullmatch(text) is None:
            continue
        for j in range(k - 1, max(-1, k - 1 - t.count_gap_lines), -1):
            info = infos[j]
            if _name(info, t):
                return j
    return None


def _name(info: Info, t: HeadlineTuning) -> bool:
    """A page's name: a line of up to ``max_words`` words, no sentence, no button or
    sorting label, no date line or byline, no count, no price."""
    text = info.text
    return (
        info.chrome is None and 1 <= len(info.tokens) <= t.max_words and info.score <= 0
        and text[-1] not in "!?.:" and not info.meta and UI_WORDS.search(text) is None
        and IMPERATIVE.match(text) is None
        and not all(w.lower() in SORTING_WORDS for w in text.split())
        and _COUNT.fullmatch(text) is None and not any(c in text for c in "$€£¥")
    )



def rated_name(infos: list[Info], t: HeadlineTuning) -> int | None:
    """The line that names a product: over the page's first rating ("4.7 out of 5 stars
    with 914 reviews"), at most ``rating_gap_lines`` lines up, a name of two words or more
    (not a label and its value, "Price: Descending", nor a score, "3.72 / 5"); None when
    the first rating has none."""
    if not t.rating_gap_lines:
        return None
    for k, info in enumerate(infos):
        if info.text[-1].isalpha() and _RATING.fullmatch(info.text) is not None:
            for j in range(k - 1, max(-1, k - 1 - t.rating_gap_lines), -1):
                name = infos[j]
                if _name(name, t) and not name.text[0].islower() and sum(
                    1 for w in name.tokens if _WORD.search(w)
                ) >= 2 and _LABELLED.match(name.text) is None and (
                    _RATING.search(name.text) is None  # ("Based on 46971 reviews")
                ):
                    return j
            return None
    return None


def crumb_heading(infos: list[Info], start: int, t: HeadlineTuning) -> int | None:
    """The page's heading printed right under the last step of its breadcrumb, the same
    words twice ("Home" / "Departments" / "Building Department" / "Building Department"),
    within ``crumb_lines`` lines over the region's first line ``start``: a step of the
    path (a label of at most ``page_name_words`` words) over the pair; the second of the
    two, else None.  (A menu printed twice prints its block twice, not each item.)"""
    if not t.crumb_lines:
        return None
    k = next_line(infos, start, -1)
    for _ in range(t.crumb_lines):
        if k is None:
            return None
        above = next_line(infos, k, -1)
        # (the two copies next to each other: nothing between, not even a button)
        if above == k - 1 and infos[above].text == infos[k].text and _heading(infos[k], t):
            step = next_line(infos, above, -1)
            if step is not None and _step(infos, step, t) and not _doubled(infos, k, t):
                return k
        k = above
    return None


# a breadcrumb written on one line: its steps between separators ("Home / Collections /
# Cast Iron", "Home > Projectors > 4K Projectors", "Home/All Sheets"); patterns ``re``
# compiles the first time a page asks, not at import
_PATH_SEPARATOR = r"\s*[>»›/]\s*"
_PATH_MARK = r"[>»›/]"


def path_heading(infos: list[Info], end: int, t: HeadlineTuning) -> int | None:
    """The page's heading printed under its breadcrumb written on one line, the path's
    last step said again ("Home / Collections / Cast Iron" over "Cast Iron"), at most
    ``crumb_path_lines`` lines under it, the path at or above the region's last line
    ``end``; the first such heading, else None, and None when a date line or a byline
    stands in the ``header_gap_lines`` under it (a story's section over its header) or a
    menu does (the menu's own heading).  Each step has letters and no two are
    the same ("1 / 1" is a pager's, "ada/ada" a repository's name)."""
    if not t.crumb_path_lines:
        return None
    for k in range(min(end + 1, len(infos))):
        text = infos[k].text
        if re.search(_PATH_MARK, text) is None:
            continue
        steps = [s.casefold() for s in re.split(_PATH_SEPARATOR, text)]
        if len(steps) < 2 or len(set(steps)) < len(steps) or not all(
            _WORD.search(s) for s in steps
        ):
            continue
        for j in range(k + 1, min(k + 1 + t.crumb_path_lines, len(infos))):
            if infos[j].text.casefold() == steps[-1] and _heading(infos[j], t):
                # (over a date line or a byline it is a story's section, not the page; over
                # a menu, the menu's own heading: "NBA" over "Atlanta" / "Boston")
                return None if under_header(
                    infos, j + 1 + t.header_gap_lines, t
                ) or _over_menu(infos, j) else j
    return None


def _over_menu(infos: list[Info], k: int) -> bool:
    """Two of the three lines under line ``k``, one after the other, are a word each (a
    menu's items: "Atlanta" / "Boston")."""
    words = [
        len(info.tokens) == 1 and info.text.isalpha() and info.score <= 0
        for info in infos[k + 1 : k + 4]
    ]
    return any(a and b for a, b in zip(words, words[1:]))


def _heading(info: Info, t: HeadlineTuning) -> bool:
    """A page's heading: a name of words (see ``_name``) with no link's marks, that no
    rule knows as a button, a prompt or a notice."""
    text = info.text
    return _name(info, t) and any(c.isalpha() for c in text) and (
        text[0] not in LINK_FIRST and text[-1] not in LINK_LAST  # "« Previous"
    ) and rules.not_headline(text) is None


def _step(infos: list[Info], k: int, t: HeadlineTuning) -> bool:
    """Line ``k`` is a step of a breadcrumb: a label of at most ``page_name_words`` words,
    no end mark, no date line or byline, not printed twice itself (a menu whose every
    item the dump prints twice: "Registry" / "Registry" / "Explore" / "Explore")."""
    info = infos[k]
    above = next_line(infos, k, -1)
    return (
        info.chrome is None and 1 <= len(info.tokens) <= t.page_name_words and not info.meta
        and info.text[-1] not in "!?.:"
        and (above is None or infos[above].text != info.text)
    )


def _doubled(infos: list[Info], k: int, t: HeadlineTuning) -> bool:
    """The line under the pair ending at ``k`` holds its words and more ("Gaming" /
    "Gaming" / "Gaming Monitors": the pair is a step, the heading is under it), is a
    button's ("Join or sign in": the pair is a bar's, over a prompt), or is printed twice
    too (a menu whose every item the dump prints twice)."""
    j = next_line(infos, k, 1)
    if j is None:
        return False
    text, below = infos[k].text, infos[j].text
    under = next_line(infos, j, 1)
    return (text in below and text != below) or UI_WORDS.search(below) is not None or (
        under is not None and infos[under].text == below
    )
