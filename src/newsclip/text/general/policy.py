"""A privacy policy's or terms' text, hidden in a drawer of a shop's page: not the page's text.

Part of the region stage.  A page may hold its privacy policy or terms of
service in full, in a drawer the reader never opens; its long paragraphs are
the densest prose of a product's or a listing's page.  When most of the run's
words stand in lines that speak the law's words about the reader's data
(``_vocab.LEGAL_TERMS``), the run is that drawer (a shop's terms of sale may
open it): its lines are chrome, and the run is looked for again without them.
"""

from __future__ import annotations

import re

from ..._vocab import LEGAL_TERMS, phrase
from ..prefilter import plain_case
from .lines import Info
from .region import Region
from .tuning import CHROME_SCORE, Tuning

__all__ = ["legal", "mark"]

_TERM = re.compile(rf"\b(?:{'|'.join(phrase(t) for t in LEGAL_TERMS)})\b", re.I)


def _words_held(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The longest word of each phrase, in lower case (a word that holds another left
    out): a match of any phrase holds one of them."""
    longest = {max(re.split(r"[\s-]+", p), key=len).lower() for p in phrases}
    return tuple(sorted(k for k in longest if not any(o != k and o in k for o in longest)))


#: for the cheap test before ``_TERM``
_TERM_KEYS = _words_held(LEGAL_TERMS)


def _legal_line(info: Info, terms: int) -> bool:
    text = info.text
    # (a line with none of the words holds no phrase)
    if terms > 0 and plain_case(text):
        low = text.lower()
        if not any(k in low for k in _TERM_KEYS):
            return False
    return len({m.group(0).lower() for m in _TERM.finditer(text)}) >= terms


def legal(infos: list[Info], region: Region, tuning: Tuning) -> bool:
    """Most of the run's prose speaks of the reader's data and rights."""
    t = tuning.region
    prose = [len(info.tokens) for info in infos[region.start : region.end + 1] if info.score > 0]
    words = sum(prose)
    if words < t.legal_min_words:
        return False
    # the lines are searched only while the answer is open (every line of a story
    # is searched for the law's words otherwise)
    need = t.legal_share * words
    legal_words, left = 0, words
    for info in infos[region.start : region.end + 1]:
        if info.score <= 0:
            continue
        n = len(info.tokens)
        left -= n
        if _legal_line(info, t.legal_terms):
            legal_words += n
            if legal_words >= need:
                return True
        elif legal_words + left < need:
            return False
    return False


def mark(infos: list[Info], region: Region) -> list[Info]:
    """``infos`` with the run's lines chrome."""
    return [
        info.as_chrome("legal-text", CHROME_SCORE) if region.start <= k <= region.end else info
        for k, info in enumerate(infos)
    ]
