"""Cells a print wrapped at its column's width, in a table copied one cell per line (a PDF's text without its
layout): 市政务服务监督 / 管理局 is one body, 市委宣传部,各区 / 县委,市直各部门 / 党委(党组) one list of three, and a
task's last two characters (…思想主题 / 教育) no leader's name.

Nothing in such a copy marks where a cell ends but what its lines say and how wide they are: every line of a
wrapped cell but the last fills its column. A first reading of the table tells which lines stand in which column.
The task's column was wrapped where, in two rows or more, its cell took several lines and each but the last is as
wide as the column's lines often are; the units' columns were wrapped where two lines or more end in the middle of
a name whose rest starts the next line (…、区 / 国税局, 市政务服务监督 / 管理局). The table is then read again with
each line that fills such a column, or ends in the middle of a name, joined to the next.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence

import attrs

from fyplan.units import ends_like_unit, names_its_place, post_alone

# Marks a Chinese print sets a full character wide (normalisation made them ASCII): counted as characters.
_FULL_MARKS = frozenset(",;:()!?\"'")
_HANGING = frozenset("、,，。;；:：")  # a mark a print hangs past the column's edge
_TASK_AT_LEAST = 6.0  # a task column narrower than this wraps nothing we can tell
_UNIT_KINDS = frozenset(("lead", "cooperating", "responsible"))
# A figure alone (6.5%, 3000人, 1.5万亩): a measure's cell, no piece of a wrapped task.
_FIGURE = re.compile(r"^\s*[≥≤><]?\d[\d.,]*\s*(?:%|‰|[\u4e00-\u9fff]{1,2})?\s*$")
_FILLED_LINES = 3  # task lines as wide as the column's width, at least (what tells its width)
_CUT_LINES = 2  # unit lines that end in a name's middle, at least (what tells its width)
_WRAPS_SEEN = 2  # cells seen wrapped, at least, before a column is read as wrapped
_SENTENCE_ENDS = ("。", ";", "；", "!", "！", "?", "？")
# A place's or a collective's first character alone at a line's end (区统计局、区财政局、区 / 国税局): a name cut
# after its first character, whatever the next line starts with.
_PREFIX_ALONE = frozenset("省市县区州旗镇乡各")
_NAMES = re.compile(r"[、,，;；]")
_AFTER_AND = re.compile(r"和[\u4e00-\u9fff]{1,2}$")
# A body's ending alone (大队, 办事处, 委员会, 中心支行, 分行) as a line's first name: the rest of the name on the line
# before, whatever that ends with (区公安分局交警 / 大队, 人行嘉兴市 / 中心支行、嘉兴金融监管分局).
_ENDING_ALONE = re.compile(r"^(?:大队|中队|支队|分局|办事处|委员会|管委会|管理委员会|人民政府|(?:中心)?[分支]行)$")


def print_width(line: str) -> float:
    """A line's width in characters of a Chinese print: a Chinese character or mark one, a digit or Latin letter
    half of one (they are set half-width); a mark at its end not counted (a print hangs it past the column's
    edge: 自然资源和规划局、 fills a column eight wide)."""
    line = line.strip()
    if line and line[-1] in _HANGING:
        line = line[:-1]
    return sum(1.0 if ord(ch) > 0x2000 or ch in _FULL_MARKS else 0.5 for ch in line)


@attrs.frozen
class Wraps:
    """What a reading told of a table's columns: the column (kind, name) each cell line stood in, the lines as
    printed, and the width of each column whose lines show it wrapped: a task column by its name, the units'
    columns by their widths alone (where a reading put a unit line, lead or cooperating, is what a wrapped list
    makes uncertain)."""

    column_of: Mapping[int, tuple[str, str]]
    printed: Sequence[str]  # the table's lines as printed (a copy: the next reading rewrites them)
    wrapped: Mapping[str, float]  # task column's name -> its width
    unit_widths: tuple[float, ...] = ()  # the widths of the units' columns, where the print wrapped them
    cut_posts: bool = False  # a leader's post cut at the column's width somewhere (常务副县 / 长)

    @classmethod
    def of(cls, printed: Sequence[str], rows: Sequence[Sequence[tuple[int, str, str]]]) -> Wraps:
        """``printed``: the table's lines as printed; ``rows``: each row's cell lines with the (kind, name) of the
        column a reading put them in."""
        column_of = {line: (kind, name) for row in rows for line, kind, name in row}
        wrapped = _task_widths(printed, rows)
        cut_posts = any(
            kind == "leaders" and _post_cut(printed[before], printed[line])
            for row in rows
            for (before, _, _), (line, kind, _) in itertools.pairwise(row)
        )
        return cls(column_of, tuple(printed), wrapped, _unit_widths(printed, rows, wrapped), cut_posts)

    @property
    def found(self) -> bool:
        """Did any column show it was wrapped?"""
        return bool(self.wrapped) or bool(self.unit_widths) or self.cut_posts

    def joined(
        self,
        lines: list[str],
        cells: list[int],
        join: Callable[[str, str, str], str],
        leader: Callable[[str], bool] | None = None,
    ) -> list[int]:
        """The row's cell lines with each line that fills a wrapped column, or ends in a name's middle, joined to the
        next line (``join``: how a cell of that kind takes its next piece); the joined lines are emptied.
        ``leader``: in a table with a leaders' column, is a line a leader's name alone — a task that filled its last
        line exactly (…不想腐 / 李明远 / 市纪委监委) does not take the row's only name as its words."""
        out: list[int] = []
        task = None  # the row's task cell
        for at, c in enumerate(cells):
            column = self.column_of.get(out[-1]) if out else None
            if column is not None:
                kind, name = column
                second_task = False
                if kind == "text" and task is None:
                    task = out[-1]
                elif kind == "text" and task != out[-1]:
                    # A second task cell in the row: a unit list cut mid-name that a reading took for one (市委网信办、市文
                    # / 化旅游广电局), or a leader and a unit it took for the task's last lines.
                    kind, second_task = "cooperating", True
                before, piece, last = lines[out[-1]], lines[c], self.printed[self._last(out[-1], c)]
                if kind == "leaders" and leader is not None and not leader(before) and name_cut(last, piece):
                    kind = "lead"  # (区卫生健 / 康局: a unit's name cut mid-word a reading took for a leader's)
                if (kind == "leaders" or self.column_of.get(c, ("", ""))[0] == "leaders") and _post_cut(before, piece):
                    # (常务副县 / 长: a post the column's width cut, whole again)
                    lines[out[-1]] = before + piece
                    lines[c] = ""
                    continue
                if kind == "text":
                    goes_on = (
                        self._fills(name, last)
                        and _goes_on(before)
                        and not _FIGURE.match(piece)
                        and not (leader is not None and leader(piece) and not _leader_after(lines, cells, at, leader))
                        and not (_TARGET_END.search(before) and _lead_before_list(lines, cells, at))
                    )
                else:
                    goes_on = kind in _UNIT_KINDS and (
                        # (where no widths were found: a list cut after a collective's 各 or a place's first
                        # character, 司法局,各 / 市(区)人民政府, or one a reading took for a second task cell cut
                        # mid-name, 市行政 / 审批局, or a line the reading before this one joined to the cell — no
                        # cell ends so, the cut tells the wrap)
                        (
                            (
                                bool(self.unit_widths)
                                or second_task
                                or c not in self.column_of
                                or _cut_at_prefix(last)
                                or _ending_first(piece)
                            )
                            and name_cut(last, piece)
                        )
                        or (
                            self._fills_units(last)
                            and _no_name_first(piece)
                            and not (leader is not None and leader(piece))  # (…市税务局 / 林晓燕: the leader's cell)
                        )
                    )
                if goes_on:
                    lines[out[-1]] = before + piece if kind == "text" else join(before, piece, kind)
                    lines[c] = ""
                    continue
            out.append(c)
        return out

    def _last(self, first: int, after: int) -> int:
        """The last printed line of the cell that starts at ``first``, before line ``after`` (an earlier step may have
        joined the lines after ``first`` to it: 各区、 / 县委)."""
        k = after - 1
        while k > first and not self.printed[k].strip():
            k -= 1
        return k

    def _fills(self, name: str, line: str) -> bool:
        width = self.wrapped.get(name)
        return width is not None and _fills(line, width)

    def _fills_units(self, line: str) -> bool:
        return any(_fills(line, width) for width in self.unit_widths)


def _post_cut(before: str, piece: str) -> bool:
    """Is a leaders' cell line a post cut at the column's width, its last characters on the next line (常务副县 /
    长, 分管副市 / 长)? The two make a post alone, the first none."""
    before, piece = before.strip(), piece.strip()
    return 0 < len(piece) <= 2 and not post_alone(before) and post_alone(before + piece)


def _ending_first(line: str) -> bool:
    """Does the line open with a body's ending alone (大队, 中心支行 / 分行: a cut name's rest, never a name)?"""
    return _ENDING_ALONE.match(_NAMES.split(line.strip())[0]) is not None


def _cut_at_prefix(line: str) -> bool:
    """Does the line end in a place's or a collective's first character alone (…司法局,各)?"""
    return _NAMES.split(line.strip())[-1] in _PREFIX_ALONE


# A target's end (…增长8.5%, …3000套, …左右): a task that ends so may stop at its line's end, however wide (not
# …须书面报送 / 县发改局, a verb whose object the next line gives).
_TARGET_END = re.compile(r"(?:\d|%|％|左右|以上|以内|以下|公里|[个套座所家户人亩元吨处项次条辆台间张])$")


def _lead_before_list(lines: list[str], cells: list[int], at: int) -> bool:
    """Is the row's line ``at`` one body's name whole (市经信委: its place first, a body's ending last) with a list of
    bodies after it — a unit cell, the row's lead before its cooperating list, not the rest of a task that filled its
    last line (…增长8.5% / 市经信委 / 市统计局、各区人民政府…)?"""
    piece = lines[cells[at]].strip()
    if not (names_its_place(piece) and ends_like_unit(piece)) or any(mark in piece for mark in "、,，;；。"):
        return False
    after = lines[cells[at + 1]].strip() if at + 1 < len(cells) else ""
    return "、" in after and all(names_its_place(name) for name in _NAMES.split(after)[:1])


def _leader_after(lines: list[str], cells: list[int], at: int, leader: Callable[[str], bool]) -> bool:
    return at + 1 < len(cells) and leader(lines[cells[at + 1]])


def _task_widths(printed: Sequence[str], rows: Sequence[Sequence[tuple[int, str, str]]]) -> dict[str, float]:
    """The width of each task column the print wrapped: as wide as the first lines of its cells often are, and in
    two rows or more the cell's first line is that wide, ends no sentence and has another line of the task after
    it (no figure alone: a measure's cell a reading took for the task's)."""
    firsts: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        names = [name for _, kind, name in row if kind == "text"]
        for name in dict.fromkeys(names):
            run = [printed[line] for line, kind, at in row if kind == "text" and at == name]
            firsts.setdefault(name, []).append((run[0], run[1] if len(run) > 1 else ""))
    out = {}
    for name, found in firsts.items():
        width = _widest([print_width(first) for first, _ in found], _FILLED_LINES)
        if width < _TASK_AT_LEAST:
            continue
        seen = sum(
            1
            for first, second in found
            if second and _fills(first, width) and _goes_on(first) and not _FIGURE.match(second)
        )
        if seen >= _WRAPS_SEEN:
            out[name] = width
    return out


def _unit_widths(
    printed: Sequence[str], rows: Sequence[Sequence[tuple[int, str, str]]], tasks: Mapping[str, float]
) -> tuple[float, ...]:
    """The widths of the units' columns where the print wrapped them: lines that end in the middle of a name whose
    rest starts the next line, two or more about as wide, give a column's width (a lead column may be narrower than
    the cooperating one: two widths). A column of short whole names (镇民政办 / 各村委会) wraps nothing: none."""
    cut: list[float] = []
    for row in rows:
        kinds = _units_read_as_task(printed, row, tasks)
        for ((line, _, _), kind), ((after, _, _), _) in itertools.pairwise(zip(row, kinds, strict=True)):
            if kind in _UNIT_KINDS and name_cut(printed[line], printed[after]):
                cut.append(print_width(printed[line]))
    widths: list[float] = []
    left = sorted(cut, reverse=True)
    while left:
        width = _widest(left, _CUT_LINES)
        near = [w for w in left if width - 1 <= w <= width]
        if len(near) < _CUT_LINES:
            break
        widths.append(width)
        left = [w for w in left if not width - 1 <= w <= width]
    return tuple(widths)


def _units_read_as_task(
    printed: Sequence[str], row: Sequence[tuple[int, str, str]], tasks: Mapping[str, float]
) -> list[str]:
    """The kinds of the row's lines, where a line a reading gave the task after the task's cell ended (its line
    before filled no wrapped column, or a cell of another column came first) is a unit list's: a list cut mid-name
    (市委网信办、市文) reads as no body."""
    out: list[str] = []
    task_open = True
    for line, kind, name in row:
        if kind == "text" and not task_open:
            kind = "cooperating"
        elif kind == "text":
            width = tasks.get(name)
            task_open = width is not None and _fills(printed[line], width) and _goes_on(printed[line])
        elif out:
            task_open = False
        out.append(kind)
    return out


def _fills(line: str, width: float) -> bool:
    """As wide as the column, or a character less; not wider (a line an earlier step joined: its last piece's width
    is unknown)."""
    if width - 1 <= print_width(line) <= width + 1:
        return True
    # (…缩短至100个工作日内。按: a print that sets its figures full width, or a copy that wrapped by characters —
    # the line as long as the column in characters, its figures counted whole)
    counted = line.strip()
    if counted and counted[-1] in _HANGING:
        counted = counted[:-1]
    return print_width(line) < width - 1 and width - 1 <= len(counted) <= width


def _goes_on(line: str) -> bool:
    """A task's line that ends no sentence (a wrapped line may end in a comma)."""
    return not line.rstrip().endswith(_SENTENCE_ENDS)


def _no_name_first(piece: str) -> bool:
    """Does a unit line start with no name of its own (管理局, 党委(党组): the rest of the name the line before it
    filled its column with — not 县财政局, 各乡镇)?"""
    first = _NAMES.split(piece.strip())[0]
    return (
        bool(first)
        and "\u4e00" <= first[0] <= "\u9fff"  # (2025年12月31日前: the deadline's cell, no name's rest)
        and not names_its_place(first)
        and not first.startswith(("各", "有关", "相关", "长期", "持续", "全年", "年内", "年底"))
    )


def name_cut(line: str, after: str) -> bool:
    """Does ``line`` end in the middle of a body's name whose rest starts ``after`` (…、区 / 国税局, 市政务服务监督 /
    管理局)? Its last name is a place's first character alone, or stops a character or two after its 和, or is none
    while the next line names no place of its own first (or is one character) and the two together end as a body's
    name does. (``after`` empty: the line's end alone is asked.)"""
    last = _NAMES.split(line.strip())[-1]
    if last in _PREFIX_ALONE or after.lstrip().startswith(("(", "（")):
        return True  # (各县 / (市、区)人民政府: a name's bracket never starts a name)
    if len(last) >= 5 and _AFTER_AND.search(last):
        # 市住房和城 / 乡建设局, 市住房和城乡 / 建设局: cut after the first words of its 和 (城乡, 信息, 社会), whatever
        # follows and however it ends (城乡 ends as a township's name does)
        return True
    rest = _NAMES.split(after.strip())[0]
    if len(last) == 2 and last[0] == "各" and rest and not names_its_place(rest) and rest[0] != "各":
        return True  # (各街 / 道办事处、…, 各村 / 委会: a collective cut after its second character)
    if last and _ENDING_ALONE.match(rest):
        # (区公安分局交警 / 大队, 人行嘉兴市 / 中心支行、…: an ending no name starts with)
        return ends_like_unit(last + rest)
    if not last or ends_like_unit(last) or not after:
        return False
    if len(rest) == 1:
        return ends_like_unit(last + rest)  # 和盛 / 镇、寿安镇: a name's last character alone
    return (
        bool(rest)
        and not names_its_place(rest)
        and not rest.startswith(("各", "有关", "相关"))
        and ends_like_unit(last + rest)
    )


def _widest(widths: list[float], often: int) -> float:
    """A column's width: the widest its lines often are (at least ``often`` of them within one character of it) — a
    line an earlier step joined to the next (…、 / 市林草局) is wider than the column, and only one."""
    ordered = sorted(widths, reverse=True)
    for k, w in enumerate(ordered):
        if k + often - 1 < len(ordered) and ordered[k + often - 1] >= w - 1:
            return w
    return ordered[0] if ordered else 0.0
