"""Unnumbered paragraphs under a work plan's headings, each opened by a short sentence that names its work.

A 街道's or a bureau's year plan often numbers only its headings ((一)全力推进,打造…城区环境) and writes the work under
each as plain paragraphs, every one led by a few words and a full stop (深化“美丽街区”建设。完成…; 做实为老服务。推进…).
Read as printed, each heading is one item holding all its paragraphs. ``paragraphs_numbered`` gives the text back with
those paragraphs numbered 1. 2. … under each heading, so that each is an item of the heading's part; the reader asks
for it only where nothing names who answers (a list of work) and keeps it only where it still reads as one.
"""

from __future__ import annotations

import re

from fyplan.lazyre import lazy

# A heading line: 一、… or (一)… / （一）… with no full stop (a title, no sentence of work).
_HEADING = lazy(r"^[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[^。\n]{2,40}$")
# A paragraph led by its work's name: two to twenty characters with no other mark, then a full stop, then more words.
_LED = re.compile(r"^[ \u3000]*[^\s。,，;；:：、()（）\d][^。,，;；:：\n]{1,19}。(?=[^\n]{10,})")
# A part's title that holds no work of its own: how the work is to be done (保障措施, 组织领导, 工作要求) or the plan's frame
# (总体要求, 指导思想, 工作目标).
# (the whole title a few words ending so: (三)全力保障,提升“高品质”民生服务 is work)
_NO_WORK_PART = re.compile(
    r"^[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[\u4e00-\u9fff]{0,4}"
    r"(?:保障|措施|要求|思想|原则|目标|意义|背景|情况|领导|机制)[。:：]?[ \u3000]*$"
)
_GROUPS_LEAST = 2  # headings with led paragraphs under them, at least: a habit of the plan, not one heading's chance
_PARAGRAPHS_LEAST = 2  # led paragraphs under such a heading, at least
_CLOSING_LONGEST = 24  # characters of a line with no full stop after the list (an issuer's name, a date), at most


def paragraphs_numbered(text: str) -> str:
    """``text`` with the led paragraphs under each heading numbered 1. 2. … (counted afresh under each), where two
    headings or more hold two such paragraphs or more and no heading holds a paragraph led otherwise; ``text`` itself
    otherwise (the same object)."""
    lines = text.split("\n")
    groups: list[list[int]] = []
    current: list[int] | None = None
    for at, line in enumerate(lines):
        if _HEADING.match(line):
            # ((三)保障措施 / 加强组织领导。…: a part on how the work is to be done, or the plan's frame, holds no work of
            # its own: its paragraphs stay its words)
            current = None if _NO_WORK_PART.match(line) else []
            if current is not None:
                groups.append(current)
        elif current is not None and line.strip():
            if len(line.strip()) <= _CLOSING_LONGEST and "。" not in line and _LED.match(line) is None:
                current = None  # (the issuer's name, the date: the list has ended)
                continue
            current.append(at)
    if not groups:
        return text
    led = [group for group in groups if len(group) >= _PARAGRAPHS_LEAST]
    if len(led) < _GROUPS_LEAST:
        return text
    # (every paragraph under every heading led so: a plan that writes some of its work otherwise — a table, a numbered
    # list, a closing line of who answers — is read as it is printed)
    if any(_LED.match(lines[at]) is None for group in groups for at in group):
        return text
    for group in groups:
        for count, at in enumerate(group, 1):
            line = lines[at]
            indent = len(line) - len(line.lstrip(" \u3000"))
            lines[at] = f"{line[:indent]}{count}.{line[indent:]}"
    return "\n".join(lines)
