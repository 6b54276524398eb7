"""The command line, driven through click's runner (no terminal, so no colour codes)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from fyplan.terminal.cli import main

runner = CliRunner()


def test_export_jsonl_on_the_bundled_example() -> None:
    result = runner.invoke(main, ["export", "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 201
    row = next(r for r in rows if r["id"] == "12.3")
    assert row["leaders"] == ["李红"]
    assert row["lead_units"] == ["市经济和信息化局", "颍东区人民政府", "阜阳经开区管委会"]
    assert row["open_ended"] == {"lead_units": False, "cooperating_units": True}
    assert row["source"] == "fuyang-2019.txt" and row["line"] == 125
    required = {"id", "section", "section_title", "subsection", "task", "subtask", "text", "leaders"}
    required |= {"lead_units", "cooperating_units", "open_ended", "deadline", "source", "line"}
    assert required <= set(row)


def test_export_csv_joins_lists() -> None:
    result = runner.invoke(main, ["export", "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 201
    assert rows[1]["cooperating_units"] == "市税务局、人行阜阳中心支行"
    assert rows[10]["leaders"] == "孙正东、市政府常务副市长"


def test_export_json_is_the_whole_tree(tmp_path: Path) -> None:
    out = tmp_path / "n.json"
    result = runner.invoke(main, ["export", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["doc_number"] == "阜政发〔2019〕16号"
    assert len(data["sections"]) == 10


def test_show_prints_the_tree_without_colour() -> None:
    result = runner.invoke(main, ["show", "--width", "100"])
    assert result.exit_code == 0
    assert "\x1b[" not in result.output
    assert "一、确保完成全年主要预期目标" in result.output
    assert "12.3 加快煤基新材料昊源二期" in result.output
    assert "人行阜阳中心支行等" in result.output


def test_unreadable_input_exits_2_with_a_sentence(tmp_path: Path) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)))
    result = runner.invoke(main, ["show", str(binary)])
    assert result.exit_code == 2
    assert "not a text document" in result.output
    assert "Traceback" not in result.output

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(main, ["export", str(empty)])
    assert result.exit_code == 2
    assert "the document is empty" in result.output


def test_strict_exits_1_on_problems(tmp_path: Path) -> None:
    text = (Path(__file__).parent.parent / "examples" / "fuyang-2019.txt").read_text(encoding="utf-8")
    path = tmp_path / "bad.txt"
    path.write_text(text.replace("市税务局、人行阜阳中心支行等", "市税务局、、人行阜阳中心支行等"), encoding="utf-8")
    lenient = runner.invoke(main, ["export", str(path)])
    assert lenient.exit_code == 0
    assert "doubled separator" in lenient.output  # reported, but the export still ran
    strict = runner.invoke(main, ["export", "--strict", str(path)])
    assert strict.exit_code == 1


def test_version() -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and "fyplan" in result.output


def test_query_table_and_formats() -> None:
    table = runner.invoke(main, ["query", "leader:李红 and target>=10%", "--width", "160"])
    assert table.exit_code == 0
    assert "6 items · leader:李红 and target>=10%" in table.output
    for item_id in ("12.5", "24.6", "30.2", "31.1"):
        assert f"│ {item_id}" in table.output
    ids = runner.invoke(main, ["query", "coop:阜阳海关", "--format", "ids"])
    assert ids.output.split() == ["6", "20.6", "25.1", "25.2", "25.3"]
    jsonl = runner.invoke(main, ["query", "target:棚户区", "--format", "jsonl"])
    (row,) = [json.loads(line) for line in jsonl.output.splitlines()]
    assert row["id"] == "16.9"
    assert [t["value"] for t in row["targets"]] == [32771.0, 18514.0]


def test_query_errors_and_hints() -> None:
    bad = runner.invoke(main, ["query", "leadr:李红"])
    assert bad.exit_code == 2
    assert "did you mean leader:?" in bad.output and "^" in bad.output
    hint = runner.invoke(main, ["query", "leader:李虹", "--format", "ids"])
    assert hint.exit_code == 0
    assert "hint: no leader matches “李虹”; closest: 李红" in hint.output


def test_query_several_files_and_folders(tmp_path: Path) -> None:
    text = (Path(__file__).parent.parent / "examples" / "fuyang-2019.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    # b is another version (one target changed): a copy of the same notice would be counted once.
    (tmp_path / "b.txt").write_text(text.replace("增长8.5%", "增长8%", 1), encoding="utf-8")
    result = runner.invoke(main, ["query", "id:7", str(tmp_path), "--format", "ids"])
    assert result.output.split() == ["a.txt:7", "b.txt:7"]
    one = runner.invoke(main, ["query", "id:7 source:b.txt", str(tmp_path), "--format", "ids"])
    assert one.output.split() == ["b.txt:7"]


def test_query_help_teaches_the_language() -> None:
    result = runner.invoke(main, ["query", "--help"])
    assert result.exit_code == 0
    for example in ("leader:李红 and target>=10%", "target:增长>=10%", "id:12.*", "has:deadline", "-term"):
        assert example in result.output


def test_no_arguments_prints_help_and_exits_0() -> None:
    result = runner.invoke(main, [])
    assert result.exit_code == 0 and "Commands:" in result.output


def test_reads_standard_input() -> None:
    data = (Path(__file__).parent.parent / "examples" / "fuyang-2019.txt").read_bytes()
    result = runner.invoke(main, ["export", "-", "--format", "jsonl"], input=data)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 201 and rows[0]["source"] == "<stdin>"


def test_utf16_without_bom(tmp_path: Path) -> None:
    text = (Path(__file__).parent.parent / "examples" / "fuyang-2019.txt").read_text(encoding="utf-8")
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        result = runner.invoke(main, ["export", str(path)])
        assert result.exit_code == 0
        assert len(result.output.splitlines()) == 201


def test_a_folder_with_one_bad_file_still_answers(tmp_path: Path) -> None:
    text = (Path(__file__).parent.parent / "examples" / "fuyang-2019.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "news.txt").write_text("今天天气很好,市民纷纷出门踏青。\n", encoding="utf-8")
    result = runner.invoke(main, ["query", "id:7", str(tmp_path), "--format", "ids"])
    assert result.exit_code == 0
    assert "skipping" in result.output and "news.txt" in result.output
    assert result.output.splitlines()[-1] == "7"  # one notice was read, so no file prefix
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = runner.invoke(main, ["query", "id:7", str(empty)])
    assert nothing.exit_code == 2 and "no notice files" in nothing.output


def test_no_matches_print_nothing_for_ids() -> None:
    result = runner.invoke(main, ["query", "id:999", "--format", "ids"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "no item id matches “999”" in result.stderr


def test_width_is_bounded() -> None:
    result = runner.invoke(main, ["show", "--width", "0"])
    assert result.exit_code == 2 and "20<=x<=1000" in result.output


def test_diagnostics_are_one_line_each(tmp_path: Path) -> None:
    text = (Path(__file__).parent.parent / "examples" / "fuyang-2019.txt").read_text(encoding="utf-8")
    path = tmp_path / "bad.txt"
    path.write_text(
        text.replace("牵头负责领导:李红。\n\n牵头责任单位:市商务局。", "牵头负责领导:李红。", 1), encoding="utf-8"
    )
    result = runner.invoke(main, ["export", str(path)])
    (line,) = [ln for ln in result.output.splitlines() if "expected after" in ln]
    assert line.startswith(f"{path}:53:1: error: 牵头责任单位 expected after 牵头负责领导")
    assert "line 53:" not in line


def test_shell_command_from_a_pipe() -> None:
    result = runner.invoke(main, ["shell"], input="\\format ids\nleader:李红 and target>=10%\n")
    assert result.exit_code == 0
    assert result.output.split() == ["5", "6", "12.5", "24.6", "30.2", "31.1"]


def test_fmt_rewrites_checks_and_keeps_the_model(tmp_path: Path) -> None:
    import fyplan

    original = Path(__file__).parent.parent / "examples" / "fuyang-2019.txt"
    path = tmp_path / "n.txt"
    path.write_bytes(original.read_bytes())
    assert runner.invoke(main, ["fmt", str(path), "--check"]).exit_code == 1
    assert path.read_bytes() == original.read_bytes()  # --check changes nothing
    assert runner.invoke(main, ["fmt", str(path)]).exit_code == 0
    assert runner.invoke(main, ["fmt", str(path), "--check"]).exit_code == 0
    assert fyplan.load(path) == fyplan.load(original)
    inline = runner.invoke(main, ["fmt", str(path), "--style", "inline", "--stdout"])
    assert "1．全市生产总值增长8.5%。（牵头负责领导：市政府常务副市长；" not in inline.output
    assert "1.全市生产总值增长8.5%。（牵头负责领导：市政府常务副市长；牵头责任单位：市发展改革委；" in inline.output
    assert runner.invoke(main, ["fmt", str(path), "--style", "gothic"]).exit_code == 2


def test_fmt_refuses_to_drop_what_it_could_not_read(tmp_path: Path) -> None:
    text = (Path(__file__).parent.parent / "examples" / "fuyang-2019.txt").read_text(encoding="utf-8")
    path = tmp_path / "bad.txt"
    path.write_text(
        text.replace("一、确保完成全年主要预期目标\n", "一、确保完成全年主要预期目标\n\n牵头责任单位:市财政局。\n"),
        encoding="utf-8",
    )
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 2 and "not under any numbered item" in result.output
    assert path.read_text(encoding="utf-8").count("牵头责任单位:市财政局。\n") >= 1  # untouched


def test_fmt_check_from_stdin() -> None:
    canonical = runner.invoke(
        main, ["fmt", "-"], input=(Path(__file__).parent.parent / "examples" / "fuyang-2019.txt").read_bytes()
    )
    assert canonical.exit_code == 0
    again = runner.invoke(main, ["fmt", "-", "--check"], input=canonical.stdout.encode("utf-8"))
    assert again.exit_code == 0  # canonical text stays as it is
