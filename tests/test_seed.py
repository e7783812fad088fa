"""The one real dump of the archive layout, when ../shared is beside the repository.

Expected paragraphs are computed from the seed file itself (the non-blank
lines between the photo credit and "Print", minus the tweet), never pasted
into the project.
"""

from __future__ import annotations

import pytest
from conftest import SEED, assert_valid

import newsclip
from newsclip.text import rules

pytestmark = pytest.mark.skipif(
    not SEED.is_file(), reason=f"the seed dump {SEED} is not here (../shared is absent)"
)

CAPTION = "Photo from twitter.com user @mfa_russia"
SIGNATURE_START = "— Department of State (@StateDept)"


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def record() -> newsclip.Record:
    return newsclip.parse_file(SEED)


def _tweet_lines(lines: list[str]) -> set[str]:
    """The signature line and the non-blank line above it (the tweet's text)."""
    sig = next(i for i, line in enumerate(lines) if line.startswith(SIGNATURE_START))
    above = next(i for i in range(sig - 1, 0, -1) if lines[i])
    return {lines[sig], lines[above]}


def test_metadata(record: newsclip.Record) -> None:
    assert record.title == (
        "\u2018Useful, but no breakthrough\u2019: Russia, US stalled after Ukraine crisis talks"
    )
    assert record.published.isoformat() == "2014-03-14"
    assert record.outlet == "RT"
    assert record.stated_word_count == 617
    assert record.header == ("14-3-2014 < RT 165 617 words",)
    assert record.captions == (CAPTION,)
    assert record.byline is None
    assert record.source.encoding == "utf-8"


def test_one_tweet(record: newsclip.Record, seed_lines: list[str]) -> None:
    assert len(record.embeds) == 1
    tweet = record.embeds[0]
    assert tweet.kind == "tweet"
    assert tweet.handle == "StateDept"
    assert tweet.author == "Department of State"
    assert tweet.date.isoformat() == "2014-03-14"
    assert len(tweet.links) == 1 and tweet.links[0].startswith("pic.twitter.com/")
    assert tweet.links[0] in tweet.text
    assert {tweet.text, tweet.signature} == _tweet_lines(seed_lines)
    # It stands where it stood: after the paragraph above it in the dump.
    assert record.paragraphs[tweet.position - 1] in seed_lines[
        : seed_lines.index(tweet.text)
    ]


def test_every_body_paragraph_in_order(record: newsclip.Record, seed_lines: list[str]) -> None:
    start = seed_lines.index(CAPTION) + 1
    end = len(seed_lines) - seed_lines[::-1].index("Print") - 1
    tweet = _tweet_lines(seed_lines)
    expected = [line for line in seed_lines[start:end] if line and line not in tweet]
    assert len(expected) > 20
    assert list(record.paragraphs) == expected


def test_no_chrome_in_text(record: newsclip.Record, seed_lines: list[str]) -> None:
    text_lines = [line for line in record.text.split("\n") if line]
    for line in text_lines:
        for zone in ("top", "any", "caption"):
            assert rules.match(line, zone) is None, (zone, line)
    for chrome in ("Select date", "May 2024", "Mon Tue Wed Thu Fri Sat Sun", "Print", CAPTION):
        assert chrome in seed_lines
        assert chrome not in text_lines
    assert record.title not in record.text


def test_every_line_is_accounted_for(record: newsclip.Record, seed_lines: list[str]) -> None:
    removed = {(r.line, r.text) for r in record.removed}
    assert {r.rule for r in record.removed} <= set(rules.names())
    assert (len(seed_lines), "Print") in removed
    kept = [record.title, *record.header, *record.captions, *record.paragraphs]
    kept += [line for e in record.embeds for line in (*e.text.split("\n"), e.signature)]
    accounted = sorted(kept + [r.text for r in record.removed])
    assert accounted == sorted(line for line in seed_lines if line)


def test_schema_and_renderings(record: newsclip.Record) -> None:
    data = record.to_dict()
    assert_valid(data)
    assert data["published"] == "2014-03-14"
    assert data["embeds"][0]["date"] == "2014-03-14"
    assert abs(data["word_count"] - 617) < 617 // 4
