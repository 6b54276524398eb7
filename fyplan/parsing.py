"""Lines → model: the notice grammar (grammar/notice.lark, LALR) with a transformer
that builds attrs objects as the parser reduces (no parse tree is kept).

The grammar accepts every sequence of lines, so Lark never raises on a document;
what is out of place becomes a ``Diagnostic`` here, with its line and column.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import Any

import attrs
from lark import Lark, Token, Transformer

from fyplan import duties as dutymod
from fyplan import front as frontmod
from fyplan import units
from fyplan.errors import NoticeError
from fyplan.grammars import build
from fyplan.model import (
    Alias,
    Diagnostic,
    Duties,
    Leader,
    Notice,
    Section,
    Severity,
    Subsection,
    Task,
)
from fyplan.numerals import chinese_number
from fyplan.read import scope
from fyplan.read.layout import Layout, recover
from fyplan.reading import Source, normalize
from fyplan.tables import Note, rewrite_tables
from fyplan.targets import extract_targets

_TASK_NO = re.compile(r"^(\d{1,4})(?:、|\.|\)|。)")
_SUBTASK_NO = re.compile(r"^\((\d{1,3})\)")
_CN_NO = re.compile(r"^\(?([一二三四五六七八九十]{1,4})(?:\)| *[、.])")
_UNKNOWN_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,8}):")
# 张三市长负责事项 / 于会游市长主抓重点工作 / ——张三副市长牵头
_GROUP_LEADER = re.compile(
    r"(?:^|、|——)([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:常务)?(?:副)?(?:省长|市长|县长|区长|书记|主任)(?:负责|主抓|牵头|分管|联系)"
)
# Separators with no name between them: 、、  ,,  :、  、。
_DOUBLED = re.compile(r"[、,;]{2,}|(?<=:)[、,;]|[、,;](?=。?$)")
_TABLE_HEADER = re.compile(r"^(?:序号|重点工作|目标与任务|年度目标)$")


@attrs.define
class Built:
    """A task or sub-task while the notice is being read: the Task plus what followed it."""

    task: Task
    trailing: list[tuple[int, str]]
    labels: tuple[tuple[str, str, int], ...]  # (kind, label as written, line) of duty fields
    first: int
    last: int
    inline: bool = False  # duties came in a (…) clause at the end of the text
    children: list[Built] = attrs.Factory(list)  # a task's sub-tasks, as read


@attrs.define
class BuiltSection:
    section: Section
    built: list[Built]
    lines: list[tuple[int, str]]  # the header and intro lines, for a preamble paragraph section
    tail: list[tuple[int, str]]
    item_section: bool = False  # a 一、 line that is an item (no section level), merged in start()


def _line_span(first: int, tokens: Iterable[Any]) -> int:
    last = first
    for tok in tokens:
        if isinstance(tok, Token) and tok.line is not None:
            last = max(last, tok.line)
        elif isinstance(tok, Built):
            last = max(last, tok.last)
    return last


class Builder(Transformer[Token, Any]):
    """Called by the LALR parser at each reduction; keeps per-document state."""

    def reset(self, source: Source, layout: Layout) -> None:
        self.source = source
        self.layout = layout
        self.diagnostics: list[Diagnostic] = []
        self.aliases: dict[str, str] = {}
        self.first_listed_leads = False
        self.front_lines: list[tuple[int, str]] = []
        self.task_numbers: list[tuple[int, int]] = []

    # diagnostics -----------------------------------------------------------

    def report(self, severity: Severity, line: int, message: str, fragment: str = "", code: str = "") -> None:
        line = self.layout.source_line(line)
        column = self.source.column(line, fragment)
        self.diagnostics.append(Diagnostic(severity, message, line, column, code))

    # items -----------------------------------------------------------------

    def _inline(self, text: str) -> tuple[str, str | None]:
        return split_inline(text)

    def _add_clause(self, parts: dutymod.Assembly, clause_text: str, line: int) -> list[tuple[str, str, int]]:
        """Apply one clause's (cached) effect to the item being read; report its problems at ``line``."""
        effect = _clause_effect(clause_text)
        for severity, message, fragment in effect.problems:
            self.report(severity, line, message, fragment)
        parts.extend(effect.adds)
        self._fields += effect.fields
        return [(kind, label, line) for kind, label in effect.labels]

    def _add_block(
        self, parts: dutymod.Assembly, tok: Token
    ) -> tuple[list[tuple[str, str, int]], tuple[dutymod.Kind, str, int] | None]:
        """A DUTY token holds one or more consecutive duty lines; their effect is cached per block.

        Also returns the block's last field when it is a label with no value (its value may follow)."""
        base = tok.line or 0
        effect = _block_effect(str(tok))
        for severity, message, fragment, offset in effect.problems:
            self.report(severity, base + offset, message, fragment)
        parts.extend(effect.adds)
        labels: list[tuple[str, str, int]] = [(kind, label, base + offset) for kind, label, offset in effect.labels]
        open_field = effect.open_field
        return labels, (open_field[0], open_field[1], base + open_field[2]) if open_field else None

    def _close_field(self, open_field: tuple[dutymod.Kind, str, int] | None) -> None:
        if open_field is not None:
            _, label, line = open_field
            self.report("error", line, f"{label} is empty", label)

    def _item(
        self, head: Token, number: int, item_id: str, body: str, lines: Sequence[Token], subtasks: list[Built]
    ) -> Built:
        line = head.line or 0
        self._fields: list[tuple[str, str]] = []  # (kind, label) of every clause field of the item
        parts = dutymod.Assembly()
        text_parts = [body]
        labels: list[tuple[str, str, int]] = []
        trailing: list[tuple[int, str]] = []
        state = "text"
        inline = False
        text_value, clause = self._inline(body)
        if clause is not None:
            text_parts[0] = text_value
            labels += self._add_clause(parts, clause, line)
            state, inline = "trailing", True
        open_field: tuple[dutymod.Kind, str, int] | None = None
        for tok in lines:
            tline = tok.line or 0
            value = tok.rstrip("\n")
            if open_field is not None and tok.type == "TEXT" and _names_line(value):
                # 牵头单位: on one line, 市住建局 on the next (as text copied from a PDF comes).
                parts.target(open_field[0]).append(value)
                open_field = None
                continue
            self._close_field(open_field)
            open_field = None
            if tok.type == "DUTY":
                if state == "trailing" and trailing:
                    self.report(
                        "warning",
                        trailing[0][0],
                        f"unnumbered line between the duties of item {item_id}: “{trailing[0][1]}”",
                        trailing[0][1][:4],
                    )
                    text_parts.extend(t for _, t in trailing)
                    trailing = []
                state = "duties"
                block_labels, open_field = self._add_block(parts, tok)
                labels += block_labels
            elif state == "text":
                head_text, clause = self._inline(value)
                if clause is not None:
                    text_parts.append(head_text)
                    labels += self._add_clause(parts, clause, tline)
                    state, inline = "trailing", True
                else:
                    text_parts.append(value)
            elif state == "duties" and (label := _UNKNOWN_LABEL.match(value)) and not frontmod.is_chrome(value):
                message = (
                    f"unknown label “{label.group(1)}” under item {item_id}; the line was not read as a duty: “{value}”"
                )
                self.report("warning", tline, message, label.group(1))
            elif state == "duties" and labels and not trailing and _continues_list(value, parts):
                kind = labels[-1][0]
                self._continue(parts, kind, value)
            else:
                state = "trailing"
                trailing.append((tline, value))
        self._close_field(open_field)
        if not parts and not subtasks and state == "text" and len(text_parts) > 1:
            # No duties at all: the item is its own line; what follows is not its text.
            trailing = [(t.line or 0, t.rstrip("\n")) for t in lines] + trailing
            text_parts = text_parts[:1]
        duties, lists = dutymod.assemble(parts, self.first_listed_leads)
        if len(set(self._fields)) < len(self._fields):
            # The same field twice: several clauses of one item ((责任单位:甲局)…(责任单位:甲局、乙局)).
            duties = dutymod.merged(duties)
        for names in lists:
            for alias, name in names.aliases:
                self.aliases.setdefault(alias, name)
        if subtasks and not duties.is_empty():
            subtasks = [_inherit(b, duties) for b in subtasks]
        text = _join_text(p for p in text_parts if p)
        task = Task(
            id=item_id,
            number=number,
            text=text,
            duties=duties,
            subtasks=tuple(b.task for b in subtasks),
            targets=extract_targets(text),
            line=line,
        )
        first = line
        last = _line_span(line, [*lines, *subtasks])
        if subtasks and subtasks[-1].trailing:
            trailing = subtasks[-1].trailing + trailing
            subtasks[-1].trailing = []
        return Built(task, trailing, tuple(labels), first, last, inline, list(subtasks))

    def _continue(self, parts: dutymod.Assembly, kind: str, value: str) -> None:
        """A wrapped duty line: glue it to the value it continues."""
        target = parts.target(kind)
        if target:
            target[-1] = target[-1] + value
        else:
            target.append(value)

    # grammar callbacks --------------------------------------------------------

    def subtask(self, children: list[Any]) -> Built:
        head: Token = children[0]
        m = _SUBTASK_NO.match(head)
        number = int(m.group(1)) if m else 0
        body = head[m.end() :] if m else str(head)
        item_id = f"{self._parent_number(head.line or 0)}.{number}"
        return self._item(head, number, item_id, body.strip(), children[1:], [])  # strip(): also the \n

    def task(self, children: list[Any]) -> Built:
        head: Token = children[0]
        m = _TASK_NO.match(head)
        number = int(m.group(1)) if m else 0
        lines = [c for c in children[1:] if isinstance(c, Token)]
        subs = [c for c in children[1:] if isinstance(c, Built)]
        seen: set[int] = set()
        for b in subs:
            if b.task.number in seen:
                self.report("warning", b.first, f"sub-task ({b.task.number}) of task {number} appears twice")
            seen.add(b.task.number)
        return self._item(head, number, str(number), head[m.end() :].strip() if m else head.strip(), lines, subs)

    def saw_task(self, tok: Token) -> Token:
        """Lexer callback: remember the task numbers met, so sub-tasks get their id path when built."""
        m = _TASK_NO.match(tok)
        self.task_numbers.append((tok.line or 0, int(m.group(1)) if m else 0))
        if len(self.task_numbers) > 2:
            del self.task_numbers[0]
        return tok

    def _parent_number(self, line: int) -> int:
        # The parser reduces a sub-task when it sees the next token, which may be the next task.
        for task_line, number in reversed(self.task_numbers):
            if task_line < line:
                return number
        return 0

    def _header_lines(self, children: list[Any], where: str) -> list[tuple[int, str]]:
        """The lines between a section or sub-section heading and its first task."""
        out = []
        for c in children:
            if not isinstance(c, Token):
                continue
            if c.type == "DUTY":
                self._orphan_duties(c, f" ({where})")
            elif c.type == "SUBTASK":
                self.report(
                    "warning",
                    c.line or 0,
                    f"sub-task “{c[:12]}…” comes before any numbered task ({where})",
                    c[:3],
                )
            out.extend(_token_lines(c))
        return out

    def _orphan_duties(self, tok: Token, where: str) -> None:
        """Duty lines before any numbered item: an error each, the line quoted so nothing is lost."""
        for line, text in _token_lines(tok):
            label = text.split(":", 1)[0]
            message = f"{label} line is not under any numbered item{where}; it was not read as a duty: “{text}”"
            self.report("error", line, message, label)

    def _subsection_as_item(self, head: Token, lines: list[Token]) -> Built:
        m = _CN_NO.match(head)
        number = chinese_number(m.group(1)) if m else 0
        body = head[m.end() :] if m else head.strip()
        usable = [t for t in lines if t.type != "SUBTASK"]
        return self._item(head, number, str(number), body.strip(), usable, [])

    def _unnumbered_in(self, head: Token, lines: list[Token]) -> list[Built]:
        m = _CN_NO.match(head)
        title = head[m.end() :].strip() if m else head.strip()
        _, items = self._unnumbered(lines, bool(scope.heading_roles(title)), single=False)
        return items

    def subsection(self, children: list[Any]) -> tuple[Token, list[Token], list[Built]]:
        head: Token = children[0]
        lines = [c for c in children[1:] if isinstance(c, Token)]
        tasks = [c for c in children[1:] if isinstance(c, Built)]
        return head, lines, tasks

    def section(self, children: list[Any]) -> BuiltSection:
        head: Token = children[0]
        m = _CN_NO.match(head)
        number = chinese_number(m.group(1)) if m else 0
        title = head[m.end() :].strip() if m else head.strip()
        where = f"section {m.group(1) if m else number}"
        lines = [c for c in children[1:] if isinstance(c, Token)]
        tasks = [c for c in children[1:] if isinstance(c, Built)]
        subs = [c for c in children[1:] if isinstance(c, tuple)]
        if not tasks and not subs and any(c.type == "SUBTASK" for c in lines):
            lines, tasks = self._numbered_by_subtask(lines)
        if not tasks and not subs and split_inline(title)[1] is not None:
            # Items numbered 一、二、 with no section level: the heading carries its own clause.
            item = self._item(head, number, str(number), title, [t for t in lines if t.type != "SUBTASK"], [])
            built = self._section(None, 0, "", where, [], [item], [])
            built.item_section = True
            return built
        if not tasks and not subs:
            lines, tasks = self._unnumbered(lines, bool(scope.heading_roles(title)))
        return self._section(head, number, title, where, lines, tasks, subs)

    def _unnumbered(self, lines: list[Token], scoped: bool, single: bool = True) -> tuple[list[Token], list[Built]]:
        """Items with no number: paragraphs (one line or wrapped over several) that end in a clause or
        are followed by duty lines, and, where the heading names who answers, every paragraph. Ids are
        their ordinals. Returns the lines before the first item and the items; with ``single`` false,
        one paragraph alone is not taken for an item (it continues its heading)."""
        groups: list[list[Token]] = []  # each: text pieces, then its duty lines
        done: list[bool] = []
        lead: list[Token] = []
        for tok in lines:
            if tok.type == "DUTY":
                if groups:
                    groups[-1].append(tok)
                    done[-1] = True
                else:
                    lead.append(tok)
                continue
            for piece in clause_pieces(tok.rstrip("\n")):
                piece_token = Token("TEXT", piece, line=tok.line)
                if not groups or done[-1]:
                    groups.append([])
                    done.append(False)
                groups[-1].append(piece_token)
                done[-1] = split_inline(piece)[1] is not None
        kept = [g for g, closed in zip(groups, done, strict=True) if closed or scoped]
        if not kept or (len(kept) == 1 and not single and not scoped):
            return lines, []
        first = kept[0][0].line or 0
        lead += [t for t in lines if (t.line or 0) < first and t.type != "DUTY"]
        items = []
        for number, (head, *followers) in enumerate(kept, 1):
            items.append(self._item(head, number, str(number), str(head).strip(), followers, []))
        return lead, items

    def _numbered_by_subtask(self, lines: list[Token]) -> tuple[list[Token], list[Built]]:
        """A section whose items are numbered (1)(2)… with no 1. level: each (n) is an item."""
        starts = [i for i, c in enumerate(lines) if c.type == "SUBTASK"]
        items: list[Built] = []
        for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
            head = lines[start]
            m = _SUBTASK_NO.match(head)
            number = int(m.group(1)) if m else 0
            body = head[m.end() :] if m else str(head)
            items.append(self._item(head, number, str(number), body.strip(), lines[start + 1 : end], []))
        return lines[: starts[0]], items

    def _section(
        self,
        head: Token | None,
        number: int,
        title: str,
        where: str,
        lines: list[Token],
        tasks: list[Built],
        subs: list[tuple[Token, list[Token], list[Built]]],
    ) -> BuiltSection:
        header = _token_lines(head) if head is not None else []
        intro_lines = self._header_lines(lines, where)
        subsections: list[tuple[Subsection, list[Built]]] = []
        subs = [
            (h, ls, sub_tasks or self._unnumbered_in(h, ls)) if not split_inline(h)[1] else (h, ls, sub_tasks)
            for h, ls, sub_tasks in subs
        ]
        if subs and all(not sub_tasks for _, _, sub_tasks in subs):
            # Items numbered (一)(二)… directly: each sub-section is an item.
            tasks = tasks + [self._subsection_as_item(h, ls) for h, ls, _ in subs]
        else:
            for h, ls, sub_tasks in subs:
                sm = _CN_NO.match(h)
                sub_intro = self._header_lines(ls, f"sub-section {sm.group(1) if sm else ''}")
                sub = Subsection(
                    number=chinese_number(sm.group(1)) if sm else 0,
                    title=h[sm.end() :].strip() if sm else h.strip(),
                    intro="\n".join(t for _, t in sub_intro),
                    line=h.line or 0,
                )
                subsections.append((sub, sub_tasks))
        intro = "\n".join(t for _, t in intro_lines)
        section_roles = scope.heading_roles(title) or scope.Roles(_group_leaders(title) or _group_leaders(intro))
        containers = [(section_roles, tasks)] + [
            (scope.merge(section_roles, scope.heading_roles(sub.title)), bs) for sub, bs in subsections
        ]
        finished: dict[int, Task] = {}
        pending: list[tuple[int, str]] = []
        for roles, built in containers:
            since = 0  # the first item a group sentence after the next item covers
            for k, b in enumerate(built):
                task = b.task
                if pending:
                    heading = "\n".join(t for _, t in pending)
                    for _, line in pending:
                        found = scope.heading_roles(line) or scope.Roles(_group_leaders(line))
                        roles = scope.merge(roles, found) if found else roles
                    task = attrs.evolve(task, heading=heading)
                finished[id(b)] = scope.apply(task, roles) if roles else task
                pending = []
                for at, line in b.trailing:
                    said = scope.group_sentence(line)
                    if said is None:
                        pending.append((at, line))
                        continue
                    # 4项目标的责任单位均为X。: X answers for the items since the last such sentence.
                    for covered in built[since : k + 1]:
                        finished[id(covered)] = scope.apply(finished[id(covered)], said)
                    since = k + 1
        group = section_roles.leaders
        all_built = [b for _, built in containers for b in built]
        section = Section(
            number=number,
            title=title,
            tasks=tuple(finished[id(b)] for b in tasks),
            subsections=tuple(attrs.evolve(sub, tasks=tuple(finished[id(b)] for b in bs)) for sub, bs in subsections),
            leaders=group,
            intro=intro,
            line=head.line or 0 if head is not None else 0,
        )
        return BuiltSection(section, all_built, header + intro_lines, pending)

    def front(self, children: list[Token]) -> list[tuple[int, str]]:
        lines = [line for c in children for line in _token_lines(c)]
        for _, text in lines:
            if units.FIRST_LEADS.search(text):
                self.first_listed_leads = True
        for c in children:
            if c.type == "DUTY":
                self._orphan_duties(c, "")
        self.front_lines = lines
        return lines

    def lead_tasks(self, children: list[Built]) -> list[Built]:
        return children

    def lead_subsections(self, children: list[Any]) -> list[Any]:
        return children

    def start(self, children: list[Any]) -> list[BuiltSection]:
        _front, lead_tasks, lead_subs, *sections = children
        out: list[BuiltSection] = []
        if lead_tasks or lead_subs:
            out.append(self._section(None, 0, "", "before the first section", [], lead_tasks, lead_subs))
        for built in sections:
            if built.item_section and out and out[-1].item_section:
                merged = out[-1]
                merged.section = attrs.evolve(merged.section, tasks=merged.section.tasks + built.section.tasks)
                merged.built += built.built
                merged.tail = built.tail
            else:
                out.append(built)
        return out


@lru_cache(maxsize=65536)
def split_inline(text: str) -> tuple[str, str | None]:
    """Split the duty clauses off an item's text: a trailing (…) 〔…〕 […] or 【…】 clause, clauses
    in brackets inside the text (…建设。(责任单位:甲局)推进…(责任单位:乙局)), and the labelled
    fields written after its sentence on the same line (…。牵头单位:市发改委;责任单位:…)."""
    head, clause = _bracketed(text)
    inner_text, inner = _inner_clauses(head)
    if inner:
        clauses = [*inner, clause] if clause is not None else inner
        return inner_text, _CLAUSE_JOIN.join(clauses)
    if clause is not None:
        return head, clause
    for labelled in dutymod.TRAILING_LABEL.finditer(text):
        before = text[: labelled.start()]
        if sum(before.count(o) for o in _OPENERS) == sum(before.count(c) for c in _CLOSERS):
            return before.rstrip(), text[labelled.start() :].strip()
    return text, None


# Clauses cut from several brackets of one item are joined as fields of one clause.
_CLAUSE_JOIN = ";"
_OPENERS = "([【〔"
_CLOSERS = ")]】〕"
_PAIR = dict(zip(_CLOSERS, _OPENERS, strict=True))
_INNER_BRACKET = re.compile(r"[(\[【〔]")


def clause_pieces(line: str) -> list[str]:
    """A line of unnumbered items run together (甲。(X牵头)乙。(Y牵头)), cut after each clause
    that more text follows; a line without such a clause is one piece."""
    if not _INNER_BRACKET.search(line):
        return [line]
    pieces: list[str] = []
    depth = 0
    start = 0
    last = 0
    for i, ch in enumerate(line):
        if ch in _OPENERS:
            if depth == 0:
                start = i
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
            end = i + 1 + (line[i + 1 : i + 2] == "。")
            if depth == 0 and line[end:].strip() and dutymod.names_role(line[start + 1 : i]):
                pieces.append(line[last:end].strip())
                last = end
    pieces.append(line[last:].strip())
    return [p for p in pieces if p]


def _inner_clauses(text: str) -> tuple[str, list[str]]:
    """Bracketed clauses inside the text that name their role (a label or a verb), cut out."""
    if not _INNER_BRACKET.search(text):
        return text, []
    clauses: list[str] = []
    kept: list[str] = []
    depth = 0
    start = 0
    last = 0
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            if depth == 0:
                start = i
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
            if depth == 0 and text[start] == _PAIR[ch]:
                inner = text[start + 1 : i]
                # A bracket of names only counts where it closes a sentence: …县域经济(省经委、财政厅)。
                closes = text[i + 1 : i + 2] in ("。", ";")
                if dutymod.names_role(inner) or (closes and dutymod.looks_like_clause(inner)):
                    kept.append(text[last:start])
                    clauses.append(inner)
                    last = i + 1
    if not clauses:
        return text, []
    kept.append(text[last:])
    return "".join(kept).strip(), clauses


def _bracketed(text: str) -> tuple[str, str | None]:
    """A trailing (…), 〔…〕, […] or 【…】 that holds a duty clause, split off the text. A line that
    is only a clause ((责任单位:市经信局) under the item's text) gives an empty text."""
    body = text.rstrip()
    end_mark = ""
    if body.endswith("。") and len(body) > 1 and body[-2] in _CLOSERS:
        body, end_mark = body[:-1], "。"
    if not body or body[-1] not in _CLOSERS:
        return text, None
    closer = body[-1]
    opener = _PAIR[closer]
    depth = 0
    for i in range(len(body) - 1, -1, -1):
        ch = body[i]
        if ch == closer:
            depth += 1
        elif ch == opener:
            depth -= 1
            if depth == 0:
                inner = body[i + 1 : -1]
                if i == 0 and not dutymod.names_role(inner):
                    return text, None
                if not dutymod.looks_like_clause(inner):
                    return text, None
                head = body[:i].rstrip()
                if end_mark and head and not head.endswith("。"):
                    head += end_mark
                return head, inner
    return text, None


@attrs.frozen
class ClauseEffect:
    """What one duty clause contributes to an item, worked out once per distinct clause."""

    adds: tuple[tuple[dutymod.Kind, str], ...]
    labels: tuple[tuple[dutymod.Kind, str], ...]
    problems: tuple[tuple[Severity, str, str], ...]
    empty: tuple[str, ...] = ()  # labels with no value
    fields: tuple[tuple[str, str], ...] = ()  # (kind, label) of each field, unlabelled ones too


_BRACKET_LABEL = re.compile(r"^[【\[]([^】\]:]{2,10})[】\]]")


@lru_cache(maxsize=16384)
def _clause_effect(clause_text: str) -> ClauseEffect:
    clause = dutymod.parse_clause(_BRACKET_LABEL.sub(r"\1:", clause_text))
    problems: list[tuple[Severity, str, str]] = []
    if clause.problem:
        problems.append(("warning", clause.problem + "; its names were kept as responsible units", clause_text[:4]))
    doubled = _DOUBLED.search(clause_text)
    if doubled:
        sep = doubled.group(0)
        what = "doubled separator" if len(sep) > 1 else "separator with no name next to it"
        problems.append(("warning", f"{what} “{sep}” in “{clause_text}”", sep))
    adds: list[tuple[dutymod.Kind, str]] = []
    labels: list[tuple[dutymod.Kind, str]] = []
    empty: list[str] = []
    for f in clause.fields:
        if f.label:
            labels.append((f.kind, f.label))
            if not f.groups:
                problems.append(("error", f"{f.label} is empty", f.label))
                empty.append(f.label)
        adds.extend(f.groups)
    fields = tuple((f.kind, f.label) for f in clause.fields)
    return ClauseEffect(tuple(adds), tuple(labels), tuple(problems), tuple(empty), fields)


@attrs.frozen
class BlockEffect:
    """``ClauseEffect`` of a block of duty lines, positions as offsets from its first line."""

    adds: tuple[tuple[dutymod.Kind, str], ...]
    labels: tuple[tuple[dutymod.Kind, str, int], ...]
    problems: tuple[tuple[Severity, str, str, int], ...]
    # The block ends in a label with nothing after it (牵头单位:): its value may be on the next line.
    open_field: tuple[dutymod.Kind, str, int] | None = None


@lru_cache(maxsize=16384)
def _block_effect(block: str) -> BlockEffect:
    adds: list[tuple[dutymod.Kind, str]] = []
    labels: list[tuple[dutymod.Kind, str, int]] = []
    problems: list[tuple[Severity, str, str, int]] = []
    lines = _block_lines(block)
    open_field = None
    for offset, clause_text in lines:
        effect = _clause_effect(clause_text)
        adds.extend(effect.adds)
        labels.extend((kind, label, offset) for kind, label in effect.labels)
        for severity, message, fragment in effect.problems:
            if fragment in effect.empty and offset == lines[-1][0] and fragment == effect.labels[-1][1]:
                open_field = (effect.labels[-1][0], fragment, offset)  # reported later if nothing fills it
            else:
                problems.append((severity, message, fragment, offset))
    return BlockEffect(tuple(adds), tuple(labels), tuple(problems), open_field)


@lru_cache(maxsize=16384)
def _block_lines(block: str) -> tuple[tuple[int, str], ...]:
    """The lines of a DUTY block with their offsets from its first line (blank lines counted)."""
    return tuple((offset, text) for offset, text in enumerate(block.split("\n")) if text)


def _token_lines(tok: Token) -> list[tuple[int, str]]:
    """(line, text) of each non-blank line a token holds (a DUTY block holds several)."""
    base = tok.line or 0
    return [(base + offset, text) for offset, text in _block_lines(str(tok))]


_SENTENCE_END = ("。", ";", "!", "?", ":", "！", "？", "；")


def _join_text(parts: Iterable[str]) -> str:
    """Lines of an item's text: a line cut mid-sentence (wrapped, as from a PDF) joins the next
    without a break; after a finished sentence a new line is a new paragraph."""
    text = ""
    for part in parts:
        text += ("\n" if text.endswith(_SENTENCE_END) else "") + part if text else part
    return text


def _inherit(b: Built, duties: Duties) -> Built:
    """A sub-task without duties of its own answers to its task's duties."""
    if b.task.duties.is_empty():
        b.task = attrs.evolve(b.task, duties=duties)
    return b


def _group_leaders(text: str) -> tuple[Leader, ...]:
    return tuple(units.leader(m.group(1)) for m in _GROUP_LEADER.finditer(text))


def _names_line(value: str) -> bool:
    """A line that is only names: 市住建局 / 市财政局、市税务局 / 张三、市政府常务副市长."""
    names = units.split_names(value).names
    return (
        bool(names)
        and "。" not in value.rstrip("。")
        and all(units.looks_like_unit(n) or len(n) <= 4 or units.is_role(n) for n in names)
    )


def _continues_list(value: str, parts: dutymod.Assembly) -> bool:
    """A wrapped duty value: the line before had no final 。 and this one reads like names."""
    last = (parts.cooperating or parts.lead or parts.responsible or parts.leaders or [""])[-1]
    return (
        not last.rstrip().endswith("。") and "。" not in value[:-1] and "、" in value and units.looks_like_unit(value)
    )


_LOCK = threading.Lock()


@cache
def _parser() -> tuple[Lark, Builder]:
    builder = Builder()
    return build("notice", transformer=builder, lexer="basic", lexer_callbacks={"TASK": builder.saw_task}), builder


def parse(text: str, source: str = "<string>", strict: bool = False) -> Notice:
    """Read a notice from a string; ``strict=True`` raises ``NoticeError`` on any problem."""
    src = Source(source, text)
    layout = recover(normalize(text))
    tables = rewrite_tables(layout.text)
    with _LOCK:
        lark, builder = _parser()
        builder.reset(src, layout)
        # "列第一位的为牵头单位" anywhere (preamble or a list's note) holds for every item, before and after.
        builder.first_listed_leads = bool(units.FIRST_LEADS.search(tables.text))
        for line, message in tables.problems:
            builder.report("warning", line, message)
        sections: list[BuiltSection] = lark.parse(tables.text)  # type: ignore[assignment]  # the Builder's start()
        notice = _assemble(builder, sections, source, layout.notes + tables.notes)
    if strict and notice.diagnostics:
        raise NoticeError(source, notice.diagnostics)
    return notice


def _assemble(builder: Builder, built: list[BuiltSection], source: str, notes: tuple[Note, ...] = ()) -> Notice:
    # Sections before the first one with tasks are the preamble's own numbered paragraphs.
    first_body = next((i for i, b in enumerate(built) if b.built), len(built))
    front_lines = list(builder.front_lines)
    for b in built[:first_body]:
        front_lines += b.lines + b.tail
    body = built[first_body:]
    # A leading run of numbered lines without duties, before sections that have them,
    # belongs to the preamble too (附件:1. …表  2. …表).
    if body and body[0].section.number == 0 and len(body) > 1 and all(x.task.duties.is_empty() for x in body[0].built):
        front_lines += _lines_of(builder, body[0])
        body = body[1:]
    elif body and body[0].section.number == 0:
        # …or before a run that numbers again from 1 (附件:1. …表 2. …表, then the table's rows).
        lead, moved = _leading_list(builder, body[0])
        front_lines += moved
        body[0] = lead
    front = frontmod.read_front(front_lines)
    back = frontmod.read_back(body[-1].tail if body else [])
    sections = []
    for i, b in enumerate(body):
        section = b.section
        if i < len(body) - 1 and b.tail:
            section = attrs.evolve(section, tail="\n".join(t for _, t in b.tail))
        sections.append(section)
    if notes:
        sections = _attach_notes(sections, notes)
    if builder.layout.origin is not None:
        sections = [_at_source_lines(section, builder.layout) for section in sections]
    if _numbering_restarts(sections):
        sections = [_qualify_ids(section) for section in sections]
    notice = Notice(
        title=front.title,
        doc_number=front.doc_number,
        index_number=front.index_number,
        publisher=front.publisher,
        published=front.published,
        date=back.date or front.date,
        issuer=back.issuer or front.issuer,
        recipients=units.units_of(units.split_names(front.recipients)) if front.recipients else (),
        preamble=front.preamble,
        chief=front.chief,
        declared=front.declared,
        sections=tuple(sections),
        closing=back.closing,
        aliases=tuple(Alias(a, n) for a, n in builder.aliases.items()),
        first_listed_leads=builder.first_listed_leads,
        metadata=front.metadata,
        chrome=front.chrome + back.chrome,
        source=source,
    )
    _check(builder, notice, body, front_lines)
    return attrs.evolve(notice, diagnostics=tuple(sorted(builder.diagnostics, key=lambda d: (d.line, d.column))))


def _attach_notes(sections: list[Section], notes: tuple[Note, ...]) -> list[Section]:
    """Each table note goes to the item it sits under: the last one starting above it."""
    starts = sorted(
        (node.line, node.id) for section in sections for task in section.all_tasks() for node in (task, *task.subtasks)
    )
    lines = [line for line, _ in starts]
    by_id: dict[str, list[tuple[str, str]]] = {}
    for note in notes:
        at = bisect.bisect_right(lines, note.line) - 1
        if at >= 0:
            by_id.setdefault(starts[at][1], []).append((note.column, note.value))

    def with_notes(task: Task) -> Task:
        subtasks = tuple(with_notes(sub) for sub in task.subtasks)
        extra = tuple(by_id.get(task.id, ()))
        if not extra and subtasks == task.subtasks:
            return task
        return attrs.evolve(task, notes=task.notes + extra, subtasks=subtasks)

    return [
        attrs.evolve(
            section,
            tasks=tuple(with_notes(t) for t in section.tasks),
            subsections=tuple(
                attrs.evolve(sub, tasks=tuple(with_notes(t) for t in sub.tasks)) for sub in section.subsections
            ),
        )
        for section in sections
    ]


def _at_source_lines(section: Section, layout: Layout) -> Section:
    """Lines of the model point at the file: logical lines (after layout recovery) mapped back."""

    def task_at(task: Task) -> Task:
        subtasks = tuple(task_at(sub) for sub in task.subtasks)
        return attrs.evolve(task, line=layout.source_line(task.line), subtasks=subtasks)

    return attrs.evolve(
        section,
        line=layout.source_line(section.line),
        tasks=tuple(task_at(t) for t in section.tasks),
        subsections=tuple(
            attrs.evolve(sub, line=layout.source_line(sub.line), tasks=tuple(task_at(t) for t in sub.tasks))
            for sub in section.subsections
        ),
    )


def _numbering_restarts(sections: list[Section]) -> bool:
    """Does numbering start again in another section or sub-section? (A number repeated inside
    one of them is a numbering error, which ``check`` reports, not a restart.)"""
    containers = [c for s in sections for c in (s.tasks, *(sub.tasks for sub in s.subsections))]
    owner: dict[int, int] = {}
    for index, tasks in enumerate(containers):
        for task in tasks:
            if owner.setdefault(task.number, index) != index:
                return True
    return False


def _qualify_ids(section: Section) -> Section:
    """Ids unique across the notice: section 2, task 3 → "2-3"; its sub-task 1 → "2-3.1".
    Where numbering starts again in each sub-section too: section 2, (一), task 3 → "2-1-3"."""
    sub_numbers = [t.number for sub in section.subsections for t in sub.tasks]
    per_subsection = len(set(sub_numbers)) < len(sub_numbers)

    def requalify(task: Task, prefix: str) -> Task:
        subtasks = tuple(attrs.evolve(sub, id=f"{prefix}-{sub.id}") for sub in task.subtasks)
        return attrs.evolve(task, id=f"{prefix}-{task.id}", subtasks=subtasks)

    def prefix(sub: Subsection) -> str:
        return f"{section.number}-{sub.number}" if per_subsection else str(section.number)

    return attrs.evolve(
        section,
        tasks=tuple(requalify(t, str(section.number)) for t in section.tasks),
        subsections=tuple(
            attrs.evolve(sub, tasks=tuple(requalify(t, prefix(sub)) for t in sub.tasks)) for sub in section.subsections
        ),
    )


def _leading_list(builder: Builder, b: BuiltSection) -> tuple[BuiltSection, list[tuple[int, str]]]:
    """Split off numbered lines without duties whose numbering the real items start again."""
    tasks = b.section.tasks
    first = next((k for k, t in enumerate(tasks) if not t.duties.is_empty() or t.subtasks), len(tasks))
    if not 0 < first < len(tasks) or tasks[first].number > max(t.number for t in tasks[:first]):
        return b, []
    moved = _source_lines(builder.layout, tasks[0].line, tasks[first].line)
    section = attrs.evolve(b.section, tasks=(attrs.evolve(tasks[first], heading=None), *tasks[first + 1 :]))
    return BuiltSection(section, b.built[first:], b.lines, b.tail), moved


def _source_lines(layout: Layout, first: int, stop: int) -> list[tuple[int, str]]:
    """(line, normalised text) of the non-blank logical lines ``first`` … ``stop - 1``."""
    return [(n, text) for n in range(first, stop) if (text := layout.line(n).strip())]


def _lines_of(builder: Builder, b: BuiltSection) -> list[tuple[int, str]]:
    first = min(x.first for x in b.built)
    last = max([x.last for x in b.built] + [ln for ln, _ in b.tail])
    return _source_lines(builder.layout, first, last + 1)


def _check(builder: Builder, notice: Notice, body: list[BuiltSection], front_lines: list[tuple[int, str]]) -> None:
    """Document-level checks: no items at all, declared counts, missing duty fields."""
    has_items = any(True for _ in notice.tasks())
    if not builder.source.text.strip():
        builder.diagnostics.append(Diagnostic("error", "the document is empty", 1, 1))
        return
    if not has_items:
        why = "no numbered items with duties were found, so this does not read as a responsibility notice"
        if any(_TABLE_HEADER.match(t) for _, t in front_lines):
            why += " (it has a table header, but no row of it could be read)"
        builder.diagnostics.append(Diagnostic("error", why, 1, 1))
        return
    declared = notice.declared
    real_sections = [s for s in notice.sections if s.number]
    tasks = sum(1 for _ in notice.tasks())
    # Point at the preamble line that makes the claim.
    where = next((ln for ln, text in front_lines if frontmod.declares(text)), 1)
    if declared.sections is not None and declared.sections != len(real_sections):
        message = f"the preamble declares {declared.sections} sections (个方面) but {len(real_sections)} were read"
        builder.report("warning", where, message, "个方面", code="FY001")
    if declared.tasks is not None and declared.tasks != tasks:
        message = f"the preamble declares {declared.tasks} tasks (项) but {tasks} were read"
        builder.report("warning", where, message, "项", code="FY001")
    _check_fields(builder, body)


_REQUIRED = ("leaders", "lead", "cooperating")


def _field_kinds(x: Built) -> tuple[str, ...]:
    return _kinds(tuple(kind for kind, _, _ in x.labels))


@lru_cache(maxsize=1024)
def _kinds(raw: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of an item's own-line fields; 责任单位 after a 牵头 field means cooperating."""
    kinds: list[str] = []
    for kind in raw:
        if kind == "responsible" and "lead" in kinds:
            kind = "cooperating"
        kinds.append(kind)
    return tuple(kinds)


@lru_cache(maxsize=1024)
def _required(kinds: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in kinds if k in _REQUIRED)


def _check_fields(builder: Builder, body: list[BuiltSection]) -> None:
    """Items whose own-line duty fields lack one that most items of the notice have."""
    leaves = [leaf for b in body for x in b.built for leaf in (x.children or [x])]
    kinds_of = {id(x): _field_kinds(x) for x in leaves}
    patterns: Counter[tuple[str, ...]] = Counter()
    written: dict[str, str] = {}
    for x in leaves:
        if x.inline:
            continue
        kinds = kinds_of[id(x)]
        patterns[_required(kinds)] += 1
        for kind, (_, label, _) in zip(kinds, x.labels, strict=True):
            written.setdefault(kind, label)
    if not patterns:
        return
    usual, count = patterns.most_common(1)[0]
    if count < 2 or count * 2 < sum(patterns.values()):
        return  # no pattern most items follow: nothing to compare against
    for x in leaves:
        kinds = kinds_of[id(x)]
        if x.inline or _required(kinds) == usual:
            continue
        if not kinds:
            if x.task.duties.is_empty():
                expected = "、".join(written[k] for k in usual)
                builder.report("error", x.first, f"item {x.task.id} has no duties ({expected} expected)", code="FY003")
            continue
        _compare(builder, x, kinds, usual, written)


def _compare(
    builder: Builder, x: Built, kinds: tuple[str, ...], usual: tuple[str, ...], written: dict[str, str]
) -> None:
    """Report the first field of the usual pattern that the item lacks, where it should have been."""
    for pos, want in enumerate(usual):
        if want in kinds:
            continue
        before = [i for i, k in enumerate(kinds) if k in usual[:pos]]
        at = before[-1] + 1 if before else 0
        prev = written[usual[pos - 1]] if pos else "the item text"
        if at < len(x.labels):
            found = x.labels[at]
            builder.report(
                "error",
                found[2],
                f"{written[want]} expected after {prev}, found {found[1]} (item {x.task.id})",
                found[1],
            )
        else:
            last_line = x.labels[-1][2] if x.labels else x.first
            builder.report("error", last_line, f"item {x.task.id} ends without {written[want]}")
        return


__all__ = ["Builder", "parse"]
