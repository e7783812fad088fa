"""The Markdown writer: front matter that always reads back, text that renders as written."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclip
from newsclip.render.markdown import FRONT_MATTER_FIELDS, escape_text, render, yaml_scalar

TITLES = [
    "Plain headline",
    "‘Useful, but no breakthrough’: Russia, US stalled after talks",
    'He said "no": the vote, in quotes',
    "--- a title that looks like the end of the block",
    "# not a comment",
    "key: value: another",
    "null",
    "true",
    "2014-03-14",
    "617",
    "- a list item?",
    "[a, flow, list]",
    "{a: map}",
    "&anchor *alias !tag",
    "back\\slash and tab\tinside",
    "line\u2028separator and \u0085 next-line",
    "emoji 🚢 and BOM \ufeff inside",
    "  leading and trailing spaces  ",
    "%YAML directive",
    "'single' quotes",
]


def _front(md: str) -> dict:
    assert md.startswith("---\n")
    front, sep, _ = md[4:].partition("\n---\n")
    assert sep
    return yaml.safe_load(front)


def _record_dict(**changes) -> dict:
    text = "A headline\n\n14-3-2014 < RT 165 6 words\n\nPhoto by A B\n\nThe body has six words.\n"
    data = newsclip.parse(text, path="a b: c.txt").to_dict()
    data.update(changes)
    return data


@pytest.mark.parametrize("title", TITLES)
def test_any_title_reads_back(title: str) -> None:
    data = _record_dict(title=title)
    meta = _front(render(data))
    assert meta["title"] == title


@settings(deadline=None)  # the machine is shared: time is no verdict here
@given(st.text(st.characters(blacklist_categories=("Cs",))))
def test_any_string_is_a_safe_yaml_scalar(value: str) -> None:
    assert yaml.safe_load(f"key: {yaml_scalar(value)}\nother: 1\n") == {"key": value, "other": 1}


def test_front_matter_holds_the_documented_fields() -> None:
    data = _record_dict()
    meta = _front(render(data))
    assert list(meta) == [*FRONT_MATTER_FIELDS, "source"]
    for name in FRONT_MATTER_FIELDS:
        assert meta[name] == data[name]
    assert meta["source"] == {"path": "a b: c.txt", "format": "text", "encoding": "utf-8",
                              "index": None, "count": None, "captured": None, "warc": None,
                              "newsclip_version": newsclip.__version__}
    assert meta["published"] == "2014-03-14"  # a string, as in the JSON
    assert meta["byline"] is None


def test_a_web_archive_source_reads_back() -> None:
    data = _record_dict(url="https://example.org/a?b=1#c")
    data["source"] = {
        "path": "crawl.warc.gz", "format": "html", "encoding": "utf-8",
        "captured": "2024-05-01T10:11:12+00:00",
        "warc": {"file": "crawl: \"x\".warc.gz", "record_id": "<urn:uuid:1-2>", "offset": 512},
    }
    meta = _front(render(data))
    assert meta["source"] == data["source"]
    assert meta["url"] == data["url"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plain words.", "Plain words."),
        ("# 1 priority", "\\# 1 priority"),
        ("> quoted", "&gt; quoted"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("* item", "\\* item"),
        ("1. The ferry", "1\\. The ferry"),
        ("2024) was", "2024\\) was"),
        ("12.5 per cent", "12.5 per cent"),
        ("===", "\\==="),
        ("```", "\\`\\`\\`"),
        ("| a | b |", "\\| a | b |"),
        ("a *b* _c_ [d](e) `f` \\g", "a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\\\g"),
        ("<script>x</script> & co", "&lt;script&gt;x&lt;/script&gt; &amp; co"),
        ("one\ntwo", "one  \ntwo"),
        ("one\n- two", "one  \n\\- two"),
    ],
)
def test_escape_text(text: str, expected: str) -> None:
    assert escape_text(text) == expected


def test_keep_html() -> None:
    assert escape_text("<b>bold</b> & co", keep_html=True) == "<b>bold</b> & co"


def test_body_layout() -> None:
    text = (
        "Harbour: a *headline*\n\n14-3-2014 < RT 30 words\n\nReuters / Anna Bell\n\n"
        "First paragraph.\n\nTweet text. pic.twitter.com/abc\n\n"
        "— Port Office (@port_office) March 14, 2014\n\nLast paragraph.\n"
    )
    md = render(newsclip.parse(text).to_dict())
    body = md.split("\n---\n", 1)[1]
    assert body == (
        "\n# Harbour: a \\*headline\\*\n\n"
        "*Reuters / Anna Bell*\n\n"
        "First paragraph.\n\n"
        "> Tweet text. pic.twitter.com/abc\n>\n"
        "> — Port Office (@port\\_office) March 14, 2014\n\n"
        "Last paragraph.\n"
    )


def test_no_title_no_heading() -> None:
    md = render(_record_dict(title=None))
    assert _front(md)["title"] is None
    assert "\n# " not in md


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Top story #", "# Top story \\#"),
        ("Hashes ##", "# Hashes \\##"),
        ("We are #1", "# We are #1"),
        ("C# tips", "# C# tips"),
        ("#", "# \\#"),
        ("# not a comment", "# \\# not a comment"),
    ],
)
def test_heading_keeps_its_hashes(title: str, heading: str) -> None:
    # CommonMark drops a heading's closing "#" run; the title must keep them.
    assert heading in render(_record_dict(title=title)).splitlines()
