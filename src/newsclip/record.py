"""The record newsclip makes of one article, and its JSON Schema.

The field names are fixed: scripts downstream depend on them.  Inside the
library dates are ``date``/``datetime`` objects; they become ISO 8601 strings
only in ``to_dict()``.  Unknown values are None, never invented.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import filterfalse
from typing import Any

from ._version import __version__
from .dates import to_iso

__all__ = [
    "count_words", "Embed", "ELEMENT_TEXT_LIMIT", "Provenance", "Source", "RecordRef",
    "Record", "reading_text", "SCHEMA", "WarcLocation", "reads_as_article", "ARTICLE_WORDS",
    "PROSE_PARAGRAPH_WORDS",
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


#: a paragraph of prose has at least this many words and ends like a sentence
PROSE_PARAGRAPH_WORDS = 20
#: words in paragraphs of prose that make a dated or signed text an article; of the
#: wcxb-dev pages (typed by people), 150 keeps most articles and drops most lists,
#: product and service pages, which are rarely dated or signed
ARTICLE_WORDS = 150


def reads_as_article(
    paragraphs: tuple[str, ...], published: object, byline: str | None
) -> bool:
    """The rule behind ``is_article``: at least ARTICLE_WORDS words in paragraphs of
    prose (PROSE_PARAGRAPH_WORDS words or more, ending like a sentence), and a date
    or a byline.
    """
    if published is None and not byline:
        return False
    from .text.features import sentence_end  # here: the text package imports this module

    prose = 0
    for paragraph in paragraphs:
        n = count_words(paragraph)
        if n >= PROSE_PARAGRAPH_WORDS and sentence_end(paragraph.rstrip()):
            prose += n
            if prose >= ARTICLE_WORDS:
                return True
    return False


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
    ``newsclip.explain`` lists them all, for every kind of input.

    In an input of many records (an export), ``explain`` also says which record
    the piece went to: ``part`` is that record's ``source.index``, None for a
    piece of no record (an export's cover page).  It is None in an input of one
    record, and in ``Record.removed``, whose record is the one that holds it.
    """

    line: int | None
    label: str
    rule: str
    text: str
    part: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "label": self.label, "rule": self.rule, "text": self.text,
                "part": self.part}


@dataclass(frozen=True, slots=True)
class WarcLocation:
    """Where a record of a web archive came from, to go back to the capture."""

    #: the archive file as named in the batch
    file: str
    #: the WARC-Record-ID (``<urn:uuid:…>``)
    record_id: str
    #: the byte offset of the WARC record in the (compressed) file
    offset: int

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "record_id": self.record_id, "offset": self.offset}


@dataclass(frozen=True, slots=True)
class Source:
    path: str | None
    format: str  # "text", "html" or "export"
    encoding: str
    #: the record's place in an input that holds many (1-based), and how many it holds;
    #: None for an input that is one record
    index: int | None = None
    count: int | None = None
    #: when a crawler captured the page (a web archive's WARC-Date), with its zone; else None
    captured: datetime | None = None
    #: the web archive record it was read from, else None
    warc: WarcLocation | None = None
    #: the newsclip that made the record: the same version and input give the same record
    newsclip_version: str = __version__

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "encoding": self.encoding,
            "index": self.index,
            "count": self.count,
            "captured": to_iso(self.captured),
            "warc": None if self.warc is None else self.warc.to_dict(),
            "newsclip_version": self.newsclip_version,
        }


@dataclass(frozen=True, slots=True)
class RecordRef:
    """Another record of the batch, named as its ``source`` names it."""

    path: str | None
    index: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "index": self.index}


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
    #: where ``published`` was read: "json-ld", "meta", "microdata", "time", "url",
    #: "page" (the search of an HTML page's markup and text), "text" (a date
    #: line of a text dump) or "archive" (the archive layout's metadata line)
    published_source: str | None = None
    #: when the page says it was last changed, kept apart from ``published``
    modified: date | datetime | None = None
    #: ISO 639-1 code of the article's language (a page's or an export's statement of it,
    #: or with detection the language its text is in)
    language: str | None = None
    #: the page's own address, as the page names it (absolute http(s) only); for a page
    #: of a web archive, the capture's target URI (set by ``warc._capture``)
    url: str | None = None
    #: the section or desk that ran it ("FEATURES"), as the source names it
    section: str | None = None
    #: the edition ("Final Edition", "Edition 1; Scotland")
    edition: str | None = None
    #: the standfirst or summary the page states (it may repeat the first paragraph,
    #: which stays in ``paragraphs``)
    description: str | None = None
    #: the writers, one name a string, names written in capitals in name case
    authors: tuple[str, ...] = ()
    #: the page's keywords or tags
    tags: tuple[str, ...] = ()
    #: with ``--duplicates``: the earlier record of the batch this one nearly copies
    duplicate_of: RecordRef | None = None
    #: … and the estimated Jaccard similarity of their word shingles
    similarity: float | None = None
    text: str = field(init=False)
    word_count: int = field(init=False)
    is_article: bool = field(init=False)

    def __post_init__(self) -> None:
        global _last_read
        read = (self.paragraphs, self.embeds, self.published, self.byline)
        last = _last_read
        if all(map(operator.is_, read, last)):
            # a copy (``dataclasses.replace``) of the last record
            text, words, article = last[len(read):]
        else:
            text = reading_text(self.paragraphs, self.embeds)
            words = count_words(text)
            article = reads_as_article(self.paragraphs, self.published, self.byline)
            _last_read = (*read, text, words, article)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "word_count", words)
        object.__setattr__(self, "is_article", article)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data, fields in the documented order."""
        return {
            "title": self.title,
            "published": to_iso(self.published),
            "published_raw": self.published_raw,
            "published_source": self.published_source,
            "modified": to_iso(self.modified),
            "outlet": self.outlet,
            "byline": self.byline,
            "authors": list(self.authors),
            "language": self.language,
            "url": self.url,
            "section": self.section,
            "tags": list(self.tags),
            "edition": self.edition,
            "description": self.description,
            "stated_word_count": self.stated_word_count,
            "word_count": self.word_count,
            "is_article": self.is_article,
            "captions": list(self.captions),
            "paragraphs": list(self.paragraphs),
            "embeds": [e.to_dict() for e in self.embeds],
            "text": self.text,
            "header": list(self.header),
            "removed": [{"line": r.line, "text": r.text, "rule": r.rule} for r in self.removed],
            "warnings": list(self.warnings),
            "source": self.source.to_dict(),
            "duplicate_of": None if self.duplicate_of is None else self.duplicate_of.to_dict(),
            "similarity": self.similarity,
        }


#: the last record's paragraphs, embeds, date and byline (the objects), and what they
#: gave (its reading text, word count and ``is_article``): a record copied with another
#: field changed (``dataclasses.replace``, as ``parse`` does to the reader's record) keeps
#: them, and is not read again (one tuple, replaced whole: threads never see half of one)
_last_read: tuple = (object(),) * 4 + ("", 0, False)


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
#: a moment in time: always a date-time with its offset (a table can hold it as UTC)
_INSTANT = {
    "type": ["string", "null"],
    "format": "date-time",
    "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$",
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://newsclip.invalid/record.schema.json",
    "title": "newsclip record",
    "description": "One news article extracted from a text dump or an HTML page.",
    "type": "object",
    "additionalProperties": False,
    "required": [
        "title", "published", "published_raw", "published_source", "modified", "outlet",
        "byline", "authors", "language", "url", "section", "tags", "edition", "description",
        "stated_word_count", "word_count", "is_article",
        "captions", "paragraphs", "embeds", "text", "header", "removed", "warnings", "source",
        "duplicate_of", "similarity",
    ],
    "properties": {
        "title": {**_STR_OR_NULL, "description": "The headline."},
        "published": {
            **_DATE,
            "description": "ISO 8601: a date, or a date-time (with offset when the zone is known).",
        },
        "published_raw": {**_STR_OR_NULL, "description": "The date as the page wrote it."},
        "published_source": {
            "type": ["string", "null"],
            "enum": ["json-ld", "meta", "microdata", "time", "url", "page", "text", "archive", None],
            "description": "Where `published` was read, in order of trust.",
        },
        "modified": {**_DATE, "description": "When the page says it was last changed."},
        "outlet": {**_STR_OR_NULL, "description": "The publication."},
        "byline": {**_STR_OR_NULL, "description": "The author(s), without 'By'."},
        "authors": {**_STR_LIST, "description": "The writers' names, one name an item."},
        "language": {
            "type": ["string", "null"], "pattern": "^[a-z]{2}$",
            "description": "ISO 639-1 code of the article's language.",
        },
        "url": {
            "type": ["string", "null"], "pattern": "^https?://",
            "description": "The page's address, as the page (or a dump's header) names it; "
            "a web archive's page: its target URI.",
        },
        "section": {**_STR_OR_NULL, "description": "The section or desk that ran it."},
        "tags": {**_STR_LIST, "description": "The page's keywords or tags."},
        "edition": {**_STR_OR_NULL, "description": "The edition (and region) of the issue."},
        "description": {
            **_STR_OR_NULL, "description": "The standfirst or summary the page states.",
        },
        "stated_word_count": {**_INT_OR_NULL, "description": "The length the page states."},
        "word_count": {"type": "integer", "minimum": 0, "description": "Words in `text`."},
        "is_article": {
            "type": "boolean",
            "description": "The text reads as an article: enough words, in enough prose paragraphs.",
        },
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
            "required": ["path", "format", "encoding", "index", "count", "captured", "warc",
                         "newsclip_version"],
            "properties": {
                "path": _STR_OR_NULL,
                "format": {"type": "string", "enum": ["text", "html", "export"]},
                "encoding": {"type": "string"},
                "index": {
                    "type": ["integer", "null"], "minimum": 1,
                    "description": "The record's place in an input of many records (1-based).",
                },
                "count": {
                    "type": ["integer", "null"], "minimum": 1,
                    "description": "How many records that input holds.",
                },
                "captured": {**_INSTANT, "description": "When a crawler captured the page."},
                "warc": {
                    "type": ["object", "null"],
                    "description": "The web archive record the page was read from.",
                    "additionalProperties": False,
                    "required": ["file", "record_id", "offset"],
                    "properties": {
                        "file": {"type": "string"},
                        "record_id": {"type": "string"},
                        "offset": {"type": "integer", "minimum": 0},
                    },
                },
                "newsclip_version": {"type": "string"},
            },
        },
        "duplicate_of": {
            "type": ["object", "null"],
            "additionalProperties": False,
            "required": ["path", "index"],
            "properties": {"path": _STR_OR_NULL, "index": {"type": ["integer", "null"]}},
            "description": "With --duplicates: the earlier record this one nearly copies.",
        },
        "similarity": {
            "type": ["number", "null"], "minimum": 0, "maximum": 1,
            "description": "Estimated Jaccard similarity of word shingles to duplicate_of.",
        },
    },
}
