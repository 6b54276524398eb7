"""Data frames of the JSONL records, for notebooks: pandas, polars or Arrow, each an optional extra."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from fyplan.errors import MissingExtra
from fyplan.model import Notice
from fyplan.query.results import Results
from fyplan.write.export import records

# frame kind → (module to import, the extra that installs it)
_NEEDS = {"pandas": ("pandas", "pandas"), "polars": ("polars", "polars"), "arrow": ("pyarrow", "arrow")}


def _module(kind: str) -> Any:
    name, extra = _NEEDS[kind]
    try:
        return importlib.import_module(name)
    except ImportError:
        raise MissingExtra(
            f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} frame needs {name}, which is not installed: pip install 'fyplan[{extra}]'"
        ) from None


def frame(source: Notice | Results | Iterable[Notice], kind: str) -> Any:
    """The records of ``source`` as a pandas or polars DataFrame or an Arrow Table (``kind``)."""
    if kind not in _NEEDS:
        raise ValueError(f"no frame kind “{kind}”: use one of {', '.join(_NEEDS)}")
    module = _module(kind)
    rows = records(source)
    if kind == "arrow":
        return module.Table.from_pylist(rows)
    if kind == "polars":
        # Every row decides the columns' types: a first row with no targets must not fix them as null.
        return module.DataFrame(rows, infer_schema_length=None)
    return module.DataFrame.from_records(rows)
