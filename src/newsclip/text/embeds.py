"""Embedded posts in a text dump: a tweet's text, then its signature line.

    After more than three hours, talks go on. pic.twitter.com/abc123
    — Department of State (@StateDept) March 14, 2014

A line that starts with a dash but has no ``Name (@handle)`` signature shape
(interview dialogue: ``— How long will it take?``) stays body text.
"""

from __future__ import annotations

import re

from .._lazy_patterns import lazy
from ..dates import parse_date
from .model import EmbedInfo, Layout, Line

__all__ = ["SIGNATURE", "MAX_GAP", "label_embeds"]

SIGNATURE = lazy(
    # Possessive white space (\s*+): with plain \s* around the author and the
    # date, a long run of spaces made fullmatch backtrack for minutes.
    r"[—–―-]{1,2}\s*+(?P<author>[^()\n]{0,80}?)\s*+\(@(?P<handle>[A-Za-z0-9_]{1,15})\)"
    # Twitter writes the date the reader's locale way: "March 14, 2014" or "14 March 2014".
    r"\s*+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})?\s*"
)

#: blank lines allowed between a tweet's text and its signature
MAX_GAP = 2


def label_embeds(lines: list[Line], start: int, end: int, layout: Layout) -> None:
    """Relabel body lines that form embedded posts between ``start`` and ``end``."""
    for i in range(start, end):
        line = lines[i]
        if line.label != "body" or "(@" not in line.text:
            continue
        m = SIGNATURE.fullmatch(line.text)
        if m is None:
            continue
        text_lines = _tweet_text(lines, start, i)
        if not text_lines:
            continue
        index = len(layout.embeds)
        layout.embeds.append(
            EmbedInfo(
                kind="tweet",
                author=m["author"] or None,
                handle=m["handle"],
                date=parse_date(m["date"], dayfirst=False) if m["date"] else None,
                signature=line.text,
            )
        )
        for j in (*text_lines, i):
            lines[j].label, lines[j].embed = "embed", index
            lines[j].rule = "embed-signature" if j == i else "embed-text"


def _tweet_text(lines: list[Line], start: int, sig: int) -> list[int]:
    """The block of body lines right above a signature (at most MAX_GAP blanks between)."""
    j, gap = sig - 1, 0
    while j >= start and lines[j].blank and gap < MAX_GAP:
        j, gap = j - 1, gap + 1
    block = []
    while j >= start and lines[j].label == "body" and not lines[j].blank:
        block.append(j)
        j -= 1
    return block[::-1]
