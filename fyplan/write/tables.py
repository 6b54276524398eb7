"""Tables as the spreadsheet, Word and CSV writers take them: a title, columns with headers and
widths, and rows of cells. Records (export, query) and task lists (lists) become tables here, so
each writer lays out one shape and knows nothing of items.

Record headers (English keys or Chinese words) are ``fyplan.write.export``'s ``RECORD_HEADERS_ZH``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import attrs

from fyplan.write import lists as ls
from fyplan.write.export import cell_text, header

Headers = Literal["en", "zh"]


@attrs.frozen
class Link:
    """A cell that links to another sheet of the same workbook (the index's body names)."""

    text: str
    sheet: str

    def __str__(self) -> str:
        return self.text


Cell = str | int | Link


@attrs.frozen
class Column:
    header: str
    width: float  # in a spreadsheet's character widths; a Chinese character takes about two


@attrs.frozen
class Table:
    title: str  # the sheet's name, or the document's title
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    intro: str = ""  # a line under a document's title: whose list, how many items
    header_text: str = ""  # printed at the top of every page

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)


# Record key → column width; the headers are export's (RECORD_HEADERS_ZH).
RECORD_WIDTHS: dict[str, float] = {
    "id": 8,
    "role": 10,
    "section": 8,
    "section_title": 16,
    "subsection": 6,
    "task": 8,
    "subtask": 8,
    "text": 60,
    "leaders": 14,
    "lead_units": 24,
    "cooperating_units": 30,
    "open_ended": 12,
    "deadline": 12,
    "targets": 24,
    "heading": 16,
    "source": 16,
    "line": 6,
}


def records_table(
    rows: Sequence[dict[str, Any]], keys: Sequence[str], headers: Headers = "en", title: str = "items"
) -> Table:
    """Records (``fyplan.write.export.record``) as a table: lists joined by 、, numbers kept numbers."""
    columns = tuple(Column(header(k, headers), RECORD_WIDTHS.get(k, 12)) for k in keys)
    cells = tuple(
        tuple(
            row[k] if isinstance(row[k], int) and not isinstance(row[k], bool) else cell_text(row[k], headers)
            for k in keys
        )
        for row in rows
    )
    return Table(title, columns, cells)


# The columns of a task list. A body's own name is left out of the unit columns of its list, so
# those columns say "the others"; a leader's list names every unit and the other leaders.
_NUMBER = Column("序号", 6)
_ID = Column("编号", 8)
_SOURCE = Column("来源文件", 16)
_SECTION = Column("部分", 16)
_TEXT = Column("工作内容", 60)
_DEADLINE = Column("完成时限", 12)
_TARGETS = Column("目标", 22)
_UNIT_COLUMNS = (
    Column("本单位职责", 8),
    Column("牵头领导", 12),
    Column("其他牵头单位", 22),
    Column("其他协同单位", 28),
)
_LEADER_COLUMNS = (Column("职责", 6), Column("其他领导", 12), Column("牵头单位", 24), Column("协同单位", 28))

NOUN = {"unit": "单位", "lead": "牵头单位", "leader": "领导"}


def list_columns(lists: ls.TaskLists) -> tuple[Column, ...]:
    duties = _LEADER_COLUMNS if lists.by == "leader" else _UNIT_COLUMNS
    source = (_SOURCE,) if lists.several_sources else ()
    return (_NUMBER, _ID, *source, _SECTION, _TEXT, *duties, _DEADLINE, _TARGETS)


def list_table(task_list: ls.TaskList, lists: ls.TaskLists, title: str = "") -> Table:
    """One body's list: a row per item, numbered from 1."""
    source = lists.several_sources
    rows = tuple(
        (
            n,
            row.id,
            *((row.source,) if source else ()),
            row.section,
            row.text,
            row.role_text,
            _listed(row.leaders, row.item.duties.open_ended.leaders),
            _listed(row.lead_units, row.item.duties.open_ended.lead_units),
            _listed(row.cooperating_units, row.item.duties.open_ended.cooperating_units),
            row.deadline,
            "、".join(row.targets),
        )
        for n, row in enumerate(task_list.rows, 1)
    )
    return Table(
        title or task_list.body,
        list_columns(lists),
        rows,
        intro=summary(task_list, lists),
        header_text=f"{task_list.body}责任清单",
    )


def _listed(names: Sequence[str], open_ended: bool) -> str:
    """Names joined by 、, and 等 where the notice's list ended in 等 (it named only some of them):
    a clerk's list must not read as closed where the notice's was open."""
    return "、".join(names) + ("等" if open_ended else "")


def summary(task_list: ls.TaskList, lists: ls.TaskLists) -> str:
    """牵头 12 项，协同 45 项；另见：市政府各部门 — the line under a list's title."""
    if lists.by == "leader":
        parts = [f"共 {len(task_list.rows)} 项"]
    else:
        parts = [f"牵头 {task_list.count(ls.LEAD)} 项"]
        if lists.by == "unit":
            parts.append(f"协同 {task_list.count(ls.COOPERATE)} 项")
    if task_list.through_collectives:
        parts.append(f"经统称 {task_list.through_collectives} 项")
    text = "，".join(parts)
    if task_list.spellings:
        text += f"；文中也写作：{'、'.join(task_list.spellings)}"
    if task_list.collectives:
        text += f"；另见统称：{'、'.join(task_list.collectives)}"
    return text


INDEX_TITLE = "目录"
COLLECTIVES_TITLE = "统称"


def index_table(lists: ls.TaskLists, sheets: Sequence[str] = ()) -> Table:
    """The first sheet: each body, its counts, the spellings merged into it, the collective names
    it falls under; with ``sheets`` (one per list), each name links to its sheet."""
    noun = NOUN[lists.by]
    if lists.by == "leader":
        counts: tuple[Column, ...] = (Column("事项", 8),)
    else:
        counts = (Column("牵头", 8), Column("协同", 8))
        if lists.collective:
            counts += (Column("经统称", 8),)
        counts += (Column("合计", 8),)
    columns = (_NUMBER, Column(noun, 30), *counts, Column("文中其他写法", 36), Column("所属统称", 36))
    rows: list[tuple[Cell, ...]] = []
    for n, task_list in enumerate(lists.lists, 1):
        name: Cell = Link(task_list.body, sheets[n - 1]) if sheets else task_list.body
        if lists.by == "leader":
            numbers: tuple[int, ...] = (len(task_list.rows),)
        else:
            numbers = (task_list.count(ls.LEAD), task_list.count(ls.COOPERATE))
            if lists.collective:
                numbers += (task_list.through_collectives,)
            numbers += (len(task_list.rows),)
        rows.append((n, name, *numbers, "、".join(task_list.spellings), "、".join(task_list.collectives)))
    return Table(INDEX_TITLE, columns, tuple(rows), header_text=f"责任清单目录（按{noun}）")


def collectives_table(lists: ls.TaskLists) -> Table:
    """The collective names the notices use, how many items name them, and the bodies taken to fall under each."""
    columns = (_NUMBER, Column("统称", 36), Column("事项", 8), Column("所含单位（按名称推断）", 80))
    rows = tuple(
        (n, c.name, c.items, "、".join(c.members) or "（无法从文中判断）") for n, c in enumerate(lists.collectives, 1)
    )
    return Table(COLLECTIVES_TITLE, columns, rows, header_text="统称及其所含单位")
