"""The two builds of the reader (issue 13): pure Python, or the hot modules compiled by mypyc.

``pyproject.toml`` lists the modules the compiled build compiles (the mypyc hook's ``include``); an installation
made with ``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 pip install .`` imports each of them from an extension file beside
its source. ``use_sources()`` makes a process import every fyplan module from its source instead, so that one
installation can be read both ways.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
import tomllib
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def listed_modules() -> list[str]:
    """The modules the compiled build compiles, as pyproject.toml lists them (fyplan/read/grammar.py → its name)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    paths: list[str] = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]["include"]
    return [path.removesuffix(".py").replace("/", ".") for path in paths]


def is_compiled(module: str | ModuleType) -> bool:
    """Is the module (imported or not) loaded from an extension file, not from its source?"""
    if isinstance(module, ModuleType):
        origin = getattr(module, "__file__", None) or ""
    else:
        spec = importlib.util.find_spec(module)
        origin = (spec.origin if spec else None) or ""
    return origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


class _Sources:
    """A finder that gives fyplan's modules from their .py files where an extension file stands beside them."""

    @staticmethod
    def find_spec(name: str, path: Sequence[str] | None = None, target: ModuleType | None = None) -> ModuleSpec | None:
        if name != "fyplan" and not name.startswith("fyplan."):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is None or not spec.origin:
            return spec
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            if spec.origin.endswith(suffix):
                source = spec.origin.removesuffix(suffix) + ".py"
                return importlib.util.spec_from_file_location(name, source)
        return spec


def use_sources() -> None:
    """Import fyplan from its sources in this process (call before anything imports fyplan)."""
    assert "fyplan" not in sys.modules, "fyplan was imported before use_sources()"
    sys.meta_path.insert(0, _Sources)


def outputs(paths: Sequence[str]) -> dict[str, list[str]]:
    """What ``fyplan export F --format jsonl`` and ``fyplan check F`` print for each file (no parse cache), with
    their exit codes: the outputs the two builds must share."""
    from click.testing import CliRunner

    from fyplan.terminal.cli import main

    runner = CliRunner()
    found: dict[str, list[str]] = {}
    for path in paths:
        runs = []
        for args in (["--no-cache", "export", path, "--format", "jsonl"], ["--no-cache", "check", path]):
            result = runner.invoke(main, args)
            runs.append(f"{result.output}rc={result.exit_code}")
        found[path] = runs
    return found
