"""The `language` field: a page's declaration, checked against its text by py3langid."""

from __future__ import annotations

import pytest

import newsclip
from newsclip.language import code, decide

GERMAN = (
    "Die Fähre überquerte an diesem Morgen zweimal die Bucht und brachte Autos und Radfahrer "
    "ans andere Ufer. Der Hafenmeister sagte, der Verkehr sei seit dem Frühjahr stark gestiegen, "
    "und die Gemeinde wolle im nächsten Jahr ein zweites Schiff kaufen."
)
ENGLISH = (
    "The ferry crossed the bay twice that morning, carrying cars and cyclists to the other "
    "shore. The harbour master said traffic had grown sharply since the spring, and the council "
    "wants to buy a second boat next year."
)


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("en", "en"), ("en-US", "en"), ("pt_BR", "pt"), ("DE", "de"), (" fr ", "fr"),
     ("english", None), ("x-default", None), ("", None), (None, None), ("e", None)],
)
def test_code(tag: str | None, expected: str | None) -> None:
    assert code(tag) == expected


def test_without_the_check_the_declaration_stands() -> None:
    assert decide("en", GERMAN, check=False) == ("en", None)
    assert decide(None, GERMAN, check=False) == (None, None)


def test_the_text_overrules_a_wrong_declaration_with_a_warning() -> None:
    language, warning = decide("en", GERMAN, check=True)
    assert language == "de"
    assert warning == "the page declares language 'en', its text reads as 'de'"


def test_a_right_declaration_stays_and_a_missing_one_is_filled() -> None:
    assert decide("en", ENGLISH, check=True) == ("en", None)
    assert decide(None, GERMAN, check=True) == ("de", None)


def test_a_short_text_tells_nothing() -> None:
    assert decide(None, "Hallo Welt", check=True) == (None, None)
    assert decide("fr", "Hallo Welt", check=True) == ("fr", None)


def test_a_text_dump_gets_its_language_only_when_asked() -> None:
    dump = f"Fähre fährt wieder\n\n{GERMAN}\n\n{GERMAN}\n"
    assert newsclip.parse(dump).language is None
    assert newsclip.parse(dump, detect_language=True).language == "de"


def test_an_html_page_declares_and_is_checked() -> None:
    page = f'<html lang="en"><body><h1>Fähre</h1><article><p>{GERMAN}</p></article></body></html>'
    assert newsclip.parse(page).language == "en"
    checked = newsclip.parse(page, detect_language=True)
    assert checked.language == "de"
    assert "its text reads as 'de'" in checked.warnings[-1]
