"""The query language and its Python builder: one AST for both.

>>> from fyplan.query import leader, target, parse_query
>>> parse_query("leader:李红 and target>=10%") == leader("李红") & target(">=", 10, "%")
True
"""

from __future__ import annotations

import sys
import types
from collections.abc import Sequence

from fyplan.model import Notice
from fyplan.query.ast import COMPARE_OPS, And, Node, Not, Op, Or, Term
from fyplan.query.errors import QueryError
from fyplan.query.quick import parse_query
from fyplan.query.results import Match, Results, run


def _term(field: str, value: str, exact: bool, regex: bool) -> Term:
    if exact and regex:
        raise QueryError("a value is either exact or a regular expression, not both")
    op: Op = "=" if exact else "~" if regex else ":"
    return Term(field, op, value)


def leader(name: str, *, exact: bool = False, regex: bool = False) -> Term:
    """Items a leader answers for: ``leader("李红")``."""
    return _term("leader", name, exact, regex)


def lead(name: str, *, exact: bool = False, regex: bool = False) -> Term:
    """Items a unit leads: ``lead("市财政局")``."""
    return _term("lead", name, exact, regex)


def coop(name: str, *, exact: bool = False, regex: bool = False) -> Term:
    """Items a unit cooperates on."""
    return _term("coop", name, exact, regex)


def unit(name: str, *, exact: bool = False, regex: bool = False) -> Term:
    """Items a unit leads or cooperates on."""
    return _term("unit", name, exact, regex)


def section(value: int | str) -> Term:
    """A section by ordinal (2), Chinese numeral (二) or words of its title."""
    return Term("section", ":", str(value))


def item_id(value: str) -> Term:
    """``item_id("12")``, ``item_id("12.3")``, ``item_id("12.*")``."""
    return Term("id", ":", value)


def text(words: str, *, regex: bool = False) -> Term:
    return _term("text", words, False, regex)


def deadline(words: str) -> Term:
    return Term("deadline", ":", words)


def has(what: str) -> Term:
    """``has("target")``, ``has("deadline")``."""
    return Term("has", ":", what)


def source(name: str) -> Term:
    return Term("source", ":", name)


def target(op_or_words: str, value: float | str | None = None, unit: str = "", *, words: str = "") -> Term:
    """``target(">=", 10, "%")`` or ``target(">=", "10%")``, ``target("棚户区")``, ``target(">", 100, "亿元", words="投资")``."""
    if value is None:
        if words:
            raise QueryError('words go with a comparison: target(">=", 10, "%", words="增长")')
        return Term("target", ":", op_or_words)
    if op_or_words not in COMPARE_OPS:
        raise QueryError(f"“{op_or_words}” is not a comparison: use >=, <=, >, <, != or =")
    number = value if isinstance(value, str) else f"{value:g}"
    return Term("target", COMPARE_OPS[op_or_words], f"{number}{unit}", words)


def query(notices: Notice | Sequence[Notice], q: str | Node) -> Results:
    """Run a query (text or AST) over one notice or several."""
    node = parse_query(q) if isinstance(q, str) else q
    return run(node, [notices] if isinstance(notices, Notice) else list(notices))


__all__ = [
    "And",
    "Match",
    "Node",
    "Not",
    "Or",
    "QueryError",
    "Results",
    "Term",
    "coop",
    "deadline",
    "has",
    "item_id",
    "lead",
    "leader",
    "parse_query",
    "query",
    "section",
    "source",
    "target",
    "text",
    "unit",
]


class _CallableModule(types.ModuleType):
    """``fyplan.query`` is both this package and the function ``query``: once the package is imported,
    Python sets it as the attribute ``query`` of ``fyplan``, hiding the facade's function. Calling the
    package runs the function, so ``fyplan.query(notice, "leader:李红")`` works either way."""

    def __call__(self, notices: Notice | Sequence[Notice], q: str | Node) -> Results:
        return query(notices, q)


sys.modules[__name__].__class__ = _CallableModule
