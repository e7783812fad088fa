"""JSON and JSON Lines: UTF-8, not ASCII-escaped."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["render", "render_line", "array_item", "array_end"]


def render(record: dict[str, Any], **_options: Any) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def render_line(record: dict[str, Any], **_options: Any) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def array_item(line: bytes, first: bool) -> bytes:
    """A record rendered by ``render_line`` as an item of a JSON array written one
    record a line, item by item (``array_end`` closes it)."""
    return (b"[\n" if first else b",\n") + line.rstrip(b"\n")


def array_end(count: int) -> bytes:
    """What closes such an array of ``count`` items (``[]`` alone for none)."""
    return b"\n]\n" if count else b"[]\n"
