"""Inputs written by a reviewer of this round's reader mechanisms (tests/review/), each a layout near one
mechanism where it first misfired. The expectations are read off each input: item ids, leaders, lead
and cooperating units, and that nothing names who answers outside an item."""

from __future__ import annotations

from pathlib import Path

import pytest

import fyplan

REVIEW = Path(__file__).parent / "review"

# file -> [(id, text start, leaders, lead units, cooperating units)]
EXPECTED: dict[str, list[tuple[str, str, list[str], list[str], list[str]]]] = {
    # Tab between labelled fields on one line: the tabs are spaces, not table cells.
    "01-tab-fields-one-line.txt": [
        ("1", "新建标准化厂房", ["周明"], ["县经信局"], ["县自然资源局", "县财政局"]),
        ("2", "引进亿元以上项", ["周明"], ["县商务局"], ["各乡镇"]),
        ("3", "新增城镇就业2", ["许红"], ["县人社局"], ["县财政局"]),
    ],
    # (一) items whose text lists 一是/二是 points: the points are text, never items.
    "07-cn-bracket-items-with-yishi.txt": [
        ("1", "推进城市更新。", [], ["区住建局"], ["区城管局", "各街道"]),
        ("2", "提升教育质量。", [], ["区教育局"], ["区财政局"]),
        ("3", "加强社会保障。", [], ["区人社局"], ["各街道"]),
    ],
    # A second leader with a rarer surname (满春) in a leader cell is a leader, not the lead unit.
    "17-table-rare-surname-two-leaders.txt": [
        ("1", "建成县城东部污", ["王强", "满春"], ["县住建局"], []),
        ("2", "新建标准化厂房", ["那日苏", "乌兰"], ["县经信局"], ["县财政局"]),
        ("3", "完成农村危房改", ["冶金生"], ["县住建局"], []),
        ("4", "推进乡村振兴示", ["王强", "第五伟"], ["县农业农村局"], ["各乡镇"]),
    ],
    # A label, tabs, then its names: one field.
    "25-tab-aligned-labels.txt": [
        ("1", "新建标准化厂房", ["周明"], ["县经信局"], ["县自然资源局", "县财政局"]),
        ("2", "引进亿元以上项", [], ["县商务局"], ["各乡镇"]),
        ("3", "新增城镇就业2", ["许红"], ["县人社局"], ["县财政局"]),
    ],
    # A 完成时限 column inside a one-row header is no end of a first header row.
    "28-header-deadline-between-leader-and-units.txt": [
        ("1", "新建城南污水处", ["王强"], ["县住建局"], []),
        ("2", "改造农村公路6", ["李娜"], ["县交通运输局"], []),
    ],
    "29-header-deadline-between-lead-and-coop.txt": [
        ("1", "新建城南污水处", [], ["县住建局"], ["县生态环境分局", "县财政局"]),
        ("2", "改造农村公路6", [], ["县交通运输局"], ["各乡镇"]),
    ],
    # 一是/二是 in a preamble name no one: the items are the table's rows.
    "32-yishi-preamble-unnumbered-table.txt": [
        ("1", "新建城南小学一", [], ["县教育局"], ["县财政局"]),
        ("2", "改造农村公路6", [], ["县交通运输局"], ["各乡镇"]),
        ("3", "新增城镇就业2", [], ["县人社局"], ["县财政局"]),
    ],
    # (1)(2) points inside a (一) item whose duties come once, after them: the points are its text.
    "35-cn-bracket-items-with-bracket-points.txt": [
        ("1", "推进城市更新。", [], ["区住建局"], ["区城管局", "各街道"]),
        ("2", "提升教育质量。", [], ["区教育局"], ["区财政局"]),
        ("3", "加强社会保障。", [], ["区人社局"], ["各街道"]),
    ],
    # | rows with an outer border under a header without one, and the other way round.
    "42-piped-header-unbordered-rows-bordered.txt": [
        ("1", "推进城东片区改", ["郑海涛"], ["县住建局"], ["县自然资源局", "城东街道"]),
        ("2", "新建幼儿园2所", ["韩志远"], ["县教育局"], ["县财政局"]),
        ("3", "实施农村公路提", ["韩志远"], ["县交通运输局"], ["各乡镇"]),
    ],
    "43-piped-header-bordered-rows-unbordered.txt": [
        ("1", "推进城东片区改", ["郑海涛"], ["县住建局"], ["县自然资源局", "城东街道"]),
        ("2", "新建幼儿园2所", ["韩志远"], ["县教育局"], ["县财政局"]),
        ("3", "实施农村公路提", ["韩志远"], ["县交通运输局"], ["各乡镇"]),
    ],
    # Empty 序号 cells and a first task with no punctuation: a row, not more header.
    "44-numberless-rows-short-first-task.txt": [
        ("1", "农村公路提质改", ["韩志远"], ["县交通运输局"], ["各乡镇"]),
        ("2", "新建幼儿园2所", ["韩志远"], ["县教育局"], ["县财政局"]),
        ("3", "推进城东片区改", ["郑海涛"], ["县住建局"], ["城东街道"]),
    ],
    # Quotes inside the words of tab-parted cells are marks of the text, not quoted cells.
    "47-tsv-stray-quotes.txt": [
        ("1", '推进政务服务"', ["钱国平"], ["镇便民服务中心"], ["各村"]),
        ("2", "新建村级养老服", ["严海"], ["镇民政办"], ["各村"]),
        ("3", "开展人居环境整", ["严海"], ["镇农业服务中心"], ["各村"]),
        ("4", "新增城镇就业3", ["钱国平"], ["镇社会事务办"], ["镇财政所"]),
    ],
    # 主要领导 亲自抓 in closing requirements is no field: two items, ids unchanged.
    "49-closing-requirements-leader-words.txt": [
        ("1", "新建标准化厂房", ["王强"], ["县经信局"], []),
        ("2", "新增城镇就业2", ["许红"], ["县人社局"], []),
    ],
    "14-label-space-sentence.txt": [
        ("1", "完成乡村道路硬", ["傅强"], ["乡建设办"], ["乡财政所", "各村"]),
        ("2", "新建农贸市场1", ["傅强"], ["乡经济发展办"], ["乡市场监管所"]),
    ],
    # A stray 。 between two groups of one clause: 县教育局牵头。县财政局、县自然资源局配合.
    "50-inline-clause-period-before-verb-group.txt": [
        ("1", "新建城南小学一", [], ["县教育局"], ["县财政局", "县自然资源局"]),
        ("2", "改造农村公路6", [], ["县交通运输局", "各乡镇"], []),
        ("3", "新增城镇就业2", [], ["县人社局"], []),
    ],
    # 牵头负责领导:王强。 李娜 — a second leader after a stray 。.
    "37-stray-period-variants.txt": [
        ("1", "新建标准化厂房", ["王强", "李娜"], ["县经信局"], ["县财政局", "县自然资源局"]),
        ("2", "引进亿元以上项", [], ["县商务局"], ["各乡镇"]),
        ("3", "新增城镇就业2", ["许红"], ["县人社局", "县就业服务中心"], ["县财政局", "各乡镇"]),
    ],
    # 以下工作由县经信局牵头,各乡镇配合。 under (一): who answers for the items that follow it.
    "38-subsection-intro-clause.txt": [
        ("1-1-1", "新建标准化厂房", [], ["县经信局"], ["各乡镇"]),
        ("1-1-2", "规上工业增加值", [], ["县经信局"], ["各乡镇"]),
        ("1-2-1", "新建高标准农田", [], ["县农业农村局"], ["县财政局"]),
        ("1-3-1", "新建乡镇商贸中", [], ["县商务局"], []),
        ("2-3", "新建幼儿园3所", [], ["县教育局"], []),
    ],
    # Sub-sections of one unnumbered paragraph each, beside one with numbered items.
    "39-mixed-subsections-numbered-and-paragraph.txt": [
        ("1-1-1", "新建标准化厂房", [], ["县经信局"], ["各乡镇"]),
        ("1-1-2", "规上工业增加值", [], ["县经信局"], []),
        ("1-2-1", "新建高标准农田", [], ["县农业农村局"], ["县财政局"]),
        ("1-3-1", "新建乡镇商贸中", [], ["县商务局"], []),
        ("2-3", "新建幼儿园3所", [], ["县教育局"], []),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_review_case(name: str) -> None:
    notice = fyplan.parse((REVIEW / name).read_text(encoding="utf-8"), source=name)
    got = [
        (
            i.id,
            i.text[: len(want[1])],
            [str(x) for x in i.leaders],
            [str(x) for x in i.lead_units],
            [str(x) for x in i.cooperating_units],
        )
        for i, want in zip(notice.items(), EXPECTED[name], strict=False)
    ]
    assert len(notice.items()) == len(EXPECTED[name])
    assert got == EXPECTED[name]
    # Nothing that names who answers was left outside an item without a finding.
    assert not [d for d in notice.diagnostics if "introduction" in d.message]


def test_every_review_input_has_expectations() -> None:
    assert sorted(p.name for p in REVIEW.glob("*.txt")) == sorted(EXPECTED)
