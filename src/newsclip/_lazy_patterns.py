"""Regular expressions compiled when first used, not when their module is imported.

Compiling a pattern costs far more than a single dump's use of it, and many patterns
serve a layout most pages lack (a forum's post counts, a wire's credit line, a
Chinese byline): ``lazy(pattern, flags)`` stands for ``re.compile(pattern, flags)``
and compiles on the first call of one of its methods.  From then on its methods are
the compiled pattern's own, with nothing between the caller and the regex engine.
Not for patterns every dump tries (they would be compiled all the same).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["LazyPattern", "lazy"]

#: the methods of a compiled pattern a caller calls (set on the first one's use)
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled on first use.  ``pattern`` is the text
    given (as a compiled pattern's); any other attribute is the compiled pattern's."""

    __slots__ = ("pattern", "_flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # only for what is not set yet
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled when one of its methods is first called."""
    return LazyPattern(pattern, flags)
