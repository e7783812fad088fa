"""A desk or a team that signs a story instead of a person (text/desks.py)."""

from __future__ import annotations

import pytest

import newsclip
from newsclip.text import desks


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harbour Connect Team", "Harbour Connect Team"),
        ("HG Staff", "HG Staff"),
        ("Team Harbour", "Team Harbour"),
        ("The Quayside Team", "The Quayside Team"),
        ("Harbour Team 2–3 minutes", "Harbour Team"),
        # a menu's or a button's words, a desk's word alone, a sentence
        ("Meet the Team", None),
        ("Join Our Team", None),
        ("Our Team", None),
        ("Staff", None),
        ("The Team", None),
        ("Ada Kerrigan", None),
        ("The harbour team met on Monday to plan the season", None),
    ],
)
def test_credit(text: str, name: str | None) -> None:
    assert desks.credit(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By The Harbour Gazette editors", "The Harbour Gazette editors"),
        ("written by Our Editors", "Our Editors"),
        ("By the Quayside Team 2–3 minutes", "the Quayside Team"),
        ("By HG Staff", "HG Staff"),
        ("By Staff", None),
        ("By the time the staff arrived", None),
        ("By the way, our team is hiring", None),
    ],
)
def test_labelled_credit(text: str, name: str | None) -> None:
    assert desks.labelled_credit(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Staff", "Staff"),
        (" Staff Clinician ", "Staff Clinician"),
        # a sentence, a button, small letters: not the staff signing
        ("Staff picks", None),
        ("Meet our Staff", None),
        ("staff", None),
    ],
)
def test_staff(text: str, name: str | None) -> None:
    assert desks.staff(text) == name


def _dump(header: str) -> str:
    return (
        "Home\nNews\n\nHarbour reopens after the winter storm\n\n" + header
        + "Friday 25 December 2015\n\n"
        + "\n\n".join(
            f"The harbour master said on Monday that boats could leave again, paragraph {i}, "
            "after crews had cleared the wreckage of three trawlers from the channel."
            for i in range(6)
        )
    )


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        ("Harbour Connect Team\n", "Harbour Connect Team"),
        ("By The Harbour Gazette editors\n\n", "The Harbour Gazette editors"),
        ("written by Our Editors\n", "Our Editors"),
        ("Meet the Team\n", None),
        # the staff, over the date line
        ("Staff\n", "Staff"),
        ("Staff Clinician\n", "Staff Clinician"),
    ],
)
def test_a_desk_signs_the_story(header: str, byline: str | None) -> None:
    record = newsclip.parse(_dump(header), input_format="text")
    assert record.byline == byline
    if byline is not None:
        assert byline not in (record.text or "")
