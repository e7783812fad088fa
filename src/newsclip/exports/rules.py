"""The names the export reader gives lines (``newsclip explain`` shows them), each with
its label and what the line is: the export's counterpart of ``text.layout_names.LAYOUT``.

The reader finds these lines by their place in an article and by the labels of
``labels``; this table only names them, so that every name the code gives is
listed in one place (``tests/test_rule_tables.py`` reads the code to check).
"""

from __future__ import annotations

__all__ = ["RULES", "NAMES"]

#: (name, label, what the line is)
RULES: tuple[tuple[str, str, str], ...] = (
    # between the articles (exports/__init__.py)
    ("export-counter", "chrome", "a classic export's counter line above an article "
     "(\"1 of 10 DOCUMENTS\")"),
    ("export-end", "chrome", "the line that closes a Nexis Uni article (\"End of Document\")"),
    ("export-cover", "chrome", "the cover page of the download, before the first article"),
    ("export-trailer", "chrome", "what follows the last article and belongs to none"),
    # in an article (exports/article.py)
    ("export-outlet", "header", "the publication line (\"The Guardian (London)\")"),
    ("export-date", "header", "the date line (\"January 11, 2010 Monday\")"),
    ("export-edition", "header", "the edition under the date line (\"Final Edition\")"),
    ("export-headline", "title", "the headline, found by its place above or below the outlet"),
    ("export-headline-label", "title", "a headline given by a label (\"HEADLINE:\")"),
    ("export-label", "header", "a labelled metadata field (\"SECTION: FEATURES; Pg. 6\"; a "
     "\"GRAPHIC:\" field is a caption)"),
    ("export-graphic", "caption", "a graphic's caption (\"GRAPHIC: …\")"),
    ("export-copyright", "header", "the copyright lines closing an article"),
    ("export-section-marker", "chrome", "a marker line between an article's parts "
     "(\"Classification\")"),
    ("export-body-marker", "chrome", "the marker line above an article's body (\"Body\")"),
    ("export-body", "body", "a paragraph of the article's body"),
)
NAMES = frozenset(name for name, _label, _what in RULES)
