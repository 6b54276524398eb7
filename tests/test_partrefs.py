"""Sentences that name who answers for whole parts of a list by the parts' numbers (fyplan.read.partrefs)."""

from fyplan.read.partrefs import part_roles


def test_subsections_and_a_range() -> None:
    found = part_roles("第(一)(二)方面任务由常务副市长周斌负责,第(三)至(五)方面任务由副市长林海燕负责。")
    assert [(p.subsections, sorted(p.numbers), [x.name for x in p.roles.leaders]) for p in found] == [
        (True, [1, 2], ["周斌"]),
        (True, [3, 4, 5], ["林海燕"]),
    ]


def test_sections_by_bare_numerals_and_a_clause_of_bodies() -> None:
    found = part_roles("第一、二部分工作由市发改委牵头,市财政局配合;第三部分由市人社局负责。")
    assert [(p.subsections, sorted(p.numbers)) for p in found] == [(False, [1, 2]), (False, [3])]
    assert [u.name for u in found[0].roles.lead_units] == ["市发改委"]
    assert [u.name for u in found[0].roles.cooperating_units] == ["市财政局"]


def test_no_part_named_or_no_one_named() -> None:
    assert part_roles("第一部分:主要任务") == ()
    assert part_roles("第二方面任务由各地结合实际推进。") == ()
    assert part_roles("各部门要高度重视,抓好落实。") == ()
