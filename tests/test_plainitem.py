"""The common item read with a few calls (fyplan/read/plainitem.py, issue 13): what it reads it reads as
the general path does, and what it does not know it leaves to the general path."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
import builds
import family
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import fyplan
from fyplan import fastpaths, units
from fyplan.grammars import lexicon
from fyplan.model import _WRITTEN_SLOT, Duties, Notice, Task, listed_duties, open_ended
from fyplan.read import clauses, grammar, plainitem
from fyplan.read.context import Built, plain_built, shared_label_shape
from fyplan.strategies import notices, styles
from fyplan.write.export import to_json
from fyplan.write.render import render


def _spied(name: str) -> Iterator[list[bool]]:
    """Whether each call of ``plainitem.<name>`` read its item (True) or left it to the general path."""
    if builds.is_compiled(grammar):
        pytest.skip(
            "compiled build: the compiled grammar calls plainitem directly, past any spy (tests/test_builds.py)"
        )
    seen: list[bool] = []
    original = getattr(plainitem, name)

    def spy(*args: object) -> object:
        built = original(*args)
        seen.append(built is not None)
        return built

    setattr(plainitem, name, spy)
    try:
        yield seen
    finally:
        setattr(plainitem, name, original)


@pytest.fixture
def calls() -> Iterator[list[bool]]:
    yield from _spied("read")


@pytest.fixture
def head_calls() -> Iterator[list[bool]]:
    yield from _spied("read_head")


def both_ways(text: str) -> tuple[tuple[str, list[str]], tuple[str, list[str]]]:
    """(export, diagnostics) read with the fast paths and with the general paths only."""

    def read() -> tuple[str, list[str]]:
        notice = fyplan.parse(text)
        return to_json(notice), [str(d) for d in notice.diagnostics]

    fast = read()
    with fastpaths.plain():
        plain = read()
    return fast, plain


HEAD = "某市人民政府关于2024年重点工作及责任分解的通知\n各县区人民政府,市政府各部门:\n"


def test_a_plain_item_is_read_by_the_fast_reader_as_the_general_path_reads_it(calls: list[bool]) -> None:
    text = (
        HEAD + "一、稳增长\n"
        "1.全市生产总值增长6%。\n"
        "牵头负责领导:市政府常务副市长、王东。\n\n"
        "牵头责任单位:市发展改革委。\n\n"
        "协同责任单位:市财政局、甲县、乙区人民政府,各县市区人民政府等。\n"
        "2.扩大有效投资,全年完成投资100亿元。\n"
        "牵头单位:市发展改革委\n"
        "责任单位:市财政局、市发展改革委、市经济和信息化局\n"
    )
    fast, plain = both_ways(text)
    assert calls == [True, True]
    assert fast == plain
    items = list(fyplan.parse(text).items())
    # Read from the text by hand: the leaders as written, the shared 人民政府 written out for 甲县 only in the
    # name, the lead named again in 责任单位 (second here) dropped from the cooperating units.
    assert [str(p) for p in items[0].duties.leaders] == ["市政府常务副市长", "王东"]
    assert [str(u) for u in items[0].duties.cooperating_units] == [
        "市财政局",
        "甲县人民政府",
        "乙区人民政府",
        "各县市区人民政府",
    ]
    assert [u.written for u in items[0].duties.cooperating_units][1] == "甲县"
    assert items[0].duties.open_ended.cooperating_units
    assert [str(u) for u in items[1].duties.lead_units] == ["市发展改革委"]
    assert [str(u) for u in items[1].duties.cooperating_units] == ["市财政局", "市经济和信息化局"]


def test_names_in_quotation_marks_are_read_by_the_fast_reader(calls: list[bool]) -> None:
    text = (
        HEAD + "一、治理\n"
        "1.整治违规建设的农业设施。\n"
        "牵头单位:市“农业设施”整治专班。\n"
        "配合单位:“菜篮子”工程领导小组成员单位、“三农”工作办公室等。\n"
    )
    fast, plain = both_ways(text)
    assert calls == [True]
    assert fast == plain
    duties = fyplan.parse(text).sections[0].tasks[0].duties
    assert [u.name for u in duties.lead_units] == ["市“农业设施”整治专班"]
    assert [u.name for u in duties.cooperating_units] == ["“菜篮子”工程领导小组成员单位", "“三农”工作办公室"]
    assert duties.open_ended.cooperating_units


@pytest.mark.parametrize(
    ("item", "why"),
    [
        ("1.修路(县交通局负责)。\n牵头单位:县交通局\n", "a bracket in the sentence"),
        ("1.由县交通局牵头,修路。\n牵头单位:县交通局\n", "a lead-in sentence"),
        ("1.修路。\n牵头单位:县交通局配合\n", "a group ending in a verb"),
        ("1.修路。\n牵头单位:县交通局,2024年底前\n", "deadline words"),
        ("1.修路。\n牵头单位:县交通局(牵头)、县财政局\n", "a bracket among the names"),
        ("1.修路。\n牵头单位:县交通局 县财政局\n", "a space among the names"),
        ("1.修路。\n完成时限:2024年底前\n", "a label it does not know"),
        ("1.修路。\n责任单位:县交通局、县财政局,列第一位的为牵头单位\n", "the first-listed convention"),
        ("1.修路。\n牵头单位:县交通局\n县财政局\n", "a line that is no field"),
        ("1.修路。\n配合单位:县财政局,下同\n", "下同 after the names"),
    ],
)
def test_what_the_fast_reader_does_not_know_goes_to_the_general_path(item: str, why: str, calls: list[bool]) -> None:
    text = HEAD + "一、部分\n" + item
    fast, plain = both_ways(text)
    assert calls == [False], why
    assert fast == plain


POINTS = (
    HEAD + "一、民生\n"
    "1.推进健康城市建设。\n"
    "(1)深化医药卫生体制改革。\n"
    "牵头单位:市卫生健康委\n"
    "(2)创建省级卫生城市。\n"
    "牵头单位:市卫生健康委\n"
    "配合单位:各县区人民政府\n"
)


def test_a_task_of_points_is_read_by_the_fast_reader_as_the_general_path_reads_it(head_calls: list[bool]) -> None:
    fast, plain = both_ways(POINTS)
    assert head_calls == [True]
    assert fast == plain
    task = fyplan.parse(POINTS).sections[0].tasks[0]
    assert task.duties.is_empty()
    assert [(s.id, [str(u) for u in s.duties.lead_units]) for s in task.subtasks] == [
        ("1.1", ["市卫生健康委"]),
        ("1.2", ["市卫生健康委"]),
    ]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (POINTS.replace("1.推进健康城市建设。", "1.推进健康城市建设,由市卫生健康委负责。"), "a closing clause"),
        (POINTS.replace("1.推进健康城市建设。", "1.推进健康城市建设(市卫生健康委牵头)。"), "a bracket"),
        (
            POINTS.replace("牵头单位:市卫生健康委\n(2)", "(2)").replace("配合单位:各县区人民政府\n", ""),
            "one clause after the last point may be the group's",
        ),
    ],
)
def test_a_task_of_points_the_fast_reader_does_not_know_goes_to_the_general_path(
    text: str, why: str, head_calls: list[bool]
) -> None:
    fast, plain = both_ways(text)
    assert head_calls == [False], why
    assert fast == plain


# Values that try each rule the fast reader settles by a cheap test: names that end like a body or a person,
# titles, 和 and 及 joining collectives, shared suffixes, 各 collectives, 等 tails, verbs and deadline words,
# the first-listed note, traditional characters; and sentences that may or may not hold a clause.
NAMES = [
    "市财政局", "县教育局", "市发展改革委", "团市委", "市总工会", "市经济和信息化局", "甲县", "乙区人民政府",
    "丙镇", "丁乡政府", "各县、市、区人民政府", "各县市区人民政府", "各乡镇", "各有关部门", "有关县区政府",
    "各开发区", "市税务局等", "市税务局等有关部门", "等", "省直各部门和各市人民政府", "市财政局和各有关部门",
    "县政府及开发区管委会", "市委宣传部及相关单位", "杨志武副市长", "王东同志", "张三", "市政府常务副市长",
    "分管副市长", "市长", "综合股同志", "李红", "市政府副秘书长", "市財政局", "縣教育局", "王東副市長",
    "各成员单位", "市人民银行", "人行中心支行", "市消防救援支队", "市广播电视台", "市档案馆", "团县委等",
    "市公安局交警支队", "市妇联", "首都办", "市第一中学", "县“放管服”改革协调小组办公室", "“菜篮子”工程领导小组",
    "市“双创”工作指挥部成员单位", "“一网通办”专班等", "单位", "市直有关部门", "单位等", "管委会主任",
    "县人民医院院长", "分管招商副主任", "组织委员",
]  # fmt: skip
# Names that send the item to the general path (a verb, deadline words, the convention, 首 or 第一), drawn less.
OTHER_NAMES = ["市财政局配合", "2024年底前", "年内完成", "市教育局负责", "市发改委牵头抓总", "到位",
               "列第一位的为牵头单位", "下同"]  # fmt: skip
LABELS = plainitem._CANDIDATE_LABELS
OTHER_LABELS = ["完成时限", "责任人", "县级责任领导", "牵头单位 ", "主责单位"]
SENTENCES = [
    "加快推进产业园区建设。", "深化放管服改革,优化营商环境。", "全市生产总值增长6%左右。", "推进改革 。 持续推进",
    "扩大有效投资,2024年底前完成。", "由于资金紧张,分期建设。", "年内完成,确保按期交付。",
]  # fmt: skip
OTHER_SENTENCES = [
    "由市发改委牵头,推进项目建设。", "市发改委负责,推进项目建设。", "推进老旧小区改造(市住建局负责)。",
    "完成目标:新建学校3所。", "实施乡村振兴战略。(市农业农村局牵头)",
]  # fmt: skip


def _mostly(common: list[str] | tuple[str, ...], rare: list[str], odds: int = 10) -> st.SearchStrategy[str]:
    """One of ``rare`` once in ``odds`` draws, else one of ``common``."""
    return st.integers(1, odds).flatmap(lambda k: st.sampled_from(rare if k == 1 else common))


@st.composite
def _field(draw: st.DrawFn) -> str:
    label = draw(_mostly(LABELS, OTHER_LABELS))
    names = _mostly(NAMES, OTHER_NAMES, 30)
    groups = draw(st.lists(st.lists(names, min_size=1, max_size=4).map("、".join), min_size=1, max_size=3))
    end = draw(_mostly(["", "。"], [";"]))
    return f"{label}:{','.join(groups)}{end}"


@st.composite
def _fields(draw: st.DrawFn) -> str:
    gap = draw(st.sampled_from(["", "", "\n"]))
    return ("\n" + gap).join(draw(st.lists(_field(), min_size=1, max_size=3)))


# What may follow a task's points: nothing, one clause for them all, a line of text, a closing sentence.
AFTER_POINTS = ["", "", "(责任单位:市财政局、市教育局)", "以上工作年内完成。", "牵头单位:市发展改革委"]


@st.composite
def edge_notices(draw: st.DrawFn) -> str:
    lines = [HEAD.rstrip("\n")]
    if draw(st.booleans()):
        lines.append("各项工作的责任单位中,列第一位的为牵头单位。")
    lines.append("一、重点工作")
    for number in range(1, draw(st.integers(1, 4)) + 1):
        lines.append(f"{number}.{draw(_mostly(SENTENCES, [*OTHER_SENTENCES, '加快建设,由市住建局负责。']))}")
        if draw(st.integers(0, 3)) == 0:
            for point in range(1, draw(st.integers(1, 3)) + 1):
                lines.append(f"({point}){draw(_mostly(SENTENCES, OTHER_SENTENCES))}")
                if draw(st.integers(0, 3)):
                    lines.append(draw(_fields()))
            if after := draw(st.sampled_from(AFTER_POINTS)):
                lines.append(after)
        else:
            lines.append(draw(_fields()))
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None)
@given(edge_notices())
def test_edge_notices_read_alike_both_ways(text: str) -> None:
    fast, plain = both_ways(text)
    assert fast == plain


# Bare places and names with each ending of units._SHARED_SUFFIXES (a place before one shares its ending),
# drawn as often as the other names.
SUFFIXED = ["甲县", "乙区", "丙镇", "丁乡", "高新区", "城东街道", "经开区管委会", "东城街道办事处", "高新区党工委",
            "丙镇人民政府", "乙县政府", "新区管理委员会", "城南办事处"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_mostly(SUFFIXED, NAMES, 2), min_size=1, max_size=5).map("、".join), min_size=1, max_size=3))
def test_a_list_is_read_as_the_general_path_reads_it(groups: list[str]) -> None:
    # plainitem._bodies takes a group of one name as written and asks the collective and shared-ending rules
    # only where a group may hold one: the same units (as spelled), people and 等 as units.split_names gives.
    text = ",".join(groups)
    found, people, open_ended, _ = plainitem._bodies.__wrapped__(text)
    names = units.split_names(text)
    assert [(u.name, u.written) for u in found] == [(u.name, u.written) for u in units.units_of(names)]
    assert people == units.people_in(names)
    assert open_ended == names.open_ended


# Groups of a list: the names above, some shared endings, 等 after any of them.
_GROUPS = st.lists(
    st.lists(_mostly(NAMES, SUFFIXED, 3), min_size=1, max_size=4)
    .map("、".join)
    .map(lambda group: group + "等" if group.endswith("局") and len(group) % 3 == 0 else group),
    min_size=0,
    max_size=3,
)


@settings(max_examples=400, deadline=None)
@given(_GROUPS, _GROUPS, st.sampled_from([(), ("李红",), ("市政府常务副市长、王东",), ("李红", "王东等")]))
def test_lists_packed_as_the_reader_knows_them_are_packed_as_duties_packs_them(
    lead_groups: list[str], coop_groups: list[str], leader_groups: tuple[str, ...]
) -> None:
    # model.listed_duties packs the lead and cooperating lists by the sizes plainitem._bodies gives, without
    # comparing strings: the same packed value and the same written lists as Duties() of the strings.
    lead = plainitem._bodies.__wrapped__(",".join(lead_groups))
    coop = plainitem._bodies.__wrapped__(",".join(coop_groups))
    lead_sizes, coop_sizes = lead[3], coop[3]
    assume(lead_sizes is not None and coop_sizes is not None)
    assert lead_sizes is not None and coop_sizes is not None
    leaders, leaders_open = plainitem._leaders.__wrapped__(",".join(leader_groups))
    flags = open_ended(leaders_open, lead[2], coop[2])
    fast = listed_duties(leaders, lead[0], coop[0], flags, leader_groups, lead_sizes, coop_sizes)
    slow = Duties(leaders, lead[0], coop[0], None, flags, (leader_groups, tuple(lead_groups), tuple(coop_groups)))
    assert fast == slow
    assert _WRITTEN_SLOT.__get__(fast) == _WRITTEN_SLOT.__get__(slow)
    assert fast.written == slow.written == (leader_groups, tuple(lead_groups), tuple(coop_groups))


def test_a_plain_built_is_the_built_of_its_fields() -> None:
    task = Task("1", 1, "全市生产总值增长6%。", line=3)
    shape = shared_label_shape((("lead", "牵头单位"),), (1,))
    fast, slow = plain_built(task, shape, 3, 4), Built(task, None, shape, 3, 4, False, True)
    for field in attrs.fields(Built):
        assert getattr(fast, field.name) == getattr(slow, field.name), field.name


def test_a_list_not_written_as_its_units_is_not_packed_by_sizes() -> None:
    assert plainitem._bodies.__wrapped__("市财政局和各有关部门")[3] is None  # 和 between two names
    assert plainitem._bodies.__wrapped__("分管副市长、市财政局")[3] is None  # a title that names no one
    assert plainitem._bodies.__wrapped__("市税务局等有关部门")[3] is None  # words after 等
    assert plainitem._bodies.__wrapped__("市财政局、甲县、乙区人民政府")[3] == (3,)  # 甲县 spelled as written
    assert plainitem._bodies.__wrapped__("市财政局等,市教育局")[3] is None  # 等 before the last group
    assert plainitem._bodies.__wrapped__("杨志武副市长、市财政局")[3] is None  # a person among the units
    assert plainitem._bodies.__wrapped__("市财政局、市教育局,市税务局等")[3] == (2, 1)


@settings(max_examples=40, deadline=None)
@given(notices(), styles())
def test_generated_notices_read_alike_both_ways(notice: Notice, style: object) -> None:
    fast, plain = both_ways(render(notice, style))  # type: ignore[arg-type]
    assert fast == plain


@settings(max_examples=40, deadline=None)
@given(family.families(), st.data())
def test_family_notices_in_labelled_lines_read_alike_both_ways(found: family.Family, data: st.DataObject) -> None:
    fast, plain = both_ways(family.labelled_lines(found, data))
    assert fast == plain


# The cheap tests stand for patterns of the lexicon: each must say "maybe" wherever the pattern matches.


@settings(max_examples=300, deadline=None)
@given(st.text("甲局县政府", max_size=4), st.from_regex(re.compile(lexicon("VERB")), fullmatch=True))
def test_every_group_ending_in_a_role_verb_is_left_to_the_grammar(before: str, verb: str) -> None:
    group = before + verb
    # (A verb's own lookbehind may refuse what stands before it: 区政协办 is a body, not 区政 + 协办.)
    assume(clauses._ENDS_IN_VERB.search(group) is not None)
    assert plainitem._may_end_in_verb(group)


def test_the_cppcc_office_is_no_verb() -> None:
    assert clauses._ENDS_IN_VERB.search("区政协办") is None
    assert clauses._ENDS_IN_VERB.search("区文旅局协办") is not None


@settings(max_examples=300, deadline=None)
@given(st.from_regex(clauses._DEADLINE, fullmatch=True))
def test_every_deadline_ends_in_a_character_the_reader_checks(words: str) -> None:
    assert words[-1] in plainitem._DEADLINE_ENDS
    # clauses.deadline_after asks the pattern only of a group that ends in one (or in a line break).
    if "," not in words and "。" not in words:
        assert clauses.deadline_after(f"甲局配合,{words}") == ("甲局配合", f",{words}")


@settings(max_examples=300, deadline=None)
@given(st.from_regex(units._titled(), fullmatch=True))
def test_no_titled_person_ends_like_a_body(name: str) -> None:
    # (or in a title the plain reader turns away by name: 政委 ends as 发改委 does)
    assert name[-1] not in plainitem._BODY_ENDS or name.endswith(plainitem.TITLES_ENDING_AS_BODIES)


@settings(max_examples=300, deadline=None)
@given(st.from_regex(units.GENERIC_TITLE, fullmatch=True))
def test_no_title_of_whoever_is_in_charge_ends_like_a_body(name: str) -> None:
    assert name[-1] not in plainitem._BODY_ENDS


def test_a_title_that_ends_as_a_body_is_read_as_the_general_path_reads_it() -> None:
    # 政委 ends in 委 as 发改委 does: in a list of bodies, the titled person is no body on either path
    text = "某县公安局重点工作\n1.开展禁毒宣传。\n牵头单位:禁毒大队、陈立军政委\n"
    fast = fyplan.parse(text)
    with fastpaths.plain():
        general = fyplan.parse(text)
    assert fast.items()[0].duties == general.items()[0].duties
    assert [u.name for u in fast.items()[0].lead_units] == ["禁毒大队"]


def test_every_label_of_the_table_is_a_whole_label_of_the_lexicon() -> None:
    kinds, _ = plainitem._fields()
    assert sorted(kinds) == sorted(plainitem._CANDIDATE_LABELS)
    assert {kinds["牵头负责领导"], kinds["牵头单位"], kinds["配合单位"], kinds["责任单位"]} == {
        "leaders",
        "lead",
        "cooperating",
        "responsible",
    }


def test_plain_reading_turns_it_off(calls: list[bool]) -> None:
    text = HEAD + "一、部分\n1.修路。\n牵头单位:县交通局\n"
    with fastpaths.plain():
        fyplan.parse(text)
    assert calls == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["市发改委", "牵头", "配合", "负责", "分工", "乙局", "牽", "按职责", "参加", "做好"]),
        min_size=1,
        max_size=6,
    )
    .map("".join)
    .flatmap(
        lambda word: st.lists(
            st.just(word) | st.sampled_from(["市财政局", "各乡镇牵头", "甲局分工负责", "丙委"]), min_size=2, max_size=4
        )
    )
)
def test_the_verb_before_a_list_mark_search_is_the_per_part_test(parts: list[str]) -> None:
    # plainitem._verb_before_list: a part (before a 、) that may end in a role verb, looked for at the 、 only, as
    # _may_end_in_verb tells each part.
    group = "、".join(parts)
    assert plainitem._verb_before_list(group) == any(plainitem._may_end_in_verb(part) for part in parts[:-1])
