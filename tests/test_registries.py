"""The query fields and the lint rules are each one registry; the README's tables, the help texts,
the parser and the evaluator all follow it."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

import fyplan
from fyplan import checks
from fyplan.query import fields, parse_query
from fyplan.query import query as run_query
from fyplan.query.ast import Term
from fyplan.terminal.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _between(start: str, end: str) -> str:
    m = re.search(rf"<!-- {start}[^\n]*-->\n(.*?)<!-- {end} -->", README, re.DOTALL)
    assert m is not None, f"the README has no <!-- {start} … --> table"
    return m.group(1)


def test_readme_field_table_is_the_registry() -> None:
    assert _between("query fields", "end query fields") == fields.markdown_table()


def test_readme_rule_table_is_the_registry() -> None:
    assert _between("lint rules", "end lint rules") == checks.markdown_table()


def test_the_hidden_command_prints_the_tables() -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["tables", "fields"]).stdout == fields.markdown_table()
    assert runner.invoke(main, ["tables", "rules"]).stdout == checks.markdown_table()
    assert "tables" not in runner.invoke(main, ["--help"]).stdout


@pytest.mark.parametrize("field", fields.REGISTRY, ids=lambda f: f.name)
def test_every_name_of_a_field_parses_to_it(field: fields.Field) -> None:
    for name in (field.name, *field.aliases, field.name.upper()):
        node = parse_query(f"{name}:{field.example}")
        assert isinstance(node, Term) and node.field == field.name, name


def test_every_field_has_an_example_that_runs() -> None:
    example = fyplan.example()
    for field in fields.REGISTRY:
        run_query(example, f"{field.name}:{field.example}")  # no error: the matcher takes its own example


def test_a_new_field_is_one_registry_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A field added to the registry is parsed, run, and listed, with no other change."""
    heading = fields.Field(
        "heading",
        ("标题",),
        "words of the task heading",
        "教育",
        lambda term, ctx: term.value in (ctx.item.node.heading or ctx.item.task.text),
    )
    registry = (*fields.REGISTRY, heading)
    monkeypatch.setattr(fields, "REGISTRY", registry)
    monkeypatch.setattr(fields, "BY_NAME", {f.name: f for f in registry})
    monkeypatch.setattr(fields, "ALIASES", {**fields.ALIASES, "heading": "heading", "标题": "heading"})
    node = parse_query("标题:优先发展教育事业")
    assert node == Term("heading", ":", "优先发展教育事业")
    # Task 36 is 优先发展教育事业 with six sub-tasks.
    assert run_query(fyplan.example(), node).ids() == ["36.1", "36.2", "36.3", "36.4", "36.5", "36.6"]
    assert "heading:教育" in fields.markdown_table()


def test_lint_rules_give_their_code_and_severity() -> None:
    notice = fyplan.parse(
        "示例市人民政府关于2023年重点工作及责任分解的通知\n一、稳增长\n"
        "1.扩大有效投资。\n牵头单位:市财政局、市财政局\n"
        "3.优化营商环境。\n牵头单位:市商务局\n配合单位:市商务局\n"
    )
    found = {(f.code, f.severity) for f in checks.check(notice)}
    by_code = {rule.code: rule for rule in checks.RULES}
    # 1 names 市财政局 twice (FY004), 2 is missing before 3 (FY002), 3 names 市商务局 in both lists (FY005).
    assert {("FY002", "error"), ("FY004", "warning"), ("FY005", "warning")} <= found
    for code, severity in found:
        assert by_code[code].severity in (severity, None)
    assert all(attrs.has(type(rule)) for rule in checks.RULES)
    assert len(by_code) == len(checks.RULES)  # codes are unique
