"""Every rule of the HTML reader's tables on its own example, and every rule name
the readers' code can give registered in a table.

A rule's example is what the rule must catch: a line for the line and end rules
(matched alone), otherwise markup read as a page through ``newsclip.explain``,
which must show a row with the rule's name and label.  The second half reads
the readers' code: a name it sets that no table lists fails here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from conftest import FIXTURES

import newsclip
from newsclip.exports import rules as export_rules
from newsclip.html import rules as html_rules
from newsclip.html.fields import AUTHOR_KEYS, DATE_KEYS, MODIFIED_KEYS
from newsclip.text import rules as text_rules

PROSE = (
    "The ferry crossed the bay twice that morning, carrying cars, cyclists and the post, "
    "while the harbour master watched the weather turn from the pier."
)
STORY = f"<p>{PROSE}</p>" * 3


def page(rule: html_rules.Rule) -> str:
    """The example as a page: a whole page, a page's <head> (field rules), a page's
    body holding "{story}", or else a block between two paragraphs of a story."""
    example = rule.example.replace("{story}", STORY)
    if example.startswith("<html"):
        return example
    if rule.kind == "field":
        return f"<html><head>{example}</head><body><article>{STORY}</article></body></html>"
    if "{story}" in rule.example:
        return f"<html><body>{example}</body></html>"
    return f"<html><body><article><p>{PROSE}</p>{example}{STORY}</article></body></html>"


def _id(rule: html_rules.Rule) -> str:
    return f"{rule.kind}:{rule.name}:{rule.matches.split()[0][:12]}"


@pytest.mark.parametrize("rule", html_rules.LINE_RULES, ids=_id)
def test_line_rule_catches_its_example(rule: html_rules.Rule) -> None:
    assert re.fullmatch(rule.matches, rule.example, re.I)
    assert html_rules.chrome_line(rule.example) == rule.name  # no rule before it takes it


@pytest.mark.parametrize("rule", html_rules.END_RULES, ids=_id)
def test_end_rule_catches_its_example(rule: html_rules.Rule) -> None:
    assert re.fullmatch(rule.matches, rule.example, re.I)
    assert html_rules.end_marker(rule.example) == rule.name


PAGE_KINDS = [r for r in html_rules.RULES if r.kind not in ("line", "end")]


@pytest.mark.parametrize("rule", PAGE_KINDS, ids=_id)
def test_rule_catches_its_example_in_a_page(rule: html_rules.Rule) -> None:
    rows = newsclip.explain(page(rule), input_format="html")
    named = [(r.label, r.rule) for r in rows if r.rule == rule.name]
    if rule.shown:
        assert (rule.label, rule.name) in named, [(r.label, r.rule, r.text[:30]) for r in rows]
    else:
        assert not named  # dropped without a row (the text a reader never sees)


def test_every_table_entry_is_well_formed() -> None:
    kinds = {"tag", "role", "class", "line", "end", "page", "field"}
    labels = {"chrome", "title", "header", "caption", "body", "embed"}
    for rule in html_rules.RULES:
        assert rule.kind in kinds and rule.label in labels and rule.example, rule
    seen = [(r.kind, r.name, r.matches) for r in html_rules.RULES]
    assert len(seen) == len(set(seen))
    # an element's tag or role names one rule
    for kind in ("tag", "role"):
        words = [w for r in html_rules.ELEMENT_RULES if r.kind == kind for w in r.matches.split()]
        assert len(words) == len(set(words))


# --- the names the readers' code gives -------------------------------------------------

SRC = Path(newsclip.__file__).parent
#: families of names the code writes as f-strings: the prefix, and every name it makes
FAMILIES = {
    "after-": {f"after-{r.name}" for r in html_rules.END_RULES} | {"after-comment-signature"},
    "article-": {f"article-{k}" for k in ("paragraph", "heading", "list-item", "quote", "pre")},
    "embed-": {"embed-tweet", "embed-post"},
    "dateline-": {f"dateline-{k}" for k in ("published", "updated", "date")},
    "meta-": {f"date:meta-{k}" for k in DATE_KEYS} | {f"byline:meta-{k}" for k in AUTHOR_KEYS}
    | {f"modified:meta-{k}" for k in MODIFIED_KEYS},
}
#: calls that take a rule's name, and where: Provenance(line, label, RULE, text),
#: meta.found(FIELD, RULE, …), the title stage's _Pick(value, RULE, …), the dates'
#: _DateSource(value, RULE, …) and Stated(value, raw, source, RULE), the export
#: reader's _set(lines, block, label, RULE), …
RULE_ARGUMENT = {"Provenance": 2, "found": 1, "_Pick": 1, "accept": 1, "_DateSource": 1,
                 "Stated": 3, "drop": 1, "as_chrome": 0, "as_caption": 0, "_set": 3}
#: attributes and variables that hold a rule's name
RULE_HOLDERS = {"rule", "chrome", "_caption", "ended", "marker", "meta_rule", "LEARNED"}
#: functions whose string results are rule names
RULE_FUNCTIONS = re.compile(r"_rule$|^(chrome_line|end_marker|meta_line|class_rule|match)$")
#: ... and those that return (rule, text): byline() and _byline()
RULE_PAIRS = re.compile(r"^_?byline$")


def _given(node: ast.AST, prefix: str = "") -> list[str]:
    """The names an expression gives: its string constants, its f-strings' families."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
        return [prefix + node.value]
    if isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant):
        return [prefix + node.values[0].value + "{}"]
    if isinstance(node, ast.IfExp):
        return _given(node.body, prefix) + _given(node.orelse, prefix)
    if isinstance(node, ast.BoolOp):
        return [n for v in node.values for n in _given(v, prefix)]
    return []


def names_set_in(path: Path) -> list[tuple[int, str]]:
    """The rule names ``path``'s code gives, with their lines."""
    found: list[tuple[int, str]] = []

    def add(node: ast.AST, prefix: str = "") -> None:
        found.extend((node.lineno, n) for n in _given(node, prefix))

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            fn = node.func
            called = fn.id if isinstance(fn, ast.Name) else getattr(fn, "attr", "")
            at = RULE_ARGUMENT.get(called)
            if at is not None and len(node.args) > at:
                field = node.args[0] if called == "found" else None
                prefix = f"{field.value}:" if isinstance(field, ast.Constant) else ""
                add(node.args[at], prefix)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                pairs = (
                    zip(target.elts, node.value.elts)
                    if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple)
                    else [(target, node.value)]
                )
                for t, v in pairs:
                    held = t.attr if isinstance(t, ast.Attribute) else getattr(t, "id", "")
                    if held in RULE_HOLDERS:
                        add(v)
        elif isinstance(node, ast.FunctionDef) and (
            RULE_FUNCTIONS.search(node.name) or RULE_PAIRS.match(node.name)
        ):
            for r in ast.walk(node):
                if isinstance(r, ast.Return) and r.value is not None:
                    value = r.value
                    if RULE_PAIRS.match(node.name) and isinstance(value, ast.Tuple):
                        value = value.elts[0]
                    add(value)
    return found


#: the fields the HTML metadata stage names its sources by ("date:meta-article:…")
FIELDS = ("title", "date", "modified", "byline", "outlet", "url", "description", "section", "tags")


def _registered(name: str, table: frozenset[str]) -> bool:
    """Whether a name is in ``table`` (a metadata rule under one of the fields)."""
    if name.endswith("{}"):
        family = FAMILIES.get(name[:-2].split(":")[-1])
        return family is not None and family <= table
    return name in table or any(f"{field}:{name}" in table for field in FIELDS)


TEXT_NAMES = text_rules.registered()
READERS = [
    *((p, html_rules.NAMES) for p in sorted((SRC / "html").glob("*.py"))),
    *((p, TEXT_NAMES) for p in sorted((SRC / "text").rglob("*.py"))),
    *((p, export_rules.NAMES) for p in sorted((SRC / "exports").glob("*.py"))),
]


@pytest.mark.parametrize(("path", "table"), READERS, ids=lambda x: getattr(x, "name", ""))
def test_every_name_the_code_gives_is_in_a_table(path: Path, table: frozenset[str]) -> None:
    unknown = [(n, name) for n, name in names_set_in(path) if not _registered(name, table)]
    assert not unknown, f"register these rule names in a table: {unknown}"


def test_the_scan_finds_names() -> None:
    found = {name for p, _t in READERS for _n, name in names_set_in(p)}
    assert {"hidden", "link-text", "json-ld-headline", "itemprop-date", "after-{}",
            "archive-body", "byline-field", "dateline-{}", "comment-signature", "link-list",
            "teaser", "figure", "caption-element", "repeated-across-batch",
            "export-counter", "export-headline", "export-date"} <= found
    assert not _registered("made-up-rule", html_rules.NAMES)


def _fixtures() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize("path", _fixtures(), ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_every_name_given_to_a_fixture_is_in_a_table(path: Path) -> None:
    rows = newsclip.explain(path.read_bytes())
    html = path.suffix == ".html" or rows and ":" in rows[0].rule
    export = any(r.rule.startswith("export-") for r in rows)
    table = html_rules.NAMES if html else export_rules.NAMES if export else TEXT_NAMES
    assert {r.rule for r in rows if r.rule} <= table
