"""The shell's rough edges of issue 11: ``\\stats ARG`` uses ARG, the --help example keeps its ``%``
through printf, a bad line of a script is reported with its number and fails the run with 2, and bare
names are read (and noted) as in ``fyplan query``. Counts from grep over examples/fuyang-2019.txt."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from fyplan.terminal.cli import main
from fyplan.terminal.shell import run_shell, suggest


def run(script: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_shell([], stdin=io.StringIO(script), stdout=out, stderr=err, interactive=False)
    return code, out.getvalue(), err.getvalue()


def _row(out: str, name: str) -> list[str]:
    """The cells of the table row for ``name``."""
    for line in out.splitlines():
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if cells and cells[0] == name:
            return cells
    raise AssertionError(f"no row {name} in\n{out}")


def test_stats_uses_its_argument() -> None:
    code, out, err = run("\\stats unit\n")
    assert code == 0, err
    assert out.splitlines()[1].split("┃")[1].strip() == "unit"
    # 市教育局: 8 items as lead, 11 as cooperating, 18 in all (19.7 is both).
    assert _row(out, "市教育局")[:4] == ["市教育局", "8", "11", "18"]


def test_stats_with_a_query_and_chinese_names() -> None:
    code, out, err = run("\\stats 领导 市教育局\n")
    assert code == 0, err
    assert _row(out, "黄珍")[:2] == ["黄珍", "8"] and _row(out, "王显义")[:2] == ["王显义", "1"]
    assert "note: 市教育局 is read as unit:市教育局" in err
    # A query alone counts per leader.
    code, out, _ = run("\\stats leader:李红 section:1\n")
    assert _row(out, "李红")[:2] == ["李红", "3"]  # 4, 5, 6: 李红 leads three items of section 1


def test_stats_argument_that_is_no_field() -> None:
    code, out, err = run("\\stats uint\n\\stats leader,section,unit\n")
    assert (
        "line 1: \\stats takes one or two (joined by a comma) of leader, lead, coop, unit, section, place, year, "
        "level, not “uint”" in err
    )
    assert "did you mean unit?" in err
    assert "line 2:" in err and code == 2 and out == ""


def test_stats_as_csv_when_the_format_is_csv() -> None:
    code, out, _ = run("\\format csv\n\\stats lead 市教育局\n")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "lead,items" and "市教育局,8" in lines


def test_the_help_example_survives_printf() -> None:
    """The example is run by a shell: printf must hand the whole query, % and all, to fyplan."""
    help_text = CliRunner().invoke(main, ["shell", "--help"]).stdout
    example = next(line.strip() for line in help_text.splitlines() if "printf" in line)
    printed = subprocess.run(
        ["bash", "-c", example.replace("| fyplan shell", "| cat")], capture_output=True, text=True, timeout=30
    )
    assert printed.returncode == 0 and printed.stderr == ""
    assert "leader:李红 and target>=10%" in printed.stdout.splitlines()
    bin_dir = os.path.dirname(sys.executable)
    if shutil.which("fyplan", path=bin_dir) is None:
        pytest.skip("no fyplan script beside this Python")
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    done = subprocess.run(["bash", "-c", example], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["5", "6", "12.5", "24.6", "30.2", "31.1"]


def test_a_bad_line_is_reported_with_its_number_and_the_rest_runs() -> None:
    code, out, err = run("\\format ids\nid:7\nleadr:李红\n\n领到:黄珍\nid:16.9\n")
    assert out.split() == ["7", "16.9"]  # every good line answered
    assert "line 3: unknown field “leadr”; did you mean leader:?" in err
    assert "line 5: unknown field “领到”; did you mean 领导: (leader)?" in err
    assert err.rstrip().endswith("2 lines failed (lines 3, 5)")
    assert code == 2  # as fyplan query exits for a bad query


def test_typed_lines_carry_no_line_number() -> None:
    """A person at the prompt sees the error under the line just typed: no number is needed."""
    from fyplan.terminal.shell import Shell, _console

    out, err = io.StringIO(), io.StringIO()
    shell = Shell([], out, _console(out, False), _console(err, False))
    shell.run_line("leadr:x")
    assert err.getvalue().startswith("unknown field “leadr”")


def test_bare_names_in_the_shell() -> None:
    code, out, err = run("\\format ids\n市教育局 和 市财政局\n")
    assert code == 0
    together = "10 18.4 19.7 29.4 30.4 31.1 35.4 36.1 36.2 36.3 36.4 36.5 36.6 39.9"  # see test_query_typing
    assert out.split() == together.split()
    assert "note: 市教育局 is read as unit:市教育局" in err and "note: 市财政局 is read as unit:市财政局" in err


def test_help_and_completion_come_from_the_field_registry() -> None:
    from fyplan.query.fields import REGISTRY

    _, out, _ = run("\\help\n")
    offered = {s.text for s in suggest("", [], requested=True)}
    for field in REGISTRY:
        assert re.search(rf"^\s+{field.name}:", out, re.MULTILINE), field.name
        assert f"{field.name}:" in offered and all(f"{alias}:" in offered for alias in field.chinese)


def test_stats_by_unit_counts_one_body_however_it_is_spelled() -> None:
    import fyplan
    from fyplan.query.stats import counts

    notice = fyplan.parse(
        "一、示例\n1.稳定信贷。\n牵头责任单位:人行甲市中心支行\n2.发展普惠金融。\n牵头责任单位:人民银行甲市中心支行\n"
        "3.防范风险。\n协同责任单位:人行甲市中心支行\n"
    )
    rows = {r.name: (r.lead, r.coop, r.total) for r in counts([notice], "unit")}
    # 人行 is 人民银行: one row, named by the full official spelling (as task lists name it), though the
    # short one is used more (twice against once).
    assert rows == {"人民银行甲市中心支行": (2, 1, 3)}


def test_stats_merges_what_check_calls_respellings_as_lists_do() -> None:
    import fyplan
    from fyplan.query.stats import counts

    notice = fyplan.parse(
        "一、示例\n1.建设新区。\n牵头责任单位:市西湖新区管委会\n2.完善配套。\n牵头责任单位:市西湖管委会\n"
    )
    rows = {r.name: r.total for r in counts([notice], "unit")}
    assert rows == {"市西湖新区管委会": 2}
