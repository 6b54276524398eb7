"""A query of one ``field:word`` term is read without the grammar (fyplan/query/quick.py, issue 13): it must
give what the grammar gives, the same node or the same complaint at the same column."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fyplan import fastpaths
from fyplan.query import QueryError, parse_query
from fyplan.query.ast import Node, Term
from fyplan.query.fields import ALIASES

Outcome = tuple[str, object]


def outcome(query: str) -> Outcome:
    try:
        node: Node = parse_query(query)
    except QueryError as exc:
        return ("error", (exc.message, exc.query, exc.column, str(exc)))
    return ("node", (node, str(node)))


def both_ways(query: str) -> tuple[Outcome, Outcome]:
    quick = outcome(query)
    with fastpaths.plain():
        plain = outcome(query)
    return quick, plain


NAMES = [*sorted(ALIASES), "leaderx", "单位名", "not", "and", "和", "非", "x"]
PIECES = ["李红", "市财政局", "10%", "2019", "-", "/", '"', "'", "=", ">=", "(", ")", "a", "和", "or", "%", "\u200b"]
SPACES = ["", " ", "  ", "\u3000", "\t", "\n"]


@st.composite
def one_term_like(draw: st.DrawFn) -> str:
    """Mostly field:word with spaces, full-width colons and invisible characters; now and then something
    the quick reading must leave to the grammar (a second term, an operator, a quote)."""
    name = draw(st.sampled_from(NAMES))
    value = "".join(draw(st.lists(st.sampled_from(PIECES), min_size=0, max_size=3)))
    colon = draw(st.sampled_from([":", "：", " : ", " :", "\u3000：", "=", ">"]))
    around = [draw(st.sampled_from(SPACES)) for _ in range(2)]
    return around[0] + name + colon + value + around[1]


@given(one_term_like())
def test_one_term_reads_as_the_grammar_reads_it(query: str) -> None:
    quick, plain = both_ways(query)
    assert quick == plain


@given(st.text(alphabet=":：李红市局 leader单位=>()\"'/-%\u200b\n", max_size=12))
def test_any_short_text_reads_as_the_grammar_reads_it(query: str) -> None:
    quick, plain = both_ways(query)
    assert quick == plain


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("leader:李红", Term("leader", ":", "李红")),
        ("  领导 ： 李红 ", Term("leader", ":", "李红")),
        ("unit:市财政局", Term("unit", ":", "市财政局")),
    ],
)
def test_one_term(query: str, expected: Term) -> None:
    assert parse_query(query) == expected


def test_an_unknown_field_is_pointed_at_as_the_grammar_does() -> None:
    quick, plain = both_ways("\n  leadr:李红")
    assert quick == plain
    with pytest.raises(QueryError) as raised:
        parse_query("\n  leadr:李红")
    assert "leadr" in raised.value.message and raised.value.column == 3  # line 2, column 3, as Lark counts


@pytest.mark.parametrize("query", ["not : 李红", "\u3000NOT :x", "\t非 : 李红 ", "not:李红", "and : x", "或 : x"])
def test_a_field_named_like_a_connective_is_read_by_the_grammar(query: str) -> None:
    # "not :" is the grammar's NOT and then a stray colon, not an unknown field "not".
    quick, plain = both_ways(query)
    assert quick == plain


def test_a_value_the_field_refuses_is_pointed_at_as_the_grammar_does() -> None:
    quick, plain = both_ways("year:abc")
    assert quick == plain and quick[0] == "error"


def test_the_full_width_table_is_the_grammars() -> None:
    from fyplan.query import parser
    from fyplan.query.ast import FULL_WIDTH

    assert FULL_WIDTH == parser._FULL_WIDTH
