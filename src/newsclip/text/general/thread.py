"""A thread of posts (a forum's, a question's answers): every post is the text, not the first.

Part of the region stage.  A forum prints each post under a stamp of one
shape: the poster's name, the date and time, the post's number
("alison100 3 May 2025 09:21 2", "#2 · Mar 21, 2025").  The run of prose the
region stage finds is one post; under it the next stamp would read as the
start of a comment section.  When the run begins under a stamp whose shape
(the poster's name left out) comes back over the posts below, the page is a
thread: its region runs from the first post to the end of the last one.
An article's comments are not a thread: its own header is a date line of
another shape, or a comments heading stands between them (a barrier breaks
the chain of stamps).
"""

from __future__ import annotations

import re
from collections import Counter

from ..._vocab import MONTH, MONTH_WORDS, SIGNED_UNDER_WORDS
from .. import bylines, datelines, features
from .chrome import BARRIERS, RELATED_HEADINGS
from .lines import Info
from .region import Region, densest
from .tuning import HEADER_LINE_WORDS, Tuning

__all__ = ["find", "first_post", "stamp_shape"]

_MONTH = re.compile(rf"\b{MONTH}(?![^\W\d_])", re.I)
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")
# a stamp's date: a month's name by a number, or a clock; or a date in figures that
# ``datelines`` reads as one, with no word after the writer's name ("Ann – 3/6/2026 | 72":
# "14.11.11 CSS codes" is a section's number and its heading)
_DATED_SHAPE = re.compile(r"~ 0|0 ~|0[:h]0")
_FIGURES_SHAPE = re.compile(r"0[/.-]0[/.-]0")
_DIGIT = re.compile(r"\d")
#: what a shape holds besides its words ("w"), figures ("0") and months ("~")
_MARKS = "".join(sorted(set(map(chr, range(32, 127))) - set("0w~")))
#: the lines that end an article, which no thread runs across
_ENDS = BARRIERS | RELATED_HEADINGS


def stamp_shape(text: str) -> str | None:
    """The shape of a post's stamp, its writer's name left out ("Kestrel 3 May 2025 09:46
    3" -> "0 ~ 0 0:0 0", a month written "~"), or None when the line holds no date or clock."""
    tail = _tail(text)
    if not tail:
        return None
    shape = _shape(tail)
    if _DATED_SHAPE.search(shape) or (
        "w" not in shape and _FIGURES_SHAPE.search(shape) and datelines.find(text) is not None
    ):
        return shape
    return None


def _tail(text: str) -> list[str]:
    """The words of a stamp after its writer's name: the words before the first that
    begins with no letter, or with a month's name."""
    tokens = text.split()
    k = 0
    while k < len(tokens) and tokens[k][0].isalpha() and (
        tokens[k].lower().rstrip(".,:") not in MONTH_WORDS
    ):
        k += 1
    return tokens[k:]


def _shape(tail: list[str]) -> str:
    # (a month is "~", which is no letter: other words become "w" after it)
    return _LETTERS.sub("w", _DIGITS.sub("0", _MONTH.sub("~", " ".join(tail))))


def find(infos: list[Info], region: Region, tuning: Tuning) -> Region | None:
    """The thread whose posts ``region`` begins among, as a region from the first post to
    the end of the last; None when the page is no thread."""
    t = tuning.region
    ends: frozenset[int] | None = None  # (read once a stamp is found: most pages have none)
    best: list[int] = []
    # the stamps right over the run's first line or among its first lines (or the last
    # one further up), each in a chain of stamps of its shape that begins above the run
    for k in _candidates(infos, region, t.dated_lines, t.thread_gap):
        info = infos[k]
        shape = stamp_shape(info.text) if _stamp(info) else None
        if shape is None or k in best:
            continue
        if ends is None:
            ends = _ends(infos, t.thread_posts)
        chain = _chain(infos, k, shape, t.thread_gap, ends)
        if (
            len(chain) >= t.thread_posts and len(chain) > len(best) and chain[0] <= region.start
            and _posts(infos, chain) >= t.thread_posts - 1
        ):
            best = chain
    if not best or ends is None:
        return None
    end = _last_post_end(infos, best[-1], t.thread_gap, ends)
    if best[-1] >= region.end and _signed_under(infos[best[-1]].text):
        # (an answer's stamp signs the post above it: what follows the last one, the
        # poster's card and the answer's comments, is no post)
        end = best[-1]
    # the first post is the prose under the last stamp over it (a thread's "Start date",
    # a poster's date of joining, stand above the post's own stamp)
    first = next(a for a, b in zip(best, best[1:]) if _prose(infos, a, b))
    start = first + 1
    if best[0] > 0 and _signed_under(infos[first].text):
        # a question's stamp signs the post above it ("asked Jun 29, 2012 at 10:51", an
        # editor's "edited …" over it): the question is the run of prose over its stamps
        start = _post_above(infos, best[0], t.thread_gap, ends) or start
    # (a thread holds the run it was found by: the run's prose is among its posts)
    return Region(start, end) if end >= region.end else None


def _post_above(infos: list[Info], stamp: int, gap: int, ends: frozenset[int]) -> int | None:
    """Where the post signed by the stamp at line ``stamp`` begins: the run of lines
    ending at the last line of prose over the stamp (at most ``gap`` lines up) whose
    score is highest; None when no prose stands over it, or a line that ends an
    article stands between."""
    lo = max(0, stamp - gap)
    last = next((k for k in range(stamp - 1, lo - 1, -1) if infos[k].score > 0), None)
    if last is None or any(k in ends for k in range(last, stamp)):
        return None
    best, best_start, total = float("-inf"), last, 0.0
    for k in range(last, lo - 1, -1):
        if k in ends:
            break
        # (a listing of code in the post is the post's, however long: it costs nothing)
        total += max(infos[k].score, 0.0) if infos[k].score == features.CODE_SCORE else infos[k].score
        if total > best:
            best, best_start = total, k
    return best_start


def _signed_under(text: str) -> bool:
    """``text`` is a stamp that signs the post above it ("asked Jun 29, 2012 at 10:51")."""
    return text.split(maxsplit=1)[0] in SIGNED_UNDER_WORDS


def _candidates(infos: list[Info], region: Region, lines: int, gap: int) -> list[int]:
    """The lines a thread's stamp may be found on: right over the run's first line or
    among its first lines, and the last stamp over those, at most ``gap`` lines up (a
    question's answers are each signed under the answer, "answered Jun 8, 2018 at 10:24",
    with votes and buttons between the stamp and the next answer)."""
    near = list(range(max(0, region.start - lines), min(region.end, region.start + lines) + 1))
    for k in range(near[0] - 1, max(-1, region.start - gap - 1), -1):
        if _stamp(infos[k]) and stamp_shape(infos[k].text) is not None:
            return [k, *near]
    return near


def _stamp(info: Info) -> bool:
    """The cheap tests a stamp passes: short, no chrome, a figure in it."""
    return (
        len(info.tokens) <= HEADER_LINE_WORDS and info.chrome is None
        and _DIGIT.search(info.text) is not None
    )


def _ends(infos: list[Info], posts: int) -> frozenset[int]:
    """The lines that end an article (a comments heading, "Related"), but for a button
    that comes back under every post ("Add a comment" under each answer): a line whose
    words come back ``posts`` times is the posts' own."""
    ends = [k for k, info in enumerate(infos) if info.chrome in _ENDS]
    times = Counter(_button(infos[k].text) for k in ends)
    return frozenset(k for k in ends if times[_button(infos[k].text)] < posts)


def _button(text: str) -> str:
    """A button's own words: the line before a bar ("Add a comment | Show 2 more comments"
    and "Add a comment |" are the button "Add a comment")."""
    return text.split("|", 1)[0].strip()


def _chain(infos: list[Info], k: int, shape: str, gap: int, ends: frozenset[int]) -> list[int]:
    """The stamps of ``shape`` above and under line ``k``, each at most ``gap`` lines from
    the one before, no line of ``ends`` between them."""
    size = shape.count(" ") + 1
    digit = _DIGIT.search
    # (a stamp ends as the shape does, with a figure or a word: tested first, on the
    # line's last word)
    ends_in_figure = shape.rstrip(_MARKS)[-1:] == "0"
    chain = [k]
    n = len(infos)
    for step in (-1, 1):
        at = k
        while True:
            found = None
            j, lines = at + step, 0
            while 0 <= j < n and lines < gap:
                info = infos[j]
                if info.score != features.CODE_SCORE:
                    lines += 1  # (a post's listing of code or its log is one block, however long)
                if info.chrome is not None:
                    if j in ends:
                        break
                # (the cheap tests first, inline: this loop walks most of a long page)
                elif (
                    len(info.tokens) <= HEADER_LINE_WORDS and info.tokens
                    and info.tokens[-1][-1].isdigit() == ends_in_figure
                    and digit(info.text) is not None
                ):
                    tail = _tail(info.text)
                    if len(tail) == size and _shape(tail) == shape:
                        found = j
                        break
                j += step
            if found is None:
                break
            chain.append(found)
            at = found
    return sorted(chain)


def _posts(infos: list[Info], chain: list[int]) -> int:
    """How many of the gaps between the chain's stamps hold prose: posts."""
    return sum(1 for a, b in zip(chain, chain[1:]) if _prose(infos, a, b))


def _prose(infos: list[Info], a: int, b: int) -> bool:
    return any(infos[j].score > 0 for j in range(a + 1, b))


def _last_post_end(infos: list[Info], stamp: int, gap: int, ends: frozenset[int]) -> int:
    """Where the post under the thread's last stamp ends: its run of prose, up to the next
    line that ends an article."""
    hi = min(len(infos) - 1, stamp + gap)
    for j in range(stamp + 1, hi + 1):
        if j in ends:
            hi = j - 1
            break
    if hi <= stamp:
        return stamp
    last = densest(infos, stamp + 1, hi)
    if sum(info.score for info in infos[last.start : last.end + 1]) <= 0:
        return stamp
    return last.end


#: the number a forum gives a thread's first post, beside its date on the post's stamp
#: ("11-29-2024, 09:03 AM #1", "#1 2025-11-01 15:14:37", "30th March 2025 #1 | Link")
_FIRST_POST = re.compile(r"(?:^|\s)#1(?:\s|$)")
#: … or after the clock at the stamp's end, the poster's handle first ("ada_k (Ada)
#: September 5, 2024, 11:15pm 1")
_FIRST_POST_AFTER_CLOCK = re.compile(r"\d\s*[ap]\.?m\.?\s+1$", re.I)


def first_post(info: Info) -> bool:
    """``info`` is the stamp of a thread's first post: a date line with the number 1."""
    text = info.text
    if "#1" in text:
        return info.dated and _FIRST_POST.search(text) is not None
    return text.endswith(" 1") and info.dated and (
        _FIRST_POST_AFTER_CLOCK.search(text) is not None and bylines.poster(text) is not None
    )
