"""Documents people receive: the bundled example as .docx (paragraphs, a table), .xlsx, HTML and PDF
reads the same 201 items as its text; merged cells, numbering Word generates, places in
diagnostics, folders, and damaged or hostile files."""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import documents as docs
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import fyplan
from fyplan.model import Notice
from fyplan.terminal.cli import main

EXAMPLE = fyplan.example()
LINES = [line for line in fyplan.example_path().read_text(encoding="utf-8").split("\n") if line.strip()]
HEAD = LINES[: next(i for i, line in enumerate(LINES) if line.startswith("一、"))]
TAIL = [EXAMPLE.closing, "阜阳市人民政府", "2019年5月13日"]


def items(notice: Notice) -> list[tuple[str, str, object]]:
    return [(item.id, item.text.replace("\n", ""), item.duties) for item in notice.items()]


WANT = items(EXAMPLE)
FORMATS = {
    "docx paragraphs": lambda: docs.docx_paragraphs(LINES),
    "docx table": lambda: docs.docx_table(HEAD, list(docs.table_rows(EXAMPLE)), TAIL),
    "xlsx": lambda: docs.xlsx({"重点工作": [docs.COLUMNS, *docs.table_rows(EXAMPLE)]}),
    "html utf-8": lambda: docs.html_page(LINES),
    "html gb18030 declared": lambda: docs.html_page(LINES, "gb18030"),
    "pdf wrapped at 38": lambda: docs.pdf(LINES, 38),
}


@pytest.mark.parametrize("name", list(FORMATS))
def test_the_example_in_every_format_reads_as_its_text(name: str) -> None:
    notice = fyplan.parse(FORMATS[name](), source=name)
    assert len(notice.items()) == 201
    assert items(notice) == WANT
    assert not notice.errors


def test_load_tells_the_format_by_the_bytes_not_the_name(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"  # a .docx under a wrong name
    path.write_bytes(FORMATS["docx paragraphs"]())
    assert items(fyplan.load(path)) == WANT


def test_numbering_word_generates_is_written_back() -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("某市2024年重点工作")
    for text, unit in (("新建公园3座。", "市园林局"), ("改造道路10公里。", "市交通局")):
        document.add_paragraph(text, style="List Number")  # Word numbers it: 1. 2.
        document.add_paragraph(f"牵头单位:{unit}")
    out = io.BytesIO()
    document.save(out)
    notice = fyplan.parse(out.getvalue(), source="list.docx")
    assert [(i.id, i.text, [u.name for u in i.lead_units]) for i in notice.items()] == [
        ("1", "新建公园3座。", ["市园林局"]),
        ("2", "改造道路10公里。", ["市交通局"]),
    ]


def test_docx_merged_cells() -> None:
    from docx import Document

    document = Document()
    table = document.add_table(rows=4, cols=4)
    for cell, name in zip(table.rows[0].cells, ["序号", "工作任务", "责任领导", "牵头单位"], strict=True):
        cell.text = name
    table.cell(1, 0).merge(table.cell(1, 3)).text = "一、基础设施"  # a heading row across the table
    for row, (number, text, unit) in enumerate((("1", "新建公园。", "市园林局"), ("2", "改造道路。", "市交通局")), 2):
        table.cell(row, 0).text, table.cell(row, 1).text, table.cell(row, 3).text = number, text, unit
    table.cell(2, 2).merge(table.cell(3, 2)).text = "王强"  # one leader for both rows
    out = io.BytesIO()
    document.save(out)
    notice = fyplan.parse(out.getvalue(), source="merged.docx")
    got = [(i.id, [x.name for x in i.leaders], [u.name for u in i.lead_units]) for i in notice.items()]
    assert got == [("1", ["王强"], ["市园林局"]), ("2", ["王强"], ["市交通局"])]
    assert notice.sections[0].title == "基础设施"


def test_xlsx_merged_cells_and_a_sheet_that_is_no_task_table() -> None:
    rows: list[list[str | None]] = [
        ["序号", "工作任务", "牵头单位", "配合单位"],
        ["1", "新建公园。", "市园林局", "市财政局"],
        ["2", "改造道路。", None, "市公安局"],
    ]
    data = docs.xlsx({"说明": [["填表说明"], ["请于每月5日前报送"]], "任务": rows}, merges={"任务": ["C2:C3"]})
    notice = fyplan.parse(data, source="tasks.xlsx")
    got = [(i.id, [u.name for u in i.lead_units], [u.name for u in i.cooperating_units]) for i in notice.items()]
    assert got == [("1", ["市园林局"], ["市财政局"]), ("2", ["市园林局"], ["市公安局"])]
    assert any("sheet 说明 holds no task table" in d.message for d in notice.diagnostics)


def test_html_tables_fill_rowspan_and_drop_chrome() -> None:
    page = (
        "<html><head><meta charset='gbk'></head><body><nav>首页 &gt; 政务公开</nav><table>"
        "<tr><th>序号</th><th>工作任务</th><th>牵头单位</th></tr>"
        "<tr><td>1</td><td>新建公园。</td><td rowspan='2'>市园林局</td></tr>"
        "<tr><td>2</td><td>改造绿道。</td></tr></table><footer>版权所有</footer></body></html>"
    ).encode("gbk")
    notice = fyplan.parse(page, source="page.html")
    assert [(i.id, [u.name for u in i.lead_units]) for i in notice.items()] == [
        ("1", ["市园林局"]),
        ("2", ["市园林局"]),
    ]
    assert "首页" not in str(notice.preamble) and "版权" not in notice.closing


def test_html_cell_paragraphs_each_a_name_are_a_list() -> None:
    # Two leaders in two <p> of one cell, one name with a space inside (王 莉), one with a middle dot; a task's two
    # paragraphs in another cell stay one text.
    page = (
        "<table><tr><th>序号</th><th>工作任务</th><th>责任领导</th><th>牵头部门</th></tr>"
        "<tr><td><p>1</p></td><td><p>推进智慧法院建设。</p><p>年底前上线。</p></td>"
        "<td><p>艾尔肯·吐尔逊</p><p>王 莉</p></td><td><div><p>办公室</p></div></td></tr></table>"
    ).encode()
    items = fyplan.parse(page, source="page.html").items()
    assert [(i.text, [p.name for p in i.leaders], [u.name for u in i.lead_units]) for i in items] == [
        ("推进智慧法院建设。年底前上线。", ["艾尔肯·吐尔逊", "王莉"], ["办公室"])
    ]


def test_diagnostics_name_the_place_in_the_document() -> None:
    data = docs.docx_paragraphs(
        ["某市2024年重点工作", "一、建设", "1.新建公园。", "牵头单位:", "2.改造道路。", "牵头单位:市交通局"]
    )
    notice = fyplan.parse(data, source="x.docx")
    empty = [d for d in notice.diagnostics if "牵头单位 is empty" in d.message]
    assert empty and empty[0].place == "paragraph 4"
    assert str(empty[0].at("x.docx")).startswith("x.docx: paragraph 4: error:")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (FORMATS["docx paragraphs"]()[:3000], "damaged Word document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 600, "encrypted"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "save it as .docx"),
    ],
)
def test_damaged_or_locked_files_get_a_sentence(data: bytes, words: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # As on a machine without LibreOffice (an old .doc is converted by soffice when it is installed).
    monkeypatch.setattr("fyplan.read.formats.convert.shutil.which", lambda name: None)
    with pytest.raises(fyplan.NoticeError) as caught:
        fyplan.parse(data, source="bad.docx")
    assert words in str(caught.value)


def test_a_zip_bomb_is_refused_before_it_is_opened() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>" + b" " * 400_000_000)
    with pytest.raises(fyplan.NoticeError) as caught:
        fyplan.parse(out.getvalue(), source="bomb.docx")
    assert "decompress" in str(caught.value)


def test_a_pdf_without_text_is_a_scan() -> None:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.rect(50, 50, 200, 200, fill=1)  # a picture, no text
    page.save()
    with pytest.raises(fyplan.NoticeError) as caught:
        fyplan.parse(out.getvalue(), source="scan.pdf")
    assert "no text layer" in str(caught.value)


def test_a_folder_reads_every_format_and_says_what_it_skips(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.DOCX").write_bytes(FORMATS["docx paragraphs"]())
    (tmp_path / "sub" / "b.xlsx").write_bytes(FORMATS["xlsx"]())
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    result = CliRunner().invoke(main, ["query", "id:16.9", str(tmp_path), "--format", "ids"])
    assert result.exit_code == 0, result.output
    assert "photo.jpg: skipped" in result.stderr and "1 file skipped" in result.stderr
    assert sorted(Path(line).name for line in result.stdout.split()) == ["a.DOCX:16.9", "b.xlsx:16.9"]


def test_a_folder_exported_to_a_file_says_what_it_skips_once(tmp_path: Path) -> None:
    # The check that the output is no notice being read looks at the folder too: it must not say the skip again.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.DOCX").write_bytes(FORMATS["docx paragraphs"]())
    (tmp_path / "in" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    out = tmp_path / "all.csv"
    result = CliRunner().invoke(main, ["export", str(tmp_path / "in"), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("photo.jpg: skipped") == 1 and result.stderr.count("1 file skipped") == 1
    assert out.read_text(encoding="utf-8-sig").count("\n") > 100


def test_fmt_rewrites_text_only(tmp_path: Path) -> None:
    path = tmp_path / "notice.docx"
    data = FORMATS["docx paragraphs"]()
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["fmt", str(path)])
    assert (
        result.exit_code == 2 and "fmt rewrites text notices only" in result.stderr and "Word document" in result.stderr
    )
    assert path.read_bytes() == data


_SMALL = {
    "docx": docs.docx_paragraphs(LINES[:40]),
    "xlsx": docs.xlsx({"任务": [docs.COLUMNS, *list(docs.table_rows(EXAMPLE))[:10]]}),
    "html": docs.html_page(LINES[:40]),
}


@given(st.sampled_from(sorted(_SMALL)), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8))
def test_damaged_documents_read_or_say_why(kind: str, flips: list[tuple[int, int]]) -> None:
    """Bytes changed anywhere in a document: a Notice or a NoticeError, never another exception."""
    data = bytearray(_SMALL[kind])
    for at, value in flips:
        data[at % len(data)] = value
    with contextlib.suppress(fyplan.NoticeError):
        fyplan.parse(bytes(data), source=f"x.{kind}")


def test_a_row_with_empty_duty_cells_stays_an_item() -> None:
    rows: list[list[str | None]] = [
        ["某市2026年重点工作及责任分解"],
        ["序号", "工作任务", "牵头单位", "责任单位"],
        ["1", "新建公园3座。", "市园林局", "市财政局"],
        ["2", "改造道路10公里。", None, None],
        ["3", "新增停车位500个。", "市交通局", None],
    ]
    notice = fyplan.parse(docs.xlsx({"任务": rows}), source="gaps.xlsx")
    assert [(i.id, [u.name for u in i.lead_units]) for i in notice.items()] == [
        ("1", ["市园林局"]),
        ("2", []),
        ("3", ["市交通局"]),
    ]
    assert notice.title == "某市2026年重点工作及责任分解"  # a title row is its text, without cell borders
    assert "序号" not in notice.preamble


def test_an_encrypted_pdf_is_said_to_be_encrypted() -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, encrypt=pdfencrypt.StandardEncryption("secret"))
    page.drawString(50, 700, "notice")
    page.save()
    with pytest.raises(fyplan.NoticeError) as caught:
        fyplan.parse(out.getvalue(), source="locked.pdf")
    assert "encrypted PDF" in str(caught.value)


def test_html_footers_named_by_class_or_id_are_dropped() -> None:
    page = (
        "<html><body><div class='top-nav'>首页</div><div id='content'><p>一、目标</p><p>1.新建公园。</p>"
        "<p>牵头单位:市园林局</p></div><div class='footer'>版权所有:某市人民政府办公室 | 联系我们</div>"
        "<div id='foot-info'>主办单位:某市政府</div></body></html>"
    ).encode()
    notice = fyplan.parse(page, source="page.html")
    assert [(i.id, [u.name for u in i.lead_units]) for i in notice.items()] == [("1", ["市园林局"])]
    assert not notice.diagnostics


def test_reader_diagnostics_show_the_place_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    path.write_bytes(
        docs.docx_paragraphs(
            ["某市2024年重点工作", "一、建设", "1.新建公园。", "牵头单位:", "2.改造道路。", "牵头单位:市交通局"]
        )
    )
    result = CliRunner().invoke(main, ["show", str(path)])
    assert f"{path}: paragraph 4: error: 牵头单位 is empty" in result.stderr


# ---- a data portal's JSON download of the tasks -------------------------------------------------------------------

_PORTAL = """{
  "code": 0,
  "data": {
    "title": "某市2020年重点工作任务分解",
    "fields": [
      {"name": "BH", "cnName": "编号"},
      {"name": "XH", "cnName": "序号"},
      {"name": "RW", "cnName": "重点工作任务"},
      {"name": "LD", "cnName": "责任领导"},
      {"name": "QT", "cnName": "牵头单位"},
      {"name": "PH", "cnName": "配合单位"},
      {"name": "SX", "cnName": "完成时限"}
    ],
    "rows": [
      {"BH": "x-01", "XH": "1", "RW": "新建5G基站800个。", "LD": "赵刚", "QT": "市工信局", "PH": "市通信发展办", "SX": "2020年12月"},
      {"BH": "x-02", "XH": "2", "RW": "完成老旧小区改造30个。", "LD": "钱敏", "QT": "市住建局", "PH": null, "SX": "2020年11月"},
      {"BH": "x-03", "XH": "3", "RW": "新增公办学位2000个。", "LD": "钱敏、孙伟", "QT": "市教育局", "PH": "市财政局\\n各区人民政府", "SX": "2020年9月"},
      {"BH": "x-04", "XH": "4", "RW": "新建口袋公"""


def test_a_portals_json_download_reads_its_records_by_their_captions() -> None:
    # Fields named by codes (QT, PH) whose captions the download gives; the page cut inside record 4: three read.
    notice = fyplan.parse(_PORTAL.encode(), source="tasks.json")
    got = [
        (
            i.id,
            i.text,
            [p.name for p in i.leaders],
            [u.name for u in i.lead_units],
            [u.name for u in i.cooperating_units],
        )
        for i in notice.items()
    ]
    assert got == [
        ("1", "新建5G基站800个。", ["赵刚"], ["市工信局"], ["市通信发展办"]),
        ("2", "完成老旧小区改造30个。", ["钱敏"], ["市住建局"], []),
        ("3", "新增公办学位2000个。", ["钱敏", "孙伟"], ["市教育局"], ["市财政局", "各区人民政府"]),
    ]
    assert [str(i.deadline) for i in notice.items()] == ["2020年12月", "2020年11月", "2020年9月"]
    assert any("cut off" in d.message for d in notice.diagnostics)


def test_a_json_list_of_records_named_in_chinese() -> None:
    data = (
        '[{"序号": 1, "工作任务": "完成甲事项。", "牵头部门": "县发改局", "配合部门": "县财政局"},'
        ' {"序号": 2, "工作任务": "完成乙事项。", "牵头部门": "县教育局", "配合部门": ""}]'
    )
    notice = fyplan.parse(data.encode(), source="list.json")
    assert [(i.id, [u.name for u in i.lead_units]) for i in notice.items()] == [
        ("1", ["县发改局"]),
        ("2", ["县教育局"]),
    ]


@pytest.mark.parametrize(
    "data", [b'{"a": 1, "b": [1, 2]}', b'{"rows": [{"x": 1, "y": 2, "z": 3}', b'[{"x": 1}, {"x": 2}]']
)
def test_json_with_no_records_of_tasks_gets_a_sentence(data: bytes) -> None:
    with pytest.raises(fyplan.NoticeError) as caught:
        fyplan.parse(data, source="other.json")
    assert "other.json" in str(caught.value)


def test_a_notice_that_opens_with_a_bracket_is_no_json() -> None:
    text = "[接上页]\n一、稳增长\n1.新建厂房5万平方米。(牵头单位:县工信局)\n"
    assert [u.name for i in fyplan.parse(text.encode()).items() for u in i.lead_units] == ["县工信局"]


@pytest.mark.parametrize("data", [b'{"a":' * 100_000, b'{"rows": [' + b'{"x": {"y": ' * 40 + b"1"])
def test_json_nested_past_any_download_is_refused_with_a_sentence(data: bytes) -> None:
    # (nested past Python's recursion limit, or a cut inside dozens of open objects: each read of one would run to the
    # text's end — refused, not read in quadratic time)
    with pytest.raises(fyplan.NoticeError) as caught:
        fyplan.parse(data, source="deep.json")
    assert "nested deeper" in str(caught.value)
