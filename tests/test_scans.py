"""Whole-text scans (fyplan/read/scans.py, issue 13): the same answers as the patterns' own search and sub."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fyplan.read import decode, document, grammar, layout
from fyplan.read.scans import _PLACES_PER_CHARACTER, LineStart, each_line, holds, sub_from
from fyplan.read.starts import first_check

PATTERNS = [
    layout._SPACED_NUMBER,
    layout._ORDINAL_LINE,
    layout._LOST_DOT,
    grammar._SUBSECTION_LINE,
    layout._ANY_OF_THE_THREE,
    decode._OTHER_NUMBER,
    decode._NUMBERED_LINE,
    document._COMPOUND_LINE,
]

# Pieces that make the patterns match or just miss: numbers before words, units, spaces and ordinals
# at line starts and inside lines, empty lines, a text that starts or ends with a line break.
PIECES = st.sampled_from(
    [
        "\n",
        "\n",
        "12",
        "3",
        "1234",
        " ",
        "推进",
        "年",
        "个",
        "二是",
        "第三,",
        "其一、",
        "是",
        "第",
        "。",
        "a",
        "\n\n",
        "(二)",
        "(十一",
        ")",
        "第二项",
        "第十项",
        "第一項",
        "项目",
        ".1",
        "\u3000",
    ]
)


@pytest.mark.parametrize(
    "pattern",
    PATTERNS,
    ids=[
        "spaced-number",
        "ordinal-line",
        "lost-dot",
        "sub-section",
        "any-of-the-three",
        "other-number",
        "numbered-line",
        "compound-number",
    ],
)
@given(text=st.lists(PIECES, max_size=25).map("".join))
def test_found_is_the_patterns_search(pattern: re.Pattern[str], text: str) -> None:
    assert LineStart(pattern).found(text) == (pattern.search(text) is not None)


@given(text=st.lists(PIECES, max_size=25).map("".join))
def test_the_union_finds_what_any_of_the_three_finds(text: str) -> None:
    # restore_lost_dots returns at once where the union finds nothing: each of the three finds nothing then.
    three = (layout._SPACED_NUMBER_AT, layout._ORDINAL_LINE_AT, layout._LOST_DOT_AT)
    assert layout._ANY_OF_THE_THREE_AT.found(text) == any(check.found(text) for check in three)


@pytest.mark.parametrize(
    ("source", "check"),
    [
        (r"(\d{1,3}) ", r"(?=[\d])"),
        (r"(?:[一二]是|[第其][一二])", r"(?=[一二其第])"),
        (r"\(一\)", ""),  # a literal first: re skips ahead to it already
        (r"(?=x)a*b", r"(?=[ab])"),  # a lookahead passed over (a superset), a repeat that may be empty
        (r"a*", ""),  # may be empty
        (r"[^a]b", ""),  # a negated class: no class says it
        (r".b", ""),
    ],
)
def test_first_check_is_a_class_of_the_first_characters(source: str, check: str) -> None:
    assert first_check(source, 0) == check


def test_the_layout_checks_at_the_first_and_later_lines() -> None:
    lost = LineStart(layout._LOST_DOT)
    assert lost.found("1推进工作")
    assert lost.found("标题\n12推进工作")
    assert not lost.found("标题\n12年推进工作")
    assert not lost.found("标题 12推进工作")


@pytest.mark.parametrize(
    "source", [r"^a|b", r"a", r"^(?:a)|(?:b)"], ids=["alternative-outside", "no-anchor", "groups-then-bar"]
)
def test_patterns_it_cannot_ask_so_are_refused(source: str) -> None:
    with pytest.raises(ValueError):
        LineStart(re.compile(source, re.MULTILINE))


@pytest.mark.parametrize("source", [r"^(?:a|b)c", r"^[|]x", r"^\|x", r"^[]|]x"])
def test_a_bar_inside_a_group_or_class_is_no_alternative(source: str) -> None:
    pattern = re.compile(source, re.MULTILINE)
    start = LineStart(pattern)
    for text in ["ac", "x\nbc", "|x", "q\n]x", "zz"]:
        assert start.found(text) == (pattern.search(text) is not None)


SPACED = st.lists(st.sampled_from([" ", "  ", "   ", "1", ".", "。", "推进", "(", ")", "\n", "x", "(wù)"]), max_size=30)


@given(SPACED.map("".join))
def test_sub_from_is_re_sub_for_the_spaces_of_normalize(text: str) -> None:
    # decode._space looks at what stands around each run: the same runs must reach it.
    assert sub_from(" ", decode._SPACES, decode._space, text) == re.sub(" +", decode._space, text)


@given(SPACED.map("".join))
def test_sub_from_where_the_pattern_fails_at_some_starts(text: str) -> None:
    pattern = re.compile(r" +(?=推|x)")
    assert sub_from(" ", pattern, lambda m: f"<{len(m.group())}>", text) == pattern.sub(
        lambda m: f"<{len(m.group())}>", text
    )


def test_sub_from_refuses_a_pattern_that_may_start_elsewhere() -> None:
    with pytest.raises(ValueError):
        sub_from(" ", re.compile(r"\s+"), lambda m: "", "a b")


@pytest.mark.parametrize(
    ("first", "source"), [(" ", r" *x"), (" ", r" ?x"), (" ", r" {0,2}x"), (" ", r" +|x"), ("(", "(a)"), ("ab", "ab")]
)
def test_sub_from_refuses_patterns_whose_matches_may_start_elsewhere(first: str, source: str) -> None:
    with pytest.raises(ValueError):
        sub_from(first, re.compile(source), lambda m: "", "a b")


def test_sub_from_takes_an_escaped_special_character() -> None:
    assert sub_from("(", re.compile(r"\(+"), lambda m: "[", "a((b(c") == "a[b[c"


@given(
    st.lists(st.sampled_from(["\n", " ", "—", "–", "-", "－", "3", "12", "页", "第", "x"]), max_size=30).map("".join)
)
def test_the_page_number_search_with_its_first_check_is_the_plain_search(text: str) -> None:
    plain = re.compile(r"\n" + layout._DASHED_NUMBER)
    assert _span(layout._DASHED_NUMBER_AT.search(text)) == _span(plain.search(text))


@pytest.mark.parametrize("line", ["—3—", "－12－", "- 3 -", "–7–", " — 3 — ", "--3--"])
def test_each_page_number_line_is_found(line: str) -> None:
    assert layout._DASHED_NUMBER_AT.search(f"前\n{line}\n后") is not None
    assert layout._DASHED_NUMBER_AT.search(f"前\n{line}") is not None


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@given(text=st.lists(PIECES, max_size=25).map("".join))
def test_the_item_word_gate_is_the_patterns_search(text: str) -> None:
    # normalize's 第一项 / 【1】 count returns at once where the gate finds no such line start; so does its check
    # for lines numbered 1. or (1).
    assert decode._OTHER_NUMBER_AT.found(text) == (decode._OTHER_NUMBER.search(text) is not None)
    assert decode._NUMBERED_LINE_AT.found(text) == (decode._NUMBERED_LINE.search(text) is not None)


@pytest.mark.parametrize("text", ["第一项:推进", "前\n第十项推进", "前\n  第三項、推进", "前\n第二十一项 推进"])
def test_the_item_word_gate_finds_each_form(text: str) -> None:
    assert decode._OTHER_NUMBER_AT.found(text)
    assert not decode._OTHER_NUMBER_AT.found(text.replace("项", "项目").replace("項", "項目"))


# Texts where a needle's characters are frequent, rare or absent, near and far from each other, and more often than
# holds looks at one character's places before it tries the next (then its literal pattern asks: marks a pattern
# would read otherwise, escaped).
NEEDLE_CHARACTERS = st.sampled_from(["上", "页", "序", "号", ":", "/", ".", "2", "\n", " ", "(", "*", "\\", "|"])


@given(
    st.lists(NEEDLE_CHARACTERS, max_size=3 * _PLACES_PER_CHARACTER),
    st.lists(NEEDLE_CHARACTERS, min_size=1, max_size=4),
)
def test_holds_is_in(pieces: list[str], needle_pieces: list[str]) -> None:
    text, needle = "".join(pieces), "".join(needle_pieces)
    assert holds(text, needle) is (needle in text)


def test_holds_finds_a_needle_past_many_places_of_each_character() -> None:
    # 上 and 页 each far more often than holds looks at one character's places, the needle only at the end:
    # holds must fall back to asking the whole text.
    text = "上。页。" * (4 * _PLACES_PER_CHARACTER) + "上页"
    assert holds(text, "上页")
    assert not holds(text[:-1], "上页")
    assert holds("页上页", "上页") and not holds("页上", "上页")  # (a place before the needle's length: no match there)


@pytest.mark.parametrize("pattern", [p for p in PATTERNS if LineStart(p)._source] + [layout._SPACED_LABEL])
@given(text=st.lists(PIECES | st.sampled_from(["索 引 号:", "文 号 :", "甲 乙:", "a\n"]), max_size=25).map("".join))
def test_sub_is_the_patterns_sub(pattern: re.Pattern[str], text: str) -> None:
    def repl(m: re.Match[str]) -> str:
        return f"<{m.group()}|{m.start()}>"

    try:
        ours = LineStart(pattern).sub(repl, text)
    except ValueError:
        return  # (a pattern that may match nothing: refused, never a different answer)
    assert ours == pattern.sub(repl, text)


def test_sub_refuses_a_pattern_that_may_match_nothing() -> None:
    with pytest.raises(ValueError, match="may match nothing"):
        LineStart(re.compile(r"^ *", re.MULTILINE)).sub(lambda m: "", "a\nb")


@given(st.lists(st.sampled_from(["\n", "\n\n", "甲", "乙 ", "\r", ""]), max_size=20).map("".join))
def test_each_line_is_the_split(text: str) -> None:
    assert list(each_line(text)) == text.split("\n")
