"""What the review-guard tests (tests/test_review*_guards.py) share: a notice read from text written to a file, as a
user's notice is, and the names of a list of units."""

from __future__ import annotations

from pathlib import Path

import fyplan
from fyplan.model import Notice, Unit


def load_notice(tmp_path: Path, text: str) -> Notice:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return fyplan.load(path)


def unit_names(units: tuple[Unit, ...]) -> list[str]:
    return [u.name for u in units]
