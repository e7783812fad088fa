"""The HTML reader: golden pages, metadata trust order, chrome rules, explain.

The golden pages are ``fixtures/html/<case>.html`` beside ``<case>.json`` and
``<case>.md``; ``test_golden.py`` runs them with every other fixture (regenerate
with ``python tests/regen_goldens.py``).  The tests here say what the golden
pages must show, beyond "same as last time".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FIXTURES

import newsclip
from newsclip.cli import cli
from newsclip.decode import sniff_format
from newsclip.html import rules

HTML_FIXTURES = FIXTURES / "html"
CASES = sorted(HTML_FIXTURES.glob("*.html"))


def test_enough_cases() -> None:
    assert len(CASES) >= 7
    assert all(_golden(case.stem)["source"]["format"] == "html" for case in CASES)


# --- what the golden pages must show, beyond "same as last time" -------------


def _golden(name: str) -> dict:
    return json.loads((HTML_FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def test_json_ld_is_trusted_over_open_graph() -> None:
    record = _golden("jsonld_graph")
    # og:title and article:published_time say otherwise; JSON-LD (in @graph) wins
    assert record["title"] == "Harbour cranes fall silent as dockers strike for a second week"
    assert record["published"] == "2024-05-02T18:30:00+01:00"
    assert record["byline"] == "Ada Kerrigan, Tom Vell"
    assert record["outlet"] == "The Harbour Gazette"


def test_chrome_is_dropped_by_named_rules() -> None:
    record = _golden("jsonld_graph")
    rules_used = {r["rule"] for r in record["removed"]}
    assert {
        "page-header",
        "cookie-notice",
        "share-widget",
        "aside",
        "comments",
        "footer",
    } <= rules_used
    text = record["text"]
    for chrome in ("Share on Facebook", "Copyright", "cookies", "Ferry timetable", "Good luck"):
        assert chrome not in text
    # headings, list items and block quotes inside the article are paragraphs
    assert "Talks resume on Thursday" in record["paragraphs"]
    assert any(p.startswith("Night shifts would be capped") for p in record["paragraphs"])
    assert any(p.startswith("We are not asking for the moon") for p in record["paragraphs"])
    assert record["captions"] == [
        "Idle cranes at the container terminal on Monday. Photo: Ada Kerrigan"
    ]
    # the headline and the byline are not body text
    assert not any(
        p.startswith("Harbour cranes") or p.startswith("By Ada") for p in record["paragraphs"]
    )


def test_open_graph_title_and_meta_author() -> None:
    record = _golden("og_meta")
    assert record["title"] == "Lighthouse keeper's logbooks go on display"
    assert record["published"] == "2023-11-19T09:15:00+00:00"
    assert record["byline"] == "Mirela Ostrova"  # "By" stripped
    assert "Advertisement" not in record["paragraphs"]
    assert len(record["paragraphs"]) == 4


def test_title_tag_site_name_is_stripped_on_old_table_pages() -> None:
    record = _golden("table_layout")
    assert record["title"] == "River ferry to run again after repairs"
    assert record["published"] == "2008-01-15"
    assert record["paragraphs"][0].startswith("The chain ferry across the river")
    assert not any("Print this story" in p or p == "Classifieds" for p in record["paragraphs"])


def test_time_element_and_rel_author() -> None:
    record = _golden("time_byline")
    assert record["published"] == "2022-09-30T07:45:00+02:00"
    assert record["byline"] == "Lena Haraldsen"
    assert record["header"] == ["By Lena Haraldsen · 30 September 2022"]
    assert len(record["paragraphs"]) == 3


def test_tweet_goes_to_embeds() -> None:
    record = _golden("tweet_embed")
    assert len(record["paragraphs"]) == 3
    (embed,) = record["embeds"]
    assert embed["kind"] == "tweet"
    assert embed["author"] == "Valley Roads Service"
    assert embed["handle"] == "valleyroads"
    assert embed["date"] == "2014-03-14"
    assert embed["position"] == 2
    assert "https://t.co/abc123" in embed["links"]
    assert not any("Kessel pass closed in both" in p for p in record["paragraphs"])


@pytest.mark.parametrize(
    ("name", "encoding"), [("legacy_cp1252", "cp1252"), ("lying_charset", "utf-8")]
)
def test_charsets(name: str, encoding: str) -> None:
    data = (HTML_FIXTURES / f"{name}.html").read_bytes()
    record = newsclip.parse(data)
    assert record.source.encoding == encoding
    assert record.title == "Café owner François Muñoz retires after thirty years"
    assert "“the best years of my life”" in record.paragraphs[0]


def test_fixture_bytes_hold_their_encodings() -> None:
    legacy = (HTML_FIXTURES / "legacy_cp1252.html").read_bytes()
    lying = (HTML_FIXTURES / "lying_charset.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        legacy.decode("utf-8")
    assert b"ISO-8859-1" in lying and "Muñoz".encode() in lying


# --- metadata: order of trust, one case per row ------------------------------


def _page(head: str, body: str = "") -> str:
    prose = " ".join(
        ["The ferry crossed the bay twice that morning, carrying cars and cyclists."] * 4
    )
    article = f"<article><p>{prose}</p><p>{prose}</p></article>"
    return f"<html><head>{head}</head><body>{body}{article}</body></html>"


LD = '<script type="application/ld+json">{}</script>'
OG_ARTICLE = '<meta property="og:type" content="article">'
META_CASES = [
    # (name, head, body, field, expected)
    (
        "ld-headline",
        LD.replace("{}", '{"@type":"NewsArticle","headline":"From LD"}')
        + '<meta property="og:title" content="From OG">',
        "",
        "title",
        "From LD",
    ),
    (
        "ld-type-list",
        LD.replace("{}", '{"@type":["Thing","Article"],"headline":"Typed twice"}'),
        "",
        "title",
        "Typed twice",
    ),
    (
        "ld-in-list",
        LD.replace(
            "{}",
            '[{"@type":"Organization","name":"Org"},{"@type":"BlogPosting","headline":"Listed"}]',
        ),
        "",
        "title",
        "Listed",
    ),
    (
        "ld-cdata",
        LD.replace("{}", '<![CDATA[{"@type":"NewsArticle","headline":"Wrapped"}]]>'),
        "",
        "title",
        "Wrapped",
    ),
    (
        "ld-broken-falls-back",
        LD.replace("{}", '{"@type": "NewsArticle", "headline": ')
        + '<meta property="og:title" content="OG after broken LD">',
        "",
        "title",
        "OG after broken LD",
    ),
    (
        "og-title",
        '<meta property="og:title" content="From OG"><title>From title | Site</title>',
        "",
        "title",
        "From OG",
    ),
    (
        "dc-before-og",
        '<meta name="DC.title" content="From DC"><meta property="og:title" content="From OG">',
        "",
        "title",
        "From DC",
    ),
    (
        "property-over-name",
        '<meta name="dc:title" content="By name"><meta property="dc:title" content="By property">',
        "",
        "title",
        "By property",
    ),
    (
        "ld-name-vs-headline",
        LD.replace(
            "{}",
            '{"@type":"NewsArticle","name":"Daily Tide",'
            '"headline":"Gulls return to the old pier today"}',
        )
        + "<title>Gulls return to the old pier - Daily Tide</title>",
        "",
        "title",
        "Gulls return to the old pier today",
    ),
    (
        "title-site-stripped",
        "<title>Gulls return to the old pier | Bayside News</title>",
        "",
        "title",
        "Gulls return to the old pier",
    ),
    (
        "title-site-first",
        "<title>Bayside News - Gulls return to the old pier</title>",
        "",
        "title",
        "Gulls return to the old pier",
    ),
    (
        "title-names-only-the-site",
        "<title>Valley Courier | Local news and sport for the valley</title>",
        "<div>Gulls return to the old pier</div>",
        "title",
        "Gulls return to the old pier",
    ),
    (
        "title-confirmed-by-h1",
        "<title>Bayside: Gulls return to the old pier</title>",
        "<h1>Gulls return to the old pier</h1>",
        "title",
        "Gulls return to the old pier",
    ),
    (
        "ld-date",
        LD.replace("{}", '{"@type":"NewsArticle","datePublished":"2020-02-03"}')
        + '<meta property="article:published_time" content="2021-01-01">',
        "",
        "published",
        "2020-02-03",
    ),
    (
        "meta-date",
        '<meta property="article:published_time" content="2021-01-01T10:00:00Z">',
        "",
        "published",
        "2021-01-01T10:00:00+00:00",
    ),
    ("time-datetime", "", '<time datetime="2019-07-08">8 July</time>', "published", "2019-07-08"),
    (
        "itemprop-date",
        "",
        '<span itemprop="datePublished" content="2018-05-06">May 6</span>',
        "published",
        "2018-05-06",
    ),
    ("no-date", "", "", "published", None),
    # a citation's date, year first with the month's name (the scholarly indexes' form)
    (
        "citation-date-year-first",
        '<meta name="citation_publication_date" content="2024 Jun 30">',
        "",
        "published",
        "2024-06-30",
    ),
    (
        "date-unknown-zone",
        "",
        '<span class="date">Monday, January 14, 2008 10:00 WST</span>',
        "published",
        "2008-01-14",  # a date only markup shows: the search finds it, and gives the day
    ),
    (
        "ld-author",
        LD.replace("{}", '{"@type":"NewsArticle","author":{"@type":"Person","name":"Ana Lima"}}'),
        "",
        "byline",
        "Ana Lima",
    ),
    (
        "author-url-ignored",
        '<meta property="article:author" content="https://example.org/ana">',
        "",
        "byline",
        None,
    ),
    ("rel-author", "", '<a rel="author" href="/x">Ben Ode</a>', "byline", "Ben Ode"),
    # a byline field that names only the site: the byline when no writer is named anywhere
    (
        "site-author-when-no-writer",
        '<meta name="author" content="Bayside News Team">'
        '<meta property="og:site_name" content="Bayside News">',
        "",
        "byline",
        "Bayside News Team",
    ),
    (
        "site-author-after-a-writer",
        '<meta name="author" content="Bayside News Team">'
        '<meta property="og:site_name" content="Bayside News">',
        '<div class="byline">By Cara Voss</div>',
        "byline",
        "Cara Voss",
    ),
    # a template's label or key where the name goes is no byline: the next source is read
    (
        "byline-label-is-no-name",
        '<meta name="author" content="The Author">',
        '<div class="byline">By Cara Voss</div>',
        "byline",
        "Cara Voss",
    ),
    (
        "byline-template-key-is-no-name",
        '<meta name="author" content="page.head.extra.author">',
        "",
        "byline",
        None,
    ),
    (
        "byline-handle-with-dots",
        '<meta name="author" content="ana.b.lima">',
        "",
        "byline",
        "ana.b.lima",
    ),
    # a forum thread without a byline: its first poster's name
    (
        "forum-poster",
        "",
        '<div class="post"><a class="username" href="/u/9">reef_keeper</a></div>'
        '<div class="post"><a class="username" href="/u/4">tidewatcher</a></div>',
        "byline",
        "reef_keeper",
    ),
    # a thread's opening post that states its writer as microdata only (a meta name)
    (
        "microdata-author-name",
        "",
        '<div itemscope itemtype="https://schema.org/DiscussionForumPosting">'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<meta itemprop="name" content="reef_keeper"></span></div>',
        "byline",
        "reef_keeper",
    ),
    # JSON-LD whose strings hold raw line breaks (a post's text) is still read
    (
        "ld-raw-line-break",
        LD.replace("{}", '{"@type":"DiscussionForumPosting","text":"Hi all.\nAny tips?",'
                   '"author":{"@type":"Person","name":"tidewatcher"}}'),
        "",
        "byline",
        "tidewatcher",
    ),
    (
        "byline-before-poster",
        "",
        '<div class="byline">By Cara Voss</div><a class="username" href="/u/9">reef_keeper</a>',
        "byline",
        "Cara Voss",
    ),
    ("byline-class", "", '<div class="byline">By Cara Voss</div>', "byline", "Cara Voss"),
    # a byline element called so in another language (de, es, pt: "autor"; fr: "auteur")
    ("byline-class-autor", "", '<div class="article-autor">Von Cara Voss</div>', "byline",
     "Cara Voss"),
    (
        "ld-publisher",
        LD.replace("{}", '{"@type":"NewsArticle","publisher":{"name":"Daily Tide"}}'),
        "",
        "outlet",
        "Daily Tide",
    ),
    (
        "meta-title-that-is-the-site-name",
        '<meta property="og:title" content="Bayside News">'
        '<meta property="og:site_name" content="Bayside News">'
        "<title>Gulls return to the old pier - Bayside News</title>",
        "<h1>Gulls return to the old pier</h1>",
        "title",
        "Gulls return to the old pier",
    ),
    (
        "og-site-name",
        '<meta property="og:site_name" content="Bayside News">',
        "",
        "outlet",
        "Bayside News",
    ),
    # --- dates: where each came from, modified kept apart, entities in JSON-LD --------
    (
        "ld-entities-decoded",
        LD.replace("{}", '{"@type":"NewsArticle","headline":"&#8216;Gulls&#8217; return &amp; stay"}'),
        "",
        "title",
        "‘Gulls’ return & stay",
    ),
    (
        "ld-source",
        LD.replace("{}", '{"@type":"NewsArticle","datePublished":"2024-03-21T17:12:00+01:00"}'),
        "",
        "published_source",
        "json-ld",
    ),
    (
        "ld-modified-apart",
        LD.replace("{}", '{"@type":"NewsArticle","datePublished":"2024-03-21T17:12:00+01:00",'
                   '"dateModified":"2024-03-22T08:00:00Z"}'),
        "",
        "modified",
        "2024-03-22T08:00:00+00:00",
    ),
    (
        "meta-modified",
        '<meta property="article:published_time" content="2024-03-21">'
        '<meta property="article:modified_time" content="2024-03-23T10:00:00-04:00">',
        "",
        "modified",
        "2024-03-23T10:00:00-04:00",
    ),
    ("meta-source", '<meta property="article:published_time" content="2024-03-21">', "",
     "published_source", "meta"),
    ("time-source", "", '<time datetime="2019-07-08">8 July</time>', "published_source", "time"),
    # --- the <time> under an article's headline, against the head's date ------------
    # the date the page shows its reader beats a head's date more than a day away
    (
        "header-time-beats-meta",
        OG_ARTICLE + '<meta property="article:published_time" content="2013-03-11T11:11:07-07:00">',
        '<h1>Gulls return</h1><p class="byline"><time datetime="2023-03-20T00:00:00-07:00">'
        "March 20, 2023</time></p>",
        "published",
        "2023-03-20T00:00:00-07:00",
    ),
    (
        "header-time-source",
        OG_ARTICLE + '<meta property="article:published_time" content="2013-03-11">',
        '<h1>Gulls return</h1><div><span>By Ana Lima</span> <time datetime="2023-03-20">'
        "March 20, 2023</time></div>",
        "published_source",
        "time",
    ),
    # a day apart is one moment in two zones: the head's date stands
    (
        "header-time-a-day-apart",
        OG_ARTICLE + '<meta property="article:published_time" content="2025-07-05T00:04:00+00:00">',
        '<h1>Gulls return</h1><p><time datetime="2025-07-04T20:04:00-04:00">July 4, 2025</time></p>',
        "published",
        "2025-07-05T00:04:00+00:00",
    ),
    # an update's <time>, by its class or its label, is no publication date
    (
        "header-time-updated-class",
        OG_ARTICLE + '<meta property="article:published_time" content="2013-03-11">',
        '<h1>Gulls return</h1><p><time class="entry-date updated" datetime="2023-03-20">'
        "March 20, 2023</time></p>",
        "published",
        "2013-03-11",
    ),
    (
        "header-time-updated-label",
        OG_ARTICLE + '<meta property="article:published_time" content="2013-03-11">',
        '<h1>Gulls return</h1><p>Aktualisiert am <time datetime="2023-03-20">20.03.2023</time></p>',
        "published",
        "2013-03-11",
    ),
    # another story's <time> (a related story's card) is not the article's
    (
        "header-time-in-a-card",
        OG_ARTICLE + '<meta property="article:published_time" content="2013-03-11">',
        '<h1>Gulls return</h1><ul><li><a href="/x">Terns too</a> <time datetime="2023-03-20">'
        "March 20, 2023</time></li></ul>",
        "published",
        "2013-03-11",
    ),
    # a page that declares no article keeps its head's date
    (
        "header-time-not-an-article",
        '<meta property="article:published_time" content="2013-03-11">',
        '<h1>Gulls return</h1><p><time datetime="2023-03-20">March 20, 2023</time></p>',
        "published",
        "2013-03-11",
    ),
    (
        "url-date",
        '<link rel="canonical" href="https://example.org/news/2020/02/24/gulls-return">',
        "",
        "published",
        "2020-02-24",
    ),
    (
        "url-source",
        '<link rel="canonical" href="https://example.org/news/2020/02/24/gulls-return">',
        "",
        "published_source",
        "url",
    ),
    (
        "page-source",
        "",
        '<span class="date">Monday, January 14, 2008 10:00 WST</span>',
        "published_source",
        "page",
    ),
    # a forum thread's header line gives the thread's date; a later <time> is a reply's
    (
        "thread-started-beats-time",
        "",
        '<p>Started by Ana Lima, June 04, 2024, 11:23:55 AM</p>'
        '<time datetime="2026-03-05T12:16:19Z">5 March</time>',
        "published",
        "2024-06-04T11:23:55",
    ),
    # … but never a date the metadata states
    (
        "thread-started-not-over-meta",
        '<meta property="article:published_time" content="2024-03-21">',
        '<p>Started by Ana Lima, June 04, 2024, 11:23:55 AM</p>',
        "published",
        "2024-03-21",
    ),
    # an older forum writes the first post's date beside its "#1", in no markup; an older
    # date further down the page (a member's join date) is not the page's
    (
        "first-post-marker",
        "",
        '<table><tr><td>30th March 2025, 16:26</td><td>#<a href="#p1">1</a></td></tr>'
        '<tr><td>Join Date: Aug 3, 2011</td></tr></table>',
        "published",
        "2025-03-30T16:26:00",
    ),
    # a numbered list's "#1" with no date in its row is no post's marker
    ("list-number-no-post", "", '<h2>#1</h2><p>Posted May 7, 2024</p>', "published",
     "2024-05-07"),
    # a year alone ("opened in 1995") is no day: the search never pads one to 1 January
    ("year-alone-is-no-date", "", "<p>The café opened in 1995 and never closed.</p>",
     "published", None),
    ("first-of-month-stated", "", '<p class="date">Posted May 1, 2024</p>', "published",
     "2024-05-01"),
    # a JSON-LD date not in ISO 8601 (a template's "today"): the date the page shows wins
    (
        "ld-date-not-iso",
        LD.replace("{}", '{"@type":"NewsArticle","datePublished":"Jun 24, 2025"}'),
        '<p class="date">Published: August 25, 2024</p>',
        "published",
        "2024-08-25",
    ),
    # … and is kept when the page shows no other date
    (
        "ld-date-not-iso-alone",
        LD.replace("{}", '{"@type":"NewsArticle","datePublished":"Jun 24, 2025"}'),
        "",
        "published",
        "2025-06-24",
    ),
    # … and keeps its time when the page shows the same day
    (
        "ld-date-not-iso-same-day",
        LD.replace("{}", '{"@type":"NewsArticle","datePublished":"Jun 24, 2025 3:00 PM"}'),
        '<p class="date">Published: June 24, 2025</p>',
        "published",
        "2025-06-24T15:00:00",
    ),
    (
        "ld-date-iso-kept",
        LD.replace("{}", '{"@type":"NewsArticle","datePublished":"2025-06-24"}'),
        '<p class="date">Published: August 25, 2024</p>',
        "published",
        "2025-06-24",
    ),
    ("ld-language", LD.replace("{}", '{"@type":"NewsArticle","inLanguage":"de-DE"}'), "",
     "language", "de"),
    ("og-locale", '<meta property="og:locale" content="pt_BR">', "", "language", "pt"),
]


def test_meta_cases_are_unique() -> None:
    names = [c[0] for c in META_CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("name", "head", "body", "field", "expected"), META_CASES, ids=[c[0] for c in META_CASES]
)
def test_metadata(name: str, head: str, body: str, field: str, expected: str | None) -> None:
    record = newsclip.parse(_page(head, body)).to_dict()
    assert record[field] == expected


# --- chrome rules by class/id words ------------------------------------------

CLASS_CASES = [
    ("share-buttons", "share-widget"),
    ("socialShare", "share-widget"),
    ("comment-list", "comments"),
    ("related-stories", "related-links"),
    ("ad-slot", "advert"),
    ("breadcrumbs", "navigation"),
    ("site-footer", "footer"),
    # a shop's copy for search engines, named with the footer it sits over
    ("block-seofootertext", None),
    ("seofooter-block", None),
    ("museo-footer", "footer"),
    ("newsletter-signup", "newsletter"),
    ("cookie-consent", "cookie-notice"),
    ("sidebar", "sidebar"),
    ("article-body", None),
    ("headline", None),
    ("thread", None),
    ("shadow", None),
    ("leading", None),
    ("main has-sidebar", "sidebar"),
]


@pytest.mark.parametrize(("value", "rule"), CLASS_CASES, ids=[c[0] for c in CLASS_CASES])
def test_class_rules(value: str, rule: str | None) -> None:
    assert rules.class_rule(value)[0] == rule


def test_content_word_guard() -> None:
    # "main has-sidebar" names content too: a large element carrying it is kept
    prose = "The pier was rebuilt after the storm, plank by plank, by volunteers. " * 20
    page = f'<html><body><div class="main has-sidebar"><p>{prose}</p></div></body></html>'
    record = newsclip.parse(page)
    assert record.paragraphs == (prose.strip(),)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Advertisement", "advert-label"),
        ("Share this article", "share-prompt"),
        ("Read more", "read-more"),
        ("Continue reading below", "continue-reading"),
        ("Advertising standards were raised by the council last year.", None),
        ("Share prices fell on Monday.", None),
        ("Like this:", "share-prompt"),
        ("Read Later", "share-prompt"),
        ("Read later that night, the letter said otherwise.", None),
        ("Oct 18, 2019 · 8 min read", "reading-time"),
        ("Reading time: 4 minutes", "reading-time"),
        ("She read it in 5 minutes flat.", None),
        ("The Associated Press", "agency-credit"),
        ("(AP)", "agency-credit"),
        ("- Reuters", "agency-credit"),
        ("AFP, AP", "agency-credit"),
        ("Brought to you by AAP", "agency-credit"),
        ("Staff and agencies", "agency-credit"),
        ("Source: The Associated Press", "agency-credit"),
        ("Associated Press Writer", "staff-credit"),
        ("Sports Reporter", "staff-credit"),
        ("The Valley Courier Staff", "staff-credit"),
        ("The staff walked out at noon.", None),
        ("Ada Kerrigan can be reached at ada@towpath.example", "contact-note"),
        ("— Contact columnist Tom Reed at tom@towpath.example.", "contact-note"),
        ("The keeper can be reached only by boat in winter.", None),
        ("The pier can be reached by boat from the harbour.", None),
        ("Special Correspondent", "staff-credit"),
        ("Reuters reported the figures on Monday.", None),
        ("The reporter left the court in silence.", None),
        ("» Next in Sport: United sign a new keeper", "next-teaser"),
        ("Next in line for the throne is her son.", None),
        ("Home | World | Business | Sport | Weather", "menu-line"),
        ("delicious | digg | reddit", "menu-line"),
        ("News: Front Page | National | Letters |", "menu-line"),
        ("Towpath News | 4 May", None),
        ("Previous story: Keepers vote to strike", "next-teaser"),
        ("Tags: Canals, Wildlife, Local", "tag-line"),
        ("Filed under: Pop", "tag-line"),
        ("Topics of the meeting were set by the council.", None),
        ("Did you enjoy this article? Please bookmark it onto:", "bookmark-prompt"),
        ("• Add to Del.icio.us", "bookmark-prompt"),
        ("E-mail to a friend", "bookmark-prompt"),
        ("Add to that the cost of the new gates.", None),
        ("Photo: Ada Kerrigan", "image-credit"),
        ("(Photo by Tom Reed)", "image-credit"),
        ("© Towpath Pictures", "image-credit"),
        ("Images", None),
        ("Pictures of the week", None),
        ("Rain | Sleet | The lock keeper counted forty herons on the weir.", None),
    ],
)
def test_chrome_lines(text: str, rule: str | None) -> None:
    assert rules.chrome_line(text) == rule


def test_first_block_is_the_headline_when_the_title_names_only_the_site() -> None:
    prose = "The pier was rebuilt after the storm, plank by plank, by volunteers. " * 4
    page = (
        "<html><head><title>Valley Courier | Local news and sport</title></head><body>"
        f"<div><p>Volunteers rebuild the old pier</p><p>{prose}</p><p>{prose}</p></div>"
        "</body></html>"
    )
    record = newsclip.parse(page)
    assert record.title == "Volunteers rebuild the old pier"
    assert record.paragraphs == (prose.strip(), prose.strip())


def test_pre_keeps_its_lines() -> None:
    prose = "The pier was rebuilt after the storm, plank by plank, by volunteers. " * 4
    code = "$ hg clone public alice\nupdating to branch default\n\n  2 files updated"
    page = f"<html><body><article><p>{prose}</p><pre>{code}</pre></article></body></html>"
    record = newsclip.parse(page)
    kept = "$ hg clone public alice\nupdating to branch default\n  2 files updated"
    assert record.paragraphs[1] == kept


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Comments (12)", "comments-section"),
        ("Comments are now closed for this story", "comments-section"),
        ("Have your say", "comments-section"),
        ("Related stories", "related-section"),
        ("Most popular", "related-section"),
        ("Copyright 2008 The Associated Press. All rights reserved.", "copyright-notice"),
        ("The comments were rude, the minister said.", None),
        ("The copyright on the song expired in 1990, the court heard.", None),
        ("Have a view on this story? Send us your feedback!", "comments-section"),
        ("Do you have comments on this story?", "comments-section"),
        ("Post comment | Read comments (4)", "comments-section"),
        ("Comments (3), Blocked comments (0):", "comments-section"),
        ("Do you have a view on the new bridge at all", None),
        ("Recent related articles", "related-section"),
        ("Local top stories", "related-section"),
        ("External links", "related-section"),
        ("Related", "related-section"),
        ("Related to this story:", "related-section"),
        ("Top stories from the region were read out at noon.", None),
        ("Related matters", None),
        ("Comment rules", "comments-section"),
        ("Comments are limited to 200 words or less.", "comments-section"),
        ("The following are comments from the readers. They are not ours.", "comments-section"),
        ("Comments are made in haste, the poet wrote.", None),
        ("Write your own comment:", "comments-section"),
        ("Sign in to your account to post comments on this article", "comments-section"),
        ("Also read these stories:", "related-section"),
        ("More from Towpath News", "related-section"),
        ("More from the river came the next day.", None),
    ],
)
def test_end_markers(text: str, marker: str | None) -> None:
    assert rules.end_marker(text) == marker


def test_comments_heading_ends_the_article() -> None:
    prose = "The pier was rebuilt after the storm, plank by plank, by volunteers. " * 8
    comment = "I walked there yesterday and it looks wonderful, well done to all of them. " * 3
    page = (
        f"<html><body><div><p>{prose}</p><p>{prose}</p><h3>Comments (2)</h3>"
        f"<p>{comment}</p><p>{comment} Again.</p></div></body></html>"
    )
    record = newsclip.parse(page)
    assert record.paragraphs == (prose.strip(), prose.strip())
    rules_used = [r.rule for r in record.removed]
    assert rules_used == ["comments-section", "after-comments-section", "after-comments-section"]


# --- sniffing, --input-format, explain ----------------------------------------


def test_txt_holding_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes((HTML_FIXTURES / "og_meta.html").read_bytes())
    record = newsclip.parse_file(path)
    assert record.source.format == "html"
    assert record.title == "Lighthouse keeper's logbooks go on display"


def test_input_format_overrides_sniffing() -> None:
    data = (HTML_FIXTURES / "og_meta.html").read_bytes()
    record = newsclip.parse(data, input_format="text")
    assert record.source.format == "text"
    assert sniff_format(data.decode()) == "html"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ("<!DOCTYPE html>\n<html>", "html"),
        ('<?xml version="1.0"?>\n<html>', "html"),
        ("<!-- saved -->\n<html>", "html"),
        ("A headline\n\nSome text with <b>one</b> tag.", "text"),
        (
            "<!--section:news--->\n<script>var a = 1;</script>\n<table><tr><td>x</td></tr></table>",
            "html",
        ),
        (
            "<script>\n"
            + "var x = 1;\n" * 500
            + "</script><html><body>"
            + "<p>a</p><div>b</div>" * 6,
            "html",
        ),
    ],
)
def test_sniff_format(head: str, kind: str) -> None:
    assert sniff_format(head) == kind


def test_explain_shows_kept_and_dropped_blocks(in_root: Path) -> None:
    result = CliRunner().invoke(cli, ["explain", "fixtures/html/jsonld_graph.html"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert any("title:json-ld-headline" in ln for ln in lines)
    assert any(
        " body " in ln and "article-paragraph" in ln and "Work at the container" in ln
        for ln in lines
    )
    assert any(" chrome " in ln and "cookie-notice" in ln for ln in lines)
    assert any(" caption " in ln and "figure" in ln for ln in lines)
    # dropped elements carry their source line
    cookie = next(ln for ln in lines if "cookie-notice" in ln)
    assert cookie.split()[0] == "26"


def test_explain_rows_match_the_record() -> None:
    data = (HTML_FIXTURES / "jsonld_graph.html").read_bytes()
    rows = newsclip.explain(data)
    record = newsclip.parse(data)
    body = [r.text for r in rows if r.label == "body"]
    assert len(body) == len(record.paragraphs)
    chrome = [(r.line, r.rule) for r in rows if r.label == "chrome"]
    assert chrome == [(r.line, r.rule) for r in record.removed]


# --- where the article's container ends: stories split over several boxes ---

_SENT = (
    "The survey team walked the towpath from the old mill to the lock gates, counting the "
    "herons, the moorhens and the boats left to rot along the bank, and noted each one."
)
_CHROME = (
    '<div class="sidebar"><ul><li><a href="/a">Weather</a></li><li><a href="/b">Sport</a>'
    "</li><li><a href=\"/c\">Letters</a></li></ul></div>"
)


def _towpath_page(body: str) -> str:
    return f"<html><head><title>Towpath survey</title></head><body>{body}</body></html>"


def _steps() -> str:
    # one long step, then short ones: the story's box is the list of steps
    first = "".join(f"<p>{_SENT} Longer note {n}.</p>" for n in range(1, 3))
    steps = "".join(
        f'<div class="step"><div class="step-body"><h3>Step {n}</h3>'
        f"<p>Tie the rope to the ring and count the knots {n} times.</p></div></div>"
        for n in range(2, 9)
    )
    return (
        '<div class="main"><div class="steps"><div class="step"><img src="s1.png">'
        f'<div class="step-body"><img src="s1b.png"><div class="text">{first}</div></div></div>'
        f"{steps}</div></div>{_CHROME}"
    )


def _lead_beside_box() -> str:
    lead = "".join(f"<p>{_SENT} Lead {n}.</p>" for n in range(1, 4))
    rest = "".join(f"<p>{_SENT} More {n}.</p>" for n in range(1, 9))
    return (
        f'<div class="story">{lead}<div id="more"><img src="fold.png">'
        f'<div id="more-body">{rest}</div></div></div>{_CHROME}'
    )


def _twin_wrappers() -> str:
    first = f"<p>{_SENT} Part one.</p><p>{_SENT} Part one again.</p>"
    second = "".join(f"<p>{_SENT} Part two {n}.</p>" for n in range(1, 10))
    return (
        '<article><div class="supplement"><img src="p1.png">'
        f'<div class="story-body">{first}</div></div>'
        '<div class="inline-promo"><a href="/x">Subscribe to the towpath letter today</a></div>'
        f'<div class="supplement"><img src="p2.png"><div class="story-body">{second}</div></div>'
        f"</article>{_CHROME}"
    )


def _data_table() -> str:
    rows = "".join(
        f'<tr><td><a href="/b{n}">Narrowboat {n}</a></td><td>{1990 + n}</td>'
        "<td>Moored at the lower basin</td></tr>"
        for n in range(1, 6)
    )
    paras = "".join(f"<p>{_SENT} Table note {n}.</p>" for n in range(1, 4))
    return f'<div class="article">{paras}<table>{rows}</table></div>{_CHROME}'


SPLIT_CASES = [
    # (name, page body, texts that must all be in the article)
    ("alike-boxes", _steps(), ["Longer note 1.", "knots 2 times", "knots 8 times"]),
    ("lead-beside-box", _lead_beside_box(), ["Lead 1.", "Lead 3.", "More 1.", "More 8."]),
    ("twin-wrappers", _twin_wrappers(), ["Part one.", "Part two 1.", "Part two 9."]),
    ("data-table-links", _data_table(), ["Table note 1.", "Narrowboat 1", "Narrowboat 5"]),
]


@pytest.mark.parametrize(("name", "body", "wanted"), SPLIT_CASES, ids=[c[0] for c in SPLIT_CASES])
def test_story_split_over_boxes_is_read_whole(name: str, body: str, wanted: list[str]) -> None:
    record = newsclip.parse(_towpath_page(body).encode(), input_format="html")
    text = "\n".join(record.paragraphs)
    for piece in wanted:
        assert piece in text, f"{name}: {piece!r} missing"
    for chrome in ("Weather", "Letters", "Subscribe to the towpath"):
        assert chrome not in text


def test_gallery_legends_are_not_the_story() -> None:
    # Fifty photos' captions outweigh a short story; a list whose items carry
    # photo credits is a gallery however long it is.
    legends = "".join(
        f"<li><h2>Lock {n}</h2><p>{_SENT} Gate {n}.</p>"
        + ('<p class="credits">Ada Kerrigan</p>' if n % 3 else "")
        + "</li>"
        for n in range(1, 16)
    )
    story = "".join(f"<p>{_SENT} Story {n}.</p>" for n in range(1, 4))
    body = (
        f'<div class="article"><div class="gallery-wrap"><ul class="legends">{legends}</ul></div>'
        f'<div class="text">{story}</div></div>'
    )
    record = newsclip.parse(_towpath_page(body).encode(), input_format="html")
    text = "\n".join(record.paragraphs)
    assert "Story 1." in text and "Story 3." in text
    assert "Gate 1." not in text
    assert "gallery" in {r.rule for r in record.removed}


@pytest.mark.parametrize("price", ["$36.00", "£1,149", "19,99 €", "40 USD"])
def test_a_shops_priced_cards_are_no_gallery(price: str) -> None:
    # A shop's grid marks each product's name and price up as its picture's
    # caption: the prices say these are products, the page's text, not legends.
    cards = "".join(
        f'<li><img src="p{n}.jpg"><div class="caption"><h2><a href="/p{n}">Lock gate {n}</a></h2>'
        f"<p>{_SENT} Model {n}.</p><span>{price}</span></div></li>"
        for n in range(1, 9)
    )
    body = f'<div class="article"><ul class="products">{cards}</ul></div>'
    record = newsclip.parse(_towpath_page(body).encode(), input_format="html")
    text = "\n".join(record.paragraphs)
    assert "Model 1." in text and "Model 8." in text
    assert not any("Model" in c for c in record.captions)
    assert "gallery" not in {r.rule for r in record.removed}


def test_a_shops_priced_cards_never_give_the_headline() -> None:
    # Read as products, the cards' names are headings before the page's text; the
    # <title> (a site's name, not shown) stays the title: prices change the body only.
    cards = "".join(
        f'<li><img src="p{n}.jpg"><div class="caption"><h2>Lock gate {n}</h2>'
        f"<p>{_SENT} Model {n}.</p><span>$36</span></div></li>"
        for n in range(1, 9)
    )
    story = "".join(f"<p>{_SENT} Story {n}.</p>" for n in range(1, 3))
    page = (
        "<html><head><title>Canal and River Supplies</title></head><body>"
        f'<div class="article"><ul class="products">{cards}</ul>{story}</div></body></html>'
    )
    record = newsclip.parse(page.encode(), input_format="html")
    assert record.title == "Canal and River Supplies"
    assert "Model 1." in "\n".join(record.paragraphs)


def _attributes(n: int, value: str = '"{i}"') -> str:
    return " ".join(f"a{i}={value.format(i=i)}" for i in range(n))


CAP = 512  # newsclip.html.tree.MAX_ATTRIBUTES, asserted below

ATTRIBUTE_CAPS = [
    # (name, markup, attributes libxml2 should keep on the first <p>)
    ("under the cap", f"<p {_attributes(CAP)}>x</p>", CAP),
    ("over the cap", f"<p {_attributes(CAP + 40)}>x</p>", CAP),
    ("bare values", f"<p {_attributes(CAP + 40, '{i}')}>x</p>", CAP),
    ("no values", "<p " + " ".join(f"a{i}" for i in range(CAP + 40)) + ">x</p>", CAP),
    ("quoted '>'", "<p " + _attributes(CAP + 40, "'>{i}<'") + ">x</p>", CAP),
    ("no spaces between quoted", "<p " + "".join(f'a{i}="{i}"' for i in range(CAP + 9)) + ">x</p>",
     CAP),
    ("newlines and slashes", "<p\n" + "/".join(f"a{i}" for i in range(CAP + 9)) + ">x</p>", CAP),
]


@pytest.mark.parametrize("name, markup, kept", ATTRIBUTE_CAPS, ids=[c[0] for c in ATTRIBUTE_CAPS])
def test_attributes_past_the_cap_are_dropped(name: str, markup: str, kept: int) -> None:
    from newsclip.html import tree

    assert tree.MAX_ATTRIBUTES == CAP
    root, warnings, _json_ld = tree.parse(markup + "<p>after</p>", tree.Deadline())
    first, second = root.iter("p")
    assert list(first.attrib) == [f"a{i}" for i in range(kept)]  # the first ones, in order
    assert first.text == "x" and second.text == "after"  # the tag still ends where it ended
    cut = name != "under the cap"
    assert warnings == ([f"attributes past the first {CAP} of a tag dropped (1 tag(s))"] if cut else [])


def test_tags_under_the_cap_are_left_as_they_are() -> None:
    from newsclip.html.tree import cap_attributes

    page = (
        f'<div {_attributes(CAP)}><a title="a > b" href=x>y</a>'
        f"<img alt='<p {_attributes(2 * CAP)}>' src=z></div>"
        f"<p a='unclosed {_attributes(2 * CAP)}>"
    )
    assert cap_attributes(page) == (page, 0)


UNTREEABLE = [
    ("none", "plain\ttext\n", "plain\ttext\n"),
    ("control characters", "a\x00b\x08c\x0bd\x1fe\x7ff", "abcdef"),
    ("noncharacters", "a\ufffeb\uffffc", "abc"),
    ("one control character among others kept", "\u2019\U0001f600\x01", "\u2019\U0001f600"),
    # (the page's UTF-8 bytes are searched: characters whose bytes are near the marks')
    ("characters next to the noncharacters kept", "\ufffd\uffef\uff3e\ufefe", "\ufffd\uffef\uff3e\ufefe"),
    ("a noncharacter among characters past ASCII", "\u010b\u200b\ufffe\u0b1f", "\u010b\u200b\u0b1f"),
    ("a form feed dropped, a tab and a line break kept", "a\x0cb\tc\nd", "ab\tc\nd"),
]


@pytest.mark.parametrize("name, text, kept", UNTREEABLE, ids=[c[0] for c in UNTREEABLE])
def test_characters_lxml_refuses_are_dropped(name: str, text: str, kept: str) -> None:
    from newsclip.html import tree

    prepared = tree.prepare(f"<p>{text}</p>", tree.Deadline())
    assert f"<p>{kept}</p>" in prepared.markup
    root, _warnings, _json_ld = tree.build(prepared, tree.Deadline())
    assert next(root.iter("p")).text == kept
