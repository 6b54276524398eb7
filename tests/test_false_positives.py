"""Notices in the plain labelled template that the family's mechanisms must leave alone: numbers and
brackets inside sentences, lists inside items, asides, closing paragraphs, headings with clauses,
footers (cases found by a code review of the family reader; each was misread before its fix)."""

from __future__ import annotations

import fyplan
from fyplan.model import Notice

HEAD = "某市人民政府关于2024年重点工作及责任分解的通知\n一、确保完成主要预期目标\n"


def duty(leader: str, lead: str, coop: str) -> str:
    return f"牵头负责领导:{leader}\n牵头责任单位:{lead}\n协同责任单位:{coop}\n"


def read(text: str) -> list[tuple[str, str, list[str], list[str], list[str]]]:
    notice = fyplan.parse(text)
    return [
        (
            i.id,
            i.text.replace("\n", ""),
            [x.name for x in i.leaders],
            [u.name for u in i.lead_units],
            [u.name for u in i.cooperating_units],
        )
        for i in notice.items()
    ]


def test_chinese_numbers_inside_a_sentence_are_text() -> None:
    text = (
        HEAD
        + "1.推进高铁新城一、二、三期工程建设。\n"
        + duty("张三", "市住建局", "市财政局")
        + "2.落实国务院第(一)(二)项要求,推进第一、二、三产业融合。\n"
        + duty("李四", "市农业农村局", "市发改委")
    )
    assert read(text) == [
        ("1", "推进高铁新城一、二、三期工程建设。", ["张三"], ["市住建局"], ["市财政局"]),
        ("2", "落实国务院第(一)(二)项要求,推进第一、二、三产业融合。", ["李四"], ["市农业农村局"], ["市发改委"]),
    ]


def test_points_listed_inside_an_item_are_its_text() -> None:
    text = (
        HEAD
        + "2.实施三大行动:(1)培育龙头企业;(2)建设产业园区;(3)引进项目50个。\n"
        + duty("李四", "市经信局", "市商务局")
    )
    assert read(text) == [
        ("2", "实施三大行动:(1)培育龙头企业;(2)建设产业园区;(3)引进项目50个。", ["李四"], ["市经信局"], ["市商务局"])
    ]


def test_a_list_without_final_stops_is_no_wrapped_text() -> None:
    lines = [
        "某县人民政府关于2024年民生实事项目责任分工的通知",
        "各乡镇人民政府,县政府各部门:",
        "现将民生实事项目责任分工印发给你们",
    ]
    for k in range(1, 9):
        lines += [
            f"{k}.新建改建农村公路{k}0公里以上并完善安全设施",
            f"责任单位:县交通运输局、县财政局、第{k}乡镇人民政府",
        ]
    lines += ["某县人民政府", "2024年2月20日"]
    notice = fyplan.parse("\n".join(lines))
    assert notice.title == "某县人民政府关于2024年民生实事项目责任分工的通知"
    assert [i.id for i in notice.items()] == [str(k) for k in range(1, 9)]
    assert [u.name for u in notice.items()[7].lead_units][-1] == "第8乡镇人民政府"
    assert [i.line for i in notice.items()] == list(range(4, 20, 2))


def test_a_closing_paragraph_with_a_bracketed_name_is_no_item() -> None:
    text = (
        HEAD
        + "1.全市生产总值增长6%。\n"
        + duty("张三", "市发展改革委", "市统计局")
        + "二、工作要求\n各牵头单位要细化工作措施,每季度末将进展情况报送市政府督查室(市政府办公室)。\n"
        + "某市人民政府\n2024年3月1日\n"
    )
    notice = fyplan.parse(text)
    assert [i.id for i in notice.items()] == ["1"]
    kept = notice.sections[-1].intro + notice.sections[-1].tail + notice.closing
    assert "市政府督查室(市政府办公室)" in kept


def test_fields_after_the_sentence_raise_no_warning() -> None:
    text = "一、稳增长\n1.全市生产总值增长6%。牵头单位:市发展改革委;配合单位:市统计局、市财政局。\n"
    notice = fyplan.parse(text)
    assert not notice.diagnostics
    assert read(text) == [("1", "全市生产总值增长6%。", [], ["市发展改革委"], ["市统计局", "市财政局"])]


def test_a_bracket_in_the_text_of_an_item_with_duty_lines_is_text() -> None:
    text = HEAD + "2.推进紧密型县域医共体建设(县医院牵头),实现县域全覆盖。\n" + duty("李四", "市卫生健康委", "市医保局")
    assert read(text) == [
        ("2", "推进紧密型县域医共体建设(县医院牵头),实现县域全覆盖。", ["李四"], ["市卫生健康委"], ["市医保局"])
    ]


def test_headings_with_a_clause_stay_sections_when_sections_hold_items() -> None:
    text = (
        "甲省2024年重点工作分工\n一、扩大有效投资(省发展改革委牵头)\n1.新开工重大项目200个以上。\n"
        "2.完成交通投资800亿元。(省交通运输厅负责)\n三、保障粮食安全(省农业农村厅牵头,省粮食和储备局配合)\n"
    )
    notice: Notice = fyplan.parse(text)
    assert [i.id for i in notice.items()] == ["1", "2"]
    assert [s.number for s in notice.sections] == [1, 3]


def test_leaders_in_headings_are_whole_names_or_whole_roles() -> None:
    text = (
        "某县2024年重点工作任务分解\n一、常务副县长负责的工作\n1.地区生产总值增长6%。(县发改委牵头)\n"
        "二、县政府办公室主任负责的工作\n2.深化政务公开。(县政务服务中心负责)\n"
    )
    assert [(i.id, [x.name for x in i.leaders]) for i in fyplan.parse(text).items()] == [
        ("1", ["常务副县长"]),
        ("2", []),
    ]


def test_a_footer_with_bars_is_no_table_row() -> None:
    text = (
        "首页 | 政务公开 | 重点工作 | 责任单位\n"
        + HEAD
        + "1.全市生产总值增长6%。\n"
        + duty("张三", "市发展改革委", "市统计局")
        + "分享到: 微信 | 微博 | 打印本页 | 关闭窗口\n"
    )
    assert read(text) == [("1", "全市生产总值增长6%。", ["张三"], ["市发展改革委"], ["市统计局"])]


def test_a_sentence_after_the_last_duty_line_is_not_its_names() -> None:
    text = HEAD + "1.全市生产总值增长6%。\n" + duty("张三", "市发展改革委", "市税务局")
    text += "各县区、各部门要高度重视,每季度末将工作进展情况报送市政府督查室。\n"
    assert read(text)[0][4] == ["市税务局"]


def test_a_paragraph_between_unnumbered_items_is_kept() -> None:
    text = (
        "某省2015年重点工作部门分工\n一、稳增长\n(一)扩大消费。\n"
        "发展消费新业态。(省商务厅负责)\n各地要结合实际抓好落实。\n"
        "提升消费环境。(省市场监管局负责)\n各地要及时报送进展情况。\n"
    )
    notice = fyplan.parse(text)
    assert [(i.id, [u.name for u in i.lead_units]) for i in notice.items()] == [
        ("1", ["省商务厅"]),
        ("2", ["省市场监管局"]),
    ]
    # Nothing is dropped: a paragraph with no clause stays in the text (here it opens item 2's
    # paragraph, read as wrapped), the last one in the closing.
    kept = "".join([notice.closing, *(i.text for i in notice.items()), *(i.node.heading or "" for i in notice.items())])
    assert "各地要结合实际抓好落实" in kept and "各地要及时报送进展情况" in kept


def test_a_news_item_with_one_block_of_organiser_lines_is_no_notice() -> None:
    text = "市图书馆举办读书月活动\n本报讯 读书月活动昨日开幕。\n活动现场气氛热烈。\n主办单位:市文化和旅游局\n协办单位:市教育局、市新华书店\n"
    notice = fyplan.parse(text)
    assert not notice.names_duties()
