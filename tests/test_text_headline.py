"""The text reader's headline: page shapes whose headline rule lives in
``text/general/headline.py`` (more in ``test_general.py``)."""

from __future__ import annotations

import pytest

import newsclip
from newsclip.record import Source
from newsclip.text import bylines, general
from newsclip.text.general import header, headline, scoring
from newsclip.text.general.tuning import HeadlineTuning, Tuning
from newsclip.text.model import assemble, split_lines
from newsclip.text.title import tidy


def _tuned(dump: str, tuning: Tuning) -> newsclip.Record:
    """``dump`` read by the general reader with some thresholds changed (to show that a
    rule is at work, a test turns it off)."""
    text_lines = split_lines(dump)
    return assemble(text_lines, general.read(text_lines, None, tuning), Source(None, "text", "utf-8"))


def _question_page() -> str:
    question = "How do I keep a ferry timetable in sync with the harbour tides?"
    answers = [
        f"Answer {i}: the harbour office publishes the tide table every Monday, so a small "
        "script can read it and move each ferry departure to the nearest safe slot, which "
        "is what most of the island operators do today."
        for i in range(4)
    ]
    lines = [
        "Home", "Questions", "Tags", "Users",
        question, "Ask Question", "Asked 3 years, 2 months ago", "Modified 1 year ago",
        "Viewed 2k times", "12",
        "I run the timetable for a small ferry and the tides move the departures every week. "
        "Is there a way to keep the two in sync without editing the table by hand?",
        "ferries", "tides", "Share", "Improve this question", "Follow",
        "asked Jun 29, 2022 at 10:51", "ada_k",
    ]
    for i, answer in enumerate(answers):
        lines += [answer, "Share", "Improve this answer", "Follow",
                  f"answered Jul {i + 1}, 2022 at 09:1{i}", f"user{i}"]
    return "\n\n".join(lines)


def test_a_question_over_its_age_is_the_headline() -> None:
    # (on the pages the region often starts at the answers, far below the question, and
    # the line over the first post's stamp is a button; with the words the question and
    # the answers share left out, so it is here too)
    dump = _question_page()
    want = "How do I keep a ferry timetable in sync with the harbour tides?"
    assert newsclip.parse(dump.encode()).title == want
    words_off = {"overlap_bonus": 0.0, "article_overlap_bonus": 0.0}
    assert _tuned(dump, Tuning(headline=HeadlineTuning(**words_off))).title == want
    off = Tuning(headline=HeadlineTuning(question_gap_lines=0, **words_off))
    assert _tuned(dump, off).title != want


def test_asked_with_words_after_it_is_no_question_age() -> None:
    # ("Asked by readers since 2019" holds a number but no age: the line over it is a
    # section's name, not a question)
    dump = "\n\n".join([
        "Menu", "Questions our readers sent us", "Asked by readers since 2019",
        "Harbour ferry timetables for the winter season",
        "By Ada Kerrigan", "March 3, 2024",
        *(f"Paragraph {i} says the harbour ferry timetables change in winter, as the storm "
          "barrier is finished and the ferries use the inner quay again, the port authority "
          "told the town council on Monday." for i in range(3)),
    ])
    assert newsclip.parse(dump.encode()).title == "Harbour ferry timetables for the winter season"


_MENU = ["Home", "Ferries", "Timetables", "Tours", "Parking", "Contact Us"]


def _service_page(name: str) -> str:
    return "\n\n".join([
        *_MENU, name,
        "Book a guided boat trip around the harbour and see the storm barrier up close.",
        "Morning Trips", "Evening Trips",
        *(f"Paragraph {i} says the boat trips leave from the inner quay every hour, as the "
          "storm barrier is finished and the boats can use the new landing again, the port "
          "authority told the town council on Monday." for i in range(3)),
    ])


def test_the_menus_item_for_the_page_printed_over_its_description_is_the_headline() -> None:
    # (a word alone is no headline of a story, but a page's name may be one word)
    dump = _service_page("Tours")
    assert newsclip.parse(dump.encode()).title == "Tours"
    assert _tuned(dump, Tuning(headline=HeadlineTuning(page_name_words=0))).title != "Tours"


def test_a_kicker_from_the_menu_over_a_story_is_not_its_headline() -> None:
    dump = "\n\n".join([
        *_MENU, "Ferries", "New ferry timetable starts on the first of March",
        "By Ada Kerrigan", "February 20, 2024",
        *(f"Paragraph {i} says the new ferry timetable starts in March, as the storm "
          "barrier is finished and the ferries can use the inner quay again, the port "
          "authority told the town council on Monday." for i in range(3)),
    ])
    want = "New ferry timetable starts on the first of March"
    assert newsclip.parse(dump.encode()).title == want
    # (nor when the headline earns nothing for its words, its length or its header:
    # the kicker is no page's name at all, with a byline under the line under it)
    words_off = {"overlap_bonus": 0.0, "article_overlap_bonus": 0.0, "usual_bonus": 0.0,
                 "above_header_bonus": 0.0}
    assert _tuned(dump, Tuning(headline=HeadlineTuning(**words_off))).title == want


def test_a_version_with_a_one_digit_last_number_is_no_date() -> None:
    # (a thread's title naming a release was a date line, and so never its headline)
    from newsclip.text import datelines

    assert datelines.find("Discuss the Harbourapp 7.1.0 release here") is None
    assert datelines.find("Stand: 7.1.2025") is not None


def _story(paragraphs: int = 3) -> list[str]:
    return [f"Paragraph {i} says the new ferry timetable starts in March, as the storm "
            "barrier is finished and the ferries can use the inner quay again, the port "
            "authority told the town council on Monday." for i in range(paragraphs)]


def test_a_name_between_the_headline_and_its_date_is_no_headline() -> None:
    # (a writer's name without "By", or the firm that wrote the page, stands over the
    # date line where a headline would; the ferry's words are the story's words too)
    dump = "\n\n".join([
        *_MENU, "Notes on a cold season at sea", "Port Authority Ferries",
        "February 20, 2024", *_story(),
    ])
    want = "Notes on a cold season at sea"
    assert newsclip.parse(dump.encode()).title == want
    assert _tuned(dump, Tuning(headline=HeadlineTuning(name_slot_words=0))).title != want


def test_a_headline_over_a_long_table_of_contents_is_found() -> None:
    # (the contents' items, printed again as the story's subheadings, do not count as
    # lines between the headline and the story)
    parts = [f"Part {i}: what changes on the harbour line" for i in range(30)]
    dump = "\n\n".join([
        *_MENU, "Everything that changes on the harbour ferry line this winter",
        "By Ada Kerrigan", "February 20, 2024", "Table of Contents", *parts, *_story(1),
        *(line for part in parts for line in (part, *_story(1))),
    ])
    assert newsclip.parse(dump.encode()).title == (
        "Everything that changes on the harbour ferry line this winter"
    )


def test_a_menus_item_is_no_headline() -> None:
    # (a menu's item between two labels; with the words the lines share with the story
    # left out, as a menu's item often shares them, it would win over a headline that
    # begins in lower case)
    dump = "\n\n".join([
        "Home", "Ferries", "Port Authority Ferry Tours", "Timetables", *_MENU[3:],
        "February 20, 2024", "eBay sellers face a cold season at sea", *_story(),
    ])
    want = "eBay sellers face a cold season at sea"
    words_off = {"overlap_bonus": 0.0, "article_overlap_bonus": 0.0}
    assert _tuned(dump, Tuning(headline=HeadlineTuning(**words_off))).title == want
    off = Tuning(headline=HeadlineTuning(menu_cost=0.0, **words_off))
    assert _tuned(dump, off).title == "Port Authority Ferry Tours"


def test_a_forums_category_over_the_first_post_is_no_headline() -> None:
    # (the category, five capitalised words sharing the posts' words, stands between the
    # thread's title and the first post's stamp)
    posts = []
    for i, name in enumerate(["ada_k", "bob_r", "cy_m", "dee_t"]):
        posts += [f"{name} March {3 + i}, 2024, 10:1{i}am {i + 1}",
                  f"Post {i}: the monthly ferry pass pays for itself after nine crossings, "
                  "and the harbour office sells a cheaper one for students and for anyone "
                  "over sixty, which is what I use for the island trips in winter."]
    dump = "\n\n".join([
        "Harbour Travel Community", "Which one to buy", "Harbour Ferry Passes Island Trips",
        *posts,
    ])
    assert newsclip.parse(dump.encode()).title == "Which one to buy"
    # (the thread's title printed second on a page without menus is a rule of its own)
    alone = Tuning(headline=HeadlineTuning(thread_top_lines=0))
    assert _tuned(dump, alone).title == "Which one to buy"
    off = Tuning(headline=HeadlineTuning(category_words=4, thread_top_lines=0))
    assert _tuned(dump, off).title == "Harbour Ferry Passes Island Trips"


def test_a_headline_over_its_byline_above_a_long_form_is_found() -> None:
    # (sixteen steps of a form between the header and the story: the header's headline
    # pays for ten lines between at most, and beats the form's last step)
    steps = [f"Step {i}: fill in the form with care" for i in range(16)]
    dump = "\n\n".join([
        *_MENU, "Ferry passes for the winter season", "By Ada Kerrigan", "February 20, 2024",
        *steps, "Frequently asked questions", *_story(),
    ])
    want = "Ferry passes for the winter season"
    assert newsclip.parse(dump.encode()).title == want
    assert _tuned(dump, Tuning(headline=HeadlineTuning(header_seen=25))).title != want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Thread: Which ferry pass to buy for the winter?", "Which ferry pass to buy for the winter?"),
        ("Which ferry pass to buy Thread starter ada_k", "Which ferry pass to buy"),
        ("Which ferry pass to buy by ada_k: 3:21pm On Mar 09, 2023", "Which ferry pass to buy"),
        ("The 10 best ferry passes of 2026 written by Our Editors", "The 10 best ferry passes of 2026"),
        ("The 10 best ferry passes of 2026 by", "The 10 best ferry passes of 2026"),
        ("Why the harbour ferry needs a new pier | Opinion", "Why the harbour ferry needs a new pier"),
        # a documentation page's permalink mark
        ("Ferry timetable API¶", "Ferry timetable API"),
        ("Ferry timetable API ¶", "Ferry timetable API"),
        # soft hyphens, where a browser may break a long word
        ("Home Repair Assis\u00adtance Program", "Home Repair Assistance Program"),
        ("Neue Fähr\u00adver\u00adbin\u00addung", "Neue Fährverbindung"),
        # (kept: a bar before words that are no section's, a colon after a word that is
        # no thread's label, "by" before a name, too little left after a cut)
        ("12 tools for ferry timetables | Python, SQL & AI", None),
        ("Study: ferries run late in winter", None),
        ("Ferry passengers stranded by storm", None),
        ("Thread: Ferries", None),
        ("Ferries | News", None),
    ],
)
def test_a_label_printed_on_the_headlines_line_is_cut(line: str, want: str | None) -> None:
    assert tidy(line) == (line if want is None else want)


def test_a_section_after_the_headline_is_not_in_the_title() -> None:
    dump = "\n\n".join([
        *_MENU, "Why the harbour needs a cold season at sea | Opinion", "By Ada Kerrigan",
        "February 20, 2024", *_story(),
    ])
    assert newsclip.parse(dump.encode()).title == "Why the harbour needs a cold season at sea"


def test_a_headline_that_holds_a_date_is_found() -> None:
    # (read as a name and its date, "Harbour Ferry Update" and "12/19/2025", the line is
    # a candidate still: words around a plain date, no clock, no label; the byline's
    # name under it and the date line are not)
    dump = "\n\n".join([
        *_MENU, "Harbour Ferry Update 12/19/2025", "Ada Kerrigan",
        "Dec 19, 2025 | 4 min read", "Winter timetable changes", *_story(),
    ])
    want = "Harbour Ferry Update 12/19/2025"
    assert newsclip.parse(dump.encode()).title == want
    assert _tuned(dump, Tuning(headline=HeadlineTuning(dated_title_words=0))).title != want


@pytest.mark.parametrize(
    "stamp", ["Ada Kerrigan July 5, 2024", "11-29-2024, 09:03 AM #1", "Start date Jul 5, 2024",
              "Joined Jul 5, 2024"],
)
def test_a_post_stamp_or_a_name_and_date_is_no_dated_headline(stamp: str) -> None:
    info = general.lines.Info(0, stamp, stamp.split(), 0.0, 0)
    assert not headline.dated_title(info, HeadlineTuning())


def _product_page() -> str:
    lines = [
        "Store", "Toolkits", "Free Shipping on Domestic Orders $75+",
        "Harbour Repair Toolkit", "$74.95", "4.9 (2,695 reviews)", "Condition: New",
        "Harbour Repair Toolkit - New", "Sale price", "$74.95", "Add to cart", "Description",
        "The Harbour Repair Toolkit is the one kit every fixer needs to open, mend and close "
        "the devices on a small boat, from the radio to the bilge pump's controller.",
        "Every tool in the Harbour Repair Toolkit has been made again to last longer, from "
        "the driver bits to the opening picks, and each one comes with a lifetime warranty.",
    ]
    return "\n\n".join(lines)


def test_a_headline_with_a_label_gives_way_to_its_head_printed_alone() -> None:
    # (a product's name over its name and condition: the name alone is the title)
    dump = _product_page()
    assert newsclip.parse(dump.encode()).title == "Harbour Repair Toolkit"
    off = Tuning(headline=HeadlineTuning(bare_lines=0))
    assert _tuned(dump, off).title == "Harbour Repair Toolkit - New"


def _trips_story() -> list[str]:
    return [f"Paragraph {i} says the winter ferry trips leave from the inner quay, as the "
            "storm barrier is finished and the ferries can sail along the coast again, the "
            "port authority told the town council on Monday." for i in range(3)]


@pytest.mark.parametrize(
    "deck", ["Our editors picked the winter ferry trips that leave from the inner quay",
             "These trips leave from the inner quay and sail along the coast"],
)
def test_a_standfirst_under_its_headline_is_no_headline(deck: str) -> None:
    # (sentence case under Title Case; both over the byline, the standfirst nearer and
    # sharing more of the story's words)
    want = "Winter Ferry Trips Along the Coast"
    dump = "\n\n".join([*_MENU, want, deck, "By Ada Kerrigan", "February 20, 2024",
                        *_trips_story()])
    assert newsclip.parse(dump.encode()).title == want
    # (off: the standfirst rule, and a standfirst with no end mark read as one at all)
    off = HeadlineTuning(deck_words=0, deck_sentence_share=1.01)
    assert _tuned(dump, Tuning(headline=off)).title == deck


@pytest.mark.parametrize(
    ("above", "deck"),
    [
        ("Winter Ferry Trips Along the Coast", True),
        # a headline in sentence case over the standfirst and the byline
        ("Winter ferry trips along the coast", True),
        # a breadcrumb, a label in capitals, a line that does not name the story: the
        # line under it may be the headline
        ("Home / Travel / Winter Ferry Trips Along the Coast", False),
        ("WINTER FERRY TRIPS ALONG THE COAST", False),
        ("Sign Up for Our Weekly Newsletter Today", False),
    ],
)
def test_a_standfirst_stands_under_a_headline_that_names_the_story(
    above: str, deck: bool
) -> None:
    under = "Our editors picked the winter ferry trips that leave from the inner quay"
    dump = "\n\n".join([*_MENU, above, under, "By Ada Kerrigan", *_trips_story()])
    infos = general.scoring.score_lines(split_lines(dump), None, Tuning())
    k = next(k for k, info in enumerate(infos) if info.text == under)
    start = k + 2
    words = frozenset(w.lower() for info in infos[start:] for w in info.tokens)
    assert header.deck(infos, k, start, words, HeadlineTuning()) is deck


@pytest.mark.parametrize(
    ("under", "deck"),
    [
        ("Our editors picked the winter ferry trips that leave from the inner quay", True),
        # a second headline in sentence case over the header, no standfirst: not one
        ("Inner Quay Ferries Sail Twice a Day", False),
    ],
)
def test_a_sentence_case_headline_heads_its_standfirst_and_byline(under: str, deck: bool) -> None:
    # (no end mark on either line: the headline in sentence case stands over the header
    # through its standfirst, and the standfirst costs ``deck_cost``)
    above = "Winter ferry trips along the coast"
    dump = "\n\n".join([*_MENU, above, under, "By Ada Kerrigan", *_trips_story()])
    infos = general.scoring.score_lines(split_lines(dump), None, Tuning())
    k = next(k for k, info in enumerate(infos) if info.text == under)
    start = k + 2
    t = HeadlineTuning()
    assert header.heads_header(infos, k - 1, start, t) is deck
    words = frozenset(w.lower() for info in infos[start:] for w in info.tokens)
    assert header.deck(infos, k, start, words, t) is deck
    if deck:
        assert newsclip.parse(dump.encode()).title == above


def test_a_headline_at_the_regions_top_is_found() -> None:
    # (the region begins at the headline, over its first paragraph: the line is looked
    # at, where otherwise only the menu above it would be)
    dump = "\n\n".join([*_MENU, "Sign in", "New Ferry Timetable for the Inner Quay", *_story()])
    infos = general.scoring.score_lines(split_lines(dump), None, Tuning())
    top = next(k for k, info in enumerate(infos) if info.text.startswith("New Ferry"))
    assert headline.find(infos, top, Tuning()) == top
    off = Tuning(headline=HeadlineTuning(head_lines=0))
    assert headline.find(infos, top, off) != top


@pytest.mark.parametrize(
    ("title", "labels"),
    [
        ("Confusing shackle sizes", ["Boats", "moorings"]),
        # a title that holds a date, or a version read as one
        ("Project Discovery July 2024", ["General Discussion"]),
        ("2024.4.4 -> 2024.5.0 issue: buoy app stuck", ["Apps"]),
    ],
)
def test_a_thread_with_no_menu_prints_its_title_under_the_forums_name(
    title: str, labels: list[str]
) -> None:
    # (the forum's name, the title, its category and tags, then the first post's stamp)
    post = ("I moved my boat to the inner quay for the winter and the mooring buoy broke "
            "loose twice this week, so I wonder whether anyone else on the harbour has seen "
            "the same thing happen.")
    reply = ("Same here: the new buoys on the inner quay were fitted with the wrong shackles, "
             "and the harbour office says it will change them all before the storms come.")
    dump = "\n\n".join([
        "Harbour Boat Forums", title, *labels, "ada_k (Ada) November 5, 2024, 11:15pm 1", post,
        "sam_r (Sam) November 5, 2024, 11:40pm 2", reply,
    ])
    record = newsclip.parse(dump.encode())
    assert (record.title, record.byline) == (title, "ada_k")
    assert record.published is not None and record.published.isoformat() == "2024-11-05T23:15:00"
    off = Tuning(headline=HeadlineTuning(thread_top_lines=0))
    assert _tuned(dump, off).title != title


def _shop_page(header: list[str]) -> str:
    """A shop's page: its name over what the shop says of it, the products' cards, then
    the FAQ that the region finds (its densest prose); ``header`` stands over the FAQ."""
    cards = []
    for i in range(25):
        cards += [f"Sea Salt Toffee Box No. {i + 1}", f"${10 + i}.95"]
    about = ("Our harbour toffees are cooked in small copper pans on the quay every morning, "
             "with butter from the island dairy and salt raked from the flats at low tide, "
             "then cut by hand and wrapped in waxed paper before the first ferry leaves.")
    faq = [f"Answer {i}: the toffees keep for six weeks in a cool tin, travel well on the "
           "ferry, and the shop on the quay ships them anywhere on the mainland within three "
           "days, packed in a box that can go back in the post for a refill." for i in range(4)]
    return "\n\n".join([
        "Home", "Sweets", "Gifts", "Contact Us", "Home", "Sweets", "Sea Salt Toffees", about,
        *cards, "Frequently Asked Questions", *header, *faq,
    ])


def test_the_pages_name_over_its_first_paragraph_beats_a_line_over_a_lower_region() -> None:
    # (the region is the FAQ under the products; the page's head names the page)
    dump = _shop_page(["Why buy toffees from the quay?"])
    assert newsclip.parse(dump.encode()).title == "Sea Salt Toffees"
    off = Tuning(headline=HeadlineTuning(page_head_gap=len(dump)))
    assert _tuned(dump, off).title != "Sea Salt Toffees"


def test_a_region_under_its_own_date_line_keeps_its_headline() -> None:
    # (a date line over the region vouches for it: a story under a shop's head)
    want = "Why we still cook toffees on the quay"
    dump = _shop_page([want, "By Ada Kerrigan", "March 3, 2024"])
    assert newsclip.parse(dump.encode()).title == want


def _manual(first: str) -> list[str]:
    """A documentation page whose headings carry a permalink mark, ``first`` its own."""
    sections = []
    for name in ("Installing the client", "Reading a timetable", "Changing a departure"):
        sections += [f"{name}\u00b6", *(
            f"{name} is done from the harbour office's client, which reads the ferry "
            f"timetable from the port authority's server and keeps step {i} in sync with "
            "the tides, as the island operators do." for i in range(3)
        )]
    return ["Home", "Guides", "API", "Search", first, *sections]


def test_a_documentation_pages_headline_is_its_first_marked_heading() -> None:
    # (the page's heading, over its sections' headings, each with a permalink mark; the
    # region begins at the first section's text, and the section's heading shares more of
    # it)
    dump = "\n\n".join(_manual("Advanced Usage\u00b6"))
    assert newsclip.parse(dump.encode()).title == "Advanced Usage"
    off = Tuning(headline=HeadlineTuning(marked_headings=0))
    assert _tuned(dump, off).title == "Installing the client"


def test_an_unmarked_headline_over_its_text_and_marked_sections_stays() -> None:
    # (the page's heading has no mark, its sections' headings do, under the page's
    # first paragraphs: farther than ``marked_slack_lines`` under the body's start)
    want = "Ferry Timetable Client Guide"
    dump = "\n\n".join([*_MENU, want, *_story(6), *_manual("Tutorials")[5:]])
    assert newsclip.parse(dump.encode()).title == want
    slack = Tuning(headline=HeadlineTuning(marked_slack_lines=10))
    assert _tuned(dump, slack).title == "Installing the client"


@pytest.mark.parametrize(
    "want",
    ["Storm Barrier Delays Ferry Timetables Across the U.S.", "Ferry timetable changes in N.Y.C."],
)
def test_a_headline_ending_with_an_abbreviation_is_no_sentence(want: str) -> None:
    # (its last dot is the abbreviation's: the headline pays no full stop's cost, and the
    # standfirst under it, a sentence, does)
    deck = "The inner quay reopens in March, and the ferries sail to a new timetable."
    dump = "\n\n".join([*_MENU, want, deck, "By Ada Kerrigan", "February 20, 2024", *_story()])
    assert newsclip.parse(dump.encode()).title == want


@pytest.mark.parametrize(
    ("text", "full_stop"),
    [
        ("Ferry timetable changes in N.Y.C.", False),
        ("Ferry timetable changes in the U.S.", False),
        ("The ferries sail again.", True),
        ("The ferries sail at 9 a.m.", True),
        ("Harbour Ferries Inc.", True),
    ],
)
def test_a_full_stop_is_a_sentences_not_an_abbreviations(text: str, full_stop: bool) -> None:
    assert headline.full_stop(text) is full_stop


@pytest.mark.parametrize(("heading", "found"), [("Contents", True), ("Quick links", False)])
def test_a_contents_item_the_story_prints_once_is_no_headline(heading: str, found: bool) -> None:
    # (the item right over the story is its first subheading, printed again once below
    # as the story opens: no neighbour of it is printed again, as a table's items are;
    # under a table's heading it is an item all the same)
    items = ["The winter timetable", "The fares for islanders",
             "What the new ferry timetable means for the quay"]
    dump = "\n\n".join([
        *_MENU, "Ferry timetable changes this winter", "By Ada Kerrigan", "February 20, 2024",
        heading, *items, *_story(2), items[-1], *_story(2),
    ])
    want = "Ferry timetable changes this winter"
    assert (newsclip.parse(dump.encode()).title == want) is found


def test_the_names_under_a_lone_byline_label_are_no_headline() -> None:
    # (a desk's name in capitals over the date reads as a headline; the label over it
    # says it names the writers, and the page is left with no title when it is taken)
    want = "Winter trips to the islands"
    dump = "\n\n".join([*_MENU, want, "By:", "Ferry Timetable Editorial Team", "Ferries",
                        "October 11, 2024", *_story()])
    assert newsclip.parse(dump.encode()).title == want
    assert _tuned(dump, Tuning(headline=HeadlineTuning(name_slot_words=0))).title is None


def test_tags_joined_under_a_title_case_headline_are_no_part_of_it() -> None:
    # (the tags in lower case printed right under the headline, no blank line between,
    # read as the end of a paragraph wrapped at a fixed width)
    want = "Everything You Need to Know About the New Ferry Timetable"
    dump = "\n\n".join([*_MENU, f"{want}\nadvice for travellers", "By Ada Kerrigan",
                        "October 11, 2024", *_story()])
    record = newsclip.parse(dump.encode())
    assert record.title == want
    assert "advice for travellers" not in record.text
    off = Tuning(headline=HeadlineTuning(deck_title_share=1.5))
    assert _tuned(dump, off).title == f"{want} advice for travellers"


def test_a_standfirst_under_a_sentence_case_headline_under_its_date_is_no_headline() -> None:
    # (the date line over the headline, the standfirst under it, the writer's name alone
    # under that: no header under the headline to stand over, but the date over it)
    want = "The new ferry timetable is a lie about the harbour"
    deck = ("The port authority says the storm barrier is finished and the ferries can use "
            "the inner quay again")
    dump = "\n\n".join([*_MENU, "Sunday, Feb 1, 2015 11:57 AM UTC", want, deck, "Ada Kerrigan",
                        "Share", *_story()])
    assert newsclip.parse(dump.encode()).title == want
    assert _tuned(dump, Tuning(headline=HeadlineTuning(deck_cost=0.0))).title == deck
    infos = general.scoring.score_lines(split_lines(dump), None, Tuning())
    k = next(k for k, info in enumerate(infos) if info.text == deck)
    words = frozenset(w.lower() for info in infos[k + 3:] for w in info.tokens)
    assert header.deck(infos, k, k + 3, words, HeadlineTuning())


def test_a_summarys_points_under_their_heading_are_no_headline() -> None:
    # (they name the story's words, and stand nearer the text than its headline)
    want = "Ferry timetable changes this winter"
    points = "• Port authority says the new ferry timetable starts in March\n• Storm barrier finished"
    dump = "\n\n".join([*_MENU, want, "Story Highlights", points, *_story()])
    assert newsclip.parse(dump.encode()).title == want
    off = Tuning(headline=HeadlineTuning(summary_lines=0))
    assert _tuned(dump, off).title == "• Port authority says the new ferry timetable starts in March"


def test_a_headline_over_a_lone_byline_label_stands_over_the_header(monkeypatch) -> None:
    # ("By" alone on its line, the name under it: the byline, for the headline over it as
    # a date line is; a section's label under the date line would win otherwise)
    want = "Winter at the quay: a season of storms"
    dump = "\n\n".join([*_MENU, "October 11, 2024", "Ferry news", want, "By", "Ada Kerrigan",
                        *_story()])
    assert newsclip.parse(dump.encode()).title == want
    monkeypatch.setattr(bylines, "label_alone", lambda text: False)
    assert newsclip.parse(dump.encode()).title == "Ferry news"


_LEAD = [
    "Will the new ferry timetable start in March? The port authority told the town council "
    "on Monday that the storm barrier is finished and the ferries can use the inner quay "
    "again, so the new ferry timetable starts on the first of March.",
    *_story(),
]


@pytest.mark.parametrize(
    ("over", "want"),
    [
        # the dump opens with the headline: no line over it
        ([], "Will the new ferry timetable start in March?"),
        # the headline under its date line, the text's first lines
        (["Posted on February 20, 2024 by Ada Kerrigan"],
         "Will the new ferry timetable start in March?"),
    ],
)
def test_a_headline_printed_as_the_texts_first_line_is_found(over: list[str], want: str) -> None:
    # (a question, a long title: read as a line of prose by a little, the region begins
    # at it, and nothing over it is a candidate)
    dump = "\n\n".join([*over, want, *_LEAD])
    assert newsclip.parse(dump.encode()).title == want
    off = Tuning(headline=HeadlineTuning(opening_score=0.0))
    assert _tuned(dump, off).title != want


@pytest.mark.parametrize(
    ("lines", "guard"),
    [
        # a standfirst under its headline (a short line over it, no chrome)
        (["Harbour Notes", "Is a cold March the end of the old ferry timetable?"], None),
        # a line that names nothing the lead speaks of
        (["Do you like island walks and recipes from the mainland?"], "opening_overlap"),
        # a sentence
        (["The new ferry timetable starts in March, the port says."], None),
    ],
)
def test_a_first_line_that_is_no_headline_is_not_taken_for_one(
    lines: list[str], guard: str | None
) -> None:
    # (the rule takes no line here: the headline is what it is without the rule; with
    # the test that keeps it off turned off, it would take the line)
    dump = "\n\n".join([*lines, *_LEAD])
    infos = general.scoring.score_lines(split_lines(dump), None, Tuning())
    first = next(k for k, info in enumerate(infos) if info.text == lines[-1])
    found = headline.find(infos, first, Tuning())
    assert found == headline.find(infos, first, Tuning(headline=HeadlineTuning(opening_score=0.0)))
    if guard is not None:
        loose = Tuning(headline=HeadlineTuning(**{guard: 0.0}))
        assert headline.find(infos, first, loose) == first != found


@pytest.mark.parametrize(
    ("over", "title"),
    [
        # a headline over the date line, a second title under it: the headline
        ("Storm barrier done: new ferry timetable starts in March", True),
        ("What the finished storm barrier means for the ferries", True),
        # no headline's shape over the header: a path, buttons, a sentence, a label
        ("Home > News > Ferries", False),
        ("Log out Sign in", False),
        ("The storm barrier is done, the port says.", False),
        ("Ferries", False),
    ],
)
def test_a_line_under_the_date_line_gives_way_to_a_headline_over_it(
    over: str, title: bool
) -> None:
    # (a page printing its title twice, over the date line and under it, or the story's
    # tags under it: the headline stands over its header)
    under = "The New Ferry Timetable for the Inner Quay in 2025"
    dump = "\n\n".join([*_MENU, over, "February 20, 2024", under, *_story()])
    infos = general.scoring.score_lines(split_lines(dump), None, Tuning())
    assert headline.headline_shaped(infos[len(_MENU)], HeadlineTuning()) is title
    assert newsclip.parse(dump.encode()).title == (over if title else under)
    off = Tuning(headline=HeadlineTuning(under_header_cost=0.0))
    assert _tuned(dump, off).title == under


def test_a_headline_over_the_writers_name_and_date_beats_the_menus_item_for_its_subject() -> None:
    # (the writer's name alone, no "By", stands between the headline and its date line:
    # the headline stands over its header, and beats the menu's item the story is about,
    # which the page prints again at its foot)
    story = [f"Paragraph {i} says ferry passes pay for themselves after nine crossings, and "
             "the harbour office sells ferry passes to students at half the price, the port "
             "authority told the council." for i in range(3)]
    want = "Why Ferry Passes Are the Best Form of Self-Care for Kids, Teens, and Adults"
    dump = "\n".join([
        "HOME", "Ferry Passes", "Timetables", "The Team", "Events", "Contact", "Blog",
        "All Posts", want, "Ada Kerrigan", "Feb 9", "5 min read", "",
    ]) + "\n" + "\n\n".join([*story, "Ferry Passes", "Timetables", "Contact"])
    assert newsclip.parse(dump.encode()).title == want
    # (no name slot: the name is no header, and the menu's item wins)
    assert _tuned(dump, Tuning(headline=HeadlineTuning(name_slot_words=0))).title != want


@pytest.mark.parametrize(
    ("under", "menu"),
    [
        ("Ferries", True),  # a short line between two labels: a menu's item
        # over a byline's label alone, "By" over the name: the header's, not a menu's
        ("By", False),
        ("Written by", False),
    ],
)
def test_a_line_over_a_byline_label_is_no_menus_item(under: str, menu: bool) -> None:
    line = "Harbour ferry passes"
    dump = "\n".join(["Home", "Timetables", line, under, "Ada Kerrigan", "Dec 16, 2025", "",
                      *_story()])
    infos = scoring.score_lines(split_lines(dump), None, Tuning())
    k = next(k for k, info in enumerate(infos) if info.text == line)
    assert header.in_menu(infos, k, HeadlineTuning()) is menu
