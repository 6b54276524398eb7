"""Each distinct item read once (fyplan/read/itemmemo.py, issue 13): an item made from an earlier reading
is the item the builder would read, its number, id and line numbers where it stands now."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fyplan
from fyplan import fastpaths
from fyplan.model import Notice, Task
from fyplan.read import itemmemo
from fyplan.read.context import Built, made_built, shared_label_shape
from fyplan.strategies import notices, styles
from fyplan.write.export import to_json
from fyplan.write.render import Style, render


@pytest.fixture(autouse=True)
def empty_memo() -> Iterator[None]:
    itemmemo.Memo.cache_clear()
    itemmemo.TaskMemo.cache_clear()
    yield
    itemmemo.Memo.cache_clear()
    itemmemo.TaskMemo.cache_clear()


def plain_json(text: str) -> str:
    with fastpaths.plain():
        return to_json(fyplan.parse(text))


# Two parts whose items are the same lines under other numbers, the second part lower in the text by
# the lines of the first; the alias the first item's list defines must reach the notice both times.
REPEATED = """关于印发某县重点工作责任分解的通知
一、第一部分
1.修好一座桥。
牵头责任单位:县交通运输局(以下简称交通局)
协同责任单位:县财政局、县住建局
2.建一所学校(县教育局牵头,县财政局配合)。
二、第二部分
说明的一行
3.修好一座桥。
牵头责任单位:县交通运输局(以下简称交通局)
协同责任单位:县财政局、县住建局
4.建一所学校(县教育局牵头,县财政局配合)。
三、第三部分
5.修好一座桥。
牵头责任单位:县交通运输局(以下简称交通局)
协同责任单位:县财政局、县住建局
6.建一所学校(县教育局牵头,县财政局配合)。
"""


def test_a_repeated_item_is_made_from_its_first_reading_at_its_own_place() -> None:
    expected = plain_json(REPEATED)
    notice = fyplan.parse(REPEATED)
    assert len(itemmemo.Memo.entries) == 2  # seen in part one, kept in part two, served in part three
    assert to_json(notice) == expected
    items = list(notice.items())
    assert [(i.id, i.line) for i in items] == [("1", 3), ("2", 6), ("3", 9), ("4", 12), ("5", 14), ("6", 17)]
    assert [str(u) for u in items[4].duties.cooperating_units] == ["县财政局", "县住建局"]
    assert [(a.alias, a.name) for a in notice.aliases] == [("交通局", "县交通运输局")]
    # Read again, every item comes from the memo, the alias with them.
    again = fyplan.parse(REPEATED)
    assert to_json(again) == expected


def test_plain_reading_empties_the_memo() -> None:
    fyplan.parse(REPEATED)
    assert itemmemo.Memo.entries and itemmemo.TaskMemo.entries
    with fastpaths.plain():
        assert not itemmemo.Memo.entries and not itemmemo.Memo.seen.count and not itemmemo.TaskMemo.entries
        fyplan.parse(REPEATED)
        assert not itemmemo.Memo.seen.count  # not asked while the fast paths are off


# A task with sub-tasks three times under other numbers, the third two lines lower than the rest would put it.
TASKS = """关于印发某县重点工作责任分解的通知
一、第一部分
1.建设乡村道路。
(1)修路面。
牵头责任单位:县交通运输局
(2)修桥梁(县住建局负责)。
2.建设乡村道路。
(1)修路面。
牵头责任单位:县交通运输局
(2)修桥梁(县住建局负责)。
二、第二部分
说明的一行
又一行
3.建设乡村道路。
(1)修路面。
牵头责任单位:县交通运输局
(2)修桥梁(县住建局负责)。
"""


def test_a_repeated_task_is_made_with_its_sub_tasks_under_its_own_number() -> None:
    expected = plain_json(TASKS)
    notice = fyplan.parse(TASKS)
    assert len(itemmemo.TaskMemo.entries) == 1  # seen in the first, kept in the second, served in the third
    assert to_json(notice) == expected
    again = fyplan.parse(TASKS)  # the first two copies served too now
    assert to_json(again) == expected
    items = [(i.id, i.line) for i in again.items()]
    assert items == [("1.1", 4), ("1.2", 6), ("2.1", 8), ("2.2", 10), ("3.1", 15), ("3.2", 17)]
    tasks = [t for s in again.sections for t in s.all_tasks()]
    assert [(t.id, t.number, t.line, [s.id for s in t.subtasks]) for t in tasks] == [
        ("1", 1, 3, ["1.1", "1.2"]),
        ("2", 2, 7, ["2.1", "2.2"]),
        ("3", 3, 14, ["3.1", "3.2"]),
    ]


def test_an_item_that_reports_is_read_every_time() -> None:
    body = "1.修路。\n牵头责任单位:县交通局\n协同责任单位:\n"
    text = "一、部分\n" + body + "二、部分\n" + body.replace("1.", "2.") + "三、部分\n" + body.replace("1.", "3.")
    notice = fyplan.parse(text)
    assert itemmemo.Memo.entries == {}
    assert to_json(notice) == plain_json(text)
    assert [d.line for d in notice.diagnostics if "empty" in d.message] == [4, 8, 12]


def _renumbered(text: str, by: int) -> str:
    """``text`` with its task numbers (1. 2、 at a line start) moved on by ``by``."""
    return re.sub(r"^(\d{1,3})(?=[.、])", lambda m: str(int(m.group(1)) + by), text, flags=re.MULTILINE)


def _repeated(notice: Notice, style: Style, lead: int) -> str:
    """The rendered notice three times, the later copies lower by ``lead`` lines of text each and their
    task numbers moved on by 100 each (the same tasks under other numbers)."""
    body = render(notice, style)
    later = [("说明文字一行\n" * lead) + _renumbered(body, 100 * k) for k in (1, 2)]
    return "\n".join([body, *later])


@settings(max_examples=60, deadline=None)
@given(notices(), styles(), st.integers(min_value=0, max_value=3))
def test_generated_notices_read_alike_with_and_without_the_memo(notice: Notice, style: Style, lead: int) -> None:
    text = _repeated(notice, style, lead)
    itemmemo.Memo.cache_clear()
    fast = to_json(fyplan.parse(text))
    served = to_json(fyplan.parse(text))  # every item the memo holds comes from it now
    assert fast == plain_json(text)
    assert served == fast


def test_the_keys_met_once_are_remembered_until_the_table_is_emptied() -> None:
    seen = itemmemo._Seen()
    first = [("key", n) for n in range(3)]
    assert [seen.met(k) for k in first] == [False, False, False]
    assert [seen.met(k) for k in first] == [True, True, True]
    seen.count = itemmemo._Seen.LIMIT  # as if the table held that many keys
    # Full: the next new key empties the table and is remembered alone.
    assert not seen.met(("another",))
    assert seen.count == 1
    assert seen.met(("another",))
    assert not seen.met(first[0])


@settings(max_examples=60, deadline=None)
@given(notices(), st.integers(min_value=-3, max_value=500), st.booleans())
def test_a_task_made_straight_is_the_task_of_its_fields(notice: Notice, line: int, point: bool) -> None:
    # itemmemo._task sets Task's slots through their descriptors: the same task, field by field (line too,
    # which Task's equality leaves out).
    for task in notice.tasks():
        for t in (task, *task.subtasks):
            values = [getattr(t, a.name) for a in attrs.fields(Task)]
            values[-2:] = [line, point]
            fast, slow = itemmemo._task(*values), Task(*values)
            assert type(fast) is Task
            for a in attrs.fields(Task):
                assert getattr(fast, a.name) == getattr(slow, a.name), a.name
            assert fast == slow and hash(fast) == hash(slow)


@pytest.mark.parametrize("trailing", [None, [], [(5, "说明")]])
@pytest.mark.parametrize("children", [(), "one"])
@pytest.mark.parametrize("flags", [(False, False), (True, False), (False, True)])
def test_a_made_built_is_the_built_of_its_fields(
    trailing: list[tuple[int, str]] | None, children: object, flags: tuple[bool, bool]
) -> None:
    task = Task("1", 1, "全市生产总值增长6%。", line=3)
    shape = shared_label_shape((("lead", "牵头单位"),), (1,))
    kids = [Built(Task("1.1", 1, "一项。", line=4), None, shape, 4, 5)] if children == "one" else []
    inline, after_head = flags
    fast = made_built(task, list(trailing) if trailing else trailing, shape, 3, 4, inline, after_head, list(kids))
    slow = Built(task, list(trailing) if trailing else trailing, shape, 3, 4, inline, after_head, list(kids))
    for field in attrs.fields(Built):
        assert getattr(fast, field.name) == getattr(slow, field.name), field.name
        assert type(getattr(fast, field.name)) is type(getattr(slow, field.name)), field.name


def test_an_item_read_under_one_notices_convention_is_not_given_to_another() -> None:
    # Notice A's duty lines stand above their items (its first lines are a duty before any item): the line after
    # item 1 is item 2's. Notice B writes each item's duties after it: the same two lines are item 1 and its own
    # duty. Read A often enough for its items to be kept, then B: B's items are B's reading, not A's replayed.
    above = "某县重点工作\n牵头单位:县发改局\n1.完成甲任务。\n牵头单位:县财政局\n2.完成乙任务。\n牵头单位:县教育局\n3.完成丙任务。\n"
    below = "某县重点工作\n1.完成甲任务。\n牵头单位:县财政局\n2.完成乙任务。\n牵头单位:县教育局\n"
    for _ in range(3):
        first = fyplan.parse(above)
    assert [[u.name for u in i.lead_units] for i in first.items()] == [["县发改局"], ["县财政局"], ["县教育局"]]
    second = fyplan.parse(below)
    assert [[u.name for u in i.lead_units] for i in second.items()] == [["县财政局"], ["县教育局"]]
