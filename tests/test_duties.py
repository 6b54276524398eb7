"""The duty-clause layer directly: label words, verb forms, clause fields (expectations from DESIGN.md)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fyplan.read.clauses import Clause, Field, label_kind, parse_clause, verb_kind


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("牵头负责领导", "leaders"),
        ("分管市领导", "leaders"),
        ("牽頭負責領導", "leaders"),
        ("完成时限", "deadline"),
        ("完成时间", "deadline"),
        ("时间节点", "deadline"),
        ("部门分工", "division"),
        ("责任分工", "division"),
        ("协同责任单位", "cooperating"),
        ("配合单位", "cooperating"),
        ("协办单位", "cooperating"),
        ("协助单位", "cooperating"),
        ("参与单位", "cooperating"),
        ("協同責任單位", "cooperating"),
        ("牵头单位", "lead"),
        ("牵头责任单位", "lead"),
        ("主办单位", "lead"),
        ("主责单位", "lead"),
        ("牽頭單位", "lead"),
        ("责任单位", "responsible"),
        ("承办单位", "responsible"),
    ],
)
def test_label_kind(label: str, kind: str) -> None:
    assert label_kind(label) == kind


@pytest.mark.parametrize(
    ("group", "kind"),
    [
        ("市发改委牵头", "lead"),
        ("市发改委牵头负责", "lead"),
        ("市财政局负责", "responsible"),
        ("市財政局牽頭", "lead"),
        ("有关部门按职责分工负责", "cooperating"),
        ("市财政局配合", "cooperating"),
        ("市财政局协助", "cooperating"),
        ("市财政局参与", "cooperating"),
        # 负责组织实施: who organises the work answers for it, as 负责 (the work's words no part of the verb's kind)
        ("有关州、市人民政府负责组织实施", "responsible"),
        ("市财政局配合组织实施", "cooperating"),
    ],
)
def test_verb_kind(group: str, kind: str) -> None:
    assert verb_kind(group) == kind


def test_three_words_before_the_verb_are_no_part_of_the_name() -> None:
    # 按职责 + 分工 + 分别 before 负责: the whole phrase is the verb (the name had kept 按职责).
    (field,) = parse_clause("县司法局、各有关部门,乡镇人民政府按职责分工分别负责").fields
    names = [name for _, group in field.groups for name in group.replace(",", "、").split("、")]
    assert names == ["县司法局", "各有关部门", "乡镇人民政府"]


def test_organising_the_work_is_no_part_of_the_names() -> None:
    # …等按职责分工负责;有关州、市人民政府负责组织实施: the collective is one name, 负责组织实施 its verb.
    first, second = parse_clause("省发展改革委牵头,省财政厅等按职责分工负责;有关州、市人民政府负责组织实施").fields
    assert first.groups == (("lead", "省发展改革委"), ("cooperating", "省财政厅等"))
    assert second.groups == (("responsible", "有关州、市人民政府"),)


def test_a_clause_that_cannot_be_read_keeps_its_text() -> None:
    assert parse_clause("::") == Clause(
        (Field("responsible", "", (("responsible", "::"),), "::"),), "could not read the duty clause “::”"
    )


def test_labelled_fields_and_their_text() -> None:
    (field,) = parse_clause("责任单位:市发改委,市财政局。").fields
    assert field == Field(
        "responsible", "责任单位", (("responsible", "市发改委"), ("responsible", "市财政局")), "市发改委,市财政局"
    )


def test_verb_form_fields() -> None:
    (field,) = parse_clause("市发改委牵头,市级各有关部门及各县市区政府按职责分工负责").fields
    assert field.label == ""
    assert field.kind == "division"
    assert field.groups == (("lead", "市发改委"), ("cooperating", "市级各有关部门、各县市区政府"))
    assert field.text == "市发改委,市级各有关部门、各县市区政府"


def test_deadline_groups() -> None:
    (field,) = parse_clause("牵头单位:市发改委,2024年底前完成").fields
    assert field.groups == (("lead", "市发改委"), ("deadline", "2024年底前完成"))
    (deadline,) = parse_clause("完成时限:2024年底前").fields
    assert deadline.groups == (("deadline", "2024年底前"),)


def test_responsible_units_after_lead_and_cooperating_units() -> None:
    import fyplan

    n = fyplan.parse(
        "示例市人民政府关于2023年重点工作及责任分解的通知\n一、稳增长\n"
        "1.推进改造。\n牵头单位:市住建局\n配合单位:市财政局\n责任单位:各县区人民政府等\n完成时限:2023年6月底前。\n完成时间:2023年底前。\n"
        "2.扩大投资。\n责任单位:市发改委、市财政局等\n"
    )
    one, two = n.items()
    # With a 牵头 field, 责任单位 cooperate, after the 配合单位; their 等 makes the list open.
    assert [u.name for u in one.cooperating_units] == ["市财政局", "各县区人民政府"]
    assert one.duties.open_ended.cooperating_units is True
    assert str(one.deadline) == "2023年6月底前、2023年底前"
    assert one.deadline is not None and one.deadline.by == datetime.date(2023, 12, 31)  # the later of the two
    # Alone, 责任单位 lead, and their 等 makes the lead list open.
    assert [u.name for u in two.lead_units] == ["市发改委", "市财政局"]
    assert two.duties.open_ended.lead_units is True
    assert two.duties.open_ended.cooperating_units is False


# Pieces of clauses: labels, names, verbs, time phrases, separators (the fast path must agree with
# the grammar on every string it accepts, and decline the rest).
_PIECES = [
    "牵头单位", "责任单位", "协同责任单位", "牵头负责领导", "完成时限", "配合单位", "牽頭單位", ":", ":", ",", ",", ";",
    "、", " ", "市发改委", "市财政局", "各县市区人民政府", "等", "牵头", "配合", "按职责分工负责", "分别牵头",
    "2024年底前", "年内持续推进", "张三", "(市国资委)", "有关部门",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14).map("".join))
def test_the_fast_path_reads_a_clause_as_the_grammar_does(body: str) -> None:
    from fyplan.read.clauses import fast_clause, lark_clause

    fast = fast_clause(body.strip())
    if fast is not None:
        assert fast == lark_clause(body.strip())


def test_the_fast_path_takes_the_common_clause() -> None:
    from fyplan.read.clauses import fast_clause

    assert fast_clause("协同责任单位:市财政局、市税务局,各县市区人民政府等") is not None
    assert fast_clause("牵头单位:市发改委;责任单位:市财政局") is None  # two fields: the grammar
    assert fast_clause("责任单位:市发改委牵头,市财政局配合") is None  # verbs: the grammar


@pytest.mark.parametrize(
    ("clause", "leaders", "lead", "coop", "deadline"),
    [
        # 注: runs to the clause's end, its ; parts and all: 协同单位 there is the note's word, no unit.
        (
            "牵头单位:甲局;配合单位:乙局;注:主责单位为牵头单位,负责统筹;协同单位按职责做好配合",
            [],
            ["甲局"],
            ["乙局"],
            None,
        ),
        # A part no label names after the fields: when (the deadline), a reporting rule (a note), a body given a
        # part of the work (a helper), a person's bare name before 负责 (a leader).
        (
            "牵头单位:甲局;配合单位:乙局;8月底前完工2所,其余年底前完工",
            [],
            ["甲局"],
            ["乙局"],
            "8月底前完工2所,其余年底前完工",
        ),
        ("牵头单位:甲局;配合单位:乙局;按季度报送进展", [], ["甲局"], ["乙局"], None),
        ("牵头单位:甲局;配合单位:乙局;其中,涉及用地的由丙局负责", [], ["甲局"], ["乙局", "丙局"], None),
        ("刘丽娜负责;甲局牵头,乙局配合", ["刘丽娜"], ["甲局"], ["乙局"], None),
    ],
)
def test_parts_after_the_fields(
    clause: str, leaders: list[str], lead: list[str], coop: list[str], deadline: str | None
) -> None:
    from fyplan.read.items import clause_duties

    duties = clause_duties(clause)
    assert [leader.name for leader in duties.leaders] == leaders
    assert [unit.name for unit in duties.lead_units] == lead
    assert [unit.name for unit in duties.cooperating_units] == coop
    assert (str(duties.deadline) if duties.deadline else None) == deadline
