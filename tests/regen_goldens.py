"""Regenerate the golden files beside every fixture from the current readers.

    python tests/regen_goldens.py            # rewrite every case.json and case.md
    python tests/regen_goldens.py --check    # only report which would change

A case is an input under ``fixtures/``: the archive-layout and encoding dumps
(``fixtures/*.txt``), the general reader's dumps (``fixtures/general/*.txt``)
and the saved pages (``fixtures/html/*.html``).  Beside each stand its golden
files, ``case.json`` and ``case.md``.  A news-database export
(``fixtures/exports/*.txt|.docx``) holds many records: its one golden file,
``case.json``, holds them all and the parts that gave none (``export_golden``).  This first writes the byte-exact inputs
of ``tests/encoded_fixtures.py``, then runs ``newsclip parse <case>`` (through
click's CliRunner, from the repository root, so ``source.path`` is the path
under ``fixtures/`` on every machine) once per output format.
``test_golden.py`` makes its outputs with the same ``golden_outputs``, so the
two cannot drift apart.  Read every changed file before committing it: a
golden file is read by a person.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
#: output format → the suffix of its golden file
FORMATS = {"json": ".json", "md": ".md"}
#: where the cases are, below fixtures/
INPUTS = ("*.txt", "general/*.txt", "html/*.html")
#: the news-database exports, below fixtures/ (the DOCX ones are written by
#: tests/make_export_docx.py)
EXPORT_INPUTS = ("exports/*.txt", "exports/*.docx")


def cases() -> list[Path]:
    """Every fixture that has golden files: its input."""
    return sorted(p for pattern in INPUTS for p in FIXTURES.glob(pattern))


def export_cases() -> list[Path]:
    """Every news-database export fixture: its input."""
    return sorted(p for pattern in EXPORT_INPUTS for p in FIXTURES.glob(pattern))


def export_golden(case: Path) -> dict:
    """What the library makes of one export: its records, and the parts that failed."""
    import newsclip
    from newsclip.api import iter_parts

    path = case.resolve().relative_to(ROOT).as_posix()
    records, failures = [], []
    for part in iter_parts(case.read_bytes(), path=path):
        if isinstance(part, newsclip.Record):
            records.append(part.to_dict())
        else:
            failures.append({"index": part.index, "count": part.count, "code": part.code,
                             "message": str(part)})
    return {"records": records, "failures": failures}


def render_export(data: dict) -> str:
    """An export's golden file: its ``export_golden`` as indented JSON."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _all_outputs() -> list[tuple[Path, str]]:
    """(golden file, what it should hold) for every case of every kind."""
    outputs = [
        (case.with_suffix(suffix), text)
        for case in cases()
        for suffix, text in golden_outputs(case).items()
    ]
    outputs += [(case.with_suffix(".json"), render_export(export_golden(case)))
                for case in export_cases()]
    return outputs


@contextmanager
def _in_root():
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(old)


def golden_outputs(case: Path) -> dict[str, str]:
    """``{".json": text, ".md": text}``: what the CLI writes for one fixture."""
    from newsclip.cli import cli

    relative = case.resolve().relative_to(ROOT).as_posix()
    outputs = {}
    with _in_root():
        for fmt, suffix in FORMATS.items():
            result = CliRunner().invoke(cli, ["parse", relative, "--format", fmt])
            if result.exit_code != 0:
                raise RuntimeError(
                    f"newsclip parse {relative} --format {fmt} exited {result.exit_code}: "
                    f"{result.stderr or result.exception!r}"
                )
            outputs[suffix] = result.stdout_bytes.decode("utf-8")
    return outputs


def main(argv: list[str]) -> int:
    check = "--check" in argv
    sys.path.insert(0, str(Path(__file__).parent))
    import encoded_fixtures

    if not check:
        encoded_fixtures.write(FIXTURES)
    changed = []
    with _in_root():
        outputs = _all_outputs()
    for path, text in outputs:
        data = text.encode("utf-8")
        if path.exists() and path.read_bytes() == data:
            continue
        changed.append(path.relative_to(ROOT).as_posix())
        if not check:
            path.write_bytes(data)
    verb = "would change" if check else "changed"
    for name in changed:
        print(f"{verb}: {name}")
    print(f"{len(cases()) + len(export_cases())} cases, {len(changed)} files {verb}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
