"""Property tests: for any input, a valid record or a NewsclipError; nothing lost.

Inputs are random bytes and text, and dumps built from random parts in the
archive layout and in a general site's layout, so the readers' real paths run
(date pickers, metadata lines, credits, tweets, chrome, wrapped paragraphs).

"Nothing lost" for a text input means: every non-blank input line, stripped
as the reader strips it, is in the record: inside the title, a header line,
a caption, a paragraph, an embed's text or signature (as many times as the
input has it), or in ``removed`` with its own line number.  And every
``removed`` entry is an input line: its number and text agree with the input.

Examples per run: EXAMPLES per test (8 tests); set HYPOTHESIS_EXAMPLES to
run more, e.g. ``HYPOTHESIS_EXAMPLES=5000 python -m pytest tests/test_properties.py``.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclip
from conftest import assert_valid
from newsclip.decode import decode
from newsclip.render import WRITERS, render
from newsclip.render.markdown import FRONT_MATTER_FIELDS
from newsclip.text.model import split_lines
from newsclip.text.rules import RULES

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "150"))
PROPERTY = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow],
)

# --- parts of dumps ----------------------------------------------------------

_WORDS = (
    "the port council said on Monday that ships were waiting in bay and talks would resume "
    "dockers strike week pay shifts union Harbour Gazette minister Ukraine sanctions 2016 "
    "café naïve Straße «quote» “quote” — – … 42 1,050 % & <b> </p> # * _ ` [link] \\ : --- "
    "Москва 北京 القاهرة 🚢 e\u0301 \u200b \u00a0 Print Share Tweet Comments (@handle) / | >"
).split()
WORD = st.sampled_from(_WORDS)
SENTENCE = st.lists(WORD, min_size=1, max_size=30).map(" ".join).map(lambda s: s[0].upper() + s[1:] + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
HEADLINE = st.lists(WORD, min_size=2, max_size=14).map(" ".join)
NAME = st.lists(st.sampled_from(["Ada", "Kerrigan", "Maxim", "Jean-Pierre", "O'Neill", "de", "Li"]), min_size=1, max_size=3).map(" ".join)
# Any text at all, but no line breaks: a line of junk pasted into a dump.
JUNK_LINE = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=60)
CHROME = st.sampled_from([r.example for r in RULES] + ["Home", "News", "Sign in", "Most read", "Skip to main content"])

DATE = st.builds(
    lambda d, m, y, sep: f"{d}{sep}{m}{sep}{y}",
    st.integers(1, 31), st.integers(1, 12), st.sampled_from([1999, 2014, 2016, 24]), st.sampled_from("-./"),
)
METADATA = st.builds(
    lambda date, time, outlet, numbers, words: (
        f"{date}{' ' + time if time else ''} < {outlet}"
        + "".join(f" {n}" for n in numbers)
        + (f" {words} words" if words is not None else "")
    ),
    DATE,
    st.one_of(st.none(), st.sampled_from(["9:05", "23:59:01"])),
    st.sampled_from(["RT", "Harbour Gazette", "Le Monde", "Новая газета", ""]),
    st.lists(st.integers(0, 99999), max_size=3),
    st.one_of(st.none(), st.integers(0, 5000), st.sampled_from(["1,050", "12\u00a0400"])),
)
CREDIT = st.one_of(
    NAME.map(lambda n: f"Photo by {n}"),
    NAME.map(lambda n: f"Reuters / {n}"),
    st.sampled_from(["Photo from twitter.com user @mfa_russia", "AFP Photo / Pool"]),
)
TWEET = st.tuples(PARAGRAPH, NAME, st.from_regex(r"[A-Za-z0-9_]{1,15}", fullmatch=True), st.sampled_from(["", " March 14, 2014", " 3 May 2020"])).map(
    lambda t: [t[0], f"— {t[1]} (@{t[2]}){t[3]}"]
)
PICKER = st.lists(
    st.sampled_from(["Select date", "May 2024", "Mon Tue Wed Thu Fri Sat Sun", "1 2 3 4 5 6 7", "«", "Today"]),
    max_size=5,
)
BODY_PART = st.one_of(
    PARAGRAPH.map(lambda p: [p]), TWEET, CHROME.map(lambda c: [c]), JUNK_LINE.map(lambda j: [j]),
)
# Blank lines between parts, with white space on some of them.
GAP = st.lists(st.sampled_from(["", " ", "\t", "\u00a0"]), min_size=0, max_size=3)
INDENT = st.sampled_from(["", " ", "  ", "\t", "\u00a0", "\u200b"])


@st.composite
def layout_lines(draw: st.DrawFn, parts: list[list[str]]) -> list[str]:
    """Parts joined by random gaps, each line with random surrounding white space."""
    out: list[str] = []
    for part in parts:
        for line in part:
            out.append(draw(INDENT) + line + draw(INDENT))
        out.extend(draw(GAP))
    return out


@st.composite
def archive_dumps(draw: st.DrawFn) -> str:
    parts = [[line] for line in draw(PICKER)]
    parts.append([draw(HEADLINE)])
    parts.append([draw(METADATA)])
    parts += [[c] for c in draw(st.lists(CREDIT, max_size=2))]
    parts += draw(st.lists(BODY_PART, min_size=0, max_size=10))
    parts += [[c] for c in draw(st.lists(CHROME, max_size=4))]
    return _join(draw, draw(layout_lines(parts)))


@st.composite
def general_dumps(draw: st.DrawFn) -> str:
    parts = [[c] for c in draw(st.lists(CHROME, max_size=6))]
    parts.append([draw(HEADLINE)])
    parts += [[x] for x in draw(st.lists(st.one_of(DATE, NAME.map(lambda n: f"By {n}"), CREDIT), max_size=3))]
    parts += draw(st.lists(BODY_PART, min_size=0, max_size=12))
    if draw(st.booleans()):  # text wrapped at a fixed width
        wrapped = draw(PARAGRAPH)
        parts.append([wrapped[i : i + 50] for i in range(0, len(wrapped), 50)])
    parts += [[c] for c in draw(st.lists(CHROME, max_size=6))]
    return _join(draw, draw(layout_lines(parts)))


def _join(draw: st.DrawFn, lines: list[str]) -> str:
    return draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines) + draw(st.sampled_from(["", "\n"]))


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252"])

# --- the checks ----------------------------------------------------------------


def parse_or_error(data: bytes | str, input_format: str | None = None) -> newsclip.Record | None:
    """parse, allowing only NewsclipError; any other exception fails the test."""
    try:
        record = newsclip.parse(data, input_format=input_format)
    except newsclip.NewsclipError as exc:
        assert str(exc) and "\n" not in str(exc)
        return None
    assert isinstance(record, newsclip.Record)
    return record


def check_outputs(record: newsclip.Record) -> None:
    """Schema, JSON and JSON Lines round trips, Markdown front matter, CSV."""
    data = record.to_dict()
    assert_valid(data)
    assert json.loads(render(data, "json")) == data
    line = render(data, "jsonl")
    assert line.endswith("\n") and "\n" not in line[:-1] and json.loads(line) == data
    markdown = render(data, "md")
    assert markdown.startswith("---\n")
    front, _sep, _body = markdown[4:].partition("\n---\n")
    meta = yaml.safe_load(front)
    assert {k: meta[k] for k in FRONT_MATTER_FIELDS} == {k: data[k] for k in FRONT_MATTER_FIELDS}
    assert meta["source"] == data["source"]
    if "csv" in WRITERS:
        csv.field_size_limit(2**31 - 1)  # the module's default 128 KiB cell is not the writer's limit
        rows = list(csv.reader(io.StringIO(render(data, "csv"), newline="")))
        assert len(rows) == 2 and rows[1][0] == (data["title"] or "")


def check_nothing_lost(text: str, record: newsclip.Record) -> None:
    """Every non-blank input line is in a field or in ``removed``, at its own number."""
    lines = split_lines(text)
    by_number = {ln.no: ln.text for ln in lines}
    for r in record.removed:
        assert by_number.get(r.line) == r.text, f"removed line {r.line} is not the input's"
    removed = {r.line for r in record.removed}
    kept = [
        record.title or "", *record.header, *record.captions, *record.paragraphs,
        *(e.text for e in record.embeds), *(e.signature or "" for e in record.embeds),
    ]
    # Counted, not only looked up: of two equal lines, dropping one is a loss too.
    wanted = Counter(ln.text for ln in lines if not ln.blank and ln.no not in removed)
    for text, times in wanted.items():
        found = sum(field.count(text) for field in kept)
        assert found >= times, f"{text!r}: {times} time(s) in the input, {found} in the record"


def _decoded(data: bytes) -> str:
    return decode(data)[0]


# --- the properties -------------------------------------------------------------------


@PROPERTY
@given(st.binary(max_size=3000))
def test_any_bytes(data: bytes) -> None:
    record = parse_or_error(data)
    if record is not None:
        check_outputs(record)


@PROPERTY
@given(st.text(max_size=2000))
def test_any_text(text: str) -> None:
    record = parse_or_error(text)
    if record is not None:
        check_outputs(record)
        if record.source.format == "text":
            check_nothing_lost(_decoded(text.encode()), record)  # st.text() has no surrogates


@PROPERTY
@given(st.lists(st.one_of(JUNK_LINE, CHROME, HEADLINE, PARAGRAPH, METADATA), max_size=40).map("\n".join))
def test_any_lines(text: str) -> None:
    record = parse_or_error(text)
    if record is not None:
        check_outputs(record)
        if record.source.format == "text":
            check_nothing_lost(_decoded(text.encode()), record)


def _encode(text: str, encoding: str) -> bytes:
    """The dump in ``encoding``, or in UTF-8 where that encoding cannot hold it."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8")


@PROPERTY
@given(archive_dumps(), ENCODINGS)
def test_archive_dumps(text: str, encoding: str) -> None:
    data = _encode(text, encoding)
    # The dumps' words include tags ("<b>", "</p>"): sniffing may call a
    # tag-heavy one HTML, as it should, so the layout tests say it is text.
    record = parse_or_error(data, "text")
    if record is None:
        return
    check_outputs(record)
    assert record.source.format == "text"
    check_nothing_lost(_decoded(data), record)


@PROPERTY
@given(archive_dumps())
def test_archive_dumps_find_their_header(text: str) -> None:
    """The metadata line is found wherever chrome and gaps put it."""
    record = parse_or_error(text, "text")
    if record is not None:
        assert record.header and record.published_raw is not None


@PROPERTY
@given(general_dumps(), ENCODINGS)
def test_general_dumps(text: str, encoding: str) -> None:
    data = _encode(text, encoding)
    record = parse_or_error(data, "text")
    if record is None:
        return
    check_outputs(record)
    check_nothing_lost(_decoded(data), record)


@PROPERTY
@given(st.one_of(archive_dumps(), general_dumps()))
def test_explain_and_parse_agree(text: str) -> None:
    """``newsclip explain`` labels exactly the lines that parse removed as chrome."""
    record = parse_or_error(text, "text")
    if record is None:
        return
    rows = newsclip.explain(text, input_format="text")
    chrome = {(row.line, row.text, row.rule) for row in rows if row.label == "chrome"}
    assert chrome == {(r.line, r.text, r.rule) for r in record.removed}


@PROPERTY
@given(st.binary(max_size=400), st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x1f\x8b", b"<html>", b""]))
def test_bytes_behind_a_signature(data: bytes, prefix: bytes) -> None:
    """BOMs, a gzip signature or a tag in front of random bytes still give a record or an error."""
    record = parse_or_error(prefix + data)
    if record is not None:
        check_outputs(record)
