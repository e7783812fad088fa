"""The story said twice: a page's second copy of its article, inside the region.

Part of the region stage, after it.  Some pages hold their article twice (a
desktop and a mobile copy, the story and its print copy, both in the page), and
a text dump prints both, one under the other.  A long run of the region's lines
that says again an earlier run of it, line for line in the same order, is that
second copy: its lines are chrome.  A line said again alone (a pull quote, a
summary box's sentence) or a short run (a chorus, a quote of a few lines) stays:
the run must hold ``tuning.boxes.copy_lines`` lines and ``copy_words`` words.
A reply's quote of an earlier post, under or led by its opening ("Ann wrote:"),
stays too, and so does a copy right under its own byline: a second story signed
again, as a page of stories each under its writer prints it.
"""

from __future__ import annotations

import re

from ..._lazy_patterns import lazy
from ..._vocab import QUOTE_OPENING
from .lines import Info
from .region import Region
from .tuning import CHROME_SCORE, Tuning

__all__ = ["mark"]

_QUOTE_OPENING = lazy(QUOTE_OPENING, re.I)


def _key(info: Info) -> str:
    return " ".join(info.text.split()).casefold()


def mark(infos: list[Info], region: Region, boxed: frozenset[int], tuning: Tuning) -> list[Info]:
    """``infos`` with every later copy of a long run of ``region``'s text lines (not
    chrome, not in ``boxed``) marked as chrome; the first copy stays."""
    seq = [
        k for k in range(region.start, region.end + 1)
        if infos[k].chrome is None and k not in boxed
    ]
    keys = [_key(infos[k]) for k in seq]
    seen: dict[str, list[int]] = {}
    again: list[int] = []
    p = 0
    while p < len(seq):
        run = max((_run(keys, q, p) for q in seen.get(keys[p], ())), default=0)
        if run >= tuning.boxes.copy_lines and sum(
            len(infos[k].tokens) for k in seq[p:p + run]
        ) >= tuning.boxes.copy_words:
            if not _kept(infos, seq, p):
                again.extend(seq[p:p + run])
            p += run  # (a reply's quote, a story signed again stay, whole)
            continue
        seen.setdefault(keys[p], []).append(p)
        p += 1
    if not again:
        return infos
    marked = set(again)
    return [
        info.as_chrome("copy-again", CHROME_SCORE) if k in marked else info
        for k, info in enumerate(infos)
    ]


def _run(keys: list[str], q: int, p: int) -> int:
    """How many lines from ``p`` say again the lines from ``q`` (earlier), in order,
    the earlier run ending before ``p``."""
    n = 0
    while p + n < len(keys) and q + n < p and keys[q + n] == keys[p + n]:
        n += 1
    return n


def _kept(infos: list[Info], seq: list[int], p: int) -> bool:
    """The run from ``p`` is not a copy to drop: a reply's quote of an earlier post,
    under a quote's opening ("Ann wrote:") or led by one; or a second story signed
    again, right under its own byline (a page of stories, each under its writer)."""
    above = infos[seq[p - 1]] if p > 0 else None
    return bool(
        _QUOTE_OPENING.match(infos[seq[p]].text)
        or above is not None and (
            _QUOTE_OPENING.fullmatch(above.text) or above.byline is not None
        )
    )
