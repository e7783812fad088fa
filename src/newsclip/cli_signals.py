"""SIGINT and SIGTERM under the command line: raised as ``Signalled`` in the main thread
until the command is over, so that every ``finally`` runs and a run ends with its
documented exit code, never a traceback or an "Exception ignored"."""

from __future__ import annotations

import signal
import sys
from typing import Any

from . import batch

__all__ = ["EXIT_INTERRUPTED", "EXIT_TERMINATED", "Signalled", "handle_signals", "hold_for_good", "run_over"]

EXIT_INTERRUPTED, EXIT_TERMINATED = 128 + signal.SIGINT, 128 + signal.SIGTERM


class Signalled(BaseException):
    """SIGINT or SIGTERM, raised in the main thread so that every ``finally`` runs.

    Not KeyboardInterrupt: click would print "Aborted!" for that.
    """

    code = EXIT_INTERRUPTED
    word = "interrupted"


class _Terminated(Signalled):
    code = EXIT_TERMINATED
    word = "terminated"


#: how soon a signal Python dropped is raised again (seconds)
REDELIVER_AFTER = 0.001
#: the stop the first signal started (its exception type), once one has
_stop: type[Signalled] | None = None


def _on_signal(signum: int, _frame: Any) -> None:
    # The first signal starts an orderly stop; later ones are held back for good,
    # so they can neither interrupt the cleanup nor reach a handler swapped out
    # under them (Python reports such a one as "ignored due to race condition").
    # One that came in a burst, before the first was held, is already on its way
    # to this handler: it returns, as the stop is under way.
    global _stop
    hold_for_good()
    if _stop is None:
        _stop = _Terminated if signum == signal.SIGTERM else Signalled
        raise _stop


def _on_unraisable(unraisable: Any) -> None:
    """A signal's exception raised where Python drops exceptions (a weakref callback,
    such as an import's lock being freed, or a ``__del__``) is raised again a moment
    later, outside it, instead of printed as "Exception ignored" and lost."""
    if isinstance(unraisable.exc_value, Signalled):
        # the signal's handler held every signal back: the alarm alone is let through
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {batch.REDELIVER})
        signal.setitimer(signal.ITIMER_REAL, REDELIVER_AFTER)
    else:
        sys.__unraisablehook__(unraisable)


def _on_redeliver(_signum: int, _frame: Any) -> None:
    if _stop is not None:
        raise _stop


def handle_signals() -> None:
    """From here on SIGINT and SIGTERM raise Signalled in the main thread."""
    for s in batch.SIGNALS:
        signal.signal(s, _on_signal)
    signal.signal(batch.REDELIVER, _on_redeliver)
    sys.unraisablehook = _on_unraisable


def hold_for_good() -> None:
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.pthread_sigmask(signal.SIG_BLOCK, batch.SIGNALS | {batch.REDELIVER})


def run_over() -> None:
    """The run is over: a late signal changes nothing (under ``main`` only: a caller's
    own process, a test's, keeps its signals)."""
    if signal.getsignal(signal.SIGTERM) is _on_signal:
        hold_for_good()
