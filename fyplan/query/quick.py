"""``parse_query``, the query text → AST, with one quick way for the commonest query.

A query of one term, ``field:word`` (``leader:李红``, ``unit:市财政局``, what is typed most), is read here
by one regular expression; every other query goes to the grammar (``fyplan.query.parser``, Lark), whose
import alone was a fifth of the start of ``fyplan query`` on a cached notice (~20 ms, issue 13). Both
readings give the same node or the same error with the same column: tests hold them equal, and
``fyplan.fastpaths.plain()`` turns this way off.
"""

from __future__ import annotations

import re

from fyplan import fastpaths
from fyplan.query import fields
from fyplan.query.ast import FULL_WIDTH, Node, Term, check_text, strip_invisible
from fyplan.query.errors import QueryError

# The grammar's WORD (grammar/query.lark), a colon and another WORD, spaces around them: the grammar reads
# that text as one ``contains`` term and nothing else (a WORD holds no space, operator, bracket or quote).
_WORD = r"[^\s:=<>!()\"'/\-][^\s:=<>!()\"']*"
_ONE_TERM = re.compile(rf"\s*({_WORD})\s*:\s*({_WORD})\s*")
# A field named like a connective is the grammar's to read: ``not :x`` starts with its NOT (and a typo).
_CONNECTIVE = re.compile(r"and|&&|并且|且|和|及|or|\|\||或者|或|not|非", re.IGNORECASE)


def parse_query(query: str) -> Node:
    """Parse a query; raise ``QueryError`` with a column for anything it cannot read."""
    if fastpaths.ENABLED:
        check_text(query, query)
        stripped = strip_invisible(query)
        text = stripped.translate(FULL_WIDTH)
        one = _ONE_TERM.fullmatch(text)
        if one is not None and not _CONNECTIVE.fullmatch(one.group(1)):
            return _one_term(stripped, text, one)
    from fyplan.query.parser import parse_query as parse_with_grammar

    return parse_with_grammar(query)


def _one_term(query: str, text: str, one: re.Match[str]) -> Term:
    """What the grammar's ``contains`` makes of ``field:word``, its complaints at the same columns."""
    name, value = one.group(1), one.group(2)
    field = fields.lookup(name)
    if field is None:
        message = f"unknown field “{name}”{fields.did_you_mean(name)} (fields: {fields.field_list()})"
        raise QueryError(message, query, _column(text, one.start(1)))
    try:
        return Term(field.name, ":", value)
    except QueryError as exc:
        raise QueryError(exc.message, query, _column(text, one.start(2))) from None


def _column(text: str, at: int) -> int:
    """Lark's column of a token at ``at``: counted from the start of its line, from 1."""
    return at - text.rfind("\n", 0, at)
