"""Query results: a sequence of matches (item, notice) with ids(), group_by(), hints and a rich view."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

import attrs

from fyplan import hooks
from fyplan.model import Item, Notice
from fyplan.query.ast import FIELDS, Node, Term, terms
from fyplan.query.errors import QueryError
from fyplan.query.evaluate import (
    Context,
    aliases_of,
    check_time,
    keys_in,
    known_names,
    several_places,
    time_budget,
)
from fyplan.query.fields import GROUP_FIELDS
from fyplan.query.match import matches, term_matches
from fyplan.query.names import read_names

if TYPE_CHECKING:
    from rich.console import RenderableType


@attrs.frozen
class Match:
    """One responsibility item that matched, with its notice (its section and sub-section are on the item)."""

    item: Item
    notice: Notice

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def source(self) -> str:
        return self.notice.file_name


class Results(Sequence[Match]):
    """What a query found, in document order; ``hints`` say why a name may have matched nothing,
    ``notes`` how the query was read (a bare word read as a unit or leader: ``names.py``).
    ``query`` is the query as it ran, bare names read."""

    def __init__(
        self,
        matches: Iterable[Match],
        query: Node | None = None,
        hints: Sequence[str] | Callable[[], Sequence[str]] = (),
        several: bool = False,
        notes: Sequence[str] = (),
    ) -> None:
        self._matches = tuple(matches)
        self.query = query
        self.notes = tuple(notes)
        self._hints = hints
        # Several notices were asked: ids carry their file name, whatever matched.
        self.several = several or len({m.notice.source for m in self._matches}) > 1

    @property
    def hints(self) -> tuple[str, ...]:
        """Why terms may have matched nothing; worked out when first asked (a scan per term)."""
        if callable(self._hints):
            self._hints = tuple(self._hints())
        return tuple(self._hints)

    @overload
    def __getitem__(self, index: int) -> Match: ...
    @overload
    def __getitem__(self, index: slice) -> Results: ...
    def __getitem__(self, index: int | slice) -> Match | Results:
        if isinstance(index, slice):
            return Results(self._matches[index], self.query, self._hints, self.several, self.notes)
        return self._matches[index]

    def __len__(self) -> int:
        return len(self._matches)

    def __iter__(self) -> Iterator[Match]:
        return iter(self._matches)

    def ids(self) -> list[str]:
        """Item ids; prefixed with the file name when the results span several notices."""
        return [f"{m.source}:{m.id}" if self.several else m.id for m in self._matches]

    def group_by(self, field: str) -> dict[str, Results]:
        """Matches per leader, lead unit, cooperating unit, unit, section, source, place, year or level (an
        item may be in several). Across notices of several places a body is keyed with its place
        (``阜阳市·市财政局``), since 市财政局 of two cities are two bodies."""
        if field not in GROUP_FIELDS:
            raise QueryError(f"cannot group by “{field}”: use one of {', '.join(GROUP_FIELDS)}")
        groups: dict[str, list[Match]] = {}
        qualify = several_places(m.notice for m in self._matches)
        for m in self._matches:
            for key in _keys(m, field, qualify):
                groups.setdefault(key, []).append(m)
        return {key: Results(ms, self.query, several=self.several, notes=self.notes) for key, ms in groups.items()}

    def _repr_html_(self) -> str:
        """A table of the matches in Jupyter."""
        return hooks.use("html")(self)  # type: ignore[no-any-return]

    def to_pandas(self) -> Any:
        """The matches' records as a pandas DataFrame (``pip install 'fyplan[pandas]'``)."""
        return hooks.use("frame")(self, "pandas")

    def to_polars(self) -> Any:
        """The matches' records as a polars DataFrame (``pip install 'fyplan[polars]'``)."""
        return hooks.use("frame")(self, "polars")

    def to_arrow(self) -> Any:
        """The matches' records as a pyarrow Table (``pip install 'fyplan[arrow]'``)."""
        return hooks.use("frame")(self, "arrow")

    def __rich__(self) -> RenderableType:
        return hooks.use("rich")(self)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        ids = self.ids()
        shown = ", ".join(ids[:8]) + (", …" if len(ids) > 8 else "")
        return f"Results({len(ids)} item{'s' if len(ids) != 1 else ''}: {shown})"


def _keys(m: Match, field: str, qualify: bool) -> list[str]:
    if field == "source":
        return [m.source]
    return keys_in(m.item, m.notice, field, qualify)


def run(node: Node, notices: Sequence[Notice]) -> Results:
    """Every item of ``notices`` that ``node`` matches, with hints for names that match nothing."""
    found: list[Match] = []
    try:
        node, notes = read_names(node, notices)
        with time_budget():
            for notice in notices:
                aliases = aliases_of(notice)
                for item in notice.items():
                    check_time()
                    if matches(node, Context(item, notice, aliases)):
                        found.append(Match(item, notice))
    except RecursionError:
        raise QueryError("the query is nested too deeply to run") from None
    return Results(found, node, lambda: _hints(node, notices), several=len(notices) > 1, notes=notes)


def _shape_hint(term: Term, notices: Sequence[Notice]) -> str | None:
    if term.field == "text" and term.op == ":":
        if any(term_matches(term, Context(i, n, {})) for n in notices for i in n.items()):
            return None  # 指标交易 found items: it was meant as text
        for alias in sorted(FIELDS, key=len, reverse=True):
            rest = term.value[len(alias) :]
            if term.value.lower().startswith(alias) and rest and rest[0] not in ":：":
                return f"“{term.value}” was read as text; did you mean {alias}:{rest}?"
        return _part_of_names(term.value, notices)
    items = [item for n in notices for item in n.items()]
    if (
        term.field == "id"
        and term.op != "~"
        and not any(term_matches(term, Context(i, n, {})) for n in notices for i in n.items())
    ):
        ids = [i.id for i in items]
        sample = "、".join(ids[:2] + [x for x in ids if "." in x][:1])
        return f"no item id matches “{term.value}”; ids look like {sample} (task.sub-task), or 12.* for a whole task"
    if (
        term.field == "section"
        and term.op != "~"
        and not any(term_matches(term, Context(i, n, {})) for n in notices for i in n.items())
    ):
        numbers = sorted({i.section.number for i in items if i.section})
        known = f"{numbers[0]}–{numbers[-1]}" if numbers else "none"
        return f"no section matches “{term.value}”; sections are numbered {known}, or give words of a title"
    return None


def _part_of_names(word: str, notices: Sequence[Notice]) -> str | None:
    """教育局 finds no item text, but is part of 市教育局: say which field would find it."""
    for field in ("unit", "leader"):
        names = [name for name in known_names(notices, field) if word in name]
        if names:
            shown = "、".join(names[:3]) + ("…" if len(names) > 3 else "")
            return f"no item's text holds “{word}”; {field}:{word} would find {shown}"
    return None


_NAME_FIELDS = {"leader": "leader", "lead": "lead unit", "coop": "cooperating unit", "unit": "unit"}


def _hints(node: Node, notices: Sequence[Notice]) -> list[str]:
    """Why a term may have matched nothing: a missing colon, an unknown id or section, and for
    leader/unit values the closest names the notices know."""
    hints = []
    for term in terms(node):
        hint = _shape_hint(term, notices)
        if hint:
            hints.append(hint)
        if term.field not in _NAME_FIELDS or term.op == "~":
            continue
        if any(term_matches(term, Context(item, n, aliases_of(n))) for n in notices for item in n.items()):
            continue
        known = known_names(notices, term.field)
        close = difflib.get_close_matches(term.value, known, n=3, cutoff=0.3)
        what = _NAME_FIELDS[term.field]
        suggestion = f"; closest: {'、'.join(close)}" if close else ""
        hints.append(f"no {what} matches “{term.value}”{suggestion}")
    return hints


def highlight_words(node: Node | None, fields: tuple[str, ...] = ("text", "target")) -> list[str]:
    """The plain values of the query's terms on ``fields``: the words a table marks."""
    if node is None:
        return []
    return [t.value for t in terms(node) if t.field in fields and t.op in (":", "=")]


__all__ = ["GROUP_FIELDS", "Match", "Results", "Term", "known_names", "run"]
