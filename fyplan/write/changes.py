"""A diff of two notices for machines: one record per change (JSON, JSON Lines, CSV).

Every record has the same keys. ``change`` is one of added, dropped, reworded, moved, leader, unit,
deadline, target; ``old_*`` and ``new_*`` describe the item on each side (empty on the side it is
missing from); ``name`` is the leader, unit or target indicator; ``before``/``after`` are what it was
and became (a unit's role lead/cooperating, a deadline, a target as written: 全市生产总值增长8.5%);
``words`` the changed runs of a reworded text (old→new).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fyplan.compare.model import DutyChange, Moved, NoticeDiff, Reworded, TargetChange
from fyplan.model import Item
from fyplan.write.export import csv_rows

CHANGE_KEYS = (
    "change",
    "old_id",
    "new_id",
    "old_section",
    "new_section",
    "name",
    "before",
    "after",
    "words",
    "similarity",
    "old_text",
    "new_text",
    "old_source",
    "new_source",
)


def _side(prefix: str, item: Item | None) -> dict[str, Any]:
    return {
        f"{prefix}_id": item.id if item else None,
        f"{prefix}_section": item.section.number if item and item.section else None,
        f"{prefix}_text": item.text if item else None,
    }


def _record(change: Reworded | Moved | DutyChange | TargetChange, old_source: str, new_source: str) -> dict[str, Any]:
    """A change of a matched item as a record with every key of ``CHANGE_KEYS``."""
    row: dict[str, Any] = dict.fromkeys(CHANGE_KEYS)
    row.update(old_source=old_source, new_source=new_source)
    row.update(_side("old", change.old), **_side("new", change.new))
    if isinstance(change, Reworded):
        row.update(change="reworded", similarity=round(change.similarity, 3))
        row["words"] = [{"old": r.old, "new": r.new} for r in change.changed_runs]
    elif isinstance(change, Moved):
        row.update(change="moved")
    elif isinstance(change, DutyChange):
        row.update(change=change.field, name=change.name or None, before=change.before, after=change.after)
    elif isinstance(change, TargetChange):
        before = str(change.before) if change.before else None
        after = str(change.after) if change.after else None
        row.update(change="target", name=change.indicator, before=before, after=after)
    return row


def records(result: NoticeDiff) -> list[dict[str, Any]]:
    """Every change of ``result`` as a record, in the order of ``NoticeDiff.changes``."""
    old_source, new_source = result.old.file_name, result.new.file_name
    rows: list[dict[str, Any]] = []
    for side, items in (("added", result.added), ("dropped", result.dropped)):
        for item in items:
            row: dict[str, Any] = dict.fromkeys(CHANGE_KEYS)
            row.update(change=side, old_source=old_source, new_source=new_source)
            row.update(_side("new" if side == "added" else "old", item))
            rows.append(row)
    matched: list[Reworded | Moved | DutyChange | TargetChange] = [*result.reworded, *result.moved]
    matched += [*result.duties, *result.targets]
    rows += [_record(change, old_source, new_source) for change in matched]
    return rows


def _cell(value: Any) -> str | int:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(f"{w['old']}→{w['new']}" for w in value)
    return value if isinstance(value, int) else str(value)


def to_csv(rows: Iterable[dict[str, Any]]) -> str:
    """The records as CSV (``CHANGE_KEYS`` as headers); text that a spreadsheet would run as a formula
    starts with ' (``export.csv_rows``)."""
    return csv_rows(CHANGE_KEYS, ([_cell(row[k]) for k in CHANGE_KEYS] for row in rows))
