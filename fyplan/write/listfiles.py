"""The files of the task lists, as (file name, bytes) pairs: the command line writes each one
atomically into the output folder, and tests read them without touching a disk.

- xlsx: one workbook, ``责任清单-按单位.xlsx``: the index (目录), a sheet per body, the collective
  names (统称); with ``split``, a workbook per body plus ``目录.xlsx``.
- docx: a document per body plus ``目录.docx``.
- csv: a file per body plus ``目录.csv``, in ``encoding`` (a BOM by default, for Excel).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from fyplan.write import export, tables, word, xlsx
from fyplan.write.lists import TaskLists

OutFile = tuple[str, bytes]

# Windows refuses these in file names; a control character or a leading dot is no better.
_BAD_FILE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
MAX_FILE_STEM = 80  # characters: a Chinese name of 80 is 240 bytes in UTF-8, under the usual 255


@attrs.frozen
class ListOptions:
    split: bool = False  # xlsx: a workbook per body instead of one with a sheet per body
    encoding: str = "utf-8-sig"  # csv


def file_stems(names: Sequence[str]) -> list[str]:
    """A file name (without suffix) per name: no characters Windows refuses, unique regardless of case."""
    stems: list[str] = []
    taken: set[str] = set()
    for name in names:
        base = _BAD_FILE_CHARS.sub("_", name).strip(". ")[:MAX_FILE_STEM] or "清单"
        stem, n = base, 1
        while stem.casefold() in taken:
            n += 1
            stem = f"{base}~{n}"
        taken.add(stem.casefold())
        stems.append(stem)
    return stems


def _per_body(lists: TaskLists, suffix: str, encode: Callable[[tables.Table], bytes]) -> list[OutFile]:
    """The index then a file per body, each from its table."""
    stems = file_stems([tables.INDEX_TITLE, *(t.body for t in lists.lists)])
    out = [(f"{stems[0]}{suffix}", encode(tables.index_table(lists)))]
    for stem, task_list in zip(stems[1:], lists.lists, strict=True):
        out.append((f"{stem}{suffix}", encode(tables.list_table(task_list, lists))))
    return out


def workbook_name(lists: TaskLists) -> str:
    return f"责任清单-按{tables.NOUN[lists.by]}.xlsx"


def xlsx_files(lists: TaskLists, options: ListOptions) -> list[OutFile]:
    if options.split:
        return _per_body(lists, ".xlsx", lambda table: xlsx.workbook([table]))
    titles = [tables.INDEX_TITLE, *(t.body for t in lists.lists)]
    if lists.collectives:
        titles.append(tables.COLLECTIVES_TITLE)
    names = xlsx.sheet_names(titles)
    sheets = [tables.index_table(lists, names[1 : len(lists.lists) + 1])]
    sheets += [tables.list_table(t, lists, name) for t, name in zip(lists.lists, names[1:], strict=False)]
    if lists.collectives:
        sheets.append(tables.collectives_table(lists))
    return [(workbook_name(lists), xlsx.workbook(sheets))]


def docx_files(lists: TaskLists, options: ListOptions) -> list[OutFile]:
    def one(table: tables.Table) -> bytes:
        title = table.header_text or table.title
        return word.document(table, title)

    return _per_body(lists, ".docx", one)


def csv_files(lists: TaskLists, options: ListOptions) -> list[OutFile]:
    def one(table: tables.Table) -> bytes:
        return export.encode(export.csv_rows(table.headers, table.rows), options.encoding)

    return _per_body(lists, ".csv", one)
