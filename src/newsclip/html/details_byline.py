"""The byline a page's details state under a label of their own: "<h3>Author</h3>" over
the names, "<dt>Authors</dt>" over a list of them, wherever the details stand (a box
beside the story, under it).  The markup's reader (``metadata``) asks after the elements
it marks as the writer's; the rule is listed with the header's (``header_byline.RULES``).
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ..text import bylines
from .rules import in_quoted_box
from .tree import line_of, spaced_text

__all__ = ["details_byline", "MAX_LABELLED_NAMES", "MAX_LABELS"]

#: headings and terms that label a field of the page's details ("Author" over the names)
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "dt")
#: a list under such a label of more names than this is a search's filter, not a byline
MAX_LABELLED_NAMES = 6
#: labels read for it, at most
MAX_LABELS = 5_000


def details_byline(
    root: etree._Element, accept: Callable[[str, str, int | None], bool]
) -> bool:
    """Offer ``accept`` the byline a page's details label with a heading or a term of
    their own ("<h3>Author</h3><p>Ana Lima</p>", "<dt>Authors</dt><dd>…</dd>"), wherever
    they stand: the names of the element after the label, a list's items one by one;
    whether it took them (the markup's reader asks, after the elements it marks)."""
    for n, el in enumerate(root.iter(*_LABEL_TAGS)):
        if n > MAX_LABELS:
            break
        if not bylines.label_alone(spaced_text(el)) or in_quoted_box(el):
            continue
        value = el.getnext()
        while value is not None and not isinstance(value.tag, str):
            value = value.getnext()  # (a comment between them)
        if value is None:
            continue
        items = [t for li in value.iter("li") if (t := spaced_text(li))] or [spaced_text(value)]
        name = bylines.after_label(", ".join(items)) if len(items) <= MAX_LABELLED_NAMES else None
        if name is not None and accept(name, "author-label-heading", line_of(value)):
            return True
    return False
