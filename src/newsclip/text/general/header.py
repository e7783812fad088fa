"""The lines around a text dump's headline (for ``headline.py``): its header (the
date line or byline under it, a standfirst between), the menus, lists and names that
stand near it and are no headline (a menu's items, other stories under a "Related"
heading, the writer's name without "By", a forum's category), and the page's own name
as its menu prints it.  Not the choice of the headline itself: that is ``headline.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import bylines, datelines, features
from .chrome import LEARNED, RELATED_HEADINGS
from .lines import UI_WORDS, Info
from .tuning import HeadlineTuning

__all__ = [
    "tagged_headline",
    "IMPERATIVE",
    "button_row",
    "NAMES_ONLY",
    "content_words",
    "dated_title",
    "deck",
    "heads_header",
    "in_menu",
    "listed",
    "name_slots",
    "names_only",
    "next_line",
    "page_names",
    "previous_is_meta",
    "same_start",
    "share",
    "under_header",
]

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


@lru_cache(maxsize=4096)
def names_only(text: str) -> bool:
    """A line of names alone ("Kate Connolly in Berlin"): a byline without "By"."""
    # (remembered: the headline's stage asks of the same lines several times)
    return NAMES_ONLY.fullmatch(text) is not None


# The first words of buttons and invitations, not of headlines.
IMPERATIVE = re.compile(
    r"(?:Go|Click|Send|Get|Place|Post|Make|Sign|Subscribe|Follow|Share|Read|View|See|Watch|"
    r"Listen|Download|Buy|Order|Join|Find|Search|Visit|Add|Contact|Submit|Register|Print|E-?mail|"
    r"Tell|Vote|Rate|Leave|Write|Browse|Return|Back|Skip|Jump|Log|Bookmark|Save|Comment|"
    r"Connect|Become|Claim|Request|Shop|Manage|Enter)\b(?!:)"
)
# a clock or a post's number: a post's stamp ("11-29-2024, 09:03 AM #1"), no title
_STAMPED = re.compile(r"\d[:.]\d\d|\d\s*[ap]\.?m\b|#\d", re.IGNORECASE)
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


def listed(infos: list[Info], start: int, t: HeadlineTuning) -> set[int]:
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


def heads_header(infos: list[Info], k: int, start: int, t: HeadlineTuning) -> bool:
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
            if worded > 1 or n < t.standfirst_words or not (
                features.sentence_end(info.text) or _unmarked_standfirst(infos[k].text, info, t)
            ):
                return False
    return False


def _unmarked_standfirst(text: str, info: Info, t: HeadlineTuning) -> bool:
    """``info`` is a standfirst with no end mark under the line ``text``: in sentence case,
    under a line that is no button or menu (under those a line of words may stand so
    too: "Search the site" over a search form's prompt)."""
    return _sentence_case(info, t) and not (
        IMPERATIVE.match(text) or features.separators(text) or "\t" in text
    )


def _sentence_case(info: Info, t: HeadlineTuning) -> bool:
    """A line in sentence case: ``deck_sentence_share`` of its content words after the
    first without a capital (a standfirst with no end mark, not a headline in Title Case)."""
    return 1 - _capitalised(info.tokens[1:], 1.0) >= t.deck_sentence_share


def page_names(infos: list[Info], start: int, t: HeadlineTuning) -> set[int]:
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
        ) < k - 1 and info.text[-1] not in "!?.:" and not previous_is_meta(infos, k):
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


def name_slots(infos: list[Info], start: int, t: HeadlineTuning, thread: bool) -> set[int]:
    """The lines above ``start`` that stand between a headline and its date line as the
    writer's name without "By" ("Dylan Bailey, MS, RD", "Harbour Dental Care", printed
    twice at most): a line of capitalised words, over the date line, under a longer line
    of words that is not one (the headline), and not printed in it (a breadcrumb over
    its headline).  Over a thread's first stamp the line is the forum's category
    ("Hardware Hub Laptops & Netbooks", up to ``category_words`` words), under a thread's
    title of any length.  The names under a byline's label alone ("By:" over "Harbour
    Editorial Team") hold the writer's name too."""
    slots: set[int] = set()
    if not t.name_slot_words:
        return slots
    words = t.category_words if thread else t.name_slot_words
    for k in range(max(1, start - t.far_lines), start):
        info = infos[k]
        if info.chrome is not None or info.meta or not _name_like(info, words):
            continue
        j = next_line(infos, k, 1)
        if j is not None and j < start and infos[j].text == info.text:
            j = next_line(infos, j, 1)  # the name printed twice
        if j is None or j >= start or not infos[j].meta:
            continue
        a = next_line(infos, k, -1)
        while a is not None and infos[a].text == info.text:
            a = next_line(infos, a, -1)
        if a is None or infos[a].meta and not dated_title(infos[a], t):
            continue
        above = infos[a]
        n = len(above.tokens)
        sized = t.min_words <= n if thread else t.sized_words <= n and n > len(info.tokens)
        if sized and n <= t.max_words and not _name_like(above, words) and (
            info.text not in above.text
        ) and not (features.separators(above.text) or "\t" in above.text):
            slots.add(k)
    # the names under a byline's label alone ("By:" / "Great Day Editorial Team")
    for k in range(max(1, start - t.far_lines), start):
        if infos[k].chrome is None and infos[k - 1].chrome is None and bylines.label_alone(
            infos[k - 1].text
        ) and bylines.after_label(infos[k].text) is not None:
            slots.add(k)
    return slots


def under_header(infos: list[Info], start: int, t: HeadlineTuning) -> bool:
    """A date line or byline stands in the ``header_gap_lines`` over the region's first
    line ``start``: the region is a story, under its own header."""
    return any(info.meta and info.chrome is None
               for info in infos[max(0, start - t.header_gap_lines):start])


def next_line(infos: list[Info], k: int, step: int) -> int | None:
    """The next line from ``k`` in direction ``step`` that is not chrome (a line the
    batch repeats counts)."""
    j = k + step
    while 0 <= j < len(infos) and infos[j].chrome is not None and infos[j].chrome != LEARNED:
        j += step
    return j if 0 <= j < len(infos) else None


def in_menu(infos: list[Info], k: int, t: HeadlineTuning) -> bool:
    """Line ``k`` stands between two labels (lines of at most ``menu_label_words``
    words and no end mark, neither a date line nor a byline, nor a row of buttons glued
    together, "SubscribeSign in": the page's bar, over the headline): a menu's item, where
    a headline stands alone or at a menu's end, over its date line or its story; a line
    over a byline's label alone ("By" over the writer's name) is none."""
    for step in (-1, 1):
        j = next_line(infos, k, step)
        if j is None:
            return False
        info = infos[j]
        if info.meta or len(info.tokens) > t.menu_label_words or info.text[-1] in "!?.:":
            return False
        if step > 0 and bylines.label_alone(info.text):
            return False  # (the header's label, "By" over the writer's name)
        if step < 0 and button_row(info.text):
            return False
    return True


_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")  # where a dump glues two buttons' labels


def button_row(text: str) -> bool:
    """Two buttons or more printed with no space between, each a button's label
    (``UI_WORDS``): "SubscribeSign in", "Sign inSubscribe"."""
    parts = _GLUE.split(text)
    return len(parts) >= 2 and all(UI_WORDS.fullmatch(p.strip()) for p in parts)


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


def same_start(infos: list[Info], k: int, t: HeadlineTuning) -> bool:
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


def previous_is_meta(infos: list[Info], k: int) -> bool:
    # (here and in ``heads_header`` a line the batch repeats counts as it would without
    # the batch: a repeated menu between a candidate and a date line keeps them apart)
    j = k - 1
    while j >= 0 and infos[j].chrome is not None and infos[j].chrome != LEARNED:
        j -= 1
    return j >= 0 and infos[j].meta


def content_words(info: Info) -> list[str]:
    """The line's words that carry its meaning (not function words, not numbers), in
    lower case."""
    return [w for w in (tok.lower() for tok in info.tokens)
            if w not in features.STOP_WORDS and not w.isdigit()]


def share(info: Info, words: frozenset[str], content: list[str] | None = None) -> float:
    """The share of the line's content words (``content``, when read already) that
    ``words`` hold."""
    if content is None:
        content = content_words(info)
    return sum(w in words for w in content) / len(content) if content else 0.0


def deck(
    infos: list[Info], k: int, start: int, words: frozenset[str], t: HeadlineTuning
) -> bool:
    """Line ``k`` is a standfirst printed right under its headline: a line in sentence
    case ("Our favorites are easy to use, clean thoroughly, and have great accessories")
    under a line of at least ``deck_words`` words, neither a breadcrumb nor in capitals,
    that names what the article is about (``deck_share`` of its content words in the
    article's ``words``): in Title Case, or standing over the header through line k (a
    headline in sentence case, its standfirst, then the byline or date line: see
    ``heads_header``; the body starts at ``start``), or right under the date line or
    byline (the header over the headline, its standfirst under it)."""
    j = next_line(infos, k, -1)
    if j is None or not t.deck_words:
        return False
    above = infos[j]
    n = len(above.tokens)
    return (
        not above.meta and t.deck_words <= n <= t.max_words and above.text[-1] not in ".:"
        and not above.text.isupper() and not (features.separators(above.text) or "\t" in above.text)
        and _sentence_case(infos[k], t)
        and share(above, words) >= t.deck_share
        and (_capitalised(above.tokens) >= t.deck_title_share or heads_header(infos, j, start, t)
             or previous_is_meta(infos, j))
    )


def tagged_headline(lines: list[str], t: HeadlineTuning) -> bool:
    """A headline's line in Title Case with its tags under it, joined to it as one wrapped
    paragraph: each line under it in lower case, of at most ``menu_label_words`` words
    ("… and Learning Platforms" / "advice for students")."""
    return len(lines) > 1 and _capitalised(features.words(lines[0])) >= t.deck_title_share and all(
        line[:1].islower() and len(line.split()) <= t.menu_label_words for line in lines[1:]
    )


def _capitalised(tokens: list[str], few: float = 0.0) -> float:
    """The share of the content words among ``tokens`` written with a capital (``few``
    when fewer than two: too few to tell)."""
    content = [w for w in tokens if w[0].isalpha() and w.lower() not in features.STOP_WORDS]
    if len(content) < 2:
        return few
    return sum(w[0].isupper() for w in content) / len(content)
