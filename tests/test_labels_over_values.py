"""A label alone on its line over its value (fyplan/read/records.py ``labels_over_values``): the quick test by a label's
last character turns away no label of the lexicon."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from fyplan.read import records

LARK = Path(__file__).parent.parent / "grammar" / "labels.lark"


def label_words() -> set[str]:
    """Every run of Chinese characters in the label grammar's file that the label-alone pattern reads as a label."""
    found = set()
    for run in re.findall(r"[\u4e00-\u9fff]{2,14}", LARK.read_text(encoding="utf-8")):
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + 14) + 1):
                if records._LABEL_ALONE.match(run[i:j]):
                    found.add(run[i:j])
    return found


def test_every_label_word_ends_in_a_character_the_quick_test_lets_through() -> None:
    words = label_words()
    assert len(words) > 40  # (the file names the labels in its comments: the test reads them)
    assert [w for w in words if w[-1] not in records._LABEL_LAST] == []


def test_a_label_alone_over_its_value_is_a_field_in_a_form() -> None:
    text = "标题\n具体任务\n新建城区公园2个。\n责任单位\n县住建局\n配合单位\n县财政局\n"
    assert records.labels_over_values(text).split("\n") == [
        "标题",
        "",
        "具体任务:新建城区公园2个。",
        "",
        "责任单位:县住建局",
        "",
        "配合单位:县财政局",
        "",
    ]


def test_a_table_header_is_left() -> None:
    text = "序号\n工作任务\n责任单位\n1\n新建城区公园2个。\n县住建局\n"
    assert records.labels_over_values(text) == text


@given(st.lists(st.sampled_from(["位", "门", "导", "号", "a", " ", " ", "\n", "责任单位"]), max_size=30).map("".join))
def test_label_ends_are_the_patterns_matches(text: str) -> None:
    # The lines' ends found from the line breaks and the spaces before them: _LABEL_END's own matches, in order.
    assert list(records._label_ends(text)) == [(m.start(), m.end()) for m in records._LABEL_END.finditer(text)]


def test_a_label_with_a_mirrors_pinyin_over_its_value() -> None:
    # A mirror's pinyin after the label's characters (a line ending in a bracket, not a label's last character):
    # the label read without it, on its value's line.
    text = "1.修缮校舍。\n責(zé)任單位(wèi)\n县教育局\n牵头领导\n王明\n"
    lines = records.labels_over_values(text).split("\n")
    assert lines[1] == "" and lines[2] == "責任單位:县教育局"
