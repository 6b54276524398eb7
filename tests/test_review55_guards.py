"""Guards from the review of session 55's reader change: each notice (written for these tests, in the shapes real
notices use) was misread by a rule that change first added, and is read as a careful reader would now; the
expectations are from reading the notice, not from the reader's output."""

from __future__ import annotations

from pathlib import Path

import fyplan
from fyplan.model import Notice, Unit


def _load(tmp_path: Path, text: str) -> Notice:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return fyplan.load(path)


def _names(units: tuple[Unit, ...]) -> list[str]:
    return [u.name for u in units]


def test_blank_parted_cell_table_is_no_wrapped_text(tmp_path: Path) -> None:
    # One cell per line, a blank line after each, under a 编号 header: the cells are no wrapped lines of a paragraph,
    # however many of them are as long as one another.
    rows = [
        (
            "1",
            "推进城区老旧小区改造提升工程和配套设施建设",
            "完成改造小区32个,惠及居民4500户以上",
            "县住建局",
            "县财政局",
        ),
        (
            "2",
            "实施农村人居环境整治提升行动和厕所改造",
            "完成农村户厕改造2000户,建成公厕30座",
            "县农业农村局",
            "县卫健局",
        ),
        (
            "3",
            "推进城乡供水一体化建设和老旧管网更新改造",
            "新建改造供水管网40公里,覆盖6万人",
            "县水利局",
            "县自来水公司",
        ),
        (
            "4",
            "建设城区公办幼儿园和义务教育学校扩容项目",
            "新增学前学位540个,义务教育学位900个",
            "县教育局",
            "县发改局",
        ),
        ("5", "实施城区道路提质改造和慢行系统建设工程", "改造主次干道8条,新建绿道12公里", "县交通局", "县城管局"),
        ("6", "推进农贸市场标准化改造和食品安全监管", "改造农贸市场5个,抽检食品3000批次", "县市场监管局", "县商务局"),
    ]
    cells = ["某县2023年民生实事项目责任分解表", "编号", "民生实事项目", "年度目标", "牵头单位", "配合单位", "完成时限"]
    for row in rows:
        cells += [*row, "2023年12月底"]
    n = _load(tmp_path, "\n\n".join(cells) + "\n")
    got = {i.id: (_names(i.lead_units), _names(i.cooperating_units)) for i in n.items()}
    for number, _, _, lead, coop in rows:
        assert got[number] == ([lead], [coop])


def test_lead_word_in_a_headings_task_words_names_no_lead(tmp_path: Path) -> None:
    # 牵头 in the heading's task words (落实部门牵头抓总责任) and a bracket that says 负责: no one is said to lead, so the
    # items' own bare lists are not turned into helpers of the heading's bodies.
    n = _load(
        tmp_path,
        "一、优化营商环境\n(一)落实部门牵头抓总责任,健全工作推进机制(县发改局负责)\n"
        "1.建立营商环境问题台账。(责任单位:县营商办)\n2.开展营商环境评价。(责任单位:县统计局)\n",
    )
    first, second = n.items()
    assert "县发改局" not in _names(first.lead_units)
    assert "县营商办" in _names(first.lead_units) + _names(first.cooperating_units)
    assert "县统计局" in _names(second.lead_units) + _names(second.cooperating_units)
    assert "县发改局" not in _names(second.lead_units)


def test_leaders_label_in_a_heading_names_no_lead_body(tmp_path: Path) -> None:
    # (牵头领导:…;责任单位:…) over items: the heading's body is said by 责任单位, as with 分管领导 — both headings read alike.
    texts = [
        "一、扩大投资(牵头领导:李明;责任单位:县发改局)\n1.抓好重点项目。(责任单位:县住建局)\n",
        "一、扩大投资(分管领导:李明;责任单位:县发改局)\n1.抓好重点项目。(责任单位:县住建局)\n",
    ]
    read = []
    for text in texts:
        (item,) = _load(tmp_path, text).items()
        read.append((_names(item.lead_units), _names(item.cooperating_units)))
    assert read[0] == read[1]


def test_overall_lead_stays_a_helper_where_the_item_says_so(tmp_path: Path) -> None:
    # 一、…(市发改委总牵头) over an item that says 市发改委配合: the item's own words stand.
    n = _load(
        tmp_path,
        "一、优化能源结构(市发改委总牵头)\n1.扩大天然气供应。(市住建局牵头,市发改委、市商务局配合)\n"
        "2.发展光伏发电。(市能源局牵头,市供电公司配合)\n",
    )
    first, second = n.items()
    assert _names(first.lead_units) == ["市住建局"]
    assert "市发改委" in _names(first.cooperating_units)
    assert _names(second.lead_units) == ["市发改委", "市能源局"]


def test_parts_headed_by_di_n_bufen_are_not_keyed_to_other_headings(tmp_path: Path) -> None:
    # A plan whose parts are headed 第一部分 / 第二部分, each with its own 一、 headings: 第一部分第(一)项 could name
    # either part's (一) under a 一、 heading, so no key is given to any item (nothing is guessed).
    n = _load(
        tmp_path,
        "第一部分 助企政策公开\n一、公开助企政策\n(一)发布减税降费政策清单。\n(二)公开稳岗补贴发放情况。\n"
        "二、公开重大项目\n(一)公开重点项目进度。\n"
        "第二部分 平台建设\n一、规范政府网站\n(一)开展网站内容检查。\n(二)更新政务公开专栏。\n\n任务分工\n"
        "1.第一部分第(一)项:县税务局\n2.第二部分第(一)项:县发改局\n",
    )
    for item in n.items():
        if item.text.startswith("开展网站内容检查"):
            assert "县税务局" not in _names(item.lead_units) + _names(item.cooperating_units)


def test_units_table_goes_to_the_part_its_header_names(tmp_path: Path) -> None:
    # Two parts number their items (一)-(三); the table by body after them names 整治内容 in its header: its part's
    # items are keyed, not the safeguards'.
    n = _load(
        tmp_path,
        "二、整治内容\n(一)整治涉企乱收费问题。\n(二)整治审批时限过长问题。\n(三)整治拖欠账款问题。\n"
        "三、保障措施\n(一)加强组织领导。\n(二)强化督查问效。\n(三)注重宣传引导。\n四、职责分工\n"
        "单位 | 牵头整治内容 | 配合整治内容\n县发改局 | (一) | (三)\n县审批局 | (二) | —\n县财政局 | (三) | (一)\n",
    )
    got = {i.text[:6]: (_names(i.lead_units), _names(i.cooperating_units)) for i in n.items()}
    assert got["整治涉企乱收"] == (["县发改局"], ["县财政局"])
    assert got["整治拖欠账款"] == (["县财政局"], ["县发改局"])
    assert got.get("加强组织领导", ([], []))[0] == []


def test_task_ending_in_a_verb_takes_the_bodys_name_after_it(tmp_path: Path) -> None:
    # A PDF's cells one per line: the task's last line ends in 报送 and its object, 县发改局, fills the next line; the
    # list after it is the lead cell (…书面报送县发改局 / 县住建局、县交通局 / 县财政局、各乡镇).
    rows = [
        ("1", ["推进城区道路改造提升,全年", "完成主次干道改造8条"], "县住建局、县城管局", "县财政局、县交通局"),
        ("2", ["新建改建农村公路60公里,完", "善农村客运站点"], "县交通局、县农业农村局", "县财政局、各乡镇"),
        (
            "3",
            ["建立重点项目月报制度,项目进", "展情况须于每月5日前书面报送", "县发改局"],
            "县住建局、县交通局",
            "县财政局、各乡镇",
        ),
        ("4", ["实施城区绿化提升工程,新增绿", "地面积12万平方米"], "县城管局、县林业局", "县住建局、各乡镇"),
    ]
    lines = ["附件", "重点项目任务分解表", "序号", "工作任务", "牵头单位", "配合单位"]
    for number, task, lead, coop in rows:
        lines += [number, *task, lead, coop]
    n = _load(tmp_path, "\n".join(lines) + "\n")
    third = next(i for i in n.items() if i.id == "3")
    assert _names(third.lead_units) == ["县住建局", "县交通局"]
    assert third.text.endswith("县发改局")


def test_subsection_with_points_keeps_them_told(tmp_path: Path) -> None:
    # (二)… / 牵头单位:… / ——points with their own helpers: not folded into one item that drops the points unsaid.
    n = _load(
        tmp_path,
        "一、主要任务\n(一)整顿肉类市场。\n1、推进定点屠宰。\n牵头单位:省商务厅\n"
        "(二)加强餐饮环节监管。\n牵头单位:省卫生厅\n——推行量化分级管理(省教育厅配合);\n——加强学校食堂检查(省建设厅配合)。\n",
    )
    said = " ".join(d.message for d in n.diagnostics) + " ".join(
        " ".join(u.name for u in (*i.lead_units, *i.cooperating_units)) + i.text for i in n.items()
    )
    assert "省教育厅" in said and "省建设厅" in said


def test_government_prefixed_labels_of_regions_and_other_roles(tmp_path: Path) -> None:
    n = _load(
        tmp_path,
        "一、目标\n1.生产总值增长6%。\n自治区人民政府负责领导:常务副主席\n牵头单位:自治区发展改革委\n"
        "2.新建养老机构20所。\n市政府联系领导:副市长\n牵头单位:市民政局\n",
    )
    first, second = n.items()
    assert [x.name for x in first.leaders] == ["常务副主席"]
    assert [x.name for x in second.leaders] == ["副市长"]
    assert "领导" not in first.text + second.text


def test_zone_between_level_words_stays_in_the_collective(tmp_path: Path) -> None:
    n = _load(tmp_path, "1.清理拖欠民营企业账款。(牵头单位:县财政局;配合单位:各县区、开发区、街道)\n")
    (item,) = n.items()
    assert _names(item.cooperating_units) == ["各县区、开发区、街道"]
