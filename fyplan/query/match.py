"""A query AST against one item: each term through its field's matcher (``fields.REGISTRY``)."""

from __future__ import annotations

from fyplan.query import fields
from fyplan.query.ast import And, Node, Not, Or, Term
from fyplan.query.errors import QueryError
from fyplan.query.evaluate import Context


def term_matches(term: Term, ctx: Context) -> bool:
    return fields.get(term.field).match(term, ctx)


def matches(node: Node, ctx: Context) -> bool:
    if isinstance(node, Term):
        return term_matches(node, ctx)
    if isinstance(node, Not):
        return not matches(node.node, ctx)
    if isinstance(node, And):
        return all(matches(child, ctx) for child in node.nodes)
    if isinstance(node, Or):
        return any(matches(child, ctx) for child in node.nodes)
    raise QueryError(f"not a query node: {node!r}")
