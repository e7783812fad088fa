"""A paper's list of authors, each name marked with the note of its affiliation, in a
page's text dump:

    Md Ana Lima 1, Sam Reed 2, Ben Ode 1,*         → "Md Ana Lima, Sam Reed, Ben Ode"
    Ana Lima1  ;  Sam Reed1  ;  Ben Ode2           → "Ana Lima, Sam Reed, Ben Ode"

Journals and archives of papers print the authors so, under the title; the marks
(digits, "*", "†") say where each works.  A list of things is never marked so, name by
name.  Not for a byline with a label ("By …", ``bylines``).
"""

from __future__ import annotations

import re

from .._lazy_patterns import lazy

__all__ = ["MIN_AUTHORS", "MIN_WORDS", "affiliated"]

#: a list of authors names at least this many (two marked names may be a score line's)
MIN_AUTHORS = 3
#: words such a list has at least: two a name (a line of fewer is never tried)
MIN_WORDS = 2 * MIN_AUTHORS
#: a list this long is no author line (a paragraph that cites several)
_MAX_CHARS = 400

#: one capitalised word of a name ("Yi-Sub", "O'Neil", "J."), or a particle ("van")
_WORD = r"(?:[A-Z\u00c0-\u00de\u0100-\u017f][^\W\d_]*(?:['’-][^\W\d_]+)*\.?|van|von|de|der|da|di|del|la|le)"
#: a name: two to five words, the last of two letters at least ("Ana B. Lima")
_NAME = rf"{_WORD}(?:[ \u00a0]+{_WORD}){{0,3}}[ \u00a0]+[A-Z\u00c0-\u00de\u0100-\u017f][^\W\d_]+"
#: the affiliation's marks after a name: digits and signs, joined by commas ("1,*", "2,3",
#: "2†")
_ONE_MARK = r"(?:\d{1,2}[*†‡§#]*|[*†‡§#]+)"
_MARK = rf"{_ONE_MARK}(?:,{_ONE_MARK})*"
_ENTRY = lazy(rf"\s*(?P<name>{_NAME})[ \u00a0]?{_MARK}\s*(?:[,;]|$)")
#: the cheap test first: a letter, a mark, then a separator (written mark first, the letter
#: looked back at: a search then stops only at digits and marks)
_HINT = re.compile(r"[\d*†‡§](?:(?<=[^\W\d_].)|(?<=[^\W\d_][ \u00a0].))[\d,*†‡§]*\s*[,;]")


def affiliated(text: str) -> str | None:
    """The authors' names ("A, B, C") when ``text`` is a list of names each marked with
    its affiliation's note, and nothing else."""
    text = text.strip()
    # (the cheap tests first: every name but the last ends in a comma or a semicolon)
    if len(text) > _MAX_CHARS or text.count(",") + text.count(";") < MIN_AUTHORS - 1 or (
        _HINT.search(text) is None
    ):
        return None
    found: list[str] = []
    at = 0
    while at < len(text):
        m = _ENTRY.match(text, at)
        if m is None or m.end() == at:
            return None
        found.append(" ".join(m["name"].split()))
        at = m.end()
    return ", ".join(found) if len(found) >= MIN_AUTHORS else None
