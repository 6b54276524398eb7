"""Export: a cattrs converter for the whole tree (JSON) and one record per
responsibility item (JSONL, CSV)."""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

import cattrs

from fyplan.model import Item, Notice, Target
from fyplan.query.results import Results

converter = cattrs.Converter()
converter.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
converter.register_structure_hook(datetime.date, lambda v, _: datetime.date.fromisoformat(v))

RECORD_KEYS = (
    "id",
    "section",
    "section_title",
    "subsection",
    "task",
    "subtask",
    "text",
    "leaders",
    "lead_units",
    "cooperating_units",
    "open_ended",
    "deadline",
    "deadline_by",
    "targets",
    "heading",
    "source",
    "line",
)


def to_dict(notice: Notice) -> dict[str, Any]:
    """The whole notice as plain data (dates as ISO strings)."""
    data: dict[str, Any] = converter.unstructure(notice)
    return data


def from_dict(data: dict[str, Any]) -> Notice:
    return converter.structure(data, Notice)


def to_json(notice: Notice, indent: int | None = 2) -> str:
    return json.dumps(to_dict(notice), ensure_ascii=False, indent=indent)


def from_json(text: str) -> Notice:
    return from_dict(json.loads(text))


def record(item: Item, source: str) -> dict[str, Any]:
    """One responsibility item as the JSONL record of DESIGN.md."""
    duties = item.duties
    return {
        "id": item.id,
        "section": item.section.number if item.section else None,
        "section_title": item.section.title if item.section else None,
        "subsection": item.subsection.number if item.subsection else None,
        "task": item.task.number,
        "subtask": item.subtask.number if item.subtask else None,
        "text": item.text,
        "leaders": [leader.name for leader in duties.leaders],
        "lead_units": [u.name for u in duties.lead_units],
        "cooperating_units": [u.name for u in duties.cooperating_units],
        "open_ended": {
            "lead_units": duties.open_ended.lead_units,
            "cooperating_units": duties.open_ended.cooperating_units,
        },
        "deadline": str(duties.deadline) if duties.deadline else None,  # the words as written
        "deadline_by": duties.deadline.by.isoformat() if duties.deadline and duties.deadline.by else None,
        "targets": [converter.unstructure(t) for t in item.targets],
        "heading": item.node.heading,
        "source": source,
        "line": item.line,
    }


def records(source: Notice | Results | Iterable[Notice]) -> list[dict[str, Any]]:
    """One record per responsibility item of a notice, of several notices, or of query results."""
    if isinstance(source, Notice):
        return [record(item, source.file_name) for item in source.items()]
    if isinstance(source, Results):
        return [record(m.item, m.source) for m in source]
    return [row for notice in source for row in records(notice)]


def to_jsonl(rows: Notice | Results | Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON line per record (of a notice or results, or records you made)."""
    if isinstance(rows, Notice | Results):
        rows = records(rows)
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(_target_text(v) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, dict):
        return ";".join(f"{k}={'yes' if v else 'no'}" for k, v in value.items())
    return str(value)


def _target_text(target: dict[str, Any]) -> str:
    """A target as one CSV cell: 全市生产总值增长8.5%."""
    return str(converter.structure(target, Target))


# What a spreadsheet reads as the start of a formula (=HYPERLINK(…) runs when the file is opened);
# a tab or a carriage return before one hides it from a naive check.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe(cell: str) -> str:
    """A text cell a spreadsheet shows as text: a formula start gets a leading ' (OWASP's advice),
    and a bare CR becomes LF, which the writer quotes (it quotes only the characters of its line end)."""
    if cell.startswith(_FORMULA_STARTS):
        cell = "'" + cell
    return cell.replace("\r\n", "\n").replace("\r", "\n")


def to_csv(rows: Notice | Results | Iterable[dict[str, Any]]) -> str:
    """The records (or those of a notice or results) as CSV, lists joined by 、; text that would run as a
    formula starts with '."""
    if isinstance(rows, Notice | Results):
        rows = records(rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(RECORD_KEYS)
    for row in rows:
        # Numbers (section, line) are written as they are: -1 is a number, not a formula.
        writer.writerow([str(row[k]) if isinstance(row[k], int) else _safe(_cell(row[k])) for k in RECORD_KEYS])
    return out.getvalue()
