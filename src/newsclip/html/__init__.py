"""The HTML reader: a saved page in, a Record out (BeautifulSoup with lxml).

First version: the page is flattened to the text a browser would show, block
by block, and read by the text-dump reader; ``<title>`` and ``og:title`` feed
the headline.
"""

from __future__ import annotations

from ..api import Explained
from ..record import Record, Source

_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "head")
_BLOCKS = (
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figure",
    "figcaption", "table", "tr", "br", "pre", "dd", "dt", "form",
)


def _flatten(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(_DROP):
        tag.decompose()
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    return soup.get_text()


def read_html(html: str, source: Source) -> Record:
    from ..text import read_text

    return read_text(_flatten(html), source)


def explain_html(html: str, source: Source) -> list[Explained]:
    from ..text import analyse

    lines, _layout = analyse(_flatten(html))
    return [Explained(ln.no, ln.label, ln.rule, ln.text) for ln in lines]
