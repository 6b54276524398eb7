"""Compare two notices: two years of one place, or a draft and its final text.

    >>> d = fyplan.diff(fyplan.load("2023.txt"), fyplan.load("2024.txt"))
    >>> d.added, d.dropped, d.reworded, d.moved, d.duties, d.targets

Items are matched by their content, not their numbers. Needs the ``diff`` extra (rapidfuzz, scipy).
"""

from __future__ import annotations

from fyplan.compare.model import Change, DutyChange, Moved, NoticeDiff, Pair, Reworded, Run, TargetChange
from fyplan.compare.notices import diff, mirrored
from fyplan.errors import MissingExtra

__all__ = [
    "Change",
    "DutyChange",
    "MissingExtra",
    "Moved",
    "NoticeDiff",
    "Pair",
    "Reworded",
    "Run",
    "TargetChange",
    "diff",
    "mirrored",
]
