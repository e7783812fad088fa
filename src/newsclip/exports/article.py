"""One article of an export: its lines labelled, then made a Record.

    classic                              Nexis Uni
    (counter line, cut off by split)     Headline
    Outlet              (centred)        Outlet
    January 11, 2010 Monday              January 11, 2010 Monday
    Edition 1; / Scotland                Copyright 2010 …
    Headline                             Section: … / Length: … / Byline: …
    BYLINE: / SECTION: / LENGTH: …       Body
    body paragraphs                      body paragraphs
    LOAD-DATE: / LANGUAGE: …             Classification / Language: … / Load-Date: …
    Copyright 2010 … (centred)           (End of Document, cut off by split)

The stages, each on blocks (runs of lines between blank lines): the tail
(labels, copyright and markers, read from the bottom up), the head (outlet,
date, edition, headline), the labels under the headline, the body between.
A hard-wrapped paragraph is one block, and becomes one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache

from ..dates import parse_date
from ..errors import NewsclipError
from ..record import Record, Source
from ..text import bylines
from ..text.features import sentence_end
from ..text.general.tuning import DEFAULT as GENERAL_TUNING
from ..text.model import Layout, Line, assemble
from . import labels
from .split import Segment, centred, is_rights, label_of, stated_length

__all__ = ["DATE_SEARCH_BLOCKS", "DATE_MAX_WORDS", "UNKNOWN_LABEL_WORDS", "HEADLINE_MAX_WORDS",
           "WRAP_MAX_CHARS", "SHORT_OF_WIDTH", "ExportError", "Found", "blocks", "read",
           "read_date"]

#: how many blocks from the top the date line may be (outlet, date; a cover before it)
DATE_SEARCH_BLOCKS = 4
#: a date line is short ("January 11, 2010 Monday 7:15 PM GMT")
DATE_MAX_WORDS = 9
#: a label no table row knows is metadata only when its value is this short
UNKNOWN_LABEL_WORDS = 40
#: a headline is not longer
HEADLINE_MAX_WORDS = 60
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")
_PAGE = re.compile(r"(?:p|pg|page|s|seite|p\.?|pp)\.?\s*[\dA-Z]{1,5}\w?", re.I)
_LIST_ITEM = re.compile(r"(?:[-•*·–]|\d{1,2}[.)])\s")


class ExportError(NewsclipError):
    """One article of an export that gives no record (cut off, no text at all)."""

    code = "export"

    def __init__(self, message: str, index: int | None = None, count: int | None = None):
        super().__init__(message)
        self.index = index
        self.count = count


@dataclass(slots=True)
class Found:
    """What the stages found besides the line labels."""

    outlet: str | None = None
    published: date | datetime | None = None
    published_raw: str | None = None
    edition: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    language: str | None = None  # the interface language of the labels
    has_tail: bool = False
    warnings: list[str] = field(default_factory=list)


def blocks(lines: list[Line], start: int, stop: int) -> list[list[int]]:
    """Runs of non-blank lines between blank lines, as lists of line indexes."""
    out: list[list[int]] = []
    run: list[int] = []
    for i in range(start, stop):
        if lines[i].blank:
            if run:
                out.append(run)
                run = []
        else:
            run.append(i)
    if run:
        out.append(run)
    return out


def _set(lines: list[Line], block: list[int], label: str, rule: str) -> None:
    for i in block:
        lines[i].label, lines[i].rule = label, rule


def _label_block(lines: list[Line], block: list[int], layout: str) -> tuple[str, str] | None:
    """``(label, value)`` when the block is one labelled field (its value may wrap)."""
    found = label_of(lines[block[0]].text)
    if found is None:
        return None
    label, value = found
    known = labels.field_of(label) is not None
    if not known:
        # classic labels are in capitals ("JOURNAL-CODE"), Nexis Uni's start with one
        shaped = label.isupper() if layout == "classic" else label[0].isupper()
        value_words = len(value.split()) + sum(len(lines[i].text.split()) for i in block[1:])
        if not shaped or value_words > UNKNOWN_LABEL_WORDS:
            return None
    if len(block) > 1:
        value = " ".join([value, *(lines[i].text for i in block[1:])]).strip()
    return label, value


def read(lines: list[Line], seg: Segment, index: int, count: int, source: Source,
         extra_warnings: tuple[str, ...] = (), outside: tuple[int, ...] = ()) -> tuple[Record, bool]:
    """Label the segment's lines and make its record; also whether the article is whole
    (closed by its marker, or with its tail of labels or copyright under the body).

    ``outside`` are the lines of no article that its record's ``removed`` takes
    in (its counter or marker; the cover, for the first).  Raises ExportError
    for an article with no line at all.
    """
    found = Found()
    bl = blocks(lines, seg.start, seg.stop)
    if not bl:
        raise ExportError("an empty article", index, count)
    body_end = _tail(lines, bl, seg, found)
    head_end = _head(lines, bl, body_end, seg, found)
    body_start = _head_labels(lines, bl, head_end, body_end, seg, found)
    paragraphs = _body(lines, bl[body_start:body_end])
    record = _record(lines, seg, paragraphs, found, source, index, count, extra_warnings,
                     outside)
    return record, seg.closed or found.has_tail


# --------------------------------------------------------------------------- stages


def _tail(lines: list[Line], bl: list[list[int]], seg: Segment, found: Found) -> int:
    """Label the tail from the bottom up; return the index of its first block."""
    k = len(bl)
    while k > 0:
        block = bl[k - 1]
        first = lines[block[0]]
        field_label = _label_block(lines, block, seg.layout)
        if field_label is not None:
            label, value = field_label
            name = labels.field_of(label)
            if name == "graphic":
                _set(lines, block, "caption", "export-graphic")
            else:
                _set(lines, block, "header", "export-label")
            if name is not None:
                found.fields.setdefault(name, value)
                found.language = found.language or labels.interface_language(label)
                found.has_tail = found.has_tail or name in labels.TAIL_FIELDS
        elif all(is_rights(lines[i].text) for i in block) or (
            seg.layout == "classic" and all(centred(lines[i]) for i in block)
            and any(is_rights(lines[i].text) for i in block)
        ):
            _set(lines, block, "header", "export-copyright")
            found.has_tail = True
        elif len(block) == 1 and labels.is_section_marker(first.text) and k < len(bl):
            _set(lines, block, "chrome", "export-section-marker")
        else:
            break
        k -= 1
    return k


def _is_date(text: str, language: str | None) -> bool:
    return len(text.split()) <= DATE_MAX_WORDS and _YEAR.search(text) is not None and (
        read_date(text, language) is not None
    )


def _head(lines: list[Line], bl: list[list[int]], end: int, seg: Segment, found: Found) -> int:
    """Label outlet, date, edition and headline; return the index of the first block after."""
    language = _interface_language(lines, bl)
    found.language = found.language or language
    date_at: tuple[int, int] | None = None
    if seg.layout == "classic":
        first_label = next((k for k in range(end) if _label_block(lines, bl[k], seg.layout)), end)
        for k in range(min(DATE_SEARCH_BLOCKS, first_label)):  # the date line: near the top
            date_at = _date_in(lines, bl[k], k, language)
            if date_at is not None:
                break
    else:
        # the labels under the date line (a cover page above the first article has
        # labels of its own, and no date line right above them)
        first_label = end
        for k in range(end):
            if _label_block(lines, bl[k], seg.layout):
                if date_at is not None:
                    first_label = k
                    break
                continue
            date_at = _date_in(lines, bl[k], k, language) or date_at
        if date_at is None:
            first_label = next(
                (k for k in range(end) if _label_block(lines, bl[k], seg.layout)), end)
    if date_at is None:
        found.warnings.append("no date line in the article's header")
    if seg.layout == "classic":
        return _classic_head(lines, bl, first_label, date_at, found)
    return _uni_head(lines, bl, first_label, date_at, found)


def _date_in(lines: list[Line], block: list[int], k: int,
             language: str | None) -> tuple[int, int] | None:
    for j, i in enumerate(block):
        if _is_date(lines[i].text, language):
            return k, j
    return None


def _classic_head(lines: list[Line], bl: list[list[int]], first_label: int,
                  date_at: tuple[int, int] | None, found: Found) -> int:
    # outlet above the date; edition under it, in its block or centred below it; the
    # headline is what stands between them and the labels
    k_date = date_at[0] if date_at is not None else -1
    k = 0
    if date_at is None or k_date > 0 or date_at[1] > 0:
        outlet_block = bl[0]
        _set(lines, outlet_block, "header", "export-outlet")
        found.outlet = " ".join(lines[i].text for i in outlet_block)
        k = 1
    if date_at is not None:
        for kk in range(k, k_date):  # more centred lines above the date: the outlet's
            _set(lines, bl[kk], "header", "export-outlet")
        block = bl[k_date]
        _date(lines, block[date_at[1]], found)
        for i in block[: date_at[1]]:
            lines[i].label, lines[i].rule = "header", "export-outlet"
        for i in block[date_at[1] + 1 :]:
            _edition(lines, i, found)
        k = k_date + 1
        while k < first_label - 1 and all(centred(lines[i]) for i in bl[k]):
            for i in bl[k]:
                _edition(lines, i, found)
            k += 1
    return _headline(lines, bl, k, first_label)


def _uni_head(lines: list[Line], bl: list[list[int]], first_label: int,
              date_at: tuple[int, int] | None, found: Found) -> int:
    # headline, outlet, date from the top; under a cover page, the two blocks above the date
    if date_at is None:
        k_date = min(2, first_label)
        top = 0
    else:
        k_date = date_at[0]
        _date(lines, bl[k_date][date_at[1]], found)
        top = max(0, k_date - 2)
    for kk in range(top):
        _set(lines, bl[kk], "chrome", "export-cover")
    if k_date - top == 2 or (date_at is None and first_label >= 2):
        _set(lines, bl[top], "title", "export-headline")
        _set(lines, bl[top + 1], "header", "export-outlet")
        found.outlet = " ".join(lines[i].text for i in bl[top + 1])
    elif k_date - top == 1:
        _set(lines, bl[top], "title", "export-headline")
    k = k_date + 1 if date_at is not None else k_date
    for kk in range(k, first_label):  # copyright, edition between the date and the labels
        for i in bl[kk]:
            if is_rights(lines[i].text):
                lines[i].label, lines[i].rule = "header", "export-copyright"
            else:
                _edition(lines, i, found)
    return max(k, first_label)


def _headline(lines: list[Line], bl: list[list[int]], k: int, first_label: int) -> int:
    if first_label <= k:
        if first_label < len(bl) and first_label == k:
            return k  # the labels start at once ("HEADLINE: …" is one of them)
        # no label under the headline: it is the one block after the header
        if k < len(bl) and len(" ".join(lines[i].text for i in bl[k]).split()) <= HEADLINE_MAX_WORDS:
            _set(lines, bl[k], "title", "export-headline")
            return k + 1
        return k
    for kk in range(k, first_label):
        _set(lines, bl[kk], "title", "export-headline")
    return first_label


def _head_labels(lines: list[Line], bl: list[list[int]], k: int, end: int, seg: Segment,
                 found: Found) -> int:
    """Label the fields under the headline; return the index of the body's first block."""
    length_seen = False
    while k < end:
        block = bl[k]
        field_label = _label_block(lines, block, seg.layout)
        if field_label is None:
            break
        label, value = field_label
        name = labels.field_of(label)
        if length_seen and name is None:
            break  # after the length only known fields: "WASHINGTON: …" starts the body
        if name == "headline":
            _set(lines, block, "title", "export-headline-label")
        else:
            _set(lines, block, "caption" if name == "graphic" else "header", "export-label")
        if name is not None:
            found.fields.setdefault(name, value)
            found.language = found.language or labels.interface_language(label)
        length_seen = length_seen or name == "length" or stated_length(value) is not None
        k += 1
    if k < end - 1 and len(bl[k]) == 1:
        text = lines[bl[k][0]].text
        if labels.is_section_marker(text) or (
            seg.layout == "uni" and text.isalpha() and text[0].isupper() and len(text) <= 20
        ):
            _set(lines, bl[k], "chrome", "export-body-marker")
            k += 1
    return k


def _body(lines: list[Line], body: list[list[int]]) -> list[Line]:
    """Body paragraphs: the lines of a block hard-wrapped at a fixed width are joined.

    Exports set paragraphs apart with blank lines, so a block is one paragraph
    unless it shows otherwise: lines longer than any wrap width (one paragraph
    per line), a line that falls well short of the block's width after a full
    stop (a paragraph's end), a short line (a list, an address) or a list item.
    """
    paragraphs = []
    for block in body:
        _set(lines, block, "body", "export-body")
        texts = [lines[i].text for i in block]
        width = max(len(t) for t in texts[:-1]) if len(texts) > 1 else 0
        start = 0
        for k in range(1, len(texts) + 1):
            if k < len(texts) and not _ends_paragraph(texts[k - 1], texts[k], width):
                continue
            paragraphs.append(replace(lines[block[start]], text=_join(texts[start:k])))
            start = k
    return paragraphs


#: a hard-wrapped line is not longer (exports wrap at about 80 columns)
WRAP_MAX_CHARS = 100
#: a wrapped line falls short of the block's width by less than a long word
SHORT_OF_WIDTH = 20


def _ends_paragraph(text: str, following: str, width: int) -> bool:
    return (
        width > WRAP_MAX_CHARS
        or len(text) < GENERAL_TUNING.scores.wrap_min_chars
        or _LIST_ITEM.match(following) is not None
        or (len(text) < width - SHORT_OF_WIDTH and sentence_end(text))
    )


def _join(texts: list[str]) -> str:
    out = texts[0]
    for t in texts[1:]:
        # a word hyphenated at the wrap keeps its hyphen: "well-" + "known" is "well-known"
        out += t if out.endswith("-") and out[-2:-1].isalpha() else " " + t
    return out


def _date(lines: list[Line], i: int, found: Found) -> None:
    line = lines[i]
    line.label, line.rule = "header", "export-date"
    found.published_raw = line.text
    found.published = read_date(line.text, found.language)


def _edition(lines: list[Line], i: int, found: Found) -> None:
    lines[i].label, lines[i].rule = "header", "export-edition"
    found.edition.append(lines[i].text)


def _interface_language(lines: list[Line], bl: list[list[int]]) -> str | None:
    for block in bl:
        found = label_of(lines[block[0]].text)
        if found is not None:
            language = labels.interface_language(found[0])
            if language is not None:
                return language
    return None


@lru_cache(maxsize=1024)
def read_date(text: str, language: str | None) -> date | datetime | None:
    """A date line in any interface language ("11. Januar 2010 Montag")."""
    value = parse_date(text, dayfirst=False)
    if value is not None:
        return value
    # dateparser knows the month and weekday names of every language the databases
    # export in; imported late, as English date lines never need it
    import dateparser

    languages = [language] if language else None
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        value = dateparser.parse(text, languages=languages, settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    if value is None:
        return None
    has_time = value.time() != datetime.min.time() or re.search(r"\d[:.h]\d\d", text)
    return value if has_time else value.date()


# --------------------------------------------------------------------------- the record


def _record(lines: list[Line], seg: Segment, paragraphs: list[Line], found: Found,
            source: Source, index: int, count: int, extra_warnings: tuple[str, ...],
            outside: tuple[int, ...]) -> Record:
    fields = found.fields
    layout = Layout("export", published=found.published, published_raw=found.published_raw,
                    outlet=found.outlet)
    layout.warnings = [*extra_warnings, *found.warnings]
    if "length" in fields:
        layout.stated_word_count = stated_length(fields["length"])
    else:
        layout.warnings.append("no length line (LENGTH:) in the article's header")
    if "byline" in fields:
        named = bylines.byline(fields["byline"]) or bylines.byline("By " + fields["byline"])
        layout.byline = named[1] if named is not None else fields["byline"]
    source = replace(source, index=index, count=count)
    parts = [_field_text(ln) for ln in lines[seg.start : seg.stop]
             if ln.label not in ("body", "blank")]
    parts += paragraphs
    parts += (lines[i] for i in outside if not lines[i].blank)
    parts.sort(key=lambda ln: ln.no)
    try:
        record = assemble(parts, layout, source)
    except NewsclipError:
        # the metadata of an article that is only a graphic (or whose text the database
        # left out): a record without paragraphs, so the file's count stays whole
        layout.warnings.append("no body text: the article is only its metadata (a graphic?)")
        record = _empty(parts, layout, source)
    section = _section(fields.get("section"))
    language = labels.language_code(fields["language"]) if "language" in fields else None
    return replace(record, section=section, edition=" ".join(found.edition) or None,
                   language=language)


def _field_text(line: Line) -> Line:
    """A caption's or headline's line without its label ("GRAPHIC: PHOTO: …" → "PHOTO: …")."""
    if line.rule in ("export-graphic", "export-headline-label") or (
        line.label == "caption" and line.rule == "export-label"
    ):
        found = label_of(line.text)
        if found is not None:
            return replace(line, text=found[1])
    return line


def _empty(parts: list[Line], layout: Layout, source: Source) -> Record:
    return Record(
        title=" ".join(ln.text for ln in parts if ln.label == "title") or None,
        published=layout.published, published_raw=layout.published_raw, outlet=layout.outlet,
        byline=layout.byline, stated_word_count=layout.stated_word_count,
        captions=tuple(ln.text for ln in parts if ln.label == "caption"), paragraphs=(),
        embeds=(), header=tuple(ln.text for ln in parts if ln.label == "header"),
        removed=tuple(ln.provenance() for ln in parts if ln.label == "chrome"),
        warnings=tuple(layout.warnings), source=source,
    )


def _section(value: str | None) -> str | None:
    """"FEATURES; Pg. 6" → "FEATURES": the page reference is not the section's name."""
    if not value:
        return None
    parts = [p.strip() for p in value.split(";")]
    kept = [p for p in parts if p and not _PAGE.fullmatch(p)]
    return "; ".join(kept) or None
