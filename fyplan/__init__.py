"""fyplan: read Chinese government responsibility notices (重点工作及责任分解的通知) into typed data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fyplan import hooks
from fyplan.errors import FileError, FyplanError, MissingExtra, NoticeError

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from rich.console import RenderableType

    from fyplan.checks import Finding, check
    from fyplan.compare import NoticeDiff, diff
    from fyplan.corpus import Corpus, Problem
    from fyplan.model import (
        Alias,
        Declared,
        Diagnostic,
        Duties,
        Item,
        Leader,
        Notice,
        OpenEnded,
        Section,
        Subsection,
        Target,
        Task,
        Unit,
    )
    from fyplan.query import Match, Node, Results, query
    from fyplan.query import parse_query as compile_query
    from fyplan.query.errors import QueryError
    from fyplan.write.export import from_json, records, to_csv, to_json, to_jsonl
    from fyplan.write.lists import TaskLists
    from fyplan.write.lists import build as task_lists
    from fyplan.write.render import STYLES, Style, StyleError, render
    from fyplan.write.xlsx import to_xlsx

from fyplan.version import __version__ as __version__

# The public names that live in the model or higher layers, imported when first asked for (PEP 562),
# so that `import fyplan` (and `fyplan --version`, `--help`) load neither attrs nor lark nor rich:
# name → (module, name there).
_MODEL = "Alias Declared Diagnostic Duties Item Leader Notice OpenEnded Section Subsection Target Task Unit"
_LAZY = {
    **{name: ("fyplan.model", name) for name in _MODEL.split()},
    "check": ("fyplan.checks", "check"),
    "Finding": ("fyplan.checks", "Finding"),
    "query": ("fyplan.query", "query"),
    "compile_query": ("fyplan.query", "parse_query"),
    "Match": ("fyplan.query", "Match"),
    "Node": ("fyplan.query", "Node"),
    "Results": ("fyplan.query", "Results"),
    "QueryError": ("fyplan.query.errors", "QueryError"),
    "render": ("fyplan.write.render", "render"),
    "Style": ("fyplan.write.render", "Style"),
    "STYLES": ("fyplan.write.render", "STYLES"),
    "StyleError": ("fyplan.write.render", "StyleError"),
    "records": ("fyplan.write.export", "records"),
    "to_json": ("fyplan.write.export", "to_json"),
    "from_json": ("fyplan.write.export", "from_json"),
    "to_jsonl": ("fyplan.write.export", "to_jsonl"),
    "to_csv": ("fyplan.write.export", "to_csv"),
    "to_xlsx": ("fyplan.write.xlsx", "to_xlsx"),
    "task_lists": ("fyplan.write.lists", "build"),
    "TaskLists": ("fyplan.write.lists", "TaskLists"),
    "Corpus": ("fyplan.corpus", "Corpus"),
    "Problem": ("fyplan.corpus", "Problem"),
    "diff": ("fyplan.compare", "diff"),  # the diff extra (rapidfuzz, scipy)
    "NoticeDiff": ("fyplan.compare", "NoticeDiff"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value  # once found, an ordinary attribute
        return value
    raise AttributeError(f"module 'fyplan' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


# The model's conveniences that live in higher layers (see fyplan/hooks.py). Each imports its layer
# only when first used, so `import fyplan` stays as light as the model.
def _rich(value: Any) -> RenderableType:
    from fyplan.terminal.views import renderable

    return renderable(value)


def _query(notice: Notice, q: Any) -> Any:
    from fyplan.query import query

    return query(notice, q)


def _html(value: Any) -> str:
    from fyplan.write.html import html

    return html(value)


def _frame(value: Any, kind: str) -> Any:
    from fyplan.write.frames import frame

    return frame(value, kind)


hooks.provide("rich", _rich)
hooks.provide("query", _query)
hooks.provide("html", _html)
hooks.provide("frame", _frame)

EXAMPLE_NAME = "fuyang-2019.txt"


def parse(text: str | bytes, source: str = "<string>", strict: bool = False) -> Notice:
    """Read a notice from a string, or from bytes of any supported format (text in UTF-8, UTF-16 or
    GB18030; .docx; .xlsx/.xls/.ods; HTML; PDF with the ``pdf`` extra), told by the bytes themselves.

    Lenient by default: problems go to ``notice.diagnostics``; ``strict=True`` raises ``NoticeError``.
    """
    from fyplan.read import parse as _parse
    from fyplan.read import parse_bytes

    if isinstance(text, bytes | bytearray):
        return parse_bytes(bytes(text), source=source, strict=strict)
    return _parse(text, source=source, strict=strict)


def load(path: str | Path, strict: bool = False) -> Notice:
    """Read a notice file of any supported format (see ``parse``); only regular files, size-capped."""
    from fyplan.files import read_bytes_of

    data, name = read_bytes_of(path)
    return parse(data, source=name, strict=strict)


def load_all(paths: str | Path | Sequence[str | Path], **options: Any) -> Corpus:
    """Read notices from files, folders (their notice files, sub-folders too) and globs into a ``Corpus``:
    the notices in a stable order, and ``problems`` for the files that could not be read (the rest load).
    Options: see ``fyplan.corpus.load_all``."""
    from fyplan.corpus import load_all as _load_all

    return _load_all(paths, **options)


def example_path() -> Path:
    """The bundled Fuyang 2019 notice (inside the package when installed, ``examples/`` in a checkout)."""
    from pathlib import Path  # ~3 ms: not on `fyplan --help` / `--version`

    # The package's own folder, as importlib.resources.files("fyplan") names it for an installed package
    # (without importing importlib.resources and zipfile: ~2 ms of `fyplan query`, issue 13). A package run
    # from a zip has no file to return either way.
    packaged = Path(__file__).parent / "examples" / EXAMPLE_NAME
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "examples" / EXAMPLE_NAME


def example() -> Notice:
    """The bundled example notice, parsed."""
    notice = load(example_path())
    return notice


__all__ = [
    "STYLES",
    "Alias",
    "Corpus",
    "Declared",
    "Diagnostic",
    "Duties",
    "FileError",
    "Finding",
    "FyplanError",
    "Item",
    "Leader",
    "Match",
    "MissingExtra",
    "Node",
    "Notice",
    "NoticeDiff",
    "NoticeError",
    "OpenEnded",
    "Problem",
    "QueryError",
    "Results",
    "Section",
    "Style",
    "StyleError",
    "Subsection",
    "Target",
    "Task",
    "TaskLists",
    "Unit",
    "check",
    "compile_query",
    "diff",
    "example",
    "example_path",
    "from_json",
    "load",
    "load_all",
    "parse",
    "query",
    "records",
    "render",
    "task_lists",
    "to_csv",
    "to_json",
    "to_jsonl",
    "to_xlsx",
]
