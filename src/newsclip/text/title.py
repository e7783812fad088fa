"""The record's title from its headline line(s): a label a page prints on the same line
as the headline, before or after it, is cut off, so that the title is the headline alone;
so is the permalink mark a documentation page prints after its headings ("Install Go¶"),
and so are the soft hyphens a page hides in long words ("Haus\u00adtür"): marks where a
browser may break the word, not letters.

Only labels of a known shape are cut: a forum's "Thread: …" before the title, and after
it the thread starter's stamp ("… Thread starter ada_k"), a post's stamp ("… by ada_k:
3:21pm On Mar 09, 2023"), a credit ("… written by Our Editors", a lone "… by" whose
names went to their own line) or a section named after a bar ("… | Opinion").
"""

from __future__ import annotations

import re

from .._vocab import SECTION_WORDS, SOFT_HYPHEN, STARTER_LABELS, THREAD_LABELS

__all__ = ["MIN_LEFT_WORDS", "PERMALINK_MARK", "SOFT_HYPHEN", "tidy"]

#: the mark a documentation generator prints after each heading, a link to it ("Install
#: Go¶"): no part of the headline
PERMALINK_MARK = "\u00b6"

#: what must be left of the title after a cut (words): less, and the label stays
MIN_LEFT_WORDS = 3

_PREFIX = re.compile(rf"(?i:{'|'.join(THREAD_LABELS)})\s*:\s+(?=\S)")
# (a match starts where a run of spaces starts: a title of thousands of spaces is read
# in one pass)
_SUFFIX = re.compile(
    r"(?<!\s)\s+(?:"
    rf"(?i:{STARTER_LABELS})\s+\S.{{0,60}}"
    r"|by\s+\S{1,40}:\s+\d{1,2}:\d{2}\s*(?i:[ap]m)\b.{0,40}"
    r"|written\s+by\s+\S.{0,40}"
    r"|by"
    r"|[|]\s+(?P<section>[^|]{1,40})"
    r")"
)


def tidy(title: str) -> str:
    """``title`` without a label printed before or after the headline on its line, nor
    a soft hyphen."""
    title = title.replace(SOFT_HYPHEN, "")
    title = title.rstrip(PERMALINK_MARK + " ") or title
    m = _PREFIX.match(title)
    if m is not None and len(title[m.end():].split()) >= MIN_LEFT_WORDS:
        title = title[m.end():]
    for m in _SUFFIX.finditer(title):
        if m.end() != len(title):
            continue
        section = m["section"]
        if section is not None and not all(
            w in SECTION_WORDS for w in re.findall(r"\w+", section.lower())
        ):
            continue
        if len(title[: m.start()].split()) >= MIN_LEFT_WORDS:
            return title[: m.start()]
    return title
