"""Numeric targets inside an item's text: 增长8.5%, 新增规模以上工业企业70家, 压缩至3个工作日以内.

Numbers that are not commitments are masked first: years and dates, names with
digits (PM2.5, 345国道), quoted labels (“351”), ordinals (第二届). Each remaining
number takes its scale (万/亿), unit, bound (以上/以内/左右, 突破/不超过), the verb
that governs it and the indicator it measures, from the clause around it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import Literal

from fyplan.hanzi import simplified
from fyplan.model import Bound, Target

_MASK = "\x00"  # years, dates, document numbers: trimmed from an indicator's ends
_KEEP = "\x01"  # names with digits and quoted labels: masked from numbers, kept in an indicator
# The lookahead names the characters a match can start with, so that ``re`` tries the alternatives only
# there, not at every character (issue 13: the masks of 1 MB of new text 3.0 -> 1.2 ms).
_NOT_TARGETS = re.compile(
    r"(?=[“\"「《〔\dA-Za-z第(])"
    r"(?:“[^”]*”|\"[^\"]*\"|「[^」]*」|《[^》]*》|〔[^〕]*〕"  # quoted labels, titles, document numbers
    r"|\(\d{1,2}\)"  # a point's number ((1)…(2)… in a task's text), no figure
    r"|\d{4}(?:年(?:度)?|(?=[\u4e00-\u9fff]{2,}(?:大会|会议|论坛|博览会|运动会)))"  # years, 2019世界制造业大会
    r"|\d{1,2}月(?:\d{1,2}日)?(?:底|前|中旬|上旬|下旬)?|\d{1,2}日"  # dates
    r"|[A-Za-z]+\d+(?:\.\d+)?|\d+(?:\.\d+)?[A-Za-z]+"  # PM2.5, 5G, G3
    r"|\d+(?:国道|省道|县道|高速|号线|号|路|届|期|次会议|周年|强)"  # names and ordinals with digits, 世界500强
    r"|\d{4}(?=[—–\-~至到]\d{4}年)"  # the first year of a span, (2021—2035年)
    r"|\d{1,3}(?:周岁|岁)(?=以上|以下|及以上|及以下|至)"  # an age that names a group, 65周岁以上老人
    r"|第\d+|\d+\+\d+)"  # ordinals, 1+4+8
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_UNITS = sorted(
    [
        "%",
        "个百分点",
        "微克/立方米",
        "个工作日",
        "工作日",
        "美元",
        "元",
        "平方公里",
        "平方米",
        "公里",
        "千米",
        "米",
        "公顷",
        "亩",
        "吨",
        "万千瓦",
        "千瓦",
        "兆瓦",
        "户",
        "人次",
        "人",
        "家",
        "个",
        "项",
        "所",
        "套",
        "座",
        "条",
        "辆",
        "台",
        "张",
        "间",
        "名",
        "处",
        "件",
        "天",
        "小时",
        "分钟",
        "次",
        "场",
        "批",
        "栋",
        "只",
        "头",
        "株",
        "床",
        "立方米",
        "标箱",
        "千伏",
        "倍",
        "年",
    ],
    key=len,
    reverse=True,
)
# A number's unit: the first of ``_UNITS`` (longest first) the text after it starts with, in one match
# instead of a startswith per unit (~50 per number).
_UNIT = re.compile("|".join(map(re.escape, _UNITS)))
# Any decimal digit: every number ``_NUMBER`` finds holds one, and OpenCC's simplified form makes none.
_DIGIT = re.compile(r"\d")
# Degree verbs state the level reached: the one next to the number governs it (…就业达50%).
_DEGREE = [
    "增长",
    "下降到",
    "下降至",
    "下降",
    "降低到",
    "降低至",
    "降低",
    "降至",
    "降到",
    "减少到",
    "减少",
    "提高到",
    "提高至",
    "提高",
    "提升到",
    "提升至",
    "提升",
    "达到",
    "达",
    "突破",
    "超过",
    "扩大到",
    "扩大至",
    "发展到",
    "发展至",
    "压缩至",
    "压缩到",
    "控制在",
    "控制到",
    "保持在",
    "稳定在",
    "增加到",
    "增加",
]
# Action verbs take an object: the first one in the clause governs (实施棚户区改造32771套).
_ACTION = [
    "新增",
    "新建",
    "新改建",
    "改建",
    "扩建",
    "修建",
    "铺设",
    "新开工",
    "建成",
    "完成",
    "实施",
    "建设",
    "改造提升",
    "改造",
    "创建",
    "设立",
    "培育",
    "引进",
    "开工",
    "改扩建",
    "加快",
    "打造",
    "建立",
    "争创",
    "开展",
    "组织",
    "举办",
    "招引",
    "签约",
    "安置",
    "培训",
    "认证",
    "安排",
]
_DEGREE_AT_END = re.compile("(?:" + "|".join(sorted(_DEGREE, key=len, reverse=True)) + r")$")
_ACTION_VERB = re.compile(
    "(?:" + "|".join(sorted(_ACTION, key=len, reverse=True)) + r")(?:、(?:" + "|".join(_ACTION) + "))*"
)
_FILLERS = re.compile(
    r"^(?:力争|确保|争取|努力|全年|基本|进一步|年内|今年|继续|并|同时|其中|使|再)+|(?:力争|确保|争取|努力)+$"
)
# What a "N…以上" directly before a noun qualifies: 亿元以上项目, 5000万元以上企业.
_QUALIFIES = re.compile(r"(?:的)?(?:重点|工业|龙头|规上)?(?:项目|企业|产业|园区|投资项目)")
_HARD_BOUNDARY = "。;:,!?\n"
_STOPS = ",。;:、的" + _HARD_BOUNDARY  # where an indicator after its number ends
_SOFT_BOUNDARY = "、和及与"
# Bounds written before the number, longest first: 不超过 must not read as 超过, 不低于 as 低于.
_BOUNDS_BEFORE: tuple[tuple[str, Bound], ...] = (
    ("不低于", "at_least"),
    ("不少于", "at_least"),
    ("不超过", "at_most"),
    ("不高于", "at_most"),
    ("至少", "at_least"),
    ("突破", "at_least"),
    ("超过", "at_least"),
    ("高于", "at_least"),
    ("低于", "at_most"),
    ("控制在", "at_most"),
)
_BOUNDS_AFTER: tuple[tuple[str, Bound], ...] = (
    ("以上", "at_least"),
    ("以内", "at_most"),
    ("以下", "at_most"),
    ("左右", "about"),
)
# Bound words that only qualify the number, never govern it as a verb would (突破, 超过 can).
_QUALIFIER_BEFORE = re.compile(r"(?:不低于|不少于|不超过|不高于|至少)$")


def _mark(m: re.Match[str]) -> str:
    found = m[0]
    first = found[0]
    quoted = first in '“"「'
    dated = not quoted and (first in "《〔(" or "年" in found or "月" in found or "日" in found)
    return (_MASK if dated else _KEEP) * len(found)


def _mask(text: str) -> str:
    return _NOT_TARGETS.sub(_mark, text)


# What an indicator's ends lose: masked characters, spaces, joiners, 的.
_TRIMMED = _MASK + " 、和及与的"


def _clean(text: str, masked: str, start: int, end: int) -> str:
    """The indicator in ``text[start:end]``: masked ends (years …), fillers and joiners trimmed."""
    while start < end and masked[start] in _TRIMMED:
        start += 1
    while end > start and masked[end - 1] in _TRIMMED:
        end -= 1
    indicator = text[start:end]
    previous = None
    while previous != indicator:
        previous = indicator
        indicator = _FILLERS.sub("", indicator).strip(" 、")
    return indicator


# The bound words by their length, looked up by the characters before and after a number instead of a
# startswith / endswith per word (issue 13). After: all two characters. Before: three characters first (不超过
# before 超过, as _BOUNDS_BEFORE orders them), then two; no word of one length ends another of the other but
# those. tests/test_targets_scan.py holds _bound to the ordered search.
_AFTER_WORDS = dict(_BOUNDS_AFTER)
_BEFORE_WORDS = [{w: b for w, b in _BOUNDS_BEFORE if len(w) == n} for n in (3, 2)]


def _bound(before: str, after: str) -> tuple[Bound, int]:
    """The bound and how many characters of ``after`` it takes."""
    bound = _AFTER_WORDS.get(after[:2])
    if bound is not None:
        return bound, 2
    three, two = _BEFORE_WORDS
    bound = three.get(before[-3:]) or two.get(before[-2:])
    return (bound, 0) if bound is not None else ("exactly", 0)


@lru_cache(maxsize=512)
def extract_targets(text: str) -> tuple[Target, ...]:
    """Every numeric commitment in ``text``, in order (traditional text is read in simplified form,
    so its indicators come out simplified)."""
    if _DIGIT.search(text) is None:
        return ()  # no number (also where str.isdigit holds for ① or ², which _NUMBER never reads)
    text = simplified(text)
    masked = _mask(text)
    found: list[Target] = []
    ends: list[int] = []
    for m in _NUMBER.finditer(masked):
        start, end = m.span()
        if start and masked[start - 1] == ".":
            continue
        value = float(m.group())
        rest = text[end:]
        scale: Literal["万", "亿"] | None = None
        if rest[:1] in ("万", "亿"):
            scale = "万" if rest[0] == "万" else "亿"
            rest = rest[1:]
        found_unit = _UNIT.match(rest)
        unit = found_unit.group() if found_unit else ""
        rest = rest[len(unit) :]
        # map, not a generator: no Python frame per boundary character
        clause_start = max(map(masked.rfind, _HARD_BOUNDARY, repeat(0), repeat(start))) + 1
        before = masked[clause_start:start]
        bound, used = _bound(before, rest)
        tail = rest[used:]
        if bound == "at_least" and unit in ("元", "美元") and _QUALIFIES.match(tail):
            continue  # 10亿元以上项目: a class of projects, not a commitment (20家以上企业 is one)
        tail_start = len(text) - len(tail)
        verb, indicator = _verb_and_indicator(text, masked, clause_start, start, tail_start, found, ends)
        found.append(Target(indicator, verb, value, scale, unit, bound))
        ends.append(tail_start)
    return tuple(found)


def _verb_and_indicator(
    text: str, masked: str, clause_start: int, start: int, tail_start: int, found: list[Target], ends: list[int]
) -> tuple[str, str]:
    # A value in a list after another one (12%和15%, 398公里、农村道路3018公里) starts after the joiner.
    seg_start = clause_start
    continues = bool(found) and ends[-1] > clause_start
    if continues:
        # …3个贫困县区摘帽、18个贫困村出列: this value's clause starts after the last joiner.
        joiner = max(masked.rfind(ch, ends[-1], start) for ch in _SOFT_BOUNDARY)
        seg_start = max(ends[-1], joiner + 1)
    qualifier = _QUALIFIER_BEFORE.search(masked, seg_start, start)
    if qualifier:
        start = qualifier.start()  # 设立不低于1亿元…: 不低于 is the bound, not the indicator
    segment = masked[seg_start:start]
    degree = _DEGREE_AT_END.search(segment)
    action = _ACTION_VERB.search(segment)
    if degree:
        verb = degree.group()
        indicator = _clean(text, masked, seg_start, seg_start + degree.start())
    elif action:
        # 亿元以上项目完成投资900亿元: subject and object together say what is measured.
        verb = action.group()
        subject = _clean(text, masked, seg_start, seg_start + action.start())
        indicator = subject + _clean(text, masked, seg_start + action.end(), start)
    else:
        verb = found[-1].verb if continues else ""
        indicator = _clean(text, masked, seg_start, start)
    if "分别" in masked[clause_start:start]:
        return verb, _respectively(text, masked, clause_start, start, ends)
    if not indicator:
        # 设立1亿元中小微企业贷款风险补偿资金: the indicator follows the number.
        stop = tail_start
        while stop < len(masked) and masked[stop] not in _STOPS:
            stop += 1
        indicator = _clean(text, masked, tail_start, stop)
    if not indicator and found:
        indicator = found[-1].indicator
    return verb, indicator


def _respectively(text: str, masked: str, clause_start: int, start: int, ends: list[int]) -> str:
    """工业投资、技改投资分别增长12%和15%: the n-th value goes with the n-th subject."""
    at = masked.find("分别", clause_start, start)
    subjects: list[str] = []
    pos = clause_start
    for part in masked[clause_start:at].split("、"):
        subject = _clean(text, masked, pos, pos + len(part))
        pos += len(part) + 1
        if subject:
            subjects.append(subject)
    if not subjects:
        return ""
    index = sum(1 for e in ends if e > at)
    return subjects[min(index, len(subjects) - 1)]
