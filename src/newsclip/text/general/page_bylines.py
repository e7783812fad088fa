"""Bylines found anywhere on the page, for when none stands by the headline: a labelled
byline wherever it is ("Written by Ada Kerrigan" under the story), a line of names in the
header confirmed by a note about the writer, and an author box (a name over the
writer's role or a note about them).  The general reader's labels stage
(``labels``) tries them in its order, after the bylines of the header.
"""

from __future__ import annotations

import re
from functools import cache

from ..._lazy_patterns import lazy
from ..._byline import person_like
from ..._vocab import (
    BIO_FIRST_PERSON, BIO_HEADINGS, BIO_VERBS, FIRM_SUFFIXES, NAME_PARTICLES, WRITER_ROLES,
)
from .. import bylines, given_names, header_shapes
from ..model import Layout, Line
from .chrome import LEARNED
from .lines import Info
from .region import Region
from .tuning import LabelTuning

__all__ = [
    "WORD", "page_byline", "first_teaser", "names_under_label", "labelled_pair", "bio_byline",
    "author_box", "owner_byline", "site_owner",
]

#: a word, with its apostrophes ("O'Brien", "Ada’s")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


#: the byline rules that name the writer with a label ("By", "Written by", "Author:")
_LABELLED = frozenset({"byline-by", "byline-label", "byline-di", "byline-field"})


def page_byline(lines: list[Line], infos: list[Info], layout: Layout) -> None:
    """With no byline near the headline, the page's labelled byline wherever it stands
    ("Written by Ada Kerrigan" in a box under the story, "by Ada Kerrigan | SEO | 8 min
    read" over the share bar), when it names one writer only: a page whose "By …" lines
    name several is a list of stories, or a thread, each with its own."""
    found: dict[str, int] = {}
    for k, info in enumerate(infos):
        if info.byline is not None and info.byline[0] in _LABELLED and not _facet(infos, k):
            found.setdefault(info.byline[1], k)
            if len(found) > 1:
                return
    for name, k in found.items():
        line = lines[infos[k].i]
        line.label, line.rule = "header", infos[k].byline[0]  # type: ignore[index]
        layout.byline = name


def _facet(infos: list[Info], k: int) -> bool:
    """Line ``k``'s "By" names one word that is no given name, among a menu's items
    (the lines on both sides are a few words, no prose): a facet of the menu ("View
    all" / "By Region" / "Asian Food"), not a writer."""
    name = infos[k].byline[1]  # type: ignore[index]
    return (
        len(name.split()) == 1 and not given_names.given_name(name)
        and 0 < k < len(infos) - 1
        and all(
            infos[j].score <= 0 and len(infos[j].tokens) <= _MENU_ITEM_WORDS
            for j in (k - 1, k + 1)
        )
    )


#: a menu's item is this many words at most
_MENU_ITEM_WORDS = 4


def first_teaser(lines: list[Line], infos: list[Info], name: str, t: LabelTuning) -> bool:
    """The header's byline naming ``name`` is the first of a list's teasers: ``teaser_bylines``
    bylines or more follow it, each within ``teaser_gap`` lines of the one before and
    naming someone else, at the list's pace ("By Ada Kerrigan" / a teaser / "By Ben Ode" /
    a teaser / "By Kit Lee"): a page of stories, each with its writer.  (A story's byline
    stands farther from the list under it than the list's bylines stand apart.)"""
    at = next((k for k, info in enumerate(infos) if lines[info.i].label == "header"
               and info.byline is not None and info.byline[1] == name), None)
    if at is None or not t.teaser_bylines:
        return False
    others: set[str] = set()
    found = [at]
    for k in range(at + 1, len(infos)):
        if k - found[-1] > t.teaser_gap:
            break
        by = infos[k].byline
        if by is not None and by[1] != name and by[1] not in others:
            others.add(by[1])
            found.append(k)
    if len(others) < t.teaser_bylines:
        return False
    gaps = [b - a for a, b in zip(found[1:], found[2:])]
    return found[1] - found[0] <= max(gaps, default=found[1] - found[0])


def names_under_label(infos: list[Info], k: int) -> int:
    """The line that holds the names under the byline's label alone on line ``k``: the
    next, or the one after an avatar's initials ("Author" / "CP" / "Chengcheng Pei")."""
    under = k + 1
    if bylines.initials(infos[under].text) and under + 1 < len(infos):
        under += 1
    return under


def labelled_pair(lines: list[Line], infos: list[Info], layout: Layout) -> None:
    """With no byline near the headline, a byline's label alone ("Author", "Written by")
    over a line of names, wherever the pair stands (a header the reader took for the
    page's furniture: "author" / "Ada Kerrigan" / "Senior Engineer" over the story),
    when the page's pairs name one writer only (a team's page names several)."""
    found: dict[str, tuple[int, int]] = {}
    for k in range(len(infos) - 1):
        if not bylines.label_alone(infos[k].text):
            continue
        under = names_under_label(infos, k)
        nxt = infos[under]
        if nxt.i != nxt.last or (name := bylines.after_label(nxt.text)) is None:
            continue
        found.setdefault(name, (k, under))
        if len(found) > 1:
            return
    for name, (k, under) in found.items():
        for j in range(k, under + 1):
            line = lines[infos[j].i]
            line.label, line.rule = "header", "byline-label-above"
        layout.byline = name


def bio_byline(
    lines: list[Line], infos: list[Info], region: Region, layout: Layout, t: LabelTuning
) -> None:
    """A line of names alone above the article or in its header is the byline, wherever
    it stands there, when the page has a note about that writer: a line that opens with
    the name and a verb of a biography ("Ada Kerrigan is a reporter who …"), or with a
    heading over the writer's note or other stories and the name ("More by Ada
    Kerrigan")."""
    names: dict[str, int] = {}
    for k in range(min(len(infos), region.start + t.header_after_start + 1)):
        info = infos[k]
        if info.i == info.last and (name := bylines.name_line(info.text)) is not None and (
            not header_shapes.names_a_thing(name)
        ):
            names.setdefault(name.casefold(), k)
    if not names:
        return
    starts = tuple(names)
    for j, info in enumerate(infos):
        # (the note stands outside the story, or closes it: "Ada Kerrigan is …" inside
        # it is about the person the story is about)
        if region.start <= j < region.end - t.bio_last_lines:
            continue
        # (the cheap test first: a note begins or ends with one of the names)
        low = info.text.casefold()
        if not (low.startswith(starts) or low.rstrip().endswith(starts)):
            continue
        m = _bio().match(info.text)
        if m is None:
            continue
        k = names.get((m["a"] or m["b"]).casefold())
        # (not the person or the team the story is about: "Ada Kerrigan is a …" in its
        # opening is the story's)
        if k is not None and infos[k] is not info:
            line = lines[infos[k].i]
            if line.label == "chrome":  # (a line of the body stays in it)
                line.label, line.rule = "header", "byline-name-line"
            layout.byline = bylines.name_line(infos[k].text)
            return


#: a writer's role or label alone under their name in an author box ("Content Editor",
#: "Contributing Writer | …", "Author"): its first field, a few words
_BOX_ROLES = (*WRITER_ROLES, "author", "copywriter")
#: ... after at most this many characters of its own
_BOX_ROLE_LEAD = 40
_BOX_ROLE = lazy(
    rf"(?:[^|•·–—]{{0,{_BOX_ROLE_LEAD}}}\b)?(?i:{'|'.join(_BOX_ROLES)})s?\b\s*(?:[|•·–—].*)?"
)
#: how many lines under the name the role or the note may stand
_BOX_LINES = 2
#: a name alone on its line is a few words
_BOX_NAME_WORDS = 5


def author_box(infos: list[Info], region: Region, t: LabelTuning) -> str | None:
    """The writer an author box names, wherever it stands: a line of names alone over
    the writer's role ("Content Editor", "Author") or a note about them ("Ada Kerrigan
    is …", "I'm …"), within two lines; when the page's boxes name one writer only (a
    page of several is a team's or a list of testimonials), and the page writes no word
    of the name in small letters (as it would a thing's: "Custom Status", "Rhode
    Island" over "Rhode Island is …"), nor reads the name and its role as a menu's
    entries (``_person_over_role``).  A note among the story's first paragraphs is about
    the person the story is about."""
    found: set[str] = set()
    menus: set[str] = set()  # (the names over a role that read as a menu's entries)
    roles: dict[int, bool] = {}
    first_person: dict[int, bool] = {}
    for k, info in enumerate(infos):
        if info.i != info.last or len(info.tokens) > _BOX_NAME_WORDS:
            continue
        # (what stands under the line first: the name patterns cost more, and most short
        # lines have neither a role nor a note under them)
        text = info.text.strip()
        if " " not in text and "\u00a0" not in text:
            continue  # (a name of one word is no writer's: ``bylines.name_line`` wants two)
        for j in range(k + 1, min(len(infos), k + 1 + _BOX_LINES)):
            if _box_role(infos, j, roles) or _box_note(text, infos, j, first_person) and not (
                region.start <= j <= region.start + t.subject_paragraphs
            ):
                break
        else:
            continue
        name = bylines.name_line(info.text)
        if name is None or name != text or _FIRST_PERSON().match(name):
            continue
        found.add(name)
        if roles.get(j) and not _person_over_role(name, infos[j].text):
            menus.add(name)
        if len(found) > 1:
            return None
    if not found or found & menus:
        return None
    name = found.pop()
    words = {w.lower() for w in WORD.findall(name) if len(w) > 1}
    # (the cheap test first: a word the page never spells is not written in small letters)
    page = "\n".join(info.text for info in infos)
    if not any(w in page for w in words):
        return name
    written = (w for info in infos for w in WORD.findall(info.text) if w.islower())
    return None if any(w in words for w in written) else name


#: the role's first field (before a bar or a dot: "Contributing Writer | Ferries")
_ROLE_FIELD = re.compile(r"[^|•·–—]*")


def _person_over_role(name: str, role: str) -> bool:
    """``name`` over the role line ``role`` is a person's name over their title, not a
    menu's entry over the next ("Steam Cloud" over "Includes level editor", "Sales
    Teams" over "Creators, Coaches & Authors", "Custom Status" over "AI Writer"): the
    name begins with a given name or stands over a byline's label ("Author"); or it is
    written as a person's and names no thing, and the role is one title, capitalised."""
    if given_names.starts_with_given_name(name) or bylines.label_alone(role):
        return True
    if not person_like(name.split()) or header_shapes.names_a_thing(name):
        return False
    words = _ROLE_FIELD.match(role.strip()).group().split()  # type: ignore[union-attr]
    return all(w[:1].isupper() for w in words) and not any(
        w.lower().rstrip(",") in _PLURAL_ROLES for w in words
    )


#: the roles as a menu's entry lists them, in the plural ("Coaches & Authors")
_PLURAL_ROLES = frozenset(f"{r}s" for r in _BOX_ROLES)


def _box_role(infos: list[Info], j: int, roles: dict[int, bool]) -> bool:
    """Line ``j`` is a writer's role or label alone (``_BOX_ROLE``; kept in ``roles``, as
    each line is asked for as many lines as stand over it in a box)."""
    found = roles.get(j)
    if found is None:
        text = infos[j].text.strip()
        found = roles[j] = _ROLE_HINT.search(text, 0, _HINT_END) is not None and bool(
            _BOX_ROLE.fullmatch(text)
        )
    return found


#: a word of a writer's role in any case: the cheap test before ``_BOX_ROLE``, read
#: where its role can stand (each role holds one of these words: "copywriter" "writer")
_ROLE_HINT = re.compile(rf"(?i:{'|'.join(WRITER_ROLES)}|author)")
_HINT_END = _BOX_ROLE_LEAD + max(map(len, _BOX_ROLES))


@cache
def _FIRST_PERSON() -> re.Pattern[str]:  # noqa: N802
    """How a note in the first person begins ("I'm the founder …")."""
    return re.compile(
        "(?i:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in BIO_FIRST_PERSON)
        + r")\b"
    )


def _box_note(name: str, infos: list[Info], j: int, first_person: dict[int, bool]) -> bool:
    """Line ``j`` is a note about the writer ``name``: it opens with the whole name and a
    verb ("Ada Kerrigan is …"), or in the first person ("I'm the founder …"; kept in
    ``first_person``, as each line is asked for as many lines as stand over it)."""
    text = infos[j].text
    fp = first_person.get(j)
    if fp is None:
        fp = first_person[j] = _FIRST_PERSON().match(text) is not None
    if fp:
        return True
    if not text.startswith(name + " "):
        return False
    return text[len(name) + 1 :].split(" ", 1)[0] in BIO_VERBS


#: a writer's name in a note about them: 2–5 capitalised words and particles
_NAME_WORDS = (
    rf"[A-Z][^\W\d_]*\.?(?:[ \u00a0-](?:[A-Z][^\W\d_]*\.?|{'|'.join(NAME_PARTICLES)})){{1,4}}"
)


@cache
def _bio() -> re.Pattern[str]:
    """A note about a writer: "Ada Kerrigan is a …", "About Ada Kerrigan" (compiled on
    first use: most dumps never get this far)."""
    verbs = "|".join(v.replace(" ", r"\s+") for v in BIO_VERBS)
    headings = "|".join(sorted(BIO_HEADINGS, key=len, reverse=True))
    return re.compile(
        rf"(?P<a>{_NAME_WORDS})\s+(?:{verbs})\s|(?i:{headings})\s+(?P<b>{_NAME_WORDS})\s*$"
    )


#: the holder a copyright line names after the sign and the years ("© 2025 Ada
#: Kerrigan. All rights reserved.", "© Copyright 2012-2025 Ada Kerrigan",
#: "Copyright 2025 © Ada Kerrigan", "© 2026 Ada Kerrigan · Privacy"), up to the first
#: mark or "All rights"
_OWNER = lazy(
    r"(?:©|\([cC]\)|Copyright|COPYRIGHT)"
    r"(?:\s*(?:©|\([cC]\)|Copyright|\d{4}(?:\s*[-–]\s*\d{4})?),?){0,3}\s*"
    r"(?P<name>[^\W\d_][^.,|·•∙;:()]{1,60}?)\s*(?:[.,|·•∙;:(]|(?i:all\s+rights)|$)"
)


#: a firm's word after the holder's name ("Harbour Platforms, Inc")
_FIRM_AFTER = re.compile(rf"\s*,?\s*(?i:{'|'.join(FIRM_SUFFIXES)})\b")


def owner_byline(infos: list[Info]) -> str | None:
    """The person a personal site's copyright line names ("© 2025 Ada Kerrigan. All
    rights reserved."), when no line names the writer: a site that is one person's
    is written by them.  The holder must be a person's names, beginning with a given
    name (``given_names``): a firm's ("© 2025 Harbour Cranes Ltd") writes no byline.
    The page's last copyright line is read (its footer's)."""
    for info in reversed(infos):
        if info.chrome != "copyright-line":
            continue
        m = _OWNER.match(info.text)
        if m is None or _FIRM_AFTER.match(info.text, m.end("name")):
            return None  # (or a firm's: "© 2025 Harbour Platforms, Inc.")
        name = bylines.name_line(m["name"])
        if name is None or len(name.split()) > _OWNER_WORDS or not person_like(name.split()):
            return None
        return name if given_names.starts_with_given_name(name) else None
    return None


#: a person's names on a copyright line are this many words at most
_OWNER_WORDS = 3


#: a site named for its owner: "Ada Kerrigan's Blog", "Ada Kerrigan's Tech Blog"
_OWNERS_BLOG = re.compile(r"(?P<name>.{3,40}?)['’]s\s+(?:[A-Z][\w-]*\s+){0,2}(?i:blog|weblog|journal)")


def site_owner(infos: list[Info], title: int | None) -> str | None:
    """The person a site is named for, when its name opens the page above the headline
    ("Ada Kerrigan" over the site's menu, "Ada Kerrigan's Blog"): a site that is one
    person's is written by them.  Their names must begin with a given name
    (``given_names``); the page's first line that no rule calls chrome is read."""
    for k, info in enumerate(infos):
        if title is not None and k >= title:
            return None
        if info.chrome is not None and info.chrome != LEARNED:
            continue
        text = info.text.rstrip("/| ")
        m = _OWNERS_BLOG.fullmatch(text)
        name = bylines.name_line(m["name"] if m is not None else text)
        if name is None or not person_like(name.split()):
            return None
        return name if given_names.starts_with_given_name(name) else None
    return None
