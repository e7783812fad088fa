"""Stage 2 of the general reader: the article's region, a run of lines (``Region``).

The article body is the contiguous run of lines with the highest total score
(a maximum-sum subarray, ``densest``), preferring a run under a date line or
byline to a larger one without (a feed of teasers, ``prefer_dated``).  Once
its end is found (``ending``), it joins further blocks of prose past a gap (a
chart, an advert; a guide's headings and list items, when the prose past them
goes on about the article's subject: ``grow``), takes in the short sentences
and lists at its edges (``extend``) and starts under its own date line or
byline (``after_header``), or, on a page with no such header whose sections
stand between its headline and the run, under its headline (``under_headline``).  Each step takes a ``Region`` and returns one.
"""

from __future__ import annotations

from ..._frozen import Frozen
from .. import datelines, features
from .chrome import (
    BARRIERS, CALL_RULES, CLOSING_HEADINGS, GALLERY_RULES, RELATED_HEADINGS, under_share_bar,
)
from .lines import Info, linkish
from .tuning import ANNOUNCE_WORDS, HEADER_LINE_WORDS, Tuning

#: a word of at least this many letters can name a subject ("site", "plugin")
_CONTENT_LETTERS = 4

__all__ = ["Region", "densest", "dated", "prefer_dated", "grow", "extend", "after_header", "under_headline"]


class Region(Frozen):
    """The article's lines: ``start`` … ``end``, indexes into the scored lines."""

    start: int
    end: int
    #: lines past which no block joins the article: where it was found to end
    stops: frozenset[int] = frozenset()


def densest(infos: list[Info], lo: int = 0, hi: int | None = None) -> Region:
    """The maximum-sum run of line scores within ``lo``…``hi``."""
    best, best_start, best_end = float("-inf"), lo, lo
    total, start = 0.0, lo
    for k in range(lo, len(infos) if hi is None else hi + 1):
        info = infos[k]
        if total <= 0:
            total, start = 0.0, k
        total += info.score
        if total > best:
            best, best_start, best_end = total, start, k
    return Region(best_start, best_end)


def prefer_dated(infos: list[Info], region: Region, tuning: Tuning) -> Region:
    """An article has a header: prefer the run under a date or byline to a larger one without."""
    t = tuning.region
    if dated(infos, region.start, t.dated_lines):
        return region
    best_mass = _mass(infos, region)
    choice, choice_mass = region, 0.0
    for lo, hi in ((0, region.start - 1), (region.end + 1, len(infos) - 1)):
        if hi - lo < 1:
            continue
        other = densest(infos, lo, hi)
        mass = _mass(infos, other)
        if (
            mass > choice_mass and mass * t.dated_advantage >= best_mass
            and dated(infos, other.start, t.dated_lines)
        ):
            choice, choice_mass = other, mass
    return choice


def _mass(infos: list[Info], region: Region) -> float:
    return sum(info.score for info in infos[region.start : region.end + 1])


def dated(infos: list[Info], start: int, lines: int) -> bool:
    """A date line or a byline stands over line ``start`` or at most ``lines`` above it."""
    for k in range(max(0, start - lines), start + 1):
        info = infos[k]
        if info.chrome is None and len(info.tokens) <= HEADER_LINE_WORDS and (
            info.dated or info.byline
        ):
            return True
    return False


def grow(infos: list[Info], region: Region, tuning: Tuning) -> Region:
    """Join blocks of prose that the maximum-sum run left out past a gap (not past
    ``region.stops``), on either side."""
    start, end, stops = region.start, region.end, region.stops
    # (each scan past an edge, by its edge, direction and kind: a side that did not move
    # is scanned again only in the next round's subject test)
    scans: dict[tuple[int, int, bool], _Scan] = {}
    while True:
        right = _joining(infos, start, end, end, +1, stops, tuning, scans)
        left = _joining(infos, start, end, start, -1, stops, tuning, scans)
        if right is None and left is None:
            return Region(start, end, stops)
        if right is not None:
            end = right
        if left is not None:
            start = left


def _joining(
    infos: list[Info], start: int, end: int, edge: int, step: int, stops: frozenset[int],
    tuning: Tuning, scans: dict[tuple[int, int, bool], _Scan],
) -> int | None:
    """The far end of the block that joins the region ``start`` … ``end`` past its
    ``edge`` (going ``step``): past a gap, or past a guide's headings and list items
    when the block goes on about the region's subject; None when none joins."""
    plain = scans.get((edge, step, False))
    if plain is None:
        plain = scans[edge, step, False] = _block_beyond(infos, edge, step, stops, tuning)
    if plain.found is not None or not plain.items_differ:
        return plain.found
    items = scans.get((edge, step, True))
    if items is None:
        items = scans[edge, step, True] = _block_beyond(infos, edge, step, stops, tuning, True)
    found = items.found
    if found is not None and _cohesion(infos, start, end, found) < tuning.region.grow_cohesion:
        found = None
    return found


class _Scan(Frozen):
    """What a scan past an edge found: the far end of the block that joins (or None),
    and whether a scan that weighs a guide's items could find one where this one found
    none: only past a line of negative score (an item's weight changes nothing else)
    and with a paragraph (no block joins without one), both before the gap's first
    chrome (where that scan stops)."""

    found: int | None
    items_differ: bool


def _block_beyond(
    infos: list[Info], edge: int, step: int, stops: frozenset[int], tuning: Tuning,
    items: bool = False,
) -> _Scan:
    """The far end of the best block of prose past ``edge`` (going ``step``), or None.

    ``items``: a plain list item or heading in the gap costs ``grow_item_weight`` of
    its score, and the gap holds no chrome.
    """
    t = tuning.region
    max_gap, widget_words, widget_lines = t.grow_max_gap, t.widget_words, t.widget_lines
    # Prose that announces what follows ("Here are the free courses:") goes on past the
    # list or table it announces, however long, as long as no chrome stands in between
    announced = step > 0 and infos[edge].text.endswith(":")
    ratio = t.grow_announced_ratio if announced else t.grow_ratio
    total, lowest, best_gain, best_at = 0.0, 0.0, 0.0, None
    strong = 0  # real paragraphs since the lowest point
    k = edge + step
    lines = 0  # the gap's lines, a widget's run of labels counted as a few
    widget = 0  # short labels in a row
    # (lines of negative score, and paragraphs, before the first chrome)
    negative = chrome_seen = False
    paragraph = t.grow_min_paragraphs <= 0
    # (an announced list or table is crossed however long, up to the first chrome)
    while 0 <= k < len(infos) and (lines <= max_gap or announced and not chrome_seen):
        info = infos[k]
        if info.chrome in BARRIERS or k in stops or step > 0 and (
            info.chrome in CLOSING_HEADINGS  # (the writer's biography, the sources)
            or info.chrome in CALL_RULES  # (the owner's offer and form)
            or info.chrome in RELATED_HEADINGS and under_share_bar(infos, k, t.share_bar_lines)
        ):
            break
        if info.date_only:
            break  # another article's header
        if info.chrome is not None:
            if items:
                break  # (a guide's parts hold no chrome between them)
            ratio = t.grow_ratio  # (a paywall's "Subscribe" under "… learn about:")
            chrome_seen = True
        elif not chrome_seen:
            negative = negative or info.score < 0
            paragraph = paragraph or info.score >= features.PAR_COST
        widget = widget + 1 if info.chrome in GALLERY_RULES or (
            info.score < 0 and (
                len(info.tokens) <= widget_words or info.label_words <= widget_words
                or (info.chrome is None and _laid_out(info))
            )
        ) else 0
        if widget <= widget_lines:
            total += info.score * (
                t.grow_item_weight if items and info.score < 0 and _plain_item(info) else 1.0
            )
            lines += 1
        if total < lowest:
            lowest, strong = total, 0
        if info.score >= features.PAR_COST:
            strong += 1
        rise = total - lowest
        if strong >= t.grow_min_paragraphs and rise > best_gain and rise >= ratio * -lowest:
            best_gain, best_at = rise, k
        k += step
    return _Scan(best_at, negative and paragraph)


def _plain_item(info: Info) -> bool:
    """A guide's heading or list item: no chrome, stamp, byline or date, no link's or
    button's marks."""
    return (
        info.chrome is None and not info.stamp and not linkish(info.text) and not info.meta
    )


def _content_words(info: Info) -> list[str]:
    """The line's words that carry its subject: four letters or more, no function word."""
    return [
        w for w in (t.lower() for t in info.tokens if len(t) >= _CONTENT_LETTERS)
        if w not in features.STOP_WORDS
    ]


def _cohesion(infos: list[Info], start: int, end: int, to: int) -> float:
    """The share of the subject words of the lines from the region ``start`` … ``end``
    to line ``to`` (chrome left out) that the region uses too."""
    seen = {w for info in infos[start : end + 1] for w in _content_words(info)}
    lo, hi = (end + 1, to) if to > end else (to, start - 1)
    added = [
        w for info in infos[lo : hi + 1] if info.chrome is None
        for w in _content_words(info)
    ]
    return sum(w in seen for w in added) / len(added) if added else 0.0


def _laid_out(info: Info) -> bool:
    """A line set out in rows, not written: a table's row, a line of code (or of a
    listing the scoring stage found), a list's item."""
    text = info.text
    return (
        "\t" in text or info.score == features.CODE_SCORE or features.code_like(text)
        or info.list_item
    )


def extend(infos: list[Info], region: Region, tuning: Tuning) -> Region:
    """Take in the short sentences at the region's edges, and the lists it begins."""
    t = tuning.region
    start, end = region.start, region.end
    for _ in range(t.edge_lines):
        if start > 0 and _sentence_like(infos[start - 1], tuning):
            start -= 1
        if end < len(infos) - 1 and _sentence_like(infos[end + 1], tuning):
            end += 1
    # A list the article has begun, or announced with a colon, goes on to its last item.
    n = len(infos)
    if (
        end + 2 < n and infos[end + 1].text.endswith(":") and infos[end + 2].list_item
        and infos[end + 1].chrome is None and len(infos[end + 1].tokens) >= ANNOUNCE_WORDS
    ):
        end += 1
    if infos[start].list_item:
        while start > 0 and infos[start - 1].list_item:
            start -= 1
    if infos[end].list_item or infos[end].text.endswith(":"):
        while end < len(infos) - 1 and infos[end + 1].list_item:
            end += 1
    return Region(start, end, region.stops)


def _sentence_like(info: Info, tuning: Tuning) -> bool:
    t = tuning.region
    text = info.text
    return (
        info.chrome is None
        and not info.stamp
        and not info.meta
        and len(info.tokens) >= t.edge_min_words
        and features.sentence_end(text)
        and not text.endswith(":")
        # (a long sentence in a language without a list of function words has none)
        and (len(info.tokens) >= t.edge_sentence_words or features.stop_ratio(info.tokens) > 0)
    )


def after_header(infos: list[Info], region: Region, tuning: Tuning) -> Region:
    """Start the article under its date line or byline when the run began above them.

    A cookie notice or a teaser just above the headline can join the run of
    prose; the article itself begins after its header.
    """
    t = tuning.region
    start, end = region.start, region.end
    total = sum(info.score for info in infos[start : end + 1] if info.score > 0)
    before = 0.0
    for k in range(start, min(end, start + t.header_in_run)):
        info = infos[k]
        if info.chrome is None and len(info.tokens) <= HEADER_LINE_WORDS:
            d = info.date
            if (
                d is not None and d.short
                and (before == 0 or _bare_date(info, d, t.bare_date_words))
            ) or info.byline:
                if before <= t.header_in_run_share * total:
                    # the header's last line: a byline under a date, a date under a byline
                    j = k + 1
                    while j < end and infos[j].meta:
                        j += 1
                    return Region(j, end, region.stops)
                break
        if info.score > 0:
            before += info.score
    return region


def _bare_date(info: Info, d: datelines.Dateline, words: int) -> bool:
    """A date line that says little besides the date."""
    return d.kind != "date" or len(info.tokens) - len(features.words(d.raw)) <= words



def under_headline(infos: list[Info], region: Region, title: int, tuning: Tuning) -> Region:
    """Start the text under its headline (index ``title``) on a page with no header.

    A landing page (a service's, a shop's, a guide's) sets its text out in sections
    under its headline: a hero line, cards, a few paragraphs each, a row of prices.
    The run of prose the region stage finds is its longest section, further down.
    With no date line or byline under the headline (a story's header, whose
    standfirst and captions stand between) and ``landing_paragraphs`` paragraphs of
    ``landing_words`` words at least between the headline and the run, the text
    begins under the headline.
    """
    t = tuning.region
    if title >= region.start - 1 or dated(infos, region.start, t.dated_lines):
        return region
    gap = infos[title + 1 : region.start]
    if any(info.dated or info.byline for info in gap[: t.dated_lines] if info.chrome is None):
        return region
    paragraphs = [
        len(info.tokens) for info in gap if info.chrome is None and info.score >= features.PAR_COST
    ]
    if len(paragraphs) < t.landing_paragraphs or sum(paragraphs) < t.landing_words:
        return region
    return Region(title + 1, region.end, region.stops)
