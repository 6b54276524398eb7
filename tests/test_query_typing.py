"""Queries as people type them (issue 11): a bare name is a unit or leader, 并且/或者/和 join terms,
``target>10 %`` keeps its %, and a mistyped Chinese field name gets a “did you mean”.

Expected ids come from reading examples/fuyang-2019.txt with grep (the 责任单位 and 牵头负责领导 lines
under each item), not from fyplan's output:
- 市教育局 leads 19.7, 29.7, 36.1–36.6 (8 items) and cooperates on 10, 18.1, 18.4, 19.7, 29.4, 30.4,
  31.1, 35.4, 38.1, 39.9, 42.2 (11 items); 19.7 names it in both lists: 18 items in all.
- 市财政局 is among the units of 10, 18.4, 19.7, 29.4, 30.4, 31.1, 35.4, 36.1–36.6, 39.9 of those.
- 黄珍 is the leader of 19.7, 21.6, 24.1, 24.3, 24.4, 29.7, 35.6, 36.1–36.4, 36.6, 37.1–37.6, 38.2–38.4, 42.2.
"""

from __future__ import annotations

import pytest

import fyplan
from fyplan.model import Notice
from fyplan.query import QueryError, Term, parse_query, unit

EDUCATION_LEADS = ["19.7", "29.7", "36.1", "36.2", "36.3", "36.4", "36.5", "36.6"]
EDUCATION_COOPERATES = ["10", "18.1", "18.4", "19.7", "29.4", "30.4", "31.1", "35.4", "38.1", "39.9", "42.2"]
EDUCATION = sorted(set(EDUCATION_LEADS) | set(EDUCATION_COOPERATES), key=lambda i: [int(p) for p in i.split(".")])
EDUCATION_AND_FINANCE = ["10", "18.4", "19.7", "29.4", "30.4", "31.1", "35.4"]
EDUCATION_AND_FINANCE += ["36.1", "36.2", "36.3", "36.4", "36.5", "36.6", "39.9"]
HUANG_ZHEN = ["19.7", "21.6", "24.1", "24.3", "24.4", "29.7", "35.6", "36.1", "36.2", "36.3", "36.4", "36.6"]
HUANG_ZHEN += ["37.1", "37.2", "37.3", "37.4", "37.5", "37.6", "38.2", "38.3", "38.4", "42.2"]


def test_the_hand_counts_agree_with_themselves() -> None:
    assert len(EDUCATION_LEADS) == 8 and len(EDUCATION_COOPERATES) == 11 and len(EDUCATION) == 18


def test_a_bare_unit_name_searches_the_unit_and_says_so(example: Notice) -> None:
    results = example.query("市教育局")
    assert results.ids() == EDUCATION
    assert results.notes == ("市教育局 is read as unit:市教育局; write text:市教育局 for its words",)
    assert results.query == unit("市教育局")  # the query as it ran


def test_a_bare_leader_name_searches_the_leader(example: Notice) -> None:
    results = example.query("黄珍")
    assert results.ids() == HUANG_ZHEN
    assert results.notes[0].startswith("黄珍 is read as leader:黄珍")


def test_a_name_by_its_other_spelling_or_the_notices_alias() -> None:
    # 人民银行阜阳中心支行 is written 人行阜阳中心支行 in the example: either spelling names it.
    example = fyplan.example()
    for word in ("人民银行阜阳中心支行", "人行阜阳中心支行"):
        assert example.query(word).ids() == ["2", "6", "15.1", "28.4", "28.6", "29.4"]
    notice = fyplan.parse(
        "示例市人民政府关于2023年重点工作及责任分解的通知\n一、稳增长\n"
        "1.新认定高新技术企业150家。[牵头单位:示例高新技术产业开发区管委会(以下简称高新区管委会)]\n"
        "2.扩大有效投资。\n牵头单位:市财政局\n"
    )
    assert notice.query("高新区管委会").ids() == ["1"]  # the alias the notice defines


def test_words_that_name_nothing_stay_text(example: Notice) -> None:
    results = example.query("棚户区")
    assert results.ids() == ["16.9", "28.2"] and results.notes == ()
    # Part of a name is not a name: text, which finds nothing, and a hint says what would.
    results = example.query("教育局")
    assert results.ids() == [] and results.notes == ()
    assert "unit:教育局 would find 市教育局" in results.hints[0]


def test_text_and_quotes_keep_the_words(example: Notice) -> None:
    # No item's own text holds 市教育局 (only its duty lines do).
    for q in ("text:市教育局", '"市教育局"', "内容:市教育局"):
        results = example.query(q)
        assert results.ids() == [] and results.notes == (), q
    assert str(parse_query("text:市教育局")) == '"市教育局"'
    assert parse_query(str(parse_query("市教育局"))) == parse_query("市教育局")


def test_connectives_between_terms(example: Notice) -> None:
    for q in ("市教育局 和 市财政局", "市教育局 并且 市财政局", "市教育局 且 市财政局", "市教育局 及 市财政局"):
        assert example.query(q).ids() == EDUCATION_AND_FINANCE, q
    either = example.query("lead:市教育局 或者 coop:市教育局").ids()
    assert either == example.query("lead:市教育局 或 coop:市教育局").ids() == EDUCATION
    assert str(parse_query("a 或者 b 并且 c")) == "a or b and c"


def test_a_name_holding_a_connective_is_not_split(example: Notice) -> None:
    # 市经济和信息化局: 12 lead lines and 45 cooperating lines name it, never both in one item.
    node = parse_query("市经济和信息化局")
    assert node == Term("text", ":", "市经济和信息化局", bare=True)
    assert len(example.query("市经济和信息化局").ids()) == 57
    assert parse_query("unit:市经济和信息化局") == unit("市经济和信息化局")
    # Quoted, 和 is a word too.
    assert parse_query('"教育 和 卫生"') == Term("text", ":", "教育 和 卫生")


def test_names_joined_without_spaces(example: Notice) -> None:
    results = example.query("市教育局和市财政局")
    assert results.ids() == EDUCATION_AND_FINANCE
    assert results.notes[0].startswith("市教育局和市财政局 is read as unit:市教育局 and unit:市财政局")
    # 或 between names: either
    assert example.query("市教育局或阜阳海关").ids() == sorted(
        set(EDUCATION) | {"6", "20.6", "25.1", "25.2", "25.3"}, key=lambda i: [int(p) for p in i.split(".")]
    )


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("target>10 %", "target>10%"),
        ("target>=10 ％", "target>=10％"),  # as target>=10％ reads (％ compares as %)
        ("target>100 亿元", "target>100亿元"),
        ("target:增长>=15 %", "target:增长>=15%"),
        ("target=8.5 %", "target=8.5%"),
        ("target>10 % 棚户区", "target>10% and 棚户区"),
        ("target>10 元旦", "target>10 and 元旦"),  # a word that is not a unit stays a word
        ("leader=李红 %", "leader=李红 and %"),  # only a comparison's number takes a unit
    ],
)
def test_a_unit_written_apart_joins_its_number(typed: str, read: str) -> None:
    node = parse_query(typed)
    assert str(node) == read
    assert parse_query(str(node)) == node


def test_a_spaced_percent_finds_what_the_joined_one_finds(example: Notice) -> None:
    assert example.query("target:增长>=15 %").ids() == ["12.5", "24.6", "30.2", "31.1"]


@pytest.mark.parametrize(
    ("q", "hint"),
    [
        ("领到:李红", "did you mean 领导: (leader)?"),
        ("单元:市财政局", "did you mean 单位: (unit)?"),
        ("牵投:市财政局", "did you mean 牵头: (lead)?"),
        ("leadr:李红", "did you mean leader:?"),
    ],
)
def test_did_you_mean_covers_chinese_field_names(q: str, hint: str) -> None:
    with pytest.raises(QueryError) as info:
        parse_query(q)
    assert hint in info.value.message
    assert "leader (领导)" in info.value.message  # the list of fields names their Chinese names


def test_a_name_with_its_level_added() -> None:
    # 市发改委、经贸委: the notice writes 经贸委 (sharing 市); 市经贸委 names it, as unit:市经贸委 finds it.
    notice = fyplan.parse(
        "示例市人民政府关于2023年重点工作及责任分解的通知\n一、稳增长\n"
        "1.地区生产总值增长6%。\n牵头单位:市发改委、经贸委\n"
        "2.扩大有效投资。\n牵头单位:市财政局\n"
    )
    results = notice.query("市经贸委")
    assert results.ids() == ["1"] and results.notes[0].startswith("市经贸委 is read as unit:市经贸委")
