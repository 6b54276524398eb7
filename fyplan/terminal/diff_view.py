"""The rich report of a diff of two notices: 新增 / 删除 / 改写 / 移动 / 责任变化 / 目标变化.

Text from the notices goes to rich as ``Text`` only (never markup); changed words are styled runs.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from fyplan.compare.model import DutyChange, Moved, NoticeDiff, Pair, Reworded, Run, TargetChange
from fyplan.model import Item, Target
from fyplan.terminal.views import duties_text

ADDED = "green"
DROPPED = "red"
INSERTED = "bold green reverse"
DELETED = "bold red strike"
ROLES = {"lead": "牵头", "cooperating": "协同", "leader": "领导"}
FIELDS = {"leader": "领导", "unit": "单位", "deadline": "时限"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _heading(title: str, count: int) -> Text:
    return Text.assemble((title, "bold"), (f" ({count})", "dim"))


def _grid() -> Table:
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True, style="bold")
    table.add_column(overflow="fold")
    return table


def _ids(change: Pair | Reworded | Moved | DutyChange | TargetChange) -> Text:
    if change.old.id == change.new.id:
        return Text(change.new.id)
    return Text(f"{change.old.id} → {change.new.id}")


def _section(item: Item) -> str:
    """Where an item stands: 第2部分 title, and its sub-section (（1） title) when it has one."""
    where = f"第{item.section.number}部分 {item.section.title}" if item.section else "(无部分)"
    if item.subsection:
        where += f" / ({item.subsection.number}) {item.subsection.title}"
    return where


def runs_text(runs: Sequence[Run], side: str) -> Text:
    """One side of a reworded text, its changed runs styled: what was deleted (old), what was inserted (new)."""
    text = Text()
    for run in runs:
        part = run.old if side == "old" else run.new
        if part:
            text.append(part, style=(DELETED if side == "old" else INSERTED) if run.changed else None)
    return text


def _items(items: tuple[Item, ...], style: str, sign: str) -> Table:
    table = _grid()
    for item in items:
        body = Table.grid()
        body.add_column(overflow="fold")
        body.add_row(Text(item.text, style=style))
        if not item.duties.is_empty():
            body.add_row(duties_text(item.duties))
        table.add_row(Text(f"{sign} {item.id}", style=style), body)
    return table


def _reworded(changes: tuple[Reworded, ...]) -> Table:
    table = _grid()
    for change in changes:
        both = Text.assemble("− ", runs_text(change.runs, "old"), "\n+ ", runs_text(change.runs, "new"))
        table.add_row(_ids(change), both)
    return table


def _moved(changes: tuple[Moved, ...]) -> Table:
    table = _grid()
    for change in changes:
        where = Text(change.new.text)
        if change.section_changed:
            where.append(f"\n{_section(change.old)} → {_section(change.new)}", style="dim")
        table.add_row(_ids(change), where)
    return table


def _duty_line(change: DutyChange) -> Text:
    label = Text(FIELDS[change.field], style="dim")
    if change.field == "deadline":
        return Text.assemble(label, " ", (change.before or "(无)", DROPPED), " → ", (change.after or "(无)", ADDED))
    # A unit's role says which list it is on; a leader has one list only.
    role = "" if change.field == "leader" else "  "
    if change.before is None:
        role += ROLES.get(change.after or "", "") if role else ""
        return Text.assemble(("+ ", ADDED), label, " ", (change.name, ADDED), role)
    if change.after is None:
        role += ROLES.get(change.before, "") if role else ""
        return Text.assemble(("− ", DROPPED), label, " ", (change.name, DROPPED), role)
    moved = f"  {ROLES.get(change.before, '')} → {ROLES.get(change.after, '')}"
    return Text.assemble(("~ ", "yellow"), label, " ", (change.name, "yellow"), moved)


def _duties(changes: tuple[DutyChange, ...]) -> Table:
    groups: list[list[DutyChange]] = []  # the changes of one pair of items, together
    for change in changes:
        if groups and groups[-1][0].old is change.old and groups[-1][0].new is change.new:
            groups[-1].append(change)
        else:
            groups.append([change])
    table = _grid()
    for group in groups:
        first = group[0]
        lines = Text()
        lines.append(first.new.text, style="dim")  # the item's text as a dim span: its changes keep their colours
        for change in group:
            lines.append("\n")
            lines.append_text(_duty_line(change))
        table.add_row(_ids(first), lines)
    return table


def _target(target: Target | None, style: str) -> Text:
    if target is None:
        return Text("(无)", style="dim")
    return Text(str(target), style=style)


def _targets(changes: tuple[TargetChange, ...]) -> Table:
    table = _grid()
    for change in changes:
        line = Text.assemble(_target(change.before, DROPPED), " → ", _target(change.after, ADDED))
        table.add_row(_ids(change), line)
    return table


def _in_items(result: NoticeDiff) -> str:
    """(in 2 items) where the duty changes fall on fewer items than there are changes."""
    items = len({(c.old.id, c.new.id) for c in result.duties})
    return f" (in {_plural(items, 'item')})" if items < len(result.duties) else ""


def summary(result: NoticeDiff) -> Text:
    """One line: how many items on each side and how many changes of each kind."""
    counts = [
        f"{len(result.added)} 新增",
        f"{len(result.dropped)} 删除",
        f"{len(result.reworded)} 改写",
        f"{len(result.moved)} 移动",
        f"{len(result.duties)} 责任变化" + _in_items(result),
        f"{len(result.targets)} 目标变化",
    ]
    text = Text(f"{len(result.old.items())} → {len(result.new.items())} items: " + ", ".join(counts))
    renumbered = len(result.renumbered())
    if renumbered:
        text.append(f"; {_plural(renumbered, 'item')} renumbered", style="dim")
    return text


def diff_view(result: NoticeDiff) -> RenderableType:
    """The report: a head naming the two notices, a summary, then one part per kind of change found."""
    head = Text.assemble(
        ("− ", DROPPED),
        (result.old.title or result.old.source, "bold"),
        (f"  {result.old.file_name}", "dim"),
        "\n",
        ("+ ", ADDED),
        (result.new.title or result.new.source, "bold"),
        (f"  {result.new.file_name}", "dim"),
    )
    parts: list[RenderableType] = [head, summary(result)]
    if not result:
        parts.append(Text("No changes: the two notices hold the same items with the same duties.", style="green"))
        return Group(*parts)
    sections: list[tuple[str, int, RenderableType]] = [
        ("新增", len(result.added), _items(result.added, ADDED, "+")),
        ("删除", len(result.dropped), _items(result.dropped, DROPPED, "−")),
        ("改写", len(result.reworded), _reworded(result.reworded)),
        ("移动", len(result.moved), _moved(result.moved)),
        ("责任变化", len({(c.old.id, c.new.id) for c in result.duties}), _duties(result.duties)),
        ("目标变化", len(result.targets), _targets(result.targets)),
    ]
    for title, count, body in sections:
        if count:
            parts += [Text(""), _heading(title, count), body]
    return Group(*parts)
