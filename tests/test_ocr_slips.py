"""OCR slips in role words (grammar/ocr-slips.txt) are mended in labels, never in a notice's own words."""

from __future__ import annotations

import pytest

from fyplan.read.decode import normalize


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("牵头单住:县发改局", "牵头单位:县发改局"),
        ("配台单位:县财政局", "配合单位:县财政局"),
        ("责仼领导:张三", "责任领导:张三"),
        ("分管领寻:李四", "分管领导:李四"),
        ("一、县长张志强牵头的工怍", "一、县长张志强牵头的工作"),
    ],
)
def test_a_misread_role_word_is_mended(printed: str, read: str) -> None:
    assert normalize(printed) == read


@pytest.mark.parametrize(
    "words", ["为困难群众提供简单住宿救助服务", "推行订单住房模式", "配台灯", "引领寻求发展新路径"]
)
def test_words_of_a_sentence_that_look_like_a_slip_stay(words: str) -> None:
    assert normalize(words) == words
