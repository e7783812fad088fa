"""Telling a text dump from an HTML page by its content."""

from __future__ import annotations

import pytest

from conftest import SHARED
from newsclip.decode import decode, sniff_format

CORPORA = SHARED / "corpora"

CASES = [
    ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"),
    ("\n<?xml version='1.0'?>\n<html>", "html"),
    ("<p>One paragraph of a page, nothing else.</p>", "html"),
    ("<script>var a = 1;</script>\n<div>\n<p>Text</p>\n</div>", "html"),
    # A browser's dump can carry a tracking pixel from <noscript> on its first line.
    ('<div><img src="//t.invalid/p.gif" alt="" /></div>\nHome\nNews\nA headline\n\nBody text.', "text"),
    ("A headline\n\nSome text with <b>one</b> tag.", "text"),
    ("Use a < b and b > c in the formula.\n\nIt holds.", "text"),
    ("14-3-2014 < RT 165 617 words", "text"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sniff_format(text: str, expected: str) -> None:
    assert sniff_format(text) == expected


def test_no_duplicate_cases() -> None:
    assert len({t for t, _ in CASES}) == len(CASES)


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not beside the repository")
@pytest.mark.parametrize("corpus", ["readability", "l3s-gn1"])
def test_every_corpus_page_and_dump_is_told_apart(corpus: str) -> None:
    wrong = []
    for path in sorted((CORPORA / corpus).glob("*.*")):
        if path.suffix not in (".txt", ".html"):
            continue
        try:
            text, _encoding = decode(path.read_bytes())
        except ValueError:
            continue  # an empty dump: nothing to sniff
        expected = "html" if path.suffix == ".html" else "text"
        if sniff_format(text) != expected:
            wrong.append(path.name)
    assert wrong == []
