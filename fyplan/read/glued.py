"""Tables whose cells were run together with nothing between them (a .docx or a web table copied as
text): ``类别序号重点督办内容牵头单位全年完成情况`` as the header, then one row a line,
``经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值…``.

The header is cut into column names by the words a column name ends in (单位, 领导, 内容, 情况 …). A row is cut by what its columns hold: the row number where
the numbering expects it, the task up to a sentence end followed by a body's name, the bodies' names
(each ends in 局, 委, 办 … ; several are joined by 、), and whatever is left for the columns after them.
A row that cannot be cut so is no row: the caller keeps it as text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fyplan.grammars import lexicon
from fyplan.read.tables import DUTY_LABELS, header_kinds
from fyplan.units import looks_like_unit

# What a column name ends in.
_NAME_END = re.compile(
    r"(?:序号|编号|单位|部门|领导|内容|任务|名称|情况|时限|时间|备注|类别|目标|措施|事项|标准|进度|指标|项目|举措|计划|要求)$"
)
# Column names that stand before 序号 (a category printed on every row).
_LEADING = ("类别", "类型", "领域", "板块", "考核项目", "项目类别")
# Words that always end a name where they occur (序号重点督办内容 is two names, 项目名称 one).
_HARD_END = re.compile(r"序号|编号|单位|部门|领导|情况|时限|备注|名称|内容")
# The only names of two characters (名称 alone is the end of 项目名称).
_SHORT = ("序号", "编号", "类别", "备注", "项目", "类型", "领域")
_MAX_NAME = 10
# The end of a body's name, strong first: a name is cut at the first strong end it reaches.
_STRONG_END = re.compile(r"(?:局|委|办|厅|中心|政府|管委会|公司|集团|银行|支行)$")
_UNIT_MAX = 16


@lru_cache(maxsize=256)
def header(line: str) -> tuple[tuple[str, ...], tuple[str, ...], int] | None:
    """(column names, their kinds, how many columns stand before 序号) of a run-together header
    line, or None. The header may end a longer line (a title before it)."""
    if " " in line or "|" in line:
        return None
    at = line.find("序号")
    if at < 0:
        return None
    names = _segment(line[at:])
    if names is None or len(names) < 3:
        return None
    before = line[:at]
    lead = next((w for w in _LEADING if before.endswith(w)), None)
    if lead is not None:
        names = [lead, *names]
    kinds = header_kinds(names)
    if "text" not in kinds or not any(k in DUTY_LABELS for k in kinds):
        return None
    return tuple(names), tuple(kinds), 1 if lead else 0


def _segment(text: str) -> list[str] | None:
    """Cut ``text`` into names, each ending in a column-name word; None if it cannot be. Of the ways
    to cut, the one with the most names the duty lexicon knows whole (牵头单位, not 任务牵头单位), then
    the most names (工作任务责任单位 is two)."""
    n = len(text)
    best: list[tuple[int, int, list[str]] | None] = [None] * (n + 1)
    best[0] = (0, 0, [])
    label = _label()
    for i in range(n):
        done = best[i]
        if done is None:
            continue
        for j in range(i + 2, min(n, i + _MAX_NAME) + 1):
            piece = text[i:j]
            if _NAME_END.search(piece) and not _HARD_END.search(piece[:-1]) and (len(piece) > 2 or piece in _SHORT):
                known = done[0] + (1 if label.fullmatch(piece) else 0)
                here = (known, done[1] + 1, [*done[2], piece])
                found = best[j]
                if found is None or here[:2] > found[:2]:
                    best[j] = here
    end = best[n]
    return end[2] if end else None


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon('LABEL')})")


def row(line: str, kinds: tuple[str, ...], leading: int, number: int) -> dict[int, str] | None:
    """The cells of one run-together row, by column; None if the line is no row numbered ``number``."""
    m = _number_at(line, number, leading > 0)
    if m is None:
        return None
    cells: dict[int, str] = {}
    if leading:
        cells[0] = line[: m.start()]
    cells[leading] = str(number)
    rest = line[m.end() :]
    columns = list(range(leading + 1, len(kinds)))
    for k, col in enumerate(columns):
        kind = kinds[col]
        last = k == len(columns) - 1
        if kind == "text":
            cut = _text_end(rest) if not last else len(rest)
            if cut is None:
                return None
        elif kind in DUTY_LABELS and kind != "leaders":
            cut = _names_end(rest)
            if cut is None:
                return None
        elif last:
            cut = len(rest)
        else:
            return None  # a leader or note column between others: where it ends cannot be told
        if rest[:cut]:
            cells[col] = rest[:cut]
        rest = rest[cut:]
    return cells if not rest else None


def _number_at(line: str, number: int, after_category: bool) -> re.Match[str] | None:
    """The row number: at the start, or after the category cell."""
    pattern = rf"(?<!\d){number}(?![\d.%年月日万亿个项])"
    m = re.match(pattern, line) if not after_category else re.search(pattern, line)
    if m is None or (after_category and m.start() == 0):
        return None
    return m


def _text_end(rest: str) -> int | None:
    """Where the task ends: after a sentence end that a body's name follows."""
    for m in re.finditer(r"[。;]", rest):
        if _first_name(rest[m.end() :]) is not None:
            return m.end()
    return None


def _first_name(text: str) -> int | None:
    """The length of the body's name ``text`` starts with, or None."""
    weak = None
    for j in range(3, min(len(text), _UNIT_MAX) + 1):
        piece = text[:j]
        if _STRONG_END.search(piece) and looks_like_unit(piece):
            return j
        if weak is None and looks_like_unit(piece) and not piece.startswith(("各", "全")):
            weak = j
    return weak


def _names_end(rest: str) -> int | None:
    """Where a cell of bodies' names (甲局、乙委) ends."""
    at = _first_name(rest)
    if at is None:
        return None
    while at < len(rest) and rest[at] in "、,":
        more = _first_name(rest[at + 1 :])
        if more is None:
            break
        at += 1 + more
    return at
