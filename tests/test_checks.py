"""Lint rules: one small synthetic notice per rule, and the real findings in the example."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import fyplan
from fyplan.checks import check, looks_like_respelling
from fyplan.model import Notice

HEAD = "示例市人民政府关于2023年重点工作及责任分解的通知\n\n各县、区人民政府:\n\n{preamble}\n\n一、稳增长\n\n"
ITEM = "{n}.任务{n}。\n\n牵头负责领导:张三。\n\n牵头责任单位:{lead}。\n\n协同责任单位:{coop}。\n\n"


def notice(*items: tuple[int, str, str], preamble: str = "现将重点工作印发给你们。") -> Notice:
    body = "".join(ITEM.format(n=n, lead=lead, coop=coop) for n, lead, coop in items)
    return fyplan.parse(HEAD.format(preamble=preamble) + body)


def codes(n: Notice) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in check(n)]


CLEAN = [(1, "市发改委", "市财政局"), (2, "市商务局", "市税务局"), (3, "市科技局", "市教育局")]


def test_clean_notice_has_no_findings() -> None:
    assert check(notice(*CLEAN)) == []


def test_fy001_declared_counts() -> None:
    findings = check(notice(*CLEAN, preamble="确定了2个方面4项重点工作。"))
    assert [(f.code, f.severity, f.line) for f in findings] == [("FY001", "error", 5), ("FY001", "error", 5)]
    assert findings[0].message == "the preamble declares 2 sections (个方面) but 1 was read"
    assert findings[1].message == "the preamble declares 4 tasks (项) but 3 were read"


def test_reader_and_check_do_not_say_one_thing_twice() -> None:
    text = HEAD.format(preamble="现将重点工作印发给你们。") + "".join(
        ITEM.format(n=n, lead=lead, coop=coop) for n, lead, coop in CLEAN
    )
    text += "4.无人负责的任务。\n\n"
    findings = check(fyplan.parse(text))
    assert [(f.code, f.line) for f in findings] == [("FY003", 33)]


def test_fy002_gap_and_repeat() -> None:
    n = notice((1, "市发改委", "市财政局"), (3, "市商务局", "市税务局"), (3, "市科技局", "市教育局"))
    findings = [f for f in check(n) if f.code == "FY002"]
    assert [f.message for f in findings] == ["task 2 is missing before task 3", "task 3 appears twice"]
    assert [f.line for f in findings] == [17, 25]


def test_fy002_a_goals_dash_sub_rows_are_no_repeat() -> None:
    # A target table one cell per line: goal 1's two sub-rows (——…) with units of their own are items numbered 1 as
    # the goal is; goal 2 comes after them. No number repeats or is missing; a plain 2 printed twice still is.
    rows = [
        "目标分解表",
        "主要目标",
        "牵头单位",
        "配合单位",
        "1.全民健身设施更加完善。",
        "甲局",
        "乙局",
        "——新建球场20块。",
        "丙局",
        "丁局",
        "——新建步道50公里。",
        "戊局",
        "己局",
        "2.体育组织覆盖城乡。",
        "庚局",
        "辛局",
    ]
    n = fyplan.parse("\n\n".join(rows) + "\n")
    assert [i.id for i in n.items()] == ["1", "1", "1", "2"]
    assert [f for f in check(n) if f.code == "FY002"] == []
    twice = notice((1, "市发改委", "市财政局"), (2, "市商务局", "市税务局"), (2, "市科技局", "市教育局"))
    assert [f.message for f in check(twice) if f.code == "FY002"] == ["task 2 appears twice"]


def test_fy002_a_number_printed_many_times_is_one_finding() -> None:
    # (a newcomer's 30 MB file of one line repeated gave 398,000 findings, each saying "twice")
    rows = [
        (1, "市发改委", "市财政局"),
        *[(2, f"市{n}局", "市财政局") for n in "甲乙丙丁"],
        (3, "市科技局", "市教育局"),
    ]
    found = [f.message for f in check(notice(*rows)) if f.code == "FY002"]
    assert found == ["task 2 appears 4 times"]


def test_fy003_item_without_duties() -> None:
    text = (
        HEAD.format(preamble="现将重点工作印发给你们。")
        + "1.无人负责的任务。\n\n"
        + ITEM.format(n=2, lead="市商务局", coop="市税务局")
    )
    findings = [f for f in check(fyplan.parse(text)) if f.code == "FY003"]
    assert [(f.line, f.severity) for f in findings] == [(9, "error")]
    assert "item 1 names no leaders and no units" in findings[0].message


def test_fy003_table_row_with_only_its_deadline() -> None:
    # Row 1's duty cells were lost (its leader and units ran into the task cell): its 完成时限 cell alone names no one.
    text = (
        "2023年重点工作分解表\n\n序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n"
        "1 | 接待游客8000万人次。 |  |  | 12月底\n"
        "2 | 新增规上工业企业60家。 | 市经信局 | 市统计局 | 12月底\n"
        "3 | 完成造林1万亩。 | 市林业局 | 各县区政府 | 全年\n"
    )
    findings = [f for f in check(fyplan.parse(text)) if f.code == "FY003"]
    assert [(f.line, f.severity) for f in findings] == [(4, "error")]
    assert "item 1 names no leaders and no units" in findings[0].message


def test_fy004_same_unit_twice() -> None:
    n = notice((1, "市发改委", "市财政局、市税务局、市财政局"), *CLEAN[1:])
    assert codes(n) == [("FY004", 9)]


def test_fy005_lead_and_cooperating() -> None:
    n = notice((1, "市发改委", "市财政局、市发改委"), *CLEAN[1:])
    assert codes(n) == [("FY005", 9)]


def test_fy006_two_spellings() -> None:
    n = notice(
        (1, "市发改委", "人行示例中心支行"), (2, "市商务局", "人民银行示例中心支行"), (3, "市科技局", "市教育局")
    )
    (finding,) = check(n)
    assert finding.code == "FY006"
    assert "人行示例中心支行" in finding.message and "人民银行示例中心支行" in finding.message
    assert sorted(finding.places) == [("1", 9), ("2", 17)]


def test_respelling_heuristic() -> None:
    assert looks_like_respelling("市数据资源局", "市数据资源管理局")
    assert looks_like_respelling("市发改委", "市发展改革委")
    assert not looks_like_respelling("市财政局", "市税务局")
    assert not looks_like_respelling("市委", "市委办")
    # One character more in a short name is another body (the party office / the rural work office; a bureau / its
    # branch), where a longer name's one more character is a respelling (人行阜阳中心支行 / 人行阜阳市中心支行).
    assert not looks_like_respelling("县委办", "县委农办")
    assert not looks_like_respelling("市公安局", "市公安分局")
    assert looks_like_respelling("人民银行阜阳中心支行", "人民银行阜阳市中心支行")


def test_real_findings_in_the_example(example: Notice) -> None:
    findings = check(example)
    assert not [f for f in findings if f.severity == "error"]
    by_code = {(f.code, f.line): f.message for f in findings}
    # 33.2 names 市城乡建设局 twice (line 1177 of the file, item line 1171).
    assert by_code[("FY004", 1171)] == "item 33.2 names 市城乡建设局 2 times in its cooperating units"
    # 19.7: 市教育局 leads (line 531) and cooperates (line 533).
    assert by_code[("FY005", 527)] == "item 19.7 names 市教育局 as lead and as cooperating unit"
    spellings = " ".join(m for (code, _), m in by_code.items() if code == "FY006")
    for name in ("人行阜阳中心支行", "人民银行阜阳中心支行", "人民银行阜阳市中心支行"):
        assert name in spellings
    for name in ("市人力资源社会保障局", "市人力资源和社会保障局", "市数据资源局", "市数据资源管理局"):
        assert name in spellings


@given(st.lists(st.text("市县区局委办厅数据资源管理发展改革财政", min_size=1, max_size=9), max_size=40, unique=True))
def test_respelling_pairs_are_the_pairs_of_all_pairs(names: list[str]) -> None:
    # Bucketing by first and last character and by length only skips pairs that cannot match.
    from fyplan.canonical import canonical
    from fyplan.checks import looks_like_respelling, respelling_pairs

    every = [
        (a, b)
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if canonical(a) != canonical(b) and looks_like_respelling(a, b)
    ]
    assert respelling_pairs(names) == every


def test_fy002_numbering_starts_again_under_a_group_title() -> None:
    # 1. 2. under 县住建局, then 1. 2. 3. under 县交通运输局: each group counts its own (no task repeated); a real
    # repeat within a group is still said.
    text = (
        "某县2026年城建重点工作清单\n县住建局\n1.改造城中村两个。\n2.新建保障性住房三百套。\n"
        "县交通运输局\n1.新改建农村公路八十公里。\n2.开通城乡公交线路三条。\n2.建成客运枢纽站一座。\n"
    )
    found = [(f.line, f.message) for f in check(fyplan.parse(text)) if f.code == "FY002"]
    assert found == [(8, "task 2 appears twice")]


def test_fy008_helpers_with_no_lead_where_the_others_name_one() -> None:
    # Item 2's lead cell was left empty (a merged cell of a sheet): its cooperating unit helps no one named.
    text = HEAD.format(preamble="现将重点工作印发给你们。") + ITEM.format(n=1, lead="市发改委", coop="市财政局")
    text += "2.任务2。\n\n牵头负责领导:张三。\n\n协同责任单位:市税务局。\n\n" + ITEM.format(
        n=3, lead="市商务局", coop="市统计局"
    )
    findings = [f for f in check(fyplan.parse(text)) if f.code == "FY008"]
    assert [(f.severity, "item 2" in f.message) for f in findings] == [("warning", True)]


def test_fy008_not_where_most_items_name_helpers_only() -> None:
    # A notice written so throughout (甲、乙按职责分工负责 read as cooperating): no finding for each item.
    body = "".join(f"{n}.任务{n}。\n\n协同责任单位:市财政局、市税务局。\n\n" for n in (1, 2, 3))
    assert not [
        f for f in check(fyplan.parse(HEAD.format(preamble="现将重点工作印发给你们。") + body)) if f.code == "FY008"
    ]


def test_parent_rows_leave_no_gap_in_the_numbering() -> None:
    # A table whose parent rows (1, 3) are titles over their sub-rows, with a row of its own (2) between: the items
    # are 1.1, 1.2, 2, 3.1 as printed — no task is missing (FY002 said "task 1 is missing before task 2").
    n = fyplan.load(Path(__file__).parent / "cases" / "pipe-parent-rows-units-kept.txt")
    assert [item.id for item in n.items()] == ["1.1", "1.2", "2", "3.1"]
    assert [f.message for f in check(n) if f.code == "FY002"] == []


def test_a_posts_credits_are_no_unknown_labels() -> None:
    # 来源: / 编辑: / 审核: after a post's last item are its credits: nothing to report about the item.
    n = fyplan.load(Path(__file__).parent / "cases" / "post-role-word-lines.txt")
    assert [d.message for d in n.diagnostics] == []


def test_fy002_a_part_read_as_its_one_item_is_no_gap() -> None:
    # (三)…(X牵头) beside (二) over tasks 1. 2.: the part is one item, numbered as the part is (1-3-3) — no task 1-2 is
    # missing before it; a gap inside a part that holds tasks is still one.
    text = (
        "某县工作方案\n一、重点任务\n(一)推进城区供水管网改造。(县水务局牵头,县财政局配合)\n(二)推进老旧小区改造:\n"
        "1.完成改造12个小区。(县住建局负责)\n3.加装电梯30部。(县住建局负责)\n(三)推进背街小巷整治。(县城管局牵头)\n"
    )
    found = [f.message for f in check(fyplan.parse(text)) if f.code == "FY002"]
    assert found == ["in section 1, part 2: task 2 is missing before task 3"]
