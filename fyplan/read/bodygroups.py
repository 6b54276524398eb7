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
_NAME_LINE = re.compile(r"^[^\n、。,;:]{3,20}$", re.MULTILINE)  # a short line with no sentence's marks
# Where a sentence ends, or a clause's bracket: a line ending so is whole (the line after it may head a group).
_ENDS = frozenset("。;；:：!?！？)）]】")
_WRAP_WIDTH = 20  # a line this long that ends mid-sentence was cut by a wrap; a short one is a title
_HINT = re.compile(r"^[^\n、。,;:]{3,20}\n一、", re.MULTILINE)  # a short line right before a line opening with 一、


def renumber(text: str) -> str:
    """``text`` with each run of 一、二、… under a body's name alone numbered 1. 2. … instead, and each body's name
    that ends a sentence cut by a wrap joined to it."""
    lines = text.split("\n")
    joined = _wrapped_names(lines) if _NAME_LINE.search(text) is not None else False
    if _HINT.search(text) is None:
        return "\n".join(lines) if joined else text  # (most notices: one scan or two)
    changed = joined
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


def _wrapped_names(lines: list[str]) -> bool:
    """Join each body's name alone on its line to the line before it where that line was cut mid-sentence by a wrap
    (…每季度将整改进展书面报送 / 县应急管理局: the name ends the sentence, no group heading). The name's line is left
    empty, so every line keeps its place. Whether any was joined."""
    joined = False
    for k in range(1, len(lines)):
        before = lines[k - 1].rstrip()
        if (
            len(before) >= _WRAP_WIDTH
            and before[-1] not in _ENDS
            and ":" not in before
            and heading_roles(lines[k].strip()).lead_units
        ):
            lines[k - 1], lines[k] = before + lines[k].strip(), ""
            joined = True
    return joined
