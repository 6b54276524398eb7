"""Counter-examples a review of session 62's reader changes found (each failed at 76915c1, before its mend): what a
careful reader of each small notice records, written before the mends ran."""

from __future__ import annotations

from pathlib import Path

import fyplan


def _items(tmp_path: Path, text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return [
        (
            item.id,
            [u.name for u in item.lead_units],
            [u.name for u in item.cooperating_units],
            str(item.deadline) if item.deadline else None,
        )
        for item in fyplan.load(path).items()
    ]


def test_a_whole_etc_word_at_a_wrapped_cells_end_ends_the_name(tmp_path: Path) -> None:
    # (…等部门 / 各区县政府: 等部门 is whole; the wrap starts the next body — tables._ETC_CUT is for 等省 / 直有关部门)
    text = (
        "某市2024年重点工作任务分工\n\n"
        "序号        重点工作                                牵头单位            配合单位\n\n"
        "1     推进城市轨道交通二期工程,年内完成投资         市发展改革委        市财政局、市住建局等部门\n"
        "      45亿元。                                                          各区县政府\n\n"
        "2     实施消费提振行动,社会消费品零售总额增         市商务局            市财政局、市文旅局等单位\n"
        "      长6%左右。                                                        市邮政管理局\n"
    )
    found = _items(tmp_path, text)
    assert found[0][2] == ["市财政局", "市住建局", "各区县政府"]
    assert found[1][2] == ["市财政局", "市文旅局", "市邮政管理局"]


def test_a_run_that_ends_with_a_deadline_takes_no_footer_after_a_page_number(tmp_path: Path) -> None:
    text = (
        "各乡镇人民政府,县政府各部门:\n现将2019年县政府重点工作任务分解下达,请认真抓好落实。\n"
        "附件2019年县政府重点工作任务分解表序号工作任务牵头领导牵头单位协作配合单位完成时限一、稳增长"
        "1规模以上工业增加值增长8%。王建国县工信局县统计局、各乡镇12月底前"
        "2新建标准化厂房3万平方米。李红县工业园区管委会县自然资源局、县住建局11月底前\n"
        "- 2 -\n抄送:县委各部门,县人大常委会办公室,县政协办公室\n"
    )
    found = _items(tmp_path, text)
    assert [f[0] for f in found] == ["1", "2"]
    assert found[1] == ("2", ["县工业园区管委会"], ["县自然资源局", "县住建局"], "11月底前")


def test_a_requirement_closed_by_one_body_is_no_item_among_closed_tasks(tmp_path: Path) -> None:
    text = (
        "某区2024年重点工作分工方案\n\n一、重点任务\n(一)经济发展\n"
        "全区地区生产总值增长6%左右。由区发展改革委牵头,区统计局配合。\n"
        "新增市场主体5000户。由区市场监管局牵头,各街道配合。\n"
        "(二)社会民生\n新增城镇就业8000人。由区人力资源社会保障局牵头,区财政局配合。\n"
        "二、工作要求\n各牵头单位要建立工作台账,每季度末报送任务进展情况,对工作推进不力的,严肃追责问责。由区纪委监委负责。\n"
        "区政府督查室要将各项任务纳入督查范围,定期通报。\n"
    )
    found = _items(tmp_path, text)
    assert len(found) == 3
    assert all("区纪委监委" not in f[1] for f in found)


def test_a_title_over_closed_paragraphs_beside_numbered_tasks_gives_no_id_twice(tmp_path: Path) -> None:
    text = (
        "某市2023年重点工作分工\n\n一、城市建设\n1.推进海绵城市建设\n"
        "新建海绵城市示范区2平方公里。由市住建局牵头,市水务局配合。\n"
        "改造易涝点15处。由市水务局牵头,市城管局配合。\n"
        "2.建设城市绿道30公里。由市园林局牵头,市自然资源局配合。\n"
    )
    found = _items(tmp_path, text)
    ids = [f[0] for f in found]
    assert len(ids) == len(set(ids)) == 3
    assert [f[1] for f in found] == [["市住建局"], ["市水务局"], ["市园林局"]]


def test_a_semicolon_inside_a_run_together_units_cell_is_no_tasks_end(tmp_path: Path) -> None:
    text = (
        "某省人民政府办公厅关于明确重点工作责任单位的通知\n序号重点工作任务牵头单位配合单位\n一、提升防灾减灾能力\n"
        "1完善气象灾害监测站网。新建自动气象站120个。省气象局省财政厅\n"
        "2建设省级应急物资储备库。推进市县两级储备库建设。省应急厅省发展改革委;省粮食和储备局\n"
    )
    found = _items(tmp_path, text)
    assert found[1][1:3] == (["省应急厅"], ["省发展改革委", "省粮食和储备局"])


def test_a_party_secretarys_post_heads_the_projects_it_is_assigned(tmp_path: Path) -> None:
    # (the review's note: 县委书记包联项目 named no leader, 县长包抓项目 did)
    from fyplan.read.scope import heading_roles

    assert [x.name for x in heading_roles("一、县委书记包联项目(2个)").leaders] == ["县委书记"]
    assert [x.name for x in heading_roles("二、县委副书记负责的工作").leaders] == ["县委副书记"]
    assert not heading_roles("三、县委办公室牵头的工作").leaders
