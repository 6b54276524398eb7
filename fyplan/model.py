"""The domain model: immutable attrs classes, no parsing and no printing.

Positions (``line``, ``column``) and the text as written never take part in
equality, so a notice read from two layouts of the same document compares equal.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

import attrs

from fyplan import hooks

if TYPE_CHECKING:
    from rich.console import RenderableType

    from fyplan.query import Node, Results

Severity = Literal["error", "warning"]
Bound = Literal["exactly", "at_least", "at_most", "about"]
# date: the words name a month or a day (6月底前, 2024年12月31日前); period: a year, half or quarter
# (年底前, 上半年, 第三季度); ongoing: they fix no last day (长期坚持, 持续推进, 每季度).
DeadlineKind = Literal["date", "period", "ongoing"]
# The level of the government that issues a notice: the State Council, a province (or one of the four
# municipalities), a city (or prefecture), a county or district (or county-level city).
Level = Literal["国家", "省", "市", "县区"]


# The code of a reader's finding that a line was not read (an unknown label, a duty line under no item):
# ``fyplan check`` reports it as lint rule FY007, and fmt will not drop such a line.
NOT_READ = "FY007"


@attrs.frozen(slots=True)
class Diagnostic:
    """One problem found in a document, by the reader or by a lint rule of ``fyplan check``: a
    sentence about the document at a place in it. The message never repeats its own place."""

    severity: Severity
    message: str
    line: int
    column: int = 1
    code: str = ""  # the lint code (FY001 …); the reader's own findings carry the code that says the same
    source: str = ""  # the file, where known
    places: tuple[tuple[str, int], ...] = ()  # (item id, line) of every item it concerns, for lint findings
    place: str = (
        ""  # the place in a document that is not plain text: paragraph 3, table 1 row 5, Sheet1!A7, page 2 line 4
    )

    def at(self, source: str) -> Diagnostic:
        """The same diagnostic, placed in file ``source``."""
        return attrs.evolve(self, source=source)

    def __str__(self) -> str:
        """The one written form: ``file:line:column: CODE severity: message``."""
        if self.place:
            where = f"{self.source}: {self.place}" if self.source else self.place
        else:
            where = (
                f"{self.source}:{self.line}:{self.column}" if self.source else f"line {self.line}, column {self.column}"
            )
        code = f"{self.code} " if self.code else ""
        return f"{where}: {code}{self.severity}: {self.message}"


@attrs.frozen(slots=True)
class Unit:
    """A responsible body: ``name`` is what a user searches for, ``written`` how the notice spelled it."""

    name: str
    written: str = attrs.field(default="", eq=False, repr=False)

    def __str__(self) -> str:
        return self.name


@attrs.frozen(slots=True)
class Leader:
    """A leader: a person's name (李红) or a role (市政府常务副市长)."""

    name: str
    is_role: bool = False

    def __str__(self) -> str:
        return self.name


@attrs.frozen(slots=True)
class OpenEnded:
    """Whether a list ended with 等 ("and others")."""

    leaders: bool = False
    lead_units: bool = False
    cooperating_units: bool = False


# The eight OpenEnded values, one object each: every Duties holds one, and a reader that made its own
# per item spent ~0.17x the input of memory on them (issue 13).
_OPEN_ENDED = {(a, b, c): OpenEnded(a, b, c) for a in (False, True) for b in (False, True) for c in (False, True)}


def open_ended(leaders: bool, lead_units: bool, cooperating_units: bool) -> OpenEnded:
    """The shared ``OpenEnded`` of these three flags (an equal new one for values that are not bools)."""
    # Three type tests, not a generator over the key: every item's duties ask (issue 13).
    if type(leaders) is bool and type(lead_units) is bool and type(cooperating_units) is bool:
        return _OPEN_ENDED[(leaders, lead_units, cooperating_units)]
    return OpenEnded(leaders, lead_units, cooperating_units)


@attrs.frozen(slots=True)
class Deadline:
    """When an item is due: the words as written (6月底前, 年底前完成, 长期坚持) and the last day they
    allow. ``str()`` is the words, so a deadline prints as the notice wrote it."""

    written: str
    by: datetime.date | None = None  # the last day allowed; None when ongoing or the year is unknown
    kind: DeadlineKind = "ongoing"
    # The words stand in the item's sentence (…，6月底前完成。), not in a 完成时限 field, column or
    # duty clause: render leaves them in the text, and they say nothing of who answers.
    in_text: bool = False

    def __str__(self) -> str:
        return self.written


@attrs.frozen(slots=True)
class Duties:
    """Who answers for a responsibility item."""

    leaders: tuple[Leader, ...] = ()
    lead_units: tuple[Unit, ...] = ()
    cooperating_units: tuple[Unit, ...] = ()
    deadline: Deadline | None = None
    open_ended: OpenEnded = OpenEnded()
    # The leader, lead and cooperating lists as the notice wrote them, group by group (市城南新区、
    # 阜阳经开区管委会 | 市发展改革委), where the reader took each list from its own field; () where it had
    # to cut one field into lead and cooperating units. fmt writes these back so only the layout
    # changes; never part of equality.
    written: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = attrs.field(
        default=((), (), ()), eq=False, repr=False
    )
    # False where no label nor verb said the lead units lead: a bare 责任单位 list read as the lead, or its first unit by
    # a 列第一位为牵头 note. A heading's or a part's sentence that names a lead (本部分由X牵头) then leads instead, those
    # units cooperating (fyplan/read/scope.py). Never part of equality.
    lead_said: bool = attrs.field(default=True, eq=False, repr=False)

    def is_empty(self) -> bool:
        """No field of duties: a deadline found in the item's sentence is no field (it names no one)."""
        field_deadline = self.deadline is not None and not self.deadline.in_text
        return not (self.leaders or self.lead_units or self.cooperating_units or field_deadline)

    def names_no_one(self) -> bool:
        """No leader and no unit: whatever else the item says (a deadline of its own), no one answers for it."""
        return not (self.leaders or self.lead_units or self.cooperating_units)


# ``Duties.written`` stored compactly (issue 13). Most lists are written as their own names joined by 、
# (阜阳经开区、阜合现代产业园区管委会 for the units 阜阳经开区管委会 and 阜合现代产业园区管委会 as spelled), in
# one group or in a few groups parted by commas, with 等 at the end when the list is open-ended. Such a list
# is stored as None (one group) or as the number of names in each group (a tuple of ints); only the others
# keep their strings. As strings they were ~0.8x the input of memory in a finished notice. The attribute
# reads as before: attrs' slot for ``written`` is wrapped in a property that packs what is set (by __init__,
# ``attrs.evolve``, cattrs, pickle, all of which go through it) and unpacks what is read, against the
# duties' own names, so every reader of ``written`` (fmt, the JSON export, the parse cache) sees the tuple
# of strings it was given.
_GroupSpec = tuple[str, ...] | tuple[int, ...] | None
_WRITTEN_SLOT = Duties.__dict__["written"]  # attrs' slot descriptor: where the packed value lives
_PACKED: dict[object, object] = {}  # one object per packed form without strings (a few dozen in practice)


def _spelled(values: tuple[Leader, ...] | tuple[Unit, ...]) -> list[str]:
    return [v.written or v.name for v in values] if type(values[0]) is Unit else [v.name for v in values]


def _groups_of(names: list[str], sizes: tuple[int, ...], open_ended: bool) -> tuple[str, ...]:
    groups = []
    start = 0
    for size in sizes:
        groups.append("、".join(names[start : start + size]))
        start += size
    if open_ended:
        groups[-1] += "等"
    return tuple(groups)


def _pack_list(values: tuple[Leader, ...] | tuple[Unit, ...], open_ended: bool, groups: tuple[str, ...]) -> _GroupSpec:
    """None, the sizes of the groups, or the groups themselves when the names do not give them back."""
    if not groups or not values or type(groups) is not tuple:
        return None if not groups and not values else groups
    if len(values) == 1 and len(groups) == 1 and not open_ended:
        # One name in one group (most leader and lead lists): compared as it is, without a list and a join.
        value = values[0]
        spelled = (value.written or value.name) if type(value) is Unit else value.name
        return None if groups[0] == spelled else groups
    names = _spelled(values)
    joined = "、".join(names)
    if open_ended:
        joined += "等"
    if len(groups) == 1:
        return None if groups[0] == joined else groups
    try:
        if "、".join(groups) != joined:
            return groups
    except TypeError:  # not strings
        return groups
    # The whole lists agree: each group is the run of names that fills its length.
    sizes: list[int] = []
    at = 0
    for group in groups:
        length = len(group)
        start, filled = at, -1
        while filled < length and at < len(names):
            filled += len(names[at]) + 1
            at += 1
        if filled != length and not (open_ended and at == len(names) and filled == length - 1):
            return groups
        sizes.append(at - start)
    packed = tuple(sizes)
    return _PACKED.setdefault(packed, packed)  # type: ignore[return-value]


def _unpack_list(values: tuple[Leader, ...] | tuple[Unit, ...], open_ended: bool, spec: _GroupSpec) -> tuple[str, ...]:
    if spec is None:
        return _groups_of(_spelled(values), (len(values),), open_ended) if values else ()
    if spec and type(spec[0]) is int:
        return _groups_of(_spelled(values), spec, open_ended)
    return spec  # type: ignore[return-value]


def _set_written(duties: Duties, written: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]) -> None:
    # Called by __init__ after the names it is packed against are set (``written`` comes after them).
    if type(written) is not tuple or len(written) != 3:
        _WRITTEN_SLOT.__set__(duties, written)  # not of our shape: kept as given
        return
    flags = duties.open_ended
    leaders = _pack_list(duties.leaders, flags.leaders, written[0])
    lead = _pack_list(duties.lead_units, flags.lead_units, written[1])
    coop = _pack_list(duties.cooperating_units, flags.cooperating_units, written[2])
    _store_written(duties, leaders, lead, coop)


def _store_written(duties: Duties, leaders: _GroupSpec, lead: _GroupSpec, coop: _GroupSpec) -> None:
    if leaders is None and lead is None and coop is None:
        _WRITTEN_SLOT.__set__(duties, None)
    elif _strings(leaders) or _strings(lead) or _strings(coop):
        _WRITTEN_SLOT.__set__(duties, (leaders, lead, coop))
    else:
        packed = (leaders, lead, coop)
        _WRITTEN_SLOT.__set__(duties, _PACKED.setdefault(packed, packed))


def _strings(spec: _GroupSpec) -> bool:
    """Does a packed list keep its groups' strings (not None, not sizes)?"""
    return spec is not None and (not spec or type(spec[0]) is not int)


def _get_written(duties: Duties) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    packed = _WRITTEN_SLOT.__get__(duties)
    if packed is None:
        packed = (None, None, None)
    elif type(packed) is not tuple or len(packed) != 3:
        return packed  # type: ignore[no-any-return]
    flags = duties.open_ended
    return (
        _unpack_list(duties.leaders, flags.leaders, packed[0]),
        _unpack_list(duties.lead_units, flags.lead_units, packed[1]),
        _unpack_list(duties.cooperating_units, flags.cooperating_units, packed[2]),
    )


# setattr: to mypy (and to every caller) ``written`` stays the attribute of the tuple type declared above.
setattr(Duties, "written", property(_get_written, _set_written, doc="The lists as the notice wrote them (see above)."))  # noqa: B010

# attrs' slot descriptors of the other fields, for ``listed_duties``.
_DUTIES_SLOTS = tuple(
    Duties.__dict__[name]
    for name in ("leaders", "lead_units", "cooperating_units", "deadline", "open_ended", "lead_said")
)


def listed_duties(
    leaders: tuple[Leader, ...],
    lead_units: tuple[Unit, ...],
    cooperating_units: tuple[Unit, ...],
    flags: OpenEnded,
    leader_groups: tuple[str, ...],
    lead_sizes: tuple[int, ...],
    cooperating_sizes: tuple[int, ...],
) -> Duties:
    """``Duties(leaders, lead_units, cooperating_units, None, flags, (leader_groups, lead, cooperating))`` where
    the lead and cooperating lists were written as their units' spellings joined by 、, in groups of
    ``lead_sizes`` and ``cooperating_sizes`` units (``()`` for an empty list), 等 after the last group where
    the list is open-ended and nowhere else: the reader that made the units from those groups knows, so their
    packing is had without building and comparing the strings, and the attrs ``__init__`` is skipped
    (issue 13: ``Duties()`` was ~7% of a parse of new text; tests/test_plainitem.py holds both equal)."""
    duties: Duties = object.__new__(Duties)
    set_leaders, set_lead, set_coop, set_deadline, set_flags, set_said = _DUTIES_SLOTS
    set_leaders.__set__(duties, leaders)
    set_lead.__set__(duties, lead_units)
    set_coop.__set__(duties, cooperating_units)
    set_deadline.__set__(duties, None)
    set_flags.__set__(duties, flags)
    set_said.__set__(duties, True)  # (labelled lead lists only: no bare 责任单位 list comes here)
    # One group (or none) packs as None, as _pack_list finds; several as their sizes.
    lead = None if len(lead_sizes) <= 1 else _PACKED.setdefault(lead_sizes, lead_sizes)
    coop = None if len(cooperating_sizes) <= 1 else _PACKED.setdefault(cooperating_sizes, cooperating_sizes)
    spec = _pack_list(leaders, flags.leaders, leader_groups)
    # As _store_written stores them, told without its calls: lead and coop hold no strings here.
    if spec is None and lead is None and coop is None:
        _WRITTEN_SLOT.__set__(duties, None)
    else:
        packed = (spec, lead, coop)
        _WRITTEN_SLOT.__set__(duties, packed if _strings(spec) else _PACKED.setdefault(packed, packed))
    return duties


NO_DUTIES = Duties()

SCALES = {"万": 1e4, "亿": 1e8}


@attrs.frozen(slots=True)
class Target:
    """A numeric commitment in an item's text: 增长8.5% / 新增…70家 / 压缩至3个工作日以内."""

    indicator: str
    verb: str
    value: float
    scale: Literal["万", "亿"] | None
    unit: str
    bound: Bound = "exactly"

    @property
    def amount(self) -> float:
        """The value with its scale applied (100亿 → 1e10), for comparisons across scales."""
        return self.value * SCALES.get(self.scale or "", 1.0)

    def __str__(self) -> str:
        bound = {"exactly": "", "at_least": "以上", "at_most": "以内", "about": "左右"}[self.bound]
        number = f"{self.value:g}"
        return f"{self.indicator}{self.verb}{number}{self.scale or ''}{self.unit}{bound}"


@attrs.frozen(slots=True)
class Task:
    """A numbered task (``12.``) or sub-task (``(3)``); ``id`` is the number path (``12.3``)."""

    id: str
    number: int
    text: str
    duties: Duties = NO_DUTIES
    subtasks: tuple[Task, ...] = ()
    heading: str | None = None
    targets: tuple[Target, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()  # other columns of a table row: (任务来源, 皖政〔2022〕9号文件)
    line: int = attrs.field(default=0, eq=False)
    # A point (1) ⑴ of a numbered group title (1.约束性指标。, kept as the first point's heading) that
    # is an item of its own; written (n) under that title.
    point: bool = False

    @property
    def is_item(self) -> bool:
        """A responsibility item is a task without sub-tasks, or a sub-task."""
        return not self.subtasks


@attrs.frozen(slots=True)
class Subsection:
    """The optional ``（一）`` level between a section and its tasks."""

    number: int
    title: str
    tasks: tuple[Task, ...] = ()
    intro: str = ""
    line: int = attrs.field(default=0, eq=False)


@attrs.frozen(slots=True, repr=False)
class Section:
    """``一、确保完成全年主要预期目标``: a numbered part of the notice."""

    number: int
    title: str
    tasks: tuple[Task, ...] = ()
    subsections: tuple[Subsection, ...] = ()
    leaders: tuple[Leader, ...] = ()
    intro: str = ""
    tail: str = ""
    line: int = attrs.field(default=0, eq=False)

    def all_tasks(self) -> Iterator[Task]:
        yield from self.tasks
        for sub in self.subsections:
            yield from sub.tasks

    def __repr__(self) -> str:
        count = sum(1 for _ in self.all_tasks())
        subs = f", subsections={len(self.subsections)}" if self.subsections else ""
        return f"Section({self.number}, {self.title!r}, tasks={count}{subs})"


@attrs.frozen(slots=True)
class Declared:
    """Counts the preamble announces (10个方面44项): checked against what was read."""

    sections: int | None = None
    tasks: int | None = None


@attrs.frozen(slots=True)
class Alias:
    """An inline definition ``X(以下简称Y)``: ``alias`` Y stands for ``name`` X."""

    alias: str
    name: str


@attrs.frozen(slots=True, repr=False)
class Item:
    """A responsibility item seen in its context: what ``Notice.items()`` yields."""

    section: Section | None
    subsection: Subsection | None
    task: Task
    subtask: Task | None = None

    @property
    def node(self) -> Task:
        return self.subtask if self.subtask is not None else self.task

    @property
    def id(self) -> str:
        return self.node.id

    @property
    def text(self) -> str:
        return self.node.text

    @property
    def duties(self) -> Duties:
        return self.node.duties

    @property
    def leaders(self) -> tuple[Leader, ...]:
        return self.node.duties.leaders

    @property
    def lead_units(self) -> tuple[Unit, ...]:
        return self.node.duties.lead_units

    @property
    def cooperating_units(self) -> tuple[Unit, ...]:
        return self.node.duties.cooperating_units

    @property
    def deadline(self) -> Deadline | None:
        return self.node.duties.deadline

    @property
    def targets(self) -> tuple[Target, ...]:
        return self.node.targets

    @property
    def line(self) -> int:
        return self.node.line

    def __rich__(self) -> RenderableType:
        return hooks.use("rich")(self)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        def names(values: tuple[Leader, ...] | tuple[Unit, ...]) -> str:
            return "[" + "、".join(v.name for v in values) + "]"

        text = self.text if len(self.text) <= 24 else self.text[:23] + "…"
        duties = self.duties
        return (
            f"Item({self.id!r}, {text!r}, leaders={names(duties.leaders)}, "
            f"lead_units={names(duties.lead_units)}, cooperating_units={names(duties.cooperating_units)})"
        )


@attrs.frozen(slots=True, repr=False)
class Notice:
    """One responsibility notice (通知)."""

    title: str = ""
    doc_number: str | None = None
    index_number: str | None = None
    publisher: str | None = None
    published: datetime.date | None = None
    date: datetime.date | None = None
    issuer: str | None = None
    recipients: tuple[Unit, ...] = ()
    # The recipients line as written (阜阳经开区、阜合现代产业园区管委会,市政府各部门), for fmt; not part of equality.
    recipients_written: str = attrs.field(default="", eq=False, repr=False)
    preamble: str = ""
    chief: str | None = None
    declared: Declared = Declared()
    sections: tuple[Section, ...] = ()
    closing: str = ""
    aliases: tuple[Alias, ...] = ()
    first_listed_leads: bool = False
    metadata: tuple[tuple[str, str], ...] = ()
    chrome: tuple[str, ...] = ()
    # What the notice is, read from its issuer, title, document number and dates (fyplan/read/identity.py):
    # the issuing government (阜阳市, 安徽省, 国务院), its level (国家, 省, 市, 县区) and the plan year.
    place: str | None = None
    level: Level | None = None
    year: int | None = None
    source: str = attrs.field(default="<string>", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False)
    # items() computed once: queries, checks and views walk them many times.
    _items: tuple[Item, ...] | None = attrs.field(init=False, default=None, eq=False, repr=False, hash=False)

    @property
    def file_name(self) -> str:
        """The source's last path component: what results and records call the notice."""
        return self.source.replace("\\", "/").rsplit("/", 1)[-1]

    def tasks(self) -> Iterator[Task]:
        for section in self.sections:
            yield from section.all_tasks()

    def items(self) -> tuple[Item, ...]:
        """Every responsibility item in document order, with its section and sub-section."""
        if self._items is None:
            object.__setattr__(self, "_items", self._collect_items())
        assert self._items is not None
        return self._items

    def names_duties(self) -> bool:
        """Is this a responsibility notice: has it items, and does one of them name who answers for
        it? (Numbered lines alone, a news article's 1. 2., do not make one.)"""
        # One item after another until one names someone (the first, as a rule), not all of them made
        # and kept: the reader asks before its notice is final (issue 13).
        items = self._items if self._items is not None else self._each_item()
        return any(not item.duties.is_empty() for item in items)

    def _collect_items(self) -> tuple[Item, ...]:
        return tuple(self._each_item())

    def _each_item(self) -> Iterator[Item]:
        for section in self.sections:
            groups: list[tuple[Subsection | None, tuple[Task, ...]]] = [(None, section.tasks)]
            groups += [(sub, sub.tasks) for sub in section.subsections]
            for sub, tasks in groups:
                for task in tasks:
                    if task.is_item:
                        yield Item(section if section.number else None, sub, task)
                    else:
                        yield from (Item(section if section.number else None, sub, task, st) for st in task.subtasks)

    def __len__(self) -> int:
        """The number of responsibility items (what a user counts), not of sections or tasks."""
        return len(self.items())

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items())

    def __contains__(self, key: object) -> bool:
        """``"16.9" in notice`` asks for an item id; ``item in notice`` for an item."""
        if isinstance(key, Item):
            return key in self.items()
        return isinstance(key, str | int) and any(item.id == str(key) for item in self.items())

    def __bool__(self) -> bool:
        # A notice is a document, not a container that can be empty: ``if notice:`` asks "was one
        # read?", as it did before Notice had a length; without this, a notice of no items is falsy.
        return True

    def _repr_html_(self) -> str:
        """A table of the items in Jupyter."""
        return hooks.use("html")(self)  # type: ignore[no-any-return]

    def __getitem__(self, item_id: str | int) -> Item:
        item_id = str(item_id)
        for item in self.items():
            if item.id == item_id:
                return item
        for item in self.items():
            if item.task.id == item_id:
                # A task with sub-tasks is not an item; say so rather than a bare KeyError.
                raise KeyError(f"{item_id} is a task with sub-tasks; ask for {item_id}.1 …")
        raise KeyError(item_id)

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")

    def __rich__(self) -> RenderableType:
        return hooks.use("rich")(self)  # type: ignore[no-any-return]

    def query(self, q: str) -> Results:
        """The items a query matches: ``n.query("lead:市财政局 or coop:市财政局")``."""
        return hooks.use("query")(self, q)  # type: ignore[no-any-return]

    def filter(self, node: Node) -> Results:
        """The items a query built in Python matches: ``n.filter(leader("李红") & target(">=", 10, "%"))``."""
        return hooks.use("query")(self, node)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        # The whole tree would be hundreds of kilobytes: show what identifies the notice.
        parts = [repr(self.title or self.source)]
        if self.doc_number:
            parts.append(f"doc_number={self.doc_number!r}")
        parts.append(f"sections={len(self.sections)}")
        parts.append(f"items={len(self.items())}")
        if self.diagnostics:
            parts.append(f"diagnostics={len(self.diagnostics)}")
        return f"Notice({', '.join(parts)})"
