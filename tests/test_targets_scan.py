"""The quicker scans of ``fyplan.targets`` (issue 13) answer as the forms they replaced: the mask pattern with
its lookahead as the bare alternatives, one match of the unit pattern as a startswith per unit, and the
digit check before reading a text as ``str.isdigit`` over it."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from fyplan import targets
from fyplan.hanzi import simplified

# The mask's pattern as it was before the lookahead (copied from targets.py at ea79418).
PLAIN_NOT_TARGETS = re.compile(
    r"“[^”]*”|\"[^\"]*\"|「[^」]*」|《[^》]*》|〔[^〕]*〕"
    r"|\(\d{1,2}\)"  # (and a point's number, added later)
    r"|\d{4}(?:年(?:度)?|(?=[\u4e00-\u9fff]{2,}(?:大会|会议|论坛|博览会|运动会)))"
    r"|\d{1,2}月(?:\d{1,2}日)?(?:底|前|中旬|上旬|下旬)?|\d{1,2}日"
    r"|[A-Za-z]+\d+(?:\.\d+)?|\d+(?:\.\d+)?[A-Za-z]+"
    r"|\d+(?:国道|省道|县道|高速|号线|号|路|届|期|次会议|周年)"
    r"|第\d+|\d+\+\d+"
)

# Pieces that start, end or just miss each alternative: quotes and brackets open and closed, years, dates,
# letters beside digits, ordinals, names with digits, digits that are not ASCII (full width, Arabic-Indic,
# circled, superscript), and plain words between them.
PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "「",
        "」",
        "《",
        "》",
        "〔",
        "〕",
        "(",
        ")",
        "2019",
        "12",
        "3",
        ".",
        "5",
        "+",
        "年",
        "度",
        "月",
        "日",
        "底",
        "中旬",
        "世界制造业大会",
        "论坛",
        "PM",
        "G",
        "g",
        "国道",
        "号线",
        "届",
        "次会议",
        "第",
        "１２",
        "٣",
        "①",
        "²",
        "增长",
        "亿元",
        "个百分点",
        "以上",
        "，",
        "。",
        " ",
        "推进",
    ]
)
TEXTS = st.lists(PIECES, max_size=20).map("".join)


@given(TEXTS)
def test_the_mask_pattern_matches_where_the_bare_alternatives_do(text: str) -> None:
    assert [m.span() for m in targets._NOT_TARGETS.finditer(text)] == [
        m.span() for m in PLAIN_NOT_TARGETS.finditer(text)
    ]


UNIT_PIECES = st.lists(
    st.sampled_from([*targets._UNITS, "万", "亿", "以上", "个", "工作", "平方", "立方", "微克", "/"]), max_size=4
).map("".join)


@given(UNIT_PIECES)
def test_the_unit_is_the_first_of_the_list_the_text_starts_with(rest: str) -> None:
    found = targets._UNIT.match(rest)
    assert (found.group() if found else "") == next((u for u in targets._UNITS if rest.startswith(u)), "")


@given(TEXTS)
def test_a_text_without_a_decimal_digit_has_no_number_to_read(text: str) -> None:
    # extract_targets reads numbers with _NUMBER in the simplified text; where the text has no decimal
    # digit (even with ① or ², which str.isdigit takes) there is none to find, as before the quick check.
    if targets._DIGIT.search(text) is None:
        assert targets._NUMBER.search(targets._mask(simplified(text))) is None
        assert targets.extract_targets(text) == ()


def test_circled_and_superscript_figures_are_no_targets() -> None:
    assert targets.extract_targets("①推进项目建设²") == ()
    assert targets.extract_targets("新增企业１２家") != ()  # full-width digits are decimal digits: read as before


def test_a_points_number_is_no_target() -> None:
    # 市图书馆(1)门前单车无序;(2)通道堆放杂物。 — a task whose points are its text: (1) and (2) are no figures
    # (they were read as targets with the indicator "(" and values 1, 2, so target>=1 found them).
    assert targets.extract_targets("市图书馆(1)门前单车摆放无序;(2)消防通道堆放杂物。") == ()
    (found,) = targets.extract_targets("(1)新增城镇就业2000人。")
    assert (found.indicator, found.value) == ("城镇就业", 2000.0)


def _ordered_bound(before: str, after: str) -> tuple[str, int]:
    """targets._bound as it was (a startswith / endswith per bound word, in the tables' order)."""
    for word, bound in targets._BOUNDS_AFTER:
        if after.startswith(word):
            return bound, len(word)
    for word, bound in targets._BOUNDS_BEFORE:
        if before.endswith(word):
            return bound, 0
    return "exactly", 0


BOUND_PIECES = st.sampled_from(
    [w for w, _ in targets._BOUNDS_AFTER + targets._BOUNDS_BEFORE]
    + ["不", "以", "超", "过", "于", "低", "制", "在", "少", "至", "增长", "元", "%", "的", ""]
)


@given(st.lists(BOUND_PIECES, max_size=4).map("".join), st.lists(BOUND_PIECES, max_size=4).map("".join))
def test_the_bound_is_the_ordered_searchs(before: str, after: str) -> None:
    assert targets._bound(before, after) == _ordered_bound(before, after)
