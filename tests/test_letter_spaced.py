"""A copy spaced out letter by letter (decode._letters_closed): its lines closed up, short headings too once the copy's
habit is seen; a notice with a name spaced to a cell's width is left as it is."""

from __future__ import annotations

from fyplan.read.decode import normalize


def _spaced(line: str) -> str:
    return " ".join(line)


def test_a_spaced_copy_is_closed_up_headings_too() -> None:
    lines = [
        "某县2023年重点工作分工",
        "一、稳增长",
        "1.规模以上工业增加值增长8%。牵头单位:县工信局。",
        "2.新建标准化厂房3万平方米。牵头单位:县工业园区管委会。",
    ]
    text = normalize("\n".join(_spaced(line) for line in lines))
    assert text.split("\n")[1] == "一、稳增长"  # (five characters: closed by the copy's habit, not by its own spaces)
    assert "县工业园区管委会" in text.split("\n")[3]


def test_a_name_spaced_to_its_cells_width_stays_in_a_plain_notice() -> None:
    text = "1.推进城东片区改造。责任领导:刘 洋\n2.新建幼儿园2所。责任领导:王 东\n3.改造农村公路。责任领导:李 明\n"
    assert normalize(text) == text
