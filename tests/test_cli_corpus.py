"""Every command takes many paths: files, folders and globs, read as one corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner
from corpora import notice_text, write_corpus

from fyplan.terminal.cli import main
from fyplan.terminal.shell import run_shell

runner = CliRunner()


def test_export_a_folder_as_one_csv_table(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    result = runner.invoke(main, ["export", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 10
    assert sorted({(r["place"], r["level"], r["year"]) for r in rows}) == [
        ("东湖县", "县区", "2021"),
        ("云岭市", "市", "2020"),
        ("青溪市", "市", "2019"),
        ("青溪市", "市", "2020"),
    ]
    assert "skipping" in result.stderr and "news.txt" in result.stderr


def test_export_json_of_one_file_is_a_tree_of_several_an_array(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    one = runner.invoke(main, ["export", str(tmp_path / "yunling-2020.txt"), "--format", "json"])
    assert json.loads(one.stdout)["place"] == "云岭市"
    two = runner.invoke(main, ["export", str(tmp_path / "qingxi"), "--format", "json"])
    assert [t["year"] for t in json.loads(two.stdout)] == [2019, 2020]


def test_show_many_and_an_item_among_many(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    result = runner.invoke(main, ["show", str(tmp_path / "qingxi"), str(tmp_path / "yunling-2020.txt")])
    assert result.exit_code == 0
    assert result.stdout.count("人民政府关于") == 3
    item = runner.invoke(main, ["show", str(tmp_path / "qingxi"), "--item", "2020.txt:2"])
    assert item.exit_code == 0 and "市教育局" in item.stdout and "市财政局" not in item.stdout
    missing = runner.invoke(main, ["show", str(tmp_path / "qingxi"), "--item", "9"])
    assert missing.exit_code == 2 and "has no item 9" in missing.stderr


def test_stats_by_place_and_year(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    result = runner.invoke(main, ["stats", str(tmp_path), "--by", "place"])
    assert result.exit_code == 0
    lines = {line.split()[1]: line.split()[3] for line in result.stdout.splitlines() if "市 " in line or "县 " in line}
    assert lines == {"青溪市": "5", "云岭市": "4", "东湖县": "1"}
    matrix = runner.invoke(main, ["stats", str(tmp_path), "--by", "place,year", "--width", "120"])
    assert matrix.exit_code == 0 and "2019" in matrix.stdout
    units = runner.invoke(main, ["stats", str(tmp_path), "--by", "lead", "--width", "120"])
    assert "青溪市·市财政局" in units.stdout and "云岭市·市财政局" in units.stdout


def test_query_and_check_take_globs(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    result = runner.invoke(
        main, ["query", "place:青溪 year>=2020", str(tmp_path / "qingxi" / "*.txt"), "--format", "ids"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == ["2020.txt:1", "2020.txt:2"]
    checked = runner.invoke(main, ["check", str(tmp_path / "*-20*.txt"), "--json"])
    assert checked.exit_code == 0, checked.output
    assert json.loads(checked.stdout) == []


def test_no_readable_notice_exits_2(tmp_path: Path) -> None:
    (tmp_path / "news.txt").write_text("今天天气很好。\n", encoding="utf-8")
    (tmp_path / "more.txt").write_text("明天也很好。\n", encoding="utf-8")
    result = runner.invoke(main, ["export", str(tmp_path)])
    assert result.exit_code == 2 and "no readable notice" in result.stderr


def test_shell_load_list_unload(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    (tmp_path / "extra.txt").write_text(notice_text("安澜市", 2022, ["市财政局"]), encoding="utf-8")
    script = (
        f"\\load {tmp_path / 'qingxi'}\n\\load {tmp_path / 'extra.txt'}\n\\list\n"
        "\\format ids\nunit:市财政局\n\\unload 1\n\\unload extra.txt\nunit:市财政局\n\\unload 7\n\\list\n"
    )
    out, err = io.StringIO(), io.StringIO()
    code = run_shell([], stdin=io.StringIO(script), stdout=out, stderr=err, interactive=False)
    text = out.getvalue()
    # \list: the bundled example, the two 青溪市 notices and 安澜市's.
    assert "阜阳市" in text and "青溪市" in text and "安澜市" in text
    ids = [line for line in text.splitlines() if line[:1].isalnum() and ":" in line and "│" not in line]
    # Before unloading: 2019.txt has 2 items of 市财政局, 2020.txt 1, extra.txt 1, the example its own.
    assert "2019.txt:1" in ids and "extra.txt:1" in ids
    assert "unloaded" in err.getvalue() and "no loaded notice is 7" in err.getvalue()
    after = ids[ids.index("extra.txt:1") + 1 :]
    assert after == ["2019.txt:1", "2019.txt:3", "2020.txt:1"]
    assert code == 2  # \unload 7 failed: a scripted shell with a failed line exits 2
