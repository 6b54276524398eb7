"""A table copied out of a PDF viewer, its rows' cells in pieces over the row's lines (fyplan/read/interleaved.py):
read where its rows go on over lines, left alone elsewhere."""

from __future__ import annotations

from fyplan.read.interleaved import interleaved_rows

HEADER = "序号 重点工作任务 责任领导 牵头单位 配合单位 完成时限"


def test_a_row_over_three_lines_with_its_number_on_the_middle_one() -> None:
    text = "\n".join(
        [
            HEADER,
            "1 建成城市书房5个。 李明 市文旅局 市财政局 2023年6月底",
            "改造提升农贸市场8个，新 市市场监管 2023年10",
            "2 建智慧菜场2个，群众满意 王红 市商务局 局、各区人民 月底",
            "度达到90%以上。 政府",
        ]
    )
    out = interleaved_rows(text).split("\n")
    assert out[0] == "序号 | 重点工作任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限"
    assert out[1] == "1 | 建成城市书房5个。 | 李明 | 市文旅局 | 市财政局 | 2023年6月底"
    assert out[2] == (
        "2 | 改造提升农贸市场8个，新建智慧菜场2个，群众满意度达到90%以上。 | 王红 | 市商务局 | 市市场监管局、各区人民政府"
        " | 2023年10月底"
    )
    assert out[3:] == ["", ""]  # (the row's other lines left empty: every line keeps its number)


def test_rows_of_one_line_each_are_left_to_the_layout() -> None:
    text = "\n".join(
        [
            HEADER,
            "1 建成城市书房5个。 李明 市文旅局 市财政局 2023年6月底",
            "2 新增停车位800个。 王红 市住建局 市城管局 2023年9月底",
        ]
    )
    assert interleaved_rows(text) == text


def test_columns_two_spaces_apart_are_no_viewers_copy() -> None:
    text = "\n".join(
        [
            "序号  重点工作任务  责任领导  牵头单位  配合单位",
            "1  建成城市书房5个，  李明  市文旅局  市财政局",
            "并对外开放。",
            "2  新增停车位800个。  王红  市住建局  市城管局",
        ]
    )
    assert interleaved_rows(text) == text


def test_numbers_that_do_not_count_leave_the_text_as_it_is() -> None:
    # (a number glued to its row's text: the rows read from the pieces would take the next row's number)
    text = "\n".join(
        [
            HEADER,
            "1建成城市书房5个， 李明 市文旅局 市财政局 2023年6",
            "并对外开放。 月底",
            "2 新增停车位800个， 王红 市住建局 市城管局 2023年9",
            "缓解停车难。 月底",
        ]
    )
    assert interleaved_rows(text) == text


def test_the_issuer_under_rows_of_one_line_is_no_cell_of_the_last() -> None:
    # (a body's name after the last row's task has ended goes on no cell the row had not begun: the table ends)
    text = "\n".join(
        [
            HEADER,
            "1 建成城市书房5个。 李明 市文旅局 市财政局 2023年6月底",
            "2 新增停车位800个。 王红 市住建局",
            "县人民政府办公室",
        ]
    )
    assert interleaved_rows(text) == text
