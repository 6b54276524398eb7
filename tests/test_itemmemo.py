"""Each distinct item read once (fyplan/read/itemmemo.py, issue 13): an item made from an earlier reading
is the item the builder would read, its number, id and line numbers where it stands now."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fyplan
from fyplan import fastpaths
from fyplan.model import Notice
from fyplan.read import itemmemo
from fyplan.strategies import notices, styles
from fyplan.write.export import to_json
from fyplan.write.render import Style, render


@pytest.fixture(autouse=True)
def empty_memo() -> Iterator[None]:
    itemmemo.Memo.cache_clear()
    yield
    itemmemo.Memo.cache_clear()


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
    assert itemmemo.Memo.entries
    with fastpaths.plain():
        assert not itemmemo.Memo.entries and not itemmemo.Memo.seen
        fyplan.parse(REPEATED)
        assert not itemmemo.Memo.seen  # not asked while the fast paths are off


def test_an_item_that_reports_is_read_every_time() -> None:
    body = "1.修路。\n牵头责任单位:县交通局\n协同责任单位:\n"
    text = "一、部分\n" + body + "二、部分\n" + body.replace("1.", "2.") + "三、部分\n" + body.replace("1.", "3.")
    notice = fyplan.parse(text)
    assert itemmemo.Memo.entries == {}
    assert to_json(notice) == plain_json(text)
    assert [d.line for d in notice.diagnostics if "empty" in d.message] == [4, 8, 12]


def _repeated(notice: Notice, style: Style, lead: int) -> str:
    """The rendered notice three times, the later copies lower by ``lead`` lines of text each."""
    body = render(notice, style)
    return "\n".join([body, *(("说明文字一行\n" * lead) + body for _ in range(2))])


@settings(max_examples=60, deadline=None)
@given(notices(), styles(), st.integers(min_value=0, max_value=3))
def test_generated_notices_read_alike_with_and_without_the_memo(notice: Notice, style: Style, lead: int) -> None:
    text = _repeated(notice, style, lead)
    itemmemo.Memo.cache_clear()
    fast = to_json(fyplan.parse(text))
    served = to_json(fyplan.parse(text))  # every item the memo holds comes from it now
    assert fast == plain_json(text)
    assert served == fast
