"""Stage 3 of the general reader: the headline, looked for above the article's region.

The best headline-like line wins, favouring lines that name what the article's
lead is about (they share its words), lines near the body, just above the date
and byline (a wire credit or a source label counts as one), or repeated
elsewhere on the page (a breadcrumb, a "<headline> | Site" line, a copy with
other lines around it: not a menu printed twice), and
disfavouring buttons, link lists, names alone, the items of a table of contents
and the items under a "Related" or "Most read" heading.  On a page of questions
and answers the line over the question's age ("Asked 3 years ago") is the
headline, wherever the body starts.  Every weight is a field
of ``tuning.HeadlineTuning``.
"""

from __future__ import annotations

import re

from ..._vocab import ASKED_DAYS, ASKED_WORDS, MONTH
from .. import datelines, features, rules
from .chrome import LEARNED, RELATED_HEADINGS
from .lines import LINK_FIRST, LINK_LAST, UI_WORDS, Info
from .tuning import HeadlineTuning, Tuning

__all__ = ["NAMES_ONLY", "names_only", "dated_title", "find", "score"]

# a section tag after a link: "… [National]"
_LINK_TAG = re.compile(r"\s\[[A-Z][\w ]{1,20}\]$")
# "Kate Connolly in Berlin", "Scott Roxborough and Gregg Goldstein",
# "Tim Shufelt, Canwest News Service": names with nothing else.
_NAME = (
    r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)"
    r"(?:\s+(?:[A-Z][\w'’-]*\.?|[A-Z]\.|\([A-Z][\w.'’ -]{0,20}\)|de|van|von|da|di|le|la|al))"
    r"{1,2}"  # "Richard (R.J.) Eskow": initials or a nickname in brackets count as a name
)
NAMES_ONLY = re.compile(
    # a review's credits name people too: "Director: Ada Kerrigan", "Cast: Ada Kerrigan,
    # Sam Reed, Kit Lee"
    r"(?:(?:Director|Directed\s+by|Cast|Starring|Producer|Written\s+by|Writer|Music|Author|"
    r"Photographer|Photos?|Editor|Reporter|Correspondent)\s*:\s*)?"
    rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,5}}"
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:\s+(?:de|da|do|del|di|la|le|el)\s+[A-Z][\w'’-]*)?"  # "in Rio de Janeiro"
    # (a no-break space copied as "Â " when the page's bytes were read in the wrong code
    # page: "Ada Kerrigan ,Â  Harbour Wire")
    r"|\s*[,;][\sÂ]*[A-Z][\w'’ ;-]{2,60})?"
)
# A teaser of something else on the page: a video, a gallery, a quiz.
_MEDIA_LABEL = re.compile(
    r"(?i:(?:Video|Videos|Photos?|Pictures|Gallery|Slideshow|Watch|Listen|Audio|Podcast|"
    r"Interactive(?:\s+\w+)?|Poll|Quiz|Live)\s*[:|])"
)
# The first words of buttons and invitations, not of headlines.
_IMPERATIVE = re.compile(
    r"(?:Go|Click|Send|Get|Place|Post|Make|Sign|Subscribe|Follow|Share|Read|View|See|Watch|"
    r"Listen|Download|Buy|Order|Join|Find|Search|Visit|Add|Contact|Submit|Register|Print|E-?mail|"
    r"Tell|Vote|Rate|Leave|Write|Browse|Return|Back|Skip|Jump|Log|Bookmark|Save|Comment|"
    r"Connect|Become|Claim|Request|Shop|Manage|Enter)\b(?!:)"
)
_GLUED_CREDIT = re.compile(r"[^\s](?:Credit){1,2}[A-Z]")
# The question's age under a question on a page of questions and answers: "Asked 13
# years, 8 months ago", "Asked today" (words and a number, no sentence).
_ASKED = re.compile(
    rf"(?:{'|'.join(ASKED_WORDS)})\s+(?:hace\s+)?"
    rf"(?:(?:{MONTH}\s*)?\d[^.?!]{{0,40}}|{'|'.join(ASKED_DAYS)})"
)


def names_only(text: str) -> bool:
    """A line of names alone ("Kate Connolly in Berlin"): a byline without "By"."""
    return NAMES_ONLY.fullmatch(text) is not None


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
    places = _places(infos, t)
    echoes = _echo_lines(infos, t)
    lead = _lead_words(infos, start, t)
    contents = _contents(infos, start, len(infos) - 1 if end is None else end)
    words = _article_words(infos, start, len(infos) - 1 if end is None else end)
    listed = _listed(infos, start, t)
    named_page = _page_names(infos, start, t)
    slots = _name_slots(infos, start, t, thread)
    best, best_score = None, float("-inf")
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
        in_contents = _in_contents(infos, k, start, contents)
        if n >= t.sized_words and not in_contents:
            seen += 1
        # (a statement of program code is no headline: "window._ads = window._ads || [];";
        # brackets alone are not code: "Seattle (11-6) At Green Bay (13-3)")
        if (t.min_words <= n <= t.max_words or k in named_page) and not (
            text[-1] in ";{}" and features.code_like(text)
        ):
            above_meta = below < len(infos) and infos[below].meta or _heads_header(
                infos, k, start, t
            )
            below_meta = _previous_is_meta(infos, k)
            echoed = _echoed(info, echoes) or _copied_alone(infos, k, places)
            if far and not (above_meta or echoed):
                below = k
                k -= 1
                continue
            # (what the whole article shares is added here: ``score`` stops early only
            # when a line cannot beat the best with it)
            # (not a sentence's: a standfirst or a caption shares them as a part of it)
            named = 0.0 if text[-1] == "." else t.article_overlap_bonus * _share(info, words)
            named -= t.far_cost * far
            s = named + score(
                text, info, min(seen, t.header_seen if above_meta else t.search_lines),
                above_meta, below_meta, t,
                best_score - named, lead, echoed
            )
            if k in listed or _same_start(infos, k, t):
                s -= t.listed_cost
            if in_contents:
                s -= t.contents_cost
            if _in_menu(infos, k, t):
                s -= t.menu_cost
            if k == start - 1 and infos[start].i == info.last + 1 and infos[start].score > 0:
                s -= t.glued_cost  # printed on the paragraph with no blank line: its caption
            if text[0].isdigit() and info.date is not None and text.startswith(info.date.raw):
                s -= t.dated_cost  # "01/13/08 - League news": a dated item, not a headline
            if info.chrome == LEARNED:
                s -= t.learned_cost
            if k in named_page:
                s += t.page_name_bonus
            if s > best_score:
                best, best_score = k, s
        below = k
        k -= 1
    return best if best is None else _bare_copy(infos, best, t)


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


# a clock or a post's number: a post's stamp ("11-29-2024, 09:03 AM #1"), no title
_STAMPED = re.compile(r"\d[:.]\d\d|\d\s*[ap]\.?m\b|#\d", re.I)
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def dated_title(info: Info, t: HeadlineTuning) -> bool:
    """A date line that is a title holding a date ("Metasploit Wrap-Up 12/19/2025",
    "Editing PC Build, May 2024"): a plain date (no "Posted", "Updated" or activity
    label, no clock, no post number), with ``dated_title_words`` words or more around
    it, the first in capitals, not names alone; read as a name and its date ("Editing PC
    Build, May 2024"), the "name" needs one word more ("Ada Kerrigan July 5, 2024" is a
    byline's line)."""
    d = info.date
    text = info.text
    by = info.byline
    if (d is None and by is None) or (d is not None and (not d.short or d.kind != "date")):
        return False
    if (by and by[0] != "byline-name-date") or info.caption:
        return False
    if _STAMPED.search(text) or datelines.activity(text):
        return False
    if by:
        rest = by[1]
        need = t.dated_title_words + 1
    else:
        rest = " ".join(text.replace(d.raw, " ", 1).split()).strip(" ,|-–—·•()[]")
        need = t.dated_title_words if not names_only(rest) else 0
    words = _LETTERS.findall(rest)
    return 0 < t.dated_title_words and 0 < need <= len(words) and rest[:1].isupper()


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
            words.extend(w.lower() for w in info.tokens)
            if len(words) >= t.lead_words:
                break
    return frozenset(words)


def _overlap(info: Info, lead: frozenset[str], t: HeadlineTuning) -> float:
    """How much of the line the article's lead repeats: the share of its content words
    (not function words, not numbers) that the lead uses too, scaled down for a line of
    fewer than ``overlap_words`` of them (one shared word says little)."""
    content = _content_words(info)
    if not content:
        return 0.0
    shared = sum(w in lead for w in content)
    return shared / len(content) * min(len(content), t.overlap_words) / t.overlap_words


def _content_words(info: Info) -> list[str]:
    """The line's words that carry its meaning (not function words, not numbers), in
    lower case."""
    return [w for w in (tok.lower() for tok in info.tokens)
            if w not in features.STOP_WORDS and not w.isdigit()]


def _share(info: Info, words: frozenset[str]) -> float:
    """The share of the line's content words that ``words`` hold."""
    content = _content_words(info)
    return sum(w in words for w in content) / len(content) if content else 0.0


def _article_words(infos: list[Info], start: int, end: int) -> frozenset[str]:
    """Every word of the article's prose (lines ``start`` to ``end``), in lower case: a
    headline names what the whole story is about, not a part of it.  (Its subheadings
    are left out: each would name itself.)"""
    return frozenset(
        w.lower() for info in infos[start:end + 1] if info.chrome is None and info.score > 0
        for w in info.tokens
    )


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


def _listed(infos: list[Info], start: int, t: HeadlineTuning) -> set[int]:
    """The lines above ``start`` under a "Related" or "Most read" heading: other stories'
    headlines, up to the article's own header (its date or byline, and the two lines
    above them: its headline, and a name without "By")."""
    listed = set()
    in_list = False
    recent: list[int] = []  # the last non-chrome lines, for the header to take back
    for j in range(max(0, start - t.scan_lines - 1), start):
        info = infos[j]
        if info.chrome in RELATED_HEADINGS:
            in_list, recent = True, []
        elif info.chrome is None or info.chrome == LEARNED:
            if info.meta:
                in_list = False
                # back to the second headline-sized line: a button or a label ("Get more
                # news", "E-mail Article  Print-Friendly") between the headline and its
                # date does not count
                sized = 0
                for r in reversed(recent):
                    listed.discard(r)
                    if len(infos[r].tokens) >= t.sized_words and not UI_WORDS.search(
                        infos[r].text
                    ):
                        sized += 1
                        if sized >= t.header_above_meta:
                            break
                recent = []
            elif in_list:
                listed.add(j)
            recent.append(j)
    return listed


def _heads_header(infos: list[Info], k: int, start: int, t: HeadlineTuning) -> bool:
    """Line ``k`` stands over a standfirst and then the date line or byline (above the
    body's first line ``start``)."""
    worded = labels = 0
    for j in range(k + 1, min(start, k + 1 + t.header_gap_lines)):
        info = infos[j]
        if info.chrome is not None and info.chrome != LEARNED:
            continue
        if info.meta:
            if worded == 1:
                return True
            # labels alone between ("Tech Insider"): a menu's items stand so too over a
            # line that merely looks like metadata ("Letters to the Editor"), not over a
            # date line or a byline
            return labels <= t.header_labels and (info.dated or info.byline is not None)
        n = len(info.tokens)
        if n <= t.header_label_words:
            # (a line of three words may be the headline itself: "Kerry endorses Obama")
            labels += 1 if n < t.header_label_words else t.header_labels + 1
        if n > t.header_label_words:
            # a standfirst reads as a sentence; a line that does not (a headline, a
            # menu) makes line k a kicker, or a menu's last item
            worded += 1
            if worded > 1 or n < t.standfirst_words or not features.sentence_end(info.text):
                return False
    return False


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


def _page_names(infos: list[Info], start: int, t: HeadlineTuning) -> set[int]:
    """The lines above ``start`` that name the page as its menu does: a label of at
    most ``page_name_words`` words that a line further up prints already (the
    menu's item for this page: "Dental Care", "Industry News"), over a line of words
    (a description, a teaser, the page's first paragraph) rather than over the next
    label of a menu."""
    first: dict[str, int] = {}
    names: set[int] = set()
    low = max(0, start - t.far_lines)
    for k in range(start):
        info = infos[k]
        if info.chrome is not None:
            continue
        # (a name has no end mark: "Premium Article !" is a notice; and stands under the
        # menu, not under a date line: a section of the story below it)
        if k >= low and 1 <= len(info.tokens) <= t.page_name_words and first.get(
            info.text, k
        ) < k - 1 and info.text[-1] not in "!?.:" and not _previous_is_meta(infos, k):
            if _over_description(infos, k, t):
                names.add(k)
        first.setdefault(info.text, k)
    return names


def _over_description(infos: list[Info], k: int, t: HeadlineTuning) -> bool:
    """Line ``k`` stands over a sentence or a paragraph (a page's description, its
    first paragraph, a teaser's), with no date line or byline right under: not over a
    menu's next label, nor a story's kicker over its headline and header."""
    below = [j for j in range(k + 1, min(len(infos), k + 1 + t.header_gap_lines))
             if infos[j].chrome is None][:t.page_name_below]
    if not below or any(infos[j].meta for j in below):
        return False
    first = infos[below[0]]
    return len(first.tokens) > t.usual_max_words or (
        len(first.tokens) >= t.sized_words and features.sentence_end(first.text)
    )


def _name_slots(infos: list[Info], start: int, t: HeadlineTuning, thread: bool) -> set[int]:
    """The lines above ``start`` that stand between a headline and its date line as the
    writer's name without "By" ("Dylan Bailey, MS, RD", "Harbour Dental Care", printed
    twice at most): a line of capitalised words, over the date line, under a longer line
    of words that is not one (the headline), and not printed in it (a breadcrumb over
    its headline).  Over a thread's first stamp the line is the forum's category
    ("Hardware Hub Laptops & Netbooks", up to ``category_words`` words), under a thread's
    title of any length."""
    slots: set[int] = set()
    if not t.name_slot_words:
        return slots
    words = t.category_words if thread else t.name_slot_words
    for k in range(max(1, start - t.far_lines), start):
        info = infos[k]
        if info.chrome is not None or info.meta or not _name_like(info, words):
            continue
        j = _next_line(infos, k, 1)
        if j is not None and j < start and infos[j].text == info.text:
            j = _next_line(infos, j, 1)  # the name printed twice
        if j is None or j >= start or not infos[j].meta:
            continue
        a = _next_line(infos, k, -1)
        while a is not None and infos[a].text == info.text:
            a = _next_line(infos, a, -1)
        if a is None or infos[a].meta and not dated_title(infos[a], t):
            continue
        above = infos[a]
        n = len(above.tokens)
        sized = t.min_words <= n if thread else t.sized_words <= n and n > len(info.tokens)
        if sized and n <= t.max_words and not _name_like(above, words) and (
            info.text not in above.text
        ) and not (features.separators(above.text) or "\t" in above.text):
            slots.add(k)
    return slots


def _next_line(infos: list[Info], k: int, step: int) -> int | None:
    """The next line from ``k`` in direction ``step`` that is not chrome (a line the
    batch repeats counts)."""
    j = k + step
    while 0 <= j < len(infos) and infos[j].chrome is not None and infos[j].chrome != LEARNED:
        j += step
    return j if 0 <= j < len(infos) else None


def _in_menu(infos: list[Info], k: int, t: HeadlineTuning) -> bool:
    """Line ``k`` stands between two labels (lines of at most ``menu_label_words``
    words and no end mark, neither a date line nor a byline): a menu's item, where a
    headline stands alone or at a menu's end, over its date line or its story."""
    for step in (-1, 1):
        j = _next_line(infos, k, step)
        if j is None:
            return False
        info = infos[j]
        if info.meta or len(info.tokens) > t.menu_label_words or info.text[-1] in "!?.:":
            return False
    return True


def _name_like(info: Info, words: int) -> bool:
    """A line of names ("Kate Connolly in Berlin"), or of ``words`` capitalised words
    at most and nothing else: a name (a person's, a firm's, a forum's)."""
    text = info.text
    if names_only(text):
        return True
    # (each word as printed: "Saul’s" is one, "&" and "/" join them)
    return 2 <= len(info.tokens) <= words and text[-1] not in "!?.:" and all(
        w[0].isupper() or not w[0].isalpha() for w in text.split()
    ) and not any(c.isdigit() for c in text)


def _same_start(infos: list[Info], k: int, t: HeadlineTuning) -> bool:
    """Line ``k`` begins as a line next to it does: a menu's items ("Share on Facebook",
    "Share on Twitter")."""
    words = t.same_start_words
    head = infos[k].tokens[:words]
    if len(head) < words:
        return False
    # (a copy of the line is not another item: a headline can be printed twice; nor
    # is a paragraph, which may begin with the headline's words)
    return any(
        0 <= j < len(infos) and infos[j].tokens[:words] == head
        and infos[j].text != infos[k].text and infos[j].score <= 0
        for j in (k - 1, k + 1)
    )


def _previous_is_meta(infos: list[Info], k: int) -> bool:
    # (here and in ``_heads_header`` a line the batch repeats counts as it would without
    # the batch: a repeated menu between a candidate and a date line keeps them apart)
    j = k - 1
    while j >= 0 and infos[j].chrome is not None and infos[j].chrome != LEARNED:
        j -= 1
    return j >= 0 and infos[j].meta


def score(
    text: str, info: Info, distance: int, above_meta: bool, below_meta: bool,
    t: HeadlineTuning, beat: float = float("-inf"),
    lead: frozenset[str] = frozenset(), echoed: bool = False,
) -> float:
    """How much ``text`` looks like the headline; at most ``beat`` when it cannot beat it.

    ``lead``: the words of the article's first paragraphs (see ``_lead_words``);
    ``echoed``: the page prints ``text`` again: with more around it (``_echoed``), or
    alone with other lines around it (``_copied_alone``)."""
    n = len(info.tokens)
    s = -t.distance_cost * distance
    shared = _overlap(info, lead, t) if lead else 0.0
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
    if text[-1] == ".":
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
    if _IMPERATIVE.match(text):  # "Go to Google News", "Send us your tips!"
        s -= t.imperative_cost
    if _MEDIA_LABEL.match(text):  # "Video: See the storm", "Interactive guide: …"
        s -= t.media_cost
    kind = rules.not_headline(text)
    if kind == "web-address":  # an address has no words to be a headline of
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
