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


# The second review (of 817480d..332e5a7):


def test_a_place_or_a_body_with_its_post_is_no_leader_heading() -> None:
    from fyplan.read.scope import heading_roles

    for heading in ("（一）金山区区长", "林业局 局长", "刘家村 村委会主任", "万达集团 董事长", "黄山市市长"):
        assert heading_roles(heading).leaders == (), heading


def test_a_governments_other_posts_head_their_items() -> None:
    text = "一、市政府秘书长负责的工作\n1.推进政务服务改革。\n责任单位:市政务服务局\n"
    assert rows(fyplan.parse(text))[0][1] == ["市政府秘书长"]


def test_sub_rows_keep_their_own_persons() -> None:
    text = (
        "| 序号 | 重点任务 | 责任领导 | 牵头单位 | 责任人 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 开展家电以旧换新补贴活动。 | 王建国 | 区商务局 | 李明 |\n"
        "| 1 | 举办夜间消费节系列活动。 | 王建国 | 区文化和旅游局 | 赵刚 |\n"
        "| 2 | 推进城中村改造项目开工。 | 陈志强 | 区住房城乡建设局 | 孙伟 |\n"
    )
    assert [r[1] for r in rows(fyplan.parse(text))] == [["王建国", "李明"], ["王建国", "赵刚"], ["陈志强", "孙伟"]]


def test_a_notice_to_do_work_well_lists_work() -> None:
    text = "关于做好2025年春季森林防火工作的通知\n1.加强野外火源管控。\n2.强化隐患排查整治。\n3.做好应急值守。\n"
    assert lists_work(fyplan.parse(text))


def test_a_summary_by_fields_lists_no_work() -> None:
    text = (
        "某区2024年上半年工作总结和下半年工作计划\n1.工业经济方面,完成规上工业增加值120亿元。\n"
        "2.项目建设方面,完成投资80亿元。\n3.民生保障方面,新增就业3000人。\n"
    )
    assert not reads_as_notice(fyplan.parse(text))


def test_a_finding_about_main_responsibility_is_no_first_listed_convention() -> None:
    from fyplan.units import says_first_leads

    assert not says_first_leads("检查发现的问题:第一是主要责任落实不到位,第二是隐患整改不及时。")
    assert says_first_leads("由多个部门负责的,第一个部门为主要责任部门。")


def test_a_merged_number_printed_with_a_stop_is_a_sub_row() -> None:
    text = (
        "序号\t重点工作\t牵头单位\t完成时限\n1.\t开展家电以旧换新补贴活动。\t区商务局\t12月底\n"
        "\t举办夜间消费节系列活动。\t区商务局\t9月底前\n2.\t推进城中村改造项目开工。\t区住建局\t11月底\n"
    )
    assert [i.id for i in fyplan.parse(text).items()] == ["1", "1", "2"]


def test_several_bodies_alone_share_the_verb_after_them() -> None:
    text = "1.开展道路交通秩序整治。此项工作由市公安局牵头,市交通运输局,市城管局,市应急管理局配合。\n"
    assert rows(fyplan.parse(text))[0][2:] == (["市公安局"], ["市交通运输局", "市城管局", "市应急管理局"])
