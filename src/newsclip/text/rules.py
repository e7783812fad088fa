"""Named patterns that recognise page chrome and captions in a text dump.

Rules are data: each has a name (shown in ``removed`` and by ``newsclip
explain``), a zone (where in the dump it may fire) and a pattern that must
match the whole stripped line.  A line that only *starts* like chrome
(``Print media sales rose…``) never matches, because patterns are anchored
at both ends.  Each zone's rules are compiled into one alternation, so a line
costs one regex call per zone.
"""

from __future__ import annotations

import re
from .._frozen import Frozen
from .._vocab import (
    AGE_UNITS, MONTH_ABBREVIATIONS, MONTH_NAMES, MORE_LINK_LABELS, STARTER_LABELS,
    WEEKDAY_LETTERS, WEEKDAY_SHORT,
)
from .layout_names import LAYOUT

__all__ = [
    "Rule", "RULES", "match", "names", "LAYOUT", "registered", "HEADLINE_RULES", "not_headline",
    "zone_pattern",
]

_DAY = r"(?:[1-9]|[12]\d|3[01])"
_WEEKDAY = f"(?:{WEEKDAY_SHORT}|{WEEKDAY_LETTERS})"

#: a share button's name (a row of them: ``share-bar``, ``share-row``)
_SHARE_NAME = (
    r"(?:Facebook|Twitter|X|Pinterest|LinkedIn|E-?mail|WhatsApp|Reddit|Print|Copy\s+link|"
    r"Flipboard|Telegram|Threads|Bluesky|Mastodon|Xing|Messenger|Tumblr|Instagram|TikTok|"
    r"YouTube|SMS)"
)
_SHARE_ROW = rf"(?i:{_SHARE_NAME}(?:[\s|·•,/]*{_SHARE_NAME})+)"

class Rule(Frozen):
    name: str
    #: "top": only before the headline; "any": anywhere outside the header;
    #: "caption": a caption or photo credit (kept, in ``captions``);
    #: "page": anywhere in a general (non-archive) dump;
    #: "notice": a general dump's notice to its reader (a form's consent line, a plea
    #: for support), which weighs in the article's run as the prose it reads
    #: like but is never the text (labelled chrome once the run is found)
    zone: str
    pattern: str
    example: str
    #: a lower-case word every match contains; a reader may skip the rule on
    #: lines without it (patterns that may match mid-line are slow to try)
    hint: str = ""


RULES: tuple[Rule, ...] = (
    # The archive's date picker, above the headline.
    Rule("date-picker-prompt", "top", r"(?:Select|Choose|Pick)\s+(?:a\s+)?date:?", "Select date"),
    # The month may sit between the picker's arrows: "‹ May 2024 ›".
    Rule(
        "date-picker-month", "top",
        rf"(?:[«‹<←]\s*)?(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})\.?\s+\d{{4}}(?:\s*[»›>→])?", "May 2024",
    ),
    # Pickers print the weekday row in any case, or as single letters ("M T W T F S S").
    Rule(
        "date-picker-weekdays", "top",
        rf"(?i:(?:{_WEEKDAY}\.?\s*){{5,7}})|(?:[MTWFS]\s+){{6}}[MTWFS]",
        "Mon Tue Wed Thu Fri Sat Sun",
    ),
    Rule("date-picker-days", "top", rf"(?:{_DAY}\s+){{0,6}}{_DAY}", "1 2 3 4 5 6 7"),
    Rule(
        "date-picker-nav", "top",
        r"[«»‹›<>←→]|(?:[«‹<←]\s*)?(?:Prev(?:ious)?|Next|Today)(?:\s*[»›>→])?", "«",
    ),
    # Links and buttons around the article.
    Rule(
        "print-link", "any",
        r"Print(?:\s+(?:this\s+)?(?:article|page|story|version))?|Printer[- ]friendly(?:\s+version)?",
        "Print",
    ),
    Rule(
        "share-line", "any",
        r"(?:Share|Tweet|E-?mail|Email\s+(?:this|article)|Pin(?:\s+it)?|Whats[Aa]pp|Facebook|Twitter|"
        r"LinkedIn|Reddit|Flipboard|Copy\s+link|Share\s+(?:this\s+)?(?:article|story|page)|"
        r"Share\s+(?:on|via|to)\s+[A-Z]\w*(?:\s+\w+)?)(?:\s*\(\d+\))?",
        "Share on Facebook",
    ),
    Rule(
        "comments-link", "any",
        r"(?:\d+\s+)?Comments?(?:\s*\(\d+\))?|(?:View|Show|Read|Add|Post)\s+(?:a\s+|all\s+)?comments?",
        "Comments (12)",
    ),
    Rule("advert-label", "any", r"Advertisement|ADVERTISEMENT|Sponsored(?:\s+content)?|Ad", "Advertisement"),
    # Page furniture of news sites in general: zone "page", used by the reader
    # of any site's dumps only, so the archive layout reads exactly as before.
    Rule(
        "skip-link", "page",
        r"(?i:(?:(?:Skip|Jump)\s+to\s+(?:the\s+)?(?:main\s+)?"
        r"(?:content|navigation|search|footer|article|menu)(?:\s+(?:and|or)\s+\w+)*\s*){1,3})",
        "Skip to main content",
    ),
    Rule(
        "account-link", "page",
        r"(?i:(?:(?:Sign|Log)\s?(?:in|out|up)|Register|Subscribe(?:\s+now)?|My\s+account|"
        r"Create\s+(?:an\s+)?account)(?:\s*[/|]\s*(?:(?:Sign|Log)\s?(?:in|out|up)|Register|Subscribe))?)",
        "Sign in / Register",
    ),
    Rule(
        "send-to-friend", "page",
        r"(?i:(?:E-?mail|Send|Refer|Forward|Share)\s+(?:this\s+)?(?:article\s+|story\s+|page\s+|news\s+)?"
        r"(?:to|with)\s+a\s+friend|E-?mail\s+(?:this\s+)?(?:article|story|page|link))",
        "E-mail this to a friend",
    ),
    # A link that files the story elsewhere: "Post to del.icio.us", "Digg this story",
    # "Discuss this story on the <club> message board", "Printable version"
    Rule(
        "bookmark-link", "page",
        r"(?i:(?:[•·*]\s*)?(?:(?:Post|Add|Save|Bookmark|Submit)\s+(?:this\s+)?(?:to|on|with)\s+"
        r"(?:del\.icio\.us|delicious|digg|reddit|stumbleupon|newsvine|furl|technorati)|"
        r"Digg\s+(?:this|it)(?:\s+(?:story|article))?|Printable\s+(?:version|view)|"
        r"Discuss\s+(?:this\s+(?:story|article)\s+)?(?:at|on|in)\s+(?:\w+\s+){0,6}?"
        r"(?:forums?|message\s+boards?))\W{0,4})",
        "Post to del.icio.us",
    ),
    # A picture's button: the line under it is the picture's caption
    Rule(
        "enlarge-image", "page",
        r"(?i:(?:View|See|Show)\s+(?:a\s+)?(?:larger|full[- ]size|bigger|enlarged|"
        r"high[- ]res(?:olution)?)\s+(?:image|photo|picture|version)|"
        r"Enlarge\s+(?:this\s+)?(?:image|photo|picture)|"
        r"Click\s+(?:here\s+)?to\s+enlarge(?:\s+(?:this\s+)?(?:image|photo|picture))?|"
        r"Click\s+(?:the\s+)?(?:image|photo|picture)\s+to\s+enlarge)",
        "View Larger Image",
    ),
    Rule("text-size", "page", r"(?i:(?:Text|Font)\s+size:?.{0,30})", "Text size: A A A"),
    Rule(
        "javascript-notice", "page",
        r"(?i:.{0,100}\bjavascript\b.{0,60}\b(?:enabled?|disabled|turn(?:ed)?\s+on|required|"
        r"support)\b.{0,80})",
        "You need to have JavaScript enabled to view this page",
        hint="javascript",
    ),
    Rule(
        "navigation-link", "page",
        r"(?i:(?:Back\s+to\s+top|Top(?:\s+of\s+(?:the\s+)?page)?|Home(?:\s*page)?|Menu|Search|Close|"
        r"(?:Show|Load|See|View|Read)\s+more|Read\s+now|"
        r"Continue\s+reading(?:\s+(?:the\s+)?(?:main\s+)?(?:story|article))?|More|Next|Previous|Prev)"
        r"(?:\s*[»›>→.…:]+)?)",
        "Back to top",
    ),
    # The links to the posts before and after this one: "Previous article", "Next Post »",
    # "Previous: <headline>", a theme's glued "PrevPrevious<headline>", "Next<headline>Next".
    Rule(
        "post-navigation", "page",
        r"(?i:(?:[«‹<←]\s*)?(?:Prev(?:ious)?|Next|Older|Newer)\s+(?:post|article|story|entry|topic)"
        r"(?:\s*[»›>→:]+)?|Prev(?:ious)?\s*(?:[|/\-–]\s*)?(?:Up\s+)?Next|"
        r"Previous\s+(?:topic|post)\s*[-–|]\s*Next\s+(?:topic|post)|"
        r"(?:Previous|Next)\s*:\s*\S.{2,150})|"
        r"PrevPrevious\S.{2,150}|Next[A-Z].{2,150}[a-z.!?]Next",
        "Previous article",
    ),
    Rule(
        "related-heading", "page",
        # (a bare "Top" is a link back to the page's top, under each post of a forum)
        # ("Related reads", "Latest Guides", "Related topics & resources": a blog names its
        # other stories so; not "Related topics" alone, a list of tags as often, nor "More
        # resources", a business's own downloads)
        r"(?i:(?:Related|More|Latest|Recommended|Popular|Trending)(?:\s+(?:articles?|stories|"
        r"news|content|coverage|links|posts|videos|headlines|reading|on\s+this\s+topic|"
        r"reads|guides|blogs?|blog\s+posts))?|"
        r"Related\s+(?:topics\s*(?:&|and)\s*)?resources|"
        # ("READ MORE ARTICLES", "Further reading about Creativity"; not "Further reading"
        # alone, a paper's list of books, part of its text as often)
        r"(?:Read|See|View)\s+more\s+(?:articles|stories|posts)|"
        r"Further\s+reading\s+(?:about|on)\s+\S.{0,40}|"
        # ("Recommended for you", "Editor's Picks", "From the Archive")
        r"Recommended\s+for\s+you|Editors?['’]?s?\s+(?:picks?|choice)|From\s+(?:the|our)\s+archives?|"
        r"Top\s+(?:articles?|stories|news|content|coverage|links|posts|videos|headlines|reading)|"
        r"(?:Most|Top)[\s-]+(?:read|viewed|popular|e-?mailed|shared|commented|watched)(?:\s+\w+)?|"
        r"You\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|Read\s+next|Also\s+read|"
        # ("More Articles You Might Enjoy", "Other Posts You May Enjoy", "You'll Also Love…",
        # "Read This Next", "More related posts"; not "Explore more", over a listing's own
        # items as often)
        # ("If you liked this post you might also like:")
        r"(?:(?:More|Other)\s+(?:articles|stories|posts)\s+|If\s+you\s+(?:liked|enjoyed)\s+this\s+"
        r"(?:post|article|story),?\s+)?You(?:'ll|’ll|\s+(?:may|might))\s+"
        r"(?:also\s+)?(?:like|love|enjoy)(?:…|\.\.\.)?|Read\s+this\s+next|"
        r"More\s+related\s+(?:articles|stories|posts)|"
        r"More\s+(?:in|from)\s+(?!the\b)[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,2}):?",
        "Most read",
    ),
    Rule(
        "related-list-heading", "page",
        r"(?i:(?:Most|Top|Latest|Related|Recent|More|Other|Popular)\s+(?:[\w&'-]+\s+){0,3}"
        r"(?:Articles|Stories|Headlines|News|Posts|Videos|Links|Galleries)"
        # "More News related to Press Releases", "Other stories about the election"
        r"(?:\s+(?:related\s+to|about|on|from|in|for)\s+[\w&'. -]{1,40}?)?\s*(?:[:»›>]+)?)",
        "Most Talked About Articles:",
    ),
    Rule(
        "comment-prompt", "page",
        r"(?i:.{0,60}\b(?:post|add|leave|write|submit|view|read)\s+(?:(?:your|a|an|all|the)\s+)?"
        r"(?:\d+\s+)?comments?\b.{0,60}|.{0,40}\b(?:log\s?in|sign\s?in|register)\s+to\s+comment\b.{0,40})",
        "Post your comment:",
        hint="comment",
    ),
    Rule(
        "reply-prompt", "page",
        r"(?i:.{0,60}\b(?:post|add|leave|write|submit)\s+(?:your|a|an)\s+repl(?:y|ies)\b.{0,60}"
        # a forum's thread closes with "You must log in or register to reply here."
        r"|.{0,40}\b(?:log\s?in|sign\s?in|register)\s+to\s+reply\b.{0,40})",
        "Leave a Reply",
        hint="repl",
    ),
    Rule(
        "comments-heading", "page",
        r"(?i:(?:Reader\s+|User\s+)?(?:Comments|Discussion|Responses|Replies)(?:\s*\(\d+\))?\s*:?|"
        r"Have\s+your\s+say\b.{0,80}|Join\s+the\s+(?:conversation|discussion|debate)\b.{0,40}|"
        r"What\s+do\s+you\s+think\?.{0,60})",
        "Join the conversation",
    ),
    # The same headings and buttons in the other languages news pages come in.
    Rule(
        "related-heading-intl", "page",
        r"(?i:(?:À\s+)?lire\s+aussi|voir\s+aussi|sur\s+le\s+même\s+sujet|lesen\s+sie\s+auch|"
        r"mehr\s+zum\s+thema|das\s+könnte\s+sie\s+auch\s+interessieren|ver\s+también|"
        r"noticias\s+relacionadas|leia\s+(?:mais|também)|notícias\s+relacionadas|leggi\s+anche|"
        r"articoli\s+correlati|související(?:\s+články)?|art[íi]culos\s+relacionados|"
        r"(?:las\s+|lo\s+)?m[áa]s\s+le[íi]d[oa]s?|les\s+plus\s+lus|meistgelesen|"
        r"mais\s+lid[oa]s|i\s+più\s+letti):?",
        "Lire aussi",
    ),
    # Share buttons in a row under the story: "Facebook Twitter Whatsapp Email"
    Rule("share-bar", "page", _SHARE_ROW, "Facebook Twitter Whatsapp Email"),
    Rule(
        "share-line-intl", "page",
        r"(?i:partager|teilen|compartir|compartilhe|compartilhar|condividi|sdílet|"
        r"copiar\s+(?:o\s+)?(?:link|enlace)|copier\s+le\s+lien|link\s+kopieren|copia\s+(?:il\s+)?link)"
        r"(?:\s+(?:l'article|cet\s+article|artikel|este\s+artículo|článek))?(?:\s*\(\d+\))?",
        "Partager",
    ),
    # "2/50 Star Wars boosts economy", "Photo 3 of 12": the counter of a gallery's slide
    # ("24/7 customer service", round the clock, counts nothing).
    Rule(
        "gallery-counter", "page",
        r"(?!24\s*/\s*7\b)"
        r"(?:(?i:photo|image|slide|picture)\s+)?\d{1,3}\s*(?:/|(?i:of))\s*\d{1,3}(?:\s+\S.{0,150})?",
        "2/50 Harbour cranes at dawn",
    ),
    # Share bars of blog platforms: "Share this:", "Share This Article:", "Click to share
    # on Reddit (Opens in new window)", "Like this:".
    Rule(
        "share-button", "page",
        r"(?i:(?:Share|Like)\s+this(?:\s+(?:article|story|post|page))?\s*:?|"
        r"\d*\s*Click\s+to\s+(?:share|email|print|tweet)\b.{0,80})",
        "Click to share on Reddit (Opens in new window)",
    ),
    Rule(
        "new-window-link", "page",
        r"(?i:.{1,80}\(opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)\)\d*)",
        "Harbour Gazette on Facebook (opens in new window)",
        hint="new ",
    ),
    # A row of story tools: "Print   Email this   Comment", "Quote | Report this post".
    Rule(
        "button-row", "page",
        r"(?i:(?:(?:Print(?:\s+(?:version|this))?|E-?mail(?:\s+(?:this|to\s+a\s+friend))?|"
        r"Comments?|Share(?:\s+this)?|Tweet|Save|Like|Quote|Reply|Recommend|Permalink|Bookmark|"
        r"Report(?:\s+(?:this(?:\s+post)?|abuse))?|Reprints?|Single\s+page|Related\s+articles|"
        # (the older pages' toolbars: "Printer Friendly Version | E-mail to a Colleague",
        # "EMAIL STORY   EASY PRINT   SEARCH", "E-mail Article  Subscribe to News RSS Feed")
        r"Print(?:er)?[- ]friendly(?:\s+version)?|Printable\s+(?:version|view)|Easy\s+print|"
        r"E-?mail\s+(?:this\s+)?(?:article|story|to\s+a\s+colleague)|Search|Newsletters?|"
        r"Subscribe(?:\s+to\s+(?:\w+\s+)?RSS\s+feeds?)?|RSS(?:\s+feeds?)?|Return\s+to\s+top|"
        r"Back\s+to\s+top|Digg(?:\s+this)?)"
        r"\s*(?:[|•·/]\s*)?){2,10})",
        "Print | Email this | Comment",
    ),
    # The heading of the writer's biography under the story ("About the author", "View
    # all posts by Ann Berg"): with little prose under it, the story has ended.
    Rule(
        "author-bio-heading", "page",
        r"(?i:(?:About|Meet)\s+the\s+(?:author|writer|contributor|reviewer)s?|"
        r"Author(?:'s|’s)?\s+bio(?:graphy)?|More\s+(?:from|by)\s+(?:this|the)\s+author|"
        r"View\s+all\s+(?:posts|articles|stories)\s+by\s+\S.{0,60})\s*:?",
        "About the author",
    ),
    # The heading of the list of a story's sources under it ("Article Sources", "Sources:",
    # "Image credits", "How we reviewed this article:"), in the corpora's languages: the story
    # ended above it.  (A paper's "References", "Citations", "Footnotes" are its text as often.)
    Rule(
        "sources-heading", "page",
        r"(?i:(?:View\s+)?(?:Article\s+|Our\s+)?Sources|Sources\s+cited|How\s+we\s+reviewed\s+this\s+"
        r"article|(?:Image|Photo|Picture)\s+(?:references|sources|credits)|"
        r"Quellen(?:angaben)?|Fuentes|Fonti|Fontes|Bronnen(?:lijst)?|Bronvermelding)\s*:?",
        "Article Sources",
    ),
    # A page's question for feedback on the story above it ("Was this page helpful?", "How
    # useful was this post?", "Rate this article"), in the corpora's languages: the story
    # has ended above it.
    Rule(
        "feedback-prompt", "page",
        r"(?i:(?:Was|Is|Did\s+you\s+find|Found)\s+this\s+"
        r"(?:page|article|post|content|information|guide)\s+(?:helpful|useful)|"
        r"How\s+(?:useful|helpful)\s+was\s+this\s+"
        r"(?:page|article|post)|How\s+was\s+this\s+issue|Rate\s+this\s+(?:article|post)|"
        r"War\s+dieser\s+(?:Artikel|Beitrag)\s+hilfreich|"
        r"Cet\s+article\s+vous\s+a-t-il\s+été\s+utile|"
        r"¿?\s*(?:Te|Le)\s+(?:ha\s+)?result(?:ado|ó)\s+útil\s+este\s+artículo|"
        r"Questo\s+articolo\s+(?:ti\s+)?è\s+stato\s+utile|Este\s+artigo\s+foi\s+útil|"
        r"Was\s+dit\s+artikel\s+(?:nuttig|behulpzaam))\s*\??",
        "Was this page helpful?",
    ),
    # A call to reach the page's owner ("Contact Us", "Get in touch with our experts", "Book
    # a demo"): with little prose under it (a form, an offer), the story has ended above it.
    Rule(
        "contact-heading", "page",
        r"(?i:(?:Contact(?:\s+us)?|Get\s+in\s+touch(?:\s+with\s+[\w ]{1,40})?|"
        r"Reach\s+out(?:\s+to\s+us)?|Let['’]?s\s+talk|Connect\s+with\s+us|"
        r"Request\s+(?:a|your)\s+(?:free\s+)?(?:consultation|quote|demo)(?:\s+[\w ]{1,40})?|"
        r"Get\s+(?:a|your)\s+free\s+(?:quote|consultation)(?:\s+today)?|"
        r"Book\s+(?:a|your)\s+(?:free\s+)?(?:demo|call|consultation)(?:\s+with\s+[\w ]{1,30})?)"
        r"\s*[.!:]?)",
        "Get in touch",
    ),
    # A post's count of readers' reactions, under each post of a forum or a comment:
    # "3 Likes", "1.2k upvotes", "Reactions: Ann and Bo"
    Rule(
        "reaction-count", "page",
        r"(?i:\d[\d,.]*\s*[km]?\s+(?:likes?|reactions?|upvotes?|votes?|points?)|"
        r"(?:likes?|reactions?)\s*:\s*.{1,80})",
        "3 Likes",
    ),
    # A video player's own words: "Your video will play in 00:25", "Video unavailable".
    Rule(
        "video-player", "page",
        r"(?i:(?:Your\s+)?video\s+(?:will\s+(?:play|start|begin)\s+in\s+.{0,20}|is\s+loading.{0,20}|"
        r"(?:is\s+)?(?:unavailable|not\s+available).{0,40}))",
        "Your video will play in 00:25",
    ),
    # A teaser of another story: its first words cut with an ellipsis, then "Read more".
    Rule(
        "teaser-read-more", "page",
        r"(?i:.{20,400}(?:…|\.\.\.)\s*Read more\b.{0,20})",
        "The ferry company said on Monday that it would… Read more",
        hint="read more",
    ),
    Rule("tags-line", "page", r"(?i:(?:Tags?|Topics?|Filed\s+under|Categories|Keywords|Tagged(?:\s+"
         r"(?:with|in|as))?)\s*:.{0,300}|(?:Related\s+|Post\s+|Article\s+)?Tags\s*:?)", "Tags: sport"),
    Rule(
        "cookie-notice", "page",
        r"(?i:.{0,300}\b(?:(?:we|this\s+(?:web)?site)\s+uses?\s+cookies|accept\s+(?:all\s+)?cookies|"
        r"cookie\s+(?:policy|settings|preferences|notice))\b.{0,1000})",
        "This site uses cookies. Accept all cookies",
        hint="cookie",
    ),
    # A consent manager's notice, the same on many sites: "We and our 644 partners store
    # and access personal data …", its list of purposes ("Use precise geolocation data.
    # Actively scan device characteristics for identification. …", "Store and/or access
    # information on a device. Use limited data to select advertising. …")
    Rule(
        "consent-notice", "page",
        r"(?i:We\s+and\s+our\s+(?:\d[\d,.]*\s+)?(?:partners|vendors)\b.{0,200}?\bdata\b.{0,1500}|"
        r"Use\s+precise\s+geolocation\s+data\b.{0,1500}|"
        r"Store\s+and/or\s+access\s+information\s+on\s+a\s+device\b.{0,1500})",
        "We and our 644 partners store and access personal data, like browsing data.",
        hint="data",
    ),
    # A newspaper's note under the web copy of a printed story: "A version of this article
    # appears in print on March 5, 2025, Section A, Page 1 of the New York edition …"
    Rule(
        "print-edition", "page",
        r"(?i:(?:A\s+)?version\s+of\s+this\s+(?:article|story|review|essay)\s+appear(?:s|ed)\s+in\s+"
        r"(?:print|the\s+print\s+edition)\b.{0,400})",
        "A version of this article appears in print on March 5, 2025, Section A, Page 1.",
    ),
    # A page's loader or link gate: "Wait 1 second to continue.", "Please wait 5 seconds…"
    Rule(
        "wait-notice", "page",
        r"(?i:(?:please\s+)?wait\s+\d{1,3}\s+seconds?(?:\s+to\s+continue)?\W{0,3})",
        "Wait 1 second to continue.",
    ),
    # The writer's own line under a story: "You can keep up with me on Twitter.", "Follow
    # her on Instagram @ann_berg"
    Rule(
        "author-social", "page",
        r"(?i:(?:you\s+can\s+)?(?:keep\s+up\s+with|follow|connect\s+with)\s+(?:me|him|her|them)"
        r"\s+on\s+(?:Twitter|X|Instagram|Facebook|LinkedIn|Threads|Bluesky|Mastodon|TikTok|YouTube)"
        r"\b.{0,200})",
        "You can keep up with me on Twitter.",
    ),
    Rule(
        "copyright-line", "page",
        r"(?:©|\([cC]\)|Copyright\s*(?:©|\([cC]\)|\d{4})).{0,200}",
        "© 2024 Harbour Gazette",
    ),
    Rule(
        "rights-reserved", "page",
        # (and the terms of reuse that often follow in the same line: "… All Rights
        # Reserved. This material may not be published, broadcast, …")
        r".{0,200}\b(?i:all\s+rights\s+reserved)\b.{0,800}",
        "Harbour Gazette Ltd. All rights reserved.",
        hint="reserved",
    ),
    # A publisher's terms of reuse, which close a syndicated story: "This material may
    # not be published, broadcast, rewritten or redistributed", "Reproduction in whole or
    # in part without permission is prohibited", "This news article is copyrighted by …"
    Rule(
        "reuse-terms", "page",
        r"(?i:.{0,300}\bmay\s+not\s+be\s+(?:re)?(?:published|produced|distributed|broadcast|copied)"
        r"\b.{0,800})",
        "This material may not be published, broadcast, rewritten or redistributed.",
        hint="may not be",
    ),
    Rule(
        "reuse-prohibited", "page",
        r"(?i:.{0,300}\b(?:reproduction|republication|redistribution|copying|reuse)\b.{0,200}"
        r"\bprohibited\b.{0,800})",
        "Reproduction in whole or in part without permission is prohibited.",
        hint="prohibit",
    ),
    Rule(
        "copyrighted-by", "page",
        r"(?i:.{0,100}\b(?:is|are)\s+copyrighted\s+by\b.{0,800})",
        "Disclaimer: This news article is copyrighted by Harbour Wire.",
        hint="copyrighted",
    ),
    # Photo credits under the header (kept as captions).
    Rule(
        "photo-credit-phrase", "caption",
        r"(?:Photo|Image|Picture|Illustration|Video)s?(?:\s+credit)?"
        r"(?:\s+(?:from|by|courtesy(?:\s+of)?)|:)\s+\S.{0,150}",
        "Photo from twitter.com user @mfa_russia",
    ),
    Rule(
        "photo-credit-agency", "caption",
        # "Reuters / Yves Herman / Pool": a third part names the pool or the service.
        # Possessive words ([\w.'-]*+): "-" both joins and separates names, and
        # "A-A-A-…" lines backtracked exponentially without it.
        r"[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,3}\s*/\s*[A-Z][\w.'-]*+(?:[\s-][A-Z][\w.'-]*+){0,4}"
        r"(?:\s*/\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2})?",
        "Reuters / Maxim Shemetov",
    ),
)


# Lines that may stand anywhere on a page but are never its headline: they say
# nothing of the story (a prompt, a notice, a row of buttons).  They are not chrome
# (a prompt can be a paragraph of a service page): the headline finder
# (``text/general/headline.py``) only makes them pay ``HeadlineTuning.not_headline_cost``.
HEADLINE_RULES: tuple[Rule, ...] = (
    # A question or a request to the reader, in the languages of the corpora.
    Rule(
        "reader-prompt", "headline",
        r"(?i:(?:have|got|any)\s+(?:questions?|a\s+question)\b.{0,80}"
        r"|(?:if\s+you\s+(?:like|liked|enjoy|enjoyed|love)d?|please\s+(?:share|like|follow|rate)"
        r"|did\s+you\s+(?:like|enjoy|find)|was\s+this\s+(?:article|page|post)\s+helpful)\b.{0,80}"
        r"|(?:want|need|looking\s+for|ready|interested)\b[^?.!]{0,80}\?"
        r"|what\s+are\s+you\s+looking\s+for\s*\??"
        r"|I\s+need\s+help\s+with\b.{0,40}|I['’]m\s+(?:hiring|looking\s+(?:for|to))\b.{0,40}"
        r"|(?:haben\s+sie|hast\s+du)\s+fragen\b.{0,60}|(?:jetzt\s+)?teilen\s*!"
        r"|(?:vous\s+avez\s+)?des\s+questions\b.{0,60}"
        r"|¿\s*(?:tienes|tiene)\s+(?:preguntas|dudas)\b.{0,60})",
        "Have questions? Find the answers here",
    ),
    # A notice about the page, not its story.
    Rule(
        "page-notice", "headline",
        r"(?i:this\s+(?:article|story|post|page|content)\s+(?:is|was\s+published)\s+"
        r"(?:more\s+than|over)\s+\w+\s+\w+\s+(?:old|ago)\.?"
        r"|(?:sponsored|paid|partner)\s+(?:content|post|article|by\b.{0,40})|advertorial|anzeige"
        r"|dieser\s+artikel\s+ist\s+(?:älter|mehr)\s+als\b.{0,40})",
        "This article is more than 3 months old",
    ),
    # Share buttons in a row: "Facebook Pinterest Twitter E-mail", "Facebook | X | Email".
    Rule(
        "share-row", "headline",
        _SHARE_ROW,
        "Facebook Pinterest Twitter E-mail",
    ),
    # The page's tools about the article: "Report this article", "Manage alerts for this
    # article", "Listen to this article".
    Rule(
        "article-tool", "headline",
        r"(?i:(?:\w+\s+){1,3}(?:for\s+|to\s+)?this\s+(?:article|story|post|page))",
        "Report this article",
    ),
    # A picture's buttons: "View image in fullscreen", "Show caption", "Enlarge image".
    Rule(
        "image-tool", "headline",
        r"(?i:view\s+(?:image|photo|picture)\s+in\s+full\s*-?screen|(?:show|hide)\s+caption"
        r"|enlarge\s+(?:this\s+)?(?:image|photo|picture)|(?:open|close)\s+(?:gallery|lightbox))",
        "View image in fullscreen",
    ),
    # A forum post's stamp, or a reply's subject: "Thread starter Ada Kerrigan", "Started
    # by Ada", "14 posts · Joined 2025", "Re: <the thread's title>".
    Rule(
        "post-stamp", "headline",
        rf"(?i:(?:{STARTER_LABELS})\b.{{1,60}}"
        r"|[\d,.]+\s+posts?\s*[·•|,]\s*joined\b.{0,30})|(?:Re|RE|Aw|AW|Rif|RIF)\s*:\s.{1,200}",
        "Thread starter Ada Kerrigan",
    ),
    # A sentence and a link to more after it: "All of our content is written by humans,
    # not robots. Learn More", "A new model is out! Read more »".
    Rule(
        "more-link", "headline",
        rf"(?i:.{{3,300}}[.!?…]\s*(?:{MORE_LINK_LABELS})\s*[»›>→]?)",
        "All of our content is written by humans, not robots. Learn More",
    ),
    # A web address, alone or after its label: "URL: https://…", "Quelle: http://…".
    Rule(
        "web-address", "headline",
        r"(?i:(?:[^\W\d_]+\s*:\s*)?(?:https?://|www\.)\S+)",
        "URL: https://news.example/2024/03/ferry-fares",
    ),
    # A phone number, alone or after its label ("Support 1-800-821-3520"), or an age alone
    # ("2 days ago"): the page's contact line, a teaser's stamp.
    Rule(
        "contact-or-age", "headline",
        r"(?i:(?:[^\W\d_]+\s*:?\s*){0,2}\+?\(?\d[\d\s().-]{6,}\d"
        rf"|\d+\s+(?:{'|'.join(u[:-1] for u in AGE_UNITS)})s?\s+ago)",
        "Support 1-800-821-3520",
    ),
    # A shop's or a service's offer, a call to try it: "Start Your Free Trial", "Free
    # shipping for orders over $150", "Save $50 on pest control!", "20% off", "Use code:
    # SPRING", "Skip To Main" (a skip link in title case).
    Rule(
        "offer", "headline",
        r"(?i:(?:\S+\s+){0,3}free(?:\s+\w+)?\s+(?:trial|shipping|delivery|returns|demo|quote|"
        r"consultation)\b.{0,60}"
        r"|(?:save|get|take)\s+(?:up\s+to\s+)?(?:an?\s+extra\s+)?(?:[$€£]\s?\d[\d,.]*|\d+\s?%)"
        r"(?:\s+off)?\b.{0,80}"
        r"|\d+\s?%\s+off\b.{0,60}|.{0,60}\buse\s+(?:promo\s+)?code\s*:.{0,60}"
        r"|skip\s+to\s+main)",
        "Start Your Free Trial",
    ),
    # The reading time: "6 min read", "Reading time: 2 minutes", "Lesezeit: 3 Minuten".
    Rule(
        "reading-time", "headline",
        r"(?i:(?:reading\s+time|read\s+time|lesezeit|temps\s+de\s+lecture|tiempo\s+de\s+lectura)"
        r"\s*:?\s*\d+\s*(?:min(?:utes?|uten|utos)?\.?)(?:\s+read)?"
        r"|\d+\s*(?:-\s*)?min(?:utes?)?\.?\s+(?:read|reading|read\s+time|de\s+lecture|lesezeit))",
        "6 min read",
    ),
)


def _compile(table: tuple[Rule, ...], zone: str) -> re.Pattern[str]:
    alternatives = "|".join(
        f"(?P<{r.name.replace('-', '_')}>{r.pattern})" for r in table if r.zone == zone
    )
    return re.compile(rf"(?:{alternatives})")


#: each zone's rules as one pattern, compiled on first use (the archive layout never
#: asks for the general reader's "page" rules, nor either reader for "headline" ones
#: unless it looks for a headline)
_ZONES: dict[str, re.Pattern[str]] = {}


def zone_pattern(zone: str) -> re.Pattern[str]:
    """The rules of ``zone`` as one pattern, each rule a named group."""
    pattern = _ZONES.get(zone)
    if pattern is None:
        table = HEADLINE_RULES if zone == "headline" else RULES
        pattern = _ZONES[zone] = _compile(table, zone)
    return pattern


def match(line: str, zone: str) -> str | None:
    """The name of the rule of ``zone`` that matches the whole stripped line."""
    m = zone_pattern(zone).fullmatch(line)
    if m is None:
        return None
    return m.lastgroup.replace("_", "-")  # type: ignore[union-attr]


def not_headline(line: str) -> str | None:
    """The name of the rule of ``HEADLINE_RULES`` that matches the whole stripped line."""
    return match(line, "headline")


def names() -> list[str]:
    from .notices import NOTICE_RULES  # (the general reader's notices: ``text.notices``)

    return [r.name for r in RULES] + [name for name, _pattern, _example in NOTICE_RULES]


def registered() -> frozenset[str]:
    """Every name the text readers can give a line: the names of RULES, of the byline
    and caption rules (``text/bylines.py``) and of LAYOUT."""
    from . import bylines  # (imported late: the archive layout never needs it)
    from .notices import NOTICE_RULES

    return frozenset(
        [r.name for r in RULES]
        + [name for name, _pattern, _example in NOTICE_RULES]
        + [name for name, _pattern in bylines.BYLINE_RULES]
        + [name for name, _pattern, _hint in bylines.CAPTION_RULES]
        + [name for name, _label, _what in LAYOUT]
    )
