"""Every label word of the family reads as its role in every layout that carries labels, and a leader written any
way lists write one reads as the person.

Each word below was chosen by hand as a label real notices use for one role (leaders, lead units, cooperating units,
the deadline); the test puts it in place of the usual label of that role in five layouts — own-line fields, a bracket
after the item, square tags on the item's line, a tab table's header, a web table one cell per line — and expects the
same reading as with the usual labels: leader 张三, lead 县发改局, cooperating 县财政局 and 县统计局, due 2024年12月底前.
"""

from __future__ import annotations

import pytest

import fyplan


def _words(line: str) -> list[str]:
    return line.split()


LEADERS = _words(
    "责任领导 牵头领导 分管领导 包保领导 挂钩领导 督导领导 包抓领导 联系领导 挂点领导 领衔领导 主要领导 分管县领导 责任县领导 "
    "牵头县领导 县级领导 市级领导 联系市领导 牵头市领导 责任市领导 分管校领导 牵头校领导 责任人 第一责任人 主要责任人 "
    "牵头负责领导 挂帅领导 包联领导 分管区领导 包片领导 分管负责人 负责领导 分管副县长 分管副厅长 主管副局长 挂包领导 帮扶领导 联系县领导 包保县领导 "
    "责任校领导"
)
LEADS = _words(
    "牵头单位 主办单位 主责单位 责任主体 牵头部门 主抓单位 承办单位 牵头科室 牵头处室 主责部门 牵头责任单位 主体责任单位 "
    "牵头股室 主办部门 牵头落实单位 第一责任单位 责任牵头单位 牵头责任部门 主要责任单位 主管部门 主管单位 牵头实施单位 主责科室"
)
COOPERATING = _words(
    "配合单位 协办单位 协同单位 参与单位 配合部门 协作单位 配合科室 协助单位 协同部门 联办单位 会办单位 配合处室 协同责任单位 "
    "配合责任单位 参与部门 参加单位 协办部门 配合股室 协助部门 次要责任单位 其他责任单位 相关单位 相关部门 责任单位 合作单位 "
    "支持单位 配合实施单位"
)
DEADLINES = _words(
    "完成时限 完成时间 时间节点 完成节点 截止时间 办结时限 时限要求 完成期限 时间要求 完成日期 计划完成时间 办结时间 完成年限 "
    "推进时限 截止日期 时间安排 完成时点"
)

TASK_1 = "推进产业园区建设，新增入园企业10家。"
TASK_2 = "完成农村公路改造50公里。"
TITLE = "关于2024年重点工作任务分解的通知\n\n"
LAYOUTS = {
    "lines": TITLE
    + "一、经济发展\n1."
    + TASK_1
    + "\n{L}：张三\n{U}：县发改局\n{C}：县财政局、县统计局\n{D}：2024年12月底前\n"
    "2." + TASK_2 + "\n{L}：李四\n{U}：县交通局\n{C}：县自然资源局\n{D}：2024年10月底前\n",
    "bracket": TITLE
    + "一、经济发展\n1."
    + TASK_1
    + "（{L}：张三；{U}：县发改局；{C}：县财政局、县统计局；{D}：2024年12月底前）\n"
    "2." + TASK_2 + "（{L}：李四；{U}：县交通局；{C}：县自然资源局；{D}：2024年10月底前）\n",
    "square": TITLE
    + "一、经济发展\n1."
    + TASK_1
    + "【{L}】张三【{U}】县发改局【{C}】县财政局、县统计局【{D}】2024年12月底前\n"
    "2." + TASK_2 + "【{L}】李四【{U}】县交通局【{C}】县自然资源局【{D}】2024年10月底前\n",
    "tabs": TITLE
    + "序号\t重点工作\t{L}\t{U}\t{C}\t{D}\n1\t"
    + TASK_1
    + "\t张三\t县发改局\t县财政局、县统计局\t2024年12月底前\n"
    "2\t" + TASK_2 + "\t李四\t县交通局\t县自然资源局\t2024年10月底前\n",
    "cells": TITLE
    + "序号\n重点工作\n{L}\n{U}\n{C}\n{D}\n1\n"
    + TASK_1
    + "\n张三\n县发改局\n县财政局、县统计局\n2024年12月底前\n"
    "2\n" + TASK_2 + "\n李四\n县交通局\n县自然资源局\n2024年10月底前\n",
}
USUAL = {"L": "责任领导", "U": "牵头单位", "C": "配合单位", "D": "完成时限"}
CASES = [
    (layout, role, word)
    for layout in LAYOUTS
    for role, words in (("L", LEADERS), ("U", LEADS), ("C", COOPERATING), ("D", DEADLINES))
    for word in words
]


@pytest.mark.parametrize(("layout", "role", "word"), CASES)
def test_label_word_reads_as_its_role(layout: str, role: str, word: str) -> None:
    text = LAYOUTS[layout].format(**{**USUAL, role: word})
    first, second = fyplan.parse(text).items()
    assert [leader.name for leader in first.leaders] == ["张三"]
    assert [unit.name for unit in first.lead_units] == ["县发改局"]
    assert [unit.name for unit in first.cooperating_units] == ["县财政局", "县统计局"]
    assert first.deadline is not None and str(first.deadline) == "2024年12月底前"
    assert [leader.name for leader in second.leaders] == ["李四"]
    assert [unit.name for unit in second.lead_units] == ["县交通局"]


# A leader's name as lists write it, and the name the reader gives (posts before or after it, in brackets or not,
# spaced, with 同志; a double surname; a long Uyghur name).
LEADER_FORMS = {
    "王建平": "王建平",
    "王 平": "王平",
    "副县长王建平": "王建平",
    "王建平副县长": "王建平",
    "王建平（副县长）": "王建平",
    "副县长 王建平": "王建平",
    "县委常委、副县长王建平": "王建平",
    "王建平同志": "王建平",
    "副县长王建平同志": "王建平",
    "王建平(副县长)": "王建平",
    "常务副县长王 平": "王平",
    "欧阳明": "欧阳明",
    "欧阳明（县委副书记）": "欧阳明",
    "阿不都热合曼（副县长）": "阿不都热合曼",
}


@pytest.mark.parametrize(("layout", "written"), [(layout, written) for layout in LAYOUTS for written in LEADER_FORMS])
def test_leader_written_any_way(layout: str, written: str) -> None:
    text = LAYOUTS[layout].format(**USUAL).replace("张三", written, 1)
    first, _ = fyplan.parse(text).items()
    assert [leader.name for leader in first.leaders] == [LEADER_FORMS[written]]
    assert [unit.name for unit in first.lead_units] == ["县发改局"]
