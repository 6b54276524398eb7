"""The ``fyplan`` command line (click). Heavy imports happen inside the commands.

Exit codes: 0 success; 1 problems found (``check`` found errors, or ``--strict`` and
the notice has diagnostics); 2 the input could not be read as a notice, a bad query, bad usage,
or the output could not be written (one handler, ``_Main.invoke``, turns I/O failures into a line).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, NoReturn, overload

import click

from fyplan import __version__, files
from fyplan.errors import FileError, FyplanError
from fyplan.terminal.options import Choice

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console

    from fyplan.corpus import Corpus
    from fyplan.model import Notice
    from fyplan.query import Node, Results
    from fyplan.terminal.formats import Command
    from fyplan.write.render import Style

PATH_HELP = "A notice file (UTF-8, UTF-16 or GB18030). Without it, the bundled Fuyang 2019 example."


class _PathArg(click.Path):
    """``click.Path(path_type=pathlib.Path)`` that imports pathlib when a path is given, not when the
    commands are declared: ``--help`` and ``--version`` never need it (~3 ms of a ~35 ms start)."""

    def coerce_path_result(self, value: str | os.PathLike[str]) -> Any:
        from pathlib import Path

        return value if isinstance(value, Path) else Path(value)


# Below this a table has no room for its text (COLUMNS=1 printed empty cells and exited 0).
NARROWEST = 40
FALLBACK_WIDTH = 80


def _console(stderr: bool = False, width: int | None = None) -> Console:
    from rich.console import Console

    # markup=False: notice text is never read as rich markup ([/] or [link=…] in a unit name).
    console = Console(stderr=stderr, width=width, highlight=False, markup=False)
    if width is None and console.width < NARROWEST:
        # Lines wider than the terminal wrap, which loses nothing; empty cells lose everything.
        console.width = FALLBACK_WIDTH
    return console


def _read(path: Path | None) -> Notice:
    import fyplan

    if path is not None and str(path) == "-":
        return fyplan.parse(files.read_stream(sys.stdin.buffer), source="<stdin>")
    if path is None:
        path = fyplan.example_path()
    if _use_cache:
        # The parse cache serves a file read before, as it does for many (--no-cache: not).
        from fyplan.corpus.cache import load_file

        return load_file(path)
    return fyplan.load(path)


@overload
def _load(path: Path | None, strict: bool, quiet: bool = ..., skip_bad: Literal[False] = ...) -> Notice: ...
@overload
def _load(path: Path | None, strict: bool, quiet: bool, skip_bad: Literal[True]) -> Notice | None: ...
def _load(path: Path | None, strict: bool, quiet: bool = False, skip_bad: bool = False) -> Notice | None:
    """Load a notice or exit 2 with the reason (or skip it, among many); diagnostics to stderr unless quiet."""
    from fyplan.errors import NoticeError
    from fyplan.worklist import reads_as_notice

    try:
        notice = _read(path)
    except NoticeError as exc:
        if skip_bad:
            click.echo(f"fyplan: skipping {exc.source}: {exc.diagnostics[0].message}", err=True)
            return None
        click.echo(f"fyplan: {exc}", err=True)
        sys.exit(2)
    if not reads_as_notice(notice) and skip_bad:
        click.echo(f"fyplan: skipping {notice.source}: it holds no responsibility notice", err=True)
        return None
    if notice.diagnostics and not quiet:
        from rich.console import Console

        from fyplan.terminal.views import diagnostics_view

        # One line per problem, never wrapped: stderr is for grep and editors too.
        Console(stderr=True, soft_wrap=True, highlight=False, markup=False).print(
            diagnostics_view(notice.diagnostics, notice.source)
        )
    if not reads_as_notice(notice):
        click.echo(f"fyplan: {notice.source} holds no responsibility notice.", err=True)
        sys.exit(2)
    if strict and notice.diagnostics:
        sys.exit(1)
    return notice


class _ClosedStream(io.TextIOBase):
    """Stands in for a standard output that was closed (``fyplan show >&-``): Python sets
    ``sys.stdout`` to None, and click and rich would then drop the output and exit 0."""

    def write(self, text: str) -> int:
        raise OSError(9, "standard output is closed")


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, the same steps, without importing shutil (with bz2, lzma
    and zlib: ~1.7 ms of a ~35 ms ``fyplan --help``, issue 13)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Context(click.Context):
    def make_formatter(self) -> click.HelpFormatter:
        """click's own formatter and width rule (HelpFormatter.__init__), the width found without shutil."""
        from click import formatting

        width = self.terminal_width
        if width is None:
            width = formatting.FORCED_WIDTH
        if width is None:
            most = self.max_content_width if self.max_content_width is not None else 80
            width = max(min(_terminal_columns(), most) - 2, 50)
        return self.formatter_class(width=width, max_width=self.max_content_width)


class _Main(click.Group):
    """The ``fyplan`` group: the one place where I/O failures become a message and exit 2."""

    context_class = _Context

    def invoke(self, ctx: click.Context) -> Any:
        if sys.stdout is None:
            sys.stdout = _ClosedStream()
        try:
            result = super().invoke(ctx)
            # Output still buffered fails here (a full disk), not silently at interpreter exit.
            sys.stdout.flush()
        except FyplanError as exc:
            _fail(str(exc))
        except UnicodeEncodeError as exc:
            _fail(_encoding_message(exc))
        except OSError as exc:
            _fail(_os_message(exc))
        return result


def _fail(message: str) -> NoReturn:
    click.echo(f"fyplan: {message}", err=True)
    _discard_stdout()
    sys.exit(2)


def _discard_stdout() -> None:
    """After a failed write, point stdout at /dev/null so Python's own flush at exit cannot fail again."""
    try:
        fd = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):
        return  # not a real file (click's test runner, or already gone)
    os.dup2(null, fd)
    os.close(null)


def _os_message(exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    if exc.filename is not None:
        return f"{exc.filename}: {reason}"
    return f"cannot write the output: {reason}"


def _encoding_message(exc: UnicodeEncodeError) -> str:
    bad = exc.object[exc.start : exc.end][:1]
    code = f"U+{ord(bad):04X}" if bad else "a character"
    return (
        f"the output's encoding ({exc.encoding}) cannot write {code}; set PYTHONIOENCODING=utf-8 or use a UTF-8 locale"
    )


# --no-cache: the run neither reads nor writes the parse cache (set for each run, as --max-size is).
_use_cache = True


def _no_cache(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    global _use_cache
    _use_cache = not value


def _no_cache_here(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """The same flag after the command's name (fyplan export DIR --no-cache); the group's reset comes first."""
    global _use_cache
    if value:
        _use_cache = False


no_cache_option = click.option(
    "--no-cache",
    is_flag=True,
    callback=_no_cache_here,
    expose_value=False,
    help="Parse every file again: neither read nor write the parse cache.",
)


def _max_size(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None:
        files.set_max_size(None)  # one process may run many commands (tests): no limit carries over
        return
    try:
        files.set_max_size(files.parse_size(value))
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]}, invoke_without_command=True)
@click.version_option(__version__, prog_name="fyplan")
@click.option(
    "--max-size",
    metavar="SIZE",
    callback=_max_size,
    expose_value=False,
    is_eager=True,
    help=f"Read no file larger than this (50M, 200K; default {files.describe_size(files.DEFAULT_MAX_SIZE)}, "
    f"or ${files.MAX_SIZE_ENV}). Only regular files are read: not devices or pipes.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    callback=_no_cache,
    expose_value=False,
    is_eager=True,
    help="Parse every file again: neither read nor write the parse cache (fyplan cache info says where it is).",
)
@click.pass_context
def main(ctx: click.Context) -> None:
    """Read Chinese government responsibility notices (重点工作及责任分解的通知) as typed data.

    Without PATH, every command reads the bundled Fuyang 2019 notice.
    Output is plain text when piped or when NO_COLOR is set; errors go to stderr.

    \b
    Exit codes:
      0  done
      1  problems found: check found errors, or --strict and the notice has diagnostics
      2  the input is not a readable notice, the query is wrong, or bad usage
    """
    import signal

    if hasattr(signal, "SIGPIPE"):
        # `fyplan export | head` ends quietly, as other command-line tools do.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


svg_option = click.option(
    "--svg", "svg", type=_PathArg(dir_okay=False), default=None, help="Also save the view as SVG."
)
width_option = click.option(
    "--width", type=click.IntRange(20, 1000), default=None, help="Render at this many columns (20–1000)."
)


def _emit(renderable: object, width: int | None, svg: Path | None, title: str, inputs: Sequence[Path] = ()) -> None:
    """Print a rich renderable; with --svg, also record it into an SVG file for reports."""
    if svg is not None:
        _refuse_overwrite(svg, inputs)
    _console(width=width).print(renderable)
    if svg is not None:
        from rich.console import Console

        with open(os.devnull, "w") as null:
            recorder = Console(record=True, width=width or 120, file=null, force_terminal=True, markup=False)
            recorder.print(renderable)
        _write_output(svg, recorder.export_svg(title=title))


def _inputs(paths: Sequence[Path | None]) -> list[Path]:
    """The files a command reads (the bundled example when none is named), for ``_refuse_overwrite``."""
    import fyplan

    if not paths or paths == [None]:
        return [fyplan.example_path()]
    return [p for p in paths if p is not None and str(p) != "-"]


def _refuse_overwrite(output: Path, inputs: Sequence[Path]) -> None:
    """Writing the output onto a notice being read would destroy it: refuse before anything is written."""
    found, _ = files.notice_files(
        tuple(inputs)
    )  # (quietly: what a folder holds that is skipped is said once, on reading)
    for path in found:
        if files.same_file(output, path):
            raise FileError(f"refusing to write {output}: it is {path}, a notice being read; choose another file")


def _write_output(path: Path, text: str) -> None:
    """Write a whole output file (UTF-8), replacing it at once: an interrupted write leaves the old one."""
    _write_bytes(path, text.encode("utf-8"))


def _write_bytes(path: Path, data: bytes) -> None:
    """Write a whole output file, replacing it at once: an interrupted write leaves the old one."""
    try:
        files.write_atomic(path, data)
    except OSError as exc:
        raise FileError(f"cannot write {path}: {exc.strerror or exc}") from None


def _one_file(paths: tuple[Path, ...]) -> Path | None:
    """The file when the command names exactly one (or standard input): read and reported as one notice."""
    if len(paths) == 1 and (str(paths[0]) == "-" or (paths[0].exists() and not paths[0].is_dir())):
        return paths[0]
    return None


@contextlib.contextmanager
def _progress_bar() -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on a terminal's stderr (never in a pipe or a log), gone when the reading is done."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(console=_console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading", total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def _load_many(paths: tuple[Path, ...], strict: bool = False, quiet: bool = False, **options: Any) -> Corpus:
    """Files, folders and globs as one corpus (``fyplan.corpus.load_all``); a file that is no notice is
    skipped with a message, not fatal. One file named alone is read as before: its problem exits 2.
    ``options`` go to ``load_all`` (jobs, cache)."""
    from fyplan.corpus import Corpus

    if not paths or (single := _one_file(paths)) is not None:
        return Corpus([_load(single if paths else None, strict, quiet)])
    from fyplan.corpus import load_all  # here: one file needs neither the parse cache nor the pool

    with _progress_bar() as progress:
        corpus = load_all(paths, progress=progress, cache=_use_cache, **options)
    for note in corpus.notes:
        click.echo(f"fyplan: note: {note}", err=True)
    for line in corpus.skipped:
        click.echo(f"fyplan: {line}", err=True)
    for problem in corpus.problems:
        # "x.txt is not a text document: …" names its file already; "holds no …" needs it in front.
        if problem.path in problem.message:
            click.echo(f"fyplan: {problem.message} (skipped)", err=True)
        else:
            click.echo(f"fyplan: skipping {problem.path}: {problem.message}", err=True)
    left_out = len(corpus.skipped) + len(corpus.problems)
    if left_out:
        click.echo(f"fyplan: {left_out} file{'s' if left_out != 1 else ''} skipped", err=True)
    if not quiet:
        from rich.console import Console

        from fyplan.terminal.views import diagnostics_view

        # One line per problem, never wrapped: stderr is for grep and editors too.
        errors = Console(stderr=True, soft_wrap=True, highlight=False, markup=False)
        for notice in corpus:
            if notice.diagnostics:
                errors.print(diagnostics_view(notice.diagnostics, notice.source))
    if not corpus.notices:
        named = ", ".join(str(p) for p in paths)
        click.echo(f"fyplan: no readable notice in {named}", err=True)
        sys.exit(2)
    if strict and any(n.diagnostics for n in corpus):
        sys.exit(1)
    return corpus


strict_option = click.option("--strict", is_flag=True, help="Exit 1 if the notice has any problem (diagnostic).")
paths_argument = click.argument("paths", nargs=-1, type=_PathArg(allow_dash=True))


@main.command()
@no_cache_option
@paths_argument
@click.option("--item", "item_id", default=None, help="Show one item in full (an id such as 12.3; FILE:ID among many).")
@strict_option
@width_option
@svg_option
def show(paths: tuple[Path, ...], item_id: str | None, strict: bool, width: int | None, svg: Path | None) -> None:
    """Print notices as trees: sections, tasks, items with leaders and units.

    PATHS: notice files, folders of them or globs; without them, the bundled example.
    """
    from rich.console import Group

    from fyplan.terminal.views import item_panel, notice_tree

    corpus = _load_many(paths, strict)
    title = corpus[0].title or corpus[0].source if len(corpus) == 1 else f"fyplan show ({len(corpus)} notices)"
    if item_id is None:
        _emit(Group(*(notice_tree(n) for n in corpus)), width, svg, title, _inputs(list(paths)))
        return
    from fyplan.terminal.shell import find_items

    found, reason = find_items(list(corpus), item_id)
    if not found:
        where = corpus[0].source if len(corpus) == 1 else "none of the notices"
        why = "" if reason.startswith("no item") else f": {reason}"
        click.echo(f"fyplan: {where} has no item {item_id}{why}", err=True)
        sys.exit(2)
    several = len(corpus) > 1
    panels = [item_panel(m.item, m.source if several else None) for m in found]
    _emit(Group(*panels), width, svg, f"{title} {item_id}", _inputs(list(paths)))


def _format_option(command: Command, default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    from fyplan.terminal import formats

    return click.option(
        "--format",
        "fmt",
        type=Choice(formats.names(command)),
        default=default,
        show_default=True,
        help=formats.help_text(command),
    )


encoding_option = click.option(
    "--encoding",
    type=Choice(files.OUTPUT_ENCODINGS),
    default=None,
    help="Text encoding: CSV written to a file gets utf-8-sig (a BOM, so Excel on a Chinese Windows "
    "reads it right) unless told; standard output stays utf-8; gb18030 for older tools.",
)
headers_option = click.option(
    "--headers",
    type=Choice(["en", "zh"]),
    default="en",
    show_default=True,
    help="Column headers of csv and xlsx: en, the record keys (id, text, lead_units …); zh, Chinese "
    "(编号, 工作内容, 牵头单位 …).",
)


def _output_option(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(
        "-o",
        "--output",
        type=_PathArg(dir_okay=False, allow_dash=True),
        default=None,
        help=f"Write {what} here (replaced whole) instead of stdout; never onto a notice being read. xlsx needs it.",
    )


def _records_output(
    fmt: str, output: Path | None, encoding: str | None, headers: str, inputs: Sequence[Path], command: str
) -> None:
    """Refuse what cannot be written, before any notice is read: a binary format to a terminal or
    without a file, an encoding or Chinese headers where they mean nothing, a file that is an input."""
    from fyplan.terminal import formats

    chosen = formats.get(fmt)
    to_stdout = output is None or str(output) == "-"
    if chosen.binary and to_stdout and (output is None or sys.stdout.isatty()):
        raise FyplanError(
            f"{fmt} is a binary file format: name the file with -o, as in "
            f"fyplan {command} --format {fmt} -o items{chosen.suffix}"
        )
    if chosen.binary and encoding is not None:
        raise FyplanError(f"--encoding is for text formats; {fmt} files carry their own encoding")
    if headers == "zh" and fmt not in ("csv", "xlsx"):
        raise FyplanError(f"--headers zh names the columns of csv and xlsx; {fmt} keeps the record keys")
    if output is not None and not to_stdout:
        _refuse_overwrite(output, inputs)


def _deliver(data: str | bytes, output: Path | None, fmt: str, encoding: str | None) -> None:
    """Text in its encoding (a BOM for CSV in a file, unless told), or a workbook's bytes, to the file
    (atomically) or to stdout."""
    to_stdout = output is None or str(output) == "-"
    if to_stdout and isinstance(data, str) and encoding is None:
        sys.stdout.write(data)  # the terminal's own encoding, as every other command prints
        return
    if isinstance(data, str):
        from fyplan.write.export import encode  # not above: it loads cattrs, ~9 ms `query --format ids` needs not

        if encoding is None and fmt != "csv":
            encoding = "utf-8"
        data = encode(data, encoding or "utf-8-sig")
    if to_stdout:
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None:
            raise OSError(9, "standard output is closed")
        sys.stdout.flush()
        stream.write(data)
        stream.flush()
    else:
        assert output is not None
        _write_bytes(output, data)


@main.command()
@no_cache_option
@paths_argument
@_format_option("export", "jsonl")
@_output_option("the export")
@encoding_option
@headers_option
@strict_option
def export(
    paths: tuple[Path, ...], fmt: str, output: Path | None, encoding: str | None, headers: str, strict: bool
) -> None:
    """Write notices as JSON, JSON Lines, CSV or an Excel workbook: one table for all of them, each
    record with its notice's place, level, year, doc_number and title.

    \b
    Examples:
      fyplan export --format jsonl | jq -r 'select(.leaders[] == "李红") | .id'
      fyplan export notice.txt --format csv -o notice.csv          (UTF-8 with a BOM, for Excel)
      fyplan export notice.txt --format xlsx --headers zh -o notice.xlsx
      fyplan export corpus/ --format csv -o all.csv                 (one table, with place and year)
    """
    from fyplan.terminal import formats

    _records_output(fmt, output, encoding, headers, _inputs(list(paths)), "export")
    corpus = _load_many(paths, strict)
    options = formats.RecordOptions(headers="zh" if headers == "zh" else "en")
    chosen = formats.get(fmt)
    if not paths or _one_file(paths) is not None:
        data = chosen.write_notice(corpus[0], options)
    elif fmt == "json":
        # A folder, a glob or several files: an array of whole trees.
        data = corpus.to_json() + "\n"
    else:
        assert chosen.records is not None
        data = chosen.records(corpus.records(), options)
    _deliver(data, output, fmt, encoding)


QUERY_HELP = """Find the items a query matches, in one notice or many.

\b
QUERY is a line of terms; side by side they must all hold. The fields (also written):
{fields}
  field=value  exact match;   field:/regex/  a regular expression
  target>=10%  target>100亿元  target:增长>=10%  target<=5个工作日: a number without a unit
                compares with every target; a unit after a space joins it (target>10 %)
  A word with no field is a unit or leader when it names one of the notices (市教育局 is
  read as unit:市教育局, and a note on stderr says so), else words of the text;
  "quoted words" and text:… are always text.
  and  or  not  -term  ( … )   combine; so do 并且 且 和 及 (and), 或者 或 (or) standing
  between spaces (市经济和信息化局 is one name); full-width ：（） work too

\b
Examples:
  fyplan query 'leader:李红 and target>=10%'
  fyplan query 市教育局 --format ids
  fyplan query 'unit:市商务局 -leader:李红' notice.txt other.txt
  fyplan query '(lead:市财政局 or coop:市财政局) section:2' --format ids
  fyplan query 'target:增长>=15%' notices/ --format jsonl
  fyplan query 'section:2' --group-by unit --format csv
  fyplan query 'place:阜阳 year>=2020' corpus/ --group-by year --format ids

PATHS are notice files (text, .docx, .xlsx/.xls/.ods, HTML, PDF), folders of them (sub-folders
too) or globs ('corpus/**/*.txt'); without them, the bundled example.
"""


class _RegistryHelp(click.Command):
    """A command whose help lists a registry: ``{fields}`` (the query fields) or ``{rules}`` (the lint
    rules) in its text are filled in only when help is asked for, so that ``fyplan`` starts without
    importing the query engine."""

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.help and "{fields}" in self.help:
            from fyplan.query import fields

            self.help = self.help.replace("{fields}", "\n".join(fields.help_lines()))
        if self.help and "{rules}" in self.help:
            from fyplan.checks import help_lines

            self.help = self.help.replace("{rules}", "\n".join(help_lines()))
        super().format_help_text(ctx, formatter)


class _QueryCommand(_RegistryHelp):
    """``fyplan query -leader:李红``: QUERY may start with ``-term``, which click would read as options
    (and ``-has:target`` as ``-h``, help). The first such argument gets a leading space, which makes it
    an argument to click and changes nothing to the query parser."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        known = {opt for param in self.get_params(ctx) for opt in (*param.opts, *param.secondary_opts)}
        for i, arg in enumerate(args):
            if arg == "--":
                break
            if arg.startswith("-") and not arg.startswith("--") and arg != "-" and arg not in known:
                args = [*args[:i], " " + arg, *args[i + 1 :]]
                break
        return super().parse_args(ctx, args)


def _parse_query(text: str) -> Node:
    """The query, or exit 2 with the reason (a caret under the column)."""
    from fyplan.query import QueryError, parse_query

    try:
        return parse_query(text)
    except QueryError as exc:
        click.echo(f"fyplan: {exc}", err=True)
        sys.exit(2)


def _run_query(notices: Sequence[Notice], node: Node) -> Results:
    """Run a query; its notes (how bare words were read) and hints (why names matched nothing) go to stderr."""
    from fyplan.query import QueryError
    from fyplan.query import query as run_query

    try:
        results = run_query(notices, node)
    except QueryError as exc:
        click.echo(f"fyplan: {exc}", err=True)
        sys.exit(2)
    for note in results.notes:
        click.echo(f"fyplan: note: {note}", err=True)
    for hint in results.hints:
        click.echo(f"fyplan: hint: {hint}", err=True)
    return results


def _fields_or_exit(text: str, allowed: Sequence[str], option: str, most: int = 1) -> list[str]:
    """The canonical fields an option names (Chinese names too), or exit 2 saying which was meant."""
    from fyplan.terminal.options import FieldNameError, field_names

    try:
        return field_names(text, allowed, option, most)
    except FieldNameError as exc:
        click.echo(f"fyplan: {exc}", err=True)
        sys.exit(2)


@main.command(help=QUERY_HELP, cls=_QueryCommand)
@no_cache_option
@click.argument("query_text", metavar="QUERY")
@paths_argument
@_format_option("query", "table")
@click.option(
    "--group-by",
    "group_by",
    metavar="FIELD",
    help="Print the matches per leader, lead, coop, unit, section, source, place, year or level (单位, 领导, "
    "地区 … too); an item with two units is in both groups, and across places a body is grouped within its "
    "place (阜阳市·市财政局). ids: GROUP<TAB>ID lines; json, jsonl, csv, xlsx: a group column.",
)
@_output_option("the matches")
@encoding_option
@headers_option
@width_option
@svg_option
def query(
    query_text: str,
    paths: tuple[Path, ...],
    fmt: str,
    group_by: str | None,
    output: Path | None,
    encoding: str | None,
    headers: str,
    width: int | None,
    svg: Path | None,
) -> None:
    from fyplan.query.fields import GROUP_FIELDS
    from fyplan.terminal import formats

    if fmt == "table" and output is not None:
        raise FyplanError("the table is for the terminal: use --svg FILE to save it, or --format csv|xlsx with -o")
    _records_output(fmt, output, encoding, headers, _inputs(list(paths)), "query")
    group_field = _fields_or_exit(group_by, GROUP_FIELDS, "--group-by")[0] if group_by is not None else None
    node = _parse_query(query_text)
    results = _run_query(_load_many(paths), node)
    groups = results.group_by(group_field) if group_field else None
    if fmt == "table":
        # No groups (nothing matched): the empty table, which says "0 items".
        shown: object = _grouped_tables(groups, group_field or "") if groups else results
        _emit(shown, width, svg, f"fyplan query {query_text}", _inputs(list(paths)))
    elif fmt == "ids":
        lines = results.ids() if groups is None else [f"{k}\t{i}" for k, r in groups.items() for i in r.ids()]
        _deliver("".join(f"{line}\n" for line in lines), output, fmt, encoding)
    else:
        from fyplan.write import export as ex
        from fyplan.write.roles import with_roles

        # A query about one body (unit:市商务局) gets a column saying whether it leads or cooperates.
        rows, has_role = with_roles(results, [ex.record(m.item, m.source, m.notice) for m in results])
        keys = ("id", "role", *ex.RECORD_KEYS[1:]) if has_role else ex.RECORD_KEYS
        if groups is not None:
            # Each record once per group it is in, the group first.
            row_of = {id(m): row for m, row in zip(results, rows, strict=True)}
            rows = [{"group": key, **row_of[id(m)]} for key, found in groups.items() for m in found]
            keys = ("group", *keys)
        options = formats.RecordOptions(headers="zh" if headers == "zh" else "en", keys=keys)
        writer = formats.get(fmt).records
        assert writer is not None
        _deliver(writer(rows, options), output, fmt, encoding)


def _grouped_tables(groups: dict[str, Results], field: str) -> object:
    """A heading and a table per group."""
    from rich.console import Group
    from rich.rule import Rule
    from rich.text import Text

    parts: list[object] = []
    for name, found in groups.items():
        heading = Text(f"{field} {name} · {len(found)} item{'s' if len(found) != 1 else ''}", style="bold")
        parts += [Rule(heading, align="left"), found]
    return Group(*parts)  # type: ignore[arg-type]


STATS_HELP = """Count items per leader, lead unit, cooperating unit, unit, section, place, year or level:
all items, or the items a query matches.

\b
  fyplan stats                               items per leader, with bars
  fyplan stats --by unit                     per unit: as lead, as cooperating, in all
  fyplan stats 'leader:李红' --by unit        the units of 李红's items
  fyplan stats 市教育局 --by leader           who leads the items of 市教育局
  fyplan stats 'section:2' notices/ --by unit --format csv
  fyplan stats --by leader,section           a matrix: leaders by sections
  fyplan stats corpus/ --by place,year       items of each place in each year

QUERY is the first argument when it is not an existing file or folder, nor a glob that matches
files (a name ending like a notice file, such as plan.txt, that does not exist is reported as
missing); --where QUERY says it outright. The query language is that of fyplan query (fyplan query
--help). --by takes field names in Chinese too (领导, 牵头, 协同, 单位, 部分, 地区, 年份, 层级).

Across notices of several places a body is counted within its place: 阜阳市·市财政局 and
芜湖市·市财政局 are two rows.
"""


@main.command(help=STATS_HELP, cls=_QueryCommand)
@no_cache_option
@click.argument("args", nargs=-1, metavar="[QUERY] [PATHS]...")
@click.option("--where", "where", metavar="QUERY", default=None, help="Count only the items this query matches.")
@click.option(
    "--by",
    "by",
    default="leader",
    show_default=True,
    help="leader, lead, coop, unit, section, place, year or level; two joined by a comma for a matrix.",
)
@click.option(
    "--format",
    "fmt",
    type=Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table: with bars; csv and json: the counts as data.",
)
@width_option
@svg_option
def stats(args: tuple[str, ...], where: str | None, by: str, fmt: str, width: int | None, svg: Path | None) -> None:
    from fyplan.query import stats as st
    from fyplan.terminal.views import matrix_table, stats_table

    dims = _fields_or_exit(by, st.DIMENSIONS, "--by", most=2)
    query_text, paths = _query_and_paths(args, where)
    node = _parse_query(query_text) if query_text is not None else None
    notices = list(_load_many(paths))
    counted: Sequence[Notice] | Results = notices if node is None else _run_query(notices, node)
    title = f"fyplan stats {query_text + ' ' if query_text else ''}--by {by}"
    if len(dims) == 1:
        rows = st.counts(counted, dims[0])
        if fmt == "table":
            _emit(stats_table(rows, dims[0]), width, svg, title, _inputs(list(paths)))
        else:
            _print_table(st.count_records(rows, dims[0]), fmt)
    else:
        m = st.matrix(counted, dims[0], dims[1])
        if fmt == "table":
            _emit(matrix_table(m, dims[0], dims[1]), width, svg, title, _inputs(list(paths)))
        else:
            _print_table(st.matrix_records(m, dims[0]), fmt)


def _query_and_paths(args: tuple[str, ...], where: str | None) -> tuple[str | None, tuple[Path, ...]]:
    """Which argument is the query: ``--where``, else the first when it is not a path (an existing
    file or folder, ``-``, or a glob that matches something). The other arguments are paths, read as
    every command reads them (``_load_many``: one that names nothing is reported there)."""
    import glob
    from pathlib import Path

    from fyplan.files import NOTICE_SUFFIXES

    rest = list(args)
    query_text = where
    if where is None and rest and not _names_input(rest[0]):
        first = rest[0].strip()
        if Path(first).suffix.lower() in NOTICE_SUFFIXES and ":" not in first and " " not in first:
            what = "no file matches this pattern" if glob.has_magic(first) else "no such file"
            click.echo(f"fyplan: {first}: {what} (to count the items a query matches, use --where)", err=True)
            sys.exit(2)
        query_text = rest.pop(0)
    return query_text, tuple(Path(p) for p in rest)


def _names_input(arg: str) -> bool:
    """Whether ``arg`` names notices to read: ``-``, an existing path, or a glob with matches
    (``corpus/**/*.txt``; ``id:12.*`` matches no file, so it stays a query)."""
    import glob

    if arg == "-" or os.path.lexists(arg):
        return True
    return glob.has_magic(arg) and bool(glob.glob(arg, recursive=True))


def _print_table(rows: list[dict[str, Any]], fmt: str) -> None:
    """Rows of counts (one dict a row, the same keys) as CSV or JSON."""
    import json

    from fyplan.write.export import csv_rows

    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif rows:
        click.echo(csv_rows(list(rows[0]), [list(r.values()) for r in rows]), nl=False)


CHECK_HELP = """Lint notices: each finding has a stable code, file:line and a sentence.

\b
{rules}
Exits 1 when any finding is an error.
"""


@main.command(help=CHECK_HELP, cls=_RegistryHelp)
@no_cache_option
@paths_argument
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@width_option
def check(paths: tuple[Path, ...], as_json: bool, width: int | None) -> None:
    import json

    import attrs

    from fyplan.checks import check as run_checks
    from fyplan.terminal.views import findings_view

    findings = [f for notice in _load_many(paths, quiet=True) for f in run_checks(notice)]
    if as_json:
        click.echo(json.dumps([attrs.asdict(f) for f in findings], ensure_ascii=False, indent=2))
    else:
        # One line per finding, never wrapped by us (the terminal wraps on screen): file:line:col must
        # stay whole for grep and editors when piped.
        _console(width=width).print(findings_view(findings), soft_wrap=True)
    if any(f.severity == "error" for f in findings):
        sys.exit(1)


@main.command()
@click.argument("path", type=_PathArg(dir_okay=False, allow_dash=True))
@click.option(
    "--style",
    "style_name",
    default="anhui",
    show_default=True,
    help="anhui, compact, fullwidth, short, inline or traditional.",
)
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if the file would be rewritten.")
@click.option("--stdout", "to_stdout", is_flag=True, help="Print the result instead of rewriting the file.")
@click.option(
    "--force",
    is_flag=True,
    help="Rewrite even when the reader reported errors or lines it did not read (they are lost).",
)
@click.option("--diff", "show_diff", is_flag=True, help="Print what would change as a unified diff; change nothing.")
@click.option(
    "--backup", is_flag=True, help="Keep the original beside the file as FILE.orig (FILE.orig.2 … if that exists)."
)
@click.option(
    "--expand-names",
    is_flag=True,
    help="Write every unit name in full (市城南新区管委会、阜阳经开区管委会) instead of as the notice wrote it.",
)
def fmt(
    path: Path,
    style_name: str,
    check: bool,
    to_stdout: bool,
    force: bool,
    show_diff: bool,
    backup: bool,
    expand_names: bool,
) -> None:
    """Rewrite a notice in canonical form, like a code formatter: only the layout changes.

    Names and duty lists stay as the notice wrote them (shared suffixes, its separators) unless
    --expand-names. The file keeps its encoding (UTF-8, GB18030, UTF-16, a BOM) and its line ends
    (LF or CRLF), and is replaced whole: an interrupted write leaves the old file. A file with lines
    the result would not hold (备注:…, 联系人:…) is refused without --force, since they would be lost.

    \b
      fyplan fmt notice.txt                  rewrite in the Anhui template
      fyplan fmt notice.txt --diff           show what would change, change nothing
      fyplan fmt notice.txt --style inline   duties as (…;…) clauses at the end of items
      fyplan fmt notice.txt --check          exit 1 if it would change
      fyplan fmt notice.txt --backup         keep notice.txt.orig
    """
    import attrs

    from fyplan.write.render import STYLES

    if style_name not in STYLES:
        click.echo(f"fyplan: no style “{style_name}”: use one of {', '.join(STYLES)}", err=True)
        sys.exit(2)
    from_stdin = str(path) == "-"
    data = _fmt_input(path)
    original, notice = _fmt_parse(data, path, force)
    encoding = files.encoding_of(data, original)
    style = attrs.evolve(STYLES[style_name], as_written=not expand_names)
    result = _fmt_render(notice, original, style, force)
    out = (encoding or files.Encoding("utf-8")).encode(result)
    if show_diff:
        _print_diff(str(path), original, result)
        if check and out != data:
            sys.exit(1)
        return
    if check:
        if out != data:
            click.echo(f"would reformat {path}", err=True)
            sys.exit(1)
        return
    if to_stdout or from_stdin:
        sys.stdout.write(result)
        return
    if out != data:
        if encoding is None:
            click.echo(f"fyplan: note: {path} had bytes that are not text; it is written back as UTF-8", err=True)
        try:
            if backup:
                files.write_atomic(_backup_path(path), data)
            files.write_atomic(path, out)
        except OSError as exc:
            raise FileError(f"cannot write {path}: {exc.strerror or exc}; the file is unchanged") from None
        click.echo(f"reformatted {path}", err=True)


_KINDS = {
    "docx": "a Word document",
    "xlsx": "a spreadsheet",
    "ods": "a spreadsheet",
    "html": "a web page",
    "pdf": "a PDF",
    "ole": "an old Office document",
    "zip": "a zip archive",
}


def _fmt_input(path: Path) -> bytes:
    """The bytes of the notice (or standard input), read once: they parse and are compared with the result."""
    try:
        return files.read_stream(sys.stdin.buffer) if str(path) == "-" else files.read_bytes(path)
    except OSError as exc:
        raise FileError(f"cannot read {path}: {exc.strerror or exc}") from None


def _fmt_parse(data: bytes, path: Path, force: bool) -> tuple[str, Notice]:
    """The text and the notice, or exit 2 when fmt would lose what the reader could not read."""
    import fyplan
    from fyplan.errors import NoticeError
    from fyplan.read.decode import decode
    from fyplan.read.formats.sniff import kind_of

    kind = kind_of(data)
    if kind != "text":
        # fmt writes text back over its input: a Word file, a sheet or a page is not rewritten.
        click.echo(f"fyplan: fmt rewrites text notices only; {path} is {_KINDS.get(kind, 'not text')}.", err=True)
        sys.exit(2)
    try:
        original = decode(data, str(path))
    except NoticeError as exc:
        click.echo(f"fyplan: {exc}", err=True)
        sys.exit(2)
    notice = fyplan.parse(original, source=str(path))
    if not notice.items():
        click.echo(f"fyplan: {path} holds no responsibility notice.", err=True)
        sys.exit(2)
    if notice.errors and not force:
        click.echo(
            f"fyplan: {notice.source} has {len(notice.errors)} errors; fmt would lose what was not read:", err=True
        )
        for d in notice.errors:
            click.echo(f"  {d.at(notice.source)}", err=True)
        click.echo("fix them, or pass --force", err=True)
        sys.exit(2)
    # Item notes (a table's 任务来源 column, a 任务目标: or 备注: line) are not written by render: the loss
    # check of _fmt_render finds the lines that held them and names each, with its line, before anything
    # is written.
    return original, notice


def _fmt_render(notice: Notice, original: str, style: Style, force: bool) -> str:
    """The notice in ``style`` with the input's line ends; exit 2 if a line would be dropped (without --force)."""
    import attrs

    from fyplan.write.render import render

    line_end = _line_end(original)
    if line_end is None:
        click.echo(f"fyplan: note: {notice.source} has CR or Unicode line ends; they are written as LF", err=True)
    result = render(notice, attrs.evolve(style, line_end=line_end or "\n"))
    from fyplan.write.losses import lost_lines

    lost = lost_lines(notice, original, result)
    if lost and not force:
        click.echo(
            f"fyplan: {notice.source}: fmt would drop words of {len(lost)} line{'s' if len(lost) != 1 else ''} (lines the reader did not read,"
            " or fields and table columns it keeps as item notes, which fmt does not write):",
            err=True,
        )
        for number, line in lost:
            click.echo(f"  {notice.source}:{number}: {line}", err=True)
        click.echo("move them into the notice's text, or pass --force to drop them", err=True)
        sys.exit(2)
    return result


def _backup_path(path: Path) -> Path:
    """FILE.orig, or FILE.orig.2, .3 … when that exists: a backup never replaces an older backup."""
    first = path.with_name(path.name + ".orig")
    if not first.exists():
        return first
    n = 2
    while path.with_name(f"{path.name}.orig.{n}").exists():
        n += 1
    return path.with_name(f"{path.name}.orig.{n}")


def _print_diff(name: str, original: str, result: str) -> None:
    import difflib

    lines = difflib.unified_diff(
        original.splitlines(keepends=True), result.splitlines(keepends=True), f"{name} (now)", f"{name} (after fmt)"
    )
    for line in lines:
        sys.stdout.write(line if line.endswith("\n") else line + "\n")


def _line_end(text: str) -> Literal["\n", "\r\n"] | None:
    """The line end to write: CRLF when the input used it, LF when it used LF (or had one line);
    None for lone CR, U+2028 and the like, which fmt cannot keep."""
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    other = text.count("\r") - crlf + sum(text.count(c) for c in "\u2028\u2029\x85")
    if other > max(crlf, lf):
        return None
    return "\r\n" if crlf > lf else "\n"


@main.command()
@no_cache_option
@paths_argument
def shell(paths: tuple[Path, ...]) -> None:
    """An interactive query prompt with history, completion of fields and names, and highlighting.

    \b
    Commands: \\help  \\stats [BY] [QUERY]  \\show ID  \\format table|ids|jsonl|csv  \\load PATH  \\quit
    From a pipe it reads queries line by line and prints plain results; a line that fails is
    reported with its number, the others still run, and the exit status is then 2:
      printf '%s\\n' '\\format ids' 'leader:李红 and target>=10%' | fyplan shell
    """
    import gc

    from fyplan.terminal.shell import run_shell

    # The fyplan script starts with the cycle collector off (fyplan/__main__.py): a session runs for long.
    gc.enable()
    sys.exit(run_shell(list(paths), cache=_use_cache))


@main.group()
def cache() -> None:
    """The parse cache: notices read (one file, the bundled example, a folder or many files) are kept,
    keyed by the file's bytes and fyplan's version, so a second run skips parsing what did not change.

    \b
    Where: $FYPLAN_CACHE_DIR, else the user's cache folder (~/.cache/fyplan on Linux).
    Entries are JSON with a checksum; a damaged one is parsed again, never trusted.
    fyplan --no-cache COMMAND …  reads without it.
    """


@cache.command("info")
def cache_info() -> None:
    """Where the cache is, how many entries it holds and their size."""
    from fyplan.corpus import cache as store

    s = store.summary()
    click.echo(f"location: {s.root}")
    click.echo(f"entries: {s.entries} ({s.current} of this fyplan, {store.generation()})")
    click.echo(f"size: {s.size:,} bytes")


@cache.command("clear")
def cache_clear() -> None:
    """Delete the cache's entries (only fyplan's own entry files; nothing else in the folder)."""
    from fyplan.corpus import cache as store

    count = store.clear()
    click.echo(f"deleted {count} entr{'y' if count == 1 else 'ies'} from {store.cache_root()}")


@main.command(hidden=True)
@click.argument("which", type=Choice(["fields", "rules"]))
def tables(which: str) -> None:
    """Print the README's table of query fields or of lint rules, made from their registries
    (tests/test_registries.py checks that the README holds them as printed here)."""
    if which == "fields":
        from fyplan.query.fields import markdown_table
    else:
        from fyplan.checks import markdown_table
    click.echo(markdown_table(), nl=False)


def _expand(paths: tuple[Path, ...]) -> list[Path]:
    """Files as given; folders become the notice files in them and their sub-folders, sorted. What a
    folder holds that fyplan does not read is said on stderr, a line each, and counted."""
    found, skipped = files.notice_files(paths)
    for line in skipped:
        click.echo(f"fyplan: {line}", err=True)
    if skipped:
        click.echo(f"fyplan: {len(skipped)} file{'s' if len(skipped) != 1 else ''} skipped", err=True)
    return found


LISTS_HELP = """Write a task list (责任清单) for every body: the items it leads or cooperates on.

\b
  fyplan lists --out lists/                      one workbook: an index (目录), a sheet per unit
  fyplan lists --by lead --out lists/            only the items each unit leads
  fyplan lists --by leader --out lists/          a list per leader
  fyplan lists --format docx --out lists/        a Word document per unit (and 目录.docx)
  fyplan lists --format xlsx --split --out lists/  a workbook per unit

Each row: the item's number and text, the body's role (牵头 / 协同; 领导), the other leaders and
units, the deadline and the targets. Two spellings of one body (人行 / 人民银行, FY006 of check)
make one list, reported on stderr (--no-merge keeps them apart). Collective names (市政府各部门,
各县市区人民政府, …成员单位) get no list of their own: each list says which of them its body falls
under, and the workbook's 统称 sheet lists them; --collective adds their items to those lists. The file names are printed, one a line.

PATHS are notice files or folders of them; without them, the bundled example.
"""


@main.command(help=LISTS_HELP)
@click.argument("paths", nargs=-1, type=_PathArg(exists=True))
@click.option(
    "--by",
    type=Choice(["unit", "lead", "leader"]),
    default="unit",
    show_default=True,
    help="unit: the items a unit leads or cooperates on; lead: those it leads; leader: a leader's items.",
)
@_format_option("lists", "xlsx")
@click.option(
    "-o",
    "--out",
    "out",
    type=_PathArg(file_okay=False),
    required=True,
    help="The folder to write into (made if missing); files of the same names are replaced whole.",
)
@click.option("--split", is_flag=True, help="xlsx: a workbook per body (and 目录.xlsx) instead of one workbook.")
@encoding_option
@click.option("--no-merge", is_flag=True, help="Keep every spelling of a body apart (only names written alike meet).")
@click.option(
    "--collective",
    is_flag=True,
    help="Also list the items given to a collective name a body falls under (各县市区人民政府 for a county "
    "government), with the role written 协同（各县市区人民政府）.",
)
@strict_option
def lists(
    paths: tuple[Path, ...],
    by: str,
    fmt: str,
    out: Path,
    split: bool,
    encoding: str | None,
    no_merge: bool,
    collective: bool,
    strict: bool,
) -> None:
    from fyplan.terminal import formats
    from fyplan.write.listfiles import ListOptions
    from fyplan.write.lists import BY, build

    chosen = formats.get(fmt)
    if encoding is not None and fmt != "csv":
        raise FyplanError(f"--encoding is for csv lists; {fmt} files carry their own encoding")
    if split and fmt != "xlsx":
        raise FyplanError(f"--split is for xlsx; {fmt} lists are already a file per body")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileError(f"cannot make the folder {out}: {exc.strerror or exc}") from None
    notices = _load_many(paths, strict)
    if len(notices) > 1:
        # 市财政局 of two cities is two bodies, but one name: the lists cannot tell them apart.
        click.echo(
            f"fyplan: note: the {len(notices)} notices' bodies are joined by name; give one government's notices "
            "at a time when they come from several places",
            err=True,
        )
    task_lists = build(notices, BY[BY.index(by)], merge=not no_merge, collective=collective)
    if not task_lists.lists:
        raise FyplanError(f"no {by} is named on any item: there is no list to write")
    for merge in task_lists.merges:
        click.echo(f"fyplan: one body: {merge}", err=True)
    assert chosen.lists is not None
    written = chosen.lists(task_lists, ListOptions(split=split, encoding=encoding or "utf-8-sig"))
    inputs = _inputs(list(paths))
    targets = [out / name for name, _ in written]
    for target in targets:
        _refuse_overwrite(target, inputs)
    for target, (_, data) in zip(targets, written, strict=True):
        _write_bytes(target, data)
        click.echo(str(target))
    collectives = len(task_lists.collectives)
    names = "collective name gets" if collectives == 1 else "collective names get"
    note = f"; {collectives} {names} no list of their own" if collectives else ""
    click.echo(
        f"fyplan: {len(task_lists.lists)} lists by {by}, {len(written)} file{'s' if len(written) != 1 else ''} "
        f"in {out}{note}",
        err=True,
    )


DIFF_HELP = """Compare two notices: two years of one place, or a draft and its final text.

\b
Items are matched by their content, not their numbers (an item added near the top renumbers
every item after it; those are not changes). The report has one part per kind of change:
  新增 added     删除 dropped    改写 reworded (the changed words highlighted)
  移动 moved to another section, or out of order among the others
  责任变化 a leader added or dropped, a unit added, dropped or moved between 牵头 and 协同,
          the deadline changed
  目标变化 a numeric target changed (全市生产总值增长8.5% → 增长7%)

\b
  fyplan diff 2023.txt 2024.txt
  fyplan diff draft.docx final.docx --format csv -o changes.csv
  fyplan diff 2023.txt 2024.txt --format jsonl | jq -r 'select(.change == "unit") | .name'

OLD and NEW are notice files of any format fyplan reads (one may be - for standard input).
--format json, jsonl or csv give one record per change, with the keys change, old_id, new_id,
old_section, new_section, name, before, after, words, similarity, old_text, new_text,
old_source, new_source. Needs the diff extra: pip install 'fyplan[diff]'.

\b
Exit codes (as diff(1)):
  0  the two notices hold the same items, duties and targets
  1  they differ
  2  a notice could not be read, or bad usage
"""


@main.command(help=DIFF_HELP)
@click.argument("old", type=_PathArg(dir_okay=False, allow_dash=True))
@click.argument("new", type=_PathArg(dir_okay=False, allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["report", "json", "jsonl", "csv"]),
    default="report",
    show_default=True,
    help="report: for people; json, jsonl, csv: one record per change.",
)
@click.option(
    "-o",
    "--output",
    type=_PathArg(dir_okay=False, allow_dash=True),
    default=None,
    help="Write here (replaced whole) instead of stdout; never onto a notice being read.",
)
@encoding_option
@width_option
@svg_option
def diff(
    old: Path, new: Path, fmt: str, output: Path | None, encoding: str | None, width: int | None, svg: Path | None
) -> None:
    import json

    from fyplan.compare import diff as compare
    from fyplan.write import changes

    if str(old) == "-" and str(new) == "-":
        click.echo("fyplan: only one of OLD and NEW can be standard input (-)", err=True)
        sys.exit(2)
    to_stdout = output is None or str(output) == "-"
    if not to_stdout:
        assert output is not None
        _refuse_overwrite(output, _inputs([old, new]))
    result = compare(_load(old, False), _load(new, False))
    if fmt == "report":
        from fyplan.terminal.diff_view import diff_view

        view = diff_view(result)
        if to_stdout and encoding is None:
            _emit(view, width, svg, f"fyplan diff {old} {new}", _inputs([old, new]))
        else:
            from rich.console import Console

            buffer = io.StringIO()
            Console(file=buffer, width=width or 100, highlight=False, markup=False).print(view)
            _deliver(buffer.getvalue(), output, fmt, encoding)
    else:
        rows = changes.records(result)
        if fmt == "jsonl":
            text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        elif fmt == "json":
            text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
        else:
            text = changes.to_csv(rows)
        _deliver(text, output, fmt, encoding)
    sys.exit(1 if result else 0)


if __name__ == "__main__":
    main()
