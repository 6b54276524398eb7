"""A table printed one cell per line whose last column came out as a block after the rows (pdftotext without
-layout of a page where the 完成时限 column's cells were laid out after the others): the header lacks that column,
and after the page's rows stand its name and one cell a row (``… / 4 / 开展… / 李翔 / 自然资源分局 / 经济发展局 /
完成时限 / 2019年12月 / 2019年12月 / 2019年9月底前 / 2019年10月``).

The lines are put back in the table's order: the column's name after the header's last cell, each cell after its
row's last line. No line is added or dropped; ``late_columns`` gives the source line of each line (composed with the
layout's map, as a two-column page's is). Only where the block holds exactly as many cells as the rows before it
(numbered 1, 2, 3 … one a line), each a date or a time word, and the header has no such column of its own.
"""

from __future__ import annotations

import re
from array import array

from fyplan.read.columnmajor import header_names
from fyplan.read.tables import column_kind

# A cell of a 完成时限 column: a date or a time word (2019年12月, 9月底前, 年底前, 长期坚持, 全年).
_WHEN = re.compile(r"^(?:\d{4}\s*年|\d{1,2}\s*月|年底|年内|年末|长期|持续|全年|每|上半年|下半年|[一二三四]季度)")
_LEAST_ROWS = 2


def late_columns(text: str) -> tuple[str, array[int] | None]:
    """``text`` with each such block put back into its rows, and the source line of each line (None, and the text
    itself, where it has none)."""
    if "序号" not in text:
        return text, None
    lines = text.split("\n")
    cells = [line.strip() for line in lines]
    order = list(range(len(lines)))
    moved = False
    for at, cell in enumerate(cells):
        if cell == "序号" and (placed := _placed(cells, at)) is not None:
            order = _reordered(order, placed)
            moved = True
    if not moved:
        return text, None
    return "\n".join(lines[k] for k in order), array("i", (k + 1 for k in order))


def _placed(lines: list[str], at: int) -> tuple[int, int, list[int], list[int]] | None:
    """For the table whose 序号 is line ``at`` of ``lines`` (stripped): (the header's last line, the block's name line,
    each row's last line, the block's cell lines), or None where it has no such block."""
    names = header_names(lines, at)
    if names is None or any(column_kind(name) == "deadline" for name in names):
        return None
    header_end = at + len(names)
    starts: list[int] = []
    k = header_end + 1
    while k < len(lines):
        cell = lines[k]
        if cell == str(len(starts) + 1):
            starts.append(k)
        elif column_kind(cell) == "deadline" and len(cell) <= _NAME_LONGEST and len(starts) >= _LEAST_ROWS:
            cells = list(range(k + 1, k + 1 + len(starts)))
            if cells[-1] < len(lines) and all(_WHEN.match(lines[c]) for c in cells):
                row_ends = [s - 1 for s in starts[1:]] + [k - 1]
                return header_end, k, row_ends, cells
            return None
        elif cell == "序号":
            return None
        k += 1
    return None


_NAME_LONGEST = 8


def _reordered(order: list[int], placed: tuple[int, int, list[int], list[int]]) -> list[int]:
    """``order`` (line indexes) with the block's name after the header's last line and each cell after its row."""
    header_end, name, row_ends, cells = placed
    after: dict[int, int] = {header_end: name, **dict(zip(row_ends, cells, strict=True))}
    taken = {name, *cells}
    out: list[int] = []
    for k in order:
        if k in taken:
            continue
        out.append(k)
        if k in after:
            out.append(after[k])
    return out
