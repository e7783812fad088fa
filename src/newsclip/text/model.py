"""The line model shared by the text-dump layouts.

A layout reader labels every line (chrome, title, header, caption, body,
embed, blank) with the name of the rule that decided it, and fills a few
metadata fields; ``assemble`` turns the labelled lines into a Record.  So the
record and ``newsclip explain`` always agree: both come from the same labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from .._lazy_patterns import lazy
from .._byline import ends_in_facet, lone_label
from .._vocab import URL_LABELS
from ..errors import NoArticleError
from ..record import Embed, Provenance, Record, Source
from . import given_names
from .title import tidy

__all__ = ["LABELS", "Line", "EmbedInfo", "Layout", "split_lines", "assemble"]

LABELS = ("chrome", "title", "header", "caption", "body", "embed", "blank")

# str.strip() already removes U+00A0 and the other Unicode spaces; these are
# the invisible characters it keeps.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


@dataclass(slots=True)
class Line:
    no: int  # 1-based line number in the input
    raw: str
    text: str  # stripped of white space and invisible characters
    label: str = ""
    rule: str = ""
    embed: int | None = None  # index into Layout.embeds for label "embed"

    @property
    def blank(self) -> bool:
        return not self.text

    def provenance(self) -> Provenance:
        """Where the line went (its whole text: a dump's line is kept whole)."""
        return Provenance(self.no, self.label, self.rule, self.text)


@dataclass(slots=True)
class EmbedInfo:
    kind: str
    author: str | None
    handle: str | None
    date: date | datetime | None
    signature: str | None


@dataclass(slots=True)
class Layout:
    """What a layout reader found besides the line labels."""

    name: str
    published: date | datetime | None = None
    published_raw: str | None = None
    #: where the date was read (``Record.published_source``); None: a dump's date line
    published_source: str | None = None
    #: when the page says it was last updated (``Record.modified``)
    modified: date | datetime | None = None
    outlet: str | None = None
    byline: str | None = None
    stated_word_count: int | None = None
    embeds: list[EmbedInfo] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)



def _label_byline(byline: str | None) -> bool:
    """A label's or a filter menu's words that the byline shapes took for a name."""
    return lone_label(byline) or (
        ends_in_facet(byline) and not given_names.starts_with_given_name(byline)
    )


def split_lines(text: str) -> list[Line]:
    if not any(ch in text for ch in _INVISIBLE):
        # The common case, kept to one comprehension: this runs on every dump.
        return [
            Line(no, raw, stripped, "" if stripped else "blank")
            for no, raw in enumerate(text.split("\n"), 1)
            for stripped in (raw.strip(),)
        ]
    lines = []
    for no, raw in enumerate(text.split("\n"), 1):
        stripped = raw.strip()
        if stripped and stripped[0] in _INVISIBLE or stripped and stripped[-1] in _INVISIBLE:
            stripped = stripped.strip(_INVISIBLE).strip()
        lines.append(Line(no, raw, stripped, "" if stripped else "blank"))
    return lines


#: the page's own address printed in a dump's header: alone on the dump's first line (as
#: a browser's print-out heads it), or after a label on any line above the story
_HEADER_URL = re.compile(
    rf"(?:(?P<label>{'|'.join(URL_LABELS)})\s*:\s*)?(?P<url>https?://[^\s/?#]+[^\s]{{0,2000}})",
    re.I,
)


def header_url(lines: list[Line]) -> str | None:
    """The address a dump prints above its story (its title or first body line), if any."""
    first = True
    for line in lines:
        if line.label in ("title", "body"):
            break
        if line.blank:
            continue
        m = _HEADER_URL.fullmatch(line.text)
        if m is not None and (first or m["label"]):
            return m["url"]
        first = False
    return None


_LINK = lazy(r"(?:https?://|pic\.twitter\.com/|www\.)[^\s<>\"“”]+")


def assemble(lines: list[Line], layout: Layout, source: Source) -> Record:
    title_parts: list[str] = []
    header: list[str] = []
    captions: list[str] = []
    paragraphs: list[str] = []
    removed: list[Provenance] = []
    embed_lines: dict[int, list[str]] = {}
    embed_pos: dict[int, int] = {}
    for line in lines:
        label = line.label
        # (the labels most lines have first: chrome, blank, body)
        if label == "chrome":
            removed.append(Provenance(line.no, label, line.rule, line.text))
        elif label == "blank":
            continue
        elif label == "body":
            paragraphs.append(line.text)
        elif label == "embed":
            assert line.embed is not None
            embed_pos.setdefault(line.embed, len(paragraphs))
            if line.rule != "embed-signature":
                embed_lines.setdefault(line.embed, []).append(line.text)
        elif label == "title":
            title_parts.append(line.text)
        elif label == "header":
            header.append(line.text)
        elif label == "caption":
            captions.append(line.text)
    embeds = []
    for i, info in enumerate(layout.embeds):
        text = "\n".join(embed_lines.get(i, ()))
        embeds.append(
            Embed(
                kind=info.kind, text=text, author=info.author, handle=info.handle,
                date=info.date, links=tuple(_LINK.findall(text)),
                position=embed_pos.get(i, len(paragraphs)), signature=info.signature,
            )
        )
    if not paragraphs and not embeds:
        raise NoArticleError("no article text found")
    warnings = list(layout.warnings)
    record = Record(
        title=tidy(" ".join(title_parts)) or None,
        url=header_url(lines),
        published=layout.published,
        published_raw=layout.published_raw,
        published_source=layout.published_source,
        modified=layout.modified,
        outlet=layout.outlet,
        byline=None if _label_byline(layout.byline) else layout.byline,
        stated_word_count=layout.stated_word_count,
        captions=tuple(captions),
        paragraphs=tuple(paragraphs),
        embeds=tuple(embeds),
        header=tuple(header),
        removed=tuple(removed),
        warnings=tuple(warnings),
        source=source,
    )
    stated = layout.stated_word_count
    if stated and abs(record.word_count - stated) > max(25, stated // 4):
        warnings.append(
            f"stated length {stated} words, but the text has {record.word_count}"
        )
        record = _with_warnings(record, warnings)
    return record


def _with_warnings(record: Record, warnings: list[str]) -> Record:
    from dataclasses import replace

    return replace(record, warnings=tuple(warnings))
