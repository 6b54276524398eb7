"""Export: a cattrs converter for the whole tree (JSON) and one record per
responsibility item (JSONL, CSV)."""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

import cattrs

from fyplan.files import OUTPUT_ENCODINGS
from fyplan.model import Item, Notice, Target
from fyplan.query.results import Results

converter = cattrs.Converter()
converter.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
converter.register_structure_hook(datetime.date, lambda v, _: datetime.date.fromisoformat(v))

# What the notice is, repeated on each of its items' records, so one table can hold many notices.
NOTICE_KEYS = ("place", "level", "year", "doc_number", "title")
RECORD_KEYS = (
    "id",
    "section",
    "section_title",
    "subsection",
    "task",
    "subtask",
    "text",
    "leaders",
    "lead_units",
    "cooperating_units",
    "open_ended",
    "deadline",
    "deadline_by",
    "targets",
    "heading",
    "notes",
    "source",
    "line",
    *NOTICE_KEYS,
)

# Chinese column headers (--headers zh), in the words of the notices' own tables, for people; the
# English keys stay the headers for scripts. ``role`` appears only in a per-unit output (a query
# about one unit, see fyplan.write.roles).
RECORD_HEADERS_ZH: dict[str, str] = {
    "group": "分组",  # query --group-by: the leader, unit or section the row is listed under
    "id": "编号",
    "role": "本单位职责",
    "section": "部分序号",
    "section_title": "部分",
    "subsection": "小节",
    "task": "任务序号",
    "subtask": "子任务序号",
    "text": "工作内容",
    "leaders": "牵头领导",
    "lead_units": "牵头单位",
    "cooperating_units": "协同单位",
    "open_ended": "未列全(等)",
    "deadline": "完成时限",
    "deadline_by": "完成日期",
    "targets": "目标",
    "heading": "标题",
    "notes": "其他栏目",
    "source": "来源文件",
    "line": "行号",
    "place": "地区",
    "level": "层级",
    "year": "年份",
    "doc_number": "文号",
    "title": "文件标题",
}


def header(key: str, headers: Literal["en", "zh"]) -> str:
    """A record key as a column header: itself, or its Chinese word."""
    return RECORD_HEADERS_ZH.get(key, key) if headers == "zh" else key


def to_dict(notice: Notice) -> dict[str, Any]:
    """The whole notice as plain data (dates as ISO strings)."""
    data: dict[str, Any] = converter.unstructure(notice)
    return data


def from_dict(data: dict[str, Any]) -> Notice:
    return converter.structure(data, Notice)


def to_json(notice: Notice, indent: int | None = 2) -> str:
    return json.dumps(to_dict(notice), ensure_ascii=False, indent=indent)


def from_json(text: str) -> Notice:
    return from_dict(json.loads(text))


def notice_columns(notice: Notice | None) -> dict[str, Any]:
    """The notice's place, level, year, document number and title (all None without a notice)."""
    if notice is None:
        return dict.fromkeys(NOTICE_KEYS)
    return {key: getattr(notice, key) or None for key in NOTICE_KEYS}


def record(item: Item, source: str, notice: Notice | None = None) -> dict[str, Any]:
    """One responsibility item as the JSONL record of DESIGN.md, with its notice's columns."""
    duties = item.duties
    return {
        "id": item.id,
        "section": item.section.number if item.section else None,
        "section_title": item.section.title if item.section else None,
        "subsection": item.subsection.number if item.subsection else None,
        "task": item.task.number,
        "subtask": item.subtask.number if item.subtask else None,
        "text": item.text,
        "leaders": [leader.name for leader in duties.leaders],
        "lead_units": [u.name for u in duties.lead_units],
        "cooperating_units": [u.name for u in duties.cooperating_units],
        "open_ended": {
            "lead_units": duties.open_ended.lead_units,
            "cooperating_units": duties.open_ended.cooperating_units,
        },
        "deadline": str(duties.deadline) if duties.deadline else None,  # the words as written
        "deadline_by": duties.deadline.by.isoformat() if duties.deadline and duties.deadline.by else None,
        "targets": [converter.unstructure(t) for t in item.targets],
        "heading": item.node.heading,
        # Other columns of a table row and fields naming no one (进展情况, 任务目标), as 栏目:内容.
        "notes": [f"{column}:{value}" for column, value in item.node.notes],
        "source": source,
        "line": item.line,
        **notice_columns(notice),
    }


def records(source: Notice | Results | Iterable[Notice]) -> list[dict[str, Any]]:
    """One record per responsibility item of a notice, of several notices, or of query results."""
    if isinstance(source, Notice):
        return [record(item, source.file_name, source) for item in source.items()]
    if isinstance(source, Results):
        return [record(m.item, m.source, m.notice) for m in source]
    return [row for notice in source for row in records(notice)]


def to_jsonl(rows: Notice | Results | Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON line per record (of a notice or results, or records you made)."""
    if isinstance(rows, Notice | Results):
        rows = records(rows)
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def cell_text(value: Any, headers: Literal["en", "zh"] = "en") -> str:
    """A record's value as one cell: lists joined by 、, targets written out, None empty; the
    open_ended flags as key=yes/no, or with Chinese headers as the lists that end in 等."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(_target_text(v) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, dict):
        if headers == "zh":
            return "、".join(header(k, "zh") for k, v in value.items() if v)
        return ";".join(f"{k}={'yes' if v else 'no'}" for k, v in value.items())
    return str(value)


def _target_text(target: dict[str, Any]) -> str:
    """A target as one CSV cell: 全市生产总值增长8.5%."""
    return str(converter.structure(target, Target))


# What a spreadsheet reads as the start of a formula (=HYPERLINK(…) runs when the file is opened);
# a tab or a carriage return before one hides it from a naive check.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe(cell: str) -> str:
    """A text cell a spreadsheet shows as text: a formula start gets a leading ' (OWASP's advice),
    and a bare CR becomes LF, which the writer quotes (it quotes only the characters of its line end)."""
    if cell.startswith(_FORMULA_STARTS):
        cell = "'" + cell
    return cell.replace("\r\n", "\n").replace("\r", "\n")


def to_csv(
    rows: Notice | Results | Iterable[dict[str, Any]],
    headers: Literal["en", "zh"] = "en",
    keys: Sequence[str] = RECORD_KEYS,
) -> str:
    """The records (or those of a notice or results) as CSV, lists joined by 、; text that would run as a
    formula starts with '. ``headers="zh"``: Chinese column headers (``RECORD_HEADERS_ZH``)."""
    if isinstance(rows, Notice | Results):
        rows = records(rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([header(k, headers) for k in keys])
    for row in rows:
        # Numbers (section, line) are written as they are: -1 is a number, not a formula.
        writer.writerow([str(row[k]) if isinstance(row[k], int) else _safe(cell_text(row[k], headers)) for k in keys])
    return out.getvalue()


def csv_rows(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Any table as CSV, each text cell made safe as ``to_csv`` does (the task lists use it)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([_safe(h) for h in header])
    for row in rows:
        writer.writerow([str(c) if isinstance(c, int) else _safe(str(c)) for c in row])
    return out.getvalue()


# How text files may be written (see fyplan.files). Standard output stays plain UTF-8 unless asked:
# a BOM in a pipe breaks the next tool.
ENCODINGS = OUTPUT_ENCODINGS


def encode(text: str, encoding: str) -> bytes:
    """``text`` in one of ``ENCODINGS``; a character gb18030 cannot write is an error, not a ``?``."""
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown encoding {encoding!r}: use one of {', '.join(ENCODINGS)}")
    return text.encode(encoding)
