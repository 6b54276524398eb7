"""Guards for the defects a review of session 59's reader change found (inputs written for the review, in its own
words, and checked here; each test failed on the change before its mend)."""

from __future__ import annotations

import fyplan
from fyplan.deadlines import in_sentence, read_deadline
from fyplan.model import Notice


def rows(notice: Notice) -> list[tuple[str, list[str], list[str], list[str]]]:
    return [
        (i.id, [x.name for x in i.leaders], [u.name for u in i.lead_units], [u.name for u in i.cooperating_units])
        for i in notice.items()
    ]


def test_a_short_government_on_its_own_line_is_a_body_of_its_own() -> None:
    # 市交通委 / 区政府 in a unit cell: two bodies (区政府 is a district's government), not one name wrapped
    text = (
        "                 2024年市为民办实事项目责任分工\n\n"
        " 序号              实事内容                          责任单位\n"
        " 1     新建城东公交首末站一座，新增公交     市交通委\n"
        "       线路三条。                           区政府\n"
        " 2     新建社区食堂十个。                   市民政局\n"
        "                                            镇人民政府\n"
    )
    assert [r[2] for r in rows(fyplan.parse(text))] == [["市交通委", "区政府"], ["市民政局", "镇人民政府"]]


def test_a_unit_column_with_its_duties_is_a_unit_column() -> None:
    # 牵头单位及职责 | 配合单位及职责: the bodies (and what each does): unit columns, not notes
    text = (
        "某县2024年安全生产重点工作任务分解表\n"
        "序号\t重点任务\t牵头单位及职责\t配合单位及职责\t完成时限\n"
        "1\t开展燃气安全专项整治\t县住建局\t县市场监管局、县应急管理局\t2024年6月底\n"
        "2\t开展道路交通安全整治\t县公安局\t县交通运输局\t2024年9月底\n"
    )
    assert rows(fyplan.parse(text)) == [
        ("1", [], ["县住建局"], ["县市场监管局", "县应急管理局"]),
        ("2", [], ["县公安局"], ["县交通运输局"]),
    ]


def test_minutes_with_full_width_pinyin_brackets() -> None:
    text = (
        "4月8日，县长主持召开县人民政府第11次常务会议，现纪（jì）要如下：\n"
        "1.审议《关于2024年高标准农田建设实施方案的请示》\n"
        "会议议定：原则同意该《请示》。由农（nóng）业农村局牵头，财政局、水（shuǐ）利局配合，6月底前完成招标。\n"
        "2.审议《关于2024年义务教育学校建设的请示》\n"
        "会议议定：原则同意该《请示》。由分管副县长（zhǎng）牵头，教育局、发改局配合，9月（yuè）底前完成主体工程。\n"
    )
    notice = fyplan.parse(text)
    assert rows(notice) == [
        ("1", [], ["农（nóng）业农村局"], ["财政局", "水（shuǐ）利局"]),
        ("2", ["分管副县长（zhǎng）"], [], ["教育局", "发改局"]),
    ]
    assert [str(i.deadline) for i in notice.items()] == ["6月底前完成", "9月（yuè）底前完成"]


def test_a_decided_matter_under_a_lone_number_keeps_all_its_lines() -> None:
    text = "区政府常务会议纪要\n(一)\n传达学习《某省河道管理条例》。\n会议要求,认真组织学习。\n(二)\n听取区住建局汇报。\n会议要求,由区住建局牵头,区财政局配合。\n"
    first = fyplan.parse(text).items()[0]
    assert first.text.startswith("传达学习") and "认真组织学习" in first.text


def test_a_deadline_with_pinyin_inside_is_read_and_kept_as_printed() -> None:
    assert in_sentence("由住建局牵头,应急管理局配合,5月(yuè)底前完成排查。") == "5月(yuè)底前完成"
    deadline = read_deadline("5月(yuè)底前完成", 2024)
    assert (deadline.written, str(deadline.by)) == ("5月(yuè)底前完成", "2024-05-31")


def test_a_merged_group_cell_before_lead_and_cooperating_columns() -> None:
    text = (
        "某区2023年政务公开工作要点任务分解表\n"
        "工作任务 | 具体要求 | 牵头单位 | 配合单位 | 备注 |\n"
        "推进决策公开 | 完善重大行政决策预公开制度 | 对涉及群众切身利益的重大决策事项,决策前向社会公开草案并听取意见 | 区司法局 | 区政府办公室 | |\n"
        "落实政策解读 | 区政府出台的规范性文件同步发布解读材料,做到应解尽解 | 区政府办公室 | 区各部门 | |\n"
        "加强基层公开 | 推进街镇公开标准目录落地 | 各街道按标准目录梳理公开事项,年内完成专栏建设 | 区政务服务办 | | |\n"
    )
    notice = fyplan.parse(text)
    assert rows(notice) == [
        ("1", [], ["区司法局"], ["区政府办公室"]),
        ("2", [], ["区政府办公室"], ["区各部门"]),
        ("3", [], ["区政务服务办"], []),
    ]
    assert [i.text[:6] for i in notice.items()] == ["完善重大行政", "落实政策解读", "推进街镇公开"]


# Second review (a65db90..a30e50a): the heads of departments beside a leader column, a number alone over a title
# and its paragraph, a | row cut at a border by a page's wrap.

_HEADS_TABLE = "某县2024年民生实事分解表\n序号\t实事任务\t责任领导\t牵头单位\t配合单位\t责任人\n"


def test_a_person_cell_naming_a_government_post_stays_leaders() -> None:
    rows_text = (
        "1\t推进县城供热管网改造\t钱立新\t县住建局\t县发改委\t局长 周平 副县长 吴刚\n"
        "2\t开展人居环境整治\t赵文斌\t县农业农村局\t各乡镇\t县人大常委会副主任 陈红\n"
        "3\t实施背街小巷整治\t钱立新\t县城管局\t县公安局\t局长 马文斌\n"
    )
    assert [r[1] for r in rows(fyplan.parse(_HEADS_TABLE + rows_text))] == [
        ["钱立新", "周平", "吴刚"],
        ["赵文斌", "陈红"],
        ["钱立新"],
    ]


def test_department_heads_without_a_leader_column_are_the_leaders() -> None:
    text = (
        "某县2024年安全生产任务表\n序号\t任务\t牵头单位\t配合单位\t第一责任人\t具体责任人\n"
        "1\t开展道路交通安全隐患排查\t县公安局\t县交通运输局\t局长 吴刚\t副局长 刘明\n"
    )
    assert [r[1] for r in rows(fyplan.parse(text))] == [["吴刚", "刘明"]]


def test_a_number_alone_over_a_title_and_its_paragraph_keeps_both() -> None:
    text = (
        "关于做好2024年防汛工作的通知\n(一)\n加强组织领导\n各乡镇要把防汛工作摆上重要议事日程,主要负责同志亲自部署。\n"
        "(二)\n强化隐患排查\n汛前对辖区内水库、山塘开展一次全面排查。(县水利局牵头,各乡镇配合)\n"
    )
    items = fyplan.parse(text).items()
    assert items[0].text.startswith("加强组织领导") and "主要负责同志亲自部署" in items[0].text
    heading = items[1].node.heading
    assert heading is None or "主要负责同志" not in heading


def _wrapped_page(rows_text: str) -> str:
    """A town's work points whose covering text a page wrapped at one width (11 lines of it), then a | table of
    序号 | 工作内容 | 分管领导 | 牵头部门 | 配合部门 | 完成时限 and ``rows_text`` under its header."""
    preamble = "".join(f"第{n}行说明文字用于形成折行宽度的段落内容继续\n" for n in range(1, 12))
    header = "| 序号 | 工作内容 | 分管领导 | 牵头部门 | 配合部门 | 完成时限 |\n|:---:|---|---|---|---|---|\n"
    return "某镇2024年工作要点\n" + preamble + header + rows_text


def test_a_piped_row_cut_at_a_border_by_a_wrap_is_joined_with_one_border() -> None:
    text = _wrapped_page(
        "| 1 | 园区更新。推进老工业园区转型升级,完成2个地块收储。 | 分管副镇长 |\n"
        "| 镇规划建设办 | 镇经济发展办 | 2024年11月 |\n"
        "| 2 | 平安建设。开展燃气安全专项整治,全年不发生较大安全事故。 | 分管副镇长 | 镇平安办 | 镇派出所 | 全年 |\n"
    )
    assert rows(fyplan.parse(text)) == [
        ("1", ["分管副镇长"], ["镇规划建设办"], ["镇经济发展办"]),
        ("2", ["分管副镇长"], ["镇平安办"], ["镇派出所"]),
    ]


# Third review (6222e88..a2b3443): a second, narrower | table on a wrapped page; a bureau's own 党组书记; 全局 at
# the end of 市国家安全局; the minutes' closing lines under the last lone number.


def test_a_second_narrower_piped_table_on_a_wrapped_page_keeps_its_rows() -> None:
    text = _wrapped_page(
        "| 1 | 招商引资。全年引进内资企业500家以上,注册资金不低于10亿元。 | 镇长 | 镇经发办 | 镇财政所 | 2024年12月 |\n"
        "\n附表2 民生实事项目\n| 序号 | 实事项目 | 牵头部门 | 完成时限 |\n|:---:|---|---|---|\n"
        "| 1 | 新建村级养老服务站3个,配齐适老化设施设备 | 镇社会事务办 | 2024年10月 |\n"
        "| 2 | 改造农村公路15公里,完善安全防护设施 | 镇规划建设办 | 2024年11月 |\n"
    )
    assert [r[2] for r in rows(fyplan.parse(text))] == [["镇经发办"], ["镇社会事务办"], ["镇规划建设办"]]


def test_a_bureaus_own_party_secretary_is_a_department_head() -> None:
    text = _HEADS_TABLE + "1\t建设城区污水管网\t钱立新\t县住建局\t县水利局\t局长兼党组书记 孙浩\n"
    assert [r[1] for r in rows(fyplan.parse(text))] == [["钱立新"]]


def test_a_heading_naming_the_state_security_bureau_leads_its_items() -> None:
    text = (
        "某市2024年平安建设任务分工\n一、市国家安全局\n1.加强重点领域反间谍安全防范。\n2.开展国家安全宣传教育活动。\n"
    )
    assert [r[2] for r in rows(fyplan.parse(text))] == [["市国家安全局"], ["市国家安全局"]]


def test_the_minutes_closing_lines_are_no_words_of_the_last_matter() -> None:
    text = (
        "县政府第八次常务会议纪要\n(一)\n听取县应急局关于春季森林防火工作的汇报。\n"
        "会议要求,由县应急局牵头,县林业局配合,做好春季防火工作。\n(二)\n研究部署第一季度经济运行工作。\n"
        "出席:县长、常务副县长、副县长\n县人民政府办公室\n2024年3月13日\n"
    )
    assert fyplan.parse(text).items()[-1].text == "研究部署第一季度经济运行工作。"
