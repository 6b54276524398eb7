"""Space-parted table rows told apart by what their cells say (fyplan/read/layout.py: the header words a
normalised copy glued after a measure's bracket, and a row's cells read by content where they outnumber or
fall short of the columns)."""

from __future__ import annotations

from fyplan.read import layout


def test_names_glued_after_a_measure_bracket_are_columns() -> None:
    header = layout._header("序号 项目名称 总投资(万元)年度计划(万元)责任领导 牵头单位 配合单位")
    assert header is not None
    assert header.names == ("序号", "项目名称", "总投资(万元)", "年度计划(万元)", "责任领导", "牵头单位", "配合单位")


def test_a_bracket_that_is_no_measure_stays_inside_its_name() -> None:
    header = layout._header("序号 工作任务 牵头单位 开工(竣工)时间")
    assert header is not None
    assert header.names[-1] == "开工(竣工)时间"


KINDS = ("number", "text", "leaders", "lead", "cooperating", "deadline")


def test_more_names_than_columns_go_to_the_helpers() -> None:
    cells = ["2", "改造农村公路60公里。", "杜明", "县交通局", "县财政局", "各乡镇", "2023年10月"]
    assert layout.typed_cells(cells, KINDS) == {
        0: "2",
        1: "改造农村公路60公里。",
        2: "杜明",
        3: "县交通局",
        4: "县财政局、各乡镇",
        5: "2023年10月",
    }


def test_an_empty_leader_cell_leaves_its_column_empty() -> None:
    cells = ["4", "开展河湖清四乱专项行动。", "县水利局", "县生态环境分局", "2023年9月"]
    assert layout.typed_cells(cells, KINDS) == {
        0: "4",
        1: "开展河湖清四乱专项行动。",
        3: "县水利局",
        4: "县生态环境分局",
        5: "2023年9月",
    }


def test_a_row_that_names_no_one_at_its_end_is_not_read_so() -> None:
    assert (
        layout.typed_cells(["4", "开展校园安全整治", "市教育局", "跨年度"], ("number", "text", "lead", "cooperating"))
        is None
    )
    assert layout.typed_cells(["", "本行仅为说明", "甲", "乙"], ("number", "text", "lead", "cooperating")) is None
