"""Shared test helpers: where things are, and the record checks every test uses."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, settings

import newsclip

# A shared, busy machine makes any example slow now and then: time is no verdict
# (no deadline, no "too slow" health check), for every property test.  The
# examples are the same on every run (derandomize, no example database): a
# suite that passed on main passes on a clean clone, and a case found by
# exploring is kept as an explicit @example.
settings.register_profile(
    "newsclip",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
    database=None,
)
settings.load_profile("newsclip")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
# CI clones the repository next to a copy of shared/, as on the dev machine
# (/work/main beside /work/shared).
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_f5a6158ac07aab0d.txt"

_VALIDATOR = jsonschema.Draft202012Validator(
    newsclip.SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def assert_valid(record: dict) -> None:
    """Fail with every schema error of ``record``, not only the first."""
    errors = sorted(_VALIDATOR.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the repository root, so fixture paths are relative as in the goldens."""
    monkeypatch.chdir(ROOT)
    return ROOT
