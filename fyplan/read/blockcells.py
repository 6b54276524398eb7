"""A table that pdftotext printed without -layout: each cell a block of lines (its words wrapped in the cell's
width), the blocks parted by blank lines, the header's names wrapped too::

    序号

    重点工作任务

    责任
    领导

    牵头
    单位
    …

    1

    全年家具产业集群产值突破
    1800亿元,增长15%以上。

    温建华

    区家具产业
    发展服务中
    心

Each block's lines are joined into one line — a wrapped name's or sentence's pieces run together, two people's names
on lines of their own parted by 、 — so the table reads as one cell per line with blank lines between cells, the
form the table readers know (fyplan/read/tables.py). ``block_cells`` gives the source line of each line (composed
with the layout's map, as a two-column page's is). Only where a line 序号 (or 编号) alone, then a blank line, opens a
header of blocks of short names, one of them wrapped over two lines or more, before a block that is a row's lone
number or a group's title (一、…); from there to the text's end (a paragraph after the table, wrapped, is joined as
layout recovery joins it).
"""

from __future__ import annotations

import re
from array import array

from fyplan import units
from fyplan.read.front import PAGE_LINE
from fyplan.read.tables import GROUP_ROW, column_kind

_HEADER_NAME = re.compile(r"^[^ 。,;:、，；：\d]{1,10}$")
_LONE_NUMBER = re.compile(r"^\d{1,4}$")
_HEADER_BLOCKS_MOST = 12


def block_cells(text: str) -> tuple[str, array[int] | None]:
    """``text`` with each block of such a table one line (see the module's doc), and the source line of each line
    (None, and the text itself, where there is none)."""
    if "\n序号\n\n" not in text and "\n编号\n\n" not in text:
        return text, None  # (one scan at C speed: most texts have no such table)
    lines = text.split("\n")
    start = next((k for k in range(len(lines) - 1) if _opens_header(lines, k)), None)
    if start is None:
        return text, None
    out: list[str] = []
    origin: list[int] = []
    for k in range(start):
        out.append(lines[k])
        origin.append(k + 1)
    k = start
    while k < len(lines):
        if not lines[k].strip() or _furniture(lines[k]):
            out.append(lines[k])
            origin.append(k + 1)
            k += 1
            continue
        end = k
        while end + 1 < len(lines) and lines[end + 1].strip() and not _furniture(lines[end + 1]):
            end += 1
        out.append(_joined([line.strip() for line in lines[k : end + 1]]))
        origin.append(k + 1)
        k = end + 1
    return "\n".join(out), array("i", origin)


def _opens_header(lines: list[str], k: int) -> bool:
    """Does line ``k`` (序号 alone, a blank line after it) open a header of blocks of short names, one wrapped?"""
    if lines[k].strip() not in ("序号", "编号") or lines[k + 1].strip():
        return False
    names: list[str] = []
    wrapped = False
    at = k + 2
    while at < len(lines) and len(names) < _HEADER_BLOCKS_MOST:
        block: list[str] = []
        while at < len(lines) and lines[at].strip():
            block.append(lines[at].strip())
            at += 1
        while at < len(lines) and not lines[at].strip():
            at += 1
        if not block:
            return False
        if len(block) == 1 and (_LONE_NUMBER.match(block[0]) or GROUP_ROW.match(block[0])):
            break  # (the first row's number, or a group's title over it: the header ended above)
        if not all(_HEADER_NAME.match(piece) for piece in block):
            return False
        names.append("".join(block))
        wrapped = wrapped or len(block) > 1
    kinds = [column_kind(name) for name in names]
    return wrapped and "text" in kinds and any(kind in ("lead", "cooperating", "responsible") for kind in kinds)


def _furniture(line: str) -> bool:
    """A page's number (—1—, 第 2 页) or a form feed's line: a line of its own, never part of a cell."""
    return "\f" in line or PAGE_LINE.fullmatch(line.strip()) is not None


def _joined(pieces: list[str]) -> str:
    """A block's lines as one: run together, but two people's names each on a line of their own parted by 、."""
    out = pieces[0]
    for piece in pieces[1:]:
        last = out.rsplit("、", 1)[-1]
        both_people = units.bare_person(last.replace(" ", "")) and units.bare_person(piece.replace(" ", ""))
        out = f"{out}、{piece}" if both_people else out + piece
    return out
