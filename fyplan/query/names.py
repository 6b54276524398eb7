"""Bare words that name a unit or a leader of the notices being asked.

``fyplan query 市教育局`` means the body, not the words 市教育局 in item texts (which duty lines
never are). So when a query runs, a bare word (``Term.bare``) that is exactly a unit or leader of the
notices — as read, as written, by its canonical spelling (人行 = 人民银行) or by a notice's own
alias (以下简称…) — becomes ``unit:`` or ``leader:`` of that name, and a note says so. A word that
names nothing stays a text search; ``text:市教育局`` and ``"市教育局"`` are always text.

Words joined without spaces (``市教育局和市财政局``) are split at 和/及/且/并且/或/或者 only when
every part is a known name and the whole is not one: 市经济和信息化局 is one body.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from fyplan.canonical import canonical
from fyplan.model import Notice
from fyplan.query.ast import And, Node, Not, Or, Term, terms
from fyplan.query.evaluate import aliases_of, item_names

_JOINS = re.compile(r"(并且|或者|且|和|及|或)")
_OR_WORDS = ("或", "或者")
_LEVELS = frozenset("市省区县")
MAX_JOINS = 6  # 2^6 ways to read a word's connectives at most


@attrs.frozen
class Names:
    """The unit and leader names of some notices, to tell whether a word is one of them."""

    units: frozenset[str]
    leaders: frozenset[str]

    @classmethod
    def of(cls, notices: Sequence[Notice]) -> Names:
        units: set[str] = set()
        leaders: set[str] = set()
        for notice in notices:
            units.update(aliases_of(notice))
            for item in notice.items():
                for name in item_names(item, "unit", written=True):
                    units.update((name, canonical(name)))
                leaders.update(item_names(item, "leader"))
        return cls(frozenset(units), frozenset(leaders))

    def fields(self, word: str) -> list[str]:
        """The fields ``word`` names a value of: ["unit"], ["leader"], both, or none."""
        found = []
        if word in self.leaders:
            found.append("leader")
        # 市经贸委 names 经贸委 written after 市发改委 (a shared prefix kept as written), as unit: finds it.
        unprefixed = word[1:] if word[:1] in _LEVELS and len(word) > 2 else None
        if word in self.units or canonical(word) in self.units or unprefixed in self.units:
            found.append("unit")
        return found


def read_names(node: Node, notices: Sequence[Notice]) -> tuple[Node, tuple[str, ...]]:
    """``node`` with its bare words that name a unit or leader read as such, and a note for each."""
    if not any(t.bare for t in terms(node)):
        return node, ()
    names = Names.of(notices)
    notes: list[str] = []
    return _rewrite(node, names, notes), tuple(dict.fromkeys(notes))


def _rewrite(node: Node, names: Names, notes: list[str]) -> Node:
    if isinstance(node, Term):
        if not node.bare:
            return node
        read = _as_names(node.value, names)
        if read is None:
            return node
        notes.append(f"{node.value} is read as {read}; write text:{node.value} for its words")
        return read
    if isinstance(node, Not):
        return Not(_rewrite(node.node, names, notes))
    if isinstance(node, And):
        return And(*(_rewrite(child, names, notes) for child in node.nodes))
    if isinstance(node, Or):
        return Or(*(_rewrite(child, names, notes) for child in node.nodes))
    return node


def _named(word: str, names: Names) -> Node | None:
    found = [Term(field, ":", word) for field in names.fields(word)]
    if not found:
        return None
    return found[0] if len(found) == 1 else Or(*found)


def _as_names(word: str, names: Names) -> Node | None:
    """The name(s) ``word`` is: one name, or names joined by 和/或 (and binding closer than or)."""
    whole = _named(word, names)
    if whole is not None:
        return whole
    parts = _JOINS.split(word)
    joins = parts[1::2]
    if not joins or len(joins) > MAX_JOINS:
        return None
    # Each connective is either a join or part of a name (市经济和信息化局): try the fewest joins first.
    for count in range(1, len(joins) + 1):
        for chosen in itertools.combinations(range(len(joins)), count):
            read = _joined(parts, set(chosen), names)
            if read is not None:
                return read
    return None


def _joined(parts: list[str], chosen: set[int], names: Names) -> Node | None:
    words = [parts[0]]
    ops: list[str] = []
    for i, join in enumerate(parts[1::2]):
        if i in chosen:
            ops.append(join)
            words.append(parts[2 * i + 2])
        else:
            words[-1] += join + parts[2 * i + 2]
    read = [_named(w, names) for w in words]
    if any(r is None for r in read):
        return None
    nodes = [r for r in read if r is not None]
    alternatives: list[list[Node]] = [[nodes[0]]]
    for op, node in zip(ops, nodes[1:], strict=True):
        if op in _OR_WORDS:
            alternatives.append([node])
        else:
            alternatives[-1].append(node)
    groups = [group[0] if len(group) == 1 else And(*group) for group in alternatives]
    return groups[0] if len(groups) == 1 else Or(*groups)
