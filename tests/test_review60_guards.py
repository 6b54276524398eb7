"""Guards for session 60's reader changes (inputs written for them, in my own words; each test failed before its
mend)."""

from __future__ import annotations

import fyplan
from fyplan.model import Notice
from fyplan.units import says_first_leads


def rows(notice: Notice) -> list[tuple[str, list[str], list[str], list[str]]]:
    return [
        (i.id, [x.name for x in i.leaders], [u.name for u in i.lead_units], [u.name for u in i.cooperating_units])
        for i in notice.items()
    ]


def test_a_thing_ranked_first_is_no_note_that_the_first_body_leads() -> None:
    # 位列第一位 / 名列首位: a matter ranked first among others; 排在第一位的为牵头单位 is the note
    assert not says_first_leads("治理大气污染被列为“一号实事”,在全年30件实事中位列第一位。")
    assert not says_first_leads("全市考核中该区名列首位。")
    assert says_first_leads("(各项任务所列单位中,排在第一位的为牵头单位)")
    assert says_first_leads("(列第一位的为牵头单位)")


def test_a_news_page_ranking_a_matter_first_leaves_its_lists_unsplit() -> None:
    # the article ranks a matter first; the list's 主要负责单位 names no lead among its bodies: they answer alike
    text = (
        "治理大气污染被列为“一号实事”,在全年30件实事中位列第一位。\n\n"
        "1.建成细颗粒物监测网络,改善空气质量。主要负责单位:市生态环境局、市气象局\n"
        "2.新开公交线路40条。主要负责单位:市交通委、各区政府\n"
    )
    got = rows(fyplan.parse(text))
    assert [(lead, coop) for _, _, lead, coop in got] != [
        (["市生态环境局"], ["市气象局"]),
        (["市交通委"], ["各区政府"]),
    ]
    assert all(len(lead) + len(coop) == 2 and (not lead or not coop) for _, _, lead, coop in got)
