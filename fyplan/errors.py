"""fyplan's own exception types: what a user can cause gets one of these."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only annotations: `fyplan --version` must not load the model (attrs)
    from collections.abc import Sequence

    from fyplan.model import Diagnostic


class FyplanError(Exception):
    """Base class of the errors fyplan raises on purpose."""


class NoticeError(FyplanError):
    """A document that could not be read as a notice (or, with ``strict=True``, had problems)."""

    def __init__(self, source: str, diagnostics: Sequence[Diagnostic]) -> None:
        self.source = source
        self.diagnostics = tuple(diagnostics)
        lines = [str(d.at(source)) for d in self.diagnostics]
        count = len(self.diagnostics)
        head = f"{source}: {count} problem{'s' if count != 1 else ''} found"
        super().__init__("\n".join([head, *lines]))


class FileError(FyplanError):
    """A file that could not be read or written, or an output that would overwrite an input.
    Nothing was changed: writes replace a file whole or not at all (``fyplan.files.write_atomic``)."""


class MissingExtra(FyplanError, ImportError):
    """An optional library a feature needs is not installed; the message names the extra to install
    (``pip install 'fyplan[diff]'``)."""
