"""bench/scoring.py (the corpora's metric) and bench/accuracy.py.

The scorer is the project's own; it must agree with the reference scorer of
../shared/tools/score.py, which is checked when that file is there.
"""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, SHARED

BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))
import scoring

REFERENCE = SHARED / "tools" / "score.py"


def _reference():
    if not REFERENCE.exists():
        pytest.skip("../shared/tools/score.py is not here")
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_split_is_fixed_by_the_id() -> None:
    assert scoring.split_of("0001") == scoring.split_of("0001")
    ids = [f"{i:04d}" for i in range(2000)]
    tune = sum(scoring.split_of(d) == "tune" for d in ids)
    assert 0.65 < tune / len(ids) < 0.75
    assert {scoring.split_of(d) for d in ids} == {"tune", "validation"}


# truth, prediction, (tp, fp, fn) in shingles
MATCHES = [
    ("one two three four five", "one two three four five", (2, 0, 0)),
    ("one two three four five", "", (0, 0, 2)),
    ("", "one two three four", (0, 1, 0)),
    ("one two three four five", "one two three four six", (1, 1, 1)),
    ("One two three four", "one two three four", (0, 1, 1)),  # case is kept
    ("one, two; three! four?", "one two three four", (1, 0, 0)),  # punctuation is not
    ("a b", "a b", (1, 0, 0)),  # shorter than a shingle: one shingle
    ("x y z w x y z w", "x y z w", (1, 0, 4)),  # repeated shingles count as many
]


@pytest.mark.parametrize("truth, pred, expected", MATCHES)
def test_match(truth, pred, expected) -> None:
    m = scoring.match(truth, pred)
    assert (m.tp, m.fp, m.fn) == expected


def test_scores_are_averaged_per_document() -> None:
    long = " ".join(f"w{i}" for i in range(400))
    matches = [scoring.match(long, long), scoring.match("a b c d e", "")]
    body = scoring.body_score(matches)
    # the empty prediction gives no precision, and recall 0 for its document
    assert body.precision == 1.0
    assert body.recall == 0.5
    assert body.f1 == pytest.approx(2 / 3)
    assert body.documents == 2


@pytest.mark.parametrize(
    "truth, pred, same",
    [
        ("The Headline", "the  headline", True),
        ("“Quoted” headline", "Quoted” headline", True),
        ("Headline | Site", "Headline", False),
        ("Headline", None, False),
    ],
)
def test_title(truth, pred, same) -> None:
    assert scoring.title_matches(truth, pred) is same


def test_date() -> None:
    assert scoring.date_matches("2019-01-03T07:00:02.000Z", "2019-01-03T02:00:00-05:00")
    assert not scoring.date_matches("2019-01-03", None)
    assert not scoring.date_matches("2019-01-03", "2019-01-04")


@pytest.mark.parametrize(
    "truth, text, present",
    [
        ("The Headline", "Menu\n  the  HEADLINE \nBody", True),
        ("“The Headline”", "The Headline", True),
        ("The Headline", "The Headline and more", False),
        ("Headline | Site", "Headline", False),
    ],
)
def test_title_in_text(truth, text, present) -> None:
    assert scoring.title_in_text(truth, text) is present


@pytest.mark.parametrize(
    "text, present",
    [
        ("Published March 4th, 2019 at 5 pm", True),
        ("Mon 4 Mar 2019 02.00 EST", True),
        ("AFP 4 mars 2019 à 07:19", True),
        ("2019-03-04T10:00", True),
        ("4/3/2019", True),
        ("03.04.19", True),
        ("March 14, 2019", False),
        ("April 4, 2019", False),
        ("2019-04-03", False),
        ("March 4", False),
        ("4 March\n2019", False),
    ],
)
def test_date_in_text(text, present) -> None:
    assert scoring.date_in_text("2019-03-04T07:00:00Z", text) is present


WORDS = st.lists(st.sampled_from(["the", "a", "harbour", "ship", "port", "crane", "strike", "x", "y"]), max_size=30)


@settings(max_examples=200, deadline=None)
@given(WORDS, WORDS)
def test_match_agrees_with_the_reference(truth, pred) -> None:
    ref = _reference()
    t, p = " ".join(truth), " ".join(pred)
    m = scoring.match(t, p)
    total = m.tp + m.fp + m.fn
    expected = ref.match(t, p)
    if total == 0:
        assert expected == (1.0, 0.0, 0.0)
    else:
        assert (m.tp / total, m.fp / total, m.fn / total) == pytest.approx(expected)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(WORDS, WORDS), min_size=1, max_size=6))
def test_body_score_agrees_with_the_reference(pairs) -> None:
    ref = _reference()
    texts = [(" ".join(t), " ".join(p)) for t, p in pairs]
    ours = scoring.body_score(scoring.match(t, p) for t, p in texts)
    assert (ours.precision, ours.recall, ours.f1) == pytest.approx(ref.body_scores(texts))


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = (ROOT / "fixtures" / "general" / "day_first_dateline.txt").read_bytes()
    (corpus / "good.txt").write_bytes(article)
    (corpus / "empty.txt").write_bytes(b"")  # a parse failure: an empty prediction
    truth = {
        "good": {
            "title": "Rail strike ends after nine days as drivers accept new rota",
            "published": "2019-01-03T07:00:00Z",
            "body": "The strike, the longest on the network in two decades, ended on Thursday",
        },
        "empty": {"title": "Nothing", "body": "Some words of the article that is not there"},
        "missing": {"body": "A file the folder does not hold"},
    }
    (corpus / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return corpus


def test_accuracy_bench_on_a_small_corpus(tmp_path: Path) -> None:
    import accuracy

    out = io.StringIO()
    with redirect_stdout(out):
        assert accuracy.main([str(_corpus(tmp_path)), "--show", "3"]) == 0
    text = out.getvalue()
    # one document found, two empty predictions: precision 1 over one document,
    # recall averaged over three
    good = scoring.match(
        "The strike, the longest on the network in two decades, ended on Thursday",
        __import__("newsclip").parse_file(tmp_path / "corpus" / "good.txt").text,
    )
    recall = good.recall / 3
    assert f"recall {recall:.3f}" in text
    assert "title exact 0.500 of 2" in text
    assert "date  exact 1.000 of 1" in text
    assert "parse failures 2" in text
    assert "failed empty: EmptyInputError" in text and "failed missing: missing file" in text
    # only tune documents are listed: validation pages are never shown one by one
    tune = [d for d in ("good", "empty", "missing") if scoring.split_of(d) == "tune"]
    assert text.count("  worst ") == len(tune)
    assert "-- tune split" in text and "-- validation split" in text


def test_accuracy_bench_agrees_with_the_reference_scorer(tmp_path: Path) -> None:
    ref = _reference()
    import accuracy

    import newsclip

    corpus = _corpus(tmp_path)
    preds = tmp_path / "preds"
    preds.mkdir()
    for name in ("good", "empty"):
        try:
            record = newsclip.parse_file(corpus / f"{name}.txt").to_dict()
        except newsclip.NewsclipError:
            continue
        (preds / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")
    theirs, ours = io.StringIO(), io.StringIO()
    with redirect_stdout(theirs):
        ref.main(["score.py", str(corpus / "truth.json"), str(preds)])
    with redirect_stdout(ours):
        accuracy.main([str(corpus)])
    lines: dict[str, str] = {}
    for ln in ours.getvalue().splitlines():  # the first of each: all documents, before the parts
        lines.setdefault(ln.split()[0], ln)
    for line in theirs.getvalue().splitlines():
        if line.startswith("body"):
            assert line in lines["body"]
        elif line.startswith(("title", "date")):
            # ours goes on with the ceiling of a text dump after a semicolon
            assert lines[line.split()[0]].split(";")[0] == line
