"""The bundled Fuyang 2019 notice: counts, metadata and exact duties of chosen items.

Every expected value below was read off examples/fuyang-2019.txt by eye.
"""

from __future__ import annotations

import datetime

import pytest

import fyplan
from fyplan.model import Notice


def names(values: tuple[object, ...]) -> list[str]:
    return [str(v) for v in values]


def test_counts(example: Notice) -> None:
    assert len(example.sections) == 10
    assert sum(1 for _ in example.tasks()) == 44
    assert sum(len(t.subtasks) for t in example.tasks()) == 190
    assert len(example.items()) == 201
    assert [s.number for s in example.sections] == list(range(1, 11))


def test_no_diagnostics(example: Notice) -> None:
    assert example.diagnostics == ()


def test_metadata(example: Notice) -> None:
    assert example.title == "阜阳市人民政府关于2019年重点工作及责任分解的通知"
    assert example.doc_number == "阜政发〔2019〕16号"
    assert example.index_number == "003158495/201905-00164"
    assert example.publisher == "阜阳市人民政府(办公室)"
    assert example.published == datetime.date(2019, 5, 20)
    assert example.date == datetime.date(2019, 5, 13)
    assert example.issuer == "阜阳市人民政府"
    assert example.chief == "孙正东"
    assert (example.declared.sections, example.declared.tasks) == (10, 44)
    assert names(example.recipients) == [
        "各县、市、区人民政府",
        "阜阳经开区管委会",
        "阜合现代产业园区管委会",
        "市政府各部门",
        "各直属机构",
    ]
    assert example.preamble.startswith("2019年是中华人民共和国成立70周年")
    assert example.closing.startswith("各地各部门要强化大局意识")
    assert example.closing.endswith("庄严承诺。")
    assert "关闭窗口 打印本页 字体大小:[ ]" in example.chrome


def test_section_titles(example: Notice) -> None:
    assert example.sections[0].title == "确保完成全年主要预期目标"
    assert example.sections[1].title == "着力提升新型工业化水平"


# (id, line, leaders, lead units, cooperating units, lead open, cooperating open)
CASES = [
    ("1", 17, ["市政府常务副市长"], ["市发展改革委"], ["市政府各部门", "各直属机构"], False, False),
    ("2", 25, ["市政府常务副市长"], ["市财政局"], ["市税务局", "人行阜阳中心支行"], False, True),
    (
        "4",
        41,
        ["李红"],
        ["市经济和信息化局"],
        ["市发展改革委", "市税务局", "市财政局", "市自然资源和规划局", "市生态环境局", "市供电公司"],
        False,
        False,
    ),
    (
        "9",
        81,
        ["王玉峰"],
        ["市生态环境局"],
        ["市环保委员会成员单位", "阜阳经开区管委会", "阜合现代产业园区管委会", "各县市区人民政府"],
        False,
        False,
    ),
    ("10", 89, ["市政府常务副市长"], ["市发展改革委", "市生态环境局"], None, False, True),
    (
        "11",
        97,
        ["孙正东", "市政府常务副市长"],
        ["市政府办公室"],
        ["市政府各部门", "各直属机构", "各县市区人民政府"],
        False,
        False,
    ),
    (
        "12.3",
        125,
        ["李红"],
        ["市经济和信息化局", "颍东区人民政府", "阜阳经开区管委会"],
        ["市发展改革委", "市自然资源和规划局", "市生态环境局"],
        False,
        True,
    ),
    (
        "13.3",
        167,
        ["李红"],
        ["市城南新区管委会", "阜阳经开区管委会"],
        ["市发展改革委", "市经济和信息化局", "市科技局", "市财政局", "市招商投资促进中心"],
        False,
        True,
    ),
    (
        "16.1",
        311,
        ["王玉峰"],
        ["市城乡建设局"],
        [
            "市重点工程处",
            "市财政局",
            "市自然资源和规划局",
            "市城管执法局",
            "市公共资源交易监管局",
            "阜阳经开区管委会",
            "阜合现代产业园区管委会",
            "市城南新区管委会",
            "市西湖管委会",
            "市建投集团",
            "颍州区人民政府",
            "颍东区人民政府",
            "颍泉区人民政府",
        ],
        False,
        True,
    ),
    (
        "16.3",
        327,
        ["市政府常务副市长"],
        ["市城南新区管委会", "市西湖管委会", "颍东区人民政府", "颍泉区人民政府"],
        None,
        False,
        True,
    ),
    (
        "17.3",
        401,
        ["市政府常务副市长", "王玉峰", "李红"],
        ["市城管执法局", "市公安局", "市商务局"],
        ["市文明委其他成员单位"],
        False,
        False,
    ),
    (
        "19.2",
        487,
        ["王显义"],
        ["市扶贫开发局"],
        ["市扶贫开发领导小组其他成员单位", "阜南县人民政府", "临泉县人民政府", "颍东区人民政府"],
        False,
        True,
    ),
    (
        "33.2",
        1171,
        ["王玉峰"],
        ["市自然资源和规划局", "市生态环境局"],
        # The notice names 市城乡建设局 twice; the reader keeps what was written.
        ["市城乡建设局", "市林业局", "市农业农村局", "市城乡建设局", "市文化旅游体育局", "各县市区人民政府"],
        False,
        True,
    ),
]


@pytest.mark.parametrize(("item_id", "line", "leaders", "lead", "coop", "lead_open", "coop_open"), CASES)
def test_item_duties(
    example: Notice,
    item_id: str,
    line: int,
    leaders: list[str],
    lead: list[str],
    coop: list[str] | None,
    lead_open: bool,
    coop_open: bool,
) -> None:
    item = example[item_id]
    assert item.line == line
    assert names(item.leaders) == leaders
    assert names(item.lead_units) == lead
    if coop is not None:
        assert names(item.cooperating_units) == coop
    assert item.duties.open_ended.lead_units is lead_open
    assert item.duties.open_ended.cooperating_units is coop_open


def test_item_context(example: Notice) -> None:
    item = example["12.3"]
    assert item.section is not None and item.section.number == 2
    assert item.task.number == 12 and item.subtask is not None and item.subtask.number == 3
    assert item.text == "加快煤基新材料昊源二期、阜阳卷烟厂易地技改项目建设。"
    assert item.task.text == "加大传统产业改造提升力度。"


def test_written_spelling_is_kept(example: Notice) -> None:
    governments = example["19.2"].cooperating_units
    assert [u.written for u in governments[1:]] == ["阜南县", "临泉县", "颍东区人民政府"]


def test_leaders_people_and_roles(example: Notice) -> None:
    leaders = example["11"].leaders
    assert [(leader.name, leader.is_role) for leader in leaders] == [("孙正东", False), ("市政府常务副市长", True)]


def test_task_with_subtasks_is_not_an_item(example: Notice) -> None:
    with pytest.raises(KeyError, match="sub-tasks"):
        example["12"]
    with pytest.raises(KeyError):
        example["99.1"]


def test_repeated_names_share_one_object(example: Notice) -> None:
    a = example["1"].lead_units[0]
    b = example["3"].lead_units[0]
    assert a == b and a is b


def test_example_helper_matches_file(example: Notice) -> None:
    assert fyplan.example() == example
    assert fyplan.example_path().read_text(encoding="utf-8").startswith("网站首页")


def test_reprs_are_short_and_readable(example: Notice) -> None:
    assert repr(example) == (
        "Notice('阜阳市人民政府关于2019年重点工作及责任分解的通知', doc_number='阜政发〔2019〕16号', sections=10, items=201)"
    )
    assert repr(example.sections[1]) == "Section(2, '着力提升新型工业化水平', tasks=4)"
    assert repr(example["2"]) == (
        "Item('2', '财政收入与经济增长同步。', leaders=[市政府常务副市长], lead_units=[市财政局], "
        "cooperating_units=[市税务局、人行阜阳中心支行])"
    )
