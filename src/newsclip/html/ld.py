"""The page's story as its JSON-LD states it: the first object typed as an article or a
thread's opening post (``story``), and the text that object stores (``stored_text``).

``metadata`` reads the story's fields (headline, date, author); the text is read only
when the page shows almost none of its own (``newsclip.html``): a forum whose posts a
script writes into the page, a story whose markup the reader cannot tell apart.
"""

from __future__ import annotations

import json
import re

from lxml import etree

from .fields import ARTICLE_TYPES, POSTING_TYPES
from .tree import MAX_JSON_LD, Deadline, clean, unescaped

__all__ = ["story", "stored_text", "STORED_REPLIES", "CUT_MARKS"]

_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
#: the objects whose fields are the page's: an article, a thread's opening post
_STORY_TYPES = ARTICLE_TYPES | POSTING_TYPES
#: most replies of a posting read (its ``comment`` list)
STORED_REPLIES = 100
#: the marks that end a text cut short ("… the open source version of Vanilla…")
CUT_MARKS = ("…", "...")
#: a stored text that holds markup ("<p>…</p>"), as some CMSs write it
_MARKUP = re.compile(r"<(p|br|div|li|h[1-6])\b[^>]*>", re.I)


def _uncdata(code: str) -> str:
    """``code`` without the CDATA marks around it; the pattern (which tries its end mark
    at every character) runs only on code that holds one."""
    return _CDATA.sub("", code) if "<![CDATA[" in code or "]]>" in code else code


def story(scripts: list[str], deadline: Deadline) -> dict | None:
    """The first article (or thread's opening post) object of the JSON-LD scripts."""
    for raw in scripts:
        if not raw.strip() or len(raw) > MAX_JSON_LD:
            continue
        try:
            # (strict=False: a CMS writes a post's text into a string with its raw line breaks)
            data = json.loads(_uncdata(raw.strip()).strip().rstrip(";"), strict=False)
        except (ValueError, RecursionError):
            continue
        deadline.check()
        found = _find_article(data)
        if found is not None:
            return found
    return None


def _find_article(data: object) -> dict | None:
    """The first object typed as an article (or a thread's opening post), walked
    without recursion."""
    stack = [data]
    seen = 0
    while stack and seen < 10_000:
        seen += 1
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            types = item.get("@type")
            names = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in _STORY_TYPES for t in names):
                return item
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                if isinstance(item.get(key), (list, dict)):
                    stack.append(item[key])
    return None


def stored_text(obj: dict | None) -> list[str]:
    """The paragraphs the story object stores: its ``articleBody`` (else its ``text``, a
    posting's), then the ``text`` of each of its replies (``comment``); [] when none, or
    when it is cut short (``CUT_MARKS``)."""
    if obj is None:
        return []
    body = obj.get("articleBody")
    paragraphs = _paragraphs(body if isinstance(body, str) and body.strip() else obj.get("text"))
    if paragraphs and paragraphs[-1].endswith(CUT_MARKS):
        return []  # cut short: a summary of the text, not the text
    replies = obj.get("comment")
    if paragraphs and isinstance(replies, list):
        for reply in replies[:STORED_REPLIES]:
            if isinstance(reply, dict):
                paragraphs += _paragraphs(reply.get("text"))
    return paragraphs


def _paragraphs(value: object) -> list[str]:
    """A stored string's paragraphs: its lines, or the blocks of the markup it holds."""
    if not isinstance(value, str):
        return []
    value = unescaped(value)
    if _MARKUP.search(value):
        try:
            fragment = etree.fromstring(f"<div>{value}</div>", etree.HTMLParser())
        except (etree.ParserError, etree.XMLSyntaxError, ValueError):
            return []
        if fragment is None:
            return []
        for el in fragment.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"):
            el.tail = "\n" + (el.tail or "")
        value = "".join(fragment.itertext())
    return [line for line in map(clean, value.split("\n")) if line]
