"""Guards from the review of session 56's reader change: each notice (written for these tests, in the shapes real
notices use) was misread by a rule that change first added, and is read as a careful reader would now; the
expectations are from reading the notice, not from the reader's output."""

from __future__ import annotations

from pathlib import Path

import pytest
from guards import load_notice, unit_names

from fyplan.errors import NoticeError


def test_wide_second_line_of_a_task_cell_is_the_cell_not_the_table_end(tmp_path: Path) -> None:
    # A space-parted table whose task cells go on over a second line wider than any first-line piece: the detail is
    # the task's words (a wide line ends the table only where it is a sentence saying who answers).
    text = (
        "某镇2024年重点工作分工\n"
        "序号 重点任务 牵头单位 配合单位\n"
        "1 修缮村级道路 镇建设办 各村委会\n"
        "新修硬化道路12公里并完成两处危桥加固改造\n"
        "2 改造农贸市场 镇市场监管所 镇财政所\n"
        "新建钢结构顶棚和排水系统并规范摊位划行归市\n"
        "3 建设污水站点 镇环保办 镇建设办\n"
        "建成三个村污水处理站点并接入在线监测平台\n"
    )
    tasks = load_notice(tmp_path, text).items()
    assert [t.text.startswith("修缮村级道路") and "危桥加固" in t.text for t in tasks[:1]] == [True]
    assert "规范摊位" in tasks[1].text and "在线监测" in tasks[2].text
    assert unit_names(tasks[2].duties.lead_units) == ["镇环保办"]


def test_space_parted_table_row_keeps_its_cells_beside_wrapped_paragraphs(tmp_path: Path) -> None:
    # Paragraphs whose print lines were joined by spaces (every 20 characters) switch on the unwrapping; a table row
    # parted by single spaces whose cells fall one step that far apart by chance keeps its spaces (its cells).
    paragraphs = [
        "(一)加强文物保护。开展全市不可移动文物普查复核,完成重点文物保护单位修缮工程八处,建立文物安全巡查制度。"
        "(市文物局牵头,市财政局配合)",
        "(二)推进博物馆建设。支持县区建设特色博物馆和乡村记忆馆,推动博物馆免费开放和数字化展示服务全覆盖。"
        "(市文旅局牵头,各县区政府配合)",
    ]
    wrapped = [" ".join(p[i : i + 20] for i in range(0, len(p), 20)) for p in paragraphs]
    text = (
        "某市文物保护利用工作方案\n一、主要任务\n"
        + "\n".join(wrapped)
        + "\n二、任务分工表\n序号 重点任务 牵头单位 配合单位\n"
        + "3 推进全市红色革命遗址保护利用和陈列展示 市退役军人局 市文物局、市党史研究室\n"
        + "4 建设文物数字化平台 市大数据局 市文物局\n"
    )
    tasks = load_notice(tmp_path, text).items()
    row = [t for t in tasks if t.text.startswith("推进全市红色革命遗址")]  # (20 characters: one step a line wide)
    assert len(row) == 1
    assert unit_names(row[0].duties.lead_units) == ["市退役军人局"]
    assert unit_names(row[0].duties.cooperating_units) == ["市文物局", "市党史研究室"]
    assert unit_names(tasks[0].duties.lead_units) == ["市文物局"]  # (the wrapped paragraphs still read whole)


def test_division_paragraph_under_a_numbered_item_is_no_run_of_new_items(tmp_path: Path) -> None:
    # Under item 2 of a list numbered 1. 2. 3., a paragraph of 甲局牵头,负责…。 sentences is the item's own division of
    # its work, not three new items numbered 1-3 (whose ids would clash with the list's).
    text = (
        "某区2023年城市建设重点任务\n"
        "1.建设城市绿道20公里。(区园林局牵头,区财政局配合)\n"
        "2.实施积水点改造。完成15处易涝点整治。\n"
        "区水务局牵头,负责排水管网改造。区城管局牵头,负责道路恢复。区财政局牵头,负责资金保障。\n"
        "3.新建停车泊位1000个。(区交通局牵头,各街道配合)\n"
    )
    ids = [t.id for t in load_notice(tmp_path, text).items()]
    assert len(ids) == len(set(ids))
    assert ids[:1] == ["1"] and "3" in ids


def test_minutes_sentence_words_are_no_bodys_name(tmp_path: Path) -> None:
    # Minutes whose sentences read 会议要求X牵头,… / 会议明确Y牵头,…: 会议要求县文旅局 is no body; the run is the prose
    # reader's (it refuses or reads the bodies), never a lead named 会议明确….
    text = (
        "镇政府第三次班子会议纪要\n"
        "会议听取了近期重点工作汇报。会议同意由镇农业办牵头,制定秋粮收购方案。会议要求镇文旅办牵头,筹办丰收节活动。"
        "会议明确镇安监站牵头,开展汛后安全排查。会议还研究了其他事项。\n"
    )
    try:
        notice = load_notice(tmp_path, text)
    except NoticeError:
        return  # (refused: nothing misread)
    for task in notice.items():
        for name in unit_names(task.duties.lead_units) + unit_names(task.duties.cooperating_units):
            assert "会议" not in name and "要求" not in name and "明确" not in name, name


def test_lead_in_before_tasks_closed_by_clauses_is_no_tasks_words(tmp_path: Path) -> None:
    # 今年重点抓好以下三项工作。 before a paragraph of tasks each closed by 甲局牵头,乙局配合。: the lead-in is no part of the
    # first task.
    text = (
        "某县2022年教育工作安排\n"
        "一、办学条件\n"
        "按照县委部署,今年重点抓好以下三项工作。新建城东小学,新增学位1800个。县教体局牵头,县自然资源局配合。"
        "改扩建县第二中学,新建教学楼一栋。县教体局牵头,县住建局配合。实施校园安全提升工程,完成监控全覆盖。"
        "县公安局牵头,县教体局配合。\n"
    )
    tasks = load_notice(tmp_path, text).items()
    assert [t.text[:6] for t in tasks] == ["新建城东小学", "改扩建县第二", "实施校园安全"]
    assert unit_names(tasks[2].duties.lead_units) == ["县公安局"]


@pytest.mark.parametrize("opener", ["以上两项", "上述两项", "前述两项"])
def test_glued_sentence_on_items_before_with_a_deadline_field(tmp_path: Path, opener: str) -> None:
    # 前述两项 as 以上两项: a sentence on the two items before it, glued to the second, its 完成时限: field its own.
    text = (
        "某区2022年环境整治任务\n"
        "1.整治城区黑臭水体。完成5条河道清淤。\n"
        f"2.建设生态缓冲带。新建湿地2处。{opener}由区生态环境局牵头,区水务局配合,完成时限:2022年10月底前。\n"
        "3.推进噪声治理。(区公安分局负责)\n"
    )
    tasks = load_notice(tmp_path, text).items()
    assert [unit_names(t.duties.lead_units) for t in tasks[:2]] == [["区生态环境局"], ["区生态环境局"]]
    assert [unit_names(t.duties.cooperating_units) for t in tasks[:2]] == [["区水务局"], ["区水务局"]]
    assert opener not in tasks[1].text


def test_party_seat_before_a_post_then_a_body_is_no_body(tmp_path: Path) -> None:
    # (市委常委、常务副市长、市信访局牵头: a seat, the post its holder holds, then a body — the seat is part of the post, no
    # lead body of its own)
    text = (
        "某市2024年信访工作重点任务\n"
        "1.化解信访积案。(县委常委、常务副县长、县信访局牵头,县公安局配合)\n"
        "2.规范信访秩序。(县信访局牵头,各乡镇配合)\n"
    )
    first = load_notice(tmp_path, text).items()[0]
    assert [leader.name for leader in first.duties.leaders] == ["县委常委、常务副县长"]
    assert unit_names(first.duties.lead_units) == ["县信访局"]
    assert unit_names(first.duties.cooperating_units) == ["县公安局"]
