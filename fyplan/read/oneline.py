"""Pages run onto one line (a mirror or a copy that lost the page's line breaks): where its lines were.

The layout stage (fyplan/read/layout.py) cuts such a line at its numbers and labels; these are the cuts that only
a page run onto one line needs: a heading and the paragraph under it, a sentence of who answers or a group sentence
after the targets it answers for, a third-level title before items run together; and the brackets its chrome never
closed, which would otherwise hold the rest of the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fyplan.read import scope
from fyplan.read.clauses import names_role
from fyplan.read.items import CLOSERS, OPENERS, top_brackets

_CN = "一二三四五六七八九十"

SECTION_START = re.compile(r"^[" + _CN + r"]{1,3}、")
# A heading's marker and its title (no sentence: (一)推进财政信息公开。 … is an item's), then a space and what follows
# it: 一、主要目标 今年我市…。 / (一)省监察厅牵头的工作 加强….
_TITLE_SPACE = re.compile(r"^(?:[" + _CN + r"]{1,3}、|\([" + _CN + r"]{1,3}\))[^ 。;,,:]{2,40} (?=\S)")


def title_then_paragraph(piece: str) -> list[str]:
    """On a page run onto one line, a heading and the paragraph under it that a space parts: two lines, as the
    page printed them (the paragraph is no part of the title; it may be an item or the heading's clause); and a
    sentence that says who answers (由甲局、乙局负责落实。) after a space that parts it from the paragraph before:
    a line of its own, as it was (the grammar reads such a line as the clause of the paragraphs above it)."""
    m = _TITLE_SPACE.match(piece) or _GROUP_TITLE_SPACE.match(piece)
    if m is not None and m.re is _GROUP_TITLE_SPACE and sum(1 for _ in _role_brackets(piece[m.end() :])) < 2:
        m = None  # 1.加强监管。 具体措施…: a task's sentences, not a group's title over items run together
    if m is not None and (len(piece) - m.end() < 10 or not any(stop in piece[m.end() :] for stop in "。;!?")):
        m = None  # 一、坚定不移 推进工业强县: a title with a space in it (what follows has no sentence's end)
    if m is not None and m.re is _TITLE_SPACE and next(_role_brackets(piece[m.end() :]), None) is not None:
        m = None  # 一、新建5G基站300个 实现…。(牵头单位:…): an item numbered 一、, its sentence and its clause
    parts = [piece[: m.end()].strip(), piece[m.end() :]] if m is not None else [piece]
    if "。 " not in parts[-1] and "; " not in parts[-1] and ";" not in parts[-1]:
        return parts
    last = parts.pop()
    cuts = [b.start() + 2 for b in _BY_SENTENCE.finditer(last)]
    # 4.人均…4000美元; 4项目标的责任单位均为X。 — a group sentence after a sentence's end: a line of its own, as
    # printed (the space normalisation took out after the ; or 。 is the line break the page lost).
    for s in _AFTER_STOP.finditer(last):
        sentence = last[s.end() :].split("。")[0] + "。"
        if scope.group_sentence(sentence):
            cuts += [s.end(), s.end() + len(sentence)]  # the sentence alone on its line
    cuts = sorted(c for c in set(cuts) if 0 < c < len(last))
    parts += [last[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(last)], strict=True)]
    return [p for p in parts if p]


# 1.主要指标的责任部门。 then items run together, each closed by its clause: a third-level group's title.
_GROUP_TITLE_SPACE = re.compile(r"^\d{1,2}\.[^ 。;,,:()]{2,20}。 (?=\S)")
# A sentence's end and a space: where a page run onto one line had a line break.
_AFTER_STOP = re.compile(r"(?<=[。;;]) *(?=\S)")


def _role_brackets(text: str) -> Iterator[int]:
    """Where the brackets of ``text`` that name who answers (by a label or a verb) start."""
    return (a for a, b in top_brackets(text) if names_role(text[a + 1 : b]))


# Characters after an item's closing clause that make a paragraph of their own (会议要求,各科室要…。): fewer are a note.
_PARAGRAPH_AFTER = 20


def closing_apart(piece: str) -> list[str]:
    """The last item of a page run onto one line, and the paragraph after its clause's bracket (…办法(X负责,Y配合)。
    会议要求,各科室要…。 上一篇:…): the words after that sentence's end are the page's, no part of the item."""
    last = max(_role_brackets(piece), default=None)  # (the last bracket that names who answers)
    if last is None:
        return [piece]
    close = next((b for a, b in top_brackets(piece[last:]) if a == 0), None)
    if close is None:
        return [piece]
    end = last + close + 1
    if piece[end : end + 1] not in ("。", ";", "；") or len(piece) - end - 1 < _PARAGRAPH_AFTER:
        return [piece]
    return [piece[: end + 1], piece[end + 1 :].strip()]


# …。 由甲局负责落实。 at the end of a piece: its clause, said in a sentence.
BY_SENTENCE_END = re.compile(r"。 ?由[^。]{2,120}?(?:负责|牵头|落实|配合)[^。]{0,12}。 *$")
# 。 由甲局、乙局负责落实。 — a sentence of who answers after a space (a lost line break), to the end or the next space.
_BY_SENTENCE = re.compile(r"。 (?=由[^。 ]{2,120}?(?:负责|牵头|落实|配合)[^。 ]{0,6}。(?: |$))")


# An opening bracket that nothing closes within this many characters, on a line that runs on past them, is a
# page's chrome that lost its closer (【字体: on a page run onto one line), not a bracket around what follows.
_STRAY_OPENER = 150


def stray_openers(line: str) -> frozenset[int]:
    """Where the line's opening brackets stand that are never closed and have more than _STRAY_OPENER
    characters after them: each would otherwise hold the rest of the line (every marker and field in it)."""
    if len(line) <= _STRAY_OPENER or sum(map(line.count, OPENERS)) <= sum(map(line.count, CLOSERS)):
        return frozenset()
    stack: list[int] = []
    for i, ch in enumerate(line):
        if ch in OPENERS:
            stack.append(i)
        elif ch in CLOSERS and stack:
            stack.pop()
    return frozenset(i for i in stack if len(line) - i > _STRAY_OPENER)
