"""Bylines in a text dump: what the byline rules take as the writer, and what they
leave (a desk, a role, a film's title, the name of a thing).  Invented names only."""

from __future__ import annotations

import pytest

import newsclip
from newsclip.text import bylines, given_names

# line, the byline read from it (None: the line is no byline)
BYLINES = [
    # the dot of "Jr." and of an initial is part of the name
    ("By Amos Tull Jr.", "Amos Tull Jr."),
    ("By Amos Tull Jr., Staff Writer", "Amos Tull Jr."),
    ("By Nell Ubbink Sr. 3 hours ago", "Nell Ubbink Sr."),
    ("By Carys Penhallow J.", "Carys Penhallow J."),
    ("By Carys Penhallow.", "Carys Penhallow"),
    # a name that ends in "and", "et" or "und" is no list cut short
    ("By Odile Vallet", "Odile Vallet"),
    ("By Bram Rand", "Bram Rand"),
    ("By Femi Ostund", "Femi Ostund"),
    ("By Odile Vallet and", "Odile Vallet"),
    # a date's first word in capitals after a name in capitals
    ("By TOMAS HALLORAN JAN. 5, 2016", "TOMAS HALLORAN"),
    ("By TOMAS HALLORAN JULY 5, 2016", "TOMAS HALLORAN"),
    ("BY TOMAS HALLORAN AT 01/08/08 05:30 PM", "TOMAS HALLORAN"),
    # a wire writer's title after a name in capitals
    ("By TOMAS HALLORAN AP Sports Writer", "TOMAS HALLORAN"),
    ("By TOMAS McHALLORAN Associated Press Writer", "TOMAS McHALLORAN"),
    ("By TOMAS HALLORAN Associated Press Technology Writer", "TOMAS HALLORAN"),
    # the outlet after a name in capitals, told by its case
    ("By TOMAS HALLORAN Harbour Gazette", "TOMAS HALLORAN"),
    ("By TOMAS HALLORAN The Harbour Gazette", "TOMAS HALLORAN"),
    ("By Tomas Halloran PA SportsTicker Contributing Writer", "Tomas Halloran"),
    ("By TOMAS HALLORAN, For The Associated Press 2 hours ago", "TOMAS HALLORAN"),
    ("By Tomas Halloran, Harbour Washington Bureau", "Tomas Halloran"),
    ("By Harbour Network, The Harbour Network", "Harbour Network"),
    # the text's own analogues of the labels
    ("Contributed by Tomas Halloran\tFriday, 28 December 2007", "Tomas Halloran"),
    # a month's name that is a given name too, before a surname
    ("By April Penhallow", "April Penhallow"),
    ("By June Tull, Staff Writer", "June Tull"),
    ("By March the plan was dropped", None),
    ("Submitted by Tomas Halloran", "Tomas Halloran"),
    ("Posted: January 06, 2008, 4:30 PM by Tomas Halloran", "Tomas Halloran"),
    ("// By Tomas Halloran • Nov 11, 2020", "Tomas Halloran"),
    # a label in capitals
    ("WRITTEN BY TOMAS HALLORAN", "TOMAS HALLORAN"),
    ("Posted by Tomas Halloran", "Tomas Halloran"),
    # a dump glued the label, the name and the date (or its label) of one row together
    ("ByTomas HalloranMar 5, 2025 | 6 comments", "Tomas Halloran"),
    ("By Tomas HalloranMarch 5, 2025", "Tomas Halloran"),
    ("BY TOMAS HALLORANPUBLISHED: JUN 25, 2025", "TOMAS HALLORAN"),
    ("By McHalloran Tull", "McHalloran Tull"),
    ("Bypass surgery for Tomas Halloran", None),
    # one field of a header line, set apart by bars or dots; the first field alone when
    # the whole line is too long for a byline
    ("March 15, 2022 · 3 min read · By Harbour Online", "Harbour Online"),
    ("Harbour Gazette • Politics • Par Odile Vallet", "Odile Vallet"),
    (
        "By Tomas Halloran – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by Odile Vallet",
        "Tomas Halloran",
    ),
    # a headline after a date, with "by" in it, is no byline; nor is a version number a date
    ("10 days ago \t Kelsey, Bayside get by Harbour Rovers", None),
    ("Harbour Disk Tools 1.1.7", None),
    # a desk or a role with no one's name
    ("Author : Entertainment News Editor", None),
    ("By Sports News Editor", None),
    ("By Staff", None),
    ("By Newsroom Staff", None),
    # a wire story's credit line names the reporter, not the editor; a credit's "Words:"
    ("Reporting by Tomas Halloran; Editing by Odile Vallet", "Tomas Halloran"),
    ("Words: Tomas Halloran", "Tomas Halloran"),
    # an agency is a byline
    ("By Agencies", "Agencies"),
    ("By Associated Press", "Associated Press"),
    # a word that begins with "BY" glued to one capital is no glued byline
    ("BYD rolls out new batteries with 5-minute charging", None),
    ("ByCarys PenhallowMar 5, 2025", "Carys Penhallow"),
    # a model's number glued to a name's last word is no date
    ("Harbour EOS R6 Mark III Mirrorless Camera", None),
    ("Wireless M705 Marathon Laser Mouse - 910-001935", None),
    ("Carys Penhallow 2 May 2025", "Carys Penhallow"),
    # "BY" in a heading in capitals names no handle in small letters
    ("4. The ORDER BY clause", None),
    ("on March 10, 2015 by carys_p", "carys_p"),
]


@pytest.mark.parametrize(("line", "name"), BYLINES)
def test_byline(line: str, name: str | None) -> None:
    found = bylines.byline(line)
    assert (found and found[1]) == name


def test_bylines_table_has_no_duplicates() -> None:
    lines = [line for line, _ in BYLINES]
    assert len(lines) == len(set(lines))


# a line of names alone, under the headline or by the date
NAME_LINES = [
    ("Carys Penhallow", "Carys Penhallow"),
    ("Amos Tull Jr.", "Amos Tull Jr."),
    ("By Carys Penhallow.", "Carys Penhallow"),
    # a possessive names a thing of someone's: "Carys’s Bio", "Amos's Picks"
    ("Carys’s Bio", None),
    ("Amos's Picks", None),
    # the pages of a site, not people
    ("Turnout History", None),
    ("Harbour Jobs", None),
    ("Player Profile", None),
    ("Match Results", None),
    # a button's or a heading's words, not a name
    ("Get Started", None),
    ("DashboardGet Started Free", None),
    ("Download Excel Table", None),
    ("Key Takeaways", None),
    ("Copy Link", None),
    # a hyphen inside a word sets no role apart; one with a space does
    ("Understanding CVE-2024-49113 and the Harbour Exploit", None),
    ("Carys Penhallow - Staff Writer", "Carys Penhallow"),
]


@pytest.mark.parametrize(("line", "name"), NAME_LINES)
def test_name_line(line: str, name: str | None) -> None:
    assert bylines.name_line(line) == name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Associated Press", True),
        ("Australian Associated Press", True),
        ("AFP", True),
        ("Agencies", True),
        ("Harbour News Service", True),
        ("Carys Penhallow", False),
        ("Pressley Ode", False),
    ],
)
def test_agency(name: str, expected: bool) -> None:
    assert bylines.agency(name) is expected


def _page(under_headline: str, opening: str) -> str:
    return (
        "Home\nNews\n\nHarbour reopens after the winter storm\n\n"
        f"{under_headline}\n\nOct 15, 2015\n\n"
        + opening + "\n\n"
        + "\n\n".join(
            f"The harbour master said on Monday that boats could leave again, paragraph {i}, "
            "after crews had cleared the wreckage of three trawlers from the channel."
            for i in range(6)
        )
    )


# the line under the headline, the article's first paragraph, the byline
SUBJECTS = [
    # the writer
    (
        "Carys Penhallow",
        "Boats left the harbour on Monday for the first time since the storm.",
        "Carys Penhallow",
    ),
    # what the story is about, named in its first paragraph: no byline
    (
        "Amos Tull",
        "Trawler captain Amos Tull was the first to leave the harbour on Monday.",
        None,
    ),
    (
        "Kelsey Rovers",
        "Kelsey Rovers will play their first match at the harbour ground since the storm.",
        None,
    ),
    # (a possessive in the opening is a note about the writer, not a subject)
    (
        "Carys Penhallow",
        "This is the first part of Carys Penhallow's account of the storm and the harbour.",
        "Carys Penhallow",
    ),
    # (an agency the story cites is still its byline)
    (
        "Associated Press",
        "Boats left the harbour on Monday, the Harbour Associated Press reported.",
        "Associated Press",
    ),
]


@pytest.mark.parametrize(("line", "opening", "byline"), SUBJECTS)
def test_name_line_named_in_the_opening_is_the_subject(
    line: str, opening: str, byline: str | None
) -> None:
    record = newsclip.parse(_page(line, opening), input_format="text")
    assert record.byline == byline


def test_a_writer_and_an_agency_in_capitals_stay_together() -> None:
    assert bylines.byline("By TOMAS HALLORAN AND AP") == ("byline-by", "TOMAS HALLORAN AND AP")


# a forum's line, the thread's first poster it names (None: it names none)
STARTERS = [
    ("Thread starter ferry_fan", "ferry_fan"),
    ("Thread starter Carys Penhallow", "Carys Penhallow"),
    ("ferry_fan Discussion starter", "ferry_fan"),
    ("Discussion in 'Harbour Talk' started by ferry.fan, May 26, 2025.", "ferry.fan"),
    ("Post by ferry_fan » 11. Sep 2024, 18:36", "ferry_fan"),
    ("submitted 17 hours ago by ferry_fan", "ferry_fan"),
    ("submitted 2 days ago by ferry_fan to r/harbour", "ferry_fan"),
    ("Thread starter", None),
    ("submitted by ferry_fan", None),
    # a sentence that says who started a thing names no poster
    ("The ferry line, started by Carys Penhallow, grew.", None),
    ("The ferry line was started by Carys Penhallow in 1990.", None),
]


@pytest.mark.parametrize(("line", "name"), STARTERS)
def test_starter(line: str, name: str | None) -> None:
    assert bylines.starter(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ferry_fan 2 May 2025 18:48 1", "ferry_fan"),
        ("ferry_fan (ferry_fan) May 3, 2024, 8:45am 1", "ferry_fan"),
        ("HARBOURMASTER March 5, 2026, 7:16am", "HARBOURMASTER"),
        # a date line's own words are no one's handle
        ("Posted 3 May 2020", None),
        ("Updated Jan 3, 2024", None),
        ("asked Feb 4, 2014 at 13:02", None),
        ("Mon Jul 24, 2017 9:28 am", None),
        ("May 3, 2024", None),
    ],
)
def test_poster(line: str, name: str | None) -> None:
    assert bylines.poster(line) == name


_THREAD = """Harbour Talk Forum
Ferry timetables after the winter storm
Help
ferry_fan 2 May 2025 18:48 1

Does anyone know when the winter timetable ends? The ferry office says one thing and the \
website says another, and I need to plan a crossing with my family next month.

3 Likes
deckhand 2 May 2025 19:02 2

The office is right: the winter timetable runs until the end of the month, and the summer \
one begins on the first Monday after that, as it did last year.

ferry_fan 2 May 2025 19:20 3

Thank you, that settles it. I will book the crossing for the first week of the summer timetable.
"""


def test_a_threads_first_poster_is_its_byline() -> None:
    record = newsclip.parse(_THREAD, input_format="text")
    assert record.byline == "ferry_fan"
    assert str(record.published)[:10] == "2025-05-02"


def test_a_thread_starter_line_names_the_byline() -> None:
    dump = _THREAD.replace(
        "Help\nferry_fan 2 May 2025 18:48 1",
        "Thread starter ferry_fan\nStart date May 2, 2025\nCarys Penhallow\nferry_fan 2 May 2025",
    )
    assert newsclip.parse(dump, input_format="text").byline == "ferry_fan"


def test_a_date_line_alone_names_no_poster() -> None:
    # one stamp, no posts under it: a date line, not a thread
    dump = _THREAD.split("3 Likes")[0].replace("ferry_fan 2 May 2025", "Posted 2 May 2025")
    assert newsclip.parse(dump, input_format="text").byline is None


#: a short story about ferry fares, the text under the headers the tests below build
_FARES = (
    "The harbour board voted on Tuesday to raise ferry fares by a tenth from next month, "
    "citing the cost of fuel and of repairs to the north pier after the storms.\n\n"
    "Commuters said the rise would hit those who cross daily hardest, and asked the board "
    "to keep the weekly pass at its present price for another year.\n\n"
    "The board will publish the new timetable and fares on its website next week.\n"
)


def _story_with_note(name_line: str, note: str) -> str:
    return (
        "Harbour Gazette\nHome\nNews\n\nFerry fares rise for the winter season\n\n"
        f"{name_line}\n\n{_FARES}\n{note}\n"
    )


@pytest.mark.parametrize(
    ("name_line", "note", "byline"),
    [
        ("Carys Penhallow", "Carys Penhallow is a reporter who covers the harbour.",
         "Carys Penhallow"),
        ("Carys Penhallow", "More articles by Carys Penhallow", "Carys Penhallow"),
        ("Katharina Weber", "Katharina Weber ist Redakteurin im Ressort Hafen.", "Katharina Weber"),
        ("Odile Vallet", "Odile Vallet est journaliste au service économie.", "Odile Vallet"),
        ("María García", "María García es periodista de la sección de economía.", "María García"),
        ("Giulia Bianchi", "Giulia Bianchi è giornalista.", "Giulia Bianchi"),
        ("Jan de Vries", "Jan de Vries schrijft over de haven.", "Jan de Vries"),
        # no note about the name: a line of names alone far from the headline is no byline
        ("Carys Penhallow", "Carys Penhallow", None),
    ],
)
def test_a_name_line_with_a_note_about_the_writer(name_line: str, note: str, byline) -> None:
    dump = _story_with_note("Share this story\n\n" * 4 + name_line, note)
    assert newsclip.parse(dump, input_format="text").byline == byline


def _story_with_box(box: str) -> str:
    """A story with no byline near its headline, and an author box under it."""
    return _story_with_note("", box).replace(
        "The board will publish", "The custom of the harbour is old. The board will publish"
    )


@pytest.mark.parametrize(
    ("box", "byline"),
    [
        # the name over the writer's role, their label or a note about them
        ("Carys Penhallow\n\nContent Editor", "Carys Penhallow"),
        ("Carys Penhallow\nContributing Writer | Ferries and the sea", "Carys Penhallow"),
        ("Carys Penhallow\nAuthor", "Carys Penhallow"),
        ("Carys Penhallow\nHarbour Expert\nCarys Penhallow is a ferry pilot and writer.",
         "Carys Penhallow"),
        ("Carys Penhallow\nI'm the founder of the harbour trust.", "Carys Penhallow"),
        # two boxes of two people: a team's page, no writer
        ("Carys Penhallow\nStaff Writer\n\nAmos Tull\nStaff Writer", None),
        # a thing's name the page writes in small letters too, over a feature
        ("Custom Harbour\nAI Writer", None),
        # a menu's entries read as a name over a role: the role in small letters or in
        # the plural (a person's name over their title, or a label, is a writer)
        ("Steam Cloud\nIncludes level editor", None),
        ("Independent Sellers\nCreators, Coaches & Authors", None),
        ("Quorin Vaddle\nSenior Editor", "Quorin Vaddle"),
        ("Quorin Vaddle\nAuthor", "Quorin Vaddle"),
        # a heading over what it is about: not a note about a writer
        ("Pier Repairs\nPier Repairs are due in May.", None),
    ],
)
def test_an_author_box_names_the_writer(box: str, byline: str | None) -> None:
    assert newsclip.parse(_story_with_box(box), input_format="text").byline == byline


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("December 15, 2025 · 30 min · 6279 words · Carys Penhallow", "Carys Penhallow"),
        ("109 Comments | Carys Penhallow | Last Updated: March 11, 2019", "Carys Penhallow"),
        ("Dec 17, 2025Carys Penhallow", "Carys Penhallow"),
        ("Dec 26, 2025 • Carys Penhallow in Harbour Notes", "Carys Penhallow"),
        ("12. März 2024 · Katharina Weber", "Katharina Weber"),
        ("31 décembre 2023 | Odile Vallet", "Odile Vallet"),
        # the desk that signs the story
        ("HG Harbour Desk / hg.example / Updated: Dec 17, 2025, 21:47 IST", "HG Harbour Desk"),
        # a section, a label, an agency or a count beside the date names no writer
        ("March 3, 2024 | Business News", None),
        ("Updated March 3, 2024", None),
        ("March 3, 2024 · 5 min read", None),
        ("Associated PressDecember 2, 2016", None),
    ],
)
def test_name_beside_date(line: str, name: str | None) -> None:
    from newsclip.text import datelines

    found = datelines.find(line)
    assert found is not None
    assert bylines.name_beside_date(line, found.raw) == name


def test_a_note_inside_the_story_is_about_its_subject() -> None:
    # "Carys Penhallow is a …" in the story's text: the person the story is about
    more = "\n\n".join(
        f"Paragraph {n} of the story goes on about the fares, the pier and the timetable, "
        "and what the board said about each of them at its meeting on Tuesday." for n in range(4)
    )
    dump = _story_with_note("Share this story\n\n" * 4 + "Carys Penhallow", more).replace(
        "The harbour board voted",
        "Carys Penhallow is a ferry captain who led the protest. The harbour board voted",
    )
    assert newsclip.parse(dump, input_format="text").byline is None


_PHPBB = """Harbour Talk Forum
Board index General Ferry timetables
Ferry timetables after the winter storm
Discuss the ferry timetables here
ferry_fan
Posts: 138
Joined: 4. Jul 2012, 16:09

Post by ferry_fan » 11. Sep 2024, 18:36

Does anyone know when the winter timetable ends? The ferry office says one thing and the \
website says another, and I need to plan a crossing with my family next month.

deckhand
Joined: 5. Nov 2014, 16:05
Re: Ferry timetables after the winter storm

Post by deckhand » 11. Sep 2024, 21:06

The office is right: the winter timetable runs until the end of the month, and the summer \
one begins on the first Monday after that, as it did last year.
"""


def test_a_threads_first_post_dates_it_and_names_its_byline() -> None:
    record = newsclip.parse(_PHPBB, input_format="text")
    assert record.byline == "ferry_fan"
    # (not the day the poster joined the forum)
    assert str(record.published)[:16] == "2024-09-11 18:36"


def test_a_questions_stamp_dates_it_and_the_line_under_it_names_the_asker() -> None:
    dump = (
        "Harbour Questions\nHow long does the winter timetable run?\nAsk Question\n"
        "edited Dec 5, 2020 at 7:01\nasked Jun 8, 2018 at 9:28\nferry_fan\n"
        "1,992 reputation\n\nThe ferry office says one thing and the website another; which "
        "is right, and where is the timetable for the summer published each year?\n\n"
        "answered Jun 8, 2018 at 10:24\ndeckhand\n\nThe office is right: the winter "
        "timetable runs until the end of the month, and the summer one begins after it.\n"
    )
    record = newsclip.parse(dump, input_format="text")
    assert record.byline == "ferry_fan"
    assert str(record.published)[:10] == "2018-06-08"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Joined: 4. Jul 2012, 16:09", True),
        ("Member since March 2019", True),
        ("1.3K views  15 replies  last post by  deckhand   Jan 8, 2026", True),
        ("Last edited: Aug 6, 2025", True),
        ("Published 3 May 2020", False),
        ("Mitglied seit: 12.03.2019", True),
        ("Inscrit le 3 mai 2020", True),
        ("Miembro desde 2019", True),
        ("Iscritto il 12 marzo 2024", True),
        ("Lid sinds 12 maart 2024", True),
    ],
)
def test_activity(line: str, expected: bool) -> None:
    from newsclip.text import datelines

    assert datelines.activity(line) is expected


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("Von Katharina Weber und Stefan Rand", ["Katharina Weber", "Stefan Rand"]),
        ("Par Odile Vallet et Jean Morel", ["Odile Vallet", "Jean Morel"]),
        ("Por María García y José López", ["María García", "José López"]),
        ("Di Marco Rossi e Giulia Bianchi", ["Marco Rossi", "Giulia Bianchi"]),
        ("Di Marco Rossi", ["Marco Rossi"]),
        ("Door Jan de Vries en Anna Jansen", ["Jan de Vries", "Anna Jansen"]),
        ("Por Ana Lima e Rui Costa", ["Ana Lima", "Rui Costa"]),
        ("Autorin: Katharina Weber", ["Katharina Weber"]),
        ("Texto: María García", ["María García"]),
        ("Redaktion: Katharina Weber", ["Katharina Weber"]),
        ("Contributors: Carys Penhallow", ["Carys Penhallow"]),
        ("BY CARYS PENHALLOW AND TOMAS HALLORAN", ["Carys Penhallow", "Tomas Halloran"]),
        ("VON KATHARINA WEBER UND STEFAN RAND", ["Katharina Weber", "Stefan Rand"]),
        ("PAR ODILE VALLET", ["Odile Vallet"]),
        # the kind of piece before the "by"
        ("Ein Kommentar von Katharina Weber", ["Katharina Weber"]),
        ("Eine Analyse von Katharina Weber und Stefan Rand", ["Katharina Weber", "Stefan Rand"]),
        ("Interview by Carys Penhallow", ["Carys Penhallow"]),
        # a shop's heading in capitals is no Dutch or Swedish byline
        ("DOOR Handles and Hinges", []),
        ("AV Receivers", []),
        # … nor in small letters: the Dutch "Door" and the Swedish "Av" begin a name with
        # a given name
        ("Door Locks & Hardware", []),
        ("Door Check Gas Springs", []),
        ("Av Lars Svensson", ["Lars Svensson"]),
        ("door Anna Jansen", ["Anna Jansen"]),
        # "Di" begins names too: a line that goes on past the names is no byline
        ("Di Maria scores twice in the derby", []),
    ],
)
def test_bylines_in_the_corpora_languages(line: str, writers: list[str]) -> None:
    from newsclip._names import authors

    found = bylines.byline(line)
    assert authors(found[1] if found else None) == writers


def test_the_writer_after_a_dash_not_the_reviewer_before_it() -> None:
    line = "Medically reviewed by Tomas Halloran, MD — Written by Carys Penhallow on March 3, 2024"
    assert bylines.byline(line) == ("byline-field", "Carys Penhallow")


def test_a_starter_line_inside_a_joined_paragraph() -> None:
    # short lines of a poster's card, joined into one paragraph by the reader
    dump = _THREAD.replace(
        "Help\nferry_fan 2 May 2025 18:48 1",
        "1.9K views 11 replies last post by deckhand Jan 18, 2024\nferry_fan Discussion starter"
        "\n2,994 posts · Joined 2021\nferry_fan 2 May 2025 18:48 1",
    )
    assert newsclip.parse(dump, input_format="text").byline == "ferry_fan"


def test_a_name_over_the_writers_role_beats_a_section_name_by_the_date() -> None:
    # the section's name in capitals sits under the date line, the writer's name and role
    # under the headline: the name over a role is the byline
    dump = (
        "Harbour Gazette\nHome\nBlog\n\nOctober 26, 2025\n\nHARBOUR ANALYTICS\n\n"
        "Ferry fares rise for the winter season\n\nCarys Penhallow\n\nContent Editor\n\n"
        + _FARES
    )
    assert newsclip.parse(dump, input_format="text").byline == "Carys Penhallow"


def test_the_name_under_a_standfirst_over_the_date_line_when_the_headline_holds_a_date() -> None:
    # the headline holds a date, and the standfirst and the name under it read as one
    # wrapped paragraph over the date line: the paragraph's last line is the byline
    dump = (
        "SubscribeSign in\nHarbour Letter: the winter fares (2025-09-21)\n"
        "Slightly more about fares this week, but I trust you\nCarys Penhallow\n"
        "Sep 21, 2025\n30\n1\nShare\n\n"
        + _FARES
    )
    assert newsclip.parse(dump, input_format="text").byline == "Carys Penhallow"


def test_a_label_over_a_name_in_the_pages_furniture_names_the_writer() -> None:
    """"author" over a name (and the writer's role) in lines the reader takes for the
    page's furniture, with no byline by the headline: the pair names the writer."""
    head = (
        "Harbour Gazette\nHome\nNews\nauthor\nCarys Penhallow\nHarbour Engineer\n"
        "co-authors\nAmos Tull\nOdile Vallet\n"
    )
    dump = _story_with_note("Share this story\n\n" * 4, "").replace(
        "Harbour Gazette\nHome\nNews\n", head
    )
    assert newsclip.parse(dump, input_format="text").byline == "Carys Penhallow"


def test_an_avatars_initials_between_the_label_and_the_name() -> None:
    """"AUTHOR" over an avatar's initials ("CP") over the name: the name is the writer."""
    head = "Harbour Gazette\nHome\nNews\nAUTHOR\nCP\nCarys Penhallow\nHarbour Engineer\n"
    dump = _story_with_note("Share this story\n\n" * 4, "").replace(
        "Harbour Gazette\nHome\nNews\n", head
    )
    assert newsclip.parse(dump, input_format="text").byline == "Carys Penhallow"


# --- given names: the evidence that a line of capitalised words names a person --------


@pytest.mark.parametrize(
    ("word", "given"),
    [("Tomas", True), ("TOMAS", True), ("Bram", True), ("Memorial", False), ("Begin", False)],
)
def test_given_names(word: str, given: bool) -> None:
    assert given_names.given_name(word) is given


def _story_under_standfirst(names: str) -> str:
    """A story whose headline stands over a standfirst, then a line, then the text."""
    return (
        "Harbour Gazette\nHome\nNews\n\nFerry fares rise for the winter season\n\n"
        "The harbour board says the fuel bill has doubled since the spring, and the ferries "
        f"must pay their way\n\n{names}\n\n{_FARES}"
    )


@pytest.mark.parametrize(
    ("names", "byline"),
    [
        # names alone under the standfirst: a byline when they begin with a given name …
        ("Tomas Penhallow", "Tomas Penhallow"),
        # … not a heading or a button's words, which read the same
        ("Memorial Park", None),
        ("Begin Journey", None),
    ],
)
def test_a_name_under_the_standfirst(names: str, byline) -> None:
    assert newsclip.parse(_story_under_standfirst(names), input_format="text").byline == byline


@pytest.mark.parametrize(
    ("footer", "byline"),
    [
        # a personal site's copyright line names its writer
        ("© 2025 Tomas Penhallow. All rights reserved.", "Tomas Penhallow"),
        ("Copyright © 2012-2025 Bram Tull", "Bram Tull"),
        ("(c) 2025 Ada Kerrigan, all rights reserved.", "Ada Kerrigan"),
        # a firm's, a place's or a one-word holder names no writer
        ("© 2025 Tomas Cranes LLC. All rights reserved.", None),
        ("Copyright © Tomas Platforms, Inc", None),
        ("© 2025 Harbour Cranes. All rights reserved.", None),
        ("© 2026 Memorial Park", None),
        ("© 2026 Penhallow · Privacy · Terms", None),
    ],
)
def test_the_owner_of_a_personal_site(footer: str, byline) -> None:
    dump = _story_with_note("", f"\nAbout\nContact\n{footer}\n")
    assert newsclip.parse(dump, input_format="text").byline == byline


@pytest.mark.parametrize(
    ("names", "byline"),
    [
        # names that begin with a given name, down the header past a firm's tagline
        ("Tomas Penhallow", "Tomas Penhallow"),
        # a section's or a button's words there name no one
        ("Memorial Park", None),
        ("Harbour Cranes", None),
        ("Begin Journey", None),
    ],
)
def test_a_given_name_down_the_header(names: str, byline) -> None:
    dump = (
        "Harbour Gazette\nHome\nNews\n\nFerry fares rise for the winter season\n"
        "Dec 18, 2025\n6 min read\nHarbourcranes\nLifting gear for ports\n"
        f"{names}\nResearch\n\n{_FARES}"
    )
    assert newsclip.parse(dump, input_format="text").byline == byline


@pytest.mark.parametrize(
    ("top", "byline"),
    [
        # a site named for its owner, above the headline: the owner writes it
        ("Tomas Penhallow\nAboutNotesProjects", "Tomas Penhallow"),
        ("Skip to content\nTomas Penhallow's Tech Blog\nHome", "Tomas Penhallow"),
        # a site named otherwise names no writer
        ("Harbour Gazette\nHome\nNews", None),
        ("Memorial Park Blog\nHome", None),
    ],
)
def test_a_site_named_for_its_owner(top: str, byline) -> None:
    dump = f"{top}\n\nFerry fares rise for the winter season\n\n{_FARES}"
    assert newsclip.parse(dump, input_format="text").byline == byline


@pytest.mark.parametrize(
    ("menu", "byline"),
    [
        # a menu's facet, one word among items, is no writer …
        ("Recipes\nView all\nBy Region\nAsian Food\nHarbour Food", None),
        # … a given name there, or a "By" line in the story's furniture, is one
        ("Recipes\nView all\nBy Tomas\nAsian Food\nHarbour Food", "Tomas"),
    ],
)
def test_a_menus_facet_is_no_byline(menu: str, byline) -> None:
    dump = (
        f"Harbour Gazette\n{menu}\nSeafood\nDrinks\nAbout\nContact\n\n"
        f"Ferry fares rise for the winter season\n\n{_FARES}"
    )
    assert newsclip.parse(dump, input_format="text").byline == byline


def test_a_date_alone_under_a_labelled_byline_at_the_storys_foot() -> None:
    # (no date stands by the headline: the header printed at the story's foot gives it)
    dump = (
        f"Harbour Gazette\nHome\nNews\n\nFerry fares rise for the winter season\n\n{_FARES}\n"
        + _FARES.replace("harbour", "port") + _FARES.replace("fares", "tickets") + "\n"
        "Interview by Tomas Penhallow\n\nDecember 3, 2025\n\n"
        "The harbour board will meet again in the spring to review the fares, and the "
        "ferry users' group has asked to be heard at that meeting before any vote.\n\n"
        + _FARES.replace("board", "council") * 2
    )
    record = newsclip.parse(dump, input_format="text")
    assert (record.published_raw, record.byline) == ("December 3, 2025", "Tomas Penhallow")


@pytest.mark.parametrize(
    ("over_date", "byline"),
    [
        # a blog's handle in small letters alone, right over the date line
        ("ada_kerrigan", "ada_kerrigan"),
        # … not a word that names no one
        ("news", None),
    ],
)
def test_a_handle_over_the_date(over_date: str, byline) -> None:
    dump = (
        "Harbour Gazette\nHome\nNews\n\nFerry fares rise for the winter season\n"
        f"{over_date}\nSeptember 8, 2025\nNo Comments\n\n{_FARES}"
    )
    assert newsclip.parse(dump, input_format="text").byline == byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ada Kerrigan", "Ada Kerrigan"),
        # a desk's name under "By" alone
        ("The Harbour Gazette Team", "The Harbour Gazette Team"),
        # a label of another kind, no name after its "by"
        ("Cited by (332)", None),
        ("Cited by", None),
        # a link under the label, not a name
        ("Contact Us", None),
        ("Written by", None),
    ],
)
def test_the_names_under_a_label_alone(line: str, names: str | None) -> None:
    assert bylines.after_label(line) == names


def _teasers(names: list[str]) -> str:
    return "".join(
        f"Ferry news number {k} from the harbour this week\nBy {name}\n"
        "The harbour board met again on Tuesday about the fares and the piers.\n\n"
        for k, name in enumerate(names, 1)
    )


@pytest.mark.parametrize(
    ("page", "byline"),
    [
        # a page of teasers, each with its writer's byline: no one wrote the page
        ("Harbour Gazette\nHome\nNews\n\n"
         + _teasers(["Carys Penhallow", "Amos Tull", "Odile Vallet", "Nell Ubbink"]), None),
        # a story's byline, the story, then a list of other stories with theirs
        ("Harbour Gazette\nHome\nNews\n\nFerry fares rise for the winter season\n"
         "By Carys Penhallow\n\n" + _FARES + "\nMore from the harbour\n\n"
         + _teasers(["Amos Tull", "Odile Vallet", "Nell Ubbink"]), "Carys Penhallow"),
    ],
)
def test_the_first_of_a_lists_teasers_names_no_writer(page: str, byline) -> None:
    assert newsclip.parse(page, input_format="text").byline == byline


def test_the_names_file_holds_fakers_first_names() -> None:
    """text/given_names.txt is Faker's lists, made small, and nothing else."""
    from importlib import resources

    text = resources.files("newsclip.text").joinpath(given_names.NAMES_FILE).read_text("utf-8")
    names = text.split("\n")
    assert names[-1] == "" and names[:-1] == sorted(given_names.from_faker())
