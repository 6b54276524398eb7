"""A division of the work written unit by unit: each paragraph names a body, a colon, then the tasks it leads,
numbered and run together (``保税区财政局：1.设立专项资金（保税区经济发展局），5月底前完成；2.…``), under a note that
says so (``各单位名称后所列任务由该单位牵头负责，括号内为配合单位``).

Each paragraph becomes the heading ``<body>牵头的工作`` (read as a lead unit's group heading is: its items' lead) and
one line per task; where the note says the brackets hold the cooperating units, a bracket of bare names gets that
label (``（配合单位：保税区经济发展局）``). The text has more lines than the source then: ``units_first`` gives the
source line of each (composed with the layout's map, as a two-column page's is). Only in a text with two such
paragraphs or more, or one under the note.
"""

from __future__ import annotations

import re
from array import array

from fyplan.read.scans import holds
from fyplan.units import ends_like_unit

_HINT = re.compile(r"[:：][ \t\u3000]*1[.、．]")
# The paragraph: a body's name (2-24 characters, no sentence mark), a colon, then task 1.
_PARAGRAPH = re.compile(r"^[\s\u3000]*(?P<unit>[^\s,，。;；:：()（）]{2,24})[:：]\s*(?=1[.、．])")
# Where the next task starts: after a stop or a semicolon, its number.
_NEXT_TASK = re.compile(r"(?<=[;；。])\s*(?=\d{1,2}[.、．])")
# The note that the brackets name the cooperating units (括号内为配合单位, 括号中的为协办单位 …).
_BRACKET_NOTE = re.compile(r"括号[内中里](?:的)?(?:为|是|系)?(?P<label>配合单位|协办单位|配合部门|协同单位|协助单位)")
# A body's name in such a bracket: Chinese characters (and a bracket of its own), no figure, no 含 / 包括 before it.
_NAME = re.compile(r"^(?!含|包括|其中|涉及)[\u4e00-\u9fff()（）]{2,30}$")
# A bracket of bare names (no colon, no verb): 、-parted bodies, maybe 等.
_BARE_BRACKET = re.compile(r"[(（](?P<names>[^()（）:：,，;；。]{2,120})[)）]")


def units_first(text: str) -> tuple[str, array[int] | None]:
    """``text`` with each unit's paragraph as its heading and one line per task (see the module's words), and the
    source line of each line (None, and the text itself, where it has no such paragraphs)."""
    if not (holds(text, ":1") or holds(text, "：1") or holds(text, ": 1")) or _HINT.search(text) is None:
        return text, None  # (no task 1 right after a colon: one scan, no line looked at)
    lines = text.split("\n")
    found = {k: m for k, line in enumerate(lines) if (m := _paragraph(line)) is not None}
    note = _BRACKET_NOTE.search(text)
    if len(found) < 2 and not (found and note):
        return text, None
    label = note.group("label") if note else None
    out: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        m = found.get(number - 1)
        if m is None:
            out.append((number, line))
            continue
        out.append((number, f"{m.group('unit')}牵头的工作"))
        for task in _NEXT_TASK.split(line[m.end() :]):
            if task.strip():
                out.append((number, _labelled(task.strip(), label) if label else task.strip()))
    return "\n".join(line for _, line in out), array("i", (n for n, _ in out))


def _paragraph(line: str) -> re.Match[str] | None:
    """The match of a unit's paragraph (its name a body's), or None."""
    m = _PARAGRAPH.match(line)
    return m if m is not None and ends_like_unit(m.group("unit")) else None


def _labelled(task: str, label: str) -> str:
    """The task with its brackets of bare names labelled (the note says what they name)."""

    def named(m: re.Match[str]) -> str:
        names = m.group("names")
        parts = [p.removesuffix("等") for p in names.split("、")]
        if not all(_NAME.match(p) and ends_like_unit(p) for p in parts):
            return m.group(0)  # (a bracket of words, 含3个乡镇: the task's own)
        return f"（{label}：{names}）"

    return _BARE_BRACKET.sub(named, task)
