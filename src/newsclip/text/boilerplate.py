"""Batch learning: lines that repeat across many dumps of a batch are chrome.

A site's menu, footer or newsletter box comes back, word for word, in every
page copied from that site; an article's sentences do not.  ``Boilerplate``
counts, for each normalised line, in how many documents it occurs, and keeps
the lines seen in enough of them.  The general text reader then labels such
lines chrome with the rule ``repeated-across-batch`` (short lines only: a
long paragraph shared by several files is a syndicated story or a quoted
statement, and is judged like any other paragraph).  The evidence removes
chrome without moving the article's edges: a repeated line adds nothing to the
article's score, but the article still grows across it (a share bar or a video
player inside the text), a named rule that matches the line keeps its name
("Related" still ends an article), and a repeated byline, a subheading between
paragraphs other files share too, or the headline are still read as such.  The
archive layout has its own fixed chrome and does not use it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .._frozen import Frozen

__all__ = ["MIN_BATCH", "MIN_DOCUMENTS", "normalise", "SHARED_DOCUMENTS", "Boilerplate"]

_SPACE = re.compile(r"\s+")

#: a batch smaller than this teaches nothing
MIN_BATCH = 20
#: a line must be seen in at least this many documents …
MIN_DOCUMENTS = 3


def normalise(line: str) -> str:
    return _SPACE.sub(" ", line.strip()).casefold()


#: … and a line seen in this many is shared: a story several files carry
SHARED_DOCUMENTS = 2


class Boilerplate(Frozen):
    lines: frozenset[str]
    documents: int
    #: the lines seen in SHARED_DOCUMENTS or more (``lines`` among them)
    shared: frozenset[str] = frozenset()

    def __contains__(self, line: str) -> bool:
        return normalise(line) in self.lines

    def is_shared(self, line: str) -> bool:
        """``line`` is in more than one document of the batch."""
        return normalise(line) in self.shared

    @classmethod
    def learn(
        cls, texts: Iterable[str], *, min_documents: int = MIN_DOCUMENTS,
        min_batch: int = MIN_BATCH,
    ) -> Boilerplate:
        """Count lines over decoded documents; keep those in ``min_documents`` or more
        (none when there are fewer than ``min_batch`` documents)."""
        counts: Counter[str] = Counter()
        n = 0
        for text in texts:
            n += 1
            counts.update({normalise(ln) for ln in text.split("\n") if ln.strip()})
        if n < min_batch:
            return cls(frozenset(), n)
        return cls(
            frozenset(k for k, c in counts.items() if c >= min_documents), n,
            frozenset(k for k, c in counts.items() if c >= SHARED_DOCUMENTS),
        )
