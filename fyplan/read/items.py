"""The items stage: an item's clauses found in its lines (a trailing bracket, brackets inside the
text, labelled fields after the sentence, a line that is only a clause, unnumbered items run
together), the effect of each clause on the item, and the item's text joined from its lines.

Each function works on one string and is cached per distinct string: notices repeat lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

import attrs
from lark import Token

from fyplan import units
from fyplan.model import Duties, Severity
from fyplan.read import clauses as dutymod

# Separators with no name between them: 、、  ,,  :、  、。
# (A ; or , closing a field is only the separator before the next field: 牵头单位:市发改委;)
_DOUBLED = re.compile(r"[、,;]{2,}|(?<=:)[、,;]|、(?=。?$)")


@lru_cache(maxsize=512)
def split_inline(text: str, inner_too: bool = True) -> tuple[str, str | None]:
    """Split the duty clauses off an item's text: a trailing (…) 〔…〕 […] or 【…】 clause, clauses
    in brackets inside the text (…建设。(责任单位:甲局)推进…(责任单位:乙局)), and the labelled
    fields written after its sentence on the same line (…。牵头单位:市发改委;责任单位:…).

    ``inner_too=False`` for an item that has duty lines of its own: then a bracket inside its text
    (…医共体建设(县医院牵头),…) is part of the sentence, not its duties."""
    head, clause = _bracketed(text)
    inner_text, inner = _inner_clauses(head) if inner_too else _opening_clause(head)
    if inner:
        clauses = [*inner, clause] if clause is not None else inner
        # Each clause loses its own note sentence first: a note must not swallow the clauses after it.
        # The notes go after all the clauses, where parse_clause keeps them as the item's notes.
        split = [dutymod.note_split(c.strip().rstrip("。. ")) for c in clauses]
        notes = "".join(f"。{note}" for _, note in split if note)
        return inner_text, _CLAUSE_JOIN.join(c for c, _ in split) + notes
    if clause is not None:
        return _leaders_sentence_apart(head, clause)
    if "——" in text and (dashed := _dashed_clause(text)) is not None:
        return dashed
    for labelled in dutymod.TRAILING_LABEL.finditer(text):
        before = text[: labelled.start()]
        if sum(before.count(o) for o in OPENERS) == sum(before.count(c) for c in CLOSERS):
            # 技能培训提升,牵头单位:甲局: the comma only parted the sentence from its field.
            return _leaders_sentence_apart(before.rstrip().removesuffix(",").rstrip(), text[labelled.start() :].strip())
    return text, None


def _dashed_clause(text: str) -> tuple[str, str] | None:
    """新建公办幼儿园10所——市教育局牵头,市财政局配合。: a dash parting the task from who answers for it, the words
    after the last dash (outside brackets) nothing but a clause of bodies and their role verbs; None otherwise."""
    at = text.rfind("——")
    head, tail = text[:at].rstrip(), text[at + 2 :].strip().rstrip("。.;")
    if not head or not tail or sum(head.count(o) for o in OPENERS) != sum(head.count(c) for c in CLOSERS):
        return None
    if not dutymod.names_role(tail) or not dutymod.names_and_verbs(tail.removeprefix("由"), every_group=True):
        return None
    return head, tail


def _leaders_sentence_apart(head: str, clause: str) -> tuple[str, str]:
    """The item's text and its clause, where the text's last sentence only names the leaders (…。副县长李红。(县茶叶局
    牵头); …1.2万吨。县长王刚负总责,副县长李红具体抓。牵头单位:…): that sentence is the clause's leaders field."""
    if "责任领导" in clause:
        return head, clause
    found = leaders_sentence_end(head)
    return (head, clause) if found is None else (found[0], f"{found[1]};{clause}")


def leaders_sentence_end(text: str) -> tuple[str, str] | None:
    """An item's text whose last sentence only names its leaders (…1.2万吨。县长王刚负总责,副县长李红具体抓。 /
    …管理。副县长李红。): the text without it and that sentence as a leaders field; None for any other text."""
    said = text.rstrip("。. ")
    cut = said.rfind("。")
    if cut <= 0:
        return None
    field = dutymod.leaders_sentence(said[cut + 1 :])
    return None if field is None else (said[: cut + 1], field)


# Clauses cut from several brackets of one item are joined as fields of one clause.
_CLAUSE_JOIN = ";"
OPENERS = "([【〔"
CLOSERS = ")]】〕"
_PAIR = dict(zip(CLOSERS, OPENERS, strict=True))
BRACKET = re.compile(r"[(\[【〔]")


def top_brackets(text: str) -> Iterator[tuple[int, int]]:
    """(opening, closing) index of every bracket pair at depth 0 whose two marks match: (…) […]
    【…】 〔…〕. One scan of the text; brackets inside brackets are part of their pair."""
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in OPENERS:
            if depth == 0:
                start = i
            depth += 1
        elif ch in CLOSERS and depth:
            depth -= 1
            if depth == 0 and text[start] == _PAIR[ch]:
                yield start, i


def clause_pieces(line: str) -> list[str]:
    """A line of unnumbered items run together (甲。(X牵头)乙。(Y牵头)), cut after each clause
    that more text follows; a line without such a clause is one piece."""
    if not BRACKET.search(line):
        return [line]
    pieces: list[str] = []
    last = 0
    for start, close in top_brackets(line):
        # The stop after the clause closes its piece (…配合);二是…: the next piece starts at its words).
        end = close + 1 + (line[close + 1 : close + 2] in ("。", ";"))
        if line[end:].strip() and dutymod.names_role(line[start + 1 : close]):
            pieces.append(line[last:end].strip())
            last = end
    pieces.append(line[last:].strip())
    return [p for p in pieces if p]


def _opening_clause(text: str) -> tuple[str, list[str]]:
    """A bracket that opens the text and names who answers ((市教育局牵头)新建…): the item's clause, printed before
    its sentence, even where duty lines of its own follow (a bracket inside the sentence is the sentence's then)."""
    if text[:1] not in OPENERS:
        return text, []
    for start, close in top_brackets(text):
        inner = text[start + 1 : close]
        if start == 0 and close < len(text) - 1 and dutymod.names_role(inner):
            return text[close + 1 :].strip(), [inner]
        break
    return text, []


def _inner_clauses(text: str) -> tuple[str, list[str]]:
    """Bracketed clauses inside the text that name their role (a label or a verb), cut out."""
    if not BRACKET.search(text):
        return text, []
    clauses: list[str] = []
    kept: list[str] = []
    last = 0
    for start, close in top_brackets(text):
        inner = text[start + 1 : close]
        # A bracket of names only counts where it closes a sentence: …县域经济(省经委、财政厅)。
        closes = text[close + 1 : close + 2] in ("。", ";")
        # …企业研发中心(企业研究院);: a name in brackets right after a body's name is its other name.
        alias = units.ends_like_unit(text[max(0, start - 8) : start])
        if dutymod.names_role(inner) or (closes and not alias and dutymod.looks_like_clause(inner)):
            kept.append(text[last:start])
            clauses.append(inner)
            last = close + 1
            if text[last : last + 1] == "。" and text[:start].rstrip().endswith("。"):
                last += 1  # 活动。(X负责)。活动所需…: the sentence had its 。 before the clause already
    if not clauses:
        return text, []
    kept.append(text[last:])
    return "".join(kept).strip(), clauses


def _bracketed(text: str) -> tuple[str, str | None]:
    """A trailing (…), 〔…〕, […] or 【…】 that holds a duty clause, split off the text. A line that
    is only a clause ((责任单位:市经信局) under the item's text) gives an empty text."""
    body = text.rstrip()
    end_mark = ""
    if body.endswith("。") and len(body) > 1 and body[-2] in CLOSERS:
        body, end_mark = body[:-1], "。"
    if not body or body[-1] not in CLOSERS:
        return text, None
    closer = body[-1]
    opener = _PAIR[closer]
    depth = 0
    for i in range(len(body) - 1, -1, -1):
        ch = body[i]
        if ch == closer:
            depth += 1
        elif ch == opener:
            depth -= 1
            if depth == 0:
                inner = body[i + 1 : -1]
                # A line that is only a bracket of names, under the item's text, is its clause too:
                # (市发改委、财政局) — the looks_like_clause test below still wants every name a body.
                if not dutymod.looks_like_clause(inner):
                    return text, None
                head = body[:i].rstrip()
                if end_mark and head and not head.endswith("。"):
                    head += end_mark
                return head, inner
    return text, None


# A bracket of names alone at the end of an item: (城关粮库、县发改局).
_LISTED = re.compile(
    r"^(?P<head>.*?)\((?P<names>[\u4e00-\u9fff]{2,20}(?:、[\u4e00-\u9fff]{2,20})+)\)(?P<end>。?)$", re.DOTALL
)


def listed_bracket(text: str) -> tuple[str, str] | None:
    """Under the first-listed-leads convention (…排名第一的为牵头单位,下同): a trailing bracket of two names or more
    with at least one a body's name, as the item's clause — the convention says the list names who answers,
    so a name of an ending we do not know (城关粮库) is a body's too. (The text before it, the names) or None."""
    m = _LISTED.match(text.rstrip())
    if m is None or not m.group("head").strip():
        return None
    names = m.group("names").split("、")
    if not any(units.looks_like_unit(n) for n in names) or dutymod.names_role(m.group("names")):
        return None
    head = m.group("head").rstrip()
    if m.group("end") and not head.endswith("。"):
        head += "。"
    return head, m.group("names")


def listed_tail(text: str) -> tuple[str, str] | None:
    """An item's sentence followed by the bodies that answer for it with no bracket, label nor verb (…增长7.5%左右。
    区发展改革局、区统计局 — or after a space where the sentence has no full stop): (the sentence, the names), read as a
    bare 责任单位 list is (its first the lead under a 列第一位 note); None where the words after the sentence are not
    bodies' names alone."""
    said = text.rstrip()
    cut = max(said.rfind("。"), said.rfind(" "))
    if cut <= 0 or cut == len(said) - 1:
        return None
    head, tail = said[: cut + 1].rstrip(), said[cut + 1 :].strip()
    if not head.strip(" 。") or not bodies_only(tail):
        return None
    return (head if head.endswith("。") else head.rstrip()), tail


def bodies_only(words: str) -> bool:
    """Do ``words`` name bodies alone, parted by 、 (区农业农村局、各镇(街道)), with no verb of a role?"""
    if len(words) > _TAIL_MOST:
        return False
    names = units.split_names(words).names
    if not names or not all(units.ends_like_unit(n) and units.looks_like_unit(n) for n in names):
        return False
    return not dutymod.names_role(words)  # (甲局牵头,乙局配合: a clause of verbs, the other readers')


_TAIL_MOST = 120


@attrs.frozen
class ClauseEffect:
    """What one duty clause contributes to an item, worked out once per distinct clause."""

    adds: tuple[tuple[dutymod.Kind, str], ...]
    labels: tuple[tuple[dutymod.Kind, str], ...]
    problems: tuple[tuple[Severity, str, str], ...]
    empty: tuple[str, ...] = ()  # labels with no value
    fields: tuple[tuple[str, str], ...] = ()  # (kind, label) of each field, unlabelled ones too
    others: tuple[tuple[str, str], ...] = ()  # fields naming no duty (任务目标:…, 项目责任人:…): the item's notes


_BRACKET_LABEL = re.compile(r"^[【\[]([^】\]:]{2,10})[】\]]")


@lru_cache(maxsize=128)  # a block's clauses: repeats are near each other (see units.split_names on sizes)
def clause_effect(clause_text: str) -> ClauseEffect:
    clause = dutymod.parse_clause(_BRACKET_LABEL.sub(r"\1:", clause_text))
    problems: list[tuple[Severity, str, str]] = []
    if clause.problem:
        problems.append(("warning", clause.problem + "; its names were kept as responsible units", clause_text[:4]))
    doubled = _DOUBLED.search(clause_text)
    if doubled:
        sep = doubled.group(0)
        what = "doubled separator" if len(sep) > 1 else "separator with no name next to it"
        problems.append(("warning", f"{what} “{sep}” in “{clause_text}”", sep))
    adds: list[tuple[dutymod.Kind, str]] = []
    labels: list[tuple[dutymod.Kind, str]] = []
    empty: list[str] = []
    for f in clause.fields:
        if f.label:
            labels.append((f.kind, f.label))
            if not f.groups:
                problems.append(("error", f"{f.label} is empty", f.label))
                empty.append(f.label)
        adds.extend(f.groups)
    fields = _shared(tuple((f.kind, f.label) for f in clause.fields))
    return ClauseEffect(tuple(adds), _shared(tuple(labels)), tuple(problems), tuple(empty), fields, clause.others)


def clause_duties(clause_text: str) -> Duties:
    """The duties one clause names on its own (甲局牵头,乙局配合): what a scope lends, or a sentence says."""
    parts = dutymod.Assembly()
    parts.extend(clause_effect(clause_text).adds)
    duties, _ = dutymod.assemble(parts, False)
    return duties


@attrs.frozen
class BlockEffect:
    """``ClauseEffect`` of a block of duty lines, positions as offsets from its first line."""

    adds: tuple[tuple[dutymod.Kind, str], ...]
    labels: tuple[tuple[dutymod.Kind, str, int], ...]
    problems: tuple[tuple[Severity, str, str, int], ...]
    # The block ends in a label with nothing after it (牵头单位:): its value may be on the next line.
    open_field: tuple[dutymod.Kind, str, int] | None = None
    others: tuple[tuple[str, str], ...] = ()  # see ClauseEffect.others


@lru_cache(maxsize=256)  # the example has 188 distinct blocks (see units.split_names on sizes)
def block_effect(block: str) -> BlockEffect:
    adds: list[tuple[dutymod.Kind, str]] = []
    labels: list[tuple[dutymod.Kind, str, int]] = []
    problems: list[tuple[Severity, str, str, int]] = []
    lines = block_lines(block)
    open_field = None
    others: list[tuple[str, str]] = []
    for offset, clause_text in lines:
        if BARE_HOST.match(clause_text) and any(kind in _UNIT_KINDS for kind, _, _ in labels):
            # 牵头单位:甲局 … then 主办:某县人民政府办公室 / 协办:某县融媒体中心: an item that names its units already
            # is given no more by a bare 主办 — the page's footer (its host and helper) follows the last item.
            problems.append(("warning", f"“{clause_text}” reads as a web page's footer, not a duty", "主", offset))
            break
        effect = clause_effect(clause_text)
        others.extend(effect.others)
        adds.extend(effect.adds)
        labels.extend((kind, label, offset) for kind, label in effect.labels)
        for severity, message, fragment in effect.problems:
            if fragment in effect.empty and offset == lines[-1][0] and fragment == effect.labels[-1][1]:
                open_field = (effect.labels[-1][0], fragment, offset)  # reported later if nothing fills it
            else:
                problems.append((severity, message, fragment, offset))
    return BlockEffect(tuple(adds), _shared(tuple(labels)), tuple(problems), open_field, tuple(others))


_Labels = TypeVar("_Labels", tuple[tuple[dutymod.Kind, str], ...], tuple[tuple[dutymod.Kind, str, int], ...])


# One tuple object for equal labels: most duty blocks of a notice carry the same few fields on the same
# lines (牵头负责领导, 牵头责任单位, 协同责任单位), and a tuple of them in each cached effect was a fifth of the
# caches' memory (issue 13).
@lru_cache(maxsize=256)
def _shared(labels: _Labels) -> _Labels:
    return labels


# 主办: / 主办单位: at a line's start: an older duty line's, or a web page's footer (see block_effect).
BARE_HOST = re.compile(r" *主[办辦](?:单位|單位)? *:")
_UNIT_KINDS = frozenset({"lead", "cooperating", "responsible"})


def block_lines(block: str) -> tuple[tuple[int, str], ...]:
    """The lines of a DUTY block with their offsets from its first line (blank lines counted).
    Not cached: ``block_effect`` is, per block, and the other callers are rare; a cache here held
    every block's lines a second time (~0.45x the input of memory at 1 MB of new text, issue 13)."""
    return tuple((offset, text) for offset, text in enumerate(block.split("\n")) if text)


def token_lines(tok: Token) -> list[tuple[int, str]]:
    """(line, text) of each non-blank line a token holds (a DUTY block holds several)."""
    base = tok.line or 0
    return [(base + offset, text) for offset, text in block_lines(str(tok))]


_SENTENCE_END = ("。", ";", "!", "?", ":", "！", "？", "；")
_SPACE_AFTER_END = re.compile(r"(?<=[。!?]) +")


def join_text(parts: Iterable[str]) -> str:
    """Lines of an item's text: a line cut mid-sentence (wrapped, as from a PDF) joins the next
    without a break; after a finished sentence a new line is a new paragraph."""
    text = ""
    for part in parts:
        text += ("\n" if text.endswith(_SENTENCE_END) else "") + part if text else part
    # The space normalisation keeps after 。 (a border of cells or paragraphs) is no part of the text.
    return _SPACE_AFTER_END.sub("", text) if "。 " in text or "! " in text or "? " in text else text


def names_line(value: str) -> bool:
    """A line that is only names: 市住建局 / 市财政局、市税务局 / 张三、市政府常务副市长."""
    names = units.split_names(value).names
    return (
        bool(names)
        and "。" not in value.rstrip("。")
        and all(units.looks_like_unit(n) or len(n) <= 4 or units.is_role(n) for n in names)
    )


def continues_list(value: str, parts: dutymod.Assembly) -> bool:
    """A wrapped duty value: the line before had no final 。 and this one reads like names."""
    last = (parts.cooperating or parts.lead or parts.responsible or parts.leaders or [""])[-1]
    if last.rstrip().endswith("。") or "。" in value[:-1] or "、" not in value:
        return False
    names = units.split_names(value).written
    # A sentence with 、 is no list: its parts are long or say what to do (各部门要高度重视).
    return bool(names) and all(units.looks_like_unit(n) and len(n) <= 20 and not _ASKS.search(n) for n in names)


def list_cut_between_names(last: str, value: str) -> bool:
    """A list wrapped between two names (省财政厅, / 通化市政府、…): the value so far ends as a body's name does,
    with no mark after it (the field's closing comma is not kept), and the next line starts with a whole one."""
    if not last or last[-1] in "、,;(" or value[:1] in "、,;)":
        return False
    first = units.split_names(value).written[:1]
    tail = re.split(r"[、,]", last)[-1].strip()
    return bool(first) and units.ends_like_unit(tail) and units.looks_like_unit(first[0]) and len(first[0]) >= 3


_ASKS = re.compile(r"要|将|应|请|须|确保|加强|认真|报送")
_FRAGMENT = re.compile(r"[\u4e00-\u9fff]{1,12}")
# (各县(区)人 / 民政府: a bracket inside the cut name, not at its end)
_CUT_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff()]{0,18}[\u4e00-\u9fff]")


def completes_name(value: str, last: str) -> bool:
    """The rest of a body's name a wrap cut (…、六安经济技术开发区管 / 委; …、叶集 / 区管委): a few characters alone on
    the line after a duty line whose last name does not end as a body's does, and that end it as one does."""
    fragment = value.strip()
    if ("、" in fragment or "," in fragment) and last:
        # …县国土资源 / 局、各乡镇人民政府: the cut name's end, then more names of the list
        first, rest = re.split(r"[、,]", fragment, maxsplit=1)
        names = units.split_names(rest).written
        return (
            completes_name(first, last)
            and bool(names)
            and all(units.looks_like_unit(n) and len(n) <= 20 and not _ASKS.search(n) for n in names)
        )
    if not _FRAGMENT.fullmatch(fragment) or not last or last[-1] in "。;,、":
        return False
    tail = re.split(r"[、,]", last)[-1].strip()
    if fragment in units.SHARED_SUFFIXES and units.ends_like_place(tail):
        return True  # 原州区、西吉县、彭阳县 / 人民政府: the list's shared ending, alone on the line the wrap began
    return (
        _CUT_NAME.fullmatch(tail) is not None  # (cut mid-word: no mark at its end, 各乡镇(牵头))
        and not units.ends_like_unit(tail)
        and units.ends_like_unit(tail + fragment)
    )


# A leader's title, then the first character of the name the wrap cut (…,市政府副市长张 / 伟).
_TITLE_THEN_SURNAME = re.compile(r"(?:长|長|书记|書記|主任|主席)([\u4e00-\u9fff])$")


def completes_person(value: str, last: str) -> bool:
    """The rest of a leader's name a wrap cut after its surname (牵头负责领导:市政府副市长张 / 伟): one or two characters
    alone on the line after a leaders' line that ends in a title and a common surname."""
    cut = _TITLE_THEN_SURNAME.search(last.strip())
    return (
        cut is not None
        and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", value.strip()) is not None
        and units.surname().match(cut.group(1)) is not None
    )
