"""The text-dump reader: decoded text in, a Record (or line labels) out.

It picks the layout (the news-archive layout when its metadata line is
there, else the general reader), and never imports lxml or BeautifulSoup.
"""

from __future__ import annotations

from ..record import Provenance, Record, Source
from . import archive
from .boilerplate import Boilerplate
from .model import Line, Layout, assemble, split_lines


def analyse(
    text: str, boilerplate: Boilerplate | None = None
) -> tuple[list[Line], Layout]:
    """Label every line of ``text``; return the lines and what the layout found."""
    lines = split_lines(text)
    h = archive.find_header(lines)
    if h is not None:
        layout = archive.read(lines, h)
    else:
        from . import general  # imported late: archive dumps never need it

        layout = general.read(lines, boilerplate)
    return lines, layout


def read_text(text: str, source: Source, boilerplate: Boilerplate | None = None) -> Record:
    lines, layout = analyse(text, boilerplate)
    return assemble(lines, layout, source)


def explain_text(text: str) -> list[Provenance]:
    """Every line of ``text`` with its label and the rule that gave it."""
    lines, _layout = analyse(text)
    return [line.provenance() for line in lines]


__all__ = ["analyse", "read_text", "explain_text", "Line", "Layout"]
