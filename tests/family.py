"""Notices of the family in the layouts clerks really use, drawn by hypothesis: the same items written as
labelled lines, labels in a bracket after the sentence, verbs (X牵头,Y配合), a table flattened one row per
line (| cells, Markdown, tabs from a spreadsheet) or one cell per line, and leaders named in the group
heading. ``expected`` is what any of them must read as: each item's leaders, lead and cooperating units.

The vocabulary is my own (county- and city-level bodies, people, roles), wider than ``fyplan.strategies``,
so that the reader is tried on names it was not built around.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
from hypothesis import strategies as st

from fyplan.numerals import to_chinese

PLACES = ["青川", "石门", "河口", "白沙", "桐柏", "安塘"]
BODIES = [
    "发展和改革局", "财政局", "教育体育局", "公安局", "民政局", "司法局", "人力资源和社会保障局",
    "自然资源局", "生态环境分局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局",
    "文化和旅游局", "卫生健康局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局",
    "数据资源局", "城市管理局", "林业局", "乡村振兴局", "退役军人事务局", "信访局", "政务服务中心",
    "投资促进中心", "融媒体中心", "供电公司", "税务局", "发改委", "工信局", "住建局", "科技局",
]  # fmt: skip
OTHERS = ["县委宣传部", "县委组织部", "县委政法委", "团县委", "县妇联", "县总工会", "县工商联", "县人武部",
          "县经济开发区管委会", "高新区管委会", "县城投集团", "县交投公司"]  # fmt: skip
COLLECTIVES = ["各乡镇人民政府", "各乡(镇)、街道", "县直有关单位", "各有关部门", "各乡镇(街道)"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "红伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉峰东海波宁飞鹏辉斌建国志新春晓光林"
PHRASES = [
    "推进工业园区扩区调规", "深化营商环境改革", "实施城区老旧小区改造", "抓好粮食生产和重要农产品供给",
    "推进县域医共体建设", "完善养老服务体系", "加快高速公路连接线建设", "开展农村人居环境整治提升",
    "落实安全生产责任制", "推进数字政府建设", "做好高校毕业生就业工作", "加强耕地保护和建设",
    "推动文旅融合发展", "实施河湖长制", "扩大有效投资", "强化金融风险防控",
]  # fmt: skip
TAILS = ["", ",全年完成投资5亿元", ",新增就业2000人以上", ",年内开工建设", ",确保按期完成"]
SECTIONS = ["稳增长促发展", "扩内需惠民生", "抓改革优环境", "强生态守底线", "保安全促和谐"]


@attrs.frozen
class Row:
    text: str
    leaders: tuple[str, ...]
    lead: tuple[str, ...]
    coop: tuple[str, ...]


@attrs.frozen
class Family:
    """A notice's place word and its sections, each a title and its rows."""

    place: str
    sections: tuple[tuple[str, tuple[Row, ...]], ...]

    def rows(self) -> list[Row]:
        return [row for _, rows in self.sections for row in rows]

    def expected(self) -> list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
        return [(row.leaders, row.lead, row.coop) for row in self.rows()]

    def expected_items(self) -> list[tuple[int, str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]]:
        """Each row's section number and sentence with its duties."""
        return [
            (s, row.text, (row.leaders, row.lead, row.coop))
            for s, (_, rows) in enumerate(self.sections, 1)
            for row in rows
        ]


def _body(place: str) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(BODIES).map(lambda b: "县" + b),
        st.sampled_from(OTHERS),
        st.sampled_from(COLLECTIVES),
        st.sampled_from(PLACES).map(lambda p: p + "镇人民政府"),
    )


def _person() -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(SURNAMES), st.text(GIVEN, min_size=1, max_size=2)).map("".join)


@st.composite
def _row(draw: st.DrawFn, place: str, leaders_needed: bool) -> Row:
    text = draw(st.sampled_from(PHRASES)) + draw(st.sampled_from(TAILS)) + "。"
    leaders = tuple(draw(st.lists(_person(), min_size=1 if leaders_needed else 0, max_size=2, unique=True)))
    bodies = draw(st.lists(_body(place), min_size=1, max_size=5, unique=True))
    cut = draw(st.integers(1, min(2, len(bodies))))
    return Row(text, leaders, tuple(bodies[:cut]), tuple(bodies[cut:]))


@st.composite
def families(draw: st.DrawFn, leaders_needed: bool = False, full: bool = False) -> Family:
    """``full``: every row names leaders and cooperating units (for layouts whose empty cells vanish)."""
    place = draw(st.sampled_from(PLACES))
    sections = []
    for title in draw(st.lists(st.sampled_from(SECTIONS), min_size=1, max_size=3, unique=True)):
        rows = draw(st.lists(_row(place, leaders_needed or full), min_size=1, max_size=4))
        if full:
            rows = [r if r.coop else attrs.evolve(r, coop=("县直有关单位",)) for r in rows]
        sections.append((title, tuple(rows)))
    return Family(place, tuple(sections))


def _head(family: Family) -> list[str]:
    return [
        f"{family.place}县人民政府办公室关于印发2024年重点工作任务分解方案的通知",
        "各乡镇人民政府,县直各单位:",
        "现将2024年重点工作任务分解如下,请认真抓好落实。",
    ]


def _tail() -> list[str]:
    return ["", "县人民政府办公室", "2024年3月1日"]


Layout = Callable[[Family, st.DataObject], str]

LABELS = [
    ("牵头领导", "牵头单位", "配合单位"),
    ("责任领导", "牵头部门", "配合部门"),
    ("分管领导", "主办单位", "协办单位"),
    ("牵头负责领导", "牵头责任单位", "协同责任单位"),
    ("县级责任领导", "牵头单位", "责任单位"),
]
BRACKETS: list[tuple[str, str]] = [("(", ")"), ("（", "）"), ("【", "】"), ("[", "]"), ("〔", "〕")]


def _names(names: Sequence[str]) -> str:
    return "、".join(names)


def _notice(
    family: Family,
    item: Callable[[int, Row], list[str]],
    heading: Callable[[int, str, tuple[Row, ...]], str] | None = None,
) -> str:
    """The notice: its head, each section's heading (一、title unless ``heading`` writes it) and its rows
    as ``item`` writes them, numbered through the notice, then its tail."""
    lines = _head(family)
    number = 1
    for s, (title, rows) in enumerate(family.sections, 1):
        lines.append(heading(s, title, rows) if heading else f"{to_chinese(s)}、{title}")
        for row in rows:
            lines.extend(item(number, row))
            number += 1
    return "\n".join(lines + _tail())


NUMBERS = ["{}.", "{}、", "{}．", "({})", "（{}）"]
DEADLINES = ["2024年6月底前", "2024年底前", "长期坚持", "年内完成"]


def labelled_lines(family: Family, data: st.DataObject) -> str:
    """Each field on its own line; the numbering, the colon or 【label】, 等 after the cooperating units,
    a 完成时限 line and names on the line after their label vary."""
    lw, pw, cw = data.draw(st.sampled_from(LABELS))
    numbering = data.draw(st.sampled_from(NUMBERS))
    bracketed = data.draw(st.booleans())
    colon = data.draw(st.sampled_from([":", "："]))

    def field(label: str, names: str) -> str:
        if bracketed:
            return f"【{label}】{names}"
        apart = data.draw(st.sampled_from(["", "", "", "\n"]))
        return f"{label}{colon}{apart}{names}"

    def item(number: int, row: Row) -> list[str]:
        lines = [numbering.format(number) + row.text]
        if row.leaders:
            lines.append(field(lw, _names(row.leaders)))
        lines.append(field(pw, _names(row.lead)))
        if row.coop:
            etc = data.draw(st.sampled_from(["", "", "等"]))
            lines.append(field(cw, _names(row.coop) + etc))
        if data.draw(st.booleans()):
            lines.append(field("完成时限", data.draw(st.sampled_from(DEADLINES))))
        return lines

    return _notice(family, item)


def bracket_labels(family: Family, data: st.DataObject) -> str:
    lw, pw, cw = data.draw(st.sampled_from(LABELS))
    opener, closer = data.draw(st.sampled_from(BRACKETS))
    sep = data.draw(st.sampled_from([";", "；", ",", " "]))

    def item(number: int, row: Row) -> list[str]:
        return [f"{number}.{row.text}{opener}{sep.join(_fields(row, lw, pw, cw))}{closer}"]

    return _notice(family, item)


def _fields(row: Row, leaders: str, lead: str, coop: str) -> list[str]:
    """The row's labelled fields, 标签:名称, the empty ones left out."""
    parts = [f"{leaders}:{_names(row.leaders)}"] if row.leaders else []
    parts.append(f"{lead}:{_names(row.lead)}")
    if row.coop:
        parts.append(f"{coop}:{_names(row.coop)}")
    return parts


def bracket_verbs(family: Family, data: st.DataObject) -> str:
    """(王东副县长负责,X牵头,Y配合): the leaders by name and title (or 同志), the units by their verbs."""
    opener, closer = data.draw(st.sampled_from(BRACKETS))
    coop_verb = data.draw(st.sampled_from(["配合", "参与", "协同", "协助"]))
    title = data.draw(st.sampled_from(["副县长", "同志", "常务副县长", "县长"]))

    def item(number: int, row: Row) -> list[str]:
        people = "、".join(name + title for name in row.leaders)
        clause = f"{people}负责," if people else ""
        many = len(row.lead) > 1
        # 负责 names the lead only alone: beside a 配合 group it is no lead word (all of them cooperate).
        lead_verb = data.draw(
            st.sampled_from(["牵头", "牵头负责", "分别牵头" if many else "牵头" if row.coop else "负责"])
        )
        clause += f"{_names(row.lead)}{lead_verb}"
        if row.coop:
            clause += f",{_names(row.coop)}{coop_verb}"
        elif data.draw(st.booleans()):
            clause += ",2024年底前完成"  # a deadline group after the names
        return [f"{number}.{row.text}{opener}{clause}{closer}"]

    return _notice(family, item)


TABLE_HEADERS = [
    ("序号", "重点工作", "责任领导", "牵头单位", "配合单位"),
    ("序号", "工作任务", "县级领导", "牵头部门", "协同部门"),
    # (责任单位 beside 配合单位 names no lead: all cooperate; 主要责任单位 is the lead.)
    ("序号", "主要任务", "分管领导", "主要责任单位", "配合单位"),
    ("序号", "重点工作任务", "牵头单位", "配合单位", "责任领导", "完成时限"),
    ("序号", "工作内容", "县级责任领导", "牵头单位", "协办单位", "备注"),
    # (a task column no word of ours names: the first column we do not know is the task's, tables.header_kinds)
    ("序号", "民生实事", "责任领导", "牵头单位", "配合单位"),
]


def _table_rows(
    family: Family, data: st.DataObject, sections_as_rows: bool
) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    header = data.draw(st.sampled_from(TABLE_HEADERS))
    # With group rows, the count may start again at 1 in each group.
    restart = sections_as_rows and data.draw(st.booleans())
    rows: list[tuple[str, ...]] = []
    number = 1
    for s, (title, items) in enumerate(family.sections, 1):
        if sections_as_rows:
            rows.append((f"{to_chinese(s)}、{title}",))
            number = 1 if restart else number
        for row in items:
            cells = {"leaders": _names(row.leaders), "lead": _names(row.lead), "coop": _names(row.coop)}
            out = [str(number), row.text]
            for name in header[2:]:
                if name.endswith("领导"):
                    out.append(cells["leaders"])
                elif name in ("牵头单位", "牵头部门", "主要责任单位"):
                    out.append(cells["lead"])
                elif name in ("配合单位", "协同部门", "协办单位"):
                    out.append(cells["coop"])
                elif name == "完成时限":
                    out.append(data.draw(st.sampled_from(DEADLINES)))
                else:
                    out.append(data.draw(st.sampled_from(["", "年度重点", "已纳入考核"])))
            rows.append(tuple(out))
            number += 1
    return header, rows


def pipe_rows(family: Family, data: st.DataObject) -> str:
    bordered = data.draw(st.booleans())
    header, rows = _table_rows(family, data, sections_as_rows=True)

    def line(cells: Sequence[str]) -> str:
        inner = " | ".join(cells)
        return f"| {inner} |" if bordered else inner

    lines = [*_head(family), line(header)]
    for cells in rows:
        lines.append(cells[0] if len(cells) == 1 else line(cells))
    return "\n".join(lines + _tail())


def markdown(family: Family, data: st.DataObject) -> str:
    header, rows = _table_rows(family, data, sections_as_rows=True)
    lines = [*_head(family), "| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for cells in rows:
        if len(cells) == 1:
            lines.append("| " + cells[0] + " |" + "  |" * (len(header) - 1))
        else:
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines + _tail())


DUTY_HEADER_ENDS = ("领导", "单位", "部门", "时限")


def space_rows(family: Family, data: st.DataObject) -> str:
    """One row per line, cells parted by a space (a table pasted as plain text): an empty cell leaves no
    mark, so each name must go to the column it fits (people under the leaders' column); the header's
    duty words may be broken in two (牵头 单位)."""
    header, rows = _table_rows(family, data, sections_as_rows=True)
    if data.draw(st.booleans()):
        # Header cells broken over two lines in the page, flattened into two words: 牵头 单位, 完成 时限.
        header = tuple(f"{n[:2]} {n[2:]}" if len(n) >= 4 and n.endswith(DUTY_HEADER_ENDS) else n for n in header)
    lines = [*_head(family), " ".join(header)]
    lines += [" ".join(cell for cell in cells if cell) for cells in rows]
    return "\n".join(lines + _tail())


def space_rows_one_line(family: Family, data: st.DataObject) -> str:
    """``space_rows`` on a page that lost its line breaks: the header and every row on one line, parted by
    spaces, glued or not to the paragraph before it."""
    header, rows = _table_rows(family, data, sections_as_rows=True)
    table = " ".join([" ".join(header), *(" ".join(cell for cell in cells if cell) for cells in rows)])
    head = _head(family)
    if data.draw(st.booleans()):
        head[-1] = f"{head[-1]} {table}"
    else:
        head.append(table)
    return "\n".join(head + _tail())


def tabs(family: Family, data: st.DataObject) -> str:
    header, rows = _table_rows(family, data, sections_as_rows=True)
    # A row with no leader prints 无 in its leaders' cell: a cell left empty under one that names leaders, in a table
    # of groups, is a merged cell's lower place (fyplan.read.aligned._leaders_down; tests/cases/tab-leaders-cell-*).
    leaders_at = [k for k, name in enumerate(header) if name.replace(" ", "").endswith("领导")]
    for at in leaders_at:
        rows = [(*cells[:at], cells[at] or "无", *cells[at + 1 :]) if len(cells) > at else cells for cells in rows]
    lines = [*_head(family), "\t".join(header)]
    for cells in rows:
        lines.append(cells[0] if len(cells) == 1 else "\t".join(cells))
    return "\n".join(lines + _tail())


def cell_per_line(family: Family, data: st.DataObject) -> str:
    """Each cell on its own line (a table copied out of a web page); needs ``families(full=True)``."""
    header, rows = _table_rows(family, data, sections_as_rows=True)
    # Between cells: nothing, a blank line, or a line with a lone | (a page's cell borders).
    between = data.draw(st.sampled_from([None, "", "|"]))
    spaced = data.draw(st.booleans())  # a two-character name spaced out to three (王  东)
    wrap = data.draw(st.booleans())  # a long list of names wrapped after a 、 in its cell

    def cell_lines(cell: str, leaders: bool) -> list[str]:
        if leaders and spaced:
            cell = "、".join(f"{n[0]}  {n[1]}" if len(n) == 2 else n for n in cell.split("、"))
        names = cell_names.get(cell, ())
        if wrap and not leaders and len(names) >= 3:
            return [_names(names[:2]) + "、", _names(names[2:])]  # wrapped between two names
        return [cell or "无"]  # an empty 备注 printed as 无

    cell_names = {_names(names): names for row in family.rows() for names in (row.lead, row.coop)}
    lines = _head(family)
    for name in header:
        lines.append(name)
        if between is not None:
            lines.append(between)
    for cells in rows:
        for k, cell in enumerate(cells):
            lines.extend(cell_lines(cell, len(cells) > 1 and header[k].endswith("领导")))
            if between is not None:
                lines.append(between)
    return "\n".join(lines + _tail())


def heading_leaders(family: Family, data: st.DataObject) -> str:
    """一、王强同志牵头负责的工作: the group heading names the leaders of every item under it. The rows of each
    section get the section's leaders (``family_with_heading_leaders`` makes them equal)."""
    pw, cw = data.draw(st.sampled_from([("牵头单位", "配合单位"), ("主要责任单位", "协同单位"), ("主办", "协办")]))

    def item(number: int, row: Row) -> list[str]:
        coop = f";{cw}:{_names(row.coop)}" if row.coop else ""
        return [f"{number}.{row.text}({pw}:{_names(row.lead)}{coop})"]

    return _notice(family, item, lambda s, _, rows: f"{to_chinese(s)}、{_names(rows[0].leaders)}同志牵头负责的工作")


def with_heading_leaders(family: Family) -> Family:
    """Each section's rows led by the first row's leaders (one person each)."""
    out = []
    for t, rows in family.sections:
        leaders = rows[0].leaders[:1]
        out.append((t, tuple(attrs.evolve(r, leaders=leaders) for r in rows)))
    return Family(family.place, tuple(out))


def trailing_labels(family: Family, data: st.DataObject) -> str:
    """1.推进…。牵头单位:甲;配合单位:乙 — the fields after the sentence on the same line, no bracket."""
    lw, pw, cw = data.draw(st.sampled_from(LABELS))
    sep = data.draw(st.sampled_from([";", "；", " ", "。"]))
    return _notice(family, lambda number, row: [f"{number}.{row.text}{sep.join(_fields(row, lw, pw, cw))}"])


def first_listed(family: Family, data: st.DataObject) -> str:
    """责任单位:甲、乙、丙 under a note that the first listed leads (``with_one_lead`` rows)."""
    note = data.draw(st.sampled_from(["(责任单位中列第一位的为牵头单位,下同)", "注:列第一位的为牵头单位。"]))
    label = data.draw(st.sampled_from(["责任单位", "责任部门"]))
    lines = _head(family)
    # The note stands before the list, or inside the first item's list (it holds for items before it too).
    inside = data.draw(st.booleans())
    if not inside:
        lines.insert(3, note)
    number = 1
    for s, (title, rows) in enumerate(family.sections, 1):
        lines.append(f"{to_chinese(s)}、{title}")
        for row in rows:
            lines.append(f"{number}.{row.text}")
            if row.leaders:
                lines.append(f"责任领导:{_names(row.leaders)}")
            last = number == len(family.rows())
            said = "(列第一位的为牵头单位)" if inside and last else ""
            lines.append(f"{label}:{_names(row.lead + row.coop)}{said}")
            number += 1
    return "\n".join(lines + _tail())


def with_one_lead(family: Family) -> Family:
    """Rows whose first body leads and the others cooperate."""
    out = []
    for t, rows in family.sections:
        out.append((t, tuple(attrs.evolve(r, lead=r.lead[:1], coop=r.lead[1:] + r.coop) for r in rows)))
    return Family(family.place, tuple(out))


def _width(text: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def aligned_columns(family: Family, data: st.DataObject) -> str:
    """A table through ``pdftotext -layout``: cells padded with spaces to their column's start."""
    header, rows = _table_rows(family, data, sections_as_rows=True)
    table = [header, *[r for r in rows if len(r) > 1]]
    widths = [max(_width(r[i]) for r in table) for i in range(len(header))]
    gap = data.draw(st.integers(2, 4))

    def line(cells: Sequence[str]) -> str:
        out = ""
        for i, cell in enumerate(cells):
            out += cell + (" " * (widths[i] - _width(cell) + gap) if i < len(cells) - 1 else "")
        return out.rstrip()

    lines = [*_head(family), line(header)]
    for cells in rows:
        lines.append(cells[0] if len(cells) == 1 else line(cells))
    return "\n".join(lines + _tail())


def joined(layout: Layout) -> Layout:
    """The layout with the body's lines run together into one (a page that lost its line breaks)."""

    def run(family: Family, data: st.DataObject) -> str:
        lines = layout(family, data).split("\n")
        head, body, tail = lines[:3], lines[3:-3], lines[-3:]
        return "\n".join([*head, "".join(body), *tail])

    run.__name__ = f"joined_{layout.__name__}"
    return run


def marked_leads(family: Family, data: st.DataObject) -> str:
    """One 责任单位 list whose lead is marked: 县发改局(牵头)、县财政局, ★县发改局、县财政局 or ▲县发改局, first
    or anywhere in the list, on its own line or in a | row under a single unit column (``with_one_lead``
    rows)."""
    mark = data.draw(st.sampled_from(["★", "▲", "(牵头)"]))
    table = data.draw(st.booleans())

    def units(row: Row) -> str:
        lead = f"{row.lead[0]}{mark}" if mark.startswith("(") else f"{mark}{row.lead[0]}"
        at = data.draw(st.integers(0, len(row.coop)))
        return _names([*row.coop[:at], lead, *row.coop[at:]])

    lines = _head(family)
    if table:
        lines.append("序号 | 重点任务 | 责任单位 | 责任领导")
    number = 1
    for s, (title, rows) in enumerate(family.sections, 1):
        lines.append(f"{to_chinese(s)}、{title}")
        for row in rows:
            if table:
                lines.append(f"{number} | {row.text} | {units(row)} | {_names(row.leaders)}")
            else:
                lines.append(f"{number}.{row.text}")
                if row.leaders:
                    lines.append(f"责任领导:{_names(row.leaders)}")
                lines.append(f"责任单位:{units(row)}")
            number += 1
    return "\n".join(lines + _tail())


def wrapped(layout: Layout) -> Layout:
    """The layout's body run together and hard-wrapped at 30 characters (a PDF's lines), or left run
    together where it is too short to show a wrap (a wrap shows only in the lengths of many lines)."""

    def run(family: Family, data: st.DataObject) -> str:
        lines = layout(family, data).split("\n")
        head, body, tail = lines[:3], "".join(line.strip() for line in lines[3:-3]), lines[-3:]
        middle = [body[i : i + 30] for i in range(0, len(body), 30)] if len(body) >= 300 else [body]
        return "\n".join([*head, *middle, *tail])

    run.__name__ = f"wrapped_{layout.__name__}"
    return run


SPAM = ["■", "◆", "★◆", "■★■"]


def spammed(layout: Layout) -> Layout:
    """The layout as a mirror site serves it: symbols injected inside labels (牵头◆单位:) and after
    sentences."""

    def run(family: Family, data: st.DataObject) -> str:
        text = layout(family, data)
        for word in ("单位:", "部门:", "领导:", "。"):
            spam = data.draw(st.sampled_from(SPAM))
            spammed_word = word[:-1] + spam + ":" if word.endswith(":") else word + spam
            text = text.replace(word, spammed_word)
        return text

    run.__name__ = f"spammed_{layout.__name__}"
    return run


def group_sentence(family: Family, data: st.DataObject) -> str:
    """Items with no clause of their own, then one sentence for the group (以上3项工作的责任单位均为X。):
    ``one_lead_per_section`` rows."""
    lines = _head(family)
    number = 1
    for s, (title, rows) in enumerate(family.sections, 1):
        lines.append(f"{to_chinese(s)}、{title}")
        for row in rows:
            lines.append(f"{number}.{row.text}")
            number += 1
        count = to_chinese(len(rows)) if data.draw(st.booleans()) else str(len(rows))
        label = data.draw(st.sampled_from(["责任单位", "牵头单位"]))
        lines.append(f"以上{count}项工作的{label}均为{_names(rows[0].lead)}。")
    return "\n".join(lines + _tail())


def one_lead_per_section(family: Family) -> Family:
    """Every row of a section answered for by the section's first lead units alone."""
    out = []
    for t, rows in family.sections:
        lead = rows[0].lead
        out.append((t, tuple(attrs.evolve(r, leaders=(), lead=lead, coop=()) for r in rows)))
    return Family(family.place, tuple(out))


def unnumbered_table(family: Family, data: st.DataObject) -> str:
    """| rows with no 序号 column; the unit columns first, the task after them, or the leader last."""
    order = data.draw(st.sampled_from([("text", "lead", "coop", "leaders"), ("lead", "coop", "text", "leaders")]))
    names = {"text": "重点任务", "lead": "牵头单位", "coop": "配合单位", "leaders": "责任领导"}
    lines = [*_head(family), " | ".join(names[k] for k in order)]
    for s, (title, rows) in enumerate(family.sections, 1):
        lines.append(f"{to_chinese(s)}、{title}")
        for row in rows:
            cells = {
                "text": row.text,
                "lead": _names(row.lead),
                "coop": _names(row.coop),
                "leaders": _names(row.leaders),
            }
            lines.append(" | ".join(cells[k] for k in order))
    return "\n".join(lines + _tail())


def everyone_then_lead(family: Family, data: st.DataObject) -> str:
    """| rows with a 责任单位 column (everyone answerable: the lead units among the others, anywhere)
    before or after the 牵头单位 column, as some tables print them."""
    lead_first = data.draw(st.booleans())
    names = ["序号", "工作任务", *(("牵头单位", "责任单位") if lead_first else ("责任单位", "牵头单位")), "责任领导"]
    lines = [*_head(family), " | ".join(names)]
    number = 1
    for s, (title, rows) in enumerate(family.sections, 1):
        lines.append(f"{to_chinese(s)}、{title}")
        for row in rows:
            at = data.draw(st.integers(0, len(row.coop)))
            everyone = _names([*row.coop[:at], *row.lead, *row.coop[at:]])
            units = (_names(row.lead), everyone) if lead_first else (everyone, _names(row.lead))
            lines.append(" | ".join([str(number), row.text, *units, _names(row.leaders)]))
            number += 1
    return "\n".join(lines + _tail())


def broken_rows(layout: Layout) -> Layout:
    """The layout's | rows with line breaks inside their cells (a web table's <br>): some rows (not the
    header) cut once or twice after their number cell — inside the task's sentence, or between two
    cells or two names (a break inside a name is a hard wrap's, not a cell's) — the rest of the row on
    the next line."""

    def run(family: Family, data: st.DataObject) -> str:
        out: list[str] = []
        header = True
        for line in layout(family, data).split("\n"):
            first = line.find("|", 1)  # after the number cell (and a border before it)
            if line.count("|") < 2 or first < 0 or header or not data.draw(st.booleans()):
                header = header and line.count("|") < 2
                out.append(line)
                continue
            second = line.find("|", first + 1)
            places = [*range(first + 2, second), *(k + 1 for k in range(second, len(line) - 1) if line[k] in "、| ")]
            cuts = sorted(set(data.draw(st.lists(st.sampled_from(places), min_size=1, max_size=2))))
            pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
            out.extend(piece for piece in pieces if piece.strip())
        return "\n".join(out)

    run.__name__ = f"broken_{layout.__name__}"
    return run


def lead_groups(family: Family, data: st.DataObject) -> str:
    """| rows grouped by lead unit: the unit's name alone on a line before its rows, the table with no lead
    column (``one_lead_per_section`` families whose sections are led by one body each)."""
    bordered = data.draw(st.booleans())
    lines = [*_head(family), "序号 | 重点任务 | 配合单位 | 责任领导 | 完成时限"]
    number = 1
    for _, rows in family.sections:
        lines.append(rows[0].lead[0])
        for row in rows:
            cells = [
                str(number),
                row.text,
                _names(row.coop),
                _names(row.leaders),
                data.draw(st.sampled_from(DEADLINES)),
            ]
            lines.append(f"| {' | '.join(cells)} |" if bordered else " | ".join(cells))
            number += 1
    return "\n".join(lines + _tail())


def one_body_per_section(family: Family) -> Family:
    """Every row of a section led by one body (its first row's first lead unit), cooperating units kept."""
    out = []
    for t, rows in family.sections:
        lead = rows[0].lead[:1]
        out.append((t, tuple(attrs.evolve(r, lead=lead, coop=tuple(u for u in r.coop if u not in lead)) for r in rows)))
    return Family(family.place, tuple(out))


TWO_LEVEL_HEADERS = [
    (("序号", "重点工作", "责任领导", "责任单位", "完成时限"), ("牵头单位", "配合单位")),
    (("序号", "工作任务", "分管县领导", "责任部门", "完成时间"), ("牵头部门", "协同部门")),
    (("序号", "主要任务", "县级领导", "责任单位", "时间节点"), ("牵头单位", "协办单位")),
]


def two_level_header(family: Family, data: st.DataObject) -> str:
    """A header of two rows: the unit column merged over a lead and a cooperating column (and, when every row
    names two leaders or more, the leader column merged over a first and a second leader column), flattened
    as | rows (each merged cell's empty half beside it, the second row's other cells empty), as columns
    aligned by spaces (the second row under its parents), or one cell per line (the second row's cells after
    the first row's); needs ``families(full=True)`` (every row names its units)."""
    top, subs = data.draw(st.sampled_from(TWO_LEVEL_HEADERS))
    form = data.draw(st.sampled_from(["pipe", "aligned", "cells"]))
    split = data.draw(st.booleans()) and all(len(row.leaders) >= 2 for row in family.rows())
    leader_subs = ("主管领导", "协管领导") if split else ()
    rows: list[tuple[str, ...]] = []
    for number, row in enumerate(family.rows(), 1):
        deadline = data.draw(st.sampled_from(DEADLINES))
        leaders = (row.leaders[0], _names(row.leaders[1:])) if split else (_names(row.leaders),)
        rows.append((str(number), row.text, *leaders, _names(row.lead), _names(row.coop), deadline))
    lines = _head(family)
    if form == "pipe":
        lines.append(" | ".join([*top[:3], *([""] if split else []), top[3], "", top[4]]) + " |")
        lines.append(" | ".join(["", "", *(leader_subs or [""]), *subs, ""]) + " |")
        lines += [" | ".join(cells) + " |" for cells in rows]
    elif form == "aligned":
        columns = [top[0], top[1], *(leader_subs or [top[2]]), subs[0], subs[1], top[4]]
        widths = [max(_width(r[i]) for r in [columns, *rows]) + 2 for i in range(len(columns))]
        starts = [sum(widths[:i]) for i in range(len(columns))]
        lead_at = len(columns) - 3

        def line(cells: dict[int, str]) -> str:
            out = ""
            for i, cell in sorted(cells.items()):
                out += " " * (starts[i] - _width(out)) + cell
            return out

        lines.append(line({0: top[0], 1: top[1], 2: top[2], lead_at: top[3], len(columns) - 1: top[4]}))
        lines.append(line({**dict(enumerate(leader_subs, 2)), lead_at: subs[0], lead_at + 1: subs[1]}))
        lines += [line(dict(enumerate(cells))) for cells in rows]
    else:
        lines += [*top, *leader_subs, *subs]
        lines += [cell for cells in rows for cell in cells]
    return "\n".join(lines + _tail())


def pipe_rows_run_together(family: Family, data: st.DataObject) -> str:
    """A | table whose line breaks were lost while its cell borders stayed: the header, the group rows (a
    merged cell and its empty neighbours) and the rows on one line, with or without a border at each end."""
    bordered = data.draw(st.booleans())
    header, rows = _table_rows(family, data, sections_as_rows=True)

    def line(cells: Sequence[str]) -> str:
        if len(cells) == 1:
            cells = (cells[0], *[""] * (len(header) - 1))
        inner = " | ".join(cells)
        return f"| {inner} |" if bordered else f"{inner} |"

    table = "".join(line(cells) for cells in [header, *rows])
    return "\n".join([*_head(family), table, *_tail()])
