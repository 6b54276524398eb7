"""Guards from the review of session 57's reader change: each notice (written for these tests, in the shapes real
notices use) was misread by a rule that change first added, and is read as a careful reader would now; the
expectations are from reading the notice, not from the reader's output."""

from __future__ import annotations

from pathlib import Path

from guards import load_notice, unit_names


def test_a_supervised_matters_table_keeps_its_answering_and_leader_columns(tmp_path: Path) -> None:
    # 督办责任单位 names who answers and 督办领导 the leader: only a column named for the body that follows the work up
    # or accepts it (督办单位, 验收单位) is a note.
    text = (
        "某县2024年重点督办事项清单\n"
        "序号 | 督办事项 | 督办领导 | 督办责任单位 | 完成时限\n"
        "1 | 完成城区背街小巷改造20条。 | 周国强 | 县住建局 | 2024年10月底前\n"
        "2 | 新建乡镇综合文化站3个。 | 吴海燕 | 县文旅局 | 2024年11月底前\n"
    )
    tasks = load_notice(tmp_path, text).items()
    assert [unit_names(t.duties.lead_units) for t in tasks] == [["县住建局"], ["县文旅局"]]
    assert [[leader.name for leader in t.duties.leaders] for t in tasks] == [["周国强"], ["吴海燕"]]


def test_places_and_facilities_opening_a_sentence_answer_for_nothing(tmp_path: Path) -> None:
    # A sentence may open with the thing the work is done to (市体育中心改造提升, 县城区新增…, 市民中心加快建设): no
    # body answers there; a body acting on it (市财政局统筹…) does.
    text = (
        "某市2024年城市建设重点任务\n"
        "1.市体育中心改造提升,新建塑胶跑道和灯光球场。\n"
        "2.县城区新增公共停车泊位2000个。\n"
        "3.市民中心加快建设,确保年底主体完工。\n"
        "4.市财政局统筹安排城市建设专项资金。\n"
    )
    tasks = load_notice(tmp_path, text).items()
    assert [unit_names(t.duties.lead_units) for t in tasks] == [[], [], [], ["市财政局"]]


def test_a_project_name_before_a_colon_is_no_body(tmp_path: Path) -> None:
    # 区域医疗中心:…, 县城综合客运站:…: a project's name, then what it is to be; 县教育局:… a body reported on.
    text = (
        "关于重点项目推进情况的通报\n"
        "一、项目推进情况\n"
        "(一)区域医疗中心:加快推进省级区域医疗中心建设,主体工程已封顶。\n"
        "(二)县城综合客运站:站房装修完成百分之八十,年内建成投入使用。\n"
        "(三)县教育局:新建城南小学,主体工程完成百分之六十,进度滞后。\n"
    )
    tasks = load_notice(tmp_path, text).items()
    assert [unit_names(t.duties.lead_units) for t in tasks] == [[], [], ["县教育局"]]


def test_a_main_duty_column_before_the_lead_office_column_still_leads(tmp_path: Path) -> None:
    # 主责单位 | 牵头处室: the department with the main duty, then its own office leading the work inside it — both lead
    # (only where the 牵头 column stands first is 主责 one more list of those who help).
    text = (
        "某省教育重点任务分工\n"
        "| 序号 | 重点任务 | 主责单位 | 牵头处室 | 配合单位 |\n"
        "| 1 | 新建改扩建公办幼儿园100所 | 省教育厅 | 基础教育处 | 省财政厅、省发展改革委 |\n"
        "| 2 | 推进职业教育产教融合 | 省教育厅 | 职业教育处 | 省人力资源社会保障厅 |\n"
    )
    tasks = load_notice(tmp_path, text).items()
    assert unit_names(tasks[0].duties.lead_units) == ["省教育厅", "基础教育处"]
    assert unit_names(tasks[0].duties.cooperating_units) == ["省财政厅", "省发展改革委"]


def test_fuze_before_ren_cai_wu_is_still_the_verb(tmp_path: Path) -> None:
    # 负责人、财、物的调配 (people, money and goods) and 负责人和车辆的检查: the verb 负责, then what it answers for —
    # not 负责人, a body's head.
    text = (
        "某县大型活动保障任务分工\n"
        "1.县机关事务中心负责人、财、物的统筹调配,保障应急处置需要。\n"
        "2.县公安局负责人和车辆的安全检查,严防危险物品进入会场。\n"
        "3.各部门负责人必须坚守岗位,确保通信畅通。\n"
    )
    tasks = load_notice(tmp_path, text).items()
    assert [unit_names(t.duties.lead_units) for t in tasks] == [["县机关事务中心"], ["县公安局"], []]


def test_a_merged_leader_cell_stops_at_a_group_row(tmp_path: Path) -> None:
    # A sheet pasted with tabs: the leader's cell is merged over the rows below it, but not across a group row spanning
    # the table (二、民生项目): row 3, under it, names no leader; the group row stays a heading.
    text = (
        "市级领导联系重点项目安排表\n"
        "序号\t联系市级领导\t项目名称\t年度目标\t牵头单位\t配合单位\n"
        "一、产业项目\n"
        "1\t市长\t智能制造产业园\t新增标准厂房8万平方米\t高新区管委会\t市发改局\n"
        "2\t\t中心医院迁建\t完成门诊楼主体工程\t市卫健局\t市住建局\n"
        "二、民生项目\n"
        "3\t\t滨江公园建设\t建成公园一期并开放\t市城管局\t市自然资源局\n"
        "4\t副市长\t森林步道开发\t建成游步道20公里\t市林业局\t市文旅局\n"
    )
    notice = load_notice(tmp_path, text)
    tasks = notice.items()
    assert [[leader.name for leader in t.duties.leaders] for t in tasks] == [["市长"], ["市长"], [], ["副市长"]]
    assert not [d for d in notice.diagnostics if "民生项目" in d.message]


def test_a_title_wrapped_over_two_short_lines_is_no_wrapped_task(tmp_path: Path) -> None:
    # Two text columns one cell per line, the first merged on row 2 (a blank line for it): row 3's title wrapped over
    # two short lines (城区主干道路 / 提升改造工程) is its own title, not a task's wrapped cell under row 1's title — the
    # row is never filed under 老旧小区改造, and its words are kept.
    text = (
        "某县城市更新任务分工表\n\n序号\n重点任务\n具体措施\n牵头单位\n配合单位\n完成时限\n"
        "1\n老旧小区改造\n完成12个老旧小区改造\n县住建局\n县财政局\n2024年10月底前\n"
        "2\n\n加装电梯50部\n县住建局\n县市场监管局\n2024年10月底前\n"
        "3\n城区主干道路\n提升改造工程\n新建改造城区道路8条\n县住建局\n县交通运输局\n2024年11月底前\n"
        "4\n背街小巷整治\n完成30条背街小巷整治\n县城管局\n各街道办事处\n2024年12月底前\n"
    )
    tasks = load_notice(tmp_path, text).items()
    assert len(tasks) == 4
    assert "城区主干道路" in tasks[2].text and "新建改造城区道路8条" in tasks[2].text
    assert ("重点任务", "老旧小区改造") not in tasks[2].task.notes
    assert unit_names(tasks[2].duties.lead_units) == ["县住建局"]


def test_the_heads_of_every_township_are_no_one_leader(tmp_path: Path) -> None:
    # 一、局主要领导负责的工作 names the bureau's head, one post; 二、乡镇主要领导负责的工作 speaks of every township's head —
    # no one leader of its items.
    text = (
        "某县2024年安全生产重点工作安排\n"
        "一、局主要领导负责的工作\n1.召开安全生产委员会全体会议。\n责任科室:办公室\n"
        "二、乡镇主要领导负责的工作\n2.开展辖区安全隐患大排查。\n责任科室:安监站\n"
    )
    tasks = load_notice(tmp_path, text).items()
    assert [[leader.name for leader in t.duties.leaders] for t in tasks] == [["局主要领导"], []]
