"""Pass 2 of the HTML body reader: find the article's container.

Paragraph-like elements are scored (length, commas, damped by their link
text) into their ancestors, as Mozilla's Readability does; the best container
is taken, then its parent when that holds clearly more prose
(``prose_sums``), or the page's ``<article>`` around it when that does (its
``<main>`` when that holds several times as much), however deep the container
sits in it (``_own_article``), and the siblings that belong with it.  When the
container is one of several alike boxes holding prose (a thread's posts, a
guide's steps), or inside one, the others join it (``_alike_group``): each
part's box of text, without the author's card or reaction bar beside it.  When
all that holds little of the page's own ``<main>`` (a landing page's short
sections, a shop's items, where one promo box outscored them), ``<main>`` is the
content (``mainbox``); on a page without one, its body, when section headings
show a landing page or a shop, or when, read again without the class/id rules, the
box found is a list's short intro beside its items."""

from __future__ import annotations

import re

from lxml import etree

from .blocks import (
    ATTRIBUTE_SCAN,
    BLOCKS,
    PARAGRAPHS,
    PROSE_MAX_LINKS,
    PROSE_MIN,
    PROSE_PARAGRAPH,
    data_table,
    link_density,
    own_text_links,
)
from .mainbox import main_box
from .tree import Caseless, Deadline, Lengths, clean, remembered, text_length, text_of

__all__ = [
    "find_content", "prose_sums", "MIN_PARAGRAPH_CHARS", "CHARS_PER_POINT", "LENGTH_POINTS",
    "CREDITED_LEVELS", "CLASS_WEIGHT", "TOP_CANDIDATES", "SIBLING_SHARE", "SIBLING_MIN",
    "SAME_CLASS_BONUS", "SIBLING_PROSE_CHARS", "SIBLING_MAX_LINKS", "CHROME_COST", "CLIMB_GAIN",
    "CLIMB_REACH", "WRAPPER_SLACK", "BODY_GAIN", "SKIP_ALIKE", "NEAR_BEST", "ALIKE_MIN",
    "ALIKE_WORDS", "ALIKE_GAIN", "CORE_SHARE", "CORE_AGREE", "TAXONOMY_CLASSES",
]

# --- scoring paragraphs into their containers (after Mozilla's Readability) -------------

#: a block shorter than this (characters) is no paragraph: it scores nothing
MIN_PARAGRAPH_CHARS = 25
#: a paragraph earns one point a comma, and one per this many characters, at most
#: LENGTH_POINTS: long paragraphs with clauses are prose
CHARS_PER_POINT = 100
LENGTH_POINTS = 3
#: a paragraph credits this many of its ancestors: its parent fully, the next one half,
#: the others less the higher they are (a story's box is near its paragraphs)
CREDITED_LEVELS = 5
#: what a class or id saying content ("article", "story") or chrome ("comment",
#: "sidebar") adds to or takes from a container
CLASS_WEIGHT = 25
#: the best this many containers are weighed again by their whole link text
TOP_CANDIDATES = 10
#: a sibling of the container that scores at least this share of it (and SIBLING_MIN)
#: holds more of the story …
SIBLING_SHARE = 0.2
SIBLING_MIN = 10.0
#: … and one with the container's class gets this share of its score as a bonus
SAME_CLASS_BONUS = 0.2
#: a paragraph beside the container longer than this (characters), with less link text
#: than SIBLING_MAX_LINKS, belongs to it; a shorter one only when it is a sentence
SIBLING_PROSE_CHARS = 80
SIBLING_MAX_LINKS = 0.25
_SENTENCE_END = re.compile(r"\.( |$)")

# --- climbing to the story's whole box ----------------------------------------------

#: what a chrome-like block (short, or mostly links) costs a container per character
CHROME_COST = 0.5
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

# --- a thread's posts, a guide's steps: the story in alike boxes -----------------------

#: boxes alike (same tag, most class words shared) of which at least this many hold
#: prose are one text in parts: a thread's posts, a guide's steps, a review's items
#: (two may be a story and a box of notes under it)
ALIKE_MIN = 3
#: class words two boxes share (of all their words) to be alike
ALIKE_WORDS = 0.5
#: ... not counting the words a blog engine names each post with after its categories,
#: tags and writer ("category-news tag-energy author-ann"): they tell posts apart, not
#: kinds of box
TAXONOMY_CLASSES = ("category-", "tag-", "author-")
#: ... taken when together they hold this much more prose than the part holding the
#: container (the replies of a thread outweigh the quote a post holds; a story does
#: not take in a box of comments or teasers beside it, which hold less than it)
ALIKE_GAIN = 1.6
#: a part's box of text holds this share of its prose (its siblings: an author's card, a
#: reaction bar) ...
CORE_SHARE = 0.9
#: ... and most parts have one of the same kind: this share of them
CORE_AGREE = 0.6

_POSITIVE = Caseless(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"
)
_NEGATIVE = Caseless(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|"
    r"footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|"
    r"skyscraper|sponsor|shopping|tags|tool|widget"
)
_TAG_BASE = {
    "div": 5, "article": 5, "section": 0, "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}


def _class_weight(el: etree._Element) -> int:
    weight = 0
    for value in (el.get("class"), el.get("id")):
        if value:
            # real class lists are short; a hostile megabyte one is read no further
            weight += _value_weight(value[:ATTRIBUTE_SCAN])
    return weight


@remembered
def _value_weight(value: str) -> int:
    """What one class or id value adds to its element's score."""
    weight = 0
    if _NEGATIVE.found(value):
        weight -= CLASS_WEIGHT
    if _POSITIVE.found(value):
        weight += CLASS_WEIGHT
    return weight


def find_content(
    body: etree._Element, deadline: Deadline, *, article: bool = False, again: bool = False,
    product: bool = False, lengths: Lengths | None = None,
) -> list[etree._Element]:
    """The top container and the siblings that belong with it, in page order (or the
    page's <main>, ``mainbox``); ``article``, ``product``: what the page declares;
    ``again``: the page is read again without the class/id rules (``mainbox.SMALL_BOX``);
    ``lengths``: the elements' text lengths measured (``text_length``), kept for the next
    pass over the same tree."""
    if lengths is None:
        lengths = {}
    scores: dict[etree._Element, float] = {}
    # each paragraph's own text (white space made single) and link text, which
    # ``prose_sums`` reads again
    own: dict[etree._Element, tuple[str, float]] = {}
    n = 0
    for el in body.iter(PARAGRAPHS):
        n += 1
        if n % 1000 == 0:
            deadline.check()
        raw, links = own_text_links(el)
        text = clean(raw)
        own[el] = (text, links)
        if len(text) < MIN_PARAGRAPH_CHARS:
            continue
        # A comma-separated run of links is a list of names, not prose.
        density = min(1.0, links / len(text))
        score = (
            1.0 + text.count(",") + min(len(text) // CHARS_PER_POINT, LENGTH_POINTS)
        ) * (1 - density)
        # A paragraph credits its container.  An element holding text only is
        # a paragraph too; loose text beside blocks credits the element itself.
        mixed = el.tag not in ("p", "pre") and any(
            isinstance(c.tag, str) and c.tag in BLOCKS for c in el
        )
        holder = el if mixed else el.getparent()
        level = 0
        while holder is not None and holder is not body and level < CREDITED_LEVELS:
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
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:TOP_CANDIDATES]
    # (the candidates hold one another: each link is measured once)
    links: dict[etree._Element, float] = {}
    final: dict[etree._Element, float] = {}
    best = 0.0
    for el, score in ranked:
        if best > 0 and score < NEAR_BEST * best:
            # (its link text only lowers it: it can be neither the best nor near it,
            # and its text is not measured)
            continue
        final[el] = weighed = score * (
            1 - link_density(el, text_length(el, lengths), known=links)
        )
        best = max(best, weighed)
    top, top_score = max(final.items(), key=lambda kv: kv[1])
    deadline.check()
    top = _climb(top, top_score, scores, final, body)
    # The story split over several boxes ("article-text" sections under one
    # wrapper): climb while the parent holds clearly more prose, net of chrome.
    if top.tag in ("tbody", "thead", "tfoot") and top.getparent() is not None:
        top = top.getparent()  # a table body is read with its table
    if top.tag == "table" and top.getparent() not in (None, body) and data_table(top):
        top = top.getparent()  # a table of data is part of an article, not the article
    sums = prose_sums(body, deadline, own)
    top = _climb_prose(top, sums, body)
    top = _own_article(top, sums, body)
    # A wrapper holding nothing but the container is the box to match its
    # siblings against: the story's next part sits in the wrapper's twin.
    length = text_length(top, lengths)
    wrapper = top.getparent()
    while top is not body and wrapper is not None and wrapper is not body and (
        text_length(wrapper, lengths) <= WRAPPER_SLACK * length
    ):
        if _has_twin(wrapper, sums):
            top = wrapper
            break
        wrapper = wrapper.getparent()
    kept = _with_siblings(top, scores, body, sums, top_score)
    group = _alike_group(top, sums, body, article=article)
    if group is not None:
        # The parts add to what was found; a part inside a kept box is read with it.
        chosen = set(kept)
        kept += [
            part for part in group
            if part not in chosen and not any(a in chosen for a in part.iterancestors())
        ]
    return main_box(body, kept, lengths, article=article, again=again, product=product)


#: a number set off in a class word ("post-1234", "item_2"), not one inside it ("kl613a2")
_DIGITS = re.compile(r"(?<=[-_])\d+(?=$|[-_])")


def _class_words(el: etree._Element) -> frozenset[str] | None:
    """The class words of a box, numbers and a post's taxonomy left out ("post-1234" is
    "post-", ``TAXONOMY_CLASSES``); None for a box without a class (only a <section> or
    <article> is a part by its tag)."""
    cls = el.get("class")
    if not cls:
        return frozenset() if el.tag in ("section", "article") else None
    return frozenset(
        _DIGITS.sub("", w) for w in cls[:ATTRIBUTE_SCAN].split()
        if not w.startswith(TAXONOMY_CLASSES)
    )


def _alike(a: frozenset[str], b: frozenset[str] | None) -> bool:
    if b is None:
        return False
    if not a or not b:
        return a == b
    return len(a & b) >= ALIKE_WORDS * len(a | b)


def _alike_group(
    top: etree._Element, sums: dict, body: etree._Element, *, article: bool
) -> list[etree._Element] | None:
    """The alike boxes the container is in or part of, when together they hold clearly
    more prose than the one it is in: a thread's posts (the container one post, or
    a quotation in one), a guide's steps, sections of a story, the entries of a blog's
    or a newsroom's index.  The lowest such level wins; on a page that declares an
    ``article``, boxes each holding a headline of their own (<h1>) are stories of
    their own, as an endless page appends them."""
    el = top
    while el is not body and el is not None:
        parent = el.getparent()
        if parent is None:
            return None
        words_ = _class_words(el)
        if words_ is not None:
            alike = [
                sib for sib in parent
                if sib is el or (sib.tag == el.tag and _alike(words_, _class_words(sib)))
            ]
            prose = [sib for sib in alike if sums.get(sib, 0.0) > 0]
            if len(prose) >= ALIKE_MIN:
                total = sum(sums[sib] for sib in prose)
                if total >= ALIKE_GAIN * max(sums.get(el, 0.0), 1.0) and not (
                    article and sum(1 for sib in alike if sib.find(".//h1") is not None) >= 2
                ):
                    return _cores(alike, sums)
        el = parent
    return None


def _signature(el: etree._Element) -> tuple[str, frozenset[str]]:
    return el.tag, _class_words(el) or frozenset()


def _descent(part: etree._Element, sums: dict) -> list[tuple[str, frozenset[str]]]:
    """The boxes from a part down to the one holding (nearly) all its prose, by signature."""
    path = []
    el = part
    while True:
        children = [c for c in el if isinstance(c.tag, str)]
        if not children:
            return path
        best = max(children, key=lambda c: sums.get(c, 0.0))
        if sums.get(best, 0.0) < CORE_SHARE * sums.get(el, 0.0) or sums.get(best, 0.0) <= 0:
            return path
        if any(c is not best and sums.get(c, 0.0) > 0 for c in children):
            return path  # prose in two children: this box is the text
        path.append(_signature(best))
        el = best


def _cores(parts: list[etree._Element], sums: dict) -> list[etree._Element]:
    """Each part's box of text, where most parts have one of the same kind (a post's
    message without its author's card and reaction bar); a part without it, whole."""
    paths = [_descent(p, sums) for p in parts]
    need = CORE_AGREE * len(parts)
    core = None
    for depth in range(max(map(len, paths), default=0)):
        counts: dict = {}
        for path in paths:
            if len(path) > depth:
                counts[path[depth]] = counts.get(path[depth], 0) + 1
        sig, n = max(counts.items(), key=lambda kv: kv[1])
        if n < need:
            break
        if sig[1]:  # a box without a class is looked through, not matched
            core = sig
    if core is None:
        return parts
    tag, words_ = core
    out = []
    for part in parts:
        box = next(
            (d for d in part.iter(tag) if d is not part and _alike(words_, _class_words(d))), None
        )
        out.append(box if box is not None else part)
    return out


def _has_twin(el: etree._Element, sums: dict) -> bool:
    """Whether a sibling of ``el`` with its tag and class holds prose."""
    cls = el.get("class")
    parent = el.getparent()
    if not cls or parent is None:
        return False
    return any(
        sib is not el and sib.tag == el.tag and sib.get("class") == cls
        and sums.get(sib, 0.0) > 0
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


def _own_article(top: etree._Element, sums: dict, body: etree._Element) -> etree._Element:
    """The page's <article> around the container when it holds clearly more prose
    (CLIMB_GAIN), or its <main> when that holds BODY_GAIN times as much, however deep
    in it the container sits: a story set in nested sections, one box each."""
    own = max(sums.get(top, 0.0), 1.0)
    need = CLIMB_GAIN * own
    for anc in top.iterancestors():
        if anc is body:
            return top
        if anc.tag == "article":
            return anc if sums.get(anc, 0.0) >= need else top
        if anc.tag == "main" or anc.get("role") == "main":
            # the page's own box, weighed as its body is
            return anc if sums.get(anc, 0.0) >= BODY_GAIN * own else top
    return top


def prose_sums(
    body: etree._Element, deadline: Deadline,
    own: dict[etree._Element, tuple[str, float]] | None = None,
) -> dict[etree._Element, float]:
    """Per element, the prose its blocks hold minus what its chrome-like blocks cost;
    ``own``: the blocks' own text and link text (``own_text_links``) already read, the
    text's white space made single."""
    sums: dict[etree._Element, float] = {}
    n = 0
    for el in body.iter(BLOCKS):
        n += 1
        if n % 500 == 0:
            deadline.check()
        known = own.get(el) if own is not None else None
        if known is not None:
            length, links = len(known[0]), known[1]
        else:
            text, links = own_text_links(el)
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
    threshold = max(SIBLING_MIN, top_score * SIBLING_SHARE)
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
        same = top_class and sib.get("class") == top_class
        bonus = top_score * SAME_CLASS_BONUS if same else 0.0
        if sib in scores and scores[sib] + bonus >= threshold:
            kept.append(sib)
        elif sib.tag == "p" or _text_only(sib):
            text = clean(text_of(sib))
            density = link_density(sib, len(text))
            if len(text) > SIBLING_PROSE_CHARS and density < SIBLING_MAX_LINKS:
                kept.append(sib)
            elif 0 < len(text) <= SIBLING_PROSE_CHARS and density == 0 and (
                _SENTENCE_END.search(text)
            ):
                kept.append(sib)
        elif before and sums.get(sib, 0.0) >= PROSE_PARAGRAPH and (
            link_density(sib) < SIBLING_MAX_LINKS
        ):
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
        isinstance(c.tag, str) and (c.tag in BLOCKS or c.tag == "br")
        for c in el.iter() if c is not el
    )
