"""A table of numbered tasks with no column of who answers: its rows made numbered lines.

Some lists come as a table of two columns, the row's number and the task (序号 | 措施, 序号<TAB>工作任务), who answers
said inside the task's words where it is said at all (…,由各区负责具体实施。) — a page of a plan's measures, a
converter's Markdown. The table readers read a table by its duty columns and find none here, so no row was read::

    | 序号 | 措施 |
    |------|------|
    | 九、清理整治违规占道经营问题 |  |
    | 75 | 相关部门尽快提出新建市场选址意见,由各区负责具体实施。 |

Each row becomes ``75.相关部门…``, a row whose first cell is not a number and whose others are empty (a section's or a
group's title, 九、…, (一)…) its first cell alone, and the rule under the header nothing: the list the table is, read
as any numbered list (its sentences say who answers). Only where the header is exactly those two cells: a table with
any other column is the table readers'.
"""

from __future__ import annotations

import re

from fyplan.read.front import SIGNED_ON, signature_at

# The numbering column's name, in either script.
_SERIAL_WORDS = ("序号", "编号", "序號", "編號")
# The task column's name: 措施, 工作任务, 重点工作, 具体内容, 目标任务, 实事项目.
_TASK = r"[\u4e00-\u9fff]{0,6}(?:措施|任务|任務|工作|内容|內容|事项|事項|举措|舉措|项目|項目|实事|實事)"
# 序号 and one cell naming the task's column: the whole header.
_HEADER = re.compile(
    r"^[ \t]*[|｜]?[ \t]*(?:序号|編號|编号|序號)[ \t]*(?P<bar>[|｜\t])[ \t]*"
    rf"(?P<task>{_TASK})[ \t]*[|｜]?[ \t]*$"
)
# A part's number alone in a row's first cell: 一, 一、, (一), （一）.
_PART_CELL = re.compile(r"^(?:([一二三四五六七八九十]{1,3})[、.]?|[(（]([一二三四五六七八九十]{1,3})[)）])$")
_RULE = re.compile(r"^[ \t]*[|｜]?[ \t]*:?-{2,}:?[ \t]*[|｜][ \t]*:?-{2,}:?[ \t]*[|｜]?[ \t]*$")
_NUMBER = re.compile(r"^[0-9０-９]{1,3}$")


def task_rows(text: str) -> str:
    """``text`` with each two-column table of numbered tasks made numbered lines (see the module's comment); itself
    where it has none."""
    if not any(word in text for word in _SERIAL_WORDS):
        return text
    lines = text.split("\n")
    changed = False
    k = 0
    while k < len(lines):
        if not any(word in lines[k] for word in _SERIAL_WORDS):
            k += 1  # (every header, piped, tabbed or a cell alone, holds 序号 or 编号: the other lines asked nothing)
            continue
        m = _HEADER.match(lines[k])
        if m is None:
            if (cells := _cell_rows(lines, k)) is not None:
                for at, said in cells:
                    lines[at] = said
                changed = True
                k = cells[-1][0] + 1
                continue
            k += 1
            continue
        piped = m.group("bar") != "\t"
        rows = _rows(lines, k + 1, piped)
        if not rows:
            k += 1
            continue
        lines[k] = ""
        for at, said in rows:
            lines[at] = said
        changed = True
        k = rows[-1][0] + 1
    return "\n".join(lines) if changed else text


def _rows(lines: list[str], start: int, piped: bool) -> list[tuple[int, str]]:
    """The table's lines below its header and what each becomes, up to its last row; none where no row is numbered."""
    rows: list[tuple[int, str]] = []
    numbered = 0
    for at in range(start, len(lines)):
        line = lines[at]
        if not line.strip():
            continue
        if piped and _RULE.match(line):
            rows.append((at, ""))
            continue
        cells = _cells(line, piped)
        if cells is None:
            break
        first, rest = cells[0], [c for c in cells[1:] if c]
        if _NUMBER.match(first) and len(rest) == 1:
            rows.append((at, f"{first}.{rest[0]}"))
            numbered += 1
        elif first and not rest:
            rows.append((at, first))  # (a section's or a group's title over its rows)
        elif (part := _PART_CELL.match(first)) is not None and len(rest) == 1:
            # (| 一 | 社会保障 |, | (一) | 教育 |: a part's number in the first cell, its title in the second)
            rows.append((at, f"{part.group(1)}、{rest[0]}" if part.group(1) else f"({part.group(2)}){rest[0]}"))
        else:
            rows.append((at, " ".join(c for c in cells if c)))  # (a row of another shape: its words kept, read as text)
    while rows and not re.match(r"\d", rows[-1][1] or "x"):
        rows.pop()  # (the table ends at its last numbered row: a title under it opens no row)
    return rows if numbered else []


# One cell a line (a Word table copied as text): 序号 alone, then the task column's name alone.
_NUMBER_WORD = re.compile(r"^[ \t\u3000]*(?:序号|編號|编号|序號)[ \t\u3000]*$")
_TASK_WORD = re.compile(rf"^[ \t\u3000]*{_TASK}[ \t\u3000]*$")
# A row's number cell: 1, 12, (一), （三）; a part's row: 一、推动区域发展规划实施.
_SERIAL = re.compile(
    r"^[ \t\u3000]*(?:(?P<figure>[0-9０-９]{1,3})|\((?P<numeral>[一二三四五六七八九十]{1,3})\)|（(?P<wide>[一二三四五六七八九十]{1,3})）)[ \t\u3000]*$"
)
_PART_ROW = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、\S")
_CELL_ENDS = ("。", ";", "；")


def _cell_rows(lines: list[str], at: int) -> list[tuple[int, str]] | None:
    """A two-column table one cell a line whose header is ``lines[at]`` (序号, then the task column's name): each row's
    number and words on its number's line (1.… or (一)…), its other lines blank, a part's row as it is; None where
    ``lines[at]`` opens no such table or no row is numbered."""
    if _NUMBER_WORD.match(lines[at]) is None:
        return None
    after = [k for k in range(at + 1, min(len(lines), at + 6)) if lines[k].strip()]
    if len(after) < 2 or _TASK_WORD.match(lines[after[0]]) is None:
        return None
    if _SERIAL.match(lines[after[1]]) is None and _PART_ROW.match(lines[after[1]]) is None:
        return None  # (序号 / 重点任务 / 责任单位 …: a table of more columns, the table readers')
    out: list[tuple[int, str]] = [(at, ""), (after[0], "")]
    row: tuple[int, str, str] | None = None  # the open row: its number's line, the number as printed, its words
    numbered = 0

    def close() -> None:
        nonlocal row
        if row is not None:
            out.append((row[0], f"{row[1]}{row[2]}"))
            row = None

    for k in range(after[1], len(lines)):
        line = lines[k].strip()
        if not line:
            out.append((k, ""))
            continue
        serial = _SERIAL.match(line)
        if serial is not None:
            close()
            figure = serial.group("figure")
            row = (k, f"{figure}." if figure else f"({serial.group('numeral') or serial.group('wide')})", "")
            numbered += 1
            continue
        if _PART_ROW.match(line):
            close()
            out.append((k, line))
            continue
        if row is None or row[2].endswith(_CELL_ENDS) or _after_table(lines, k):
            break  # (words after a row's closed cell, or with no row open, or the notice's imprint: the table ended)
        row = (row[0], row[1], row[2] + line)
        out.append((k, ""))
    close()
    while out and out[-1][1] == "" and out[-1][0] > at + 1:
        out.pop()  # (blank lines after the last row stay the text's)
    return out if numbered else None


def _after_table(lines: list[str], k: int) -> bool:
    """Does line ``k`` come after the table, not in a row's cell: the issuer's name over a date or beside it, a date
    alone, an attachment's line (附件2)?"""
    line = lines[k].strip()
    return (
        line.startswith("附件")
        or SIGNED_ON.match(line) is not None
        or signature_at([text for text in lines[k:] if text.strip()][:3], 0)
    )


def _cells(line: str, piped: bool) -> list[str] | None:
    """A row's cells, or None where the line is no row of the table (no bar, or no tab)."""
    if piped:
        if "|" not in line and "｜" not in line:
            return None
        inner = line.strip().strip("|｜")
        return [cell.strip() for cell in re.split(r"[|｜]", inner)]
    if "\t" not in line:
        return None
    return [cell.strip() for cell in line.split("\t")]
