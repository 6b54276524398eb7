"""Decoding and normalisation: one output line per input line, punctuation and spaces unified."""

from __future__ import annotations

import pytest

from fyplan.errors import NoticeError
from fyplan.read.decode import Source, decode, normalize, split_lines


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u3000\u30001．地区生产总值增长8.5% 。", "1.地区生产总值增长8.5%。"),
        ("牵头单位：市发改委，市财政局 ", "牵头单位:市发改委,市财政局"),
        ("（1） 立足规模以上工业企业", "(1)立足规模以上工业企业"),
        ("⑵加快建设", "(2)加快建设"),
        ("3﹒建成", "3.建成"),
        ("一、 确保", "一、确保"),
        ("1. 2022年底前完成", "1. 2022年底前完成"),  # the space keeps "1." from reading as 1.2
        ("PM 2.5  浓度", "PM 2.5 浓度"),
        ("\u00a0索  引 号: 0031", "索 引 号:0031"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_keeps_line_count() -> None:
    text = "a\r\nb\rc\u2028d\n\n e \n"
    assert normalize(text).split("\n") == ["a", "b", "c", "d", "", "e", ""]
    assert len(split_lines(text)) == 7


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030"])
def test_decode(encoding: str) -> None:
    text = "一、稳增长\n1.地区生产总值增长6%。\n牵头单位:市发改委"
    assert decode(text.encode(encoding), "x") == text


def test_decode_rejects_binary() -> None:
    with pytest.raises(NoticeError, match="binary"):
        decode(b"\x00\x01\x02" * 100, "x.bin")


def test_source_columns() -> None:
    src = Source("x", "first\r\n\u3000\u3000协同责任单位:市财政局、、市统计局\nlast")
    assert src.line(2).endswith("市统计局")
    assert src.column(2, "、、") == len("\u3000\u3000协同责任单位:市财政局") + 1
    assert src.column(2, "") == 3  # the first non-space
    assert src.line(9) == ""
