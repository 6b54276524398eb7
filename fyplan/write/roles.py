"""The role column of a per-unit output: when a query asks about one body (``unit:市商务局``,
``lead:市商务局 section:2``), each record says whether that body leads (牵头) or cooperates (协同)
on the item, matched the way the query matched it (spellings, aliases)."""

from __future__ import annotations

from typing import Any

from fyplan.query.ast import And, Node, Not, Or, Term
from fyplan.query.evaluate import Context, aliases_of
from fyplan.query.match import term_matches
from fyplan.query.results import Results

UNIT_FIELDS = ("unit", "lead", "coop")
LEAD = "牵头"
COOPERATE = "协同"


def _unit_terms(node: Node) -> list[Term]:
    """The unit terms a match must or may satisfy; a negated term (-unit:…) names no body of the output."""
    if isinstance(node, Term):
        return [node] if node.field in UNIT_FIELDS else []
    if isinstance(node, Not):
        return []
    if isinstance(node, And | Or):
        return [t for child in node.nodes for t in _unit_terms(child)]
    return []


def asked_unit(node: Node | None) -> Term | None:
    """The one body the query asks about, as a ``unit`` term; None when it names none, or several."""
    if node is None:
        return None
    terms = _unit_terms(node)
    if not terms or len({(t.op, t.value) for t in terms}) != 1:
        return None
    return Term("unit", terms[0].op, terms[0].value)


def role(term: Term, ctx: Context) -> str:
    """牵头, 协同, or 牵头、协同 when a notice names the body in both lists of one item (FY005)."""
    found = [
        word
        for field, word in (("lead", LEAD), ("coop", COOPERATE))
        if term_matches(Term(field, term.op, term.value), ctx)
    ]
    return "、".join(found)


def with_roles(results: Results, rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], bool]:
    """``rows`` (one record per match) with a ``role`` key when the query asks about one body; and whether it did."""
    term = asked_unit(results.query)
    if term is None:
        return rows, False
    out = []
    for match, row in zip(results, rows, strict=True):
        ctx = Context(match.item, match.notice, aliases_of(match.notice))
        out.append({**row, "role": role(term, ctx)})
    return out, True
