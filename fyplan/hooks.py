"""Services the model offers but higher layers provide.

The model is the bottom layer (read → model ← query ← write ← terminal): it may not import the query
engine or the terminal views. Yet ``notice.query("…")`` and ``rich.print(notice)`` are what people type.
So the model asks for those services by name here, and the package's top level (``fyplan/__init__``)
provides them, importing the higher layer only when a service is first used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_provided: dict[str, Callable[..., Any]] = {}


def provide(name: str, service: Callable[..., Any]) -> None:
    _provided[name] = service


def use(name: str) -> Callable[..., Any]:
    try:
        return _provided[name]
    except KeyError:
        # Only reachable if fyplan/__init__ did not run, which Python's import system rules out.
        raise RuntimeError(f"fyplan: no {name!r} service was provided (import fyplan first)") from None
