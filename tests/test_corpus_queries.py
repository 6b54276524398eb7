"""The corpus's query fields (place, year, level, doc) as entries of the field registry, and the
commands that take a query (stats, query --group-by, the shell) over notices of several places."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpora import write_corpus

import fyplan
from fyplan.query import QueryError, fields, parse_query
from fyplan.query.ast import Term
from fyplan.terminal.cli import main
from fyplan.terminal.shell import run_shell

runner = CliRunner()


def test_the_notice_fields_are_in_the_registry() -> None:
    assert {name: fields.ALIASES[name] for name in ("地区", "年份", "层级", "文号")} == {
        "地区": "place",
        "年份": "year",
        "层级": "level",
        "文号": "doc",
    }
    assert {"place", "year", "level"} <= set(fields.GROUP_FIELDS) and "doc" not in fields.GROUP_FIELDS
    example = [fyplan.example()]
    # What the shell completes after place: and year: for the bundled Fuyang 2019 notice.
    place, year = fields.get("place").values, fields.get("year").values
    assert place is not None and place(example) == ["阜阳市"]
    assert year is not None and year(example) == ["2019"]


def test_a_year_term_is_checked_whatever_its_operator() -> None:
    assert str(Term("year", ">=", "2020")) == "year>=2020"
    assert str(Term("year", "!=", "2020")) == "year!=2020"
    for op, value in ((":", "20"), ("=", "二〇二〇"), ("~", "20.*"), ("<", "2020年")):
        with pytest.raises(QueryError, match="four digits"):
            Term("year", op, value)  # type: ignore[arg-type]
    with pytest.raises(QueryError, match="and year: year>=2020"):
        parse_query("place>=3")


def test_year_with_a_bare_name() -> None:
    # The example is of 2019: year>=2019 keeps all of 市教育局's items, year>=2020 none.
    unit = runner.invoke(main, ["query", "unit:市教育局", "--format", "ids"]).stdout.split()
    both = runner.invoke(main, ["query", "年份>=2019 并且 市教育局", "--format", "ids"])
    assert both.exit_code == 0 and both.stdout.split() == unit and unit
    assert "read as unit:市教育局" in both.stderr
    later = runner.invoke(main, ["query", "year>=2020 and 市教育局", "--format", "ids"])
    assert later.exit_code == 0 and later.stdout == ""


def test_stats_of_a_query_by_place_over_a_folder(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    result = runner.invoke(main, ["stats", "year>=2020", str(tmp_path), "--by", "地区", "--format", "json"])
    assert result.exit_code == 0, result.output
    # 青溪市 2020: 2 items; 云岭市 2020: 4; 东湖县 2021: 1; 青溪市's 2019 notice is left out.
    assert json.loads(result.stdout) == [
        {"place": "云岭市", "items": 4},
        {"place": "青溪市", "items": 2},
        {"place": "东湖县", "items": 1},
    ]


def test_stats_of_a_query_keeps_bodies_of_two_places_apart(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    result = runner.invoke(
        main, ["stats", "--where", "lead:市财政局", str(tmp_path), "--by", "unit", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "unit,lead,coop,items",
        "青溪市·市财政局,3,0,3",
        "云岭市·市财政局,2,0,2",
    ]
    # Within one place the names stand alone.
    one = runner.invoke(
        main, ["stats", "place:云岭", str(tmp_path / "yunling-2020.txt"), "--by", "lead", "--format", "csv"]
    )
    # (equal counts: by name, in code point order, 科 before 财)
    assert one.stdout.splitlines() == ["lead,items", "市科技局,2", "市财政局,2"]


def test_stats_takes_a_glob_as_its_first_argument(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    result = runner.invoke(main, ["stats", str(tmp_path / "qingxi" / "*.txt"), "--by", "year", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"year": "2019", "items": 3}, {"year": "2020", "items": 2}]
    nothing = runner.invoke(main, ["stats", str(tmp_path / "nowhere" / "*.txt")])
    assert nothing.exit_code == 2 and "no file matches this pattern" in nothing.stderr and "--where" in nothing.stderr


def test_stats_a_query_with_a_star_is_a_query() -> None:
    # id:12.* names no file: it is the query, and counts the items query finds.
    ids = runner.invoke(main, ["query", "id:12.*", "--format", "ids"]).stdout.split()
    result = runner.invoke(main, ["stats", "id:12.*", "--by", "section", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert sum(row["items"] for row in json.loads(result.stdout)) == len(ids) > 0


def test_stats_a_missing_path_after_the_query(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    result = runner.invoke(main, ["stats", "place:青溪", str(tmp_path / "qingxi"), str(tmp_path / "gone.txt")])
    # As every command reads many paths: the missing one is reported and skipped, the rest counted.
    assert result.exit_code == 0 and "gone.txt: no such file or folder" in result.stderr


def test_query_group_by_place_and_a_body_within_its_place(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    by_place = runner.invoke(main, ["query", "unit:市财政局", str(tmp_path), "--group-by", "地区", "--format", "ids"])
    assert by_place.exit_code == 0, by_place.output
    assert sorted(by_place.stdout.splitlines()) == [
        "云岭市\tyunling-2020.txt:1",
        "云岭市\tyunling-2020.txt:2",
        "青溪市\t2019.txt:1",
        "青溪市\t2019.txt:3",
        "青溪市\t2020.txt:1",
    ]
    by_lead = runner.invoke(main, ["query", "lead:市财政局", str(tmp_path), "--group-by", "lead", "--format", "ids"])
    assert {line.split("\t")[0] for line in by_lead.stdout.splitlines()} == {"青溪市·市财政局", "云岭市·市财政局"}


def test_shell_stats_by_year_of_a_query(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    script = f"\\load {tmp_path / 'qingxi'}\n\\format csv\n\\stats year place:青溪\n"
    out, err = io.StringIO(), io.StringIO()
    code = run_shell([], stdin=io.StringIO(script), stdout=out, stderr=err, interactive=False)
    assert code == 0, err.getvalue()
    assert out.getvalue().splitlines() == ["year,items", "2019,3", "2020,2"]
