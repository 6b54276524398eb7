"""``Duties.written`` is stored packed (issue 13): lists written as their names joined by 、 keep no
strings. Whatever is given must read back as given, through every way a Duties is made."""

from __future__ import annotations

import copy
import itertools
import json
import pickle

import attrs
from hypothesis import given
from hypothesis import strategies as st

from fyplan.model import _WRITTEN_SLOT, Duties, Leader, Unit, open_ended
from fyplan.write.export import from_dict, to_dict

NAMES = st.sampled_from(["市财政局", "市税务局", "各县、市、区政府", "阜阳经开区", "等", "、", "局", "市发展改革委"])


@st.composite
def _list(draw: st.DrawFn, leaders: bool) -> tuple[tuple[Unit, ...] | tuple[Leader, ...], bool, tuple[str, ...]]:
    """Names, their open-ended flag, and groups: mostly runs of the names as spelled (what a notice
    writes), sometimes anything at all."""
    names = draw(st.lists(NAMES, max_size=5))
    spelled = [draw(st.one_of(st.just(n), NAMES)) for n in names]
    values: tuple[Unit, ...] | tuple[Leader, ...]
    values = (
        tuple(Leader(n) for n in names) if leaders else tuple(Unit(n, w) for n, w in zip(names, spelled, strict=True))
    )
    shown = names if leaders else spelled
    flag = draw(st.booleans())
    runs = draw(st.booleans())
    if names and runs:
        cuts = sorted(draw(st.sets(st.integers(1, len(names) - 1), max_size=len(names) - 1))) if len(names) > 1 else []
        bounds = [0, *cuts, len(names)]
        groups = ["、".join(shown[a:b]) for a, b in itertools.pairwise(bounds)]
        if flag and draw(st.booleans()):
            groups[-1] += "等"
        return values, flag, tuple(groups)
    return values, flag, tuple(draw(st.lists(st.one_of(NAMES, st.text(max_size=6)), max_size=3)))


def _duties(lists: list[tuple[tuple[Unit, ...] | tuple[Leader, ...], bool, tuple[str, ...]]]) -> Duties:
    (leaders, f0, w0), (lead, f1, w1), (coop, f2, w2) = lists
    return Duties(
        leaders=leaders,  # type: ignore[arg-type]
        lead_units=lead,  # type: ignore[arg-type]
        cooperating_units=coop,  # type: ignore[arg-type]
        open_ended=open_ended(f0, f1, f2),
        written=(w0, w1, w2),
    )


LISTS = st.tuples(_list(True), _list(False), _list(False)).map(list)


@given(LISTS)
def test_written_reads_back_as_given(
    lists: list[tuple[tuple[Unit, ...] | tuple[Leader, ...], bool, tuple[str, ...]]],
) -> None:
    duties = _duties(lists)
    given_written = tuple(groups for _, _, groups in lists)
    assert duties.written == given_written
    assert copy.copy(duties).written == given_written
    assert pickle.loads(pickle.dumps(duties)).written == given_written
    # The JSON export writes the lists as given.
    assert json.loads(json.dumps(to_dict_of(duties)["written"])) == [list(g) for g in given_written]


@given(LISTS, st.sampled_from(["lead_units", "cooperating_units", "leaders"]))
def test_evolve_keeps_what_was_written(
    lists: list[tuple[tuple[Unit, ...] | tuple[Leader, ...], bool, tuple[str, ...]]], field: str
) -> None:
    """Other names given to evolve do not change the lists as written (they were written for the old ones)."""
    duties = _duties(lists)
    if field == "leaders":
        other = attrs.evolve(duties, leaders=(Leader("张三"),))
    elif field == "lead_units":
        other = attrs.evolve(duties, lead_units=(Unit("市统计局", "统计局"),))
    else:
        other = attrs.evolve(duties, cooperating_units=(Unit("市统计局", "统计局"),))
    assert other.written == duties.written


def to_dict_of(duties: Duties) -> dict[str, object]:
    from fyplan.write.export import converter

    data: dict[str, object] = converter.unstructure(duties)
    return data


def test_names_joined_by_the_list_mark_keep_no_strings() -> None:
    lead = (Unit("阜阳经开区管委会", "阜阳经开区"), Unit("阜合现代产业园区管委会", "阜合现代产业园区管委会"))
    coop = (Unit("市财政局", "市财政局"), Unit("市税务局", "市税务局"), Unit("各县市区人民政府", "各县市区人民政府"))
    duties = Duties(
        leaders=(Leader("李红"),),
        lead_units=lead,
        cooperating_units=coop,
        open_ended=open_ended(False, False, True),
        written=(("李红",), ("阜阳经开区、阜合现代产业园区管委会",), ("市财政局、市税务局", "各县市区人民政府等")),
    )
    packed = _WRITTEN_SLOT.__get__(duties)
    assert packed == (None, None, (2, 1))
    assert duties.written == (
        ("李红",),
        ("阜阳经开区、阜合现代产业园区管委会",),
        ("市财政局、市税务局", "各县市区人民政府等"),
    )
    # A list written otherwise (等 inside, a comma the names do not show) keeps its strings.
    other = attrs.evolve(duties, written=(("李红",), ("阜阳经开区等、阜合现代产业园区管委会",), ()))
    assert _WRITTEN_SLOT.__get__(other) == (None, ("阜阳经开区等、阜合现代产业园区管委会",), ())
    assert other.written == (("李红",), ("阜阳经开区等、阜合现代产业园区管委会",), ())


def test_a_notice_round_trips_through_json_with_its_lists_as_written() -> None:
    import fyplan

    notice = fyplan.example()
    again = from_dict(to_dict(notice))
    assert [i.duties.written for i in again.items()] == [i.duties.written for i in notice.items()]
    assert to_dict(again) == to_dict(notice)


def test_groups_that_cut_a_name_keep_their_strings() -> None:
    """The whole list agrees with the names, but a comma falls inside a name (各县、市、区政府)."""
    coop = (Unit("各县、市、区政府", "各县、市、区政府"), Unit("市财政局", "市财政局"))
    written = ((), (), ("各县", "市、区政府、市财政局"))
    duties = Duties(cooperating_units=coop, written=written)
    assert duties.written == written
    assert _WRITTEN_SLOT.__get__(duties) == (None, None, ("各县", "市、区政府、市财政局"))
