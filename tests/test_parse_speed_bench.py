"""bench/parse_speed.py: the seed-sized band of a corpus folder, and its figures."""

from __future__ import annotations

import io
import sys
from contextlib import redirect_stdout
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import parse_speed

ARTICLE = (
    "Harbour ferries return after storm\n\n"
    + "The harbour reopened on Monday after a week of storms, and the first ferries left at dawn. " * 3
    + "\n"
)


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "small.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "seed_sized.txt").write_text(ARTICLE * 12, encoding="utf-8")
    (corpus / "large.txt").write_text(ARTICLE * 40, encoding="utf-8")
    (corpus / "seed_sized.html").write_text("<p>" + ARTICLE * 12, encoding="utf-8")
    return corpus


def test_band_takes_the_text_dumps_of_the_size_given(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    assert 3000 <= (corpus / "seed_sized.txt").stat().st_size <= 4500
    assert [p.name for p in parse_speed.band(corpus, 3000, 4500)] == ["seed_sized.txt"]
    assert [p.name for p in parse_speed.band(corpus, 0, 10**6)] == [
        "large.txt", "seed_sized.txt", "small.txt",
    ]


def test_corpus_figures_and_verdict(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    for target, code, verdict in ((1, 0, "meets"), (10**9, 1, "MISSES")):
        out = io.StringIO()
        with redirect_stdout(out):
            got = parse_speed.main(
                ["--corpus", str(corpus), "--seconds", "0.01", "--target", str(target)]
            )
        assert got == code
        line = out.getvalue().strip()
        assert line.startswith("corpus: 1 dumps of 3,000–4,500 bytes: median ")
        assert "dumps/s per core, overall " in line and f"{verdict} the target" in line


def test_an_empty_band_misses(tmp_path: Path) -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        got = parse_speed.main(["--corpus", str(_corpus(tmp_path)), "--min-bytes", "10000000"])
    assert got == 1
    assert "no .txt dumps of" in out.getvalue()
