"""fyplan/read/forms.py's quick scan for a form's title words (督办, 交 办 …): the pattern's own matches."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fyplan.read import forms


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
