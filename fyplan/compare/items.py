"""What changed between two matched items: the words of the text, the duties, the targets."""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter, defaultdict

import regex

from fyplan.compare.model import DutyChange, Role, Run, TargetChange
from fyplan.hanzi import simplified
from fyplan.model import Deadline, Item, Target

_SPACE = regex.compile(r"\s+")
_NUMBER = regex.compile(r"\d+(?:\.\d+)?")
# A run of the same text shorter than this between two changes joins them: 饮水安全巩固 → 供水保障
# reads as one change, not 饮→供, 水, 安全巩固→保障.
SHORT_EQUAL = 2


def written(text: str) -> str:
    """The text as compared for rewording: width (，/,), spaces and the script (traditional or
    simplified characters, as an edition may be printed in either) do not count."""
    return simplified(_SPACE.sub("", unicodedata.normalize("NFKC", text)))


def is_reworded(old: Item, new: Item) -> bool:
    """The texts differ in more than the numbers of their targets (增长8.5% → 增长7% is a target change)."""
    a, b = written(old.text), written(new.text)
    if a == b:
        return False
    if old.targets == new.targets or _NUMBER.sub("0", a) != _NUMBER.sub("0", b):
        return True
    # Only numbers differ: a rewording still if one that is no target's value changed (第3届 → 第4届).
    return _other_numbers(a, old) != _other_numbers(b, new)


def _other_numbers(text: str, item: Item) -> Counter[float]:
    numbers = Counter(float(n) for n in _NUMBER.findall(text))
    numbers.subtract(t.value for t in item.targets)
    return +numbers


def runs(old: str, new: str) -> tuple[Run, ...]:
    """A character diff of two texts (difflib), grouped into runs of the same and of changed text.

    Characters are compared in simplified form (實施 and 实施 are the same words), and the runs hold the
    texts as written. difflib's choice among equally long matches depends on which text comes first;
    the two are put in one order (and the result turned back) so the runs of new → old mirror those of
    old → new."""
    if new < old:
        return tuple(run.mirrored() for run in runs(new, old))
    a, b = simplified(old), simplified(new)
    if len(a) != len(old) or len(b) != len(new):
        a, b = old, new  # a conversion that changed the length: the places would not line up
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[Run] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        out.append(Run(old[i1:i2], new[j1:j2], op != "equal"))
    return _join_short_equals(out)


def _join_short_equals(found: list[Run]) -> tuple[Run, ...]:
    out: list[Run] = []
    for k, run in enumerate(found):
        between = 0 < k < len(found) - 1 and found[k - 1].changed and found[k + 1].changed
        if not run.changed and between and len(run.old) < SHORT_EQUAL:
            run = Run(run.old, run.new, True)
        if out and out[-1].changed and run.changed:
            run = Run(out[-1].old + run.old, out[-1].new + run.new, True)
            out.pop()
        out.append(run)
    return tuple(out)


def _roles(item: Item) -> dict[str, tuple[Role, str]]:
    """Each unit's role on the item and its name as written, by its name in simplified characters."""
    roles: dict[str, tuple[Role, str]] = {
        simplified(u.name): ("cooperating", u.name) for u in item.duties.cooperating_units
    }
    roles.update({simplified(u.name): ("lead", u.name) for u in item.duties.lead_units})  # a unit in both lists leads
    return roles


def _spelling(key: str, old: str | None, new: str | None) -> str:
    """The name to report: as written on the one side that has it, or on both when they agree; else
    its simplified form (the same whichever notice comes first)."""
    if old is None or new is None or old == new:
        return old or new or key
    return key


def duty_changes(old: Item, new: Item) -> list[DutyChange]:
    """Leaders added and dropped, units added, dropped or moved between lead and cooperating, the
    deadline changed: by name, leaders then units then deadline. Names and deadlines are compared in
    simplified characters."""
    out: list[DutyChange] = []
    old_leaders = {simplified(leader.name): leader.name for leader in old.leaders}
    new_leaders = {simplified(leader.name): leader.name for leader in new.leaders}
    for key in sorted(old_leaders.keys() ^ new_leaders.keys()):
        name = old_leaders.get(key) or new_leaders[key]
        present = ("leader" if key in old_leaders else None, "leader" if key in new_leaders else None)
        out.append(DutyChange(old, new, "leader", name, *present))
    old_roles, new_roles = _roles(old), _roles(new)
    for key in sorted(old_roles.keys() | new_roles.keys()):
        before, old_name = old_roles.get(key, (None, None))
        after, new_name = new_roles.get(key, (None, None))
        if before != after:
            out.append(DutyChange(old, new, "unit", _spelling(key, old_name, new_name), before, after))
    if _deadline_changed(old.deadline, new.deadline):
        was = old.deadline.written if old.deadline else None
        now = new.deadline.written if new.deadline else None
        out.append(DutyChange(old, new, "deadline", "", was, now))
    return out


def _deadline_changed(old: Deadline | None, new: Deadline | None) -> bool:
    """Two deadlines differ by their last day (6月底前 and 6月30日前 are one); without a day (长期坚持,
    a year not known), by their kind and words."""
    if old is None or new is None:
        return old is not new
    if old.by is not None or new.by is not None:
        return old.by != new.by
    return old.kind != new.kind or simplified(old.written) != simplified(new.written)


def _indicator(target: Target) -> str:
    return simplified(target.indicator)


def target_changes(old: Item, new: Item) -> list[TargetChange]:
    """Targets matched by indicator (in order, when one indicator has several); a target whose value,
    unit, bound or verb differs is changed. Of the rest, one left on each side with the same unit is
    one target renamed (生产总值 → 地区生产总值); others were added or dropped."""
    old_by: defaultdict[str, list[Target]] = defaultdict(list)
    new_by: defaultdict[str, list[Target]] = defaultdict(list)
    for t in old.targets:
        old_by[_indicator(t)].append(t)
    for t in new.targets:
        new_by[_indicator(t)].append(t)
    out: list[TargetChange] = []
    left_old: list[Target] = []
    left_new: list[Target] = []
    for indicator in sorted(old_by.keys() | new_by.keys()):
        a, b = old_by.get(indicator, []), new_by.get(indicator, [])
        for before, after in zip(a, b, strict=False):
            if before != after:
                out.append(TargetChange(old, new, before, after))
        left_old += a[len(b) :]
        left_new += b[len(a) :]
    if len(left_old) == 1 and len(left_new) == 1 and left_old[0].unit == left_new[0].unit:
        out.append(TargetChange(old, new, left_old[0], left_new[0]))
    else:
        out += [TargetChange(old, new, t, None) for t in left_old]
        out += [TargetChange(old, new, None, t) for t in left_new]
    return out
