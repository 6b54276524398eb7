"""Who answers for whole parts of the list, said in one sentence that numbers the parts: 第(一)(二)方面任务由常务副市长
黄海负责,第(三)至(五)方面任务由副市长陈平负责。 (a closing note after the list, or the preamble's). The roles each clause
names are given to every item of the parts it numbers that does not name them itself — issue 9's scope: a sentence
for the group of items it names, here by their parts' numbers rather than the items'."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from fyplan import units
from fyplan.model import Section, Subsection, Task, Unit
from fyplan.numerals import chinese_number
from fyplan.read import scope
from fyplan.read.items import clause_duties

_NUMERAL = r"[一二三四五六七八九十]{1,3}"
_REF = rf"第?(?:\({_NUMERAL}\)|{_NUMERAL})"
# 第(一)(二)方面任务由…, 第一、二部分工作由…, 第(三)至(五)方面由…: the parts numbered, then 由 and the clause (up to the
# next part's 第, or the sentence's end).
_PART_REFS = re.compile(
    rf"第(?P<refs>{_REF}(?:[、,和及至到~\-—－]?{_REF}){{0,9}})(?:个)?(?:方面|部分|板块|大项)(?:的)?"
    r"(?:重点工作|工作|任务|事项)?(?:均|都)?由(?P<clause>.+?)(?=[,;]第|[;。]|$)",
    re.MULTILINE,
)
_FOLLOWS_UP = re.compile(r"(?:督查|督办|督促|调度|汇总|考核|评估|跟踪)[^,;。]{0,4}$")
_ONE_REF = re.compile(rf"第?(?P<bracketed>\()?(?P<numeral>{_NUMERAL})\)?(?P<to>[至到~\-—－])?")


@attrs.frozen
class PartRoles:
    """The parts a sentence numbers — sections (一、) or subsections ((一)) — and the roles its clause gives them."""

    subsections: bool
    numbers: frozenset[int]
    roles: scope.Roles


def part_roles(text: str) -> tuple[PartRoles, ...]:
    """Each group of parts the text's sentences number with who answers for them (none for most notices)."""
    if "方面" not in text and "部分" not in text and "板块" not in text and "大项" not in text:
        return ()
    found: list[PartRoles] = []
    for m in _PART_REFS.finditer(text):
        if _FOLLOWS_UP.search(m.group("clause")):
            continue  # (第二部分任务由县委督查室负责督查: who checks on the work, not who does it)
        duties = clause_duties(m.group("clause"))
        roles = scope.Roles(duties.leaders, duties.lead_units, duties.cooperating_units, duties.deadline)
        named = (*roles.lead_units, *roles.cooperating_units)
        if not (roles.leaders or named) or not all(units.ends_like_unit(u.name) for u in named):
            continue  # (第二方面任务由各地结合实际推进: no one named)
        refs = list(_ONE_REF.finditer(m.group("refs")))
        if len({bool(r.group("bracketed")) for r in refs}) != 1:
            continue  # (一、 and (一) mixed: no one level named)
        numbers: set[int] = set()
        for k, r in enumerate(refs):
            n = chinese_number(r.group("numeral"))
            if not n:
                break
            numbers.add(n)
            if r.group("to") and k + 1 < len(refs) and (last := chinese_number(refs[k + 1].group("numeral"))):
                numbers.update(range(n, min(last, n + 30)))
        found.append(PartRoles(bool(refs[0].group("bracketed")), frozenset(numbers), roles))
    return tuple(found)


def with_part_roles(sections: Sequence[Section], found: Sequence[PartRoles]) -> list[Section]:
    """The sections with each part's roles given to its items. Subsections are named by their numbers only where
    one section holds them (their numbers start again in each: another section's (一) would be a guess)."""
    out = list(sections)
    holding = [k for k, s in enumerate(out) if s.subsections]
    for part in found:
        if part.subsections:
            if len(holding) != 1:
                continue
            k = holding[0]
            subs = tuple(_sub_with(sub, part) for sub in out[k].subsections)
            out[k] = attrs.evolve(out[k], subsections=subs)
        else:
            out = [_section_with(s, part) for s in out]
    return out


def _applied(tasks: Sequence[Task], roles: scope.Roles) -> tuple[Task, ...]:
    return tuple(scope.apply(task, roles) for task in tasks)


def _sub_with(sub: Subsection, part: PartRoles) -> Subsection:
    return attrs.evolve(sub, tasks=_applied(sub.tasks, part.roles)) if sub.number in part.numbers else sub


def _section_with(section: Section, part: PartRoles) -> Section:
    if section.number not in part.numbers:
        return section
    return _each_task(section, lambda task: scope.apply(task, part.roles))


def _each_task(section: Section, change: Callable[[Task], Task]) -> Section:
    """The section with ``change`` made to each of its tasks and of its subsections' tasks."""
    return attrs.evolve(
        section,
        tasks=tuple(change(task) for task in section.tasks),
        subsections=tuple(attrs.evolve(s, tasks=tuple(change(task) for task in s.tasks)) for s in section.subsections),
    )


# A plan's title, then a line of its own that only names who leads it, in a bracket: 某县城市精细化管理专项行动方案 /
# (县城管局牵头). The body named leads every item of the plan (where the item names no lead itself).
_TITLE_END = re.compile(r"(?:方案|计划|要点|清单|意见|细则|办法|安排|任务|分解|分工|措施)(?:\([^()]{1,12}\))?$")
_LEAD_ONLY = re.compile(
    r"^\((?P<clause>[^()]{2,40}?(?:牵头|负责|牽頭|負責))\)$|^\((?P<field>(?:牵头单位|牽頭單位):[^()]{2,40})\)$"
)


def title_roles(front_lines: Sequence[tuple[int, str]]) -> tuple[int, scope.Roles] | None:
    """The line and the roles of the only such bracket under a title in the front matter; None where there is none
    (or more than one: a covering notice's several plans, each led by its own body)."""
    found: list[tuple[int, scope.Roles]] = []
    above = ""
    for line, text in front_lines:
        said = text.strip()
        if not said:
            continue
        m = _LEAD_ONLY.match(said)
        if m is not None and _TITLE_END.search(above) and "。" not in above:
            duties = clause_duties(m.group("clause") or m.group("field"))
            if duties.lead_units and not duties.cooperating_units and not duties.leaders:
                found.append((line, scope.Roles(lead_units=duties.lead_units)))
        above = said
    return found[0] if len(found) == 1 else None


def with_roles(sections: Sequence[Section], roles: scope.Roles) -> list[Section]:
    """Every section's items (and its subsections') given ``roles`` where they do not name them."""
    return [_each_task(s, lambda task: scope.apply(task, roles)) for s in sections]


# 除特别注明的外,各县(市、区)政府和金华开发区管委会都是配合单位。/ 以下各项工作均需各县、区人民政府(管委会)落实,不再列出。:
# the notice says once that some bodies help with every item (and so does not list them under each).
_EVERYONE_HELPS = re.compile(
    r"(?:除(?:特别|另行|另有)?(?:注明|标注|标明|说明|列明)(?:的|者)?(?:以)?外[,,]?)"
    r"(?P<who>[^。,;:]{2,60}?)(?:都|均|皆)(?:是|为|為|作为)(?:各项(?:工作|任务)的)?配合单位"
    r"|(?:以下|下列|所有|各项)[^。,;:]{0,8}?(?:工作|任务)(?:均|都)(?:需|须|要|由)(?P<doer>[^。,;:]{2,40}?)"
    r"(?:落实|配合|参与|负责)[^。,;:]{0,6}?[,,]不再(?:一一|逐一|单独)?(?:列出|列明|注明|标注|标明)"
)


def helping_everywhere(text: str) -> tuple[Unit, ...]:
    """The bodies a sentence of the notice says help with every item (see ``_EVERYONE_HELPS``); none for most."""
    if "配合单位" not in text and "不再" not in text:
        return ()
    m = _EVERYONE_HELPS.search(text)
    if m is None:
        return ()
    who = m.group("who") or m.group("doer")
    # (…政府和金华开发区: 和 between a body's name and the next body's parts two bodies, as 、 does)
    who = re.sub(r"(?<=[府局委办会区])和(?=[\u4e00-\u9fff]{2})", "、", who)
    found = units.units_of(units.split_names(who))
    return found if found and all(units.ends_like_unit(u.name) for u in found) else ()


def with_helpers(sections: Sequence[Section], helpers: Sequence[Unit]) -> list[Section]:
    """Every item given ``helpers`` as cooperating units after its own, where it does not name them already."""

    def helped(task: Task) -> Task:
        named = {u.name for u in (*task.duties.lead_units, *task.duties.cooperating_units)}
        more = tuple(u for u in helpers if u.name not in named)
        if not more:
            return task
        return attrs.evolve(
            task, duties=attrs.evolve(task.duties, cooperating_units=(*task.duties.cooperating_units, *more))
        )

    return [_each_task(s, helped) for s in sections]
