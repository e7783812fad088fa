"""The command line: options in, library calls, exit codes out.

This is the only module that imports click.  Exit codes (documented in the
README): 0 every input parsed; 1 at least one input failed; 2 usage error;
130 interrupted (Ctrl-C); 143 terminated (SIGTERM).
"""

from __future__ import annotations

import json
import os
import sys

import click

from . import __version__
from .api import explain as explain_lines
from .api import parse as parse_data
from .api import read_file
from .errors import NewsclipError
from .render import WRITERS, render

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

PARSE_EXAMPLES = """
\b
Examples:
  newsclip parse dump.txt                  # JSON record on stdout
  newsclip parse dump.txt --format md      # Markdown with YAML front matter
  newsclip parse page.html -o page.json    # write to a file
  cat dump.txt | newsclip parse -          # read stdin
"""


def _fail(name: str, message: str) -> None:
    click.echo(f"newsclip: {name}: {message}", err=True)


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return read_file(path)


def _display(path: str) -> str:
    return "<stdin>" if path == "-" else path


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsclip")
def cli() -> None:
    """Turn raw news-page dumps (copied text or saved HTML) into clean records."""


@cli.command(epilog=PARSE_EXAMPLES)
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--format", "fmt", type=click.Choice(sorted(WRITERS)), default="json", show_default=True,
    help="Output format.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not to stdout.")
@click.option(
    "--input-format", type=click.Choice(["text", "html"]), default=None,
    help="Read the input as this kind (default: sniffed from the content).",
)
@click.option(
    "--keep-html", is_flag=True,
    help="Markdown: keep raw HTML from the dump as it is (default: neutralised).",
)
def parse(path: str, fmt: str, output: str | None, input_format: str | None, keep_html: bool) -> None:
    """Parse one dump or saved page into a record."""
    name = _display(path)
    try:
        data = _read(path)
        record = parse_data(data, path=None if path == "-" else path, input_format=input_format)
    except NewsclipError as exc:
        _fail(name, str(exc))
        sys.exit(EXIT_FAILED)
    text = render(record.to_dict(), fmt, keep_html=keep_html)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        _write_atomic(output, text)
    except OSError as exc:
        _fail(output, exc.strerror or str(exc))
        sys.exit(EXIT_FAILED)


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--input-format", type=click.Choice(["text", "html"]), default=None)
def explain(path: str, input_format: str | None) -> None:
    """Show every input line with its label and the rule that gave it.

    \b
    Example:
      newsclip explain dump.txt | less
    """
    name = _display(path)
    try:
        rows = explain_lines(_read(path), path=name, input_format=input_format)
    except NewsclipError as exc:
        _fail(name, str(exc))
        sys.exit(EXIT_FAILED)
    for row in rows:
        where = "" if row.line is None else str(row.line)
        click.echo(f"{where:>5}  {row.label:<7}  {row.rule:<24}  {row.text}")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from .record import SCHEMA

    click.echo(json.dumps(SCHEMA, indent=2, ensure_ascii=False))


def _write_atomic(path: str, text: str) -> None:
    """Write to a temporary file beside ``path``, then rename it into place."""
    directory = os.path.dirname(os.path.abspath(path))
    tmp = os.path.join(directory, f".{os.path.basename(path)}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
