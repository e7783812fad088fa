"""The writer an author box names at a story's foot, for a story whose header and markup
name none: a line of names alone ("Ana Lima", "Written by Ana Lima") over a note about
the writer that opens with the same name and a verb of a biography ("Ana Lima is a
reporter who …"), the name beginning with a given name (a thing's name reads the same
over its description).  A related story's card says "Written by" too, but writes no
note about its writer; a team's page has a box for each member, and gives none.
And the page that marks several writers (``many_writers``): a list, none of whom is its writer.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from .._byline import person_like
from .._vocab import BIO_VERBS, BY_WORDS
from ..text.given_names import starts_with_given_name

__all__ = ["author_box", "many_writers", "BOX_NOTE_LINES", "MIN_LIST_WRITERS"]

#: how many lines of text under the name the note may stand
BOX_NOTE_LINES = 2
#: the labels before the name on its line ("Written by Ana Lima", "By Ana Lima")
_LABELS = tuple(
    f"{w} " for w in (*(f"written {b}" for b in BY_WORDS), *BY_WORDS, "about")
)
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head"})


def _pieces(root: etree._Element) -> list[str]:
    """The page's runs of text in their order, each with its spaces made one."""
    out: list[str] = []
    for el in root.iter():
        text, tail = el.text, el.tail
        if text and not text.isspace() and isinstance(tag := el.tag, str) and tag not in _SKIPPED:
            out.append(" ".join(text.split()))
        if tail and not tail.isspace():
            out.append(" ".join(tail.split()))
    return out


def _name(piece: str) -> str | None:
    """The writer's name a line of names alone gives ("Ana Lima", "Written by Ana Lima")."""
    low = piece.lower()
    for label in _LABELS:
        if low.startswith(label):
            piece = piece[len(label):].strip()
            break
    return piece if person_like(piece.split()) else None


def _note(name: str, piece: str) -> bool:
    """``piece`` opens with ``name`` and a verb of a biography ("Ana Lima is a …")."""
    if not piece.startswith(name + " "):
        return False
    return piece[len(name) + 1:].split(" ", 1)[0] in BIO_VERBS


def author_box(root: etree._Element) -> str | None:
    """The one writer the page's author boxes name (none when they name several)."""
    pieces = _pieces(root)
    found: set[str] = set()
    for k, piece in enumerate(pieces):
        notes = pieces[k + 1:k + 1 + BOX_NOTE_LINES]
        # (a note opens with the name, so with a word of this piece: most pieces have none
        # under them, and are not read for a name)
        if len(piece) > 80 or not any(p.partition(" ")[0] in piece for p in notes):
            continue
        if (name := _name(piece)) is not None and any(_note(name, p) for p in notes):
            found.add(name)
    if len(found) != 1:
        return None
    name = found.pop()
    # (a thing's name reads the same over its description: "Your Cart", "Harbour Law")
    return name if starts_with_given_name(name) else None


#: a page that marks at least this many writers apart (no name a part of another's:
#: "Ana Lima" and "Ana Lima Staff Writer" are one) lists items, each with its writer
#: (a blog's or a news section's front page, a list of papers or books)
MIN_LIST_WRITERS = 3


def many_writers(names: Iterable[str]) -> bool:
    """Whether ``names`` (the writers the page marks, in order) hold ``MIN_LIST_WRITERS``
    apart: the page lists items, and none of them is its writer."""
    apart: list[str] = []  # the names read so far that no other name holds
    for name in names:
        key = f" {' '.join(name.lower().split())} "
        if any(key in a for a in apart):
            continue  # (a name seen, or a part of one: held by a name apart already)
        apart = [a for a in apart if a not in key] + [key]
        if len(apart) >= MIN_LIST_WRITERS:
            return True
    return False
