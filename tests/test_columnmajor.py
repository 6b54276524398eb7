"""Tables given column after column (fyplan/read/columnmajor.py): rows rebuilt only where every column's cells can
be counted out to the rows' number; the line count always holds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fyplan.read.columnmajor import rows_from_columns

TABLE = "\n".join(
    [
        "序号",
        "1",
        "2",
        "工作任务",
        "修建村道10公里。",
        "改造校舍3所,年内",
        "完工。",
        "牵头单位",
        "县交通局",
        "县教育局",
        "配合单位",
        "县财政局、",
        "各乡镇",
        "县财政局",
    ]
)


def test_rows_rebuilt_in_the_table_s_lines() -> None:
    out = rows_from_columns(TABLE).split("\n")
    assert len(out) == len(TABLE.split("\n"))
    assert out[:5] == [
        "1.修建村道10公里。",
        "牵头责任单位:县交通局",
        "协同责任单位:县财政局、各乡镇",
        "2.改造校舍3所,年内完工。",
        "牵头责任单位:县教育局",
    ]
    assert out[5] == "协同责任单位:县财政局"
    assert not any(out[6:])


def test_a_column_that_cannot_be_counted_leaves_the_text() -> None:
    # Three cooperating lines for two rows, none of which joins the line before it: which row has two is unknown.
    text = TABLE.replace("县财政局、\n各乡镇", "县财政局\n各乡镇")
    assert rows_from_columns(text) is text


def test_a_task_column_that_does_not_end_each_cell_leaves_the_text() -> None:
    text = TABLE.replace("完工。", "完工")
    assert rows_from_columns(text) is text


def test_no_serial_column_no_change() -> None:
    text = "1.修建村道10公里。(县交通局牵头)"
    assert rows_from_columns(text) is text


_WORDS = (
    *("序号", "1", "2", "3", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限", "备注", "— 2 —", "", "\f"),
    *("修建村道。", "改造校舍,年内", "完工。", "县交通局", "县财政局、", "各乡镇", "王明", "有限公司", "2024年6月"),
)


@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_any_lines_keep_their_count(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert len(rows_from_columns(text).split("\n")) == len(text.split("\n"))
