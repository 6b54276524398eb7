"""Led paragraphs under a plan's headings (fyplan/read/leadparagraphs.py): numbered only where every paragraph under
every heading is led by a few words and a full stop, under two headings at least."""

from __future__ import annotations

from fyplan.read.leadparagraphs import paragraphs_numbered

PLAN = """某局2024年工作计划
(一)优化营商环境
推行证照联办。将开办餐饮店涉及的五项许可合并办理,承诺时限压缩到三个工作日。
加强信用监管。对辖区企业实行分级分类监管,年内完成信用修复培训两场。
(二)守牢安全底线
整治燃气隐患。对全区餐饮场所燃气管道和报警装置逐户检查,发现问题当场整改。
规范特种设备管理。完成电梯维保单位年度考核,公开考核结果。
"""


def test_led_paragraphs_are_numbered_under_each_heading() -> None:
    lines = paragraphs_numbered(PLAN).split("\n")
    assert lines[2].startswith("1.推行证照联办。")
    assert lines[3].startswith("2.加强信用监管。")
    assert lines[5].startswith("1.整治燃气隐患。")  # (counted afresh under the second heading)
    assert lines[6].startswith("2.规范特种设备管理。")
    assert lines[1] == "(一)优化营商环境"


def test_a_paragraph_led_otherwise_leaves_the_text_as_printed() -> None:
    text = PLAN.replace("规范特种设备管理。完成", "区市场监管局负责完成")
    assert paragraphs_numbered(text) is text


def test_one_heading_alone_is_no_habit() -> None:
    text = PLAN.split("(二)")[0]
    assert paragraphs_numbered(text) is text


def test_the_issuer_and_date_after_the_list_end_it() -> None:
    text = PLAN + "某局\n2024年1月8日\n"
    lines = paragraphs_numbered(text).split("\n")
    assert lines[-3:] == ["某局", "2024年1月8日", ""]
    assert lines[6].startswith("2.规范特种设备管理。")


def test_a_part_on_how_the_work_is_done_keeps_its_paragraphs() -> None:
    # ((三)保障措施 / 加强组织领导。…: no work of its own, its paragraphs stay its words; (三)全力保障,提升…服务 is work)
    text = (
        PLAN
        + "(三)保障措施\n加强组织领导。成立工作专班,定期研究推进各项任务。\n强化督查考核。将各项任务纳入年度考核。\n"
    )
    lines = paragraphs_numbered(text).split("\n")
    assert lines[-3].startswith("加强组织领导。")
    assert lines[-2].startswith("强化督查考核。")
    worked = (
        PLAN
        + "(三)全力保障,提升民生服务\n做实为老服务。新增长者照护床位100张,推进助餐点建设。\n办好民生实事。完成加装电梯签约20台。\n"
    )
    assert paragraphs_numbered(worked).split("\n")[-3].startswith("1.做实为老服务。")
