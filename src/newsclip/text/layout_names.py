"""The names the text readers give lines by their place in the layout or by code rather
than by a pattern of ``text.rules.RULES``, each with its label and what the line is
(``newsclip explain`` shows them; ``text.rules.registered`` lists them with the rules').
"""

from __future__ import annotations

__all__ = ["LAYOUT"]

#: (name, label, what the line is)
LAYOUT: tuple[tuple[str, str, str], ...] = (
    # the archive layout (text/archive.py) and embedded posts (text/embeds.py)
    ("archive-metadata", "header", "the archive's metadata line: date < outlet … N words"),
    ("line-above-metadata", "title", "the line right above the archive's metadata line"),
    ("above-headline", "chrome", "a line above the archive's headline that no rule names"),
    ("archive-body", "body", "a line between the archive's header and its trailing chrome"),
    ("embed-text", "embed", "an embedded post's text, above its signature line"),
    ("embed-signature", "embed", "an embedded post's signature: — Name (@handle) date"),
    # bylines (text/bylines.py; the others are the names of BYLINE_RULES and CAPTION_RULES)
    ("byline-field", "header", "a byline in one field of a header line set apart by bars"),
    ("byline-desk", "header", "a byline that names a desk or a team ('By The Harbour "
     "editors', 'written by Our Editors')"),
    ("byline-agency", "header", "a byline that names a news agency alone ('By the' and "
     "the agency's name, in any case)"),
    ("byline-affiliations", "header", "a paper's authors, each name marked with its "
     "affiliation's note ('Ana Lima 1, Sam Reed 2, Ben Ode 1,*')"),
    ("byline-label-above", "header", "a byline's label alone on its line ('Written by') and "
     "the names on the next"),
    ("byline-thread-starter", "header", "the line that names a forum thread's first poster "
     "('Thread starter ada_k')"),
    # the general reader (text/general)
    ("before-article", "chrome", "a line above the article and its header that no rule names"),
    ("after-article", "chrome", "a line under the article that no rule names"),
    ("box-inside-article", "chrome", "a box of short lines set out inside the article "
     "(links, buttons, chart figures)"),
    ("article-paragraph", "body", "a paragraph of the article"),
    ("headline-above-article", "title", "the line above the article the reader takes for the "
     "headline"),
    ("headline-tags", "chrome", "the tags in lower case printed under the headline, joined to "
     "it as the lines of one paragraph"),
    ("byline-name-line", "header", "a line of names alone, next to the date or under the "
     "headline"),
    ("dateline-published", "header", "the date line, which says the story was published"),
    ("dateline-updated", "header", "the date line, which says the story was updated"),
    ("dateline-date", "header", "the date line, with a date and no word of what it is"),
    ("dateline-structured-data", "header", "the date, read from structured data the dump "
     "holds"),
    ("dateline-other", "header", "another line that is only a date: the page's metadata"),
    ("comments-marker", "chrome", "a line that opens the comments (\"33 comments\")"),
    ("record-comments", "chrome", "a comments marker said again under each record of a list "
     "(\"27 comments\"): each record's count, no comment section"),
    ("arrow-link", "chrome", "a short line that ends with an arrow: a link"),
    ("repeated-phrase", "chrome", "a line that says one phrase twice: a link's text and its "
     "label, glued"),
    ("gallery-slide", "chrome", "a line among a gallery's slide counters (\"2/50 …\")"),
    ("writer-note", "chrome", "a writer's note about themselves opening or closing the "
     "article's run ('Ann Berg is a freelance travel writer …')"),
    ("live-ticker", "chrome", "a line of a live ticker of other news under the article "
     "(\"14:44 Storm closes the pass\")"),
    ("copy-again", "chrome", "a line of the article's second copy: a long run of its "
     "lines said again in the same order (a print or mobile copy)"),
    ("legal-text", "chrome", "a privacy policy's or terms' text where the page's would be "
     "(a drawer the reader never opens)"),
    ("repeated-across-batch", "chrome", "a short line repeated in many dumps of the batch "
     "(Boilerplate)"),
    ("under-photo-button", "caption", "the line under a picture's \"View larger image\" button"),
)
