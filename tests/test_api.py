"""The public API, as a script writes it: everything from ``import fyplan``."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

import fyplan


@pytest.fixture(scope="module")
def notice() -> fyplan.Notice:
    return fyplan.example()


def test_every_public_name_resolves() -> None:
    missing = [name for name in fyplan.__all__ if getattr(fyplan, name, None) is None]
    assert missing == []
    assert isinstance(fyplan.QueryError("x"), fyplan.FyplanError)
    assert set(fyplan.__all__) <= set(dir(fyplan))


def test_import_fyplan_loads_no_parser_and_no_terminal() -> None:
    # The facade's higher layers load when first used: `fyplan --version` pays for none of them.
    code = "import sys, fyplan; print(sorted(m for m in ('lark', 'rich', 'click', 'fyplan.query') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_notice_is_a_collection_of_its_items(notice: fyplan.Notice) -> None:
    # DESIGN.md: the example has 201 responsibility items; 16.9 is one, 16 is a task with sub-tasks.
    assert len(notice) == 201
    items = list(notice)
    assert items[0].id == "1" and items[-1] is notice.items()[-1]
    assert "16.9" in notice
    assert "16" not in notice
    assert "999" not in notice
    assert notice["16.9"] in notice
    assert bool(fyplan.Notice()) is True  # an empty notice is still a notice that was read


def test_records_and_csv_take_a_notice_or_results(notice: fyplan.Notice) -> None:
    results = fyplan.query(notice, "leader:李红")
    rows = fyplan.records(results)
    assert [r["id"] for r in rows] == results.ids()
    assert all("李红" in r["leaders"] for r in rows)
    parsed = list(csv.DictReader(io.StringIO(fyplan.to_csv(notice))))
    assert len(parsed) == 201
    assert parsed[0]["id"] == "1"
    assert "".join(fyplan.to_jsonl(results)).count("\n") == len(results)


def test_compile_query_and_notice_query_agree(notice: fyplan.Notice) -> None:
    node = fyplan.compile_query("lead:市财政局 and not leader:李红")
    assert notice.query("lead:市财政局 and not leader:李红").ids() == fyplan.query(notice, node).ids()
    with pytest.raises(fyplan.QueryError):
        fyplan.compile_query("lead:(")


def test_render_takes_a_style_name(notice: fyplan.Notice) -> None:
    assert fyplan.render(notice, style="inline") == fyplan.render(notice, fyplan.STYLES["inline"])
    assert fyplan.render(notice, style="inline") != fyplan.render(notice)
    with pytest.raises(fyplan.StyleError, match="no style “bold”"):
        fyplan.render(notice, style="bold")


def test_check_is_at_the_top(notice: fyplan.Notice) -> None:
    findings = fyplan.check(notice)
    assert all(isinstance(f, fyplan.Finding) for f in findings)


def test_html_tables_escape_the_notice() -> None:
    n = fyplan.parse("一、测试\n1.建设<script>alert(1)</script>平台。\n牵头负责领导:李红\n牵头责任单位:市财政局\n")
    page = n._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<td>市财政局</td>" in page
    results = n.query("lead:市财政局")
    assert "1 item for lead:市财政局" in results._repr_html_()


def test_results_to_arrow(notice: fyplan.Notice) -> None:
    results = notice.query("leader:李红")
    table = results.to_arrow()
    assert table.num_rows == len(results)
    assert table.column("id").to_pylist() == results.ids()


def test_a_missing_frame_library_is_named(notice: fyplan.Notice, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(fyplan.MissingExtra, match=r"pip install 'fyplan\[pandas\]'"):
        notice.query("leader:李红").to_pandas()


def test_strategies_without_hypothesis_say_what_to_install() -> None:
    code = "import sys; sys.modules['hypothesis'] = None\nimport fyplan.strategies"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 1
    assert "pip install 'fyplan[testing]'" in run.stderr


def test_a_corpus_shows_as_an_html_table(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("一、测试\n1.建设<b>平台</b>。\n牵头责任单位:市财政局\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    corpus = fyplan.load_all([tmp_path])
    page = corpus._repr_html_()
    assert "<td>a.txt</td>" in page
    assert "bad.txt" in page  # the file that could not join is listed under the table


def test_python_dash_m_fyplan_is_the_command_line() -> None:
    run = subprocess.run([sys.executable, "-m", "fyplan", "--version"], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("fyplan, version")
