"""Test documents built from fixture text: the same notice as .docx (paragraphs or a table), .xlsx,
HTML and PDF, written with the libraries made for each format."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping, Sequence

from fyplan.model import Notice, Task
from fyplan.write.render import Style, _fields

COLUMNS = ["工作任务", "牵头负责领导", "牵头责任单位", "协同责任单位"]


def table_rows(notice: Notice) -> Iterator[list[str]]:
    """The notice's body as table rows: a heading row per section and per task with sub-tasks,
    a row per item with its duties in the three duty columns."""
    for section in notice.sections:
        yield [f"{_cn(section.number)}、{section.title}", "", "", ""]
        for task in section.all_tasks():
            if task.subtasks:
                yield [f"{task.number}.{task.text}", "", "", ""]
                for sub in task.subtasks:
                    yield _item_row(f"({sub.number}){sub.text}", sub)
            else:
                yield _item_row(f"{task.number}.{task.text}", task)


def _item_row(text: str, task: Task) -> list[str]:
    fields = dict(_fields(task.duties, Style(), {}))
    return [
        text.replace("\n", ""),
        fields.get("牵头负责领导", ""),
        fields.get("牵头责任单位", ""),
        fields.get("协同责任单位", ""),
    ]


def _cn(number: int) -> str:
    from fyplan.numerals import to_chinese

    return to_chinese(number)


def docx_paragraphs(lines: list[str]) -> bytes:
    from docx import Document

    document = Document()
    for line in lines:
        document.add_paragraph(line)
    return _save(document)


def docx_table(head: list[str], rows: list[list[str]], tail: list[str]) -> bytes:
    from docx import Document

    document = Document()
    for line in head:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(COLUMNS))
    for cell, name in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = name
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    for line in tail:
        document.add_paragraph(line)
    return _save(document)


def _save(document: object) -> bytes:
    out = io.BytesIO()
    document.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def xlsx(sheets: Mapping[str, Sequence[Sequence[str | None]]], merges: dict[str, list[str]] | None = None) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cells in (merges or {}).get(name, []):
            sheet.merge_cells(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def html_page(lines: list[str], encoding: str = "utf-8") -> bytes:
    from html import escape

    body = "\n".join(f"<p>{escape(line)}</p>" for line in lines)
    page = (
        f'<!DOCTYPE html><html><head><meta charset="{encoding}"><title>通知</title>'
        "<script>var nav = '首页';</script></head><body>"
        "<nav><a href='/'>首页</a> &gt; <a href='/zwgk'>政务公开</a></nav>"
        f"<div class='article'>{body}</div><footer>主办单位:某市人民政府办公室 版权所有</footer></body></html>"
    )
    return page.encode(encoding, errors="replace" if encoding == "ascii" else "strict")


def pdf(lines: list[str], width: int = 38) -> bytes:
    """A PDF with the lines hard-wrapped at ``width`` characters, as a PDF of a notice is."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("STSong-Light", 11)
    y = 800.0
    for line in lines:
        for start in range(0, max(1, len(line)), width):
            if y < 50:
                page.showPage()
                page.setFont("STSong-Light", 11)
                y = 800.0
            page.drawString(40, y, line[start : start + width])
            y -= 15
    page.save()
    return out.getvalue()
