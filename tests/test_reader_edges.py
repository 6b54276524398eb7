"""Layouts a newcomer tried that the reader first got wrong; each expectation read off its text."""

from __future__ import annotations

import datetime

import pytest

import fyplan
from fyplan.model import Item

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
