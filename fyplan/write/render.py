"""Model → notice text: the inverse of parsing, in any of the layouts clerks use.

``render(notice, Style())`` writes the Anhui template; other ``Style`` values change the
numbering punctuation, brackets, colon width, separators, blank lines, indentation, the
label words, own-line or inline duties, and line ends. ``parse(render(n, s)) == n``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence
from typing import Literal

import attrs

from fyplan.errors import FyplanError
from fyplan.model import Duties, Leader, Notice, Section, Task, Unit
from fyplan.numerals import to_chinese
from fyplan.units import leaders_of, split_names

Labels = Literal["anhui", "short", "traditional"]
LABEL_WORDS: dict[str, tuple[str, str, str]] = {
    # leaders, lead units, cooperating units
    "anhui": ("牵头负责领导", "牵头责任单位", "协同责任单位"),
    "short": ("责任领导", "牵头单位", "责任单位"),
    "traditional": ("牽頭負責領導", "牽頭責任單位", "協同責任單位"),
}


@attrs.frozen
class Style:
    """How a notice is laid out. The default reproduces the Anhui template."""

    number: Literal[".", "、", "．", "﹒"] = "."
    space_after_number: bool = False
    brackets: Literal["()", "（）"] = "()"
    colon: Literal[":", "："] = ":"
    separator: Literal["、"] = "、"
    group_separator: Literal[",", "，"] = ","
    final_period: bool = True
    blank_lines: bool = True
    indent: Literal["", "  ", "\u3000\u3000", "\u00a0\u00a0"] = ""
    labels: Labels = "anhui"
    inline: bool = False
    line_end: Literal["\n", "\r\n"] = "\n"
    # Write each duty list as the notice wrote it (shared suffixes, its own separators) where it still
    # reads back as the same names: fmt changes the layout, not the official wording.
    as_written: bool = False


class StyleError(FyplanError, ValueError):
    """A style name that is not one of ``STYLES``."""


STYLES: dict[str, Style] = {
    "anhui": Style(),
    "compact": Style(blank_lines=False, final_period=False),
    "fullwidth": Style(number="．", brackets="（）", colon="：", group_separator="，", indent="\u3000\u3000"),
    "short": Style(number="、", labels="short", final_period=False),
    "inline": Style(inline=True, brackets="（）", colon="：", group_separator="，", blank_lines=False),
    "traditional": Style(labels="traditional"),
}


def render(notice: Notice, style: Style | str = Style()) -> str:
    """The notice as text in ``style``: a ``Style``, or the name of one of ``STYLES`` (``"inline"``)."""
    if isinstance(style, str):
        if style not in STYLES:
            raise StyleError(f"no style “{style}”: use one of {', '.join(STYLES)}")
        style = STYLES[style]
    out = _Writer(style)
    out.lines(notice.chrome)
    for key, value in notice.metadata:
        out.line(f"{key}{style.colon}{value}")
    if notice.title:
        out.line(notice.title)
    if notice.doc_number and not any(key in ("文号", "文件编号", "发文字号") for key, _ in notice.metadata):
        out.line(notice.doc_number)
    if notice.recipients:
        names = [u.name for u in notice.recipients]
        written = notice.recipients_written
        if style.as_written and written and list(split_names(written).names) == names:
            out.line(written + style.colon)  # fmt keeps the wording (阜阳经开区、阜合现代产业园区管委会)
        else:
            out.line(style.group_separator.join(names) + style.colon)
    out.lines(notice.preamble.split("\n") if notice.preamble else ())
    aliases = {a.name: a.alias for a in notice.aliases}
    for section in notice.sections:
        _section(out, section, style, aliases)
    out.lines(notice.closing.split("\n") if notice.closing else ())
    if notice.issuer:
        out.line(notice.issuer)
    if notice.date:
        out.line(_date(notice.date))
    return out.text()


class _Writer:
    def __init__(self, style: Style) -> None:
        self.style = style
        self.out: list[str] = []

    def line(self, text: str, indent: bool = False) -> None:
        self.out.append((self.style.indent if indent else "") + text)
        if self.style.blank_lines:
            self.out.append("")

    def lines(self, texts: Sequence[str]) -> None:
        for text in texts:
            self.line(text)

    def text(self) -> str:
        return self.style.line_end.join(self.out).rstrip() + self.style.line_end


def _date(date: datetime.date) -> str:
    return f"{date.year}年{date.month}月{date.day}日"


def _section(out: _Writer, section: Section, style: Style, aliases: dict[str, str]) -> None:
    if section.number:
        out.line(f"{to_chinese(section.number)}、{section.title}")
    out.lines(section.intro.split("\n") if section.intro else ())
    for task in section.tasks:
        _task(out, task, style, aliases)
    open_, close = style.brackets
    for sub in section.subsections:
        out.line(f"{open_}{to_chinese(sub.number)}{close}{sub.title}")
        out.lines(sub.intro.split("\n") if sub.intro else ())
        for task in sub.tasks:
            _task(out, task, style, aliases)
    out.lines(section.tail.split("\n") if section.tail else ())


def _task(out: _Writer, task: Task, style: Style, aliases: dict[str, str], parent: Task | None = None) -> None:
    if task.heading:
        out.lines(task.heading.split("\n"))
    open_, close = style.brackets
    space = " " if style.space_after_number else ""
    number = f"{open_}{task.number}{close}" if parent is not None or task.point else f"{task.number}{style.number}"
    first, *rest = task.text.split("\n") if task.text else [""]
    duties = task.duties
    if parent is not None and not parent.duties.is_empty() and duties == parent.duties:
        duties = Duties()  # inherited: written once, on the task
    if style.inline and not duties.is_empty() and not task.subtasks:
        clause = _inline_clause(duties, style, aliases)
        if rest:
            rest[-1] += clause
        else:
            first += clause
        out.line(f"{number}{space}{first}", indent=True)
        out.lines(rest)
    else:
        out.line(f"{number}{space}{first}", indent=True)
        out.lines(rest)
        for label, value in _fields(duties, style, aliases):
            out.line(f"{label}{style.colon}{value}{'。' if style.final_period else ''}", indent=True)
    for sub in task.subtasks:
        _task(out, sub, style, aliases, parent=task)


def _fields(duties: Duties, style: Style, aliases: dict[str, str]) -> Iterator[tuple[str, str]]:
    leader_label, lead_label, coop_label = LABEL_WORDS[style.labels]
    written = duties.written if style.as_written else ((), (), ())
    if duties.leaders:
        yield leader_label, _names(duties.leaders, duties.open_ended.leaders, style, aliases, written[0])
    if duties.lead_units:
        yield lead_label, _names(duties.lead_units, duties.open_ended.lead_units, style, aliases, written[1])
    if duties.cooperating_units:
        if style.labels == "short" and (
            not duties.lead_units or not set(duties.lead_units).isdisjoint(duties.cooperating_units)
        ):
            # A lone 责任单位 would read as the lead; one that names a lead again (a lead that also
            # cooperates, FY005) would read as the list of everyone answerable, the lead in it.
            coop_label = "配合单位"
        yield (
            coop_label,
            _names(duties.cooperating_units, duties.open_ended.cooperating_units, style, aliases, written[2]),
        )
    if duties.deadline and not duties.deadline.in_text:  # words of the sentence stay in the sentence
        yield ("完成時限" if style.labels == "traditional" else "完成时限"), str(duties.deadline)


def _inline_clause(duties: Duties, style: Style, aliases: dict[str, str]) -> str:
    fields = [f"{label}{style.colon}{value}" for label, value in _fields(duties, style, aliases)]
    body = ("；" if style.colon == "：" else ";").join(fields)
    if any("(" in part or "（" in part for part in fields):
        return f"[{body}]"  # a name holds brackets: square ones keep the clause apart
    open_, close = style.brackets
    return f"{open_}{body}{close}"


def _names(
    values: tuple[Unit, ...] | tuple[Leader, ...],
    open_ended: bool,
    style: Style,
    aliases: dict[str, str],
    written: tuple[str, ...] = (),
) -> str:
    """A list that reads back as the same names: as written when asked and still true, else 、 where that
    is safe and the group separator where not."""
    if written and not any(v.name in aliases for v in values):
        # Read back as the reader will, after normalising (， is ,).
        as_read = split_names(",".join(written))
        # Leaders are read by bare name (李红副县长 → 李红): compare what the reader makes of them.
        read = [p.name for p in leaders_of(as_read)] if isinstance(values[0], Leader) else list(as_read.names)
        if read == [v.name for v in values] and as_read.open_ended == open_ended:
            return style.group_separator.join(written)
    names = [v.name + (f"(以下简称{aliases.pop(v.name)})" if v.name in aliases else "") for v in values]
    end = "等" if open_ended else ""
    joined = style.separator.join(names) + end
    if list(split_names(joined).names) == [v.name for v in values]:
        return joined
    # 、 would merge or expand names (a bare place before 人民政府, 市 before 经贸委): keep groups apart.
    wanted = [v.name for v in values]
    out = names[0]
    for i, name in enumerate(names[1:], start=2):
        trial = out + style.separator + name
        out = trial if list(split_names(trial).names) == wanted[:i] else out + style.group_separator + name
    return out + end
