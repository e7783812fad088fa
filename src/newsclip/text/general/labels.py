"""Stage 5 of the general reader: every line's label and rule, the date and the byline.

Date lines and bylines near the headline go to ``header``; captions and
photo credits to ``captions``; the region's other lines are the body, but for
its boxes; everything else is chrome, each line with the name of the rule
that put it there.  The publication date is chosen among the date lines near
the headline (``choose_date``), and a line of names alone is the byline where
bylines stand (``_name_byline``).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ..._lazy_patterns import lazy
from ..._byline import person_like
from ..._vocab import THREAD_START_LABELS
from ...dates import ambiguous, parse_date
from .. import bylines, datelines, desks, given_names, header_shapes, rules
from ..model import Layout, Line
from . import header
from .chrome import top_rule
from .lines import ROLE, Info
from .page_bylines import (
    WORD, author_box, bio_byline, first_teaser, labelled_pair, names_under_label, owner_byline,
    page_byline, site_owner,
)
from .region import Region
from .thread import first_post
from .thread_bylines import forum_header, thread_byline, titled_post
from .tuning import SHORT_LINE_WORDS, LabelTuning, Tuning

__all__ = ["label", "choose_date"]

_READING_TIME = re.compile(r"\d{1,3}\s*(?:min(?:ute)?s?\.?)\s+read", re.I)
#: a reading time without the word "read" ("8 min", "2–4 minutes")
_MINUTES = lazy(r"\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*min(?:ute)?s?\.?", re.I)
#: a count shown by itself ("36", "321,046" views): no words
_COUNT = re.compile(r"\d{1,3}(?:[,.\u00a0 ]\d{3})*")
#: the separator of a page's trail of sections ("Home > Television > …")
_TRAIL = re.compile(r"\s[>›»]\s")
_JSON_DATE_KEY = '"datePublished"'
# the date and its clock to the second (what follows, fractions of a second, is not read)
_JSON_DATE = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?)?)')
#: among the date lines of the header, "Published …" beats a plain date, which beats
#: "Updated …"
_KIND_RANK = {"published": 0, "date": 1, "updated": 2}


def label(
    lines: list[Line], infos: list[Info], region: Region, title: int | None,
    boxed: frozenset[int], layout: Layout, tuning: Tuning,
) -> None:
    """Label every line of ``lines``; fill ``layout``'s date and byline."""
    t = tuning.labels
    start, end = region.start, region.end
    if title is not None:
        top = max(0, title - t.header_before_title)
    else:
        top = max(0, start - tuning.headline.search_lines)
    header_end = min(end, start + t.header_after_start)
    post = titled_post(infos)
    chosen = choose_date(infos, top, header_end, region, t, post)
    date_at = None
    if chosen is not None:
        date_at, layout.published, layout.published_raw = chosen
    layout.modified = _modified(infos, top, header_end)
    far = None  # the first name before a date inside the article, under its header
    for k, info in enumerate(infos):
        line = lines[info.i]
        if k != title and k != date_at and (k < top or k > header_end) and not start <= k <= end:
            # far from the article and its header: chrome, by its rule or by place
            if info.chrome is not None:
                line.label, line.rule = "chrome", info.chrome
            elif k < start:
                line.label, line.rule = "chrome", top_rule(line.text) or "before-article"
            else:
                line.label, line.rule = "chrome", "after-article"
        elif k in boxed:
            line.label, line.rule = "chrome", "box-inside-article"
        else:
            found = _label_line(
                lines, infos, k, start, end, top, header_end, title, date_at, layout
            )
            far = far or found
        if info.last != info.i:
            rest = (line.label, line.rule)
            if k == title and header.tagged_headline(
                [lines[j].text for j in range(info.i, info.last + 1)], tuning.headline
            ):
                rest = ("chrome", "headline-tags")  # (its tags, under it: no part of it)
            for j in range(info.i + 1, info.last + 1):  # the other lines of a wrapped paragraph
                lines[j].label, lines[j].rule = rest
    thread_byline(lines, infos, date_at, layout, post)
    if layout.byline is not None and title is not None and date_at is not None:
        _name_over_date(lines, infos, title, date_at, start, layout)
    if layout.byline is None and date_at is not None and infos[date_at].date is not None:
        # "December 15, 2025 · 30 min · Ada Kerrigan": the date line names the writer
        text, raw = infos[date_at].text, infos[date_at].date.raw
        layout.byline = bylines.name_beside_date(text, raw) or header_shapes.beside_date(
            text, raw
        )
    if layout.byline is None:
        _labelled_next_line(lines, infos, top, layout)
    if layout.byline is None:
        _name_byline(lines, infos, title, date_at, layout, region, tuning)
    if layout.byline is None and title is not None:
        _given_name_line(lines, infos, title, region, layout, tuning)
    if layout.byline is None:
        # (a name before a date far inside the article, a teaser's or a quoted post's
        # stamp, comes after a line of names beside the date line; a labelled byline
        # there, "Written by …", before it)
        layout.byline = far
    if layout.byline is None:
        page_byline(lines, infos, layout)
    if layout.byline is None:
        labelled_pair(lines, infos, layout)
    if layout.byline is None:
        bio_byline(lines, infos, region, layout, t)
    if layout.byline is None:
        layout.byline = header_shapes.note_byline(info.text for info in infos)
    if layout.byline is None:
        layout.byline = author_box(infos, region, t)
    if layout.byline is None:
        layout.byline = header_shapes.glued_byline(info.text for info in infos)
    if layout.byline is None and date_at is not None and (d := infos[date_at].date) is not None:
        # "Ada December 9, 2024": one word before the date, when nothing else names one
        layout.byline = header_shapes.word_before_date(infos[date_at].text, d.raw)
    if layout.byline is None and title is not None and date_at is not None and (
        title < date_at - 1 <= region.start and infos[date_at - 1].chrome is None
    ):
        # (the last line of a paragraph read as wrapped: a standfirst and the word under it)
        layout.byline = _word_over_date(infos, date_at - 1, lines[infos[date_at - 1].last].text)
    if layout.byline is None:
        layout.byline = owner_byline(infos)
    if layout.byline is None:
        layout.byline = site_owner(infos, title)
    if layout.byline is not None and first_teaser(lines, infos, layout.byline, t):
        layout.byline = None


def _label_line(
    lines: list[Line], infos: list[Info], k: int, start: int, end: int, top: int,
    header_end: int, title: int | None, date_at: int | None, layout: Layout,
) -> str | None:
    """Label line ``k``, inside the region (``start`` … ``end``) or the header (``top``
    … ``header_end``); a name before a date under the header ("Ada Kerrigan 2 May
    2025", a teaser's or a quoted post's) is returned, not kept."""
    info = infos[k]
    line = lines[info.i]
    in_body = start <= k <= end
    in_header = top <= k <= header_end
    if k == title:
        line.label, line.rule = "title", "headline-above-article"
    elif info.chrome is not None:
        line.label, line.rule = "chrome", info.chrome
    elif k == date_at:
        line.label, line.rule = "header", (
            f"dateline-{info.date.kind}" if info.date else "dateline-structured-data"
        )
        # "on March 10, 2015 by Ada Kerrigan": the date line names the writer too
        if layout.byline is None and info.byline is not None:
            layout.byline = info.byline[1]
    elif (in_header or in_body) and info.byline is not None:
        line.label, line.rule = "header", info.byline[0]
        if k > header_end and info.byline[0] == "byline-name-date":
            return info.byline[1]
        if layout.byline is None:
            layout.byline = info.byline[1]
    elif (in_header or in_body) and info.caption is not None:
        line.label, line.rule = "caption", info.caption
    elif k < start and in_header and info.chrome is None and (
        credit := rules.match(info.text, "caption")
    ):
        # the shared credit rules ("Reuters / Maxim Shemetov") hold between the
        # headline and the text, where the archive layout uses them too
        line.label, line.rule = "caption", credit
    elif (
        (k < start and in_header or in_body and "(@" not in info.text)
        and info.date_only and not (k > header_end and _dated_rows(infos, k))
    ):
        # a line that is only a date is the page's metadata, never the article's text
        line.label, line.rule = "header", "dateline-other"
    elif in_body:
        line.label, line.rule = "body", "article-paragraph"
    elif k < start:
        line.label, line.rule = "chrome", top_rule(line.text) or "before-article"
    else:
        line.label, line.rule = "chrome", "after-article"
    return None


def _dated_rows(infos: list[Info], k: int) -> bool:
    """Line ``k`` and the line next to it both hold a date, in cells: rows of a table in
    the article's text (a program's output, a schedule), not the page's metadata.
    (A list of other stories, each with its date, is not the text either.)"""
    text = infos[k].text
    if not ("\t" in text or "│" in text or "|" in text or "┃" in text):
        return False
    for j in (k - 1, k + 1):
        if 0 <= j < len(infos):
            other = infos[j]
            if abs(other.i - infos[k].i) == 1 and other.date_only:
                return True
    return False


def _name_byline(
    lines: list[Line], infos: list[Info], title: int | None, date_at: int | None,
    layout: Layout, region: Region, tuning: Tuning,
) -> None:
    """A line of names alone is the byline where bylines stand: right under the
    headline (past a counter or a one-word button), or right above or below the date
    line (over a role, "Games Editor", a button, "Follow", or the reading time, "8
    min"), or over or under the story's reading time ("11 min read") above the article.
    (Not among the article's first lines: there, a photo's credit, "Harbour Police",
    reads the same.)  A date found under the article may be another story's: the line
    under the headline is tried first then.  Right over the date line, a handle in small
    letters alone is the writer's too ("ada_k" over "September 8, 2025")."""
    start = region.start
    places: list[int] = []
    dek = None
    if title is not None and date_at is not None and date_at > region.end:
        places.append(title + 1)
    if date_at is not None:
        places.append(date_at - 1)
        # (a role, a one-word button or the reading time between the names and the date)
        between = infos[date_at - 1] if date_at >= 2 else None
        if between is not None and (
            ROLE.match(between.text) or len(between.tokens) <= 1
            or _READING_TIME.fullmatch(between.text) or _MINUTES.fullmatch(between.text)
        ):
            places.append(date_at - 2)
        places.append(date_at + 1)
    if title is not None:
        places.append(title + 1)
        # (counters or a one-word button between the headline and the names: "36")
        k = title + 1
        while k < len(infos) and k - title <= tuning.labels.byline_skip_lines \
                and (len(infos[k].tokens) <= 1 or _COUNT.fullmatch(infos[k].text)):
            k += 1
            places.append(k)
    places += [
        j for k in range(max(1, start - tuning.headline.scan_lines), start)
        if infos[k].text[0].isdigit() and _READING_TIME.fullmatch(infos[k].text)
        for j in (k - 1, k + 1)  # (over the reading time, or under it over a role)
    ]
    if title is not None and title + 2 not in places and title + 2 < len(infos) and len(
        infos[title + 1].tokens
    ) > SHORT_LINE_WORDS:
        # (under the standfirst: names with their role, or several joined, as a button's
        # words never are: "Ada Kerrigan and Ben Ode | Guest Columnists")
        dek = title + 2
        places.append(dek)
    # (a line over the writer's role, "Ada Kerrigan" over "Content Editor", is tried
    # first: a section's name over the date, "UX ANALYTICS", reads as names too)
    places.sort(key=lambda k: not (0 <= k < len(infos) - 1 and ROLE.match(infos[k + 1].text)))
    # a shop's or a catalogue's page: no date, and a "headline" of a few words, a menu's
    # entry over the next ("Men's Sneakers" over "Shoe Bank")
    shop = date_at is None and title is not None and len(infos[title].tokens) <= _MENU_TITLE_WORDS
    for k in places:
        if not 0 <= k < len(infos) or k == title or k == date_at:
            continue
        info = infos[k]
        text = info.text
        if info.i != info.last and (
            date_at is not None and k == date_at - 1
            or k + 1 < len(infos) and infos[k + 1].date_only
        ):
            # (a standfirst and the names under it, read as one wrapped paragraph: the
            # paragraph's last line, right over the date line, or over a line that is
            # only a date when the date was taken from the headline, "… (2025-09-21)")
            text = lines[info.last].text
        elif info.i != info.last:
            continue
        if info.chrome is not None:
            continue
        name = bylines.name_line(text) or desks.credit(text) or header_shapes.names_joined(text)
        if name is None and date_at is not None and abs(k - date_at) == 1:
            name = desks.staff(text)  # "Staff" over or under the date line
        if name is None and date_at is not None and k == date_at - 1 and text.islower():
            name = bylines.handle_alone(text)
        if (k == dek or shop) and name is not None and name == text.strip() and not (
            given_names.starts_with_given_name(name)
        ):
            # (a line that is names alone under the standfirst is a button's or a
            # heading's words, "Memorial Park", unless it begins with a given name; and so
            # is one on a shop's page, ``shop``)
            continue
        if name is not None and not header_shapes.names_a_thing(name) and not _subject(
            name, infos, k, region, tuning.labels
        ):
            line = lines[info.last]
            line.label, line.rule = "header", "byline-name-line"
            layout.byline = name
            return


#: the names stand this many lines under the headline at most (under its standfirst)
_NAME_UNDER_TITLE = 2


#: a menu's entry taken for the headline is this many words at most
_MENU_TITLE_WORDS = 5


def _name_over_date(
    lines: list[Line], infos: list[Info], title: int, date_at: int, start: int, layout: Layout,
) -> None:
    """A line of a person's names right under the headline (or its standfirst) and right
    over the date line (or a line that is only a date) is the byline, over a byline found above the headline (a
    teaser's) or inside the article's text, past its first line (the authors of a part
    it quotes); the article's text begins at ``start``."""
    k = date_at - 1
    if not title < k <= title + _NAME_UNDER_TITLE:
        # (the date read from the headline: "Wrap-Up 12/19/2025" over the names over
        # the date line)
        k = title + 1
        if k + 1 >= len(infos) or not infos[k + 1].date_only:
            return
    info = infos[k]
    if info.i != info.last or info.chrome:
        return
    name = bylines.name_line(info.text)
    if name is None or name == layout.byline or header_shapes.names_a_thing(name) or not (
        person_like(name.split()) or given_names.starts_with_given_name(name)
    ):
        return
    found = next(
        (j for j, x in enumerate(infos)
         if lines[x.i].label == "header" and x.byline is not None and layout.byline in x.byline[1]),
        None,
    )
    if found is not None and (found < title or found > start):
        line = lines[info.i]
        line.label, line.rule = "header", "byline-name-line"
        layout.byline = name


def _given_name_line(
    lines: list[Line], infos: list[Info], title: int, region: Region, layout: Layout,
    tuning: Tuning,
) -> None:
    """With no byline where bylines stand, a line of names alone further down the header
    (up to ``given_name_lines`` under the headline, above the article's text) is the
    byline when it is written as a person's name and begins with a given name
    (``given_names``): "Joakim Edin" under the date, the reading time and a firm's
    tagline; a section's or a button's words begin with none."""
    t = tuning.labels
    for k in range(title + 1, min(title + t.given_name_lines + 1, region.start)):
        info = infos[k]
        if info.i != info.last:
            continue
        name = bylines.name_line(info.text)
        if name is not None and person_like(name.split()) and given_names.starts_with_given_name(
            name
        ) and not _subject(name, infos, k, region, t):
            line = lines[info.i]
            line.label, line.rule = "header", "byline-name-line"
            layout.byline = name
            return


def _word_over_date(infos: list[Info], k: int, text: str) -> str | None:
    """One word alone, ``text`` (the last line of paragraph ``k``), over the date line and
    under the headline, is the writer when nothing else names one and the page writes it,
    capitalised, in another line's words ("Ada" over "May 2, 2025", "© 2026 Ada"): a
    site's owner, or its name.  A section's tag over the date ("Product") is written alone, if anywhere, or in
    the page's trail ("Home > Television > …")."""
    word = header_shapes.word_over_date(text)
    if word is None:
        return None
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.I)
    for j, info in enumerate(infos):
        if j != k and info.text.strip().casefold() != word.casefold() and not _TRAIL.search(
            info.text
        ):
            m = pattern.search(info.text)
            if m is not None and m.group()[0].isupper():
                return word
    return None


def _labelled_next_line(lines: list[Line], infos: list[Info], top: int, layout: Layout) -> None:
    """A byline's label alone on its line ("Written By", "By:", "Author"), from the
    header down: the line under it names the writer.  (Tried before a line of names
    alone, which a button, "Copy Link", can pass for: the label says who wrote.)"""
    for k in range(top, len(infos) - 1):
        if infos[k].chrome is None and bylines.label_alone(infos[k].text):
            under = names_under_label(infos, k)
            name = bylines.after_label(infos[under].text)
            if name is not None:
                for j in range(k, under + 1):
                    line = lines[infos[j].i]
                    line.label, line.rule = "header", "byline-label-above"
                layout.byline = name
                return


def _subject(name: str, infos: list[Info], k: int, region: Region, t: LabelTuning) -> bool:
    """The story's first paragraph names it (its last word), and every word of it is
    written in the first paragraphs: the line names what the story is about (a film's
    title, a club, the person a picture shows), not who wrote it; a writer is seldom
    named in the opening of the story.  A news agency is its byline even when the
    story cites it ("…, Australian Associated Press reported")."""
    if bylines.agency(name):
        return False
    # (capitalised there, as names are written: "press" in a sentence is no "Press";
    # a possessive, "Ada Kerrigan's story", is a note about the writer)
    start = region.start
    paragraphs = [
        {w.casefold() for w in WORD.findall(infos[j].text) if w[0].isupper()}
        for j in range(start, min(region.end + 1, start + t.subject_paragraphs + 1))
        if j != k
    ]
    words = [w.casefold() for w in WORD.findall(name) if len(w) > 1]
    return bool(words and paragraphs) and words[-1] in paragraphs[0] and all(
        any(w in p for p in paragraphs) for w in words
    )


#: what a line that stamps a thread's first post holds (a cheap test before bylines.thread_start)
_THREAD_HINT = re.compile(r"(?i:started\s+by)|Post\s+by|^asked\s|starter")
#: a thread's header gives the date it was started under a label ("Start date Jun 14, 2025")
_THREAD_START = re.compile(rf"(?i:{'|'.join(THREAD_START_LABELS)})\s*:?\s*")


def _thread_started(info: Info) -> bool:
    """``info`` is the label of the date a thread was started, and that date."""
    m = _THREAD_START.match(info.text)
    d = info.date
    return m is not None and d is not None and info.text.startswith(d.raw, m.end())


#: what a line saying when the page was first published holds (published, publié,
#: publicado, pubblicato, gepubliceerd, veröffentlicht, erschienen)
_PUBLISHED_HINT = re.compile("ubli|ffentlich|rschienen")


def _first_published(infos: list[Info]) -> tuple[int, date | datetime, str] | None:
    """What the page says of its first publication ("originally published on 26 Sep
    2019"): it beats a date the page shows that does not say it is the publication's."""
    for k, info in enumerate(infos):
        if _PUBLISHED_HINT.search(info.text):
            first = datelines.first_published(info.text)
            if first is not None and (value := first.value) is not None:
                return k, value, first.raw
    return None


def _modified(infos: list[Info], top: int, header_end: int) -> date | datetime | None:
    """When the header says the page was last updated ("Updated Dec 3, 2025"): its first
    date line that says so (whichever date ``published`` took).  A numeric date both
    orders read ("Updated 6/2/2025") is left: the order ``api`` decides is the
    publication date's."""
    for k in range(top, min(header_end + 1, len(infos))):
        info = infos[k]
        if info.dated and info.chrome is None and (found := datelines.updated(info.text)):
            value = None if ambiguous(found.raw) else found.value
            if value is not None:
                return value
    return None


def _header_rank(info: Info) -> int:
    """Where a date line of the header ranks (``_KIND_RANK``): a plain date that names
    the writer ("by Ada Kerrigan · Dec 20, 2025") is the story's, as "Published …" is."""
    kind = info.date.kind  # type: ignore[union-attr]
    if kind == "date" and _dated_byline(info):
        return _KIND_RANK["published"]
    return _KIND_RANK[kind]


def _dated_byline(info: Info) -> bool:
    """``info`` is a date line that names the writer too ("by Ada Kerrigan on …")."""
    return info.byline is not None and info.byline[0] in _LABELLED_DATED


def _labelled_byline(info: Info) -> bool:
    """``info`` is a labelled byline with no date ("Interview by Ada Kerrigan")."""
    return info.byline is not None and info.byline[0] == "byline-by" and info.date is None


#: the byline rules of a date line that names its writer with a label
_LABELLED_DATED = frozenset({"byline-by", "byline-after-date"})


def _activity(info: Info) -> bool:
    """A member's or a thread's activity, or the date some data hold for ("Data as of Dec
    20, 2025", "Rates as of …"): no date of publication."""
    if datelines.activity(info.text):
        return True
    d = info.date
    at = info.text.find(d.raw) if d is not None else -1
    return at > 0 and _AS_OF.search(info.text, 0, at) is not None


_AS_OF = re.compile(r"\b(?i:as\s+of)\s*:?\s*$")


def choose_date(
    infos: list[Info], top: int, header_end: int, region: Region, t: LabelTuning,
    post: tuple[int, str] | None = None,
) -> tuple[int, date | datetime, str] | None:
    """The publication date line, its date and the date as written: near the headline
    (lines ``top`` … ``header_end``) first, then under the article (``region``).

    Among the date lines of the header, "Published …" beats a plain date,
    which beats "Updated …"; then a line above the body beats one inside it,
    and the one nearest the headline wins.
    """
    # the first post of a thread whose stamps hold its title (``titled_post``)
    if post is not None and (d := infos[post[0]].date) is not None and (
        value := d.value
    ) is not None:
        return post[0], value, d.raw
    # a thread's first post, as the forum stamps it ("… started by ada_k, May 26, 2025",
    # "Post by ada_k » 11. Sep 2024", "asked Feb 4, 2014 at 13:02"): the thread's date
    for k, info in enumerate(infos):
        if info.date is not None and (
            _thread_started(info) or first_post(info)
            or _THREAD_HINT.search(info.text) and bylines.thread_start(info.text)
        ) and (value := info.date.value) is not None:
            return k, value, info.date.raw
    # a thread's header: the date it was started, in the forum its name follows
    header = forum_header(infos)
    stamp = infos[header[0]].date if header is not None else None
    if header is not None and stamp is not None and (value := stamp.value) is not None:
        return header[0], value, stamp.raw
    first = _first_published(infos)
    found = []
    for k in range(top, header_end + 1):
        if infos[k].dated and infos[k].chrome is None and not _activity(infos[k]):
            found.append((_header_rank(infos[k]), k >= region.start, k))
    if not found:
        # farther above the headline, over the section name and share bar
        for k in range(top - 1, max(-1, top - 1 - t.date_above_lines), -1):
            if infos[k].dated and infos[k].chrome is None and not _activity(infos[k]):
                found.append((_KIND_RANK[infos[k].date.kind], top - k, k))  # type: ignore[union-attr]
    if not found:
        # a "Published …" line elsewhere (some pages print it under the article)
        for k in range(region.end + 1, min(len(infos), region.end + t.date_below_lines)):
            if infos[k].dated and infos[k].chrome is None and not _activity(infos[k]):
                found.append((_KIND_RANK[infos[k].date.kind], True, k))  # type: ignore[union-attr]
    for *_rank, k in sorted(found):
        d = infos[k].date
        value = d.value  # type: ignore[union-attr]
        if value is not None:
            if first is not None and d.kind != "published":  # type: ignore[union-attr]
                return first
            return k, value, d.raw  # type: ignore[union-attr]
    if first is not None:
        return first
    # the page's structured data shown as text ('"datePublished": "2017-11-03 03:01"')
    for k, info in enumerate(infos):
        if info.text.startswith(_JSON_DATE_KEY):
            m = _JSON_DATE.match(info.text)
            value = parse_date(m[1], dayfirst=False) if m is not None else None
            if value is not None:
                return k, value, m[1]  # type: ignore[index]
    # else the page's first date line outside the story's text, wherever it stands (a
    # thread's first post, a date printed far above the story), or inside it when the
    # line names the writer too ("by Ada Kerrigan on Jan 22, 2025": the story's header,
    # which the text was read to begin above) or is a date alone under a labelled byline
    # ("Interview by Ada Kerrigan" over "December 3, 2025": a header at the story's foot)
    for k, info in enumerate(infos):
        if info.dated and info.chrome is None and not _activity(info) and (
            not region.start <= k <= region.end or _dated_byline(info)
            or k > 0 and info.date_only and _labelled_byline(infos[k - 1])
        ):
            value = info.date.value  # type: ignore[union-attr]
            if value is not None:
                return k, value, info.date.raw  # type: ignore[union-attr]
    return None
