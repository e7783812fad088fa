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

#: the methods of a compiled pattern a caller calls
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled on first use.  ``pattern`` is the text
    given, as a compiled pattern's is.

    Until then each method is one that compiles the pattern and calls the compiled
    pattern's; compiling sets the compiled pattern's own methods on the instance, where
    they shadow the class's (a lookup then finds them in the instance's dict: no hook
    such as ``__getattr__``, which would slow every call, stands between).
    """

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

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags!r})"


def _first_call(name: str) -> Any:
    def method(self: LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    method.__name__ = name
    return method


for _name in _METHODS:
    setattr(LazyPattern, _name, _first_call(_name))


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled when one of its methods is first called."""
    return LazyPattern(pattern, flags)
