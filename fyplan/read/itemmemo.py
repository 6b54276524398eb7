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

An entry is stored only for an item seen before (its key's hash remembered first): on new text every
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
from fyplan.read.context import Built, LabelShape, ReadContext

if TYPE_CHECKING:
    from lark import Token

# Entries (an item's records) and remembered keys. One body of the bundled example has 201 items; a
# notice's repeated items are near each other. The keys are hashes only (one int each).
_ENTRIES = 256
_SEEN = 256


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
    seen: ClassVar[dict[int, None]] = {}

    @classmethod
    def cache_clear(cls) -> None:
        cls.entries.clear()
        cls.seen.clear()


@cache
def _line_index() -> int | None:
    """Where ``line`` stands among Task's fields, if ``Task(id, number, …)`` takes every field in order
    (each an ``__init__`` argument, none keyword-only); else None, and nothing is kept."""
    fields = attrs.fields(Task)
    names = [a.name for a in fields]
    if names[:2] != ["id", "number"] or "line" not in names or any(not a.init or a.kw_only for a in fields):
        return None
    return names.index("line")


def _key(body: str, lines: Sequence[Token], line: int, first_leads: bool) -> _Key | None:
    """The item's reading depends on these alone (see the module's note); None where a line has no number.
    The lines' text as plain strings: a key must not keep the lexer's tokens alive."""
    parts: list[object] = [first_leads, body]
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
    key = _key(body, lines, line, ctx.first_listed_leads)
    if key is None:
        return read()
    entries, seen = Memo.entries, Memo.seen
    entry = entries.get(key)
    if entry is not None:
        for alias, name in entry.aliases:
            ctx.aliases.setdefault(alias, name)
        trailing = [(at + line, text) for at, text in entry.trailing]
        task = Task(item_id, number, *entry.before_line, line, *entry.after_line)  # type: ignore[arg-type, call-arg]
        return Built(task, trailing, entry.shape, line, entry.last + line, entry.inline, entry.after_head)
    digest = hash(key)
    if digest not in seen:
        if len(seen) >= _SEEN:
            del seen[next(iter(seen))]
        seen[digest] = None
        return read()
    # Seen before: read it with the context's reports and aliases watched, and keep it if it reported nothing.
    # The item's aliases go to a dict of their own, then to the context's as the builder gives them (the
    # first of a name kept, in order): the builder only adds to it while reading an item, never reads it.
    reported = len(ctx.diagnostics)
    aliases = ctx.aliases
    own: dict[str, str] = {}
    ctx.aliases = own
    try:
        built = read()
    finally:
        ctx.aliases = aliases
    for alias, name in own.items():
        aliases.setdefault(alias, name)
    if len(ctx.diagnostics) == reported and built.first == line and not built.children:
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
