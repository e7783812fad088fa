"""Every threshold and weight of the general reader, grouped by stage, each with its reason.

The line model's definitions are plain constants: every stage reads a line
through them (what a short line is, where a line's date is looked for), so one
run cannot vary them.  Each stage's own thresholds are the fields of a frozen
group (``_frozen.Frozen``: a frozen dataclass's behaviour, made without its generated
code, which cost every dump milliseconds); ``read()`` takes a ``Tuning`` of them, so
that a caller (a test that shows a rule at work, an experiment on the corpora) varies
one by passing a value, never by changing this module.  A stage reads its fields as
``tuning.<stage>.<name>``.  Nothing here is a site's or a page's value: each
number says what news pages in general look like.
"""

from __future__ import annotations

from ..._frozen import Frozen
from ..features import PAR_COST

__all__ = [
    "SHORT_LINE_WORDS", "HEADER_LINE_WORDS", "UNDATED_WORDS", "ROLE_WORDS", "CREDIT_WORDS",
    "CHROME_SCORE", "LIST_ITEM_WORDS", "ANNOUNCE_WORDS", "MAX_CHROME_CHARS", "ARROW_LINK_WORDS",
    "HINTED_MIN_SPACES", "COMMENTS_PROSE_WORDS", "REPEATED_PHRASE_CHARS", "REPEATED_PHRASE_TIMES",
    "REPEATED_PHRASE_WORDS", "SHARE_BAR_BUTTONS", "ScoreTuning", "RegionTuning", "HeadlineTuning",
    "BoxTuning", "LabelTuning", "Tuning", "DEFAULT",
]

# --- the line model: what every stage reads a line as ------------------------

#: a line of at most this many words is short: a label, a date line, a heading, a
#: menu's item, not a paragraph (most news paragraphs hold more)
SHORT_LINE_WORDS = 12
#: a header line (a date line, a byline) holds at most this many words; a longer line
#: that holds a date is a sentence that mentions one, and its date is not looked for
HEADER_LINE_WORDS = 20
#: a date without its year ("Fri Dec 28, 7:05 AM ET") is a header line only this short
UNDATED_WORDS = 8
#: a line that names the writer's role ("AP Sports Writer") is this short
ROLE_WORDS = 6
#: "by The Times-Picayune", "by Staff Reports": a line led by "by" is a credit this short
CREDIT_WORDS = 6
#: the score a line matched by a chrome rule gets: twice what a line of no words costs,
#: so that a run of chrome splits the article's region where a label alone does not
CHROME_SCORE = -2 * PAR_COST
#: a list item ("- two cranes", "1. The quay") has at least this many words
LIST_ITEM_WORDS = 2
#: a line ending with a colon announces a list when it has at least this many words
#: (a lone "Tags:" announces nothing)
ANNOUNCE_WORDS = 2

# --- chrome rules set in code (chrome.py) --------------------------------------

#: chrome rules match whole lines of menu-item length; longer lines are tried only
#: against the rules with a hint word (a cookie notice can be long)
MAX_CHROME_CHARS = 400
#: a line of at most this many words that ends with an arrow is a link
ARROW_LINK_WORDS = 6
#: every rule with a hint word holds at least three words: a line with fewer spaces
#: than this is not tried against them
HINTED_MIN_SPACES = 2
#: a line that mentions comments is their section's marker unless it reads as prose: a
#: sentence, or a line of at least this many words (prose cut by a hard wrap), with
#: ``features.PROSE_STOP_RATIO`` of them function words
COMMENTS_PROSE_WORDS = 8
#: a link's text copied with its image's alt text and title: a phrase of at least this
#: many characters, written this many times over …
REPEATED_PHRASE_CHARS = 8
REPEATED_PHRASE_TIMES = (2, 3)
#: … in a line of this many words (fewer: a word or two twice is a name, "Sing Sing")
REPEATED_PHRASE_WORDS = (4, 60)
#: a share bar: a "Share" prompt, or at least this many share buttons
SHARE_BAR_BUTTONS = 2


class ScoreTuning(Frozen):
    """Line scores (scoring.py) and the page-level passes over them (blocks.py)."""

    #: a line repeated across the batch is chrome up to this length; longer repeated
    #: lines are paragraphs the batch's articles share (a syndicated story, a quoted
    #: statement), which the prose score judges instead
    batch_max_words: int = 12
    #: a line the batch repeats adds nothing to the article's score: one that reads as
    #: prose (a promo sentence) costs what a line of no words costs, and the others keep
    #: their cost as labels.  (It is no barrier: a share bar or a video player the site
    #: repeats inside the article is a gap that the article grows across, as without
    #: the batch.)
    learned_score: float = -PAR_COST
    #: this many HTML tags make a line markup, not text (a noscript fallback) …
    markup_tags: int = 3
    #: … counted in its first this many characters (enough to find three)
    markup_scan_chars: int = 2000
    #: a comment's stamp ("Posted by: Sam | Jan 10, 2008 4:49 PM") is this short
    stamp_words: int = 16
    #: this many slide counters ("2/50 …"), each at most ``gallery_gap`` lines after the
    #: one before, make a gallery: its slides' captions are not the article
    gallery_slides: int = 3
    gallery_gap: int = 4
    #: in a block of at least ``code_block_min`` lines with no blank line between them,
    #: this share of lines marked like code (brackets, "=", a trailing comma or
    #: semicolon) makes the whole block a listing: its short lines ("SELECT", "FROM")
    #: are code, not a menu
    code_block_share: float = 0.3
    code_block_min: int = 4
    #: … and a run of at least ``chart_min`` short lines (of at most ``chart_words``
    #: words), this share of them figures, is a chart's labels
    chart_min: int = 8
    chart_words: int = 3
    chart_share: float = 0.6
    #: a comments marker said again in one shape under at least this many records, a
    #: blurb between each, is each record's count of comments (blocks.record_comments)
    record_comments: int = 3
    #: a page whose paragraphs stand between blank lines at least this share of the time
    #: writes its article that way (``<p>``); its prose lines packed line after line are
    #: teasers of other stories, worth ``packed_weight`` of their words
    blank_style: float = 0.7
    packed_weight: float = 0.5
    #: a line this long, cut mid-sentence, may be text wrapped at a fixed width
    wrap_min_chars: int = 40
    #: … and of at least this many words (a short line cut mid-sentence is a label)
    wrap_min_words: int = 5


class RegionTuning(Frozen):
    """The article's region (region.py) and where it ends (ending.py)."""

    #: a run of prose under a dated header may win against one up to this many times
    #: its score without one (a feed of teasers outweighs a short article) …
    dated_advantage: float = 2.0
    #: … its date or byline standing at most this many lines above it
    dated_lines: int = 8
    #: this many comment stamps in the article's run make a thread of comments
    thread_stamps: int = 3
    #: a thread of posts (thread.py): at least this many stamps of one shape …
    thread_posts: int = 3
    #: … each at most this many lines under the one before (a long post, its buttons; the
    #: lines of a listing of code or a log it quotes are not counted)
    thread_gap: int = 60
    #: a page of records (records.py): a run of prose of fewer words than this may be
    #: no article but a page's promo, blurb or intro (a listing's, a shop's, a
    #: service's: 2025 pages hold 60-500 such words over or under their list) …
    records_prose_words: int = 500
    #: a page with no header whose headline stands over at least this many paragraphs
    #: of this many words in all above the run (a landing page's sections: hero lines,
    #: cards, prices between) has its text begin under the headline
    landing_paragraphs: int = 3
    landing_words: int = 40
    #: … and a list stands in for it: at least this many names of a record …
    record_items: int = 6
    #: … each of this many words (fewer: a menu's item; more: a blurb) …
    record_words: tuple[int, int] = (3, 16)
    #: … and this many on average (a menu's entries, a country picker's names are
    #: shorter: a story's headline, a product's name are longer) …
    record_mean_words: float = 4.0
    #: … each at most this many lines under the one before (a record's writer, date,
    #: price and button between them) …
    record_gap: int = 5
    #: … whose words are at least this many times the run's
    record_outweighs: float = 2.0
    #: … or this many times, when the run stands under a date line or a byline (a
    #: story's own header: a list of its site's other stories outweighs a short one)
    record_outweighs_dated: float = 3.0
    #: a list under the run that reaches into this last share of the page's lines is
    #: its footer …
    record_tail: float = 0.2
    #: … unless its lines print prices, at least this many a record (a shop's grid
    #: of items, down to the page's end; a price's own line may read as a record)
    record_priced: float = 0.3
    #: … and one under a run of this many words of prose is that story's feed of others
    #: (a listing's intro or a shop's blurb is shorter)
    record_under_prose: int = 150
    #: this many lines led by a clock time ("14:44 Storm closes the pass"), each at most
    #: ``ticker_gap`` lines after the one before, make a live ticker of other news …
    ticker_stamps: int = 4
    ticker_gap: int = 6
    #: … each of at most this many words (a headline and its clock) …
    ticker_item_words: int = 25
    #: … which ends the article when at least this much prose stands above it (a live
    #: blog that is the article itself starts with its first stamp)
    ticker_after: float = 2 * PAR_COST
    #: a "Related" heading at most this many lines under a share bar follows the
    #: article's end (the bar closes it); alone, such a heading can head a box inside it
    share_bar_lines: int = 4
    #: a share bar in the run closes the article when the prose under it weighs less
    #: than this share of the prose above it (what follows is the page's other boxes)
    share_tail: float = 0.3
    #: the heading of the writer's biography closes the article when at least this share
    #: of the run's prose stands above it (at the run's top it heads a writer's box over
    #: the story)
    bio_above: float = 0.3
    #: … as does the writer's name alone on a line (at most this many words), the name
    #: the header gives (within ``bio_header_lines`` of the run's start), over a
    #: paragraph at most ``bio_role_lines`` below (a role, credentials between):
    #: their biography ("Ann Berg / Staff Writer / Ann Berg is a writer …")
    bio_name_words: int = 6
    bio_role_lines: int = 3
    bio_header_lines: int = 12
    #: … and so does a name the header does not give, over a paragraph that begins
    #: with it and a verb ("Ann Berg / Ann is a content writer at …", "I'm Ann, …"),
    #: when the prose under that paragraph is less than this share of the story's
    #: above it: a writer's note closes the page, where a list's last entry ("Harbour
    #: Cranes / Harbour Cranes is a firm …") has its own paragraphs under it (on the
    #: tuning pages bios had at most 0.05, entries 0.08 and more)
    bio_alone_share: float = 0.06
    #: a writer's note in one paragraph ("Ann Berg is a freelance travel writer …", no
    #: name line over it) of at most this many words, the run's first or last
    #: paragraph, is left out of the text
    note_words: int = 80
    #: a comments heading with this many lines of the article under it (a paragraph
    #: first, no stamp, date, byline or chrome) is a section's heading ("Discussion"):
    #: readers' comments come under a form, a count or a commenter's stamp
    section_lines: int = 3
    #: … nor a commenter's signature, a line of at most this many words with a comma
    #: ("Sam Berg, Leeds, England": a name, a town, a country and a title at most)
    signature_words: int = 7
    #: a run with at least ``feed_min`` paragraphs, ``feed_share`` of them right under a
    #: headline-sized line that is not prose, is a feed of teasers, not an article …
    feed_min: int = 3
    feed_share: float = 0.6
    #: … the teaser's headline having this many words (fewer: a label; more: prose)
    feed_heading_words: tuple[int, int] = (3, 20)
    #: … or this many lines that are only a date, each under a teaser's blurb
    feed_dates: int = 2
    #: … with at most this many paragraphs under the heading per date (a feed's teasers
    #: hold a blurb or two each: a story that goes on under a box of links, and its
    #: comments' dates further down, are no feed)
    feed_blurbs: int = 2
    #: a block of prose past a gap joins the article when its score is at least this
    #: share of what the gap costs (an article split by a chart, an advert, a "read
    #: also" box) …
    grow_ratio: float = 0.5
    #: … a quarter of that past a list or a table the article's last line announces with
    #: a colon ("Here are the free programs:"), up to the first chrome line: a listicle's
    #: runs of short items outweigh its short paragraphs between them
    grow_announced_ratio: float = 0.125
    #: … the gap is at most this many lines (but for such an announced list or table) …
    grow_max_gap: int = 60
    #: … a run of labels of at most ``widget_words`` words (a video player's controls
    #: and settings, a form) costs what ``widget_lines`` of them cost: it is one box,
    #: however long (a gallery's slides, a table's rows, a listing of code, a list's
    #: items are such a box too) …
    widget_words: int = 3
    widget_lines: int = 8
    #: … and the block holds at least this many real paragraphs
    grow_min_paragraphs: int = 1
    #: where no block joins so, a block past a guide's headings and list items ("Strengths
    #: of X", "1. Easy to use", "Hosting", "Backups": plain lines, no chrome, no link's
    #: or button's words, no byline or date) joins with each such line costing this
    #: share of its score, …
    grow_item_weight: float = 0.3
    #: … when at least this share of the words of the lines it adds (of four letters or
    #: more, no function word) are words the article has already used: the guide goes
    #: on about its subject, where a feed of other stories under a story talks of
    #: other things (tuning pages: guides 0.29 and more, feeds 0.17 at most)
    grow_cohesion: float = 0.25
    #: a run whose prose stands for this share of its words in lines that name at least
    #: ``legal_terms`` of the law's words about the reader's data (``_vocab.LEGAL_TERMS``)
    #: is a privacy policy's or terms' drawer (policy.py), when its prose holds at least
    #: ``legal_min_words`` words (a drawer holds the whole text; one consent line under a
    #: form is a run of its own on a page with little prose)
    legal_share: float = 0.3
    legal_terms: int = 2
    legal_min_words: int = 300
    #: a listicle's numbered headings ("11. Circuit Tester", at most
    #: ``section_heading_words`` words): when the run's last ``section_min_numbers``
    #: count up one by one, the next number at most ``section_gap`` lines under the one
    #: before goes on with the article (sections.py)
    section_heading_words: int = 12
    section_min_numbers: int = 2
    section_gap: int = 12
    #: short sentences at the body's edges that may join it …
    edge_lines: int = 2
    #: … each of at least this many words …
    edge_min_words: int = 3
    #: … a sentence this long joins them without any function word of
    #: ``features.STOP_WORDS`` (a language the list lacks)
    edge_sentence_words: int = 12
    #: how many lines into the run a header (date line, byline) may stand …
    header_in_run: int = 8
    #: … with at most this share of the run's score above it
    header_in_run_share: float = 0.25
    #: a date line under prose heads the article only when it says little besides the
    #: date (a photo's caption ending with its date, "… in Islamabad, 18 Nov 2007",
    #: heads nothing)
    bare_date_words: int = 4


class HeadlineTuning(Frozen):
    """The headline (headline.py): where it is looked for, and what makes a line one."""

    #: how many candidate lines above the body the headline is looked for in …
    search_lines: int = 25
    #: … and at most this many lines above the body in all (menus included)
    scan_lines: int = 40
    #: beyond those, up to this many lines above the body, a line over a date line or a
    #: byline, or printed again on the page, is a candidate still (a header over a long
    #: table of contents, a form or a gallery), for ``far_cost`` more than a near one …
    far_lines: int = 150
    far_cost: float = 1.5
    #: a headline with a label after it ("<name> - New", "<name> | <site>") gives way to
    #: its head printed alone up to this many lines above it; 0 turns it off
    bare_lines: int = 6
    #: headline length limits, in words
    min_words: int = 2
    max_words: int = 30
    #: words besides its date that make a plain date line a candidate: a title that holds
    #: a date ("Project Discovery July 2024"); 0 turns it off
    dated_title_words: int = 2
    #: a headline-sized line: at least this many words (fewer: a label, a button)
    sized_words: int = 4
    #: what each headline-sized line between a candidate and the body costs it
    distance_cost: float = 0.4
    #: what standing right above the date line or byline (or above a standfirst over
    #: them) earns a headline: where pages print it
    above_header_bonus: float = 2.5
    #: … and standing right under one (a date line over the headline)
    below_header_bonus: float = 1.0
    #: what a headline's usual length earns: ``sized_words`` … this many words
    usual_max_words: int = 18
    usual_bonus: float = 2.0
    #: what a line shorter than ``sized_words`` costs (a label, a section's name)
    short_cost: float = 2.0
    #: each word past this many costs ``long_cost``: a caption or a standfirst, more
    #: often than a headline
    long_words: int = 12
    long_cost: float = 0.15
    #: what ending with a full stop costs (a sentence: a standfirst, a caption)
    full_stop_cost: float = 2.0
    #: what starting in lower case costs (a fragment, a tag)
    lower_case_cost: float = 2.0
    #: what a line all in capitals costs (a section's name, a kicker)
    capitals_cost: float = 1.0
    #: what being repeated on the page earns (a breadcrumb, "<headline> | Site", a copy
    #: standing among other lines: a menu printed twice repeats its items, and their
    #: neighbours with them) …
    repeated_bonus: float = 2.5
    #: … the repeats counted in lines of at most this many words (a headline and a
    #: site's name, a breadcrumb's path and a headline: twice a headline's length)
    repeat_max_words: int = 60
    #: a headline printed again with more around it is looked for in at most this many
    #: lines that begin (or end) with its first (or last) word: a page prints it a few
    #: times, and a word that begins thousands of lines is a list's
    echo_lines: int = 50
    #: what the first word of a button or invitation costs ("Go to …", "Send us …")
    imperative_cost: float = 2.5
    #: what a teaser's media label costs ("Video: …", "Interactive guide: …")
    media_cost: float = 2.5
    #: what a line of ``rules.HEADLINE_RULES`` costs: a prompt to the reader, a notice
    #: about the page, a row of share buttons, an article's tool, its reading time
    not_headline_cost: float = 5.0
    #: what a link's marks cost ("• review …", "Next Article »", "… [National]")
    link_cost: float = 2.5
    #: what a photo's credit glued on a caption costs ("…CreditAda Kerrigan/EPA")
    glued_credit_cost: float = 2.5
    #: what a line of names alone ("Kate Connolly in Berlin") costs: a byline without "By"
    #: (not more: a page's name in title case reads as names too, "Healthy Eating Plate")
    names_only_cost: float = 2.0
    #: what separators of a menu or a breadcrumb cost ("Home | News", a tab)
    separator_cost: float = 2.0
    #: what each word of a button or menu costs a headline (``ui_max`` words at most)
    ui_cost: float = 3.0
    ui_max: int = 2
    #: what a line printed right on the article's first paragraph costs (its caption)
    glued_cost: float = 1.0
    #: what a line that begins with a date costs ("01/13/08 - League news": a dated item)
    dated_cost: float = 2.5
    #: what standing in a list of other stories under a "Related" heading costs
    listed_cost: float = 3.0
    #: what being repeated across the batch costs (a site's menu repeats, but so does a
    #: story several files carry, or a headline other pages list)
    learned_cost: float = 3.0
    #: a list of other stories ends at the article's header, which takes back this many
    #: headline-sized lines above it (its headline, and a name without "By")
    header_above_meta: int = 2
    #: between a headline and its date or byline: at most one line of words (a
    #: standfirst, a subheading) and ``header_labels`` labels and buttons of at most
    #: ``header_label_words`` words ("Image", "Share"), within ``header_gap_lines`` lines
    header_label_words: int = 3
    header_labels: int = 2
    header_gap_lines: int = 6
    #: a page's name as its menu prints it (at most ``page_name_words`` words, printed
    #: again over a sentence or a paragraph, no date line or byline in the
    #: ``page_name_below`` lines under it: the menu's item for this page, not a story's
    #: kicker) earns this (3.0: wcxb-dev tune gained 6 pages at 2.0, 10 at 3.0 and at
    #: 4.0, and lost none)
    page_name_words: int = 3
    page_name_below: int = 2
    page_name_bonus: float = 3.0
    #: on a page of questions and answers the question stands over its age ("Asked 3
    #: years ago") within this many lines, a button between ("Ask Question"), and is the
    #: headline (0: no such rule); 3 lines: the corpora's pages print one button between
    question_gap_lines: int = 3
    #: a thread whose first post's stamp is at most this many lines under the page's top
    #: line (the forum's name, the thread's title, its category and its tags) prints its
    #: title second (0: no such rule)
    thread_top_lines: int = 4
    #: the page's first paragraph (a line scoring at least ``page_head_score``) more than
    #: ``page_head_gap`` lines over an undated region is where its headline may stand
    #: too: the best line over it wins by ``page_head_margin`` (wcxb-dev tune: 10.0 and
    #: 30.0 lost pages that 20.0 keeps; gap 20 and 80 fewer than 40; margin 2.0 fewer)
    page_head_gap: int = 40
    page_head_score: float = 20.0
    page_head_margin: float = 1.0
    #: a region with no line above it that scores at least this (none, or a shop's
    #: notice: a region from the page's top or under its menus) has its headline over its
    #: first paragraph instead, when the best line there scores at least this too and the
    #: paragraph is at most ``top_region_lines`` lines in (further: under a list of
    #: records) (inf: no such rule; wcxb-dev tune: 3 pages gained, none lost)
    top_region_score: float = 0.0
    top_region_lines: int = 40
    #: a page with at least this many headings under a permalink mark ("Install Go¶": a
    #: documentation generator's) has the first of them as its headline, when it stands
    #: at most ``marked_slack_lines`` lines under the body's first line (0: no such rule;
    #: wcxb-dev tune: 11 pages gained, none lost, at 3 and 5; 10 lines lost one)
    marked_headings: int = 3
    marked_slack_lines: int = 5
    #: on a page of items with no date line or byline over its region, the name over
    #: the first count of them ("Camp Stoves" over "(24 products)"), at most this many
    #: lines up (a description, a button between), is the headline (0: no such rule)
    count_gap_lines: int = 3
    #: … and, with no count, the name over the page's first rating ("4.7 out of 5 stars
    #: with 914 reviews"), at most this many lines up (0: no such rule)
    rating_gap_lines: int = 3
    #: … and, before those, its heading printed twice under a breadcrumb's last step
    #: (the step, then the heading) within this many lines over the region (0: no such
    #: rule)
    crumb_lines: int = 8
    #: … and, before that, the line at most this many lines under a breadcrumb written
    #: on one line ("Home / Collections / Cast Iron") that says its last step again (0:
    #: no such rule)
    crumb_path_lines: int = 2
    #: a standfirst: a sentence of at least this many words (or a line in sentence case,
    #: ``deck_sentence_share``, with no end mark, under a line that is no button or menu)
    standfirst_words: int = 6
    #: the article's lead: its first this many words, where a story names what it is about
    lead_words: int = 300
    #: what a headline earns for the share of its content words the lead uses too (a
    #: menu's item, a prompt, another story's headline share few)
    overlap_bonus: float = 7.0
    #: … in full when it has at least this many content words (one shared word of a
    #: two-word label says little)
    overlap_words: int = 3
    #: … and what it earns for the share of them the whole article uses: a headline
    #: names what the story is about, a subheading or a teaser one part of it or none
    article_overlap_bonus: float = 3.0
    #: what standing in a table of contents costs (a line the article prints again
    #: below, as its neighbour is: a subheading listed above the text)
    contents_cost: float = 6.0
    #: … as the points of a summary under its heading ("Story highlights", "Key
    #: takeaways": ``SUMMARY_HEADINGS``) do, when the heading stands at most this many
    #: lines over the body's first line (a few points; 0: no such rule; wcxb-dev and
    #: l3s-gn1 tune gained a page each at 15, 8 kept the second only)
    summary_lines: int = 15
    #: lines next to each other that begin with the same this many words are a menu's
    #: items ("Share on Facebook", "Share on Twitter"), not a headline
    same_start_words: int = 3
    #: what standing between two labels of at most ``menu_label_words`` words costs (a
    #: menu's item: a headline stands alone, or at a menu's end)
    menu_label_words: int = 4
    menu_cost: float = 2.0
    #: a line of names, or of at most this many capitalised words ("Harbour Dental
    #: Care"), between a longer line and the date line is the writer's name without "By"
    #: and no headline; the line above it stands over the header (0: no such rule)
    name_slot_words: int = 4
    #: … and over a thread's first stamp, the forum's category, of at most this many
    #: capitalised words ("Hardware Hub Laptops & Netbooks"), under the thread's title
    category_words: int = 8
    #: a line over the date line or byline pays for at most this many headline-sized
    #: lines between it and the body (a header over a long list, form or FAQ)
    header_seen: int = 10
    #: a standfirst right under its headline (sentence case under Title Case, or under a
    #: headline in sentence case that stands over the header through it: at least
    #: ``deck_sentence_share`` of its content words without a capital, under a line of
    #: ``deck_words`` or more words with ``deck_title_share`` of them capitalised that
    #: names the article, ``deck_share`` of its content words in it) costs this (5.0:
    #: wcxb-dev tune kept 2 more headlines over their standfirst than at 3.0, lost none)
    deck_words: int = 6
    deck_title_share: float = 0.8
    deck_sentence_share: float = 0.6
    deck_share: float = 0.5
    deck_cost: float = 5.0
    #: a region may begin at its headline, or a line or two over it: the lines over its
    #: first line of prose, up to this many lines into it (0: none), are candidates …
    head_lines: int = 3
    #: … for this much (a subheading stands there too; only a line over menus, labels or
    #: notices wins so: 2.0 lost a story's headline to its first subheading, 4.0 none)
    head_cost: float = 4.0
    #: what a line right under a date line or byline costs when a line of a headline's
    #: shape stands over that header (its headline: the line under it is a second
    #: title, a standfirst, the story's tags; 0: no such rule; wcxb-dev, readability
    #: and l3s-gn1 tune gained 4 pages at 2.0, 5 at 3.0, none lost; 6 at 4.0, one lost)
    under_header_cost: float = 3.0
    #: the text's first line of prose, of a headline's size and scoring less than this
    #: over a paragraph scoring this at least, may be its headline (printed as the text's
    #: first line: a question, a long title); it is a candidate (0: no such rule)
    opening_score: float = 5.0
    #: … and shares this much of its words with the lead at least (``overlap_bonus``'s
    #: share: a headline names what its story is about)
    opening_overlap: float = 0.5


class BoxTuning(Frozen):
    """Boxes inside the article (boxes.py): a chart's labels, a list of links, an advert."""

    #: this many short non-prose lines in a row inside the article are a box in it …
    box_lines: int = 3
    #: … each of at most this many words
    box_label_words: int = 6
    #: … unless a line ending with a colon announces them, and they follow it line after
    #: line (no blank line between), each at most this many words: the article's own list
    announced_item_words: int = 12
    #: a run of short lines where at least one line in this many is a figure alone is a
    #: chart's labels
    chart_figures: int = 3
    #: short lines stand each a paragraph of their own (the article's headings, not a
    #: box's labels) when at least this share of the gaps between them is blank lines;
    #: and a run is a table of contents when this share of its lines come back below
    most: float = 0.5
    #: a run of the article's lines said again in the same order (a page's second copy
    #: of its story: a print or mobile copy) is dropped when it holds at least this many
    #: lines …
    copy_lines: int = 5
    #: … and this many words (a pull quote, a chorus, a summary said again are shorter)
    copy_words: int = 150


class LabelTuning(Frozen):
    """Labels (labels.py): the header around the headline, the date, the byline."""

    #: how many lines under the body's start may hold the date and byline
    header_after_start: int = 6
    #: how many lines above the headline may hold its date ("21 September 2020") …
    header_before_title: int = 3
    #: … and, when none is there, how many lines farther up
    date_above_lines: int = 10
    #: … and, when none is there either, how many lines under the article ("Published
    #: …" printed at its foot)
    date_below_lines: int = 15
    #: the article's first paragraphs, where a story names the people it is about (a
    #: line of names that they name is the story's subject, not its byline)
    subject_paragraphs: int = 3
    #: how many one-word lines (counters, a button: "321,046", "36", "Follow") may
    #: stand between the headline and the writer's name under it
    byline_skip_lines: int = 2
    #: how many of the article's last lines may be a note about its writer ("Ada
    #: Kerrigan is a reporter …"); above them, such a line is about the story's subject
    bio_last_lines: int = 2
    #: how many lines under the headline a line of names that begins with a given name
    #: may stand, past the places of ``_name_byline`` (a section, the reading time, a
    #: firm's tagline between: "Corti" / "AI platform for healthcare" / "Joakim Edin")
    given_name_lines: int = 8
    #: a byline followed by this many others, each naming someone else within
    #: ``teaser_gap`` lines of the one before, is a list's first teaser ("By Ada
    #: Kerrigan" / teaser / "By Ben Ode" / teaser / …), not the page's writer
    teaser_bylines: int = 2
    teaser_gap: int = 10


class Tuning(Frozen):
    """The thresholds of every stage; ``Tuning()`` holds the reader's own."""

    scores: ScoreTuning = ScoreTuning()
    region: RegionTuning = RegionTuning()
    headline: HeadlineTuning = HeadlineTuning()
    boxes: BoxTuning = BoxTuning()
    labels: LabelTuning = LabelTuning()


DEFAULT = Tuning()
