"""The HTML reader's rules that its code applies by the page's structure or a block's
place (kind ``page``): what each matches is said in words, and the code that applies it
names it from here; ``rules`` joins every table into ``RULES``."""

from __future__ import annotations

from .rule import GUESSED_HEADLINE_PAGE, HEADLINE_PAGE, Rule

__all__ = ["PAGE_RULES"]


#: rules the reader's code applies by the page's structure or a block's place
PAGE_RULES: tuple[Rule, ...] = (
    # pass 1 (chrome)
    Rule("hidden", "page", "an element the page hides (hidden, display:none, "
         "visibility:hidden; aria-hidden or a popover unless it holds the article)",
         "<div hidden>Subscribe for a pound a week</div>"),
    Rule("graphics", "page", "a short text placed at percentage offsets: a label on a chart "
         "or a map", "<div style='position: absolute; top: 12%; left: 40%'>Ferry pier</div>"),
    Rule("gallery", "page", "a list of five items or more, half of them with a credit or a "
         "caption element: a gallery's legends",
         "<ul>" + "<li>Harbour at dawn <span class='credit'>Ana Lima</span></li>" * 5 + "</ul>"),
    Rule("screen-copy", "page", "a block shown on some screen sizes only (its class says so: "
         "'hidden-xs', 'md:hidden', 'mobile') whose text the page shows again: the same "
         "block written for another screen",
         "<div class='desc hidden-down-md'><p>Wheel-thrown stoneware mug with a clear glaze "
         "inside.</p></div><div class='desc hidden-up-md'><p>Wheel-thrown stoneware mug with a "
         "clear glaze inside.</p></div>"),
    Rule("byline", "page", "a short element whose class or id says byline or author",
         "<div class='byline'>By Ana Lima</div>", label="header"),
    Rule("date-line", "page", "a short element whose class or id says date or timestamp, or "
         "a short block that is only a date and time", "<span class='date'>3 May 2020</span>",
         label="header"),
    # pass 3 (reading)
    Rule("outside-article", "page", "a block outside the article's container",
         "<div>Weather: light rain | Tides: 3.2 m at noon</div>"
         "<article>{story}</article>"),
    Rule("headline", "page", "a block whose text is the headline", HEADLINE_PAGE, label="title"),
    Rule("page-headline", "page", "the block before the story that the reader takes for the "
         "headline when metadata named none it trusts (``headline.choose_headline``)",
         GUESSED_HEADLINE_PAGE, label="title"),
    Rule("byline-line", "page", "a short block that names the writer ('By Ana Lima') or is "
         "the byline metadata gave", "<p>By Ana Lima</p>", label="header"),
    Rule("markup-text", "page", "a block that is mostly markup shown as text (a template's "
         "bug)", "<p>&lt;div class=\"promo\"&gt;&lt;/div&gt;</p>"),
    Rule("menu-line", "page", "three items or more of a few words each between bars: a menu "
         "written out", "<p>Home | World | Sport | Weather</p>"),
    Rule("no-words", "page", "a block without a letter or a digit", "<p>* * *</p>"),
    Rule("link-text", "page", "a short block that is mostly link text, not standing between "
         "two paragraphs of prose", "<div><a href='/fares'>Ferry fares to rise</a></div>"),
    Rule("linked-heading", "page", "a heading (<h2> to <h4>) that is mostly link text: an "
         "item's title (a roundup's products, an index's stories), not a link line, on a page "
         "that declares what it is but a product ('link-text' elsewhere)",
         "<html><head><meta property='og:type' content='article'></head><body><article>"
         "{story}<h3><a href='/pier'>Pier reopens after the storm</a></h3><ul><li>Volunteers "
         "rebuilt the deck</li></ul></article></body></html>", label="body"),
    Rule("link-list", "page", "a list or table that is mostly links, unless a line of the "
         "story ending in a colon announces it or its items are facts ('Price: $15')",
         "<ul><li><a href='/a'>Ferry fares rise</a></li><li><a href='/b'>Pier reopens</a></li>"
         "</ul>"),
    Rule("teaser", "page", "the blurbs of a run of teasers: a linked headline and a short "
         "paragraph, again and again",
         "<div><a href='/a'>Ferry fares to rise</a></div><p>The council votes on Monday.</p>"
         "<div><a href='/b'>Pier reopens</a></div><p>Volunteers finished the work.</p>"),
    Rule("writer-note", "page", "a writer's note about themselves ending the story",
         "{story}<p>Ann Berg is a freelance travel writer based in Leeds.</p>"),
    Rule("comment-signature", "page", "a comment's signature ('Posted by: … on …') after the "
         "story: the comments begin", "<article>{story}<p>Posted by: Ana Lima on 8:21pm "
         "Sat 5 Jan 08</p></article>"),
    Rule("after-comment-signature", "page", "a block after a comment's signature",
         "<article>{story}<p>Posted by: Ana Lima on 8:21pm Sat 5 Jan 08</p>"
         "<p>Great story, thank you.</p></article>"),
    Rule("after-comments-section", "page", "a block after a comments heading",
         "<article>{story}<h3>Comments (2)</h3><p>Lovely pier, well done.</p></article>"),
    Rule("after-related-section", "page", "a block after a related-links heading",
         "<article>{story}<h3>Related stories</h3><p>Ferry fares to rise.</p></article>"),
    Rule("after-copyright-notice", "page", "a block after a copyright notice",
         "<article>{story}<p>Copyright 2024 Harbour Gazette. All rights reserved.</p>"
         "<p>Ferry fares to rise.</p></article>"),
    Rule("article-paragraph", "page", "a paragraph of the article",
         "<p>The ferry ran on time.</p>", label="body"),
    Rule("article-heading", "page", "a heading inside the article",
         "<h3>Talks resume on Thursday</h3>", label="body"),
    Rule("article-list-item", "page", "an item of a list inside the article",
         "<ul><li>Night shifts capped at eight a week</li></ul>", label="body"),
    Rule("article-quote", "page", "a block quotation inside the article",
         "<blockquote>We are not asking for the moon.</blockquote>", label="body"),
    Rule("quoted-again", "page", "a block quotation's paragraph (25 characters or more) that "
         "the text has already given, on a page that declares no article: a reply quoting "
         "a post above it",
         "<p>We are not asking for the moon, only for the ferry.</p><blockquote><p>We are not "
         "asking for the moon, only for the ferry.</p></blockquote>"),
    Rule("article-pre", "page", "preformatted text inside the article (code, verse)",
         "<pre>$ ferry --times</pre>", label="body"),
    Rule("figure", "page", "a <figure>'s text (not one that sets out a quotation, a "
         "<blockquote> with its source in the <figcaption>: that is text)",
         "<figure><img src='a.jpg'><figcaption>Cranes at dawn.</figcaption></figure>",
         label="caption"),
    Rule("figcaption", "page", "a <figcaption> outside a <figure>",
         "<figcaption>Cranes at dawn.</figcaption>", label="caption"),
    Rule("caption-element", "page", "an element whose class says caption or credit",
         "<div class='wp-caption-text'>Cranes at dawn.</div>", label="caption"),
    Rule("embed-tweet", "page", "an embedded tweet (blockquote.twitter-tweet …)",
         "<blockquote class='twitter-tweet'><p>Talks go on.</p>&mdash; Harbour Gazette "
         "(@gazette)</blockquote>", label="embed"),
    Rule("embed-post", "page", "an embedded post of another network (instagram-media, "
         "tiktok-embed, bluesky-embed …)",
         "<blockquote class='instagram-media'><p>Cranes at dawn</p></blockquote>",
         label="embed"),
)

