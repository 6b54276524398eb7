"""Tables flattened one cell per line (序号 / 重点工作 / 牵头责任单位 / 协同责任单位 / 任务来源 …).

Each row is rewritten in place, one line for one line, into the labelled form the notice
grammar reads (``1.`` then ``牵头责任单位:…``), so line numbers keep pointing at the file.
Empty cells vanish when a table is flattened and a unit cell may span several lines, so the
cells of a row are aligned to the columns by a small dynamic programme that scores how well
each line fits each column. Columns that are not duties (任务来源, 备注, 完成情况 …) become
item notes, returned beside the text.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import TypeVar

import attrs

from fyplan import fastpaths
from fyplan.grammars import lexicon, words
from fyplan.hanzi import simplified
from fyplan.lazyre import lazy
from fyplan.model import Leader
from fyplan.numerals import DASH_POINT, chinese_number, to_chinese
from fyplan.read.cellwraps import Wraps, name_cut
from fyplan.read.clauses import label_kind, names_and_verbs, names_role, opens_field
from fyplan.read.decode import without_pinyin
from fyplan.read.front import (
    ATTACHMENT_LINE,
    PAGE_LINE,
    SIGNED_ON,
    is_chrome,
    is_footer,
    is_junk,
    signature_at,
    signed_by,
)
from fyplan.read.gates import SERIAL
from fyplan.read.scans import holds
from fyplan.units import (
    DOTTED_NAME,
    OFFICE_KINDS,
    SHARED_SUFFIXES,
    TWO_SPACED,
    bare_person,
    ends_like_unit,
    leaders_of,
    looks_like_unit,
    named_after_post,
    names_its_place,
    person_after_office,
    person_before_office,
    post_alone,
    split_names,
    surname,
    titled_person,
)

# A row's 序号 cell: 12, or 12* (a mark on the tasks the place leads).
_NUMBER = re.compile(r"^\d{1,4}[*＊]?$")
# A note in brackets after a header cell: 重点工作任务(杭州市2项配合工作).
_HEADER_NOTE = re.compile(r"\([^()]*\)$")
# A group row of a table (一、扩大有效投资, (二)…): a heading between its rows.
# (（一）…: full-width brackets, as a table read before the text is normalised prints them)
GROUP_ROW = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])")
# The same where rows have no number of their own: (1) heads a group of them too.
_UNNUMBERED_GROUP = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)(?=[^\d]))"
)
# 王东, 王 东 (a two-character name is often spaced out to the width of a three-character one).
_PERSON = lazy(r"^[\u4e00-\u9fff](?: {1,2}|\u3000)?[\u4e00-\u9fff]{1,3}$")
_ROLE = re.compile(r"(?:长|书记|主任|领导)$")
_HEADER_CELL = re.compile(r"^[^。,;:、]{1,14}$")
# (建议题目, 提案标题: a deputy's suggestion or a motion, by its title — the column beside it, 建议号, is its number)
TEXT_WORDS = ("工作", "目标", "任务", "内容", "事项", "措施", "指标", "举措", "案由", "题目", "标题")
# 单位 alone heads the unit of measure (%, 万亩) in target tables, not a body.
_MEASURE_UNIT = ("单位", "计量单位", "指标单位")
# Columns saying when: 完成时限, 时间节点, 计划完成时间, 完成节点, 进度安排 … (before 完成 makes a note).
_DEADLINE_COLUMN = re.compile(
    r"时限|完成时间|时间节点|期限|办结时间|办理时间|完成节点|完成日期|完成年限|完成时点|完成时序|截止(?:时间|日期)|时间安排|进度安排|时间要求|时间进度"
)
# Columns that are not the task nor a duty: where a task comes from, how it goes, who scores it.
_NOT_TEXT = (
    "来源",
    "完成",
    "进展",
    "进度",
    "状况",
    "情况",
    "备注",
    "季度",
    "责任人",
    "序号",
    "编号",  # 项目编号, 任务编号: the code a row is filed under (XM-2025-01), not what is to be done
    "编码",
    "代码",
    "评分",
    "考核部门",
    "说明",
    "成效",  # 工作成效, 1-9月份工作取得成效: what was achieved, not the task
    "下步",  # 下步举措, 下一步工作打算: what comes next, in a report of progress
    "下一步",
    "类别",  # 任务类别: the group a task is filed under (a 督查 system's export), not the task
    "更新",  # 更新时间: when the record was last changed, no deadline
    "状态",  # 办理状态: 推进中, 已完成
)
# The labels a rewritten cell gets, by what its column holds.
DUTY_LABELS = {
    "leaders": "牵头负责领导",
    "lead": "牵头责任单位",
    "cooperating": "协同责任单位",
    "responsible": "责任单位",
}
_LABELS = DUTY_LABELS


@attrs.frozen
class Column:
    name: str
    kind: str  # text, leaders, lead, cooperating, responsible, deadline, note
    sub: bool = False  # a column of a sub-row (a second task cell in one numbered row)


@attrs.frozen
class Note:
    """A cell of a non-duty column: (line, column name, value)."""

    line: int
    column: str
    value: str
    # The row's 序号 as printed where it is no plain count (1.1, 1-1): the item's id (fyplan/read/document.py).
    serial: bool = False
    # A group's cell (领域) printed on the group's first row: that row's alone, not shared with a row printed again
    # under the same number (a sub-row), nor with the next group's rows where the numbers restart.
    first_row: bool = False


@attrs.frozen
class Rewritten:
    text: str
    notes: tuple[Note, ...] = ()
    problems: tuple[tuple[int, str], ...] = ()  # (line, message)


# A unit column that names each unit's head too: 牵头单位及主要负责人, 责任单位/责任人 (fyplan/read/layout.py).
HEADS_TOO = re.compile(r"(?<=[位门])[及和/、]?(?:主要)?(?:负责人|责任人)$")


_BRACKETED_KIND = re.compile(r"[(（](室|部门|单位|科室|处室)[)）]")


def column_kind(name: str) -> str:
    """What a column holds, by its header: text, leaders, lead, cooperating, responsible, deadline, note."""
    # 牵头单位及责任人, 责任单位/责任人: a unit column that names each unit's head too is a unit column.
    name = HEADS_TOO.sub("", simplified(name.replace(" ", ""))) or name
    # 牵头处(室), 配合单位(部门): a word or two in brackets that names the same kind of body, read as part of the name
    name = _BRACKETED_KIND.sub(r"\1", name)
    if _DEADLINE_COLUMN.search(name):
        return "deadline"  # 完成时限, 完成时间, 时间节点: before 完成 makes it a note
    if any(word in name for word in _NOT_TEXT) or name in _MEASURE_UNIT or name.endswith("值"):
        return "note"  # (目标值, 分值, 指标值: a figure, not the task)
    if _CHECKS.fullmatch(name):
        # 督导验收单位, 督办单位: the body that checks the work is done, beside those who do it — a note (as
        # 县委督查室跟踪督办 in a clause is). Only those names: 督办责任单位 answers, 督办领导 leads, 督办事项 is the task;
        # not 考核单位 — in a scored table, the department whose indicator it is (scored-figures-unnumbered)
        return "note"
    if "督查" in name and not name.endswith(_SUPERVISED):
        # (督查意见, 督查结果: the office's findings — 督查内容, 督查事项 are what it follows up: the tasks)
        return "note"
    if "领导" in name or (name.startswith(_LEADING) and name.endswith(("长", "负责人", "负责同志", "主任", "书记"))):
        # 分管副市长, 主管副局长, 分管负责人: the leader's title heads the column; 联系副秘书长, 挂钩副主任 — the one
        # who follows the work up for the leader, named beside the 分管 column — answers for it too
        return "leaders"
    if name.endswith("职责") and name != "职责" and not name.endswith(("及职责", "和职责", "与职责")):
        # 县直部门职责, 乡镇职责: what a body is to do, in words (负责…的指导、考核和监督) — a note of the row, not a list of
        # bodies; the bodies are named in their own columns (县直牵头部门 | 县直配合部门). Not 牵头单位及职责: the bodies
        # and what each does, a unit column.
        return "note"
    # (责任组(室), 牵头组: a procuratorate's or a project office's groups — a header that drops its bracket says 责任组)
    if "单位" in name or "部门" in name or name.endswith((*OFFICE_KINDS, "主体")) or _GROUP_OFFICE.search(name):
        kind = label_kind(name)
        return kind if kind in ("lead", "cooperating", "responsible") else "responsible"
    if "时限" in name or "时间" in name:
        # 建设时间, 实施时间, 开工时间: the period of the work (a note, as those fields are); 时间, 完成时间: when it is due
        return "note" if _PERIOD_COLUMN.search(name) else "deadline"
    if any(word in name for word in TEXT_WORDS):
        return "text"
    return "note"


_SUPERVISED = ("内容", "事项", "任务")
_CHECKS = re.compile(r"(?:督导)?(?:验收|督办)(?:单位|部门)")
_GROUP_OFFICE = re.compile(r"(?:责任|牵头|配合|协同|协办|主办|承办|参与)组$")
_LEADING = ("分管", "主管", "联系", "挂钩", "包联", "包保", "牵头", "责任")
_PERIOD_COLUMN = re.compile(r"(?:实施|建设|开工|施工|起止)(?:时间|年限)$")
# The kinds of the unit columns (not the leaders' or the deadline's).
UNIT_KINDS = frozenset(("lead", "cooperating", "responsible"))  # the columns of bodies who answer
# A duty column's name as a header prints it (牵头单位, 责任单位, 配合部门, 责任领导), not a row's collective that
# ends as one does (县直有关单位, 各有关单位).
_DUTY_NAME = lazy(f"^(?:{lexicon('LABEL')})$")
_Cell = TypeVar("_Cell")  # a header cell: its name, or the aligned reader's cell with its place
# A header cell's name: a few words, no sentence mark nor figure (进展情况、存在问题及下一步打算: one header), but a
# year or months before three words or more (2022年度任务目标, 1-9月份工作完成情况; 2021年目标 | | | … alone is a
# group row's merged cell).
HEADER_WORD = re.compile(r"^(?:(?:\d{4}年度?|\d{1,2}(?:-\d{1,2})?月份?)(?=[^。,;:%\d]{3}))?[^。,;:%\d]{2,20}$")


def role_named(tops: Sequence[str], subs: Sequence[str]) -> list[str]:
    """A second header row's names as columns: 牵头 | 配合 under 责任单位 are 牵头单位 | 配合单位 (the role word alone
    names a part of the unit column above it)."""
    if not any(column_kind(n) == "responsible" for n in tops):
        return list(subs)
    return [f"{n}单位" if n in _ROLE_WORDS else n for n in subs]


def two_row_header(tops: Sequence[str], subs: Sequence[str]) -> tuple[list[tuple[int, int]], list[str]] | None:
    """A header of two rows: (the top columns the second row divides with how many of its names stand under
    each, ``parent_columns``; the second row's names as columns, ``role_named``), or None. The one rule of the
    | , aligned and one-cell-per-line readers; ``spread`` puts the parts in their parents' places."""
    named = role_named(tops, subs)
    spans = parent_columns(tops, named)
    return None if spans is None else (spans, named)


def parent_columns(tops: Sequence[str], subs: Sequence[str]) -> list[tuple[int, int]] | None:
    """A header of two rows: which columns of the top row (``tops``) the second row's names (``subs``) stand
    under, as (top column, how many), in order — duty columns merged over them (责任单位 over 牵头单位 |
    配合单位; 责任领导 over 牵头领导 | 协调领导; both in one header) — or None. The second row holds only those
    columns' names: a run of two or more of one family (units or leaders) under each, and exactly one top
    column of that family can be a run's parent; the merged header must still have a task column."""
    runs: list[tuple[str, int]] = []  # the parent's kind and how many names stand under it
    for name in subs:
        kind = column_kind(name)
        parent = "responsible" if kind in UNIT_KINDS else "leaders" if kind == "leaders" else None
        if parent is None:
            return None
        if runs and runs[-1][0] == parent:
            runs[-1] = (parent, runs[-1][1] + 1)
        else:
            runs.append((parent, 1))
    if not runs or len(tops) - len(runs) + len(subs) > 12:
        return None
    spans: list[tuple[int, int]] = []
    for parent, count in runs:
        parents = [i for i, name in enumerate(tops) if column_kind(name) == parent]
        if count < 2 or len(parents) != 1 or (spans and parents[0] <= spans[-1][0]):
            spans = []
            break
        spans.append((parents[0], count))
    if not spans:
        # 责任分工 over 责任领导 | 牵头单位 | 配合单位: one column of the top row names the duties as a whole, and the
        # second row's names of both families all stand under it.
        groups = [i for i, name in enumerate(tops) if column_kind(name) not in _DUTY_KINDS and _DUTY_GROUP.search(name)]
        # (or 责任分工 over 牵头责任单位 | 协同责任单位: one family's run of two or more, its parent named as the whole)
        if len(groups) != 1 or len(subs) < 2 or any(column_kind(name) in _DUTY_KINDS for name in tops):
            return None
        spans = [(groups[0], len(subs))]
    return spans if "text" in header_kinds(spread(tops, spans, subs)) else None


_DUTY_KINDS = frozenset(("lead", "cooperating", "responsible", "leaders"))
# A header cell that names the duties as a whole, over a table's one duty column (or over its parts, two rows).
_DUTIES_WHOLE = frozenset(("责任分工", "职责分工", "分工", "责任落实", "责任主体及分工", "任务分工及责任"))
# A header cell that names the duties as a whole (责任分工, 职责分工, 责任落实), over their columns.
_DUTY_GROUP = re.compile(r"(?:责任|責任|分工)")


def spread(tops: Sequence[_Cell], spans: Sequence[tuple[int, int]], subs: Sequence[_Cell]) -> list[_Cell]:
    """The header's columns: the top row's, each parent in ``spans`` replaced by the names under it, in order."""
    under = dict(spans)
    out: list[_Cell] = []
    taken = 0
    for k, top in enumerate(tops):
        if k in under:
            out.extend(subs[taken : taken + under[k]])
            taken += under[k]
        else:
            out.append(top)
    return out


# A column's measure in a bracket after its name (增幅(%), 总投资(万元)): the header readers take it as a name's.
MEASURE = r"[(（](?:%|％|[万亿]?元|个|人|户|公里|亩|吨)[)）]"
MEASURE_AFTER = re.compile(MEASURE + "$")


def header_kinds(names: Sequence[str]) -> list[str]:
    """The kinds of a header's columns. A table must have a task column: when no header names one
    by a word we know (工作, 任务, 内容 …), the first column whose header we do not know at all
    (民生实事, 项目名称) is it — not one we know is a note (进展情况, 备注)."""
    # (编号 beside 序号 is the code a row is filed under, 2023-A01: 序号 numbers the rows)
    numbers = ("序号",) if "序号" in names else ("序号", "编号")
    kinds = ["number" if n in numbers else column_kind(n) for n in names]
    main_duty = [i for i, n in enumerate(names) if kinds[i] == "lead" and simplified(n).startswith("主责")]
    leading = [i for i, n in enumerate(names) if kinds[i] == "lead" and "牵头" in simplified(n)]
    if main_duty and leading and min(leading) < min(main_duty):
        # 牵头部门 | 主责单位 | 协办单位: after a column that names the lead, the bodies with the main duty answer for their
        # part under it — one more list of those who help, as a 责任单位 column beside a 牵头 one. (Alone, 主责部门 names
        # the lead; so does 主责单位 before 牵头处室: the body with the main duty first, its own office leading within it.)
        for i in main_duty:
            kinds[i] = "responsible"
    supervised = [i for i, n in enumerate(names) if kinds[i] == "text" and "督查" in n]
    if supervised and len(supervised) < kinds.count("text"):
        # 工作任务 | 责任单位 | 督查内容: beside a task column, what the office checks (查看现场,查阅台账) is a note
        for i in supervised:
            kinds[i] = "note"
    if (
        "单位" in names
        and not any(k in _LABELS for k in kinds)
        and not any(w in n for n in names for w in _MEASURED)
        and any(w in n for n in names for w in TEXT_WORDS)
    ):
        # 序号 类别 任务 单位 备注: 单位 heads the unit of measure only beside figures (指标, 目标值, 数量);
        # in a table of tasks (a column named so) with no other duty column and none of those, it names the
        # body that answers (not in a list of contacts: 单位 联络员 联系电话).
        kinds[names.index("单位")] = "responsible"
    groups = [i for i, n in enumerate(names) if kinds[i] == "note" and n in _DUTIES_WHOLE]
    if len(groups) == 1 and not any(k in ("lead", "cooperating", "responsible") for k in kinds) and "text" in kinds:
        # 序号 | 工作任务 | 责任分工 | 完成时限: one column names the duties as a whole, no other names a body — its cells
        # say who answers in their own words (市发改委牵头,市统计局配合), as a 责任单位 cell with role words does (beside a
        # 责任领导 column or not).
        kinds[groups[0]] = "responsible"
    # 领域 | 序号 | 重点任务 | …: a group's column before the 序号 names the group its rows fall in (merged over them), no
    # row's words — not the field a row works in (重点领域 after the 序号, names_thing)
    grouping = (
        {i for i in range(kinds.index("number")) if simplified(names[i]) in GROUP_COLUMNS}
        if "number" in kinds
        else set()
    )
    for i in grouping:
        kinds[i] = "note"
    if "text" in kinds:
        # 项目名称 | 项目内容: the thing's name before what is to be done; the item's text starts with it.
        first_text = kinds.index("text")
        figures = any(FIGURE_COLUMN.search(simplified(n)) for n in names)
        for i in range(first_text):
            if kinds[i] == "note" and i not in grouping and names_thing(names[i], figures) and not known_note(names[i]):
                kinds[i] = "text"
    for i, name in enumerate(names):
        if kinds[i] == "note" and simplified(name) in _ROLE_WORDS:
            # 牵头 | 配合 alone, with no 责任单位 over them (``role_named`` reads those under one): the role word
            # names the column of the units of that role.
            kinds[i] = column_kind(simplified(name) + "单位")
    persons = [i for i, name in enumerate(names) if kinds[i] == "note" and _PERSON_COLUMN.match(simplified(name))]
    if len(persons) == 1 and "leaders" not in kinds:
        # 责任人 | 负责人 with no 领导 column: the person answering for the task, its leader (as a 责任人: field is);
        # beside a 责任领导 column it stays a note column here, so that the leaders' merged cells read as before, and
        # its persons join the row's leaders once the rows are read (document._persons_apart).
        kinds[persons[0]] = "leaders"
    leads = [i for i, k in enumerate(kinds) if k == "lead"]
    if len(leads) > 1 and any(simplified(names[i]).startswith(("第一", "首要")) for i in leads):
        # 第一责任单位 | 主要责任单位: beside the first, the main ones answering help (cooperating).
        kinds = [
            "cooperating" if i in leads and not simplified(names[i]).startswith(("第一", "首要")) else k
            for i, k in enumerate(kinds)
        ]
    duty = [i for i, k in enumerate(kinds) if k in _LABELS or k == "leaders"]
    if duty and "text" in kinds[: duty[0]]:
        # 重点工作 | 责任领导 | 责任科室 | 攻坚目标任务 | 工作措施: the task stands before who answers; a column after
        # them that names a task's words (its targets, its measures) says more of the task: its note.
        kinds = [
            ("note" if k == "text" and i > duty[0] and _MORE_OF_TASK.search(names[i]) else k)
            for i, k in enumerate(kinds)
        ]
    if "text" not in kinds:
        unknown = [i for i, name in enumerate(names) if kinds[i] == "note" and not known_note(name)]
        # 类别 | 项目名称: a header that names a thing (名称, 项目, 实事) before a mere first one.
        named = [i for i in unknown if any(w in simplified(names[i]) for w in _TASK_HINTS)]
        if named or unknown:
            kinds[(named or unknown)[0]] = "text"
    return kinds


_TASK_HINTS = ("名称", "项目", "实事", "事项", "工程")
# A column of the person answering: 责任人, 第一责任人, 负责人.
_PERSON_COLUMN = re.compile(r"^(?:第一|主要|具体|直接|牵头)?(?:责任|负责)人$")


def names_thing(name: str, figures: bool) -> bool:
    """项目名称, 事项名称: a column naming the thing a row is about, printed before what is to be done with it
    (the item's text starts with it), or the problem a rectification list puts right. In a table of figures (a 分值, 目标值 or unit-of-measure column beside) 项目
    and 指标 are such a column too (项目 地区生产总值 | 目标任务 增长6%); elsewhere a 项目 cell may be a group's
    name merged over numbered tasks (项目 产业升级 | 重点工作 1.… 2.…), which heads them, not starts them."""
    name = simplified(name)
    # (问题, 反馈问题, 问题描述 before 整改措施: a rectification list's problem is the thing its row is about — what the
    # measures beside it put right)
    problem = name.endswith("问题") or name.startswith("问题")
    # (专项整治, 专项行动 before 主要任务: the campaign each row is, named before what it is to do — not 专项资金)
    campaign = name.endswith(("整治", "专题", "行动"))
    # (整治领域, 重点领域 before 主要任务: the field each row works in — 危险化学品和烟花爆竹 | 负责组织开展对…的整治)
    field = name.endswith("领域")
    return "名称" in name or problem or campaign or field or (figures and name.endswith(("项目", "指标")))


# A column of figures: 分值, 目标值, 权重, 单位 (of measure), 计量单位.
FIGURE_COLUMN = re.compile(r"值$|^(?:计量|指标)?单位$|权重")


# Header words of columns that hold figures: beside them 单位 is the unit of measure.
_MEASURED = ("指标", "值", "数量", "数", "计划", "规模", "投资", "金额", "量", "率", "目标")


# Header words of a column that says more of a task (its targets, measures, plan), not the task itself (具体任务).
_MORE_OF_TASK = re.compile(r"目标|措施|举措|安排|计划|要求|标准|进度")


def known_note(name: str) -> bool:
    name = simplified(name.replace(" ", ""))
    return any(word in name for word in _NOT_TEXT) or name in _MEASURE_UNIT


def rewrite_tables(text: str) -> Rewritten:
    """Rewrite every flattened table in ``text`` (normalised, one line per source line)."""
    numbered_by = holds(text, "\n编号\n")  # a header's 序号 cell may say 编号
    if not SERIAL.found(text) and not numbered_by and not _unnumbered_hint(text):  # SERIAL: "序号" in text, quicker
        return Rewritten(text)
    lines = text.split("\n")
    notes: list[Note] = []
    problems: list[tuple[int, str]] = []
    if "-" in text or "." in text or "(" in text:  # (sub-rows numbered 1.1, 1-1 or (1))
        notes += _parent_rows(lines)
        notes += _compound_serials(lines)
        if "\n(一)\n" in text or "\n（一）\n" in text:  # ((一) alone on a line: the only start such serials have)
            _bracketed_serials(lines)
    i = 0
    while i < len(lines):
        if lines[i] == "序号" or (numbered_by and lines[i] == "编号"):
            header = _header(lines, i)
            if header is not None:
                columns, body_start = header
                _bare_row_numbers(lines, body_start)
                if _rows_without_numbers(lines, body_start, columns):
                    # 序号 in the header, but its cells left empty: the rows are read as a table with no
                    # 序号 column, numbered in order.
                    unnumbered = [c for c in columns if c.kind != "number"]
                    i = _rewrite_unnumbered(lines, unnumbered, body_start, notes)
                else:
                    i = _rewrite_rows(lines, columns, body_start, notes, problems)
                continue
        elif _is_header_cell(lines[i]):
            found = _header_without_number(lines, i)
            if found is not None:
                columns, body_start = found
                numbered = _numbered_under_group_column(lines, body_start, columns)
                if numbered is not None:
                    i = _rewrite_numbered_rows(lines, numbered, body_start, notes)
                else:
                    # (no 序号 column and no row's number printed: the rows counted within each group row, 一、…, as
                    # unnumbered items are)
                    printed = any(line.strip().isdigit() for line in lines[body_start : body_start + _NUMBER_LOOKAHEAD])
                    i = _rewrite_unnumbered(lines, columns, body_start, notes, by_group=not printed)
                continue
        i += 1
    return Rewritten("\n".join(lines), tuple(notes), tuple(problems))


def has_cell_table(text: str) -> bool:
    """Does ``text`` hold a table one cell per line under a header this module reads (序号 / 工作任务 / …)?"""
    if "\n序号\n" not in text:
        return False
    lines = text.split("\n")
    return any(line == "序号" and _header(lines, k) is not None for k, line in enumerate(lines))


# 1-1, 1.2, 2-1: a row's 序号 cell, alone on its line, that numbers it within its group.
COMPOUND_SERIAL = re.compile(r"^(\d{1,2})[-.－](\d{1,3})$")
# ZD-2024-01, DB-03, A1, 一-2: a row's 编号 cell that codes it (letters, maybe a year, or its group's numeral, then
# its count): the row's count is the last number, the code as printed its id (group 1 the code's part before it).
CODED_SERIAL = re.compile(r"^([A-Za-z]{1,4}[-－_]?(?:\d{2,4}[-－_])?|[一二三四五六七八九十]{1,3}[-－])0*(\d{1,3})$")


def serial_key(cell: str) -> tuple[str, int] | None:
    """A 序号 cell numbered within its group, as (the group's part, the row's count in it): 1-2 → ("1", 2), 2.1 →
    ("2", 1), ZD-2024-03 → ("ZD-2024-", 3), 一-2 → ("一-", 2); None for any other cell."""
    m = COMPOUND_SERIAL.match(cell) or CODED_SERIAL.match(cell)
    return None if m is None else (m.group(1), int(m.group(2)))


def compound_serials(cells: list[str]) -> list[int]:
    """Which of these cells are 序号 cells of rows numbered within groups (1-1, 1-2, 2-1 …; or coded, DB-01, DB-02):
    the first data line after a header's 序号 (or 编号) cell, group rows aside, is one, and they step on by row or
    by group from there (1-1, 1-2, 2-1: never 2.1, 3.5, 12.8, a column of figures). The indexes of those cells."""
    out: list[int] = []
    for start in (k for k, cell in enumerate(cells) if cell in ("序号", "编号")):
        k = start + 1
        while (
            k < len(cells)
            and k - start <= 12
            and not (cells[k][:1].isdigit() or GROUP_ROW.match(cells[k]) or CODED_SERIAL.match(cells[k]))
        ):
            k += 1  # the header's other cells
        while k < len(cells) and (GROUP_ROW.match(cells[k]) or not cells[k].strip()):
            k += 1  # (a parent row's cells, once _parent_rows has made it a group row, are blank)
        key = serial_key(cells[k]) if k < len(cells) else None
        if key is None or key[1] != 1:
            continue
        found = [k]
        for j in range(k + 1, len(cells)):
            if cells[j] in ("序号", "编号"):
                break
            step = serial_key(cells[j])
            if step is None or not _steps_on(key, step):
                continue  # (a figure of another column, 2.5, not the next row's number)
            key = step
            found.append(j)
        if len(found) >= 2:
            out += found
    return out


def _steps_on(key: tuple[str, int], step: tuple[str, int]) -> bool:
    """Is ``step`` the row after ``key``: the next in its group, or the first of a later group (groups 1, 2 …
    numbered count on, a few rows with no sub-rows between them at most; coded ones change their code)?"""
    if step == (key[0], key[1] + 1):
        return True
    if step[1] != 1 or step[0] == key[0]:
        return False
    if key[0].isdigit() and step[0].isdigit():
        return 0 < int(step[0]) - int(key[0]) <= _CHILDLESS_BETWEEN
    return not (key[0].isdigit() or step[0].isdigit())


# Rows with no sub-rows between two groups of sub-rows (1.3, then 2 alone, then 3.1): the next group may skip them.
_CHILDLESS_BETWEEN = 3
_PLAIN_SERIAL = re.compile(r"^\d{1,2}$")


def _parent_rows(lines: list[str]) -> list[Note]:
    """Rows numbered N with sub-rows N.1, N.2 … below them, in a table one cell per line: each parent row is the
    title of its sub-rows, no row itself — its number and title become a group row ((一)title) and its other cells
    are blanked; its leader (a person's name among its cells) goes to every sub-row that leaves its leader cell
    empty (the line after the sub-row's task blank: the cell merged, printed once on the parent). A row with no
    sub-rows among them is numbered 1 within a group of its own, its printed number kept as its id (a Note)."""
    notes: list[Note] = []
    for start in [k for k, cell in enumerate(lines) if cell in ("序号", "编号")]:
        _points_as_serials(lines, start)
        rows = _serial_cells(lines, start)
        parents = {k for k, nxt in itertools.pairwise(rows) if lines[nxt] in (f"{lines[k]}.1", f"{lines[k]}-1")}
        if not parents:
            continue
        kinds = header_kinds([line for line in lines[start : rows[0]] if line.strip()])
        # (the leader's cell straight after the task's: a blank line there is that cell, merged)
        leader_next = "leaders" in kinds and kinds.index("leaders") == 2 and kinds[1] == "text"
        leader: str | None = None
        for k, nxt in itertools.pairwise([*rows, _table_end(lines, rows[-1])]):
            cells = [j for j in range(k + 1, nxt) if lines[j].strip()]
            if k in parents and cells:
                # (two leaders on two lines of the parent's cell: both)
                leader = "、".join(lines[j] for j in cells[1:] if _leaders_cell(lines[j])) or None
                number, title = int(lines[k]), lines[cells[0]]
                for j in cells:
                    lines[j] = ""
                lines[k] = f"({to_chinese(number)}){title}"
            elif COMPOUND_SERIAL.match(lines[k]):
                if not leader or not cells or any(_leaders_cell(lines[j]) for j in cells[1:]):
                    continue
                if leader_next and cells[0] + 1 < nxt and not lines[cells[0] + 1].strip():
                    lines[cells[0] + 1] = leader
                elif not leader_next:
                    # The leader's column elsewhere (last, most often), its cell merged and printed on the parent
                    # only: the sub-row prints none, not even a blank line — the leader joins its task as a clause
                    # (a line added would move every line after it).
                    lines[cells[0]] += f"({_LABELS['leaders']}:{leader})"
            else:
                leader = None  # (a row of its own: numbered within a group of one, as the sub-rows are)
                notes.append(Note(k + 1, "序号", lines[k], serial=True))
                lines[k] = "1"
    return notes


_POINT_SERIAL = re.compile(r"^\((\d{1,2})\)$")


def _points_as_serials(lines: list[str], start: int) -> None:
    """(1) / (2) alone on their lines under row N, each before a task, counting from 1: the 序号 cells of N's
    sub-rows, written N.1 / N.2 as sub-rows' numbers are (a point's number inside its task cell, (1)新建…, is
    none)."""
    plain, sub = 0, 0
    points: list[tuple[int, str]] = []
    for k in range(start + 1, min(len(lines), start + _PARENT_SPAN)):
        if lines[k] in ("序号", "编号"):
            break
        if _PLAIN_SERIAL.match(lines[k]) and int(lines[k]) == plain + 1:
            plain, sub = plain + 1, 0
        elif plain and (m := _POINT_SERIAL.match(lines[k])) and int(m.group(1)) == sub + 1 and _task_after(lines, k):
            sub += 1
            points.append((k, f"{plain}.{sub}"))
    if len(points) >= 2:
        for k, serial in points:
            lines[k] = serial


def _serial_cells(lines: list[str], start: int) -> list[int]:
    """The 序号 cells of the rows after the header at ``start``: 1, 2, 3 … counting on, and N.1, N.2 … under row N
    (a figure of another column, 30 or 2.5, does not count on so and is a cell)."""
    rows: list[int] = []
    plain, sub = 0, 0
    for k in range(start + 1, min(len(lines), start + _PARENT_SPAN)):
        if lines[k] in ("序号", "编号"):
            break
        if _PLAIN_SERIAL.match(lines[k]) and int(lines[k]) == plain + 1:
            plain, sub = plain + 1, 0
            rows.append(k)
        elif (
            (m := COMPOUND_SERIAL.match(lines[k]))
            and int(m.group(1)) == plain
            and int(m.group(2)) == sub + 1
            and _task_after(lines, k)
        ):
            sub += 1
            rows.append(k)
    return rows


_PARENT_SPAN = 2000  # lines of one table looked at


def _task_after(lines: list[str], k: int) -> bool:
    """Is the first cell after line ``k`` a task (words, no body's name): 1.1 / 新建茶叶基地5000亩。 is a sub-row's
    number, 3 / 新增投资 / 3.1 / 市发改委 a figure (3.1 亿元) in a row's cell."""
    after = next((line for line in lines[k + 1 : k + 3] if line.strip()), "")
    return len(after) >= _TASK_LEAST and not looks_like_unit(after) and not _NUMBER.match(after)


_TASK_LEAST = 4


def _table_end(lines: list[str], last: int) -> int:
    """Where the cells of the last row (its 序号 at ``last``) are looked for up to: the next header, the document's
    footer (抄送:…, 主题词:…), or a few lines on (a footnote or the signature further below is none of its cells)."""
    k = last + 1
    while (
        k < len(lines) and lines[k] not in ("序号", "编号") and k - last <= _LAST_ROW_LINES and not is_footer(lines[k])
    ):
        k += 1
    return k


_LAST_ROW_LINES = 12


def _leader_cell(cell: str) -> bool:
    return _named_person(cell) and not looks_like_unit(cell)


def _named_person(cell: str) -> bool:
    """李明远, 李  明 (a common surname first), 热合曼·艾力 (names of the family's other peoples, parted by a middle
    dot, whose first characters are no common surname): one person's name, the whole cell."""
    return bool(_PERSON.match(cell) and surname().match(cell)) or DOTTED_NAME.fullmatch(cell) is not None


def _leaders_cell(cell: str) -> bool:
    """A cell of one leader's name, or of several parted by 、 (陈 刚、林 燕)."""
    return all(_leader_cell(name.strip()) for name in cell.split("、"))


def _compound_serials(lines: list[str]) -> list[Note]:
    """序号 cells numbered within groups (1-1, 1.2 …) alone on their lines: numbered by their row within the
    group in their place (the numbering restarts in each group, under its group row), so the table reads as
    any other, and the printed one kept as the item's id (a Note with ``serial``)."""
    notes = []
    for k in compound_serials(lines):
        notes.append(Note(k + 1, "序号", lines[k], serial=True))
        key = serial_key(lines[k])
        lines[k] = str(key[1]) if key else lines[k]  # numbered within its group, as printed
    return notes


# (二) alone on its line: a row's 序号 cell written as a part's points are numbered, or a group's number.
_BRACKETED_SERIAL = re.compile(r"^\(([一二三四五六七八九十]{1,3})\)$")
# 一、开展…: a group row, under which the rows' bracketed numbers start again at (一).
_CHINESE_GROUP_ROW = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")


def _bracketed_serials(lines: list[str]) -> None:
    """序号 cells written (一) (二) alone on their lines (a PDF's text of a table whose rows are numbered as a
    part's points are, from (一) again under each 一、 group row): each made the row's number, 1 2 …, so the table
    reads as any other. Only where the table prints no plain number alone on a line, and the first data line
    after the header is (一): else (一) alone is a group's number over rows numbered 1, 2 … of their own."""
    start = next((k for k, line in enumerate(lines) if line in ("序号", "编号")), None)
    if start is None:
        return
    found: list[tuple[int, int]] = []
    expected, restart = 1, False
    for k in range(start + 1, min(len(lines), start + _PARENT_SPAN)):
        line = lines[k].strip()
        if _NUMBER.match(line) and not _page_number_at(lines, k):
            return  # rows numbered 1, 2 …: (一) alone heads a group of them
        if _CHINESE_GROUP_ROW.match(line):
            restart = True
        elif (m := _BRACKETED_SERIAL.match(line)) is not None:
            n = chinese_number(m.group(1))
            # (from (一) again under a group row, or counting on across it: (三) after 二、 where the rows run on)
            if n != expected and not (restart and n == 1):
                if not found:
                    return
                continue  # (a (三) inside a task's wrapped lines, no row's number)
            found.append((k, n))
            expected, restart = n + 1, False
    if len(found) >= 2:
        for k, n in found:
            lines[k] = str(n)


def _page_number_at(lines: list[str], k: int) -> bool:
    """Is the number alone on line ``k`` a page's (a blank line or the repeated header next to it, or the text's
    end), no row's 序号?"""
    after = lines[k + 1].strip() if k + 1 < len(lines) else ""
    before = lines[k - 1].strip() if k > 0 else ""
    return not after or not before or after in ("序号", "编号")


def _rows_without_numbers(lines: list[str], start: int, columns: list[Column]) -> bool:
    """Does the first row after a header start with a task (a sentence) instead of its 序号, and no
    number in the lines after it open a row (group rows, 强化科技创新…。, may come before the first)?"""
    k = start
    while k < len(lines) and (not lines[k].strip(" |") or _UNNUMBERED_GROUP.match(lines[k])):
        k += 1  # (一、关于优化经济结构 / (1)加快发展现代服务业。: group rows before the first row)
    if k == len(lines) or _NUMBER.match(lines[k]):
        return False
    first_cells = [line for line in lines[k : k + _NUMBER_LOOKAHEAD] if line.strip()][:12]
    if not any(_is_text_cell(line) for line in first_cells):
        return False  # no task among the first cells: no rows of this table
    cells = [c for c in columns if c.kind != "number"]
    seen = 0
    while k < len(lines) and seen < _NUMBER_LOOKAHEAD and lines[k] != "序号":
        if _NUMBER.match(lines[k]) and _opens_row(lines, k, cells):
            return False
        seen += bool(lines[k].strip())
        k += 1
    return True


# How many lines after a header are searched for a 序号 cell before rows are taken to have none.
_NUMBER_LOOKAHEAD = 60


# A column header of a duty column alone on its line: a table may follow with no 序号 column.
_UNNUMBERED_HINT = lazy(
    r"^(?:[^\n:。,]{0,6}(?:单 *位|部 *门|领 *导|[处科股] *室)|责 *任 *单 *位)$", re.MULTILINE, traditional=True
)


# The characters a line the hint matches ends with (单位, 部门, 领导, 科室 of a department's own list, also in
# traditional characters).
_UNNUMBERED_ENDS = ("位", "门", "門", "导", "導", "室")
# A line break after one of them: re skips ahead to each \n (its literal first character) and looks back one
# character, where five searches for two characters each cost ~0.35 ms per MB (issue 13).
_UNNUMBERED_LINE_END = re.compile(r"\n(?<=[" + "".join(_UNNUMBERED_ENDS) + r"]\n)")


def _unnumbered_hint(text: str) -> bool:
    """``_UNNUMBERED_HINT.search(text) is not None``, quicker: a text with no line ending in one of its last
    characters has no such line (a few literal scans, ~1.7 ms per MB, against the search's ~3 ms, which
    tries the pattern at every character; issue 13). ``fastpaths.plain()`` searches every time."""
    if fastpaths.ENABLED and not text.endswith(_UNNUMBERED_ENDS) and _UNNUMBERED_LINE_END.search(text) is None:
        return False
    return _UNNUMBERED_HINT.search(text) is not None


def _is_header_cell(line: str) -> bool:
    name = line.replace(" ", "")
    return bool(name) and bool(_HEADER_CELL.match(name)) and column_kind(name) != "note"


def _known_note_cell(line: str, names: list[str]) -> bool:
    """A header cell we know is a note column (备注, 进展情况), after cells of duties: the header goes on."""
    name = line.replace(" ", "")
    return (
        bool(names)
        and any(column_kind(n) in _LABELS for n in names)
        and bool(_HEADER_CELL.match(name))
        and column_kind(name) == "note"
        and known_note(name)
    )


def _header_without_number(lines: list[str], start: int) -> tuple[list[Column], int] | None:
    """A header of two or more cells naming a text column and a duty column, with no 序号 cell."""
    names: list[str] = []
    j = start
    while j < len(lines) and (
        not lines[j].strip().strip("|")  # a blank line, or a bar line between cells
        or (_is_header_cell(lines[j]) and not GROUP_ROW.match(lines[j].strip()))
        or _known_note_cell(lines[j], names)
        or _note_between_header_cells(lines, j, names)
    ):
        if lines[j].strip().strip("|"):
            names.append(lines[j].replace(" ", ""))
        j += 1
    if len(names) < 2 or len(names) > 8:
        return None
    columns = [Column(name, column_kind(name)) for name in names]
    kinds = [c.kind for c in columns]
    if kinds[:2] == ["text", "text"] and kinds.count("text") == 2:
        # 工作任务 / 具体内容 / 责任部门: a task's title over what is to be done, the title cell merged over the rows
        # of one task (printed on its first row only): the rows' text is the second column's, the title a note.
        columns[0] = Column(names[0], "note")
        kinds[0] = "note"
    if kinds.count("text") != 1 or not any(k in _LABELS for k in kinds):
        return None
    if group := _group_column_before(lines, start):
        # 领域 / 主要目标 / 主要责任单位 / 责任单位: a group's column first (no word of a task or a duty), its cell
        # printed on the first row of each group: a note of that row, not a task of its own.
        columns.insert(0, Column(group, "note"))
    return columns, j


def _note_between_header_cells(lines: list[str], at: int, names: list[str]) -> bool:
    """工作任务 / 具体要求 / 责任科室: a cell we would read as a note's (具体要求) between header cells, after the
    task's: the header goes on."""
    name = lines[at].replace(" ", "")
    if not names or not _HEADER_CELL.match(name) or GROUP_ROW.match(name) or _NUMBER.match(name):
        return False
    nxt = next((line for line in lines[at + 1 : at + 4] if line.strip().strip("|")), "")
    return column_kind(name) == "note" and _is_header_cell(nxt)


def _numbered_under_group_column(lines: list[str], start: int, columns: list[Column]) -> list[Column] | None:
    """工作任务 / 具体要求 / 责任科室 / 时限要求 with no 序号 cell, over rows that start with a number of their own
    (1 / 及时公开… / 办公室 / 持续推进), the group's title printed before its first row (in a row of its own,
    一、… (一)…, or as a cell before the number): the first column is the groups', no cell of the rows, and the
    rows are numbered. The columns as the rows hold them (序号 first, the next column that names no duty the
    task's); None for any other table."""
    if len(columns) < 3 or columns[0].kind != "text":
        return None
    before = 0  # cells before the first number, other than group rows
    merged_first = False
    row = -1  # the cells of the first row, from its number to the next number (-1: not counted yet)
    for line in lines[start : start + 40]:
        cell = line.strip().rstrip("|").strip()
        if not cell or GROUP_ROW.match(cell):
            continue
        opened = _ROW_OPENS.match(cell)
        if row < 0:
            if opened and opened.group(1) == "1":
                merged_first = bool(opened.group(2))
                row = 1 if merged_first else 0  # 1.强化…: the row's first cell is on the number's line
                continue
            before += 1
            if before > 1:
                return None
        elif opened and opened.group(1) == "2":
            break
        else:
            row += 1
    else:
        return None
    # (A first row whose number stands on its first cell's line, 1.主要工作任务…, under a header of the task and
    # duties only, is the unnumbered reader's: it knows cells split over lines.)
    if before == 0 and row == len(columns) and (not merged_first or any(c.kind == "note" for c in columns)):
        # 1 / 强化食品安全监管 / 完成抽检… / 食品安全科 / 年底前 under 工作任务 / 具体要求 / 责任科室 / 时限要求: every row
        # prints every column, its number before them in a column the header leaves unnamed (its corner cell lost).
        return [Column("序号", "number"), *columns]
    if before == 0 and row != len(columns) - 1:
        return None
    rest = list(columns[1:])
    task = next(
        (k for k, c in enumerate(rest) if c.kind not in _LABELS and c.kind not in ("leaders", "deadline")), None
    )
    if task is None:
        return None
    rest[task] = Column(rest[task].name, "text")
    return [Column("序号", "number"), *rest]


# The names of a column of groups, printed before the task's (or before 序号): a category on each group's first row.
GROUP_COLUMNS = ("类别", "类型", "领域", "板块", "考核项目", "项目类别")


# A row's number alone on its line, or with the row's first cell after it (1.强化…, as numbered lines join them).
_ROW_OPENS = re.compile(r"^(\d{1,3})(?:[*＊]?|\.(?!\d)(.+))$")


def _rewrite_numbered_rows(lines: list[str], columns: list[Column], start: int, notes: list[Note]) -> int:
    """The rows of a table read by ``_numbered_under_group_column``: each a number cell and one cell per column
    after it, in order (bar lines between cells are no cells); a line between rows (a group's title, 一、…,
    or a cell before the next number) stays as the notice's text. Returns where the table ends."""
    cells_per_row = len(columns) - 1
    j = start
    last = 0
    end = start
    while j < len(lines):
        cell = lines[j].strip()
        if not cell.strip("|"):
            j += 1
            continue
        opened = _ROW_OPENS.match(cell)
        number = int(opened.group(1)) if opened else 0
        if not last < number <= last + 3:
            if j - end > 3:
                break  # a row's worth of lines with no next number: the table has ended
            j += 1
            continue
        at: list[list[int]] = []  # each cell's lines, in the columns' order
        if opened and opened.group(2):
            lines[j] = opened.group(2)  # 1.强化…: the number was put before the row's first cell (numbered lines)
            at.append([j])
        k = j + 1
        while k < len(lines):
            value = lines[k].strip()
            if value.strip("|"):
                nxt = _ROW_OPENS.match(value)
                if (nxt and number < int(nxt.group(1)) <= number + 3) or GROUP_ROW.match(value):
                    break  # the next row's number (a cell that starts 1. in a later column is a cell)
                if _more_names(lines, at, columns[1:], value):
                    at[-1].append(k)  # 市人社局 / 市农业农村局: a duty cell's names one a line
                elif len(at) < cells_per_row:
                    at.append([k])
                else:
                    break
            k += 1
        if len(at) < 2:
            break
        cells = {c.name: a for c, a in zip(columns[1:], at, strict=False)}
        _write_row(lines, columns[1:], cells, notes)
        task = next(a[0] for c, a in zip(columns[1:], at, strict=False) if c.kind == "text")
        lines[task] = f"{number}.{lines[task].strip()}"
        if task != j:
            lines[j] = ""
        last, end, j = number, k, k
    for k in range(start, end):
        if lines[k].strip() and not lines[k].strip().strip("|"):
            lines[k] = ""  # the bars between the table's cells: no text of the notice
    return end


def _more_names(lines: list[str], at: list[list[int]], columns: list[Column], value: str) -> bool:
    """Is ``value`` one more name of the row's last cell: a duty cell's names printed one a line (市人社局 / 市农业农村局),
    where the next column, if any, is no duty column (a body's name is no sentence of a 进展情况 column)?"""
    if not at or len(at) > len(columns) or columns[len(at) - 1].kind not in _LABELS:
        return False
    if len(at) < len(columns) and columns[len(at)].kind in _LABELS:
        return False  # (the next column names bodies too: the name is its cell)
    return _name_alone(lines[at[-1][-1]]) and _name_alone(value)


def _names_alone(line: str) -> bool:
    """市财政局, 市经信局、市科技局: bodies' names only, no sentence."""
    if len(line) > 60 or any(ch in line for ch in "。,;:") or _NUMBER.match(line):
        return False
    names = split_names(line).written
    return bool(names) and all(looks_like_unit(n) for n in names)


def _name_alone(line: str) -> bool:
    return len(line) <= 20 and not _is_text_cell(line) and looks_like_unit(line) and not _NUMBER.match(line)


_NUMBERED_SENTENCE = re.compile(r"^\d{1,3}[.、][\u4e00-\u9fff]")


def _is_text_cell(cell: str) -> bool:
    """The task cell of a row: a sentence, not a list of names."""
    if DASH_POINT.match(cell) and len(cell) > 4:
        return True  # ——每个街道建成一处全民健身中心。: a target, though its last words end as a body's name may
    if len(cell) <= 14 and not any(ch in cell for ch in "。,;"):
        return False
    if cell.endswith("。") and _NUMBERED_SENTENCE.match(cell):
        return True  # 2.推行企业开办全程网办。: a task numbered in its cell (its last word ends as a body's name may)
    if names_role(cell) and not any(ch in cell for ch in "。;") and names_and_verbs(cell):
        return False  # 甲办、乙行、丙局分别牵头落实: names and their verb, a unit cell however long
    names = split_names(cell).written
    return not names or not all(looks_like_unit(n) for n in names)


def join_open_lists(lines: list[str], cells: list[int]) -> list[int]:
    """A cell line that ends in 、 (县财政局、县教育局、 / 县公安局): a list of names wrapped in its cell,
    joined with the line after it; so is a line that opens with the bracket of the name before it."""
    out: list[int] = []
    for c in cells:
        if out and (
            (lines[out[-1]].endswith(("、", ",")) and not _NUMBER.match(lines[c]))
            or _bracket_goes_on(lines[out[-1]], lines[c])
        ):
            lines[out[-1]] += lines[c]
            lines[c] = ""
        else:
            out.append(c)
    return out


_POINT_NUMBER = re.compile(r"^\((?:\d{1,3}|[一二三四五六七八九十]{1,3})\)")


def _bracket_goes_on(before: str, line: str) -> bool:
    """…、麦积区政府 / (牵头)、市国土资源局: a bracket opening a line after a body's name is that name's (its mark or
    its second name, wrapped): no cell starts with one."""
    if not line.startswith("(") or not before or before.endswith(("。", ";")) or _POINT_NUMBER.match(line):
        return False  # ((2)税收收入…: a sub-row's or a point's number, no name's bracket)
    last = split_names(before).written[-1:]
    return bool(last) and ends_like_unit(last[0])


# The end of a date a narrow cell wrapped onto its next line (2024年12月 / 底前): no cell of its own.
_DATE_TAIL = re.compile(
    r"^(?:[底末](?:前|之前|以前)?|前|以前|之前|月?底前|日前|完成|前完成|底前完成|\d{1,2}日(?:前|之前|以前)?"
    r"|月(?:[底末]|\d{1,2}日)?(?:前|之前|以前)?(?:完成)?)$"
)
# (2021年12 / 月底前: the month's figure before the cut, its 月 after it)
_DATE_CUT = re.compile(r"(?:\d{4}年(?:\d{1,2})?|\d{1,2}月|[一二三四五六七八九十]{1,2}月|年)$")


def join_date_tails(lines: list[str], cells: list[int]) -> list[int]:
    """A date's end on the line after it (2024年12月 / 底前, 2021年12 / 月底前): joined to it."""
    out: list[int] = []
    for c in cells:
        if out and _DATE_TAIL.match(lines[c]) and _DATE_CUT.search(lines[out[-1]]):
            lines[out[-1]] += lines[c]
            lines[c] = ""
        else:
            out.append(c)
    return out


# A cell line that starts with a body's last character alone, then the list goes on (局、县财政局) or ends (局).
_CUT_LAST = re.compile(r"^[局委办厅院所站队处室会](?:[、,]|$)")


def join_cut_endings(lines: list[str], cells: list[int]) -> list[int]:
    """A cell line whose last name's ending the wrap cut off (东城街道办 / 事处, …管委 / 会、区财政局): the line after it
    starts with the rest of that ending, then ends or goes on with the list — joined with the line before."""
    out: list[int] = []
    for c in cells:
        if out and (before := lines[out[-1]]) and (piece := lines[c]):
            last = split_names(before).written[-1:] or [before]
            rest = _ending_rest(last[0], piece)
            if (
                rest is not None
                and piece[len(rest) : len(rest) + 1] in ("", "、", ",", "(")
                and ends_like_unit(last[0] + rest)
            ) or (
                # 县卫生和计划生育 / 局、县财政局: a name cut before its last character, the list going on after it
                _CUT_LAST.match(piece) and not ends_like_unit(last[0]) and ends_like_unit(last[0] + piece[0])
            ):
                lines[out[-1]] += piece
                lines[c] = ""
                continue
        out.append(c)
    return out


def join_cut_names(lines: list[str], cells: list[int], width: int) -> list[int]:
    """A row with more cell lines than columns, where a body's name was wrapped in its narrow cell (市生态 / 环境局,
    市农业 / 农村局): a short line that ends no name, and the short line after it, joined where together they end
    as a body's name does — one pair a line too many, from the row's start."""
    out: list[int] = []
    extra = len(cells) - width
    for c in cells:
        if (
            extra > 0
            and out
            and (
                _cut_name(lines[out[-1]], lines[c])
                or _list_cut(lines[out[-1]], lines[c])
                or _clause_goes_on(lines[out[-1]], lines[c])
            )
        ):
            lines[out[-1]] += lines[c]
            lines[c] = ""
            extra -= 1
            continue
        out.append(c)
    return out


_NAME_PIECE = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_NAME_REST = re.compile(r"^[\u4e00-\u9fff]{2,16}$")  # (a name's rest after its place's level: 城市管理行政执法局)
# A body's name's first character that says its place's level (市生态环境局), and 各 before a collective's.
PLACE_LEVELS = ("省", "市", "县", "区", "州", "旗", "镇", "乡")
_OWN_FIRST = (*PLACE_LEVELS, "各")


def _list_cut(before: str, piece: str) -> bool:
    """A list of names wrapped mid-name in its cell (市建设局(牵头)、市规 / 划局、秦州区政府、麦积 / 区政府, …、各县区 /
    政府): the first line a list that goes on (a 、 in it, no sentence's end), its last name cut, the next line its
    rest — the place's level and body's ending (区政府), the ending alone (政府), or the word's rest (划局)."""
    if "、" not in before or before.endswith("。") or not piece or not "\u4e00" <= piece[0] <= "\u9fff":
        return False  # (各村 / 9月底: the deadline's cell, no name's rest)
    last = split_names(before).written[-1:] or [before]
    return (
        ("、" in piece and name_cut(before, piece))
        # (…、公安局 / 交警大队: a branch with no place of its own, the body's above it — as joined_piece reads it)
        or (_BRANCH_ONLY.match(piece) is not None and ends_like_unit(last[0]))
        # (…、市 / 建设与管理局: a place's level alone is never a name — the next line is the rest of it)
        or (last[0] in PLACE_LEVELS and _NAME_REST.match(piece) is not None)
        or _cut_before_verb(last[0], piece)
        or (piece in SHARED_SUFFIXES and last[0][-1:] in PLACE_LEVELS)
        or (
            piece[:1] in PLACE_LEVELS
            and piece[1:] in SHARED_SUFFIXES
            # (…、各县 / 区政府: the counties' and districts' governments, one collective)
            and (not ends_like_unit(last[0]) or last[0].startswith("各"))
        )
    )


# A role's verb closing a group of names in a cell written as a clause (…、市统 / 计局配合).
_ROLE_VERB_END = re.compile(r"(?:牵头|配合|负责|参与|协助|协办|主办)(?:[,，;；。]|$)")


def _cut_before_verb(last: str, piece: str) -> bool:
    """市发改局牵头,市财政局、市统 / 计局配合: a clause's last name cut mid-word, its rest then the group's verb on the
    next line — the rest with the name's start ends as a body's name does, and neither does alone."""
    verb = _ROLE_VERB_END.search(piece)
    rest = piece[: verb.start()] if verb is not None else ""
    return (
        0 < len(rest) <= _REST_LONGEST
        and "、" not in rest
        and not ends_like_unit(last)
        and not names_its_place(rest)
        and ends_like_unit(last + rest)
    )


_REST_LONGEST = 6
# A unit cell written as a clause: who leads, a comma, then more (市建设局牵头,市规划局、…).
_CLAUSE_OPENED = re.compile(r"(?:牵头|牵頭|主办)[,，]")
_CLAUSE_CLOSED = re.compile(r"(?:配合|负责|参与|协助|协办|牵头|。)$")


def _clause_goes_on(before: str, piece: str) -> bool:
    """市卫生局牵头,各镇(街道)配 / 合, 市菜博会组委会办公室牵头,市 / 公安局、…: a unit cell written as a clause (a lead,
    a comma, the helpers, their verb) that the wrap cut before its verb — its next line goes on it, whatever it cuts."""
    return (
        _CLAUSE_OPENED.search(before) is not None
        and _CLAUSE_CLOSED.search(before) is None
        and bool(piece)
        and "\u4e00" <= piece[0] <= "\u9fff"
        and len(piece) <= _CLAUSE_REST_LONGEST
    )


_CLAUSE_REST_LONGEST = 30


def _cut_name(first: str, second: str) -> bool:
    return (
        bool(_NAME_PIECE.match(first))
        and bool(_NAME_PIECE.match(second))
        and not ends_like_unit(first)
        and not bare_person(first)  # (李松涛 / 镇综治中心: a leader's cell, then the unit's)
        # (a place's body cut short, 市生态 — not 欧阳明辉, 副县长王强, 城市绿化 before a unit of no place)
        and first.startswith(PLACE_LEVELS)
        and not second.startswith(_OWN_FIRST)  # (才让扎西 / 市应急管理局: the second a whole name of its own)
        and _WHOLE_END.search(first + second) is not None
    )


def _join_wrapped_cells(lines: list[str], rows: list[int]) -> list[int]:
    """Cells wrapped a few characters a line (市政 / 府办 / 公厅): joined into their first line."""
    out: list[int] = []
    k = 0
    while k < len(rows):
        j = rows[k]
        run = [j]
        while k + len(run) < len(rows) and len(lines[run[-1]]) <= 3 and len(lines[rows[k + len(run)]]) <= 3:
            run.append(rows[k + len(run)])
        # Not when every piece is a body already (市府办 / 各单位: two cells of two columns).
        whole = looks_like_unit("".join(lines[r] for r in run))
        if len(run) > 1 and whole and not all(looks_like_unit(lines[r]) for r in run):
            lines[j] = "".join(lines[r] for r in run)
            for r in run[1:]:
                lines[r] = ""
            out.append(j)
        else:
            out.extend(run)
        k += len(run)
    return out


def _assign(lines: list[str], span: list[int], columns: list[Column], row: list[tuple[int, Column]]) -> None:
    if span and columns and (assignment := _align([lines[j] for j in span], columns)) is not None:
        row.extend(zip(span, assignment, strict=True))


_ROW_HAS_NUMBER = re.compile(r"^\d{1,4}(?:\.(?!\d)|、)")


def _task_cells(
    lines: list[str], cells: list[int], columns: list[Column], text_col: int, empties: dict[int, int]
) -> tuple[list[int], list[int]]:
    """The task cells of a table with no 序号 column: the sentences (``_is_text_cell``). Where columns of
    sentences follow the duty columns (目标任务 | 牵头单位 | 进展情况 | 下步举措), those sentences are theirs: after
    a row's names, as many sentences as there are such columns go to them (a cell's points, 1. 2., stay in
    its cell), and the next sentence starts the next row. (The task cells, the points to join to the cell
    above them.)"""
    sentences = [j for j in cells if _is_text_cell(lines[j])]
    duty_at = [k for k, c in enumerate(columns) if c.kind in _LABELS]
    if not duty_at or text_col > min(duty_at):
        return sentences, []
    # Columns a report fills for every row (进展情况, 下步举措), not 备注, which is mostly empty.
    trailing = sum(
        1 for c in columns[max(duty_at) + 1 :] if c.kind in ("note", "text") and not c.name.startswith(("备注", "说明"))
    )
    if not trailing:
        return sentences, []
    texts: list[int] = []
    points: list[int] = []
    named = False  # the row's names seen
    left = 0  # sentences still owed to the columns after the names
    previous = ""  # the line before, as written
    numbered = False  # the tasks are numbered themselves (1.规上… 2.新增…): set by the first one
    for j in cells:
        line, before = lines[j], previous
        previous = line
        if named and left > 0:
            left -= min(left, empties.get(j, 0))  # empty cells of the columns after the names
        number = _POINT_NUMBER.match(line)
        if numbered and number and int(number.group(1)) == len(texts) + 1:
            texts.append(j)  # 3.建成智慧停车平台。: the next number of tasks numbered themselves starts a row
            named, left = False, 0
            continue
        if j not in sentences:
            if texts and looks_like_unit(line) and (not named or left == trailing):
                named, left = True, trailing  # the row's names (one a line), before the columns after them
            elif named and left > 0:
                left -= 1  # a short cell of a column after the names (列入民生实事; 组织春风行动招聘会。)
            continue
        if named and _point_after(line, before) and not numbered:
            # (Not where the tasks are numbered themselves, 1.规上… 2.新增…: a 2. is the next task then.)
            points.append(j)  # 2.强化帮扶力量… right under 1.强化造血帮扶…: a point of that cell
            continue
        if named and left > 0:
            left -= 1
            continue
        numbered = numbered or (not texts and number is not None)
        texts.append(j)
        named, left = False, 0
    return texts, points


def _next_column_sentences(
    lines: list[str], cells: list[int], texts: list[int], columns: list[Column], text_col: int
) -> list[int]:
    """The task cells without those that are the next column's sentence: 1.行政规范性文件集中公开 | then
    1.开展本地…清理。2.发布… | under 工作任务 / 具体要求 — a sentence right after a task cell, with no cell
    between, under a column of sentences next to the task's, starts no row unless its number goes on from the
    task's (a page cut after its first row cannot show the next row's number to tell)."""
    if text_col + 1 >= len(columns) or columns[text_col + 1].kind not in ("note", "text"):
        return texts
    kept: list[int] = []
    held = [j for j in cells if lines[j].strip().strip("|")]
    for t in texts:
        if kept and t in held and kept[-1] in held and held.index(t) == held.index(kept[-1]) + 1:
            this, first = _POINT_NUMBER.match(lines[t]), _POINT_NUMBER.match(lines[kept[-1]])
            if this is None or first is None or int(this.group(1)) <= int(first.group(1)):
                continue
        kept.append(t)
    return kept


def _empty_cells(lines: list[str], cells: list[int]) -> dict[int, int]:
    """Cells parted by one blank line each show an empty cell as one more (its line held a space, which
    normalising emptied): the empty cells right before each cell, where one blank line parts most cells."""
    gaps = [b - a - 1 for a, b in itertools.pairwise(cells)]
    if not gaps or sum(1 for g in gaps if g == 1) * 2 < len(gaps):
        return {}
    return {b: (b - a - 2) // 2 for a, b in itertools.pairwise(cells) if b - a - 1 >= 3}


def _point_after(line: str, previous: str) -> bool:
    """Is ``line`` the point after the one ``previous`` starts with (2. after 1., (3) after (2))?"""
    this, before = _POINT_NUMBER.match(line), _POINT_NUMBER.match(previous)
    return this is not None and before is not None and int(this.group(1)) == int(before.group(1)) + 1


_POINT_NUMBER = re.compile(r"^\(?(\d{1,2})(?:[.、](?!\d)|\))")


def _counts_in_groups(lines: list[str], texts: list[int], groups: list[int], by_group: bool = False) -> dict[int, int]:
    """Where rows with no number stand under groups numbered (1) (2) … — or under any group rows (一、…) in a table
    with no 序号 column at all (``by_group``) —: each group's rows counted from 1 (as the notice's readers number
    unnumbered items, by their place in their group), the group rows numbered (1) written (一) (二) … so that the
    grammar reads them as sub-sections; {} (rows counted on through the table) where no such group stands."""
    numbered = False
    for g in groups:
        if (m := _ARABIC_GROUP.match(lines[g])) is not None:
            lines[g] = f"({to_chinese(int(m.group(1)))}){lines[g][m.end() :]}"
            numbered = True
    if not numbered and not (by_group and groups):
        return {}
    counts: dict[int, int] = {}
    count = 0
    for j in sorted([*texts, *groups]):
        if j in groups:
            count = 0
        else:
            count += 1
            counts[j] = count
    return counts


_ARABIC_GROUP = re.compile(r"^\((\d{1,2})\)")


def _rewrite_unnumbered(
    lines: list[str], columns: list[Column], start: int, notes: list[Note], by_group: bool = False
) -> int:
    """Rows of a table with no 序号 column: each row has one task cell; the cells between two task
    cells are aligned to the columns after the first and before the second. Each row is written
    back into its own lines, task first (``N.`` added unless the cell is numbered), then its duties."""
    end = start
    # (the page's buttons under the table, 【打印本页】【关闭窗口】, and its end, - END -: no row goes on past them)
    while (
        end < len(lines) and lines[end] != "序号" and not (is_chrome(lines[end].strip()) or _PAGE_END.match(lines[end]))
    ):
        end += 1
    if _bars_between_cells(lines, start, end):
        _join_lines_between_bars(lines, start, end)
    # Group rows (一、主要预期指标, (1)加快发展现代服务业。 in a table whose rows have no number) stay headings between
    # the rows; they are no cells.
    groups = [j for j in range(start, end) if _UNNUMBERED_GROUP.match(lines[j])]
    filled = [j for j in range(start, end) if lines[j].strip() and j not in groups]
    empties = _empty_cells(lines, filled)  # before wrapped cells are joined (that empties their lines)
    cells = _join_wrapped_cells(lines, filled)
    cells = [j for j in cells if lines[j].strip()]
    text_col = next(k for k, c in enumerate(columns) if c.kind == "text")
    texts, points = _task_cells(lines, cells, columns, text_col, empties)
    for j in points:  # 2.强化帮扶力量…: joined to the cell it is a point of
        before_j = max(k for k in cells if k < j and lines[k])
        lines[before_j] += lines[j]
        lines[j] = ""
    cells = [j for j in cells if lines[j]]
    first = next((j for j in cells if lines[j].strip().strip("|")), None)  # (bar lines are no cells)
    if text_col == 0 and first is not None and first not in texts and not looks_like_unit(lines[first]):
        texts.insert(0, first)  # the task column first: the first cell is a task, however short
    texts = _next_column_sentences(lines, cells, texts, columns, text_col)
    if not texts:
        return max(end, start + 1)
    before, after = columns[:text_col], columns[text_col + 1 :]
    # Where no cell of the table lists names on one line (甲局、乙局), each name has a line of its own, and the
    # lines no longer tell where one cell of names ends and the next begins.
    one_per_line = not any(
        len(split_names(lines[j]).written) > 1 for j in cells if j not in texts and _all_units(lines[j])
    )
    rows: list[list[tuple[int, Column]]] = [[] for _ in texts]
    bounds = [start - 1, *texts, end]
    for r in range(len(texts) + 1):
        span = [j for j in cells if bounds[r] < j < bounds[r + 1]]
        # A group row between two rows ends the first: what follows it is the next row's.
        cut = next((g for g in groups if bounds[r] < g < bounds[r + 1]), None)
        if cut is not None and r > 0 and r < len(texts):
            _assign(lines, [j for j in span if j < cut], after, rows[r - 1])
            _assign(lines, [j for j in span if j > cut], before, rows[r])
            continue
        want = (after if r > 0 else []) + (before if r < len(texts) else [])
        if len(span) > len(want):
            span = [j for j in span if lines[j].strip().strip("|")]  # a row's closing bars (||) are no cell
        if not span or not want:
            continue
        gaps = [empties.get(j, 0) for j in span]
        if any(gaps) and len(span) + sum(gaps) == len(want):
            # Every cell of the row there, the empty ones told by their blank lines: each in its place.
            places = [k + sum(gaps[: n + 1]) for n, k in enumerate(range(len(span)))]
            assignment: list[Column] | None = [want[p] for p in places]
        else:
            assignment = _align([lines[j] for j in span], want, one_per_line)
        if assignment is None:
            continue
        for j, column in zip(span, assignment, strict=True):
            owner = r - 1 if column in after and r > 0 and (r == len(texts) or column not in before) else r
            rows[owner].append((j, column))
    texts, rows, sub_numbers = _dash_sub_rows(lines, texts, rows)
    piped = any(lines[j] == "|" for j in range(start, end))
    merged: dict[int, str] = {}  # the last leader cell of each column before the task, by column
    # A title column (工作任务 before 具体内容, see _header_without_number) printed on every row is no merged group
    # cell: each row's title starts its text, as a 项目名称 cell does.
    titled = columns[0].kind == "note" and column_kind(columns[0].name) == "text" and len(texts) > 1
    if titled and all(any(c is columns[0] for _, c in row) for row in rows):
        for text_line, row in zip(texts, rows, strict=True):
            title = next(j for j, c in row if c is columns[0])
            lines[text_line] = lines[title] + lines[text_line]
            lines[title] = ""
            row[:] = [(j, c) for j, c in row if c is not columns[0]]
    counts = _counts_in_groups(lines, texts, groups, by_group)
    for number, (text_line, row) in enumerate(zip(texts, rows, strict=True), 1):
        slots = sorted([text_line, *(j for j, _ in row)])
        task = lines[text_line]
        count = sub_numbers.get(text_line, counts.get(text_line, number))
        written = [task if _ROW_HAS_NUMBER.match(task) else f"{count}.{task}"]
        own = {columns.index(c) for _, c in row}
        for j, column in row:
            if column.kind == "leaders" and column in before:
                merged[columns.index(column)] = lines[j]
        for k, value in merged.items():
            # A leader cell merged over the rows below it (周阳市长 printed once, on its first row): cells
            # parted by blank lines show no empty cell, so a row without one has the merged cell's value.
            stop = texts[number] if number < len(texts) else end
            spare = next((b for b in range(text_line + 1, stop) if not lines[b].strip() and b not in slots), None)
            if k not in own and not piped and spare is not None:
                row.append((spare, columns[k]))
                lines[spare] = value
                slots = sorted([*slots, spare])
        for j, column in sorted(row, key=lambda cell: columns.index(cell[1])):
            if _EMPTY_MARK.match(lines[j]):
                continue  # —— / 无 in a cell: printed to say it is empty
            if column.kind in _LABELS:
                written.append(labelled(column.kind, lines[j]))
            elif column.kind == "deadline":
                written.append(f"完成时限:{lines[j]}")
            else:
                notes.append(Note(j + 1, column.name, lines[j], first_row=column.name in GROUP_COLUMNS))
        for slot in slots:
            lines[slot] = ""
        for slot, value in zip(slots, written, strict=False):
            lines[slot] = value
    if piped:
        for j in range(start, end):
            if lines[j] and not lines[j].strip("|"):
                lines[j] = ""  # the bars between cells and rows: left in, they would read as the task's text
    return end


def _dash_sub_rows(
    lines: list[str], texts: list[int], rows: list[list[tuple[int, Column]]]
) -> tuple[list[int], list[list[tuple[int, Column]]], dict[int, int]]:
    """A table whose tasks do not open with a dash, with lines that do (——…率达到80%以上。): a task or dash line
    with no duty cell before the next dash line is one cell with it (a cell of several paragraphs or points,
    flattened a line each), so the lines join; where the tasks are numbered in their cells (1.妇女…服务。),
    each dash line with duty cells of its own is a sub-row, an item of its goal's number. (The task cells and
    rows left, and the number of each sub-row's line.) Tables whose tasks carry no number of their own keep
    their running count."""
    if not texts or DASH_POINT.match(lines[texts[0]]):
        return texts, rows, {}
    numbered = _ROW_HAS_NUMBER.match(lines[texts[0]]) is not None
    rows = [[(j, c) for j, c in row if lines[j].strip().strip("|")] for row in rows]  # (a bar line is no cell)
    kept: list[int] = []
    kept_rows: list[list[tuple[int, Column]]] = []
    numbers: dict[int, int] = {}
    current = 0
    for t, row in zip(texts, rows, strict=True):
        number = _ROW_HAS_NUMBER.match(lines[t])
        if number is not None:
            current = int(number.group().rstrip(".、"))
        elif DASH_POINT.match(lines[t]) and kept:
            if not any(c.kind in UNIT_KINDS for _, c in kept_rows[-1]):
                lines[kept[-1]] += lines[t]  # the line above named no one: the same cell goes on
                lines[t] = ""
                kept_rows[-1].extend(row)
                continue
            if numbered:
                numbers[t] = current
        kept.append(t)
        kept_rows.append(row)
    return kept, kept_rows, numbers


def _bars_between_cells(lines: list[str], start: int, end: int) -> bool:
    """Are the table's cells parted by bar lines (a bar line for every cell or so, not one after a group row)?"""
    bars = sum(1 for j in range(start, end) if lines[j].strip() and not lines[j].strip("|"))
    cells = sum(1 for j in range(start, end) if lines[j].strip("| "))
    return bars >= 3 and bars * 3 >= cells * 2


def _join_lines_between_bars(lines: list[str], start: int, end: int) -> None:
    """A table whose cells bar lines part (| / cell / | / cell …): the lines between two bars are one cell, a cell
    printed on two lines (重大决策…管理。 / 决策草案…) is joined into its first line (the second left empty)."""
    first: int | None = None
    for j in range(start, end):
        line = lines[j]
        if not line.strip() or not line.strip("|"):
            first = None
            continue
        if first is None or GROUP_ROW.match(line):
            first = j
            continue
        lines[first] += line
        lines[j] = ""


def _header(lines: list[str], start: int) -> tuple[list[Column], int] | None:
    """The columns after a 序号 line, and where the rows start; None if this is no table header."""
    cells: list[str] = []
    at: list[int] = []  # the line of each cell
    j = start + 1
    while j < len(lines):
        line = lines[j]
        if not line or line == "|":
            j += 1
            continue
        line = without_pinyin(line)  # 责(zé)任单位 on a mirror that injects pinyin: the header's words
        if cells and _HEADER_NOTE.fullmatch(line) and len(line) <= _NOTE_LONGEST:
            # 落实情况 / (全年): a bracketed word wrapped under a column's name, a note on it (dropped with the brackets,
            # as a note after the name on its own line is)
            j += 1
            continue
        if (
            _NUMBER.match(line)
            or _DOTTED_NUMBER.match(line)
            or GROUP_ROW.match(line)
            or not _HEADER_CELL.match(_HEADER_NOTE.sub("", line))
        ):
            break
        cells.append(_HEADER_NOTE.sub("", line) or line)
        at.append(j)
        j += 1
    k = 0
    while k + 1 < len(cells):
        if _halves(cells[k], cells[k + 1]):
            # 责任领 / 导, 完成时 / 限: a duty's or the deadline's column name a narrow cell wrapped mid-word
            cells[k : k + 2] = [cells[k] + cells[k + 1]]
            del at[k + 1]
        k += 1
    # (单位 / 计量单位 head the unit of measure in a table of figures, a column among others, never its last)
    notes = [k for k, c in enumerate(cells) if known_note(c) and column_kind(c) == "note" and c not in _MEASURE_UNIT]
    after = cells[notes[-1] + 1 :] if notes else []
    if (
        after
        and any(column_kind(c) == "note" and not known_note(c) for c in after)
        # a duty column's name (责任单位) after the note is the header going on, not a row's cell
        and not any(_DUTY_NAME.match(c) for c in after)
        # nor are they a row's cells where numbered rows follow them with a cell under each (责任人 / 联系人 / 1 / …)
        and not (j < len(lines) and _NUMBER.match(lines[j]) and _first_row_cells(lines, j) >= len(cells))
    ):
        joined = _join_fragments(cells)
        if _two_level(joined) == joined:
            # 备注 ends the header, and what follows it is no second header row: the first row's cells,
            # however short (农村公路提质改造 / 韩志远 / 县交通运输局), in a table with empty 序号 cells.
            j = at[notes[-1]] + 1
            cells = cells[: notes[-1] + 1]
    if cells and _leading_column(lines, start) and column_kind(cells[-1]) == "note" and not known_note(cells[-1]):
        # 考核项目 / 序号 / … / 评分部门 / 农业高质高效 / 1: a column before 序号, so the rows start with
        # its cell (a group cell printed on its first row); the unknown cell before the first number is
        # that, not a header.
        cells.pop()
        j = at.pop()  # the rows start at that cell
    elif cells and column_kind(cells[-1]) == "note" and not known_note(cells[-1]) and _group_rows_at(lines, at[-1]):
        # 序号 / 重点任务 / … / 完成时限 / 海绵化建设 / 1 / …: the unknown cell before the first number is a group's name
        # printed over its rows (标准化治理 again before row 3), a category column with no header of its own — no column
        cells.pop()
        j = at.pop()  # the rows start at that cell
    names = _two_level(_join_fragments(cells))
    row = _first_row_cells(lines, j)
    # (the parts first: 配合 / 完成时限 would otherwise join as one wrapped name, 配合完成时限)
    names = _joined_to_row(_parts_after_parent(names, row), row)
    columns = [Column(name, kind) for name, kind in zip(names, header_kinds(names), strict=True)]
    if not any(c.kind == "text" for c in columns) or not any(c.kind in _LABELS for c in columns):
        return None
    return columns, j


# Header words that end a column's name begun on the line above (攻坚目标 / 任务, 第二季度 / 完成情况), and the
# periods a progress column's name starts with.
_NAME_TAILS = frozenset(
    ("任务", "情况", "完成情况", "进展情况", "进度", "内容", "安排", "要求", "目标", "措施", "时限")
)
_PERIOD = re.compile(r"^(?:第[一二三四1-4]季度|[上下]半年|\d{1,2}(?:-\d{1,2})?月份?|\d{4}年度?|年度)$")


def _first_row_cells(lines: list[str], start: int) -> int:
    """How many cells a row after a header holds: the lines from a number to the next number, the most of the
    first rows (0 where no second row shows within a few lines)."""
    cells = [line for line in lines[start : start + 80] if line.strip().strip("|")]
    if not cells or not _NUMBER.match(cells[0]):
        return 0
    # The most cells of the first three rows: a row may leave a cell empty (a blank line, no cell at all).
    most = 0
    at, number = 0, int(cells[0].rstrip("*＊"))
    for _ in range(3):
        nxt = next((k for k in range(at + 1, len(cells)) if cells[k] == str(number + 1)), None)
        if nxt is None:
            break
        most = max(most, nxt - at - 1)
        at, number = nxt, number + 1
    return most


def _joins(first: str, second: str) -> bool:
    """Are two header cells one column's name broken over two lines? The first names no column we know by
    itself (牵头, 攻坚目标 — not 责任单位, not 备注) or a period (第二季度), and the second ends the name (任务,
    完成情况) or the two make a column we know (牵头 / 市领导 → 牵头市领导, the leaders)."""
    kind = column_kind(first)
    if _PERIOD.match(first):
        return True
    if (
        first.endswith(_ROLE_HALVES_TUPLE)
        and second in _DUTY_TAILS
        and column_kind(first + second) not in ("note", "text")
    ):
        # 责任 / 单位, 牵头责任 / 单位: a role's name cut before its noun, the first half of which alone may read as a
        # column of that role
        return True
    if kind not in ("note", "text") or known_note(first):
        return False
    if second in _NAME_TAILS:
        return True
    # 牵头 (the first half of a role's name) / 市领导: together a column we know; a whole name (目标值, 重点工作) takes
    # no other column's name.
    return first in _ROLE_HALVES and column_kind(first + second) not in ("note", "text")


_ROLE_HALVES = frozenset(("牵头", "配合", "协同", "协办", "主办", "责任", "分管", "主管", "包保", "联系", "挂钩"))
_ROLE_HALVES_TUPLE = tuple(_ROLE_HALVES)
_DUTY_TAILS = frozenset(("单位", "部门", "领导", *OFFICE_KINDS))
_NOTE_LONGEST = 8  # (全年), (万元): a note under a column's name, a few characters in brackets


def _joined_to_row(names: list[str], row: int) -> list[str]:
    """A header with more cells than its rows (one header cell wrapped onto two lines: 攻坚目标 / 任务, 第二季度 /
    完成情况): the pairs whose second word ends a column's name, or whose first names a period, joined until
    the header has as many cells as the row; the names as they were where that cannot be done."""
    extra = len(names) - row  # (the 序号 cell is not among the names, nor the row's number among its cells)
    if row <= 0 or extra <= 0:
        return names
    joinable = [k for k in range(len(names) - 1) if _joins(names[k], names[k + 1])]
    chosen: list[int] = []
    for k in joinable:
        if not chosen or k > chosen[-1] + 1:
            chosen.append(k)
    if len(chosen) != extra:
        return names
    out: list[str] = []
    k = 0
    while k < len(names):
        if k in chosen:
            out.append(names[k] + names[k + 1])
            k += 2
        else:
            out.append(names[k])
            k += 1
    return out


# Words a second header row names a column of a text cell by (重点工作 over 工作 | 内容).
_SUB_WORDS = ("内容", "名称", "项目", "事项", "指标", "工作", "任务", "类别", "序号")


# Role words that name a unit column by themselves (牵头 | 配合, alone or under 责任单位); 责任 alone names no role.
_ROLE_WORDS = ("牵头", "配合", "协同", "协办", "主办", "参与")
# What ends the name of a column of who answers (牵头 / 部门 wrapped: 牵头部门).
_WHO_ENDS = ("单位", "部门", "领导", *OFFICE_KINDS)


def _related(sub: str, parent: str) -> bool:
    """工作 under 重点工作, 主要任务 under 具体任务分解, 牵头单位 under 责任单位: the sub-cell shares a word
    with its parent, and holds what its parent holds (a part of it: a unit column under a 责任单位)."""
    if not (sub in parent or any(sub[k : k + 2] in parent for k in range(len(sub) - 1))):
        return False
    kind, whole = column_kind(sub), column_kind(parent)
    return (
        kind == whole
        or (whole == "responsible" and kind in ("lead", "cooperating"))
        or (whole == "text" and kind in ("text", "note"))
    )


def _two_level(names: list[str]) -> list[str]:
    """A header printed as two rows (序号 / 重点工作 / 具体任务分解 / … / 备注 / 工作 / 内容 / 主要任务): the
    cells after a note column that ends the first row, each related to a cell of it (or a word that
    names a text column), are the second row; each first-row cell they divide is replaced by them,
    in order. The names unchanged when the cells after the note column are not such a row."""
    ends = [k for k, name in enumerate(names) if known_note(name) and column_kind(name) == "note" and name != "序号"]
    if not ends or ends[-1] == len(names) - 1:
        return _units_row_below(names)
    cut = ends[-1] + 1
    first, second = names[:cut], names[cut:]
    second = role_named(first, second)  # 责任单位 over 牵头 | 配合
    parents: list[int] = []
    for sub in second:
        start = parents[-1] if parents else 0
        found = next((k for k in range(start, cut) if not known_note(first[k]) and _related(sub, first[k])), None)
        if found is None and sub in _SUB_WORDS and parents:
            found = parents[-1]  # 内容 after 工作: the same parent
        if found is None:
            return names
        parents.append(found)
    out: list[str] = []
    for k, name in enumerate(first):
        subs = [second[i] for i, parent in enumerate(parents) if parent == k]
        out.extend(subs or [name])
    return out


def _units_row_below(names: list[str]) -> list[str]:
    """序号 / 重点任务 / 责任单位 / 完成时限 / 牵头单位 / 配合单位: a second header row of unit (or leader)
    columns (``parent_columns``) printed after a first row that ends in another kind of column, so they cannot
    be columns of that row (a first row would put them beside 责任单位, not after 完成时限)."""
    duties = UNIT_KINDS | {"leaders"}
    for k in range(len(names) - 1, 1, -1):
        subs, first = names[-k:], names[:-k]
        if not first or column_kind(first[-1]) in duties:
            continue
        subs = role_named(first, subs)  # 牵头 | 配合 under 责任单位: 牵头单位 | 配合单位
        if all(column_kind(n) in duties for n in subs) and (two := two_row_header(first, subs)) is not None:
            spans, named = two
            return spread(first, spans, named)
    return names


def _parts_after_parent(names: list[str], row: int) -> list[str]:
    """序号 / 重点任务 / 责任单位 / 牵头单位 / 配合单位 / 完成时限: a two-row header flattened so that the merged
    责任单位 is followed at once by its parts, the first row going on after them. The parts replace it where they
    are bare role words (牵头 / 配合: no column's whole name) or where the rows hold one cell fewer than the
    header has names (``row``, the cells of the first rows; 0 when unknown)."""
    for p, name in enumerate(names):
        if column_kind(name) != "responsible":
            continue
        parts = role_named([name], names[p + 1 : p + 8])
        m = next((k for k, part in enumerate(parts) if column_kind(part) not in ("lead", "cooperating")), len(parts))
        bare = any(n in _ROLE_WORDS for n in names[p + 1 : p + 1 + m])
        if m >= 2 and (bare or (row > 0 and len(names) == row + 1)):
            return names[:p] + parts[:m] + names[p + 1 + m :]
    return names


def _leading_column(lines: list[str], start: int) -> bool:
    """Does a header cell (类别, 考核项目) stand before the 序号 at ``start``?"""
    k = start - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0:
        return False
    name = lines[k].replace(" ", "")
    return 2 <= len(name) <= 6 and bool(_HEADER_CELL.match(name)) and not any(ch.isdigit() for ch in name)


_HEADER_BODY = re.compile(r"^[省市县区州镇]?(?:人民)?政府$")


def _halves(first: str, second: str) -> bool:
    """Are two header cells a duty's or a deadline's column name cut anywhere, neither a column's name alone (or the
    second only the end every such name has: 牵头区 / 领导)?"""
    # (完成时 reads as a note's name, 完成 as in 完成情况: the two together name the deadline's column)
    if known_note(second) or column_kind(first) != "note":
        return False
    if column_kind(second) != "note" and second not in _WHO_ENDS:
        return False
    # (the two end as such a name ends: 单位 / 配合 is two columns' pieces, not one name)
    return (first + second).endswith(_NAME_ENDS) and column_kind(first + second) in ("leaders", "deadline", *_LABELS)


_NAME_ENDS = (*_WHO_ENDS, "时限", "时间", "期限", "节点", "時限", "時間", "節點")


def _join_fragments(cells: list[str]) -> list[str]:
    """分管 / 领导 → 分管领导; 完成 / 状况 → 完成状况: header cells split over two lines."""
    names: list[str] = []
    k = 0
    while k < len(cells):
        cell = cells[k]
        nxt = cells[k + 1] if k + 1 < len(cells) else ""
        after = cells[k + 2] if k + 2 < len(cells) else ""
        # (任务 / 责任 / 单位: 责任 is half of the next column's name, 责任单位, not the end of this one)
        starts_next = nxt in _ROLE_HALVES and bool(after) and column_kind(nxt + after) not in ("note", "text")
        if cell in _ROLE_WORDS and nxt in _WHO_ENDS:
            names.append(cell + nxt)  # 牵头 / 部门: a role's column name wrapped in its cell, not a role under one
            k += 2
            continue
        if (
            nxt
            and len(cell) <= 2
            and len(nxt) <= 2
            and cell not in ("备注", "序号")
            and cell not in _ROLE_WORDS
            and not starts_next
        ):
            names.append(cell + nxt)
            k += 2
            continue
        if nxt and _HEADER_BODY.match(cell) and column_kind(nxt) in ("leaders", *_LABELS):
            names.append(cell + nxt)  # 区政府 / 分管领导: whose leader the column names
            k += 2
            continue
        names.append(cell)
        k += 1
    return names


# A row's number alone with a mark after it (1. / 1、), in a table that prints its 序号 cells so.
_DOTTED_NUMBER = re.compile(r"^(\d{1,4})[.、．]$")


def _bare_row_numbers(lines: list[str], start: int) -> None:
    """1. / 完成固定资产投资… / …: a table one cell per line that prints its 序号 cells with a mark after the
    number — each such line read as the bare number it is."""
    # (the first line that is no blank and no group row: 一、教育医疗 may stand between the header and row 1)
    first = next(
        (k for k in range(start, min(len(lines), start + 6)) if lines[k].strip() and not GROUP_ROW.match(lines[k])),
        None,
    )
    if first is not None and _DOTTED_NUMBER.match(lines[first]):
        for k in range(first, len(lines)):
            if m := _DOTTED_NUMBER.match(lines[k]):
                lines[k] = m.group(1)


def _rewrite_rows(
    lines: list[str], columns: list[Column], start: int, notes: list[Note], problems: list[tuple[int, str]]
) -> int:
    """Rewrite the rows after a header; return the index where the table ends."""
    if any(line and not line.strip("|") for line in lines[start - 2 : start + 1]):
        if not _bars_part_rows(lines, start, columns):
            return _rewrite_delimited(lines, columns, start, notes)
        # | / 1 / cell / cell … / | / 2 …: each bar line stands before a row, the cells one per line; the
        # rows are read as any (bar lines are no cells), and the bars of the whole table leave no text.
        end = _cell_rows(lines, columns, start, notes, problems)
        for k in range(max(0, start - 2), end):
            if lines[k] and not lines[k].strip("|"):
                lines[k] = ""
        return end
    return _cell_rows(lines, columns, start, notes, problems)


def _cell_rows(
    lines: list[str], columns: list[Column], start: int, notes: list[Note], problems: list[tuple[int, str]]
) -> int:
    """The rows of a table one cell per line, read twice where its cells were wrapped at their columns' widths
    (fyplan/read/cellwraps.py): the first reading tells which lines stand in which column, the second joins each
    line that fills a wrapped column to the next. Read once where no column shows it was wrapped."""
    if all(c.kind != "note" for c in columns) and "序号" in lines[start:]:
        # (where no column holds figures: a 分值 cell is a bare number too)
        _page_numbers_before_headers(lines, start, columns)
    wraps: Wraps | None = None
    for _ in range(_TRIAL_READINGS):
        trial = lines[:]
        seen: list[list[tuple[int, str, str]]] = []
        trial_notes: list[Note] = []
        trial_problems: list[tuple[int, str]] = []
        end = _rewrite_cell_rows(trial, columns, start, trial_notes, trial_problems, seen=seen, wraps=wraps)
        found = Wraps.of(lines, seen)
        if wraps is not None:
            # (the widths the reading before the joins showed: once joined, a wrapped cell shows no wrap)
            found = attrs.evolve(
                found,
                wrapped={**found.wrapped, **wraps.wrapped},
                unit_widths=tuple(sorted({*found.unit_widths, *wraps.unit_widths}, reverse=True)),
            )
        if not found.found or (wraps is not None and found.column_of == wraps.column_of):
            # (no wrapped column, or the reading with the joins puts each line where the one before it did)
            lines[:] = trial
            notes.extend(trial_notes)
            problems.extend(trial_problems)
            _merged_first_texts(lines, columns, start, end, notes)
            return end
        wraps = found
    end = _rewrite_cell_rows(lines, columns, start, notes, problems, wraps=wraps)
    _merged_first_texts(lines, columns, start, end, notes)
    return end


_ROW_NUMBERED = re.compile(r"^\d{1,4}\.$")
_ROW_NUMBERED_TEXT = re.compile(r"^(\d{1,4}\.)(?=\S)")
_SENTENCE_MARK = re.compile(r"[。,，;；:：]")
_GROUP_TITLE_LONGEST = 20
_WRAPPED_WIDTH = 12  # the narrowest width a wrapped task's cell is read at


def _merged_first_texts(lines: list[str], columns: list[Column], start: int, end: int, notes: list[Note]) -> None:
    """A table of two text columns whose first is merged over groups of rows (主要任务 / 工作内容: 建立河长组织体系
    printed on its group's first row alone, the rows below it a 工作内容 cell only): the first is the group's title,
    no part of any row's task — each row of the group gets it as a note of that column, the task is the second cell.
    Only where some rows print both cells and some one, and every first cell is a title (short, no sentence's mark)."""
    texts = [c for c in columns if c.kind == "text"]
    if len(texts) != 2 or columns.index(texts[0]) + 1 != columns.index(texts[1]):
        return
    rows: list[list[int]] = []  # each row's text lines, from its numbered line to its first field
    numbers: dict[int, str] = {}  # the number a row's first text line opens with (2.全面推行…: the row's number too)
    last = ""  # the number of the row before
    for k in range(start, min(end, len(lines))):
        if _ROW_NUMBERED.match(lines[k]):
            rows.append([])
            last = lines[k]
        elif (opened := _ROW_NUMBERED_TEXT.match(lines[k])) is not None:
            # (1. / 实施…行动 / 完善… then 1.严格…: a sub-row of row 1, its one cell under the merged title — no row
            # printing one text cell of its own)
            rows.append([k] if opened.group(1) != last else [])
            numbers[k], last = opened.group(1), opened.group(1)
        elif rows and lines[k] and not _OWN_FIELD.match(lines[k]) and (not rows[-1] or rows[-1][-1] == k - 1):
            rows[-1].append(k)

    def words(k: int) -> str:
        return lines[k][len(numbers[k]) :] if k in numbers else lines[k]

    def wrapped(row: list[int]) -> bool:
        # (a cell its column's width wrapped: every line but the last a wide column's width — two short lines of a
        # narrow column, 城区主干道路 / 提升改造工程, are a title's, no task's wrap)
        return all(len(words(k)) >= _WRAPPED_WIDTH for k in row[:-1])

    def titled(row: list[int]) -> bool:
        # (a title then the task's cell: both alone, or the task's cell wrapped, its first line longer than the title)
        if len(row) == 2:
            return True
        return len(row) > 2 and wrapped(row[1:]) and len(words(row[0])) < len(words(row[1])) - 2

    both = [row for row in rows if titled(row)]
    alone = [row for row in rows if row and not titled(row)]
    if not both or not alone or any(len(row) > 1 and not wrapped(row) for row in alone):
        return
    if any(len(words(row[0])) > _GROUP_TITLE_LONGEST or _SENTENCE_MARK.search(words(row[0])) for row in both):
        return
    if not rows[0] or not titled(rows[0]):
        return  # (the first row opens the first group)
    title = ""
    for row in rows:
        if titled(row):
            title, lines[row[0]] = words(row[0]), numbers.get(row[0], "")
        if row and title:
            notes.append(Note(row[-1] + 1, texts[0].name, title, first_row=True))


# Readings on trial before the last: the first tells where the lines stand, the second where they stand once the
# wrapped task cells are joined (a unit list's lines it took as the task's: 市委网信办、市文 / 化旅游广电局).
_TRIAL_READINGS = 2


# A table's footnote line: 注:… / 备注:… / 说明:… (or 注1.…), or a line that is a bracket alone saying what a mark
# means ((标注*的为牵头单位)).
_FOOTNOTE = re.compile(r"^(?:(?:注|附注|说明)\s*\d?\s*[:：.、]|\([^()]*(?:标注|标\*|带\*|\*)[^()]*\)$)")


# An article's end mark (- END -, —完—, (完)), a credit line of its page (来源:, 编辑:, 审核:, 责任编辑:) or its
# buttons (分享到:, 【打印】【关闭】).
_PAGE_END = re.compile(
    r"^(?:[-—–－ ]*(?:END|End|end|完)[-—–－ ]*|[(（【]完[)）】]|(?:来源|來源|编辑|編輯|责任编辑|責任編輯|审核|審核|校对|校對|作者)\s*[:：].*"
    r"|(?:分享到|分享至)\s*[:：]?.*|[【\[]?(?:打印|关闭|關閉)(?:本页|本頁|窗口)?[】\]]?.*)$"
)


def _rewrite_cell_rows(
    lines: list[str],
    columns: list[Column],
    start: int,
    notes: list[Note],
    problems: list[tuple[int, str]],
    seen: list[list[tuple[int, str, str]]] | None = None,
    wraps: Wraps | None = None,
) -> int:
    """Rewrite the rows of a table one cell per line; return the index where the table ends. ``seen``: filled
    with each row's cell lines and the (kind, name) of their columns; ``wraps``: the columns a first reading found wrapped."""
    j = start
    above: _RowDuties | None = None  # the duty cells of the row above, where a merged cell may go on
    # A leader cell is read as merged over the rows below only in a table that names leaders in two cells or more
    # (one 分管领导 on the first row alone heads no run of rows it leads).
    leaders_column = any(c.kind == "leaders" for c in columns)
    leaders_merge = leaders_column and _leader_cells(lines, start) >= 2
    # (牵头领导 | 责任领导: two columns of leaders, the first the more senior, merged over the rows it leads)
    two_leaders = sum(1 for c in columns if c.kind == "leaders") == 2
    group_column = _group_column_over(lines, start)
    if group_column is None and _group_rows_at(lines, start):
        group_column = _UNNAMED_GROUP  # (a group's name over its rows, no header for it: read as a 类别 column's)
    parted = _parted_header(lines, start)
    in_group: str | None = None  # the group cell (类别 教育) printed before the row's number, for that row
    while j < len(lines):
        line = lines[j]
        if line == "序号" and (skip := _header_again(lines, j, columns)):
            j += skip  # the header printed again on the next page: the table goes on
            above = None  # (a page's first row prints its own cells: an empty one there is empty, not merged)
            continue
        if line == "序号":
            return j
        if group_column and _group_cell(lines, j):
            in_group, lines[j] = (
                line.strip(),
                "",
            )  # 类别 / 序号 / …: 教育 / 1 / …, the group's cell before its first row
            j += 1
            continue
        if not _NUMBER.match(line):
            if GROUP_ROW.match(line):
                above = None  # a group row spans the table: no cell is merged across it
            j += 1  # blank lines and group rows (一、… 负责事项) stay as they are
            continue
        row_start = j
        cells: list[int] = []
        paged = -1  # the line where the header is printed again inside the row (the page broke there)
        j += 1
        group = j
        while group < len(lines) and not lines[group].strip(" |"):
            group += 1
        if group < len(lines) and GROUP_ROW.match(lines[group]) and columns and columns[0].kind == "text":
            # 1 / 一、全年主要预期目标 / 1.地区生产总值 / …: the first column holds the group's name, printed on
            # its first row; it heads the rows (a group row), and the row starts after it.
            lines[row_start], lines[group] = lines[group], lines[row_start]
            row_start, j = group, group + 1
        # The next row is a later number (or 1 again) whose next cell fits the first column: a number
        # cell of this row (0, or 42 in a 年度目标 column, followed by a body) is a cell.
        lines[row_start] = line = line.rstrip("*＊")
        current = int(line)
        width = sum(1 for column in columns if column.kind != "number")
        while (
            j < len(lines)
            and not (
                _next_number(lines[j], current)
                # a row with all its cells is followed by the next row, whatever its task cell looks like
                # (现代化美丽城镇 ends as a body's name does)
                and (_opens_row(lines, j, columns) or (len(cells) >= width and lines[j] == str(current + 1)))
                and not _successor_ahead(lines, j, current, columns, width)
                and not _figure_of_sparse_row(lines, j, current, cells, columns)
            )
            and not GROUP_ROW.match(lines[j])
            and (lines[j] != "序号" or _header_again_lines(lines, j, columns))
        ):
            if lines[j] == "序号":
                # A row the page broke (…新建 / — 5 — / the header again / 滨江绿道6公里…): it goes on.
                paged = j
                j += _header_again(lines, j, columns)
                continue
            if not lines[j] and len(cells) >= width and _ends_table(lines, j):
                break  # the last row is full and a blank line parts it from the signature and date below
            if (len(cells) >= width or (len(cells) >= 2 and _issued_at(lines, j))) and signature_at(lines, j):
                # the last row is full and the issuer's name over the date follows it, no blank line between; or the
                # date says it is the day the notice was issued (…印发): a row of merged cells prints fewer
                break
            if is_footer(lines[j]):
                break  # 抄送:…, 主题词:…: the document's footer, after the table, however full its last row
            if len(cells) >= width and (
                _FOOTNOTE.match(lines[j]) or _PAGE_END.match(lines[j]) or ATTACHMENT_LINE.match(lines[j])
            ):
                # 注:带*的单位为…, (标注*的为牵头单位): the table's footnote, after a full last row; - END -, 来源:…,
                # 编辑:…: the article's end and its page's credits; 附件2: the next attachment's list
                break
            # Borders alone are empty cells, here nothing to place; a line that is a field of its own
            # (省牵头单位:省商务厅, under the row's cells) keeps its label, whatever column it is under.
            if (
                lines[j]
                and lines[j].strip("|")
                and not _OWN_FIELD.match(lines[j])
                and not is_junk(lines[j])
                and not PAGE_LINE.fullmatch(lines[j])
            ):
                # (a mirror's advertisement between the cells is no cell: left as text; nor is a page's number
                # between two rows, — 3 —, which the page put there, not the table)
                cells.append(j)
            j += 1
        # The row's blank lines as printed (before the joins below empty the lines they join: no empty cells)
        blanks = (
            frozenset(k for k in range(row_start + 1, cells[-1]) if not lines[k].strip(" |")) if cells else frozenset()
        )
        bare = bool(cells) and all(lines[k].strip() for k in range(row_start + 1, cells[-1]))  # (a | line is no blank)
        cells = join_date_tails(lines, join_cut_endings(lines, join_open_lists(lines, cells)))
        if len(cells) > width and parted:
            cells = _join_unparted(lines, cells, width)
        if len(cells) > width:
            cells = join_cut_names(lines, cells, width)
        if wraps is not None:
            cells = wraps.joined(lines, cells, joined_filled, _leaders_line if leaders_column else None)
        if group_column and len(cells) > width and _group_cell(lines, cells[-1]):
            next_group, lines[cells[-1]] = lines[cells[-1]].strip(), ""  # the next row's group cell, after this row
            cells.pop()
        else:
            next_group = None
        if group_column and in_group and cells:
            notes.append(Note(cells[0] + 1, group_column, in_group, first_row=True))
        in_group = next_group
        if _rewrite_sub_rows(lines, cells, columns, row_start):
            continue
        if cells and (own := _ROW_HAS_NUMBER.match(lines[cells[0]])) and own.group(0)[:-1] == lines[row_start]:
            lines[row_start] = ""  # 2 / 2.城乡居民收入: the task cell prints the row's number itself
        else:
            lines[row_start] += "."
        packed = bare
        assignment = None if packed else _blank_as_empty(lines, cells, columns, row_start, blanks)
        # a blank line for each empty cell, or a mark for one (| / — 无): none is merged
        written_empty = assignment is not None or any(
            _EMPTY_MARK.match(lines[k]) for k in range(row_start + 1, (cells[-1] if cells else row_start) + 1)
        )
        if assignment is None:
            assignment = align_row([lines[c] for c in cells], columns, packed)
        if assignment is None:
            problems.append((row_start + 1, f"the cells of table row {lines[row_start]} do not fit its columns"))
            continue
        if seen is not None:
            seen.append([(c, column.kind, column.name) for c, column in zip(cells, assignment, strict=True)])
        _number_sub_row(lines, cells, assignment, lines[row_start])
        duties = _RowDuties(
            row_start,
            tuple(
                (column.kind, lines[c]) for c, column in zip(cells, assignment, strict=True) if column.kind in _LABELS
            ),
            next((lines[c] for c, column in zip(cells, assignment, strict=True) if column.kind == "deadline"), ""),
        )
        for c, column in zip(cells, assignment, strict=True):
            if column.kind in _LABELS:
                lines[c] = labelled(column.kind, lines[c])
            elif column.kind == "deadline":
                lines[c] = f"完成时限:{lines[c]}"
            elif column.kind == "note":
                notes.append(Note(c + 1, column.name, lines[c]))
                lines[c] = ""
        if not any(column.sub for column in assignment):
            _text_first(lines, cells, assignment)
            texts = any(column.kind == "text" for column in assignment)
            if not duties.cells and above is not None and texts and not written_empty:
                duties = _under_merged(lines, row_start, cells, above, problems)
            elif (
                duties.cells
                and above is not None
                and texts
                and not written_empty
                and leaders_merge
                and not any(kind == "leaders" for kind, _ in duties.cells)
                and (leader := next((v for kind, v in above.cells if kind == "leaders"), None)) is not None
                and (merged := _merged_run(lines, cells, assignment, columns, above, leader))
                and _leader_merged(lines, row_start, cells, merged, problems)
            ):
                shared = tuple(
                    (merged.helping, v) if kind == "lead" and merged.lead else (kind, v) for kind, v in duties.cells
                )
                duties = _RowDuties(row_start, (*merged.duties, *shared), duties.deadline or merged.deadline)
            elif above is not None and texts and not written_empty and two_leaders:
                duties = _first_leader_merged(lines, cells, assignment, duties, above)
            elif above is not None and texts and not written_empty and duties.cells:
                duties = _lead_merged_over(lines, cells, assignment, columns, duties, above)
        # (the page broke after the row's last cell: the next row is a page's first, which prints its own cells)
        above = duties if duties.cells and not (cells and cells[-1] < paged) else None
    return j


def _parted_header(lines: list[str], start: int) -> bool:
    """Is the header that ends at ``start`` printed a blank line between every two of its cells (序号 / blank /
    重点任务 / blank / 牵头单位 …, as a web table's copy prints them)? Then its rows' cells are parted so too, and two
    lines with none between them are one cell's."""
    top = _header_top(lines, start)
    if top is None:
        return False
    filled = [k for k in range(top, start) if lines[k].strip()]
    return len(filled) >= 3 and all(b > a + 1 for a, b in itertools.pairwise(filled))


def _join_unparted(lines: list[str], cells: list[int], width: int) -> list[int]:
    """A row of a table whose cells a blank line parts, with more cell lines than columns: lines with no blank between
    them are one cell — a name its narrow column wrapped (市城市管理 / 执法委员会) joined as one, whole names one to a
    line (县自然资源局 / 县水务局 / 德党镇) joined by 、 — only where they are no more pairs than lines too many."""
    glued = sum(1 for a, b in itertools.pairwise(cells) if b == a + 1)
    if not glued or glued > len(cells) - width:
        return cells
    out: list[int] = []
    previous = -2  # the line of the cell line before (a run of three lines joins into its first)
    for c in cells:
        if out and previous + 1 == c and lines[out[-1]] and lines[c]:
            last = lines[out[-1]].rsplit("、", 1)[-1]
            lines[out[-1]] += "、" + lines[c] if _two_names(last, lines[c]) else lines[c]
            lines[c] = ""
        else:
            out.append(c)
        previous = c
    return out


def _two_names(first: str, second: str) -> bool:
    """Are two lines of one cell two names, each whole (not one name cut: 各县 / 区政府, 市生态 / 环境局)?"""
    if _cut_name(first, second) or _list_cut(first, second) or _clause_goes_on(first, second):
        return False
    if second[:1] in PLACE_LEVELS and second[1:] in SHARED_SUFFIXES:
        return False  # (各县 / 区政府: the counties' and districts' governments, one collective)
    return _whole_name(first) and _whole_name(second)


def _whole_name(line: str) -> bool:
    """A body's whole name, a person's or a post (a cell's line that is no piece of a wrapped name)."""
    last = split_names(line).written[-1:] or [line]
    return ends_like_unit(last[0]) or _leader_cell(last[0]) or post_alone(last[0])


def _header_top(lines: list[str], start: int) -> int | None:
    """The line of the 序号 that opens the header ending at ``start`` (within 30 lines above it), or None."""
    return next((k for k in range(start - 1, max(-1, start - 30), -1) if lines[k] == "序号"), None)


def _group_column_over(lines: list[str], start: int) -> str | None:
    """类别 / 序号 / 工作任务 / …: the name of a group column printed before the header's 序号 (the header that ends
    at ``start``), or None."""
    top = _header_top(lines, start)
    return _group_column_before(lines, top) if top is not None else None


def _group_column_before(lines: list[str], at: int) -> str | None:
    """The name of a group column (GROUP_COLUMNS) on the last line with words before ``at``, or None."""
    above = next((lines[k] for k in range(at - 1, max(-1, at - 4), -1) if lines[k].strip(" |")), "")
    name = above.replace(" ", "").strip("|")
    return name if name in GROUP_COLUMNS else None


def _group_cell(lines: list[str], at: int) -> bool:
    """A group's cell right before a row's number: a few words, no sentence, no number, no body's name."""
    cell = lines[at].strip()
    if not cell or len(cell) > 20 or _NUMBER.match(cell) or GROUP_ROW.match(cell) or any(ch in cell for ch in "。,;:"):
        return False
    return bool(_NUMBER.match(_next_filled(lines, at))) and not looks_like_unit(cell)


def _next_filled(lines: list[str], at: int) -> str:
    """The first of the three lines after ``at`` with words (not blank, not a bar line alone), or ""."""
    return next((line for line in lines[at + 1 : at + 4] if line.strip(" |")), "")


_UNNAMED_GROUP = "类别"


def _group_like(cell: str) -> bool:
    """A group's name (海绵化建设, 标准化治理): a few words, no figure, no sentence's mark, no body's or person's name, no
    time."""
    cell = cell.strip()
    return (
        1 < len(cell) <= 12
        and not any(ch.isdigit() for ch in cell)
        and not any(ch in cell for ch in "。,;:、() ")  # (局长 孙志刚: a post and a name, spaced)
        and not cell.endswith(("人", "单位", "部门", "领导", "科室", "处室"))  # (负责人: a column's name)
        and titled_person(cell) is None
        and not GROUP_ROW.match(cell)
        and not looks_like_unit(cell)
        and not _leader_cell(cell)
        and not post_alone(cell)
        and not _DEADLINE_WORDS.search(cell)
    )


_DEADLINE_WORDS = re.compile(r"年|月|日|季度|长期|持续|常态|立行立改|前|底")


def _group_rows_at(lines: list[str], at: int) -> bool:
    """Does a group's name stand at line ``at`` (the first line of a table's rows, blank lines skipped) right before row
    1, and another such name before a later row of the table: groups printed over their rows with no column header?"""
    first = next((k for k in range(at, min(len(lines), at + 4)) if lines[k].strip()), None)
    if first is None or not _group_like(lines[first]) or _next_filled(lines, first).strip() != "1":
        return False
    for k in range(first + 2, min(len(lines), first + 400)):
        if lines[k] == "序号":
            return False
        nxt = _next_filled(lines, k).strip()
        if _NUMBER.match(nxt) and nxt != "1" and _group_like(lines[k]):
            return True
    return False


# A cell that says it is empty: a bar, a slash, a dash, 无.
_EMPTY_MARK = re.compile(r"^\s*(?:[|/／\\]|[-—－─]{1,2}|无|無)\s*$")


def _leader_cells(lines: list[str], start: int) -> int:
    """How many cells of people's names the table from ``start`` holds (up to its next header or 400 lines)."""
    count = 0
    for line in lines[start : start + 400]:
        if line == "序号":
            break
        if line and not looks_like_unit(line) and (_PERSON.match(line) or DOTTED_NAME.fullmatch(line) or _people(line)):
            count += 1
        elif line and len(line) <= _TITLED_CELL_LONGEST and (_TITLE_THEN_NAME.match(line) or _titled_name(line)):
            count += 1  # 副总经理 李强, 县长李志强: a post and its holder's name, a leader's cell too
        elif line and len(line) <= _TITLED_CELL_LONGEST and titled_person(line) is not None:
            count += 1  # 赵永刚副区长: the name, then the post
        elif line and len(line) <= _TITLED_CELL_LONGEST and post_alone(line):
            count += 1  # 常务副市长, 分管副市长: a post with no holder named, a leader's cell all the same
    return count


_TITLED_CELL_LONGEST = 24


def _leader_merged(
    lines: list[str], row_start: int, cells: list[int], merged: _Merged, problems: list[tuple[int, str]]
) -> bool:
    """A row with its bodies but no leader cell under a row with one: the leader's cell is merged over both (one
    副市长 over the tasks they lead, printed on the first), as the annotated tables read it — and with it, where
    ``_merged_run`` found them, the lead unit's and the deadline's. One field line goes after the row's text, before
    its bodies; a warning says so."""
    kept = [lines[k] for k in range(row_start + 1, cells[-1] + 1) if lines[k]]
    first_duty = next((n for n, line in enumerate(kept) if _OWN_FIELD.match(line)), 0)
    if not first_duty:
        return False
    fields = [labelled(kind, value) for kind, value in merged.duties]
    if merged.deadline:
        fields.append(f"完成时限:{merged.deadline}")
    _merged_field(lines, row_start, cells[-1], first_duty, ";".join(fields))
    # (the leader alone, as written; with the lead or the deadline, each field with its label)
    said = ";".join(fields) if len(fields) > 1 else merged.leader
    shared = (("leader", True), ("lead unit", bool(merged.lead)), ("deadline", bool(merged.deadline)))
    what = " and ".join(word for word, merged_too in shared if merged_too)
    problems.append((row_start + 1, f"{_row_name(lines, row_start)} has no {what} cell: {MERGED_SHARED} ({said})"))
    return True


@attrs.frozen
class _Merged:
    """The cells of the row above merged over a row that prints no leader: the leader, maybe its lead unit, maybe
    its deadline."""

    leader: str
    lead: str = ""
    deadline: str = ""
    helping: str = "cooperating"  # the column kind the row's unit cell was moved to, where the lead was merged

    @property
    def duties(self) -> tuple[tuple[str, str], ...]:
        return (("leaders", self.leader), *((("lead", self.lead),) if self.lead else ()))


def _merged_run(
    lines: list[str],
    cells: list[int],
    assignment: list[Column],
    columns: list[Column],
    above: _RowDuties,
    leader: str,
) -> _Merged:
    """What a row that prints no leader cell shares with the row above, besides the leader: merged cells print on the
    first row of their run only, and the row's cells fill the columns they are in. Its only unit cell listing two
    bodies or more (甲局、乙局) in a table with a 配合 column beside the 牵头 one, under a row with its lead: the
    配合 cell, the lead's merged over it (a lead cell names one body, mostly; a merged run of rows shares its lead
    as it shares its leader). No 完成时限 cell under a row with one: merged too (an empty cell prints a blank line,
    or a mark: ``written_empty``)."""
    kinds = [column.kind for column in assignment]
    lead = ""
    above_lead = next((v for kind, v in above.cells if kind == "lead"), "")
    # (配合单位, or 责任单位 beside 牵头单位: the bodies that help)
    helping = next((c.kind for c in columns if c.kind in ("cooperating", "responsible")), None)
    if (
        helping is not None
        and kinds.count("lead") == 1
        and helping not in kinds
        and above_lead
        and "、" in (only := lines[cells[kinds.index("lead")]])
    ):
        at = kinds.index("lead")
        lines[cells[at]] = labelled(helping, only.split(":", 1)[1] if _OWN_FIELD.match(only) else only)
        lead = above_lead
    deadline = above.deadline if "deadline" not in kinds and any(c.kind == "deadline" for c in columns) else ""
    return _Merged(leader, lead, deadline, helping or "cooperating")


@attrs.frozen
class _RowDuties:
    """A table row's duty cells, (column kind, value) in order, and the line its row starts on."""

    line: int
    cells: tuple[tuple[str, str], ...]
    deadline: str = ""  # the row's 完成时限 cell (printed, or merged over it from above)


def _lead_merged_over(
    lines: list[str],
    cells: list[int],
    assignment: Sequence[Column],
    columns: Sequence[Column],
    duties: _RowDuties,
    above: _RowDuties,
) -> _RowDuties:
    """A row that prints one units' cell, read as the lead's, under a row that printed a lead of one body and its
    helpers, in a table of 牵头单位 and 配合单位: where the cell lists several bodies (自治区教育厅、团区委), the lead's cell
    is merged over both rows (printed once, on the first) and this one is the helpers'. A row whose one cell names one
    body, or whose row above led with several, is as printed."""
    kinds = {column.kind for column in columns}
    if "lead" not in kinds or "cooperating" not in kinds or any(kind != "lead" for kind, _ in duties.cells):
        return duties
    own = [c for c, column in zip(cells, assignment, strict=True) if column.kind == "lead"]
    theirs = [v for kind, v in above.cells if kind == "lead"]
    helpers = [v for kind, v in above.cells if kind == "cooperating"]
    if len(own) != 1 or len(duties.cells) != 1 or len(theirs) != 1 or not helpers:
        return duties
    mine = duties.cells[0][1]
    if len(split_names(theirs[0]).names) != 1 or len(split_names(mine).names) < 2:
        return duties
    lines[own[0]] = f"{labelled('lead', theirs[0])};{labelled('cooperating', mine)}"
    return attrs.evolve(duties, cells=(("lead", theirs[0]), ("cooperating", mine)))


def _first_leader_merged(
    lines: list[str], cells: list[int], assignment: Sequence[Column], duties: _RowDuties, above: _RowDuties
) -> _RowDuties:
    """A row of a table with two leaders' columns (牵头领导 | 责任领导) that prints one leader under a row that printed
    two: the first column's cell is merged over both (王志刚 over rows 1-3, each printing its own 责任领导) — the row's
    leaders are the row above's first and its own. A row that prints two, or none, or the same name, is as printed."""
    own = [c for c, column in zip(cells, assignment, strict=True) if column.kind == "leaders"]
    mine = [v for kind, v in duties.cells if kind == "leaders"]
    theirs = [v for kind, v in above.cells if kind == "leaders"]
    if len(own) != 1 or len(mine) != 1 or len(theirs) != 2 or theirs[0] == mine[0]:
        return duties
    lines[own[0]] = labelled("leaders", f"{theirs[0]}、{mine[0]}")
    kept = tuple(cell for cell in duties.cells if cell[0] != "leaders")
    return attrs.evolve(duties, cells=(("leaders", theirs[0]), ("leaders", mine[0]), *kept))


def _under_merged(
    lines: list[str], row_start: int, cells: list[int], above: _RowDuties, problems: list[tuple[int, str]]
) -> _RowDuties:
    """A row with a task and no duty cell at all under a row with some: the duty cells are merged over both
    (one 责任单位 cell spanning the rows of the figures it answers for), printed once, on the first row, so a
    flattened table shows them there only. A task nobody answers for is no row of such a table, an empty
    cell of one column is (配合单位 left blank), so only a row with none takes the row above's, as one field
    line after its text. Said in a warning: the flattened text cannot show a merged cell from an empty one."""
    kept = [lines[k] for k in range(row_start + 1, cells[-1] + 1) if lines[k]]
    if not kept:
        return _RowDuties(row_start, ())
    fields: dict[str, list[str]] = {}
    for kind, value in above.cells:
        fields.setdefault(kind, []).append(value)
    field = ";".join(f"{_LABELS[kind]}:{'、'.join(values)}" for kind, values in fields.items())
    _merged_field(lines, row_start, cells[-1], len(kept), field)
    problems.append((row_start + 1, f"{_row_name(lines, row_start)} has no duty cell: {MERGED_SHARED} ({field})"))
    return _RowDuties(row_start, above.cells)


# How a warning says a row took a merged cell (every table reader words it so).
MERGED_SHARED = "read as sharing the merged cell of the row above"


def _merged_field(lines: list[str], row_start: int, last: int, at: int, field: str) -> None:
    """Write a merged cell's field into a row (its number's line ``row_start`` to ``last``) as its ``at``-th line
    after the number: room is made by moving the row's first line up onto the number's, so every line keeps its
    place in the file and the row its lines."""
    kept = [lines[k] for k in range(row_start + 1, last + 1) if lines[k]]
    rewritten = [lines[row_start] + kept[0], *kept[1:at], field, *kept[at:]]
    size = last - row_start + 1
    lines[row_start : last + 1] = rewritten + [""] * (size - len(rewritten))


def _row_name(lines: list[str], row_start: int) -> str:
    """How a warning names the row whose line is ``row_start``: table row 2."""
    return f"table row {lines[row_start].split('.')[0]}"


def _header_again(lines: list[str], at: int, columns: list[Column]) -> int:
    """How many lines the table's header takes where it is printed again at ``at`` (序号 and the same column
    names, one per line, blanked here); 0 where it is not."""
    taken = _header_again_lines(lines, at, columns)
    for k in range(at, at + taken):
        lines[k] = ""
    return taken


def _header_again_lines(lines: list[str], at: int, columns: list[Column]) -> int:
    """``_header_again`` without blanking the header."""
    names = [c.name.replace(" ", "") for c in columns]  # (工 作 标 准: a name spaced out to its cell's width)
    names = names if names[:1] == ["序号"] else ["序号", *names]
    if [line.replace(" ", "") for line in lines[at : at + len(names)]] == names:
        return len(names)
    # (or its names wrapped in their narrow cells as on the first page, 责任领 / 导: the same words in order)
    whole = "".join(names)
    said = ""
    k = at
    while k < len(lines) and len(said) < len(whole) and k - at < 3 * len(names):
        said += lines[k].replace(" ", "")
        k += 1
    return k - at if said == whole else 0


def _page_numbers_before_headers(lines: list[str], start: int, columns: list[Column]) -> None:
    """A bare number right before the header printed again (… / 2 / 序号 / 重点工作 / …), or the text's last line in
    a table whose header is printed again: the page's number, the last line of a page — no row's number nor a row's
    cell; blanked."""
    last = len(lines)
    while last > start and not lines[last - 1].strip():
        last -= 1
    for at in range(start, len(lines) + 1):
        if at < len(lines) and (lines[at] != "序号" or not _header_again_lines(lines, at, columns)):
            continue
        before = min(at, last) - 1
        while before > start and not lines[before].strip():
            before -= 1
        if before > start and _NUMBER.match(lines[before]):
            lines[before] = ""


_JOIN_BARE = frozenset("、,，;；(（")  # a wrapped list or sentence goes on with nothing between


def spaced_names_joined(cells: list[str]) -> list[str]:
    """陈  华 in a row whose cells two spaces part: a two-character name spaced to the width of three, split in two
    cells — one cell (a surname alone, then one or two characters; no other cell is so short)."""
    out: list[str] = []
    for cell in cells:
        if out and len(out[-1]) == 1 and 1 <= len(cell) <= 2 and surname().match(out[-1]) and cell.isalpha():
            out[-1] += cell
        else:
            out.append(cell)
    return out


def joined_piece(before: str, piece: str, kind: str, filled: bool = False) -> str:
    """A cell's text with the next piece of it (the cell's next line in a table drawn or aligned in columns):
    县财政局 / 县税务局 are two names, 县自然资 / 源局 one name wrapped, 市公安局 / 交通警察支队 a body and its branch
    (a branch with no place of its own before it belongs to the body above); in a leaders' cell 李红 / 周强 are
    two people, 副县长 / 王军 one titled person. ``filled``: the piece before filled its column's width (a print
    wrapped it there), so a piece that names no place first goes on its last name (市人力资源社 / 会保障局)."""
    if not before:
        return piece
    if kind in UNIT_KINDS and before[-1] not in ";；" and opens_field(piece):
        # 牵头责任单位：甲局、乙局 / 配合实施单位：丙局 — two fields in one cell, the second on a line of its own: parted as
        # fields are, not joined to the last name of the first (neither 乙局配合实施单位 nor 乙局、配合实施单位)
        return f"{before};{piece}"
    if kind in UNIT_KINDS and _LEVEL_ENDING.match(piece) and _LEVELS_OPEN.search(before):
        return before + piece  # 各县 / 区人民政府: one collective the wrap cut
    if before[-1] in _JOIN_BARE or piece[:1] == "、":
        return before + piece  # (学科建设办公室 / 、各学院: the list's mark went on the next line)
    if filled and kind in UNIT_KINDS and not names_its_place(piece) and not _WHOLE_END.search(before):
        # (…国家发展改革委 / 工业和信息化部: a name that ends as only a body's does is whole, however wide)
        return before + piece
    last = split_names(before).written[-1:] or [before]
    if kind in UNIT_KINDS and word_cut(last[0], piece):
        return before + piece  # 市人力资源社 / 会保障局: the wrap cut a word of the name (社会)
    if kind in UNIT_KINDS and _ending_cut(last[0], piece):
        return before + piece  # 会城街道办 / 事处: a body's ending the wrap cut in two
    if kind in UNIT_KINDS and _CUT_AFTER_AND.search(last[0]) and not names_its_place(piece):
        return before + piece  # 县人力资源和社会 / 保障局: a name cut after its 和 X (社会, 城乡, 信息), no body's end
    if kind in UNIT_KINDS and (etc := _ETC_CUT.search(before)) and etc.group(1) not in _ETC_WHOLE:
        return before + piece  # 省水利厅等省 / 直有关部门: the words after 等 cut by the wrap (等省直有关部门)
    if kind in UNIT_KINDS and last[0].endswith("银行") and _BANK_BRANCH.match(piece):
        return before + piece  # 人民银行 / 夷陵支行: the bank, then its branch with no bank's name of its own
    if (
        kind in UNIT_KINDS
        and len(last[0]) >= 3
        and ends_like_unit(last[0])
        and ends_like_unit(piece)
        and not _BRANCH_ONLY.match(piece)
        and not _SUFFIX_ONLY.match(piece)
    ):
        return f"{before}、{piece}"
    person = before.rsplit("、", 1)[-1]
    if (
        kind == "leaders"
        and _PERSON.match(person)
        and _PERSON.match(piece)
        and not _TITLE_END.search(person)
        and not _TITLE_END.search(piece)  # (刘振华 / 副区长: the person's post under the name, one leader)
    ):
        return f"{before}、{piece}"
    if kind == "leaders" and titled_person(person) is not None and titled_person(piece) is not None:
        return f"{before}、{piece}"  # 副区长赵 敏 / 副区长王 磊: a titled person a line, two people
    if kind == "leaders" and not filled and _OTHER_POST.match(piece) and post_alone(person) and post_alone(piece):
        return f"{before}、{piece}"  # 市长 / 分管副市长: a post a line, the second another holder's (分管, 相关…)
    return before + piece


def word_cut(before: str, after: str) -> bool:
    """Does the line break between ``before`` and ``after`` cut a word bodies' names hold (…社 / 会…: 社会)?"""
    return bool(before) and bool(after.strip()) and before[-1] + after.lstrip()[0] in _name_words()


def _name_words() -> frozenset[str]:
    """grammar/name-words.txt: the two-character words inside bodies' names."""
    return words("name-words.txt")


@functools.lru_cache(maxsize=512)  # (fit asks it of one cell for each column a row's alignment tries)
def short_bodies(cell: str) -> bool:
    """住建, 发改、财政, 县农业农村: a cell of departments' short names only (grammar/short-bodies.txt; a place's one
    character before one too)."""
    names = split_names(cell).written
    known = words("short-bodies.txt")
    return bool(names) and all(n in known or (n[:1] in "省市县区" and n[1:] in known) for n in names)


def _one_leader(line: str) -> bool:
    """李明远 (or 李  明): one person's name alone on a line, a common surname first (not 管理局: a body's end)."""
    return _named_person(line) and not ends_like_unit(line)


def _leaders_line(line: str) -> bool:
    """One person's name alone on a line, or several parted by 、 (王 磊、杜海燕): a leaders' cell, no wrapped piece."""
    return all(_one_leader(name.strip()) for name in line.split("、"))


def joined_filled(before: str, piece: str, kind: str) -> str:
    """``joined_piece`` after a line that filled its column's width."""
    return joined_piece(before, piece, kind, filled=True)


# A name that ends in 和 and two characters (县人力资源和社会, 市住房和城乡, 区工业和信息): the first words of a 和 name, cut
# before its body's ending.
_CUT_AFTER_AND = re.compile(r"和[\u4e00-\u9fff]{1,2}$")
# Endings of bodies' names a wrap may cut (街道办 / 事处, 管委 / 会): both halves look like names' ends.
_ENDINGS = ("办事处", "办公室", "委员会", "管委会", "管理委员会", "人民政府", "服务中心", "事务中心")


def _ending_cut(last: str, piece: str) -> bool:
    """Does a body's ending run over the cut, its first part ending ``last`` and its rest starting ``piece``?"""
    return _ending_rest(last, piece) is not None


def _ending_rest(last: str, piece: str) -> str | None:
    """The rest of a body's ending the cut left at the start of ``piece`` (事处 after 东城街道办), or None."""
    return next(
        (
            word[k:]
            for word in _ENDINGS
            for k in range(1, len(word))
            if last.endswith(word[:k]) and piece.startswith(word[k:])
        ),
        None,
    )


# The end of a name that is whole however wide it is printed: only a body's name ends so (市人力资源社 does not).
_WHOLE_END = re.compile(
    r"(?:局|委|委员会|委員會|办|厅|部|署|中心|政府|管委会|公司|集团|银行|支行|辦|廳|管委會|集團|銀行)$"
)
# 等 and a character or two at a cell line's end (…省水利厅等省, …等有): the collective after it goes on below.
_ETC_CUT = re.compile(r"[\u4e00-\u9fff]等([\u4e00-\u9fff]{1,2})$")
# (…等部门 / 各区县政府: 等's kind whole, a new name next)
_ETC_WHOLE = frozenset(("部门", "单位", "机构", "地方", "企业"))
_BANK_BRANCH = re.compile(r"^(?!.*银行)[\u4e00-\u9fff]{1,8}(?:支行|分行|营业部)$")
_BRANCH_ONLY = re.compile(r"^(?![省市县区州旗镇乡各])[\u4e00-\u9fff]{1,8}(?:支队|大队|中队|分局|派出所)$")
# The end of a name that never stands alone (各县(市、区) / 人民政府; 市 / 财政局 is no name of two: 市 is none).
_SUFFIX_ONLY = re.compile(
    r"^(?:人民政府|政府|管委会|管理委员会|办事处|办公室|委员会|(?:集团)?(?:股份)?有限(?:责任)?公司|集团公司|分公司)$"
)  # (中国铁路兰州局 / 集团有限公司: a company's form alone is the end of the name above)
# 各县 / 区人民政府: a collective's levels cut by a wrap (各县区人民政府) — not 市交通委 / 区政府, two bodies
_LEVELS_OPEN = re.compile(r"(?:^|[、,，;；:：])各[县区市镇乡]$")
_LEVEL_ENDING = re.compile(r"^[县区市镇乡](?:人民政府|政府)$")
_OTHER_POST = re.compile(r"^(?:分管|主管|协管|相关|其他|其它|各)")  # (a post that is never the one above's again)
_TITLE_END = lazy(
    f"(?:{lexicon('TITLE')}|常委)$"
)  # (区委常委 / 陈 刚: a post over its holder; 常委 no TITLE, which a body may end as)


def _blank_as_empty(
    lines: list[str], cells: list[int], columns: list[Column], row_start: int, blanks: frozenset[int]
) -> list[Column] | None:
    """A row of one line per cell where a blank line stands for an empty cell (1 / 任务 / (blank) / 卫健委 /
    发改委、财政局 / 12月底前 — no leader): when the lines and the blank lines between them make exactly one
    line per column, each line is its column's cell, if every cell fits its column. None otherwise."""
    if not cells:
        return None
    slots = [k for k in range(row_start + 1, cells[-1] + 1) if k in cells or k in blanks]
    own = [c for c in columns if c.kind != "number"]
    if len(slots) != len(own):
        slots = _spaced_slots(lines, cells, row_start, blanks, len(own)) or slots
    if len(slots) != len(own) or len(slots) == len(cells):
        return None
    kept = [column for k, column in zip(slots, own, strict=True) if k in cells]
    if any(not _fits_slot(lines[c], column.kind) for c, column in zip(cells, kept, strict=True)):
        return None
    return kept


def _spaced_slots(
    lines: list[str], cells: list[int], row_start: int, blanks: frozenset[int], width: int
) -> list[int] | None:
    """A row whose every cell stands between blank lines (1 / blank / 任务 / blank / 王立新 / blank …): one blank line
    parts two cells, three stand for an empty cell between them (its line blank too), and so after the last cell up
    to the row's ``width``; the cell lines and one line per empty cell, or None where the gaps are not so (a gap of
    no blank line, or of an even run)."""
    gaps = [b - a - 1 for a, b in itertools.pairwise([row_start, *cells])]
    if not gaps or min(gaps) < 1 or any(gap % 2 == 0 for gap in gaps) or max(gaps) == 1:
        return None
    if any(k not in blanks for a, b in itertools.pairwise([row_start, *cells]) for k in range(a + 1, b)):
        return None
    slots: list[int] = []
    for (a, b), gap in zip(itertools.pairwise([row_start, *cells]), gaps, strict=True):
        slots += [a + 2 * n for n in range(1, (gap - 1) // 2 + 1)]  # (each empty cell's own blank line)
        slots.append(b)
    end = cells[-1] + 1
    while end < len(lines) and not lines[end].strip(" |"):
        end += 1
    run = end - cells[-1] - 1  # (…/ 市监局 / blank / (empty) / blank / 5, or the text's end)
    trailing = (run - 1) // 2 if run % 2 == 1 else 0
    slots += [cells[-1] + 2 * n for n in range(1, min(trailing, width - len(slots)) + 1)]
    return slots


def _fits_slot(cell: str, kind: str) -> bool:
    # A list of bodies one of which ends unlike a body (…、石河子大学) still fits a unit column here: the
    # row's shape, one line per column, already says which column the line is.
    if fit(cell, kind) >= 0:
        return True
    return kind in _LABELS and any(looks_like_unit(n) for n in split_names(cell).written)


# What the notice says to those answering once its table has ended: 各牵头单位要于…, 请各责任单位…, 各乡镇、各部门务必….
_CLOSING_INSTRUCTION = re.compile(r"^(?:请|各)[^。,;:]{1,24}?(?:要|应|须|务必)[^。]{4,}。$")


def _ends_table(lines: list[str], blank: int) -> bool:
    """After the blank line at ``blank``, no more rows: the lines left (at most a few) are a signature
    and its date, or nothing."""
    rest = [line.strip() for line in lines[blank + 1 : blank + 8] if line.strip(" |")]
    if not rest:
        return True
    if _CLOSING_INSTRUCTION.match(rest[0]) or ATTACHMENT_LINE.match(rest[0]):
        # 各牵头单位要于每季度末…报送…。: the notice's closing words after the last row, no cell of it; 附件2: the
        # next attachment's heading
        return True
    # The issuer on a line of its own, then the date (no row number before them: a date cell of a row
    # starts no signature).
    if signed_by(rest[0]):
        return True
    signed = next((k for k, line in enumerate(rest[:3]) if SIGNED_ON.match(line)), None)
    return (
        signed is not None
        and signed >= 1
        and ends_like_unit(rest[signed - 1])
        and not any(_NUMBER.match(line) for line in rest[:signed])
    )


def _issued_at(lines: list[str], at: int) -> bool:
    """Does the signature at ``at`` close the notice: its date says the notice was issued then (…印发), or after the
    date comes nothing, a contact line ((联系人:…)) or the copies' (抄送:…)?"""
    said = [line.strip() for line in lines[at : at + 4] if line.strip()]
    if any(_ISSUED.search(line) for line in said[:2]):
        return True
    dated = next((k for k, line in enumerate(said[:2]) if SIGNED_ON.match(line) or signed_by(line)), None)
    return dated is not None and (dated + 1 >= len(said) or _AFTER_SIGNATURE.match(said[dated + 1]) is not None)


_ISSUED = re.compile(r"日(?:印发|印發|发布|發布|签发|簽發)")
_AFTER_SIGNATURE = re.compile(r"^[(（]?(?:联系人|聯繫人|联系电话|聯繫電話|抄送|抄报|抄報)")


def _text_first(lines: list[str], cells: list[int], assignment: list[Column]) -> None:
    """The row's text cells before its duty fields, in the same lines (项目名称 | 建设时间 | 建设内容: the
    deadline field between two text cells would end the item's text)."""
    texts = [lines[c] for c, column in zip(cells, assignment, strict=True) if column.kind == "text"]
    others = [lines[c] for c, column in zip(cells, assignment, strict=True) if column.kind != "text"]
    for c, value in zip(cells, texts + others, strict=True):
        lines[c] = value


def _bars_part_rows(lines: list[str], start: int, columns: list[Column]) -> bool:
    """Do the bar lines of a table stand only before its rows (one bar, then the 序号), with more cell
    lines between two bars than a row has columns would allow for one cell each? Then they part rows,
    not cells."""
    bars = [k for k in range(max(0, start - 2), min(len(lines), start + 200)) if lines[k] and not lines[k].strip("|")]
    if len(bars) < 2:
        return False
    for a, b in itertools.pairwise(bars[:6]):
        inner = [k for k in range(a + 1, b) if lines[k].strip()]
        if not inner or not _NUMBER.match(lines[inner[0]]) or len(inner) < 3:
            return False
    return True


_OWN_FIELD = re.compile(f"^(?:{lexicon('LABEL')}) *:")


def labelled(kind: str, value: str) -> str:
    """A duty cell as a field of its column's label, unless the cell names its own fields (a 责任单位
    cell that says 牵头单位:甲局;配合单位:乙局): those are read as written."""
    if _OWN_FIELD.match(value):
        return value
    # (a semicolon inside a cell of names alone parts them, 吴海峰(区委常委、副区长);沈琳(副区长): not the field; in a
    # cell of its own parts, 牵头:甲局;配合:乙局, it parts those)
    return f"{_LABELS[kind]}:{value if ':' in value else value.replace(';', '、')}"


def _next_number(line: str, current: int) -> bool:
    """Could this line be the 序号 of a row after row ``current`` (its successor, a later one after a gap,
    or 1 where the numbering restarts)?"""
    if not _NUMBER.match(line):
        return False
    number = int(line.rstrip("*＊"))
    # A gap of a few rows (a table cut or filtered); a year (2024) or an amount (300) is a cell.
    return current < number <= current + _MAX_ROW_GAP or number == 1


_MAX_ROW_GAP = 20


def _figure_of_sparse_row(lines: list[str], at: int, current: int, cells: list[int], columns: list[Column]) -> bool:
    """Is the number at ``at``, which skips ahead of row ``current``'s successor, the row's figure (招商引资 / 10 / …,
    the last row's 分值 where no next row shows it is one)? So where the table has a column of figures and the row
    has named no one yet (its figures stand before its bodies) — not where the number after it opens a row nearby
    (a cut table: rows 1, 2, 5, 6)."""
    number = lines[at].rstrip("*＊")
    if number in (str(current + 1), "1") or not any(FIGURE_COLUMN.search(simplified(c.name)) for c in columns):
        return False
    leaders = any(c.kind == "leaders" for c in columns)
    if any(looks_like_unit(lines[k]) or (leaders and fit(lines[k], "leaders") >= 3.0) for k in cells):
        return False  # the row's bodies or leader came already: a number after them opens the next row
    width = sum(1 for column in columns if column.kind != "number")
    return not _successor_ahead(lines, at, int(number), columns, width)  # (is row n + 1 nearby: n is a row)


def _successor_ahead(lines: list[str], at: int, current: int, columns: list[Column], width: int) -> bool:
    """Is the number at ``at``, which is not row ``current``'s successor (10 after row 1, or 1), a figure cell
    (a 分值 of 10, a target of 1) because that successor opens a row within the next two rows' worth of lines?
    Rows run on by one; a number that skips ahead is the next row's only where the table was cut or filtered,
    and then the successor is nowhere near."""
    successor = str(current + 1)
    if lines[at].rstrip("*＊") == successor:
        return False
    if lines[at].rstrip("*＊") == "1" and not any(FIGURE_COLUMN.search(simplified(c.name)) for c in columns):
        return False  # numbering that starts again under a group's row (一 / 扩大有效投资 / 1 …), no figure of 1
    end = min(len(lines), at + 2 * width + 4)
    return any(lines[k].rstrip("*＊") == successor and _opens_row(lines, k, columns) for k in range(at + 1, end))


_YEAR = re.compile(r"^(?:19|20)\d{2}年?$")
# A span of years (2024-2026年, 2023年—2025年): a period of work, no task.
_YEARS = re.compile(r"^(?:19|20)\d{2}年?[-—－~～至到](?:19|20)?\d{2}年?$")
_DATED = re.compile(r"^(?:(?:19|20)\d{2}年|\d{1,2}月)")


def _opens_row(lines: list[str], at: int, columns: list[Column]) -> bool:
    """Is the number at ``at`` a row's 序号 rather than a number cell (a 年度目标 of 3)? The cell after
    it must fit the table's first column."""
    k = at + 1
    while k < len(lines) and not lines[k].strip(" |"):
        k += 1
    if k == len(lines):
        return False  # a number with nothing after it (a score closing the last row) opens no row
    if not columns:
        return True
    if columns[0].kind == "text":
        cell = lines[k]  # a task (a sentence, a figure in it), not a body, a person nor a bare number
        if _NUMBER.match(cell):
            return False
        if any(c.kind == "leaders" for c in columns) and fit(cell, "leaders") >= 3.0 and not looks_like_unit(cell):
            return False  # 做好安全生产工作 / 12 / 张伟: a score before the leader's cell, no row 12
        return any(ch.isdigit() or ch in "。,;、" for ch in cell) or not looks_like_unit(cell)
    return fit(lines[k], columns[0].kind) > 0


# A sub-row's own number at the start of its task cell: (1)地区生产总值增长6%, 2.新建学校3所.
_SUB_START = re.compile(r"^(?:\((\d{1,3})\)|(\d{1,3})[.、](?!\d))")
# A collective that cooperates as a rule (各街道, 有关部门, 区安委会各成员单位).
_COLLECTIVE = re.compile(r"^(?:各|相关|有关)|各[\u4e00-\u9fff]{0,6}(?:单位|部门)$")
# A cell line that is only a bracket: the end of a name wrapped in its cell (高新园 / (邹区镇)).
_WRAPPED_BRACKET = re.compile(r"^\([^()]{1,10}\)$")


def _rewrite_sub_rows(lines: list[str], cells: list[int], columns: list[Column], row_start: int) -> bool:
    """A numbered row whose task column holds several numbered sub-rows ((1)… (2)… (3)…), each with
    the duty cells it does not share with the sub-row above (merged cells are printed once, on the
    first sub-row they cover; an empty cell cannot be told from a merged one, and is read as merged).
    The row's own cells before the first sub-row (the 序号 and a group name) head the sub-rows; each
    sub-row becomes an item numbered as printed, with its duties. False if the row has no sub-rows."""
    starts = [k for k, c in enumerate(cells) if _SUB_START.match(lines[c])]
    text_cols = [k for k, c in enumerate(columns) if c.kind == "text"]
    # One numbered sub-row under a group name (1 / 四大功能区建设 / (1)…) is one too (the table may be cut).
    if not text_cols or not (len(starts) >= 2 or (len(starts) == 1 and starts[0] > 0)):
        return False
    if starts[0] > 0 and lines[cells[starts[0] - 1]].rstrip().endswith((":", "：")):
        return False  # 推进教育优质均衡发展: / (1)… / (2)…: one task cell listing its points
    if len(starts) >= 2 and all(b - a == 1 for a, b in itertools.pairwise(starts)):
        return False  # no duty cell between the points: the row's cells after them are every point's
    duty_columns = columns[text_cols[-1] :]
    values = {c: lines[c] for c in cells}
    cells = _join_wrapped_brackets(values, cells)
    starts = [k for k, c in enumerate(cells) if _SUB_START.match(values[c])]
    if not starts:
        return False
    rows: list[tuple[list[int], list[Column]]] = []
    merged: list[Column] = []  # columns whose cell, printed on an earlier sub-row, runs on over the next
    for n, k in enumerate(starts):
        span = cells[k : starts[n + 1] if n + 1 < len(starts) else len(cells)]
        # The sub-row's first line is its task cell; the lines after it are its duty cells.
        packed = all(lines[c + 1].strip() for c in span[:-1] if c + 1 < len(lines))
        texts = [values[c] for c in span[1:]]
        assignment = _align(texts, duty_columns[1:], packed) if span[1:] else []
        if assignment is None:
            return False
        if assignment and any(c in merged for c in assignment):
            # 区商务局 / 新运集团 / 金控集团 where the 配合单位 cell of the sub-rows above runs on: the names
            # are one cell of an earlier column (a merged cell does not end in the middle of a run of rows
            # that share it), unless a collective (各成员单位) says it starts a cell of its own.
            fresh = [t for t, c in zip(texts, assignment, strict=True) if c in merged]
            kept = [c for c in duty_columns[1:] if c not in merged]
            if not any(_COLLECTIVE.search(t) for t in fresh) and (again := _align(texts, kept, packed)):
                assignment = again
        if assignment:
            last_own = max(duty_columns.index(c) for c in assignment)
            merged = [c for c in duty_columns[last_own + 1 :] if any(c in earlier for _, earlier in rows)]
        rows.append((span, [duty_columns[0], *assignment]))
    for c in values:
        lines[c] = ""
    for c in cells[: starts[0]]:
        lines[c] = values[c]  # the group's own cells (its name) stay, as a heading of its sub-rows
    inherited: dict[str, str] = {}
    for span, assignment in rows:
        own: dict[str, list[str]] = {}
        for c, column in zip(span[1:], assignment[1:], strict=True):
            own.setdefault(column.name, []).append(values[c])  # 吴 伟 / 李明 王刚: the duty reader parts them
        inherited.update((name, "、".join(v)) for name, v in own.items())
        m = _SUB_START.match(values[span[0]])
        assert m is not None
        number = m.group(1) or m.group(2)
        parts = [f"{number}.{values[span[0]][m.end() :].strip()}"]
        for column in duty_columns[1:]:
            value = inherited.get(column.name)
            if value and column.kind in _LABELS:
                parts.append(labelled(column.kind, value))
            elif value and column.kind == "deadline":
                parts.append(f"完成时限:{value}")
        lines[span[0]] = "\n".join(parts)
    return True


def _join_wrapped_brackets(values: dict[int, str], cells: list[int]) -> list[int]:
    """高新园 / (邹区镇): a bracket alone on a cell line ends the name on the line before."""
    out: list[int] = []
    for c in cells:
        if (
            out
            and _WRAPPED_BRACKET.match(values[c])
            and not _SUB_START.match(values[c])
            and len(values[out[-1]]) <= 12
            and not _SUB_START.match(values[out[-1]])
        ):
            values[out[-1]] += values[c]
            continue
        out.append(c)
    return out


def _number_sub_row(lines: list[str], cells: list[int], assignment: list[Column], number: str) -> None:
    """A sub-row's task cell becomes an item of the row's number, and takes the row's duty cells that
    the sub-row lacks (merged cells) as a clause."""
    subs = [(c, col) for c, col in zip(cells, assignment, strict=True) if col.sub]
    if not subs or subs[0][1].kind != "text":
        return
    own = {col.name for _, col in subs}
    inherited = [
        f"{_LABELS[col.kind]}:{lines[c]}"
        for c, col in zip(cells, assignment, strict=True)
        if not col.sub and col.kind in _LABELS and col.name not in own
    ]
    first = subs[0][0]
    clause = f"({';'.join(inherited)})" if inherited else ""
    lines[first] = f"{number}{lines[first]}{clause}"


def _delimited_cells(lines: list[str], start: int) -> tuple[list[list[int]], int]:
    """The cells of a table whose cells are separated by | lines: each the indices of its lines (an
    empty cell has none). Returns the cells and where the table ends."""
    cells: list[list[int]] = [[]]
    j = start
    after_group = False
    while j < len(lines) and lines[j] != "序号":
        line = lines[j]
        if not line and _ends_table(lines, j):
            break  # a blank line, then the signature and its date: the table has ended
        if GROUP_ROW.match(line):
            after_group = True  # a group row (一、…): a heading; the borders after it close it
        elif line and not line.strip("|"):
            if not after_group:
                cells.extend([] for _ in line)  # each border closes a cell: ||| are two empty ones
            after_group = False
        elif line.strip():
            after_group = False
            cells[-1].append(j)
        j += 1
    if cells and not cells[0]:
        cells = cells[1:]  # the | after the header's last cell
    return cells, j


def _rewrite_delimited(lines: list[str], columns: list[Column], start: int, notes: list[Note]) -> int:
    """Rows of a table with | lines between its cells: a row starts at a 序号 cell and fills the
    columns in order; after it, further task cells (numbered 1. 2. inside) are rows of their own
    that share the cells of the columns before the task column (merged cells). A row short of a
    cell after the task column takes that cell from the row before it (merged too)."""
    cells, end = _delimited_cells(lines, start)
    text_col = next((k for k, c in enumerate(columns) if c.kind == "text"), None)
    if text_col is None:
        return end
    tail = columns[text_col:]
    k = 0
    previous: dict[str, list[int]] = {}
    while k < len(cells):
        cell = cells[k]
        if not cell:
            k += 1  # an empty cell where a row would start (the | that closes the table): nothing to place
            continue
        if len(cell) == 1 and _NUMBER.match(lines[cell[0]]):
            number = lines[cell[0]].strip().rstrip("*＊")
            following = str(int(number) + 1) if number.isdigit() else ""
            row = []
            ahead = cells[k + 1 : k + 2 + len(columns)]
            for at, nxt in enumerate(ahead[: len(columns)]):
                after = ahead[at + 1] if at + 1 < len(ahead) else []
                if len(nxt) == 1 and lines[nxt[0]].strip() == following and after and _is_text_cell(lines[after[0]]):
                    break  # the next row's 序号, its task after it: this row is short of a cell (or a misread header)
                row.append(nxt)
            k += 1 + len(row)
            own = dict(zip((c.name for c in columns), row, strict=False))
            task = own.get(columns[text_col].name)
            if task and not _ROW_HAS_NUMBER.match(lines[task[0]]):
                # 3 | 加快建设城西科创大走廊。| …: the 序号 numbers the row's item, its task cell carries no number (a
                # space after it where the task starts with a figure: 1. 10万亩…, not 1.10)
                gap = " " if lines[task[0]][:1].isdigit() else ""
                lines[task[0]] = f"{number}.{gap}{lines[task[0]]}"
            lines[cell[0]] = ""  # (else the 序号 cell numbers a group: the task cells carry the item numbers)
        else:
            span = [cell]
            k += 1
            while k < len(cells) and not _is_task_cell(lines, cells[k]) and not _is_number_cell(lines, cells[k]):
                span.append(cells[k])
                k += 1
            while len(span) > 1 and not span[-1]:
                span.pop()  # the empty cells that close a row (|||) are no cells of it
            placed = tail[: len(span)]
            if len(span) < len(tail):
                # Fewer cells than columns: which columns they fill is told by what they hold.
                fit = _align([lines[c[0]] if c else "" for c in span], tail)
                if fit is not None and len(set(fit)) == len(fit):
                    placed = fit
            own = dict(zip((c.name for c in placed), span, strict=False))
            merged = [c for c in tail if c not in placed and previous.get(c.name) and c.kind in _LABELS]
            if merged:
                # A merged cell answers for this row too: its value joins the task as a clause.
                clause = ";".join(_merged_value(lines, c, previous[c.name]) for c in merged)
                lines[cell[0]] += f"({clause})"
            _write_row(lines, columns, own, notes)
            previous = {**own, **{c.name: previous[c.name] for c in merged}}
            continue
        _write_row(lines, columns, own, notes)
        previous = own
    for j in range(start, end):
        if lines[j] and not lines[j].strip("|"):
            lines[j] = ""  # the borders have told the cells apart: left in, they would read as text
    return end


def _merged_value(lines: list[str], column: Column, at: list[int]) -> str:
    value = lines[at[0]]
    label = _LABELS[column.kind]
    return value if value.startswith(label) else f"{label}:" + _units_over_lines(lines, at)


def _units_over_lines(lines: list[str], at: list[int]) -> str:
    """A unit cell printed over several lines: one name per line (区财政局 / 区税务局), joined by 、 — or a name whose
    ending a wrap cut in two (东城街道办 / 事处; 各县(市、区) / 人民政府), joined as the one name it is."""
    value = lines[at[0]].rstrip("、,")
    for before, j in itertools.pairwise(at):
        piece = lines[j].rstrip("、,")
        last = split_names(value).written[-1:] or [value]
        cut = not lines[before].endswith(("、", ",")) and (_ending_cut(last[0], piece) or _SUFFIX_ONLY.match(piece))
        value = f"{value}{piece}" if cut else f"{value}、{piece}"
    return value


def _is_task_cell(lines: list[str], cell: list[int]) -> bool:
    return bool(cell) and bool(_ROW_HAS_NUMBER.match(lines[cell[0]]))


def _is_number_cell(lines: list[str], cell: list[int]) -> bool:
    return len(cell) == 1 and bool(_NUMBER.match(lines[cell[0]]))


def _write_row(lines: list[str], columns: list[Column], cells: dict[str, list[int]], notes: list[Note]) -> None:
    """Give each cell's lines the label of its column (task cells stay text; a task cell without a
    number gets none here: the grammar then reads it as the continuation it is)."""
    for column in columns:
        at = cells.get(column.name, [])
        if not at:
            continue
        if column.kind == "leaders":
            # Two leaders on two lines of one cell; a space inside a name (张 伟) is layout, one between names
            # (张三 李明) parts them.
            names = "、".join(_names_of_leaders_line(lines[j]) for j in at)
            lines[at[0]] = f"{_LABELS['leaders']}:{names}"
            for j in at[1:]:
                lines[j] = ""
        elif column.kind in _LABELS:
            if _OWN_FIELD.match(lines[at[0]]):
                continue  # a merged cell already written for the row before, or a cell of labelled fields
            lines[at[0]] = f"{_LABELS[column.kind]}:" + _units_over_lines(lines, at)
            for j in at[1:]:
                lines[j] = ""
        elif column.kind == "deadline" and not lines[at[0]].startswith("完成时限"):
            lines[at[0]] = f"完成时限:{lines[at[0]]}"
        elif column.kind == "note":
            notes.extend(Note(j + 1, column.name, lines[j]) for j in at)
            for j in at:
                lines[j] = ""


def _several_people(cell: str) -> tuple[Leader, ...]:
    """Two or more people in one cell however a list parts them (、 , / or spaces) and whatever posts they carry,
    each read as a leader's list reads it: every one a person's name, none a body's (() where not)."""
    if len(cell) > 40 or not any(ch in cell for ch in "、,/ \u3000"):
        return ()
    people = leaders_of(split_names(cell))
    return people if len(people) >= 2 and all(bare_person(p.name.replace(" ", "")) for p in people) else ()


def _names_of_leaders_line(line: str) -> str:
    """A leaders' cell line as a label line writes it: people a space parts (张三 李明) parted by 、, a space inside one
    name (张 伟) dropped."""
    if " " in line.strip() and (people := _several_people(line.strip())):
        return "、".join(p.name.replace(" ", "") for p in people)
    return line.replace(" ", "")


def _people(cell: str) -> bool:
    """王东、李娜 (or 王  东、李  娜): two or more people in one cell, each with a common surname first."""
    if "、" not in cell and "," not in cell:
        return False
    names = re.split("[、,]", cell)
    return len(names) >= 2 and all(_named_person(name) for name in names)


def fit(cell: str, kind: str, bodies: bool = False, people: bool = False, task: bool = False) -> float:
    """How well one line fits a column of this kind (``bodies``: a note column that names bodies,
    评分部门, 考核单位 — a body's name fits it as well as a duty column; ``people``: one that names a
    person, 责任人 — a name fits it as well as the leader column; ``task``: a task column, which a figure alone
    does not fit, while a text column that names a measure, 年度目标, may hold one)."""
    if kind != "text" and _EMPTY_MARK.match(cell):
        return 1.0  # / or — 无: a cell written empty, which any column but the task's may hold
    unit_like = looks_like_unit(cell)
    dotted = DOTTED_NAME.fullmatch(cell) is not None  # 热合曼·艾力: no body's name has a middle dot
    person = bool(_PERSON.match(cell) or TWO_SPACED.fullmatch(cell) or dotted or _people(cell)) and not unit_like
    # A short name with no common surname first (临平新城) may be a body's short name as well as a person.
    uncertain = person and not dotted and (not surname().match(cell) or (len(cell) >= 4 and cell.endswith("城")))
    if kind == "text":
        if person or WHEN.match(cell) or _YEARS.match(cell) or len(cell) <= 2 or (task and FIGURE_CELL.match(cell)):
            return 0.5  # 徐国江: a leader's name; 12月底前: a deadline; %, 万亩: a measure; not a task
        # 县政务服务中心: a body's name, however long, unless a sentence or a number says it is a task.
        sentence = any(ch.isdigit() or ch in "。,;:" for ch in cell)
        return 3.0 if sentence or not (unit_like or short_bodies(cell)) else 0.5
    if kind == "leaders":
        if _ROLE.search(cell) or _TITLE_THEN_NAME.match(cell) or _titled_name(cell):
            # 分管副局长; 副区长 孙志刚, 局长 孙志刚, 县委常委、常务副县长刘海波: a title and the person's name
            return 3.0
        if "(" in cell and person_before_office(cell) is not None:
            return 3.0  # 张三(副县长): the person, the office held in brackets after the name
        if cell.endswith("同志") and len(cell) > 3:
            return fit(cell[:-2], kind)  # 王建平同志: the person, named with 同志
        if not person and not unit_like and _several_people(cell):
            return 3.0  # 张三 李明, 张三/李明, 副县长张三、李明, 张三(副县长)、李明(县委常委): people, one cell
        return (1.0 if uncertain else 3.0) if person else -3.0
    if kind in _LABELS:
        if unit_like or _all_units(cell) or _OWN_FIELD.match(cell) or short_bodies(cell):
            return 3.0
        if names_role(cell):
            return 3.0  # 城管科牵头,财政所配合: a cell that says who leads by its verbs
        return 0.0 if uncertain else -3.0
    if kind == "deadline":
        if WHEN.match(cell) or _YEAR.match(cell):
            return 3.0  # 6月底前, 长期坚持, 2024: says when
        # 2021年2月公布预算信息,8月公布决算信息: a time and what is due by it, better here than in a note column.
        return 2.0 if _DATED.match(cell) else 0.5
    if bodies and (unit_like or _all_units(cell)):
        return 3.0
    if bodies and any(mark in cell for mark in "。;"):
        return 0.5  # (已完成管网铺设31公里。: a sentence, which a column of bodies' names does not hold)
    if people and person:
        return 3.0
    return 1.0


WHEN = lazy(f"^(?:{lexicon('DEADLINE')})[。.]?$")


def printed_again(runs: Sequence[Sequence[str]]) -> bool:
    """Does a run of rows (a group's) print the same leaders' cell on two rows in a row? A column written out on every
    row does (a merged cell prints once): an empty cell of it is a row with no leader, not a merged cell's place."""
    return any(a.strip() and a.strip() == b.strip() for run in runs for a, b in itertools.pairwise(run))


def _titled_name(cell: str) -> bool:
    """副县长李伟, 县长助理张敏, 县委常委、常务副县长刘海波: the last office of the cell, then a person's name with a common
    surname glued after it (not 县长办公室: a body)."""
    person = person_after_office(cell.rsplit("、", 1)[-1])
    return person is not None and named_after_post(person) and not looks_like_unit(cell)


_TITLE_THEN_NAME = lazy(f"^[\u4e00-\u9fff]{{0,8}}(?:{lexicon('TITLE')})[ \u3000]+[\u4e00-\u9fff]{{2,3}}$")
# A cell of a figure alone (10, 95%, ≥6%, 1.5万亩, 3000万元, 12亿元/10亿元): a note column's value (目标值, 分值,
# 任务数), never a task nor a sentence's end.
_FIGURE = r"[≥≤><]?\d+(?:\.\d+)?(?:%|‰|[万亿]?(?:元|亩|人|个|項|项|家|户|戶|公里|吨|平方米|所|套|处|處|条|條|座|台|场|場|床|张|張|辆|輛|名|间|間)?)"
FIGURE_CELL = re.compile(rf"^{_FIGURE}(?:/{_FIGURE})*$")


def _all_units(cell: str) -> bool:
    """市政局、相关街道: a list of bodies (a sentence with 、 in it is not)."""
    names = split_names(cell).written
    return bool(names) and all(looks_like_unit(n) for n in names)


MAX_ROW_CELLS = 120  # the most lines one flattened row may take (a cell of many units, wrapped)


def _align(cells: Sequence[str], columns: Sequence[Column], packed: bool = False) -> list[Column] | None:
    """The best assignment of cells (in order) to columns (in order); unit columns may take several.
    ``packed``: the lines are not parted into cells (no blank line between cells), so a run of names
    may be one cell or several; a lead cell is then taken to hold fewer of them than a cooperating one."""
    found = _align_scored(cells, columns, packed)
    return found[0] if found else None


# How much a task cell that goes on after a line of bodies' names alone costs (its words end before the names).
_AFTER_NAME_COST = 5.0
# How much better a reading with a sub-row must be: a row is one row unless its cells say otherwise.
_SUB_ROW_GAIN = 2.0


def align_row(cells: Sequence[str], columns: Sequence[Column], packed: bool = False) -> list[Column] | None:
    """``_align``, or an assignment with one sub-row: after the row's last column, a second task cell
    and the cells after it (开工建设…养护楼。/ 县民政局 / 5月底前 / 开工建设老年大学。/ 12月底前) — a
    row whose merged cells (序号, 责任单位) span two lines of tasks. Sub-row columns have ``sub``."""
    plain = _align_scored(cells, columns, packed)
    text_col = next((k for k, c in enumerate(columns) if c.kind == "text"), None)
    if text_col is None or len(cells) <= len(columns):
        return plain[0] if plain else None
    tail = [attrs.evolve(c, sub=True) for c in columns[text_col:]]
    extended = _align_scored(cells, [*columns, *tail], packed)
    if extended and (plain is None or extended[1] > plain[1] + _SUB_ROW_GAIN):
        assignment = extended[0]
        first_sub = next((i for i, c in enumerate(assignment) if c.sub), None)
        if (
            first_sub is not None
            and assignment[first_sub].kind == "text"
            and not _points_after_duties(cells[first_sub:], assignment[first_sub:], columns)
        ):
            return assignment
    return plain[0] if plain else None


def _points_after_duties(cells: Sequence[str], assignment: Sequence[Column], columns: Sequence[Column]) -> bool:
    """Are a sub-row reading's cells only points numbered from 1 (1.完善… / 2.印发…), none a duty's, in a row whose
    columns end in a note column after the duties (一季度工作进展)? They are that column's cell, its points."""
    if not columns or columns[-1].kind != "note":
        return False
    if any(c.kind != "text" for c in assignment):
        return False
    first = _POINT_NUMBER.match(cells[0])
    return first is not None and first.group(1) == "1"


# A note column named for a group its cells name (督办组, 督导组, 工作专班: who follows a row up, not who answers for it):
# a body's name is its cell, not one more name of the duty cell before it.
_GROUP_NAMES = ("组", "专班")


def _align_scored(
    cells: Sequence[str], columns: Sequence[Column], packed: bool = False
) -> tuple[list[Column], float] | None:
    n, m = len(cells), len(columns)
    if n == 0 or n > MAX_ROW_CELLS:
        return None  # no row; a run of hundreds of lines is no row of a table either (and costs n²)
    first_text = next((k for k, c in enumerate(columns) if c.kind == "text"), -1)
    # The column that leads: 牵头单位, or 责任单位 beside a 配合单位 column (as a bare 责任单位 field beside 配合单位).
    kinds = {c.kind for c in columns}
    lead_kind = "lead" if "lead" in kinds or "cooperating" not in kinds else "responsible"
    worst = float("-inf")
    best = [[worst] * (m + 1) for _ in range(n + 1)]
    back: list[list[int]] = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    first_duty = next((k for k, c in enumerate(columns) if c.kind in _LABELS), m)
    # Which lines are bodies' names alone (市财政局), once per row: a task cell's words do not go on after one.
    names_alone = [_names_alone(c) for c in cells] if first_duty < m else [False] * n
    progress = columns[-1].kind == "note" and sum(1 for c in columns[first_duty:] if c.kind == "note") == 1
    for j in range(1, m + 1):
        column = columns[j - 1]
        # (a table's one note column, last, after the duty columns — 一季度工作进展 — may hold a cell of several lines:
        # 1.完善… / 2.印发…)
        many = column.kind in _LABELS or column.kind == "text" or (j == m and j - 1 > first_duty and progress)
        bodies = (
            column.kind == "note"
            and ("单位" in column.name or "部门" in column.name or column.name.endswith(_GROUP_NAMES))
            and column.name not in _MEASURE_UNIT  # 单位 alone: the unit of measure
        )
        people = column.kind == "note" and column.name.endswith("人")  # 责任人, 联系人: a person, no leader
        # A text column that does not name a measure (重点工作, 建设内容; not 年度目标, 任务数) takes no figure alone.
        task = column.kind == "text" and not any(w in column.name for w in _MEASURED)
        # The task column is hardly ever empty; a second text column (全年目标) may well be.
        empty_cost = 5.0 if column.kind == "text" and j - 1 == first_text else 1.0
        for i in range(n + 1):
            if best[i][j - 1] > worst and best[i][j - 1] - empty_cost > best[i][j]:
                best[i][j], back[i][j] = best[i][j - 1] - empty_cost, 0  # an empty cell
            score = 0.0
            for take in range(1, (n - i if many else min(1, n - i)) + 1):
                # A cell costs a little more in a later column: on a tie, cells fill from the left.
                extra = (0.6 if packed and column.kind == lead_kind else 0.5) if take > 1 else 0.0
                if column.kind == "text" and take > 1 and names_alone[i + take - 2]:
                    # (a task's words do not go on after a line that is a body's name alone, where the row has a
                    # duty column: 全面优化… / 市财政局 / 1.完善… — the name is the duty's cell, the lines after it later
                    # columns')
                    extra += _AFTER_NAME_COST
                score += fit(cells[i + take - 1], column.kind, bodies, people, task) - extra - 0.001 * j
                if bodies and len(column.name) > 1 and cells[i + take - 1].endswith(column.name):
                    score += 0.5  # 第三督办组 under 督办组: the cell names its column's kind (a row whose other cell is empty)
                if best[i][j - 1] > worst and best[i][j - 1] + score > best[i + take][j]:
                    best[i + take][j], back[i + take][j] = best[i][j - 1] + score, take
    if best[n][m] == worst:
        return None
    out: list[Column] = []
    i, j = n, m
    while j > 0:
        take = back[i][j]
        out[:0] = [columns[j - 1]] * take
        i -= take
        j -= 1
    return out, best[n][m]
