"""Layout and clause families: each tests/cases/<name>.txt is read and compared with the items
written by hand in <name>.toml (id, section, start of the text or the whole text, leaders, lead and cooperating
units, deadline)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import fyplan

CASES = Path(__file__).parent / "cases"
NAMES = sorted(p.stem for p in CASES.glob("*.txt"))


def expected_warnings(name: str) -> list[tuple[int, str]]:
    """[line, words of the message] of every warning a case expects, where it lists them (``warnings = […]``)."""
    listed = tomllib.loads((CASES / f"{name}.toml").read_text(encoding="utf-8")).get("warnings", [])
    return [(int(line), str(words)) for line, words in listed]


def expected(name: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = tomllib.loads((CASES / f"{name}.toml").read_text(encoding="utf-8"))["items"]
    return items


def test_every_case_has_expectations() -> None:
    assert len(NAMES) >= 10
    for name in NAMES:
        assert expected(name), name


@pytest.mark.parametrize("name", NAMES)
def test_case(name: str) -> None:
    notice = fyplan.load(CASES / f"{name}.txt")
    items = list(notice.items())
    want = expected(name)
    got: list[dict[str, Any]] = [
        {
            "id": item.id,
            "section": item.section.number if item.section else 0,
            "text": item.text.replace("\n", ""),
            "leaders": [leader.name for leader in item.leaders],
            "lead": [unit.name for unit in item.lead_units],
            "coop": [unit.name for unit in item.cooperating_units],
            "deadline": str(item.deadline) if item.deadline else None,
            "notes": [f"{label}:{value}" for label, value in item.task.notes],
            "heading": item.task.heading,
            "coop_open": item.duties.open_ended.cooperating_units,
        }
        for item in items
    ]
    assert len(got) == len(want), [g["text"][:10] for g in got]
    for g, w in zip(got, want, strict=True):
        # An expected id with a dash is the id as printed (1-1); any other is compared without the qualifier the
        # reader adds where numbering restarts (2-3: task 3 of section 2).
        assert g["id"] == w["id"] if "-" in w["id"] else g["id"].rsplit("-", 1)[-1] == w["id"], (g["id"], w["id"])
        if "section" in w:
            assert g["section"] == w["section"]
        assert g["text"].startswith(w["text_starts"]), (g["text"], w["text_starts"])
        if "text" in w:  # the whole text, where what follows it must not join it
            assert g["text"] == w["text"], g["id"]
        assert g["leaders"] == w.get("leaders", [])
        assert (g["lead"], g["coop"]) == (w["lead"], w["coop"]), g["id"]
        assert g["deadline"] == w.get("deadline"), g["id"]
        if "notes" in w:  # the item's notes (label:value), where a case is about them
            assert g["notes"] == w["notes"], g["id"]
        if (
            "coop_open" in w
        ):  # the cooperating list closed by 等 and a kind of body (等有关部门), where a case is about it
            assert g["coop_open"] == w["coop_open"], g["id"]
        if "heading" in w:  # the group heading printed over the item, where a case is about it ("" for none)
            assert (g["heading"] or "") == w["heading"], g["id"]
    if warned := expected_warnings(name):  # a case about its diagnostics lists them all, with their lines
        found = sorted((d.line, d.message) for d in notice.diagnostics if d.severity == "warning")
        assert [line for line, _ in found] == [line for line, _ in warned], found
        for (_, message), (_, words) in zip(found, warned, strict=True):
            assert words in message, (message, words)
