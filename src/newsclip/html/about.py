"""What a page says about its article besides headline, date and byline: its own
address, its summary, its section and its keywords.

Each field is read from the page's statements only (``<link rel=canonical>``,
meta tags, the article's JSON-LD object), in the order of trust of ``fields``;
none is guessed from the body.  A summary that repeats the body's first
paragraph is still the summary, and the paragraph stays in the body: the record
loses no text.  Every string comes out with its HTML entities decoded (pages
write "&amp;#8216;" into meta tags and JSON-LD).  This module reads the tree; it
never changes it.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .fields import DESCRIPTION_KEYS, SECTION_KEYS, TAG_KEYS
from .tree import clean, unescaped

__all__ = ["ABSOLUTE", "MAX_TAGS", "MAX_TAG", "text", "address", "description", "section",
           "tags", "keywords"]

#: an address a reader can follow from anywhere: http(s), a host, no white space
ABSOLUTE = re.compile(r"https?://[^\s/?#]+[^\s]*", re.I)
#: most tags a record keeps, and the longest tag (characters): past these a keywords
#: field is a stuffed list or a sentence
MAX_TAGS = 50
MAX_TAG = 100
#: the longest summary kept (characters), as a meta tag's text is kept
MAX_DESCRIPTION = 2000


def text(value: Any) -> str:
    """A statement's text: entities decoded (twice written, as CMSs do, decoded twice),
    white space made single spaces; "" for anything but a string."""
    if not isinstance(value, str):
        return ""
    return clean(unescaped(value))


def _absolute(value: Any) -> str | None:
    value = text(value)
    return value if ABSOLUTE.fullmatch(value) else None


def address(
    root: etree._Element, tags: dict[str, str], ld: dict[str, Any]
) -> tuple[str, str] | None:
    """The page's own address and its rule: the canonical link, else ``og:url``, else
    the article's JSON-LD ``url`` or ``mainEntityOfPage``; absolute http(s) only (a
    relative canonical link names no page once the file is saved)."""
    for el in root.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split():
            found = _absolute(el.get("href"))
            if found:
                return found, "canonical"
            break
    found = _absolute(tags.get("og:url"))
    if found:
        return found, "meta-og:url"
    found = _absolute(ld.get("url"))
    if found:
        return found, "json-ld-url"
    return None


def description(tags: dict[str, str], ld: dict[str, Any]) -> tuple[str, str] | None:
    """The summary the page states, and its rule (``DESCRIPTION_KEYS``, then JSON-LD)."""
    for key in DESCRIPTION_KEYS:
        found = text(tags.get(key))
        if found:
            return found[:MAX_DESCRIPTION], f"meta-{key}"
    found = text(ld.get("description"))
    return (found[:MAX_DESCRIPTION], "json-ld-description") if found else None


def section(tags: dict[str, str], ld: dict[str, Any]) -> tuple[str, str] | None:
    """The section the page files the article under: JSON-LD ``articleSection`` (the
    first, when it lists several), else ``SECTION_KEYS``."""
    value = ld.get("section")
    for item in value if isinstance(value, list) else [value]:
        found = text(item)
        if found:
            return found, "json-ld-articleSection"
    for key in SECTION_KEYS:
        found = text(tags.get(key))
        if found:
            return found, f"meta-{key}"
    return None


def keywords(value: Any) -> list[str]:
    """JSON-LD ``keywords``: a list of strings, or one string of comma-separated words."""
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return []
    return _kept(value)


def _kept(values: list[Any]) -> list[str]:
    """Tags as given, decoded, each once (the first spelling), within the limits."""
    out: dict[str, str] = {}
    for value in values[: 4 * MAX_TAGS]:
        found = text(value)
        if found and len(found) <= MAX_TAG:
            out.setdefault(found.casefold(), found)
    return list(out.values())[:MAX_TAGS]


def tags(root: etree._Element, ld: dict[str, Any]) -> tuple[list[str], str] | None:
    """The article's tags and their rule: its JSON-LD ``keywords``, else every meta tag
    of ``TAG_KEYS`` (pages write one ``article:tag`` per tag)."""
    found = keywords(ld.get("keywords"))
    if found:
        return found, "json-ld-keywords"
    values = [
        el.get("content") for el in root.iter("meta")
        if (el.get("property") or el.get("name") or "").strip().lower() in TAG_KEYS
    ]
    found = _kept(values)
    return (found, "meta-article:tag") if found else None
