"""Guards from the review of session 55's reader change: each notice (written for these tests, in the shapes real
notices use) was misread by a rule that change first added, and is read as a careful reader would now; the
expectations are from reading the notice, not from the reader's output."""

from __future__ import annotations

from pathlib import Path

from guards import load_notice, unit_names

from fyplan.errors import NoticeError


def test_blank_parted_cell_table_is_no_wrapped_text(tmp_path: Path) -> None:
    # One cell per line, a blank line after each, under a 编号 header: the cells are no wrapped lines of a paragraph,
    # however many of them are as long as one another.
    rows = [
        (
            "1",
            "推进城区老旧小区改造提升工程和配套设施建设",
            "完成改造小区32个,惠及居民4500户以上",
            "县住建局",
            "县财政局",
        ),
        (
            "2",
            "实施农村人居环境整治提升行动和厕所改造",
            "完成农村户厕改造2000户,建成公厕30座",
            "县农业农村局",
            "县卫健局",
        ),
        (
            "3",
            "推进城乡供水一体化建设和老旧管网更新改造",
            "新建改造供水管网40公里,覆盖6万人",
            "县水利局",
            "县自来水公司",
        ),
        (
            "4",
            "建设城区公办幼儿园和义务教育学校扩容项目",
            "新增学前学位540个,义务教育学位900个",
            "县教育局",
            "县发改局",
        ),
        ("5", "实施城区道路提质改造和慢行系统建设工程", "改造主次干道8条,新建绿道12公里", "县交通局", "县城管局"),
        ("6", "推进农贸市场标准化改造和食品安全监管", "改造农贸市场5个,抽检食品3000批次", "县市场监管局", "县商务局"),
    ]
    cells = ["某县2023年民生实事项目责任分解表", "编号", "民生实事项目", "年度目标", "牵头单位", "配合单位", "完成时限"]
    for row in rows:
        cells += [*row, "2023年12月底"]
    n = load_notice(tmp_path, "\n\n".join(cells) + "\n")
    got = {i.id: (unit_names(i.lead_units), unit_names(i.cooperating_units)) for i in n.items()}
    for number, _, _, lead, coop in rows:
        assert got[number] == ([lead], [coop])


def test_lead_word_in_a_headings_task_words_names_no_lead(tmp_path: Path) -> None:
    # 牵头 in the heading's task words (落实部门牵头抓总责任) and a bracket that says 负责: no one is said to lead, so the
    # items' own bare lists are not turned into helpers of the heading's bodies.
    n = load_notice(
        tmp_path,
        "一、优化营商环境\n(一)落实部门牵头抓总责任,健全工作推进机制(县发改局负责)\n"
        "1.建立营商环境问题台账。(责任单位:县营商办)\n2.开展营商环境评价。(责任单位:县统计局)\n",
    )
    first, second = n.items()
    assert "县发改局" not in unit_names(first.lead_units)
    assert "县营商办" in unit_names(first.lead_units) + unit_names(first.cooperating_units)
    assert "县统计局" in unit_names(second.lead_units) + unit_names(second.cooperating_units)
    assert "县发改局" not in unit_names(second.lead_units)


def test_leaders_label_in_a_heading_names_no_lead_body(tmp_path: Path) -> None:
    # (牵头领导:…;责任单位:…) over items: the heading's body is said by 责任单位, as with 分管领导 — both headings read alike.
    texts = [
        "一、扩大投资(牵头领导:李明;责任单位:县发改局)\n1.抓好重点项目。(责任单位:县住建局)\n",
        "一、扩大投资(分管领导:李明;责任单位:县发改局)\n1.抓好重点项目。(责任单位:县住建局)\n",
    ]
    read = []
    for text in texts:
        (item,) = load_notice(tmp_path, text).items()
        read.append((unit_names(item.lead_units), unit_names(item.cooperating_units)))
    assert read[0] == read[1]


def test_overall_lead_stays_a_helper_where_the_item_says_so(tmp_path: Path) -> None:
    # 一、…(市发改委总牵头) over an item that says 市发改委配合: the item's own words stand.
    n = load_notice(
        tmp_path,
        "一、优化能源结构(市发改委总牵头)\n1.扩大天然气供应。(市住建局牵头,市发改委、市商务局配合)\n"
        "2.发展光伏发电。(市能源局牵头,市供电公司配合)\n",
    )
    first, second = n.items()
    assert unit_names(first.lead_units) == ["市住建局"]
    assert "市发改委" in unit_names(first.cooperating_units)
    assert unit_names(second.lead_units) == ["市发改委", "市能源局"]


def test_parts_headed_by_di_n_bufen_are_not_keyed_to_other_headings(tmp_path: Path) -> None:
    # A plan whose parts are headed 第一部分 / 第二部分, each with its own 一、 headings: 第一部分第(一)项 could name
    # either part's (一) under a 一、 heading, so no key is given to any item (nothing is guessed).
    n = load_notice(
        tmp_path,
        "第一部分 助企政策公开\n一、公开助企政策\n(一)发布减税降费政策清单。\n(二)公开稳岗补贴发放情况。\n"
        "二、公开重大项目\n(一)公开重点项目进度。\n"
        "第二部分 平台建设\n一、规范政府网站\n(一)开展网站内容检查。\n(二)更新政务公开专栏。\n\n任务分工\n"
        "1.第一部分第(一)项:县税务局\n2.第二部分第(一)项:县发改局\n",
    )
    for item in n.items():
        if item.text.startswith("开展网站内容检查"):
            assert "县税务局" not in unit_names(item.lead_units) + unit_names(item.cooperating_units)


def test_units_table_goes_to_the_part_its_headerunit_names(tmp_path: Path) -> None:
    # Two parts number their items (一)-(三); the table by body after them names 整治内容 in its header: its part's
    # items are keyed, not the safeguards'.
    n = load_notice(
        tmp_path,
        "二、整治内容\n(一)整治涉企乱收费问题。\n(二)整治审批时限过长问题。\n(三)整治拖欠账款问题。\n"
        "三、保障措施\n(一)加强组织领导。\n(二)强化督查问效。\n(三)注重宣传引导。\n四、职责分工\n"
        "单位 | 牵头整治内容 | 配合整治内容\n县发改局 | (一) | (三)\n县审批局 | (二) | —\n县财政局 | (三) | (一)\n",
    )
    got = {i.text[:6]: (unit_names(i.lead_units), unit_names(i.cooperating_units)) for i in n.items()}
    assert got["整治涉企乱收"] == (["县发改局"], ["县财政局"])
    assert got["整治拖欠账款"] == (["县财政局"], ["县发改局"])
    assert got.get("加强组织领导", ([], []))[0] == []


def test_task_ending_in_a_verb_takes_the_bodys_name_after_it(tmp_path: Path) -> None:
    # A PDF's cells one per line: the task's last line ends in 报送 and its object, 县发改局, fills the next line; the
    # list after it is the lead cell (…书面报送县发改局 / 县住建局、县交通局 / 县财政局、各乡镇).
    rows = [
        ("1", ["推进城区道路改造提升,全年", "完成主次干道改造8条"], "县住建局、县城管局", "县财政局、县交通局"),
        ("2", ["新建改建农村公路60公里,完", "善农村客运站点"], "县交通局、县农业农村局", "县财政局、各乡镇"),
        (
            "3",
            ["建立重点项目月报制度,项目进", "展情况须于每月5日前书面报送", "县发改局"],
            "县住建局、县交通局",
            "县财政局、各乡镇",
        ),
        ("4", ["实施城区绿化提升工程,新增绿", "地面积12万平方米"], "县城管局、县林业局", "县住建局、各乡镇"),
    ]
    lines = ["附件", "重点项目任务分解表", "序号", "工作任务", "牵头单位", "配合单位"]
    for number, task, lead, coop in rows:
        lines += [number, *task, lead, coop]
    n = load_notice(tmp_path, "\n".join(lines) + "\n")
    third = next(i for i in n.items() if i.id == "3")
    assert unit_names(third.lead_units) == ["县住建局", "县交通局"]
    assert third.text.endswith("县发改局")


def test_subsection_with_points_keeps_them_told(tmp_path: Path) -> None:
    # (二)… / 牵头单位:… / ——points with their own helpers: not folded into one item that drops the points unsaid.
    n = load_notice(
        tmp_path,
        "一、主要任务\n(一)整顿肉类市场。\n1、推进定点屠宰。\n牵头单位:省商务厅\n"
        "(二)加强餐饮环节监管。\n牵头单位:省卫生厅\n——推行量化分级管理(省教育厅配合);\n——加强学校食堂检查(省建设厅配合)。\n",
    )
    said = " ".join(d.message for d in n.diagnostics) + " ".join(
        " ".join(u.name for u in (*i.lead_units, *i.cooperating_units)) + i.text for i in n.items()
    )
    assert "省教育厅" in said and "省建设厅" in said


def test_government_prefixed_labels_of_regions_and_other_roles(tmp_path: Path) -> None:
    n = load_notice(
        tmp_path,
        "一、目标\n1.生产总值增长6%。\n自治区人民政府负责领导:常务副主席\n牵头单位:自治区发展改革委\n"
        "2.新建养老机构20所。\n市政府联系领导:副市长\n牵头单位:市民政局\n",
    )
    first, second = n.items()
    assert [x.name for x in first.leaders] == ["常务副主席"]
    assert [x.name for x in second.leaders] == ["副市长"]
    assert "领导" not in first.text + second.text


def test_zone_between_level_words_stays_in_the_collective(tmp_path: Path) -> None:
    n = load_notice(tmp_path, "1.清理拖欠民营企业账款。(牵头单位:县财政局;配合单位:各县区、开发区、街道)\n")
    (item,) = n.items()
    assert unit_names(item.cooperating_units) == ["各县区、开发区、街道"]


# From a second review (of the list-restated and keyed-table rules), notices again written for these tests.


def test_covering_requirements_are_not_the_tables_items(tmp_path: Path) -> None:
    # The covering notice's requirements 一、…四、 (each a sentence, naming no one), then a four-row table of other
    # tasks: the rows are the items, with their own words — a requirement is no row's item.
    n = load_notice(
        tmp_path,
        "某县人民政府办公室关于印发重点工作责任分解的通知\n各乡镇人民政府:\n现提出如下要求:\n"
        "一、提高思想认识。各单位要充分认识抓好重点工作的重要意义,推进各项工作落地。\n"
        "二、细化工作措施。各单位要对照分解表制定实施方案,确保任务按期完成。\n"
        "三、强化统筹推进。各单位要加强沟通衔接,形成工作合力。\n"
        "四、严格督查考核。县政府督查室定期督查,结果纳入年度考核。\n附件\n重点工作责任分解表\n"
        "序号\t工作任务\t牵头单位\t配合单位\n1\t推进城乡建设三年行动\t县住建局\t各乡镇人民政府\n"
        "2\t完善县城路网措施\t县交通运输局\t县住建局\n3\t推进重点项目建设\t县发改局\t县自然资源局\n"
        "4\t开展安全生产专项整治\t县应急管理局\t县公安局\n",
    )
    for item in n.items():
        assert not item.text.startswith(("提高思想认识", "细化工作措施", "强化统筹推进", "严格督查考核"))


def test_table_in_another_order_gives_no_item_anothers_duties(tmp_path: Path) -> None:
    # The table names the list's items in another order (its row 2 is the list's 4th, its row 4 the list's 2nd): a
    # row's duties never go to the entry of its number when that entry is another row's.
    n = load_notice(
        tmp_path,
        "某市人民政府关于做好2022年民生实事工作的通知\n一、实事项目\n"
        "第一件实事:新增城镇就业5万人,城镇登记失业率控制在4%以内。\n"
        "第二件实事:新建改造城市公厕100座,新建城市停车位5000个。\n"
        "第三件实事:改造城镇老旧小区120个,惠及居民2.1万户。\n"
        "第四件实事:新建改建农村公路600公里,实施危桥改造30座。\n"
        "第五件实事:为全市65岁以上老年人免费健康体检。\n二、工作要求\n各部门按照附件分工抓好落实。\n附件\n"
        "序号\t实事名称\t牵头单位\t责任单位\n1\t城镇就业\t市人社局\t各区县人民政府\n"
        "2\t农村公路建设和危桥改造\t市交通运输局\t各区县人民政府\n3\t城镇老旧小区改造\t市住建局\t各区县人民政府\n"
        "4\t城市公厕和停车位建设\t市城管局\t市住建局\n5\t老年人健康体检\t市卫健委\t市财政局\n",
    )
    for item in n.items():
        if "公厕" in item.text:
            assert "市城管局" in unit_names(item.lead_units)
        if "农村公路" in item.text:
            assert "市交通运输局" in unit_names(item.lead_units)


def test_entry_going_on_over_lines_is_not_cut(tmp_path: Path) -> None:
    # 第一件实事:… then a line of its own that goes on with it: an item never takes only the first line's words.
    n = load_notice(
        tmp_path,
        "某市2010年为民实事\n一、实事内容\n第一件实事:新增城镇就业5万人。\n城镇登记失业率控制在4%以内,帮扶零就业家庭。\n"
        "第二件实事:新建农村公路800公里。\n第三件实事:新建保障性住房3000套。\n二、工作要求\n各单位抓好落实。\n附表\n"
        "序号\t实事\t牵头单位\t责任单位\n1\t城镇就业\t市人社局\t市财政局\n2\t农村公路\t市交通局\t市财政局\n"
        "3\t保障性住房\t市住建局\t市国土局\n",
    )
    first = next(i for i in n.items() if i.id == "1")
    assert first.text != "新增城镇就业5万人。"


def test_two_counted_paragraphs_leave_the_table_unkeyed(tmp_path: Path) -> None:
    # Two paragraphs count 一是…三是 (the tasks, then the meeting's requirements): a table by body keyed by numerals
    # could name either — its duties go to no requirement.
    n = load_notice(
        tmp_path,
        "某县确定今年三件民生实事\n这3件实事分别为:一是新建城东污水处理厂;二是改造城区老旧小区12个;三是新建农村幸福院10所。\n"
        "会议要求做到:一是认识到位,把实事当作大事来抓;二是措施到位,逐项制定计划;三是督查到位,每月通报进展。\n"
        "各单位承担情况如下:\n责任单位\t牵头实事\t配合实事\n县住建局\t一、二\t\n县民政局\t三\t\n县财政局\t\t一至三\n",
    )
    for item in n.items():
        assert not item.text.startswith(("认识到位", "措施到位", "督查到位")) or not item.lead_units


def test_full_width_bars_in_a_table_by_body(tmp_path: Path) -> None:
    # The table by body printed with full-width bars (｜): read as with plain ones.
    n = load_notice(
        tmp_path,
        "二、整治内容\n(一)整治涉企乱收费问题。\n(二)整治审批时限过长问题。\n(三)整治拖欠账款问题。\n三、职责分工\n"
        "单位｜牵头整治内容｜配合整治内容\n县发改局｜(一)｜(三)\n县审批局｜(二)｜—\n县财政局｜(三)｜(一)\n",
    )
    got = {i.text[:6]: (unit_names(i.lead_units), unit_names(i.cooperating_units)) for i in n.items()}
    assert got["整治涉企乱收"] == (["县发改局"], ["县财政局"])
    assert got["整治审批时限"] == (["县审批局"], [])


def test_speech_with_a_bracket_inside_its_points_is_no_list(tmp_path: Path) -> None:
    # A speech's 一是…二是…三是…: a bracket inside a point about a part of it (…征迁(省交通运输厅负责),…) does not make
    # the points tasks that body answers for.
    text = (
        "在全县经济工作会议上的讲话\n同志们:\n今年全县经济工作,要突出抓好三个方面。一是加快交通基础设施建设,"
        "全力配合沿江高速公路征迁(省交通运输厅负责),新改建农村公路120公里;二是深入推进农村人居环境整治,"
        "完成农村户厕改造5000户(群众自愿参与),生活垃圾收运实现全覆盖;三是持续优化营商环境,企业开办时间压缩至1个工作日以内。\n"
        "同志们,做好今年的经济工作,任务艰巨,希望大家扎实工作。\n"
    )
    try:
        n = load_notice(tmp_path, text)
    except NoticeError:
        return  # (no notice: the reading 799744a gave)
    assert all("省交通运输厅" not in unit_names(i.lead_units) for i in n.items())
