"""Every fixture of tests/cases written in traditional characters (OpenCC s2t) reads the same duties as
itself, names given back in traditional form: the reader's rules, written in simplified characters, hold
for a notice in the other script (fyplan/read/traditional.py)."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest
from hypothesis import given
from hypothesis import strategies as st

import fyplan

CASES = sorted((Path(__file__).parent / "cases").glob("*.txt"))
_TO_TRADITIONAL = opencc.OpenCC("s2t")


def _duties(notice: fyplan.Notice, convert: bool) -> list[tuple[list[str], ...]]:
    def name(value: object) -> str:
        return _TO_TRADITIONAL.convert(str(value)) if convert else str(value)

    return [
        ([name(x) for x in i.leaders], [name(u) for u in i.lead_units], [name(u) for u in i.cooperating_units])
        for i in notice.items()
    ]


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_case_in_traditional_characters(case: Path) -> None:
    text = case.read_text(encoding="utf-8")
    simplified = fyplan.parse(text)
    traditional = fyplan.parse(_TO_TRADITIONAL.convert(text))
    assert _duties(traditional, convert=False) == _duties(simplified, convert=True)


@given(st.text(st.sampled_from("\u4dff\u4e00\u9fff\ua000a1。體体\n"), max_size=40), st.integers(0, 45))
def test_the_sample_is_every_chinese_character_of_its_span(text: str, span: int) -> None:
    # The search for runs of U+4E00 … U+9FFF gives what a step per character gave (issue 13).
    from fyplan.read.traditional import _HANZI_RUNS

    assert "".join(_HANZI_RUNS.findall(text, 0, span)) == "".join(
        ch for ch in text[:span] if "\u4e00" <= ch <= "\u9fff"
    )


def test_a_joined_string_gives_back_each_character_as_written_there() -> None:
    # 並 and 併 are both 并 read simplified. A string the reader joined from three places (a cell's lines run
    # together) stands nowhere in the text as one piece: each piece of it that does stand there comes back as the
    # page wrote it at that place — 合併 and 並聯 both, on every run (the way back was picked by a set's order).
    from fyplan.read.traditional import reading

    page = "1.精簡合併審批事項,提高審批效率。\n2.推行並聯審批和聯合踏勘,\n建立限時辦結機制。\n" * 3
    read = reading(page)
    assert read is not None

    def piece(start: str, end: str) -> str:
        at = read.text.find(start)
        return read.text[at : read.text.find(end, at) + len(end)]

    joined = piece("精", "事项,") + piece("推行", "踏勘,") + piece("建立", "机制。")  # (the reading's simplified words)
    assert read.back(joined) == "精簡合併審批事項,推行並聯審批和聯合踏勘,建立限時辦結機制。"
