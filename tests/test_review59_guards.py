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
