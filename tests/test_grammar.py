"""The grammars build as LALR without conflicts, and the line grammar accepts any line sequence."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lark import Lark, logger

from fyplan.grammars import grammar_dir

LINES = ["一、稳增长", "(一)创新", "1.任务", "(1)子任务", "牵头单位:市发改委", "正文一行", "2023年3月1日"]


@pytest.mark.parametrize("name", ["notice", "duty", "query"])
def test_no_conflicts(name: str, caplog: pytest.LogCaptureFixture) -> None:
    # Lark resolves a shift/reduce conflict silently unless debug logging is on: turn it on and look.
    logger.setLevel(logging.DEBUG)
    try:
        with caplog.at_level(logging.DEBUG, logger="lark"):
            Lark.open(str(grammar_dir() / f"{name}.lark"), parser="lalr", lexer="basic", debug=True)
    finally:
        logger.setLevel(logging.WARNING)
    assert not [r for r in caplog.records if "conflict" in r.getMessage().lower()]


@given(st.lists(st.sampled_from(LINES), max_size=30))
def test_any_line_sequence_parses(lines: list[str]) -> None:
    parser = Lark.open(str(grammar_dir() / "notice.lark"), parser="lalr", lexer="basic", cache=True)
    tree = parser.parse("\n".join(lines))
    assert tree.data == "start"
