"""The query AST: attrs nodes shared by the query language and the Python builder.

``str(node)`` prints a canonical query that parses back to an equal node.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

Op = Literal[":", "=", "~", ">=", "<=", ">", "<", "!="]
COMPARISONS = (">=", "<=", ">", "<", "!=")

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
    """A value as the query language writes it: bare when it can be, else quoted."""
    if _PLAIN.fullmatch(value) and value.lower() not in _KEYWORDS:
        return value
    return f"'{value}'" if '"' in value else f'"{value}"'


@attrs.frozen
class Term(Node):
    """``field op value``; for ``target:增长>=10%`` the words 增长 are in ``words``."""

    field: str
    op: Op
    value: str
    words: str = ""

    def __str__(self) -> str:
        value = f"/{self.value}/" if self.op == "~" else quote(self.value)
        if self.words:
            return f"{self.field}:{quote(self.words)}{self.op}{value}"
        if self.field == "text" and self.op == ":":
            return value
        op = ":" if self.op == "~" else self.op
        return f"{self.field}{op}{value}"


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
