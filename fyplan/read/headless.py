"""Tables flattened one cell per line with a bar line between cells and no header row (a page that starts at the
table's first row: its header was on the page before, or an image).

With no header to name the columns, they are told by what their cells hold: each row opens with its number (1, 2 …)
alone in a cell; a cell of a long sentence is the task, cells of bodies' names the units answering, cells of
people's names the leaders, a deadline's words (2024年底前) the deadline, figures alone (a telephone number) a note.
A group's heading (一、…) printed in a cell on its first row only heads the rows below it. The columns are read so
only where every row holds the same cells in the same order (empty ones too); the rows are written back in place,
one line for one line, in the labelled form the notice grammar reads, as ``fyplan.read.tables`` does, and a warning
says the columns were read from their content.
"""

from __future__ import annotations

import re
from collections import Counter

from fyplan.read.tables import GROUP_ROW, WHEN, Note, Rewritten, fit
from fyplan.units import looks_like_unit

# Figures alone: a telephone number, a code (5555309, 0558-5555309).
_FIGURES = re.compile(r"^[\d\-－ ]{5,}$")
# The fewest rows and bar lines that make such a table.
_LEAST_ROWS = 2
_LEAST_BARS = 8
# The label each kind of column is written back with (a unit column with no lead word: 责任单位).
_LABEL = {"units": "责任单位", "people": "责任人", "deadline": "完成时限"}
NO_HEADER = "无表头列"  # the note's label for a column of figures the page never named
_SAID = "a table with no header row: its columns were read from what their cells hold (task, units, people, deadline)"


def rewrite_headless(text: str) -> Rewritten:
    """Rewrite every table with bar lines between its cells and no header row in ``text``."""
    if text.count("\n|\n") < _LEAST_BARS or "序号" in text:
        return Rewritten(text)  # (a header with 序号 is the table reader's)
    lines = text.split("\n")
    notes: list[Note] = []
    problems: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() == "1" and _next_filled(lines, i) == "|":
            end = _rewrite(lines, i, notes)
            if end > i:
                problems.append((i + 1, _SAID))
                i = end
                continue
        i += 1
    if not problems:
        return Rewritten(text)
    return Rewritten("\n".join(lines), tuple(notes), tuple(problems))


def _next_filled(lines: list[str], at: int) -> str:
    return next((line.strip() for line in lines[at + 1 : at + 3] if line.strip()), "")


def _cells(lines: list[str], start: int) -> list[list[int]]:
    """The cells from ``start`` (the first row's number): each the line numbers between two bar lines (none for an
    empty cell), up to where the bar lines stop."""
    cells: list[list[int]] = []
    current: list[int] = []
    k = start
    since_bar = 0
    while k < len(lines):
        line = lines[k].strip()
        if line == "|":
            cells.append(current)
            current = []
            since_bar = 0
        elif line:
            current.append(k)
            since_bar += 1
            if since_bar > 12:  # (no bar for many lines: the table has ended)
                current = []
                break
        k += 1
    if current:
        cells.append(current)  # (the last cell, where the page ends with no bar after it)
    return cells


def _rows(lines: list[str], cells: list[list[int]]) -> list[list[list[int]]]:
    """The rows: each opens with a cell holding its number alone (1, then 2 …)."""
    rows: list[list[list[int]]] = []
    expected = 1
    for cell in cells:
        if len(cell) == 1 and lines[cell[0]].strip() == str(expected):
            rows.append([cell])
            expected += 1
        elif rows:
            rows[-1].append(cell)
    return rows


def _kind(lines: list[str], cell: list[int]) -> str:
    values = [lines[k].strip() for k in cell]
    if not values:
        return "empty"
    if all(_FIGURES.match(v) for v in values):
        return "figures"
    if len(values) == 1 and WHEN.match(values[0]):
        return "deadline"
    if all(looks_like_unit(v) for v in values):
        return "units"
    if all(fit(v, "leaders") >= 3.0 for v in values):
        return "people"
    return "text"


def _rewrite(lines: list[str], start: int, notes: list[Note]) -> int:
    """Rewrite the table whose first row's number is at ``start``; where it ends, or ``start`` if it is none."""
    rows = _rows(lines, _cells(lines, start))
    if len(rows) < _LEAST_ROWS:
        return start
    groups: dict[int, list[int]] = {}
    bodies: list[list[list[int]]] = []
    for r, row in enumerate(rows):
        body = row[1:]
        if body and len(body[0]) == 1 and GROUP_ROW.match(lines[body[0][0]].strip()):
            groups[r] = body[0]
            body = body[1:]
        bodies.append(body)
    width = Counter(len(b) for b in bodies).most_common(1)[0][0]
    if len(bodies[-1]) < width:
        rows, bodies = rows[:-1], bodies[:-1]  # (a last row the page cut short: left as it is printed)
    if len(rows) < _LEAST_ROWS or any(len(b) != width for b in bodies[:-1]) or len(bodies[-1]) > width + 1:
        return start  # (rows of other shapes: not read so; the last row may hold the table's closing line too)
    kinds: list[str] = []
    for column in range(width):
        seen = Counter(found for b in bodies if (found := _kind(lines, b[column])) != "empty")
        kinds.append(seen.most_common(1)[0][0] if seen else "empty")
    if kinds.count("text") != 1 or "units" not in kinds:
        return start
    last = start
    for r, (row, body) in enumerate(zip(rows, bodies, strict=True)):
        number = row[0][0]
        lines[number] = ""
        if r in groups:
            lines[number] = lines[groups[r][0]].strip()  # the group's heading before its first row
            lines[groups[r][0]] = ""
        for column, kind in enumerate(kinds):
            cell = body[column]
            if not cell:
                continue
            values = [lines[k].strip() for k in cell]
            if kind == "text":
                lines[cell[0]] = f"{r + 1}.{values[0]}"
                continue  # (its other lines go on as the item's text)
            for k in cell:
                lines[k] = ""
            if kind in _LABEL:
                lines[cell[0]] = f"{_LABEL[kind]}:{'、'.join(values)}"
            else:
                notes.extend(Note(k + 1, NO_HEADER, lines_value) for k, lines_value in zip(cell, values, strict=True))
        last = max(last, *(k for cell in body for k in cell), number)
    for k in range(start, last + 1):
        if lines[k].strip() == "|":
            lines[k] = ""
    return last + 1
