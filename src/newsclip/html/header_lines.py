"""The lines after a page's headline in the page as written, before the body reader
sets any block aside as chrome: a page header that holds the headline, a standfirst and
"By Ana Lima" goes whole as chrome, and with it the byline the header's lines show
(``header_byline.labelled_byline`` reads them).  Not the body's lines (``reading``)."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from .blocks import BLOCKS
from .header_byline import HEADER_ROWS
from .tree import line_of, spaced_text

__all__ = ["headline_lines", "STORY_LINE_WORDS", "HEADLINE_WALK"]

#: a line of this many words after the headline is the story's (the header has ended)
STORY_LINE_WORDS = 40
#: elements walked after the headline's, at most, for its header's lines
HEADLINE_WALK = 400
_NO_TEXT = frozenset(("script", "style", "template", "noscript"))


def headline_lines(headline: etree._Element) -> list[tuple[str, int | None]]:
    """The lines after the headline's element in the page as written (each a block that
    holds no other block), to the story's first long line: the header, read before any
    of it is set aside as the page's chrome (a header block that holds the headline and
    the writer's "By …" goes whole)."""
    lines: list[tuple[str, int | None]] = []
    for el in _after(headline):
        if el.tag in _NO_TEXT or el.tag not in BLOCKS or any(
            isinstance(d.tag, str) and d.tag in BLOCKS for d in el.iterdescendants()
        ):
            continue
        text = spaced_text(el)
        if not text:
            continue
        if len(text.split()) > STORY_LINE_WORDS or len(lines) == HEADER_ROWS:
            break
        lines.append((text, line_of(el)))
    return lines


def _after(el: etree._Element) -> Iterator[etree._Element]:
    """The elements after ``el`` (not inside it), in document order, HEADLINE_WALK at most."""
    n = 0
    for up in (el, *el.iterancestors()):
        for sibling in up.itersiblings():
            for d in sibling.iter(etree.Element):
                n += 1
                if n > HEADLINE_WALK:
                    return
                yield d
