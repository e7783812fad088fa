"""The HTML reader: a saved page in, a Record out.

The stages, in order (``_analyse`` and ``_body`` run them):

1. ``tree.parse``: markup in, an lxml tree out (attribute floods capped,
   deep nesting flattened, hidden streamed content put in place, within the
   page limits); the markup is prepared once (``tree.prepare``), and each
   reading of the page builds its own tree of it (``tree.build``);
2. ``metadata.extract``: headline (``title``, ``site``), date, byline (the
   words cleaned by ``newsclip._byline``) and outlet, from JSON-LD, meta tags
   (``fields``) and markup; address, summary, section and tags (``about``);
3. ``chrome.drop_chrome``: drop the elements that never hold article text, by
   the named rules of ``rules``;
4. ``container.find_content``: the article's container and its siblings;
5. ``reading.read_blocks``: walk the page in reading order into paragraphs,
   captions and embeds (``embeds``), ending at a comments heading (not on a
   page that declares a thread, ``pagekind``, whose replies follow one, nor on a
   page that declares no article whose content is several boxes, a list's entries
   each with its own comments link); when
   metadata named no trusted headline, ``headline.choose_headline`` guesses it.

When the article comes out almost empty, stages 3 to 5 run again without the
class/id rules; when it comes out with no text at all and the page's JSON-LD states its
story's text (``ld.stored_text``: a thread whose posts a script writes in), that text is
the body instead, and when nothing at all is found, the page's description stands for its
text (the record keeps its headline, date and byline: no NoArticleError).  A page that declares no article (``pagekind``), whose container
drops more link text than it keeps text (a page that declares itself a list or a
site's page: three tenths of it), is a list: stage 5 runs again keeping its
linked items (the byline read the first time stays).  A page where items that
show prices were read as a shop's products (not a gallery's legends, not
captions) is read again without that rule:
its headline, date and byline come from that reading, and when the products leave
no text at all, that reading is the record.  The page's size is checked against
deterministic limits first, every pass checks the safety valve (CPU time), and
nothing recurses in Python.  It is not a general HTML-to-text converter: text outside the
article goes to ``removed`` with the rule that put it there.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from .._vocab import SOFT_HYPHEN
from ..errors import NoArticleError
from ..record import Provenance, Record, Source
from .blocks import Body, short
from .chrome import drop_chrome
from .container import ALIKE_MIN, find_content
from .dates import SEARCH_RULES
from .header_byline import (
    MARKUP_BYLINE_RULES,
    header_byline,
    labelled_byline,
    same_writer,
    shown_by,
)
from .ld import stored_text, story
from .metadata import CARD_AUTHOR_RULE, SITE_AUTHOR_RULE, Meta, extract, take_byline
from .pagekind import ARTICLE, LISTING, PAGE, PRODUCT, THREAD, page_kind
from .reading import read_blocks
from .tree import SAFETY_VALVE, Deadline, Prepared, build_held, prepare, text_of

__all__ = ["read_html", "explain_html"]

#: an article shorter than this (characters) makes the reader try again
#: without the class/id rules, which can misfire on unusual templates
MIN_TEXT = 250
#: a page that declares no article, whose container drops this many times more link
#: text (linked names, lists of links, teasers) than it keeps text, is a list: its
#: linked items are its text (a shop's category, an index, a section's front page) ...
LIST_GAIN = 1.5
#: ... and a page that declares itself a list or a site's page (``pagekind`` LISTING,
#: PAGE: og:type "website"), whose container drops link text of this share of the text
#: it keeps: a page that declares nothing may be an old story beside its site's links, a
#: product's page keeps its description beside its variants
SITE_LIST_GAIN = 0.3


def _analyse(html: str, time_budget: float | None) -> tuple[Meta, Body, list[str]]:
    deadline = Deadline(time_budget)
    page = prepare(html, deadline)
    meta, result, warnings = _read(page, deadline, prices=True)
    if result.priced:
        # Priced items read as a shop's products change the body only: the headline,
        # date and byline come from the page read as a gallery's, and when the products
        # leave no text at all, that reading is the record.
        meta2, result2, warnings2 = _read(page, deadline, prices=False)
        if result.paragraphs or result.embeds:
            meta = meta2
        else:
            meta, result, warnings = meta2, result2, warnings2
    return meta, result, warnings


def _read(page: Prepared, deadline: Deadline, *, prices: bool) -> tuple[Meta, Body, list[str]]:
    # (each reading changes its tree: each builds its own)
    root, warnings, json_ld, held = build_held(page, deadline)  # noqa: F841 - held while read
    kind = page_kind(root, json_ld, page.markup)
    meta = extract(root, deadline, json_ld, kind=kind, markup=page.markup)
    meta, result, listed = _body(
        root, meta, deadline, by_class=True, kind=kind, prices=prices, markup=page.markup
    )
    empty = not _read_chars(result)
    stored = stored_text(story(json_ld, deadline)) if _short(result) else []
    if _short(result) and not (empty and stored):
        root2, _, _, held2 = build_held(page, deadline)  # noqa: F841
        meta2 = extract(root2, deadline, json_ld, kind=kind, markup=page.markup)
        # Nothing at all: link-only blocks may be all the page has.
        lenient = empty
        meta2, retry, listed2 = _body(
            root2, meta2, deadline, by_class=False, lenient=lenient, kind=kind, prices=prices
        )
        if _read_chars(retry) > 2 * _read_chars(result):
            meta, result, listed = meta2, retry, listed2
            warnings.append("class/id chrome rules set aside: they left almost no text")
            if lenient:
                warnings.append("link-heavy blocks kept: the page has no other text")
    if stored and sum(map(len, stored)) > 2 * _read_chars(result):
        # the page's markup shows (almost) nothing, its JSON-LD states the text: that
        # is read before the link-heavy blocks a page with no text would give
        result, listed = _stated(result, stored, "json-ld-text"), None
        warnings.append("text read from the page's JSON-LD: its markup shows almost none")
    if listed is not None:
        meta, result = listed
        warnings.append("read as a list: its linked items kept")
        _no_item_writer(meta)
    if kind == PRODUCT:
        _no_maker(meta)
    description = meta.description or ""
    if empty and not stored and len(description) > _read_chars(result):
        # nothing to read but what the page says of itself (its posts, its story come
        # with a script): its summary, rather than no text at all
        result = _stated(result, [description], "description")
        warnings.append("the page's description stands for its text: the page shows none")
    if meta.front_title and not meta.title_trusted:
        # a section's or a site's front page: named by its metadata, not by the heading of
        # one of its items that the body reader took for a headline (set apart all the same)
        meta.title, meta.title_rule = meta.front_title, "front-page"
        meta.sources = [src for src in meta.sources if src.label != "title"]
        meta.found("title", "front-page", meta.title, first=True)
    return meta, result, warnings


def _byline_rule(meta: Meta) -> str:
    """The rule that gave the page's byline ("byline:meta-author"), "" for none."""
    return next((s.rule for s in reversed(meta.sources) if s.rule.startswith("byline:")), "")


def _no_item_writer(meta: Meta) -> None:
    """A page read as a list of items: a byline its text shows (a byline element, a "By
    …" line) is one item's writer, not the page's; one its metadata states
    (``MARKUP_BYLINE_RULES``, the twitter card's) stands."""
    rule = _byline_rule(meta)
    if meta.byline is None or rule.partition(":")[2] in {*MARKUP_BYLINE_RULES, CARD_AUTHOR_RULE}:
        return
    meta.byline, meta.authors = None, []
    meta.sources = [s for s in meta.sources if not s.rule.startswith("byline:")]


#: the byline rules that stand on a product's page: the writer the metadata names (a
#: review's), not the site's own name nor a name its text shows (the maker's, the seller's)
PRODUCT_BYLINE_RULES = MARKUP_BYLINE_RULES - {SITE_AUTHOR_RULE}


def _no_maker(meta: Meta) -> None:
    """A page that declares a product has no writer but the one its metadata names
    (``PRODUCT_BYLINE_RULES``): the brand or the shop a byline line or the site's name
    gives is the product's maker or seller."""
    if meta.byline is None or _byline_rule(meta).partition(":")[2] in PRODUCT_BYLINE_RULES:
        return
    meta.byline, meta.authors = None, []
    meta.sources = [s for s in meta.sources if not s.rule.startswith("byline:")]


def _short(result: Body) -> bool:
    return _read_chars(result) < MIN_TEXT


def _read_chars(result: Body) -> int:
    """The characters of text read, not counting items' linked titles kept as headings
    (``Body.title_chars``): a page of nothing else has no text of its own."""
    return sum(map(len, result.paragraphs)) - result.title_chars


def _stated(result: Body, paragraphs: list[str], rule: str) -> Body:
    """The body the page states apart from its markup (``paragraphs``, by ``rule``), with
    the chrome and header that reading ``result`` found."""
    rows = [row for row in result.rows if row.label == "chrome"]
    rows += [Provenance(None, "body", rule, short(text)) for text in paragraphs]
    return Body(paragraphs=list(paragraphs), header=list(result.header), rows=rows)


def _shown_over_marked(meta: Meta, rows: list[Provenance]) -> None:
    """The writer a "By …" line of the header shows (``shown_by``), over the one the
    page's metadata names (JSON-LD, a meta tag: ``MARKUP_BYLINE_RULES``) when the two
    share no name: the metadata holds the account that posted the story, an editor's,
    or the site's own name ("Harbour Weekly"), the page shows who wrote it.  Not over a
    handle made of the shown name ("annberg" beside "By Ann Berg")."""
    rule = _byline_rule(meta)
    shown = shown_by(rows) if rule.partition(":")[2] in MARKUP_BYLINE_RULES else None
    if shown is None or meta.byline is None or same_writer(meta.byline, shown[0]):
        return
    marked, authors = meta.byline, meta.authors
    meta.byline, meta.authors = None, []
    if not take_byline(meta, shown[0], "header-byline-over-markup", shown[1]):
        meta.byline, meta.authors = marked, authors


def _body(
    root, meta: Meta, deadline: Deadline, *, by_class: bool, lenient: bool = False,
    kind: str | None = None, prices: bool = True, markup: str | None = None,
) -> tuple[Meta, Body, tuple[Meta, Body] | None]:
    """The article as read, and, when the page is a list of items (it declares no
    article, and its container drops much link text: ``LIST_GAIN``), the page read
    again keeping its linked items; ``markup``: what the tree was read from."""
    body = root.find("body")
    if body is None or 2 * (inside := len(text_of(body))) < _text_length(root, body, inside):
        body = root  # broken markup left the page in <head> (or no <body> at all)
    out = Body()
    drop_chrome(
        body, out, deadline, by_class=by_class, prices=prices, product=kind == PRODUCT,
        markup=markup,
    )
    lengths: dict = {}  # (the tree stays as it is from here on)
    content = find_content(
        body, deadline, article=kind == ARTICLE, again=not by_class, lengths=lengths,
        product=kind == PRODUCT,
    )
    chrome = Body(rows=list(out.rows), header=list(out.header), priced=out.priced)
    # reading may guess the headline into meta
    unread = replace(meta, sources=list(meta.sources))
    read_blocks(
        body, content, meta, out, deadline, lenient=lenient, prices=prices, lengths=lengths,
        thread=kind == THREAD or (kind != ARTICLE and len(content) >= ALIKE_MIN),
        article=kind == ARTICLE, titles=kind not in (PRODUCT, None),
        teasers=kind in (ARTICLE, THREAD, None),
    )
    if meta.byline is not None:
        _shown_over_marked(meta, out.rows[len(chrome.rows):] + chrome.rows)
    if meta.byline is None:
        header_byline(
            out.rows[len(chrome.rows):], partial(take_byline, meta),
            dated=meta.published is not None and meta.date_rule not in SEARCH_RULES,
        )
    if meta.byline is None:
        labelled_byline(meta.headline_lines, partial(take_byline, meta))
    if meta.byline is None and meta.author_box:
        take_byline(meta, meta.author_box, "author-box")
    if meta.byline is None and meta.firm_author:
        take_byline(meta, meta.firm_author, "json-ld-author")
    if meta.byline is None and meta.author_page:
        take_byline(meta, meta.author_page, "author-page-link")
    if meta.byline is None and meta.card_author:
        take_byline(meta, meta.card_author, CARD_AUTHOR_RULE)
    if meta.byline is None and meta.site_author:
        # the page names no writer: the site signs it ("Harbour Gazette", "The Gazette team")
        take_byline(meta, meta.site_author, SITE_AUTHOR_RULE)
    if lenient or kind not in (None, LISTING, PRODUCT, PAGE):
        return meta, out, None
    items = out.link_chars + out.blurb_chars + out.title_chars
    gain = SITE_LIST_GAIN if kind in (LISTING, PAGE) else LIST_GAIN
    if items <= gain * max(_read_chars(out) - out.blurb_chars, 1):
        return meta, out, None
    read_blocks(
        body, content, unread, chrome, deadline, lenient=True, prices=prices, lengths=lengths
    )
    if meta.byline is not None and unread.byline is None:
        # the writer the page names is its byline, read as a list or not
        unread.byline = meta.byline
        unread.sources += [s for s in meta.sources if s.rule.startswith("byline:")]
    return meta, out, (unread, chrome)


def _text_length(root, body, inside: int) -> int:
    """``len(text_of(root))``, the text of ``body`` (a child of ``root``, ``inside``
    characters) not written out again."""
    length = len(root.text or "")
    for child in root:
        length += len(child.tail or "")
        if child is body:
            length += inside
        elif isinstance(child.tag, str):
            length += len(text_of(child))
    return length


def read_html(
    html: str, source: Source, *, time_budget: float | None = SAFETY_VALVE
) -> Record:
    """Read one page.  Raises NoArticleError, TooLargeError (a page over a limit of
    ``tree``) or TimeBudgetError (``time_budget`` seconds passed; None: never)."""
    meta, result, warnings = _analyse(html, time_budget)
    if not result.paragraphs and not result.embeds:
        raise NoArticleError("no article text found in the page")
    removed = tuple(
        row if row.line is None or row.line > 0 else replace(row, line=None)
        for row in result.rows if row.label == "chrome"
    )
    return Record(
        title=meta.title and meta.title.replace(SOFT_HYPHEN, ""),
        published=meta.published,
        published_raw=meta.published_raw,
        published_source=meta.published_source,
        modified=meta.modified,
        language=meta.language,
        outlet=meta.outlet,
        byline=meta.byline,
        authors=tuple(meta.authors),
        url=meta.address,
        description=meta.description,
        section=meta.section,
        tags=tuple(meta.tags),
        stated_word_count=None,
        captions=tuple(result.captions),
        paragraphs=tuple(result.paragraphs),
        embeds=tuple(result.embeds),
        header=tuple(result.header),
        removed=removed,
        warnings=tuple(warnings),
        source=source,
    )


def explain_html(
    html: str, source: Source, *, time_budget: float | None = SAFETY_VALVE
) -> list[Provenance]:
    """Every kept and dropped block with its label and rule, metadata first."""
    meta, result, _warnings = _analyse(html, time_budget)
    return [*meta.sources, *sorted(result.rows, key=lambda r: r.line or 0)]

