"""Lists of work that name no one (a district's 年度工作要点, a meeting's 一要…二要… written out): read as notices whose
items have empty duties, with a warning — never refused, as a text with items in it must not be (issue 9). A news
article's numbered lines, which tell what happened, are still no notice."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import fyplan
from fyplan.terminal.cli import main
from fyplan.worklist import lists_work, reads_as_notice

runner = CliRunner()

WORK_POINTS = """某区2021年经济工作要点
一、推动重点区域发展
（一）推进滨江片区城市更新，完成旧厂房改造12万平方米。
（二）加快科创园二期建设，年底前主体结构封顶。
（三）优化商圈业态布局，引进品牌首店20家。
（四）深化“一网通办”改革，企业开办时间压缩至1个工作日。
"""

NEWS = """青山市举行春季招聘会
本报讯 昨日,招聘会在市体育馆举行。
1.现场设置了政策咨询区,解答求职者问题。
2.部分企业开展了直播带岗。
3.主办方统计,当天达成就业意向1200人。
"""


def test_a_list_of_work_naming_no_one_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "points.txt"
    path.write_text(WORK_POINTS, encoding="utf-8")
    result = runner.invoke(main, ["export", str(path), "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["text"][:6] for r in records] == ["推进滨江片区", "加快科创园二", "优化商圈业态", "深化“一网通"]
    assert all(not r["leaders"] and not r["lead_units"] and not r["cooperating_units"] for r in records)
    assert "no item names who answers for it" in result.stderr


def test_numbered_news_lines_are_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    result = runner.invoke(main, ["export", str(path), "--format", "jsonl"])
    assert result.exit_code == 2
    assert "holds no responsibility notice" in result.stderr


def test_two_tasks_are_too_few_to_call_a_list_of_work() -> None:
    notice = fyplan.parse("一、要点\n1.推进老旧小区改造。\n2.加快停车场建设。\n")
    assert not notice.names_duties() and not lists_work(notice) and not reads_as_notice(notice)


def test_a_notice_that_names_someone_needs_no_work_verbs() -> None:
    notice = fyplan.parse("1.城区道路改造。\n牵头单位:区住建局\n2.老旧小区改造。\n牵头单位:区住建局\n")
    assert reads_as_notice(notice) and not lists_work(notice)


def test_a_field_of_work_before_the_task_still_opens_a_task() -> None:
    text = (
        "县长周例会部署下阶段重点工作\n县长强调了具体意见。一是教育方面,要加快义务教育均衡发展验收准备;"
        "二是环境治理方面,要推进黑臭水体治理;三是加快推进航道升级改造工程。\n"
    )
    notice = fyplan.parse(text)
    assert len(notice.items()) == 3 and lists_work(notice)
