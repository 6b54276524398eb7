"""The per-parse state of the reader, explicit: what the stages share while one document is read.

``ReadContext`` holds the source, its layout, the diagnostics found so far and what a notice says
once for all its items (aliases, the 列第一位为牵头 convention); ``Built`` and ``BuiltSection`` are
the working records of items and sections between the grammar and the document stage.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import overload

import attrs

from fyplan.model import Diagnostic, Section, Severity, Task
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
    front_lines: list[tuple[int, str]] = attrs.Factory(list)
    task_numbers: list[tuple[int, int]] = attrs.Factory(list)  # the last task numbers met (line, number)
    fields: list[tuple[str, str]] = attrs.Factory(list)  # (kind, label) of the clause fields of the item being read
    notes: list[tuple[str, str]] = attrs.Factory(list)  # fields of the item being read that name no duty
    numbering_restarts: bool = False  # tasks numbered from 1 again in each sub-section (grammar.numbering_restarts)
    places: tuple[str, ...] = ()  # the document place of each line, for formats that are not plain text

    def report(self, severity: Severity, line: int, message: str, fragment: str = "", code: str = "") -> None:
        """A diagnostic at logical line ``line``, placed at its line and column in the file."""
        line = self.layout.source_line(line)
        column = self.source.column(line, fragment)
        place = self.places[line - 1] if 0 < line <= len(self.places) else ""
        self.diagnostics.append(Diagnostic(severity, message, line, column, code, place=place))


Label = tuple[str, str, int]  # (kind, label as written, line) of a duty field


# One tuple object for equal tuples: most items have the same fields, in the same order, on the same lines.
@lru_cache(maxsize=512)
def _shared_pairs(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return pairs


@lru_cache(maxsize=512)
def _shared_offsets(offsets: tuple[int, ...]) -> tuple[int, ...]:
    return offsets


class Labels(Sequence[Label]):
    """An item's duty-field labels, as a tuple of (kind, label, line) reads, kept compact: its (kind,
    label) pairs and the lines as offsets from the item's first line, both tuples shared between items
    that have the same ones. As triples they were a fifth of the memory held while a notice is read
    (issue 13); only the field checks (validate.py) read them, one item at a time."""

    __slots__ = ("_first", "_offsets", "_pairs")

    def __init__(self, labels: Sequence[Label], first: int) -> None:
        self._pairs = _shared_pairs(tuple([(kind, label) for kind, label, _ in labels]))
        self._offsets = _shared_offsets(tuple([line - first for _, _, line in labels]))
        self._first = first

    def pairs(self) -> tuple[tuple[str, str], ...]:
        """The (kind, label) pairs without their lines: one tuple shared by items with the same fields."""
        return self._pairs

    def __len__(self) -> int:
        return len(self._pairs)

    @overload
    def __getitem__(self, index: int) -> Label: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Label]: ...
    def __getitem__(self, index: int | slice) -> Label | Sequence[Label]:
        if isinstance(index, slice):
            return tuple(self)[index]
        kind, label = self._pairs[index]
        return kind, label, self._first + self._offsets[index]

    def __iter__(self) -> Iterator[Label]:
        first = self._first
        return iter(
            [(kind, label, first + offset) for (kind, label), offset in zip(self._pairs, self._offsets, strict=True)]
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))


@attrs.define
class Built:
    """A task or sub-task while the notice is being read: the Task plus what followed it.

    Kept small, one is alive per item until the notice is made (issue 13): no list for the trailing
    lines nor for the sub-tasks when there are none (almost every item; two empty lists were ~0.35x
    the input of memory at the parse's peak). ``trailing`` makes its list when first asked for."""

    task: Task
    _trailing: list[tuple[int, str]] | None  # None: no trailing lines (see ``trailing``)
    labels: Sequence[Label]  # (kind, label as written, line) of duty fields; stored as ``Labels``
    first: int
    last: int
    inline: bool = False  # duties came in a (…) clause at the end of the text
    after_head: bool = False  # its duties came only from lines after its own numbered line
    children: Sequence[Built] = ()  # a task's sub-tasks, as read (never changed once made)
    group: bool = False  # a numbered title whose children are items of their own (see Builder._group)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.labels, Labels):
            self.labels = Labels(self.labels, self.first)
        if not self._trailing:
            self._trailing = None
        if not self.children:
            self.children = ()

    @property
    def trailing(self) -> list[tuple[int, str]]:
        """Unnumbered lines after the item's duties (the caller may add to them)."""
        if self._trailing is None:
            self._trailing = []
        return self._trailing

    @trailing.setter
    def trailing(self, lines: list[tuple[int, str]]) -> None:
        self._trailing = lines or None


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
