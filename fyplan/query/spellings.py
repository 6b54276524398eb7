"""One body, however a notice spells it: the spelling merge shared by task lists (fyplan lists) and
counts (fyplan stats)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

import attrs

from fyplan.canonical import canonical
from fyplan.checks import respelling_pairs


@attrs.frozen
class Merge:
    """Spellings read as one body; ``why`` says which rule joined them."""

    body: str
    spellings: tuple[str, ...]
    why: str

    def __str__(self) -> str:
        return f"{'、'.join(self.spellings)} → {self.body} ({self.why})"


def bodies(
    names: Sequence[str], counts: Mapping[str, int], aliases: Mapping[str, str], merge: bool = True
) -> tuple[dict[str, str], tuple[Merge, ...]]:
    """Each spelling → the name of its body; and the merges made, for the report. Spellings are one
    body when they have one canonical form (人行… = 人民银行…), when the notice says one is short for the
    other (以下简称), or when ``fyplan check`` would report them as FY006 respellings. The body is named
    by its full official spelling where one is written, else by the spelling used most, else the longest."""
    parent = {name: name for name in names}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    why: dict[frozenset[str], str] = {}

    def join(a: str, b: str, reason: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[rb] = ra
            why[frozenset((a, b))] = reason

    if merge:
        by_key: dict[str, str] = {}
        for name in names:
            key = canonical(name)
            if key in by_key:
                join(by_key[key], name, "canonical spelling")
            else:
                by_key[key] = name
        for alias, full in aliases.items():
            if alias in parent and full in parent:
                join(full, alias, "以下简称 alias")
        for a, b in respelling_pairs(names):
            join(a, b, "respelling, as fyplan check FY006")
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[root(name)].append(name)
    bodies: dict[str, str] = {}
    merges: list[Merge] = []
    for group in groups.values():
        # The list goes under the full official spelling when one is written (人民银行…, not 人行…),
        # else the spelling the notice uses most, else the longest.
        body = min(group, key=lambda n: (n != canonical(n), -counts.get(n, 0), -len(n), n))
        bodies.update(dict.fromkeys(group, body))
        if len(group) > 1:
            reasons = sorted({r for pair, r in why.items() if pair <= set(group)})
            merges.append(Merge(body, tuple(group), "; ".join(reasons)))
    return bodies, tuple(merges)
