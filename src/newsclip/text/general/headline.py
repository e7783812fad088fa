"""Stage 3 of the general reader: the headline, looked for above the article's region.

The best headline-like line wins, favouring lines that name what the article's
lead is about (they share its words), lines near the body, just above the date
and byline (a wire credit, a source label, a byline's label alone, "By" over the
name, or the name alone over the date line counts as one), or repeated
elsewhere on the page (a breadcrumb, a "<headline> | Site" line, a copy with
other lines around it: not a menu printed twice), and
disfavouring buttons, link lists, names alone, the items of a table of contents
and the items under a "Related" or "Most read" heading, and a line under the date
line or byline when a line of a headline's shape stands over them (a second title,
the story's tags under its header).  A headline the text prints as its first line
(a question, a long title, read as prose by a little) is a candidate too.  On a page of questions
and answers the line over the question's age ("Asked 3 years ago") is the
headline, wherever the body starts.  Every weight is a field
of ``tuning.HeadlineTuning``.
"""

from __future__ import annotations

import re
from itertools import chain

from ..._vocab import ASKED_DAYS, ASKED_WORDS, CONTENTS_HEADINGS, MONTH, SUMMARY_HEADINGS
from .. import bylines, features, rules
from ..title import PERMALINK_MARK
from . import header, undated
from .chrome import LEARNED
from .header import NAMES_ONLY, dated_title, names_only
from .lines import LINK_FIRST, LINK_LAST, UI_WORDS, Info
from .thread import first_post
from .tuning import HeadlineTuning, Tuning

__all__ = [
    "NAMES_ONLY", "dated_title", "find", "full_stop", "headline_shaped", "names_only", "score",
]

# a section tag after a link: "… [National]"
_LINK_TAG = re.compile(r"\s\[[A-Z][\w ]{1,20}\]$")
# A teaser of something else on the page: a video, a gallery, a quiz.
_MEDIA_LABEL = re.compile(
    r"(?i:(?:Video|Videos|Photos?|Pictures|Gallery|Slideshow|Watch|Listen|Audio|Podcast|"
    r"Interactive(?:\s+\w+)?|Poll|Quiz|Live)\s*[:|])"
)
# the rules of ``rules.HEADLINE_RULES`` whose lines never are a headline, however they
# score: an address has no words to be one of, a sentence with a link to more after it
# is a notice's or a teaser's ("… written by humans, not robots. Learn More")
_NEVER_HEADLINES = frozenset({"web-address", "more-link"})
_GLUED_CREDIT = re.compile(r"[^\s](?:Credit){1,2}[A-Z]")
# The question's age under a question on a page of questions and answers: "Asked 13
# years, 8 months ago", "Asked today" (words and a number, no sentence).
_ASKED = re.compile(
    rf"(?:{'|'.join(ASKED_WORDS)})\s+(?:hace\s+)?"
    rf"(?:(?:{MONTH}\s*)?\d[^.?!]{{0,40}}|{'|'.join(ASKED_DAYS)})"
)


def find(
    infos: list[Info], start: int, tuning: Tuning, end: int | None = None, thread: bool = False
) -> int | None:
    """Index into ``infos`` of the headline, looked for above the body's first line ``start``
    (the article running to line ``end``, its last line when not given; ``thread``: the
    text is a forum's thread, its posts under their stamps)."""
    t = tuning.headline
    asked = _question(infos, start, t)
    if asked is not None:
        return asked
    top = _thread_top(infos, t)
    if top is not None:
        return top
    marked = _first_marked(infos, start, t)
    if marked is not None:
        return marked
    named = undated.find(infos, start, len(infos) - 1 if end is None else end, t)
    if named is not None:
        return named
    best, best_score = _best(infos, start, end, t, thread)
    head = _page_head(infos, start, t)
    if head is not None:
        # (the page's head, read as if its first paragraph began the article: its
        # headline wins by ``page_head_margin``)
        other, other_score = _best(infos, head, start - 1, t, thread)
        if other is not None and other_score > best_score + t.page_head_margin:
            best, best_score = other, other_score
    if best is None or best_score < t.top_region_score:
        # (no line above the region reads as a headline: a shop's notice, a skip link)
        over = _over_first_paragraph(infos, start, end, t, thread)
        if over is not None:
            best = over
    return best if best is None else _bare_copy(infos, best, t)


def _over_first_paragraph(
    infos: list[Info], start: int, end: int | None, t: HeadlineTuning, thread: bool
) -> int | None:
    """Where no line above the region's first line ``start`` reads as a headline (none
    is a candidate, or the best scores under ``top_region_score``: a region that begins
    at the page's top or under its menus, the page's heading in it: a page of records
    listed from its menu on): the best headline above the region's first paragraph (a
    line scoring ``page_head_score``, ``header_gap_lines`` … ``top_region_lines`` lines
    in: under the page's menus, not under a list of records), when it scores
    ``top_region_score`` (no menu's item) and is no sentence (the page's blurb); else
    None.  (A paragraph nearer the top begins a story the dump prints from its first
    line.)"""
    for p in range(start, min(len(infos), start + t.top_region_lines)):
        if infos[p].chrome is None and infos[p].score >= t.page_head_score:
            if p - start < t.header_gap_lines:
                return None
            best, score = _best(infos, p, end, t, thread)
            if best is None or score < t.top_region_score or full_stop(infos[best].text):
                return None
            return best
    return None


# the permalink mark a documentation generator prints after each heading ("Install Go¶"),
# or the glyph of an icon font in its place (a character of the private use area)
_HEADING_MARKS = PERMALINK_MARK + "\uf0c1"


def _first_marked(infos: list[Info], start: int, t: HeadlineTuning) -> int | None:
    """On a page whose headings carry a permalink mark (``marked_headings`` of them at
    least: a documentation generator's), the first such heading, when it stands above the
    body's first line ``start`` or at most ``marked_slack_lines`` lines under it (a region
    may begin over it, at a note or a version's line): the page's own heading, over its
    sections'.  Elsewhere the page's heading has no mark ("Tutorial: Get started" over
    "Prerequisites¶")."""
    if not t.marked_headings:
        return None
    first, n = None, 0
    for k, info in enumerate(infos):
        if info.text[-1] in _HEADING_MARKS and 1 <= len(info.tokens) <= t.max_words:
            n += 1
            if first is None:
                first = k
            if n >= t.marked_headings:
                break
    if first is None or n < t.marked_headings or first > start + t.marked_slack_lines:
        return None
    return first


# an abbreviation in capitals, each letter with its dot ("U.S.", "N.Y.C.")
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


def full_stop(text: str) -> bool:
    """The line ends with a full stop, as a sentence does (a standfirst, a caption), not
    with an abbreviation's dot, as a headline may ("… Underneath N.Y.C.")."""
    return text[-1] == "." and _ABBREVIATION_END.search(text) is None


def _page_head(infos: list[Info], start: int, t: HeadlineTuning) -> int | None:
    """The page's first paragraph (a line of prose scoring ``page_head_score``), when it
    stands more than ``page_head_gap`` lines over a region with no date line or byline
    in the ``header_gap_lines`` over it: the region may be a product's details, a shop's
    or a service's promotion, an FAQ, and the page's name stands over that paragraph
    ("CBD Gummies" over what the shop says of them), where a page prints its headline."""
    if header.under_header(infos, start, t):
        return None  # (the region's own header vouches for it: a story's date or byline)
    for p in range(max(0, start - t.page_head_gap)):
        if infos[p].chrome is None and infos[p].score >= t.page_head_score:
            return p
    return None


def _best(
    infos: list[Info], start: int, end: int | None, t: HeadlineTuning, thread: bool
) -> tuple[int | None, float]:
    """The best headline above line ``start`` (see ``find``) and its score."""
    region_start = start
    if not thread:  # (a thread's first post opens with its subject, no headline)
        start = _search_start(infos, start, t)
    places = _places(infos, t)
    echoes = _echo_lines(infos, t)
    lead = _lead_words(infos, start, t)
    contents = _contents(infos, start, len(infos) - 1 if end is None else end)
    listed_contents = _under_contents_heading(infos, start, contents, t)
    words = _article_words(infos, start, len(infos) - 1 if end is None else end)
    listed = header.listed(infos, start, t)
    named_page = header.page_names(infos, start, t)
    slots = header.name_slots(infos, start, t, thread)
    best, best_score = None, float("-inf")
    # (after ``score`` a page's name gains, every other test costs, when no cost is
    # set below zero)
    costs_only = min(
        t.listed_cost, t.contents_cost, t.menu_cost, t.glued_cost, t.dated_cost,
        t.learned_cost, t.deck_cost, t.head_cost, t.under_header_cost,
    ) >= 0
    seen = 0  # (headline-sized lines passed, not counting a table of contents' items)
    k = start - 1
    below = start  # the next candidate or metadata line under line k
    # (past ``search_lines`` candidates or ``scan_lines`` lines, up to ``far_lines``, only
    # a line over a date line or byline, or printed again, is a candidate: a page's
    # header over a long table of contents, a gallery, a form)
    while k >= 0 and start - k <= t.far_lines:
        far = seen >= t.search_lines or start - k > t.scan_lines
        info = infos[k]
        text = info.text
        # (a line the batch repeats may still be the headline: a story several files
        # carry, or one other pages list; it pays ``learned_cost``)
        if info.chrome is not None and info.chrome != LEARNED:
            k -= 1
            continue
        n = len(info.tokens)
        if (info.meta and not dated_title(info, t)) or k in slots:
            k -= 1
            below = k + 1
            continue
        in_contents = k in listed_contents or _in_contents(infos, k, start, contents)
        if n >= t.sized_words and not in_contents:
            seen += 1
        # (a statement of program code is no headline: "window._ads = window._ads || [];";
        # brackets alone are not code: "Seattle (11-6) At Green Bay (13-3)")
        if (t.min_words <= n <= t.max_words or k in named_page) and not (
            text[-1] in ";{}" and features.code_like(text)
        ):
            above_meta = below < len(infos) and (
                infos[below].meta or bylines.label_alone(infos[below].text) or below in slots
            ) or header.heads_header(infos, k, start, t)
            echoed = _echoed(info, echoes) or _copied_alone(infos, k, places)
            if far and not (above_meta or echoed):
                below = k
                k -= 1
                continue
            below_meta = header.previous_is_meta(infos, k)
            # (what the whole article shares is added here: ``score`` stops early only
            # when a line cannot beat the best with it)
            # (not a sentence's: a standfirst or a caption shares them as a part of it)
            stop = full_stop(text)
            content = header.content_words(info) if not stop or lead else None
            named = 0.0 if stop else t.article_overlap_bonus * header.share(info, words, content)
            named -= t.far_cost * far
            s = named + score(
                text, info, min(seen, t.header_seen if above_meta else t.search_lines),
                above_meta, below_meta, t,
                best_score - named, lead, echoed, content
            )
            if costs_only and s + (t.page_name_bonus if k in named_page else 0.0) <= best_score:
                below = k  # (the tests below only take points away: this line cannot win)
                k -= 1
                continue
            if k in listed or header.same_start(infos, k, t):
                s -= t.listed_cost
            if in_contents:
                s -= t.contents_cost
            if header.in_menu(infos, k, t):
                s -= t.menu_cost
            if k == start - 1 and infos[start].i == info.last + 1 and infos[start].score > 0:
                s -= t.glued_cost  # printed on the paragraph with no blank line: its caption
            if text[0].isdigit() and info.date is not None and text.startswith(info.date.raw):
                s -= t.dated_cost  # "01/13/08 - League news": a dated item, not a headline
            if info.chrome == LEARNED:
                s -= t.learned_cost
            if k in named_page:
                s += t.page_name_bonus
            if header.deck(infos, k, start, words, t):
                s -= t.deck_cost
            if k >= region_start:
                s -= t.head_cost  # a subheading stands there too: it wins only over chrome
            s -= _under_headline_cost(infos, k, t) if below_meta and not above_meta else 0.0
            if s > best_score:
                best, best_score = k, s
        below = k
        k -= 1
    return best, best_score


def _under_headline_cost(infos: list[Info], k: int, t: HeadlineTuning) -> float:
    """What line ``k``, under a date line or byline, pays (``under_header_cost``) when a
    line of a headline's shape (``headline_shaped``) stands over that header: the
    header's headline is that line, and line k is a second title, a standfirst or the
    story's tags printed under it."""
    j = k - 1
    while j >= 0 and (infos[j].meta or infos[j].chrome is not None and infos[j].chrome != LEARNED):
        j -= 1
    return t.under_header_cost if j >= 0 and headline_shaped(infos[j], t) else 0.0


def headline_shaped(info: Info, t: HeadlineTuning) -> bool:
    """A line of a headline's shape: ``sized_words`` … ``max_words`` words, no sentence,
    no menu's separators, button's words or imperative, no prompt or notice, no names
    alone."""
    text = info.text
    return (
        info.chrome is None and not info.meta
        and t.sized_words <= len(info.tokens) <= t.max_words and not full_stop(text)
        and not features.separators(text) and "\t" not in text
        and UI_WORDS.search(text) is None and header.IMPERATIVE.match(text) is None
        and rules.not_headline(text) is None and not names_only(text)
    )


def _search_start(infos: list[Info], start: int, t: HeadlineTuning) -> int:
    """The line the headline is looked for above, for a region beginning at line
    ``start``: under the text's first line when that is its headline (``_opens_text``;
    under its date line or not), else the region's first line of prose
    (``_first_prose``)."""
    opening = start + 1 if infos[start].meta else start
    if _opens_text(infos, opening, t):
        return opening + 1
    return _first_prose(infos, start, t)


def _first_prose(infos: list[Info], start: int, t: HeadlineTuning) -> int:
    """The region's first line of prose when fewer than ``head_lines`` lines that are
    none stand over it at the region's top (a region that begins at its headline, or
    at a breadcrumb over it: "GPS Running Watches" over the page's first paragraph),
    else ``start``: the headline is looked for above that line."""
    for p in range(start, min(len(infos), start + t.head_lines)):
        if infos[p].score > 0 and infos[p].chrome is None:
            return p
    return start


def _opens_text(infos: list[Info], p: int, t: HeadlineTuning) -> bool:
    """Line ``p``, the text's first line of prose, is its headline printed as its first
    line: a line of a headline's size (``sized_words`` … ``usual_max_words`` words, no
    full stop) scoring less than ``opening_score`` (a line of prose by a little: a
    question, a long title), over a paragraph that outscores it (the story's first),
    under nothing but chrome or a date line or byline (under a short line it is that
    headline's standfirst: "Mirror, Mirror" over "Biting and witty fairytale satire …")."""
    if not t.opening_score or p + 1 >= len(infos):
        return False
    info, below = infos[p], infos[p + 1]
    if p and not infos[p - 1].meta and infos[p - 1].chrome is None:
        return False
    return (
        t.sized_words <= len(info.tokens) <= t.usual_max_words
        and 0 < info.score < t.opening_score and not full_stop(info.text)
        and info.text[-1] not in ",;:" and below.chrome is None
        and below.score >= t.opening_score and len(below.tokens) > len(info.tokens)
        and _overlap(info, _lead_words(infos, p + 1, t), t) >= t.opening_overlap
    )


_TAIL_LABEL = re.compile(r"\s[-–—|]\s")  # a label after a name: "<name> - New"


def _bare_copy(infos: list[Info], k: int, t: HeadlineTuning) -> int:
    """Headline ``k``'s head printed alone up to ``bare_lines`` lines above it ("Pro Kit"
    over "Pro Kit - New": a product's name over it with its condition, or a site's), or k."""
    text = infos[k].text
    heads = {text[: m.start()].rstrip() for m in _TAIL_LABEL.finditer(text)}
    for j in range(k - 1, max(-1, k - 1 - t.bare_lines), -1):
        info = infos[j]
        if info.text in heads and len(info.tokens) >= t.min_words and not info.meta:
            return j
    return k


def _places(infos: list[Info], t: HeadlineTuning) -> dict[str, list[int]]:
    """Where each line of headline size stands (its index in ``infos``)."""
    places: dict[str, list[int]] = {}
    for k, info in enumerate(infos):
        if t.min_words <= len(info.tokens) <= t.max_words:
            places.setdefault(info.text, []).append(k)
    return places


def _copied_alone(infos: list[Info], k: int, places: dict[str, list[int]]) -> bool:
    """Line ``k`` stands again elsewhere with other lines around it: a headline printed
    twice (over its story, in a teaser), not a menu's item whose menu is printed twice
    (the copy's neighbours are the item's neighbours too)."""
    text = infos[k].text
    for p in places.get(text, ()):
        if p != k and not any(
            0 <= p + step < len(infos) and 0 <= k + step < len(infos)
            and infos[p + step].text == infos[k + step].text
            for step in (-1, 1)
        ):
            return True
    return False


def _echo_lines(
    infos: list[Info], t: HeadlineTuning
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The lines that may print a headline again with more around it: a breadcrumb, a
    "<headline> | Site" line (also where no mark splits them: "HomeCybersecurity Best
    Practices", "Home  Guides  <headline>"), by their
    first word and by their last (a headline begins or ends them)."""
    by_first: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}
    for info in infos:
        if t.min_words <= len(info.tokens) <= t.repeat_max_words:
            for index, word in ((by_first, info.tokens[0]), (by_last, info.tokens[-1])):
                found = index.setdefault(word, [])
                if len(found) < t.echo_lines:  # (a list's lines, beyond: the work is capped)
                    found.append(info.text)
    return by_first, by_last


def _echoed(info: Info, echoes: tuple[dict[str, list[str]], dict[str, list[str]]]) -> bool:
    """The line ends another line, or begins one before a mark or a space: the page
    prints it again, as the last step of a breadcrumb or the first part of a page's
    title."""
    text, n = info.text, len(info.text)
    by_first, by_last = echoes
    return any(len(e) > n and e.endswith(text) for e in by_last.get(info.tokens[-1], ())) or any(
        len(e) > n and e.startswith(text) and not e[n].isalnum()
        for e in by_first.get(info.tokens[0], ())
    )


def _lead_words(infos: list[Info], start: int, t: HeadlineTuning) -> frozenset[str]:
    """The words of the article's first ``lead_words`` words (its first paragraphs), in
    lower case: a headline names what its story is about."""
    words: list[str] = []
    for info in infos[start:]:
        if info.chrome is None:
            words.extend(map(str.lower, info.tokens))
            if len(words) >= t.lead_words:
                break
    return frozenset(words)


def _overlap(
    info: Info, lead: frozenset[str], t: HeadlineTuning, content: list[str] | None = None
) -> float:
    """How much of the line the article's lead repeats: the share of its content words
    (not function words, not numbers; ``content``, when read already) that the lead uses
    too, scaled down for a line of fewer than ``overlap_words`` of them (one shared word
    says little)."""
    if content is None:
        content = header.content_words(info)
    if not content:
        return 0.0
    shared = sum(w in lead for w in content)
    return shared / len(content) * min(len(content), t.overlap_words) / t.overlap_words


def _article_words(infos: list[Info], start: int, end: int) -> frozenset[str]:
    """Every word of the article's prose (lines ``start`` to ``end``), in lower case: a
    headline names what the whole story is about, not a part of it.  (Its subheadings
    are left out: each would name itself.)"""
    return frozenset(chain.from_iterable(
        map(str.lower, info.tokens) for info in infos[start:end + 1]
        if info.chrome is None and info.score > 0
    ))


def _contents(infos: list[Info], start: int, end: int) -> frozenset[str]:
    """The texts of the article's lines: its subheadings, which a table of contents
    above it lists again."""
    return frozenset(info.text for info in infos[start:end + 1] if info.chrome is None)


def _in_contents(infos: list[Info], k: int, start: int, contents: frozenset[str]) -> bool:
    """Line ``k`` is an item of a table of contents: the article prints it again
    below, and the line next to it too (a headline the article repeats once stands
    alone)."""
    text = infos[k].text
    if text not in contents:
        return False
    for step in (-1, 1):
        j = k + step
        while 0 <= j < start and infos[j].chrome is not None:
            j += step
        if 0 <= j < start and infos[j].text in contents and infos[j].text != text:
            return True
    return False


def _under_contents_heading(
    infos: list[Info], start: int, contents: frozenset[str], t: HeadlineTuning
) -> set[int]:
    """The lines between the last heading of a table of contents ("Table of contents",
    "In this article", ``CONTENTS_HEADINGS``) above the body's first line ``start`` and
    that line that the article prints again: the items of the table, each the name of
    one of the text's sections; or, under a summary's heading ("Story highlights",
    ``SUMMARY_HEADINGS``) at most ``summary_lines`` lines over the text, every line: the
    summary's points.  (A table over the header, a date line or a byline between it and
    the text, is the page's or another story's.)"""
    for h in range(start - 1, max(-1, start - 1 - t.far_lines), -1):
        info = infos[h]
        if info.meta and info.chrome is None:
            break
        heading = info.text.rstrip(":").casefold()
        if heading in CONTENTS_HEADINGS:
            printed = {k for k in range(h + 1, start) if infos[k].text in contents}
            # (most of its items printed again: the rest are items too, the text
            # naming those sections otherwise)
            if 2 * len(printed) > start - h - 1:
                return set(range(h + 1, start))
            return printed
        if heading in SUMMARY_HEADINGS and start - h <= t.summary_lines:
            return set(range(h + 1, start))
    return set()


def _thread_top(infos: list[Info], t: HeadlineTuning) -> int | None:
    """A thread printed with no menu over it (its forum's name, the thread's title, its
    category and tags, the first post's stamp within ``thread_top_lines`` lines of the
    page's top): its title, the second line, whatever it holds (a date, a version:
    "Project Discovery July 2024", "2024.4.4 -> 2024.5.0 issue" read as date lines)."""
    for f in range(2, min(len(infos), t.thread_top_lines + 1)):
        if first_post(infos[f]):
            title = infos[1]
            if all(info.chrome is None for info in infos[:f]) and (
                len(title.tokens) >= t.min_words and not first_post(title)
            ):
                return 1
            return None
    return None


def _question(infos: list[Info], start: int, t: HeadlineTuning) -> int | None:
    """On a page of questions and answers, the question: the line over the question's
    age ("Asked 13 years, 8 months ago"), a button or two between ("Ask Question").
    The date stage does not read that age (a relative date), and the region often
    starts at the answers, far below: the question's own text is above it."""
    for j in range(start):
        if infos[j].chrome is None and _ASKED.fullmatch(infos[j].text):
            for k in range(j - 1, max(-1, j - 1 - t.question_gap_lines), -1):
                n = len(infos[k].tokens)
                if infos[k].chrome is None and t.min_words <= n <= t.max_words and (
                    n > t.header_label_words
                ):
                    return k
            return None
    return None


def score(
    text: str, info: Info, distance: int, above_meta: bool, below_meta: bool,
    t: HeadlineTuning, beat: float = float("-inf"),
    lead: frozenset[str] = frozenset(), echoed: bool = False,
    content: list[str] | None = None,
) -> float:
    """How much ``text`` looks like the headline; at most ``beat`` when it cannot beat it.

    ``lead``: the words of the article's first paragraphs (see ``_lead_words``);
    ``echoed``: the page prints ``text`` again: with more around it (``_echoed``), or
    alone with other lines around it (``_copied_alone``); ``content``: the line's
    content words, when read already (``header.content_words``)."""
    n = len(info.tokens)
    s = -t.distance_cost * distance
    shared = _overlap(info, lead, t, content) if lead else 0.0
    s += t.overlap_bonus * shared
    if above_meta:
        s += t.above_header_bonus
    elif below_meta:
        s += t.below_header_bonus
    if t.sized_words <= n <= t.usual_max_words:
        s += t.usual_bonus
    elif n < t.sized_words:
        s -= t.short_cost
    if n > t.long_words:  # a caption or a standfirst, more often than a headline
        s -= t.long_cost * (n - t.long_words)
    if full_stop(text):
        s -= t.full_stop_cost
    if text[0].islower():
        s -= t.lower_case_cost
    if text.isupper():
        s -= t.capitals_cost
    if echoed and text[-1] != ".":
        # (a sentence repeated is a photo's caption and its alt text)
        s += t.repeated_bonus
    if s <= beat:
        return s  # the tests below only take points away: this line cannot win
    if header.IMPERATIVE.match(text):  # "Go to Google News", "Send us your tips!"
        s -= t.imperative_cost
    if _MEDIA_LABEL.match(text):  # "Video: See the storm", "Interactive guide: …"
        s -= t.media_cost
    kind = rules.not_headline(text)
    if kind in _NEVER_HEADLINES:
        return float("-inf")
    if kind is not None:  # a prompt, a notice, a row of share buttons
        s -= t.not_headline_cost
    # "• review Cloverfield", "Next Article »", "… [National]"
    if text[0] in LINK_FIRST or text[-1] in LINK_LAST or (
        text[-1] == "]" and _LINK_TAG.search(text)
    ):
        s -= t.link_cost
    if "Credit" in text and _GLUED_CREDIT.search(text):
        # "… in 2023.CreditCreditAda Kerrigan/EPA": a photo's caption with its credit
        # glued on (kept in the text: a caption inside the article is often a figure's)
        s -= t.glued_credit_cost
    if names_only(text):  # "Kate Connolly in Berlin": a byline without "By"
        # (capitalised words the lead repeats are its subject: "Healthy Eating Plate")
        s -= t.names_only_cost
    if features.separators(text) or "\t" in text:
        s -= t.separator_cost
    s -= t.ui_cost * min(len(UI_WORDS.findall(text)), t.ui_max)
    return s


