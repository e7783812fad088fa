"""Any page's text dump, where no archive metadata line marks the layout.

A first, simple reader: chrome rules anywhere, the headline as the first
substantial line, body as the lines that read like prose.  (The scored
article finder of the "any news site" work replaces the body choice here.)
"""

from __future__ import annotations

import re

from . import rules
from .boilerplate import Boilerplate
from .embeds import label_embeds
from .model import Layout, Line

_SENTENCE_END = re.compile(r"[.!?…\"”’)]$")


def read(lines: list[Line], boilerplate: Boilerplate | None = None) -> Layout:
    layout = Layout("general")
    title_at = None
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if boilerplate is not None and line.text in boilerplate:
            line.label, line.rule = "chrome", "repeated-across-batch"
            continue
        rule = rules.match(line.text, "any") or (
            rules.match(line.text, "top") if title_at is None else None
        )
        if rule is not None:
            line.label, line.rule = "chrome", rule
        elif title_at is None and 2 <= len(line.text.split()) <= 30:
            line.label, line.rule, title_at = "title", "first-headline-like-line", i
        elif title_at is not None and _prose(line.text):
            line.label, line.rule = "body", "prose-line"
        else:
            line.label, line.rule = "chrome", "not-prose"
    label_embeds(lines, 0, len(lines), layout)
    return layout


def _prose(text: str) -> bool:
    words = text.split()
    return len(words) >= 8 or (len(words) >= 3 and bool(_SENTENCE_END.search(text)))
