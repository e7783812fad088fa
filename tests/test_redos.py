"""The patterns added since the adversarial-lines table of test_robust.py, each
against the input that makes it backtrack most, timed (CPU time) in a child process.

``PATTERNS`` names each pattern (module, attribute, and the rule's name when the
attribute is a table of rules), how its reader calls it and its worst line: long
runs of the characters its quantifiers share, with no final match.  The line is
as long as the reader lets it be (a rule tried only on lines of at most 400
characters gets 400: that cap is what keeps it fast) or ``N`` when nothing caps
it.  ``PAGES`` puts the lines that were slow into the places the readers look at
them, so that a cap or a rewrite that stops being applied shows too.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass

import pytest

from newsclip import _byline
from newsclip.html import lines as html_lines
from newsclip.html import rules as html_rules
from newsclip.text import bylines
from test_robust import BODY, BUDGET, HANG, TITLE, _run_child, general

N = 20_000
#: CPU seconds one pattern call may take; the slow ones took seconds to minutes
PATTERN_BUDGET = 0.5


@dataclass(frozen=True)
class Pat:
    """``module.attr`` (or the rule ``rule`` of that table) called as ``method(text, pos)``."""

    module: str
    attr: str
    text: str
    method: str = "search"
    rule: str | None = None
    pos: int = 0

    @property
    def name(self) -> str:
        return f"{self.module}.{self.attr}" + (f"[{self.rule}]" if self.rule else "")


def _t(module: str, attr: str, text: str, method: str = "search", **kw) -> Pat:
    return Pat(f"newsclip.text.{module}", attr, text, method, **kw)


def _h(module: str, attr: str, text: str, method: str = "search", **kw) -> Pat:
    return Pat(f"newsclip.html.{module}", attr, text, method, **kw)


def _v(attr: str, text: str, method: str = "search", **kw) -> Pat:
    return Pat("newsclip._vocab", attr, text, method, **kw)


def _b(attr: str, text: str, method: str = "search", **kw) -> Pat:
    return Pat("newsclip._byline", attr, text, method, **kw)


# caps the readers apply before these patterns run (asserted in test_the_caps_hold)
BYLINE_CHARS, CAPTION_CHARS, NAME_LINE_CHARS = 400, 480, 100
CHROME_LINE_CHARS, END_MARKER_CHARS, BYLINE_FIELD_CHARS = 160, 240, 1000
META_LINE_CHARS = 150


def _fill(start: str, unit: str, size: int, end: str = "!") -> str:
    """``start``, then ``unit`` repeated, then ``end``: ``size`` characters in all."""
    room = size - len(start) - len(end)
    return start + (unit * (room // len(unit) + 1))[:room] + end


PATTERNS: tuple[Pat, ...] = (
    # --- dates: the shapes every date string is read by (and date lines found by) ---
    *(
        Pat("newsclip.dates", attr, text)
        for attr in ("NAMED_DATE", "NUMERIC_DATE", "ISO_DATE")
        for text in ("3 May 2020" + " " * N + "x", "3 May 2020 10" + " " * N + "x",
                     "1 " * (N // 2), "1." * (N // 2), "2020-01-01 " * (N // 11),
                     "3/4/2014 " + ", " * (N // 2) + "x", "12:30 " * (N // 6))
    ),
    # --- text: datelines ----------------------------------------------------
    # "\s*(?:sep)?\s*" split a run of spaces every way: 3.7 s at 20,000 (now possessive)
    _t("datelines", "_AM_PM_AFTER", "3/4/2014" + " " * N + "x", "match", pos=8),
    _t("datelines", "_AM_PM_AFTER", "3/4/2014" + " at" * (N // 3) + "x", "match", pos=8),
    _t("datelines", "_TIME_FIRST", "12:30 " * (N // 6) + "x"),
    _t("datelines", "_WEEKDAY_DATE", "Monday, " * (N // 8)),
    _v("_VERSION_BEFORE", "version " * (N // 8) + "x"),
    _v("_VERSION_AFTER", "-" * N, "match"),
    _v("_UNPADDED_SHORT_YEAR", "1.1" * (N // 3)),
    # --- text: bylines (lines of at most BYLINE_CHARS) and captions -----------
    _t("bylines", "BYLINE_RULES", _fill("By ", "A. ", BYLINE_CHARS), "match", rule="byline-by"),
    _t("bylines", "BYLINE_RULES", _fill("Published 1 Apr ", " ", BYLINE_CHARS), "match",
       rule="byline-after-date"),
    _t("bylines", "BYLINE_RULES", _fill("Apr ", "A", BYLINE_CHARS), "match",
       rule="byline-name-date"),
    _t("bylines", "BYLINE_RULES", _fill("Photo ", "A-", BYLINE_CHARS), "match",
       rule="byline-name-date"),
    _t("bylines", "BYLINE_RULES", _fill("", "Ab ", BYLINE_CHARS), "match", rule="byline-label"),
    _t("bylines", "BYLINE_RULES", _fill("Written ", "By ", BYLINE_CHARS), "match",
       rule="byline-by"),
    _t("captions", "CAPTION_RULES", _fill("Photo ", " ", CAPTION_CHARS), "fullmatch",
       rule="photo-by"),
    _t("captions", "CAPTION_RULES", _fill("In this ", " ", CAPTION_CHARS), "fullmatch",
       rule="in-this-photo"),
    _t("captions", "CAPTION_RULES", _fill("A, ", "A", CAPTION_CHARS), "fullmatch",
       rule="position-in-picture"),
    _t("captions", "CAPTION_RULES", _fill("", "(AB ", CAPTION_CHARS), "fullmatch",
       rule="capitals-credit"),
    _t("captions", "CAPTION_RULES", _fill("A, ", "AP ", CAPTION_CHARS), "fullmatch",
       rule="agency-photographer"),
    _t("captions", "CAPTION_RULES", _fill("THE ASSOCIATED PRESS ", "A,", CAPTION_CHARS),
       "fullmatch", rule="agency-photographer"),
    _t("bylines", "_NAME_LINE", _fill("By ", "A. ", NAME_LINE_CHARS), "fullmatch"),
    _t("bylines", "_NAME_LINE", "A" * NAME_LINE_CHARS, "fullmatch"),
    _b("_DATE_TAIL", _fill("", "June ", BYLINE_CHARS, "x")),
    _b("_FULL_NAME", "é" * BYLINE_CHARS + "!", "fullmatch"),
    _b("_LIST", _fill("AND", " ", BYLINE_CHARS), "split"),
    _b("_AND", _fill("UND", " ", BYLINE_CHARS)),
    _t("bylines", "_CJK_LABEL", "作者：" * (N // 3)),
    # --- text: header lines of other shapes (header_shapes.py; lines of any length) --
    _t("header_shapes", "_TAIL", "a" + " " * N + "comment x"),
    _t("header_shapes", "_TAIL", "a" + " -" * (N // 2) + " comment"),
    _t("header_shapes", "_TAIL", "a" + " (" * (N // 2) + " last"),
    _t("header_shapes", "_BY_ON_AT_END", ". " * (N // 2) + "By A"),
    _t("header_shapes", "_BY_ON_AT_END", ". By A on " * (N // 10)),
    _t("header_shapes", "_ON_BEHALF", "a" + " " * N + "on behalf"),
    _t("header_shapes", "_GLUED_NAME_DATE", "Ab Cd " * (N // 6) + "Jan 1"),
    _t("header_shapes", "_GLUED_NAME_DATE", "aB" * (N // 2)),
    _t("header_shapes", "_WRITTEN_NOTE", "This post was written by " * (N // 25)),
    _t("header_shapes", "_TAIL", "a." + " " * N + "Tags"),
    _t("header_shapes", "_TAIL", ". Tags " * (N // 7)),
    _t("header_shapes", "_TITLED_STAMP", "a by " * (N // 5) + "x", "match"),
    _t("header_shapes", "_TITLED_STAMP", "a" + " by a:" * (N // 6), "match"),
    # byline commits after the last audit: what _byline.names, strip_dot and agency() take
    # (a byline's names, from a line of at most BYLINE_CHARS)
    _t("bylines", "BYLINE_RULES", _fill("AB ", "A", BYLINE_CHARS, "x"), rule="byline-name-date"),
    _t("bylines", "BYLINE_RULES", _fill("", "1", BYLINE_CHARS, "x"), rule="byline-after-date"),
    _t("bylines", "BYLINE_RULES", _fill("Contributed ", "By ", BYLINE_CHARS), "match",
       rule="byline-by"),
    _b("_DATE_TAIL", _fill("By ", " ", BYLINE_CHARS, " a"), "sub"),
    _b("_DATE_TAIL", _fill("", " AT", BYLINE_CHARS, "x"), "sub"),
    _v("CAPS_THEN_OUTLET", _fill("AB ", "MacAB ", BYLINE_FIELD_CHARS), "fullmatch"),
    _v("CAPS_THEN_OUTLET", _fill("AB ", "A. ", BYLINE_FIELD_CHARS), "fullmatch"),
    _b("_CAPS_ROLE", _fill("AB ", "AP ", BYLINE_CHARS, "1"), "fullmatch"),
    _b("_CAPS_ROLE", _fill("AB ", "Ab ", BYLINE_CHARS, "1"), "fullmatch"),
    _b("_WIRE_TITLE", _fill("By ", " ", BYLINE_CHARS, "")),
    _b("_WIRE_TITLE", _fill("", " AP A", BYLINE_CHARS, "!")),
    _b("_THE", "the " * (BYLINE_CHARS // 4), "sub"),
    _b("_ABBREVIATION", _fill("", "Jr", BYLINE_CHARS, "1.")),
    _t("bylines", "_AGENCY_NAME", _fill("Ana Lima ", "a (", BYLINE_CHARS, "1"), "fullmatch"),
    _t("bylines", "_AGENCY_NAME", _fill("", "Press ", BYLINE_CHARS, "1"), "fullmatch"),
    _b("_ROLE_PART", _fill("", "(a", BYLINE_CHARS, "")),
    # the words of a story's first paragraphs: nothing caps a paragraph
    _t("general.page_bylines", "WORD", "a'" * (N // 2), "findall"),
    _t("general.page_bylines", "WORD", "in " * (N // 3), "findall"),
    # an author box's role line (any line under a name line)
    _t("general.page_bylines", "_BOX_ROLE", "a " * (N // 2) + "|", "fullmatch"),
    _t("general.page_bylines", "_BOX_ROLE", "writer " * (N // 7) + "x", "fullmatch"),
    _t("captions", "_ANY_HINT", "a" * N),
    # a paper's authors, each with its affiliation's mark (lines of at most BYLINE_CHARS)
    _t("author_lists", "_ENTRY", _fill("", "Ab Cd Ef Gh", BYLINE_CHARS), "match"),
    _t("author_lists", "_ENTRY", _fill("", "A. ", BYLINE_CHARS) + "1", "match"),
    _t("author_lists", "_HINT", _fill("", "a1", BYLINE_CHARS)),
    # --- text: general --------------------------------------------------------
    _t("general.chrome", "_COMMENTS", "1" * N + "x comments"),
    _t("general.chrome", "_COMMENTS", "post " + "1 " * (N // 2) + "x comments"),
    _t("general.lines", "CREDIT_LINE", "By " * (N // 3), "match"),
    _t("general.headline", "_GLUED_CREDIT", "aCredit" * (N // 7)),
    _t("general.lines", "_META_LABEL", "Article " * (N // 8), "match"),
    _t("general.headline", "NAMES_ONLY", "Written by " * (N // 11), "fullmatch"),
    _t("general.labels", "_READING_TIME", "1 " * (N // 2)),
    _t("general.blocks", "_SIGNED", "by" * (N // 2)),
    _t("general.labels", "_JSON_DATE", '"datePublished": ' * (N // 17)),
    _t("general.chrome", "HINTED", "submit " + "1:" * (N // 2) + " comment !", "fullmatch",
       rule="comment-prompt"),
    _t("general.chrome", "HINTED", "all rights reserved " * (N // 20) + "!", "fullmatch",
       rule="rights-reserved"),
    _t("general.chrome", "HINTED", "may not be copied " * (N // 18) + "!", "fullmatch",
       rule="reuse-terms"),
    _t("general.chrome", "HINTED", "reuse " + "1." * (N // 2) + " prohibited !", "fullmatch",
       rule="reuse-prohibited"),
    _t("general.chrome", "HINTED", "are copyrighted by " * (N // 19) + "!", "fullmatch",
       rule="copyrighted-by"),
    # the chrome rules of text dumps, one alternation per zone, matched whole
    _t("rules", "zone_pattern", "share " + " " * N + "!", "fullmatch", rule="page"),
    _t("rules", "zone_pattern", "Bookmark " + "A " * (N // 2) + "!", "fullmatch", rule="page"),
    _t("rules", "zone_pattern", "May " + "A" * N + "!", "fullmatch", rule="caption"),
    _t("rules", "zone_pattern", "Tue " + " " * N + "!", "fullmatch", rule="top"),
    _t("rules", "zone_pattern", "Aa / " + "A-" * (N // 2) + "!", "fullmatch", rule="any"),
    # --- html: metadata, site, title ---------------------------------------------------------
    # "\S+@" tried from every character of a run: 4 s on 2,000 "@" (now from a run's start,
    # and the field is read only up to BYLINE_FIELD_CHARS)
    _b("_ADDRESS", "@" * BYLINE_FIELD_CHARS, "sub"),
    _b("_ADDRESS", "a@" * (BYLINE_FIELD_CHARS // 2), "sub"),
    _b("_ADDRESS", "a@b." * (BYLINE_FIELD_CHARS // 4), "fullmatch"),
    _b("_ADDRESS", "a" * N, "sub"),
    # titles and fields reach these cleaned: one space between words
    _h("site", "_SEPARATORS", "a — " * (N // 4), "split"),
    _h("site", "_SEPARATORS", "· " * (N // 2), "split"),
    _h("site", "_LIST_SPLIT", "a, and " * (N // 7), "split"),
    _h("site", "_TRAILING_MARKS", "¶ " * (N // 2) + "x", "sub"),
    _h("site", "_LEADING_MARKS", "» " * (N // 2) + "x", "sub"),
    _h("title", "_ASIDE", "(by " * (N // 4)),
    _h("title", "_ASIDE", "(" + "a" * N),
    _h("title", "_NUMBER", "1." * (N // 2) + "x"),
    _h("title", "_FILE_NAME", "a." * (N // 2) + "x"),
    _h("site", "_HOST", "//" + "a" * N),
    _h("site", "_HOME_HREF", "//" + "a" * N + "/x"),
    _h("title", "_CODE", "'" + " " * N),
    _h("title", "_SCRIPT_IN_TITLE", "a" + " " * N + "+ x"),
    # byline commits after the last audit: _byline.field's patterns, on a field of at most
    # BYLINE_FIELD_CHARS (cleaned there, one space between words; the runs of spaces
    # are timed too, as a pattern should hold on any text)
    # "\s*" then "\W*" split a run of spaces every way: 8 s on 1,000 (now possessive)
    _b("_AFTER", _fill("Ab ", " ", BYLINE_FIELD_CHARS, ""), "sub"),
    _b("_AFTER", _fill("", ", ", BYLINE_FIELD_CHARS, "1"), "sub"),
    _b("_AFTER", _fill("", "- ", BYLINE_FIELD_CHARS, "More"), "sub"),
    _b("_AFTER", "(" * BYLINE_FIELD_CHARS, "sub"),
    # a run of spaces split every way: 0.2 s on 1,000 (now possessive)
    _b("_DATE", _fill("AB ", " ", BYLINE_FIELD_CHARS, "x")),
    _b("_DATE", _fill("", "Jan", BYLINE_FIELD_CHARS)),
    _b("_DATE", _fill("", "1 de ", BYLINE_FIELD_CHARS)),
    _b("_DATE", _fill("", " - ", BYLINE_FIELD_CHARS)),
    _b("_TITLE_AFTER", _fill("By ", " ", BYLINE_FIELD_CHARS, "")),
    _b("_TITLE_AFTER", _fill("By ", "AP ", BYLINE_FIELD_CHARS, "1")),
    _b("_TITLE_AFTER", _fill("", " Special to", BYLINE_FIELD_CHARS, "")),
    _b("_ROLE_FIELD", _fill("Ana Lima ", " ", BYLINE_FIELD_CHARS, "x"), "sub"),
    _b("_ROLE_FIELD", _fill("Ab ", ", ", BYLINE_FIELD_CHARS), "sub"),
    _b("_ROLE_FIELD", _fill("", "| Writer ", BYLINE_FIELD_CHARS, "x"), "sub"),
    _b("_LABEL", _fill("", "-", BYLINE_FIELD_CHARS), "match"),
    _b("_LABEL", _fill("Posted ", " ", BYLINE_FIELD_CHARS), "match"),
    _b("_PHOTO_CREDIT", _fill("", "photos ", BYLINE_FIELD_CHARS)),
    _b("_INNER_BY", _fill("By ", ",", BYLINE_FIELD_CHARS, "1")),
    _b("_INNER_BY", _fill("", "1 by ", BYLINE_FIELD_CHARS, "1")),
    _b("_END_DOT", _fill("Ab ", "January ", BYLINE_FIELD_CHARS, ""), "sub"),
    _b("_FIRM", _fill("By ", "1:", BYLINE_FIELD_CHARS), "fullmatch"),
    _b("_FIRM", _fill("", "Co ", BYLINE_FIELD_CHARS), "fullmatch"),
    _b("_TAG", "<" + " " * N, "sub"),
    _b("_SPACE_BEFORE", _fill("Ab ", " ", BYLINE_FIELD_CHARS, "1"), "sub"),
    _h("metadata", "_FIELD_SEP", _fill("", " ", BYLINE_FIELD_CHARS), "split"),
    _h("metadata", "_FIELD_SEP", _fill("", " -", BYLINE_FIELD_CHARS), "split"),
    _h("metadata", "_FIRM_END", "com" * N, "sub"),
    # "+" from every letter of "cococo…": 2.5 s on 20,000 (now at most four words)
    _h("metadata", "_FIRM_END", "co" * (N // 2) + "x", "sub"),
    _b("_FILE_PHOTO", _fill("", ", ", BYLINE_FIELD_CHARS)),
    # a poster's counts after the name: runs of digits and spaces, tried from each
    _b("_POSTER_STATS", _fill("Ab ", "1 ", BYLINE_FIELD_CHARS)),
    _b("_POSTER_STATS", _fill("Ab ", "1,2.3k ", BYLINE_FIELD_CHARS)),
    _b("_POSTER_STATS", _fill("", " ", BYLINE_FIELD_CHARS)),
    _b("_POSTER_STATS", _fill("", "Posts ", BYLINE_FIELD_CHARS)),
    _b("_AFTER_DATE", _fill("", " ·", BYLINE_FIELD_CHARS), "match"),
    # (the body's lines reach it at most MAX_META_CHARS long; a run of digits splits
    # every way: 0.06 s on 1,000)
    _b("_POSTER_COUNTS", "1" * META_LINE_CHARS + "x", "fullmatch"),
    _b("_POSTER_COUNTS", "1 gold badges" * (META_LINE_CHARS // 13) + "x", "fullmatch"),
    _b("_AFTER", _fill("Ab ", " on behalf", BYLINE_FIELD_CHARS), "sub"),
    _b("_FILED_FROM", _fill("Ab ", "1 de ", BYLINE_FIELD_CHARS, ""), "sub"),
    _b("_FILED_FROM", _fill("a", " in Ab", BYLINE_FIELD_CHARS), "sub"),
    _b("_NAME_THEN_CAPS", _fill("Ana Lima ", "AB ", BYLINE_FIELD_CHARS, "a"),
       "fullmatch"),
    _b("_ACCOUNT", _fill("", "(a", BYLINE_FIELD_CHARS, "x")),
    _b("_ACCOUNT", _fill("", " (", BYLINE_FIELD_CHARS, "x")),
    # --- html: the body's passes ---------------------------------------------------------------
    _h("embeds", "_SIGNATURE", "—" * N + " (@x)"),
    _h("lines", "COMMENT_SIGNATURE", "posted by " + "a " * (N // 2)),
    _h("lines", "_BY_LINE", "By " * (N // 3)),
    _h("headline", "_CREDIT", "photos " * (N // 7)),
    _v("VERSION_LINE", "1." * (N // 2)),
    _h("lines", "_NUMERIC_DATE", "1/" * (N // 2)),
    _h("chrome", "_PLACED", "top: " * (N // 5), "found"),
    _h("chrome", "_PLACED", "TOP: " * (N // 5) + "ſ", "found"),
    _h("lines", "_CLOCK", "1:" * (N // 2)),
    # --- html: rules (paragraphs of at most CHROME_LINE_CHARS, END_MARKER_CHARS) --------
    _h("rules", "CHROME_LINES", _fill("", "\t", CHROME_LINE_CHARS), "fullmatch",
       rule="agency-credit"),
    _h("rules", "CHROME_LINES", _fill("", "\u00a0", CHROME_LINE_CHARS), "fullmatch",
       rule="staff-credit"),
    _h("rules", "CHROME_LINES", _fill("can be reached at ", "a@", CHROME_LINE_CHARS),
       "fullmatch", rule="contact-note"),
    _h("rules", "CHROME_LINES", _fill("next in ", "a", CHROME_LINE_CHARS), "fullmatch",
       rule="next-teaser"),
    _h("rules", "CHROME_LINES", _fill("tags ", " ", CHROME_LINE_CHARS), "fullmatch",
       rule="tag-line"),
    _h("rules", "CHROME_LINES", _fill("icio", "\u00a0", CHROME_LINE_CHARS), "fullmatch",
       rule="bookmark-prompt"),
    _h("rules", "CHROME_LINES", _fill("Photo ", " ", CHROME_LINE_CHARS), "fullmatch",
       rule="image-credit"),
    _h("rules", "CHROME_LINES", _fill("a ", "· ", CHROME_LINE_CHARS), "fullmatch",
       rule="reading-time"),
    _h("rules", "END_MARKERS", _fill("all", " \n", END_MARKER_CHARS), "fullmatch",
       rule="comments-section"),
    _h("rules", "END_MARKERS", _fill("related ", "(", END_MARKER_CHARS), "fullmatch",
       rule="related-section"),
    _h("rules", "_BAR", "a | " * (N // 4), "split"),
    # --- html: tree's attribute cap, read over the whole page ------------------------
    _h("tree", "_ATTRIBUTES", "<a" * N, "findall"),
    _h("tree", "_ATTRIBUTES", '<a "' * (N // 4), "findall"),
    _h("tree", "_ATTRIBUTES", "<p a" + "=" * N, "findall"),
    _h("tree", "_ATTRIBUTES", "<p " + "a= " * (N // 3), "sub"),
    # --- html: html5, over the whole page (or the whole serialized tree) ------------
    _h("html5", "_NESTING_TAG", "</" * N, "findall"),
    _h("html5", "_FOREIGN_EDGE", "<svg" * N, "findall"),
    _h("html5", "_BREAKOUT_TAG", "</" * N, "findall"),
    _h("html5", "_TAG", "<a" * N, "findall"),
    _h("html5", "_TAG", "<a " * N, "findall"),
    _h("html5", "_BREAK_IN_TAG", "\n" * N, "findall"),
    _h("html5", "_BREAK_IN_TAG", "\n " * N, "findall"),
    _h("html5", "_BREAK_AFTER", "<pre" * N, "findall"),
    _h("html5", "_BREAK_AFTER", "<pre " * N, "findall"),
    _h("html5", "_PROLOGUE", "<!--" * N, "match"),
    _h("html5", "_PROLOGUE", "<html" * N, "match"),
    _h("html5", "_PROLOGUE", " \n" * N + "<!doctype", "match"),
    _h("html5", "_LIBXML2_VOID", "<source" * N, "findall"),
    _h("html5", "_STREAM_CALL", '$RC("' * N),
    _h("html5", "_MARKUP", "<" * N, "sub"),
    # --- html: container, over a class attribute (capped at ATTRIBUTE_SCAN) ---------
    _h("container", "_DIGITS", "-1" * (N // 2) + "x", "sub"),
    _h("container", "_DIGITS", "_" * N + "1x", "sub"),
)

_PATTERN_CHILD = textwrap.dedent(
    """
    import importlib, json, re, sys, time
    from newsclip._lazy_patterns import LazyPattern  # (a pattern compiled on first use)
    for name, (module, attr, rule, method, text, pos) in json.load(sys.stdin):
        found = getattr(importlib.import_module(module), attr)
        if callable(found):  # a function that gives the pattern for its argument
            found = found(rule)
        elif rule is not None:
            rows = found.items() if isinstance(found, dict) else found
            found = [x for row in rows if rule in row for x in row
                     if isinstance(x, (re.Pattern, LazyPattern))]
        print("start", name, flush=True)
        start = time.process_time()
        for pattern in found if isinstance(found, list) else [found]:
            if method == "sub":
                pattern.sub(" ", text)
            elif method == "split":
                pattern.split(text)
            else:
                getattr(pattern, method)(text, pos)
        outcome = len(found) if isinstance(found, list) else 1
        print("took", json.dumps([name, time.process_time() - start, outcome]), flush=True)
    """
)


def test_every_new_pattern_is_fast_on_its_worst_line() -> None:
    cases = [
        (f"{p.name} {p.method} {p.text[:12]!r}x{len(p.text)}",
         [p.module, p.attr, p.rule, p.method, p.text, p.pos])
        for p in PATTERNS
    ]
    timings = _run_child(cases, timeout=HANG, script=_PATTERN_CHILD)
    assert len(timings) == len(cases)
    # a rule name that matches no rule would time nothing
    assert not [name for name, _seconds, count in timings if count == 0]
    slow = [(name, round(s, 2)) for name, s, _count in timings if s > PATTERN_BUDGET]
    assert not slow


def test_the_caps_hold() -> None:
    """The patterns above are timed at these lengths because their readers read no more."""
    assert bylines.MAX_ROLE_CHARS <= BYLINE_CHARS
    assert 8 * bylines.MAX_CAPTION_WORDS <= CAPTION_CHARS
    assert _byline.MAX_FIELD <= BYLINE_FIELD_CHARS
    long = "A" * (NAME_LINE_CHARS + 1)
    assert bylines.name_line(long) is None and bylines.byline("By " + "Ab " * 200) is None
    assert html_rules.chrome_line("Share " * 30) is None  # 180 characters: not tried
    assert html_rules.end_marker("Comments " * 30) is None
    assert _byline.field("Ana Lima " * 200) is None
    assert html_lines.MAX_META_CHARS <= META_LINE_CHARS


# --- whole pages: the slow lines where each reader meets them ---------------------

def _html(head: str = "", body: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f"<html><head><title>{TITLE} | Gazette</title>{head}</head>"
        f"<body><h1>{TITLE}</h1>{body}{paragraphs}</body></html>"
    )


def _json_ld(**fields: str) -> str:
    data = {"@type": "NewsArticle", "headline": TITLE, **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _dump(byline: str) -> str:
    """A dump with ``byline`` on its own line under the headline, where bylines stand."""
    return general().replace("\n\n3 June 2016", f"\n\n{byline}\n\n3 June 2016")


PAGES: dict[str, tuple[str, str]] = {
    # (text|html, document)
    "author meta of '@'": ("html", _html(f'<meta name="author" content="{"@" * N}">')),
    "author meta of 'a@'": ("html", _html(f'<meta name="author" content="{"a@" * (N // 2)}">')),
    "json-ld author of '@'": ("html", _html(_json_ld(author="@" * N))),
    "json-ld author of 'a'": ("html", _html(_json_ld(author="a" * N))),
    "byline box of '@'": ("html", _html(body=f'<span class="byline">{"@" * N}</span>')),
    "title of dashes": ("html", _html().replace(f"{TITLE} | Gazette", "a — " * (N // 4))),
    "title of lists": ("html", _html().replace(f"{TITLE} | Gazette", "a, and " * (N // 7))),
    # each "<script" was read to the end of the page for its "</script>": 9 s at 10,000
    "scripts left open": ("html", _html() + "<script>" * N),
    "script tags left open": ("html", _html() + "<script " * N + ">"),
    # flattening deep nesting read every later "<a" to the end for its ">": 1 s at 20,000
    "deep nesting then tags left open": ("html", _html() + "<div>" * 3000 + "<a" * (3 * N)),
    # the byline commits after the last audit: the field's worst lines where the reader
    # takes a byline
    "author meta of '- '": ("html", _html(f'<meta name="author" content="Ab {"- " * N}x">')),
    "author meta of ', '": ("html", _html(f'<meta name="author" content="{", " * N}1">')),
    "author meta of 'Jan'": ("html", _html(f'<meta name="author" content="{"Jan" * N}">')),
    "json-ld author of '- '": ("html", _html(_json_ld(author="Ab " + "- " * N + "x"))),
    "json-ld author of capitals": ("html", _html(_json_ld(author="AB " + "MacAB " * N))),
    "json-ld author of spaces": ("html", _html(_json_ld(author="Ab " + " " * N + "More"))),
    # the site's name is read uncapped and each byline is checked against it
    "site name of 'co'": ("html", _html(
        f'<meta property="og:site_name" content="{"co" * (N // 2)}x">'
        '<meta name="author" content="ab cd">'
    )),
    "byline span of '- '": (
        "html", _html(body=f'<span class="byline">By Ab {"- " * 40}x</span>')
    ),
    "byline span of spaces": (
        "html", _html(body=f'<span class="byline">By Ab {"&nbsp;" * N}(x)</span>')
    ),
    "dump byline of capitals": ("text", _dump("By AB " + "MacAB " * (N // 6))),
    "dump byline of initials": ("text", _dump("By AB " + "A. " * (N // 3) + "x")),
    "dump byline then spaces": ("text", _dump("By Ab" + " " * N + "AP Writer")),
    "dump name line of capitals": ("text", _dump("AB " + "AP " * (N // 3) + "1")),
    "paragraph of bars": ("html", _html(body="<p>" + "|" + "&nbsp;" * N + "x</p>")),
    "paragraph date then spaces": ("html", _html(body="<p>3/4/2014" + "&nbsp;" * N + "x</p>")),
    "dump date then spaces": ("text", general(body=(BODY[0], "3/4/2014" + " " * N + "x", BODY[1]))),
    "dump date then 'at'": (
        "text", general(body=(BODY[0], "3/4/2014" + " at" * (N // 3), BODY[1]))
    ),
    "dump date line": ("text", general().replace("3 June 2016", "3/4/2014" + " " * N + "pm")),
    # libxml2 is quadratic in one tag's attributes: 26 s, then TimeBudgetError, at 50,000
    "tag of 50,000 attributes": (
        "html", _html(body="<p " + " ".join(f'a{i}="{i}"' for i in range(5 * N // 2)) + ">x</p>")
    ),
    "tag of 50,000 quoted '>'": (
        "html", _html(body="<p " + " ".join(f"a{i}='>'" for i in range(5 * N // 2)) + ">x</p>")
    ),
    "tag of 50,000 bare names": ("html", _html(body="<p " + "a " * (5 * N // 2) + ">x</p>")),
    "unclosed quotes": ("html", _html() + '<p a="x>' * N),
}

_PAGE_CHILD = textwrap.dedent(
    """
    import json, sys, time
    import newsclip
    for name, (kind, text) in json.load(sys.stdin):
        print("start", name, flush=True)
        start = time.process_time()
        try:
            newsclip.parse(text, input_format=kind)
            outcome = "record"
        except newsclip.NewsclipError as exc:
            outcome = type(exc).__name__
        print("took", json.dumps([name, time.process_time() - start, outcome]), flush=True)
    """
)


@pytest.mark.parametrize("name", list(PAGES))
def test_slow_lines_in_pages_take_no_time(name: str) -> None:
    timings = _run_child([(name, PAGES[name])], timeout=HANG, script=_PAGE_CHILD)
    [(_name, seconds, outcome)] = timings
    assert outcome == "record"
    assert seconds < BUDGET
