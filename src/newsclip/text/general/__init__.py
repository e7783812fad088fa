"""Any news page's text dump: find the article in a browser copy of the page.

No markup is left, so the reader works from what the text itself shows.
``read`` is the pipeline; each stage takes values and returns values:

1. ``scoring``: every line's features, chrome rule and score (``lines.Info``):
   paragraphs score high, menu items, buttons and headlines of other stories
   low; ``blocks`` reads lines together (hard-wrapped paragraphs, galleries,
   code listings, charts, teasers packed line after line).
2. ``region`` and ``ending``: the article's ``Region``, the run of lines with
   the highest total score, under a date line or byline when one is near; it
   ends where a comment section, a live ticker, or the page's boxes under a
   share bar or a "Related" heading begin, and grows across gaps (a chart, an
   advert, a table, a listing of code) to further blocks of prose, and over a
   listicle's numbered sections while their numbers count up (``sections``);
   a run that is a privacy policy's or terms' drawer is set aside (``policy``).
   On a forum's page (``thread``: the run begins under a post's stamp whose
   shape comes back over the posts below) the region is every post of the
   thread instead, but for the furniture around each post (its votes, buttons,
   the poster's reputation, readers' comments, quotes of earlier posts:
   ``furniture``).  On a page of records (a listing, a shop's collection:
   ``records``), where that run is short, the list of records outweighing it is
   the region instead.  A long run of the region's lines said again in the same
   order (the story's second copy, a print or mobile copy) is kept once
   (``copies``).
3. ``headline``: the best headline-like line above the region; on a page with
   no date line or byline whose sections stand between that headline and the
   region (a landing page), the region starts under it (``region``).
4. ``boxes``: runs of short lines inside the region that are not its text.
5. ``labels``: every line's label and rule, the date and the byline.

Every threshold and weight is in ``tuning``, by stage.  It is not a
site-specific scraper: it knows no site names, only what news pages in general
look like.  The archive layout (``text.archive``) is read apart.
"""

from __future__ import annotations

from ..boilerplate import Boilerplate
from ..embeds import label_embeds
from ..model import Layout, Line
from . import (
    boxes, chrome, copies, ending, furniture, headline, labels, policy, records, region, scoring,
    sections, thread, undated,
)
from .lines import Info
from .region import Region
from .tuning import DEFAULT, Tuning

NO_PROSE = "no paragraph of prose found; kept every line not known as chrome"


def read(
    lines: list[Line], boilerplate: Boilerplate | None = None, tuning: Tuning = DEFAULT
) -> Layout:
    """Label every line of a page's text dump (``lines``); return what else was found.

    ``boilerplate``: the lines a batch repeats, chrome on this page too.
    """
    layout = Layout("general")
    infos = scoring.score_lines(lines, boilerplate, tuning)
    if not infos:
        return layout
    if all(info.score <= 0 for info in infos):
        # Not one line reads like a paragraph (a list, a few labels): no block
        # stands out, so every line no rule knows as chrome is kept.  Here the
        # rules of a page's top (a date picker's parts) count anywhere: with no
        # article to stand above, nothing tells the top from the rest.
        infos = _known_chrome(infos)
        # (but a heading under the page's breadcrumb names it, and the page's text
        # starts there: the lines over it are its menus)
        title = undated.path_heading(infos, len(infos) - 1, tuning.headline)
        found, boxed = Region(title or 0, len(infos) - 1), frozenset[int]()
        layout.warnings.append(NO_PROSE)
    else:
        found = region.densest(infos)
        found = region.prefer_dated(infos, found, tuning)
        if policy.legal(infos, found, tuning):
            # a privacy policy's or terms' drawer, hidden on the page: not its text
            infos = policy.mark(infos, found)
            found = region.densest(infos)
            found = region.prefer_dated(infos, found, tuning)
        posts = thread.find(infos, found, tuning)
        if posts is not None:
            # a forum's thread: every post is the text, each under its stamp
            found = region.extend(infos, posts, tuning)
        else:
            ticker = ending.live_ticker(infos, found, tuning)
            infos = ending.mark_ticker(infos, ticker)  # its stamps are chrome from here on
            found = ending.cut(infos, found, ticker, tuning)
            # (a writer's card among the blocks the run joined under it ends the story too)
            found = ending.close_grown(infos, found, region.grow(infos, found, tuning), tuning)
            found = sections.follow(infos, found, tuning)
            found = region.extend(infos, found, tuning)
            found = region.after_header(infos, found, tuning)
        listed = records.find(infos, found, tuning)
        if listed is not None:
            # a page of records: the list is the text, its short lines too
            found, boxed = listed, frozenset[int]()
        else:
            boxed = boxes.find(infos, found, tuning, thread=posts is not None)
        title = headline.find(infos, found.start, tuning, found.end, posts is not None)
        if posts is None and listed is None and title is not None:
            # a landing page: its sections under the headline, over the run, are its text
            opened = region.under_headline(infos, found, title, tuning)
            if opened is not found:
                found, boxed = opened, boxes.find(infos, opened, tuning)
        # but for the furniture around each post (votes, buttons, readers' comments)
        infos = furniture.mark(infos, found, posts is not None)
        # a second copy of the story (a print or mobile copy) said again under the first
        infos = copies.mark(infos, found, boxed, tuning)
    # the page's notices to its reader inside the run (a form's consent line, a plea
    # for support): never the text
    infos = chrome.notice_lines(infos, found.start, found.end)
    infos = ending.mark_notes(infos, found, tuning)  # a writer's note atop or under it
    labels.label(lines, infos, found, title, boxed, layout, tuning)
    label_embeds(lines, infos[found.start].i, infos[found.end].last + 1, layout)
    return layout


def _known_chrome(infos: list[Info]) -> list[Info]:
    """``infos`` with every line a named rule of any zone calls chrome marked so.

    A lone number is left alone: a picker's day row has several, while one
    number by itself is as often a list's or a step's.
    """
    return [
        info.as_chrome(rule, info.score)
        if info.chrome is None and not info.text.isdigit()
        and (rule := chrome.top_rule(info.text)) is not None
        else info
        for info in infos
    ]


__all__ = ["Region", "Tuning", "read"]
