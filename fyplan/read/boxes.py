"""Tables drawn in box characters (┌─┬─┐ │ ├─┤ └─┘), as old Word files and law databases print them,
rewritten as ``|`` rows that the layout stage reads like any other flattened table.

In such a table every cell is hard-wrapped inside its column, and a merged (rowspan) cell simply has no
rule under it where its neighbours do. So the table is read column by column: a column's cell runs from
one rule (─) in that column to the next, and its wrapped pieces join without spaces. The rows are the
cells of the task column (or the bullet points ``△ ● ◆`` inside them); every other column gives each row
the cell that covers the row's first line, which is how a merged cell reaches all the rows it spans.

Each row is written at the line where it starts and the other lines of the table become blank, so every
line keeps its number in the file.
"""

from __future__ import annotations

import bisect
import itertools
import re

import attrs

from fyplan.read.scans import holds
from fyplan.read.tables import DUTY_LABELS, header_kinds, joined_piece

# Characters that separate cells on a line (vertical lines and junctions) and those that draw rules.
_JUNCTIONS = "│┃║├┤┼┬┴┌┐└┘┣┫╋┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝╞╡╪╟╢╫╤╧╥╨╒╕╘╛╓╖╙╜┝┥┠┨┯┷┿"
_RULE = "─━═┄┅┈┉╌╍"
_SPLIT = re.compile("[" + _JUNCTIONS + "]")
_BOX_LINE = re.compile(r"^\s*[" + _JUNCTIONS + "]")
_RULE_CELL = re.compile(r"^\s*[" + _RULE + r"][" + _RULE + r"\s]*$")
_TOP = "┌┏╔╒╓"
_BOTTOM = "└┗╚╘╙"
# A bullet that starts a point inside a task cell: each point is a row of its own.
_BULLET = re.compile(r"^[△▲▽▼●○◎◇◆•·]\s*")


@attrs.define
class _Cell:
    first: int  # index of its first line within the table
    last: int
    pieces: list[tuple[int, str]] = attrs.Factory(list)
    # where a blank line parts two paragraphs of the cell (before the piece of that index): two names in a duty cell
    breaks: set[int] = attrs.Factory(set)
    end: int = 1 << 30  # index of the rule that closes it: it covers the lines before (merged rows too)
    # index of the line after the rule that opens it: it covers the lines from there, the rows above its
    # text too (a merged cell's text stands in its middle, vertically centred, below its first row's line)
    start: int = 0

    def text(self, kind: str = "text") -> str:
        """The cell's pieces joined as a column of this kind joins them (see tables.joined_piece)."""
        out = ""
        for k, (_, piece) in enumerate(self.pieces):
            if k in self.breaks and kind != "text" and out[-1:] != "、" and piece[:1] != "、":
                out = f"{out}、{piece}"  # (学生工作部(处) / (blank) / 招生就业处: two paragraphs, two bodies)
            else:
                out = joined_piece(out, piece, kind)
        return out


def _segments(line: str) -> list[str]:
    """The cells a table line crosses, left to right, without the outer borders."""
    parts = _SPLIT.split(line.strip())
    if parts and not parts[0].strip():
        parts = parts[1:]
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    return parts


def _columns(lines: list[str], spans: dict[int, str]) -> list[list[_Cell]] | None:
    """The cells of each column, or None when the lines do not keep one column count. A line of one cell across
    the table between two full rules (一、人才培养: a group row, its cells merged) goes into ``spans``, no column's."""
    width = max(len(_segments(line)) for line in lines)
    if width < 2:
        return None
    columns: list[list[_Cell]] = [[] for _ in range(width)]
    open_cells: list[_Cell | None] = [None] * width
    opened = [0] * width  # the line after each column's last rule
    for index, line in enumerate(lines):
        parts = _segments(line)
        if len(parts) != width:
            if all(_RULE_CELL.match(p) for p in parts if p.strip()):
                parts = ["─"] * width  # a full rule drawn with fewer junctions (a merged header row)
            elif len(parts) == 1 and all(c is None for c in open_cells) and index + 1 < len(lines):
                if not _RULE_CELL.match("".join(_segments(lines[index + 1])) or "x"):
                    return None  # (a group row is one line between two rules)
                spans[index] = parts[0].strip()
                continue
            else:
                return None
        for col, part in enumerate(parts):
            cell = open_cells[col]
            if _RULE_CELL.match(part):
                if cell is not None:
                    cell.end = index
                    columns[col].append(cell)
                open_cells[col] = None
                opened[col] = index + 1
                continue
            piece = part.strip()
            if not piece:
                if cell is not None:
                    cell.breaks.add(len(cell.pieces))
                continue
            if cell is None:
                cell = open_cells[col] = _Cell(index, index, start=opened[col])
            if piece.endswith("\\") and len(piece) > 1:
                # (陈实\ / 杨光明: a converter's hard line break inside a cell — pandoc writes one as a \ at the
                # line's end — parts two paragraphs, as a blank line does: two names in a duty cell)
                piece = piece[:-1].rstrip()
                cell.breaks.add(len(cell.pieces) + 1)
            cell.pieces.append((index, piece))
            cell.last = index
    for col, cell in enumerate(open_cells):
        if cell is not None:
            columns[col].append(cell)
    return columns


@attrs.frozen
class _Row:
    line: int
    number: str
    cells: tuple[str, ...]  # one per column; "" for none


def _points(cell: _Cell) -> list[tuple[int, str]]:
    """A task cell's rows: one per bullet point inside it, else the cell itself."""
    starts = [i for i, (_, piece) in enumerate(cell.pieces) if _BULLET.match(piece)]
    if not starts:
        return [(cell.first, cell.text())]
    out = []
    if starts[0] > 0:
        out.append((cell.first, "".join(p for _, p in cell.pieces[: starts[0]])))
    for a, b in zip(starts, [*starts[1:], len(cell.pieces)], strict=True):
        pieces = cell.pieces[a:b]
        out.append((pieces[0][0], _BULLET.sub("", "".join(p for _, p in pieces))))
    return out


def _covering(cells: list[_Cell], line: int) -> _Cell | None:
    """The cell of a column that spans ``line``: from the rule that opens it to the rule that closes it (a
    merged cell spans every row between them; an empty cell is no cell, and covers nothing)."""
    at = bisect.bisect_right(cells, line, key=lambda c: c.start) - 1
    if at >= 0 and cells[at].start <= line < cells[at].end:
        return cells[at]
    return None


def _rows(lines: list[str]) -> tuple[list[str], list[_Row]] | None:
    spans: dict[int, str] = {}
    columns = _columns(lines, spans)
    if columns is None or any(not cells for cells in columns):
        return None
    # The header: each column's first cell, all closed by the same rule.
    header_end = max(cells[0].last for cells in columns)
    names = [cells[0].text().replace(" ", "") for cells in columns]
    kinds = header_kinds(names)
    if "text" not in kinds or not any(k in DUTY_LABELS for k in kinds):
        return None
    body = [[c for c in cells[1:] if c.first > header_end] for cells in columns]
    texts = [i for i, k in enumerate(kinds) if k == "text"]
    task_col = max(texts, key=lambda i: (len(body[i]), i))
    points = [p for cell in body[task_col] for p in _points(cell)]
    has_bullets = any(_BULLET.match(piece) for cell in body[task_col] for _, piece in cell.pieces)
    rows: list[_Row] = []
    count = 0
    for line, text in points:
        cell_of_point = _covering(body[task_col], line)
        bulleted = cell_of_point is not None and any(_BULLET.match(piece) for _, piece in cell_of_point.pieces)
        if has_bullets and not bulleted:
            # Among bullet points, a cell without any is a group row (printed bold): a heading.
            rows.append(_Row(line, "", tuple(text if i == task_col else "" for i in range(len(kinds)))))
            continue
        count += 1
        cells = []
        for i, kind in enumerate(kinds):
            if i == task_col:
                cells.append(text)
            elif kind == "text" or kind == "number":
                cells.append("")  # group cells of other text columns are written as headings below
            else:
                cover = _covering(body[i], line)
                cells.append(cover.text(kind) if cover is not None else "")
        number_col = kinds.index("number") if "number" in kinds else None
        number = str(count)
        if number_col is not None and (cover := _covering(body[number_col], line)) and cover.first == line:
            number = cover.text()
        rows.append(_Row(line, number, tuple(cells)))
    # A cell of another text column (项目) that spans several rows heads them.
    for i in texts:
        if i == task_col:
            continue
        for cell in body[i]:
            rows.append(_Row(cell.first, "", tuple(cell.text() if j == task_col else "" for j in range(len(kinds)))))
    for line, text in spans.items():
        if line > header_end:
            rows.append(_Row(line, "", tuple(text if j == task_col else "" for j in range(len(kinds)))))
    rows.sort(key=lambda r: (r.line, r.number != ""))
    return names, rows


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of box-drawn lines; a top border starts a new table, a bottom ends one."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, line in enumerate(lines):
        boxed = bool(_BOX_LINE.match(line))
        first = line.lstrip()[:1]
        if start is not None and (not boxed or first in _TOP):
            out.append((start, i))
            start = None
        if boxed and start is None:
            start = i
        if boxed and first in _BOTTOM and start is not None:
            out.append((start, i + 1))
            start = None
    if start is not None:
        out.append((start, len(lines)))
    return out


# A grid table drawn in ASCII (pandoc's docx → markdown, emacs / reST tables): rules of + and - (= under the
# header, : for alignment) and cells between | marks. Drawn in box characters it is the same table.
_GRID_RULE = re.compile(r" *\+(?:[-=:]+\+){2,} *")
_GRID_ROW = re.compile(r"^ *\|.*\| *$")


def _grids_as_boxes(text: str) -> str:
    """ASCII grid tables redrawn in box characters (line count kept), for ``flatten_boxes``."""
    lines = text.split("\n")
    rules = [k for k, line in enumerate(lines) if line.lstrip().startswith("+") and _GRID_RULE.fullmatch(line)]
    for a, b in itertools.pairwise(rules):
        if all(_GRID_ROW.match(lines[k]) for k in range(a + 1, b)):
            for k in range(a, b + 1):
                if k in (a, b):
                    lines[k] = lines[k].replace("+", "┼").replace("-", "─").replace("=", "─").replace(":", "─")
                else:
                    lines[k] = lines[k].replace("|", "│")
    return "\n".join(lines)


def flatten_boxes(text: str) -> str:
    """``text`` with every box-drawn table rewritten as ``|`` rows (line count kept)."""
    if holds(text, "+-") or holds(text, "+="):
        text = _grids_as_boxes(text)
    if "─" not in text and "│" not in text and "━" not in text and "═" not in text:
        return text
    lines = text.split("\n")
    changed = False
    for start, end in _blocks(lines):
        block = lines[start:end]
        if end - start < 3:
            continue
        found = _rows(block)
        if found is None:
            continue
        names, rows = found
        keep = [i for i, n in enumerate(names) if n not in ("序号", "编号")]
        out = [""] * len(block)
        header_line = next(
            (i for i, line in enumerate(block) if not _RULE_CELL.match("".join(_segments(line)) or "─")), 0
        )
        out[header_line] = " | ".join(["序号", *(names[i] for i in keep)])
        taken = {header_line}
        items = [r for r in rows if r.number]
        for row in items:
            out[row.line] = " | ".join([row.number, *(row.cells[i].replace("|", "/") for i in keep)])
            taken.add(row.line)
        for row in rows:
            if row.number:
                continue
            # A heading that starts on the line of a point (a merged 项目 cell beside it) goes on the
            # rule line above, which is free: it must come before the rows it heads.
            line = row.line
            while line in taken and line - 1 > header_line and line - 1 not in taken:
                line -= 1
            if line in taken:
                continue
            out[line] = " | ".join(["", *(row.cells[i].replace("|", "/") for i in keep)])
            taken.add(line)
        lines[start:end] = out
        changed = True
    return "\n".join(lines) if changed else text
