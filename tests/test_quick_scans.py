"""Quick scans of a whole notice that stand for a slower one (issue 13): each finds what the plain scan finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fyplan.read import forms, scored


@given(
    st.lists(st.sampled_from(["督", "交", "催", "批", "办", "辦", "查", "促", " ", "x", "\n"]), max_size=30).map(
        "".join
    )
)
def test_hints_are_the_patterns_matches(text: str) -> None:
    assert sorted(forms._hints(text)) == [m.start() for m in forms._HINT.finditer(text)]


def test_a_form_title_is_found_and_a_sentence_is_not() -> None:
    assert forms._titled("县政府督查室\n督 办 通 知 单\n事项:…\n")
    assert not forms._titled("1.做好交办事项的落实,按期报送进展情况。\n")


# How a score column's name ends before its line break, as the scan before scored._SCORE_LINE was written: ten literals.
_SCORE_ENDINGS = ("值\n", "重\n", "分\n", "数\n", "分)\n", "分）\n", "值 \n", "重 \n", "分 \n", "数 \n")


@given(st.lists(st.sampled_from(["值", "重", "分", "数", ")", "）", " ", "\n", "x"]), max_size=30).map("".join))
def test_score_end_is_any_of_the_endings(text: str) -> None:
    assert (scored._SCORE_END.search(text) is not None) == any(end in text for end in _SCORE_ENDINGS)
