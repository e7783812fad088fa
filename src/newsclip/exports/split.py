"""Cutting an export into articles, by the structure every interface language shares.

Two layouts, and files that mix them:

- classic (LexisNexis): each article starts under a counter line, two numbers
  and a word or two (``1 of 10 DOCUMENTS``, ``Dokument 1 von 10``,
  ``Document 1 de 10``), counting up to the same total;
- Nexis Uni: articles one after another, each closed by a marker line
  (``End of Document``); one that no table row knows is still found when the
  same short line closes every article.

What this module is not: a reader of the articles (``article``).  It only
says where each one starts and ends, and which lines are nobody's (a cover).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.model import Line
from . import labels

__all__ = ["COUNTER", "LABEL", "MAX_LABEL_CHARS", "LENGTH_VALUE", "YEARS", "MARKER_MAX_WORDS",
           "LENGTH_SEARCH_LINES", "MIN_MARKER_REPEATS", "CENTRED_INDENT", "Segment", "Split",
           "label_of", "stated_length", "counters", "markers", "split", "classic_end",
           "is_rights", "centred"]

# "1 of 10 DOCUMENTS", "Dokument 1 von 10", "Document 1 de 10": two numbers, one word
# between them, one word before or after; no word holds a digit.
COUNTER = re.compile(
    r"(?:(?P<pre>[^\W\d_]{2,20})\s+)?(?P<n>\d{1,6})\s+(?P<mid>[^\W\d_]{1,10})\s+(?P<m>\d{1,6})"
    r"(?:\s+(?P<post>[^\W\d_]{2,20}))?"
)
# The LABEL: shape of metadata: one to three words (hyphens and slashes allowed) and a
# colon; Nexis Uni puts a no-break space after it.
LABEL = re.compile(
    r"(?P<label>[^\W\d_][^\W_]*(?:[-/'’ ][^\W\d_][^\W_]*){0,2})\s?:[\s\u00a0]*(?P<value>.*)"
)
#: a label is short: "PUBLICATION-TYPE" is 16 characters
MAX_LABEL_CHARS = 30
# "LENGTH: 355 words", "LÄNGE: 1.234 Wörter", "LONGUEUR: 355 mots": the stated length
# has the same shape in every language.
LENGTH_VALUE = re.compile(r"(?P<n>\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)\s+[^\W\d_]+\.?")
#: a counter's total in these years, under a day's number, is a date line's year
YEARS = (1800, 2100)
#: a marker line is short (``End of Document``)
MARKER_MAX_WORDS = 4
#: how many non-blank lines below a counter its length line may stand
LENGTH_SEARCH_LINES = 60
#: an unknown marker must close at least this many articles to be taken for one
MIN_MARKER_REPEATS = 2


@dataclass(frozen=True, slots=True)
class Segment:
    """One article's lines: ``lines[start:stop]``, the counter or marker excluded."""

    start: int
    stop: int
    layout: str  # "classic" or "uni"
    #: the counter line above it or the marker below it (index into lines), if any
    separator: int | None
    #: the article's number from its counter line, and the total it counts to
    number: int | None = None
    total: int | None = None
    #: the marker line that closes it was found (a Nexis Uni article is whole)
    closed: bool = False


@dataclass(slots=True)
class Split:
    segments: list[Segment]
    #: lines above the first article (the cover page)
    cover: tuple[int, int] = (0, 0)
    #: lines after the last marker that make no article
    trailer: tuple[int, int] | None = None

    @property
    def mixed(self) -> bool:
        return len({s.layout for s in self.segments}) > 1


def label_of(text: str) -> tuple[str, str] | None:
    """``(label, value)`` when ``text`` has the LABEL: shape, else None."""
    if ":" not in text:
        return None
    m = LABEL.match(text)
    if m is None or len(m["label"]) > MAX_LABEL_CHARS:
        return None
    return m["label"], m["value"].strip()


def stated_length(text: str) -> int | None:
    """The number of a length label's value ("355 words" → 355), if it has that shape."""
    m = LENGTH_VALUE.fullmatch(text)
    return None if m is None else int(re.sub(r"\D", "", m["n"]))


def _counter(text: str) -> tuple[tuple[str, str, str, int], int] | None:
    """``((words…, total), number)`` for a counter line."""
    m = COUNTER.fullmatch(text)
    if m is None or (m["pre"] is None) == (m["post"] is None):
        return None
    n, total = int(m["n"]), int(m["m"])
    if not 1 <= n <= total:
        return None
    return ((m["pre"] or "").casefold(), m["mid"].casefold(), (m["post"] or "").casefold(),
            total), n


def _has_length_below(lines: list[Line], i: int, stop: int,
                      limit: int | None = LENGTH_SEARCH_LINES) -> bool:
    seen = 0
    for line in lines[i + 1 : stop]:
        if line.blank:
            continue
        seen += 1
        if limit is not None and seen > limit:
            return False
        found = label_of(line.text)
        # (a label no table row knows counts in capitals only, as the classic layout
        # writes them: "Servings: 2 loaves" in a recipe is no stated length)
        if found is not None and (
            labels.field_of(found[0]) == "length"
            or (found[0].isupper() and stated_length(found[1]) is not None)
        ):
            return True
    return False


def counters(lines: list[Line]) -> list[tuple[int, int, int]]:
    """``(line index, number, total)`` of the counter lines that open articles.

    The lines of the most common counter wording that count up are kept, and
    only when at least one of them has a length label below it: a lone "Page 1
    of 3" in a web page is no export.
    """
    found: dict[tuple[str, str, str, int], list[tuple[int, int]]] = {}
    last = len(lines) - 1
    for i, line in enumerate(lines):
        text = line.text
        # (a counter line stands alone, between blank lines, or centred)
        if 5 <= len(text) <= 60 and text[-1].isalnum() and (
            ((i == 0 or lines[i - 1].blank) and (i == last or lines[i + 1].blank))
            or centred(line)
        ):
            hit = _counter(text)
            if hit is not None:
                found.setdefault(hit[0], []).append((i, hit[1]))
    if not found:
        return []
    key, hits = max(found.items(), key=lambda kv: (len(kv[1]), -kv[1][0][0]))
    # the articles count up one by one: "12 janvier 2021 mardi" and "13 janvier 2021
    # mercredi" are date lines, not counters (another weekday, another key)
    chain: list[tuple[int, int, int]] = []
    for i, n in hits:
        if not chain or n == chain[-1][1] + 1:
            chain.append((i, n, key[3]))
    if len(chain) == 1 and YEARS[0] <= key[3] <= YEARS[1] and chain[0][1] <= 31:
        return []  # a lone date line ("12 janvier 2021 mardi"), not "1 of 1 DOCUMENT"
    if not any(_has_length_below(lines, i, len(lines)) for i, _n, _m in chain):
        return []
    return chain


def markers(lines: list[Line], *, unknown: bool = True) -> list[int]:
    """Indexes of the marker lines that close articles (``End of Document``).

    With ``unknown``, a marker no table row knows is looked for too (not in a
    file of counter lines, whose articles all end with the same copyright line).
    """
    known = [i for i, line in enumerate(lines) if line.text and labels.is_end_marker(line.text)]
    if known:
        return known if _has_length_below(lines, -1, len(lines), None) else []
    if not unknown:
        return []
    # A marker no table row knows: the short line without digits that closes every
    # article, the file's last line among them, each article above it with a length.
    last = next((i for i in range(len(lines) - 1, -1, -1) if not lines[i].blank), None)
    if last is None:
        return []
    text = lines[last].text
    if len(text.split()) > MARKER_MAX_WORDS or any(c.isdigit() for c in text) or ":" in text \
            or is_rights(text):
        return []
    same = [i for i, line in enumerate(lines) if line.text == text]
    if len(same) < MIN_MARKER_REPEATS:
        return []
    starts = [0, *(i + 1 for i in same[:-1])]
    if all(_has_length_below(lines, a - 1, b, None) for a, b in zip(starts, same, strict=True)):
        return same
    return []


def split(lines: list[Line]) -> Split:
    """Where each article of an export starts and stops."""
    chain = counters(lines)
    ends = markers(lines, unknown=not chain)
    n_lines = len(lines)
    if not chain and not ends:
        return Split([])
    boundaries = sorted([(i, "counter") for i, _n, _m in chain] + [(i, "end") for i in ends])
    numbers = {i: (n, m) for i, n, m in chain}
    segments: list[Segment] = []
    start = 0
    opened: int | None = None  # the counter of the classic article being read
    cover = (0, 0)
    first = True
    for i, kind in boundaries:
        if kind == "counter":
            if opened is not None:
                segments.append(_classic(opened, i, numbers[opened]))
            elif first:
                cover = (0, i)
            elif _has_text(lines, start, i):
                # lines between a marker and a counter: a Nexis Uni article left unclosed
                segments.append(Segment(start, i, "uni", None))
            opened, start, first = i, i + 1, False
            continue
        if opened is not None:
            # a marker under a classic article: the classic article ends at its own tail
            # and a Nexis Uni article follows it
            cut = classic_end(lines, opened + 1, i)
            segments.append(_classic(opened, cut, numbers[opened]))
            opened = None
            if _has_text(lines, cut, i):
                segments.append(Segment(cut, i, "uni", i, closed=True))
        else:
            segments.append(Segment(start, i, "uni", i, closed=True))
        start, first = i + 1, False
    trailer = None
    if opened is not None:
        segments.append(_classic(opened, n_lines, numbers[opened]))
    elif _has_text(lines, start, n_lines):
        if ends:
            # after the last marker: an article cut off before its marker
            segments.append(Segment(start, n_lines, "uni", None))
        else:
            trailer = (start, n_lines)
    return Split(segments, cover, trailer)


def _classic(counter: int, stop: int, numbers: tuple[int, int]) -> Segment:
    return Segment(counter + 1, stop, "classic", counter, numbers[0], numbers[1])


def _has_text(lines: list[Line], start: int, stop: int) -> bool:
    return any(not line.blank for line in lines[start:stop])


def classic_end(lines: list[Line], start: int, stop: int) -> int:
    """Where a classic article's tail (labels after the body, the copyright) ends."""
    in_tail = False
    for i in range(start, stop):
        line = lines[i]
        if line.blank:
            continue
        found = label_of(line.text)
        tail_label = found is not None and labels.field_of(found[0]) in labels.TAIL_FIELDS
        if tail_label or is_rights(line.text):
            in_tail = True
        elif in_tail and found is None and not centred(line):
            return i
    return stop


def is_rights(text: str) -> bool:
    """A copyright line ("Copyright 2010 Guardian News", "All Rights Reserved")."""
    return len(text) <= 200 and any(word.casefold() in text.casefold()
                                    for word in labels.RIGHTS_WORDS)


#: leading spaces that make a line of a text export centred (its header, the copyright)
CENTRED_INDENT = 4


def centred(line: Line) -> bool:
    raw = line.raw
    return len(raw) - len(raw.lstrip(" \t")) >= CENTRED_INDENT
