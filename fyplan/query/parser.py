"""Query text → AST: grammar/query.lark (LALR), then a non-recursive transform.

Errors become ``QueryError`` with the column and, where likely, a suggestion.
"""

from __future__ import annotations

import difflib
from functools import cache
from typing import Any

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken, VisitError
from lark.visitors import Transformer_NonRecursive

from fyplan.grammars import build
from fyplan.query.ast import COMPARE_OPS, FIELDS, And, Node, Not, Op, Or, Term, check_text, strip_invisible, unquote
from fyplan.query.errors import QueryError

MAX_DEPTH = 64
_FULL_WIDTH = str.maketrans("：（）＝＞＜！　", ":()=><! ")
_WHAT = {
    "WORD": "a word",
    "STRING": "a quoted value",
    "REGEX": "a /regular expression/",
    "_COLON": "“:”",
    "EQUALS": "“=”",
    "CMP": "a comparison (>=, <=, >, <, !=)",
    "_LPAR": "“(”",
    "_RPAR": "“)”",
    "_AND": "“and”",
    "_OR": "“or”",
    "_NOT": "“not”",
    "_MINUS": "“-”",
    "$END": "the end of the query",
}


@cache
def _parser() -> Lark:
    return build("query", lexer="contextual", propagate_positions=True)


def parse_query(query: str) -> Node:
    """Parse a query; raise ``QueryError`` with a column for anything it cannot read."""
    check_text(query, query)
    # Zero-width characters go, as the reader drops them from notices; columns count what is left.
    query = strip_invisible(query)
    text = query.translate(_FULL_WIDTH)
    if not text.strip():
        raise QueryError("the query is empty: try leader:李红, unit:市商务局 or target>=10%", query, 1)
    try:
        tree = _parser().parse(text)
    except UnexpectedInput as exc:
        raise _syntax_error(exc, query) from None
    _check_depth(tree, query)
    try:
        node: Node = _ToAst(query).transform(tree)
    except VisitError as exc:
        # Lark wraps what a callback raises; ours are QueryErrors already.
        if isinstance(exc.orig_exc, QueryError):
            raise exc.orig_exc from None
        raise
    return node


def _check_depth(tree: Tree[Token], query: str) -> None:
    """Deep nesting would overflow Python's stack when printed or run: refuse it here."""
    stack: list[tuple[Tree[Token] | Token, int]] = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            column = node.column if isinstance(node, Token) and node.column else 1
            raise QueryError(f"the query is nested more than {MAX_DEPTH} levels deep", query, column or 1)
        if isinstance(node, Tree):
            stack.extend((child, depth + 1) for child in node.children)


def _syntax_error(exc: UnexpectedInput, query: str) -> QueryError:
    column = getattr(exc, "column", 0) or len(query) + 1
    if isinstance(exc, UnexpectedCharacters):
        pos = exc.pos_in_stream or 0
        char = query[pos] if pos < len(query) else ""
        if char and char in "\"'":
            return QueryError(f"the quote at column {column} is not closed", query, column)
        if char == "/":
            why = 'starts a /regular expression/ that is not closed (quote a value that holds a slash: "a/b")'
            return QueryError(f"the “/” at column {column} {why}", query, column)
        return QueryError(f"unexpected “{char}” at column {column}", query, column)
    if isinstance(exc, UnexpectedEOF) or (isinstance(exc, UnexpectedToken) and exc.token.type == "$END"):
        expected = _expected(exc)
        return QueryError(f"the query ends too early: expected {expected}", query, len(query) + 1)
    if isinstance(exc, UnexpectedToken):
        token = exc.token
        expected = _expected(exc)
        return QueryError(f"unexpected “{token}” at column {column}: expected {expected}", query, column)
    return QueryError(f"cannot read the query at column {column}", query, column)


def _expected(exc: UnexpectedInput) -> str:
    expected: set[str] = set(getattr(exc, "expected", ()) or ())
    names = sorted(_WHAT.get(name, name) for name in expected)
    if not names:
        return "more"
    return ", ".join(names[:-1]) + (" or " if len(names) > 1 else "") + names[-1]


def suggest_field(name: str) -> str | None:
    match = difflib.get_close_matches(name.lower(), list(FIELDS), n=1, cutoff=0.6)
    return FIELDS[match[0]] if match else None


class _ToAst(Transformer_NonRecursive[Token, Node]):
    def __init__(self, query: str) -> None:
        super().__init__()
        self.query = query

    def _field(self, token: Token) -> str:
        name = FIELDS.get(str(token).lower())
        if name is None:
            hint = suggest_field(str(token))
            did_you_mean = f"; did you mean {hint}:?" if hint else ""
            known = "leader, lead, coop, unit, section, id, text, target, deadline, has, source"
            raise QueryError(f"unknown field “{token}”{did_you_mean} (fields: {known})", self.query, token.column or 1)
        return name

    def _value(self, tree: Tree[Token]) -> tuple[str, bool, Token]:
        token = tree.children[0]
        assert isinstance(token, Token)
        text = str(token)
        if token.type == "STRING":
            return unquote(text), False, token
        if token.type == "REGEX":
            return text[1:-1], True, token
        return text, False, token

    def _term(self, token: Token, field: str, op: Op, value: str, words: str = "") -> Term:
        """A Term checks itself; its complaint gets the column of the value that caused it."""
        try:
            return Term(field, op, value, words)
        except QueryError as exc:
            raise QueryError(exc.message, self.query, token.column or 1) from None

    def contains(self, children: list[Any]) -> Term:
        field = self._field(children[0])
        value, is_regex, token = self._value(children[1])
        return self._term(token, field, "~" if is_regex else ":", value)

    def exact(self, children: list[Any]) -> Term:
        field = self._field(children[0])
        value, is_regex, token = self._value(children[2])
        if is_regex:
            raise QueryError(
                "“=” takes a plain value; use “:” with a /regular expression/", self.query, token.column or 1
            )
        return self._term(token, field, "=", value)

    def compare(self, children: list[Any]) -> Term:
        field = self._field(children[0])
        op, value = children[1], children[2]
        return self._term(op if field != "target" else value, field, _op(str(op)), str(value))

    def target_compare(self, children: list[Any]) -> Term:
        field = self._field(children[0])
        words, is_regex, token = self._value(children[1])
        if is_regex:
            raise QueryError(
                "only target takes words before a comparison: target:增长>=10%", self.query, token.column or 1
            )
        op, value = children[2], children[3]
        return self._term(token if field != "target" else value, field, _op(str(op)), str(value), words)

    def bare(self, children: list[Any]) -> Term:
        value, is_regex, token = self._value(children[0])
        return self._term(token, "text", "~" if is_regex else ":", value)

    def negation(self, children: list[Any]) -> Not:
        return Not(children[0])

    def and_expr(self, children: list[Any]) -> Node:
        return And(*children)

    def or_expr(self, children: list[Any]) -> Node:
        return Or(*children)


def _op(text: str) -> Op:
    return COMPARE_OPS[text]
