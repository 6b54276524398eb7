"""Counts per leader, unit, section, place, year or level, over one notice or many, or over what a
query matched; a matrix for two dimensions.

Across notices of several places, a body is counted within its place (``阜阳市·市财政局``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from fyplan.model import Item, Notice
from fyplan.query.evaluate import body_key, several_places
from fyplan.query.evaluate import keys_in as keys
from fyplan.query.results import Results
from fyplan.query.spellings import bodies

DIMENSIONS = ("leader", "lead", "coop", "unit", "section", "place", "year", "level")
# Where a count by unit tells lead and cooperating apart (by lead or coop, one of them is the total).
ROLES = {"unit": ("lead", "coop")}


@attrs.frozen
class Row:
    """One name's counts: items it leads, items it cooperates on, and all its items."""

    name: str
    lead: int
    coop: int
    total: int


Counted = Sequence[Notice] | Results


def _items(counted: Counted) -> Iterator[tuple[Notice, Item]]:
    """The items of notices, or the items a query matched (once each, in order), each with its notice."""
    if isinstance(counted, Results):
        yield from ((m.notice, m.item) for m in counted)
        return
    for notice in counted:
        for item in notice.items():
            yield notice, item


def _several_places(counted: Counted) -> bool:
    return several_places(m.notice for m in counted) if isinstance(counted, Results) else several_places(counted)


def counts(counted: Counted, by: str) -> list[Row]:
    """Rows sorted by total, largest first; for units, lead and cooperating counts apart."""
    if by not in DIMENSIONS:
        raise ValueError(f"cannot count by “{by}”: use one of {', '.join(DIMENSIONS)}")
    lead: Counter[str] = Counter()
    coop: Counter[str] = Counter()
    total: Counter[str] = Counter()
    qualify = _several_places(counted)
    aliases: dict[str, str] = {}
    for notice, item in _items(counted):
        if by in ("lead", "coop", "unit"):
            aliases.update((a.alias, a.name) for a in notice.aliases)
            lead.update({body_key(notice, u.name, qualify) for u in item.lead_units} if by != "coop" else set())
            coop.update({body_key(notice, u.name, qualify) for u in item.cooperating_units} if by != "lead" else set())
        total.update(set(keys(item, notice, by, qualify)))
    rows = [Row(name, lead[name], coop[name], n) for name, n in total.items()]
    if by in ("lead", "coop", "unit"):
        rows = _spellings_merged(rows, aliases)
    if by == "section":
        return sorted(rows, key=lambda r: int(r.name.split()[0]) if r.name[0].isdigit() else 0)
    if by == "year":
        return sorted(rows, key=lambda r: r.name)
    return sorted(rows, key=lambda r: (-r.total, r.name))


def _spellings_merged(rows: list[Row], aliases: dict[str, str]) -> list[Row]:
    """One row per body however the notice spelled it, by the rule task lists use (fyplan.query.spellings):
    人行阜阳中心支行 = 人民银行阜阳中心支行, named by the full official spelling. An item that names two
    spellings of one body is counted twice; ``check`` reports such items."""
    body_of, _ = bodies([r.name for r in rows], {r.name: r.total for r in rows}, aliases)
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(body_of[row.name], []).append(row)
    return [
        Row(name, sum(r.lead for r in same), sum(r.coop for r in same), sum(r.total for r in same))
        for name, same in groups.items()
    ]


def count_records(rows: Sequence[Row], by: str) -> list[dict[str, Any]]:
    """The rows as data (``stats --format csv|json``): the name, lead and coop counts where they
    differ from the total (by unit), and the total."""
    return [{by: r.name, **{role: getattr(r, role) for role in ROLES.get(by, ())}, "items": r.total} for r in rows]


@attrs.frozen
class Matrix:
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: dict[tuple[str, str], int]


def matrix(counted: Counted, row_by: str, column_by: str) -> Matrix:
    """Items counted by two dimensions at once: ``--by leader,section``."""
    cells: Counter[tuple[str, str]] = Counter()
    qualify = _several_places(counted)
    for notice, item in _items(counted):
        for r in keys(item, notice, row_by, qualify):
            for c in keys(item, notice, column_by, qualify):
                cells[(r, c)] += 1
    row_names = [row.name for row in counts(counted, row_by)]
    column_names = [row.name for row in counts(counted, column_by)]
    return Matrix(tuple(row_names), tuple(column_names), dict(cells))


def matrix_records(m: Matrix, row_by: str) -> list[dict[str, Any]]:
    """One record per row: its name, a count per column, and the row's total."""
    return [
        {row_by: row, **{column: m.cells.get((row, column), 0) for column in m.columns}, "total": _total(m, row)}
        for row in m.rows
    ]


def _total(m: Matrix, row: str) -> int:
    return sum(m.cells.get((row, column), 0) for column in m.columns)
