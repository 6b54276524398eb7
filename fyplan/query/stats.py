"""Counts per leader, unit, section, place, year or level, over one notice or many; a matrix for two.

Across notices of several places, a body is counted within its place (``阜阳市·市财政局``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

import attrs

from fyplan.model import Item, Notice
from fyplan.query.evaluate import body_key, several_places
from fyplan.query.evaluate import keys_in as keys

DIMENSIONS = ("leader", "lead", "coop", "unit", "section", "place", "year", "level")


@attrs.frozen
class Row:
    """One name's counts: items it leads, items it cooperates on, and all its items."""

    name: str
    lead: int
    coop: int
    total: int


def _items(notices: Sequence[Notice]) -> Iterator[tuple[Notice, Item]]:
    for notice in notices:
        for item in notice.items():
            yield notice, item


def counts(notices: Sequence[Notice], by: str) -> list[Row]:
    """Rows sorted by total, largest first; for units, lead and cooperating counts apart."""
    if by not in DIMENSIONS:
        raise ValueError(f"cannot count by “{by}”: use one of {', '.join(DIMENSIONS)}")
    lead: Counter[str] = Counter()
    coop: Counter[str] = Counter()
    total: Counter[str] = Counter()
    qualify = several_places(notices)
    for notice, item in _items(notices):
        if by in ("lead", "coop", "unit"):
            lead.update({body_key(notice, u.name, qualify) for u in item.lead_units} if by != "coop" else set())
            coop.update({body_key(notice, u.name, qualify) for u in item.cooperating_units} if by != "lead" else set())
        total.update(set(keys(item, notice, by, qualify)))
    rows = [Row(name, lead[name], coop[name], n) for name, n in total.items()]
    if by == "section":
        return sorted(rows, key=lambda r: int(r.name.split()[0]) if r.name[0].isdigit() else 0)
    if by == "year":
        return sorted(rows, key=lambda r: r.name)
    return sorted(rows, key=lambda r: (-r.total, r.name))


@attrs.frozen
class Matrix:
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: dict[tuple[str, str], int]


def matrix(notices: Sequence[Notice], row_by: str, column_by: str) -> Matrix:
    """Items counted by two dimensions at once: ``--by leader,section``."""
    cells: Counter[tuple[str, str]] = Counter()
    qualify = several_places(notices)
    for notice, item in _items(notices):
        for r in keys(item, notice, row_by, qualify):
            for c in keys(item, notice, column_by, qualify):
                cells[(r, c)] += 1
    row_names = [row.name for row in counts(notices, row_by)]
    column_names = [row.name for row in counts(notices, column_by)]
    return Matrix(tuple(row_names), tuple(column_names), dict(cells))
