"""Quantities in target comparisons: 10%, 70家, 100亿元, 8.5."""

from __future__ import annotations

import re

import attrs

from fyplan.model import SCALES

_QUANTITY = re.compile(r"^(\d+(?:\.\d+)?)(万|亿)?(.*)$")


@attrs.frozen
class Quantity:
    value: float
    scale: str | None
    unit: str

    @property
    def amount(self) -> float:
        return self.value * SCALES.get(self.scale or "", 1.0)


def parse_quantity(text: str) -> Quantity | None:
    m = _QUANTITY.match(text.strip())
    if not m:
        return None
    unit = m.group(3).strip()
    if unit == "％":
        unit = "%"
    return Quantity(float(m.group(1)), m.group(2), unit)
