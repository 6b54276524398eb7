"""Every label word of the family reads as its role in every layout that carries labels, and a leader written any
way lists write one reads as the person.

Each word below was chosen by hand as a label real notices use for one role (leaders, lead units, cooperating units,
the deadline); the test puts it in place of the usual label of that role in five layouts — own-line fields, a bracket
after the item, square tags on the item's line, a tab table's header, a web table one cell per line — and expects the
same reading as with the usual labels: leader 张三, lead 县发改局, cooperating 县财政局 and 县统计局, due 2024年12月底前.
"""

from __future__ import annotations

import unicodedata

import pytest

import fyplan


def _words(line: str) -> list[str]:
    return line.split()


LEADERS = _words(
    "责任领导 牵头领导 分管领导 包保领导 挂钩领导 督导领导 包抓领导 联系领导 挂点领导 领衔领导 主要领导 分管县领导 责任县领导 "
    "牵头县领导 县级领导 市级领导 联系市领导 牵头市领导 责任市领导 分管校领导 牵头校领导 责任人 第一责任人 主要责任人 "
    "牵头负责领导 挂帅领导 包联领导 分管区领导 包片领导 分管负责人 负责领导 分管副县长 分管副厅长 主管副局长 挂包领导 帮扶领导 联系县领导 包保县领导 分包县级领导 "
    "责任校领导 牵头负责人 牵头责任人 分管市领导 分管局领导 分管厅领导 挂联领导 包案领导 分管院领导 督导市领导 "
    "主管领导 分管负责同志 领衔督办领导"
)
LEADS = _words(
    "牵头单位 主办单位 主责单位 责任主体 牵头部门 主抓单位 承办单位 牵头科室 牵头处室 主责部门 牵头责任单位 主体责任单位 "
    "牵头股室 主办部门 牵头落实单位 第一责任单位 责任牵头单位 牵头责任部门 主要责任单位 主管部门 主管单位 牵头实施单位 主责科室 "
    "主承办单位 牵头承办单位 牵头负责单位 承办部门 主办处室 牵头单位（部门） 责任主体单位 主创单位 主办司局 牵头厅局"
)
COOPERATING = _words(
    "配合单位 协办单位 协同单位 参与单位 配合部门 协作单位 配合科室 协助单位 协同部门 联办单位 会办单位 配合处室 协同责任单位 "
    "配合责任单位 参与部门 参加单位 协办部门 配合股室 协助部门 次要责任单位 其他责任单位 相关单位 相关部门 责任单位 合作单位 "
    "支持单位 配合实施单位 协同配合单位 协助配合单位 共同责任单位 参办单位 协办处室 配合单位（部门） 其他配合单位 协创单位 协办司局 配合厅局"
)
DEADLINES = _words(
    "完成时限 完成时间 时间节点 完成节点 截止时间 办结时限 时限要求 完成期限 时间要求 完成日期 计划完成时间 办结时间 完成年限 "
    "推进时限 截止日期 时间安排 完成时点 办理时限 办理期限 答复时限 整改时限 整改期限 完成时间节点 时间进度 进度安排 计划完成时限 "
    "办结期限 完成时序 完成时限要求 整改完成时限"
)

TASK_1 = "推进产业园区建设，新增入园企业10家。"
TASK_2 = "完成农村公路改造50公里。"
TITLE = "关于2024年重点工作任务分解的通知\n\n"
# The two rows every layout carries: number, task, leader, lead unit, cooperating units, deadline.
ROWS = (
    ("1", TASK_1, "张三", "县发改局", "县财政局、县统计局", "2024年12月底前"),
    ("2", TASK_2, "李四", "县交通局", "县自然资源局", "2024年10月底前"),
)
HEADER = ("序号", "重点工作", "{L}", "{U}", "{C}", "{D}")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _padded(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _fields(labels: tuple[str, ...], row: tuple[str, ...], opener: str, between: str, closer: str) -> str:
    """A row's duty fields as labelled text: each label wrapped by ``opener`` (``{}``, ``【{}】``), ``between`` it and
    its value, the fields joined by ``closer``."""
    return closer.join(
        opener.replace("{}", label) + between + value for label, value in zip(labels, row[2:], strict=True)
    )


def _csv_cell(cell: str) -> str:
    return f'"{cell}"' if any(ch in cell for ch in ',"\n') else cell


def _aligned(rows: list[tuple[str, ...]], grid: bool) -> str:
    """pdftotext -layout's columns parted by spaces, or pandoc's grid table (+---+ rules, | between cells)."""
    widths = [max(_width(row[k]) for row in rows) + (2 if grid else 3) for k in range(len(HEADER))]
    if not grid:
        return "\n".join("".join(_padded(c, widths[k]) for k, c in enumerate(row)).rstrip() for row in rows)
    rule = "+" + "+".join("-" * w for w in widths) + "+"
    under_header = "+" + "+".join("=" * w for w in widths) + "+"
    out = [rule]
    for k, row in enumerate(rows):
        out.append("|" + "|".join(" " + _padded(c, widths[j] - 1) for j, c in enumerate(row)) + "|")
        out.append(under_header if k == 0 else rule)
    return "\n".join(out)


def notice(layout: str, labels: dict[str, str], first: dict[int, str] | None = None) -> str:
    """The two-item notice in ``layout``, its header or field labels ``labels`` (L, U, C, D), the first row's cells
    replaced where ``first`` says (column index → value)."""
    header = tuple(h.format(**labels) for h in HEADER)
    rows = [tuple((first or {}).get(k, c) for k, c in enumerate(ROWS[0])), ROWS[1]]
    duty = header[2:]
    if layout == "lines":
        body = "".join(f"{r[0]}.{r[1]}\n" + _fields(duty, r, "{}", "：", "\n") + "\n" for r in rows)
    elif layout == "bracket":
        body = "".join(f"{r[0]}.{r[1]}（" + _fields(duty, r, "{}", "：", "；") + "）\n" for r in rows)
    elif layout == "square":
        body = "".join(f"{r[0]}.{r[1]}" + _fields(duty, r, "【{}】", "", "") + "\n" for r in rows)
    elif layout == "after":
        body = "".join(f"{r[0]}.{r[1]}" + _fields(duty, r, "{}", "：", "；") + "。\n" for r in rows)
    elif layout == "spaced":
        body = "".join(f"{r[0]}.{r[1]}\n" + _fields(duty, r, "{}", "：", "  ") + "\n" for r in rows)
    else:
        table = [header, *rows]
        if layout == "tabs":
            return TITLE + "\n".join("\t".join(row) for row in table) + "\n"
        if layout == "cells":
            return TITLE + "\n".join(cell for row in table for cell in row) + "\n"
        if layout == "docx2txt":
            return TITLE + "\n\n".join(cell for row in table for cell in row) + "\n"
        if layout == "csv":
            return TITLE + "\n".join(",".join(map(_csv_cell, row)) for row in table) + "\n"
        if layout == "markdown":
            rows_md = ["| " + " | ".join(row) + " |" for row in table]
            return TITLE + "\n".join([rows_md[0], "|" + "---|" * len(HEADER), *rows_md[1:]]) + "\n"
        if layout == "pipes":
            return TITLE + "\n".join(" | ".join(row) for row in table) + "\n"
        return TITLE + _aligned(table, grid=layout == "grid") + "\n"
    return TITLE + "一、经济发展\n" + body


LAYOUTS = (
    # labelled fields: own lines, a bracket after the item, square tags, after the sentence, one line parted by spaces
    "lines",
    "bracket",
    "square",
    "after",
    "spaced",
    # tables as tools give them: Word copied (tabs), one cell per line, docx2txt (blank lines between cells), an
    # Excel CSV (quoted only where a cell needs it), Markdown, | rows, pdftotext -layout, pandoc's grid table
    "tabs",
    "cells",
    "docx2txt",
    "csv",
    "markdown",
    "pipes",
    "aligned",
    "grid",
)
USUAL = {"L": "责任领导", "U": "牵头单位", "C": "配合单位", "D": "完成时限"}
CASES = [
    (layout, role, word)
    for layout in LAYOUTS
    for role, words in (("L", LEADERS), ("U", LEADS), ("C", COOPERATING), ("D", DEADLINES))
    for word in words
]


@pytest.mark.parametrize(("layout", "role", "word"), CASES)
def test_label_word_reads_as_its_role(layout: str, role: str, word: str) -> None:
    first, second = fyplan.parse(notice(layout, {**USUAL, role: word})).items()
    assert [leader.name for leader in first.leaders] == ["张三"]
    assert [unit.name for unit in first.lead_units] == ["县发改局"]
    assert [unit.name for unit in first.cooperating_units] == ["县财政局", "县统计局"]
    assert first.deadline is not None and str(first.deadline) == "2024年12月底前"
    assert [leader.name for leader in second.leaders] == ["李四"]
    assert [unit.name for unit in second.lead_units] == ["县交通局"]


# A leader's name as lists write it, and the name the reader gives (posts before or after it, in brackets or not,
# spaced, with 同志; a double surname; a long Uyghur name).
LEADER_FORMS = {
    "王建平": "王建平",
    "王 平": "王平",
    "副县长王建平": "王建平",
    "王建平副县长": "王建平",
    "王建平（副县长）": "王建平",
    "副县长 王建平": "王建平",
    "县委常委、副县长王建平": "王建平",
    "王建平同志": "王建平",
    "副县长王建平同志": "王建平",
    "王建平(副县长)": "王建平",
    "常务副县长王 平": "王平",
    "欧阳明": "欧阳明",
    "欧阳明（县委副书记）": "欧阳明",
    "阿不都热合曼（副县长）": "阿不都热合曼",
}


@pytest.mark.parametrize(("layout", "written"), [(layout, written) for layout in LAYOUTS for written in LEADER_FORMS])
def test_leader_written_any_way(layout: str, written: str) -> None:
    first, _ = fyplan.parse(notice(layout, USUAL, {2: written})).items()
    assert [leader.name for leader in first.leaders] == [LEADER_FORMS[written]]
    assert [unit.name for unit in first.lead_units] == ["县发改局"]


# A deadline as lists write it, kept as written: a quarter, part of a month, a season, a recurring date, work that
# goes on, a span of years, a date with its day (each read from the 完成时限 field or column of the first item).
DEADLINE_FORMS = (
    "2024年第三季度",
    "11月中旬前",
    "长期",
    "持续推进",
    "长期坚持",
    "常态化推进",
    "每季度末",
    "每月",
    "2024年汛期前",
    "12月10日前",
    "年底前",
    "2024年6月30日前",
    "6月底",
    "6月底前",
    "2024年上半年",
    "2024年内",
    "2024年9月",
    "2024年12月31日",
    "2024年底",
    "三季度末",
    "2024年至2025年",
    "2024—2025年",
    "9月30日前",
    "全年",
    "2024年11月中旬",
)


@pytest.mark.parametrize(("layout", "due"), [(layout, due) for layout in LAYOUTS for due in DEADLINE_FORMS])
def test_deadline_written_any_way(layout: str, due: str) -> None:
    first, second = fyplan.parse(notice(layout, USUAL, {5: due})).items()
    assert first.deadline is not None and str(first.deadline) == due
    assert [unit.name for unit in first.cooperating_units] == ["县财政局", "县统计局"]
    assert second.deadline is not None and str(second.deadline) == "2024年10月底前"


# Two leaders in one field or cell, parted as lists part them (、 ， / a space), with posts or 同志.
SEVERAL_LEADERS = {
    "张三、李明": ["张三", "李明"],
    "张三，李明": ["张三", "李明"],
    "张三 李明": ["张三", "李明"],
    "张三/李明": ["张三", "李明"],
    "张三（副县长）、李明（县委常委）": ["张三", "李明"],
    "副县长张三、李明": ["张三", "李明"],
    "张三、李明同志": ["张三", "李明"],
}


@pytest.mark.parametrize(
    ("layout", "written"), [(layout, written) for layout in LAYOUTS for written in SEVERAL_LEADERS]
)
def test_several_leaders_in_one_cell(layout: str, written: str) -> None:
    first, _ = fyplan.parse(notice(layout, USUAL, {2: written})).items()
    assert [leader.name for leader in first.leaders] == SEVERAL_LEADERS[written]
    assert [unit.name for unit in first.lead_units] == ["县发改局"]
    assert [unit.name for unit in first.cooperating_units] == ["县财政局", "县统计局"]


# A cooperating list as lists write it: each separator, a closing 等 (etc), collectives with brackets, an alias in
# brackets, shared prefixes not expanded, a name holding 和.
UNIT_FORMS = {
    "县财政局，县统计局": (["县财政局", "县统计局"], False),
    "县财政局 县统计局": (["县财政局", "县统计局"], False),
    "县财政局；县统计局": (["县财政局", "县统计局"], False),
    "县财政局/县统计局": (["县财政局", "县统计局"], False),
    "县财政局、 县统计局": (["县财政局", "县统计局"], False),
    "县财政局、县统计局。": (["县财政局", "县统计局"], False),
    "县财政局、县统计局等": (["县财政局", "县统计局"], True),
    "县财政局、县统计局等相关部门": (["县财政局", "县统计局"], True),
    "各乡镇（街道）": (["各乡镇（街道）"], False),
    "县委办（县政府办）、县统计局": (["县委办（县政府办）", "县统计局"], False),
    "县财政局、统计局": (["县财政局", "统计局"], False),
    "县财政局、县人力资源和社会保障局": (["县财政局", "县人力资源和社会保障局"], False),
    "县财政局、县统计局、各乡镇人民政府": (["县财政局", "县统计局", "各乡镇人民政府"], False),
}


@pytest.mark.parametrize(("layout", "written"), [(layout, written) for layout in LAYOUTS for written in UNIT_FORMS])
def test_cooperating_list_written_any_way(layout: str, written: str) -> None:
    first, second = fyplan.parse(notice(layout, USUAL, {4: written})).items()
    names, etc = UNIT_FORMS[written]
    assert [unit.name for unit in first.cooperating_units] == names
    assert first.duties.open_ended.cooperating_units is etc
    assert [unit.name for unit in first.lead_units] == ["县发改局"]
    assert [unit.name for unit in second.cooperating_units] == ["县自然资源局"]
