"""Lists grouped by the body that answers for them, numbered 一、二、 under each body's name.

A notice that splits its targets by department prints each department's name alone on its line and, under it,
that department's items, often numbered 一、二、… afresh in each group (市卫生局 / 一、… 二、… / 市教育局 / 一、…).
Numbered so, the grammar would read every item as a section heading with nothing under it. This stage renumbers
such a run 1. 2. … (the numbering items have), so that the body's line heads the items as a group heading does
(``fyplan.read.scope.heading_roles``). Only a run that starts at 一 right under a body's name alone and counts on
in turn; the lines keep their places (diagnostics point where they did).
"""

from __future__ import annotations

import re

from fyplan.numerals import chinese_number
from fyplan.read.scope import heading_roles

_CHINESE_ITEM = re.compile(r"^( *)([一二三四五六七八九十]{1,3})、")
_HINT = "\n一、"  # a line opening with 一、 (after a body's name, maybe): one scan for a literal, no pattern


def renumber(text: str) -> str:
    """``text`` with each run of 一、二、… under a body's name alone numbered 1. 2. … instead. (A body's name that
    ends a sentence a wrap cut is the item's words: ``grammar`` joins it.)"""
    if not _under_a_body(text):
        return text  # (most notices: a scan or two for a literal)
    lines = text.split("\n")
    changed = False
    k = 0
    while k < len(lines) - 1:
        first = _CHINESE_ITEM.match(lines[k + 1])
        if first is None or first.group(2) != "一" or not heading_roles(lines[k].strip()).lead_units:
            k += 1
            continue
        expected = 1
        j = k + 1
        while j < len(lines):
            m = _CHINESE_ITEM.match(lines[j])
            if m is not None:
                if chinese_number(m.group(2)) != expected:
                    break
                lines[j] = f"{m.group(1)}{expected}.{lines[j][m.end() :]}"
                expected += 1
                changed = True
            elif not lines[j].strip() or heading_roles(lines[j].strip()).lead_units:
                break  # (a blank line ends the list; the next body's name starts its own)
            j += 1
        k = j
    return "\n".join(lines) if changed else text


def _under_a_body(text: str) -> bool:
    """Does some line opening with 一、 follow a body's name alone (only then are the lines looked at one by one)?"""
    at = text.find(_HINT)
    while at >= 0:
        if heading_roles(text[text.rfind("\n", 0, at) + 1 : at].strip()).lead_units:
            return True
        at = text.find(_HINT, at + 1)
    return False
