"""Which text of a page the HTML reader keeps as the article body: one table of
small invented pages, each naming what must be in the body and what must not."""

from __future__ import annotations

import pytest

import newsclip

_SENT = (
    "The survey team walked the towpath from the old mill to the lock gates, counting the "
    "herons, the moorhens and the boats left to rot along the bank, and noted each one."
)
_CHROME = (
    '<div class="sidebar"><ul><li><a href="/a">Weather</a></li><li><a href="/b">Sport</a>'
    '</li><li><a href="/c">Letters</a></li></ul></div>'
)


def _page(body: str) -> str:
    return f"<html><head><title>Towpath survey</title></head><body>{body}{_CHROME}</body></html>"


def _paragraphs(page: str) -> str:
    """The paragraphs newsclip reads from a page, one a line."""
    return "\n".join(newsclip.parse(page.encode(), input_format="html").paragraphs)


def _paras(label: str, n: int = 4) -> str:
    return "".join(f"<p>{_SENT} {label} {k}.</p>" for k in range(1, n + 1))


def _formula() -> str:
    # a typeset formula: the renderer's widget carries a context-menu class
    widget = (
        '<span class="MathJax CtxtMenu_Attached_0"><span aria-hidden="true">x2</span>'
        "<span><math><mi>x</mi><mo>=</mo><mn>42</mn></math></span></span>"
    )
    return f'<div class="article">{_paras("Before")}<p>The depth is {widget} metres here.</p>' \
           f'{_paras("After")}</div>'


def _outline() -> str:
    # a table of contents and section headings that link within the page
    toc = '<ul><li><a href="#locks">Counting the locks</a></li><li><a href="#birds">' \
          "Counting the birds</a></li></ul>"
    sections = "".join(
        f'<h2 id="{k}"><a href="#top-{k}">Counting the {k}</a><a href="#{k}">¶</a></h2>'
        f"{_paras(k.title(), 3)}"
        for k in ("locks", "birds")
    )
    jump = '<p><a href="#comments">Read comments</a></p>'
    return f'<div class="article">{toc}{sections}{jump}</div>'


def _table_story() -> str:
    # the story is mostly a table of data; its notes under a heading belong with it
    rows = "".join(
        f"<tr><td>Lock {n}</td><td>{1800 + n}</td><td>Rebuilt in stone, with oak gates, "
        f"a keeper's cottage, a weir and a footbridge, after the flood of year {n}.</td></tr>"
        for n in range(1, 17)
    )
    return (
        f'<div><p>{_SENT}</p><table><tbody>{rows}</tbody></table><h2>Sources</h2>'
        "<ul><li>The canal company's minute books, kept at the county archive.</li>"
        "<li>The keepers' logs, lent by their families for the survey.</li></ul></div>"
    )


def _standfirst() -> str:
    # the standfirst in a bare div beside the story's box, with a photo between
    return (
        '<div class="story"><div class="standfirst">The lock keepers kept count for a century, '
        "and their tallies show the herons came back before the boats did.</div>"
        '<div class="photo"><img src="lock.jpg"></div>'
        f'<div class="text">{_paras("Body", 6)}</div></div>'
    )


def _boxed_lead() -> str:
    # the opening paragraph in boxes of its own above the story's box
    return (
        '<div class="review"><div class="block"><div class="cell"><p>The towpath from the '
        "mill to the lock is the quietest walk in the county, and the survey found it busier "
        "with herons, moorhens and coots than with boats.</p></div></div>"
        f'<div class="block-body">{_paras("Body", 6)}</div></div>'
    )


def _no_caption() -> str:
    # "no_caption" marks a box without a caption: its text is the story's
    return (
        f'<div class="story">{_paras("Body", 3)}<div class="item item-image no_caption">'
        "<img src='heron.jpg'><p>The keeper counted forty herons on the weir that morning, "
        "more than in any year since the survey began.</p></div>"
        f"{_paras('More', 3)}</div>"
    )


def _boxed_cells() -> str:
    # a data table whose cells wrap their text in boxes: the linked names are data
    rows = "".join(
        f'<tr><td><div><a href="/boat{n}">Narrowboat {n}</a></div></td><td><div>{1990 + n}'
        "</div></td><td><div>Moored at the lower basin</div></td></tr>"
        for n in range(1, 6)
    )
    return f'<div class="article">{_paras("Note", 3)}<table>{rows}</table></div>'


def _form_wrapper() -> str:
    # the story in a <form>, the page's menus outside it outweighing it; a poll inside it
    menu = "".join(f'<li><a href="/s{n}">Section number {n} of the towpath site</a></li>'
                   for n in range(1, 80))
    poll = ('<form action="/vote"><p>Should the towpath be resurfaced?</p>'
            '<label><input type="radio" name="v">Yes, before the winter floods</label></form>')
    return f'<div class="links"><ul>{menu}</ul></div><form action="/page">' \
           f'<div class="text">{_paras("Body", 8)}</div>{poll}</form>'


def _built_of_widgets(boxes: int) -> str:
    # a page builder names every box "widget": the story's paragraphs each in one, beside
    # the sidebar's widgets (a list of links, a box of weather)
    story = "".join(
        f'<div class="builder-widget builder-widget-text"><div class="widget-container">'
        f"<p>{_SENT} Part {n}.</p></div></div>"
        for n in range(1, boxes + 1)
    )
    side = ('<div class="widget widget_recent"><ul><li><a href="/a">Older towpath news</a>'
            '</li></ul></div><div class="sidebar"><p>Weather: light rain</p></div>'
            f'<div class="related-stories"><p>{_SENT} Canal boats.</p></div>')
    return f'<div class="builder-section">{story}</div>{side}'


def _chart() -> str:
    # an exported chart: every number placed over the picture at percentage offsets
    labels = "".join(
        f'<div class="label" style="top:{n * 9}%;left:{n * 7}.5%;width:60px"><p>{1990 + n}</p>'
        f"<p>{n * 12} boats</p></div>"
        for n in range(1, 9)
    )
    return (
        f'<div class="article">{_paras("Before", 3)}<div class="chart"><img src="c.png">'
        f'{labels}</div>{_paras("After", 3)}</div>'
    )


def _cross_reference() -> str:
    # a linked cross-reference between two paragraphs of the story; a run of
    # linked headlines after it is a list of links
    links = "".join(f'<p><a href="/h{n}">Another towpath headline number {n}</a></p>'
                    for n in range(1, 4))
    return (
        f'<div class="article">{_paras("Body", 3)}<p><a href="/locks">Related: how the '
        f'lock gates were rebuilt</a></p>{_paras("More", 3)}{links}</div>'
    )


def _placeholder() -> str:
    # an ad's empty placeholder box in the middle of a sentence
    return (
        f'<div class="article">{_paras("Body", 3)}<div>The keeper, Ada Kerrigan, counted '
        '<div class="slot-7"><div></div></div> forty herons on the weir.</div></div>'
    )


def _wrapped_link() -> str:
    # a link broken over lines by the page's indentation: its text is what shows
    gap = "\n" + " " * 60
    return (
        f'<div class="article">{_paras("Body", 3)}<h2>Gates</h2><p><a href="/g">The lower{gap}'
        f"lock gates</a>, rebuilt in 1820.</p><h2>Weirs</h2>{_paras('More', 2)}</div>"
    )


def _linked_subheads() -> str:
    # reviews under linked subheadings, a video box between heading and text
    parts = "".join(
        f'<h3><a href="/boat{n}">Narrowboat {n} (1990)</a></h3><div class="video">'
        f'<iframe src="/v{n}"></iframe></div><p>{_SENT} Review {n}.</p>'
        for n in range(1, 4)
    )
    return f'<div class="article"><p>{_SENT} Intro.</p>{parts}</div>'


def _highlighted_code() -> str:
    # a highlighter's spans in a code sample are named "comment", "keyword"...
    code = ('<pre><code><span class="comment">// count the herons</span>\n'
            '<span class="keyword">let</span> herons = 40;</code></pre>')
    return f'<div class="article">{_paras("Body", 3)}{code}{_paras("More", 2)}</div>'


def _release_table() -> str:
    # two columns under a header row: linked version numbers and their dates
    rows = "".join(
        f'<tr><td><a href="/r{n}">4.{n}.2</a></td><td>May 201{n}</td></tr>' for n in range(1, 6)
    )
    return (
        f'<div class="article">{_paras("Body", 3)}<table><tr><th>Release</th><th>Date</th></tr>'
        f"{rows}</table>{_paras('More', 2)}</div>"
    )


def _story_in_panels() -> str:
    # a feature page: its text in panels of different make, the second as strong as the first
    panel = "".join(f"<p>{_SENT} Panel one, part {n}.</p>" for n in range(1, 4))
    other = "".join(f"<p>{_SENT} Panel two, part {n}.</p>" for n in range(1, 4))
    menu = "".join(f'<li><a href="/t{n}">Towpath theme {n}</a></li>' for n in range(1, 81))
    return (
        '<main><section class="panel"><div class="frame"><div class="copy">'
        f"{panel}</div></div></section>"
        '<section class="panel"><div class="frame"><p>Sync your notes with the survey team.</p>'
        f'</div></section><div class="themes"><ul>{menu}</ul><div class="grid"><div class="cell">'
        f'<div class="copy-2">{other}</div></div></div></div></main>'
    )


def _author_bio() -> str:
    # a byline box and, after the story, the author's biography in one too
    return (
        f'<div class="article"><div class="byline">By Ada Kerrigan</div>{_paras("Body", 4)}'
        '<div class="author-note">Ada Kerrigan has walked and counted the towpath for twenty '
        "years.</div></div>"
    )


def _bio_boxes(box: str) -> str:
    # after the story, the writer's biography in a box whose class names it
    return (
        f'<div class="article">{_paras("Body", 4)}<div class="{box}"><p>Ada Kerrigan has '
        "walked and counted the towpath for twenty years, and edits the county's bird "
        "report.</p></div></div>"
    )


def _closing_notes(note: str, after: int = 0) -> str:
    # a writer's note about themselves as the story's last paragraph, in a plain box
    return f'<div class="article">{_paras("Body", 4)}<p>{note}</p>{_paras("After", after)}</div>'


_NOTE = ("Ada Kerrigan is a freelance nature writer based in Leeds. She has counted herons "
         "on the towpath since 2004.")


def _reviewer() -> str:
    return (
        f'<div class="article"><p>Medically reviewed by Ada Kerrigan, MD</p>{_paras("Body", 4)}'
        "<p>Towpath News | 4 May, 13h36 | By Ada Kerrigan (with Tom Reed)</p>"
        "<p>By: Tom Reed, Towpath Press</p><p>Written BY ADA KERRIGAN</p>"
        "<p>Contributed by Sam Ivo</p><p>Posted by Lu Wen</p><p>Submitted by Bo Tarn</p></div>"
    )


def _timestamps() -> str:
    # dates and times with their labels, which the strict date parser does not read
    return (
        '<div class="article"><p>Last Updated: 12:01am GMT 08/01/2008</p>'
        f'<p>01/09 18:48:47 ET</p>{_paras("Body", 4)}<p>Friday, January 11</p>'
        "<table><tr><th>Release</th><th>Date</th></tr><tr><td>4.1.2</td><td>May 2015</td></tr>"
        "<tr><td>4.1.3</td><td>June 2015</td></tr><tr><td>4.1.4</td><td>July 2015</td></tr>"
        "<tr><td>4.1.5</td><td>August 2015</td></tr></table></div>"
    )


def _wordless() -> str:
    # a no-break space read in the wrong encoding, alone in a box, and a rule drawn in text
    return f'<div class="article">{_paras("Body", 3)}<p>\u00c2</p><p>* * *</p>{_paras("More", 2)}</div>'


def _teasers(credit: str = "") -> str:
    # after the story, other stories: a linked headline and a blurb, again and again
    # (``credit``: each with its writer and date under its blurb)
    teasers = "".join(
        f'<p><a href="/story-{k}">Lock keepers vote on plan {k}</a></p>'
        f"<p>Riverside, May {k}: the keepers met again to weigh plan {k} for the gates.</p>"
        + (f"<p>{credit} – 3/{k}/2026</p>" if credit else "")
        for k in range(1, 4)
    )
    return f'<div class="article">{_paras("Body", 4)}{teasers}</div>'


def _credited_pictures() -> str:
    # a linked credit in brackets under each picture, between the story's paragraphs
    parts = "".join(
        f'<p><a href="/artist-{k}">(Artist: Name {k})</a></p><p>Short part {k} of the story.</p>'
        for k in range(1, 4)
    )
    return f'<div class="article">{_paras("Body", 4)}{parts}</div>'


def _notice_in_cell() -> str:
    # a page laid out in a table: the story's cell ends with the agency's notice
    return (
        f'<table><tr><td>{_paras("Body", 4)}<p>Copyright 2008 Towpath Press. All rights '
        "reserved. This material may not be published.</p></td></tr></table>"
    )


def _signed_comments() -> str:
    # readers' comments in the story's box, each under a signature line
    comments = "".join(
        f"<p>Posted by: reader{k}, Riverside on 8:2{k}pm Tue 1 Jan 08</p>"
        f"<p>Comment {k}: they should have left the old gates alone, in my view.</p>"
        for k in range(1, 3)
    )
    return f'<div class="article">{_paras("Body", 4)}{comments}</div>'


def _linked_notes() -> str:
    # a list of notes in the story, each linking its source over most of its words
    notes = "".join(
        f'<li><a href="https://bugs.example/{k}">Ada fixed the sluice gate counter that '
        f"skipped boats at night</a> on lock {k}, after the floods of May</li>"
        for k in range(1, 4)
    )
    return f'<div class="article">{_paras("Body", 3)}<ul>{notes}</ul>{_paras("More", 3)}</div>'


def _notes_with_a_linked_item() -> str:
    # notes of one line each: most are sentences, one is a link over all its words
    notes = (
        "<li>Ada counted the herons on the weir and the moorhens by the lock every morning "
        "of the survey week</li>"
        '<li>Tom <a href="https://bugs.example/7">repaired the broken sluice gate counter</a></li>'
        "<li>Sam walked the towpath to the old mill twice and noted every boat left along "
        "the bank to rot</li>"
        '<li>Still open:<ul><li><a href="https://bugs.example/8">Bug 8 - the lock log '
        "misses the boats that pass the upper gates late at night</a></li>"
        '<li><a href="https://bugs.example/9">Bug 9 - the weir gauge reads a foot low '
        "after every spring flood on the river</a></li></ul></li>"
    )
    links = (
        '<ul><li><a href="/x">Keepers elect a new chair</a></li>'
        '<li><a href="/y">Mill reopens for the summer</a></li></ul>'
    )
    return f'<div class="article">{_paras("Body", 3)}<ul>{notes}</ul>{_paras("More", 3)}{links}</div>'


def _announced_lists() -> str:
    # lists of links the story announces with a line ending in a colon, and a list of
    # a product's facts whose values link to shops; then a list announced as links
    # to other stories, and a box of tags
    picks = ('<ul><li><a href="/s/1">Heron Scope 117</a></li>'
             '<li><a href="/s/2">Lockside Binoculars 40</a></li></ul>')
    facts = ('<ul><li>Plan to spend: $15-$70</li><li>Buying options: <a href="/s/3">Towpath '
             'Stores (Heron)</a> <a href="/s/4">Canal Shop (Moorhen)</a></li></ul>')
    related = ('<p>If you liked this survey you might also like:</p><ul><li><a href="/r/1">'
               'Keepers elect a new chair</a></li><li><a href="/r/2">Mill reopens for the '
               'summer</a></li></ul>')
    tags = '<p>Tags:</p><ul><li><a href="/t/1">Herons</a></li><li><a href="/t/2">Locks</a></li></ul>'
    return (f'<div class="article">{_paras("Body", 3)}<h4>Our keepers recommend these:</h4>'
            f'{picks}{_paras("Middle", 2)}{facts}{_paras("More", 3)}{related}{tags}</div>')


def _reference_list() -> str:
    # a reference page's list of methods: each term a link to its page, its definition
    # beside it in a paragraph
    terms = "".join(
        f'<dt><a href="/gate/{k}"><code>Gate.{k}()</code></a></dt>'
        f"<dd><p>Opens the {k} gate.</p></dd>"
        for k in ("upper", "lower", "side")
    )
    return f'<div class="article">{_paras("Body", 3)}<dl>{terms}</dl>{_paras("More", 2)}</div>'


def _pipeline() -> str:
    # a shell pipeline in a code sample: short items between bars, but no menu
    return (
        f'<div class="article">{_paras("Body", 4)}<pre>cat herons.txt | sort | uniq -c</pre>'
        "<pre>+--+\n|  |\n+--+</pre></div>"
    )


def _thread() -> str:
    # a thread: each post an alike box, with its author's card beside its message; one
    # post quotes a long passage, which outscores every message on its own
    quote = f"<blockquote>{_SENT} {_SENT}</blockquote>"
    posts = "".join(
        f'<article class="message message--post is-{k}"><div class="user-card"><h4>user{k}</h4>'
        f'<h5>Veteran keeper</h5></div><div class="message-body">'
        f"{quote if k == 3 else ''}<div>Post {k}: the herons came back to the weir this week, "
        "and the moorhens nest by the lock again.</div></div></article>"
        for k in range(1, 9)
    )
    return f'<div class="thread">{posts}</div>'


def _answers() -> str:
    # a question and its answers: under each, its writer's card, the reputation and the
    # badges printed with the numbers run into the words
    posts = "".join(
        f'<div class="answer"><div class="post-text"><p>Answer {k}: the herons came back to '
        "the weir this week, and the moorhens nest by the lock again.</p></div>"
        f'<div class="user-info"><div class="user-details"><a href="/users/{k}">keeper{k}</a>'
        f'<div class="flair">{k}4.4k{k}7 gold badges14{k} silver badges2{k}5 bronze badges'
        "</div></div></div></div>"
        for k in range(1, 5)
    )
    return f'<div class="answers">{posts}</div>'


def _landing_page() -> str:
    # a landing page: the page's <main> holds many short sections (a feature each, in
    # boxes of different classes), and one promo paragraph outscores every one of them
    names = ("Count", "Map", "Export", "Remind", "Sort", "Print", "Name", "Watch", "Feed")
    features = "".join(
        f'<section class="band-{k.lower()}"><h2>{k} your herons</h2>'
        f"<div><p>{k} them in one tap.</p><p>It works offline too.</p></div></section>"
        for k in names
    )
    return (
        f'<main><section class="hero"><h2>Towpath Tally</h2><p>Birds, counted.</p></section>'
        f'{features}<section class="offer"><div><p>{_SENT}</p></div></section></main>'
    )


def _landing_page_without_main() -> str:
    # the same landing page without <main>: its section headings say it is read whole
    return _landing_page().replace("<main>", '<div class="page">').replace("</main>", "</div>")


def _short_story_beside_lines() -> str:
    # a short story without section headings beside many unlinked short lines (the site's
    # notices): the page is no landing page, its story is its text
    lines = "".join(f"<p>Berth {k} closed</p>" for k in range(1, 200))
    return f'<div class="story">{_paras("Body", 3)}</div><div class="notices">{lines}</div>'


def _story_in_main() -> str:
    # a story in the page's <main> beside a longer table of short lines: the story's box
    # holds a story, so the rest of <main> stays out
    rows = "".join(f"<li>Low water, day {k}: 0.4 m</li>" for k in range(1, 250))
    return f'<main><div class="story">{_paras("Body", 14)}</div><ul>{rows}</ul></main>'


def _table_in_figure() -> str:
    # a table of data set in a <figure>, as a block editor marks it up, between paragraphs
    rows = "".join(f"<tr><td>1/{k}/2013</td><td>+{k}.5% herons</td></tr>" for k in range(1, 13))
    return (
        f'<div class="article">{_paras("Body", 3)}<figure class="block-table"><table>'
        f"<thead><tr><th>Date</th><th>Change in herons</th></tr></thead><tbody>{rows}</tbody>"
        f'</table></figure>{_paras("More", 2)}</div>'
    )


def _nested_story() -> str:
    # a story in the page's <article>: its opening in one section, the rest deep in
    # wrappers of a second one beside a callout box
    return (
        f'<article><section>{_paras("Opening", 3)}</section><div class="wrap">'
        '<div class="callout"><a href="/offer">Try the tally app</a></div><div class="inner">'
        f'<div class="a"><div class="b">{_paras("Body", 8)}</div></div></div></div></article>'
    )


def _story_in_main_sections() -> str:
    # a ranking in the page's <main>: its opening and each ranked item a section of its
    # own (each of another class), deep in wrappers; the opening is the longest
    def section(label: str, n: int) -> str:
        return f'<section class="band-{label[-1]}"><div><div><div><div class="box">' \
               f"<h2>{label}</h2>{_paras(label, n)}</div>" \
               '<div><a href="#top">Back to the top</a></div></div></div></div></section>'
    items = "".join(section(f"Item {k}", 3) for k in range(1, 13))
    return f'<main>{section("Opening", 12)}{items}</main>'


def _utility_classes() -> str:
    # a style sheet written class by class: a plan's table whose cells are styled by
    # font, border and arbitrary-value classes, one with the word "utility" in it
    cell = 'class="border-b py-tight font-utility-2 first:w-[144px] even:bg-brand/5"'
    rows = "".join(f"<tr><td {cell}>Week {k}</td><td {cell}>Walk 2 min, run {k} min</td></tr>"
                   for k in range(1, 4))
    return (f'<div class="article">{_paras("Body", 3)}<table class="w-full text-left">'
            f'<tbody>{rows}</tbody></table>{_paras("More", 2)}</div>')


def _popover() -> str:
    # an app's install prompt in a popover (the HTML attribute: hidden until its button
    # opens it), before a thread's short posts
    prompt = (
        "<p>A full-screen app on your home screen with push notifications, badges and more. "
        "Tap the share icon, scroll the menu and tap Add to Home Screen, then tap Add.</p>"
    )
    posts = "".join(f'<div class="post"><p>{_SENT} Post {k}.</p></div>' for k in range(1, 4))
    return f'<div popover id="install">{prompt * 2}</div><div>{posts}</div>'



def _quotations() -> str:
    # readers' words set out as quotations: a <figure> holding a <blockquote> and, in its
    # <figcaption>, who said them (a caption elsewhere stays a caption)
    said = "".join(
        f"<figure><blockquote><p>The towpath walk with the survey team was the best "
        f"morning of my year, and I counted more herons than ever, visit {k}.</p>"
        f"</blockquote><figcaption>— Walker {k}</figcaption></figure>"
        for k in range(1, 5)
    )
    return (
        f'<div class="article"><h2>What walkers say</h2>{said}<figure><img src="a.jpg">'
        "<figcaption>The lock gates at dawn</figcaption></figure></div>"
    )


BODY_CASES = [
    # (name, page body, texts that must be in the body, texts that must not)
    ("math-in-menu-widget", _formula(), ["The depth is x=42 metres here."], ["x2"]),
    ("in-page-links", _outline(), ["Counting the locks", "Counting the birds¶", "Birds 3."],
     ["Read comments"]),
    ("standfirst-div", _standfirst(), ["lock keepers kept count", "Body 6."], []),
    ("lead-in-boxes", _boxed_lead(), ["quietest walk in the county", "Body 1."], []),
    ("no-caption-class", _no_caption(), ["counted forty herons", "More 3."], []),
    ("links-in-boxed-cells", _boxed_cells(), ["Narrowboat 1", "Narrowboat 5"], []),
    ("page-in-a-form", _form_wrapper(), ["Body 1.", "Body 8."], ["resurfaced", "winter floods"]),
    ("built-of-widgets", _built_of_widgets(20), ["Part 1.", "Part 20."],
     ["Older towpath news", "light rain", "Canal boats"]),
    ("chart-labels", _chart(), ["Before 3.", "After 1."], ["1993", "36 boats"]),
    ("cross-reference", _cross_reference(), ["Related: how the lock gates", "More 1."],
     ["headline number 2"]),
    ("empty-box-in-sentence", _placeholder(),
     ["The keeper, Ada Kerrigan, counted forty herons on the weir."], []),
    ("link-over-lines", _wrapped_link(), ["The lower lock gates, rebuilt in 1820."], []),
    ("linked-subheadings", _linked_subheads(), ["Narrowboat 2 (1990)", "Review 3."], []),
    ("highlighted-code", _highlighted_code(), ["// count the herons\nlet herons = 40;"], []),
    ("headed-two-column-table", _release_table(), ["4.1.2", "4.5.2", "May 2015"], []),
    ("story-in-panels", _story_in_panels(), ["Panel one, part 1.", "Panel two, part 3."],
     ["Towpath theme"]),
    ("author-biography", _author_bio(), ["counted the towpath for twenty years."],
     ["By Ada Kerrigan"]),
    ("author-bio-class", _bio_boxes("author-bio"), ["Body 4."], ["twenty years"]),
    ("author-box-class", _bio_boxes("post-author-box__text"), ["Body 4."], ["twenty years"]),
    ("about-author-class", _bio_boxes("aboutauthor"), ["Body 4."], ["twenty years"]),
    ("author-description-class", _bio_boxes("entry-author-description"), ["Body 4."],
     ["twenty years"]),
    ("closing-writer-note", _closing_notes(_NOTE), ["Body 4."], ["nature writer"]),
    ("closing-notes-of-two-writers",
     _closing_notes(f"{_NOTE}</p><p>Tom Reed is the editor of Towpath News."), ["Body 4."],
     ["nature writer", "Tom Reed"]),
    ("writer-note-amid-the-story", _closing_notes(_NOTE, 2), ["nature writer", "After 2."], []),
    ("closing-note-not-a-writers", _closing_notes(
        "Ada Kerrigan is a lock keeper based in Leeds. She counts herons."), ["lock keeper"], []),
    ("byline-lines", _reviewer(), ["Body 1."], ["reviewed by", "Tom Reed", "ADA KERRIGAN", "Sam Ivo", "Lu Wen", "Bo Tarn"]),
    ("data-table-in-story", _table_story(), ["Lock 16", "Sources", "minute books"], []),
    ("wordless-lines", _wordless(), ["Body 3.", "More 2."], ["\u00c2", "* * *"]),
    ("teaser-run", _teasers(), ["Body 4."], ["the keepers met again", "Lock keepers vote"]),
    ("credited-teaser-run", _teasers("Ana Lima"), ["Body 4."],
     ["the keepers met again", "Lock keepers vote"]),
    ("credits-are-no-teasers", _credited_pictures(), ["Short part 1", "Short part 3"], []),
    ("copyright-in-a-cell", _notice_in_cell(), ["Body 4."], ["All rights reserved"]),
    ("comment-signatures", _signed_comments(), ["Body 4."], ["Posted by", "Comment 1", "Comment 2"]),
    ("linked-notes", _linked_notes(), ["on lock 1", "on lock 3", "More 3."], []),
    ("linked-item-among-notes", _notes_with_a_linked_item(),
     ["repaired the broken sluice gate counter", "misses the boats that pass", "Bug 9",
      "More 3."],
     ["Keepers elect", "Mill reopens"]),
    ("announced-lists-of-links", _announced_lists(),
     ["Heron Scope 117", "Lockside Binoculars 40", "Plan to spend", "Canal Shop (Moorhen)"],
     ["Keepers elect", "Mill reopens", "Herons\n"]),
    ("definition-list-of-links", _reference_list(),
     ["Gate.upper()", "Opens the upper gate.", "Gate.side()", "Opens the side gate."], []),
    ("pipeline-in-code", _pipeline(), ["cat herons.txt | sort | uniq -c", "+--+\n|  |\n+--+"], []),
    ("timestamp-lines", _timestamps(), ["Body 1.", "May 2015"],
     ["12:01am", "18:48", "January 11"]),
    ("thread-posts", _thread(), ["Post 1:", "Post 3:", "Post 8:", "counting the herons"],
     ["Veteran keeper"]),
    ("landing-page-sections", _landing_page(),
     ["Birds, counted.", "Count them in one tap.", "Feed your herons", "noted each one"],
     []),
    ("landing-page-without-main", _landing_page_without_main(),
     ["Birds, counted.", "Count them in one tap.", "Feed your herons", "noted each one"], []),
    ("short-story-beside-lines", _short_story_beside_lines(), ["Body 1.", "Body 3."],
     ["Berth 1 closed", "Berth 199 closed"]),
    ("story-in-main", _story_in_main(), ["Body 1.", "Body 14."], ["Low water"]),
    ("table-in-figure", _table_in_figure(), ["Body 1.", "+3.5% herons", "More 2."], []),
    ("story-deep-in-its-article", _nested_story(), ["Opening 1.", "Body 1.", "Body 8."], []),
    ("story-in-sections-of-main", _story_in_main_sections(),
     ["Opening 1.", "Item 1 1.", "Item 12 3."], []),
    ("poster-badges", _answers(), ["Answer 1:", "Answer 4:"], ["gold badges", "bronze badge"]),
    ("utility-classes", _utility_classes(), ["Week 1", "run 3 min", "More 2."], []),
    ("popover", _popover(), ["Post 1.", "Post 3."], ["home screen", "Add to Home Screen"]),
    ("quotations-in-figures", _quotations(),
     ["best morning of my year", "visit 4.", "— Walker 1", "— Walker 4"],
     ["The lock gates at dawn"]),
]


def test_body_cases_are_unique() -> None:
    names = [c[0] for c in BODY_CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("name", "body", "kept", "dropped"), BODY_CASES,
                         ids=[c[0] for c in BODY_CASES])
def test_body(name: str, body: str, kept: list[str], dropped: list[str]) -> None:
    record = newsclip.parse(_page(body).encode(), input_format="html")
    text = "\n".join(record.paragraphs)
    for piece in kept:
        assert piece in text, f"{name}: {piece!r} missing"
    for piece in [*dropped, "Weather", "Letters"]:
        assert piece not in text, f"{name}: {piece!r} kept"


def test_text_after_the_document_end_is_read() -> None:
    # a second page pasted after the first's </body></html>, as browsers show it
    first = "<html><head><title>Weather</title></head><body><p>Sunny.</p></body></html>"
    second = f"<!DOCTYPE html><html><head><title>Towpath survey</title></head><body>" \
             f"<div class=\"article\">{_paras('Body', 4)}</div></body></html>"
    record = newsclip.parse((first + second).encode(), input_format="html")
    assert "Body 4." in "\n".join(record.paragraphs)


def test_self_closed_root_tag_is_read_as_open() -> None:
    # "<html ... />" is an empty document to libxml2, an open one to browsers
    page = f'<html lang="en" /><head><title>Towpath survey</title></head><body>' \
           f"<div class=\"article\">{_paras('Body', 4)}</div></body></html>"
    record = newsclip.parse(page.encode(), input_format="html")
    assert "Body 4." in "\n".join(record.paragraphs)


def _guide(address: str) -> str:
    # a guide's landing page: each section a linked heading to a page below it, and
    # its summary; then teasers for other stories, linked elsewhere
    sections = "".join(
        f'<div class="card"><h2><a href="/guide/locks/{k}">The {k} lock</a></h2>'
        f"<p>How the {k} lock fills and empties, step by step.</p></div>"
        for k in ("upper", "lower", "side")
    )
    teasers = "".join(
        f'<div class="card"><h3><a href="/news/story-{k}">Story {k} of the canal</a></h3>'
        f"<p>Teaser {k} for another story.</p></div>"
        for k in range(1, 4)
    )
    return (
        f'<html><head><title>Locks guide</title><link rel="canonical" href="{address}"></head>'
        f'<body><div class="article">{_paras("Intro", 2)}{sections}{teasers}</div>'
        f"{_CHROME}</body></html>"
    )


@pytest.mark.parametrize(("address", "kept"), [
    ("https://example.org/guide/locks", True),
    ("https://example.org/guide/locks/", True),
    ("https://www.example.org/guide/locks", True),
    ("https://example.org/", False),  # a home page: every link is below it
    ("https://example.org/guide/bridges", False),
    (None, False),
])
def test_a_guides_linked_sections_are_its_text(address: str | None, kept: bool) -> None:
    page = _guide(address) if address else _guide("x").replace('<link rel="canonical" href="x">', "")
    text = _paragraphs(page)
    for k in ("upper", "lower", "side"):
        assert (f"The {k} lock" in text) is kept
        assert (f"How the {k} lock fills" in text) is kept
    assert "Story 1 of the canal" not in text and "Teaser 1 for another story." not in text


_DESCRIPTION = ("A wheel-thrown stoneware mug, glazed clear inside and left matte outside, "
                "that holds a large coffee and keeps it warm.")


def _twice(first: str, second: str) -> str:
    """A shop's description in a box of class ``first``, its button, then again in one of
    class ``second``."""
    copy = "<div class='{}'><p>" + _DESCRIPTION + "</p></div>"
    return (f"<main><h1>Speckled mug</h1><p>{_SENT}</p>{copy.format(first)}"
            f"<button>Add to cart</button>{copy.format(second)}<p>{_SENT}</p></main>")


@pytest.mark.parametrize(("body", "copies"), [
    # the block written once for large screens and once for small ones: read once
    (_twice("desc hidden-down-md", "desc hidden-up-md"), 1),
    (_twice("d-none d-md-block", "d-md-none"), 1),
    (_twice("desktop", "mobile"), 1),
    # a block for all screens, then a small screen's copy of it
    (_twice("desc", "desc md:hidden"), 1),
    # a story printed twice without a word of screens: both stay (the page prints it so)
    (_twice("story", "story-again"), 2),
    # a layout class is no screen's ("md:flex-row")
    (_twice("desc md:flex-row", "desc md:flex-row"), 2),
], ids=["hidden-down-up", "display-classes", "screen-names", "copy-after-all-screens",
        "printed-twice", "layout-class"])
def test_a_block_written_for_each_screen_size_is_read_once(body: str, copies: int) -> None:
    record = newsclip.parse(_page(body).encode(), input_format="html")
    text = "\n".join(record.paragraphs)
    assert text.count(_DESCRIPTION) == copies
    assert text.count(_SENT) == 2


def test_a_screens_copy_of_items_shown_before_is_dropped_not_the_items() -> None:
    # each feature a callout for large screens; the same features again in one carousel
    # for small ones: the carousel goes, the callouts stay
    features = [f"Feature {k}: the glaze survives the dishwasher for years, test {k}."
                for k in range(1, 4)]
    callouts = "".join(f'<div class="callout max-md:hidden"><p>{f}</p></div>' for f in features)
    slides = "".join(f'<div class="slide"><p>{f}</p></div>' for f in features)
    body = (f'<main><p>{_SENT}</p><div class="features">{callouts}<div class="swiper '
            f'md:hidden">{slides}</div></div><p>{_SENT}</p></main>')
    record = newsclip.parse(_page(body).encode(), input_format="html")
    text = "\n".join(record.paragraphs)
    assert all(text.count(f) == 1 for f in features)
    rows = newsclip.explain(_page(body).encode(), input_format="html")
    assert [r.text[:9] for r in rows if r.rule == "screen-copy"] == ["Feature 1"]


def test_a_site_builders_variants_for_each_screen_are_read_once() -> None:
    # one variant a screen size, each worded a little differently: the first stays
    variants = [
        "Plan the towpath survey with the whole team on one shared canvas, from the first "
        "sketch to the final count",
        "Plan the towpath survey with the whole team on one shared canvas, from sketch to count",
        "Plan the towpath survey with the team on one canvas, from sketch to count",
    ]
    boxes = "".join(f'<div class="ssr-variant hidden-{k}x7"><h2>{v}</h2></div>'
                    for k, v in enumerate(variants))
    record = newsclip.parse(_page(f"<main><p>{_SENT}</p>{boxes}<p>{_SENT}</p></main>").encode(),
                            input_format="html")
    text = "\n".join(record.paragraphs)
    assert variants[0] in text and variants[1] not in text and variants[2] not in text


@pytest.mark.parametrize(("value", "screens"), [
    ("hidden-xs", True), ("d-md-none", True), ("md:hidden", True), ("lg:flex", True),
    ("hide-on-mobile", True), ("elementor-hidden-tablet", True),
    ("ipsResponsive_hidePhone", True), ("mobile", True), ("ssr-variant hidden-12t0irv", True),
    ("mobile-menu", False), ("show-more", False), ("hidden", False), ("sr-only", False),
    ("md:flex-row", False), ("lg:text-xl", False), ("large-12 columns", False),
])
def test_screen_classes(value: str, screens: bool) -> None:
    from newsclip.html.rules import screen_class

    assert screen_class(value) is screens


def test_a_consent_box_outweighing_the_story_is_dropped() -> None:
    # a consent manager's list of partners, each with its purposes, holds most of the page
    partners = "".join(
        f"<li><h4>Partner {k}</h4><p>Stores and reads cookies to measure the audience of "
        f"the pages, to choose the adverts shown and to count how often each is seen.</p></li>"
        for k in range(1, 30)
    )
    body = (f'<main><h1>Towpath survey</h1><p>{_SENT}</p><p>{_SENT} Again.</p></main>'
            f'<div id="onetrust-consent-sdk"><p>We value your privacy</p><ul>{partners}</ul></div>')
    record = newsclip.parse(_page(body).encode(), input_format="html")
    text = "\n".join(record.paragraphs)
    assert _SENT in text and "Partner 3" not in text and "adverts shown" not in text


def _shop_page(main: bool, og_type: str = "product") -> str:
    # a shop's page: the product's description (the only prose, in a box of its own) and
    # a list of its details beside it, short lines that are no prose, in the page's
    # <main> (or without one)
    details = "".join(f"<li>{d}</li>" for d in (
        "Cast iron, seasoned in oil", "Twelve inches across", "Two inches deep",
        "With a helper handle", "For gas and induction hobs", "Safe in the oven",
        "Rinse warm and dry at once", "Sent in recycled card",
    ))
    box = "main" if main else "div"
    return (
        "<html><head><title>Towpath skillet</title>"
        f'<meta property="og:type" content="{og_type}"></head><body><{box}>'
        f'<div class="description"><p>{_SENT}</p><p>{_SENT} Again.</p></div>'
        f'<div class="details"><h2>Details</h2><ul>{details}</ul></div></{box}>'
        f"{_CHROME}</body></html>"
    )


@pytest.mark.parametrize(("main", "og_type", "details"), [
    (True, "product", True),
    (False, "product", False),  # no <main>: the page's body weighs its furniture
    (True, "article", False),  # an article's story is its text beside more furniture
])
def test_a_pages_main_box_is_its_text_when_the_best_box_holds_little_of_it(
    main: bool, og_type: str, details: bool
) -> None:
    # the description outscores the details, but holds less than MAIN_SHARE of <main>'s
    # text outside links (more than STORY_SHARE)
    page = _shop_page(main, og_type)
    text = _paragraphs(page)
    assert "noted each one. Again." in text
    assert ("With a helper handle" in text) is details
    assert ("Sent in recycled card" in text) is details


def _reviewed_product(og_type: str) -> str:
    # a product's page: its description, then its buyers' reviews in a box of their own
    reviews = "".join(
        f'<div class="review"><p>Reviewer {k}: we took it along the towpath every weekend, '
        "and it held up to the rain, the mud and the dog, and the heat.</p></div>"
        for k in range(1, 4)
    )
    return (
        "<html><head><title>Towpath skillet</title>"
        f'<meta property="og:type" content="{og_type}"></head><body>'
        f'<div class="description">{_paras("Body", 3)}</div>'
        f'<div class="product-reviews"><h2>Reviews</h2>{reviews}</div>{_CHROME}</body></html>'
    )


@pytest.mark.parametrize(("og_type", "reviews"), [("product", False), ("website", True)])
def test_a_products_box_of_reviews_is_its_buyers_comments(og_type: str, reviews: bool) -> None:
    # on a page that declares a product, a box named "reviews" is dropped as comments;
    # elsewhere reviews may be the content (a roundup of reviewed items)
    page = _reviewed_product(og_type)
    text = _paragraphs(page)
    assert ("Reviewer 3: we took it" in text) is reviews
    assert "Body 3." in text


def _index_page(og_type: str) -> str:
    # a catalogue's index: a box with its headline and a line of intro (the only prose),
    # and beside it, under a heading, the categories it lists, each a link and a count
    names = ("Anchors", "Bolts", "Clamps", "Hinges", "Latches", "Nuts", "Rivets", "Screws",
             "Springs", "Staples", "Straps", "Washers")
    items = "".join(
        f'<li><a href="/c/{n.lower()}">{n}</a> ({3 * len(n)} makers)</li>' for n in names
    )
    return (
        f'<html><head><title>Fasteners</title><meta property="og:type" content="{og_type}">'
        '</head><body><div class="page-title"><h1>Fasteners</h1>'
        "<p>Find spec sheets, drawings and models for every part we list.</p></div>"
        f'<div class="browse"><h3>Categories</h3><ul>{items}</ul></div></body></html>'
    )


@pytest.mark.parametrize(("og_type", "items"), [("website", True), ("article", False)])
def test_a_lists_short_intro_box_gives_way_to_its_items(og_type: str, items: bool) -> None:
    # the intro box outscores the list of links; read again without the class/id rules
    # (the first reading left almost no text), a page that declares no article reads its
    # whole body, where the items are a list (SMALL_BOX); an article's box stays its text
    record = newsclip.parse(_index_page(og_type).encode(), input_format="html")
    text = "\n".join(record.paragraphs)
    assert "Find spec sheets" in text
    assert all((name in text) is items for name in ("Hinges", "Washers"))


def _service_page(fold: str, og_type: str = "website", main: bool = False) -> str:
    # a service's landing page: four short sections, each a heading and a line, then its
    # questions and answers, whose long answers outscore the sections (a story's worth)
    names = ("Planning", "Surveys", "Repairs", "Reports")
    sections = "".join(
        f"<section><h2>{n}</h2><p>We handle {n.lower()} for canal trusts and boat clubs"
        " along the whole waterway.</p></section>" for n in names
    )
    answers = "".join(
        f"<h3>Question {k}?</h3><p>{_SENT} {_SENT} Answer {k}.</p>" for k in range(1, 8)
    )
    box = "main" if main else "div"
    return (
        f'<html><head><title>Towpath services</title><meta property="og:type" '
        f'content="{og_type}"></head><body><{box}>{sections}'
        f'<div class="{fold}">{answers}</div></{box}>{_CHROME}</body></html>'
    )


@pytest.mark.parametrize(("fold", "main", "sections"), [
    ("faq-list", False, True),  # an FAQ is one section of the page, however long
    ("accordion", True, True),
    ("answers", False, False),  # a box of a story's worth of text, not named an FAQ
])
def test_an_faq_outscoring_a_pages_short_sections_gives_way_to_the_page(
    fold: str, main: bool, sections: bool
) -> None:
    page = _service_page(fold, main=main)
    text = _paragraphs(page)
    assert "Answer 7." in text
    assert ("We handle repairs for canal trusts" in text) is sections


def _landing_page(og_type: str, linked: bool) -> str:
    # a story's worth of text in one box of <main>, and beside it four sections of their
    # own (headings of text over short lines), or four teasers (linked headings)
    heading = '<a href="/s">Section {}</a>' if linked else "Section {}"
    sections = "".join(
        f"<section><h2>{heading.format(k)}</h2>"
        + "".join(f"<p>Slipway on reach {k} bay {n}</p>" for n in range(12))
        + "</section>" for k in range(1, 5)
    )
    story = "".join(f"<p>{_SENT} {_SENT} Story {k}.</p>" for k in range(1, 8))
    return (
        f'<html><head><title>Towpath</title><meta property="og:type" content="{og_type}">'
        f'</head><body><main><div class="intro">{story}</div>{sections}</main>{_CHROME}'
        "</body></html>"
    )


@pytest.mark.parametrize(("og_type", "linked", "sections"), [
    ("website", False, True),  # a landing page: its sections are its text
    ("website", True, False),  # teasers beside a story are not
    ("product", False, False),  # a product's description is its text beside the shop's boxes
])
def test_a_story_sized_box_gives_way_to_the_sections_of_main_beside_it(
    og_type: str, linked: bool, sections: bool
) -> None:
    page = _landing_page(og_type, linked)
    text = _paragraphs(page)
    assert "Story 7." in text
    assert ("on reach 4 bay 11" in text) is sections


def _shell(head: str, body: str = "") -> bytes:
    # a page whose script writes its text in: the markup holds a menu and an empty box
    menu = '<nav><a href="/">Home</a> <a href="/forum">Forum</a></nav>'
    return (f"<html><head><title>Towpath survey</title>{head}</head>"
            f'<body>{menu}<div id="app"></div>{body}</body></html>').encode()


def _ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


_REPLIES = ('[{"@type": "Comment", "text": "The herons came back in May."},'
            ' {"@type": "Comment", "text": "So did the moorhens, by the lock."}]')
_DESCRIBED = '<meta name="description" content="Counting the herons along the towpath.">'

STATED_CASES = [
    # (name, page, paragraphs, warning word): the text the page states apart from its markup
    ("posting-and-replies",
     _shell(_ld('{"@type": "DiscussionForumPosting", "headline": "Towpath survey", '
                f'"text": "{_SENT}", "comment": {_REPLIES}}}')),
     (_SENT, "The herons came back in May.", "So did the moorhens, by the lock."), "JSON-LD"),
    ("article-body-markup",
     _shell(_ld('{"@type": "NewsArticle", "headline": "Towpath survey", '
                f'"articleBody": "<p>{_SENT}</p><p>The gates were oiled.</p>"}}')),
     (_SENT, "The gates were oiled."), "JSON-LD"),
    ("markup-shows-the-story",
     _shell(_ld('{"@type": "NewsArticle", "articleBody": "A summary of the survey."}'),
            f"<article>{_paras('Body', 4)}</article>"),
     tuple(f"{_SENT} Body {k}." for k in range(1, 5)), None),
    ("description-only", _shell(_DESCRIBED), ("Counting the herons along the towpath.",),
     "description"),
]


@pytest.mark.parametrize(("name", "page", "paragraphs", "warning"), STATED_CASES,
                         ids=[c[0] for c in STATED_CASES])
def test_text_the_page_states_apart_from_its_markup(
    name: str, page: bytes, paragraphs: tuple[str, ...], warning: str | None
) -> None:
    record = newsclip.parse(page, input_format="html")
    assert record.paragraphs == paragraphs, name
    assert record.title == "Towpath survey"
    noted = [w for w in record.warnings if "JSON-LD" in w or "description" in w]
    assert (warning in noted[0]) if warning else not noted, name


def test_a_page_with_no_text_and_no_description_has_no_article() -> None:
    with pytest.raises(newsclip.NoArticleError):
        newsclip.parse(_shell(""), input_format="html")


def test_a_page_built_of_widgets_is_read_with_its_class_rules() -> None:
    # its boxes are all "widget"s: the first reading keeps them, the class rules stay on
    record = newsclip.parse(_page(_built_of_widgets(20)).encode(), input_format="html")
    assert "Part 20." in record.paragraphs[-1]
    assert not any("set aside" in w for w in record.warnings)
    # a page of a few widgets is a page with a sidebar: they go
    few = _page(f'<div class="article">{_paras("Body", 4)}</div>{_built_of_widgets(3)}')
    text = "\n".join(newsclip.parse(few.encode(), input_format="html").paragraphs)
    assert "Body 4." in text and "Part 1." not in text


_POST = "I walked the towpath from the mill to the lock gates and counted eleven herons."


@pytest.mark.parametrize(("quote", "og_type", "copies"), [
    # a reply quoting the post above it: the post is read once
    (f"<blockquote><p>{_POST}</p></blockquote>", "website", 1),
    # a quotation of new text is the reply's own
    ("<blockquote><p>Herons nest in the reeds by the second lock every spring.</p>"
     "</blockquote>", "website", 1),
    # a short quoted line (a cell, a date) may repeat
    ("<blockquote><p>Eleven herons</p></blockquote>", "website", 2),
    # an article's pull quote repeats a line of the story: it stays as it stands
    (f"<blockquote><p>{_POST}</p></blockquote>", "article", 2),
])
def test_a_quotation_of_text_read_above_is_not_read_twice(
    quote: str, og_type: str, copies: int,
) -> None:
    post = f"<div class='post'><p>{_POST}</p><p>Eleven herons</p>{_paras('Post', 2)}</div>"
    reply = f"<div class='post'>{quote}{_paras('Reply', 2)}</div>"
    page = (
        f'<html><head><title>Towpath survey</title><meta property="og:type" '
        f'content="{og_type}"></head><body><article>{post}{reply}</article>{_CHROME}'
        "</body></html>"
    )
    text = _paragraphs(page)
    assert "Reply 2." in text
    line = quote.split("<p>")[1].split("</p>")[0]
    assert text.split("\n").count(line) == copies


def _blog_index(og_type: str, headline: str = "h1") -> str:
    # a blog's or a newsroom's index printing its entries whole: each an <article> named
    # by the blog engine after its own tags, under a headline of its own, ending in a
    # link to its comments
    entries = "".join(
        f'<article class="entry hentry category-news tag-{k} tag-lock-{k} author-keeper-{k}">'
        f"<{headline}>Entry {k}: the towpath survey</{headline}>"
        f"<div class='entry-content'>{_paras(f'Entry {k} part', 3 if k == 3 else 1)}"
        f"<p class='entry-actions'><a href='/e{k}#comments'>Comment</a></p></div></article>"
        for k in range(1, 7)
    )
    return (
        f'<html><head><title>Towpath news</title><meta property="og:type" '
        f'content="{og_type}"></head><body><section class="blog-list">{entries}</section>'
        f"{_CHROME}</body></html>"
    )


@pytest.mark.parametrize(("page", "first", "last"), [
    # an index of whole entries, each with its own tags, headline and comments link: the
    # entries are alike boxes, and the first comments link does not end them
    (_blog_index("website"), True, True),
    (_blog_index("website", headline="h2"), True, True),
    # a page that declares an article: the boxes after it, each with its own headline,
    # are other stories an endless page appends
    (_blog_index("article"), False, False),
])
def test_an_index_of_whole_entries_is_read_whole(page: str, first: bool, last: bool) -> None:
    text = _paragraphs(page)
    assert "Entry 3 part 3." in text  # (the longest entry: the container)
    assert ("Entry 1 part 1." in text) is first
    assert ("Entry 6 part 1." in text) is last


def _roundup(og_type: str | None, heading: str = "h3", blurb: bool = False) -> str:
    # a roundup: each item under its linked title, its facts listed (or, ``blurb``, a
    # short line: a run of teasers after the story)
    items = "".join(
        f"<{heading}><a href='/item/{k}'>Brass lock key number {k}</a></{heading}>"
        + (f"<p>Key {k} was found by the weir.</p>" if blurb else
           f"<ul><li>Cast in 18{k}0 at the old foundry</li><li>Found by the weir</li></ul>")
        for k in range(1, 5)
    )
    return _declared(og_type, f"<article>{_paras('Story', 3)}{items}</article>")


def _declared(og_type: str | None, body: str) -> str:
    """A page that declares itself (og:type; None: declares nothing)."""
    meta = f'<meta property="og:type" content="{og_type}">' if og_type else ""
    return (
        f"<html><head><title>Towpath finds</title>{meta}</head><body>{body}{_CHROME}"
        "</body></html>"
    )


_KEY = "Brass lock key number 2"
_LONE = (
    # the story's own headline, linked to itself, before its first paragraph
    f"<article><h2><a href='/finds'>{_KEY}</a></h2>{_paras('Story', 3)}</article>",
    # a section's linked name over a box of links
    f"<article>{_paras('Story', 3)}<h3><a href='/finds'>{_KEY}</a></h3><ul><li>"
    "<a href='/a'>Weir gauge mended</a></li><li><a href='/b'>Lock log found</a></li></ul>"
    "</article>",
)


@pytest.mark.parametrize(("page", "kept"), [
    # an item's linked title is its heading
    (_roundup("article"), True),
    (_roundup("website", heading="h2"), True),
    # a linked line that is no heading is a link
    (_roundup("article", heading="div"), False),
    # linked titles with a short blurb each, again and again: teasers for other stories
    (_roundup("article", blurb=True), False),
    # on a product's page, the shop's other products; on an old page that declares
    # nothing, other stories
    (_roundup("product"), False),
    (_roundup(None), False),
    # a linked heading that titles nothing read is a link
    *((_declared("article", lone), False) for lone in _LONE),
])
def test_a_linked_heading_in_the_article_is_an_items_title(page: str, kept: bool) -> None:
    text = _paragraphs(page)
    assert "Story 3." in text
    assert (_KEY in text) is kept


def _titled_with_credits(credit: bool) -> str:
    # a roundup whose items' linked titles each stand over a writer's credit line
    items = "".join(
        f"<h3><a href='/item/{k}'>Brass lock key number {k}</a></h3>"
        + ("<p>By Ana Lima</p>" if credit else "")
        + f"<ul><li>Cast in 18{k}0 at the old foundry</li><li>Found by the weir</li></ul>"
        for k in range(1, 5)
    )
    return _declared("article", f"<article>{_paras('Story', 3)}{items}</article>")


@pytest.mark.parametrize(("page", "kept"), [
    # a writer's credit between an item's linked title and its facts: the title titles them
    (_titled_with_credits(True), [_KEY, "Cast in 1820"]),
    (_titled_with_credits(False), [_KEY, "Cast in 1820"]),
])
def test_linked_titles_of_items_read_past_credits(
    page: str, kept: list[str]
) -> None:
    text = _paragraphs(page)
    for line in kept:
        assert line in text


def _blurbs(og_type: str | None) -> str:
    # a story, then linked names with a short line each, again and again
    items = "".join(f"<div><a href='/item/{k}'>Brass lock key number {k}</a></div>"
                    f"<p>Key {k} was found by the weir.</p>" for k in range(1, 5))
    return _declared(og_type, f"<article>{_paras('Story', 8)}{items}</article>")


@pytest.mark.parametrize(("og_type", "kept"), [
    # after an article's story (or an old page's that declares nothing): other stories
    ("article", False),
    (None, False),
    # on a page that declares a site's page or a product: the page's items
    ("website", True),
    ("product", True),
])
def test_a_run_of_teasers_is_items_where_the_page_declares_no_article(
    og_type: str | None, kept: bool
) -> None:
    text = _paragraphs(_blurbs(og_type))
    assert "Story 8." in text
    assert ("Key 2 was found by the weir." in text) is kept


def test_a_consent_box_is_no_text_when_the_class_rules_are_set_aside() -> None:
    # the story sits in a box a class rule drops ("related-wrap"), the page's consent box
    # outweighs it: the class rules leave no text and are set aside, but a box named after
    # cookies or consent is never the story's
    consent = "".join(
        f"<h3>Purpose {k}</h3><p>These cookies let us and our {k}0 partners measure visits, "
        "build a profile of your interests and show you adverts on other sites. If you do not "
        "allow them, you will see less relevant advertising.</p>" for k in range(1, 8)
    )
    page = _page(f"<div class='related-wrap'>{_paras('Story', 3)}</div>"
                 f"<div id='cookie-preferences'>{consent}</div>")
    record = newsclip.parse(page.encode(), input_format="html")
    assert any("set aside" in w for w in record.warnings)
    assert "Story 3." in record.paragraphs[-1]
    assert not any("cookies" in p or "Purpose" in p for p in record.paragraphs)


@pytest.mark.parametrize(("name", "kept"), [
    # a shop's text about the category, in a box named for search engines and the footer,
    # over the shop's note about itself
    ("block-seofootertext", True),
    # a footer is a footer
    ("site-footer", False),
])
def test_a_shops_category_copy_under_its_grid_is_text(name: str, kept: bool) -> None:
    grid = "".join(f"<li><a href='/boot/{k}'>Towpath boot {k}</a> $40</li>" for k in range(8))
    menu = "".join(f"<a href='/c/{k}'>Boots and waders for walkers, size {k}</a>"
                   for k in range(40))
    page = _page(
        f"<nav>{menu}</nav><main><h1>Towpath boots</h1><ul class='grid'>{grid}</ul>"
        f"<div class='{name}'><h2>Shop towpath boots</h2>{_paras('Copy', 3)}</div></main>"
        f"<div class='about'>{_paras('About', 3)}</div>"
    )
    assert ("Copy 3." in _paragraphs(page)) is kept
