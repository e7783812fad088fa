"""The batch's side of inputs of many records, and of the duplicate pass.

A worker turns what ``many.iter_parts`` yields for one input into ``Parts``:
the rendered records (or, with ``--duplicates``, the records and their
signatures, rendered later), and the parts that failed.  The main process
(``store``) runs the duplicate pass in input order and writes:

- to a stream: the records one after another (JSON Lines, CSV rows);
- to ``-o DIR``: an input of many records becomes a folder named after it,
  ``DIR/export/0001.json`` …, written to ``DIR/.export.<pid>.tmp/`` and renamed
  into place whole, so a reader never sees half an export and
  ``--skip-existing`` can trust the folder;
- to one output file the user named: all the records, when the format can
  hold many (``jsonl``, ``csv``).

Nothing here prints or parses; ``batch`` calls it.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import NewsclipError
from .record import Record, RecordRef

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


@dataclass(frozen=True, slots=True)
class Report:
    """What was done with one input's records, for the summary and the failure lines."""

    records: int = 0
    duplicates: int = 0
    dropped: int = 0
    failures: tuple[tuple[int | None, str, str], ...] = ()


def collect(parts: list[Record | NewsclipError], render: Callable[[dict[str, Any]], bytes],
            signature: Callable[[str], bytes | None] | None) -> Parts:
    """A worker's Parts from what ``iter_parts`` yielded for one input."""
    out = Parts()
    for part in parts:
        if isinstance(part, Record):
            out.many = out.many or part.source.index is not None
            if signature is None:
                out.rendered.append((part.source.index, render(part.to_dict())))
            else:
                out.pending.append((part.to_dict(), signature(part.text)))
        else:
            out.many = True
            out.failures.append((getattr(part, "index", None), part.code, str(part)))
    return out


def many_folder(out: str) -> str:
    """``DIR/export.json`` → ``DIR/export``: where an input of many records goes."""
    base, _ext = os.path.splitext(out)
    return base


def record_name(index: int, count: int, suffix: str) -> str:
    width = max(INDEX_WIDTH, len(str(count)))
    return f"{index:0{width}d}{suffix}"


def write_folder_atomic(folder: str, files: list[tuple[str, bytes]], pid: int) -> None:
    """Write ``files`` into ``folder`` as a whole: a temporary folder renamed into place.

    An older folder of the same name is moved aside first and removed after,
    so ``folder`` is always either the old records or all the new ones.
    """
    parent, name = os.path.split(folder)
    tmp = os.path.join(parent, f".{name}.{pid}.tmp")
    old = os.path.join(parent, f".{name}.{pid}.old")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        os.mkdir(tmp)
        for file_name, data in files:
            with open(os.path.join(tmp, file_name), "xb") as fh:
                fh.write(data)
        moved = False
        if os.path.isdir(folder) and not os.path.islink(folder):
            os.rename(folder, old)
            moved = True
        try:
            os.rename(tmp, folder)
        except BaseException:
            if moved:
                os.rename(old, folder)
            raise
        if moved:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def decide(parts: Parts, seen: Any, drop: bool, render: Callable[[dict[str, Any]], bytes],
           ) -> tuple[list[tuple[int | None, bytes]], int, int]:
    """The duplicate pass over one input's records, in order: (rendered, duplicates, dropped)."""
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
