"""Where the article ends: its comment section, a live ticker, the page's boxes under it.

Part of the region stage.  ``live_ticker`` finds a ticker of timed items of
other news inside the run (its stamps are chrome from then on:
``mark_ticker``); ``cut`` ends the region above a comment section, a thread of
comment stamps, a share bar or a publisher's notice with little prose under it,
or a "Related" heading over a feed of other stories, and names the lines past
which no block may join the article (``Region.stops``); ``mark_notes`` leaves out a
writer's note about themselves that opens or closes the run.
"""

from __future__ import annotations

import re
from functools import cache

from ..._frozen import Frozen
from ..._vocab import (
    BIO_FIRST_PERSON, BIO_VERBS, CARD_LABEL_VERBS, NOTE_ROLES, NOTE_TRADES, phrase,
)
from .. import bylines
from .chrome import (
    CLOSING_HEADINGS, COMMENT_BARRIERS, RELATED_HEADINGS, RIGHTS_RULES, TAIL_RULES,
    under_share_bar,
)
from .lines import Info
from .region import Region
from .tuning import CHROME_SCORE, RegionTuning, Tuning

__all__ = [
    "Ticker", "live_ticker", "mark_ticker", "cut", "close_grown", "writer_note", "note_text", "writer_role",
    "mark_notes",
]

_TICKER_STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:h]\d\d(?:\s|$)")
_NOTICE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: the comment barriers that are headings, which a part of the text may share
_COMMENT_HEADINGS = frozenset({"comments-heading", "comments-marker"})


class Ticker(Frozen):
    """A live ticker of timed items inside the run, under the article's prose."""

    first: int  # where it begins
    stamps: frozenset[int]  # its lines led by a clock time: chrome


def live_ticker(infos: list[Info], region: Region, tuning: Tuning) -> Ticker | None:
    """A live ticker of timed items inside the run, under the article's prose."""
    t = tuning.region
    prose = 0.0
    run: list[int] = []
    start, end = region.start, region.end
    for k in range(max(0, start - t.ticker_gap), end + 1):
        info = infos[k]
        text = info.text
        if (
            text[0].isdigit() and len(info.tokens) <= t.ticker_item_words
            and _TICKER_STAMP.match(text)
        ):
            if prose < t.ticker_after:
                return None  # timed entries from the article's start: a live blog
            if run and k - run[-1] > t.ticker_gap:
                run = []
            run.append(k)
            if len(run) >= t.ticker_stamps:
                first = run[0]
                return Ticker(first, frozenset(
                    j for j in range(first, end + 1)
                    if infos[j].chrome is None and _TICKER_STAMP.match(infos[j].text)
                ))
        elif k >= start and (not run or k - run[-1] > t.ticker_gap):
            run = []
            prose += max(info.score, 0.0)
    return None


def mark_ticker(infos: list[Info], ticker: Ticker | None) -> list[Info]:
    """``infos`` with the ticker's stamps as chrome."""
    if ticker is None:
        return infos
    return [
        info.as_chrome("live-ticker", CHROME_SCORE) if k in ticker.stamps else info
        for k, info in enumerate(infos)
    ]


def cut(infos: list[Info], region: Region, ticker: Ticker | None, tuning: Tuning) -> Region:
    """End the article where its comment section, a live ticker, or the page's boxes under
    a share bar or a "Related" heading begin; the lines past which no block joins the
    article are the region's ``stops``."""
    t = tuning.region
    start, end = region.start, region.end
    stops = set()
    # (a thread's stamps are counted under the run too: its first comments may have
    # been left out of the run, to join it later past a gap)
    stamps = [k for k in range(start + 1, len(infos)) if infos[k].stamp]
    thread = stamps[0] if len(stamps) >= t.thread_stamps else None
    if thread is not None:
        stops.add(thread)
    if ticker is not None:
        end = ticker.first - 1
    # a share bar, a "Related" heading or a publisher's notice with little prose left
    # under it closes the article
    total = sum(info.score for info in infos[start : end + 1] if info.score > 0)
    above = max(infos[start].score, 0.0)
    for k in range(start + 1, end + 1):
        info = infos[k]
        chrome = info.chrome
        # a bare "Comment" is a button, and a word in tables; it opens no section
        if (
            chrome in COMMENT_BARRIERS and info.text.lower() != "comment"
            and not (chrome in _COMMENT_HEADINGS and _section_under(infos, k, end, t))
        ):
            end = k - 1
            break
        if chrome in TAIL_RULES and (
            total - above < t.share_tail * above or (above > 0 and _dated_notice(info))
        ):
            stops.add(k)  # nor does a block past it join the article (``grow``)
            end = k - 1
            break
        if (
            chrome in CLOSING_HEADINGS
            or chrome is None and _bio_name(infos, start, k, end, above, t)
            or chrome is None and _card_label(infos, k, end)
        ) and above >= t.bio_above * total:
            # the writer's biography under the story (its heading, or the writer's name
            # over it, or a writer's card's label over their names), or its list of
            # sources, whatever follows it
            stops.add(k)
            end = k - 1
            break
        if info.score > 0:
            above += info.score
        if chrome in RELATED_HEADINGS and (
            total - above < t.share_tail * above
            or under_share_bar(infos, k, t.share_bar_lines) or _feed(infos, k + 1, end, t)
        ):
            end = k - 1  # "Related" over a feed of other stories' headlines and blurbs
            break
        if k == thread:
            # the first of a thread's "Posted by: … | <date> <time>" stamps: comments
            # from here on (the stamp signs the comment above it, which stays)
            end = k - 1
            break
    while end > start and infos[end].score < 0:
        end -= 1
    return Region(start, end, frozenset(stops))


def close_grown(infos: list[Info], cut_at: Region, grown: Region, tuning: Tuning) -> Region:
    """``grown`` (``cut_at`` once the region has joined blocks past its gaps) ending above
    a writer's card or biography, or a closing heading, among the lines it joined under
    ``cut_at``: the story ended there, as ``cut`` would have found in one run."""
    t = tuning.region
    start, end = grown.start, grown.end
    if end <= cut_at.end:
        return grown
    total = sum(info.score for info in infos[start : end + 1] if info.score > 0)
    above = sum(info.score for info in infos[start : cut_at.end + 1] if info.score > 0)
    for k in range(cut_at.end + 1, end + 1):
        info = infos[k]
        chrome = info.chrome
        if (
            chrome in CLOSING_HEADINGS
            or chrome is None and _bio_name(infos, start, k, end, above, t)
            or chrome is None and _card_label(infos, k, end)
        ) and above >= t.bio_above * total:
            end = k - 1
            while end > start and infos[end].score < 0:
                end -= 1
            return Region(start, end, grown.stops | {k})
        if info.score > 0:
            above += info.score
    return grown


def mark_notes(infos: list[Info], region: Region, tuning: Tuning) -> list[Info]:
    """``infos`` with a writer's note about themselves that is the first or the last
    paragraph of the article's run ("Ann Berg is a freelance travel writer …") as
    chrome: the run keeps its weight, the text loses the note."""
    first = next((k for k in range(region.start, region.end + 1) if _prose(infos[k])), None)
    last = next((k for k in range(region.end, region.start - 1, -1) if _prose(infos[k])), None)
    out = infos
    for k in (first, last) if first is not None and first != last else ():
        if writer_note(infos[k], tuning.region):
            if out is infos:
                out = list(infos)
            out[k] = infos[k].as_chrome("writer-note", infos[k].score)
    return out


def _prose(info: Info) -> bool:
    return info.score > 0 and info.chrome is None


def _section_under(infos: list[Info], k: int, end: int, t: RegionTuning) -> bool:
    """Under the heading at line ``k`` the article goes on: a paragraph right under it
    and, for ``section_lines`` lines, nothing of a comment section (a stamp, a writer's
    or date line, a commenter's signature, a form's or a button's chrome).  A paper's "Discussion", a rule's
    "Comment score" head a part of the text, not the readers' comments."""
    under = infos[k + 1 : min(end, k + t.section_lines) + 1]
    return (
        len(under) == t.section_lines and under[0].score > 0
        and not any(
            u.chrome is not None or u.stamp or u.meta or u.date_only or _signature(u, t)
            for u in under
        )
    )


def _signature(info: Info, t: RegionTuning) -> bool:
    """A commenter's signature under their comment: a few words with a comma, no
    sentence ("Sam Berg, Leeds, England")."""
    text = info.text
    return "," in text and len(info.tokens) <= t.signature_words and text[-1] not in ".!?:"



def _bio_name(infos: list[Info], start: int, k: int, end: int, above: float,
              t: RegionTuning) -> bool:
    """Line ``k`` is the writer's name over their biography: a name the article's byline
    gives, alone on a line, perhaps a role under it ("CONTRIBUTING WRITER"), then a
    paragraph ("Ann Berg / Ann Berg is a writer …").  A name the byline does not give
    heads a part of the story ("Tim Cook / Tim Cook has led …"), unless the paragraph
    is a note about them ("Ann is a writer …", "I'm Ann, …") with little prose under it
    (less than ``bio_alone_share`` of the ``above`` of the story's)."""
    info = infos[k]
    if info.score > 0 or len(info.tokens) > t.bio_name_words or info.byline:
        return False  # ("By Ann Berg" over a paragraph heads a story: a teaser's)
    name = bylines.name_line(info.text)
    if name is None:
        return False
    named = any(name.lower() in writers for writers in _header_names(infos, start, t))
    for j in range(k + 1, min(end, k + 1 + t.bio_role_lines) + 1):
        after = infos[j]
        if after.score > 0:
            return named or _note_about(name, after.text) and sum(
                info.score for info in infos[j + 1 : end + 1] if info.score > 0
            ) < t.bio_alone_share * above
        if after.chrome is not None or len(after.tokens) > t.bio_name_words:
            return False
        # (a writer's role under the name, "Senior Staff Writer": the writer's card)
        named = named or writer_role(after.text)
    return False


_CARD_LABEL = re.compile(
    rf"(?i:{'|'.join(phrase(v) for v in CARD_LABEL_VERBS)})\s+(?i:by)\s*[:,]?"
)


def _card_label(infos: list[Info], k: int, end: int) -> bool:
    """Line ``k`` is a writer's card's label alone ("Written by:", "Reviewed by,") with
    their names on the next line ("Piet Mols Writer", "Ben Ode, CFP"): under the
    story, the card of its writer or its reviewer."""
    info = infos[k]
    if info.score > 0 or k >= end or _CARD_LABEL.fullmatch(info.text.strip()) is None:
        return False
    return bylines.after_label(infos[k + 1].text) is not None


def writer_role(text: str) -> bool:
    """``text`` is a writer's role alone on a line, as a writer's card gives it under
    their name: words ending in a writer's role ("CONTRIBUTING WRITER", "Associate
    Editor", "Language Learning Blogger")."""
    words = text.lower().rstrip(" :").split()
    return bool(words) and words[-1].rstrip("s") in NOTE_ROLES and all(
        w[:1].isalpha() for w in words
    )


@cache
def _writer_note() -> re.Pattern[str]:
    """A note about a writer: their names, capitalised, "is a" and a writer's role a few
    words on ("Ann Berg is a freelance travel writer", "Ann (Annie) is an experienced
    journalist"), not a question ("Who is the author?")."""
    roles = "|".join((*NOTE_ROLES, *NOTE_TRADES))
    return re.compile(
        r"(?P<name>(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’.\-]*)(?:\s+\([^)]{1,30}\))?\s+"
        rf"(?:is|was)\s+(?:a|an|the|our)\s+(?:[\w\-]+\s+){{0,5}}?(?i:{roles})s?\b(?!\s*\?)"
    )


_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is)\b")


def writer_note(info: Info, t: RegionTuning) -> bool:
    """``info`` is a writer's note about themselves in one paragraph (``note_text``) of
    at most ``note_words`` words."""
    return info.score > 0 and len(info.tokens) <= t.note_words and note_text(info.text)


def note_text(text: str) -> bool:
    """``text`` is a writer's note about themselves: their names (two or more, or one
    with "he" or "she" later on) and a writer's role ("Ann Berg is a freelance travel
    writer …")."""
    if " is " not in text and " was " not in text:
        return False
    m = _writer_note().match(text)
    return m is not None and (" " in m["name"] or _PRONOUN.search(text, m.end()) is not None)


@cache
def _note_opening() -> re.Pattern[str]:
    """A writer's note: their name, or its first word, and a verb ("Ann Berg is …",
    "Ann has …"), or the first person ("I'm Ann …")."""
    verbs = "|".join(v.replace(" ", r"\s+") for v in BIO_VERBS)
    first = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in BIO_FIRST_PERSON)
    return re.compile(rf"(?P<name>[^\W\d_][\w.\- ]*?)\s+(?:{verbs})\b|(?i:{first})\b")


def _note_about(name: str, text: str) -> bool:
    """``text`` is a note about the writer ``name``: it begins with their name, or its
    first word, and a verb, or in the first person; two of the name's words are a
    person's (capitalised, or initials)."""
    m = _note_opening().match(text)
    return m is not None and m["name"] in (None, name, name.split()[0]) and sum(
        1 for w in name.split() if len(w) == 1 or "." in w or w[1:].islower()
    ) >= 2  # (a person's names, not a product's "Harbour CLI")


def _header_names(infos: list[Info], start: int, t: RegionTuning) -> set[str]:
    """The writers' names (lowercase) that the bylines around the article's start give
    (one byline may name several)."""
    return {
        by[1].lower()
        for info in infos[max(0, start - t.bio_header_lines) : start + t.bio_header_lines]
        if (by := info.byline)
    }


def _dated_notice(info: Info) -> bool:
    """A publisher's notice with its year ("© 2007 Harbour Wire", "Copyright 2008 by …
    All rights reserved") closes the story above it, whatever follows: a photo's
    credit ("© Getty Images") names no year."""
    return info.chrome in RIGHTS_RULES and _NOTICE_YEAR.search(info.text) is not None


def _feed(infos: list[Info], lo: int, hi: int, t: RegionTuning) -> bool:
    """Lines ``lo`` … ``hi`` are a feed of teasers of other stories."""
    paragraphs = teasers = dated = 0
    prose_since_date = False
    prev = None
    fewest, most = t.feed_heading_words
    for info in infos[lo : hi + 1]:
        if info.chrome is not None:
            continue
        if info.date_only:
            # teasers with a blurb each and their own date: other stories (a box
            # of links with dates and no blurbs can stand inside the article)
            if dated == 0 or prose_since_date:
                dated += 1
                if dated >= t.feed_dates and paragraphs <= t.feed_blurbs * dated:
                    return True
            prose_since_date = False
        if info.score > 0:
            prose_since_date = True
            paragraphs += 1
            if prev is not None and prev.score < 0 and fewest <= len(prev.tokens) <= most:
                teasers += 1
        prev = info
    return paragraphs >= t.feed_min and teasers >= t.feed_share * paragraphs
