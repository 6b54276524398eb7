"""Layouts a newcomer tried that the reader first got wrong; each expectation read off its text."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from test_dialects import duties

import fyplan
from fyplan.model import Item

CASES = Path(__file__).parent / "cases"
HEAD = "示例市人民政府关于2023年重点工作及责任分解的通知\n一、稳增长\n"


def first(body: str) -> Item:
    return fyplan.parse(HEAD + body).items()[0]


def names(values: tuple[object, ...]) -> list[str]:
    return [str(v) for v in values]


def test_inline_clause_with_a_deadline_group() -> None:
    item = first("1.推进老旧小区改造。(区住建局牵头,区财政局、各街道办事处参与,2024年12月底前完成)\n")
    assert names(item.lead_units) == ["区住建局"]
    assert names(item.cooperating_units) == ["区财政局", "各街道办事处"]
    assert str(item.deadline) == "2024年12月底前完成"
    assert item.deadline is not None and item.deadline.by == datetime.date(2024, 12, 31)
    assert item.text == "推进老旧小区改造。"


def test_lead_marked_inside_a_list() -> None:
    item = first("1.推进老旧小区改造。\n责任单位:区教育局(牵头)、区财政局\n")
    assert names(item.lead_units) == ["区教育局"]
    assert names(item.cooperating_units) == ["区财政局"]


def test_names_separated_by_spaces() -> None:
    item = first("1.推进老旧小区改造。\n牵头单位:市住建局\n协同单位:市财政局 市税务局\n")
    assert names(item.cooperating_units) == ["市财政局", "市税务局"]


def test_comrade_is_not_part_of_a_name() -> None:
    assert names(first("1.推进改造。\n牵头负责领导:张三同志、市政府常务副市长\n").leaders) == [
        "张三",
        "市政府常务副市长",
    ]


def test_wrapped_text_is_one_sentence() -> None:
    n = fyplan.parse(HEAD + "1.推进全市规模以上工业企业\n数字化改造,新增数字化车间50个。\n牵头单位:市经信局\n")
    item = n.items()[0]
    assert item.text == "推进全市规模以上工业企业数字化改造,新增数字化车间50个。"
    assert [(t.indicator, t.verb, t.value, t.unit) for t in item.targets] == [("数字化车间", "新增", 50.0, "个")]
    assert n.query("text:企业数字化").ids() == ["1"]


def test_a_new_sentence_on_a_new_line_stays_a_paragraph() -> None:
    item = first("1.推进改造。\n完成投资10亿元。\n牵头单位:市住建局\n")
    assert item.text == "推进改造。\n完成投资10亿元。"


def test_page_chrome_after_the_last_item_is_not_an_unknown_label() -> None:
    n = fyplan.parse(HEAD + "1.推进改造。\n牵头单位:市住建局\n分享到:微信 微博\n")
    assert n.diagnostics == ()
    assert "分享到:微信 微博" in n.chrome


@pytest.mark.parametrize(
    "missing", ["牵头负责领导:李红。\n\n", "牵头责任单位:市经济和信息化局,颍东区人民政府,阜阳经开区管委会。\n\n"]
)
def test_a_sub_task_missing_a_duty_line_is_reported(missing: str) -> None:
    text = fyplan.example_path().read_text(encoding="utf-8")
    start = text.index("(3)加快煤基新材料")
    cut = text.index(missing, start)
    n = fyplan.parse(text[:cut] + text[cut + len(missing) :])
    errors = [d.message for d in n.errors]
    assert len(errors) == 1 and "(item 12.3)" in errors[0]


def test_traditional_names_are_found_by_simplified_queries() -> None:
    n = fyplan.parse(
        "示例市人民政府關於2023年重點工作及責任分解的通知\n一、穩增長\n"
        "1.工業投資增長12%。\n牽頭負責領導:張偉。\n牽頭責任單位:市經濟和信息化局。\n協同責任單位:市財政局、市稅務局。\n"
    )
    item = n.items()[0]
    assert names(item.lead_units) == ["市經濟和信息化局"]  # stored as written
    assert n.query("unit:市经济和信息化局").ids() == ["1"]
    assert n.query("leader:张伟").ids() == ["1"]
    assert n.query("工业投资").ids() == ["1"]
    assert [(t.indicator, t.verb, t.value, t.unit) for t in item.targets] == [("工业投资", "增长", 12.0, "%")]


def test_labels_after_the_sentence_on_the_item_line() -> None:
    n = fyplan.parse(
        HEAD
        + "1.推进老旧小区改造。牵头单位:市住建局;配合单位:市财政局\n2.扩大有效投资(含技改投资)。 责任单位:市发改委\n"
    )
    one, two = n.items()
    assert (one.text, names(one.lead_units), names(one.cooperating_units)) == (
        "推进老旧小区改造。",
        ["市住建局"],
        ["市财政局"],
    )
    assert (two.text, names(two.lead_units)) == ("扩大有效投资(含技改投资)。", ["市发改委"])


def test_items_numbered_in_brackets_directly_under_sections() -> None:
    n = fyplan.parse(
        HEAD
        + "(1)办好民生实事。\n牵头单位:市民政局\n(2)稳定就业。\n牵头单位:市人社局\n二、扩开放\n(1)稳外贸。\n牵头单位:市商务局\n"
    )
    assert [(i.id, i.text, names(i.lead_units)) for i in n.items()] == [
        ("1-1", "办好民生实事。", ["市民政局"]),
        ("1-2", "稳定就业。", ["市人社局"]),
        ("2-1", "稳外贸。", ["市商务局"]),
    ]
    assert n.diagnostics == ()


def test_numbering_that_restarts_in_each_subsection() -> None:
    n = fyplan.parse(
        HEAD + "(一)创新\n1.甲。\n牵头单位:市科技局\n2.乙。\n牵头单位:市科技局\n(二)开放\n1.丙。\n牵头单位:市商务局\n"
    )
    assert [i.id for i in n.items()] == ["1-1-1", "1-1-2", "1-2-1"]


def test_numbers_with_a_closing_bracket_and_other_labels() -> None:
    n = fyplan.parse(HEAD + "1)甲。\n市领导:张三\n主要责任单位:市科技局\n2)乙。\n市领导:李四\n主要责任单位:市商务局\n")
    assert [(i.id, names(i.leaders), names(i.lead_units)) for i in n.items()] == [
        ("1", ["张三"], ["市科技局"]),
        ("2", ["李四"], ["市商务局"]),
    ]


def test_bracketed_labels_circled_numbers_chinese_dates() -> None:
    n = fyplan.parse(
        "示例市人民政府关于2023年重点工作及责任分解的通知\n各县、区人民政府:\n"
        "市政府确定了1个方面2项重点工作,由市长张三同志负总责。\n一、稳增长\n"
        "1.推进改造。\n【牵头单位】市住建局\n【配合单位】市财政局、市税务局\n"
        "2.扩大投资。\n①争取专项债券。\n牵头单位:市财政局\n②引进项目。\n"
        "责任单位:市发改委、市商务局(排名第一的为牵头单位)\n"
        "示例市人民政府\n二〇二三年三月十一日\n"
    )
    assert [(i.id, i.text, names(i.lead_units), names(i.cooperating_units)) for i in n.items()] == [
        ("1", "推进改造。", ["市住建局"], ["市财政局", "市税务局"]),
        ("2.1", "争取专项债券。", ["市财政局"], []),
        ("2.2", "引进项目。", ["市发改委"], ["市商务局"]),
    ]
    assert n.diagnostics == ()
    assert n.date is not None and n.date.isoformat() == "2023-03-11"
    assert (n.chief, n.issuer) == ("张三", "示例市人民政府")


def test_circled_numbers_inside_a_sentence_stay() -> None:
    item = first("1.做好三件事:①稳就业;②保民生。\n牵头单位:市人社局\n")
    assert item.text == "做好三件事:①稳就业;②保民生。"


def test_a_label_with_its_value_on_the_next_line() -> None:
    n = fyplan.parse(
        HEAD + "1.推进改造。\n牵头负责领导:\n张三\n牵头单位:\n市住建局\n配合单位:\n市财政局、市税务局\n"
        "2.扩大投资。\n牵头单位:市发改委\n配合单位:\n3.稳定就业。\n牵头单位:市人社局\n"
    )
    assert [(i.id, names(i.leaders), names(i.lead_units), names(i.cooperating_units)) for i in n.items()] == [
        ("1", ["张三"], ["市住建局"], ["市财政局", "市税务局"]),
        ("2", [], ["市发改委"], []),
        ("3", [], ["市人社局"], []),
    ]
    # The 配合单位 of item 2 really is empty: the next line is another item.
    assert [(d.line, d.message) for d in n.diagnostics] == [(12, "配合单位 is empty")]


def _read(text: str) -> list[tuple[str, list[str], list[str], str]]:
    import fyplan

    return [
        (i.id, [u.name for u in i.lead_units], [u.name for u in i.cooperating_units], i.text)
        for i in fyplan.parse(text).items()
    ]


def test_a_gap_in_a_tables_row_numbers_starts_a_row() -> None:
    text = (
        "序号\n重点任务\n牵头单位\n配合单位\n1\n新建中小学5所。\n市教育局\n市财政局\n2\n新增城镇就业3万人。\n市人社局\n"
        "市财政局\n4\n改造老旧小区30个。\n市住建局\n各县区\n5\n新建口袋公园10个。\n市城管局\n各县区\n"
    )
    assert [(i, lead, coop) for i, lead, coop, _ in _read(text)] == [
        ("1", ["市教育局"], ["市财政局"]),
        ("2", ["市人社局"], ["市财政局"]),
        ("4", ["市住建局"], ["各县区"]),
        ("5", ["市城管局"], ["各县区"]),
    ]


def test_a_task_cell_listing_its_points_keeps_the_rows_duties() -> None:
    text = (
        "序号\n重点任务\n牵头单位\n配合单位\n1\n推进教育优质均衡发展:\n(1)新建中小学3所;\n(2)新增学位5000个。\n"
        "市教育局\n市财政局\n2\n加强公共卫生体系建设。\n市卫健委\n市医保局\n"
    )
    read = _read(text)
    assert all(lead for _, lead, _, _ in read)  # no item without its duties
    assert read[-1][:3] == ("2", ["市卫健委"], ["市医保局"])


def test_sentences_that_open_with_a_collective_or_because_are_no_clauses() -> None:
    text = (
        "一、经济发展\n1.各部门要积极配合,加快推进审批制度改革。\n2.由于市场监管局负责,检查工作进展顺利。\n"
        "3.扩大有效投资。(市发改委牵头)\n"
    )
    read = _read(text)
    assert read[0][1:3] == ([], []) and read[0][3].startswith("各部门要积极配合")
    assert read[1][1:3] == ([], []) and read[1][3].startswith("由于")


def test_a_sentence_ending_in_a_place_after_the_text_is_no_lead_cell() -> None:
    text = "序号 重点工作任务 牵头单位 配合单位\n1 加大招商引资力度。新引进项目全部落户经开区 区商务局\n"
    assert _read(text)[0][1] == ["区商务局"]


def test_a_table_of_space_rows_ends_at_a_blank_line() -> None:
    text = "序号 重点工作任务 主要责任单位 协同配合单位\n1 地区生产总值增长6%左右。 区发改委 区统计局\n\n某区人民政府办公室\n"
    assert _read(text)[0][2] == ["区统计局"]


def test_run_together_row_with_two_sentences_before_its_unit() -> None:
    text = "序号重点任务牵头单位完成时限\n1推进城市更新。老城区改造完成50%。市住建局2024年12月底\n"
    assert _read(text)[0][1] == ["市住建局"]


def test_names_joined_and_parted() -> None:
    from fyplan.units import split_names

    assert split_names("各县区、高新区、经开区").names == ("各县区", "高新区", "经开区")
    assert split_names("各乡镇、开发区管委会").names == ("各乡镇", "开发区管委会")
    assert split_names("市城管局 市 住建局").names == ("市城管局", "市住建局")


def test_heading_items_report_no_lines_under_no_item() -> None:
    """一、 headings followed by their own duty lines are items: their duty lines are read, so nothing
    says they are "under no item" (FY007)."""
    import fyplan
    from fyplan.model import NOT_READ

    text = "一、城区雨污分流改造\n牵头领导:周明\n牵头单位:县城管局\n二、新建充电桩200个\n牵头领导:周明\n牵头单位:县城投集团\n"
    notice = fyplan.parse(text)
    assert [u.name for i in notice.items() for u in i.lead_units] == ["县城管局", "县城投集团"]
    assert not [d for d in notice.diagnostics if d.code == NOT_READ]


POINTS = """一、主要指标
(一)约束性指标
1.水。
(1)水质达标率95%。
牵头单位:市水务局。
责任单位:市水务局、市环保局。
(2)用水总量控制在8亿立方米。
责任单位:市水务局。
2.气。
(1)优良天数比例85%。
责任单位:市环保局。
(二)预期性指标
1.粮食产量稳定在50万吨。
牵头单位:市农业局。
协同单位:市统计局。
"""


def test_points_of_groups_that_restart_are_items_with_unique_ids() -> None:
    notice = fyplan.parse(HEAD.split("\n")[0] + "\n" + POINTS)
    ids = [it.id for it in notice.items()]
    assert len(set(ids)) == len(ids) == 4
    assert [i.rsplit("-", 1)[-1] for i in ids] == ["1", "2", "1", "1"]  # the numbers as printed
    assert [it.node.number for it in notice.items()] == [1, 2, 1, 1]
    # A bare 责任单位 item among 牵头单位 + 协同单位 ones, and numbers starting again per group and
    # per sub-section, are no findings: the notice is well formed.
    assert fyplan.check(notice) == []
    first_item = notice.items()[0]
    assert names(first_item.lead_units) == ["市水务局"] and names(first_item.cooperating_units) == ["市环保局"]


def test_tasks_numbered_through_sub_sections_keep_their_points_as_sub_tasks() -> None:
    text = POINTS.replace("(二)预期性指标\n1.粮食", "(二)预期性指标\n3.粮食")
    notice = fyplan.parse(HEAD.split("\n")[0] + "\n" + text)
    assert [it.id for it in notice.items()] == ["1.1", "1.2", "2.1", "3"]


def test_a_progress_column_after_the_names_is_each_rows_note() -> None:
    # tests/cases/space-rows-note-column.txt: the note cell follows the names on the row's line, or on
    # a line of its own after names broken over lines; either way it is kept as the row's note.
    path = Path(__file__).parent / "cases" / "space-rows-note-column.txt"
    notice = fyplan.parse(path.read_text(encoding="utf-8"))
    notes = [it.node.notes for it in notice.items()]
    assert notes == [
        (("前三季度进展", "前三季度增长5.8%。"),),
        (("前三季度进展", "播种面积已达81万亩。"),),
        (("前三季度进展", "已新增就业2900人,完成全年的83%。"),),
    ]
    assert all("万亩。播种" not in it.text for it in notice.items())


def test_numbers_alone_on_lines_join_their_text_only_in_sequence_and_outside_tables() -> None:
    from fyplan.read.layout import number_lines

    assert number_lines("甲\n1\n一是修路。\n2\n二是建桥。") == "甲\n\n1.一是修路。\n\n2.二是建桥。"
    assert number_lines("序号\n1\n修路\n2\n建桥") == "序号\n1\n修路\n2\n建桥"  # a table's number cells
    assert number_lines("1\n修路\n3\n建桥") == "1\n修路\n3\n建桥"  # no sequence: numbers of something else
    assert number_lines("共计\n12\n个项目") == "共计\n12\n个项目"  # one number alone


def test_a_leader_sentence_names_the_leader_only_before_a_list() -> None:
    from fyplan.read import scope

    said = scope.leader_sentence("其中,副市长陈立群亲自牵头5项重点工作,分别为:")
    assert said is not None and [str(x) for x in said[0].leaders] == ["陈立群"] and said[1] == 5
    said = scope.leader_sentence("其中,陈立群副市长牵头十项重点任务:")
    assert said is not None and [str(x) for x in said[0].leaders] == ["陈立群"] and said[1] == 10
    assert scope.leader_sentence("副市长陈立群亲自牵头5项重点工作。") is None  # no list follows
    assert scope.leader_sentence("其中,市政府办公室牵头5项重点工作,分别为:") is None  # a body, no person


def test_fields_that_say_what_an_item_is_to_achieve_are_its_notes() -> None:
    # 任务目标:/完成情况: among the duty lines (also glued to the last name) name no one: kept as the
    # item's notes, in order, not reported as lines the reader could not read.
    notice = fyplan.parse(
        HEAD.split("\n")[0]
        + "\n一、新建社区食堂\n牵头单位:县民政局\n责任单位:城关镇任务目标:年内建成8家\n完成情况:已建成3家\n"
    )
    (item,) = notice.items()
    assert names(item.lead_units) == ["县民政局"] and names(item.cooperating_units) == ["城关镇"]
    assert item.node.notes == (("任务目标", "年内建成8家"), ("完成情况", "已建成3家"))
    assert not [d for d in notice.diagnostics if d.code == "FY007"]


# Regressions a review of this round's mechanisms found (each input written anew here).


def test_one_sub_section_with_tasks_counting_on_into_the_next_section_keeps_sub_task_ids() -> None:
    text = "一、甲\n(一)乙\n1.推进项目建设。\n(1)新开工10个。\n牵头单位:市发改委\n(2)竣工5个。\n牵头单位:市住建局\n"
    text += "2.财政增收。\n牵头单位:市财政局\n二、丙\n3.扩大就业。\n牵头单位:市人社局\n"
    assert [it.id for it in fyplan.parse(text).items()] == ["1.1", "1.2", "2", "3"]


def test_a_leader_sentence_without_a_name_gives_no_leader() -> None:
    from fyplan.read import scope

    assert scope.leader_sentence("其中,市长亲自牵头2项重点工作,分别为:") is None
    assert scope.leader_sentence("由市长牵头负责10项重点工作如下:") is None


def test_a_glued_field_is_cut_only_before_a_known_field_word() -> None:
    item = first("1.发展畜牧业。\n牵头单位:县农业农村局畜牧站目标:存栏生猪10万头\n")
    assert names(item.lead_units) == ["县农业农村局畜牧站"]
    assert item.node.notes == (("目标", "存栏生猪10万头"),)


def test_a_deadline_column_before_a_note_column_of_space_rows() -> None:
    text = "序号 工作任务 责任单位 完成时限 备注\n1 增收6%。 县发改委 12月底前 按季度调度\n2 就业3500人。 县人社局 9月底前\n"
    items = fyplan.parse(text).items()
    assert [str(it.deadline) for it in items] == ["12月底前", "9月底前"]
    assert [it.node.notes for it in items] == [(("备注", "按季度调度"),), ()]


def test_a_footnote_after_a_space_table_is_no_rows_note() -> None:
    text = "序号 目标任务 责任单位 进展\n1 增收6%。 县发改委 已完成\n2 就业3500人。 县人社局\n县财政局\n注:进展截至9月底。\n"
    notice = fyplan.parse(text)
    assert notice.items()[1].node.notes == ()
    assert "注:进展截至9月底。" in notice.closing


def test_numbers_alone_in_a_numbered_notice_are_page_numbers() -> None:
    notice = fyplan.parse(
        HEAD + "1.增收。\n牵头负责领导:张明\n1\n牵头责任单位:县发改委\n2.就业。\n牵头责任单位:县人社局\n"
    )
    assert [it.id for it in notice.items()] == ["1", "2"]
    assert names(notice.items()[0].lead_units) == ["县发改委"]


def test_a_closing_by_sentence_is_text_where_duty_fields_follow() -> None:
    item = first(
        "3.做好防汛工作。请县应急局会同县水利局研究提出方案。\n牵头责任单位:县应急管理局\n协同责任单位:县气象局\n"
    )
    assert item.text == "做好防汛工作。请县应急局会同县水利局研究提出方案。"
    assert names(item.lead_units) == ["县应急管理局"] and names(item.cooperating_units) == ["县气象局"]


def test_a_bare_title_before_a_titled_person_is_another_leader() -> None:
    item = first("1.增收。\n牵头负责领导:市长、常务副市长李红\n牵头责任单位:市发改委\n")
    # (The titled person is named bare, as 李红副县长 and a heading's leader are: session 9.)
    assert names(item.leaders) == ["市长", "李红"]
    item = first("1.增收。\n牵头负责领导:县委副书记、县长李明\n牵头责任单位:县发改委\n")
    assert names(item.leaders) == ["李明"]


def test_a_leader_by_name_and_title_is_found_and_formatted_as_written() -> None:
    from fyplan.query import parse_query
    from fyplan.query import query as run_query
    from fyplan.write.render import STYLES, render

    notice = fyplan.parse(HEAD + "1.增收。\n牵头负责领导:李红副县长\n牵头责任单位:县发改委\n")
    assert names(notice.items()[0].leaders) == ["李红"]
    assert run_query(notice, parse_query("leader:李红副县长")).ids() == ["1"]
    import attrs

    assert "李红副县长" in render(notice, attrs.evolve(STYLES["anhui"], as_written=True))  # as fmt writes


def test_a_content_field_takes_its_value_from_the_lines_below() -> None:
    # 任务目标: alone on its line, its words on the next: the item's note holds them (nothing left unread).
    notice = fyplan.parse(HEAD + "1.开工。\n牵头单位:县发改委\n任务目标:\n全年新开工项目50个。\n")
    assert notice.items()[0].node.notes == (("任务目标", "全年新开工项目50个。"),)
    assert not any(d.code == "FY007" for d in notice.diagnostics)


def test_the_space_kept_after_a_sentence_end_is_no_part_of_the_text() -> None:
    assert (
        first("1.推进重大项目建设。 新开工项目50个。\n牵头单位:县发改委\n").text == "推进重大项目建设。新开工项目50个。"
    )


def test_numbering_findings_count_a_group_title_and_its_points_apart() -> None:
    body = "一、甲\n(一)乙\n1.项目。\n(1)新开工10个。\n牵头单位:市发改委\n(2)竣工5个。\n牵头单位:市住建局\n"
    body += "2.增收。\n牵头单位:市财政局\n(二)丙\n1.消费。\n(1)夜市3个。\n牵头单位:市商务局\n(3)商超4家。\n牵头单位:市商务局\n"
    findings = [f.message for f in fyplan.check(fyplan.parse(body)) if f.code == "FY002"]
    assert findings == ["in group 1-2-1: point 2 is missing before point 3"]


def test_names_after_a_stray_full_stop_stay_in_the_list() -> None:
    item = first("1.推进财源建设。\n牵头单位:区财政局\n协同单位:区税务局。 区统计局、区审计局\n")
    assert names(item.cooperating_units) == ["区税务局", "区统计局", "区审计局"]


def test_a_note_sentence_after_a_clause_is_kept_as_a_note() -> None:
    item = first("1.推进财源建设。(区财政局牵头,区税务局配合。以下各项均需各街道落实,不再列出)\n")
    assert names(item.lead_units) == ["区财政局"]
    assert names(item.cooperating_units) == ["区税务局"]
    assert item.node.notes == (("附注", "以下各项均需各街道落实,不再列出"),)


def test_notes_of_two_bracketed_clauses_do_not_swallow_the_second() -> None:
    item = first("1.推进财源建设(区财政局牵头。下同),抓好项目储备(区发改局负责。按季调度)。\n")
    assert names(item.lead_units) == ["区财政局"]
    assert names(item.cooperating_units) == ["区发改局"]
    assert item.node.notes == (("附注", "下同。按季调度"),)


def test_a_verb_that_shares_the_work_speaks_for_the_whole_labelled_list() -> None:
    # The whole run is the list of those responsible (no lead word): read as a bare 责任单位 is, its units
    # answer together (lead units); under a 列第一位为牵头 note its first name leads.
    item = first("1.推进城际铁路建设。(责任单位:区发改局、区财政局,城投公司,各街道按职责分工负责,下同)\n")
    assert names(item.lead_units) == ["区发改局", "区财政局", "城投公司", "各街道"]
    assert names(item.cooperating_units) == []
    assert item.node.notes == (("附注", "下同"),)
    noted = fyplan.parse(
        HEAD + "列第一位的为牵头单位。\n1.推进城际铁路建设。(责任单位:区发改局、区财政局,各街道按职责分工负责)\n"
    ).items()[0]
    assert names(noted.lead_units) == ["区发改局"]
    assert names(noted.cooperating_units) == ["区财政局", "各街道"]


def test_a_lead_verb_before_a_sharing_verb_keeps_its_group() -> None:
    item = first("1.推进城际铁路建设。(责任单位:区发改局牵头,区财政局,各街道按职责分工负责)\n")
    assert names(item.lead_units) == ["区发改局"]
    assert names(item.cooperating_units) == ["区财政局", "各街道"]


def test_a_role_word_with_an_action_word_before_unit_is_a_label() -> None:
    item = first("1.新建农村公路50公里。\n牵头落实单位:区交通局\n配合实施单位:各镇人民政府,区财政局\n")
    assert names(item.lead_units) == ["区交通局"]
    assert names(item.cooperating_units) == ["各镇人民政府", "区财政局"]


def test_a_sub_section_of_one_unnumbered_paragraph_beside_others_holds_its_item() -> None:
    text = (
        "区人民政府关于深化区域合作的实施意见\n一、深化区域经济合作\n(一)优化发展格局\n"
        "携手周边城市共建城市群。(牵头单位:区发改局;各相关部门按职责分工负责)\n(二)共建产业园区\n"
        "推动共建园区建设。(牵头单位:区商务局)\n加快园区配套建设。(牵头单位:区交通局)\n"
    )
    got = fyplan.parse(text).items()
    assert [i.text for i in got] == ["携手周边城市共建城市群。", "推动共建园区建设。", "加快园区配套建设。"]
    assert names(got[0].lead_units) == ["区发改局"]
    assert names(got[0].cooperating_units) == ["各相关部门"]


def test_a_paragraph_naming_who_answers_before_the_first_item_is_said() -> None:
    text = (
        "区人民政府关于2024年重点工作责任分解的通知\n一、稳定经济增长\n全年地区生产总值增长6%。(区发改局牵头)\n"
        "1.推进项目建设。\n牵头单位:区发改局\n"
    )
    n = fyplan.parse(text)
    assert [i.text for i in n.items()] == ["推进项目建设。"]
    said = [d for d in n.diagnostics if d.code == "FY007"]
    assert [d.line for d in said] == [3]
    assert "全年地区生产总值增长6%。(区发改局牵头)" in said[0].message


def test_a_tab_parted_cell_with_its_own_labels_is_read_as_written() -> None:
    text = (
        "2024年任务分解表\n序号\t重点工作\t责任领导\t责任单位\n"
        "1\t推进老旧小区改造。\t王明\t牵头单位:县住建局;配合单位:县财政局\n"
    )
    item = fyplan.parse(text).items()[0]
    assert names(item.leaders) == ["王明"]
    assert names(item.lead_units) == ["县住建局"]
    assert names(item.cooperating_units) == ["县财政局"]


def test_angle_brackets_inside_a_name_and_a_collective_after_xiangguan() -> None:
    item = first("1.推进城际铁路建设。(责任单位:市发改委、相关市、县政府,各县〈市、区〉政府)\n")
    assert names(item.lead_units) + names(item.cooperating_units) == [
        "市发改委",
        "相关市、县政府",
        "各县〈市、区〉政府",
    ]


def test_a_name_in_brackets_after_a_body_is_its_other_name_not_a_clause() -> None:
    item = first("1.新建市级企业研发中心(企业研究院)50家;专利授权8000件以上。(责任单位:市科技局)\n")
    assert item.text == "新建市级企业研发中心(企业研究院)50家;专利授权8000件以上。"
    assert names(item.lead_units) == ["市科技局"]


def test_a_table_whose_one_duty_column_is_a_division_of_an_office() -> None:
    text = "省发展改革委重点工作进展情况\n序号 | 重大任务 | 进展情况 | 责任处室 |\n1 | 推进开发区整合提升。 | 已完成整合方案。 | 地区处 |\n"
    item = fyplan.parse(text).items()[0]
    assert item.text == "推进开发区整合提升。"
    assert names(item.lead_units) + names(item.cooperating_units) == ["地区处"]


def test_a_traditional_notice_is_read_through_its_simplified_form() -> None:
    # Rules written in simplified characters only (等相关部门 tails, a list's collectives) hold for a notice in
    # traditional characters; its names come back as written, its place and level in simplified form.
    text = (
        "臨江縣人民政府關於印發2024年重點工作任務分解的通知\n"
        "各鄉鎮人民政府,縣直各單位:\n"
        "一、穩增長\n"
        "1.推進工業園區擴區調規。(縣發展和改革局牽頭,縣財政局等相關部門配合)\n"
        "2.實施河湖長制。\n"
        "牽頭單位:縣水利局\n"
        "配合單位:各鄉鎮人民政府\n"
    )
    notice = fyplan.parse(text)
    got = [([u.name for u in i.lead_units], [u.name for u in i.cooperating_units]) for i in notice.items()]
    assert got == [(["縣發展和改革局"], ["縣財政局"]), (["縣水利局"], ["各鄉鎮人民政府"])]
    assert notice.items()[0].duties.open_ended.cooperating_units
    assert notice.items()[0].text == "推進工業園區擴區調規。"
    assert (notice.place, notice.level) == ("临江县", "县区")


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        # A title that names its tasks 重点任务, 任务清单, 责任清单 or 工作要点 is the notice's title (it was none).
        ("某县2026年营商环境重点任务\n1.压缩企业开办时间。(县市场监管局牵头)\n", "某县2026年营商环境重点任务", 2026),
        ("某区2026年河湖治理责任清单\n1.清理河道垃圾。(区水利局牵头)\n", "某区2026年河湖治理责任清单", 2026),
        ("某镇2026年平安建设工作要点\n1.开展矛盾纠纷排查。(镇综治办牵头)\n", "某镇2026年平安建设工作要点", 2026),
        # A title ending in 表 is whole: the table's header under it is none of its words.
        (
            "某县2026年重点工作任务分解表\n序号 | 工作任务 | 牵头单位\n1 | 新建中小学两所 | 县教育局\n",
            "某县2026年重点工作任务分解表",
            2026,
        ),
    ],
)
def test_title_words(text: str, title: str, year: int) -> None:
    notice = fyplan.parse(text)
    assert notice.title == title
    assert notice.year == year


def test_an_attachments_list_after_the_signature_is_a_part_of_its_own() -> None:
    # The main list ends with the closing words, the issuer and the date; 附件2 and its title head a second list
    # numbered from 1 again: a part titled by the attachment, after the main list's parts.
    notice = fyplan.load(CASES / "attachment-second-list.txt")
    assert [(s.number, s.title) for s in notice.sections] == [
        (1, "扩大有效投资"),
        (2, "附件2 2023年县政府民生实事责任分解"),
    ]
    assert notice.closing == "各责任单位要细化措施，每季度末向县政府督查室报送进展。"
    assert (notice.issuer, notice.date) == ("青溪县人民政府", datetime.date(2023, 2, 14))
    ids = [item.id for item in notice.items()]
    assert ids == ["1", "2", "2-1", "2-2"]
    assert not notice.diagnostics


def test_an_attachment_line_before_any_list_stays_front_matter() -> None:
    # 附件 over the only list (nothing numbered before it): the front matter's line, no part of its own.
    text = "关于印发分解表的通知\n附件\n2024年重点工作分解表\n1.做好甲事。\n牵头单位:县甲局\n2.做好乙事。\n牵头单位:县乙局\n"
    notice = fyplan.parse(text)
    assert [(item.id, item.section) for item in notice.items()] == [("1", None), ("2", None)]
    assert not notice.diagnostics


def test_a_leader_field_closing_each_items_fields_is_that_items() -> None:
    # 责任领导: after the units of every item, the last too: each item's own leader, not the next item's (the
    # leader fields over the items they lead come before item 1 and never after the last).
    n = fyplan.parse(
        HEAD + "1.做好甲事。\n牵头单位:市甲局\n责任领导:张小明\n2.做好乙事。\n牵头单位:市乙局\n责任领导:李大海\n"
    )
    assert [(i.id, names(i.leaders)) for i in n.items()] == [("1", ["张小明"]), ("2", ["李大海"])]
    assert n.diagnostics == ()


@pytest.mark.parametrize(
    "said",
    [
        "未明确完成时限的任务,原则上于年底前完成。",
        "完成时限栏未标注的,均为年底前完成。",
        "没有标注完成时间的事项一律在年底前完成。",
    ],
)
def test_the_lists_deadline_for_items_that_name_none(said: str) -> None:
    # A convention in the preamble: items with no deadline of their own are due by its date; one with its own keeps it.
    n = fyplan.parse(
        "示例市人民政府关于2023年重点工作及责任分解的通知\n" + said + "\n一、稳增长\n"
        "1.做好甲事。\n牵头单位:市甲局\n完成时限:6月底前\n2.做好乙事。\n牵头单位:市乙局\n"
    )
    due = [(i.id, i.deadline.by if i.deadline else None) for i in n.items()]
    assert due == [("1", datetime.date(2023, 6, 30)), ("2", datetime.date(2023, 12, 31))]


def test_a_web_address_in_a_tasks_words_is_kept() -> None:
    # A mirror's credit in brackets is dropped (来源 before its address); a site the task itself names is its words.
    n = fyplan.parse(
        HEAD + "1.在县政府门户网站(www.qx.gov.cn)公开办事指南。\n牵头单位:县政务服务中心(本文来源:www.copy-site.cc)\n"
    )
    item = n.items()[0]
    assert item.text == "在县政府门户网站(www.qx.gov.cn)公开办事指南。"
    assert names(item.lead_units) == ["县政务服务中心"]


def test_a_convention_in_brackets_after_the_units_is_no_copula_clause() -> None:
    # (第一责任单位为牵头单位,下同) after a 责任单位 list is the convention (the first leads), not 甲局、乙局(第一
    # 责任单位 named as the lead by a copula — the rewording of 甲局为牵头单位 must not reach into a bracket.
    n = fyplan.parse(HEAD + "1.做好甲事。\n责任单位:市甲局、市乙局(第一责任单位为牵头单位,下同)\n")
    item = n.items()[0]
    assert (names(item.lead_units), names(item.cooperating_units)) == (["市甲局"], ["市乙局"])


def test_bracket_of_fields_wrapped_before_a_name_with_its_own_bracket() -> None:
    # A PDF's wrap inside the bracket of fields (…县住房和城乡 / 建设局;…), the next line holding a name with a
    # bracket of its own (各乡(镇)、街道) before the fields' bracket closes: one bracket, read whole.
    text = (
        "1.推进城区雨污分流改造。(牵头领导:孙强;牵头单位:县住房和城乡\n"
        "建设局;配合单位:各乡(镇)、街道)\n"
        "2.完善农村公路养护机制。(牵头单位:县交通运输局)\n"
    )
    first, second = fyplan.parse(text).items()
    assert [leader.name for leader in first.leaders] == ["孙强"]
    assert [unit.name for unit in first.lead_units] == ["县住房和城乡建设局"]
    assert [unit.name for unit in first.cooperating_units] == ["各乡(镇)、街道"]
    assert [unit.name for unit in second.lead_units] == ["县交通运输局"]


def test_bracket_of_fields_opened_at_a_line_end_with_a_name_bracket_broken() -> None:
    # The bracket of fields opened at the item line's end, its fields on the next line, and a wrap inside a name's own
    # bracket (各乡(镇 / )、街道)): only once that name is whole again does the bracket of fields close on its line.
    text = (
        "1.推进城乡供水一体化。(\n"
        "牵头领导:吴刚;牵头单位:县水利局;配合单位:各乡(镇\n"
        ")、街道)\n"
        "2.完善农村公路养护机制。(牵头单位:县交通运输局)\n"
    )
    first, second = fyplan.parse(text).items()
    assert [leader.name for leader in first.leaders] == ["吴刚"]
    assert [unit.name for unit in first.lead_units] == ["县水利局"]
    assert [unit.name for unit in first.cooperating_units] == ["各乡(镇)、街道"]
    assert [unit.name for unit in second.lead_units] == ["县交通运输局"]


def test_hard_wrap_found_past_a_title_a_little_longer() -> None:
    # Found by hypothesis (test_family_layouts.test_hard_wrapped, 2026-12-04): a notice whose body is hard-wrapped at
    # 30 columns under a title of 32 characters; fields in 【…】 open lines and an item's number is cut from its words
    # (2.推 / 进…). The wrap's width was taken as the title's (within the window's slack), so no line was exactly as
    # wide and the wrap was not found: every line stayed apart (the session-start reader fails it the same way).
    text = (
        "青川县人民政府办公室关于印发2024年重点工作任务分解方案的通知\n"
        "各乡镇人民政府,县直各单位:\n"
        "现将2024年重点工作任务分解如下,请认真抓好落实。\n"
        "一、稳增长促发展1.推进县域医共体建设,全年完成投资5亿元。\n"
        "【牵头领导:王东;牵头单位:县发展和改革局、各乡镇人民政府;\n"
        "配合单位:各乡(镇)、街道、县教育体育局、县委宣传部】2.推\n"
        "进县域医共体建设。【牵头领导:王东、王东东;牵头单位:县教育\n"
        "体育局】3.做好高校毕业生就业工作,新增就业2000人以上。\n"
        "【牵头领导:王东、王东东;牵头单位:县财政局、县融媒体中心】\n"
        "二、扩内需惠民生4.推进县域医共体建设,全年完成投资5亿元。\n"
        "【牵头领导:王东;牵头单位:县发展和改革局】5.推进工业园区\n"
        "扩区调规。【牵头领导:王东、李东;牵头单位:县发展和改革局】\n"
        "6.推进工业园区扩区调规。【牵头单位:县发展和改革局;配合单\n"
        "位:县财政局】\n"
        "\n"
        "县人民政府办公室\n"
    )
    items = list(fyplan.parse(text).items())
    assert [leader.name for leader in items[0].leaders] == ["王东"]
    assert [unit.name for unit in items[0].lead_units] == ["县发展和改革局", "各乡镇人民政府"]
    assert [unit.name for unit in items[0].cooperating_units] == ["各乡(镇)、街道", "县教育体育局", "县委宣传部"]
    assert items[1].text.startswith("推进县域医共体建设") and [u.name for u in items[1].lead_units] == ["县教育体育局"]


def _duties_of(text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    return duties(fyplan.parse(text))  # (id, leaders, lead units, cooperating units) of each item, as test_dialects


def test_leader_lines_closing_items_numbered_in_chinese_stay_theirs() -> None:
    # (session 28's review: a leaders_above count took a field closing an item numbered 一、 for one over the next)
    text = (
        "某县2024年重点工作\n"
        "一、新建城区污水管网12公里。\n牵头单位:县住建局\n责任领导:钟立\n"
        "二、改造农贸市场3个。\n牵头单位:县商务局\n责任领导:范晓东\n"
        "三、新增公办学位800个。\n牵头单位:县教育局\n责任领导:祁月\n"
    )
    assert [(i, people) for i, people, _, _ in _duties_of(text)] == [
        ("1", ["钟立"]),
        ("2", ["范晓东"]),
        ("3", ["祁月"]),
    ]


def test_minutes_last_topic_kept_before_the_issuer_and_date() -> None:
    text = (
        "某县县长办公会议纪要\n"
        "一、关于农村公路建设\n会议决定,由县交通运输局牵头,县财政局配合,年内完成50公里。\n"
        "二、关于学校改造\n会议同意,交由县教育局办理。\n"
        "出席:甲乙\n"
        "某县人民政府办公室2024年3月5日印发\n"
    )
    assert [(i, lead) for i, _, lead, _ in _duties_of(text)] == [("1", ["县交通运输局"]), ("2", ["县教育局"])]


def test_compound_ids_of_a_task_with_points_stay_unique() -> None:
    text = (
        "某县2024年重点工作\n一、经济发展\n1.1 建设高标准农田4万亩。(县农业农村局牵头)\n"
        "1.2 扩大有效投资:\n(1)新开工项目20个。(县发改局牵头)\n(2)竣工项目15个。(县住建局牵头)\n"
        "二、社会事业\n2.1 新建学校3所。(县教育局牵头)\n"
    )
    assert [i for i, _, _, _ in _duties_of(text)] == ["1.1", "1.2.1", "1.2.2", "2.1"]


def test_a_county_named_huitong_and_helpers_after_huitong_in_headings() -> None:
    text = (
        "某市2024年重点工作\n一、会同县人民政府牵头事项\n1.建设高标准农田4万亩。\n"
        "二、县住建局会同有关部门牵头事项\n2.编制城市更新专项规划。\n"
    )
    read = _duties_of(text)
    assert read[0][2] == ["会同县人民政府"]
    assert (read[1][2], read[1][3]) == (["县住建局"], ["有关部门"])


def test_a_footer_with_spaces_for_its_colon_is_no_rest_of_the_last_list() -> None:
    # 抄送 then the bodies parted by spaces (a Word footer's cells) right under the last item's list: the document's
    # footer, not three more cooperating units.
    text = (
        "某县2024年重点工作\n一、民生\n1.新建公办幼儿园2所。\n牵头单位:县教育局\n配合单位:县住建局、各乡镇人民政府\n"
        "抄送 县委办 县人大办 县政协办\n"
    )
    assert _duties_of(text)[0][3] == ["县住建局", "各乡镇人民政府"]


def test_the_ocr_slip_hint_knows_every_misread_role_word() -> None:
    # decode looks for the misread words of grammar/ocr-slips.txt only where the text holds one of their misread
    # characters (a quick class) or the misread word itself where its character is common (任入: 入 is in most notices; _ROLE_SLIP_WORDS):
    # a pair added to the file must add one of them there too, or it is never mended.
    from fyplan.grammars import grammar_dir
    from fyplan.read.decode import _ROLE_SLIP_HINT, _ROLE_SLIP_WORDS

    for line in (grammar_dir() / "ocr-slips.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            misread, word = line.split()[:2]
            assert misread in _ROLE_SLIP_WORDS or any(
                _ROLE_SLIP_HINT.search(a) for a, b in zip(misread, word, strict=True) if a != b
            ), line


def test_numbered_lines_left_after_the_items_are_warned_of() -> None:
    # A tab table the reader lost after row 2 (a line it could not place between rows): rows 3 and 4 stay lines after
    # the part, kept but read as no item — each is said, at its own line, with the lint code of a line not read.
    text = (
        "示例市人民政府关于2023年重点工作责任分解的通知\n"
        "序号\t工作任务\t责任领导\t牵头单位\t配合单位\n"
        "一、城市建设\n"
        "1\t新建城市道路6条。\t王强\t市住建局\t市交通局\n"
        "2\t改造老旧小区30个。\t王强\t市住建局\t市财政局\n"
        "以上任务请各单位认真对待并按月报送情况\n"
        "3\t新建口袋公园12个。\t李娜\t市园林局\t市财政局\n"
        "4\t完成背街小巷整治40条。\t李娜\t市城管局\t各区政府\n"
    )
    notice = fyplan.parse(text)
    warned = [(d.line, d.code) for d in notice.diagnostics if "was not read as an item" in d.message]
    read = [item.id for item in notice.items()]
    # (either the reader reads rows 3 and 4 as items, or it says it did not: never both, never neither)
    assert sorted(read + [str(line - 4) for line, _ in warned]) == ["1", "2", "3", "4"]
    assert all(code == "FY007" for _, code in warned)
