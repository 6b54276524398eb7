"""stats with a query and --format, query --group-by, notes for bare names, and “did you mean” for
option values (issue 11). Expected counts come from grep over examples/fuyang-2019.txt:

- 市教育局 is named on the duty lines of 18 items (8 as lead, 11 as cooperating, 19.7 both);
  their 牵头负责领导 lines name 黄珍 8 times (19.7 29.7 36.1 36.2 36.3 36.4 36.6 42.2),
  市政府常务副市长 5 (10 30.4 35.4 36.5 42.2), 王玉峰 4 (18.1 38.1 39.9 42.2), 李红 3
  (18.4 31.1 42.2), 王显义 1 (29.4).
- ``grep -c '^牵头责任单位:.*市发展改革委'`` gives 29, ``… 市财政局`` 11.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from fyplan.terminal.cli import main

runner = CliRunner()
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "fuyang-2019.txt"
EDUCATION_LEADERS = {"黄珍": 8, "市政府常务副市长": 5, "王玉峰": 4, "李红": 3, "王显义": 1}


def test_query_reads_a_bare_name_as_a_unit_and_notes_it() -> None:
    result = runner.invoke(main, ["query", "市教育局", "--format", "ids"])
    assert result.exit_code == 0
    assert len(result.stdout.split()) == 18
    assert "fyplan: note: 市教育局 is read as unit:市教育局" in result.stderr
    assert "note" not in result.stdout  # stdout holds only results


def test_stats_takes_a_query_as_its_first_argument() -> None:
    result = runner.invoke(main, ["stats", "市教育局", "--by", "leader", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["leader"]: r["items"] for r in rows} == EDUCATION_LEADERS
    assert "note: 市教育局 is read as unit:市教育局" in result.stderr


def test_stats_where_and_paths() -> None:
    by_where = runner.invoke(main, ["stats", "--where", "unit:市教育局", str(EXAMPLE), "--format", "csv"])
    first = runner.invoke(main, ["stats", "unit:市教育局", str(EXAMPLE), "--format", "csv"])
    assert by_where.exit_code == first.exit_code == 0
    assert by_where.stdout == first.stdout
    rows = list(csv.DictReader(io.StringIO(first.stdout)))
    assert {r["leader"]: int(r["items"]) for r in rows} == EDUCATION_LEADERS
    # A path first is a path: all items are counted (李红 is on 40 duty lines).
    whole = runner.invoke(main, ["stats", str(EXAMPLE), "--format", "csv"])
    assert {r["leader"]: r["items"] for r in csv.DictReader(io.StringIO(whole.stdout))}["李红"] == "40"


def test_stats_query_may_start_with_a_minus() -> None:
    everything = runner.invoke(main, ["stats", "--format", "json"])
    without = runner.invoke(main, ["stats", "-leader:李红", "--format", "json"])
    assert without.exit_code == 0, without.output
    assert "李红" in {r["leader"] for r in json.loads(everything.stdout)}
    assert "李红" not in {r["leader"] for r in json.loads(without.stdout)}


def test_stats_a_missing_file_is_not_read_as_a_query(tmp_path: Path) -> None:
    result = runner.invoke(main, ["stats", str(tmp_path / "notcie.txt")])
    assert result.exit_code == 2
    assert "notcie.txt: no such file" in result.stderr and "--where" in result.stderr
    result = runner.invoke(main, ["stats", "市教育局", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "missing.txt: no such file or folder" in result.stderr


def test_stats_by_unit_csv_keeps_lead_and_coop_apart() -> None:
    result = runner.invoke(main, ["stats", "市教育局", "--by", "单位", "--format", "csv"])
    rows = {r["unit"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert list(next(iter(rows.values()))) == ["unit", "lead", "coop", "items"]
    assert (rows["市教育局"]["lead"], rows["市教育局"]["coop"], rows["市教育局"]["items"]) == ("8", "11", "18")


def test_stats_by_lead_has_no_column_of_zeros() -> None:
    table = runner.invoke(main, ["stats", "--by", "lead", "--width", "120"])
    header = table.stdout.splitlines()[1]
    assert "items" in header and "coop" not in header
    cells = [[c.strip() for c in line.split("│")[1:-1]] for line in table.stdout.splitlines() if "│" in line]
    assert ["市发展改革委", "29", "█" * 24] in cells
    data = json.loads(runner.invoke(main, ["stats", "--by", "lead", "--format", "json"]).stdout)
    assert data[0] == {"lead": "市发展改革委", "items": 29}
    coop = json.loads(runner.invoke(main, ["stats", "--by", "coop", "--format", "json"]).stdout)
    assert all(set(row) == {"coop", "items"} for row in coop)


def test_stats_matrix_as_csv() -> None:
    result = runner.invoke(main, ["stats", "市教育局", "--by", "leader,section", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["leader"]: int(r["total"]) for r in rows} == EDUCATION_LEADERS
    # 黄珍's items of 市教育局 by section: 19.7 in 4, 29.7 in 7, 36.x in 9 (5 of them), 42.2 in 10.
    huang = next(r for r in rows if r["leader"] == "黄珍")
    assert {k.split()[0]: v for k, v in huang.items() if k[0].isdigit() and v != "0"} == {
        "4": "1",
        "7": "1",
        "9": "5",
        "10": "1",
    }


def test_query_group_by() -> None:
    ids = runner.invoke(main, ["query", "市教育局", "--group-by", "领导", "--format", "ids"])
    assert ids.exit_code == 0, ids.output
    pairs = [line.split("\t") for line in ids.stdout.splitlines()]
    counted: dict[str, int] = {}
    for leader, _ in pairs:
        counted[leader] = counted.get(leader, 0) + 1
    assert counted == EDUCATION_LEADERS
    assert ["李红", "42.2"] in pairs and ["黄珍", "42.2"] in pairs  # 42.2 has four leaders: in each group
    rows = list(
        csv.DictReader(
            io.StringIO(runner.invoke(main, ["query", "id:42.2", "--group-by", "leader", "--format", "csv"]).stdout)
        )
    )
    assert [r["group"] for r in rows] == ["市政府常务副市长", "王玉峰", "黄珍", "李红"]
    assert {r["id"] for r in rows} == {"42.2"}
    chinese = runner.invoke(main, ["query", "id:42.2", "--group-by", "leader", "--format", "csv", "--headers", "zh"])
    assert chinese.stdout.startswith("分组,编号,")
    records = [
        json.loads(line)
        for line in runner.invoke(
            main, ["query", "id:7", "--group-by", "section", "--format", "jsonl"]
        ).stdout.splitlines()
    ]
    assert [(r["group"], r["id"]) for r in records] == [("1 确保完成全年主要预期目标", "7")]
    table = runner.invoke(main, ["query", "id:42.2", "--group-by", "leader", "--width", "120"])
    assert "leader 王玉峰 · 1 item" in table.stdout
    nothing = runner.invoke(main, ["query", "id:999", "--group-by", "unit"])
    assert nothing.exit_code == 0 and "0 items" in nothing.stdout


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["query", "id:7", "--format", "jsnl"], "did you mean jsonl?"),
        (["stats", "--format", "cvs"], "did you mean csv?"),
        (["export", "--format", "josn"], "did you mean json?"),
        (["stats", "--by", "uint"], "did you mean unit?"),
        (["stats", "--by", "领到"], "did you mean 领导?"),
        (["stats", "--by", "leader,部份"], "did you mean 部分?"),
        (["query", "id:7", "--group-by", "sectoin"], "did you mean section?"),
        (["query", "id:7", "--group-by", "单元"], "did you mean 单位?"),
    ],
)
def test_option_values_say_what_was_meant(args: list[str], hint: str) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert hint in result.stderr


def test_by_and_group_by_take_chinese_field_names() -> None:
    chinese = runner.invoke(main, ["stats", "--by", "领导,部分", "--format", "csv"])
    english = runner.invoke(main, ["stats", "--by", "leader,section", "--format", "csv"])
    assert chinese.exit_code == 0 and chinese.stdout == english.stdout
    grouped = runner.invoke(main, ["query", "id:7", "--group-by", "单位", "--format", "ids"])
    assert grouped.exit_code == 0 and grouped.stdout.splitlines()[0].endswith("\t7")


def test_check_help_comes_from_the_rule_registry() -> None:
    from fyplan.checks import RULES

    result = runner.invoke(main, ["check", "--help"])
    for rule in RULES:
        assert f"{rule.code} {rule.severity or ''}" in result.stdout and rule.help in result.stdout


def test_a_bare_unit_name_gets_the_role_column() -> None:
    """Read as unit:市教育局, the query is about one body: each row says how 市教育局 takes part."""
    result = runner.invoke(main, ["query", "市教育局", "--format", "csv"])
    roles = {r["id"]: r["role"] for r in csv.DictReader(io.StringIO(result.stdout))}
    assert len(roles) == 18
    # 36.1: lead line names it; 10: the cooperating line; 19.7: both lines (FY005).
    assert (roles["36.1"], roles["10"], roles["19.7"]) == ("牵头", "协同", "牵头、协同")
