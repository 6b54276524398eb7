"""The per-parse state of the reader, explicit: what the stages share while one document is read.

``ReadContext`` holds the source, its layout, the diagnostics found so far and what a notice says
once for all its items (aliases, the 列第一位为牵头 convention); ``Built`` and ``BuiltSection`` are
the working records of items and sections between the grammar and the document stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple, overload

import attrs

from fyplan.model import Diagnostic, Leader, Section, Severity, Task
from fyplan.read.decode import Source
from fyplan.read.layout import Layout


@attrs.define
class ReadContext:
    """Everything one parse accumulates; made anew for every document."""

    source: Source
    layout: Layout
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    aliases: dict[str, str] = attrs.Factory(dict)
    first_listed_leads: bool = False
    tabled: bool = False  # items came from a table's rows: a field missing is an empty cell, no slip of the format
    minutes: bool = False  # the document is minutes (纪要): its matters say who answers in sentences (read.prose)
    front_lines: list[tuple[int, str]] = attrs.Factory(list)
    task_numbers: list[tuple[int, int]] = attrs.Factory(list)  # the last task numbers met (line, number)
    leaders_above: bool = False  # leader fields head the items after them (grammar.leaders_above)
    fields_above: bool = False  # blocks of duty fields head the items after them (grammar.fields_above)
    headings_met: bool = False  # a section heading was lexed (with task_numbers: has a list begun?)
    fields: list[tuple[str, str]] = attrs.Factory(list)  # (kind, label) of the clause fields of the item being read
    notes: list[tuple[str, str]] = attrs.Factory(list)  # fields of the item being read that name no duty
    numbering_restarts: bool = False  # tasks numbered from 1 again in each sub-section (grammar.numbering_restarts)
    places: tuple[str, ...] = ()  # the document place of each line, for formats that are not plain text
    closing_habit: bool | None = None  # paragraphs closed by 由… sentences twice or more (grammar: asked once)

    def report(self, severity: Severity, line: int, message: str, fragment: str = "", code: str = "") -> None:
        """A diagnostic at logical line ``line``, placed at its line and column in the file."""
        line = self.layout.source_line(line)
        column = self.source.column(line, fragment)
        place = self.places[line - 1] if 0 < line <= len(self.places) else ""
        self.diagnostics.append(Diagnostic(severity, message, line, column, code, place=place))


Label = tuple[str, str, int]  # (kind, label as written, line) of a duty field


class LabelShape(NamedTuple):
    """An item's duty-field labels without its place: the (kind, label) pairs and the lines as offsets
    from the item's first line. One object for equal shapes: most items have the same fields, in the same
    order, on the same lines relative to their first."""

    pairs: tuple[tuple[str, str], ...]
    offsets: tuple[int, ...]


@lru_cache(maxsize=512)
def _shared_shape(shape: LabelShape) -> LabelShape:
    return shape


def label_shape(labels: Sequence[Label], first: int) -> LabelShape:
    """The shared shape of (kind, label, line) triples of an item whose first line is ``first``."""
    if isinstance(labels, Labels) and labels.first == first:
        return labels.shape
    pairs = tuple([(kind, label) for kind, label, _ in labels])
    return _shared_shape(LabelShape(pairs, tuple([line - first for _, _, line in labels])))


# Asked per plain item with its pairs and offsets (issue 13): their shape served without making a LabelShape
# (a Python __new__) to look up.
@lru_cache(maxsize=512)
def shared_label_shape(pairs: tuple[tuple[str, str], ...], offsets: tuple[int, ...]) -> LabelShape:
    """The shared shape of these (kind, label) pairs on these offsets: what ``label_shape`` makes of the
    triples, for a reader that has the pairs and offsets at hand (plainitem: no triples made per item)."""
    return _shared_shape(LabelShape(pairs, offsets))


class Labels(Sequence[Label]):
    """An item's duty-field labels, as a tuple of (kind, label, line) reads: a view of its shared
    ``LabelShape`` from its first line. Only the field checks (validate.py) read them, one item at a time."""

    __slots__ = ("first", "shape")

    def __init__(self, labels: Sequence[Label] | LabelShape, first: int) -> None:
        self.shape = labels if isinstance(labels, LabelShape) else label_shape(labels, first)
        self.first = first

    def pairs(self) -> tuple[tuple[str, str], ...]:
        """The (kind, label) pairs without their lines: one tuple shared by items with the same fields."""
        return self.shape.pairs

    def __len__(self) -> int:
        return len(self.shape.pairs)

    @overload
    def __getitem__(self, index: int) -> Label: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Label]: ...
    def __getitem__(self, index: int | slice) -> Label | Sequence[Label]:
        if isinstance(index, slice):
            return tuple(self)[index]
        kind, label = self.shape.pairs[index]
        return kind, label, self.first + self.shape.offsets[index]

    def __iter__(self) -> Iterator[Label]:
        first = self.first
        pairs, offsets = self.shape
        return iter([(kind, label, first + offset) for (kind, label), offset in zip(pairs, offsets, strict=True)])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))


@attrs.define(weakref_slot=False)  # no one keeps a weak reference to one: 8 bytes less per item
class Built:
    """A task or sub-task while the notice is being read: the Task plus what followed it.

    Kept small, one is alive per item until the notice is made (issue 13): no list for the trailing
    lines nor for the sub-tasks when there are none (almost every item; two empty lists were ~0.35x
    the input of memory at the parse's peak). ``trailing`` makes its list when first asked for. The
    labels are kept as their shared ``LabelShape`` (a ``Labels`` object per item was ~0.19x the input
    at the peak); ``labels`` reads them as (kind, label, line) triples."""

    task: Task
    _trailing: list[tuple[int, str]] | None  # None: no trailing lines (see ``trailing``)
    _labels: Sequence[Label] | LabelShape  # (kind, label as written, line) of duty fields; kept as a LabelShape
    first: int
    last: int
    inline: bool = False  # duties came in a (…) clause at the end of the text
    after_head: bool = False  # its duties came only from lines after its own numbered line
    children: Sequence[Built] = ()  # a task's sub-tasks, as read (never changed once made)
    group: bool = False  # a numbered title whose children are items of their own (see Builder._group)
    # The same task read as a group's title over its one paragraph, where its siblings are groups (_flatten).
    alone: Built | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self._labels, LabelShape):
            self._labels = label_shape(self._labels, self.first)
        if not self._trailing:
            self._trailing = None
        if not self.children:
            self.children = ()

    @property
    def labels(self) -> Labels:
        """(kind, label as written, line) of the item's duty fields."""
        return Labels(self._labels, self.first)

    def label_shape(self) -> LabelShape:
        """The labels' shared shape (lines as offsets from ``first``)."""
        shape = self._labels
        assert isinstance(shape, LabelShape)
        return shape

    def trailing_lines(self) -> tuple[tuple[int, str], ...]:
        """The trailing lines, read without making a list where there are none."""
        return tuple(self._trailing) if self._trailing else ()

    def label_pairs(self) -> tuple[tuple[str, str], ...]:
        """The (kind, label) pairs of its duty fields: one tuple shared by items with the same fields."""
        shape = self._labels
        assert isinstance(shape, LabelShape)
        return shape.pairs

    @property
    def trailing(self) -> list[tuple[int, str]]:
        """Unnumbered lines after the item's duties (the caller may add to them)."""
        if self._trailing is None:
            self._trailing = []
        return self._trailing

    @trailing.setter
    def trailing(self, lines: list[tuple[int, str]]) -> None:
        self._trailing = lines or None


_new = object.__new__
# The fields plain_built sets; any other (one added later) takes its default there, as Built() gives it.
_PLAIN_SET = ("task", "_trailing", "_labels", "first", "last", "inline", "after_head", "children", "group", "alone")
_PLAIN_REST: tuple[tuple[str, Callable[[], object] | None, object], ...] = tuple(
    (a.name, a.default.factory if isinstance(a.default, attrs.Factory) else None, a.default)  # type: ignore[arg-type, union-attr]
    for a in attrs.fields(Built)
    if a.name not in _PLAIN_SET
)


def plain_built(task: Task, shape: LabelShape, first: int, last: int) -> Built:
    """``Built(task, None, shape, first, last, False, True)``: an item whose duties came from lines after its
    own, as the plain reader makes them, its fields set straight (attrs' ``__init__`` and the post-init's tests
    cost twice as much; issue 13). tests/test_plainitem.py holds the two equal field by field."""
    built: Built = _new(Built)
    built.task = task
    built._trailing = None
    built._labels = shape
    built.first = first
    built.last = last
    built.inline = False
    built.after_head = True
    built.children = ()
    built.group = False
    built.alone = None
    for name, factory, default in _PLAIN_REST:
        setattr(built, name, factory() if factory is not None else default)
    return built


def made_built(
    task: Task,
    trailing: list[tuple[int, str]] | None,
    shape: LabelShape,
    first: int,
    last: int,
    inline: bool,
    after_head: bool,
    children: Sequence[Built],
) -> Built:
    """``Built(task, trailing, shape, first, last, inline, after_head, children)`` for a shape already shared, its
    fields set straight as ``plain_built`` sets them: the item memo makes every item of a repeated body so
    (attrs' ``__init__`` and the post-init's tests were a third of making one, issue 13).
    tests/test_itemmemo.py holds the two equal field by field."""
    built: Built = _new(Built)
    built.task = task
    built._trailing = trailing or None
    built._labels = shape
    built.first = first
    built.last = last
    built.inline = inline
    built.after_head = after_head
    built.children = children or ()
    built.group = False
    built.alone = None
    for name, factory, default in _PLAIN_REST:
        setattr(built, name, factory() if factory is not None else default)
    return built


@attrs.define
class BuiltSection:
    section: Section
    built: list[Built]
    lines: list[tuple[int, str]]  # the header and intro lines, for a preamble paragraph section
    tail: list[tuple[int, str]]
    item_section: bool = False  # a 一、 line that is an item (no section level), merged in start()
    plain: BuiltSection | None = None  # the same line read as a section heading, if it is one after all
    paragraph: bool = False  # an item_section made of a heading and its one paragraph (see start())
    held: list[Diagnostic] = attrs.Factory(list)  # what reading it as ``plain`` reported, said if it is used
    attachment: bool = False  # headed by 附件2 after a list: a list of its own (numbered in document.assemble)
    bare: bool = False  # an item_section of a lone 一、 line naming no one: an item only among items (start())


def group_clause(subtasks: Sequence[Built]) -> bool:
    """Are the sub-tasks' only duties a clause on lines after the last one? Then that clause is the
    group's: every point but the last names no one, and the last got its duties from lines of their own, or
    from a bracket closing its text (a hard-wrapped page joins the clause's line to the point's: (4)…知晓率。
    (责任单位:…) — the general path, grammar.Builder, gives them to the task; plainitem leaves it to it)."""
    last = subtasks[-1]
    return (
        len(subtasks) >= 2
        and (last.after_head or last.inline)
        and not last.task.duties.is_empty()
        and all(b.task.duties.is_empty() for b in subtasks[:-1])
    )


def group_leaders(subtasks: Sequence[Built]) -> tuple[Leader, ...]:
    """The leaders a line of their own closing the last of two or more points names (after its units), where every
    point names its own units and no other point a leader: the task's leaders; () otherwise. (Both
    paths ask it: plainitem leaves such a task to grammar.Builder.)"""
    last = subtasks[-1]
    if len(subtasks) < 2 or not last.task.duties.leaders:
        return ()
    rows = list(last.labels)
    leading = [at for kind, _, at in rows if kind == "leaders"]
    others = [at for kind, _, at in rows if kind != "leaders"]
    if not leading or not others or min(leading) <= max(others):
        return ()  # (the leaders' line must close the point, after its units)
    if any(
        b.task.duties.leaders or not (b.task.duties.lead_units or b.task.duties.cooperating_units)
        for b in subtasks[:-1]
    ):
        return ()
    return last.task.duties.leaders
