"""The byline a page shows in its header without marking it (``html.header_byline``),
and a firm signing as the JSON-LD author; one small invented page per case."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import newsclip

PROSE = " ".join(["The ferry crossed the bay twice that morning, carrying cars and cyclists."] * 4)
LD = '<script type="application/ld+json">{}</script>'
HEADLINE = "Gulls return to the old pier"
DATED = '<meta property="article:published_time" content="2025-03-03T08:00:00Z">'
FIRM = LD.format(
    '{"@type": "Article", "headline": "Gulls return to the old pier",'
    ' "author": {"@type": "Organization", "name": "Harbour Clinic"}}'
)


def page(head: str, header: str, after: str = "") -> str:
    return (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body><article>"
        f"<h1>{HEADLINE}</h1>{header}<p>{PROSE}</p><p>{PROSE}</p>{after}</article></body></html>"
    )


CASES = [
    # (name, head, header (between the headline and the story), after the story, byline)
    ("by-line-under-the-headline", "", "<p>By Ben Ode</p>", "", "Ben Ode"),
    ("label-above-the-name", "", "<div>Written by</div><div>Ben Ode</div>", "", "Ben Ode"),
    # a thread's header names its first poster
    ("thread-starter-line", "", "<p>Started by ada_k, June 04, 2024, 11:23:55 AM</p>", "", "ada_k"),
    ("name-beside-the-date", "", "<p>Dec. 19, 2025 · Ben Ode</p>", "", "Ben Ode"),
    ("name-over-the-date", "", "<div>Ben Ode</div><div>March 3, 2024</div>", "", "Ben Ode"),
    ("date-then-name", "", "<div>March 3, 2024</div><div>Ben Ode</div>", "", "Ben Ode"),
    ("name-under-the-headline-of-a-dated-page", DATED, "<div>Ben Ode</div>", "", "Ben Ode"),
    # a product's or a service's page: two capitalised words under its name name a thing
    ("name-under-the-headline-of-an-undated-page", "", "<div>Harbour Blue</div>", "", None),
    ("name-far-from-the-headline", DATED, "", "<div>Ben Ode</div>", None),
    ("headline-with-a-date-is-no-byline", "", "", "", None),
    # a firm signs as the JSON-LD author: the person the page shows writes; else the firm
    ("firm-author-gives-way-to-the-header", FIRM, "<p>By Ben Ode</p>", "", "Ben Ode"),
    ("firm-author-gives-way-to-a-person-in-markup", FIRM,
     '<span class="author">Ben Ode</span>', "", "Ben Ode"),
    ("firm-author-over-a-marked-non-name", FIRM,
     '<span class="author">Harbour tips and news</span>', "", "Harbour Clinic"),
    ("firm-author-alone", FIRM, "", "", "Harbour Clinic"),
]


@pytest.mark.parametrize(("name", "head", "header", "after", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_header_byline(name: str, head: str, header: str, after: str, expected: str | None) -> None:
    assert newsclip.parse(page(head, header, after)).byline == expected


@pytest.mark.parametrize(("middle", "expected"), [
    ("Co-Founder &amp; Marketing Director", "Ben Ode"),  # the writer's role on its own line
    ("12 comments", None),  # no role: the name two lines over the date is not read
])
def test_name_over_role_over_date(middle: str, expected: str | None) -> None:
    # an author card between the headline and the story: name, role, date
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
        f"<div><div>Ben Ode</div><div>{middle}</div></div><div>Updated on 3 Mar 2024</div>"
        f"<main><article><p>{PROSE}</p><p>{PROSE}</p></article></main></body></html>"
    )
    assert newsclip.parse(html).byline == expected


def test_headline_with_a_month_and_year() -> None:
    # the headline's own row is not read as a name beside a date
    html = page("", "").replace(HEADLINE, "Harbour Showcase February 2024 Thread")
    assert newsclip.parse(html).byline is None


#: a page header that holds the headline, a standfirst and the byline, which the body
#: reader sets aside whole as the page's chrome
CHROME_HEADER = (
    '<html><head><title>{h}</title>{head}</head><body><div class="page-header">'
    "<h1>{h}</h1><p>How the birds came back</p>{lines}</div>"
    "<main><article><p>{p}</p><p>{p}</p></article></main></body></html>"
)


@pytest.mark.parametrize(("lines", "expected"), [
    ("<p>By Ben Ode</p><p>Published a day ago</p>", "Ben Ode"),
    ("<p>Written by</p><p>Ben Ode</p>", "Ben Ode"),
    ("<p>March 15, 2022 · 3 min read · By Ben Ode</p>", "Ben Ode"),
    # a template's empty author field before the date: a month is no name
    ("<p>Written By Feb 11, 2019 · 3 min read</p>", None),
    # a heading's words after a number are no byline ("ORDER BY clause")
    ("<p>4. The ORDER BY clause</p>", None),
    # past the story's first long line, the header has ended
    (f"<p>{PROSE}</p><p>By Ben Ode</p>", None),
])
def test_byline_in_a_header_set_aside_as_chrome(lines: str, expected: str | None) -> None:
    html = CHROME_HEADER.format(h=HEADLINE, head="", lines=lines, p=PROSE)
    assert newsclip.parse(html).byline == expected


def test_header_lines_give_way_to_the_markup() -> None:
    # a byline the markup names wins over the header's lines
    head = '<meta name="author" content="Ada Kerrigan">'
    html = CHROME_HEADER.format(h=HEADLINE, head=head, lines="<p>By Ben Ode</p>", p=PROSE)
    assert newsclip.parse(html).byline == "Ada Kerrigan"


def test_cases_are_unique() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)


def _linked(links: str, header: str = "") -> str:
    return (
        "<html><head><title>Harbour cranes fall silent</title></head><body><article>"
        f"<h1>Harbour cranes fall silent</h1>{header}<div>{links}</div>"
        f"<p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("links", "header", "expected"),
    [
        # a link to the writer's own page, in no marked byline: the last resort
        ('<span><a href="/authors/ana-lima">Ana Lima</a></span>', "", "Ana Lima"),
        ('<a href="https://example.org/author/ana-lima/">Ana Lima</a>', "", "Ana Lima"),
        # the link to the writers' index is no writer's page; a label is no name
        ('<a href="/authors/">Our Writers</a>', "", None),
        ('<a href="/author/ana-lima/">More by this writer</a>', "", None),
        # a byline the header shows comes first
        ('<a href="/author/ben-ruiz/">Ben Ruiz</a>', "<p>By Ana Lima</p>", "Ana Lima"),
    ],
)
def test_a_link_to_the_writers_page_is_the_last_byline(
    links: str, header: str, expected: str | None
) -> None:
    assert newsclip.parse(_linked(links, header)).byline == expected


META_AUTHOR = '<meta name="author" content="{}">'
LD_AUTHOR = LD.format(
    '{{"@type": "Article", "headline": "Gulls return to the old pier",'
    ' "author": {{"@type": "Person", "name": "{}"}}}}'
)


@pytest.mark.parametrize(("head", "header", "after", "expected"), [
    # the metadata names an account or an editor, the header shows the writer
    (META_AUTHOR.format("Cy Marsh"), "<p>By Ben Ode</p>", "", "Ben Ode"),
    (LD_AUTHOR.format("Cy Marsh"), "<p>By Ben Ode, staff writer</p>", "", "Ben Ode"),
    # ... or the site's own name
    (META_AUTHOR.format("Harbour Notes"), "<p>By Ben Ode</p>", "", "Ben Ode"),
    # one writer, named twice: the metadata's form stands
    (META_AUTHOR.format("Ben A. Ode"), "<p>By Ben Ode</p>", "", "Ben A. Ode"),
    # a handle made of the shown name is that writer's
    (META_AUTHOR.format("bodell_writes"), "<p>By Ben Odell</p>", "", "bodell_writes"),
    # a name alone is no "By …" line; nor is a byline after the story
    (META_AUTHOR.format("Cy Marsh"), "<div>Ben Ode</div>", "", "Cy Marsh"),
    (META_AUTHOR.format("Cy Marsh"), "", "<p>By Ben Ode</p>", "Cy Marsh"),
    # the page's one element marked as a byline, set aside with the page's header
    (META_AUTHOR.format("Cy Marsh"), "", "", "Cy Marsh"),
], ids=["meta-account", "json-ld-editor", "site-name", "same-writer", "handle",
        "name-alone", "after-the-story", "none-shown"])
def test_shown_byline_over_markup(head: str, header: str, after: str, expected: str) -> None:
    assert newsclip.parse(page(head, header, after)).byline == expected


def test_one_marked_byline_over_markup() -> None:
    # a page that shows no headline: its one element marked as a byline, over the meta
    # author; not when several are marked (a list's writers)
    html = (
        "<html><head><title>{h}</title>{m}</head><body><main><article>"
        '<div class="byline">By Ben Ode, columnist</div>'
        "<p>{p}</p><p>{p}</p></article>{more}</main></body></html>"
    )
    one = html.format(h=HEADLINE, m=META_AUTHOR.format("Cy Marsh"), p=PROSE, more="")
    more = '<div class="byline">By Al Hart</div>'
    two = html.format(h=HEADLINE, m=META_AUTHOR.format("Cy Marsh"), p=PROSE, more=more)
    assert newsclip.parse(one).byline == "Ben Ode"
    assert newsclip.parse(two).byline == "Cy Marsh"


def test_same_writer_reads_a_handle_in_the_bylines_order() -> None:
    # "Ben Hon" read as the handle "benhon", which holds "Enho": the same answer under
    # every hash seed (the names' set order varies with it; their written order does not)
    code = (
        "from newsclip.html.header_byline import same_writer;"
        "print(same_writer('Ben Hon', 'Enho Lima'), same_writer('Ben Hon', 'Cy Marsh'))"
    )
    for seed in "0123":
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, check=True).stdout.split()
        assert out == ["True", "False"]
