"""Markup in, an lxml tree out, built as a browser builds it, within limits
on work and without recursion.

The markup is repaired where a browser would lose the page (scripts cut out, a
title left open closed, attributes and nesting past safe limits dropped), then
built into the browser's tree (``html5``: Lexbor, the HTML5 algorithm) and
read into lxml, whose tree the reader walks directly: it is fast and never
recurses in Python, so deep nesting cannot raise RecursionError.  Lexbor takes
quadratic time in nesting depth and libxml2 gives up past 2048 levels, so
markup nested deeper than MAX_DEPTH is flattened first (tags past it are
removed, their text kept): hostile nesting still yields its text.

A record depends only on the page and the options, never on the machine's
speed or load: what a page may cost is bounded by counts (``PageSize``,
checked by ``parse``), each a clear TooLargeError or a truncation noted in
the record's warnings.  ``Deadline`` is a safety valve on the CPU time the
reading thread spends, far above any real page: it depends on the machine's
speed but not on its load, and it is the one outcome that depends on the machine.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from functools import wraps
from itertools import chain, islice
from typing import NamedTuple, TypeVar

from lxml import etree

from ..errors import NoArticleError, TimeBudgetError, TooLargeError
from ..text.prefilter import plain_case
from . import html5

__all__ = [
    "parse", "prepare", "build", "build_held", "Prepared", "Deadline", "cap_attributes",
    "page_size", "check_size", "PageSize",
    "SAFETY_VALVE", "MAX_ELEMENTS", "MAX_PAGE_TEXT", "MAX_NESTING", "MAX_TEXT_NESTING",
    "MAX_DEPTH", "MAX_ATTRIBUTES", "MAX_JSON_LD",
    "clean", "unescaped", "text_of", "text_length", "Lengths", "element_text", "spaced_text",
    "spaced_head", "line_of", "linked",
    "remembered", "Caseless",
    "REMEMBERED_VALUE", "REMEMBERED_VALUES",
]

#: Seconds of CPU time (of the thread reading the page) one page may take
#: before TimeBudgetError: a safety valve against a slow path no limit below
#: foresees.  CPU time, not wall-clock time: a busy machine stretches the one,
#: not the other.  The limits bound every page to under 10 s of work here, so
#: a page reaches the valve only on a machine many times slower; it is the one
#: outcome that depends on the machine (the CLI gives it its own exit code).
SAFETY_VALVE = 60.0

# Limits on a page's size as a tree (measured by page_size): each bounds what
# one kind of pass costs.  The largest values on the development corpora
# (python bench/limits.py) are far below them.
#: elements; every pass of the reader visits each element
MAX_ELEMENTS = 1_000_000
#: characters of text (style sheets included: a page may carry megabytes of them)
MAX_PAGE_TEXT = 16 * 1024 * 1024
#: elements counted once per element that holds them (the sum of their depths):
#: what looking at every element's ancestors costs
MAX_NESTING = 20_000_000
#: characters of text counted once per element that holds them: what reading
#: every element's text costs
MAX_TEXT_NESTING = 200_000_000

#: nesting kept as it is; deeper tags are dropped before parsing (browsers stop
#: nesting at 512 too; libxml2 stops at 2048)
MAX_DEPTH = 512

#: attributes kept on one tag; later ones are dropped before parsing, with a
#: warning.  Lexbor and libxml2 take quadratic time in a tag's attributes
#: (Lexbor 4.6 s for 50,000, libxml2 0.8 s for 20,000 and 26 s for 50,000, in one
#: call nothing can interrupt): 64 MiB of tags
#: of 512 attributes take it 9 s.  Real tags carry a few dozen (136 at most
#: on the development corpora).
MAX_ATTRIBUTES = 512

#: characters of one JSON-LD script; a longer one is not read (with a warning)
MAX_JSON_LD = 4_000_000

_XML_DECL = re.compile(r"\A\s*<\?xml[^>]*>", re.I)
# A script: its start tag (its attributes, group 1) to the first "</script>" after it.
_SCRIPT_OPEN = re.compile(r"<script\b", re.I)
_SCRIPT_START = re.compile(r"<script\b([^>]*)>", re.I)
_SCRIPT_END = re.compile(r"</script\s*>", re.I)
_UNTREEABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# Its characters but the surrogates, as UTF-8 writes them (each control character as its
# own byte, which no other character's bytes hold): a search of the page's bytes for
# each, in C, finds none on real pages, a fraction of the time of the pattern's
_UNTREEABLE_BYTES = [
    *(bytes((code,)) for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)),
    "\ufffe".encode("utf-8"), "\uffff".encode("utf-8"),
]
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
    """The safety valve of one page: CPU seconds of this thread, checked at safe
    points by the reader.

    ``None`` seconds turns it off: the result then depends on the page alone.
    """

    __slots__ = ("_end", "_seconds")

    def __init__(self, seconds: float | None = SAFETY_VALVE) -> None:
        self._seconds = seconds
        self._end = None if seconds is None else time.thread_time() + seconds

    def check(self) -> None:
        # thread_time: the CPU time of this thread alone, not of the process, so
        # that other threads of a program that reads pages side by side count not
        if self._end is not None and time.thread_time() > self._end:
            raise TimeBudgetError(
                f"took more than {self._seconds:g} s of CPU time, the safety valve for one page"
            )


class PageSize(NamedTuple):
    """What a page's tree holds, as the limits count it."""

    elements: int
    #: the deepest element's depth (the root is 1)
    deepest: int
    #: the sum of every element's depth
    nesting: int
    #: characters of text
    text: int
    #: the sum over characters of text of the depth they stand at
    text_nesting: int


def page_size(root: etree._Element) -> PageSize:
    """Measure the tree level by level (a few tenths of a millisecond a page)."""
    return _measured(root)[0]


def _measured(
    root: etree._Element, most_text: int | None = None
) -> tuple[PageSize, list[etree._Element]]:
    """``page_size``, and every node of the tree, as it met them (level by level).

    ``most_text``: the tree holds at most this many characters of text (the length of
    the markup it was read from; an entity or a tag never reads as more text than it
    is written with).  When no count of text could pass its limit (``check_size``) at
    this many characters, the text is not counted and its counts are that bound."""
    levels: list[list[etree._Element]] = []
    level: list[etree._Element] = [root]
    met: list[etree._Element] = []
    depth = elements = nesting = 0
    while level:
        met += level
        levels.append(level)
        depth += 1
        elements += len(level)
        nesting += depth * len(level)
        level = list(chain.from_iterable(level))  # (their children, in order, read in C)
    if most_text is not None and most_text <= MAX_PAGE_TEXT and (
        most_text * depth <= MAX_TEXT_NESTING
    ):
        return PageSize(elements, depth, nesting, most_text, most_text * depth), met
    text = text_nesting = 0
    for at, level in enumerate(levels, 1):
        own = sum([len(el.text or "") for el in level])
        # a tail is text of the parent, one level up
        tails = sum([len(el.tail or "") for el in level])
        text += own + tails
        text_nesting += own * at + tails * (at - 1)
    return PageSize(elements, depth, nesting, text, text_nesting), met


def check_size(size: PageSize) -> None:
    """Raise TooLargeError for a page over one of the limits."""
    if size.elements > MAX_ELEMENTS:
        raise TooLargeError(
            f"a page of {size.elements:,} elements; newsclip reads at most {MAX_ELEMENTS:,}"
        )
    if size.text > MAX_PAGE_TEXT:
        raise TooLargeError(
            f"a page of {size.text:,} characters of text; newsclip reads at most {MAX_PAGE_TEXT:,}"
        )
    if size.nesting > MAX_NESTING:
        raise TooLargeError(
            f"a page nested too deep for its size: its elements stand {size.nesting:,} levels "
            f"deep in all; newsclip reads at most {MAX_NESTING:,}"
        )
    if size.text_nesting > MAX_TEXT_NESTING:
        raise TooLargeError(
            f"a page nested too deep for its text: its characters stand {size.text_nesting:,} "
            f"levels deep in all; newsclip reads at most {MAX_TEXT_NESTING:,}"
        )


def _parser() -> etree.HTMLParser:
    # huge_tree lifts libxml2's 10 MB text and 256-level depth limits, which
    # otherwise make it drop the rest of a page silently.  The plain etree
    # parser, not lxml.html's: its element-class lookup costs a tenth of the time.
    return etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True,
        no_network=True, default_doctype=False,
    )


class Prepared(NamedTuple):
    """A page's markup as the browser's tree writes it out, ready for libxml2 (``prepare``),
    with the warnings about repairs made and the text of its JSON-LD scripts."""

    markup: str
    warnings: tuple[str, ...]
    json_ld: tuple[str, ...]
    flattened: bool
    #: ``markup`` encoded in UTF-8, as libxml2 reads it (None: encoded when built)
    data: bytes | None = None


def parse(markup: str, deadline: Deadline) -> tuple[etree._Element, list[str], list[str]]:
    """Parse a page as a browser does; return its root element, warnings about
    repairs made, and the text of its JSON-LD scripts."""
    return build(prepare(markup, deadline), deadline)


def prepare(markup: str, deadline: Deadline) -> Prepared:
    """The work of ``parse`` up to libxml2's: a page read again (``build``) is not
    repaired and built by the browser's algorithm again."""
    warnings: list[str] = []
    markup = _XML_DECL.sub("", markup, count=1)
    # Scripts are cut out before parsing, from "<script" to the next
    # "</script>": a broken quote in a script's start tag otherwise makes the
    # parser read the rest of the page, up to some later </script>, as code.
    # JSON-LD is kept aside for the metadata, and the calls of a streaming
    # runtime for the blocks it would move.
    json_ld: list[str] = []
    streams: list[tuple[str, str]] = []

    def take(attributes: str, code: str) -> None:
        if "ld+json" in attributes.lower():
            if len(code) <= MAX_JSON_LD:
                json_ld.append(code)
            else:
                skipped_ld.append(len(code))
        elif "$R" in code:
            streams.extend(html5.stream_calls(code))

    skipped_ld: list[int] = []

    markup = _cut_scripts(markup, take)
    if skipped_ld:
        warnings.append(
            f"{len(skipped_ld)} JSON-LD script(s) over {MAX_JSON_LD:,} characters not read"
        )
    deadline.check()
    markup = _close_title(markup)
    markup, capped = cap_attributes(markup)
    if capped:
        warnings.append(
            f"attributes past the first {MAX_ATTRIBUTES} of a tag dropped ({capped} tag(s))"
        )
    deadline.check()
    flattened = markup.count("<") > html5.FEW_TAGS and html5.deeper_than(markup, MAX_DEPTH)
    if flattened:
        markup = html5.flatten(markup, MAX_DEPTH)
        deadline.check()
    markup, notes = html5.rebuild(markup, streams)
    warnings += notes
    # lxml refuses to hold control characters in its tree (browsers show nothing
    # for them either); Lexbor has dropped lone surrogates.
    markup, data = _treeable(markup)
    return Prepared(markup, tuple(warnings), tuple(json_ld), flattened, data)


def build(prepared: Prepared, deadline: Deadline) -> tuple[etree._Element, list[str], list[str]]:
    """A new tree of a prepared page (``parse``'s answer)."""
    return build_held(prepared, deadline)[:3]  # type: ignore[return-value]


def build_held(
    prepared: Prepared, deadline: Deadline
) -> tuple[etree._Element, list[str], list[str], list[etree._Element]]:
    """``build``, and every node of the tree as a Python object, for the reader to hold
    while it reads the tree: lxml then hands out the same objects on each walk, instead
    of making and freeing one per element per walk (a quarter of a walk's time).  (They
    are the ones measuring the tree made.)"""
    markup, warnings, flattened = prepared.markup, list(prepared.warnings), prepared.flattened
    deadline.check()
    parser = _parser()
    read = len(markup)  # (characters read into the tree)
    try:
        data = prepared.data
        root = etree.fromstring(
            markup.encode("utf-8", "surrogatepass") if data is None else data, parser
        )
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is not None and any("Excessive depth" in e.message for e in parser.error_log):
        # nesting the browser's algorithm made deeper still: each level counted may
        # hold three more (a table's body, row and cell)
        deadline.check()
        flat = html5.flatten(markup, MAX_DEPTH // 4)
        parser, read = _parser(), len(flat)
        try:
            root = etree.fromstring(flat.encode("utf-8", "surrogatepass"), parser)
        except (etree.ParserError, etree.XMLSyntaxError, ValueError):
            root = None
        flattened = True
    if flattened:
        warnings.insert(0, f"markup nested deeper than {MAX_DEPTH} levels was flattened")
    if root is None:
        raise NoArticleError("no HTML document could be read")
    size, held = _measured(root, read)
    check_size(size)
    deadline.check()
    return root, warnings, list(prepared.json_ld), held


def _cut_scripts(markup: str, take: Callable[[str, str], None]) -> str:
    """The markup with each script (start tag to the first "</script>" after it) made
    the line breaks it held, so source lines stay where they were; ``take`` is given
    each script's attributes and code.  It stops at the first script left open: the
    later ones would each be read to the end of the page in vain (no "</script>"
    follows one unclosed script that does not follow the others), 9 s on 10,000
    "<script>" with no end tag.  (A search for the end tag, not one regular
    expression over the whole script: four times faster on real pages.)"""
    pieces, pos = [], 0
    while (start := _SCRIPT_OPEN.search(markup, pos)) is not None:
        head = _SCRIPT_START.match(markup, start.start())
        end = _SCRIPT_END.search(markup, head.end()) if head is not None else None
        if end is None:
            break
        take(head.group(1), markup[head.end() : end.start()])
        lines = markup.count("\n", start.start(), end.end())
        pieces += [markup[pos : start.start()], "\n" * lines]
        pos = end.end()
    pieces.append(markup[pos:])
    return "".join(pieces)


def _treeable(markup: str) -> tuple[str, bytes]:
    """``markup`` without the characters lxml refuses (``_UNTREEABLE``), and encoded in
    UTF-8 for libxml2; the pattern runs only on a page that holds one (a surrogate
    fails the strict encoding, the others are found in its bytes)."""
    try:
        data = markup.encode("utf-8")
    except UnicodeEncodeError:
        data = None
    if data is None or any(map(data.__contains__, _UNTREEABLE_BYTES)):
        markup = _UNTREEABLE.sub("", markup)
        data = markup.encode("utf-8")
    return markup, data


def cap_attributes(markup: str) -> tuple[str, int]:
    """Drop the attributes of a tag past its first MAX_ATTRIBUTES; say in how many tags."""
    # findall runs in C and finds nothing on real pages (1% of parsing time),
    # the sub calls Python at every tag, so it runs only when there is a cut to make.
    rests = _ATTRIBUTES.findall(markup)
    if not any(rests):
        return markup, 0
    return _ATTRIBUTES.sub(_keep_first_attributes, markup), len(list(filter(None, rests)))


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

#: a function of a class/id value remembers its answers for values up to this long (a
#: page repeats its class names on many elements, a template on many pages) ...
REMEMBERED_VALUE = 256
#: ... this many of them, all forgotten when one more comes
REMEMBERED_VALUES = 8192
_T = TypeVar("_T")


def remembered(fn: Callable[[str], _T]) -> Callable[[str], _T]:
    """``fn`` (a pure function of a short string) with its answers remembered (a
    plain dictionary: a third of the time of an ``lru_cache`` behind a length test,
    on the reader's hundreds of thousands of calls a page)."""
    memo: dict[str, _T] = {}

    @wraps(fn)
    def call(value: str) -> _T:
        try:
            return memo[value]
        except KeyError:
            answer = fn(value)
            if len(value) <= REMEMBERED_VALUE:
                if len(memo) >= REMEMBERED_VALUES:
                    memo.clear()
                memo[value] = answer
            return answer

    return call


class Caseless:
    """A pattern written without capitals, searched for regardless of case (``found``)."""

    __slots__ = ("pattern", "_blind", "_small")

    def __init__(self, pattern: str) -> None:
        if pattern != pattern.lower():
            raise ValueError(f"a pattern with capitals (\\S, \\W…) is not caseless: {pattern!r}")
        self.pattern = pattern
        self._blind = re.compile(pattern, re.I).search
        self._small = re.compile(pattern).search

    def found(self, text: str, pos: int = 0) -> bool:
        """Whether ``re.compile(pattern, re.I).search(text, pos)`` finds a match.  A text
        of plain case (``prefilter.plain_case``: nearly every class, id and style value)
        is made small and searched case-sensitively: a case-blind search compares each
        character both ways and cannot skip in C to the places a match can start (four
        times as long on class values)."""
        if plain_case(text):
            return self._small(text.lower(), pos) is not None
        return self._blind(text, pos) is not None


def clean(text: str | None) -> str:
    """White space runs (NBSP included) made one space, ends trimmed."""
    return " ".join(text.split()) if text else ""


def unescaped(value: str) -> str:
    """``value`` with its HTML entities decoded; written twice ("&amp;#8230;"), as CMSs
    write them into JSON-LD and meta tags, decoded twice."""
    for _ in range(2):
        if "&" not in value:
            break
        value = html.unescape(value)
    return value


def text_of(el: etree._Element) -> str:
    """All the text inside ``el``, as written (its tail left out)."""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


#: the text lengths of a tree's elements (``text_length``) as measured, each with whether
#: its text starts and ends with white space (None: it has no text)
Lengths = dict[etree._Element, tuple[int, "bool | None", "bool | None"]]


def text_length(el: etree._Element, lengths: Lengths) -> int:
    """``len(element_text(el))``, kept in ``lengths`` (of one tree, while nothing
    changes it) for the next pass that asks: the passes weigh the same boxes.  A box
    holding a box measured already is measured from its children, and only the text
    outside that box is read again (the candidates for a page's container hold one
    another)."""
    try:
        return lengths[el][0]
    except KeyError:
        pass
    known = [c for c in el if c in lengths]
    if not known or not all(isinstance(c.tag, str) for c in el):
        measured = lengths[el] = _edges(text_of(el))
        return measured[0]
    measured = _edges(el.text or "")
    for child in el:
        try:
            inner = lengths[child]
        except KeyError:
            inner = _edges(text_of(child))
        measured = _joined(_joined(measured, inner), _edges(child.tail or ""))
    lengths[el] = measured
    return measured[0]


def _edges(text: str) -> tuple[int, bool | None, bool | None]:
    """``len(clean(text))``, and whether ``text`` starts and ends with white space."""
    if not text:
        return 0, None, None
    return len(clean(text)), text[0].isspace(), text[-1].isspace()


def _joined(
    a: tuple[int, bool | None, bool | None], b: tuple[int, bool | None, bool | None]
) -> tuple[int, bool | None, bool | None]:
    """``_edges`` of two texts written one after the other: a space between their words
    unless the one's last word runs on into the other's first."""
    if a[1] is None:
        return b
    if b[1] is None:
        return a
    gap = 1 if a[0] and b[0] and (a[2] or b[1]) else 0
    return a[0] + b[0] + gap, a[1], b[2]


def element_text(el: etree._Element) -> str:
    """All the text inside ``el``, white space made single spaces."""
    return clean(text_of(el))


def spaced_text(el: etree._Element) -> str:
    """The text of an element with its pieces spaced apart ("News Sport", not "NewsSport")."""
    return clean(" ".join(el.itertext()))


def spaced_head(el: etree._Element, limit: int) -> str:
    """``spaced_text(el)`` when it is at most ``limit`` characters long, else the first
    of its words (more than ``limit`` characters of them): all that cutting it to
    ``limit`` (``blocks.cut``) reads, without reading a long element's text to its end
    (a menu or a footer dropped whole)."""
    pieces = el.itertext()
    text, size = "", 16
    while True:
        chunk = list(islice(pieces, size))
        text = clean(f"{text} {' '.join(chunk)}")
        if len(chunk) < size or len(text) > limit:
            return text
        size *= 2


def linked(el: etree._Element) -> bool:
    """``el`` is or holds a link (a heading that names another page: a teaser's)."""
    return el.find(".//a") is not None or next(el.iterancestors("a"), None) is not None


def line_of(el: etree._Element | None) -> int | None:
    """The line of the page where ``el`` starts (None when unknown)."""
    return getattr(el, "sourceline", None)
