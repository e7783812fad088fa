"""The scoring stage's page-level passes: lines read together, not one by one.

Each pass takes the scored lines and returns them, in the order
``scoring.score_lines`` runs them: a picture's button and the caption under
it; a gallery's slides; a count of comments under each record of a list, which
opens no comment section; text hard-wrapped at a fixed width, joined into
paragraphs; a code listing or a chart's labels, which cost little as the
article goes on under them; prose packed line after line on a page that
writes its paragraphs between blank lines (teasers of other stories).  The
lines are still being built: a pass may set their chrome and score in place,
and only the scoring stage runs them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .. import bylines, features
from ..model import Line
from .lines import CREDIT_LINE, Info
from .tuning import CHROME_SCORE, CREDIT_WORDS, ScoreTuning

__all__ = [
    "under_photo_buttons", "galleries", "record_comments", "join_wrapped", "code_blocks",
    "weigh_packed",
]

_SIGNED = re.compile(r"\b(?:posted|wrote|by)\b", re.I)
_FIGURE = re.compile(r"\d")
_CODE_MARK_SET = frozenset("(){}[];=")
_CODE_MARKS = re.compile(r"[(){}\[\];=]|,$")


def under_photo_buttons(infos: list[Info]) -> list[Info]:
    """The line printed right under a picture's button ("View Larger Image") is the
    picture's caption, not the article's text.  (The button weighs what a label does,
    not what chrome does: a picture inside the article does not split it.)"""
    out = infos
    for a, b in pairwise(infos):
        if a.chrome != "enlarge-image":
            continue
        if out is infos:
            out = list(infos)
        k = out.index(a)  # (rare: not worth counting on every line)
        out[k] = a.as_chrome(a.chrome, -features.PAR_COST)
        if b.i == a.i + 1 and b.chrome is None and len(b.tokens) <= bylines.MAX_CAPTION_WORDS:
            out[k + 1] = b.as_caption("under-photo-button", min(b.score, -features.PAR_COST))
    return out


def record_comments(infos: list[Info], t: ScoreTuning) -> list[Info]:
    """A comment section opens once: a line that would open it with a count ("27
    comments", "Comments: 10 pages, 4 figures") said again in one shape under each of
    several records, a blurb between each and the next, is each record's count or
    field.  It is chrome, but no barrier: the list goes on under it."""
    shapes: dict[tuple[str, ...], list[int]] = {}
    for k, info in enumerate(infos):
        if info.chrome in ("comments-marker", "comments-link"):
            # (its first two words, a count among them: "0 comments", "comments: 0 …")
            shape = tuple("0" if w.isdigit() else w.lower() for w in info.tokens[:2])
            if "0" in shape:
                shapes.setdefault(shape, []).append(k)
    counts = set()
    for ks in shapes.values():
        run = [ks[0]]
        for a, b in pairwise(ks):
            if any(info.score >= features.PAR_COST for info in infos[a + 1 : b]):
                run.append(b)
                continue
            if len(run) >= t.record_comments:
                counts.update(run)
            run = [b]
        if len(run) >= t.record_comments:
            counts.update(run)
    if not counts:
        return infos
    return [
        info.as_chrome("record-comments", info.score) if k in counts else info
        for k, info in enumerate(infos)
    ]


def galleries(infos: list[Info], t: ScoreTuning) -> list[Info]:
    """A gallery's slides, from its first counter ("2/50 …") to its last slide's end,
    are chrome."""
    counters = [k for k, info in enumerate(infos) if info.chrome == "gallery-counter"]
    if len(counters) < t.gallery_slides:
        return infos
    runs: list[list[int]] = [[counters[0]]]
    for k in counters[1:]:
        if k - runs[-1][-1] <= t.gallery_gap:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) < t.gallery_slides:
            continue
        # the last slide has as many lines as the one before it
        last = min(len(infos) - 1, run[-1] + run[-1] - run[-2] - 1)
        for info in infos[run[0] : last + 1]:
            if info.chrome is None:
                info.chrome, info.score = "gallery-slide", CHROME_SCORE
    return infos


def _continues(a: Info, b: Info, t: ScoreTuning) -> bool:
    """Line ``b`` goes on with the sentence of line ``a`` (text wrapped at a fixed width)."""
    # (a comment's stamp that names its writer, "Posted by: Sam on 8:21pm Tue 1 Jan 08",
    # heads the comment printed under it, however it ends)
    if a.chrome is not None or b.chrome is not None or b.i != a.last + 1 or (
        a.stamp and _SIGNED.search(a.text) is not None
    ):
        return False
    text = a.text
    if len(text) < t.wrap_min_chars or len(a.tokens) < t.wrap_min_words or not b.tokens:
        return False
    if text[-1] in ",;-–":
        return not b.meta
    if features.sentence_end(text):
        return False
    if CREDIT_LINE.match(b.text) and len(b.tokens) <= CREDIT_WORDS:
        return False  # "by The Times-Picayune" under a headline: a credit, not the next words
    return (b.text[0].islower() or a.tokens[-1] in features.STOP_WORDS) and not b.meta


def join_wrapped(lines: list[Line], infos: list[Info], t: ScoreTuning) -> list[Info]:
    """Lines of one paragraph hard-wrapped at a fixed width, joined into one."""
    joined: list[Info] = []
    run: list[Info] | None = None  # the lines of a wrapped paragraph being joined
    prev = None
    wrap_min_chars = t.wrap_min_chars
    for info in infos:
        # the quick tests of ``_continues`` first: most lines follow a blank
        # line, a short line or chrome, and start a paragraph of their own
        if (
            prev is not None and info.i == prev.last + 1 and len(prev.text) >= wrap_min_chars
            and _continues(prev, info, t)
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


def _paragraph(lines: list[Line], run: list[Info]) -> Info:
    if len(run) == 1:
        return run[0]
    first, last = run[0].i, run[-1].last
    text = " ".join(info.text for info in run)
    tokens = [t for info in run for t in info.tokens]
    # (between blank lines, or the dump's ends)
    around = (first == 0 or lines[first - 1].blank) and (
        last == len(lines) - 1 or lines[last + 1].blank
    )
    return Info(first, text, tokens, features.score(text, tokens, around), last)


def code_blocks(infos: list[Info], t: ScoreTuning) -> list[Info]:
    """The lines of a code listing and of a chart's labels score what code does."""
    n = len(infos)
    # the blocks of lines with no blank line between them, by where each ends
    ends = [k for k, (a, b) in enumerate(pairwise(infos)) if b.i != a.last + 1]
    ends.append(n - 1)
    k = 0
    long_line = features.LONG_LINE_CHARS
    for j in ends:
        if j - k + 1 >= t.code_block_min:
            block = infos[k : j + 1]
            marked = 0
            need = t.code_block_share * len(block)
            spare = len(block) - need  # unmarked lines past this many: no listing
            for info in block:
                text = info.text
                # (a set test walks a short line faster than a regex search)
                if info.chrome is None and (
                    text[-1] == "," or (
                        not _CODE_MARK_SET.isdisjoint(text) if len(text) < long_line
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
    # the runs of at least chart_min short lines, found by a regex over one byte a line.
    chart_words = t.chart_words
    short = bytes([info.chrome is None and len(info.tokens) <= chart_words for info in infos])
    for m in re.finditer(b"\x01{%d,}" % t.chart_min, short):  # (re caches the pattern)
        run = infos[m.start() : m.end()]
        if sum(1 for info in run if _FIGURE.search(info.text)) >= t.chart_share * len(run):
            for info in run:
                info.score = max(info.score, features.CODE_SCORE)
    return infos


def weigh_packed(
    lines: list[Line], infos: list[Info], promos: set[int] | None, t: ScoreTuning
) -> list[Info]:
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
    if packed and spaced >= t.blank_style * (spaced + len(packed)):
        cost = features.PAR_COST
        for info in packed:
            info.score = (info.score + cost) * t.packed_weight - cost
    return infos
