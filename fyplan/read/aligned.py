"""Tables laid out in aligned columns (``pdftotext -layout``, a fixed-width print): cells parted by runs
of spaces, a cell's words wrapped onto the lines below it in the same column. Rewritten as ``|`` rows
that the layout stage reads like any other flattened table, before spaces are collapsed (their runs
are the only borders such a table has).

The header line (序号, 重点工作, 牵头单位 …, parted by two spaces or more) gives the columns; the gap
between two header cells is where one column ends and the next begins (a header may stand centred over
its column). A line whose 序号 column holds a number starts a row; a line with nothing in that column
continues the cells of the row above, each piece in the column it stands under. Each row is written on
its first line, the lines it continued onto are left empty, so every line keeps its number. Positions
are counted both in characters and in display columns (a Chinese character is two wide in a terminal
or a fixed-width print): whichever lines the rows up with the header is used.
"""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import NamedTuple, TypeVar

from fyplan import units
from fyplan.grammars import lexicon
from fyplan.read import glued
from fyplan.read.decode import TABLE_GOES_ON
from fyplan.read.front import PAGE_LINE, is_junk
from fyplan.read.layout import typed_cells
from fyplan.read.scans import holds
from fyplan.read.tables import (
    GROUP_COLUMNS,
    GROUP_ROW,
    MEASURE,
    PLACE_LEVELS,
    UNIT_KINDS,
    fit,
    header_kinds,
    joined_piece,
    printed_again,
    spaced_names_joined,
    spread,
    two_row_header,
    word_cut,
)

_H = TypeVar("_H")  # what a table's header gives its rewriter: cells with positions, or column names
# Two spaces or more (or an ideographic space) part the cells of a line.

_CELL = re.compile(r"\S(?:.*?\S)??(?=(?: {2,}|\u3000|\t|$))")
# A header cell: a few words, no sentence mark nor figure — but a year before them (2022年目标) and a measure in a
# bracket after them (增幅(%), 投资额(万元)) are a column's name too.
_HEADER_CELL = re.compile(r"^(?:\d{4}年度?)?[^。,，;；:：%\d]{2,20}(?:" + MEASURE + ")?$")
# A piece of a header cell wrapped over lines (序 / 号): one character may stand alone.
_HEADER_PIECE = re.compile(r"^(?:\d{4}年度?[^。,，;；:：%\d]{0,20}|[^。,，;；:：%\d]{1,20})(?:" + MEASURE + ")?$")
# A row's number: 3, 3., 3、, or a sub-row's 1.2 / 1-2 under its parent row.
_NUMBER = re.compile(r"^\d{1,4}(?:[.．-]\d{1,3})?[.、]?$")
# (a line of three or more short names parted by commas, 序号 one of them and a duty's another: a CSV header's shape — not
# a sentence's clauses, which hold a stop, a 、 or a figure, nor a wrapped sentence's line, 县领导包联…制度,加快…)
_CSV_HEADER_SHAPE = re.compile(
    r"^(?=[^\n]*(?:^\ufeff?|,)(?:序号|序號|编号|編號)(?:,|$))(?=[^\n]*(?:单位|單位|领导|領導|责任|責任|部门|部門|处室|處室|科室|时限|時限))"
    r"\ufeff?[^,\n。、；;:：\d]{1,12}(?:,[^,\n。、；;:：\d]{1,12}){2,}\r?$",
    re.MULTILINE,
)


def _csv_numbered(text: str) -> bool:
    """A 序号 or 编号 column's name beside a comma anywhere (the header shape's regex costs ~17 ms per MB of a notice
    with none: the literal first, as scans.holds finds it, issue 13)."""
    return any(holds(text, word) for word in ("序号,", ",序号", "编号,", ",编号", "序號,", ",序號", "編號,", ",編號"))


_DUTY = frozenset({"leaders", "lead", "cooperating", "responsible"})
_JOIN_BARE = frozenset("、,，;；(（")  # a wrapped list or sentence goes on with nothing between
_MAX_GAP_LINES = 2  # blank lines a table may hold between its rows (a page break)


class Cell(NamedTuple):
    chars: int  # where the cell starts, in characters (unit 0)
    display: int  # in display columns (unit 1)
    wide: int  # and in display columns of a Chinese font, where “”, ①, — are as wide as a character (unit 2)
    text: str

    def at(self, unit: int) -> int:
        return (self.chars, self.display, self.wide)[unit]

    def shifted(self, offset: int, text: str) -> Cell:
        """The cell of ``text`` that starts ``offset`` characters into this one."""
        before = self.text[:offset]
        return Cell(self.chars + offset, self.display + _measure(before, 1), self.wide + _measure(before, 2), text)


# A page's furniture between a table's rows, besides its number (— 3 —, PAGE_LINE): the rule a printed document
# draws over its footer (────────), and the footer's issuer and date (某某办公室    2019年3月12日印发).
_RULE = re.compile(r" *[─━—–\-－=＝_＿]{6,} *")
_ISSUED = re.compile(r" *[^\d\s][^\d\n]{1,40}? {2,}\d{4}年\d{1,2}月\d{1,2}日(?:印发|印發) *")


def _page_furniture(line: str) -> bool:
    """Is the line a page's number, a rule over its footer, the footer's issuer and date, or the running head a new
    page opens with (\f吉林省人民政府公报    2010年第7期: pdftotext starts each page with a form feed): no row of
    the table?"""
    return bool(
        PAGE_LINE.fullmatch(line)
        or _RULE.fullmatch(line)
        or _ISSUED.fullmatch(line)
        or (line.startswith("\f") and _RUNNING_HEAD.fullmatch(line[1:]) is not None)
    )


# A page's running head: a title and its issue or date, no row number first (吉林省人民政府公报    2010年第7期).
_RUNNING_HEAD = re.compile(r" *[^\d\s][^\n]{1,40}? {2,}[^\n]{1,20}? *")


def _width(ch: str, unit: int = 1) -> int:
    # (unit 2: a print set in a Chinese font gives the characters Unicode calls ambiguous — “”‘’, ①, — — a
    # character's width, where a terminal gives them one column; a table typed in such a font lines up in it)
    return 1 if unit == 0 else 2 if unicodedata.east_asian_width(ch) in ("WF" if unit == 1 else "WFA") else 1


def _measure(text: str, unit: int) -> int:
    return len(text) if unit == 0 else sum(_width(ch, unit) for ch in text)


# 陈  波: a two-character name spaced out to a three-character one's width, in a cell of its own: one cell.
# (or by an ideographic space, in a table whose cells that space parts: 李　娟　区人社局)
_SPACED_NAME = re.compile(
    r"(?:(?<=  )|(?<=\u3000)|^)([\u4e00-\u9fff])(?: {1,2}|\u3000)([\u4e00-\u9fff])(?=  |\u3000|$)"
)


def _cells(line: str) -> list[Cell]:
    """(character start, display start, text) of each cell of a line."""
    if ("  " in line or "\u3000" in line) and _SPACED_NAME.search(line):
        # The name closed up and the spaces moved after it: every other cell keeps its place.
        line = _SPACED_NAME.sub(lambda m: m.group(1) + m.group(2) + m.group()[1:-1], line).rstrip()
        # (rstrip: a name closed up at the line's end leaves one space after it, where no cell may end)
    out: list[Cell] = []
    display = wide = last = 0
    for m in _CELL.finditer(line):
        display += _measure(line[last : m.start()], 1)
        wide += _measure(line[last : m.start()], 2)
        out.append(Cell(m.start(), display, wide, m.group()))
        display += _measure(m.group(), 1)
        wide += _measure(m.group(), 2)
        last = m.end()
    return out


def _header(line: str) -> list[Cell] | None:
    if "  " not in line and "\u3000" not in line and "\t" not in line:
        return None
    return _header_cells(_known_names_apart(_cells(line)))


def _known_names_apart(cells: list[Cell]) -> list[Cell]:
    """A header cell that is two column names one space apart (序号 重点任务: a print that set the 序号 column
    narrow) as the two cells it is, each at its own place; only where each part names a column we know."""
    out: list[Cell] = []
    for cell in cells:
        parts = cell.text.split(" ")
        if len(parts) == 2 and all(parts) and all(kind != "note" for kind in header_kinds(parts)):
            second = len(parts[0]) + 1
            out.append(cell._replace(text=parts[0]))
            out.append(cell.shifted(second, parts[1]))
        else:
            out.append(cell)
    return out


def _header_like(line: str) -> list[Cell] | None:
    """The cells of one line of a header wrapped over several lines (序 / 号, 责任 / 领导): a few column words
    each, no number first, at most a table's columns."""
    cells = _cells(line)
    if not cells or len(cells) > 12 or _NUMBER.match(cells[0].text) or GROUP_ROW.match(cells[0].text):
        return None  # (一、优化营商环境 under the header: the first group's row, no piece of the header)
    if any(c.text.endswith(("、", "，")) for c in cells):
        return None  # (区发改局、 — a list of names going on below: a row's cell, no column's name)
    return cells if all(_HEADER_PIECE.match(c.text.replace(" ", "")) for c in cells) else None


def _span(cell: Cell, unit: int) -> tuple[int, int]:
    return cell.at(unit), cell.at(unit) + _measure(cell.text, unit)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _merged_header(block: list[list[Cell]], unit: int) -> list[Cell] | None:
    """A header wrapped over the lines of ``block`` as one line of columns: the pieces that stand over one
    another in this unit are one column's name, read top to bottom (序 / 号 is 序号). A piece standing over
    two or more pieces of another line is a merged cell over the columns below it (责任单位 over 牵头 |
    配合): only a duty column's, read as a two-row header is. None where the pieces do not part into
    columns (two pieces of one line in one column)."""
    pieces = [(row, _span(c, unit), c) for row, cells in enumerate(block) for c in cells]
    merged_over = [
        p
        for p in pieces
        if any(sum(1 for q in cells if _overlap(p[1], _span(q, unit))) >= 2 for cells in block if cells)
    ]
    columns: list[list[tuple[int, tuple[int, int], Cell]]] = []
    for piece in sorted((p for p in pieces if p not in merged_over), key=lambda p: p[1][0]):
        hits = [col for col in columns if any(_overlap(piece[1], q[1]) for q in col)]
        if len(hits) > 1 or (hits and any(q[0] == piece[0] for q in hits[0])):
            return None
        if hits:
            hits[0].append(piece)
        else:
            columns.append([piece])
    columns.sort(key=lambda col: min(q[1][0] for q in col))
    # A column stands where its piece on the header's fullest line stands (its other pieces may be placed in
    # the other unit: 领导 typed under 分管市 by characters is off it by display columns).
    main = max(range(len(block)), key=lambda row: (len(block[row]), -row))
    cells = []
    for col in columns:
        at = next((q[2] for q in col if q[0] == main), min((q[2] for q in col), key=lambda c: c.at(unit)))
        cells.append(at._replace(text="".join(q[2].text.replace(" ", "") for q in sorted(col))))
    for top in merged_over:
        under = [k for k, col in enumerate(columns) if any(_overlap(top[1], q[1]) for q in col)]
        names = [c.text for c in cells]
        tops = [*names[: under[0]], top[2].text.replace(" ", ""), *names[under[-1] + 1 :]]
        two = two_row_header(tops, names[under[0] : under[-1] + 1])
        if two is None:
            return None
        sub_names = two[1]
        cells[under[0] : under[-1] + 1] = [
            c._replace(text=n) for c, n in zip(cells[under[0] : under[-1] + 1], sub_names, strict=True)
        ]
    return cells


def _header_block(lines: list[str], at: int, numbered: bool = True) -> tuple[int, int, list[Cell]] | None:
    """A header wrapped over two to four lines around line ``at`` (the one holding 序): (its first line, its
    last line, its columns), when they name a table's columns as a one-line header does."""
    if _header_like(lines[at]) is None:
        return None
    first = at
    while first > 0 and at - first < 3 and _header_like(lines[first - 1]) is not None:
        first -= 1
    last = at
    while last + 1 < len(lines) and last - first < 7 and _header_like(lines[last + 1]) is not None:
        last += 1
    # The widest run of lines around ``at`` that reads as one header (a title above it, a group row below it is
    # none of it).
    likes = [_header_like(line) or [] for line in lines[first : last + 1]]
    spans = sorted(
        ((top, bottom) for top in range(first, at + 1) for bottom in range(at, last + 1) if bottom > top),
        key=lambda span: (span[0] - span[1], span[0]),
    )
    for top, bottom in spans:
        block = likes[top - first : bottom - first + 1]
        # (in whichever unit stacks more of the pieces into columns: a print counts characters, a typed
        # table display columns, and the other unit leaves a piece as a column of its own)
        found = [
            c for unit in (1, 0, 2) if (c := _merged_header(block, unit)) is not None and _header_cells(c, numbered)
        ]
        if found:
            # (as many columns both ways: the reading whose names we know more of — 分管市 / 领导 stacked by
            # characters is 分管市领导, by display columns 领导 joins 配合单位, and 分管市 is no column we know)
            return top, bottom, min(found, key=lambda c: (len(c), -_known(c), _spread(block, c)))
    return None


def _spread(block: list[list[Cell]], cells: list[Cell]) -> int:
    """How far the header's pieces stand from the columns they were stacked into, in characters and display columns
    both (a reading that stacked pieces typed under one another has them at its columns' starts)."""
    return sum(min(abs(p.chars - c.chars) + abs(p.display - c.display) for c in cells) for row in block for p in row)


def _known(cells: list[Cell]) -> int:
    return sum(1 for kind in header_kinds([c.text for c in cells]) if kind != "note")


def _header_cells(cells: list[Cell], numbered: bool = True) -> list[Cell] | None:
    """The columns of a header naming a table's (a 序号 column first; without ``numbered``, none, the task's
    first), or None."""
    if len(cells) < 3 or len(cells) > 12:
        return None
    names = [c.text.replace(" ", "") for c in cells]
    if not all(_HEADER_CELL.match(n) for n in names):
        return None
    kinds = header_kinds(names)
    first = "number" if numbered else "text"
    grouped = numbered and _grouped(kinds)
    if (kinds[0] != first and not grouped) or "text" not in kinds or not any(k in _DUTY for k in kinds):
        return None
    if not numbered and "number" in kinds:
        return None
    return cells


def _grouped(kinds: list[str]) -> bool:
    """类别 | 序号 | …, 领域 | 序号 | …: a group column merged down the rows before the number's (its cell printed on a
    group's first row, or centred over its rows)?"""
    return len(kinds) > 3 and kinds[0] == "note" and kinds[1] == "number"


def _bounds(header: list[Cell], body: list[str], unit: int) -> list[int]:
    """Where each column after the first begins. Rows with a cell in every column show it (the
    leftmost start of each column's cells, less one for a stray space); without such rows, the middle
    of the gap before each header cell (a header cell may stand centred over a wider column)."""
    full = [cells for cells in map(_cells, body) if len(cells) == len(header) and _NUMBER.match(cells[0].text)]
    if full:
        return [min(cells[k].at(unit) for cells in full) - 1 for k in range(1, len(header))]
    # Where two body cells or more start (a column's cells stand left-aligned at its start).
    starts = Counter(c.at(unit) for line in body for c in _cells(line))
    out: list[int] = []
    for left, right in itertools.pairwise(header):
        end = left.at(unit) + _measure(left.text, unit)
        # (a name stacked from pieces is longer than its column is wide: where it reaches the next, that one begins)
        middle = right.at(unit) if end >= right.at(unit) else (end + right.at(unit)) // 2 + 1
        # (序号, then a task column whose name stands centred over it, far to the right: the task's lines start in
        # the gap's left half, all at one place — there the column begins, not at the gap's middle; only after the
        # number column, whose cells are short: a later column's wrapped names may stand anywhere in a gap)
        numbers = not out and header_kinds([left.text.replace(" ", "")])[0] == "number"
        shared = [at for at, count in starts.items() if numbers and end < at < middle and count >= _SHARED_START]
        out.append(min(shared) if shared else middle)
    return out


_SHARED_START = 2
_HEAD_LINES = 12  # how far above the header a page's running head may stand
_HEAD_LEAST = 6  # (not a short line: 附件 alone may be a row's word too)


def _column(start: int, bounds: list[int]) -> int:
    k = 0
    while k < len(bounds) and start >= bounds[k]:
        k += 1
    return k


def _misfit(lines: list[str], header: list[Cell], unit: int) -> int:
    """How badly the rows line up with the columns in this unit: cells that start a row's later
    columns but fall into the 序号 column, rows whose number is not in it, cells out of order."""
    bounds = _bounds(header, lines, unit)
    bad = 0
    for line in lines:
        cells = _cells(line)
        if not cells:
            continue
        first = _column(cells[0].at(unit), bounds)
        if _NUMBER.match(cells[0].text) and first != 0:
            bad += 1
        bad += sum(1 for c in cells[1:] if _column(c.at(unit), bounds) == 0)
        columns = [_column(c.at(unit), bounds) for c in cells]
        bad += sum(1 for a, b in itertools.pairwise(columns) if b <= a)
    return bad


def _fitness(lines: list[str], header: list[Cell], kinds: list[str], unit: int) -> float:
    """How well the cells fit the kinds of the columns they fall in, in this unit: what tells characters
    from display columns when both line the rows up (a row or two, cells left empty)."""
    bounds = _bounds(header, lines, unit)
    return sum(
        fit(c.text, kinds[col]) for line in lines for c in _cells(line) if (col := _column(c.at(unit), bounds)) > 0
    )


_NEAR_OFFSET = 2  # how far a full row's cells may start from their header cells, a row, to line up nearly


def _full_rows(lines: list[str], header: list[Cell]) -> int:
    return sum(1 for cells in map(_cells, lines) if len(cells) == len(header) and _NUMBER.match(cells[0].text))


def _page_head(lines: list[str], k: int, end: int, repeated: set[str]) -> bool:
    """Is line ``k`` the running head a new page opens with (a form feed first: pdftotext starts each page with one),
    above the table's header printed again — whatever its words (the document's title, shortened)?"""
    return lines[k].startswith("\f") and any(_compact(line) in repeated for line in lines[k + 1 : min(end, k + 4)])


def _aligned(lines: list[str], unit: int) -> int:
    """How many of the lines' cells after their first start where a cell of another line starts, in this unit."""
    starts = [{c.at(unit) for c in _cells(line)[1:]} for line in lines]
    seen = Counter(at for line in starts for at in line)
    return sum(1 for line in starts for at in line if seen[at] >= 2)


def _offsets(lines: list[str], header: list[Cell], unit: int) -> int:
    """How far the cells of full rows start from their header cells in this unit (0 when the header
    and the rows are left-aligned in it)."""
    full = [cells for cells in map(_cells, lines) if len(cells) == len(header) and _NUMBER.match(cells[0].text)]
    return sum(abs(c.at(unit) - h.at(unit)) for cells in full for c, h in zip(cells, header, strict=True))


def flatten_aligned(text: str) -> str:
    """Every aligned-column or tab-parted table in ``text`` rewritten as | rows (the text itself when
    there is none)."""
    if "\t" in text:
        text = _each_table(
            _two_row_tab_headers(_rows_over_two_lines(_quoted_headers(text))),
            "\t",
            lambda lines, i: _tab_header(lines[i]),
            _merged_down(_rewrite_tabbed),
        )
    if holds(text, ",,") or holds(text, '",') or (_csv_numbered(text) and _CSV_HEADER_SHAPE.search(text)):
        # A CSV export's rows: a title or group row is padded with empty cells (…分解表,,,,,), a cell with a
        # comma or a line break is quoted, and the header is a line of short names parted by commas (a table
        # whose every cell is filled and holds no comma is saved with no quote and no empty cell); a notice's
        # prose has none of these shapes.
        text = _each_table(
            _two_row_tab_headers(text, ","), ",", lambda lines, i: _csv_header(lines[i]), _merged_down(_rewrite_csv)
        )
    if holds(text, ";;") or holds(text, '";'):
        text = _each_table(
            text,
            ";",
            lambda lines, i: _csv_header(lines[i], ";"),
            lambda lines, at, names: _rewrite_csv(lines, at, names, ";"),
        )
    if " " in text and _NUMBERED_ROW_AT.search(text):
        text = _numbered_rows_under_words(text)
    if not holds(text, "  ") and "\u3000" not in text:
        return text
    if "序" in text:
        text = _each_table(text, "序", _aligned_header, _rewrite)
    if holds(text, "单位") or holds(text, "处室") or holds(text, "科室") or holds(text, "部门"):
        # A table with no 序号 column, its rows parted by blank lines (a PDF's rows centred in their cells).
        text = _each_table(text, "", _numberless_header, _rewrite_blocks)
    return text


_DUTY_WORD = re.compile(r"单位|处室|科室|部门")


def _numberless_header(lines: list[str], at: int) -> tuple[int, int, list[Cell]] | None:
    """The header of a table with no 序号 column (重点任务 | 目标要求 | 牵头单位 | 责任单位) at line ``at``, which names a
    duty column, maybe wrapped over the lines around it. (first line, last line, columns)."""
    line = lines[at]
    if not _DUTY_WORD.search(line) or ("  " not in line and "\u3000" not in line) or "|" in line:
        return None
    cells = _header_cells(_cells(line), numbered=False)
    if cells is not None:
        return _wrapped_cells(lines, at, cells, False)
    return _header_block(lines, at, numbered=False)


def _rewrite_blocks(lines: list[str], at: int, found: tuple[int, int, list[Cell]]) -> int:
    """A table with no 序号 column whose rows are parted by blank lines: each run of lines between two blank ones is
    a row (its pieces joined in the columns they stand under, top to bottom), numbered as printed at its task's
    start (1．推进…) or in order; a 一、 line alone before a row is a group row. Written as | rows with a 序号 column,
    on each row's first line (its other lines left empty). The lines stay as they were where the runs do not read as
    rows (a paragraph across the columns, no duty cell): returns the line after the header then."""
    first, last, header = found
    names = ["序号", *(c.text.replace(" ", "") for c in header)]
    kinds = header_kinds(names[1:])
    blocks: list[list[int]] = []
    k = last + 1
    blanks = 0
    # (the header printed again on the next page, and the running head above it — on a facing page its pieces may
    # stand the other way round: 2024年第3期 … 某市人民政府公报)
    repeated = _repeated(lines, first, last)
    repeated |= {_pieces_sorted(line) for line in lines[max(0, first - _HEAD_LINES) : first] if line.strip()}
    while k < len(lines) and blanks <= _MAX_GAP_LINES:
        line = lines[k]
        again = _compact(line) in repeated or (line.strip() != "" and _pieces_sorted(line) in repeated)
        if not line.strip() or again or _page_furniture(line) or TABLE_GOES_ON.match(line.strip()):
            # (a page's number, its running head and the header again: the table goes on over the page's break)
            blanks = blanks + 1 if not line.strip() else 0
            if blocks and blocks[-1]:
                blocks.append([])
            k += 1
            continue
        blanks = 0
        if not blocks:
            blocks.append([])
        blocks[-1].append(k)
        k += 1
    blocks = [b for b in blocks if b]
    rows: list[tuple[int, list[str]]] = []  # (first line, cells) of each row; a group row's cells: its title alone
    best: tuple[float, int, list[int]] | None = None
    for unit in (1, 0, 2):
        bounds = _bounds(header, [], unit)
        score = _fitness([lines[j] for b in blocks[:8] for j in b], header, kinds, unit)
        if best is None or score > best[0]:
            best = (score, unit, bounds)
    assert best is not None
    _, unit, bounds = best
    if "deadline" in kinds:
        blocks = [part for block in blocks for part in _top_rows(lines, block, unit, bounds, kinds)]
    ordinal = 0
    end = last + 1
    for block in blocks:
        group = _cells(lines[block[0]])
        if len(group) == 1 and GROUP_ROW.match(group[0].text):
            rows.append((block[0], [group[0].text]))
            block = block[1:]
            if not block:
                end = rows[-1][0] + 1
                continue
        cells = [""] * len(header)
        for j in block:
            for cell in _cells(lines[j]):
                col = _column(cell.at(unit), bounds)
                cells[col] = joined_piece(cells[col], cell.text, kinds[col])
        text_at = kinds.index("text")
        duties = [c for c, kind in zip(cells, kinds, strict=True) if kind in _DUTY and c]
        if not cells[text_at] or not duties:
            break
        own = re.match(r"^(\d{1,3})[.．、]", cells[text_at])
        ordinal = int(own.group(1)) if own else ordinal + 1
        if own:
            cells[text_at] = cells[text_at][own.end() :]
        rows.append((block[0], [str(ordinal), *cells]))
        end = block[-1] + 1
    numbered = [r for r in rows if len(r[1]) > 1]
    if len(numbered) < 2:
        return last + 1
    for k in range(first, end):
        lines[k] = ""
    lines[first] = " | ".join(names)
    for at_line, cells in rows:
        lines[at_line] = " | ".join(cells) if len(cells) > 1 else cells[0] + " |" * (len(names) - 1)
    return end


_BOX = re.compile(r"[│┃║─━┼├┤└┘┌┐]")


def _repeated(lines: list[str], first: int, last: int) -> set[str]:
    """The lines a table's next page prints again, compacted: its header (lines ``first`` to ``last``) and a page's
    running head, printed above the header on the first page (某市人民政府公报 2022年第2期)."""
    repeated = {_compact(line) for line in lines[first : last + 1]}
    repeated |= {c for line in lines[max(0, first - _HEAD_LINES) : first] if len(c := _compact(line)) >= _HEAD_LEAST}
    return repeated


def _pieces_sorted(line: str) -> str:
    """A line's pieces in order of their characters: a running head and its mirror on the facing page compare equal."""
    pieces = line.split()
    return "\u0000".join(sorted(pieces)) if len(pieces) > 1 else _compact(line)


def _top_rows(lines: list[str], block: list[int], unit: int, bounds: list[int], kinds: list[str]) -> list[list[int]]:
    """A run of lines with no blank line between them, split into rows where the rows start on their first lines (cells
    aligned at the top, no blank lines between rows): a line with a task's piece and a deadline's (a deadline is one
    line; a task's first line carries it) opens a row, where the run's first line does so. A run whose first line
    holds no deadline (a row centred on its middle line) stays one row."""

    def opens_row(k: int) -> bool:
        found = {kinds[_column(c.at(unit), bounds)] for c in _cells(lines[k])}
        return "text" in found and "deadline" in found

    first = 1 if GROUP_ROW.match(lines[block[0]].strip()) else 0  # (a group row over the run's first row)
    if len(block) < first + 2 or any(_BOX.search(lines[k]) for k in block) or not opens_row(block[first]):
        return [block]  # (a table drawn in box characters is fyplan/read/boxes.py's)
    rows: list[list[int]] = []
    for k in block:
        if not rows or opens_row(k) or GROUP_ROW.match(lines[k].strip()):
            rows.append([k])
        else:
            rows[-1].append(k)
    return rows


def _aligned_header(lines: list[str], at: int) -> tuple[int, int, list[Cell]] | None:
    """An aligned table's header at line ``at``: on that line alone (the second line of a two-row header is
    ``_rewrite``'s), else wrapped over it and the lines around it. (first line, last line, columns)."""
    cells = _header(lines[at])
    if cells is None:
        return _header_block(lines, at)
    below = _header_like(lines[at + 1]) if at + 1 < len(lines) else None
    if below is not None and two_row_header([c.text for c in cells], [c.text for c in below]) is not None:
        return at, at, cells  # (责任单位 over 牵头单位 | 配合单位: _rewrite reads the second row)
    return _wrapped_cells(lines, at, cells, True)


def _wrapped_cells(lines: list[str], at: int, cells: list[Cell], numbered: bool) -> tuple[int, int, list[Cell]]:
    """A header that reads on line ``at`` alone, unless a cell of it wrapped onto the lines around it (分管市 / 领导;
    分管委 above and 领导 below 重点工作任务 | 牵头处室 …): then the wrapped reading, which has as many columns or more."""
    near = [k for k in (at - 1, at + 1) if 0 <= k < len(lines) and _header_like(lines[k]) is not None]
    if near:
        block = _header_block(lines, at, numbered)
        if block is not None and block[0] != block[1] and len(block[2]) >= len(cells):
            return block
    return at, at, cells


def _merged_down(rewrite: Callable[[list[str], int, list[str]], int]) -> Callable[[list[str], int, list[str]], int]:
    """``rewrite`` of a spreadsheet's or a Word table's rows, then its cells merged over several rows given to each row
    they span: a duty column's before the numbers (``_first_column_down``), the leaders' (``_leaders_down``) and,
    where those are merged, the lead's and the date's (``_leads_down``)."""

    def rewritten(lines: list[str], at: int, names: list[str]) -> int:
        end = rewrite(lines, at, names)
        _first_column_down(lines, at, end, names)
        _leaders_first_down(lines, at, end, names)
        groups = _leaders_down(lines, at, end, names)
        if groups:
            _leads_down(lines, groups, names)
        else:
            _deadlines_down(lines, at, end, names)
        _numbered_within_groups(lines, at, end, names)
        return end

    return rewritten


def _first_column_down(lines: list[str], at: int, end: int, names: list[str]) -> None:
    """牵头单位 | 序号 | 重点工作任务 | …: a duty column before the rows' numbers groups the rows under it, its cell merged
    down the rows it leads (a sheet's copy leaves the merge's lower places empty) — each row's empty cell there given
    the cell above it, down to the next cell or group row (一、…)."""
    if len(names) < 4 or _number_column(names) != 1:
        return
    kind = header_kinds([n for n in names if n])[0]
    if kind not in ("lead", "responsible", "leaders"):
        return
    above = ""
    for k in range(at + 1, min(end, len(lines))):
        cells = lines[k].split(" | ")
        if len(cells) != len(names) or not cells[1].strip().isdigit():
            if lines[k].strip() and GROUP_ROW.match(lines[k].strip()):
                above = ""  # (a merge reaches no row across a group row)
            continue
        if cells[0].strip():
            above = cells[0] if _named(cells[0]) else ""
        elif above:
            cells[0] = above
            lines[k] = " | ".join(cells)


def _leaders_first_down(lines: list[str], at: int, end: int, names: list[str]) -> None:
    """牵头领导 | 重点工作 | 牵头单位 | …, no 序号: the leader's cell first, merged down the rows it leads (周阳市长 on the
    first row, the rows below it opening with an empty cell; their tasks numbered 1. 2. in their own cells) — each
    such row given the cell above it, down to the next leader's cell or group row (一、…)."""
    if len(names) < 3 or "序号" in names or header_kinds([names[0]]) != ["leaders"]:
        return
    above = ""
    for k in range(at + 1, min(end, len(lines))):
        cells = lines[k].split(" | ")
        if len(cells) != len(names):
            if lines[k].strip() and GROUP_ROW.match(lines[k].strip()):
                above = ""  # (a merge reaches no row across a group row)
            continue
        if cells[0].strip():
            above = cells[0] if _named(cells[0]) else ""
        elif above and _NUMBERED_TASK.match(cells[1].strip()):
            cells[0] = above
            lines[k] = " | ".join(cells)


_NUMBERED_TASK = re.compile(r"\d{1,3}[.、]")


def _numbered_within_groups(lines: list[str], at: int, end: int, names: list[str]) -> None:
    """序号 | 编号 where 序号 numbers the groups (merged down, on each group's first row) and 编号 the rows within them
    (1.1, 1.2, 2.1 …): each row's number is its 编号 — written in the 序号 cell, the 编号 cell left empty. Only where
    every row's 编号 is such a number and its group's part is the 序号 above it, or the same."""
    if "序号" not in names or "编号" not in names:
        return
    serial, code = names.index("序号"), names.index("编号")
    rows = [k for k in range(at + 1, end) if lines[k].count(" | ") == len(names) - 1]
    group = ""
    found: list[tuple[int, list[str], str]] = []
    for k in rows:
        cells = lines[k].split(" | ")
        m = _WITHIN_GROUP.fullmatch(cells[code].strip())
        if not cells[code].strip() and GROUP_ROW.match(cells[0].strip()):
            continue  # (a group row across the table)
        if m is None:
            return
        group = cells[serial].strip() or group
        if m.group(1) != group:
            return
        found.append((k, cells, m.group()))
    if len(found) < _WITHIN_GROUP_ROWS:
        return
    for k, cells, number in found:
        cells[serial], cells[code] = number, ""
        lines[k] = " | ".join(cells)


_WITHIN_GROUP = re.compile(r"(\d{1,3})[.．]\d{1,3}")
_WITHIN_GROUP_ROWS = 2


def _leaders_down(lines: list[str], at: int, end: int, names: list[str]) -> list[list[int]]:
    """A leaders' cell merged over the rows of a group (杨光林 on the group's first row, the rows below it empty: a
    copy of a sheet or a Word table leaves a merged cell's lower places empty) given to each row below it, up to the
    next group row or the next leaders' cell. Only in a table of groups (一、… rows between the rows) where two groups
    at least name leaders on their first row and leave cells empty below it (the merge repeated). A group whose first
    row names no one has rows with no leader down to its first name (a merge reaches no row across a group row). A
    mark for none (无, —) is no merged place."""
    named = [k for k, n in enumerate(names) if n]
    kinds = header_kinds([names[k] for k in named])
    if "leaders" not in kinds:
        return []
    column = named[kinds.index("leaders")]
    # (类别 | 序号 | …: a group column merged down its group's rows, its name on the group's first row — a group as a
    # 一、… row is)
    grouping = _group_column(names)
    rows: list[list[int]] = [[]]  # the rows of each group, by line
    for k in range(at + 1, min(end, len(lines))):
        cells = lines[k].split(" | ")
        if len(cells) == len(names) and cells[_number_column(names)].strip().isdigit():
            if grouping is not None and cells[grouping].strip() and rows[-1]:
                rows.append([])
            rows[-1].append(k)
        elif lines[k].strip() and GROUP_ROW.match(lines[k].strip()):
            rows.append([])
    groups = [group for group in rows if group]
    # A group of three rows or more whose first row alone names a leader (王纲市长, then every cell below it empty):
    # one cell merged over the group — a column no row fills but the first is no list of rows with no leader.
    whole = [
        group
        for group in groups
        if len(group) >= 3
        and _named(lines[group[0]].split(" | ")[column])
        and not any(lines[k].split(" | ")[column].strip() for k in group[1:])
    ]
    merged = [
        group
        for group in groups
        if _named(lines[group[0]].split(" | ")[column])
        and any(not lines[k].split(" | ")[column].strip() for k in group[1:])
    ]
    if len(groups) < 2 or len(merged) < 2:
        # (a table of no groups, or an empty cell in one group alone: it may be a row with no leader as well as a
        # merged cell's place — but for a group named on its first row alone)
        groups = whole
        if not groups:
            return []
    if printed_again([[lines[k].split(" | ")[column] for k in group] for group in groups]):
        return []  # (one leader on two rows of a group in a row: the column is written out, its empty cells are empty)
    for group in groups:
        above = ""
        for k in group:
            cells = lines[k].split(" | ")
            if cells[column].strip():
                above = cells[column]
            elif above:
                cells[column] = above
                lines[k] = " | ".join(cells)
    return groups


def _group_column(names: list[str]) -> int | None:
    """Where a group column (类别, 领域 …: its cell merged down its group's rows) stands, if the header has one."""
    return next((k for k, n in enumerate(names) if n.replace(" ", "") in GROUP_COLUMNS), None)


def _leads_down(lines: list[str], groups: list[list[int]], names: list[str]) -> None:
    """In a table whose leaders' cells are merged (``_leaders_down`` found them so), a lead unit's cell left empty in
    a row that names other units answering: the place of a lead cell merged over it and the row above (a row with a
    cooperating list names a lead; an export leaves the merge's lower places empty) — given the cell above, within
    the group; so is a deadline's cell left empty in a row that holds a task."""
    named = [k for k, n in enumerate(names) if n]
    kinds = header_kinds([names[k] for k in named])
    if "lead" in kinds:
        others = [named[j] for j, kind in enumerate(kinds) if kind in ("cooperating", "responsible")]
        _down(lines, groups, named[kinds.index("lead")], others)
    if "deadline" in kinds and "text" in kinds:
        # (a date merged over the rows of a group: 2025年11月底 on its first row, the rows below it that hold a task)
        _down(lines, groups, named[kinds.index("deadline")], [named[kinds.index("text")]])


def _deadlines_down(lines: list[str], at: int, end: int, names: list[str]) -> None:
    """类别 | 序号 | 重点任务 | 责任单位 | 完成时限 with the 类别 cell merged down its group (printed on the group's first
    row only — the copy leaves a merge's lower places empty): a 完成时限 cell left empty in a row below a filled one
    of its group is the same merge's lower place (rows 1-2 长期坚持), given the cell above. Only where the group
    column shows such merges and the empty dates are few (at most a third of the rows: a column mostly empty is
    one that leaves dates out) and never a group's first row (nothing above it to merge)."""
    grouping = _group_column(names)
    named = [k for k, n in enumerate(names) if n]
    kinds = header_kinds([names[k] for k in named])
    if grouping is None or "deadline" not in kinds or "text" not in kinds:
        return
    column, text = named[kinds.index("deadline")], named[kinds.index("text")]
    rows = [
        (k, cells)
        for k in range(at + 1, min(end, len(lines)))
        if len(cells := lines[k].split(" | ")) == len(names) and cells[_number_column(names)].strip().isdigit()
    ]
    starts = [j for j, (_, cells) in enumerate(rows) if cells[grouping].strip()]
    if len(starts) < 2 or starts[0] != 0 or len(starts) == len(rows):
        return  # (no group merged over rows below its first)
    # (a task that says its own date, …2024年6月底前出台办法, leaves the cell empty for that: no merge)
    empty = [
        j
        for j, (_, cells) in enumerate(rows)
        if not cells[column].strip() and cells[text].strip() and not _OWN_DATE.search(cells[text])
    ]
    if not empty or 3 * len(empty) > len(rows) or any(j in starts for j in empty):
        return
    above = ""
    for j, (k, cells) in enumerate(rows):
        if j in starts:
            above = ""
        if cells[column].strip():
            above = cells[column] if _named(cells[column]) else ""
        elif above and j in empty:
            cells[column] = above
            lines[k] = " | ".join(cells)


_OWN_DATE = re.compile(r"\d{1,2}月(?:底|末|\d{1,2}日)?(?:前|以前|之前)|年底前|年内")


def _down(lines: list[str], groups: list[list[int]], column: int, others: list[int]) -> None:
    """An empty cell of ``column`` in a row that holds something in one of ``others`` given the cell above it, within
    its group (a merge's lower places)."""
    for group in groups:
        above = ""
        for k in group:
            cells = lines[k].split(" | ")
            if cells[column].strip():
                above = cells[column] if _named(cells[column]) else ""
            elif above and any(cells[c].strip() for c in others):
                cells[column] = above
                lines[k] = " | ".join(cells)


def _named(cell: str) -> bool:
    """Does a leaders' cell name someone (not empty, nor a mark for none: 无, —, /)?"""
    return bool(cell.strip()) and _NONE_MARK.match(cell) is None


_NONE_MARK = re.compile(r"^\s*(?:[/／\\]|[-—－─]{1,2}|无|無)\s*$")


def _each_table(
    text: str,
    hint: str,
    header_of: Callable[[list[str], int], _H | None],
    rewrite: Callable[[list[str], int, _H], int],
) -> str:
    """``rewrite`` each table whose header ``header_of`` finds on a line holding ``hint``; it returns
    the index after the table. The text itself when there is no table."""
    lines = text.split("\n")
    changed = False
    i = 0
    while i < len(lines):
        header = header_of(lines, i) if hint in lines[i] else None
        if header is None:
            i += 1
            continue
        i = rewrite(lines, i, header)
        changed = True
    return "\n".join(lines) if changed else text


def _rewrite(lines: list[str], at: int, found: tuple[int, int, list[Cell]]) -> int:
    """Rewrite the table whose header ``found`` gives (its first line, its last line, its columns); return the
    index after it."""
    first, at, header = found
    names = [c.text.replace(" ", "") for c in header]
    subs = _cells(lines[at + 1]) if at + 1 < len(lines) and first == at else []
    two = two_row_header(names, [c.text.replace(" ", "") for c in subs]) if subs else None
    if two is not None and all(_HEADER_CELL.match(c.text) for c in subs):
        # A header of two rows (责任单位 over 牵头单位 | 配合单位): the second row's cells are the columns.
        spans, sub_names = two
        names = spread(names, spans, sub_names)
        header = spread(header, spans, subs)
        lines[at] = ""
        at += 1
    kinds = header_kinds(names)
    number_col = 1 if _grouped(kinds) else 0  # (the rows open in the 序号 column, after the group's)
    end = at + 1
    blanks = 0
    while end < len(lines) and blanks <= _MAX_GAP_LINES:
        blanks = blanks + 1 if not lines[end].strip() else 0
        if blanks > _MAX_GAP_LINES and _page_break_below(lines, end):
            blanks = 0  # (the blank foot of a page, its number below: the table goes on over the break)
        end += 1
    repeated = _repeated(lines, first, at)
    # (the header again and a page's number are no row: left out of choosing the unit and the columns' widths)
    body = [line for line in lines[at + 1 : end] if _compact(line) not in repeated and not _page_furniture(line)]
    if (
        first == at
        and _parted_by_spaces(body, len(names), number_at := _number_column(names))
        and min(_misfit(body[:40], header, u) for u in (0, 1, 2)) > 0
    ):
        # (rows whose cells two spaces part, not columns — the normalised text keeps one space of each run, so the
        # cells are told here, where the runs still part them: a | row each)
        return _rewrite_space_parted(lines, at, end, names, repeated, number_at)

    def rank(u: int) -> tuple[int, int, float, int, int]:
        offsets = _offsets(body[:40], header, u)
        # (full rows left-aligned with the header in this unit, or nearly — a character or two a row, where the
        # other unit is off by whole words: it, before the cells' fit is weighed)
        near = 0 if offsets == 0 else 1 if offsets <= _NEAR_OFFSET * max(1, _full_rows(body[:40], header)) else 2
        # (last, the unit in which more cells start where another cell starts: a column's cells stand left-aligned —
        # a line with “” in it puts the cells after them off by a column each in the unit that counts them narrow)
        return (
            _misfit(body[:40], header, u),
            near,
            -_fitness(body[:40], header, kinds, u),
            offsets,
            -_aligned(body[:40], u),
        )

    unit = min((0, 1, 2), key=rank)
    bounds = _bounds(header, body, unit)
    tight_bounds = _one_space_bounds(body, header)
    if tight_bounds is not None:
        # A narrow print whose columns one space parts (pdftotext -layout): the columns start where the lines'
        # pieces start most often, in display columns; a line's pieces are parted at those starts.
        unit, bounds = 1, tight_bounds

    def cells_of(line: str) -> list[Cell]:
        if tight_bounds is not None:
            return _pieces_in_columns(line, tight_bounds)
        return _straddling_split(_cells(line), bounds, unit)

    kept = lines[first:end]
    numbered = sum(1 for line in body if _NUMBER.match(line.strip().split(" ", 1)[0]))
    lines[first] = " | ".join(names)
    for k in range(first + 1, at + 1):
        lines[k] = ""  # (the header's other lines: a second row, or the lines a header wrapped over)
    row: list[str] | None = None
    row_line = 0
    rows = 0
    centred = _centred(lines, at + 1, end, unit, bounds)
    text_at = kinds.index("text")
    tight = not centred and _centred_tight(lines, at + 1, end, unit, bounds, text_at)
    parted = not centred and _blank_parted(lines, at + 1, end, unit, bounds)
    widest = _widest(body, unit, bounds, len(names))
    last = [0] * len(names)  # how wide the piece last put in each of the row's cells is

    # (a group column before the numbers: its cell stands centred over its group's rows, in pieces on their lines —
    # 扩大有 / 效投资 — gathered down to the blank line that ends the group, then given to each of its rows)
    group_pieces: list[str] = []
    group_rows: list[tuple[int, list[str]]] = []

    def put(row: list[str], col: int, piece: str) -> None:
        if number_col and col == 0:
            group_pieces.append(piece)
            return
        # A piece that filled its column's width was wrapped there: the next piece may go on a name mid-word.
        row[col] = joined_piece(row[col], piece, kinds[col], filled=last[col] >= widest[col] - 1)
        last[col] = display_width(piece)

    def group_ends() -> None:
        if group_pieces and group_rows:
            name = "".join(group_pieces)
            for line_no, cells_of_row in group_rows:
                cells_of_row[0] = name
                if line_no != row_line:
                    lines[line_no] = " | ".join(cells_of_row)  # (written already: written again with its group)
        group_pieces.clear()
        group_rows.clear()

    pending: list[tuple[list[int], list[Cell]]] = []  # a centred row's lines above its number
    above_numbers = (
        set()
        if centred or parted
        else _centred_between(lines, at + 1, end, unit, bounds, text_at, lambda k: _furniture(lines, k, end, repeated))
    )
    after_blank = True
    k = at + 1
    while k < end:
        cells = cells_of(lines[k])
        if (
            not cells
            or _page_furniture(lines[k])
            or _compact(lines[k]) in repeated
            or TABLE_GOES_ON.match(lines[k].strip())
            or _page_head(lines, k, end, repeated)
        ):
            # (— 2 —, a page's number centred between two rows, is as a blank line: the rows go on; so are 续表 and
            # the header repeated at the top of the next page.)
            if cells:
                lines[k] = ""
            else:
                if number_col and not (row is not None and _MAJOR.match(row[number_col])):
                    group_ends()  # (a blank line ends a group's run of rows, where their numbers do not tell it: 1.2)
                if pending and row is not None and not row[text_at].endswith(("。", "；", ";")):
                    # (lines after a page's break that end at a blank line with no number: the rest of the row the
                    # break cut, not the first lines of the next row, which has its number among them — where that
                    # row has not ended its sentence: a row that has is done, and the lines are the next row's first)
                    for above_columns, above in pending:
                        for col, cell in zip(above_columns, above, strict=True):
                            put(row, col, cell.text)
                    pending = []
            after_blank = True
            k += 1
            continue
        columns = [_column(c.at(unit), bounds) for c in cells]
        # 二、改善城乡环境 alone on its line after a row that ended its sentence or a blank line: a group row, even where it stands in
        # the task column (no more of that row's task, nor the first words of the next)
        group_line = (
            len(cells) == 1
            and GROUP_ROW.match(cells[0].text) is not None
            and not pending
            # (or after a blank line: the row above is done, however its sentence ended — 增长25% — in a table whose
            # blank lines part the rows)
            and (row is None or after_blank or row[text_at].endswith(("。", "；", ";")))
        )
        if _TOTALS.match(cells[0].text):
            # 合计(6个) 356.8 98.5: the table's sums, no row (the table goes on after it)
            lines[k] = ""
            after_blank = True
            k += 1
            continue
        if (opener := _opener(columns, cells, number_col)) is not None:
            number = cells[opener].text.rstrip(".、")
            if (
                number_col
                and row is not None
                and (major := _MAJOR.match(number))
                and not row[number_col].startswith(major.group())
            ):
                group_ends()  # (2.3, then 3.1: the numbers say the group — over a page's break too)
            if row is not None:
                lines[row_line] = " | ".join(row)
            row, row_line = [""] * len(names), k
            last = [0] * len(names)
            row[number_col] = number
            if number_col:
                group_rows.append((k, row))
            for above_columns, above in pending:
                for col, cell in zip(above_columns, above, strict=True):
                    put(row, col, cell.text)
            pending = []
            for col, cell in zip(columns, cells, strict=True):
                if col != number_col:
                    put(row, col, cell.text)  # (a group column's piece before the number, 扩大有 / 1.2: the group's)
            lines[k] = ""
        elif (
            number_col not in columns
            and not group_line
            and (
                (centred and (after_blank or pending))
                or (
                    (
                        pending
                        or (after_blank and row is not None and row[text_at].endswith(("。", "；")))
                        or (after_blank and row is None)  # (the first row, centred on its number below)
                        # (blank lines part every row: the lines after one, down to the number, are the next row's,
                        # however the row above ended — 增长10%)
                        or (after_blank and parted)
                    )
                    and text_at in columns  # (a centred row's first line holds its task's first words)
                    and _number_below(lines, k, end, unit, bounds)
                )
                # (rows centred on their number lines among rows that start on them: the lines above a number that
                # _centred_between gives the row below)
                or k in above_numbers
                or (
                    # (no blank line between the rows: a row starts above its number once the row before has ended its
                    # sentence, and every line down to the number is the new row's)
                    tight
                    and (pending or row is None or row[text_at].endswith(("。", "；", ";")))
                    and (pending or text_at in columns)
                    and _number_below(lines, k, end, unit, bounds)
                )
            )
        ):
            # A row whose cells stand centred on its number line (pdftotext -layout): after the blank line
            # that parts the rows, the lines above the number are its own.
            pending.append((columns, cells))
            lines[k] = ""
            after_blank = False
            k += 1
            continue
        elif row is not None and number_col not in columns and row[text_at] and _starts_point(columns, cells, text_at):
            # （1）争取… in the task column under a row's task: a point of it with its own cells, a row of its own
            # with no number (the | reader makes it a sub-task of the row above).
            lines[row_line] = " | ".join(row)
            row, row_line = [""] * len(names), k
            last = [0] * len(names)
            for col, cell in zip(columns, cells, strict=True):
                put(row, col, cell.text)
            lines[k] = ""
        elif row is not None and number_col not in columns and not group_line:
            for col, cell in zip(columns, cells, strict=True):
                put(row, col, cell.text)
            lines[k] = ""
        elif columns[0] == 0 and _GROUP_NUMBER.match(cells[0].text) and len(cells) > 1:
            # 一  工业项目(3个)  210.3  60.1: a group row numbered in the 序号 column, its subtotals beside its title —
            # a heading between the rows (its title only: the sums are the rows').
            if row is not None:
                lines[row_line] = " | ".join(row)
                row = None
            title = cells[1].text
            lines[k] = f"{cells[0].text.rstrip('、.')}、{title}" + " |" * (len(names) - 1)
        elif row is not None and (goes_on := _wrapped_list_column(row, cells, kinds)) is not None:
            # 各街道办事处 at the line's start under a row whose unit cell ended 区卫健局、: a Word or WPS export puts the
            # rest of a cell with a line break in it at the start of the next line — the cell's list goes on
            row[goes_on] += cells[0].text
            lines[k] = ""
        elif len(cells) == 1 and GROUP_ROW.match(cells[0].text):
            # A group row (一、扩大有效投资) across the table: a heading between the rows.
            if row is not None:
                lines[row_line] = " | ".join(row)
                row = None
            lines[k] = cells[0].text + " |" * (len(names) - 1)  # a | row still: the table goes on after it
        else:
            break
        rows += opener is not None
        # (a group row ends the row above as a blank line does: the next row may stand centred on its number)
        after_blank = len(cells) == 1 and GROUP_ROW.match(cells[0].text) is not None
        k += 1
    if rows * 2 < numbered:
        # The rows stop where their next lines stand in the number column (a page dumped by lynx: each
        # row one logical line, wrapped at the page's width): no aligned table; the lines stay as they were.
        lines[first:end] = kept
        return at + 1
    if row is not None:
        for above_columns, above in pending:  # lines after the last row's blank, no number below: its own
            for col, cell in zip(above_columns, above, strict=True):
                put(row, col, cell.text)
        group_ends()
        lines[row_line] = " | ".join(row)
    return k


def _wrapped_list_column(row: list[str], cells: list[Cell], kinds: list[str]) -> int | None:
    """The unit column whose list a line of one cell goes on with (the row's last filled cell, a list that ended in
    、 or a comma, the line only bodies' names); None where the line is no such rest."""
    if len(cells) != 1 or _NUMBER.match(cells[0].text) or GROUP_ROW.match(cells[0].text):
        return None
    col = max((c for c, text in enumerate(row) if text), default=None)
    if col is None or kinds[col] not in UNIT_KINDS or row[col][-1:] not in ("、", ",", "，"):
        return None
    names = units.split_names(cells[0].text).names
    return col if names and all(units.looks_like_unit(n) for n in names) else None


# A row's number within its group (1.2, 3-1): the group's number and its mark.
_MAJOR = re.compile(r"^\d{1,3}[.．-](?=\d)")


def _opener(columns: list[int], cells: list[Cell], number_col: int) -> int | None:
    """Which of a line's cells is a row's number, in the number column (any cell before it a group column's piece);
    None where the line opens no row."""
    for index, (col, cell) in enumerate(zip(columns, cells, strict=True)):
        if col == number_col:
            return index if _NUMBER.match(cell.text) else None
        if col > number_col:
            return None
    return None


_POINT = re.compile(r"^[(（]\d{1,2}[)）]")


def _parted_by_spaces(body: list[str], width: int, number_at: int = 0) -> bool:
    """A web table copied with two spaces between its cells (序号  重点任务  责任市领导 …, every row one line, its cells at
    no common column — the caller asks that its rows line up with the header in neither unit): every row opens with
    its number and splits into as many cells as the header has, or one fewer (its last empty) — a two-character name
    spaced out (陈  华) counted as one cell."""
    # (group rows between them, 二、…, are none of the rows; lines after the last numbered one, 说明:…, follow the table)
    # (a group's name in the first column of its first row, 一、供水保障  1  …, is that row's cell: only a group row alone
    # on its line is no row)
    rows = [
        line for line in body if line.strip() and not (GROUP_ROW.match(line.strip()) and len(_row_cells(line)) == 1)
    ]
    numbered = [_numbered_row(_row_cells(line), number_at) for line in rows]
    last = max((k for k, n in enumerate(numbered) if n), default=-1)
    rows = rows[: last + 1]
    if len(rows) < _PARTED_ROWS or not all(numbered[: last + 1]):
        return False
    counts = [len(_row_cells(line)) for line in rows]
    return all(count in (width, width - 1) for count in counts)


def _row_cells(line: str) -> list[str]:
    """A space-parted row's cells; a row that opens with a run of spaces opens with an empty cell (a merged 类别 cell
    printed on the group's first row only: 一、供水保障  1  …, then   2  … below it)."""
    cells = _space_parted_cells(line.strip())
    return ["", *cells] if _LEADING_GAP.match(line) and cells else cells


def _numbered_row(cells: list[str], number_at: int) -> bool:
    """Does the row hold its number in the 序号 column (the first, or the one after a 类别 column)?"""
    return number_at < len(cells) and bool(_NUMBER.match(cells[number_at]))


_LEADING_GAP = re.compile(r"^(?: {2,}|\u3000+)\S")


_PARTED_ROWS = 3


def _space_parted_cells(line: str) -> list[str]:
    """A row's cells where two spaces or more (or a full-width one) part them, a spaced-out name (陈  华) one cell."""
    return spaced_names_joined(re.split(r" {2,}|\u3000+", line))


def _number_column(names: list[str]) -> int:
    """Where the 序号 column stands: the first, or after a group column (类别 | 序号 | …)."""
    return names.index("序号") if "序号" in names[:3] else 0


def _rewrite_space_parted(
    lines: list[str], at: int, end: int, names: list[str], repeated: set[str], number_at: int = 0
) -> int:
    """The rows of a table whose cells two spaces or more part (``_parted_by_spaces``) as | rows under the header: a
    numbered row of as many cells as the header, or one fewer (its last empty); a group row (二、…) across the table.
    A single space stays inside its cell (张 伟, 副行长 朱 明). The first other line ends the table; returns it."""
    width = len(names)
    lines[at] = " | ".join(names)
    k = at + 1
    while k < end:
        line = lines[k].strip()
        if not line or _compact(line) in repeated or _page_furniture(line):
            k += 1
            continue
        cells = _row_cells(lines[k])
        if len(cells) == 1 and GROUP_ROW.match(line):
            lines[k] = line + " |" * (width - 1)
        elif cells and _numbered_row(cells, number_at) and len(cells) in (width, width - 1):
            lines[k] = " | ".join([*cells, *[""] * (width - len(cells))])
        else:
            break
        k += 1
    return k


def _starts_point(columns: list[int], cells: list[Cell], text_at: int) -> bool:
    """Does the line's piece in the task column open a point of the task ((1)…, （2）…)?"""
    return any(col == text_at and _POINT.match(cell.text) for col, cell in zip(columns, cells, strict=True))


# A table's sums (合计, 小计, 总计), and a group's number in the 序号 column (一, 二、).
_TOTALS = re.compile(r"^(?:合计|小计|总计)")
_GROUP_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}[、.]?$")


def _compact(line: str) -> str:
    return "".join(line.split())


def display_width(text: str) -> int:
    """The columns ``text`` takes in a terminal or a fixed-width print (a Chinese character two)."""
    return _measure(text, 1)


def _widest(body: list[str], unit: int, bounds: list[int], columns: int) -> list[int]:
    """The display width of each column's widest piece: where the print wrapped its cells."""
    out = [0] * columns
    for line in body:
        for cell in _cells(line):
            col = _column(cell.at(unit), bounds)
            out[col] = max(out[col], display_width(cell.text))
    return out


def _number_below(lines: list[str], k: int, end: int, unit: int, bounds: list[int]) -> bool:
    """Is there a row's number below line ``k`` before the next blank line (the line is then the first of a row
    centred on its number: a row above that ends its sentence is done)?"""
    for j in range(k + 1, end):
        cells = _cells(lines[j])
        if not cells:
            return False
        if _column(cells[0].at(unit), bounds) == 0 and _NUMBER.match(cells[0].text):
            return True
    return False


def _furniture(lines: list[str], k: int, end: int, repeated: set[str]) -> bool:
    """Is line ``k`` no row's: blank, a page's number or running head, the header printed again, 续表, a group row?"""
    line = lines[k]
    if not line.strip() or _page_furniture(line) or _compact(line) in repeated or TABLE_GOES_ON.match(line.strip()):
        return True
    return _page_head(lines, k, end, repeated) or GROUP_ROW.match(line.strip()) is not None


def _page_break_below(lines: list[str], k: int) -> bool:
    """Is the next line after the blank ones from ``k`` a page's number (— 5 —) or a new page's first (a form feed)?"""
    j = k
    while j < len(lines) and j - k <= _PAGE_FOOT_LINES and not lines[j].strip():
        j += 1
    return j < len(lines) and (_page_furniture(lines[j]) or lines[j].startswith("\f"))


_PAGE_FOOT_LINES = 8  # how many blank lines a page's foot may hold above its number


def _centred_between(
    lines: list[str], start: int, end: int, unit: int, bounds: list[int], text_at: int, furniture: Callable[[int], bool]
) -> set[int]:
    """The lines between two number lines that are the lower row's first (above its number), where the rows stand
    centred on their number lines (pdftotext -layout of cells centred in their height: a row of two lines starts on
    its number line or a line above it, one of three or four a line above it, or of four two, one of five two) — or
    none, where rows that start on their number lines read better.

    A task's cell wrapped by the print fills its column's width on every line but its last: a line short of the
    width in the middle of a row's task is a cell that ended there and a row that begins after it. Each run of rows
    (between furniture) is split both ways — every line to the row above; or each row with as many lines after its
    number as before it, or one more, or one fewer, the split with the fewest such short lines chosen —
    and the centred split is taken where it has fewer short lines in mid-task."""
    numbers: list[int] = []
    pieces: dict[int, list[int]] = {}  # line -> display widths of its task pieces
    for k in range(start, end):
        if furniture(k):
            numbers.append(-1 - k)  # (a run ends at line k)
            continue
        cells = _cells(lines[k])
        # (a piece that ends a sentence ends its cell as a short one does: counted as no width)
        pieces[k] = [
            0 if c.text.endswith(("。", "；", ";")) else display_width(c.text)
            for c in cells
            if _column(c.at(unit), bounds) == text_at
        ]
        if _column(cells[0].at(unit), bounds) == 0 and _NUMBER.match(cells[0].text):
            numbers.append(k)
    # (the width most wrapped lines reach: the widest piece may be a comma hung over the edge, or a line of the page)
    widths = sorted(w for ws in pieces.values() for w in ws)
    widest = widths[len(widths) * 4 // 5] if widths else 0

    def short_in_middle(first: int, stop: int) -> int:
        # (the row's task pieces from line first to stop, its last excepted: those short of the width or ending a
        # sentence)
        row = [w for k in range(first, stop) for w in pieces.get(k, [])]
        return sum(1 for w in row[:-1] if w < widest - _SHORT_BY)

    found: set[int] = set()
    run: list[int] = []
    opened = start  # the run's first line
    for k in [*numbers, -1 - end]:
        if k >= 0:
            run.append(k)
            continue
        if len(run) >= 2:
            found |= _centred_run([*run, -1 - k], run[0] - opened, short_in_middle)
        run = []
        opened = -k  # (the line after the furniture)
    return found


# How much narrower than the widest a task's piece is where the print did not wrap it there: its cell's last line (a
# line wrapped at the width may stop a character short, where the next was too wide to fit; a comma may hang over it).
_SHORT_BY = 3


def _centred_run(run: list[int], first_above: int, short_in_middle: Callable[[int, int], int]) -> set[int]:
    """``_centred_between`` on one run of number lines (``run``: the lines of the numbers, then the line the run ends
    at; ``first_above`` lines of the first row stand above its number): the lines above a number that are its row's,
    where the centred split has fewer short lines in mid-task than every line to the row above."""
    gaps = [b - a - 1 for a, b in itertools.pairwise(run[:-1])]  # lines between two numbers
    top = short_in_middle(run[0] - first_above, run[1]) + sum(
        short_in_middle(k, k2) for k, k2 in itertools.pairwise(run[1:])
    )
    if top == 0:
        return set()
    # best[a]: (fewest short lines, the lines above each number so far) for the current row with a lines above it
    best: dict[int, tuple[int, list[int]]] = {first_above: (0, [first_above])}
    for i, gap in enumerate(gaps):
        nxt: dict[int, tuple[int, list[int]]] = {}
        for above, (cost, path) in best.items():
            # (one more below first: the nearer to a row that starts on its number; one fewer where the print put the
            # number on the line after the row's middle — a row of two lines on its second)
            for below in (above + 1, above, above - 1) if above else (1, 0):
                if below > gap:
                    continue
                row_cost = cost + short_in_middle(run[i] - above, run[i] + below + 1)
                after = gap - below
                if after not in nxt or row_cost < nxt[after][0]:
                    nxt[after] = (row_cost, [*path, after])
        if not nxt:
            return set()  # (no centred split: a row has fewer lines after its number than before it)
        best = nxt
    # (the last row: its lines above its number, then every line down to the run's end)
    cost, path = min(
        ((c + short_in_middle(run[-2] - above, run[-1]), p) for above, (c, p) in best.items()), key=lambda f: f[0]
    )
    if cost >= top:
        return set()
    return {run[i] - n for i, above in enumerate(path) if i for n in range(1, above + 1)}


def _centred(lines: list[str], start: int, end: int, unit: int, bounds: list[int]) -> bool:
    """Do the rows stand centred on their number lines: blank lines part the rows, and most number lines
    have lines of their row above them, after the blank (a cell wrapped over three lines puts its first
    line above the number)?"""
    numbered = above = 0
    for k in range(start, end):
        cells = _cells(lines[k])
        if not cells or _column(cells[0].at(unit), bounds) != 0 or not _NUMBER.match(cells[0].text):
            continue
        numbered += 1
        j = k - 1
        # (a line of spaces and marks no cell is read from — a full-width padding line — parts rows as a blank one does)
        while j >= start and (row := _cells(lines[j])) and _column(row[0].at(unit), bounds) != 0:
            j -= 1
        above += j < k - 1 and (j < start or not _cells(lines[j]))
    return numbered >= 2 and above * 2 >= numbered


def _blank_parted(lines: list[str], start: int, end: int, unit: int, bounds: list[int]) -> bool:
    """Do blank lines part the rows, some of them centred on their number lines: every run of lines between two blank
    ones holds one row's number at most, two or more hold one, and at least one number has lines of its row above it
    (pdftotext -layout, where a short row's cells stand on its number's line and a long one's around it)?"""
    numbers = [0]  # numbers in each run of lines
    above = 0  # number lines with lines of their run above them
    for k in range(start, end):
        if not lines[k].strip() or _page_furniture(lines[k]):
            if numbers[-1]:
                numbers.append(0)
            continue
        cells = _cells(lines[k])
        if _column(cells[0].at(unit), bounds) == 0 and _NUMBER.match(cells[0].text):
            numbers[-1] += 1
            above += k > start and bool(lines[k - 1].strip()) and not _page_furniture(lines[k - 1])
    return max(numbers) == 1 and sum(numbers) >= 2 and above > 0


# One space between two pieces of a line: where a narrow print parts its columns (a spaced name 赵 敏 has one too).
_ONE_SPACE = re.compile(r"(?<=[^\s]) (?=[^\s])")
_PIECE = re.compile(r"\S+")


def _one_space_bounds(body: list[str], header: list[Cell]) -> list[int] | None:
    """Where each column after the first begins, in display columns, in a table whose cells often stand one space
    apart (a third of its lines or more have such a space): for each header cell, the start most pieces of the
    body's lines share between the end of the header cell before it and its own end (a header cell may stand
    centred over its column, the column's cells starting left of it). None where the table is no such print, or
    its pieces share no start under a header cell."""
    lines = [line for line in body if line.strip()]
    if len(lines) < 4 or sum(1 for line in lines if _ONE_SPACE.search(line.strip())) * 3 < len(lines):
        return None
    starts: dict[int, int] = {}
    for line in lines:
        for m in _PIECE.finditer(line):
            at = display_width(line[: m.start()])
            starts[at] = starts.get(at, 0) + 1
    bounds: list[int] = []
    for left, right in itertools.pairwise(header):
        low, high = _span(left, 1)[1], _span(right, 1)[1]
        shared = [(count, -at) for at, count in starts.items() if low <= at <= high and count >= 2]
        if not shared:
            return None
        at = -max(shared)[1]
        if bounds and at - 1 <= bounds[-1]:
            return None
        bounds.append(at - 1)
    return bounds


def _straddling_split(cells: list[Cell], bounds: list[int], unit: int) -> list[Cell]:
    """A cell whose pieces one space parts start in two columns (…、江州 2025年10月底: a unit cell's last line, one space,
    then the deadline's cell): split where a piece starts in a later column than the one before it."""
    if not any(" " in c.text for c in cells):
        return cells
    out: list[Cell] = []
    for cell in cells:
        if " " not in cell.text:
            out.append(cell)
            continue
        column = _column(cell.at(unit), bounds)
        start = 0
        for m in _PIECE.finditer(cell.text):
            if m.start() == 0:
                continue
            offset = m.start()
            if (col := _column(cell.at(unit) + _measure(cell.text[:offset], unit), bounds)) > column:
                out.append(cell.shifted(start, cell.text[start:offset].rstrip()))
                start, column = offset, col
        out.append(cell.shifted(start, cell.text[start:]))
    return out


def _pieces_in_columns(line: str, bounds: list[int]) -> list[Cell]:
    """A line's pieces (parted by any space) gathered into cells by the column each starts in: pieces of one
    column stay one cell, the spaces between them kept (赵 敏)."""
    out: list[Cell] = []
    column = -1
    for m in _PIECE.finditer(line):
        at = display_width(line[: m.start()])
        col = _column(at, bounds)
        if out and col == column:
            last = out[-1]
            out[-1] = last._replace(text=line[last.chars : m.end()])
        else:
            out.append(Cell(m.start(), at, _measure(line[: m.start()], 2), m.group()))
        column = col
    return out


def _centred_tight(lines: list[str], start: int, end: int, unit: int, bounds: list[int], text_at: int) -> bool:
    """Do the rows stand centred on their number lines with no blank line between them (pdftotext -layout of a
    table whose cells are centred): the first row's task starts above its number, and above most number lines
    stands a task's piece that ends no sentence (the row's own first words; in a table whose rows start on their
    number line, the line above a number is the row before's last, which ends its sentence)?"""
    numbered = above = 0
    first = True
    previous: list[Cell] = []
    for k in range(start, end):
        cells = _cells(lines[k])
        if not cells or _page_furniture(lines[k]):
            previous = []
            continue
        if _column(cells[0].at(unit), bounds) == 0 and _NUMBER.match(cells[0].text):
            if first and not previous:
                return False  # the first row starts on its number line
            first = False
            numbered += 1
            task = [c.text for c in previous if _column(c.at(unit), bounds) == text_at]
            above += bool(task) and not task[0].endswith(("。", "；", ";"))
        previous = cells
    return numbered >= 3 and above * 3 >= numbered * 2


# ---- rows copied from a spreadsheet: cells parted by tabs ------------------------------------------


def _tab_header(line: str) -> list[str] | None:
    """The column names of a header row whose cells are parted by tabs (序号 / 重点工作 / 牵头单位 …)."""
    if line.count("\t") < 2:
        return None
    names = [cell.strip().replace(" ", "") for cell in line.split("\t")]
    if not all(_HEADER_CELL.match(n) for n in names if n) or sum(1 for n in names if n) < 3:
        return None
    if any("、" in n or n.startswith("各") for n in names):
        return (
            None  # (各乡(镇)人民政府、街道办事处,区直各部门(单位),园区管委会: a notice's addressees, no column names)
        )
    kinds = header_kinds([n for n in names if n])
    return names if "text" in kinds and any(k in _DUTY for k in kinds) else None


def _quoted_headers(text: str) -> str:
    """A spreadsheet's header row with a cell that holds a line break ("区政府<newline>分管领导"): the copy quotes
    that cell and runs it over two lines, so no one line is the header. Such a row becomes one line, the cell's
    lines joined with nothing between (a header names a column in words, 区政府分管领导), the lines it took left
    empty so the lines keep their places. Only where the joined row is a header (序号 / 工作任务 / 牵头单位 …)."""
    if '"' not in text:
        return text
    lines = text.split("\n")
    changed = False
    for k, line in enumerate(lines):
        if "\t" not in line or not _opens(line.rstrip("\r").split("\t")[-1]):
            continue
        end = _quoted_end(lines, k)
        if end == k + 1:
            continue
        joined = "".join(part.rstrip("\r") for part in lines[k:end])
        names = [_unquoted(cell.strip()) for cell in joined.split("\t")]
        if _tab_header("\t".join(names)) is None:
            continue
        lines[k] = "\t".join(names)
        for j in range(k + 1, end):
            lines[j] = ""
        changed = True
    return "\n".join(lines) if changed else text


def _rows_over_two_lines(text: str) -> str:
    """A tab table whose every row a converter broke in two (序号 | 重点工作任务 / 分管校领导 | 牵头单位 | …: the number and
    the task on one line, the other cells on the next — the header so too): each pair of lines joined by a tab into the
    row it is. Only where the header's first line names the number and the task and no duty, its second the duties
    and no task, and the two together make a header; a row's first line opens with its number."""
    lines = text.split("\n")
    changed = False
    k = 0
    while k < len(lines) - 1:
        top, below = lines[k].rstrip("\r"), lines[k + 1].rstrip("\r")
        first = [c.strip() for c in top.split("\t")]
        second = [c.strip() for c in below.split("\t")]
        joined = _tab_header(f"{top}\t{below}") if "\t" in top and "\t" in below and "序号" in first else None
        if joined is None or _tab_header(top) is not None or len(first) + len(second) != len(joined):
            k += 1
            continue
        width_top = len(first)

        row = next(
            (
                j
                for j in range(k + 2, min(k + 6, len(lines) - 1))
                if lines[j].strip() and not GROUP_ROW.match(lines[j].strip())
            ),
            None,
        )
        if row is None or not _broken_row(lines, row, width_top):
            k += 1  # (a header of two rows over whole rows: _two_row_tab_headers reads it)
            continue
        lines[k], lines[k + 1] = f"{top}\t{below}", ""
        changed = True
        j = k + 2
        while j < len(lines) - 1:
            if _broken_row(lines, j, width_top):
                lines[j], lines[j + 1] = f"{lines[j]}\t{lines[j + 1]}", ""
                j += 2
            elif GROUP_ROW.match(lines[j].strip()) or not lines[j].strip():
                j += 1
            else:
                break
        k = j
    return "\n".join(lines) if changed else text


def _broken_row(lines: list[str], j: int, width: int) -> bool:
    """Is line ``j`` a row's first half: its number and as many cells as the header's first line, tab-parted cells next?"""
    cells = lines[j].split("\t")
    return len(cells) == width and bool(_NUMBER.match(cells[0].strip())) and "\t" in lines[j + 1]


def _two_row_tab_headers(text: str, delimiter: str = "\t") -> str:
    """A spreadsheet's header of two rows (序号 | 重点工作 | 责任分工 | | | 完成时限 over | | 牵头领导 | 牵头单位 | 配合单位 |):
    a merged cell leaves its places empty, so each place takes the second row's name where it has one, else the
    first row's. Only where the second row names duty columns alone, and the first row is no header by itself or
    the second leaves the number and the task columns empty (类别,序号,工作任务,牵头,责任单位,, over ,,,校领导,牵头单位,
    配合单位: the top row names a column whose two halves the row below names); the two rows become one (the second
    line left empty, so the lines keep their places). ``delimiter``: a tab, or a CSV export's comma (rows with no
    quoted cell)."""
    lines = text.split("\n")
    changed = False
    for k in range(len(lines) - 1):
        top, below = lines[k].rstrip("\r"), lines[k + 1].rstrip("\r")
        # (the row below may hold the merged column's two halves alone, 牵头责任单位<tab>协同责任单位: a browser's copy
        # writes no place for the cells the rows above span)
        if top.count(delimiter) < 2 or below.count(delimiter) < 1 or "序号" not in top.replace(" ", ""):
            continue
        if delimiter != "\t":
            if '"' in top or '"' in below or "\t" in top or "\t" in below:
                continue
            top, below = top.lstrip("\ufeff").replace(delimiter, "\t"), below.replace(delimiter, "\t")
        tops = top.split("\t")
        subs = below.split("\t")
        named = [n.strip().replace(" ", "") for n in subs if n.strip()]
        if len(named) < 2 or any(header_kinds([n])[0] not in _DUTY for n in named):
            continue
        alone = _tab_header(top)
        short = len(subs) < len(tops)  # (the row below names fewer cells than the top: the merged columns' halves)
        if short:
            alone = None
        if alone is not None and any(
            kind in ("number", "text") and j < len(subs) and subs[j].strip() for j, kind in _named_kinds(alone)
        ):
            continue  # (the top row a header by itself, and the row below fills its task column: a row)
        width = max(len(tops), len(subs))
        tops += [""] * (width - len(tops))
        subs += [""] * (width - len(subs))
        merged = "" if short else "\t".join(sub if sub.strip() else head for head, sub in zip(tops, subs, strict=True))
        if not merged or _tab_header(merged) is None:
            # The copy dropped the merged cells' empty places (序号 | 工作任务 | 责任分工 | 完成时限 over 责任领导 |
            # 牵头单位 | 配合单位): the second row's names stand under the top column that names their duties.
            names = [n.strip().replace(" ", "") for n in tops if n.strip()]
            two = two_row_header(names, named)
            merged = "\t".join(spread(names, *two)) if two is not None else ""
        if _tab_header(merged) is not None:
            lines[k], lines[k + 1] = merged.replace("\t", delimiter), ""
            changed = True
    return "\n".join(lines) if changed else text


def _named_kinds(names: list[str]) -> list[tuple[int, str]]:
    """Each named column's place in ``names`` and its kind."""
    places = [k for k, n in enumerate(names) if n]
    return list(zip(places, header_kinds([names[k] for k in places]), strict=True))


def _rewrite_tabbed(lines: list[str], at: int, names: list[str]) -> int:
    """Tables copied from a spreadsheet or a Word table: after a header row of tab-parted column names
    (line ``at``), each line with tabs is a row, its cells parted by tabs (a tab at the line start is
    an empty first cell), written as a | row. A cell that holds line breaks comes in quotes over several
    lines ("推进…,\n年内完成…"): its lines join into the row's first line, the lines it took are left
    empty. Tabs elsewhere (indentation, a tab inside a sentence, 牵头单位:<tab>甲局) are spaces, as
    before. Returns the index after the table."""
    lines[at] = " | ".join(names)
    named = [k for k, n in enumerate(names) if n]
    kinds = header_kinds([names[k] for k in named])
    text_at = named[kinds.index("text")] if "text" in kinds else None  # (its place among the row's cells)
    i = at + 1
    blanks = 0
    row = -1  # the last row rewritten
    # 类别 | 序号 | …: a group column merged down the rows — a row under a group's first opens with its number, the group's
    # cell not printed (a browser's copy drops the merged cell's place): one cell fewer, its first the empty group's
    grouped = len(names) > 3 and _number_column(names) == 1
    while i < len(lines) and blanks <= _MAX_GAP_LINES:
        line = lines[i].rstrip("\r")
        if not line.strip():
            blanks += 1
        elif "\t" in line:
            blanks = 0
            shifted = grouped and bool(_NUMBER.match(line.split("\t", 1)[0].strip()))
            end = _quoted_end(lines, i)
            if end == i + 1:
                end = _broken_row_end(lines, i, len(names) - (2 if shifted else 1))
            joined = _joined_quoted(lines[i:end]) if end > i + 1 else line
            cells = joined.split("\t")
            if shifted and len(cells) == len(names) - 1:
                cells = ["", *cells]
            if len(cells) < len(names) and end == i + 1 and len(words := joined.split()) == len(names):
                # 2 开展…行动。<tab>派出所<tab>交警中队: a copy left a space, not a tab, between some cells — the words
                # are the cells where they are exactly as many as the columns
                cells = words
            elif (
                len(cells) == len(names) - 1
                and row >= 0
                and kinds
                and len(named) == len(names)
                and (lent := _merged_lead(cells, lines[row].split(" | "), kinds)) is not None
            ):
                cells = lent
            elif len(cells) < len(names) - 1 and row >= 0 and kinds and len(named) == len(names):
                # 6<tab>加强…<tab>市水务局<tab>相关乡镇人民政府 under a row that printed its leader and deadline: a browser's
                # copy drops the places of cells merged with the row above — two or more missing: each cell put in
                # its column by what it says, the places left the merged cells above them
                cells = _merged_places(cells, lines[row].split(" | "), kinds) or cells
            lines[i] = " | ".join(_unquoted(cell.strip()) for cell in cells)
            for k in range(i + 1, end):
                lines[k] = ""
            row, i = i, end
            continue
        elif row >= 0 and _SPACED_ROW.match(line) and _next_number(lines[row], line):
            # 2 新开工… 刘洋 市发改委 …: the next row, its tabs made spaces by a copy; its cells are parted by the
            # spaces (the table reader tells them by what they say where they outnumber the columns)
            blanks = 0
            words = line.split()
            typed = typed_cells(words, kinds) if kinds else None
            if typed is None:
                lines[i] = " | ".join(words)
            else:  # (each cell in its column's place: a header's empty places, merged cells, stay empty)
                lines[i] = " | ".join(typed.get(named.index(k), "") if k in named else "" for k in range(len(names)))
            row = i
        elif (
            row >= 0
            and kinds
            and len(named) == len(names)
            and (before := lines[row].split(" | ", 1)[0].strip()).isdigit()
            and (cut := glued.row(line, tuple(kinds), 0, int(before) + 1)) is not None
        ):
            # 2推进…告知承诺。周敏区行政审批局区司法局: the next row, its cells run together by a copy (no tab, no
            # space): cut by what they say (fyplan.read.glued)
            blanks = 0
            lines[i] = " | ".join(cut.get(k, "") for k in range(len(names)))
            row = i
        elif GROUP_ROW.match(line.strip()):
            blanks = 0
            lines[i] = line.strip() + " |" * (len(names) - 1)  # a group row across the table
        elif row >= 0 and text_at is not None and _row_goes_on(lines, row, i, text_at):
            # 1<tab>推进…内容统一发布至<tab>陈立<tab>… / 省级平台。 / 2<tab>…: the rest of the row's task cell, which the
            # copy put on a line of its own (it ended the table, and the rows after it were lost without a word)
            cells = lines[row].split(" | ")
            cells[text_at] += line.strip()
            lines[row], lines[i] = " | ".join(cells), ""
        elif row >= 0 and kinds and len(named) == len(names) and _last_list_goes_on(lines[row], line, kinds[-1]):
            # 5<tab>…<tab>区规划土地局、区城管执法局、区公安分局， / 各街道、各镇、莘庄工业区管委会: the row's last cell, a
            # list left open at its line's end, goes on on the next line (the copy broke the cell's line there)
            lines[row] = lines[row].rstrip() + line.strip()
            lines[i] = ""
        elif row >= 0 and kinds and len(named) == len(names) and _last_cell_goes_on(lines[row], line, kinds[-1]):
            # 10<tab>…<tab>李晓燕 / 张 琦: a second paragraph of the row's last cell (a Word cell of two names, each a
            # paragraph: the copy breaks the line inside the cell, after the row's last tab)
            lines[row] = f"{lines[row]}、{line.strip()}"
            lines[i] = ""
        elif row >= 0 and kinds and len(named) == len(names) and _last_names_paragraph(lines, row, i, kinds[-1]):
            # 4<tab>…<tab>市房产局、市国土资源局、市财政局 / 各区政府 / 5<tab>…: a second paragraph of the row's last cell,
            # a column of bodies (the copy breaks the line inside a Word cell); the next row right after it
            lines[row] = f"{lines[row]}、{line.strip()}"
            lines[i] = ""
        elif row >= 0 and kinds and len(named) == len(names) and _last_note_paragraph(lines, row, i, kinds[-1]):
            # 2<tab>…<tab>一季度完成改造企业18家。 / 区经信局组织召开推进会2次。 / 3<tab>…: a second paragraph of the
            # row's last cell, a column of words (进展情况, 备注); the next row right after it
            lines[row] = f"{lines[row]}{line.strip()}"
            lines[i] = ""
        elif PAGE_LINE.fullmatch(line.strip()):
            pass  # (— 12 — between two rows: a page's number, the table goes on after it; the layout drops the line)
        elif not is_junk(line.strip()):
            break  # (a mirror's advertisement between two rows is kept as text, the table goes on after it)
        i += 1
    return i


def _last_note_paragraph(lines: list[str], row: int, at: int, kind: str) -> bool:
    """Is line ``at`` (no tab) a second paragraph of the row's last cell, a column of words (a note: 进展情况, 备注),
    the next line the next row (its number one on, then a tab)?"""
    if kind != "note" or not lines[row].rsplit(" | ", 1)[-1].strip():
        return False
    return _next_row_after(lines, row, at)


def _next_row_after(lines: list[str], row: int, at: int) -> bool:
    """Is the line after ``at`` the row after the one at ``row``: its number one on, then a tab? (A group's row, and a
    sub-group's under it, may stand between, 三、建设担当型政府: the numbers run on across the groups.)"""
    after = at + 1
    while after < min(len(lines), at + 3) and "\t" not in lines[after] and GROUP_ROW.match(lines[after].strip()):
        after += 1  # (a group's row and a sub-group's, 二、… / (一)…)
    if after >= len(lines) or "\t" not in lines[after]:
        return False
    following = lines[after].split("\t", 1)[0].strip()
    before = lines[row].split(" | ", 1)[0].strip()
    return following.isdigit() and before.isdigit() and int(following) == int(before) + 1


def _last_names_paragraph(lines: list[str], row: int, at: int, kind: str) -> bool:
    """Is line ``at`` (no tab) more bodies of the row's last cell, a column of bodies that names some: it names bodies
    alone and the next line is the next row (its number one on, then a tab)? (Not the issuer that signs under the
    table: no row follows it.)"""
    last = lines[row].rsplit(" | ", 1)[-1].strip()
    if kind not in UNIT_KINDS or not last or not _next_row_after(lines, row, at):
        return False
    return _bodies_alone(lines[at])


def _merged_lead(cells: list[str], above: list[str], kinds: list[str]) -> list[str] | None:
    """(二)<tab>推进…<tab>省重点办、省交通厅、… under a row whose 牵头单位 cell (省发改委) a browser's copy printed once, its
    rowspan dropped from the rows below: a row one cell short whose last cell, under the lead column, lists several
    bodies where the row above led with one — the helpers' list, the lead merged with the row above's. None for any
    other row (the last columns lead then helpers, nothing after them)."""
    if len(kinds) < _LEAD_ROW_LEAST or kinds[-2:] != ["lead", "cooperating"] or len(above) != len(kinds):
        return None
    if kinds[0] != "number" or not _SERIAL_CELL.match(cells[0].strip()):
        return None  # (a row with no 序号 of its own is a sub-row, its 序号 the merged one: its cells start later)
    lead_at = len(kinds) - 2
    above_lead = units.split_names(above[lead_at].strip()).names
    listed = units.split_names(cells[lead_at].strip()).names
    if len(above_lead) != 1 or len(listed) < 2 or not above[-1].strip():
        return None
    return [*cells[:lead_at], above[lead_at].strip(), cells[lead_at]]


_LEAD_ROW_LEAST = 4  # columns: a number, a task, a lead and its helpers
_SERIAL_CELL = re.compile(
    r"^(?:\d{1,3}[.、]?|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]?)$"
)


def _merged_places(cells: list[str], above: list[str], kinds: list[str]) -> list[str] | None:
    """A short row's cells in their columns (``layout.typed_cells``), each column it has no cell for given the row
    above's cell (a merged cell printed once); None where the cells cannot be told."""
    typed = typed_cells([c.strip() for c in cells], kinds)
    if typed is None or len(above) != len(kinds):
        return None
    return [typed.get(k) or above[k].strip() for k in range(len(kinds))]


def _last_list_goes_on(row: str, line: str, kind: str) -> bool:
    """Is ``line`` (no tab) the rest of the row's last cell, a list of bodies its line left open (…区公安分局, / 各街道、
    各镇): the cell ends in a list's mark and the line names bodies alone?"""
    last = row.rsplit(" | ", 1)[-1].rstrip()
    if kind not in UNIT_KINDS or not last or last[-1] not in "、,，":
        return False
    return _bodies_alone(line)


def _bodies_alone(line: str) -> bool:
    """Does ``line`` name bodies alone (甲局、乙局, 各街道、各镇), as a cell's line that goes on with a list of them does?"""
    names = units.split_names(line.strip()).names
    return bool(names) and all(units.looks_like_unit(n) or n.startswith("各") for n in names)


def _last_cell_goes_on(row: str, line: str, kind: str) -> bool:
    """Is ``line`` (no tab) one more person of the row's last cell, a leaders' column, as the cell names one? (Not a
    body's name after a column of bodies: the notice's issuer signs under the table so, 某县人民政府.)"""
    last = row.rsplit(" | ", 1)[-1].strip()
    name = line.strip()
    if kind != "leaders" or not last or not name or len(name) > _NAME_LINE_MOST:
        return False
    bare = name.replace(" ", "").replace("\u3000", "")
    # (three characters, or two spaced apart as Word prints a two-character name: 张 琦 — a word after the table,
    # 方案 or 附件, is two characters with a common surname's first)
    shaped = len(bare) == _NAME_LENGTH or (len(bare) == _NAME_LENGTH - 1 and bare != name)
    return shaped and units.bare_person(bare) and units.bare_person(last.rsplit("、", 1)[-1].replace(" ", ""))


_NAME_LINE_MOST = 20
_NAME_LENGTH = 3


_SPACED_ROW = re.compile(r"^ *\d{1,4}[ \u3000]+\S")


def _next_number(row: str, line: str) -> bool:
    """Is ``line`` numbered one on from the row written before it (1 | … then 2 …)?"""
    before, now = row.split(" | ", 1)[0].strip(), line.split()[0]
    return before.isdigit() and now.isdigit() and int(now) == int(before) + 1


def _row_goes_on(lines: list[str], row: int, at: int, text_at: int) -> bool:
    """Is line ``at`` (no tab) the rest of the task cell of the row at ``row``, cut mid-sentence, with the next row
    (a number, then tabs) right after it?"""
    cells = lines[row].split(" | ")
    nxt = next((line for line in lines[at + 1 : at + 3] if line.strip()), "")
    return (
        text_at < len(cells)
        and bool(cells[text_at])
        and cells[text_at][-1] not in "。;!?；！？"
        and "\t" in nxt
        and nxt.split("\t", 1)[0].strip().isdigit()
        and len(lines[at].strip()) <= 60
    )


# ---- rows exported as CSV (a spreadsheet saved as text) ---------------------------------------------


def _csv_header(line: str, delimiter: str = ",") -> list[str] | None:
    """The column names of a CSV header row (序号,重点工作任务,责任领导,牵头单位,…; or parted by semicolons, as a
    spreadsheet saves CSV where the comma is the decimal mark), or None."""
    if line.count(delimiter) < 2:
        return None
    line = line.lstrip("\ufeff")
    if '"' in line:
        # "序号","任务内容","牵头单位",…: a system's export quotes every cell, its header's too
        try:
            names = next(csv.reader([line], delimiter=delimiter))
        except (csv.Error, StopIteration):
            return None
        if any('"' in name or "\t" in name for name in names):
            return None
        return _tab_header("\t".join(names))
    return _tab_header(line.replace(delimiter, "\t"))


def _rewrite_csv(lines: list[str], at: int, names: list[str], delimiter: str = ",") -> int:
    """The records after a CSV header (line ``at``), read by the csv module (a quoted cell may hold commas
    and line breaks), each written as a | row on its first line, the other lines of a record left empty.
    A record of empty cells is an empty line; a record padded with empty cells (一、…,,,,,) keeps its text.
    The table ends at a record whose cell count is not the header's. Returns the index after the table."""
    width = len(names)
    lines[at] = " | ".join(names)
    named = [k for k, n in enumerate(names) if n]
    duty = {named[j] for j, kind in enumerate(header_kinds([names[k] for k in named])) if kind in _DUTY}
    i = at + 1
    if i < len(lines) and not lines[i].strip():
        i += 1  # (a two-row header's second line, left empty when the rows became one)
    while i < len(lines):
        end = i + 1
        while end < len(lines) and end - i <= _MAX_CELL_LINES and _open_quote("\n".join(lines[i:end])):
            end += 1
        try:
            record = next(csv.reader(["\n".join(lines[i:end])], delimiter=delimiter))
        except (csv.Error, StopIteration):
            break
        if len(record) != width:
            break
        # (a duty cell's lines are names, one a line: 孙海燕 / 王  磊 are two leaders; any other cell's, a wrap)
        cells = [_names_joined(cell) if k in duty else cell.replace("\n", "") for k, cell in enumerate(record)]
        filled = [c for c in cells if c.strip()]
        if len(filled) <= 1:
            lines[i] = filled[0].strip() if filled else ""  # a title, a group or a note across the table
        else:
            lines[i] = " | ".join(cell.strip() for cell in cells)
        for k in range(i + 1, end):
            lines[k] = ""
        i = end
    return i


def _names_joined(cell: str) -> str:
    """A duty cell's lines: whole names one a line (bodies' or people's) are parted by 、; any other line break
    joins bare, as a wrap does (市人力资源社 / 会保障局 is one name)."""
    pieces = [piece.strip() for piece in cell.split("\n")]
    out = pieces[0]
    for piece in pieces[1:]:
        last = units.split_top(out, "、")[-1].replace(" ", "")  # (not a 、 inside brackets: 孟和（党委书记、董事长）)
        listed = units.split_top(piece, "、")  # (a line may be a list: 各镇人民政府、各街道办事处)
        first = listed[0].replace(" ", "")
        named = (
            _whole_name(last)
            # (柳南区、鱼峰区人民政府: places sharing the last one's ending — the first a name of the list too)
            and (_whole_name(first) or (len(listed) > 1 and first[-1:] in _PLACE_ENDS and _whole_name(listed[-1])))
            and not word_cut(out, piece)
            # (县人民法院 / 执行局, 县委组织部 / 干部科, 县中医院 / 急诊科: a section or bureau of the body above, one name)
            and not (last.endswith(("部", "院")) and _SUB_UNIT.search(piece) and not piece.startswith(_OWN_PLACE))
        )
        out += f"、{piece}" if named and out[-1:] not in _JOIN_BARE else piece
    return out


_PLACE_ENDS = frozenset("区县市镇乡旗州")


def _whole_name(text: str) -> bool:
    if _post_after().match(text):
        return True  # (额尔敦（党委副书记、总经理）: a person, the posts in brackets after the name)
    # (营销部（农电工作部）: a body's name, its second name in brackets after it)
    text = _ALIAS_AFTER.sub("", text) or text
    # (各县（市、区）局: a bracket inside a collective's name names its kinds, no part of its length or its end)
    text = _INNER_BRACKET.sub("", text) or text
    text = text.removesuffix("等") or text  # (寿光经济开发区等: the list's last name, its 等 after it)
    return bool(_SHORT_NAME.match(text)) and (
        units.STRONG_END.search(text) is not None
        or _SECTION_END.search(text) is not None
        # (各村委会, 各社区, 各生产矿井, 各团场: a collective — every body of a kind, whatever the kind's word ends in)
        or (text.startswith("各") and (units.ends_like_unit(text) or _COLLECTIVE.match(text) is not None))
        or units.is_person(text)
    )


# 各 and a kind of body of two to eight characters, no sentence in it (not 各项, 各类措施的…)
_COLLECTIVE = re.compile(r"^各(?![项類类种種级級个個])[\u4e00-\u9fff]{2,8}$")


@cache
def _post_after() -> re.Pattern[str]:  # (built on first use: the lexicon's titles)
    """A person's name (two to four characters) and, in brackets, the posts held (孟和（党委书记、董事长）)."""
    return re.compile(rf"^[\u4e00-\u9fff]{{2,4}}[(（][^()（）]*(?:{lexicon('TITLE')})[^()（）]*[)）]$")


# A body's second name in brackets after its name, either width (a copy keeps the document's marks).
_INNER_BRACKET = re.compile(r"\([^()]{1,8}\)|（[^（）]{1,8}）")
_ALIAS_AFTER = re.compile(r"(?:\([^()]{1,20}\)|（[^（）]{1,20}）)$")

# The ends of a township's or a department's sections and stations (城建科, 财政所, 南浦社区, 环卫站): whole names as
# well (not 社 alone: 市人力资源社 / 会保障局 is one name a wrap cut).
# (党委组织部, 马克思主义学院, 县人民医院: a party department's, a college's, a hospital's — not 全部 内部, nor 院 alone)
_SECTION_END = re.compile(
    r"(?:科|所|站|队|社区|街道|处|室|企业|单位|部门|(?<![全内外局东西南北中干乐])部|(?<=[\u4e00-\u9fff])(?<![庭大小])院"
    r"|开发区|园区|新区|试验区|示范区)$"  # (寿光经济开发区, 高新技术产业园区: a zone answers as its body does)
)
_SUB_UNIT = re.compile(r"(?:科|局|处|室|庭|所|组|中心)$")
_OWN_PLACE = (*PLACE_LEVELS, "各")


def _open_quote(text: str) -> bool:
    """Does a quoted cell run on past the end of ``text`` (an odd count of quote marks)?"""
    return text.count('"') % 2 == 1


_ROW_START = re.compile(r"^\s*\d{1,3}[.、]?\t")


def _broken_row_end(lines: list[str], at: int, tabs: int) -> int:
    """The index after the row at ``at`` when a cell's paragraphs broke it over lines with no quotes (a
    Word table saved by catdoc: 州农业局 / 州林业局 / 州商务局<tab>…): while the row has fewer tabs than the
    header, a following line that starts no row of its own goes on with it."""
    count = lines[at].count("\t")
    end = at + 1
    while count < tabs and end < len(lines) and end - at <= _MAX_CELL_LINES:
        line = lines[end].rstrip("\r")
        if not line.strip() or _ROW_START.match(line) or GROUP_ROW.match(line.strip()):
            break
        count += line.count("\t")
        end += 1
    return end if count == tabs else at + 1


_MAX_CELL_LINES = 40  # the most lines one quoted cell may take


def _quoted_end(lines: list[str], at: int) -> int:
    """The index after the last line of the row at ``at``: past a quoted cell that runs on, if any.
    Only a cell that starts with a quote and does not close it on its line runs on (a spreadsheet
    quotes the whole cell); a quote inside a cell's words is a mark of the text."""
    if not _opens(lines[at].rstrip("\r").split("\t")[-1]):
        return at + 1
    end = at + 1
    while end < len(lines) and end - at <= _MAX_CELL_LINES:
        cells = lines[end].rstrip("\r").split("\t")
        end += 1
        closes = cells[0].count('"') % 2 == 1 and cells[0].rstrip().endswith('"')
        if closes and (len(cells) == 1 or not _opens(cells[-1])):
            return end  # closed, and no other cell of the row opens after it
    return at + 1  # no closing quote near: a stray mark, left as it is


def _opens(cell: str) -> bool:
    cell = cell.strip()
    return cell.startswith('"') and cell.count('"') % 2 == 1


def _short_names_on(piece: str) -> bool:
    """Does a quoted cell's next line open with a short name: the whole line one (严海, 县财政局), or the first of a
    list of bodies' names (工信局、商务局 / 经开区、高新园: a list on each line) — not a task's words (改造水、电、气…)."""
    first = piece.split("\t")[0].rstrip('"')
    if _SHORT_NAME.match(first.replace(" ", "")):
        return True
    names = first.split("、")
    return (
        len(names) > 1 and _SHORT_NAME.match(names[0].replace(" ", "")) is not None and units.ends_like_unit(names[0])
    )


def _joined_quoted(lines: list[str]) -> str:
    """The lines of one row whose quoted cell runs over them, joined: nothing after punctuation, 、
    between short names one per line (县财政局 / 县税务局, 严海 / 钱国平) — nothing where a body's name broke there
    (省人力资源 / 社会保障厅) —, else a space."""
    joined = lines[0].rstrip("\r")
    for line in lines[1:]:
        piece = line.rstrip("\r").strip(" \u3000")  # (not its tabs: "市财政局"<tab> ends a cell, an empty one follows)
        before = joined.rsplit("\t", 1)[-1].rsplit("、", 1)[-1].lstrip('"')
        if not piece or joined[-1:] in _JOIN_BARE:
            joined += piece
        elif _SHORT_NAME.match(before.replace(" ", "")) and _short_names_on(piece):
            # (王  磊: a two-character name spaced out to three, as Word and WPS print them, is a short name too)
            first = _NAME_APART.split(piece, maxsplit=1)[0]
            # (省人力资源 / 社会保障厅、省税务局: a body's name the line broke inside — its two pieces are one name)
            # (not where the piece opens a name of its own: 滨海大学 / 市教育局、… are two bodies, a level first)
            cut = (
                first[:1] not in _LEVEL_FIRST
                and not units.ends_like_unit(before)
                and units.ends_like_unit(before + first)
            )
            joined += ("" if cut else "、") + piece
        else:
            joined += " " + piece
    return joined


_SHORT_NAME = re.compile(r"^[\u4e00-\u9fff()]{2,15}$")
_NAME_APART = re.compile(r"[、,，\t]")
_LEVEL_FIRST = frozenset("省市县区州旗盟镇乡各")


def _unquoted(cell: str) -> str:
    if len(cell) >= 2 and cell[0] == '"' and cell[-1] == '"':
        return cell[1:-1].replace('""', '"')
    return cell


# ---- rows parted by single spaces, numbered inside their task cell, under a header of words ----------------------

# A row numbered in its task cell (1．全市地区生产总值增长16%。 王庆和 市发改委 市统计局 2008年12月): its number, its cells.
_NUMBERED_ROW = re.compile(r"^ *(\d{1,3})[．.、] *(\S.* \S.*)$")
_NUMBERED_ROW_AT = re.compile(r"(?m)^ *\d{1,3}[．.、] *\S[^\n]* \S")
_HEADER_WORDS_MOST = 10
_DUTY_HEADER_WORDS = ("单位", "部门", "领导", "处室", "科室", "單位", "部門", "領導")
_LEAST_ROWS = 2
_WORD_AT = re.compile(r"[^ \u3000]+")


def _numbered_rows_under_words(text: str) -> str:
    """A table copied as text one row a line with single spaces between cells and no 序号 column (a sharing site's
    text view of a .doc): under a header of column names parted by spaces (工作任务 责任领导 牵头单位 协办单位 完成时限),
    on its own line or ending the line before (the notice run onto one line), each row opens with its number inside
    the task cell (1．…。 王庆和 市发改委 …). The rows are written as | rows under a | header with a 序号 column, the
    number its cell, each cell in its column by what it says (``typed_cells``); group rows (一、…), page counters and
    blank lines between them stay. Only where two rows or more read so; the text as it was otherwise."""
    lines = text.split("\n")
    changed = False
    for at, line in enumerate(lines):
        found = _words_header(line)
        if found is None:
            continue
        start, names = found
        kinds = ["number", *header_kinds(names)]
        rows: list[tuple[int, str]] = []
        for k in range(at + 1, len(lines)):
            row = lines[k].strip()
            if not row or _page_furniture(row) or PAGE_LINE.fullmatch(row) or GROUP_ROW.match(row):
                continue
            m = _NUMBERED_ROW.match(row)
            typed = _row_typed(m.group(1), m.group(2), kinds) if m else None
            if typed is None:
                break
            rows.append((k, " | ".join(typed.get(c, "") for c in range(len(kinds)))))
        if len(rows) < _LEAST_ROWS:
            continue
        header = " | ".join(["序号", *names])
        lines[at] = f"{line[:start].rstrip()} {header}" if start else header
        for k, row in rows:
            lines[k] = row
        changed = True
    return "\n".join(lines) if changed else text


def _words_header(line: str) -> tuple[int, list[str]] | None:
    """Where a header of column names parted by single spaces starts in ``line`` (it ends the line) and its names:
    a task column first, then duty and deadline columns only, a duty one among them; None where the line ends in
    none."""
    if line.count(" ") < 2 or not any(word in line for word in _DUTY_HEADER_WORDS):
        return None  # (most lines: no duty column's name in them)
    pieces = list(_WORD_AT.finditer(line))
    for n in range(min(len(pieces), _HEADER_WORDS_MOST), 2, -1):
        names = [m.group() for m in pieces[-n:]]
        if not all(_HEADER_CELL.match(name) for name in names):
            continue
        kinds = header_kinds(names)
        if (
            kinds[0] == "text"
            and all(k in (*UNIT_KINDS, "leaders", "deadline") for k in kinds[1:])
            and any(k in UNIT_KINDS for k in kinds)
        ):
            return pieces[-n].start(), names
    return None


def _row_typed(number: str, row: str, kinds: list[str]) -> dict[int, str] | None:
    """A row's cells by column: where the copy kept runs of two spaces or more between cells and they part the row
    into one piece a column, each piece is its column's cell (a cell's own single space, as in 钱 宇, stays in it);
    otherwise the single-space pieces typed by what they say."""
    if "  " in row or "\u3000" in row:
        pieces = [piece for piece in re.split(r"(?: {2,}|\u3000)[ \u3000]*", row) if piece]
        if len(pieces) == len(kinds) - 1:
            return dict(enumerate([number, *pieces]))
    return typed_cells([number, *row.split()], kinds)
