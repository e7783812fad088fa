"""The shape of one named rule of the HTML reader, and the example pages two tables share;
the tables of rules are in ``rules`` and ``field_rules``."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Rule", "HEADLINE_PAGE", "GUESSED_HEADLINE_PAGE"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule of the HTML reader."""

    name: str
    #: what it looks at: "tag", "role", "class", "line", "end", "page" or "field"
    kind: str
    #: tag names, roles or class/id words (space-separated), a pattern (kinds line and
    #: end), or in words what the code that applies it looks for (kinds page and field)
    matches: str
    #: what it sends where ``label`` says: markup for most kinds (placed between two
    #: paragraphs of a story, or as the page's body when it holds "{story}", or a whole
    #: page when it starts with "<html"; for kind field, the page's <head>), a line of
    #: text for kinds line and end
    example: str
    #: where it sends it: chrome (``removed``), title, header, caption, body or embed
    label: str = "chrome"
    #: (kind class) word stems matched inside longer names ("sharebar", "commentlist")
    stems: str = ""
    #: False for what is dropped without a row: code, styles and the page's head hold no
    #: text a reader sees
    shown: bool = True


#: a page whose <h1> <title> confirms as the headline
HEADLINE_PAGE = (
    "<html><head><title>Harbour cranes fall silent | Gazette</title></head><body>"
    "<article><h1>Harbour cranes fall silent</h1>{story}</article></body></html>"
)
#: a page without a <title>, whose headline the body reader guesses
GUESSED_HEADLINE_PAGE = (
    "<div class='top'><h2>Volunteers rebuild the old pier</h2></div>"
    "<div class='story'>{story}</div>"
)
