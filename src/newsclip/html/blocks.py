"""What the HTML body reader's passes share: the block tags, the record of
what they found (Body), how much of an element's text is link text, what
prose looks like, and what a table of data looks like."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .._vocab import PRICE
from ..record import ELEMENT_TEXT_LIMIT, Embed, Provenance
from .rules import words
from .tree import clean, text_of

__all__ = [
    "BLOCKS", "HEADINGS", "PARAGRAPHS", "ATTRIBUTE_SCAN", "caption_class", "shows_price", "Body",
    "short", "cut",
    "IN_PAGE_LINK", "link_weight", "link_density", "own_text_links", "PROSE_MIN",
    "PROSE_MAX_LINKS", "PROSE_BLOCK", "PROSE_PARAGRAPH", "data_table", "data_cell",
    "CELL_REACH", "DATA_COLUMNS", "DATA_ROWS", "LINKED_TITLE", "drop_lone_titles",
    "TEASER_RUN", "TEASER_BLURB", "drop_teasers",
]


BLOCKS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav "
    "ol p pre section summary table tbody td tfoot th thead tr ul caption".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Inline elements (span, font) are no paragraphs: their text is part of the
# block that holds them, so it is counted once.
PARAGRAPHS = ("p", "pre", "td", "div", "section", "article", "blockquote", "center")
#: how much of a class or id attribute the content weights read
ATTRIBUTE_SCAN = 512
_CAPTION_WORDS = frozenset(
    "caption captions figcaption credit credits photocredit imagecredit wp-caption-text "
    "imgcaption photo-caption image-caption".split()
)
_NEGATIONS = frozenset("no without hide".split())


def caption_class(value: str | tuple[str, ...]) -> bool:
    """Whether a class/id (or its words) names a caption ("photo-caption"; not
    "no_caption", which marks a box without one)."""
    ws = words(value) if isinstance(value, str) else value
    if _CAPTION_WORDS.isdisjoint(ws):
        return False
    return any(
        w in _CAPTION_WORDS and (i == 0 or ws[i - 1] not in _NEGATIONS) for i, w in enumerate(ws)
    )


_PRICE = re.compile(PRICE)


def shows_price(el: etree._Element) -> bool:
    """Whether an element's text shows a price: a shop's product card, whose name and
    price a template may still mark up as the caption of its picture."""
    return _PRICE.search(text_of(el)) is not None


@dataclass(slots=True)
class Body:
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    #: every block kept or dropped, in the order met (labels: body, caption, embed,
    #: title, header, chrome)
    rows: list[Provenance] = field(default_factory=list)
    #: characters of link-heavy blocks dropped inside the container (linked names,
    #: lists of links, teasers), and of teasers' blurbs kept because nothing else is
    #: there: a list's items, when the page is a list
    link_chars: int = 0
    blurb_chars: int = 0
    #: characters of items' linked titles kept as headings (``reading.LINKED_HEADINGS``):
    #: a list's items when the page is a list, no text of its own when it is short
    title_chars: int = 0
    #: whether a list or a caption-class element was read as a shop's products
    #: because it shows prices (``shows_price``), not as a gallery or a caption
    priced: bool = False


def short(text: str, limit: int = ELEMENT_TEXT_LIMIT) -> str:
    return cut(clean(text), limit)


def cut(text: str, limit: int = ELEMENT_TEXT_LIMIT) -> str:
    """``short`` of a text whose white space is single already."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


#: how much a link within the page (``href="#..."``: a footnote, a heading's
#: own anchor, a table of contents) counts as link text: it leads nowhere else
IN_PAGE_LINK = 0.3


def link_weight(a: etree._Element) -> float:
    # A bare "#", or one with a script on click, is a button (print, e-mail, a
    # pop-up gallery), not an anchor.
    href = a.get("href")
    if href and len(href) > 1 and href[0] == "#" and a.get("onclick") is None:
        return IN_PAGE_LINK
    return 1.0


def link_density(
    el: etree._Element, length: int | None = None,
    known: dict[etree._Element, float] | None = None,
) -> float:
    """The share of ``el``'s text (``length`` characters) in its links; ``known`` keeps
    each link's weighted length for the next element asked about that holds it."""
    if length is None:
        length = len(clean(text_of(el)))
    if not length:
        return 0.0
    if known is None:
        links = sum(len(clean(text_of(a))) * link_weight(a) for a in el.iter("a"))
    else:
        links = sum(known[a] if a in known else known.setdefault(
            a, len(clean(text_of(a))) * link_weight(a)) for a in el.iter("a"))
    return min(1.0, links / length)


def own_text_links(el: etree._Element) -> tuple[str, int]:
    """The text of ``el`` outside its block descendants, and how much of it is link text."""
    if el.tag == "a":
        text = text_of(el)
        return text, len(clean(text)) * link_weight(el)
    parts = [el.text or ""]
    links = 0
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in BLOCKS and tag != "br":
            text = text_of(child)
            parts.append(text)
            if tag == "a":
                links += len(clean(text)) * link_weight(child)
            else:
                links += sum(len(clean(text_of(a))) * link_weight(a) for a in child.iter("a"))
        parts.append(child.tail or "")
    return "".join(parts), links


#: a block this long, with little link text, is article-like prose
PROSE_MIN = 30
PROSE_MAX_LINKS = 0.4
PROSE_BLOCK = 80
#: a body paragraph this long is prose: the headline stands before it
PROSE_PARAGRAPH = 120


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


def data_table(table: etree._Element) -> bool:
    """A table of data (rows of several cells), not a layout grid."""
    headed = _headed(table)
    return sum(_wide_rows(g, headed) for g in _groups(table)) >= DATA_ROWS


def data_cell(el: etree._Element, known: dict[etree._Element, bool] | None = None) -> bool:
    """A cell of a data table (rows of several cells), or a box inside one: a
    linked name there is data, not a menu.  ``known`` keeps the answer for each row
    group (of one tree, while nothing changes it) for the next cell asked about: a
    table's rows are counted once, not once for each of its cells."""
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
    if known is not None and group in known:
        return known[group]
    table = group if group.tag == "table" else group.getparent()
    headed = table is not None and table.tag == "table" and _headed(table)
    answer = _wide_rows(group, headed) >= DATA_ROWS
    if known is not None:
        known[group] = answer
    return answer


#: how many boxes up from a block its table cell may be
CELL_REACH = 3
#: a table with this many rows of at least this many cells is data, not a layout grid
DATA_COLUMNS = 3
DATA_ROWS = 4


#: the rule of an item's linked title kept as a heading (``reading.LINKED_HEADINGS``)
LINKED_TITLE = "linked-heading"


def drop_lone_titles(out: Body) -> None:
    """Drop the linked titles kept as headings (``LINKED_TITLE``) that title no item read:
    one before the story's first paragraph (its own headline, linked to itself), or one
    whose next block is not kept (a box of links, teasers, a share bar: a section's linked
    name; an item's credit line read into the header between them is passed over); each is
    a link line after all ("link-text")."""
    rows = out.rows
    gone: set[int] = set()
    begun = False
    for n, k in enumerate([k for k, r in enumerate(rows) if r.label == "body"]):
        row = rows[k]
        if row.rule != LINKED_TITLE:
            begun = True
            continue
        # (the next row read, a credit line read into the header passed over)
        after = next((rows[j] for j in range(k + 1, len(rows)) if rows[j].label != "header"),
                     None)
        if not begun or after is None or after.label != "body" or after.rule == LINKED_TITLE:
            gone.add(n)
            rows[k] = Provenance(row.line, "chrome", "link-text", row.text)
    if gone:
        chars = sum(len(out.paragraphs[n]) for n in gone)
        out.title_chars -= chars
        out.link_chars += chars
        out.paragraphs[:] = [p for n, p in enumerate(out.paragraphs) if n not in gone]


#: a linked headline and its blurb, this many times in a row, are teasers for other stories
TEASER_RUN = 2
#: ... a blurb being one paragraph at most this long
TEASER_BLURB = 400


def drop_teasers(out: Body, items: bool = False, article: bool = False) -> None:
    """Drop the blurbs of a run of teasers: each a line of link text (the
    linked headline, already dropped, or kept as a heading: then it goes too)
    followed by one short paragraph, again and again (``items``: on a page that
    declares it is a site's page, a list or a product, such a run is the page's items:
    kept, and weighed as a list's; ``article``: the page declares an article, whose
    digest's linked titles are other stories').  A story's paragraphs do
    not alternate with bare links; a list's items may (a link, then a note on
    it), so only paragraphs count, and a linked credit in brackets under each
    picture ("(Artist: Name)") is no headline."""
    rows = out.rows
    para_of = {k: n for n, k in enumerate(k for k, r in enumerate(rows) if r.label == "body")}
    # (a teaser's credit line, "Name – 3/6/2026", read as the header's, is passed over)
    order = [k for k, r in enumerate(rows) if r.label != "header"]
    run: list[int] = []  # places in ``order`` of the blurbs in the current run
    drop: set[int] = set()
    for j, i in enumerate(order):
        r = rows[i]
        if r.label != "body" or r.rule == LINKED_TITLE:
            continue
        before = rows[order[j - 1]] if j > 0 else None
        blurb = (
            before is not None and before.rule in ("link-text", LINKED_TITLE)
            and before.text[:1] not in "(["
            and r.rule == "article-paragraph" and len(out.paragraphs[para_of[i]]) <= TEASER_BLURB
        )
        if blurb and (not run or run[-1] == j - 2):  # headline, blurb, headline, blurb, ...
            run.append(j)
            continue
        if len(run) >= TEASER_RUN:
            drop.update(order[k] for k in run)
        run = [j] if blurb else []
    if len(run) >= TEASER_RUN:
        drop.update(order[k] for k in run)
    # (a blurb's linked title kept as a heading goes with it)
    drop.update(order[k - 1] for k, i in enumerate(order) if i in drop and k and (
        rows[order[k - 1]].rule == LINKED_TITLE))
    if not drop:
        return
    if items or len(drop) >= len(para_of):
        # the page's items, or nothing else is the article (a digest of links and blurbs
        # is the page): its linked titles kept as headings stay with their blurbs, but
        # on a page that declares an article (they are links all the same)
        heads = {i for i in drop if rows[i].rule == LINKED_TITLE}
        out.blurb_chars += sum(len(out.paragraphs[para_of[i]]) for i in drop - heads)
        drop = heads if article and not items else set()
        if not drop:
            return
    out.title_chars -= sum(len(out.paragraphs[para_of[i]]) for i in drop if (
        rows[i].rule == LINKED_TITLE))
    for i in drop:
        rows[i] = Provenance(rows[i].line, "chrome", "teaser", rows[i].text)
    gone = {para_of[i] for i in drop}
    out.link_chars += sum(len(out.paragraphs[n]) for n in gone)
    out.paragraphs[:] = [p for n, p in enumerate(out.paragraphs) if n not in gone]
