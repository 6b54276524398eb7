"""Each query field on a small notice written for these tests (expectations read off its text)."""

from __future__ import annotations

import pytest

import fyplan
from fyplan.query import QueryError, parse_query

NOTICE = fyplan.parse(
    "示例市人民政府关于2023年重点工作及责任分解的通知\n一、稳增长\n"
    "1.地区生产总值增长6%。\n牵头负责领导:李红\n牵头单位:市发改委、经贸委\n配合单位:市财政局\n完成时限:2023年底前\n"
    "2.扩大有效投资。\n配合单位:市财政局、人行示例中心支行\n"
    "3.新认定高新技术企业150家。[牵头单位:示例高新技术产业开发区管委会(以下简称高新区管委会);责任单位:市科技局]\n"
    "4.进出口总额突破100亿元。\n牵头单位:市商务局\n"
)


def ids(q: str) -> list[str]:
    return NOTICE.query(q).ids()


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("has:target", ["1", "3", "4"]),
        ("has:leader", ["1"]),
        ("has:lead", ["1", "3", "4"]),
        ("has:coop", ["1", "2", "3"]),
        ("has:unit", ["1", "2", "3", "4"]),  # item 2 has only cooperating units
        ("has:deadline", ["1"]),
        ("leader:/李.+/", ["1"]),
        ("unit:/财政/", ["1", "2"]),
        ("lead=市发改委", ["1"]),
        ("lead=发改委", []),  # = is exact
        ("lead:发改委", ["1"]),
        ("unit:经贸委", ["1"]),  # as written, before 市 was shared
        ("lead:市经贸委", ["1"]),
        ("unit:高新区管委会", ["3"]),  # the alias the notice defines
        ("unit:人民银行示例中心支行", ["2"]),  # the other spelling of 人行
        ("id:/^[34]$/", ["3", "4"]),
        ("id:?", ["1", "2", "3", "4"]),
        ("target:/增长/", ["1"]),
        ("target:突破>=100亿元", ["4"]),  # words match the verb
        ("target>=10000000000元", ["4"]),  # 100亿元 = 1e10 元
        ("deadline:2023", ["1"]),
        ("section:稳增长", ["1", "2", "3", "4"]),
    ],
)
def test_fields(q: str, expected: list[str]) -> None:
    assert ids(q) == expected


@pytest.mark.parametrize(
    ("q", "message", "column"),
    [
        ("text=/x/", "“=” takes a plain value; use “:” with a /regular expression/", 6),
        ("target=abc", "“abc” is not a quantity", 8),
        ("leader:李红>=10%", "only target compares with >=", 8),
        ("target:/增长/>=10%", "only target takes words before a comparison", 8),
        ("/[/", "bad regular expression", 1),
        ("text:/abc", "the “/” at column 6 starts a /regular expression/ that is not closed", 6),
    ],
)
def test_parser_error_branches(q: str, message: str, column: int) -> None:
    with pytest.raises(QueryError) as info:
        parse_query(q)
    assert message in info.value.message
    assert info.value.column == column


def test_bare_regex_is_a_text_regex() -> None:
    node = parse_query("/棚户区|棚改/")
    assert str(node) == "text:/棚户区|棚改/"
    assert node == parse_query("text:/棚户区|棚改/")


def test_a_level_added_by_the_query_must_be_the_one_the_list_shares() -> None:
    n = fyplan.parse("一、示例\n1.建设。\n牵头责任单位:县发改委、财政局\n2.发展。\n牵头责任单位:市发改委、经贸委\n")
    assert n.query("lead:县财政局").ids() == ["1"]
    assert n.query("lead:市财政局").ids() == []  # 财政局 after 县发改委 is the county's
    assert n.query("lead:市经贸委").ids() == ["2"]
    assert n.query("lead:县经贸委").ids() == []
