"""Spreadsheets (.xlsx .xls .ods, read by python-calamine): every sheet a table of rows.

A cell merged down several rows is given to each of them (its anchor's value: a leader or a unit
that answers for several rows); a cell merged across columns stays in its first column only. A
sheet whose rows name no task column and no duty column is not a task table: it is reported in
``skipped`` and left out, not misread.
"""

from __future__ import annotations

import io
from typing import Any

from fyplan.read.formats import Converted, row_line
from fyplan.read.tables import column_kind

_DUTY = {"leaders", "lead", "cooperating", "responsible"}


def read_sheets(data: bytes) -> Converted:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    lines: list[tuple[str, str]] = []
    skipped: list[str] = []
    for name in book.sheet_names:
        sheet = book.get_sheet_by_name(name)
        rows = [[_text(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
        _fill_merged(rows, sheet)
        if not _has_task_header(rows):
            skipped.append(f"sheet {name} holds no task table (no column of tasks and of units)")
            continue
        for number, row in enumerate(rows, 1):
            if any(cell for cell in row):
                lines.append((f"{name}!A{number}", row_line(row)))
    return Converted.of(lines, tuple(skipped))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 序号 1, not 1.0
    return str(value).strip()


def _fill_merged(rows: list[list[str]], sheet: Any) -> None:
    """Give a cell merged down rows to every row it spans (first column of the merge only)."""
    ranges = getattr(sheet, "merged_cell_ranges", None) or []
    for (top, left), (bottom, _right) in ranges:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for r in range(top + 1, min(bottom, len(rows) - 1) + 1):
            if left < len(rows[r]) and not rows[r][left]:
                rows[r][left] = value


def _has_task_header(rows: list[list[str]]) -> bool:
    """Some row in the first twenty names a task column and a duty column."""
    for row in rows[:20]:
        kinds = {column_kind(cell.replace(" ", "")) for cell in row if cell and len(cell) <= 14}
        if "text" in kinds and kinds & _DUTY:
            return True
    return False
