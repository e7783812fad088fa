"""The package's face: ``newsclip.__all__`` is the API and the README documents it;
every module names its interface in ``__all__``; the tests use only those names.

A test that reaches past a module's ``__all__`` ties the module's inside to the
test: a stage could not be cut or renamed without rewriting tests that say
nothing about what it does.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest
from conftest import ROOT

import newsclip

SRC = Path(newsclip.__file__).parent
TESTS = Path(__file__).parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

#: modules that are scripts, not interfaces: importing ``python -m newsclip``'s
#: module runs the command line
NOT_YET_MODULES = {"newsclip.__main__"}
#: tests that check a private shortcut against the full computation it stands for
#: (text/bylines' and datelines' prefilters, the general reader's and the HTML reader's):
#: they must name both
NOT_YET_TESTS = {"test_shortcuts.py", "test_shortcuts_text.py", "test_html_shortcuts.py"}
#: names a test may use although no __all__ names them
ALLOWED = {
    # the seam where a test makes one input reach the safety valve (no real page can
    # be made to take 60 s of CPU time in a test)
    "newsclip.batch._work.iter_parts",
}


def _modules() -> list[str]:
    names = []
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


MODULES = _modules()


def test_the_api_is_documented() -> None:
    library = README.split("## Library use", 1)[1].split("\n## ", 1)[0]
    # the first column of the table: `parse(…)`, `Record`, `Embed`, `Source`, …
    firsts = [row.split("|")[1] for row in library.splitlines() if row.startswith("| `")]
    documented = {name for cell in firsts for name in re.findall(r"`([A-Za-z_]+)", cell)}
    assert documented == set(newsclip.__all__)


@pytest.mark.parametrize("name", [m for m in MODULES if m not in NOT_YET_MODULES])
def test_every_module_names_its_interface(name: str) -> None:
    module = importlib.import_module(name)
    assert hasattr(module, "__all__"), f"{name} has no __all__"
    for public in module.__all__:
        assert not public.startswith("_") or public == "__version__", public
        assert hasattr(module, public), f"{name}.__all__ names {public}, which it lacks"


def _interface(module_name: str) -> set[str] | None:
    module = importlib.import_module(module_name)
    return set(getattr(module, "__all__", ())) | {
        n for n in dir(module) if _is_module(f"{module_name}.{n}")
    }


def _is_module(name: str) -> bool:
    return name in MODULES


def names_used(path: Path) -> list[tuple[int, str]]:
    """The names of the package a test file takes from its modules: imported, or read
    as attributes of a module it imported."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bound: dict[str, str] = {}  # local name -> module
    used: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("newsclip"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if _is_module(full):
                    bound[alias.asname or alias.name] = full
                else:
                    used.append((node.lineno, full))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("newsclip"):
                    bound[alias.asname or alias.name.split(".")[0]] = (
                        alias.name if alias.asname else "newsclip"
                    )
    for node in ast.walk(tree):
        chain = []
        while isinstance(node, ast.Attribute):
            chain.append(node.attr)
            node = node.value
        if isinstance(node, ast.Name) and node.id in bound and chain:
            module = bound[node.id]
            for attr in reversed(chain):  # newsclip.text.rules.RULES: walk down the modules
                if _is_module(f"{module}.{attr}"):
                    module = f"{module}.{attr}"
                    continue
                used.append((getattr(node, "lineno", 0), f"{module}.{attr}"))
                break
    return used


def _outside(name: str) -> bool:
    module, _, attr = name.rpartition(".")
    if name in ALLOWED or attr.startswith("__") or module in NOT_YET_MODULES:
        return name not in ALLOWED and module in NOT_YET_MODULES and attr.startswith("_")
    return attr not in (_interface(module) or set())


@pytest.mark.parametrize(
    "path",
    [p for p in sorted(TESTS.glob("*.py")) if p.name not in NOT_YET_TESTS],
    ids=lambda p: p.name,
)
def test_tests_use_the_interfaces(path: Path) -> None:
    outside = sorted({f"line {n}: {name}" for n, name in names_used(path) if _outside(name)})
    assert not outside, f"not in the API nor in its module's __all__: {outside}"


def test_the_check_sees_a_private_name() -> None:
    assert _outside("newsclip.html.reading._Blocks")
    assert _outside("newsclip.text.bylines._NAME")
    assert not _outside("newsclip.parse") and not _outside("newsclip.html.rules.RULES")


#: the most lines a source file and a function may have: past these a reader
#: cannot hold a module or a stage in mind (issue: "restructure the readers")
MAX_FILE_LINES = 600
MAX_FUNCTION_LINES = 100


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_modules_and_functions_stay_readable(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= MAX_FILE_LINES, f"{path.name}: over {MAX_FILE_LINES} lines"
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"{path.name}: functions over {MAX_FUNCTION_LINES} lines: {long}"
