"""What a diff of two notices finds: typed, immutable changes, each naming the old and the new side.

Every change is symmetric: swapping ``old`` and ``new`` (and ``before`` and ``after``) gives the change
the diff of the two notices the other way round finds, which ``NoticeDiff.mirrored`` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import attrs

from fyplan.model import Item, Notice, Target

Role = Literal["lead", "cooperating"]
DutyField = Literal["leader", "unit", "deadline"]
Op = Literal["equal", "insert", "delete", "replace"]


@attrs.frozen(slots=True)
class Run:
    """One run of a text diff: the same text on both sides, or what the old side had and the new has."""

    old: str
    new: str
    changed: bool

    @property
    def op(self) -> Op:
        if not self.changed:
            return "equal"
        if not self.old:
            return "insert"
        return "delete" if not self.new else "replace"

    def mirrored(self) -> Run:
        return Run(self.new, self.old, self.changed)


@attrs.frozen(slots=True, repr=False)
class Pair:
    """An item of the old notice and the item of the new notice it became (matched by content)."""

    old: Item
    new: Item
    similarity: float  # of the two texts, 0..1 (numbers and punctuation aside)

    def mirrored(self) -> Pair:
        return Pair(self.new, self.old, self.similarity)

    def __repr__(self) -> str:
        return f"Pair({self.old.id!r} → {self.new.id!r}, {self.similarity:.2f})"


@attrs.frozen(slots=True, repr=False)
class Reworded:
    """A matched item whose text changed in more than its targets' numbers; ``runs`` cover both texts."""

    old: Item
    new: Item
    similarity: float
    runs: tuple[Run, ...]

    @property
    def changed_runs(self) -> tuple[Run, ...]:
        return tuple(r for r in self.runs if r.changed)

    def mirrored(self) -> Reworded:
        return Reworded(self.new, self.old, self.similarity, tuple(r.mirrored() for r in self.runs))

    def __repr__(self) -> str:
        words = ", ".join(f"{r.old}→{r.new}" for r in self.changed_runs)
        return f"Reworded({self.old.id!r} → {self.new.id!r}: {words})"


@attrs.frozen(slots=True, repr=False)
class Moved:
    """A matched item that changed section (or sub-section), or its place among the other items: not an
    item whose number changed only because items before it were added or dropped."""

    old: Item
    new: Item
    section_changed: bool

    def mirrored(self) -> Moved:
        return Moved(self.new, self.old, self.section_changed)

    def __repr__(self) -> str:
        return f"Moved({self.old.id!r} → {self.new.id!r}, section_changed={self.section_changed})"


@attrs.frozen(slots=True, repr=False)
class DutyChange:
    """Who answers for a matched item changed.

    ``field`` says what: a ``leader`` (``before``/``after`` are ``"leader"`` or None: dropped or added),
    a ``unit`` (``"lead"``, ``"cooperating"`` or None: added, dropped, or moved between the two lists), or
    the ``deadline`` (``before``/``after`` are the deadlines as written; ``name`` is empty).
    """

    old: Item
    new: Item
    field: DutyField
    name: str
    before: str | None
    after: str | None

    @property
    def added(self) -> bool:
        return self.before is None

    @property
    def dropped(self) -> bool:
        return self.after is None

    def mirrored(self) -> DutyChange:
        return DutyChange(self.new, self.old, self.field, self.name, self.after, self.before)

    def __repr__(self) -> str:
        return (
            f"DutyChange({self.old.id!r} → {self.new.id!r}, {self.field} {self.name!r}: {self.before} → {self.after})"
        )


@attrs.frozen(slots=True, repr=False)
class TargetChange:
    """A numeric target of a matched item changed (增长8.5% → 增长7%), or was added or dropped."""

    old: Item
    new: Item
    before: Target | None
    after: Target | None

    @property
    def indicator(self) -> str:
        target = self.after or self.before
        assert target is not None
        return target.indicator

    def mirrored(self) -> TargetChange:
        return TargetChange(self.new, self.old, self.after, self.before)

    def __repr__(self) -> str:
        return f"TargetChange({self.old.id!r} → {self.new.id!r}: {self.before} → {self.after})"


Change = Item | Reworded | Moved | DutyChange | TargetChange


@attrs.frozen(slots=True, repr=False)
class NoticeDiff:
    """What changed from ``old`` to ``new``: items added and dropped, and for the items matched across
    the two, rewordings, moves, duties and targets. Empty (falsy) when the two hold the same items."""

    old: Notice = attrs.field(eq=False)
    new: Notice = attrs.field(eq=False)
    added: tuple[Item, ...] = ()
    dropped: tuple[Item, ...] = ()
    pairs: tuple[Pair, ...] = ()  # every matched pair, changed or not, in the new notice's order
    reworded: tuple[Reworded, ...] = ()
    moved: tuple[Moved, ...] = ()
    duties: tuple[DutyChange, ...] = ()
    targets: tuple[TargetChange, ...] = ()

    def changes(self) -> Iterator[Change]:
        """Every change: added, dropped, reworded, moved, duties, targets (in that order)."""
        yield from self.added
        yield from self.dropped
        yield from self.reworded
        yield from self.moved
        yield from self.duties
        yield from self.targets

    def __len__(self) -> int:
        return sum(1 for _ in self.changes())

    def __bool__(self) -> bool:
        return len(self) > 0

    def renumbered(self) -> tuple[Pair, ...]:
        """Matched items whose number changed (most because items before them were added or dropped)."""
        return tuple(p for p in self.pairs if p.old.id != p.new.id)

    def __repr__(self) -> str:
        counts = (
            f"added={len(self.added)}, dropped={len(self.dropped)}, reworded={len(self.reworded)}, "
            f"moved={len(self.moved)}, duties={len(self.duties)}, targets={len(self.targets)}"
        )
        return f"NoticeDiff({self.old.file_name!r} → {self.new.file_name!r}: {counts})"
