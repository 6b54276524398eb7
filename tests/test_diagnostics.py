"""One Diagnostic type for the reader and the lint rules, written one way."""

from __future__ import annotations

from pathlib import Path

import fyplan
from fyplan.checks import check
from fyplan.model import Diagnostic

BROKEN = (
    "示例市人民政府关于2023年重点工作及责任分解的通知\n一、目标\n1.建成公园。\n牵头单位:\n2.修路。\n牵头单位:市交通局\n"
)


def test_messages_do_not_repeat_their_place() -> None:
    notice = fyplan.parse(BROKEN, source="x.txt")
    assert notice.diagnostics
    for d in [*notice.diagnostics, *check(notice)]:
        assert not d.message.startswith("line"), d.message
        assert f"line {d.line}" not in d.message


def test_one_written_form() -> None:
    d = Diagnostic("error", "牵头单位 is empty", 4, 1)
    assert str(d) == "line 4, column 1: error: 牵头单位 is empty"
    assert str(d.at("x.txt")) == "x.txt:4:1: error: 牵头单位 is empty"
    lint = Diagnostic("warning", "item 3 names 市财政局 2 times", 9, code="FY004").at("x.txt")
    assert str(lint) == "x.txt:9:1: FY004 warning: item 3 names 市财政局 2 times"


def test_lint_findings_are_diagnostics_placed_in_their_file() -> None:
    findings = check(fyplan.parse(BROKEN, source="x.txt"))
    assert findings and all(isinstance(f, Diagnostic) and f.source == "x.txt" and f.code for f in findings)
    assert any(f.code == "FY100" and "牵头单位 is empty" in f.message and f.line == 4 for f in findings)


def test_notice_error_lists_each_problem_in_the_written_form() -> None:
    try:
        fyplan.parse(BROKEN, source="x.txt", strict=True)
    except fyplan.NoticeError as exc:
        assert "x.txt:4:" in str(exc) and "error: 牵头单位 is empty" in str(exc)
    else:
        raise AssertionError("strict reading of a broken notice must raise")


def test_a_footer_after_the_lead_fields_is_said_and_chrome_is_not() -> None:
    # The two fixtures' pages: a 主办/协办 footer under an item that has its lead is one warning on its
    # line (the item keeps its own units); a site's 热门推荐 line among the items is no finding at all.
    cases = Path(__file__).parent / "cases"
    footer = fyplan.parse((cases / "footer-host-after-lead-fields.txt").read_text(encoding="utf-8"), source="f.txt")
    assert [(d.severity, d.line) for d in footer.diagnostics] == [("warning", 5)]
    assert "footer" in footer.diagnostics[0].message
    hosts = fyplan.parse((cases / "host-fields-on-two-lines.txt").read_text(encoding="utf-8"), source="h.txt")
    assert hosts.diagnostics == ()
