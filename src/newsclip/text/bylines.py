"""Bylines in a page's text dump.

    By Sarah E. Needleman            → byline "Sarah E. Needleman"
    by Ada Kerrigan 22 Dec 2016      → byline "Ada Kerrigan" (the date is read apart)

A table of named patterns, like the chrome rules: the name of the pattern that
matched is the rule ``newsclip explain`` shows.  Photo captions are read by
``captions``, whose names this module gives too (the readers ask it for both).
"""

from __future__ import annotations

import re
from functools import cache

from .._lazy_patterns import lazy
from .._byline import NOT_NAMES, names, strip_dot
from .._vocab import (
    AGE_UNITS,
    AGENCY_WORDS,
    BY_WORDS,
    BY_WORDS_IN_CAPITALS,
    BY_WORDS_WITH_GIVEN_NAME,
    MONTH_ABBREVIATIONS,
    MONTH_WORDS,
    MONTHS_AS_NAMES,
    NAME_JOINS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    PHOTO_AGENCY,
    PIECE_AT_START,
    TEXT_AUTHOR_LABELS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_SHORT,
    WEEKDAY_WORDS,
)
from . import desks, given_names, prefilter
from .captions import CAPTION_RULES, MAX_CAPTION_WORDS, caption
from .features import title_cased
from .datelines import FIELD_SEPARATOR

__all__ = [
    "BYLINE_RULES", "DATE_RULES", "MAX_BYLINE_WORDS", "MAX_ROLE_WORDS", "MAX_ROLE_CHARS",
    "byline", "agency", "label_alone", "after_label", "CAPTION_RULES", "MAX_CAPTION_WORDS",
    "caption", "name_line", "starter", "poster", "asked", "thread_start", "handle_alone",
    "name_beside_date", "initials",
]

# A name: capitalised words, initials, particles ("de", "van"), joined by
# "and", "&" or commas for several authors.
# (Latin Extended-A holds capitals such as "Ł" and "Š", mixed with small letters.)
_PARTICLE = f"(?:{'|'.join(NAME_PARTICLES)})"
_NAME_WORD = (
    r"(?:[A-Z\u00c0-\u00de\u0100-\u017f](?:[^\W\d_]|['’.-](?=[^\W\d_]))*\.?|[A-Z]\."
    rf"|{_PARTICLE}(?=\s+(?:[A-Z]|{_PARTICLE}\s+[A-Z])))"  # "van der Berg"
)
_NAME = rf"{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{0,4}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|{'|'.join(NAME_JOINS)})\s*{_NAME}){{0,4}}"

# Words of a date before "by": "March 10, 2015", "2015-03-10 08:05", "3 May".
# (words of a date only: "10 days ago Harbour, Bayside get by Rovers" is a headline)
_DATE_WORDS = (
    rf"(?:\d[\w/.:-]*|(?:{MONTH_ABBREVIATIONS}|{WEEKDAY_ABBREVIATIONS})[a-z]*\.?|(?i:at|on|of|the|am|pm|a\.m\.|p\.m\.|ago|h|hrs?|mins?"
    r"|seconds?|minutes?|hours?|days?|weeks?|months?|years?|updated|published|posted|written"
    r"|last|de|le|el)|[A-Z]{2,5}|[-–—|•·/@]+)[,.:]?\s+"
)
# What a date begins with right after a name: a month, a weekday, digits, "5 hours ago".
_MONTHS = (
    rf"(?:{MONTH_ABBREVIATIONS})[a-z]*\.?"
    rf"|(?:{WEEKDAY_SHORT})[a-z]*,?\s"
)
_DATE_START = (
    # a score ("3-2") is not a date: a numeric date has two separators, a time a colon
    # (and a version number, "1.1.7", is not one: a year has two digits or four)
    rf"(?:{_MONTHS})\s*\d|\d{{1,4}}(?:[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})(?![\d.])|:\d\d"
    rf"|\s*(?:{_MONTHS})"
    r"|\s*(?:h|hrs?|min)\b"
    r"|\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago)|(?:Today|Yesterday)\b"
)

#: name, pattern (searched at the start of a line), where group "name" is the byline
#: "by" before the names, as a line writes it ("by", "By", "BY", "Von", "Par" …); the
#: Italian "Di" has a rule of its own (it begins names too)
_BY = "|".join(
    sorted({form for w in BY_WORDS if w != "di" for form in (w, w.capitalize())}
           | {w.upper() for w in BY_WORDS_IN_CAPITALS})
)
#: "by" as one of a line's first three words (a small pattern: ``_NEEDS``)
_BY_IN_FIRST_WORDS = re.compile(rf"(?:\S+\s+){{0,2}}(?:{_BY})[:\s]")
#: what a line holds, or begins with, whenever these rules match it (a literal of the
#: pattern, or a small pattern of its start): a line without it is not tried against the
#: rule
_NEEDS = {
    # ("by" as one of the first three words, perhaps glued to a colon: "Written By:Ada";
    # the words before it are a label or the kind of piece)
    "byline-by": lambda text: _BY_IN_FIRST_WORDS.match(text) is not None,
    # ("by", "By" or "BY" before the names)
    "byline-after-date": lambda text: "by" in text or "By" in text or "BY" in text,
    # (the label opens the line)
    "byline-label": lambda text: text.startswith(_AUTHOR_LABELS),
    # ("Di" or "DI", then white space)
    "byline-di": lambda text: text[:2] in ("Di", "DI") and text[2:3].isspace(),
}

#: a label and a colon before the names ("Author:", "Autorin:", "Texto:")
_AUTHOR_LABELS = tuple(w.capitalize() for w in TEXT_AUTHOR_LABELS)
_AUTHOR_LABEL = "|".join(_AUTHOR_LABELS)

#: (the rules a line must pass a cheap test for, ``_NEEDS``, compile when a line first
#: does: most dumps have none)
BYLINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, lazy(pattern) if name in _NEEDS else re.compile(pattern))  # type: ignore[misc]
    for name, pattern in (
        (
            "byline-by",
            # ("WRITTEN BY ADA KERRIGAN": a label in capitals, as a style sheet shows it)
            r"(?:(?i:Written|Words|Story|Text|Posted|Reported|Report|Reporting"
            r"|Contributed|Submitted)"
            rf"\s+|{PIECE_AT_START}\s+)?"  # (the kind of piece: "Ein Kommentar von")
            rf"(?P<by>{_BY})[:\s]\s*(?P<name>{_NAMES})",
        ),
        (
            # "on March 10, 2015 by Nikhil Marathe", "Posted 3 May 2020 by Ada Kerrigan":
            # a date line that names its writer after the date
            "byline-after-date",
            r"(?:(?:Posted|Published|Updated|Written)\s+)?(?:on\s+)?"
            rf"(?=[^|]{{0,40}}?\d)(?:{_DATE_WORDS}){{1,6}}"
            # (or a handle in small letters that ends the line: "by ada_k"; not after "BY",
            # which a heading in capitals holds: "4. The ORDER BY clause")
            rf"(?:BY\s+(?={_NAMES})|[Bb]y\s+)"
            rf"(?P<name>{_NAMES}|[a-z][\w.-]{{2,30}}(?=\s*$))",
        ),
        (
            # "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Alex Perry 1 day ago",
            # "Ada Kerrigan • 8h": a name, then the date, on one line
            "byline-name-date",
            # (not glued to the date's digits: "Canon EOS R6 Mark III" is a model's number)
            rf"(?P<name>{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{1,4}})(?!\d)"
            rf"\s*(?:[-–—|•·,/]\s*)?(?={_DATE_START})",
        ),
        (
            "byline-label",
            rf"(?:{_AUTHOR_LABEL})s?\s*[:|]\s*(?P<name>{_NAMES})",
        ),
        (
            # "Di Marco Rossi e Giulia Bianchi": the Italian "By", which begins names too
            # ("Di Maria scores twice"), so the names must fill the line
            "byline-di",
            rf"(?:Di|DI)\s+(?P<name>{_NAMES})(?=\s*$)",
        ),
    )
)

#: rules of date lines that name the writer too ("on March 10, 2015 by Ada Kerrigan")
DATE_RULES = frozenset({"byline-after-date", "byline-name-date"})

#: words that may follow a byline's names on its line (a role, a place, a date, or the
#: next credit of a wire story's credit line: "Reporting by Ada Kerrigan; Editing by …")
_BYLINE_TAIL = lazy(r"^(?:\s*(?:[,;|•·–—/-]|\s)\s*.*)?$|^[\d@]|^[®™*†]")
#: "By Ada Kerrigan, a deputy editor who …": the sentence after the name is her role
_ROLE_SENTENCE = re.compile(r",\s+(?:a|an|the)\s")
#: a byline line is short: the names and a role or date, no sentence
MAX_BYLINE_WORDS = 16
#: … unless the writer's role follows as a sentence ("By Ada Kerrigan, a deputy editor …")
MAX_ROLE_WORDS = 60
MAX_ROLE_CHARS = 400


def byline(text: str) -> tuple[str, str] | None:
    """(rule, author names) when ``text`` is a byline line."""
    if _GLUED_BY.match(text):
        # "ByAda KerriganMar 5, 2025", "BY ADA KERRIGANPUBLISHED: JUN 25, 2025": a dump
        # glues the label, the name and the date of one header row together
        text = _unglue(text)
    found = _byline(text)
    if found is None and "：" in text and len(text) <= MAX_ROLE_CHARS:
        # "2017-03-10 09:58 来源：网易 作者：李明": Chinese pages label the writer (作者),
        # the reporter (记者) or the editor (编辑) mid-line; an empty label is followed by
        # the next one
        m = _CJK_LABEL.search(text)
        while m is not None:
            if text[m.end() : m.end() + 1] not in ("：", ":"):
                return "byline-label", m["name"]
            m = _CJK_LABEL.search(text, m.start() + 1)
    if found is None and len(text) <= MAX_ROLE_CHARS and (sep := FIELD_SEPARATOR.search(text)):
        # "Le Monde | 04.05.2015 à 13h36 | Par Ada Kerrigan", "March 15, 2022 · 3 min read
        # · By Ada Kerrigan": the byline is one field of a header line whose fields are set
        # apart by bars or dots; the first field is tried alone when the whole line is too
        # long for a byline ("By Ada Kerrigan – Updated <date> | Fact-checked by …")
        for field in text.split(sep.group(0)):
            inner = _byline(field.strip())
            if inner is not None and inner[0] in _FIELD_RULES:
                return "byline-field", inner[1]
    if found is None and len(text) <= MAX_ROLE_CHARS and (
        m := _WRITTEN_AFTER_DASH.search(text)
    ):
        # "Medically reviewed by Ana Lima, MD — Written by Ada Kerrigan on March 3, 2024":
        # the writer's field after a dash, the reviewer's before it
        inner = _byline(text[m.start(1) :])
        if inner is not None and inner[0] in _FIELD_RULES:
            return "byline-field", inner[1]
    return found


#: a writer's label after a dash that sets a header line's fields apart
_WRITTEN_AFTER_DASH = re.compile(r"\s[—–]\s+((?i:written|words|story|text|reported)\s+by\s)")


#: a line that begins with "By" glued to a capital and a letter: "ByAda", "BYADA" ("BY
#: ADA" is not glued, nor a word that begins so: "BYD rolls out …")
_GLUED_BY = re.compile(r"(?:By|BY)(?=[A-Z][^\W\d_])|(?:By|BY)\s.*?(?:[a-z](?:" + MONTH_ABBREVIATIONS
                       + r")|[A-Z](?:PUBLISHED|UPDATED|POSTED)\b)")
#: where a dump glued two fields of a byline row: after the label ("ByAda"), and before
#: the date or the date's label ("KerriganMar 5", "KERRIGANPUBLISHED:")
_GLUE_POINTS = lazy(
    r"^(?:By|BY)(?=[A-Z][^\W\d_])|(?<=[a-z])(?=(?:" + MONTH_ABBREVIATIONS + r")[a-z]*\.?\s*\d)"
    r"|(?<=[A-Z])(?=(?:PUBLISHED|UPDATED|POSTED)\b)"
)


#: a byline's label alone on its line, the names on the next: "Written By", "By:", "Author"
_LABEL_ALONE = re.compile(
    r"(?i:(?:written|posted|words|reported|story|text|article)\s+by|by|author(?:s|\(s\))?|autor"
    r"|auteur|von"
    r"|par|por)"
    r"\s*:?"
)


def label_alone(text: str) -> bool:
    """``text`` is a byline's label with no names after it ("Written By", "Author")."""
    return len(text) <= _LABEL_CHARS and _LABEL_ALONE.fullmatch(text.strip()) is not None


_LABEL_CHARS = 20
#: a label of another kind, a word and "by" and no name ("Cited by (332)")
_OTHER_LABEL = re.compile(r"\s*[^\W\d_]+\s+(?i:by)\s*(?:[^\w\s]|\d|$)")


#: a writer's initials alone, as an avatar without a picture prints them ("CP" over
#: "Chengcheng Pei"): two or three capitals
_INITIALS = re.compile(r"[A-Z\u00c0-\u00de]{2,3}")


def initials(text: str) -> bool:
    """``text`` is an avatar's initials alone ("AK"), over the writer's name."""
    return _INITIALS.fullmatch(text.strip()) is not None


def after_label(text: str) -> str | None:
    """The names of the line under a byline's label alone ("Written by" / "Ada
    Kerrigan"), read as "By" and the line would be, or a desk's (another label is none:
    "Author" over "Written by")."""
    if label_alone(text) or _OTHER_LABEL.match(text):
        return None
    found = _byline(f"By {text.strip()}")
    if found is not None and found[1].split()[0].lower() in _NOT_NAME_WORDS:
        return None  # (a link under "Authors": "Contact Us")
    # (or a desk's name: "By" over "The Harbour Team")
    return found[1] if found is not None and found[0] == "byline-by" else desks.credit(text)


def _unglue(text: str) -> str:
    """``text`` with a space after a glued label, and a bar between glued fields (so
    that "BY ADA KERRIGANPUBLISHED:" does not read as one name)."""
    return _GLUE_POINTS.sub(lambda m: " | " if m.start() else m.group(0) + " ", text)


_CJK_LABEL = lazy(r"(?:作者|记者|責任編輯|责任编辑|编辑)\s*[：:]\s*(?P<name>[\u4e00-\u9fff·]{2,5})")
#: the rules that may find a byline in a field of a header line: those with a label
_FIELD_RULES = frozenset({"byline-by", "byline-label", "byline-di"})


def _byline(text: str) -> tuple[str, str] | None:
    if not text or len(text) > MAX_ROLE_CHARS:
        return None
    cannot_start = _NOT_FIRST.chars
    if cannot_start is None:
        cannot_start = _NOT_FIRST.warm()
    if text[0] in cannot_start:
        return None
    # (the cheap tests first: the dated rules try every capitalised start, and most
    # lines hold no digit, which their date needs; the others begin the line)
    if _DIGIT.search(text) is not None:
        tries = _ALL_RULES
    elif _TODAY.search(text) is not None:
        tries = _TODAY_RULES
    else:
        tries = _UNDATED_RULES
    for name, pattern, needs in tries:
        if needs is not None and not needs(text):
            continue
        m = pattern.match(text)
        if m is None:
            continue
        n = len(text.split())
        # "By Ada Kerrigan, a deputy editor who has covered …": the writer's role
        # may run on as a sentence or two, or in Title Case (``features.title_cased``)
        if n > MAX_BYLINE_WORDS and (
            n > MAX_ROLE_WORDS or name != "byline-by"
            or not (_ROLE_SENTENCE.match(text, m.end("name")) or title_cased(text))
        ):
            return None
        author = strip_dot(m.group("name").strip(" ,"))
        # "Published Thursday 27 July": a label and a weekday before a date, not a name
        if name == "byline-name-date" and not _names_alone(author):
            continue
        # "By the way, …", "By March the plan …": a sentence, not a byline
        if author.split()[0].lower() in NOT_NAMES and not _month_named(author):
            continue
        if (
            text.rstrip().endswith((".", "?", "!")) and len(text.split()) > 8
            and not _ROLE_SENTENCE.match(text, m.end("name"))
        ):
            continue
        if not _BYLINE_TAIL.match(text[m.end("name") :]):
            continue
        author = names(author)
        # "Door Locks & Hardware": a shop's heading, where the Dutch "Door" begins no name
        if name == "byline-by" and m["by"].lower() in BY_WORDS_WITH_GIVEN_NAME and not (
            given_names.starts_with_given_name(author)
        ):
            continue
        # "By Sports News Editor", "Author: Staff": a desk or a role, no one's name
        if all(w.lower().strip(".") in _DESK_WORDS for w in author.split()):
            continue
        return name, author
    return None


def _month_named(author: str) -> bool:
    """``author`` begins with a month's name that is also a given name, then a surname
    ("April Fulton"; "By March the plan …" begins no name)."""
    words = author.split()
    return len(words) >= 2 and words[0].lower() in MONTHS_AS_NAMES and words[1][0].isupper() \
        and words[1].lower() not in MONTH_WORDS


#: rules whose match holds a digit (its date), or for "byline-name-date" a digit or
#: "Today" / "Yesterday"; a line without one is not tried against them
_DATED_RULES = frozenset({"byline-after-date", "byline-name-date"})
_DIGIT = re.compile(r"\d")
_TODAY = re.compile("Today|Yesterday")
#: each rule with its cheap test (``_NEEDS``) or None
_ALL_RULES = tuple((n, p, _NEEDS.get(n)) for n, p in BYLINE_RULES)
_TODAY_RULES = tuple(r for r in _ALL_RULES if r[0] != "byline-after-date")
#: (tried in turn: one alternation of them, to reject a line in one match, took as long to
#: compile as a single dump's lines take to be tried one rule after the other)
_UNDATED_RULES = tuple(r for r in _ALL_RULES if r[0] not in _DATED_RULES)

# ASCII characters no byline rule begins with: most lines are rejected by their first one
# (once a batch's first lines have been read: ``prefilter.CannotStart``)
_NOT_FIRST = prefilter.CannotStart(p.pattern for _n, p in BYLINE_RULES)

_AGENCY_NAME = lazy(rf"(?:.*\s)?(?:{PHOTO_AGENCY}|(?i:{AGENCY_WORDS}))\b.*")


def agency(name: str) -> bool:
    """The byline names a news agency ("Associated Press", "AFP", "Agencies")."""
    return _AGENCY_NAME.fullmatch(name) is not None


#: a line of names alone, next to the date or under the headline ("Hazel Sheffield",
#: "ADA KERRIGAN | Staff Writer", "Ada Kerrigan, @ada"): the writer, by its place
_NAME_LINE = re.compile(
    rf"(?:(?:[Bb]y|BY)\s+)?(?P<name>{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{1,4}})"
    # after a comma, a role or a handle ("Ada Kerrigan, Staff Writer"), not a clause;
    # a hyphen sets a role apart with a space on one side ("CVE-2024" joins a word)
    r"(?:(?:\s*[|•·–—]|\s*-(?=\s)|\s+-|\s@)\s*[^|]{0,60}|\s*,\s*[A-Z@][^|]{0,60})?"
)
_NOT_NAME_WORDS = NOT_NAME_WORDS

#: … of which these name a byline's desk or role ("Sports News Editor"), not an agency
_DESK_WORDS = _NOT_NAME_WORDS - {"agencies", "wire", "press"}


def name_line(text: str) -> str | None:
    """The writer's name when ``text`` is a line of 2–5 capitalised names and perhaps a role."""
    if len(text) > 100:
        return None
    m = _NAME_LINE.fullmatch(text.strip())
    if m is None or (text.rstrip()[-1] in ".!?" and len(text.split()) > 4):  # a sentence
        return None
    if not _names_alone(m.group("name")):
        return None
    return strip_dot(names(m.group("name")))


def _names_alone(names: str) -> bool:
    words = names.split()
    if any(w.lower().strip(".") in _NOT_NAME_WORDS or w.lower() in NOT_NAMES for w in words):
        return False
    # "Ada’s Bio", "Sam's Picks": a possessive names a thing of someone's, not a writer
    if any(w.endswith(("'s", "’s", "'S", "’S")) for w in words):
        return False
    # "Stock Trading Contest. Join": a sentence ends inside; a name's dots follow
    # initials and short titles ("J.", "Mrs.", "Jr.")
    if any(w.endswith(".") and len(w) > 4 for w in words[:-1]):
        return False
    return not all(len(w.rstrip(".")) == 1 for w in words)  # "A. B." is not a name


# --- a thread's first poster --------------------------------------------------------

#: a poster's name as a forum prints it: a handle ("ada_k", "hayley.p", "HOSTLAR"),
#: or a name of capitalised words ("Chris Hall")
_HANDLE = r"[^\s,»|:()]+(?:[ \u00a0][A-Z][^\s,»|:()]*){0,2}"
@cache
def _starter() -> re.Pattern[str]:
    """The labels a forum gives the thread's first poster: "Thread starter ada_k", "ada_k
    Discussion starter", "Discussion in 'Help' started by ada_k, May 26, 2025", "Post by
    ada_k » 11. Sep 2024, 18:36" (each post's stamp: the first is the thread's),
    "submitted 17 hours ago by ada_k".
    (Compiled on first use, as ``_poster``: most dumps are no threads.)"""
    return re.compile(
        rf"(?i:thread|topic|discussion)\s+starter\s*:?\s+(?P<a>{_HANDLE})"
        rf"|(?P<b>{_HANDLE})\s+(?i:thread|topic|discussion)\s+starter"
        rf"|.{{0,120}}\b(?i:started\s+by)\s+(?P<c>{_HANDLE}),\s*(?:\d|(?:{_MONTHS})\s*\d).*"
        rf"|Post\s+by\s+(?P<d>{_HANDLE})\s+».*"
        # (a link aggregator's post: "submitted 17 hours ago by ada_k")
        rf"|submitted\s+\d{{1,3}}\s+(?:{'|'.join(u[:-1] for u in AGE_UNITS)})s?\s+ago"
        r"\s+by\s+(?P<e>[\w-]{3,30})(?:\s+to\s+\S+)?"
    )


@cache
def _poster() -> re.Pattern[str]:
    """A post's stamp: the poster's handle, its full name perhaps, then the date ("raoul
    (raoul) May 3, 2024, 8:45am 1", "hayley.p 2 May 2025 18:48")."""
    return re.compile(
        rf"(?P<name>[\w.@-]+)(?:\s+\([\w.@-]+\))?\s+(?:[-–—|•·,]\s*)?(?={_DATE_START})"
    )


def starter(text: str) -> str | None:
    """The thread's first poster when ``text`` is a forum's line that names them."""
    if len(text) > MAX_ROLE_CHARS:
        return None
    m = _starter().fullmatch(text.strip())
    if m is None:
        return None
    name = next(g for g in m.groups() if g is not None)
    return None if name.lower() in NOT_NAMES else name


#: a question's stamp on a page of questions and answers: "asked Feb 4, 2014 at 13:02"
#: (the asker's name on the line under it)
_ASKED = re.compile(rf"asked\s+(?:\d|(?:{_MONTHS})\s*\d)")
#: a handle alone on its line: one word with a letter ("ada_k", "user3080392")
_HANDLE_ALONE = re.compile(r"[\w.@-]*[^\W\d_][\w.@-]*")


def asked(text: str) -> bool:
    """``text`` is a question's stamp ("asked Feb 4, 2014 at 13:02")."""
    return _ASKED.match(text) is not None


def thread_start(text: str) -> bool:
    """``text`` stamps a thread's first post: it names the thread's starter ("Post by
    ada_k » 11. Sep 2024, 18:36", "Started by ada_k, June 04, 2024") or asks the
    question ("asked Feb 4, 2014 at 13:02")."""
    return asked(text) or starter(text) is not None


def handle_alone(text: str) -> str | None:
    """``text`` when it is one handle alone ("user3080392"), or a line of names alone."""
    text = text.strip()
    if _HANDLE_ALONE.fullmatch(text) and len(text) <= _MAX_HANDLE_CHARS:
        return None if text.lower() in NOT_NAMES or text.lower() in _NOT_NAME_WORDS else text
    return name_line(text)


_MAX_HANDLE_CHARS = 40


def poster(text: str) -> str | None:
    """The handle a post's stamp opens with ("hayley.p 2 May 2025 18:48 1" -> "hayley.p");
    a word of a date line ("Posted", "Updated") is no one's handle."""
    m = _poster().match(text)
    if m is None:
        return None
    name = m.group("name")
    low = name.lower()
    if low in NOT_NAMES or low in _NOT_NAME_WORDS or low in MONTH_WORDS or low in WEEKDAY_WORDS \
            or not _LETTER.search(name):
        return None
    return name


_LETTER = re.compile(r"[^\W\d_]")


# --- a name beside the date -----------------------------------------------------------

#: what a date line holds besides the date and a name: its labels ("Last Updated:"),
#: counters ("109 Comments", "30 min", "6279 words") and the section after the name
#: ("Ada Kerrigan in Harbour News")
_DATE_FIELD_NOISE = lazy(
    r"(?i:(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?"
    r"|\d[\d,.]*\s*(?:comments?|min(?:ute)?s?(?:\s+read)?|words|views|replies))"
    r"|(?<!\s)\s+in\s+[A-Z].*$"
)
#: what sets a date line's fields apart: bars, dots, slashes
# (a match begins where a run of white space does: tried inside the run, "\s+" would
# run to its end from every space, slow on a long one)
_DATE_FIELDS = lazy(r"(?<!\s)\s+[|·•/]\s+|(?<!\s)\s*[|·•]\s*")


def name_beside_date(text: str, raw: str) -> str | None:
    """The writer named in a field of a date line beside its date ("December 15, 2025 ·
    30 min · Ada Kerrigan", "109 Comments | Ada Kerrigan | Last Updated: …", "Dec 17,
    2025Ada Kerrigan"): a field that is a line of names alone once the date, its labels
    and counters are taken out."""
    at = text.find(raw)
    if at < 0:
        return None
    before = text[:at]
    # ("BEVERLY HILLS, Calif., Jan. 8, 2008": a place then a comma then the date is a
    # news story's dateline, not its writer)
    if before.rstrip().endswith(","):
        before = ""
    rest = f"{before} | {text[at + len(raw):]}"
    for field in _DATE_FIELDS.split(rest):
        field = _DATE_FIELD_NOISE.sub(" ", field).strip(" ,–—-|·•/")
        # (an agency beside the date is its credit: a writer named over it comes first)
        # (or the desk that signs it: "Harbour Desk / Updated: …")
        if field and (name := name_line(field) or desks.credit(field)) and not agency(name):
            return name
    return None
