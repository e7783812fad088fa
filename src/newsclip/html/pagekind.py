"""What kind of page a page says it is: an article, a thread of posts, a product, a
list of items, from its JSON-LD ``@type``s and its ``og:type`` meta tag (a thread also
from its microdata ``itemtype``, as forums' templates write it).

The body reader reads a page by its kind: an article's teaser links are not its
text, a list's linked names are.  Only what the page declares is read here; what
its structure shows, the stages weigh themselves.  Not for metadata (``metadata``
reads the article's fields).
"""

from __future__ import annotations

import re

from lxml import etree

from .blocks import ATTRIBUTE_SCAN
from .fields import ARTICLE_TYPES, POSTING_TYPES
from .tree import MAX_JSON_LD

__all__ = ["ARTICLE", "THREAD", "PRODUCT", "LISTING", "PAGE", "THREAD_TYPES", "PRODUCT_TYPES",
           "LISTING_TYPES", "OG_KINDS", "WEB_PAGE", "page_kind", "declared_types"]

ARTICLE, THREAD, PRODUCT, LISTING = "article", "thread", "product", "listing"
#: a page that declares what it is, and is none of those: og:type "website", a JSON-LD
#: WebPage or Organization (a site's front page, a service's page, a shop's category);
#: a page that declares nothing at all (as pages did before Open Graph) is of no kind
PAGE = "page"

#: JSON-LD types (lower case) of a thread of posts: a forum's topic, a question and
#: its answers
THREAD_TYPES = POSTING_TYPES | {"qapage"}
#: ... of one product's page
PRODUCT_TYPES = frozenset(t.lower() for t in ("Product", "ProductGroup", "ItemPage"))
#: ... of a page listing items (a shop's category, a search's results)
LISTING_TYPES = frozenset(
    t.lower() for t in ("CollectionPage", "SearchResultsPage", "OfferCatalog")
)
#: the JSON-LD type (lower case) of the page itself, beside the story it holds: the graph
#: a site's search-engine settings write, whose titles are written for search results
WEB_PAGE = "webpage"
#: og:type values (lower case) and the kind each says
OG_KINDS = {
    "article": ARTICLE, "blog": ARTICLE, "product": PRODUCT, "product.item": PRODUCT,
    "product.group": LISTING, "product:group": LISTING,
}

# "@type": "NewsArticle" or "@type": ["Article", "BlogPosting"]
_TYPE = re.compile(r'"@type"\s*:\s*(?:"([^"\\]{1,80})"|\[([^\]]{0,400})\])')
_NAME = re.compile(r'"([^"\\]{1,80})"')


def declared_types(json_ld: list[str]) -> set[str]:
    """Every ``@type`` (lower case) the page's JSON-LD blocks name."""
    types: set[str] = set()
    for raw in json_ld:
        # (a block is read no further than the metadata reads it)
        for one, many in _TYPE.findall(raw[:MAX_JSON_LD]):
            types.update(t.lower() for t in ([one] if one else _NAME.findall(many)))
    return types


def page_kind(
    root: etree._Element, json_ld: list[str], markup: str | None = None
) -> str | None:
    """The kind the page declares: a thread beats a product, which beats an article
    (a forum's topic is also a posting, a shop's page may call itself an article),
    which beats a list; PAGE when it declares none of them, None when it declares
    nothing.  og:type "article" alone does not beat a list that the JSON-LD declares.
    ``markup``: what the tree was read from (``tree.Prepared.markup``): a page whose
    markup never writes "itemtype" is not searched for it."""
    types = declared_types(json_ld)
    head = root.find("head")
    og = declared = None
    if head is not None:
        for meta in head.iter("meta"):
            if (meta.get("property") or meta.get("name") or "").lower() == "og:type":
                declared = (meta.get("content") or "").strip().lower()
                og = OG_KINDS.get(declared)
                break
    if types & THREAD_TYPES or _microdata_thread(root, markup):
        return THREAD
    if types & PRODUCT_TYPES or og == PRODUCT:
        return PRODUCT
    if types & ARTICLE_TYPES or (og == ARTICLE and not types & LISTING_TYPES):
        return ARTICLE  # (a list's JSON-LD beats og:type "article", many templates' default)
    if types & LISTING_TYPES or og == LISTING:
        return LISTING
    return PAGE if types or declared else None


def _microdata_thread(root: etree._Element, markup: str | None = None) -> bool:
    """Whether an element's microdata ``itemtype`` names a thread's type (a forum's
    topic, a question and its answers); ``markup``: what the tree was read from, where
    each such attribute is written (its name made small by the browser's algorithm)."""
    if markup is not None and "itemtype" not in markup:
        return False
    # (libxml2's XPath gathers the attributes: a walk in C, not in Python)
    for value in root.xpath("//@itemtype"):
        # "https://schema.org/DiscussionForumPosting": the type ends the address
        for address in str(value)[:ATTRIBUTE_SCAN].split():
            if address.rsplit("/", 1)[-1].lower() in THREAD_TYPES:
                return True
    return False
