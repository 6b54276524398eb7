"""Tables of scored figures flattened one cell per line with no 序号 column (考核 / 目标任务分解 tables:
项目 / 分值 / 目标任务 / 监考单位).

With no number to open a row and cells left out where they were merged or empty, the rows are found by
what the cells hold: a row opens with the name of what is measured (地区生产总值增长率), and the cell after it is
its score (3), a figure. The cells after the score are the target (a figure or a sentence) and the bodies that
answer; a row that names no body answers to the body of the row above (a cell merged over both, printed once).
A short name that is neither (宏观调控) between a row's bodies and the next row is a category merged over the
rows below it: their note. The rows are written back in place, one line for one line, in the labelled form the
notice grammar reads, as ``fyplan.read.tables`` does for other flattened tables.
"""

from __future__ import annotations

import re

from fyplan.read.tables import (
    DUTY_LABELS,
    FIGURE_CELL,
    FIGURE_COLUMN,
    HEADER_WORD,
    MERGED_SHARED,
    Note,
    Rewritten,
    column_kind,
    fit,
    known_note,
    labelled,
    names_thing,
)
from fyplan.units import looks_like_unit

# A score or a target written as a figure: 3, 0.5, 18.4, 1500, 95%.
_FIGURE_LINE = re.compile(r"^\d{1,6}(?:\.\d{1,3})?(?:%|分)?$")  # (a score may say 分: 10分)
# What ends such a table: the notice's next heading or item (二、工作要求, 1.加强组织领导。), a footnote (注:).
_ENDS_TABLE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,3}[.、](?!\d)|注|备注|说明)"
)
_NUMBERED = re.compile(r"^\d{1,3}[.、](?!\d)")


def _after_duties(name: str) -> bool:
    """A column that may stand after the bodies: a remark (备注, 约束性 in its cells), a rule (评分标准, 考核方式), a
    time (完成时限), a column we know is a note (进展情况) — each row's own cell, never a category."""
    return name in _REMARKS or known_note(name) or column_kind(name) == "deadline" or _RULE.search(name) is not None


# The name of a column of rules or sources: 评分标准, 考核方式, 计分方法, 数据来源, 考核依据, 完成标志.
_RULE = re.compile(r"(?:标准|方式|办法|方法|依据|来源|标志|细则)$")
# A remark column after the duty columns (its cells the rows' own: 约束性, 预期性).
_REMARKS = ("备注", "说明", "指标属性", "属性")
# The header's words: at most this many cells.
_MAX_COLUMNS = 8
# What a category cell never holds: a sentence's marks or a figure.
_NOT_CATEGORY = re.compile(r"[。,;:、\d]")


def rewrite_scored(text: str) -> Rewritten:
    """Rewrite every table of scored figures in ``text`` (normalised, one line per source line)."""
    if _SCORE_END.search(text) is None or _SCORE_LINE.search(text) is None:
        # (most notices have no score column's name alone on a line: a scan of the line breaks first, ~0.9 ms per MB
        # against the pattern's ~4 — and against ~3.2 for ten ``in`` scans of its two-character endings; issue 13)
        return Rewritten(text)
    lines = text.split("\n")
    notes: list[Note] = []
    problems: list[tuple[int, str]] = []
    # The header's first cell stands on the line before its score column's name.
    starts = sorted({text.count("\n", 0, m.start()) - 1 for m in _SCORE_LINE.finditer(text)})
    i = 0
    for at in starts:
        if at < i or at < 0:
            continue
        i = at
        header = _header(lines, i) if _first_column(lines[i].replace(" ", "")) else None
        if header is None:
            continue
        kinds, start = header
        names = [lines[k].replace(" ", "") for k in range(i, start)]
        end = _rewrite_rows(lines, kinds, names, start, notes, problems)
        if end > start:
            # The header on one line, its names parted by 、: no other table reading takes it for a header again.
            lines[i:start] = ["、".join(names)] + [""] * (start - i - 1)
        i = max(end, i + 1)
    return Rewritten("\n".join(lines), tuple(notes), tuple(problems))


# How a score column's name ends, before its line's end (a cheap test before _SCORE_LINE): 值, 重, 分, 数, maybe a space
# after it, or 分) — looked for from the line breaks (a literal ``re`` skips to), each lookbehind fixed-width.
_SCORE_END = re.compile(r"\n(?:(?<=[值重分数]\n)|(?<=[值重分数] \n)|(?<=分[)）]\n))")
# A score column's name alone on its line (分值, 权重, 目标值, 分 数), after the line that names the first column.
_SCORE_LINE = re.compile(
    r"(?<=\n)[ \t]*(?:(?:\d{4}年度?)?[^\n]{0,4}值|权 *重|分 *数|赋 *分|得 *分|标准分|分值[((]分[))])[ \t]*(?=\n)"
)


def _header(lines: list[str], at: int) -> tuple[list[str], int] | None:
    """The kinds of the header's columns from ``at`` (the thing measured, its score, then targets and duties)
    and where the rows start; None if the lines there are no such header."""
    names: list[str] = []
    j = at
    while j < len(lines) and len(names) < _MAX_COLUMNS:
        name = lines[j].replace(" ", "")
        if not name or not (HEADER_WORD.match(name) or (len(names) == 1 and _SCORE.search(name))):
            break
        kind = column_kind(name)
        after = _after_duties(name)
        bodies_named = any(column_kind(n) in DUTY_LABELS for n in names)
        if bodies_named and j + 1 < len(lines) and _figure(lines[j + 1].strip()):
            break  # a name with a score on the next line: the first row's (制定地方标准 / 5), whatever it ends in
        score = len(names) == 1 and _SCORE.search(name) is not None  # 赋分, 标准分, 得分, 2025年目标值
        if names and kind == "note" and not (FIGURE_COLUMN.search(name) or names_thing(name, True) or after or score):
            break  # 宏观调控: the first row's category, not a column's name (评分标准, 备注 are columns)
        if bodies_named and kind not in DUTY_LABELS and not after:
            break  # after who answers, only who answers, a remark, a rule or a time: 党建工作 there is a row's name
        names.append(name)
        j += 1
    if len(names) < 3 or not _SCORE.search(names[1]) or _numbered(lines, at):
        return None
    kinds = ["thing", "score", *("figure" if FIGURE_COLUMN.search(n) else column_kind(n) for n in names[2:])]
    if not any(kind in DUTY_LABELS for kind in kinds) or "序号" in names:
        return None
    return kinds, j


def _first_column(name: str) -> bool:
    """The first column of such a table: what is measured (项目, 指标, 项目名称) or the task (工作任务, 考核内容)."""
    return names_thing(name, True) or (
        bool(name) and HEADER_WORD.match(name) is not None and column_kind(name) == "text"
    )


# The score column after what is measured: 分值, 权重, 目标值 (a figure each row has; 单位 of measure is no figure).
_SCORE = re.compile(r"值$|分$|权重|分数|分值[((]分[))]$")


def _numbered(lines: list[str], at: int) -> bool:
    """Does a 序号 (编号) cell stand before the header at ``at``, among the header's cells above it (序号 / 项目 /
    目标任务 / 分值: the score's line finds 目标任务 first)? Then the rows have numbers, and the tables reading
    (fyplan.read.tables) reads them by those."""
    k = at - 1
    while k >= 0 and not lines[k].strip(" |"):
        k -= 1
    while k >= 0 and at - k <= _MAX_COLUMNS:
        name = lines[k].replace(" ", "").strip("|")
        if name in ("序号", "编号"):
            return True
        if not name or not HEADER_WORD.match(name):
            return False
        k -= 1
    return False


def _opens_row(lines: list[str], k: int) -> bool:
    """Does line ``k`` open a row: a name of what is measured, its score on the next line?"""
    line = lines[k].strip()
    if not line or _FIGURE_LINE.match(line) or FIGURE_CELL.match(line) or looks_like_unit(line):
        return False
    return k + 1 < len(lines) and _figure(lines[k + 1].strip())


def _figure(line: str) -> bool:
    """A score or a target written as a figure (3, 0.5, 10分, 95%, 1.2万人, 30亿元, 5.5%以内)."""
    line = _BOUND_WORD.sub("", line)
    return _FIGURE_LINE.match(line) is not None or FIGURE_CELL.match(line) is not None


_BOUND_WORD = re.compile(r"(?:及?以[内上下]|左右)$")


def _rewrite_rows(
    lines: list[str],
    kinds: list[str],
    names: list[str],
    start: int,
    notes: list[Note],
    problems: list[tuple[int, str]],
) -> int:
    """Rewrite the rows after the header; return the index where the table ends (a blank line or a line that
    fits no row)."""
    opens = []
    j = start
    while j < len(lines) and lines[j].strip() and not _ENDS_TABLE.match(lines[j].strip()):
        if _opens_row(lines, j):
            opens.append(j)
        j += 1
    end = j
    if sum(1 for kind in kinds[2:] if kind not in DUTY_LABELS and kind != "note") >= 2:
        # 目标任务 and 目标值 both: the phrase right after a row's score, a figure after it, is that row's target
        # (with one target column, a name right after a score opens the next row: its target cell was merged).
        opens = [k for k in opens if k - 2 not in opens]
    if len(opens) < 2 or opens[0] - start > 1:
        return start  # no rows of scored figures (at most a category cell before the first)
    if any(_NUMBERED.match(lines[k].strip()) for k in opens):
        return start  # names numbered in their cells (1.地区生产总值增长): a numbered table, read by the tables stage
    duty_kinds = [k for k in kinds if k in DUTY_LABELS]
    last_duty = max(k for k, kind in enumerate(kinds) if kind in DUTY_LABELS)
    trailing = list(zip(names[last_duty + 1 :], kinds[last_duty + 1 :], strict=True))  # 备注, 评分标准, 完成时限 …
    above: list[str] = []  # the bodies of the row above, for a row whose cell is merged with its
    category = ""
    if opens[0] > start and _category(lines[start : opens[0]]):
        category = lines[start].strip()
        lines[start] = ""
    for n, row in enumerate(opens, 1):
        stop = opens[n] if n < len(opens) else end
        cells = list(range(row + 2, stop))
        # A category after the row's bodies (宏观调控 before the next row): merged over the rows below.
        next_category = ""
        last = lines[cells[-1]].strip() if cells else ""
        leader_last = "leaders" in duty_kinds and _person(last)  # (a leaders column's name ends the row: no category)
        if n < len(opens) and cells and not trailing and not leader_last and _category([last]) and len(cells) > 1:
            next_category = lines[cells[-1]].strip()
            lines[cells[-1]] = ""
            cells = cells[:-1]
        notes.append(Note(row + 1, names[1], lines[row + 1].strip()))
        # The cells after the row's last body are its cells of the columns after the bodies, in order.
        after_bodies: list[tuple[str, str, str]] = []
        body_at = [k for k in cells if looks_like_unit(lines[k].strip())]
        if trailing and body_at:
            spare = [k for k in cells if k > body_at[-1] and lines[k].strip()]
            if 0 < len(spare) <= len(trailing):
                after_bodies = _after_cells([lines[k].strip() for k in spare], trailing)
                cells = [k for k in cells if k not in spare]
        for name, kind, value in after_bodies:
            if kind != "deadline":
                notes.append(Note(row + 1, name, value))  # 约束性, a rule of scoring: the row's own
        people = [lines[k].strip() for k in cells if "leaders" in duty_kinds and _person(lines[k].strip())]
        bodies = [lines[k].strip() for k in cells if looks_like_unit(lines[k].strip())]
        targets = [
            lines[k].strip()
            for k in cells
            if lines[k].strip() and not looks_like_unit(lines[k].strip()) and lines[k].strip() not in people
        ]
        if category:
            notes.append(Note(row + 1, "类别", category))
        unit_kinds = [kind for kind in duty_kinds if kind != "leaders"]
        if bodies:
            above = bodies
            fields = _fields(bodies, unit_kinds)
        elif above:
            fields = [";".join(_fields(above, unit_kinds))]
            problems.append(
                (
                    row + 1,
                    f"table row {n} names no body: {MERGED_SHARED} ({fields[0]})",
                )
            )
        else:
            fields = []
        # The row in its own lines: its number, what is measured and its target first, then who answers.
        if people:
            fields = [labelled("leaders", "、".join(people)), *fields]
        fields += [f"完成时限:{value}" for _, kind, value in after_bodies if kind == "deadline"]
        thing = " ".join([lines[row].strip(), *targets])
        # (5G基站建设: a space after the number, so that 1.5G is no number 1.5)
        written = [f"{n}. {thing}" if thing[:1].isdigit() else f"{n}.{thing}", *fields]
        span = (stop - 1 if next_category else stop) - row
        lines[row : row + span] = written + [""] * (span - len(written))
        if next_category:
            category = next_category
    return end


def _fields(bodies: list[str], kinds: list[str]) -> list[str]:
    """A row's body cells as fields of its duty columns, in order (牵头单位 then 配合单位); more cells than
    columns: the last column's cell broke over lines, its names go together."""
    if len(bodies) <= len(kinds):
        return [labelled(kind, body) for kind, body in zip(kinds, bodies, strict=False)]
    last = len(kinds) - 1
    return [labelled(kind, body) for kind, body in zip(kinds[:last], bodies, strict=False)] + [
        labelled(kinds[last], "、".join(bodies[last:]))
    ]


def _after_cells(values: list[str], columns: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """A row's cells after its bodies, each in the next column it fits (a time column takes only a time: a row whose
    完成时限 cell is empty puts its 备注 under 备注), (column name, kind, value)."""
    out: list[tuple[str, str, str]] = []
    k = 0
    for value in values:
        while k < len(columns) - 1 and columns[k][1] == "deadline" and fit(value, "deadline") < 2.0:
            k += 1  # not a time: that column's cell is empty
        if k >= len(columns):
            break
        out.append((columns[k][0], columns[k][1], value))
        k += 1
    return out


def _person(cell: str) -> bool:
    """A cell of the leaders' column: a person's name (张伟, 王 东), no body."""
    return bool(cell) and not looks_like_unit(cell) and fit(cell, "leaders") >= 3.0


def _category(cells: list[str]) -> bool:
    """One short name that is no figure, sentence nor body: a category cell (宏观调控, 公共服务)."""
    if len(cells) != 1:
        return False
    cell = cells[0].strip()
    return 2 <= len(cell) <= 8 and not _NOT_CATEGORY.search(cell) and not looks_like_unit(cell)
