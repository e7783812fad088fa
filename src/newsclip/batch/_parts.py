"""The batch's side of inputs of many records (exports), and of the duplicate pass.

A worker turns what ``api.iter_parts`` yields for one input into ``Parts``:
the rendered records (or, with ``--duplicates``, the records and their
signatures, rendered once the pass has marked them), and the parts that
failed.  The main process runs the duplicate pass in input order
(``decide``) and writes:

- to a stream, or to the one output the user named: the records one after
  another (JSON Lines, CSV rows, the items of a JSON array);
- to ``-o DIR``: an input of many records becomes a folder named after it,
  ``DIR/export/0001.json`` …, written whole and renamed into place
  (``_work.write_folder_atomic``), so a reader never sees half an export and
  ``--skip-existing`` can trust the folder.

Nothing here prints, parses or writes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .._frozen import Frozen
from ..errors import NewsclipError
from ..record import Record, RecordRef

__all__ = ["RECORD_NAME", "Parts", "Report", "collect", "decide", "many_folder",
           "record_name"]

#: the file names of one input's records: 0001.json … (wider past 9,999 records)
INDEX_WIDTH = 4
RECORD_NAME = re.compile(r"\d{4,}\.\w+")


@dataclass(slots=True)
class Parts:
    """What one input gave, as a worker hands it to the main process."""

    #: rendered records and their ``source.index``, in order (without --duplicates)
    rendered: list[tuple[int | None, bytes]] = field(default_factory=list)
    #: record dicts and their signatures, in order (with --duplicates)
    pending: list[tuple[dict[str, Any], bytes | None]] = field(default_factory=list)
    #: parts that gave no record: (index, code, message)
    failures: list[tuple[int | None, str, str]] = field(default_factory=list)
    #: True when the input holds many records (an export), not one
    many: bool = False


class Report(Frozen):
    """What was done with one input's records, for the summary and the failure lines."""

    records: int = 0
    duplicates: int = 0
    dropped: int = 0
    failures: tuple[tuple[int | None, str, str], ...] = ()


def collect(parts: Iterable[Record | NewsclipError], render: Callable[[dict[str, Any]], bytes],
            signature: Callable[[str], bytes | None] | None) -> Parts:
    """A worker's Parts from what ``iter_parts`` yielded for one input (or from a web
    archive's pages)."""
    out = Parts()
    count = 0
    for part in parts:  # (a web archive's pages come one by one, as it is read)
        count += 1
        if isinstance(part, Record):
            out.many = out.many or part.source.index is not None
            if signature is None:
                out.rendered.append((part.source.index, render(part.to_dict())))
            else:
                out.pending.append((part.to_dict(), signature(part.text)))
        else:
            out.many = True
            out.failures.append((getattr(part, "index", None), part.code, str(part)))
    out.many = out.many or count > 1
    return out


def decide(parts: Parts, seen: Any, drop: bool, render: Callable[[dict[str, Any]], bytes],
           ) -> tuple[list[tuple[int | None, bytes]], int, int]:
    """The duplicate pass over one input's records, in order: (rendered, duplicates, dropped).

    ``seen`` is the batch's ``duplicates.Duplicates``, fed in input order.
    """
    rendered = []
    duplicates = dropped = 0
    for record, sig in parts.pending:
        source = record["source"]
        found = seen.add(RecordRef(source["path"], source["index"]), sig)
        if found is not None:
            duplicates += 1
            if drop:
                dropped += 1
                continue
            record = {**record, "duplicate_of": found[0].to_dict(), "similarity": found[1]}
        rendered.append((source["index"], render(record)))
    return rendered, duplicates, dropped


def many_folder(out: str) -> str:
    """``DIR/export.json`` → ``DIR/export``: where an input of many records goes."""
    return os.path.splitext(out)[0]


def record_name(index: int, count: int, suffix: str) -> str:
    """``0001.json``: the file of an input's record ``index`` of ``count``."""
    width = max(INDEX_WIDTH, len(str(count)))
    return f"{index:0{width}d}{suffix}"
