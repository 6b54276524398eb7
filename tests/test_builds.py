"""The compiled build reads as the pure one (issue 13, tenth round).

An installation made with ``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 pip install .`` imports the modules pyproject.toml lists
from extension files compiled by mypyc; the same installation's sources, imported in a child process, are the
pure build. Where nothing is compiled (the usual install, CI) the comparison is skipped, saying so.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import builds
import pytest

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent

# What both builds read: the example, the fixtures and the review cases (the shapes each rule was written for).
FILES = [
    str(path)
    for path in [
        ROOT / "examples" / "fuyang-2019.txt",
        *sorted((HERE / "cases").glob("*.txt")),
        *sorted((HERE / "review").glob("*.txt")),
    ]
]

COMPILED = [name for name in builds.listed_modules() if builds.is_compiled(name)]


def test_the_listed_modules_are_modules_of_the_reader() -> None:
    # A module renamed or moved must be renamed in pyproject.toml too, or the compiled build leaves it out.
    listed = builds.listed_modules()
    assert len(listed) == len(set(listed)) >= 1
    for name in listed:
        assert (ROOT / (name.replace(".", "/") + ".py")).is_file(), name


def test_every_listed_module_is_compiled_or_none_is() -> None:
    # Half a compiled build is a broken one (an old extension file beside a newer source, say).
    assert COMPILED in ([], builds.listed_modules())


@pytest.mark.skipif(
    not COMPILED, reason="pure build: no module compiled by mypyc here (README, Install: the compiled build)"
)
def test_the_compiled_build_reads_every_case_as_the_pure_build(tmp_path: Path) -> None:
    # The modules the reading below runs in this process are the compiled ones.
    package = Path(importlib.import_module("fyplan").__file__ or "").parent
    assert builds.is_compiled(importlib.import_module("fyplan.read.plainitem"))
    # The child reads with the same installation's sources (from a folder of its own, so that a checkout in the
    # working folder cannot stand in for them).
    child = (
        f"import json, sys; sys.path.insert(0, {str(HERE)!r}); import builds; builds.use_sources(); "
        "import fyplan, fyplan.read.plainitem as p; assert not builds.is_compiled(p), p.__file__; "
        f"assert fyplan.__file__.startswith({str(package)!r}), fyplan.__file__; "
        "print(json.dumps(builds.outputs(json.loads(sys.stdin.read()))))"
    )
    run = subprocess.run(
        [sys.executable, "-c", child], input=json.dumps(FILES), capture_output=True, text=True, check=True, cwd=tmp_path
    )
    pure = json.loads(run.stdout)
    compiled = builds.outputs(FILES)
    assert len(compiled) == len(FILES) > 100
    for path in FILES:
        assert compiled[path] == pure[path], path
