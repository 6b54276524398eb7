"""Bad input: each case gives the diagnostic a person would expect, and loses nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import fyplan
from fyplan import NoticeError
from fyplan.model import Notice

BASE = """示例市人民政府关于2023年重点工作及责任分解的通知

各县、区人民政府,市政府各部门:

现将2023年重点工作及责任分解印发给你们。

一、稳增长

1.地区生产总值增长6%。

牵头负责领导:张三。

牵头责任单位:市发展改革委。

协同责任单位:市财政局、市统计局。

2.一般公共预算收入增长5%。

牵头负责领导:李四。

牵头责任单位:市财政局。

协同责任单位:市税务局等。

3.进出口总额增长8%。

牵头负责领导:李四。

牵头责任单位:市商务局。

协同责任单位:合肥海关驻示例办事处。

示例市人民政府

2023年3月1日
"""


def messages(n: Notice) -> list[tuple[str, int, str]]:
    return [(d.severity, d.line, d.message) for d in n.diagnostics]


def test_base_is_clean() -> None:
    n = fyplan.parse(BASE)
    assert n.diagnostics == ()
    assert [i.id for i in n.items()] == ["1", "2", "3"]


def test_empty() -> None:
    n = fyplan.parse("")
    assert messages(n) == [("error", 1, "the document is empty")]
    with pytest.raises(NoticeError, match="the document is empty"):
        fyplan.parse("  \n\n", strict=True)


def test_unrelated_text() -> None:
    n = fyplan.parse("The quick brown fox.\nJumps over the lazy dog.\n")
    assert n.items() == ()
    assert n.errors and "does not read as a responsibility notice" in n.errors[0].message


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(NoticeError, match="not a text document") as info:
        fyplan.load(path)
    assert info.value.diagnostics[0].line == 1


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NoticeError, match="cannot read"):
        fyplan.load(tmp_path / "nope.txt")


def test_truncated_mid_item() -> None:
    cut = BASE[: BASE.index("牵头责任单位:市商务局")]
    n = fyplan.parse(cut)
    assert ("error", 27, "item 3 ends without 牵头责任单位") in messages(n)
    # What was read is kept.
    assert [leader.name for leader in n["3"].leaders] == ["李四"]


def test_duty_line_with_no_item() -> None:
    text = BASE.replace("一、稳增长\n", "一、稳增长\n\n牵头责任单位:市财政局。\n")
    n = fyplan.parse(text)
    errors = [d for d in n.errors if "not under any numbered item" in d.message]
    assert len(errors) == 1
    assert errors[0].line == 9
    assert "牵头责任单位 line is not under any numbered item" in errors[0].message
    assert "市财政局" in errors[0].message  # the line's content is in the message, not lost


def test_missing_field() -> None:
    text = BASE.replace("牵头责任单位:市财政局。\n\n", "")
    n = fyplan.parse(text)
    assert (
        "error",
        21,
        "牵头责任单位 expected after 牵头负责领导, found 协同责任单位 (item 2)",
    ) in messages(n)
    assert [u.name for u in n["2"].cooperating_units] == ["市税务局"]


# A table pasted with tabs: row 2's leader cell and row 3's lead cell are empty.
TABLE = (
    "2024年镇重点工作责任分解表\n"
    "序号\t重点工作\t责任领导\t牵头单位\t配合单位\n"
    "1\t建成镇文化广场\t周平\t镇文化站\t镇财政所\n"
    "2\t新建村级卫生室3个\t\t镇卫生院\t各村\n"
    "3\t完成河道清淤5公里\t周平\t\t镇水利站\n"
    "4\t新增公益岗位20个\t马丽\t镇社保所\t各村\n"
)


def test_empty_table_cells_are_no_format_errors() -> None:
    # An empty cell of a table is how the table says "none": no error of the notice's format. An empty leader
    # cell says nothing; an empty lead cell, where the other rows have one, is worth a warning on its row.
    n = fyplan.parse(TABLE)
    assert [d for d in n.diagnostics if d.severity == "error"] == []
    (warning,) = n.diagnostics
    assert warning.line == 5
    assert "item 3" in warning.message and "empty" in warning.message
    assert [leader.name for leader in n["2"].leaders] == []
    assert [u.name for u in n["3"].lead_units] == []
    assert [u.name for u in n["3"].cooperating_units] == ["镇水利站"]


def test_leader_from_closing_line_is_not_missing() -> None:
    # Task 2's points name their units; one 责任领导: line closes the last point and leads both (context.group_leaders):
    # neither point lacks its leader, though only the last has the line.
    text = (
        "示例市2024年重点工作任务分解\n"
        "1.建成市民中心。\n责任领导:周平\n牵头单位:市住建局\n"
        "2.推进数字政府建设。\n"
        "(1)建成政务云平台。\n牵头单位:市数据局\n"
        "(2)推行一网通办。\n牵头单位:市政务服务中心\n责任领导:马丽\n"
        "3.新建公园两处。\n责任领导:周平\n牵头单位:市城管局\n"
    )
    n = fyplan.parse(text)
    assert [leader.name for leader in n["2.1"].leaders] == ["马丽"]
    assert [d for d in n.diagnostics if d.severity == "error"] == []


def test_doubled_separator() -> None:
    text = BASE.replace("市财政局、市统计局", "市财政局、、市统计局")
    n = fyplan.parse(text)
    (warning,) = n.diagnostics
    assert warning.severity == "warning"
    assert warning.line == 15
    assert "doubled separator “、、”" in warning.message
    assert warning.column == len("协同责任单位:市财政局") + 1
    assert [u.name for u in n["1"].cooperating_units] == ["市财政局", "市统计局"]


def test_unknown_label() -> None:
    text = BASE.replace("协同责任单位:市税务局等。\n", "协同责任单位:市税务局等。\n\n联系人员:王五。\n")
    n = fyplan.parse(text)
    unknown = [d for d in n.diagnostics if "unknown label" in d.message]
    assert len(unknown) == 1
    assert unknown[0].line == 25
    assert "联系人员" in unknown[0].message and "王五" in unknown[0].message


def test_declared_counts_disagree() -> None:
    text = BASE.replace("现将2023年重点工作", "市政府确定了2个方面5项重点工作。现将2023年重点工作")
    n = fyplan.parse(text)
    warnings = [(d.line, d.message) for d in n.diagnostics if d.severity == "warning"]
    # Both point at the preamble line that makes the claim (line 5).
    assert (5, "the preamble declares 2 sections (个方面) but 1 was read") in warnings
    assert (5, "the preamble declares 5 tasks (项) but 3 were read") in warnings


def test_strict_lists_every_problem() -> None:
    text = BASE.replace("市财政局、市统计局", "市财政局、、市统计局").replace("牵头责任单位:市财政局。\n\n", "")
    with pytest.raises(NoticeError) as info:
        fyplan.parse(text, source="bad.txt", strict=True)
    err = info.value
    assert len(err.diagnostics) == 2
    assert str(err).splitlines()[0] == "bad.txt: 2 problems found"
    assert "bad.txt:15:" in str(err) and "bad.txt:21:" in str(err)


def test_no_line_is_dropped() -> None:
    """Every non-blank line lands in the model, the chrome/metadata or a diagnostic."""
    text = BASE.replace("一、稳增长\n", "一、稳增长\n\n(1)孤立的子任务\n")
    n = fyplan.parse(text)
    from fyplan.write.export import to_json

    dump = to_json(n)
    for line in text.splitlines():
        line = re.sub(r"^(\d+\.|[一二三]、)", "", line.strip())
        if line == "2023年3月1日":
            assert n.date is not None and n.date.isoformat() in dump
        elif line:
            assert line.split(":", 1)[-1].rstrip("。等").split("、")[0] in dump, line


def test_numbering_that_restarts_per_section_gets_section_qualified_ids() -> None:
    text = BASE.replace("3.进出口总额增长8%。", "二、扩开放\n\n1.进出口总额增长8%。\n\n(1)稳住外贸基本盘。")
    n = fyplan.parse(text)
    assert [i.id for i in n.items()] == ["1-1", "1-2", "2-1.1"]
    assert n["2-1.1"].text == "稳住外贸基本盘。"
    assert [u.name for u in n["2-1.1"].lead_units] == ["市商务局"]  # the duty lines after (1) are its own


def test_lone_surrogates_in_a_string_become_replacement_characters() -> None:
    # Found by benchmarks/fuzz.py: OpenCC (traditional → simplified) cannot encode them.
    n = fyplan.parse("一、目标\n1.建设\ud8ad公园。\n牵头单位:市发\udc00改委\n")
    assert [(i.id, i.text, [u.name for u in i.lead_units]) for i in n.items()] == [
        ("1", "建设\ufffd公园。", ["市发\ufffd改委"])
    ]


def test_numbered_lines_naming_no_duties_are_no_notice() -> None:
    # A news article with a numbered list: items, but nobody answers for them.
    text = "青山市举行春季招聘会\n本报讯 昨日,招聘会在市体育馆举行。\n1.现场设置了政策咨询区。\n2.部分企业开展了直播带岗。\n"
    notice = fyplan.parse(text)
    assert not notice.names_duties()
    assert any("does not read as a responsibility notice" in d.message for d in notice.errors)


def test_a_runaway_table_row_is_bounded() -> None:
    # 序号 table whose last row never ends: 3,000 lines of one unit (found by a review: quadratic).
    text = "序号\n重点工作\n责任单位\n1\n新建公园。\n" + "市财政局\n" * 3000
    notice = fyplan.parse(text)  # not aligned cell by cell (that took 6.4 s): said to be no row
    assert any("do not fit its columns" in d.message for d in notice.diagnostics)
