"""More of the text reader's shortcuts answer exactly as the full computation does.

Like ``test_shortcuts.py``: each cheap test that lets a stage skip a pattern or a
scan is checked against the full computation, on a table of lines and on
generated input.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclip._vocab import LEGAL_TERMS
from newsclip.text import features, header_shapes, prefilter
from newsclip.text.general import policy, region, thread_bylines
from newsclip.text.general.lines import Info
from newsclip.text.general.region import Region
from newsclip.text.general.tuning import RegionTuning, Tuning

_FOLDING = ["ſ", "\u212a", "ı", "\u0130"]  # the long s, the Kelvin sign, the two Turkish i


def test_plain_case_knows_every_letter_that_folds_onto_ascii() -> None:
    # every character a case-insensitive ASCII letter matches is ASCII, or fails plain_case
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x80, 0x110000):
        c = chr(code)
        if letter.fullmatch(c):
            assert not prefilter.plain_case(c), hex(code)
    assert prefilter.plain_case("Café crème") and prefilter.plain_case("plain")


LEGAL_LINES = [
    "We use cookies and similar tracking technologies to improve the site.",
    "By using the site you agree to our Terms of Use and Privacy Policy.",
    "You may opt-out at any time; see data protection and personal data.",
    "The harbour reopened on Monday after a week of storms.",
    "Third parties may read your PERSONAL INFORMATION.",
    "Cookie ſettings, Kookies, PRİVACY POLİCY and third party lıability",
    "",
]

TERM_TEXT = st.lists(
    st.sampled_from(
        [*LEGAL_TERMS, *(t.upper() for t in LEGAL_TERMS), "the", "harbour", "  ", "-", "ſ",
         "\u212a", "İ", "ı", "Privacy", "opt", "out", "third", "party", "é", "’"]
    ),
    max_size=12,
).map(" ".join)


@pytest.mark.parametrize("text", LEGAL_LINES)
@pytest.mark.parametrize("terms", [0, 1, 2, 3])
def test_legal_line_agrees_with_the_pattern(text: str, terms: int) -> None:
    full = len({m.group(0).lower() for m in policy._TERM.finditer(text)}) >= terms
    assert policy._legal_line(Info(0, text, features.words(text), 1.0, 0), terms) == full


@settings(max_examples=300, deadline=None)
@given(TERM_TEXT, st.integers(0, 3))
def test_legal_line_agrees_with_the_pattern_generated(text: str, terms: int) -> None:
    test_legal_line_agrees_with_the_pattern(text, terms)


def test_every_legal_term_holds_a_key_word() -> None:
    for term in LEGAL_TERMS:
        assert any(k in term.lower() for k in policy._TERM_KEYS), term


STARTER_TEXT = st.text(
    alphabet=st.sampled_from("StarterSTARTEDstartedbyBY Post PostpOSTſ\u212aİı\u00a0\t.,:"),
    max_size=40,
)


@pytest.mark.parametrize(
    "text",
    ["Thread starter ada_k", "Started by ada_k, June 04, 2024", "Post by ada_k » 11. Sep",
     "submitted 17 hours ago by ada_k",
     "STARTED  BY ada", "ſtarter ada", "post by ada", "The harbour reopened on Monday.", ""],
)
def test_starter_hint_agrees_with_the_pattern(text: str) -> None:
    assert thread_bylines._starter_hint(text) == (
        thread_bylines._STARTER_HINT.search(text) is not None
    )


@settings(max_examples=300, deadline=None)
@given(STARTER_TEXT)
def test_starter_hint_agrees_with_the_pattern_generated(text: str) -> None:
    test_starter_hint_agrees_with_the_pattern(text)


HEADER_TEXT = st.text(
    alphabet=st.sampled_from("Posted on May 3, 2025 by Ada Kerrigan - 5 Comments (Last edited)."),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(HEADER_TEXT)
def test_header_part_needs_its_words(text: str) -> None:
    # the cheap test (none of " on ", "omment", "ast ") leaves what the patterns leave
    if " on " not in text and "omment" not in text and "ast " not in text:
        assert header_shapes._TAIL.sub("", text) == text
        assert header_shapes._BY_ON_AT_END.search(text) is None
    assert header_shapes.header_part(text) in text


# --- the region's growth: the second scan (a guide's items weighed) only where it may
# --- find what the first did not

_GAP_LINES = [
    ("The harbour reopened on Monday after a week of storms, the port said.", None),
    ("Cranes stood idle along the quay while crews cleared the debris.", None),
    ("How to book a ferry", None),
    ("- two cranes", None),
    ("1. The quay", None),
    ("Share on Facebook", "share-line"),
    ("Related stories", "related-heading"),
    ("3 May 2020", None),
    ("Read more", None),
    ("Home", None),
]
_SCORES = [-8.0, -3.0, -1.0, -0.5, 0.5, 2.0, 6.0, 12.0]

ROWS = st.lists(
    st.tuples(
        # (mostly paragraphs and a guide's headings, so that the second scan has work)
        st.sampled_from([0, 0, 1, 1, 2, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9]),
        st.sampled_from([0, 0, 1, 2, 3, 4, 5, 6, 7, 7]),
    ),
    min_size=3, max_size=60,
)


def _rows_infos(rows: list[tuple[int, int]]) -> list[Info]:
    infos = []
    for k, (line, score) in enumerate(rows):
        text, chrome = _GAP_LINES[line]
        infos.append(Info(k, text, features.words(text), _SCORES[score], k, chrome))
    return infos


def _grow_full(infos: list[Info], found: Region, tuning: Tuning) -> Region:
    """``region.grow`` as it reads: both scans past each edge, every round."""
    start, end, stops = found.start, found.end, found.stops

    def joining(edge: int, step: int) -> int | None:
        far = region._block_beyond(infos, edge, step, stops, tuning).found
        if far is None:
            far = region._block_beyond(infos, edge, step, stops, tuning, True).found
            if far is not None and (
                region._cohesion(infos, start, end, far) < tuning.region.grow_cohesion
            ):
                far = None
        return far

    while True:
        right, left = joining(end, +1), joining(start, -1)
        if right is None and left is None:
            return Region(start, end, stops)
        end, start = end if right is None else right, start if left is None else left


@settings(max_examples=400, deadline=None)
@given(ROWS, st.data(), st.sampled_from([0, 1, 2]), st.sampled_from([0.0, 0.25, 0.9]))
def test_grow_agrees_with_both_scans_every_round(
    rows: list[tuple[int, int]], data: st.DataObject, paragraphs: int, cohesion: float
) -> None:
    start = data.draw(st.integers(0, len(rows) - 1))
    end = data.draw(st.integers(start, len(rows) - 1))
    tuning = Tuning(region=RegionTuning(grow_min_paragraphs=paragraphs, grow_cohesion=cohesion))
    fast = region.grow(_rows_infos(rows), Region(start, end), tuning)
    assert fast == _grow_full(_rows_infos(rows), Region(start, end), tuning)


@pytest.mark.parametrize("cohesion", [0.0, 0.9])
def test_grow_joins_past_a_guides_headings(cohesion: float) -> None:
    # a paragraph, four headings that cost too much for the first scan, a paragraph: the
    # second scan joins it when the subject test lets it
    rows = [(0, 7), (2, 0), (2, 0), (2, 0), (2, 0), (1, 7)]
    tuning = Tuning(region=RegionTuning(grow_cohesion=cohesion))
    fast = region.grow(_rows_infos(rows), Region(0, 0), tuning)
    assert fast == _grow_full(_rows_infos(rows), Region(0, 0), tuning)
    assert fast.end == (5 if cohesion == 0.0 else 0)
