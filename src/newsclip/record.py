"""The record newsclip makes of one article, and its JSON Schema.

The field names are fixed: scripts downstream depend on them.  Inside the
library dates are ``date``/``datetime`` objects; they become ISO 8601 strings
only in ``to_dict()``.  Unknown values are None, never invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import filterfalse
from typing import Any

from ._version import __version__
from .dates import to_iso

__all__ = [
    "count_words", "Embed", "ELEMENT_TEXT_LIMIT", "Provenance", "Source", "Record",
    "reading_text", "SCHEMA",
]

_WORD_CHAR = re.compile(r"\w")


def count_words(text: str) -> int:
    """Words as a reader counts them: runs of non-space holding a letter or digit."""
    # Counting every token, then taking away the few with no letter or digit,
    # keeps the per-token work in C (str.isalnum); this was a fifth of parse time.
    tokens = text.split()
    return len(tokens) - sum(
        1
        for token in filterfalse(str.isalnum, tokens)
        if not (token[0].isalnum() or token[-1].isalnum() or _WORD_CHAR.search(token))
    )


@dataclass(frozen=True, slots=True)
class Embed:
    """A post embedded in the article (a tweet), kept out of ``paragraphs``."""

    kind: str
    text: str
    author: str | None = None
    handle: str | None = None
    date: date | datetime | None = None
    links: tuple[str, ...] = ()
    #: how many body paragraphs stand before it
    position: int = 0
    #: the signature line as the page wrote it ("— Name (@handle) March 14, 2014")
    signature: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "author": self.author,
            "handle": self.handle,
            "date": to_iso(self.date),
            "links": list(self.links),
            "position": self.position,
            "signature": self.signature,
        }


#: how much of an HTML element's text a Provenance keeps (characters, "…" ending a
#: cut): an element may hold a whole sidebar or comment thread, which a note of where
#: it went need not repeat; a text dump's line is kept whole, as it is one line
ELEMENT_TEXT_LIMIT = 120


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where one piece of the input went, and the rule that sent it there.

    The piece is a line of a text dump (``line`` is its 1-based number, ``text`` the
    whole line) or an element of an HTML page (``line`` is where it starts in the
    page, None when unknown; ``text`` its text, white space made single spaces, cut to
    ELEMENT_TEXT_LIMIT characters).  ``label`` says where it went: chrome, title,
    header, caption, body, embed or blank.  ``Record.removed`` holds the chrome ones;
    ``newsclip.explain`` lists them all, for both kinds of input.
    """

    line: int | None
    label: str
    rule: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "label": self.label, "rule": self.rule, "text": self.text}


@dataclass(frozen=True, slots=True)
class Source:
    path: str | None
    format: str  # "text" or "html"
    encoding: str
    #: the newsclip that made the record: the same version and input give the same record
    newsclip_version: str = __version__

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "format": self.format, "encoding": self.encoding,
                "newsclip_version": self.newsclip_version}


@dataclass(frozen=True, slots=True)
class Record:
    """One article, as clean structured data."""

    title: str | None
    published: date | datetime | None
    published_raw: str | None
    outlet: str | None
    byline: str | None
    stated_word_count: int | None
    captions: tuple[str, ...]
    paragraphs: tuple[str, ...]
    embeds: tuple[Embed, ...]
    header: tuple[str, ...]
    #: the input's pieces that went into no field (label "chrome")
    removed: tuple[Provenance, ...]
    warnings: tuple[str, ...]
    source: Source
    text: str = field(init=False)
    word_count: int = field(init=False)

    def __post_init__(self) -> None:
        text = reading_text(self.paragraphs, self.embeds)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "word_count", count_words(text))

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data, fields in the documented order."""
        return {
            "title": self.title,
            "published": to_iso(self.published),
            "published_raw": self.published_raw,
            "outlet": self.outlet,
            "byline": self.byline,
            "stated_word_count": self.stated_word_count,
            "word_count": self.word_count,
            "captions": list(self.captions),
            "paragraphs": list(self.paragraphs),
            "embeds": [e.to_dict() for e in self.embeds],
            "text": self.text,
            "header": list(self.header),
            "removed": [{"line": r.line, "text": r.text, "rule": r.rule} for r in self.removed],
            "warnings": list(self.warnings),
            "source": self.source.to_dict(),
        }


def reading_text(paragraphs: tuple[str, ...], embeds: tuple[Embed, ...]) -> str:
    """Paragraphs and embedded posts in reading order, blank-line separated."""
    if not embeds:
        return "\n\n".join(paragraphs)
    parts: list[str] = []
    pending = sorted(embeds, key=lambda e: e.position)
    k = 0
    for i, para in enumerate(paragraphs):
        while k < len(pending) and pending[k].position <= i:
            parts.append(pending[k].text)
            k += 1
        parts.append(para)
    parts.extend(e.text for e in pending[k:])
    return "\n\n".join(parts)


_STR_OR_NULL = {"type": ["string", "null"]}
_INT_OR_NULL = {"type": ["integer", "null"], "minimum": 0}
_STR_LIST = {"type": "array", "items": {"type": "string"}}
_DATE = {
    "type": ["string", "null"],
    "pattern": r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2})?)?$",
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://newsclip.invalid/record.schema.json",
    "title": "newsclip record",
    "description": "One news article extracted from a text dump or an HTML page.",
    "type": "object",
    "additionalProperties": False,
    "required": [
        "title", "published", "published_raw", "outlet", "byline",
        "stated_word_count", "word_count", "captions", "paragraphs", "embeds",
        "text", "header", "removed", "warnings", "source",
    ],
    "properties": {
        "title": {**_STR_OR_NULL, "description": "The headline."},
        "published": {
            **_DATE,
            "description": "ISO 8601: a date, or a date-time (with offset when the zone is known).",
        },
        "published_raw": {**_STR_OR_NULL, "description": "The date as the page wrote it."},
        "outlet": {**_STR_OR_NULL, "description": "The publication."},
        "byline": {**_STR_OR_NULL, "description": "The author(s), without 'By'."},
        "stated_word_count": {**_INT_OR_NULL, "description": "The length the page states."},
        "word_count": {"type": "integer", "minimum": 0, "description": "Words in `text`."},
        "captions": {**_STR_LIST, "description": "Photo captions and credits."},
        "paragraphs": {**_STR_LIST, "description": "Body paragraphs, embeds excluded."},
        "embeds": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": [
                    "kind", "text", "author", "handle", "date", "links", "position", "signature",
                ],
                "properties": {
                    "kind": {"type": "string", "enum": ["tweet", "post"]},
                    "text": {"type": "string"},
                    "author": _STR_OR_NULL,
                    "handle": _STR_OR_NULL,
                    "date": _DATE,
                    "links": _STR_LIST,
                    "position": {
                        "type": "integer", "minimum": 0,
                        "description": "How many body paragraphs stand before it.",
                    },
                    "signature": _STR_OR_NULL,
                },
            },
        },
        "text": {"type": "string", "description": "Paragraphs and embeds in reading order."},
        "header": {**_STR_LIST, "description": "The raw metadata lines."},
        "removed": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["line", "text", "rule"],
                "properties": {
                    "line": {"type": ["integer", "null"], "minimum": 1},
                    "text": {"type": "string"},
                    "rule": {"type": "string"},
                },
            },
        },
        "warnings": _STR_LIST,
        "source": {
            "type": "object",
            "additionalProperties": False,
            "required": ["path", "format", "encoding", "newsclip_version"],
            "properties": {
                "path": _STR_OR_NULL,
                "format": {"type": "string", "enum": ["text", "html"]},
                "encoding": {"type": "string"},
                "newsclip_version": {"type": "string"},
            },
        },
    },
}
