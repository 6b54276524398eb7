"""A table as a Word document (python-docx): a title, a line of counts, then the table, on A4
landscape pages with the header row repeated on each page. For offices that send lists in Word."""

from __future__ import annotations

import io

from fyplan.write.tables import Table

# A Chinese font for the East Asian runs: python-docx's template names only Latin fonts, and Word
# would then pick whatever the system has. 宋体 is on every Chinese Windows; others substitute.
EAST_ASIAN_FONT = "宋体"
BODY_SIZE_PT = 10.5  # 五号, the usual size of a table in an official document
TITLE_SIZE_PT = 16  # 三号
MIN_WEIGHT = 11.0  # the least share of the page's width a column gets, in the tables' width units


def document(table: Table, title: str) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    _east_asian(doc.styles["Normal"], BODY_SIZE_PT)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    margin = Cm(1.8)
    section.left_margin = section.right_margin = margin
    for side in ("top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    heading = doc.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(_clean(title))
    run.bold = True
    run.font.size = Pt(TITLE_SIZE_PT)
    if table.intro:
        doc.add_paragraph(_clean(table.intro))
    grid = doc.add_table(rows=1, cols=len(table.columns))
    grid.style = "Table Grid"
    grid.autofit = False
    usable = Cm(29.7) - 2 * margin
    # Word's text is larger than a spreadsheet's: a narrow column (序号) needs more than its share.
    weights = [max(c.width, MIN_WEIGHT) for c in table.columns]
    widths = [int(usable * w / sum(weights)) for w in weights]
    for grid_column, width in zip(grid.columns, widths, strict=True):
        grid_column.width = width  # LibreOffice lays a table out by its grid, Word by its cells: set both
    header = grid.rows[0]
    _repeat_as_header(header)
    for cell, column, width in zip(header.cells, table.columns, widths, strict=True):
        cell.width = width
        cell.text = ""
        head = cell.paragraphs[0].add_run(_clean(column.header))
        head.bold = True
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, value, width in zip(cells, row, widths, strict=True):
            cell.width = width
            cell.text = _clean(str(value))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _east_asian(style: object, size: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = style.font  # type: ignore[attr-defined]
    font.size = Pt(size)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()  # type: ignore[attr-defined]
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def _repeat_as_header(row: object) -> None:
    """Mark the row as the table's header: Word and LibreOffice repeat it at the top of each page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    properties.append(mark)


def _clean(text: str) -> str:
    """XML cannot hold most control characters; python-docx would fail on them."""
    return "".join(ch for ch in text if ch >= " " or ch in "\t\n")
