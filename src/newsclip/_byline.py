"""The byline cleaner both readers use: from what a page writes around its writers'
names to the names ("By ANA LIMA AP Sports Writer" -> "ANA LIMA").

A byline reaches it in one of two forms, and each has its entry point:

- ``names``: the names a text dump's byline rule has already cut from its line
  (``text/bylines.py``), with what may still cling to them: a date's first
  words, a role after a comma, an agency's title, the outlet after a name in
  capitals; several writers come out as "A, B".
- ``field``: a whole field of an HTML page's metadata or markup
  (``html/metadata.py``), which may also hold tags, web addresses, a label
  ("Posted By:"), a date, roles in fields of their own and a firm's name;
  None when no name is left.  Whether the names are only the site's own is
  the HTML reader's question (it knows the site), asked after this.

Both paths share the steps that are the same (the title after a wire writer's
name, the name before an outlet written in another case) and the vocabulary
(``_vocab``).  The two paths still differ in their other steps as they did
when each reader had its own cleaner: making them one changes bylines, which
is to be measured (issue 12), not done in passing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ._lazy_patterns import lazy
from ._vocab import (
    AUTHOR_LABELS,
    BY_WORDS,
    CAPS_THEN_OUTLET,
    DESK_WORDS,
    FACET_WORDS,
    FIRM_SUFFIXES,
    MONTH_ABBREVIATIONS,
    MONTH_NAME_WORDS,
    MONTH_NAMES,
    MONTH_WORDS,
    NAME_IN_CAPITALS,
    OTHER_ROLES,
    PIECE,
    SECTION_WORDS,
    THING_NOUNS,
    WEB_ADDRESS,
    WEEKDAY_NAME_WORDS,
    WEEKDAY_NAMES,
    WEEKDAY_SHORT,
    WEEKDAY_WORDS,
    WIRE_TITLE,
    WRITER_ROLES,
)
from .dates import ISO_DATE, NAMED_DATE, NUMERIC_DATE, date_like

__all__ = [
    "NOT_NAMES", "strip_dot", "names", "MAX_FIELD", "MAX_NAMES", "person_like", "Field", "field",
    "MAX_ROLE_LINE_WORDS", "role_line", "lone_label", "ends_in_facet", "poster_stats",
    "poster_counts",
]

# --- the steps both paths take ---------------------------------------------------


def _cut_title(value: str, title: re.Pattern[str]) -> str:
    """The names without the title ``title`` finds after them ("Ana Lima AP Sports
    Writer" -> "Ana Lima"); "The Associated Press" and "Ana Lima and AP" name no title."""
    found = title.search(value)
    if found is None:
        return value
    rest = value[: found.start()].split()
    if len(rest) >= 2 and rest[0].lower() != "the" and rest[-1].lower() not in ("and", "&"):
        return value[: found.start()]
    return value


def _name_before(value: str, *shapes: re.Pattern[str]) -> str:
    """The group "name" of the first shape that matches the whole ``value`` ("ANA LIMA
    The Harbour Post" -> "ANA LIMA"), else ``value``."""
    for shape in shapes:
        m = shape.fullmatch(value)
        if m is not None:
            return m["name"]
    return value


# --- names cut from a text dump's line ----------------------------------------------

#: words that begin no name ("By the way, …", "By March the plan …")
NOT_NAMES = frozenset(
    "the a an this that his her their its our my your one some using staff".split()
) | MONTH_NAME_WORDS | WEEKDAY_NAME_WORDS

#: words of a writer's role or employer after the names ("Ada Kerrigan, Staff Writer",
#: "Ada Kerrigan, Reuters"): not part of the byline
_ROLE_PART = lazy(rf"(?i:\b(?:{'|'.join(WRITER_ROLES + OTHER_ROLES)})\b)")
#: a date's first word glued to the names ("by Ada Kerrigan January 18, 2017")
# (in capitals too: "By ADA KERRIGAN JAN. 5, 2016", "BY ADA KERRIGAN AT 01/08/08"; and
# "Last" of "… Security Expert Last Updated on Feb 27, 2026")
_DATE_TAIL = re.compile(
    rf"(?:\s+(?i:{MONTH_NAMES}|{MONTH_ABBREVIATIONS}|{WEEKDAY_NAMES}"
    r"|Updated|Published|Posted)\.?|\s+(?:AT|ON|Last))+$"
)
#: an agency's title after the names, perhaps cut short ("Ada Kerrigan PA SportsTicker
#: Contributing")
_WIRE_TITLE = re.compile(rf"\s+{WIRE_TITLE}$")
_THE = re.compile(r"^(?:the|The|THE)\s+")
#: "Jr.", "Sr.", an initial: the dot is part of the name, not the end of a sentence
_ABBREVIATION = re.compile(r"(?:\b(?:Jr|Sr|JR|SR|Snr|Jnr)|(?<![^\W\d_])[^\W\d_])\.$")
#: a wire writer's title after a name in capitals ("ADA KERRIGAN AP Sports Writer",
#: "ADA KERRIGAN Associated Press Writer"): the name is the capitals
_CAPS_ROLE = re.compile(
    rf"{NAME_IN_CAPITALS}\s+(?:{WIRE_TITLE}|(?:[A-Z][\w-]*\s+){{0,3}}"
    rf"(?:{'|'.join(r.title() for r in WRITER_ROLES)}|Contributing)s?)"
)
_AND = re.compile(r"\s+(?:and|AND|et|ET|und|UND)\s+")
_LIST = re.compile(r"\s*,\s*|\s+(?:and|AND|et|ET|und|UND)\s+")
_FULL_NAME = lazy(r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}")


#: a writer's role set on a line of its own is a few words
MAX_ROLE_LINE_WORDS = 6


def role_line(text: str) -> bool:
    """``text`` is a writer's role alone, as a page's header sets it between the name
    and the date: a few words, no digits, one of them a role ("Co-Founder & Marketing
    Director")."""
    return (
        0 < len(text.split()) <= MAX_ROLE_LINE_WORDS
        and not any(c.isdigit() for c in text)
        and _ROLE_PART.search(text) is not None
    )


def strip_dot(author: str) -> str:
    """The names without a sentence's full stop ("Ana Lima." -> "Ana Lima"; "Ana Lima
    Jr." and "Ana B." keep theirs)."""
    return author if _ABBREVIATION.search(author) else author.rstrip(".")


def names(author: str) -> str:
    """The writers' names from the names a text dump's byline rule matched."""
    author = _DATE_TAIL.sub("", re.sub(r"\s+", " ", author))
    author = _name_before(author, _CAPS_ROLE, CAPS_THEN_OUTLET)
    parts = [p.strip() for p in author.split(",")]
    while len(parts) > 1 and (
        not parts[-1] or _ROLE_PART.search(parts[-1]) or parts[-1].lower() in NOT_NAMES
    ):
        parts.pop()
    parts[-1] = _cut_title(parts[-1], _WIRE_TITLE)
    # "Sports Network, The Sports Network": one name, twice
    seen: set[str] = set()
    parts = [
        p for p in parts
        if not (_THE.sub("", p).lower() in seen or seen.add(_THE.sub("", p).lower()))
    ]
    author = ", ".join(parts)
    # "SARAH NEEDLEMAN" stays as written; a trailing "and" is a cut-off
    # ("Vincent Vallet" and "Ada Rand" end in no conjunction)
    author = re.sub(r"\s*(?:,|\band|&|\bet|\bund)$", "", author).strip()
    # several writers are listed as a page's metadata lists them, "Ada Kerrigan, Sam
    # Reed", in every language ("Ada Kerrigan et Sam Reed"); a name of one word on either
    # side may be a firm's ("Marks and Spencer"), which stays
    if _AND.search(author):
        listed = _LIST.split(author)
        if all(_FULL_NAME.fullmatch(n) for n in listed):
            author = ", ".join(listed)
    return author


# --- a field of a page's metadata or markup -------------------------------------------

#: a byline field longer than this (characters) is no name even without its
#: addresses; not read further, as the address pattern is quadratic in one run
MAX_FIELD = 1000
#: a name longer than this (characters, once cleaned) is a sentence or a list of sites
MAX_NAMES = 120

# An address starts a run of non-space (or follows a "(//…)" one): tried inside
# the run, "\S+@" would rescan it from every character (seconds on 20,000 "@").
_ADDRESS = lazy(
    r"\(\s*(?:https?:)?//[^)]*\)|<?(?:https?:)?//\S+>?|(?<![^\s)])\S+@\S+\.\w+"
)
#: a tag written into a meta tag's text ("Ana Lima<BR>The Daily Post")
_TAG = re.compile(r"<[^<>]{1,20}>")
#: the label before the names ("Posted By:", "Written by", "| By")
# ("Ein Kommentar von", "An analysis by": a kind of piece before the "by"; "Autor:",
# "Texto:": a label and a colon)
_LABEL = lazy(
    r"^[\s|:,;•·–—-]*(?:"
    r"(?:(?:Posted|Written|Contributed|Submitted|Reported|Story|Words|Text)\s+"
    rf"|{PIECE}\s+)?"
    rf"(?:{'|'.join(BY_WORDS)})\b\s*:?\s*"
    rf"|(?:{'|'.join(AUTHOR_LABELS)})\s*:\s*)",
    re.I,
)
#: who took the picture, not who wrote the story ("Staff photo by Ana Lima")
_PHOTO_CREDIT = lazy(r"\b(?:photo|photograph|image|picture)s?\s+(?:by|courtesy)\b", re.I)
_FILE_PHOTO = re.compile(r",\s*file$", re.I)  # "Ana Lima, file": an archive photo's credit
_MONTH = (
    rf"(?:{MONTH_ABBREVIATIONS})[a-z]*\.?"
    rf"|(?:{WEEKDAY_SHORT})[a-z]*\b,?"
)
#: where the date starts after the names ("Ana Lima - Apr 16, 2015", "Ana Lima 5 days
#: ago", "Ana LimaJanuary 17, 2008", "Agencies on Friday, …", "Reuters Published: …")
# (possessive spaces: what follows them is no space, and a run of them split every way
# took 0.2 s on 1,000)
_DATE = lazy(
    r"(?:^|(?:\s*+[-–—|•·,(@]\s*+|\s++)(?:on\s+)?|(?<=[a-z])(?-i:(?=[A-Z])))(?="
    rf"(?:{_MONTH})\s*\d|(?:{WEEKDAY_SHORT})[a-z]*day\b"
    r"|\d{1,4}(?:[/.-]\d{1,2}[/.-]\d{1,4}|:\d\d|(?:st|nd|rd|th)?\s+(?:"
    rf"{_MONTH})|\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
    r"|\.?\s+(?:de\s+)?[^\W\d_]+\.?\s+(?:de\s+)?\d{4}\b)"  # "1 de diciembre de 2017"
    r"|(?:Last\s+)?(?:Published|Updated|Posted|Modified)\b)",
    re.I,
)
#: what a forum prints after a poster's name: the reputation and the badges a
#: question-and-answer site counts ("Ana Lima 3,483 6 6 gold badges 31 31 silver
#: badges"), the posts and the day joined ("Ana Lima 8,415 posts · joined 2008",
#: "Ana Lima Posts: 116 Threads: 23 Joined: …"): the name ends where they begin
# (possessive runs: the digits, the spaces and the words after them split one way only)
_POSTER_STATS = lazy(
    r"(?:^|\s++)(?:(?:[\d.,]++k?+\s++)++(?:(?:gold|silver|bronze)\s+badges?|posts?|messages?)\b"
    r"|(?:Posts|Messages|Threads|Joined|Reputation)\s*+:)",
    re.I,
)
#: "Tech Industry by Ana Lima", "16th Jan 2008 by Ana Lima": the names follow "by"
_INNER_BY = re.compile(r"(?:\s|(?<=\d))(?:by|BY|By)\s+(?=[A-Z])")
#: a wire writer's or a guest's title after the names, with no comma ("Ana Lima AP
#: Sports Writer", "ANA LIMA Special to The Daily Post", "Ana Lima Staff Writer")
_TITLE_AFTER = lazy(
    rf"\s+(?:{WIRE_TITLE}|Special\s+to\b.*"
    r"|Staff\s+(?:Writer|Reporter)s?|STAFF\s+(?:WRITER|REPORTER)S?)$"
)
#: what author boxes put after the names: "(Email)", "(Contact)", "(AP)", "? More by
#: this author", "| TV Writer", ", Staff Writer"
# (possessive: "\s*" then "\W*" split a run of spaces every way, 8 s on 1,000; the
# field reaches it cleaned, but the pattern holds on any text)
_AFTER = lazy(
    r"\s*+(?:\([^()]*\)|\W*+\bMore\s+(?:by|from|stories|articles)\b.*"
    r"|\bView\s+(?:all|more)\b.*|\bon\s+behalf\s+of\b.*)$",
    re.I,
)
#: a writer's role in a field of its own after the names (", Staff Writer", "| TV Editor")
_ROLE_WORDS = (*WRITER_ROLES, "staff", "bureau")
_ROLE_FIELD = lazy(
    r"\s*[,|]\s*[^,|]*\b(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _ROLE_WORDS)
    # (in capitals, the commonest only)
    + "|" + "|".join(w.upper() for w in _ROLE_WORDS if w not in ("columnist", "contributor"))
    + r")s?\s*$"
)
_END_DOT = re.compile(r"(?<=[a-z]{2})(?<![JS]nr)\.$")
#: a firm's name (the publisher, the web designer) stands in the author tag of some pages
_FIRM = lazy(rf".*\b(?:{'|'.join(FIRM_SUFFIXES)})\.?", re.I)
_FILED_FROM = lazy(r"(?<=[a-z])\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$")
#: a name, then the outlet in capitals ("Ana Lima HARBOUR POST")
_NAME_THEN_CAPS = lazy(
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|(?:Mc|Mac)?[A-Z][a-z'’-]+)){1,3})"
    r"(?:\s+[A-Z][A-Z&'’-]+){2,}"
)
_ACCOUNT = re.compile(r"\S\s*\((?=[\w.-]*[a-z])[a-z0-9][\w.-]{1,29}\)$")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?)])")
_LETTER = re.compile(r"[^\W\d_]")
_PERSON_WORD = lazy(r"[A-Z][a-z'’-]+|[A-Z]\.")
#: words of an outlet's name, never of a person's
_OUTLET_WORDS = SECTION_WORDS | frozenset(
    "the daily weekly sun times post herald tribune press journal gazette advertiser "
    "network online magazine radio channel courier chronicle star mail express observer "
    "record telegraph independent".split()
)


def person_like(ws: list[str]) -> bool:
    """Two to four words written as a person's name is: "Ana Lima", "Ana B. Lima"."""
    return 2 <= len(ws) <= 4 and all(
        _PERSON_WORD.fullmatch(w) and w.lower() not in _OUTLET_WORDS for w in ws
    )


class Field(NamedTuple):
    """What ``field`` found."""

    #: the names, as the byline writes them
    names: str
    #: … without the desk words after them ("The Daily Post team" -> "The Daily Post"),
    #: to compare with the site's name
    bare: str
    #: written as a user's account ("Display Name (login)"): a person, whatever the name
    account: bool


def field(value: str) -> Field | None:
    """The writers' names in a byline field of a page, or None when it holds none
    (a date, a photo credit, an address, a firm's or a desk's name)."""
    value = " ".join(_TAG.sub(" ", value).split())
    if len(value) > MAX_FIELD:
        return None
    # "Ana Lima (https://example.org/ana)": the name without its address
    value = " ".join(_ADDRESS.sub(" ", value).split()) if not _ADDRESS.fullmatch(value) else value
    if _PHOTO_CREDIT.search(value) or _FILE_PHOTO.search(value):
        return None
    value = _SPACE_BEFORE.sub(r"\1", value)
    account = _ACCOUNT.search(value) is not None
    labelled = _LABEL.match(value)
    if labelled is not None:
        value = value[labelled.end() :]
    else:
        # ("Written by Ana Lima Edited by Sam Reed": the first label's names stay)
        inner = _INNER_BY.search(value)
        if inner is not None:
            value = value[inner.end() :]
    stats = _POSTER_STATS.search(value)
    if stats is not None:
        value = value[: stats.start()]
    date = _DATE.search(value)
    if date is not None:
        if date.start() == 0:
            # "5 days ago", "Last Updated: …": a date with no names; "Dec 17, 2025 ·
            # Ana Lima": an author box that dates the piece before it signs it
            return _after_date(value)
        value = value[: date.start()]
    for _ in range(3):
        value = _ROLE_FIELD.sub("", _AFTER.sub("", value)).strip(" ,;:|-–—")
    value = _cut_title(value, _TITLE_AFTER)
    value = _END_DOT.sub("", value)  # "… by Ana Lima." ("Ana Lima Jr." keeps its dot)
    # "Harbour Notes | Ana Lima": a column's name and the writer, in fields
    fields = [f.strip() for f in value.split(" | ")]
    people = [f for f in fields if person_like(f.split())]
    if len(fields) > 1 and len(people) == 1:
        value = people[0]
    # "Ana Lima in Karachi": where the writer filed from
    value = _FILED_FROM.sub("", value)
    # "ANA LIMA The Harbour Post", "Ana Lima HARBOUR POST": the outlet after the names,
    # told apart by its case
    value = _name_before(value, CAPS_THEN_OUTLET, _NAME_THEN_CAPS)
    if not value or len(value) > MAX_NAMES or WEB_ADDRESS.search(value) or date_like(value):
        return None  # an address or a date (author boxes often hold the date too) is no name
    if _FIRM.fullmatch(value) or not _LETTER.search(value):
        return None
    ws = value.split()
    while ws and ws[-1].lower() in DESK_WORDS:  # "Newsroom", "The Daily Post team"
        ws.pop()
    if not ws:
        return None
    return Field(value, " ".join(ws), account)


#: what may stand between a leading date and the names after it: a separator, "by"
_AFTER_DATE = lazy(r"^[\s·•|,–—-]*+(?:(?i:by)\s+)?")


def _after_date(value: str) -> Field | None:
    """The names after the date an author box begins with ("Dec 17, 2025 · Ana Lima"),
    when every one reads as a person's name (what follows a date is as often a reading
    time or an update's label)."""
    m = ISO_DATE.match(value) or NAMED_DATE.match(value) or NUMERIC_DATE.match(value)
    if m is None:
        return None
    rest = value[m.end():]
    rest = rest[_AFTER_DATE.match(rest).end():]
    if not rest or _DATE.match(rest):
        return None
    found = field(rest)
    if found is None or not all(person_like(n.split()) for n in _LIST.split(found.names)):
        return None
    return found


def poster_stats(text: str) -> bool:
    """``text`` begins with what a forum prints after a poster's name (" 3,483 6 6 gold
    badges", " 8,415 posts · joined 2008"), as the rest of a line that begins with it."""
    return _POSTER_STATS.match(text) is not None


#: a line of nothing but a poster's reputation and badges, as a question-and-answer site
#: prints them under each post's writer ("54.4k37 gold badges142 silver badges215 bronze
#: badges": the numbers run into the words)
_POSTER_COUNTS = lazy(
    r"(?:[\d.,]+k?\s*)?(?:\d+\s*(?:gold|silver|bronze)\s+badges?\s*)+", re.I
)


def poster_counts(text: str) -> bool:
    """``text`` is a poster's reputation and badges alone."""
    return _POSTER_COUNTS.fullmatch(text.strip()) is not None


def lone_label(byline: str | None) -> bool:
    """``byline`` is one word that is a month's or a weekday's ("Feb" of "Written By Feb
    11, 2019") or a heading's or a label's noun ("By Collection", "Expires 01/01/26"):
    a label's word the byline's shapes took for a name."""
    if byline is None or len(byline.split()) != 1:
        return False
    low = byline.split()[0].strip(" .,:").casefold()
    return low in MONTH_WORDS or low in WEEKDAY_WORDS or low in THING_NOUNS


def ends_in_facet(byline: str | None) -> bool:
    """``byline`` ends in a filter menu's facet ("By Company Size", "By Use Case"): the
    menu's entry, unless a given name begins it ("By Steve Case"; the caller asks)."""
    return bool(byline and byline.split()) and (
        byline.split()[-1].strip(" .,:").casefold() in FACET_WORDS
    )
