"""``tables._unnumbered_hint`` (issue 13: literal scans for the last characters before the search) answers as
the hint's own search: a line matching it ends in one of ``_UNNUMBERED_ENDS``."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fyplan import fastpaths
from fyplan.read import tables

# Header words in simplified and traditional characters, spaced out or not, the separators the hint refuses,
# words before them, and line breaks anywhere.
PIECES = st.sampled_from(
    [
        *(
            "单位",
            "單位",
            "单 位",
            "部门",
            "部門",
            "部 门",
            "领导",
            "領導",
            "领 导",
            "责任单位",
            "責任單位",
            "责 任 单 位",
        ),
        *("牵头", "协同", "配合", "市", ":", "。", ",", " ", "\n", "\n", "位", "门", "導"),
    ]
)


@given(st.lists(PIECES, max_size=14).map("".join))
def test_the_hint_is_found_where_its_search_finds_it(text: str) -> None:
    assert tables._unnumbered_hint(text) == (tables._UNNUMBERED_HINT.search(text) is not None)


@given(st.from_regex(tables._UNNUMBERED_HINT.compiled, fullmatch=True))
def test_every_line_the_hint_matches_ends_in_one_of_its_last_characters(line: str) -> None:
    assert line.rstrip("\n").endswith(tables._UNNUMBERED_ENDS)


def test_a_header_line_is_found_both_ways() -> None:
    text = "一、重点工作\n牵头单位\n1.推进项目建设"
    assert tables._unnumbered_hint(text)
    with fastpaths.plain():
        assert tables._unnumbered_hint(text)
    assert not tables._unnumbered_hint("一、重点工作\n牵头单位:市发改委\n")
