"""``units._AND_COLLECTIVE`` with its first lookahead (issue 13: tried only where 和, 及 or 以及 stands) makes
the same replacements as its bare alternatives."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from fyplan import units

# The pattern's alternatives without the lookahead (as at ea79418; its last alternative as extended in session 10 to
# 和 between two bodies' names and to 公司 / 集团 endings; the collectives after 有关 as extended in session 16 to
# places, institutions, schools, hospitals and enterprises; the last as extended in session 19 to 室 / 馆 / 院 / 部门 /
# 单位 / 机构 before the joiner and 部门 / 单位 / 机构 / 馆 / 院 endings after it).
PLAIN_AND_COLLECTIVE = re.compile(
    r"(?<=部门|单位|机构|部門|單位|機構)和(?=各)"
    r"|(?<=[\u4e00-\u9fff]{2})(?:以及|和|及)(?!其)"
    r"(?=各|[\u4e00-\u9fff]{0,4}?(?:有关|相关|有關|相關)[\u4e00-\u9fff]{0,3}?"
    r"(?:单位|部门|單位|部門|机构|機構|企业|企業|学校|學校|医院|醫院|县区|縣區|区县|區縣|市县|市縣|县市|縣市|乡镇|鄉鎮"
    r"|街道|地区|地區))"
    r"|(?:(?<=政府)|(?<=管委会)|(?<=[局委办厅部室馆院])|(?<=中心)|(?<=部门)|(?<=单位)|(?<=机构))"
    r"(?:及|和(?!平|人民政府|政府|管委会))(?!其)"
    r"(?=[\u4e00-\u9fff()]{2,14}?(?:管委会|政府|局|委|办|厅|中心|公司|集团|部门|单位|机构|馆|院)(?:[、,]|$))"
)

# The words each alternative looks for before and after the joiner, the joiners themselves (以 alone too),
# and names, brackets and separators around them.
PIECES = st.sampled_from(
    [
        *("和", "及", "以及", "以", "其", "各", "有关", "相关", "有關", "单位", "部门", "機構", "部門", "县区", "学校"),
        *("政府", "管委会", "局", "委", "办", "中心", "市", "省直", "开发区", "县", "(", ")", "、", ",", " "),
        *("室", "馆", "院", "机构"),
    ]
)


@given(st.lists(PIECES, max_size=16).map("".join))
def test_the_joiners_replaced_are_those_of_the_bare_alternatives(text: str) -> None:
    assert units._AND_COLLECTIVE.sub("、", text) == PLAIN_AND_COLLECTIVE.sub("、", text)


def test_a_collective_after_a_list_is_parted() -> None:
    assert units._AND_COLLECTIVE.sub("、", "省直各部门和各市人民政府") == "省直各部门、各市人民政府"
    assert units._AND_COLLECTIVE.sub("、", "市场监管和知识产权局") == "市场监管和知识产权局"
    assert units._AND_COLLECTIVE.sub("、", "市发改委以及各县区政府") == "市发改委、各县区政府"


GLUED_PIECES = st.sampled_from(
    ["局", "委", "馆", "心", "省", "市", "县", "旗", "档案", "发改", "经信", "、", ",", "a", " "]
)


@given(st.lists(GLUED_PIECES, max_size=12).map("".join))
def test_glued_at_finds_a_place_where_glued_names_does(text: str) -> None:
    assert (units.GLUED_AT.search(text) is None) == (units.GLUED_NAMES.search(text) is None)
