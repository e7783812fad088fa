"""Stage 4 of the general reader: boxes inside the article's region, which are not its text.

Runs of short lines that are not prose (a chart's labels, a box of links, an
advert) are boxes, unless the article announced them as its list, they stand
each a paragraph of their own (its headings), they are a code listing, or they
come back below as the article's headings (a table of contents).  The links
under a "Related" heading inside the article are a box too.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..._lazy_patterns import lazy
from ..._vocab import PRICE, VERDICT_BAD, VERDICT_GOOD
from .. import features
from .chrome import LEARNED, RELATED_HEADINGS
from .lines import Info, linkish
from .region import Region
from .tuning import ANNOUNCE_WORDS, SHORT_LINE_WORDS, BoxTuning, Tuning

__all__ = ["find"]


def find(
    infos: list[Info], region: Region, tuning: Tuning, thread: bool = False
) -> frozenset[int]:
    """Indexes into ``infos`` of the lines of boxes inside ``region``; ``thread``: the
    region is a thread's posts, each with its poster's box (whose labels come back under
    every post, as no table of contents does)."""
    t = tuning.boxes
    start, end = region.start, region.end
    boxed: set[int] = set()
    coded = _code_listings(infos, start, end) | _verdicts(infos, start, end, t)
    # where each short line of the article is written last (a heading a table of
    # contents names comes back below it)
    last_at = {
        infos[k].text: k for k in range(start, end + 1) if len(infos[k].tokens) <= SHORT_LINE_WORDS
    }
    run: list[int] = []
    # under a line ending with a colon, up to a blank line: its list; the list may stand
    # a blank line below the colon when its items follow one another line after line
    # (one line alone past a blank is a link, "Read on:" … "The price of poultry")
    announced = False
    for k in range(start, end + 2):
        info = infos[k] if k <= end else None
        if info is not None:
            prev = infos[k - 1] if k > 0 else None
            if prev is not None and prev.chrome is None and prev.text[-1] == ":" and (
                len(prev.tokens) >= ANNOUNCE_WORDS
            ):
                announced = info.i == prev.last + 1 or (
                    info.i == prev.last + 2 and k < end and infos[k + 1].i == info.last + 1
                )
            elif announced:
                announced = (
                    prev is not None and info.i == prev.last + 1
                    and len(info.tokens) <= t.announced_item_words
                )
        if (
            info is not None and info.score < 0 and (info.chrome is None or info.chrome == LEARNED)
            and len(info.tokens) <= t.box_label_words and not features.code_like(info.text)
            and not info.list_item and not announced and k not in coded
            and "\t" not in info.text
        ):
            # (cells split by tabs are a table's row, the article's own figures; a box's
            # labels and links stand one to a line)
            # (a line the batch repeats is one of the box's lines, as it is without the
            # batch; it keeps its own rule)
            run.append(k)
            continue
        if len(run) >= t.box_lines and not _paragraphed(infos, run, t) and (
            thread or not _contents(infos, run, last_at, t)
        ) and (thread or not _fields(infos, run, t)):
            boxed.update(j for j in run if infos[j].chrome is None)
        run = []
    # Under a "Related" heading inside the article: its links, up to the text's next
    # paragraph (a headline-sized line that does not end like a sentence)
    for k in range(start, end):
        if infos[k].chrome in RELATED_HEADINGS:
            j = k + 1
            while j <= end and infos[j].chrome is None and _related_link(
                infos[j], tuning.headline.max_words
            ):
                boxed.add(j)
                j += 1
    return frozenset(boxed)


def _paragraphed(infos: list[Info], run: list[int], t: BoxTuning) -> bool:
    """The run's lines stand each a paragraph of its own (blank lines between most of
    them): the article's headings and short paragraphs, not a box's labels."""
    gaps = sum(1 for a, b in pairwise(run) if infos[b].i > infos[a].last + 1)
    if gaps < t.most * (len(run) - 1):
        return False
    # a chart's labels stand apart too: its figures ("$915", "600", "'17") give it away
    if _chart(infos, run, t):
        return False
    # and a box of links or buttons by its marks: "» Buy a link now", "Read on:",
    # "Talkbacks for this article: 18"
    return not any(linkish(infos[j].text) for j in run)


# a fact's label and its value: "Headquarters: Detroit, MI", "Base price: $56,545"
_FIELD = lazy(r"([A-Z][\w&/()'’.-]*(?:\s+[\w&/()'’.-]+){0,3})\s*:\s+\S.*")


def _fields(infos: list[Info], run: list[int], t: BoxTuning) -> bool:
    """Most of the run's lines are facts, each a label of its own and its value (a
    company's headquarters, size and revenue; a product's price and range; an event's
    date and place): the article's fact sheet, not a box ("Video: …" over each of its
    links is one label)."""
    labels = [m.group(1).casefold() for j in run if (m := _FIELD.fullmatch(infos[j].text))]
    return len(labels) >= t.most * len(run) and len(set(labels)) == len(labels) >= 2


def _chart(infos: list[Info], run: list[int], t: BoxTuning) -> bool:
    figures = sum(1 for j in run if not any(c.isalpha() for c in infos[j].text))
    return t.chart_figures * figures >= len(run)


def _contents(infos: list[Info], run: list[int], last_at: dict[str, int], t: BoxTuning) -> bool:
    """Most of the run's lines come back further down as the article's headings: the
    run is the article's table of contents, not a box."""
    if _chart(infos, run, t):
        return False  # (a chart drawn twice, for wide and narrow screens, repeats its labels)
    again = sum(1 for j in run if last_at.get(infos[j].text, -1) > run[-1])
    return again >= t.most * len(run)


def _code_listings(infos: list[Info], start: int, end: int) -> set[int]:
    """The lines of the article's blocks (lines with no blank line between) that hold a
    line of program code: the block is a listing, and its short lines (``<head>``,
    ``body: form``, ``]``) are code too, not a box's labels."""
    coded: set[int] = set()
    block: list[int] = []
    has_code = False
    for k in range(start, end + 2):
        if k <= end and block and infos[k].i == infos[block[-1]].last + 1:
            block.append(k)
        else:
            if has_code and len(block) > 1:
                coded.update(block)
            if k > end:
                break
            block, has_code = [k], False
        info = infos[k]
        if not has_code and info.chrome is None and info.score < 0 and features.code_like(
            info.text
        ) and (
            len(info.tokens) <= features.LABEL_WORDS
            or features.prose_quality(info.text, info.tokens) < features.PROSE_QUALITY
        ):
            # (a sentence with a few brackets, "Roy (7) … Oden (L)", is no code)
            has_code = True
    return coded


def _verdicts(infos: list[Info], start: int, end: int, t: BoxTuning) -> set[int]:
    """The lines of a review's lists of good and bad points: under a heading of
    ``VERDICT_GOOD`` ("Pros") and one of ``VERDICT_BAD`` ("What We Don't Like:"), one
    right under the other's list, their items: short lines one to a line or each a blank
    line apart as the first two are, up to a line that is no item (a sentence's length,
    a price, a line ending with a colon, another spacing).  The lists are the review's,
    not a box."""
    listed: set[int] = set()
    longest, first = _VERDICT_LONGEST, _VERDICT_FIRST
    heads = [
        k for k in range(start, end + 1)
        # (the cheap tests inline: most lines fail them, and every page's lines take them)
        if len(text := infos[k].text) <= longest and text[0] in first
        and infos[k].chrome is None and _verdict(text) is not None
    ]
    after = start  # (a heading inside a list read already opens none of its own)
    for k in heads:
        if k < after:
            continue
        group, kinds = [k], {_verdict(infos[k].text)}
        j, spacing, items = k + 1, -1, 0
        while j <= end and infos[j].chrome is None and (
            len(infos[j].tokens) <= t.announced_item_words
        ):
            text, gap = infos[j].text, infos[j].i - infos[j - 1].last - 1
            if (kind := _verdict(text)) is not None and gap <= 1:
                kinds.add(kind)  # (the next list: "Cons" under the "Pros")
                spacing, items = -1, 0
            elif gap > 1 or (items >= 2 and gap != spacing) or text[-1] == ":" or (
                _PRICE.search(text) is not None
            ):
                break
            elif items == 1:
                spacing, items = gap, 2
            else:
                items += 1
            group.append(j)
            j += 1
        if len(kinds) == 2:
            listed.update(group)
        after = j
    return listed


def _verdict(text: str) -> bool | None:
    """True for a heading over a thing's good points, False over its bad points."""
    if len(text) > _VERDICT_LONGEST or text[0] not in _VERDICT_FIRST:
        return None
    key = text.rstrip(": ").casefold().replace("\u2019", "'")
    return True if key in VERDICT_GOOD else False if key in VERDICT_BAD else None


_VERDICT_LONGEST = max(map(len, VERDICT_GOOD | VERDICT_BAD)) + 2
#: (the first characters the headings begin with, in either case: most lines fail here)
_VERDICT_FIRST = frozenset(c for h in VERDICT_GOOD | VERDICT_BAD for c in (h[0], h[0].upper()))
_PRICE = lazy(PRICE)


def _related_link(info: Info, max_words: int) -> bool:
    """A link to another story: at most a headline long, no sentence, no metadata."""
    return (
        info.score <= 0 and len(info.tokens) <= max_words
        and not features.sentence_end(info.text) and not info.meta
    )
