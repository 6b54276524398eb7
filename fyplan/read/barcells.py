"""A web table flattened one cell per line with bars: a row's first cell alone on its line, every further cell after
``| `` on a line of its own, and a line holding ``|`` alone closing the row (a law database's pages print tables so)::

    工作要点
    | 工作任务
    | 牵头单位
    | 参与单位
    |
    打造产业旗舰。
    | 全面实施…
    | 市企业发展促进局、市发改委
    | 各县市区
    |

Each row is written as one | row on its first line (its other lines left empty, the line count kept), for the table
reader. A row with fewer cells than the header lost merged ones: first those before the task column (a group's cell,
printed on its first row only), then those after the task's (its units, printed on the row above, whose cells span
both): those are taken from the row above. Nothing changes unless a header of a task column and a duty column opens
the table.
"""

from __future__ import annotations

import re

from fyplan.read.tables import HEADER_WORD, header_kinds

_DUTY = frozenset({"leaders", "lead", "cooperating", "responsible"})
_CLOSE = re.compile(r"^\s*\|\s*$")
_CELL = re.compile(r"^\s*\|\s?(?P<cell>.*\S)\s*$")
_MIN_ROWS = 2


def rewrite_bar_cells(text: str) -> str:
    """``text`` with every table of bar-opened cells written as | rows; itself where it holds none."""
    if "\n|" not in text:
        return text
    lines = text.split("\n")
    changed = False
    k = 0
    while k < len(lines):
        end = _table(lines, k)
        if end is None:
            k += 1
            continue
        changed = True
        k = end
    return "\n".join(lines) if changed else text


def _row(lines: list[str], k: int) -> tuple[int, list[str], int] | None:
    """The row from line ``k`` (blank lines before it skipped): (first line, cells, the line after its closing bar), or
    None where no row opens there or the page cut it off before its closing bar."""
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines) or _CLOSE.match(lines[k]) or _CELL.match(lines[k]):
        return None
    first = k
    cells = [lines[k].strip()]
    k += 1
    while k < len(lines) and (m := _CELL.match(lines[k])) is not None:
        cells.append(m.group("cell").strip())
        k += 1
    if k >= len(lines) or not _CLOSE.match(lines[k]):
        return None
    return first, cells, k + 1


def _rows(lines: list[str], start: int) -> list[tuple[int, list[str], int]]:
    """The rows from line ``start``, while they last."""
    rows: list[tuple[int, list[str], int]] = []
    while (row := _row(lines, start)) is not None:
        rows.append(row)
        start = row[2]
    return rows


def _table(lines: list[str], at: int) -> int | None:
    """Rewrite the table whose header row starts at line ``at``; the line after it, or None where none starts there."""
    # (one row asked for at each line: the rows below are read only under a header)
    header = _row(lines, at)
    if header is None or len(header[1]) < 3 or not all(HEADER_WORD.match(c) for c in header[1]):
        return None
    names = [c.replace(" ", "") for c in header[1]]
    kinds = header_kinds(names)
    if "text" not in kinds or not _DUTY.intersection(kinds):
        return None
    rows = _rows(lines, header[2])
    if len(rows) < _MIN_ROWS or any(len(cells) > len(names) for _, cells, _ in rows):
        return None  # (a row of more cells than the header names: no table of these columns; nothing is cut)
    # (the task's column: the last text column before the duties — a 工作要点 column before it holds a group's words)
    duty_at = min(i for i, kind in enumerate(kinds) if kind in _DUTY)
    width, text_at = len(names), max((i for i, kind in enumerate(kinds[:duty_at]) if kind == "text"), default=0)
    for k in range(at, header[2]):
        lines[k] = ""
    lines[at] = " | ".join(names)
    above: list[str] = [""] * width
    for first, cells, after in rows:
        missing = width - len(cells)
        front = min(max(missing, 0), text_at)  # (a group's cell, printed on its group's first row only)
        row = [""] * front + cells
        row += above[len(row) :]  # (the units printed on the row above: merged cells that span this row too)
        for k in range(first, after):
            lines[k] = ""
        lines[first] = " | ".join(row)
        above = row
    return rows[-1][2]
