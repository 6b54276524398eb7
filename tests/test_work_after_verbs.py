"""A role verb between bodies' names and the work it gives them (县财政局负责资金保障): the names end at the verb and
the group as written becomes the item's note (fyplan/read/clauses.py ``_work_after_verbs``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fyplan.read import clauses

BODIES = st.sampled_from(["县财政局", "市住建局", "区教育局", "各乡镇", "县公安局交警大队", "市发改委", "有关部门"])
VERB_WORDS = ["负责", "配合", "协助", "牵头", "参与"]
WORK_WORDS = ["资金保障", "组织实施", "做好经费保障", "开展安全检查", "日常管理和维护", "政策宣传"]
VERBS = st.sampled_from(VERB_WORDS)
WORKS = st.sampled_from(WORK_WORDS)


@given(st.lists(BODIES, min_size=1, max_size=3, unique=True), VERBS, WORKS)
def test_names_end_at_the_verb_and_the_group_is_kept(names: list[str], verb: str, work: str) -> None:
    _names_end_at_the_verb(names, verb, work)


def test_every_verb_before_every_work() -> None:
    # The strategies' space is small: every verb and work, after one name and after two, checked outright.
    for verb in VERB_WORDS:
        for work in WORK_WORDS:
            for names in (["县财政局"], ["市住建局", "各乡镇"]):
                _names_end_at_the_verb(names, verb, work)


def _names_end_at_the_verb(names: list[str], verb: str, work: str) -> None:
    group = "、".join(names) + verb + work
    body, works = clauses._work_after_verbs(f"县发改局牵头,{group}")
    whole = clauses._VERB_TAIL.search(group)
    if whole is not None and whole.start() <= len(group) - len(verb + work):
        # The verb lexicon reads verb and work as one verb (牵头 + two characters + 实施: 牵头组织实施): left.
        assert (body, works) == (f"县发改局牵头,{group}", [])
        return
    assert body == f"县发改局牵头,{'、'.join(names)}{verb}"  # the names and their verb, nothing of the work
    assert works == [group]  # the whole group as written, kept as the note
    assert clauses._work_after_verbs(body) == (body, [])  # read once: the rewritten clause has no work left


@given(BODIES, VERBS, st.sampled_from(["同志", "人", "领导", "同志牵头", "人负责"]))
def test_people_after_the_verb_are_no_work(body: str, verb: str, person: str) -> None:
    clause = f"{body}{verb}{person}"
    assert clauses._work_after_verbs(clause) == (clause, [])


@given(BODIES, st.sampled_from(["配合", "协助", "牵头"]), BODIES)
def test_a_body_after_the_verb_is_left_to_its_own_rules(first: str, verb: str, second: str) -> None:
    clause = f"{first}{verb}{second}做好资金统筹"
    assert clauses._work_after_verbs(clause) == (clause, [])


def test_verbs_the_lexicon_reads_whole_are_left() -> None:
    for clause in ("县住建局负责实施", "县教育局负责牵头抓总", "甲局、乙局按职责分工负责落实", "县财政局配合做好"):
        assert clauses._work_after_verbs(clause) == (clause, []), clause


def test_the_note_reaches_the_item() -> None:
    clause = clauses.parse_clause("县发改局牵头,县财政局负责资金保障和相关政策落实")
    assert (clauses.NOTE_LABEL, "县财政局负责资金保障和相关政策落实") in clause.others
    groups = [g for f in clause.fields for g in f.groups]
    assert ("lead", "县发改局") in groups
    assert any(names == "县财政局" for _, names in groups)


def test_work_that_names_a_body_inside_is_still_work() -> None:
    # 学校周边 / 县级数据中心 / 政府投资项目: a body's word with no verb after it, or after a verb of the work.
    for work in ("学校周边交通疏导", "建设县级数据中心", "政府投资项目审批", "人员培训", "领导小组日常工作"):
        body, works = clauses._work_after_verbs(f"县公安局负责{work}")
        assert (body, works) == ("县公安局负责", [f"县公安局负责{work}"]), work


def test_a_time_after_the_verb_is_the_deadline() -> None:
    assert clauses._work_after_verbs("县住建局负责年底前完成") == ("县住建局负责,年底前完成", [])


def test_adverbs_before_the_verb_stay_with_it() -> None:
    body, _ = clauses._work_after_verbs("甲局、乙局分别负责耕地保护,各乡镇按属地负责具体实施")
    assert body == "甲局、乙局分别负责,各乡镇按属地负责"
