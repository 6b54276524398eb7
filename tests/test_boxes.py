"""Box-drawn tables: any text keeps its line count, and nothing raises on broken drawings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fyplan.read.boxes import flatten_boxes

_PIECES = [
    "│",
    "├",
    "┤",
    "┼",
    "─",
    "┌",
    "┐",
    "└",
    "┘",
    "━",
    "┃",
    " ",
    "市财政局",
    "牵头单位",
    "工作任务",
    "△建设",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=80))
def test_any_drawing_keeps_its_lines(pieces: list[str]) -> None:
    text = "".join(pieces)
    out = flatten_boxes(text)
    assert out.count("\n") == text.count("\n")


def test_a_table_without_a_duty_column_is_left_alone() -> None:
    text = "┌──┬──┐\n│指标│数值│\n├──┼──┤\n│增速│8%│\n└──┴──┘"
    assert flatten_boxes(text) == text


def test_a_broken_table_is_left_alone() -> None:
    # The second row has one cell too many: the columns cannot be told apart.
    text = "┌──┬──┐\n│工作任务│牵头单位│\n├──┼──┤\n│建设│市财政局│多余│\n└──┴──┘"
    assert flatten_boxes(text) == text


def test_an_empty_cell_takes_nothing_from_the_row_above() -> None:
    text = "\n".join(
        [
            "┌────┬────┬────┐",
            "│工作任务│牵头单位│配合单位│",
            "├────┼────┼────┤",
            "│建设公园│市园林局│市财政局│",
            "├────┼────┼────┤",
            "│新建学校│市教育局│    │",
            "└────┴────┴────┘",
        ]
    )
    rows = [line for line in flatten_boxes(text).split("\n") if line.startswith(("1 |", "2 |"))]
    assert rows == ["1 | 建设公园 | 市园林局 | 市财政局", "2 | 新建学校 | 市教育局 | "]
