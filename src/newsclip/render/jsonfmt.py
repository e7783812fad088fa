"""JSON and JSON Lines: UTF-8, not ASCII-escaped."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["render", "render_line"]


def render(record: dict[str, Any], **_options: Any) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def render_line(record: dict[str, Any], **_options: Any) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
