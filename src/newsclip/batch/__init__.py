"""Many inputs at once: walking folders, the job plan, worker processes, atomic writes.

``plan()`` turns what a user named (files, folders, ``-``, a list of paths)
into jobs, one input and the one output it will write, and finds clashes
before anything is written.  ``run()`` parses the jobs, in worker processes
when asked (this process alone writes the outputs), and yields one
``Outcome`` per job in plan order, so output never depends on the number
of workers.  An input of many records (a news-database export) is one job
whose records go to one output, or to a folder of their own (``-o DIR``:
``DIR/export/0001.json`` …); ``--duplicates`` marks near-copies across the
batch in input order.  Nothing here prints, exits or reads options objects;
the CLI turns outcomes into lines.  What this module is not:
a parser (that is ``api.parse``) or a writer of formats (``render``).

Safety rules kept here: an output path is always inside the output folder
(no ``..``, no root, no symlinked folder leading out); outputs are written
to ``.<name>.<pid>.tmp`` beside the target and renamed into place, so a
reader never sees half a file; files that are not regular (FIFOs, devices)
are never opened for reading in a way that could block.
"""

from __future__ import annotations

from ._paths import DEFAULT_SUFFIXES, STDIN, PathList, iter_list, output_name, printable, safe_parts
from ._plan import LEARN_SAMPLE, Collision, Job, Plan, learn, plan, prepare_output
from ._pool import MIN_POOL_JOBS, run
from ._signals import REDELIVER, SIGNALS, hold_signals
from ._work import (Outcome, Report, Settings, Summary, frame, stream_header, temp_path,
                    write_atomic, write_folder_atomic)

__all__ = [
    "DEFAULT_SUFFIXES", "STDIN", "PathList", "iter_list", "output_name", "printable",
    "safe_parts", "LEARN_SAMPLE", "Collision", "Job", "Plan", "learn", "plan",
    "prepare_output", "MIN_POOL_JOBS", "run", "REDELIVER", "SIGNALS", "hold_signals", "Outcome", "Report",
    "Settings", "Summary", "stream_header", "frame", "temp_path", "write_atomic",
    "write_folder_atomic",
]
