"""The record: derived fields, field order, the JSON Schema, round trips."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date, datetime, timedelta, timezone

import jsonschema
import pytest
from conftest import assert_valid
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclip
from newsclip.record import (
    ARTICLE_WORDS,
    PROSE_PARAGRAPH_WORDS,
    Embed,
    Provenance,
    Record,
    Source,
    WarcLocation,
    count_words,
    reading_text,
)

MSK = timezone(timedelta(hours=3))

WORDS = [
    ("", 0),
    ("one", 1),
    ("two words", 2),
    ("  spaced \n\n out\t ", 2),
    ("— How long?", 2),  # a lone dash is no word
    ("Ukraine’s “foreign partners”", 3),
    ("1,050 words", 2),
    ("pic.twitter.com/ru9QC5DhPe", 1),
    ("@JohnKerry and #Russia's FM", 4),
    ("well-known re-election", 2),
    ("Zoë Hartmann, José Muñoz", 4),
    ("… – — ‘ ’", 0),
]


@pytest.mark.parametrize(("text", "n"), WORDS)
def test_count_words(text: str, n: int) -> None:
    assert count_words(text) == n


@settings(deadline=None)  # the machine is shared: time is no verdict here
@given(st.text(st.sampled_from("ab1_é— …’“,.-\n\t\u00a0\u3000")))
def test_count_words_is_runs_of_non_space_with_a_word_character(text: str) -> None:
    # The definition, as a regex; count_words is a faster route to the same number.
    assert count_words(text) == len(re.findall(r"\S*\w\S*", text))


def test_word_table_has_no_duplicates() -> None:
    assert len({t for t, _ in WORDS}) == len(WORDS)


def _record(paragraphs=("One.", "Two."), embeds=(), **changes) -> Record:
    fields = dict(
        title="A headline", published=date(2014, 3, 14), published_raw="14-3-2014",
        outlet="RT", byline=None, stated_word_count=4, captions=("Photo by A B",),
        paragraphs=tuple(paragraphs), embeds=tuple(embeds), header=("14-3-2014 < RT 4 words",),
        removed=(Provenance(1, "chrome", "print-link", "Print"),), warnings=(),
        source=Source(path="x.txt", format="text", encoding="utf-8"),
    )
    fields.update(changes)
    return Record(**fields)


def _tweet(text: str, position: int) -> Embed:
    return Embed("tweet", text, "Dept", "dept", date(2014, 3, 14), (), position, "— Dept (@dept)")


def test_text_and_word_count_are_derived() -> None:
    record = _record()
    assert record.text == "One.\n\nTwo."
    assert record.word_count == 2


@pytest.mark.parametrize(
    ("positions", "expected"),
    [
        ((0,), "T0\n\nOne.\n\nTwo."),
        ((1,), "One.\n\nT0\n\nTwo."),
        ((2,), "One.\n\nTwo.\n\nT0"),
        ((9,), "One.\n\nTwo.\n\nT0"),
        ((1, 1), "One.\n\nT0\n\nT1\n\nTwo."),
        ((2, 0), "T1\n\nOne.\n\nTwo.\n\nT0"),
    ],
)
def test_embeds_stand_in_reading_order(positions: tuple[int, ...], expected: str) -> None:
    embeds = tuple(_tweet(f"T{i}", p) for i, p in enumerate(positions))
    assert reading_text(("One.", "Two."), embeds) == expected
    assert _record(embeds=embeds).word_count == 2 + len(positions)


_SENTENCE = "The council voted on the harbour plan after a long debate in the hall today."
_PROSE = " ".join([_SENTENCE] * 2)  # 30 words, ending like a sentence
_LIST = " ".join(["Sports", "Weather", "Opinion", "Local", "Business", "Arts"] * 5)  # 30, no end
ARTICLES = [
    # (paragraphs, dated, signed, is_article)
    ((_PROSE,) * 5, True, False, True),     # 150 words of prose and a date
    ((_PROSE,) * 5, False, True, True),     # ... or a byline
    ((_PROSE,) * 5, False, False, False),   # neither: a service page, a product page
    ((_PROSE,) * 4, True, True, False),     # 120 words of prose
    ((_PROSE,) * 4 + (_LIST,), True, True, False),  # a list does not count
    ((_PROSE,) * 4 + (_SENTENCE,) * 3, True, True, False),  # short paragraphs do not either
    ((_PROSE + "”",) * 5, True, False, True),  # a sentence ending inside quotes
    ((),  True, True, False),
]


@pytest.mark.parametrize(("paragraphs", "dated", "signed", "expected"), ARTICLES)
def test_is_article(paragraphs, dated, signed, expected) -> None:
    assert count_words(_PROSE) == PROSE_PARAGRAPH_WORDS + 10
    assert count_words(_PROSE) * 5 == ARTICLE_WORDS
    record = _record(paragraphs=paragraphs, published=date(2024, 5, 1) if dated else None,
                     byline="A Writer" if signed else None)
    assert record.is_article is expected
    assert record.to_dict()["is_article"] is expected


def test_a_web_archive_record_says_where_it_came_from() -> None:
    captured = datetime(2024, 5, 1, 10, 11, 12, tzinfo=timezone.utc)
    source = Source("crawl.warc.gz", "html", "utf-8", captured=captured,
                    warc=WarcLocation("crawl.warc.gz", "<urn:uuid:1>", 512))
    data = _record(source=source, url="https://example.org/a").to_dict()
    assert data["url"] == "https://example.org/a"
    assert data["source"]["captured"] == "2024-05-01T10:11:12+00:00"
    assert data["source"]["warc"] == {
        "file": "crawl.warc.gz", "record_id": "<urn:uuid:1>", "offset": 512}
    assert_valid(data)


def test_record_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        _record().title = "changed"  # type: ignore[misc]


def test_to_dict_fields_in_the_documented_order() -> None:
    data = _record(embeds=(_tweet("T", 1),)).to_dict()
    assert list(data) == newsclip.SCHEMA["required"]
    assert list(data["embeds"][0]) == newsclip.SCHEMA["properties"]["embeds"]["items"]["required"]
    assert_valid(data)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        (None, None),
        (date(2014, 3, 14), "2014-03-14"),
        (datetime(2020, 10, 23, 18, 45), "2020-10-23T18:45:00"),
        (datetime(2014, 3, 14, 10, tzinfo=MSK), "2014-03-14T10:00:00+03:00"),
    ],
)
def test_dates_become_iso_strings_only_in_to_dict(value, iso) -> None:
    data = _record(published=value).to_dict()
    assert data["published"] == iso
    assert_valid(data)


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(newsclip.SCHEMA)


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("published", "14-3-2014"),
        ("stated_word_count", -1),
        ("stated_word_count", "617"),
        ("captions", "Photo by A B"),
        ("source", {"path": None, "format": "pdf", "encoding": "utf-8"}),
    ],
)
def test_schema_refuses_wrong_values(field: str, bad) -> None:
    data = _record().to_dict()
    data[field] = bad
    with pytest.raises(AssertionError):
        assert_valid(data)


def test_schema_refuses_unknown_fields() -> None:
    data = {**_record().to_dict(), "summary": "invented"}
    with pytest.raises(AssertionError):
        assert_valid(data)


_line = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), min_size=1
).filter(lambda s: s.strip())


@settings(deadline=None)  # the machine is shared: time is no verdict here
@given(paragraphs=st.lists(_line, min_size=1, max_size=6), title=_line)
def test_json_round_trip(paragraphs: list[str], title: str) -> None:
    data = _record(paragraphs=paragraphs, title=title).to_dict()
    assert_valid(data)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
