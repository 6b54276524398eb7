"""Rich renderables for the model. The model knows nothing of rich; its users call these.

Every value from a notice or a query goes to rich as a ``Text``, never as a ``str``: rich reads a
``str`` cell, title or caption as markup, so ``[/]`` in a notice would crash it and ``[link=…]``
in a unit name would become a hyperlink, whatever console the caller prints to.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from fyplan.model import Deadline, Diagnostic, Duties, Item, Notice, Task
from fyplan.units import names_text

if TYPE_CHECKING:
    from fyplan.checks import Finding
    from fyplan.corpus import Corpus
    from fyplan.query.results import Results
    from fyplan.query.stats import Matrix, Row


def duty_rows(duties: Duties) -> list[tuple[str, str, str]]:
    """(label, names, style) for each kind of duty an item has, as the Anhui template orders them."""
    rows = [
        ("领导", names_text(duties.leaders, duties.open_ended.leaders), "bold magenta"),
        ("牵头", names_text(duties.lead_units, duties.open_ended.lead_units), "bold cyan"),
        ("协同", names_text(duties.cooperating_units, duties.open_ended.cooperating_units), "cyan"),
        ("时限", deadline_text(duties.deadline), "yellow"),
    ]
    return [row for row in rows if row[1]]


def deadline_text(deadline: Deadline | None) -> str:
    """The words as written, and the last day they allow where it is known: 6月底前 · 2024-06-30."""
    if deadline is None:
        return ""
    return f"{deadline.written} · {deadline.by.isoformat()}" if deadline.by else deadline.written


def duties_text(duties: Duties) -> Table:
    """One row per kind of duty, so long unit lists wrap under their label, not under it."""
    table = Table.grid(padding=(0, 1))
    table.add_column(style="dim", no_wrap=True)
    table.add_column(overflow="fold")
    for label, value, style in duty_rows(duties):
        table.add_row(label, Text(value, style=style))
    return table


def _task_node(parent: Tree, task: Task) -> None:
    # A grid keeps the id beside the text: as one Text, rich moves a long Chinese run to the next line.
    label = Table.grid(padding=(0, 1))
    label.add_column(style="bold green", no_wrap=True)
    label.add_column(overflow="fold")
    label.add_row(Text(task.id), Text(task.text))
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
        where = f"{source}: {d.place}: " if d.place else f"{source}:{d.line}:{d.column}: "
        line = Text(where, style="dim")
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
    leader_words = highlight_words(results.query, ("leader",))
    lead_words = highlight_words(results.query, ("lead", "unit"))
    coop_words = highlight_words(results.query, ("coop", "unit"))
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
    dated = any(match.item.deadline for match in results)  # a deadline column only where one is read
    if dated:
        table.add_column("deadline", style="yellow", ratio=1, overflow="fold")
    for match in results:
        item = match.item
        section = f"{_cn(item.section.number)}" if item.section else ""
        row: list[RenderableType] = [
            Text(item.id),
            Text(section),
            marked(item.text, words),
            marked(names_text(item.leaders), leader_words),
            marked(names_text(item.lead_units, item.duties.open_ended.lead_units), lead_words),
            marked(names_text(item.cooperating_units, item.duties.open_ended.cooperating_units), coop_words),
            Text("\n".join(str(t) for t in item.targets)),
        ]
        if dated:
            row.append(Text(deadline_text(item.deadline)))
        if several:
            row.insert(0, Text(match.source))
        table.add_row(*row)
    caption = f"{len(results)} item{'s' if len(results) != 1 else ''}"
    if results.query is not None:
        caption += f" · {results.query}"
    table.caption = Text(caption)
    return table


def item_panel(item: Item, source: str | None = None) -> Panel:
    """One responsibility item in full; ``source`` names its file when several are loaded."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    if item.section is not None:
        grid.add_row("部分", Text(f"{_cn(item.section.number)}、{item.section.title}"))
    if item.subsection is not None:
        grid.add_row("分项", Text(f"({_cn(item.subsection.number)}){item.subsection.title}"))
    if item.subtask is not None:
        grid.add_row("任务", Text(f"{item.task.id}.{item.task.text}"))
    if item.node.heading:
        grid.add_row("标题", Text(item.node.heading))
    grid.add_row("内容", Text(item.text, style="bold"))
    for label, value, style in duty_rows(item.duties):
        grid.add_row(label, Text(value, style=style))
    for label, value in (("指标", "；".join(str(t) for t in item.targets)), *item.node.notes):
        if value:
            grid.add_row(Text(label), Text(value))
    where = Text(f"{source}, line {item.line}" if source else f"line {item.line}")
    return Panel(grid, title=Text(item.id, style="bold green"), title_align="left", subtitle=where, expand=False)


def _bar(value: int, largest: int, width: int = 24) -> Text:
    cells = round(width * value / largest) if largest else 0
    return Text("█" * cells, style="cyan")


def stats_table(rows: Sequence[Row], by: str) -> Table:
    """Counts per name with inline bars; by unit, lead and cooperating counts apart (by lead or by
    coop the items column is that count: a second column would be all zeros)."""
    from fyplan.query.stats import ROLES

    table = Table(header_style="bold")
    table.add_column(Text(by))
    roles = ROLES.get(by, ())
    for role in roles:
        table.add_column(role, justify="right")
    table.add_column("items", justify="right")
    table.add_column("", no_wrap=True)
    largest = max((r.total for r in rows), default=0)
    for r in rows:
        numbers = [str(getattr(r, role)) for role in roles]
        table.add_row(Text(r.name), *numbers, str(r.total), _bar(r.total, largest))
    table.caption = Text(f"{len(rows)} {by} names · {sum(r.total for r in rows)} item counts")
    return table


def matrix_table(m: Matrix, row_by: str, column_by: str) -> Table:
    table = Table(header_style="bold", title=Text(f"items by {row_by} and {column_by}"))
    table.add_column(Text(row_by))
    for column in m.columns:
        table.add_column(Text(column.split(" ", 1)[0]), justify="right")
    table.add_column("total", justify="right", style="bold")
    for row in m.rows:
        values = [m.cells.get((row, c), 0) for c in m.columns]
        table.add_row(Text(row), *(str(v) if v else "·" for v in values), str(sum(values)))
    return table


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def findings_view(findings: Sequence[Finding]) -> RenderableType:
    lines = []
    for f in findings:
        style = "bold red" if f.severity == "error" else "yellow"
        line = Text(f"{f.source}:{f.line}:{f.column}: ", style="dim")
        line.append(f.code + " ", style="bold")
        line.append(f.severity, style=style)
        line.append(f": {f.message}")
        if len(f.places) > 1:
            shown = ", ".join(f"{i} (line {ln})" for i, ln in f.places[:6])
            line.append(f"\n    at {shown}" + (" …" if len(f.places) > 6 else ""), style="dim")
        lines.append(line)
    errors = sum(1 for f in findings if f.severity == "error")
    lines.append(Text(f"{_count(len(findings), 'finding')}, {_count(errors, 'error')}", style="bold"))
    return Group(*lines)


def corpus_table(corpus: Corpus) -> RenderableType:
    """A corpus: a row per notice (file, place, level, year, document number, title, items), then its problems."""
    table = Table(header_style="bold", expand=False)
    table.add_column("file", style="dim", overflow="fold")
    table.add_column("place", style="cyan", overflow="fold")
    table.add_column("level", no_wrap=True)
    table.add_column("year", style="bold", no_wrap=True)
    table.add_column("doc_number", overflow="fold")
    table.add_column("title", overflow="fold", min_width=12)
    table.add_column("items", justify="right", no_wrap=True)
    for notice in corpus:
        table.add_row(
            Text(notice.file_name),
            Text(notice.place or ""),
            Text(notice.level or ""),
            Text(str(notice.year) if notice.year else ""),
            Text(notice.doc_number or ""),
            Text(notice.title),
            Text(str(len(notice.items()))),
        )
    table.caption = Text(repr(corpus))
    if not corpus.problems:
        return table
    problems = [Text(str(p), style="yellow") for p in corpus.problems]
    return Group(table, *problems)


def renderable(value: Notice | Item | Results | Corpus) -> RenderableType:
    """What ``rich.print`` shows for a notice (its tree), an item (its panel), results (a table) or a
    corpus (a table of its notices)."""
    from fyplan.corpus import Corpus

    if isinstance(value, Notice):
        return notice_tree(value)
    if isinstance(value, Item):
        return item_panel(value)
    if isinstance(value, Corpus):
        return corpus_table(value)
    return results_table(value)
