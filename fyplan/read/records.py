"""Items printed as labelled fields, the task's text too: a number on its own line (``1.``, ``序号:1``,
``任务97``) and, below it, ``重点工作:推进…`` before ``牵头单位:…``; or ``1.工作任务:推进…`` on one line.

The text's label names the field; it is no part of the task. The number and the text become one item line
(``1.推进…``) where the label stood, the number's own line left empty, so the line count holds (later
stages map lines back to the original). Between the number and the label there may be blank lines and a
page's bullet lines (``• 听全文``, ``• 2019-08-23``): they stay before the item, as preamble."""

from __future__ import annotations

import re

from fyplan.grammars import lexicon
from fyplan.lazyre import lazy

# A line that is an item's number alone: 1 / 1. / 1、 / 序号:1 / 任务97 / 第3项, or a point's (1) / (一).
_NUMBER_ALONE = re.compile(
    r"^ *(?:(?:序号[:：]? *|任务 *|第)?(\d{1,4})(?:[.、]|项)?|(\((?:\d{1,3}|[一二三四五六七八九十]{1,3})\)))[ .、]*$"
)
# The labelled text, with the item's number before it on the same line or not (colons are ASCII after decode).
_TEXT_LINE = lazy(rf"^ *(?:(\d{{1,4}})(?:[.、] *| +))?(?:{lexicon('TEXT_FIELD')}):[ ]*(?=\S|$)")
# Every TEXT_FIELD word ends in one of these characters: a colon right after one is where a label may be. The
# search skips from colon to colon (a literal first character); a search for the label words themselves tries
# their alternatives at every character (~70 ms per MB; issue 13).
_HINT = re.compile(r":(?<=[务作项容称]:)")  # (项目名称: ends in 称 too)
# Lines a page puts between a number and its fields: bullets of the page's tools (• 分享到).
_CHROME = re.compile(r"^ *[•·] ")
_LOOK_BACK = 8  # lines looked back for the number a labelled text belongs to


def text_fields(text: str) -> str:
    """The text with each labelled task text made its item's line (see the module's doc)."""
    if not any(_TEXT_LINE.match(text[text.rfind("\n", 0, m.start()) + 1 : m.end()]) for m in _HINT.finditer(text)):
        return text  # no line starts with such a label: most notices (each colon after 工作, 任务 … looked at once)
    lines = text.split("\n")
    changed = False
    for k, line in enumerate(lines):
        m = _TEXT_LINE.match(line)
        if m is None:
            continue
        if m.group(1) is not None:
            lines[k] = f"{m.group(1)}.{line[m.end() :]}"
            changed = True
            continue
        for j in range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1):
            number = _NUMBER_ALONE.match(lines[j])
            if number is not None:
                lines[j] = ""
                numbering = f"{number.group(1)}." if number.group(1) else number.group(2)  # (1) stays a point
                lines[k] = f"{numbering}{line[m.end() :]}"
                changed = True
                break
            if lines[j].strip() and not _CHROME.match(lines[j]):
                break
    return "\n".join(lines) if changed else text
