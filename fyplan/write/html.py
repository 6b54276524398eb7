"""HTML tables for notebooks: what Jupyter shows for a notice or for query results.

Every value from a notice is escaped: a notice's text is data, never markup, in HTML as in the terminal.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from fyplan.model import Item, Notice
from fyplan.query.results import Results
from fyplan.units import names_text

# A notebook cell that prints thousands of rows is slow to scroll and says nothing more.
MAX_ROWS = 300

_HEADERS = ("编号", "工作内容", "牵头领导", "牵头单位", "协同单位", "完成时限")


def _row(item: Item, source: str | None) -> str:
    duties = item.duties
    cells = [
        *([source] if source is not None else []),
        item.id,
        item.text,
        names_text(duties.leaders, duties.open_ended.leaders),
        names_text(duties.lead_units, duties.open_ended.lead_units),
        names_text(duties.cooperating_units, duties.open_ended.cooperating_units),
        str(duties.deadline or ""),
    ]
    return "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>"


def _table(rows: Sequence[tuple[Item, str | None]], caption: str, with_source: bool) -> str:
    headers = (("文件",) if with_source else ()) + _HEADERS
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "\n".join(_row(item, source) for item, source in rows[:MAX_ROWS])
    more = len(rows) - MAX_ROWS
    tail = f'<tr><td colspan="{len(headers)}">… {more} more</td></tr>' if more > 0 else ""
    return (
        f'<table class="fyplan"><caption style="text-align:left">{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>\n{body}{tail}</tbody></table>"
    )


def notice_html(notice: Notice) -> str:
    items = notice.items()
    caption = f"{notice.title or notice.file_name}: {len(items)} items"
    return _table([(item, None) for item in items], caption, with_source=False)


def results_html(results: Results) -> str:
    caption = f"{len(results)} item{'s' if len(results) != 1 else ''}"
    if results.query is not None:
        caption += f" for {results.query}"
    rows = [(m.item, m.source if results.several else None) for m in results]
    return _table(rows, caption, with_source=results.several)


def html(value: Notice | Results) -> str:
    return notice_html(value) if isinstance(value, Notice) else results_html(value)


def notices_html(notices: Sequence[Notice], problems: Sequence[str] = ()) -> str:
    """A table of notices (a corpus): file, place, level, year, document number, title, items; then
    the files that could not join it."""
    headers = ("文件", "地区", "层级", "年份", "文号", "标题", "事项")
    head = "".join(f"<th>{h}</th>" for h in headers)
    rows = []
    for n in notices[:MAX_ROWS]:
        cells = [n.file_name, n.place or "", n.level or "", str(n.year or ""), n.doc_number or "", n.title, str(len(n))]
        rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    more = len(notices) - MAX_ROWS
    if more > 0:
        rows.append(f'<tr><td colspan="{len(headers)}">… {more} more</td></tr>')
    caption = f"{len(notices)} notices, {sum(len(n) for n in notices)} items"
    table = (
        f'<table class="fyplan"><caption style="text-align:left">{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(rows) + "</tbody></table>"
    )
    if problems:
        table += "<ul>" + "".join(f"<li>{escape(p)}</li>" for p in problems) + "</ul>"
    return table
