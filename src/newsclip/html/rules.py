"""The HTML reader's rules, as data: each has a name (shown in ``removed`` and by
``newsclip explain``), says what it matches and gives an example that
``tests/test_rule_tables.py`` runs.

Kinds of rule, by what they look at:

- ``tag``, ``role``, ``class``: an element, by its tag, its ARIA role or the
  words of its class and id (pass 1, ``chrome``).  The vocabulary is general
  (what templates everywhere call their share bars, comment sections and
  related-link lists), never a site's name;
- ``line``: a block of text matched whole by a pattern, anywhere in the article
  (pass 3, ``reading``); ``end``: the same for the lines that end the article
  ("Comments (12)", "Related stories");
- ``page``: decided by the page's structure or a block's place (what the rule
  matches is said in words; the code that applies it names it from here); their
  table is in ``page_rules``;
- ``field``: where the metadata stage found a field ("title:json-ld-headline"); their
  table is in ``field_rules``.

``NAMES`` holds every rule name the reader can give; a test reads the reader's
code and fails on a name it sets that is not here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from .._vocab import COMMON_PHOTO_CREDITS, WIRE_CREDIT, WRITER_ROLES
from ..text.prefilter import ByFirstTwo
from .field_rules import FIELD_RULES
from .page_rules import PAGE_RULES
from .fields import QUOTED_TAGS, QUOTED_WORDS, TOPIC_CLASS_PREFIXES
from .rule import Rule
from .tree import remembered

__all__ = [
    "Rule", "RULES", "NAMES", "ELEMENT_RULES", "LINE_RULES", "END_RULES", "PAGE_RULES",
    "FIELD_RULES", "DROP_TAGS", "GUARDED_TAGS", "DROP_ROLES", "CHROME_LINES", "END_MARKERS",
    "words", "says", "class_rule", "chrome_line", "end_marker", "SCREEN_WORDS", "SHOWN_WORDS",
    "DISPLAY_WORDS", "SCREEN_CLASSES", "screen_class", "PRODUCT_REVIEWS", "box_class",
]


#: elements that never hold article text, by tag, ARIA role or class/id words
ELEMENT_RULES: tuple[Rule, ...] = (
    Rule("script", "tag", "script", "<script>var ferry = 1;</script>", shown=False),
    Rule("style", "tag", "style", "<style>p { color: navy }</style>", shown=False),
    Rule("noscript", "tag", "noscript", "<noscript>Turn on scripts to see the map.</noscript>",
         shown=False),
    Rule("template", "tag", "template", "<template><p>Ferry times</p></template>", shown=False),
    Rule("head", "tag", "head link meta title", "<link rel='stylesheet' href='a.css'>",
         shown=False),
    Rule("graphics", "tag", "svg canvas", "<svg><text>Tide 3.2 m</text></svg>"),
    Rule("iframe", "tag", "iframe", "<iframe>Your browser does not show frames.</iframe>"),
    Rule("embedded-object", "tag", "object embed applet",
         "<object>The ferry timetable (PDF)</object>"),
    Rule("media", "tag", "video audio", "<video>Your browser cannot play this video.</video>"),
    Rule("navigation", "tag", "nav menu",
         "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"),
    Rule("aside", "tag", "aside", "<aside>Ferry times: every twenty minutes.</aside>"),
    Rule("footer", "tag", "footer", "<footer>About us · Contact · Jobs</footer>"),
    Rule("page-header", "tag", "header", "<header>Harbour Gazette · Since 1881</header>"),
    Rule("form", "tag", "form button select input textarea label fieldset",
         "<form><label>Your e-mail</label><input name='e'><button>Sign up</button></form>"),
    Rule("dialog", "tag", "dialog", "<dialog>Sign up for our newsletter</dialog>"),
    # ARIA landmark roles that are page furniture
    Rule("navigation", "role", "navigation menu menubar tablist",
         "<div role='navigation'><a href='/'>Home</a> <a href='/sport'>Sport</a></div>"),
    Rule("page-header", "role", "banner", "<div role='banner'>Harbour Gazette</div>"),
    Rule("footer", "role", "contentinfo", "<div role='contentinfo'>About us · Jobs</div>"),
    Rule("aside", "role", "complementary",
         "<div role='complementary'>Ferry times: every twenty minutes.</div>"),
    Rule("form", "role", "search", "<div role='search'>Search the archive</div>"),
    Rule("dialog", "role", "dialog alertdialog", "<div role='dialog'>Allow notifications?</div>"),
    Rule("article-tools", "role", "toolbar", "<div role='toolbar'>Print · E-mail · Save</div>"),
    # Words in class/id.  Long, unambiguous words match inside longer names
    # ("sharebar", "commentlist"); short ones only as whole words ("ad", not "head").
    Rule("share-widget", "class", "share shares sharing social sociable addthis sharethis "
         "shareaholic socialbar", "<div class='share-buttons'>Facebook Twitter</div>",
         stems="sharebar socialmedia"),
    Rule("comments", "class", "comment comments disqus respond replies discussion reactions",
         "<div class='comment-list'>Lovely pier, well done.</div>", stems="comment disqus"),
    Rule("related-links", "class", "related recommended recommendations trending popular "
         "mostpopular most-read mostread more-stories outbrain taboola also readmore read-more "
         "morelinks further", "<div class='related-stories'>Ferry fares to rise</div>",
         stems="related outbrain taboola mostpopular mostread"),
    Rule("advert", "class", "ad ads adv advert adverts advertisement advertising sponsor "
         "sponsored sponsors promo promos dfp adsense adslot adunit banner-ad",
         "<div class='ad-slot'>Holidays by the sea</div>", stems="advert sponsor adsense"),
    Rule("navigation", "class", "nav navbar navigation menu menus breadcrumb breadcrumbs "
         "pagination pager skip skiplink topnav subnav jump",
         "<div class='breadcrumbs'>Home › Local › Harbour</div>",
         stems="breadcrumb pagination navbar"),
    Rule("sidebar", "class", "sidebar side rail right-rail widget widgets sidebox",
         "<div class='sidebar'>Weather: light rain</div>", stems="sidebar"),
    Rule("footer", "class", "footer foot copyright colophon",
         "<div class='site-footer'>About us · Jobs</div>", stems="footer copyright"),
    # (a box merely named "header" is as often the story's, holding its headline)
    Rule("page-header", "class", "masthead topbar",
         "<div class='masthead'>Valley Courier, your town's paper</div>",
         stems="masthead site-header site_header siteheader page-header page_header pageheader"),
    Rule("newsletter", "class", "newsletter subscribe subscription signup sign-up paywall "
         "registration login", "<div class='newsletter-signup'>Get the morning briefing</div>",
         stems="newsletter subscri signup paywall"),
    Rule("cookie-notice", "class", "cookie cookies consent gdpr",
         "<div class='cookie-consent'>We use cookies to improve the site.</div>",
         stems="cookie consent gdpr"),
    Rule("popup", "class", "popup modal overlay lightbox",
         "<div class='modal'>Before you go: subscribe</div>", stems="popup modal"),
    Rule("gallery", "class", "gallery galleries slideshow carousel filmstrip",
         "<div class='slideshow'>Harbour at dawn</div>", stems="gallery slideshow carousel"),
    Rule("tag-list", "class", "tags tag-list taglist keywords topics categories",
         "<div class='tags'>Harbour, Strikes, Shipping</div>", stems="taglist"),
    Rule("author-bio", "class", "biography authorbio authorbox aboutauthor",
         "<div class='author-bio'>Ann Berg is a reporter who has covered the harbour "
         "for ten years.</div>", stems="authorbio authorbox aboutauthor"),
    Rule("article-tools", "class", "tools toolbar print email utility utilities bookmark "
         "bookmarks rss font-size fontsize", "<div class='article-tools'>Print E-mail</div>",
         stems="toolbar"),
)

#: tags that never hold article text (the name of the rule, by tag)
DROP_TAGS: dict[str, str] = {
    tag: r.name for r in ELEMENT_RULES if r.kind == "tag" for tag in r.matches.split()
}
#: tags dropped only when they do not hold the article (ASP.NET pages wrap
#: everything in one <form>; some templates put the whole story in <header>;
#: markup broken early in <head> leaves the whole page inside it)
GUARDED_TAGS = frozenset({"form", "header", "footer", "aside", "fieldset", "label", "head"})
#: ARIA landmark roles that are page furniture
DROP_ROLES: dict[str, str] = {
    role: r.name for r in ELEMENT_RULES if r.kind == "role" for role in r.matches.split()
}

# Words that say "this may be the article": an element carrying one as well
# as a chrome word ("main has-sidebar") is dropped only when it is small.
_CONTENT_WORDS = frozenset(
    "article articlebody body content main story entry post storybody".split()
)

_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

#: class words of a box of reviews: on a page that declares a product, its buyers'
#: comments (a shop's list, "product-reviews"); elsewhere they may be the content (a
#: roundup's reviewed items, a directory's ratings), so they are no rule of their own
PRODUCT_REVIEWS = frozenset({"reviews"})

_WHOLE: dict[str, str] = {}
_STEMS: list[tuple[str, str]] = []
for _r in ELEMENT_RULES:
    if _r.kind == "class":
        for _w in _r.matches.split():
            for _part in (_w, _w.replace("-", "")):
                _WHOLE.setdefault(_part, _r.name)
        _STEMS.extend((_s, _r.name) for _s in _r.stems.split())


@remembered
def words(value: str) -> tuple[str, ...]:
    """The words of a class or id value: split on punctuation and camelCase."""
    low = value.lower()  # (a value that lower case leaves as it is has no camelCase)
    return tuple(_SPLIT.split(low if low == value else _CAMEL.sub(" ", value).lower()))


def box_class(el: etree._Element) -> str:
    """An element's class and id, without the classes that file a post under its topics
    (``TOPIC_CLASS_PREFIXES``: "category-gear-reviews" says what it is about, not
    what box it is)."""
    value = f"{el.get('class') or ''} {el.get('id') or ''}"
    return " ".join(c for c in value.split() if not c.startswith(TOPIC_CLASS_PREFIXES))


def says(vocabulary: frozenset[str]) -> Callable[[str], bool]:
    """A test of a class/id value, its answers remembered: whether one of its words
    (``words``) is in ``vocabulary`` (the walks over every element ask it).  Each of
    its words stands in the value made small (spaces and punctuation aside): a value
    that holds none of ``vocabulary`` there is not split (most values, a page's many
    classes outnumbering what is remembered)."""
    hint = re.compile("|".join(map(re.escape, sorted(vocabulary)))).search

    @remembered
    def test(value: str) -> bool:
        return hint(value.lower()) is not None and not vocabulary.isdisjoint(words(value))

    return test


_QUOTED_CUE = says(QUOTED_WORDS)


def in_quoted_box(el: etree._Element) -> bool:
    """In a review, a testimonial, a comment or a form (``QUOTED_WORDS``): a name there is
    who wrote it, not the page's writer (``<body>``'s class names the page's kind)."""
    return any(
        a.tag in QUOTED_TAGS or _QUOTED_CUE(box_class(a))
        for a in (el, *el.iterancestors()) if a.tag not in ("body", "html")
    )


#: "seo" opening a word of a class name: one that also names a footer ("block-seofootertext",
#: "footer-seo") holds a shop's copy about the category for search engines, under its grid
#: (its text, where it is prose; a footer's links go as links)
_SEO = re.compile(r"(?:^|[-_])seo")


@remembered
def class_rule(value: str) -> tuple[str | None, bool]:
    """The chrome rule a class/id value names (or None), and whether it also names content."""
    if not value:
        return None, False
    ws = [w for w in words(value) if w]
    content = any(w in _CONTENT_WORDS for w in ws)
    for w in ws:
        rule = _WHOLE.get(w)
        if rule:
            return rule, content
    low = value.lower()
    if _ANY_STEM(low) is None:  # (one search in C for the many values that hold none)
        return None, content
    for stem, rule in _STEMS:
        if stem in low:
            if rule == "footer" and any(_SEO.search(c) and "footer" in c for c in low.split()):
                return None, content  # a shop's copy for search engines under its grid
            return rule, content
    return None, content


_ANY_STEM = re.compile("|".join(re.escape(stem) for stem, _rule in _STEMS)).search


#: the roles a staff credit names ("Staff Writer", "Ana Lima, correspondent")
_STAFF_ROLES = "|".join(WRITER_ROLES[:3])

#: short paragraphs that are page furniture wherever they stand (matched whole, in order,
#: regardless of case)
LINE_RULES: tuple[Rule, ...] = (
    Rule(
        "advert-label", "line",
        r"(advertisement|advertising|sponsored( content)?|ad)\W*",
        "Advertisement",
    ),
    Rule(
        "share-prompt", "line",
        r"(share|share this( article| story)?|share on \w+|tweet|email|print"
        r"|(e-?mail|print) (this )?(article|story|page)|comments?)\W*"
        r"|share this( article| story)?:?\s.{0,70}"
        r"|(send|e-?mail) (this )?(article|story|page) to (a )?friends?.{0,40}"
        r"|printer[- ]friendly( page| version| format)?\W*"
        r"|print (this )?(page|version)\W*"
        r"|(like|share) this:?|read (it )?later|save (it )?for later",
        "Share this article",
    ),
    Rule(
        "reading-time", "line",
        r"(.{0,40}\s[·•|–-]\s*)?\d{1,3}\s*(-| )?(min|mins|minutes?)\.?( read|"
        r" reading time)\W*|(estimated )?reading time:?\s*\d{1,3}\s*(min|mins|minutes?)\W*",
        "Oct 18, 2019 · 8 min read",
    ),
    Rule(
        "pagination", "line",
        r"(page|seite|página)\s*\d+(\s*(of|/|von|de)\s*\d+)?\W*"
        r"|(next|previous|prev)( page)?\W*",
        "Page 2 of 5",
    ),
    Rule(
        "article-tools", "line",
        r"(story|article|page) tools\W*",
        "Article tools",
    ),
    Rule(
        "enlarge-prompt", "line",
        r"click (on )?(the )?(photo|image|picture|here) to (enlarge|zoom).{0,20}",
        "Click on the photo to enlarge",
    ),
    Rule(
        "rating-prompt", "line",
        r"(rate this (article|story)|current rating|average rating).{0,30}",
        "Rate this article",
    ),
    # script code shown as text (a template bug in the page)
    Rule(
        "code-text", "line",
        r"[A-Za-z_$][A-Za-z0-9_.$]*\([^()]{0,120}\);",
        "googletag.display('div-gpt-ad-1');",
    ),
    Rule(
        "read-more", "line",
        r"(read|see|click here for) (more|full (story|article))\W*",
        "Read more",
    ),
    Rule(
        "continue-reading", "line",
        r"continue reading.{0,40}",
        "Continue reading below",
    ),
    Rule(
        "article-tools", "line",
        r"((save|e-?mail|print|share|tweet|like|comments?|bookmark|digg|reddit|"
        r"facebook|twitter|text size|font size|a|[-+|/·•])(\s+|$))+",
        "Print E-mail Save",
    ),
    Rule(
        "story-continues", "line",
        r"(the )?story continues (below|after).{0,30}",
        "Story continues below",
    ),
    Rule(
        "image-credit", "line",
        rf"(image|photo|picture)( copyright| credit)?:?\s*({COMMON_PHOTO_CREDITS})"
        r"( images)?\W*",
        "Photo: Getty Images",
    ),
    # who supplied the story: a wire agency or a staff desk, on a line of its own
    Rule(
        "agency-credit", "line",
        rf"[-–—(\s]*((brought to you|supplied) by:?\s*|sources?:\s*)?{WIRE_CREDIT}"
        rf"(\s*[,/&]\s*{WIRE_CREDIT}|\s+and\s+{WIRE_CREDIT})*[).\s]*",
        "The Associated Press",
    ),
    Rule(
        "staff-credit", "line",
        rf"[-–—\s]*([A-Z][\w.]* ){{0,2}}(staff )?({_STAFF_ROLES})s?"
        r"|([A-Z][\w.]* ){1,3}staff",
        "Sports Reporter",
    ),
    # an address to write to: an e-mail ("name(at)site" too) or a telephone number
    Rule(
        "contact-note", "line",
        r"(?=.*(@|\(at\)|\d{3}))[^@]{0,120}\b(can|may) be (reached|contacted) (at|on|by)\b.{0,120}"
        r"|[(—–-]*\s*(contact|e-?mail|write to) [^.@]{0,80}\bat\s+\S+@\S+.{0,80}",
        "Ada Kerrigan can be reached at ada@towpath.example",
    ),
    Rule(
        "next-teaser", "line",
        r"[»>]*\s*(next (in|on) [^:]{1,40}|(previous|prev|next) (story|article|post))"
        r"\s*:.{0,120}",
        "» Next in Sport: United sign a new keeper",
    ),
    # the story's labels ("Tags: Politics, World", "Filed under: Pop")
    Rule(
        "tag-line", "line",
        r"((news |story |article )?(tags|tagged|topics|keywords|labels|categories|category)"
        r"|filed under|listed under|posted in)\s*:.{0,150}",
        "Tags: Canals, Wildlife, Local",
    ),
    Rule(
        "bookmark-prompt", "line",
        r"[•»*-]?\s*(.{0,40}\s)?bookmark (it |this( post| article| story| page)? )?"
        r"(onto|on|with|to)\W.{0,40}|[•»*-]?\s*(refer|e-?mail|send) (this )?(to )?a "
        r"friend\W*|share with:.{0,60}|[•»*-]?\s*add (this (post|article|story|page) )?"
        r"to (del\.icio\.us|delicious|digg|facebook|twitter|reddit|favou?rites"
        r"|(my|your) \w+)\W*",
        "• Add to Del.icio.us",
    ),
    Rule(
        "image-credit", "line",
        r"\(?(photo|photograph|picture|image)s?( by| credit| courtesy)?\s*(:|by\b)"
        r"\s*(by\s*:?\s*)?\w[^.!?:]{0,50}\)?|©\s*\w[^.!?:]{0,40}",
        "Photo: Ada Kerrigan",
    ),
)
CHROME_LINES = tuple((r.name, re.compile(r.matches, re.I)) for r in LINE_RULES)


def _first_of(table: tuple[tuple[str, re.Pattern[str]], ...]) -> Callable[[str], str | None]:
    """The name of the first pattern of ``table`` (case-blind ones) that matches a whole
    text, trying only those that can begin as the text does (``ByFirstTwo``, as the text
    reader's chrome rules are tried): most paragraphs begin as no rule does."""
    names = {f"_{i}": name for i, (name, _pattern) in enumerate(table)}
    by_start = ByFirstTwo([(f"_{i}", f"(?i:{p.pattern})") for i, (_n, p) in enumerate(table)])

    def first(text: str) -> str | None:
        pattern = by_start[text[:2]]
        m = pattern.fullmatch(text) if pattern is not None else None
        return None if m is None else names[m.lastgroup]  # type: ignore[index]

    return first


_CHROME_LINE = _first_of(CHROME_LINES)


_TAG_TEXT = re.compile(r"<[^<>]*>")


def chrome_line(text: str) -> str | None:
    if text.startswith("<") and _is_markup(text):
        return "markup-text"
    if "|" in text and _menu_line(text):
        return "menu-line"
    if len(text) > 160:
        return None
    return _CHROME_LINE(text)


#: a menu spelt out in a line: at least this many items between bars
MENU_ITEMS = 3
#: ... each of at most this many words
MENU_ITEM_WORDS = 4
_BAR = re.compile(r"\s*[|]\s*")


def _menu_line(text: str) -> bool:
    """Short items between bars ("Home | World | Sport | Digg"): a menu or a
    share bar as text, which no sentence of a story looks like."""
    items = [i for i in _BAR.split(text) if i]
    if len(items) < MENU_ITEMS:
        return False
    return all(len(i.split()) <= MENU_ITEM_WORDS and i[-1] not in ".!?" for i in items)


def _is_markup(text: str) -> bool:
    """Markup shown as text (a template bug in the page): mostly tags, one with attributes."""
    tags = _TAG_TEXT.findall(text)
    if not tags or not any("=" in t or t.startswith("</") for t in tags):
        return False
    return sum(map(len, tags)) >= 0.6 * len(text)


#: short lines that open what follows an article: comments, related links.
#: Inside the article's container, everything after one is chrome.
END_RULES: tuple[Rule, ...] = (
    Rule(
        "comments-section", "end",
        r"(\d+\s+)?(reader'?s?'? |your |user |most recent reader |latest )?(comments?|responses|"
        r"reactions|talkback)( \(\d+\)| \d+)?( on this (story|article))?\W*"
        r"|(post|add|leave|write|submit|view|read|show)( all)? (a |your |\d+ )?"
        r"(comments?|reply|response)\W*"
        r"|comments (are|have been) (now )?closed.{0,30}|have your say( on this (story|article))?\W*|what do you think\W*"
        r"|join the (conversation|discussion)\W*|discuss this (story|article)\W*"
        r"|listed under:.{0,60}comments.{0,40}|thanks for your comments.{0,60}"
        # a prompt to readers ("Have a view on this story? Send us your feedback!")
        r"|[•»*-]?\s*(do you have|have you got|have|got|share|your) (a |any |your )?"
        r"(comments?|say|views?|opinions?|thoughts)( on| about) this (story|article)\?.{0,60}"
        r"|(post|add|leave|write|read|view)( a| your)? comments?\s*[|(:].{0,50}"
        r"|comments?\s*\(\d+\)\s*[,:].{0,40}"
        # the rules of a comments box come before the comments
        r"|(reader )?comment (rules|guidelines|policy)\W*|comments? (are|will be) (limited|moderated"
        r"|subject|reviewed).{0,100}|.{0,40}comments (are )?subject to approval.{0,40}"
        r"|(the following are )?comments from (the |our )?readers.{0,150}"
        r"|comment (entries|posters) (are|is).{0,150}"
        r"|(write|post|add|leave|submit) (your|a) (own )?comment\W*"
        r"|(sign|log) ?in.{0,60}(to )?(post|leave|add|write) (a )?comments?.{0,40}",
        "Comments (12)",
    ),
    Rule(
        "copyright-notice", "end",
        r"(copyright|\(c\)|©)\s*(©\s*)?(\d{4}|[A-Z]).{0,200}"
        r"|.{0,120}all rights reserved.{0,200}",
        "Copyright 2008 Harbour Gazette. All rights reserved.",
    ),
    Rule(
        "related-section", "end",
        r"(related|more|other|recent|latest|similar) (stories|articles|news|links|coverage|sites|"
        r"content|headlines|posts)( from .{0,40}| on .{0,40}| in .{0,40})?\W*"
        r"|(you|you'll) (might|may) also (like|enjoy)\W*|also (in|on) (this section|.{0,30})\W*"
        r"|(today'?s )?most (popular|read|viewed|emailed|commented)( stories| articles)?\W*"
        r"|editor'?s'? (choice|picks)\W*|see also\W*|recommended( for you| stories)?\W*"
        # a box's title of qualifiers and a kind of link ("Recent related articles",
        # "Local top stories", "External links", "Related to this story:")
        r"|((recent|related|more|other|latest|local|top|popular|external|similar|sports?|world"
        r"|business|national) ){1,3}(news )?(stories|articles|links|headlines|sections|urls"
        r"|items|videos|reports|coverage)\W*"
        r"|related( (to|with) this (story|article))?\W*|don'?t miss\W*"
        r"|also read( these| more)?( stories| articles)?\W*|people who read this.{0,40}"
        r"|(more|also) from (?-i:[A-Z])[^.!?]{0,40}",
        "Related stories",
    ),
)
END_MARKERS = tuple((r.name, re.compile(r.matches, re.I)) for r in END_RULES)


_END_MARKER = _first_of(END_MARKERS)


def end_marker(text: str) -> str | None:
    # (the first pattern of END_MARKERS that matches, tried as the chrome lines are)
    return _END_MARKER(text) if len(text) <= 240 else None


#: words of a class that shows an element on some screen sizes only: a screen's ...
SCREEN_WORDS = frozenset(
    "xs sm md lg xl xxl 2xl small medium large mobile phone tablet desktop pc print".split()
)
#: ... with one saying whether it is shown ("hidden-xs", "hide-on-mobile",
#: "ipsResponsive_hidePhone", "visible-lg") ...
SHOWN_WORDS = frozenset("hidden hide visible show only display".split())
#: ... or, last, how ("d-md-none", "md:block", "lg:flex"; not "md:flex-row")
DISPLAY_WORDS = frozenset("none block flex grid inline contents".split())
#: ... and classes that say it alone: a block written for one screen size, or one of
#: the variants a site builder renders for each of them
SCREEN_CLASSES = frozenset("mobile tablet desktop ssr-variant".split())
_SCREEN_SPLIT = re.compile(r"[-_:]+")
_SCREEN_HINT = re.compile("|".join(map(re.escape, sorted(SCREEN_WORDS | SCREEN_CLASSES)))).search


@remembered
def screen_class(value: str) -> bool:
    """Whether a class value shows its element on some screen sizes only: a page
    builder writes a block once for each, and its style sheet shows one (its answers
    remembered: the drop pass asks it of every element's class)."""
    if _SCREEN_HINT(value.lower()) is None:  # (the words it needs stand in it, made small)
        return False
    for token in value.split():
        if token.lower() in SCREEN_CLASSES:
            return True
        parts = _SCREEN_SPLIT.split(_CAMEL.sub("-", token).lower())
        if not SCREEN_WORDS.intersection(parts):
            continue
        if SHOWN_WORDS.intersection(parts) or parts[-1] in DISPLAY_WORDS:
            return True
    return False


#: every rule of the HTML reader
RULES: tuple[Rule, ...] = ELEMENT_RULES + LINE_RULES + END_RULES + PAGE_RULES + FIELD_RULES
#: every name the HTML reader can give a block or a field
NAMES = frozenset(r.name for r in RULES)
