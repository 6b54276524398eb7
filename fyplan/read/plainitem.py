"""The common item read with a few calls: a fast path of ``grammar.Builder._read_item`` (issue 13).

Most items of the family are one sentence and one block of labelled duty lines under it::

    5.社会消费品零售总额增长11%。
    牵头负责领导:李红。
    牵头责任单位:市商务局。
    协同责任单位:市发展改革委、市财政局,各县市区人民政府等。

The general path reads such an item through a dozen stages, each for every shape of the family (inline
clauses, lead-in sentences, notes after the names, verbs, deadlines, brackets in names, marks …): about
440 Python calls per item, and on new text no cache helps. Here the same item is read straight into its
``Duties``: one regular expression per duty line, the names split on 、 and the comma, each name a unit or
a person by its ending, and the records made as the general path makes them.

Anything this reader does not know sends the item to the general path (``read`` returns None): a line
not of the form ``LABEL:names`` with a label of the table below, a character in the names other than
Chinese ones, quotation marks, 、 and the comma (so no bracket, space, colon, semicolon, ★, inner 。), a
group that may end in a role verb or may be deadline words, a sentence that may hold a clause (a bracket
or a colon in it, or its first part ending in a role verb: a lead-in), anything a name's ending does not
settle.
What it reads it reads as the general path does, and reports nothing (the general path reports nothing
for these shapes either). ``fastpaths.plain()`` turns it off; ``tests/test_plainitem.py`` holds both
paths equal on generated notices.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import product
from operator import itemgetter

from lark import Token

from fyplan import units
from fyplan.grammars import lexicon
from fyplan.model import NO_DUTIES, Duties, Leader, Task, Unit, listed_duties, open_ended
from fyplan.read import clauses as dutymod
from fyplan.read import items
from fyplan.read.context import Built, ReadContext, group_clause, group_leaders, plain_built, shared_label_shape
from fyplan.targets import extract_targets

# The labels read here, with the kind ``clauses.label_kind`` gives each (checked against the label
# lexicon on first use: a label the grammar would not take as a whole label is left out). Deadline and
# division labels are not among them: their values are read by other rules; nor is 主办单位 (under an item
# that names its units already it is a web page's footer: grammar.Builder tells).
_CANDIDATE_LABELS = (
    "牵头负责领导",
    "牵头领导",
    "责任领导",
    "分管领导",
    "负责领导",
    "牵头责任单位",
    "协同责任单位",
    "牵头单位",
    "责任单位",
    "配合单位",
    "协办单位",
    "协同单位",
    "协助单位",
    "参与单位",
    "牵头部门",
    "责任部门",
    "配合部门",
    "协同部门",
    "参与部门",
    "牵头负责单位",
)

# A name: Chinese characters and quotation marks (市“大棚房”问题整治办公室; the general path reads them as
# any other character of a name); the bracket, space, ★ and punctuation of other shapes send the item to
# the general path. A value: names parted by 、 or a comma, maybe a final 。.
_NAME = r"[\u4e00-\u9fff“”]+"
_VALUE = rf"{_NAME}(?:[、,]{_NAME})*"


@cache
def _fields() -> tuple[dict[str, dutymod.Kind], re.Pattern[str]]:
    """The label table and the pattern of one duty line, built on first use."""
    whole = re.compile(f"(?:{lexicon('LABEL')})")
    kinds: dict[str, dutymod.Kind] = {}
    for label in _CANDIDATE_LABELS:
        kind = dutymod.label_kind(label)
        if whole.fullmatch(label) and kind in ("leaders", "lead", "cooperating", "responsible"):
            kinds[label] = kind
    labels = "|".join(sorted(kinds, key=len, reverse=True))
    return kinds, re.compile(rf"({labels}):({_VALUE})。?")


# The two-character endings of the role verbs (grammar/labels.lark, VERB): 配合, 协办, 参与, 参加, 负责, 主办, 抓总,
# 落实, 推进 (按职责推进) …; a group ending in one is read by the grammar (甲局配合). 牵头 may be followed by up to two
# characters (牵头抓总) and 按职责分工 too, so a 牵 or 分工 in the last four characters sends it there as well.
_VERB_ENDINGS = frozenset(
    [
        "配合",
        "落实",
        "落實",
        "推进",  # 按职责推进, 共同推进
        "推進",
        "完成",  # 共同完成
        *("".join(p) for p in product("协協", "助办辦同")),
        *("".join(p) for p in product("参參", "与與加")),
        *("".join(p) for p in product("负負", "责責")),
        *("".join(p) for p in product("总總", "责責")),  # 负总责
        *("".join(p) for p in product("主承", "办辦")),
        *("".join(p) for p in product("抓", "总總")),
        "主抓",
        "承担",
        "承擔",
        *("".join(p) for p in product("指督", "导導")),
        *("".join(p) for p in product("其", "责責")),  # 各负其责
        *("".join(p) for p in product("调調", "度")),  # 加强指导和统筹调度
        *("".join(p) for p in product("协協", "调調")),  # 加强指导和统筹协调
        "支持",  # 给予支持, 乙局支持
        *("".join(p) for p in product("自体體", "抓")),  # 亲自抓, 具体抓
        *("".join(p) for p in product("领領", "衔銜")),  # 亲自领衔, 共同领衔
        *("".join(p) for p in product("挂掛", "帅帥")),  # 挂帅
        *("".join(p) for p in product("督", "办辦促")),  # 副检察长刘伟督办 (督导 above)
        # a verb of the work after the role's (配合做好, 协助开展, 负责实施)
        "做好",
        "开展",
        "開展",
        "实施",
        "實施",
        *("".join(p) for p in product("组組", "织織")),  # 执行局具体组织
        *("".join(p) for p in product("责責", "任")),  # 各乡镇落实属地责任
    ]
)


def _may_end_in_verb(text: str) -> bool:
    """True where ``text`` may end in a role verb (never False for one that does: a cheap superset of the
    grammar's VERB at the end)."""
    tail = text[-4:]
    return text[-2:] in _VERB_ENDINGS or "牵" in tail or "牽" in tail or "分工" in tail


def _verb_before_list(group: str) -> bool:
    """Does a part before a 、 of ``group`` end as a role verb may (``_may_end_in_verb`` of each part but the
    last), looked at only where the 、 stand, with no list of parts made?"""
    at = group.find("、")
    start = 0
    while at >= 0:
        tail = group[max(start, at - 4) : at]  # (_may_end_in_verb inline, as in _read_duty_line: a call per 、
        if tail[-2:] in _VERB_ENDINGS or "牵" in tail or "牽" in tail or "分工" in tail:  # costs ~4 M per MB)
            return True
        start = at + 1
        at = group.find("、", start)
    return False


# The last characters deadline words (DEADLINE in grammar/labels.lark) can end in: a group ending in one
# is tried against the pattern itself (各成员单位 ends as 到位 does).
_DEADLINE_ENDS = dutymod.DEADLINE_ENDS
# ... and a line break: the last characters of a body ``clauses.deadline_after`` may take groups from.
_DEADLINE_LAST = dutymod._DEADLINE_LAST

# The endings of a body's name (局, 委, 政府 …) that no title of a person ends in (市长, 书记, 主任, 领导,
# 负责人, 同志): a name ending in one is a unit, as ``units.units_of`` keeps it; any other name is looked at
# by the general rules (units.GENERIC_TITLE, units.titled_person).
_BODY_ENDS = frozenset("局委办厅府会院室心司团行部署站所队处馆社联协组门构关台科校区县市镇乡街")
# The titles that end as a body's name does (政委, a police bureau's political head: 委): a name ending in one is
# read by the general rules, as a person (陈立军政委), never taken for a body here.
TITLES_ENDING_AS_BODIES = ("政委",)
_last = itemgetter(-1)  # a name's last character


def read(ctx: ReadContext, head: Token, number: int, item_id: str, body: str, lines: Sequence[Token]) -> Built | None:
    """The item as ``Builder._read_item`` reads it, or None where this reader does not know its shape."""
    if len(lines) != 1 or lines[0].type != "DUTY" or not _plain_sentence(body) or _may_close(body):
        return None
    tok = lines[0]
    base = tok.line or 0
    line = head.line or 0
    # The labels' shape made here, as ``context.label_shape`` makes it of (kind, label, line) triples: the
    # (kind, label) pairs as the lines' readings hold them and the lines as offsets from the item's.
    pairs: list[tuple[str, str]] = []
    offsets: list[int] = []
    # Each kind's groups and value (the groups joined by commas), as its line gave them: most items have one line
    # of each kind, whose reading serves as it is (no list to fill and join again).
    texts: dict[dutymod.Kind, tuple[tuple[str, ...], str]] = {}
    for offset, line_text in enumerate(tok.split("\n"), base - line):
        if not line_text:
            continue
        found = _duty_line(line_text)
        if found is None:
            return None
        kind, pair, groups, value = found
        had = texts.get(kind)
        texts[kind] = (groups, value) if had is None else (had[0] + groups, f"{had[1]},{value}")
        pairs.append(pair)
        offsets.append(offset)
    if not (texts.keys() & _UNIT_KINDS) and _may_open_with_subject(body):
        return None  # (市商务局要扩大…, lines naming only its leader: grammar._subject_alone reads the body)
    duties = _duties(texts, ctx.first_listed_leads)
    ctx.fields = []
    ctx.notes = []
    text = items.join_text((body,)) if " " in body else body
    task = Task(item_id, number, text, duties, (), None, extract_targets(text), (), line)
    shape = shared_label_shape(tuple(pairs), tuple(offsets))
    return plain_built(task, shape, line, max(line, base))


_UNIT_KINDS = frozenset(("lead", "cooperating", "responsible", "shared", "division"))


def _may_open_with_subject(body: str) -> bool:
    """Might the sentence open with the body that does the work (grammar._SUBJECT_FIRST: a name, then 要 / 应 / 负责 /
    牵头 within its first 42 characters)? A cheap superset."""
    start = body[:42]
    return "要" in start or "应" in start or "负责" in start or "牵头" in start


def _read_duty_line(line_text: str) -> tuple[dutymod.Kind, tuple[str, str], tuple[str, ...], str] | None:
    """A duty line's kind, its (kind, label), its groups of names (parted by commas) and its value (the groups
    with their commas), or None where this reader does not know it: no ``LABEL:names`` line of the table, a
    group that may end in a role verb or be deadline words, or a note after the names."""
    kinds, field = _fields()
    m = field.fullmatch(line_text)
    if m is None:
        return None
    label, value = m.groups()
    groups = tuple(value.split(","))
    if len(groups) > 1 and any(_note_after(group) for group in groups[1:]):
        return None  # the 列第一位为牵头 convention or 下同 (clauses.parse_clause takes them out of the list)
    for group in groups:
        tail = group[-4:]  # (_may_end_in_verb inline: a call per group)
        if group[-2:] in _VERB_ENDINGS or "牵" in tail or "牽" in tail or "分工" in tail:
            return None
        if "、" in group and _verb_before_list(group):
            return None  # 甲局牵头、乙局配合: a verb before a 、 (clauses.parse_clause may part two groups there)
        if "配合" in group or "协助" in group or "協助" in group:
            return None  # 甲局配合乙局落实: clauses.reworded reads who helps whom
        if ("负" in group or "負" in group or "参" in group or "參" in group) and dutymod.role_then_work(group):
            return None  # 甲局负责资金保障: the names end at the verb (clauses.parse_clause)
        if group[-1] in _DEADLINE_ENDS and dutymod._DEADLINE.match(group):
            return None
    kind = kinds[label]
    return kind, (kind, label), groups, value


# A duty line is read once while among the last 256 read: items name the same leaders, lead units and
# lists again and again within a part (1 MB of new text: 5,158 of its 9,042 duty lines served; 1,024
# entries would serve 5,473). A line's reading does not depend on where it stands.
_duty_line = lru_cache(maxsize=256)(_read_duty_line)


def read_head(
    ctx: ReadContext, head: Token, number: int, item_id: str, body: str, subtasks: list[Built]
) -> Built | None:
    """A task of one plain sentence with sub-tasks and no lines of its own (37.推进健康城市建设。 then its
    (1)(2)…), as ``Builder._read_item`` reads it: no duties of its own, its sub-tasks' as they are. None for
    any other: a sentence that may hold a clause (also one closing with 由X负责), sub-tasks whose last
    one's duties may be the group's (see context.group_clause)."""
    if not _plain_sentence(body) or "由" in body or "请" in body or "請" in body or _may_close(body):
        return None
    if group_clause(subtasks) or group_leaders(subtasks):
        return None  # the general path gives the last point's duties (or leaders) to the task
    last = subtasks[-1]
    ctx.fields = []
    ctx.notes = []
    line = head.line or 0
    text = items.join_text((body,)) if " " in body else body
    task = Task(
        item_id, number, text, NO_DUTIES, tuple(b.task for b in subtasks), None, extract_targets(text), (), line
    )
    trailing: list[tuple[int, str]] = []
    if last.trailing:
        trailing = last.trailing  # the lines after the last sub-task follow the task (as _read_item moves them)
        last.trailing = []
    end = max(line, *(b.last for b in subtasks))
    return Built(task, trailing, (), line, end, False, False, list(subtasks))


def _may_close(body: str) -> bool:
    """…,县水利局牵头。: a sentence that may end in who answers (grammar.closing_groups reads it): its last
    group ends in a role verb after a body's name, or says a label with a copula. A cheap superset: most
    sentences end otherwise (…年底前完成。 ends in a verb after no body), and stay on this path."""
    end = body.rstrip("。.;")
    if end[-1:] in _DEADLINE_LAST:  # (else no group at its end says when: deadline_after gives it back whole)
        end, _ = dutymod.deadline_after(end)  # …,各街道配合,年底前完成: the groups that say when
    if not (_may_end_in_verb(end) or end.endswith(("单位", "部门"))):
        return False
    group = re.split(r"[,。;]", end)[-1]
    copula = "为" in group or "為" in group or "是" in group
    return copula or any(units.ends_like_unit(group[:-k]) for k in range(2, 13))  # (按照各自职责分工负责: 10)


def _note_after(group: str) -> bool:
    """A group of a field (after its first) that ``clauses.parse_clause`` reads as a note: 下同, or the 列第一位为
    牵头 convention (units.FIRST_LEADS at its start; clauses._without_first_leads)."""
    return group in ("下同", "以下同") or units.FIRST_LEADS.match(group) is not None


# A bracket (an inline clause) or a colon (fields after the sentence).
_CLAUSE_MARK = re.compile(r"[(\[【〔)\]】〕:]")
# Where the sentence's first part ends.
_FIRST_CUT = re.compile("[,，。]")


def _plain_sentence(body: str) -> bool:
    """A sentence with no clause in it: no bracket (an inline clause), no colon (fields after it), and no
    first part ending in a role verb (由市发改委牵头,…: a lead-in, see grammar._lead_in)."""
    if not body or _CLAUSE_MARK.search(body):
        return False
    cut = _FIRST_CUT.search(body)
    if cut is None:
        return True  # one piece: no lead-in (it needs the rest of the sentence after its clause)
    first = body[: cut.start()].strip()
    return not _may_end_in_verb(first)


# Where a collective of ``units._collectives`` may start: every one starts with one of its prefixes.
_COLLECTIVE_AT = re.compile("|".join(map(re.escape, units._COLLECTIVE_PREFIXES)))


def _may_be_collective(group: str) -> bool:
    """Might the group hold a collective name (各县、市、区; a count before level words, 13个街道、镇: units._COUNTED)?
    (A literal search and a substring test: a class in the pattern would cost every group a slower scan.)"""
    return _COLLECTIVE_AT.search(group) is not None or "个" in group


# A list of units is read once per text while it is among the last 256 read: a notice names the same
# lists again within a part (市财政局, 各县市区人民政府 …); on 1 MB of new text 42% of the lists are
# served (~5% of its reading time). The general path's caches are not filled by the items read here, which
# leaves room for it: peak memory at 1 MB of new text 4.9x the input before this reader, 4.4x with it,
# 4.3x with this cache too (benchmarks/parse.py; within its noise).
@lru_cache(maxsize=256)
def _bodies(text: str) -> tuple[tuple[Unit, ...], tuple[Leader, ...], bool, tuple[int, ...] | None]:
    """The units and the titled people (杨志武副市长) of a list of plain names, as ``units.units_of`` and
    ``units.people_in`` give them from ``units.split_names``, whether the list was open-ended, and the number of
    units in each group where every group is its units' spellings joined by 、 and only the last ends in 等
    (``model.listed_duties`` packs such a list without comparing strings), else None."""
    if not text:
        return (), (), False, ()
    if "," not in text:
        group_found, group_people, group_open, size = _group_bodies(text)
        return group_found, group_people, group_open, (size,) if size else None
    found: tuple[Unit, ...] = ()
    people: tuple[Leader, ...] = ()
    open_ended = False
    sizes: list[int] | None = []
    for group in text.split(","):
        group_found, group_people, group_open, size = _group_bodies(group)
        if sizes is not None:
            if size and not open_ended:  # (no group but the last ends in 等)
                sizes.append(size)
            else:
                sizes = None
        found += group_found
        people += group_people
        open_ended = open_ended or group_open
    if people:
        # 张三,张三、杨志武副市长: a bare name another group of the list names as a person is that person, no body
        # (units.units_of leaves every name of the list's people out)
        named = {p.name for p in people}
        found = tuple(u for u in found if u.name not in named)
    return found, people, open_ended, tuple(sizes) if sizes is not None else None


# Each group of a list (the names between two commas) is read on its own, once while among the last 1,024
# read: the lists of new text differ from item to item, their groups far less (市财政局, 各县市区人民政府 end
# many lists). Nothing of a group's reading depends on the groups beside it: 和/及 become 、 by a pattern whose
# lookarounds see only Chinese characters and the group's end (never across a comma), and the names of one
# group share prefixes and endings only with each other.
@lru_cache(maxsize=1024)
def _group_bodies(group: str) -> tuple[tuple[Unit, ...], tuple[Leader, ...], bool, int]:
    """``_bodies`` of one group (no comma in it), with the number of its units where the group is their
    spellings joined by 、 (and 等 where it is open-ended), else 0."""
    if len(group) <= 4 and dutymod.is_empty_value(group):
        return (), (), False, 0  # 无, ——: the field says it is empty
    text = group
    run = group.split("、")
    # The common group: names that end as bodies' names do, maybe 等 after the last (its only 等: units._OPEN
    # takes it off, open-ended), no 直, collective, shared ending, glued names or 和/及 between names: each name a
    # unit as written (what the rest of this function gives it, without its lists and loop).
    plain: list[str] | None = run
    ends_open = False
    if "等" in group:
        plain = [*run[:-1], run[-1][:-1]] if group.find("等") == len(group) - 1 else None
        ends_open = True
    if (
        plain is not None
        and "直" not in group
        and "" not in plain
        and _BODY_ENDS.issuperset(map(_last, plain))  # (no set comprehension: a frame per group)
        and not any(title in group for title in TITLES_ENDING_AS_BODIES)
        and (len(plain) == 1 or not (_may_be_collective(group) or plain[-1].endswith(units._SHARED_SUFFIXES)))
        and not (("和" in group or "及" in group) and units._AND_COLLECTIVE.search(group))
        and not units.GLUED_AT.search(group)
    ):
        return tuple(map(units.unit, plain, plain)), (), ends_open, len(plain)
    names: list[str] = []
    written: list[str] = []
    open_ended = False
    if "和" in group or "及" in group:
        group = units._AND_COLLECTIVE.sub("、", group)
        run = group.split("、")
    if units.holds_level_words(group):
        run = units.level_words_joined(run)  # 中直、区直驻州各单位, 国家级、省级开发区: one collective
    if units.GLUED_AT.search(group):
        run = [part for seg in run for part in units.unglued(seg)]  # 县档案馆县发改局: two names
    if "等" in group:
        segments, run = run, []
        for seg in segments:
            if "等" in seg:
                seg, ends_open = units._strip_name(seg)
                open_ended = open_ended or ends_open
            if seg:
                run.append(seg)
    elif "" in run:
        run = [seg for seg in run if seg]
    if "单位" in group or "單位" in group:
        run = units.departments_and_units(run)  # 市直有关部门、单位: one collective
    if len(run) == 1:
        # One name (most groups): no collective (it takes two segments), no ending to share.
        names += run
        written += run
    else:
        # A collective starts with one of its prefixes (各, 相关 …) and a name shares an ending only with a
        # last name that ends in one of the shared suffixes: a group with neither is its names as written
        # (two searches instead of a Python call per segment; issue 13).
        pieces = units._collectives(run) if _may_be_collective(group) else [run] if run else []
        for piece in pieces:
            if len(piece) > 1 and (units._EXPAND_PREFIXES or piece[-1].endswith(units._SHARED_SUFFIXES)):
                names.extend(units._expand_run(piece))
            else:
                names.extend(piece)
            written.extend(piece)
    found: list[Unit] = []
    people: list[Leader] = []
    posts = False
    for name, spelled in zip(names, written, strict=True):
        if name[-1] in _BODY_ENDS and not name.endswith(TITLES_ENDING_AS_BODIES):
            found.append(units.unit(name, spelled))
        elif units.held_post(name):
            posts = True  # 分管副市长, 市长: no body; whoever holds the post leads (units.people_named)
        else:
            person = units.titled_person(name)
            if person is None:
                found.append(units.unit(name, spelled))
            else:
                people.append(units.leader(person))
    if posts or (people and len(names) > 1):
        # 甲、乙副区长: the bare names before a titled person share the title, leaders too; a post alone is a
        # leader unless it is the office of the titled person after it (units.people_in)
        titled, shared = units.people_of(names, (0,))
        if shared:
            kept = [n for k, n in enumerate(names) if k in shared]
            found = [u for u in found if u.name not in kept]
        people = list(units.people_named(names, titled, shared))
    spelled = "、".join([u.written or u.name for u in found])
    regular = not people and text == (spelled + "等" if open_ended else spelled)
    return tuple(found), tuple(people), open_ended, len(found) if regular else 0


# A notice names the same few leaders in item after item (one or two people and a few roles per part), so
# their reading is kept per field text; the lists of units, different in every item of new text, are not.
@lru_cache(maxsize=64)
def _leaders(text: str) -> tuple[tuple[Leader, ...], bool]:
    """The leaders a field names, as ``clauses._assemble`` keeps them (each once, a title of whoever is in
    charge as written), and whether the list was open-ended."""
    if len(text) <= 4 and dutymod.is_empty_value(text):
        return (), False  # 牵头负责领导:无
    names = units.split_names(text)
    kept = list(units.leaders_of(names))
    # The shared tuple (units.shared_leaders) kept here, so that an item that names no titled person among
    # its units takes it as it is, without hashing its leaders again.
    return units.shared_leaders(tuple(dict.fromkeys(kept))), names.open_ended


# A kind no line of the item gives: no groups, an empty value.
_NO_FIELD: tuple[tuple[str, ...], str] = ((), "")


def _duties(texts: dict[dutymod.Kind, tuple[tuple[str, ...], str]], first_listed_leads: bool) -> Duties:
    """``clauses._assemble`` for fields of plain names (no marks, notes, aliases or deadlines), from each kind's
    groups and value."""
    leader_texts, leader_value = texts.get("leaders", _NO_FIELD)
    lead_texts, lead_value = texts.get("lead", _NO_FIELD)
    coop_texts, coop_value = texts.get("cooperating", _NO_FIELD)
    responsible, responsible_value = texts.get("responsible", _NO_FIELD)
    lead_units, people, lead_open, lead_sizes = _bodies(lead_value)
    coop_units, coop_people, coop_open, coop_sizes = _bodies(coop_value)
    found, leaders_open = _leaders(leader_value) if leader_texts else ((), False)
    if (once := dutymod.once_across(lead_texts, lead_units)) is not lead_units:
        lead_units, lead_sizes = once, None  # (as clauses._assemble: the packed sizes no longer hold)
    if not responsible and not people and not coop_people and lead_sizes is not None and coop_sizes is not None:
        # The common item: its lists packed as the reader knows them (model.listed_duties).
        return listed_duties(
            found,
            lead_units,
            coop_units,
            open_ended(leaders_open, lead_open, coop_open),
            leader_texts,
            lead_sizes,
            coop_sizes,
        )
    people += coop_people
    written_lead, written_coop = lead_texts, coop_texts
    lead_said = True  # (as clauses._assemble: False where a bare 责任单位 list is read as the lead)
    if responsible:
        resp_units, resp_people, resp_open, _ = _bodies(responsible_value)
        people += resp_people
        if lead_units:
            # As clauses._assemble: in the order the lists are printed (a 实施单位 list before the 配合单位 list first).
            others = tuple(u for u in resp_units if u not in lead_units and u not in coop_units)
            kinds = list(texts)
            if "cooperating" in texts and kinds.index("responsible") < kinds.index("cooperating"):
                coop_units = others + coop_units
                written_coop = (*responsible, *coop_texts)
            else:
                coop_units += others
                written_coop = (*coop_texts, *responsible)
            coop_open = coop_open or resp_open
        elif first_listed_leads:
            lead_units, coop_units = resp_units[:1], resp_units[1:] + coop_units
            coop_open = coop_open or resp_open
            written_lead = written_coop = ()
            lead_said = False
        else:
            lead_units = resp_units  # alone or beside a 配合 list: the lead, as clauses._assemble
            lead_open = resp_open
            written_lead = responsible
            lead_said = False
    return Duties(
        leaders=units.shared_leaders(tuple(dict.fromkeys(found + people))) if people else found,
        lead_units=lead_units,
        cooperating_units=coop_units,
        deadline=None,
        open_ended=open_ended(leaders_open, lead_open, coop_open),
        lead_said=lead_said or not lead_units,
        written=(leader_texts, written_lead, written_coop),
    )
