"""Views, stats and the CLI's terminal conventions, asserted on content (not colour codes).

Counts were taken from examples/fuyang-2019.txt with grep over its duty lines.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from rich.console import Console

from fyplan.model import Notice
from fyplan.query.stats import counts, matrix
from fyplan.terminal.cli import main

runner = CliRunner()


def render(obj: object, width: int = 100) -> str:
    console = Console(record=True, width=width, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(obj)
    return console.export_text()


def test_leader_counts(example: Notice) -> None:
    rows = {r.name: r.total for r in counts([example], "leader")}
    assert rows["市政府常务副市长"] == 74
    assert rows["李红"] == 40
    assert rows["王玉峰"] == 39
    assert rows["黄琦"] == 2


def test_unit_counts_lead_and_cooperating(example: Notice) -> None:
    rows = {r.name: r for r in counts([example], "unit")}
    assert (rows["市财政局"].lead, rows["市财政局"].coop) == (11, 73)
    assert (rows["市发展改革委"].lead, rows["市发展改革委"].coop) == (29, 52)
    # 33.2 names 市城乡建设局 twice in one list: the item still counts once.
    assert rows["市城乡建设局"].total == len(example.query("unit=市城乡建设局"))


def test_matrix_rows_add_up(example: Notice) -> None:
    m = matrix([example], "leader", "section")
    totals = {r.name: r.total for r in counts([example], "leader")}
    for leader in m.rows:
        assert sum(m.cells.get((leader, c), 0) for c in m.columns) == totals[leader]
    assert m.cells[("李红", "2 着力提升新型工业化水平")] == 14  # 12.1–12.5, 13.2–13.5, 14.3–14.7


def test_item_panel_in_a_repl(example: Notice) -> None:
    text = render(example["12.3"])
    assert "12.3" in text and "line 125" in text
    assert "加快煤基新材料昊源二期" in text
    assert "市经济和信息化局、颍东区人民政府、阜阳经开区管委会" in text


def test_results_table_aligns_chinese(example: Notice) -> None:
    lines = render(example.query("leader:李红 and target>=10%"), width=140).splitlines()
    rows = [line for line in lines if line.startswith("│ ")]
    assert rows, lines
    # Every row of the table has its column rules at the same cells.
    from rich.cells import cell_len

    widths = {cell_len(line) for line in lines if line.startswith(("│", "┃", "┏", "└"))}
    assert len(widths) == 1
    assert any("│ 12.5 " in line for line in rows)


def test_stats_cli_and_svg(tmp_path: Path) -> None:
    svg = tmp_path / "stats.svg"
    result = runner.invoke(main, ["stats", "--by", "leader", "--width", "90", "--svg", str(svg)])
    assert result.exit_code == 0
    assert "李红" in result.output and "40" in result.output
    assert "\x1b[" not in result.output
    content = svg.read_text(encoding="utf-8")
    assert content.startswith("<svg") and "李红" in content
    matrix_out = runner.invoke(main, ["stats", "--by", "leader,section", "--width", "120"])
    assert matrix_out.exit_code == 0 and "items by leader and section" in matrix_out.output
    bad = runner.invoke(main, ["stats", "--by", "colour"])
    assert bad.exit_code == 2 and "--by takes" in bad.output


def test_check_cli(tmp_path: Path) -> None:
    result = runner.invoke(main, ["check", "--json"])
    assert result.exit_code == 0  # the example has warnings, no errors
    findings = json.loads(result.output)
    assert {"FY004", "FY005", "FY006"} <= {f["code"] for f in findings}
    assert all(f["source"].endswith("fuyang-2019.txt") and f["line"] > 0 for f in findings)
    broken = tmp_path / "gap.txt"
    text = Path(__file__).parent.parent.joinpath("examples", "fuyang-2019.txt").read_text(encoding="utf-8")
    broken.write_text(text.replace("\n7.城镇常住居民", "\n70.城镇常住居民"), encoding="utf-8")
    gap = runner.invoke(main, ["check", "--json", str(broken)])
    assert gap.exit_code == 1
    (finding,) = [f for f in json.loads(gap.output) if f["code"] == "FY002"]
    assert finding["message"] == "task 7–69 is missing before task 70"
    assert finding["severity"] == "error" and finding["line"] == 65


def test_show_one_item_and_missing_item() -> None:
    ok = runner.invoke(main, ["show", "--item", "16.9", "--width", "200"])
    assert ok.exit_code == 0 and "实施棚户区改造32771套" in ok.output
    missing = runner.invoke(main, ["show", "--item", "99.9"])
    assert missing.exit_code == 2 and "has no item 99.9" in missing.output


def test_help_documents_exit_codes() -> None:
    result = runner.invoke(main, ["--help"])
    assert "Exit codes:" in result.output and "2  the input is not a readable notice" in result.output


def test_results_table_marks_what_matched(example: Notice) -> None:
    import io

    console = Console(width=220, force_terminal=True, file=io.StringIO())
    table = example.query("unit:市商务局 leader:刘劲松 增长").__rich__()
    marked = {seg.text for seg in console.render(table, console.options) if seg.style and seg.style.reverse}
    # Matched words are drawn reversed: the unit, the leader and the text word; nothing else.
    assert marked == {"市商务局", "刘劲松", "增长"}
