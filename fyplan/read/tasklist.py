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

# 序号 and one cell naming the task's column (措施, 工作任务, 重点工作, 具体内容): the whole header.
_HEADER = re.compile(
    r"^[ \t]*[|｜]?[ \t]*(?:序号|編號|编号|序號)[ \t]*(?P<bar>[|｜\t])[ \t]*"
    r"(?P<task>[\u4e00-\u9fff]{0,6}(?:措施|任务|任務|工作|内容|內容|事项|事項|举措|舉措|项目|項目|实事|實事))[ \t]*[|｜]?[ \t]*$"
)
_RULE = re.compile(r"^[ \t]*[|｜]?[ \t]*:?-{2,}:?[ \t]*[|｜][ \t]*:?-{2,}:?[ \t]*[|｜]?[ \t]*$")
_NUMBER = re.compile(r"^[0-9０-９]{1,3}$")


def task_rows(text: str) -> str:
    """``text`` with each two-column table of numbered tasks made numbered lines (see the module's comment); itself
    where it has none."""
    if "序号" not in text and "编号" not in text and "序號" not in text and "編號" not in text:
        return text
    lines = text.split("\n")
    changed = False
    k = 0
    while k < len(lines):
        m = _HEADER.match(lines[k])
        if m is None:
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
        else:
            break
    while rows and not re.match(r"\d", rows[-1][1] or "x"):
        rows.pop()  # (the table ends at its last numbered row: a title under it opens no row)
    return rows if numbered else []


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
