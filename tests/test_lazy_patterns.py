"""``_lazy_patterns.lazy``: a pattern compiled on first use answers as ``re.compile``'s."""

from __future__ import annotations

import re

import pytest

from newsclip._lazy_patterns import LazyPattern, lazy

CASES = [
    # (pattern, flags, method, text)
    (r"\bby\s+(?P<name>\w+)", re.I, "search", "Story BY Ada"),
    (r"\d+", 0, "findall", "3 of 45"),
    (r"\s*,\s*", 0, "split", "a , b,c"),
    (r"(?P<y>\d{4})-(?P<m>\d\d)", 0, "fullmatch", "2024-05"),
    (r"[’']s\b", 0, "match", "’s own"),
]


@pytest.mark.parametrize(("pattern", "flags", "method", "text"), CASES)
def test_a_lazy_pattern_answers_as_the_compiled_one(pattern, flags, method, text) -> None:
    found = getattr(lazy(pattern, flags), method)(text)
    wanted = getattr(re.compile(pattern, flags), method)(text)
    if isinstance(wanted, re.Match):
        assert (found.span(), found.groupdict()) == (wanted.span(), wanted.groupdict())
    else:
        assert found == wanted


def test_a_lazy_pattern_compiles_once_and_then_is_the_compiled_one() -> None:
    pattern = lazy(r"a+b", re.I)
    assert isinstance(pattern, LazyPattern) and pattern.pattern == r"a+b"
    assert pattern.sub("-", "xAAbx") == "x-x"
    compiled = pattern.compiled()
    assert pattern.compiled() is compiled and compiled.flags & re.I
    assert pattern.search == compiled.search  # the compiled pattern's own method
    assert pattern.groups == 0 and pattern.flags == compiled.flags
