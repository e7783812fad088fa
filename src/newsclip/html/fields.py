"""Where a page states its headline, dates, byline, outlet, summary, section and tags,
as data.

The meta keys each field is read from, in order of trust; the JSON-LD types
that mark an article; the class/id words of the elements that hold a field.
``metadata``, ``dates``, ``site`` and ``title`` read the page by these tables.
"""

from __future__ import annotations

__all__ = [
    "ARTICLE_TYPES", "POSTING_TYPES", "TITLE_KEYS", "DATE_KEYS", "SEARCHED_DATE_KEYS", "MODIFIED_KEYS", "AUTHOR_KEYS", "CARD_PAIRS", "SITE_KEYS",
    "HEADLINE_WORDS", "BYLINE_WORDS", "DATE_HOLDER_CUES", "DATE_HOLDER_TAGS", "UPDATE_CUES",
    "POSTER_WORDS", "PLACEHOLDER_BYLINES", "CONTROL_BYLINES", "DESCRIPTION_KEYS", "SECTION_KEYS", "TAG_KEYS",
]

#: JSON-LD ``@type``s of an article (lower case)
ARTICLE_TYPES = frozenset(
    t.lower() for t in (
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle",
        "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting",
        "TechArticle", "ScholarlyArticle", "Report", "Review",
    )
)

#: JSON-LD ``@type``s of a thread's opening post, whose headline, date and author
#: are the thread's (lower case; the page is a thread, not an article: ``pagekind``)
POSTING_TYPES = frozenset(("discussionforumposting",))

#: meta keys (property / name / itemprop, lower case) in order of trust, per field
TITLE_KEYS = (
    "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
    "title", "twitter:title", "parsely:title", "sailthru.title", "headline",
)
DATE_KEYS = (
    "article:published_time", "og:article:published_time", "article.published",
    "datepublished", "parsely:pub-date", "sailthru.date", "pubdate", "publishdate",
    "publish-date", "publish_date", "article_date_original", "original-publish-date",
    "dc:date.issued", "dcterm:issued", "dc:date", "dcterm:date", "dcterm:created",
    "dc:date.created", "date", "og:published_time", "cxenseparse:recs:publishtime",
)
#: meta keys of a publication date that only a search of the page reads (after the
#: page's address): keys of other schemas and of single CMSs (htmldate's list, as
#: ``metadata`` writes keys: "dc.created" is "dc:created"), less trusted than a
#: ``<time>`` element's date
SEARCHED_DATE_KEYS = (
    "citation_publication_date", "citation_date", "dc:date.publication", "dc:created",
    "published", "published-date", "published_date", "publisheddate", "publication_date",
    "published_time", "publish_time", "date-pub", "date_published", "date_created",
    "datecreated", "dateposted", "displaydate", "originalpublicationdate", "doc_date",
    "rbpubdate", "created", "creation_date", "article:published", "article:post_date",
    "article:publicationdate", "article:published_date", "og:article:published",
    "og:datepublished", "og:pubdate", "og:publish_date", "rnews:datepublished",
    "shareaholic:article_published_time", "vr:published_time", "bt:pubdate",
    "content_create_date", "twt-published-at", "pdate", "ptime", "timestamp", "article.created",
)
#: the page's last change, kept apart from its publication
MODIFIED_KEYS = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "dcterm:modified", "dc:date.modified", "last-modified", "lastmod", "modified",
)
#: Dublin Core's creator first: pages that set it name the author formally,
#: while name=author is as often a CMS account or a default left in a template
AUTHOR_KEYS = (
    "dc:creator", "dcterm:creator", "author", "article:author", "parsely:author",
    "sailthru.author", "byl",
)
#: the twitter card's pairs of a label and a value ("twitter:label1" "Written by",
#: "twitter:data1" "Ana Lima") read for the writer's name, at most
CARD_PAIRS = 4
#: the summary: OpenGraph's is written for the article, name=description as often
#: for the search engines (and sometimes the site's), so it comes after
DESCRIPTION_KEYS = (
    "og:description", "description", "dc:description", "dcterm:description",
    "twitter:description",
)
SECTION_KEYS = ("article:section", "og:article:section", "parsely:section")
#: keys of the meta tags a page writes once per tag
TAG_KEYS = frozenset(("article:tag", "og:article:tag"))
SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc:publisher", "twitter:site")

#: pieces of the class or id of an element that holds a page's date, when the markup
#: states none (html/date_search.py; htmldate's list): "post-date", "entry-meta",
#: "publishedOn", "byline", "fecha", "field-content", "fa-calendar"…
DATE_HOLDER_CUES = (
    "date", "datum", "fecha", "parution", "time", "publish", "publication", "posted",
    "submitted", "created-post", "meta", "info", "byline", "subline", "author", "autor",
    "footer", "post_detail", "block-content", "field-content", "fa-clock-o", "fa-calendar",
)
#: tags that hold a page's date whatever their class (a page's fine print)
DATE_HOLDER_TAGS = frozenset(("footer", "small"))
#: pieces of the class of an element that holds a page's last change, or a thread's
#: last reply, not its publication: "entry-date updated", "ModifiedAt",
#: "structItem-latestDate", "date-revised" (a pattern: "last" as a word's end only)
UPDATE_CUES = r"updat|modif|revis|edited|latest|last\b"

#: class/id words of an element that holds the headline or a byline
HEADLINE_WORDS = frozenset("headline title heading articletitle storytitle entrytitle".split())
BYLINE_WORDS = frozenset(
    "byline author authors byl writer creator contributor".split()
    # (in the corpora's other languages: de, es, pt, fr, it)
    + "autor autorin autoren verfasser auteur autore".split()
)
#: class/id words, and tags, of a box whose writer is not the page's: a buyer's review,
#: a client's testimonial, a reader's comment or the form to write one, a quotation
QUOTED_WORDS = frozenset(
    "review reviews testimonial testimonials comment comments commentform respond quote".split()
)
QUOTED_TAGS = frozenset(("form", "blockquote"))
#: class names that file a post under its topics ("category-gear-reviews", "tag-comments",
#: as WordPress writes them on the <article>): what it is about, not what box it is
TOPIC_CLASS_PREFIXES = ("category-", "tag-")
#: class words of the element that names a post's writer on a forum ("username",
#: vBulletin's "bigusername"): the page's first one is the thread's opening post's,
#: read when the page names no byline
POSTER_WORDS = frozenset("username bigusername".split())
#: what a template writes where the writer's name goes when it has none: a label
#: ("Author", "The Author"), a key of its own ("page.head.extra.author"), the site's
#: login account ("admin", "Webmaster") or a script's empty value ("undefined")
PLACEHOLDER_BYLINES = frozenset((
    "author", "the author", "authors", "writer", "by",
    "admin", "administrator", "webmaster", "undefined", "null",
))
#: a control's label in an element the markup marks as the writer's (a login box's
#: "Sign in", a dialog's "Cancel" beside the author field): no one's name
CONTROL_BYLINES = frozenset((
    "sign in", "sign up", "log in", "login", "log out", "logout", "register", "cancel",
    "close", "subscribe", "menu", "search",
))
