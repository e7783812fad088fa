"""Every name a benchmark under ``bench/`` imports from newsclip exists.

The benchmarks need the bench extra (trafilatura) to run, so the suite cannot run
them; a module renamed inside newsclip would otherwise leave a benchmark broken
until someone next measures with it (``bench/determinism.py`` and
``bench/limits.py`` once imported ``newsclip.html._tree`` long after it became
``newsclip.html.tree``).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _newsclip_imports(path: Path) -> list[tuple[str, str | None]]:
    """(module, name) for every ``from newsclip… import name`` and ``import newsclip…``."""
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and (
            node.module == "newsclip" or node.module.startswith("newsclip.")
        ):
            found.extend((node.module, alias.name) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.extend(
                (alias.name, None) for alias in node.names
                if alias.name == "newsclip" or alias.name.startswith("newsclip.")
            )
    return found


@pytest.mark.parametrize("path", sorted(BENCH.glob("*.py")), ids=lambda p: p.name)
def test_a_benchmark_imports_only_what_newsclip_has(path: Path) -> None:
    missing = []
    for module, name in _newsclip_imports(path):
        try:
            loaded = importlib.import_module(module)
        except ImportError:
            missing.append(module)
            continue
        if name is not None and not hasattr(loaded, name):
            try:
                importlib.import_module(f"{module}.{name}")
            except ImportError:
                missing.append(f"{module}.{name}")
    assert not missing, f"{path.name} imports what newsclip does not have: {missing}"


def test_the_check_sees_a_renamed_module(tmp_path: Path) -> None:
    script = tmp_path / "old.py"
    script.write_text("from newsclip.html._tree import MAX_ELEMENTS\nimport newsclip\n")
    assert _newsclip_imports(script) == [("newsclip.html._tree", "MAX_ELEMENTS"), ("newsclip", None)]
