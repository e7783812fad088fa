"""The fields a researcher expects beside the article: ``url``, ``description``,
``section``, ``tags`` and ``authors``, each from each of its sources, in HTML pages
and text dumps.  The pages and names are invented."""

from __future__ import annotations

import pytest

import newsclip
from newsclip._names import authors, name_case
from newsclip.html import about

PROSE = " ".join(["The ferry crossed the bay twice that morning, carrying cars and cyclists."] * 4)
BODY = "\n\n".join(
    ["The ferry crossed the bay twice that morning, carrying cars and cyclists to the island."] * 5
)


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", {obj}}}</script>'


def html_record(head: str, first: str = PROSE) -> newsclip.Record:
    page = (f"<html><head>{head}</head><body><article><p>{first}</p><p>{PROSE}</p>"
            "</article></body></html>")
    return newsclip.parse(page.encode(), path="page.html")


def text_record(text: str) -> newsclip.Record:
    return newsclip.parse(text.encode(), path="dump.txt")


# --- url -------------------------------------------------------------------------------

URL_CASES = [
    # (name, head, url)
    ("canonical", '<link rel="canonical" href="https://baysidenews.example/gulls">'
     '<meta property="og:url" content="https://baysidenews.example/og">',
     "https://baysidenews.example/gulls"),
    ("canonical-among-rel-words", '<link rel="Canonical alternate" href="http://b.example/x">',
     "http://b.example/x"),
    ("relative-canonical-then-og-url", '<link rel="canonical" href="/gulls">'
     '<meta property="og:url" content="https://baysidenews.example/og">',
     "https://baysidenews.example/og"),
    ("og-url", '<meta property="og:url" content="https://baysidenews.example/og?a=1&amp;b=2">',
     "https://baysidenews.example/og?a=1&b=2"),
    ("json-ld-url", ld('"url": "https://baysidenews.example/ld"'),
     "https://baysidenews.example/ld"),
    ("json-ld-main-entity-id", ld('"mainEntityOfPage": {"@id": "https://b.example/id"}'),
     "https://b.example/id"),
    ("json-ld-main-entity-string", ld('"mainEntityOfPage": "https://b.example/s"'),
     "https://b.example/s"),
    ("no-scheme-is-no-url", '<meta property="og:url" content="//baysidenews.example/x">', None),
    ("ftp-is-no-url", '<link rel="canonical" href="ftp://baysidenews.example/x">', None),
    ("none", "", None),
]


@pytest.mark.parametrize(("name", "head", "url"), URL_CASES, ids=[c[0] for c in URL_CASES])
def test_html_url(name: str, head: str, url: str | None) -> None:
    assert html_record(head).url == url


@pytest.mark.parametrize(
    ("head", "url"),
    [
        # a browser's print-out heads the dump with the address
        ("https://baysidenews.example/gulls\n\nGulls return to the pier\n\n",
         "https://baysidenews.example/gulls"),
        # a labelled address anywhere above the story, in the corpora's languages
        ("Bayside News\nURL: https://baysidenews.example/gulls\n\nGulls return to the pier\n\n",
         "https://baysidenews.example/gulls"),
        ("Bayside News\nQuelle: http://baysidenews.example/g\n\nGulls return to the pier\n\n",
         "http://baysidenews.example/g"),
        # an address alone further down the header is a link of the page's, not its own
        ("Bayside News\nhttps://baysidenews.example/login\n\nGulls return to the pier\n\n", None),
        # nor is an address in the story
        ("Gulls return to the pier\n\n", None),
    ],
)
def test_text_dump_url(head: str, url: str | None) -> None:
    body = BODY + "\n\nURL: https://baysidenews.example/elsewhere\n\n" + BODY
    assert text_record(head + body).url == url


# --- description -----------------------------------------------------------------------

DESCRIPTION_CASES = [
    ("og-description-first",
     '<meta name="description" content="For search engines.">'
     '<meta property="og:description" content="Gulls are back at the pier.">',
     "Gulls are back at the pier."),
    ("meta-description", '<meta name="description" content="Gulls are back.">',
     "Gulls are back."),
    ("twitter-description", '<meta name="twitter:description" content="Gulls, back.">',
     "Gulls, back."),
    ("json-ld-description", ld('"description": "Gulls \\u2014 back &amp; loud."'),
     "Gulls — back & loud."),
    # a CMS writes entities into the meta tag's text: decoded, twice written or not
    ("entities-decoded", '<meta property="og:description" content="&amp;#8216;Back&amp;#8217;">',
     "‘Back’"),
    ("none", "", None),
]


@pytest.mark.parametrize(("name", "head", "expected"), DESCRIPTION_CASES,
                         ids=[c[0] for c in DESCRIPTION_CASES])
def test_html_description(name: str, head: str, expected: str | None) -> None:
    assert html_record(head).description == expected


def test_a_description_that_repeats_the_first_paragraph_leaves_the_body_whole() -> None:
    first = "Gulls are back at the old pier, and the harbour master is counting them daily."
    record = html_record(f'<meta property="og:description" content="{first}">', first=first)
    assert record.description == first
    assert record.paragraphs[0] == first


def test_a_text_dump_has_no_description() -> None:
    assert text_record("Gulls return to the pier\n\n" + BODY).description is None


# --- section and tags --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("head", "section"),
    [
        ('<meta property="article:section" content="Harbour &amp; Coast">', "Harbour & Coast"),
        (ld('"articleSection": "Nature"') + '<meta property="article:section" content="News">',
         "Nature"),
        (ld('"articleSection": ["Nature", "Coast"]'), "Nature"),
        ('<meta name="parsely-section" content="Coast">', "Coast"),
        ("", None),
    ],
)
def test_html_section(head: str, section: str | None) -> None:
    assert html_record(head).section == section


@pytest.mark.parametrize(
    ("head", "tags"),
    [
        # one meta tag a tag, each kept once (the first spelling)
        ('<meta property="article:tag" content="gulls">'
         '<meta property="article:tag" content="Pier &amp; Quay">'
         '<meta property="article:tag" content="Gulls">', ["gulls", "Pier & Quay"]),
        (ld('"keywords": ["gulls", " pier ", ""]'), ["gulls", "pier"]),
        (ld('"keywords": "gulls, pier,harbour"'), ["gulls", "pier", "harbour"]),
        # JSON-LD's keywords before the meta tags
        (ld('"keywords": "gulls"') + '<meta property="article:tag" content="pier">', ["gulls"]),
        # a tag longer than a tag is a sentence
        (ld(f'"keywords": ["gulls", "{"word " * 30}"]'), ["gulls"]),
        ("", []),
    ],
)
def test_html_tags(head: str, tags: list[str]) -> None:
    assert list(html_record(head).tags) == tags


def test_tags_are_capped() -> None:
    many = ", ".join(f"tag{i}" for i in range(3 * about.MAX_TAGS))
    assert len(html_record(ld(f'"keywords": "{many}"')).tags) == about.MAX_TAGS


# --- authors -----------------------------------------------------------------------------

AUTHOR_SPLITS = [
    ("Ana Lima", ["Ana Lima"]),
    ("Ana Lima, Ben Ode und Sam Reed", ["Ana Lima", "Ben Ode", "Sam Reed"]),
    ("Ana Lima and Ben Ode", ["Ana Lima", "Ben Ode"]),
    ("Ana Lima et Ben Ode", ["Ana Lima", "Ben Ode"]),
    ("Ana Lima y Ben Ode", ["Ana Lima", "Ben Ode"]),
    ("Ana Lima e Ben Ode", ["Ana Lima", "Ben Ode"]),
    ("Piet de Vries en Jan Smit", ["Piet de Vries", "Jan Smit"]),
    ("Ana Lima & Ben Ode; Sam Reed", ["Ana Lima", "Ben Ode", "Sam Reed"]),
    ("Ana Lima, Ana Lima", ["Ana Lima"]),
    # pieces of one word: a compound surname, a firm, a surname first; then the commas
    # alone split, where each piece is of two words or more
    ("José Ortega y Gasset", ["José Ortega y Gasset"]),
    ("Marks and Spencer", ["Marks and Spencer"]),
    ("Lima, Ana", ["Lima, Ana"]),
    ("Ana Lima, Marks and Spencer", ["Ana Lima", "Marks and Spencer"]),
    # names in capitals get name case; an agency's capitals stay
    ("ANA DE LIMA AND BEN O'NEIL-MCCOY", ["Ana de Lima", "Ben O'Neil-McCoy"]),
    ("TOMAS McHALLORAN", ["Tomas McHalloran"]),
    ("J.R. OKAFOR", ["J.R. Okafor"]),
    ("AFP", ["AFP"]),
    ("Ana LIMA", ["Ana LIMA"]),
    ("", []),
]


@pytest.mark.parametrize(("byline", "names"), AUTHOR_SPLITS)
def test_authors_from_a_byline(byline: str, names: list[str]) -> None:
    assert authors(byline) == names


def test_author_table_has_no_duplicates() -> None:
    assert len({b for b, _ in AUTHOR_SPLITS}) == len(AUTHOR_SPLITS)


def test_name_case_leaves_mixed_case_alone() -> None:
    assert name_case("Ana de Lima") == "Ana de Lima"


@pytest.mark.parametrize(
    ("head", "byline", "names"),
    [
        # JSON-LD's author array, object by object, each cleaned as a byline
        (ld('"author": [{"@type": "Person", "name": "ANA LIMA"}, {"name": "Ben Ode, Staff Writer"}]'),
         "ANA LIMA, Ben Ode", ["Ana Lima", "Ben Ode"]),
        (ld('"author": {"@type": "Person", "name": "Ana Lima"}'), "Ana Lima", ["Ana Lima"]),
        # a meta author naming two, split as a byline is
        ('<meta name="author" content="Ana Lima und Ben Ode">', "Ana Lima und Ben Ode",
         ["Ana Lima", "Ben Ode"]),
        # the label before the names in the corpora's languages: a kind of piece and
        # "by", a Dutch "door", a label and a colon
        ('<meta name="author" content="Ein Kommentar von Katharina Moll">', "Katharina Moll",
         ["Katharina Moll"]),
        ('<meta name="author" content="An analysis by Ana Lima">', "Ana Lima", ["Ana Lima"]),
        ('<meta name="author" content="Door Jan de Vries en Anna Jansen">',
         "Jan de Vries en Anna Jansen", ["Jan de Vries", "Anna Jansen"]),
        ('<meta name="author" content="Texto: Ana Lima">', "Ana Lima", ["Ana Lima"]),
        ('<meta name="author" content="Autorin: Katharina Moll">', "Katharina Moll",
         ["Katharina Moll"]),
        # a particle is no label ("von" inside a name)
        ('<meta name="author" content="Katharina von Moll">', "Katharina von Moll",
         ["Katharina von Moll"]),
        ("", None, []),
    ],
)
def test_html_authors(head: str, byline: str | None, names: list[str]) -> None:
    record = html_record(head)
    assert (record.byline, list(record.authors)) == (byline, names)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Katharina Moll und Stefan Weller", ["Katharina Moll", "Stefan Weller"]),
        ("By ANA LIMA and BEN ODE", ["Ana Lima", "Ben Ode"]),
        ("Por Ana Lima y Bruno Costa", ["Ana Lima", "Bruno Costa"]),
    ],
)
def test_text_dump_authors(line: str, names: list[str]) -> None:
    record = text_record(f"Gulls return to the pier\n\n{line}\n\n{BODY}")
    assert record.byline is not None
    assert list(record.authors) == names


# --- every format carries them -------------------------------------------------------------

def test_explain_names_each_source() -> None:
    head = ('<link rel="canonical" href="https://b.example/x">'
            '<meta property="og:description" content="Back.">'
            '<meta property="article:section" content="Coast">'
            '<meta property="article:tag" content="gulls">')
    page = f"<html><head>{head}</head><body><article><p>{PROSE}</p></article></body></html>"
    rules = {p.rule for p in newsclip.explain(page.encode(), path="p.html")}
    assert {"url:canonical", "description:meta-og:description", "section:meta-article:section",
            "tags:meta-article:tag"} <= rules
