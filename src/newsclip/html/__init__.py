"""The HTML reader: a saved page in, a Record out.

``metadata`` reads headline, date, byline and outlet (JSON-LD first, then meta
tags, then markup); ``body`` drops the page chrome by named rules, finds the
article's container and walks it in reading order.  Both work on one lxml
tree; nothing here recurses in Python, and every pass checks the page's time
budget.  It is not a general HTML-to-text converter: text outside the article
goes to ``removed`` with the rule that put it there.
"""

from __future__ import annotations

from ..api import Explained
from ..errors import NoArticleError
from ..record import Record, Removed, Source
from . import body as _body
from . import metadata as _metadata
from ._tree import TIME_BUDGET, Deadline, parse

#: an article shorter than this (characters) makes the reader try again
#: without the class/id rules, which can misfire on unusual templates
MIN_TEXT = 250


def _analyse(html: str, time_budget: float) -> tuple[_metadata.Meta, _body.Body, list[str]]:
    deadline = Deadline(time_budget)
    root, warnings, json_ld = parse(html, deadline)
    meta = _metadata.extract(root, deadline, json_ld)
    result = _extract(root, meta, deadline, by_class=True)
    if sum(map(len, result.paragraphs)) < MIN_TEXT:
        root2, _, _ = parse(html, deadline)
        meta2 = _metadata.extract(root2, deadline, json_ld)
        # Nothing at all: link-only blocks may be all the page has.
        lenient = not result.paragraphs
        retry = _extract(root2, meta2, deadline, by_class=False, lenient=lenient)
        if sum(map(len, retry.paragraphs)) > 2 * sum(map(len, result.paragraphs)):
            meta, result = meta2, retry
            warnings.append("class/id chrome rules set aside: they left almost no text")
            if lenient:
                warnings.append("link-heavy blocks kept: the page has no other text")
    return meta, result, warnings


def _extract(root, meta, deadline, *, by_class: bool, lenient: bool = False) -> _body.Body:
    out = _body.Body()
    body = root.find("body")
    if body is None or 2 * len(_body.text_of(body)) < len(_body.text_of(root)):
        body = root  # broken markup left the page in <head> (or no <body> at all)
    _body.clean_tree(body, out, deadline, by_class=by_class)
    content = _body.find_content(body, deadline)
    _body.collect(body, content, meta, out, deadline, lenient=lenient)
    return out


def read_html(html: str, source: Source, *, time_budget: float = TIME_BUDGET) -> Record:
    """Read one page.  Raises NoArticleError or TimeBudgetError (NewsclipErrors)."""
    meta, result, warnings = _analyse(html, time_budget)
    if not result.paragraphs and not result.embeds:
        raise NoArticleError("no article text found in the page")
    removed = tuple(
        Removed(row.line if row.line and row.line > 0 else None, row.text, row.rule)
        for row in result.rows if row.label == "chrome"
    )
    return Record(
        title=meta.title,
        published=meta.published,
        published_raw=meta.published_raw,
        published_source=meta.published_source,
        modified=meta.modified,
        language=meta.language,
        outlet=meta.outlet,
        byline=meta.byline,
        stated_word_count=None,
        captions=tuple(result.captions),
        paragraphs=tuple(result.paragraphs),
        embeds=tuple(result.embeds),
        header=tuple(result.header),
        removed=removed,
        warnings=tuple(warnings),
        source=source,
    )


def explain_html(html: str, source: Source, *, time_budget: float = TIME_BUDGET) -> list[Explained]:
    """Every kept and dropped block with its label and rule, metadata first."""
    meta, result, _warnings = _analyse(html, time_budget)
    rows = [
        Explained(line, "title" if name == "title" else "header", f"{name}:{rule}", text)
        for name, rule, text, line in meta.sources
    ]
    ordered = sorted(result.rows, key=lambda r: r.line or 0)
    rows.extend(Explained(r.line, r.label, r.rule, r.text) for r in ordered)
    return rows


__all__ = ["read_html", "explain_html"]
