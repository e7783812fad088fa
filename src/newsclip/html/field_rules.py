"""The HTML reader's metadata rules, as data: where the metadata stage found each field
("title:json-ld-headline", "date:meta-article:published_time"), each with an example
(a page's <head>, or a whole page) that ``tests/test_rule_tables.py`` runs.  The
rules of the body reader are in ``rules``, which joins both tables into ``RULES``."""

from __future__ import annotations

from .fields import (
    AUTHOR_KEYS, DATE_KEYS, DESCRIPTION_KEYS, MODIFIED_KEYS, SEARCHED_DATE_KEYS, SECTION_KEYS,
)
from .header_byline import RULES as HEADER_BYLINE_RULES
from .rule import GUESSED_HEADLINE_PAGE, HEADLINE_PAGE, Rule

__all__ = ["FIELD_RULES"]


def _ld(fields: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", {fields}}}</script>'


def _meta_rules(name: str, keys: tuple[str, ...], value: str) -> tuple[Rule, ...]:
    """A field's rule for each meta tag it is read from ("date:meta-og:published_time")."""
    return tuple(Rule(f"{name}:meta-{key}", "field", f"the meta tag {key}",
                      f"<meta name='{key}' content='{value}'>", label="header") for key in keys)


#: where the metadata stage found each field ("<field>:<rule>"); the examples are the
#: page's <head> (or a whole page)
FIELD_RULES: tuple[Rule, ...] = (
    Rule("title:json-ld-headline", "field", "JSON-LD's headline (or name)",
         _ld('"headline": "Harbour cranes fall silent"'), label="title"),
    Rule("title:meta-title", "field", "a meta title (og:title, dc.title, twitter:title …) that "
         "is more than the site's name or a section",
         "<meta property='og:title' content='Harbour cranes fall silent'>", label="title"),
    Rule("title:visible-headline", "field", "the page's <h1> or element called headline that "
         "<title> confirms", HEADLINE_PAGE, label="title"),
    Rule("title:share-link", "field", "the title the page's share links send",
         "<html><head><title>Harbour cranes fall silent | Gazette</title></head><body>"
         "<a href='https://share.example/post?url=https%3A%2F%2Fgazette.example%2Fa"
         "&title=Harbour+cranes+fall+silent'>Share</a><article>{story}</article></body></html>",
         label="title"),
    Rule("title:h1", "field", "the page's <h1>, when <title> names only the site or is none",
         "<html><body><article><h1>Harbour cranes fall silent</h1>{story}</article></body>"
         "</html>", label="title"),
    Rule("title:headline-element", "field", "an element called headline, beside a <title> "
         "that reads like a name", "<html><head><title>Valley Courier</title></head><body>"
         "<div class='headline'>Volunteers rebuild the old pier</div><article>{story}</article>"
         "</body></html>", label="title"),
    Rule("title:h1-in-title", "field", "the page's <h1>, when a metadata title is it and more "
         "after a separator (a site's or section's name, a variant)",
         "<html><head><meta property='og:title' content='Cranes | Port Weekly'></head><body>"
         "<article><h1>Cranes</h1>{story}</article></body></html>", label="title"),
    Rule("title:article-h1", "field", "on a page that declares an article, its one <h1>, "
         "when the metadata's title is that <h1> cut short or lengthened (on a product's "
         "page, when the <h1> is the metadata's title cut short)",
         "<html><head><meta property='og:type' content='article'><meta property='og:title' "
         "content='Harbour cranes fall silent'></head><body><article><h1>Harbour cranes fall "
         "silent after the storm</h1>{story}</article></body></html>", label="title"),
    Rule("title:section-h1", "field", "a section's front page: its first <h1>, when it names "
         "a section and <title> or og:title names it too, over the linked headlines of "
         "its list below", "<html><head><title>Science : Port Weekly</title></head><body><h1>Science"
         "</h1><h1><a href='/a'>Harbour cranes fall silent after the storm</a></h1><div>{story}"
         "</div></body>"
         "</html>", label="title"),
    Rule("title:title-tag", "field", "<title> without the site's name",
         "<title>Harbour cranes fall silent | Gazette</title>", label="title"),
    Rule("title:page-headline", "field", "the body reader's guess (rule page-headline)",
         GUESSED_HEADLINE_PAGE, label="title"),
    Rule("title:front-page", "field", "on a page that declares no story, an og:title that "
         "names only a section or the site (a section's or the site's front page), when "
         "no source is sure of a headline the page shows",
         "<html><head><meta property='og:title' content='Science'></head><body>"
         "<h2>Volunteers rebuild the old pier</h2><div>{story}</div></body></html>",
         label="title"),
    Rule("date:json-ld-date", "field", "JSON-LD's datePublished",
         _ld('"datePublished": "2020-05-03T10:00:00Z"'), label="header"),
    *_meta_rules("date", DATE_KEYS, "2020-05-03"),
    Rule("date:itemprop-date", "field", "an element with itemprop datePublished or dateCreated",
         "<html><body><article><span itemprop='datePublished' content='2020-05-03'></span>"
         "{story}</article></body></html>", label="header"),
    Rule("date:time-pubdate", "field", "a <time pubdate>",
         "<html><body><article><time pubdate datetime='2020-05-03'>3 May</time>{story}"
         "</article></body></html>", label="header"),
    Rule("date:time-element", "field", "a <time datetime>",
         "<html><body><article><time datetime='2020-05-03'>3 May</time>{story}</article>"
         "</body></html>", label="header"),
    Rule("date:published-element", "field", "an <abbr class='published' title='…'>",
         "<html><body><article><abbr class='published' title='2020-05-03'>3 May</abbr>{story}"
         "</article></body></html>", label="header"),
    Rule(
        "date:time-header", "field",
        "on a page that declares an article, the <time> under its headline (not an update's, "
        "not another story's), over a JSON-LD or meta date more than a day away",
        "<html><head><meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2013-03-11'></head><body><article>"
        "<h1>Harbour cranes fall silent</h1><p><time datetime='2020-05-03'>3 May 2020</time>"
        "</p>{story}</article></body></html>",
        label="header",
    ),
    Rule(
        "date:thread-started", "field",
        "a forum thread's header line, \"Started by …, <date>\" (or \"Start date <date>\"), "
        "before a <time> (a reply's) or a search",
        "<html><body><p>Started by Ana Lima, May 03, 2020, 11:23 AM</p>{story}"
        "<time datetime='2020-06-01'>1 June</time></body></html>",
        label="header",
    ),
    Rule(
        "date:first-post", "field",
        "the date in the header row of a forum's first post, beside its \"#1\", before a search",
        "<html><body><table><tr><td>3rd May 2020, 16:26</td><td>#<a>1</a></td></tr>"
        "</table>{story}</body></html>",
        label="header",
    ),
    Rule("date:url-date", "field", "the date of a page whose markup states none, "
         "found in the page's own address (canonical link, else og:url)",
         "<link rel='canonical' href='https://gazette.example/2020/05/03/cranes'>",
         label="header"),
    *_meta_rules("date", SEARCHED_DATE_KEYS, "2020-05-03"),
    Rule("date:search-holder", "field", "the date at the start of the first element that "
         "holds one by its class or id (post-date, entry-meta, byline …) or tag (<small>)",
         "<html><body><article><p class='posted'>Posted 3 May 2020 by Ana Lima</p>{story}"
         "</article></body></html>", label="header"),
    Rule("date:search-headline", "field", "a whole date in the page's <title> or <h1>",
         "<html><head><title>Council minutes, 3 May 2020</title></head>"
         "<body><article>{story}</article></body></html>", label="header"),
    Rule("date:search-timestamp", "field", "the first ISO 8601 date and clock in the markup "
         "(an attribute, a data value)",
         "<html><body><article data-created='2020-05-03 08:00:00'>{story}</article>"
         "</body></html>", label="header"),
    Rule("date:search-text", "field", "the earliest whole date among the page's short "
         "pieces of text (the later ones are comments', updates', other stories')",
         "<html><body><article><div>Story <span>Filed 4 May 2020</span></div>"
         "<div>Sent in 3 May 2020</div>{story}</article></body></html>", label="header"),
    Rule("date:search-first", "field", "the first whole date in the page's text, in any "
         "element: written any way in a short piece, with its month's name in a long one",
         "<html><body><article><b>Updated 03/05/2020</b>{story}</article></body></html>",
         label="header"),
    Rule("modified:json-ld-modified", "field", "JSON-LD's dateModified",
         _ld('"dateModified": "2020-05-04T08:00:00Z"'), label="header"),
    *_meta_rules("modified", MODIFIED_KEYS, "2020-05-04"),
    Rule("modified:itemprop-modified", "field", "an element with itemprop dateModified",
         "<html><body><article><span itemprop='dateModified' content='2020-05-04'></span>"
         "{story}</article></body></html>", label="header"),
    Rule("byline:json-ld-author", "field", "JSON-LD's author (or creator)",
         _ld('"author": {"name": "Ana Lima"}'), label="header"),
    *_meta_rules("byline", AUTHOR_KEYS, "Ana Lima"),
    Rule("byline:author-link", "field", "an element with rel or itemprop author",
         "<html><body><a rel='author'>Ana Lima</a>{story}</body></html>", label="header"),
    Rule("byline:byline-element", "field", "a short element whose class says byline or author",
         "<html><body><article><div class='byline'>By Ana Lima</div>{story}</article></body>"
         "</html>", label="header"),
    Rule("byline:poster-element", "field", "with no byline, a forum's first poster (username)",
         "<html><body><a class='username'>ana_l</a>{story}</body></html>", label="header"),
    *HEADER_BYLINE_RULES,  # (html/header_byline.py)
    Rule("byline:author-page-link", "field", "with no byline found otherwise, the first "
         "link to a writer's page on the site (/author/ana-lima) that reads as a name",
         "<html><body><article><h1>Harbour cranes fall silent</h1>"
         "<a href='/author/ana-lima/'>Ana Lima</a>{story}</article></body></html>",
         label="header"),
    Rule("byline:meta-twitter-card-author", "field", "with no byline found otherwise, the "
         "twitter card's value labelled as the writer's (twitter:label1 \"Written by\", "
         "twitter:data1)", "<meta name='twitter:label1' content='Written by'>"
         "<meta name='twitter:data1' content='Ana Lima'>", label="header"),
    Rule("byline:site-author", "field", "with no writer named anywhere, a byline field that "
         "names only the site (its name, its team or staff)",
         "<meta name='author' content='Harbour Gazette Team'>"
         "<meta property='og:site_name' content='Harbour Gazette'>", label="header"),
    Rule("outlet:json-ld", "field", "JSON-LD's publisher",
         _ld('"publisher": {"name": "Harbour Gazette"}'), label="header"),
    Rule("outlet:meta", "field", "a meta tag naming the site (og:site_name …)",
         "<meta property='og:site_name' content='Harbour Gazette'>", label="header"),
    # (html/about.py)
    Rule("url:canonical", "field", "the canonical link, when absolute http(s)",
         "<link rel='canonical' href='https://gazette.example/cranes'>", label="header"),
    *_meta_rules("url", ("og:url",), "https://gazette.example/cranes"),
    Rule("url:json-ld-url", "field", "JSON-LD's url (or mainEntityOfPage)",
         _ld('"url": "https://gazette.example/cranes"'), label="header"),
    *_meta_rules("description", DESCRIPTION_KEYS, "Cranes fall silent."),
    Rule("description:json-ld-description", "field", "JSON-LD's description",
         _ld('"description": "Cranes fall silent."'), label="header"),
    Rule("section:json-ld-articleSection", "field", "JSON-LD's articleSection (its first)",
         _ld('"articleSection": "Business"'), label="header"),
    *_meta_rules("section", SECTION_KEYS, "Business"),
    Rule("tags:json-ld-keywords", "field", "JSON-LD's keywords (a list, or comma-separated)",
         _ld('"keywords": "cranes, harbour"'), label="header"),
    *_meta_rules("tags", ("article:tag",), "cranes"),
)
