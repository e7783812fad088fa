"""The general reader: any news page's text dump (fixtures/general/), and its parts.

The fixtures are invented pages in the layout of a browser copy (menus, share
bars, related links, comments, footers around the article).  Each case says
what a person would mark on that page; the tables below check the single
pieces (date lines, bylines, captions, line scores) the reader is built from.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import newsclip
from conftest import FIXTURES, assert_valid
from newsclip.record import Source
from newsclip.text import bylines, datelines, features, general
from newsclip.text.general import chrome, ending, header, headline, labels, scoring, thread
from newsclip.text.general.lines import Info, source_label, wire_line
from newsclip.text.general.region import Region
from newsclip.text.general.tuning import (
    BoxTuning,
    HeadlineTuning,
    RegionTuning,
    DEFAULT,
    ScoreTuning,
    Tuning,
)
from newsclip.text.model import Line, assemble, split_lines

GENERAL = FIXTURES / "general"


def _parse(name: str) -> newsclip.Record:
    return newsclip.parse((GENERAL / name).read_bytes(), path=name)


def _tuned(dump: str, tuning: Tuning) -> newsclip.Record:
    """``dump`` read by the general reader with some of its thresholds changed: to
    show that a rule is at work, the test changes the threshold that turns it off.  (The
    lead's words, ``overlap_bonus``, and the article's, ``article_overlap_bonus``, alone
    find the headline of most dumps here: a test of another headline rule turns them off
    too.)"""
    text_lines = split_lines(dump)
    layout = general.read(text_lines, None, tuning)
    return assemble(text_lines, layout, Source(None, "text", "utf-8"))


def _chrome(line: str) -> str | None:
    """The chrome rule the scoring stage gives ``line`` alone."""
    return scoring.score_lines([Line(1, line, line)], None, Tuning())[0].chrome


# name, title, published (ISO), byline, captions, first body words, last body words,
# rules that must name some removed line
PAGES = [
    (
        "wire_story.txt",
        "Ferry operator orders six electric vessels for the northern routes",
        "2019-11-19T08:03:00-05:00",
        "Marta K. Olsen",
        ["A prototype of the new ferry during sea trials last spring. (AP Photo/Lena Ortiz)"],
        "The regional ferry operator said on Tuesday",
        "fall by about a third once all six ships are in service.",
        {"skip-link", "account-link", "share-line", "advert-label", "related-heading",
         "comments-link", "copyright-line", "before-article", "after-article"},
    ),
    (
        "day_first_dateline.txt",
        "Rail strike ends after nine days as drivers accept new rota",
        "2019-01-03T02:00:00-05:00",
        "Tomas Rieck",
        ["Train drivers wait at the depot on Wednesday. Photograph: Ada Kerrigan/Harbour Gazette"],
        "Drivers will return to work on Friday morning",
        "had no other way to get to work.",
        {"navigation-link", "share-line", "related-heading", "copyright-line"},
    ),
    (
        "published_time.txt",
        "Talks on the fishing quota end without a deal",
        "2014-03-14T17:49:00",
        None,
        ["Photo from twitter.com user @coast_guard"],
        "Negotiators from the two countries",
        "due to start on April 8 in the capital.",
        {"comments-link", "after-article"},
    ),
    (
        "split_article.txt",
        "Council approves new library after two-year delay",
        "2008-01-11T16:10:00",
        None,
        [],
        "Work on the new central library will begin in March",
        "expected to open in the autumn of 2010.",
        {"box-inside-article", "reply-prompt", "after-article"},
    ),
    (
        "wrapped_release.txt",
        "Water utility completes treatment plant upgrade",
        "2015-03-26",
        None,
        [],
        "The regional water utility has completed",
        "while the old pipes to the plant are being flushed.",
        {"before-article", "navigation-link"},
    ),
]


@pytest.mark.parametrize("case", PAGES, ids=lambda c: c[0])
def test_page(case) -> None:
    name, title, published, byline, captions, first, last, rules_seen = case
    record = _parse(name)
    assert_valid(record.to_dict())
    assert record.title == title
    assert record.to_dict()["published"] == published
    assert record.byline == byline
    assert list(record.captions) == captions
    assert record.paragraphs[0].startswith(first)
    assert record.paragraphs[-1].endswith(last)
    assert rules_seen <= {r.rule for r in record.removed}
    assert record.warnings == ()


def test_every_line_is_labelled_with_a_rule() -> None:
    for path in sorted(GENERAL.glob("*.txt")):
        for item in newsclip.explain(path.read_bytes()):
            assert item.label in {"chrome", "title", "header", "caption", "body", "embed", "blank"}
            assert item.label == "blank" or item.rule, (path.name, item)


def test_a_dump_reads_the_same_whatever_was_read_before() -> None:
    """The reader keeps what it read of each line's text for the next pages (a site's
    menus and bylines come back on each): a page's record is the same read first, last,
    or again."""
    paths = sorted(GENERAL.glob("*.txt"))

    def records(order):
        return {p.name: newsclip.parse(p.read_bytes(), path=p.name).to_dict() for p in order}

    forward = records(paths)
    assert records(reversed(paths)) == forward
    assert records(paths) == forward


def test_nothing_but_the_article_in_the_body() -> None:
    record = _parse("wire_story.txt")
    text = record.text
    for removed in ("Advertisement", "Related Articles", "Comments (12)", "Posted by", "©",
                    "Write to Marta", "By Marta", "Nov. 19"):
        assert removed not in text
    assert len(record.paragraphs) == 6
    assert record.header == ("By Marta K. Olsen", "Nov. 19, 2019 8:03 am ET")


def test_comments_end_the_article() -> None:
    record = _parse("split_article.txt")
    assert "Finally!" not in record.text
    assert not any("market square would have been" in p for p in record.paragraphs)
    removed = {r.text: r.rule for r in record.removed}
    assert removed["Leave a Reply"] == "reply-prompt"


def test_a_chart_inside_the_article_is_a_box() -> None:
    record = _parse("split_article.txt")
    # the text on both sides of the chart is kept, the chart's labels are not
    assert any(p.startswith("The plans include") for p in record.paragraphs)
    assert any(p.startswith("The cost of the building") for p in record.paragraphs)
    assert "12.4" not in record.text and "Fittings" not in record.text
    boxed = [r.text for r in record.removed if r.rule == "box-inside-article"]
    assert boxed[0] == "Budget for the new library" and "Figures in millions" in boxed


def test_embedded_post_in_a_general_dump() -> None:
    record = _parse("published_time.txt")
    assert len(record.embeds) == 1
    embed = record.embeds[0]
    assert embed.handle == "fish_office"
    assert embed.text.startswith("Talks ended without a deal on cod")
    assert embed.position == 3
    assert "Edited time" not in record.text
    assert record.header == (
        "Published time: 14 Mar, 2014 17:49", "Edited time: 14 Mar, 2014 19:02"
    )


def test_wrapped_lines_are_one_paragraph_each() -> None:
    record = _parse("wrapped_release.txt")
    # one Line per input line, all three paragraphs kept whole
    assert record.text.count("180,000 households") == 1
    assert "Media contact" not in record.text
    assert record.paragraphs[3].startswith("was finished within its budget")


def test_a_dump_without_prose_keeps_its_lines_and_warns() -> None:
    record = newsclip.parse(b"Home\nabc\n\ndef\n\nghi\n")
    assert record.paragraphs == ("abc", "def", "ghi")
    assert [r.rule for r in record.removed] == ["navigation-link"]
    assert record.warnings == ("no paragraph of prose found; kept every line not known as chrome",)


def test_chrome_only_dump_is_no_article() -> None:
    with pytest.raises(newsclip.NewsclipError):
        newsclip.parse(b"Home\nSearch\nShare\nPrint\n")


@pytest.mark.parametrize("dump", [
    # a date picker and a Print link: every line is a named rule's
    b"Select date\n\nMay 2024\n\nMon Tue Wed Thu Fri Sat Sun\n\nPrint\n",
    "Choose a date:\n\n\u2039 June 2023 \u203a\n\n1 2 3 4 5 6 7\n\nShare\n".encode(),
])
def test_a_dump_of_named_chrome_is_no_article(dump: bytes) -> None:
    """The no-prose fallback keeps only lines no named rule calls chrome, in any zone."""
    explained = newsclip.explain(dump)
    assert {row.label for row in explained if row.text.strip()} == {"chrome"}
    with pytest.raises(newsclip.NoArticleError, match="no article text found"):
        newsclip.parse(dump)


def test_a_lone_number_is_no_picker_day_in_the_fallback() -> None:
    record = newsclip.parse(b"Steps\n\n1\n\nMix\n\n2\n\nBake\n")
    assert "1" in record.paragraphs and "Bake" in record.paragraphs


def test_archive_layout_is_not_read_by_the_general_reader() -> None:
    text = "Headline here\n14-3-2014 < Gazette 120 words\n\nA paragraph of the article text.\n"
    _lines, layout = newsclip.text.analyse(text)
    assert layout.name == "archive"


def test_the_article_under_a_date_beats_a_bigger_undated_feed() -> None:
    feed = "\n\n".join(
        f"Other story {i}\n\nA teaser paragraph about another story, told in full on another page "
        f"of the site, which readers may want to open next, number {i} of the list."
        for i in range(10)
    )
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Business", "Culture", "Travel"] * 2)
    article = "\n\n".join(
        f"The council said on Monday that plan number {i} would go ahead as agreed with the "
        "unions, and that the work on the new road would start before the end of the summer."
        for i in range(4)
    )
    dump = f"{feed}\n{menu}\nCouncil backs the plan\nMay 3, 2021\n\n{article}\n"
    record = newsclip.parse(dump.encode())
    assert record.title == "Council backs the plan"
    assert record.to_dict()["published"] == "2021-05-03"
    assert record.paragraphs[0].startswith("The council said") and "teaser" not in record.text
    # without the preference, the larger feed wins: the test exercises the rule
    assert "teaser" in _tuned(dump, Tuning(region=RegionTuning(dated_advantage=0.0))).text


# --- date lines ---------------------------------------------------------------

EST = timezone(timedelta(hours=-5))

DATELINES = [
    ("Nov. 19, 2019 8:03 am ET", datetime(2019, 11, 19, 8, 3, tzinfo=EST), "date", True),
    ("Published time: 14 Mar, 2014 17:49", datetime(2014, 3, 14, 17, 49), "published", True),
    ("Thu 3 Jan 2019 02.00 EST", datetime(2019, 1, 3, 2, 0, tzinfo=EST), "date", True),
    ("Updated 24 July 2015", date(2015, 7, 24), "updated", True),
    ("Last updated: Tuesday, 4 December 2007, 17:04 GMT",
     datetime(2007, 12, 4, 17, 4, tzinfo=timezone.utc), "updated", True),
    ("Posted January 1, 2008 16:10:00", datetime(2008, 1, 1, 16, 10), "published", True),
    ("8:03 am ET, Nov. 19, 2019", datetime(2019, 11, 19, 8, 3, tzinfo=EST), "date", True),
    ("2020-09-21", date(2020, 9, 21), "date", True),
    ("Jan 5, 2020 12:30 a.m. ET", datetime(2020, 1, 5, 0, 30, tzinfo=EST), "date", True),
    ("Sunday 5 January 2020, 12:00 pm", datetime(2020, 1, 5, 12, 0), "date", True),
    ("5 January 2020 at 9:15 (GMT)", datetime(2020, 1, 5, 9, 15, tzinfo=timezone.utc), "date",
     True),
    ("30 avril 2015 à 07:19", datetime(2015, 4, 30, 7, 19), "date", True),
    ("21.dez.2018 às 12h55", datetime(2018, 12, 21, 12, 55), "date", True),
    ("Publié le 3 mai 2020", date(2020, 5, 3), "published", True),
    ("Oct 15, 2015 · 18 min read", date(2015, 10, 15), "date", True),
    ("by Ada Kerrigan 22 Dec 2016", date(2016, 12, 22), "date", True),
    # a site name and its date copied without a space between them
    ("Harbour GazetteOctober 13, 2016", date(2016, 10, 13), "date", True),
    # a clock glued to the year (a number glued to it that is no clock is no date)
    ("October 17, 20236:01 PM", datetime(2023, 10, 17, 18, 1), "date", True),
    ("17 October 202312:30", datetime(2023, 10, 17, 12, 30), "date", True),
    # … and so is a count with its unit: the post's age, a reading time
    ("October 17, 20231 yr in Harbour Talk", date(2023, 10, 17), "date", True),
    ("Mar 27, 20255 mins", date(2025, 3, 27), "date", True),
    ("By Ada KerriganJanuary 14, 202620 Mins Read", date(2026, 1, 14), "date", True),
    # two dates glued together (the time of publication and of the last update, in
    # either order): the earlier is the publication's
    ("Posted on November 25, 2024December 3, 2024 in Harbour News", date(2024, 11, 25),
     "published", True),
    ("May 21, 2025April 24, 2025 by The Harbour Desk", date(2025, 4, 24), "date", True),
    # in a header line of fields set apart by bars or dots, the date's field is short
    ("by Ada Kerrigan | Mar 11, 2023 | Brakes and Brake Repair, Learn About Brakes | "
     "0 comments", date(2023, 3, 11), "date", True),
    ("By Ada Kerrigan, CFP – Updated Mar 5, 2026 | Fact-checked by Odile Vallet of the "
     "Harbour Gazette", date(2026, 3, 5), "updated", True),
    ("Published: Mar 8, 2024 · Modified: May 19, 2025 by Ada Kerrigan · This post may "
     "contain affiliate links", date(2024, 3, 8), "published", True),
    ("The trial, which the council set for this spring, opens on March 3, 2019 | Harbour",
     date(2019, 3, 3), "date", False),
    ("The trial opens on March 3, 2019.", date(2019, 3, 3), "date", False),
    ("The plan was first announced on March 3, 2019, and has since been revised twice "
     "by the council after many complaints from residents", date(2019, 3, 3), "date", False),
]


@pytest.mark.parametrize("text, value, kind, short", DATELINES, ids=[c[0] for c in DATELINES])
def test_dateline(text, value, kind, short) -> None:
    found = datelines.find(text)
    assert found is not None
    assert found.value == value
    assert type(found.value) is type(value)
    assert (found.kind, found.short) == (kind, short)


@pytest.mark.parametrize(
    "text",
    ["May 2024", "Page 2 of 10", "2-6, 6-2, 4-6", "Call 555-1234", "", "October 17, 20231",
     "October 17, 20231 yards", "19942h 22m"],
)
def test_not_a_dateline(text) -> None:
    assert datelines.find(text) is None


# A version number is never a date: (line, the date found in it or None)
VERSIONS = [
    ("Version 4.2.13 is out", None),
    ("Toolkit v10.1.12 released", None),
    ("Install build 5.1.14 first", None),
    ("Tools 4.2.13-beta ships", None),
    ("Tools 04.02.13rc1 ships", None),
    ("Tools 3.10.12 ships", None),
    ("Tools 4.2.3 ships", None),
    ("Tools 4.2.13.1 ships", None),
    ("Posted 04.02.13", date(2013, 2, 4)),
    ("Press release 04.02.13", date(2013, 2, 4)),
    ("1.2.2020", date(2020, 2, 1)),
    ("v4.2.13 notes, published 12.03.14", date(2014, 3, 12)),
]


@pytest.mark.parametrize("text, value", VERSIONS, ids=[c[0] for c in VERSIONS])
def test_version_is_no_date(text, value) -> None:
    found = datelines.find(text)
    assert (found and found.value) == value


def test_version_headline_is_no_meta_line() -> None:
    page = "\n\n".join([
        "Toolkit 4.2.13 Released",
        "The team shipped a new toolkit release today with many fixes for the "
        "parser and the renderer, and a faster start-up on older machines.",
        "Users can upgrade from the download page; the old release stays available "
        "for another year while the team answers questions about the change.",
    ])
    assert newsclip.parse(page).title == "Toolkit 4.2.13 Released"


# --- bylines and captions -------------------------------------------------------

BYLINES = [
    ("By Sarah E. Needleman", "Sarah E. Needleman"),
    ("By TOMAS RIECK", "TOMAS RIECK"),
    ("by Ada Kerrigan22 Dec 2016651", "Ada Kerrigan"),
    # several writers listed as metadata lists them, in every language
    ("By Ada Kerrigan and Tomas Rieck", "Ada Kerrigan, Tomas Rieck"),
    ("By Ada Kerrigan, Sam Reed and Tomas Rieck", "Ada Kerrigan, Sam Reed, Tomas Rieck"),
    ("Par Margaux Olivier et Jean Dupont", "Margaux Olivier, Jean Dupont"),
    ("By SIBYLLA REED AND FRANCES LEE", "SIBYLLA REED, FRANCES LEE"),
    ("By Marks and Spencer", "Marks and Spencer"),  # a firm's name stays
    ("By Ada Kerrigan and Reuters", "Ada Kerrigan and Reuters"),
    ("By Ada Kerrigan, Staff Writer", "Ada Kerrigan"),  # the role is not the name
    ("Written by Ada Kerrigan | 3 May 2020", "Ada Kerrigan"),
    ("Par Margaux Olivier", "Margaux Olivier"),
    ("Author: Tomas Rieck", "Tomas Rieck"),
]


@pytest.mark.parametrize("text, name", BYLINES, ids=[c[0] for c in BYLINES])
def test_byline(text, name) -> None:
    found = bylines.byline(text)
    assert found is not None and found[1] == name


# A line as a byline rule reads it (``bylines.byline``): the writer, or None.
BYLINE_LINES = [
    ("BY ADA KERRIGAN AND TOMAS RIECK", "ADA KERRIGAN, TOMAS RIECK"),
    ("on March 10, 2015 by Tomas Rieck", "Tomas Rieck"),
    ("Posted 3 May 2020 by Ada Kerrigan", "Ada Kerrigan"),
    # a blog's or a forum's handle in small letters, ending the line
    ("Posted on July 1, 2024 by ada_k", "ada_k"),
    ("Posted on July 1, 2024 by the harbour team", None),
    ("Posted by Tomas Rieck on March 10, 2015at 08:05", "Tomas Rieck"),
    ("Written by Ada Kerrigan", "Ada Kerrigan"),
    ("Author: Émile van der Berg", "Émile van der Berg"),
    ("by Ada Kerrigan January 18, 2017 11:00 PM PST", "Ada Kerrigan"),
    ("By Ada Kerrigan@adak Updated Jul 24, 2018, 2:15pm EDT", "Ada Kerrigan"),
    ("By Ada Kerrigan, a deputy editor who has covered ports for a decade.", "Ada Kerrigan"),
    ("By Tomas Rieck, Reuters", "Tomas Rieck"),
    ("By Ada Kerrigan, Friday, March 3", "Ada Kerrigan"),
    ("Par Margaux Olivier et Jérôme Piette — 24 novembre 2017", "Margaux Olivier, Jérôme Piette"),
    ("Tomas Rieck - Apr 16, 2015 8:02 pm UTC", "Tomas Rieck"),
    ("Ada Kerrigan 1 day ago", "Ada Kerrigan"),
    ("Ada Kerrigan • 8h", "Ada Kerrigan"),
    ("J. R. Okafor — 2013-09-29 — in Code", "J. R. Okafor"),
    ("Published Thursday 27 July 2017", None),  # a label and a weekday, not a name
    ("Harbour Wins 3-2 in Shootout", None),  # a score is not a date
    ("Updated March 10, 2015 by the editors", None),
    ("By March the plan had been dropped.", None),
    # a long line: the names and a role in Title Case, set apart by a comma
    (
        "By: Ada Kerrigan, Sr. Director of Operations, Harbour Van Lines - 10+ Years in the"
        " Shipping Industry", "Ada Kerrigan",
    ),
    (
        "By  Ada Kerrigan, Home and Digital Security Expert &  Tomas Rieck, Home Security"
        " Expert Last Updated on Feb 27, 2026",
        "Ada Kerrigan, Home and Digital Security Expert & Tomas Rieck, Home Security Expert",
    ),
    # … not a sentence, nor a menu of many words in Title Case without a role
    (
        "By the time the storm came, the harbour was empty and the boats had gone to sea long"
        " before", None,
    ),
    ("By Topic Harbour Bayside Rovers Ports Shipping Cranes Docks Weather Storms Tides"
     " Boats Ferries Quays Piers Yachts Sails", None),
]


@pytest.mark.parametrize("text, name", BYLINE_LINES, ids=[c[0] for c in BYLINE_LINES])
def test_byline_line(text, name) -> None:
    found = bylines.byline(text)
    assert (found and found[1]) == name


# A line of names alone (``bylines.name_line``): a byline only where bylines stand.
NAME_LINES = [
    ("Ada Kerrigan", "Ada Kerrigan"),
    ("ADA KERRIGAN", "ADA KERRIGAN"),
    ("Aleš Vávra", "Aleš Vávra"),
    ("Tomas C. Rieck", "Tomas C. Rieck"),
    ("Ada Kerrigan | Staff Writer", "Ada Kerrigan"),
    ("Ada Kerrigan, @adak", "Ada Kerrigan"),
    ("By Ada Kerrigan", "Ada Kerrigan"),
    ("Games Editor", None),  # a role alone
    ("Special Correspondent", None),
    ("Follow", None),  # one word: a button
    ("Share on Twitter", None),
    ("Tech Industry", None),  # a section
    ("Newer Article", None),
    ("Privacy Policy", None),
    ("Do Not Track", None),
    ("The harbour reopened on Monday after the storm.", None),  # a sentence
    ("Ada Kerrigan, with two, and Tomas Rieck scored for the visitors.", None),
    ("HARBOUR NEWS", None),
]


@pytest.mark.parametrize("text, name", NAME_LINES, ids=[c[0] for c in NAME_LINES])
def test_name_line(text, name) -> None:
    assert bylines.name_line(text) == name


def test_name_line_under_headline_is_the_byline() -> None:
    dump = (
        "Home\nNews\nSport\n\nHarbour reopens after the winter storm\nAda Kerrigan\n"
        "Friday 25 December 2015\n\n"
        + "\n\n".join(
            f"The harbour master said on Monday that boats could leave again, paragraph {i}, "
            "after crews had cleared the wreckage of three trawlers from the channel."
            for i in range(6)
        )
    )
    record = newsclip.parse(dump, input_format="text")
    assert record.byline == "Ada Kerrigan"
    assert "Ada Kerrigan" not in (record.text or "")


def test_name_line_over_a_button_above_the_date_is_the_byline() -> None:
    dump = (
        "Home\nNews\n\nHarbour reopens after the winter storm\n\n"
        "Share\n\nTomas C. Rieck\n\nFollow\n\n"
        "Oct 15, 2015 · 8 min read\n\n"
        + "\n\n".join(
            f"The harbour master said on Monday that boats could leave again, paragraph {i}, "
            "after crews had cleared the wreckage of three trawlers from the channel."
            for i in range(6)
        )
    )
    assert newsclip.parse(dump, input_format="text").byline == "Tomas C. Rieck"


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        # the reading time between the names and the date; a tag under the date
        ("Ada Kerrigan\n\n8 min\n\n", "Ada Kerrigan"),
        ("Ada Kerrigan\n\n2–4 minutes\n\n", "Ada Kerrigan"),
    ],
)
def test_names_over_the_date_line_are_the_byline(header: str, byline: str) -> None:
    dump = _story(header=header).replace(
        "Friday 25 December 2015\n\n", "Friday 25 December 2015\n\nHarbour Notes\n\n"
    )
    record = newsclip.parse(dump, input_format="text")
    assert record.byline == byline


def test_names_at_the_end_of_a_wrapped_standfirst_over_the_date_are_the_byline() -> None:
    # the standfirst and the names under it read as one wrapped paragraph
    dump = (
        "SubscribeSign in\nFerries vs Trawlers: The Harbour Slider\n"
        "What only the top 10% harbour crews who sail think about\nAda Kerrigan\n"
        "Oct 07, 2025\n95\n15\n12\nShare\n\n"
        + "\n\n".join(
            "Everyone in the harbour is talking about the ferries. The harbour master said "
            f"on Monday that boats could leave again, paragraph {i}, after crews had cleared "
            "the wreckage of three trawlers from the channel." for i in range(6)
        )
    )
    assert newsclip.parse(dump, input_format="text").byline == "Ada Kerrigan"


@pytest.mark.parametrize(
    ("word", "footer", "byline"),
    [
        # one word over the date, written again in the page's words: the site's or the owner's
        ("Harbourly", "© 2026 Harbourly · Privacy · Terms", "Harbourly"),
        ("Harbourly", "Get started with Harbourly", "Harbourly"),
        # a section's tag over the date, written nowhere else, or alone: no one
        ("Product", "© 2026 Harbour Press · Privacy · Terms", None),
        ("Product", "Product", None),
        ("Television", "Home > Television > Ferries vs Trawlers", None),
        # a label's word or a month's: no one
        ("Updated", "Updated", None),
    ],
)
def test_one_word_over_the_date_line_is_the_byline(word: str, footer: str, byline: str | None) -> None:
    dump = (
        "SubscribeSign in\nFerries vs Trawlers: The Harbour Slider\n"
        f"What only the top 10% harbour crews who sail think about\n{word}\n"
        "Oct 07, 2025\nShare\n\n"
        + "\n\n".join(
            "Everyone in the harbour is talking about the ferries. The harbour master said "
            f"on Monday that boats could leave again, paragraph {i}, after crews had cleared "
            "the wreckage of three trawlers from the channel." for i in range(6)
        )
        + f"\n\n{footer}\n"
    )
    assert newsclip.parse(dump, input_format="text").byline == byline


def test_names_under_the_reading_time_over_a_role_are_the_byline() -> None:
    dump = _story().replace(
        "Friday 25 December 2015\n\n",
        "Friday 25 December 2015\n\n•\n5 min read\nAda Kerrigan\nHarbour Operations Analyst\n\n",
    )
    assert newsclip.parse(dump, input_format="text").byline == "Ada Kerrigan"


def test_a_name_before_a_date_far_in_the_story_comes_after_names_by_the_date() -> None:
    # an event listed inside the story reads as a name and a date ("Harbour Days -
    # April 21-22, 2026"): the names over the date line are the writer
    dump = _story(header="Ada Kerrigan\n\n").replace(
        "paragraph 4,", "paragraph 4,\n\n" + "\n\n".join(
            f"The crews of the trawlers met on the quay {i} times this year to talk." for i in range(6)
        ) + "\n\nHarbour Days - April 21, 2026, Bayside\n\n"
    )
    assert newsclip.parse(dump, input_format="text").byline == "Ada Kerrigan"


def test_a_label_over_another_label_names_no_one() -> None:
    # an author box's "Author" over "Written by": not a writer called "Written"
    dump = _story(after="Author\n\nWritten by\n\nThe harbour team thanks you for reading.")
    assert newsclip.parse(dump, input_format="text").byline is None


def _story(header: str = "", after: str = "") -> str:
    """A dump: a headline, ``header`` and a date line over six paragraphs, then a share
    row and thirty links, then ``after`` (when given)."""
    return (
        f"Home\nNews\n\nHarbour reopens after the winter storm\n\n{header}"
        "Friday 25 December 2015\n\n"
        + "\n\n".join(
            f"The harbour master said on Monday that boats could leave again, paragraph {i}, "
            "after crews had cleared the wreckage of three trawlers from the channel."
            for i in range(6)
        )
        + ("\n\nShare this story\n\n" + "\n\n".join(f"Related link number {i}" for i in range(30))
           + "\n\n" + after if after else "")
    )


def test_the_pages_one_labelled_byline_far_from_the_headline_is_the_byline() -> None:
    # an author box far under the story: the page's only "Written by …"
    assert newsclip.parse(_story(after="Written by Ada Kerrigan"), input_format="text").byline \
        == "Ada Kerrigan"


@pytest.mark.parametrize(
    ("label", "names", "byline"),
    [
        ("Written By", "Ada Kerrigan", "Ada Kerrigan"),
        ("WRITTEN BY", "Harbour Travel Editor, TCR", "Harbour Travel Editor, TCR"),
        ("By:", "Harbour Gazette Editorial Team", "Harbour Gazette Editorial Team"),
        ("By\u00a0", "Odile Vallet | The Harbour Newsroom", "Odile Vallet"),
        ("Author", "Tomas C. Rieck", "Tomas C. Rieck"),
        # a label over a sentence, not over names
        ("Written by", "the harbour master's office.", None),
    ],
)
def test_a_label_alone_names_the_writer_on_the_next_line(label, names, byline) -> None:
    dump = _story(header=f"{label}\n\n{names}\n\n")
    assert newsclip.parse(dump, input_format="text").byline == byline


def test_a_label_alone_beats_a_line_of_names_elsewhere() -> None:
    # "Copy Link" under the headline reads as names; the label says who wrote the story
    dump = _story(header="Copy Link\n\nAuthor\n\nTomas C. Rieck\n\nUpdated on\n\n")
    assert newsclip.parse(dump, input_format="text").byline == "Tomas C. Rieck"


@pytest.mark.parametrize(
    ("text", "alone"),
    [("Written By", True), ("By:", True), ("AUTHOR", True), ("Authors:", True),
     ("Article by:", True), ("Author(s)", True),
     ("By the way", False), ("By Ada Kerrigan", False), ("Bylines", False)],
)
def test_label_alone(text: str, alone: bool) -> None:
    assert bylines.label_alone(text) is alone


def test_labelled_bylines_naming_several_writers_far_away_are_no_byline() -> None:
    # a list of other stories, each with its writer
    far = "By Ada Kerrigan\n\nBy Tomas C. Rieck"
    assert newsclip.parse(_story(after=far), input_format="text").byline is None


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the year the port will be closed.",
        "By March the plan had been dropped.",
        "Bypass road opens",
        "By-election called for June",
        "Stand by me",
    ],
)
def test_not_a_byline(text) -> None:
    assert bylines.byline(text) is None


CAPTIONS = [
    ("The harbour master at dawn. Photograph: Ada Kerrigan for the Gazette", "caption-with-credit"),
    ("Media caption The minister told reporters the port would reopen", "caption-label"),
    ("A prototype during sea trials. (AP Photo/Lena Ortiz)", "caption-with-credit"),
    ("Crowds at the harbour on Sunday (Reuters)", "agency-credit"),
    ("ADA KERRIGAN/AFP/Getty Images", "photographer-agency"),
    ("Photo: Ada Kerrigan", "photo-credit-label"),
    ("Image copyright Getty Images", "caption-label"),
    ("GETTY IMAGES", "agency-alone"),
    ("A harbour pilot boards a ferry in this undated file photo.", "in-this-photo"),
    ("Ferries at the quay in this Sept. 30, 2007 file photo in Harbourtown.", "in-this-photo"),
    ("The captain is sentenced in this courtroom drawing made on Friday.", "in-this-photo"),
    ("Ada Kerrigan, second from left, opens the new quay on Friday.", "position-in-picture"),
    ("Sam Reed, right, is led to the county jail.", "position-in-picture"),
    ("The captain leaves court with his wife. (ADA KERRIGAN, Harbour Media)", "capitals-credit"),
    ("Sam Reed is led to the jail. THE ASSOCIATED PRESS/Ada Kerrigan", "agency-photographer"),
]


@pytest.mark.parametrize("text, rule", CAPTIONS, ids=[c[0] for c in CAPTIONS])
def test_caption(text, rule) -> None:
    assert bylines.caption(text) == rule


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the photograph had been taken in May.",
        "The agency, which works with Reuters and AFP, said the figures were wrong.",
        "Prices rose 4/5 of a percent",
        "In this case the photos were taken by the police, the court heard.",
        "He was right, she said, and the council agreed to look again at the plan.",
        "The fares rose again (a tenth, the company said).",
    ],
)
def test_not_a_caption(text) -> None:
    assert bylines.caption(text) is None


# --- line features ------------------------------------------------------------

PROSE = "The operator said on Tuesday that it had ordered six ships for the routes in the north."


@pytest.mark.parametrize(
    "text, positive",
    [
        (PROSE, True),
        ("Les délégations ont quitté la salle sans accord sur le quota de pêche cette année.",
         True),
        ("Home", False),
        ("News Home Just In Australia World Business Sport Entertainment Weather", False),
        ("Home | News | Sport | Weather | Contact", False),
        ("Federer dispels fitness doubts with quick win", False),
        ("在这项研究中，十七名男子被要求在地面和一间模拟高海拔的房间内完成任务。", True),
    ],
)
def test_line_score_sign(text, positive) -> None:
    assert (features.score(text, features.words(text), True) > 0) is positive


def test_code_lines_neither_make_nor_break_an_article() -> None:
    text = "expect(cow.name).to.equal(\"Kate\");"
    assert features.score(text, features.words(text), False) == features.CODE_SCORE


def test_general_rules_are_named_and_page_zone_only() -> None:
    from newsclip.text import rules

    page = [r for r in rules.RULES if r.zone == "page"]
    assert page and all(r.name and r.example for r in page)
    for r in page:
        assert chrome.rule(r.example) == r.name, r.name
        assert rules.match(r.example, "any") is None  # the archive layout never sees them


def test_the_article_starts_under_its_header() -> None:
    notice = (
        "Sign up for a free account to save the stories you want to read later, follow the "
        "topics you care about and get a morning briefing in your inbox."
    )
    article = "\n\n".join(
        f"Paragraph {i} of the story says that the harbour will stay open through the winter, "
        "as the storm barrier is finished and the ferries can use the inner quay again, the "
        "port authority told the town council at its meeting on Monday evening."
        for i in range(5)
    )
    dump = f"Menu\n\n{notice}\n\nHarbour stays open\n\nPublished 4 May 2021\n\n{article}\n"
    record = newsclip.parse(dump.encode())
    assert record.title == "Harbour stays open"
    assert record.paragraphs[0].startswith("Paragraph 0")
    assert record.header == ("Published 4 May 2021",)
    assert {r.text: r.rule for r in record.removed}[notice] == "before-article"
    # the rule at work: without it the notice leads the body and the headline is text
    assert _tuned(dump, Tuning(region=RegionTuning(header_in_run=0))).paragraphs[0] == notice


def test_a_date_alone_is_never_body_text() -> None:
    article = "\n\n".join(
        f"Paragraph {i} of the story says that the harbour will stay open through the winter, "
        "as the storm barrier is finished."
        for i in range(4)
    )
    dump = f"Harbour stays open\n\n{article}\n\nMay 5, 2021\n\n{article}\n"
    record = newsclip.parse(dump.encode())
    assert "May 5, 2021" not in record.text
    assert "May 5, 2021" in record.header


def test_a_list_announced_by_the_article_is_kept_whole() -> None:
    para = (
        "The council said on Monday that the plan for the harbour would go ahead this year, "
        "after a long delay caused by the storm last winter."
    )
    items = ["- a new quay wall", "- two cranes", "- a ferry ramp", "- lights on the pier"]
    dump = "\n".join(
        ["Menu", "Harbour plan goes ahead", "", para, "", para, "", "The plan includes:", *items,
         "", "Share", "Related stories", "- Storm closes pass", "- Bakers protest"]
    )
    record = newsclip.parse(dump.encode())
    assert record.paragraphs[-5:] == ("The plan includes:", *items)
    assert "Storm closes pass" not in record.text


@pytest.mark.parametrize(
    ("crumb", "title"),
    [
        ("Home > World > Storm closes the harbour", "Storm closes the harbour"),
        # (a breadcrumb that ends elsewhere repeats nothing)
        ("Home > World > Europe", "Ferry company counts the cost of the week"),
    ],
)
def test_a_breadcrumb_repeats_the_headline(crumb: str, title: str) -> None:
    # (the lead names both lines' words: the breadcrumb alone tells them apart)
    para = (
        "The storm closes the harbour on Monday with waves of six metres on the coast, and "
        "the ferry company counts the cost of a week with its ships in port."
    )
    dump = "\n".join(
        [crumb, "Menu", "", "Storm closes the harbour",
         "", "Ferry company counts the cost of the week", "", para, "", para, ""]
    )
    assert newsclip.parse(dump.encode()).title == title


def _paragraphs(n: int, topic: str = "harbour") -> list[str]:
    return [
        f"Paragraph {i} says the {topic} will stay open through the winter, as the storm "
        "barrier is finished and the ferries can use the inner quay again, the port authority "
        "told the town council at its meeting on Monday evening."
        for i in range(n)
    ]


def test_a_wrapped_line_that_mentions_responses_is_no_comments_marker() -> None:
    wrapped = [
        "The port authority said that all of the replies it had received were in favour of",
        "the plan. All responses MUST be kept on file, and the council will read them",
        "before the vote on the new quay, which is due at the end of the month.",
    ]
    assert not chrome.comments_marker(wrapped[1], features.words(wrapped[1]))
    assert chrome.comments_marker("All responses", ["All", "responses"])
    dump = "\n\n".join(["Harbour plan", *_paragraphs(2), "\n".join(wrapped), *_paragraphs(2)])
    assert "before the vote" in newsclip.parse(dump.encode()).text


def test_a_name_that_ends_in_figures_does_not_count_comments() -> None:
    # "System76 Comments On …": a headline, its maker's name glued to its figures; the
    # count of a teaser's comments stands apart ("76 Comments")
    headline = "Harbour76 Comments On The New Ferry Timetable"
    assert not chrome.comments_marker(headline, features.words(headline))
    assert chrome.comments_marker("76 Comments", ["76", "Comments"])
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(2), headline, *_paragraphs(2, "quay")])
    assert "Paragraph 1 says the quay" in newsclip.parse(dump.encode()).text


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        # a thread's title naming its discussion: a year, or a bracket with no count
        ("Harbour Open Day March 2024 Discussion Thread", False),
        ("A 2024 Discussion Whether To Move The Ferry Quay", False),
        ("Ferry discussion (split from timetable thread)", False),
        # a comment section's heading or count, as before
        ("Discussion (5)", True),
        ("Join the discussion (14)", True),
        ("Comments (none posted)", True),
        ("Comment(s)", True),
        ("12 Comments", True),
        ("Comments:", True),
        ("Reader comments ( 4 )", True),
    ],
)
def test_a_threads_title_naming_its_discussion_is_no_comments_marker(
    line: str, marker: bool
) -> None:
    assert chrome.comments_marker(line, features.words(line)) is marker


def test_a_threads_title_with_a_year_before_discussion_is_its_headline() -> None:
    title = "Harbour Open Day March 2024 Discussion Thread"
    dump = "\n\n".join(["Forums", "Harbour board", title, *_paragraphs(3)])
    assert newsclip.parse(dump.encode()).title == title


def test_a_count_of_comments_under_every_record_is_no_comment_section() -> None:
    # a feed: each record's headline, blurb and count of its comments
    records = []
    for i in range(5):
        records += [f"Ferry story {i} makes the news", *_paragraphs(1, f"pier {i}"),
                    f"{i + 3} Comments"]
    dump = "\n\n".join(["Harbour news", *records])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 0 says the pier 4" in record.text
    assert "Comments" not in record.text
    # one count under a story opens its comments, as before
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), "33 Comments",
                         *_paragraphs(1, "quay")])
    assert "Paragraph 0 says the quay" not in newsclip.parse(dump.encode()).text


def test_a_thread_of_comment_stamps_ends_the_article() -> None:
    comments = []
    for i, name in enumerate(["Ann", "Bo", "Cy", "Di"]):
        comments += [
            (f"I think the council is right about the quay and the ferries, said reader {i}, "
             "and the town should have done this years ago when the storm first came."),
            f"Posted by: {name} | Jan {10 + i}, 2008 4:4{i} PM",
        ]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), *comments])
    record = newsclip.parse(dump.encode())
    # the stamp signs the comment above it, which stays: the thread after it goes
    assert "reader 1" not in record.text and "reader 3" not in record.text
    assert "reader 3" in _tuned(dump, Tuning(region=RegionTuning(thread_stamps=99))).text


def _thread(names: list[str]) -> list[str]:
    """A forum thread: each post under a stamp of one shape (name, date, time, number)."""
    posts = []
    for i, name in enumerate(names, 1):
        posts += [
            f"{name} March {i + 2}, 2024, 10:1{i}am {i}",
            (f"Post {i} says the ferry timetable for the winter is still not out, and asks "
             "whether anyone has heard when the company will print it this year."),
            f"{i} Likes",
        ]
    return posts


def test_every_post_of_a_forum_thread_is_the_text() -> None:
    dump = "\n\n".join(
        ["Harbour Forum", "Winter ferry timetable?", *_thread(["ann_s", "Bo.K", "cy", "Di"]),
         "Related topics", "Ferry fares", "Harbour parking"]
    )
    record = newsclip.parse(dump.encode())
    for i in range(1, 5):
        assert f"Post {i} says" in record.text
    assert "Ferry fares" not in record.text and "Likes" not in record.text
    assert record.title == "Winter ferry timetable?"
    # no thread: the second stamp opens the comments, and only the first post stays
    record = _tuned(dump, Tuning(region=RegionTuning(thread_posts=99)))
    assert "Post 1 says" in record.text and "Post 3 says" not in record.text


def test_a_threads_furniture_around_its_posts_is_not_its_text() -> None:
    # each post: its votes, a button, the poster's name over their reputation, and a
    # reader's comment signed with the commenter's name twice, over its date
    posts = []
    for i, name in enumerate(["ann_s", "bo_k", "cy_d", "di_m"], 1):
        posts += [
            f"{name} March {i + 2}, 2024, 10:1{i}am {i}", f"{10 + i}",
            (f"Post {i} says the ferry timetable for the winter is still not out, and asks "
             "whether anyone has heard when the company will print it this year."),
            "Improve this answer", "Click to expand...", name,
            f"1,2{i}4 gold badges 1{i} silver badges",
            f"Thanks, the office said the same on day {i}", "sam_r", "– sam_r",
        ]
    dump = "\n\n".join(["Harbour Forum", "Winter ferry timetable?", *posts,
                         "Related topics", "Ferry fares"])
    record = newsclip.parse(dump.encode())
    for i in range(1, 5):
        assert f"Post {i} says" in record.text
    for furniture in ("Improve this answer", "Click to expand", "gold badges", "same on day 2",
                      "sam_r", "12"):
        assert furniture not in record.paragraphs and furniture not in record.text
    # an article with the same lines is read as it was: counts and buttons are a thread's
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), "12", "Improve this answer",
                         *_paragraphs(1, "quay")])
    assert "Improve this answer" in newsclip.parse(dump.encode()).text


def test_a_quote_of_an_earlier_post_is_not_said_again() -> None:
    # each reply quotes the post above it under "<name> said:", then answers it
    posts, names = [], ["ann_s", "bo_k", "cy_d", "di_m"]
    for i, name in enumerate(names, 1):
        posts.append(f"{name} March {i + 2}, 2024, 10:1{i}am {i}")
        if i > 1:
            posts += [f"{names[i - 2]} said:", _post(i - 1)]
        posts += [_post(i), f"{i} Likes"]
    dump = "\n\n".join(["Harbour Forum", "Winter ferry timetable?", *posts, "Related topics"])
    record = newsclip.parse(dump.encode())
    for i in range(1, 5):
        assert record.text.count(f"Post {i} says") == 1
    # a line said again with no quote's opening over it (a reply that repeats a
    # line of its own) stays
    dump = dump.replace("said:", "asked again")
    assert newsclip.parse(dump.encode()).text.count("Post 1 says") == 2
    # … but two lines of an earlier post said again together are a quote without one
    posts = []
    for i, name in enumerate(names, 1):
        posts.append(f"{name} March {i + 2}, 2024, 10:1{i}am {i}")
        if i > 1:
            posts += [_post(i - 1), f"Line {i - 1} adds that the ferry office opens at nine."]
        posts += [_post(i), f"Line {i} adds that the ferry office opens at nine.", f"{i} Likes"]
    dump = "\n\n".join(["Harbour Forum", "Winter ferry timetable?", *posts, "Related topics"])
    text = newsclip.parse(dump.encode()).text
    assert text.count("Post 1 says") == 1 and text.count("Line 3 adds") == 1
    assert "Post 4 says" in text


@pytest.mark.parametrize(
    ("middle", "copies"),
    [
        # the story printed twice, one copy under the other (a print or mobile copy)
        ([], 1),
        # … with the copy's own headline and date line between them
        (["Harbour stays open", "March 3, 2024"], 1),
        # a reply's quote of it, under its opening, stays
        (["Ann Lee wrote:"], 2),
        # … and so does a second story signed again, right under its own byline
        (["By Ann Lee, Staff Writer"], 2),
    ],
)
def test_a_story_said_twice_is_kept_once(middle: list[str], copies: int) -> None:
    story = _paragraphs(6)
    dump = "\n\n".join(["Harbour stays open", "March 3, 2024", *story, *middle, *story,
                         "Related", "Ferry fares"])
    record = newsclip.parse(dump.encode())
    assert record.text.count("Paragraph 0 says") == copies
    assert record.text.count("Paragraph 5 says") == copies
    assert record.title == "Harbour stays open"
    # with a longer run asked for, both copies stay
    if copies == 1:
        tuned = _tuned(dump, Tuning(boxes=BoxTuning(copy_lines=7)))
        assert tuned.text.count("Paragraph 0 says") == 2


@pytest.mark.parametrize(
    "again",
    [
        # a pull quote, a summary box's sentence: one paragraph said again
        [0],
        # a chorus of a few lines, or a short run
        [0, 1, 2],
        # several paragraphs, but not in the same order
        [4, 2, 0, 3, 1],
    ],
)
def test_a_short_or_shuffled_repeat_stays(again: list[int]) -> None:
    story = _paragraphs(6)
    dump = "\n\n".join(["Harbour stays open", "March 3, 2024", *story,
                         *(story[i] for i in again), *_paragraphs(2, "quay")])
    text = newsclip.parse(dump.encode()).text
    for i in again:
        assert text.count(f"Paragraph {i} says the harbour") == 2


def _post(i: int) -> str:
    return (f"Post {i} says the ferry timetable for the winter is still not out, and asks "
            "whether anyone has heard when the company will print it this year.")


def test_a_posts_number_and_its_posters_state_are_furniture() -> None:
    # what a forum prints by each post: its number, the poster's presence by their
    # avatar's letter, the note of its last edit, its buttons
    posts = []
    for i, name in enumerate(["ann_s", "bo_k", "cy_d", "di_m"], 1):
        posts += [f"{name} March {i + 2}, 2024, 10:1{i}am {i}", f"{name[0].upper()} Offline",
                  f"wrote on last edited by {name}", f"#{i}", _post(i), "Copy Post"]
    dump = "\n\n".join(["Harbour Forum", "Winter ferry timetable?", *posts, "Related topics"])
    record = newsclip.parse(dump.encode())
    for i in range(1, 5):
        assert f"Post {i} says" in record.text
    for furniture in ("Offline", "last edited", "#2", "Copy Post"):
        assert furniture not in record.text


def test_a_threads_closing_prompt_ends_it() -> None:
    assert _chrome("You must log in or register to reply here.") == "reply-prompt"
    dump = "\n\n".join(["Harbour Forum", "Winter ferry timetable?",
                         *_thread(["ann_s", "Bo.K", "cy", "Di"]),
                         "You must log in or register to reply here.",
                         "Paragraph 9 tells of the orchestra's autumn symphony programme and its "
                         "tour of several cities abroad, conducted without scores last spring."])
    record = newsclip.parse(dump.encode())
    assert "Post 4 says" in record.text and "autumn symphony" not in record.text


def test_a_questions_signed_comments_and_attachments_are_not_its_text() -> None:
    # a question's page that no thread's stamps show: its comments and attachments
    # still go, the comment read with its name as one wrapped paragraph too
    dump = "\n".join([
        "Why is the ferry late?", "", *_paragraphs(2), "",
        "Thanks, the office said the same on Monday and it",
        "sam_r", "– sam_r", "", "View attachment 2028258 View attachment 2028259", "",
        *_paragraphs(2, "quay"),
    ])
    record = newsclip.parse(dump.encode())
    # (the question's paragraphs over it stay: no stamp or count over the comment)
    assert "Paragraph 1 says the harbour" in record.text
    assert "Paragraph 1 says the quay" in record.text
    for furniture in ("the same on Monday", "sam_r", "View attachment"):
        assert furniture not in record.text


def test_round_the_clock_is_no_gallerys_counter() -> None:
    assert _chrome("2/50 Harbour cranes at dawn") == "gallery-counter"
    assert _chrome("24/7 customer service, tutorials, and a strong partner ecosystem.") is None


@pytest.mark.parametrize(
    "stamp", ["03-03-2024, 09:03 AM #1", "#1 2024-03-03 09:03:00", "3rd March 2024, 09:03 #1 | Link"]
)
def test_the_first_posts_numbered_stamp_dates_the_thread_and_names_its_poster(stamp) -> None:
    # a forum's posts, each under its stamp with its number, the poster's handle and
    # card under it (the date the poster joined, the page's date far above)
    posts = []
    for i, name in enumerate(["ann_s", "bo_k", "cy_d"], 1):
        posts += [stamp.replace("03", f"0{i + 2}", 1).replace("#1", f"#{i}").replace(
            "3rd", f"{i + 2}th"), name, "Member", "Registered: 2019-02-01",
            f"Post {i} says the ferry timetable for the winter is still not out, and asks "
            "whether anyone has heard when the company will print it this year."]
    dump = "\n\n".join(["Harbour Forum", "Today is 2025-06-01", "Winter ferry timetable?", *posts])
    record = newsclip.parse(dump.encode())
    assert record.published is not None and record.published.day == 3
    assert record.byline == "ann_s"


@pytest.mark.parametrize(
    ("starter", "stamp"),
    [("ann_s", "March 3, 20241 yr in Harbour Talk"), ("By ann_s,", "March 3, 2024 in Harbour Talk")],
)
def test_a_threads_header_names_its_starter_over_its_date_and_forum(starter, stamp) -> None:
    # the thread's header under its title: the starter's handle over the date the thread
    # was started and the forum it stands in; the posts under it, each with its stamp
    posts = []
    for i, name in enumerate(["bo_k", "cy_d", "di_e"], 1):
        posts += [name, f"Posted March {i + 4}, 2024",
                  f"Post {i} says the ferry timetable for the winter is still not out, and "
                  "asks whether anyone has heard when the company will print it this year."]
    dump = "\n\n".join(
        ["Harbour Forum", "Winter ferry timetable?", "Share", "Followers", starter, stamp,
         "Featured Replies", *posts]
    )
    record = newsclip.parse(dump.encode())
    assert record.byline == "ann_s"
    assert record.published == date(2024, 3, 3)


def test_a_date_line_naming_the_writer_inside_the_text_dates_it() -> None:
    # the text was read to begin far above its header (a shop's list of places): a date
    # line that names the writer is the story's, though inside that text; a date line
    # alone there may be the text's own
    places = [f"Harbour town number {i} - Showroom and warehouse" for i in range(8)]
    paragraphs = [
        f"Building a fleet of ferries for the harbour, paragraph {i}, does not have to be "
        "expensive if the council chooses boats with care." for i in range(6)
    ]
    for line, value in [("by Harbour Gazette on Jan 22, 2025", date(2025, 1, 22)),
                        ("Jan 22, 2025", None)]:
        dump = "\n\n".join([*places, "Ferries for every budget", line, *paragraphs])
        infos = scoring.score_lines(split_lines(dump), None, DEFAULT)
        found = labels.choose_date(infos, 0, 6, Region(0, len(infos) - 1), DEFAULT.labels)
        assert (found[1] if found else None) == value


def test_the_first_posts_stamp_with_its_number_after_the_clock_names_the_poster() -> None:
    # each post's stamp: the handle, the date, the clock and the post's number; a label
    # of the forum's section over the first reads as a name and a date
    posts = []
    for i, name in enumerate(["ann_s (Ann)", "bo_k", "cy_d"], 1):
        posts += [f"{name} March {i + 2}, 2024, 10:1{i}pm {i}",
                  f"Post {i} says the ferry timetable for the winter is still not out, and "
                  "asks whether anyone has heard when the company will print it this year."]
    dump = "\n\n".join(["Harbour Forum", "Winter timetable 2024-03-03 late", "Ferry Talk",
                         *posts])
    record = newsclip.parse(dump.encode())
    assert record.byline == "ann_s"
    assert record.published is not None and record.published.day == 3


def test_a_date_line_naming_the_writer_ranks_as_published() -> None:
    # the story's header names its writer beside the date; a book's release date under
    # it says "Released", which would rank above a plain date
    dump = "\n\n".join(
        ["Harbour Books: the winter's reading", "by Ada Kerrigan · Dec 20, 2025 · One comment",
         "The harbour library picked three new books for the winter, and here they are.",
         "Released: June 17, 2025",
         *(f"The harbour master said on Monday that the book, paragraph {i}, was a good read "
           "for the crews of the three trawlers." for i in range(4))]
    )
    infos = scoring.score_lines(split_lines(dump), None, DEFAULT)
    found = labels.choose_date(infos, 0, 6, Region(2, len(infos) - 1), DEFAULT.labels)
    assert found is not None and found[1] == date(2025, 12, 20)


@pytest.mark.parametrize("label", ["Start date", "Startdatum", "Fecha de inicio"])
def test_a_threads_start_date_is_its_date(label: str) -> None:
    # the thread's header: its start date, far above the first post's card, which gives
    # the date its writer joined first
    dump = "\n\n".join(
        ["Winter ferry timetable?", "Thread starter ann_s", f"{label} Mar 3, 2024", "Tags",
         "Home", "Forums", "ann_s", "Feb 1, 2019", "Mar 3, 2024", "#1",
         "The ferry timetable for the winter is still not out, and I ask whether anyone "
         "has heard when the company will print it this year."]
    )
    infos = scoring.score_lines(split_lines(dump), None, DEFAULT)
    found = labels.choose_date(infos, 6, 9, Region(9, 10), DEFAULT.labels)
    assert found is not None and found[1] == date(2024, 3, 3)
    # (without the label, the card's first date wins)
    infos = scoring.score_lines(split_lines(dump.replace(label, "")), None, DEFAULT)
    assert labels.choose_date(infos, 6, 9, Region(9, 10), DEFAULT.labels)[1] == date(2019, 2, 1)


@pytest.mark.parametrize(
    "line, rule",
    [("Top", "navigation-link"), ("Top stories", "related-heading"), ("3 Likes", "reaction-count"),
     ("Reactions: Ann and Bo", "reaction-count"), ("Likes of the town council", None)],
)
def test_a_posts_own_links_are_no_related_heading(line: str, rule: str | None) -> None:
    # (a bare "Top" under each post of a forum goes back to the page's top: no "Related"
    # heading, which would end the thread)
    assert _chrome(line) == rule


def test_comments_under_an_article_are_no_thread() -> None:
    # the article's own date line has another shape than the comments' stamps
    dump = "\n\n".join(
        ["Harbour stays open", "Published 2 March 2024", *_paragraphs(3), "Comments",
         *_thread(["ann_s", "Bo.K", "cy", "Di"])]
    )
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says the harbour" in record.text and "Post 1 says" not in record.text


@pytest.mark.parametrize(
    "line, shape",
    [("alison100 3 May 2025 09:21 2", "0 ~ 0 0:0 0"), ("Kestrel 3 May 2025 09:46 3", "0 ~ 0 0:0 0"),
     ("#2 · Mar 21, 2025", "#0 · ~ 0, 0"), ("Post by Sam » 11. Sep 2024, 18:36", "» 0. ~ 0, 0:0"),
     ("Call 877-621-6572", None), ("1.11.3 Many computational paths", None), ("14 posts", None)],
)
def test_a_posts_stamp_has_a_shape_without_its_writer(line: str, shape: str | None) -> None:
    assert thread.stamp_shape(line) == shape


def _records(n: int) -> list[str]:
    """A listing's records: a section, a story's headline, its writer, how long ago."""
    records = []
    for i in range(n):
        records += [
            "Harbour" if i % 2 else "Ferries",
            f"Story {i}: the new quay on the north side opens to winter ferries",
            "Ann Berg",
            f"{i + 2} hours ago",
        ]
    return records


_MENU = ["Home", "News", "Ferries", "Harbour", "Weather", "Contact us"]
_BLURB = ("The Harbour Desk is our weekly podcast about the port and its people, with "
          "the ferry crews.")


def test_a_page_of_records_is_its_list() -> None:
    dump = "\n\n".join([*_MENU, "Latest harbour news", *_records(8), _BLURB, "About us"])
    record = newsclip.parse(dump.encode())
    for i in range(8):
        assert f"Story {i}: the new quay" in record.text
    assert "Contact us" not in record.text
    # no list: the podcast's blurb is the text
    record = _tuned(dump, Tuning(region=RegionTuning(record_items=99)))
    assert record.text == _BLURB


def test_an_article_is_no_list_nor_is_a_footer() -> None:
    # an article's prose outweighs any list: its related stories stay out
    dump = "\n\n".join([*_MENU, "Harbour stays open", *_paragraphs(3), *_records(8)])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says" in record.text and "Story 1: the new quay" not in record.text
    # a list under a short text that reaches the page's end is its footer
    dump = "\n\n".join([*_MENU, "Podcasts", _BLURB, *_records(8)])
    assert newsclip.parse(dump.encode()).text == _BLURB
    record = _tuned(dump, Tuning(region=RegionTuning(record_tail=0.0)))
    assert "Story 1: the new quay" in record.text


def _items(n: int, price: str = "$24.50") -> list[str]:
    """A shop's grid of items: each one's name, then its price."""
    items = []
    for i in range(n):
        items += [f"Harbour Lantern Candle No. {i}", price.replace("24", str(20 + i))]
    return items


@pytest.mark.parametrize("price", ["$24.50", "24,50 €", "Sale price: $24.50"])
def test_a_shops_grid_down_to_the_pages_end_is_no_footer(price: str) -> None:
    # (its records print their prices: a shop's items, where a footer's links print none)
    dump = "\n\n".join([*_MENU, "Candles", _BLURB, *_items(10, price)])
    record = newsclip.parse(dump.encode())
    assert "Harbour Lantern Candle No. 9" in record.text
    record = _tuned(dump, Tuning(region=RegionTuning(record_priced=99.0)))
    assert record.text == _BLURB


def test_a_listings_intro_does_not_outweigh_its_list() -> None:
    # a listing's intro of a few paragraphs, over the list or under it, is no article
    intro = _paragraphs(2, "guide")
    for page in ([*intro, *_records(16)], [*_records(16), *intro]):
        dump = "\n\n".join([*_MENU, "Harbour guides", *page, *_MENU * 4])
        record = newsclip.parse(dump.encode())
        assert "Story 15: the new quay" in record.text and "Story 0: the new quay" in record.text
        # a run of prose this long is an article: the intro alone is the text
        record = _tuned(dump, Tuning(region=RegionTuning(records_prose_words=60)))
        assert "Story 3: the new quay" not in record.text and "Paragraph 1 says" in record.text


def test_a_list_must_outweigh_a_dated_story_more() -> None:
    # a short story under its own date line keeps its text over its site's list of others
    story = ["Harbour stays open", "March 3, 2024", *_paragraphs(2)]
    dump = "\n\n".join([*_MENU, *story, *_records(12), *_MENU * 4])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 1 says" in record.text and "Story 1: the new quay" not in record.text
    # with no date line over it, the list outweighs it
    dump = dump.replace("March 3, 2024", "")
    assert "Story 1: the new quay" in newsclip.parse(dump.encode()).text


def test_menu_entries_make_no_list() -> None:
    # entries of three words at most (a menu, a picker of countries) are no records
    entries = [f"Port of {name}" for name in "Aberdeen Bergen Cork Dover Esbjerg Faro Gdansk".split()]
    dump = "\n\n".join([*_MENU, *entries, *entries, _BLURB, "About us"])
    assert newsclip.parse(dump.encode()).text == _BLURB
    record = _tuned(dump, Tuning(region=RegionTuning(record_mean_words=3.0)))
    assert record.text.startswith("Port of Aberdeen")


def _table(sections: int) -> list[str]:
    """A table of rows set out with tabs, in sections under one-word headings."""
    table = []
    for s in range(sections):
        table.append(f"Quay {s}")
        table.append("\n".join(
            f"Harbour crane {s}{i}\t{10 + i} tonnes lifted\t{i} night shifts" for i in range(10)
        ))
    return table


def test_a_long_table_does_not_end_the_article() -> None:
    # (a table's rows cost what a box's labels cost: the prose under it joins the article)
    dump = "\n\n".join(
        ["Harbour traffic rises", *_paragraphs(3), "Cranes by quay", *_table(8),
         *_paragraphs(1, "quay")]
    )
    record = newsclip.parse(dump.encode())
    assert "Harbour crane 55" in record.text and "Paragraph 0 says the quay" in record.text
    record = _tuned(dump, Tuning(region=RegionTuning(widget_lines=10**6)))
    assert "Paragraph 0 says the quay" not in record.text


@pytest.mark.parametrize(
    "header", ["By Ann Berg Mar 5, 2025 | 6 comments", "Ann Berg March 5, 2025 0 Comments"]
)
def test_a_header_that_counts_comments_opens_no_comments(header: str) -> None:
    dump = "\n\n".join(["Harbour stays open", header, *_paragraphs(3)])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says" in record.text
    assert record.published == date(2025, 3, 5)
    # a count of comments alone opens them
    assert _chrome("6 comments") == "comments-marker"


def test_a_teasers_time_and_comment_count_open_no_comments() -> None:
    # a feed's teasers: headline, "time - section - N Comments", blurb; the count beside a
    # time without a year (or an age) is the teaser's header, not a comment section
    stamps = ["7 March 06:54 AM EST - Harbour - 8 Comments", "10 Hours Ago - Quay - 2 Comments",
              "6 March 02:15 PM EST - Ferries - Add A Comment",
              "6 March 08:24 PM EST - Port - 26 Comments"]
    blocks = []
    for i, stamp in enumerate(stamps):
        blocks += [f"Harbour story {i} makes the news", stamp, *_paragraphs(1, f"quay {i}")]
    record = newsclip.parse("\n\n".join(["Latest harbour news", *blocks]).encode())
    assert "says the quay 3 will" in record.text
    assert [_chrome(stamp) for stamp in stamps] == [None] * 4
    assert _chrome("8 comments") == "comments-marker"
    assert _chrome("Ferries - Add A Comment") == "comment-prompt"


def test_a_listicles_numbered_sections_go_on_past_their_short_lines() -> None:
    # each entry: a numbered heading, a paragraph, a heading and two picks (short lines
    # that cost more than the entry's short paragraph gains)
    entries = []
    for i in range(1, 7):
        # (the first two entries' paragraphs are long: the run of prose holds them)
        text = (_paragraphs(2, f"crane {i}")[1] if i <= 2 else
                f"Crane model {i} lifts the heavy boxes of the ferries at the inner quay, "
                "the port says.")
        entries += [f"{i}. Crane model {i}", text,
                    "Top Expert Recommendations:", f"Harbour Lift {i}00 Pro", f"Quay Master {i}X"]
    dump = "\n\n".join(["Six cranes every harbour needs", *_paragraphs(2), *entries,
                         "Subscribe", "Privacy Policy"])
    record = newsclip.parse(dump.encode())
    assert "Crane model 6 lifts" in record.text and "Privacy Policy" not in record.text
    # (a guide's list items in a gap, grow_item_weight, would join the entries too)
    record = _tuned(dump, Tuning(region=RegionTuning(grow_item_weight=1.0)))
    assert "Crane model 6 lifts" in record.text
    record = _tuned(dump, Tuning(region=RegionTuning(section_min_numbers=99,
                                                     grow_item_weight=1.0)))
    assert "Crane model 6 lifts" not in record.text


_POLICY = ("We process your personal information under this Privacy Policy, share it with "
           "third parties for our legitimate interests, and you agree that cookies may be "
           "set on your device unless you opt out of them or withdraw your consent; clause "
           "{i} of the Terms of Use limits our liability under the governing law.")


def test_a_privacy_policys_drawer_is_not_the_pages_text() -> None:
    # a shop's page with its policy in full in a drawer: the policy's long paragraphs are
    # the densest prose, yet the product's name and blurb are the page's text
    dump = "\n\n".join(
        ["Shop", "Cart", "Harbour Crane Model Kit", "$49.00", "Add to cart",
         "A model of the harbour's new electric crane, with a working winch and a quay of "
         "six pieces, painted by hand in the town's workshop.", "Reviews", "Shipping",
         "Returns", "Gift cards", "Stores", "Careers", "Help", "Contact", "Privacy Policy",
         *(_POLICY.format(i=i) for i in range(12)), "© Harbour Models"]
    )
    record = newsclip.parse(dump.encode())
    assert "working winch" in record.text and "Privacy Policy" not in record.text
    assert "personal information" not in record.text
    record = _tuned(dump, Tuning(region=RegionTuning(legal_min_words=10**6)))
    assert "personal information" in record.text


_BIO = ("Ann Berg is the harbour reporter of the paper and has written about the port, its "
        "ferries and its people for twenty years, after a career at sea.")


def test_the_writers_biography_under_the_story_is_no_part_of_it() -> None:
    dump = "\n\n".join(
        ["Harbour stays open", *_paragraphs(3), "About the author", _BIO,
         "View all posts by Ann Berg", *_paragraphs(1, "quay")]
    )
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says the harbour" in record.text
    assert "Ann Berg is" not in record.text and "says the quay" not in record.text
    # a writer's box over the story heads it: the story under it stays
    dump = "\n\n".join(["Harbour stays open", "About the author", _BIO, *_paragraphs(3)])
    assert "Paragraph 2 says the harbour" in newsclip.parse(dump.encode()).text


@pytest.mark.parametrize(
    "heading",
    ["Article Sources", "Sources:", "How we reviewed this article:", "Quellen", "Fuentes",
     "View Article Sources", "Image References", "Photo credits:"],
)
def test_the_list_of_a_storys_sources_under_it_is_no_part_of_it(heading: str) -> None:
    sources = [
        "Berg A, ET AL. (2016). The harbour's trade in the long run and what the ferries "
        "carried over the years to the islands and back. Journal of Ports, 12(3), 44-59.",
        "https://example.org/harbour/trade/2016/the-long-run",
    ]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), heading, *sources])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says the harbour" in record.text
    assert "Journal of Ports" not in record.text
    # at the top of the run it heads no list under the story
    dump = "\n\n".join(["Harbour stays open", heading, *_paragraphs(3)])
    assert "Paragraph 2 says the harbour" in newsclip.parse(dump.encode()).text


def test_the_writers_name_over_a_biography_under_the_story_ends_it() -> None:
    # the name the byline gives, alone on a line, a role under it, then a paragraph
    story = ["Harbour stays open", "By Ann Berg", "March 5, 2025", *_paragraphs(3)]
    dump = "\n\n".join([*story, "Ann Berg\nHARBOUR REPORTER", _BIO, "Sign up for our letters"])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says the harbour" in record.text
    assert "Ann Berg is" not in record.text and "HARBOUR REPORTER" not in record.text
    # a subheading of names the byline does not give heads a part of the story
    dump = "\n\n".join([*story, "Piet Mols", *_paragraphs(2, "quay")])
    assert "says the quay" in newsclip.parse(dump.encode()).text


@pytest.mark.parametrize(("role", "card"), [
    ("CONTRIBUTING WRITER", True), ("Senior Staff Writer", True), ("Associate Editor", True),
    ("Travel Blogger", True), ("Harbour Master", False), ("Writers, 2024", False),
])
def test_a_writers_role_line(role: str, card: bool) -> None:
    assert ending.writer_role(role) is card


@pytest.mark.parametrize(("head", "card"), [
    # the name over a writer's role, then a paragraph that need not begin with the name
    # ("Piet Mols / Senior Staff Writer / A ferry captain for ten years, Piet Mols …"):
    # the writer's card, though no byline names them
    ("Piet Mols\nCONTRIBUTING WRITER", True), ("Piet Mols\nSenior Staff Writer", True),
    ("Piet Mols\nAssociate Editor", True), ("Piet Mols\nTravel Blogger", True),
    ("Piet Mols\nHarbour Master", False), ("Piet Mols\nWriters, 2024", False),
    # a card's label alone over the writer's (or the reviewer's) names
    ("Written by:\nPiet Mols", True), ("Reviewed by,\nPiet Mols", True),
    ("Medically reviewed by\nPiet Mols", True), ("Fact-checked by:\nPiet Mols", True),
    ("Researched by\nPiet Mols", True),
    # (a bare "By:" stands over each teaser of a list as often)
    ("By:\nPiet Mols", False), ("Sorted by\nPiet Mols", False),
])
def test_a_writers_card_under_the_story_ends_it(head: str, card: bool) -> None:
    story = ["Harbour stays open", *_paragraphs(6)]
    bio = ("A ferry captain for ten years before he took up writing, Piet Mols covers the "
           "port, its ferries and the people who work on them.")
    dump = "\n\n".join([*story, head, bio, *_paragraphs(2, "quay")])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 5 says the harbour" in record.text
    assert ("ferry captain" in record.text) is not card


@pytest.mark.parametrize(("card", "closes"), [
    (["Piet Mols", "Senior Staff Writer"], True), (["Written by:", "Piet Mols"], True),
    (["Ferry timetable", "Winter"], False),
])
def test_a_writers_card_among_the_blocks_the_run_joined_ends_it(
    card: list[str], closes: bool
) -> None:
    # the run found first ends above a gap; the blocks it joins past the gap (the story's
    # last paragraphs) may hold the writer's card, which ends the story there
    bio = ("A ferry captain for ten years before he took up writing, Piet Mols covers the "
           "port, its ferries and the people who work on them.")
    dump = "\n\n".join([*_paragraphs(6), *_paragraphs(2, "quay"), *card, bio,
                          *_paragraphs(2, "ferry")])
    infos = scoring.score_lines(split_lines(dump), None, DEFAULT)
    first = next(k for k, info in enumerate(infos) if "says the quay" in info.text)
    card_at = next(k for k, info in enumerate(infos) if info.text == card[0])
    grown = Region(0, len(infos) - 1)
    found = ending.close_grown(infos, Region(0, 5), grown, DEFAULT)
    assert found == (Region(0, card_at - 1, frozenset({card_at})) if closes else grown)
    assert first < card_at
    # (nothing joined under the run: nothing to close)
    assert ending.close_grown(infos, grown, grown, DEFAULT) is grown


@pytest.mark.parametrize("note", [
    "Piet Mols is a content writer at Harbour Data with more than five years of writing "
    "about ports, ferries and the people who work on them.",
    "Piet has written about ports, ferries and the people who work on them for more than "
    "five years, after a career at sea.",
    "I'm Piet, a content writer at Harbour Data, and I have written about ports and ferries "
    "for more than five years.",
])
def test_a_note_about_a_writer_the_header_does_not_name_ends_the_story(note: str) -> None:
    story = ["Harbour stays open", *_paragraphs(6)]
    dump = "\n\n".join([*story, "Piet Mols\nContent Writer", note, "Book a demo"])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 5 says the harbour" in record.text
    assert "Piet" not in record.text
    # a list's last entry has its own paragraphs under it: it stays
    dump = "\n\n".join([*story, "Piet Mols", note, *_paragraphs(2, "quay")])
    assert "Piet" in newsclip.parse(dump.encode()).text
    # a product's name is no writer's ("Harbour CLI is a tool …")
    product = "Harbour CLI is a tool for the port's ferries, with more than five years of use."
    dump = "\n\n".join([*story, "Harbour CLI", product, "Book a demo"])
    assert "Harbour CLI is a tool" in newsclip.parse(dump.encode()).text


@pytest.mark.parametrize("heading", [
    "More Articles You Might Enjoy", "Other Posts You May Enjoy", "You’ll Also Love...",
    "Read This Next", "More related posts",
    # a blog's names for its other stories
    "Related reads:", "Latest Guides", "More Blogs", "Related Blog Posts", "READ MORE ARTICLES",
    "See more posts", "Related Resources", "Related topics & resources",
    "Further reading about Creativity", "If you liked this post you might also like:",
])
def test_a_heading_that_offers_other_stories_ends_the_story(heading: str) -> None:
    assert _chrome(heading) == "related-heading"
    teaser = ("Ferries return to the inner quay: the port authority says the storm barrier "
              "is finished and the ferries can use the inner quay again this winter.")
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(6), heading, teaser])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 5 says the harbour" in record.text
    assert "Ferries return" not in record.text


@pytest.mark.parametrize("prompt", [
    "Was this page helpful?", "Did you find this content helpful?", "How useful was this post?",
    "Rate this article", "War dieser Artikel hilfreich?",
])
def test_a_question_for_feedback_under_the_story_ends_it(prompt: str) -> None:
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(4), prompt, *_paragraphs(1, "quay")])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 3 says the harbour" in record.text
    assert "says the quay" not in record.text


@pytest.mark.parametrize("call", [
    "Contact Us", "GET IN TOUCH WITH ONE OF OUR EXPERTS", "Request a free consultation",
    "Book a demo", "Reach out to us",
])
def test_a_call_to_reach_the_owner_under_the_story_closes_it(call: str) -> None:
    assert _chrome(call) == "contact-heading"
    offer = [
        "Our team of harbour engineers is ready to help you plan the quay that your town "
        "needs, from the first survey to the last stone.",
        "We have served the ports of the coast for thirty years, and our clients come back "
        "to us for every project they plan.",
    ]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(5), call, *offer])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 4 says the harbour" in record.text and "engineers" not in record.text
    assert "engineers" in _tuned(dump, Tuning(region=RegionTuning(share_tail=0.0))).text


def test_a_call_to_reach_the_owner_under_the_lede_does_not_end_the_story() -> None:
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(1), "Contact us",
                         *_paragraphs(4, "marina")])
    assert "Paragraph 3 says the marina" in newsclip.parse(dump.encode()).text


def test_no_block_joins_the_story_past_a_call_to_reach_the_owner() -> None:
    # the story's run ends at a form's labels; prose past them joins the story past a
    # heading of its own, never past a call to reach the page's owner (its offer)
    labels = ["Name", "Email", "Phone", "Message", "Town", "Date", "Time", "Send"]
    for heading, joins in (("Harbour photos", True), ("Get in touch", False)):
        dump = "\n\n".join(["Harbour stays open", *_paragraphs(5), heading, *labels,
                             *_paragraphs(2, "survey office")])
        assert ("says the survey office" in newsclip.parse(dump.encode()).text) is joins
    assert _chrome("Contact us for more") is None  # (a sentence that asks more is no call)


@pytest.mark.parametrize("line, nav", [
    ("Previous article", True), ("Next Post »", True), ("Previous | Next", True),
    ("Prev \tUp\t Next", True), ("Previous: Ferries return to the inner quay", True),
    ("PrevPreviousFerries return to the inner quay", True),
    ("NextBakers protest over the price of flourNext", True),
    ("Next steps", False), ("Next, the crews paint the quay.", False), ("Next.js", False),
])
def test_links_to_the_posts_before_and_after(line: str, nav: bool) -> None:
    assert (_chrome(line) == "post-navigation") is nav


def test_links_to_the_posts_before_and_after_close_the_story() -> None:
    teasers = [
        f"Bakers protest over flour: the price of flour has doubled this year, and the "
        f"bakers of the town say they cannot pay it any longer, said baker {n}."
        for n in range(3)
    ]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(8), "Previous article",
                         "Next article", *teasers])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 7 says the harbour" in record.text and "Bakers" not in record.text
    assert "Previous article" not in record.text
    assert "Bakers" in _tuned(dump, Tuning(region=RegionTuning(share_tail=0.0))).text


def test_a_comments_heading_over_the_articles_own_text_heads_a_section() -> None:
    story = ["Harbour stays open", "By Ann Berg", "March 5, 2025", *_paragraphs(3)]
    # a paper's "Discussion": its text goes on under it
    dump = "\n\n".join([*story, "DISCUSSION", *_paragraphs(1, "quay"), "Limitations",
                         *_paragraphs(1, "pier")])
    record = newsclip.parse(dump.encode())
    assert "says the quay" in record.text and "says the pier" in record.text
    # readers' comments, each signed, under the same heading: the story has ended
    dump = "\n\n".join([*story, "Discussion", *_paragraphs(1, "quay"),
                         "Sam Berg, Leeds, England", *_paragraphs(1, "pier")])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says the harbour" in record.text
    assert "says the quay" not in record.text and "says the pier" not in record.text


def test_a_list_the_article_announces_with_a_colon_does_not_end_it() -> None:
    items = "\n".join(
        f"Berth {n} at the {side} quay" for n in range(1, 21) for side in ("north", "south")
    )
    story = ["Harbour stays open", "By Ann Berg", "March 5, 2025", *_paragraphs(3)]
    announce = "The port authority lists the berths that open again this winter:"
    dump = "\n\n".join([*story, announce, items, "The ferries dock there first.",
                         *_paragraphs(1, "quay")])
    record = newsclip.parse(dump.encode())
    assert "Berth 3 at the north quay" in record.text and "says the quay" in record.text
    # not announced: the list outweighs the short prose under it
    # (nor do its items count as a guide's, grow_item_weight)
    record = _tuned(dump, Tuning(region=RegionTuning(grow_announced_ratio=0.5,
                                                     grow_item_weight=1.0)))
    assert "says the quay" not in record.text
    # chrome between the two (a paywall's button): the article ended at the colon
    dump = "\n\n".join([*story, announce, "Subscribe", items, *_paragraphs(1, "quay")])
    assert "says the quay" not in newsclip.parse(dump.encode()).text


def test_a_guides_headings_and_list_items_do_not_end_it() -> None:
    # each part of the guide: a heading, a numbered heading, a short line that
    # announces a few items, the items, a sentence about the same harbour
    def part(name: str) -> list[str]:
        return [
            f"Strengths of the {name} quay", "1. Deep water berths",
            f"The {name} quay offers:", "Cranes", "Tugs", "Fuel", "Pilots", "Storage",
            f"The {name} quay serves the ferries and the harbour pilots all winter.",
        ]
    story = ["Harbour guide", "By Ann Berg", "March 5, 2025", *_paragraphs(2)]
    parts = [line for name in ("north", "south", "east", "west") for line in part(name)]
    dump = "\n\n".join([*story, *parts, *_paragraphs(1, "harbour ferries")])
    record = newsclip.parse(dump.encode())
    assert "says the harbour ferries" in record.text and "The west quay serves" in record.text
    # items that cost what they score: the guide ends at its first heading
    record = _tuned(dump, Tuning(region=RegionTuning(grow_item_weight=1.0)))
    assert "says the harbour ferries" not in record.text
    # the guide's opening over its parts, its longest prose under them: the opening joins
    dump = "\n\n".join(["Harbour guide", *_paragraphs(1, "harbour ferries"), *parts,
                         *_paragraphs(3)])
    record = newsclip.parse(dump.encode())
    assert "says the harbour ferries" in record.text
    assert "Paragraph 2 says the harbour" in record.text
    record = _tuned(dump, Tuning(region=RegionTuning(grow_item_weight=1.0)))
    assert "says the harbour ferries" not in record.text
    # the same lines over another subject's text: a feed of other stories, not the guide
    other = [
        f"Paragraph {i} tells how the orchestra rehearsed its autumn symphony programme, "
        "conducted without scores, before touring several cities abroad last spring."
        for i in range(2)
    ]
    parts = [line.replace("quay", "stage").replace("harbour pilots", "touring choir")
             .replace("ferries", "orchestra") for line in parts]
    dump = "\n\n".join([*story, *parts, *other])
    assert "autumn symphony" not in newsclip.parse(dump.encode()).text
    assert "autumn symphony" in _tuned(dump, Tuning(region=RegionTuning(grow_cohesion=0.0))).text


def test_a_long_listing_of_code_does_not_end_the_article() -> None:
    # (few of its lines are code on their own: the listing is, as its block reads)
    block = "\n".join(
        ["count = 0", "for ship in arrivals:", "    count += ship.tonnes",
         "    ships = ships + 1", "print(count)"]
    )
    dump = "\n\n".join(
        ["Harbour traffic rises", *_paragraphs(3), *[block] * 20, *_paragraphs(1, "quay")]
    )
    record = newsclip.parse(dump.encode())
    assert "says the quay" in record.text
    record = _tuned(dump, Tuning(region=RegionTuning(widget_lines=10**6)))
    assert "says the quay" not in record.text


@pytest.mark.parametrize(
    "line, rule",
    [("We and our 644 partners store and access personal data, like browsing data or unique "
      "identifiers, and process personal data.", "consent-notice"),
     ("We and our partners process data to provide:", "consent-notice"),
     ("Use precise geolocation data. Actively scan device characteristics for identification.",
      "consent-notice"),
     ("Store and/or access information on a device. Use limited data to select advertising. "
      "Create profiles for personalised advertising.", "consent-notice"),
     ("We and our neighbours went down to the harbour to watch the ferries come in.", None)],
)
def test_a_consent_managers_notice_is_chrome(line: str, rule: str | None) -> None:
    # (the same notice on many sites; its long sentences would outweigh a short article)
    assert _chrome(line) == rule


def test_every_notice_rule_matches_its_example() -> None:
    from newsclip.text import notices

    for name, _pattern, example in notices.NOTICE_RULES:
        pattern = chrome.NOTICE_TABLE[example[:2]]
        m = None if pattern is None else pattern.fullmatch(example)
        assert m is not None and m.lastgroup == name.replace("-", "_"), name


@pytest.mark.parametrize(
    "line, rule",
    [("By submitting your email, you agree to our Terms and Privacy Notice.", "form-consent"),
     ("By clicking Subscribe you consent to Harbour Wire processing your personal information.",
      "form-consent"),
     ("By providing a telephone number and submitting the form, you are consenting to be "
      "contacted by the harbour office.", "form-consent"),
     ("By checking this box, I authorize the ferry company to send me text messages.",
      "form-consent"),
     ("By the time the ferry came in, you could agree that the quay was too short.", None),
     ("By clicking through the harbour's records, the council found the fares had doubled.",
      None),
     ("Enjoyed this piece? We need your help to keep publishing.", "reader-appeal"),
     ("Did you like this article? You can buy me a coffee.", "reader-appeal"),
     ("If you enjoyed my article, please feel free to share it.", "reader-appeal"),
     ("We enjoyed the story the harbour master told about the winter of the great storm.",
      None),
     ("Check price at Amazon", "call-button"),
     ("READ MORE ↓", "call-button"),
     ("Book now", "call-button"),
     ("Get a quote", "call-button"),
     ("Add to cart", "call-button"),
     ("Quick View", "call-button"),
     ("Price, low to high", "sort-option"),
     ("Sort by: Featured", "sort-option"),
     ("Sorting the harbour records took the clerks most of the winter.", None),
     ("Sign up for our newsletter", "newsletter-prompt"),
     ("Join my newsletter", "newsletter-prompt"),
     ("The Harbour Newsletter", "newsletter-prompt"),
     ("Get the week's ferry news delivered straight to your inbox.", "newsletter-prompt"),
     ("Thanks for subscribing! Look out for your first letter soon.", "newsletter-prompt"),
     ("The harbour's newsletter said in March that the quay would stay open all winter.",
      None),
     ("Related: Ferry fares rise again", "related-link"),
     ("See also:  A Brief History of the Harbour", "related-link"),
     ("RECOMMENDED: Best ferry routes in the north", "related-link"),
     ("Related to the fares, the council says the quay will be paid for by 2027.", None),
     ("Privacy Policy", "site-link"),
     ("Email address*", "site-link"),
     ("Read more about the harbour", None),
     ("Get started", None)],
)
def test_a_notice_to_the_reader_is_never_the_text(line: str, rule: str | None) -> None:
    # (a form's consent line, a plea for support, a shop's button, inside the run of prose:
    # it keeps its weight in the run, as on a page without it, but is never the story's
    # words)
    paragraphs = _paragraphs(4)
    dump = "\n\n".join(["Harbour stays open", *paragraphs[:2], line, *paragraphs[2:]])
    record = newsclip.parse(dump.encode())
    assert (line in record.text) == (rule is None)
    assert {r.text: r.rule for r in record.removed}.get(line) == rule
    assert "Paragraph 3 says" in record.text


@pytest.mark.parametrize(
    "line, rule",
    [("A version of this article appears in print on March 5, 2025, Section A, Page 1 of the "
      "Harbour edition with the headline: Quay Stays Open.", "print-edition"),
     ("Wait 1 second to continue.", "wait-notice"),
     ("You can keep up with me on Twitter.", "author-social"),
     ("Follow her on Instagram @ann_berg", "author-social"),
     ("Facebook Twitter Whatsapp Email", "share-bar"),
     ("Whatsapp", "share-line"),
     ("Copiar link", "share-line-intl"),
     ("Have your say on this story and the others of the week in our Forums", "comments-heading"),
     ("Follow the quay road north to the ferry terminal on foot.", None),
     ("Wait for the ferry at the inner quay.", None)],
)
def test_the_edges_of_a_story_are_chrome(line: str, rule: str | None) -> None:
    # (a newspaper's print note, a page's loader, the writer's own line, share buttons)
    assert _chrome(line) == rule


def test_a_print_editions_note_ends_the_story() -> None:
    note = ("A version of this article appears in print on March 5, 2025, Section A, Page 1 "
            "of the Harbour edition with the headline: Quay Stays Open.")
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), note, "Facebook Twitter Email"])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says" in record.text
    assert "appears in print" not in record.text and "Facebook" not in record.text


def test_a_button_under_every_post_does_not_end_the_thread() -> None:
    # ("Add a comment" under each answer opens no comment section: it is each post's own)
    posts = []
    for chunk in (_thread(["ann_s", "Bo.K", "cy", "Di"])[i : i + 3] for i in range(0, 12, 3)):
        posts += [*chunk, "Add a comment"]
    dump = "\n\n".join(["Harbour Forum", "Winter ferry timetable?", *posts])
    record = newsclip.parse(dump.encode())
    for i in range(1, 5):
        assert f"Post {i} says" in record.text
    # no thread (fewer posts than one needs): the first "Add a comment" ends the text
    record = _tuned(dump, Tuning(region=RegionTuning(thread_posts=5)))
    assert "Post 3 says" not in record.text


def test_a_log_in_a_post_does_not_break_the_thread() -> None:
    # (a post that quotes a long log or listing: its lines do not count in the gap
    # between two stamps, which would otherwise leave the posts under it out)
    log = [f"2024-05-03 10:09:{i:02d}.163 ERROR (MainThread) [harbour.cranes] job={i};"
           for i in range(70)]
    posts = _thread(["ann_s", "Bo.K", "cy", "Di"])
    dump = "\n\n".join(["Harbour Forum", "Winter ferry timetable?", *posts[:5], *log, *posts[5:]])
    record = newsclip.parse(dump.encode())
    for i in range(1, 5):
        assert f"Post {i} says" in record.text
    assert len(log) > RegionTuning().thread_gap  # (counted, it would part the stamps)


def test_answers_signed_under_them_are_a_thread() -> None:
    # a question's answers: each signed under it ("answered Jul 1, 2022 at 09:10"), its
    # buttons and votes between the stamp and the next answer; the run of prose is the
    # longest answer, far under the stamp over it
    lines = ["Harbour Questions", "How do I keep a ferry timetable in sync with the tides?",
             "Ask Question", *_paragraphs(1, "question"), "asked Jun 29, 2022 at 10:51", "ada_k"]
    for i in range(4):
        answer = _paragraphs(3 if i == 2 else 1, f"answer {i}")
        lines += [*answer, "Share", "Improve this answer", "Follow",
                  f"answered Jul {i + 1}, 2022 at 09:1{i}", f"user{i}", "4,512", "2", "12",
                  "Add a comment", "Sorted by votes", "Highest score", "Flag", "Edit", "Cite",
                  "Report"]
    record = newsclip.parse("\n\n".join(lines).encode())
    for i in range(4):
        assert f"says the answer {i} will" in record.text
    # the question, signed under it as its answers are ("asked Jun 29, …", an editor's
    # "edited …" over that), is the thread's first post
    assert "says the question will" in record.text
    edited = [*lines[:4], "Share", "edited Jul 1, 2022 at 08:00", "bo.k", *lines[4:]]
    assert "says the question will" in newsclip.parse("\n\n".join(edited).encode()).text


def _answers(buttons: list[str], question: list[str] | None = None) -> list[str]:
    """A question and four answers, each signed under it, ``buttons[i]`` under answer i."""
    lines = ["Harbour Questions", "How do I keep a ferry timetable in sync with the tides?",
             "Ask Question", *(question or _paragraphs(1, "question")),
             "asked Jun 29, 2022 at 10:51", "ada_k"]
    for i, button in enumerate(buttons):
        lines += [*_paragraphs(3 if i == 2 else 1, f"answer {i}"), "Share", "Follow",
                  f"answered Jul {i + 1}, 2022 at 09:1{i}", f"user{i}", "4,512", button,
                  "Sorted by votes", "Highest score", "Flag", "Edit", "Cite", "Report"]
    return lines


def test_a_comment_buttons_variants_are_one_button() -> None:
    # ("Add a comment |" and "Add a comment | Show 2 more comments": one button, under
    # every post, that opens no comment section)
    buttons = ["Add a comment |", "Add a comment | Show 1 more comment", "Add a comment |",
               "Add a comment | Show 3 more comments"]
    text = newsclip.parse("\n\n".join(_answers(buttons)).encode()).text
    for i in range(4):
        assert f"says the answer {i} will" in text
    assert "says the question will" in text


def test_a_code_listing_in_the_question_is_part_of_it() -> None:
    # the question is the run of prose over its stamp: a listing of code and its output
    # in it cost nothing, and the output's figures are no votes
    code = ["import asyncio", "async def count():", "    for x in range(10):",
            "        print(x)", "        await long_function()", "asyncio.run(gather())"]
    question = [*_paragraphs(1, "question"), "\n".join(code), "I get this output:",
                "\n".join(["0", "1", "2", "3", "0", "1", "2", "3"]),
                "Why does the second count wait for the first one to finish?",
                "\n".join(code[1:])]
    text = newsclip.parse("\n\n".join(_answers(["Add a comment"] * 4, question)).encode()).text
    assert "says the question will" in text and "0\n\n1\n\n2\n\n3" in text
    assert "says the answer 3 will" in text


def test_what_follows_the_last_answers_stamp_is_no_post() -> None:
    # an answer is signed under it: under the last one, its poster's card and the
    # readers' comments on it
    lines = [*_answers(["Add a comment"] * 4)[:-7], "ann_s", "ann_s Over a year ago",
             ("Thanks, this is the answer I was looking for, and the link to the tide tables "
              "helped me a great deal, though the second example is wrong."), "Reply"]
    text = newsclip.parse("\n\n".join(lines).encode()).text
    assert "says the answer 3 will" in text and "looking for" not in text


def test_a_posters_box_under_every_post_is_no_part_of_the_thread() -> None:
    # (its labels come back under every post, as a table of contents' headings come back
    # below it: in a thread they are a box all the same)
    box = ["Moderator", "Joined", "Messages", "1,204", "Country", "Norway"]
    posts = []
    for chunk in (_thread(["ann_s", "Bo.K", "cy", "Di"])[i : i + 3] for i in range(0, 12, 3)):
        posts += [chunk[0], "\n".join(box), *chunk[1:]]
    dump = "\n\n".join(["Harbour Forum", "Winter ferry timetable?", *posts])
    record = newsclip.parse(dump.encode())
    assert "Post 4 says" in record.text and "Messages" not in record.text


@pytest.mark.parametrize(
    "stamp",
    ["Date: Fri, {d} Feb 2002 11:53:40 -0500 (EST)",  # a mail's header, quoted
     "2010-12-{d} 11:41:42,612 the crane report was logged."],  # a program's log
)
def test_a_time_a_program_wrote_opens_no_comments(stamp: str) -> None:
    # three comment stamps ("Posted by: Sam | Jan 10, 2008 4:49 PM") open the comments;
    # a time with its seconds and their fraction or zone offset is no person's post
    parts = _paragraphs(2)
    for d in range(1, 4):
        parts += [stamp.format(d=d + 10), *_paragraphs(1, f"quay {d}")]
    record = newsclip.parse("\n\n".join(["Harbour stays open", *parts]).encode())
    assert "says the quay 3 will" in record.text


def test_a_code_listing_does_not_split_the_article() -> None:
    listing = "\n".join(
        ["WITH totals AS (", "SELECT", "port,", "count(*) AS ships", "FROM", "arrivals",
         "GROUP BY port", ")", "SELECT", "port", "FROM", "totals", "ORDER BY", "ships DESC",
         "LIMIT", "10;"] * 2
    )
    dump = "\n\n".join(["Counting ships with SQL", *_paragraphs(2, "query"), listing,
                        *_paragraphs(2, "result")])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 0 says the query" in record.text
    assert "Paragraph 1 says the result" in record.text
    # no block is a listing (and its short lines are not counted as a widget's few either)
    record = _tuned(dump, Tuning(ScoreTuning(code_block_share=2.0),
                                 RegionTuning(widget_lines=10**6, grow_item_weight=1.0)))
    assert not ("Paragraph 0 says the query" in record.text
                and "Paragraph 1 says the result" in record.text)


def test_a_chart_inside_the_article_is_boxed_out() -> None:
    labels = ["$915", "billion", "600", "300", "$263", "billion", "0", "’17", "’18", "’19",
              "’20", "’21", "’22", "’23", "’24", "’25"] * 2
    dump = "\n\n".join(["Port traffic doubles", *_paragraphs(2, "harbour"), *labels,
                        *_paragraphs(2, "marina")])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 1 says the harbour" in record.text
    assert "Paragraph 1 says the marina" in record.text
    assert "billion" not in record.paragraphs
    # no run is a chart (nor a widget's few lines)
    record = _tuned(dump, Tuning(ScoreTuning(chart_min=99),
                                 RegionTuning(widget_lines=10**6, grow_item_weight=1.0)))
    assert not ("Paragraph 1 says the harbour" in record.text
                and "Paragraph 1 says the marina" in record.text)


def test_a_gallerys_captions_are_chrome() -> None:
    slides = []
    for i in range(1, 6):
        slides += [
            f"{i}/50 Other news of the day",
            (f"Slide {i} of the gallery tells another story from the week, about the markets "
             "and the weather, and has nothing to do with the harbour at all."),
        ]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), *slides])
    record = newsclip.parse(dump.encode())
    assert "Slide 1 of the gallery" not in record.text
    rules = {r.text[:8]: r.rule for r in record.removed}
    assert rules["1/50 Oth"] == "gallery-counter" and rules["Slide 3 "] == "gallery-slide"


@pytest.mark.parametrize("heading", [
    # a list of tags, a business's own downloads, a paper's list of books: part of the
    # page as often
    "Related topics", "More resources", "Further reading",
])
def test_headings_that_may_head_the_pages_own_lists_are_no_related_heading(heading: str) -> None:
    assert _chrome(heading) != "related-heading"


def test_related_over_a_feed_of_teasers_ends_the_article() -> None:
    feed = ["Related"]
    for i in range(4):
        feed += [
            f"Bakers protest over flour prices in town number {i}",
            (f"Teaser {i} tells the start of another story, about bakers and the price of flour "
             "in the towns along the coast, and links to the whole of it."),
        ]
    dump = "\n".join(["Harbour stays open", *_paragraphs(3), *feed])
    record = newsclip.parse(dump.encode())
    assert "Teaser" not in record.text
    assert "Teaser" in _tuned(dump, Tuning(region=RegionTuning(feed_min=99))).text


def test_related_over_dated_teasers_ends_the_article() -> None:
    # each teaser's headline is as long as a sentence, so no blurb sits under a short line
    feed = ["Related"]
    for i in range(3):
        feed += [
            f"Bakers in the towns along the coast say that the price of flour is too high, part {i}",
            f"Teaser {i} tells the start of another story, about bakers and the price of flour "
            "in the towns along the coast, and links to the whole of it.",
            f"March {i + 3}, 2016",
            'In "News"',
        ]
    dump = "\n\n".join(["Harbour stays open", "March 1, 2016", *_paragraphs(4), *feed])
    assert "Teaser" not in newsclip.parse(dump.encode()).text
    assert "Teaser" in _tuned(dump, Tuning(region=RegionTuning(feed_dates=99))).text


def test_a_box_of_links_inside_the_story_does_not_end_it() -> None:
    # a "Related" box of three headlines under the story's first paragraphs, the story
    # going on for many paragraphs under it, then its comments with their dates: no feed
    box = ["Related", *[f"Bakers along the coast say the price of flour is too high, part {i}"
                        for i in range(3)]]
    comments = []
    for i in range(3):
        comments += [f"Reader {i} Thu, 08/0{i + 3}/2023 - 08:1{i}",
                     f"Comment {i} says the quay was open all winter last year too, and the "
                     "ferries ran on time nearly every day of it."]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(2), *box,
                          *_paragraphs(8, "quay"), *comments])
    assert "Paragraph 7 says the quay" in newsclip.parse(dump.encode()).text
    record = _tuned(dump, Tuning(region=RegionTuning(feed_blurbs=99)))
    assert "Paragraph 7 says the quay" not in record.text


def test_a_live_ticker_under_the_article_is_not_its_text() -> None:
    ticker = ["Live"]
    for h, item in [(14, "Bakers protest over the price of flour in the towns on the coast"),
                    (13, "The ferry company says it will raise its fares for the summer"),
                    (12, "A storm warning holds for the north of the country until tonight"),
                    (11, "The council votes on the new quay next week, its chair says")]:
        ticker += [f"{h}:05 {item}",
                   f"Item at {h} o'clock tells more of this other story, which is about the "
                   "coast and not the harbour, and gives the whole of it in a few lines."]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(4), *ticker])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 3 says the harbour" in record.text and "o'clock" not in record.text
    assert "live-ticker" in {r.rule for r in record.removed}
    # (its clock-led items with "on" read as a thread's stamps too)
    tuning = Tuning(region=RegionTuning(ticker_stamps=99, thread_stamps=99))
    assert "o'clock" in _tuned(dump, tuning).text


def test_a_live_blog_is_its_own_article() -> None:
    entries = []
    for h in (16, 15, 14, 13, 12):
        entries += [f"{h}:30 The storm reaches the harbour",
                    f"Entry at {h} o'clock: the wind is stronger than it was, and the ferries "
                    "stay in port while the crews wait for the storm to pass the coast."]
    dump = "\n\n".join(["Storm live: the harbour waits", *entries])
    record = newsclip.parse(dump.encode())
    assert "Entry at 16 o'clock" in record.text and "Entry at 12 o'clock" in record.text


def test_teasers_stamped_with_their_time_are_not_the_article() -> None:
    teasers = "\n".join(
        f"Bakers along the coast protest over the rising price of flour, part {i}, "
        f"the morning paper says Coast Daily 3/{i + 1} 18:0{i}"
        for i in range(8)
    )
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), teasers])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says the harbour" in record.text and "Bakers" not in record.text


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ('<div class="alert"><p>JavaScript is off in this browser, and the page needs it to '
         'show you the whole of the story and its pictures.</p></div>', False),
        ("The council said that x < y and y > z held for the tide tables it had drawn up "
         "for the harbour and the marina this winter.", True),
    ],
)
def test_html_left_in_the_text_is_no_prose(line: str, prose: bool) -> None:
    infos = scoring.score_lines([Line(1, line, line)], None, Tuning())
    assert (infos[0].score > 0) is prose


def test_related_under_the_share_bar_ends_the_article() -> None:
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(4), "Share", "Facebook", "Related",
                         *_paragraphs(3, "bakery")])
    assert "bakery" not in newsclip.parse(dump.encode()).text
    assert "bakery" in _tuned(dump, Tuning(region=RegionTuning(share_bar_lines=0))).text


def test_a_share_bar_under_most_of_the_prose_closes_the_article() -> None:
    promo = [
        "Do you still have questions about the harbour and the quay? Ask the people of the "
        "town in our forum.",
        "Come to our conference, where the people of the harbour and of the marina meet each "
        "year in the spring.",
        "Read the letters that the people of the town have sent to us about the ferries and "
        "the quay this year.",
    ]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(5), "Share This Article:", *promo])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 4 says the harbour" in record.text and "conference" not in record.text
    assert "conference" in _tuned(dump, Tuning(region=RegionTuning(share_tail=0.0))).text


def test_a_share_bar_under_the_lede_does_not_end_the_article() -> None:
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(1), "Share this article",
                         *_paragraphs(4, "marina")])
    assert "Paragraph 3 says the marina" in newsclip.parse(dump.encode()).text


def test_a_table_the_article_announces_is_crossed_however_long() -> None:
    # rows of a few words and a figure each, more of them than any gap the article grows
    # across, under "…:": the article goes on under the table
    rows = [f"Repairs to berth number {n} done\n\n{20 + n}%" for n in range(1, 41)]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(4),
                         "Here is what the port has finished so far:", *rows,
                         *_paragraphs(3, "marina")])
    assert "says the marina" in newsclip.parse(dump.encode()).text
    # not announced, the same rows are a gap too long to cross
    dump = dump.replace("so far:", "so far.")
    assert "says the marina" not in newsclip.parse(dump.encode()).text


def test_a_list_announced_with_a_colon_is_no_box() -> None:
    items = "\n".join(["What you will need:", "Glass jar", "Sand", "Moss", "Small stones",
                       "A spoon"])
    dump = "\n\n".join(["Build a jar garden", *_paragraphs(3, "garden"), items,
                         *_paragraphs(3, "jar")])
    assert "Small stones" in newsclip.parse(dump.encode()).text
    boxed = "\n".join(["Most read", "Glass jar", "Sand", "Moss", "Small stones", "A spoon"])
    dump = "\n\n".join(["Build a jar garden", *_paragraphs(3, "garden"), boxed,
                         *_paragraphs(3, "jar")])
    assert "Small stones" not in newsclip.parse(dump.encode()).text


def test_related_with_little_prose_under_it_ends_the_article() -> None:
    teasers = ("Bakers protest over flour: the price of flour has doubled this year, and the "
               "bakers of the town say they cannot pay it Ferries stop for the winter: the "
               "company says it cannot pay for the fuel, and the crews are sent home")
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(5), "Related coverage", teasers])
    assert "Bakers" not in newsclip.parse(dump.encode()).text
    assert "Bakers" in _tuned(dump, Tuning(region=RegionTuning(share_tail=0.0))).text


@pytest.mark.parametrize(
    "line", ["Artículos Relacionados", "Las más leídas", "Les plus lus", "Meistgelesen"]
)
def test_related_headings_in_other_languages(line: str) -> None:
    assert chrome.rule(line) == "related-heading-intl"


@pytest.mark.parametrize("line", [
    # the site's picks over other stories
    "Recommended for you", "Recommended For You", "Editor's Picks", "Editors’ Choice",
    "From the Archive", "From Our Archives",
])
def test_the_sites_picks_head_related_stories(line: str) -> None:
    assert chrome.rule(line) == "related-heading"


def test_one_network_name_is_no_share_bar() -> None:
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(4), "Twitter", "Lire aussi",
                         "Bakers protest", *_paragraphs(4, "marina")])
    assert "Paragraph 3 says the marina" in newsclip.parse(dump.encode()).text


def test_links_under_a_related_heading_inside_the_article_are_a_box() -> None:
    box = "\n".join(["Related articles", "This is the man who closed the ferry company",
                     "Bakers show their plans for the new market hall", "The quay opens in May"])
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), box, *_paragraphs(3, "marina")])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says the marina" in record.text and "Bakers show" not in record.text
    assert "box-inside-article" in {r.rule for r in record.removed}


@pytest.mark.parametrize(
    ("line", "rule"),
    [("View this image ›", "arrow-link"), ("All our harbour stories »", "arrow-link"),
     ("Comments »", "comments-marker"), ("The ferries sail again at dawn, the company says »", None)],
)
def test_a_short_line_ending_with_an_arrow_is_a_link(line: str, rule: str | None) -> None:
    assert _chrome(line) == rule


def test_a_box_of_dated_links_does_not_end_the_article() -> None:
    box = "\n".join(["Related", "Ferry fares rise", "March 3, 2016", "Bakers protest",
                     "March 4, 2016", "Quay reopens", "March 5, 2016"])
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), box, *_paragraphs(3, "marina")])
    assert "Paragraph 2 says the marina" in newsclip.parse(dump.encode()).text


def test_dated_rows_of_a_table_in_the_article_stay_text() -> None:
    table = "\n".join(
        f"2020-08-0{d} 18:00:00 │ {code} │ {n}" for d, code, n in [(1, 200, 4084), (2, 404, 0)]
    )
    dump = "\n\n".join(["Counting requests", *_paragraphs(8, "log"), table,
                         *_paragraphs(3, "count")])
    record = newsclip.parse(dump.encode())
    assert "2020-08-01 18:00:00 │ 200 │ 4084" in record.text
    assert "2020-08-01" not in record.header


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("Press Trust of India", True),
        ("The Associated Press", True),
        ("Harbour News Service; with files from Reuters", True),
        ("Staff, with files from Reuters", True),
        ("Tom Olsen in Rio de Janeiro", False),  # names only: a headline's cost, not a header
        ("Press freedom index falls", False),
        ("Ferry service resumes on Monday", False),
    ],
)
def test_wire_credit_lines_are_header_lines(line: str, meta: bool) -> None:
    assert wire_line(line) is meta


def test_a_writer_placed_in_a_city_is_no_headline() -> None:
    assert headline.names_only("Tom Olsen in Rio de Janeiro")
    assert not headline.names_only("Timberlake Appearing in Super Bowl Ad")


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("From the section Business", True),
        ("From Encyclopedia Online, the free encyclopedia", True),
        ("Source: Harbour Gazette", True),
        ("Contributed by: Ada Kerrigan, with additional reporting by Tomas Rieck", True),
        ("Compiled by: the news desk", True),
        ("Contributed to the fund by the council", False),
        ("From today, the harbour is closed", False),
        ("From rags to riches in the port town", False),
    ],
)
def test_source_labels_are_header_lines(line: str, meta: bool) -> None:
    assert source_label(line) is meta


@pytest.mark.parametrize(
    ("line", "repeated"),
    [
        ("Ferry fares rise again Ferry fares rise again", True),
        ("Ferry fares rise again Ferry fares rise again Ferry fares rise again", True),
        ("Ferry fares rise again", False),
        ("Ferry fares rise again Ferry fares rise", False),
    ],
)
def test_a_link_copied_with_its_alt_text_is_a_repeated_phrase(line: str, repeated: bool) -> None:
    assert chrome.repeated_phrase(line) is repeated


def test_a_date_printed_twice_stays_the_date() -> None:
    dump = "\n\n".join(["Harbour stays open", "22 Dec, 2016 22 Dec, 2016", *_paragraphs(3)])
    record = newsclip.parse(dump.encode())
    assert record.published == date(2016, 12, 22)
    link = "Ferry fares rise again Ferry fares rise again"
    record = newsclip.parse("\n\n".join([*_paragraphs(3), link, *_paragraphs(2)]).encode())
    assert {r.text: r.rule for r in record.removed}.get(link) == "repeated-phrase"


def test_the_headline_names_what_the_lead_is_about() -> None:
    dump = "\n\n".join(
        ["Menu", "Winter ferry timetable", "Visitor Guide", "Parking",
         "Events Calendar for the Summer", *_paragraphs(3, "winter ferry timetable")]
    )
    assert newsclip.parse(dump.encode()).title == "Winter ferry timetable"
    tuning = Tuning(headline=HeadlineTuning(overlap_bonus=0.0))
    assert _tuned(dump, tuning).title == "Events Calendar for the Summer"


def test_a_table_of_contents_is_no_headline() -> None:
    # (its items name the lead's words too, and stand nearer the text)
    items = ["Which ferries run in the winter", "Where the winter ferries stop"]
    paras = _paragraphs(2, "winter ferry")
    dump = "\n\n".join(
        ["Menu", "Winter ferries at the harbour", "Table of contents", *items,
         paras[0], items[0], paras[1], items[1], *_paragraphs(2, "winter ferry")]
    )
    assert newsclip.parse(dump.encode()).title == "Winter ferries at the harbour"
    tuning = Tuning(headline=HeadlineTuning(contents_cost=0.0))
    assert _tuned(dump, tuning).title in items  # (each is printed again below: a repeat)


def test_an_item_of_a_table_of_contents_the_text_words_otherwise_is_no_headline() -> None:
    # (most of the table's items are printed again below; the first is not, the text
    # naming that section otherwise, and it names the lead's words)
    items = ["The winter ferry timetable at the harbour", "Which ferries run in the winter",
             "Where the winter ferries stop"]
    paras = _paragraphs(3, "winter ferry timetable at the harbour")
    dump = "\n\n".join(
        ["Menu", "A guide to the harbour ferries", "Table of contents", *items, paras[0], "The timetable",
         paras[1], items[1], paras[2], items[2], *_paragraphs(2, "winter ferry")]
    )
    assert newsclip.parse(dump.encode()).title == "A guide to the harbour ferries"


def test_a_prompt_to_the_reader_is_no_headline() -> None:
    # (it names the lead's words too, and stands nearer the text)
    dump = "\n\n".join(
        ["Menu", "Winter ferry timetable", "Ada Kerrigan",
         "Have questions about the winter ferry timetable? Ask us",
         *_paragraphs(3, "winter ferry timetable")]
    )
    assert newsclip.parse(dump.encode()).title == "Winter ferry timetable"
    tuning = Tuning(headline=HeadlineTuning(not_headline_cost=0.0, article_overlap_bonus=0.0))
    assert _tuned(dump, tuning).title == "Have questions about the winter ferry timetable? Ask us"


def test_a_notice_with_a_link_to_more_is_no_headline() -> None:
    # (it stands over the byline, names the text's words and is printed again below)
    notice = "Our winter ferry timetable guides are written by people. Learn More"
    dump = "\n\n".join(
        ["Menu", "Winter ferry timetable for the harbour", notice,
         "By Ada Kerrigan, Ferry Expert", *_paragraphs(2, "winter ferry timetable guides"),
         notice, *_paragraphs(1, "winter ferry timetable")]
    )
    assert newsclip.parse(dump.encode()).title == "Winter ferry timetable for the harbour"
    # (however little a prompt or a notice costs: a sentence with a link after it never is)
    tuning = Tuning(headline=HeadlineTuning(not_headline_cost=0.0))
    assert _tuned(dump, tuning).title == "Winter ferry timetable for the harbour"


def test_a_headline_under_a_row_of_glued_buttons_is_no_menu_item() -> None:
    # (it stands between two short lines, as a menu's item does: the buttons over it are
    # the page's bar, the handle under it its writer's)
    dump = "\n".join(
        ["Ada's Letters", "SubscribeSign in", "Choosing a ferry timetable", "ada-k",
         "Dec 16, 2025", "", *_paragraphs(3, "ferry timetable")]
    )
    infos = scoring.score_lines(split_lines(dump), None, DEFAULT)
    assert not header.in_menu(infos, 2, DEFAULT.headline)
    menu = dump.replace("SubscribeSign in", "Sign in")
    infos = scoring.score_lines(split_lines(menu), None, DEFAULT)
    assert header.in_menu(infos, 2, DEFAULT.headline)  # (a menu's label over it)


@pytest.mark.parametrize(
    ("text", "row"),
    [("SubscribeSign in", True), ("Sign inSubscribe", True), ("Subscribe", False),
     ("McDonald's Letters", False), ("HomeNews", False)],
)
def test_a_row_of_glued_buttons(text: str, row: bool) -> None:
    assert header.button_row(text) is row


def test_a_headline_printed_again_at_a_breadcrumbs_end() -> None:
    # (the breadcrumb's steps glued, as a dump copies them: no separator to split at)
    dump = "\n\n".join(
        ["HomeGuidesWinter ferries return to the harbour", "Menu",
         "Winter ferries return to the harbour", "Winter ferries at the quay today",
         *_paragraphs(3, "winter ferries to the harbour")]
    )
    assert newsclip.parse(dump.encode()).title == "Winter ferries return to the harbour"
    tuning = Tuning(headline=HeadlineTuning(repeated_bonus=0.0))
    assert _tuned(dump, tuning).title == "Winter ferries at the quay today"


def test_a_media_teaser_is_no_headline() -> None:
    dump = "\n\n".join(
        ["Harbour stays open after the storm", "Menu", "Video: See the waves hit the pier",
         *_paragraphs(3)]
    )
    assert newsclip.parse(dump.encode()).title == "Harbour stays open after the storm"
    tuning = Tuning(headline=HeadlineTuning(media_cost=0.0, overlap_bonus=0.0, article_overlap_bonus=0.0))
    assert _tuned(dump, tuning).title == "Video: See the waves hit the pier"


# --- gaps, edges, headers (issue 4) ----------------------------------------------

_PLAYER = ["Play Video", "Play", "Mute", "Current Time 0:00", "/", "Duration Time 0:00",
           "Loaded: 0%", "Playback Rate", "Chapters", "Captions", "Fullscreen"] + [
    colour for _ in range(5) for colour in ("White", "Black", "Red", "Green", "Blue", "---")
]


def test_a_widgets_labels_in_the_article_do_not_cut_it() -> None:
    # a video player's controls and settings: seventy short labels in the article's middle
    dump = "\n".join(["Harbour stays open", "", *_paragraphs(3), *_PLAYER, "",
                      *_paragraphs(3, "marina")])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says the marina" in record.text
    assert "Fullscreen" not in record.text
    # each label costs what it costs (and none is a guide's item)
    tuning = Tuning(region=RegionTuning(widget_lines=10**6, grow_item_weight=1.0))
    assert "Paragraph 2 says the marina" not in _tuned(dump, tuning).text


def test_a_slideshow_in_the_article_does_not_cut_it() -> None:
    slides = []
    for i in range(1, 31):
        slides += [f"{i}/30 Other news", f"Slide {i} of the week's pictures, from the markets.",
                   "GETTY IMAGES"]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), *slides,
                        *_paragraphs(3, "marina")])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says the marina" in record.text
    assert "Slide 3 of the week" not in record.text
    assert {"gallery-counter", "gallery-slide"} <= {r.rule for r in record.removed}
    # the gallery is one box: what its lines cost is capped as a widget's is
    tuning = Tuning(region=RegionTuning(widget_lines=10**6))
    assert "Paragraph 2 says the marina" not in _tuned(dump, tuning).text


@pytest.mark.parametrize(
    "line, words",
    [("3.7.1 NSS", 1), ("4.5 Mozilla Developer Network", 3), ("Play Video", 2),
     ("The harbour stays open", 4)],
)
def test_a_labels_numbers_are_not_its_words(line: str, words: int) -> None:
    assert Info(0, line, features.words(line), -1.0, 0).label_words == words


@pytest.mark.parametrize("line", ["By Jane Smith, Staff Writer", "March 21, 2024 5:12 PM",
                                  "Photo: Jane Smith / Harbour Agency", "The harbour stays open"])
def test_a_line_sent_to_another_process_reads_its_fields_there(line: str) -> None:
    import copy
    import pickle

    fresh = Info(0, line, features.words(line), 1.0, 0)
    for sent in (pickle.loads(pickle.dumps(Info(0, line, features.words(line), 1.0, 0))),
                 copy.deepcopy(Info(0, line, features.words(line), 1.0, 0))):
        assert (sent.byline, sent.date, sent.caption, sent.meta) == (
            fresh.byline, fresh.date, fresh.caption, fresh.meta)


def test_a_long_sentence_at_the_edge_joins_without_function_words() -> None:
    # a language whose function words the stop-word list lacks (here Latin)
    latin = ("Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut "
             "aliquip ex ea commodo consequat.")
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), latin])
    assert latin in newsclip.parse(dump.encode()).paragraphs
    tuning = Tuning(region=RegionTuning(edge_sentence_words=99))
    assert latin not in _tuned(dump, tuning).paragraphs


BYLINES_AND_CREDITS = [
    # (line, byline rule's writer, caption rule)
    ("Photo by Ada Kerrigan", None, "photo-by"),
    ("Image courtesy of the Harbour Museum", None, "photo-by"),
    ("PHOTO BY ADA KERRIGAN", None, "photo-by"),
    ("Photographs by Tomas Rieck for the Gazette", None, "photo-by"),
    ("By Ada Kerrigan", "Ada Kerrigan", None),
    # a field of a header line set apart by bars
    ("Harbour Gazette | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 | Par Ada Kerrigan "
     "(avec Tomas Rieck)", "Ada Kerrigan", None),
    ("Home | News | By the way", None, None),
    ("Home | Sport | Ada Kerrigan 1 day ago", None, None),  # only a labelled field
    # Chinese labels mid-line: the writer, the reporter or the editor (an empty label is
    # followed by the next one)
    ("2017-03-10 09:58 来源：新华社 作者：责任编辑：李明", "李明", None),
    ("来源：新华社 记者：王小明", "王小明", None),
    ("作者：责任编辑：", None, None),
    ("By Ada Kerrigan, a deputy editor and author of the Harbour Letter newsletter. She has "
     "covered the ports and the ferries for over a decade at the Gazette and other papers.",
     "Ada Kerrigan", None),
]


@pytest.mark.parametrize("line, writer, credit", BYLINES_AND_CREDITS,
                         ids=[c[0][:30] for c in BYLINES_AND_CREDITS])
def test_a_photographer_is_credited_not_the_writer(line, writer, credit) -> None:
    found = bylines.byline(line)
    assert (found and found[1]) == writer
    assert bylines.caption(line) == credit


def test_a_long_sentence_after_by_and_a_name_is_no_byline() -> None:
    # only a role after a comma may run on: "By Ada Kerrigan the port was …" is a sentence
    line = ("By Ada Kerrigan and the other members of the harbour board the plan was drawn up "
            "over the winter, and it was shown to the town council at its meeting on Monday.")
    assert bylines.byline(line) is None


_HEADER_PARAS = "\n\n".join(_paragraphs(4))


def test_a_credit_line_under_the_headline_is_not_joined_to_it() -> None:
    dump = ("Menu\nSport\n\nNew ferry terminal opens on the north quay\nby The Harbour Gazette\n"
            "Sunday January 13, 2008, 5:00 AM\n\n" + _HEADER_PARAS)
    record = newsclip.parse(dump.encode())
    assert record.title == "New ferry terminal opens on the north quay"


def test_the_headline_stands_over_its_standfirst_and_date() -> None:
    dump = "\n\n".join([
        "Menu", "Harbour stays open through the winter",
        "The storm barrier is finished, and the ferries can use the inner quay again.",
        "Ada Kerrigan - Apr 16, 2015 8:02 pm UTC", "reader comments",
        "Ferries run on the winter timetable", "Share this story", _HEADER_PARAS,
    ])
    assert newsclip.parse(dump.encode()).title == "Harbour stays open through the winter"
    # (no line under a candidate is looked at for a standfirst and a header)
    tuning = Tuning(headline=HeadlineTuning(header_gap_lines=0, overlap_bonus=0.0, article_overlap_bonus=0.0))
    assert _tuned(dump, tuning).title == "Ferries run on the winter timetable"


def test_the_headline_stands_over_a_label_and_its_byline() -> None:
    dump = "\n\n".join([
        "Menu", "Harbour stays open through the winter", "Tech Insider",
        "Ada Kerrigan 1 day ago", "SHARE", "TWEET", "Ferries run on the winter timetable",
        _HEADER_PARAS,
    ])
    record = newsclip.parse(dump.encode())
    assert record.title == "Harbour stays open through the winter"
    assert record.byline == "Ada Kerrigan"
    # (the label, two capitalised words over the byline's line, reads as a name slot
    # too: a line over one stands over the header, so the slots are off here as well)
    tuning = Tuning(headline=HeadlineTuning(
        header_labels=-1, name_slot_words=0, overlap_bonus=0.0, article_overlap_bonus=0.0
    ))
    assert _tuned(dump, tuning).title == "Ferries run on the winter timetable"


def test_a_menus_items_that_begin_alike_are_no_headline() -> None:
    dump = "\n\n".join([
        "Harbour stays open through the winter", "Menu",
        "External link, opens the Gazette page on Twitter",
        "External link, opens the Gazette page on Facebook", _HEADER_PARAS,
    ])
    assert newsclip.parse(dump.encode()).title == "Harbour stays open through the winter"
    tuning = Tuning(headline=HeadlineTuning(same_start_words=99, overlap_bonus=0.0, article_overlap_bonus=0.0))
    assert _tuned(dump, tuning).title == "External link, opens the Gazette page on Facebook"


def test_a_repeated_caption_earns_no_headline_bonus() -> None:
    dump = "\n\n".join([
        "Menu", "Harbour stays open through the winter", "Ada Kerrigan - Apr 16, 2015",
        "The harbour at dawn.", "Image: Harbour Gazette", "The harbour at dawn.",
        "Image: Harbour Gazette", _HEADER_PARAS,
    ])
    assert newsclip.parse(dump.encode()).title == "Harbour stays open through the winter"


def test_the_name_under_the_headline_beats_one_by_another_storys_date() -> None:
    dump = "\n\n".join([
        "Menu", "Harbour stays open through the winter", "Ada Kerrigan", "1:39 PM ET",
        _HEADER_PARAS, "More stories", "Ferry fares rise again", "Tomas Rieck",
        "Apr 29, 2019",
    ])
    assert newsclip.parse(dump.encode()).byline == "Ada Kerrigan"


def test_structured_data_shown_as_text_gives_the_date() -> None:
    # far under the article, each key on a line of its own, in a listing of the page's data
    footer = [f"Footer link {i}" for i in range(20)]
    data = ('{\n"@type": "NewsArticle",\n"datePublished": "2017-11-03 03:01:00.000000",\n'
            '"keywords": ["harbour", "ferries", "winter", "storm", "quay", "council", "port"],\n'
            '"dateModified": "2017-11-04 10:00:00.000000",\n}')
    dump = "\n\n".join(["Harbour stays open through the winter", _HEADER_PARAS, "Comments",
                        *footer, data])
    record = newsclip.parse(dump.encode())
    assert record.published == datetime(2017, 11, 3, 3, 1)
    assert record.published_raw == "2017-11-03 03:01:00"


@pytest.mark.parametrize(
    "text, value",
    [
        # a 12-hour clock: the American order (the clock is part of the date line)
        ("9/11/13 10:00AM", datetime(2013, 9, 11, 10, 0)),
        ("3/4/2015 9:15 p.m. ET", datetime(2015, 3, 4, 21, 15, tzinfo=timezone(timedelta(hours=-5)))),
        ("9/11/13 10:00", datetime(2013, 11, 9, 10, 0)),  # a 24-hour clock: day first
        ("Published 03/04/2015", date(2015, 4, 3)),
        ("13/11/2013 10:00 AM", datetime(2013, 11, 13, 10, 0)),  # no month 13, whatever the clock
        # a 12-hour clock before the date is the British way: day first
        ("Last updated at 8:37 AM on 10/01/08", datetime(2008, 1, 10, 8, 37)),
        ("Last Updated: 11:11am GMT 10/01/2008",
         datetime(2008, 1, 10, 11, 11, tzinfo=timezone(timedelta(0), "GMT"))),
    ],
)
def test_numeric_dates_read_in_the_order_their_clock_shows(text, value) -> None:
    found = datelines.find(text)
    assert found is not None and found.value == value


def test_a_line_that_begins_with_a_date_is_no_headline() -> None:
    dump = "\n\n".join([
        "Menu", "Harbour stays open through the winter",
        "01/13/08 - Northern Hockey League (NHL) Harbour Rovers beat the Lakers", _HEADER_PARAS,
    ])
    assert newsclip.parse(dump.encode()).title == "Harbour stays open through the winter"
    # (the lead's words off too: both lines share them)
    tuning = Tuning(headline=HeadlineTuning(dated_cost=0.0, overlap_bonus=0.0,
                                             article_overlap_bonus=0.0))
    assert (_tuned(dump, tuning).title
            == "01/13/08 - Northern Hockey League (NHL) Harbour Rovers beat the Lakers")


def test_a_byline_in_a_long_header_line_of_fields() -> None:
    header = ("Harbour Gazette | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | "
              "Par Ada Kerrigan (avec Tomas Rieck et Lena Ortiz)")
    dump = "\n\n".join(["Menu", "Harbour stays open through the winter", header,
                        _HEADER_PARAS])
    record = newsclip.parse(dump.encode())
    assert record.byline == "Ada Kerrigan"
    assert header in record.header


@pytest.mark.parametrize(
    "line, rule",
    [
        ("More News related to Press Releases", "related-list-heading"),
        ("Other stories about the harbour", "related-list-heading"),
        ("Most Talked About Articles:", "related-list-heading"),
        ("More news on the storm closes the harbour for a week and more", None),
    ],
)
def test_related_list_headings_name_their_topic(line: str, rule: str | None) -> None:
    assert chrome.rule(line) == rule


@pytest.mark.parametrize(
    "line, name",
    [
        ("Stock Trading Contest. Join Today.", None),  # a sentence ends inside the "name"
        ("Ada Kerrigan Today", "Ada Kerrigan"),
        ("Martin Luther King Jr. 2 days ago", "Martin Luther King Jr."),
        ("Mrs. Ada Kerrigan 1 day ago", "Mrs. Ada Kerrigan"),
    ],
)
def test_a_name_before_a_date_holds_no_sentence(line: str, name: str | None) -> None:
    found = bylines.byline(line)
    assert (found and found[1]) == name


def test_buttons_between_a_listed_headline_and_its_byline_do_not_hide_it() -> None:
    # under a list heading the lines are other stories' headlines, up to the article's own
    # header: its byline takes back the headline above it, across the buttons between
    dump = "\n\n".join([
        "Other Overseas News", "Ferry fares rise again in the north",
        "Lakers sign a new coach for the season", "Harbour stays open through the winter",
        "E-mail Article  Print-Friendly  Subscribe to RSS Feed", "Post to del.icio.us  Facebook",
        "By Ada Kerrigan", _HEADER_PARAS,
    ])
    assert newsclip.parse(dump.encode()).title == "Harbour stays open through the winter"


def test_a_captions_date_under_the_lede_does_not_cut_it() -> None:
    paras = _paragraphs(8)
    dump = "\n\n".join(["Harbour stays open through the winter", *paras[:2],
                        "The harbour master speaks to reporters in Northport, 18 Nov 2007",
                        *paras[2:]])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 0 says the harbour" in record.text
    tuning = Tuning(region=RegionTuning(bare_date_words=99))
    assert "Paragraph 0 says the harbour" not in _tuned(dump, tuning).text


def test_a_statement_of_code_is_no_headline() -> None:
    dump = "\n\n".join(["Harbour stays open through the winter", "Menu",
                        "window._ads = window._ads || [];", "Ada Kerrigan - Apr 16, 2015",
                        _HEADER_PARAS])
    assert newsclip.parse(dump.encode()).title == "Harbour stays open through the winter"
    # brackets alone are no code
    dump = "\n\n".join(["Menu", "Preview - Northport (11-6) At Harbour City (13-3)",
                        _HEADER_PARAS])
    assert (newsclip.parse(dump.encode()).title
            == "Preview - Northport (11-6) At Harbour City (13-3)")


def test_a_line_printed_on_the_first_paragraph_is_its_caption() -> None:
    # no blank line between it and the paragraph: a photo's caption in the same box
    paras = _paragraphs(4)
    dump = ("Printable version\n\nHarbour stays open through the winter\n\n\n"
            "The harbour master was at the quay on Monday\n" + "\n\n".join(paras))
    assert newsclip.parse(dump.encode()).title == "Harbour stays open through the winter"
    tuning = Tuning(headline=HeadlineTuning(glued_cost=0.0, article_overlap_bonus=0.0))
    assert (_tuned(dump, tuning).title
            == "The harbour master was at the quay on Monday")


def test_comment_stamps_with_a_clock_glued_to_pm_end_the_article() -> None:
    article = [
        "Harbour ferry fares rise again",
        "By Ada Kerrigan",
        "The harbour ferry company said on Monday that fares would rise by a tenth from "
        "March, the third rise in two years, blaming the cost of fuel and of new boats.",
        "Commuters who cross the bay every day said the rise would cost them more than "
        "they could afford, and several asked the council to step in before the spring.",
        "The company said it had no choice, and that the new boats would be quieter and "
        "faster than the old ones, which have served the crossing for thirty years.",
    ]
    comments = []
    for name, hour, words in (
        ("sam, harbourside", "8:21pm", "this is the third time they have done it and nobody"),
        ("kit, bayview", "9:06pm", "fares went up last spring as well and the boats are late"),
        ("lee, north shore", "9:45pm", "the council should never have sold the ferry company off"),
    ):
        comments += [f"Posted by: {name} on {hour} Tue 1 Jan 08",
                     f"{words} says anything about it, and every winter it gets worse again",
                     "Quote | Report this post"]
    record = newsclip.parse("\n\n".join(article) + "\n\n" + "\n".join(comments))
    assert "Posted by" not in record.text
    assert "nobody" not in record.text
    assert record.text.startswith("The harbour ferry company")


@pytest.mark.parametrize("notice", [
    "(© 2008 Harbour Wire. All Rights Reserved. This material may not be published, "
    "broadcast, rewritten or redistributed.)",
    "Distributed by Harbour Wire. This material may not be published, broadcast, rewritten "
    "or redistributed.",
    "Reproduction in whole or in part without permission is prohibited.",
])
def test_a_publishers_notice_closes_the_article(notice) -> None:
    tail = ["Links We Like",
            "Six steps to the career you want, and how to find out which one it is today."]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(4), notice, *tail])
    text = newsclip.parse(dump.encode()).text
    assert "Paragraph 3 says the harbour" in text
    assert "material" not in text and "Reproduction" not in text
    assert "career" not in text


@pytest.mark.parametrize("tags", [
    ["Tags: ferries, harbour"], ["Tagged: harbour news"], ["TAGS", "Ferries"],
    ["Related tags:", "Harbour"],
])
def test_the_storys_tags_close_it(tags: list[str]) -> None:
    # the tags under the story, with little prose under them (the page's other boxes)
    tail = ["Six steps to the career you want, and how to find out which one it is today."]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(4), *tags, *tail])
    text = newsclip.parse(dump.encode()).text
    assert "Paragraph 3 says the harbour" in text
    assert "career" not in text and tags[0] not in text


@pytest.mark.parametrize("toolbar", [
    "Printer Friendly Version | E-mail to a Colleague",
    "Post to del.icio.us",
    "E-mail this news to a friend",
])
def test_the_pages_buttons_for_the_story_close_it(toolbar) -> None:
    tail = ["Six steps to the career you want",
            "Are you tired of working a job that you do not enjoy? Find out how to get the "
            "career you actually want, in six steps, with our partners' guide."]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(4), toolbar, *tail])
    text = newsclip.parse(dump.encode()).text
    assert "Paragraph 3 says the harbour" in text
    assert "career" not in text


@pytest.mark.parametrize("names", [
    "Ada Kerrigan and Sam Reed ,\u00c2\u00a0 Harbour Wire Service",
    "Director: Ada Kerrigan",
    "Cast: Ada Kerrigan, Sam Reed, Kit Lee, Jo Marsh",
])
def test_a_line_of_names_under_the_headline_is_not_it(names) -> None:
    dump = "\n\n".join([
        "Home > Topics > News",
        "Ferry company says fares must rise to pay for new boats",
        names,
        "Published: Thursday, November 29, 2007",
        *_paragraphs(4, "ferry fares"),
    ])
    assert newsclip.parse(dump.encode()).title == (
        "Ferry company says fares must rise to pay for new boats"
    )


def test_a_name_under_the_headline_past_a_counter_is_the_byline() -> None:
    # (the comment count, "36", stands between the headline and the writer's name; the
    # date comes only after the page's tags)
    dump = "\n".join([
        "Menu", "Ferry fares rise again this winter", "36", "Ada Kerrigan",
        "ProfileFollowUnfollow", "Filed to: harbour", "ferries", "fares", "winter timetable",
        "3/09/15 8:00am", "", *_paragraphs(3, "ferry fares"),
    ])
    record = newsclip.parse(dump.encode())
    assert record.title == "Ferry fares rise again this winter"
    assert record.byline == "Ada Kerrigan"


def test_a_name_under_the_headline_past_two_counters_is_the_byline() -> None:
    # (a view count, "321,046", and the comment count, "36", under the headline)
    dump = "\n".join([
        "Menu", "Ferry fares rise again this winter", "321,046", "36", "Ada Kerrigan",
        "ProfileFollowUnfollow", "Filed to: harbour", "ferries", "fares", "winter timetable",
        "3/09/15 8:00am", "", *_paragraphs(3, "ferry fares"),
    ])
    record = newsclip.parse(dump.encode())
    assert record.title == "Ferry fares rise again this winter"
    assert record.byline == "Ada Kerrigan"


def test_a_caption_with_its_credit_glued_on_is_not_the_headline() -> None:
    dump = "\n\n".join([
        "Supported by",
        "Ferry Company Will Soon Earn More From Tickets Than From Freight",
        "Higher fares and fewer freight contracts could make it harder to pay for the new "
        "boats the company ordered last year.",
        "Image",
        "Ticket sales on the harbour ferries could pass the freight contracts in 2023, the "
        "figures show.CreditCreditAda Kerrigan/Harbour Wire",
        "By Sam Reed",
        *_paragraphs(4),
    ])
    assert newsclip.parse(dump.encode()).title == (
        "Ferry Company Will Soon Earn More From Tickets Than From Freight"
    )


def test_a_name_over_the_reading_time_is_the_byline() -> None:
    dump = "\n\n".join([
        "Sign in", "Ada Kerrigan", "11 min read", "Next story",
        "Why the harbour ferries are always late", *_paragraphs(4),
    ])
    assert newsclip.parse(dump.encode()).byline == "Ada Kerrigan"


@pytest.mark.parametrize(
    ("line", "rule"),
    [("Article Comments", "comments-marker"), ("Reader views (5)", "comments-marker"),
     ("Readers' responses", "comments-marker"), ("Your views", "comments-marker"),
     ("Page views", None), ("Reviews", None),
     ("The views of readers are welcome here, the editor said.", None)],
)
def test_a_comment_sections_heading(line: str, rule: str | None) -> None:
    assert _chrome(line) == rule


@pytest.mark.parametrize(("notice", "closes"), [
    ("© 2007 Harbour Wire", True),
    ("Copyright 2008 by Harbour Wire. All rights reserved.", True),
    ("© Harbour Photo Agency", False),  # a photo's credit names no year
])
def test_a_dated_notice_closes_the_story_above_it(notice, closes) -> None:
    feed = []
    for i in range(4):
        feed += [f"Bakers protest over flour prices, part {i}",
                 f"Harbourtown, Jan 15: Teaser {i} tells the start of another story, about bakers "
                 "and the price of flour in the towns along the coast, and what the council said."]
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), notice, *feed])
    assert ("Teaser" not in newsclip.parse(dump.encode()).text) is closes


def test_the_line_under_a_pictures_button_is_its_caption() -> None:
    paragraphs = _paragraphs(4)
    caption = "Ada Kerrigan, the harbour master, speaks at the opening of the new quay in March."
    dump = "\n\n".join(["Harbour stays open", *paragraphs[:2],
                        "View Larger Image\n" + caption, *paragraphs[2:]])
    record = newsclip.parse(dump.encode())
    assert caption in record.captions
    assert "harbour master" not in record.text
    assert "Paragraph 0 says" in record.text and "Paragraph 3 says" in record.text


@pytest.mark.parametrize(
    ("block", "kept"),
    [
        # a listing: its short lines are code too, however few marks they carry
        (["// add.c", "#include <stdio.h>", "KEEPALIVE", "int add(int x, int y) {",
          "return x + y;", "}"], True),
        (["fetch(url, {", "method: POST,", "body: form", "})"], True),
        (["rekt: {", "list: [", "list: [", "]", "]", "}"], True),
        # short labels with no line of code among them: a box's
        (["Budget in millions", "Fittings", "Roof", "Walls", "Windows"], False),
        # a sentence with brackets is no code: the labels under it stay a box
        (["Play Video", "Mute", "Fullscreen", "Captions"], False),
    ],
)
def test_short_lines_of_a_code_listing_are_no_box(block: list[str], kept: bool) -> None:
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), "\n".join(block),
                        *_paragraphs(3, "marina")])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 2 says the marina" in record.text
    short = [line for line in block if len(line.split()) <= 2]
    assert all(line in record.text for line in short) is kept


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # the list a blank line below its colon, its items line after line
        ("The new quay has the following parts:\n\nFerry berth\nFish market\nCrane yard\n"
         "Harbour office", True),
        ("The new quay has the following parts:\nFerry berth\nFish market\nCrane yard", True),
        # one line alone under the colon, then more lone lines: links, not its list
        ("Read on:\n\nHarbour news: Boats\n\n(1) The price of fish, BBC\n\nFerry times", False),
    ],
)
def test_a_list_announced_by_a_colon_is_no_box(box: str, kept: bool) -> None:
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), box, *_paragraphs(3, "marina")])
    text = newsclip.parse(dump.encode()).text
    assert "Paragraph 2 says the marina" in text
    assert ("Fish market" in text or "The price of fish" in text) is kept


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # a review's good and bad points under a pair of headings, line after line …
        ("Pros\nAffordable fares\nQuiet engines\nLight hulls\nCons\nFew berths\n"
         "No night sailings", ["Quiet engines", "No night sailings"]),
        # … or a blank line apart, the headings with a colon, an apostrophe curly
        ("Pros:\n\nAffordable fares\n\nQuiet engines\n\nLight hulls\n\nCons:\n\nFew berths",
         ["Quiet engines", "Few berths"]),
        ("What We Like\nFast crossings\nFree parking\nWhat We Don\u2019t Like\nFew berths\n"
         "No night sailings\nSlow ticket office", ["Free parking", "No night sailings"]),
        # the list ends at a price: the deal box under it stays a box
        ("Pros\n\nFast crossings\n\nCons\n\nFew berths\n\nStarting at $49.00\nActive Deal\n"
         "Get 50% off your first month\nTry Harbour Box", ["Few berths", "-Active Deal"]),
        # one heading alone, or no heading: a box's lines
        ("Pros\nAffordable fares\nQuiet engines\nLight hulls\nFew berths", ["-Quiet engines"]),
        ("Affordable fares\nQuiet engines\nLight hulls\nFew berths", ["-Quiet engines"]),
    ],
)
def test_a_reviews_pros_and_cons_are_no_box(box: str, kept: list[str]) -> None:
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), box, *_paragraphs(3, "marina")])
    text = newsclip.parse(dump.encode()).text
    assert "Paragraph 2 says the marina" in text
    for line in kept:
        assert (line.lstrip("-") in text) is not line.startswith("-")


def test_rows_of_a_table_inside_the_article_are_no_box() -> None:
    table = "Men\t33\t42\nWomen\t47\t36\nFishers\t41\t33\nDockers\t32\t60"
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), table, *_paragraphs(3, "marina")])
    text = newsclip.parse(dump.encode()).text
    assert "Paragraph 2 says the marina" in text
    assert "Women" in text and "Dockers" in text


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # short lines each a paragraph of its own: the article's headings and table cells
        ("The issue\n\nThe harbour crane\n\nThe official account", True),
        ("Vessel\n\nLength\n\nTonnage\n\nEnd of service", True),
        # … but not a chart's labels, mostly figures
        ("Cargo handled\n\n$915\n\nmillion\n\n600\n\n300\n\n’17\n\n’18", False),
        # … nor links and buttons, by their marks
        ("Read on:\n\nHarbour issues: Fish\n\nFerry timetable", False),
        ("» Buy a link now\n\nHarbour issues\n\nFerry timetable", False),
        ("Harbour issues\n\nClick for ferry times\n\nMarina prices", False),
        # lines one under another with no blank line: a box still
        ("Harbour issues\nFerry timetable\nMarina prices\nQuay works", False),
        # … but not the article's facts, each a label of its own and its value
        ("Ferry company\nHeadquarters: Leith\nFleet size: 12 boats\nRevenue: $45 million", True),
        ("Crossing\nDate: May 3\nPlace: Inner quay\nPrice: $40", True),
        # … while one label over several values is a box's links
        ("More\nVideo: Storm\nVideo: Ferry\nVideo: Quay", False),
    ],
)
def test_short_paragraphs_in_a_row_are_no_box(box: str, kept: bool) -> None:
    dump = "\n\n".join(["Harbour stays open", *_paragraphs(3), box, *_paragraphs(3, "marina")])
    text = newsclip.parse(dump.encode()).text
    assert "Paragraph 2 says the marina" in text
    lines = [line for line in box.splitlines() if line]
    assert all(line in text for line in lines[1:]) is kept
    assert not any(line in text for line in lines[1:]) is not kept


@pytest.mark.parametrize(
    ("contents", "kept"),
    [
        # its entries come back below as the article's headings: a table of contents
        ("Contents\nThe old quay\nThe new berth\nThe costs", True),
        # entries named nowhere below: a box of links
        ("Contents\nFerry timetable\nMarina prices\nQuay works", False),
    ],
)
def test_a_table_of_contents_is_no_box(contents: str, kept: bool) -> None:
    dump = "\n\n".join([
        "Harbour stays open", *_paragraphs(2), contents, *_paragraphs(1, "quay"),
        "The old quay", *_paragraphs(1, "old quay"), "The new berth", *_paragraphs(1, "berth"),
        "The costs", *_paragraphs(2, "marina"),
    ])
    record = newsclip.parse(dump.encode())
    assert "Paragraph 1 says the marina" in record.text
    entries = contents.splitlines()[1:]
    # (kept: the entry, then its heading; boxed: an entry named nowhere below is gone)
    assert record.paragraphs.count(entries[0]) == (2 if kept else 0)


@pytest.mark.parametrize("where", ["above", "below"])
def test_a_date_line_far_from_the_story_is_its_date(where: str) -> None:
    menu = [f"Menu item {i}" for i in range(60)]
    story = ["Counting requests", *_paragraphs(6, "log")]
    parts = ["Posted 17 Dec 2025", *menu, *story] if where == "above" else [
        *story, *menu, "Posted 17 Dec 2025", "Menu item 61"]
    record = newsclip.parse("\n\n".join(parts).encode())
    assert record.published == date(2025, 12, 17) and record.published_raw == "17 Dec 2025"


def test_a_menu_printed_twice_does_not_make_its_items_headlines() -> None:
    # (the menu's items are printed twice, each time with the same neighbours: no
    # repeat of a headline; a line printed again among other lines is one)
    menu = ["Harbour Ferry Winter Timetables", "Port Authority Board Meetings", "Contact Us"]
    paras = _paragraphs(3)
    dump = "\n\n".join(
        [*menu, "Harbour stays open all winter", *menu, *paras,
         "More from Quay News", "Harbour stays open all winter", "Ferries return to the quay"]
    )
    tuning = Tuning(headline=HeadlineTuning(overlap_bonus=0.0))
    assert _tuned(dump, tuning).title == "Harbour stays open all winter"


def test_the_headline_names_what_the_whole_article_is_about() -> None:
    # (the lead talks of the harbour; the headline's words come later in the story, a
    # teaser's nowhere in it)
    late = [
        f"Paragraph {i} tells how the lighthouse keepers return to Skerry island next "
        "spring, when the old keepers' cottages have been repaired and the lamp is lit again "
        "by hand for the first time in forty years, the trust said." for i in range(3)
    ]
    dump = "\n\n".join(
        ["Lighthouse keepers return to Skerry island", "Weather warnings for the coast tonight",
         *_paragraphs(8), *late]
    )
    tuning = Tuning(headline=HeadlineTuning(overlap_bonus=0.0))
    assert _tuned(dump, tuning).title == "Lighthouse keepers return to Skerry island"
    tuning = Tuning(headline=HeadlineTuning(overlap_bonus=0.0, article_overlap_bonus=0.0))
    assert _tuned(dump, tuning).title == "Weather warnings for the coast tonight"


def test_a_header_over_a_long_table_of_contents_is_still_found() -> None:
    # (the headline and its date line stand over fifty lines of a guide's chapters;
    # the chapters' names are not printed again below)
    chapters = [f"Chapter {i} Notes" for i in range(50)]
    dump = "\n\n".join(
        ["Menu", "Harbour guide for the winter season", "Ada Kerrigan - Apr 16, 2015",
         *chapters, *_paragraphs(3)]
    )
    assert newsclip.parse(dump.encode()).title == "Harbour guide for the winter season"
    tuning = Tuning(headline=HeadlineTuning(far_lines=HeadlineTuning().scan_lines))
    assert _tuned(dump, tuning).title in chapters


def test_a_line_of_names_alone_is_no_headline() -> None:
    dump = "\n\n".join(
        ["Menu", "Harbour stays open through the winter", "Kate Connolly in Berlin",
         *_paragraphs(3)]
    )
    assert newsclip.parse(dump.encode()).title == "Harbour stays open through the winter"
    tuning = Tuning(headline=HeadlineTuning(
        names_only_cost=0.0, overlap_bonus=0.0, article_overlap_bonus=0.0, short_cost=0.0,
        usual_bonus=0.0))
    assert _tuned(dump, tuning).title == "Kate Connolly in Berlin"


def test_a_page_name_in_title_case_may_be_the_headline() -> None:
    # (it reads as names too: "Harbour Ferry Timetables"; the article's words say it is
    # what the page is about, and the names cost does not outweigh them)
    dump = "\n\n".join(
        ["Menu", "Harbour Ferry Timetables", "Updates on the quay for next week",
         *_paragraphs(3, "harbour ferry timetables")]
    )
    assert newsclip.parse(dump.encode()).title == "Harbour Ferry Timetables"
    tuning = Tuning(headline=HeadlineTuning(names_only_cost=3.5))
    assert _tuned(dump, tuning).title == "Updates on the quay for next week"


_LANDING_SECTIONS = [
    "Harbour Ferries for Business",
    "Move your goods across the bay every morning with a crew that knows the coast and a "
    "fleet that sails in every weather the winter brings. We have carried the island's "
    "post, its bread and its building stone for more than forty years.",
    "Book a crossing",
    "Fast crossings",
    "Our boats leave the inner quay every hour and reach the islands before the markets open "
    "for the day.",
    "Safe cargo",
    "Every load is insured from the moment it reaches our quay until your customer signs for "
    "it on the other side.",
    "Plans and prices",
    # (each plan's card: its name, its price, what it holds, a button; the cards make a
    # gap too long and too low for the run to grow across)
    *[line for plan in range(1, 7) for line in (
        f"Plan {plan}", f"${plan * 10} per crossing", *[f"Carries {n} pallets a day." for n in
        range(plan, plan + 8)], "Start now",
    )],
    "Loading help",
    "Porters at both quays carry your goods on board and off again, so your drivers can wait "
    "in the warm.",
]


@pytest.mark.parametrize("page, opened", [
    # a landing page: its sections stand between its headline and its longest run of prose
    (_LANDING_SECTIONS, True),
    # a story's header: a date line under the headline
    ([_LANDING_SECTIONS[0], "May 3, 2021", *_LANDING_SECTIONS[1:]], False),
])
def test_a_landing_pages_sections_under_its_headline_are_its_text(
    page: list[str], opened: bool
) -> None:
    menu = ["Home", "Services", "Prices", "About us", "Contact", "Log in"]
    dump = "\n\n".join([*menu, *page, *_paragraphs(6)])
    record = newsclip.parse(dump.encode())
    hero = _LANDING_SECTIONS[1]
    assert (hero in record.text) is opened
    assert "Paragraph 5" in record.text and "Log in" not in record.text
    if opened:
        assert record.title == page[0]
        # without the rule, the text begins at the run of prose: the test exercises it
        off = _tuned(dump, Tuning(region=RegionTuning(landing_paragraphs=99)))
        assert hero not in off.text


def test_the_names_over_the_date_beat_a_teasers_byline_above_the_headline() -> None:
    # another story's teaser, with its byline, stands over the headline
    dump = (
        "Home\nNews\n\nFerry fares to rise in spring\n\nBy Tomas C. Rieck\n\nAdvertisement\n\n"
        + _story(header="Odile Vallet\n\n").split("\n\n", 1)[1]
    )
    assert newsclip.parse(dump, input_format="text").byline == "Odile Vallet"


def test_the_names_under_the_headline_beat_the_authors_of_a_part_it_quotes() -> None:
    # the date read from the headline; a labelled byline down in the text names the
    # authors of a module the story lists
    paragraphs = "\n\n".join(
        f"The harbour master said on Monday that boats could leave again, paragraph {i}, "
        "after crews had cleared the wreckage of three trawlers from the channel."
        for i in range(6)
    )
    dump = (
        "Home\nBlog\n\nHarbour Wrap-Up 12/19/2025\nOdile Vallet\nDec 19, 2025 | 3 min read\n\n"
        f"{paragraphs}\n\nAuthors: Tomas C. Rieck and Carys Penhallow\n\n{paragraphs}"
    )
    assert newsclip.parse(dump, input_format="text").byline == "Odile Vallet"


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        ("r/HarbourTalk\n•\nferry_fan\n", "ferry_fan"),
        ("r/HarbourTalk •\nferry_fan\n", "ferry_fan"),
        # a community's name with no dot after it is the site's menu, not a post's header
        ("r/HarbourTalk\nGet App\n", None),
    ],
)
def test_a_link_aggregators_post_names_its_poster_under_the_community(header, byline) -> None:
    dump = (
        "Skip to main content\nr/HarbourTalk\nLog In\n" + header
        + "When does the winter ferry timetable end?\n\n"
        + "The ferry office says one thing and the website says another, and I need to plan "
        "a crossing with my family next month. Does anyone know which one is right?\n\n"
        "New to the site?\n\nCreate your account and connect with a world of communities.\n"
    )
    assert newsclip.parse(dump, input_format="text").byline == byline


def test_a_shops_menu_entry_under_its_headline_is_no_byline() -> None:
    # no date, a "headline" that is a menu's entry, and the next entry under it
    dump = (
        "Home\nShop\nMen's Casual Sneakers\nShoe Bank\n/\nMens Shoes\n\n"
        + "\n\n".join(
            f"Our sneakers are made of soft leather and rubber soles, model {i}, and they come "
            "in six colours with free delivery on every order over fifty pounds."
            for i in range(6)
        )
    )
    assert newsclip.parse(dump, input_format="text").byline is None


def test_a_papers_authors_marked_with_their_affiliations_are_the_byline() -> None:
    dump = (
        "Journal List\n\nTides and trawlers: a study of the harbour's winter\n"
        "Ada Kerrigan 1, Tomas C. Rieck 2, Odile Vallet 1,*\nAuthor information\n\n"
        + "\n\n".join(
            f"We measured the tides at the harbour mouth over six winters, series {i}, and "
            "compared them with the logs the trawlers kept of their crossings."
            for i in range(6)
        )
    )
    assert newsclip.parse(dump, input_format="text").byline == (
        "Ada Kerrigan, Tomas C. Rieck, Odile Vallet"
    )


def test_a_label_over_several_writers_names_the_first() -> None:
    dump = _story(after="Author(s)\nTomas C. Rieck\nOdile Vallet\nDownload pdf")
    assert newsclip.parse(dump, input_format="text").byline == "Tomas C. Rieck"


@pytest.mark.parametrize(
    "note, where, rule",
    [("Ann Berg is a freelance travel writer and the editor of a guide to the coast's "
      "harbours.", "end", "writer-note"),
     ("Ann Berg is a veteran shipping reporter who covers the ports of the north coast.",
      "top", "writer-note"),
     ("Ann is an experienced journalist who has covered the harbour for ten years. She lives "
      "by the quay.", "end", "writer-note"),
     ("Who is the author of the harbour's plan? The council has never said who wrote it.",
      "end", None),
     ("Ann Berg is a freelance travel writer and the editor of a guide to the coast's "
      "harbours.", "middle", None),
     ("Harbour Radio is a new contributor to the town's finances, the council said on Monday.",
      "end", None),
     # a guest writer's trade ("photographer", "director", "CTO")
     ("Taya Berg is a portrait photographer and a guide on the coast. With her camera she "
      "has followed the ferries for years.", "end", "writer-note"),
     ("Ray Holt is the public sector CTO and vice president for Harbour Data, where he "
      "leads the port's systems.", "end", "writer-note"),
     ("Ray Holt is the public sector CTO and vice president for Harbour Data, where he "
      "leads the port's systems.", "middle", None)],
)
def test_a_writers_note_opening_or_closing_the_article_is_chrome(
    note: str, where: str, rule: str | None
) -> None:
    # (a writer's note in one paragraph, with no name line over it, above or under the
    # story: the run keeps its weight, the text loses the note; inside the story, or not
    # about a writer, it stays)
    paragraphs = _paragraphs(4)
    body = {"top": [note, *paragraphs], "end": [*paragraphs, note],
            "middle": [*paragraphs[:2], note, *paragraphs[2:]]}[where]
    dump = "\n\n".join(["Harbour stays open", *body])
    record = newsclip.parse(dump.encode())
    assert (note in record.text) == (rule is None)
    assert {r.text: r.rule for r in record.removed}.get(note) == rule
    assert "Paragraph 3 says" in record.text and "Paragraph 0 says" in record.text
