"""Hand-written expectations for the dialect fixtures in ``tests/fixtures/dialects/``.

Each fixture is a small invented notice (cities, people and numbers are made up) in
one dialect of the format family described in DESIGN.md.  Every expected value below
was written by reading the fixture, before any parser existed: when a test here
fails, first decide whether the fixture reading or the parser is wrong, and never
paste the parser's output over the expectation.

Conventions the expectations follow (see DESIGN.md and the API notes):
- item ``text`` is what follows the number, without the number and without an inline
  duty clause, stripped; full-width ``：；，（）`` become ASCII ``:;,()``; ``、`` and
  ``。`` are kept (the final ``。`` too);
- unit names: ``等`` and a trailing ``。`` stripped, shared suffixes expanded, shared
  prefixes (``市发改委、经贸委``) expanded, collective names (``各县、市、区人民政府``)
  kept whole, names with ``各`` never prefixed (``市政府各部门、各直属机构`` is
  ``市政府各部门`` and ``各直属机构``);
- ``line`` is the 1-based line of the item's numbered line in the file.
"""

from __future__ import annotations

import datetime
import functools
from pathlib import Path
from typing import Any

import pytest

import fyplan
from fyplan.model import Item, Notice

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "dialects"
SIGNED = datetime.date(2023, 3, 1)


@functools.cache
def load(name: str) -> Notice:
    """The parsed fixture ``name`` (file stem); parsed once per test session."""
    return fyplan.load(FIXTURES / f"{name}.txt")


def duties(notice: Notice) -> list[tuple[str, list[str], list[str], list[str]]]:
    return [
        (
            item.id,
            [leader.name for leader in item.leaders],
            [unit.name for unit in item.lead_units],
            [unit.name for unit in item.cooperating_units],
        )
        for item in notice.items()
    ]


def item(notice: Notice, item_id: str) -> Item:
    matches = [it for it in notice.items() if it.id == item_id]
    assert len(matches) == 1, f"expected exactly one item {item_id}, got {[it.id for it in notice.items()]}"
    return matches[0]


# --------------------------------------------------------------------------------------
# (id, leaders, lead units, cooperating units) for every responsibility item, in order.
# --------------------------------------------------------------------------------------

EXPECTED_DUTIES: dict[str, list[tuple[str, list[str], list[str], list[str]]]] = {
    # Anhui template, blank lines, values ending in 。, sub-tasks (1)(2).
    "anhui": [
        ("1", ["周明远", "市政府常务副市长"], ["市发展改革委"], ["市政府各部门", "各直属机构"]),
        ("2", ["市政府常务副市长"], ["市财政局"], ["市税务局", "人民银行江临市中心支行"]),
        (
            "3.1",
            ["陈立华"],
            ["市经济和信息化局"],
            ["市发展改革委", "市财政局", "东屏县人民政府", "西岙县人民政府", "南湖区人民政府"],
        ),
        (
            "3.2",
            ["陈立华"],
            ["江临经开区管委会", "江临高新区管委会"],
            ["市自然资源和规划局", "市住房城乡建设局", "各县、市、区人民政府"],
        ),
        ("4", ["陈立华"], ["市经济和信息化局"], ["市市场监管局", "市统计局", "各县、市、区人民政府"]),
    ],
    # Full-width punctuation, 1． 2、 3﹒ (1)（2）, no blank lines, U+3000 / NBSP indents,
    # stray spaces before 。.
    "fullwidth": [
        ("1", ["林卫东"], ["市发展改革委"], ["市统计局", "各县、区人民政府"]),
        ("2", ["林卫东"], ["市发展改革委"], ["市自然资源和规划局", "市住房城乡建设局"]),
        ("3.1", ["何晓萍"], ["市商务局"], ["云泽海关", "市税务局"]),
        ("3.2", ["何晓萍", "韩志刚"], ["市投资促进中心"], ["各县、区人民政府", "云泽经开区管委会"]),
    ],
    # 责任领导 / 分管市领导; 牵头单位 + 责任单位 (= cooperating) / 配合单位 / 协办单位.
    "labels": [
        ("1", ["郑海涛"], ["市发展和改革委员会"], ["市统计局", "市财政局"]),
        ("2", ["许文静"], ["市工业和信息化局"], ["市发展和改革委员会", "市统计局"]),
        ("3", ["郑海涛"], ["市数据资源管理局"], ["市市场监督管理局", "市司法局"]),
        ("4", ["许文静"], ["市市场监督管理局"], ["市发展和改革委员会", "市财政局"]),
    ],
    # A lone 责任单位 with no 牵头 label anywhere: those units lead.
    "lone": [
        ("1", [], ["市工业和信息化局"], []),
        ("2", [], ["市工业和信息化局", "市科技局"], []),
        ("3", [], ["市人力资源和社会保障局", "各县(区)人民政府"], []),
        ("4", [], ["市城市管理局"], []),
    ],
    # 部门分工：X牵头，Y、Z配合。
    "verbs": [
        ("1", [], ["市发改委"], ["市财政局", "市商务局"]),
        ("2", [], ["市商务局"], ["市发改委", "市统计局"]),
        ("3", [], ["市住房城乡建设局", "市城市管理局"], []),
    ],
    # Inline clauses in （…） and […], labelled and with verbs, one with no lead.
    "inline": [
        ("1", ["邓振国"], ["市商务局"], ["市交通局", "溪岭海关"]),
        ("2", ["邓振国"], ["市交通局"], ["市发改委", "市财政局"]),
        ("3", [], ["市高新技术产业开发区管理委员会"], ["市科技局"]),
        ("4", [], ["市发改委", "市财政局"], ["有关部门"]),
        ("5", [], [], ["市农业农村局", "市水利局"]),
    ],
    # （一） level between sections and tasks; tasks numbered through the notice.
    "subsections": [
        ("1", ["孙建平"], ["市科技局"], ["市发展改革委", "市财政局"]),
        ("2", ["孙建平"], ["市科技局"], ["市统计局"]),
        ("3.1", ["孙建平"], ["市经济和信息化局"], ["各县、区人民政府"]),
        ("3.2", ["孙建平"], ["市数据资源局"], ["市通信发展办公室"]),
        ("4", ["黄卫民"], ["市发展改革委"], ["市政府各部门", "各直属机构"]),
    ],
    # Items numbered （二十四） directly under a section, each with an inline clause.
    "chinese-numbered": [
        ("24", [], ["市农业农村局"], ["市发展改革委", "市粮食和物资储备局"]),
        ("25", [], ["市农业农村局", "市自然资源和规划局"], ["各县区人民政府"]),
    ],
    # Leader only in the section title; unnumbered group headings between items.
    "headings": [
        ("1", ["宋建国"], ["市发展改革委"], ["市统计局", "市财政局"]),
        ("2", ["宋建国"], ["市财政局"], ["市税务局"]),
        ("3", ["宋建国"], ["市发展改革委"], ["各县、区人民政府"]),
        ("4", ["梁永平"], ["市人力资源社会保障局"], ["市教育局", "市财政局"]),
        ("5", ["梁永平"], ["市教育局"], ["市住房城乡建设局", "市自然资源和规划局"]),
    ],
    # 一、二、 instruction paragraphs in the preamble, then 附件 and the real body.
    "preamble-numbered": [
        ("1", ["吴振华"], ["市发展改革委"], ["市统计局"]),
        ("2", ["吴振华"], ["市统计局"], ["市人力资源社会保障局", "市农业农村局"]),
        ("3", ["冯晓光"], ["市住房城乡建设局"], ["各县、区人民政府"]),
    ],
    # One 责任单位 list per item; (列第一位者为牵头单位,下同) after the first list.
    "first-listed": [
        ("1", [], ["市发改局"], ["市经信局", "市财政局", "市商务局"]),
        ("2", [], ["市财政局"], ["市税务局", "市经信局"]),
        ("3", [], ["市建设局"], []),
        ("4", [], ["市文化广电旅游体育局"], ["市教育局", "市卫生健康局", "各镇(街道)"]),
    ],
    # 市发改委、经贸委、规划局: a shared prefix is not written out, names stay as written (the corpus
    # convention); a query for 市经贸委 still finds 经贸委. 团市委 starts a new group.
    "shared-prefix": [
        ("1", ["马国庆"], ["市商务局"], ["市经贸委", "统计局", "财政局"]),
        ("2", ["马国庆"], ["市建委", "规划局"], ["市国土局", "环保局", "各县区政府"]),
        ("3", ["田淑芬"], ["市教育局"], ["市发改委", "经贸委", "规划局", "团市委", "市妇联"]),
    ],
    # Traditional characters; names stay as written.
    "traditional": [
        ("1", ["許國強"], ["市發展改革委"], ["市政府各部門", "各直屬機構"]),
        ("2", ["許國強"], ["市財政局"], ["市稅務局"]),
        ("3", [], ["市財政局", "市稅務局"], ["各有關部門"]),
    ],
    # Web page chrome around the notice.
    "chrome": [
        ("1", ["钱志远"], ["市发展改革委"], ["市统计局"]),
        ("2", ["罗慧敏"], ["市人力资源社会保障局"], ["市统计局", "市财政局"]),
    ],
    # 确定了3个方面5项重点工作,由刘振邦同志负总责: 5 tasks, 6 responsibility items.
    "declared": [
        ("1", ["刘振邦"], ["市发展改革委"], ["市统计局"]),
        ("2", ["高文斌"], ["市财政局"], ["市税务局"]),
        ("3.1", ["高文斌"], ["市经济和信息化局"], ["市统计局", "市市场监管局"]),
        ("3.2", ["高文斌"], ["明泉经开区管委会"], ["市发展改革委", "市自然资源和规划局"]),
        ("4", ["杜雪梅"], ["市人力资源社会保障局"], ["各县、区人民政府"]),
        ("5", ["杜雪梅"], ["市民政局"], ["市卫生健康委", "市财政局"]),
    ],
}

NAMES = sorted(EXPECTED_DUTIES)

# 1-based line of each item's numbered line, in item order.
EXPECTED_LINES: dict[str, list[int]] = {
    "anhui": [9, 17, 29, 37, 45],
    "fullwidth": [5, 9, 15, 19],
    "labels": [9, 17, 27, 37],
    "lone": [9, 13, 19, 23],
    "verbs": [9, 13, 19],
    "inline": [9, 11, 15, 17, 21],
    "subsections": [11, 19, 31, 39, 51],
    "chinese-numbered": [9, 11],
    "headings": [11, 17, 25, 33, 39],
    "preamble-numbered": [21, 29, 39],
    "first-listed": [9, 13, 19, 23],
    "shared-prefix": [9, 17, 27],
    "traditional": [9, 17, 27],
    "chrome": [16, 24],
    "declared": [9, 17, 29, 37, 47, 55],
}

# (title, issuer) of each fixture; every fixture is signed 2023年3月1日.
EXPECTED_HEAD: dict[str, tuple[str, str]] = {
    "anhui": ("江临市人民政府关于2023年重点工作及责任分解的通知", "江临市人民政府"),
    "fullwidth": ("云泽市人民政府关于2023年重点工作及责任分解的通知", "云泽市人民政府"),
    "labels": ("泓州市人民政府关于2023年重点工作及责任分解的通知", "泓州市人民政府"),
    "lone": ("临澜市人民政府关于2023年重点工作及责任分解的通知", "临澜市人民政府"),
    "verbs": ("澄川市人民政府关于2023年重点工作及责任分解的通知", "澄川市人民政府"),
    "inline": ("溪岭市人民政府关于2023年重点工作及责任分解的通知", "溪岭市人民政府"),
    "subsections": ("望川市人民政府关于2023年重点工作及责任分解的通知", "望川市人民政府"),
    "chinese-numbered": ("霁州市人民政府关于2023年重点工作及责任分解的通知", "霁州市人民政府"),
    "headings": ("蓝桥市人民政府关于2023年重点工作及责任分解的通知", "蓝桥市人民政府"),
    "preamble-numbered": ("青屿市人民政府关于2023年重点工作及责任分解的通知", "青屿市人民政府"),
    "first-listed": ("鹤汀市人民政府关于2023年重点工作及责任分解的通知", "鹤汀市人民政府"),
    "shared-prefix": ("昭宁市人民政府关于2023年重点工作及责任分解的通知", "昭宁市人民政府"),
    "traditional": ("禾豐市人民政府關於2023年重點工作及責任分解的通知", "禾豐市人民政府"),
    "chrome": ("栖川市人民政府关于2023年重点工作及责任分解的通知", "栖川市人民政府"),
    "declared": ("明泉市人民政府关于2023年重点工作及责任分解的通知", "明泉市人民政府"),
}

# (number, title) of each section, in order.
EXPECTED_SECTIONS: dict[str, list[tuple[int, str]]] = {
    "anhui": [(1, "确保完成全年主要预期目标"), (2, "加快建设现代化产业体系")],
    "fullwidth": [(1, "稳住经济大盘"), (2, "扩大对外开放")],
    "labels": [(1, "推动经济持续回升向好"), (2, "持续优化营商环境")],
    "lone": [(1, "稳定工业增长"), (2, "保障和改善民生")],
    "verbs": [(1, "促进经济平稳运行"), (2, "提升城市品质")],
    "inline": [(1, "加快现代物流业发展"), (2, "增强科技创新能力"), (3, "全面推进乡村振兴")],
    "subsections": [(1, "加快建设现代化产业体系"), (2, "持续扩大有效需求")],
    "chinese-numbered": [(6, "全面推进乡村振兴")],
    "headings": [(1, "宋建国市长负责事项(共3项)"), (2, "梁永平副市长负责事项(共2项)")],
    "preamble-numbered": [(1, "稳住经济基本盘"), (2, "推进城市更新")],
    "first-listed": [(1, "推动经济高质量发展"), (2, "提升城乡人居品质")],
    "shared-prefix": [(1, "扩大对外开放"), (2, "推进教育强市建设")],
    "traditional": [(1, "確保完成全年主要預期目標"), (2, "持續優化營商環境")],
    "chrome": [(1, "确保完成全年主要预期目标")],
    "declared": [(1, "稳定经济增长"), (2, "推进产业升级"), (3, "增进民生福祉")],
}


def test_every_fixture_has_expectations() -> None:
    on_disk = {path.stem for path in FIXTURES.glob("*.txt")}
    assert on_disk == set(EXPECTED_DUTIES)
    for table in (EXPECTED_LINES, EXPECTED_HEAD, EXPECTED_SECTIONS):
        assert set(table) == set(EXPECTED_DUTIES)
    for name in NAMES:
        assert len(EXPECTED_LINES[name]) == len(EXPECTED_DUTIES[name]), name


@pytest.mark.parametrize("name", NAMES)
def test_no_errors(name: str) -> None:
    notice = load(name)
    errors = [d for d in notice.diagnostics if d.severity == "error"]
    assert errors == []


@pytest.mark.parametrize("name", NAMES)
def test_duties(name: str) -> None:
    assert duties(load(name)) == EXPECTED_DUTIES[name]


@pytest.mark.parametrize("name", NAMES)
def test_lines(name: str) -> None:
    assert [it.line for it in load(name).items()] == EXPECTED_LINES[name]


@pytest.mark.parametrize("name", NAMES)
def test_title_issuer_date(name: str) -> None:
    notice = load(name)
    title, issuer = EXPECTED_HEAD[name]
    assert notice.title == title
    assert notice.issuer == issuer
    assert notice.date == SIGNED


@pytest.mark.parametrize("name", NAMES)
def test_sections(name: str) -> None:
    # A section numbered 0 would be the model's holder for items outside any section;
    # none of these fixtures has such items, but tolerate an empty holder.
    got = [(s.number, s.title) for s in load(name).sections if s.number]
    assert got == EXPECTED_SECTIONS[name]


@pytest.mark.parametrize("name", NAMES)
def test_item_sections_follow_document(name: str) -> None:
    """Each item's section is the last section heading above it in the file."""
    expected_sections = EXPECTED_SECTIONS[name]
    got = [(it.section.number if it.section else None) for it in load(name).items()]
    # Written by hand: which section each item sits in.
    by_hand = {
        "anhui": [1, 1, 2, 2, 2],
        "fullwidth": [1, 1, 2, 2],
        "labels": [1, 1, 2, 2],
        "lone": [1, 1, 2, 2],
        "verbs": [1, 1, 2],
        "inline": [1, 1, 2, 2, 3],
        "subsections": [1, 1, 1, 1, 2],
        "chinese-numbered": [6, 6],
        "headings": [1, 1, 1, 2, 2],
        "preamble-numbered": [1, 1, 2],
        "first-listed": [1, 1, 2, 2],
        "shared-prefix": [1, 1, 2],
        "traditional": [1, 1, 2],
        "chrome": [1, 1],
        "declared": [1, 1, 2, 2, 3, 3],
    }[name]
    assert set(by_hand) <= {number for number, _ in expected_sections}
    assert got == by_hand


# --------------------------------------------------------------------------------------
# Texts
# --------------------------------------------------------------------------------------

EXPECTED_TEXTS = [
    ("anhui", "1", "全市生产总值增长6.5%左右。"),
    ("anhui", "3.1", "实施新一轮技术改造,全年完成工业技改投资120亿元。"),
    ("anhui", "4", "培育壮大市场主体,新增规模以上工业企业80家。"),
    # Indented with U+3000 / NBSP, numbered 1． 2、(space) and （1）（2）(space); ，→ ,
    ("fullwidth", "1", "全市生产总值增长6%。"),
    ("fullwidth", "2", "固定资产投资增长8%。"),
    (
        "fullwidth",
        "3.1",
        "进出口总额增长5%，其中出口增长6%。",
    ),  # the notice writes its commas full-width: kept as written
    ("fullwidth", "3.2", "新引进亿元以上项目60个。"),
    ("labels", "3", "全面推行“一件事一次办”,新增集成服务事项30项。"),
    ("lone", "3", "城镇新增就业2.5万人。"),
    ("verbs", "1", "地区生产总值增长6%左右。"),
    # The inline clause is not part of the text.
    ("inline", "1", "新开通国际货运班列线路2条。"),
    ("inline", "2", "建成物流园区一期。"),
    ("inline", "3", "新认定高新技术企业150家。"),
    ("inline", "4", "推进科技成果转移转化,技术合同成交额增长15%。"),
    ("inline", "5", "实施高标准农田建设10万亩。"),
    ("subsections", "3.1", "实施数字化改造项目200个。"),
    ("chinese-numbered", "24", "稳定粮食生产。全年粮食播种面积稳定在300万亩以上,产量保持在120万吨以上。"),
    ("chinese-numbered", "25", "深化农村改革。稳慎推进农村宅基地制度改革试点,发展新型农村集体经济。"),
    # Group headings are not glued onto the next item.
    ("headings", "1", "全市生产总值增长6%左右。"),
    ("headings", "3", "固定资产投资增长10%。"),
    ("first-listed", "1", "制定出台支持民营经济发展若干政策措施。"),
    ("traditional", "3", "全面落實結構性減稅降費政策,為市場主體減負10億元以上。"),
    ("chrome", "2", "城镇调查失业率控制在5.5%以内。"),
]


@pytest.mark.parametrize(("name", "item_id", "text"), EXPECTED_TEXTS)
def test_text(name: str, item_id: str, text: str) -> None:
    assert item(load(name), item_id).text == text


# --------------------------------------------------------------------------------------
# 等: open-ended lists
# --------------------------------------------------------------------------------------

EXPECTED_OPEN_ENDED = [
    # (fixture, id, lead units open-ended, cooperating units open-ended)
    ("anhui", "1", False, False),
    ("anhui", "2", False, True),  # 市税务局、人民银行江临市中心支行等。
    ("anhui", "3.1", False, False),
    ("anhui", "3.2", False, True),  # 等 before the group separator ,
    ("anhui", "4", False, True),  # 等 at the very end, after a collective name
    ("fullwidth", "1", False, False),
    ("fullwidth", "2", False, True),  # 等 。 with a stray space
    ("labels", "3", False, False),
    ("labels", "4", False, True),
    ("verbs", "1", False, False),
    ("verbs", "2", False, True),  # 市发改委、市统计局等配合
    ("inline", "4", False, False),
    ("inline", "5", False, True),  # 市农业农村局、市水利局等按职责分工负责
    ("traditional", "2", False, True),
    ("traditional", "3", False, False),
]


@pytest.mark.parametrize(("name", "item_id", "lead", "coop"), EXPECTED_OPEN_ENDED)
def test_open_ended(name: str, item_id: str, lead: bool, coop: bool) -> None:
    open_ended = item(load(name), item_id).duties.open_ended
    assert (open_ended.lead_units, open_ended.cooperating_units) == (lead, coop)


# --------------------------------------------------------------------------------------
# Deadlines, sub-sections, headings, preamble, aliases, declared counts, chrome
# --------------------------------------------------------------------------------------


def test_deadlines_labels() -> None:
    got = [(it.id, str(it.deadline) if it.deadline else None) for it in load("labels").items()]
    assert got == [("1", None), ("2", None), ("3", "2023年6月底前"), ("4", "2023年12月底前")]


@pytest.mark.parametrize("name", ["anhui", "fullwidth", "inline", "subsections"])
def test_no_deadline_when_none_written(name: str) -> None:
    assert [it.deadline for it in load(name).items()] == [None] * len(EXPECTED_DUTIES[name])


def test_subsections() -> None:
    got = [
        (it.id, it.section.number if it.section else None, it.subsection.number if it.subsection else None)
        for it in load("subsections").items()
    ]
    assert got == [("1", 1, 1), ("2", 1, 1), ("3.1", 1, 2), ("3.2", 1, 2), ("4", 2, 1)]
    titles = [it.subsection.title if it.subsection else None for it in load("subsections").items()]
    assert titles == [
        "以创新提升产业能级",
        "以创新提升产业能级",
        "以数字赋能传统产业",
        "以数字赋能传统产业",
        "积极扩大有效投资",
    ]


@pytest.mark.parametrize("name", ["anhui", "headings", "chinese-numbered", "fullwidth"])
def test_no_subsections(name: str) -> None:
    assert [it.subsection for it in load(name).items()] == [None] * len(EXPECTED_DUTIES[name])


def test_chinese_numbered_items_are_not_subsections() -> None:
    notice = load("chinese-numbered")
    (section,) = [s for s in notice.sections if s.number]
    assert section.subsections == ()
    assert [it.id for it in notice.items()] == ["24", "25"]


def test_headings_are_not_items() -> None:
    notice = load("headings")
    for heading in ("稳定经济增长", "扩大有效投资"):
        for it in notice.items():
            assert heading not in it.text
            assert all(heading not in u.name for u in it.lead_units + it.cooperating_units)


def test_section_leader_applies_to_items_below() -> None:
    notice = load("headings")
    by_section: dict[int | None, set[tuple[str, ...]]] = {}
    for it in notice.items():
        by_section.setdefault(it.section.number if it.section else None, set()).add(
            tuple(leader.name for leader in it.leaders)
        )
    assert by_section == {1: {("宋建国",)}, 2: {("梁永平",)}}


def test_preamble_paragraphs_are_not_sections() -> None:
    notice = load("preamble-numbered")
    titles = [s.title for s in notice.sections]
    assert not any("提高政治站位" in t or "强化督查考核" in t for t in titles)
    assert "提高政治站位" in notice.preamble
    assert "强化督查考核" in notice.preamble
    # The attachment's repeated plan title is not the notice title.
    assert notice.title == "青屿市人民政府关于2023年重点工作及责任分解的通知"


def test_preamble_and_closing_anhui() -> None:
    notice = load("anhui")
    assert "市政府梳理了年度重点工作" in notice.preamble
    assert "各县、市、区人民政府,江临经开区" not in notice.preamble  # the recipients line
    assert "市政府督查室将对重点工作实行按季调度" in notice.closing
    assert "市政府督查室" not in notice.preamble
    assert all("各牵头责任单位要" not in it.text for it in notice.items())


def test_aliases_inline() -> None:
    got = [(a.alias, a.name) for a in load("inline").aliases]
    assert got == [("高新区管委会", "市高新技术产业开发区管理委员会")]


def test_no_aliases_when_none_defined() -> None:
    assert load("anhui").aliases == ()


def test_declared_counts_and_chief() -> None:
    notice = load("declared")
    assert notice.chief == "刘振邦"
    assert (notice.declared.sections, notice.declared.tasks) == (3, 5)
    # The counts match the body: 3 sections, 5 tasks (6 items, task 3 has two sub-tasks).
    assert len([s for s in notice.sections if s.number]) == 3
    assert len({it.task.id for it in notice.items()}) == 5
    assert [d for d in notice.diagnostics if d.severity == "warning"] == []


def test_nothing_declared_when_nothing_said() -> None:
    notice = load("anhui")
    assert notice.chief is None
    assert (notice.declared.sections, notice.declared.tasks) == (None, None)


@pytest.mark.parametrize(
    ("declared", "numbers"),
    [
        ("3个方面7项", ("7", "5")),  # tasks: declared 7, read 5
        ("4个方面5项", ("4", "3")),  # sections: declared 4, read 3
    ],
)
def test_declared_counts_disagree(declared: str, numbers: tuple[str, str]) -> None:
    text = (FIXTURES / "declared.txt").read_text(encoding="utf-8")
    assert "3个方面5项" in text
    notice = fyplan.parse(text.replace("3个方面5项", declared), source="declared.txt")
    # Still readable: the mismatch is a warning, not an error, and the items are all there.
    assert [d for d in notice.diagnostics if d.severity == "error"] == []
    assert [it.id for it in notice.items()] == [row[0] for row in EXPECTED_DUTIES["declared"]]
    warnings = [d for d in notice.diagnostics if d.severity == "warning"]
    assert any(all(n in d.message for n in numbers) for d in warnings), warnings


def test_chrome_metadata() -> None:
    notice = load("chrome")
    assert notice.doc_number == "栖政发〔2023〕5号"
    assert notice.index_number == "000000/202301-00001"
    assert notice.publisher == "栖川市人民政府办公室"
    assert notice.date == datetime.date(2023, 3, 1)
    assert notice.issuer == "栖川市人民政府"
    assert "网站首页" not in notice.preamble
    assert notice.preamble.strip().startswith("市政府研究确定了2023年重点工作")
    assert "关闭窗口" not in notice.closing
    assert "打印本页" not in notice.closing
    assert "确保按时保质完成" in notice.closing


@pytest.mark.parametrize("name", [n for n in NAMES if n != "chrome"])
def test_no_metadata_invented(name: str) -> None:
    notice = load(name)
    assert notice.doc_number is None
    assert notice.index_number is None


def test_parse_and_load_agree() -> None:
    path = FIXTURES / "anhui.txt"
    parsed = fyplan.parse(path.read_text(encoding="utf-8"), source="anhui.txt")
    assert parsed.items() == load("anhui").items()
    assert [it.line for it in parsed.items()] == EXPECTED_LINES["anhui"]


# --------------------------------------------------------------------------------------
# Export records
# --------------------------------------------------------------------------------------


def records(name: str) -> list[dict[str, Any]]:
    # Imported here so the rest of the module runs while export.py is being written.
    import fyplan.write.export

    return list(fyplan.write.export.records(load(name)))


def record(name: str, item_id: str) -> dict[str, Any]:
    records_ = records(name)
    assert len(records_) == len(EXPECTED_DUTIES[name])
    matches = [r for r in records_ if r["id"] == item_id]
    assert len(matches) == 1
    return matches[0]


EXPECTED_RECORDS: list[tuple[str, dict[str, Any]]] = [
    (
        "anhui",
        {
            "id": "3.2",
            "section": 2,
            "section_title": "加快建设现代化产业体系",
            "subsection": None,
            "task": 3,
            "subtask": 2,
            "text": "支持园区扩容升级,新增标准化厂房50万平方米。",
            "leaders": ["陈立华"],
            "lead_units": ["江临经开区管委会", "江临高新区管委会"],
            "cooperating_units": ["市自然资源和规划局", "市住房城乡建设局", "各县、市、区人民政府"],
            "open_ended": {"lead_units": False, "cooperating_units": True},
            "deadline": None,
            "line": 37,
        },
    ),
    (
        "subsections",
        {
            "id": "3.2",
            "section": 1,
            "section_title": "加快建设现代化产业体系",
            "subsection": 2,
            "task": 3,
            "subtask": 2,
            "text": "新建5G基站1500个。",
            "leaders": ["孙建平"],
            "lead_units": ["市数据资源局"],
            "cooperating_units": ["市通信发展办公室"],
            "open_ended": {"lead_units": False, "cooperating_units": False},
            "deadline": None,
            "line": 39,
        },
    ),
    (
        "chinese-numbered",
        {
            "id": "24",
            "section": 6,
            "section_title": "全面推进乡村振兴",
            "subsection": None,
            "task": 24,
            "subtask": None,
            "text": "稳定粮食生产。全年粮食播种面积稳定在300万亩以上,产量保持在120万吨以上。",
            "leaders": [],
            "lead_units": ["市农业农村局"],
            "cooperating_units": ["市发展改革委", "市粮食和物资储备局"],
            "open_ended": {"lead_units": False, "cooperating_units": False},
            "deadline": None,
            "line": 9,
        },
    ),
    (
        "labels",
        {
            "id": "3",
            "section": 2,
            "section_title": "持续优化营商环境",
            "subsection": None,
            "task": 3,
            "subtask": None,
            "text": "全面推行“一件事一次办”,新增集成服务事项30项。",
            "leaders": ["郑海涛"],
            "lead_units": ["市数据资源管理局"],
            "cooperating_units": ["市市场监督管理局", "市司法局"],
            "open_ended": {"lead_units": False, "cooperating_units": False},
            "deadline": "2023年6月底前",
            "line": 27,
        },
    ),
    (
        "inline",
        {
            "id": "5",
            "section": 3,
            "section_title": "全面推进乡村振兴",
            "subsection": None,
            "task": 5,
            "subtask": None,
            "text": "实施高标准农田建设10万亩。",
            "leaders": [],
            "lead_units": [],
            "cooperating_units": ["市农业农村局", "市水利局"],
            "open_ended": {"lead_units": False, "cooperating_units": True},
            "deadline": None,
            "line": 21,
        },
    ),
]


def _record_id(value: object) -> str:
    return value if isinstance(value, str) else str(value["id"]) if isinstance(value, dict) else repr(value)


@pytest.mark.parametrize(("name", "expected"), EXPECTED_RECORDS, ids=_record_id)
def test_record(name: str, expected: dict[str, Any]) -> None:
    got = record(name, expected["id"])
    for key, value in expected.items():
        if key == "open_ended":
            assert {k: got[key][k] for k in value} == value, key
        else:
            assert got[key] == value, key
    assert got["source"].endswith(f"{name}.txt")


@pytest.mark.parametrize("name", NAMES)
def test_records_match_items(name: str) -> None:
    got = records(name)
    assert [(r["id"], r["leaders"], r["lead_units"], r["cooperating_units"]) for r in got] == EXPECTED_DUTIES[name]
    assert [r["line"] for r in got] == EXPECTED_LINES[name]


def test_asides_in_brackets_are_not_duty_clauses() -> None:
    import fyplan

    text = (
        "示例市人民政府关于2023年重点工作及责任分解的通知\n一、稳增长\n"
        "1.支持高新技术产业开发区(以下简称高新区)扩区。\n牵头单位:市科技局\n"
        "2.推进园区污水管网建设(含开发区)。\n牵头单位:市住建局\n"
        "3.建成物流园区一期(市交通局、市发改委)\n"
    )
    n = fyplan.parse(text)
    assert n["1"].text == "支持高新技术产业开发区(以下简称高新区)扩区。"
    assert [u.name for u in n["1"].lead_units] == ["市科技局"]
    assert n["2"].text == "推进园区污水管网建设(含开发区)。"
    assert [u.name for u in n["3"].lead_units] == ["市交通局", "市发改委"]
    assert n["3"].text == "建成物流园区一期"
