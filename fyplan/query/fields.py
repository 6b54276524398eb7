"""The query fields: one registry that the parser, the evaluator, help texts, the shell's completion
and the README's table all read.

Adding a field is one ``Field`` in ``REGISTRY``: its name, its other names (English plurals and
Chinese), the function that matches it against an item, a line of help, an example value and
where the shell finds values to complete. Nothing else lists the fields.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import attrs

from fyplan.model import Notice
from fyplan.query import evaluate as ev
from fyplan.query.errors import QueryError
from fyplan.query.quantity import date_problem, quantity_problem, year_problem
from fyplan.suggest import closest

if TYPE_CHECKING:
    from fyplan.query.ast import Term

Matcher = Callable[["Term", ev.Context], bool]
Values = Callable[[Sequence[Notice]], list[str]]
# (operator, value) → why the value cannot be compared, "" when it can.
Compared = Callable[[str, str], str]


def _names(field: str) -> Values:
    return lambda notices: ev.known_names(notices, field)


def _sources(notices: Sequence[Notice]) -> list[str]:
    return [n.file_name for n in notices]


def _identity(attribute: str) -> Values:
    """The notices' places, years, levels or document numbers, each once, in the notices' order."""
    return lambda notices: list(
        dict.fromkeys(str(value) for n in notices if (value := getattr(n, attribute)) is not None)
    )


@attrs.frozen
class Field:
    """One query field.

    ``match`` decides whether a term on this field holds for an item; ``values``, when set, lists
    what the shell completes after ``field:`` for the loaded notices; ``choices`` is a closed set of
    values (``has:``), checked when a term is made. ``compared``: the field takes ``>= <= > < !=``,
    and this says what is wrong with a value to compare (``compare_example`` shows a right one);
    ``checked`` says what is wrong with any value, whatever the operator (``year:20``);
    ``equals_compares``: ``=`` compares too (``target=10%``) rather than matching exactly;
    ``takes_words``: words may come before a comparison (``target:增长>=10%``). ``groups``: results
    and counts can be grouped by the field.
    """

    name: str
    aliases: tuple[str, ...]
    help: str
    example: str
    match: Matcher
    values: Values | None = None
    choices: tuple[str, ...] = ()
    compared: Compared | None = None
    compare_example: str = ""
    checked: Compared | None = None
    equals_compares: bool = False
    takes_words: bool = False
    groups: bool = False

    @property
    def chinese(self) -> tuple[str, ...]:
        return tuple(a for a in self.aliases if not a.isascii())


HAS_VALUES = ("target", "deadline", "leader", "lead", "coop", "unit")

REGISTRY: tuple[Field, ...] = (
    Field(
        "leader",
        ("leaders", "领导"),
        "a leader (牵头负责领导) whose name holds the value",
        "李红",
        ev.match_leader,
        values=_names("leader"),
        groups=True,
    ),
    Field(
        "lead",
        ("牵头",),
        "a lead unit (牵头责任单位); 人行 = 人民银行, and 以下简称 names",
        "市财政局",
        ev.match_units,
        values=_names("lead"),
        groups=True,
    ),
    Field(
        "coop",
        ("cooperating", "协同"),
        "a cooperating unit (协同责任单位)",
        "阜阳海关",
        ev.match_units,
        values=_names("coop"),
        groups=True,
    ),
    Field(
        "unit",
        ("units", "单位"),
        "a lead or cooperating unit",
        "市商务局",
        ev.match_units,
        values=_names("unit"),
        groups=True,
    ),
    Field(
        "section",
        ("部分",),
        "a section by number (2), numeral (二) or title words",
        "2",
        ev.match_section,
        groups=True,
    ),
    Field(
        "id",
        ("编号",),
        "an item: 12.3; 12 or 12.* is all of task 12",
        "12.*",
        ev.match_id,
    ),
    Field(
        "text",
        ("内容",),
        "words of the item's text",
        "棚户区",
        ev.match_text,
    ),
    Field(
        "target",
        ("targets", "指标"),
        "numeric targets: target>=10%, target:增长>=10%, or words",
        "增长",
        ev.match_target,
        compared=lambda op, value: quantity_problem(value),
        compare_example="10%",
        equals_compares=True,
        takes_words=True,
    ),
    Field(
        "deadline",
        ("时限",),
        "the deadline (完成时限): its words, or deadline<=2024-06-30 (the last day)",
        "年底",
        ev.match_deadline,
        compared=date_problem,
        compare_example="2024-06-30",
    ),
    Field(
        "has",
        (),
        "items that have one: " + " ".join(HAS_VALUES),
        "deadline",
        ev.match_has,
        values=lambda _: list(HAS_VALUES),
        choices=HAS_VALUES,
    ),
    Field(
        "source",
        ("来源",),
        "the notice's file name or path",
        "fuyang",
        ev.match_source,
        values=_sources,
        groups=True,
    ),
    # What a notice is (fyplan/read/identity.py): every item of a notice has its notice's values.
    Field(
        "place",
        ("地区",),
        "the government that issued the notice (阜阳市, 安徽省, 国务院)",
        "阜阳",
        ev.match_place,
        values=_identity("place"),
        groups=True,
    ),
    Field(
        "year",
        ("年份",),
        "the notice's plan year: year:2019, or year>=2020",
        "2019",
        ev.match_year,
        values=_identity("year"),
        compared=year_problem,
        compare_example="2020",
        checked=year_problem,
        groups=True,
    ),
    Field(
        "level",
        ("层级",),
        "the issuer's level: 国家, 省, 市 or 县区 (县 and 区 find 县区)",
        "市",
        ev.match_level,
        values=_identity("level"),
        groups=True,
    ),
    Field(
        "doc",
        ("文号",),
        "the notice's document number (文号)",
        "阜政发",
        ev.match_doc,
        values=_identity("doc_number"),
    ),
)

BY_NAME: dict[str, Field] = {f.name: f for f in REGISTRY}
# Every name a field is written by, folded to lower case → the field's name.
ALIASES: dict[str, str] = {name: f.name for f in REGISTRY for name in (f.name, *f.aliases)}
GROUP_FIELDS: tuple[str, ...] = tuple(f.name for f in REGISTRY if f.groups)


def lookup(name: str) -> Field | None:
    """The field written ``name`` (any alias, any case), or None."""
    canonical = ALIASES.get(name.lower())
    return BY_NAME[canonical] if canonical else None


def get(name: str) -> Field:
    """The field with canonical name ``name``; a QueryError for any other."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise QueryError(f"unknown field “{name}”{did_you_mean(name)}") from None


def suggest_field(name: str) -> str | None:
    """The field name closest to ``name``, written as the user writes them: 领到 → 领导, leadr → leader."""
    return closest(name, list(ALIASES))


def did_you_mean(name: str) -> str:
    hint = suggest_field(name)
    if hint is None:
        return ""
    canonical = ALIASES[hint]
    return f"; did you mean {hint}:{'' if hint == canonical else f' ({canonical})'}?"


def field_list() -> str:
    """``leader (领导), lead (牵头), …`` for messages."""
    return ", ".join(f"{f.name} ({'、'.join(f.chinese)})" if f.chinese else f.name for f in REGISTRY)


def _pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns (a Chinese character takes two)."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - used)


def help_lines() -> list[str]:
    """One line per field for --help and \\help: ``  leader:李红     领导  a leader …``."""
    examples = [f"{f.name}:{f.example}" for f in REGISTRY]
    width = max(len(e) + 2 for e in examples) + 2
    return [
        f"  {_pad(e, width)}{_pad(' '.join(f.chinese), 6)}{f.help}" for e, f in zip(examples, REGISTRY, strict=True)
    ]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown_table() -> str:
    """The README's table of fields."""
    rows = ["| field | also written | example | matches |", "| --- | --- | --- | --- |"]
    for f in REGISTRY:
        also = " ".join(f"`{a}`" for a in f.aliases)
        rows.append(f"| `{f.name}` | {also} | `{f.name}:{f.example}` | {_cell(f.help)} |")
    return "\n".join(rows) + "\n"
