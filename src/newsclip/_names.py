"""A byline's writers one by one, and names written in capitals in name case.

Every reader's byline comes here last (``api``), and the HTML reader's JSON-LD
authors one by one; the cleaning of the byline itself is ``_byline``'s.  It needs
only ``_vocab``, so a text dump's start-up does not pay for ``_byline``'s patterns.
"""

from __future__ import annotations

import re

from ._lazy_patterns import lazy
from ._vocab import NAME_JOINS, NAME_PARTICLES

__all__ = ["MAX_AUTHORS", "authors", "name_case"]

#: the breaks between writers in a byline: commas, semicolons and the joining words
_BREAK = lazy(
    r"\s*[,;]\s*|\s+(?:" + "|".join(map(re.escape, NAME_JOINS)) + r")\s+", re.I
)
#: most names one byline lists; past this it is a list of something else
MAX_AUTHORS = 20
_COMMA = re.compile(r"\s*[,;]\s*")
_WORD_START = lazy(r"(^|[-'’.])([^\W\d_])")
#: "Mc" before a capital is how a name in capitals is often written ("TOMAS McHALLORAN")
_MC = re.compile(r"(?<![^\W\d_])Mc(?=[A-Z])")


def authors(byline: str | None) -> list[str]:
    """The writers a byline names, one name an item ("Ana Lima, Ben Ode und Sam Reed" ->
    three).  It splits only where every piece is a name of two words or more: "José
    Ortega y Gasset", "Marks and Spencer" and "Lima, Ana" stay one name each."""
    if not byline or not byline.strip():
        return []
    whole = " ".join(byline.split())
    for pattern in (_BREAK, _COMMA):
        pieces = [p for p in pattern.split(whole) if p]
        if 1 < len(pieces) <= MAX_AUTHORS and all(len(p.split()) >= 2 for p in pieces):
            return list(dict.fromkeys(map(name_case, pieces)))
    return [name_case(whole)]


def name_case(name: str) -> str:
    """A name of two words or more written in capitals, in name case ("ANA DE LIMA" ->
    "Ana de Lima", "SEAN O'NEIL-MCCOY" -> "Sean O'Neil-McCoy", "TOMAS McHALLORAN" ->
    "Tomas McHalloran"); any other name as written (an agency's "AFP", "Ana LIMA")."""
    ws = name.split()
    if len(ws) < 2 or not _MC.sub("", name).isupper():
        return name
    out = []
    for i, w in enumerate(ws):
        w = w.lower()
        if not (i and w in NAME_PARTICLES):
            w = _WORD_START.sub(lambda m: m[1] + m[2].upper(), w)
            w = re.sub(r"(?<![^\W\d_])Mc([^\W\d_])", lambda m: "Mc" + m[1].upper(), w)
        out.append(w)
    return " ".join(out)
