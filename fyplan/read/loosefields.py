"""Duty fields without their colons: a copy that lost them, or a notice that never wrote them (牵头单位,县工信局;
配合单位,县统计局 — commas for colons; 牵头单位 市商务局 配合单位 市财政局 — spaces; 责任领导王海责任单位区商务局 — nothing
at all). Written back as ``label:names`` fields, one after the other, where every value in the run is names only.

A run starts at a duty label that stands where a field may start (a line's start, after a sentence's end, a
bracket, a semicolon, a comma or a space — not inside a word: 请各牵头单位会同配合单位… is a sentence) and goes on
to the sentence's end, the bracket's close or the line's end; every label in it (with or without its colon) parts
its fields. The run is rewritten only where each value is what its label names: people for a leaders' label,
bodies for a unit's, a time for a deadline's — 牵头单位要切实负起主体责任 stays a sentence.
"""

from __future__ import annotations

import re

from fyplan.grammars import lexicon
from fyplan.lazyre import lazy
from fyplan.read.clauses import a_person
from fyplan.read.scans import holds
from fyplan.read.tables import WHEN, column_kind
from fyplan.units import STRONG_END, ends_like_unit, looks_like_unit, post_alone

# A label at a field's start, its colon missing: what starts a run.
# (a copy's ASCII full stop after a word, …100%.责任领导…, is a sentence's end too; not a number's point)
_RUN_START = lazy(rf"(?:^|(?<=[\s;。()\[\]【】,])|(?<=[^\d.]\.))(?:{lexicon('LABEL')})(?![ ]*:)", re.MULTILINE)
# Any label inside a run, with its colon or without: where the run's fields part.
_LABEL_IN_RUN = lazy(rf"(?:{lexicon('LABEL')})")
# What ends a run: a sentence's end, a bracket's close, the line's end.
_RUN_END = re.compile(r"[。)\]】]|$", re.MULTILINE)
# A quick look first: a label's last words before something other than a colon (most notices write their colons).
# (nor before 、 和 及 等: a list of the roles' names in a sentence, 牵头责任单位和协同责任单位; nor before 要 应 为 是 的:
# a sentence about them)
# (its literal words first, the role word's last character before them asked after: a scan led by a character
# class cost three times as much; 牵头单位, 配合单位, 责任领导 — not 成员单位, a list's)
# (为, 是 and 包括 may stand for the colon: 牵头单位为县工信局, read where the names follow)
_HINT = re.compile(r"(?:单位|部门|领导|單位|部門|領導|处室|科室|时限|時限)(?![ ]*[:、和及与等要应须的。])")
_ROLE_LAST = frozenset("头頭合同任办辦管与與责責抓施实實保联聯挂掛衔銜成完结結省市县縣区區州旗")
_VALUE_EDGES = " ,;:、\u3000—－-"
# A copula where the colon would be (牵头单位为县工信局; 配合单位包括县司法局、…): the field's value follows it.
_COLON_WORDS = ("为", "是", "包括")
# ... and words after a label that make it a sentence's (均为, 分别为: a group sentence, read with its scope; 系; 由)
_COPULAS = ("均为", "分别为", "系", "由")
LEVEL_FIRST = frozenset("省市县縣区區乡鄉镇鎮街村州")  # a body's first character: its place's level
# (not 应急 nor 对外: 县应急局 and 市对外联络办 are bodies)
_VERBISH = re.compile(r"[要须需将把抓]|应(?!急)|对(?!外)|主动|积极|负责")


def colonless_fields(text: str) -> str:
    """``text`` with every run of duty fields that lack their colons written as ``label:names`` fields (the text
    itself where there is none); one line for one line."""
    out: list[str] = []
    at = 0  # the text up to here is in out
    for hint in _HINT.finditer(text):
        if hint.start() < at or text[hint.start() - 1 : hint.start()] not in _ROLE_LAST:
            continue  # (a second hint on a line already looked at; no role word before it)
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        fixed = _line_fields(line)
        if fixed != line:
            out += [text[at:start], fixed]
        at = end if fixed != line else at
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


def _line_fields(line: str) -> str:
    out: list[str] = []
    at = 0
    while (start := _RUN_START.search(line, at)) is not None:
        stop = _RUN_END.search(line, start.end())
        end = stop.start() if stop is not None else len(line)
        # (a copula for the colon only on a line of fields: inside a sentence, …由副区长某某领衔,牵头单位为甲局,…, the
        # clause reader reads the sentence's clause whole)
        fields = _fields(line[start.start() : end], not line[: start.start()].strip())
        out.append(line[at : start.start()])
        if fields is None:
            out.append(line[start.start() : end])
        else:
            out.append(";".join(f"{label}:{value}" for label, value in fields))
        at = end
        if at >= len(line):
            break
        out.append(line[at])
        at += 1
    out.append(line[at:])
    return "".join(out)


def _fields(run: str, copula: bool) -> list[tuple[str, str]] | None:
    """The run's (label, names) fields, or None where any value is not what its label names (or every label of it
    already has its colon: nothing to mend); a copula may stand for a colon where ``copula`` says so."""
    labels = list(_LABEL_IN_RUN.finditer(run))
    # (牵头领导是常务副市长钱国栋: a title right after a label's copula is the value's, the person's title, no label)
    labels = [m for k, m in enumerate(labels) if k == 0 or run[labels[k - 1].end() : m.start()] not in _COLON_WORDS]
    # (责任州领导分管副州长: a post right after a leaders' label is its value — 分管副州长 may label a field itself)
    labels = [
        m
        for k, m in enumerate(labels)
        if k == 0
        or not (
            m.start() == labels[k - 1].end()
            and post_alone(m.group())
            and column_kind(labels[k - 1].group()) == "leaders"
        )
    ]
    if not labels or labels[0].start() != 0:
        return None
    fields = []
    for here, after in zip(labels, [*labels[1:], None], strict=True):
        value = run[here.end() : after.start() if after is not None else len(run)].strip(_VALUE_EDGES)
        if value.startswith(_COPULAS):
            return None  # (责任单位均为市卫健委: a group sentence, read as such)
        if value.startswith(_COLON_WORDS):
            if not copula:
                return None
            value = value.removeprefix("包括")[1 if value[0] in "为是" else 0 :]  # 牵头单位为市卫健委: the names
        names = names_only(here.group(), value)
        if names is None:
            return None
        fields.append((here.group(), names))
    return fields


def names_only(label: str, value: str) -> str | None:
    """The value as the label's names (spaces between names made 、) when it holds only what the label names:
    people after a leaders' label (a common surname first: 主要领导 亲自抓 names no one), a time after a deadline's,
    bodies after a unit's (each ends as a body does, or is a short collective with no verb in it: 配合单位 各村要主动
    对接 is a sentence); None otherwise."""
    names = units_cell(value.strip())
    if not names:
        return None
    kind = column_kind(label)
    if kind == "deadline":
        return names if WHEN.match(names) else None
    people = [p for p in re.split(r"[、, ]+", names) if p]
    if kind == "leaders" and people and all(a_person(p) or post_alone(p) for p in people):
        return names  # (孙立, 副市长方振华: people, bare or with their title; 分管副州长: a post, whoever holds it)
    parts = [p for p in re.split(r"[、,]", names.rstrip("。")) if p]
    bodies = bool(parts) and all(
        len(p) <= 20
        and (
            STRONG_END.search(p)
            or (ends_like_unit(p) and p[0] in LEVEL_FIRST)
            or (p.startswith(("各", "有关", "相关")) and len(p) <= 10)
            or _PLACE.fullmatch(p) is not None  # (伊宁市、伊宁县: places, for their governments)
            or (ends_like_unit(p) and looks_like_unit(p) and _PLACE_THEN_BODY.match(p) is not None)
        )
        and not _VERBISH.search(p)
        for p in parts
    )
    return names if bodies else None


# A place's name alone (伊宁市, 霍城县, 城关镇): its government, in a list of those who answer.
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,4}[市县縣区區州旗镇鎮乡鄉]")
# A place's name, then its body (城关镇邮政所, 东坝镇卫生院): a body's name that opens with no level's character.
_PLACE_THEN_BODY = re.compile(r"[\u4e00-\u9fff]{1,4}[市县縣区區州旗镇鎮乡鄉][\u4e00-\u9fff]{2,}")


def units_cell(cell: str) -> str:
    """Names in one cell separated by spaces (line breaks flattened): 市财政局 市商务局 → 、."""
    parts = cell.split()
    if len(parts) > 1 and all(looks_like_unit(p.strip("、,")) for p in parts):
        return "、".join(p.strip("、,") for p in parts)
    return cell.replace("、 ", "、")


# A field after a bar on a line of fields (① 任务… | 牵头院领导:甲 | 牵头科室:乙): the bar parts the fields, no cell of a table.
_BARRED_FIELD = lazy(rf"[ \t]*[|｜丨][ \t]*(?=(?:{lexicon('LABEL')})[ ]*:)")


_VALUE_BAR = re.compile(r"(?<=[\u4e00-\u9fff])[|｜丨](?=[\u4e00-\u9fff])")
_FIELD_FIRST = lazy(rf"^[ \t]*(?:{lexicon('LABEL')})[ ]*:")


def barred_fields(text: str) -> str:
    """Lines that print an item's fields after its words with bars between them (…准备 | 牵头院领导:院长 谭卫东 | 牵头科室:
    质量管理办公室 | 时间:2023年10月): the first bar a comma (the words end there), the others semicolons, as fields
    written in a sentence's tail are; one line for one line. Only lines with two such bars or more."""
    if "|" not in text and "｜" not in text and "丨" not in text:
        return text
    lines = text.split("\n")
    changed = False
    for k, line in enumerate(lines):
        # (a bar glued between two names, 牵头科室:总务科|基建科, parts a value's two bodies: no field's bar)
        bars = list(_BARRED_FIELD.finditer(line))
        fields_at = {bar.start() for bar in bars}
        # (a glued bar before a label is a field's: 责任领导:甲|牵头单位:乙, a WeChat repost's line of fields)
        values = sum(1 for m in _VALUE_BAR.finditer(line) if m.start() not in fields_at)
        count = line.count("|") + line.count("｜") + line.count("丨") - values
        if count < 2:
            continue
        if len(bars) != count:
            continue  # (a bar before some other cell: a table's row, the table reader's)
        # (the first bar a comma after the item's words; a line that opens with a field has none: semicolons all)
        first = ";" if _FIELD_FIRST.match(line) else ","
        out, at = [], 0
        for n, bar in enumerate(bars):
            out += [line[at : bar.start()], first if n == 0 else ";"]
            at = bar.end()
        out.append(line[at:])
        lines[k] = "".join(out)
        changed = True
    return "\n".join(lines) if changed else text


# A line made only of fields each in its own bracket with its value inside (【牵头领导:甲】【牵头单位:乙】【参与单位:丙】).
# (one field a bracket, two brackets or more: a bracket of several fields, 【牵头领导:甲;牵头单位:乙】, is a clause the
# reader reads as it is, and may be a hard wrap's line)
_BRACKETED_FIELD = lazy(rf"[【\[](?P<label>{lexicon('LABEL')})[ ]*:[ ]*(?P<value>[^【】\[\]\n:;]*)[】\]]")
_BRACKETED_LINE = lazy(
    rf"^[ \t]*(?:[【\[](?:{lexicon('LABEL')})[ ]*:[^【】\[\]\n:;]*[】\]][ \t]*){{2,}}$", re.MULTILINE
)


def bracketed_fields(text: str) -> str:
    """Lines made only of bracketed fields with their values inside the brackets (【牵头领导:市委副书记】【牵头单位:
    市发改委】), written as the fields they are (牵头领导:市委副书记;牵头单位:市发改委): each bracket was read as an item
    of its own with no words. One line for one line."""
    # (two brackets side by side somewhere, found by scans.holds first: a pattern over every line costs 3 ms a MB,
    # issue 13)
    if not (holds(text, "】【") or holds(text, "】 【") or holds(text, "][") or holds(text, "] [")):
        return text
    return _BRACKETED_LINE.sub(
        lambda m: ";".join(
            f"{f.group('label')}:{f.group('value').strip()}" for f in _BRACKETED_FIELD.finditer(m.group())
        ),
        text,
    )
