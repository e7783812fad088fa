"""Named rules that recognise page chrome in HTML, as data.

Three kinds: by tag, by ARIA role, and by the words in an element's class and
id.  The vocabulary is general (what templates everywhere call their share
bars, comment sections and related-link lists), never a site's name.  Every
element the body reader drops carries the name of the rule that dropped it.
"""

from __future__ import annotations

import re

from .._vocab import COMMON_PHOTO_CREDITS, WIRE_CREDIT, WRITER_ROLES

#: tags that never hold article text (the name of the rule, by tag)
DROP_TAGS: dict[str, str] = {
    "script": "script", "style": "style", "noscript": "noscript", "template": "template",
    "svg": "graphics", "canvas": "graphics", "iframe": "iframe", "object": "embedded-object",
    "embed": "embedded-object", "applet": "embedded-object", "video": "media", "audio": "media",
    "nav": "navigation", "menu": "navigation", "aside": "aside", "footer": "footer",
    "header": "page-header", "form": "form", "button": "form", "select": "form",
    "input": "form", "textarea": "form", "label": "form", "fieldset": "form",
    "dialog": "dialog", "head": "head", "link": "head", "meta": "head", "title": "head",
}

#: tags dropped only when they do not hold the article (ASP.NET pages wrap
#: everything in one <form>; some templates put the whole story in <header>;
#: markup broken early in <head> leaves the whole page inside it)
GUARDED_TAGS = frozenset({"form", "header", "footer", "aside", "fieldset", "label", "head"})

#: ARIA landmark roles that are page furniture
DROP_ROLES: dict[str, str] = {
    "navigation": "navigation", "banner": "page-header", "contentinfo": "footer",
    "complementary": "aside", "search": "form", "menu": "navigation", "menubar": "navigation",
    "dialog": "dialog", "alertdialog": "dialog", "toolbar": "article-tools",
    "tablist": "navigation",
}

# Words in class/id.  Long, unambiguous words match inside longer names
# ("sharebar", "commentlist"); short ones only as whole words ("ad", not "head").
_CLASS_RULES: tuple[tuple[str, str, str], ...] = (
    # (rule, whole words, word stems matched inside names)
    ("share-widget", "share shares sharing social sociable addthis sharethis shareaholic "
     "socialbar", "sharebar socialmedia"),
    ("comments", "comment comments disqus respond replies discussion reactions",
     "comment disqus"),
    ("related-links", "related recommended recommendations trending popular mostpopular "
     "most-read mostread more-stories outbrain taboola also readmore read-more morelinks "
     "further", "related outbrain taboola mostpopular mostread"),
    ("advert", "ad ads adv advert adverts advertisement advertising sponsor sponsored "
     "sponsors promo promos dfp adsense adslot adunit banner-ad", "advert sponsor adsense"),
    ("navigation", "nav navbar navigation menu menus breadcrumb breadcrumbs pagination pager "
     "skip skiplink topnav subnav jump", "breadcrumb pagination navbar"),
    ("sidebar", "sidebar side rail right-rail widget widgets sidebox", "sidebar"),
    ("footer", "footer foot copyright colophon", "footer copyright"),
    # (a box merely named "header" is as often the story's, holding its headline)
    ("page-header", "masthead topbar", "masthead site-header site_header siteheader "
     "page-header page_header pageheader"),
    ("newsletter", "newsletter subscribe subscription signup sign-up paywall registration "
     "login", "newsletter subscri signup paywall"),
    ("cookie-notice", "cookie cookies consent gdpr", "cookie consent gdpr"),
    ("popup", "popup modal overlay lightbox", "popup modal"),
    ("gallery", "gallery galleries slideshow carousel filmstrip", "gallery slideshow carousel"),
    ("tag-list", "tags tag-list taglist keywords topics categories", "taglist"),
    ("article-tools", "tools toolbar print email utility utilities bookmark bookmarks "
     "rss font-size fontsize", "toolbar"),
)

# Words that say "this may be the article": an element carrying one as well
# as a chrome word ("main has-sidebar") is dropped only when it is small.
_CONTENT_WORDS = frozenset(
    "article articlebody body content main story entry post storybody".split()
)

_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

_WHOLE: dict[str, str] = {}
_STEMS: list[tuple[str, str]] = []
for _rule, _words, _stems in _CLASS_RULES:
    for _w in _words.split():
        for _part in (_w, _w.replace("-", "")):
            _WHOLE.setdefault(_part, _rule)
    _STEMS.extend((_s, _rule) for _s in _stems.split())


def words(value: str) -> list[str]:
    """The words of a class or id value: split on punctuation and camelCase."""
    return _SPLIT.split(_CAMEL.sub(" ", value).lower())


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
    for stem, rule in _STEMS:
        if stem in low:
            return rule, content
    return None, content


#: the roles a staff credit names ("Staff Writer", "Ana Lima, correspondent")
_STAFF_ROLES = "|".join(WRITER_ROLES[:3])

#: short paragraphs that are page furniture wherever they stand (matched whole)
CHROME_LINES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("advert-label", r"(advertisement|advertising|sponsored( content)?|ad)\W*"),
        ("share-prompt", r"(share|share this( article| story)?|share on \w+|tweet|email|print"
                         r"|(e-?mail|print) (this )?(article|story|page)|comments?)\W*"
                         r"|share this( article| story)?:?\s.{0,70}"
                         r"|(send|e-?mail) (this )?(article|story|page) to (a )?friends?.{0,40}"
                         r"|printer[- ]friendly( page| version| format)?\W*"
                         r"|print (this )?(page|version)\W*"
                         r"|(like|share) this:?|read (it )?later|save (it )?for later"),
        ("reading-time", r"(.{0,40}\s[·•|–-]\s*)?\d{1,3}\s*(-| )?(min|mins|minutes?)\.?( read|"
                         r" reading time)\W*|(estimated )?reading time:?\s*\d{1,3}\s*(min|mins|minutes?)\W*"),
        ("pagination", r"(page|seite|página)\s*\d+(\s*(of|/|von|de)\s*\d+)?\W*"
                       r"|(next|previous|prev)( page)?\W*"),
        ("article-tools", r"(story|article|page) tools\W*"),
        ("enlarge-prompt",
         r"click (on )?(the )?(photo|image|picture|here) to (enlarge|zoom).{0,20}"),
        ("rating-prompt", r"(rate this (article|story)|current rating|average rating).{0,30}"),
        # script code shown as text (a template bug in the page)
        ("code-text", r"[A-Za-z_$][A-Za-z0-9_.$]*\([^()]{0,120}\);"),
        ("read-more", r"(read|see|click here for) (more|full (story|article))\W*"),
        ("continue-reading", r"continue reading.{0,40}"),
        ("article-tools", r"((save|e-?mail|print|share|tweet|like|comments?|bookmark|digg|reddit|"
                          r"facebook|twitter|text size|font size|a|[-+|/·•])(\s+|$))+"),
        ("story-continues", r"(the )?story continues (below|after).{0,30}"),
        ("image-credit", rf"(image|photo|picture)( copyright| credit)?:?\s*({COMMON_PHOTO_CREDITS})"
                         r"( images)?\W*"),
        # who supplied the story: a wire agency or a staff desk, on a line of its own
        ("agency-credit", rf"[-–—(\s]*((brought to you|supplied) by:?\s*|sources?:\s*)?{WIRE_CREDIT}"
                          rf"(\s*[,/&]\s*{WIRE_CREDIT}|\s+and\s+{WIRE_CREDIT})*[).\s]*"),
        ("staff-credit", rf"[-–—\s]*([A-Z][\w.]* ){{0,2}}(staff )?({_STAFF_ROLES})s?"
                         r"|([A-Z][\w.]* ){1,3}staff"),
        # an address to write to: an e-mail ("name(at)site" too) or a telephone number
        ("contact-note", r"(?=.*(@|\(at\)|\d{3}))[^@]{0,120}\b(can|may) be (reached|contacted) (at|on|by)\b.{0,120}"
                         r"|[(—–-]*\s*(contact|e-?mail|write to) [^.@]{0,80}\bat\s+\S+@\S+.{0,80}"),
        ("next-teaser", r"[»>]*\s*(next (in|on) [^:]{1,40}|(previous|prev|next) (story|article|post))"
                        r"\s*:.{0,120}"),
        # the story's labels ("Tags: Politics, World", "Filed under: Pop")
        ("tag-line", r"((news |story |article )?(tags|tagged|topics|keywords|labels|categories|category)"
                     r"|filed under|listed under|posted in)\s*:.{0,150}"),
        ("bookmark-prompt", r"[•»*-]?\s*(.{0,40}\s)?bookmark (it |this( post| article| story| page)? )?"
                            r"(onto|on|with|to)\W.{0,40}|[•»*-]?\s*(refer|e-?mail|send) (this )?(to )?a "
                            r"friend\W*|share with:.{0,60}|[•»*-]?\s*add (this (post|article|story|page) )?"
                            r"to (del\.icio\.us|delicious|digg|facebook|twitter|reddit|favou?rites"
                            r"|(my|your) \w+)\W*"),
        ("image-credit", r"\(?(photo|photograph|picture|image)s?( by| credit| courtesy)?\s*(:|by\b)"
                         r"\s*(by\s*:?\s*)?\w[^.!?:]{0,50}\)?|©\s*\w[^.!?:]{0,40}"),
    )
)


_TAG_TEXT = re.compile(r"<[^<>]*>")


def chrome_line(text: str) -> str | None:
    if text.startswith("<") and _is_markup(text):
        return "markup-text"
    if "|" in text and _menu_line(text):
        return "menu-line"
    if len(text) > 160:
        return None
    for name, pattern in CHROME_LINES:
        if pattern.fullmatch(text):
            return name
    return None


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
END_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("comments-section",
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
         r"|(sign|log) ?in.{0,60}(to )?(post|leave|add|write) (a )?comments?.{0,40}"),
        ("copyright-notice",
         r"(copyright|\(c\)|©)\s*(©\s*)?(\d{4}|[A-Z]).{0,200}"
         r"|.{0,120}all rights reserved.{0,200}"),
        ("related-section",
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
         r"|(more|also) from (?-i:[A-Z])[^.!?]{0,40}"),
    )
)


def end_marker(text: str) -> str | None:
    if len(text) > 240:
        return None
    for name, pattern in END_MARKERS:
        if pattern.fullmatch(text):
            return name
    return None
