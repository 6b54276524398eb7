"""Everything from text to the model, as a short list of named stages:

decode (bytes → text, ``fyplan.read.decode``) → layout (logical lines and table cells,
``boxes``, ``layout``, ``tables`` and ``bodygroups``) → grammar (sections and items, ``grammar``, with each item's clauses
read by ``items`` and ``clauses``, and headings and group sentences by ``scope``) → document
(the Notice, ``document``) → validate (document-level checks, ``validate``).

Every stage reports into one ``ReadContext``; nothing is kept between two documents.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from fyplan.lazyre import lazy

if TYPE_CHECKING:
    from fyplan.model import Notice


def parse(
    text: str, source: str = "<string>", strict: bool = False, places: Sequence[str] = (), skipped: Sequence[str] = ()
) -> Notice:
    """Read a notice from a string; ``strict=True`` raises ``NoticeError`` on any problem.

    ``places`` name each line's place in a document read from another format (its diagnostics
    point there); ``skipped`` says what of that document was left out (reported as warnings)."""
    # A parse makes millions of small objects and frees none of them until it ends, and none of them
    # form garbage cycles, so the cyclic collector's passes find nothing while costing time that grows
    # with everything alive (a 10 MB notice: a third of its time). Off while reading, restored after,
    # also when the read raises; a caller who had it off keeps it off.
    from fyplan.errors import FyplanError  # (loaded with the package already: a lookup)

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse(text, source, strict, places, skipped)
    except FyplanError:
        raise
    except Exception as exc:
        raise _internal_error(source, exc) from exc
    finally:
        if was_enabled:
            gc.enable()


def _internal_error(source: str, exc: Exception) -> Exception:
    """A reader's own failure (an IndexError in a layout step) as a NoticeError that says so: a user gets a
    sentence and exit 2, not a traceback; the cause stays chained for whoever reports it."""
    from fyplan.errors import NoticeError
    from fyplan.model import Diagnostic

    message = (
        f"fyplan failed while reading this text ({type(exc).__name__}: {exc}); this is a bug in fyplan, "
        "not in the file: please report it with the file"
    )
    return NoticeError(source, [Diagnostic("error", message, 1, 1)])


def _parse(
    text: str, source: str, strict: bool, places: Sequence[str], skipped: Sequence[str], rescue: bool = True
) -> Notice:
    # The stages load with the first parse, not with the package: ``fyplan.read.decode`` alone (a file's
    # bytes, for the parse cache's key) must not build the reader's ~60 ms of patterns (issue 13).
    from fyplan.model import Diagnostic
    from fyplan.read import document, grammar
    from fyplan.read.agenda import numbered_agenda
    from fyplan.read.aligned import flatten_aligned
    from fyplan.read.barcells import rewrite_bar_cells
    from fyplan.read.barwraps import join_wrapped_rows
    from fyplan.read.blockcells import block_cells
    from fyplan.read.bodygroups import renumber
    from fyplan.read.boxes import flatten_boxes
    from fyplan.read.chunks import joined_chunks
    from fyplan.read.columnmajor import rows_from_columns
    from fyplan.read.context import ReadContext
    from fyplan.read.decode import Source, line_ends_unified, normalize
    from fyplan.read.division import divided_clauses
    from fyplan.read.exported import without_exports
    from fyplan.read.fieldsfirst import fields_first
    from fyplan.read.forms import forms_as_items
    from fyplan.read.headless import rewrite_headless
    from fyplan.read.interleaved import interleaved_rows
    from fyplan.read.keyed import keyed_duties, keyed_rows, keys_printed_again, units_keyed_rows, units_keyed_tabs
    from fyplan.read.latecolumn import late_columns
    from fyplan.read.layout import (
        bulleted_items,
        dashed_items,
        number_lines,
        numbered_parts,
        recover,
        restore_lost_dots,
    )
    from fyplan.read.loosefields import barred_fields, bracketed_fields, colonless_fields
    from fyplan.read.ordinals import has_ordinals, numbered_ordinals
    from fyplan.read.portfolios import numbered_portfolios
    from fyplan.read.prose import (
        in_minutes,
        lone_tasks,
        numbered_decisions,
        numbered_paragraphs,
        speaker_of,
        with_prose_duties,
    )
    from fyplan.read.quoted import quoted_items
    from fyplan.read.records import labels_over_values, text_fields
    from fyplan.read.scored import rewrite_scored
    from fyplan.read.sentences import closed_sentences
    from fyplan.read.spacedheader import spaced_headers
    from fyplan.read.tables import rewrite_tables
    from fyplan.read.tasklist import task_rows
    from fyplan.read.traditional import reading, restored
    from fyplan.read.twocolumn import compose, split_columns
    from fyplan.read.unitfirst import units_first
    from fyplan.read.widths import as_written
    from fyplan.units import says_first_leads

    # A notice in traditional characters is read through its simplified form (one character for one) and
    # its strings given back as written at the end (fyplan/read/traditional.py).
    text = line_ends_unified(text)  # (a Windows export's CRLF: the layout steps read lines parted by LF)
    simple = reading(text)
    original = text
    if simple is not None:
        text = simple.text
    # The text-to-text steps before layout recovery, in order (each gives its text back unchanged where it finds
    # nothing of its kind). ``text`` itself stays as read: the source's lines are the diagnostics' and the notes'.
    # A page printed in two columns: the left column's lines, then the right one's (more lines than the source:
    # ``columns`` maps them back, composed with the layout's own map below).
    # (and a news story's tasks quoted by number, 第1项任务“…”,牵头领导是X: each on a line of its own; a division written
    # unit by unit, 甲局：1.…；2.…: a lead unit's heading and a line per task; a table's last column printed as a block
    # after its rows, put back: lines moved — each map composed with the one before)
    steps = text
    columns = None
    told_in_paragraphs = False  # (numbered_paragraphs numbered a report's task paragraphs: read as minutes are)
    for split in (
        split_columns,
        quoted_items,
        divided_clauses,
        units_first,
        block_cells,
        spaced_headers,
        late_columns,
        closed_sentences,  # (a report's tasks run together in one paragraph, each closed by 由…牵头: one a line)
    ):
        steps, more = split(steps)
        if more is not None:
            columns = more if columns is None else compose(columns, more, len(more))
            # (a speech's division of the work, its clauses made items: their sentences say who answers)
            # (a meeting's decided matters, or a report's tasks closed by 由…牵头, cut one a line: the same)
            told_in_paragraphs = told_in_paragraphs or split in (divided_clauses, closed_sentences)
    for step in (
        without_exports,
        task_rows,  # (序号 | 措施 and no other column: a table of numbered tasks, its rows numbered lines)
        flatten_aligned,  # (before normalising: it reads the columns' spaces and tabs)
        keyed_rows,  # (序号 | 牵头领导 | 牵头单位 … with no task column, after the list: its rows keyed to the items)
        interleaved_rows,  # (a PDF viewer's copy of a table: a row's cells in pieces over its lines, single spaces)
        units_keyed_tabs,  # (责任单位<TAB>牵头实事<TAB>配合实事 after the list: a row per body, its cells item numbers)
        normalize,
        units_keyed_rows,  # (单位 | 牵头整治内容 | 配合整治内容: the same parted by |)
        joined_chunks,  # (a sharing site's viewer cut the text into chunks numbered 1、 2、 …, mid-word too)
        rows_from_columns,  # (a PDF's table given column after column: 序号 1 2 3, then each column's cells)
        rewrite_bar_cells,  # (a web table one cell per line, | before each cell after a row's first, | alone after its last)
        flatten_boxes,
        join_wrapped_rows,  # (a PDF's | rows, each printed line of a row a row of its own, its number cell empty)
        keys_printed_again,  # (第一件实事:… then 第一件实事:责任单位:… after the list: each key's clause on its item)
        restore_lost_dots,  # (and 第N项 / 第N件 lines counted as items numbered N.)
        colonless_fields,  # (牵头单位,县工信局;配合单位,… — commas, spaces or nothing for the colons)
        barred_fields,  # (…准备 | 牵头院领导:甲 | 牵头科室:乙 — bars between an item's fields)
        bracketed_fields,  # (【牵头领导:甲】【牵头单位:乙】 — each field in a bracket, its value inside)
        fields_first,  # (1.责任领导:甲 责任单位:乙 over the task's words: the words first, then the fields)
        forms_as_items,
        numbered_agenda,  # (a meeting's news: 会议听取了…, 会议研究了… paragraphs, none numbered — each matter an item)
        numbered_decisions,
        numbered_paragraphs,  # (a news report's tasks, a paragraph each after …分工如下:, none numbered)
        numbered_portfolios,  # (王德林同志:负责…。分管甲局、乙局。: a leader's paragraph each, none numbered)
        labels_over_values,
        text_fields,
        dashed_items,
        bulleted_items,
        numbered_parts,
        number_lines,
        keyed_duties,  # (第1-3项:X牵头… after the list: each item's clause, at its end)
    ):
        before, steps = steps, step(steps)
        # (a report's tasks as paragraphs it numbered, or bulleted ——…, or a table's rows with no duty column: their
        # sentences say who answers, as minutes')
        told_in_paragraphs = told_in_paragraphs or (
            step in (numbered_paragraphs, dashed_items, numbered_agenda, task_rows) and steps is not before
        )
    layout = recover(steps)
    if columns is not None:
        layout = attrs.evolve(layout, origin=compose(columns, layout.origin, layout.text.count("\n") + 1))
    del (
        steps,
        before,
    )  # (the last step's text, where recovery made another: not kept through the parse, issue 13's memory)
    if has_ordinals(layout.text) and (numbered := numbered_ordinals(layout.text)) is not layout.text:
        layout = attrs.evolve(layout, text=numbered)  # (一是…;二是… cut from a paragraph's sentences: items)
        # (a speech's or a report's 一是…二是… / 第一,…第二,…: its sentences say who answers, as minutes' do)
        told_in_paragraphs = True
    # Tables of scored figures with no 序号 (rows told by their cells' content), then every other table.
    scored = rewrite_scored(layout.text)
    tables = rewrite_tables(scored.text)
    headless = rewrite_headless(tables.text)  # (a table with bar lines between its cells and no header row)
    ctx = ReadContext(Source(source, text), layout, places=tuple(places))
    # (each stage gives its text back unchanged where it found no table: equal strings, compared at once)
    ctx.tabled = (
        layout.tabled or scored.text != layout.text or tables.text != scored.text or headless.text != tables.text
    )
    for why in skipped:
        ctx.diagnostics.append(Diagnostic("warning", why, 1, 1, place="the document"))
    # "列第一位的为牵头单位" anywhere (preamble or a list's note) holds for every item, before and after.
    # (also where a table's header cell says so, 责任单位(列第一位的为牵头单位): the header is no text after the tables)
    ctx.first_listed_leads = says_first_leads(headless.text) or says_first_leads(text)
    for line, message in layout.problems + scored.problems + tables.problems + headless.problems:
        ctx.report("warning", line, message)
    # (minutes, and a report whose paragraphs were numbered as tasks: their sentences say who answers)
    ctx.minutes = in_minutes(text) or told_in_paragraphs
    sections = grammar.read(renumber(headless.text), ctx)  # (一、二、 under each body's name alone: items)
    if ctx.minutes:
        # (minutes say who answers in their sentences: 由X同志牵头,Y会同Z负责…; a speech's 由我牵头 names its speaker)
        with_prose_duties(sections, speaker_of(text))
    notice = document.assemble(ctx, sections, layout.notes + scored.notes + tables.notes + headless.notes)
    if rescue and not notice.names_duties() and (told := lone_tasks(original)) is not original:
        # Nothing read, but a report's paragraph says who leads a piece of work and who helps: that sentence an item
        # (read again from the text with it numbered; the source keeps every word as printed) — where it then names
        # someone (a speech's account of past work, 县应急局牵头,…配合,开展了…取得了成效, reads no one: refused as before).
        rescued = _parse(told, source, False, places, skipped, rescue=False)
        if rescued.names_duties():
            return _strictly(rescued, source, strict)
    if rescue and next(notice.tasks(), None) is None and has_ordinals(original):
        # Nothing read, but the text counts its points 一要…;二要…;三要… (a meeting's points, a leader's instructions):
        # read again with every such run a list of tasks, kept where it lists work (fyplan.worklist: no one may be
        # named; a warning then says so).
        from fyplan.read.ordinals import every_run
        from fyplan.worklist import lists_work

        with every_run():
            again = _parse(original, source, False, places, skipped, rescue=False)
        # (only a list of work: the first reading left the run whole because its points did not name enough who
        # answers — a speech's 一是…(省交通运输厅负责)…二是… is no list that body answers for)
        if lists_work(again):  # (three items or more)
            return _strictly(again, source, strict)
    if rescue and next(notice.tasks(), None) is None and (numbered := _parts_numbered(original)) is not original:
        # Nothing read, but the text numbers its points 一、二、三、 and none of them holds a task of its own (a 实事
        # list, one matter a line): read again with each such point an item numbered 1. 2. 3., kept where that names
        # someone or lists work (fyplan.worklist: a warning then says no one is named).
        from fyplan.worklist import reads_as_notice

        again = _parse(numbered, source, False, places, skipped, rescue=False)
        if reads_as_notice(again):
            return _strictly(again, source, strict)
    if rescue and not notice.names_duties():
        from fyplan.read.leadparagraphs import paragraphs_numbered

        if (numbered := paragraphs_numbered(original)) is not original:
            # Nothing names who answers, and each heading's work is written as paragraphs led by a few words and a
            # full stop (深化“美丽街区”建设。完成…): read again with those paragraphs numbered, kept where it then lists
            # more work than the headings alone (fyplan.worklist: a warning says no one is named).
            from fyplan.worklist import lists_work

            again = _parse(numbered, source, False, places, skipped, rescue=False)
            if lists_work(again) and len(again.items()) > len(notice.items()):
                return _strictly(again, source, strict)
    if simple is not None:
        notice = restored(notice, simple.back)
    # Names and text as written: the full-width marks the notice uses given back (fyplan/read/widths.py).
    notice = as_written(notice, original)
    return _strictly(notice, source, strict)


def _strictly(notice: Notice, source: str, strict: bool) -> Notice:
    """The notice read, or, in strict mode, the error its diagnostics make where it has any."""
    if strict and notice.diagnostics:
        from fyplan.errors import NoticeError

        raise NoticeError(source, notice.diagnostics)
    return notice


# 一、新增养老床位…: a part's numeral opening its line (a page's 一、 lines: parts or, where no part holds a task,
# the items themselves).
_PART_NUMBER = lazy(r"^([ \u3000]*)([一二三四五六七八九十]{1,3})、", re.MULTILINE)  # (built on first use)
_LEAST_PARTS = 3


def _parts_numbered(text: str) -> str:
    """``text`` with each line numbered 一、 numbered 1. instead (the part's numeral as a figure), where three lines or
    more are numbered so; itself otherwise."""
    if len(_PART_NUMBER.findall(text)) < _LEAST_PARTS:
        return text
    from fyplan.numerals import chinese_number

    return _PART_NUMBER.sub(lambda m: f"{m.group(1)}{chinese_number(m.group(2))}.", text)


def parse_bytes(data: bytes, source: str = "<string>", strict: bool = False) -> Notice:
    """Read a notice from the bytes of a file of any supported format, told by the bytes themselves."""
    from fyplan.read.decode import decode
    from fyplan.read.formats.convert import convert

    converted = convert(data, source)
    if converted is not None:
        return parse(converted.text, source=source, strict=strict, places=converted.places, skipped=converted.skipped)
    return parse(decode(data, source), source=source, strict=strict)


__all__ = ["parse", "parse_bytes"]
