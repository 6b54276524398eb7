"""Guards from the review of session 54's reader change: each notice (written for these tests, in the shapes real
notices use) was misread by a rule that change added, and is read as a careful reader would now; the expectations are
from reading the notice, not from the reader's output."""

from __future__ import annotations

from pathlib import Path

from guards import load_notice


def test_points_of_one_row_leave_the_rows_numbers_alone(tmp_path: Path) -> None:
    # 序号 numbers the items (rows 1 and 3 print no points): row 2's points (1)(2)(3) are its parts, never items
    # numbered 1-3 beside rows 1 and 3.
    n = load_notice(
        tmp_path,
        "附件\n2025年重点工作任务分解表\n序号 | 重点任务 | 牵头单位 | 配合单位\n"
        "1 | 推进城区道路提质改造,全年改造道路8条。 | 县住建局 | 县交通运输局\n"
        "2 | (1)完成供水管网改造15公里。 | 县水务局 | 县财政局\n"
        " | (2)新建加压泵站1座。 | 县水务局 | 县发改局\n"
        " | (3)推进老旧小区二次供水改造。 | 县水务局 | 县住建局\n"
        "3 | 新建社区图书室4个。 | 县文旅局 | 县财政局\n",
    )
    ids = [i.id for i in n.items()]
    assert len(ids) == len(set(ids))
    first = next(i for i in n.items() if i.id == "1")
    assert first.text.startswith("推进城区道路提质改造")
    third = next(i for i in n.items() if i.id == "3")
    assert third.text.startswith("新建社区图书室")


def test_a_figure_at_a_wrapped_lines_start_is_no_point(tmp_path: Path) -> None:
    # A PDF's | rows cut at each printed line: 5.5%以内 opens the target cell's second line — a figure, no point's
    # number; the row is one item with its whole deadline.
    n = load_notice(
        tmp_path,
        "附件\n2025年重点工作任务分解表\n序号 | 工作任务 | 工作目标 | 牵头单位 | 完成时间\n"
        "1 | 稳定就业形势,扩大城镇 | 城镇调查失业率控制在 | 县人社局 | 2025年12月\n"
        " | 新增就业规模。 | 5.5%以内。 | | 底前\n"
        "2 | 推进农村公路建设,改善 | 全年新改建农村公路 | 县交通运输局 | 2025年10月\n"
        " | 群众出行条件。 | 60公里。 | | 底前\n",
    )
    items = list(n.items())
    assert [i.id for i in items] == ["1", "2"]
    assert str(items[0].deadline) == "2025年12月底前"


def test_the_issuer_over_a_follow_up_sentence_answers_for_no_item(tmp_path: Path) -> None:
    # The office that issues the list and follows its items up (督办以下事项) is no doer of them: an item that names no
    # one stays without units.
    n = load_notice(
        tmp_path,
        "某县人民政府督查室\n2024年重点督办事项清单\n2024年,县政府督查室将对各责任单位重点督办以下事项:\n"
        "1.新建乡镇卫生院2所。(牵头单位:县卫健委;配合单位:县财政局)\n"
        "2.改造农村危房300户。(牵头单位:县住建局)\n"
        "3.为全县适龄女生免费接种疫苗。\n"
        "4.新建城市公园3个。(牵头单位:县城管局;配合单位:县自然资源局)\n",
    )
    third = next(i for i in n.items() if i.id == "3")
    assert third.lead_units == () and third.cooperating_units == ()


def test_a_page_break_in_a_bracket_joins_though_a_cell_table_follows(tmp_path: Path) -> None:
    # A page's number inside item 2's bracket (the blank lines around it the page's): the bracket goes on over it,
    # though an attachment further down is a table one cell per line.
    n = load_notice(
        tmp_path,
        "某县2024年重点工作任务分解方案\n1.推进城区绿化提升,新增绿地10万平方米。(牵头单位:县城管局)\n"
        "2.深化县属国有企业改革,完成国企重组整合。(牵头单位:县国资中心;配合单位:县经济\n\n— 2 —\n\n"
        "体制改革办公室、县财政局)\n3.新建城市书房5个。(牵头单位:县文旅局)\n"
        "附件\n主要目标分解表\n序号\n目标名称\n牵头单位\n1\n地区生产总值增长6%\n县发改局\n"
        "2\n一般公共预算收入增长4%\n县财政局\n",
    )
    second = next(i for i in n.items() if i.id == "2")
    assert [u.name for u in second.lead_units] == ["县国资中心"]
    assert "县财政局" in [u.name for u in second.cooperating_units]


def test_a_comma_before_a_word_opening_with_di_parts_no_groups(tmp_path: Path) -> None:
    # 以上(一)至(三)项由甲牵头,第三方检测机构配合: 第三方 is a body's word, no next group of items.
    n = load_notice(
        tmp_path,
        "关于加强农产品质量安全工作的实施意见\n一、加强源头管控\n(一)推进化肥减量增效。全年化肥使用量下降2%。\n"
        "(二)加强农产品抽检。全年抽检样品2000批次。\n(三)推行承诺达标合格证制度。\n"
        "以上(一)至(三)项由县农业农村局牵头,第三方检测机构配合。\n"
        "二、加强执法监管\n(四)开展农资打假专项行动。(牵头单位:县市场监管局)\n",
    )
    for number in ("1", "2", "3"):
        item = next(i for i in n.items() if i.id == number)
        assert [u.name for u in item.lead_units] == ["县农业农村局"]
        assert [u.name for u in item.cooperating_units] == ["第三方检测机构"]


def test_a_quoted_task_cells_lines_are_not_a_list(tmp_path: Path) -> None:
    # A sheet's quoted task cell over two lines, the second opening with a short word before 、 (改造水、电、气…): the
    # task's words go on, no list of names joined with 、.
    n = load_notice(
        tmp_path,
        '序号\t工作任务\t牵头单位\t配合单位\n1\t"实施城区老旧小区改造\n改造水、电、气等老旧管网"\t县住建局\t县财政局\n'
        "2\t新建城区停车场3处\t县城管局\t县自然资源局\n",
    )
    first = next(i for i in n.items() if i.id == "1")
    assert "改造、改造水" not in first.text
    assert "改造水、电、气" in first.text


def test_four_character_names_fit_a_leaders_column() -> None:
    # Mongolian and Tibetan names of four characters (巴图孟和, 白玛次仁, 索朗达瓦) start with a common surname's
    # character: a leader's column fits them as well as 王小明 (a rule that took such words for no name was undone).
    from fyplan.read.tables import fit

    for name in ("巴图孟和", "白玛次仁", "索朗达瓦"):
        assert fit(name, "leaders") == fit("王小明", "leaders")
