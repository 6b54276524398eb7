"""A viewer's numbered chunks joined again (fyplan/read/chunks.py): the text's characters kept but the viewer's
numbers, the line count kept, and a list whose items are numbered 1、 2、 never touched."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fyplan.read.chunks import joined_chunks

WORDS = st.sampled_from(
    ["推进", "项目建设", "市发改委", "、", ",", "。", "(", ")", "牵头", "完成", "2025年底", "一、", "(一)"]
)
# A chunk long enough to be a viewer's (300 characters and more), cut after a word that ends no sentence or name.
CHUNK = st.lists(WORDS, min_size=150, max_size=220).map(lambda ws: "".join(ws) + "推进工作的")
# A list's item as long, closing its sentence or ending in its unit's name.
ITEM = st.tuples(st.lists(WORDS, min_size=150, max_size=220).map("".join), st.sampled_from(["。", "责任单位:市住建局"]))


@given(st.lists(CHUNK, min_size=2, max_size=5), st.text(alphabet="甲乙丙\n", max_size=20))
def test_chunks_are_joined_with_their_text_and_the_line_count(chunks: list[str], after: str) -> None:
    text = "前言\n" + "\n".join(f"{k}、{chunk}" for k, chunk in enumerate(chunks, 1)) + "\n" + after
    out = joined_chunks(text)
    assert out.count("\n") == text.count("\n")
    assert out.split("\n")[1] == "".join(chunks)  # (every chunk's words, in order, without the viewer's numbers)
    assert out.split("\n")[-1] == text.split("\n")[-1]


@given(st.lists(ITEM, min_size=2, max_size=6))
def test_a_list_numbered_so_stays(items: list[tuple[str, str]]) -> None:
    # items as long as a viewer's chunks, each closing its sentence or ending in a name: a list's, left alone
    text = "\n".join(f"{k}、{words}{end}" for k, (words, end) in enumerate(items, 1))
    assert joined_chunks(text) is text


def test_a_cut_inside_a_word_joins_it() -> None:
    first = "某" * 320 + "个体工商"
    text = f"标题\n1、{first}\n2、户提供融资担保。\n附件"
    assert joined_chunks(text) == f"标题\n{first}户提供融资担保。\n\n附件"


def test_short_chunks_only_on_a_sharing_site() -> None:
    chunks = ["推进" * 50 + "个体工商", "户提供融资担保。"]
    text = "\n".join(f"{k}、{c}" for k, c in enumerate(chunks, 1))
    assert joined_chunks(text) is text  # (100 characters: a list's long item, as far as anyone can tell)
    shared = "某文档.docx由会员分享,可在线阅读\n" + text
    assert joined_chunks(shared).split("\n")[1] == "".join(chunks)
