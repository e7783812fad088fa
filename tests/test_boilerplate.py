"""Batch learning: lines repeated across many dumps of a batch are chrome."""

from __future__ import annotations

import newsclip
from newsclip.text.boilerplate import MIN_BATCH, MIN_DOCUMENTS, Boilerplate, normalise

MENU = "Home\nLocal\nWeather\nHarbour Gazette Weekly Quiz\n"
PROMO = "Get the Harbour Gazette morning briefing"
SHARED = (
    "The Harbour Gazette is an independent newspaper owned by its readers, and every story "
    "on this site is written by members of its staff."
)


def _page(i: int) -> str:
    """One invented page of a site: the site's menu and promo line around a unique article."""
    return (
        f"{MENU}Story number {i} about the harbour\nMay {i % 28 + 1}, 2021\n\n"
        f"The harbour master said on Monday that berth {i} would close for repairs in the "
        f"autumn, after divers found damage to its piles during an inspection.\n\n"
        f"{PROMO}\n\n"
        f"Ships due at berth {i} will be sent to the outer harbour, which has room for "
        f"larger vessels, until the work is finished early next year.\n\n"
        f"{SHARED}\n\nContact us\nAbout the Gazette\n"
    )


BATCH = [_page(i) for i in range(MIN_BATCH + 5)]


def test_a_small_batch_teaches_nothing() -> None:
    bp = Boilerplate.learn(BATCH[: MIN_BATCH - 1])
    assert bp.documents == MIN_BATCH - 1
    assert not bp.lines
    assert "Home" not in bp


def test_lines_in_enough_documents_are_learned() -> None:
    extra = ["Rare line\n" + t for t in BATCH[: MIN_DOCUMENTS - 1]]
    bp = Boilerplate.learn(extra + BATCH[MIN_DOCUMENTS - 1 :])
    assert bp.documents == len(BATCH)
    assert "Home" in bp and PROMO in bp and "About the Gazette" in bp
    # seen in MIN_DOCUMENTS - 1 files only
    assert "Rare line" not in bp
    # each article's own sentences are not repeated
    assert "Story number 3 about the harbour" not in bp


def test_lines_are_compared_normalised() -> None:
    bp = Boilerplate.learn(BATCH)
    assert "  HOME " in bp
    assert "Harbour  Gazette weekly quiz" in bp
    assert normalise("  A\tb  C ") == "a b c"


def test_repeated_lines_are_chrome_in_the_record() -> None:
    bp = Boilerplate.learn(BATCH)
    page = BATCH[7].encode()
    alone = newsclip.parse(page)
    learned = newsclip.parse(page, boilerplate=bp)
    # the promo line inside the article is text to the reader alone …
    assert PROMO in alone.paragraphs
    # … and chrome once the batch shows it on every page
    assert PROMO not in learned.paragraphs
    rules = {r.text: r.rule for r in learned.removed}
    assert rules[PROMO] == "repeated-across-batch"
    assert rules["Harbour Gazette Weekly Quiz"] == "repeated-across-batch"
    assert learned.title == alone.title == "Story number 7 about the harbour"
    assert learned.paragraphs[0] == alone.paragraphs[0]


def test_a_long_shared_paragraph_is_not_chrome() -> None:
    bp = Boilerplate.learn(BATCH)
    assert SHARED in bp
    record = newsclip.parse(BATCH[2].encode(), boilerplate=bp)
    assert all(r.text != SHARED or r.rule != "repeated-across-batch" for r in record.removed)


def test_the_archive_layout_ignores_batch_learning() -> None:
    archive = "Headline\n14-3-2014 < Gazette 20 words\n\nHome\n\nThe text of the article.\n"
    bp = Boilerplate.learn([archive] * MIN_BATCH)
    assert "Home" in bp
    a = newsclip.parse(archive.encode(), boilerplate=bp).to_dict()
    b = newsclip.parse(archive.encode()).to_dict()
    assert a == b


# --------------------------------------------------------------------------- one site's folder
# Invented dumps of one site: the site's menu, an audio player inside the article, a
# promo sentence under it, a newsletter box and a footer come back in every file; the
# headline and the paragraphs are each page's own.

SITE_MENU = ["Front page", "Harbour news", "Fishing fleet", "Ferries", "Tide tables", "Letters"]
PLAYER = [
    "Listen to this story", "Speed 1x", "Narrated by Gazette Voice", "Skip back 15 seconds",
    "Skip ahead 15 seconds", "Download the audio edition",
]
PROMO_SENTENCE = "Get the harbour's news in your inbox every morning."
NEWSLETTER = ["The Morning Tide", "Enter your address", "Sign me up"]
FOOTER = ["About the Gazette", "Write to the newsroom", "Harbour Gazette Ltd, Quay Street"]
CHROME = SITE_MENU + PLAYER + [PROMO_SENTENCE] + NEWSLETTER + FOOTER
_CRAFT = ["pilot", "crane", "trawler", "berth", "buoy", "slipway", "tug", "dredger"]


def _site_body(i: int) -> list[str]:
    w = _CRAFT[i % len(_CRAFT)]
    return [
        (f"The {w} crews at pier {i} told the harbour board on Monday that the night shift "
         f"would need {i + 3} more hands before the winter storms arrive."),
        (f"Board members said the request for pier {i} would be weighed against the cost of "
         f"repairing the sea wall, which was damaged in {1990 + i}."),
        (f"A decision on the {w} crews is expected at the next meeting, when the board also "
         f"sets the mooring fees for the coming year."),
        f"Until then the crews at pier {i} will keep working double shifts, the union said.",
    ]


def _site_page(i: int, related: bool = False) -> str:
    body = _site_body(i)
    lines = [*SITE_MENU, "", f"Crews at pier {i} ask for {i + 3} more hands",
             f"May {i % 28 + 1}, 2021", "By Gazette Staff", "",
             body[0], "", body[1], "", *PLAYER, "", body[2], "", body[3], PROMO_SENTENCE, ""]
    if related:
        lines += ["Related stories", f"Tug fleet {i} renamed", f"Ferry timetable {i} changes", ""]
    lines += [*NEWSLETTER, "", *FOOTER]
    return "\n".join(lines) + "\n"


SITE = [_site_page(i, related=i % 2 == 0) for i in range(MIN_BATCH + 4)]


def test_a_site_folder_learns_its_chrome_and_keeps_every_body_line() -> None:
    bp = Boilerplate.learn(SITE)
    for i in (0, 7, 13, 22):
        alone = newsclip.parse(SITE[i].encode())
        learned = newsclip.parse(SITE[i].encode(), boilerplate=bp)
        # every line of the article, the paragraphs past the player's gap too
        assert learned.paragraphs == tuple(_site_body(i))
        assert learned.title == alone.title == f"Crews at pier {i} ask for {i + 3} more hands"
        # a byline the whole site repeats is still the byline
        assert learned.byline == alone.byline == "Gazette Staff"
        assert str(learned.published) == str(alone.published)
        # the promo sentence reads as the article's last line to the reader alone …
        assert PROMO_SENTENCE in alone.paragraphs
        # … and the batch shows it is the site's
        rules = {r.text: r.rule for r in learned.removed}
        assert rules[PROMO_SENTENCE] == "repeated-across-batch"
        for line in CHROME:
            assert line not in learned.paragraphs
            assert line in rules


def test_learning_never_drops_a_line_the_reader_alone_keeps_in_the_article() -> None:
    bp = Boilerplate.learn(SITE)
    for page in SITE:
        alone = newsclip.parse(page.encode())
        learned = newsclip.parse(page.encode(), boilerplate=bp)
        own = set(alone.paragraphs) - set(CHROME)
        assert own <= set(learned.paragraphs)


def test_a_named_rule_keeps_its_name_on_a_repeated_line() -> None:
    bp = Boilerplate.learn(SITE)
    assert "Related stories" in bp
    record = newsclip.parse(SITE[4].encode(), boilerplate=bp)
    rules = {r.text: r.rule for r in record.removed}
    # the heading still ends the article, under its own rule
    assert rules["Related stories"] == "related-heading"
    assert "Tug fleet 4 renamed" not in record.paragraphs


# A wire story that three files of a mixed folder carry, each under its own site's menu:
# its headline and subheading come back across the batch, and stay the story's.
WIRE_TITLE = "Lighthouse keepers return to the northern cape"
WIRE_SUBHEAD = "A season of repairs"
WIRE = [
    ("The last lighthouse on the northern cape will have keepers again next spring, the "
     "maritime authority said on Tuesday, after automation failed twice in one winter."),
    ("Two keepers will live at the station for six months of the year, and the authority "
     "will review the arrangement once the new lamp has been tested in fog."),
    WIRE_SUBHEAD,
    ("Engineers will spend the summer replacing the lamp, which has guided ships past the "
     "cape since the station was built, and the stairs that lead to it."),
]


def _wire_page(site: int) -> str:
    menu = [f"Site {site} home", f"Site {site} news", f"Site {site} sport"]
    return "\n".join([*menu, "", WIRE_TITLE, "", *[p + "\n" for p in WIRE]]) + "\n"


def test_a_story_several_files_carry_keeps_its_headline_and_subheading() -> None:
    folder = [_wire_page(s) for s in range(3)] + SITE
    bp = Boilerplate.learn(folder)
    assert WIRE_TITLE in bp and WIRE_SUBHEAD in bp
    for page in folder[:3]:
        alone = newsclip.parse(page.encode())
        learned = newsclip.parse(page.encode(), boilerplate=bp)
        assert learned.title == alone.title == WIRE_TITLE
        assert learned.paragraphs == alone.paragraphs == tuple(WIRE)


def _page_with_links(i: int) -> str:
    body = _site_body(i)
    return "\n\n".join([
        f"Crews at pier {i} ask for {i + 3} more hands", *body, "On the Net:",
        (f"Minutes of the harbour board's meetings on the future of pier {i} and its crews, "
         f"with the union's letters: http://example.org/board/{i}"), *FOOTER,
    ]) + "\n"


def test_a_repeated_label_over_the_pages_own_lines_stays_with_them() -> None:
    folder = SITE + [_page_with_links(i) for i in range(3)]
    bp = Boilerplate.learn(folder)
    assert "On the Net:" in bp
    for page in folder[-3:]:
        alone = newsclip.parse(page.encode())
        learned = newsclip.parse(page.encode(), boilerplate=bp)
        assert "On the Net:" in alone.paragraphs
        assert learned.paragraphs == alone.paragraphs


def _page_with_photo_box(i: int) -> str:
    body = _site_body(i)
    return "\n\n".join([
        *SITE_MENU, f"Crews at pier {i} ask for {i + 3} more hands", body[0], body[1],
        # (the box's labels one under another: apart, each a paragraph, they could be
        # the article's headings)
        f"Skip past the photos\nPier {i} cranes\nTug number {i + 40}", body[2], body[3],
        *FOOTER,
    ]) + "\n"


def test_a_repeated_line_counts_in_a_box_inside_the_article() -> None:
    # three labels in a row inside the article are a box, one of them repeated or not
    folder = SITE + [_page_with_photo_box(i) for i in range(3)]
    bp = Boilerplate.learn(folder)
    assert "Skip past the photos" in bp and "Pier 0 cranes" not in bp
    for i, page in enumerate(folder[-3:]):
        alone = newsclip.parse(page.encode())
        learned = newsclip.parse(page.encode(), boilerplate=bp)
        assert alone.paragraphs == learned.paragraphs == tuple(_site_body(i))
        rules = {r.text: r.rule for r in learned.removed}
        assert rules["Skip past the photos"] == "repeated-across-batch"
        assert rules[f"Pier {i} cranes"] == rules[f"Tug number {i + 40}"] == "box-inside-article"
