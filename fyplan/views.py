"""Rich renderables for the model. The model knows nothing of rich; its users call these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from fyplan.model import Diagnostic, Duties, Notice, Task

if TYPE_CHECKING:
    from fyplan.query.results import Results


def _names(values: tuple[object, ...], open_ended: bool = False) -> str:
    text = "、".join(str(v) for v in values)
    return text + ("等" if open_ended and text else "")


def duties_text(duties: Duties) -> Table:
    """One row per kind of duty, so long unit lists wrap under their label, not under it."""
    table = Table.grid(padding=(0, 1))
    table.add_column(style="dim", no_wrap=True)
    table.add_column(overflow="fold")
    rows = [
        ("领导", _names(duties.leaders), "bold magenta"),
        ("牵头", _names(duties.lead_units, duties.open_ended.lead_units), "bold cyan"),
        ("协同", _names(duties.cooperating_units, duties.open_ended.cooperating_units), "cyan"),
        ("时限", duties.deadline or "", "yellow"),
    ]
    for label, value, style in rows:
        if value:
            table.add_row(label, Text(value, style=style))
    return table


def _task_node(parent: Tree, task: Task) -> None:
    label = Text()
    label.append(task.id, style="bold green")
    label.append(" ")
    label.append(task.text)
    if task.heading:
        parent.add(Text(task.heading, style="italic"))
    node = parent.add(label)
    if task.subtasks:
        for sub in task.subtasks:
            _task_node(node, sub)
    elif not task.duties.is_empty():
        node.add(duties_text(task.duties))


def notice_tree(notice: Notice) -> Tree:
    """The notice as a tree: sections, sub-sections, tasks, items with their duties."""
    head = Text(notice.title or notice.source, style="bold")
    if notice.doc_number:
        head.append(f"  {notice.doc_number}", style="dim")
    tree = Tree(head)
    for section in notice.sections:
        # Tasks before any section hang from the root.
        sec = tree.add(Text(f"{_cn(section.number)}、{section.title}", style="bold blue")) if section.number else tree
        for task in section.tasks:
            _task_node(sec, task)
        for sub in section.subsections:
            node = sec.add(Text(f"({_cn(sub.number)}){sub.title}", style="bold"))
            for task in sub.tasks:
                _task_node(node, task)
    return tree


def _cn(number: int) -> str:
    from fyplan.numerals import to_chinese

    return to_chinese(number) if 0 < number < 100 else str(number)


def diagnostics_view(diagnostics: tuple[Diagnostic, ...], source: str) -> RenderableType:
    lines = []
    for d in diagnostics:
        style = "bold red" if d.severity == "error" else "yellow"
        line = Text(f"{source}:{d.line}:{d.column}: ", style="dim")
        line.append(d.severity, style=style)
        line.append(f": {d.message}")
        lines.append(line)
    return Group(*lines)


def marked(text: str, words: list[str], style: str = "bold reverse") -> Text:
    """``text`` with every occurrence of ``words`` styled: what the query matched."""
    out = Text(text)
    for word in words:
        if word:
            out.highlight_words([word], style=style)
    return out


def results_table(results: Results) -> RenderableType:
    """Query results: id, section, text (matched words marked), leaders, units, targets."""
    from fyplan.query.results import highlight_words

    words = highlight_words(results.query)
    several = results.several
    table = Table(show_lines=False, header_style="bold", expand=False)
    if several:
        table.add_column("source", style="dim", no_wrap=True)
    table.add_column("id", style="bold green", no_wrap=True)
    table.add_column("section", no_wrap=True, max_width=8, overflow="ellipsis")
    table.add_column("text", ratio=3, overflow="fold")
    table.add_column("leaders", style="magenta", ratio=1, overflow="fold")
    table.add_column("lead units", style="cyan", ratio=2, overflow="fold")
    table.add_column("cooperating units", ratio=2, overflow="fold")
    table.add_column("targets", style="yellow", ratio=2, overflow="fold")
    for match in results:
        item = match.item
        section = f"{_cn(item.section.number)}" if item.section else ""
        row: list[RenderableType] = [
            item.id,
            section,
            marked(item.text, words),
            _names(item.leaders),
            _names(item.lead_units, item.duties.open_ended.lead_units),
            _names(item.cooperating_units, item.duties.open_ended.cooperating_units),
            "\n".join(str(t) for t in item.targets),
        ]
        if several:
            row.insert(0, match.source)
        table.add_row(*row)
    caption = f"{len(results)} item{'s' if len(results) != 1 else ''}"
    if results.query is not None:
        caption += f" · {results.query}"
    table.caption = caption
    return table
