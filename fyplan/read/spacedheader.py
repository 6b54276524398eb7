"""A table printed one cell per line whose header came out on one line, its names parted by spaces (a PDF viewer's
copy keeps the header row's cells on one line, each short enough not to wrap, while every row's cells wrap over
lines of their own): ``序号 重点任务 牵头单位 责任单位 完成时限`` / ``1`` / ``地区生产总值增长…`` / ``区发展和改`` / …

Such a header line is given one line per name, as the table readers expect a cell-per-line header; ``spaced_headers``
gives the source line of each line (composed with the layout's map, as a two-column page's is). Only where the line
starts with 序号 or 编号, every word is a header's cell, the names head a task column and a duty column, and the next
line of substance is a row's lone number (below a group's title, 一、…, maybe): a table whose rows stand on one line
each (cells parted by spaces too) is the aligned readers' (fyplan/read/aligned.py).
"""

from __future__ import annotations

import re
from array import array

from fyplan.read.tables import DUTY_LABELS, GROUP_ROW, header_kinds

# (one space between names: a header over aligned columns, parted by runs of spaces, is the aligned readers')
_SPACED = re.compile(r"^(?:序号|编号)(?: [^ 。,;:、，；：]{1,14}){2,}$")
_LONE_NUMBER = re.compile(r"^\d{1,4}$")
_SPACED_AT = re.compile(r"(?:^|\n)(?:序号|编号)(?: [^ 。,;:、，；：\n]{1,14}){2,}(?:\n|$)")


def spaced_headers(text: str) -> tuple[str, array[int] | None]:
    """``text`` with each such header one name a line, and the source line of each line (None, and the text itself,
    where there is none)."""
    if ("序号 " not in text and "编号 " not in text) or _SPACED_AT.search(text) is None:
        return text, None  # (one scan at C speed: most texts have no such line, and are not split into lines)
    lines = text.split("\n")
    out: list[str] = []
    origin: list[int] = []
    split = False
    for k, line in enumerate(lines):
        names = _header_names(lines, k)
        if names is None:
            out.append(line)
            origin.append(k + 1)
            continue
        out.extend(names)
        origin.extend([k + 1] * len(names))
        split = True
    if not split:
        return text, None
    return "\n".join(out), array("i", origin)


def _header_names(lines: list[str], k: int) -> list[str] | None:
    line = lines[k]
    if not _SPACED.match(line):
        return None
    names = line.split()
    kinds = header_kinds(names)
    if "text" not in kinds or not any(kind in DUTY_LABELS for kind in kinds):
        return None
    after = [s.strip() for s in lines[k + 1 : k + 5] if s.strip()][:2]
    if after and GROUP_ROW.match(after[0]):
        after = after[1:]  # (一、经济发展, a group's title over the rows: the row under it tells)
    return names if after and _LONE_NUMBER.match(after[0]) else None
