"""Tables a PDF's text gives column after column (pdftotext without -layout): 序号 then 1 2 3 …, then the task
column's header and its cells, then 责任领导 and its cells, and so on, each page on its own.

Each such table is rewritten into rows the notice grammar reads (``1.`` the task, then a labelled line per duty
cell), in the lines the table held (the rows first, the rest left blank: the line count holds). A column's cells
are told apart by what ends them: a task cell ends its sentence (。), a list of names wrapped after 、 or inside a
name goes on (``tables``' joins); where a column's cells cannot be counted out to the rows' number the table is
left as written (the other readers see it, and say they found nothing rather than guess).
"""

from __future__ import annotations

import itertools
import re

from fyplan.read.cellwraps import print_width
from fyplan.read.scans import holds
from fyplan.read.tables import (
    DUTY_LABELS,
    GROUP_ROW,
    column_kind,
    join_cut_endings,
    join_date_tails,
    join_open_lists,
    joined_piece,
    known_note,
    labelled,
    word_cut,
)
from fyplan.units import SUFFIX_WORDS, bare_person, ends_like_unit, whole_name

# A page's number (— 2 —, - 3 -, 第 2 页) or a form feed: where a page's columns end.
_PAGE_LINE = re.compile(
    r"^[\f \t]*(?:[—–\-－·•]{1,2} *\d{1,4} *[—–\-－·•]{1,2}|第 ?\d{1,4} ?页(?:.{0,8})?|\d{1,4})?[\f \t]*$"
)
_HEADER = re.compile(r"^[^。,;:、()0-9]{2,10}$")
_COUNT = re.compile(r"^\d{1,3}$")
_LEAST_ROWS = 2


def rows_from_columns(text: str) -> str:
    """``text`` with each column-after-column table rewritten as rows; the text itself where it holds none."""
    if not holds(text, "\n序号\n") and not text.startswith("序号\n"):
        return text
    lines = text.split("\n")
    changed = False
    names: list[str] | None = None  # the columns of the last table's header, 序号 left out
    by_row = False  # that table's rows printed one cell a line (its later pages are written so too)
    k = 0
    while k < len(lines):
        if lines[k].strip() == "序号":
            header = header_names(lines, k)
            names = header or names
            # (a later page's 序号 with each column's name over its block: the table's rows go on, one cell a line where
            # its first page printed them so)
            end = _rewrite_at(lines, k, by_row and header is None)
            by_row = end is None or (by_row and header is None)
            if end is None and header is not None:
                # 序号 / 工作任务 / 主办科室 / … / 1 2 3 4 / the cells of each column: the header printed whole, then the
                # page's columns one after another with no header of their own, as on a later page: written one cell a line
                # under the header kept (the table reader reads them, and the pages after them, with its columns)
                end = _rewrite_page(lines, k + 1 + len(header), header, True)
            if end is not None:
                changed = True
                k = end
                continue
        elif (
            names is not None and lines[k].strip() and not _COUNT.match(lines[k].strip()) and _PAGE_LINE.match(lines[k])
        ):
            # (not a bare number: each row's number would start a look at the page after it — quadratic)
            # (a later page of the table, its header not printed again: its columns one after another all the same)
            end = _rewrite_page(lines, k + 1, names, by_row)
            if end is not None:
                changed = True
                k = end
                continue
        k += 1
    return "\n".join(lines) if changed else text


def header_names(lines: list[str], at: int) -> list[str] | None:
    """The columns of a header printed one cell per line after its 序号 at line ``at`` (工作任务, 牵头单位, …), where
    they hold a task column and a duty column; None elsewhere."""
    names: list[str] = []
    j = at + 1
    while j < len(lines) and not GROUP_ROW.match(lines[j].strip()) and (name := _header(lines[j])) is not None:
        names.append(name)
        j += 1
    kinds = [column_kind(name) for name in names]
    return names if "text" in kinds and any(kind in DUTY_LABELS for kind in kinds) else None


def _rewrite_page(lines: list[str], at: int, names: list[str], by_row: bool) -> int | None:
    """A page after a page's number (``at`` its first line) whose group rows (三、民生保障) are followed by a run of row
    numbers, then each column's cells one after another with no header: the columns of the table's header ``names``,
    told apart where they count out (the task column's cells end their sentences, the 完成时限 column's cells are the
    last, one a line, and the duty columns between share the lines left evenly or are one column). The line after
    the page's table, or None where it cannot be read so (left as written). Where the table's first page printed its
    rows one cell a line (``by_row``), the page's rows are written so, its number then its cells, for the table
    reader to read on with the rows before them."""
    j = at
    while j < len(lines) and (not lines[j].strip() or GROUP_ROW.match(lines[j].strip())):
        j += 1  # (a group row stays the heading it is, above the rows)
    start = j
    counted = _row_numbers(lines, j)
    if counted is None:
        return None
    numbers, j = counted
    block: list[str] = []
    while j < len(lines) and not (lines[j].strip() and _PAGE_LINE.match(lines[j])) and lines[j].strip() != "序号":
        if lines[j].strip():
            block.append(lines[j].strip())
        j += 1
    kinds = [column_kind(name) for name in names]
    cells = _columns_of(block, kinds, len(numbers))
    if cells is None:
        return None
    if by_row:
        return _write_cells(lines, start, j, numbers, cells)
    return _write_rows(lines, start, j, numbers, list(zip(names, kinds, strict=True)), cells)


def _write_cells(lines: list[str], start: int, j: int, numbers: list[int], cells: list[list[str]]) -> int | None:
    """Lines ``start`` … ``j`` rewritten as the rows one cell a line (each row's number, then its cells in the columns'
    order), blank lines after them; ``j``, or None where they would need more lines than the page held."""
    rows = [line for r, number in enumerate(numbers) for line in (str(number), *(column[r] for column in cells))]
    if len(rows) > j - start:
        return None
    lines[start:j] = rows + [""] * (j - start - len(rows))
    return j


def _columns_of(block: list[str], kinds: list[str], count: int) -> list[list[str]] | None:
    """The cells of each column of a page's lines printed column after column with no header: the task column first
    (its cells end their sentences), a 完成时限 column last (a date a line), the duty columns between (each line a
    cell where they share the lines evenly; one column's cells as ``_cells`` tells them)."""
    if not kinds or kinds[0] != "text" or not any(kind in DUTY_LABELS for kind in kinds[1:]):
        return None
    ends = [i for i, line in enumerate(block) if line.endswith(("。", ";", "."))]
    if len(ends) < count:
        return None
    texts = _sentences(block[: ends[count - 1] + 1], count)
    rest = block[ends[count - 1] + 1 :]
    if texts is None:
        return None
    last: list[str] = []
    middle_kinds = kinds[1:]
    if kinds[-1] == "deadline":
        last, rest = rest[-count:], rest[:-count]
        if len(last) != count or not all(_WHEN.match(cell) for cell in last):
            return None
        middle_kinds = kinds[1:-1]
    if not middle_kinds:
        return None
    middle: list[list[str]] = []
    if len(rest) == count * len(middle_kinds):
        # (each line a cell: a column that names no duty counts out as evenly as the duty columns where its cells are
        # people, 责任人 — a 备注 column's may be empty, and a line left over from a wrapped cell would shift the rows)
        middle = [rest[c * count : (c + 1) * count] for c in range(len(middle_kinds))]
        if any(
            kind not in DUTY_LABELS and not all(_person(cell) for cell in cells)
            for kind, cells in zip(middle_kinds, middle, strict=True)
        ):
            return None
    elif len(middle_kinds) == 1 and middle_kinds[0] in DUTY_LABELS and (one := _cells(rest, middle_kinds[0], count)):
        middle = [one]
    elif all(kind in DUTY_LABELS for kind in middle_kinds) and (
        by_count := _counted_columns(rest, middle_kinds, count)
    ):
        # (责任领导 / 主责部门 / 协同部门: the first columns a whole name a line, the last one's wrapped names joined
        # where the count of rows says how many joins there are)
        middle = by_count
    elif all(kind in DUTY_LABELS for kind in middle_kinds) and len(rest) > count * len(middle_kinds):
        # (主办科室 then 协办科室, a name of each wrapped in its narrow cell: 社会保险费和非税收 / 入科 — the wraps joined,
        # the columns' cells then count out evenly)
        lines = list(rest)
        index = _join_word_cuts(lines, join_cut_endings(lines, join_open_lists(lines, list(range(len(lines))))))
        if len(index) != count * len(middle_kinds):
            return None
        cells = [lines[i] for i in index]
        middle = [cells[c * count : (c + 1) * count] for c in range(len(middle_kinds))]
    else:
        return None
    return [texts, *middle, *([last] if last else [])]


def _counted_columns(rest: list[str], kinds: list[str], count: int) -> list[list[str]] | None:
    """The duty columns' cells where each column but the last holds one whole cell a line (people, or whole names of
    bodies), and the last column's lines join to ``count`` cells (``_counted_cells``); None elsewhere."""
    columns: list[list[str]] = []
    for c, kind in enumerate(kinds[:-1]):
        cells = rest[c * count : (c + 1) * count]
        if len(cells) < count or not all(_whole_cell(cell, kind) for cell in cells):
            return None
        columns.append(cells)
    last = _counted_cells(rest[(len(kinds) - 1) * count :], count)
    return None if last is None else [*columns, last]


def _whole_cell(cell: str, kind: str) -> bool:
    """A cell that is whole on its line: people (a leaders' column), or names of bodies each whole, none left open."""
    pieces = cell.replace(" ", "").replace("\u3000", "").split("、")
    if kind == "leaders":
        return all(bare_person(piece) for piece in pieces)
    return all(piece and whole_name(piece) and not bare_person(piece) for piece in pieces)


def _counted_cells(lines: list[str], count: int) -> list[str] | None:
    """A column's ``count`` cells from its lines, some of them wrapped: the joins the count asks for, taken where a
    line's last name is cut (建设管理局、自然 / 资源和规划分局: 自然 is no name) and then where the next line's first name
    only ends one (各街道 / 办事处); None where more places are as likely as the joins needed (a guess)."""
    joins = len(lines) - count
    if joins < 0 or count < _LEAST_ROWS:
        return None
    if joins == 0:
        return lines
    scores = [_join_score(lines[k], lines[k + 1]) for k in range(len(lines) - 1)]
    ranked = sorted(range(len(scores)), key=lambda k: -scores[k])
    chosen = ranked[:joins]
    left = ranked[joins:]
    if any(scores[k] == 0 for k in chosen) or (left and scores[left[0]] >= scores[chosen[-1]]):
        return None
    out: list[str] = []
    for k, line in enumerate(lines):
        if k - 1 in chosen:
            out[-1] += line
        else:
            out.append(line)
    return out


_CUT, _ENDED = 2, 1


def _join_score(before: str, after: str) -> int:
    """How sure it is that ``after`` goes on the cell of ``before``: 2 where the break cuts a name (its last piece is
    no whole name, 自然 / 各社区居, or a word of bodies' names, 村民委 / 员会), 1 where ``after`` starts with a body's form
    word alone (各街道 / 办事处, 纪委 / 办公室: each may be a name of its own, or the end of one), else 0."""
    last = before.rsplit("、", 1)[-1].replace(" ", "")
    first = after.split("、", 1)[0].replace(" ", "")
    if before.endswith("、") or (last and not whole_name(last)) or word_cut(before, after):
        return _CUT
    return _ENDED if first in SUFFIX_WORDS else 0


def _person(cell: str) -> bool:
    """梁 彬, 周海宁: a person's name alone (spaced out or not)."""
    return bare_person(cell.replace(" ", "").replace("\u3000", ""))


# A cell of a 完成时限 column: a date or a time word (2019年12月, 年底前, 长期).
_WHEN = re.compile(r"^(?:\d{4}年|\d{1,2}月|年底|年内|年末|长期|持续|全年|每)")


def _header(line: str) -> str | None:
    """A column's header alone on its line (工作任务, 责任领导, 牵头部门, 完成时限, 备注), or None."""
    name = line.strip().replace(" ", "")
    if not _HEADER.match(name):
        return None
    return name if column_kind(name) != "note" or known_note(name) else None


def _row_numbers(lines: list[str], j: int) -> tuple[list[int], int] | None:
    """The run of row numbers (1 2 3 …, one a line) from line ``j`` and the line after it; None where the count breaks
    or holds fewer than two rows."""
    numbers: list[int] = []
    while j < len(lines) and _COUNT.match(lines[j].strip()):
        n = int(lines[j])
        if numbers and n != numbers[-1] + 1:
            return None
        numbers.append(n)
        j += 1
    return (numbers, j) if len(numbers) >= _LEAST_ROWS else None


def _after_blanks(lines: list[str], j: int) -> int:
    """Line ``j``, or the first after it that is not blank where one or two blank lines part it from a column's name."""
    k = j
    while k < len(lines) and k - j < 2 and not lines[k].strip():
        k += 1
    return k if k < len(lines) and lines[k].strip() else j


def _rewrite_at(lines: list[str], at: int, by_row: bool = False) -> int | None:
    """Rewrite the table whose 序号 header is line ``at``: the line after it, or None where it is no such table.
    ``by_row``: its rows written one cell a line in its lines, 序号 too (a later page of a table whose first page printed
    them so, for the table reader to read on), else as the grammar's rows."""
    counted = _row_numbers(lines, _after_blanks(lines, at + 1))  # (序号, a blank line, then 1 2 3 …: a print may part
    if counted is None:  # each column's name from its cells)
        return None if by_row else _rewrite_blank_parted(lines, at)
    numbers, j = counted
    columns: list[tuple[str, list[str]]] = []
    while True:
        j = _next_words(lines, j)  # (a blank line between the columns' blocks)
        if j >= len(lines) or (name := _header(lines[j])) is None:
            break
        block: list[str] = []
        j = _after_blanks(lines, j + 1)
        while j < len(lines) and _header(lines[j]) is None and lines[j].strip() != "序号":
            if _PAGE_LINE.match(lines[j]):
                break  # (a page's number, or a blank line: the block's end)
            block.append(lines[j].strip())
            j += 1
        columns.append((name, block))
        if j < len(lines) and ((lines[j].strip() and _PAGE_LINE.match(lines[j])) or lines[j].strip() == "序号"):
            break
    kinds = [column_kind(name) for name, _ in columns]
    if "text" not in kinds or not any(kind in DUTY_LABELS for kind in kinds):
        return None
    cells: list[list[str]] = []
    for (_, block), kind in zip(columns, kinds, strict=True):
        found = _cells(block, kind, len(numbers))
        if found is None:
            return None
        cells.append(found)
    if by_row:
        return _write_cells(lines, at, j, numbers, cells)  # (the 序号 too: the rows go on from the page before)
    return _write_rows(
        lines, at, j, numbers, [(name, kind) for (name, _), kind in zip(columns, kinds, strict=True)], cells
    )


def _write_rows(
    lines: list[str],
    at: int,
    j: int,
    numbers: list[int],
    columns: list[tuple[str, str]],
    cells: list[list[str]],
    groups: dict[int, str] | None = None,
) -> int | None:
    """Lines ``at`` … ``j`` rewritten as the rows (``1.`` the task, a labelled line per cell), blank lines after
    them; ``j``, or None where the rows would need more lines than the table held. ``groups``: the group rows (一、…)
    to write before the rows they stand over, by the index of that row."""
    kinds = [kind for _, kind in columns]
    rows: list[str] = []
    first_text = kinds.index("text")
    for r, number in enumerate(numbers):
        if groups and r in groups:
            rows.append(groups[r])
        rows.append(f"{number}.{cells[first_text][r]}")
        for c, (name, kind) in enumerate(columns):
            value = cells[c][r]
            if c == first_text or not value:
                continue
            if kind in DUTY_LABELS:
                rows.append(labelled(kind, value))  # (as tables writes a duty cell)
            elif kind == "deadline":
                rows.append(f"完成时限:{value}")
            else:
                rows.append(f"{name}:{value}")  # (a second task column, a note: its header names it)
    if len(rows) > j - at:
        return None  # (more lines than the table held: the line count would not hold)
    lines[at:j] = rows + [""] * (j - at - len(rows))
    return j


def _rewrite_blank_parted(lines: list[str], at: int) -> int | None:
    """A page whose columns pdftotext gives one after another with a blank line between each two cells (its default
    mode: 序号 / 一、稳定经济增长 / 1 / 2 …, then 重点工作任务 and a block of lines for each row's cell, then the next
    column): each block is one cell, in the rows' order; the group rows (一、…) in the 序号 column's run head the rows
    after them. The line after the page's table, or None where a column does not hold a block for each row (an empty
    cell prints no block: which row lacks it, nothing tells)."""
    flow = _numbers_and_groups(lines, at + 1)
    if flow is None:
        return None
    numbers, groups, j = flow
    columns: list[tuple[str, str]] = []
    cells: list[list[str]] = []
    while True:
        j = _next_words(lines, j)
        if j >= len(lines) or (name := _header(lines[j])) is None:
            break
        kind = column_kind(name)
        blocks: list[list[str]] = []
        j += 1
        while len(blocks) < len(numbers):
            j = _next_words(lines, j)
            if j >= len(lines) or _header(lines[j]) is not None or _stops_page(lines[j]):
                break
            block: list[str] = []
            while j < len(lines) and lines[j].strip():
                block.append(lines[j].strip())
                j += 1
            blocks.append(block)
        if len(blocks) != len(numbers):
            return None
        width = max(print_width(line) for block in blocks for line in block)  # (the column's, where it wrapped)
        columns.append((name, kind))
        cells.append([_block_cell(block, kind, width) for block in blocks])
    kinds = [kind for _, kind in columns]
    if "text" not in kinds or not any(kind in DUTY_LABELS for kind in kinds):
        return None
    return _write_rows(lines, at, j, numbers, columns, cells, groups)


def _numbers_and_groups(lines: list[str], j: int) -> tuple[list[int], dict[int, str], int] | None:
    """The 序号 column's run from line ``j``, its entries parted by blank lines: the rows' numbers (counting on by one),
    the group rows among them by the index of the row after each, and the line after the run; None where it is no
    such run (two numbers at least, a blank line between two entries)."""
    numbers: list[int] = []
    groups: dict[int, str] = {}
    parted = False
    while j < len(lines):
        line = lines[j].strip()
        if not line:
            parted = parted or bool(numbers or groups)
            j += 1
            continue
        if _COUNT.match(line):
            if numbers and int(line) != numbers[-1] + 1:
                return None
            numbers.append(int(line))
        elif GROUP_ROW.match(line) and len(line) <= _GROUP_LONGEST:
            groups[len(numbers)] = line
        else:
            break
        j += 1
    return (numbers, groups, j) if parted and len(numbers) >= _LEAST_ROWS else None


_GROUP_LONGEST = 30


def _next_words(lines: list[str], j: int) -> int:
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j


def _stops_page(line: str) -> bool:
    """序号 again, a page's number (— 2 —) or a form feed: the page's table has ended."""
    text = line.strip()
    return (
        text == "序号" or "\f" in line or (bool(text) and _PAGE_LINE.match(line) is not None and not _COUNT.match(text))
    )


def _block_cell(block: list[str], kind: str, width: float) -> str:
    """One cell from its lines: a task's and a date's run on (2019年12月 / 底前), people one a line are a list (刘德春 /
    王玉玲), bodies' names go on as a wrapped cell's do (区发展和改 / 革局; …、各 / 乡镇人民政府) — a line as wide as the
    column's widest was cut by the wrap, the name on it may go on (市生态环境局夷陵区 / 分局)."""
    if kind == "leaders":
        return "、".join(block)
    if kind not in DUTY_LABELS:
        return "".join(block)
    out = block[0]
    for before, piece in itertools.pairwise(block):
        out = joined_piece(out, piece, kind, filled=print_width(before) >= width - 1)
    return out


def _cells(block: list[str], kind: str, count: int) -> list[str] | None:
    """The ``count`` cells of a column's lines, or None where they cannot be told apart."""
    lines = [line for line in block if line]
    if len(lines) == count:
        return lines
    if kind == "text":
        return _sentences(lines, count)
    if any(_ETC_ALONE.match(line) for line in lines[1:]):
        # 区水利局、区林业局 / 等: the list's 等 wrapped onto a line of its own ends the list above it
        joined: list[str] = []
        for line in lines:
            if joined and _ETC_ALONE.match(line):
                joined[-1] += line
            else:
                joined.append(line)
        lines = joined
    if len(lines) < count:
        return None
    index = join_date_tails(lines, join_cut_endings(lines, join_open_lists(lines, list(range(len(lines))))))
    if len(index) > count:
        index = _join_word_cuts(lines, index)
    return [lines[i] for i in index] if len(index) == count else None


_ETC_ALONE = re.compile(r"^等(?:有关|相关|其他)?(?:部门|单位|科室)?[。.]?$")


def _sentences(lines: list[str], count: int) -> list[str] | None:
    """A task column's cells: each ends its sentence (。 or ;) — as many such ends as rows, the last at the end."""
    ends = [i for i, line in enumerate(lines) if line.endswith(("。", ";", "."))]
    if len(ends) != count or ends[-1] != len(lines) - 1:
        return None
    out: list[str] = []
    start = 0
    for end in ends:
        out.append("".join(lines[start : end + 1]))
        start = end + 1
    return out


def _join_word_cuts(lines: list[str], index: list[int]) -> list[int]:
    """A name the wrap cut inside a word bodies' names hold (…开发投资集团 / 有限公司): joined to the line before."""
    out: list[int] = []
    for i in index:
        if out and (word_cut(lines[out[-1]], lines[i]) or _cut_name(lines[out[-1]], lines[i])):
            lines[out[-1]] += lines[i]
            lines[i] = ""
        else:
            out.append(i)
    return out


def _cut_name(before: str, after: str) -> bool:
    """Does ``after`` end the last name of ``before``, which does not end as a body's name does (县农商 / 银行), or is
    ``after`` a company's form alone (…集团 / 有限公司)?"""
    last = before.rsplit("、", 1)[-1]
    first = after.split("、", 1)[0]
    if _TAIL_ONLY.match(first):
        return bool(last)  # (…开发投资集团 / 有限公司: a company's form alone is no name)
    return bool(last) and not ends_like_unit(last) and ends_like_unit(last + first)


_TAIL_ONLY = re.compile(r"^(?:股份)?有限(?:责任)?公司$")
