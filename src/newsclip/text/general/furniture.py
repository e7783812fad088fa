"""A thread's furniture between its posts: what a forum prints around each post.

Part of the region stage, after it.  Around each post of a thread (``thread``)
a forum prints its votes or likes (a count alone on a line), its number ("#2"),
the poster's presence and the note of the post's last edit ("J Offline", "wrote
on last edited by ann_s") and the post's buttons ("Improve this answer",
"Follow", "Click to expand..." under a quoted post).  On any page, a question's answers and their comments are furnished
alike: the poster's name over their reputation ("1,992 gold badges 14 silver
badges"), readers' short comments, each signed with the commenter's name
twice, the second time after a dash ("mnmnc / – mnmnc"), over its date, and
the links of a post's attachments ("View attachment 2028258").  In a thread, a
reply's quote of an earlier post, under its opening ("Ann said:"), says again
what the thread already holds.  None of it is the text.
"""

from __future__ import annotations

import re
from functools import cache

from ..._lazy_patterns import lazy
from ..._vocab import POST_BUTTONS, QUOTE_OPENING, REPUTATION_WORDS
from .. import features
from .lines import Info
from .region import Region
from .tuning import CHROME_SCORE, SHORT_LINE_WORDS

__all__ = ["mark"]

#: a count shown by itself: votes, likes ("67", "1,024"), or the post's number ("#2")
_COUNT = re.compile(r"#?\d{1,3}(?:[,.]\d{3})*")
#: a comment's signature: a dash, then the name the line above gives
_SIGNED = re.compile(r"[–—-]\s+(\S.*)")
#: what a forum prints of a post's poster and its edits, by the post: "J Offline" (the
#: avatar's letter, then the poster's presence), "wrote on last edited by ann_s"
_POST_STATE = lazy(
    r"(?:\w\s+)?(?:Offline|Online)|(?:wrote\s+on\s+)?last\s+edited\s+by(?:\s+\S+)?",
    re.I,
)
#: an attachment's link ("View attachment 2028258"), one or several on a line
_ATTACHMENT = re.compile(r"(?:View attachment \d+\s*)+")
#: a comment's text: at most this many lines between the commenter's name and the
#: stamp, count or comment over it
COMMENT_LINES = 3
_QUOTE_OPENING = lazy(QUOTE_OPENING, re.I)


@cache
def _reputation() -> re.Pattern[str]:
    """A poster's reputation: figures and the badges' words ("1,99222 gold badges14 …")."""
    words = "|".join(REPUTATION_WORDS)
    return re.compile(rf"[\d.,]+k?\s*(?:{words})\b.*", re.I)


def mark(infos: list[Info], region: Region, thread: bool) -> list[Info]:
    """``infos`` with the furniture of the posts in ``region`` marked as chrome: a
    thread's counts and buttons (``thread``), and the reputations and the signed
    comments of a question's answers anywhere."""
    marks: dict[int, str] = {}
    reputation = _reputation()
    for k in range(region.start, region.end + 1):
        info = infos[k]
        if info.chrome is not None or len(info.tokens) > SHORT_LINE_WORDS:
            continue
        text = info.text
        if thread and _COUNT.fullmatch(text) and (
            info.score != features.CODE_SCORE or text[0] == "#"
        ):
            # (a figure in a post's listing of code or its output is the post's; a
            # post's number "#1" is read as a line of code too)
            marks[k] = "post-count"
        elif thread and (text in POST_BUTTONS or _POST_STATE.fullmatch(text)):
            marks[k] = "post-button"
        elif _ATTACHMENT.fullmatch(text):
            marks[k] = "post-attachment"
        elif reputation.fullmatch(text):
            marks[k] = "post-reputation"
            if k - 1 >= region.start and len(infos[k - 1].tokens) <= 3:
                marks[k - 1] = "post-reputation"  # the poster's name over it
        elif (m := _SIGNED.fullmatch(text)) and k > region.start and (
            # (the name alone, or at the end of the comment's text it was read with)
            infos[k - 1].text == m.group(1) or infos[k - 1].text.endswith(" " + m.group(1))
        ):
            # a comment: its text over the commenter's name, under a stamp, a count or
            # another comment (the lines over a name with none of these within
            # COMMENT_LINES are a post's: only the name goes)
            marks[k] = marks[k - 1] = "post-comment"
            text_lines = []
            for j in range(k - 2, max(-1, k - 3 - COMMENT_LINES), -1):
                above = infos[j]
                if above.chrome is not None or above.stamp or above.meta or j in marks:
                    marks.update(dict.fromkeys(text_lines, "post-comment"))
                    break
                text_lines.append(j)
    if thread:
        marks.update(_repeats(infos, region, marks))
    if not marks:
        return infos
    return [
        info.as_chrome(marks[k], CHROME_SCORE) if k in marks else info
        for k, info in enumerate(infos)
    ]


def _repeats(infos: list[Info], region: Region, marks: dict[int, str]) -> dict[int, str]:
    """The lines of a thread's quotes: under a quote's opening ("Ann said:", "Originally
    Posted by Ann", "Quote from: Ann"), the lines that say again a line of an earlier
    post, and without one, two or more such lines in a row (nothing but furniture
    between them).  (A line said twice within one post stays, and so does one line of
    an earlier post said again alone, and a reply's own text.)"""
    seen: dict[str, int] = {}  # a line's text: the number of the post it was first in
    repeats: dict[int, str] = {}
    again: list[int] = []
    post, quoting = 0, False
    for k in range(region.start, region.end + 1):
        info = infos[k]
        if info.stamp or info.meta:
            post, quoting = post + 1, False
        if _QUOTE_OPENING.fullmatch(info.text):
            quoting = True
        if info.chrome is not None or k in marks:
            continue
        if seen.setdefault(info.text, post) != post:
            again.append(k)
            if quoting:
                repeats[k] = "post-quote"
    # (a block of lines said again together, with no opening over it: a quote too)
    for a, b in zip(again, again[1:]):
        if all(infos[j].chrome is not None for j in range(a + 1, b)):
            repeats.setdefault(a, "post-quote")
            repeats.setdefault(b, "post-quote")
    return repeats
