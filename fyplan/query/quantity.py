"""What a comparison compares with: quantities for target (10%, 70家, 100亿元, 8.5), dates for deadline."""

from __future__ import annotations

import datetime
import math
import re

import attrs

from fyplan.model import SCALES

_QUANTITY = re.compile(r"^(\d+(?:\.\d+)?)(万|亿)?(.*)$")
# After the number: a thousands separator (1,000亿元) or an exponent (1e400) would otherwise be read
# as the start of a unit, and the comparison would match nothing without a word.
_SEPARATOR = re.compile(r"^[,，]\d")
_EXPONENT = re.compile(r"^[eE][+-]?\d")


@attrs.frozen
class Quantity:
    value: float
    scale: str | None
    unit: str

    @property
    def amount(self) -> float:
        return self.value * SCALES.get(self.scale or "", 1.0)


def parse_quantity(text: str) -> Quantity | None:
    """A quantity, or None for text that is not one (``quantity_problem`` says why)."""
    if quantity_problem(text):
        return None
    m = _QUANTITY.match(text.strip())
    assert m is not None  # quantity_problem matched it
    unit = m.group(3).strip()
    if unit == "％":
        unit = "%"
    return Quantity(float(m.group(1)), m.group(2), unit)


def quantity_problem(text: str) -> str:
    """Why ``text`` is not a quantity a target can be compared with; "" when it is one."""
    m = _QUANTITY.match(text.strip())
    if not m:
        return f"“{text}” is not a quantity: write a number with its unit, such as 10%, 70家 or 100亿元"
    rest = m.group(3)
    if _SEPARATOR.match(rest):
        return f"“{text}” has a thousands separator: write the number without thousands separators, such as 1000亿元"
    if _EXPONENT.match(rest):
        return f"“{text}” has an exponent: write the number in full, without an exponent, such as 100亿元"
    if not math.isfinite(float(m.group(1))):
        return f"“{text}” is too large a number to compare with"
    return ""


# The operators that compare (``=`` compares too, on fields that say so: target=10%).
COMPARISONS = (">=", "<=", ">", "<", "!=")


def deadline_date(value: str) -> datetime.date | None:
    """The date of ``deadline<=2024-06-30``; None if the value is no ISO date."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def date_problem(op: str, value: str) -> str:
    """Why ``value`` is not a date a deadline can be compared with; "" when it is one."""
    if deadline_date(value) is None:
        return f"deadline{op} takes a date written 2024-06-30, not “{value}”"
    return ""


def year_problem(op: str, value: str) -> str:
    """Why ``value`` is not a year (four digits) that ``year:``, ``year=`` or ``year>=`` takes; "" when it is
    one. A regular expression (``year:/20.*/``) is refused too: a year is a number, not text."""
    if op == "~" or not (value.isascii() and value.isdecimal() and len(value) == 4):
        return f"year takes a year of four digits, such as year:2020 or year>=2020, not “{value}”"
    return ""
