"""The text reader's headline on a page that is no story (``text/general/undated.py``): the
name a page of items prints over their count."""

from __future__ import annotations

import pytest

import newsclip
from newsclip.record import Source
from newsclip.text import general
from newsclip.text.general.tuning import HeadlineTuning, Tuning
from newsclip.text.model import assemble, split_lines

_MENU = ["Home", "Shop", "Sweets", "Gifts", "Toffees", "Fudge", "Contact Us"]
_PROMO = (
    "Every toffee is cooked by hand on the quay in small copper pans, cooled on marble, "
    "wrapped in wax paper and sent out the same week, as the harbour's sweet makers have "
    "done since the old fish market closed."
)


def _tuned(dump: str, tuning: Tuning) -> newsclip.Record:
    text_lines = split_lines(dump)
    return assemble(text_lines, general.read(text_lines, None, tuning), Source(None, "text", "utf-8"))


def _collection(count: str, between: list[str] | None = None) -> str:
    """A shop's page of items: its menu, its name, the count of its items (``between``
    them: a description, a button), the items with their prices, and a promo paragraph
    under them (the region the prose finds)."""
    items = []
    for name in ("Salted Caramel Tin", "Harbour Fudge Box", "Rum Toffee Bag", "Gift Hamper"):
        items += [f"{name} Deluxe", "$12.00", "Add to cart"]
    return "\n\n".join([
        *_MENU, "Sea Salt Toffees", *(between or []), count, "Sort By", "Featured",
        *items, _PROMO,
    ])


@pytest.mark.parametrize(
    ("count", "between"),
    [
        ("(24 products)", None),
        ("22 Items", ["View as Grid List"]),
        ("Showing 1–16 of 29 results", None),
        ("3953 items found", ["Our toffees are cooked on the quay."]),
    ],
)
def test_the_name_over_a_count_of_items_is_the_headline(count: str, between: list[str] | None) -> None:
    dump = _collection(count, between)
    assert newsclip.parse(dump.encode()).title == "Sea Salt Toffees"
    off = Tuning(headline=HeadlineTuning(count_gap_lines=0))
    assert _tuned(dump, off).title != "Sea Salt Toffees"


@pytest.mark.parametrize("count", ["0 Items", "2000 Results"])
def test_no_items_or_a_year_is_no_count(count: str) -> None:
    # ("0 Items": an empty cart's; "2000 Results": a menu's link to a season's results)
    dump = _collection(count)
    off = Tuning(headline=HeadlineTuning(count_gap_lines=0))
    assert newsclip.parse(dump.encode()).title == _tuned(dump, off).title


def test_a_story_under_its_own_byline_keeps_its_headline() -> None:
    # (a count over a story's region, under its byline and date: an aside's, not the page's)
    want = "Why we still cook toffees on the quay"
    dump = "\n\n".join([
        *_MENU, "Sea Salt Toffees", "22 Items", want, "By Ada Kerrigan", "March 3, 2024",
        *(f"Paragraph {i}: {_PROMO}" for i in range(3)),
    ])
    assert newsclip.parse(dump.encode()).title == want



_NAME = "Copper Pan Caramel Selection, 400 g"


def _product(rating: str, name: str = _NAME) -> str:
    """A product's page: its menu, its name over its rating, its price, buttons and
    features, and a promo paragraph under them (the region the prose finds)."""
    return "\n\n".join([
        *_MENU, name, rating, "$12.00", "Add to cart", "Key item features",
        "Cooked in small batches on the quay", "Wrapped by hand in wax paper",
        "Sent out the same week", "Pickup or delivery?", "Why our toffees last", _PROMO,
        _PROMO.replace("Every", "Each"),
    ])


@pytest.mark.parametrize(
    "rating",
    ["4.4 stars out of 1935 reviews", "4.7 out of 5 stars with 914 reviews", "1,344 Reviews"],
)
def test_the_name_over_a_products_rating_is_the_headline(rating: str) -> None:
    dump = _product(rating)
    assert newsclip.parse(dump.encode()).title == _NAME
    off = Tuning(headline=HeadlineTuning(rating_gap_lines=0))
    assert _tuned(dump, off).title != _NAME


@pytest.mark.parametrize("name", ["Price: Descending", "3.72 / 5", "Based on 46971 reviews"])
def test_a_label_a_score_or_a_rating_over_a_rating_is_no_name(name: str) -> None:
    dump = _product("1,344 Reviews", name)
    assert newsclip.parse(dump.encode()).title != name


_GUIDE = (
    "Copper pans spread the heat of the stove evenly, so a caramel cooked in one darkens "
    "at the same pace from the rim to the middle and never scorches in a corner, which is "
    "why the harbour's sweet makers still buy them second hand from the old fish market."
)


def _crumbed(heading: list[str], under: str = "The pans our sweet makers buy second hand") -> str:
    """A guide's page: its menu, its breadcrumb one step a line, the lines of
    ``heading`` (the page's heading, printed under the path's last step), ``under`` (a
    standfirst in headline's shape), and the guide's paragraphs (the region the prose
    finds)."""
    return "\n\n".join([
        *_MENU, "Home", "Guides", "Equipment", *heading, under,
        *(f"Paragraph {i}: {_GUIDE}" for i in range(3)),
    ])


@pytest.mark.parametrize(
    "heading",
    [
        ["Copper Pans", "Copper Pans"],  # the path's last step, then the page's heading
        ["Pans", "Pans"],  # one word
        ["GO COPPER! Pan Program", "GO COPPER! Pan Program"],  # a mark inside
    ],
)
def test_a_heading_printed_twice_under_a_breadcrumb_is_the_headline(heading: list[str]) -> None:
    dump = _crumbed(heading)
    assert newsclip.parse(dump.encode()).title == heading[0]
    off = Tuning(headline=HeadlineTuning(crumb_lines=0))
    assert _tuned(dump, off).title != heading[0]


@pytest.mark.parametrize(
    ("heading", "under"),
    [
        # the pair is a step: the heading under it holds its words and more
        (["Copper", "Copper"], "Copper Pans"),
        # every item of a menu printed twice
        (["Copper Pans", "Copper Pans"], "Registry\n\nRegistry"),
        # a button row's, over a prompt
        (["Topic outline", "Topic outline"], "Join or sign in"),
        # link marks: a pager's
        (["« Previous", "« Previous"], "Next »"),
        # a button between the copies
        (["Chapter", "Next", "Chapter"], "Advertisement"),
    ],
)
def test_no_pair_that_is_a_step_a_menu_or_a_button_is_the_headline(
    heading: list[str], under: str
) -> None:
    dump = _crumbed(heading, under)
    off = Tuning(headline=HeadlineTuning(crumb_lines=0))
    assert newsclip.parse(dump.encode()).title == _tuned(dump, off).title


def test_a_story_under_its_own_date_line_keeps_its_headline() -> None:
    want = "Why we still cook caramel in copper pans"
    dump = "\n\n".join([
        *_MENU, "Home", "Guides", "Copper Pans", "Copper Pans", want, "March 3, 2024",
        *(f"Paragraph {i}: {_GUIDE}" for i in range(3)),
    ])
    assert newsclip.parse(dump.encode()).title == want


def _pathed(path: str, heading: str = "Copper Pans", gap: list[str] | None = None) -> str:
    """A shop's page with no prose: its menu, its breadcrumb written on one line
    (``path``), the page's heading (``gap`` between), and its items and prices."""
    items = []
    for name in ("Copper Jam Pan", "Copper Sugar Pan", "Copper Sauce Pan"):
        items += [f"{name} 24 cm", "$89.00", "Add to cart"]
    return "\n\n".join([*_MENU, path, *(gap or []), heading, *items])


@pytest.mark.parametrize(
    ("path", "gap"),
    [
        ("Home / Collections / Copper Pans", None),
        ("Home > Kitchen > Copper Pans", ["Share"]),
        ("Home/Copper Pans", None),
        ("Home\u00a0/\u00a0Kitchen\u00a0/\u00a0copper pans", None),  # (the case aside)
    ],
)
def test_the_heading_under_a_one_line_breadcrumbs_last_step_names_a_page_of_no_prose(
    path: str, gap: list[str] | None
) -> None:
    dump = _pathed(path, gap=gap)
    assert newsclip.parse(dump.encode()).title == "Copper Pans"
    off = Tuning(headline=HeadlineTuning(crumb_path_lines=0))
    assert _tuned(dump, off).title is None


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("Page 1 / 1", "1"),  # a pager's count: a step with no letters
        ("copper/copper", "copper"),  # a repository's name, its steps the same
        ("Home / Kitchen / Copper Pans", "Copper"),  # not the last step
        # a story's date line under it: the heading is the story's section
        ("Home > Kitchen > Copper Pans", "Copper Pans\n\nPosted on Tue, Jan. 8, 2008"),
        # a menu under it: the menu's own heading
        ("Home > Kitchen > Copper Pans", "Copper Pans\n\nCHOOSE A PAN\n\nJam\n\nSugar"),
    ],
)
def test_no_pager_repository_section_or_menu_is_a_paths_heading(path: str, heading: str) -> None:
    assert newsclip.parse(_pathed(path, heading).encode()).title is None


def test_a_page_of_labels_only_starts_at_the_heading_under_its_breadcrumb() -> None:
    # (no line reads as prose: every line but chrome is kept, from the page's heading on)
    dump = "\n\n".join([
        *_MENU, "Home / Collections / Copper Pans", "Copper Pans", "Jam Pans (4)",
        "Sugar Pans (7)", "Sauce Pans (12)",
    ])
    record = newsclip.parse(dump.encode())
    assert record.title == "Copper Pans"
    assert record.paragraphs == ("Jam Pans (4)", "Sugar Pans (7)", "Sauce Pans (12)")



_TOFFEE_LEAD = (
    "I love a sweet with crunch and shine, and these toffee recipes deliver! The copper pan "
    "makes it easy to cook a batch on a weeknight, and every one of them keeps for a week."
)
_RECIPE_MENU = ["Home", "About", "Recipes", "Start Here", "Shop", "Contact"]


def _from_top(head: list[str], menu: list[str], tuning: Tuning, start: int = 0) -> str | None:
    """The headline found over a region that begins at the page's line ``start`` (its top
    line: a page of records listed from its menu on): its menu, ``head``, its first
    paragraph, its records."""
    from newsclip.text.general import headline, scoring

    dump = "\n\n".join([*menu, *head, _TOFFEE_LEAD, "Rum Toffee Squares", "Harbour Brittle"])
    infos = scoring.score_lines(split_lines(dump), None, tuning)
    k = headline.find(infos, start, tuning, len(infos) - 1)
    return None if k is None else infos[k].text


_NO_TOP = Tuning(headline=HeadlineTuning(top_region_score=float("inf")))


def test_a_region_from_the_pages_top_has_its_headline_over_its_first_paragraph() -> None:
    assert _from_top(["Toffee Recipes"], _RECIPE_MENU, Tuning()) == "Toffee Recipes"
    assert _from_top(["Toffee Recipes"], _RECIPE_MENU, _NO_TOP) is None


def test_a_region_under_nothing_that_reads_as_a_headline_has_it_over_its_paragraph() -> None:
    # (the region begins under the shop's notice at the page's top: a candidate, with no
    # headline's score)
    menu = ["Free shipping on all orders", *_RECIPE_MENU]
    assert _from_top(["Toffee Recipes"], menu, Tuning(), start=1) == "Toffee Recipes"
    assert _from_top(["Toffee Recipes"], menu, _NO_TOP, start=1) == menu[0]
    # (a paragraph further in than ``top_region_lines``: under a list, not the menus)
    near = Tuning(headline=HeadlineTuning(top_region_lines=6))
    assert _from_top(["Toffee Recipes"], menu, near, start=1) == menu[0]


@pytest.mark.parametrize(
    ("head", "menu"),
    [
        ([], _RECIPE_MENU),  # only the menu's items over it
        (["Our toffees are all cooked by hand on the quay."], _RECIPE_MENU),  # a blurb
        # the paragraph near the top (under fewer than ``header_gap_lines`` lines): a story
        # printed from the page's first lines, left as it was
        (["Toffee Recipes"], ["Home", "About"]),
    ],
)
def test_no_menus_item_blurb_or_storys_line_heads_a_region_from_the_top(
    head: list[str], menu: list[str]
) -> None:
    assert _from_top(head, menu, Tuning()) == _from_top(head, menu, _NO_TOP)
