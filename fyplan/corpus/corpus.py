"""A Corpus: the notices read from many files, in a stable order, and the problems met."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

import attrs

from fyplan import hooks
from fyplan.model import Notice
from fyplan.query import Match, Node, Results, query

if TYPE_CHECKING:
    from rich.console import RenderableType


@attrs.frozen
class Problem:
    """A file that could not join the corpus, and why, in a sentence."""

    path: str
    message: str

    def __str__(self) -> str:
        # "cannot read x.txt: it is a device" names its file already; "holds no …" needs it in front.
        return self.message if self.path in self.message else f"{self.path}: {self.message}"


class Corpus(Sequence[Notice]):
    """Notices read together: ``len``, iteration and indexing over the notices; ``query`` and
    ``group_by`` over all their items (one ``Results`` type, as for a notice); ``records``, ``to_jsonl``,
    ``to_csv`` and ``to_json`` export one table (each record carries its notice's place, year …)."""

    def __init__(
        self,
        notices: Iterable[Notice] = (),
        problems: Iterable[Problem] = (),
        skipped: Iterable[str] = (),
        notes: Iterable[str] = (),
    ) -> None:
        self.notices: tuple[Notice, ...] = tuple(notices)
        self.problems: tuple[Problem, ...] = tuple(problems)
        # Files of a folder that are no notice format: said, not counted as problems.
        self.skipped: tuple[str, ...] = tuple(skipped)
        # What the loading wants said once (a parse cache it could not write).
        self.notes: tuple[str, ...] = tuple(notes)

    @overload
    def __getitem__(self, index: int) -> Notice: ...
    @overload
    def __getitem__(self, index: slice) -> Corpus: ...
    def __getitem__(self, index: int | slice) -> Notice | Corpus:
        if isinstance(index, slice):
            return Corpus(self.notices[index])
        return self.notices[index]

    def __len__(self) -> int:
        return len(self.notices)

    def __iter__(self) -> Iterator[Notice]:
        return iter(self.notices)

    def query(self, q: str | Node) -> Results:
        """The items of every notice a query (text or AST) matches: ``c.query("place:阜阳 year>=2020")``."""
        return query(self.notices, q)

    def items(self) -> Results:
        """Every responsibility item of every notice, in order."""
        matches = [Match(item, notice) for notice in self.notices for item in notice.items()]
        return Results(matches, several=len(self.notices) > 1)

    def group_by(self, field: str) -> dict[str, Results]:
        """All items per place, year, level, leader, unit … (see ``Results.group_by``); across several
        places a body is keyed within its place: ``阜阳市·市财政局``."""
        return self.items().group_by(field)

    def places(self) -> list[str]:
        """The places of the notices, in order of first appearance (notices without one are left out)."""
        return list(dict.fromkeys(n.place for n in self.notices if n.place))

    def years(self) -> list[int]:
        return sorted({n.year for n in self.notices if n.year is not None})

    def records(self) -> list[dict[str, Any]]:
        """One record per item of every notice, with the notice's columns (place, level, year …)."""
        from fyplan.write import export  # cattrs: only when a corpus is written (issue 13)

        return [row for notice in self.notices for row in export.records(notice)]

    def to_jsonl(self) -> str:
        from fyplan.write import export  # cattrs: only when a corpus is written (issue 13)

        return "".join(export.to_jsonl(self.records()))

    def to_csv(self) -> str:
        from fyplan.write import export  # cattrs: only when a corpus is written (issue 13)

        return export.to_csv(self.records())

    def to_json(self, indent: int | None = 2) -> str:
        """The whole tree of every notice, as a JSON array."""
        from fyplan.write import export  # cattrs: only when a corpus is written (issue 13)

        return json.dumps([export.to_dict(n) for n in self.notices], ensure_ascii=False, indent=indent)

    def __rich__(self) -> RenderableType:
        return hooks.use("rich")(self)  # type: ignore[no-any-return]

    def _repr_html_(self) -> str:
        """A table of the notices in Jupyter (and the files that could not join)."""
        from fyplan.write.html import notices_html

        return notices_html(self.notices, [str(p) for p in self.problems])

    def __repr__(self) -> str:
        parts = [f"{len(self.notices)} notice{'s' if len(self.notices) != 1 else ''}"]
        places = self.places()
        if places:
            parts.append(f"{len(places)} place{'s' if len(places) != 1 else ''}")
        years = self.years()
        if years:
            parts.append(f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0]))
        parts.append(f"{sum(len(n.items()) for n in self.notices)} items")
        if self.problems:
            parts.append(f"{len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}")
        return f"Corpus({', '.join(parts)})"
