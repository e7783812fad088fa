"""The accuracy metric of the development corpora (../shared/corpora/README.md).

Body: both texts become word tokens (``\\w+``, case kept), then 4-token
shingles (a text shorter than four tokens is one shingle).  Per document,
tp = shared shingles (as a multiset), fp = extra predicted, fn = missed (two
texts without words match perfectly).
Precision and recall are averaged over documents (a document with no
predicted shingles adds no precision, one with no true shingles adds no
recall), and F1 is computed from the two averages, so long pages do not
outweigh short ones.  Title: exact match after case-folding, collapsing white
space and stripping quotes.  Date: the YYYY-MM-DD part of the prediction
equals the truth's.  Byline: both normalised (case-folded, white space
collapsed, a leading "by" removed), one equals or contains the other.

This module only computes; bench/accuracy.py runs newsclip and prints.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
TUNE_SHARE = 70  # percent of each corpus to tune on; the rest validates


def split_of(doc_id: str) -> str:
    """``"tune"`` or ``"validation"``: fixed for a document id, on any machine, forever.

    The first 8 hex digits of the id's SHA-256, modulo 100, below
    ``TUNE_SHARE`` tune; the rest validate.  Rules are designed by reading
    tune pages only and judged on validation.
    """
    h = int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:8], 16)
    return "tune" if h % 100 < TUNE_SHARE else "validation"

_SPACE = re.compile(r"\s+")
_QUOTES = "\"'‘’“”«» "
SHINGLE = 4


def shingles(text: str | None, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True, slots=True)
class Match:
    """Shared, extra and missed shingles of one document (raw counts)."""

    tp: int
    fp: int
    fn: int

    @property
    def empty(self) -> bool:
        """Both texts without words: a perfect match."""
        return not (self.tp or self.fp or self.fn)

    @property
    def precision(self) -> float | None:
        if self.empty:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        if self.empty:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def match(truth: str | None, pred: str | None) -> Match:
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    return Match(tp, sum(p.values()) - tp, sum(t.values()) - tp)


@dataclass(frozen=True, slots=True)
class BodyScore:
    precision: float
    recall: float
    f1: float
    documents: int


def body_score(matches: Iterable[Match]) -> BodyScore:
    precisions, recalls, n = [], [], 0
    for m in matches:
        n += 1
        if m.precision is not None:
            precisions.append(m.precision)
        if m.recall is not None:
            recalls.append(m.recall)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return BodyScore(p, r, 2 * p * r / (p + r) if p + r else 0.0, n)


def norm_title(title: str | None) -> str:
    return _SPACE.sub(" ", title or "").strip().casefold().strip(_QUOTES)


def title_matches(truth: str, pred: str | None) -> bool:
    return norm_title(truth) == norm_title(pred)


def date_matches(truth: str, pred: str | None) -> bool:
    return (pred or "")[:10] == truth[:10]


_BY = re.compile(r"^by\b[:\s]*")


def title_in_text(truth: str, text: str) -> bool:
    """Whether the truth's title is one line of ``text``, as the title scorer compares them.

    A text dump holds no ``<title>``, so a title that no line spells out
    cannot be matched by any reader of the dump: this gives the ceiling.
    """
    want = norm_title(truth)
    return bool(want) and any(norm_title(line) == want for line in text.splitlines())


# how month names begin in English and the corpora's other languages (fr, de, es, it, pt)
_MONTHS = (
    ("jan", "ene", "gen", "jän"), ("feb", "fév", "fev"), ("mar", "mär"), ("apr", "avr", "abr"),
    ("may", "mai", "mag"), ("jun", "juin", "giu"), ("jul", "juil", "lug"), ("aug", "aoû", "ago"),
    ("sep", "set"), ("oct", "okt", "out", "ott"), ("nov",), ("dec", "déc", "dez", "dic"),
)
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?!\d)")
_ORDINAL = re.compile(r"^0*(\d+)(?:st|nd|rd|th)?$")


def date_in_text(truth: str, text: str) -> bool:
    """Whether some line of ``text`` spells the truth's calendar day (an estimate).

    It looks for the day written as numbers (``2019-03-04``; day and month
    in either order with ``/``, ``.`` or ``-`` and a 2- or 4-digit year), or
    as a month name (English, French, German, Spanish, Italian or Portuguese)
    with the day and the year on the same line.  It
    does not use newsclip's own date finder, so the ceiling it gives is not
    limited by what newsclip already recognises.
    """
    year, month, day = (int(x) for x in truth[:10].split("-"))
    years = {year, year % 100}
    for line in text.splitlines():
        for a, b, c in _NUMERIC_DATE.findall(line):
            x, y, z = int(a), int(b), int(c)
            if len(a) == 4 and x == year and (y, z) == (month, day):
                return True
            if z in years and len(c) in (2, 4) and {x, y} == {month, day}:
                return True
        words = [w.casefold() for w in _TOKEN.findall(line)]
        numbers = {int(m.group(1)) for w in words if (m := _ORDINAL.match(w))}
        named = any(w.startswith(_MONTHS[month - 1]) for w in words)
        if named and str(year) in words and day in numbers:
            return True
    return False


def norm_byline(byline: str | None) -> str:
    return _BY.sub("", _SPACE.sub(" ", byline or "").strip().casefold()).strip()


def byline_scored(truth: str | None) -> bool:
    """Only a truth with a byline counts ("None" is how some pages' truth says it has none)."""
    return bool(truth and truth.strip() and truth.strip() != "None")


def byline_matches(truth: str, pred: str | None) -> bool:
    t, p = norm_byline(truth), norm_byline(pred)
    return bool(t and p) and (t in p or p in t)
