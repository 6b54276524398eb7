"""| rows run together on one line: a web table whose line breaks were lost while its cell borders stayed
(``序号 | 任务 | 牵头单位 |1 | 甲 | 市发改委 |2 | 乙 | 市财政局 |…``, a page flattened into one line). The line is
cut back into the header, its rows and the group rows between them, one per line, for the layout stage to
read as any other | table. A row starts at a cell that holds the next number of the count (1, 2, 3 … or (1),
(2) …); a group row (``二、扩大内需 | | |``) at a cell that starts a group heading after a row's last cell.
Nothing is cut unless a header (序号, a task and a duty column) stands before the rows.
"""

from __future__ import annotations

import re

from fyplan.read.tables import DUTY_LABELS, GROUP_ROW, HEADER_WORD, header_kinds

_BAR = re.compile(r"\s*\|\s*")
_NUMBER_CELL = re.compile(r"^\(?(\d{1,4})\)?[.、]?$")
_MIN_ROWS = 1  # the header (序号, a task and a duty column) already says it is a table


def cut(line: str, width: int | None = None) -> list[str] | None:
    """The line as its pieces (text before the table, the header, each row), or None when it holds no
    run of | rows. ``width``: the cells of a header on a line of its own just before (the rows alone run
    together)."""
    if line.count("|") < 8:
        return None
    at = line.find("序号")
    if at < 0:
        if width is None:
            return None
        cells = [c.strip() for c in _BAR.split(line.strip().strip("|"))]
        if not cells or not _NUMBER_CELL.match(cells[0]):
            return None  # rows start with their number (a pager 首页 | 1 | 2 | … does not)
        if len(cells) <= width:
            # one row's cells (| 2 | 甲 | … |  | 注, a sheet's row with an empty cell): nothing run together
            return None
        return _rows(cells, width)
    cells = [c.strip() for c in _BAR.split(line[at:])]
    found = _header_width(cells)
    if found is None:
        return None
    header, rest = cells[:found], cells[found:]
    rows = _rows(rest, found)
    if rows is None:
        return None
    pieces = [line[:at].strip()] if line[:at].strip() else []
    pieces.append(" | ".join(header) + " |")
    pieces += rows
    return pieces


def header_width(line: str) -> int | None:
    """The number of columns of a | header that is the whole line (序号 | 任务 | 责任单位 |), or None."""
    if "序号" not in line or "|" not in line:
        return None
    cells = [c.strip() for c in _BAR.split(line.strip().strip("|"))]
    width = _header_width(cells)
    return width if width == len(cells) else None


def _header_width(cells: list[str]) -> int | None:
    """How many cells from the start make the table's header (序号 first, a task and a duty column)."""
    width = 0
    while (
        width < len(cells)
        and width < 12
        and HEADER_WORD.match(cells[width].replace(" ", ""))
        and not GROUP_ROW.match(cells[width])  # 一、产业发展: the first group row, after the header
    ):
        width += 1
    names = [c.replace(" ", "") for c in cells[:width]]
    if width < 3:
        return None
    kinds = header_kinds(names)
    if "text" not in kinds or not any(k in DUTY_LABELS for k in kinds):
        return None
    return width


def _rows(cells: list[str], width: int) -> list[str] | None:
    """The rows (and group rows) of the cells after the header, each written as a | line."""
    out: list[str] = []
    row: list[str] = []
    expected: int | None = None
    restarted = False  # after a group row the count may start again at 1 (一、… | | |1 | … |2 | …二、… | | |1 | …)
    counted = 0
    for cell in cells:
        number = _NUMBER_CELL.match(cell)
        if (
            number is not None
            and (expected is None or int(number.group(1)) == expected or (restarted and number.group(1) == "1"))
            and _row_done(row, width)
        ):
            _close(row, out, width)
            row = [cell]
            expected = int(number.group(1)) + 1
            restarted = False
            counted += 1
            continue
        if GROUP_ROW.match(cell) and _row_done(row, width) and (not row or len(row) >= width - 1):
            _close(row, out, width)
            out.append(f"{cell} |" + " |" * (width - 1))  # a group row across the table
            row = []
            restarted = True
            continue
        if not row and not cell:
            continue  # the empty cells of a group row
        if not row and out:
            return None  # text between rows that is no row: not a run of rows
        row.append(cell)
    _close(row, out, width)
    return out if counted >= _MIN_ROWS else None


def _row_done(row: list[str], width: int) -> bool:
    """May a new row start after ``row`` (nothing yet, or a row with all its cells but one at most)?"""
    return not row or len(row) >= width - 1


def _close(row: list[str], out: list[str], width: int) -> None:
    """Write a row; cells past the header's width (the text after the table's last row) on a line of their own."""
    while row and not row[-1]:
        row.pop()
    if row:
        out.append(" | ".join(row[:width]) + " |")
    if len(row) > width:
        out.append(" ".join(c for c in row[width:] if c))
