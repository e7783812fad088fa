"""Regenerate the golden files in ``fixtures/`` from the current parser.

    python tests/regen_goldens.py            # rewrite every case.json and case.md
    python tests/regen_goldens.py --check    # only report which would change

It first writes the byte-exact inputs of ``tests/encoded_fixtures.py``, then
runs ``newsclip parse fixtures/<case>.txt`` (through click's CliRunner, from
the repository root, so ``source.path`` is ``fixtures/<case>.txt`` on every
machine) once per output format.  ``test_golden.py`` makes its outputs with
the same ``golden_outputs``, so the two cannot drift apart.  Read every
changed file before committing it: a golden file is read by a person.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
#: output format → the suffix of its golden file
FORMATS = {"json": ".json", "md": ".md"}


def cases() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt"))


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
    for case in cases():
        for suffix, text in golden_outputs(case).items():
            path = case.with_suffix(suffix)
            data = text.encode("utf-8")
            if path.exists() and path.read_bytes() == data:
                continue
            changed.append(path.relative_to(ROOT).as_posix())
            if not check:
                path.write_bytes(data)
    verb = "would change" if check else "changed"
    for name in changed:
        print(f"{verb}: {name}")
    print(f"{len(cases())} cases, {len(changed)} files {verb}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
