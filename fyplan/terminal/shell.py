r"""``fyplan shell``: ask the loaded notices one query after another.

Interactive (stdin and stdout are terminals): a prompt_toolkit prompt with history kept between runs
(``$FYPLAN_HISTORY``, else ``$XDG_STATE_HOME/fyplan/history``, else ``~/.local/state/fyplan/history``),
completion of field names and of the leader and unit names of the loaded notices, the query coloured as typed.

Scripted (stdin is not a terminal): one query or command a line, plain output (no prompt, no colour)::

    printf '%s\n' 'leader:李红 and target>=10%' '\format ids' 'id:12.*' | fyplan shell

Blank lines and lines starting with ``#`` are skipped. Results and the output of commands go to stdout;
errors, ``hint: …`` lines and notes (``loaded …``) go to stderr, so a script's stdout holds only results.

Commands: ``\help``, ``\stats [BY] [QUERY]``, ``\show ID`` (or ``FILE:ID``), ``\format table|ids|jsonl|csv``,
``\load PATH`` (a folder loads its notice files, a glob its matches), ``\list`` (the loaded notices with
their place and year), ``\unload N|FILE|all``, ``\quit`` (or Ctrl-D, or the end of the input).

Exit codes: 0 at ``\quit`` or the end of the input. When scripted, a line that fails (a query that cannot
be read or run, an unknown command, a ``\show`` or ``\load`` that fails) is reported on stderr with its line
number (``line 3: unknown field …``) and the next lines still run, so the output holds every answer that could
be given; at the end a line says how many failed and the shell exits 2, the status ``fyplan query`` gives a
bad query. (A script that stopped at the first bad line would lose the rest; one that exited 0 would hide it.)
An interactive session exits 0 whatever was mistyped, since the person saw each error. 2 also when a PATH
given at start cannot be read as a notice, as for the other commands. A hint (a name that matches nothing)
or a note (a bare word read as a unit) is not a failure, as in ``fyplan query``.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

import attrs
from rich.console import Console
from rich.text import Text

import fyplan
from fyplan.model import Notice
from fyplan.query import Match, QueryError, Results, fields, query
from fyplan.query.ast import FIELDS, quote
from fyplan.query.stats import DIMENSIONS, count_records, counts, matrix
from fyplan.suggest import closest, did_you_mean
from fyplan.terminal import formats
from fyplan.terminal.options import FieldNameError, field_names
from fyplan.terminal.views import item_panel, matrix_table, stats_table
from fyplan.write import export
from fyplan.write.roles import with_roles

if TYPE_CHECKING:
    # prompt_toolkit takes a quarter of a second to import: only the interactive path imports it.
    from prompt_toolkit.completion import Completer
    from prompt_toolkit.formatted_text import StyleAndTextTuples
    from prompt_toolkit.history import History
    from prompt_toolkit.lexers import Lexer

FORMATS = formats.names("shell")
PROMPT = "fyplan> "
COMMANDS = {
    "help": "this help",
    "stats": "[BY] [QUERY]  items per leader or per BY (unit, section…) of QUERY's",
    "show": "ID       one item in full (FILE:ID when several notices have it)",
    "format": f"FORMAT   how results print: {', '.join(FORMATS)}",
    "load": "PATH     load more notices (a file, a folder of them, a glob)",
    "list": "the loaded notices: place, year, items",
    "unload": "N|FILE|all  put away a loaded notice (N as \\list numbers them)",
    "quit": "leave (also Ctrl-D)",
}
_COMMAND_ALIASES = {"h": "help", "?": "help", "q": "quit", "exit": "quit"}
HELP = (
    "Type a query, or a command:\n"
    + "".join(f"  \\{name:<7} {text}\n" for name, text in COMMANDS.items())
    + "\nQueries (fyplan query --help has the whole language). The fields (also written):\n"
    + "\n".join(fields.help_lines())
    + """
  field=value exact,  field:/regex/,  and  or  not  -term  ( … ),  并且 和 及 (and)  或者 或 (or)
  A bare word that names a unit or leader of the loaded notices is read as one (市教育局).
Tab completes fields and the names of the loaded notices."""
)

# The fields completion offers: canonical names and the Chinese aliases, not the English plurals.
COMPLETED_FIELDS = tuple(name for f in fields.REGISTRY for name in (f.name, *f.chinese))


# --- running lines -------------------------------------------------------------------------------


@attrs.define
class Shell:
    """The loaded notices, the output format, and whether any line failed."""

    notices: list[Notice]
    out: TextIO
    console: Console
    errors: Console
    fmt: str = "table"
    failed: bool = False
    cache: bool = True  # \load keeps parses in the parse cache (fyplan --no-cache shell: not)
    scripted: bool = False
    line_number: int = 0  # of the scripted input, for messages
    failed_lines: list[int] = attrs.Factory(list)

    def run_line(self, line: str) -> bool:
        """Run one query or command; False when it asks to quit."""
        line = line.strip()
        if not line or line.startswith("#"):
            return True
        if line.startswith("\\"):
            return self.command(line)
        self.ask(line)
        return True

    def fail(self, message: str) -> None:
        self.failed = True
        if self.scripted and self.line_number:
            # A script's author finds the bad line by its number; the caret lines stay under the query.
            if self.line_number not in self.failed_lines:
                self.failed_lines.append(self.line_number)
            message = f"line {self.line_number}: {message}"
        # Text, not str: a message quotes the query or a file name, which are not markup.
        self.errors.print(Text(message, style="bold red"), soft_wrap=True)

    def note(self, message: str, style: str = "dim") -> None:
        self.errors.print(Text(message, style=style), soft_wrap=True)

    def _query(self, text: str) -> Results | None:
        """The query's results, its notes said (市教育局 is read as unit:…); None after saying why it failed."""
        try:
            results = query(self.notices, text)
        except QueryError as exc:
            self.fail(str(exc))
            return None
        for note in results.notes:
            self.note(f"note: {note}")
        return results

    def ask(self, text: str) -> None:
        results = self._query(text)
        if results is None:
            return
        for hint in results.hints:
            self.note(f"hint: {hint}", style="yellow")
        self.print_results(results)

    def print_results(self, results: Results) -> None:
        if self.fmt == "table":
            self.console.print(results)
            return
        if self.fmt == "ids":
            text = "".join(f"{item_id}\n" for item_id in results.ids())
        else:
            rows, has_role = with_roles(results, [export.record(m.item, m.source, m.notice) for m in results])
            keys = ("id", "role", *export.RECORD_KEYS[1:]) if has_role else ()
            writer = formats.get(self.fmt).records
            assert writer is not None
            written = writer(rows, formats.RecordOptions(keys=keys))
            assert isinstance(written, str)  # the shell takes text formats only
            text = written
        self.out.write(text)
        self.out.flush()

    def command(self, line: str) -> bool:
        name, _, arg = line[1:].replace("\t", " ").partition(" ")
        name = _COMMAND_ALIASES.get(name.lower(), name.lower())
        if name == "quit":
            return False
        actions: dict[str, Callable[[str], None]] = {
            "help": lambda _: self.console.print(HELP),
            "stats": self.stats,
            "show": self.show,
            "format": self.set_format,
            "load": self.load,
            "list": self.list_notices,
            "unload": self.unload,
        }
        action = actions.get(name)
        if action is None:
            hint = did_you_mean(name, [*COMMANDS, *_COMMAND_ALIASES], prefix="\\")
            self.fail(f"unknown command \\{name}{hint} (\\help lists them)")
        else:
            action(arg.strip())
        return True

    def show(self, arg: str) -> None:
        if not arg:
            self.fail("\\show needs an item id: \\show 12.3")
            return
        found, reason = find_items(self.notices, arg)
        if not found:
            self.fail(reason)
        for match in found:
            self.console.print(item_panel(match.item, match.source if len(self.notices) > 1 else None))

    def set_format(self, arg: str) -> None:
        if not arg:
            self.console.print(Text(f"format: {self.fmt} (one of {', '.join(FORMATS)})"))
        elif arg.lower() in FORMATS:
            self.fmt = arg.lower()
        else:
            self.fail(f"unknown format “{arg}”: use {', '.join(FORMATS)}{did_you_mean(arg, FORMATS)}")

    def stats(self, arg: str) -> None:
        """``\\stats``, ``\\stats unit``, ``\\stats leader,section``, ``\\stats unit 市教育局``, ``\\stats leader:李红``."""
        by, query_text = _stats_argument(arg)
        dims = _dimensions(by)
        if isinstance(dims, str):
            self.fail(dims)
            return
        counted: list[Notice] | Results = self.notices
        if query_text:
            found = self._query(query_text)
            if found is None:
                return
            counted = found
        if len(dims) == 2:
            self.console.print(matrix_table(matrix(counted, dims[0], dims[1]), dims[0], dims[1]))
            return
        rows = counts(counted, dims[0])
        if self.fmt in ("csv", "jsonl"):
            records = count_records(rows, dims[0])
            if self.fmt == "jsonl":
                self.out.write("".join(export.to_jsonl(records)))
            else:
                self.out.write(
                    export.csv_rows(list(records[0]) if records else [], [list(r.values()) for r in records])
                )
            self.out.flush()
            return
        self.console.print(stats_table(rows, dims[0]))

    def load(self, arg: str) -> None:
        if not arg:
            self.fail("\\load needs a notice file or a folder of them")
            return
        notices, problems, skipped = load_paths([Path(arg.strip("\"'")).expanduser()], self.cache)
        for line in skipped:
            self.note(line)
        for problem in problems:
            self.fail(problem)
        for notice in notices:
            self.add(notice)

    def list_notices(self, _: str = "") -> None:
        from fyplan.corpus import Corpus
        from fyplan.terminal.views import corpus_table

        if not self.notices:
            self.note("no notices are loaded (\\load PATH)")
            return
        self.console.print(corpus_table(Corpus(self.notices)))

    def unload(self, arg: str) -> None:
        """Put away the notice numbered ``arg`` (1 is the first \\list shows), the one of that file, or all."""
        if not arg:
            self.fail("\\unload needs a number (as \\list shows), a file name, or all")
            return
        if arg == "all":
            gone = list(self.notices)
        elif arg.isdecimal() and 1 <= int(arg) <= len(self.notices):
            gone = [self.notices[int(arg) - 1]]
        else:
            gone = [n for n in self.notices if arg in (n.source, n.file_name)]
        if not gone:
            self.fail(f"no loaded notice is {arg}: \\list shows them, numbered from 1")
            return
        self.notices[:] = [n for n in self.notices if all(n is not g for g in gone)]
        for notice in gone:
            self.note(f"unloaded {notice.source}")

    def add(self, notice: Notice, announce: bool = True) -> None:
        """Add a notice unless that file is loaded already (its ids would show up twice)."""
        where = _resolved(notice.source)
        if any(_resolved(n.source) == where for n in self.notices):
            self.note(f"{notice.source} is loaded already")
            return
        self.notices.append(notice)
        if announce:
            self.note(f"loaded {notice.source}: {len(notice.items())} items{_problems(notice)}")
        elif notice.diagnostics:
            self.note(f"{notice.source}:{_problems(notice)}", style="yellow")


_QUERY_SIGNS = re.compile(r"[:：=＝<>＜＞!\"'/()（）]")


def _stats_argument(arg: str) -> tuple[str, str]:
    """``\\stats``'s argument → (BY, QUERY). A first word made of field names (``unit``, ``单位``,
    ``leader,section``), or of words close to one (``uint``, which is then reported, not searched
    for), is BY; the rest, or all of it, is the query."""
    first, _, rest = arg.partition(" ")
    if not first:
        return "leader", ""
    countable = [alias for alias, name in FIELDS.items() if name in DIMENSIONS]
    names = [part for part in first.replace("，", ",").split(",") if part]
    if _QUERY_SIGNS.search(first):
        return "leader", arg  # leader:李红, target>=10%, "…", /…/, (…: a query
    if names and all(fields.lookup(n) is not None or closest(n, countable) for n in names):
        return first, rest.strip()
    return "leader", arg


def _dimensions(by: str) -> list[str] | str:
    """The canonical fields of BY, or the message saying why BY is not one."""
    try:
        return field_names(by, DIMENSIONS, "\\stats", most=2)
    except FieldNameError as exc:
        return str(exc)


def _resolved(source: str) -> Path:
    return Path(source).expanduser().resolve()


def _problems(notice: Notice) -> str:
    count = len(notice.diagnostics)
    return f" ({count} problem{'s' if count != 1 else ''} found while reading)" if count else ""


def load_paths(paths: Sequence[Path], cache: bool = True) -> tuple[list[Notice], list[str], list[str]]:
    """The notices at ``paths`` (files, folders of them, globs; ``fyplan.corpus.load_all``), a message
    for each file that failed, and the notes: a line for each file of a folder that is no notice format,
    and one if the parse cache could not be written."""
    from fyplan.corpus import load_all

    corpus = load_all(paths, cache=cache)
    return list(corpus), [str(p) for p in corpus.problems], [*corpus.skipped, *corpus.notes]


def find_items(notices: Sequence[Notice], arg: str) -> tuple[list[Match], str]:
    """The items ``ID`` or ``FILE:ID`` names, or none and the reason."""
    source, _, item_id = arg.rpartition(":")
    found: list[Match] = []
    reason = f"no item {arg} in the loaded notices"
    for notice in notices:
        if source and source not in (notice.source, notice.file_name):
            continue
        try:
            found.append(Match(notice[item_id], notice))
        except KeyError as exc:
            # A task with sub-tasks says which ids to ask for instead: keep that message.
            if exc.args and exc.args[0] != item_id:
                reason = str(exc.args[0])
    return found, reason


class Suggestion(NamedTuple):
    """A completion: ``text`` replaces the ``-start`` characters before the cursor."""

    text: str
    start: int
    meta: str = ""


_LAST_WORD = re.compile(r"[^\s()（）]*$")
_FIELD_VALUE = re.compile(r"(?P<field>[^:：=＝<>!]+)[:：=＝](?P<quote>[\"']?)(?P<value>[^\"']*)")


def suggest(before: str, notices: Sequence[Notice], requested: bool = False) -> list[Suggestion]:
    """Completions for the text before the cursor; ``requested``: Tab was pressed (offer fields on nothing)."""
    if before.startswith("\\"):
        return _suggest_command(before, notices)
    found = _LAST_WORD.search(before)
    word = found.group().lstrip("-") if found else ""
    field_value = _FIELD_VALUE.fullmatch(word)
    if field_value:
        return _suggest_value(field_value, notices)
    if not word and not requested:
        return []
    folded = word.casefold()
    return [
        Suggestion(f"{name}:", -len(word), FIELDS[name] if name != FIELDS[name] else "")
        for name in COMPLETED_FIELDS
        if name.startswith(folded)
    ]


def _suggest_value(field_value: re.Match[str], notices: Sequence[Notice]) -> list[Suggestion]:
    field = fields.lookup(field_value["field"])
    typed = field_value["value"]
    start = -len(field_value["quote"] + typed)
    if field is None or field.values is None:
        return []
    candidates = field.values(notices)
    return [Suggestion(quote(name), start) for name in _ranked(candidates, typed)]


def _ranked(candidates: Sequence[str], typed: str) -> list[str]:
    """Names that start with what was typed, then names that contain it (``:`` matches anywhere)."""
    folded = typed.casefold()
    first = [c for c in candidates if c.casefold().startswith(folded)]
    then = [c for c in candidates if folded in c.casefold() and c not in first]
    return first + then


def _suggest_command(before: str, notices: Sequence[Notice]) -> list[Suggestion]:
    name, space, arg = before[1:].partition(" ")
    if not space:
        return [
            Suggestion(f"\\{c}", -len(before), text.split("  ")[-1].strip())
            for c, text in COMMANDS.items()
            if c.startswith(name)
        ]
    if name == "format":
        return [Suggestion(f, -len(arg)) for f in FORMATS if f.startswith(arg)]
    if name == "show":
        ids = dict.fromkeys(item.id for notice in notices for item in notice.items())
        return [Suggestion(i, -len(arg)) for i in ids if i.startswith(arg)]
    return []


_TOKENS = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<string>"[^"]*"?|'[^']*'?)
    | (?P<regex>/(?:[^/\\]|\\.)*/?)
    | (?P<keyword>(?:and|or|not|&&|\|\||并且|且|和|及|或者|或|非)(?=[\s()（）]|$))
    | (?P<field>[^\s:=<>!()"'/\-：＝＞＜！（）][^\s:=<>!()"'：＝＞＜！（）]*)(?=[:=<>!：＝＞＜！])
    | (?P<operator>[-()（）])
    | (?P<compare>[<>!＞＜！]?[=＝]|[<>:＞＜：])
    | (?P<word>[^\s:=<>!()"'：＝＞＜！（）]+)
    | (?P<other>.)
    """,
    re.VERBOSE | re.IGNORECASE,
)


def lex_line(line: str) -> list[tuple[str, str]]:
    """prompt_toolkit fragments (``class:NAME``, text) for one line of query or command."""
    if line.startswith("\\"):
        name, space, rest = line.partition(" ")
        return [("class:command", name), ("", space + rest)]
    fragments: list[tuple[str, str]] = []
    after_compare = False
    for token in _TOKENS.finditer(line):
        kind = token.lastgroup or "other"
        if kind == "field" and after_compare:
            # target:增长>=10%: the words before >= are a value, not a field.
            kind = "word"
        elif kind == "field" and token.group().casefold() not in FIELDS:
            kind = "field.unknown"
        fragments.append((f"class:{kind}" if kind not in ("space", "word", "other") else "", token.group()))
        if kind != "space":
            after_compare = kind == "compare"
    return fragments


STYLE = {
    "field": "ansicyan bold",
    "field.unknown": "ansired underline",
    "keyword": "ansimagenta bold",
    "operator": "ansimagenta bold",
    "compare": "ansiyellow",
    "string": "ansigreen",
    "regex": "ansibrightgreen italic",
    "command": "ansiblue bold",
}


def make_completer(notices: Sequence[Notice]) -> Completer:
    """A prompt_toolkit completer; it reads ``notices`` at each keystroke, so ``\\load`` adds its names."""
    from prompt_toolkit.completion import CompleteEvent, Completer, Completion, PathCompleter
    from prompt_toolkit.document import Document

    paths = PathCompleter(expanduser=True)

    class QueryCompleter(Completer):
        def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterator[Completion]:
            before = document.text_before_cursor
            if before.startswith("\\load "):
                arg = before.removeprefix("\\load ")
                yield from paths.get_completions(Document(arg, len(arg)), complete_event)
                return
            for s in suggest(before, notices, complete_event.completion_requested):
                yield Completion(s.text, s.start, display_meta=s.meta or None)

    return QueryCompleter()


def make_lexer() -> Lexer:
    """A prompt_toolkit lexer colouring fields, operators, quoted values and regexes (see ``STYLE``)."""
    from prompt_toolkit.document import Document
    from prompt_toolkit.lexers import Lexer

    class QueryLexer(Lexer):
        def lex_document(self, document: Document) -> Callable[[int], StyleAndTextTuples]:
            lines = document.lines

            def fragments(number: int) -> StyleAndTextTuples:
                return [*lex_line(lines[number])] if number < len(lines) else []

            return fragments

    return QueryLexer()


# --- the two loops -------------------------------------------------------------------------------


def history_path() -> Path:
    """``$FYPLAN_HISTORY``, else the XDG state folder (``~/.local/state`` when unset or not absolute)."""
    if override := os.environ.get("FYPLAN_HISTORY"):
        return Path(override).expanduser()
    state = os.environ.get("XDG_STATE_HOME", "")
    base = Path(state) if os.path.isabs(state) else Path.home() / ".local" / "state"
    return base / "fyplan" / "history"


def _history(shell: Shell) -> History:
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    except OSError as exc:
        # A read-only home must not stop the shell: keep this session's history in memory.
        shell.note(f"history not kept: {exc}", style="yellow")
        return InMemoryHistory()
    return FileHistory(str(path))


def _interactive(shell: Shell, stdin: TextIO, stdout: TextIO) -> None:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.input import create_input
    from prompt_toolkit.output import create_output
    from prompt_toolkit.styles import Style

    session: PromptSession[str] = PromptSession(
        history=_history(shell),
        completer=make_completer(shell.notices),
        lexer=make_lexer(),
        style=Style.from_dict(STYLE),
        complete_while_typing=True,
        input=create_input(stdin),
        output=create_output(stdout),
    )
    names = "、".join(n.file_name for n in shell.notices)
    count = sum(len(n.items()) for n in shell.notices)
    shell.console.print(Text(f"fyplan shell · {count} items in {names} · \\help for help, Ctrl-D to quit", style="dim"))
    while True:
        try:
            line = session.prompt(PROMPT)
        except KeyboardInterrupt:
            continue  # Ctrl-C drops the line being typed, as in bash
        except EOFError:
            return
        if not shell.run_line(line):
            return


def _scripted(shell: Shell, stdin: TextIO) -> None:
    shell.scripted = True
    for number, line in enumerate(_lines(stdin), 1):
        shell.line_number = number
        if not shell.run_line(line):
            break
    shell.line_number = 0
    if shell.failed_lines:
        count = len(shell.failed_lines)
        where = ", ".join(map(str, shell.failed_lines[:10])) + (", …" if count > 10 else "")
        shell.fail(f"{count} line{'s' if count != 1 else ''} failed (line{'s' if count != 1 else ''} {where})")


def _lines(stdin: TextIO) -> Iterator[str]:
    """The input's lines, each decoded on its own: UTF-8, else GB18030 (as notices may be), else UTF-8
    with the bad bytes kept as surrogates, which the query parser reports. A text stream's own decoding
    would raise at the first bad byte and end the shell."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:
        yield from stdin
        return
    for raw in buffer:
        for encoding, errors in (("utf-8", "strict"), ("gb18030", "strict"), ("utf-8", "surrogateescape")):
            try:
                yield raw.decode(encoding, errors)
                break
            except UnicodeDecodeError:
                continue


def _console(stream: TextIO, interactive: bool) -> Console:
    # Scripted output is for programs: no colour even when stdout happens to be a terminal.
    return Console(
        file=stream, highlight=False, markup=False, emoji=False, color_system="auto" if interactive else None
    )


def run_shell(
    paths: Sequence[Path],
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    interactive: bool | None = None,
    cache: bool = True,
) -> int:
    """Run the shell over ``paths`` (the bundled example without any); return the exit code (module doc)."""
    stdin = sys.stdin if stdin is None else stdin
    stdout = sys.stdout if stdout is None else stdout
    stderr = sys.stderr if stderr is None else stderr
    if interactive is None:
        interactive = stdin.isatty() and stdout.isatty()
    shell = Shell([], stdout, _console(stdout, interactive), _console(stderr, interactive), cache=cache)
    notices, problems, skipped = load_paths([Path(p) for p in paths], cache) if paths else ([fyplan.example()], [], [])
    for line in skipped:
        shell.note(line)
    for problem in problems:
        shell.fail(problem)
    if problems:
        return 2
    for notice in notices:
        # Scripts want a quiet start: only problems are worth a line.
        shell.add(notice, announce=False)
    if interactive:
        _interactive(shell, stdin, stdout)
        return 0
    _scripted(shell, stdin)
    return 2 if shell.failed else 0


if __name__ == "__main__":
    sys.exit(run_shell([Path(arg) for arg in sys.argv[1:]]))
