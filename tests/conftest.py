from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import fyplan
from fyplan.model import Notice

# "ci" keeps the suite quick; run the thorough one by hand: HYPOTHESIS_PROFILE=thorough pytest tests
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# The tests never read or write the user's parse cache: one folder of their own, gone at exit.
_CACHE = tempfile.mkdtemp(prefix="fyplan-test-cache-")
os.environ["FYPLAN_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "fuyang-2019.txt"


@pytest.fixture(scope="session")
def example() -> Notice:
    return fyplan.load(EXAMPLE)
