"""Texts whose lines the reader cuts into more lines before layout (fyplan/read/quoted.py, unitfirst.py): every item
keeps the source line it was printed on."""

from __future__ import annotations

from pathlib import Path

import fyplan
from fyplan.read.latecolumn import late_columns
from fyplan.read.quoted import quoted_items
from fyplan.read.unitfirst import units_first

CASES = Path(__file__).parent / "cases"


def _lines(name: str) -> list[tuple[str, int]]:
    notice = fyplan.parse((CASES / name).read_text(encoding="utf-8"))
    return [(item.id, item.line) for item in notice.items()]


def test_quoted_tasks_keep_their_story_lines() -> None:
    # Tasks 3 and 57 are quoted on the story's third line, task 12 on its fourth.
    assert _lines("news-tasks-quoted-by-number.txt") == [("3", 3), ("57", 3), ("12", 4)]


def test_units_first_tasks_keep_their_paragraph_lines() -> None:
    # Each unit's paragraph (lines 7, 8, 9) holds its tasks.
    assert _lines("units-first-then-tasks.txt") == [("1", 7), ("2", 7), ("1", 8), ("1", 9), ("2", 9)]


def test_a_notice_without_either_shape_is_left_alone() -> None:
    text = "1.推进城区道路改造。(牵头单位:县住建局)\n2.第3项任务已完成。\n县财政局:负责资金保障。\n"
    assert quoted_items(text) == (text, None)
    assert units_first(text) == (text, None)


def test_a_bracket_of_words_is_no_list_of_helpers() -> None:
    # Under the note, only a bracket of bodies' names is labelled; (含3个乡镇) stays the task's words.
    text = "括号内为配合单位。\n县农业农村局:1.新建高标准农田2万亩(含3个乡镇)(县财政局、县水利局),年底前完成。\n"
    out, origin = units_first(text)
    assert origin is not None
    assert "(含3个乡镇)" in out
    assert "（配合单位：县财政局、县水利局）" in out


def test_a_late_column_moves_lines_and_keeps_them_all() -> None:
    # The block's name (line 24) goes after the header's last cell (line 7), each date after its row's last line; no
    # line is added or lost, and each keeps the number of its source line.
    text = (CASES / "pdf-last-column-after-rows.txt").read_text(encoding="utf-8")
    moved, origin = late_columns(text)
    assert origin is not None
    assert sorted(moved.split("\n")) == sorted(text.split("\n"))
    source = text.split("\n")
    assert all(line == source[n - 1] for line, n in zip(moved.split("\n"), origin, strict=True))
    assert moved.split("\n")[7] == "完成时限" and origin[7] == 24
    assert _lines("pdf-last-column-after-rows.txt") == [
        ("1", 8),
        ("2", 14),
        ("3", 19),
        ("4", 29),
    ]  # each row's number line


def test_a_table_whose_header_has_the_column_is_left_alone() -> None:
    text = "序号\n工作任务\n牵头单位\n完成时限\n1\n甲任务。\n甲局\n2024年6月\n2\n乙任务。\n乙局\n2024年9月"
    assert late_columns(text) == (text, None)
