"""Guards for session 61's reader changes (inputs written for them, in my own words; each test failed before its
mend)."""

from __future__ import annotations

from fyplan.units import split_names


def test_and_joins_a_body_to_the_places_along_the_work() -> None:
    # 沿线乡镇, 沿江县区: the places the work runs along, a collective as 有关乡镇 is; not a tail of the body before it
    assert split_names("县交通局、县建设局、县林业局和沿线乡镇").names == (
        "县交通局",
        "县建设局",
        "县林业局",
        "沿线乡镇",
    )
    assert split_names("市水利局和沿江县区").names == ("市水利局", "沿江县区")
    # a body's own name keeps its 和
    assert split_names("县人力资源和社会保障局").names == ("县人力资源和社会保障局",)
