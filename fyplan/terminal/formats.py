"""One registry of output formats, shared by ``query``, ``export``, ``lists`` and the shell: each
format's name, what it writes, whether it is binary, which commands take it, and its writers. The
``--format`` choices and help texts of the command line and the shell's ``\\format`` come from here.

A format writes records (one per item: ``query``, ``export``, the shell), the whole notice
(``export --format json``; other formats write the notice's records), or task lists (``lists``).
``table`` and ``ids`` have no writer: the terminal shows them (a rich table, the results' ids).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

if TYPE_CHECKING:
    from fyplan.model import Notice
    from fyplan.write.listfiles import ListOptions, OutFile
    from fyplan.write.lists import TaskLists

# The writers import their modules when called: the command line builds its options from this
# registry at start, and `fyplan --help` should not load cattrs, openpyxl or python-docx. For the
# same reason the two classes are NamedTuples, not attrs classes: importing attrs is ~12 ms, a fifth
# of what `fyplan --version` may take in all (issue 13).

Command = Literal["query", "export", "lists", "shell"]
COMMANDS: tuple[Command, ...] = ("query", "export", "lists", "shell")
Headers = Literal["en", "zh"]


class RecordOptions(NamedTuple):
    headers: Headers = "en"
    keys: tuple[str, ...] = ()  # the record keys to write, in order; () for all (RECORD_KEYS)

    def columns(self) -> tuple[str, ...]:
        from fyplan.write.export import RECORD_KEYS

        return self.keys or RECORD_KEYS


RecordWriter = Callable[["Sequence[dict[str, Any]]", RecordOptions], "str | bytes"]
NoticeWriter = Callable[["Notice", RecordOptions], "str | bytes"]
ListsWriter = Callable[["TaskLists", "ListOptions"], "list[OutFile]"]


class OutputFormat(NamedTuple):
    name: str
    help: str
    binary: bool
    commands: frozenset[Command]
    suffix: str = ""
    records: RecordWriter | None = None
    notice: NoticeWriter | None = None  # the whole notice, where it is more than its records
    lists: ListsWriter | None = None
    # What the format means for one command, where it differs from ``help`` (lists writes a folder).
    helps: tuple[tuple[str, str], ...] = ()

    def help_for(self, command: Command) -> str:
        return dict(self.helps).get(command, self.help)

    def write_notice(self, notice: Notice, options: RecordOptions) -> str | bytes:
        if self.notice is not None:
            return self.notice(notice, options)
        from fyplan.write.export import records

        assert self.records is not None, f"{self.name} writes no records"
        return self.records(records(notice), options)


def _jsonl(rows: Sequence[dict[str, Any]], options: RecordOptions) -> str:
    from fyplan.write.export import to_jsonl

    return "".join(to_jsonl(rows))


def _json(rows: Sequence[dict[str, Any]], options: RecordOptions) -> str:
    import json

    return json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n"


def _csv(rows: Sequence[dict[str, Any]], options: RecordOptions) -> str:
    from fyplan.write.export import to_csv

    return to_csv(rows, options.headers, options.columns())


def _xlsx(rows: Sequence[dict[str, Any]], options: RecordOptions) -> bytes:
    from fyplan.write.xlsx import to_xlsx

    return to_xlsx(rows, options.headers, options.columns())


def _tree(notice: Notice, options: RecordOptions) -> str:
    from fyplan.write.export import to_json

    return to_json(notice) + "\n"


def _lists(name: str) -> ListsWriter:
    def write(lists: TaskLists, options: ListOptions) -> list[OutFile]:
        from fyplan.write import listfiles

        writer: ListsWriter = getattr(listfiles, f"{name}_files")
        return writer(lists, options)

    return write


FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("table", "a table on the terminal", False, frozenset({"query", "shell"})),
        OutputFormat("ids", "the item ids, one a line", False, frozenset({"query", "shell"})),
        OutputFormat(
            "jsonl", "one JSON record per item", False, frozenset({"query", "export", "shell"}), ".jsonl", _jsonl
        ),
        OutputFormat(
            "json",
            "query: the records as one JSON list; export: the whole tree",
            False,
            frozenset({"query", "export"}),
            ".json",
            _json,
            notice=_tree,
            helps=(("query", "the records as one JSON list"), ("export", "the whole tree of each notice")),
        ),
        OutputFormat(
            "csv",
            "comma-separated records (lists: a file per body)",
            False,
            frozenset({"query", "export", "shell", "lists"}),
            ".csv",
            _csv,
            lists=_lists("csv"),
            helps=(
                ("query", "comma-separated records"),
                ("export", "comma-separated records"),
                ("lists", "a CSV file per body"),
            ),
        ),
        OutputFormat(
            "xlsx",
            "an Excel workbook (lists: a sheet per body and an index); needs -o FILE",
            True,
            frozenset({"query", "export", "lists"}),
            ".xlsx",
            _xlsx,
            lists=_lists("xlsx"),
            helps=(
                ("query", "an Excel workbook; needs -o FILE"),
                ("export", "an Excel workbook; needs -o FILE"),
                ("lists", "one Excel workbook: a sheet per body and an index (--split: a workbook per body)"),
            ),
        ),
        OutputFormat(
            "docx",
            "a Word document per body, a title then a table",
            True,
            frozenset({"lists"}),
            ".docx",
            lists=_lists("docx"),
        ),
    )
}


def names(command: Command) -> tuple[str, ...]:
    """The formats ``command`` takes, in the registry's order."""
    return tuple(name for name, f in FORMATS.items() if command in f.commands)


def get(name: str) -> OutputFormat:
    return FORMATS[name]


def help_text(command: Command) -> str:
    """``table: a table on the terminal; ids: …`` for the command's ``--format`` help."""
    return "; ".join(f"{name}: {FORMATS[name].help_for(command)}" for name in names(command)) + "."


def markdown_table() -> str:
    """The registry as the README's table of output formats (a test keeps the README in step)."""
    lines = ["| format | what it writes | binary | commands |", "| --- | --- | --- | --- |"]
    for f in FORMATS.values():
        commands = ", ".join(c for c in COMMANDS if c in f.commands)
        lines.append(f"| `{f.name}` | {f.help} | {'yes' if f.binary else 'no'} | {commands} |")
    return "\n".join(lines) + "\n"
