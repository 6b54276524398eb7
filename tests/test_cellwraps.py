"""Cells wrapped at their column's width (fyplan/read/cellwraps.py) and the hard-wrap joiner's limits
(fyplan/read/layout.py unwrap): the pieces, read by what they are and how wide they are printed."""

from __future__ import annotations

from fyplan.read.cellwraps import Wraps, print_width
from fyplan.read.layout import unwrap


def test_print_width_counts_a_chinese_print() -> None:
    assert print_width("县财政局") == 4
    assert print_width("增长6.5%") == 2 + 2  # digits and the sign set half-width
    assert print_width("自然资源和规划局、") == 8  # the mark a print hangs past the edge is not counted
    assert print_width("深化改革,持续") == 7  # a comma the notice printed full width


def _rows(*rows: list[tuple[str, str]]) -> tuple[list[str], list[list[tuple[int, str, str]]]]:
    """Printed lines and the rows a reading made of them, from (line, column kind) pairs."""
    names = {"text": "重点工作", "leaders": "责任领导", "lead": "牵头单位", "cooperating": "配合单位"}
    printed: list[str] = []
    out: list[list[tuple[int, str, str]]] = []
    for row in rows:
        cells = []
        for line, kind in row:
            cells.append((len(printed), kind, names[kind]))
            printed.append(line)
        out.append(cells)
    return printed, out


def test_short_whole_names_show_no_wrap() -> None:
    printed, rows = _rows(
        [("新建村级养老服务站八个", "text"), ("镇民政办", "lead"), ("各村委会", "cooperating")],
        [("改造镇区供水主管网三公里", "text"), ("镇建设办", "lead"), ("镇财政所、供水站", "cooperating")],
        [("开展农村人居环境整治", "text"), ("镇农业办", "lead"), ("各村委会", "cooperating")],
    )
    assert not Wraps.of(printed, rows).found


def test_names_cut_at_the_same_width_show_the_units_wrapped() -> None:
    printed, rows = _rows(
        [("推进某项工作", "text"), ("县政务服务监督", "lead"), ("管理局", "lead")],
        [
            ("推进另一项工作", "text"),
            ("县教育局", "lead"),
            ("县财政局、县交", "cooperating"),
            ("通运输局", "cooperating"),
        ],
    )
    wraps = Wraps.of(printed, rows)
    assert wraps.unit_widths == (7.0,)
    lines = list(printed)
    cells = [3, 4, 5, 6]
    joined = wraps.joined(lines, cells, lambda before, piece, kind: before + piece)
    assert [lines[c] for c in joined] == ["推进另一项工作", "县教育局", "县财政局、县交通运输局"]


def test_a_title_filling_the_width_does_not_take_the_header() -> None:
    lines = ["某某县二〇二四年重点工作任务分解表", "序号", "工作任务"]
    assert [line for _, line in unwrap(lines, 17)] == lines


def test_a_name_alone_after_a_sentence_end_is_the_next_cell() -> None:
    lines = ["举办系列促销活动二十场以上，全年完成。", "县商务局", "县财政局"]
    assert [line for _, line in unwrap(lines, 19)][:2] == ["举办系列促销活动二十场以上，全年完成。", "县商务局"]
