"""Header lines of shapes the byline and date tables leave (``text/header_shapes.py``):
what part of a line they are read from, and the writers they name.  Invented names only."""

from __future__ import annotations

import pytest

import newsclip
from newsclip.text import bylines, header_shapes

# line, the part of it a header's byline and date are read from
PARTS = [
    # a comment link after the header's fields is cut
    (
        "Posted on March 3, 2025 by Carys Penhallow - 5 Comments on Harbour reopens",
        "Posted on March 3, 2025 by Carys Penhallow",
    ),
    ("March 3, 2025 | No Comments", "March 3, 2025"),
    # a forum post's edit note is cut
    (
        "2019-02-23, 09:14 PM (This post was last modified: 2024-01-05, 03:27 AM by ada_k.)",
        "2019-02-23, 09:14 PM",
    ),
    # the tags after the header's sentence are cut
    (
        "Posted by Carys Penhallow on 2025-12-18 in ferries. Tags: piers, fares, boats.",
        "Posted by Carys Penhallow on 2025-12-18 in ferries.",
    ),
    # the header at the end of a standfirst
    (
        "The harbour reopens after the winter storm. By Carys Penhallow on Dec. 19, 2025",
        "By Carys Penhallow on Dec. 19, 2025",
    ),
    # lines of other shapes stay whole
    ("Carys Penhallow on Dec. 19, 2025", "Carys Penhallow on Dec. 19, 2025"),
    (
        "The boats left on Monday. They came back on Tuesday.",
        "The boats left on Monday. They came back on Tuesday.",
    ),
    ("Comments", "Comments"),
    ("5 Comments on the storm", "5 Comments on the storm"),
]


@pytest.mark.parametrize(("line", "part"), PARTS)
def test_header_part(line: str, part: str) -> None:
    assert header_shapes.header_part(line) == part


def test_the_cut_line_reads_as_a_byline() -> None:
    line = (
        "Posted on March 3, 2025 by Carys Penhallow - 5 Comments on Harbour reopens after "
        "the winter storm, and the boats are back?"
    )
    assert bylines.byline(line) is None
    assert bylines.byline(header_shapes.header_part(line)) == (
        "byline-after-date", "Carys Penhallow",
    )


# line, the writers it names (None: not a line of several writers)
JOINED = [
    ("Carys Penhallow and Amos Tull  |  Guest Columnists", "Carys Penhallow, Amos Tull"),
    ("Carys Penhallow & Amos Tull", "Carys Penhallow & Amos Tull"),
    ("Carys Penhallow, Amos Tull and Nell Ubbink", "Carys Penhallow, Amos Tull, Nell Ubbink"),
    # one writer is name_line's
    ("Carys Penhallow | Guest Columnist", None),
    # a piece that is no name
    ("Carys Penhallow and the storm", None),
    ("Sign Up and Follow Us", None),
]


@pytest.mark.parametrize(("line", "names"), JOINED)
def test_names_joined(line: str, names: str | None) -> None:
    assert header_shapes.names_joined(line) == names


# date line, its date as written, the writer beside it
BESIDE = [
    ("Posted by ferry_fan on 07/03/24 02:57 PM", "07/03/24 02:57 PM", "ferry_fan"),
    (
        "Dec. 19, 2025 · Carys Penhallow on behalf of the Harbour docs team",
        "Dec. 19, 2025", "Carys Penhallow",
    ),
    ("Posted by Harbour on 07/03/24", "07/03/24", "Harbour"),
    ("by ferry_fan | Apr 21, 2025", "Apr 21, 2025", "ferry_fan"),
    ("by the harbour | Apr 21, 2025", "Apr 21, 2025", None),
    ("Dec. 19, 2025 · 5 min read", "Dec. 19, 2025", None),
]


@pytest.mark.parametrize(("line", "raw", "name"), BESIDE)
def test_beside_date(line: str, raw: str, name: str | None) -> None:
    assert header_shapes.beside_date(line, raw) == name


# date line, its date as written, the one word before it that names the writer
ONE_WORD = [
    ("Carys December 9, 2024 0 Comments", "December 9, 2024", "Carys"),
    ("Carys3/4/2025", "3/4/2025", "Carys"),
    ("Carys - 2025/4/29", "2025/4/29", "Carys"),
    # labels, a piece's kind, a weekday, a section, a place before a comma: no one
    ("Published June 23, 2025", "June 23, 2025", None),
    ("Updated Dec 18, 2025", "Dec 18, 2025", None),
    ("On 8 Oct 2022", "8 Oct 2022", None),
    ("EditorialNovember 22, 2018", "November 22, 2018", None),
    ("Tuesday December 9, 2024", "December 9, 2024", None),
    ("Video - December 19, 2025", "December 19, 2025", None),
    ("Harbourside, 2.23.2025", "2.23.2025", None),
    ("December 9, 2024", "December 9, 2024", None),
]


@pytest.mark.parametrize(("line", "raw", "name"), ONE_WORD)
def test_word_before_date(line: str, raw: str, name: str | None) -> None:
    assert header_shapes.word_before_date(line, raw) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Carys", "Carys"),
        (" Harbourly ", "Harbourly"),
        # two words, a small letter, a label's, a section's or a month's word: no one
        ("Carys Lee", None),
        ("carys", None),
        ("Updated", None),
        ("Opinion", None),
        ("Politics", None),
        ("December", None),
    ],
)
def test_word_over_date(line: str, name: str | None) -> None:
    assert header_shapes.word_over_date(line) == name


_STORY = "\n\n".join(
    f"The harbour master said on Monday that boats could leave again, paragraph {i}, "
    "after crews had cleared the wreckage of three trawlers from the channel."
    for i in range(6)
)


def _dump(*header: str) -> str:
    return "Home\nNews\n\nHarbour reopens after the winter storm\n\n" + "\n\n".join(
        header
    ) + "\n\n" + _STORY


def test_a_header_with_a_comment_link_gives_its_date_and_writer() -> None:
    record = newsclip.parse(_dump(
        "Posted on December 20, 2025 by Carys Penhallow - 5 Comments on Harbour reopens "
        "after the winter storm"
    ), input_format="text")
    assert (record.byline, str(record.published)) == ("Carys Penhallow", "2025-12-20")


def test_an_edit_note_is_not_the_date() -> None:
    record = newsclip.parse(_dump(
        "2019-02-23, 09:14 PM (This post was last modified: 2024-01-05, 03:27 AM by "
        "ferry_fan. Edited 1 time in total.)"
    ), input_format="text")
    assert str(record.published)[:10] == "2019-02-23"


def test_one_word_before_the_date_is_the_writer_when_no_line_names_one() -> None:
    record = newsclip.parse(_dump("Carys December 9, 2024 0 Comments"), input_format="text")
    assert record.byline == "Carys"
    # (a line of names under the date comes first: the word is the outlet's)
    record = newsclip.parse(
        _dump("Harbourpost 1/8/08", "Carys Penhallow, Harbourpost"), input_format="text"
    )
    assert record.byline == "Carys Penhallow"


def test_writers_under_the_standfirst() -> None:
    dek = (
        "In a year of storms and closures, the harbour offers a counterbalance to the "
        "town's worries, and its boats are back."
    )
    record = newsclip.parse(
        _dump(dek, "Carys Penhallow and Amos Tull  |  Guest Columnists"), input_format="text"
    )
    assert record.byline == "Carys Penhallow, Amos Tull"
    # (a button's words there are no writer: a name line alone is not taken)
    record = newsclip.parse(_dump(dek, "Explore Harbour Tours"), input_format="text")
    assert record.byline is None


def test_a_note_that_names_the_writer() -> None:
    texts = ["Boats left on Monday.",
             "This post was written by Carys Penhallow, Head of Harbour Tours."]
    assert header_shapes.note_byline(texts) == "Carys Penhallow"
    assert header_shapes.note_byline(
        [*texts, "This article was written by Amos Tull, MD."]
    ) is None  # (two writers: a page of several pieces)
    assert header_shapes.note_byline(["The report was written by the harbour board."]) is None


def test_a_header_line_of_dashed_fields_past_a_bylines_length() -> None:
    line = (
        "Medically reviewed by Amos Tull, RDN, CDCES, LD — Written by Carys Penhallow, "
        "MS, RD — Updated on March 7, 2025"
    )
    record = newsclip.parse(_dump(line), input_format="text")
    assert record.byline == "Carys Penhallow, MS, RD"


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("By THE ASSOCIATED PRESS", "Associated Press"),
        ("By the Associated Press - 2 hours ago", "Associated Press"),
        ("BY AGENCE FRANCE-PRESSE", "Agence France-Presse"),
        ("By the way, the Associated Press said", None),
        ("By Carys Penhallow", None),
    ],
)
def test_agency_byline(line: str, agency: str | None) -> None:
    assert header_shapes.agency_byline(line) == agency


def test_a_story_signed_by_its_agency() -> None:
    record = newsclip.parse(_dump("By THE ASSOCIATED PRESS"), input_format="text")
    assert record.byline == "Associated Press"


def test_a_list_of_posts_with_the_writer_glued_to_each_date() -> None:
    cards = [
        "In The FieldCarys PenhallowApril 11, 2017La Jolla, Seascape",
        "In PostCarys PenhallowApril 6, 2017",
        "FLOCK CAREcarys penhallowJune 25, 2021chicken, baby chicks",
    ]
    assert header_shapes.glued_byline(cards) == "Carys Penhallow"
    # (once is no list; two writers as often: no one's page; a label is no one)
    assert header_shapes.glued_byline(cards[:1]) is None
    assert header_shapes.glued_byline(cards[:2] + [
        "In PostAmos TullApril 7, 2017", "In PostAmos TullApril 8, 2017"
    ]) is None
    assert header_shapes.glued_byline(
        ["UpdatedJanuary 25, 2026", "UpdatedJanuary 26, 2026"]
    ) is None
    dump = _dump() + "\n\nMore posts\n\nIn PostCarys PenhallowApril 6, 2017\n\n" + (
        "In The FieldCarys PenhallowApril 11, 2017"
    )
    assert newsclip.parse(dump, input_format="text").byline == "Carys Penhallow"


# the lines of a thread, the first poster they name (None: no one)
FIRST_POSTERS = [
    (["Harbour boats", "ferry_fan 2 years ago#1", "The first post."], "ferry_fan"),
    (
        ["Harbour boats?", "ferry_fan", "Big Board Owner", "Posts: 116", "Joined: Feb 2019",
         "#1", "2019-02-23, 09:14 PM", "The first post."],
        "ferry_fan",
    ),
    (["Harbour boats to buy now", "ferry_fan", "ferry_fan",
      "Aug 08, 2006#12006-08-08T22:13+00:00"], "ferry_fan"),
    # a menu's words over a "#1", and the number that ends a stamp that names its poster
    (["Number of ratings", "Alphabetical", "Popularity", "Runtime", "#1"], None),
    (["Replies", "ferry_fan | Feb 24, 2006 02:35am | #1"], None),
    (["#1 Best harbour boats", "Carys Penhallow"], None),
]


@pytest.mark.parametrize(("texts", "poster"), FIRST_POSTERS)
def test_first_poster(texts: list[str], poster: str | None) -> None:
    assert header_shapes.first_poster(texts) == poster


# the lines of a thread, the poster under the first post's avatar (None: no one)
AVATAR_POSTERS = [
    (["Log in to reply", "F Offline", "F Offline", "ferry_fan", "Harbour Crew",
      "wrote on last edited by", "#1", "The first post."], "ferry_fan"),
    (["F Offline", "ferry_fan | Premium", "last edited by", "", "The first post.",
      "A Online", "amos_t @ferry_fan", "last edited by amos_t"], "ferry_fan"),
    # a count of members online, and an avatar with no post's stamp under it
    (["12 Online", "ferry_fan", "last edited by"], None),
    (["F Offline", "ferry_fan", "Harbour boats for sale", "The first post."], None),
]


@pytest.mark.parametrize(("texts", "poster"), AVATAR_POSTERS)
def test_avatar_poster(texts: list[str], poster: str | None) -> None:
    assert header_shapes.avatar_poster(texts) == poster


def test_a_thread_without_dates_names_its_first_poster_by_the_avatar() -> None:
    dump = (
        "Harbour Forum\nCategories\n\nFerry fares for the winter\n\nF Offline\n"
        "ferry_fan\nwrote on last edited by\n#1\n\n" + _STORY + "\n\nA Offline\namos_t\n"
        "wrote on last edited by\n#2\n\nThe weekly pass stays at its price, which helps "
        "those of us who cross every day.\n"
    )
    assert newsclip.parse(dump, input_format="text").byline == "ferry_fan"


def test_the_date_some_data_hold_for_is_not_the_pages() -> None:
    record = newsclip.parse(_dump(
        "By Carys Penhallow – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by Amos Tull",
        "Data as of Dec 20, 2025.",
    ), input_format="text")
    assert str(record.published)[:10] == "2025-09-09"


_TITLED_THREAD = """Harbour Forum
Home / Ferries

Ferry fares for the winter by ferry_fan: 3:21pm On Mar 09, 2023

The board raised the fares again this winter, by a tenth on every crossing, and nobody on \
the north side was asked before the vote was taken.

Re: Ferry fares for the winter by amos_t: 9:43pm On Dec 09, 2023

The weekly pass stays at its price, which helps those of us who cross every day of the week.

Re: Ferry fares for the winter by nell_u: 2:55pm On Dec 10, 2023

They will raise it again next year, as they always do when the fuel costs more.
"""


def test_a_thread_whose_stamps_hold_its_title() -> None:
    record = newsclip.parse(_TITLED_THREAD, input_format="text")
    assert (record.byline, str(record.published)[:10]) == ("ferry_fan", "2023-03-09")


def test_titled_post() -> None:
    texts = [t for t in _TITLED_THREAD.splitlines() if t]
    assert header_shapes.titled_post(texts) == (2, "ferry_fan")
    # no reply repeats the title: no thread of that shape
    assert header_shapes.titled_post(texts[:4]) is None


# a line of capitalised words alone: it names a thing (a heading's, a label's, a
# product's, a menu's words), not a writer
THINGS = [
    ("Information Hub", True),
    ("Release Status", True),
    ("Product Feed Spec", True),
    ("Measurement Chart", True),  # a noun's ending
    ("Strength Meets Convenience", True),
    ("SwitchesKeycapsLubeDesk Mats", True),  # a menu's words glued together
    ("Carys Penhallow", False),
    ("Chirag Bhardwaj", False),
    ("West Bell Dental Care", False),
    ("Ryan Clement", False),  # a given name first
    ("Oskar Lawrence", False),
    ("Tegan SimplyThrilled", False),  # one join: a handle's
]


@pytest.mark.parametrize(("name", "thing"), THINGS)
def test_names_a_thing(name: str, thing: bool) -> None:
    assert header_shapes.names_a_thing(name) is thing


_STORY = "\n\n".join(
    ["The harbour board voted on Tuesday to reopen the east pier to ferries after a winter "
     "of repairs that ran two months over their schedule and their budget."] * 5
)

# the header under the headline, the byline read from it
HEADER_BYLINES = [
    ("Information Hub\n\nMarch 3, 2025", None),
    ("Measurement Chart\n\nMarch 3, 2025", None),
    ("Carys Penhallow\n\nMarch 3, 2025", "Carys Penhallow"),
    ("Written By Feb 11, 2019 · 3 min read", None),  # a month alone
    ("By Collection\n\nMarch 3, 2025", None),  # a label's word alone
    ("By Company Size\n\nMarch 3, 2025", None),  # a filter menu's facet
    ("By Use Case\n\nMarch 3, 2025", None),
    ("By Steve Case\n\nMarch 3, 2025", "Steve Case"),  # a surname that is a facet's word
    ("By Carys Penhallow\n\nMarch 3, 2025", "Carys Penhallow"),
]


@pytest.mark.parametrize(("header", "byline"), HEADER_BYLINES)
def test_no_byline_from_a_label(header: str, byline: str | None) -> None:
    text = f"Harbour board reopens the east pier to ferries\n\n{header}\n\n{_STORY}\n"
    assert newsclip.parse(text, input_format="text").byline == byline
