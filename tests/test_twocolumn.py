"""A page printed in two columns (fyplan/read/twocolumn.py): read column after column, each line's source kept."""

from __future__ import annotations

from pathlib import Path

import fyplan
from fyplan.read.twocolumn import split_columns

PAGE = Path(__file__).parent / "cases" / "two-column-gazette-page.txt"


def test_items_keep_the_source_line_they_start_on() -> None:
    # Items 4, 5 and 6 start in the right column, beside lines 7, 10 and 14 of the page; item 3 on the left, line 15.
    lines = {item.id: item.line for item in fyplan.parse(PAGE.read_text(encoding="utf-8")).items()}
    assert lines == {"1": 6, "2": 10, "3": 15, "4": 7, "5": 10, "6": 14}


def test_left_column_then_right_column() -> None:
    text, origin = split_columns(PAGE.read_text(encoding="utf-8"))
    assert origin is not None
    lines = text.split("\n")
    # The left column's last line (360个…, line 16) comes before the right column's first (县自然资源局…, printed
    # beside item 1 on line 6).
    at = lines.index("县自然资源局、县住建局）")
    assert lines[at - 1].startswith("360个。")
    assert (origin[at - 1], origin[at]) == (16, 6)
    assert len(lines) == len(origin)


def test_an_aligned_table_is_no_two_column_page() -> None:
    # Cells parted by runs of spaces, several gaps on a line: a table's columns, left for the table reader.
    rows = [
        f"{k}    推进第{k}项重点工作任务落实    县发展和改革局    县财政局、县统计局    2023年12月底前"
        for k in range(1, 13)
    ]
    text = "\n".join(["序号    重点工作任务    牵头单位    配合单位    完成时限", *rows])
    assert split_columns(text) == (text, None)


def test_prose_with_one_wide_gap_on_a_few_lines_stays() -> None:
    # A letterhead line and a signature line parted by spaces: too few lines for a gutter.
    text = "县人民政府办公室文件        县政办〔2023〕5号\n各乡镇人民政府:\n现将有关事项通知如下。\n" * 2
    assert split_columns(text) == (text, None)
