"""The headline of a page that is no story (for ``headline.py``): one with no date line
or byline over its region (a shop's list, a catalogue's page) names itself over the
count of its items ("Camp Stoves" over "(24 products)", "Gaming Monitors" over "22
Items", a description or a button between).

Such a page holds little prose: the region stage finds a promo line, a blurb, or the
first item's name, and the best headline-like line above it is a menu's item or the
first product's name.  A story's page (a date line or byline over its region) is left to
the headline stage.
"""

from __future__ import annotations

import re

from ..._vocab import COUNTED_ITEMS, SORTING_WORDS
from .header import IMPERATIVE, under_header
from .lines import UI_WORDS, Info
from .tuning import HeadlineTuning

__all__ = ["counted_name", "find"]

# a count of the items listed: "(24 products)", "22 Items", "3953 items found", "Showing
# 1–16 of 29 results", "1 - 12 of 27 Products"; never of none ("0 Items": an empty cart)
# nor a year ("2000 Results": a menu's link to a season's)
_COUNT = re.compile(
    r"\(?(?:Showing\s+)?(?:\d[\d,.]*\s*[-–]\s*\d[\d,.]*\s+of\s+)?"
    r"(?!(?:19|20)\d\d\s)[1-9][\d,.]*\+?\s+"
    rf"(?:{'|'.join(COUNTED_ITEMS)})(?:\s+found)?\)?",
    re.IGNORECASE,
)


def find(infos: list[Info], start: int, end: int, t: HeadlineTuning) -> int | None:
    """The headline of a page whose region (lines ``start`` … ``end``) has no date line or
    byline over it, where its count of items names it; else None."""
    if under_header(infos, start, t):
        return None
    return counted_name(infos, end, t)


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

