"""Frozen groups of named values, made without ``dataclasses``' generated code.

``@dataclass(frozen=True)`` writes the source of each class's ``__init__``,
``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__`` and ``__delattr__`` and
compiles it with ``exec`` when the class is made: a fraction of a millisecond a
class, milliseconds for the general reader's thresholds (one class with dozens of
fields), paid by every process that reads a text dump.  A subclass of ``Frozen``
behaves as such a dataclass: keyword or positional arguments in the fields' order
(a field without a default must be given), equality and hash over the fields (only
with its own class), the dataclass's ``repr``, and
``dataclasses.FrozenInstanceError`` on assignment.  Its fields are its annotated
class attributes (``ClassVar`` ones aside), and their values the defaults; every
instance holds every field (a default read from the class would be an attribute the
interpreter cannot specialise its reads of: the general reader reads its thresholds
on every line).  It is no dataclass: ``dataclasses.fields`` and ``replace`` do not
take it.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from typing import Any, ClassVar

__all__ = ["Frozen"]


class Frozen:
    """A frozen group of named values with defaults (see the module)."""

    __slots__ = ()
    #: the fields' names, in the order they are declared, and the defaults (taken off
    #: the class: each instance holds its own values)
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = [n for n, a in cls.__dict__.get("__annotations__", {}).items()
               if not str(a).startswith("ClassVar") and n not in cls._fields]
        cls._fields = (*cls._fields, *own)
        cls._defaults = {**cls._defaults, **{n: cls.__dict__[n] for n in own if n in cls.__dict__}}
        for name in own:
            if name in cls.__dict__:
                delattr(cls, name)
        cls.__match_args__ = cls._fields

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        names = self._fields
        if len(args) > len(names):
            raise TypeError(f"{type(self).__qualname__}() takes {len(names)} positional "
                            f"arguments but {len(args)} were given")
        for name, value in zip(names, args):
            if name in kwargs:
                raise TypeError(f"{type(self).__qualname__}() got multiple values for "
                                f"argument {name!r}")
            kwargs[name] = value
        unknown = kwargs.keys() - set(names)
        if unknown:
            raise TypeError(f"{type(self).__qualname__}() got an unexpected keyword "
                            f"argument {min(unknown)!r}")
        values = {**self._defaults, **kwargs}
        if len(values) < len(names):
            missing = [name for name in names if name not in values]
            raise TypeError(f"{type(self).__qualname__}() missing required arguments: "
                            f"{', '.join(missing)}")
        for name in names:  # (in one order: instances share their dictionaries' keys)
            object.__setattr__(self, name, values[name])

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")
