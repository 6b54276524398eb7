"""The documents people receive, read into text the layout stage knows: Word (.docx), spreadsheets
(.xlsx/.xls/.ods), web pages (HTML) and PDF. Each reader returns ``Converted``: the lines (tables
as rows of cells between ``|``, the form a table flattened one row per line takes) and, for each
line, its place in the document (paragraph 12, table 1 row 3, Sheet1!A5, page 2 line 7).

``convert`` tells the format by the file's bytes (magic numbers and content), not by its name.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class Converted:
    """A document as lines of text, each with the place in the document it comes from."""

    text: str
    places: tuple[str, ...]
    skipped: tuple[str, ...] = ()  # what was left out and why (a sheet that holds no task table …)

    @staticmethod
    def of(lines: list[tuple[str, str]], skipped: tuple[str, ...] = ()) -> Converted:
        """From (place, line) pairs; a line's own line breaks become cells' spaces."""
        return Converted("\n".join(line.replace("\n", " ") for _, line in lines), tuple(p for p, _ in lines), skipped)


def row_line(cells: list[str]) -> str:
    """A table row as the layout stage reads it: cells between ``|`` (a | inside a cell is dropped)."""
    return " | ".join(" ".join(c.replace("|", " ").split()) for c in cells) + " |"
