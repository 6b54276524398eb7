"""Deadlines: the words of a 完成时限 column, field or clause, or of the item's sentence, read into a
typed ``Deadline`` (the words, the last day they allow, date / period / ongoing) and queried.

Every expected value below was written from the fixture text by hand before the code ran.
"""

from __future__ import annotations

import calendar
import datetime
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fyplan
from fyplan.deadlines import in_heading, in_sentence, plan_year, read_deadline
from fyplan.model import Deadline, Duties, Notice
from fyplan.query.errors import QueryError
from fyplan.write.export import from_dict, records, to_dict, to_jsonl
from fyplan.write.render import render

D = datetime.date


def deadlines(notice: Notice) -> list[tuple[str, str | None, D | None, str | None]]:
    """(id, words, last day, kind) of every item."""
    return [
        (
            item.id,
            item.deadline.written if item.deadline else None,
            item.deadline.by if item.deadline else None,
            item.deadline.kind if item.deadline else None,
        )
        for item in notice.items()
    ]


# ---- reading the words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "by", "kind"),
    [
        ("6月底前", D(2024, 6, 30), "date"),
        ("年底前完成", D(2024, 12, 31), "period"),
        ("2024年12月31日前", D(2024, 12, 31), "date"),
        ("长期坚持", None, "ongoing"),
        ("持续推进", None, "ongoing"),
        ("2024年6月", D(2024, 6, 30), "date"),
        ("第三季度", D(2024, 9, 30), "period"),
        ("一季度", D(2024, 3, 31), "period"),
        ("上半年", D(2024, 6, 30), "period"),
        ("2025年底", D(2025, 12, 31), "period"),
        ("2026年", D(2026, 12, 31), "period"),
        ("年内持续推进", D(2024, 12, 31), "period"),  # the year's work: due by its end
        ("6月前", D(2024, 5, 31), "date"),  # before June begins
        ("9月中旬", D(2024, 9, 20), "date"),
        ("十一月底前", D(2024, 11, 30), "date"),
        ("明年底前", D(2025, 12, 31), "period"),
        ("2月30日前", D(2024, 2, 29), "date"),  # a day the month lacks: its last day
        ("每季度", None, "ongoing"),
        ("每月10日前", None, "ongoing"),  # recurring
        ("2023年6月底前、2023年底前", D(2023, 12, 31), "period"),  # the later of two
        ("2023年12月至2024年6月", D(2024, 6, 30), "date"),  # a span ends at its end
        ("長期堅持", None, "ongoing"),  # traditional
        ("2024年9月底前完成", D(2024, 9, 30), "date"),
        ("“五一”前", D(2024, 4, 30), "date"),  # a holiday of a fixed day: the day before it
        ("2025年国庆节前建成", D(2025, 9, 30), "date"),
        ("2025年元旦前", D(2024, 12, 31), "date"),  # New Year's Day opens its year: the year before's last day
        ("春节前完成", D(2024, 2, 19), "date"),  # a lunar holiday: before the latest day it may fall on
    ],
)
def test_read_deadline(words: str, by: D | None, kind: str) -> None:
    deadline = read_deadline(words, 2024)
    assert (deadline.written, deadline.by, deadline.kind) == (words, by, kind)
    assert str(deadline) == words


def test_no_plan_year_no_day() -> None:
    assert read_deadline("6月底前").by is None
    assert read_deadline("6月底前").kind == "date"
    assert read_deadline("2024年6月底前").by == D(2024, 6, 30)  # the words give their year


def test_plan_year_from_the_title_else_the_date() -> None:
    assert plan_year("某市人民政府关于2024年重点工作及责任分解的通知", D(2023, 12, 28)) == 2024
    assert plan_year("某市人民政府关于印发重点工作责任分解的通知", D(2022, 3, 1)) == 2022
    assert plan_year("关于印发重点工作的通知", None) is None
    assert (
        plan_year("关于落实重点工作的任务分工", None, "2019年以来成效明显。为切实做好2020年政府工作,提出如下分工")
        == 2020
    )
    assert plan_year("关于落实重点工作的任务分工", None, "2019年以来成效明显。") is None  # not a year of planned work


@given(st.integers(2000, 2099), st.integers(1, 12))
def test_end_of_month_phrase(year: int, month: int) -> None:
    last = calendar.monthrange(year, month)[1]
    assert read_deadline(f"{month}月底前", year).by == D(year, month, last)
    assert read_deadline(f"{year}年{month}月底前完成").by == D(year, month, last)  # no plan year needed
    assert read_deadline(f"{month}月底前", year).kind == "date"


@given(st.dates(D(2000, 1, 1), D(2099, 12, 31)), st.sampled_from(["前", "以前", "之前", "前完成"]))
def test_day_phrase(day: D, before: str) -> None:
    assert read_deadline(f"{day.year}年{day.month}月{day.day}日{before}", 1999).by == day


# ---- deadlines in an item's sentence ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("出台支持民营经济发展的若干措施,6月底前完成。", "6月底前完成"),
        ("到2025年底全市5G基站覆盖率达到90%。", None),  # a target's year, not when the item is due
        ("2025年底覆盖率达到95%以上。", None),
        ("对2000年前建成的老旧小区实施改造。", None),  # a year before 前 describes the houses
        ("做好年底前的防汛准备工作。", None),  # 年底前的…: what is done, not a deadline
        ("盘活2018年底前建成的闲置项目。", None),  # …前建成的: which projects, not when
        ("持续推进秸秆综合利用。", None),  # the verb that opens the sentence
        ("推进政务服务一网通办,长期坚持。", "长期坚持"),  # the whole last clause
        ("编制公共服务清单,2022年10月底前公布。", "2022年10月底前"),
        ("3月底前出台方案,年底前全面完成。", "3月底前、年底前全面完成"),
        ("推進重點項目建設,年底前全面完成。", "年底前全面完成"),  # traditional, kept as written
    ],
)
def test_in_sentence(text: str, words: str | None) -> None:
    assert in_sentence(text) == words


_VERBS = st.sampled_from(["完成", "建成", "出台", ""])


@given(st.integers(1, 12), _VERBS, st.integers(2000, 2099), st.integers(1, 99))
def test_sentence_deadline_or_target_year(month: int, verb: str, year: int, share: int) -> None:
    """…，M月底前完成。 is the item's deadline; 到YYYY年底…达到N%。 beside it is the target's year."""
    due = f"{month}月底前{verb}"
    words = in_sentence(f"到{year}年底覆盖率达到{share}%,{due}。")
    assert words is not None and words.startswith(f"{month}月底前")
    assert read_deadline(words, 2024).by == D(2024, month, calendar.monthrange(2024, month)[1])
    assert in_sentence(f"到{year}年底覆盖率达到{share}%。") is None


# ---- layouts ---------------------------------------------------------------------------------------

CELL_TABLE = """示例县人民政府关于印发2024年重点工作任务分解表的通知
序号
重点工作
牵头单位
配合单位
完成时限
1
建成县城污水处理厂二期工程,日处理能力达到5万吨。
县住建局
县财政局、县生态环境分局
6月底前
2
开展农村人居环境整治提升行动。
县农业农村局
各乡镇人民政府
长期坚持
3
新建改建农村公路80公里。
县交通运输局
县财政局
2024年9月30日前
"""


def test_cell_per_line_table_column() -> None:
    notice = fyplan.parse(CELL_TABLE)
    assert deadlines(notice) == [
        ("1", "6月底前", D(2024, 6, 30), "date"),
        ("2", "长期坚持", None, "ongoing"),
        ("3", "2024年9月30日前", D(2024, 9, 30), "date"),
    ]
    assert [item.node.notes for item in notice.items()] == [(), (), ()]  # not kept as notes
    assert [u.name for u in notice["1"].cooperating_units] == ["县财政局", "县生态环境分局"]


PIPE_TABLE = """示例市人民政府关于2023年重点工作责任分工的通知
序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限
1 | 推进老旧小区改造120个。 | 市住建局 | 各区人民政府 | 2023年10月底前
2 | 完善居家养老服务体系。 | 市民政局 | 市卫生健康委 | 持续推进
"""


def test_pipe_table_column() -> None:
    notice = fyplan.parse(PIPE_TABLE)
    assert deadlines(notice) == [
        ("1", "2023年10月底前", D(2023, 10, 31), "date"),
        ("2", "持续推进", None, "ongoing"),
    ]
    assert notice["1"].text == "推进老旧小区改造120个。"


SPACE_TABLE = """示例市人民政府关于2023年重点工作责任分工的通知
序号 工作任务 牵头单位 完成时限
1 新建城市公园3个 市城管局 第三季度
2 改造背街小巷20条 市住建局 11月底前
"""


def test_space_table_column() -> None:
    notice = fyplan.parse(SPACE_TABLE)
    assert deadlines(notice) == [
        ("1", "第三季度", D(2023, 9, 30), "period"),
        ("2", "11月底前", D(2023, 11, 30), "date"),
    ]
    assert notice["1"].text == "新建城市公园3个"
    assert [u.name for u in notice["2"].lead_units] == ["市住建局"]


UNNUMBERED_CELLS = """示例区人民政府关于印发2024年政府工作报告主要工作任务分解的通知
主要工作任务
牵头单位
责任单位
完成时限
1.新建社区养老服务中心5个。
区民政局
各街道办事处
9月底前
2.实施老旧管网改造工程。
区住建局
区财政局
年底前
"""

# Cells with | lines between them, and one more | closing the table (this once raised IndexError).
BORDERED_CELLS = "示例区人民政府关于2024年重点工作的通知\n" + "\n|\n".join(
    [
        *("序号", "重点工作目标任务", "牵头单位", "完成时限"),
        *("1", "1.建成智慧停车平台。", "区城管局", "6月底前"),
        *("2", "2.推进河道综合整治。", "区水利局", "长期坚持", ""),
    ]
)

KEY_VALUE_ROWS = """示例市人民政府关于2024年重点工作的通知
重点工作: | 1.建设城市书房10个。 |
牵头单位: | 市文旅局 |
完成时限: | 2024年10月底前 |
重点工作: | 2.改造农贸市场3个。 |
牵头单位: | 市商务局 |
完成时限: | 第四季度 |
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            UNNUMBERED_CELLS,
            [("1", "9月底前", D(2024, 9, 30), "date"), ("2", "年底前", D(2024, 12, 31), "period")],
        ),
        (
            BORDERED_CELLS,
            [("1", "6月底前", D(2024, 6, 30), "date"), ("2", "长期坚持", None, "ongoing")],
        ),
        (
            KEY_VALUE_ROWS,
            [("1", "2024年10月底前", D(2024, 10, 31), "date"), ("2", "第四季度", D(2024, 12, 31), "period")],
        ),
    ],
    ids=["unnumbered-cells", "bordered-cells", "key-value-rows"],
)
def test_other_table_layouts(text: str, expected: list[tuple[str, str, D | None, str]]) -> None:
    notice = fyplan.parse(text)
    assert deadlines(notice) == expected
    assert notice.diagnostics == ()
    assert all("|" not in item.text for item in notice.items())  # borders are no text


TEXT_ITEMS = """示例市人民政府关于2024年重点工作及责任分解的通知
一、稳增长
1.出台支持民营经济发展的若干措施,6月底前完成。
牵头单位:市发改委
2.到2025年底全市5G基站覆盖率达到90%。
牵头单位:市数据资源局
3.推进政务服务一网通办,长期坚持。
牵头单位:市政务服务中心
4.完成城区雨污分流改造。(市住建局牵头,市财政局配合,11月30日前完成)
5.持续推进秸秆综合利用。
牵头单位:市农业农村局
6.推進重點項目建設,年底前全面完成。
牽頭單位:市發展改革委
7.实施城市更新行动,年底前完成。
(1)改造老旧小区30个。
牵头单位:市住建局
(2)新建口袋公园10个。
牵头单位:市城管局
"""


@pytest.mark.parametrize(
    ("line", "words", "by"),
    [
        ("1.出台措施。(市发改委牵头,6月底前完成)", "6月底前完成", D(2024, 6, 30)),
        ("1.推进改革。(責任單位:市財政局;完成時限:年底前)", "年底前", D(2024, 12, 31)),
        ("1.深化改革。(市發改委牽頭,長期堅持)", "長期堅持", None),
        ("1.开展行动。(市商务局牵头,各区政府配合,年内持续推进)", "年内持续推进", D(2024, 12, 31)),
        ("1.优化服务(市政务局负责,第三季度完成)。", "第三季度完成", D(2024, 9, 30)),
        ("1.建设公园。（市城管局牵头，2024年9月底前）", "2024年9月底前", D(2024, 9, 30)),
    ],
)
def test_deadline_in_the_duty_bracket(line: str, words: str, by: D | None) -> None:
    notice = fyplan.parse(f"示例市人民政府关于2024年重点工作分工的通知\n一、稳增长\n{line}\n")
    (item,) = notice.items()
    assert item.deadline is not None
    assert (item.deadline.written, item.deadline.by, item.deadline.in_text) == (words, by, False)
    assert item.lead_units  # the deadline group takes nothing from the names


def test_text_items() -> None:
    notice = fyplan.parse(TEXT_ITEMS)
    assert deadlines(notice) == [
        ("1", "6月底前完成", D(2024, 6, 30), "date"),
        ("2", None, None, None),
        ("3", "长期坚持", None, "ongoing"),
        ("4", "11月30日前完成", D(2024, 11, 30), "date"),
        ("5", None, None, None),
        ("6", "年底前全面完成", D(2024, 12, 31), "period"),
        ("7.1", "年底前完成", D(2024, 12, 31), "period"),  # the task's sentence, for its sub-tasks
        ("7.2", "年底前完成", D(2024, 12, 31), "period"),
    ]
    one, four = notice["1"].deadline, notice["4"].deadline
    assert one is not None and one.in_text
    assert four is not None and not four.in_text  # from the duty bracket


def test_text_deadline_stays_in_the_text_when_rendered() -> None:
    notice = fyplan.parse(TEXT_ITEMS)
    text = render(notice)
    assert "完成时限:6月底前完成" not in text and "完成时限:长期坚持" not in text
    assert "完成时限:11月30日前完成" in text  # the bracket's deadline is a field: written as one
    again = fyplan.parse(text)
    assert deadlines(again) == deadlines(notice)


def test_a_text_deadline_names_no_one() -> None:
    assert Duties(deadline=Deadline("6月底前", D(2024, 6, 30), "date", in_text=True)).is_empty()
    assert not Duties(deadline=Deadline("6月底前", D(2024, 6, 30), "date")).is_empty()
    article = "一、要闻\n1.全市开展安全生产大检查,6月底前完成。\n2.召开现场推进会。\n"
    assert not fyplan.parse(article).names_duties()  # a deadline alone does not make a notice


def test_year_from_the_date_when_the_title_has_none() -> None:
    text = "示例市人民政府关于印发重点工作责任分解的通知\n一、稳增长\n1.出台若干措施。\n牵头单位:市发改委\n完成时限:6月底前\n示例市人民政府\n2022年3月1日\n"
    assert deadlines(fyplan.parse(text))[0] == ("1", "6月底前", D(2022, 6, 30), "date")


# ---- records and queries ---------------------------------------------------------------------------


def test_records_keep_the_words_and_add_the_day() -> None:
    rows = records(fyplan.parse(TEXT_ITEMS))
    assert [(r["id"], r["deadline"], r["deadline_by"]) for r in rows[:4]] == [
        ("1", "6月底前完成", "2024-06-30"),
        ("2", None, None),
        ("3", "长期坚持", None),
        ("4", "11月30日前完成", "2024-11-30"),
    ]
    json.loads(next(iter(to_jsonl(rows[:1]))))  # plain JSON


def test_the_whole_tree_keeps_the_typed_deadline() -> None:
    notice = fyplan.parse(TEXT_ITEMS)
    data = to_dict(notice)
    first = data["sections"][0]["tasks"][0]["duties"]["deadline"]
    assert first == {"written": "6月底前完成", "by": "2024-06-30", "kind": "date", "in_text": True}
    assert from_dict(json.loads(json.dumps(data))) == notice


@pytest.mark.parametrize(
    ("q", "ids"),
    [
        ("has:deadline", ["1", "3", "4", "6", "7.1", "7.2"]),
        ("-has:deadline", ["2", "5"]),
        ("deadline<=2024-06-30", ["1"]),
        ("deadline>=2024-07-01", ["4", "6", "7.1", "7.2"]),
        ("deadline<2024-12-31", ["1", "4"]),
        ("deadline>2024-12-31", []),
        ("deadline:年底", ["6", "7.1", "7.2"]),
        ("时限:长期", ["3"]),
        ("deadline:/^\\d+月/", ["1", "4"]),
        ("deadline<=2024-06-30 or deadline:长期", ["1", "3"]),
    ],
)
def test_deadline_queries(q: str, ids: list[str]) -> None:
    assert fyplan.parse(TEXT_ITEMS).query(q).ids() == ids


def test_a_comparison_prints_back() -> None:
    from fyplan.query import parse_query

    node = parse_query("deadline<=2024-06-30")
    assert str(node) == "deadline<=2024-06-30"
    assert parse_query(str(node)) == node


@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("deadline<=6月", "deadline<= takes a date written 2024-06-30, not “6月”"),
        ("deadline>=2024-13-01", "takes a date written 2024-06-30"),
        ("deadline:年底>=2024-06-30", "only target takes words before a comparison"),
    ],
)
def test_bad_deadline_queries(q: str, message: str) -> None:
    from fyplan.query import parse_query

    with pytest.raises(QueryError) as info:
        parse_query(q)
    assert message in info.value.message


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("一季度完成事项", "一季度"),
        ("上半年完成的重点任务（3项）", "上半年"),
        ("9月底前完成的工作", "9月底前"),
        ("第二批：2024年底前完成", "2024年底前"),
        ("年底前办结事项", "年底前"),
        ("上半年完成事項", "上半年"),  # traditional: the words as written
        # A year's or a period's work, a year alone, a task: no deadline.
        ("全年重点工作", None),
        ("2025年工作要点", None),
        ("第三季度目标", None),
        ("2025年完成", None),
        ("完成全年目标任务", None),
        ("加快推进重点项目建设", None),
    ],
)
def test_heading_names_a_period(title: str, words: str | None) -> None:
    assert in_heading(title) == words
