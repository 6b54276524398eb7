"""The query AST: attrs nodes shared by the query language and the Python builder.

``str(node)`` prints a canonical query that parses back to an equal node.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

Op = Literal[":", "=", "~", ">=", "<=", ">", "<", "!="]
COMPARISONS = (">=", "<=", ">", "<", "!=")
# Comparison text → Op, for the parser and the builder ("=" compares on target only).
COMPARE_OPS: dict[str, Op] = {">=": ">=", "<=": "<=", ">": ">", "<": "<", "!=": "!=", "=": "="}

# Canonical field names and their aliases (English and Chinese).
FIELDS: dict[str, str] = {
    "leader": "leader",
    "leaders": "leader",
    "领导": "leader",
    "lead": "lead",
    "牵头": "lead",
    "coop": "coop",
    "cooperating": "coop",
    "协同": "coop",
    "unit": "unit",
    "units": "unit",
    "单位": "unit",
    "section": "section",
    "部分": "section",
    "id": "id",
    "编号": "id",
    "text": "text",
    "内容": "text",
    "target": "target",
    "targets": "target",
    "指标": "target",
    "deadline": "deadline",
    "时限": "deadline",
    "has": "has",
    "source": "source",
    "来源": "source",
}
HAS_VALUES = ("target", "deadline", "leader", "lead", "coop", "unit")
_PLAIN = re.compile(r"[^\s:=<>!()\"'/\-（）：][^\s:=<>!()\"']*")
_KEYWORDS = {"and", "or", "not", "且", "或", "非"}


class Node:
    """Common operators: ``a & b``, ``a | b``, ``~a``."""

    __slots__ = ()

    def __and__(self, other: Node) -> And:
        return And(self, other)

    def __or__(self, other: Node) -> Or:
        return Or(self, other)

    def __invert__(self) -> Not:
        return Not(self)


def quote(value: str) -> str:
    """A value as the query language writes it: bare when it can be, else in double quotes
    with ``\\`` and ``"`` escaped (so any value prints as a query that reads back the same)."""
    if _PLAIN.fullmatch(value) and value.lower() not in _KEYWORDS:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def unquote(token: str) -> str:
    """The value of a quoted string as written in a query: ``"a\\"b"`` → ``a"b``."""
    return _ESCAPED.sub(r"\1", token[1:-1])


def regex_text(pattern: str) -> str:
    """A regular expression as the query language writes it: ``/a\\/b/``."""
    return "/" + _SLASH.sub(r"\/", pattern) + "/"


_ESCAPED = re.compile(r"\\(.)")
_SLASH = re.compile(r"(?<!\\)/")
_VALUE_FIELDS = frozenset(FIELDS.values())


@attrs.frozen
class Term(Node):
    """``field op value``; for ``target:增长>=10%`` the words 增长 are in ``words``.

    A Term checks itself, so one built in Python is held to the same rules as one parsed.
    """

    field: str
    op: Op
    value: str
    words: str = ""

    def __attrs_post_init__(self) -> None:
        from fyplan.query.errors import QueryError
        from fyplan.query.quantity import parse_quantity

        if self.field not in _VALUE_FIELDS:
            raise QueryError(f"unknown field “{self.field}”")
        if self.op == "~":
            # One spelling for a slash, so a printed query reads back equal.
            object.__setattr__(self, "value", self.value.replace("\\/", "/"))
            _check_regex(self.value)
        compares = self.op in COMPARISONS or (self.op == "=" and self.field == "target")
        if self.op in COMPARISONS and self.field != "target":
            raise QueryError(f"only target compares with {self.op}: try target{self.op}{self.value}")
        if compares and parse_quantity(self.value) is None:
            raise QueryError(
                f"“{self.value}” is not a quantity: write a number with its unit, such as 10%, 70家 or 100亿元"
            )
        if self.words and not compares:
            raise QueryError("only target takes words before a comparison: target:增长>=10%")
        if self.field == "has" and self.value not in HAS_VALUES:
            raise QueryError(f"has: takes one of {', '.join(HAS_VALUES)}, not “{self.value}”")

    def __str__(self) -> str:
        value = regex_text(self.value) if self.op == "~" else quote(self.value)
        if self.words:
            return f"{self.field}:{quote(self.words)}{self.op}{value}"
        if self.field == "text" and self.op == ":":
            return value
        op = ":" if self.op == "~" else self.op
        return f"{self.field}{op}{value}"


def _check_regex(pattern: str) -> None:
    import regex

    from fyplan.query.errors import QueryError

    try:
        regex.compile(pattern)
    except regex.error as exc:
        raise QueryError(f"bad regular expression /{pattern}/: {exc}") from None


@attrs.frozen
class Not(Node):
    node: Node

    def __str__(self) -> str:
        inner = str(self.node)
        return f"not ({inner})" if isinstance(self.node, And | Or) else f"not {inner}"


@attrs.frozen
class And(Node):
    left: Node
    right: Node

    def __str__(self) -> str:
        left = f"({self.left})" if isinstance(self.left, Or) else str(self.left)
        right = f"({self.right})" if isinstance(self.right, And | Or) else str(self.right)
        return f"{left} and {right}"


@attrs.frozen
class Or(Node):
    left: Node
    right: Node

    def __str__(self) -> str:
        right = f"({self.right})" if isinstance(self.right, Or) else str(self.right)
        return f"{self.left} or {right}"
