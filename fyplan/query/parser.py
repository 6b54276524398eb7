"""Query text → AST: grammar/query.lark (LALR), then a non-recursive transform.

Errors become ``QueryError`` with the column and, where likely, a suggestion.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken, VisitError
from lark.visitors import Transformer_NonRecursive

from fyplan.grammars import build
from fyplan.query import fields
from fyplan.query.ast import COMPARE_OPS, And, Node, Not, Op, Or, Term, check_text, strip_invisible, unquote
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
    "MEASURE": "a unit such as %",
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


class _ToAst(Transformer_NonRecursive[Token, Node]):
    def __init__(self, query: str) -> None:
        super().__init__()
        self.query = query

    def _field(self, token: Token) -> str:
        field = fields.lookup(str(token))
        if field is None:
            did_you_mean = fields.did_you_mean(str(token))
            message = f"unknown field “{token}”{did_you_mean} (fields: {fields.field_list()})"
            raise QueryError(message, self.query, token.column or 1)
        return field.name

    def _value(self, tree: Tree[Token]) -> tuple[str, bool, Token]:
        token = tree.children[0]
        assert isinstance(token, Token)
        text = str(token)
        if token.type == "STRING":
            return unquote(text), False, token
        if token.type == "REGEX":
            return text[1:-1], True, token
        return text, False, token

    def _term(self, token: Token, field: str, op: Op, value: str, words: str = "", bare: bool = False) -> Term:
        """A Term checks itself; its complaint gets the column of the value that caused it."""
        try:
            return Term(field, op, value, words, bare)
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

    def exact_measured(self, children: list[Any]) -> Node:
        """``target=10 %``: the unit written apart joins its number; after any other field
        (``leader=李红 %``) it is a word of its own, as it would be after any other term."""
        field = self._field(children[0])
        if fields.get(field).equals_compares:
            return self._term(children[2], field, "=", _measured(children[2], children[3:]))
        word = children[3]
        return And(
            self._term(children[2], field, "=", str(children[2])), self._term(word, "text", ":", word, bare=True)
        )

    def compare(self, children: list[Any]) -> Term:
        field = self._field(children[0])
        op, value = children[1], _measured(children[2], children[3:])
        return self._term(op if not _compares(field) else children[2], field, _op(str(op)), value)

    def target_compare(self, children: list[Any]) -> Term:
        field = self._field(children[0])
        words, is_regex, token = self._value(children[1])
        if is_regex:
            raise QueryError(
                "only target takes words before a comparison: target:增长>=10%", self.query, token.column or 1
            )
        op, value = children[2], _measured(children[3], children[4:])
        return self._term(token if not _compares(field) else children[3], field, _op(str(op)), value, words)

    def bare(self, children: list[Any]) -> Term:
        """A word with no field: text, which running it may read as a unit or leader (names.py)."""
        token = children[0]
        return self._term(token, "text", ":", str(token), bare=True)

    def quoted(self, children: list[Any]) -> Term:
        """A quoted value with no field is always the words as written."""
        token = children[0]
        return self._term(token, "text", ":", unquote(str(token)))

    def bare_regex(self, children: list[Any]) -> Term:
        token = children[0]
        return self._term(token, "text", "~", str(token)[1:-1])

    def negation(self, children: list[Any]) -> Not:
        return Not(children[0])

    def and_expr(self, children: list[Any]) -> Node:
        return And(*children)

    def or_expr(self, children: list[Any]) -> Node:
        return Or(*children)


def _op(text: str) -> Op:
    return COMPARE_OPS[text]


def _compares(field: str) -> bool:
    """Whether ``field`` takes >= and the like (a complaint is then about the value, not the operator)."""
    return fields.get(field).compared is not None


def _measured(number: Token, measure: list[Any]) -> str:
    """A comparison's value with the unit written apart joined to it: 10 and % → 10%."""
    return str(number) + "".join(str(m) for m in measure if m is not None)
