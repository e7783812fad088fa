"""One writer per output format, chosen from a small mapping.

Each writer turns one record dict (``Record.to_dict()``) into text; a
format's ``suffix`` is the extension its files get with ``-o DIR``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._frozen import Frozen
from . import csv, jsonfmt, markdown

__all__ = ["Writer", "WRITERS", "render"]


class Writer(Frozen):
    name: str
    suffix: str
    render: Callable[..., str]
    #: True when several records can share one stream (one per line)
    streams: bool


WRITERS: dict[str, Writer] = {
    "json": Writer("json", ".json", jsonfmt.render, streams=False),
    "jsonl": Writer("jsonl", ".jsonl", jsonfmt.render_line, streams=True),
    "md": Writer("md", ".md", markdown.render, streams=False),
    "csv": Writer("csv", ".csv", csv.render, streams=False),
}


def render(record: dict[str, Any], fmt: str, **options: Any) -> str:
    return WRITERS[fmt].render(record, **options)
