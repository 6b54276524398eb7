"""Task lists (fyplan lists) and the spreadsheet-friendly outputs, on a small notice written for them.

The notice: 3 items, 4 bodies (人民银行乙市中心支行 also written 人行乙市中心支行), one collective name
(市政府各部门), two leaders, and an item whose text starts like a spreadsheet formula. The expected
lists below were worked out by hand from the text:

    市发展改革委          1 牵头; 2, 3 协同            under 市政府各部门
    市财政局              1 协同; 3 牵头               under 市政府各部门
    市数据资源局          2 牵头                       under 市政府各部门
    人民银行乙市中心支行  2 协同 (as 人行…); 3 牵头    under none (not a 市… body)
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import fyplan
from fyplan.model import Notice
from fyplan.terminal import formats
from fyplan.terminal.cli import main
from fyplan.write import listfiles, tables, xlsx
from fyplan.write.lists import build, falls_under, is_collective

SMALL = """乙市人民政府关于2024年重点工作及责任分解的通知

一、稳住经济大盘

1.全市地区生产总值增长6%。

牵头负责领导:张伟。

牵头责任单位:市发展改革委。

协同责任单位:市政府各部门、市财政局。

2.新建5G基站1000个。

牵头负责领导:张伟、王芳。

牵头责任单位:市数据资源局。

协同责任单位:人行乙市中心支行、市发展改革委。

二、办好民生实事

3.=HYPERLINK("http://example.com/x","看")新增城镇就业2万人。

牵头负责领导:王芳。

牵头责任单位:人民银行乙市中心支行、市财政局。

协同责任单位:市发展改革委。
"""
FORMULA_TEXT = '=HYPERLINK("http://example.com/x","看")新增城镇就业2万人。'
PBOC = "人民银行乙市中心支行"
UNIT_HEADERS = [
    "序号",
    "编号",
    "部分",
    "工作内容",
    "本单位职责",
    "牵头领导",
    "其他牵头单位",
    "其他协同单位",
    "完成时限",
    "目标",
]

runner = CliRunner()


@pytest.fixture(scope="module")
def small() -> Notice:
    return fyplan.parse(SMALL, source="small.txt")


@pytest.fixture()
def small_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.txt"
    path.write_text(SMALL, encoding="utf-8")
    return path


def test_lists_by_unit_are_the_rows_worked_out_by_hand(small: Notice) -> None:
    lists = build([small], "unit")
    assert [t.body for t in lists.lists] == ["市发展改革委", "市财政局", "市数据资源局", PBOC]
    rows = {t.body: [(r.id, r.role, r.leaders, r.lead_units, r.cooperating_units) for r in t.rows] for t in lists.lists}
    assert rows["市发展改革委"] == [
        ("1", "牵头", ("张伟",), (), ("市政府各部门", "市财政局")),
        ("2", "协同", ("张伟", "王芳"), ("市数据资源局",), ("人行乙市中心支行",)),
        ("3", "协同", ("王芳",), (PBOC, "市财政局"), ()),
    ]
    assert rows["市财政局"] == [
        ("1", "协同", ("张伟",), ("市发展改革委",), ("市政府各部门",)),
        ("3", "牵头", ("王芳",), (PBOC,), ("市发展改革委",)),
    ]
    assert rows["市数据资源局"] == [("2", "牵头", ("张伟", "王芳"), (), ("人行乙市中心支行", "市发展改革委"))]
    # Its own two spellings are left out of the other-units columns.
    assert rows[PBOC] == [
        ("2", "协同", ("张伟", "王芳"), ("市数据资源局",), ("市发展改革委",)),
        ("3", "牵头", ("王芳",), ("市财政局",), ("市发展改革委",)),
    ]
    by_body = {t.body: t for t in lists.lists}
    assert by_body[PBOC].spellings == ("人行乙市中心支行",)
    assert [(m.body, m.spellings) for m in lists.merges] == [(PBOC, ("人行乙市中心支行", PBOC))]
    assert {t.body: t.collectives for t in lists.lists} == {
        "市发展改革委": ("市政府各部门",),
        "市财政局": ("市政府各部门",),
        "市数据资源局": ("市政府各部门",),
        PBOC: (),
    }
    assert [(c.name, c.items, c.members) for c in lists.collectives] == [
        ("市政府各部门", 1, ("市发展改革委", "市财政局", "市数据资源局"))
    ]
    assert by_body["市发展改革委"].rows[0].targets == ("全市地区生产总值增长6%",)
    assert by_body["市发展改革委"].rows[0].section == "稳住经济大盘"


def test_lists_by_lead_and_by_leader(small: Notice) -> None:
    lead = build([small], "lead")
    assert [(t.body, [r.id for r in t.rows]) for t in lead.lists] == [
        ("市发展改革委", ["1"]),
        ("市数据资源局", ["2"]),
        (PBOC, ["3"]),
        ("市财政局", ["3"]),
    ]
    assert all(r.role == "牵头" for t in lead.lists for r in t.rows)
    leader = build([small], "leader")
    assert [(t.body, [(r.id, r.role, r.leaders) for r in t.rows]) for t in leader.lists] == [
        ("张伟", [("1", "领导", ()), ("2", "领导", ("王芳",))]),
        ("王芳", [("2", "领导", ("张伟",)), ("3", "领导", ())]),
    ]
    # A leader's list names every unit of the item.
    assert leader.lists[1].rows[1].lead_units == (PBOC, "市财政局")
    assert leader.collectives == ()


def test_no_merge_keeps_the_spellings_apart(small: Notice) -> None:
    lists = build([small], "unit", merge=False)
    assert [t.body for t in lists.lists] == ["市发展改革委", "市财政局", "市数据资源局", "人行乙市中心支行", PBOC]
    assert lists.merges == ()


def test_collective_names_and_who_falls_under_them() -> None:
    for name in (
        "市政府各部门",
        "各县市区人民政府",
        "各县、市、区人民政府",
        "市扶贫开发领导小组其他成员单位",
        "各有关单位",
    ):
        assert is_collective(name), name
    for name in ("市财政局", "颍州区人民政府", "市政府办公室", "人民银行阜阳中心支行"):
        assert not is_collective(name), name
    assert falls_under("临泉县人民政府", "各县市区人民政府")
    assert falls_under("界首市人民政府", "各县、市、区人民政府")
    assert falls_under("颍州区人民政府", "各县市区人民政府")
    assert not falls_under("颍州区人民政府", "各县市人民政府")  # no 区 in that one
    assert not falls_under("市财政局", "各县市区人民政府")
    assert falls_under("市财政局", "市政府各部门")
    assert not falls_under("市委编办", "市政府各部门")  # a party body
    assert not falls_under("临泉县人民政府", "市政府各部门")
    assert falls_under("市重点工程处", "各直属机构")
    assert not falls_under("市财政局", "市扶贫开发领导小组其他成员单位")


def test_sheet_names_are_valid_and_unique() -> None:
    long = "市" + "很长的名字" * 8 + "局"
    names = xlsx.sheet_names(["目录", "a/b:c", long, long, "Sheet", "sheet", "[x]*?"])
    assert names[0] == "目录"
    assert names[1] == "a_b_c"
    assert names[2] == long[:31] and len(names[3]) <= 31 and names[3].endswith("~2")
    assert names[4] == "Sheet" and names[5] == "sheet~2"  # Excel compares sheet names without case
    assert names[6] == "_x___"
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)


def _workbook(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def test_the_workbook_read_back(small: Notice) -> None:
    ((name, data),) = listfiles.xlsx_files(build([small], "unit"), listfiles.ListOptions())
    assert name == "责任清单-按单位.xlsx"
    book = _workbook(data)
    assert book.sheetnames == ["目录", "市发展改革委", "市财政局", "市数据资源局", PBOC, "统称"]
    index = book["目录"]
    assert [c.value for c in index[1]] == ["序号", "单位", "牵头", "协同", "合计", "文中其他写法", "所属统称"]
    assert [[c.value for c in row] for row in index.iter_rows(min_row=2)] == [
        [1, "市发展改革委", 1, 2, 3, None, "市政府各部门"],
        [2, "市财政局", 1, 1, 2, None, "市政府各部门"],
        [3, "市数据资源局", 1, 0, 1, None, "市政府各部门"],
        [4, PBOC, 1, 1, 2, "人行乙市中心支行", None],
    ]
    assert index["B5"].hyperlink.location == f"'{PBOC}'!A1"
    sheet = book["市发展改革委"]
    assert [c.value for c in sheet[1]] == UNIT_HEADERS
    assert sheet.freeze_panes == "A2"
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.column_dimensions["D"].width == 60
    assert sheet["D2"].alignment.wrap_text
    assert [[c.value for c in row] for row in sheet.iter_rows(min_row=2)] == [
        [1, "1", "稳住经济大盘", "全市地区生产总值增长6%。", "牵头", "张伟", None, "市政府各部门、市财政局", None,
         "全市地区生产总值增长6%"],
        [2, "2", "稳住经济大盘", "新建5G基站1000个。", "协同", "张伟、王芳", "市数据资源局", "人行乙市中心支行", None,
         "5G基站新建1000个"],
        [3, "3", "办好民生实事", FORMULA_TEXT, "协同", "王芳", f"{PBOC}、市财政局", None, None,
         "、".join(str(t) for t in small["3"].targets)],
    ]  # fmt: skip
    # The formula stays text: a string cell, marked as typed-as-text, read back as it was written.
    formula = sheet["D4"]
    assert formula.data_type == "s" and formula.value == FORMULA_TEXT and formula.quotePrefix
    assert "HYPERLINK" not in str(sheet["D4"].hyperlink)
    collectives = book["统称"]
    assert [c.value for c in collectives[2]] == [1, "市政府各部门", 1, "市发展改革委、市财政局、市数据资源局"]


def test_the_formula_is_no_formula_in_the_file_itself(small: Notice) -> None:
    """openpyxl reading back could hide a stored formula behind its value: look at the sheet's XML."""
    import zipfile

    ((_, data),) = listfiles.xlsx_files(build([small], "unit"), listfiles.ListOptions())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any("<f>" in s or "<f " in s for s in sheets)


def test_split_gives_a_workbook_per_body(small: Notice) -> None:
    files = listfiles.xlsx_files(build([small], "unit"), listfiles.ListOptions(split=True))
    assert [name for name, _ in files] == [
        "目录.xlsx",
        "市发展改革委.xlsx",
        "市财政局.xlsx",
        "市数据资源局.xlsx",
        f"{PBOC}.xlsx",
    ]
    book = _workbook(files[2][1])
    assert book.sheetnames == ["市财政局"]
    assert [row[1].value for row in book["市财政局"].iter_rows(min_row=2)] == ["1", "3"]


def test_docx_list_has_a_title_and_the_rows(small: Notice) -> None:
    import docx

    files = dict(listfiles.docx_files(build([small], "unit"), listfiles.ListOptions()))
    assert set(files) == {"目录.docx", "市发展改革委.docx", "市财政局.docx", "市数据资源局.docx", f"{PBOC}.docx"}
    document = docx.Document(io.BytesIO(files["市财政局.docx"]))
    assert document.paragraphs[0].text == "市财政局责任清单"
    assert document.paragraphs[1].text == "牵头 1 项，协同 1 项；另见统称：市政府各部门"
    section = document.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert section.page_width > section.page_height  # landscape
    (table,) = document.tables
    assert [c.text for c in table.rows[0].cells] == UNIT_HEADERS
    assert [[c.text for c in row.cells][:5] for row in table.rows[1:]] == [
        ["1", "1", "稳住经济大盘", "全市地区生产总值增长6%。", "协同"],
        ["2", "3", "办好民生实事", FORMULA_TEXT, "牵头"],
    ]


def test_csv_lists_have_a_bom_and_neutralised_formulas(small: Notice) -> None:
    files = dict(listfiles.csv_files(build([small], "unit"), listfiles.ListOptions()))
    data = files["市财政局.csv"]
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == UNIT_HEADERS
    assert rows[2][3] == "'" + FORMULA_TEXT
    gb = dict(listfiles.csv_files(build([small], "unit"), listfiles.ListOptions(encoding="gb18030")))
    assert gb["市财政局.csv"].decode("gb18030") == data.decode("utf-8-sig")


def test_cli_lists_writes_the_workbook_and_reports_merges(small_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "lists"
    result = runner.invoke(main, ["lists", str(small_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [str(out / "责任清单-按单位.xlsx")]
    assert f"人行乙市中心支行、{PBOC} → {PBOC}" in result.stderr
    assert "4 lists by unit" in result.stderr
    assert _workbook((out / "责任清单-按单位.xlsx").read_bytes()).sheetnames[1] == "市发展改革委"


def test_cli_lists_docx_and_csv(small_file: Path, tmp_path: Path) -> None:
    for fmt in ("docx", "csv"):
        result = runner.invoke(main, ["lists", str(small_file), "--by", "leader", "--format", fmt, "-o", str(tmp_path)])
        assert result.exit_code == 0, result.output
        assert sorted(p.name for p in tmp_path.glob(f"*.{fmt}")) == sorted(
            [f"张伟.{fmt}", f"王芳.{fmt}", f"目录.{fmt}"]
        )


def test_cli_lists_refuses_what_it_cannot_do(small_file: Path, tmp_path: Path) -> None:
    a_file = tmp_path / "x"
    a_file.write_text("")
    for args, words in (
        (["--out", str(a_file)], "is a file"),
        (["--format", "docx", "--split", "--out", str(tmp_path)], "--split is for xlsx"),
        (["--encoding", "gb18030", "--out", str(tmp_path)], "--encoding is for csv"),
    ):
        result = runner.invoke(main, ["lists", str(small_file), *args])
        assert result.exit_code == 2 and words in result.stderr, result.output
    assert runner.invoke(main, ["lists", str(small_file)]).exit_code == 2  # --out is required


def test_export_xlsx_needs_a_file_and_reads_back(small_file: Path, tmp_path: Path) -> None:
    refused = runner.invoke(main, ["export", str(small_file), "--format", "xlsx"])
    assert refused.exit_code == 2 and "binary file format: name the file with -o" in refused.stderr
    assert refused.stdout_bytes == b""
    out = tmp_path / "items.xlsx"
    result = runner.invoke(main, ["export", str(small_file), "--format", "xlsx", "--headers", "zh", "-o", str(out)])
    assert result.exit_code == 0, result.output
    sheet = _workbook(out.read_bytes())["事项"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["编号", "部分序号", "部分"] and "工作内容" in header and "协同单位" in header
    text = sheet.cell(row=4, column=header.index("工作内容") + 1)
    assert text.value == FORMULA_TEXT and text.data_type == "s"
    assert sheet.cell(row=2, column=header.index("部分序号") + 1).value == 1  # numbers stay numbers


def test_query_xlsx_and_csv_carry_the_units_role(small_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.xlsx"
    result = runner.invoke(main, ["query", "unit:市财政局", str(small_file), "--format", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    sheet = _workbook(out.read_bytes())["items"]
    assert [c.value for c in sheet[1]][:2] == ["id", "role"]
    assert [(r[0].value, r[1].value) for r in sheet.iter_rows(min_row=2)] == [("1", "协同"), ("3", "牵头")]
    # Through the other spelling, in Chinese headers, as CSV on stdout (plain UTF-8 there).
    result = runner.invoke(
        main, ["query", "unit:人行乙市中心支行", str(small_file), "--format", "csv", "--headers", "zh"]
    )
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert not result.stdout_bytes.startswith(codecs.BOM_UTF8)
    assert rows[0][:2] == ["编号", "本单位职责"] and [r[:2] for r in rows[1:]] == [["2", "协同"], ["3", "牵头"]]
    # No one body asked: no role column.
    result = runner.invoke(main, ["query", "leader:王芳", str(small_file), "--format", "csv"])
    assert result.stdout.splitlines()[0].startswith("id,section,")


def test_csv_to_a_file_has_a_bom_unless_told(small_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "items.csv"
    assert runner.invoke(main, ["export", str(small_file), "--format", "csv", "-o", str(out)]).exit_code == 0
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[2]["text"] == "'" + FORMULA_TEXT
    args = ["export", str(small_file), "--format", "csv", "--encoding", "gb18030", "-o", str(out)]
    assert runner.invoke(main, args).exit_code == 0
    assert out.read_bytes().decode("gb18030") == data.decode("utf-8-sig")
    assert not out.read_bytes().startswith(codecs.BOM_UTF8)
    args = ["export", str(small_file), "--format", "csv", "--encoding", "utf-8", "-o", str(out)]
    assert runner.invoke(main, args).exit_code == 0 and out.read_bytes() == data[len(codecs.BOM_UTF8) :]
    # JSON Lines in a file keep plain UTF-8: a BOM there breaks JSON readers.
    args = ["export", str(small_file), "--format", "jsonl", "-o", str(out)]
    assert runner.invoke(main, args).exit_code == 0 and out.read_bytes().startswith(b'{"id"')


def test_format_choices_and_help_come_from_the_registry() -> None:
    assert formats.names("lists") == ("csv", "xlsx", "docx")
    assert formats.names("export") == ("jsonl", "json", "csv", "xlsx")
    assert formats.names("query") == ("table", "ids", "jsonl", "json", "csv", "xlsx")
    assert formats.names("shell") == ("table", "ids", "jsonl", "csv")
    assert all(f.binary == (f.name in ("xlsx", "docx")) for f in formats.FORMATS.values())
    help_text = " ".join(runner.invoke(main, ["lists", "--help"]).output.split())  # as read, not as wrapped
    assert "docx: a Word document per body" in help_text
    assert "an Excel workbook" in runner.invoke(main, ["export", "--help"]).output
    bad = runner.invoke(main, ["export", "--format", "docx"])
    assert bad.exit_code == 2 and "'jsonl', 'json', 'csv', 'xlsx'" in bad.output


def test_the_example_gives_87_unit_lists(example: Notice) -> None:
    """Worked out from `fyplan check` (FY006) and the names of the example: 121 names, 29 of them
    collective; 人行/人民银行 (3 spellings), 人力资源(和)社会保障, 数据资源(管理)局, 西湖(新区)管委会
    merge 9 names into 4 bodies: 121 - 29 - 5 = 87."""
    lists = build([example], "unit")
    assert len(lists.lists) == 87 and len(lists.collectives) == 29 and len(lists.merges) == 4
    by_body = {t.body: t for t in lists.lists}
    county = by_body["临泉县人民政府"]
    assert county.collectives == ("各县市区人民政府", "各县市人民政府")
    assert by_body["人民银行阜阳中心支行"].spellings == ("人行阜阳中心支行", "人民银行阜阳市中心支行")
    assert "各县市区人民政府" not in by_body
    assert len(tables.index_table(lists).rows) == 87


def test_the_readme_shows_the_registry() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert formats.markdown_table() in readme


def test_collective_adds_the_items_given_to_a_collective_name(small: Notice) -> None:
    """Item 1 names 市政府各部门 as cooperating: of the three city bodies under it, 市发展改革委 and
    市财政局 are named on item 1 themselves; only 市数据资源局 gains a row."""
    lists = build([small], "unit", collective=True)
    rows = {t.body: [(r.id, r.role_text) for r in t.rows] for t in lists.lists}
    assert rows == {
        "市发展改革委": [("1", "牵头"), ("2", "协同"), ("3", "协同")],
        "市财政局": [("1", "协同"), ("3", "牵头")],
        "市数据资源局": [("1", "协同（市政府各部门）"), ("2", "牵头")],
        PBOC: [("2", "协同"), ("3", "牵头")],
    }
    index = tables.index_table(lists)
    assert index.headers == ("序号", "单位", "牵头", "协同", "经统称", "合计", "文中其他写法", "所属统称")
    assert index.rows[2][:6] == (3, "市数据资源局", 1, 0, 1, 2)
    result = runner.invoke(main, ["lists", "--collective", "--out", "unused", "--help"])
    assert "--collective" in result.output


def test_the_api_from_import_fyplan(small: Notice) -> None:
    lists = fyplan.task_lists([small], "unit")
    assert isinstance(lists, fyplan.TaskLists) and len(lists.lists) == 4
    sheet = _workbook(fyplan.to_xlsx(small.query("unit:市财政局"), headers="zh"))["事项"]
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == ["1", "3"]


def test_every_record_column_has_a_chinese_header() -> None:
    from fyplan.write.export import RECORD_HEADERS_ZH, RECORD_KEYS

    assert [k for k in RECORD_KEYS if k not in RECORD_HEADERS_ZH] == []


def test_chinese_headers_say_which_lists_end_in_deng() -> None:
    import csv
    import io

    notice = fyplan.parse("一、示例\n1.建设一个公园。\n牵头责任单位:市园林局\n协同责任单位:市财政局等\n")
    rows = list(csv.DictReader(io.StringIO(fyplan.to_csv(notice, headers="zh"))))
    assert rows[0]["未列全(等)"] == "协同单位"


def test_a_list_that_ended_in_deng_stays_open_in_the_task_lists() -> None:
    notice = fyplan.parse("一、示例\n1.建设一个公园。\n牵头责任单位:市园林局\n协同责任单位:市财政局、市住建局等\n")
    lists = fyplan.task_lists([notice], by="unit")
    garden = next(tl for tl in lists.lists if tl.body == "市园林局")
    from fyplan.write.tables import list_table

    row = list_table(garden, lists).rows[0]
    assert "市财政局、市住建局等" in row


def test_format_help_is_worded_for_each_command() -> None:
    from fyplan.terminal.formats import help_text

    assert "needs -o FILE" not in help_text("lists")  # lists writes a folder (--out DIR)
    assert "needs -o FILE" in help_text("export")
    assert "lists:" not in help_text("export") and "export:" not in help_text("query")
