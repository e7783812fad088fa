"""The article body of a parsed page: chrome dropped, the main container found.

Three passes over the tree, none recursive in Python:

1. ``clean_tree``: drop elements that never hold article text, by tag, ARIA
   role and class/id words (``rules``), each with the rule's name;
2. ``find_content``: score paragraph-like elements (length, commas, damped by
   their link text) into their ancestors, as Mozilla's Readability does; take
   the best container, its parent when that holds clearly more prose
   (``prose_sums``), and the siblings that belong with it;
3. ``collect``: walk the page in reading order; text inside the container
   becomes paragraphs (headings, list items and block quotes included),
   ``<figure>``/caption elements become captions, tweets become embeds, a
   comments heading (or a comment's signature) ends the article, a run of
   teasers (linked headline, blurb, again and again) is dropped, and
   everything else visible is accounted for in ``removed``.  When no metadata named the headline, the
   blocks before the first prose paragraph are weighed for it
   (``choose_headline``).

It does not decide what the page's metadata says: ``metadata`` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..dates import parse_date
from ..record import Embed
from ._html5 import NOT_SHOWN
from ._tree import Deadline
from .metadata import Meta, clean, covers, date_like, is_section, logo_text, norm, title_parts
from .rules import DROP_ROLES, DROP_TAGS, GUARDED_TAGS, chrome_line, class_rule, end_marker, words

BLOCKS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav "
    "ol p pre section summary table tbody td tfoot th thead tr ul caption".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_NEVER_CLASS_DROPPED = frozenset("html body a main article".split())
_CAPTION_WORDS = frozenset(
    "caption captions figcaption credit credits photocredit imagecredit wp-caption-text "
    "imgcaption photo-caption image-caption".split()
)
_NEGATIONS = frozenset("no without hide".split())


def _caption_class(value: str | list[str]) -> bool:
    """Whether a class/id (or its words) names a caption ("photo-caption"; not
    "no_caption", which marks a box without one)."""
    ws = words(value) if isinstance(value, str) else value
    if _CAPTION_WORDS.isdisjoint(ws):
        return False
    return any(
        w in _CAPTION_WORDS and (i == 0 or ws[i - 1] not in _NEGATIONS) for i, w in enumerate(ws)
    )


_BYLINE_WORDS = frozenset("byline byl dateline writtenby".split())
_EMBED_CLASSES = {
    "twitter-tweet": "tweet", "twitter-video": "tweet", "instagram-media": "post",
    "tiktok-embed": "post", "fb-xfbml-parse-ignore": "post", "bluesky-embed": "post",
    "threads-post": "post", "reddit-card": "post",
}
_SIGNATURE = re.compile(
    r"[—–―-]{1,2}\s*(?P<author>[^()\n]{0,80}?)\s*\(@(?P<handle>[A-Za-z0-9_]{1,15})\)"
    r"\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})?"
)
_PLACED = re.compile(r"(?:^|[;\s])(?:top|left|right|bottom)\s*:\s*-?[\d.]+%", re.I)
#: text placed at percentage offsets shorter than this is a label on a graphic
LABEL_MAX = 60

#: a chrome element holding at least this share of the page's text is kept
#: (a template that calls its story wrapper "main-sidebar-layout")
GUARD_SHARE = 0.5
GUARD_SHARE_CONTENT = 0.15


@dataclass(slots=True)
class Row:
    line: int | None
    label: str  # body, caption, embed, title, header, chrome
    rule: str
    text: str


@dataclass(slots=True)
class Body:
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)


def _line(el: etree._Element) -> int | None:
    return getattr(el, "sourceline", None)


def text_of(el: etree._Element) -> str:
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def spaced_text(el: etree._Element) -> str:
    """The text of an element with its pieces spaced apart ("News Sport", not "NewsSport")."""
    return clean(" ".join(el.itertext()))


def _short(text: str, limit: int = 120) -> str:
    text = clean(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- pass 1: chrome ----------------------------------------------------------

def clean_tree(body: etree._Element, out: Body, deadline: Deadline, *, by_class: bool) -> None:
    """Drop chrome elements from the tree, noting each in ``out.rows``."""
    # Code is no text: gone first, so that shares of the page's text are true.
    etree.strip_elements(body, "script", "style", "noscript", "template", with_tail=False)
    total = len(clean(text_of(body)))
    stack = [body]
    n = 0
    while stack:
        el = stack.pop()
        n += 1
        if n % 2000 == 0:
            deadline.check()
        if el is not body:
            rule = _drop_rule(el, total, by_class)
            if rule is not None:
                text = spaced_text(el) if rule not in ("script", "style", "head") else ""
                if text:
                    label = "header" if rule in ("byline", "date-line") else "chrome"
                    out.rows.append(Row(_line(el), label, rule, _short(text)))
                    if label == "header":
                        out.header.append(_short(text, 300))
                _drop(el)
                continue
        stack.extend(c for c in reversed(el) if isinstance(c.tag, str))


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
    """class and id; an id that is a slug of a heading ("sharing-with-a-team") is no name."""
    ident = el.get("id") or ""
    if ident.count("-") + ident.count("_") > 3:
        ident = ""
    return f"{el.get('class') or ''} {ident}".strip()


def _holds_article(el: etree._Element, total: int, share: float) -> bool:
    if total < 200:
        return False
    return len(clean(text_of(el))) >= share * total


def _drop_rule(el: etree._Element, total: int, by_class: bool) -> str | None:
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
        return "gallery"  # however much text its captions hold: they are not the story
    role = (el.get("role") or "").strip().lower()
    if role in DROP_ROLES and not _holds_article(el, total, GUARD_SHARE):
        return DROP_ROLES[role]
    # What the page hides is not shown to a reader; aria-hidden alone is
    # often set on visible things, so it yields to the article guard.
    if el.get("hidden") is not None or (el.get("style") and NOT_SHOWN.search(el.get("style"))):
        return "hidden"
    # Labels laid over a chart or map at percentage offsets (exported graphics
    # place every number and axis tick so): parts of a picture, not sentences.
    style = el.get("style")
    if style and _PLACED.search(style[:_ATTRIBUTE_SCAN]) and len(clean(text_of(el))) < LABEL_MAX:
        return "graphics"
    if el.get("aria-hidden") == "true" and not _holds_article(el, total, GUARD_SHARE):
        return "hidden"
    if not by_class or tag in _NEVER_CLASS_DROPPED:
        return None
    names = _names(el)
    if not names:
        return None
    word_list = words(names)
    ws = set(word_list)
    caption = _caption_class(word_list)
    if ws & _BYLINE_WORDS or "author" in ws or "date" in ws or "timestamp" in ws:
        text = clean(text_of(el))
        # A sentence there is the author's biography, not a byline.
        if len(text) < 100 and not caption and not _sentence(text):
            return "byline" if not ws & {"date", "timestamp", "dateline"} else "date-line"
    if caption:
        return None
    rule, content = class_rule(names)
    if rule is None:
        return None
    if _holds_article(el, total, GUARD_SHARE_CONTENT if content else GUARD_SHARE):
        return None
    # Typeset formulas come wrapped in widgets whose class names speak of
    # menus and tools (the renderer's context menu); the formula is the text.
    if el.tag == "math" or el.find(".//math") is not None:
        return None
    # A code sample's highlighter names its spans "comment", "keyword", ...
    if any(a.tag in ("pre", "code") for a in el.iterancestors()):
        return None
    return rule


def _sentence(text: str) -> bool:
    return text.endswith(".") and len(text.split()) >= SENTENCE_WORDS


#: words in a full stop-ended line that make it a sentence, not a byline or a date
SENTENCE_WORDS = 8


def _holds_prose(el: etree._Element) -> bool:
    """Whether paragraphs of prose stand inside (a page wrapped whole in a <form>,
    as ASP.NET makes them); a search box, a poll or a comment form holds none."""
    if next(el.iterancestors("form"), None) is not None:
        return False  # the outer form decides (and nested forms cost no quadratic scan)
    prose = 0
    for n, block in enumerate(el.iter(_PARAGRAPHS)):
        if n >= WRAPPER_SCAN:
            break
        text, links = _own_text_links(block)
        length = len(clean(text))
        if length >= PROSE_BLOCK and links < PROSE_MAX_LINKS * length:
            prose += length
            if prose >= WRAPPER_PROSE:
                return True
    return False


#: this much text in paragraphs of prose (each this long, few links) makes a <form> a page wrapper
WRAPPER_PROSE = 1000
PROSE_BLOCK = 80
#: blocks of a <form> read at most to decide
WRAPPER_SCAN = 2000


#: a list of at least this many items, half of them carrying a photo credit, is a gallery
GALLERY_ITEMS = 5
GALLERY_SHARE = 0.5


def _credited_items(el: etree._Element) -> bool:
    """A list whose items each carry a credit or caption element: a photo gallery's legends."""
    items = [c for c in el if c.tag == "li"]
    if len(items) < GALLERY_ITEMS:
        return False
    credited = 0
    for li in items:
        for d in li.iter():
            cls = d.get("class") if isinstance(d.tag, str) and d is not li else None
            if cls and _caption_class(cls):
                credited += 1
                break
    return credited >= GALLERY_SHARE * len(items)


# --- pass 2: the main container ---------------------------------------------

_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", re.I
)
_NEGATIVE = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|"
    r"footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|"
    r"skyscraper|sponsor|shopping|tags|tool|widget",
    re.I,
)
_TAG_BASE = {
    "div": 5, "article": 5, "section": 0, "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}
# Inline elements (span, font) are no paragraphs: their text is part of the
# block that holds them, so it is counted once.
_PARAGRAPHS = ("p", "pre", "td", "div", "section", "article", "blockquote", "center")


#: how much of a class or id attribute the content weights read
_ATTRIBUTE_SCAN = 512


def _class_weight(el: etree._Element) -> int:
    weight = 0
    for value in (el.get("class"), el.get("id")):
        if value:
            # real class lists are short; a hostile megabyte one is read no further
            value = value[:_ATTRIBUTE_SCAN]
            if _NEGATIVE.search(value):
                weight -= 25
            if _POSITIVE.search(value):
                weight += 25
    return weight


#: how much a link within the page (``href="#..."``: a footnote, a heading's
#: own anchor, a table of contents) counts as link text: it leads nowhere else
IN_PAGE_LINK = 0.3


def _link_weight(a: etree._Element) -> float:
    # A bare "#", or one with a script on click, is a button (print, e-mail, a
    # pop-up gallery), not an anchor.
    href = a.get("href")
    if href and len(href) > 1 and href[0] == "#" and a.get("onclick") is None:
        return IN_PAGE_LINK
    return 1.0


def _link_density(el: etree._Element, length: int | None = None) -> float:
    if length is None:
        length = len(clean(text_of(el)))
    if not length:
        return 0.0
    links = sum(len(clean(text_of(a))) * _link_weight(a) for a in el.iter("a"))
    return min(1.0, links / length)


def find_content(body: etree._Element, deadline: Deadline) -> list[etree._Element]:
    """The top container and the siblings that belong with it, in page order."""
    scores: dict[etree._Element, float] = {}
    n = 0
    for el in body.iter(_PARAGRAPHS):
        n += 1
        if n % 1000 == 0:
            deadline.check()
        raw, links = _own_text_links(el)
        text = clean(raw)
        if len(text) < 25:
            continue
        # A comma-separated run of links is a list of names, not prose.
        density = min(1.0, links / len(text))
        score = (1.0 + text.count(",") + min(len(text) // 100, 3)) * (1 - density)
        # A paragraph credits its container.  An element holding text only is
        # a paragraph too; loose text beside blocks credits the element itself.
        mixed = el.tag not in ("p", "pre") and any(
            isinstance(c.tag, str) and c.tag in BLOCKS for c in el
        )
        holder = el if mixed else el.getparent()
        level = 0
        while holder is not None and holder is not body and level < 5:
            divider = 1 if level == 0 else 2 if level == 1 else level * 3
            scores[holder] = scores.get(holder, 0.0) + score / divider
            holder = holder.getparent()
            level += 1
    if not scores:
        return [body]
    for el, content in scores.items():
        # A class name may add no more than the text earned: "content" on a
        # one-line box must not outweigh the story's paragraphs.
        base = _TAG_BASE.get(el.tag, 0) + _class_weight(el)
        scores[el] = content + (min(base, content) if base > 0 else base)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:10]
    final = {el: s * (1 - _link_density(el)) for el, s in ranked}
    top, top_score = max(final.items(), key=lambda kv: kv[1])
    deadline.check()
    top = _climb(top, top_score, scores, final, body)
    # The story split over several boxes ("article-text" sections under one
    # wrapper): climb while the parent holds clearly more prose, net of chrome.
    if top.tag in ("tbody", "thead", "tfoot") and top.getparent() is not None:
        top = top.getparent()  # a table body is read with its table
    if top.tag == "table" and top.getparent() not in (None, body) and _data_table(top):
        top = top.getparent()  # a table of data is part of an article, not the article
    sums = prose_sums(body, deadline)
    top = _climb_prose(top, sums, body)
    # A wrapper holding nothing but the container is the box to match its
    # siblings against: the story's next part sits in the wrapper's twin.
    length = len(clean(text_of(top)))
    wrapper = top.getparent()
    while top is not body and wrapper is not None and wrapper is not body and (
        len(clean(text_of(wrapper))) <= WRAPPER_SLACK * length
    ):
        if _has_twin(wrapper, sums):
            top = wrapper
            break
        wrapper = wrapper.getparent()
    return _with_siblings(top, scores, body, sums, top_score)


def _has_twin(el: etree._Element, sums: dict) -> bool:
    """Whether a sibling of ``el`` with its tag and class holds prose."""
    cls = el.get("class")
    parent = el.getparent()
    if not cls or parent is None:
        return False
    return any(
        sib is not el and sib.tag == el.tag and sib.get("class") == cls and sums.get(sib, 0.0) > 0
        for sib in parent
    )


def _repeated(el: etree._Element, sums: dict) -> bool:
    """Whether ``el`` is one of several alike boxes with prose (a story in steps or
    sections), or stands beside several prose paragraphs (a lead above the rest)."""
    parent = el.getparent()
    if parent is None:
        return False
    # The story's paragraphs beside the box (a lead, then the rest in a
    # "read more" box) belong with it as much as alike boxes do.
    beside = sum(1 for sib in parent if sib.tag == "p" and sums.get(sib, 0.0) >= PROSE_MIN)
    if beside >= SKIP_ALIKE:
        return True
    cls = el.get("class")
    if not cls:
        return False
    alike = sum(
        1 for sib in parent
        if sib.tag == el.tag and sib.get("class") == cls and sums.get(sib, 0.0) > 0
    )
    return alike >= SKIP_ALIKE


def _climb_prose(top: etree._Element, sums: dict, body: etree._Element) -> etree._Element:
    """The nearest ancestor (a few wrappers up at most) holding clearly more prose, repeatedly.

    Wrappers that add nothing ("step > step-content > content") are looked
    through, so a story split into many small boxes is read whole."""
    while True:
        need = CLIMB_GAIN * max(sums.get(top, 0.0), 1.0)
        via, parent, level, found = top, top.getparent(), 0, None
        while parent is not None and level < CLIMB_REACH:
            gain = BODY_GAIN if parent is body else 1.0
            if sums.get(parent, 0.0) >= need * gain and (level == 0 or _repeated(via, sums)):
                found = parent
                break
            if parent is body:
                break
            via, parent, level = parent, parent.getparent(), level + 1
        if found is None:
            return top
        top = found


def _own_text_links(el: etree._Element) -> tuple[str, int]:
    """The text of ``el`` outside its block descendants, and how much of it is link text."""
    if el.tag == "a":
        return text_of(el), len(clean(text_of(el))) * _link_weight(el)
    parts = [el.text or ""]
    links = 0
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in BLOCKS and tag != "br":
            parts.append(text_of(child))
            if tag == "a":
                links += len(clean(text_of(child))) * _link_weight(child)
            else:
                links += sum(len(clean(text_of(a))) * _link_weight(a) for a in child.iter("a"))
        parts.append(child.tail or "")
    return "".join(parts), links


#: a block this long, with little link text, is article-like prose
PROSE_MIN = 30
PROSE_MAX_LINKS = 0.4
#: what a chrome-like block (short, or mostly links) costs a container per character
CHROME_COST = 0.5


def prose_sums(body: etree._Element, deadline: Deadline) -> dict[etree._Element, float]:
    """Per element, the prose its blocks hold minus what its chrome-like blocks cost."""
    sums: dict[etree._Element, float] = {}
    n = 0
    for el in body.iter(BLOCKS):
        n += 1
        if n % 500 == 0:
            deadline.check()
        text, links = _own_text_links(el)
        length = len(clean(text))
        if not length:
            continue
        density = min(1.0, links / length)
        if length >= PROSE_MIN and density < PROSE_MAX_LINKS:
            value = length * (1 - density)
        else:
            value = -CHROME_COST * length
        holder = el
        while holder is not None:
            sums[holder] = sums.get(holder, 0.0) + value
            if holder is body:
                break
            holder = holder.getparent()
    return sums


#: climb to the parent when it holds this much more net prose than the candidate
CLIMB_GAIN = 1.25
#: ... looking through this many wrappers that add no prose
CLIMB_REACH = 3
#: a parent with at most this much more text than the container only wraps it
WRAPPER_SLACK = 1.05
#: the whole page is the article when the best box holds this small a part of its prose
#: (a quotation in an essay laid out without containers)
BODY_GAIN = 3.0
#: ... when the story's boxes are alike (same tag and class) and this many hold prose
SKIP_ALIKE = 3
#: a candidate scoring this share of the best one is as good (the story goes on there)
NEAR_BEST = 0.75


def _climb(top, top_score, scores, final, body):
    """Move ``top`` up when several near-equal candidates share an ancestor,
    or when it is its parent's only child."""
    # Several good candidates under one ancestor: the ancestor is the article.
    alternatives = [el for el, s in final.items() if el is not top and s >= NEAR_BEST * top_score]
    if len(alternatives) >= 3:
        parent = top.getparent()
        while parent is not None and parent is not body:
            if sum(1 for a in alternatives if _is_ancestor(parent, a)) >= 3:
                top = parent
                break
            parent = parent.getparent()
    # A lone child is no better than its parent.
    while top.getparent() is not None and top.getparent() is not body and len(
        [c for c in top.getparent() if isinstance(c.tag, str)]
    ) == 1:
        top = top.getparent()
    return top


def _is_ancestor(anc: etree._Element, el: etree._Element) -> bool:
    p = el.getparent()
    while p is not None:
        if p is anc:
            return True
        p = p.getparent()
    return False


def _with_siblings(top, scores, body, sums, best) -> list[etree._Element]:
    parent = top.getparent()
    if parent is None or top is body:
        return [top]
    top_score = scores.get(top, 0.0)
    threshold = max(10.0, top_score * 0.2)
    top_class = top.get("class")
    kept = []
    before = True  # still above the container: where a lead or standfirst stands
    for sib in parent:
        if not isinstance(sib.tag, str):
            continue
        if sib is top:
            kept.append(sib)
            before = False
            continue
        bonus = top_score * 0.2 if top_class and sib.get("class") == top_class else 0.0
        if sib in scores and scores[sib] + bonus >= threshold:
            kept.append(sib)
        elif sib.tag == "p" or _text_only(sib):
            text = clean(text_of(sib))
            density = _link_density(sib, len(text))
            if len(text) > 80 and density < 0.25:
                kept.append(sib)
            elif 0 < len(text) <= 80 and density == 0 and re.search(r"\.( |$)", text):
                kept.append(sib)
        elif before and sums.get(sib, 0.0) >= PROSE_PARAGRAPH and _link_density(sib) < 0.25:
            # the story's opening paragraph wrapped in boxes of its own above the rest
            kept.append(sib)
        elif best >= threshold and max(
            (scores.get(d, 0.0) for d in sib.iter()), default=0.0
        ) >= NEAR_BEST * best:
            # a box holding a paragraph group nearly as strong as the best one:
            # the story goes on there (its container was climbed to, so its own
            # score says little)
            kept.append(sib)
    return kept


def _text_only(el: etree._Element) -> bool:
    """A box holding one run of text and inline markup: a paragraph without the
    <p> (a standfirst in its own div beside the story's box)."""
    return el.tag in ("div", "section") and not any(
        isinstance(c.tag, str) and (c.tag in BLOCKS or c.tag == "br") for c in el.iter() if c is not el
    )


# --- pass 3: reading order ---------------------------------------------------

def collect(body: etree._Element, content: list[etree._Element], meta: Meta,
            out: Body, deadline: Deadline, *, lenient: bool = False) -> None:
    """Walk the page in reading order, filling ``out``.

    ``lenient`` keeps link-heavy blocks (for a page that is nothing else).
    """
    inside = set(content)
    title_key = norm(meta.title) if meta.title else None
    headline_ids = {id(el) for el in meta.headline_elements}
    depth_inside = 0
    buf: list[str] = []
    link_chars = bold_chars = 0
    in_bold = 0
    links_open: list[tuple[etree._Element, float]] = []  # the links the walk is in, weighted
    open_blocks: list[etree._Element] = []
    # Blocks before the first prose paragraph: one of them may be the headline
    # when no metadata named it.
    candidates: list[_Candidate] | None = None if meta.title_trusted else []
    # After "Comments (12)" or "Related stories" the article is over, as long
    # as most of the container's text has been read (a mid-story box is not an end).
    content_chars = sum(len(clean(text_of(el))) for el in content) or 1
    seen_chars = 0
    ended: str | None = None

    def flush() -> None:
        nonlocal link_chars, bold_chars, candidates
        if not buf:
            return
        holder = open_blocks[-1] if open_blocks else body
        if holder.tag == "pre":  # code and verse keep their lines and indentation
            lines = (ln.rstrip() for ln in "".join(buf).replace("\xa0", " ").split("\n"))
            text = "\n".join(ln for ln in lines if ln.strip())
        else:
            text = clean("".join(buf))
        links, bold = link_chars, bold_chars
        buf.clear()
        link_chars = bold_chars = 0
        if not text:
            return
        rows, paras = len(out.rows), len(out.paragraphs)
        _decide(text, links, holder)
        if candidates is not None:
            if len(out.paragraphs) > paras and len(text) >= PROSE_PARAGRAPH:
                choose_headline(candidates, meta, out, first_prose=text)
                candidates = None
            else:
                candidates.append(_Candidate(
                    text, links, bold, holder, rows, paras if len(out.paragraphs) > paras else None
                ))

    def _decide(text: str, links: int, holder: etree._Element) -> None:
        nonlocal seen_chars, ended
        line = _line(holder)
        if depth_inside:
            seen_chars += len(text)
            if ended is not None:
                out.rows.append(Row(line, "chrome", f"after-{ended}", _short(text)))
                return
            in_cell = holder.tag in _CELLS or (
                holder.getparent() is not None and holder.getparent().tag in _CELLS
            )
            marker = end_marker(text)
            if in_cell and marker != "copyright-notice":
                marker = None  # a cell's title ("Related stories") may head a column beside the story
            if marker is not None:
                # Comments may outweigh the story; related links never end it early.
                if in_cell:
                    enough = False  # a notice in a layout cell: chrome, but the story's cell may go on
                elif marker == "comments-section":
                    enough = sum(map(len, out.paragraphs)) >= END_AFTER_CHARS
                else:
                    enough = bool(out.paragraphs) and seen_chars >= END_AFTER_SHARE * content_chars
                if enough:
                    ended = marker
                out.rows.append(Row(line, "chrome", marker, _short(text)))
                return
        if norm(text) == title_key and (holder.tag in HEADINGS or not any(
                len(p) >= PROSE_PARAGRAPH for p in out.paragraphs)):
            out.rows.append(Row(line, "title", "headline", _short(text)))
            return
        if depth_inside == 0:
            out.rows.append(Row(line, "chrome", "outside-article", _short(text)))
            return
        if holder.tag in HEADINGS and id(holder) in headline_ids:
            out.rows.append(Row(line, "title", "headline", _short(text)))
            return
        meta_rule = _meta_line(text, meta)
        if (
            _COMMENT_SIGNATURE.fullmatch(text) and sum(map(len, out.paragraphs)) >= END_AFTER_CHARS
            and seen_chars >= END_AFTER_SHARE * content_chars
        ):
            # "Posted by: Name on 8:21pm Tue 1 Jan 08" after the story: a
            # comment's signature, or the post's own, with comments to follow
            ended = "comment-signature"
            out.rows.append(Row(line, "chrome", ended, _short(text)))
            return
        if meta_rule is not None:
            out.header.append(text)
            out.rows.append(Row(line, "header", meta_rule, _short(text)))
            return
        rule = chrome_line(text) if _has_words(text) else "no-words"
        if rule in _CODE_RULES and _kind(holder) == "pre" or holder.tag == "code":
            rule = None  # markup shown on purpose, in a code sample
        if rule is None and not lenient and links / len(text) > 0.8 and len(text) < 200 and (
            not _data_cell(holder)
        ) and not _between_prose(holder, text):
            rule = "link-text"
        if rule is not None:
            out.rows.append(Row(line, "chrome", rule, _short(text)))
            return
        out.paragraphs.append(text)
        out.rows.append(Row(line, "body", f"article-{_kind(holder)}", _short(text)))

    walker = etree.iterwalk(body, events=("start", "end"))
    n = 0
    for event, el in walker:
        n += 1
        if n % 5000 == 0:
            deadline.check()
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if el in inside:
                flush()
                depth_inside += 1
            block = tag in BLOCKS
            if block and buf and not all(piece.isspace() for piece in buf) and _blank(el):
                # An empty box (an ad's or a widget's placeholder) in a sentence
                # does not split it.
                block = False
            if block or tag == "br":
                flush()
                if block:
                    open_blocks.append(el)
            special = _special(el) if depth_inside else None
            if special is not None:
                flush()
                _take_special(el, special, out)
                walker.skip_subtree()  # its "end" event still comes, and adds the tail
                continue
            in_list = tag in ("ul", "ol", "table", "dl")
            if depth_inside and not lenient and in_list and _link_list(el):
                text = clean(text_of(el))
                if text:
                    out.rows.append(Row(_line(el), "chrome", "link-list", _short(text)))
                walker.skip_subtree()
                continue
            if tag == "a":
                # Within the page, a heading's own anchor and a table of
                # contents are the article's; elsewhere a jump ("Read
                # comments", "Article continues") is a button.
                outline = bool(open_blocks) and open_blocks[-1].tag in _OUTLINE
                links_open.append((el, _link_weight(el) if outline else 1.0))
            elif tag in _BOLD:
                in_bold += 1
            if el.text:
                buf.append(el.text)
                if links_open:
                    link_chars += len(clean(el.text)) * links_open[-1][1]
                if in_bold:
                    bold_chars += len(clean(el.text))
        else:
            if open_blocks and open_blocks[-1] is el:
                flush()
                open_blocks.pop()
            if links_open and links_open[-1][0] is el:
                links_open.pop()
            elif tag in _BOLD:
                in_bold -= 1
            if el in inside:
                flush()
                depth_inside -= 1
            if el is not body and el.tail:
                buf.append(el.tail)
                if links_open:
                    link_chars += len(clean(el.tail)) * links_open[-1][1]
                if in_bold:
                    bold_chars += len(clean(el.tail))
    flush()
    if candidates:
        choose_headline(candidates, meta, out)
    _drop_teasers(out)


#: a linked headline and its blurb, this many times in a row, are teasers for other stories
TEASER_RUN = 2
#: ... a blurb being one paragraph at most this long
TEASER_BLURB = 400


def _drop_teasers(out: Body) -> None:
    """Drop the blurbs of a run of teasers: each a line of link text (the
    linked headline, already dropped) followed by one short paragraph, again
    and again.  A story's paragraphs do not alternate with bare links; a
    list's items may (a link, then a note on it), so only paragraphs count,
    and a linked credit in brackets under each picture ("(Artist: Name)") is
    no headline."""
    rows = out.rows
    para_of = {k: n for n, k in enumerate(k for k, r in enumerate(rows) if r.label == "body")}
    run: list[int] = []  # row indexes of the blurbs in the current run
    drop: set[int] = set()
    for i, r in enumerate(rows):
        if r.label != "body":
            continue
        blurb = (
            i > 0 and rows[i - 1].label == "chrome" and rows[i - 1].rule == "link-text"
            and rows[i - 1].text[:1] not in "(["
            and r.rule == "article-paragraph" and len(out.paragraphs[para_of[i]]) <= TEASER_BLURB
        )
        if blurb and (not run or run[-1] == i - 2):  # headline, blurb, headline, blurb, ...
            run.append(i)
            continue
        if len(run) >= TEASER_RUN:
            drop.update(run)
        run = [i] if blurb else []
    if len(run) >= TEASER_RUN:
        drop.update(run)
    if not drop or len(drop) >= len(para_of):
        return  # nothing else is the article: a digest of links and blurbs is the page
    for i in drop:
        rows[i] = Row(rows[i].line, "chrome", "teaser", rows[i].text)
    gone = {para_of[i] for i in drop}
    out.paragraphs[:] = [p for n, p in enumerate(out.paragraphs) if n not in gone]


def _has_words(text: str) -> bool:
    """Whether a line holds a letter or digit (a lone "Â" is a no-break space
    read in the wrong encoding; "* * *" is a rule drawn in text).  An
    underscore counts: "___" before a wire story's notes is kept with them."""
    return any((ch.isalnum() or ch == "_") and ch != "Â" for ch in text)


def _between_prose(el: etree._Element, line: str) -> bool:
    """A paragraph or heading of one line standing between two paragraphs of
    prose (pictures and empty boxes aside): a cross-reference in the story's
    flow ("Related: ...") or a linked subheading, not a list of links; a list
    item, among items of prose."""
    if el.tag == "li":
        return _notes_item(el, line)
    if el.tag != "p" and el.tag not in HEADINGS:
        return False
    if len(clean(text_of(el))) > len(line) + 2:
        return False  # more lines than this one: a box of links
    prev, nxt = el.getprevious(), el.getnext()
    while prev is not None and _blank(prev):
        prev = prev.getprevious()
    while nxt is not None and _blank(nxt):
        nxt = nxt.getnext()
    return _prose_p(prev) and _prose_p(nxt)


def _notes_item(el: etree._Element, line: str) -> bool:
    """A linked item of one line in a list whose other items are sentences of
    prose: notes citing their sources ("Name fixed <a>the startup hang</a>"),
    not a list of links, whose items are all links."""
    if len(clean(text_of(el))) > len(line) + 2:
        return False
    return _among_prose_items(el) or _in_sublist_of_notes(el)


def _in_sublist_of_notes(el: etree._Element) -> bool:
    """A list nested in an item of a list of notes ("In progress:" and the
    bugs it links) is part of the notes."""
    outer = el.getparent()
    outer = outer.getparent() if outer is not None else None
    return outer is not None and outer.tag == "li" and _among_prose_items(outer)


def _among_prose_items(el: etree._Element) -> bool:
    for preceding in (False, True):
        for n, sibling in enumerate(el.itersiblings("li", preceding=preceding)):
            if n >= NOTES_SCAN:
                break
            if _prose_p(sibling, "li"):
                return True
    return False


#: list items read on each side of a linked one for an item of prose
NOTES_SCAN = 20


def _prose_p(el: etree._Element | None, tag: str = "p") -> bool:
    if el is None or el.tag != tag:
        return False
    text = clean(text_of(el))
    return len(text) >= PROSE_BLOCK and _link_density(el, len(text)) < PROSE_MAX_LINKS


def _blank(el: etree._Element) -> bool:
    """Whether an element shows no text at all (nor a line break)."""
    return not any(t.strip() for t in el.itertext()) and el.find(".//br") is None


_COMMENT_SIGNATURE = re.compile(
    r"(posted|submitted|written) by:?\s+[^.!?]{1,60}?\s(on|at)\s.{3,40}", re.I
)
_BOLD = frozenset("b strong big font".split())
_OUTLINE = HEADINGS | {"li"}
_CELLS = frozenset("td th li dt dd".split())
#: rules a code sample is exempt from (markup shown on purpose; a shell pipeline is no menu;
#: a diagram drawn in characters has no words)
_CODE_RULES = frozenset({"markup-text", "code-text", "menu-line", "no-words"})
#: share of the container's text read before an end marker may end the article
END_AFTER_SHARE = 0.4
#: article text read before a comments heading ends the article
END_AFTER_CHARS = 400
#: a body paragraph this long is prose: the headline stands before it
PROSE_PARAGRAPH = 120


@dataclass(slots=True)
class _Candidate:
    text: str
    links: int
    bold: int
    holder: etree._Element
    row: int
    paragraph: int | None


_HEADLINE_CLASS = frozenset(
    "headline headlines title heading articletitle storytitle entrytitle posttitle "
    "story-title article-title entry-title post-title".split()
)
_TAG_SCORE = {"h1": 2.0, "h2": 1.5, "h3": 1.0, "h4": 0.5}
#: how sure the page-headline guess must be to replace the <title>-based one
HEADLINE_MIN_SCORE = 2.0
#: ... and when the page has no title at all (any headline-like block near the story will do)
RELAXED_MIN_SCORE = 1.0
#: a <title> whose words the story's first paragraph covers less than this names the site
UNRELATED_TITLE = 0.2
#: the headline-like blocks nearest the story's first paragraph score higher
_RANK_SCORE = {0: 2.0, 1: 1.0, 2: 0.5}
#: a box's label is a few words all in capitals ("HOT JOBS")
SHOUTED_WORDS = 3
#: who made the text or the picture, not what it says: "Contributed by Ana
#: Lima", "Ana Lima © Photo Agency", "Ana Lima - Staff Writer"
_CREDIT = re.compile(
    r"^(?i:contributed|posted|submitted|written|filed|compiled|published|sent|photos?"
    r"|pictures?|words|story|text)\s+by\b"
    r"|©|\([cC]\)\s|^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}\s*[-–—,|]\s+.*\b"
    r"(?i:writer|reporter|correspondent|editor|columnist|contributor|photographer|staff)s?\W*$"
    # a link for screen readers: "Skip to main content"
    r"|^(?i:skip|jump) to\b"
)


def _headline_like(c: _Candidate, meta: Meta) -> bool:
    """Could this block be a headline at all (not a byline, a date, a credit,
    a section's or a box's label, the site's logo, tools, a sentence)?"""
    text = c.text
    n_words = len(text.split())
    if not 2 <= n_words <= 30 or len(text) > 250 or c.links > 0.5 * len(text):
        return False
    if n_words == 2 and c.holder.tag not in _TAG_SCORE:
        return False
    if text[-1] == "." and n_words > 12:
        return False  # a sentence: the story has begun
    if " | " in text or "<" in text and ">" in text:
        return False
    if n_words <= SHOUTED_WORDS and text.isupper() or is_section(text) or date_like(text):
        return False
    if _CREDIT.search(text) or logo_text(text, meta.sites):
        return False
    return _meta_line(text, meta) is None and chrome_line(text) is None and end_marker(text) is None


def _headline_score(
    c: _Candidate, key: str, parts: set[str], rank: int, *, relaxed: bool = False
) -> tuple[bool, float]:
    """How much a block looks like the headline: whether <title> agrees, and a
    score from that, its looks and its place.  ``relaxed`` (a page with no
    title at all) lets a plain block right before the story do."""
    k = norm(c.text)
    n_words = len(k.split())
    confirmed = 0.0
    if key:
        if k == key or k in parts:
            confirmed = 4.0
        elif n_words >= 3 and f" {k} " in f" {key} ":
            confirmed = 3.0
        else:
            title_words = set(key.split())
            overlap = sum(w in title_words for w in k.split()) / max(n_words, 1)
            if overlap >= 0.6:
                confirmed = 2.0 * overlap
    looks = _TAG_SCORE.get(c.holder.tag, 0.0)
    el, level = c.holder, 0
    named = False
    while el is not None and level < 3:
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if names.strip() and _HEADLINE_CLASS.intersection(words(names)):
            looks += 1.5
            named = True
            break
        el, level = el.getparent(), level + 1
    if c.bold >= 0.8 * len(c.text):
        looks += 1.0
    # Without <title> agreeing, only a block that looks like a heading, and
    # that was not read as part of the article, will do.
    # With no usable <title> the story's first block may be its headline, or
    # a block the page calls its headline (stray lines of tools may come first).
    in_story = c.paragraph is not None and not (relaxed and (c.paragraph == 0 or named))
    if confirmed < 2.0 and ((looks < 1.0 and not relaxed) or in_story):
        return False, 0.0
    return confirmed >= 2.0, confirmed + looks + _RANK_SCORE.get(rank, 0.0)


def choose_headline(
    candidates: list[_Candidate], meta: Meta, out: Body, first_prose: str | None = None
) -> None:
    """Take the page's visible headline as the title when it is clear enough."""
    if meta.title_trusted or not candidates:
        return
    key = norm(meta.page_title)
    parts = title_parts(meta.page_title)
    recent = [c for c in candidates[-40:] if _headline_like(c, meta)]
    # No title, or a <title> that names only the site (not in the page, no
    # word of it in the story's opening or the blocks before it): any
    # headline-like block near the story will do, the story's first block too.
    relaxed = meta.title is None or (
        not meta.title_seen
        and first_prose is not None
        and meta.title.count(" ") >= 2  # words to compare (not a language written without spaces)
        and covers(" ".join([first_prose, *(c.text for c in recent)]), meta.title) < UNRELATED_TITLE
    )
    threshold = RELAXED_MIN_SCORE if relaxed else HEADLINE_MIN_SCORE
    # A block <title> agrees with beats any that only looks like a headline.
    best, best_key = None, (False, threshold)
    for rank, c in enumerate(reversed(recent)):
        confirmed, score = _headline_score(c, key, parts, rank, relaxed=relaxed)
        if score >= threshold and (best is None or (confirmed, score) > best_key):
            best, best_key = c, (confirmed, score)
    if best is None or norm(best.text) == norm(meta.title or ""):
        return
    if best.paragraph is not None and len(out.paragraphs) <= 1 and not out.embeds:
        return  # the only text there is stays the article
    if meta.title_seen and not best_key[0]:
        return  # the <title>-based headline stands on the page; a mere guess does not beat it
    meta.title, meta.title_rule = best.text, "page-headline"
    meta.sources = [src for src in meta.sources if src[0] != "title"]
    meta.sources.insert(0, ("title", "page-headline", best.text, _line(best.holder)))
    row = out.rows[best.row]
    out.rows[best.row] = Row(row.line, "title", "page-headline", row.text)
    if best.paragraph is not None:
        del out.paragraphs[best.paragraph]
        for c in candidates:
            if c.paragraph is not None and c.paragraph > best.paragraph:
                c.paragraph -= 1


#: "4.2.3" reads as a date (2 April 2003) but is a version number: short
#: dotted groups without leading zeros ("15.01.08" stays a date)
_VERSION = re.compile(r"v?[1-9]?\d(\.(0|[1-9]\d{0,2})){1,3}")
_BY_LINE = re.compile(
    r"^(?:[Bb]y|BY|(?:[Ww]ritten|[Rr]eported|[Ee]dited|[Cc]ontributed|[Pp]osted|[Ss]ubmitted"
    r"|(?:[Mm]edically )?[Rr]eviewed) (?:[Bb]y|BY)"
    r"|[Vv]on|[Pp]ar|[Pp]or):?\s+[A-Z][\w'’.-]*(?:\s|$)"
)


def _meta_line(text: str, meta: Meta) -> str | None:
    """A short line that is the byline or the date, not article text."""
    if len(text) > 150:
        return None
    short = len(text) < 100 and len(text.split()) <= 12
    if _BY_LINE.match(text) and short and text[-1] not in ".!?":
        return "byline-line"
    if " | " in text and text[-1] not in ".!?" and any(
        _BY_LINE.match(part.strip()) for part in text.split(" | ")[1:]
    ):
        return "byline-line"  # "Outlet | date | By Name"
    if meta.byline and len(text) < len(meta.byline) + 60 and meta.byline in text and not (
        text.startswith(meta.byline) and _sentence(text)  # "Ada Kerrigan has walked ..."
    ):
        return "byline-line"
    if len(text) <= 60 and not text.endswith(".") and not _VERSION.fullmatch(text) and (
        parse_date(text, dayfirst=False) is not None or _timestamp(text)
    ):
        return "date-line"
    return None


_STAMP_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december mon tue tues wed thu thur thurs fri sat "
    "sun monday tuesday wednesday thursday friday saturday sunday am pm a m p "
    "last updated update published posted created modified on at of "
    "gmt utc bst cet cest eet est edt cst cdt mst mdt pst pdt et pt ct mt ist aest aedt sast".split()
)
_STAMP_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december".split()
)


_STAMP_DAYS = _STAMP_WORDS - frozenset(
    "am pm a m p gmt utc bst cet cest eet est edt cst cdt mst mdt pst pdt et pt ct mt ist aest "
    "aedt sast".split()
)


def _timestamp(text: str) -> bool:
    """A line of nothing but a date and time and their labels ("Last Updated:
    12:01am GMT 08/01/2008", "01/09 18:48:47 ET"), which the date parser,
    strict about whole strings, does not read."""
    tokens = _STAMP_TOKEN.findall(text)
    words_ = [t.lower() for t in tokens if not t.isdigit()]
    if not tokens or any(w not in _STAMP_WORDS for w in words_):
        return False
    if _NUMERIC_DATE.search(text):
        return True
    if _CLOCK.search(text):
        # a time alone ("10:30", "12:01 PM") may be a score, a cell of a
        # timetable or the story's own last line; with a day or a label it is a stamp
        return "/" in text or any(w in _STAMP_DAYS for w in words_)
    # a month with a day ("Friday, January 11"; "May 2015" is a release's date in a table)
    return any(w in _MONTHS for w in words_) and any(t.isdigit() and len(t) <= 2 for t in tokens)


def _cells(row: etree._Element) -> list[str]:
    return [c.tag for c in row if c.tag in ("td", "th")]


def _groups(table: etree._Element) -> list[etree._Element]:
    return [table, *(g for g in table if g.tag in ("tbody", "thead", "tfoot"))]


def _wide_rows(group: etree._Element, headed: bool) -> int:
    """Rows of data: several cells, or two under a header row (a layout grid has no <th> row)."""
    least = 2 if headed else DATA_COLUMNS
    return sum(1 for r in group if r.tag == "tr" and len(_cells(r)) >= least)


def _headed(table: etree._Element) -> bool:
    """Whether the table opens with a row of header cells."""
    for group in _groups(table):
        for r in group:
            if r.tag == "tr":
                cells = _cells(r)
                return len(cells) >= 2 and set(cells) == {"th"}
    return False


def _data_table(table: etree._Element) -> bool:
    """A table of data (rows of several cells), not a layout grid."""
    headed = _headed(table)
    return sum(_wide_rows(g, headed) for g in _groups(table)) >= DATA_ROWS


def _data_cell(el: etree._Element) -> bool:
    """A cell of a data table (rows of several cells), or a box inside one: a
    linked name there is data, not a menu."""
    for _ in range(CELL_REACH):
        if el.tag in ("td", "th") or el.tag == "table":
            break
        el = el.getparent()
        if el is None:
            return False
    if el.tag not in ("td", "th"):
        return False
    row = el.getparent()
    group = row.getparent() if row is not None else None
    if group is None:
        return False
    table = group if group.tag == "table" else group.getparent()
    headed = table is not None and table.tag == "table" and _headed(table)
    return _wide_rows(group, headed) >= DATA_ROWS


#: how many boxes up from a block its table cell may be
CELL_REACH = 3
#: a table with this many rows of at least this many cells is data, not a layout grid
DATA_COLUMNS = 3
DATA_ROWS = 4


def _kind(el: etree._Element) -> str:
    if el.tag in HEADINGS:
        return "heading"
    if el.tag in ("li", "dd", "dt"):
        return "list-item"
    if el.tag == "blockquote" or any(a.tag == "blockquote" for a in el.iterancestors()):
        return "quote"
    if el.tag == "pre":
        return "pre"
    return "paragraph"


def _link_list(el: etree._Element) -> bool:
    text = clean(text_of(el))
    if not text:
        return False
    if _link_density(el, len(text)) <= 0.5 or text.count(".") >= 3:
        return False
    items = [c for c in el if c.tag == "li"]
    if len(items) >= 2 and len(text.split()) >= 12 * len(items):
        return False  # items of a dozen words and more: notes that link their sources
    return True


def _special(el: etree._Element) -> str | None:
    tag = el.tag
    if tag in ("figure", "figcaption") or (tag == "caption"):
        return "caption"
    cls = el.get("class")
    if not cls:
        return None
    for c in cls.split():
        kind = _EMBED_CLASSES.get(c.lower())
        if kind and tag in ("blockquote", "div", "iframe"):
            return f"embed-{kind}"
    if _caption_class(cls) and tag != "body":
        return "caption"
    return None


def _take_special(el: etree._Element, special: str, out: Body) -> None:
    if special == "caption":
        text = clean(text_of(el))
        if text:
            out.captions.append(text)
            out.rows.append(Row(_line(el), "caption", el.tag if el.tag in (
                "figure", "figcaption") else "caption-element", _short(text)))
        return
    embed = _embed(el, special.removeprefix("embed-"), len(out.paragraphs))
    if embed is not None:
        out.embeds.append(embed)
        out.rows.append(Row(_line(el), "embed", special, _short(embed.text)))


def _embed(el: etree._Element, kind: str, position: int) -> Embed | None:
    paras = [clean(text_of(p)) for p in el.iter("p")]
    paras = [p for p in paras if p]
    full = clean(text_of(el))
    text = "\n".join(paras) if paras else full
    sig_text = full
    for p in paras:
        sig_text = sig_text.replace(p, " ", 1)
    sig_text = clean(sig_text)
    m = _SIGNATURE.search(sig_text) if "(@" in sig_text else None
    if not paras and m:
        text = clean(full[: full.find(m.group(0))]) if m.group(0) in full else full
    if not text:
        return None
    links = tuple(dict.fromkeys(
        a.get("href") for a in el.iter("a") if (a.get("href") or "").startswith("http")
    ))
    return Embed(
        kind=kind,
        text=text,
        author=(m["author"] or None) if m else None,
        handle=m["handle"] if m else None,
        date=parse_date(m["date"], dayfirst=False) if m and m["date"] else None,
        links=links,
        position=position,
        signature=sig_text or None,
    )
