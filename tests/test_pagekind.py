"""The kind a page declares (html/pagekind.py): one table of heads, and how the body
reader reads a list of items by it."""

from __future__ import annotations

import pytest
from lxml import etree

import newsclip
from newsclip.html.pagekind import ARTICLE, LISTING, PAGE, PRODUCT, THREAD, page_kind


def _ld(types: str) -> str:
    return f'{{"@context": "https://schema.org", "@type": {types}, "name": "Ferry times"}}'


KINDS = [
    # (og:type, JSON-LD blocks, kind)
    (None, [], None),
    ("article", [], ARTICLE),
    # a page that declares itself, as none of the kinds: a site's page
    ("website", [_ld('"WebPage"')], PAGE),
    ("website", [], PAGE),
    (None, [_ld('"Organization"')], PAGE),
    (None, [_ld('"NewsArticle"')], ARTICLE),
    (None, [_ld('["Article", "BlogPosting"]')], ARTICLE),
    (None, ['{"@graph": [{"@type": "WebPage"}, {"@type": "BlogPosting"}]}'], ARTICLE),
    ("article", [_ld('"DiscussionForumPosting"')], THREAD),
    (None, [_ld('"QAPage"')], THREAD),
    ("product", [], PRODUCT),
    ("article", [_ld('"Product"')], PRODUCT),
    ("product.group", [], LISTING),
    ("website", [_ld('"CollectionPage"')], LISTING),
    (None, ['{"@type": "CollectionPage", "mainEntity": {"@type": "ItemList"}}'], LISTING),
    # og:type "article" (a template's default) does not beat the list the JSON-LD declares,
    # but an article the JSON-LD declares does
    ("article", [_ld('"CollectionPage"')], LISTING),
    ("article", ['{"@graph": [{"@type": "CollectionPage"}, {"@type": "ItemList"}]}'], LISTING),
    ("article", [_ld('"CollectionPage"'), _ld('"NewsArticle"')], ARTICLE),
]


def test_kind_cases_are_unique() -> None:
    keys = [(og, tuple(ld)) for og, ld, _ in KINDS]
    assert len(keys) == len(set(keys))


#: microdata on the page's boxes (their ``itemtype``s) and the kind they say
MICRODATA = [
    ("https://schema.org/QAPage", THREAD),
    ("http://schema.org/DiscussionForumPosting", THREAD),
    ("https://schema.org/Question https://schema.org/QAPage", THREAD),
    ("https://schema.org/Comment", None),  # an article's comments make no thread
    ("https://schema.org/Person", None),
]


@pytest.mark.parametrize(("itemtype", "kind"), MICRODATA)
def test_page_kind_from_microdata(itemtype: str, kind: str | None) -> None:
    root = etree.fromstring(
        f'<html><head></head><body><div itemscope itemtype="{itemtype}"><p>Hi</p></div>'
        "</body></html>", etree.HTMLParser())
    assert page_kind(root, []) == kind


_ANSWER = ("The tide tables give the hours of high water at the harbour mouth, and the "
           "ferry leaves an hour before each one, so plan the walk around them.")


def _question_page(itemtype: str) -> bytes:
    # a question, its "Add a comment" link, then its answers
    answers = "".join(f'<div class="answer"><p>Answer {k}: {_ANSWER}</p></div>' for k in (1, 2))
    return (f'<html><head><title>Ferry times</title></head><body>'
            f'<div itemscope itemtype="{itemtype}"><h1>When does the ferry leave?</h1>'
            f'<div class="question"><p>Question: {_ANSWER}</p><p>{_ANSWER}</p>'
            f'<p>{_ANSWER}</p></div><p>Add a comment</p><h2>2 Answers</h2>{answers}</div>'
            '</body></html>').encode()


def test_a_comments_heading_does_not_end_a_thread() -> None:
    # a thread's replies come after "Add a comment"; an article's comments do not
    text = newsclip.parse(_question_page("https://schema.org/QAPage"), input_format="html").text
    assert "Answer 1:" in text and "Answer 2:" in text
    text = newsclip.parse(_question_page("https://schema.org/Article"),
                          input_format="html").text
    assert "Question:" in text and "Answer 1:" not in text


@pytest.mark.parametrize(("og", "json_ld", "kind"), KINDS)
def test_page_kind(og: str | None, json_ld: list[str], kind: str | None) -> None:
    meta = f'<meta property="og:type" content="{og}">' if og else ""
    root = etree.fromstring(f"<html><head>{meta}</head><body></body></html>",
                            etree.HTMLParser())
    assert page_kind(root, json_ld) == kind


_BLURB = "a walk along the towpath from the old mill to the lock gates, with the herons"


def _list_page(og: str | None, credit: str = "") -> bytes:
    # a section's front page: linked headlines, each with a line about it (``credit``:
    # and its writer and date under that)
    items = "".join(
        f'<li class="card"><h3><a href="/walk-{k}">Towpath walk number {k} of the season</a></h3>'
        f"<p>Walk {k}: {_BLURB}.</p>" + (f"<p>{credit} – 3/{k}/2026</p>" if credit else "")
        + "</li>"
        for k in range(1, 9)
    )
    meta = f'<meta property="og:type" content="{og}">' if og else ""
    return (f"<html><head><title>Walks</title>{meta}</head><body><h1>Walks</h1>"
            f'<ul class="cards">{items}</ul></body></html>').encode()


def test_a_list_keeps_its_linked_items() -> None:
    text = newsclip.parse(_list_page(None), input_format="html").text
    assert "Towpath walk number 1 of the season" in text
    assert "Towpath walk number 8 of the season" in text and "Walk 8:" in text


def test_an_article_does_not_keep_linked_teasers() -> None:
    # the same page declared an article: its linked headlines are links to other stories
    record = newsclip.parse(_list_page("article"), input_format="html")
    assert "Towpath walk number" not in record.text


def test_a_product_page_that_lists_items_keeps_them() -> None:
    # a shop's page declared a product that is a list of its variants or kits
    text = newsclip.parse(_list_page("product"), input_format="html").text
    assert "Towpath walk number 1 of the season" in text
    assert "Towpath walk number 8 of the season" in text


def test_a_list_of_cards_with_credit_lines_keeps_its_linked_items() -> None:
    # the credit lines do not break the run of teasers that shows the page is a list
    text = newsclip.parse(_list_page(None, "Ana Lima"), input_format="html").text
    assert "Towpath walk number 1 of the season" in text
    assert "Towpath walk number 8 of the season" in text and "Walk 8:" in text


def _site_page(og: str | None) -> bytes:
    # a site's page: an intro, then a short list of linked items (less link text than
    # intro, more than three tenths of it)
    intro = " ".join(f"<p>{_BLURB}, stop {k}, and back by the river path.</p>" for k in (1, 2))
    items = "".join(f'<li><a href="/walk-{k}">Towpath walk number {k}</a></li>' for k in range(1, 6))
    meta = f'<meta property="og:type" content="{og}">' if og else ""
    return (f"<html><head><title>Walks</title>{meta}</head><body><h1>Walks</h1>"
            f'<div class="intro">{intro}<ul>{items}</ul></div></body></html>').encode()


def test_a_site_page_keeps_a_short_list_of_linked_items() -> None:
    # a page that declares itself a site's page (og:type "website") is a list sooner
    # than a page that declares nothing, which may be an old story beside its links
    text = newsclip.parse(_site_page("website"), input_format="html").text
    assert "Towpath walk number 1" in text and "Towpath walk number 5" in text
    text = newsclip.parse(_site_page(None), input_format="html").text
    assert "stop 1" in text and "Towpath walk number" not in text


@pytest.mark.parametrize(("credit", "head", "byline"), [
    # an item's writer, shown in its card, is not the list's
    ('<span class="byline">By Ana Lima</span>', "", None),
    ("By Ana Lima", "", None),
    ('<div class="author">Ana Lima</div>', "", None),
    # the writer the list's metadata names stands
    ("By Ana Lima", '<meta name="author" content="Cy Marsh">', "Cy Marsh"),
], ids=["byline-element", "by-line", "author-element", "meta-author"])
def test_a_list_has_no_items_writer_for_byline(credit: str, head: str, byline: str | None) -> None:
    title = b"<title>Walks</title>"
    page = _list_page(None, credit).replace(title, title + head.encode())
    record = newsclip.parse(page, input_format="html")
    assert "read as a list: its linked items kept" in record.warnings
    assert record.byline == byline
