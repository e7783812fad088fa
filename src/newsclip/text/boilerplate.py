"""Batch learning: lines that repeat across many dumps of a batch are chrome.

A site's menu, footer or newsletter box comes back, word for word, in every
page copied from that site; an article's sentences do not.  ``Boilerplate``
counts, for each normalised line, in how many documents it occurs, and keeps
the lines seen in enough of them.  The general text reader then labels such
lines chrome with the rule ``repeated-across-batch`` (short lines only: a
long paragraph shared by several files is a syndicated story or a quoted
statement, and is judged like any other paragraph).  The archive layout has
its own fixed chrome and does not use it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_SPACE = re.compile(r"\s+")

#: a batch smaller than this teaches nothing
MIN_BATCH = 20
#: a line must be seen in at least this many documents …
MIN_DOCUMENTS = 3


def normalise(line: str) -> str:
    return _SPACE.sub(" ", line.strip()).casefold()


@dataclass(frozen=True, slots=True)
class Boilerplate:
    lines: frozenset[str]
    documents: int

    def __contains__(self, line: str) -> bool:
        return normalise(line) in self.lines

    @classmethod
    def learn(cls, texts: Iterable[str], *, min_documents: int = MIN_DOCUMENTS) -> Boilerplate:
        """Count lines over decoded documents; keep those in ``min_documents`` or more."""
        counts: Counter[str] = Counter()
        n = 0
        for text in texts:
            n += 1
            counts.update({normalise(ln) for ln in text.split("\n") if ln.strip()})
        if n < MIN_BATCH:
            return cls(frozenset(), n)
        return cls(frozenset(k for k, c in counts.items() if c >= min_documents), n)
