"""The document stage: the grammar's sections → the Notice (front and back matter, the preamble's
own numbered paragraphs, table notes, ids unique where numbering restarts, lines in the file)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

import attrs

from fyplan import units
from fyplan.deadlines import in_heading, in_sentence, plan_year, read_deadline
from fyplan.grammars import lexicon
from fyplan.hanzi import simplified
from fyplan.lazyre import lazy
from fyplan.model import NOT_READ, Alias, Deadline, Duties, Leader, Notice, Section, Subsection, Task, Unit
from fyplan.numerals import ORDINAL_IS, chinese_number
from fyplan.read import front as frontmod
from fyplan.read import identity, validate
from fyplan.read.context import BuiltSection, ReadContext
from fyplan.read.gates import AnyOf
from fyplan.read.layout import Layout
from fyplan.read.partrefs import helping_everywhere, part_roles, title_roles, with_helpers, with_part_roles, with_roles
from fyplan.read.restated import restated_rows
from fyplan.read.scans import LineStart, holds
from fyplan.read.tables import Note
from fyplan.worklist import opens_work


def assemble(ctx: ReadContext, built: list[BuiltSection], notes: tuple[Note, ...] = ()) -> Notice:
    """The notice from the grammar's sections: preamble, front and back matter, notes, ids, lines."""
    source = ctx.source.name
    # Sections before the first one with tasks are the preamble's own numbered paragraphs; so are
    # sections whose numbered lines name no duties at all, before the first section that does
    # (a preamble's own 1.…2.… list, or a 一、完成情况 paragraph, in front of the task table).
    first_body = next((i for i, b in enumerate(built) if b.built and _has_duties(b.section)), None)
    if first_body is None:
        first_body = next((i for i, b in enumerate(built) if b.built), len(built))
    first_body = max(first_body, _covering_paragraphs(built))
    while 0 < first_body < len(built) and (
        _counts_into(built[first_body - 1], built[first_body])
        or _lists_tasks(built[first_body - 1], built[first_body:])
    ):
        # 一、 1. 2. 3. whose items name no one that we read, then 二、 4. 5. …: sections whose tasks the next
        # section's numbering goes on from are the list's, not the preamble's (they were dropped without a word)
        first_body -= 1
    front_lines = list(ctx.front_lines)
    for b in built[:first_body]:
        front_lines += b.lines + (_lines_of(ctx, b) if b.built else []) + b.tail
    body = built[first_body:]
    # A leading run of numbered lines without duties, before sections that have them,
    # belongs to the preamble too (附件:1. …表  2. …表).
    if body and body[0].section.number == 0 and len(body) > 1 and all(x.task.duties.is_empty() for x in body[0].built):
        front_lines += _lines_of(ctx, body[0])
        body = body[1:]
    elif body:
        # …or before a run that numbers again from 1 (附件:1. …表 2. …表, then the table's rows), also
        # inside a numbered section of the preamble (三、…进展情况 then the attachment list and a table).
        lead, moved = _leading_list(ctx, body[0])
        front_lines += moved
        body[0] = lead
    while len(body) > 1 and body[-1].attachment and not body[-1].built:
        # 附件:任务清单联系人 after the last list, no list under it: the notice's back matter, as before any list.
        last = body.pop()
        body[-1].tail = [*body[-1].tail, *last.lines, *last.tail]
    if body and body[0].attachment:
        # 附件 over the first list (a front list of files came before it): the front matter's lines, as when
        # no list comes before one — the list is the notice's, in no part of its own.
        front_lines += body[0].lines
        whole = attrs.evolve(body[0].section, number=0, title="", intro="", line=0)
        body[0] = BuiltSection(whole, body[0].built, [], body[0].tail)
    if body:
        body[-1] = _numbered_notes(ctx, body[-1])
    parts = _attachment_parts(body)
    after = 0  # the number of the last item read (a part of no item read, its heading in a lost table, goes on from it)
    for b in body:
        after = _numbered_in_tail(ctx, b, after)
    front = frontmod.read_front(front_lines)
    # The notice ends (closing paragraph, issuer, date) before its first attachment's list, if it has one.
    ends = [parts - 1, len(body) - 1] if 0 < parts < len(body) else [len(body) - 1] if body else []
    back = frontmod.read_back([line for i in dict.fromkeys(ends) for line in body[i].tail])
    sections = []
    for i, b in enumerate(body):
        section = b.section
        if i not in ends and b.tail:
            section = attrs.evolve(section, tail="\n".join(t for _, t in b.tail))
        sections.append(section)
    if notes:
        sections = _attach_notes(sections, notes)
    if _SAME_AS.found(ctx.layout.text):  # (a walk of every task: only where it may pay)
        sections = _same_as_above(sections)
    if "是" in ctx.layout.text or "要" in ctx.layout.text or "第" in ctx.layout.text:  # (一是…, 一要…, 第一,…)
        sections = _ordinals_off(sections)
    sections, junk = _junk_out_of_headings(sections)
    if ctx.layout.origin is not None:
        sections = [_at_source_lines(section, ctx.layout) for section in sections]
    # (第一件实事:… then 附表 1 | 就业再就业 | 甲局 | 乙局: the rows' items take the list's words for their titles)
    sections = restated_rows(sections, ctx.source.text)
    if (holds(ctx.source.text, ".1") or holds(ctx.source.text, "-1")) and (
        ctx.layout.origin is not None or _COMPOUND_AT_LINE.found(ctx.source.text)
    ):
        sections = [_compound_ids(section, ctx) for section in sections]
    if _numbering_restarts(sections[:parts]):
        sections[:parts] = [_qualify_ids(section) for section in sections[:parts]]
    if parts < len(sections) and _numbering_restarts(sections):
        # An attachment's list numbered from 1 again: its ids carry its part (2-1); the main list's stay as printed.
        sections[parts:] = [_qualify_ids(section) for section in sections[parts:]]
    if parts_said := part_roles(ctx.layout.text):
        # 第(一)(二)方面任务由常务副市长甲负责,…: who answers for whole parts, said once for the list
        sections = with_part_roles(sections, parts_said)
    if helpers := helping_everywhere(ctx.layout.text):
        # 除特别注明的外,各县(市、区)政府…都是配合单位: bodies the notice says once help with every item
        sections = with_helpers(sections, helpers)
    if "(" in ctx.layout.text and (titled := title_roles(front_lines)) is not None:
        # 某县…专项行动方案 / (县城管局牵头): the plan's lead, said once under its title, leads each of its items
        sections = with_roles(sections, titled[1])
        ctx.diagnostics[:] = [d for d in ctx.diagnostics if not (d.code == NOT_READ and d.line == titled[0])]
    year = plan_year(front.title, back.date or front.date or front.published, front.preamble)
    default = _default_deadline(f"{front.preamble}\n{back.closing}", year)
    sections = [_with_deadlines(section, year, default) for section in sections]
    notice = Notice(
        title=front.title,
        doc_number=front.doc_number,
        index_number=front.index_number,
        publisher=front.publisher,
        published=front.published,
        date=back.date or front.date,
        issuer=back.issuer or front.issuer,
        recipients=units.units_of(units.split_names(front.recipients)) if front.recipients else (),
        recipients_written=front.recipients or "",
        preamble=front.preamble,
        chief=front.chief,
        declared=front.declared,
        sections=tuple(sections),
        closing=back.closing,
        aliases=tuple(Alias(a, n) for a, n in ctx.aliases.items()),
        first_listed_leads=ctx.first_listed_leads,
        metadata=front.metadata,
        chrome=front.chrome + junk + back.chrome,
        source=source,
    )
    notice = attrs.evolve(notice, **attrs.asdict(_identity(notice, front.recipients), recurse=False))
    validate.check(ctx, notice, body, front_lines)
    return attrs.evolve(notice, diagnostics=tuple(sorted(ctx.diagnostics, key=lambda d: (d.line, d.column))))


# 同上 / 同前 (the cell says as the row above): one pattern led by 同, which ``re`` skips ahead to, for both words
# (as two ``in`` ~0.7 ms per MB, issue 13).
_SAME_AS = AnyOf(("同上", "同前"))

_NOTE_HEAD = re.compile(r"^(?:注|说明|備註|备注|附注|註)[::]?$")


def _numbered_notes(ctx: ReadContext, b: BuiltSection) -> BuiltSection:
    """注:1.责任单位中列第一位的为牵头单位 / 2.完成时限未标注的… after the list: the list's notes, numbered as items are
    but naming no duties (or counting from 1 again after the items) — the notice's closing words (they were items 1
    and 2 again, each an FY003 error)."""
    tasks = b.section.tasks
    if b.section.subsections or len(tasks) != len(b.built) or len(tasks) < 2:
        return b
    at = next((k for k in range(1, len(tasks)) if _under_note_head(tasks, k)), None)
    # (where the notes count from 1 again after the items, a note may say what a collective is to do — 3.各子公司应参照
    # 本表制定… — and still be one: the heading and the count say so)
    restarted = at is not None and tasks[at].number == 1 and tasks[at - 1].number > 1
    if at is None or any((not restarted and not t.duties.is_empty()) or t.subtasks for t in tasks[at:]):
        return b
    # (the heading's lines, 注:, stand right above the first note; with no heading, the one line above it: the 说明: the
    # item before read as its empty field)
    first, heads = b.built[at].first, len((tasks[at].heading or "").split("\n"))
    while heads and first > 1:
        first -= 1
        heads -= bool(ctx.layout.line(first).strip())
    last = max([x.last for x in b.built[at:]] + [ln for ln, _ in b.tail])
    notes = _source_lines(ctx.layout, first, last + 1)
    kept = {line for line, _ in notes}
    if not tasks[at].heading:
        # (说明: on its own line after the last item's fields, read as that item's field with nothing in it: the
        # notes' heading, no note of the item)
        before = b.built[at - 1]
        before.task = attrs.evolve(before.task, notes=before.task.notes[:-1])
        tasks = (*tasks[: at - 1], before.task, *tasks[at:])
    section = attrs.evolve(b.section, tasks=tasks[:at])
    return BuiltSection(section, b.built[:at], b.lines, [*notes, *(x for x in b.tail if x[0] not in kept)])


def _under_note_head(tasks: Sequence[Task], k: int) -> bool:
    """Does a notes' heading (注:, 说明:) stand right above task ``k``: its heading's last line, or the item before's
    last field, a note head with nothing after its colon?"""
    heading = tasks[k].heading
    if heading:
        return _NOTE_HEAD.match(heading.split("\n")[-1].strip()) is not None
    notes = tasks[k - 1].notes
    return bool(notes) and not notes[-1][1] and _NOTE_HEAD.match(notes[-1][0]) is not None


def _covering_paragraphs(built: list[BuiltSection]) -> int:
    """Where the list begins when the notice's own numbered paragraphs come before an attachment that holds it (一、各牵头
    单位要对分工任务负总责…各有关单位按职责分工分别负责。 二、… / 附件 / …分解表 / 一、… 1.…(甲牵头,乙配合)): the index after the
    last attachment heading before the list's first items, where the paragraphs before it are at most two items and
    the list holds three times as many; 0 otherwise (the paragraphs were read as the list's first items)."""
    first_items = next((i for i, b in enumerate(built) if b.built and not b.attachment and not b.item_section), None)
    if first_items is None:
        return 0
    heads = [i for i in range(first_items) if built[i].attachment]
    if not heads:
        return 0
    before = sum(len(b.built) for b in built[: heads[-1]])
    after = sum(len(b.built) for b in built[heads[-1] :])
    if not (0 < before <= _COVERING_MOST and after >= _LIST_TIMES * before):
        return 0
    return heads[-1] if built[heads[-1]].built else heads[-1] + 1  # (a heading of no items: the front's lines)


_COVERING_MOST = 2
_LIST_TIMES = 3


def _attachment_parts(body: list[BuiltSection]) -> int:
    """Number the parts from the first attachment's list on after the parts before it (附件2 after a list of
    sections 一 … 八 is part 9; its own 一、二、 parts 10, 11; after a list with no parts, part 2), so that every
    part has a number of its own.
    Returns the index of the first attachment's part (len(body) if there is none)."""
    first = next((i for i, b in enumerate(body) if b.attachment), len(body))
    top = max((b.section.number for b in body[:first]), default=0)
    if any(not b.section.number and b.built for b in body[:first]):
        top = max(top, 1)  # a main list with no parts is the first (附件2's list is part 2: 2-1, not 1-1 beside 1)
    offset = 0
    for b in body[first:]:
        if b.attachment:
            top += 1
            offset = top
            b.section = attrs.evolve(b.section, number=top)
        elif b.section.number:
            b.section = attrs.evolve(b.section, number=b.section.number + offset)
            top = max(top, b.section.number)
    return first


def _junk_out_of_headings(sections: list[Section]) -> tuple[list[Section], tuple[str, ...]]:
    """A mirror's injected line between two items (本文由…收集整理 www.…, 最新彩票开奖结果 点击进入) is the page's
    chrome, not the next item's heading (front.is_junk): the sections without it, and the lines taken out. (A line
    left blank, a row of ★ the reader took out as a mirror's, is no heading either.)"""
    junk: list[str] = []
    if not any(t.heading and _has_junk(t.heading) for s in sections for t in s.all_tasks()):
        return sections, ()  # (the usual case: the sections as they are, none rebuilt)

    def cleaned(task: Task) -> Task:
        if not task.heading or not _has_junk(task.heading):
            return task
        lines = task.heading.split("\n")
        junk.extend(line.strip() for line in lines if line.strip() and _junk_line(line))
        return attrs.evolve(task, heading="\n".join(line for line in lines if not _junk_line(line)) or None)

    out = [
        attrs.evolve(
            s,
            tasks=tuple(cleaned(t) for t in s.tasks),
            subsections=tuple(attrs.evolve(sub, tasks=tuple(cleaned(t) for t in sub.tasks)) for sub in s.subsections),
        )
        for s in sections
    ]
    return out, tuple(junk)


def _junk_line(line: str) -> bool:
    """A heading's line that is none: blank (a row of ★ taken out as a mirror's), or a mirror's own line."""
    return not line.strip() or frontmod.is_junk(line.strip())


def _has_junk(heading: str) -> bool:
    return any(_junk_line(line) for line in heading.split("\n"))


def _counts_into(before: BuiltSection, after: BuiltSection) -> bool:
    """Do the tasks of section ``before`` number on one by one (j, j + 1 … k), and those of ``after`` go on from
    k + 1?"""
    if not before.built or not after.built or before.section.number == 0:
        return False
    numbers = [b.task.number for b in before.built]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and after.built[0].task.number == (
        numbers[-1] + 1
    )


# A part of a notice's front matter by its title (一、总体要求, 一、指导思想, 一、工作目标, 一、基本情况): what its
# numbered lines say is no task, however they open.
_FRONT_PART = re.compile(
    r"总体|指导|原则|目标|思路|情况|回顾|总结|意义|依据|范围|背景|成效|问题|形势|要求|思想|认识|站位"
)


def _lists_tasks(before: BuiltSection, after: Sequence[BuiltSection]) -> bool:
    """Does numbered part ``before`` (no duties named, before the parts that name them) list tasks of the notice's own —
    two or more items, two in three opening with a verb of work (推进…, 新建…) and telling no past, under a title that
    names no part of the front matter (总体要求, 工作目标, 基本情况)? Its items are then the list's, with empty lists
    (they were dropped as the preamble's, unread)."""
    if before.section.number == 0 or len(before.built) < 2 or _FRONT_PART.search(simplified(before.section.title)):
        return False
    opening = sum(1 for b in before.built if opens_work(b.task.text))
    if opening * 3 < len(before.built) * 2:
        return False
    # (not a list the parts after it give again with who answers, a table's row for each: 二、重点任务 (一)推进厕所革命。…
    # then 三、任务分工 1 推进厕所革命 县农业农村局 — the rows are the items, read with the list's words)
    later = {b.task.text.strip()[:_SAME_START] for part in after for b in part.built}
    return sum(1 for b in before.built if b.task.text.strip()[:_SAME_START] in later) * 2 < len(before.built)


_SAME_START = 4  # characters of two items' words that say one is the other given again


def _has_duties(section: Section) -> bool:
    return any(not node.duties.is_empty() for task in section.all_tasks() for node in (task, *task.subtasks))


# A table's column of the persons answering (责任人, 第一责任人, 具体责任人): its cell names leaders of the row, after its
# 责任领导's — every blind writer who met one beside a leader's column read it so; not 联系人 (a clerk), nor 项目责任人
# (a project's own manager).
_PERSON_COLUMN = re.compile(r"^(?:第一|主要|具体|具體|直接|牵头|牽頭)?(?:责任|責任)人$")


def _persons_apart(
    notes: tuple[tuple[str, str], ...], beside_leaders: bool = False
) -> tuple[tuple[tuple[str, str], ...], tuple[Leader, ...]]:
    """A row's notes without those of a person column whose cell names people or posts, and those people as leaders
    (a cell that names a body, 区水务局, stays a note: no person; nor, beside the row's leaders, a cell of department
    heads: ``_department_heads``)."""
    if not any(_person_column(column) for column, _ in notes):
        return notes, ()
    kept: list[tuple[str, str]] = []
    found: list[Leader] = []
    for column, value in notes:
        listed = units.split_names(value) if _person_column(column) else None
        if (
            listed is not None
            and listed.names
            and not any(units.looks_like_unit(n) for n in listed.names)
            and not (beside_leaders and _department_heads(value))
        ):
            found.extend(units.leaders_of(listed))
        else:
            kept.append((column, value))
    return tuple(kept), tuple(found)


def _department_heads(cell: str) -> bool:
    """Does a 责任人 cell give its people as departments' heads only (局长 马文斌, 市农业局局长, 主任 X), with no
    government's post among them (副县长 吴刚, 县人大常委会副主任 陈红, 镇长 李强)? Beside a 责任领导 column such a cell
    names who runs each body answering, not a leader of the work: two blind writers of session 59 kept them out of
    the leaders, as notes. A cell of bare names, or that names a government's post, is read as before: leaders."""
    return _DEPARTMENT_HEAD.search(cell) is not None and _GOVERNMENT_POST.search(cell) is None


# A department's or a body's head (局长, 分局长, 主任, 科长 …), and a government's post (县长, 副市长, 旗长, 镇长, a
# sub-district's 街道办事处主任, 人大 and 政协 posts, a level's 委书记, 常委, 秘书长, 检察长): the second wins in a cell of both.
_DEPARTMENT_HEAD = re.compile(r"局长|主任|科长|股长|所长|站长|队长|校长|院长|经理|厅长|處長|处长|董事长")
_GOVERNMENT_POST = re.compile(
    r"[省市县区旗州盟镇乡縣區鄉鎮][长長]|(?:街道|办事处|辦事處)主任|人大|政协|政協"
    # (a level's party committee's secretary, 县委书记, 镇党委副书记 — not a bureau's own 党组书记)
    r"|(?:[省市县区旗州盟镇乡縣區鄉鎮]党?|党工)委副?(?:书记|書記)|常委|秘书长|秘書長|检察长|檢察長"
)


def _person_column(column: str) -> bool:
    return _PERSON_COLUMN.match(column.replace(" ", "")) is not None


def _attach_notes(sections: list[Section], notes: tuple[Note, ...]) -> list[Section]:
    """Each table note goes to the item it sits under: the last one starting above it."""
    # Keyed by the item's list (a section's or a sub-section's) and its id: ids repeat across lists where
    # numbering restarts (made unique later); inside one list a repeated id is one row printed as two (a
    # sub-row under merged cells), which shares them.
    lists = [(k, -1, s.tasks) for k, s in enumerate(sections)] + [
        (k, j, sub.tasks) for k, s in enumerate(sections) for j, sub in enumerate(s.subsections)
    ]
    starts = sorted(
        (node.line, (k, j, node.id)) for k, j, tasks in lists for task in tasks for node in (task, *task.subtasks)
    )
    lines = [line for line, _ in starts]
    by_key: dict[tuple[int, int, str], list[tuple[str, str]]] = {}
    # By the item's line where its row's 序号 is printed within a group (1-1, 1.2): those ids are unique as
    # printed while the numbers within groups repeat, so a repeated number is no sub-row there.
    printed: dict[int, str] = {}
    by_line: dict[int, list[tuple[str, str]]] = {}
    for note in notes:
        at = bisect.bisect_right(lines, note.line) - 1
        if at >= 0 and note.serial:
            printed[starts[at][0]] = note.value  # 1-1, 1.2: the row's 序号 as printed is the item's id
    for note in notes:
        at = bisect.bisect_right(lines, note.line) - 1
        if at >= 0 and not note.serial:
            if starts[at][0] in printed or note.first_row or _person_column(note.column):
                # (a 责任人 cell is its own row's, never shared with a sub-row under the same 序号: see _persons_apart)
                by_line.setdefault(starts[at][0], []).append((note.column, note.value))
            else:
                by_key.setdefault(starts[at][1], []).append((note.column, note.value))

    def with_notes(task: Task, k: int, j: int) -> Task:
        subtasks = tuple(with_notes(sub, k, j) for sub in task.subtasks)
        extra = tuple(by_line.get(task.line, ()))
        if task.line not in printed:
            extra = tuple(by_key.get((k, j, task.id), ())) + extra
        own = printed.get(task.line, task.id) if not task.subtasks else task.id
        if not extra and subtasks == task.subtasks and own == task.id:
            return task
        extra, persons = _persons_apart(extra, beside_leaders=bool(task.duties.leaders))
        duties = task.duties
        if persons:
            added = tuple(p for p in persons if p not in duties.leaders)
            duties = attrs.evolve(duties, leaders=duties.leaders + added)
        return attrs.evolve(task, id=own, notes=task.notes + extra, subtasks=subtasks, duties=duties)

    return [
        attrs.evolve(
            section,
            tasks=tuple(with_notes(t, k, -1) for t in section.tasks),
            subsections=tuple(
                attrs.evolve(sub, tasks=tuple(with_notes(t, k, j) for t in sub.tasks))
                for j, sub in enumerate(section.subsections)
            ),
        )
        for k, section in enumerate(sections)
    ]


# A cell or field that says "the same as the row above" instead of repeating its names.
_SAME_AS_ABOVE = frozenset({"同上", "同上。", "同上述", "同前"})


# 一是… (第一,…) at the start of an item numbered 1 by it: the item's number in words, no word of its text (as 1. is none).
_ORDINAL_TEXT = re.compile(
    rf"^(?:([一二三四五六七八九十]{{1,2}}){ORDINAL_IS}(?=[^\s,;。:])|第([一二三四五六七八九十]{{1,2}}),(?=[^\d\s]))"
)


def _ordinals_off(sections: list[Section]) -> list[Section]:
    """Items whose text opens with the ordinal that numbers them (一是…, 二是… read as items 1, 2): the text
    without it. (一是 opening an item numbered otherwise is a word of its text, kept.)"""

    def stripped(task: Task) -> Task:
        m = _ORDINAL_TEXT.match(task.text)
        if m is None or chinese_number(m.group(1) or m.group(2)) != task.number:
            return task
        return attrs.evolve(task, text=task.text[m.end() :])

    return _each_task(sections, stripped)


def _each_task(sections: list[Section], change: Callable[[Task], Task]) -> list[Section]:
    """The sections with ``change`` made to each of their tasks, in reading order (a section's own, then its
    subsections')."""
    out = []
    for section in sections:
        tasks = tuple(change(t) for t in section.tasks)
        subs = tuple(attrs.evolve(sub, tasks=tuple(change(t) for t in sub.tasks)) for sub in section.subsections)
        out.append(attrs.evolve(section, tasks=tasks, subsections=subs))
    return out


def _same_as_above(sections: list[Section]) -> list[Section]:
    """Items whose leaders, lead or cooperating units are 同上 (a table's cell, a field) take that list
    from the item before them; the list as written (``Duties.written``) stays 同上."""
    previous: list[Duties | None] = [None]

    def resolved(task: Task) -> Task:
        before, duties = previous[0], task.duties
        previous[0] = duties
        if before is None:
            return task
        changes: dict[str, object] = {}
        for role in ("leaders", "lead_units", "cooperating_units"):
            value = getattr(duties, role)
            if len(value) == 1 and value[0].name in _SAME_AS_ABOVE and getattr(before, role):
                changes[role] = getattr(before, role)
        if not changes:
            return task
        new = attrs.evolve(duties, **changes)  # type: ignore[arg-type]
        previous[0] = new
        return attrs.evolve(task, duties=new)

    if not any(_says_same(t.duties) for section in sections for t in section.all_tasks()):
        return sections
    return _each_task(sections, resolved)


def _says_same(duties: Duties) -> bool:
    named: tuple[Leader | Unit, ...] = (*duties.leaders, *duties.lead_units, *duties.cooperating_units)
    return any(n.name in _SAME_AS_ABOVE for n in named)


# 完成时限栏未标注的,均为2022年12月底前完成 / 未明确完成时限的任务,原则上于年底前完成: the list's deadline where an
# item names none (in the preamble or the notes under the list).
_DEFAULT_DEADLINE = lazy(
    r"(?:(?:完成)?(?:时限|时间|期限)(?:一?栏|列)?中?(?:未|没有)(?:标注|标明|注明|明确|列明|写明|填写)"
    r"|(?:未|没有)(?:标注|标明|注明|明确|列明|写明)(?:具体)?(?:完成)?(?:时限|时间|期限))"
    rf"(?:的|者)(?:工作|任务|事项|项目)?[,，]?(?:均|一律|原则上|统一)?应?(?:为|于|在)?(?P<when>{lexicon('DEADLINE')})"
)


# 以上各项工作须于2025年11月底前全部完成。/ 所有任务务必在年底前办结: the preamble or the closing words say by when the
# list's work is due — each item that sets no deadline of its own is due then. (The work must be the sentence's
# subject and the deadline its completion's: 请于12月20日前报送完成情况 says when to report, no item's deadline.)
_ALL_DUE_BY = lazy(
    r"(?:以上|上述|前述|各项|所有|全部|本方案所列|方案所列)[^。,，;；:]{0,10}?(?:工作|任务|事项|目标|项目)"
    r"(?:均|都|全部|务必|必须|须|应|要|力争|原则上|一律){0,3}(?:于|在)"
    # (the verb ends the clause: 以上工作于12月10日前完成年度总结报送 says when a report is due, not the work)
    rf"(?P<when>{lexicon('DEADLINE')})前?(?:全部|全面)?(?:完成|办结|完工|落实到位)(?=[,。;,;]|$)"
    # (a 督查 notice's 请各事涉部门…整改,并于5月20日前将问题整改完成: the problems it lists, each due then)
    rf"|(?:于|在)(?P<fixed>{lexicon('DEADLINE')})前?(?:将|把)(?:存在的|上述|以上|所列|所有|全部|各项)?(?:问题|事项|任务)"
    r"(?:全部)?(?:整改|处置|办理)?(?:完成|到位|办结)(?=[,。;,;]|$)"
)


# A sentence that sets the date for some of the problems only (对能够立即整改的,…; 对需要长期整改的,…持续推进).
_SOME_ONLY = re.compile(r"对[^。,，;；]{1,20}的[,，]|长期|長期|分阶段|分階段|持续推进|持續推進")


def _default_deadline(said: str, year: int | None) -> Deadline | None:
    if "未" not in said and "没有" not in said:
        m = _ALL_DUE_BY.search(said) if "完" in said or "办结" in said or "到位" in said else None
    else:
        m = _DEFAULT_DEADLINE.search(said) or _ALL_DUE_BY.search(said)
    # (…底前全部完成: the words that say all of it are the sentence's, not the deadline's)
    if m is None:
        return None
    end = said.find("。", m.end())
    sentence = said[said.rfind("。", 0, m.start()) + 1 : end if end >= 0 else len(said)]
    if m.groupdict().get("fixed") and _SOME_ONLY.search(sentence):
        return None  # (对能够立即整改的,于6月30日前将问题整改到位;对需要长期整改的,…: for some of the problems only)
    when = m.group("when") or m.groupdict().get("fixed") or ""
    return read_deadline(when.removesuffix("全部").removesuffix("全面"), year)


# The notes of a 督查通报 that say by when the office wants an item done (督办意见:请…于11月中旬前办结).
_URGING_LABELS = ("督办意见", "督办要求", "督查意见", "督促意见")


def _urged_by(notes: tuple[tuple[str, str], ...]) -> str | None:
    """The deadline words of an item's 督办意见 note (…于2022年12月20日前提交…), where it has one."""
    for label, value in notes:
        # (…每月报送进展: how often to report, no date the work is due by)
        if label in _URGING_LABELS and (words := in_sentence(value)) and "每" not in words:
            return words
    return None


def _with_deadlines(section: Section, year: int | None, default: Deadline | None = None) -> Section:
    """Each deadline read again in the plan ``year`` (6月底前 → that year's 30 June); where no field
    gives an item one, the deadline words of its sentence (…，6月底前完成。) or of its 督办意见 note, or of its task's, or the list's
    ``default`` (完成时限未标注的,均为年底前完成); a section's or subsection's heading that names only a period
    (上半年完成事项) comes before the list's default."""

    def due(task: Task, inherited: Deadline | None) -> Task:
        deadline = task.duties.deadline
        if deadline is not None:
            deadline = read_deadline(deadline.written, year, deadline.in_text)
        elif words := in_sentence(task.text) or (_urged_by(task.notes) if task.notes else None):
            deadline = read_deadline(words, year, in_text=True)
        else:
            deadline = inherited
        if task.subtasks == ():
            # Most items have no sub-tasks: no generator and tuple to make and compare for them (issue 13).
            if deadline == task.duties.deadline:
                return task
            return attrs.evolve(task, duties=attrs.evolve(task.duties, deadline=deadline), subtasks=())
        # Only a deadline of the task's sentence passes to sub-tasks with duties of their own: a
        # 完成时限 field already went with the whole duties to those that have none.
        passed = deadline if deadline is not None and deadline.in_text else None
        subtasks = tuple(due(sub, passed) for sub in task.subtasks)
        if deadline == task.duties.deadline and subtasks == task.subtasks:
            return task
        return attrs.evolve(task, duties=attrs.evolve(task.duties, deadline=deadline), subtasks=subtasks)

    def period(title: str, inherited: Deadline | None) -> Deadline | None:
        # A heading that names only when its items are due (一季度完成事项) is each item's deadline where
        # the item's own words give none; the words stand in the heading, not in a field (in_text).
        words = in_heading(title)
        return inherited if words is None else read_deadline(words, year, in_text=True)

    over_section = period(section.title, default)
    return attrs.evolve(
        section,
        tasks=tuple(due(t, over_section) for t in section.tasks),
        subsections=tuple(
            attrs.evolve(sub, tasks=tuple(due(t, over_sub) for t in sub.tasks))
            for sub in section.subsections
            for over_sub in (period(sub.title, over_section),)
        ),
    )


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


# 1.1 完善…, 2.3 新建…: an item numbered by its part and its place in the part (layout._compound_numbers reads it as
# its place's number, 1.1 → 1.); the number as printed is the item's id, unique in the notice.
# (asked at line starts only, scans.LineStart: ``^`` tried at every character of a notice that writes 12.1% costs
# ~3 ms per MB, issue 13)
_COMPOUND_LINE = re.compile(r"^[ \t\u3000]*\d{1,2}[.-]1(?=[ \t\u3000]*[\u4e00-\u9fff])", re.MULTILINE)
_COMPOUND_AT_LINE = LineStart(_COMPOUND_LINE)
# (l.4 / I.4: a scan's OCR read the part's 1 as a letter, as decode mends it in the text the grammar reads)
# (1-1: the part and the place parted by a hyphen, kept so in the id)
_COMPOUND_AT = re.compile(r"[ \t\u3000]*(\d{1,2}|[lI])([.-])(\d{1,3})(?=[ \t\u3000]*[\u4e00-\u9fff])")
# (the item's first words as the source has them: no punctuation, whose width the decode stage may have changed)
_WORDS_AHEAD = re.compile(r"[\u4e00-\u9fff]{2,8}")
_COMPOUND_BEFORE = re.compile(r"(?<![\d.])(\d{1,2})([.-])(\d{1,3})[ \t\u3000]*$")


def _compound_ids(section: Section, ctx: ReadContext) -> Section:
    """The section with each task printed as 1.1 (part, place) given that number as its id."""

    def printed(task: Task) -> Task:
        if task.point or task.id != str(task.number) or task.line <= 0:
            return task
        line = ctx.source.line(task.line)
        m = _COMPOUND_AT.match(line)
        if (
            m is None
            and ctx.layout.origin is not None
            and (words := _WORDS_AHEAD.match(task.text)) is not None
            and (at := line.find(words.group())) > 0
        ):
            # a line the layout stage cut (a page run onto one line): the number printed right before the words
            m = _COMPOUND_BEFORE.search(line, max(0, at - 8), at)
        if m is None or int(m.group(3)) != task.number:
            return task
        own = f"{m.group(1).replace('l', '1').replace('I', '1')}{m.group(2)}{m.group(3)}"
        # (its points (1)(2) are numbered under the number as printed: 1.2.1, not 2.1, which is another item's)
        points = tuple(attrs.evolve(sub, id=f"{own}.{sub.number}") for sub in task.subtasks)
        return attrs.evolve(task, id=own, subtasks=points)

    return attrs.evolve(
        section,
        tasks=tuple(map(printed, section.tasks)),
        subsections=tuple(attrs.evolve(sub, tasks=tuple(map(printed, sub.tasks))) for sub in section.subsections),
    )


def _numbering_restarts(sections: list[Section]) -> bool:
    """Does numbering start again in another section or sub-section? (A number repeated inside
    one of them is a numbering error, which ``check`` reports, not a restart.)"""
    containers = [c for s in sections for c in (s.tasks, *(sub.tasks for sub in s.subsections))]
    owner: dict[int, int] = {}
    for index, tasks in enumerate(containers):
        for task in tasks:
            if not task.id[-1:].isdigit() or _printed(task):
                continue  # a heading that is an item too (一): numbered as its section; an id as printed (1-1)
            if owner.setdefault(task.number, index) != index:
                return True
    return False


def _printed(task: Task) -> bool:
    """Does the task carry its table row's 序号 as printed (1-1, 2.3: see _attach_notes), or its number as printed
    (1.2: see _compound_ids, with its points under it), unique already?"""
    return not task.point and task.id != str(task.number)


def _qualify_ids(section: Section) -> Section:
    """Ids unique across the notice: section 2, task 3 → "2-3"; its sub-task 1 → "2-3.1".
    Where numbering starts again in each sub-section too: section 2, (一), task 3 → "2-1-3"."""
    sub_numbers = [t.number for sub in section.subsections for t in sub.tasks]
    per_subsection = len(set(sub_numbers)) < len(sub_numbers)

    def requalify(task: Task, prefix: str) -> Task:
        if not task.id[-1:].isdigit() or _printed(task):
            return task  # a heading that is an item too (一): its numeral is unique already; so is 1-1 as printed
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


def _leading_list(ctx: ReadContext, b: BuiltSection) -> tuple[BuiltSection, list[tuple[int, str]]]:
    """Split off numbered lines without duties whose numbering the real items start again."""
    tasks = b.section.tasks
    first = next((k for k, t in enumerate(tasks) if not t.duties.is_empty() or t.subtasks), len(tasks))
    if not 0 < first < len(tasks) or tasks[first].number > max(t.number for t in tasks[:first]):
        return b, []
    moved = _source_lines(ctx.layout, tasks[0].line, tasks[first].line)
    section = attrs.evolve(b.section, tasks=(attrs.evolve(tasks[first], heading=None), *tasks[first + 1 :]))
    return BuiltSection(section, b.built[first:], b.lines, b.tail), moved


def _source_lines(layout: Layout, first: int, stop: int) -> list[tuple[int, str]]:
    """(line, normalised text) of the non-blank logical lines ``first`` … ``stop - 1``."""
    return [(n, text) for n in range(first, stop) if (text := layout.line(n).strip())]


def _lines_of(ctx: ReadContext, b: BuiltSection) -> list[tuple[int, str]]:
    first = min(x.first for x in b.built)
    last = max([x.last for x in b.built] + [ln for ln, _ in b.tail])
    return _source_lines(ctx.layout, first, last + 1)


def _identity(notice: Notice, recipients: str) -> identity.Identity:
    """Place, level and year, from what the front and back matter hold; a document number's place must
    be named in the notice's own words (its matter, its items and their units)."""

    def text() -> str:
        words = [notice.title, notice.issuer or "", notice.publisher or "", notice.preamble, notice.closing, recipients]
        words += [value for _, value in notice.metadata] + list(notice.chrome)
        words += [item.text for item in notice.items()]
        words += [u.name for item in notice.items() for u in (*item.lead_units, *item.cooperating_units)]
        return "\n".join(words)

    return identity.identify(
        title=notice.title,
        issuer=notice.issuer,
        publisher=notice.publisher,
        metadata=notice.metadata,
        doc_number=notice.doc_number,
        recipients=recipients,
        chrome=notice.chrome,
        preamble=notice.preamble,
        text=text,
        date=notice.date,
        published=notice.published,
    )


# A line after a part's items that opens with a number (5 新建…, 5<tab>…, 5 | …, 5.…), the text after it long enough
# to be a task's: the next item, by its number, that the reader did not read.
_NUMBERED_LINE = re.compile(r"^[ \u3000]*(\d{1,4})(?:[ \t\u3000|、.．]+)(\S.{7,})")


def _numbered_in_tail(ctx: ReadContext, b: BuiltSection, after: int) -> int:
    """A warning for each line of the part's tail numbered on from the last item read (a table the reader lost track
    of after some row, its rows left as lines after the part): kept as the part's tail or the notice's end, never
    read as items, and said so. Returns the last number met."""
    expected = (b.built[-1].task.number if b.built else after) + 1
    # (a part with no item read: its heading's lines hold them, 三、社会事业 / 7 …)
    for line, text in b.tail if b.built else [*b.lines, *b.tail]:
        m = _NUMBERED_LINE.match(text)
        if m is None or int(m.group(1)) != expected or expected == 1:
            continue
        ctx.report(
            "warning",
            line,
            f"this line numbered {expected} after item {expected - 1} was not read as an item: “{text.strip()[:40]}”",
            m.group(2)[:10],
            code=NOT_READ,
        )
        expected += 1
    return expected - 1
