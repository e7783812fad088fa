"""A page of records (a listing, a shop's collection, an index): the list is the text.

Part of the region stage.  A page that lists things (stories, products,
courses) prints each under a name of a few words: the name, then short lines
(a section, a writer, a price, "5 hours ago", a button).  Such a page holds
little prose, and the run the region stage finds is a promo line or a blurb.
When that run is short and a run of records stands on the page, names coming
back every few lines, holding more words than it, the region is the list:
from its first name to its last.
"""

from __future__ import annotations

import re

from ..._vocab import PRICE
from .chrome import BARRIERS
from .lines import Info
from .region import Region, dated
from .tuning import RegionTuning, Tuning

__all__ = ["find"]


def find(infos: list[Info], region: Region, tuning: Tuning) -> Region | None:
    """The run of records that is the page's text instead of ``region``; None when
    ``region`` holds prose enough or no list outweighs it."""
    t = tuning.region
    prose = _words(infos, region.start, region.end)
    if prose >= t.records_prose_words:
        return None
    best: list[int] = []
    best_words = 0
    run: list[int] = []
    for k, info in enumerate(infos + [None]):  # (a None closes the last run)
        if info is not None and (info.chrome in BARRIERS or k in region.stops):
            # a comments section, a footer's end, where the run was found to end (a
            # thread of comment stamps): no list runs across
            info = None
        if info is not None and not _name(info, t.record_words):
            continue
        if run and (info is None or k - run[-1] > t.record_gap):
            words = sum(len(infos[j].tokens) for j in run)
            if (
                len(run) >= t.record_items and words > best_words
                and words >= t.record_mean_words * len(run)
            ):
                best, best_words = run, words
            run = []
        if info is not None:
            run.append(k)
    if not best or sum(
        1 for k in best if not region.start <= k <= region.end
    ) < t.record_items:
        return None  # (none, or one the run holds: a table the story has grown across)
    # (a run under its own date line or byline is a story: a list must outweigh it more)
    header = dated(infos, region.start, t.dated_lines)
    if best_words < (t.record_outweighs_dated if header else t.record_outweighs) * max(prose, 1):
        return None
    if best[0] > region.end and (
        header or prose >= t.record_under_prose
        or best[-1] >= (1 - t.record_tail) * len(infos) and not _priced(infos, best, t)
    ):
        # under the run and reaching the page's last lines: its footer (a sign-up
        # form, the links of its other pages), not its list, unless its records have
        # their prices (a shop's grid down to the page's end); or under a story (its
        # own date or byline over it, or prose enough): that story's feed of others
        return None
    return Region(best[0], best[-1])


def _name(info: Info, words: tuple[int, int]) -> bool:
    """A record's name: a line of a few words that no chrome rule knows."""
    return (
        info.chrome is None and words[0] <= len(info.tokens) <= words[1]
    )


def _words(infos: list[Info], start: int, end: int) -> int:
    """The words of the prose lines of ``start`` … ``end``."""
    return sum(len(info.tokens) for info in infos[start : end + 1] if info.score > 0)


def _priced(infos: list[Info], names: list[int], t: RegionTuning) -> bool:
    """The lines from the first record ``names`` to the last print prices, at least
    ``record_items`` of them and ``record_priced`` of one a record: a shop's items, not
    the links of a footer."""
    # (``re`` compiles the pattern the first time a page asks, not at import)
    prices = sum(
        1 for info in infos[names[0] : names[-1] + 1] if re.search(PRICE, info.text) is not None
    )
    return prices >= max(t.record_items, t.record_priced * len(names))
