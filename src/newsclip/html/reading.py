"""Pass 3 of the HTML body reader: walk the page in reading order.

Text inside the container becomes paragraphs (headings, list items and block
quotes included); captions and embeds go their way (``embeds``); a comments
heading (or a comment's signature) ends the article; a run of teasers (linked
headline, blurb, again and again) is dropped; everything else visible is
noted as chrome with its rule.  When no metadata named the headline, the
blocks before the first prose paragraph are weighed for it (``headline``)."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..record import Provenance
from ..text.general.ending import note_text
from .blocks import (
    BLOCKS,
    HEADINGS,
    LINKED_TITLE,
    PROSE_BLOCK,
    PROSE_MAX_LINKS,
    PROSE_PARAGRAPH,
    Body,
    cut,
    data_cell,
    drop_lone_titles,
    drop_teasers,
    link_density,
    link_weight,
    short,
)
from .embeds import PRODUCT_CARD, special_kind, take_special
from .headline import Candidate, choose_headline
from .lines import COMMENT_SIGNATURE, has_words, meta_line
from .metadata import Meta
from .rules import chrome_line, end_marker
from .site import FOLDED_MAX, norm
from .tree import Deadline, Lengths, clean, line_of, text_length, text_of

__all__ = [
    "END_AFTER_SHARE", "END_AFTER_CHARS", "LINK_TEXT_CHARS", "LINK_TEXT_SHARE", "read_blocks",
    "NOTES_SCAN", "INTRO_WORDS",
]


_BOLD = frozenset("b strong big font".split())
_OUTLINE = HEADINGS | {"li"}
_CELLS = frozenset("td th li dt dd".split())
#: rules a code sample is exempt from (markup shown on purpose; a shell pipeline is no menu;
#: a diagram drawn in characters has no words)
_CODE_RULES = frozenset({"markup-text", "code-text", "menu-line", "no-words"})
#: a quotation's paragraph of at least this many characters that the text kept above (a
#: reply quoting a post of its thread or its forum) is not read twice; a shorter one (a
#: table's cell, a date) may well repeat, and a page that declares an article keeps its
#: quotations as they stand (a pull quote repeats a line of the story: half the time kept)
QUOTED_AGAIN = 25
#: share of the container's text read before an end marker may end the article
END_AFTER_SHARE = 0.4
#: article text read before a comments heading ends the article
END_AFTER_CHARS = 400
#: a short block (fewer characters than this) that is mostly link text (a greater
#: share than this) is a link, not article text, unless it stands between prose
LINK_TEXT_CHARS = 200
LINK_TEXT_SHARE = 0.8
#: lists and tables that may be all links: more than this share of link text, fewer
#: full stops than LINK_LIST_STOPS (sentences), items of fewer words than NOTE_WORDS
_LISTS = frozenset(("ul", "ol", "table", "dl"))
LINK_LIST_SHARE = 0.5
LINK_LIST_STOPS = 3
NOTE_WORDS = 12


def read_blocks(
    body: etree._Element, content: list[etree._Element], meta: Meta, out: Body,
    deadline: Deadline, *, lenient: bool = False, prices: bool = True, titles: bool = False,
    lengths: Lengths | None = None, thread: bool = False, article: bool = False,
    teasers: bool = True,
) -> None:
    """Walk the page in reading order, filling ``out``; ``content`` is the article's
    container (and its siblings).  ``lenient`` keeps link-heavy blocks and teasers (a
    list's items, or a page that is nothing else); ``prices``: see ``special_kind``;
    ``lengths``: see ``container.find_content``; ``thread``, ``article``, ``titles`` and
    ``teasers``: what the page declares, as ``_Blocks`` reads them."""
    blocks = _Blocks(
        meta, out, content, lenient, {} if lengths is None else lengths, thread, article, titles,
        teasers,
    )
    inside = set(content)
    depth_inside = 0
    # the text of the block being read, and how much of it is link text or bold
    buf: list[str] = []
    link_chars = bold_chars = 0
    in_bold = 0
    links_open: list[tuple[etree._Element, float]] = []  # the links the walk is in, weighted
    open_blocks: list[etree._Element] = []

    def flush() -> None:
        nonlocal link_chars, bold_chars
        if not buf:
            return
        holder = open_blocks[-1] if open_blocks else body
        text = _block_text(buf, holder)
        links, bold = link_chars, bold_chars
        buf.clear()
        link_chars = bold_chars = 0
        if text:
            blocks.take(text, links, bold, holder, depth_inside)

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
            if block and buf and not "".join(buf).isspace() and _blank(el):
                # An empty box (an ad's or a widget's placeholder) in a sentence
                # does not split it.
                block = False
            if block or tag == "br":
                flush()
                if block:
                    open_blocks.append(el)
            special = special_kind(el) if depth_inside else None
            if special == PRODUCT_CARD:
                out.priced |= prices
                special = None if prices else "caption"
            if special is not None:
                flush()
                take_special(el, special, out)
                walker.skip_subtree()  # its "end" event still comes, and adds the tail
                continue
            if depth_inside and not lenient and tag in _LISTS and _link_list(el):
                blocks.drop(el, "link-list")
                walker.skip_subtree()
                continue
            if tag == "a":
                # Within the page, a heading's own anchor and a table of
                # contents are the article's; elsewhere a jump ("Read
                # comments", "Article continues") is a button.
                outline = bool(open_blocks) and open_blocks[-1].tag in _OUTLINE
                links_open.append((el, link_weight(el) if outline else 1.0))
            elif tag in _BOLD:
                in_bold += 1
            piece = el.text
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
            piece = el.tail if el is not body else None
        if piece:
            buf.append(piece)
            if links_open:
                link_chars += len(clean(piece)) * links_open[-1][1]
            if in_bold:
                bold_chars += len(clean(piece))
    flush()
    blocks.finish()


def _block_text(buf: list[str], holder: etree._Element) -> str:
    if holder.tag == "pre":  # code and verse keep their lines and indentation
        lines = (ln.rstrip() for ln in "".join(buf).replace("\xa0", " ").split("\n"))
        return "\n".join(ln for ln in lines if ln.strip())
    return clean("".join(buf))


class _Blocks:
    """What the walk decides about each block of text it reads, in order.  ``thread``: the
    page declares a thread of posts, whose replies a comments heading ("3 replies", "Add a
    comment") does not end; ``article``: it declares an article, whose quotations are read
    as they stand (``QUOTED_AGAIN``); ``titles``: its linked headings title items
    (``LINKED_HEADINGS``); ``teasers``: a run of linked titles and blurbs is other stories'
    teasers (on an article's page, a thread's, or one that declares nothing), else the
    page's items."""

    __slots__ = (
        "meta", "out", "lenient", "title_key", "headline_ids", "candidates", "content_chars",
        "seen_chars", "ended", "address", "thread", "tables", "kept", "article", "titles",
        "teasers",
    )

    def __init__(
        self, meta: Meta, out: Body, content: list[etree._Element], lenient: bool,
        lengths: Lengths, thread: bool = False, article: bool = False, titles: bool = False,
        teasers: bool = True,
    ):
        self.meta, self.out, self.lenient, self.thread = meta, out, lenient, thread
        self.title_key = norm(meta.title_whole or meta.title) if meta.title else None
        self.headline_ids = {id(el) for el in meta.headline_elements}
        # Blocks before the first prose paragraph: one of them may be the headline
        # when no metadata named it.
        self.candidates: list[Candidate] | None = None if meta.title_trusted else []
        # After "Comments (12)" or "Related stories" the article is over, as long
        # as most of the container's text has been read (a mid-story box is not an end).
        self.content_chars = sum(text_length(el, lengths) for el in content) or 1
        self.seen_chars = 0
        self.ended: str | None = None
        self.address = _section_address(meta.address)
        self.tables: dict[etree._Element, bool] = {}  # (``data_cell``'s answers)
        self.kept: set[str] = set()  # the paragraphs kept so far (``QUOTED_AGAIN``)
        self.article, self.titles, self.teasers = article, titles, teasers

    def take(self, text: str, links: int, bold: int, holder: etree._Element, inside: int) -> None:
        """Decide one block, and keep it as a headline candidate while the story has
        not begun."""
        out = self.out
        rows, paras = len(out.rows), len(out.paragraphs)
        self.decide(text, links, holder, inside)
        if self.candidates is None:
            return
        if len(out.paragraphs) > paras and len(text) >= PROSE_PARAGRAPH:
            choose_headline(self.candidates, self.meta, out, first_prose=text)
            self.candidates = None
        else:
            self.candidates.append(Candidate(
                text, links, bold, holder, rows, paras if len(out.paragraphs) > paras else None
            ))

    def drop(self, el: etree._Element, rule: str) -> None:
        """Note a whole element as chrome (it is not walked into)."""
        text = clean(text_of(el))
        if text:
            self.out.rows.append(Provenance(line_of(el), "chrome", rule, short(text)))
            self.out.link_chars += len(text)

    def finish(self) -> None:
        if self.candidates:
            choose_headline(self.candidates, self.meta, self.out)
        if not self.lenient:
            drop_teasers(self.out, items=not self.teasers, article=self.article)
            drop_lone_titles(self.out)
            _drop_writer_notes(self.out)

    def decide(self, text: str, links: int, holder: etree._Element, inside: int) -> None:
        """Where one block of text goes: the article, the header, or chrome (and why)."""
        out, meta = self.out, self.meta
        line = line_of(holder)
        shown = short(text) if holder.tag == "pre" else cut(text)  # (the others' is single)
        if inside:
            self.seen_chars += len(text)
            if self.ended is not None:
                out.rows.append(Provenance(line, "chrome", f"after-{self.ended}", shown))
                return
            marker = self._end_marker(text, holder)
            if marker is not None:
                out.rows.append(Provenance(line, "chrome", marker, shown))
                return
        # (the cheap tests first: most blocks are not the headline)
        # (a text too short to be the title in any case is not made loose: ``FOLDED_MAX``)
        if self.title_key is not None and FOLDED_MAX * len(text) >= len(self.title_key) and (
                holder.tag in HEADINGS or not any(
                    len(p) >= PROSE_PARAGRAPH for p in out.paragraphs)) and (
                norm(text) == self.title_key):
            out.rows.append(Provenance(line, "title", "headline", shown))
            return
        if not inside:
            out.rows.append(Provenance(line, "chrome", "outside-article", shown))
            return
        if holder.tag in HEADINGS and id(holder) in self.headline_ids:
            out.rows.append(Provenance(line, "title", "headline", shown))
            return
        meta_rule = meta_line(text, meta)
        if (
            not self.thread and COMMENT_SIGNATURE.fullmatch(text)
            and sum(map(len, out.paragraphs)) >= END_AFTER_CHARS
            and self.seen_chars >= END_AFTER_SHARE * self.content_chars
        ):
            # "Posted by: Name on 8:21pm Tue 1 Jan 08" after the story: a
            # comment's signature, or the post's own, with comments to follow
            self.ended = "comment-signature"
            out.rows.append(Provenance(line, "chrome", self.ended, shown))
            return
        if meta_rule is not None:
            out.header.append(text)
            out.rows.append(Provenance(line, "header", meta_rule, shown))
            return
        rule = chrome_line(text) if has_words(text) else "no-words"
        if rule in _CODE_RULES and _kind(holder) == "pre" or holder.tag == "code":
            rule = None  # markup shown on purpose, in a code sample
        if rule is None and not self.lenient and links / len(text) > LINK_TEXT_SHARE and (
            len(text) < LINK_TEXT_CHARS
        ) and not data_cell(holder, self.tables) and not _between_prose(holder, text) and not (
            _defined_term(holder) or _subpage_heading(holder, self.address)
        ):
            rule = "link-text"
            if holder.tag in LINKED_HEADINGS and self.titles:
                # an item's linked title (a roundup's products, an index's entries): kept,
                # and weighed with the list's items (``Body.title_chars``)
                out.title_chars += len(text)
                self.kept.add(text)
                out.paragraphs.append(text)
                out.rows.append(Provenance(line, "body", LINKED_TITLE, shown))
                return
        if rule is not None:
            out.rows.append(Provenance(line, "chrome", rule, shown))
            if rule == "link-text":
                out.link_chars += len(text)
            return
        kind = _kind(holder)
        if kind == "quote" and not self.article and len(text) >= QUOTED_AGAIN and (
            text in self.kept
        ):
            out.rows.append(Provenance(line, "chrome", "quoted-again", shown))
            return
        self.kept.add(text)
        out.paragraphs.append(text)
        out.rows.append(Provenance(line, "body", f"article-{kind}", shown))

    def _end_marker(self, text: str, holder: etree._Element) -> str | None:
        """The end marker ``text`` is ("Comments (12)", "Related stories"), noting
        whether it ends the article here."""
        parent = holder.getparent()
        in_cell = holder.tag in _CELLS or (parent is not None and parent.tag in _CELLS)
        marker = end_marker(text)
        if in_cell and marker != "copyright-notice":
            return None  # a cell's title ("Related stories") may head a column beside the story
        if marker is None:
            return None
        # Comments may outweigh the story; related links never end it early.
        if in_cell:
            enough = False  # a notice in a layout cell: chrome, but the story's cell may go on
        elif marker == "comments-section":
            enough = not self.thread and sum(map(len, self.out.paragraphs)) >= END_AFTER_CHARS
        else:
            enough = bool(self.out.paragraphs) and (
                self.seen_chars >= END_AFTER_SHARE * self.content_chars
            )
        if enough:
            self.ended = marker
        return marker


#: a heading of these that is mostly link text, inside the article, is an item's title (a
#: roundup's products, a listicle's entries, an index's stories: kept, a run of teasers
#: aside), not a link line, on a page that declares what it is: on a product's page it
#: names the shop's other products, on an old page that declares nothing another story
LINKED_HEADINGS = ("h2", "h3", "h4")
#: a writer's note closing the story is at most this many words: a page's box of it runs
#: longer than a dump's one paragraph (``RegionTuning.note_words``; on the tuning pages,
#: up to 113 words)
WRITER_NOTE_WORDS = 150
#: … and at most this many of the story's last paragraphs are notes (two writers')
WRITER_NOTE_PARAGRAPHS = 2


def _drop_writer_notes(out: Body) -> None:
    """Drop the writer's notes about themselves that close the story, in a box whose
    class says nothing ("Ann Berg is a freelance travel writer …", ``note_text``): the
    last paragraphs, at most ``WRITER_NOTE_PARAGRAPHS``, with some of the story above them."""
    rows = out.rows
    places = [k for k, r in enumerate(rows) if r.label == "body"]
    gone = 0
    while gone < min(WRITER_NOTE_PARAGRAPHS, len(places) - 1):
        text = out.paragraphs[len(places) - 1 - gone]
        if len(text.split()) > WRITER_NOTE_WORDS or not note_text(text):
            break
        k = places[len(places) - 1 - gone]
        rows[k] = Provenance(rows[k].line, "chrome", "writer-note", rows[k].text)
        gone += 1
    if gone:
        del out.paragraphs[len(places) - gone :]


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


def _defined_term(el: etree._Element) -> bool:
    """A linked term of a definition list, its definition beside it (a reference
    page's list of methods, each named by a link to its page): the list's text, not a
    link to another story."""
    term = el if el.tag == "dt" else next(el.iterancestors("dt"), None)
    if term is None:
        return False
    nxt = term.getnext()
    return nxt is not None and nxt.tag == "dd" and bool(clean(text_of(nxt)))


def _section_address(address: str | None) -> tuple[str, str, str] | None:
    """The page's address, host and path (without its last "/"), when the path names
    a page below the site's home."""
    if not address:
        return None
    parts = urlsplit(address)
    path = parts.path.rstrip("/")
    return (address, parts.netloc.lower().removeprefix("www."), path) if path else None


def _subpage_heading(el: etree._Element, address: tuple[str, str, str] | None) -> bool:
    """A heading that is one link to a page below this one (a guide's section, a
    topic's subtopics, each with its summary): this page's own outline, not a teaser
    for another story."""
    if address is None or el.tag not in HEADINGS:
        return False
    links = list(el.iter("a"))
    if len(links) != 1 or not links[0].get("href"):
        return False
    page, host, path = address
    parts = urlsplit(urljoin(page, links[0].get("href", "").strip()))
    return parts.netloc.lower().removeprefix("www.") == host and parts.path.startswith(path + "/")


def _notes_item(el: etree._Element, line: str) -> bool:
    """A linked item of one line in a list whose other items are sentences of
    prose: notes citing their sources ("Name fixed <a>the startup hang</a>"),
    not a list of links, whose items are all links; or in a list the story
    announces (``_introduced``)."""
    if len(clean(text_of(el))) > len(line) + 2:
        return False
    parent = el.getparent()
    return _among_prose_items(el) or _in_sublist_of_notes(el) or (
        parent is not None and parent.tag in _LISTS and _introduced(parent))


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
    return len(text) >= PROSE_BLOCK and link_density(el, len(text)) < PROSE_MAX_LINKS


def _blank(el: etree._Element) -> bool:
    """Whether an element shows no text at all (nor a line break)."""
    return not any(t.strip() for t in el.itertext()) and el.find(".//br") is None


def _kind(el: etree._Element) -> str:
    if el.tag in HEADINGS:
        return "heading"
    if el.tag in ("li", "dd", "dt"):
        return "list-item"
    if el.tag == "blockquote" or next(el.iterancestors("blockquote"), None) is not None:
        return "quote"
    if el.tag == "pre":
        return "pre"
    return "paragraph"


def _link_list(el: etree._Element) -> bool:
    text = clean(text_of(el))
    if not text:
        return False
    if link_density(el, len(text)) <= LINK_LIST_SHARE or text.count(".") >= LINK_LIST_STOPS:
        return False
    items = [c for c in el if c.tag == "li"]
    if len(items) >= 2 and len(text.split()) >= NOTE_WORDS * len(items):
        return False  # items of a dozen words and more: notes that link their sources
    return not _introduced(el) and not _labelled_items(items)


#: the line before a list that announces it ("Our top picks for the job:") has this
#: many words at least ("Tags:" and "Follow us:" are the page's)
INTRO_WORDS = 3
#: words anywhere in a line announcing links to other pages ("If you liked this post
#: you might also like:", "More helpful articles by our team:")
_RELATED_INTRO = re.compile(
    r"\b(related|see also|read (more|next|also)|(might|may) (also )?(like|enjoy|be interest)"
    r"|interesting to you|(more|other|similar|further|our) ([\w'-]+ ){0,3}"
    r"(articles|posts|stories|guides|blogs|reads|reading))\b", re.I).search


def _introduced(el: etree._Element) -> bool:
    """A list announced by the story's line before it, which ends with a colon
    ("Top expert recommendations:", "These movers are worth a look too:"): the
    story's own list, however many of its items link to a shop or a source."""
    prev = el.getprevious()
    while prev is not None and isinstance(prev.tag, str) and _blank(prev):
        prev = prev.getprevious()
    if prev is None or prev.tag not in HEADINGS and prev.tag != "p":
        return False
    line = clean(text_of(prev))
    return (line.endswith(":") and len(line.split()) >= INTRO_WORDS
            and chrome_line(line) is None and end_marker(line) is None
            and _RELATED_INTRO(line) is None)


#: a short label before a colon opens an item of a list of facts ("Price: $15-$70")
_LABEL = re.compile(r"[^:.!?]{1,30}:\s*\S")


def _labelled_items(items: list[etree._Element]) -> bool:
    """A list of facts, most items a label and its value ("Processor: ...",
    "Buying options: <a>...</a>"): a product's or a step's details, not links."""
    if len(items) < 2:
        return False
    labelled = sum(1 for li in items if _LABEL.match(clean(text_of(li))))
    return 2 * labelled > len(items)
