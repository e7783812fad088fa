"""Markup in, an lxml tree out, built as a browser builds it, within a time
budget and without recursion.

The markup is repaired where a browser would lose the page (scripts cut out, a
title left open closed, attributes and nesting past safe limits dropped), then
built into the browser's tree (``html5``: Lexbor, the HTML5 algorithm) and
read into lxml, whose tree the reader walks directly: it is fast and never
recurses in Python, so deep nesting cannot raise RecursionError.  Lexbor takes
quadratic time in nesting depth and libxml2 gives up past 2048 levels, so
markup nested deeper than MAX_DEPTH is flattened first (tags past it are
removed, their text kept): hostile nesting still yields its text.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from lxml import etree

from ..errors import NoArticleError, TimeBudgetError
from . import html5

__all__ = [
    "parse", "Deadline", "cap_attributes", "TIME_BUDGET", "MAX_DEPTH", "MAX_ATTRIBUTES",
    "clean", "text_of", "element_text", "spaced_text", "line_of",
]

#: seconds one page may take before TimeBudgetError
TIME_BUDGET = 10.0

#: nesting kept as it is; deeper tags are dropped before parsing (browsers stop
#: nesting at 512 too; libxml2 stops at 2048)
MAX_DEPTH = 512

#: attributes kept on one tag; later ones are dropped before parsing.  Lexbor and
#: libxml2 take quadratic time in a tag's attributes (Lexbor 4.6 s for 50,000,
#: libxml2 26 s, in one call the time budget cannot interrupt); real tags carry
#: a few dozen.
MAX_ATTRIBUTES = 256

_XML_DECL = re.compile(r"\A\s*<\?xml[^>]*>", re.I)
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
_SCRIPT_OPEN = re.compile(r"<script\b", re.I)
_UNTREEABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.I)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)
# One attribute as libxml2 reads it: a name, then maybe "=" and a value, quoted
# (an unclosed quote runs to the end of the page, as in libxml2, and may hold
# ">") or bare.  Atomic and possessive: nothing is read twice.
_ATTRIBUTE = r"""(?>[\s/]*+[^\s/>][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>]*+))?)"""
# A start tag's first MAX_ATTRIBUTES attributes, then the rest (group 1).
# It matches at every start tag, so finditer never re-reads a tag from inside.
_ATTRIBUTES = re.compile(
    rf"<[a-zA-Z][^\s/>]*+{_ATTRIBUTE}{{0,{MAX_ATTRIBUTES}}}+({_ATTRIBUTE}*+)"
)


class Deadline:
    """A per-page time budget, checked at safe points by the reader."""

    __slots__ = ("_end",)

    def __init__(self, seconds: float = TIME_BUDGET) -> None:
        self._end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self._end:
            raise TimeBudgetError("took longer than the time budget for one page")


def _parser() -> etree.HTMLParser:
    # huge_tree lifts libxml2's 10 MB text and 256-level depth limits, which
    # otherwise make it drop the rest of a page silently.  The plain etree
    # parser, not lxml.html's: its element-class lookup costs a tenth of the time.
    return etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True,
        no_network=True, default_doctype=False,
    )


def parse(markup: str, deadline: Deadline) -> tuple[etree._Element, list[str], list[str]]:
    """Parse a page as a browser does; return its root element, warnings about
    repairs made, and the text of its JSON-LD scripts."""
    warnings: list[str] = []
    markup = _XML_DECL.sub("", markup, count=1)
    # Scripts are cut out before parsing, from "<script" to the next
    # "</script>": a broken quote in a script's start tag otherwise makes the
    # parser read the rest of the page, up to some later </script>, as code.
    # JSON-LD is kept aside for the metadata, and the calls of a streaming
    # runtime for the blocks it would move.
    json_ld: list[str] = []
    streams: list[tuple[str, str]] = []

    def take(m: re.Match[str]) -> str:
        if "ld+json" in m.group(1).lower():
            json_ld.append(m.group(2))
        elif "$R" in m.group(2):
            streams.extend(html5.stream_calls(m.group(2)))
        return "\n" * m.group(0).count("\n")  # source lines stay where they were

    markup = _cut_scripts(markup, take)
    deadline.check()
    markup = _close_title(markup)
    markup = cap_attributes(markup)
    deadline.check()
    flattened = markup.count("<") > html5.FEW_TAGS and html5.deeper_than(markup, MAX_DEPTH)
    if flattened:
        markup = html5.flatten(markup, MAX_DEPTH)
        deadline.check()
    markup, notes = html5.rebuild(markup, streams)
    warnings += notes
    # lxml refuses to hold control characters in its tree (browsers show nothing
    # for them either); Lexbor has dropped lone surrogates.
    markup = _UNTREEABLE.sub("", markup)
    deadline.check()
    parser = _parser()
    try:
        root = etree.fromstring(markup.encode("utf-8", "surrogatepass"), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is not None and any("Excessive depth" in e.message for e in parser.error_log):
        # nesting the browser's algorithm made deeper still: each level counted may
        # hold three more (a table's body, row and cell)
        deadline.check()
        flat = html5.flatten(markup, MAX_DEPTH // 4)
        parser = _parser()
        try:
            root = etree.fromstring(flat.encode("utf-8", "surrogatepass"), parser)
        except (etree.ParserError, etree.XMLSyntaxError, ValueError):
            root = None
        flattened = True
    if flattened:
        warnings.insert(0, f"markup nested deeper than {MAX_DEPTH} levels was flattened")
    if root is None:
        raise NoArticleError("no HTML document could be read")
    deadline.check()
    return root, warnings, json_ld


def _cut_scripts(markup: str, take: Callable[[re.Match[str]], str]) -> str:
    """``_SCRIPT.sub(take, markup)``, stopping at the first script left open.

    The sub would try every later "<script" too, each read to the end of the page
    in vain (no "</script>" follows one unclosed script that does not follow the
    others): 9 s on 10,000 "<script>" with no end tag."""
    pieces, pos = [], 0
    while (start := _SCRIPT_OPEN.search(markup, pos)) is not None:
        m = _SCRIPT.match(markup, start.start())
        if m is None:
            break
        pieces += [markup[pos : m.start()], take(m)]
        pos = m.end()
    pieces.append(markup[pos:])
    return "".join(pieces)


def cap_attributes(markup: str) -> str:
    """Drop the attributes of a tag past its first MAX_ATTRIBUTES."""
    # findall runs in C and finds nothing on real pages (1% of parsing time),
    # the sub calls Python at every tag, so it runs only when there is a cut to make.
    if not any(_ATTRIBUTES.findall(markup)):
        return markup
    return _ATTRIBUTES.sub(_keep_first_attributes, markup)


def _keep_first_attributes(m: re.Match[str]) -> str:
    return m.group(0)[: m.start(1) - m.start()]


def _close_title(markup: str) -> str:
    """Close a ``<title>`` left open, which would swallow the whole page.

    A title runs to ``</title>`` as raw text, so a page truncated or mangled
    there has no body at all; a title is one line, so it is closed at the
    first line break or tag.
    """
    m = _TITLE_OPEN.search(markup, 0, 100_000)
    if m is None:
        return markup
    lt = markup.find("<", m.end())
    if lt >= 0 and _TITLE_CLOSE.match(markup, lt):
        return markup
    if lt < 0 or lt - m.end() > 300:
        text = markup[m.end():m.end() + 300]
        nl = text.find("\n", len(text) - len(text.lstrip()))
        lt = m.end() + (nl if nl >= 0 else len(text))
    return f"{markup[:lt]}</title>{markup[lt:]}"


# --- reading text off the tree ---------------------------------------------------


def clean(text: str | None) -> str:
    """White space runs (NBSP included) made one space, ends trimmed."""
    return " ".join(text.split()) if text else ""


def text_of(el: etree._Element) -> str:
    """All the text inside ``el``, as written (its tail left out)."""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def element_text(el: etree._Element) -> str:
    """All the text inside ``el``, white space made single spaces."""
    return clean(text_of(el))


def spaced_text(el: etree._Element) -> str:
    """The text of an element with its pieces spaced apart ("News Sport", not "NewsSport")."""
    return clean(" ".join(el.itertext()))


def line_of(el: etree._Element | None) -> int | None:
    """The line of the page where ``el`` starts (None when unknown)."""
    return getattr(el, "sourceline", None)
