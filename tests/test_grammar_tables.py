"""The LALR tables checked in as ``fyplan/grammar_tables.py`` are those Lark builds from grammar/*.lark,
and the readers use them only while they are (issue 13: building the grammars was a third of a query's start)."""

from __future__ import annotations

from collections import deque
from typing import Any

import lark
import pytest
from lark import Lark

import fyplan
from fyplan import grammars
from fyplan.grammar_tables import TABLES


def _rule(rule: Any) -> tuple[Any, ...]:
    options = rule.options
    return (
        rule.origin.name,
        tuple(symbol.name for symbol in rule.expansion),
        rule.alias,
        rule.order,
        (options.keep_all_tokens, options.expand1, options.priority, tuple(options.empty_indices)),
    )


def canonical(parser: Lark) -> tuple[Any, ...]:
    """The parser as data that does not depend on how Lark happened to number its states: the states
    in the order a walk from the start state meets them (each state's moves in the order of their
    symbols' names), the rules and the terminals."""
    table = parser.parser.parser._parse_table
    (start,) = table.start_states.values()
    number = {start: 0}
    queue = deque([start])
    states: list[tuple[Any, ...]] = []
    while queue:
        state = queue.popleft()
        row: list[tuple[Any, ...]] = []
        for symbol, (action, arg) in sorted(table.states[state].items()):
            if action.name == "Shift":
                if arg not in number:
                    number[arg] = len(number)
                    queue.append(arg)
                row.append((symbol, "shift", number[arg]))
            else:
                row.append((symbol, "reduce", _rule(arg)))
        states.append(tuple(row))
    (end,) = table.end_states.values()
    terminals = sorted((t.name, t.pattern.value, tuple(t.pattern.flags), t.priority) for t in parser.terminals)
    rules = sorted(_rule(rule) for rule in parser.rules)
    lexer = (parser.lexer_conf.lexer_type, tuple(sorted(parser.lexer_conf.ignore)))
    return tuple(states), number.get(end), tuple(terminals), tuple(rules), lexer


@pytest.mark.parametrize("name", sorted(grammars.TABLE_OPTIONS))
def test_the_checked_in_tables_are_those_of_the_grammar(name: str) -> None:
    # If this fails after a change to grammar/*.lark: python -m fyplan.grammars
    assert TABLES[name]["sources"] == grammars.grammar_sources()
    assert TABLES[name]["lark"] == lark.__version__
    loaded = grammars.build(name, **grammars.TABLE_OPTIONS[name])
    assert loaded.source_path == "<deserialized>"  # from the tables, not built
    built = grammars._compile(name, **grammars.TABLE_OPTIONS[name])
    assert canonical(loaded) == canonical(built)


def test_the_canonical_form_tells_two_grammars_apart() -> None:
    # The comparison above can fail: a grammar where a group may also be a label is another parser.
    built = grammars._compile("duty")
    other = Lark(
        grammars.grammar_sources()["duty.lark"].replace(
            "group: NAMES | VERB_NAMES", "group: NAMES | VERB_NAMES | FIELD_LABEL"
        ),
        parser="lalr",
        import_paths=[str(grammars.grammar_dir())],
        start="start",
    )
    assert canonical(other) != canonical(built)


def test_changed_grammar_files_are_built_not_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = dict(grammars.grammar_sources())
    sources["duty.lark"] += "\n// edited\n"
    monkeypatch.setattr(grammars, "grammar_sources", lambda: sources)
    assert grammars.build("duty").source_path != "<deserialized>"


def test_other_options_are_built_not_loaded() -> None:
    # Tables hold the options they were generated with; a caller asking for another lexer gets a build.
    assert grammars.build("duty", lexer="basic").source_path != "<deserialized>"


def test_the_example_reads_alike_from_tables_and_from_a_built_grammar(monkeypatch: pytest.MonkeyPatch) -> None:
    from fyplan.read import grammar as notice_grammar

    from_tables = fyplan.example()
    monkeypatch.setattr(grammars, "_from_tables", lambda name, options: None)
    notice_grammar._parser.cache_clear()
    try:
        built = fyplan.example()
    finally:
        notice_grammar._parser.cache_clear()
    assert built == from_tables
