"""Word (.docx): paragraphs and tables in document order, with the numbering Word generates.

A table becomes rows of cells (``row_line``): cells merged across columns are given once (in the
first column they span), cells merged down rows are given to every row they span, as Word itself
knows them. Numbers of automatic lists (1. 2. / (一) / 一、) are written back in front of the
paragraphs that carry them, since the text of such a paragraph lacks its number.
"""

from __future__ import annotations

import io
from typing import Any

from fyplan.numerals import to_chinese
from fyplan.read.formats import Converted, row_line

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> Converted:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(io.BytesIO(data))
    numbering = _Numbering(document)
    lines: list[tuple[str, str]] = []
    paragraphs = tables = 0
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraphs += 1
            paragraph = Paragraph(block, document)
            lines.append(
                (f"paragraph {paragraphs}", numbering.prefix(block, _style_numbering(paragraph)) + paragraph.text)
            )
        elif tag == "tbl":
            tables += 1
            for number, row in enumerate(Table(block, document).rows, 1):
                lines.append((f"table {tables} row {number}", row_line(_cells(row))))
    return Converted.of(lines)


def _style_numbering(paragraph: Any) -> Any:
    """The numbering a paragraph's style gives it (Word's List Number style), if any."""
    try:
        style = paragraph.style
    except (KeyError, ValueError):
        return None
    while style is not None:
        found = style.element.find(f"{_W}pPr/{_W}numPr")
        if found is not None:
            return found
        style = style.base_style
    return None


def _cells(row: Any) -> list[str]:
    """The row's cells; a cell merged across columns is given once, in the first column it spans."""
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        key = id(cell._tc)
        cells.append("" if key in seen else cell.text)
        seen.add(key)
    return cells


class _Numbering:
    """The counters of Word's automatic lists, and how each level writes its number."""

    def __init__(self, document: Any) -> None:
        self.formats: dict[tuple[str, int], tuple[str, str]] = {}  # (numId, level) → (numFmt, lvlText)
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for node in root.findall(f"{_W}abstractNum"):
            levels = {}
            for level in node.findall(f"{_W}lvl"):
                fmt = level.find(f"{_W}numFmt")
                text = level.find(f"{_W}lvlText")
                levels[int(level.get(f"{_W}ilvl", "0"))] = (
                    fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{_W}val", "") if text is not None else "",
                )
            abstract[node.get(f"{_W}abstractNumId")] = levels
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            for level, spec in abstract.get(ref.get(f"{_W}val"), {}).items():
                self.formats[(num.get(f"{_W}numId", ""), level)] = spec

    def prefix(self, paragraph: Any, from_style: Any = None) -> str:
        """The number Word shows before this paragraph ("" if it has none): its own list numbering,
        else its style's."""
        num_pr = paragraph.find(f"{_W}pPr/{_W}numPr")
        if num_pr is None:
            num_pr = from_style
        if num_pr is None:
            return ""
        num_id_node = num_pr.find(f"{_W}numId")
        level_node = num_pr.find(f"{_W}ilvl")
        num_id = num_id_node.get(f"{_W}val", "") if num_id_node is not None else ""
        level = int(level_node.get(f"{_W}val", "0")) if level_node is not None else 0
        spec = self.formats.get((num_id, level))
        if spec is None:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        fmt, text = spec
        for k in range(level + 1):
            value = counters[k]
            shown = to_chinese(value) if "chinese" in fmt.lower() or "ideograph" in fmt.lower() else str(value)
            text = text.replace(f"%{k + 1}", shown)
        return text
