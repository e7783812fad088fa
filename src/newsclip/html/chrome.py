"""Pass 1 of the HTML body reader: drop the elements that never hold article
text, by tag, ARIA role and class/id words (``rules``), what the page
hides, and the copies of a block that a page builder writes once for each screen
size, each noted with the name of its rule.  Bylines and date lines found by
their class go to the header."""

from __future__ import annotations

import re

from lxml import etree

from ..record import Provenance
from .html5 import NOT_SHOWN
from .blocks import (
    ATTRIBUTE_SCAN,
    HEADINGS,
    PARAGRAPHS,
    PROSE_BLOCK,
    PROSE_MAX_LINKS,
    Body,
    caption_class,
    cut,
    own_text_links,
    short,
    shows_price,
)
from .lines import sentence
from .rules import (
    DROP_ROLES, DROP_TAGS, GUARDED_TAGS, PRODUCT_REVIEWS, class_rule, screen_class, words,
)
from .tree import (
    Caseless, Deadline, clean, line_of, remembered, spaced_head, spaced_text, text_of,
)

__all__ = [
    "LABEL_MAX", "GUARD_SHARE", "GUARD_SHARE_CONTENT", "UNGUARDED", "drop_chrome",
    "WRAPPER_PROSE", "WRAPPER_SCAN", "GALLERY_ITEMS", "GALLERY_SHARE", "COPY_MIN",
    "SCREEN_BLOCKS", "VARIANT_WORDS", "UTILITY_CLASS", "WIDGET_WORDS", "BUILDER_WIDGETS",
    "HEADER_TEXT",
]


_NEVER_CLASS_DROPPED = frozenset("html body a main article".split())
_BYLINE_WORDS = frozenset("byline byl dateline writtenby".split())
#: a box named for the writer and for one of the second words holds their biography
#: ("author-box", "entry-author-description", "contributor-bio"), rule "author-bio" ("bio"
#: alone names a shop's organic goods in several languages)
_AUTHOR_WORDS = frozenset({"author", "authors", "writer", "contributor"})
_AUTHOR_BOX_WORDS = frozenset("bio bios box about description desc profile card details".split())
_PLACED = Caseless(r"(?:^|[;\s])(?:top|left|right|bottom)\s*:\s*-?[\d.]+%")
#: an inline style that hides an element (``html5.NOT_SHOWN``)
_HIDING = Caseless(NOT_SHOWN.pattern)
#: text placed at percentage offsets shorter than this is a label on a graphic
LABEL_MAX = 60
#: a chrome element holding at least this share of the page's text is kept
#: (a template that calls its story wrapper "main-sidebar-layout")
GUARD_SHARE = 0.5
GUARD_SHARE_CONTENT = 0.15
#: … on a page with at least this much text (characters; a page of a few lines has no
#: article to guard)
GUARD_MIN_CHARS = 200
#: class rules that no share of the page's text stays: a consent box's list of
#: partners and purposes may outweigh a short page, and no template names the
#: story's wrapper after cookies or consent
UNGUARDED = frozenset({"cookie-notice"})
#: an id of more words than this ("sharing-with-a-team-in-practice") is a heading's
#: slug, whose words say nothing of the element
SLUG_WORDS = 3
#: an element whose class says byline or date and whose text is shorter than this
#: (characters) is the byline or the date line, not a writer's biography
BYLINE_CHARS = 100
#: a byline or date line dropped from the tree is kept in the header to this length
HEADER_TEXT = 300


def drop_chrome(
    body: etree._Element, out: Body, deadline: Deadline, *, by_class: bool, prices: bool = True,
    product: bool = False, markup: str | None = None,
) -> None:
    """Drop chrome elements from the tree, noting each in ``out.rows``; ``prices``: a list
    whose items show prices is a shop's products, never a photo gallery; ``product``: the
    page declares a product, whose box of reviews is its buyers' comments; ``markup``: what
    the tree was read from (``tree.Prepared.markup``), searched in C before a walk of the
    tree for what it does not hold."""
    # Code is no text: gone first, so that shares of the page's text are true.
    etree.strip_elements(body, "script", "style", "noscript", "template", with_tail=False)
    total = len(clean(text_of(body)))
    builder = by_class and _built_of_widgets(body, markup)
    stack = [body]
    screens: list[etree._Element] = []  # blocks shown on some screen sizes only
    n = 0
    while stack:
        el = stack.pop()
        n += 1
        if n % 2000 == 0:
            deadline.check()
        if el is not body:
            rule = _drop_rule(el, total, by_class, out, prices, product, builder)
            if rule is not None:
                text = "" if rule in ("script", "style", "head") else spaced_head(el, HEADER_TEXT)
                if text:
                    label = "header" if rule in ("byline", "date-line") else "chrome"
                    out.rows.append(Provenance(line_of(el), label, rule, cut(text)))
                    if label == "header":
                        out.header.append(cut(text, HEADER_TEXT))
                _drop(el)
                continue
            if by_class and (cls := el.get("class")) and screen_class(cls):
                screens.append(el)
        if len(el):  # (its child elements, last first, picked out in C)
            stack.extend(el.iterchildren(etree.Element, reversed=True))
    if screens:
        _drop_screen_copies(body, screens[:SCREEN_BLOCKS], out, deadline)


#: a block shorter than this (characters other than white space) shown for some screen
#: sizes only is not weighed as a copy: a button's or a label's few words recur anywhere
COPY_MIN = 30
#: blocks shown for some screen sizes only weighed at most, in the page's order (each
#: copy costs a reading of the page's text before it; real pages have a few dozen)
SCREEN_BLOCKS = 300


def _drop_screen_copies(
    body: etree._Element, screens: list[etree._Element], out: Body, deadline: Deadline
) -> None:
    """Drop the copies of a block that a page builder writes once for each screen size
    (the class of each says which screens show it, ``rules.screen_class``): such a
    block whose text the page has shown before it, white space aside, is a copy (the
    first copy stays, whatever its class)."""
    page = _squeezed(text_of(body))
    marked = set(screens)
    copies: dict[etree._Element, str] = {}
    for el in screens:
        text = _squeezed(text_of(el))
        if len(text) >= COPY_MIN and (page.count(text) >= 2 or el.getprevious() in marked):
            copies[el] = text
    gone: set[etree._Element] = set()
    for el, text in copies.items():  # (in the page's order)
        deadline.check()
        if any(a in gone for a in el.iterancestors()):
            continue
        if text in _squeezed(_text_before(el, body)) or _variant(el, marked):
            row = Provenance(line_of(el), "chrome", "screen-copy", short(spaced_text(el)))
            out.rows.append(row)
            _drop(el)
            gone.add(el)


#: a block for some screens right after another shares this share of its words with it: the
#: same block for other screens, worded to fit them
VARIANT_WORDS = 0.8


def _variant(el: etree._Element, marked: set[etree._Element]) -> bool:
    """Whether the block before ``el``, for other screens (another class), says mostly the
    same (alike items of a list share their class)."""
    prev = el.getprevious()
    if prev not in marked or prev.get("class") == el.get("class"):
        return False
    mine = set(text_of(el).split())
    return bool(mine) and len(mine & set(text_of(prev).split())) >= VARIANT_WORDS * len(mine)


def _squeezed(text: str) -> str:
    """The text without its white space (a copy may be spaced or broken otherwise)."""
    return "".join(text.split())


def _text_before(el: etree._Element, body: etree._Element) -> str:
    """The text of the page before ``el`` (from the start of ``body``)."""
    parts: list[str] = []
    node = el
    while node is not body:
        parent = node.getparent()
        if parent is None:
            break
        for sib in node.itersiblings(preceding=True):
            parts.append(etree.tostring(sib, method="text", encoding="unicode", with_tail=True))
        parts.append(parent.text or "")
        node = parent
    return "".join(reversed(parts))


def _drop(el: etree._Element) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _names(el: etree._Element) -> str:
    """class and id; an id that is a slug of a heading ("sharing-with-a-team") is no name,
    nor is a utility class that only styles (``UTILITY_CLASS``)."""
    ident = el.get("id") or ""
    if ident.count("-") + ident.count("_") > SLUG_WORDS:
        ident = ""
    cls = el.get("class") or ""
    if "[" in cls or "font-" in cls or "text-" in cls or "bg-" in cls or "border-" in cls:
        cls = _without_utility(cls)
    return f"{cls} {ident}".strip()


@remembered
def _without_utility(cls: str) -> str:
    """A class value without its utility classes (a page styled class by class repeats
    its values on element after element)."""
    return _UTILITY("", cls)


#: a utility class of a style sheet written class by class: an arbitrary value
#: ("w-[144px]") or a font, text, background or border style ("font-utility-2",
#: "text-print", "border-share"); its words say how the box looks, not what it is
UTILITY_CLASS = r"\S*\[\S*|(?<!\S)(font|text|bg|border)-\S*"
_UTILITY = re.compile(UTILITY_CLASS).sub


def _holds_article(el: etree._Element, total: int, share: float) -> bool:
    if total < GUARD_MIN_CHARS:
        return False
    text = text_of(el)
    # (white space made single never lengthens a text: a short one is not cleaned)
    return len(text) >= share * total and len(clean(text)) >= share * total


def _drop_rule(
    el: etree._Element, total: int, by_class: bool, out: Body, prices: bool, product: bool,
    builder: bool = False,
) -> str | None:
    tag = el.tag
    rule = DROP_TAGS.get(tag)
    if rule is not None:
        if tag in GUARDED_TAGS and _holds_article(el, total, GUARD_SHARE):
            return None
        if tag == "form" and _holds_prose(el):
            return None  # a page wrapped in a <form> whose chrome outweighs the story
        return rule
    if tag in ("figure", "figcaption", "blockquote") or tag in HEADINGS:
        return None  # captions and embeds are sorted out in the last pass
    if tag in ("ul", "ol") and _credited_items(el):
        if not (prices and _priced_items(el)):
            return "gallery"  # however much text its captions hold: they are not the story
        out.priced = True  # a shop's products, whose captions show their prices
    role = el.get("role")
    if role and (role := role.strip().lower()) in DROP_ROLES and not _holds_article(
        el, total, GUARD_SHARE
    ):
        return DROP_ROLES[role]
    # What the page hides is not shown to a reader; aria-hidden alone is
    # often set on visible things, so it yields to the article guard.
    style = el.get("style")
    if el.get("hidden") is not None or (style and _HIDING.found(style)):
        return "hidden"
    # Labels laid over a chart or map at percentage offsets (exported graphics
    # place every number and axis tick so): parts of a picture, not sentences.
    if style and _PLACED.found(style[:ATTRIBUTE_SCAN]) and len(clean(text_of(el))) < LABEL_MAX:
        return "graphics"
    # A popover (the HTML attribute) is hidden until a button opens it: an app's
    # install prompt, a share menu, a sign-in card.
    if (el.get("aria-hidden") == "true" or el.get("popover") is not None) and not _holds_article(
        el, total, GUARD_SHARE
    ):
        return "hidden"
    if tag in _NEVER_CLASS_DROPPED:
        return None
    names = _names(el)
    if not names:
        return None
    if not by_class:
        # (the rules no template's story wrapper is named after hold when the others are
        # set aside: a consent box's purposes are never the text)
        rule = class_rule(names)[0]
        return rule if rule in UNGUARDED else None
    byline, caption, rule, content = _class_names(names)
    if builder and rule == "sidebar":
        rule = class_rule(" ".join(w for w in words(names) if w not in WIDGET_WORDS))[0]
    if byline is not None:
        text = clean(text_of(el))
        # A sentence there is the author's biography, not a byline.
        if len(text) < BYLINE_CHARS and not caption and not sentence(text):
            return byline
    if caption:
        return None
    if rule is None and product and PRODUCT_REVIEWS & set(words(names)):
        rule = "comments"
    if rule is None:
        return None
    if rule not in UNGUARDED and _holds_article(
        el, total, GUARD_SHARE_CONTENT if content else GUARD_SHARE
    ):
        return None
    # Typeset formulas come wrapped in widgets whose class names speak of
    # menus and tools (the renderer's context menu); the formula is the text.
    if el.tag == "math" or el.find(".//math") is not None:
        return None
    # A code sample's highlighter names its spans "comment", "keyword", ...
    if next(el.iterancestors("pre", "code"), None) is not None:
        return None
    return rule


@remembered
def _class_names(names: str) -> tuple[str | None, bool, str | None, bool]:
    """What an element's class and id (``_names``) say: the rule of its byline or date
    line when it is short ("byline", "date-line"; None), whether they name a caption,
    and the chrome rule they name (``class_rule``) with whether they also name content."""
    ws = set(words(names))
    byline = None
    if ws & _BYLINE_WORDS or "author" in ws or "date" in ws or "timestamp" in ws:
        byline = "byline" if not ws & {"date", "timestamp", "dateline"} else "date-line"
    rule, content = class_rule(names)
    if rule is None and ws & _AUTHOR_WORDS and ws & _AUTHOR_BOX_WORDS:
        rule = "author-bio"  # (a short one, a name and a date, is the byline above)
    return byline, caption_class(words(names)), rule, content


#: the class words a page builder names every box of its page with, as a sidebar names its
#: parts: on a page of at least ``BUILDER_WIDGETS`` such boxes they name no sidebar
WIDGET_WORDS = frozenset(("widget", "widgets"))
BUILDER_WIDGETS = 40
#: what each of ``WIDGET_WORDS`` holds, written the same in any case but its first letter's
_WIDGET_MARK = "idget"


def _built_of_widgets(body: etree._Element, markup: str | None = None) -> bool:
    """Whether a page builder named the page's boxes "widget" (``BUILDER_WIDGETS``);
    ``markup``: what the tree was read from, where each such class is written."""
    if markup is not None and markup.count(_WIDGET_MARK) < BUILDER_WIDGETS:
        return False
    # (libxml2's XPath gathers the candidates: a walk in C, not in Python)
    named = body.xpath(f"descendant::*[contains(@class, '{_WIDGET_MARK}')]/@class")
    return len(named) >= BUILDER_WIDGETS and sum(
        1 for value in named if not WIDGET_WORDS.isdisjoint(words(str(value)))
    ) >= BUILDER_WIDGETS


def _holds_prose(el: etree._Element) -> bool:
    """Whether paragraphs of prose stand inside (a page wrapped whole in a <form>,
    as ASP.NET makes them); a search box, a poll or a comment form holds none."""
    if next(el.iterancestors("form"), None) is not None:
        return False  # the outer form decides (and nested forms cost no quadratic scan)
    prose = 0
    for n, block in enumerate(el.iter(PARAGRAPHS)):
        if n >= WRAPPER_SCAN:
            break
        text, links = own_text_links(block)
        length = len(clean(text))
        if length >= PROSE_BLOCK and links < PROSE_MAX_LINKS * length:
            prose += length
            if prose >= WRAPPER_PROSE:
                return True
    return False


#: this much text in paragraphs of prose (each this long, few links) makes a <form> a page wrapper
WRAPPER_PROSE = 1000
#: blocks of a <form> read at most to decide
WRAPPER_SCAN = 2000
#: a list of at least this many items, half of them carrying a photo credit, is a gallery
GALLERY_ITEMS = 5
GALLERY_SHARE = 0.5


def _priced_items(el: etree._Element) -> bool:
    """A list whose items show prices: a shop's products."""
    items = [c for c in el if c.tag == "li"]
    return sum(1 for li in items if shows_price(li)) >= GALLERY_SHARE * len(items)


def _credited_items(el: etree._Element) -> bool:
    """A list whose items each carry a credit or caption element: a photo gallery's legends."""
    items = [c for c in el if c.tag == "li"]
    if len(items) < GALLERY_ITEMS:
        return False
    credited = 0
    for li in items:
        for d in li.iter():
            cls = d.get("class") if isinstance(d.tag, str) and d is not li else None
            if cls and caption_class(cls):
                credited += 1
                break
    return credited >= GALLERY_SHARE * len(items)
