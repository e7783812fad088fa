"""A thread's furniture between its posts: what a forum prints around each post.

Part of the region stage, on a thread's page only (``thread``).  Around each
post a forum prints its votes or likes (a count alone on a line), the poster's
name over their reputation ("1,992 gold badges 14 silver badges"), the post's
buttons ("Improve this answer", "Follow"), and readers' short comments, each
signed with the commenter's name twice, the second time after a dash
("mnmnc / – mnmnc"), over its date.  None of it is the thread's text.
"""

from __future__ import annotations

import re
from functools import cache

from ..._vocab import POST_BUTTONS, REPUTATION_WORDS
from .lines import Info
from .region import Region
from .tuning import CHROME_SCORE, SHORT_LINE_WORDS

__all__ = ["mark"]

#: a count shown by itself: votes, likes ("67", "1,024")
_COUNT = re.compile(r"\d{1,3}(?:[,.]\d{3})*")
#: a comment's signature: a dash, then the name the line above gives
_SIGNED = re.compile(r"[–—-]\s+(\S.*)")
#: a comment's text: at most this many lines over the commenter's name
COMMENT_LINES = 3


@cache
def _reputation() -> re.Pattern[str]:
    """A poster's reputation: figures and the badges' words ("1,99222 gold badges14 …")."""
    words = "|".join(REPUTATION_WORDS)
    return re.compile(rf"[\d.,]+k?\s*(?:{words})\b.*", re.I)


def mark(infos: list[Info], region: Region) -> list[Info]:
    """``infos`` with the furniture of the thread in ``region`` marked as chrome."""
    marks: dict[int, str] = {}
    reputation = _reputation()
    for k in range(region.start, region.end + 1):
        info = infos[k]
        if info.chrome is not None or len(info.tokens) > SHORT_LINE_WORDS:
            continue
        text = info.text
        if _COUNT.fullmatch(text):
            marks[k] = "post-count"
        elif text in POST_BUTTONS:
            marks[k] = "post-button"
        elif reputation.fullmatch(text):
            marks[k] = "post-reputation"
            if k - 1 >= region.start and len(infos[k - 1].tokens) <= 3:
                marks[k - 1] = "post-reputation"  # the poster's name over it
        elif (m := _SIGNED.fullmatch(text)) and k > region.start and (
            infos[k - 1].text == m.group(1)
        ):
            # a comment: its text over the commenter's name, under a stamp or a count
            marks[k] = marks[k - 1] = "post-comment"
            for j in range(k - 2, max(region.start, k - 2 - COMMENT_LINES) - 1, -1):
                above = infos[j]
                if above.chrome is not None or above.stamp or above.meta or j in marks:
                    break
                marks[j] = "post-comment"
    if not marks:
        return infos
    return [
        info.as_chrome(marks[k], CHROME_SCORE) if k in marks else info
        for k, info in enumerate(infos)
    ]
