"""A table printed one cell per line whose header came out on one line, its names parted by spaces (a PDF viewer's
copy keeps the header row's cells on one line, each short enough not to wrap, while every row's cells wrap over
lines of their own): ``序号 重点任务 牵头单位 责任单位 完成时限`` / ``1`` / ``地区生产总值增长…`` / ``区发展和改`` / …

The header may go on over short lines below its first, the names of narrow columns wrapped (序号 重点工作任务 / 责任 /
领导 / 牵头单位 配合单位 / 完成 / 时限): every word of its lines goes on a line of its own, and the table reader joins a
name's halves (tables._header). Such a header is given one line per name, as the table readers expect a cell-per-line
header; ``spaced_headers``
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
_SPACED = re.compile(r"^(?:序号|编号)(?: [^ 。,;:、，；：]{1,14})+$")
# A line of the header's names going on below its first (责任 / 领导 / 牵头单位 配合单位 / 完成 / 时限: names wrapped in
# their narrow cells, some on a line of their own, some parted by a space): short words, no sentence's mark.
_HEADER_PIECE = re.compile(r"^[^ 。,;:、，；：\d]{1,14}(?: [^ 。,;:、，；：\d]{1,14})*$")
_HEADER_LINES_MOST = 8
_LONE_NUMBER = re.compile(r"^\d{1,4}$")
# (各镇人民政府 蓝海涛 2024年: a body's cell's last line may stand before them too)
_PERSON_THEN_DATE = re.compile(
    r"(?:([\u4e00-\u9fff、()（）]{3,40}) )?([\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,2}) (\d{4}年(?:\d{1,2}月?)?(?:底前?|前)?)"
)
_MONTH_PIECE = re.compile(r"\d{1,2}月(?:\d{1,2}日)?(?:底|中旬|下旬|上旬)?(?:前|以前)?")
_SPACED_AT = re.compile(r"(?:^|\n)(?:序号|编号)(?: [^ 。,;:、，；：\n]{1,14})+(?:\n|$)")


def spaced_headers(text: str) -> tuple[str, array[int] | None]:
    """``text`` with each such header one name a line, and the source line of each line (None, and the text itself,
    where there is none)."""
    if ("序号 " not in text and "编号 " not in text) or _SPACED_AT.search(text) is None:
        return text, None  # (one scan at C speed: most texts have no such line, and are not split into lines)
    lines = text.split("\n")
    out: list[str] = []
    origin: list[int] = []
    split = False
    k = 0
    while k < len(lines):
        found = _header_names(lines, k)
        if found is None:
            # 覃志坚 2024年 under such a header: two short cells a viewer put on one line, a person's and a date's —
            # a line each, as every other cell of the table stands
            pair = _PERSON_THEN_DATE.fullmatch(lines[k].strip()) if split else None
            pieces = [piece for piece in pair.groups() if piece] if pair is not None else [lines[k]]
            taken = 1
            if pair is not None and k + 1 < len(lines) and _MONTH_PIECE.fullmatch(lines[k + 1].strip()):
                pieces[-1] += lines[k + 1].strip()  # (2024年 / 12月: the date the cell wrapped, one cell)
                taken = 2
            out.extend(pieces)
            origin.extend([k + 1] * len(pieces))
            k += taken
            continue
        for at in range(k, found):
            names = lines[at].split()
            out.extend(names)
            origin.extend([at + 1] * len(names))
        split = True
        k = found
    if not split:
        return text, None
    return "\n".join(out), array("i", origin)


def _header_names(lines: list[str], k: int) -> int | None:
    """Where the header that starts at line ``k`` ends (the index after its last line), or None where none starts
    there: its names (the first line's words, and the words of the short lines below it, a wrapped name's halves too —
    the table reader joins those) head a task column and a duty column, and a row's lone number comes next."""
    if not _SPACED.match(lines[k]):
        return None
    end = k + 1
    while end < len(lines) and end - k <= _HEADER_LINES_MOST:
        piece = lines[end].strip()
        if not piece or _LONE_NUMBER.match(piece) or GROUP_ROW.match(piece) or not _HEADER_PIECE.match(piece):
            break
        end += 1
    names = [word for line in lines[k:end] for word in line.split()]
    kinds = header_kinds(names)
    if len(names) < 3 or "text" not in kinds or not any(kind in DUTY_LABELS for kind in kinds):
        return None
    after = [s.strip() for s in lines[end : end + 4] if s.strip()][:2]
    if after and GROUP_ROW.match(after[0]):
        after = after[1:]  # (一、经济发展, a group's title over the rows: the row under it tells)
    return end if after and _LONE_NUMBER.match(after[0]) else None
