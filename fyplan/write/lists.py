"""Task lists (责任清单): which body gets which items, as plain data.

A supervision office sends every department its own list: the items it leads or cooperates on
(``by="unit"``), only those it leads (``by="lead"``), or, for a leader, the items they answer for
(``by="leader"``). This module decides the rows; the file writers (``fyplan.write.xlsx``,
``fyplan.write.word``, ``fyplan.write.listfiles``) only lay them out.

Two spellings of one body make one list, merged with what ``fyplan check`` already knows: the
canonical key of ``fyplan.units.canonical`` (人行 = 人民银行), the look of a respelling (FY006:
市数据资源局 / 市数据资源管理局) and the notice's own aliases (以下简称). Collective names
(市政府各部门, 各县市区人民政府, …成员单位) get no list of their own; a body records the collective
names of the notice it falls under (see ``falls_under`` for the rule).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Literal

import attrs

from fyplan.model import Item, Notice
from fyplan.query.spellings import Merge
from fyplan.query.spellings import bodies as merged_bodies

By = Literal["unit", "lead", "leader"]
BY: tuple[By, ...] = ("unit", "lead", "leader")
Role = Literal["牵头", "协同", "领导"]
LEAD: Role = "牵头"
COOPERATE: Role = "协同"
LEADER: Role = "领导"


@attrs.frozen
class Row:
    """One item on one body's list, with the body's role and the other bodies named on the item."""

    item: Item
    source: str  # the notice's file name: ids repeat across notices
    role: Role
    leaders: tuple[str, ...]  # the item's leaders (for a leader's list: the other leaders)
    lead_units: tuple[str, ...]  # the other lead units
    cooperating_units: tuple[str, ...]  # the other cooperating units
    deadline: str
    targets: tuple[str, ...]
    via: str = ""  # the collective name the item names instead of the body (with ``collective=True``)

    @property
    def role_text(self) -> str:
        """牵头, or 协同（市政府各部门） for an item given to a collective name the body falls under."""
        return f"{self.role}（{self.via}）" if self.via else self.role

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def text(self) -> str:
        return self.item.text

    @property
    def section(self) -> str:
        section = self.item.section
        return section.title if section is not None else ""


@attrs.frozen
class TaskList:
    """One body's list: its name, the other spellings merged into it, the collective names it
    falls under, and its rows in document order."""

    body: str
    spellings: tuple[str, ...]
    collectives: tuple[str, ...]
    rows: tuple[Row, ...]

    def count(self, role: Role) -> int:
        """Items that name the body itself in this role."""
        return sum(1 for row in self.rows if row.role == role and not row.via)

    @property
    def through_collectives(self) -> int:
        """Items given to a collective name the body falls under (listed with ``collective=True``)."""
        return sum(1 for row in self.rows if row.via)


@attrs.frozen
class Collective:
    """A collective name used in the notices, how many items name it, and the bodies under it."""

    name: str
    items: int
    members: tuple[str, ...]


@attrs.frozen
class TaskLists:
    by: By
    lists: tuple[TaskList, ...]
    collectives: tuple[Collective, ...]
    merges: tuple[Merge, ...]
    sources: tuple[str, ...]
    collective: bool = False  # the lists hold the items given to collective names too

    @property
    def several_sources(self) -> bool:
        return len(self.sources) > 1


# A collective name names a group, not one body: 各县市区人民政府, 市政府各部门, 市县各投融资平台,
# 市安委会各成员单位 (a 各 anywhere), …领导小组其他成员单位, 市直有关单位, 相关部门.
_COLLECTIVE = re.compile(
    r"各|(?:成员单位|有关单位|有关部门|相关单位|相关部门|其他单位|其他部门|市直单位|市直部门|直属机构)$"
)


def is_collective(name: str) -> bool:
    return bool(_COLLECTIVE.search(name))


# The rule for "falls under" (a body is put under a collective name only when the notice uses it):
# - 各县市区人民政府, 各县、市、区人民政府, 各县市人民政府, 各乡镇人民政府 …: a government
#   (…人民政府 or …政府) of one of the levels written between 各 and 政府, named by its own place
#   (临泉县人民政府, 界首市人民政府); the city's own bodies start with 市 and are not under it.
# - 市政府各部门, 市直各部门, 市直有关部门, 市直各单位 …: a city body (市…) that is a government
#   department by its name's end (局, 委, 办, 办公室); party bodies (市委…) and the offices of
#   leading groups (…领导小组办公室) are not.
# - 各直属机构, 市直属机构: a city body (市…) ending in 中心 or 处 (市重点工程处, 市招商投资促进中心).
# - 各…管委会 (各开发区管委会): a body ending in 管委会 or 管理委员会.
# Other collectives (…领导小组其他成员单位, 市县各投融资平台) say nothing the notice lets us check
# about who belongs: no body is put under them, and the index lists them with their item counts.
_GOVERNMENTS = re.compile(r"^各((?:[县市区乡镇旗][、,]?|\([县市区]\)|街道[、,]?)+)(人民政府|政府)$")
_DEPARTMENTS = re.compile(r"^市(?:政府|直)?(?:各|有关|相关)(?:部门|单位|委办局)$")
_AGENCIES = re.compile(r"^(?:各|市政府|市)直属机构$")
_ZONES = re.compile(r"^各.*(?:管委会|管理委员会)$")
_DEPARTMENT_END = re.compile(r"(?:局|委|办|办公室)$")
_AGENCY_END = re.compile(r"(?:中心|处)$")


def falls_under(body: str, collective: str) -> bool:
    """Whether ``body`` is one of the bodies a collective name addresses (the rule above)."""
    if m := _GOVERNMENTS.match(collective):
        levels = {ch for ch in m.group(1) if ch in "县市区乡镇旗"} | ({"街道"} if "街道" in m.group(1) else set())
        stem = body.removesuffix("人民政府") if body.endswith("人民政府") else body.removesuffix("政府")
        return (
            stem != body
            and not body.startswith(("市", "省"))
            and len(stem) >= 2
            and any(stem.endswith(level) for level in levels)
        )
    if _DEPARTMENTS.match(collective):
        return (
            body.startswith("市")
            and not body.startswith("市委")
            and "领导小组" not in body
            and bool(_DEPARTMENT_END.search(body))
        )
    if _AGENCIES.match(collective):
        return body.startswith("市") and bool(_AGENCY_END.search(body))
    if _ZONES.match(collective):
        return body.endswith(("管委会", "管理委员会"))
    return False


def build(notices: Sequence[Notice], by: By = "unit", merge: bool = True, collective: bool = False) -> TaskLists:
    """The task lists of ``notices``: one per body (unit or leader), in the order bodies first appear.

    ``merge``: spellings of one body make one list. ``collective``: a body's list also holds the items
    given to a collective name it falls under (各县市区人民政府 → each county government), marked so."""
    items = [(item, notice) for notice in notices for item in notice.items()]
    names = _names_in_order(items, by)
    counts = Counter(name for item, _ in items for name in _names_of(item, by))
    aliases = {a.alias: a.name for notice in notices for a in notice.aliases}
    bodies, merges = merged_bodies(names, counts, aliases, merge and by != "leader")
    collectives = _collectives(items, bodies) if by != "leader" else ()
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in names:
        spellings[bodies[name]].append(name)
    members = {c.name: c.members for c in collectives} if collective else {}
    rows: dict[str, list[Row]] = defaultdict(list)
    for item, notice in items:
        roles = _roles(item, by, bodies)
        for body, role in roles:
            rows[body].append(_row(item, notice.file_name, role, by, set(spellings[body])))
        for body, (role, via) in _through_collectives(item, by, members, {body for body, _ in roles}).items():
            rows[body].append(attrs.evolve(_row(item, notice.file_name, role, by, set(spellings[body])), via=via))
    lists = tuple(
        TaskList(
            body,
            tuple(s for s in spellings[body] if s != body),
            tuple(c.name for c in collectives if body in c.members),
            tuple(rows[body]),
        )
        for body in dict.fromkeys(bodies[n] for n in names)
        if rows[body]
    )
    sources = tuple(dict.fromkeys(n.file_name for n in notices))
    return TaskLists(by, lists, collectives, merges, sources, collective and bool(members))


def _names_of(item: Item, by: By) -> list[str]:
    if by == "leader":
        return [leader.name for leader in item.leaders]
    if by == "lead":
        return [u.name for u in item.lead_units]
    return [u.name for u in (*item.lead_units, *item.cooperating_units)]


def _names_in_order(items: Iterable[tuple[Item, Notice]], by: By) -> list[str]:
    """Every body's name as first met in document order, collective names left out."""
    seen = dict.fromkeys(name for item, _ in items for name in _names_of(item, by))
    return [name for name in seen if by == "leader" or not is_collective(name)]


def _collectives(items: Sequence[tuple[Item, Notice]], bodies: dict[str, str]) -> tuple[Collective, ...]:
    used: Counter[str] = Counter()
    for item, _ in items:
        used.update({u.name for u in (*item.lead_units, *item.cooperating_units) if is_collective(u.name)})
    members = list(dict.fromkeys(bodies.values()))
    return tuple(
        Collective(name, count, tuple(b for b in members if falls_under(b, name))) for name, count in used.items()
    )


def _roles(item: Item, by: By, bodies: dict[str, str]) -> list[tuple[str, Role]]:
    """The bodies an item goes to, each once, with its role (a body named as lead and as cooperating
    unit on one item, FY005, is listed once as lead)."""
    roles: dict[str, Role] = {}
    if by == "leader":
        for leader in item.leaders:
            roles.setdefault(bodies[leader.name], LEADER)
        return list(roles.items())
    for u in item.lead_units:
        if u.name in bodies:
            roles.setdefault(bodies[u.name], LEAD)
    if by == "unit":
        for u in item.cooperating_units:
            if u.name in bodies:
                roles.setdefault(bodies[u.name], COOPERATE)
    return list(roles.items())


def _through_collectives(
    item: Item, by: By, members: dict[str, tuple[str, ...]], named: set[str]
) -> dict[str, tuple[Role, str]]:
    """The bodies an item reaches through the collective names on it, and how: (牵头 or 协同, the name).
    A body the item names itself is not listed again."""
    reached: dict[str, tuple[Role, str]] = {}
    lists = [(LEAD, item.lead_units)] + ([(COOPERATE, item.cooperating_units)] if by == "unit" else [])
    for role, units in lists:
        for u in units:
            for body in members.get(u.name, ()):
                if body not in named:
                    reached.setdefault(body, (role, u.name))
    return reached


def _others(names: Iterable[str], own: set[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for n in names if n not in own))


def _row(item: Item, source: str, role: Role, by: By, own: set[str]) -> Row:
    leaders = (leader.name for leader in item.leaders)
    units_own = own if by != "leader" else set()
    return Row(
        item=item,
        source=source,
        role=role,
        leaders=_others(leaders, own if by == "leader" else set()),
        lead_units=_others((u.name for u in item.lead_units), units_own),
        cooperating_units=_others((u.name for u in item.cooperating_units), units_own),
        deadline=str(item.deadline) if item.deadline is not None else "",
        targets=tuple(str(t) for t in item.targets),
    )
