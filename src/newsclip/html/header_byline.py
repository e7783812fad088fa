"""The byline a page shows without marking it: a line of its header, read as the text
reader reads a dump's lines.

A page whose markup names no writer (no JSON-LD author, meta tag or byline element)
often still shows one between its headline and its story: "By Ada Kerrigan", "by: Ada
Kerrigan, Dec 17, 2025", "Written by" over the name, or the name alone on its line
under the headline or beside the date.  ``header_byline`` looks at the blocks the body
reader met there, in reading order, with the text reader's line tests
(``newsclip.text.bylines``: one piece of code for both kinds of input).  It is not
for bylines anywhere else on the page: a name far from the headline is as often a
commenter's, a quoted person's or another story's writer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .._byline import role_line
from .._vocab import MONTH_WORDS
from ..record import Provenance
from ..text import bylines
from ..text.datelines import find as find_date
from .fields import AUTHOR_KEYS
from .rule import Rule

__all__ = ["header_byline", "shown_by", "same_writer", "MARKUP_BYLINE_RULES", "labelled_byline",
           "LABELLED_RULES", "HEADER_ROWS", "DATE_LINE_WORDS", "RULES"]

#: the header: at most this many blocks after the headline, up to the story's first
#: paragraph and the block after it (a name may be set as a paragraph of its own)
HEADER_ROWS = 12


def header_byline(
    rows: list[Provenance], accept: Callable[[str, str, int | None], bool], *, dated: bool
) -> None:
    """Offer ``accept`` (name, rule, line) the writers the header's lines name, best
    first, until it takes one.  ``rows`` are the body reader's blocks in reading order;
    ``dated``: the page's markup states its date (a line of names alone right under
    the headline is a byline only on a dated page, a story: on a product's or a
    service's page it names a thing)."""
    window = _header(rows)
    if not window:
        return
    # a labelled byline ("By …", "Written by" over the name), anywhere in the header
    for k, row in enumerate(window):
        if not k:
            continue  # (the headline: "Showcase February 2024 Thread" is no name and date)
        found = bylines.byline(row.text)
        if found is not None and accept(found[1], "header-byline-line", row.line):
            return
        # a thread's header names its first poster ("Started by ada_k, June 04, 2024")
        name = bylines.starter(row.text)
        if name is not None and accept(name, "header-thread-starter", row.line):
            return
        if bylines.label_alone(row.text) and k + 1 < len(window):
            name = bylines.after_label(window[k + 1].text)
            if name is not None and accept(name, "header-byline-label-above", row.line):
                return
    # a name beside the date on its line ("Dec. 19, 2025 · Ada Kerrigan")
    for row in window[1:]:
        date = find_date(row.text)
        if date is not None:
            name = bylines.name_beside_date(row.text, date.raw)
            if name is not None and accept(name, "header-name-beside-date", row.line):
                return
    # a line of names alone, where bylines stand: under the headline, beside the date
    for k in _name_places(window, dated):
        name = bylines.name_line(window[k].text)
        if name is not None and accept(name, "header-name-line", window[k].line):
            return


#: the byline rules of the page's metadata (``metadata._byline``): JSON-LD's author, the
#: meta tags that name one (``fields.AUTHOR_KEYS``), the site's own name
MARKUP_BYLINE_RULES = frozenset(
    ("json-ld-author", "site-author", *(f"meta-{key}" for key in AUTHOR_KEYS))
)
#: a word of a shown name this long, inside a handle, makes the handle that writer's
MIN_HANDLE_PART = 4


def shown_by(rows: list[Provenance]) -> tuple[str, int | None] | None:
    """The names of the first labelled "By …" line (``LABELLED_RULES``) of the header
    (``_header``), else of the page's one element marked as a byline (a page with
    several marks a list's writers), and its line; None when the page shows none."""
    marked = [row for row in rows if row.label == "header" and row.rule == "byline"]
    for row in _header(rows)[1:] + (marked if len(marked) == 1 else []):
        found = bylines.byline(row.text)
        if found is not None and found[0] in LABELLED_RULES:
            return found[1], row.line
    return None


def same_writer(marked: str, shown: str) -> bool:
    """Whether two bylines name one writer: a word in common ("Ana Lima", "Ana B.
    Lima"), or a handle that holds a word of the shown name ("alima" for "Ana Lima")."""
    words = [w.casefold() for w in _WORD.findall(marked)]
    other = [w.casefold() for w in _WORD.findall(shown)]
    handle = "".join(words)  # (in the byline's order: a set's would vary from run to run)
    return bool(set(words).intersection(other)) or any(
        len(w) >= MIN_HANDLE_PART and w in handle for w in other
    )


_WORD = re.compile(r"\w+")


#: the line tests of ``newsclip.text.bylines`` whose byline is labelled where it
#: stands: "By …" (or "Written by: …") opening the line, a label over the names, one
#: field of a header line ("3 min read · By …"); not a name found after a date, which a
#: heading's words can pass for ("4. The ORDER BY clause")
LABELLED_RULES = frozenset(("byline-by", "byline-label", "byline-field"))


def labelled_byline(
    lines: list[tuple[str, int | None]], accept: Callable[[str, str, int | None], bool]
) -> None:
    """Offer ``accept`` the writers a labelled byline ("By …", "Written by" over the
    name) of the headline's lines (``header_lines.headline_lines``) names, until it
    takes one.  A month is no name ("Written By Feb 11, 2019": a template's empty
    author field before the date)."""
    for k, (text, line) in enumerate(lines):
        found = bylines.byline(text)
        if found is not None and found[0] in LABELLED_RULES and not _month(found[1]) and (
            accept(found[1], "headline-block-byline", line)
        ):
            return
        if bylines.label_alone(text) and k + 1 < len(lines):
            name = bylines.after_label(lines[k + 1][0])
            if name is not None and not _month(name) and (
                accept(name, "headline-block-byline", line)
            ):
                return


def _month(name: str) -> bool:
    return name.split()[0].strip(".,").lower() in MONTH_WORDS


def _header(rows: list[Provenance]) -> list[Provenance]:
    """The headline's row and the blocks after it, to the story's first paragraph and
    one more; none when the page shows no headline."""
    title = next((k for k, r in enumerate(rows) if r.label == "title"), None)
    if title is None:
        return []
    while title + 1 < len(rows) and rows[title + 1].label == "title":
        title += 1  # (the headline met twice, in a banner and over the story)
    end = min(len(rows), title + 1 + HEADER_ROWS)
    story = next((k for k in range(title + 1, end) if rows[k].label == "body"), None)
    if story is not None:
        end = min(end, story + 2)
    return rows[title:end]


def _name_places(window: list[Provenance], dated: bool) -> list[int]:
    """Where a line of names alone is a byline: right above or below a date line (or
    above the writer's role line over it), and on a page whose markup dates it, right
    under the headline (the window's first row)."""
    places = [1] if dated else []
    for k, row in enumerate(window):
        if k and find_date(row.text) is not None and len(row.text.split()) <= DATE_LINE_WORDS:
            places += [k - 1, k + 1]
            if k > 2 and role_line(window[k - 1].text):
                places.append(k - 2)  # (name, "Co-Founder & Marketing Director", date)
    return [k for k in dict.fromkeys(places) if 0 < k < len(window)]


#: a date line is short: the date, its labels, a reading time
DATE_LINE_WORDS = 10


#: a page with a headline and a header (filled in) between it and the story
_PAGE = (
    "<html><head><title>Harbour cranes fall silent</title></head><body><article>"
    "<h1>Harbour cranes fall silent</h1>{}{{story}}</article></body></html>"
)

#: the rules' names, in ``rules``' table of field rules
RULES: tuple[Rule, ...] = (
    Rule("byline:header-byline-line", "field", "with no byline in the markup, a "
         "\"By …\" line of the header (between the headline and the story)",
         _PAGE.format("<p>By Ana Lima</p>"), label="header"),
    Rule("byline:header-byline-over-markup", "field", "a \"By …\" line of the header "
         "(else the page's one byline element) that names another writer than the "
         "metadata's author (an account, an editor, the site): the writer the page shows",
         "<html><head><title>Harbour cranes fall silent</title><meta name=\"author\" "
         "content=\"Ben Hon\"></head><body><article><h1>Harbour cranes fall silent</h1>"
         "<p>By Ana Lima</p>{story}</article></body></html>", label="header"),
    Rule("byline:header-byline-label-above", "field", "… a byline's label alone "
         "(\"Written by\") over a line of names", _PAGE.format(
             "<div>Written by</div><div>Ana Lima</div>"), label="header"),
    Rule("byline:header-thread-starter", "field", "… the line of a thread's header "
         "that names its first poster (\"Started by ada_k, June 04, 2024\")",
         _PAGE.format("<p>Started by ada_k, June 04, 2024</p>"), label="header"),
    Rule("byline:header-name-beside-date", "field", "… names beside the date on its line",
         _PAGE.format("<p>May 3, 2020 · Ana Lima</p>"), label="header"),
    Rule("byline:header-name-line", "field", "… a line of names alone beside a date line, "
         "or under the headline of a page the markup dates",
         _PAGE.format("<div>Ana Lima</div><div>May 3, 2020</div>"), label="header"),
    Rule("byline:headline-block-byline", "field", "… else a \"By …\" line after the "
         "headline's element in the page as written, before any block is set aside as "
         "chrome (a page header holding the headline and the byline)",
         "<html><head><title>Harbour cranes fall silent</title></head><body>"
         "<div class=\"page-header\"><h1>Harbour cranes fall silent</h1><p>The port's "
         "night</p><p>By Ana Lima</p><p>a day ago</p></div><article>{story}"
         "</article></body></html>", label="header"),
    Rule("byline:author-label-heading", "field", "with no byline element in the markup, "
         "the names under a heading or a term that is a byline's label alone "
         "(\"<h3>Author</h3>\" over them) among the page's details",
         "<html><head><title>Harbour cranes fall silent</title></head><body><article>"
         "<h1>Harbour cranes fall silent</h1>{story}<aside><h3>Published</h3><p>May 3, "
         "2020</p><h3>Author</h3><p>Ana Lima</p></aside></article></body></html>",
         label="header"),
)
