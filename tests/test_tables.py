"""Tables flattened one cell per line: three fixtures written for these tests, expectations by hand."""

from __future__ import annotations

from pathlib import Path

import fyplan
from fyplan.model import Notice

TABLES = Path(__file__).parent / "fixtures" / "tables"


def load(name: str) -> Notice:
    return fyplan.load(TABLES / name)


def rows(n: Notice) -> list[tuple[str, list[str], list[str], list[str]]]:
    return [
        (i.id, [x.name for x in i.leaders], [u.name for u in i.lead_units], [u.name for u in i.cooperating_units])
        for i in n.items()
    ]


def test_columns_with_group_rows_naming_the_leader() -> None:
    n = load("columns.txt")
    assert n.diagnostics == ()
    assert rows(n) == [
        ("1", ["周明远"], ["市发展改革委"], ["市政府各部门", "各直属机构"]),
        ("2", ["周明远"], ["市数据资源局"], ["市市场监管局", "市税务局"]),
        ("3", ["李晓燕"], ["市经济和信息化局"], ["甲县人民政府", "乙区人民政府"]),
    ]
    assert n["1"].text == "地区生产总值增长6.5%。"
    assert n["1"].line == 25
    assert n["2"].node.notes == (("任务来源", "市政府工作报告"),)
    assert [s.title for s in n.sections] == ["周明远市长负责事项(共2项)", "李晓燕副市长负责事项(共1项)"]
    assert [(t.value, t.unit, t.bound) for t in n["2"].targets] == [(1.0, "个工作日", "at_most")]
    assert n.date is not None and n.date.isoformat() == "2023-02-10"


def test_split_header_empty_cell_and_multi_line_units() -> None:
    n = load("split-header.txt")
    assert rows(n) == [
        # (the 责任人 column names the persons answering: leaders, after the 分管领导 cell's — 2026-12-07 convention)
        ("1", ["赵一鸣"], ["区经信局"], ["区统计局", "区税务局", "各街道"]),
        ("2", ["孙立", "钱小川"], ["区人社局"], ["区财政局"]),
    ]
    assert n["1"].node.notes == (("季度目标", "新增5家"), ("完成状况", "序时推进"))
    assert n["2"].node.notes == (("季度目标", "新增800人"), ("完成状况", "已完成"))
    assert n["1"].text == "新增规上工业企业20家以上"


def test_one_responsibility_column_names_the_lead_unit() -> None:
    n = load("one-column.txt")
    assert rows(n) == [("1", [], ["区发展改革委"], []), ("2", [], ["区财政局"], [])]
    assert [(t.value, t.bound) for t in n["1"].targets] == [(6.0, "about")]


def test_an_unknown_header_that_names_a_thing_is_the_task_column() -> None:
    from fyplan.read.tables import header_kinds

    assert header_kinds(["序号", "类别", "项目名称", "牵头单位", "配合单位"]) == [
        "number",
        "note",
        "text",
        "lead",
        "cooperating",
    ]
    assert header_kinds(["序号", "民生实事", "责任单位", "完成时限"]) == ["number", "text", "responsible", "deadline"]


def test_a_circled_number_alone_in_a_cell_is_no_wrapped_name() -> None:
    """① alone on a cell line (read as (1)) under a table row is a sub-row's number, not the end of a
    name wrapped in its cell; a row whose only numbered cell was so is read without sub-rows (found by
    fuzzing: it crashed the reader)."""
    import fyplan

    text = "序号\n考核指标\n年度目标\n责任部门\n1\n新建农村公路\n公里\n①\n1\n县交通运输局\n2\n新增家庭农场\n3\n县农业农村局\n"
    notice = fyplan.parse(text)
    assert [item.id for item in notice.items()][-1] == "2"
    assert notice.items()[-1].lead_units[0].name == "县农业农村局"


def test_merged_cells_beside_the_leader_are_said_in_one_warning() -> None:
    """Rows that print no leader take the row above's — and its lead unit or its 完成时限 where they print none of
    those either: one warning per row names every cell it shares, with its label (the fixture in tests/cases)."""
    n = fyplan.load(Path(__file__).parent / "cases" / "cell-table-merged-deadline-and-lead.txt")
    said = [(d.line, d.message) for d in n.diagnostics if "merged cell" in d.message]
    assert [line for line, _ in said] == [19, 23, 33]
    assert "row 2 has no leader and lead unit cell" in said[0][1]
    assert said[0][1].endswith("(牵头负责领导:孙建平;牵头责任单位:县市场监管局)")
    assert "row 3 has no leader and deadline cell" in said[1][1]
    assert said[1][1].endswith("(牵头负责领导:孙建平;完成时限:2022年6月底前)")
