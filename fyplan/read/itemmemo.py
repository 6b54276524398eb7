"""Each distinct item read once: a fast path of ``grammar.Builder._item`` (issue 13).

A notice that repeats an item's lines (the same duty block under the same sentence, in another part or
another notice of a corpus) asks the builder for the same work again: split the inline clause, read the
duty blocks, assemble the duties, find the targets, make the records. The item's reading depends only
on its lines' text and kinds, their places relative to its first line and the notice's 列第一位为牵头
convention; its number, id and line are stamped on afterwards. So the second time such an item comes,
its records are made from the first reading, its line numbers moved to where it stands now.

What is cached is only what can be replayed exactly:
- items with sub-tasks are not (their reading changes the sub-tasks' records);
- an item whose reading reported anything is not (a message may name the item's id, and the report
  places its column in the source text);
- the aliases its lists define (``X(以下简称Y)``) are kept and given to the context again.

An entry is stored only for an item seen before (its key remembered first, see _Seen): on new text every
item is new, and storing each would hold its lines' text for nothing (the 1 MB peak memory has little
room, issue 13); a repeated body hits from its third copy on. ``fastpaths.plain()`` turns this off and
empties it, and a test holds both ways equal, line numbers included.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, ClassVar

import attrs

from fyplan.model import Task
from fyplan.read.context import Built, LabelShape, ReadContext, made_built

if TYPE_CHECKING:
    from lark import Token

# Entries (an item's records); one body of the bundled example has 201 items and 44 tasks, and a notice's
# repeated items are near each other.
_ENTRIES = 256


class _Seen:
    """The keys met once, as two bits each of a fixed table of 2**16 (8 KB, whatever comes): a dict of the
    last 256 keys' hashes was ~0.025x the input of memory at 1 MB of new text, whose 1 MB peak has little room
    (issue 13). A key whose two bits are set was probably met; the table is emptied after 1,024 keys, so at
    most ~0.1% of new keys are taken for met ones — which only makes an entry kept that is never asked for."""

    __slots__ = ("bits", "count")

    # ClassVar: compiled by mypyc (issue 13), a bare assignment here would be a per-instance default.
    SIZE: ClassVar[int] = 1 << 16
    LIMIT: ClassVar[int] = 1024

    def __init__(self) -> None:
        self.bits = bytearray(self.SIZE // 8)
        self.count = 0

    def met(self, key: _Key) -> bool:
        """Was ``key`` met before? If not, it is remembered."""
        digest = hash(key)
        a, b = digest & 0xFFFF, (digest >> 16) & 0xFFFF
        bits = self.bits
        if bits[a >> 3] & (1 << (a & 7)) and bits[b >> 3] & (1 << (b & 7)):
            return True
        if self.count >= self.LIMIT:
            self.clear()
        bits[a >> 3] |= 1 << (a & 7)
        bits[b >> 3] |= 1 << (b & 7)
        self.count += 1
        return False

    def clear(self) -> None:
        self.bits[:] = bytes(len(self.bits))
        self.count = 0


@attrs.frozen(slots=True, weakref_slot=False)
class _Entry:
    """One reading of an item, its lines as offsets from its first line."""

    # The task's field values but its id, number and line: Task(id, number, *before_line,
    # line, *after_line) makes the item at a third of the cost of attrs.evolve, which looks the fields up.
    before_line: tuple[object, ...]
    after_line: tuple[object, ...]
    trailing: tuple[tuple[int, str], ...]
    shape: LabelShape
    last: int
    inline: bool
    after_head: bool
    aliases: tuple[tuple[str, str], ...]


_Key = tuple[object, ...]


class Memo:
    """The entries and the remembered keys. ``fastpaths.plain`` empties it through ``cache_clear``, as it
    empties every functools cache of a loaded fyplan module (it calls the attribute of what the module
    holds, so the class itself carries the state)."""

    entries: ClassVar[dict[_Key, _Entry]] = {}
    seen: ClassVar[_Seen] = _Seen()

    @classmethod
    def cache_clear(cls) -> None:
        cls.entries.clear()
        cls.seen.clear()


def _read_watched(ctx: ReadContext, read: Callable[[], Built]) -> tuple[Built, dict[str, str], bool]:
    """``read()`` with the context's reports and aliases watched: what it built, the aliases it gave (also
    handed on to the context, the first of a name kept, in order: the builder only adds to them while
    reading, never reads them), and whether it reported nothing."""
    reported = len(ctx.diagnostics)
    kept = ctx.aliases
    own: dict[str, str] = {}
    ctx.aliases = own
    try:
        built = read()
    finally:
        ctx.aliases = kept
    for alias, name in own.items():
        kept.setdefault(alias, name)
    return built, own, len(ctx.diagnostics) == reported


@cache
def _line_index() -> int | None:
    """Where ``line`` stands among Task's fields, if ``Task(id, number, …)`` takes every field in order
    (each an ``__init__`` argument, none keyword-only); else None, and nothing is kept."""
    fields = attrs.fields(Task)
    names = [a.name for a in fields]
    if names[:2] != ["id", "number"] or "line" not in names or any(not a.init or a.kw_only for a in fields):
        return None
    return names.index("line")


def _key(body: str, lines: Sequence[Token], line: int, ctx: ReadContext) -> _Key | None:
    """The item's reading depends on these alone (see the module's note); None where a line has no number.
    The lines' text as plain strings: a key must not keep the lexer's tokens alive. With them, the notice's
    conventions the reading follows: the 列第一位为牵头 note, whether duty blocks stand above their items (a block
    after an item is then the next one's) or leaders' lines do, whether numbering restarts, whether it is minutes or
    a table's rows — an entry made in a
    notice of one convention was given to an item of another (a fuzzed notice whose first lines are duties before
    any item: an item's duties read as the next one's, "item 9 has no duties", in whichever notice came next)."""
    parts: list[object] = [
        ctx.first_listed_leads,
        ctx.fields_above,
        ctx.leaders_above,
        ctx.numbering_restarts,
        ctx.minutes,  # (a matter's sentences read for who answers)
        ctx.tabled,  # (a missing field is an empty cell)
        body,
    ]
    for tok in lines:
        if tok.line is None:
            return None
        parts += (tok.type, tok.line - line, str(tok))
    return tuple(parts)


def read_item(
    ctx: ReadContext,
    read: Callable[[], Built],
    head: Token,
    number: int,
    item_id: str,
    body: str,
    lines: Sequence[Token],
) -> Built:
    """``read()`` (the builder's reading of the item), or the same records from an earlier reading."""
    line = head.line
    if line is None:
        return read()
    key = _key(body, lines, line, ctx)
    if key is None:
        return read()
    entries = Memo.entries
    entry = entries.get(key)
    if entry is not None:
        for alias, name in entry.aliases:
            ctx.aliases.setdefault(alias, name)
        trailing = [(at + line, text) for at, text in entry.trailing] if entry.trailing else None
        task = _task(item_id, number, *entry.before_line, line, *entry.after_line)
        return made_built(task, trailing, entry.shape, line, entry.last + line, entry.inline, entry.after_head, ())
    if not Memo.seen.met(key):
        return read()
    # Seen before: read it with the context's reports and aliases watched, and keep it if it reported nothing.
    built, own, clean = _read_watched(ctx, read)
    if clean and built.first == line and not built.children:
        if len(entries) >= _ENTRIES:
            del entries[next(iter(entries))]
        at = _line_index()
        if at is None:
            return built
        values = tuple(getattr(built.task, a.name) for a in attrs.fields(Task))
        entries[key] = _Entry(
            values[2:at],
            values[at + 1 :],
            tuple((at - line, text) for at, text in built.trailing_lines()),
            built.label_shape(),
            built.last - line,
            built.inline,
            built.after_head,
            tuple(own.items()),
        )
    return built


# Tasks with their sub-tasks ---------------------------------------------------------------------------
#
# A numbered task and its (1)(2)… sub-tasks repeat as one piece, under another number (a notice's body
# again, numbers running on). The line scan hands the whole piece over before the builder reads it; served
# from an earlier reading, its sub-tasks are not read one by one either (a fifth of reading a repeated body).
# The piece's reading depends on its lines, the task's number only through the ids (N and N.k), and the
# 列第一位 convention; what the builder reads otherwise (a numbered group title, a sub-task numbered twice,
# anything reported) is read every time.


@attrs.frozen(slots=True, weakref_slot=False)
class _Node:
    """A task's or sub-task's records with its lines as offsets from the task's first line; its id left out
    (made from the task's number) and, for the task, its sub-tasks left out of its values (made anew)."""

    number: int
    before_line: tuple[object, ...]
    after_line: tuple[object, ...]
    line: int
    trailing: tuple[tuple[int, str], ...]
    shape: LabelShape
    first: int
    last: int
    inline: bool
    after_head: bool
    children: tuple[_Node, ...]


class TaskMemo:
    """Entries of whole tasks (see ``Memo``; the same remembered keys)."""

    entries: ClassVar[dict[_Key, tuple[_Node, tuple[tuple[str, str], ...]]]] = {}

    @classmethod
    def cache_clear(cls) -> None:
        cls.entries.clear()


_DIGITS = "0123456789"


@cache
def _subtasks_index() -> int | None:
    """Where ``subtasks`` stands among the values kept before the line (see _Entry), if Task has one."""
    names = [a.name for a in attrs.fields(Task)]
    at = _line_index()
    return names.index("subtasks") - 2 if at is not None and "subtasks" in names[2:at] else None


def _node(built: Built, line: int, task_id: str) -> _Node | None:
    """``built`` kept, if its id is ``task_id`` and its records are as the builder makes an item's."""
    at = _line_index()
    task = built.task
    if at is None or task.id != task_id or built.group or built.first != task.line:
        return None
    values = tuple(getattr(task, a.name) for a in attrs.fields(Task))
    return _Node(
        task.number,
        values[2:at],
        values[at + 1 :],
        task.line - line,
        tuple((offset - line, text) for offset, text in built.trailing_lines()),
        built.label_shape(),
        built.first - line,
        built.last - line,
        built.inline,
        built.after_head,
        (),
    )


# Task's fields, in order, as _straight_task sets them.
_TASK_FIELDS = ("id", "number", "text", "duties", "subtasks", "heading", "targets", "notes", "line", "point")


def _straight_task() -> Callable[..., Task]:
    """``Task(*values)`` with each slot set straight through its descriptor: attrs' frozen ``__init__`` looks up
    ``object.__setattr__`` and sets each field by name, a fifth more per item of a repeated body (issue 13).
    Task itself where its fields are not these (in this order, each a plain slot: no converter or validator)."""
    fields = attrs.fields(Task)
    plain = all(a.converter is None and a.validator is None for a in fields)
    if tuple(a.name for a in fields) != _TASK_FIELDS or not plain or "__slots__" not in vars(Task):
        return Task
    s_id, s_number, s_text, s_duties, s_subtasks, s_heading, s_targets, s_notes, s_line, s_point = (
        vars(Task)[name].__set__ for name in _TASK_FIELDS
    )
    new = object.__new__

    def made(
        id: str,
        number: int,
        text: str,
        duties: object,
        subtasks: object,
        heading: object,
        targets: object,
        notes: object,
        line: int,
        point: bool,
    ) -> Task:
        task: Task = new(Task)
        s_id(task, id)
        s_number(task, number)
        s_text(task, text)
        s_duties(task, duties)
        s_subtasks(task, subtasks)
        s_heading(task, heading)
        s_targets(task, targets)
        s_notes(task, notes)
        s_line(task, line)
        s_point(task, point)
        return task

    return made


_task = _straight_task()


def _made(
    node: _Node, task_id: str, number: int, line: int, subtasks: tuple[Task, ...] | None, children: list[Built]
) -> Built:
    before = node.before_line
    if subtasks is not None:
        at = _subtasks_index()
        assert at is not None
        before = (*before[:at], subtasks, *before[at + 1 :])
    task = _task(task_id, number, *before, node.line + line, *node.after_line)
    # (no list made for an item with no trailing lines, almost every one: Built keeps None for them; its fields set
    # straight, the shape is the shared one the reading gave: a repeated body's items ~1.8 -> ~1.2 µs each)
    trailing = [(offset + line, text) for offset, text in node.trailing] if node.trailing else None
    return made_built(
        task, trailing, node.shape, node.first + line, node.last + line, node.inline, node.after_head, children
    )


def read_task(
    ctx: ReadContext, read: Callable[[], Built], first: Sequence[Token], groups: Sequence[Sequence[Token]]
) -> Built:
    """``read()`` (the builder's reading of a task, its lines ``first`` and its sub-tasks' ``groups``), or
    the same records from an earlier reading of the same lines under another number."""
    head = first[0]
    line = head.line
    rest = str(head).lstrip(_DIGITS)
    digits = len(head) - len(rest)
    if line is None or not 0 < digits <= 4 or _subtasks_index() is None:
        return read()
    number = int(head[:digits])
    key = _key(rest, [*first[1:], *(tok for group in groups for tok in group)], line, ctx)
    if key is None:
        return read()
    key = ("task", *key)
    found = TaskMemo.entries.get(key)
    if found is not None:
        node, aliases = found
        for alias, name in aliases:
            ctx.aliases.setdefault(alias, name)
        subs = [_made(c, f"{number}.{c.number}", c.number, line, None, []) for c in node.children]
        return _made(node, str(number), number, line, tuple([b.task for b in subs]), subs)
    if not Memo.seen.met(key):
        return read()
    built, own, clean = _read_watched(ctx, read)
    if not clean or built.task.number != number:
        return built
    children = [_node(c, line, f"{number}.{c.task.number}") for c in built.children]
    made = _node(built, line, str(number))
    same_subtasks = len(built.task.subtasks) == len(built.children) and all(
        t is c.task and not c.children for t, c in zip(built.task.subtasks, built.children, strict=True)
    )
    if made is None or None in children or not same_subtasks or any(c.subtasks for c in built.task.subtasks):
        return built
    if len(TaskMemo.entries) >= _ENTRIES:
        del TaskMemo.entries[next(iter(TaskMemo.entries))]
    TaskMemo.entries[key] = (
        attrs.evolve(made, children=tuple(c for c in children if c is not None)),
        tuple(own.items()),
    )
    return built
