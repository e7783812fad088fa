"""Which ASCII characters a regular expression's match can begin with.

A table of named chrome rules is one long alternation, and trying it on every
line of a dump is the reader's largest single cost, though most lines start
with a character no rule can start with.  ``first_ascii`` reads a pattern's
syntax tree (the ``re`` module's own parser) and returns a superset of the
ASCII characters a match can begin with, so a reader can skip the rules a
line cannot match, or try only those that can, and get the same answer.
Lines that begin with a non-ASCII character always get the full alternation:
case-insensitive matching folds a few of those (``ſ``, ``K``) onto ASCII.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "ASCII", "first_ascii", "first_pairs", "WARM_UP_LINES", "ByFirstChar", "ByFirstTwo",
    "InTurn", "plain_case", "CannotStart", "FIRST_CHARS_WARM_UP",
]

try:  # the parser is private: without it nothing is skipped, answers stay the same
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - Python versions without these modules
    _P = _C = None  # type: ignore[assignment]

ASCII = frozenset(chr(c) for c in range(128))
#: ``string.digits`` and ``string.whitespace``, without the import of ``string``, which
#: nothing else of a dump needs
_DIGITS, _WHITESPACE = "0123456789", " \t\n\r\x0b\x0c"
_SPECIAL_FOLDS = {"s": "ſ", "k": "\u212a", "i": "ı"}
#: the letters other than A-Z that case-insensitive matching takes for ASCII letters
#: ("ſ" for "s", "İ" and "ı" for "i", the Kelvin sign for "k")
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def plain_case(text: str) -> bool:
    """``text`` holds none of the letters case-insensitive matching takes for an ASCII
    letter but ``str.lower`` does not turn into one: a case-insensitive pattern of ASCII
    words matches ``text`` only where ``text.lower()`` holds them (the cheap test, ``in``,
    may go first)."""
    return text.isascii() or _FOLDS_TO_ASCII.search(text) is None


def _fold(chars: set[str]) -> set[str]:
    """The ASCII characters case-insensitive matching takes for any of ``chars``."""
    out = set()
    for c in chars:
        for v in (c, c.lower(), c.upper()):
            if len(v) == 1:
                out.update(x for x in (v, v.lower(), v.upper()) if len(x) == 1)
    return out & ASCII


def _in_set(items: list, ignorecase: bool) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))
        elif op is _C.RANGE:
            lo, hi = av
            for a in ASCII:
                variants = {a, a.lower(), a.upper()} if ignorecase else {a}
                if ignorecase and a.lower() in _SPECIAL_FOLDS:
                    variants.add(_SPECIAL_FOLDS[a.lower()])
                if any(lo <= ord(v) <= hi for v in variants):
                    chars.add(a)
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            chars.update(_DIGITS)
        elif op is _C.CATEGORY and av is _C.CATEGORY_SPACE:
            chars.update(_WHITESPACE)
        else:  # a negated set, a word class: anything
            return None
    return _fold(chars) if ignorecase else {c for c in chars if c in ASCII}


def _first(seq, ignorecase: bool) -> tuple[set[str] | None, bool]:
    """(possible first ASCII characters or None for any, whether ``seq`` may match empty)."""
    chars: set[str] = set()
    for op, av in seq:
        if op is _C.AT or op is _C.ASSERT or op is _C.ASSERT_NOT:
            continue  # zero width: the next item gives the character
        if op is _C.LITERAL:
            found, nullable = {chr(av)}, False
            if ignorecase:
                found = _fold(found)
            found &= ASCII
        elif op is _C.IN:
            found, nullable = _in_set(av, ignorecase), False
        elif op is _C.SUBPATTERN:
            _group, add, remove, sub = av
            ic = (ignorecase or bool(add & _C.SRE_FLAG_IGNORECASE)) and not (
                remove & _C.SRE_FLAG_IGNORECASE
            )
            found, nullable = _first(sub, ic)
        elif op is _C.ATOMIC_GROUP:
            found, nullable = _first(av, ignorecase)
        elif op is _C.BRANCH:
            found, nullable = set(), False
            for branch in av[1]:
                f, n = _first(branch, ignorecase)
                if f is None:
                    found = None
                elif found is not None:
                    found |= f
                nullable = nullable or n
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            found, nullable = _first(sub, ignorecase)
            nullable = nullable or lo == 0
        else:  # any character, a back reference, a conditional: anything
            return None, False
        if found is None:
            return None, False
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def first_ascii(pattern: str) -> frozenset[str]:
    """A superset of the ASCII characters a non-empty match of ``pattern`` can begin with."""
    if _P is None:
        return ASCII
    try:
        found, nullable = _first(_P.parse(pattern), False)
    except (re.error, TypeError, ValueError):  # a pattern the parser reads otherwise
        return ASCII
    if found is None or nullable:
        return ASCII
    return frozenset(found)


#: prefix sets past this size are given up (the pattern may then begin any way its
#: first character allows)
_MAX_PREFIXES = 4000


def _concat(heads: set[str], tails: set[str], size: int) -> set[str]:
    out = {h for h in heads if len(h) >= size}
    out.update((h + t)[:size] for h in heads if len(h) < size for t in tails)
    return out


def _prefixes(seq, ignorecase: bool, size: int) -> set[str] | None:
    """The first ``size`` ASCII characters of the matches of ``seq`` (a string shorter
    than ``size`` is a whole match), or None when they cannot be told."""
    out = {""}
    for op, av in seq:
        if all(len(h) >= size for h in out):
            break
        if op is _C.AT or op is _C.ASSERT or op is _C.ASSERT_NOT:
            continue  # zero width: leaving it out only lets more through
        if op is _C.LITERAL:
            item = _fold({chr(av)}) if ignorecase else {chr(av)} & ASCII
        elif op is _C.IN:
            item = _in_set(av, ignorecase)
        elif op is _C.SUBPATTERN:
            _group, add, remove, sub = av
            ic = (ignorecase or bool(add & _C.SRE_FLAG_IGNORECASE)) and not (
                remove & _C.SRE_FLAG_IGNORECASE
            )
            item = _prefixes(sub, ic, size)
        elif op is _C.ATOMIC_GROUP:
            item = _prefixes(av, ignorecase, size)
        elif op is _C.BRANCH:
            item = set()
            for branch in av[1]:
                found = _prefixes(branch, ignorecase, size)
                if found is None:
                    return None
                item |= found
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            once = _prefixes(sub, ignorecase, size)
            if once is None:
                return None
            # past ``size`` more repeats than the least, every string is long enough
            item, run = set(), {""}
            for times in range(min(hi, lo + size) + 1):
                if times >= lo:
                    item |= run
                run = _concat(run, once, size)
        else:  # any character, a word class, a back reference: cannot be told
            return None
        if item is None:
            return None
        out = _concat(out, item, size)
        if len(out) > _MAX_PREFIXES:
            return None
    return out


def first_pairs(pattern: str) -> frozenset[str] | None:
    """A superset of the first two characters of the matches of ``pattern`` two or more
    characters long, where both are ASCII; None when they cannot be told."""
    if _P is None:
        return None
    try:
        parsed = _P.parse(pattern)
        found = _prefixes(parsed, bool(parsed.state.flags & _C.SRE_FLAG_IGNORECASE), 2)
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if found is None:
        return None
    return frozenset(h for h in found if len(h) == 2)


#: lines a table answers with the full alternation before it compiles the
#: smaller ones: each takes milliseconds to compile, which a single dump's
#: hundred lines would not pay back, and a batch's thousands do
WARM_UP_LINES = 3000


class ByFirstChar(dict):
    """Maps a line's first character to the alternation worth trying on it, or None.

    ``table[text[0]]``: for an ASCII character, the alternation of only the
    patterns that can begin with it (in their order, so the first alternative
    that matches is the same), or None when none can; for any other
    character, and for every line until ``warm_up`` lines have been looked up,
    the full alternation.  Either answer gives the same match.
    """

    def __init__(self, named: list[tuple[str, str]], warm_up: int = WARM_UP_LINES) -> None:
        super().__init__()
        self.named = named
        self._firsts: list[frozenset[str]] | None = None
        self._full: re.Pattern[str] | None = None
        self._by_choice: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._warm_up = warm_up  # lookups left before the smaller alternations

    @property
    def full(self) -> re.Pattern[str]:
        """The alternation of every pattern, compiled when a line first needs it (a table
        no line of a dump reaches costs nothing)."""
        if self._full is None:
            self._full = _alternation(self.named)
        return self._full

    @property
    def firsts(self) -> list[frozenset[str]]:
        """Each pattern's possible first characters (``first_ascii``), read when the
        warm-up is over: parsing every pattern costs a single dump as much as compiling it."""
        if self._firsts is None:
            self._firsts = [first_ascii(pattern) for _name, pattern in self.named]
        return self._firsts

    def __missing__(self, char: str) -> re.Pattern[str] | None:
        if char not in ASCII:
            return self.full
        if self._warm_up > 0:
            self._warm_up -= 1
            return self.full  # not stored: the lookup comes back here, and counts
        chosen = tuple(k for k, first in enumerate(self.firsts) if char in first)
        pattern = None
        if chosen:
            pattern = self._by_choice.get(chosen)
            if pattern is None:
                pattern = self._by_choice[chosen] = _alternation([self.named[k] for k in chosen])
        self[char] = pattern
        return pattern


#: lines ``CannotStart`` answers with no character before it parses its patterns: more
#: than nine in ten dumps ask fewer times (a dump's byline rules are asked for about 60
#: lines, 120 at the 90th centile), and a batch, which parses them after these, tries only
#: these few lines against every rule (with WARM_UP_LINES, 150 web-archive records took 1.4%
#: more instructions)
FIRST_CHARS_WARM_UP = 300


class CannotStart:
    """The ASCII characters with which no match of any of ``patterns`` can begin: a line
    that begins with one is rejected without trying them.

    ``chars`` is None until ``warm_up`` lines have asked ``warm()``, which answers with no
    character until then (every line is tried: the same answer, a line it would reject is
    one no pattern matches) and then reads the characters from the patterns' syntax
    (``first_ascii``): parsing the patterns costs a single dump more than trying its few
    lines against each, and a batch's thousands of lines pay it back
    (``FIRST_CHARS_WARM_UP``).
    """

    __slots__ = ("chars", "_patterns", "_warm_up")

    def __init__(self, patterns: Iterable[str], warm_up: int = FIRST_CHARS_WARM_UP) -> None:
        self.chars: frozenset[str] | None = None
        self._patterns = tuple(patterns)
        self._warm_up = warm_up

    def warm(self) -> frozenset[str]:
        """``chars`` while they are None: none during the warm-up, then read."""
        if self._warm_up > 0:
            self._warm_up -= 1
            return _NONE
        self.chars = ASCII.difference(*(first_ascii(p) for p in self._patterns))
        return self.chars


_NONE: frozenset[str] = frozenset()


def _alternation(pairs: list[tuple[str, str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in pairs))


class ByFirstTwo(ByFirstChar):
    """``table[text[:2]]``: as ByFirstChar, by a line's first two characters.

    The patterns tried on a line are those that can begin with both its first
    characters (``first_pairs``), or with its first when their second cannot be
    told; a one-character line, or a line whose second character is not
    ASCII, gets those its first character allows.  Most lines begin like no
    rule at all ("The", "In"), which their first character alone rarely shows.
    The answer is one pattern, or a few tried in turn: the lines' many pairs
    would each want an alternation compiled, which costs more than it saves
    unless a batch runs into the hundreds of thousands of lines.
    """

    def __init__(self, named: list[tuple[str, str]], warm_up: int = WARM_UP_LINES) -> None:
        super().__init__(named, warm_up)
        self._pairs: list[frozenset[str] | None] | None = None
        self._singles: dict[int, re.Pattern[str]] = {}

    @property
    def pairs(self) -> list[frozenset[str] | None]:
        """Each pattern's possible first two characters (``first_pairs``), read as ``firsts``."""
        if self._pairs is None:
            self._pairs = [first_pairs(pattern) for _name, pattern in self.named]
        return self._pairs

    def __missing__(self, key: str) -> re.Pattern[str] | InTurn | None:
        first = key[:1]
        if first not in ASCII:
            return self.full
        if self._warm_up > 0:
            self._warm_up -= 1
            return self.full  # not stored: the lookup comes back here, and counts
        two = len(key) == 2 and key[1] in ASCII
        chosen = tuple(
            k for k, (starts, pairs) in enumerate(zip(self.firsts, self.pairs))
            if first in starts and (not two or pairs is None or key in pairs)
        )
        pattern = None
        if chosen:
            pattern = self._by_choice.get(chosen)
            if pattern is None:
                singles = tuple(self._single(k) for k in chosen)
                pattern = singles[0] if len(singles) == 1 else InTurn(singles)
                self._by_choice[chosen] = pattern  # type: ignore[assignment]
        self[key] = pattern
        return pattern

    def _single(self, k: int) -> re.Pattern[str]:
        pattern = self._singles.get(k)
        if pattern is None:
            pattern = self._singles[k] = _alternation([self.named[k]])
        return pattern


class InTurn:
    """Patterns tried one after the other: the first that matches answers, as their
    alternation would."""

    __slots__ = ("patterns",)

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns

    def fullmatch(self, text: str) -> re.Match[str] | None:
        for pattern in self.patterns:
            m = pattern.fullmatch(text)
            if m is not None:
                return m
        return None
