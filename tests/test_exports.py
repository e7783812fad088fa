"""News-database exports: golden files in each layout, sniffing, and bad exports.

Each ``fixtures/exports/<case>.txt|.docx`` has ``<case>.json`` beside it: the
records the library makes of it, and the parts that gave none.  After a change
to the export reader, rewrite them with ``python tests/regen_goldens.py`` (the
one golden mechanism of every fixture) and read every changed file.  The DOCX inputs are written by
``tests/make_export_docx.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from conftest import FIXTURES, SHARED, assert_valid  # noqa: E402
from regen_goldens import export_cases, export_golden, render_export as render  # noqa: E402

import newsclip  # noqa: E402
from newsclip.decode import decode  # noqa: E402
from newsclip.exports import labels, looks_like_export  # noqa: E402
from newsclip.exports.split import COUNTER, label_of, stated_length  # noqa: E402
from newsclip.api import iter_parts  # noqa: E402

EXPORTS = FIXTURES / "exports"
CASES = export_cases()


def golden(case: Path) -> dict:
    """What the library makes of one export (``regen_goldens.export_golden``)."""
    return export_golden(case)


def test_every_layout_is_covered() -> None:
    names = {c.name for c in CASES}
    assert {"en_classic_cover.txt", "de_classic.txt", "fr_uni_cover.txt",
            "en_uni_cover.docx", "de_uni_cover.docx"} <= names
    assert {n for n in names if n.startswith("bad_")} == {
        "bad_truncated.txt", "bad_missing_length.txt", "bad_graphic_only.txt", "bad_mixed.txt"}


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden(case: Path) -> None:
    expected = case.with_suffix(".json")
    assert expected.exists(), f"{expected.name} missing: python tests/regen_goldens.py"
    produced = golden(case)
    assert render(produced) == expected.read_text(encoding="utf-8")
    for record in produced["records"]:
        assert_valid(record)
        assert record["source"]["format"] == "export"
        assert record["source"]["count"] == len(produced["records"]) + sum(
            f["index"] is not None for f in produced["failures"])


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_every_line_is_in_some_record(case: Path) -> None:
    # nothing whole is lost: each non-blank line of a text export is in a record's
    # fields, its header or removed, or in the article that failed
    if case.suffix != ".txt":
        return
    data = golden(case)
    kept = set()
    for r in data["records"]:
        kept.update(r["header"])
        kept.update(x["text"] for x in r["removed"])
        kept.update(r["captions"])
        kept.update(r["paragraphs"])
        if r["title"]:
            kept.add(r["title"])
    text = " ".join(kept)
    failed = {f["index"] for f in data["failures"]}
    explained = newsclip.explain(case.read_bytes())
    for row in explained:
        if row.text and row.part not in failed:
            assert row.text in text or row.label == "caption", (row.line, row.text)


# --------------------------------------------------------------------------- bad exports


def _parts(name: str) -> list:
    return list(iter_parts((EXPORTS / name).read_bytes(), path=name))


def test_a_truncated_file_gives_the_whole_articles_and_an_error_for_the_cut_one() -> None:
    parts = _parts("bad_truncated.txt")
    assert [type(p).__name__ for p in parts] == ["Record", "Record", "ExportError"]
    assert str(parts[2]) == "article 3 of 3 is cut off: the file ends inside it"
    assert parts[2].index == 3 and parts[2].code == "export"
    whole = {r.title: r for r in newsclip.parse_all(
        (EXPORTS / "en_classic_cover.txt").read_bytes(), path="bad_truncated.txt")}
    for record in parts[:2]:
        assert record.paragraphs == whole[record.title].paragraphs


def test_parse_all_raises_the_failures_after_the_last_record() -> None:
    got = []
    with pytest.raises(newsclip.IncompleteInputError) as info:
        for record in newsclip.parse_all((EXPORTS / "bad_truncated.txt").read_bytes()):
            got.append(record)
    assert len(got) == 2
    assert [f.index for f in info.value.failures] == [3]
    assert info.value.code == "incomplete"


def test_a_missing_length_is_a_warning_not_a_loss() -> None:
    parts = _parts("bad_missing_length.txt")
    assert all(isinstance(p, newsclip.Record) for p in parts) and len(parts) == 3
    assert parts[1].stated_word_count is None
    assert "no length line (LENGTH:) in the article's header" in parts[1].warnings
    assert parts[1].byline == "TOM HARTLEY" and len(parts[1].paragraphs) == 3
    assert parts[1].paragraphs[0].startswith("Anglers on the upper Wensley")


def test_an_article_that_is_only_a_graphic_keeps_its_metadata() -> None:
    first, graphic = _parts("bad_graphic_only.txt")
    assert first.paragraphs and first.stated_word_count == first.word_count
    assert graphic.paragraphs == () and graphic.text == ""
    assert graphic.title == "Reservoir levels since 1976"
    assert graphic.captions == ("Chart: January reservoir levels in the Kell, 1976 to 2021",)
    assert "no body text: the article is only its metadata (a graphic?)" in graphic.warnings
    assert graphic.source.index == 2 and graphic.source.count == 2


def test_a_file_mixing_two_layouts_reads_both_and_says_so() -> None:
    classic, uni = _parts("bad_mixed.txt")
    assert classic.title == "Reservoir at lowest January level on record"
    assert uni.title == "Library to open on Sundays" and uni.byline == "Owen Pritchard"
    assert uni.paragraphs[0].startswith("The Kelldale library will open on Sundays")
    warning = "the file mixes two export layouts (N of M DOCUMENTS and End of Document)"
    assert warning in classic.warnings and warning in uni.warnings


def test_a_file_that_ends_before_its_count_says_how_many_are_missing() -> None:
    text = (EXPORTS / "en_classic_cover.txt").read_text(encoding="utf-8")
    cut = text[: text.index("                                3 of 3 DOCUMENTS")]
    parts = list(iter_parts(cut.encode()))
    assert [type(p).__name__ for p in parts] == ["Record", "Record", "ExportError"]
    assert str(parts[-1]) == "the file ends after article 2 of 3: 1 article(s) missing"


# --------------------------------------------------------------------------- paragraphs


def _first_body(text: str) -> tuple[str, ...]:
    return next(newsclip.parse_all(text.encode())).paragraphs


def test_wrapped_lines_are_joined_and_blank_lines_part_paragraphs() -> None:
    paragraphs = _first_body((EXPORTS / "en_classic_cover.txt").read_text(encoding="utf-8"))
    assert len(paragraphs) == 4
    assert paragraphs[1] == (
        "The bridge, a single steel span of 42 metres, will link the new housing at Ferry "
        "Meadows with the railway station. Councillors were told that work could start in the "
        "autumn if the county grants the last of the money.")


def test_paragraphs_without_blank_lines_between_them() -> None:
    text = (EXPORTS / "en_classic_cover.txt").read_text(encoding="utf-8")
    # a short line after a full stop ends a paragraph, though no blank line follows
    packed = text.replace("the east bank for almost a decade.\n\n", "the east bank for almost a decade.\n")
    paragraphs = _first_body(packed)
    assert len(paragraphs) == 4 and paragraphs[0].endswith("almost a decade.")
    # one paragraph per line, each longer than any wrap: every line is a paragraph
    first = _first_body(text)
    unwrapped = text.replace("\n\n".join(_wrapped(text, first)), "\n".join(first))
    assert unwrapped != text
    assert _first_body(unwrapped) == first


def _wrapped(text: str, paragraphs: tuple[str, ...]) -> list[str]:
    """The paragraphs as the file wraps them."""
    lines = text.split("\n")
    out, k = [], 0
    for para in paragraphs:
        first = para.split()[0]
        while not lines[k].startswith(first):
            k += 1
        block = []
        while lines[k]:
            block.append(lines[k])
            k += 1
        out.append("\n".join(block))
    return out


def test_a_headline_label_gives_the_title() -> None:
    text = (EXPORTS / "de_classic.txt").read_text(encoding="utf-8").replace(
        "Markthalle wird Kulturzentrum\n", "ÜBERSCHRIFT: Markthalle wird\nKulturzentrum\n")
    record = next(newsclip.parse_all(text.encode()))
    assert record.title == "Markthalle wird Kulturzentrum"
    assert record.paragraphs[0].startswith("Der Stadtrat von Lindenau")


# --------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize("case", [c for c in CASES if c.suffix == ".txt"], ids=lambda p: p.name)
def test_an_export_is_sniffed_by_its_content(case: Path) -> None:
    assert looks_like_export(case.read_text(encoding="utf-8"))
    record = next(newsclip.parse_all(case.read_bytes()))
    assert record.source.format == "export"


def test_the_seed_and_the_fixtures_are_not_exports() -> None:
    for dump in sorted(FIXTURES.glob("*.txt")) + sorted((FIXTURES / "general").glob("*.txt")):
        text, _ = decode(dump.read_bytes())
        assert not looks_like_export(text), dump.name


@pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="no development corpora")
def test_no_dump_of_the_corpora_is_read_as_an_export() -> None:
    found = []
    for dump in sorted((SHARED / "corpora").glob("**/*.txt")):
        try:
            text, _ = decode(dump.read_bytes())
        except newsclip.NewsclipError:
            continue
        if looks_like_export(text):
            found.append(dump.name)
    assert found == []


def test_input_format_forces_or_refuses_the_export_reader() -> None:
    data = (EXPORTS / "de_classic.txt").read_bytes()
    as_text = newsclip.parse(data, input_format="text")
    assert as_text.source.format == "text"
    forced = list(newsclip.parse_all(data, input_format="export"))
    assert len(forced) == 2
    with pytest.raises(newsclip.ManyRecordsError, match="holds 2 articles"):
        newsclip.parse(data)


def test_an_ordinary_dump_is_one_record_through_parse_all() -> None:
    data = (FIXTURES / "archive_basic.txt").read_bytes()
    (record,) = newsclip.parse_all(data, path="a.txt")
    assert record == newsclip.parse(data, path="a.txt")
    assert record.source.index is None and record.source.count is None


def test_a_broken_docx_is_one_clear_error() -> None:
    data = (EXPORTS / "en_uni_cover.docx").read_bytes()
    with pytest.raises(newsclip.NewsclipError, match="not a readable DOCX|binary data"):
        list(newsclip.parse_all(data[: len(data) // 2]))


# --------------------------------------------------------------------------- robustness

_PIECES = [
    "", "", "                   1 of 3 DOCUMENTS", "2 of 3 DOCUMENTS", "3 of 3 DOCUMENTS",
    "Dokument 1 von 2", "End of Document", "Fin du document", "LENGTH: 355 words",
    "Length:\u00a012 words", "LÄNGE: 1.234 Wörter", "BYLINE: A Writer", "SECTION: NEWS; Pg. 6",
    "LOAD-DATE: March 4, 2021", "LANGUAGE: ENGLISH", "GRAPHIC: PHOTO: a caption",
    "          Copyright 2021 Someone", "                All Rights Reserved",
    "January 11, 2010 Monday", "11. Januar 2010 Montag", "Edition 1;", "Body", "Classification",
    "A headline of a few words", "A sentence of the body that goes on for a while, as prose does,",
    "and ends here.", "WASHINGTON: the president said", "1. an item", ":", "0 of 0 X",
]


@settings(max_examples=300, deadline=None)  # the machine is shared: time is no verdict here
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_mix_of_export_lines_gives_records_or_newsclip_errors(pieces: list[str]) -> None:
    text = "\n".join(pieces)
    if not text.strip():
        return
    try:
        for part in iter_parts(text.encode(), input_format="export"):
            assert isinstance(part, (newsclip.Record, newsclip.NewsclipError))
            if isinstance(part, newsclip.Record):
                assert_valid(part.to_dict())
    except newsclip.NewsclipError:
        pass


# --------------------------------------------------------------------------- the table


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1 of 10 DOCUMENTS", True),
        ("1 of 1 DOCUMENT", True),
        ("Dokument 3 von 120", True),
        ("Document 2 de 7", True),
        ("Page 1 of 3", True),  # the shape alone; the article under it decides
        ("1 of 10", False),
        ("14-3-2014 < RT 165 617 words", False),
        ("Lorem 1 ipsum 2 dolor", False),
    ],
)
def test_counter_shape(line: str, expected: bool) -> None:
    m = COUNTER.fullmatch(line)
    assert (m is not None and (m["pre"] is None) != (m["post"] is None)) == expected


@pytest.mark.parametrize(
    ("line", "field", "length"),
    [
        ("LENGTH: 355 words", "length", 355),
        ("LÄNGE: 1.234 Wörter", "length", 1234),
        ("LONGUEUR: 88 mots", "length", 88),
        ("Length:\u00a01,050 words", "length", 1050),
        ("RUBRIK: LOKALES; S. 9", "section", None),
        ("AUTEUR: Claire Morel", "byline", None),
        ("SPRACHE: GERMAN; DEUTSCH", "language", None),
    ],
)
def test_labels_in_three_languages(line: str, field: str, length: int | None) -> None:
    label, value = label_of(line)
    assert labels.field_of(label) == field
    assert stated_length(value) == length


def test_the_label_table_has_no_label_twice() -> None:
    every = [label.casefold() for names in labels.FIELD_LABELS.values() for label in names]
    assert len(every) == len(set(every))


@pytest.mark.parametrize(
    ("value", "code"),
    [("ENGLISH", "en"), ("GERMAN; DEUTSCH", "de"), ("Français", "fr"), ("Klingon", None)],
)
def test_language_names(value: str, code: str | None) -> None:
    assert labels.language_code(value) == code
