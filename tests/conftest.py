from __future__ import annotations

from pathlib import Path

import pytest

import fyplan
from fyplan.model import Notice

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "fuyang-2019.txt"


@pytest.fixture(scope="session")
def example() -> Notice:
    return fyplan.load(EXAMPLE)
