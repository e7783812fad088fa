"""Markup rebuilt as a browser builds it (the HTML5 algorithm), written out for libxml2.

libxml2 reads tags as HTML5 does but builds its tree by older rules: a
``<div>`` left open inside a menu's ``<button>`` takes the rest of the page into
the header, and content a browser moves out of a table stays where it was.
Lexbor (through selectolax) builds the tree a browser that runs scripts
builds; its serialization is well-formed markup that libxml2 reads back into
that same tree (``_LIBXML2_VOID`` aside), which the reader walks in C as before.

Between the two, content that the page's own scripts would reveal is put where
they would put it (``reveal``): blocks that a server-rendering framework
streams into hidden containers, closed tab and accordion panels, a
``<noscript>`` fallback that is all a page has to show, and the hidden box that
holds all a page has to show until its scripts have loaded.  Source line numbers
survive the round trip (``keep_lines``).

Not for: repairing what a browser would not (``tree`` does that first) or
deciding what is chrome (``body``).
"""

from __future__ import annotations

import re
from itertools import accumulate, count
from operator import sub

from selectolax.lexbor import LexborHTMLParser

__all__ = [
    "NOT_SHOWN", "FEW_TAGS", "stream_calls", "deeper_than", "flatten", "keep_lines", "rebuild",
    "reveal",
]

#: tags that do not nest when left open: void elements, and those that the next
#: of their kind (or the end of their parent) closes.  Hostile nesting is
#: measured without them, so ``<p>`` soup is not mistaken for it.
_NOT_NESTING = (
    "area base br col embed hr img input link meta param source track wbr keygen frame "
    "basefont bgsound image p li dt dd option optgroup tr td th tbody thead tfoot "
    "colgroup caption rb rt rtc rp html head body"
).split()


def _names_pattern(names: list[str]) -> str:
    """An alternation of the names in lower and upper case, grouped by first letter:
    three times faster than one case-blind alternation over a whole page."""
    groups: dict[str, list[str]] = {}
    for name in {*names, *(n.upper() for n in names)}:
        groups.setdefault(name[0], []).append(name[1:])
    return "|".join(f"{first}(?:{'|'.join(sorted(rests, key=len, reverse=True))})"
                    for first, rests in sorted(groups.items()))


_NESTING_TAG = re.compile(rf"</?(?!(?:{_names_pattern(_NOT_NESTING)})[\s/>])(?=[a-zA-Z])")
_OPEN_CLOSE = bytes.maketrans(b"<>", b"\x02\x00")
# Inside <svg> and <math>, "<path/>" closes itself; of the tags there only
# those that take the parser back to HTML (and the HTML in <foreignObject>) nest.
_FOREIGN_EDGE = re.compile(r"<(/?)(?:svg|math|SVG|MATH)(?=[\s/>])")
_BREAKOUT = (
    "b big blockquote center code dd div dl dt em font h1 h2 h3 h4 h5 h6 i listing menu "
    "nobr ol p pre ruby s small span strike strong sub sup table tt u ul var "
    "section article aside header footer nav main figure form"
).split()
_BREAKOUT_TAG = re.compile(
    rf"</?(?=(?:{_names_pattern([n for n in _BREAKOUT if n not in _NOT_NESTING])})[\s/>])")
_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^<>]*+>?")

# A tag spread over lines, and the line break a parser drops after <pre>: the
# serializer writes neither, so their line breaks go into a bogus comment
# ("<?" ... ">", a comment in the tree, harmless inside another comment) just
# before them, where libxml2 still counts them.
# They are where ``<(?:/?[a-zA-Z][^<>\n]*+\n[^<>]*+>|(?:pre|listing|textarea)\b[^<>]*+>\n)``
# matches, found from the line breaks (a page has a few thousand, and far more characters
# in its tags, which that pattern reads: twice as long): a line break whose next "<" or
# ">" is ">" stands in a tag if the last of them before it is a tag's "<" ...
_BREAK_IN_TAG = re.compile(r"\n[^<>\n]*+>")
_OPENER = re.compile(r"</?[a-zA-Z]")
# ... and the line break after a tag on one line that the parser drops (a tag over
# lines is the first kind)
_BREAK_AFTER = re.compile(r"<(?:pre|listing|textarea)\b[^<>\n]*+>\n")
# What stands before a document's first element: the parser drops the white
# space in it (and in its doctype).
_PROLOGUE = re.compile(r"\A(?:\s++|<!--.*?-->|<!doctype\b[^>]*+>|<html\b[^>]*+>)++", re.I | re.S)
_PROLOGUE_PART = re.compile(r"(<!--.*?-->)|\s+|[^<\s]+|<", re.S)

# libxml2 knows these void elements of HTML5 as ordinary ones, so the siblings
# after an unclosed <source> became its children: they get an end tag.  (The
# serializer writes "<" and ">" in attribute values as character references.)
_LIBXML2_VOID = re.compile(r"<(source|wbr|embed|track|keygen)\b[^<>]*+>")

# React's streaming runtime: $RC("B:1","S:1") moves segment S:1 into boundary
# B:1 in place of its fallback, $RS("S:2","P:2") into placeholder P:2
# ($RR: $RC with stylesheets to load first).
_STREAM_CALL = re.compile(r'\$R([CRS])\(\s*"([^"\\]{1,40})"\s*,\s*"([^"\\]{1,40})"')
_STREAMED = 'div[hidden][id^="S:"]'
_BOUNDARY_OPEN = frozenset({"$", "$?", "$!", "$~"})
_MARKUP = re.compile(r"<[^<>]*+>")
#: elements the page may hide (``_not_shown`` tells), and those aria-hidden besides
_NOT_SHOWN_CSS = '[hidden], [style*="display"], [style*="visibility"]'
_HIDDEN = _NOT_SHOWN_CSS + ', [aria-hidden="true"]'
#: a toggle that names the panels it shows and hides (``aria-controls``)
_TOGGLES = "[aria-controls][aria-expanded]"
#: an inline style that hides an element
NOT_SHOWN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

#: class words (lower case, split at punctuation and camelCase; "tab-pane" also
#: joined, "tabpane") of a tab's or an accordion's panel that the page closes
#: without ARIA: its content is one click away ...
PANEL_WORDS = frozenset("accordion collapse collapsible tabpane tabpanel tabcontent".split())
#: ... unless a word says it is a dialog, a menu or a drawer: furniture, not content
NOT_PANEL_WORDS = frozenset(
    "modal dialog popup popover menu nav navbar navigation dropdown drawer cookie "
    "consent offcanvas overlay search cart".split()
)
#: ... and holds text of its own: no more than this share of its text is in links
#: (a sidebar's tabs of teaser links, "Most read | Most shared", are no description)
PANEL_LINK_SHARE = 0.5
# a class value's words, split as rules.words splits them (rules reads the tree that
# this module builds, so it cannot be imported here)
_CLASS_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

#: below this many tags Lexbor's time stays small however they nest (10,000
#: nested <div> take 0.12 s), and deeper nesting than libxml2 takes is
#: flattened after it: only pages with more are measured for depth first
FEW_TAGS = 10_000

#: <noscript> content (or a hidden box) is read when it holds at least this much text
#: (characters other than white space) ...  ("please enable JavaScript" is a sentence
#: or two)
FALLBACK_MIN = 1000
#: ... and the rest of the page shows less than this share of that: the page
#: is an empty shell that scripts fill, and the fallback (the box) is its content
FALLBACK_SHARE = 0.25


def stream_calls(code: str) -> list[tuple[str, str]]:
    """(hole, segment) pairs named by the streaming calls in one script's code."""
    pairs = []
    for kind, a, b in _STREAM_CALL.findall(code):
        pairs.append((b, a) if kind == "S" else (a, b))
    return pairs


def deeper_than(markup: str, limit: int) -> bool:
    """Whether elements nest deeper than ``limit`` (stray end tags are ignored).

    Lexbor takes time quadratic in the depth (each new block looks down the whole
    stack of open elements: 4.7 s for 50,000 nested ``<div>``), so hostile nesting
    is found, and flattened, before it parses."""
    if _depth(_NESTING_TAG.findall(markup)) <= limit:
        return False
    # Only then are <svg> and <math> told apart (most pages draw icons).
    pieces, pos = [], 0
    for start, end in _foreign_spans(markup):
        pieces += _NESTING_TAG.findall(markup, pos, start)
        pieces += _BREAKOUT_TAG.findall(markup, start, end)
        pos = end
    pieces += _NESTING_TAG.findall(markup, pos)
    return _depth(pieces) > limit


def _depth(tags: list[str]) -> int:
    """How deep a run of start and end tags ("<", "</") nests, stray end tags ignored."""
    signs = "".join(tags).replace("</", ">").encode().translate(_OPEN_CLOSE)
    # depth after k tags = 2 * opens - k
    depth = list(map(sub, accumulate(signs), count(1)))
    if not depth:
        return 0
    lowest = min(depth)
    if lowest >= 0:  # no stray end tag before the deepest point
        return max(depth)
    return max(map(sub, depth, accumulate(depth, min, initial=0)))


def flatten(markup: str, limit: int) -> str:
    """Drop the tags that open (and close) deeper than ``limit``, as ``deeper_than``
    counts; keep all text."""
    spans = _foreign_spans(markup)
    kept: list[str] = []
    depth = pos = span = 0
    nesting = frozenset(_NOT_NESTING)
    breakout = frozenset(_BREAKOUT)
    for m in _TAG.finditer(markup):
        while span < len(spans) and spans[span][1] <= m.start():
            span += 1
        name = m.group(2).lower()
        if name in nesting or (span < len(spans) and spans[span][0] <= m.start()
                               and name not in breakout):
            continue
        if m.group(1):
            keep = depth <= limit
            depth = max(0, depth - 1)
        else:
            depth += 1
            keep = depth <= limit
        if not keep:
            kept += (markup[pos:m.start()], " ")
            pos = m.end()
    kept.append(markup[pos:])
    return "".join(kept)


def _foreign_spans(markup: str) -> list[tuple[int, int]]:
    """Where <svg> and <math> blocks start and end (a block left open is not one)."""
    spans, depth, start = [], 0, 0
    for m in _FOREIGN_EDGE.finditer(markup):
        if not m.group(1):
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, m.end()))
    return spans


def keep_lines(markup: str) -> str:
    """The markup with every line break where the serializer will keep it."""
    m = _PROLOGUE.match(markup)
    if m is not None and "\n" in m.group(0):
        prologue = m.group(0)
        kept = "".join(p.group(1) or p.group(0).replace("\n", " ")
                       for p in _PROLOGUE_PART.finditer(prologue))
        markup = _carried(prologue.count("\n") - kept.count("\n")) + kept + markup[m.end():]
    pieces, pos = [], 0
    for start, end in _tags_over_lines(markup):
        pieces += (markup[pos:start], _carry_lines(markup[start:end]))
        pos = end
    if not pieces:
        return markup
    pieces.append(markup[pos:])
    return "".join(pieces)


def _tags_over_lines(markup: str) -> list[tuple[int, int]]:
    """Where the tags spread over lines are, and the tags after which the parser drops a
    line break (with that line break), in the page's order (see ``_BREAK_IN_TAG``)."""
    spans = [m.span() for m in _BREAK_AFTER.finditer(markup)]
    rfind = markup.rfind
    for m in _BREAK_IN_TAG.finditer(markup):
        at = m.start()
        # (each search reads back to the ">" before: the runs it reads never overlap)
        start = rfind("<", rfind(">", 0, at) + 1, at)
        if start >= 0 and _OPENER.match(markup, start) is not None:
            spans.append((start, m.end()))
    return sorted(spans)


def _carried(breaks: int) -> str:
    """A bogus comment holding ``breaks`` line breaks."""
    return "<?" + "\n" * breaks + ">" if breaks else ""


def _carry_lines(tag: str) -> str:
    """A tag spread over lines on one, its line breaks carried before it (after it: the
    one the parser drops after <pre>)."""
    breaks = _carried(tag.count("\n"))
    if tag.endswith(">\n"):  # the line break the parser drops after <pre>
        if tag[1:4].lower() == "pre" or tag[1:8].lower() == "listing":
            return tag[:-1] + breaks  # (inside <textarea> it would be text)
        tag = tag[:-1]
    return breaks + tag.replace("\n", " ")


def rebuild(markup: str, streams: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """The browser's tree of ``markup``, revealed (see ``reveal``) and written
    out for libxml2; and a note for each kind of content revealed."""
    tree = LexborHTMLParser(keep_lines(markup), scripting=True)
    noscripts = tree.css("noscript") if "<noscript" in markup or "<NOSCRIPT" in markup else []
    notes = reveal(tree, streams, markup, noscripts)
    if "[" in markup:
        _utility_classes(tree)
    # Nothing is read from them (a fallback's content is in place by now), and
    # their markup, left as raw text, could swallow the page when libxml2 reads
    # it back ("<iframe/>").
    for node in noscripts:
        node.decompose()
    html = tree.html or ""
    return _LIBXML2_VOID.sub(r"\g<0></\1>", html), notes


#: the bracketed parts of a utility-first class: a selector it applies to
#: ("[&_figcaption]:text-sm", "data-[state=open]:block") or a value
#: ("bg-[url(/share.png)]"); CSS, never a name for the element
_BRACKETED = re.compile(r"\[[^\]\s]*\]")


def _utility_classes(tree) -> None:
    """Drop the bracketed parts of classes: a story's ``<article>`` styled
    "[&_figcaption]:text-sm" is no caption, nor one styled "[&_nav]:hidden" a menu."""
    for el in tree.css('[class*="["]'):
        value = el.attributes.get("class") or ""
        el.attrs["class"] = " ".join(_BRACKETED.sub("", value).split())


def reveal(tree, streams: list[tuple[str, str]], markup: str, noscripts: list) -> list[str]:
    """Put in place what the page's scripts would show; a note for each kind."""
    notes = []
    if 'id="S:' in markup:
        moved = _swap_streamed(tree, streams)
        if moved:
            notes.append(f"{moved} block(s) streamed into hidden containers were put where "
                         "the page's script puts them")
    # (every page: a panel is known by its own class, and looking at the hidden
    # elements' classes costs less than searching the markup for a hint of one)
    shown = _open_panels(tree)
    if shown:
        notes.append(f"{shown} closed tab or accordion panel(s) were opened")
    if noscripts and _read_fallback(tree, noscripts):
        notes.append("the page shows nothing without its scripts: its <noscript> "
                     "fallback was read")
    elif _show_held(tree):
        notes.append("the page hides all its content until its scripts load: "
                     "the hidden box holding it was shown")
    return notes


def _swap_streamed(tree, streams: list[tuple[str, str]]) -> int:
    """Move each streamed segment (``<div hidden id="S:n">``) into its hole, as
    React's ``$RC``/``$RS`` would; a segment no call names goes to the
    placeholder or boundary of its own number (``P:n``, else ``B:n``)."""
    segments = {n.attributes.get("id"): n for n in tree.css(_STREAMED)}
    if not segments:
        return 0
    holes = {n.attributes.get("id"): n for n in tree.css('template[id^="B:"], template[id^="P:"]')}
    named = {seg: hole for hole, seg in streams}
    moved = 0
    for seg_id, segment in segments.items():
        number = seg_id[2:]
        hole_id = named.get(seg_id) or next(
            (h for h in (f"P:{number}", f"B:{number}") if h in holes), None)
        hole = holes.pop(hole_id, None) if hole_id else None
        if hole is None:
            continue
        end = _boundary_end(hole) if hole_id.startswith("B:") else None
        if end is not None:  # the fallback ("Loading…") goes, as the script removes it
            node = hole.next
            while node is not None and node.mem_id != end.mem_id:
                following = node.next
                node.decompose()
                node = following
        anchor = end if end is not None else hole
        for child in list(segment.iter(include_text=True)):
            anchor.insert_before(child, move=True)
        hole.decompose()
        segment.decompose()
        moved += 1
    return moved


def _open_panels(tree) -> int:
    """Show the hidden panels of tabs and accordions (WAI-ARIA's patterns: a
    ``role="tabpanel"``, or the element a toggle with ``aria-expanded`` names in
    ``aria-controls``; or an element whose class names it a panel,
    ``PANEL_WORDS``): their content is the page's, one click away."""
    # (the toggles and the hidden elements in one walk: each is told by its attributes,
    # as the selectors tell them, case and all)
    found = [(node, node.attributes) for node in tree.css(f"{_HIDDEN}, {_TOGGLES}")]
    controlled = {
        name for _node, attrs in found if "aria-controls" in attrs and "aria-expanded" in attrs
        for name in (attrs["aria-controls"] or "").split()
    }
    shown = 0
    for panel, attrs in found:
        style = attrs.get("style") or ""
        if not ("hidden" in attrs or "display" in style or "visibility" in style
                or attrs.get("aria-hidden") == "true"):
            continue  # (a toggle)
        if (attrs.get("role") != "tabpanel" and attrs.get("id") not in controlled
                and not _class_panel(panel)):
            continue
        _show(panel)
        shown += 1
    return shown


def _show(node) -> None:
    """Take off what hides an element: its hidden attributes and a hiding inline style."""
    attrs = node.attributes
    for name in ("hidden", "aria-hidden"):
        if name in attrs:
            del node.attrs[name]
    if attrs.get("style"):
        node.attrs["style"] = NOT_SHOWN.sub("", attrs["style"] or "")


def _class_panel(panel) -> bool:
    """Whether a class names the element a tab's or an accordion's panel (and no
    dialog, menu or drawer), and it holds text of its own, not a list of links."""
    attrs = panel.attributes
    value = attrs.get("class")
    if not value or attrs.get("role") in ("dialog", "alertdialog", "menu", "navigation"):
        return False
    low = value.lower()  # (a value that lower case leaves as it is has no camelCase)
    spaced = low if low == value else _CAMEL.sub(" ", value).lower()
    ws = [w for w in _CLASS_SPLIT.split(spaced) if w]
    ws += [a + b for a, b in zip(ws, ws[1:])]
    if NOT_PANEL_WORDS.intersection(ws) or not PANEL_WORDS.intersection(ws):
        return False
    held = _chars(panel.text(deep=True))
    linked = sum(_chars(a.text(deep=True)) for a in panel.css("a"))
    return held > 0 and linked <= PANEL_LINK_SHARE * held


def _boundary_end(hole):
    """The ``<!--/$-->`` that closes the boundary a ``B:`` template opens, if any."""
    depth = 0
    node = hole.next
    while node is not None:
        if node.is_comment_node:
            data = (node.comment_content or "").strip()
            if data == "/$":
                if depth == 0:
                    return node
                depth -= 1
            elif data in _BOUNDARY_OPEN:
                depth += 1
        node = node.next
    return None


def _read_fallback(tree, noscripts: list) -> bool:
    """Put the content of each ``<noscript>`` in the body before it when they hold
    the page: the rest shows next to nothing (a forum or an app whose scripts
    render it all)."""
    body = tree.body
    if body is None:
        return False
    # With scripting on, a <noscript> holds its markup as one text node.
    fallbacks = [(n, n.text(deep=True)) for n in noscripts if n.parent.tag != "head"]
    raw = sum(_chars(markup) for _, markup in fallbacks)
    if raw < FALLBACK_MIN:
        return False
    held = sum(_chars(_MARKUP.sub(" ", markup)) for _, markup in fallbacks)
    # A splash screen's style sheet is no text the page shows.
    unseen = sum(_chars(n.text(deep=True)) for n in body.css("style, template"))
    rest = _chars(body.text(deep=True)) - raw - unseen
    if held < FALLBACK_MIN or rest > FALLBACK_SHARE * held:
        return False
    for node, markup in fallbacks:
        fragment = LexborHTMLParser(markup, is_fragment=True)
        if fragment.root is not None:
            for child in list(fragment.root.iter(include_text=True)):
                node.insert_before(child)
    return True


def _not_shown(node) -> bool:
    """Whether the page hides the element (hidden, display:none, visibility:hidden)."""
    attrs = node.attributes
    return "hidden" in attrs or bool(NOT_SHOWN.search(attrs.get("style") or ""))


def _show_held(tree) -> bool:
    """Show the hidden box that holds the page (FALLBACK_MIN characters at least) when
    the rest of the page shows less than FALLBACK_SHARE of that: a shop or a
    catalogue whose scripts show its content once it has loaded."""
    body = tree.body
    if body is None:
        return False
    hidden = [n for n in body.css(_NOT_SHOWN_CSS) if _not_shown(n)]
    if not hidden:
        return False
    ids = {n.mem_id for n in hidden}
    outer = []
    for node in hidden:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            outer.append((node, _shown_chars(node)))
    box, held = max(outer, key=lambda pair: pair[1])
    if held < FALLBACK_MIN:
        return False
    rest = _shown_chars(body) - sum(n for _, n in outer)
    if rest > FALLBACK_SHARE * held:
        return False
    _show(box)
    return True


def _shown_chars(node) -> int:
    """Characters of text in ``node`` other than code, style sheets and raw fallbacks."""
    unseen = sum(_chars(n.text(deep=True)) for n in node.css("script, style, template, noscript"))
    return _chars(node.text(deep=True)) - unseen


def _chars(text: str) -> int:
    """Characters other than white space."""
    return len(text) - sum(map(text.count, " \n\t\r\xa0"))
