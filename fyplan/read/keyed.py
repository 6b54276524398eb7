"""Duties given after the list, keyed by the items' numbers: a notice that prints its items first and then who
answers for them, item by item or for a run of items::

    1.建设高标准农田4万亩。
    2.培育龙头企业5家。
    3.新改建农村公路60公里。
    以上任务责任分工如下：
    第1-2项：县农业农村局牵头，县财政局配合；责任领导：黄志刚。
    第3项：县交通运输局牵头。

Each keyed line's clause goes to the items it names, written as a bracket at the end of each item's last line (the
clause reader reads a closing bracket as the item's clause); the keyed line itself is emptied (its words are those
items' duties now), so the line count holds. Read only where every keyed number names one item printed above it
(numbers printed once each) and each line's words say who answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fyplan.grammars import lexicon
from fyplan.lazyre import lazy
from fyplan.numerals import chinese_number
from fyplan.read.clauses import names_role, reworded
from fyplan.read.front import ATTACHMENT_LINE
from fyplan.read.scans import LineStart, holds
from fyplan.read.tables import DUTY_LABELS, column_kind
from fyplan.units import looks_like_unit, split_names

# 第1-3项：… / 第4项: … / 第5、6项：… / 1至2项：…: the numbers, then the clause after the colon.
_KEYED = re.compile(
    r"^[ \t\u3000]*第?(?P<numbers>\d{1,3}(?:[ ]*(?:[-—－~～至到、,][ ]*第?)\d{1,3})*)[ ]*[项項条條]"
    # (第1项 责任领导:甲;…: a space for the colon, a field's label right after it)
    r"(?:[ ]*[:：]|[ \u3000]+(?=[\u4e00-\u9fff]{2,8}[ ]*[:：]))[ ]*"
    r"(?P<clause>\S.*?)[ ]*$",
    re.MULTILINE,
)
# An item's own number at a line's start: 1. 1、 1．
_ITEM = re.compile(r"^[ \t\u3000]*(\d{1,3})[.、．](?!\d)", re.MULTILINE)
# Where an item's lines end: the next item, a heading (一、 (一)), a blank line, or the keyed lines' block.
_HEADING = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\))")
_RANGE = re.compile(r"[-—－~～至到]")
# (一) at a line's start: an item so numbered; 第(一)项, 、(二)项, 至(三)项: a key naming one by its number.
_BRACKETED_ITEM = re.compile(r"^[ \t\u3000]*\(([一二三四五六七八九十]{1,3})\)", re.MULTILINE)
# (第(五)(六)项: two bracketed side by side, the second after the first's close)
_CHINESE_KEY = re.compile(r"(?<=[第、至到)])\(([一二三四五六七八九十]{1,3})\)(?=[项項、至到(])")
# A sentence on the items above it (以上4项由副区长X分管。, 上述工作…): none of the last item's lines.
_SAID_OF_ABOVE = re.compile(r"^[ \t\u3000]*(?:以上|上述|前述)")
# What a keyed line holds after its numbers.
_SAID = ("项:", "条:", "项 ")  # (the text is normalised: ： is :; each scan costs ~0.4 ms a MB)


def keyed_duties(text: str) -> str:
    """``text`` with each keyed line's clause moved to the items it names (see the module's doc); the text itself
    where it has no such lines or they do not fit its items."""
    if holds(text, "部分第"):
        text = _part_keyed(text)  # (第一部分第(一)项:甲局、乙局: items keyed by their part and their number in it)
    if holds(text, "以上") or holds(text, "上述"):
        text = _group_sentences_joined(text)  # (以上3项由…,区统计局、 / 区工信局配合。: one sentence, wrapped)
    if (
        holds(text, "项由")
        or holds(text, "項由")
        or holds(text, ";第")
        or holds(text, "项增")
        or holds(text, "项工作,")
    ):
        text = _keyed_sentences(text)  # (…配合;第6项甲局、乙局共同负责: a part keyed with no 由)
    if not any(holds(text, said) for said in _SAID):
        return text  # (from the places of 项 and 条 first: most notices key nothing, issue 13)
    keyed = [m for m in _KEYED.finditer(text) if names_role(m.group("clause").rstrip("。"))]
    if not keyed:
        return text
    lines = text.split("\n")
    at = [text.count("\n", 0, m.start()) for m in keyed]  # each keyed line's index
    first_keyed = at[0]
    numbers_of = [_numbers(m.group("numbers")) for m in keyed]
    starts = _starts_for(lines, first_keyed, [n for numbers in numbers_of for n in numbers])
    if starts is None:
        return text  # (numbers printed again: a key could name either item)
    clauses: dict[int, list[str]] = {}
    for m, numbers in zip(keyed, numbers_of, strict=True):
        if not numbers or any(n not in starts or starts[n] >= first_keyed for n in numbers):
            return text
        for n in numbers:
            clauses.setdefault(n, []).append(m.group("clause").rstrip("。;；"))
    _write_at_ends(lines, {starts[n]: ";".join(said) for n, said in clauses.items()}, first_keyed)
    for k in at:
        lines[k] = ""
    return "\n".join(lines)


# 第一部分第(一)项:… / 1.第二部分第(一)、(二)项:… / 第三部分第(二)至(四)项:…: items keyed by the part they stand in (一、)
# and their number in it ((一)), then the clause after the colon — a list of who answers printed after a notice whose
# items are numbered within its parts (a 政务公开工作要点's 任务分工).
_PART_KEYED = re.compile(
    r"^[ \t\u3000]*(?:\d{1,3}[.、．][ ]*)?第(?P<part>[一二三四五六七八九十]{1,3})部分"
    r"(?P<keys>第\([一二三四五六七八九十]{1,3}\)(?:[、,和至到\-—~～]\([一二三四五六七八九十]{1,3}\))*)[项項][ ]*[:：]"
    r"[ ]*(?P<clause>\S.*?)[ ]*$",
    re.MULTILINE,
)
_PART_LINE = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十]{1,3}部分(?!第)", re.MULTILINE)
_KEY_NUMBER = re.compile(r"\(([一二三四五六七八九十]{1,3})\)")
_PART_HEADING = re.compile(r"^[ \t\u3000]*([一二三四五六七八九十]{1,3})、")


def _part_keyed(text: str) -> str:
    """``text`` with each part-keyed line's clause (``_PART_KEYED``) moved to the items it names, as a bracket at the
    end of each item's last line, the keyed line emptied. The part is the last 一、 heading of that number above the
    keyed lines, the item the line that opens with its (一) under that heading; only where every key names one such
    item and every clause names bodies (or says who answers)."""
    found = list(_PART_KEYED.finditer(text))
    if not found or _PART_LINE.search(text) is not None:
        return (
            text  # (a plan whose parts are headed 第一部分 …: its 一、 headings are no parts; a key could name either)
        )
    lines = text.split("\n")
    at = [text.count("\n", 0, m.start()) for m in found]
    first_keyed = at[0]
    heading_at: dict[int, int] = {}
    for k in range(first_keyed):
        if (h := _PART_HEADING.match(lines[k])) is not None:
            heading_at[chinese_number(h.group(1))] = k  # (the plan's parts come after the covering notice's points)
    clauses: dict[int, list[str]] = {}
    for m in found:
        clause = m.group("clause").rstrip("。;；")
        if not (names_role(clause) or _names_only(clause)):
            return text
        part = chinese_number(m.group("part"))
        if part not in heading_at:
            return text
        top = heading_at[part]
        end = min((k for n, k in heading_at.items() if k > top), default=first_keyed)
        numbers = _key_numbers(m.group("keys"))
        if not numbers:
            return text
        starts = _item_starts(lines[top + 1 : end], _BRACKETED_ITEM)
        if starts is None or any(n not in starts for n in numbers):
            return text
        for n in numbers:
            clauses.setdefault(top + 1 + starts[n], []).append(clause)
    _write_at_ends(lines, {start: ";".join(said) for start, said in clauses.items()}, first_keyed)
    for k in at:
        lines[k] = ""
    return "\n".join(lines)


# A table printed a row per body after the items, each cell the numbers of the items that body leads or helps with
# (单位 | 牵头整治内容 | 配合整治内容 / 市营商局 | (一)(八) | (二)(七) / 各区政府 | — | (一)至(八)).
_REFS_CELL = re.compile(
    r"^(?:(?:\([一二三四五六七八九十]{1,3}\)[、,]?)+(?:[至到\-—~～]\([一二三四五六七八九十]{1,3}\))?[、,]?)+$"
)
_NO_REF = frozenset(("", "—", "-", "－", "/", "无", "無", "——"))
_BODY_HEADER = frozenset(
    ("单位", "單位", "责任单位", "責任單位", "部门", "部門", "单位名称", "單位名稱", "责任部门", "責任部門")
)


def units_keyed_tabs(text: str) -> str:
    """A table by body after the items, a Word copy's tab rows (责任单位<TAB>牵头实事<TAB>配合实事 / 县水利局<TAB>一<TAB>二):
    see ``_units_keyed``. Read before normalising, which parts cells by single spaces and drops an empty one at a
    row's end (the tab rows' empty cells tell which column a number stands in); full-width brackets as ASCII."""
    if "\t" not in text or not (holds(text, "牵头") or holds(text, "牽頭")) or not _BODY_HEADER_AT.found(text):
        return text  # (most notices print no such table: quick scans first)
    plain = text.translate(_BRACKETS)
    keyed = _units_keyed(plain, "\t")
    return text if keyed is plain else keyed


def units_keyed_rows(text: str) -> str:
    """A table by body after the items, its rows parted by | (单位 | 牵头整治内容 | 配合整治内容 / 甲局 | (一)(八) | (二)),
    read once normalised (full-width bars and spaces made plain): see ``_units_keyed``."""
    if "|" not in text or not (holds(text, "牵头") or holds(text, "牽頭")) or not _BODY_HEADER_AT.found(text):
        return text
    return _units_keyed(text, "|")


_BRACKETS = str.maketrans("（）", "()")


# A table by body's header row: 单位 | …, 责任单位<TAB>… at a line's start (asked there only: scans.LineStart).
_BODY_HEADER_AT = LineStart(
    re.compile(rf"^[ |]*(?:{'|'.join(sorted(_BODY_HEADER, key=lambda w: (-len(w), w)))})[ ]*[|\t]", re.MULTILINE)
)


def _units_keyed(text: str, bar: str) -> str:
    """``text`` with a table of bodies by row (``_REFS_CELL``) turned into clauses at the ends of the items it numbers
    ((甲局牵头,乙局、丙局配合)), the table's lines emptied. Its header: a body column first, then columns whose names
    say lead (牵头) or help (配合, 参与, 协同, 协办); every row a body's name and cells of numbers or none; every number
    names one item (N) under the last heading above the table that holds them all."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if bar not in line:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(bar)]
        if len(cells) < 2 or cells[0] not in _BODY_HEADER:
            continue
        found = [_ref_kind(c) for c in cells[1:]]
        kinds = [kind for kind in found if kind is not None]
        if len(kinds) < len(found) or "lead" not in kinds:
            continue
        rows: list[tuple[str, list[list[int]]]] = []
        j = k + 1
        # (a row's empty cells at its end may be gone with its trailing tabs: 县教育局<TAB>四; a stray one after them
        # is no cell)
        # (| rows keep every cell, an empty one too: a row short of cells has lost one, where is not told)
        least = 1 if bar == "\t" else len(cells) - 1
        while j < len(lines) and least <= lines[j].rstrip(" \t").count(bar) <= len(cells) - 1:
            row = [c.strip() for c in lines[j].rstrip(" \t").strip(" |").split(bar)]
            row += [""] * (len(cells) - len(row))
            if not looks_like_unit(row[0]) or not all(
                c in _NO_REF or _REFS_CELL.match(c) or _NUMERALS_CELL.match(c) for c in row[1:]
            ):
                return text
            rows.append((row[0], [[] if c in _NO_REF else _key_numbers_all(c) for c in row[1:]]))
            j += 1
        if len(rows) < 2:
            continue
        if j < len(lines) and bar in lines[j] and looks_like_unit(lines[j].strip(" |").split(bar)[0].strip()):
            return text  # (a body's row the table's shape does not hold: the table is not read in part)
        numbers = {n for _, refs in rows for cell in refs for n in cell}
        starts = _starts_under_heading(lines, k, numbers, cells[1:])
        if starts is None:
            return _keyed_ordinals(text, lines, k, j, rows, kinds, numbers)
        _write_at_ends(lines, {starts[n]: clause for n, clause in _said_by_item(rows, kinds).items()}, k)
        for at in range(k, j):
            lines[at] = ""
        return "\n".join(lines)
    return text


# A cell of bare numerals (二、三、七; 一至十): the items numbered 一是 … 十是 in a paragraph above.
_NUMERALS_CELL = re.compile(r"^[一二三四五六七八九十]{1,3}(?:[、,至到\-—~～][一二三四五六七八九十]{1,3})*$")
# 一是 … 十是 in a paragraph: an item's ordinal, its words after it up to the next one's.
_ORDINAL_AT = re.compile(r"(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})是")


def _keyed_ordinals(
    text: str,
    lines: list[str],
    header: int,
    end: int,
    rows: list[tuple[str, list[list[int]]]],
    kinds: list[str],
    numbers: set[int],
) -> str:
    """The table by body keyed to items counted 一是…;二是…;… in one paragraph above it: each item's clause written
    after its words (before the ; or 。 that closes them), the table's lines emptied; ``text`` itself where the
    paragraph does not count 1, 2, 3 … once each through every number the table names."""
    fitting = []
    for at in range(header):
        found = list(_ORDINAL_AT.finditer(lines[at]))
        counted = [chinese_number(m.group(1)) for m in found]
        if counted and counted == list(range(1, len(counted) + 1)) and numbers <= set(counted):
            fitting.append((at, found))
    if len(fitting) != 1:
        return text  # (none, or two paragraphs that count so — the tasks and the meeting's requirements: either)
    at, found = fitting[0]
    said = _said_by_item(rows, kinds)
    line = lines[at]
    # (the last item's words end at the list's full stop: 十是…。在做好以上实事的同时,… is the report's again)
    full_stop = line.find("。", found[-1].end())
    ends = [m.start() for m in found[1:]] + [full_stop + 1 if full_stop >= 0 else len(line)]
    out, last = [], 0
    for n, (m, stop) in enumerate(zip(found, ends, strict=True), 1):
        close = stop
        while close > m.end() and line[close - 1] in ";;。.,, ":
            close -= 1
        clause = said.get(n)
        out.append(line[last:close] + (f"({clause})" if clause else ""))
        last = close
    out.append(line[last:])
    lines[at] = "".join(out)
    for k in range(header, end):
        lines[k] = ""
    return "\n".join(lines)


def _said_by_item(rows: list[tuple[str, list[list[int]]]], kinds: list[str]) -> dict[int, str]:
    """Each item's clause from a table by body: 甲局、乙局牵头,丙局配合 (the bodies in the table's order)."""
    by_item: dict[int, dict[str, list[str]]] = {}
    for body, refs in rows:
        for kind, cell in zip(kinds, refs, strict=True):
            for n in cell:
                by_item.setdefault(n, {}).setdefault(kind, []).append(body)
    return {
        n: ",".join(
            f"{'、'.join(by_kind[kind])}{verb}"
            for kind, verb in (("lead", "牵头"), ("cooperating", "配合"))
            if kind in by_kind
        )
        for n, by_kind in by_item.items()
    }


def _ref_kind(header: str) -> str | None:
    """What a body's cell under this header names: the items it leads, or those it helps with."""
    if "牵头" in header or "牽頭" in header or "主办" in header:
        return "lead"
    if any(word in header for word in ("配合", "参与", "參與", "协同", "協同", "协办", "協辦")):
        return "cooperating"
    return None


def _key_numbers_all(cell: str) -> list[int]:
    """(一)(八) → [1, 8]; (一)至(八) → 1…8; (二)、(四)至(六) → [2, 4, 5, 6]; 二、三、七 and 一至十 bare too."""
    if "(" not in cell:
        cell = re.sub(r"[一二三四五六七八九十]{1,3}", lambda m: f"({m.group()})", cell)
    out: list[int] = []
    for piece in re.split(r"(?<=\))(?=\()|[、,]", cell):
        if piece:
            out += (
                _key_numbers(piece) if _RANGE.search(piece) else [chinese_number(n) for n in _KEY_NUMBER.findall(piece)]
            )
    for m in re.finditer(r"\(([一二三四五六七八九十]{1,3})\)[至到\-—~～]\(([一二三四五六七八九十]{1,3})\)", cell):
        a, b = chinese_number(m.group(1)), chinese_number(m.group(2))
        out += list(range(a, b + 1)) if a < b else []
    return sorted(set(out))


def _starts_under_heading(
    lines: list[str], stop: int, numbers: set[int], header: Sequence[str]
) -> dict[int, int] | None:
    """The first line of each item (N) the numbers name, under the one 一、 heading above ``stop`` whose items hold
    them all (as lines' indexes) — where several do (二、整治内容 and 三、保障措施 both number (一)-(四)), the one whose
    title the table's header names (牵头整治内容); None where none or no one such heading is told, or a number is
    printed twice under it."""
    headings = [k for k in range(stop) if _PART_HEADING.match(lines[k])]
    found: list[tuple[int, dict[int, int]]] = []
    for top, end in zip([-1, *headings], [*headings, stop], strict=True):
        starts = _item_starts(lines[top + 1 : end], _BRACKETED_ITEM)
        if starts is not None and numbers and all(n in starts for n in numbers):
            found.append((top, {n: top + 1 + starts[n] for n in numbers}))
    if len(found) > 1:
        found = [
            (top, starts)
            for top, starts in found
            if top >= 0
            and (title := _PART_HEADING.sub("", lines[top]).strip())
            and any(title in cell for cell in header)
        ]
    return found[0][1] if len(found) == 1 else None


def _key_numbers(keys: str) -> list[int]:
    """第(一)、(二) → [1, 2]; 第(二)至(四) → [2, 3, 4]; [] for a range that runs backwards."""
    numbers = [chinese_number(n) for n in _KEY_NUMBER.findall(keys)]
    if len(numbers) == 2 and _RANGE.search(keys):
        return list(range(numbers[0], numbers[1] + 1)) if numbers[0] < numbers[1] else []
    return numbers


def _names_only(clause: str) -> bool:
    """A clause of bodies' names alone (县财政局; 甲局、乙局,各乡镇(列第一位的为牵头单位,下同)): a keyed line's list."""
    bare = re.sub(r"\((?:[^()]*(?:列|排)[^()]*)\)$", "", clause).strip()
    names = split_names(bare).names
    return bool(names) and all(looks_like_unit(n) for n in names)


# 第2项由教育督导室牵头,基础教育科配合 / 第6、8项由安全稳定科牵头 / 第9项由计划财务科会同审计科负责: one sentence's part
# (本部分第1—3项由…: the items of the part the sentence closes; 注:第5、7项增加甲局为配合单位 / 第1、3项工作,甲局为配合单位:
# a note that names more helpers of items by number, said with a copula)
# (parts parted by ; in a paragraph after the items, 以上各项工作,第1项由…;第2项由…。, or by a comma before the next
# 第N项), its numbers and its clause.
_KEYED_PART = re.compile(
    r"(?:^|(?<=[;。:,])|(?<=^\d\.)|(?<=[;。:,]\d\.)|(?<=^ \d\.)|(?<=^  \d\.))(?P<lead>[^;。:第]{0,10}?,|以上|上述|前述|本部分|本节|本節|该部分|該部分)?[ ]*第(?P<numbers>\d{1,3}(?:[项項]?[ ]*(?:[-—－~～至到、,][ ]*第?)\d{1,3})*)"
    r"[项項](?:工作|任务|任務|事项|事項)?(?:均|都)?(?:,?由|,(?=[^;。,]{2,40}为)|(?<=[项項])(?=[\u4e00-\u9fff]))"
    r"(?:增加|增列|增补|增補|另增)?(?P<clause>(?:(?!,第\d)[^;。])+)"
)
_SHARED_TAIL = re.compile(r"(?:共同|一起|一并|一併)?(?:负责|負責)(?:落实|落實)?$")
_ALL_DUE = re.compile(r"(?:均|都|全部)应?(?:于|在)")
# ,其中第8项X、Y配合: a part's own key for some of its items (who helps with those alone).
_AMONG = re.compile(r",其中第(?P<numbers>\d{1,3}(?:[、,]\d{1,3})*)[项項](?P<clause>.+)$")


# 第一件实事:… / 第3件:… at a line's start: an item's own name, a count of the things a list promises.
_KEY_AGAIN = re.compile(
    r"^[ \t\u3000]*(?P<key>第(?:\d{1,3}|[一二三四五六七八九十]{1,3})件(?:实事|實事|事)?)[ \t\u3000]*[:：](?P<rest>.*)$",
    re.MULTILINE,
)


def keys_printed_again(text: str) -> str:
    """A list whose items are named by a key (第一件实事:新增就业…) and whose duties follow in a block that prints each
    key again with its fields (第一件实事:责任单位:甲局;协办单位:乙局): each block line's clause goes to the item its key
    names, as a bracket at the end of the item's line, and the block line is emptied. Only where every key of the block
    opens one line before it whose words name no one, the next line being another key's, a heading's or blank.
    (Before the lines are numbered: the keys with their clauses are then items numbered by them, layout's 第N件.)"""
    if not (holds(text, "件实事") or holds(text, "件實事") or holds(text, "件:")):
        return text
    found = list(_KEY_AGAIN.finditer(text))
    if len(found) < 4:
        return text
    first: dict[str, re.Match[str]] = {}
    again: list[tuple[re.Match[str], re.Match[str]]] = []
    for m in found:
        key = m.group("key")
        if key not in first:
            first[key] = m
        elif names_role(reworded(m.group("rest").strip().rstrip("。"))) and not names_role(first[key].group("rest")):
            again.append((first[key], m))
    if len(again) < 2 or len(again) < len(first) // 2:
        return text
    lines = text.split("\n")
    # (each pair's lines: the item's, the block's)
    places = [(text.count("\n", 0, item.start()), text.count("\n", 0, block.start()), block) for item, block in again]
    for at, _, _ in places:
        after = next((line for line in lines[at + 1 :] if line.strip()), "")
        if after and _KEY_AGAIN.match(after) is None and _HEADING.match(after) is None:
            return text  # (an item going on over more lines: its end is not told here)
    for at, there, block in places:
        lines[at] = f"{lines[at].rstrip()}({block.group('rest').strip().rstrip('。')})"
        lines[there] = ""
    return "\n".join(lines)


def _keyed_sentences(text: str) -> str:
    """``text`` with the parts of a sentence that key clauses to items by number (以上各项工作,第1项由甲科牵头;第2项由乙科
    牵头,丙科配合;…) moved to those items as brackets at their ends (where an item prints its own bracket too, the two
    are read together: 甲科牵头 marks the lead among its 责任单位), and taken out of the sentence. Only where every
    number names one item printed above the sentence."""
    lines = text.split("\n")
    said: dict[int, list[str]] = {}  # each item's first line -> the clauses keyed to it
    stops: dict[int, int] = {}  # each item's first line -> the line it was keyed on (its lines end before it)
    for k, line in enumerate(lines):
        if (
            "项由" not in line
            and "項由" not in line
            and ";第" not in line
            and "项增" not in line
            and "项工作," not in line
        ) or _ALL_DUE.search(line):  # (the hints inline: a generator per line cost ~3% of a parse of new text)
            continue  # (…;第5项由X负责。均于年底前完成: a deadline for them all, the grammar's _numbered_refs reads it)
        bracketed = "第(" in line and _CHINESE_KEY.search(line) is not None
        if bracketed:
            # 第(一)项由…;第(二)、(三)项由…: items numbered (一)(二) keyed so — read as their numbers
            line = _CHINESE_KEY.sub(
                lambda m: ("、" if m.string[m.start() - 1] == ")" else "") + str(chinese_number(m.group(1))), line
            )
        parts = [m for m in _KEYED_PART.finditer(line) if names_role(reworded(m.group("clause")))]
        taken = 0
        while (wrapped := _wrapped_on(lines, k + taken, line)) is not None:
            # (…;第7、8项由 / 局长刘 斌负责。: a sentence a print wrapped, its last part cut: read with the lines it goes
            # on over, up to its full stop)
            line, taken = wrapped, taken + 1
        if taken:
            more = [m for m in _KEYED_PART.finditer(line) if names_role(reworded(m.group("clause")))]
            if len(more) >= len(parts) and more:
                parts = more
                lines[k + 1 : k + 1 + taken] = [""] * taken
            else:
                line = lines[k]
        if not parts:
            continue
        keyed: dict[int, list[str]] = {}
        # (以上2项由甲局牵头,乙配合;第6项丙局、丁局共同负责: beside the lead the sentence on the items names, a part
        # keyed with no 牵头 of its own names more helpers of those items)
        led = "牵头" in line[: parts[0].start()] or "牽頭" in line[: parts[0].start()]
        for m in parts:
            clause = reworded(m.group("clause"))  # (甲局为配合单位: said with a copula, read as its label)
            if led and "牵头" not in clause and "牽頭" not in clause:
                clause = _SHARED_TAIL.sub("配合", clause)
            among = _AMONG.search(clause)
            if among is not None:
                clause = clause[: among.start()]
                for n in _numbers(among.group("numbers")):
                    keyed.setdefault(n, []).append(among.group("clause"))
            numbers = _numbers(m.group("numbers"))
            for n, own in zip(numbers, _respectively(clause, len(numbers)), strict=True):
                keyed.setdefault(n, []).append(own)
        rest = line[: parts[0].start()] + line[parts[-1].end() :].lstrip(";。")
        rest = _keyed_deadlines(rest, keyed)
        starts = _starts_for(lines, k, list(keyed), bracketed) if keyed else None
        if starts is None or any(n not in starts or starts[n] >= k for n in keyed):
            continue
        for n, clauses in keyed.items():
            said.setdefault(starts[n], []).extend(clauses)
            stops.setdefault(starts[n], k)
        shared, rest = _shared(rest)
        for n in keyed:
            said.setdefault(starts[n], []).extend(shared)
        # (注: with nothing after it now: no line of the notice's)
        lines[k] = "" if _NOTE_LEFT.fullmatch(rest) else rest
    if not said:
        return text
    for first, clauses in said.items():
        last = _last_line(lines, first, stops[first])
        lines[last] = f"{lines[last].rstrip()}({';'.join(clauses)})"
    return "\n".join(lines)


# 其中,第1项须于2025年6月30日前完成…,第5项须于8月31日前完工: after the keyed parts, when some of the items are due.
_KEYED_DUE = lazy(
    rf"第(?P<numbers>\d{{1,3}}(?:[、,]\d{{1,3}})*)[项項](?:须|須|应|應|要|需)?(?:于|於|在)(?P<when>{lexicon('DEADLINE')})"
)


def _keyed_deadlines(rest: str, keyed: dict[int, list[str]]) -> str:
    """The words a keying sentence left, without its sentences that say when items it keys are due (其中,第1项须于…前
    完成…): each such deadline added to its items' clauses as a 完成时限 field."""
    if "项" not in rest and "項" not in rest:
        return rest
    left: list[str] = []
    label = _OPENING_LABEL.match(rest)  # (责任分工:其中,第1项…: the paragraph's label before the keyed parts)
    for sentence in re.split(r"(?<=[。;])", rest[label.end() :] if label else rest):
        dues = list(_KEYED_DUE.finditer(sentence))
        if not dues or not sentence.strip(" \t\u3000").startswith(("其中", "第")):
            left.append(sentence)
            continue
        for due in dues:
            for n in _numbers(due.group("numbers")):
                keyed.setdefault(n, []).append(f"完成时限:{due.group('when')}")
    said = "".join(left)
    return (label.group() + said if said.strip() else "") if label else said


# 责任分工: before the keyed parts — the paragraph's label, nothing said of any item.
_OPENING_LABEL = re.compile(r"^[ \t\u3000]*(?:责任分工|責任分工|任务分工|任務分工|分工|责任分解|責任分解)[ \t\u3000]*:")
# 分管领导:副区长刘敏 after the keyed parts: a field said of every item the sentence keys.
_LEADER_FIELD = re.compile(r"^(?:分管|责任|牵头|联系|分管县|分管区|分管市)?[\u4e00-\u9fff]{0,2}(?:领导|領導):")
# …配合完成以上3项工作 / 协助做好上述工作: a clause said of every item the sentence keys, its words on them dropped.
_ON_THE_ITEMS = re.compile(
    r"(?:完成|做好|落实|落實|推进|推進)?(?:以上|上述|前述)[^,;。]{0,8}(?:工作|任务|任務|事项|事項)$"
)


def _shared(rest: str) -> tuple[list[str], str]:
    """What the words of a keying sentence left beside its keyed parts say of every item it keys — a leader's field
    (分管领导:副区长刘敏), a clause on them all (区直各部门配合完成以上3项工作) — and the words left after those."""
    body = _OPENING_LABEL.sub("", rest)
    shared: list[str] = []
    left: list[str] = []
    for sentence in re.split(r"(?<=[。;])", body):
        said = sentence.strip(" \t\u3000").rstrip("。;")
        on_items = _ON_THE_ITEMS.search(said)
        if said and _LEADER_FIELD.match(said):
            shared.append(said)
        elif on_items is not None and on_items.start() > 0 and names_role(said[: on_items.start()]):
            shared.append(said[: on_items.start()])
        else:
            left.append(sentence)
    if not shared:
        return [], rest
    return shared, "".join(left)


# What is left of a line whose every part was keyed to items: nothing, or a note's label alone (注:, 说明:), or the
# number of the note's point (注:1. / 2.).
_NOTE_LEFT = re.compile(
    r"[ \t\u3000]*(?:(?:注|註|备注|備註|说明|說明)[ \t\u3000]*:)?[ \t\u3000]*(?:\d{1,2}[.、．][ \t\u3000]*)?"
)


def _wrapped_on(lines: list[str], k: int, said: str | None = None) -> str | None:
    """Line ``k`` (or ``said``, the words read up to it) with the next line after it, where it ends no sentence and
    the next line holds words that start no item nor heading (a print's wrap); None elsewhere."""
    line = (lines[k] if said is None else said).rstrip()
    if k + 1 >= len(lines) or line.endswith(("。", ";", ":")):
        return None
    after = lines[k + 1].strip()
    if not after or _ITEM.match(after) or _HEADING.match(after) or _KEYED.match(after):
        return None
    return line + after


def _starts_for(lines: list[str], at: int, numbers: list[int], bracketed: bool = False) -> dict[int, int] | None:
    """The first line of each item a key on line ``at`` may name: the items printed since the last heading above it
    (一、…: a list that numbers its items from 1 again in each part keys each part's after it), or, where those lack
    a number it names, every item of the text (a list numbered through, keyed after its last part); None where a
    number is printed twice there."""
    if bracketed:
        # (keyed by (一)(二): the items so numbered above the key — a later part's own (一) is the key's, or after it)
        return _item_starts(lines[:at], _BRACKETED_ITEM)
    top = at
    while top > 0 and not _HEADING.match(lines[top - 1]):
        top -= 1
    local = _item_starts(lines[top:at])
    if local is not None and numbers and all(n in local for n in numbers):
        return {n: k + top for n, k in local.items()}
    return _item_starts(lines)


def _item_starts(lines: list[str], item: re.Pattern[str] = _ITEM) -> dict[int, int] | None:
    """Each item number's first line; None where a number is printed twice (a key could name either item)."""
    starts: dict[int, int] = {}
    for k, line in enumerate(lines):
        m = item.match(line)
        if m is not None and not line.startswith("第", m.end()):  # (2.第11、12项…: a note's point keying items, none)
            number = int(m.group(1)) if m.group(1).isdigit() else chinese_number(m.group(1))
            if number in starts:
                return None
            starts[number] = k
    return starts


def _numbers(said: str) -> list[int]:
    """1-3 → [1, 2, 3]; 5、6 → [5, 6]; [] for a range that runs backwards or over a long span."""
    numbers: list[int] = []
    for part in re.split(r"[、,]", said):
        ends = [int(d) for d in re.findall(r"\d{1,3}", part)]
        if len(ends) == 2 and _RANGE.search(part):
            if not 0 < ends[1] - ends[0] < 50:
                return []
            numbers.extend(range(ends[0], ends[1] + 1))
        else:
            numbers.extend(ends)
    return numbers


# A line of an item's labelled fields (牵头单位:…, 完成时限:…): a bracket after it would be read as that field's.
_FIELD_LINE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{2,10}[ \t\u3000]*:")


def _write_at_ends(lines: list[str], clauses: dict[int, str], stop: int) -> None:
    """Each clause as a bracket at the end of the last line of the item that starts on its line (the keyed lines, or
    the table, from ``stop`` on): the clause reader reads a closing bracket as the item's clause."""
    for start, clause in clauses.items():
        last = _last_line(lines, start, stop)
        lines[last] = f"{lines[last].rstrip()}({clause})"


def _last_line(lines: list[str], first: int, stop: int) -> int:
    """The last line of the item that starts on line ``first`` (before ``stop``, the keyed block)."""
    last = first
    for k in range(first + 1, stop):
        line = lines[k]
        if (
            not line.strip()
            or _FIELD_LINE.match(line)  # (牵头单位:甲局 / 完成时限:年底前: the item's fields, its words end above them)
            or _ITEM.match(line)
            or _HEADING.match(line)
            or line.rstrip().endswith((":", "："))
            or _SAID_OF_ABOVE.match(line)
            or ATTACHMENT_LINE.match(line.strip())
        ):
            break  # (以上任务责任分工如下: — the words that open the keyed lines, no item's; 以上4项由X分管: the items';
            # 附件 over a table keyed by the items' numbers: the list ended above it)
        last = k
    return last


# A table of who answers for the items printed above it, by their numbers, with no task column of its own
# (序号 | 牵头领导 | 牵头单位 | 配合单位 | 完成时限, a notice's 责任分解表 attached after its list): each column's cells
# said as the field its kind names.
_FIELD_OF_KIND = {**DUTY_LABELS, "deadline": "完成时限"}
# (7—8: a merged 序号 cell, the row said of both items)
_ROW_NUMBER = re.compile(r"\d{1,3}(?:[—－\-~～至]\d{1,3})?")
# 序号 牵头单位 配合单位: a header whose cells single spaces part, each a column's name of a few characters.
_SPACED_HEADER = re.compile(r"^[ \t\u3000]*序号(?:[ \u3000]+[\u4e00-\u9fff]{2,8}){2,6}[ \t\u3000]*$")
# 项目名称 | 事项名称: a column that names each item by a few words (kept as the item's note, 项目名称:就业创业).
_NAME_COLUMN = re.compile(r"^(?:项目|事项|任务|工作)?名称$")


def _table_cells(line: str) -> list[str]:
    """A | or tab row's cells, the outer borders' empty cells left out."""
    cells = [cell.strip(" \u3000") for cell in re.split(r"[|\t]", line.strip())]
    if line.strip().startswith("|"):
        cells = cells[1:]
    if line.strip().endswith("|") and cells:
        cells = cells[:-1]
    return cells


def keyed_rows(text: str) -> str:
    """``text`` with the rows of a table keyed by item number (a 序号 column and duty and deadline columns only, cells
    parted by | or tabs, or by single spaces where the header is so parted) written as keyed lines (第3项:责任领导:甲;牵头单位:乙), which ``keyed_duties`` gives to those
    items; its header line emptied (the line count holds). The text itself where no such table stands. (Before the
    text is normalised: that makes tabs spaces.)"""
    if not holds(text, "序号"):
        return text
    lines = text.split("\n")
    changed = False
    for at, line in enumerate(lines):
        if "序号" not in line:
            continue
        # (序号 牵头单位 配合单位: a converter's rows, single spaces between cells, no name holding one)
        spaced = "|" not in line and "\t" not in line
        if spaced and _SPACED_HEADER.match(line) is None:
            continue
        names = line.split() if spaced else [re.sub(r"[ \u3000]", "", name) for name in _table_cells(line)]
        if len(names) < 3 or names[0] != "序号":
            continue
        kinds = ["name" if _NAME_COLUMN.match(name) else column_kind(name) for name in names[1:]]
        if (
            not all(kind in _FIELD_OF_KIND or kind == "name" for kind in kinds)
            or kinds.count("name") > 1
            or not any(kind in ("lead", "cooperating", "responsible") for kind in kinds)
        ):
            continue  # (a table with a task column of its own, or a note column: the table readers')
        rows: list[tuple[int, int, str]] = []  # (line, the item's number, the row as a keyed line)
        for k in range(at + 1, len(lines)):
            cells = lines[k].split() if spaced else _table_cells(lines[k])
            if not lines[k].strip():
                continue
            if len(cells) < 2 or len(cells) > len(names) or not _ROW_NUMBER.fullmatch(cells[0]):
                break
            fields = [
                f"{_FIELD_OF_KIND.get(kind, names[1 + c])}:{cell}"
                for c, (kind, cell) in enumerate(zip(kinds, cells[1:], strict=False))
                if cell
            ]
            first = _numbers(cells[0])  # (7—8: the first of the items the merged cell keys)
            rows.append((k, first[0] if first else 0, f"第{cells[0]}项:{';'.join(fields)}"))
        if len(rows) < 2:
            continue
        if "name" in kinds:
            # (序号 | 项目名称 | 责任领导 | …: a table of named projects is a list of its own — keyed to the items only
            # where a list above numbers every row's item)
            above = _item_starts(lines[:at])
            if above is None or not all(number in above for _, number, _ in rows):
                continue
        lines[at] = ""
        for k, _, row in rows:
            lines[k] = row
        changed = True
    return "\n".join(lines) if changed else text


# 以上3项由…负责,区发改局牵头,区统计局、 — a sentence on the items above it that a print's wrap cut after a list's mark.
# (not 以上。牵头负责领导:… — a wrapped line that starts with the end of a target, 达到90% / 以上。, then fields)
# (nor 以上工业企业70家。责任领导:… — 规模 / 以上工业企业 cut by the wrap: the sentence names who answers, no full stop in it)
_OPEN_GROUP_SENTENCE = re.compile(
    r"^[ \t\u3000]*(?:以上|上述|前述)(?![。;；,，、.])[^\n。]*(?:由|牵头|负责)[^\n。]*[、,，]$", re.MULTILINE
)


def _group_sentences_joined(text: str) -> str:
    """``text`` with each sentence on the items above it (以上3项由…) that a wrap cut after a list's mark (、 or ,)
    joined with the line it goes on on, that line left empty (the line count holds); the text itself where none is."""
    if _OPEN_GROUP_SENTENCE.search(text) is None:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if _OPEN_GROUP_SENTENCE.match(line) and (wrapped := _wrapped_on(lines, k)) is not None:
            lines[k], lines[k + 1] = wrapped, ""
    return "\n".join(lines)


# 分别由市交通运输局、市水务局牵头: bodies that lead the items keyed, one each, in order.
_RESPECTIVELY = re.compile(r"分别由(?P<names>[^,;。由]+?)(?P<verb>牵头|牽頭|负责|負責)")


def _respectively(clause: str, count: int) -> list[str]:
    """The clause for each of ``count`` items keyed together: where it says 分别由甲局、乙局牵头 and names one body an item,
    each item's clause names its own (甲局牵头 for the first, 乙局牵头 for the second); else the clause for each."""
    m = _RESPECTIVELY.search(clause)
    if m is None or count < 2:
        return [clause] * count
    names = m.group("names").split("、")
    if len(names) != count:
        return [clause] * count
    return [f"{clause[: m.start()]}{name}{m.group('verb')}{clause[m.end() :]}" for name in names]
