"""The ``fyplan`` command line (click). Heavy imports happen inside the commands.

Exit codes: 0 success; 1 the notice was read but has errors and --strict was given;
2 the input could not be read as a notice (or bad usage).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

from fyplan import __version__

if TYPE_CHECKING:
    from rich.console import Console

    from fyplan.model import Notice

PATH_HELP = "A notice file (UTF-8, UTF-16 or GB18030). Without it, the bundled Fuyang 2019 example."


def _console(stderr: bool = False, width: int | None = None) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, width=width, highlight=False)


def _load(path: Path | None, strict: bool) -> Notice:
    """Load a notice or exit 2 with the reason; print diagnostics to stderr."""
    import fyplan
    from fyplan.errors import NoticeError
    from fyplan.views import diagnostics_view

    try:
        notice = fyplan.load(path) if path is not None else fyplan.example()
    except NoticeError as exc:
        click.echo(f"fyplan: {exc}", err=True)
        sys.exit(2)
    if notice.diagnostics:
        _console(stderr=True).print(diagnostics_view(notice.diagnostics, notice.source))
    if not notice.items():
        click.echo(f"fyplan: {notice.source} holds no responsibility notice.", err=True)
        sys.exit(2)
    if strict and notice.diagnostics:
        sys.exit(1)
    return notice


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fyplan")
def main() -> None:
    """Read Chinese government responsibility notices (重点工作及责任分解的通知) as typed data.

    \b
    Exit codes: 0 done; 1 problems found with --strict; 2 the input is not a readable notice.
    """


strict_option = click.option("--strict", is_flag=True, help="Exit 1 if the notice has any problem (diagnostic).")
path_argument = click.argument("path", required=False, type=click.Path(path_type=Path, dir_okay=False))


@main.command()
@path_argument
@strict_option
@click.option("--width", type=int, default=None, help="Render at this many columns.")
def show(path: Path | None, strict: bool, width: int | None) -> None:
    """Print the notice as a tree: sections, tasks, items with leaders and units.

    PATH: a notice file; without it, the bundled example.
    """
    from fyplan.views import notice_tree

    notice = _load(path, strict)
    _console(width=width).print(notice_tree(notice))


@main.command()
@path_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csv"]),
    default="jsonl",
    show_default=True,
    help="json: the whole tree; jsonl: one record per responsibility item; csv: the same records.",
)
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here instead of stdout."
)
@strict_option
def export(path: Path | None, fmt: str, output: IO[str], strict: bool) -> None:
    """Write the notice as JSON, JSON Lines or CSV.

    \b
    Examples:
      fyplan export --format jsonl | jq -r 'select(.leaders[] == "李红") | .id'
      fyplan export notice.txt --format csv -o notice.csv
    """
    from fyplan import export as ex

    notice = _load(path, strict)
    if fmt == "json":
        output.write(ex.to_json(notice) + "\n")
    elif fmt == "jsonl":
        output.writelines(ex.to_jsonl(ex.records(notice)))
    else:
        output.write(ex.to_csv(ex.records(notice)))


if __name__ == "__main__":
    main()
