"""The language of an article, as an ISO 639-1 code ("en", "de").

An HTML page declares one (JSON-LD ``inLanguage``, ``<html lang>``,
``og:locale``, a ``content-language`` meta tag); py3langid, a well-kept
detector, checks it against the article's text, and gives the language of a
text dump, which declares none.  py3langid costs about half a second of CPU
to load its model once per process (bench/dates.py), three times a text
dump's whole start-up budget: detection runs only when asked
(``detect_language=True``, ``--detect-language``), and without it a page's
declaration stands unchecked and a dump's language is null.

Not a general language detector: a short text or an unsure verdict gives no
language rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (text dumps never import lxml)
    from lxml import etree

__all__ = ["LANGUAGE_KEYS", "SURE", "code", "declared_language", "detect", "decide"]

#: a language tag as pages write it: "en", "en-US", "pt_BR", "DE"
_TAG = re.compile(r"^\s*([A-Za-z]{2})(?:[-_][A-Za-z0-9]{1,8})*\s*$")
#: meta keys (lower case) that declare the page's language, in order of trust
LANGUAGE_KEYS = ("og:locale", "content-language", "language", "dc:language", "dcterm:language")
#: the detector reads at most this many characters of the text (enough to be sure,
#: and a long text costs time for nothing)
MAX_CHARS = 5000
#: … and at least this many: below, a verdict is a guess
MIN_CHARS = 200
#: the detector's share of the probability it must give a language to overrule
#: a page's declaration, or to name the language of a text that declares none
SURE = 0.95


def code(tag: str | None) -> str | None:
    """ISO 639-1 from a language tag ("en-US" -> "en"); None for anything else."""
    m = _TAG.match(tag or "")
    return m[1].lower() if m else None


def declared_language(
    root: etree._Element, tags: dict[str, str], json_ld: str | None
) -> str | None:
    """What the page says its language is: JSON-LD (the article's own), then
    ``<html lang>``, then meta tags."""
    html = root if root.tag == "html" else root.find(".//html")
    candidates: Iterable[str | None] = (
        json_ld,
        html.get("lang") if html is not None else None,
        html.get("{http://www.w3.org/XML/1998/namespace}lang") if html is not None else None,
        *(tags.get(key) for key in LANGUAGE_KEYS),
    )
    return next((c for c in map(code, candidates) if c), None)


@lru_cache(maxsize=1)
def _identifier():  # (py3langid's LanguageIdentifier)
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # imported late: numpy, a model

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str | None, float]:
    """py3langid's language of ``text`` and its probability; (None, 0.0) for a text
    too short to tell."""
    sample = text[:MAX_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    return code(lang), float(prob)


def decide(declared: str | None, text: str, *, check: bool) -> tuple[str | None, str | None]:
    """The article's language, and a warning when the text overrules the page.

    Without ``check`` the declaration stands (or there is none).  With it, the
    detector's sure verdict replaces a declaration it contradicts (templates
    declare "en" on pages in every language) and names the language of a text
    that declares none."""
    if not check:
        return declared, None
    found, prob = detect(text)
    if found is None or found == declared or prob < SURE:
        return declared, None
    if declared is None:
        return found, None
    return found, f"the page declares language {declared!r}, its text reads as {found!r}"
