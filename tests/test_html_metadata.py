"""The HTML reader's headline rules, one small invented page per rule.

Each row names the rule it checks; the pages are made up (no corpus text).
"""

from __future__ import annotations

import pytest

import newsclip
from newsclip.dates import date_like
from newsclip.html import metadata, site
from newsclip.html.tree import Deadline, parse

PROSE = " ".join(["The ferry crossed the bay twice that morning, carrying cars and cyclists."] * 4)
LD = '<script type="application/ld+json">{}</script>'
#: a page's declaration that it is an article (``pagekind``)
ARTICLE = '<meta property="og:type" content="article">'
#: … that it is a product's page
PRODUCT = '<meta property="og:type" content="product">'


def page(head: str, body: str = "", links: str = "") -> str:
    article = f"<article><p>{PROSE}</p><p>{PROSE}</p></article>"
    return f"<html><head>{head}</head><body>{links}{body}{article}</body></html>"


#: links to the site's own pages, as menus carry them: they tell the site's domain
OWN_LINKS = "".join(
    f'<a href="http://www.baysidenews.com/{s}">{s}</a> ' for s in ("a", "b", "c", "d")
)

#: a "post this story" link, as share bars carry them
SHARE = (
    '<a href="http://share.example.net/post?url=http://baysidenews.com/x&amp;title={}">Post</a>'
    '<a href="http://other.example.net/submit?u=http://baysidenews.com/x&amp;title={}">Send</a>'
).replace("{}", "{0}")

TITLE_CASES = [
    # (name, head, body, links, expected title)
    (
        "soft-hyphens-dropped",
        '<meta property="og:title" content="Neue F\u00e4hr&shy;ver&shy;bin&shy;dung f\u00fcr die Bucht">',
        "<h1>Neue F\u00e4hr&shy;ver&shy;bin&shy;dung f\u00fcr die Bucht</h1>",
        "",
        "Neue F\u00e4hrverbindung f\u00fcr die Bucht",
    ),
    (
        "og-title-site-suffix-dropped",
        '<meta property="og:title" content="Gulls return to the old pier | Bayside News">'
        '<meta property="og:site_name" content="Bayside News">',
        "",
        "",
        "Gulls return to the old pier",
    ),
    (
        "og-title-site-prefix-kept",
        # a name before the headline is as often the subject's as the site's
        '<meta property="og:title" content="Bayside News - Gulls return to the old pier">'
        '<meta property="og:site_name" content="Bayside News">',
        "",
        "",
        "Bayside News - Gulls return to the old pier",
    ),
    (
        "og-title-piece-the-page-shows",
        '<meta property="og:title" content="Gulls return to the old pier - Ana Lima - Blogs">',
        "<h1>Gulls return to the old pier</h1>",
        "",
        "Gulls return to the old pier",
    ),
    (
        "og-title-with-dash-inside-kept",
        '<meta property="og:title" content="How we fixed the pier - a volunteer story">',
        "<h1>How we fixed the pier - a volunteer story</h1>",
        "",
        "How we fixed the pier - a volunteer story",
    ),
    (
        "ld-headline-site-suffix-dropped",
        LD.replace("{}", '{"@type":"NewsArticle","headline":"Gulls return - Bayside News",'
                   '"publisher":{"name":"Bayside News"}}'),
        "",
        "",
        "Gulls return",
    ),
    (
        "meta-title-naming-the-domain-skipped",
        '<meta name="title" content="Bayside News">'
        "<title>baysidenews.com - Gulls return to the old pier</title>",
        "",
        OWN_LINKS,
        "Gulls return to the old pier",
    ),
    (
        "meta-title-file-name-skipped",
        '<meta name="title" content="print-alt.css">'
        "<title>Gulls return to the old pier - Bayside News</title>",
        "<h1>Gulls return to the old pier</h1>",
        "",
        "Gulls return to the old pier",
    ),
    (
        "meta-title-too-long-skipped",
        f'<meta name="title" content="{"var x = 1; " * 40}">'
        "<title>Gulls return to the old pier | Bayside News</title>",
        "",
        "",
        "Gulls return to the old pier",
    ),
    (
        "meta-title-unrelated-to-shown-headline-skipped",
        '<meta property="og:title" content="Bayside News - Latest headlines">'
        "<title>Gulls return to the old pier</title>",
        "<h1>Gulls return to the old pier</h1>",
        "",
        "Gulls return to the old pier",
    ),
    (
        "meta-title-section-skipped",
        '<meta name="title" content="Local News">'
        "<title>Gulls return to the old pier | Bayside News</title>",
        "",
        "",
        "Gulls return to the old pier",
    ),
    (
        "application-name-that-is-the-headline-is-not-the-site",
        '<meta name="application-name" content="Gulls return to the old pier">'
        '<meta property="og:title" content="Gulls return to the old pier">',
        "",
        "",
        "Gulls return to the old pier",
    ),
    (
        "title-only-the-domain-then-h1",
        "<title>Bayside News</title>",
        "<h1>Gulls return to the old pier</h1>",
        OWN_LINKS,
        "Gulls return to the old pier",
    ),
    (
        "title-one-word-then-h1",
        "<title>Courier</title>",
        "<h1>Gulls return to the old pier</h1>",
        "",
        "Gulls return to the old pier",
    ),
    (
        "title-sections-only-then-h1",
        "<title>News | Business |</title>",
        "<h1>Harbour fees to rise in spring</h1>",
        "",
        "Harbour fees to rise in spring",
    ),
    (
        "title-site-colon-headline",
        "<title>baysidenews.example.com: Gulls return to the old pier</title>",
        "",
        "",
        "Gulls return to the old pier",
    ),
    (
        "title-site-colon-inside-headline-kept",
        "<title>Mayor: the pier stays open</title>",
        "",
        "",
        "Mayor: the pier stays open",
    ),
    (
        "title-date-piece-dropped",
        "<title>baysidenews.example.com | 01/17/2008 | Gulls return to the old pier</title>",
        "",
        "",
        "Gulls return to the old pier",
    ),
    (
        "title-leading-arrow-dropped",
        "<title>=> Gulls return to the old pier</title>",
        "",
        "",
        "Gulls return to the old pier",
    ),
    (
        "short-title-piece-the-h1-shows",
        '<meta property="og:site_name" content="Bayside Wiki"><title>Tides - Bayside Wiki</title>',
        "<h1>Tides</h1>",
        "",
        "Tides",
    ),
    (
        "logo-h1-linking-home-is-not-the-headline",
        "<title>Shared mutable history — the pier handbook</title>",
        '<h1><a href="index.html">the pier handbook</a></h1>'
        '<h1>Shared mutable history<a class="headerlink" href="#x">¶</a></h1>',
        "",
        "Shared mutable history",
    ),
    (
        "logo-h1-by-class-is-not-the-headline",
        "<title>Bayside</title>",
        '<div class="site-logo"><h1>Bayside Daily Herald</h1></div>'
        "<h1>Gulls return to the old pier</h1>",
        "",
        "Gulls return to the old pier",
    ),
    (
        "short-title-unrelated-to-longer-h1-is-the-site",
        "<title>The Courier on Sunday</title>",
        "<h1>Harbour fees to rise in spring</h1>",
        "",
        "Harbour fees to rise in spring",
    ),
    (
        "site-colon-one-word-section-gives-no-title-piece",
        "<title>baysidenews.com: Japan</title>",
        "<h1>Harbour fees to rise in spring</h1>",
        "",
        "Harbour fees to rise in spring",
    ),
    (
        "headline-element-beside-a-name-title",
        "<title>Courier Press</title>",
        '<span class="article_headline">Harbour fees to rise in spring</span>',
        "",
        "Harbour fees to rise in spring",
    ),
    (
        "section-h1-confirmed-by-title-is-not-the-headline",
        "<title>baysidenews.com - Local Sports Wire</title>",
        "<h1>Local Sports Wire</h1><h1>Gulls return to the old pier</h1>",
        OWN_LINKS,
        "Gulls return to the old pier",
    ),
    (
        # a section's front page: its name, then its list's headlines, each a link
        "section-h1-over-the-linked-h1s-of-its-list",
        "<title>Bayside Radio Technology | Technology, Health, Science</title>",
        '<h1>Technology</h1><h1><a href="/a">Gulls return to the old pier</a></h1>'
        '<a href="/b"><h1>Harbour fees to rise in spring</h1></a>',
        OWN_LINKS,
        "Technology",
    ),
    (
        # an article's headline read from the page, under its section's name
        "section-h1-over-no-headline-is-not-taken",
        "<title>baysidenews.com - Local Sports Wire</title>",
        "<h1>Local Sports Wire</h1><h2>Gulls return to the old pier</h2>",
        OWN_LINKS,
        "Gulls return to the old pier",
    ),
    (
        "section-h1-the-title-does-not-name-is-not-taken",
        "<title>Bayside Radio</title>",
        '<h1>Technology</h1><h1><a href="/a">Gulls return to the old pier</a></h1>',
        OWN_LINKS,
        "Gulls return to the old pier",
    ),
    (
        "section-h1-in-lower-case-is-not-taken",
        "<title>science : Bayside Forum</title>",
        '<h1>science</h1><h1><a href="/a">Gulls return to the old pier</a></h1>',
        OWN_LINKS,
        "Gulls return to the old pier",
    ),
    (
        # metadata typed with a hyphen where the page's headline sets a dash
        "title-spelt-with-the-h1s-dashes",
        '<meta property="og:title" content="Gulls return - and stay for the winter">',
        "<h1>Gulls return \u2013 and stay for the winter</h1>",
        "",
        "Gulls return \u2013 and stay for the winter",
    ),
    (
        "title-spelt-with-the-h1s-em-dashes",
        '<meta property="og:title" content="Harbour fees - a guide">',
        "<h1>Harbour fees \u2014 a guide</h1>",
        "",
        "Harbour fees \u2014 a guide",
    ),
    (
        "title-differing-from-the-h1-in-more-than-dashes-keeps-its-spelling",
        '<meta property="og:title" content="Gulls return - and stay for the winter">',
        "<h1>Gulls return \u2013 and stay all winter</h1>",
        "",
        "Gulls return - and stay for the winter",
    ),
    (
        "guillemets-are-quotes-not-separators",
        "<title>Screen: «Tides», «Gulls» and «Piers» reviewed</title>",
        "",
        "",
        "Screen: «Tides», «Gulls» and «Piers» reviewed",
    ),
    (
        "share-link-title-when-no-title",
        "",
        SHARE.format("Gulls return to the old pier") + "<h1>Other news today and tomorrow</h1>",
        "",
        "Gulls return to the old pier",
    ),
    (
        "share-link-names-the-piece-of-title",
        "<title>Gulls return to the old pier - Coast and Harbour</title>",
        SHARE.format("Gulls return to the old pier"),
        "",
        "Gulls return to the old pier",
    ),
    (
        "share-link-site-suffix-dropped",
        '<meta property="og:site_name" content="Bayside News">',
        SHARE.format("Gulls return to the old pier - Bayside News"),
        "",
        "Gulls return to the old pier",
    ),
    (
        "share-link-beats-broken-title",
        "<title>BBC SPORTi library--></title>",
        SHARE.format("Gulls return to the old pier"),
        "",
        "Gulls return to the old pier",
    ),
    (
        "share-link-text-written-as-the-page-writes-it",
        "<title>Coast - Gulls Return To The Old Pier</title>",
        SHARE.format("gulls return to the old pier"),
        "",
        "Gulls Return To The Old Pier",
    ),
    (
        "share-link-made-by-script-ignored",
        "<title>Gulls return to the old pier</title>",
        SHARE.format("' + encodeURIComponent(document.title) + '"),
        "",
        "Gulls return to the old pier",
    ),
    (
        "name-colon-section-title-gives-h1",
        "<title>Bay9: Top Stories</title>",
        "<h1>Harbour fees to rise in spring</h1>",
        "",
        "Harbour fees to rise in spring",
    ),
    (
        "shouted-box-label-h1-is-not-the-headline",
        "",
        "<h1>HOT JOBS</h1><h1>Harbour fees to rise in spring</h1>",
        "",
        "Harbour fees to rise in spring",
    ),
    (
        "section-h1-is-not-the-headline",
        "",
        "<h1>Photo Gallery</h1><h1>Gulls return to the old pier</h1>",
        "",
        "Gulls return to the old pier",
    ),
    (
        "meta-title-of-name-and-sections-is-a-tagline",
        '<meta property="og:title" content="The Valley Courier online - News, Sport and Weather">'
        "<title>The Valley Courier</title>",
        "<h1>Rowers win the cup</h1>",
        "",
        "Rowers win the cup",
    ),
    (
        "meta-title-of-name-and-section-list-is-a-tagline",
        '<meta name="title" content="Valley Courier - Local news, results, reports, Rowing">'
        "<title>Valley Courier - Rowers win the cup on the river</title>",
        "",
        "",
        "Rowers win the cup on the river",
    ),
    (
        "address-in-the-title-names-the-site",
        '<meta name="title" content="Valley Courier">'
        "<title>valleycourier.com - Other Sport - Rowers win the cup</title>",
        "",
        "",
        "Rowers win the cup",
    ),
    (
        "date-piece-of-the-title-dropped",
        "<title>Rowers win the cup | March 4, 2008 | VCN</title>",
        "",
        "",
        "Rowers win the cup",
    ),
    (
        "h1-going-on-from-a-cut-title",
        "<title>Rowers win the cup on the river - Valley Courier</title>",
        "<h1>Rowers win the cup on the river, then lose it at the harbour</h1>",
        "",
        "Rowers win the cup on the river, then lose it at the harbour",
    ),
    (
        "logo-heading-with-the-address-skipped",
        "",
        "<h1>Valley Courier Courier.com</h1><h1>Rowers win the cup</h1>",
        "",
        "Rowers win the cup",
    ),
    (
        "title-aside-naming-the-site-dropped",
        "<title>Rowers win the cup (from The Valley Courier)</title>",
        "",
        "".join(f'<a href="http://www.thevalleycourier.com/{s}">{s}</a> ' for s in "abcd"),
        "Rowers win the cup",
    ),
    (
        "date-heading-is-no-headline",
        "",
        "<h1>Tuesday March 4/</h1><h1>Rowers win the cup</h1>",
        "",
        "Rowers win the cup",
    ),
    (
        "h1-in-title-before-an-unknown-name",
        # the site's name is not known, but the page shows the headline alone
        '<meta property="og:title" content="Kayaks | Harbour Outfitters">',
        "<h1>Kayaks</h1>",
        "",
        "Kayaks",
    ),
    (
        "h1-in-title-before-a-selling-line",
        LD.format('{"@type": "Article", "headline": "Average cost of a ferry pass [2025]:'
                  ' fares and discounts"}'),
        "<h1>Average cost of a ferry pass</h1>",
        "",
        "Average cost of a ferry pass",
    ),
    (
        "h1-in-title-after-a-blog-name",
        '<meta property="og:title" content="Harbour Log: Rowers win the cup">',
        "<h1>Rowers win the cup</h1>",
        "",
        "Rowers win the cup",
    ),
    (
        "h1-in-title-only-at-a-separator",
        # the <h1> is the title's start, but the title goes on in the same sentence
        '<meta property="og:title" content="Rowers win the cup in the rain">',
        "<h1>Rowers win the cup</h1>",
        "",
        "Rowers win the cup in the rain",
    ),
    (
        "meta-title-ending-in-a-part-of-the-address-name",
        '<meta property="og:title" content="Rowers win the cup | Bayside">',
        "",
        OWN_LINKS,
        "Rowers win the cup",
    ),
    (
        "meta-title-ending-in-the-site-and-a-word-more",
        '<meta property="og:title" content="Rowers win the cup | Baysidenews Official Site">',
        "",
        OWN_LINKS,
        "Rowers win the cup",
    ),
    (
        "meta-title-ending-in-no-name-of-the-site",
        '<meta property="og:title" content="Rowers win the cup - River Race">',
        "",
        OWN_LINKS,
        "Rowers win the cup - River Race",
    ),
    (
        # "Page | its section, book or selling line": the page's own name comes first
        "meta-title-before-a-bar",
        '<meta property="og:title" content="Plan and audience | Introduction to Rowing">',
        "",
        "",
        "Plan and audience",
    ),
    (
        "meta-title-of-a-name-before-a-bar-stays-whole",
        '<meta property="og:title" content="Oarly | Boats for every river">',
        "",
        "",
        "Oarly | Boats for every river",
    ),
    (
        # a front page titled "Site | Tagline", the site's name known (og:site_name, its
        # domain): the tagline is the page's own name
        "site-name-before-a-bar-is-cut",
        '<meta property="og:title" content="Oarly | Boats for every river">'
        '<meta property="og:site_name" content="Oarly">',
        "",
        "",
        "Boats for every river",
    ),
    # a word after it, or more pieces after it, are no tagline to stand alone
    (
        "site-name-before-one-word-stays",
        '<meta property="og:title" content="Oarly | Boats">'
        '<meta property="og:site_name" content="Oarly">',
        "",
        "",
        "Oarly | Boats",
    ),
    (
        "site-name-before-two-bars-stays",
        '<meta property="og:title" content="Oarly | Boats for rivers | Oars and more">'
        '<meta property="og:site_name" content="Oarly">',
        "",
        "",
        "Oarly | Boats for rivers | Oars and more",
    ),
    (
        "article-h1-going-on-from-the-meta-title",
        # a page that declares an article shows its reader the longer headline
        ARTICLE + '<meta property="og:title" content="Rowers win the cup">',
        "<h1>Rowers win the cup on the river at dawn</h1>",
        "",
        "Rowers win the cup on the river at dawn",
    ),
    (
        "article-h1-cut-from-the-meta-title",
        ARTICLE + '<meta property="og:title" content="Rowers win the cup in the rain">',
        "<h1>Rowers win the cup</h1>",
        "",
        "Rowers win the cup",
    ),
    (
        "article-h1-of-another-headline-is-not-taken",
        # a news site's social title and its printed headline: both are its headline
        ARTICLE + '<meta property="og:title" content="Rowers win the cup">',
        "<h1>Why the river race still matters</h1>",
        "",
        "Rowers win the cup",
    ),
    (
        # the same headline worded twice: the page shows its reader the <h1>, the meta
        # tag carries the one written for search results and shares
        "article-h1-rewording-the-meta-title",
        ARTICLE + '<meta property="og:title" content="Debunking common river myths">',
        "<h1>Nine common river myths debunked</h1>",
        "",
        "Nine common river myths debunked",
    ),
    (
        "article-h1-rewording-the-json-ld-headline-is-not-taken",
        ARTICLE + LD.format('{"@type": "NewsArticle", "headline": "Debunking common river myths"}'),
        "<h1>Nine common river myths debunked</h1>",
        "",
        "Debunking common river myths",
    ),
    (
        "article-h1-nearly-the-meta-title-is-not-taken",
        ARTICLE + '<meta property="og:title" content="Rowers &amp; scullers win the cup">',
        "<h1>Rowers and scullers win the cup</h1>",
        "",
        "Rowers & scullers win the cup",
    ),
    (
        "article-h1-of-another-headline-on-a-page-with-search-titles",
        # the JSON-LD describes the web page too: the metadata's title is written for
        # search results, the <h1> is the headline the page shows
        ARTICLE + '<meta property="og:title" content="Rowers win the cup">'
        + LD.format('{"@graph": [{"@type": "WebPage", "name": "Rowers win the cup"}]}'),
        "<h1>Why the river race still matters</h1>",
        "",
        "Why the river race still matters",
    ),
    (
        "article-h1-with-its-date-run-in-is-not-taken",
        ARTICLE + '<meta property="og:title" content="Rowers win the cup">',
        "<h1>Dec 18 2025 Rowers win the cup</h1>",
        "",
        "Rowers win the cup",
    ),
    (
        "article-of-two-h1s-keeps-the-meta-title",
        ARTICLE + '<meta property="og:title" content="Rowers win the cup">',
        "<h1>Rowers win the cup on the river</h1><h1>Rowers win the cup at sea</h1>",
        "",
        "Rowers win the cup",
    ),
    (
        "article-h1-of-two-words-is-a-label",
        ARTICLE + '<meta property="og:title" content="Rowers win the cup in the rain">',
        "<h1>Rowers win</h1>",
        "",
        "Rowers win the cup in the rain",
    ),
    (
        # the product's name as the page shows it; the metadata adds the maker's name
        "product-h1-cut-from-the-meta-title",
        PRODUCT + '<meta property="og:title" content="Carbon Sculling Oar by Bayside Boats">',
        "<h1>Carbon Sculling Oar</h1>",
        "",
        "Carbon Sculling Oar",
    ),
    (
        "product-h1-going-on-from-the-meta-title-is-not-taken",
        PRODUCT + '<meta property="og:title" content="Carbon Sculling Oar">',
        "<h1>Carbon Sculling Oar Blue 2.9 m</h1>",
        "",
        "Carbon Sculling Oar",
    ),
    (
        "h1-cut-from-the-meta-title-on-an-undeclared-page-is-not-taken",
        '<meta property="og:title" content="Carbon Sculling Oar by Bayside Boats">',
        "<h1>Carbon Sculling Oar</h1>",
        "",
        "Carbon Sculling Oar by Bayside Boats",
    ),
    (
        # <title> "Page | Section | Site": the page's name is its first piece, which the
        # page shows as its <h1>, however short (the longest piece is the site's name)
        "h1-of-the-first-piece-of-title",
        "<title>Rowing | Club News | Bayside Institute of Rowing and Sculling</title>",
        "<h1>Rowing</h1>",
        "",
        "Rowing",
    ),
    (
        # a section's front page, named by its metadata, not by its first item's heading
        "front-page-of-a-section",
        '<meta property="og:title" content="Science"><title>Science : Bayside</title>',
        "<h2>Rowers win the cup</h2>",
        "",
        "Science",
    ),
    (
        "front-page-of-the-site",
        '<meta property="og:title" content="Bayside News"><title>Bayside News</title>',
        "<h2>Rowers win the cup at dawn</h2>",
        OWN_LINKS,
        "Bayside News",
    ),
    (
        # the site's name as every title, over the one <h1>: the story's headline
        "site-named-page-with-its-h1",
        '<meta property="og:title" content="Bayside News"><title>Bayside News</title>',
        "<h1>Rowers win the cup at dawn</h1>",
        OWN_LINKS,
        "Rowers win the cup at dawn",
    ),
    (
        # a heading's soft hyphens mark where a long word may break: the word is one
        "h1-with-soft-hyphens-in-the-meta-title",
        '<meta property="og:title" content="Bayside Harbour Board: Harbour Repair Assistance">',
        "<h1>Harbour Repair Assis&shy;tance</h1>",
        "",
        "Harbour Repair Assistance",
    ),
    (
        "article-is-no-front-page",
        ARTICLE + '<meta property="og:title" content="Science"><title>Science : Bayside</title>',
        "<h1>Rowers win the cup</h1>",
        "",
        "Rowers win the cup",
    ),
]


def test_title_cases_are_unique() -> None:
    names = [c[0] for c in TITLE_CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("name", "head", "body", "links", "expected"), TITLE_CASES, ids=[c[0] for c in TITLE_CASES]
)
def test_title(name: str, head: str, body: str, links: str, expected: str) -> None:
    assert newsclip.parse(page(head, body, links)).title == expected


@pytest.mark.parametrize(
    ("head", "body", "title", "rule"),
    [
        # what the metadata reader alone decides (the body reader may still
        # replace a <title>-based headline by one it finds on the page)
        (
            "<title>Harbour fees rise</title>",
            "<h1>Harbour fees to rise in spring, council says</h1>",
            "Harbour fees rise",
            "title-tag",
        ),
        (
            "<title>Gulls return to the old pier</title>",
            "<h1>Other news from the coast today</h1>",
            "Gulls return to the old pier",
            "title-tag",
        ),
        (
            "<title>The Courier on Sunday</title>",
            "<h1>Harbour fees to rise in spring</h1>",
            "Harbour fees to rise in spring",
            "h1",
        ),
        ("<title>News | Business</title>", "<h1>Sport</h1>", None, ""),
        # no <title> at all: an element merely called headline is not trusted
        ("", '<div class="headline">Post a comment on this story</div>', None, ""),
        # a script wrote into <title>: the page's <h1> says more
        (
            "<title>Rowers win the c' + ad_query + '\"></title>",
            "<h1>Rowers win the cup</h1>",
            "Rowers win the cup",
            "h1",
        ),
        # the page's headline, which <title> writes without its apostrophes
        (
            "<title>Rowers Cup Is Anas Now | Valley Courier</title>",
            "<div class='headline'>Rowers' cup is Ana's now</div>",
            "Rowers' cup is Ana's now",
            "visible-headline",
        ),
        # a name-like <title> with a teaser's "headline" that shares its words stays
        (
            "<title>Courier Press</title>",
            '<div class="headline">Courier Press wins an award</div>',
            "Courier Press",
            "title-tag",
        ),
    ],
)
def test_metadata_title_alone(head: str, body: str, title: str | None, rule: str) -> None:
    root, _warnings, json_ld = parse(page(head, body), Deadline(5))
    meta = metadata.extract(root, Deadline(5), json_ld)
    assert (meta.title, meta.title_rule) == (title, rule)


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.baysidenews.example.com/a/b", "example"),
        ("http://news.bayside.co.uk/x", "bayside"),
        ("//bayside.com.au", "bayside"),
        ("bayside.com", ""),  # not a URL: no host to read
        ("mailto:ana@example.org", ""),
    ],
)
def test_host_name(url: str, name: str) -> None:
    assert site.host_name(url) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bayside News", True),
        ("The Bayside News", True),
        ("bayside-news.com", True),
        ("www.other.org", True),  # any bare address names a site
        ("Bayside News reporters win award", False),
    ],
)
def test_names_site(text: str, expected: bool) -> None:
    assert site.names_site(text, {"baysidenews"}) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Local Sports Wire", True),
        ("Lifestyle & Entertainment", True),
        ("Photo Gallery", True),
        ("Fun returns", False),
        ("", False),
        # a site's list of what it covers
        ("News, Sport and Weather", True),
        ("Latest rowing news, transfers, results", True),
        ("Local news, Valley, Rowing, Weather and Coast Sport", True),
        # a headline's list: one long item, or no section word in half of them
        ("Smith, Jones, Brown head to court over the pier", False),
        ("Rowers, fans and gulls", False),
        ("Rowers win the cup, fans cheer", False),
    ],
)
def test_is_section(text: str, expected: bool) -> None:
    assert site.is_section(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday March 4/", True),
        ("29 December 2007 (16:00)", True),
        ("Updated: 6:36 p.m. ET, January 20, 2008", True),
        ("2008-01-03", True),
        ("Ana Lima, March 4, 2008", False),  # a name beside the date
        ("May 5 protest fills the square", False),
        ("Top 10 of 2008", False),
        ("Tuesday", False),  # no number: a word, not a date
        # the other languages' labels, weekdays and joining words
        ("Veröffentlicht am 12.03.2024, 06.15 Uhr", True),
        ("Montag, 12. März 2024 um 14:05 Uhr", True),
        ("Publié le 31/12/2023 à 14h05", True),
        ("Actualizado el 31 dic. 2023 14:05 CET", True),
        ("Pubblicato il 3 marzo 2024 alle 14:05", True),
        ("Publicado em 3 de março de 2024", True),
        ("Gepubliceerd op 3 maart 2024", True),
        ("Ana Lima, 5. März 2024", False),
        ("Le Monde 2024", False),
        ("Top 10 de 2024", False),
    ],
)
def test_date_like(text: str, expected: bool) -> None:
    assert date_like(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Valley Courier", True),
        ("Valley Courier ValleyCourier.com", True),
        ("Daily Post Other.com", True),  # a logo all the same
        ("Rowers beat the Courier.com team", False),  # a headline: not a name
        ("Rowers win at valleycourier.com", False),  # a headline naming the address
    ],
)
def test_logo_text(text: str, expected: bool) -> None:
    assert site.logo_text(text, {"valleycourier"}) is expected


def test_a_heading_showing_the_title_and_its_bar_is_the_headline() -> None:
    """The title is cut at its bar; the heading over the story that shows it whole is
    still the headline, out of the body."""
    record = newsclip.parse(
        '<html><head><meta property="og:title" content="Plan and audience | Introduction'
        ' to Rowing"></head><body><article><h1>Plan and audience | Introduction to Rowing'
        f"</h1><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    )
    assert record.title == "Plan and audience"
    assert "Introduction to Rowing" not in record.text


def test_titles_sharing_a_name_at_one_end_name_the_site() -> None:
    head = (
        '<meta property="og:title" content="Daily Courier - Voice of the whole valley">'
        "<title>Daily Courier - Rowers win the cup</title>"
    )
    root, _warnings, json_ld = parse(page(head), Deadline(5))
    assert "dailycourier" in metadata.extract(root, Deadline(5), json_ld).sites
    # the same headline in both, with the site's name written two ways: no name learnt
    head = (
        '<meta property="og:title" content="Rowers win | Courier">'
        "<title>Rowers win | Courier.com</title>"
    )
    root, _warnings, json_ld = parse(page(head), Deadline(5))
    assert "rowerswin" not in metadata.extract(root, Deadline(5), json_ld).sites


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mutable history¶", "Mutable history"),
        ("» Gulls return", "Gulls return"),
        ("'Quoted' headline", "'Quoted' headline"),
        ("Issue #282", "Issue #282"),
    ],
)
def test_tidy(text: str, expected: str) -> None:
    assert site.tidy(text) == expected


_SITE = '<meta property="og:site_name" content="Harbour Gazette">'

#: a page's declaration that it is a website's page, no story (``pagekind.PAGE``)
WEBSITE = '<meta property="og:type" content="website">'


def _cards(*names: str) -> str:
    """A list's items, each a teaser with its writer's name marked as the author."""
    return "".join(f'<li><h3>Ferry news {k}</h3><span class="author">{name}</span></li>'
                   for k, name in enumerate(names, 1))


def _box(name: str, note: str) -> str:
    return f'<footer><div class="box"><h4>{name}</h4><p>{note}</p></div></footer>'


BYLINE_CASES = [
    # (name, head, body, expected byline)
    (
        "dc-creator-before-author",
        '<meta name="author" content="Web Desk"><meta name="DC.creator" content="Ana Lima">',
        "",
        "Ana Lima",
    ),
    (
        "author-without-its-address",
        '<meta name="author" content="Ana Lima (https://example.org/ana/)">',
        "",
        "Ana Lima",
    ),
    (
        "author-without-its-mail",
        '<meta name="author" content="Ana Lima ana@example.org">',
        "",
        "Ana Lima",
    ),
    ("author-that-is-only-an-address", '<meta name="author" content="https://example.org/ana">',
     "", None),
    (
        "teaser-in-author-box-is-not-a-byline",
        "",
        '<div class="author">Ana Lima on why the ferry crossed the bay twice that day</div>'
        '<div class="byline">By Ben Ode and Cara Voss, staff writers</div>',
        # (the writers' role after the names is not part of the byline)
        "Ben Ode and Cara Voss",
    ),
    (
        "date-in-author-box-is-not-a-byline",
        "",
        '<div class="author">29 December 2007 (16:00)</div><span class="byline">Ana Lima</span>',
        "Ana Lima",
    ),
    ("date-in-author-meta-is-not-a-byline", '<meta name="author" content="2008-01-03">', "", None),
    # the site's own name is the outlet: a writer the page names anywhere goes first, and
    # with none, the site signs the page
    ("author-that-is-the-site-name", f'{_SITE}<meta name="author" content="harbour gazette">',
     "", "harbour gazette"),
    ("author-that-is-the-site-address", f'{_SITE}<meta name="author" content="harbourgazette">',
     "", "harbourgazette"),
    ("author-that-is-the-site-team", f'{_SITE}<meta name="author" content="The Harbour Gazette team">',
     "", "The Harbour Gazette team"),
    ("site-name-gives-way-to-a-name-in-the-header", f'{_SITE}<meta name="author" content="harbour gazette">',
     '<h1>Ferry fares rise again</h1><p>By Ben Ode</p>', "Ben Ode"),
    ("site-name-and-its-town", f'{_SITE}<meta name="author" content="Harbour Gazette - Bayside, WV">',
     "", None),
    ("site-name-and-a-writer", f'{_SITE}<meta name="author" content="Harbour Gazette - Ben Ode">',
     "", "Ben Ode"),
    ("site-name-gives-way-to-the-byline", f'{_SITE}<meta name="author" content="Harbour Gazette">',
     '<div class="byline">By Ben Ode</div>', "Ben Ode"),
    # … unless the page states it formally, or the blog bears its writer's name
    ("formal-creator-that-is-the-site", f'{_SITE}<meta name="DC.creator" content="Harbour Gazette">',
     "", "Harbour Gazette"),
    ("blog-named-after-its-writer",
     '<meta property="og:site_name" content="Ana Lima"><meta name="author" content="Ana Lima">',
     "", "Ana Lima"),
    ("blog-account-of-the-site-name", f'{_SITE}<meta name="author" content="Harbour Gazette (alima)">',
     "", "Harbour Gazette"),
    # a twitter card's value labelled as the writer's, when the page shows no writer
    ("twitter-card-written-by",
     '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" '
     'content="3 minutes"><meta name="twitter:label2" content="Written by">'
     '<meta name="twitter:data2" content="Ana Lima">', "", "Ana Lima"),
    ("twitter-card-after-the-byline",
     '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" '
     'content="Ana Lima">', '<div class="byline">Ben Ode</div>', "Ben Ode"),
    ("twitter-card-of-another-label", '<meta name="twitter:label1" content="Est. reading time">'
     '<meta name="twitter:data1" content="Ben Ode">', "", None),
    ("firm-in-author-meta", '<meta name="author" content="Harbour Media Ltd.">', "", None),
    # what author boxes hold besides the names
    ("date-after-the-name", "", '<span class="byline">Ben Ode - Apr 16, 2015 8:02 pm UTC</span>',
     "Ben Ode"),
    ("date-glued-to-the-name", "", '<span class="byline">Ben OdeJanuary 17, 2008</span>', "Ben Ode"),
    ("date-in-another-language", "",
     '<span class="byline">Ben Ode 1 de diciembre de 2017 3:00 AM</span>', "Ben Ode"),
    ("date-on-a-weekday", "", '<span class="byline">Agencies on Friday, January 18, 2008</span>',
     "Agencies"),
    ("time-ago-alone", "", '<span class="byline">5 days ago</span>', None),
    ("role-on-its-own-line", "", '<div class="byline">Ben Ode<br>Staff Writer</div>', "Ben Ode"),
    ("outlet-in-its-own-element", "",
     '<div class="byline"><h4>By BEN ODE AND CARA VOSS</h4><h4>Harbour Newspapers</h4></div>',
     "BEN ODE AND CARA VOSS"),
    ("outlet-in-capitals", "", '<div class="byline">Ben Ode HARBOUR POST</div>', "Ben Ode"),
    ("outlet-after-capitals", "", '<div class="byline">BEN ODE The Harbour Post</div>', "BEN ODE"),
    ("column-and-writer", "", '<div class="byline">Tides and Times | Ben Ode</div>', "Ben Ode"),
    ("filed-from", "", '<div class="byline">Ben Ode in Karachi</div>', "Ben Ode"),
    ("bureau", "", '<div class="byline">Ben Ode, Harbour Washington Bureau</div>', "Ben Ode"),
    ("file-photo-credit", "", '<div class="byline">Ben Ode, file</div>', None),
    ("site-team-of-a-firm",
     ('<meta property="og:site_name" content="Harbourmusic.com Ltd.">'
      '<meta name="author" content="The Harbourmusic team">'), "", "The Harbourmusic team"),
    ("label-and-mail-link", "", '<div class="byline">Posted By: Ben Ode (Email)</div>', "Ben Ode"),
    ("bar-before-by", "", '<p class="byline"> | By Ben Ode</p>', "Ben Ode"),
    ("section-before-by", "",
     '<div class="byline">Harbour Life by Ben Ode January 18, 2017 11:00 PM PST</div>', "Ben Ode"),
    ("date-before-by", "", '<div class="byline">16th Jan 2008, 09:28am by Ben Ode.</div>',
     "Ben Ode"),
    ("wire-title", "", '<div class="byline">BEN ODE Associated Press Writer</div>', "BEN ODE"),
    ("wire-title-and-date", "",
     '<div class="byline">Ben Ode AP Sports Writer Dec. 31, 2007 11:14 AM</div>', "Ben Ode"),
    ("guest-title", "", '<div class="byline">BEN ODE Special to The Harbour Star</div>', "BEN ODE"),
    ("agency-alone", "", '<div class="byline">The Associated Press</div>', "The Associated Press"),
    ("writer-and-agency", "", '<div class="byline">BEN ODE AND AP</div>', "BEN ODE AND AP"),
    ("more-by-this-author", "", '<div class="byline">Ben Ode ? More by this author</div>',
     "Ben Ode"),
    ("junior-keeps-its-dot", "", '<div class="byline">By Ben Ode Jr.</div>', "Ben Ode Jr."),
    ("photo-credit-is-no-byline", "", '<div class="byline">Staff photo by Ben Ode</div>', None),
    # what forums print after a poster's name: reputation and badges, posts and the day joined
    ("reputation-and-badges", "",
     '<div class="user-details" itemprop="author"><a href="/users/1/ben-ode">ben_ode</a>'
     '<div class="flair">3,483 6 6 gold badges 31 31 silver badges 28 28 bronze badges</div>'
     '</div>', "ben_ode"),
    ("posts-and-day-joined", "",
     '<span class="author">Ben Ode 8,415 posts \u00b7 joined 2008</span>', "Ben Ode"),
    ("posts-label", "", '<span class="author">ben_ode Posts: 116 Threads: 23 Joined</span>',
     "ben_ode"),
    ("counts-alone", "", '<span class="author">116 posts</span>', None),
    # an author box that dates the piece before it signs it
    ("date-before-the-name", "", '<div class="date-author">Dec 17, 2025 \u00b7 Ben Ode</div>',
     "Ben Ode"),
    ("date-before-two-names", "",
     '<div class="dateAndAuthor"><span>Dec 17, 2025</span> <span>Ben Ode and Cara Voss</span>'
     '</div>', "Ben Ode and Cara Voss"),
    ("date-before-a-reading-time", "", '<div class="byline">Dec 17, 2025 5 min read</div>', None),
    ("date-before-an-update", "", '<div class="byline">Dec 17, 2025 Updated Dec 18</div>', None),
    ("date-before-a-section", "", '<div class="byline">Dec 17, 2025 Technology</div>', None),
    ("on-behalf-of-a-team", "",
     '<div class="byline">Ben Ode, on behalf of the Harbour team</div>', "Ben Ode"),
    ("byline-in-an-aside", "", '<aside class="post-author">Ben Ode</aside>', "Ben Ode"),
    # the page's details, each under a heading or a term of its own
    ("author-heading-over-the-name", "",
     "<aside><h3>Published</h3><p>May 3, 2020</p><h3>Author</h3><p>Ben Ode</p></aside>",
     "Ben Ode"),
    ("authors-term-over-a-list", "",
     "<dl><dt>Author(s)</dt><dd><ul><li>Ben Ode</li><li>Cara Voss</li></ul></dd></dl>",
     "Ben Ode, Cara Voss"),
    ("author-filter-of-a-search", "",
     "<h3>Author</h3><ul>" + "".join(f"<li>Ben Ode{n}</li>" for n in "abcdefgh") + "</ul>",
     None),
    ("about-the-author-is-no-label", "",
     "<h3>About the author</h3><p>Ben Ode writes about harbours.</p>", None),
    # who wrote a review, a testimonial or a comment, or the comment form's label
    ("reviewer", "", '<div class="product-reviews"><span class="author">Ana Lima</span></div>',
     None),
    ("testimonial-quoted", "",
     '<blockquote>A calm crossing.<cite class="author">Ana Lima</cite></blockquote>', None),
    # a control's label where the markup marks a writer: a login box, a dialog's button
    ("sign-in-in-a-byline-box", "", '<div class="author-box"><a class="author">Sign in</a></div>',
     None),
    ("cancel-in-a-poster-box", "", '<div class="thread"><span class="username">Cancel</span></div>',
     None),
    ("comment-form-label", "",
     '<form id="commentform"><p class="comment-form-author"><label>Name *</label></p></form>',
     None),
    # (a post filed under a topic of reviews is no review: "category-gear-reviews")
    ("byline-in-a-post-filed-under-reviews", "",
     '<div class="post category-gear-reviews tag-comments"><span class="author">'
     'Ben Ode</span></div>', "Ben Ode"),
    ("byline-after-a-testimonial", "",
     '<div class="testimonial"><span class="author">Ana Lima</span></div>'
     '<span class="byline">Ben Ode</span>', "Ben Ode"),
    # a thread's opening post, as forums state it: its author is the thread's
    ("thread-opening-post-author",
     LD.format('{"@type": "DiscussionForumPosting", "headline": "Which ferry pass?",'
               ' "author": {"@type": "Person", "name": "harbour_rower"}}'),
     "", "harbour_rower"),
    # a page that is no story (og:type "website") and marks a writer on each of its items:
    # a blog's or a section's front page, whose writers are its items', not its own
    ("list-of-writers", WEBSITE, _cards("Ben Ode", "Cara Voss", "Ana Lima"), None),
    ("one-writer-and-a-role", WEBSITE,
     '<span class="author">Ben Ode</span><span class="author">Ben Ode Staff Writer</span>'
     '<span class="author">Cara Voss</span>', "Ben Ode"),
    ("two-writers-on-a-page", WEBSITE, _cards("Ben Ode", "Cara Voss"), "Ben Ode"),
    # an article that lists other stories with their writers keeps its own
    ("article-and-its-list", ARTICLE, _cards("Ben Ode", "Cara Voss", "Ana Lima"), "Ben Ode"),
    # a page that declares nothing (an old forum's thread: each post's writer) keeps it
    ("undeclared-and-its-writers", "", _cards("ben_ode", "cara_voss", "ana_lima"), "ben_ode"),
    # an author box at a story's foot: the name alone over a note that opens with it
    ("author-box", ARTICLE, _box("Ana Lima", "Ana Lima is a reporter who covers the harbour."),
     "Ana Lima"),
    ("author-box-written-by", ARTICLE,
     _box("Written by Ana Lima", "Ana Lima has covered the ferries since 2019."), "Ana Lima"),
    # a note about someone else, or none at all (a related story's card), names no writer
    ("author-box-other-note", ARTICLE,
     _box("Ana Lima", "Ben Ode is a reporter who covers the harbour."), None),
    # two boxes are a team's; a thing's name over its description is no writer's
    ("author-boxes-of-a-team", ARTICLE,
     _box("Ana Lima", "Ana Lima is our editor.") + _box("Ben Ode", "Ben Ode is our skipper."),
     None),
    ("author-box-of-a-thing", ARTICLE,
     _box("Harbour Cart", "Harbour Cart is a trolley for the ferry."), None),
    # a page that declares no story (a firm's services) presents its people so
    ("author-box-on-a-firm-page", WEBSITE,
     _box("Ana Lima", "Ana Lima is a lawyer who has won many cases."), None),
    # a product's page: the site's name and a name its text shows are its maker's or its
    # seller's; the writer its metadata names (a review's) stands
    ("product-site-name-is-no-writer",
     PRODUCT + '<meta name="author" content="Harbourboots">'
     '<meta property="og:site_name" content="Harbourboots">', "", None),
    ("product-byline-element-is-the-maker", PRODUCT,
     '<div class="byline">By Harbour Boots</div>', None),
    ("product-meta-author", PRODUCT + '<meta name="author" content="Ana Lima">', "", "Ana Lima"),
    ("product-json-ld-author",
     LD.format('{"@type": "Product", "name": "Harbour boot", "author": {"@type": "Person",'
               ' "name": "Ana Lima"}}') + LD.format('{"@type": "Review", "author":'
               ' {"@type": "Person", "name": "Ana Lima"}}'), "", "Ana Lima"),
    # the same lines on an article's page name its writer
    ("article-byline-element", ARTICLE, '<div class="byline">By Harbour Boots</div>',
     "Harbour Boots"),
]


@pytest.mark.parametrize(
    ("name", "head", "body", "expected"), BYLINE_CASES, ids=[c[0] for c in BYLINE_CASES]
)
def test_byline(name: str, head: str, body: str, expected: str | None) -> None:
    assert newsclip.parse(page(head, body)).byline == expected


def test_a_page_class_on_body_is_no_comment_box() -> None:
    # a template names the page's kind on <body> ("single comments-page"): its byline
    # is still the page's
    html = page("", '<a class="author" href="/u/harbour_rower">harbour_rower</a>')
    html = html.replace("<body>", '<body class="single comments-page">')
    assert newsclip.parse(html).byline == "harbour_rower"


def test_entities_written_twice_are_decoded_twice() -> None:
    # CMSs escape a title's entities once more when they write it into meta tags and
    # JSON-LD: "&amp;#8216;" in the markup is "&#8216;" to the reader, then "‘"
    body = b"<p>The ferry crossed the bay twice that morning, carrying cars and cyclists.</p>" * 5
    for head in (
        b'<meta property="og:title" content="Gulls &amp;#8216;return&amp;#8217; to the pier">',
        b'<script type="application/ld+json">{"@type": "NewsArticle", '
        b'"headline": "Gulls &amp;#8216;return&amp;#8217; to the pier"}</script>',
    ):
        page = b"<html><head>" + head + b"</head><body><h1>Gulls</h1>" + body + b"</body></html>"
        assert newsclip.parse(page).title == "Gulls \u2018return\u2019 to the pier"


def test_a_headline_read_from_the_page_loses_its_permalink_mark() -> None:
    # documentation generators put a "¶" link after every heading
    body = b"<p>The ferry crossed the bay twice that morning, carrying cars and cyclists.</p>" * 5
    page = (b"<html><head></head><body><h2>Installing the ferry timetable app \xc2\xb6</h2>"
            + body + b"</body></html>")
    assert newsclip.parse(page).title == "Installing the ferry timetable app"
