"""``deadlines._last_clause`` (issue 13: the last clause read from the end, not by splitting the whole
sentence) is the last piece of the sentence's split that is not empty, as ``in_sentence`` read it before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fyplan import deadlines

# Separators of every kind (full width and ASCII, brackets, whitespace other than the space: a tab, an
# ideographic space, U+2002), deadline words and plain words.
PIECES = st.sampled_from(
    [
        *(",", "，", ";", "；", "。", ":", "：", "(", ")", "（", "）", " ", "\t", "\n", "\u3000", "\u2002"),
        *("年底前", "长期坚持", "持续推进", "6月", "推进项目", "a", "前"),
    ]
)


@given(st.lists(PIECES, max_size=12).map("".join))
def test_the_last_clause_is_the_splits_last_piece(text: str) -> None:
    pieces = [c for c in deadlines._CLAUSES.split(text) if c]
    assert deadlines._last_clause(text) == (pieces[-1] if pieces else "")


def test_the_last_clause_of_sentences() -> None:
    assert deadlines._last_clause("推进项目建设，年内持续推进。") == "年内持续推进"
    assert deadlines._last_clause("推进项目建设（长期坚持）\u3000") == "长期坚持"
    assert deadlines._last_clause("。，") == ""
    assert deadlines._last_clause("") == ""
