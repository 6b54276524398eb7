"""Web pages (HTML, read by selectolax): the main content as lines, tables as rows of cells.

The encoding is the one the page declares (``<meta charset>``), else UTF-8, else GB18030.
Navigation, header, footer, scripts and styles are dropped; ``<p>``, ``<br>``, ``<div>``, ``<li>``
and headings end lines; a ``<table>`` becomes rows of cells with rowspan filled down (a cell that
spans rows answers for each) and colspan kept in its first column.
"""

from __future__ import annotations

import re
from typing import Any

from fyplan import units
from fyplan.read.formats import Converted, row_line

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "dd", "dt", "pre"}
# What is never the notice: scripts, forms, and the page's own navigation, header and footer, by
# element or by the class and id names sites give them.
_DROP = (
    "script, style, noscript, nav, header, footer, iframe, form, select, button, template, "
    "[class*=footer], [id*=footer], [class*=foot], [id*=foot], [class*=breadcrumb], [class*=crumb], "
    "[class~=nav], [id~=nav], [class*=navbar], [class*=topbar], [class*=copyright], [id*=copyright]"
)
MAX_NODES = 2_000_000  # a page of more elements than this is not a notice (and would not end)


def decode_html(data: bytes) -> str:
    declared = _CHARSET.search(data[:4096])
    names = [declared.group(1).decode("ascii").lower()] if declared else []
    for name in [*names, "utf-8", "gb18030"]:
        if name in ("gb2312", "gbk"):
            name = "gb18030"  # its superset: pages that say GB2312 often hold GBK characters
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("gb18030", errors="replace")


def read_html(data: bytes) -> Converted:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(decode_html(data))
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.body or tree.root
    lines: list[tuple[str, str]] = []
    current: list[str] = []
    counter = {"tables": 0, "nodes": 0}

    def end_line() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append((f"line {len(lines) + 1}", text))
        current.clear()

    def walk(node: Any) -> None:
        counter["nodes"] += 1
        if counter["nodes"] > MAX_NODES:
            raise ValueError(f"the page has more than {MAX_NODES} elements")
        tag = node.tag
        if tag == "-text":
            current.append(node.text(deep=False) or "")
            return
        if tag == "table":
            end_line()
            counter["tables"] += 1
            for number, row in enumerate(_rows(node), 1):
                lines.append((f"table {counter['tables']} row {number}", row_line(row)))
            return
        if tag in _BLOCKS:
            end_line()
        child = node.child
        while child is not None:
            walk(child)
            child = child.next
        if tag in _BLOCKS:
            end_line()

    if root is not None:
        walk(root)
    end_line()
    return Converted.of(lines)


def _rows(table: Any) -> list[list[str]]:
    """The table's rows with rowspan filled down and colspan kept in its first column."""
    grid: list[list[str]] = []
    pending: dict[int, tuple[int, str]] = {}  # column → (rows still to fill, text)
    for tr in table.css("tr"):
        if _parent_table(tr).mem_id != table.mem_id:
            continue  # a row of a table inside a cell
        row: list[str] = []
        col = 0
        for cell in [c for c in tr.iter() if c.tag in ("td", "th")]:
            col = _spanned(row, col, pending)
            text = _cell_text(cell)
            span = _int(cell.attributes.get("rowspan"))
            wide = _int(cell.attributes.get("colspan"))
            row.append(text)
            if span > 1:
                pending[col] = (span - 1, text)
            row.extend([""] * (wide - 1))
            col += wide
        _spanned(row, col, pending)
        grid.append(row)
    return grid


def _cell_text(cell: Any) -> str:
    """A cell's text on one line. Its paragraphs (``<p>``, ``<div>``, ``<li>``, two or more), each a whole name,
    are a list (艾尔肯·吐尔逊 and 王 莉 in two ``<p>`` of a leaders' cell: 、 between, as one person's name may hold a
    space); any other cell's words are joined by spaces."""
    # (the innermost blocks: a node's css() holds the node itself, so a leaf finds one)
    blocks = [block for block in cell.css("p, div, li") if len(block.css("p, div, li")) == 1]
    if len(blocks) >= _LISTED:
        pieces = [" ".join(block.text(separator=" ").split()) for block in blocks]
        if all(pieces) and all(units.whole_name(piece.replace(" ", "")) for piece in pieces):
            return "、".join(pieces)
    return " ".join(cell.text(separator=" ").split())


_LISTED = 2


def _spanned(row: list[str], col: int, pending: dict[int, tuple[int, str]]) -> int:
    """Fill the columns from ``col`` that a cell of a row above spans down to this row; the next
    free column."""
    while col in pending:
        left, text = pending[col]
        row.append(text)
        if left - 1 <= 0:
            del pending[col]
        else:
            pending[col] = (left - 1, text)
        col += 1
    return col


def _parent_table(node: Any) -> Any:
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent if parent is not None else node


def _int(value: str | None) -> int:
    try:
        return max(1, min(1000, int(value or 1)))
    except ValueError:
        return 1
