"""fyplan: read Chinese government responsibility notices (重点工作及责任分解的通知) into typed data."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fyplan import hooks
from fyplan.errors import FyplanError, NoticeError
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
    Task,
    Unit,
)

if TYPE_CHECKING:
    from rich.console import RenderableType

__version__ = "0.1.0"


# The model's conveniences that live in higher layers (see fyplan/hooks.py). Each imports its layer
# only when first used, so `import fyplan` stays as light as the model.
def _rich(value: Any) -> RenderableType:
    from fyplan.terminal.views import renderable

    return renderable(value)


def _query(notice: Notice, q: Any) -> Any:
    from fyplan.query import query

    return query(notice, q)


hooks.provide("rich", _rich)
hooks.provide("query", _query)

EXAMPLE_NAME = "fuyang-2019.txt"


def parse(text: str | bytes, source: str = "<string>", strict: bool = False) -> Notice:
    """Read a notice from a string, or from bytes of any supported format (text in UTF-8, UTF-16 or
    GB18030; .docx; .xlsx/.xls/.ods; HTML; PDF with the ``pdf`` extra), told by the bytes themselves.

    Lenient by default: problems go to ``notice.diagnostics``; ``strict=True`` raises ``NoticeError``.
    """
    from fyplan.read import parse as _parse

    if isinstance(text, bytes | bytearray):
        from fyplan.read.decode import decode
        from fyplan.read.formats.convert import convert

        converted = convert(bytes(text), source)
        if converted is not None:
            return _parse(
                converted.text, source=source, strict=strict, places=converted.places, skipped=converted.skipped
            )
        text = decode(bytes(text), source)
    return _parse(text, source=source, strict=strict)


def load(path: str | Path, strict: bool = False) -> Notice:
    """Read a notice file of any supported format (see ``parse``); only regular files, size-capped."""
    from fyplan.read.decode import read_bytes_of

    data, name = read_bytes_of(path)
    return parse(data, source=name, strict=strict)


def example_path() -> Path:
    """The bundled Fuyang 2019 notice (inside the package when installed, ``examples/`` in a checkout)."""
    packaged = resources.files("fyplan") / "examples" / EXAMPLE_NAME
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "examples" / EXAMPLE_NAME


def example() -> Notice:
    """The bundled example notice, parsed."""
    notice = load(example_path())
    return notice


__all__ = [
    "Alias",
    "Declared",
    "Diagnostic",
    "Duties",
    "FyplanError",
    "Item",
    "Leader",
    "Notice",
    "NoticeError",
    "OpenEnded",
    "Section",
    "Subsection",
    "Task",
    "Unit",
    "example",
    "example_path",
    "load",
    "parse",
]
