"""A | table whose cells a PDF's text tool cut at each printed line: every printed line of a row is a row of its own,
its number cell empty, each piece under its column.

```
序号 | 重点工作任务       | 牵头部门     | 配合部门       | 责任领 | 完成时间
     |                    |              |                | 导     |
1    | 推进线路隐患排查整 | 安全监管部   | 生产技术部、各 | 黄 海  | 2023年6月30
     | 治，完成120处。    |              | 县（市）供电局 |        | 日
```

The pieces of a row's lines are its cells' words as the print wrapped them: joined with nothing between in a task
or a date (排查整 / 治, 2023年6月30 / 日), and, in a duty cell, as ``tables.joined_piece`` tells a wrapped name from
the next name (各 / 县(市)供电局 is one name, 县财政局 / 县税务局 two). The header may be wrapped too (责任领 / 导).
Each row is written whole on its first line and its other lines left empty (every line keeps its number); the
layout stage then reads the table as any other | table.

Only a table that shows the cut is rewritten: its header goes on over a second line, or a line with an empty number
cell holds pieces in two columns or more (a line that goes on only the task, | 面积5000亩。 | |, is the layout
stage's own reading: the rest of the row above).
"""

from __future__ import annotations

import re

from fyplan.read.scans import holds
from fyplan.read.tables import GROUP_ROW, HEADER_WORD, WHEN, header_kinds, joined_piece
from fyplan.worklist import opens_work

_BAR = re.compile(r"\s*\|\s*")
_UNIT_KINDS = frozenset({"leaders", "lead", "cooperating", "responsible"})
# A piece of a header cell wrapped onto the next line (责任领 / 导): a few characters, no sentence nor figure.
_HEADER_PIECE = re.compile(r"^[^。，,；;：:%\d]{1,6}$")


def join_wrapped_rows(text: str) -> str:
    """Every | table in ``text`` whose rows a print cut at each line, its rows whole (see the module's words)."""
    if "|" not in text or (not holds(text, "\n |") and not holds(text, "\n|")):
        return text
    lines = text.split("\n")
    changed = False
    k = 0
    while k < len(lines):
        header = _header(lines[k])
        if header is None:
            k += 1
            continue
        end = _rewrite(lines, k, header)
        changed = changed or end > k + 1
        k = max(end, k + 1)
    return "\n".join(lines) if changed else text


def _cells(line: str, bordered: bool = False) -> list[str]:
    """The cells of a | line; ``bordered``: the table's rows open and close with a bar (| 1 | … |), which parts no
    cells (else a line that opens with a bar has an empty number cell before it)."""
    body = line.strip()
    if bordered and body.startswith("|") and body.endswith("|") and len(body) > 1:
        body = body[1:-1]
    return [cell.strip() for cell in _BAR.split(body)]


def _header(line: str) -> list[str] | None:
    """The cells of a | header line (序号 | 重点工作任务 | 牵头部门 …), or None."""
    if line.count("|") < 2 or "序" not in line:
        return None
    cells = _cells(line, line.strip().startswith("|"))
    if not cells[0].startswith(("序号", "序號")) or not all(HEADER_WORD.match(c.replace(" ", "")) for c in cells if c):
        return None
    return cells


def _goes_on(cells: list[str], width: int) -> bool:
    """A line that goes on the row above: as many cells as the header, its number cell empty, some piece in it."""
    return len(cells) == width and not cells[0] and any(cells[1:])


# A sentence's end: a row whose task ends so is whole (a line below it with an empty number cell is a row of its own).
_SENTENCE_END = ("。", "；", ";", "！", "？", ".")
# A point's or an item's mark at a piece's start: a row of its own ((1)完成…, 1.…, 一、…), never the rest of one.
_STARTS_POINT = re.compile(r"^(?:[(（]\d{1,2}[)）]|\d{1,3}[.、．](?!\d)|[一二三四五六七八九十]{1,3}、|[①-⑳])")


def _sub_row(cells: list[str], above: list[str], kinds: list[str]) -> bool:
    """A line under a merged number and task cell that is a measure of its own (| | 完成10家企业技改。 | 县工信局 |
    2025年9月底前): the row above's measure ended its sentence, this one's starts a new one, and each names a whole
    deadline of its own (a print's cut never leaves two: 2023年6月30 / 日) — a sub-row, not the rest of that row."""
    if _whole_row(cells, above, kinds):
        return True
    texts = [c for c, kind in enumerate(kinds) if kind == "text" and c < len(cells)]
    own = next((c for c in texts if cells[c]), None)
    if own is None or own == texts[0] or own >= len(above) or not above[own].endswith(_SENTENCE_END):
        return False
    dates = [c for c, kind in enumerate(kinds) if kind == "deadline" and c < len(cells)]
    return bool(dates) and all(WHEN.match(cells[c]) and WHEN.match(above[c]) for c in dates)


def _whole_row(cells: list[str], above: list[str], kinds: list[str]) -> bool:
    """| | 深化数字政府建设 | 李明 | 区政务服务中心 | 区大数据中心 | 全年 under 2 | 新建5G基站300个 | 李明 | …: a line that
    fills every column but the number, its one task cell opening as a task does (深化…, 推进…), its deadline whole
    as the row above's is — a row of its own under a 序号 merged over both (a spreadsheet's copy), where a print's cut
    leaves the rest of some cells only, a date's rest never whole beside a whole one."""
    texts = [c for c, kind in enumerate(kinds) if kind == "text"]
    dates = [c for c, kind in enumerate(kinds) if kind == "deadline"]
    if len(cells) != len(kinds) or len(texts) != 1 or not dates or not all(cells[1:]):
        return False
    if not any(kind in _UNIT_KINDS for kind in kinds):
        return False
    return opens_work(cells[texts[0]]) and all(
        c < len(above) and WHEN.match(cells[c]) and WHEN.match(above[c]) for c in dates
    )


def _rewrite(lines: list[str], at: int, header: list[str]) -> int:
    """The table whose header is line ``at``, its wrapped rows joined; the index after the table."""
    width = len(header)
    bordered = lines[at].strip().startswith("|")
    # The header's own lines (责任领 / 导: short pieces, no sentence), then the rows: a first line and the lines that
    # go on it.
    names = list(header)
    k = at + 1
    header_lines = [at]
    while (
        k < len(lines)
        and _goes_on(cells := _cells(lines[k], bordered), width)
        and all(_HEADER_PIECE.match(c) for c in cells if c)
    ):
        names = [a + b for a, b in zip(names, cells, strict=True)]
        header_lines.append(k)
        k += 1
    kinds = header_kinds([n.replace(" ", "") for n in names])
    text_at = kinds.index("text") if "text" in kinds else None
    rows: list[list[int]] = []
    task = ""  # the task cell of the row so far
    above: list[str] = []  # the row so far's cells, each column's pieces joined
    cut = len(header_lines) > 1
    while k < len(lines):
        if not lines[k].strip():
            k += 1  # (a blank line between two rows: a rule the scan drew, blanked)
            continue
        cells = _cells(lines[k], bordered)
        if "|" in lines[k] and sum(1 for c in cells if c) == 1 and GROUP_ROW.match(next(c for c in cells if c)):
            rows.append([k])  # (| 一、加快转型升级 |: a group row across the table, a row of its own)
            task = ""
            k += 1
            continue
        if len(cells) != width or "|" not in lines[k]:
            break
        piece = cells[text_at] if text_at is not None else ""
        # (a point's mark in a later text column — 序号 | 目标名称 | 工作标准 …, the group's name merged down the first
        # and (2)数字经济… in the second — opens a row of its own too)
        # (only a line that fills two units' cells too, a row of its own: a target cell's points wrapped line by line,
        # (1)… / (2)… beside the rest of a wrapped name or empty unit cells, are the rest of the row above)
        pointed = (
            any(_STARTS_POINT.match(cells[c]) for c, kind in enumerate(kinds) if kind == "text" and c != text_at)
            and sum(1 for c, kind in enumerate(kinds) if kind in _UNIT_KINDS and c < len(cells) and cells[c]) >= 2
        )
        if (
            rows
            and _goes_on(cells, width)
            and not pointed
            and (not piece or (not task.endswith(_SENTENCE_END) and not _STARTS_POINT.match(piece)))
            and not _sub_row(cells, above, kinds)
        ):
            rows[-1].append(k)
            task += piece
            above = [a + b for a, b in zip(above, cells, strict=True)]
            cut = cut or sum(1 for c in cells[1:] if c) >= 2
        else:
            rows.append([k])  # (a row, a group row, or a row of its own with an empty number cell)
            task = piece
            above = list(cells)
        k += 1
    if not cut:
        return k
    lines[at] = " | ".join(names)
    for j in header_lines[1:]:
        lines[j] = ""
    # Each column's widest piece: a piece as wide is one the print wrapped at the column's edge (各县(市) / 供电局 is
    # one name cut there, not two).
    widest = [0] * width
    for row in rows:
        for j in row:
            for c, piece in enumerate(_cells(lines[j], bordered)):
                widest[c] = max(widest[c], len(piece))
    for row in rows:
        if len(row) == 1:
            continue
        joined = _cells(lines[row[0]], bordered)
        last = list(joined)  # the piece each column had on the line above
        for j in row[1:]:
            for c, piece in enumerate(_cells(lines[j], bordered)):
                if piece:
                    kind = kinds[c] if c < len(kinds) else ""
                    if kind in _UNIT_KINDS:
                        joined[c] = joined_piece(joined[c], piece, kind, filled=len(last[c]) >= widest[c])
                    else:
                        joined[c] += piece
                last[c] = piece
            lines[j] = ""
        lines[row[0]] = " | ".join(joined)
    return k
