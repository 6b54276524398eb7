"""``deadlines.in_sentence`` tells most sentences without OpenCC (issue 13): the tables of what OpenCC may turn
into 前 or into a last character of deadline words (``fyplan/hanzi_tables.py``) are those ``hanzi_build``
writes from the installed OpenCC, and the quick answer is the converted sentence's answer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fyplan import deadlines, fastpaths, hanzi_build, hanzi_tables


@given(st.from_regex(deadlines._WHOLE, fullmatch=True))
def test_every_deadline_ends_in_one_of_the_last_characters(words: str) -> None:
    assert words.rstrip("\n")[-1] in deadlines.LAST_CHARACTERS


def test_the_tables_are_those_written_from_the_installed_opencc() -> None:
    try:
        written = hanzi_build.source()
    except (OSError, FileNotFoundError) as e:  # a build of OpenCC without its opencc_dict tool
        pytest.skip(f"opencc_dict is not available: {e}")
    assert written == hanzi_build.TABLES_MODULE.read_text(encoding="utf-8")
    assert deadlines._opencc_tables() is not None  # and they are used


# Deadline words simplified and traditional, what OpenCC turns into a last character (乾, 覆, 間 and the
# compatibility ideograph of 年), separators, digits and plain words.
PIECES = st.sampled_from(
    [
        *("年底前", "6月底前完成", "年內", "年内持续推进", "長期堅持", "持續推進", "第三季度", "前", "以前"),
        *(hanzi_tables.MAY_BECOME_LAST[:8], "\uf98e", "乾", "覆", "間", "2024年", "12", "月", "全"),
        *(",", "，", "。", ";", ":", "（", "）", " ", "\u3000", "推进项目建设", "的", "完成"),
    ]
)


@given(st.lists(PIECES, max_size=10).map("".join))
def test_the_quick_answer_is_the_converted_sentences(text: str) -> None:
    quick = deadlines.in_sentence.__wrapped__(text)
    with fastpaths.plain():
        assert deadlines.in_sentence.__wrapped__(text) == quick


@given(
    st.lists(st.one_of(PIECES, st.sampled_from(["\n", "\t", "\xa0", "\u2003", "；", "：", "(", ")"])), max_size=10).map(
        "".join
    )
)
def test_the_last_character_is_the_last_clauses(text: str) -> None:
    assert deadlines._last_character(text) == deadlines._last_clause(text)[-1:]


def test_sentences_told_without_opencc() -> None:
    assert deadlines._surely_none("推进项目建设。")
    assert not deadlines._surely_none("推进项目建设,年內完成。")  # 成 may end deadline words
    assert not deadlines._surely_none("6月底前完成项目建设。")  # 前
    assert deadlines.in_sentence("推进项目建设,年內持續推進。") == "年內持續推進"


def test_a_character_opencc_turns_into_a_last_character_is_converted() -> None:
    text = "推进项目建设,全\uf98e。"  # the compatibility ideograph of 年: OpenCC reads 全年
    with fastpaths.plain():
        expected = deadlines.in_sentence.__wrapped__(text)
    assert expected == "全\uf98e"
    assert deadlines.in_sentence.__wrapped__(text) == expected
