"""Every fixture (fixtures/*.txt, fixtures/general/*.txt, fixtures/html/*.html)
against its golden JSON and Markdown, the one runner for all of them.

Regenerate with ``python tests/regen_goldens.py`` and read each changed file.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
import yaml
from conftest import FIXTURES, assert_valid
from encoded_fixtures import CASES as ENCODED
from regen_goldens import cases, golden_outputs

import newsclip
from newsclip.render.markdown import FRONT_MATTER_FIELDS

CASES = cases()


def _id(case) -> str:
    return case.relative_to(FIXTURES).as_posix()


def test_enough_cases() -> None:
    # A lost glob must not pass quietly: each folder keeps its cases.
    folders = Counter(case.parent.name for case in CASES)
    assert folders["fixtures"] >= 15 and folders["general"] >= 5 and folders["html"] >= 7


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_golden(case) -> None:
    outputs = golden_outputs(case)
    for suffix, produced in outputs.items():
        golden = case.with_suffix(suffix)
        assert golden.exists(), f"{golden.name} missing: run python tests/regen_goldens.py"
        assert produced == golden.read_text(encoding="utf-8"), (
            f"{golden.name} differs from the CLI's output"
        )


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_golden_json_is_valid_and_relative(case) -> None:
    record = json.loads(case.with_suffix(".json").read_text(encoding="utf-8"))
    assert_valid(record)
    path = f"fixtures/{_id(case)}"
    assert record["source"]["path"] == path
    # The golden is what the library makes of the same bytes, through the API too.
    api = newsclip.parse(case.read_bytes(), path=path).to_dict()
    assert api == record


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_markdown_front_matter_reads_back(case) -> None:
    record = json.loads(case.with_suffix(".json").read_text(encoding="utf-8"))
    md = case.with_suffix(".md").read_text(encoding="utf-8")
    assert md.startswith("---\n")
    front, _, body = md[4:].partition("\n---\n")
    meta = yaml.safe_load(front)
    assert set(meta) == {*FRONT_MATTER_FIELDS, "source"}
    for name in FRONT_MATTER_FIELDS:
        assert meta[name] == record[name], name
    assert meta["source"] == record["source"]
    if record["title"]:
        assert body.lstrip("\n").startswith("# ")


@pytest.mark.parametrize("case", ENCODED, ids=lambda c: c.name)
def test_encoded_inputs_hold_their_bytes(case) -> None:
    # An editor or a git setting that rewrites line endings or drops a BOM
    # would make these cases test nothing.
    assert (FIXTURES / f"{case.name}.txt").read_bytes() == case.to_bytes()


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("utf8_bom", "utf-8-sig"),
        ("utf16_bom", "utf-16-le"),
        ("cp1252_legacy", "cp1252"),
        ("crlf_endings", "utf-8"),
        ("cr_endings", "utf-8"),
        ("archive_basic", "utf-8"),
    ],
)
def test_encoding_is_detected(name: str, encoding: str) -> None:
    record = newsclip.parse((FIXTURES / f"{name}.txt").read_bytes())
    assert record.source.encoding == encoding
    assert not any("\r" in p or "\ufeff" in p for p in record.paragraphs)
