"""Prose ordinals as items: a paragraph that lists its tasks 一是…;二是…;三是…, each sentence saying who answers
(…,由常务副市长方明牵头,市发展改革委负责,市统计局配合;), as a news report or a work report prints a notice's list.

Two steps, on either side of layout recovery:
- ``ordinal_cuts``: where layout recovery cuts such a line (the characters stay; the paragraph's lead-in,
  在稳增长方面, a line of its own);
- ``numbered_ordinals``: the lines that now start with an ordinal, numbered by it (1.一是…), the count starting again
  at each 一是 (one run per paragraph), as lines that start so on the page are (layout._ordinal_lines).

Only in a text with no numbering of its own, and only where every ordinal of the run names who answers: 一是稳增长,
二是… in a preamble, or an item's own points under its number, are no items.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator

from fyplan.numerals import ORDINAL_IS, chinese_number
from fyplan.read.clauses import names_role, role_then_work
from fyplan.read.scans import holds
from fyplan.units import looks_like_unit, split_names, titled_person

# An ordinal that opens a sentence inside a paragraph: at the line's start or after a sentence's or a clause's
# mark (在稳增长方面,一是…;二是…).
# (第一,…;第二,… — a speech's or a plan's ordinals — count as 一是, 二是 do)
_WORD = rf"(?:([一二三四五六七八九十]{{1,2}}){ORDINAL_IS}|第([一二三四五六七八九十]{{1,2}})[,:](?=[^\d]))"
_ORDINAL = re.compile(rf"(?:^|(?<=[,;。:])){_WORD}(?=[^,;。\n]{{2}})")
# A line that starts with one (after the cut), not yet numbered — maybe inside a quote (a speech a news story
# quotes paragraph by paragraph: “第一,…。”).
_ORDINAL_LINE = re.compile(rf"^[“「]?{_WORD}(?=[^,;。\n]{{2}})", re.MULTILINE)
# Items numbered by the notice itself (1. 2、 (1)) at a line's start: then 一是 are points of its items. (Headings
# 一、 (一) are not: minutes list their decisions 一是… under each 一、关于… topic.)
_OWN_NUMBERING = re.compile(r"^ *(?:\d{1,3}[.、]|\(\d{1,3}\))", re.MULTILINE)
_GROUP = re.compile(r"[,;。]")
_BRACKET_LAST = re.compile(r"\(([^()]{2,80})\)[。;;,, ]*$")
_CLAUSE_GROUPS = 4  # a clause runs over a few groups at most (由X牵头,Y负责,Z配合,12月底前完成)


# The lead-in's sentence on the leader of the matter (此项工作由唐建军副市长统筹协调, 由胡国平常务副市长统筹协调).
_STEERING = re.compile(
    r"(?:^|[。;:,])(?:此项|该项|这项)?(?:工作)?由(?P<who>[^。;:,、由]{3,16}?)(?:统筹协调|统筹|协调|总负责|负总责)[。;:,]"
)


def _steering_leader(line: str) -> str | None:
    """The person a run's lead-in names as steering the matter (a name with its post), or None."""
    m = _STEERING.search(line)
    if m is None:
        return None
    return titled_person(m.group("who"))


def _number(m: re.Match[str]) -> int:
    """The count an ordinal says (一是 → 1, 第三, → 3)."""
    return chinese_number(m.group(1) or m.group(2))


def has_ordinals(text: str) -> bool:
    """Quick test first: a second ordinal anywhere, or a sentence opening with 由 after another's end (a run of
    ``by_cuts``, or one it cut already), and no numbering of the notice's own."""
    return (
        holds(text, "二是") or holds(text, "二要") or holds(text, "第二,") or holds(text, ";由") or holds(text, ";\n由")
    ) and _OWN_NUMBERING.search(text) is None


# A sentence that opens with who answers, after the sentence before it (…;由县住建局牵头,…): its 由's place. The
# first of a run may follow the words that lead in to it (邓文杰要求,由…).
_BY_SENTENCE = re.compile(r"(?:(?<=[;。])|(?<=[要求明确强调决定部署指出],))由(?![于於此])")


def by_cuts(line: str) -> list[int]:
    """Where to cut ``line`` before each sentence of a run that each open with who answers (由X牵头,Y配合,在…前完成…;
    由…;由…: a news report's tasks, no number and no 一是), two or more in a row each naming a role in its first
    groups; [] where the line holds no such run."""
    if ";由" not in line:
        return []
    found = [m.start() for m in _BY_SENTENCE.finditer(line)]
    run: list[int] = []
    for k, at in enumerate(found):
        end = found[k + 1] if k + 1 < len(found) else len(line)
        sentence = re.split(r"[;。]", line[at:end], maxsplit=1)[0]
        groups = [g for g in _GROUP.split(sentence[1:]) if g.strip()]
        if names_role(",".join(groups[:_CLAUSE_GROUPS])):
            run.append(at)
        elif len(run) >= 2:
            break
        else:
            run = []
    if len(run) < 2:
        return []
    # (…收储。其他部门要积极配合,…: the words after the run's last sentence are the speaker's, none of its task)
    stop = line.find("。", run[-1])
    return [*run, stop + 1] if 0 < stop < len(line) - 1 else run


# Set for a second reading of a text in which nothing was found (fyplan/read/__init__.py): a run of three ordinals or
# more is a list of tasks whoever its sentences name (会议要求,一要…;二要…;三要…: a meeting's points naming no one).
# A context variable, not a global: a parse in another thread is not read so.
_EVERY_RUN: contextvars.ContextVar[bool] = contextvars.ContextVar("every_run", default=False)


@contextlib.contextmanager
def every_run() -> Iterator[None]:
    """Within: every run of three ordinals or more is read as a list of tasks."""
    token = _EVERY_RUN.set(True)
    try:
        yield
    finally:
        _EVERY_RUN.reset(token)


def every_run_on() -> bool:
    """Is the text being read a second time, every run of ordinals a list of tasks (``every_run``)?"""
    return _EVERY_RUN.get()


def ordinal_cuts(line: str, musts: bool = False) -> list[int]:
    """Where to cut ``line`` before each ordinal of its run 一是, 二是 … (two or more, counting on, each sentence
    naming who answers, ``musts``: or the bodies that must do the work); [] when the line holds no such run. The
    first cut may be 0 (the run opens the line)."""
    found = list(_ORDINAL.finditer(line))
    if len(found) < 2:
        return []
    # (a run may go on from the paragraph before, 四是…;五是… after 一是…三是: then every sentence must say who answers)
    going_on = _number(found[0]) != 1
    run = [found[0]]
    for m in found[1:]:
        if _number(m) == _number(run[-1]) + 1:
            run.append(m)
    if len(run) < 2:
        return []
    if _EVERY_RUN.get() and len(run) >= 3 and not going_on:
        return [m.start() for m in run]
    ends = [m.start() for m in run[1:]] + [len(line)]
    told = musts and told_by_speaker(line[: run[0].start()])
    answered = sum(1 for m, end in zip(run, ends, strict=True) if _answers(line[m.start() : end], told))
    if not (_named_enough(answered, len(run)) or (told and answered >= 1)) or (going_on and answered < len(run)):
        return []
    return [m.start() for m in run]


def says_who(sentence: str) -> bool:
    """Does a group of the sentence after its first, or a few such groups together, name who answers (…,由X牵头,Y
    负责,Z配合 / …。X负责。 / …,由X牵头,Y配合,6月底前出台…办法)?"""
    if (last := _BRACKET_LAST.search(sentence)) is not None and names_role(last[1]):
        return True  # (二是改造老旧小区12个(县住建局牵头,县交通局配合);: the bracket closing it says who answers)
    groups = [g for g in _GROUP.split(sentence) if g.strip()]
    # (一是由市商务局牵头,海关配合,建立…: a sentence that opens with who answers, after its ordinal, names them first)
    by = _BY_FIRST.match(sentence)
    # (三是由X负责,加快…: the first group read after its ordinal and 由 — 三是由X is no body's name)
    named = [groups[0][by.end() :], *groups[1:]] if by and groups else groups
    for i in range(0 if by else 1, len(named)):
        for j in range(i + 1, min(len(named), i + _CLAUSE_GROUPS) + 1):
            if names_role(",".join(named[i:j])):
                return True
    # (二是由市发展改革委会同市商务局负责梳理…清单: who answers, then the work after the role verb)
    return by is not None and role_then_work(groups[0][by.end() :])


def _answers(sentence: str, musts: bool) -> bool:
    """``says_who``, or (``musts``: the run follows a speaker's tag) a group of the sentence opens with bodies that
    must do the work (一是各街道办事处要主动沟通…; 四要加强对上沟通。相关部门要…): in a report of a meeting, who the
    speaker tells to act answers for it (a notice's own 一是各乡镇要… to every body, no speaker, is no list)."""
    if says_who(sentence):
        return True
    return musts and any(must_act(ORDINAL_START.sub("", group)) for group in _GROUP.split(sentence))


# A text with labels of who answers (牵头单位:, 责任单位:) or a table's 序号: a notice of its own, whose 一是… runs
# before its list are its requirements to all (一是区直各责任单位须…), no tasks.
_LABELLED = re.compile(
    r"(?:牵头|牽頭|责任|責任|配合|协同|協同|协办|協辦|主办|主辦)(?:单位|單位|部门|部門|领导|領導) *[:：]|序号"
)


# The words a report of a meeting puts before the speaker's points: 钟宇龙要求:, 高巍强调,, 会议明确:, 提出具体要求:.
# (not 指出, what a meeting found, nor a bare 提出, what members or experts suggested: 委员们提出:一是…)
_SPEAKER_TAG = re.compile(
    r"(?:(?:[\u4e00-\u9fff]{2,4}|会议|會議)(?:要求|强调|強調|明确|明確)|提出[^,;。:]{0,6}要求|部署如下|要求如下)"
    r"[,:，：]?[ \t\u3000]*$"
)


def told_by_speaker(before: str) -> bool:
    """Does the text before a run of points end with a speaker's tag (钟宇龙要求:, …高巍强调,, 会议明确:)? Then the
    points are the tasks the speaker gives, though some name no one (力度要更大。…)."""
    return _SPEAKER_TAG.search(before.rstrip()) is not None


def musts_count(text: str) -> bool:
    """Do the bodies a run's sentences tell to act (X要…) count as who answers: in a text with no labels of its own
    (a report of a meeting, a speech)?"""
    return _LABELLED.search(text) is None


# An ordinal at a sentence's start (一是, 二要, 第三,), before its words.
ORDINAL_START = re.compile(rf"^(?:[一二三四五六七八九十]{{1,2}}{ORDINAL_IS}|第[一二三四五六七八九十]{{1,2}},)")
# Bodies, then what they must do: 县水利局要…, 各街道办事处务必…, 区城管局、区执法局须….
_MUST_ACT = re.compile(
    r"^(?:同时|并|另外)?(?P<names>[^,;。:]{2,60}?)(?:都|也|还|均)?(?:要|须|必须|务必|应当)(?=[\u4e00-\u9fff])"
)


def must_act(group: str) -> bool:
    """Does a group of a sentence open with bodies that must do the work (区城管局、区执法局要…): bodies by their
    names alone, the subject of 要 / 须 / 必须 / 务必 / 应当?"""
    m = _MUST_ACT.match(group.strip())
    if m is None:
        return False
    names = split_names(m.group("names")).names
    return bool(names) and all(looks_like_unit(n) and len(n) <= _LONGEST_BODY for n in names)


_LONGEST_BODY = 20


# An ordinal, then 由 / 请 / 责成 before who answers.
_BY_FIRST = re.compile(
    rf"^(?:[一二三四五六七八九十]{{1,2}}{ORDINAL_IS}|第[一二三四五六七八九十]{{1,2}},)(?:由|请|責成|责成)(?![于於此])"
)


def _named_enough(answered: int, run: int) -> bool:
    """A run is a list of tasks where two or more of its sentences and two in three of them name who answers (one
    said in words the reader lacks stays an item, with no duties, which the check then reports)."""
    return answered >= 2 and answered * 3 >= run * 2


def numbered_ordinals(text: str) -> str:
    """Lines that start with an ordinal of a run whose every sentence names who answers: numbered by it (1.一是…),
    one line for one line. The runs count 1, 2, 3 … and may start again at 一是. Lines that ``by_cuts`` cut, each
    opening with 由 and naming who answers, two or more in a row, are numbered in order too (1.由…)."""
    lines = text.split("\n")
    runs: list[list[tuple[int, int]]] = []  # (line, its ordinal)
    by_run: list[int] = []
    for k, line in enumerate(lines):
        m = _ORDINAL_LINE.match(line)
        if m is None:
            if line.startswith("由") and says_who(f"一是{line}"):
                if by_run and by_run[-1] != k - 1:
                    by_run = [] if len(by_run) < 2 else by_run
                if not by_run or by_run[-1] == k - 1:
                    by_run.append(k)
            continue
        number = _number(m)
        if number == 1:
            runs.append([(k, 1)])
        elif runs and runs[-1][-1][1] + 1 == number:
            runs[-1].append((k, number))
    changed = False
    if len(by_run) >= 2 and not runs:
        for count, k in enumerate(by_run, 1):
            lines[k] = f"{count}.{lines[k]}"
        changed = True
    musts = musts_count(text)
    for run in runs:
        before = next((line for line in reversed(lines[: run[0][0]]) if line.strip()), "")
        told = musts and told_by_speaker(before)
        answered = sum(1 for k, _ in run if _answers(lines[k], told))
        if not (_named_enough(answered, len(run)) or (told and answered >= 1) or (_EVERY_RUN.get() and len(run) >= 3)):
            continue
        # (此项工作由唐建军副市长统筹协调。会议要求: before the run: the topic's leader, every decision's)
        steering = _steering_leader(lines[run[0][0] - 1]) if run[0][0] > 0 else None
        for k, number in run:
            line = lines[k]
            if line[:1] in "“「":
                # (the quote's marks around the paragraph: no words of the item's, and 。” is no sentence's end)
                line = line[1:].removesuffix("”" if line[0] == "“" else "」")
            lines[k] = f"{number}.{line}" + (f"(责任领导:{steering})" if steering else "")
        changed = True
    return "\n".join(lines) if changed else text
