"""QueryError: what is wrong with a query, where, and what was probably meant."""

from __future__ import annotations

from fyplan.errors import FyplanError


class QueryError(FyplanError, ValueError):
    """A query that cannot be read or run; ``str()`` shows the query with a caret under the column."""

    def __init__(self, message: str, query: str = "", column: int = 0) -> None:
        self.message = message
        self.query = query
        self.column = column
        super().__init__(self._render())

    def _render(self) -> str:
        if not self.query or self.column <= 0:
            return self.message
        caret = " " * _width(self.query[: self.column - 1]) + "^"
        return f"{self.message}\n  {self.query}\n  {caret}"


def _width(text: str) -> int:
    """Terminal cells: Chinese characters take two, so the caret lands under the right one."""
    from rich.cells import cell_len

    return cell_len(text)
