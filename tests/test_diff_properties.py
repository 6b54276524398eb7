"""fyplan.diff, property-based: a notice against itself, the two directions, and generated edits.

An edit (move, add, drop, re-assign a unit, change a target) is applied to a generated notice, and the
diff must find that edit and nothing else. The edited item is given a text of its own first, unlike
any the strategies write, since an edit of one of two identical items can be told from an edit of
the other by no one.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import fyplan
from fyplan.compare import NoticeDiff, mirrored
from fyplan.model import Duties, Item, Notice, Task, Unit
from fyplan.strategies import notices
from fyplan.targets import extract_targets

EXAMPLES = settings(max_examples=25)  # each example runs one or two diffs: keep the shared machine free
OWN_TEXTS = ["筹办国际龙舟邀请赛暨端午民俗文化展演", "启用城北污水处理厂三期工程", "开通市域公交环线并优化站点布局"]
NEW_UNIT = Unit("市机关事务管理局", "市机关事务管理局")
Edit = Literal["move", "add", "drop", "reassign", "target"]


def summary(d: NoticeDiff) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = [("added", i.id, i.text) for i in d.added]
    out += [("dropped", i.id, i.text) for i in d.dropped]
    out += [("reworded", r.old.id, r.new.id) for r in d.reworded]
    out += [("moved", m.old.id, m.new.id, m.section_changed) for m in d.moved]
    out += [(c.field, c.old.id, c.new.id, c.name, c.before, c.after) for c in d.duties]
    out += [("target", t.old.id, t.new.id, str(t.before), str(t.after)) for t in d.targets]
    return out


# A notice as a list of containers (a section's own tasks, or a sub-section's), to edit and put back.
Slot = tuple[int, int | None]  # section index, sub-section index (None: the section's own tasks)


def containers(notice: Notice) -> list[tuple[Slot, list[Task]]]:
    out: list[tuple[Slot, list[Task]]] = []
    for s, section in enumerate(notice.sections):
        out.append(((s, None), list(section.tasks)))
        out += [((s, k), list(sub.tasks)) for k, sub in enumerate(section.subsections)]
    return out


def rebuild(notice: Notice, parts: list[tuple[Slot, list[Task]]]) -> Notice:
    """The notice with these containers, its tasks numbered 1..N again and sub-tasks N.1…"""
    number = 0

    def renumber(tasks: list[Task]) -> tuple[Task, ...]:
        nonlocal number
        out = []
        for task in tasks:
            number += 1
            subs = tuple(attrs.evolve(st, id=f"{number}.{st.number}") for st in task.subtasks)
            out.append(attrs.evolve(task, id=str(number), number=number, subtasks=subs))
        return tuple(out)

    by_slot = dict(parts)
    sections = []
    for s, section in enumerate(notice.sections):
        own = renumber(by_slot[(s, None)])
        subs = tuple(attrs.evolve(sub, tasks=renumber(by_slot[(s, k)])) for k, sub in enumerate(section.subsections))
        sections.append(attrs.evolve(section, tasks=own, subsections=subs))
    return attrs.evolve(notice, sections=tuple(sections))


def _item_tasks(parts: list[tuple[Slot, list[Task]]]) -> list[tuple[int, int]]:
    """(container, position) of every task that is an item (no sub-tasks)."""
    return [(c, p) for c, (_, tasks) in enumerate(parts) for p, task in enumerate(tasks) if task.is_item]


def _own(task: Task, text: str) -> Task:
    return attrs.evolve(task, text=text, targets=extract_targets(text))


@st.composite
def edited(draw: st.DrawFn, kind: Edit) -> tuple[Notice, Notice, Edit, str]:
    """(old, new, the edit, the edited item's text): new is old with one edit of this kind."""
    notice = draw(notices())
    parts = containers(notice)
    assume(kind == "add" or _item_tasks(parts))  # a task without sub-tasks to edit whole
    # Two sections of one title are one place to the diff (it pairs sections by title): a move between them
    # is no section change it could see.
    titles = [s.title for s in notice.sections]
    assume(kind != "move" or len(set(titles)) == len(titles))
    text = draw(st.sampled_from(OWN_TEXTS)) + (",增长8.5%。" if kind == "target" else "。")
    if kind == "add":
        c = draw(st.integers(0, len(parts) - 1))
        p = draw(st.integers(0, len(parts[c][1])))
        lead = (Unit("市财政局", "市财政局"),)
        parts[c][1].insert(p, Task("0", 0, text, Duties(lead_units=lead), targets=extract_targets(text)))
        return notice, rebuild(notice, parts), kind, text
    c, p = draw(st.sampled_from(_item_tasks(parts)))
    parts[c][1][p] = _own(parts[c][1][p], text)
    old = rebuild(notice, parts)
    task = parts[c][1][p]
    if kind == "drop":
        del parts[c][1][p]
    elif kind == "move":
        del parts[c][1][p]
        to = draw(st.integers(0, len(parts) - 1))
        parts[to][1].insert(draw(st.integers(0, len(parts[to][1]))), task)
    elif kind == "reassign":
        # The first cooperating unit becomes a lead unit; without one, a new unit joins the lead.
        duties = task.duties
        moving: tuple[Unit, ...] = duties.cooperating_units[:1]
        leading = (*duties.lead_units, *(moving or (NEW_UNIT,)))
        coop = tuple(u for u in duties.cooperating_units if u not in moving)
        parts[c][1][p] = attrs.evolve(task, duties=attrs.evolve(duties, lead_units=leading, cooperating_units=coop))
    else:
        parts[c][1][p] = _own(task, text.replace("8.5%", "7%"))
    return old, rebuild(notice, parts), kind, text


def _find(notice: Notice, text: str) -> str:
    (found,) = [item.id for item in notice.items() if item.text.startswith(text[:10])]
    return found


@EXAMPLES
@given(notices())
def test_a_notice_against_itself_is_empty(notice: Notice) -> None:
    d = fyplan.diff(notice, attrs.evolve(notice))
    assert summary(d) == [] and not d
    assert [(p.old.id, p.new.id) for p in d.pairs] == [(i.id, i.id) for i in notice.items()]


@EXAMPLES
@given(notices(), notices())
def test_the_two_directions_are_mirror_images(a: Notice, b: Notice) -> None:
    assert fyplan.diff(b, a) == mirrored(fyplan.diff(a, b))


KINDS: tuple[Edit, ...] = ("move", "add", "drop", "reassign", "target")


@pytest.mark.parametrize("kind", KINDS)
def test_a_generated_edit_is_found_exactly(kind: Edit) -> None:
    @settings(max_examples=12)
    @given(edited(kind))
    def found(case: tuple[Notice, Notice, Edit, str]) -> None:
        check_edit(*case)

    found()


def check_edit(old: Notice, new: Notice, kind: Edit, text: str) -> None:
    """The diff of ``old`` and ``new`` is the edit, and the two directions mirror."""
    d = fyplan.diff(old, new)
    assert fyplan.diff(new, old) == mirrored(d)
    if kind == "add":
        assert summary(d) == [("added", _find(new, text), text)]
        return
    if kind == "drop":
        assert summary(d) == [("dropped", _find(old, text), text)]
        return
    was, now = _find(old, text), _find(new, text)
    if kind == "target":
        (old_target,) = old[was].targets
        (new_target,) = new[now].targets
        assert (old_target.value, new_target.value) == (8.5, 7)
        assert summary(d) == [("target", was, now, str(old_target), str(new_target))]
    elif kind == "reassign":
        item = old[was]
        if item.cooperating_units:
            name = item.cooperating_units[0].name
            before = "lead" if name in {u.name for u in item.lead_units} else "cooperating"
            expected: list[tuple[Any, ...]] = [("unit", was, now, name, "cooperating", "lead")]
            if before == "lead":
                expected = []
        else:
            expected = [("unit", was, now, NEW_UNIT.name, None, "lead")]
        if NEW_UNIT.name in {u.name for u in item.lead_units}:
            expected = []
        assert summary(d) == expected
    else:
        _check_move(old, new, d, was, now)


def _place(item: Item) -> tuple[int | None, int | None]:
    return (item.section.number if item.section else None, item.subsection.number if item.subsection else None)


def _check_move(old: Notice, new: Notice, d: NoticeDiff, was: str, now: str) -> None:
    """One move. When the item stepped past one neighbour in its section, the neighbour stepping the
    other way is the same edit, and either may be named."""
    x_old, x_new = old[was], new[now]
    i_x, j_x = _index(old, x_old), _index(new, x_new)
    section_changed = _place(x_old) != _place(x_new)
    if i_x == j_x and not section_changed:
        assert summary(d) == []  # put back where it was
        return
    assert len(summary(d)) == 1 and len(d.moved) == 1, summary(d)
    moved = d.moved[0]
    if (moved.old.id, moved.new.id) == (was, now):
        assert moved.section_changed == section_changed
        return
    i_y, j_y = _index(old, moved.old), _index(new, moved.new)
    assert abs(i_x - j_x) == 1 and (i_y, j_y) == (j_x, i_x) and not section_changed and not moved.section_changed


def _index(notice: Notice, item: Item) -> int:
    return next(k for k, other in enumerate(notice.items()) if other is item)
