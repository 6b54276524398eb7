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
_NS = {"w": _W[1:-1]}


def _xpath(path: str) -> Any:
    from lxml import etree

    return etree.XPath(path, namespaces=_NS)


_RUN_TEXT = _xpath(".//w:t/text()")
_PARAGRAPHS = _xpath(".//w:p")


def read_docx(data: bytes) -> Converted:
    from docx import Document

    document = Document(io.BytesIO(data))
    numbering = _Numbering(document)
    styles = _StyleNumbering(document)
    lines: list[tuple[str, str]] = []
    paragraphs = tables = 0
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraphs += 1
            props = block.find(f"{_W}pPr")  # most paragraphs have none: no style, no list number
            shown = "" if props is None else numbering.prefix(block, styles.of(block))
            lines.append((f"paragraph {paragraphs}", shown + _text(block)))
        elif tag == "tbl":
            tables += 1
            for number, row in enumerate(_rows(block), 1):
                lines.append((f"table {tables} row {number}", row_line(row)))
    return Converted.of(lines)


def _text(element: Any) -> str:
    """The text of a paragraph or cell as Word shows it: its runs' text (one compiled XPath in
    lxml, the parser python-docx is built on); the paragraphs of one cell one line each."""
    paragraphs = _PARAGRAPHS(element) if element.tag != f"{_W}p" else [element]
    return "\n".join("".join(_RUN_TEXT(p)) for p in paragraphs)


def _rows(table: Any) -> list[list[str]]:
    """A Word table's rows as cells on its grid: a cell spanning columns (gridSpan) is given once, in
    its first column; a cell merged down rows (vMerge) is given to every row it spans."""
    rows: list[list[str]] = []
    above: dict[int, str] = {}  # grid column → text of the cell a vertical merge continues
    for tr in table.iterchildren(f"{_W}tr"):
        row: list[str] = []
        for tc in tr.iterchildren(f"{_W}tc"):
            props = tc.find(f"{_W}tcPr")
            span = 1
            merge = None
            if props is not None:
                grid = props.find(f"{_W}gridSpan")
                span = int(grid.get(f"{_W}val", "1")) if grid is not None else 1
                vmerge = props.find(f"{_W}vMerge")
                merge = None if vmerge is None else vmerge.get(f"{_W}val", "continue")
            column = len(row)
            text = above.get(column, "") if merge == "continue" else _text(tc).strip()
            if merge == "restart":
                above[column] = text
            elif merge is None:
                above.pop(column, None)
            row.append(text)
            row.extend([""] * (span - 1))
        rows.append(row)
    return rows


class _StyleNumbering:
    """The numbering a paragraph style gives its paragraphs (Word's List Number), per style id."""

    def __init__(self, document: Any) -> None:
        self.styles = document.styles
        self.cache: dict[str, Any] = {}

    def of(self, paragraph: Any) -> Any:
        node = paragraph.find(f"{_W}pPr/{_W}pStyle")
        if node is None:
            return None
        style_id = node.get(f"{_W}val", "")
        if style_id not in self.cache:
            self.cache[style_id] = self._numbering(style_id)
        return self.cache[style_id]

    def _numbering(self, style_id: str) -> Any:
        style = next((s for s in self.styles if s.style_id == style_id), None)
        while style is not None:
            found = style.element.find(f"{_W}pPr/{_W}numPr")
            if found is not None:
                return found
            style = style.base_style
        return None


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
