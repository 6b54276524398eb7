"""A table copied out of a PDF viewer: each printed line a line of text, the pieces of a row's cells that stand on it
parted by single spaces. A cell wrapped inside its column goes on, on the lines below, among the pieces of the other
cells that go on there; a short cell stands in the middle of a tall row, so a row's number may come on its second line:

    序号 重点工作任务 责任领导 牵头单位 配合单位 完成时限
    1 全市地区生产总值增长6%左右， 王建新 市发展和改 市统计局、市财政 2024年12
    一般公共预算收入增长5%。 革委 局，各区人民政府 月底

Each line's pieces are given to the columns in order (a piece to one column, left to right), each where it fits best
— a number to 序号, a sentence to the task, a person to the leaders, a body or a piece that goes on one to a unit
column, a date to the deadline — and a row ends where its task's sentence does (。) and another begins. The rows are
written as ``|`` rows on their first lines (the other lines left empty, so every line keeps its number in the file),
which the layout stage reads like any other table.

A header of two rows one space apart (责任单位 over 牵头单位 配合单位) is made one first, as the other readers make
theirs (tables.two_row_header), for these rows and for rows of one line each.

Only under a header of four names or more parted by single spaces, with a row that goes on over two lines or more (a
table of one line a row is the layout's to read); nothing else changes.
"""

from __future__ import annotations

import re

from fyplan.read.front import PAGE_LINE, signature_at
from fyplan.read.gates import SERIAL
from fyplan.read.tables import (
    GROUP_ROW,
    UNIT_KINDS,
    column_kind,
    fit,
    header_kinds,
    joined_piece,
    spread,
    two_row_header,
)
from fyplan.units import SHARED_SUFFIXES, ends_like_unit, surname

_NUMBER = re.compile(r"^\d{1,3}$")
_SENTENCE_END = "。!！?？"
_LEAST_COLUMNS = 4
_LEAST_ROWS = 2
# A date's piece a wrap cut (2024年12 / 月底, 2024年9月 / 底前).
_DATE_PIECE = re.compile(
    r"^(?:\d{4}年\d{0,2}月?|\d{1,2}月?|[底末]?前?|月底前?|月底|底前|日前|前完成|全年|长期|年底前?)$"
)
_NO_FIT = -1e9
# A piece of a body's name or of a list of them: words, brackets and list marks, no figure nor sentence's end.
_NAME_PIECE = re.compile(r"^[\u4e00-\u9fff()（）、,，·]+$")
_GOES_ON = 2.5  # the least a piece scores that goes on a cell of its row (see _score)
_PLACE_FIRST = frozenset("省市县区州镇乡各")
_PLACE_END = frozenset("省市县区州镇乡")
_AREA_END = frozenset("道")  # (相关街道 / 办事处)
_SUFFIXES = tuple(SHARED_SUFFIXES)


def interleaved_rows(text: str) -> str:
    """``text`` with each table copied out of a PDF viewer (see the module's comment) as ``|`` rows; itself when it
    holds none."""
    # (a header line is looked for only where 序号 opens a line, one space after it: most tables are none of these,
    # and a notice's every line asked would cost a split each, issue 13)
    if not SERIAL.found(text) or ("\n序号 " not in text and not text.startswith("序号 ")):
        return text
    lines = text.split("\n")
    starts = [k for k, line in enumerate(lines) if line.startswith("序号 ")]
    changed = _two_row_headers(lines, starts)
    changed = any([_wrapped_header(lines, k) for k in starts]) or changed
    done = 0  # (the line a table read last ended at: a header inside it was the header printed again)
    for k in starts:
        if k < done or (kinds := _header(lines[k])) is None:
            continue
        done = _rewrite(lines, k, kinds)
        changed = changed or done > k + 1
    return "\n".join(lines) if changed else text


def _two_row_headers(lines: list[str], starts: list[int]) -> bool:
    """A header of two rows, its names one space apart (序号 工作任务 责任领导 责任单位 完成时限 over 牵头单位 配合单位, a
    blank line maybe between): one header line, the parent column replaced by the names under it (tables.two_row_header),
    the second line left empty — so the rows read under as many columns as they have cells. Whether any changed."""
    changed = False
    for k in starts:
        tops = _header_names(lines[k])
        if tops is None:
            continue
        below = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j].strip()), None)
        if below is None or "  " in lines[below].strip():
            continue
        subs = lines[below].split()
        if not 2 <= len(subs) <= 4 or any(column_kind(name) == "note" for name in subs):
            continue
        found = two_row_header(tops, subs)
        if found is None:
            continue
        spans, named = found
        lines[k] = " ".join(spread(tops, spans, named))
        lines[below] = ""
        changed = True
    return changed


def _wrapped_header(lines: list[str], k: int) -> bool:
    """A header line whose narrow columns' names wrapped onto the line below (序号 工作任务 分管 牵头单位 配合单位 / 领导):
    each word below joined to the name it ends — a name no column is known by that with it names one (分管 + 领导) —
    the line below left empty. Whether it changed."""
    names = _header_names(lines[k])
    if names is None or k + 1 >= len(lines):
        return False
    below = lines[k + 1].split()
    if not 1 <= len(below) <= _WRAPPED_NAMES_MOST or any(len(word) > _WRAPPED_WORD_LONGEST for word in below):
        return False
    joined = list(names)
    for word in below:
        at = next(
            (
                c
                for c in range(1, len(joined))
                if column_kind(joined[c]) == "note" and column_kind(joined[c] + word) != "note"
            ),
            None,
        )
        if at is None:
            return False
        joined[at] += word
    lines[k], lines[k + 1] = " ".join(joined), ""
    return True


_WRAPPED_NAMES_MOST = 3
_WRAPPED_WORD_LONGEST = 4


def _header_names(line: str) -> list[str] | None:
    """The names of a header line (序号 重点工作任务 责任领导 牵头单位 …, one space between), or None."""
    names = line.split()
    if len(names) < _LEAST_COLUMNS or names[0] != "序号" or len(line) > 80 or "  " in line.strip():
        return None  # (two spaces or more between the names: a text browser's or a layout's columns, not a copy's)
    return names


def _header(line: str) -> list[str] | None:
    """The kinds of a header's columns, or None (see ``_header_names``)."""
    names = _header_names(line)
    if names is None:
        return None
    # (header_kinds: a table whose task column no word we know names, 序号 民生实事 责任单位, has it all the same)
    kinds = ["number", *header_kinds(names)[1:]]
    if "text" not in kinds or not UNIT_KINDS & set(kinds) or kinds.count("note") > 1:
        return None
    return kinds


class _Row:
    __slots__ = ("cells", "first", "lines", "number", "number_line", "pieces")

    def __init__(self, width: int, first: int) -> None:
        self.cells = [""] * width
        self.pieces: list[list[str]] = [[] for _ in range(width)]
        self.first = first
        self.lines = [first]
        self.number = ""
        self.number_line = 0  # which of the row's lines its number stands on

    def add(self, column: int, piece: str, kind: str) -> None:
        self.pieces[column].append(piece)
        self.cells[column] = _joined(self.cells[column], piece, kind)

    def mended(self, kinds: list[str]) -> list[str]:
        """The cells, where a unit name's first piece on a row's first line was taken for the column before its own
        (centred: 市住房和城乡建设 / 市环境保护局 in one column, 局、市交通运输局 opening the next — the first piece is
        the next column's, the one-line cell of this column printed on the row's middle line)."""
        cells = self.cells[:]
        for c in range(len(kinds) - 1):
            here, after = self.pieces[c], self.pieces[c + 1]
            if (
                kinds[c] in UNIT_KINDS
                and kinds[c + 1] in UNIT_KINDS
                and len(here) >= 2
                and after
                and not ends_like_unit(here[0])
                and here[1][0] in _PLACE_FIRST
                and ends_like_unit(here[1])
                and after[0][0] not in _PLACE_FIRST
            ):
                cells[c] = _cell(here[1:], kinds[c])
                cells[c + 1] = _cell([here[0], *after], kinds[c + 1])
        return cells


def _rewrite(lines: list[str], at: int, kinds: list[str]) -> int:
    """The rows under the header at ``at`` written as | rows, where the table has rows over two lines or more (else
    nothing changes); the index after the table."""
    header = lines[at]
    # (the table's title, a few lines over its header: a running head on later pages)
    titles = {line.strip() for line in lines[max(0, at - _TITLE_ABOVE) : at] if line.strip()}
    rows: list[_Row | str] = []  # the rows, and the group rows (一、…) between them
    row: _Row | None = None
    furniture: list[int] = []
    widest = 0  # the longest piece on a row's first line: a column's width, which no wrapped cell's piece passes
    k = at + 1
    while k < len(lines):
        line = lines[k].strip()
        if not line or PAGE_LINE.fullmatch(line) or line == header.strip() or (line in titles and k > at + 1):
            if line:
                furniture.append(k)  # (a page's number, the header or the table's title printed again on the next page)
            k += 1
            continue
        if row is not None and signature_at(lines, k):
            # (临川市人民政府办公室 over 2021年3月5日 under the last row, no blank line between: the notice's
            # signature, not more of the last row's cells)
            break
        pieces = _spaced_names_closed(line.split())
        if len(pieces) == 1 and GROUP_ROW.match(line) and (row is None or _closed(row, kinds)):
            rows.append(line)
            row = None
            k += 1
            continue
        # (after a row whose task has ended, a line whose pieces open a task starts the next row, its pieces read
        # against empty cells; any other line goes on the row, read against what its cells hold)
        fresh = _place(pieces, kinds, None) if row is None or _closed(row, kinds) else None
        if fresh is not None and (row is None or kinds.index("text") in fresh):
            placed = fresh
            row = _Row(len(kinds), k)
            rows.append(row)
            widest = max(widest, *map(len, pieces))
        elif len(pieces) == 1 and len(pieces[0]) > widest + _WIDER and _SAYS_WHO.search(pieces[0]):
            # (各县区政府负责上述各项任务的组织实施。 under the last row: a sentence across the page that says who answers,
            # no cell's wrap — a task cell's second line, 新建户厕2000座…, may be wider than the first lines' pieces)
            break
        elif row is not None and (going_on := _place(pieces, kinds, row, _closed(row, kinds))) is not None:
            placed = going_on
            if _starts_row(placed, kinds, row):
                row = _Row(len(kinds), k)
                rows.append(row)
        else:
            break
        assert row is not None
        if row.first != k:
            row.lines.append(k)
        for piece, column in zip(pieces, placed, strict=True):
            if kinds[column] == "number":
                row.number, row.number_line = piece, len(row.lines) - 1
            else:
                row.add(column, piece, kinds[column])
        k += 1
    while rows and isinstance(last := rows[-1], _Row) and not last.number:
        rows.pop()
        k = last.first  # (a line after the last row that reads as a row's first, no number in it: not the table's)
    table = [r for r in rows if isinstance(r, _Row)]
    if len(table) < _LEAST_ROWS or all(len(r.lines) == 1 for r in table) or not _counted(rows):
        return at + 1
    lines[at] = " | ".join(header.split())
    for n in furniture:
        lines[n] = ""
    for r in rows:
        if isinstance(r, str):
            continue
        for n in r.lines:
            lines[n] = ""
        lines[r.first] = " | ".join([r.number, *r.mended(kinds)[1:]])
    return k


def _spaced_names_closed(pieces: list[str]) -> list[str]:
    """王 军: a two-character name spaced out to a three-character one's width, one piece (a common surname alone, then
    one or two characters that end no body's name)."""
    if not any(len(piece) == 1 for piece in pieces):
        return pieces
    out: list[str] = []
    for piece in pieces:
        if (
            out
            and len(out[-1]) == 1
            and surname().match(out[-1]) is not None
            and 1 <= len(piece) <= _GIVEN_LONGEST
            and "\u4e00" <= piece[0] <= "\u9fff"
            and not ends_like_unit(piece)
        ):
            out[-1] += piece
        else:
            out.append(piece)
    return out


_GIVEN_LONGEST = 2
_TITLE_ABOVE = 6
_WIDER = 2  # characters a line's one piece may pass the widest cell piece by and still be a wrapped cell's
_SAYS_WHO = re.compile(r"(?:负责|牵头|配合)[^。]*。$")


def _counted(rows: list[_Row | str]) -> bool:
    """Do the rows' numbers count 1, 2, 3 … in order (or from 1 again after a group row), each on the row's first or
    second line? (Rows read wrongly take a number that is no count of theirs.)"""
    expected = 1
    for r in rows:
        if isinstance(r, str):
            continue
        if not r.number or r.number_line > 1:
            return False
        number = int(r.number)
        if number not in (expected, 1):
            return False
        expected = number + 1
    return True


def _closed(row: _Row, kinds: list[str]) -> bool:
    """Has the row's task sentence ended (。)?"""
    text = row.cells[kinds.index("text")]
    return bool(text) and text[-1] in _SENTENCE_END


def _starts_row(placed: list[int], kinds: list[str], row: _Row) -> bool:
    """Does a line that goes on the row start another: a second number where the row holds one (a task with no
    full stop)?"""
    return kinds.index("number") in placed and bool(row.number)


def _place(pieces: list[str], kinds: list[str], row: _Row | None, ended: bool = False) -> list[int] | None:
    """The column of each piece, in order (a piece to one column, left to right), where they fit best; None where
    they fit no way (the table has ended). ``ended``: the row's task has ended — only pieces that go on its cells
    may follow (a page's chrome after the table's last row is none)."""
    n, m = len(pieces), len(kinds)
    if n > m or "  " in " ".join(pieces):
        return None
    # best[i][j]: the first i pieces in the first j columns
    best = [[_NO_FIT] * (m + 1) for _ in range(n + 1)]
    took = [[False] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for j in range(1, m + 1):
        for i in range(n + 1):
            skip = best[i][j - 1]
            score = _score(pieces[i - 1], kinds[j - 1], row, j - 1) if i else _NO_FIT
            if ended and (score < _GOES_ON or row is None or not row.cells[j - 1]):
                score = _NO_FIT  # (after the task's end, a piece only goes on a cell the row has begun)
            take = best[i - 1][j - 1] + score if i else _NO_FIT
            if take > skip and take > _NO_FIT / 2:
                best[i][j], took[i][j] = take, True
            else:
                best[i][j] = skip
    if best[n][m] <= 0:
        return None
    out: list[int] = []
    i, j = n, m
    while i > 0:
        if took[i][j]:
            out.append(j - 1)
            i -= 1
        j -= 1
    return out[::-1]


def _score(piece: str, kind: str, row: _Row | None, column: int) -> float:
    """How well a piece fits a column, given what the row holds there so far."""
    before = row.cells[column] if row is not None else ""
    if kind == "number":
        return 3.0 if _NUMBER.match(piece) else _NO_FIT
    if _NUMBER.match(piece) and kind != "deadline":
        return _NO_FIT
    if kind == "text":
        if before and before[-1] not in _SENTENCE_END:
            return 3.0  # (the task's sentence goes on)
        if piece[0] in "(（" and piece[-1] in ")）":
            return 0.3  # ((街道办事处) alone: the end of a name above, no task's first words)
        return fit(piece, "text", task=True)
    if kind in UNIT_KINDS:
        if before and before[-1] in "、,，":
            return 3.5  # (市统计局、市财政局、 / 市商务局: the list goes on)
        if before and before[-1] in _PLACE_END and piece.startswith(_SUFFIXES):
            return 3.5  # (各区 / 人民政府: a place's body, its ending wrapped)
        if before and piece[0] in _PLACE_END and piece[1:].startswith(_SUFFIXES) and not ends_like_unit(before):
            return 3.5  # (樟村坪 / 镇人民政府: the place's level and its body's ending, wrapped)
        last = before.rsplit("、", 1)[-1]
        if (
            last
            and not last.endswith(_SUFFIXES)
            and (
                piece.rstrip("、,，") in _SUFFIXES
                or (piece[0] in _PLACE_END and piece[1:].rstrip("、,，") in _SUFFIXES)
            )
            and last[-1] in _PLACE_END | _AREA_END
        ):
            # (各乡 / 镇人民政府, 相关街道 / 办事处: places named before their body's ending, the wrap between — the ending
            # alone, not a body's whole name: 县人民政府办公室 under the table is its issuer)
            return 3.5
        if before and _open_brackets(before) > 0 and _NAME_PIECE.match(piece):
            return 3.5  # (各乡镇人民政府(街道办 / 事处): a bracket the wrap left open goes on)
        if before and piece[0] in "(（" and piece[-1] in ")）":
            # (各镇人民政府 / (街道办事处): the bracket after a name, wrapped — on the cell that wrapped already, where
            # two do: the one-line cell beside it had room for its bracket)
            return 3.5 if row is not None and len(row.pieces[column]) >= 2 else 2.6
        if (
            before
            and _NAME_PIECE.match(piece)
            and (
                not ends_like_unit(before)
                or (
                    joined_piece(before, piece, kind) == before + piece
                    and ends_like_unit(piece)
                    and not piece.startswith(_SUFFIXES)  # (人民政府 goes on a place: 各区 / 人民政府, below)
                )
            )
        ):
            # (市发展和改 / 革委, 市统计局、市财政 / 局, 市通信管理办 / 公室: the name goes on, as the table reader joins
            # a wrapped cell's pieces — not a whole name of its own)
            return 0.5 if piece[0] in _PLACE_FIRST and ends_like_unit(piece) else 3.5
        score = fit(piece, kind)
        if not before and piece[0] in _PLACE_FIRST:
            score = max(score, 2.0)  # (市住房和城乡建设 / 局: a name's first piece, its place first)
        return score - 1.0 if before else score  # (a second name where the cell's names had ended: less likely)
    if kind == "deadline":
        if before and _DATE_PIECE.match(piece):
            return 3.0  # (2024年12 / 月底)
        return fit(piece, kind)
    if kind == "leaders":
        return fit(piece, kind) if not before else max(fit(piece, kind), 0.5)
    return 0.5  # a note's piece


def _open_brackets(text: str) -> int:
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


def _cell(pieces: list[str], kind: str) -> str:
    out = ""
    for piece in pieces:
        out = _joined(out, piece, kind)
    return out


def _joined(before: str, piece: str, kind: str) -> str:
    if kind in ("text", "deadline", "note"):
        return before + piece
    return joined_piece(before, piece, kind)
