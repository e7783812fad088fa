"""Header lines of shapes the byline and date tables (``bylines``, ``datelines``) do
not read as they stand:

    Posted on May 3, 2025 by Ada Kerrigan - 5 Comments on <headline>   → the header, its
                                                                         comment link cut
    Posted by Ada Kerrigan on 2025-12-18 in ferries. Tags: piers, fares → the header, its
                                                                         tags cut
    2019-02-23, 09:14 PM (This post was last modified: 2024-01-05 …)  → the date, the
                                                                         edit note cut
    … the rest of the standfirst. By Ada Kerrigan on Dec. 19, 2025     → the header at
                                                                         the paragraph's end
    Ada Kerrigan and Ben Ode  |  Guest Columnists                       → two writers
    Posted by ada_k on 07/03/24 02:57 PM                                → a handle
    Ada December 9, 2024 0 Comments, Ada3/4/2025                        → one name, when
                                                                         no line names one
    Dec. 19, 2025 · Ada Kerrigan on behalf of the docs team             → the writer
    This post was written by Ada Kerrigan, Head of Marketing.          → the writer
    By THE <AGENCY>, by the <Agency>                                    → the agency
    In The FieldAda KerriganApril 11, 2017La Jolla (on two lines or more) → the writer
    ada_k / Big Board Owner / Posts: 116 / #1 / 2019-02-23, 09:14 PM  → the first poster
    ada_k 2 years ago#1                                                 → the first poster
    A Offline / ada_k | Premium / wrote on last edited by               → the first poster
    Harbour fares by ada_k: 3:21pm On Mar 09, 2023 (then "Re: Harbour     → the first post's
    fares by …" over each reply)                                          date and poster

The tables stay the rules of ordinary lines; this module hands them the part of a
line they can read (``header_part``), or reads what they leave (``names_joined``,
``beside_date``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .._lazy_patterns import lazy
from .._byline import NOT_NAMES, names
from .._vocab import (
    AGE_UNITS, MONTH_ABBREVIATIONS, MONTH_WORDS, NAME_JOINS, NOT_NAME_WORDS, PIECE_KINDS, SECTION_WORDS, WEEKDAY_WORDS,
    THING_NOUN_ENDINGS, THING_NOUNS, WIRE_AGENCY_NAMES, phrase,
)
from . import bylines, datelines, given_names

__all__ = ["header_part", "names_joined", "beside_date", "word_before_date", "word_over_date",
           "note_byline",
           "agency_byline", "glued_byline", "names_a_thing", "first_poster", "avatar_poster", "titled_post"]

#: a post's comment link or count after its header's fields ("- 5 Comments on <headline>",
#: "| No Comments"), its tags after the header's sentence ("… in harbour. Tags: ferries,
#: piers"), and a forum post's note that it was edited ("(This post was last
#: modified: <date> by ada_k.)"): neither is the header's, and their words would make
#: the line too long for one
# (a match begins where a run of white space does: tried inside a long run, "\s+" would
# run to its end from every space)
_TAIL = lazy(
    r"(?<!\s)\s+[-–—|·•]\s+(?:\d+|[Nn]o)\s+[Cc]omments?\b.*$"
    r"|(?<!\s)\s*\((?:[Tt]his\s+post\s+was\s+)?[Ll]ast\s+(?:modified|edited)\b.*$"
    r"|(?<=\.)\s+(?:Tags|Categories|Filed\s+under)\s*:.*$"
)
#: what a line ends with when the standfirst runs on into the header: a sentence, then
#: "By Ada Kerrigan on Dec. 19, 2025"
_BY_ON_AT_END = re.compile(
    r"(?<=[.!?])\s+((?:[Bb]y|BY)\s+[A-Z][^.!?]{1,60}?\s+on\s+\S.{2,40})$"
)
#: how far from a line's end the header that ends a paragraph begins, at most ("By " and
#: its names, " on " and the date): only that end of a long paragraph is searched
_BY_ON_REACH = 120


def header_part(text: str) -> str:
    """The part of ``text`` a header's byline and date are read from: the line itself, or
    without a comment link or an edit note, or the header at the end of a paragraph."""
    # (the cheap tests first: most lines hold none of the words, and a paragraph's end
    # is all that may hold its header)
    if " on " not in text and "omment" not in text and "ast " not in text:
        return text
    end = max(0, len(text) - _BY_ON_REACH)
    if text.find(" on ", end) >= 0:
        m = _BY_ON_AT_END.search(text, end)
        if m is not None and bylines.byline(m[1]) is not None:
            return m[1]
    # (each rarer hint behind a commoner part of it: most lines hold neither)
    if "omment" in text or "ast " in text and ("ast modified" in text or "ast edited" in text) \
            or ": " in text and (
                ". Tags:" in text or ". Categories:" in text or ". Filed under:" in text
            ):
        cut = _TAIL.sub("", text)
        return cut if cut.strip() else text
    return text


#: a role after the writers' names ("| Guest Columnists", "- Staff Writers")
_ROLE_AFTER = re.compile(r"\s+[|–—-]\s+[A-Z][^|]{0,60}$")
_JOIN = re.compile(r"\s*,\s*|\s+(?:" + "|".join(map(re.escape, NAME_JOINS)) + r")\s+")
#: most writers a line of names joined by "and" or commas lists, and its longest
_MAX_JOINED = 4
_MAX_JOINED_CHARS = 160


def names_joined(text: str) -> str | None:
    """The writers when ``text`` names two or more, joined by "and" or commas, and
    perhaps their role ("Ada Kerrigan and Ben Ode | Guest Columnists"): each a line of
    names by itself."""
    if len(text) > _MAX_JOINED_CHARS:
        return None
    head = _ROLE_AFTER.sub("", text.strip())
    parts = _JOIN.split(head)
    if not 2 <= len(parts) <= _MAX_JOINED:
        return None
    found = [bylines.name_line(p) for p in parts]
    if any(f is None or f != p for f, p in zip(found, parts)):
        return None
    return names(head)


#: "Posted by ada_k on …", "by ada_k | Apr 21, 2025": a handle, in small letters or with
#: digits, that the byline rules (which read names) leave
_POSTED_BY = lazy(
    r"(?:(?:Posted|Submitted|Written)\s+)?[Bb]y\s+@?(?P<name>[\w.-]{3,30})(?:\s+on|\s+[|·•–—])\s"
)
#: one word glued to the date or before it, opening the line ("Ada December 9, 2024")
_ONE_WORD = lazy(r"[A-Z][\w.'’-]{1,29}")
#: "Ada Kerrigan on behalf of the docs team": the writer, and whom they write for
_ON_BEHALF = lazy(r"(?<!\s)\s+on\s+behalf\s+of\s+[^|·•]*")
#: words a date line opens with that name no one: its labels, and the kind of piece
#: ("Editorial November 22, 2018")
_NOT_ONE_NAME = frozenset(
    "on at since date dated published posted updated modified created written edited"
    " last first editorial".split()
) | frozenset(PIECE_KINDS)


def beside_date(text: str, raw: str) -> str | None:
    """The writer named on the date line ``text`` (its date written ``raw``) in a shape
    ``bylines.name_beside_date`` does not read: a handle after "Posted by" or "by" and
    before the date's field, or a writer "on behalf of" a team."""
    m = _POSTED_BY.match(text)
    if m is not None and m["name"].lower() not in NOT_NAMES:
        return m["name"]
    if " behalf " in text:
        cut = _ON_BEHALF.sub("", text)
        if cut != text and raw in cut and (name := bylines.name_beside_date(cut, raw)):
            return name
    return None


def word_before_date(text: str, raw: str) -> str | None:
    """One name (or handle) alone before the date that opens the date line ``text``
    ("Ada December 9, 2024 0 Comments", "Ada3/4/2025"): the writer, when no line names
    one (a word may be the outlet's: "Harbour Post 1/8/08" over "Ada Kerrigan, Harbour
    Post")."""
    at = text.find(raw)
    if at <= 0:
        return None
    before = text[:at].rstrip(" -–—|·•")
    if _ONE_WORD.fullmatch(before) is None:
        return None
    return before if _may_name(before) else None


def word_over_date(text: str) -> str | None:
    """One capitalised word alone on the line over the date, under the headline ("Ada",
    "Staff" over "April 18, 2025"): the writer, when no line names one, unless the word
    is a label's, a section's, a month's or a weekday's ("Opinion")."""
    text = text.strip()
    return text if _ONE_WORD.fullmatch(text) and _may_name(text) else None


def _may_name(name: str) -> bool:
    """No word of ``name`` is a label's, a section's, a month's or a weekday's."""
    return not any(
        low in NOT_NAMES or low in NOT_NAME_WORDS or low in SECTION_WORDS or low in MONTH_WORDS
        or low in WEEKDAY_WORDS or low in _NOT_ONE_NAME
        for low in (w.lower().rstrip(".") for w in name.split())
    )


#: words glued into a menu's run ("SwitchesKeycapsLubeDesk"): two joins of a small letter
#: and a capital in one word (a name or a handle glues one: "SimplyThrilled")
_GLUED_MENU = re.compile(r"[a-z][A-Z]\w*?[a-z][A-Z]")


def names_a_thing(name: str) -> bool:
    """A line of capitalised words alone that begins with no given name and holds a
    heading's, a label's or a product's noun ("Information Hub", "Measurement Chart",
    "Strength Meets Convenience"), or is a menu's words glued together: a thing's name,
    not a writer's ("West Bell Dental Care", "Chirag Bhardwaj" hold none)."""
    if given_names.starts_with_given_name(name):
        return False
    if _GLUED_MENU.search(name):
        return True
    for word in name.split():
        low = word.strip(",.").casefold()
        if low in THING_NOUNS or any(
            len(low) >= least and low.endswith(ends) for ends, least in THING_NOUN_ENDINGS
        ):
            return True
    return False


#: a note that says who wrote the page, in the text or under it: "This post was written
#: by Ada Kerrigan, Head of Marketing."
_WRITTEN_NOTE = lazy(
    r"(?:This|The)\s+(?:post|article|story|piece|guide|review|blog\s+post)\s+was\s+"
    r"(?:written|authored|contributed)\s+by\s+(?P<rest>[^.]{3,100})"
)


def note_byline(texts: Iterable[str]) -> str | None:
    """The writer a page's note names ("This post was written by Ada Kerrigan, MD."),
    when its notes name one writer only."""
    found = {
        name
        for text in texts
        if "written by" in text or "authored by" in text or "contributed by" in text
        for m in _WRITTEN_NOTE.finditer(text)
        if (name := bylines.name_line(m["rest"].strip())) is not None
    }
    return found.pop() if len(found) == 1 else None


#: "By the" and an agency's name, in any case: a wire story signed by its agency, which
#: the byline rules leave ("By the way" begins a sentence)
_BY_AGENCY = lazy(
    r"(?i:by)\s+(?i:the\s+)?(?P<name>(?i:"
    + "|".join(phrase(a) for a in WIRE_AGENCY_NAMES)
    + r"))\s*(?:[-–—|,].{0,40})?"
)


def agency_byline(text: str) -> str | None:
    """The agency when ``text`` is a byline that names one alone, in the agency's own
    spelling (``WIRE_AGENCY_NAMES``)."""
    m = _BY_AGENCY.fullmatch(text.strip())
    if m is None:
        return None
    key = " ".join(m["name"].replace("-", " ").split()).casefold()
    return next(a for a in WIRE_AGENCY_NAMES if a.replace("-", " ").casefold() == key)


#: a name glued to the date after it, as a list of posts prints each post's card ("In
#: The FieldAda KerriganApril 11, 2017La Jolla", "slow travelAdaMarch 4, 2024"): the
#: name begins where the case changes inside a word, or the line or a word begins
_GLUED_NAME_DATE = lazy(
    r"(?:(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[a-z])|^|(?<=\s))"
    r"(?P<name>[A-Za-z][a-z]+(?:\s[A-Za-z][a-z]+){0,2})"
    rf"(?=(?:{MONTH_ABBREVIATIONS})[a-z]*\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}})"
)
#: on how many lines the same name must be glued to a date: a list of one writer's posts
_GLUED_LINES = 2


def glued_byline(texts: Iterable[str]) -> str | None:
    """The writer of a page that lists its posts each with its writer glued to its date
    ("In The FieldAda KerriganApril 11, 2017La Jolla"): the one name glued so on the
    most lines, two at least."""
    counts = Counter(
        # (the cheap tests first: the date has digits, and a month glued to a word)
        m["name"] for text in texts if datelines.maybe(text) and _GLUED_MONTH.search(text)
        for m in [_GLUED_NAME_DATE.search(text)] if m is not None
    )
    # (most_common imports heapq, which a dump has no other use for: not for no name)
    ranked = counts.most_common(2) if counts else []
    if not ranked or ranked[0][1] < _GLUED_LINES or (
        len(ranked) == 2 and ranked[1][1] == ranked[0][1]
    ):
        return None
    name = ranked[0][0]
    return name if _may_name(name) else None


#: the cheap test first: a small letter, then a month's name glued to it
_GLUED_MONTH = re.compile(rf"[a-z](?:{MONTH_ABBREVIATIONS})")


# --- a thread's first poster, over the number 1 of the first post --------------------

#: the number a forum gives its first post: alone, or ending a line ("ada_k 2 years
#: ago#1"), or glued to its date ("Aug 08, 2006#12006-08-08T22:13")
_FIRST_MARK = re.compile(r"#1(?:$|(?=\d{4}-\d\d-\d\d))")
#: a post's stamp that opens with the poster's handle and gives the post's age
_HANDLE_AGE = lazy(
    r"(?P<name>[\w.@-]{2,40})\s+\d{1,3}\s+(?:"
    + "|".join(u[:-1] for u in AGE_UNITS) + r")s?\s+ago\s*#1"
)
#: the lines of a poster's profile between the handle and the post ("Posts: 116",
#: "Joined: Feb 2019", "Reputation: 7")
_PROFILE = re.compile(r"[^\W\d_][\w ]{0,20}:\s*\S.{0,20}")
#: how far above the number the poster's handle may stand
_POSTER_LINES = 8


def first_poster(texts: list[str]) -> str | None:
    """The poster of a thread's first post, as the forum prints it over the post's
    number 1: the handle that opens the stamp ("ada_k 2 years ago#1"), or the topmost
    of the handle and the rank over the profile's lines ("ada_k" / "Big Board Owner" /
    "Posts: 116" / "#1")."""
    if "#1" not in "\n".join(texts):
        return None
    k = next((k for k, t in enumerate(texts) if "#1" in t and _FIRST_MARK.search(t)), None)
    if k is None:
        return None
    stamp = texts[k].strip()
    m = _HANDLE_AGE.fullmatch(stamp)
    if m is not None:
        return bylines.handle_alone(m["name"])
    # (over the number alone, or over the post's date glued to it; the number at the end
    # of a stamp that opens with its handle is the stamp's, "ada_k | May 2, 2006 | #1")
    date = datelines.find(stamp) if stamp != "#1" else None
    if stamp != "#1" and (date is None or not stamp.startswith(date.raw)):
        return None
    found: list[str] = []
    profile = False
    for j in range(k - 1, max(-1, k - 1 - _POSTER_LINES), -1):
        text = texts[j].strip()
        if _PROFILE.fullmatch(text):
            profile = True
            continue
        name = bylines.handle_alone(text)
        if name is None:
            break
        found.append(name)
    # (a profile's lines under the handle, or the handle alone, perhaps twice: a menu's
    # words over a "#1", "Popularity" / "Runtime", are none)
    if found and (profile or len(set(found)) == 1):
        return found[-1]
    return None


#: a post's avatar, its poster's initial, and whether they are online ("J Offline")
_AVATAR_STATUS = re.compile(r"[^\W\d_]{1,2}\s+(?:Offline|Online)")
#: the stamp under a post's poster, with no date ("wrote on last edited by", "last edited
#: by ada_k": the forum shows the time only on hover)
_EDIT_STAMP = re.compile(r"(?:wrote\s+on\b|last\s+edited\s+by\b).{0,60}")
#: the poster's line lies this many lines under the avatar, the stamp under that line
_AVATAR_LINES = 3
#: the longest avatar line ("AB Offline" and the spaces a dump leaves around it)
_AVATAR_CHARS = 20


def avatar_poster(texts: list[str]) -> str | None:
    """The poster of a thread's first post, as a forum prints it under the post's avatar
    and over its stamp: "J Offline" / "ada_k" (or "ada_k | Premium", a badge after it) /
    "wrote on last edited by"; the page's first avatar is the first post's."""
    page = "\n".join(texts)
    if "Offline" not in page and "Online" not in page:
        return None
    k = next(
        (k for k, t in enumerate(texts)
         if len(t) <= _AVATAR_CHARS and _AVATAR_STATUS.fullmatch(t.strip())),
        None,
    )
    if k is None:
        return None
    j = k + 1
    while j < len(texts) and j - k <= _AVATAR_LINES and _AVATAR_STATUS.fullmatch(texts[j].strip()):
        j += 1  # (the avatar, twice)
    if j >= len(texts) or not texts[j].split():
        return None
    if not any(
        _EDIT_STAMP.fullmatch(texts[i].strip())
        for i in range(j + 1, min(len(texts), j + 1 + _AVATAR_LINES))
    ):
        return None
    return bylines.handle_alone(texts[j].split()[0])


# --- a thread whose posts are stamped with its title ---------------------------------

#: a post's stamp: the thread's title, "by", the poster's handle, a colon and the date
#: ("Harbour fares by ada_k: 3:21pm On Mar 09, 2023")
_TITLED_STAMP = re.compile(r"(?P<title>\S.{2,200}?)\s+by\s+(?P<name>[\w.-]{2,30}):\s+\S*\d")
#: … which a reply's stamp repeats after "Re: "
_REPLY = "Re: "


def titled_post(texts: list[str]) -> tuple[int, str] | None:
    """The first post of a thread whose posts are stamped with the thread's title, the
    poster and the date, the replies' stamps with "Re: " before it ("Harbour fares by
    ada_k: 3:21pm On Mar 09, 2023", then "Re: Harbour fares by ben_o: …"): the first
    post's stamp (its line) and its poster."""
    for k, text in enumerate(texts):
        if " by " not in text or text.startswith(_REPLY):
            continue
        m = _TITLED_STAMP.match(text)
        if m is not None and m["name"].lower() not in NOT_NAMES:
            reply = f"{_REPLY}{m['title']} by "
            if any(later.startswith(reply) for later in texts[k + 1 :]):
                return k, m["name"]
    return None
