"""Tables as one .xlsx workbook (openpyxl): a sheet per table, ready to read and to print.

Each sheet has bold Chinese headers on a frozen first row, set column widths, wrapped text aligned
to the top, an A4 landscape page fitted to the width with the header row repeated on every page,
and the table's name and page numbers in the page header and footer.

Text is stored as text: a cell that starts like a formula (``=HYPERLINK(…)``, ``+``, ``-``, ``@``)
is written as a string cell with Excel's quote prefix (what typing ``'=…`` gives), so no
spreadsheet runs it and the cell shows exactly what the notice says.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from fyplan.model import Notice
from fyplan.query.results import Results
from fyplan.write.tables import Link, Table, records_table

MAX_SHEET_NAME = 31
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# XML 1.0 cannot hold these control characters; openpyxl refuses them (IllegalCharacterError).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def sheet_names(titles: Sequence[str]) -> list[str]:
    """Names Excel accepts, one per title: at most 31 characters, none of ``[]:*?/\\``, not starting or
    ending with ``'``, unique regardless of case (a repeat gets ~2, ~3 …)."""
    names: list[str] = []
    taken: set[str] = set()
    for title in titles:
        base = _BAD_SHEET_CHARS.sub("_", title).strip("' ") or "Sheet"
        name = base[:MAX_SHEET_NAME]
        n = 1
        while name.casefold() in taken:
            n += 1
            suffix = f"~{n}"
            name = base[: MAX_SHEET_NAME - len(suffix)] + suffix
        taken.add(name.casefold())
        names.append(name)
    return names


def to_xlsx(
    rows: Notice | Results | Iterable[dict[str, Any]],
    headers: Literal["en", "zh"] = "en",
    keys: Sequence[str] = (),
) -> bytes:
    """The records (or those of a notice or results) as the bytes of a workbook with one sheet
    (``items``, or ``事项`` with Chinese headers); ``keys`` chooses the columns (default: all)."""
    from fyplan.write.export import RECORD_KEYS, records

    if isinstance(rows, Notice | Results):
        rows = records(rows)
    title = "事项" if headers == "zh" else "items"
    return workbook([records_table(list(rows), keys or RECORD_KEYS, headers, title)])


def workbook(tables: Sequence[Table]) -> bytes:
    """The tables as the bytes of one workbook, in order; sheet names made valid and unique."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for table, name in zip(tables, sheet_names([t.title for t in tables]), strict=True):
        _sheet(book.create_sheet(name), table)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet(sheet: object, table: Table) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.hyperlink import Hyperlink
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    head_font = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    for col, column in enumerate(table.columns, 1):
        cell = sheet.cell(row=1, column=col, value=_text(column.header))
        cell.font, cell.fill, cell.border = head_font, head_fill, border
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[get_column_letter(col)].width = column.width
    for r, row in enumerate(table.rows, 2):
        for col, value in enumerate(row, 1):
            cell = sheet.cell(row=r, column=col)
            if isinstance(value, int):
                cell.value = value
            else:
                _set_text(cell, _text(str(value)))
                if isinstance(value, Link):
                    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{value.sheet}'!A1", display=value.text)
                    cell.font = Font(color="0563C1", underline="single")
            cell.alignment, cell.border = wrap, border
    for r, row in enumerate((table.headers, *table.rows), 1):
        sheet.row_dimensions[r].height = row_height(row, [c.width for c in table.columns])
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = sheet.dimensions
    _page(sheet, table)


# Row heights: neither Excel nor LibreOffice grows a row to fit wrapped text in a file written by a
# program (LibreOffice printed one line of each cell), so each row gets the height of its tallest
# cell, estimated: a Chinese character takes about 2.1 widths of a digit at the default size.
LINE_HEIGHT = 15.0  # points, one line at 11 pt
WIDE = 2.1
NARROW = 1.05


def text_width(text: str) -> float:
    return sum(WIDE if unicodedata.east_asian_width(ch) in "WF" else NARROW for ch in text)


def line_count(text: str, width: float) -> int:
    room = max(width - 1.5, 2.0)  # the cell's padding
    return sum(max(1, math.ceil(text_width(line) / room)) for line in text.split("\n"))


def row_height(row: Sequence[object], widths: Sequence[float]) -> float:
    lines = max((line_count(str(value), width) for value, width in zip(row, widths, strict=False)), default=1)
    return min(409.0, lines * LINE_HEIGHT + 3)  # 409 points is the most a row may be


def _set_text(cell: object, text: str) -> None:
    """A string cell, never a formula: openpyxl reads a value starting with = as one."""
    from openpyxl.cell.cell import Cell

    assert isinstance(cell, Cell)
    cell.value = text
    cell.data_type = "s"
    if text.startswith(_FORMULA_STARTS):
        cell.quotePrefix = True  # Excel's own mark for "typed as text" ('=…): editing the cell keeps it text


def _text(value: str) -> str:
    return _ILLEGAL.sub("", value)


def _page(sheet: object, table: Table) -> None:
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    sheet.page_margins.header = sheet.page_margins.footer = 0.3
    if table.header_text:
        sheet.oddHeader.center.text = _text(table.header_text).replace("&", "&&")
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
