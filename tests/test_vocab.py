"""The shared vocabulary (``newsclip._vocab``): the shapes it builds from its word
lists, and the guard that keeps month names and agencies written there only."""

from __future__ import annotations

import re

import pytest

from newsclip import _vocab as vocab


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Jan", True), ("January", True), ("Jan.", True), ("June", True), ("Jun", True),
        ("July", True), ("May", True), ("Sep", True), ("Sept", True), ("September", True),
        ("Sept.", True), ("Janu", False), ("Septem", False), ("Junee", False), ("Mayo", False),
    ],
)
def test_month_shape(text: str, month: bool) -> None:
    assert (re.fullmatch(vocab.MONTH, text) is not None) is month


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Mon", True), ("Monday", True), ("Tue", True), ("Tues", True), ("Tuesday", True),
        ("Wed", True), ("Wednesday", True), ("Thu", True), ("Thur", True), ("Thurs", True),
        ("Thursday", True), ("Sat", True), ("Saturday", True), ("Sun", True),
        ("Wednes", True),  # (the stem "Wednes" + "day" is how the shape reads Wednesday)
        ("Tu", False), ("Thursd", False), ("Mond", False),
    ],
)
def test_weekday_shape(text: str, weekday: bool) -> None:
    assert (re.fullmatch(vocab.WEEKDAY, text) is not None) is weekday


def test_word_lists_agree_with_the_names() -> None:
    assert vocab.MONTH_NAMES.split("|") == [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]
    assert vocab.MONTH_NAME_WORDS == {m.lower() for m in vocab.MONTH_NAMES.split("|")}
    assert vocab.MONTH_NAME_WORDS | {a.lower() for a in vocab.MONTH_ABBREVIATIONS.split("|")} == (
        vocab.MONTH_WORDS
    )
    assert vocab.WEEKDAY_NAME_WORDS == {d.lower() for d in vocab.WEEKDAY_NAMES.split("|")}
    assert set(vocab.FOREIGN_MONTHS.values()) == set(range(1, 13))


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("Associated Press", True), ("the canadian press", True), ("Agence France-Presse", True),
        ("Staff and agencies", True), ("PTI News Service", True), ("Bloomberg News", True),
        ("Harbour Gazette", False), ("Ana Lima", False),
    ],
)
def test_wire_credit(credit: str, agency: bool) -> None:
    assert (re.fullmatch(vocab.WIRE_CREDIT, credit, re.I) is not None) is agency


def test_phrase() -> None:
    assert re.fullmatch(vocab.phrase("Agence France-Presse"), "Agence  France Presse")
    assert vocab.phrase("Agence France-Presse", " ", "[- ]").lower() == "agence france[- ]presse"


@pytest.mark.parametrize(
    ("text", "version"),
    [
        ("Firefox 4.2.13 is out", True),  # a two-digit year would be padded: "04.02.13"
        ("Version 10.01.12", True),
        ("released 10.01.12-beta", True),
        ("on 10.01.12.1", True),
        ("Press release 04.02.13", False),
        ("Posted 14.03.2014", False),
    ],
)
def test_version_numbers(text: str, version: bool) -> None:
    m = re.search(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})", text)  # as a date line finds it
    assert vocab.is_version(text, m) is version


@pytest.mark.parametrize(
    ("line", "name"),
    [("ADA KERRIGAN Harbour Post", "ADA KERRIGAN"), ("ANA LIMA The Daily Post", "ANA LIMA")],
)
def test_capitals_then_outlet(line: str, name: str) -> None:
    assert vocab.CAPS_THEN_OUTLET.fullmatch(line)["name"] == name
