"""The archive layout: its metadata line, captions, trailing chrome and tweets."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES

import newsclip
from newsclip.decode import REPAIRED_TWICE_ENCODED
from newsclip.text import analyse, archive
from newsclip.text.model import split_lines

# (metadata line, published (ISO), outlet, stated length)
HEADERS: list[tuple[str, str | None, str | None, int | None]] = [
    ("14-3-2014 < RT 165 617 words", "2014-03-14", "RT", 617),
    ("21-3-2014 < Moscow Times 301 96 words", "2014-03-21", "Moscow Times", 96),
    ("5-10-2018 < Weekend Review 7 1,050 words", "2018-10-05", "Weekend Review", 1050),
    ("5-10-2018 < Weekend Review 1.050 words", "2018-10-05", "Weekend Review", 1050),
    ("5-10-2018 < Weekend Review 12\u00a0400 words", "2018-10-05", "Weekend Review", 12400),
    ("2-6-2016 < Harbour Gazette 88 1 word", "2016-06-02", "Harbour Gazette", 1),
    ("7-1-2021 < Island Herald", "2021-01-07", "Island Herald", None),
    ("7-1-2021 <", "2021-01-07", None, None),
    ("23-10-2020 18:45 < Valley Courier 3 55 words", "2020-10-23T18:45:00", "Valley Courier", 55),
    ("14.03.2014 < RT 617 words", "2014-03-14", "RT", 617),
    ("31-2-2014 < RT 617 words", None, "RT", 617),
]


@pytest.mark.parametrize(("line", "published", "outlet", "stated"), HEADERS)
def test_metadata_line(line: str, published: str | None, outlet: str | None, stated: int | None):
    record = newsclip.parse(f"A headline\n\n{line}\n\nA paragraph of the body.\n")
    assert record.header == (line,)
    assert record.outlet == outlet
    assert record.stated_word_count == stated
    assert (record.published.isoformat() if record.published else None) == published
    assert record.published_raw == line.split(" <")[0]
    if published is None:
        assert any("unreadable date" in w for w in record.warnings)


@pytest.mark.parametrize(
    "line",
    [
        "14-3-2014 RT 617 words",  # no "<"
        "< RT 617 words",  # no date
        "Talks on 14-3-2014 < went on",  # a date inside a sentence
        "The score was 3 < 4 on 14-3-2014",
    ],
)
def test_not_a_metadata_line(line: str) -> None:
    assert archive.find_header(split_lines(f"A headline\n\n{line}\n\nBody text.")) is None


def test_the_unknown_numbers_stay_in_the_raw_header_only() -> None:
    record = newsclip.parse("Headline\n\n14-3-2014 < RT 165 617 words\n\nBody text here.\n")
    data = record.to_dict()
    assert data["header"] == ["14-3-2014 < RT 165 617 words"]
    assert "165" not in {str(v) for k, v in data.items() if k != "header"}


def test_metadata_line_only_near_the_top() -> None:
    menu = (f"Line number {i} of a long menu." for i in range(archive.HEADER_SEARCH_LINES))
    filler = "\n\n".join(menu)
    lines = split_lines(f"{filler}\n\n14-3-2014 < RT 617 words\n\nBody.")
    assert archive.find_header(lines) is None


def test_no_headline_is_a_warning_not_an_invention() -> None:
    record = newsclip.parse("14-3-2014 < RT 5 words\n\nA paragraph of the body.\n")
    assert record.title is None
    assert record.warnings == ("no headline above the metadata line",)


def _labels(text: str) -> list[tuple[str, str, str]]:
    lines, _ = analyse(text)
    return [(ln.label, ln.rule, ln.text) for ln in lines if not ln.blank]


def test_everything_above_the_headline_is_chrome() -> None:
    labels = _labels("Menu\nSelect date\nMay 2024\nHeadline\n14-3-2014 < RT\n\nBody.")
    assert labels[:4] == [
        ("chrome", "above-headline", "Menu"),
        ("chrome", "date-picker-prompt", "Select date"),
        ("chrome", "date-picker-month", "May 2024"),
        ("title", "line-above-metadata", "Headline"),
    ]


def test_a_credit_only_right_under_the_header() -> None:
    text = "H\n\n1-2-2020 < RT\n\nReuters / Anna Bell\n\nFirst paragraph.\n\nAFP Photo / Jo Ray\n"
    assert _labels(text)[2:] == [
        ("caption", "photo-credit-agency", "Reuters / Anna Bell"),
        ("body", "archive-body", "First paragraph."),
        ("body", "archive-body", "AFP Photo / Jo Ray"),
    ]


def test_two_credits_at_most() -> None:
    text = "H\n\n1-2-2020 < RT\n\nPhoto by A B\n\nReuters / C D\n\nRIA Novosti / E F\n"
    assert [label for label, _, _ in _labels(text)[2:]] == ["caption", "caption", "body"]


def test_chrome_in_the_middle_is_removed_and_named() -> None:
    text = "H\n\n1-2-2020 < RT\n\nOne.\n\nAdvertisement\n\nTwo.\n\nPrint\n\nShare on Twitter"
    record = newsclip.parse(text)
    assert record.paragraphs == ("One.", "Two.")
    assert [(r.line, r.rule) for r in record.removed] == [
        (7, "advert-label"), (11, "print-link"), (13, "share-line"),
    ]


TWEET = "Talks go on. pic.twitter.com/abc123"
SIG = "— Department of Harbours (@harbours) March 14, 2014"


@pytest.mark.parametrize("gap", [0, 1, 2])
def test_tweet_with_up_to_two_blank_lines_before_its_signature(gap: int) -> None:
    text = f"H\n\n1-2-2020 < RT\n\nBefore.\n\n{TWEET}\n{chr(10) * gap}{SIG}\n\nAfter.\n"
    record = newsclip.parse(text)
    assert record.paragraphs == ("Before.", "After.")
    (tweet,) = record.embeds
    assert (tweet.text, tweet.handle, tweet.author) == (TWEET, "harbours", "Department of Harbours")
    assert tweet.links == ("pic.twitter.com/abc123",)
    assert tweet.position == 1
    assert record.text == f"Before.\n\n{TWEET}\n\nAfter."


def test_a_signature_three_blank_lines_away_is_body() -> None:
    record = newsclip.parse(f"H\n\n1-2-2020 < RT\n\nBefore.\n\n{TWEET}\n\n\n\n{SIG}\n")
    assert record.embeds == ()
    assert record.paragraphs == ("Before.", TWEET, SIG)


@pytest.mark.parametrize(
    "line",
    [
        "— How long will it take?",
        "— Two years (perhaps three), said the engineer.",
        "– Write to us at @harbours, she said.",
        "— Ask the council (@council is their account).",
    ],
)
def test_dialogue_dashes_stay_body(line: str) -> None:
    record = newsclip.parse(f"H\n\n1-2-2020 < RT\n\nQuestion first.\n\n{line}\n")
    assert record.embeds == ()
    assert record.paragraphs[-1] == line


@pytest.mark.parametrize(
    ("signature", "date"),
    [
        ("— Department of State (@StateDept) March 14, 2014", "2014-03-14"),
        ("— Alpine Rescue (@alpine_rescue) 9 August 2020", "2020-08-09"),
        ("- Jo Ray (@jo_ray) Sep. 1, 2019", "2019-09-01"),
        ("— (@anon_account)", None),
    ],
)
def test_signature_forms(signature: str, date: str | None) -> None:
    record = newsclip.parse(f"H\n\n1-2-2020 < RT\n\nSome tweet text.\n\n{signature}\n")
    (tweet,) = record.embeds
    assert tweet.signature == signature
    assert (tweet.date.isoformat() if tweet.date else None) == date


def test_explain_and_record_agree() -> None:
    text = (
        f"Select date\n\nH\n\n1-2-2020 < RT\n\nPhoto by A B\n\nOne.\n\n{TWEET}\n\n{SIG}\n\nPrint\n"
    )
    rows = newsclip.explain(text)
    record = newsclip.parse(text)
    assert [r.text for r in rows if r.label == "body"] == list(record.paragraphs)
    assert [(r.line, r.rule) for r in rows if r.label == "chrome"] == [
        (r.line, r.rule) for r in record.removed
    ]
    assert {r.label for r in rows} == {
        "chrome", "title", "header", "caption", "body", "embed", "blank",
    }


_PIECES = st.sampled_from([
    "Select date", "May 2024", "Mon Tue Wed Thu Fri Sat Sun", "1 2 3", "A headline",
    "14-3-2014 < RT 165 617 words", "31-2-2014 < Moscow Times 1,050 words", "1-1-1 <",
    "\u00a0", "", "  ", "Reuters / Anna Bell", "Photo from twitter.com user @x",
    "Body text here.", "— How long?", "— Name (@handle) March 14, 2014", "— (@h)",
    "pic.twitter.com/abc", "Print", "Share", "Comments (12)", "\ufeff", "\u200b",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=40)), max_size=30), st.sampled_from("\n\r"))
@example(["0\x00", "<A>"], "\r")  # a NUL inside a line: the paragraph is the line without it
@example(["Â\x80"], "\n")  # text encoded twice: the paragraph is the line repaired
def test_any_dump_gives_a_record_or_a_newsclip_error(pieces: list[str], newline: str) -> None:
    text = newline.join(pieces)
    try:
        record = newsclip.parse(text.encode("utf-8", "surrogatepass"))
    except newsclip.NewsclipError:
        return
    assert record.paragraphs or record.embeds
    assert "\n\n\n" not in record.text
    invisible = "\u200b\u200c\u200d\u2060\ufeff"
    # Reading drops a stray NUL (as browsers do) before lines exist.
    shown = text.replace("\x00", "").replace("\r", "\n")
    if REPAIRED_TWICE_ENCODED in record.warnings:  # and text encoded twice is decoded once more
        import ftfy

        shown = ftfy.fix_encoding(shown)
    lines = {ln.strip().strip(invisible).strip() for ln in shown.split("\n")}
    assert all(p in lines for p in record.paragraphs)


def test_the_archive_layout_writes_its_dates_day_first() -> None:
    # The metadata line's date is the layout's own, always day first: no guess, no
    # warning; --date-order still decides when given.
    dump = (FIXTURES / "archive_basic.txt").read_bytes()
    record = newsclip.parse(dump)
    assert record.published_raw == "2-6-2016"
    assert str(record.published) == "2016-06-02"
    assert record.published_source == "archive"
    assert not [w for w in record.warnings if "ambiguous" in w]
    assert str(newsclip.parse(dump, date_order="mdy").published) == "2016-02-06"
