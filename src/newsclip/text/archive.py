"""The news-archive layout of the seed dump.

    Select date / May 2024 / Mon Tue … Sun / 1 2 3 …   (date picker, optional)
    Headline
    14-3-2014 < RT 165 617 words                        (the metadata line)
    Photo from … / Reuters / Maxim Shemetov             (optional credit)
    Body paragraphs, embedded tweets with their signature lines
    Print / Share / Tweet …                             (trailing chrome)

The metadata line is what identifies the layout: ``find_header`` looks for it
near the top, and ``read`` labels the lines around it.
"""

from __future__ import annotations

import re

from .._lazy_patterns import lazy
from ..dates import parse_date
from . import rules
from .embeds import label_embeds
from .model import Layout, Line

__all__ = [
    "HEADER", "HEADER_SEARCH_LINES", "MAX_HEADER_CHARS", "CAPTION_LINES", "find_header", "read",
]

# "14-3-2014 < RT 165 617 words": a day-first date, "<", the outlet (several
# words allowed), unexplained numbers (kept only in the raw header), and the
# stated length, which may carry a thousands separator ("1,050 words").
HEADER = lazy(
    r"(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{2,4})"
    r"(?:\s+(?P<time>\d{1,2}:\d{2}(?::\d{2})?))?"
    r"\s*<\s*(?P<outlet>.*?)"
    # Lazy, so a no-break space inside "12\u00a0400 words" stays a thousands
    # separator instead of splitting off an "unknown number".
    r"(?:\s+(?P<numbers>(?:\d[\d,.\u00a0\u202f]*\s+)*?)"
    r"(?P<words>\d{1,3}(?:[,.\u00a0\u202f]\d{3})+|\d+)\s+words?)?",
    re.I,
)

#: how many non-blank lines from the top the metadata line may stand at
HEADER_SEARCH_LINES = 40
#: a metadata line is short; HEADER's lazy outlet makes longer lines cost
#: quadratic time ("1-1-2014 < 1 1 1 …" took hours at 5 MB)
MAX_HEADER_CHARS = 300
#: how many non-blank lines after the metadata line may be photo credits
CAPTION_LINES = 2


def find_header(lines: list[Line]) -> int | None:
    """Index of the archive metadata line, or None when this is not the layout."""
    seen = 0
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if "<" in line.text and len(line.text) <= MAX_HEADER_CHARS and HEADER.fullmatch(line.text):
            return i
        seen += 1
        if seen >= HEADER_SEARCH_LINES:
            break
    return None


def read(lines: list[Line], h: int) -> Layout:
    layout = Layout("archive")
    _read_header(lines[h], layout)

    title_at = _label_top(lines, h)
    if title_at is None:
        layout.warnings.append("no headline above the metadata line")

    end = len(lines)
    for i in range(len(lines) - 1, h, -1):  # trailing chrome, from the bottom up
        line = lines[i]
        if line.blank:
            continue
        rule = rules.match(line.text, "any")
        if rule is None:
            break
        line.label, line.rule, end = "chrome", rule, i

    credits = 0
    for i in range(h + 1, end):
        line = lines[i]
        if line.blank:
            continue
        rule = rules.match(line.text, "caption") if credits < CAPTION_LINES else None
        if rule is not None:
            line.label, line.rule = "caption", rule
            credits += 1
            continue
        credits = CAPTION_LINES  # captions stand only right under the header
        chrome = rules.match(line.text, "any")
        if chrome is not None:
            line.label, line.rule = "chrome", chrome
        else:
            line.label, line.rule = "body", "archive-body"
    label_embeds(lines, h + 1, end, layout)
    return layout


def _read_header(line: Line, layout: Layout) -> None:
    m = HEADER.fullmatch(line.text)
    assert m is not None
    line.label, line.rule = "header", "archive-metadata"
    raw_date = m["date"] + (f" {m['time']}" if m["time"] else "")
    layout.published_raw = raw_date
    layout.published = parse_date(raw_date, dayfirst=True)
    layout.published_source = "archive"  # the layout writes its dates day first
    if layout.published is None:
        layout.warnings.append(f"unreadable date {raw_date!r} in the metadata line")
    layout.outlet = m["outlet"].strip() or None
    if m["words"]:
        layout.stated_word_count = int(re.sub(r"\D", "", m["words"]))


def _label_top(lines: list[Line], h: int) -> int | None:
    """Label the lines above the header: the headline, and chrome above it."""
    title_at = None
    for i in range(h - 1, -1, -1):
        line = lines[i]
        if line.blank:
            continue
        if title_at is None:
            rule = rules.match(line.text, "top") or rules.match(line.text, "any")
            if rule is None:
                line.label, line.rule, title_at = "title", "line-above-metadata", i
            else:
                line.label, line.rule = "chrome", rule
            continue
        rule = rules.match(line.text, "top") or rules.match(line.text, "any")
        line.label, line.rule = "chrome", rule or "above-headline"
    return title_at
