"""fyplan.diff on hand-written pairs: two years of 桐川市 (imaginary), and a draft and its final text.

The expected changes were written from reading the two files side by side, before running the code.
"""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import fyplan
from fyplan.compare import NoticeDiff, mirrored
from fyplan.compare.items import runs
from fyplan.compare.match import require
from fyplan.model import Notice
from fyplan.terminal.cli import main

CASES = Path(__file__).resolve().parent / "cases" / "diff"
Y2023 = CASES / "tongchuan-2023.txt"  # two years of one (imaginary) place, written by hand
Y2024 = CASES / "tongchuan-2024.txt"
DRAFT = CASES / "tongchuan-2024-draft.txt"  # 2024 before its final text

runner = CliRunner()


def summary(d: NoticeDiff) -> list[tuple[Any, ...]]:
    """Every change as a plain tuple, in the diff's order."""
    out: list[tuple[Any, ...]] = [("added", i.id, i.text) for i in d.added]
    out += [("dropped", i.id, i.text) for i in d.dropped]
    out += [("reworded", r.old.id, r.new.id, tuple((x.old, x.new) for x in r.changed_runs)) for r in d.reworded]
    out += [("moved", m.old.id, m.new.id, m.section_changed) for m in d.moved]
    out += [(c.field, c.old.id, c.new.id, c.name, c.before, c.after) for c in d.duties]
    out += [("target", t.old.id, t.new.id, str(t.before), str(t.after)) for t in d.targets]
    return out


@pytest.fixture(scope="module")
def y2023() -> Notice:
    return fyplan.load(Y2023)


@pytest.fixture(scope="module")
def y2024() -> Notice:
    return fyplan.load(Y2024)


YEAR_CHANGES = [
    ("added", "3", "社会消费品零售总额增长6.5%。"),
    ("dropped", "7", "举办第三届桐川茶文化旅游节。"),
    ("reworded", "11", "11", (("饮水安全巩固", "供水保障"),)),
    ("leader", "4", "5", "吴晓梅", "leader", None),
    ("leader", "4", "5", "孙丽华", None, "leader"),
    ("unit", "6", "7", "市自然资源和规划局", "cooperating", "lead"),
    ("target", "1", "1", "全市生产总值增长8.5%", "全市生产总值增长7%"),
]


def test_two_years_of_one_place(y2023: Notice, y2024: Notice) -> None:
    d = fyplan.diff(y2023, y2024)
    assert summary(d) == YEAR_CHANGES
    # Items 3–6 became 4–7 (one added before them, one dropped after): renumbered, not moved.
    assert [(p.old.id, p.new.id) for p in d.renumbered()] == [("3", "4"), ("4", "5"), ("5", "6"), ("6", "7")]
    assert d.moved == ()
    assert len(d.pairs) == 11 and len(d) == 7 and d


def test_the_years_the_other_way_are_the_mirror_image(y2023: Notice, y2024: Notice) -> None:
    back = fyplan.diff(y2024, y2023)
    assert back == mirrored(fyplan.diff(y2023, y2024))
    assert ("added", "7", "举办第三届桐川茶文化旅游节。") in summary(back)
    assert ("unit", "7", "6", "市自然资源和规划局", "lead", "cooperating") in summary(back)
    assert ("reworded", "11", "11", (("供水保障", "饮水安全巩固"),)) in summary(back)


def test_a_draft_and_its_final_text_differ_in_one_item(y2024: Notice) -> None:
    d = fyplan.diff(fyplan.load(DRAFT), y2024)
    assert summary(d) == [
        ("unit", "10", "10", "市住房城乡建设局", None, "cooperating"),
        ("target", "10", "10", "公办幼儿园新建、改扩建10所", "公办幼儿园新建、改扩建12所"),
    ]
    # 10所 → 12所 is a target change, not a rewording of the text.
    assert d.reworded == ()


def test_an_edition_in_traditional_characters_is_the_same_notice(y2023: Notice) -> None:
    import opencc

    traditional = opencc.OpenCC("s2t").convert
    assert not fyplan.diff(y2023, fyplan.parse(traditional(Y2023.read_text(encoding="utf-8"))))
    d = fyplan.diff(y2023, fyplan.parse(traditional(Y2024.read_text(encoding="utf-8"))))
    # The same seven changes; names as each side wrote them (in simplified form when both have them).
    assert summary(d) == [
        ("added", "3", "社會消費品零售總額增長6.5%。"),
        ("dropped", "7", "举办第三届桐川茶文化旅游节。"),
        ("reworded", "11", "11", (("饮水安全巩固", "供水保障"),)),
        ("leader", "4", "5", "吴晓梅", "leader", None),
        ("leader", "4", "5", "孫麗華", None, "leader"),
        ("unit", "6", "7", "市自然资源和规划局", "cooperating", "lead"),
        ("target", "1", "1", "全市生产总值增长8.5%", "全市生产总值增长7%"),
    ]


def test_a_notice_against_itself_is_empty(y2023: Notice) -> None:
    d = fyplan.diff(y2023, fyplan.load(Y2023))
    assert not d and len(d) == 0
    assert summary(d) == []
    assert len(d.pairs) == 12 and d.renumbered() == ()


def test_changed_words_are_runs_of_characters() -> None:
    # One character in common between two changes joins them: one change reads better than three.
    assert [(r.old, r.new, r.changed) for r in runs("实施农村饮水安全巩固提升工程", "实施农村供水保障提升工程")] == [
        ("实施农村", "实施农村", False),
        ("饮水安全巩固", "供水保障", True),
        ("提升工程", "提升工程", False),
    ]
    assert [r.op for r in runs("建成站点", "建成站点和管网")] == ["equal", "insert"]
    assert [r.op for r in runs("建成站点和管网", "建成站点")] == ["equal", "delete"]


@pytest.mark.parametrize(
    ("a", "b"), [("改造提升老旧小区", "提升改造老旧小区"), ("甲乙", "乙甲"), ("建成站点", "站点建成")]
)
def test_changed_words_mirror(a: str, b: str) -> None:
    # difflib alone picks its match by which text comes first (改造 kept one way, 提升 the other).
    assert runs(b, a) == tuple(r.mirrored() for r in runs(a, b))


def test_a_moved_item_is_found(y2023: Notice) -> None:
    # Item 12 (空气质量) moved to the head of section 二: one move, to another section; nothing else.
    text = Y2023.read_text(encoding="utf-8")
    start, end = text.index("12.空气质量"), text.index("各地各部门要")
    item = text[start:end]
    moved = text[:start] + text[end:]
    moved = moved.replace("5.新增规模以上工业企业", item.replace("12.", "5.", 1) + "5.新增规模以上工业企业", 1)
    d = fyplan.diff(y2023, fyplan.parse(moved))
    assert summary(d) == [("moved", "12", "5", True)]


def test_copies_of_one_text_pair_in_order_when_one_item_moves_past_them() -> None:
    # Four items say the same thing (a checklist of four 开展专项检查 rounds); the first item moves from
    # the head of the list to the fourth place. One move: the four copies keep their order, none of them
    # pairs with a copy at another end of the list.
    tail = "\n\n牵头单位:市应急管理局\n\n"
    same = "开展安全生产专项检查。" + tail
    first = "建成应急物资储备库1个。" + tail
    old = "一、安全\n\n" + "".join(f"{n}.{t}" for n, t in enumerate([first, same, same, same, same], 1))
    new = "一、安全\n\n" + "".join(f"{n}.{t}" for n, t in enumerate([same, same, same, first, same], 1))
    d = fyplan.diff(fyplan.parse(old), fyplan.parse(new))
    assert summary(d) == [("moved", "1", "4", False)]
    assert fyplan.diff(fyplan.parse(new), fyplan.parse(old)) == mirrored(d)


def test_copies_of_one_text_stay_paired_in_a_long_notice() -> None:
    # Sixty items, four of them the same words (开展安全生产专项检查) in a row; one item added at the end: one addition,
    # no move. (The place bonus's gain for pairing the copies in order is about 1/n² there: a tie-break as large as
    # that picked crosswise pairs in one run in two, review of session 60.)
    rng = random.Random(60)
    words = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川河湖海"
    texts = ["推进" + "".join(rng.choice(words) for _ in range(6)) + f"工程建设第{k}批项目。" for k in range(60)]
    texts[30:34] = ["开展安全生产专项检查。"] * 4

    def notice(texts: list[str]) -> Notice:
        return fyplan.parse(
            "一、任务\n\n" + "".join(f"{n}.{t}\n\n牵头单位:市应急管理局\n\n" for n, t in enumerate(texts, 1))
        )

    d = fyplan.diff(notice(texts), notice([*texts, "新建应急物资储备库1个。"]))
    assert summary(d) == [("added", "61", "新建应急物资储备库1个。")]


def test_items_that_share_nothing_are_added_and_dropped(y2023: Notice) -> None:
    text = Y2023.read_text(encoding="utf-8").replace("举办第三届桐川茶文化旅游节", "开展全民健身设施补短板行动")
    assert summary(fyplan.diff(y2023, fyplan.parse(text))) == [
        ("added", "7", "开展全民健身设施补短板行动。"),
        ("dropped", "7", "举办第三届桐川茶文化旅游节。"),
    ]


def test_a_changed_deadline() -> None:
    base = "一、目标\n\n1.建成城市书房20个。\n\n牵头单位:市文化旅游体育局\n\n完成时限:{}\n"
    d = fyplan.diff(fyplan.parse(base.format("2024年6月底前")), fyplan.parse(base.format("2024年底前")))
    assert summary(d) == [("deadline", "1", "1", "", "2024年6月底前", "2024年底前")]
    # Two wordings of one last day are one deadline.
    assert not fyplan.diff(fyplan.parse(base.format("2024年6月底前")), fyplan.parse(base.format("2024年6月30日前")))


def test_records_for_machines(y2023: Notice, y2024: Notice) -> None:
    from fyplan.write.changes import CHANGE_KEYS, records

    rows = records(fyplan.diff(y2023, y2024))
    assert [r["change"] for r in rows] == ["added", "dropped", "reworded", "leader", "leader", "unit", "target"]
    assert all(tuple(r) == CHANGE_KEYS for r in rows)
    assert rows[0]["new_id"] == "3" and rows[0]["old_id"] is None and rows[0]["new_section"] == 1
    assert rows[2]["words"] == [{"old": "饮水安全巩固", "new": "供水保障"}]
    assert rows[5]["name"] == "市自然资源和规划局" and (rows[5]["before"], rows[5]["after"]) == ("cooperating", "lead")
    assert rows[6]["name"] == "全市生产总值" and rows[6]["after"] == "全市生产总值增长7%"
    assert rows[6]["old_source"] == "tongchuan-2023.txt" and rows[6]["new_source"] == "tongchuan-2024.txt"


def test_cli_report_exit_1_when_they_differ() -> None:
    result = runner.invoke(main, ["diff", str(Y2023), str(Y2024), "--width", "120"])
    assert result.exit_code == 1, result.output
    out = result.output
    for part in (
        "新增 (1)",
        "删除 (1)",
        "改写 (1)",
        "责任变化 (2)",
        "目标变化 (1)",
    ):  # 2 items: a leader replaced (2 changes), a unit moved (1)
        assert part in out
    assert "移动 (" not in out
    assert "− 实施农村饮水安全巩固提升工程" in out and "+ 实施农村供水保障提升工程" in out
    assert "市自然资源和规划局  协同 → 牵头" in out
    assert "全市生产总值增长8.5% → 全市生产总值增长7%" in out
    assert "4 items renumbered" in out


def test_cli_exit_0_when_equal() -> None:
    result = runner.invoke(main, ["diff", str(Y2024), str(Y2024)])
    assert result.exit_code == 0
    assert "No changes" in result.output


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_cli_machine_formats_give_one_record_per_change(fmt: str) -> None:
    result = runner.invoke(main, ["diff", str(DRAFT), str(Y2024), "--format", fmt])
    assert result.exit_code == 1
    if fmt == "json":
        rows = json.loads(result.output)
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in result.output.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["change"], r["name"], r["after"]) for r in rows] == [
        ("unit", "市住房城乡建设局", "cooperating"),
        ("target", "公办幼儿园", "公办幼儿园新建、改扩建12所"),
    ]


def test_cli_report_is_styled_text_not_markup(tmp_path: Path) -> None:
    # A unit name that looks like rich markup is printed as it is.
    text = Y2024.read_text(encoding="utf-8").replace("市统计局、市市场监管局", "市统计局、[bold]市市场监管局[/]")
    new = tmp_path / "new.txt"
    new.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["diff", str(Y2024), str(new), "--width", "120"])
    assert result.exit_code == 1
    assert "[bold]市市场监管局[/]" in result.output


def test_cli_writes_the_output_file_and_refuses_an_input(tmp_path: Path) -> None:
    out = tmp_path / "changes.csv"
    result = runner.invoke(main, ["diff", str(Y2023), str(Y2024), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 1
    # A CSV file gets a BOM (Excel on a Chinese Windows reads it right), as export's do.
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))) == 7
    result = runner.invoke(main, ["diff", str(Y2023), str(Y2024), "-o", str(Y2023)])
    assert result.exit_code == 2
    assert "refusing to write" in result.output
    assert Y2023.read_text(encoding="utf-8").startswith("桐川市人民政府关于2023年")


def test_cli_unreadable_input_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("这不是通知。\n", encoding="utf-8")
    result = runner.invoke(main, ["diff", str(bad), str(Y2024)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_missing_libraries_are_named_with_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "scipy.optimize", None)
    with pytest.raises(fyplan.MissingExtra, match=r"pip install 'fyplan\[diff\]'"):
        require()
    result = runner.invoke(main, ["diff", str(Y2023), str(Y2024)])
    assert result.exit_code == 2
    assert "fyplan[diff]" in result.output and "Traceback" not in result.output


def _notice(*items: tuple[str, str]) -> Notice:
    """A notice of one section with these items: (text, lead unit)."""
    lines = ["一、重点工作", ""]
    for number, (text, unit) in enumerate(items, 1):
        lines += [f"{number}.{text}", "", f"牵头责任单位:{unit}。", ""]
    return fyplan.parse("\n".join(lines))


SAME = ("开展安全生产专项整治行动。", "市应急管理局")


def test_copies_of_one_item_keep_their_order_when_one_is_added_above() -> None:
    # Four copies of one item (text and duties), other items between them; a new item at the top
    # renumbers them all. Copies pair first with first: nothing moved.
    others = [("建设城市生命线安全工程。", "市住房城乡建设局"), ("完善应急物资储备体系。", "市发展改革委")]
    old = _notice(SAME, others[0], SAME, others[1], SAME, SAME)
    new = _notice(
        ("筹办国际龙舟邀请赛。", "市体育局"), *[item for item in (SAME, others[0], SAME, others[1], SAME, SAME)]
    )
    d = fyplan.diff(old, new)
    assert summary(d) == [("added", "1", "筹办国际龙舟邀请赛。")]
    assert [(p.old.id, p.new.id) for p in d.pairs] == [
        ("1", "2"),
        ("2", "3"),
        ("3", "4"),
        ("4", "5"),
        ("5", "6"),
        ("6", "7"),
    ]


def test_two_copies_of_one_text_that_swapped_duties() -> None:
    # The duties tell the copies apart: the second moved above the first (or the first below the
    # second: the same edit), named the same way in both directions.
    a = ("开展安全生产专项整治行动。", "市应急管理局")
    b = ("开展安全生产专项整治行动。", "市消防救援支队")
    old, new = _notice(a, b), _notice(b, a)
    d = fyplan.diff(old, new)
    assert summary(d) in ([("moved", "1", "2", False)], [("moved", "2", "1", False)])
    assert fyplan.diff(new, old) == mirrored(d)


def test_a_copy_equally_near_two_copies_pairs_the_same_way_in_both_directions() -> None:
    # One copy in the middle of the old notice, two at the ends of the new, a third of it away each:
    # an exact tie, broken the same way whichever notice comes first.
    old = _notice(("完善应急物资储备体系。", "市发展改革委"), SAME, ("建设城市生命线安全工程。", "市住房城乡建设局"))
    new = _notice(SAME, ("筹办国际龙舟邀请赛。", "市体育局"), SAME)
    d = fyplan.diff(old, new)
    assert len(d.added) == 2 and len(d.dropped) == 2 and len(d.pairs) == 1
    assert fyplan.diff(new, old) == mirrored(d)
