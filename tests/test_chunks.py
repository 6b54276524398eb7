"""A viewer's numbered chunks joined again (fyplan/read/chunks.py): the text's characters kept but the viewer's
numbers, the line count kept, and a list whose items are numbered 1、 2、 never touched."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fyplan.read.chunks import joined_chunks

WORDS = st.sampled_from(
    ["推进", "项目建设", "市发改委", "、", ",", "。", "(", ")", "牵头", "完成", "2025年底", "一、", "(一)"]
)
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=200).map("".join)


@given(st.lists(PARAGRAPH, min_size=2, max_size=6), st.text(alphabet="甲乙丙\n", max_size=20))
def test_chunks_keep_their_text_and_the_line_count(chunks: list[str], after: str) -> None:
    text = "前言\n" + "\n".join(f"{k}、{chunk}" for k, chunk in enumerate(chunks, 1)) + "\n" + after
    out = joined_chunks(text)
    assert out.count("\n") == text.count("\n")
    if out is not text:
        # every chunk long, the cuts mostly inside a sentence: one line of the chunks' words, in order
        assert all(len(f"{k}、{c}") >= 300 for k, c in enumerate(chunks[:-1], 1))
        assert out.split("\n")[1] == "".join(chunks)
        assert out.split("\n")[-1] == text.split("\n")[-1]


@given(st.lists(st.lists(WORDS, min_size=1, max_size=40).map(lambda ws: "".join(ws) + "。"), min_size=2, max_size=8))
def test_a_list_numbered_so_stays(items: list[str]) -> None:
    # items that close their sentences are a list's, whatever their length
    text = "\n".join(f"{k}、{item}" for k, item in enumerate(items, 1))
    assert joined_chunks(text) is text


def test_a_cut_inside_a_word_joins_it() -> None:
    first = "某" * 320 + "个体工商"
    text = f"标题\n1、{first}\n2、户提供融资担保。\n附件"
    assert joined_chunks(text) == f"标题\n{first}户提供融资担保。\n\n附件"
