"""Query algebra laws, checked on generated queries against the bundled example."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import fyplan
from fyplan.model import Notice
from fyplan.query import And, Node, Not, Or, QueryError, Term, parse_query
from fyplan.query import query as run_query

EXAMPLE: Notice = fyplan.example()

NAMES = ["李红", "王玉峰", "市政府常务副市长", "市财政局", "市商务局", "人行阜阳中心支行", "阜阳海关", "颍东区"]
WORDS = ["棚户区", "增长", "园区", "建设", "农村", "a b", "and", "x'y", 'x"y']
safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\"'\\/"), min_size=1, max_size=6
)


def terms() -> st.SearchStrategy[Node]:
    name_terms = st.builds(
        Term, st.sampled_from(["leader", "lead", "coop", "unit"]), st.sampled_from([":", "="]), st.sampled_from(NAMES)
    )
    text_terms = st.builds(Term, st.just("text"), st.just(":"), st.sampled_from(WORDS) | safe_text)
    sections = st.builds(Term, st.just("section"), st.just(":"), st.sampled_from(["1", "二", "三", "工业", "10"]))
    ids = st.builds(Term, st.just("id"), st.just(":"), st.sampled_from(["7", "12", "12.*", "16.9", "4*"]))
    quantities = st.sampled_from(["10%", "15%", "100亿元", "70家", "5个工作日", "8.5"])
    targets = st.builds(
        Term,
        st.just("target"),
        st.sampled_from([">=", "<=", ">", "<", "!=", "="]),
        quantities,
        st.sampled_from(["", "增长"]),
    )
    regexes = st.builds(Term, st.just("text"), st.just("~"), st.sampled_from(["棚户区|棚改", "^加快", "增长\\d+%"]))
    return st.one_of(name_terms, text_terms, sections, ids, targets, regexes)


queries: st.SearchStrategy[Node] = st.recursive(
    terms(),
    lambda inner: st.one_of(st.builds(Not, inner), st.builds(And, inner, inner), st.builds(Or, inner, inner)),
    max_leaves=8,
)


def ids(node: Node) -> set[str]:
    return set(run_query(EXAMPLE, node).ids())


@given(queries)
def test_str_round_trips(node: Node) -> None:
    assert parse_query(str(node)) == node


@settings(max_examples=60, deadline=None)
@given(queries)
def test_double_negation(node: Node) -> None:
    assert ids(Not(Not(node))) == ids(node)


@settings(max_examples=60, deadline=None)
@given(queries, queries)
def test_de_morgan(a: Node, b: Node) -> None:
    assert ids(Not(And(a, b))) == ids(Or(Not(a), Not(b)))
    assert ids(Not(Or(a, b))) == ids(And(Not(a), Not(b)))


@settings(max_examples=60, deadline=None)
@given(queries, queries)
def test_and_narrows_or_widens(a: Node, b: Node) -> None:
    assert ids(And(a, b)) <= ids(a)
    assert ids(a) <= ids(Or(a, b))
    assert ids(a) | ids(Not(a)) == {i.id for i in EXAMPLE.items()}


@given(st.text(max_size=40))
def test_any_string_parses_or_raises_query_error(text: str) -> None:
    try:
        node = parse_query(text)
    except QueryError as exc:
        assert exc.message
    else:
        assert isinstance(node, Node)
