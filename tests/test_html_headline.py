"""The body reader's headline guess (``headline.choose_headline``): which blocks
before the story may be its headline, one small invented page per rule.

Each row names the rule it checks; the pages are made up (no corpus text).
"""

from __future__ import annotations

import pytest

import newsclip
from newsclip.html import headline
from newsclip.html.metadata import Meta

PROSE = " ".join(["The ferry crossed the bay twice that morning, carrying cars and cyclists."] * 4)
HEADLINE = "Volunteers rebuild the old pier"


def page(title: str, before: str) -> str:
    """A page with ``title`` as its <title> (none when empty) and ``before``
    as the blocks above the story's container (the headline, and a block
    nearer the story that is not its headline)."""
    head = f"<title>{title}</title>" if title else ""
    return (
        f"<html><head>{head}</head><body><div class='top'>{before}</div><div class='story'>"
        f"<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
    )


HEADLINE_CASES = [
    # (name, <title>, blocks before the story, expected title)
    (
        "shouted-box-label-is-no-headline",
        "",
        f"<p><b>{HEADLINE}</b></p><h1>HOT DEALS</h1>",
        HEADLINE,
    ),
    (
        "section-label-is-no-headline",
        f"{HEADLINE} - Breaking News - Valley Courier",
        "<h1>Breaking News</h1>",
        HEADLINE,
    ),
    (
        "date-line-is-no-headline",
        "",
        f"<h3>{HEADLINE}</h3><h1>Tuesday March 4/</h1>",
        HEADLINE,
    ),
    (
        "contributed-by-line-is-no-headline",
        "",
        f"<h3>{HEADLINE}</h3><h2>Contributed by Ana Lima</h2>",
        HEADLINE,
    ),
    (
        "author-and-role-line-is-no-headline",
        "",
        f"<h3>{HEADLINE}</h3><h2>Ana Lima - Valley Courier Staff Writer</h2>",
        HEADLINE,
    ),
    (
        "picture-credit-is-no-headline",
        "",
        f"<h3>{HEADLINE}</h3><h2>Ana Lima © Coast Pictures</h2>",
        HEADLINE,
    ),
    (
        "logo-with-the-site-address-is-no-headline",
        f"Courier.com / Home / {HEADLINE}",
        "<h1>Valley Courier Courier.com</h1>",
        HEADLINE,
    ),
    (
        "skip-link-is-no-headline",
        "",
        f"<h3>{HEADLINE}</h3><h2>Skip to main content, access key s</h2>",
        HEADLINE,
    ),
    (
        "headline-in-capitals-of-more-words-stays",
        "",
        "<h1>VOLUNTEERS REBUILD THE OLD PIER</h1>",
        "VOLUNTEERS REBUILD THE OLD PIER",
    ),
    (
        "headline-naming-an-editor-stays",
        "",
        "<h1>Courier editor rebuilds the old pier</h1>",
        "Courier editor rebuilds the old pier",
    ),
]


def test_headline_cases_are_unique() -> None:
    names = [c[0] for c in HEADLINE_CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("name", "title", "before", "expected"), HEADLINE_CASES, ids=[c[0] for c in HEADLINE_CASES]
)
def test_headline(name: str, title: str, before: str, expected: str) -> None:
    assert newsclip.parse(page(title, before)).title == expected


def _candidate(text: str, tag: str = "h2") -> headline.Candidate:
    from lxml import etree

    return headline.Candidate(text, 0, 0, etree.Element(tag), 0, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEADLINE, True),
        ("Smith, Jones and Brown rebuild the pier", True),
        ("Editor's pick: the pier reopens", True),
        ("HOT DEALS", False),
        ("Local News", False),
        ("Sunday January 20/", False),
        ("29 December 2007 (16:00)", False),
        ("Posted by Ana Lima", False),
        ("Ana Lima, contributing editor", False),
        ("Jump to navigation", False),
        ("Valley Courier", False),  # the site's name
    ],
)
def test_headline_like(text: str, expected: bool) -> None:
    meta = Meta(sites={"valleycourier"})
    assert headline.could_be_headline(_candidate(text), meta) is expected


def test_block_called_headline_after_stray_lines_in_the_story() -> None:
    # no <title>: the story's container opens with a line of tools, then the
    # block the page calls its headline
    html = (
        "<html><body><div class='story'><p>Comment | Read comments (none yet)</p>"
        f"<p class='headline'>{HEADLINE}</p><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
    )
    record = newsclip.parse(html)
    assert record.title == HEADLINE
    assert HEADLINE not in record.paragraphs


@pytest.mark.parametrize("names", ["class='storyHeader'", "class='headerText'", "id='articleHeader'"])
def test_story_header_keeps_its_headline(names: str) -> None:
    # a box named "header" above the story holds its headline, not the page's masthead
    html = (
        f"<html><body><div {names}><h2>{HEADLINE}</h2></div>"
        f"<div class='story'><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
    )
    assert newsclip.parse(html).title == HEADLINE


def test_masthead_is_still_page_chrome() -> None:
    html = (
        "<html><body><div class='masthead'><p>Valley Courier, your town's paper</p></div>"
        f"<div class='story'><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
    )
    record = newsclip.parse(html)
    assert [r.rule for r in record.removed if "your town" in r.text] == ["page-header"]
