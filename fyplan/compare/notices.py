"""``diff(old, new)``: match the responsibility items of two notices, then say what changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from fyplan.compare import items as changes
from fyplan.compare.match import match_items, require, text_key
from fyplan.compare.model import DutyChange, Moved, NoticeDiff, Pair, Reworded, TargetChange
from fyplan.compare.order import out_of_order, section_key, section_partners
from fyplan.model import Item, Notice

_FIELDS = {"leader": 0, "unit": 1, "deadline": 2}
T = TypeVar("T", Pair, Reworded, Moved, DutyChange, TargetChange)


def diff(old: Notice, new: Notice) -> NoticeDiff:
    """What changed from ``old`` to ``new`` (two years of one place, or a draft and its final text).

    Items are matched by content (see ``fyplan.compare.match``), so numbers shifted by an added item
    are no change; each change names the old item and the new one.
    """
    _, assign = require()
    old_items, new_items = old.items(), new.items()
    found = match_items(old_items, new_items)
    pairs = [Pair(old_items[i], new_items[j], similarity) for i, j, similarity in found]
    matched_old = {i for i, _, _ in found}
    matched_new = {j for _, j, _ in found}
    reworded = [
        Reworded(p.old, p.new, p.similarity, changes.runs(p.old.text, p.new.text))
        for p in pairs
        if changes.is_reworded(p.old, p.new)
    ]
    return _ordered(
        NoticeDiff(
            old,
            new,
            added=tuple(item for j, item in enumerate(new_items) if j not in matched_new),
            dropped=tuple(item for i, item in enumerate(old_items) if i not in matched_old),
            pairs=tuple(pairs),
            reworded=tuple(reworded),
            moved=tuple(_moves(old_items, new_items, found, assign)),
            duties=tuple(c for p in pairs for c in changes.duty_changes(p.old, p.new)),
            targets=tuple(c for p in pairs for c in changes.target_changes(p.old, p.new)),
        )
    )


def _moves(
    old_items: Sequence[Item],
    new_items: Sequence[Item],
    found: list[tuple[int, int, float]],
    assign: Callable[..., object],
) -> list[Moved]:
    points = [(i, j) for i, j, _ in found]  # sorted by old position
    old_sections = list(dict.fromkeys(section_key(item) for item in old_items))
    new_sections = list(dict.fromkeys(section_key(item) for item in new_items))
    partner = section_partners([(old_items[i], new_items[j]) for i, j in points], old_sections, new_sections, assign)
    elsewhere = {
        (i, j) for i, j in points if partner.get(section_key(old_items[i]), "none") != section_key(new_items[j])
    }
    # Items that changed section moved; of the rest, those out of order among the others.
    stayed = [p for p in points if p not in elsewhere]
    # A key of the pair, the same in both directions (unique while ids are): it breaks ties in the order.
    keys = ["\x00".join(sorted((_key(old_items[i]), _key(new_items[j])))) for i, j in stayed]
    out_of_place = {stayed[k] for k in out_of_order(stayed, keys)}
    return [
        Moved(old_items[i], new_items[j], (i, j) in elsewhere)
        for i, j in points
        if (i, j) in elsewhere or (i, j) in out_of_place
    ]


def _key(item: Item) -> str:
    """An item's text, number and duties, as one string."""
    duties = item.duties
    names = [*(p.name for p in duties.leaders), *(u.name for u in duties.lead_units), "|"]
    names += [u.name for u in duties.cooperating_units]
    return "\x01".join([text_key(item.text), item.id, *names, str(duties.deadline or "")])


def mirrored(result: NoticeDiff) -> NoticeDiff:
    """The diff the other way round: added ↔ dropped, old ↔ new in every change (what ``diff(new, old)`` finds)."""

    def flip(values: tuple[T, ...]) -> tuple[T, ...]:
        return tuple(v.mirrored() for v in values)

    return _ordered(
        NoticeDiff(
            result.new,
            result.old,
            added=result.dropped,
            dropped=result.added,
            pairs=flip(result.pairs),
            reworded=flip(result.reworded),
            moved=flip(result.moved),
            duties=flip(result.duties),
            targets=flip(result.targets),
        )
    )


def _ordered(result: NoticeDiff) -> NoticeDiff:
    """One order for every diff, whichever way it was made: items in document order, the changes of
    matched items in the new notice's order, and a pair's own changes by kind and name."""
    old_at = {id(item): k for k, item in enumerate(result.old.items())}
    new_at = {id(item): k for k, item in enumerate(result.new.items())}

    def place(change: Pair | Reworded | Moved | DutyChange | TargetChange) -> tuple[int, int]:
        return new_at[id(change.new)], old_at[id(change.old)]

    def duty_key(c: DutyChange) -> tuple[int, int, int, str]:
        return (*place(c), _FIELDS[c.field], c.name)

    def target_key(c: TargetChange) -> tuple[int, int, str, str, str]:
        low, high = sorted((str(c.before), str(c.after)))
        return (*place(c), c.indicator, low, high)

    return NoticeDiff(
        result.old,
        result.new,
        added=tuple(sorted(result.added, key=lambda item: new_at[id(item)])),
        dropped=tuple(sorted(result.dropped, key=lambda item: old_at[id(item)])),
        pairs=tuple(sorted(result.pairs, key=place)),
        reworded=tuple(sorted(result.reworded, key=place)),
        moved=tuple(sorted(result.moved, key=place)),
        duties=tuple(sorted(result.duties, key=duty_key)),
        targets=tuple(sorted(result.targets, key=target_key)),
    )
