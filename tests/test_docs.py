"""The README keeps up with the code: every command, the set-up commands, the exit codes."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from newsclip import cli as cli_module
from newsclip.cli import cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert re.search(rf"^newsclip {re.escape(command)}\b", README, re.M), (
        f"README.md has no usage line for `newsclip {command}`"
    )


def test_the_readme_test_command_is_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pip install '.[test]' && python -m pytest" in README
    assert "python -m pip install --quiet '.[test]' && python -m pytest" in ci


def test_the_readme_fixture_exists() -> None:
    for path in re.findall(r"newsclip parse (fixtures/\S+)", README):
        assert (ROOT / path).is_file(), path


def test_the_regeneration_command_exists() -> None:
    scripts = set(re.findall(r"^python (tests/\S+\.py)", README, re.M))
    assert scripts == {"tests/regen_goldens.py"}
    assert all((ROOT / script).is_file() for script in scripts)


def test_exit_codes_are_documented() -> None:
    table = README.split("## Exit codes", 1)[1]
    for name in ("EXIT_OK", "EXIT_FAILED", "EXIT_USAGE", "EXIT_TIMEOUT", "EXIT_INTERRUPTED",
                 "EXIT_TERMINATED"):
        assert re.search(rf"^\| {getattr(cli_module, name)} \|", table, re.M), name
