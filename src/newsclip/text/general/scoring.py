"""Stage 1 of the general reader: every non-blank line's features, chrome rule and score.

A line's score is its prose words minus a fixed cost (``features.score``), so
paragraphs score high and menu items, buttons and headlines of other stories
score low; a line a chrome rule matches scores ``CHROME_SCORE``.  A comment's
stamp, a caption, a byline and a list item stamped with a clock are no prose
however long; the short lines the batch repeats are chrome that adds nothing to
the article (but does not end it).  Then the page-level passes of ``blocks``
read lines together: a picture's button and its caption, a gallery, text
hard-wrapped at a fixed width, a code listing or a chart, teasers packed line
after line.  After this stage no line's chrome or score changes.
"""

from __future__ import annotations

import re

from ..._lazy_patterns import lazy
from ..._vocab import MONTH_SHORT
from .. import bylines, datelines, features
from ..boilerplate import Boilerplate
from ..model import Line
from . import blocks
from .chrome import (
    COMMENT_HINT,
    GROUP_RULE,
    LEARNED,
    PAGE_TABLE,
    comments_marker,
    hinted_rule,
    repeated_phrase,
)
from .lines import TEXT_CACHE_CHARS, TEXT_CACHE_LINES, Info, timed
from .tuning import (
    ARROW_LINK_WORDS,
    CHROME_SCORE,
    HINTED_MIN_SPACES,
    MAX_CHROME_CHARS,
    REPEATED_PHRASE_CHARS,
    REPEATED_PHRASE_WORDS,
    SHORT_LINE_WORDS,
    ScoreTuning,
    Tuning,
)

__all__ = ["score_lines"]

_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?!\d)")
_CLOCK_APART = re.compile(r"\b\d{1,2}:\d{2}\b")
_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
_ENDS_WITH_CLOCK = re.compile(r"\s\d{1,2}:\d{2}$")
# a time a program wrote, no person's post: a log's seconds and their fraction
# ("11:41:42,612"), a mail header's seconds and zone offset ("11:53:40 -0500")
_MACHINE_TIME = re.compile(r"\b\d{1,2}:\d{2}:\d{2}(?:[,.]\d{3}\b|\s+[+-]\d{4}\b)")
_SIGNATURE = lazy(
    rf"\b(?:posted|wrote|said|says|by|from|at|on|(?:19|20)\d\d|{MONTH_SHORT})\b", re.I
)

#: the chrome rule of each line text read lately (None: no rule; texts up to
#: ``TEXT_CACHE_CHARS``), all forgotten when
#: ``TEXT_CACHE_LINES`` are kept and one more comes
_CHROME_RULES: dict[str, str | None] = {}
_NOT_READ = object()


def score_lines(lines: list[Line], boilerplate: Boilerplate | None, tuning: Tuning) -> list[Info]:
    """The non-blank lines of ``lines``, each with its features, chrome rule and score."""
    t = tuning.scores
    # The loop every line of every dump goes through, so the steps of
    # ``features.words`` and ``features.score`` are written out here with the cheap
    # tests first (this loop was most of the reader's time), and a text's chrome rule
    # (``_chrome_rule``) is read once for the ``TEXT_CACHE_LINES`` texts read last.
    infos = []
    append = infos.append
    findall, non_word, words = features.WORD.findall, features.NON_WORD, features.words
    long_line, label_words = features.LONG_LINE_CHARS, features.LABEL_WORDS
    code_like, code_set = features.code_like, features.CODE_CHAR_SET
    code_score, score = features.CODE_SCORE, features.score
    word_gain, par_cost = features.LABEL_WORD_GAIN, features.PAR_COST
    batch_max = t.batch_max_words
    last_line = len(lines) - 1
    taught: list[int] = []  # indexes into infos of the lines the batch repeats
    known = _CHROME_RULES
    for i, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        ascii_ = text.isascii()
        if ascii_:
            tokens = text.translate(non_word).split() if len(text) > long_line else findall(text)
        else:
            tokens = words(text)
        ntok = len(tokens)
        # (a line's chrome rule depends on its text alone: a site's menus and footer
        # come back on every page of a batch)
        chrome = known.get(text, _NOT_READ)
        if chrome is _NOT_READ:
            chrome = _chrome_rule(text, tokens)
            if len(text) <= TEXT_CACHE_CHARS:
                if len(known) >= TEXT_CACHE_LINES:
                    known.clear()
                known[text] = chrome
        if chrome is not None:
            append(Info(i, text, tokens, CHROME_SCORE, i, chrome))
            continue
        # (after the named rules: "Related" learned from the batch is still the heading
        # that ends an article)
        if boilerplate is not None and 0 < ntok <= batch_max and text in boilerplate:
            taught.append(len(infos))
        if ntok <= label_words:  # a menu item, a button, a label: most lines of a page
            # (``code_like`` needs a box character, a closing ";{}" or a mark of code)
            s = (
                code_score
                if (not ascii_ or text[-1] in ";{}" or not code_set.isdisjoint(text))
                and code_like(text)
                else ntok * word_gain - par_cost
            )
            append(Info(i, text, tokens, s, i))
        else:
            around = (i == 0 or not lines[i - 1].text) and (
                i == last_line or not lines[i + 1].text
            )
            info = Info(i, text, tokens, score(text, tokens, around), i)
            if info.score > 0 or ":" in text:  # (what ``_not_prose`` may find needs either)
                _not_prose(info, t)
            append(info)
    promos = _mark_learned(infos, taught, boilerplate, t) if taught else None  # type: ignore[arg-type]
    infos = blocks.under_photo_buttons(infos)
    infos = blocks.galleries(infos, t)
    infos = blocks.record_comments(infos, t)
    infos = blocks.join_wrapped(lines, infos, t)
    infos = blocks.code_blocks(infos, t)
    return blocks.weigh_packed(lines, infos, promos, t)


def _chrome_rule(text: str, tokens: list[str]) -> str | None:
    """The chrome rule a line's own text matches (``tokens``: its words), if any."""
    ntok = len(tokens)
    phrase_min, phrase_max = REPEATED_PHRASE_WORDS
    chrome = None
    if len(text) <= MAX_CHROME_CHARS:
        pattern = PAGE_TABLE[text[:2]]
        if pattern is not None:
            m = pattern.fullmatch(text)
            if m is not None:
                chrome = GROUP_RULE[m.lastgroup]  # type: ignore[index]
    if chrome is None:
        if text.count(" ") >= HINTED_MIN_SPACES:
            chrome = hinted_rule(text)
            if chrome == "comment-prompt" and timed(text):
                # a teaser's header beside its time: "6 March 02:15 PM EST - Hardware
                # - Add A Comment" (as a count of comments there: ``comments_marker``)
                chrome = None
        if (
            chrome is None and ntok <= SHORT_LINE_WORDS and COMMENT_HINT.search(text) is not None
            and comments_marker(text, tokens)
        ):
            chrome = "comments-marker"
        elif chrome is None and text[-1] in "›»→" and ntok <= ARROW_LINK_WORDS:
            # "View this image ›": a link ("Comments »" stays a comment marker, above)
            chrome = "arrow-link"
        elif (
            chrome is None and phrase_min <= ntok <= phrase_max
            and not features.sentence_end(text)
            # (a repeated phrase's first characters come back later in the line)
            and text.find(text[:REPEATED_PHRASE_CHARS], 1) > 0
            and repeated_phrase(text) and datelines.find(text) is None
        ):
            chrome = "repeated-phrase"
    return chrome


def _not_prose(info: Info, t: ScoreTuning) -> None:
    """Score a line of more words than a label as what it is when that is no prose: a
    caption, a byline, markup, a comment's stamp, an item stamped with a clock."""
    text = info.text
    par_cost = features.PAR_COST
    if info.score > 0 and (
        info.caption or (info.byline and info.byline[0] not in bylines.DATE_RULES)
    ):
        # (a date line that also names the writer keeps its score: it may open the
        # article's run, as the date line it is)
        info.score = -par_cost
    elif (
        info.score > 0 and "<" in text
        and len(_TAG.findall(text, 0, t.markup_scan_chars)) >= t.markup_tags
    ):
        # HTML left in the page's text (a noscript fallback, a tracking pixel) is no
        # prose; in a tutorial's listing it is code, which neither makes nor breaks one
        info.score = features.CODE_SCORE
    if (
        len(info.tokens) <= t.stamp_words and ":" in text and info.score != features.CODE_SCORE
        and _CLOCK.search(text) and _SIGNATURE.search(text) and not _MACHINE_TIME.search(text)
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


def _mark_learned(
    infos: list[Info], taught: list[int], boilerplate: Boilerplate, t: ScoreTuning
) -> set[int]:
    """Mark chrome the short lines the batch repeats (``taught``, indexes into ``infos``),
    scored as they read, but never for the article; return the line numbers of those
    that read as prose (promos)."""
    promos: set[int] = set()
    for k in taught:
        if infos[k].meta:
            # a byline, a date line or a source label the batch repeats ("By The
            # Associated Press") still heads this article
            continue
        if 0 < k < len(infos) - 1 and _shared_prose(infos[k - 1], boilerplate, t) and (
            _shared_prose(infos[k + 1], boilerplate, t)
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
            info.score = t.learned_score
            promos.add(info.i)
    return promos


def _shared_prose(info: Info, boilerplate: Boilerplate, t: ScoreTuning) -> bool:
    return (
        len(info.tokens) > t.batch_max_words and features.sentence_end(info.text)
        and boilerplate.is_shared(info.text)
    )
