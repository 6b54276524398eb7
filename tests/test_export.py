"""JSON round trip and the records."""

from __future__ import annotations

from fyplan.model import Notice
from fyplan.write.export import from_json, records, to_json


def test_json_round_trip_is_exact(example: Notice) -> None:
    text = to_json(example)
    again = from_json(text)
    assert again == example
    assert to_json(again) == text  # also the fields that do not take part in equality
    assert again.date == example.date and again["16.9"].line == example["16.9"].line


def test_records_follow_the_items(example: Notice) -> None:
    rows = records(example)
    assert [r["id"] for r in rows] == [i.id for i in example.items()]
    first = rows[0]
    assert first["section"] == 1 and first["section_title"] == "确保完成全年主要预期目标"
    assert first["task"] == 1 and first["subtask"] is None and first["subsection"] is None
    assert rows[-1]["id"] == "44.4" and rows[-1]["leaders"] == ["孙正东"]
