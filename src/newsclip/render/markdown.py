"""Markdown with YAML front matter, safe to feed to static-site generators.

Front-matter values are YAML double-quoted scalars with every character that
could end the scalar or the block escaped, so no title (colons, quotes,
``---``, ``#``, line breaks) can break out.  Raw HTML in the article text is
neutralised by default (``<`` becomes ``&lt;``), and lines that Markdown would
read as structure (``# …``, ``> …``, ``- …``, ``1. …``) are escaped, so the
page shows the words the article had.  Template tags (``{{``, ``{%``) are
escaped too, so a site generator never runs text it finds in a dump, and
control characters become numeric references (``&#x1B;``).
"""

from __future__ import annotations

import re
from typing import Any

from .._lazy_patterns import lazy

__all__ = ["FRONT_MATTER_FIELDS", "yaml_scalar", "escape_text", "render"]

FRONT_MATTER_FIELDS = (
    "title", "published", "published_source", "modified", "outlet", "byline", "authors",
    "language", "url", "section", "tags", "edition", "description", "stated_word_count",
    "word_count", "is_article", "duplicate_of", "similarity",
)

# YAML double-quoted scalars: escape backslash, quote, and every character that
# is not printable in YAML or that YAML reads as a line break.
_YAML_ESCAPE = lazy(r'[\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]')
_NAMED = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x00": "\\0"}


def _yaml_char(m: re.Match[str]) -> str:
    ch = m.group()
    return _NAMED.get(ch) or f"\\u{ord(ch):04x}"


def yaml_scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return '"' + _YAML_ESCAPE.sub(_yaml_char, str(value)) + '"'


# Line starts that Markdown reads as structure rather than text.
_BLOCK_START = re.compile(r"^(\s*)([#>+*=_-]|\d{1,9}[.)](?=\s|$)|`{3,}|~{3,}|\|)")
_INLINE = re.compile(r"([\\`*_\[\]])")
_CLOSING_HASHES = re.compile(r"(^|\s)(#+\s*)$")
# Template tags of static-site generators ({{ }}, {% %}, {# #}: Jekyll and
# Eleventy's Liquid, Hugo's shortcodes, Nunjucks) run when the page is built;
# a dump's text must not.  "&#123;" renders as "{" and opens no tag.
_TEMPLATE_OPEN = re.compile(r"\{(?=[{%#])")
# Control characters: a "\r" is a line ending to CommonMark (it would start
# an unescaped line: "\r# heading"), and ESC sequences act on the terminal
# that shows the file.  As numeric references they are inert.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _control_ref(m: re.Match[str]) -> str:
    return f"&#x{ord(m.group()):X};"


def escape_text(text: str, *, keep_html: bool = False) -> str:
    """One paragraph as Markdown that renders as the same words."""
    text = _INLINE.sub(r"\\\1", text)
    if not keep_html:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _TEMPLATE_OPEN.sub("&#123;", text)
    text = _CONTROL.sub(_control_ref, text)
    lines = []
    for line in text.split("\n"):
        m = _BLOCK_START.match(line)
        if m:
            # CommonMark escapes only punctuation (a "\1." shows its backslash),
            # so an ordered-list marker is escaped at its "." or ")".
            start = m.end(2) - 1 if m.group(2)[0].isdigit() else m.end(1)
            line = line[:start] + "\\" + line[start:]
        lines.append(line)
    return "  \n".join(lines)


def render(record: dict[str, Any], *, keep_html: bool = False, **_options: Any) -> str:
    out = ["---"]
    for name in FRONT_MATTER_FIELDS:
        out += _front_matter_field(name, record.get(name))
    out += _front_matter_field("source", record.get("source") or {})
    out.append("---")
    out.append("")
    if record.get("title"):
        heading = escape_text(record["title"], keep_html=keep_html).replace("  \n", " ")
        # A heading's trailing " #" run is its optional closing sequence, not text.
        heading = _CLOSING_HASHES.sub(r"\1\\\2", heading)
        out += ["# " + heading, ""]
    for caption in record.get("captions", ()):
        out += [f"*{escape_text(caption, keep_html=keep_html)}*", ""]
    embeds = sorted(record.get("embeds", ()), key=lambda e: e["position"])
    k = 0
    paragraphs = record.get("paragraphs", ())
    for i, para in enumerate(paragraphs):
        while k < len(embeds) and embeds[k]["position"] <= i:
            out += _embed(embeds[k], keep_html)
            k += 1
        out += [escape_text(para, keep_html=keep_html), ""]
    for embed in embeds[k:]:
        out += _embed(embed, keep_html)
    return "\n".join(out).rstrip("\n") + "\n"


def _front_matter_field(name: str, value: Any, indent: str = "") -> list[str]:
    """``name: value``, a list as a flow sequence of scalars (``["a", "b"]``), or a
    mapping's keys indented under ``name:`` (``source.warc``: one level further)."""
    if isinstance(value, list):
        return [f"{indent}{name}: [{', '.join(yaml_scalar(v) for v in value)}]"]
    if isinstance(value, dict):
        return [f"{indent}{name}:"] + [line for k, v in value.items()
                                      for line in _front_matter_field(k, v, indent + "  ")]
    return [f"{indent}{name}: {yaml_scalar(value)}"]


def _embed(embed: dict[str, Any], keep_html: bool) -> list[str]:
    # escape_text ends each line but the last with a hard break, as in paragraphs
    lines = [f"> {line}" for line in escape_text(embed["text"], keep_html=keep_html).split("\n")]
    signature = embed.get("signature")
    if not signature:
        who = embed.get("author") or ""
        if embed.get("handle"):
            who = f"{who} (@{embed['handle']})".strip()
        signature = f"— {who} {embed.get('date') or ''}".rstrip()
    lines += [">", f"> {escape_text(signature, keep_html=keep_html)}", ""]
    return lines
