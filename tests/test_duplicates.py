"""Near-duplicates: the measure, the choice of the earlier record, and the batch's answer."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FIXTURES

import newsclip
from newsclip import duplicates
from newsclip.cli import cli
from newsclip.duplicates import Duplicates, mark, shingles, signature
from newsclip.record import RecordRef

# An invented wire story, and what outlets make of it.
WIRE = [
    "Rescue teams reached the last of the stranded villages in the Ardent valley on Thursday, "
    "four days after floods cut the only road, the regional authority said.",
    "Helicopters carried food, water and medicine to about 1,200 people in Ostry and Lemm, "
    "where the river rose more than three metres overnight on Sunday.",
    "Engineers expect to reopen the road by the end of next week. The authority has asked "
    "people not to travel to the valley until then.",
    "The floods followed the wettest autumn in the region since records began in 1911, "
    "according to the national weather service.",
]
OTHER = [
    "The city orchestra will play its first concert in the restored Corn Exchange next month, "
    "eleven years after a fire closed the hall.",
    "Tickets for the opening night sold out within an hour, and a second night has been added "
    "for the following Saturday.",
]


def record(paragraphs: list[str], path: str, index: int | None = None) -> newsclip.Record:
    base = newsclip.parse((FIXTURES / "archive_basic.txt").read_bytes(), path=path)
    return replace(base, paragraphs=tuple(paragraphs),
                   source=replace(base.source, index=index))


def test_shingles_ignore_case_and_punctuation() -> None:
    assert shingles("One, two; THREE four five six!") == [b"one two three four five",
                                                          b"two three four five six"]
    assert shingles("Too short.") == [b"too short"]
    assert shingles("— …") == []
    assert signature("") is None


def test_a_changed_comma_is_the_same_text() -> None:
    a = "\n\n".join(WIRE)
    assert signature(a) == signature(a.replace("said.", "said;").replace(", ", " "))


@pytest.mark.parametrize(
    ("copy", "lowest"),
    [
        (WIRE, 1.0),  # the same text
        ([WIRE[0].replace("Thursday", "Thursday morning"), *WIRE[1:]], 0.85),  # one edit
        (WIRE[:3], 0.7),  # the last paragraph trimmed
        (["ARDENT VALLEY (Wire) - " + WIRE[0], *WIRE[1:]], 0.9),  # a dateline added
    ],
)
def test_wire_copies_reach_the_default_threshold(copy: list[str], lowest: float) -> None:
    seen = Duplicates()
    assert seen.add(RecordRef("a.txt", None), signature("\n\n".join(WIRE))) is None
    found = seen.add(RecordRef("b.txt", None), signature("\n\n".join(copy)))
    assert found is not None and found[0] == RecordRef("a.txt", None)
    assert lowest <= found[1] <= 1.0


def test_another_story_is_no_duplicate() -> None:
    seen = Duplicates()
    seen.add(RecordRef("a.txt", None), signature("\n\n".join(WIRE)))
    assert seen.add(RecordRef("b.txt", None), signature("\n\n".join(OTHER))) is None


def test_the_earliest_earlier_record_is_named_and_copies_are_indexed_too() -> None:
    records = [record(OTHER, "0.txt"), record(WIRE, "x.txt", 1), record(WIRE, "x.txt", 2),
               record(WIRE, "y.txt")]
    marked = list(mark(records))
    assert [r.duplicate_of for r in marked] == [
        None, None, RecordRef("x.txt", 1), RecordRef("x.txt", 1)]
    assert [r.similarity for r in marked] == [None, None, 1.0, 1.0]
    assert marked[2].to_dict()["duplicate_of"] == {"path": "x.txt", "index": 1}


def test_the_threshold_is_checked() -> None:
    for bad in (0, -0.1, 1.5):
        with pytest.raises(ValueError, match="threshold"):
            Duplicates(bad)


def test_a_signature_is_the_same_in_another_process() -> None:
    # (Python's own str hash is salted per process: the signature must not use it)
    text = "\n\n".join(WIRE)
    code = ("import sys; from newsclip.duplicates import signature; "
            "sys.stdout.write(signature(sys.stdin.read()).hex())")
    other = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True,
                           text=True, check=True).stdout
    assert other == signature(text).hex()
    assert len(signature(text)) == duplicates.NUM_PERM * 4


def _story(seed: int) -> list[str]:
    """Four paragraphs of invented words, different for each seed."""
    rng = random.Random(seed)
    words = [w.strip(",.").lower() for p in WIRE + OTHER for w in p.split()]
    return [" ".join(rng.choice(words) for _ in range(30)).capitalize() + "." for _ in range(4)]


def _batch(tmp_path: Path, n: int = 40) -> Path:
    """n dumps, every fifth a copy of the one before it with a word changed."""
    src = tmp_path / "in"
    src.mkdir()
    base = (FIXTURES / "archive_basic.txt").read_text(encoding="utf-8").split("\n")
    head = base[: base.index("") + 3]  # the picker, the headline, the metadata line
    for i in range(n):
        story = _story(i - 1 if i % 5 == 4 else i)
        if i % 5 == 4:
            story[1] = "Indeed " + story[1]
        (src / f"d{i:03}.txt").write_text("\n".join(head) + "\n\n" + "\n\n".join(story) + "\n",
                                          encoding="utf-8")
    return src


def test_the_same_answer_whatever_the_number_of_workers(tmp_path: Path) -> None:
    src = _batch(tmp_path)
    outs = []
    for jobs in ("1", "2"):
        result = CliRunner().invoke(cli, ["parse", str(src), "--duplicates", "-j", jobs,
                                          "--no-learn"])
        assert result.exit_code == 0, result.stderr
        outs.append(result.stdout)
    assert outs[0] == outs[1]
    records = [json.loads(line) for line in outs[0].splitlines()]
    marked = [(Path(r["source"]["path"]).name, r["duplicate_of"]) for r in records
              if r["duplicate_of"]]
    assert len(marked) == 8
    assert marked[0] == ("d004.txt", {"path": str(src / "d003.txt"), "index": None})


def test_drop_duplicates_writes_the_others_only(tmp_path: Path) -> None:
    src = _batch(tmp_path, 10)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["parse", str(src), "-o", str(out), "--drop-duplicates"])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.json")) == [
        f"d{i:03}.json" for i in range(10) if i % 5 != 4]
    assert "(8 records, 2 near-copies dropped)" in result.stderr
    same = CliRunner().invoke(cli, ["parse", str(src), "--duplicate-threshold", "0.99"])
    assert all(json.loads(line)["duplicate_of"] is None for line in same.stdout.splitlines())
