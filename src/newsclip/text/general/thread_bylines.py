"""A forum thread's byline: its first poster, as the forum names them.

Part of the label stage (``labels``): the line the forum gives the starter
("Thread starter ada_k"), the thread's header ("ada_k" over "June 14, 2024 in
Harbour Talk"), or the handle that opens the first post's stamp.
"""

from __future__ import annotations

import re

from .. import bylines, header_shapes
from ..model import Layout, Line
from ..prefilter import plain_case
from .lines import Info
from .thread import first_post, stamp_shape

__all__ = ["community_poster", "forum_header", "thread_byline", "titled_post"]


def thread_byline(
    lines: list[Line], infos: list[Info], date_at: int | None, layout: Layout,
    post: tuple[int, str] | None,
) -> None:
    """A forum thread's byline is its first poster: named by the line the forum gives
    them ("Thread starter ada_k", "Post by ada_k » …": the page's first such line),
    which no other byline beats; or, with no byline found, the handle that opens the
    date line when that line is a post's stamp and the stamps of the next posts, of its
    shape, follow ("hayley.p 2 May 2025 18:48 1")."""
    # (the cheap test first, on the page's text at once: few pages hold a line that
    # names its starter or asks a question)
    named = _starter_anywhere("\n".join([line.text for line in lines]))
    for k, info in enumerate(infos if named else ()):
        # (each line of a paragraph joined from short lines: "ada_k Discussion starter"
        # over "2,994 posts · Joined 2021")
        for j in range(info.i, info.last + 1):
            text, name = lines[j].text, None
            if _starter_hint(text):
                name = bylines.starter(text)
            elif bylines.asked(text) and k + 1 < len(infos):
                # (the asker's name under the question's stamp)
                name = bylines.handle_alone(
                    infos[k + 1].text if j == info.last else lines[j + 1].text
                )
            if name is not None:
                if lines[j].label == "chrome":
                    lines[j].label, lines[j].rule = "header", "byline-thread-starter"
                layout.byline = name
                return
    if (name := community_poster(infos)) is not None:
        layout.byline = name
        return
    header = forum_header(infos)
    if header is not None:
        layout.byline = header[1]
        return
    if post is not None:  # (a thread whose stamps hold its title: ``titled_post``)
        layout.byline = post[1]
        return
    # the first post's stamp that opens with its poster's handle
    first = next((info for info in infos if first_post(info) and "#1" not in info.text), None)
    if first is not None:
        layout.byline = bylines.poster(first.text)
        return
    # (the poster over the first post's number, "ada_k" over "Posts: 116" and "#1")
    if (name := header_shapes.first_poster([info.text for info in infos])) is not None:
        layout.byline = name
        return
    if layout.byline is None and (
        name := header_shapes.avatar_poster([info.text for info in infos])
    ) is not None:
        # (the poster under the first post's avatar, "J Offline" / "ada_k" / "wrote on")
        layout.byline = name
        return
    if layout.byline is not None or date_at is None:
        return
    if first_post(infos[date_at]) and date_at + 1 < len(infos) and (
        name := bylines.handle_alone(infos[date_at + 1].text)
    ):
        # (the poster's handle on the line under the first post's stamp: "HOSTLAR")
        layout.byline = name
        return
    name = bylines.poster(infos[date_at].text)
    shape = stamp_shape(infos[date_at].text) if name is not None else None
    if shape is not None and any(
        stamp_shape(info.text) == shape and bylines.poster(info.text)
        for info in infos[date_at + 1:]
    ):
        layout.byline = name


#: what follows the date on a thread's header line: the thread's age, perhaps glued to
#: the year, and the forum it stands in ("June 14, 20241 yr in Harbour Talk")
_IN_FORUM = re.compile(r"\s*(?:\d{1,2}\s*(?:yrs?|mos?|wks?|days?)\s+)?in\s+[A-Z]")
#: … which is short (the date, the age, the forum's name)
_FORUM_HEADER_WORDS = 12
#: the starter's handle over that line, as the header writes it ("ada_k", "By ada_k,")
_STARTER_ABOVE = re.compile(r"(?:By\s+)?(?P<name>[^\s,]+(?:\s[A-Z][^\s,]*)?),?")


def forum_header(infos: list[Info]) -> tuple[int, str] | None:
    """The date line of a thread's header and the thread's starter, when the page has
    one: the starter's handle over the date the thread was started and the forum it
    stands in ("ada_k" over "June 14, 2024 in Harbour Talk"); the first on the page."""
    for k in range(1, len(infos)):
        info = infos[k]
        if " in " not in info.text or not info.text[:1].isalnum() or len(
            info.tokens
        ) > _FORUM_HEADER_WORDS or info.date is None:
            continue
        raw = info.date.raw
        if info.text.startswith(raw) and _IN_FORUM.match(info.text, len(raw)):
            m = _STARTER_ABOVE.fullmatch(infos[k - 1].text)
            if m is not None and infos[k - 1].chrome is None and (
                name := bylines.handle_alone(m["name"])
            ):
                return k, name
    return None


#: a community's name in a post's header, before the post's age ("r/Cooking •", the age
#: a script writes, lost in the dump); the dot may stand on a line of its own
_COMMUNITY = re.compile(r"r/\w+(?:\s*•)?")
#: the post's header stands this many lines from the top at most
_COMMUNITY_LINES = 30


def community_poster(infos: list[Info]) -> str | None:
    """The poster a link aggregator's post names in its header: the handle alone under the
    community's name and the dot before the post's age ("r/Cooking •" over "ada_k" over
    the post's title)."""
    for k in range(min(len(infos) - 1, _COMMUNITY_LINES)):
        text = infos[k].text.strip()
        if not text.startswith("r/") or _COMMUNITY.fullmatch(text) is None:
            continue
        j = k + 1
        if not text.endswith("•"):
            if infos[j].text.strip() != "•":
                continue
            j += 1
        if j < len(infos) and (name := bylines.handle_alone(infos[j].text)) is not None:
            return name
    return None


def titled_post(infos: list[Info]) -> tuple[int, str] | None:
    """The first post of a thread whose stamps hold its title (``header_shapes``), when the
    page has replies stamped "Re: …" (the cheap test)."""
    texts = [info.text for info in infos]
    if "Re: " not in "\n".join(texts):
        return None
    return header_shapes.titled_post(texts)


#: what a line naming the thread's starter holds (a cheap test before bylines.starter)
_STARTER_HINT = re.compile(r"(?i:starter|started\s+by)|Post\s+by|^submitted\s")


def _starter_hint(text: str) -> bool:
    # (the cheap test first: every line is tried, and few hold the words)
    if (plain_case(text) and "Post" not in text and "starte" not in text.lower()
            and not text.startswith("submitted")):
        return False
    return _STARTER_HINT.search(text) is not None


def _starter_anywhere(page: str) -> bool:
    """Whether a line of ``page`` (all its lines joined) may pass ``_starter_hint`` or
    ``bylines.asked``: the cheap tests of both, on the whole page at once."""
    return (not plain_case(page) or "starte" in page.lower() or "submitted" in page
            or "asked" in page or _POST_BY.search(page) is not None)


#: ``_STARTER_HINT``'s words that keep their case (a search for a pattern that begins
#: with a word is fast)
_POST_BY = re.compile(r"Post\s+by")
