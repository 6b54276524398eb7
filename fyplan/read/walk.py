"""An attrs object (or a tuple of them) with its parts mapped, and the very same object where nothing changes:
the walk that gives back a notice's strings as written (fyplan/read/traditional.py, fyplan/read/widths.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs


def parts_mapped(value: Any, each: Callable[[str, Any], Any], skip: frozenset[str]) -> Any:
    """``value`` with ``each(field name, part)`` for every item of a tuple (field name "") and every init field
    of an attrs object but those in ``skip``; ``value`` itself where no part changes (most of a notice), and
    any other value as it is."""
    if isinstance(value, tuple):
        items = tuple(each("", v) for v in value)
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if attrs.has(type(value)):
        changes: dict[str, Any] = {}
        for field in attrs.fields(type(value)):
            if not field.init or field.name in skip:
                continue
            old = getattr(value, field.name)
            new = each(field.name, old)
            if new is not old:
                changes[field.alias] = new
        return attrs.evolve(value, **changes) if changes else value
    return value
