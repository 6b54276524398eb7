"""Guards for session 61's reader changes (inputs written for them, in my own words; each test failed before its
mend)."""

from __future__ import annotations

import fyplan
from fyplan.units import split_names
from fyplan.worklist import reads_as_notice


def test_and_joins_a_body_to_the_places_along_the_work() -> None:
    # 沿线乡镇, 沿江县区: the places the work runs along, a collective as 有关乡镇 is; not a tail of the body before it
    assert split_names("县交通局、县建设局、县林业局和沿线乡镇").names == (
        "县交通局",
        "县建设局",
        "县林业局",
        "沿线乡镇",
    )
    assert split_names("市水利局和沿江县区").names == ("市水利局", "沿江县区")
    # a body's own name keeps its 和
    assert split_names("县人力资源和社会保障局").names == ("县人力资源和社会保障局",)


def items_of(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """Each item's id, text, lead and cooperating units, as read."""
    return [
        (i.id, i.text, [u.name for u in i.lead_units], [u.name for u in i.cooperating_units])
        for i in fyplan.parse(text).items()
    ]


def test_a_first_part_on_thinking_is_front_matter_not_tasks() -> None:
    # 一、统一思想,提高认识 over (一)提高政治站位。…: the front matter's points, never items, though they open with verbs
    text = (
        "一、统一思想,提高认识\n(一)提高政治站位。\n(二)强化责任担当。\n(三)增强工作合力。\n二、主要任务\n"
        "(一)推进厕所革命。牵头单位:县农业农村局;配合单位:各乡镇。\n"
        "(二)加强生活垃圾治理。牵头单位:县城管局;配合单位:各乡镇。\n"
    )
    assert [t[:9] for _, t, _, _ in items_of(text)] == ["推进厕所革命。", "加强生活垃圾治理。"]


def test_a_report_of_work_done_opening_with_a_time_is_still_refused() -> None:
    # 今年以来, / 一季度内, / 截至目前,: four characters and a comma, but a time — a report of work done, no list of work
    text = (
        "我市一季度重点工作进展顺利\n今年一季度,全市上下各项重点工作进展顺利。\n"
        "一、今年以来,加快推进重大项目建设,全市完成投资20亿元,同比增长12%。\n"
        "二、一季度内,持续优化营商环境,新登记市场主体3000户。\n"
        "三、截至目前,扎实推进民生实事,城镇新增就业5000人。\n"
    )
    assert not reads_as_notice(fyplan.parse(text))


def test_a_meeting_that_only_heard_and_studied_gives_out_no_work() -> None:
    # 传达学习了…, 听取了…汇报, 研究了人事任免: matters that give no work out — the report is refused as before
    text = (
        "县委召开常委会会议研究部署近期重点工作\n3月5日,县委书记主持召开县委常委会会议。\n"
        "一、会议传达学习了省委全会精神。\n二、会议听取了全县一季度经济运行情况汇报。\n三、会议研究了人事任免事项。\n"
    )
    assert not reads_as_notice(fyplan.parse(text))


def test_a_task_table_row_numbering_a_part_keeps_the_rows_after_it() -> None:
    # | 一 | 社会保障 |: a part's number and title in the two cells — the rows after it are read (they were dropped)
    text = (
        "| 序号 | 实事项目 |\n|------|------|\n| 1 | 新建公办幼儿园5所,由市教育局负责。 |\n"
        "| 2 | 改造老旧小区30个,由市住建局负责。 |\n| 一 | 社会保障 |\n"
        "| 3 | 新增养老床位500张,由市民政局负责。 |\n| 4 | 新增就业岗位1万个,由市人社局负责。 |\n"
    )
    assert [(i, lead) for i, _, lead, _ in items_of(text)][-2:] == [("3", ["市民政局"]), ("4", ["市人社局"])]


def test_a_task_table_one_cell_a_line_ends_before_the_imprint() -> None:
    # the issuer's name and the date under the last row are the notice's, no words of the row's cell
    text = (
        "序号\n\n实事项目\n\n1\n\n新建公办幼儿园5所,由市教育局牵头负责\n\n2\n\n改造老旧小区30个,由市住建局牵头负责\n\n"
        "3\n\n完善社区养老服务设施\n\n某市人民政府办公室\n\n2024年3月1日\n"
    )
    assert [t for _, t, _, _ in items_of(text)][-1] == "完善社区养老服务设施"


def test_a_name_from_a_heading_keeps_the_heading_s_marks_for_every_item_under_it() -> None:
    # 各县（市、区）人民政府 in the heading over items 1-4, 各县(市、区)… in the next heading: each item's as above it
    text = (
        "一、各县（市、区）人民政府牵头的工作\n1．推进老旧小区改造，完善配套设施。\n2．推进棚户区改造，提升居住品质。\n"
        "3．推进城中村改造。\n4．推进背街小巷整治。\n二、各县(市、区)人民政府配合的工作\n5．加快建设智慧城市。牵头单位：市大数据局。\n"
    )
    assert [lead for _, _, lead, _ in items_of(text)][:4] == [["各县（市、区）人民政府"]] * 4


def test_a_collective_of_the_places_concerned_keeps_its_levels_together() -> None:
    # 各有关市、县(区)人民政府: each concerned city and county's government, one collective (as 各市、县(区)人民政府 is)
    assert split_names("自治区水利厅、各有关市、县(区)人民政府").names == ("自治区水利厅", "各有关市、县(区)人民政府")
    assert split_names("各相关县、区政府").names == ("各相关县、区政府",)
    assert split_names("各有关部门、县区政府").names == ("各有关部门", "县区政府")
