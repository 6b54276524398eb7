"""PDF with a text layer (read by pdfplumber, the extra ``fyplan[pdf]``): lines in reading order,
and the tables the page draws as rows of cells, each at its place on the page.

A PDF with no text layer (a scan) is refused with a message: fyplan does no OCR.
"""

from __future__ import annotations

import io
from typing import Any

from fyplan.read.formats import Converted, row_line

MAX_PAGES = 500


class NoTextLayer(ValueError):
    """The PDF holds pictures of pages, not text."""


def read_pdf(data: bytes) -> Converted:
    try:
        import pdfplumber
    except ImportError:
        raise ImportError("reading PDF needs the extra: pip install 'fyplan[pdf]'") from None
    lines: list[tuple[str, str]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        if len(pdf.pages) > MAX_PAGES:
            raise ValueError(f"it has {len(pdf.pages)} pages; fyplan reads at most {MAX_PAGES}")
        for number, page in enumerate(pdf.pages, 1):
            lines.extend(_page_lines(page, number))
            page.close()
    if not any(text.strip() for _, text in lines):
        raise NoTextLayer("it has no text layer (a scanned document?); fyplan does not recognise text in pictures")
    return Converted.of(lines)


def _page_lines(page: Any, number: int) -> list[tuple[str, str]]:
    """Text lines outside tables and table rows, ordered by their top on the page."""
    tables = page.find_tables()
    placed: list[tuple[float, str]] = []
    for table in tables:
        for row_cells, row in zip(table.extract(), table.rows, strict=False):
            top = row.bbox[1] if getattr(row, "bbox", None) else table.bbox[1]
            placed.append((top, row_line([cell or "" for cell in row_cells])))
    outside = page
    for table in tables:
        outside = outside.outside_bbox(table.bbox)
    for line in outside.extract_text_lines(return_chars=False):
        placed.append((line["top"], line["text"]))
    placed.sort(key=lambda item: item[0])
    return [(f"page {number} line {k}", text) for k, (_, text) in enumerate(placed, 1)]
