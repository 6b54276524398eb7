"""``tables._list_cut``: where a unit cell's list goes on from one line of the cell to the next, the break inside a name."""

from __future__ import annotations

from fyplan.read import tables


def test_a_place_level_alone_is_the_start_of_a_cut_name() -> None:
    # (…、市 / 建设与管理局: a level alone is never a name, whatever the rest's length)
    assert tables._list_cut("市发改委、市", "城市管理行政执法局")
    assert tables._list_cut("市财政局、区", "自然资源局")


def test_a_branch_with_no_place_goes_on_the_body_above() -> None:
    assert tables._list_cut("商务局、税务局、公安局", "交警大队")


def test_whole_names_are_no_cut() -> None:
    assert not tables._list_cut("市发改委、市财政局", "区教育局")
    assert not tables._list_cut("县发改局、县财政局", "各乡镇人民政府")
