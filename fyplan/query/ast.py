"""The query AST: attrs nodes shared by the query language and the Python builder.

``str(node)`` prints a canonical query that parses back to an equal node.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

import attrs

from fyplan.query import fields
from fyplan.query.quantity import COMPARISONS

Op = Literal[":", "=", "~", ">=", "<=", ">", "<", "!="]
# Comparison text → Op, for the parser and the builder ("=" compares on target only).
COMPARE_OPS: dict[str, Op] = {">=": ">=", "<=": "<=", ">": ">", "<": "<", "!=": "!=", "=": "="}

# Every name a field is written by → its canonical name; the fields live in one registry (fields.py).
FIELDS: dict[str, str] = fields.ALIASES
HAS_VALUES = fields.HAS_VALUES
# The reader deletes these from notices (reading.py); a query must not hold them either, or
# 李\u200b红 pasted from a web page would match nothing while looking like 李红.
INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"))
# Full-width ：（）＝＞＜！ and the ideographic space are made ASCII before a query is read (one character for
# one, so columns hold); the same table as fyplan.query.parser's (a test holds them equal), here for
# fyplan.query.quick, which must not import the grammar's module.
FULL_WIDTH = str.maketrans("：（）＝＞＜！　", ":()=><! ")
# A regular expression's size: its length, and its atoms multiplied by their bounded repeats
# ((?:(?:a{1000}){1000}){100} is 10^8 and took 11 GB to compile). a{1000} is 1000.
MAX_REGEX_LENGTH = 1000
MAX_REGEX_SIZE = 10_000
_SURROGATE = re.compile("[\ud800-\udfff]")
# (Full-width ：（）＝＞＜！ are read as their ASCII marks outside quotes (parser._FULL_WIDTH): a value holding one is
# quoted.)
_PLAIN = re.compile(r"[^\s:=<>!()\"'/\-（）：＝＞＜！][^\s:=<>!()\"'（）：＝＞＜！]*")
# Words the grammar reads as connectives when they stand alone (grammar/query.lark: _AND, _OR, _NOT).
_KEYWORDS = {"and", "or", "not", "且", "并且", "和", "及", "或", "或者", "非"}


class Node:
    """Common operators: ``a & b``, ``a | b``, ``~a``."""

    __slots__ = ()

    def __and__(self, other: Node) -> And:
        return And(self, other)

    def __or__(self, other: Node) -> Or:
        return Or(self, other)

    def __invert__(self) -> Not:
        return Not(self)


def strip_invisible(text: str) -> str:
    """``text`` without zero-width characters (as the reader reads notices)."""
    return text.translate(INVISIBLE)


def check_text(text: str, query: str = "") -> None:
    """Refuse text holding bytes that were not UTF-8 (``fyplan query $'\\xff'`` arrives as a lone surrogate,
    which nothing downstream can encode)."""
    from fyplan.query.errors import QueryError

    if bad := _SURROGATE.search(text):
        byte = ord(bad.group()) - 0xDC00 if 0xDC80 <= ord(bad.group()) <= 0xDCFF else None
        what = f" (byte 0x{byte:02X})" if byte is not None else ""
        # Shown with U+FFFD where the bytes were, so the caret lines up and the message can be printed.
        shown = _SURROGATE.sub("\ufffd", query)
        raise QueryError(
            f"the query holds bytes that are not UTF-8 text{what}: write it in UTF-8", shown, bad.start() + 1
        )


def _is_plain(value: str) -> bool:
    """Whether ``value`` reads back as one word, unquoted."""
    return bool(_PLAIN.fullmatch(value)) and value.lower() not in _KEYWORDS


def quote(value: str, always: bool = False) -> str:
    """A value as the query language writes it: bare when it can be (unless ``always``), else in
    double quotes with ``\\`` and ``"`` escaped (so any value prints as a query that reads back the same)."""
    if _is_plain(value) and not always:
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


@attrs.frozen
class Term(Node):
    """``field op value``; for ``target:增长>=10%`` the words 增长 are in ``words``.

    ``bare``: a word typed with no field (``市教育局``, not ``text:市教育局`` or ``"市教育局"``). It is
    a text term, but running it against notices reads it as a unit or leader when it names one
    (``names.read_names``). Only a plain ``text:`` value can be bare: a value that needs quotes is not.

    A Term checks itself, so one built in Python is held to the same rules as one parsed.
    """

    field: str
    op: Op
    value: str
    words: str = ""
    bare: bool = False

    def __attrs_post_init__(self) -> None:
        from fyplan.query.errors import QueryError

        spec = fields.get(self.field)
        check_text(self.value + self.words)
        object.__setattr__(self, "value", strip_invisible(self.value))
        object.__setattr__(self, "words", strip_invisible(self.words))
        if not self.value:
            # "" would match every item, while an empty query is refused: refuse both.
            raise QueryError(f"the value of {self.field} is empty: give a word, such as {self.field}:{spec.example}")
        if self.op == "~":
            # One spelling for a slash, so a printed query reads back equal.
            object.__setattr__(self, "value", self.value.replace("\\/", "/"))
            _check_regex(self.value)
        if spec.checked is not None and (problem := spec.checked(self.op, self.value)):
            raise QueryError(problem)
        compares = self.op in COMPARISONS or (self.op == "=" and spec.equals_compares)
        if self.op in COMPARISONS and spec.compared is None:
            raise QueryError(f"{_who_compares(self.op)}: try target{self.op}{self.value}")
        if compares and spec.compared is not None and (problem := spec.compared(self.op, self.value)):
            raise QueryError(problem)
        if self.words and (not compares or not spec.takes_words):
            raise QueryError("only target takes words before a comparison: target:增长>=10%")
        if spec.choices and self.value not in spec.choices:
            raise QueryError(f"{self.field}: takes one of {', '.join(spec.choices)}, not “{self.value}”")
        if self.bare and not (self.field == "text" and self.op == ":" and _is_plain(self.value)):
            # What cannot be typed bare is not bare: one AST for one printed query.
            object.__setattr__(self, "bare", False)

    def __str__(self) -> str:
        value = regex_text(self.value) if self.op == "~" else quote(self.value)
        if self.words:
            return f"{self.field}:{quote(self.words)}{self.op}{value}"
        if self.bare:
            return value
        if self.field == "text" and self.op == ":":
            # Quoted, since a bare word may be read as a name: "市教育局" is the words 市教育局.
            return quote(self.value, always=True)
        op = ":" if self.op == "~" else self.op
        return f"{self.field}{op}{value}"


def _who_compares(op: str) -> str:
    """“only target compares with >= (and deadline, with a date: deadline>=2024-06-30)”, from the registry."""
    comparing = [f for f in fields.REGISTRY if f.compared is not None]
    first, rest = comparing[0], comparing[1:]
    also = "".join(f" (and {f.name}: {f.name}{op}{f.compare_example})" for f in rest)
    return f"only {first.name} compares with {op}{also}"


def _check_regex(pattern: str) -> None:
    import regex

    from fyplan.query.errors import QueryError

    size = regex_size(pattern)
    if len(pattern) > MAX_REGEX_LENGTH or size > MAX_REGEX_SIZE:
        raise QueryError(
            f"the regular expression is too large ({len(pattern)} characters, size {size}; at most "
            f"{MAX_REGEX_LENGTH} characters and size {MAX_REGEX_SIZE}, a{{n}} counting n): simplify it"
        )
    try:
        regex.compile(pattern)
    except regex.error as exc:
        raise QueryError(f"bad regular expression /{pattern}/: {exc}") from None


_REPEAT = re.compile(r"\{(\d*)(?:,(\d*))?\}")


def regex_size(pattern: str) -> int:
    """How large a pattern compiles: each atom counts 1, times the bound of every ``{m,n}`` around it.

    Read without compiling (compiling is what takes the memory). It over-counts (a group's ``(?:``
    counts as atoms) and ignores ``*`` and ``+``, which compile small however much they match.
    """
    sizes = [0]  # the size of each open group, innermost last
    last = 0  # the size of the atom or group just read, which a quantifier repeats
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            last = 1
        elif ch == "[":
            i = _class_end(pattern, i)
            last = 1
        elif ch == "(":
            sizes.append(0)
            i += 1
            last = 0
            continue
        elif ch == ")" and len(sizes) > 1:
            last = sizes.pop()
            sizes[-1] += last
            i += 1
            continue
        elif ch == "{" and (m := _REPEAT.match(pattern, i)) and (m.group(1) or m.group(2)):
            bound = max(int(m.group(1) or 0), int(m.group(2) or 0), 1)
            sizes[-1] += last * (bound - 1)
            last *= bound
            i = m.end()
            continue
        else:
            i += 1
            last = 1
        sizes[-1] += 1
    return sum(sizes)


def _class_end(pattern: str, start: int) -> int:
    """The index after the ``]`` that closes the character class opened at ``start``."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


@attrs.frozen
class Not(Node):
    node: Node

    def __str__(self) -> str:
        inner = str(self.node)
        return f"not ({inner})" if isinstance(self.node, And | Or) else f"not {inner}"


def _flatten(kind: type[And | Or], nodes: Iterable[Node]) -> tuple[Node, ...]:
    """``a & b & c`` is one And of three, not And(And(a, b), c): a thousand terms stay one level deep."""
    out: list[Node] = []
    for node in nodes:
        out.extend(node.nodes if isinstance(node, kind) else (node,))
    return tuple(out)


class _Junction(Node):
    """What And and Or share: two or more ``nodes``, nested ones of the same kind flattened."""

    nodes: tuple[Node, ...]

    def _init(self, nodes: tuple[Node, ...]) -> None:
        flat = _flatten(type(self), nodes)  # type: ignore[arg-type]  # And or Or, never _Junction itself
        if len(flat) < 2:
            raise TypeError(f"{type(self).__name__} takes two or more nodes")
        self.__attrs_init__(flat)  # type: ignore[attr-defined]

    @property
    def left(self) -> Node:
        return self.nodes[0]

    @property
    def right(self) -> Node:
        return self.nodes[1] if len(self.nodes) == 2 else type(self)(*self.nodes[1:])


@attrs.frozen(init=False)
class And(_Junction):
    """All of ``nodes`` hold (two or more; nested Ands are flattened into one)."""

    nodes: tuple[Node, ...]

    def __init__(self, *nodes: Node) -> None:
        self._init(nodes)

    def __str__(self) -> str:
        return " and ".join(f"({node})" if isinstance(node, Or) else str(node) for node in self.nodes)


@attrs.frozen(init=False)
class Or(_Junction):
    """Any of ``nodes`` holds (two or more; nested Ors are flattened into one)."""

    nodes: tuple[Node, ...]

    def __init__(self, *nodes: Node) -> None:
        self._init(nodes)

    def __str__(self) -> str:
        return " or ".join(str(node) for node in self.nodes)


def terms(node: Node) -> list[Term]:
    """The terms of a query, in order (iteratively: a built query may be deep)."""
    out: list[Term] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, Term):
            out.append(current)
        elif isinstance(current, Not):
            stack.append(current.node)
        elif isinstance(current, And | Or):
            stack.extend(reversed(current.nodes))
    return out
