"""Layout recovery, property-based: it keeps every character, and a notice whose lines are joined
into one, or hard-wrapped at 30 columns, reads the same items as the notice itself."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

import fyplan
from fyplan.model import Notice
from fyplan.read.decode import normalize
from fyplan.read.layout import recover
from fyplan.strategies import notices, styles
from fyplan.write.render import STYLES, Style, render

# Characters that make numbering, brackets, labels and sentences: what the splitter looks at.
PIECES = st.sampled_from(
    ["一、", "二、", "(一)", "(二)", "1.", "2.", "3、", "(1)", "(2)", "1。", "2.5%", "12", "。", "、", ",", ";", ":",
     "(", ")", "〔", "〕", "【", "】", " ", "\n", "牵头单位:", "责任单位:", "市发改委", "牵头", "配合", "负责",
     "推进工作", "增长", "年内完成"]
)  # fmt: skip


def items_of(notice: Notice) -> list[tuple[str, str, object]]:
    return [(item.id, item.text.replace("\n", ""), item.duties) for item in notice.items()]


@given(st.lists(PIECES, max_size=60).map("".join))
def test_layout_keeps_every_character(raw: str) -> None:
    text = normalize(raw)
    layout = recover(text)
    # Every character kept, in order; the only ones added close a bracket of fields the page left open at
    # its line's end (…(牵头单位:甲局 then the next item).
    assert _kept_adding_closers("".join(text.split()), "".join(layout.text.split()))
    if layout.origin is not None:
        assert len(layout.origin) == layout.text.count("\n") + 1
        assert list(layout.origin) == sorted(layout.origin)  # source lines in order, none invented
        assert all(1 <= n <= text.count("\n") + 1 for n in layout.origin)


def _kept_adding_closers(before: str, after: str) -> bool:
    """Is ``after`` ``before`` with only ")" added, and 单位 after a role word alone before its colon (牵头:甲局 is
    read as 牵头单位:甲局, the label it stands for)?"""
    i = k = 0
    while k < len(after):
        ch = after[k]
        if i < len(before) and ch == before[i]:
            i += 1
        elif after.startswith("单位:", k) and before.startswith(":", i) and before[max(0, i - 2) : i] in _ROLES:
            k += 2
            continue
        elif ch != ")":
            return False
        k += 1
    return i == len(before)


_ROLES = ("牵头", "配合", "协同", "协助", "参与")


def test_kept_adding_closers() -> None:
    assert _kept_adding_closers("(牵头单位:甲局", "(牵头单位:甲局)")
    assert not _kept_adding_closers("(牵头单位:甲局", "(牵头单位:甲)")
    assert not _kept_adding_closers("甲局", "甲局。")
    assert not _kept_adding_closers("甲局)", "甲局")
    assert _kept_adding_closers("牵头:甲局", "牵头单位:甲局")
    assert not _kept_adding_closers("甲局:乙", "甲局单位:乙")
    assert not _kept_adding_closers("牵头:甲局", "牵头单位甲局")


def _body_and_rest(text: str, notice: Notice) -> tuple[list[str], list[str], list[str]]:
    lines = [line for line in text.split("\n") if line.strip()]
    first = next(i for i, line in enumerate(lines) if line.strip().startswith("一"))
    end = next(i for i, line in enumerate(lines) if line.strip().startswith(notice.closing[:8]))
    return lines[:first], lines[first:end], lines[end:]


def _rewrapped(notice: Notice, style: Style, width: int | None) -> str | None:
    """The notice with its body on one line, or hard-wrapped at ``width``; None when the body is
    too short to be recognised as wrapped (a hard wrap shows only in the lengths of many lines)."""
    head, body, tail = _body_and_rest(render(notice, style), notice)
    joined = "".join(line.strip() for line in body)
    if width is None:
        middle = [joined]
    else:
        if len(joined) < 10 * width:
            return None
        middle = [joined[i : i + width] for i in range(0, len(joined), width)]
    # A blank line ends the body, as a paragraph break ends the last wrapped line of a PDF.
    return "\n".join([*head, *middle, "", *tail])


@given(notices(), styles(), st.sampled_from([None, 30]))
def test_rewrapped_notice_reads_the_same_items(notice: Notice, style: Style, width: int | None) -> None:
    text = _rewrapped(notice, style, width)
    assume(text is not None)
    assert text is not None
    assert items_of(fyplan.parse(text)) == items_of(notice)


def test_the_example_rewrapped_in_every_named_style() -> None:
    example = fyplan.example()
    for name, style in STYLES.items():
        for width in (None, 30):
            text = _rewrapped(example, style, width)
            assert text is not None
            assert items_of(fyplan.parse(text)) == items_of(example), (name, width)


# A notice wrapped at 30 characters (hypothesis found it): lines end in …完成投资100亿元。(1) , …。(2), …。(3) — the next
# point's number cut onto the line before, not numbers printed after their items' text — so no number moves to a line's
# start (it once put 1. inside 东湖经开区管 / 委会).
WRAPPED_POINT_NUMBERS = "\n".join(
    [
        "青溪市人民政府关于2018年重点工作及责任分解的通知",
        "各县、市、区人民政府,市政府各部门:",
        "现将重点工作及责任分解印发给你们,请认真组织实施。",
        "一、深化放管服改革(一)推进老旧小区改造1. 推进老旧小区改",
        "造,新增规模以上工业企业70家。(1) 培育新兴产业,增长8",
        ".5%。牵头负责领导:王东、市政府秘书长。牵头责任单位:市财",
        "政局、各直属机构、各县区人民政府。协同责任单位:东湖经开区管",
        "委会等。2. 推进老旧小区改造,完成投资100亿元。(1) ",
        "优化营商环境,新增规模以上工业企业70家。牵头负责领导:市政",
        "府常务副市长、王东。牵头责任单位:市发展改革委、市发展改革委",
        "、市自然资源和规划局、市交通运输局等。协同责任单位:市经济和",
        "信息化局、市发展改革委。完成时限:2023年6月底前。(2)",
        " 深化放管服改革。牵头负责领导:市政府常务副市长、市政府秘书",
        "长、市政府副秘书长。牵头责任单位:市住房城乡建设局。(3) ",
        "加快推进产业园区建设。牵头负责领导:王东。牵头责任单位:市发",
        "展改革委、市财政局、市财政局、市财政局。(二)实施乡村振兴战",
        "略3. 优化营商环境,增长8.5%。牵头负责领导:王东、市政",
        "府秘书长。牵头责任单位:市发展改革委、市财政局、各直属机构。",
        "协同责任单位:市自然资源和规划局等。4. 深化放管服改革。(",
        "1) 扩大有效投资。牵头责任单位:市发展改革委。(2) 加强",
        "生态环境保护,达到90%以上。牵头责任单位:市发展改革委、市",
        "发展改革委、市发展改革委。完成时限:长期坚持。(3) 加快推",
        "进产业园区建设。牵头责任单位:市发展改革委。",
        "",
        "各地各部门要强化责任意识,确保各项任务落到实处。",
        "青溪市人民政府",
        "2018年1月1日",
    ]
)


def test_point_numbers_cut_onto_the_line_before_stay_where_they_are() -> None:
    items = list(fyplan.parse(WRAPPED_POINT_NUMBERS).items())
    assert [item.id for item in items[:4]] == ["1.1", "2.1", "2.2", "2.3"]
    assert items[0].text.replace("\n", "") == "培育新兴产业,增长8.5%。"
    assert [u.name for u in items[0].duties.cooperating_units] == ["东湖经开区管委会"]
    assert items[1].text.replace("\n", "").startswith("优化营商环境")
