"""SIGINT and SIGTERM held back while a piece of work must not be cut in half.

A handler that raises (the CLI's) may otherwise land inside the pool's
bookkeeping or a write, and leave a lock taken, a pipe half written or a file
descriptor closed twice.  Held back, a signal is delivered as the block ends.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

__all__ = ["REDELIVER", "SIGNALS", "hold_signals"]

SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})
#: the alarm with which the CLI raises again a signal Python dropped (in a weakref
#: callback or a ``__del__``); held back with the two, so it too lands between two pieces of work
REDELIVER = signal.SIGALRM
_HELD = SIGNALS | {REDELIVER}


@contextlib.contextmanager
def hold_signals() -> Iterator[None]:
    """Hold SIGINT and SIGTERM (and REDELIVER) back in this thread while the block runs.

    Threads and processes started inside keep them blocked: the pool's threads
    for good, the workers until their own handlers are set.  So the signals
    reach the main thread only, between two pieces of bookkeeping or two
    writes, never inside one.
    """
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
