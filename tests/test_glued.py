"""Run-together tables (fyplan.read.glued): header names cut by their end words, rows by their cells."""

from __future__ import annotations

import pytest

from fyplan.read import glued


@pytest.mark.parametrize(
    ("line", "names", "leading"),
    [
        ("类别序号重点督办内容牵头单位全年完成情况", ["类别", "序号", "重点督办内容", "牵头单位", "全年完成情况"], 1),
        (
            "序号项目名称主要内容区政府分管领导牵头单位配合单位",
            ["序号", "项目名称", "主要内容", "区政府分管领导", "牵头单位", "配合单位"],
            0,
        ),
        ("序号工作任务责任单位完成时限", ["序号", "工作任务", "责任单位", "完成时限"], 0),
        # A name the duty lexicon knows whole is preferred: 主要目标任务 | 牵头单位, not 主要目标 | 任务牵头单位.
        ("序号主要目标任务牵头单位配合单位", ["序号", "主要目标任务", "牵头单位", "配合单位"], 0),
        # A title before the header is no column.
        ("某区重点工作分解表序号工作任务责任单位", ["序号", "工作任务", "责任单位"], 0),
    ],
)
def test_header(line: str, names: list[str], leading: int) -> None:
    found = glued.header(line)
    assert found is not None
    assert list(found[0]) == names
    assert found[2] == leading


@pytest.mark.parametrize(
    "line",
    [
        "序号 工作任务 责任单位",  # spaces: the space-separated reader's
        "序号工作任务",  # no duty column
        "全区生产总值增长5%以上,序号为1的任务由区发展改革委牵头",  # a sentence
    ],
)
def test_no_header(line: str) -> None:
    assert glued.header(line) is None


def test_row_cells() -> None:
    found = glued.header("类别序号工作任务牵头单位完成情况")
    assert found is not None
    _, kinds, leading = found
    cells = glued.row("主要目标2新增城镇就业6000人。区人力社保局全年新增6315人。", kinds, leading, 2)
    assert cells == {0: "主要目标", 1: "2", 2: "新增城镇就业6000人。", 3: "区人力社保局", 4: "全年新增6315人。"}
    # Not the number the numbering expects, or no body's name after the task: no row.
    assert glued.row("主要目标2新增城镇就业6000人。区人力社保局全年新增6315人。", kinds, leading, 3) is None
    assert glued.row("主要目标2新增城镇就业6000人全年新增6315人。", kinds, leading, 2) is None


def test_run_on_rows_with_leaders_and_sub_rows() -> None:
    """Rows run together after a header inside one line: a row's bodies end where the next number or
    a task's text starts; 建设局 is a body though 建设 starts tasks."""
    line = "分解表序号项目名称主要内容分管领导牵头单位配合单位1新建学校两所。张三教育局建设局2推进道路改造。李四交通局各街道"
    found = glued.header_in(line)
    assert found is not None
    start, end, _names, kinds = found
    assert line[:start] == "分解表"
    rows = glued.run(line[end:], kinds)
    assert [(n, c[3], c[4], c.get(5)) for n, c in rows] == [
        ("1", "张三", "教育局", "建设局"),
        ("2", "李四", "交通局", "各街道"),
    ]


def test_chunk_marks() -> None:
    assert glued.without_chunk_marks(["1、甲乙", "2、丙丁"]) == ["甲乙", "丙丁"]
    assert glued.without_chunk_marks(["1、甲乙", "3、丙丁"]) is None  # not in order
    assert glued.without_chunk_marks(["甲乙", "2、丙丁"]) is None
