"""A listicle's numbered sections: the article goes on while its numbering does.

Part of the region stage.  A list of tools, tips or steps prints each entry
under a numbered heading ("11. Circuit Tester"), with a paragraph and short
lines (the entry's picks, its price) under it.  The short lines cost more than
a short paragraph gains, so the run of prose can end at one entry although the
next ones follow.  ``follow`` goes on from the run's last numbered heading to
the next number, and the next, as long as each comes within a few lines.
"""

from __future__ import annotations

import re

from .chrome import BARRIERS, CLOSING_HEADINGS, RELATED_HEADINGS
from .lines import Info
from .region import Region
from .tuning import Tuning

__all__ = ["follow"]

#: a numbered heading: "11. Circuit Tester", "3) Plan the route"
_NUMBERED = re.compile(r"(\d{1,3})[.)]\s+\S")


def _number(info: Info, words: int) -> int | None:
    """The number of a numbered heading (at most ``words`` words), else None."""
    m = _NUMBERED.match(info.text)
    if m is None or info.chrome is not None or len(info.tokens) > words:
        return None
    return int(m.group(1))


def follow(infos: list[Info], region: Region, tuning: Tuning) -> Region:
    """``region`` grown over the numbered sections that go on under its end."""
    t = tuning.region
    start, end, stops = region.start, region.end, region.stops
    numbers = [
        (k, n) for k in range(start, end + 1)
        if (n := _number(infos[k], t.section_heading_words)) is not None
    ]
    if len(numbers) < t.section_min_numbers:
        return region
    last, n = numbers[-1]
    # the numbers the run holds count up one by one
    if [m for _k, m in numbers[-t.section_min_numbers:]] != list(
        range(n - t.section_min_numbers + 1, n + 1)
    ):
        return region
    k, heading = last + 1, None
    new_end = end
    while k < len(infos) and k - last <= t.section_gap:
        info = infos[k]
        if (
            info.chrome in BARRIERS or info.chrome in CLOSING_HEADINGS
            or info.chrome in RELATED_HEADINGS or k in stops or info.date_only
        ):
            break
        if _number(info, t.section_heading_words) == n + 1:
            last, n, heading = k, n + 1, k
        elif heading is not None and info.score > 0:
            new_end = k  # the section's text under its heading
        k += 1
    return Region(start, max(end, new_end), stops)
