"""Any news page's text dump: find the article in a browser copy of the page.

No markup is left, so the reader works from what the text itself shows:

1. Every line gets shallow features (``features``): how many words, how many
   of them function words, whether it ends like a sentence, whether it is a
   menu of separated items, whether it stands between blank lines; named
   chrome rules mark known chrome, and the short lines the batch repeats are
   chrome that adds nothing to the article (but does not end it).  A line's
   score is its prose words minus a fixed cost, so paragraphs score high and
   menu items, buttons and headlines of other stories score low.  Text
   hard-wrapped at a fixed width is joined into paragraphs first.  Blocks
   are read as a whole too: a gallery's slides are chrome, and a code
   listing or a chart's labels cost little, as the article goes on under them.
2. The article body is the contiguous run of lines with the highest total
   score (a maximum-sum subarray), preferring a run under a date line or
   byline to a larger one without (a feed of teasers); it ends where a
   comment section begins (a comments heading, a thread of "Posted by"
   stamps) or where "Related" heads a feed of other stories, joins further
   blocks of prose past a gap (a chart, an advert), takes in the short
   sentences and lists at its edges, and starts under its own date line or
   byline.  Runs of short lines inside it (a chart's labels, a box of links)
   are boxes, not text.
3. The headline is looked for above the body: the best headline-like line,
   favouring lines near the body, just above the date and byline (a wire
   credit or a source label counts as one), or repeated elsewhere on the page
   (a breadcrumb or a "<headline> | Site" line), and disfavouring buttons,
   link lists, names alone and the items under a "Related" or "Most read"
   heading.
4. Date lines and bylines near the headline go to ``header``; captions and
   photo credits to ``captions``; everything else is chrome, each line with
   the name of the rule that put it there.

It is not a site-specific scraper: it knows no site names, only what news
pages in general look like.  The archive layout (``archive``) is read apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise
from typing import Any

from ..dates import parse_date
from . import bylines, datelines, features, prefilter, rules
from .boilerplate import Boilerplate
from .embeds import label_embeds
from .model import Layout, Line

#: how many candidate lines above the body the headline is looked for in
TITLE_SEARCH_LINES = 25
#: … and at most this many lines above the body in all (menus included)
TITLE_SCAN_LINES = 40
#: headline length limits, in words
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 2, 30
#: what a line of names alone ("Kate Connolly in Berlin") costs as a headline
NAMES_ONLY_COST = 3.5
#: what each headline-sized line between a candidate and the body costs it
TITLE_DISTANCE_COST = 0.4
#: how many lines around the headline and the body's start hold the date and byline
HEADER_AFTER_START = 6
#: how many lines above the headline may hold its date ("21 September 2020")
HEADER_BEFORE_TITLE = 3
#: … and, when none is there, how many lines farther up
DATE_ABOVE_LINES = 10
#: short sentences at the body's edges that may join it
EDGE_LINES = 2
#: … a sentence this long joins them without any function word of ``features.STOP_WORDS``
EDGE_SENTENCE_WORDS = 12
#: the score a line matched by a chrome rule gets
CHROME_SCORE = -2 * features.PAR_COST


_UNSET: Any = object()


@dataclass(slots=True)
class _Info:
    """One non-blank line's features; captions, bylines and dates are read on demand."""

    i: int  # index into lines of the first line
    text: str
    tokens: list[str]
    score: float
    #: index of the last line: hard-wrapped text makes one paragraph of several
    last: int
    chrome: str | None = None  # the chrome rule that matched
    _caption: Any = _UNSET
    _byline: Any = _UNSET
    _date: Any = _UNSET
    _meta: Any = _UNSET
    #: a comment's or a teaser's stamp ("Posted by: Sam | Jan 10, 2008 4:49 PM")
    stamp: bool = False
    #: the article was found to end here: no block past it joins the article
    stop: bool = False

    @property
    def caption(self) -> str | None:
        if self._caption is _UNSET:
            n = len(self.tokens)
            self._caption = None
            if n <= bylines.MAX_CAPTION_WORDS:
                self._caption = bylines.caption(self.text)
        return self._caption

    @property
    def byline(self) -> tuple[str, str] | None:
        if self._byline is _UNSET:
            n = len(self.tokens)
            # (past a byline's length only "By Name, a role …" can be one, or a header
            # line of fields, "Le Monde | <date> | Par Name")
            text = self.text
            self._byline = bylines.byline(text) if n <= bylines.MAX_BYLINE_WORDS or (
                n <= bylines.MAX_ROLE_WORDS and (text[:3].lower() == "by " or " | " in text)
            ) else None
        return self._byline

    @property
    def date(self) -> datelines.Dateline | None:
        if self._date is _UNSET:
            self._date = None
            if len(self.tokens) <= 20 and datelines.maybe(self.text):
                self._date = datelines.find(self.text)
        return self._date

    @property
    def meta(self) -> bool:
        """A byline, a caption or a date line: what stands between a headline and its text."""
        if self._meta is _UNSET:
            if self.chrome is not None:
                self._meta = False
            else:
                self._meta = self._read_meta()
        return self._meta

    def _read_meta(self) -> bool:
        d = self.date
        if (d is not None and d.short) or self.byline or self.caption:
            return True
        n = len(self.tokens)
        text = self.text
        # a date without its year ("Fri Dec 28, 7:05 AM ET"), a writer's role ("AP Sports
        # Writer"), a label ("Source: AFP")
        # (the cheap test before each pattern: every date has a digit, every role
        # ends the line)
        return n <= 12 and (
            (n <= 8 and datelines.maybe(text) and _dateish(text))
            or (n <= 6 and text.endswith(_ROLE_WORDS) and _ROLE.match(text) is not None)
            or _META_LABEL.match(text) is not None
            or _wire_line(text)
            or (n <= CREDIT_WORDS and _CREDIT_LINE.match(text) is not None)
        )


def read(lines: list[Line], boilerplate: Boilerplate | None = None) -> Layout:
    layout = Layout("general")
    infos = _features(lines, boilerplate)
    if not infos:
        return layout
    if all(info.score <= 0 for info in infos):
        # Not one line reads like a paragraph (a list, a few labels): no block
        # stands out, so every line no rule knows as chrome is kept.
        start, end, title = 0, len(infos) - 1, None
        boxed: set[int] = set()
        layout.warnings.append("no paragraph of prose found; kept every line not known as chrome")
    else:
        start, end = _region(infos)
        start, end = _prefer_dated(infos, start, end)
        start, end = _cut_at_barrier(infos, start, end)
        start, end = _grow(infos, start, end)
        start, end = _extend(lines, infos, start, end)
        start = _after_header(infos, start, end)
        title = _title(lines, infos, start)
        boxed = _boxes(infos, start, end)
    _label(lines, infos, start, end, title, layout, boxed)
    first, last = infos[start].i, infos[end].last
    label_embeds(lines, first, last + 1, layout)
    return layout


def _features(lines: list[Line], boilerplate: Boilerplate | None) -> list[_Info]:
    # The loop every line of every dump goes through, so the steps of
    # ``features.words``, ``_chrome_rule`` and ``features.score`` are written
    # out here with the cheap tests first (this loop was most of the reader's time).
    infos = []
    append = infos.append
    last_line = len(lines) - 1
    findall, non_word, words = features.WORD.findall, features.NON_WORD, features.words
    by_first, group_rule, comment_hint = _CHROME_BY_FIRST, _GROUP_RULE, _COMMENT_HINT.search
    score, code_like, par_cost = features.score, features.code_like, features.PAR_COST
    code_set = features._CODE_SET
    taught: list[int] = []  # indexes into infos of the lines the batch repeats
    for i, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        ascii_ = text.isascii()
        if ascii_:
            tokens = text.translate(non_word).split() if len(text) > 80 else findall(text)
        else:
            tokens = words(text)
        ntok = len(tokens)
        chrome = None
        if len(text) <= MAX_CHROME_CHARS:
            pattern = by_first[text[:2]]
            if pattern is not None:
                m = pattern.fullmatch(text)
                if m is not None:
                    chrome = group_rule[m.lastgroup]  # type: ignore[index]
        if chrome is None:
            if text.count(" ") >= 2:
                chrome = _hinted_rule(text)
            if (
                chrome is None and ntok <= 12 and comment_hint(text) is not None
                and _comments_marker(text, tokens)
            ):
                chrome = "comments-marker"
            elif chrome is None and text[-1] in "›»→" and ntok <= ARROW_LINK_WORDS:
                # "View this image ›": a link ("Comments »" stays a comment marker, above)
                chrome = "arrow-link"
            elif (
                chrome is None and 4 <= ntok <= 60 and not features.sentence_end(text)
                # (a repeated phrase's first 8 characters come back later in the line)
                and text.find(text[:8], 1) > 0
                and _repeated_phrase(text) and datelines.find(text) is None
            ):
                chrome = "repeated-phrase"
        # (after the named rules: "Related" learned from the batch is still the heading
        # that ends an article)
        learned = (
            chrome is None and boilerplate is not None and 0 < ntok <= BATCH_MAX_WORDS
            and text in boilerplate
        )
        if chrome is not None:
            append(_Info(i, text, tokens, CHROME_SCORE, i, chrome))
            continue
        if ntok <= 2:  # a menu item, a button, a label: most lines of a page
            # (``code_like`` needs a box character, a closing ";{}" or a mark of code)
            s = (
                features.CODE_SCORE
                if (not ascii_ or text[-1] in ";{}" or not code_set.isdisjoint(text))
                and code_like(text)
                else ntok * 0.5 - par_cost
            )
            if learned:
                taught.append(len(infos))
            append(_Info(i, text, tokens, s, i))
            continue
        around = (i == 0 or not lines[i - 1].text) and (i == last_line or not lines[i + 1].text)
        s = score(text, tokens, around)
        info = _Info(i, text, tokens, s, i)
        if s > 0 and (
            info.caption or (info.byline and info.byline[0] not in bylines.DATE_RULES)
        ):
            # (a date line that also names the writer keeps its score: it may open the
            # article's run, as the date line it is)
            info.score = -par_cost
        elif info.score > 0 and "<" in text and len(_TAG.findall(text, 0, 2000)) >= MARKUP_TAGS:
            # HTML left in the page's text (a noscript fallback, a tracking pixel) is no
            # prose; in a tutorial's listing it is code, which neither makes nor breaks one
            info.score = features.CODE_SCORE
        if (
            ntok <= 16 and ":" in text and info.score != features.CODE_SCORE
            and _CLOCK.search(text) and _SIGNATURE.search(text)
        ):
            # "Posted by: Sam | Jan 10, 2008 4:49 PM": a comment's or a teaser's stamp
            # (a clock glued to its "pm", "on 8:21pm Tue 1 Jan 08", marks a thread's
            # stamps too, but one such line alone may be the article's own date line and
            # byline, "16th Jan 2008, 09:28am by Name", which keeps its score)
            if _CLOCK_APART.search(text):
                info.score = min(info.score, CHROME_SCORE)
            info.stamp = True
        elif info.score > 0 and text[-1].isdigit() and _ENDS_WITH_CLOCK.search(text):
            # "<headline> <source> 3/9 18:01": a list item of other stories, stamped
            # with their time (a paragraph ends with its sentence, not a clock)
            info.score = -par_cost
        if learned:
            taught.append(len(infos))
        append(info)
    promos = _mark_learned(infos, taught, boilerplate) if taught else None  # type: ignore[arg-type]
    return _weigh_packed(
        lines, _code_blocks(_join_wrapped(lines, _galleries(_under_photo_buttons(infos)))), promos
    )


def _under_photo_buttons(infos: list[_Info]) -> list[_Info]:
    """The line printed right under a picture's button ("View Larger Image") is the
    picture's caption, not the article's text.  (The button weighs what a label does,
    not what chrome does: a picture inside the article does not split it.)"""
    for a, b in pairwise(infos):
        if a.chrome != "enlarge-image":
            continue
        a.score = -features.PAR_COST
        if b.i == a.i + 1 and b.chrome is None and len(b.tokens) <= bylines.MAX_CAPTION_WORDS:
            b._caption = "under-photo-button"
            b.score = min(b.score, -features.PAR_COST)
    return infos


#: this many slide counters ("2/50 …"), each at most GALLERY_GAP lines after
#: the one before, make a gallery: its slides' captions are not the article
GALLERY_SLIDES = 3
GALLERY_GAP = 4


def _galleries(infos: list[_Info]) -> list[_Info]:
    counters = [k for k, info in enumerate(infos) if info.chrome == "gallery-counter"]
    if len(counters) < GALLERY_SLIDES:
        return infos
    runs: list[list[int]] = [[counters[0]]]
    for k in counters[1:]:
        if k - runs[-1][-1] <= GALLERY_GAP:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) < GALLERY_SLIDES:
            continue
        # the last slide has as many lines as the one before it
        last = min(len(infos) - 1, run[-1] + run[-1] - run[-2] - 1)
        for info in infos[run[0] : last + 1]:
            if info.chrome is None:
                info.chrome, info.score = "gallery-slide", CHROME_SCORE
    return infos


#: in a block of lines with no blank line between them, this share of lines
#: marked like code (brackets, "=", a trailing comma or semicolon) makes the
#: whole block a listing: its short lines ("SELECT", "FROM") are code, not a menu
CODE_BLOCK_SHARE = 0.3
CODE_BLOCK_MIN = 4
#: … and a run of at least this many short lines (this many words at most), this
#: share of them figures, is a chart's labels
CHART_MIN = 8
CHART_WORDS = 3
CHART_SHARE = 0.6
_FIGURE = re.compile(r"\d")
_CODE_MARK_SET = frozenset("(){}[];=")
_CODE_MARKS = re.compile(r"[(){}\[\];=]|,$")


def _code_blocks(infos: list[_Info]) -> list[_Info]:
    n = len(infos)
    # the blocks of lines with no blank line between them, by where each ends
    ends = [k for k, (a, b) in enumerate(pairwise(infos)) if b.i != a.last + 1]
    ends.append(n - 1)
    k = 0
    for j in ends:
        if j - k + 1 >= CODE_BLOCK_MIN:
            block = infos[k : j + 1]
            marked = 0
            need = CODE_BLOCK_SHARE * len(block)
            spare = len(block) - need  # unmarked lines past this many: no listing
            for info in block:
                text = info.text
                # (a set test walks a short line faster than a regex search)
                if info.chrome is None and (
                    text[-1] == "," or (
                        not _CODE_MARK_SET.isdisjoint(text) if len(text) < 80
                        else _CODE_MARKS.search(text) is not None
                    )
                ):
                    marked += 1
                elif spare < 1:
                    break
                else:
                    spare -= 1
            if marked >= need:
                for info in block:
                    if info.chrome is None and info.score < features.CODE_SCORE:
                        info.score = features.CODE_SCORE
        k = j + 1
    # A chart's labels ("$915", "billion", "’17"), blank lines or not between them:
    # the runs of at least CHART_MIN short lines, found by a regex over one byte a line.
    short = bytes([info.chrome is None and len(info.tokens) <= CHART_WORDS for info in infos])
    for m in re.finditer(b"\x01{%d,}" % CHART_MIN, short):  # (re caches the pattern)
        run = infos[m.start() : m.end()]
        if sum(1 for info in run if _FIGURE.search(info.text)) >= CHART_SHARE * len(run):
            for info in run:
                info.score = max(info.score, features.CODE_SCORE)
    return infos


#: a page whose paragraphs stand between blank lines at least this share of
#: the time writes its article that way (``<p>``); its prose lines packed
#: line after line are teasers of other stories, worth this share of their words
BLANK_STYLE = 0.7
PACKED_WEIGHT = 0.5


def _weigh_packed(
    lines: list[Line], infos: list[_Info], promos: set[int] | None = None
) -> list[_Info]:
    """Count prose lines packed without blank lines for less on pages that use blank lines."""
    packed = []
    spaced = 0
    last_line = len(lines) - 1
    # (a sentence the batch repeats, a promo printed right under a paragraph, is no part
    # of the page's own layout: it stands for a blank line)
    apart = promos or set()
    for info in infos:
        if info.score <= 0:
            continue
        first, last = info.i, info.last
        if (first == 0 or not lines[first - 1].text or first - 1 in apart) and (
            last == last_line or not lines[last + 1].text or last + 1 in apart
        ):
            spaced += 1
        else:
            packed.append(info)
    if packed and spaced >= BLANK_STYLE * (spaced + len(packed)):
        for info in packed:
            info.score = (info.score + features.PAR_COST) * PACKED_WEIGHT - features.PAR_COST
    return infos


def _continues(a: _Info, b: _Info) -> bool:
    """Line ``b`` goes on with the sentence of line ``a`` (text wrapped at a fixed width)."""
    # (a comment's stamp that names its writer, "Posted by: Sam on 8:21pm Tue 1 Jan 08",
    # heads the comment printed under it, however it ends)
    if a.chrome is not None or b.chrome is not None or b.i != a.last + 1 or (
        a.stamp and _SIGNED.search(a.text) is not None
    ):
        return False
    text = a.text
    if len(text) < WRAP_MIN_CHARS or len(a.tokens) < 5 or not b.tokens:
        return False
    if text[-1] in ",;-–":
        return not b.meta
    if features.sentence_end(text):
        return False
    if _CREDIT_LINE.match(b.text) and len(b.tokens) <= CREDIT_WORDS:
        return False  # "by The Times-Picayune" under a headline: a credit, not the next words
    return (b.text[0].islower() or a.tokens[-1] in features.STOP_WORDS) and not b.meta


#: "by The Times-Picayune", "by Staff Reports": a credit line, when this short
CREDIT_WORDS = 6
_CREDIT_LINE = re.compile(r"(?:by|BY|By)\s+[A-Z][^.!?]*$")


def _spaced(lines: list[Line], first: int, last: int) -> bool:
    """Lines ``first``…``last`` stand between blank lines (or the dump's ends)."""
    return (first == 0 or lines[first - 1].blank) and (
        last == len(lines) - 1 or lines[last + 1].blank
    )


def _join_wrapped(lines: list[Line], infos: list[_Info]) -> list[_Info]:
    joined: list[_Info] = []
    run: list[_Info] | None = None  # the lines of a wrapped paragraph being joined
    prev = None
    for info in infos:
        # the quick tests of ``_continues`` first: most lines follow a blank
        # line, a short line or chrome, and start a paragraph of their own
        if (
            prev is not None and info.i == prev.last + 1 and len(prev.text) >= WRAP_MIN_CHARS
            and _continues(prev, info)
        ):
            if run is None:
                run = [prev]  # (``prev`` is ``joined[-1]``: it began the paragraph)
            run.append(info)
        else:
            if run is not None:
                joined[-1] = _paragraph(lines, run)
                run = None
            joined.append(info)
        prev = info
    if run is not None:
        joined[-1] = _paragraph(lines, run)
    return joined


def _paragraph(lines: list[Line], run: list[_Info]) -> _Info:
    if len(run) == 1:
        return run[0]
    first, last = run[0].i, run[-1].last
    text = " ".join(info.text for info in run)
    tokens = [t for info in run for t in info.tokens]
    around = _spaced(lines, first, last)
    return _Info(first, text, tokens, features.score(text, tokens, around), last)


LEARNED = "repeated-across-batch"
#: a line the batch repeats adds nothing to the article's score: one that reads as prose
#: (a promo sentence) costs what a line of no words costs, and the others keep their
#: cost as labels.  (It is no barrier: a share bar or a video player the site repeats
#: inside the article is a gap that the article grows across, as without the batch.)
LEARNED_SCORE = -features.PAR_COST


def _mark_learned(infos: list[_Info], taught: list[int], boilerplate: Boilerplate) -> set[int]:
    """Mark chrome the short lines the batch repeats (``taught``, indexes into ``infos``),
    scored as they read, but never for the article; return the line numbers of those
    that read as prose (promos)."""
    promos: set[int] = set()
    for k in taught:
        if infos[k].meta:
            # a byline, a date line or a source label the batch repeats ("By The
            # Associated Press") still heads this article
            continue
        if 0 < k < len(infos) - 1 and _shared_prose(infos[k - 1], boilerplate) and _shared_prose(
            infos[k + 1], boilerplate
        ):
            # a subheading between paragraphs that the batch's files share too: a story
            # several files carry (a press release, a wire story), not the site's chrome
            continue
        if (
            infos[k].text[-1] == ":" and k + 1 < len(infos)
            and infos[k + 1].chrome is None and infos[k + 1].text not in boilerplate
        ):
            # "On the Net:" over this page's own links: a label of the text, which
            # the article's list takes in
            continue
        info = infos[k]
        info.chrome = LEARNED
        if info.score >= 0:
            info.score = LEARNED_SCORE
            promos.add(info.i)
    return promos


def _shared_prose(info: _Info, boilerplate: Boilerplate) -> bool:
    return (
        len(info.tokens) > BATCH_MAX_WORDS and features.sentence_end(info.text)
        and boilerplate.is_shared(info.text)
    )


#: a line this long, cut mid-sentence, may be text wrapped at a fixed width
WRAP_MIN_CHARS = 40


#: a line repeated across the batch is chrome up to this length; longer
#: repeated lines are paragraphs the batch's articles share (a syndicated
#: story, a quoted statement), which the prose score judges instead
BATCH_MAX_WORDS = 12
#: chrome rules match whole lines of menu-item length; longer lines are tried
#: only against the rules with a hint word (a cookie notice can be long)
MAX_CHROME_CHARS = 400


def _chrome_rule(text: str) -> str | None:
    """The chrome rule that matches ``text`` (``_features`` runs the same steps inline)."""
    if len(text) <= MAX_CHROME_CHARS:
        # Only the rules that can begin with the line's first two characters are
        # tried (``prefilter``): most lines begin where no rule can.
        pattern = _CHROME_BY_FIRST[text[:2]]
        if pattern is not None:
            m = pattern.fullmatch(text)
            if m is not None:
                return _GROUP_RULE[m.lastgroup]  # type: ignore[index]
    if text.count(" ") < 2:  # every hinted rule needs a few words
        return None
    return _hinted_rule(text)


def _hinted_rule(text: str) -> str | None:
    low = text.lower()
    for hint, name, pattern in _HINTED:
        if hint in low and pattern.fullmatch(text):
            return name
    return None


_PAGE_RULES = [r for r in rules.RULES if r.zone in ("any", "page")]
# One alternation of the "any" and "page" rules that start like the line
# they match: one regex call per line.  Rules that may match mid-line carry a
# hint word and are tried only on lines holding it.
_CHROME_BY_FIRST = prefilter.ByFirstTwo(
    [(r.name.replace("-", "_"), r.pattern) for r in _PAGE_RULES if not r.hint]
)
_GROUP_RULE = {r.name.replace("-", "_"): r.name for r in _PAGE_RULES}
_HINTED = [(r.hint, r.name, re.compile(r.pattern)) for r in _PAGE_RULES if r.hint]
_COMMENT_HINT = re.compile("omment|OMMENT|iscussion|rackback|esponses|omentar|omentár|iews|eactions")


def _repeated_phrase(text: str) -> bool:
    """The same words two or three times over: a link's text, its image's alt text and
    its title, copied together ("Ferry fares rise Ferry fares rise Ferry fares rise").
    (A paragraph that repeats its sentences ends like one, and a date printed twice
    is still the date: neither is asked.)"""
    n = len(text)
    for times in (2, 3):
        size = (n - times + 1) // times
        if size >= 8 and size * times + times - 1 == n and text == " ".join([text[:size]] * times):
            return True
    return False


def _comments_marker(text: str, tokens: list[str]) -> bool:
    if not _COMMENT_HINT.search(text) or not _COMMENTS.search(text):
        return False
    # A sentence, or a long line of prose cut by a hard wrap ("All responses MUST
    # carry CORS headers. The server MUST also"), only mentions comments.
    return not (
        (features.sentence_end(text) or len(tokens) >= 8) and features.stop_ratio(tokens) >= 0.12
    )


_COMMENT_WORD = (
    r"(?:comments?|commentaires?|comentarios?|comentários?|kommentare?|reader responses|"
    r"discussion|trackbacks?|responses)"
)
# "Comments (33)", "33 comments", "Listed under: Film | Comments: Post Comment"
# A number is tried from its first digit only, without giving digits back: a
# plain \d+ made a line of 20,000 digits before "comments" cost a minute.
_COMMENTS = re.compile(
    # "Article Comments", "Reader views (5)", "Readers' responses": the section's heading
    r"^(?:article|story|readers?|readers'|reader's|user|your)\s+(?:comments?|views|responses|"
    r"reactions)\b(?:\s*\(\d+\))?\s*:?$|"
    rf"^(?:\d+\s*)?{_COMMENT_WORD}\b|\b{_COMMENT_WORD}\s*[(:]|(?<!\d)\d++\s*{_COMMENT_WORD}\b"
    rf"|\b(?:post|view|read|show|see|add|leave|all)\s+(?:a\s+|the\s+|all\s+)?(?:\d+\s+)?"
    rf"{_COMMENT_WORD}\b",
    re.I,
)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?!\d)")
_CLOCK_APART = re.compile(r"\b\d{1,2}:\d{2}\b")
_SIGNED = re.compile(r"\b(?:posted|wrote|by)\b", re.I)
#: a line of at most this many words that ends with an arrow is a link
ARROW_LINK_WORDS = 6
#: this many HTML tags make a line markup, not text
MARKUP_TAGS = 3
_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
_ENDS_WITH_CLOCK = re.compile(r"\s\d{1,2}:\d{2}$")
_SIGNATURE = re.compile(
    r"\b(?:posted|wrote|said|says|by|from|at|on|(?:19|20)\d\d|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b",
    re.I,
)


#: how many lines into the run a header (date line, byline) may stand …
HEADER_IN_RUN = 8
#: … with at most this share of the run's score above it
HEADER_IN_RUN_SHARE = 0.25


def _after_header(infos: list[_Info], start: int, end: int) -> int:
    """Start the article under its date line or byline when the run began above them.

    A cookie notice or a teaser just above the headline can join the run of
    prose; the article itself begins after its header.
    """
    total = sum(info.score for info in infos[start : end + 1] if info.score > 0)
    before = 0.0
    for k in range(start, min(end, start + HEADER_IN_RUN)):
        info = infos[k]
        if info.chrome is None and len(info.tokens) <= 20:
            d = info.date
            if (d is not None and d.short and (before == 0 or _bare_date(info, d))) or (
                info.byline
            ):
                if before <= HEADER_IN_RUN_SHARE * total:
                    # the header's last line: a byline under a date, a date under a byline
                    j = k + 1
                    while j < end and infos[j].meta:
                        j += 1
                    return j
                break
        if info.score > 0:
            before += info.score
    return start


#: a date line under prose heads the article only when it says little besides the date
#: (a photo's caption ending with its date, "… in Islamabad, 18 Nov 2007", heads nothing)
BARE_DATE_WORDS = 4


def _bare_date(info: _Info, d: datelines.Dateline) -> bool:
    return d.kind != "date" or len(info.tokens) - len(features.words(d.raw)) <= BARE_DATE_WORDS


def _cut_at_barrier(infos: list[_Info], start: int, end: int) -> tuple[int, int]:
    """End the article where its comment section, a live ticker, or the page's boxes under
    a share bar or a "Related" heading begin."""
    # (a thread's stamps are counted under the run too: its first comments may have
    # been left out of the run, to join it later past a gap)
    stamps = [k for k in range(start + 1, len(infos)) if infos[k].stamp]
    if len(stamps) >= THREAD_STAMPS:
        infos[stamps[0]].stop = True
    ticker = _ticker(infos, start, end)
    if ticker is not None:
        end = ticker - 1
    # a share bar, a "Related" heading or a publisher's notice with little prose left
    # under it closes the article
    total = sum(info.score for info in infos[start : end + 1] if info.score > 0)
    above = max(infos[start].score, 0.0)
    for k in range(start + 1, end + 1):
        info = infos[k]
        chrome = info.chrome
        # a bare "Comment" is a button, and a word in tables; it opens no section
        if chrome in COMMENT_BARRIERS and info.text.lower() != "comment":
            end = k - 1
            break
        if chrome in TAIL_RULES and (
            total - above < SHARE_TAIL * above or (above > 0 and _dated_notice(info))
        ):
            info.stop = True  # nor does a block past it join the article (``_grow``)
            end = k - 1
            break
        if info.score > 0:
            above += info.score
        if chrome in RELATED_HEADINGS and (
            total - above < SHARE_TAIL * above or _after_share_bar(infos, k)
            or _feed(infos, k + 1, end)
        ):
            end = k - 1  # "Related" over a feed of other stories' headlines and blurbs
            break
        if len(stamps) >= THREAD_STAMPS and k == stamps[0]:
            # the first of a thread's "Posted by: … | <date> <time>" stamps: comments
            # from here on (the stamp signs the comment above it, which stays)
            end = k - 1
            break
    while end > start and infos[end].score < 0:
        end -= 1
    return start, end


#: this many lines led by a clock time ("14:44 Storm closes the pass"), each at most
#: TICKER_GAP lines after the one before, make a live ticker of other news
TICKER_STAMPS = 4
TICKER_GAP = 6
#: … which ends the article when at least this much prose stands above it (a live
#: blog that is the article itself starts with its first stamp)
TICKER_AFTER = 2 * features.PAR_COST
_TICKER_STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:h]\d\d(?:\s|$)")


def _ticker(infos: list[_Info], start: int, end: int) -> int | None:
    """Where a live ticker of timed items begins inside the run, under the article's prose."""
    prose = 0.0
    run: list[int] = []
    for k in range(max(0, start - TICKER_GAP), end + 1):
        info = infos[k]
        text = info.text
        if text[0].isdigit() and len(info.tokens) <= 25 and _TICKER_STAMP.match(text):
            if prose < TICKER_AFTER:
                return None  # timed entries from the article's start: a live blog
            if run and k - run[-1] > TICKER_GAP:
                run = []
            run.append(k)
            if len(run) >= TICKER_STAMPS:
                first = run[0]
                for j in range(first, end + 1):
                    if infos[j].chrome is None and _TICKER_STAMP.match(infos[j].text):
                        infos[j].chrome, infos[j].score = "live-ticker", CHROME_SCORE
                return first
        elif k >= start and (not run or k - run[-1] > TICKER_GAP):
            run = []
            prose += max(info.score, 0.0)
    return None


#: a "Related" heading at most this many lines under a share bar follows the
#: article's end (the bar closes it); alone, such a heading can head a box inside it
SHARE_BAR_LINES = 4
SHARE_RULES = frozenset({"share-line", "share-line-intl", "share-button"})
#: what closes the article with little prose under it (RIGHTS_RULES and TOOLBAR_RULES
#: are defined with the barriers, below)
TAIL_RULES: frozenset[str] = frozenset()


#: a share bar in the run closes the article when the prose under it weighs less
#: than this share of the prose above it (what follows is the page's other boxes)
SHARE_TAIL = 0.3


def _after_share_bar(infos: list[_Info], k: int) -> bool:
    # A bar: a "Share" prompt, or two buttons; one network's name alone ("Twitter")
    # is as often a link in the text's margin.
    near = [info for info in infos[max(0, k - SHARE_BAR_LINES) : k] if info.chrome in SHARE_RULES]
    return len(near) >= 2 or any(
        info.chrome != "share-line" or info.text[:5].lower() == "share" for info in near
    )


RELATED_HEADINGS = frozenset({"related-heading", "related-list-heading", "related-heading-intl"})
#: a run with at least this many paragraphs, this share of them right under a
#: headline-sized line that is not prose, is a feed of teasers, not an article
FEED_MIN = 3
FEED_SHARE = 0.6
#: … or this many lines that are only a date under such a heading
FEED_DATES = 2


def _feed(infos: list[_Info], lo: int, hi: int) -> bool:
    paragraphs = teasers = dated = 0
    prose_since_date = False
    prev = None
    for info in infos[lo : hi + 1]:
        if info.chrome is not None:
            continue
        if len(info.tokens) <= 12 and info.date is not None and info.date.short:
            # teasers with a blurb each and their own date: other stories (a box
            # of links with dates and no blurbs can stand inside the article)
            if dated == 0 or prose_since_date:
                dated += 1
                if dated >= FEED_DATES:
                    return True
            prose_since_date = False
        if info.score > 0:
            prose_since_date = True
            paragraphs += 1
            if prev is not None and prev.score < 0 and 3 <= len(prev.tokens) <= 20:
                teasers += 1
        prev = info
    return paragraphs >= FEED_MIN and teasers >= FEED_SHARE * paragraphs


#: this many comment stamps in the article's run make a thread of comments
THREAD_STAMPS = 3
#: a run of prose under a dated header may win against one up to this many
#: times its score without one (a feed of teasers outweighs a short article)
DATED_ADVANTAGE = 2.0
#: how many lines above a run its date or byline may stand
DATED_LINES = 8


def _prefer_dated(infos: list[_Info], start: int, end: int) -> tuple[int, int]:
    """An article has a header: prefer the run under a date or byline to a larger one without."""
    if _dated(infos, start):
        return start, end
    best_mass = sum(info.score for info in infos[start : end + 1])
    choice, choice_mass = (start, end), 0.0
    for lo, hi in ((0, start - 1), (end + 1, len(infos) - 1)):
        if hi - lo < 1:
            continue
        s, e = _region(infos, lo, hi)
        mass = sum(info.score for info in infos[s : e + 1])
        if mass > choice_mass and mass * DATED_ADVANTAGE >= best_mass and _dated(infos, s):
            choice, choice_mass = (s, e), mass
    return choice


def _dated(infos: list[_Info], start: int) -> bool:
    for k in range(max(0, start - DATED_LINES), start + 1):
        info = infos[k]
        if info.chrome is None and len(info.tokens) <= 20:
            d = info.date
            if (d is not None and d.short) or info.byline:
                return True
    return False


def _region(infos: list[_Info], lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The maximum-sum run of line scores (indexes into ``infos``) within ``lo``…``hi``."""
    best, best_start, best_end = float("-inf"), lo, lo
    total, start = 0.0, lo
    for k in range(lo, len(infos) if hi is None else hi + 1):
        info = infos[k]
        if total <= 0:
            total, start = 0.0, k
        total += info.score
        if total > best:
            best, best_start, best_end = total, start, k
    return best_start, best_end


#: chrome rules that mark the end of an article: the region never grows across them
BARRIERS = frozenset(
    {"comments-link", "comment-prompt", "reply-prompt", "comments-heading", "comments-marker",
     "related-heading", "related-list-heading", "tags-line", "copyright-line",
     "rights-reserved", "cookie-notice", "live-ticker",
     "reuse-terms", "reuse-prohibited", "copyrighted-by"}
)
#: of those, a publisher's notices: one with little prose under it closes the article
#: (a syndicated story's "(© 2008 Harbour Wire. All Rights Reserved. …)"), as a share bar
RIGHTS_RULES = frozenset(
    {"copyright-line", "rights-reserved", "reuse-terms", "reuse-prohibited", "copyrighted-by"}
)
_NOTICE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _dated_notice(info: _Info) -> bool:
    """A publisher's notice with its year ("© 2007 Harbour Wire", "Copyright 2008 by …
    All rights reserved") closes the story above it, whatever follows: a photo's
    credit ("© Getty Images") names no year."""
    return info.chrome in RIGHTS_RULES and _NOTICE_YEAR.search(info.text) is not None


#: and the page's own buttons for the story: a row of them, "E-mail this to a friend",
#: "Post to del.icio.us"
TOOLBAR_RULES = frozenset({"button-row", "send-to-friend", "bookmark-link"})
TAIL_RULES = SHARE_RULES | RIGHTS_RULES | TOOLBAR_RULES
#: of those, the ones that open a comment section
COMMENT_BARRIERS = frozenset(
    {"comments-link", "comment-prompt", "reply-prompt", "comments-heading", "comments-marker"}
)
#: a block of prose past a gap joins the article when its score is at least
#: this share of what the gap costs (an article split by a chart, an advert, a
#: "read also" box)
GROW_RATIO = 0.5
#: … and the gap is at most this many lines
GROW_MAX_GAP = 60
#: … a run of labels of at most this many words (a video player's controls and
#: settings, a form) costs what this many of them cost: it is one box, however long
WIDGET_WORDS = 3
WIDGET_LINES = 8
#: a gallery's slides, however many, are such a box too
GALLERY_RULES = frozenset({"gallery-counter", "gallery-slide"})
#: … and the block holds at least this many real paragraphs
GROW_MIN_PARAGRAPHS = 1


def _grow(infos: list[_Info], start: int, end: int) -> tuple[int, int]:
    """Join blocks of prose that the maximum-sum run left out past a gap."""
    while True:
        right = _block_beyond(infos, end, +1)
        left = _block_beyond(infos, start, -1)
        if right is None and left is None:
            return start, end
        if right is not None:
            end = right
        if left is not None:
            start = left


def _block_beyond(infos: list[_Info], edge: int, step: int) -> int | None:
    total, lowest, best_gain, best_at = 0.0, 0.0, 0.0, None
    strong = 0  # real paragraphs since the lowest point
    k = edge + step
    lines = 0  # the gap's lines, a widget's run of labels counted as a few
    widget = 0  # short labels in a row
    while 0 <= k < len(infos) and lines <= GROW_MAX_GAP:
        info = infos[k]
        if info.chrome in BARRIERS or info.stop or (
            step > 0 and info.chrome in RELATED_HEADINGS and _after_share_bar(infos, k)
        ):
            break
        if len(info.tokens) <= 12 and info.date is not None and info.date.short:
            break  # another article's header
        widget = widget + 1 if info.chrome in GALLERY_RULES or (
            info.score < 0 and _label_words(info) <= WIDGET_WORDS
        ) else 0
        if widget <= WIDGET_LINES:
            total += info.score
            lines += 1
        if total < lowest:
            lowest, strong = total, 0
        if info.score >= features.PAR_COST:
            strong += 1
        rise = total - lowest
        if strong >= GROW_MIN_PARAGRAPHS and rise > best_gain and rise >= GROW_RATIO * -lowest:
            best_gain, best_at = rise, k
        k += step
    return best_at


def _label_words(info: _Info) -> int:
    """Words of a short line, its numbers left out ("3.7.1 NSS" is a label of one word)."""
    tokens = info.tokens
    if len(tokens) <= WIDGET_WORDS:
        return len(tokens)
    return sum(1 for t in tokens if not t.isdigit())


def _sentence_like(lines: list[Line], info: _Info) -> bool:
    text = info.text
    return (
        info.chrome is None
        and not info.stamp
        and not info.meta
        and len(info.tokens) >= 3
        and features.sentence_end(text)
        and not text.endswith(":")
        # (a long sentence in a language without a list of function words has none)
        and (len(info.tokens) >= EDGE_SENTENCE_WORDS or features.stop_ratio(info.tokens) > 0)
    )


def _extend(lines: list[Line], infos: list[_Info], start: int, end: int) -> tuple[int, int]:
    for _ in range(EDGE_LINES):
        if start > 0 and _sentence_like(lines, infos[start - 1]):
            start -= 1
        if end < len(infos) - 1 and _sentence_like(lines, infos[end + 1]):
            end += 1
    # A list the article has begun, or announced with a colon, goes on to its last item.
    n = len(infos)
    if end + 2 < n and infos[end + 1].text.endswith(":") and _list_item(infos[end + 2]):
        if infos[end + 1].chrome is None and len(infos[end + 1].tokens) >= 2:
            end += 1
    if _list_item(infos[start]):
        while start > 0 and _list_item(infos[start - 1]):
            start -= 1
    if _list_item(infos[end]) or infos[end].text.endswith(":"):
        while end < len(infos) - 1 and _list_item(infos[end + 1]):
            end += 1
    return start, end


_LIST_ITEM = re.compile(r"(?:[-+*•·–]|\d{1,2}[.)])\s+\w")


def _list_item(info: _Info) -> bool:
    return (
        info.chrome is None and len(info.tokens) >= 2
        and _LIST_ITEM.match(info.text) is not None and not info.meta
    )


def _title(lines: list[Line], infos: list[_Info], start: int) -> int | None:
    """Index into ``infos`` of the headline, looked for above the body."""
    counts: dict[str, int] = {}
    for info in infos:
        if 4 <= len(info.tokens) <= 2 * TITLE_MAX_WORDS:
            text = info.text
            counts[text] = counts.get(text, 0) + 1
            # "<headline> | Site": the part before the separator counts as a repeat
            # (substring tests: a set's isdisjoint walks every character of a long line)
            if "|" in text or "-" in text or "–" in text or "—" in text:
                m = _SITE_SUFFIX.search(text)
                if m is not None and m.start() > 0:
                    prefix = text[: m.start()]
                    counts[prefix] = counts.get(prefix, 0) + 1
            # "Home > News > <headline>": a breadcrumb ends with the page's headline
            if ">" in text or "»" in text or "›" in text:
                last = _CRUMB.split(text)[-1]
                if last != text:
                    counts[last] = counts.get(last, 0) + 1
    # Lines under a "Related" or "Most read" heading are other stories' headlines,
    # up to the article's own header: its date or byline, and the two lines above
    # them (its headline, and a name without "By").
    listed = set()
    in_list = False
    recent: list[int] = []  # the last non-chrome lines, for the header to take back
    for j in range(max(0, start - TITLE_SCAN_LINES - 1), start):
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
                    if len(infos[r].tokens) >= 4 and not _UI_WORDS.search(infos[r].text):
                        sized += 1
                        if sized >= HEADER_ABOVE_META:
                            break
                recent = []
            elif in_list:
                listed.add(j)
            recent.append(j)
    best, best_score = None, float("-inf")
    seen = 0
    k = start - 1
    below = start  # the next candidate or metadata line under line k
    while k >= 0 and seen < TITLE_SEARCH_LINES and start - k <= TITLE_SCAN_LINES:
        info = infos[k]
        text = info.text
        # (a line the batch repeats may still be the headline: a story several files
        # carry, or one other pages list; it pays LEARNED_TITLE_COST)
        if info.chrome is not None and info.chrome != LEARNED:
            k -= 1
            continue
        n = len(info.tokens)
        if info.meta:
            k -= 1
            below = k + 1
            continue
        if n >= 4:
            seen += 1
        # (a statement of program code is no headline: "window._ads = window._ads || [];";
        # brackets alone are not code: "Seattle (11-6) At Green Bay (13-3)")
        if TITLE_MIN_WORDS <= n <= TITLE_MAX_WORDS and not (
            text[-1] in ";{}" and features.code_like(text)
        ):
            above_meta = below < len(infos) and infos[below].meta or _heads_header(infos, k, start)
            below_meta = _previous_is_meta(infos, k)
            s = _title_score(text, info, seen, above_meta, below_meta, counts, best_score)
            if k in listed or _same_start(infos, k):
                s -= LISTED_COST
            if k == start - 1 and infos[start].i == info.last + 1 and infos[start].score > 0:
                s -= GLUED_COST  # printed on the paragraph with no blank line: its caption
            if text[0].isdigit() and info.date is not None and text.startswith(info.date.raw):
                s -= DATED_COST  # "01/13/08 - League news": a dated item, not a headline
            if info.chrome == LEARNED:
                s -= LEARNED_TITLE_COST
            if s > best_score:
                best, best_score = k, s
        below = k
        k -= 1
    return best


#: what a line printed right on the article's first paragraph costs a headline
GLUED_COST = 1.0
#: what a line that begins with a date costs a headline
DATED_COST = 2.5
#: what each word of a button or menu costs a headline (twice at most)
UI_COST = 3.0
#: what standing in a list of other stories under a "Related" heading costs a headline
LISTED_COST = 3.0
#: what being repeated across the batch costs a headline (a site's menu repeats, but so
#: does a story several files carry, or a headline other pages list)
LEARNED_TITLE_COST = 3.0
HEADER_ABOVE_META = 2


#: between a headline and its date or byline: at most one line of words (a standfirst, a
#: subheading) and a few labels and buttons of at most this many words ("Image", "Share")
HEADER_LABEL_WORDS = 3
HEADER_GAP_LINES = 6
HEADER_LABELS = 2
#: a standfirst: a sentence of at least this many words
STANDFIRST_WORDS = 6


def _heads_header(infos: list[_Info], k: int, start: int) -> bool:
    """Line ``k`` stands over a standfirst and then the date line or byline (above the
    body's first line ``start``)."""
    worded = labels = 0
    for j in range(k + 1, min(start, k + 1 + HEADER_GAP_LINES)):
        info = infos[j]
        if info.chrome is not None and info.chrome != LEARNED:
            continue
        if info.meta:
            if worded == 1:
                return True
            # labels alone between ("Tech Insider"): a menu's items stand so too over a
            # line that merely looks like metadata ("Letters to the Editor"), not over a
            # date line or a byline
            d = info.date
            return labels <= HEADER_LABELS and (
                (d is not None and d.short) or info.byline is not None
            )
        n = len(info.tokens)
        if n <= HEADER_LABEL_WORDS:
            # (a line of three words may be the headline itself: "Kerry endorses Obama")
            labels += 1 if n < HEADER_LABEL_WORDS else HEADER_LABELS + 1
        if n > HEADER_LABEL_WORDS:
            # a standfirst reads as a sentence; a line that does not (a headline, a
            # menu) makes line k a kicker, or a menu's last item
            worded += 1
            if worded > 1 or n < STANDFIRST_WORDS or not features.sentence_end(info.text):
                return False
    return False


#: lines next to each other that begin with the same this many words are a menu's
#: items ("Share on Facebook", "Share on Twitter"), not a headline
SAME_START_WORDS = 3


def _same_start(infos: list[_Info], k: int) -> bool:
    head = infos[k].tokens[:SAME_START_WORDS]
    if len(head) < SAME_START_WORDS:
        return False
    # (a copy of the line is not another item: a headline can be printed twice; nor
    # is a paragraph, which may begin with the headline's words)
    return any(
        0 <= j < len(infos) and infos[j].tokens[:SAME_START_WORDS] == head
        and infos[j].text != infos[k].text and infos[j].score <= 0
        for j in (k - 1, k + 1)
    )


def _previous_is_meta(infos: list[_Info], k: int) -> bool:
    # (here and in ``_heads_header`` a line the batch repeats counts as it would without
    # the batch: a repeated menu between a candidate and a date line keeps them apart)
    j = k - 1
    while j >= 0 and infos[j].chrome is not None and infos[j].chrome != LEARNED:
        j -= 1
    return j >= 0 and infos[j].meta


_DATEISH = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|\b\d{1,2}:\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    re.I,
)


def _dateish(text: str) -> bool:
    # "Firefox 4.2.13": a version number is no date without its year
    return any(not datelines.is_version(text, m) for m in _DATEISH.finditer(text))


_META_LABEL = re.compile(
    r"(?:Article\s+)?(?:Courtesy|Source|From|Location|Filed|Category|Section|Credit|Agency|Via|"
    r"Reporting|Additional reporting|Contributed|Compiled|Edited)\b\s*(?:by)?\s*:"
    # where the text comes from, without a colon: "From the section Business",
    # "From Encyclopedia Online, the free encyclopedia"
    r"|From\s+(?:the\s+(?:section|desk|archives?|wires?|newsroom)\b"
    r"|(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?),\s+the\s)",
    re.I,
)
#: a line that credits a news agency ("Press Trust of India", "Staff, with files from
#: Reuters"): the byline of a wire story
_WIRE_LINE = re.compile(
    r"(?i:(?:the\s+)?(?:Press\s+Trust\s+of\s+India|Associated\s+Press|Canadian\s+Press|"
    r"Press\s+Association|Agence\s+France[\s-]Presse|United\s+Press\s+International|"
    r"[\w-]+(?:\s+[\w-]+)?\s+News\s+Service)(?:\s*[,;|–—-].{0,80})?"
    r"|.{0,80}\bwith\s+(?:files|reports|reporting)\s+from\b.{0,60})"
)


def _wire_line(text: str) -> bool:
    low = text.lower()  # every match holds one of these words
    return ("press" in low or "service" in low or "from" in low) and (
        _WIRE_LINE.fullmatch(text) is not None
    )


#: a short line that names the writer's role ("AP Sports Writer") is part of a byline
# Capitalised, as a role is written under a name ("coaching staff" is not one).
_ROLE_WORDS = (
    "Writer", "Reporter", "Correspondent", "Editor", "Columnist", "Contributor", "Staff", "Press",
    "Wire Service", "Wire Services", "News Service", "Newswire", "Newswires",
    "WRITER", "REPORTER", "CORRESPONDENT", "EDITOR", "STAFF", "PRESS",
    "WIRE SERVICE", "WIRE SERVICES", "NEWS SERVICE", "NEWSWIRE", "NEWSWIRES",
)
_ROLE = re.compile(rf"(?:.*\b(?:{'|'.join(_ROLE_WORDS)}))\s*$")


#: words of buttons, menus and teasers; a headline rarely holds them
_UI_WORDS = re.compile(
    r"\b(?:print(?:able|er)?|e-?mail(?:ed)?\s+(?:this|article|story|to)|comments?|log\s?in|"
    r"sign\s(?:in|up)|subscribe|font|text size|rss|permalink|bookmark|digg|del\.icio\.us|"
    r"most (?:read|viewed|emailed|popular|commented)|top stories|newsletters?|click|follow us|"
    r"advertise(?:ment)?|cookies|rights reserved|copyright|continue reading|read more|"
    r"more news|(?:related|latest) (?:stories|articles|news|links|coverage|content)|"
    r"site\s?map|contact us|skip (?:to|navigation)|customer (?:service|support)|"
    r"tell us what you think|(?:new|register(?:ed)?) users?)\b",
    re.I,
)


# A link's marks: a bullet or arrow first, an arrow last, or a section tag "[National]".
_LINK_FIRST = frozenset("«»‹›•·>|:")
_LINK_LAST = frozenset("«»‹›>|")
_LINK_TAG = re.compile(r"\s\[[A-Z][\w ]{1,20}\]$")
# "Kate Connolly in Berlin", "Scott Roxborough and Gregg Goldstein",
# "Tim Shufelt, Canwest News Service": names with nothing else.
_NAME = (
    r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)"
    r"(?:\s+(?:[A-Z][\w'’-]*\.?|[A-Z]\.|\([A-Z][\w.'’ -]{0,20}\)|de|van|von|da|di|le|la|al))"
    r"{1,2}"  # "Richard (R.J.) Eskow": initials or a nickname in brackets count as a name
)
_NAMES_ONLY = re.compile(
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
    r"Tell|Vote|Rate|Leave|Write|Browse|Return|Back|Skip|Jump|Log|Bookmark|Save|Comment)\b(?!:)"
)


def _title_score(
    text: str, info: _Info, distance: int, above_meta: bool, below_meta: bool,
    counts: dict[str, int], beat: float = float("-inf"),
) -> float:
    """How much ``text`` looks like the headline; at most ``beat`` when it cannot beat it."""
    tokens = info.tokens
    n = len(tokens)
    s = -TITLE_DISTANCE_COST * distance
    if above_meta:
        s += 2.5
    elif below_meta:
        s += 1.0
    if 4 <= n <= 18:
        s += 2.0
    elif n <= 3:
        s -= 2.0
    if n > 12:  # a caption or a standfirst, more often than a headline
        s -= 0.15 * (n - 12)
    if text[-1] == ".":
        s -= 2.0
    if text[0].islower():
        s -= 2.0
    if text.isupper():
        s -= 1.0
    if counts.get(text, 0) >= 2 and text[-1] != ".":
        # (a sentence repeated is a photo's caption and its alt text)
        s += 2.5
    if s <= beat:
        return s  # the tests below only take points away: this line cannot win
    if _IMPERATIVE.match(text):  # "Go to Google News", "Send us your tips!"
        s -= 2.5
    if _MEDIA_LABEL.match(text):  # "Video: See the storm", "Interactive guide: …"
        s -= 2.5
    # "• review Cloverfield", "Next Article »", "… [National]"
    if text[0] in _LINK_FIRST or text[-1] in _LINK_LAST or (
        text[-1] == "]" and _LINK_TAG.search(text)
    ):
        s -= 2.5
    if "Credit" in text and _GLUED_CREDIT.search(text):
        # "… in 2023.CreditCreditAda Kerrigan/EPA": a photo's caption with its credit
        # glued on (kept in the text: a caption inside the article is often a figure's)
        s -= GLUED_CREDIT_COST
    if _NAMES_ONLY.fullmatch(text):  # "Kate Connolly in Berlin": a byline without "By"
        s -= NAMES_ONLY_COST
    if features.separators(text) or "\t" in text:
        s -= 2.0
    ui = len(_UI_WORDS.findall(text))
    s -= UI_COST * min(ui, 2)
    return s


GLUED_CREDIT_COST = 2.5
_GLUED_CREDIT = re.compile(r"[^\s](?:Credit){1,2}[A-Z]")


# Searched from the start of a white-space run only, and without giving
# spaces back: a plain \s+ made a 20,000-space line cost seconds (quadratic).
_SITE_SUFFIX = re.compile(r"(?<!\s)\s++[|–—-]\s+")
_CRUMB = re.compile(r"(?<!\s)\s++[>»›]\s+")


def _label(
    lines: list[Line], infos: list[_Info], start: int, end: int, title: int | None,
    layout: Layout, boxed: set[int],
) -> None:
    if title is not None:
        top = max(0, title - HEADER_BEFORE_TITLE)
    else:
        top = max(0, start - TITLE_SEARCH_LINES)
    header_end = min(end, start + HEADER_AFTER_START)
    chosen = _choose_date(lines, infos, top, header_end, start, end)
    date_at = None
    if chosen is not None:
        date_at, layout.published, layout.published_raw = chosen
    for k, info in enumerate(infos):
        line = lines[info.i]
        if k != title and k != date_at and (k < top or k > header_end) and not start <= k <= end:
            # far from the article and its header: chrome, by its rule or by place
            if info.chrome is not None:
                line.label, line.rule = "chrome", info.chrome
            elif k < start:
                line.label, line.rule = "chrome", _top_rule(line.text) or "before-article"
            else:
                line.label, line.rule = "chrome", "after-article"
        elif k in boxed:
            line.label, line.rule = "chrome", "box-inside-article"
        else:
            _label_line(lines, infos, k, info, start, end, top, header_end, title, date_at, layout)
        if info.last != info.i:
            for j in range(info.i + 1, info.last + 1):  # the other lines of a wrapped paragraph
                lines[j].label, lines[j].rule = line.label, line.rule
    if layout.byline is None:
        _name_byline(lines, infos, title, date_at, layout, start, end)


def _name_byline(
    lines: list[Line], infos: list[_Info], title: int | None, date_at: int | None,
    layout: Layout, start: int, end: int,
) -> None:
    """A line of names alone is the byline where bylines stand: right under the
    headline, or right above or below the date line (over a role, "Games Editor", or a
    button, "Follow"), or over the story's reading time ("11 min read") above the article.
    (Not among the article's first lines: there, a photo's credit, "Harbour Police",
    reads the same.)  A date found under the article may be another story's: the line
    under the headline is tried first then."""
    places: list[int] = []
    if title is not None and date_at is not None and date_at > end:
        places.append(title + 1)
    if date_at is not None:
        places += [date_at - 1, date_at + 1]
        if date_at >= 2 and (
            _ROLE.match(infos[date_at - 1].text) or len(infos[date_at - 1].tokens) <= 1
        ):
            places.append(date_at - 2)
    if title is not None:
        places.append(title + 1)
    places += [
        k - 1 for k in range(max(1, start - TITLE_SCAN_LINES), start)
        if infos[k].text[0].isdigit() and _READING_TIME.fullmatch(infos[k].text)
    ]
    for k in places:
        if not 0 <= k < len(infos) or k == title or k == date_at:
            continue
        info = infos[k]
        if info.chrome is not None or info.i != info.last:
            continue
        name = bylines.name_line(info.text)
        if name is not None and not _subject(name, infos, k, start, end):
            line = lines[info.i]
            line.label, line.rule = "header", "byline-name-line"
            layout.byline = name
            return


_READING_TIME = re.compile(r"\d{1,3}\s*(?:min(?:ute)?s?\.?)\s+read", re.I)

#: the article's first paragraphs, where a story names the people it is about
SUBJECT_PARAGRAPHS = 3


def _subject(name: str, infos: list[_Info], k: int, start: int, end: int) -> bool:
    """The story's first paragraph names it (its last word), and every word of it is
    written in the first paragraphs: the line names what the story is about (a film's
    title, a club, the person a picture shows), not who wrote it; a writer is seldom
    named in the opening of the story.  A news agency is its byline even when the
    story cites it ("…, Australian Associated Press reported")."""
    if bylines.agency(name):
        return False
    # (capitalised there, as names are written: "press" in a sentence is no "Press";
    # a possessive, "Ada Kerrigan's story", is a note about the writer)
    paragraphs = [
        {w.casefold() for w in _WORD.findall(infos[j].text) if w[0].isupper()}
        for j in range(start, min(end + 1, start + SUBJECT_PARAGRAPHS + 1))
        if j != k
    ]
    words = [w.casefold() for w in _WORD.findall(name) if len(w) > 1]
    return bool(words and paragraphs) and words[-1] in paragraphs[0] and all(
        any(w in p for p in paragraphs) for w in words
    )


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


#: this many short non-prose lines in a row inside the article are a box in
#: it (a chart's labels, a list of links, an advert), not its text
BOX_LINES = 3
#: … unless a line ending with a colon announces them, and they follow it line after
#: line (no blank line between), each at most this many words: the article's own list
ANNOUNCED_ITEM_WORDS = 12


def _boxes(infos: list[_Info], start: int, end: int) -> set[int]:
    boxed: set[int] = set()
    coded = _code_listings(infos, start, end)
    # where each short line of the article is written last (a heading a table of
    # contents names comes back below it)
    last_at = {infos[k].text: k for k in range(start, end + 1) if len(infos[k].tokens) <= 12}
    run: list[int] = []
    # under a line ending with a colon, up to a blank line: its list; the list may stand
    # a blank line below the colon when its items follow one another line after line
    # (one line alone past a blank is a link, "Read on:" … "The price of poultry")
    announced = False
    for k in range(start, end + 2):
        info = infos[k] if k <= end else None
        if info is not None:
            prev = infos[k - 1] if k > 0 else None
            if prev is not None and prev.chrome is None and prev.text[-1] == ":" and (
                len(prev.tokens) >= 2
            ):
                announced = info.i == prev.last + 1 or (
                    info.i == prev.last + 2 and k < end and infos[k + 1].i == info.last + 1
                )
            elif announced:
                announced = (
                    prev is not None and info.i == prev.last + 1
                    and len(info.tokens) <= ANNOUNCED_ITEM_WORDS
                )
        if (
            info is not None and info.score < 0 and (info.chrome is None or info.chrome == LEARNED)
            and len(info.tokens) <= 6 and not features.code_like(info.text)
            and not _list_item(info) and not announced and k not in coded
            and "\t" not in info.text
        ):
            # (cells split by tabs are a table's row, the article's own figures; a box's
            # labels and links stand one to a line)
            # (a line the batch repeats is one of the box's lines, as it is without the
            # batch; it keeps its own rule)
            run.append(k)
            continue
        if len(run) >= BOX_LINES and not _paragraphed(infos, run) and not _contents(
            infos, run, last_at
        ):
            boxed.update(j for j in run if infos[j].chrome is None)
        run = []
    # Under a "Related" heading inside the article: its links, up to the text's next
    # paragraph (a headline-sized line that does not end like a sentence)
    for k in range(start, end):
        if infos[k].chrome in RELATED_HEADINGS:
            j = k + 1
            while j <= end and infos[j].chrome is None and _related_link(infos[j]):
                boxed.add(j)
                j += 1
    return boxed


def _paragraphed(infos: list[_Info], run: list[int]) -> bool:
    """The run's lines stand each a paragraph of its own (blank lines between most of
    them): the article's headings and short paragraphs, not a box's labels."""
    gaps = sum(1 for a, b in pairwise(run) if infos[b].i > infos[a].last + 1)
    if 2 * gaps < len(run) - 1:
        return False
    # a chart's labels stand apart too: its figures ("$915", "600", "'17") give it away
    if _chart(infos, run):
        return False
    # and a box of links or buttons by its marks: "» Buy a link now", "Read on:",
    # "Talkbacks for this article: 18"
    return not any(_linkish(infos[j].text) for j in run)


def _chart(infos: list[_Info], run: list[int]) -> bool:
    figures = sum(1 for j in run if not any(c.isalpha() for c in infos[j].text))
    return CHART_FIGURES * figures >= len(run)


def _contents(infos: list[_Info], run: list[int], last_at: dict[str, int]) -> bool:
    """Most of the run's lines come back further down as the article's headings: the
    run is the article's table of contents, not a box."""
    if _chart(infos, run):
        return False  # (a chart drawn twice, for wide and narrow screens, repeats its labels)
    again = sum(1 for j in run if last_at.get(infos[j].text, -1) > run[-1])
    return 2 * again >= len(run)


def _linkish(text: str) -> bool:
    return (
        text[0] in _LINK_FIRST or text[-1] in _LINK_LAST or ":" in text
        or _UI_WORDS.search(text) is not None
    )


#: a run of short lines where at least one line in this many is a figure alone is a
#: chart's labels
CHART_FIGURES = 3


def _code_listings(infos: list[_Info], start: int, end: int) -> set[int]:
    """The lines of the article's blocks (lines with no blank line between) that hold a
    line of program code: the block is a listing, and its short lines (``<head>``,
    ``body: form``, ``]``) are code too, not a box's labels."""
    coded: set[int] = set()
    block: list[int] = []
    has_code = False
    for k in range(start, end + 2):
        if k <= end and block and infos[k].i == infos[block[-1]].last + 1:
            block.append(k)
        else:
            if has_code and len(block) > 1:
                coded.update(block)
            if k > end:
                break
            block, has_code = [k], False
        info = infos[k]
        if not has_code and info.chrome is None and info.score < 0 and features.code_like(
            info.text
        ) and (len(info.tokens) <= 2 or features.prose_quality(info.text, info.tokens) < 0.5):
            # (a sentence with a few brackets, "Roy (7) … Oden (L)", is no code)
            has_code = True
    return coded


def _related_link(info: _Info) -> bool:
    return (
        info.score <= 0 and len(info.tokens) <= TITLE_MAX_WORDS
        and not features.sentence_end(info.text) and not info.meta
    )


def _label_line(
    lines: list[Line], infos: list[_Info], k: int, info: _Info, start: int, end: int,
    top: int, header_end: int, title: int | None, date_at: int | None, layout: Layout,
) -> None:
    line = lines[info.i]
    in_body = start <= k <= end
    in_header = top <= k <= header_end
    if k == title:
        line.label, line.rule = "title", "headline-above-article"
    elif info.chrome is not None:
        line.label, line.rule = "chrome", info.chrome
    elif k == date_at:
        line.label, line.rule = "header", (
            f"dateline-{info.date.kind}" if info.date else "dateline-structured-data"
        )
        # "on March 10, 2015 by Ada Kerrigan": the date line names the writer too
        if layout.byline is None and info.byline is not None:
            layout.byline = info.byline[1]
    elif (in_header or in_body) and info.byline is not None:
        line.label, line.rule = "header", info.byline[0]
        if layout.byline is None:
            layout.byline = info.byline[1]
    elif (in_header or in_body) and info.caption is not None:
        line.label, line.rule = "caption", info.caption
    elif k < start and in_header and info.chrome is None and (
        credit := rules.match(info.text, "caption")
    ):
        # the shared credit rules ("Reuters / Maxim Shemetov") hold between the
        # headline and the text, where the archive layout uses them too
        line.label, line.rule = "caption", credit
    elif (
        (k < start and in_header or in_body and "(@" not in info.text)
        and len(info.tokens) <= 12 and info.date is not None and info.date.short
        and not (k > header_end and _dated_rows(lines, infos, k))
    ):
        # a line that is only a date is the page's metadata, never the article's text
        line.label, line.rule = "header", "dateline-other"
    elif in_body:
        line.label, line.rule = "body", "article-paragraph"
    elif k < start:
        line.label, line.rule = "chrome", _top_rule(line.text) or "before-article"
    else:
        line.label, line.rule = "chrome", "after-article"


def _dated_rows(lines: list[Line], infos: list[_Info], k: int) -> bool:
    """Line ``k`` and the line next to it both hold a date, in cells: rows of a table in
    the article's text (a program's output, a schedule), not the page's metadata.
    (A list of other stories, each with its date, is not the text either.)"""
    text = infos[k].text
    if not ("\t" in text or "│" in text or "|" in text or "┃" in text):
        return False
    for j in (k - 1, k + 1):
        if 0 <= j < len(infos):
            other = infos[j]
            if (
                abs(other.i - infos[k].i) == 1 and len(other.tokens) <= 12
                and other.date is not None and other.date.short
            ):
                return True
    return False


# The "top" rules (``rules.match(text, "top")``), tried only when the line's first
# two characters can begin one of them: they run on every line above the article.
_TOP_BY_FIRST = prefilter.ByFirstTwo(
    [(r.name.replace("-", "_"), r.pattern) for r in rules.RULES if r.zone == "top"]
)


def _top_rule(text: str) -> str | None:
    pattern = _TOP_BY_FIRST[text[:2]]
    if pattern is None:
        return None
    m = pattern.fullmatch(text)
    return None if m is None else m.lastgroup.replace("_", "-")  # type: ignore[union-attr]


_KIND_RANK = {"published": 0, "date": 1, "updated": 2}


def _choose_date(
    lines: list[Line], infos: list[_Info], top: int, header_end: int, start: int, end: int
) -> tuple[int, date | datetime, str] | None:
    """The publication date line, its date and the date as written: near the headline first, then under the article.

    Among the date lines of the header, "Published …" beats a plain date,
    which beats "Updated …"; then a line above the body beats one inside it,
    and the one nearest the headline wins.
    """
    found = []
    for k in range(top, header_end + 1):
        d = infos[k].date
        if d is not None and d.short and infos[k].chrome is None:
            found.append((_KIND_RANK[d.kind], k >= start, k))
    if not found:
        # farther above the headline, over the section name and share bar
        for k in range(top - 1, max(-1, top - 1 - DATE_ABOVE_LINES), -1):
            d = infos[k].date
            if d is not None and d.short and infos[k].chrome is None:
                found.append((_KIND_RANK[d.kind], top - k, k))
    if not found:
        # a "Published …" line elsewhere (some pages print it under the article)
        for k in range(end + 1, min(len(infos), end + 15)):
            d = infos[k].date
            if d is not None and d.short and infos[k].chrome is None:
                found.append((_KIND_RANK[d.kind], True, k))
    for *_rank, k in sorted(found):
        d = infos[k].date
        value = d.value  # type: ignore[union-attr]
        if value is not None:
            return k, value, d.raw  # type: ignore[union-attr]
    # the page's structured data shown as text ('"datePublished": "2017-11-03 03:01"')
    for k, info in enumerate(infos):
        if info.text.startswith(_JSON_DATE_KEY):
            m = _JSON_DATE.match(info.text)
            value = parse_date(m[1], dayfirst=False) if m is not None else None
            if value is not None:
                return k, value, m[1]  # type: ignore[index]
    # else the page's first date line outside the story's text, wherever it stands (a
    # thread's first post, a date printed far above the story)
    for k, info in enumerate(infos):
        d = info.date
        if d is not None and d.short and info.chrome is None and not start <= k <= end and (
            d.value is not None
        ):
            return k, d.value, d.raw
    return None


_JSON_DATE_KEY = '"datePublished"'
# the date and its clock to the second (what follows, fractions of a second, is not read)
_JSON_DATE = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?)?)')
