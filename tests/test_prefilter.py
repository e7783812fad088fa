"""The first-character prefilter answers exactly as the full alternation does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclip.text import prefilter, rules
from newsclip.text.general import chrome


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        ("abc", "a"),
        ("(?i:abc)", "aA"),
        ("a?b", "ab"),
        ("(?:x|y)z|q", "xyq"),
        (r"\d+ comments", "0123456789"),
        (r"[A-C]\w*", "ABC"),
        (r"(?i:[a-b])", "abAB"),
        (r"\bSign in", "S"),
        ("(?i:sign)", "sS"),  # the long s and the Kelvin sign fold onto ASCII too
    ],
)
def test_first_ascii(pattern: str, starts: str) -> None:
    assert prefilter.first_ascii(pattern) == frozenset(starts)


@pytest.mark.parametrize("pattern", [".+", r"\w+", "[^a]", "a*", "(?:)", r"(a)?(?(1)b|c)"])
def test_anything_may_start(pattern: str) -> None:
    assert prefilter.first_ascii(pattern) == prefilter.ASCII


# The reader's own table, past its warm-up (before it, every line gets the full alternation).
_TABLE = prefilter.ByFirstChar(chrome.PAGE_TABLE.named, warm_up=0)


def test_the_table_warms_up_on_the_full_alternation() -> None:
    table = prefilter.ByFirstChar([("a", "apple"), ("b", "banana")], warm_up=2)
    assert table["z"] is table.full and "z" not in table
    assert table["a"] is table.full and "a" not in table
    assert table["z"] is None and table["a"].pattern == "(?P<a>apple)"


def test_cannot_start_rejects_nothing_until_its_warm_up_is_over() -> None:
    skip = prefilter.CannotStart([r"By\s+\w+", r"[0-9]+ min"], warm_up=2)
    assert skip.chars is None and skip.warm() == frozenset() and skip.warm() == frozenset()
    assert skip.chars is None
    chars = skip.warm()
    assert skip.chars == chars == prefilter.ASCII - set("B0123456789")


def _both(text: str) -> tuple[str | None, str | None]:
    m = _TABLE.full.fullmatch(text)
    full = m.lastgroup if m else None
    pattern = _TABLE[text[0]]
    m = pattern.fullmatch(text) if pattern is not None else None
    return full, m.lastgroup if m else None


@pytest.mark.parametrize("rule", [r for r in rules.RULES if r.zone in ("any", "page", "top")])
def test_rule_examples_pass_the_prefilter(rule: rules.Rule) -> None:
    for text in (rule.example, rule.example.lower(), rule.example.upper()):
        if rule.zone == "top":
            assert chrome.top_rule(text) == rules.match(text, "top")
        else:
            assert chrome.rule(text) == (
                rules.match(text, "any") or rules.match(text, "page") or _hinted(text)
            )


def _hinted(text: str) -> str | None:
    for r in rules.RULES:
        if r.zone == "page" and r.hint and re.fullmatch(r.pattern, text):
            return r.name
    return None


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("aAsSkKıſ \u212a0123456789:|/()©«»-ShareCommentsTopPrint"),
        min_size=1, max_size=30,
    )
)
def test_prefilter_agrees_with_the_alternation(text: str) -> None:
    full, fast = _both(text)
    assert full == fast
