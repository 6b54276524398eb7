"""fmt changes the layout, not the wording: names stay as written, --diff shows, --backup keeps,
and a line the result would not hold stops it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from fyplan.terminal.cli import main

# Shared suffix (市城南新区、阜阳经开区管委会 are two 管委会), commas between groups, no blank lines, no final 。.
NOTICE = """一、推进开放合作

1.建设临江物流园区。
牵头负责领导:周明
牵头责任单位:市城南新区、阜阳经开区管委会,市发展改革委
协同责任单位:市财政局等,各县区政府等
"""


def _fmt(tmp_path: Path, *args: str, text: str = NOTICE) -> tuple[int, str, str, Path]:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["fmt", str(path), *args])
    return result.exit_code, result.stdout, result.stderr, path


def test_fmt_keeps_the_lists_as_written(tmp_path: Path) -> None:
    code, _, _, path = _fmt(tmp_path)
    assert code == 0
    text = path.read_text(encoding="utf-8")
    assert "牵头责任单位:市城南新区、阜阳经开区管委会,市发展改革委。\n" in text
    assert "协同责任单位:市财政局等,各县区政府等。\n" in text
    assert "1.建设临江物流园区。\n\n牵头负责领导:周明。\n" in text  # the layout did change


def test_expand_names_writes_them_in_full_but_refuses_to_drop_a_word(tmp_path: Path) -> None:
    # In full, the cooperating list loses the 等 after 市财政局 (the model keeps one open_ended flag):
    # that is a change of wording, so fmt stops.
    code, _, err, path = _fmt(tmp_path, "--expand-names")
    assert code == 2
    assert "协同责任单位:市财政局等,各县区政府等" in err
    assert path.read_text(encoding="utf-8") == NOTICE
    simple = NOTICE.replace("市财政局等,各县区政府等", "市财政局")
    code, _, _, path = _fmt(tmp_path, "--expand-names", text=simple)
    assert code == 0
    assert "牵头责任单位:市城南新区管委会、阜阳经开区管委会、市发展改革委。" in path.read_text(encoding="utf-8")


def test_diff_shows_and_changes_nothing(tmp_path: Path) -> None:
    code, out, _, path = _fmt(tmp_path, "--diff")
    assert code == 0
    assert path.read_text(encoding="utf-8") == NOTICE
    assert out.startswith(f"--- {path} (now)\n+++ {path} (after fmt)\n")
    assert "\n-牵头负责领导:周明\n" in out
    assert "\n+牵头负责领导:周明。\n" in out
    code, _, _, _ = _fmt(tmp_path, "--diff", "--check")
    assert code == 1


def test_backup_keeps_the_original(tmp_path: Path) -> None:
    code, _, _, path = _fmt(tmp_path, "--backup")
    assert code == 0
    assert (tmp_path / "notice.txt.orig").read_bytes() == NOTICE.encode("utf-8")
    assert path.read_text(encoding="utf-8") != NOTICE


def test_a_line_the_reader_did_not_warn_about_is_still_checked(tmp_path: Path) -> None:
    from fyplan import parse
    from fyplan.write.losses import lost_lines

    notice = parse(NOTICE, source="n.txt")
    original = NOTICE + "联系人:王芳 电话:0558-1234567\n"
    result = NOTICE.replace("1.建设临江物流园区。\n", "")  # as if a writer had dropped the item line
    lost = [number for number, _ in lost_lines(notice, original, result)]
    assert lost == [3, 7]  # the item line and the contact line (line 7: NOTICE has six lines)


def test_check_findings_are_one_line_each_when_piped_narrow() -> None:
    # file:line:col and the code must stay on one line for grep and editors, whatever the width.
    result = CliRunner().invoke(main, ["check"], env={"COLUMNS": "40"})
    findings = [line for line in result.stdout.splitlines() if ".txt:" in line]
    assert findings
    assert all(" FY0" in line for line in findings)
    assert result.stdout.rstrip().endswith("0 errors")


def test_fmt_keeps_the_wording_in_every_style_and_the_recipients_line(tmp_path: Path) -> None:
    text = "各县、区人民政府,甲县、乙区管委会,市政府各部门:\n" + NOTICE
    code, _, _, path = _fmt(tmp_path, "--style", "inline", text=text)
    assert code == 0
    out = path.read_text(encoding="utf-8")
    assert out.startswith("各县、区人民政府,甲县、乙区管委会,市政府各部门：\n")  # the style's colon
    assert "牵头责任单位：市城南新区、阜阳经开区管委会，市发展改革委" in out


def test_a_second_backup_keeps_the_first(tmp_path: Path) -> None:
    _fmt(tmp_path, "--backup")
    changed = NOTICE.replace("周明", "李静")
    code, _, _, _ = _fmt(tmp_path, "--backup", text=changed)
    assert code == 0
    assert (tmp_path / "notice.txt.orig").read_text(encoding="utf-8") == NOTICE  # the first original stays
    assert (tmp_path / "notice.txt.orig.2").read_text(encoding="utf-8") == changed


def test_fmt_refuses_to_drop_a_line_the_reader_did_not_read(tmp_path: Path) -> None:
    # 联系人:周明 — 周明 is the leader elsewhere in the result, but this line's own words would be gone.
    text = NOTICE.replace(
        "协同责任单位:市财政局等,各县区政府等\n", "协同责任单位:市财政局等,各县区政府等\n联系人:周明\n"
    )
    code, _, err, path = _fmt(tmp_path, text=text)
    assert code == 2
    assert "联系人:周明" in err
    assert path.read_text(encoding="utf-8") == text


def test_layout_words_are_not_lost_lines() -> None:
    """Role words (牵头, 配合, 由…负责), numbering, table borders and header rows, and group sentences are
    layout: the rewrite says them its own way. A note sentence inside a clause is words, and is lost."""
    from fyplan import parse
    from fyplan.write.losses import lost_lines
    from fyplan.write.render import render

    original = (
        "甲市人民政府关于2022年重点工作分工的通知\n"
        "序号 | 工作任务 | 牵头单位 | 配合单位 |\n"
        "(1) | 新建学校3所。 | 市教育局 | 市财政局 |\n"
        "(二)改造道路5条。(市交通局牵头,各区政府配合)\n"
        "以上1项目标的责任单位均为市交通局。\n"
        "(三)新增绿地10公顷。(市园林局负责。所需资金由各区自行解决)\n"
    )
    notice = parse(original, source="n.txt")
    result = render(notice)
    lost = [number for number, _ in lost_lines(notice, original, result)]
    assert lost == [6]


def test_points_of_a_group_title_stay_points_of_it(tmp_path: Path) -> None:
    # 1.水环境。 is a group title under (一) (its points (1)(2) are the items): fmt writes the title once and
    # the points as (n) under it, so reading the result gives the same items, not the title as an item.
    import fyplan

    text = "一、指标\n(一)约束性指标\n1.水环境。\n(1)水质达标率95%。\n牵头单位:市水务局\n(2)黑臭水体清零。\n牵头单位:市城管局\n"
    code, _, _, path = _fmt(tmp_path, text=text)
    assert code == 0
    written = path.read_text(encoding="utf-8")
    assert "1.水环境。\n" in written and "(1)水质达标率95%。\n" in written and "(2)黑臭水体清零。\n" in written
    before = [(it.id, it.text, [u.name for u in it.lead_units]) for it in fyplan.parse(text).items()]
    after = [(it.id, it.text, [u.name for u in it.lead_units]) for it in fyplan.parse(written).items()]
    assert after == before and len(before) == 2


def test_an_item_without_cooperating_units_is_no_finding_after_fmt(tmp_path: Path) -> None:
    # Most items name 牵头 and 协同 units; one names only its lead. That is a complete item (no one
    # cooperates), so neither the reader nor fmt's re-read reports it.
    text = (
        "一、指标\n1.甲。\n牵头单位:市水务局\n协同单位:市财政局\n2.乙。\n牵头单位:市城管局\n协同单位:市财政局\n"
        "3.丙。\n牵头单位:市农业局\n"
    )
    code, _, stderr, path = _fmt(tmp_path, text=text)
    assert code == 0 and "error" not in stderr
    import fyplan

    assert fyplan.check(fyplan.load(path)) == []
