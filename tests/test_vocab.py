"""The shared vocabulary (``newsclip._vocab``): the shapes it builds from its word
lists, and the guard that keeps month names and agencies written there only."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import newsclip
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


# --- the guard: month names and agencies are spelt out in _vocab.py only -------------

SRC = Path(newsclip.__file__).parent

_FOREIGN = {m for m in vocab.FOREIGN_MONTHS if len(m) >= 5}
_MONTH_WORD = re.compile(
    r"(?<![^\W\d_])(" + "|".join(sorted(vocab.MONTH_WORDS | _FOREIGN, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.I,
)
_WEEKDAY_WORD = re.compile(
    r"(?<![^\W\d_])(" + "|".join(sorted(vocab.WEEKDAY_WORDS, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.I,
)
#: agencies whose names are no other word (short ones, "AP" or "PA", are too common to look for)
# (between the words of a name, a space as a pattern writes it too: "Associated\\s+Press")
_AGENCY = re.compile(
    r"\b(reuters|associated_press|agence_france|afp|xinhua|bloomberg|getty|shutterstock"
    r"|press_trust_of_india|canadian_press|united_press|press_association|alamy|corbis|istock)\b"
    .replace("_", r"(?:\s|\\s[+*]?|\[[^]]{1,6}\])+"),
    re.I,
)


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    """The string constants of a module's code: not docstrings, not a rule's example."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "").endswith("Rule"):
            skip.update(id(a) for a in node.args[3:4])
            skip.update(id(k.value) for k in node.keywords if k.arg == "example")
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
    ]


def _spelt(text: str) -> str | None:
    """What vocabulary ``text`` spells out: two month or weekday words (a list of them),
    or an agency."""
    for pattern in (_MONTH_WORD, _WEEKDAY_WORD):
        found = {m.lower() for m in pattern.findall(text)}
        if len(found) >= 2:
            return ", ".join(sorted(found))
    agency = _AGENCY.search(text)
    return agency[0] if agency else None


def _sources() -> list[Path]:
    return [
        p for p in sorted(SRC.rglob("*.py"))
        if p.name != "_vocab.py"
    ]


def test_the_guard_finds_what_it_looks_for() -> None:
    assert _spelt("Jan|Feb|Mar") and _spelt("monday tuesday") and _spelt("(reuters|afp)")
    assert _spelt("janvier février") and _spelt(r"Associated\s+Press") and _spelt("ASSOCIATED PRESS")
    assert not _spelt("May 2024") and not _spelt("may be reached") and not _spelt("Mon")
    assert _sources() and any("general" in p.parts for p in _sources())


@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_vocabulary_is_spelt_in_one_place(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [f"line {n}: {word}" for n, text in _strings(tree) if (word := _spelt(text))]
    assert not found, f"write these in newsclip/_vocab.py and import them: {found}"
