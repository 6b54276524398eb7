"""Guards for the defects a review of session 58's reader change found (each input written here, in my own words;
each test failed on the change before its mend)."""

from __future__ import annotations

import fyplan
from fyplan.model import Notice
from fyplan.worklist import lists_work, reads_as_notice


def rows(notice: Notice) -> list[tuple[str, list[str], list[str], list[str]]]:
    return [
        (i.id, [x.name for x in i.leaders], [u.name for u in i.lead_units], [u.name for u in i.cooperating_units])
        for i in notice.items()
    ]


def test_a_list_of_work_in_traditional_characters_is_read() -> None:
    text = "某區2022年工作要點\n一、城市建設\n（一）推進濱江片區更新改造。\n（二）推進科創園二期建設。\n（三）加強商圈業態布局。\n"
    notice = fyplan.parse(text)
    assert not notice.names_duties() and lists_work(notice)


def test_texts_that_say_no_plan_are_no_list_of_work() -> None:
    summary = "某区2023年工作总结\n2023年,全区各项工作取得新成效。\n1.完成地区生产总值386亿元。\n2.实现财政收入增长5%。\n3.建成5G基站120个。\n"
    contents = (
        "某区国土空间总体规划文本\n目 录\n1.加快构建新发展格局……3\n2.推进城乡融合发展……9\n3.完善基础设施网络……15\n"
    )
    for text in (summary, contents):
        assert not reads_as_notice(fyplan.parse(text))


def test_liaojie_and_weile_tell_no_past() -> None:
    text = "某区2024年企业服务工作要点\n1.深入企业了解用工需求。\n2.为了提升服务能力,开展专题培训。\n3.继续实施惠企政策直达。\n"
    assert lists_work(fyplan.parse(text))


def test_a_counted_run_read_whoever_it_names_ends_with_its_last_point() -> None:
    text = (
        "市政府召开常务会议\n会议要求,一要抓紧项目开工;二要加快物资储备;三要切实做好森林防火。"
        "会议还审议通过了《某市物业管理办法》。\n"
    )
    items = fyplan.parse(text).items()
    assert [i.text for i in items][-1] == "切实做好森林防火。"


def test_a_person_column_keeps_the_merged_leader_cell_above() -> None:
    text = "某区2025年重点项目推进表\n序号\n项目名称\n责任领导\n责任单位\n责任人\n1\n滨江步道二期建设\n周立\n区城投公司\n吴平\n2\n智慧停车系统建设\n区交通局\n郑岚\n"
    assert rows(fyplan.parse(text)) == [
        ("1", ["周立", "吴平"], ["区城投公司"], []),
        ("2", ["周立", "郑岚"], ["区交通局"], []),
    ]


def test_a_person_cell_that_names_a_body_stays_a_note() -> None:
    text = (
        "| 序号 | 项目名称 | 责任领导 | 责任单位 | 责任人 |\n| 1 | 城北污水厂提标改造 | 许文 | 区水务局 | 区水务局 |\n"
    )
    item = fyplan.parse(text).items()[0]
    assert [x.name for x in item.leaders] == ["许文"]
    assert ("责任人", "区水务局") in item.task.notes


def test_a_project_manager_column_is_no_leader() -> None:
    text = "| 序号 | 项目名称 | 责任领导 | 责任单位 | 项目责任人 |\n| 1 | 滨江步道建设 | 周立 | 区城投公司 | 吴平 |\n"
    assert rows(fyplan.parse(text)) == [("1", ["周立"], ["区城投公司"], [])]


def test_a_name_and_its_own_title_spaced_out_stay_one_leader() -> None:
    text = "1.推进县城供水管网改造。\n责任领导:陈伟 副县长 县水务局局长\n牵头单位:县水务局\n"
    assert rows(fyplan.parse(text))[0][1] != ["陈伟", "副县长", "县水务局局长"]


def test_a_note_line_under_a_markdown_table_is_no_sub_row() -> None:
    text = (
        "| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"
        "| 1 | 推进县城供水管网改造。 | 县水务局 | 县住建局 |\n| 2 | 新建城区公办幼儿园3所。 | 县教育局 | 县住建局 |\n"
        "| 备注：上述任务完成情况纳入年度综合考核 | 县考核办 |\n"
    )
    assert [i.id for i in fyplan.parse(text).items()] == ["1", "2"]


def test_a_named_districts_government_post_heads_its_items() -> None:
    text = "一、青山区人民政府副区长负责的工作\n1.推进县域商业体系建设。\n责任单位:区商务局\n"
    assert rows(fyplan.parse(text))[0][1] == ["青山区人民政府副区长"]
