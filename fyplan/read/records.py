"""Items printed as labelled fields, the task's text too: a number on its own line (``1.``, ``序号:1``,
``任务97``) and, below it, ``重点工作:推进…`` before ``牵头单位:…``; or ``1.工作任务:推进…`` on one line.

The text's label names the field; it is no part of the task. The number and the text become one item line
(``1.推进…``) where the label stood, the number's own line left empty, so the line count holds (later
stages map lines back to the original). Between the number and the label there may be blank lines and a
page's bullet lines (``• 听全文``, ``• 2019-08-23``): they stay before the item, as preamble."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from fyplan import units
from fyplan.grammars import lexicon
from fyplan.lazyre import lazy
from fyplan.read.decode import without_pinyin

# A line that is an item's number alone: 1 / 1. / 1、 / 序号:1 / 任务97 / 第3项 / 督办事项1, or a point's (1) / (一).
_NUMBER_ALONE = re.compile(
    r"^ *(?:(?:序号[:：]? *|任务 *|第|(?:督办|交办|督查)?事项 *)?(\d{1,4})(?:[.、]|项)?"
    r"|(\((?:\d{1,3}|[一二三四五六七八九十]{1,3})\)))[ .、]*$"
)
# The labelled text, with the item's number before it on the same line or not (colons are ASCII after decode).
# (督办事项一: / 督办事项2:: the record's own count after the label, as its number: records are numbered in order)
_TEXT_LINE = lazy(
    rf"^ *(?:(\d{{1,4}})(?:[.、] *| +))?(?:{lexicon('TEXT_FIELD')})(?:[一二三四五六七八九十]{{1,3}}|\d{{1,3}})?:[ ]*(?=\S|$)"
)
# Every TEXT_FIELD word ends in one of these characters: a colon right after one is where a label may be. The
# search skips from colon to colon (a literal first character); a search for the label words themselves tries
# their alternatives at every character (~70 ms per MB; issue 13).
_HINT = re.compile(r":(?<=[务作项容称一二三四五六七八九十\d]:)")  # (项目名称: ends in 称 too; 督办事项一:)
# A duty field's line (责任单位:…) under an item's labelled text.
_DUTY_BELOW = lazy(rf"^ *(?:{lexicon('LABEL')}) *:")
# Lines a page puts between a number and its fields: bullets of the page's tools (• 分享到).
_CHROME = re.compile(r"^ *[•·] ")
_LOOK_BACK = 8  # lines looked back for the number a labelled text belongs to


# A field's label alone on its line, no colon (责任单位 / 具体任务 / 完成时限), its value on the next line: a form
# printed label over value, each field once (a page that lost the table's borders, a mirror's dump).
_LABEL_ALONE = re.compile(
    rf"^ *(?:(?:{lexicon('LABEL')})|(?:{lexicon('TEXT_FIELD')})|(?:{lexicon('GLUED_FIELD')})) *$", re.MULTILINE
)


def labels_over_values(text: str) -> str:
    """责任单位 / 卫健局、文旅局 → 责任单位:卫健局、文旅局 on the value's line (the label's left empty, so the line count holds):
    where a label alone on its line stands between lines that are no labels — a value under it, and no label
    above it (the labels of a table's header stand one under another, before any row; they are left) — in a form:
    a neighbouring field is a label too, and a label of who answers (责任单位, 牵头领导) stands among its fields (a
    notice's own headings 工作要求 / 完成时限 after its items are no record's)."""
    # The lines that may be a label alone: those ending as a label does (a character scan at C speed), short; or
    # ending in a bracket (a mirror's pinyin after the label), not long. Only where one is a label does the text
    # split into lines (the label pattern at every line start cost ~130 M instructions per MB of new text, a Python
    # step per line ~45 M).
    found: dict[int, str] = {}  # where each label alone starts, and the label
    pinyin_ends = ((m.start(), m.end()) for m in _BRACKET_END.finditer(text))
    for ends, longest in ((_label_ends(text), _LONGEST_LABEL), (pinyin_ends, _LONGEST_PINYIN)):
        for last, end in ends:
            start = text.rfind("\n", 0, last) + 1
            if end - start <= longest and (label := _label_alone(text[start:end])) is not None:
                found[start] = label
    if not found:
        return text
    at: list[tuple[int, str]] = []  # (line number, label) of the labels alone
    line_number, counted = 0, 0
    for start in sorted(found):
        line_number += text.count("\n", counted, start)
        counted = start
        at.append((line_number, found[start]))
    lines = text.split("\n")
    read = tuple(lines)  # (asked as printed: a field made one line above must not hide its value from the next)
    changed = False
    for k, label in at:
        if k + 1 >= len(read):
            continue
        value = read[k + 1]
        above = read[k - 1] if k > 0 else ""
        if (
            not _value_like(value, label)
            or _label_alone(above)
            or "|" in above
            or _NUMBERED.match(value)
            or any(cell.strip() == "序号" for cell in read[max(0, k - 4) : k])
        ):
            continue  # (a table's header: labels one under another after 序号, bars between cells; a heading over items)
        # A form: the field before this one or the one after it is a label too, a value between (具体任务 / … /
        # 责任单位 / … / 配合单位 / …), not a table's header over its first row.
        after = read[k + 2] if k + 2 < len(read) else ""
        before = read[k - 2] if k >= 2 else ""
        under_item = _NUMBERED.match(above) is not None and _WHO_LABEL.search(label) is not None
        if not (
            under_item
            or _field_line(after)
            or _FIELD_START.match(above)
            or (_field_line(before) and _value_like(above, ""))
        ):
            continue  # (1.新建幼儿园。 / 责任单位 / 县教育局: who answers, right under its item, is a field too)
        if not any(_names_who(near) for near in read[max(0, k - _FORM_REACH) : k + _FORM_REACH]):
            continue
        lines[k] = ""  # (the label's own line left empty: what stands above is another paragraph)
        lines[k + 1] = f"{label}:{value.strip()}"
        changed = True
    return "\n".join(lines) if changed else text


_LONGEST_LABEL = 24  # characters: no label alone on its line (spaces around it too) is longer
_LONGEST_PINYIN = 80  # … nor one with a mirror's pinyin after its characters
# The characters a label of the lexicon ends with (责任单位, 牵头领导, 完成时限, 具体任务, 项目名称, 工作要求 …; simplified and
# traditional): a line ending otherwise is none (tests/test_labels_over_values.py asks every label word of the lexicon).
_LABEL_LAST = frozenset("位門门導导人室所體体區区工限間间點点排求辦办長长務务作項项容稱称標标施準准度節节期志序")
# Where a line ends as a label alone does: in a label's last character, or in a bracket (its pinyin).
_LABEL_END = re.compile(f"[{''.join(sorted(_LABEL_LAST))}] *(?=\n|$)")
# (the bracket of pinyin only; the ) first, then the letter behind it: re scans for a literal, not a lookbehind)
_BRACKET_END = re.compile(r"\)(?<=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]\)) *(?=\n|$)")
# _LABEL_END's matches found from the line breaks (a literal ``re`` skips to) and the spaces at lines' ends: the class
# tried at every character cost ~2.5 ms per MB (issue 13).
_LABEL_LAST_AT_BREAK = re.compile(f"\n(?<=[{''.join(sorted(_LABEL_LAST))}]\n)")
_SPACES_AT_END = re.compile(r" +(?=\n|$)")


def _spaces_at_ends(text: str) -> Iterator[re.Match[str]]:
    """``_SPACES_AT_END.finditer(text)``, the pattern tried at the spaces only (``str.find``): led by a space, ``re``
    takes a step at every character (~3 ms per MB of a notice with a few dozen spaces, issue 13)."""
    at = text.find(" ")
    while at >= 0:
        m = _SPACES_AT_END.match(text, at)
        if m is not None:
            yield m
            at = text.find(" ", m.end())
        else:
            # (the rest of this run of spaces is followed by what follows the run: no match in it either)
            end = at + 1
            while end < len(text) and text[end] == " ":
                end += 1
            at = text.find(" ", end)


def _label_ends(text: str) -> Iterator[tuple[int, int]]:
    """``(m.start(), m.end())`` of each match of ``_LABEL_END`` in ``text``, in order: a line ending in a label's last
    character, maybe spaces after it."""
    breaks = ((m.start() - 1, m.start()) for m in _LABEL_LAST_AT_BREAK.finditer(text))
    spaced = (
        (m.start() - 1, m.end()) for m in _spaces_at_ends(text) if m.start() > 0 and text[m.start() - 1] in _LABEL_LAST
    )
    yield from heapq.merge(breaks, spaced)  # (the lines' ends in order; a line ends in one way only)
    if text and text[-1] in _LABEL_LAST:
        yield len(text) - 1, len(text)


_FORM_REACH = 8  # lines either side where a form's label of who answers is looked for
# An item's or a section's numbered line (1.…, 1、…, (1)…, 一、…): a heading over items is no field over a value.
_NUMBERED = re.compile(
    r"^ *(?:\d{1,4}[.、)]|\(\d{1,3}\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))"
)
# The label of a field that names who answers, alone on its line or before its colon (责任单位, 牵头领导:).
_WHO_LABEL = re.compile(r"(?:单位|部门|單位|部門|领导|領導|处室|科室|股室|站所)(?:及责任人)? *:?$")


def _label_alone(line: str) -> str | None:
    """The label a line holds alone (责任单位; 責(zé)任單位 read without a mirror's pinyin), or None."""
    plain = without_pinyin(line)
    return plain.strip() if _LABEL_ALONE.match(plain) else None


def _names_who(line: str) -> bool:
    """A form's field that names who answers: its label alone (责任单位) or before its colon (配合单位:…)."""
    label = _label_alone(line)
    if label is None:
        head = line.split(":", 1)[0] if ":" in line[:14] else ""
        return bool(head) and _WHO_LABEL.search(head.strip()) is not None and len(head.strip()) <= 10
    return _WHO_LABEL.search(label) is not None


def _value_like(line: str, label: str) -> bool:
    """A field's value under its label: a sentence, a list, a body's name, a date, or a person's name under a leaders'
    label — not a header's next cell (主要内容)."""
    text = line.strip()
    if not text or "|" in text or ":" in text[:12] or _label_alone(text.replace(" ", "")) is not None:
        return False
    if len(text) <= 6 and text.endswith(_HEADER_ENDS):
        return False  # 主要内容, 完成情况: a header's next cell
    if ("领导" in label or "領導" in label) and _PERSON.match(text):
        return True  # 牵头领导 / 李志强
    if label and _WHO_LABEL.search(label) is None and _TEXT_LABEL.fullmatch(label):
        return True  # 项目名称 / 城区背街小巷改造: a task's name, however short
    return (
        len(text) > 8
        or any(mark in text for mark in "、,。;")
        or units.looks_like_unit(text)
        or any(ch.isdigit() for ch in text)  # 2026年9月, 10月15日前
    )


# How a table header's cells end (主要内容, 完成情况, 目标值 …), unlike a field's value.
_HEADER_ENDS = (
    "内容",
    "情况",
    "任务",
    "措施",
    "目标",
    "要求",
    "名称",
    "时间",
    "时限",
    "备注",
    "事项",
    "项目",
    "指标",
    "进度",
    "成效",
    "分值",
    "序号",
    "单位",
    "领导",
    "部门",
    "值",
)
_TEXT_LABEL = lazy(lexicon("TEXT_FIELD"))
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}(?: [\u4e00-\u9fff]{1,3})?$")


def _field_line(line: str) -> bool:
    """A label alone (责任单位) or a field (进展与成效:…) on a line."""
    return _LABEL_ALONE.match(line.replace(" ", "")) is not None or _FIELD_START.match(line) is not None


_FIELD_START = re.compile(r"^ *[\u4e00-\u9fff]{2,8} *:")


def _first_field_below(lines: list[str], k: int) -> str:
    """The first line under line ``k`` that is no field of the task's content (督办依据:…, 任务目标:… stand between a
    督办通知单's 督办事项 and its 责任领导), within a few lines; "" when there is none."""
    for below in [b for b in lines[k + 1 : k + 1 + _FIELDS_BETWEEN] if b.strip()]:
        label = below.split(":", 1)[0].strip() if ":" in below else ""
        if not label or len(label) > _LABEL_MAX or _CONTENT_LABEL.search(label) is None:
            return below
    return ""


_FIELDS_BETWEEN = 4
_WORDS_FIRST = re.compile(r"[\u4e00-\u9fff“《]")
# An item's number at a line's start (1. 2、 一、 (一)): a labelled text under it is its own, not a record's.
_ITEM_NUMBER = re.compile(
    r"^ *(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))", re.MULTILINE
)
_LABEL_MAX = 8
_CONTENT_LABEL = lazy(lexicon("CONTENT_FIELD"))


def text_fields(text: str) -> str:
    """The text with each labelled task text made its item's line (see the module's doc)."""
    if not any(_TEXT_LINE.match(text[text.rfind("\n", 0, m.start()) + 1 : m.end()]) for m in _HINT.finditer(text)):
        return text  # no line starts with such a label: most notices (each colon after 工作, 任务 … looked at once)
    lines = text.split("\n")
    changed = False
    unnumbered: list[int] = []  # the lines of labelled texts with no number
    for k, line in enumerate(lines):
        m = _TEXT_LINE.match(line)
        if m is None:
            continue
        if m.group(1) is not None:
            lines[k] = f"{m.group(1)}.{line[m.end() :]}"
            changed = True
            continue
        numbered = False
        for j in range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1):
            number = _NUMBER_ALONE.match(lines[j])
            if number is not None:
                lines[j] = ""
                numbering = f"{number.group(1)}." if number.group(1) else number.group(2)  # (1) stays a point
                lines[k] = f"{numbering}{line[m.end() :]}"
                changed = numbered = True
                break
            if lines[j].strip() and not _CHROME.match(lines[j]):
                break
        if not numbered:
            below = _first_field_below(lines, k)
            if line[m.end() :].strip() and _DUTY_BELOW.match(below):
                # 具体任务:全面落实… with no number anywhere above, its duty fields under it: an unnumbered item's
                # text (the label names it, no part of it).
                lines[k] = line[m.end() :]
                if _WORDS_FIRST.match(lines[k]):
                    unnumbered.append(k)  # (not | 1.建设…: a key-value row whose value bears its own number)
                changed = True
    if len(unnumbered) >= 2 and _ITEM_NUMBER.search("\n".join(lines)) is None:
        # Records one after another (督办通知单, 交办单: 督办事项:… over its fields, fields of the task's content
        # between): each is an item, numbered in order — the lines between the text and its duties are its fields,
        # not its text.
        for order, k in enumerate(unnumbered, 1):
            lines[k] = f"{order}.{lines[k]}"
    return "\n".join(lines) if changed else text
