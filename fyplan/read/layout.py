"""Layout recovery: any text (a page on one line, items run together, a table flattened one row
per line) becomes the logical lines the notice grammar reads, each remembering its source line.

Works on normalised text (fyplan.read.decode.normalize). Two moves, both line-local and linear:

- **Split** a line where a new numbered unit starts inside it: ``…。 一、…  (一)…  1.…`` on one
  line, or ``…(X负责)(二)…``. A marker splits only after a sentence end, a closing bracket or a
  space, outside brackets, and only where its number continues (or restarts) the numbering of
  its kind, so ``增长1.5%`` or ``第2、3项`` never split.
- **Rows**: a table flattened one row per line (cells between ``|``, or separated by spaces)
  under a header line whose cells name a text column and a duty column (责任单位, 牵头领导 …)
  is rewritten into the labelled form: ``N.text`` then ``牵头责任单位:…`` lines. Rows with no duty
  cell are group headings; cells of other columns (进展情况, 备注 …) become item notes.

Characters are kept: the logical lines hold every non-space character of the input, in order,
except the ``|`` cell borders, what a row rewrite adds (its ``N.`` and label words), and the chunk
numbers (1、 2、 …) a document viewer put before the lines of a table copied as one run of text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import ClassVar

import attrs

from fyplan.deadlines import THIS_ITEM
from fyplan.grammars import lexicon
from fyplan.lazyre import lazy
from fyplan.numerals import DASH_POINT, ORDINAL_IS, chinese_number, to_chinese
from fyplan.read import glued, oneline, piperun
from fyplan.read.clauses import (
    ITEMS_RANGE_OPENER,
    PERSON_NAME,
    SAID_OF_ITEMS_BEFORE,
    SAID_OF_ITEMS_OPENER,
    SAID_OF_PART,
    SAID_OF_THIS_ITEM,
    looks_like_clause,
    names_role,
)
from fyplan.read.decode import square_labels
from fyplan.read.front import PAGE_LINE, is_footer, is_junk
from fyplan.read.gates import SERIAL, ByLast, InLines
from fyplan.read.items import CLOSERS, OPENERS, split_inline, top_brackets
from fyplan.read.loosefields import LEVEL_FIRST, names_only, units_cell
from fyplan.read.ordinals import by_cuts, every_run_on, has_ordinals, musts_count, ordinal_cuts, says_who
from fyplan.read.scans import LineStart, holds
from fyplan.read.starts import first_check
from fyplan.read.tables import (
    CODED_SERIAL,
    COMPOUND_SERIAL,
    DUTY_LABELS,
    FIGURE_CELL,
    GROUP_COLUMNS,
    HEADER_WORD,
    HEADS_TOO,
    MEASURE,
    MEASURE_AFTER,
    MERGED_SHARED,
    TEXT_WORDS,
    UNIT_KINDS,
    WHEN,
    Note,
    column_kind,
    fit,
    has_cell_table,
    header_kinds,
    joined_piece,
    labelled,
    printed_again,
    spaced_names_joined,
    spread,
    two_row_header,
)
from fyplan.units import STRONG_END, ends_like_unit, looks_like_unit, says_a_sentence, split_names, surname, unglued

_CN = "一二三四五六七八九十"
# A group heading's marker: 一、 or (一) (the rows and lines below share it).
_GROUP_MARK = r"[" + _CN + r"]{1,3}、|\([" + _CN + r"]{1,3}\)"
# A numbered unit starting inside a line: the kind is told by which group matched.
_MARKER = re.compile(
    r"(?P<sec>[" + _CN + r"]{1,3})、"
    r"|\((?P<sub>[" + _CN + r"]{1,4})\)"
    # (1.2007年是…: a number, its dot, then a year its sentence opens with — no decimal)
    r"|(?<![\d.])(?P<task>\d{1,4})(?:\.(?:(?![\d%])|(?=(?:19|20)\d\d年))|、(?!\d)|。(?=[^\d\s]))"
    r"|\((?P<st>\d{1,3})\)(?= ?[^\s)])"
)
# What may stand before a marker that starts a new unit (after spaces are skipped).
_BOUNDARY = frozenset("。;!?)]】〕 :")
# A duty field written on the item's line after a sentence: …增长8.5%。 牵头单位:市发改委。
_LABEL = re.compile(f"(?:{lexicon('LABEL')}) *:")
# Cheap test: is there any marker or label after the line's first character at all?
_INNER = lazy(
    r"(?<=.)(?:["
    + _CN
    + r"]{1,3}、|\(["
    + _CN
    + r"\d]{1,4}\)|(?<!\d)\d{1,3}(?:\.(?:(?![\d%])|(?=(?:19|20)\d\d年))|、(?!\d)|。)|"
    + _LABEL.pattern
    + ")"
)


@attrs.frozen
class Layout:
    """The logical lines (joined by \\n) and, when they differ from the source lines, the source
    line of each logical line."""

    text: str
    origin: array[int] | None = None  # origin[i] = source line of logical line i + 1
    notes: tuple[Note, ...] = ()  # table cells of columns that are not duties, at logical lines
    problems: tuple[tuple[int, str], ...] = ()  # (logical line, message): warnings of the table rows
    tabled: bool = False  # rows of a table were rewritten as items with fields (an empty cell: no field)
    _split: list[str] | None = attrs.field(default=None, init=False, eq=False, repr=False)

    def source_line(self, line: int) -> int:
        if self.origin is None or not 1 <= line <= len(self.origin):
            return line
        return self.origin[line - 1]

    def line(self, number: int) -> str:
        """Logical line ``number`` (1-based), "" outside the text."""
        lines = self._lines()
        return lines[number - 1] if 1 <= number <= len(lines) else ""

    def _lines(self) -> list[str]:
        cached = self._split
        if cached is None:
            cached = self.text.split("\n")
            object.__setattr__(self, "_split", cached)
        return cached


_NUMERALS = frozenset("一二三四五六七八九十")
_FIGURE_BRACKET_END = re.compile(r"\(\d+\)$")  # (2024) right before a marker: a sentence's reference, no heading


def _heading_marker(text: str, number: int) -> bool:
    """Is section ``number``'s marker (三、) in ``text`` where a heading may start: not in a count (三、四项), not
    after a bracket that holds a figure ((2024)三、)?"""
    marker = f"{to_chinese(number)}、"
    at = text.find(marker)
    while at >= 0:
        after = text[at + len(marker) : at + len(marker) + 1]
        before = text[max(0, at - 6) : at]
        if after not in _NUMERALS and not _FIGURE_BRACKET_END.search(before):
            return True
        at = text.find(marker, at + 1)
    return False


class _Numbering:
    """The last number met of each kind, to tell a real marker from a number in a sentence."""

    _BELOW: ClassVar[dict[str, tuple[str, ...]]] = {
        "sec": ("sub", "task", "st"),
        "sub": ("task", "st"),
        "task": ("st",),
        "st": (),
    }

    def __init__(self) -> None:
        self.last: dict[str, int] = {}
        self.may_restart: set[str] = set()

    def fits(self, kind: str, number: int, boundary: bool) -> bool:
        """A marker continues its numbering, or restarts it at 1 after a sentence end or a space
        (or, glued to the text before it, as the first under a new heading: 一、标题1.…)."""
        last = self.last.get(kind)
        if last is not None and number == last + 1:
            return True
        return number == 1 and (boundary or kind in self.may_restart)

    def saw(self, kind: str, number: int) -> None:
        self.last[kind] = number
        self.may_restart.discard(kind)
        # A new heading may restart the numbering below it.
        self.may_restart.update(self._BELOW[kind])


def _marker_number(m: re.Match[str]) -> tuple[str, int]:
    kind = m.lastgroup or ""
    value = m.group(kind)
    return kind, (chinese_number(value) if kind in ("sec", "sub") else int(value))


# A line that says who answers for the points above it, by their numbers or all together (第3、4项由X牵头负责;
# 由X副区长牵头负责): the points of the line before it are items (fyplan/read/grammar.py reads the line).
_ANSWERED_BELOW = re.compile(
    r"^ *(?:第\d{1,3}(?:[、,和及至到\-—~]\d{1,3})*[项項](?:工作|任务|任務)?(?:均|都)?)?由[^\n。]{2,80}?"
    r"(?:负责|負責|牵头|牽頭|实施|實施|落实|落實)[^\n]{0,6}$"
)


def split_line(
    line: str, numbering: _Numbering, answered_below: bool = False, ordinals: bool = False, musts: bool = False
) -> list[str]:
    """``_split_line``'s pieces, each cut again before a sentence on the items before it glued to an item's words
    (2.…培训村干部3000人次。以上工作由X牵头,Y配合,责任领导为Z。 — a page run onto one line, or a list that closes each
    group so): that sentence a line of its own (as the grammar reads it there), and what follows it another."""
    pieces = _split_line(line, numbering, answered_below, ordinals, musts)
    if "项:" in line and len(line) > _LONG_LINE and (run := _counted_run(line)):
        pieces = [part for piece in pieces for part in _counted_apart(piece, run)]
    if len(line) > _LONG_LINE and "." in line and (compound := _compound_run(line)):
        pieces = [part for piece in pieces for part in _compound_apart(piece, compound)]
    if len(line) > _LONG_LINE and pieces and "日" in pieces[-1] and (signed := _SIGNED_END.search(pieces[-1])):
        # …(牵头单位:X) 乙市人民政府 2019年2月20日: the issuer and the date that close a page run onto one line,
        # lines of their own as printed (not the last item's words nor its deadline)
        pieces[-1:] = [pieces[-1][: signed.start()].rstrip(), signed.group(1), signed.group(2)]
    if not any(word in line for word in _SAID_BEFORE_WORDS):
        return pieces
    return [part for piece in pieces for part in _group_sentence_apart(piece)]


_SAID_BEFORE_WORDS = ("以上", "上述", "前述")  # (the words a sentence on the items before it opens with)


# 第5项:… after a space or a sentence's end inside a line: an item counted by 第N项 (a page run onto one line).
_COUNTED_INSIDE = re.compile(r"(?<=[ 。;])第(\d{1,3})项(?=:)")


def _counted_run(line: str) -> frozenset[int]:
    """The numbers of the 第N项: inside a line that count on (N, N+1 …, three or more): a 第N项 list on one line."""
    found = [int(m.group(1)) for m in _COUNTED_INSIDE.finditer(line)]
    run = {n for a, b in itertools.pairwise(found) if b == a + 1 for n in (a, b)}
    return frozenset(run) if len(run) >= _CHAIN else frozenset()


def _counted_apart(piece: str, run: frozenset[int]) -> list[str]:
    """A piece of a page run onto one line cut before each 第N项: of the line's run (``_counted_run``): the items of
    a 第N项 list, each a line of its own as layout._counted_lines reads them."""
    cuts = [m.start() for m in _COUNTED_INSIDE.finditer(piece) if int(m.group(1)) in run]
    if piece.startswith("第") and (first := _COUNTED_INSIDE.match(f" {piece}", 1)) and int(first.group(1)) in run:
        cuts.insert(0, 0)  # (a piece a field's cut left opening with it)
    if not cuts:
        return [piece]
    bounds = [*cuts, len(piece)]
    head = [piece[: cuts[0]].strip()] if cuts[0] > 0 else []
    # (第N项: numbered N. as layout._counted_lines numbers such lines: 第N项 is the number, no word of the item)
    items = [_COUNTED_INSIDE.sub(r"\1.", f" {piece[x:y].strip()}", count=1)[1:] for x, y in itertools.pairwise(bounds)]
    return [part.replace(".:", ".", 1) for part in (*head, *items) if part]


# 1.2 after a space, a sentence's end or a bracket inside a line: an item numbered by its part and its place in it
# (a page run onto one line; not 6.5% nor 1.2倍, which no number of the run follows).
_COMPOUND_INSIDE = re.compile(r"(?<=[ 。;】\])])(\d{1,2})\.(\d{1,2})(?![\d.%])")


_SIGNED_END = re.compile(
    r"(?<=[。)\]】〕])[ \u3000]*([^\s。;:,()\[\]【】\d]{4,30}?)[ \u3000]*(\d{4}年\d{1,2}月\d{1,2}日(?:印发)?)[ \u3000]*$"
)


def _compound_run(line: str) -> frozenset[str]:
    """The compound numbers inside a line that run on one after the other (1.1, 1.2 … then 2.1 …), three or more:
    the items of a list numbered by part and place, run onto one line."""
    found = [(int(m.group(1)), int(m.group(2)), m.group()) for m in _COMPOUND_INSIDE.finditer(line)]
    run = {
        number
        for (part, place, a), (next_part, next_place, b) in itertools.pairwise(found)
        if (next_part, next_place) in ((part, place + 1), (part + 1, 1))
        for number in (a, b)
    }
    return frozenset(run) if len(run) >= _CHAIN else frozenset()


def _compound_apart(piece: str, run: frozenset[str]) -> list[str]:
    """A piece of a page run onto one line cut before each compound number of the line's run (``_compound_run``):
    each item a line of its own, as such lists are printed."""
    found = [m for m in _COMPOUND_INSIDE.finditer(piece) if m.group() in run]
    if not found:
        return [piece]
    head = [piece[: found[0].start()].strip()]
    bounds = [*(m.start() for m in found), len(piece)]
    # (each numbered by its place, 1.1 → 1., as _compound_numbers numbers such lines; document._compound_ids gives
    # the item the number as printed for its id)
    items = [f"{m.group(2)}.{piece[m.end() : end].rstrip()}" for m, end in zip(found, bounds[1:], strict=True)]
    return [part for part in (*head, *items) if part]


def _group_sentence_apart(piece: str) -> list[str]:
    group = _GROUP_SENTENCE_AFTER.search(piece)
    if group is None or group.start() == 0:
        return [piece]
    return [p for p in (piece[: group.start()].rstrip(), group.group(), piece[group.end() :].strip()) if p]


_TITLE_BEFORE_ORDINALS = 40  # characters of a section's title before its 一是 on a page run onto one line


def _ordinals_apart(line: str, musts: bool = False) -> list[str] | None:
    """The line cut before each ordinal of its runs 一是, 二是 … (ordinals.ordinal_cuts); on a page run onto one line,
    first before each of its sections' headings that count on (一、…。一是…;二是… 二、…。一是…: a run in each, from
    一是 again). None where no run of ordinals is found."""
    parts = [line]
    if len(line) > _LONG_LINE:
        # (a heading that counts on from the one before and opens its own run of ordinals within a short title)
        heads: list[int] = []
        for m in _MARKER.finditer(line, 1):
            if (
                m.lastgroup == "sec"
                and line[m.start() - 1] in _BOUNDARY
                and chinese_number(m.group("sec")) == len(heads) + 1
                and "一是" in line[m.end() : m.end() + _TITLE_BEFORE_ORDINALS]
            ):
                heads.append(m.start())
        if len(heads) >= 2:
            parts = [part for a, b in itertools.pairwise([0, *heads, len(line)]) if (part := line[a:b].strip())]
    pieces: list[str] = []
    found = False
    for part in parts:
        ordinal = ordinal_cuts(part, musts) or by_cuts(part)
        found = found or bool(ordinal)
        bounds = [0, *(c for c in ordinal if c > 0), len(part)]
        pieces += [piece for a, b in itertools.pairwise(bounds) if (piece := part[a:b].strip())]
    if found and len(line) > _LONG_LINE:
        pieces[-1:] = oneline.closing_apart(pieces[-1])  # (会议要求,…。 after the last task's clause: the page's)
    if found:
        pieces[-1:] = _report_goes_on(pieces[-1])
    if found and every_run_on() and (stop := pieces[-1].find("。") + 1) and stop < len(pieces[-1]):
        # (…;三要切实做好森林防火。会议还研究了其他事项…: a run read whoever it names ends with its last point's
        # sentence; what follows is the report's)
        pieces[-1:] = [pieces[-1][:stop], pieces[-1][stop:]]
    return pieces if found else None


# A meeting report's next statement after its list of tasks (。会议要求,各牵头单位要… / 。会议还研究了其他事项。).
# (。刘慧强调,… / 。周立指出: the speaker's own words again, a name of two or three characters and the verb)
_REPORT_GOES_ON = re.compile(
    r"(?<=。)(?:(?:会议|會議|会上|會上)(?:还|還|要求|强调|強調|指出|认为|認為|号召|號召|决定|決定|研究|审议|審議)"
    r"|[\u4e00-\u9fff]{2,3}(?:强调|強調|指出|表示)[,:，：])"
)


_THIS_WORK_AFTER = re.compile(f",?{THIS_ITEM}")


def _report_goes_on(piece: str) -> list[str]:
    """The last task of a run of ordinals (八是…,由X牵头,Y配合。), and the report's next statement after it (会议要求,
    各牵头单位要…): the sentences from there on are the report's, no part of the task — where the task before them
    names who answers."""
    m = _REPORT_GOES_ON.search(piece)
    if m is None or not says_who(piece[: m.start()]) or _THIS_WORK_AFTER.match(piece, m.end()):
        return [piece]  # (会议要求该项工作9月底前全面完工: still the task's)
    return [piece[: m.start()], piece[m.start() :]]


def _split_line(
    line: str, numbering: _Numbering, answered_below: bool = False, ordinals: bool = False, musts: bool = False
) -> list[str]:
    """The line cut before every marker that starts a new numbered unit inside it, and before
    every labelled field (outside brackets).

    Where a marker may cut: a section or sub-section marker (一、 (二)) only after a sentence end, a
    bracket, a space or a field (so 一、二、三期 and 第(一)(二)项 stay text); a task or sub-task marker (2. (3))
    after one of those, or glued to a heading or a field before it; and never inside an item's
    text that has no clause yet (1.实施三大行动:(1)…;(2)… is one item, its points are text) — unless the next line
    says who answers for them (``answered_below``: 主要内容:(1)…(2)… then 第2项由X负责), where they are the items.
    ``ordinals``: the text has no numbering of its own, and a paragraph that lists its tasks 一是…;二是… each naming
    who answers is cut before each (fyplan/read/ordinals.py)."""
    if ordinals and ("是" in line or "要" in line or ";由" in line) and (by_ordinals := _ordinals_apart(line, musts)):
        return by_ordinals
    said_of_before = "(以上" in line or "(上述" in line or "(前述" in line  # (以上 alone: 增长8%以上, a target's
    if (
        ("(第" in line or "(以上" in line)
        and (refs := _NUMBERED_GROUP_END.search(line)) is not None
        and refs.start() > 0
    ):
        # …(2)乙。(3)丙。(第(2)(3)项由X牵头,Y配合,年底前完成): a sentence on the items it numbers, glued to the last
        # one's line: a line of its own (the grammar reads who answers for each item it numbers, and when); the next
        # point may follow it on the line ((以上两项由…)(3)丙…): the rest is read on
        rest = line[refs.end() :].strip()
        return [
            *split_line(line[: refs.start()].rstrip(), numbering),
            line[refs.start() : refs.end()],
            *(split_line(rest, numbering) if rest else []),
        ]
    if (
        said_of_before
        and (group := _COUNTED_GROUP_END.search(line))
        and group.start() > 0
        and any(word in group.group() for word in ("由", "牵头", "负责", "配合"))  # (not 以上两项简称…)
        and not _WHEN_WORD.search(group.group())  # (a deadline in it: a sentence of the items gives none yet)
    ):
        # 3.…增长20%。(以上三项工作由X牵头,Y配合): a sentence on the items it counts, glued to the last one's
        # line: a line of its own, as the grammar reads it there (and not the last item's clause alone).
        return [*split_line(line[: group.start()].rstrip(), numbering), line[group.start() :]]
    start = _MARKER.match(line)
    if start:
        numbering.saw(*_marker_number(start))
        # (1.…(1)…(2)… then 由X负责: the item's own points, its clause below; only a field's points are items)
        answered_below = answered_below and start.lastgroup not in ("task", "st")
    if not _INNER.search(line) or _FOOTER.match(line):
        return [line]  # (a web page's footer, 主办:… 承办:… 协办:…, is one line of chrome: no fields in it)
    stray = oneline.stray_openers(line)  # (a bracket the chrome never closed holds nothing: one scan for both uses)
    # (以上3项由X牵头,Y配合;分管副市长:Z。 — a sentence on the items before it: its label is a part of it, no cut)
    labels = [] if _GROUP_SENTENCE.match(line) else _label_cuts(line, stray)
    if labels and any(word in line for word in _SAID_BEFORE_WORDS) and (group := _GROUP_SENTENCE_AFTER.search(line)):
        # (…改造。以上两项任务由X牵头,Y配合,完成时限:2022年底前。 glued to the last item's words: its label is the
        # sentence's, which split_line sets on a line of its own)
        labels = [c for c in labels if not group.start() < c < group.end()]
    # A dash right after a clause starts a group heading (…(X牵头)——标题2.…).
    head_cuts = _heads_cut(line)
    heads = list(head_cuts)
    cuts: list[int] = []
    piece_start = 0
    piece_kind = (start.lastgroup or "") if start else ("label" if _LABEL.match(line) else "text")
    if piece_kind == "text" and _FIELD_START.match(line):
        # 资金来源:1.…;2.…: the points of a field's value, cut only where they name who answers (as an item's are)
        piece_kind = "task"
    next_label = 0
    depth = 0
    pos = 0
    markers = list(_MARKER.finditer(line, 1))
    # On a long line (a page that lost its line breaks) a marker that runs on a numbering, 一、 二、 三、
    # or 1. 2. 3., one after the other through the line, is one wherever it is glued.
    chained = _chained(markers) if len(line) > _LONG_LINE and len(markers) >= _CHAIN else frozenset()
    for index, m in enumerate(markers):
        at = m.start()
        depth = _depth_after(line, pos, at, depth, stray)  # each character counted once
        pos = at
        while next_label < len(labels) and labels[next_label] < at:
            piece_start, piece_kind = labels[next_label], "label"  # a field starts a piece of its own
            next_label += 1
        while heads and heads[0] < at:
            piece_start, piece_kind = heads.pop(0), "sec"
        if depth:
            continue
        i = at - 1
        while i >= 0 and line[i] == " ":
            i -= 1
        if i < 0:
            continue
        boundary = line[i] in _BOUNDARY or i < at - 1
        kind, number = _marker_number(m)
        colon_point = kind in ("sec", "sub") and line[i] == ":"  # 抓好三项工作:(一)…;(二)…
        if answered_below and kind == "st" and piece_kind in ("task", "st", "text"):
            allowed = boundary  # (the points of a field's value, each answered for on the lines below)
        elif piece_kind in ("task", "st") and (kind not in ("sec", "sub") or colon_point):
            # Inside an item's text a point (2. (3), or (一) right after a colon) starts a unit of its
            # own only where one of the two names who answers: the item before it, or the point itself
            # (a clause or a field).
            end = markers[index + 1].start() if index + 1 < len(markers) else len(line)
            # (…(1)甲…(X牵头)。(2)乙。(3)丙。: the next number of the piece's own kind is its sibling, not a point of its
            # text — items run together, the later ones answered for by a sentence after them)
            # (only (n) points: a run 1.…2.…3.… glued inside a cell is a task's steps, as before)
            sibling = kind == piece_kind == "st" and numbering.last.get(kind) == number - 1
            allowed = boundary and (
                sibling
                or _has_clause(line[piece_start:at])
                or any(at < c < end for c in labels)
                or _has_clause(line[at:end])
                # (会议议定:(一)…,由X负责组织实施,年底前完成。(二)…: minutes' decisions, each naming who acts in its sentence)
                or (colon_point and _BY_WHOM.search(line, at, end) is not None)
                or (colon_point and _DECIDED.search(line, 0, at) is not None)  # (会议议定:(一)…(二)…: the decisions)
            )
        elif kind in ("sec", "sub"):
            # A field's names never run on into 二、…; a section heading runs on into its (一)….
            allowed = boundary or piece_kind == "label" or (kind == "sub" and piece_kind == "sec")
        else:
            allowed = boundary or piece_kind in ("sec", "sub", "label")
        # 十一、完善自主创新支撑体系 --深化…: a heading right after a clause, its title then a dash that bullets an
        # item — a section of a page that starts mid-list, whatever number it bears.
        titled = (
            kind == "sec"
            and boundary
            and line[i] in ")) "
            and _HEADING_THEN_BULLET.match(line, at) is not None
            and _has_clause(line[piece_start:at])  # (after a clause's bracket: (一期)三、四期…—— is a sentence)
        )
        # 二、…2.推进和美乡村建设(试点先行)三、加强民生保障: after a bracket, the next section's number in turn opens it
        # (a bracket's aside ends a sentence there as a clause does).
        # (三、四期, 二、三季度: a count of two in a sentence, no heading — the marker runs on into a numeral)
        enumerated = line[m.end() : m.end() + 1] in _NUMERALS
        next_section = (
            kind == "sec"
            and line[i] in ")）"
            and number >= 2
            and (numbering.last.get("sec") == number - 1 or _heading_marker(line[:at], number - 1))
        )
        # 某市重点工作(续) 二、…: a page that starts mid-list, its first section after a space, where the next one (三、)
        # is printed further on the line.
        first_section = (
            kind == "sec"
            and (i < at - 1 or line[i] in ")）")  # (a space, or a bracket's close: 工作安排(续)二、…)
            and "sec" not in numbering.last
            and _heading_marker(line[m.end() :], number + 1)
        )
        next_section = next_section or first_section
        if (at in chained and kind in ("sec", "sub", "task")) or titled or next_section:
            allowed = True
        if not allowed or (enumerated and kind == "sec" and at not in chained):  # (whichever rule allowed it)
            continue
        if (
            at not in chained
            and not titled
            and not next_section
            and not numbering.fits(kind, number, boundary)
            and not (piece_kind == "label" and _run_goes_on(markers[index + 1 :], kind, number))
        ):
            continue
        numbering.saw(kind, number)
        cuts.append(at)
        piece_start, piece_kind = at, kind
    if ("--" in line or "——" in line or "－－" in line) and ")" in line:
        cuts += _bullet_cuts(line, cuts)
    cuts = sorted(set(cuts) | set(labels) | set(head_cuts))
    if not cuts:
        return [line]
    pieces = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    if len(line) > _LONG_LINE or sum(1 for piece in pieces if oneline.SECTION_START.match(piece)) >= 2:
        # (a page run onto one line: a long line, or one that holds two sections' headings)
        pieces = [part for piece in pieces for part in oneline.title_then_paragraph(piece)]
    return [p for p in pieces if p]


# (以上三项工作由X牵头,Y配合) at a line's end after a sentence: it counts two items or more; (以上工作由X牵头,…) /
# (以上工作牵头单位:X;配合单位:Y): the part's items so far, no count.
_COUNTED_GROUP_END = re.compile(
    r"(?<=[。;])\((?:以上|上述|前述)(?:(?:\d{1,3}|[二三四五六七八九十两][一二三四五六七八九十]{0,2})(?:项|条|个)"
    r"|(?:各项)?(?:工作|任务|事项)(?=均?由|[^()由]{0,4}:))(?:[^()]|\([^()]{1,8}\)){0,60}\)。?$"
)
# (第(2)(3)项由X牵头,Y配合) / (第8项由…) at a line's end after a sentence: the items it numbers, and who answers.
_NUMBERED_GROUP_END = re.compile(
    r"(?<=[。;])\((?:第(?:\(?\d{1,3}\)?[、,和及至到\-—~]?){1,9}|以上(?:\d{1,2}|[两二三四五六七八九十]))(?:项|条)[^()]{0,8}?由"
    r"(?:[^()]|\([^()]*\))*(?:牵头|负责|配合)(?:[^()]|\([^()]*\))*\)。?(?=\(\d{1,3}\)|$)"
)
# 以上工作由X牵头,Y配合。 after a sentence's end, to its own end: a sentence on the items before it.
_GROUP_SENTENCE_AFTER = re.compile(
    rf"(?<=[。;])(?:{SAID_OF_ITEMS_BEFORE}|{SAID_OF_THIS_ITEM})[^。()]*(?:牵头|负责|配合)[^。()]*(?:。|$)"
)
_HEADING_THEN_BULLET = re.compile(r"[一二三四五六七八九十]{1,3}、[^。,;:()]{2,30}?\s*(?:-{2,}|[—－]{2})")
_WHEN_WORD = re.compile(r"\d{4}年|年底|年末|月底|年内|季度|[上下]半年")
_FOOTER = re.compile(r"^ *主[办辦](?:单位|單位)? *:.*(?:网站|網站|ICP|备案|備案|技术支持|技術支持|版权|版權)")
# A field of no duty at the line's start (资金来源:, 目标任务:), its value after the colon.
_FIELD_START = re.compile(r"^[\u4e00-\u9fff]{2,8}:")
_LONG_LINE = 300
_CHAIN = 3


def _chained(markers: list[re.Match[str]]) -> frozenset[int]:
    """Where the markers of a line stand that belong to a run of three or more numbered one after the
    other (n, n+1, n+2 … of one kind, in order, each taken by the earliest run that expects it; a run
    of tasks may start again at 1). A 统一、 before 二、 starts a run of its own, of one. Sub-tasks (3) (4) (5) count
    too (a later page that opens inside a task's points): a run lets them go on from where the page starts, but
    inside an item's text they still cut only where they name who answers (``split_line``)."""
    runs: list[tuple[str, list[int], int, int]] = []  # (kind, positions, first number, next number expected)
    for m in markers:
        kind, number = _marker_number(m)
        if kind not in ("sec", "task", "st"):
            continue
        run = next((r for r in runs if r[0] == kind and r[3] == number), None)
        if run is None:
            runs.append((kind, [m.start()], number, number + 1))
        else:
            runs[runs.index(run)] = (kind, [*run[1], m.start()], run[2], number + 1)
    # Tasks numbered again from 1 under each heading: runs of two or more from 1, if there are several.
    restarts = [r for r in runs if r[0] == "task" and r[2] == 1 and len(r[1]) >= 2]
    kept = [r for r in runs if len(r[1]) >= _CHAIN] + (restarts if len(restarts) >= 2 else [])
    found = {at for r in kept for at in r[1]}
    # The first heading right before a run of tasks from 1 (…责任分解一、王浩省长牵头重点工作1.…2.…): a short
    # title with no sentence end between the two markers heads the run, even with no 二、 on the line.
    for kind, positions, first, _ in kept:
        if kind == "task" and first == 1:
            head = next((m for m in reversed(markers) if m.start() < positions[0]), None)
            if head is not None and _marker_number(head) in (("sec", 1), ("sub", 1)):
                between = head.string[head.end() : positions[0]]
                if len(between) <= _HEAD_RUN and not any(stop in between for stop in "。;!?"):
                    found.add(head.start())
    return frozenset(found)


_HEAD_RUN = 40  # the longest heading a run of tasks glued to it is looked back for


def _run_goes_on(later: list[re.Match[str]], kind: str, number: int) -> bool:
    """After a field's names, a marker whose numbering began where the page lost its line breaks (the
    item before it was glued to a heading: …目标1.… 责任单位:市发改委2.…): it counts when the next two
    markers of its kind go on from it (3. 4.)."""
    following = [n for k, n in map(_marker_number, later) if k == kind][:2]
    return following == [number + 1, number + 2]


def _depth_after(line: str, start: int, end: int, depth: int, stray: frozenset[int] = frozenset()) -> int:
    """The bracket depth at ``end``, given the depth at ``start``; openers at ``stray`` are not counted."""
    if stray:
        for i in range(start, end):
            ch = line[i]
            if ch in OPENERS and i not in stray:
                depth += 1
            elif ch in CLOSERS:
                depth = max(0, depth - 1)
        return depth
    for ch in line[start:end]:
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
    return depth


def _heads_cut(line: str) -> list[int]:
    return [b + 1 for a, b in top_brackets(line) if line.startswith("——", b + 1) and names_role(line[a + 1 : b])]


# A dash that bullets an unnumbered item (--深化…, ——推进…) after a clause's bracket or a heading's title.
_BULLET_AT = re.compile(r"(?<=[)\s])\s*(?=(?:-{2,}|[—－]{2})[\u4e00-\u9fff])")


def _bullet_cuts(line: str, cuts: list[int]) -> list[int]:
    """Where a dash bullet opens an unnumbered item on a line of several (a page run onto one line): after the
    bracket that closes the item before it (its clause: it names who answers), or after a heading cut on this
    line (十一、完善自主创新支撑体系 --深化…)."""
    found: list[int] = []
    last = 0
    for m in _BULLET_AT.finditer(line, 1):
        at = m.end()
        starts = [c for c in cuts if c <= at]
        start = max([last, *starts])
        piece = line[start:at]
        if _has_clause(piece) or (start in cuts and _MARKER.match(line, start) is not None and "。" not in piece):
            found.append(at)
            last = at
    return found


# Minutes' words before their decisions (会议议定:, 会议决定:, 会议明确:): the points after them are the matters.
_DECIDED = re.compile(r"会议(?:议定|决定|明确|研究决定|要求|同意)(?:如下)?:$")
# A sentence's words on who acts: 由X负责, 由X牵头, 由X会同Y (anywhere in the sentence, a deadline or a task after it).
_BY_WHOM = re.compile(r"由[^。;,:]{2,30}?(?:牵头|负责|会同|组织实施|落实)")


def _has_clause(piece: str) -> bool:
    """Does an item's text already hold its clause: a bracket naming who answers (by a label or a
    verb), or a bracket of bodies' names alone that ends it (…增长11%(市发改委,各县市区政府)。), or a sentence
    of who answers that ends it (…危桥5座。 由县交通运输局负责落实。, a page run onto one line)?"""
    if "由" in piece and oneline.BY_SENTENCE_END.search(piece):
        return True
    end = len(piece.rstrip().rstrip("。;"))
    for a, b in top_brackets(piece):
        inner = piece[a + 1 : b]
        if names_role(inner) or (b + 1 == end and looks_like_clause(inner) and _names_only(inner)):
            return True
    return False


def _names_only(inner: str) -> bool:
    """Two or more names in a bracket ``looks_like_clause`` took for bodies' names (an alias after a
    body is one name: 督查室(市政府办公室))."""
    return len(split_names(inner).names) >= 2


_ITEMS_RANGE = ITEMS_RANGE_OPENER.replace("?P<refs>", "?:")
_GROUP_SENTENCE = re.compile(
    rf"^ *(?:{SAID_OF_ITEMS_BEFORE}|{SAID_OF_THIS_ITEM}|(?:{SAID_OF_PART}|{SAID_OF_ITEMS_OPENER}|{_ITEMS_RANGE})"
    rf"(?={lexicon('LABEL')}))"
)


def _label_cuts(line: str, stray: frozenset[int] = frozenset()) -> list[int]:
    """Where a labelled duty field starts inside a line, outside brackets; and where a dash after a
    field's names starts the next heading. One pass: the bracket depth is carried along."""
    cuts: list[int] = []
    matches = list(_LABEL.finditer(line))
    depth = 0
    pos = 0
    for k, m in enumerate(matches):
        depth = _depth_after(line, pos, m.start(), depth, stray)
        pos = m.start()
        if depth:
            continue
        if m.start() > 0 and m.group().rstrip(" :") not in ("协办", "協辦"):
            # (协办: stays on the line of the 主办: it follows, which is a label only with it there.)
            cuts.append(_label_start(line, m.start()))
        # A field's names hold no dash: ——… after them (before the next field) is the next heading.
        stop = matches[k + 1].start() if k + 1 < len(matches) else len(line)
        dash = line.find("——", m.end(), stop)
        after = _text_after_field(line, m.end(), stop) if k + 1 < len(matches) and len(line) > _LONG_LINE else 0
        if 0 < after < dash or (after and dash < 0):
            cuts.append(after)  # (a dash in those words is theirs: 打造…——粤基座)
        elif dash > 0:
            cuts.append(dash)
    return cuts


def _text_after_field(line: str, start: int, stop: int) -> int:
    """Where an unnumbered item's words start after a field's closed value, before the next block of fields, on a
    page run onto one line (…部门分工:甲厅牵头,乙厅配合。 打造全国首个…。 分管领导:…): after the 。 and the space
    that closes the value, where ten characters or more follow; 0 where the value runs to the next field."""
    end = line.find("。 ", start, stop)
    if end < 0 or stop - (end + 2) < 10:
        return 0
    return end + 2


def _label_start(line: str, at: int) -> int:
    """Where the field whose known label starts at ``at`` starts: a word or two of the label before it, after a
    space (县民政局 主要协作单位:, a page run onto one line), belongs to the label, not to the last name."""
    k = at
    while k > 0 and at - k < 4 and "\u4e00" <= line[k - 1] <= "\u9fff":
        k -= 1
    return k if k < at and k > 0 and line[k - 1] == " " else at


# ---- text hard-wrapped at a fixed width (copied from a PDF) --------------------------------------

_SENTENCE_END = frozenset("。;!?)]】〕")
_WRAP_SAMPLE = 2000
_WRAP_MIN = 20  # no page or PDF column is narrower; shorter lines of equal length are headings or names  # lines looked at: a wrapped text is wrapped throughout


def _slack(width: int) -> int:
    """How much shorter a wrapped line may be: half-width digits, spaces and indents dropped by
    normalisation make a line cut at one width a few characters shorter."""
    return max(3, width // 7)


def _wrap_outside_cells(text: str, sample: list[str]) -> int | None:
    """The width ``text`` is hard-wrapped at, or None in a table one cell per line under a 序号 header: its task cells
    wrapped at their column's width are joined by the table's reading, which knows where each cell stands
    (fyplan/read/cellwraps.py); joined here by width alone, a long list of units or a sentence's last line would take
    the next cell (a date, a leader's name) along."""
    width = wrap_width(sample)
    return None if width and has_cell_table(text) else width


def wrap_width(lines: list[str]) -> int | None:
    """The width a text is hard-wrapped at, or None: many long lines end within a few characters of
    one width, mostly mid-sentence, as lines cut by a PDF or a fixed-width export do (a notice of
    paragraphs and headings varies and ends its lines at sentence ends)."""
    sample = lines[:_WRAP_SAMPLE]
    long = [line for line in sample if len(line) >= 10]
    if len(long) < 4:
        return None
    lengths = sorted(len(line) for line in long)
    best, width = 0, 0
    for candidate in sorted(set(lengths)):
        count = bisect.bisect_right(lengths, candidate) - bisect.bisect_left(lengths, candidate - _slack(candidate))
        if count >= best:
            best, width = count, candidate
    full = [k for k, line in enumerate(sample) if len(line) >= 10 and width - _slack(width) <= len(line) <= width]
    # Cut mid-sentence: most full lines do not end where a sentence or a field ends, and the line
    # after them goes on with the sentence (the rows of a flattened table each start a number).
    cut = sum(1 for k in full if _cut_mid_sentence(sample, k))
    enough = width >= _WRAP_MIN and cut >= 6 and len(full) * 5 >= len(long)
    if enough and cut * 2 >= len(full):
        return width
    # Cut at one exact width, line after line (most of them), wherever a sentence or a field happened
    # to end: a fixed-width export, whatever the line after each starts with.
    # (at the length most of the window's lines have: a title a character or two longer than the wrap, within the
    # window's slack, is no line of the wrap)
    window = Counter(len(line) for line in long if width - _slack(width) <= len(line) <= width)
    width = max(window, key=lambda n: (window[n], n)) if window else width
    exact = sum(1 for line in long if len(line) == width)
    # (seven in ten: a short notice's head lines — title, addressee, a sentence — are long lines of other lengths)
    if width >= _WRAP_MIN and exact >= 8 and exact * 10 >= len(long) * 7 and cut >= 3:
        return width
    return _short_wrap(sample, long, lengths[-1])


def _short_wrap(sample: list[str], long: list[str], longest: int) -> int | None:
    """The width of a short text wrapped at one width (a page of minutes, a few items: too few lines for the counts
    above): no line longer than it, four lines or more exactly that long and a third of the long lines, three of them
    or more cut mid-sentence before a line that starts nothing of its own."""
    at_longest = [k for k, line in enumerate(sample) if len(line) == longest]
    if longest < _WRAP_MIN or len(at_longest) < 4 or len(at_longest) * 3 < len(long):
        return None
    cut = sum(1 for k in at_longest if _cut_mid_sentence(sample, k))
    return longest if cut >= 3 else None


def _cut_mid_sentence(lines: list[str], k: int) -> bool:
    """Does line ``k`` look cut by a wrap: it ends no sentence, is no table's row or cell of names (县财政局、各乡镇人民
    政府: a cell one per line, however long), and the line after it starts nothing of its own?"""
    line = lines[k]
    return (
        line[-1] not in _SENTENCE_END
        and "|" not in line
        and not _names_cell(line)
        and not (k + 1 < len(lines) and (_starts_unit(lines[k + 1]) or _next_cell(line, lines[k + 1])))
    )


def _next_cell(line: str, after: str) -> bool:
    """Is ``after`` a table's next cell, no wrap's tail: a person's name or one body's name alone (…增长6% / 赵建新,
    …任务 / 市住建委: a Word table's task cell, then its leader or lead unit), after a line that leaves no list or
    field open (…、 / 市发展 and …: go on)."""
    return line[-1] not in "、:(" and (_people_token(after) or _name_alone(after))


def _name_alone(line: str) -> bool:
    """One body's name and nothing else on the line (市商务局; not 街道) nor 县财政局、县统计局: a list's end)."""
    return bool(_CHARACTERS_ONLY.match(line)) and ends_like_unit(line)


_CHARACTERS_ONLY = re.compile(r"^[\u4e00-\u9fff]{2,16}$")


def _names_cell(line: str) -> bool:
    """A line of names only (a table's cell: 县财政局、县委宣传部), not a cut: a field's label or a
    sentence before them (…建设。牵头单位:县财政局) makes it text that a wrap may cut."""
    return not any(mark in line for mark in ":。;") and all(ends_like_unit(part) for part in line.split("、"))


_STARTS_UNIT = re.compile(r"(?:\d{1,4}(?:[ 、]|\.(?!\d))|\(?[一二三四五六七八九十\d]{1,3}[)、])")


_STARTS_NUMBERED = _STARTS_UNIT


def _starts_unit(line: str) -> bool:
    """Does the line start a unit of its own: a numbered item or heading, or a labelled field?"""
    return bool(_STARTS_UNIT.match(line) or _LABEL.match(line))


def _mark(after: str) -> str:
    return " " if after.isspace() else after


_COUNT_START = re.compile(r"[^\S\n]*(\d{1,3})([^\S\n]|、|\)|\.(?!\d))")


# A table's first header cell alone on its line (the title above it may fill the width: …任务分解表 / 序号).
_HEADER_FIRST = frozenset(("序号", "序 号", "序  号"))


_PART_START = re.compile(r"^ *([一二三四五六七八九十]{1,3})、")


def unwrap(lines: list[str], width: int) -> list[tuple[int, str]]:
    """Lines that fill the width continue on the next line: joined, each logical line keeping the
    number of the source line it starts on."""
    out: list[tuple[int, str]] = []
    joining = False
    last = 0  # the number the last line that started with one started with (0: none yet, no count begun)
    parts = 0  # the parts (一、 二、 …) begun so far
    style: str | None = None  # and the mark after it (. 、 ) or a space)
    bars = 0  # the borders of a | table's first row (0: no table yet)
    for number, line in enumerate(lines, 1):
        # A wrapped line goes on the next whatever that starts with: the wrap may cut a number
        # (…1 / 1.主要…) or a label (牵头 / 责任单位:); the splitter cuts the joined line again. Only the
        # next number of the count starts anew (a row of a table whose cells a space parts: …旗税务局 /
        # 2 新建…, where nothing would cut 局2 again).
        start = _COUNT_START.match(line)
        if start and style is not None and _mark(start.group(2)) != style:
            start = None  # 1. items, then a point 2) the wrap left at a line's start: no number of this count
        if start:
            style = _mark(start.group(2))
            # (Not after a digit or an opening bracket: the wrap may have cut the number itself, …1 / 2、 being 12、,
            # …( / 2)扎实… being (2).)
            end = out[-1][1][-1:] if out else ""
            if joining and last and int(start.group(1)) == last + 1 and not end.isdigit() and end not in "([（【":
                joining = False
            last = int(start.group(1))
        elif (part := _PART_START.match(line)) is not None and chinese_number(part.group(1)) in (parts + 1, 1):
            # 一、…, then 二、…: the next part of the count starts anew, whatever the line above filled (a table's title
            # as wide as the wrap, 2011年…责任分解 / 一、常务副省长…负责的工作); 一、 again begins a new count (the
            # attachment's list after the notice's own 一、二、三、: 序号 … 完成时限 / 一、坚持项目为王…)
            parts = chinese_number(part.group(1))
            joining = False
        if (
            joining
            and line.strip()
            and line.strip() not in _HEADER_FIRST
            and not (out[-1][1].rstrip().endswith("。") and len(line) * 2 < width and _name_alone(line.strip()))
            # (a Markdown or | table's row is whole on its line: | 序号 | 工作内容 | … | then |:---:|---|… is the next,
            # however wide — a page's lines wrapped at a width are no reason to run a table's rows together; a row
            # with fewer cells than the table's first row, cut at a border, goes on on the next line as before)
            and not (
                line.lstrip().startswith("|") and out[-1][1].rstrip().endswith("|") and out[-1][1].count("|") >= bars
            )
        ):
            # (not a name alone after a sentence's end: a table's next cell, …活动20场以上。 / 市商务局)
            before = out[-1][1]
            if bars and before.rstrip().endswith("|") and line.lstrip().startswith("|"):
                before = before.rstrip()[:-1]  # (a | row cut at a border: one border between its two halves)
            out[-1] = (out[-1][0], before + line.strip())
        else:
            out.append((number, line))
        joining = len(line) >= width - _slack(width)
        if not line.lstrip().startswith("|"):
            bars = 0 if line.strip() else bars  # (a table ends with its rows: the next | table counts its own)
        elif not bars:
            bars = line.count("|")  # (the table's first row, its header: as many borders as a whole row has)
    # A 【label】 cut by the wrap (…王东【牵 / 头单位】…) is whole again only now.
    return [(n, square_labels(line)) if "【" in line or "[" in line else (n, line) for n, line in out]


# ---- tables flattened one row per line -------------------------------------------------------

_PIPE = re.compile(r" *\| *")
_PAGE_LINKS = re.compile(r"首页|上一页|下一页|尾页|末页")
_TASK_LIKE_CELL = re.compile(r"[\u4e00-\u9fff]{6}")  # six characters running: a cell of words, no link's name
_DASH_CELL = re.compile(r"^[—－\-]{1,2}$")  # a 序号 cell of a dash: a sub-row of the row above
_FILLER_CELL = re.compile(r"^\s*(?:[-—－─/／]{1,3}|无|無)?\s*$")
_CHINESE_NUMBER_CELL = re.compile(r"^ *[一二三四五六七八九十]{1,3}[、.]? *$")
_ROW_NUMBER = re.compile(r"^(?:\((\d{1,4})\)|(\d{1,4})[.、]?)$")
_BRACKETED_CHINESE_CELL = re.compile(r"^ *\(([一二三四五六七八九十]{1,3})\) *$")
_DUTY_KINDS = DUTY_LABELS  # the label a rewritten cell gets, by its column's kind (one table for both stages)
# (A bracket next to the letters is a mirror's pinyin of a word's last or first character: 局 財(cái) is two
# cells, not a spaced word.)
_LETTER_SPACED = lazy(r"(?<![\u4e00-\u9fff)])([\u4e00-\u9fff](?: [\u4e00-\u9fff])+)(?![\u4e00-\u9fff(])")


@attrs.frozen
class _Header:
    kinds: tuple[str, ...]  # per column: number, text, leaders, lead, cooperating, responsible, deadline, note
    names: tuple[str, ...]
    piped: bool
    glued: bool = False  # cells run together with nothing between them (fyplan.read.glued)
    leading: int = 0  # columns before 序号 (类别), in a glued table
    bordered: bool = True  # | rows start with a border (| 1 | …), so a row's first | opens no empty cell


# The rule under a header in a Markdown table: | --- | :---: | ---: | — or as short as | :-: | -- | (GitHub's tables
# need one dash a cell; some cell of the rule has three, or a colon, so a row of - cells, all empty, stays a row).
_MARKDOWN_RULE = re.compile(r"^(?=[^\n]*(?::-|-:|---))\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$")


def _cells(line: str, piped: bool, bordered: bool = True) -> list[str]:
    if piped:
        cells = _PIPE.split(line.strip())
        if cells and not cells[0] and bordered:
            cells = cells[1:]
        while cells and not cells[-1]:
            cells.pop()
        return cells
    return unspaced(line).split()


def unspaced(text: str) -> str:
    """工 作 任 务 → 工作任务: a word spaced out letter by letter (a table header) closed up."""
    return _LETTER_SPACED.sub(lambda m: m.group(1).replace(" ", ""), text)


def _header(line: str) -> _Header | None:
    piped = "|" in line
    if not piped and " " not in line:
        return None
    cells = _cells(line, piped)
    if not piped:
        # (normalising drops the space after a bracket: 总投资(万元)年度计划投资(万元)责任领导 is three names)
        cells = [name for cell in _closed_words(cells) for name in _GLUED_AFTER_MEASURE.sub(r"\1 ", cell).split(" ")]
    if len(cells) < 2 or len(cells) > 12:
        return None
    # Only the last cells may be a header inside a longer line (附件:…表 序号 工作任务 牵头单位).
    names = [cell.replace(" ", "") for cell in cells]
    if not all(HEADER_WORD.match(name) or _YEAR_HEADER.match(name) or _measured_header(name) for name in names):
        return None
    if sum(1 for name in names if HEADER_WORD.match(name)) < 2:
        return None  # 2024年目标 | 区发改局: a year's short header word heads a column only beside others
    kinds = header_kinds(names)
    if "text" not in kinds or not any(k in _DUTY_KINDS for k in kinds):
        return None
    first_duty = next(i for i, k in enumerate(kinds) if k in _DUTY_KINDS)
    if any(not HEADER_WORD.match(name) for name in names[first_duty:]):
        return None  # a year's figures stand before who answers for them (…| 责任股室 | 2025年目标: a group row after)
    return _Header(tuple(kinds), tuple(names), piped, bordered=line.lstrip().startswith("|"))


_GLUED_AFTER_MEASURE = re.compile(f"({MEASURE})(?=[\u4e00-\u9fff])")


def _measured_header(name: str) -> bool:
    """增幅(%), 投资额(万元): a header word with the measure of its figures in a bracket after it."""
    if MEASURE_AFTER.search(name) is None:
        return False
    bare = MEASURE_AFTER.sub("", name)
    return HEADER_WORD.match(bare) is not None or _YEAR_HEADER.match(bare) is not None


# 2024年目标, 2022年计划, 2021年完成: a year before a two-character header word (HEADER_WORD wants three, as
# such a cell alone on a row is a group's merged cell).
_YEAR_HEADER = re.compile(r"^\d{4}年度?(?:目标|计划|任务|完成|预期|预计|实际)$")
_SPLIT_KINDS = frozenset(("leaders", "lead", "cooperating", "responsible", "deadline"))
# The first halves of header words that never head a column alone (规模 牵头单位 are two columns).
_HEADER_PREFIXES = frozenset(
    [
        "牵头",
        "配合",
        "协同",
        "协办",
        "主办",
        "承办",
        "责任",
        "分管",
        "主管",
        "主体",
        "主要",
        "完成",
        "办结",
        "包保",
        "联系",
        "挂钩",
        "县级",
        "市级",
        "区级",
        "省级",
        "牵头责任",
        "协同责任",
        "配合责任",
    ]
)


def _closed_words(cells: list[str]) -> list[str]:
    """A header cell broken by a line break the page flattened into a space (牵头 领导, 配合 责任单位,
    完成 时限): a role word that never heads a column alone (or two words that are no header alone),
    before one that makes a duty or deadline header with it, is one cell with it."""
    out: list[str] = []
    for cell in cells:
        if (
            out
            and (out[-1] in _HEADER_PREFIXES or (column_kind(out[-1]) == column_kind(cell) == "note"))
            and column_kind(out[-1] + cell) in _SPLIT_KINDS
        ):
            out[-1] += cell
        else:
            out.append(cell)
    return out


def _two_level_header(top: str, below: str) -> _Header | None:
    """A header of two rows (tables.two_row_header): the second row's names take the place of the column
    merged over them. The top row alone may read as a header (责任单位 one column) or not (an empty cell
    beside 责任单位, the merged cell's second half)."""
    if "|" not in below and " " not in below.strip():
        return None
    piped = "|" in top
    # (A header aligned by spaces comes here with | between its cells; its second row, shorter, may not.)
    tops = [c.replace(" ", "") for c in _cells(top, piped, bordered=False) if c.strip()]
    subs = [c.replace(" ", "") for c in _cells(below, "|" in below, bordered=False) if c.strip()]
    tops = tops if piped else _closed_words(tops)
    subs = subs if "|" in below else _closed_words(subs)
    if not all(HEADER_WORD.match(name) for name in (*tops, *subs)):
        return None
    two = two_row_header(tops, subs)
    if two is None:
        return None
    names = spread(tops, *two)
    return _Header(tuple(header_kinds(names)), tuple(names), piped, bordered=top.lstrip().startswith("|"))


def _header_at_end(line: str) -> tuple[int, _Header] | None:
    """A header that ends a longer line: the cut and the header (a page flattened by spaces)."""
    at = line.rfind("序号")
    if at <= 0:
        return None
    header = _header(line[at:])
    return (at, header) if header else None


def _row_cells(cells: list[str], header: _Header, shifted: bool = False) -> dict[int, str] | None:
    """Assign a row's cells to the header's columns; None if the row does not fit."""
    n = len(header.kinds)
    if header.piped:
        if len(cells) > n:
            return _wide_row(cells, header)
        if shifted:
            # A row that lacks a cell (a merged one, printed on the row above), so the cells after it
            # shift left (已完成。 under 牵头单位): its cells go to the columns they fit, in order.
            fitted = _fitted(cells, header)
            if fitted is not None:
                return fitted
        return {i: c for i, c in enumerate(cells) if c}
    # Spaces: the number first, duty cells last (names only), the text in between.
    if not cells:
        return None
    cells = spaced_names_joined(cells)
    if (whole := _every_cell(cells, header)) is not None:
        return whole
    out: dict[int, str] = {}
    tokens = list(cells)
    col = 0
    if header.kinds[0] == "number":
        out[0] = tokens.pop(0)
        col = 1
    duty_cols = [i for i in range(col, n) if header.kinds[i] in _DUTY_KINDS]
    text_col = next((i for i in range(col, n) if header.kinds[i] == "text"), None)
    if text_col is None:
        return None
    # A 完成时限 cell (6月底前) stands after the names or between them and the text.
    deadline_col = next((i for i in range(col, n) if header.kinds[i] == "deadline"), None)
    _tail_note(tokens, header, duty_cols, out)
    when = tokens.pop() if deadline_col is not None and len(tokens) > 1 and WHEN.match(tokens[-1]) else ""
    trailing: list[str] = []
    people = "leaders" in header.kinds  # a 责任领导 column: a cell of people's names is a cell too
    while tokens and len(tokens) > 1 and (_names_token(tokens[-1]) or (people and _people_token(tokens[-1]))):
        trailing.insert(0, tokens.pop())
    # …控制在11.88亿立方米以内。 市水利局: the space after 。 (a cell border) was dropped as layout.
    m = _TEXT_THEN_NAMES.search(tokens[-1]) if len(trailing) < len(duty_cols) and tokens else None
    if m is not None and _names_token(m.group("names")) and _plain_names(m.group("names")):
        tokens[-1] = tokens[-1][: m.start("names")]
        trailing.insert(0, m.group("names"))
    if deadline_col is not None and not when and len(tokens) > 1 and WHEN.match(tokens[-1]):
        when = tokens.pop()
    if deadline_col is not None and when:
        out[deadline_col] = when
    # 新建口袋公园3个 城北街道 区城管局 under 项目 地点 责任单位: one name per column after the text, a note
    # column (地点) among them, the names fill those columns in order.
    after_text = [i for i in range(text_col + 1, n) if i != deadline_col and i not in out]
    if trailing and len(trailing) == len(after_text) and any(header.kinds[i] == "note" for i in after_text):
        out.update(zip(after_text, trailing, strict=True))
        trailing = []
    if duty_cols and 0 < len(trailing) < len(duty_cols):
        # Fewer names than duty columns (the empty cells left no mark): each to the column it fits, in
        # order, the leftmost where two fit alike (a body under 牵头单位 rather than 配合单位).
        chosen = max(
            itertools.combinations(duty_cols, len(trailing)),
            key=lambda cols: sum(fit(tok, header.kinds[c]) for tok, c in zip(trailing, cols, strict=True)),
        )
        out.update(zip(chosen, trailing, strict=True))
    elif duty_cols and trailing and (split := _people_then_bodies(trailing, header, duty_cols)) is not None:
        out.update(split)
    elif duty_cols and trailing:
        later = duty_cols[1:]
        extra = max(0, len(trailing) - len(later))
        first, rest = trailing[: max(1, extra)], trailing[max(1, extra) :]
        out[duty_cols[0]] = "、".join(first)
        for i, tok in zip(later, rest, strict=False):
            out[i] = tok
    # 新建供水工程15处。 10 县水务局 under 工作任务 分值 责任单位: a figure after the text, before the names, is
    # the cell of a note column between them (分值, 目标值, 单位), not the end of the sentence.
    first_duty = min(duty_cols) if duty_cols else n
    between = [i for i in range(text_col + 1, first_duty) if header.kinds[i] == "note" and i not in out]
    while between and len(tokens) > 1 and FIGURE_CELL.match(tokens[-1]):
        out[between.pop()] = tokens.pop()
    out[text_col] = " ".join(tokens)
    return out


def _people_then_bodies(names: list[str], header: _Header, duty_cols: list[int]) -> dict[int, str] | None:
    """More names than duty columns, the first the leaders' (罗建平 县交通运输局 县文旅局 德兴镇人民政府 under 责任领导
    牵头单位 配合单位): the people first are the leaders' cell, the bodies after them one to each units' column in
    order and the rest to the last (a helpers' list the copy parted by spaces). None for any other shape."""
    if header.kinds[duty_cols[0]] != "leaders" or len(names) <= len(duty_cols):
        return None
    count = 0
    while count < len(names) and _people_token(names[count]):
        count += 1
    bodies, later = names[count:], duty_cols[1:]
    if not count or not later or len(bodies) < len(later) or not all(_names_token(b) for b in bodies):
        return None
    out = {duty_cols[0]: "、".join(names[:count])}
    out.update(zip(later[:-1], bodies, strict=False))
    out[later[-1]] = "、".join(bodies[len(later) - 1 :])
    return out


def _typed_row(cells: list[str], header: _Header) -> dict[int, str] | None:
    """A row with other cells than a header of number, task, then duty and deadline columns only (a copy parted a
    units' cell at its spaces, or wrote the row with spaces for its tabs: 2 | 新开工… | 刘洋 | 市发改委 | 市工信局 |
    市商务局 | 2022年12月): read by what the cells say, from the row's end — a date the deadline's, people the
    leaders', one body the lead's and the bodies after it the helpers' (all of them where one units' column is
    all there is) — and the cells before them the task's. None where the header or the cells have another shape."""
    return typed_cells(cells, header.kinds)


def typed_cells(cells: Sequence[str], kinds: Sequence[str]) -> dict[int, str] | None:
    """``_typed_row`` for a header's column kinds: the cells by column, or None."""
    start = 1 if kinds[0] == "number" else 0
    if (
        start >= len(kinds)
        or kinds[start] != "text"
        or not all(k in (*_DUTY_KINDS, "deadline") for k in kinds[start + 1 :])
    ):
        return None
    first = start + 1
    end = len(cells)
    while end > first and (WHEN.match(cells[end - 1]) or _names_token(cells[end - 1]) or _people_token(cells[end - 1])):
        end -= 1
    if end <= start or end == len(cells) or (start and not _ROW_NUMBER.match(cells[0].strip())):
        return None  # (no names at the row's end, or no row's number first: a note across the table, a pager)
    names, out = cells[end:], {i: cells[i] for i in range(start) if cells[i]}
    out[start] = " ".join(cells[start:end])
    k = 0
    for c in range(first, len(kinds)):
        taken: list[str] = []
        if kinds[c] == "deadline":
            while k < len(names) and WHEN.match(names[k]):
                taken.append(names[k])
                k += 1
        elif kinds[c] == "leaders":
            while k < len(names) and _people_token(names[k]):
                taken.append(names[k])
                k += 1
        elif kinds[c] == "lead" and any(kinds[d] in ("cooperating", "responsible") for d in range(c + 1, len(kinds))):
            if k < len(names) and _names_token(names[k]):
                taken.append(names[k])
                k += 1
        else:
            while k < len(names) and _names_token(names[k]) and not _people_token(names[k]):
                taken.append(names[k])
                k += 1
        if taken:
            out[c] = "、".join(taken)
    return out if k == len(names) else None


def _wide_row(cells: list[str], header: _Header) -> dict[int, str] | None:
    """A | row with more cells than its header, where a second header row divided its columns of figures
    (2022年计划 over 绝对值 | 增长%, a row the header cannot read): the columns before the figures take their
    cells from the left, the duty columns after them from the right where a cell names someone (a figure or a
    dash there is the last figure, the duty cell merged with the row above's), and the figures between go to
    the figure columns, one each where they match in number, else together in the first. None where the
    header is not task, figures, duties in that order, or a cell between is no figure (a sentence)."""
    kinds = header.kinds
    notes = [i for i, kind in enumerate(kinds) if kind == "note"]
    if not notes and (typed := _typed_row(cells, header)) is not None:
        return typed
    if not notes and kinds[-1] in _DUTY_KINDS and kinds[-1] != "leaders":
        # 2 | 任务 | 市住建局 | 市应急管理局 | 市燃气公司 under 牵头单位 | 配合单位: the last unit cell broke in two;
        # its parts are that column's bodies
        extra = cells[len(kinds) - 1 :]
        if all(looks_like_unit(cell) for cell in extra):
            return {**{i: cells[i] for i in range(len(kinds) - 1) if cells[i]}, len(kinds) - 1: "、".join(extra)}
    if not notes or any(kinds[i] != "note" for i in range(notes[0], notes[-1] + 1)):
        return None
    tail = range(notes[-1] + 1, len(kinds))
    if not tail or any(kinds[i] not in _DUTY_KINDS for i in tail) or "text" not in kinds[: notes[0]]:
        return None
    out = {i: cells[i] for i in range(notes[0]) if cells[i]}
    rest = cells[notes[0] :]
    named: list[str] = []  # the cells at the row's end that name someone, as many as there are duty columns
    while len(named) < len(tail) and len(rest) > 1 and fit(rest[-1], kinds[tail[len(tail) - 1 - len(named)]]) >= 3.0:
        named.insert(0, rest.pop())
    # Fewer than the duty columns: the first columns (牵头 before 配合), the others' cells empty.
    out.update(zip(tail, named, strict=False))
    if any(len(cell) > 12 or _NO_FIGURE.search(_THOUSANDS.sub("", cell)) for cell in rest):
        return None
    if len(rest) == len(notes):
        out.update((i, cell) for i, cell in zip(notes, rest, strict=True) if cell)
    elif rest:
        out[notes[0]] = " ".join(rest)
    return out


# What a cell of figures never holds: a sentence's marks (the comma of 45,100 aside).
_NO_FIGURE = re.compile(r"[。;,:]")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")


def _every_cell(cells: list[str], header: _Header) -> dict[int, str] | None:
    """A row parted by spaces with one cell for each column, each fitting its column (a number under 序号,
    people under the leaders, bodies under a unit column, a time under the deadline, a sentence under the
    task): read column by column, so a note column after the duties that names bodies too (督办方式: 管委会)
    is no unit cell. None where any cell does not fit (a task's words parted by a space, an empty cell)."""
    if len(cells) != len(header.kinds):
        return None
    for cell, kind in zip(cells, header.kinds, strict=True):
        if kind == "number":
            ok = cell.isdigit()
        elif kind == "note":
            ok = True
        else:
            ok = fit(cell, kind) >= 3.0
        if not ok:
            return None
    return dict(enumerate(cells))


# A cell that starts with an item's number (1.及时公开…, 2、…): the task's own cell.
_MARKER_CELL = re.compile(r"^\s*\d{1,3}[.、](?!\d)")
_GROUP_CELL = re.compile(r"^\s*(?:" + _GROUP_MARK + ")")


def _merged_duties(assigned: dict[int, str], header: _Header, seen: dict[str, str]) -> None:
    """An item's row of a grouped table with no duty cell at all: its cells were merged with the row
    above's (printed once), so they are that row's; a row with its own duty cells is remembered for the
    rows below it."""
    duty_cols = [i for i, kind in enumerate(header.kinds) if kind in _DUTY_KINDS]
    if any(assigned.get(i) for i in duty_cols):
        for i in duty_cols:
            seen[f"merged:{i}"] = assigned.get(i, "")
        return
    for i in duty_cols:
        if seen.get(f"merged:{i}"):
            assigned[i] = seen[f"merged:{i}"]


_BARE_NUMBER_CELL = re.compile(r"^\s*\d{1,3}\s*$")


def _opens_item(cell: str) -> bool:
    """An item's numbered cell (1.及时公开…) or its number in a cell of its own (1)."""
    return _MARKER_CELL.match(cell) is not None or _BARE_NUMBER_CELL.match(cell) is not None


_CATEGORY_CELL = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、[^。;,:]{1,20}$")


def _category_heading(
    assigned: dict[int, str], header: _Header, source_line: int, out: list[tuple[int, str]], grouping: str
) -> None:
    """1 | 一、经营发展 | 全年实现营业收入… | …: a category column (工作类别) before the task's, its cell a numbered
    group's title printed on the group's first row only (merged) — the group's heading, a line before the row (it
    was read as the first words of the row's task). So is an unnumbered title (工作要点 加强党的政治建设) in a column
    the table leaves empty on some rows (``grouping``, see _grouping_columns): merged over its group's rows."""
    texts = _text_like_columns(header)
    merged = {int(i) for i in grouping.split(",") if i}
    for i in texts[:-1]:
        cell = assigned.get(i, "")
        if (
            cell
            and (
                _CATEGORY_CELL.match(cell)
                # (an unnumbered title heads its group from a text column; in a column the header names as no task's,
                # 类别, it stays the row's note)
                or (i in merged and header.kinds[i] == "text" and _TITLE_CELL.match(cell.strip()))
            )
            and assigned.get(texts[-1], "").strip()
        ):
            out.append((source_line, cell.strip()))
            assigned[i] = ""


# A group's title in a cell: a few words, no sentence's end or field in it.
_TITLE_CELL = re.compile(r"^[^。;:!?]{2,30}$")


def _grouping_columns(numbered: list[tuple[int, str]], start: int, header: _Header) -> str:
    """The text columns before the task's that the | rows from ``start`` leave empty on some rows and fill on others
    (a category printed once over its group's rows, merged), as "i,j"; "" where there are none. A column filled on
    every row (项目名称 | 项目内容) starts each row's text instead."""
    texts = _text_like_columns(header)
    if len(texts) < 2 or not header.piped:
        return ""
    filled: set[int] = set()
    empty: set[int] = set()
    numbered_empty: set[int] = set()  # (empty on a row that prints its own number: a category's merged cell)
    number_col = header.kinds.index("number") if "number" in header.kinds else None
    for cells in _table_rows(numbered, start, header):
        if len(cells) > len(header.kinds) or len(cells) <= texts[-1] or not cells[texts[-1]].strip():
            continue  # (a row's empty cells at its end are left out: those before the task's are all there)
        for i in texts[:-1]:
            (filled if cells[i].strip() else empty).add(i)
            if not cells[i].strip() and (number_col is None or cells[number_col].strip()):
                numbered_empty.add(i)
    # A column left empty only where the number is too is merged with the number over a task's sub-rows (1 | 推进产业
    # 升级 | 新建基站… then | | 完成技改…): the task's words, no category's.
    return ",".join(str(i) for i in texts[:-1] if i in filled and i in numbered_empty)


def _text_like_columns(header: _Header) -> list[int]:
    """The text columns, and the columns before the task's that the header names as no duty (类别 / 领域: a
    category's, as a text column before the task's is), in order: the task's last."""
    task = max((i for i, kind in enumerate(header.kinds) if kind == "text"), default=-1)
    return [i for i, kind in enumerate(header.kinds) if kind == "text" or (kind == "note" and i < task)]


def _table_rows(numbered: list[tuple[int, str]], start: int, header: _Header) -> Iterator[list[str]]:
    """The cells of each | row from ``start`` to the table's end (the first line with no bar; blank lines skipped)."""
    for _, line in numbered[start:]:
        if not line.strip():
            continue
        if "|" not in line:
            return
        yield _row_cells_of(line, header)


def _merged_with_group(numbered: list[tuple[int, str]], start: int, header: _Header, grouping: str) -> str:
    """The leaders' columns merged with a category's over its group's rows: filled on exactly the rows whose category
    cell is filled (the group's first), empty on the others ("k" or ""): an Excel sheet's merged cells, pasted."""
    group = int(grouping.split(",")[0])
    leaders = [i for i, kind in enumerate(header.kinds) if kind == "leaders"]
    if not leaders:
        return ""
    rows = [cells for cells in _table_rows(numbered, start, header) if len(cells) == len(header.kinds)]
    firsts = [bool(cells[group].strip()) for cells in rows]
    if len(rows) < 3 or all(firsts) or not any(firsts):
        return ""
    # (filled on every group's first row and empty on some of the others: a leader's cell merged over rows of the
    # group — the whole group, or a part of it where another leader's range starts inside it, 王平 on its third row)
    starts = [k for k, first in enumerate(firsts) if first]
    groups = [rows[k:end] for k, end in zip(starts, [*starts[1:], len(rows)], strict=True)]
    merged = [
        i
        for i in leaders
        if all(cells[i].strip() for cells, first in zip(rows, firsts, strict=True) if first)
        and any(not cells[i].strip() for cells in rows)
        and not printed_again([[cells[i] for cells in group] for group in groups])
    ]
    return str(merged[0]) if merged else ""


def _leading_leaders(numbered: list[tuple[int, str]], start: int, header: _Header) -> str:
    """A leaders' column before every text column (序号 | 联系市级领导 | 项目名称 | …) that the | rows from ``start`` fill
    on their first row and on some later ones, and leave empty on the others: a sheet's merged cells, pasted — each
    leader over the rows down to the next one printed ("k", else ""). Not a column after the task's (an empty leader
    cell there is empty, as the annotated tables read it), nor one leader on the first row alone."""
    if not header.piped or "text" not in header.kinds:
        return ""
    first_text = header.kinds.index("text")
    leaders = [i for i, kind in enumerate(header.kinds[:first_text]) if kind == "leaders"]
    if len(leaders) != 1:
        return ""
    rows = [cells for cells in _table_rows(numbered, start, header) if len(cells) == len(header.kinds)]
    filled = [bool(cells[leaders[0]].strip()) for cells in rows]
    if len(rows) < 3 or not filled[0] or all(filled) or sum(filled) < 2:
        return ""
    return str(leaders[0])


def _leader_above(assigned: dict[int, str], seen: dict[str, str], number_col: int | None) -> str | None:
    """A row's leader cell in a leading leaders' column (``_leading_leaders``): remembered where printed, lent to the
    rows under it that leave it empty — rows with a number of their own; a group row across the table (二、民生项目)
    ends the merged cell and takes none. The leader lent (for a warning), else None."""
    column = int(seen["leading_leaders"])
    if number_col is not None and not _BARE_NUMBER_CELL.match(assigned.get(number_col, "").strip()):
        seen.pop("leader_above", None)
        return None
    if assigned.get(column, "").strip():
        seen["leader_above"] = assigned[column]
    elif seen.get("leader_above", "").strip():
        assigned[column] = seen["leader_above"]
        return assigned[column]
    return None


def _group_leader(assigned: dict[int, str], seen: dict[str, str]) -> None:
    """The group's leader for a row of the group (its leader's cell merged with the category's): remembered from the
    group's first row, lent to the rows after it."""
    column = int(seen["group_leaders"])
    group = int(seen["grouping"].split(",")[0])
    if assigned.get(column, "").strip() or assigned.get(group, "").strip():
        # (a leader's range starts here, at a group's first row or inside it)
        seen["group_leader"] = assigned.get(column, "")
    elif seen.get("group_leader", "").strip():
        assigned[column] = seen["group_leader"]


def _group_cells_first(cells: list[str], header: _Header) -> int:
    """How many group headings (一、…, then maybe (一)…) the row starts with before its item's number, under
    a header whose first column is the task's (no 序号 column: the numbers stand in the cells); 0 if none."""
    if "number" in header.kinds or not header.kinds or header.kinds[0] != "text":
        return 0
    k = 0
    while k < min(2, len(cells) - 1) and _GROUP_CELL.match(cells[k]) is not None:
        k += 1
    if k == 0 and len(cells) > 1 and _GROUP_NAME_CELL.match(cells[0]) and _MARKER_CELL.match(cells[1]):
        k = 1  # 生 态 环 境 | 1、城市大环境… |: a group's name, no numeral (merged: its first row only)
    return k if k and _opens_item(cells[k]) else 0


def _group_cell_widens(cells: list[str], header: _Header) -> bool:
    """Is the row one cell wider than its header for a group's name before it (a cell merged over its group's rows,
    printed on the first only), in a table whose rows have no numbers: a short name, then the row's cells each
    under its column — the bodies under the unit column, where without the group's cell a sentence would stand?"""
    kinds, names = header.kinds, header.names
    duties = [i for i, kind in enumerate(kinds) if kind in UNIT_KINDS]
    if not duties or "number" in kinds or kinds[0] != "text" or not _GROUP_NAME_CELL.match(cells[0]):
        return False
    # (as wide as the header or one more: the empty cells at a row's end, a 备注 or a 配合单位 left blank, unprinted)
    first = duties[0]
    if not len(kinds) + 1 >= len(cells) >= first + 2 or names_only(names[first], cells[first]) is not None:
        return False  # (the first unit column's own cell names bodies: the row is as wide as it should be)
    # Only bodies' names after it, each ending as a body does (各街道按目录梳理…,年内完成… is a sentence, not names).
    return all(names_only(names[i], cells[i + 1]) is not None for i in duties if i + 1 < len(cells) and cells[i + 1])


# A group's name in a cell of its own, with no numeral (生态环境, its letters maybe spaced: 生 态 环 境): a few words, no
# figure and no sentence's marks.
_GROUP_NAME_CELL = re.compile(r"^[^\d\s。;,、:()|]( ?[^\d\s。;,、:()|]){1,11}$")


_GROUPED_ROW_LEAST = 3  # cells of such a row, at least: its number, its task and a duty cell


def _group_cell_dropped(cells: list[str], header: _Header) -> bool:
    """Is the row a cell short (or more: a merged duty cell after its task too) where the header's first column is a
    group's (领域, 类别) and its second the 序号, its first cell a bare number?"""
    return (
        len(header.kinds) > 3
        and header.kinds[1] == "number"
        and header.names[0].replace(" ", "") in GROUP_COLUMNS
        and _GROUPED_ROW_LEAST <= len(cells) <= len(header.kinds) - 1
        and _BARE_NUMBER_CELL.match(cells[0]) is not None
    )


def _shifted(cells: list[str], header: _Header) -> bool:
    """Does a | row hold, under a duty column, a cell that names no one (its cells shifted left): a sentence, a
    state of progress or a time (长期推进 under 责任处室, the 完成时限 cell one place early), or a body's name under
    the leader's column of a row one cell short? (A row with more
    cells than the header has its own fit, ``_wide_row``.)"""
    return (
        len(cells) <= len(header.kinds)
        and any(
            header.kinds[i] in _DUTY_KINDS
            and header.kinds[i] != "deadline"
            and (
                _NO_NAME.search(cell)
                or WHEN.match(cell)
                # 2 | 推进… | 市发改委 | 高新区管委会 under 序号 | 任务 | 责任领导 | 牵头单位 | 协同单位: one cell fewer, the
                # leader's merged with the row above, a body's name under the leader's column
                or (
                    header.kinds[i] == "leaders"
                    and len(cells) < len(header.kinds)
                    and looks_like_unit(cell.strip())  # (无 or / there: an empty cell's mark, the row not short)
                    and fit(cell.strip(), "leaders") < 0
                )
            )
            for i, cell in enumerate(cells[: len(header.kinds)])
        )
    )


# What a cell of names never holds: a sentence's marks, figures, a state of progress (已完成, 正常推进).
_NO_NAME = re.compile(r"[。;:\d%]|^(?:已|未|正在|正常|完成|滞后|按计划)")


def _fitted(cells: list[str], header: _Header) -> dict[int, str] | None:
    """The row's cells, in order, each in a column of its own that it fits best (a column may stay
    empty: the merged one); None if there are more cells than columns."""
    first = 1 if header.kinds[0] == "number" else 0
    kinds = header.kinds[first:]
    row = cells[first:]
    n, m = len(row), len(kinds)
    if n > m:
        return None
    # best[i][j]: the best score of the first i cells in the first j columns.
    worst = float("-inf")
    best = [[worst] * (m + 1) for _ in range(n + 1)]
    took = [[False] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        best[0][j] = 0.0
    for i in range(1, n + 1):
        for j in range(i, m + 1):
            skip = best[i][j - 1]
            take = best[i - 1][j - 1] + (fit(row[i - 1], kinds[j - 1]) if row[i - 1] else 0.0)
            best[i][j], took[i][j] = (take, True) if take >= skip else (skip, False)
    out = {0: cells[0]} if first and cells[0] else {}
    i, j = n, m
    while i > 0:
        if took[i][j]:
            if row[i - 1]:
                out[first + j - 1] = row[i - 1]
            i -= 1
        j -= 1
    return out


def _notes_after_duties(header: _Header) -> list[int]:
    """The note columns (进展情况, 备注) after the header's last duty column."""
    duty = [i for i, k in enumerate(header.kinds) if k in _DUTY_KINDS]
    return [i for i, k in enumerate(header.kinds) if k == "note" and duty and i > duty[-1]]


def _tail_note(tokens: list[str], header: _Header, duty_cols: list[int], out: dict[int, str]) -> None:
    """Cut the cells of note columns after the duty columns (进展情况, 备注) off the row's end: they
    follow the last names (1 甲指标增长5%。 区发改委 上半年增长2.9%。). The note is kept, never read as
    names; a row with no names after its text keeps all its tokens."""
    notes = _notes_after_duties(header)
    if not notes:
        return
    # The first token is the text: it may end in the names only where its 。 lost the border after it.
    last = next((j for j in range(len(tokens) - 1, -1, -1) if _ends_in_names(tokens[j], first=j == 0)), None)
    deadline_after = "deadline" in header.kinds[duty_cols[-1] :]
    if last is not None and last + 1 < len(tokens) and deadline_after and WHEN.match(tokens[last + 1]):
        last += 1  # 区发改委 12月底前 已完成: the 完成时限 cell stays, for the deadline column
    if last is None or last == len(tokens) - 1:
        return
    out[notes[0]] = " ".join(tokens[last + 1 :])
    del tokens[last + 1 :]


_TEXT_THEN_NAMES = re.compile(r"[。;](?P<names>[^。;,]{2,40})$")


def _ends_in_names(token: str, first: bool) -> bool:
    """A token of names (not the row's first), or a sentence whose names follow its 。 with the cell
    border lost."""
    if not first and _names_token(token):
        return True
    m = _TEXT_THEN_NAMES.search(token)
    return m is not None and _names_token(m.group("names")) and _plain_names(m.group("names"))


def _plain_names(token: str) -> bool:
    """区商务局, 市发改委、市财政局: names that end as bodies do and are short, or end in a body's strong
    ending (局, 委, 办 …) — not a sentence that happens to end in 区 (新引进项目全部落户经开区)."""
    parts = [p for p in re.split(r"[、,]", token.rstrip("。")) if p]
    return bool(parts) and all(ends_like_unit(p) and (len(p) <= 8 or STRONG_END.search(p)) for p in parts)


# A row's number glued to its task's first word (1地区生产总值…): the copy ran the row's cells together.
_RUN_TOGETHER = re.compile(r"\s*\d{1,3}[\u4e00-\u9fff]")


def _spaces_agree(line: str, run: dict[int, str], kinds: Sequence[str]) -> bool:
    """Does every space of ``line`` stand between two cells of ``run`` (its cells as cut run together), or inside its
    task's text? (2 完成…5000亩 镇农业服务中心 镇自然资源所 parts its cells by spaces, the leader's cell empty: cut run
    together it would end the task inside 镇农业服务中心.)"""
    compact = "".join(line.split())
    if "".join(run[k] for k in sorted(run)) != compact:
        return False
    ends: set[int] = set()
    texts: list[tuple[int, int]] = []
    at = 0
    for k in sorted(run):
        if kinds[k] == "text":
            texts.append((at, at + len(run[k])))
        at += len(run[k])
        ends.add(at)
    seen = 0
    pieces = line.strip().split()
    for piece, following in itertools.pairwise(pieces):
        seen += len(piece)
        # (a space inside the task's words beside a figure or a mark, 增长 15%, is the copy's; between two
        # characters of words it parts cells)
        beside = not (_CJK.match(piece[-1]) and _CJK.match(following[0]))
        if seen not in ends and not (beside and any(a < seen < b for a, b in texts)):
            return False
    return True


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _continues_row(line: str, header: _Header, number: int, out: list[tuple[int, str]], seen: dict[str, str]) -> bool:
    """A line of names under a row whose cells broke over lines (区财政局 / 区税务局 / 区政府有关部门,…): a
    single name continues the row's last duty cell; a list fills the next duty column the row left empty.
    A blank line ends the row (what follows is the notice's text: a closing sentence, a signature)."""
    filled = sorted(int(k[3:]) for k in seen if k.startswith("at:"))
    if not filled or " " in line or "blank" in seen or not _names_token(line) or not _plain_names(line):
        return False
    if is_footer(line):
        return False  # 抄送:县委办、县人大办: the document's footer after the last row, no names of its cell
    empty = [i for i, k in enumerate(header.kinds) if k in _DUTY_KINDS and i > filled[-1]]
    if empty and any(sep in line for sep in "、,"):
        seen[f"at:{empty[0]}"] = str(len(out))
        out.append((number, f"{_DUTY_KINDS[header.kinds[empty[0]]]}:{units_cell(line)}"))
        return True
    at = int(seen[f"at:{filled[-1]}"])
    source, text = out[at]
    out[at] = (source, f"{text}、{line}")
    return True


def _without_heads(cell: str) -> tuple[str, str]:
    """市民政局 伍泽国 under 牵头单位及主要负责人: the units of the cell, and the heads' names it gives beside
    them (kept as the row's note: a unit's head is no leader of the item)."""
    parts = cell.split()
    people = [p for p in parts if _people_token(p)]
    if not people or len(people) == len(parts):
        return cell, ""
    return " ".join(p for p in parts if p not in people), "、".join(people)


def _people_token(token: str) -> bool:
    """罗振东、苏敏: people's names only (a common surname first), as a leaders' cell holds."""
    parts = [p for p in re.split(r"[、,]", token) if p]
    return bool(parts) and all(PERSON_NAME.match(p) and surname().match(p) and not ends_like_unit(p) for p in parts)


def _names_token(token: str) -> bool:
    parts = [p for p in re.split(r"[、,]", token) if p]
    return bool(parts) and all(looks_like_unit(p) or (2 <= len(p) <= 4 and p.endswith(("长", "书记"))) for p in parts)


def _number_ahead(numbered: list[tuple[int, str]], at: int, header: _Header) -> str:
    """The 序号 of the next row below ``at`` that prints one (a few lines on), where the row at ``at`` leaves its own
    empty; "" otherwise (and for a row that prints its number: nothing to look ahead for)."""
    column = header.kinds.index("number")
    cells = _row_cells_of(numbered[at][1], header)
    if column >= len(cells) or cells[column].strip():
        return ""
    for _, text in numbered[at + 1 : at + 8]:
        ahead = _row_cells_of(text, header) if text.strip() else []
        if column < len(ahead) and (printed := _PRINTED_NUMBER.match(ahead[column])) is not None:
            return printed.group(1)  # (2, 2., 2、: the number as the row above's was read)
        if column < len(ahead) and (bracketed := _BRACKETED_CHINESE_CELL.match(ahead[column])) is not None:
            return str(chinese_number(bracketed.group(1)))  # ((三): as such a row's number is read, 3)
    return ""


_PRINTED_NUMBER = re.compile(r"^\s*(\d{1,3})[.、．]?\s*$")


def _merged_number_row(line: str, header: _Header, seen: dict[str, str]) -> str | None:
    """A | row that lacks its 序号 cell and more (a web page's copy drops the cells a row shares with the row above,
    merged: 序号, 牵头领导), its first cell a task's words: the sub-row of the numbered row above, given that row's
    number (an item of the same id, as a sub-row under a merged 序号 cell is). None for any other line."""
    if not header.kinds or header.kinds[0] != "number" or not seen.get("number", "").isdigit():
        return None
    cells = _row_cells_of(line, header)
    while cells and not cells[-1].strip():
        cells.pop()
    if not 2 <= len(cells) < len(header.kinds) - 1 or _BARE_NUMBER_CELL.match(cells[0]):
        return None
    first = cells[0].strip()
    if len(first) < 12 or _TASK_LIKE_CELL.search(first) is None or _GROUP_LINE.match(first):
        return None
    if _NOTE_FIRST.match(first):
        return None  # (| 备注:上述任务…纳入考核 | 县考核办 |, | 各牵头单位每月…报送 | …: the table's note, no row)
    return f"| {seen['number']} | " + " | ".join(cells) + " |"


# A | line under a table that is its note or an instruction to those answering, not a sub-row: 注/备注/说明:…,
# 各牵头单位要…, 请各单位….
_NOTE_FIRST = re.compile(
    r"^(?:注|备注|備註|说明|說明|附)[:：\d]|^(?:请|請|各)[^。,，;；]{1,20}?(?:要|应|應|须|須|于|於|每)"
)


def _rewrite_row(
    line: str,
    header: _Header,
    source_line: int,
    out: list[tuple[int, str]],
    notes: list[Note],
    seen: dict[str, str],
    problems: list[tuple[int, str]],
    ahead: Callable[[], str] | None = None,
) -> bool:
    """Rewrite one row into logical lines; False when the line is no row of this table. ``seen``
    remembers how the table numbers its items ((1) or 1): a row numbered so whose duty cells are
    empty is an item still (reported as one without duties), a row numbered otherwise a group."""
    if header.piped and all(_FILLER_CELL.match(cell) for cell in line.strip().strip("|").split("|")):
        out.append((source_line, ""))  # - | - | - | -: a row of dashes or nothing, printed to fill the table
        return True
    lacking = False  # a row short of its group's cell and of a duty cell after its task, both merged
    if header.glued:
        cells: list[str] = []
        shifted = False
        assigned = glued.row(line, header.kinds, header.leading, int(seen.get("number", "0")) + 1)
    else:
        cells = _row_cells_of(line, header)
        if header.piped and _group_cell_dropped(cells, header):
            # | 2 | 实施… | 市扶贫开发局 | … under 领域 | 序号 | …: the group's cell, merged over its rows, printed on its first
            # row only (a web table's copy drops it from the others): the row's cells start one column on (a row
            # shorter still lacks a duty cell merged with the row above's too: that one, below)
            cells = ["", *cells]
            lacking = len(cells) < len(header.kinds)
        groups = _group_cells_first(cells, header) if header.piped else 0
        if groups:
            # 一、做好规划信息公开。 | 1.及时公开… | 规划股 | (or 一、… | (一)… | 1 | 及时公开… | …): the group's
            # headings, printed (merged) in the first row of their group only, are heading lines of their own;
            # the row is the cells after them.
            out.extend((source_line, cell) for cell in cells[:groups])
            seen["grouped"] = "1"
            cells = cells[groups:]
        elif header.piped and _group_cell_widens(cells, header):
            # 深化政府信息公开内容 | 推进… | 重点推进… | 市规划局、… |: a group's name merged over its rows, no numbers
            # anywhere — a heading line; the row's cells after it stand each under its column
            out.append((source_line, cells[0]))
            cells = cells[1:]
        grouped = bool(groups) or ("grouped" in seen and bool(cells) and _opens_item(cells[0]))
        if header.piped and grouped:
            # A row of a grouped table (its group cells printed above, or here and cut off): every cell one
            # place to the left of its column, fitted to the columns cell by cell; a number in a cell of its
            # own (a column the header does not name) is the item's.
            while cells and not cells[-1]:
                cells.pop()
            if len(cells) > 1 and _BARE_NUMBER_CELL.match(cells[0]):
                cells = [f"{cells[0].strip()}.{cells[1]}", *cells[2:]]
            shifted = True
        else:
            shifted = header.piped and _shifted(cells, header)
        assigned = _row_cells(cells, header, shifted)
        if (
            not header.piped
            and not grouped
            and len(cells) < len(header.kinds)
            and seen.get("number", "0").isdigit()
            and ("run_together" in seen or _RUN_TOGETHER.match(line) or any(len(unglued(c)) > 1 for c in cells[2:]))
        ):
            # 1地区生产总值增长8.5%左右。赵建军区发改委 区统计局、区工信局 under 序号 工作任务 责任领导 牵头单位 配合单位: a
            # row whose cells the copy ran together here and parted by a space there — cut as a run-together row
            # (fyplan.read.glued) where that finds more of its cells than the spaces do
            run = glued.row(line, header.kinds, 0, int(seen.get("number", "0")) + 1)
            if (
                run is not None
                and sum(1 for v in run.values() if v) > sum(1 for c in cells if c.strip())
                and _spaces_agree(line, run, header.kinds)
            ):
                assigned = run
                # (once a row shows the copy ran its cells together, by a number glued to its task or two bodies'
                # names glued, a later row's leader glued to its lead unit is read so too: alone, 白沙镇人民政府 could
                # be a leader 白沙 and a unit)
                seen["run_together"] = "1"
        if assigned is not None and "group_leaders" in seen:
            _group_leader(assigned, seen)
        elif assigned is not None and "leading_leaders" in seen:
            number_at = header.kinds.index("number") if "number" in header.kinds else None
            if (lent := _leader_above(assigned, seen, number_at)) is not None:
                row = f"table row {assigned.get(number_at, '').strip()}" if number_at is not None else "a table row"
                problems.append((len(out) + 1, f"{row} has no leader cell: {MERGED_SHARED} ({lent})"))
        if assigned is not None and len(_text_like_columns(header)) > 1:
            _category_heading(assigned, header, source_line, out, seen.get("grouping", ""))
        if assigned is not None and grouped:
            _merged_duties(assigned, header, seen)
    if assigned is None:
        if header.piped and len(cells) > len(header.kinds) and cells and _BARE_NUMBER_CELL.match(cells[0]):
            # 4 | 开展校园安全整治 | 市教育局 | 市公安局 | 跨年度 under four columns: said, with the row's words, and the
            # table goes on after it (its next rows were dropped with it before)
            problems.append(
                (
                    len(out) + 1,
                    f"table row {cells[0].strip()} has {len(cells)} cells under a header of {len(header.kinds)}: "
                    f"it was not read as a row of the table: “{line.strip()}”",
                )
            )
            out.append((source_line, ""))
            return True
        return False
    number_col = header.kinds.index("number") if "number" in header.kinds else None
    number = assigned.get(number_col, "") if number_col is not None else ""
    _lent(assigned, seen, "group_lend:")  # the group row's leader, for a row of its group that names none
    printed = COMPOUND_SERIAL.match(number) or CODED_SERIAL.match(number.strip())
    if printed and printed.group(1) == seen.get("parent_of"):
        # 1.2 | 完成… | | 县发改局 | … under its parent row 1: its empty leader cell is the parent's (merged, printed
        # once on the parent's row).
        _lent(assigned, seen, "lend:")
    if printed:
        number = printed.group(2)  # 1.1, 2-3: the row within its group; the printed 序号 is its id (a Note)
    if header.piped and _TOTALS_CELL.match(number):
        out.append((source_line, ""))  # 合计 | 共8项 | 96.5: the table's sums, no row (the table goes on)
        return True
    if _CHINESE_NUMBER_CELL.match(number) and _names_leader_only(assigned, header):
        # 一 | 新能源项目(3项) | 52.0 | 马卫东 | |: a group row naming only the group's leader (and its subtotals): the
        # group's heading, its leader lent to the group's rows that leave their leader cell empty (the sums are the
        # rows')
        title = " ".join(v for i, v in sorted(assigned.items()) if header.kinds[i] == "text" and v.strip())
        for key in [k for k in seen if k.startswith(("merge:", "group_lend:"))]:
            del seen[key]
        for i, value in assigned.items():
            if header.kinds[i] == "leaders" and value.strip():
                seen[f"group_lend:{i}"] = value
        seen.pop("text_at", None)
        out.append((source_line, f"{number.strip().rstrip('、.')}、{title}"))
        return True
    if _CHINESE_NUMBER_CELL.match(number) and any(
        header.kinds[i] in _DUTY_KINDS and value.strip() for i, value in assigned.items()
    ):
        # 一 | 新建社区养老服务站 | 区民政局 | …: a row numbered in Chinese numerals with duty cells of its own is an
        # item, numbered as 1 (a row so numbered with none is a group's heading, below)
        number = str(chinese_number(number.strip().rstrip("、.")))
    childless = ""
    if "parent_of" in seen and not printed and not seen.get("parent") and _PLAIN_NUMBER_CELL.match(number):
        # 2 | 深化教育综合改革 | … between parents' sub-rows: a row of its own, numbered 1 in a group of one (as its
        # neighbours are within theirs), its printed number its id
        childless, number = number.strip(), "1"
    if (bracketed := _BRACKETED_CHINESE_CELL.match(number)) is not None:
        # (一) | 加强市场体系建设 | …: a row numbered as a part's points are, (一)(二) — the row's number, its id 一
        number = f"({chinese_number(bracketed.group(1))})"
    m = _ROW_NUMBER.match(number)
    if m and (shifted or lacking):
        # The unit cell this row lacks was merged with the row above's (printed once): it is that one.
        for i, kind in enumerate(header.kinds):
            if kind in _DUTY_KINDS and i not in assigned and f"duty:{i}" in seen:
                assigned[i] = seen[f"duty:{i}"]
    duties = [(i, v) for i, v in assigned.items() if header.kinds[i] in _DUTY_KINDS or header.kinds[i] == "deadline"]
    texts = [v for i, v in sorted(assigned.items()) if header.kinds[i] == "text"]
    style = ("compound" if printed else "paren" if m.group(1) else "plain") if m else ""
    # (a numbered row is an item's where it is numbered as the items are: 2 | 推动产业升级 among 1.1, 1.2 is a group)
    if not shifted and (merged := _merged_over(line, assigned, header, seen, bool(m) and seen.get("items") == style)):
        assigned.update(merged)
        duties = sorted(merged.items())
        shown = ";".join(f"{_DUTY_KINDS[header.kinds[i]]}:{v}" for i, v in duties)
        row = f"table row {number.strip()}" if m else "a table row"
        problems.append((len(out) + 1, f"{row} has no duty cell: {MERGED_SHARED} ({shown})"))
    point = _POINT_CELL.match(texts[0]) if texts and duties and number_col is not None and not m else None
    if point is not None and seen.get("items") in ("plain", "compound") and "number" in seen:
        # | (1)争取专项债券资金… | | 县发改委 | 县财政局 under 1 | 扩大有效投资 | 吴卫东 | |: a point of that row's task, with
        # its own duty cells — a sub-task ((1)…) of the row's item, which answers for what the point leaves empty
        # (its leader), as a task's line answers for its points.
        out.append((source_line, f"({point.group(1)}){' '.join([texts[0][point.end() :], *texts[1:]])}"))
        _row_duties(duties, header, source_line, out, notes, seen)
        return True
    if (
        number_col is not None
        and not m
        and header.piped
        and seen.get("items") != "none"
        and _sub_row(line, cells, header, seen)
    ):
        return _rewrite_sub_row(cells, header, source_line, out, notes, seen)
    if (
        number_col is not None
        and not m
        and not number.strip()
        and header.piped
        and _merged_task(assigned, header, seen)
    ):
        # | | 完成10家企业技改。 | 李明 | 县工信局 | … under 1 | 推进产业升级 | 新建基站…: the number and the task's cell
        # merged over the task's measures — a sub-row, an item of that number (annotated so: the id repeats), its own
        # words its text, each duty cell it leaves empty the row's (merged, printed once).
        own = {i: v for i, v in assigned.items() if i != number_col and v.strip()}
        return _rewrite_sub_row_cells(own, header, source_line, out, notes, seen)
    if number_col is not None and not m and _DASH_CELL.match(number) and texts and not duties and "text_at" in seen:
        # — | 其中农村劳动力转移就业一千人 | | under row 1: a point of that row's goal with no cells of its own, more of
        # its text (as a dash line with no units joins the task above in a table one cell per line).
        source, above = out[int(seen["text_at"])]
        out[int(seen["text_at"])] = (source, f"{above}——{' '.join(texts)}")
        out.append((source_line, ""))
        return True
    if seen.pop("parent", None) and m and style == "plain" and texts:
        # 1 | 巩固拓展脱贫攻坚成果 | 周平 | … followed by 1.1, 1.2: a parent row, the title of its sub-rows (a heading,
        # no item) whose cells are theirs where they print none.
        for key in [k for k in seen if k.startswith(("lend:", "merge:"))]:
            del seen[key]
        seen["parent_of"] = m.group(1) or m.group(2)
        for i, value in duties:
            if header.kinds[i] == "leaders":
                seen[f"lend:{i}"] = value  # (its units are the group's: a sub-row names its own or none)
        seen.pop("text_at", None)
        out.append((source_line, " ".join(texts)))
        return True
    if not duties and not (m and texts and seen.get("items") == style):
        seen.pop("text_at", None)
        # A group row (一、主要预期目标 | | |, 1 | 大力提振消费。 | |): a heading, never an item; no cell is merged
        # across it.
        for key in [k for k in seen if k.startswith("merge:")]:
            del seen[key]
        if seen.get("items") == "none" and "number" in seen:
            seen["number"] = "0"  # rows with no number are counted within their group (the annotated convention)
        heading = "".join(v for i, v in sorted(assigned.items()) if i != number_col or not m)
        if number_col is not None and _CHINESE_NUMBER_CELL.match(number):
            # 一 | 老旧小区改造 | |: the group's number and title, a section heading as 一、老旧小区改造 is
            title = "".join(v for i, v in sorted(assigned.items()) if i != number_col)
            heading = f"{number.strip().rstrip('、.')}、{title}"
        out.append((source_line, heading or line))
        return True
    counted = False
    numbered_text = number_col is None and bool(texts) and _MARKER.match(texts[0]) is not None  # 1.… in the cell
    if numbered_text and (cell_number := _MARKER.match(texts[0])) and cell_number.group("task"):
        seen["cell_number"] = cell_number.group("task")
    if not number and texts and duties and DASH_POINT.match(texts[0]) and "cell_number" in seen:
        # ——每千人口床位数达到6张。 | 甲局 | 乙局 under the row 1.医疗卫生资源扩容提质。: a sub-row of the goal numbered in
        # its cell, an item of that number (not the next of a count).
        m = _ROW_NUMBER.match(seen["cell_number"])
        counted = seen.get("items", "none") == "none"
        style = "plain"
    elif (
        (not number or (_DASH_CELL.match(number) and "number" not in seen))  # (a dash before any number: none)
        and texts
        and duties
        and not numbered_text
        and seen.get("items", "none") in ("none", "plain", "paren")
    ):
        # No 序号 column, or every number cell left empty: the rows are the items, numbered in order (so a
        # group heading between rows stays a section). A row of its own duties with an empty 序号 cell among
        # numbered rows is the next item too — unless the next numbered row counts on from the row above (5 / (empty) /
        # 6): then the 序号 cell was merged over both rows, and this one is a sub-row of the same number, as the
        # annotated corpus repeats it.
        current = seen.get("number", "0")
        # (``ahead``: the next printed 序号 below, looked for only here, for a row that leaves its own empty)
        merged_number = (
            number_col is not None and current.isdigit() and ahead is not None and ahead() == str(int(current) + 1)
        )
        # ((一) | … / (empty) | … / (二) | …: rows numbered as a part's points, the same with their numbers bracketed)
        paren = seen.get("items") == "paren"
        said = current if merged_number else f"{int(current) + 1}"
        m = _ROW_NUMBER.match(f"({said})" if paren else said)
        counted = seen.get("items", "none") == "none"
        style = "paren" if paren else "plain"
    if number_col is not None and not m and _DASH_CELL.match(number) and texts and duties and "number" in seen:
        # —— | 其中:规上工业增加值增长 | 7% | 甲局 | 乙局: a dash in the 序号 cell under row 1 — a sub-row of that goal,
        # an item of its number (as a dash line's sub-rows are in a table one cell per line).
        m = _ROW_NUMBER.match(seen["number"])
        counted = seen.get("items", "none") == "none"
        texts = [f"——{texts[0]}", *texts[1:]]  # (marked as such a sub-row's text is: no number repeated by mistake)
    if number_col is not None and not m:
        return False
    if m:
        seen["items"] = "none" if counted else style
        seen["number"] = m.group(1) or m.group(2)
        # The row's duty cells, for its sub-rows (their merged cells are empty or missing).
        for key in [k for k in seen if k.startswith(("duty:", "at:", "blank", "noted"))]:
            del seen[key]
        for i, value in duties:
            seen[f"duty:{i}"] = value
        for key in [k for k in seen if k.startswith("merge:")]:
            del seen[key]
        for i, value in duties:
            if header.kinds[i] in _DUTY_KINDS:
                seen[f"merge:{i}"] = value  # for a row below under the same merged cell
    head = f"{m.group(1) or m.group(2)}." if m else ""
    if head and texts and texts[0][:1].isdigit():
        head += " "  # 3. 5G基站…, not 3.5G基站… (a number with a decimal point)
    seen["text_at"] = str(len(out))  # (for a dash sub-row with no cells of its own)
    out.append((source_line, head + " ".join(texts)))
    if printed and m:
        notes.append(Note(len(out), "序号", printed.group(0), serial=True))
    elif childless and m:
        notes.append(Note(len(out), "序号", childless, serial=True))
    _row_duties(duties, header, source_line, out, notes, seen)
    if "group_lead" in seen and m:
        # The row stands under a group row that names its lead unit (a table grouped by lead unit).
        out.append((source_line, labelled("lead", seen["group_lead"])))
    if "group_deadline" in seen and m and "deadline" not in header.kinds:
        # The row stands under a group row that says when its rows are due (一季度完成:): the row's deadline.
        out.append((source_line, f"完成时限:{seen['group_deadline']}"))
    for i, value in sorted(assigned.items()):
        if header.kinds[i] == "note" and value:  # (a category's cell given to its heading is empty now)
            notes.append(Note(len(out), header.names[i], value))
            seen["noted"] = "1"
    return True


_REST_MAX = 40  # the longest piece of a cell a copy may put on a row of its own (事处, a list of names)


def _row_cells_of(line: str, header: _Header) -> list[str]:
    """A row's cells under ``header``. A row is bordered when it ends in a border too (| 1 | … |); one that does not
    keeps its empty first cell (| 实施… | …) under a bordered header; a | row with an outer border under a header
    without one loses the empty cell before that border."""
    cells = _cells(line, header.piped, header.bordered and line.rstrip().endswith("|"))
    if header.piped and cells and not cells[0] and len(cells) > len(header.kinds):
        cells = cells[1:]
    if "number" in header.kinds and (at := header.kinds.index("number")) < len(cells):
        # 1* | 开展…改革 | …: a mark after the row's number flags the row (*为创新性改革举措, said in a 备注): the number
        # is the item's all the same
        cells[at] = _FLAGGED_NUMBER.sub(r"\1", cells[at])
    return cells


_FLAGGED_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[*＊★☆▲△※]{1,2}\s*$")


def _rest_of_cells(line: str, header: _Header, number: int, out: list[tuple[int, str]], seen: dict[str, str]) -> bool:
    """| | | | 事处 | |: a row with no number, each of whose few short cells stands under a duty or deadline cell of
    the row above — the rest of those cells, whose line breaks a copy turned into a row of its own (东城街道办 / 事处
    is one name, 区发改局 / 区财政局 two: tables.joined_piece tells) — or under its task, where the row above broke
    its task off mid-sentence. The pieces go on their cells; the table goes on (such a row ended it, and every row
    after it was lost without a word)."""
    cells = _row_cells_of(line, header)
    if len(cells) > len(header.kinds) or not line.lstrip().startswith("|"):
        return False  # (its empty cells before the pieces keep them under their columns; those after may be left out)
    filled = {i: cell.strip() for i, cell in enumerate(cells) if cell.strip()}
    # (the task's words go on only where the row above broke its task off mid-sentence: 规上工业增 / 加值增长9%。)
    task_goes_on = "text_at" in seen and not out[int(seen["text_at"])][1].rstrip().endswith(tuple("。;!?"))
    if not filled or any(
        not (header.kinds[i] == "text" and task_goes_on)
        and (
            (header.kinds[i] not in _DUTY_KINDS and header.kinds[i] != "deadline")
            or f"at:{i}" not in seen
            or len(piece) > _REST_MAX
            or any(mark in piece for mark in "。;:")
        )
        for i, piece in filled.items()
    ):
        return False
    if any(header.kinds[i] == "text" for i in filled) and any(
        _POINT_CELL.match(piece) or _ROW_START.match(piece) or DASH_POINT.match(piece)
        if header.kinds[i] == "text"
        else header.kinds[i] in _DUTY_KINDS and _whole_piece(out[int(seen[f"at:{i}"])][1], piece, header.kinds[i])
        for i, piece in filled.items()
    ):
        return False  # a row of its own under a merged number cell: a point (2)…, or names of its own beside its task
    if all(header.kinds[i] == "text" for i in filled) and not next(iter(filled.values())).endswith(tuple("。;")):
        return False  # (a task's rest alone ends its sentence; 加强生态环境保护 alone is a group's heading)
    for i, piece in filled.items():
        if header.kinds[i] == "text":
            source, task = out[int(seen["text_at"])]
            out[int(seen["text_at"])] = (source, task + piece)
            continue
        at = int(seen[f"at:{i}"])
        source, field = out[at]
        label, colon, value = field.partition(":")
        if not colon:
            return False
        kind = header.kinds[i]
        out[at] = (source, f"{label}:{joined_piece(value, piece, kind if kind != 'deadline' else 'text')}")
    out.append((number, ""))
    return True


def _whole_piece(field: str, piece: str, kind: str) -> bool:
    """Does ``piece`` stand as names of its own after the cell ``field`` (label:value) ends, not the rest of its last
    name (区财政局 after 区发改局, not 息化局 after 县工业和信)?"""
    value = field.partition(":")[2]
    return joined_piece(value, piece, kind) != value + piece


# A point of a row's task, numbered in its cell: (1)…, （2）…
_POINT_CELL = re.compile(r"^\((\d{1,2})\)(?=\S)")


def _lent(assigned: dict[int, str], seen: dict[str, str], prefix: str) -> None:
    """The cells a row above lends (``seen`` keys ``prefix`` + column) put in this row's columns it leaves empty."""
    for key, value in seen.items():
        if key.startswith(prefix) and not assigned.get(int(key[len(prefix) :]), "").strip():
            assigned[int(key[len(prefix) :])] = value


def _names_leader_only(assigned: dict[int, str], header: _Header) -> bool:
    """Does the row name a leader and no body (a group row over the rows its leader answers for)?"""
    filled = [header.kinds[i] for i, value in assigned.items() if value.strip()]
    return "leaders" in filled and not any(kind in ("lead", "cooperating", "responsible") for kind in filled)


def _row_duties(
    duties: list[tuple[int, str]],
    header: _Header,
    source_line: int,
    out: list[tuple[int, str]],
    notes: list[Note],
    seen: dict[str, str],
) -> None:
    """A row's duty and deadline cells as labelled lines after its task's line."""
    for i, value in sorted(duties):
        kind = header.kinds[i]
        label = "完成时限" if kind == "deadline" else _DUTY_KINDS[kind]
        seen[f"at:{i}"] = str(len(out))  # where the cell went, for a line that continues it
        if kind == "deadline":
            out.append((source_line, f"{label}:{value}"))
            continue
        heads = HEADS_TOO.search(header.names[i]) if kind != "leaders" else None
        units, people = _without_heads(value) if heads else (value, "")
        if heads and people:
            notes.append(Note(len(out) + 1, heads.group().lstrip("及和/、"), people))
        out.append((source_line, labelled(kind, units_cell(units))))


def _merged_over(
    line: str, assigned: dict[int, str], header: _Header, seen: dict[str, str], numbered: bool
) -> dict[int, str]:
    """The duty cells a row takes from the row above where it prints none at all: a task (its text and, in a
    table of figures, its numbers) with no one to answer for it is no row of such a table, while a cell merged
    over several rows (one 责任单位 for the indicators of one body) is printed on the first of them only. An
    empty cell of one column (配合单位 left blank) is not this: a row with any duty cell takes none. A row with
    no number where the table has none is one only with a cell beside its text (a group row, 一、创新驱动, has
    none). {} where the row is no such row."""
    if any(header.kinds[i] in _DUTY_KINDS or header.kinds[i] == "deadline" for i in assigned):
        return {}
    if not any(header.kinds[i] == "text" and v.strip() for i, v in assigned.items()):
        return {}
    if header.piped and _written_empty(line, header):
        return {}
    if not numbered and (
        "number" in header.kinds or _group_row(line) or sum(1 for v in assigned.values() if v.strip()) < 2
    ):
        return {}
    return {int(k[6:]): v for k, v in seen.items() if k.startswith("merge:")}


def _written_empty(line: str, header: _Header) -> bool:
    """Does the | row print a cell for every column (its duty cells empty between their bars, as a sheet or a
    document's table gives a blank cell, its merged cells already filled in)? A merged cell leaves none: the
    row ends before it, or a page pads it with bars past the header's width."""
    parts = line.strip().split("|")
    if line.strip().startswith("|"):
        parts = parts[1:]
    if line.strip().endswith("|"):
        parts = parts[:-1]
    return len(parts) == len(header.kinds)


_ROW_START = re.compile(r"^(?:\(?\d{1,4}\)?[\s.、]|" + _GROUP_MARK + ")")


def _note_line(line: str, header: _Header, out: list[tuple[int, str]], notes: list[Note], seen: dict[str, str]) -> bool:
    """The note cell of a row whose names broke over lines (2 甲指标。 区农业局 / 区水利局 / 已完成80%。): a
    line after the names, before the next row, where the header has a note column after the duty
    columns and the row has no note yet. Kept as the row's note, not read as the notice's text."""
    after = _notes_after_duties(header)
    if not after or "number" not in seen or "blank" in seen or "noted" in seen or not line:
        return False
    if not any(k.startswith("at:") for k in seen) or _ROW_START.match(line) or _header(line) is not None:
        return False
    if _NOTE_ROW.match(line):
        return False  # 注:进展情况截至9月底 — a footnote under the table, the notice's text
    notes.append(Note(len(out), header.names[after[0]], line))
    seen["noted"] = "1"
    return True


_HEADING_START = re.compile(r"^(?:[" + _CN + r"]{1,3}[、.]|\([" + _CN + r"]{1,3}\))")


_NOTE_ROW = re.compile(r"^(?:注|註|备注|備註|说明|說明)\s*[:：0-9一二三]")


def _sub_row(line: str, cells: list[str], header: _Header, seen: dict[str, str]) -> bool:
    """A row with no number of its own after a numbered item, that reads as a task (a number or a
    sentence end in it, or a long cell): a sub-row of that item, its 序号 and merged cells spanned
    (新增学位810个 | ||||). A short cell without either (民生保障 | | |) or a 一、 is a group row; a row
    that keeps an empty 序号 cell ( | 面积5000亩。 | |) continues the row above; a 注: row is a note."""
    filled = [c for c in cells if c]
    if "number" not in seen or not filled or _HEADING_START.match(filled[0]) or _NOTE_ROW.match(filled[0]):
        return False
    if line.lstrip().startswith("|"):
        return False  # its own (empty) 序号 cell is there: the cells are not shifted by a merged one
    if len(filled) >= len(header.kinds):
        return False  # every column has its own cell: not a row whose cells are merged
    first = filled[0]
    return any(ch.isdigit() for ch in first) or first.endswith("。") or len(first) >= 10


def _merged_task(assigned: dict[int, str], header: _Header, seen: dict[str, str]) -> bool:
    """A row with an empty number cell under a numbered item whose first task column is empty too and a later one
    holds words of its own, with a duty or a deadline of its own: the row's measure under its merged task."""
    texts = [i for i, kind in enumerate(header.kinds) if kind == "text"]
    if "number" not in seen or seen.get("items") != "plain" or len(texts) < 2 or assigned.get(texts[0], "").strip():
        return False
    if not any(assigned.get(i, "").strip() for i in texts[1:]):
        return False
    return any(
        value.strip() and (header.kinds[i] in _DUTY_KINDS or header.kinds[i] == "deadline")
        for i, value in assigned.items()
    )


def _rewrite_sub_row(
    cells: list[str],
    header: _Header,
    source_line: int,
    out: list[tuple[int, str]],
    notes: list[Note],
    seen: dict[str, str],
) -> bool:
    """A sub-row as an item of its row's number: its cells fill the columns after the number (the
    first a task column), its missing duty cells come from the row (merged cells answer for it)."""
    filled = [c for c in cells if c]
    columns = [i for i, k in enumerate(header.kinds) if k != "number"]
    texts = [i for i in columns if header.kinds[i] == "text"]
    # Sub-row cells start at the last task column (项目名称 is merged, 项目内容 is its own).
    start = columns.index(texts[-1]) if texts and len(filled) <= len(columns) - columns.index(texts[-1]) else 0
    return _rewrite_sub_row_cells(
        dict(zip(columns[start:], filled, strict=False)), header, source_line, out, notes, seen
    )


def _rewrite_sub_row_cells(
    own: dict[int, str],
    header: _Header,
    source_line: int,
    out: list[tuple[int, str]],
    notes: list[Note],
    seen: dict[str, str],
) -> bool:
    """A sub-row, its own cells by column, as an item of its row's number; the duty cells it leaves empty are the
    row's."""
    columns = [i for i, k in enumerate(header.kinds) if k != "number"]
    out.append(
        (source_line, f"{seen['number']}." + " ".join(v for i, v in sorted(own.items()) if header.kinds[i] == "text"))
    )
    for i in columns:
        kind = header.kinds[i]
        if kind not in _DUTY_KINDS and kind != "deadline":
            continue
        value = own.get(i) or seen.get(f"duty:{i}", "")
        if value:
            label = "完成时限" if kind == "deadline" else _DUTY_KINDS[kind]
            if kind == "deadline":
                out.append((source_line, f"{label}:{value}"))
            else:
                out.append((source_line, labelled(kind, units_cell(value))))
    for i, value in sorted(own.items()):
        if header.kinds[i] == "note":
            notes.append(Note(len(out), header.names[i], value))
    return True


# ---- one field per line as a two-cell row: 重点工作: | 135.… |  牵头单位: | 市城管局 | ---------------

_KEY_VALUE = re.compile(r"^(?P<key>[^|:]{2,24}): *\| *(?P<value>.*?) *\|? *$")
_NUMBERED = re.compile(r"^(?:\d{1,4}[.、]|\(\d{1,4}\)|[" + _CN + r"]{1,3}、)")


def key_value(line: str) -> str | None:
    """The line a key-value row stands for: a duty field, the item itself (a numbered task cell),
    or the key and its value as text; None if the line is no such row."""
    m = _KEY_VALUE.match(line)
    if m is None:
        return None
    key, value = m.group("key").replace(" ", ""), m.group("value")
    kind = column_kind(key)
    if kind in _DUTY_KINDS:
        return f"{_DUTY_KINDS[kind]}:{units_cell(value)}"
    if kind == "deadline":
        return f"完成时限:{value}"
    if kind == "text" and _NUMBERED.match(value):
        return value
    return f"{key}:{value}"


# A role word alone as a line's label (a post's 牵头:县发改局 / 配合:县统计局、县财政局 under each item): the field of the
# units in that role. (主办: and 承办: alone are a web page's footer, left.)
_BARE_ROLE = re.compile(r"^(牵头|牽頭|配合|协同|協同|协助|協助|参与|參與)(?= *:(?P<names>[^\n]+))", re.MULTILINE)


_NEXT_ROLE = re.compile(r" +(?=(?:牵头|牽頭|配合|协同|協同|协助|協助|参与|參與)[\u4e00-\u9fff]{0,2} *:)")
_BARE_ROLE_AT = LineStart(_BARE_ROLE)  # (only line starts asked: a search of every position cost ~2% of a parse)


def _role_label(m: re.Match[str]) -> str:
    # (牵头:科技创新局 配合:—: the names end where the line's next field starts)
    names = split_names(_NEXT_ROLE.split(m.group("names"), maxsplit=1)[0].strip().rstrip("。;")).names
    # (配合:各社区居委会、辖区物业服务业主: a list whose first name is a body's is a list, each name kept as written)
    return f"{m.group(1)}单位" if names and looks_like_unit(names[0]) and _no_sentence(names) else m.group(1)


def _no_sentence(names: tuple[str, ...]) -> bool:
    """No name of the list reads as a sentence (做好…工作, 按要求…): the line is a list of names."""
    return not any(len(n) > 16 or "。" in n or says_a_sentence(n) for n in names)


# A duty label parted from its names by a space or a dash instead of a colon (牵头单位 市住建局,
# 配合单位——市财政局): a page that lost its colons, or a notice that never wrote them.
_LOOSE_LABEL = lazy(
    f"^(?P<label>{lexicon('LABEL')})(?: +|[ ]*[—－\\-]{{1,2}}[ ]*)(?P<names>[^:\\s][^\\n]*)$", re.MULTILINE
)


# A bracket opened before a field's label and not closed when the next item starts on the next line (or the text
# ends): the page never closed it. (A bracket broken over lines goes on to a line that is no item's start.)
_UNCLOSED = lazy(
    rf"\((?=(?:{lexicon('LABEL')}) *:)[^()\n]*$"
    r"(?=\n(?:\d{1,3}[.、)]|[一二三四五六七八九十]{1,3}、|\((?:\d{1,3}|[一二三四五六七八九十]{1,3})\))|\n*\Z)",
    re.MULTILINE,
)


# The same without the label's test, first: a bracket still open at its line's end before an item's start (the
# label's alternation tried at every bracket of a notice cost ~20 M instructions per MB, issue 13).
_OPEN_TO_NEXT_ITEM = re.compile(
    r"\([^()\n]*(?:\n(?:\d{1,3}[.、)]|[一二三四五六七八九十]{1,3}、|\((?:\d{1,3}|[一二三四五六七八九十]{1,3})\))|\n*\Z)"
)


# 责 任 领 导:, 牵头 单位: — a label typeset with spaces between its characters (or a scan's OCR), at a line's start.
_SPACED_LABEL = re.compile(r"^([\u4e00-\u9fff]{1,4}(?: [\u4e00-\u9fff]{1,4})+) *:", re.MULTILINE)
# (Asked at line starts only, and only where a space between Chinese characters before a colon is found by a search
# led by that space: ``^`` tried at every character costs ~35 M instructions per MB, issue 13.)
_SPACED_LABEL_HINT = re.compile(r" (?<=[\u4e00-\u9fff] )[\u4e00-\u9fff]{1,4}(?: [\u4e00-\u9fff]{1,4})* *:")
_SPACED_LABEL_LINES = LineStart(_SPACED_LABEL)
_SPACED_LABEL_AT = LineStart(
    re.compile(r"^[\u4e00-\u9fff]{1,4} [\u4e00-\u9fff]{1,4}(?: [\u4e00-\u9fff]{1,4})* *:", re.MULTILINE)
)
_WHOLE_LABEL = lazy(f"(?:{lexicon('LABEL')})")
_FIELD_WORD = lazy(
    "|".join(
        f"(?:{lexicon(name)})"
        for name in ("TEXT_FIELD", "FORM_TEXT", "FORM_LEADER", "FORM_LEAD", "FORM_COOP", "FORM_UNITS", "FORM_DEADLINE")
    )
)


def _closed_label(m: re.Match[str]) -> str:
    """The label closed up where the characters make one of the lexicon's labels; any other line as it is."""
    label = m.group(1).replace(" ", "")
    if label == m.group(1):
        return m.group()
    if all(len(piece) == 1 for piece in m.group(1).split(" ")) and len(label) <= 6:
        return label + ":"  # 联 系 人:, 工 作 要 求: — letter-spaced, as a form typesets its labels: any label
    # (The lexicon's 责任人 looks for its colon: 责 任 人: is closed up as 责任人: only with it.)
    return label + ":" if _whole_label(label) else m.group()


def _whole_label(label: str) -> bool:
    """Are the characters, all of them, one of the lexicon's labels (asked before its colon), or of a 督办 form's or a
    task's own fields (督 办事项:, 工作 任务: — a scan's stray space inside them)?"""
    whole = _WHOLE_LABEL.match(label + ":")
    return (whole is not None and whole.end() == len(label)) or _FIELD_WORD.fullmatch(label) is not None


# A label inside a bracket, after its opening or a ; (…(牵头单 位:甲局;配 合单位,乙局)), with a stray space a scan or a
# copy put into it, and maybe a comma for its colon.
# (The bracket or ; is part of the match, not a look behind: the search then skips from one to the next at C speed,
# ~7 -> 2 ms per MB of new text.)
_SPACED_INNER = re.compile(r"([(;])([\u4e00-\u9fff]{1,4}(?: [\u4e00-\u9fff]{1,4})+) *([:,])")
# (first asked with each mark as a literal that leads the search: ~2 -> 0.3 ms per MB where there is none)
# (the same after a space that parts two fields on a line; asked only where a label word's own characters stand apart)
_SPACED_AFTER_FIELD = re.compile(r"( )([\u4e00-\u9fff]{1,4}(?: [\u4e00-\u9fff]{1,4})+) *(:)")
_LABEL_CUTS = ("单 位", "领 导", "領 導", "部 门", "时 限", "牵 头", "配 合", "协 同", "责 任")
_SPACED_INNER_AT = tuple(re.compile(rf"{re.escape(mark)}[\u4e00-\u9fff]{{1,4}} [\u4e00-\u9fff]") for mark in "(;")


def _closed_inner_label(m: re.Match[str]) -> str:
    """The label closed up, its colon given back, where its characters make one of the lexicon's labels (a unit
    list spaced out, 市 自然资源局, stays as it is); the text as it is otherwise."""
    label = m.group(2).replace(" ", "")
    if not _whole_label(label):
        return m.group()
    # (the spaces after: the columns keep their places)
    return m.group(1) + label + ":" + " " * (len(m.group()) - len(label) - 2)


def _loose_field(m: re.Match[str]) -> str:
    """``label:names`` for such a line, when what follows the label is only names of bodies or people."""
    names = names_only(m.group("label"), m.group("names"))
    return f"{m.group('label')}:{names}" if names is not None else m.group()


# What such a label ends in, right before the space or dash: a quick test of the whole text first.
# (Its last character only, as a class: a scan for a class is several times quicker than for words.)
_LOOSE_HINT = re.compile(r"[位门門导導室工限间間点點] ?[ —－\-]")
_LOOSE_HINT_AT = ByLast(_LOOSE_HINT)  # asked only before the rare characters it ends with (gates.ByLast)


# ---- the stage ---------------------------------------------------------------------------------


# 1大力发展…(省科技厅、发展改革委): an item number that lost its dot, right before the item's words. Only
# where the line ends in the item's clause is it a number (1季度, 3家企业, 2024年 are words).
# (not a figure and its measure: 800套。 opening a line a page's break cut from its sentence)
_LOST_DOT = re.compile(
    r"^(\d{1,3})(?=[\u4e00-\u9fff])(?![年月日号个项家万亿元季度次批所条位名台辆套户座亩间栋张场件吨米天]|公里|平方)",
    re.MULTILINE,
)


# 1 推进…: a number parted from the item's words by a space where the dot was lost.
_SPACED_NUMBER = re.compile(
    r"^(\d{1,3}) (?=[\u4e00-\u9fff])(?![年月日号个项家万亿元季度次批所条位名台辆])", re.MULTILINE
)


def _spaced_numbers(text: str) -> str:
    """Lines numbered ``1 推进…``, ``2 新建…``: the numbers are the items' (1.推进…), where
    ``_counted_items`` says they are items."""
    # (under 一、 parts too: a number a space parts from its words is no ordinal of a sentence)
    if not _counted_items(text, _SPACED_NUMBER, lambda m: int(m.group(1)), parts=True):
        return text
    return _SPACED_NUMBER.sub(lambda m: f"{m.group(1)}.", text)


def _counted_items(
    text: str,
    marker: re.Pattern[str],
    number: Callable[[re.Match[str]], int],
    says: Callable[[str, int], bool] | None = None,
    parts: bool = False,
) -> bool:
    """Do the lines ``marker`` starts count 1, 2, 3 … (two or more), each naming who answers (``says``, by default
    ``_says_who``, asked with the line's start), in a notice with no numbering of its own (1. 一、 (一) (1); with
    ``parts``, 一、 parts may stand over them) and no table? Years, amounts and page numbers do not count so; rows of a
    table parted by spaces (1 指标… 区发改委) are the table stage's."""
    found = list(marker.finditer(text))
    numbers = [number(m) for m in found]
    other = _OTHER_ITEM_NUMBERING if parts else _OTHER_NUMBERING
    if len(found) < 2 or numbers != list(range(1, len(numbers) + 1)) or other.search(text):
        return False
    return not holds(text, "序号") and all((says or _says_who)(text, m.start()) for m in found)


# Any numbering of a notice's own: 1. 一、 (一) (1) at a line start.
_OTHER_NUMBERING = re.compile(
    r"^(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))", re.MULTILINE
)


# Numbering of items of a notice's own (1. (一) (1)): 一、 parts over the lines are none.
_OTHER_ITEM_NUMBERING = re.compile(r"^(?:\d{1,3}[.、]|\([一二三四五六七八九十\d]{1,3}\))", re.MULTILINE)


def _says_who(text: str, start: int) -> bool:
    """Does the line at ``start`` name who answers for it: a clause of its own (…(县教育局牵头)), or a
    duty field on the next line? Prose ordinals and numbers of a list that names no one (一是稳增长,…
    in a preamble; points inside an item) are no items."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    clause = split_inline(line.rstrip("。;. "))[1]
    if clause is not None and names_role(clause):
        return True
    following = text[end + 1 : text.find("\n", end + 1)] if end >= 0 else ""
    return bool(_LABEL.match(following.strip()))


# 一是… / 第二,… / 其三,…: a prose ordinal that starts a line, in a page with no numbers of its own.
_ORDINAL_LINE = re.compile(
    rf"^(?:([一二三四五六七八九十]{{1,3}}){ORDINAL_IS}|[第其]([一二三四五六七八九十]{{1,3}})[,、:])(?=[^\n])",
    re.MULTILINE,
)


def _ordinal_lines(text: str) -> str:
    """Lines that start with prose ordinals (一是…, 第二,…) where ``_counted_items`` says they are items:
    each numbered by its ordinal (1.一是…), the ordinal kept in its text, as written. Not where numbers
    stand alone on the lines above them (number_lines joins those)."""
    if _BARE_NUMBER_LINE.search(text) or not _counted_items(text, _ORDINAL_LINE, _ordinal):
        return text
    return _ORDINAL_LINE.sub(lambda m: f"{_ordinal(m)}.{m.group()}", text)


def _ordinal(m: re.Match[str]) -> int:
    return chinese_number(m.group(1) or m.group(2))


# 第1项 督办事项:… / 第二项、…: an item's number said with 第…项 (条) at a line's start, in a notice with no other numbering.
# (项目01 “红色物业”全覆盖: a list of projects numbered so, the title after the number)
_COUNTED_LINE = re.compile(
    # (第一件实事:…, 第3件:…: a list of the things a government promises, counted so)
    r"^(?:第(\d{1,3}|[一二三四五六七八九十]{1,3})(?:[项項条條]|件(?:实事|實事|事)?(?=[ \t\u3000]*:))|[项項]目 ?(\d{1,3})(?=[ \t\u3000:、.]))"
    r"(?:[ \t\u3000:、.]+|(?=[^\n]))",
    re.MULTILINE,
)
_COUNTED_LINE_AT = LineStart(_COUNTED_LINE)


def _counted_lines(text: str) -> str:
    """Lines opened by 第N项 or 项目01 where ``_counted_items`` says they are items (counting 1, 2, 3 …, each naming
    who answers on its line or in a duty field a few lines below): numbered N. instead (the words 第N项 are the
    number, no part of the item's text)."""
    # (一、 parts may stand over them: 一、实事内容 / 第一件实事:…(责任单位:…))
    if not _counted_items(text, _COUNTED_LINE, _counted, _fields_below, parts=True):
        return text
    return _COUNTED_LINE.sub(lambda m: f"{_counted(m)}.", text)


_FIELDS_LOOKED_AT = 4  # lines under a counted line where its duty fields may start (after 工作目标:…, 建设内容:…)


def _fields_below(text: str, start: int) -> bool:
    """Does the line starting at ``start`` name who answers (a clause of its own), or a duty field stand on one of
    the few lines below it (项目01 … / 工作目标:… / 项目长:… / 主责部门:…)?"""
    if _says_who(text, start):
        return True
    end = text.find("\n", start)
    for _ in range(_FIELDS_LOOKED_AT):
        if end < 0:
            return False
        nxt = text.find("\n", end + 1)
        line = text[end + 1 : nxt if nxt >= 0 else len(text)].strip()
        if _LABEL.match(line):
            return True
        if _COUNTED_LINE.match(line):
            return False
        end = nxt
    return False


def _counted(m: re.Match[str]) -> int:
    said = m.group(1) or m.group(2)
    return int(said) if said.isdecimal() else chinese_number(said)


_SPACED_NUMBER_AT, _ORDINAL_LINE_AT, _LOST_DOT_AT = (LineStart(p) for p in (_SPACED_NUMBER, _ORDINAL_LINE, _LOST_DOT))
# The three asked as one first: after each line break one try of their union (behind a class of the characters
# any of them starts with) costs about what one of them did, and most texts have none (1 MB: 27 -> 10 M
# instructions).
_ANY_OF_THE_THREE = re.compile(
    "^(?:" + "|".join(f"(?:{p.pattern[1:]})" for p in (_SPACED_NUMBER, _ORDINAL_LINE, _LOST_DOT)) + ")", re.MULTILINE
)
_ANY_OF_THE_THREE_AT = LineStart(_ANY_OF_THE_THREE)


# 2.2007年底前建成…: an item's number before a year its sentence opens with, no decimal (2.2007 年 is no figure): a
# space after the dot keeps the two apart (2. 2007年…, as a 3. 5G基站 line is written).
_YEAR_AFTER_DOT = re.compile(r"^(\d{1,3})\.(?=(?:19|20)\d\d年)", re.MULTILINE)
_YEAR_AFTER_DOT_AT = LineStart(_YEAR_AFTER_DOT)
# 1.30万户农村沼气池…, 3.2.5亿元…: an item's number before a figure its sentence opens with (the figure's unit
# after it), no decimal 1.30 (see _figures_after_numbers).
_FIGURE_AFTER_DOT = re.compile(
    r"^(\d{1,3})\.(?=\d{1,5}(?:\.\d{1,3})?(?:万|亿|千|百|[%％亩米吨元户人名座条套台辆次倍个家所项]))", re.MULTILINE
)
_FIGURE_AFTER_DOT_AT = LineStart(_FIGURE_AFTER_DOT)
# Every line that opens with a number and a mark, for the count the numbers keep.
_NUMBER_AT_LINE = re.compile(r"^[ \t\u3000]*(\d{1,3})[.、](?=\S)", re.MULTILINE)


def _figures_after_numbers(text: str) -> str:
    """Lines that open with a number, a dot and a figure (1.30万户…, 2.5000所…, 3.2.5亿元…) where that number is the
    next of the count the numbered lines keep (1, 2, 3 …): the item's number, a space after its dot (1. 30万户…),
    as a 2. 2007年 line is. A figure whose number breaks the count (a wrapped line 1.5万亩… after item 3) stays."""
    figures = {m.start() for m in _FIGURE_AFTER_DOT.finditer(text)}
    last = 0
    mended: list[int] = []
    for m in _NUMBER_AT_LINE.finditer(text):
        number = int(m.group(1))
        if m.start() in figures:
            if number != last + 1:
                continue  # (no item's number: a figure that opens a line)
            mended.append(m.end())
        last = number
    for at in reversed(mended):
        text = f"{text[:at]} {text[at:]}"
    return text


# 1.1 全市地区生产总值增长…, 2.3 新建…: an item numbered by its part and its place in the part.
# (1-1 as well: a PDF's 1-1 地区生产总值…, the part and the place parted by a hyphen — not 1-3月, a span of months)
_COMPOUND_NUMBER = re.compile(
    r"^(\d{1,2})[.-](\d{1,3})(?![月日号年季周天])(?= *[\u4e00-\u9fff])", re.MULTILINE
)  # (a cell of a row: no)
_COMPOUND_NUMBER_AT = LineStart(_COMPOUND_NUMBER)
_PLAIN_TASK_LINE = re.compile(r"^\d{1,3}(?:[、)]|\.(?!\d))", re.MULTILINE)


def _compound_numbers(text: str) -> str:
    """Items numbered 1.1, 1.2, 2.1 … (part, then place in the part) in a notice with no plain item numbers (1. 2.
    would make them a task's points): each is its place's number (1.1 → 1.), as a part's items are numbered. Only
    where they count 1, 2, 3 … within each part and the parts count on; the characters keep their columns."""
    found = list(_COMPOUND_NUMBER.finditer(text))
    if len(found) < 2:
        return text
    last = (0, 0)
    for m in found:
        part, place = int(m.group(1)), int(m.group(2))
        if not ((part == last[0] and place == last[1] + 1) or (part > last[0] and place == 1)):
            return text
        last = (part, place)
    heads: list[re.Match[str]] = []
    if _PLAIN_TASK_LINE.search(text):
        heads = _part_heads(text, found)
        if not heads:
            return text
    text = _COMPOUND_NUMBER.sub(lambda m: f"{m.group(2)}.".ljust(len(m.group())), text)
    # 1. 安全环保 over 1.1, 1.2 …: the part's heading, numbered as a section is (一、安全环保); under a section of the
    # notice's own (一、全年目标 / 1.经济指标 / 1.1 …) as a subsection is ((一)经济指标)
    within = bool(heads) and _SECTION_LINE.search(text, 0, heads[0].start()) is not None
    for head in reversed(heads):
        numeral = to_chinese(int(head.group(1)))
        number = f"({numeral})" if within else f"{numeral}、"
        text = text[: head.start()] + number.ljust(head.end() - head.start()) + text[head.end() :]
    return text


_SECTION_LINE = re.compile(r"^[一二三四五六七八九十]{1,3}[、.]", re.MULTILINE)
# 1. 安全环保: a part's heading line over its items 1.1, 1.2 … (a few words, no sentence mark nor field).
_PART_HEAD = re.compile(r"^(\d{1,2})[.、] *(?=[^\n.,。;:\d]{2,20}$)", re.MULTILINE)


def _part_heads(text: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The plain-numbered lines of a notice numbered 1.1, 1.2, 2.1 … where each is the heading of its part: every
    such line is a short title numbered as the part whose items follow it, and every part has one, printed
    before its first item and after the items of the part before. Empty where any plain-numbered line is no such
    heading (1. 2. then are tasks and 1.1 their points)."""
    heads = list(_PART_HEAD.finditer(text))
    if len(heads) != len(_PLAIN_TASK_LINE.findall(text)):
        return []
    firsts = [m for m in found if m.group(2) == "1"]
    if [int(h.group(1)) for h in heads] != [int(m.group(1)) for m in firsts]:
        return []
    previous = 0  # where the items of the part before end
    for head, first in zip(heads, firsts, strict=True):
        if not previous <= head.start() < first.start():
            return []
        previous = max(m.start() for m in found if m.group(1) == first.group(1))
    return heads


def restore_lost_dots(text: str) -> str:
    """Lines that start with a number glued to the item's words and end in its clause get the dot back
    (the line count and every other character stay); so do numbers parted from the words by a space."""
    # Each check asks its pattern at line starts only (scans.LineStart: these usually find nothing, issue 13).
    # (two literal scans first: C speed)
    if (holds(text, ".20") or holds(text, ".19")) and _YEAR_AFTER_DOT_AT.found(text):
        text = _YEAR_AFTER_DOT.sub(r"\1. ", text)
    if _FIGURE_AFTER_DOT_AT.found(text):
        text = _figures_after_numbers(text)
    if (holds(text, ".1") or holds(text, "-1")) and _COMPOUND_NUMBER_AT.found(text):
        text = _compound_numbers(text)
    if ("第" in text or "目" in text) and _COUNTED_LINE_AT.found(text):
        text = _counted_lines(text)
    if holds(text, "。(") and _NUMBER_AFTER_AT.found(text):
        text = _numbers_after_text(text)
    if not _ANY_OF_THE_THREE_AT.found(text):
        return text
    if " " in text and _SPACED_NUMBER_AT.found(text):
        text = _spaced_numbers(text)
    if "是" in text or "第" in text or "其" in text:
        text = _ordinal_lines(text) if _ORDINAL_LINE_AT.found(text) else text
    if not _LOST_DOT_AT.found(text):
        return text

    fielded = _glued_over_fields(text)

    def fix(m: re.Match[str]) -> str:
        end = text.find("\n", m.end())
        line = text[m.start() : end if end >= 0 else len(text)]
        if m.start() in fielded:
            return m.group(1) + "."
        return m.group(1) + "." if _has_clause(line.rstrip("。;. ")) and _ends_in_bracket(line) else m.group(1)

    return _LOST_DOT.sub(fix, text)


# …达到285亿元。(1): an item whose number is printed after its text, in brackets at the line's end.
_NUMBER_AFTER = re.compile(r"^(?P<text>[^\n]*?[。;])[ \t]*\([ \t]*(?P<n>\d{1,3})[ \t]*\)[ \t]*$", re.MULTILINE)
_NUMBER_AFTER_AT = LineStart(_NUMBER_AFTER)
_AFTER_LEAST = 3  # such lines, counting on, before the numbers are read as the items'


def _numbers_after_text(text: str) -> str:
    """Items numbered after their text (…达到285亿元。(1), …。(2), … counting on by one, three or more): each number
    put before its text as an item's is (1.…), the line's characters otherwise as they were."""
    found = list(_NUMBER_AFTER.finditer(text))
    numbers = [int(m.group("n")) for m in found]
    if len(found) < _AFTER_LEAST or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return text
    if wrap_width(text.split("\n")) is not None:
        return text  # (hard-wrapped at a width: …100亿元。(1) / 优化…, the next item's number cut onto the line before)
    return _NUMBER_AFTER.sub(lambda m: f"{m.group('n')}.{m.group('text')}", text)


def _glued_over_fields(text: str) -> frozenset[int]:
    """Where lines start with a number glued to a short title (1优化就业创业服务), a duty field on the lines below each
    (牵头单位:市人社局): a list whose dots a copy lost, where the numbers count 1, 2, 3 … — the lines' starts."""
    found: list[tuple[int, int]] = []
    for m in _LOST_DOT.finditer(text):
        end = text.find("\n", m.end())
        line = text[m.end() : end if end >= 0 else len(text)]
        if (
            len(line) <= _GLUED_TITLE_MAX
            and "。" not in line.rstrip("。")
            and _FIELD_SOON.match(text, end + 1 if end >= 0 else len(text))
        ):
            found.append((m.start(), int(m.group(1))))
    counted = [at for k, (at, n) in enumerate(found) if n == 1 or (k and found[k - 1][1] == n - 1)]
    return frozenset(counted) if len(counted) >= 2 and len(counted) == len(found) else frozenset()


_GLUED_TITLE_MAX = 40

# 1 / 一是切实加强…: a list whose numbers stand alone on their lines (an HTML list copied as text).
# (not before a field's label, 1 / 牵头单位:…: a table's number and a cell; a topic with a colon is an item's words,
# 01 / 学有优教:新建…)
_BARE_NUMBER_LINE = lazy(rf"^(\d{{1,3}})\n(?=[^\d\n|\s])(?!(?:{lexicon('LABEL')}) *:)", re.MULTILINE)
_NUMBERED_LINE = re.compile(r"^(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、)", re.MULTILINE)


# A post's part: a zero-padded number (01, 02 …) alone on its line or before its title on the line (01 | 稳住经济基本盘),
# the title within the next two lines: a few words, no sentence, no field, no number of its own.
_PART = re.compile(r"^0(?P<no>[1-9])(?:\n{1,3}| *[|丨｜/]? *)(?P<title>(?![\d(])[^\n:。;]{2,30})$", re.MULTILINE)
_TASK_START = re.compile(r"^\d{1,3}[.、]", re.MULTILINE)
_PART_ITEM = re.compile(r"^(?:\d{1,3}[.、]|\(\d{1,3}\))", re.MULTILINE)  # (1. or (1): the items under a part


# A post's item drawn with a bullet instead of a number (▶ 新建改建口袋公园12个), its duty fields on the lines below.
_BULLET_LINE = re.compile(r"^[▶►▸➤→•] *(?=[^\s▶►▸➤→•])", re.MULTILINE)
_FIELD_SOON = lazy(rf"^\n*(?:[^\n]*\n){{0,2}}\n*(?:{lexicon('LABEL')}) *:", re.MULTILINE)


def bulleted_items(text: str) -> str:
    """A post's items drawn with bullets, not numbers (▶ …, each with its 责任单位: … lines below): numbered 1, 2, 3 …
    in order through the post (the bullet and its space become the number; the line count stays). Only in a text
    with no numbered line of its own, and where every bulleted line has a duty field within its next lines."""
    if not any(ch in text for ch in "▶►▸➤→•"):
        return text
    found = list(_BULLET_LINE.finditer(text))
    if len(found) < 2 or _TASK_START.search(text) is not None:
        return text
    if any(_FIELD_SOON.match(text, _next_line(text, m.end())) is None for m in found):
        return text
    count = iter(range(1, len(found) + 1))
    return _BULLET_LINE.sub(lambda m: f"{next(count)}.", text)


# A task drawn with a dash instead of a number (——千方百计扩大投资需求,…,由X负责,Y牵头,Z配合;), in a news report.
_DASH_LINE = re.compile(r"^ *(?:——|--|—|－－)(?=[^\s—－-])", re.MULTILINE)


def dashed_items(text: str) -> str:
    """A report's tasks drawn with dashes (——…,由常务副省长X负责,省发改委牵头,Y配合;): numbered 1, 2, 3 … in order (the
    dash becomes the number; the line count stays). Only in a text with no numbered line of its own, where two or
    more dash lines and two in three of them name who answers in their own sentence (a dash line that names no one
    is a point of a paragraph, or a quote's source)."""
    if "—" not in text and not holds(text, "--") and "－" not in text:
        return text
    found = list(_DASH_LINE.finditer(text))
    if len(found) < 2 or _TASK_START.search(text) is not None:
        return text
    said = sum(1 for m in found if _says_who_here(text[m.end() : _next_line(text, m.end())]))
    if said < 2 or said * 3 < len(found) * 2:
        return text
    count = iter(range(1, len(found) + 1))
    return _DASH_LINE.sub(lambda m: f"{next(count)}.", text)


def _says_who_here(line: str) -> bool:
    """Does the line name who answers for it: in a sentence's last groups, or in a bracket?"""
    clause = split_inline(line.strip().rstrip(";。"))[1]
    return says_who(line.strip()) or (clause is not None and names_role(clause))


def _next_line(text: str, at: int) -> int:
    """Where the line after the one holding ``at`` starts (the text's end after its last line)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end + 1


def numbered_parts(text: str) -> str:
    """A post's parts numbered 01, 02 … over its list (a WeChat article: 01 / 稳住经济基本盘 / 1.… 2.… / 02 / …):
    each part's title becomes a section's heading (一、稳住经济基本盘), its number's line left empty (the line
    count stays). Only where the parts count 01, 02 … in order and each holds numbered items of its own."""
    if not holds(text, "\n01") and not text.startswith("01"):
        return text
    found = list(_PART.finditer(text))
    if len(found) < 2 or [int(m.group("no")) for m in found] != list(range(1, len(found) + 1)):
        return text
    ends = [m.start() for m in found[1:]] + [len(text)]
    if any(_PART_ITEM.search(text, m.end(), end) is None for m, end in zip(found, ends, strict=True)):
        return text

    def heading(m: re.Match[str]) -> str:
        gap = m.group()[1 + len(m.group("no")) : m.start("title") - m.start()]
        return "\n" * gap.count("\n") + f"{to_chinese(int(m.group('no')))}、{m.group('title').strip()}"

    return _PART.sub(heading, text)


def number_lines(text: str) -> str:
    """Numbers alone on their lines, counting 1, 2, 3 …, each before a line of text: the number joins
    that line as its numbering (1.一是…), its own line left empty (the line count stays). Not in a
    table (序号 cells stand alone on their lines too), and only for two or more in sequence."""
    # The numbered line first: a numbered notice has one near its start, while a search for a bare
    # number runs through the whole of a text that has none (1 MB: 1.9 ms, issue 13).
    if SERIAL.found(text) or _NUMBERED_LINE.search(text) or _BARE_NUMBER_LINE.search(text) is None:
        return text  # a notice with numbered lines of its own: a number alone is a page number
    found = list(_BARE_NUMBER_LINE.finditer(text))
    numbers = [int(m.group(1)) for m in found]
    if len(found) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return text
    return _BARE_NUMBER_LINE.sub(lambda m: f"\n{m.group(1)}.", text)


def _ends_in_bracket(line: str) -> bool:
    return line.rstrip().rstrip("。;.").endswith(tuple(CLOSERS))


# A cell that closes with its border at the end of its own line (杨 宜 |): one cell per line, each closed.
_CLOSED_CELL = re.compile(r"^[^|]*[^|\s] \|$")


def recover(text: str) -> Layout:
    """Logical lines from normalised text; the identity (no copy, no map) when nothing changes.

    A notice of well-formed lines costs two regular-expression scans: only lines with a marker or a
    label inside them (not at their start) are looked at in Python."""
    if "(" in text and _OPEN_TO_NEXT_ITEM.search(text) and _UNCLOSED.search(text):
        # …。(责任领导:张三;牵头单位:市发改委;责任单位:市财政局 — a bracket of fields the page never closed: it
        # ends with its line.
        text = _UNCLOSED.sub(r"\g<0>)", text)
    if holds(text, " :") or (" " in text and _SPACED_LABEL_HINT.search(text) and _SPACED_LABEL_AT.found(text)):
        # 责 任 领 导:丁浩 → 责任领导:丁浩 (the line stays); tried at line starts only (a web page's 索 引 号: in front
        # of most notices: ``^`` at every character, ~3 ms per MB, issue 13)
        text = _SPACED_LABEL_LINES.sub(_closed_label, text)
    if " " in text and any(gate.search(text) for gate in _SPACED_INNER_AT):
        text = _SPACED_INNER.sub(_closed_inner_label, text)  # (牵头单 位:…;配 合单位,… → (牵头单位:…;配合单位:…
    if " " in text and any(holds(text, cut) for cut in _LABEL_CUTS):
        # 分管领导:唐明亮 牵头单 位:县经济局 — a scan's stray space in a label after a space that parts two fields
        text = _SPACED_AFTER_FIELD.sub(_closed_inner_label, text)
    if _BARE_ROLE_AT.found(text):
        text = _BARE_ROLE.sub(_role_label, text)  # 配合:县统计局 → 配合单位:县统计局 (the line stays)
    if _LOOSE_HINT_AT.found(text):
        text = _LOOSE_LABEL.sub(_loose_field, text)  # one line for one line: the line numbers hold
    kept = _without_page_lines(text)
    if kept is not None:
        # A page's number between two lines (— 3 —, a PDF's footer, even inside a bracket or a table's row):
        # no line of the notice; the lines around it are read as if it were not there.
        width: int | None = None
        if (spaced := _spaced_wrap(text, kept)) is not None:
            kept, width = spaced
        else:
            width = _wrap_outside_cells(text, [line for _, line in kept[:_WRAP_SAMPLE]])
        if width:
            kept = [(kept[k][0], line) for k, line in _unwrapped_kept(kept, width)]
        elif not SERIAL.found(text) and "|" not in text:
            kept = _joined_over_breaks(kept)  # (prose only: a table's cells are lines of their own on both sides)
        return _recover_lines(_join_unwrapped(kept), True)
    if (spaced := _spaced_wrap(text)) is not None:
        kept, wrapped_at = spaced
        return _recover_lines(
            _join_unwrapped([(kept[k][0], line) for k, line in _unwrapped_kept(kept, wrapped_at)]), True
        )
    width = _wrap_outside_cells(text, text.split("\n", _WRAP_SAMPLE)[:_WRAP_SAMPLE])
    lines: list[str] | None = None
    joined: list[tuple[int, str]] | None = None
    if width is None and (goes_on := _broken_lines(text)):
        lines = text.split("\n")
        joined = _join_broken(lines, goes_on)
        if joined is not None:
            joined = _joined_again(joined)
    if width is None and joined is None and "|" not in text and not SERIAL.found(text):
        return _split_candidates(text)
    if lines is None:
        lines = text.split("\n")
    numbered = joined or (unwrap(lines, width) if width else list(enumerate(lines, 1)))
    if width and (_BROKEN_AT.search(text) or _OPEN_AT_END.search(text) or _OPEN_LIST_AT.search(text)):
        numbered = _join_unwrapped(numbered)  # a line the wrap left short, broken where no line may break
    return _recover_lines(numbered, width is not None or joined is not None)


# Cheap first: a line that starts with a dashed number, or ends in 页 (each ~1 ms per million characters, the
# pattern above at every line start ~5).
_DASHED_NUMBER = r" *[—–\-－·•]{1,2} *\d{1,4} *[—–\-－·•]{1,2} *(?:\n|$)"
# (After each line break a class of the characters such a line may start with first: most lines are turned away
# by it at once, 10.7 -> 7.1 M instructions per MB of normalised notice; starts.first_check.)
_DASHED_NUMBER_AT = re.compile(r"\n" + first_check(_DASHED_NUMBER, 0) + f"(?:{_DASHED_NUMBER})")
_PAGE_WORD_AT = re.compile(r"页 *(?:\n|$)")


def _without_page_lines(text: str) -> list[tuple[int, str]] | None:
    """The lines (with their numbers) but those holding only a page's number; None when there is none."""
    heads_too = any(dash in text and pattern.search(text) for dash, pattern in _HEAD_THEN_NUMBER_AT)
    footed = _FOOT_THEN_NUMBER_AT.search(text) is not None
    if _DASHED_NUMBER_AT.search(text) is None and _PAGE_WORD_AT.search(text) is None and not heads_too and not footed:
        return None
    lines = text.split("\n")
    pages = {k for k, line in enumerate(lines) if PAGE_LINE.fullmatch(line)}
    if heads_too:
        pages |= _heads_with_numbers(lines)
    if footed:
        pages |= _feet_with_numbers(lines)
    if not pages:
        return None
    pages |= _running_heads(lines, pages)
    # (开通VIP,畅享免费下载 over a sharing site's page number: the site's chrome at the break, as the number is)
    pages |= {j for k in list(pages) for j in (k - 1, k + 1) if 0 <= j < len(lines) and is_junk(lines[j].strip())}
    # The blank lines around a page's foot and head are the page break's too: a sentence or a bracket the page cut
    # (…(体 / — 1 — / 制改革处…) goes on over them as over a wrap. Not in a table one cell per line whose header the new
    # page prints again: there a blank line is an empty cell (a merged one's lower place), the row's own.
    cells = has_cell_table(text)
    for k in sorted(pages):
        # (where the table's header is printed again after the number, 序号 …: a cell table's page break)
        for step in () if cells and _header_again_after(lines, k) else (-1, 1):
            j = k + step
            while 0 <= j < len(lines) and not lines[j].strip("\f \t\u3000") and j not in pages:
                pages.add(j)
                j += step
    return [(n, line) for n, line in enumerate(lines, 1) if n - 1 not in pages]


def _header_again_after(lines: list[str], page: int) -> bool:
    """Is the first line after the page's number (and the blank lines after it) a table's 序号, its header again?"""
    k = page + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k < len(lines) and lines[k].strip() == "序号"


_HEAD_LINES = 5  # the title's lines, where a running head's words come from
# A page's head or foot with its number on one line: the title's words, spaces, — 3 — (2024年…责任分解   -3-).
# (one search per dash, each led by its literal: a class of the four dashes first is scanned slowly, ~7 ms per MB;
# a dashed number at a line's end is all it asks, the line itself is read by _HEAD_THEN_NUMBER)
_HEAD_THEN_NUMBER_AT = tuple(
    (dash, re.compile(rf"{re.escape(dash)}{re.escape(dash)}? *\d{{1,4}} *[—–\-－]{{1,2}} *(?:\n|$)"))
    for dash in "—–-－"
)
_HEAD_THEN_NUMBER = re.compile(r"^ *(?P<head>[^ ].{4,40}?) +[—–\-－]{1,2} *\d{1,4} *[—–\-－]{1,2} *$")


# A page's foot of a line and a bare number under it, a blank line either side (…管委会 / ⏎ / 某市人民政府办公室 / 1 /
# ⏎ / 序号): a PDF's text of a page whose footer prints the issuer over the page's number.
_FOOT_THEN_NUMBER_AT = re.compile(r"\n\n[^\n]{2,40}\n\d{1,3}\n(?:\n|$|序号\n)")
_FOOT_PAGES = 2  # pages whose foot prints the same line over their numbers, at least


def _feet_with_numbers(lines: list[str]) -> set[int]:
    """Bare page numbers and the line over each (the same line over two numbers or more, counting on, a blank
    line above it and below the number — or the table's header printed again below it): a page's foot printed as its
    own lines. A table's cells never stand so (a row's 序号 follows its row's last cell with no blank line, and the
    cell over it changes)."""
    feet: dict[str, list[int]] = {}
    header_after: set[int] = set()  # numbers with the table's header printed again right under them
    for k in range(1, len(lines)):
        line = lines[k].strip()
        if not line.isdigit() or len(line) > 3 or k < 2:
            continue
        above, over = lines[k - 1].strip(), lines[k - 2].strip()
        below = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if above and not over and below in ("", "序号") and not above.isdigit():
            feet.setdefault(above, []).append(k)
            if below == "序号":
                header_after.add(k)
    found: set[int] = set()
    for at in feet.values():
        numbers = [int(lines[k]) for k in at]
        # (one page's foot is enough where the table's header is printed again right under its number)
        if (len(at) >= _FOOT_PAGES or header_after.issuperset(at)) and numbers == sorted(set(numbers)):
            found.update(k for n in at for k in (n - 1, n))
    return found


def _heads_with_numbers(lines: list[str]) -> set[int]:
    """Lines that print the notice's title (words of its first lines, no sentence) and a page's number."""
    found: set[int] = set()
    for k in range(1, len(lines)):
        m = _HEAD_THEN_NUMBER.match(lines[k])
        if m is None or any(mark in m.group("head") for mark in "。,;:"):
            continue
        # (the title's lines but this one: a head may fall in the first item's bracket, among the first lines)
        head = "".join(line.strip() for j, line in enumerate(lines[:_HEAD_LINES]) if j != k)
        if m.group("head").strip() in head:
            found.add(k)
    return found


def _running_heads(lines: list[str], pages: set[int]) -> set[int]:
    """Lines next to a page's number that print the notice's title again at the page's head or foot (…责任清单
    after — 3 —): words of the first lines, or a title marked continued (…任务分解(续)), no sentence. Dropped with
    the page's number."""
    # (the title may wrap over the first lines: …重点工作 / 责任分解方案的通知, its words looked for across them)
    head = "\n".join(lines[:_HEAD_LINES]) + "\n" + "".join(line.strip() for line in lines[:_HEAD_LINES])
    found: set[int] = set()
    beside: dict[str, list[int]] = {}  # each line next to a page's number, by its words
    first_at: dict[str, int] | None = None  # where each line is first printed (made at the first line that needs it)
    for p in pages:
        for step in (1, -1):
            k = p + step
            while 0 <= k < len(lines) and not lines[k].strip() and abs(k - p) < 3:
                k += step
            line = lines[k].strip() if 0 <= k < len(lines) else ""
            if (
                6 <= len(line) <= _RUNNING_HEAD_LONGEST
                and not any(mark in line for mark in "。,;:、")
                and _TABLE_HEADER_WORDS.search(line) is None  # (序号 牵头单位 …: a table's header printed again)
            ):
                beside.setdefault(" ".join(line.split()), []).append(k)
            # (…责任分解方案      天政办发〔2024〕7号: the title and the document's number spaced apart, each of the head)
            parts = line.split()
            if (
                k >= _HEAD_LINES
                and 6 <= sum(map(len, parts)) <= _RUNNING_HEAD_LONGEST
                and not any(mark in line for mark in "。,;:")
                and all(len(part) >= 2 and (part in head or part.endswith(("(续)", "（续）"))) for part in parts)
            ):
                found.add(k)
            elif 6 <= len(line) <= _RUNNING_HEAD_LONGEST and not any(mark in line for mark in "。,;:、"):
                # (包钢集团2025年重点工作任务分解表 after — 2 —: the table's title, printed whole before the table, again
                # at the new page's head)
                if first_at is None:
                    # (only the lines before the list's first item or row: a title, never a cell printed again)
                    first_at = {}
                    for n, earlier in enumerate(lines):
                        if _FIRST_ENTRY.match(earlier):
                            break
                        first_at.setdefault(earlier.strip(), n)
                if first_at.get(line, k) < k:
                    found.add(k)
    for at in beside.values():
        if len(set(at)) >= 2:
            found.update(at)  # 江西省人民政府公报 2023年第6期 by two pages' numbers or more: the gazette's own head
    return found


_RUNNING_HEAD_LONGEST = 60
# The list's first item or row: 1 alone (a table's 序号 cell), 1. / 1、 / 一、 at a line's start.
_FIRST_ENTRY = re.compile(r"\s*(?:1|一)(?:[.、]|\s*$)")
_TABLE_HEADER_WORDS = re.compile(r"序号|单位|部门|领导|责任|牵头|配合|任务|工作")


_SPACED_GLANCE = 400  # lines: the quick look of ``_spaced_wrap``


def _spaced_wrap(text: str, numbered: list[tuple[int, str]] | None = None) -> tuple[list[tuple[int, str]], int] | None:
    """A text hard-wrapped at one width that prints each of its lines as a paragraph (a PDF's lines on a web page:
    line, blank, line, blank …): its lines without the blanks (``numbered``'s, or the text's own numbered from 1) and
    the width, or None. The blanks part nothing there, and they stop the wrap's joining (a blank line after each full
    one: a clause cut in two read as two). Most lines have a blank after them and most blanks stand alone; a page whose
    paragraphs a blank parts is no wrap: they end at sentence ends (``wrap_width``) and are left as they are. Told on
    the text's first lines (a wrap runs through the text); the whole text is walked only where they show one."""
    if text.count("\n\n") * 3 < text.count("\n"):
        return None  # (cheap first: in such a text about every other line break starts a blank line)
    # (a quick look first, at the first few hundred lines: blanks standing alone between lines, and the long lines
    # mostly of one length — a page of paragraphs fails it at once and costs no wrap reading)
    glance = [
        line.strip()
        for line in (
            text.split("\n", _SPACED_GLANCE)[:_SPACED_GLANCE]
            if numbered is None
            else (line for _, line in numbered[:_SPACED_GLANCE])
        )
    ]
    kept = [line for line in glance if line]
    blanks = len(glance) - len(kept)
    alone = sum(1 for k in range(1, len(glance) - 1) if not glance[k] and glance[k - 1] and glance[k + 1])
    if len(kept) < 8 or blanks * 10 < len(kept) * 8 or alone * 10 < blanks * 8:
        return None
    lengths = Counter(len(line) for line in kept if len(line) >= _WRAP_MIN)
    if not lengths:
        return None
    most = max(lengths, key=lambda n: (lengths[n], n))
    if sum(lengths[n] for n in range(most - _slack(most), most + 2)) * 3 < len(kept):
        return None
    head = numbered[: 2 * _WRAP_SAMPLE] if numbered is not None else enumerate(text.split("\n", 2 * _WRAP_SAMPLE), 1)
    sample = [line for _, line in head if line.strip()][:_WRAP_SAMPLE]
    width = _wrap_outside_cells(text, sample)
    if not width:
        return None
    # A wrap leaves no line wider than its width, and most lines as wide as it: a page's paragraphs run past a
    # heading's width (…专项行动计划, 21 characters, then a paragraph of 80), a table's cells fall short of it.
    over = sum(1 for line in sample if len(line.strip()) > width + 1)
    full = sum(1 for line in sample if width - _slack(width) <= len(line.strip()) <= width + 1)
    if over * 10 > len(sample) or full * 2 < len(sample):
        return None
    lines = numbered if numbered is not None else list(enumerate(text.split("\n"), 1))
    return [(n, line) for n, line in lines if line.strip()], width


def _unwrapped_kept(numbered: list[tuple[int, str]], width: int) -> list[tuple[int, str]]:
    """``unwrap`` of the kept lines, each logical line with the index (in ``numbered``) of its first line."""
    return [(k - 1, line) for k, line in unwrap([line for _, line in numbered], width)]


# A line broken where no line may break (a PDF's wrap on a page too short to tell its width by): the next line
# opens with a mark that never starts a line (、 , ; : 。 or a closing bracket), or a bracket left open at a
# line's end closes on the next line (…(牵头单位:市农业农村局;数据提供单位 / :市统计局).
# A list left open with 、 at a line's end goes on too (…县科技局、 / 县商务局).
# (Searches each with a literal first character re skips ahead to: as one alternation ~5x slower.)
_BROKEN_AT = re.compile(r"\n(?:[,、;:。)]|[\u4e00-\u9fff]{1,3} *:)")
_OPEN_LIST_AT = re.compile(r"、 *\n")
# (a name's own bracket inside, whole on its line, 各乡(镇)、街道, is no end of the bracket of fields)
_IN_BRACKET = r"(?:[^()\n]|\([^()\n]*\))*"
_OPEN_AT_END = re.compile(rf"\({_IN_BRACKET}\n(?:{_IN_BRACKET}\n){{0,4}}{_IN_BRACKET}\)")
_NEVER_STARTS = frozenset(",、;:。)")


def _broken_lines(text: str) -> list[int]:
    """The lines (0-based) that may go on the line before them, found by the two searches."""
    starts = [m.start() + 1 for m in _BROKEN_AT.finditer(text)]
    starts += [m.end() for m in _OPEN_LIST_AT.finditer(text)]
    for m in _OPEN_AT_END.finditer(text):
        # (each line of a bracket broken over three or four lines: …(牵头单位:市农业农 / 村局;责任单位:… / 民政府))
        at = text.index("\n", m.start())
        while 0 <= at < m.end():
            starts.append(at + 1)
            at = text.find("\n", at + 1)
    if holds(text, "\n《"):
        starts += [m.end() for m in _TITLE_AFTER_BREAK.finditer(text)]
    found: list[int] = []
    line = 0
    pos = 0
    for at in sorted(set(starts)):
        line += text.count("\n", pos, at)
        pos = at
        found.append(line)
    return found


def _joined_again(joined: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The broken lines looked for once more in the lines joined once: a join may make the bracket another break
    opened whole (…(\n牵头领导:…;配合单位:各乡(镇\n)、街道): only once (镇 and )、街道) are one line does the bracket
    of fields close on it). Each line keeps the number of the source line it starts on."""
    text = "\n".join(line for _, line in joined)
    goes_on = _broken_lines(text)
    again = _join_broken([line for _, line in joined], goes_on) if goes_on else None
    if again is None:
        return joined
    return [(joined[k - 1][0], line) for k, line in again]


def _join_broken(lines: list[str], candidates: list[int]) -> list[tuple[int, str]] | None:
    """The numbered lines, each candidate that goes on the line before it glued to it (the logical line keeps
    the number of the line it starts on); None when none does. Only the candidates are looked at, and the
    numbered list is made only when one joins: a pair for every line of a large text, made and thrown away,
    was the parse's peak of memory (issue 13: 4.3x -> 6.4x the input at 1 MB)."""
    host_of: dict[int, int] = {}  # a joined line -> the line it was glued to
    grown: dict[int, str] = {}  # a line that took others -> its text now
    for index in sorted(set(candidates)):
        if index <= 0 or index >= len(lines):
            continue
        host = host_of.get(index - 1, index - 1)
        before = grown.get(host, lines[host])
        text = lines[index].strip()
        if text and (_goes_on_line(before, text) or _inside_open_clause(before, lines[index : index + _CLAUSE_LINES])):
            grown[host] = before.rstrip() + text
            host_of[index] = host
    if not host_of:
        return None
    return [(k, grown.get(k - 1, line)) for k, line in enumerate(lines, 1) if k - 1 not in host_of]


# What opens a line of its own after a page's break: an item's or a heading's number, a field's label, a table's row.
_OWN_LINE_START = re.compile(
    r"^\s*(?:\d{1,3}\s*[.、)]|\d{1,3}\s|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}[、.]"
    r"|第[一二三四五六七八九十\d]{1,3}[条项章]|附件|[\u4e00-\u9fff]{2,8}\s*:|\|)"
)


_CUT_SENTENCE_LEAST = 15  # characters: a line a page's break cut mid-sentence is a paragraph's, not a title's
_LABEL_ROOM = 10


def _joined_over_breaks(kept: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A sentence a page's break cut (…新开工公共租赁住房 / 第2页 共9页 / 800套。(…)): where the lines left on both
    sides of a break were not next to each other, the one before ends no sentence, clause nor bracket, and the one
    after opens nothing of its own, the two are one line (the first's number kept)."""
    out: list[tuple[int, str]] = []
    for number, line in kept:
        if (
            out
            and number > out[-1][0] + 1
            and len(before := out[-1][1].rstrip()) >= _CUT_SENTENCE_LEAST
            and before[-1] not in "。;:!?)]】.|"
            and ":" not in before[:_LABEL_ROOM]  # (完成时限:2008年12月: a field's line, whole)
            and (after := line.strip())
            and "  " not in after  # (a page's furniture in columns: 第 2 页 共 6 页    Converted by …)
            and "页" not in after
            and _OWN_LINE_START.match(line) is None
        ):
            out[-1] = (out[-1][0], before + after)
        else:
            out.append((number, line))
    return out


def _join_unwrapped(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each line that goes on the line before it (``_goes_on_line``) glued to it."""
    out: list[tuple[int, str]] = []
    for k, (number, line) in enumerate(numbered):
        text = line.strip()
        if (
            out
            and text
            and (
                _goes_on_line(out[-1][1], text)
                # (the list of the lines after made only after a line that holds a bracket)
                or (
                    "(" in out[-1][1]
                    and _inside_open_clause(out[-1][1], [n for _, n in numbered[k : k + _CLAUSE_LINES]])
                )
            )
        ):
            out[-1] = (out[-1][0], out[-1][1].rstrip() + text)
        else:
            out.append((number, line))
    return out


_CLAUSE_LINES = 5  # a bracket of fields a wrap broke: its middle lines and the one that closes it, at most


_NAME_BRACKET = re.compile(r"\([^()\n]*\)")


def _inside_open_clause(before: str, later: list[str]) -> bool:
    """Is ``later[0]`` a middle line of a bracket of fields a wrap broke over three to six lines (…(牵头单位:市农业农
    / 村局;责任单位:…,各区县人 / 民政府))? So it is where ``before`` ends inside a bracket, the line holds no bracket
    and starts no numbered unit, a line within the next four closes the bracket (a bracket the page never closed
    stays where it is), and the bracket's words, on any of its lines, say who answers (a label or a role word)."""
    line = _NAME_BRACKET.sub("", later[0].strip())  # (a name's own bracket, 各乡(镇), is no end of it)
    if not line or "(" in line or ")" in line or _STARTS_NUMBERED.match(line):
        return False
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    inside = [before[opened + 1 :], line]
    for after in later[1:]:
        after = _NAME_BRACKET.sub("", after.strip())
        if not after or _STARTS_NUMBERED.match(after) or "(" in after.split(")", 1)[0]:
            return False
        if ")" in after:
            # (the role word may stand on any of its lines: (甲、乙、 / 丙、 / 丁按职责分工负责))
            return names_role("".join([*inside, after.split(")", 1)[0]]))
        inside.append(after)
    return False


def _goes_on_line(before: str, text: str) -> bool:
    """Does the line ``text`` (stripped) go on the line ``before`` it, broken where no line may break?"""
    return bool(before.strip()) and (
        ((text[0] in _NEVER_STARTS or (")" in text and "(" in before)) and _goes_on(before, text))
        or _label_cut(before, text)
        # 配合单位:县科技局、 / 县商务局: a list of names left open at the line's end goes on.
        # (not a row of cells: | | | 市财政局, the rest of a row's last cell under its column, is read as a row's rest)
        or (before.rstrip().endswith("、") and not text.startswith("|") and _names_cell(text))
        # …按照 / 《决定》的精神…: a mirror that breaks the line before a title in 《》, after a word no sentence ends with.
        or (text[0] == "《" and before.rstrip().endswith(_BEFORE_TITLE))
    )


# Words that take a 《title》 after them and never end a sentence (按照《条例》, 贯彻落实《决定》, 《A》和《B》).
_BEFORE_TITLE = (
    "按照",
    "根据",
    "依照",
    "依据",
    "遵照",
    "参照",
    "对照",
    "贯彻",
    "落实",
    "执行",
    "学习",
    "和",
    "及",
    "与",
    "的",
)
_TITLE_AFTER_BREAK = re.compile("(?:" + "|".join(_BEFORE_TITLE) + r") *\n(?=《)")


def _label_cut(before: str, line: str) -> bool:
    """Did the wrap cut a field's label (…配合单 / 位:县发改局): the last characters of ``before`` and the
    first of ``line`` make a label, and its colon is on ``line``?"""
    colon = line.find(":")
    if not 0 < colon <= 3:
        return False
    head = before.rstrip()
    for k in range(1, min(6, len(head)) + 1):
        if not "\u4e00" <= head[-k] <= "\u9fff":
            break
        m = _LABEL.match(head[-k:] + line)
        if m is not None and m.end() > k + colon:
            return True
    return False


def _goes_on(before: str, line: str) -> bool:
    """Does ``line`` go on ``before``: it opens with a mark that never starts a line, or it closes a
    bracket ``before`` left open (and starts no numbered unit of its own)?"""
    if line[0] in _NEVER_STARTS:
        return True
    # (A numbered unit starts anew; a field's label may go on a bracket of fields: …(牵头单位:甲局; / 配合单位:乙局).)
    if _STARTS_NUMBERED.match(line) or _depth_after(before, 0, len(before), 0) == 0:
        return False
    inner = _NAME_BRACKET.sub("", line)  # (a name's own bracket on the line, 各乡(镇)、街道), does not close it)
    close, opened = inner.find(")"), inner.find("(")
    return close >= 0 and (opened < 0 or close < opened)


# Where a marker may start: its first character decides at once (the scan then skips everything
# else quickly); whether it stands inside a line is checked on the few places found.
_MARKER_AT = re.compile(
    r"[" + _CN + r"(\d](?<![\n\d].)(?:(?<=\()[" + _CN + r"\d]{1,4}\)|(?<=[" + _CN + r"])[" + _CN + r"]{0,2}、"
    r"|(?<=\d)\d{0,2}(?:\.(?![\d%])|、(?!\d)|。(?=[^\d\s])))"
)
# A labelled field after a sentence end, a bracket or a space inside a line.
_LABEL_INSIDE = re.compile(r"[。;)\] ] *(?=[\u4e00-\u9fff])(?:" + _LABEL.pattern + ")")
_NOT_INSIDE = frozenset("\n0123456789")  # a line start, or the middle of a longer number
# Both scans asked only on the lines where a search led by a literal finds a place they may match (gates.InLines;
# a class first tests it at every character: the two were a sixth of reading a repeated body). A marker ends in
# ) 、 . or 。 after one to four numerals that follow a character other than a line break or a digit; a label
# inside a line starts with one of its leading class's characters.
_MARKER_LINES = InLines(
    _MARKER_AT,
    (
        r"\((?<=[^\n\d]\()(?=[" + _CN + r"\d]{1,4}\))",
        r"、(?<=[" + _CN + r"\d]、)(?:(?<=[^\n\d][" + _CN + r"\d]、)|(?<=[^\n\d][" + _CN + r"\d]{2}、)"
        r"|(?<=[^\n\d][" + _CN + r"\d]{3}、))",
        r"\.(?:(?![\d%])|(?=(?:19|20)\d\d年))(?<=\d\.)(?:(?<=[^\n\d]\d\.)|(?<=[^\n\d]\d{2}\.)|(?<=[^\n\d]\d{3}\.))",
        r"。(?=[^\d\s])(?<=\d。)(?:(?<=[^\n\d]\d。)|(?<=[^\n\d]\d{2}。)|(?<=[^\n\d]\d{3}。))",
    ),
)
_LABEL_LINES = InLines(_LABEL_INSIDE)
# (以上 (上述 (前述: where a bracket counting the items before it may be glued to a line (split_line); one regex scan,
# led by its literal bracket, is a fifth of the cost of three str.find scans for them.
_SAID_OF_BEFORE = re.compile(r"\((?:以上|上述|前述)")


def _said_of_before_glued(text: str) -> list[int]:
    """Where 以上 (上述, 前述) follows a sentence's end inside a line (…人次。以上工作由…): str.find for each word, at C
    speed (a pattern led by the class [。;] tests every character: ~25 M instructions a MB of new text, issue 13)."""
    found: list[int] = []
    for word in ("以上", "上述", "前述"):
        at = text.find(word)
        while at > 0:
            if text[at - 1] in "。;":
                found.append(at)
            at = text.find(word, at + 2)
    return found


# A run's first ordinal inside a line, after a clause's mark (…强调,一要… / …要求:一是…), the only one there.
_FIRST_ORDINAL_INSIDE = re.compile(f"(?<=[,;。:])一{ORDINAL_IS}(?=[^,;。\n]{{2}})")
_SECOND_ORDINAL_LINE = re.compile(f"^[ \t\u3000]*二{ORDINAL_IS}")


def _lone_first_ordinals(text: str) -> list[int]:
    """Where a line holds a run's first ordinal (一是, 一要) after a clause's mark and no second, and the next line
    that holds words opens with the run's second (二是 / 二要): the ordinal's place, a line to cut there."""
    found: list[int] = []
    for m in _FIRST_ORDINAL_INSIDE.finditer(text):
        end = text.find("\n", m.end())
        if end < 0:
            continue
        if _SECOND_ORDINAL.search(text, m.end(), end) is not None:
            continue  # (二是 on the same line: ordinal_cuts reads that run)
        below = text[end + 1 :].lstrip("\n \t\u3000")
        if _SECOND_ORDINAL_LINE.match(below):
            found.append(m.start())
    return found


def _run_goes_on_below(lines: list[str], index: int) -> bool:
    """Is the next line with words after ``index`` the second ordinal of a run (二是…, 二要…)?"""
    for below in lines[index + 1 : index + 3]:
        if below.strip():
            return _SECOND_ORDINAL_LINE.match(below) is not None
    return False


_LOOKBACK = 60  # lines looked back for the numbering a marker continues
_SECOND_ORDINAL = re.compile(
    f"(?<=[,;。:])[二三四五六七八九十]{ORDINAL_IS}"
)  # (二是, or 五是 of a run going on from 四是)
_SECOND_BY = re.compile(";由(?![于於此])")


def _split_candidates(text: str) -> Layout:
    """Split only the lines that hold a marker or label inside them."""
    inside = [m.start() for m in _MARKER_LINES.finditer(text) if m.start() and text[m.start() - 1] not in _NOT_INSIDE]
    inside += [m.start() + 1 for m in _LABEL_LINES.finditer(text)]
    inside += [m.start() for m in _SAID_OF_BEFORE.finditer(text) if m.start()]  # (以上三项工作由…) glued to an item
    inside += _said_of_before_glued(text)  # (…。以上工作由X牵头…, no bracket)
    ordinals = has_ordinals(text)
    if ordinals:
        inside += [m.start() for m in _SECOND_ORDINAL.finditer(text)]  # (…;二是…: a paragraph's list of tasks)
        inside += [m.start() for m in _SECOND_BY.finditer(text)]  # (…;由X牵头,…: its tasks each opening with who)
    musts = ordinals and musts_count(text)
    if ordinals:
        inside += _lone_first_ordinals(text)
    candidates: list[int] = []
    line = 0
    pos = 0
    for at in sorted(inside):
        line += text.count("\n", pos, at)
        pos = at
        if not candidates or candidates[-1] != line:
            candidates.append(line)
    if not candidates:
        return Layout(text)
    lines = text.split("\n")
    splits: dict[int, list[str]] = {}
    for index in candidates:
        numbering = _Numbering()
        for k in range(max(0, index - _LOOKBACK), index):
            # (The pieces of a line cut already: 一、稳增长 1.甲… counts 1 too, so 二、… 2.乙… goes on with 2.)
            for before in splits.get(k, (lines[k],)):
                start = _MARKER.match(before)
                if start:
                    numbering.saw(*_marker_number(start))
        below = (
            index + 1 < len(lines) and "由" in lines[index + 1] and _ANSWERED_BELOW.match(lines[index + 1]) is not None
        )
        pieces = split_line(lines[index], numbering, below, ordinals, musts)
        if (
            len(pieces) == 1
            and ordinals
            and (first := _FIRST_ORDINAL_INSIDE.search(lines[index])) is not None
            and _run_goes_on_below(lines, index)
        ):
            # (…,高巍强调,一要提高政治站位。… / 二要…: the run's first ordinal inside the lead-in's line, the others
            # opening the paragraphs below — cut before it, as a line of the run)
            pieces = [lines[index][: first.start()].rstrip(), lines[index][first.start() :]]
        if len(pieces) > 1:
            # (…报告。 一、主要目标 1.2007年是…: a piece opening with a number before a year, spaced as a line is)
            splits[index] = [_YEAR_AFTER_DOT.sub(r"\1. ", p, count=1) if p[:1].isdigit() else p for p in pieces]
    if not splits:
        return Layout(text)
    out: list[str] = []
    origin = array("i")
    last = 0
    for index in sorted(splits):
        out.extend(lines[last:index])
        origin.extend(range(last + 1, index + 1))
        out.extend(splits[index])
        origin.extend([index + 1] * len(splits[index]))
        last = index + 1
    out.extend(lines[last:])
    origin.extend(range(last + 1, len(lines) + 1))
    return Layout("\n".join(out), origin)


def _piped_runs(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """| rows run together on one line (a page that lost its line breaks), each on a line of its own
    (fyplan.read.piperun); the pieces keep the line's number."""
    if not any(line.count("|") >= 8 for _, line in numbered):
        return numbered
    out: list[tuple[int, str]] = []
    width: int | None = None  # the columns of the | table the line is in (its header on a line of its own)
    for number, line in numbered:
        pieces = piperun.cut(line, width) if line.count("|") >= 8 else None
        if pieces:
            out.extend((number, piece) for piece in pieces)
        else:
            out.append((number, line))
        if "序号" in line:
            width = piperun.header_width(line)
        elif line.strip() and "|" not in line:
            width = None  # the table ended
    return out


# A table header inside a long line: 序号 (or 序 号) as a word of its own, the header's first cell.
_SERIAL_WORD = re.compile(r"(?:^| )序 ?号 ")
# A row's number: a number alone between spaces (the cells of a page that lost its line breaks).
# (Normalising drops the space after a closing bracket: …(15项)1 地区生产总值 ….)
_BARE_NUMBER = re.compile(r"(?<=[ )\]】])(?<!\d)\d{1,4}(?= )")
_HEADER_SPAN = 160  # the longest header (序号 … 责任单位, and a group row after it) before a table's first row
_SPACED_TABLE = 20  # the shortest line a header and rows may share
_GROUP_IN = re.compile(r"(?:^| )(?:" + _GROUP_MARK + ")")
_GROUP_START = re.compile(_GROUP_MARK)


def _spaced_runs(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A table flattened with spaces between its cells and rows all on one line (a page that lost its line
    breaks: …标题 序号 重点工作 责任单位 1 地区生产总值增长6%。 区发改局 2 …): the header and each row on a line
    of their own, so the table reads as rows under a header; the pieces keep the line's number."""
    if not any(len(line) > _SPACED_TABLE and "序" in line for _, line in numbered):
        return numbered
    out: list[tuple[int, str]] = []
    going_on: tuple[_Header, int] | None = None  # the header of the table the line before ended in, its next row
    for number, line in numbered:
        # (| rows run together are piperun's: their cells are told by the bars, not by spaces.)
        found = _spaced_table(line) if len(line) > _SPACED_TABLE and "序" in line and "|" not in line else None
        if found is None and going_on is not None and len(line) > _SPACED_TABLE and "|" not in line:
            found = _spaced_rows(line, 0, going_on[1], going_on[0])  # (the rows go on, on the next line)
        going_on = (found[1], found[2]) if found is not None else None
        out.extend((number, piece) for piece in (found[0] if found is not None else [line]))
    return out


# 各村(社区)10月底: a deadline cell glued to the bracket that closes the cell before it (normalising drops the space
# after a closing bracket).
_GLUED_WHEN = re.compile(r"^(.+[)\]】])([^)\]】]+)$")


def _when_apart(row: str, header: _Header) -> str:
    """A row of a table whose last column says when, its last cell parted from a bracket glued before it."""
    if header.kinds[-1:] != ("deadline",) or ")" not in row:
        return row
    head, _, last = row.rpartition(" ")
    m = _GLUED_WHEN.match(last)
    if m is None or not WHEN.match(m.group(2)):
        return row
    return f"{head} {m.group(1)} {m.group(2)}" if head else f"{m.group(1)} {m.group(2)}"


def _spaced_rows(line: str, start: int, expected: int, header: _Header) -> tuple[list[str], _Header, int] | None:
    """A line that goes on with a one-line table's rows (5 完成… 吴建平 建设管理办 12月底 6 新增… — the copy broke the
    rows over a few long lines): cut before each row number that goes on the count from ``expected``; None where
    the line does not open with that row."""
    first = re.match(rf"\s*{expected} ", line[start:])
    if first is None:
        return None
    cuts = [start]
    for row in _BARE_NUMBER.finditer(line, start + first.end()):
        if int(row.group()) == expected + 1:
            cuts.append(row.start())
            expected += 1
    pieces = _rows_read([line[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)], header)
    return None if pieces is None else ([p for p in pieces if p], header, expected + 1)


def _rows_read(pieces: list[str], header: _Header) -> list[str] | None:
    """A one-line table's pieces from its first row on: the last row parted from what the page goes on with, each
    row's deadline from a bracket glued before it; None where a row names no one (no table: a number in a sentence)."""
    pieces[-1:] = _last_row(pieces[-1], header)
    pieces = [_when_apart(p, header) if _BARE_ROW.match(p) else p for p in pieces]
    rows = [p for p in pieces if _BARE_ROW.match(p)]
    if not rows or not all(any(_names_token(t.lstrip("★")) for t in p.split(" ")[2:]) for p in rows):
        return None
    return pieces


def _spaced_table(line: str) -> tuple[list[str], _Header, int] | None:
    """The line cut before a header of space-separated words that ends right before a row numbered 1, and
    before every row number after it that goes on the count (2, 3 …, each alone between spaces), with the header
    and the next row's number (the rows may go on on the next line); None where the line holds no such table."""
    for m in _SERIAL_WORD.finditer(line):
        start = m.start() + (line[m.start()] == " ")
        one = next((r for r in _BARE_NUMBER.finditer(line, m.end(), m.end() + _HEADER_SPAN) if r.group() == "1"), None)
        if one is None:
            continue
        first = one.start() - 1
        found = _header_words(line, start, first)
        if found is None:
            continue
        header, end = found
        cuts = [start, end, first + 1] if end < first else [start, first + 1]
        expected = 2
        for row in _BARE_NUMBER.finditer(line, first + 3):
            number = int(row.group())
            # The count goes on, or starts again at 1 after a group's heading (二、…) since the last row.
            if number == expected or (number == 1 and _GROUP_IN.search(line, cuts[-1], row.start())):
                cuts.append(row.start())
                expected = number + 1
        # A group's heading (二、…) between two rows starts a line of its own.
        cuts = sorted({*cuts, *(g.start() + (line[g.start()] == " ") for g in _GROUP_IN.finditer(line, cuts[1]))})
        pieces = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
        pieces[1] = _letter_words(pieces[1])  # the header as it was read (only spaces change)
        rows = _rows_read(pieces[2:], header)
        if rows is None:
            # A row that names no one (序号 in a sentence: …按 序号 工作任务 责任单位 排列,从 1 开始编号; a number
            # in a task's text taken for the next row's): no table, the line is read as it stands.
            continue
        return [p for p in (*pieces[:2], *rows) if p], header, expected
    return None


_BARE_ROW = re.compile(r"^\d{1,4} ")


def _header_words(line: str, start: int, first: int) -> tuple[_Header, int] | None:
    """The header that opens ``line[start:first]`` (序号 and the words after it) and where it ends: the
    longest run of its words that reads as a header numbering its rows; a group row may stand between it
    and the first row (… 主要责任单位 经济社会发展主要预期目标 1 …). A word spaced out letter by letter with
    wider gaps (主  要  工  作  任  务) is one word."""
    words = []
    for w in re.finditer(r"\S+", line[start:first]):
        if _GROUP_START.match(w.group()):
            break  # a group's heading (一、…) is the first row's, never a column's name
        words.append((w.start(), w.end()))
    for k in range(min(len(words), 12), 1, -1):
        end = start + words[k - 1][1]
        header = _header(_letter_words(line[start:end]))
        if header is not None and header.kinds[0] == "number":
            return header, end
    return None


def _letter_words(text: str) -> str:
    """Words spaced out letter by letter closed up, a run of single characters with one width of gap each
    (主  要  工  作  任  务 责 任 单 位 → 主要工作任务 责任单位: the gap changes where the next word starts)."""
    out: list[str] = []
    run: int | None = None  # the gap of the run of letters the last word is, 0 after its first; None: no run
    last_end = 0
    for m in re.finditer(r"\S+", text):
        width = m.start() - last_end
        last_end = m.end()
        letter = len(m.group()) == 1 and "\u4e00" <= m.group() <= "\u9fff"
        if letter and run is not None and run in (0, width):
            out[-1] += m.group()
            run = width
        else:
            if run:
                out[-1] = _two_words(out[-1])
            out.append(m.group())
            run = 0 if letter else None
    if run:
        out[-1] = _two_words(out[-1])
    return " ".join(out)


_LABEL_WORD = re.compile(f"(?:{lexicon('LABEL')})")


def _two_words(run: str) -> str:
    """Two header words spaced out with the same gap, closed up into one (主要工作任务责任单位: the gap between
    the cells was lost to normalising): the text column's word and the duty label after it, apart."""
    for k in range(2, len(run) - 1):
        if _LABEL_WORD.fullmatch(run[k:]) and column_kind(run[:k]) == "text":
            return f"{run[:k]} {run[k:]}"
    return run


_SIGNED = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日")


def _last_row(row: str, header: _Header) -> list[str]:
    """The last row of a one-line table and what the page goes on with after it (a sign-off, a footer): the
    row ends with its last cell of names (a row holds one per duty column), or with the deadline cell after
    them where the header has one there."""
    duties = [k for k, kind in enumerate(header.kinds) if kind in _DUTY_KINDS]
    tokens = row.split(" ")
    found = 0
    for k, token in enumerate(tokens[2:], 2):
        if k + 1 < len(tokens) and _SIGNED.match(tokens[k + 1]) and found:
            return [" ".join(tokens[:k]), " ".join(tokens[k:])]  # 某县人民政府办公室 2023年3月1日: the sign-off
        if _names_token(token.lstrip("★")):
            found += 1
            if found == len(duties):
                end = k + 1
                after_duties = header.kinds[duties[-1] + 1 : duties[-1] + 2]
                if after_duties == ("deadline",) and end < len(tokens) and WHEN.match(tokens[end]):
                    end += 1
                return [" ".join(tokens[:end]), " ".join(tokens[end:])]
    return [row]


def _joined_run(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A .docx table copied as text with no break between cells or rows, over lines a viewer numbered
    1、 2、 …: from the line that holds its header on, the lines joined into one (the first line's number
    stands for it), the viewer's numbers dropped."""
    start = next((k for k, (_, line) in enumerate(numbered) if "序号" in line and glued.header_in(line)), None)
    if start is None:
        return numbered
    lines = [line for _, line in numbered[start:] if line.strip()]
    kept = glued.without_chunk_marks(lines)
    if kept is None:
        return _run_over_pages(numbered, start)
    return [*numbered[:start], (numbered[start][0], "".join(kept))]


# A run that ends where a row may end: a sentence, a quotation, a deadline's last word (…11月底前, …年内, …2024年6月).
_RUN_ENDS = re.compile(r"(?:[。”前内底末]|\d月|\d日|长期坚持|持续推进)$")


def _run_over_pages(numbered: list[tuple[int, str]], start: int) -> list[tuple[int, str]]:
    """The line holding a run-together table (at ``start``) gone on after a page's number (县住 / - 1 - / 建局、张川镇…:
    a viewer's page break, even inside a name; the number's line already dropped as page furniture, so the lines'
    numbers skip it): each such next line joined to it (its line left empty: the line count kept), while the text
    before the break stops mid-row (no sentence's end)."""
    out = list(numbered)
    k = start + 1
    while k < len(out) and out[k][0] > out[k - 1][0] + 1 and out[k][1].strip():
        if _RUN_ENDS.search(out[start][1].rstrip()) or is_footer(out[k][1].strip()):
            break  # (…11月底前 / - 2 - / 抄送:…: the run ended with its last row's deadline; the footer is no cell)
        out[start] = (out[start][0], out[start][1].rstrip() + out[k][1].strip())
        out[k] = (out[k][0], "")
        k += 1
    return out if k > start + 1 else numbered


def _glued_rows(line: str, number: int, out: list[tuple[int, str]]) -> bool:
    """Rows run together after a run-together header inside ``line``, rewritten as labelled items."""
    found = glued.header_in(line)
    if found is None:
        return False
    start, end, _names, kinds = found
    first = line.find("1", end)
    heading = line[end:first] if first > end else ""  # 一、主要发展指标: the first group's heading
    rows = glued.run(line[end + len(heading) :], kinds)
    if not rows:
        return False
    if line[:start].strip():
        out.append((number, line[:start]))
    if heading:
        out.append((number, heading))
    for row_number, cells in rows:
        if row_number == glued.GROUP:
            out.append((number, cells[0]))  # (二、惠民生促和谐: the group's heading, a line of its own)
            continue
        texts = [cells[i] for i in sorted(cells) if kinds[i] in ("text", "note") and i]
        out.append((number, f"{row_number}." + "".join(texts)))
        for i in sorted(cells):
            if kinds[i] in _DUTY_KINDS:
                out.append((number, f"{_DUTY_KINDS[kinds[i]]}:{cells[i]}"))
            elif kinds[i] == "deadline":
                out.append((number, f"完成时限:{cells[i]}"))
    return True


_MEND_LOOKAHEAD = 8  # the most lines one | row broken by a hard wrap is looked for over
# A line that opens a row or a group row: (1)| …, 1 | …, 1.…, 一、…, (一)… (not 47.23%, a figure's rest).
_OPENS_ROW = re.compile(r"^(?:\(?\d{1,4}\)?(?: *\||\s|\.(?!\d)|、)|" + _GROUP_MARK + ")")
# In a | table only a number cell (1 | …, (1)| …) or a group heading opens a row: 10 万平方米 goes on a cell.
# 1 |, 1. |, 1、 |, (1)|, — | (a sub-row), 一 | (a group row)
_NUMBER_CELL_MARK = r"(?:\(\d{1,4}\)|\d{1,4}[.、]?|[—－\-]{1,2}|[一二三四五六七八九十]{1,3}[.、]?) *\|"
_NUMBER_CELL = re.compile("^" + _NUMBER_CELL_MARK)
# A row's code before its number (2023-A03 | 3 |, XM-01 | 1 |): the code a row is filed under (an 编号 column).
_CODE_CELL_MARK = r"[0-9A-Za-z]{1,6}(?:[-－_][0-9A-Za-z]{1,6}){1,3} *\| *\d{1,4} *\|"
_OPENS_PIPED_ROW = re.compile(
    "^(?:" + _NUMBER_CELL_MARK + "|" + _CODE_CELL_MARK + "|" + _GROUP_MARK + r"|[^|。;]{1,16}\| *\d{1,4}[、.](?!\d))"
)  # (the last: a group's cell, printed in its first row only, then the row's number opening its text cell)
_CODE_CELL = re.compile("^" + _CODE_CELL_MARK)


def _mend_broken_rows(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """| rows cut by a hard wrap (a PDF or a fixed-width export of a table): after a | header, a line
    that opens a row (1 | …, (一)…) with fewer bars than the header goes on over the next lines until
    it has as many; those lines are joined into one (the first line's number stands for it). Only
    when the bars add up exactly, over lines that open no row and no header, so a row short of cells
    (its empty ones left out) or a footer after the table stays as it is."""
    out: list[tuple[int, str]] = []
    bars = 0  # the current table's header's bars; 0 outside a | table
    open_end = False  # the header has no bar after its last cell (a row's last cell may go on below)
    k = 0
    while k < len(numbered):
        number, line = numbered[k]
        count = line.count("|")
        if (
            count
            and count != bars
            and (_table_header(line) or (k + 1 < len(numbered) and _header_goes_on(line, numbered[k + 1][1])))
        ):
            # A header cell broken over two lines (落实 / 情况 |) goes on the next line too.
            while k + 1 < len(numbered) and _header_goes_on(line, after := numbered[k + 1][1]):
                line, k = line + after, k + 1
            bars, open_end = line.count("|"), not line.rstrip().endswith("|")
        elif bars and count == bars and open_end and k + 1 < len(numbered) and _cell_goes_on(numbered, k + 1):
            # (a signature under the last row is no cell: _last_cell stops before it)
            joined, j = _last_cell(numbered, k + 1, line)
            if j > k + 1:
                out.append((number, joined))
                k = j
                continue
        elif bars and count < bars and _OPENS_PIPED_ROW.match(line.lstrip(" |")):
            joined, total, j = line, count, k + 1
            while j < len(numbered) and j - k <= _MEND_LOOKAHEAD and total < bars:
                after = numbered[j][1]
                # A number cell opens the next row; a line opening with 一、 or (一) may be a point of the
                # cell ((一)新建…;) as well as a group heading: the bars adding up tell.
                opens = after.lstrip(" |")
                if not after.strip() or _NUMBER_CELL.match(opens) or _CODE_CELL.match(opens) or _table_header(after):
                    break
                if count and _group_row(after):
                    break  # 民生保障类 | |: a group row after a row short of cells, not its rest
                joined, total, j = _glue(joined, after), total + after.count("|"), j + 1
            # A line with no bar is a group row's heading only when the rest of its row is empty cells
            # (…量的合 / 理较快增长。 | | |); before a row with cells of its own it stands alone.
            group = count or not "".join(joined.split("|")[1:]).strip()
            if total == bars and j > k + 1 and group:
                if open_end:
                    joined, j = _last_cell(numbered, j, joined)
                out.append((number, joined))
                k = j
                continue
            # Not mended: a group heading between rows (一、稳增长), or a row short of cells; the table
            # goes on (a line of the notice's text, below, ends it).
        elif not count and line.strip():
            bars = 0  # a line of the notice's text: the table has ended
        out.append((number, line))
        k += 1
    return out


def _names_line(line: str) -> bool:
    """A line of names only, bodies or people, or a deadline (no bar, no row number): more of a cell."""
    line = line.strip()
    if not line or "|" in line or _OPENS_ROW.match(line):
        return False
    return _names_token(line) or all(_people_token(p) for p in line.split()) or bool(WHEN.match(line))


_DATE_LINE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?")


def _signature(numbered: list[tuple[int, str]], at: int) -> bool:
    """Is line ``at`` an issuer's name over a date (县人民政府办公室 / 2025年3月5日印发), or the first of two
    issuers' names over one?"""
    for k in (at + 1, at + 2):
        if k < len(numbered) and _DATE_LINE.match(numbered[k][1]):
            return k == at + 1 or _names_token(numbered[at + 1][1].strip())
    return False


def _last_cell(numbered: list[tuple[int, str]], at: int, row: str) -> tuple[str, int]:
    """A row of a table with no bar after its last cell, whose last cell is empty on its line (it ends
    in a bar) or a list left open (县财政局、): the names on the lines from ``at`` on are that cell's. The
    row with them, and the line after them."""
    if not row.rstrip().endswith(("|", "、", ",")):
        return row, at
    while at < len(numbered) and _cell_goes_on(numbered, at) and not _signature(numbered, at):
        row, at = _glue(row, numbered[at][1].strip()), at + 1
    return row, at


def _cell_goes_on(numbered: list[tuple[int, str]], at: int) -> bool:
    """Is line ``at`` more of the last cell above it: names or a deadline, or any short line (a note:
    年度重点) between that row and the next one."""
    line = numbered[at][1].strip()
    if _names_line(line):
        return True
    after = numbered[at + 1][1].lstrip(" |") if at + 1 < len(numbered) else ""
    return (
        0 < len(line) <= _STRAY_LINE
        and "|" not in line
        and re.search(r"[\u4e00-\u9fff]", line) is not None  # (—2—, a page's number, is no cell)
        and not _OPENS_ROW.match(line)
        and bool(_OPENS_PIPED_ROW.match(after))  # the next row, or a group heading before it
    )


def _table_header(line: str) -> bool:
    """A | header that opens a table: 序号 or a word of a task column among its cells (a row's rest,
    县发改局 | 县直有关单位, has the cells of a header but none of its words)."""
    found = _header(line) if "|" in line else None
    return found is not None and ("序号" in line or any(w in name for name in found.names for w in TEXT_WORDS))


def _header_goes_on(header: str, after: str) -> bool:
    """Is ``after`` the rest of a | header cut inside a cell (its bars after the cut, no row of its own)?"""
    if header.count("|") < 2 or "|" not in after or not after.strip(" |") or _OPENS_PIPED_ROW.match(after.lstrip(" |")):
        return False  # (序号 | alone is a table's first cell on its line, one cell per line)
    if _table_header(after) and _table_header(header):
        return False  # two headers: another table
    if _two_level_header(header, after) is not None:
        return False  # 责任单位 over 牵头单位 | 配合单位: the header's second row, read with the first
    return _table_header(header + after)


def _group_row(line: str) -> bool:
    """民生保障类 | | |: a short title in its first cell, the others empty — a group row of the table
    (| 县财政局, a bar first, is the rest of a row: the cell before its bar is the row's)."""
    if line.count("|") < 2 or line.lstrip().startswith("|"):
        return False  # (年度重点 |: one cell, the rest of a row's last cell)
    cells = _PIPE.split(line.strip(" |"))
    first = cells[0]
    if not 0 < len(first) <= 20 or any(mark in first for mark in "。,;:") or "".join(cells[1:]).strip():
        return False
    # 县发改局 | or 11月底前 | : a cell of names or a deadline goes on a row.
    return not _names_token(first) and not _people_token(first) and not WHEN.match(first)


def _glue(left: str, right: str) -> str:
    """Two pieces of a row a wrap cut apart: run together (a wrap cuts words), or parted by a space
    where the cut fell between two names (市商务局 / 市财政局), as the names of a cell are: a body's
    name before the cut and one that starts with its level after it (各乡镇 / 人民政府 is one name)."""
    if left.endswith((" ", "|")) or right.startswith((" ", "|")):
        return left + right
    last = re.split(r"[|\s、,]", left)[-1]
    first = re.split(r"[|\s、,]", right)[0]
    parted = len(last) >= 3 and len(first) >= 3 and first[0] in LEVEL_FIRST and ends_like_unit(last)
    return f"{left} {right}" if parted and looks_like_unit(first) else left + right


# A group heading between the rows of a table: 一、稳增长 (二)扩内需.
_GROUP_LINE = re.compile(r"^\s*(?:" + _GROUP_MARK + ")")


# A group row that is only a time (一季度完成:, 上半年完成, 年底前完成:): when the rows under it are due.
_DEADLINE_GROUP = lazy(rf"^(?P<when>(?:{lexicon('DEADLINE')}))[ ]*:?$")


def _lone_cell(line: str) -> str:
    """The words of a line that fills one cell of a | table's row and leaves the others empty (一季度完成:| | |), or
    of a line with no bars; "" where two cells are filled."""
    filled = [cell.strip() for cell in line.split("|") if cell.strip()]
    return filled[0] if len(filled) == 1 else ""


def _body_line(line: str) -> bool:
    """A body's name alone on a line (between the | rows of a table: a group line naming the group's lead
    unit, where the table has no lead column of its own and is grouped so from its first row; else a
    page's header or a grouping the lead column repeats)."""
    name = line.strip()
    return "|" not in name and 2 < len(name) <= 20 and not re.search(r"[\s。,;:、]", name) and ends_like_unit(name)


_STRAY_LINE = 60  # the longest line between two rows of a | table that does not end it


def _stray(line: str, header: _Header) -> bool:
    """A short line with no bar between | rows, that leads into nothing (各单位联络员名单如下: opens another
    table: the task table ends before it)."""
    text = line.strip()
    return header.piped and "|" not in text and len(text) <= _STRAY_LINE and not text.endswith(":")


def _group_title(line: str) -> bool:
    """A short title alone on its line: one cell (no space inside), no sentence."""
    text = line.strip()
    return 2 <= len(text) <= _GROUP_TITLE and " " not in text and not any(stop in text for stop in "。;:")


_GROUP_TITLE = 40
_SPACED_ROW = re.compile(r"^\d{1,4} +\S")


def _spaced_row_next(numbered: list[tuple[int, str]], start: int) -> bool:
    """Is the next line that holds anything a row opened by its number and a space (1 地区生产总值 …)?"""
    for _, line in numbered[start : start + 3]:
        if line.strip():
            return _SPACED_ROW.match(line.strip()) is not None
    return False


# A row whose cells ran together, its number glued to its task's first character (1坚持…, 12加快…).
_GLUED_ROW = re.compile(r"^\s*\d{1,3}(?![\d.%年月日])[\u4e00-\u9fff]")


def _glued_rows_go_on(numbered: list[tuple[int, str]], start: int) -> bool:
    """Whether the next line that holds anything, after group headings, is a row whose cells ran together."""
    for _, line in numbered[start : start + 4]:
        if not line.strip() or _GROUP_LINE.match(line):
            continue
        return _GLUED_ROW.match(line) is not None
    return False


def _rows_go_on(numbered: list[tuple[int, str]], start: int, header: _Header) -> bool:
    """Whether the next line that holds anything, after group headings (一、…), is a | row of ``header``'s
    table (not a footer)."""
    for _, line in numbered[start : start + 3]:
        if not line.strip() or ("|" not in line and _GROUP_LINE.match(line)):
            continue
        if "|" not in line:
            return False
        if _header(line) is not None:
            return False  # the header of another table
        # (a row with an outer border under a header without one: its first | opens no cell either)
        cells = _cells(line, True, header.bordered or line.lstrip().startswith("|"))
        counted = header.kinds[0] != "number" or bool(cells and _ROW_NUMBER.match(cells[0].strip()))
        return 2 <= len(cells) <= len(header.kinds) and counted
    return False


_PLAIN_NUMBER_CELL = re.compile(r"^ *\d{1,3} *$")
_TOTALS_CELL = re.compile(r"^ *(?:合计|小计|总计|合計|小計|總計) *$")


def _opens_sub_rows(numbered: list[tuple[int, str]], at: int) -> bool:
    """Is this | row numbered N, and the next row (a few lines on at most) numbered N.1 / N-1: a parent row?"""
    first = _first_cell(numbered[at][1])
    if not first.isdigit():
        return False
    for _, line in numbered[at + 1 : at + 4]:
        if "|" in line:
            serial = COMPOUND_SERIAL.match(_first_cell(line))
            return serial is not None and serial.group(1) == first and serial.group(2) == "1"
    return False


def _new_piped_header(line: str, header: _Header) -> bool:
    """Is this | line the header of another table (other column names), not a row of ``header``'s?"""
    if "序号" not in line and not any(word in line for word in ("单位", "部门", "领导")):
        return False
    found = _header(line)
    return found is not None and found.names != header.names


def _first_cell(line: str) -> str:
    return line.strip().strip("|").split("|", 1)[0].strip()


# A point's number at the start of a task cell: (1), 1. or 1、 (not 1.5万: a figure).
_CELL_POINT = re.compile(r"^\s*(?:\((\d{1,3})\)|(\d{1,3})[.、．](?!\d))\s*")


def _cell_point(cell: str) -> int | None:
    found = _CELL_POINT.match(cell)
    return None if found is None else int(found.group(1) or found.group(2))


def _points_as_row_numbers(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A | table whose 序号 numbers groups, merged down their rows, while the items carry their own numbers in a
    text cell: 1 | 四大功能区建设 | (1)老城复兴… | …, then | | (2)数字经济… | … (the group's number and name printed
    on its first row only), and 2 | 产业项目 | (5)… going on counting. Each such row takes its cell's number as its 序号
    (the cell without it), so that it is an item of its own, not a point of the row above; the group's name stays in
    its column, merged (the group's heading). Only where a row numbered in 序号 opens a text cell with a point's
    number, the rows after it, their 序号 empty, go on counting in the same cell (2, 3 …), every row numbered in 序号
    opens such a group (else 序号 numbers the items, and a row's points are its parts, 2.1, 2.2 …), and no later group
    counts afresh from 1 (there too the points are the rows' parts, as before)."""
    out = numbered
    header: _Header | None = None
    # (the points' column, the rows, the first point) of each group of the current table
    groups: list[tuple[int, list[int], int]] = []
    plain = False  # a row numbered in 序号 that opens no such group: the 序号 numbers items, not groups

    def rewrite() -> None:
        nonlocal out
        if header is None or not groups or plain or any(first == 1 for _, _, first in groups[1:]):
            return
        number_col = header.kinds.index("number")
        if out is numbered:
            out = list(numbered)
        for column, rows, _ in groups:
            for k in rows:
                source, text = out[k]
                row = _row_cells_of(text, header)
                row[number_col] = str(_cell_point(row[column]))
                row[column] = _CELL_POINT.sub("", row[column], count=1)
                out[k] = (source, " | ".join(row))

    for at, (_, line) in enumerate(numbered):
        if "|" not in line:
            continue
        found = _header(line) if "序号" in line.replace(" ", "") else None
        if found is not None and found.piped:
            rewrite()
            header, groups, plain = found, [], False
            continue
        if header is None or "number" not in header.kinds:
            continue
        number_col = header.kinds.index("number")
        cells = _row_cells_of(line, header)
        if len(cells) <= number_col + 1 or not cells[number_col].strip().isdigit():
            continue
        texts = [k for k, kind in enumerate(header.kinds) if kind == "text" and number_col < k < len(cells)]
        column = next((k for k in texts if _cell_point(cells[k]) is not None), None)
        if column is None:
            plain = True
            continue
        first = _cell_point(cells[column]) or 0
        expected = first + 1
        rows = [at]
        for ahead in range(at + 1, len(numbered)):
            text = numbered[ahead][1]
            if not text.strip():
                continue
            row = _row_cells_of(text, header) if "|" in text else []
            if len(row) <= column or row[number_col].strip() or _cell_point(row[column]) != expected:
                break
            rows.append(ahead)
            expected += 1
        if len(rows) >= 2:
            groups.append((column, rows, first))
        else:
            plain = True
    rewrite()
    return out


def _recover_lines(numbered: list[tuple[int, str]], changed: bool) -> Layout:
    """Every line looked at: tables flattened one row per line, key-value rows, wrapped text."""
    out: list[tuple[int, str]] = []
    notes: list[Note] = []
    problems: list[tuple[int, str]] = []  # (logical line, message): what a table's rows leave in doubt
    numbering = _Numbering()
    header: _Header | None = None
    seen: dict[str, str] = {}  # how the current table numbers its items
    text = "\n".join(line for _, line in numbered)
    ordinals = has_ordinals(text)
    musts = ordinals and musts_count(text)  # (once: a scan of the whole text)
    numbered = _mend_broken_rows(_joined_run(_piped_runs(_spaced_runs(numbered))))
    if "|" in text and holds(text, "序号"):
        numbered = _points_as_row_numbers(numbered)  # (a scan of every line only where a | table with 序号 may stand)
    skip = -1  # the second row of a two-row header, read with the first
    tabled = False
    for at, (number, line) in enumerate(numbered):
        if at == skip:
            out.append((number, ""))
            continue
        if header is None and "序号" in line and len(line) > 60 and _glued_rows(line, number, out):
            changed = True
            continue
        if header is not None and header.piped and "|" in line and _new_piped_header(line, header):
            # | 序号 | 重点任务 | 牵头部门 |… under a table of other columns: a second table starts here (its rows were
            # read by the first one's columns, and lost with a warning each).
            header = None
        if header is not None:
            if not line.strip():
                seen["blank"] = "1"  # a row's cells do not break over a blank line
                out.append((number, line))
                continue
            # A table of | rows ends at the first line without one (a footer 微信 | 微博 | … has them,
            # but no task number: it is no row either).
            if not header.piped and _continues_row(line.strip(), header, number, out, seen):
                changed = True
                continue
            if not header.piped and _note_line(line.strip(), header, out, notes, seen):
                changed = True
                continue
            if (
                header.piped
                and (when := _DEADLINE_GROUP.match(_lone_cell(line))) is not None
                and _rows_go_on(numbered, at + 1, header)
            ):
                # 一季度完成: alone between | rows: when the rows after it are due, down to the next such line; structure
                seen["group_deadline"] = when.group("when")
                out.append((number, ""))
                changed = True
                continue
            if header.piped and _MARKDOWN_RULE.match(line):
                out.append((number, ""))  # | --- | :---: |: the rule under a header, no row
                changed = True
                continue
            if header.piped and _rest_of_cells(line, header, number, out, seen):
                changed = True
                continue
            if header.piped and _opens_sub_rows(numbered, at):
                seen["parent"] = "1"
            if header.piped and "|" in line and (sub := _merged_number_row(line, header, seen)) is not None:
                line = sub  # (| 推动…消费新场景。 | 市商务局 | …: the row above's number, merged, printed once)
            ahead = (
                functools.partial(_number_ahead, numbered, at, header)
                if "number" in header.kinds and "number" in seen
                else None
            )
            if (not header.piped or "|" in line) and _rewrite_row(
                line, header, number, out, notes, seen, problems, ahead
            ):
                changed = tabled = True
                continue
            if header.piped and _body_line(line) and _rows_go_on(numbered, at + 1, header):
                leads = any(k in ("lead", "responsible") for k in header.kinds)
                if not leads and ("group_lead" in seen or "number" not in seen):
                    # A table grouped by lead unit (县发展和改革局 alone on its line before its rows, from the
                    # first row on): the unit leads every row of the group; the line is structure, not text.
                    seen["group_lead"] = line.strip()
                    out.append((number, ""))
                    changed = True
                else:
                    # A page's header between rows, or a group line of a table with a lead column of its
                    # own: kept as the notice's text, the table goes on after it.
                    out.append((number, line))
                continue
            if header.piped and "|" not in line and _GROUP_LINE.match(line) and _rows_go_on(numbered, at + 1, header):
                # A group heading printed between | rows (一、稳增长 on its own line): the table goes on.
                out.append((number, line))
                continue
            if header.glued and _GROUP_LINE.match(line) and _glued_rows_go_on(numbered, at + 1):
                # 一、着力提升… / (一)进一步增强… between rows whose cells ran together (1坚持…。省地震局): a group's
                # heading, the table goes on
                out.append((number, line))
                continue
            if (
                not header.piped
                and (_group_title(line) or is_junk(line.strip()))
                and _spaced_row_next(numbered, at + 1)
            ):
                # A group's title between rows separated by spaces, with no marker (经济社会发展主要预期目标分解(15项)
                # on its own line, the rows going on after it), or a mirror's advertisement between two rows: kept as
                # the notice's text, the table goes on.
                out.append((number, line))
                continue
            if (
                header.piped
                and _PAGE_LINKS.search(line)
                and _TASK_LIKE_CELL.search(line) is None
                and _rows_go_on(numbered, at + 1, header)
            ):
                # 首页 | 上一页 | 1 | 2 | 下一页 | 尾页 between rows: a page's links where a repost broke its pages, kept
                # as the notice's text; the rows after it are still the table's.
                out.append((number, line))
                continue
            if _stray(line, header) and _rows_go_on(numbered, at + 1, header):
                # A short line between rows that no rule above reads (a cell's rest after its row, a note, a
                # page's running header): kept as the notice's text, the rows after it are still the table's.
                out.append((number, line))
                continue
            if header.piped and "|" in line and _rows_go_on(numbered, at + 1, header):
                # A | line between the table's rows that no rule reads: said, with its words, and the table goes on
                # (it ended the table here, and every row after it was lost without a word).
                problems.append(
                    (len(out) + 1, f"a line between the table's rows could not be read as a row: “{line.strip()[:60]}”")
                )
                out.append((number, ""))
                changed = True
                continue
            if (
                header.piped
                and line.count("|") >= max(2, len(header.kinds) - 1)
                and _TASK_LIKE_CELL.search(line) is not None  # (not a page's links: 首页 | 政务公开 | 1 | 2 | 下一页)
            ):
                # A line of as many cells as the table's rows that no rule reads ends the table: said, never
                # dropped without a word (the lines after it are read as the notice's text).
                problems.append(
                    (
                        len(out) + 1,
                        f"a line of cells like the table's rows could not be read as one of them: “{line.strip()[:60]}”",
                    )
                )
            header = None
        found = _header(line) if ("序号" in line or "|" in line or "单位" in line) else None
        if at + 1 < len(numbered) and (found is not None or "|" in line):
            two = _two_level_header(line, numbered[at + 1][1])
            if two is not None and (found is None or len(two.names) > len(found.names)):
                found = two
                skip = at + 1  # the second row of the header: structure too
        if found is None and "序号" in line and (run := glued.header(line)) is not None and len(line) <= 60:
            found = _Header(run[1], run[0], piped=False, glued=True, leading=run[2])
        if found is not None and (found.piped or found.glued or found.kinds[0] == "number"):
            header = found
            # A table with no numbers printed goes on counting from the table before it, as the items of
            # one list do (附件1, 附件2 …); a table with numbers of its own starts afresh.
            counting = "number" not in found.kinds and "number" in seen
            kept = {"items": "none", "number": seen["number"]} if counting else {}
            seen.clear()
            seen.update(kept)
            if grouping := _grouping_columns(numbered, at + 1, found):
                seen["grouping"] = grouping
                if leaders := _merged_with_group(numbered, at + 1, found, grouping):
                    seen["group_leaders"] = leaders
            elif leading := _leading_leaders(numbered, at + 1, found):
                seen["leading_leaders"] = leading
            out.append((number, ""))  # the header is the table's structure, not text of the notice
            changed = True
            continue
        if "|" in line and sum(1 for cell in _cells(line, True) if cell) == 1 and header is None:
            # A row of one cell before any table (a title or heading across a sheet): its text.
            out.append((number, next(cell for cell in _cells(line, True) if cell)))
            changed = True
            continue
        tail = _header_at_end(line) if "序号" in line else None
        if tail is not None:
            at, header = tail
            seen.clear()
            pieces = split_line(line[:at].rstrip(), numbering)
            out.extend((number, p) for p in pieces)
            out.append((number, line[at:]))
            changed = True
            continue
        if line.strip() == "|" and at and _CLOSED_CELL.match(numbered[at - 1][1]):
            # 杨 宜 | then | alone: in a table whose every cell closes with a border on its own line (a browser's
            # copy), a border with nothing before it closes an empty cell — an empty line, as a cell of nothing is
            out.append((number, ""))
            changed = True
            continue
        if "|" in line and not line.strip(" |"):
            # A cell border alone on its line (a table flattened one cell per line, | between cells):
            # kept as bars only, for the table stage to tell its cells (and its empty ones) apart.
            out.append((number, "|" * line.count("|")))
            changed = changed or line != "|" * line.count("|")
            continue
        if line.count("|") == 1 and line.rstrip().endswith("|") and header is None:
            # One cell per line, each closed by a border: the cell without it.
            out.append((number, line.rstrip(" |")))
            changed = True
            continue
        if "|" in line and len(line) <= _LONG_LINE and (field := key_value(line)) is not None:
            # (A key-value row is a short row: a page run onto one line that opens with its | metadata is read on.)
            out.append((number, field))
            changed = True
            continue
        pieces = split_line(line, numbering, ordinals=ordinals, musts=musts)
        if len(pieces) > 1:
            changed = True
        out.extend((number, p) for p in pieces)
    if not changed:
        return Layout(text)
    origin = array("i", (n for n, _ in out))
    return Layout("\n".join(t for _, t in out), origin, tuple(notes), tuple(problems), tabled)
