"""The line scan (fyplan/read/linescan.py) parses as Lark's LALR parser does: the same notice and the
same diagnostics, for every arrangement of the grammar's line tokens (issue 13)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import fyplan
import fyplan.read.tables
from fyplan import fastpaths
from fyplan.model import Notice
from fyplan.read import grammar, linescan, starts

CASES = sorted((Path(__file__).parent / "cases").glob("*.txt"))

# Every token in every place the grammar has for it: a sub-task and a duty line before any task (front),
# tasks before any section, a sub-section before any section, section lines, sub-sections with and
# without tasks, sub-tasks with lines, a duty block, text after sub-tasks, and (2) numbered again under
# a new task (its id takes the task number the lexer saw before the sub-task was reduced).
EVERY_PLACE = """关于印发某市重点工作责任分解的通知
(1)开头的一点说明
牵头单位:市政府办公室
1.先行一项工作。
牵头责任单位:市甲局
(一)先行的分组
分组的说明
2.分组里的工作
一、第一部分
部分的说明文字
3.修好一座桥。
(1)先修桥墩。
牵头责任单位:市交通局
协同责任单位:市财政局、市住建局
桥墩的补充说明
(2)再修桥面。
4.建一所学校(市教育局牵头,市财政局配合)。
(二)第二组
(三)第三组,有工作
5.第五项工作
(1)一个要点
二、第二部分
(1)没有任务的要点
三、第三部分
(四)只有一行
6.最后一项
最后的说明
"""


def both_ways(text: str) -> tuple[Any, Any]:
    def read() -> Any:
        try:
            notice = fyplan.parse(text)
        except fyplan.NoticeError as exc:
            return ("error", str(exc))
        return notice, notice.diagnostics

    fast = read()
    with fastpaths.plain():
        plain = read()
    return fast, plain


def test_every_place_of_every_token() -> None:
    fast, plain = both_ways(EVERY_PLACE)
    assert fast == plain
    notice = fast[0]
    assert isinstance(notice, Notice)
    ids = [item.id for item in notice.items()]
    # Numbering restarts (1. 2. before the sections), so ids name their section; the sub-tasks sit under
    # the task the lexer saw last.
    assert ids == ["0-1", "0-2", "1-3.1", "1-3.2", "1-4", "1-5.1", "2-1", "3-6"]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_the_layout_fixtures(path: Path) -> None:
    fast, plain = both_ways(path.read_text(encoding="utf-8"))
    assert fast == plain


def test_the_scan_replaces_larks_parser_only_on_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    lark_class = type(grammar._parser()[0])
    calls: list[str] = []
    parse = lark_class.parse

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        # The notice grammar's parser only (the duty grammar's reads some clauses); plain() empties the
        # caches, so the parser may be a new one.
        if self is grammar._parser()[0]:
            calls.append("parse")
        return parse(self, *args, **kwargs)

    monkeypatch.setattr(lark_class, "parse", counting)
    fyplan.parse(EVERY_PLACE)
    assert calls == []
    with fastpaths.plain():
        fyplan.parse(EVERY_PLACE)
    assert calls == ["parse"]


_TOKEN_FIELDS = ("type", "value", "start_pos", "line", "column", "end_line", "end_column", "end_pos")


def _lexed(tokens: Any) -> list[tuple[Any, ...]]:
    return [(str(t), *(getattr(t, f) for f in _TOKEN_FIELDS)) for t in tokens]


class _Numbers:
    """What the lexer's callbacks write to: the task numbers met, whether a section heading was."""

    def __init__(self) -> None:
        self.task_numbers: list[tuple[int, int]] = []
        self.headings_met = False


def _both_lexers(text: str) -> tuple[list[Any], list[Any], list[Any], list[Any]]:
    """Lark's tokens, the line lexer's, and the task numbers the callback saw with each."""
    lark, builder = grammar._parser()
    out: list[Any] = []
    for lexer in ("lark", "ours"):
        builder.ctx = _Numbers()  # type: ignore[assignment]
        try:
            tokens = lark.lex(text) if lexer == "lark" else linescan.lex(lark, text)
            out += [_lexed(tokens), builder.ctx.task_numbers]
        finally:
            builder.release()
    return out[0], out[2], out[1], out[3]


# Lines of every token kind, blank lines between and at both ends, \r and a line that is only spaces.
LINES = st.lists(
    st.sampled_from(
        [
            "一、部分",
            "(一)小节",
            "12.任务",
            "3、任务",
            "1.5%不是任务",
            "(2)要点",
            "牵头责任单位:市甲局",
            "【责任单位】乙局",
            "普通的一行",
            "",
            "",
            "   ",
            "\r",
            "7)任务",
            "附件2",
            "附件:1.甲表",
        ]
    ),
    max_size=30,
)


@given(LINES)
def test_the_line_lexer_makes_larks_tokens(lines: list[str]) -> None:
    text = "\n".join(lines)
    larks, ours, larks_numbers, our_numbers = _both_lexers(text)
    assert ours == larks
    assert our_numbers == larks_numbers


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_the_line_lexer_on_the_fixtures(path: Path) -> None:
    text = fyplan.read.tables.rewrite_tables(path.read_text(encoding="utf-8")).text
    larks, ours, _, _ = _both_lexers(text)
    assert ours == larks


# Duty lines of many labels, spaced colons, bracketed labels, the footer words the label pattern looks ahead for,
# colons in the names and labels that are no labels: the line lexer's quick labels and its class before each line
# of a duty block must give Lark's tokens.
LABEL_LINES = st.lists(
    st.sampled_from(
        [
            "牵头负责领导:李红",
            "牵头责任单位:市甲局",
            "协同责任单位:市乙局、市丙局",
            "牵头单位 :市甲局",
            "牵头单位:",
            "牵头单位",
            "牵头单位:甲:乙",
            "协办单位:市丁局",
            "主办:市政府 协办:市局",
            "主办单位:某网站",
            "主办:某市人民政府",
            "协办:乙局",
            "责任人:张三",
            "第一责任人:李四",
            "【牵头单位】市甲局",
            "[责任单位]乙局",
            "市领导:王五",
            "牵头部门市甲局",
            "区政协办:丙",
            "12.任务",
            "(2)要点",
            "普通的一行",
            "",
        ]
    ),
    max_size=20,
)


@given(LABEL_LINES)
def test_the_line_lexer_makes_larks_tokens_of_duty_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    larks, ours, _, _ = _both_lexers(text)
    assert ours == larks


def _duty_head() -> tuple[str, frozenset[str]]:
    """The duty terminal's head pattern (a label and its colon, or a label in brackets) and its key's guards."""
    lark, _ = grammar._parser()
    source = linescan._lexer(lark).scanner.terminals[0].pattern.to_regexp()
    assert source.startswith(linescan._RUN_START) and source.endswith(linescan._RUN_END)
    head = source[len(linescan._RUN_START) : -len(linescan._RUN_END)]
    guards = starts.head_key(head)
    assert guards is not None  # the duty lines are told by their labels (else the lexer tries every label)
    return head, guards


# Pieces of lines: labels and parts of them, those the label pattern looks past the colon for (主办 … 协办:, a
# footer's 网站), colons, spaces, brackets and line breaks.
HEAD_PIECES = st.lists(
    st.sampled_from(
        [
            "牵头",
            "负责",
            "责任",
            "领导",
            "单位",
            "协同",
            "主办",
            "主辦",
            "协办",
            "網站",
            "网站",
            "市政府",
            "第一",
            "人",
            ":",
            " ",
            "【",
            "】",
            "[",
            "]",
            "\n",
            "甲局",
        ]
    ),
    max_size=12,
).map("".join)


@given(HEAD_PIECES)
@example("主办单位:网站")  # a footer: 主办单位 is a label only where no 网站 … follows on its line
@example("主办:甲局 协办:甲局")  # 主办 is a label only with 协办: after it
def test_a_duty_head_is_told_by_the_line_up_to_its_colon(rest: str) -> None:
    head, guards = _duty_head()
    pattern = re.compile(head)
    text = "前\n" + rest
    line_end = text.find("\n", 2)
    stop = text.find(":", 2, len(text) if line_end < 0 else line_end)
    stop = line_end if stop < 0 else stop
    if stop < 0:
        return
    key = text[1 : stop + 1]
    if guards.isdisjoint(key):
        assert (pattern.match(key, 1) is None) == (pattern.match(text, 2) is None)


def test_the_quick_labels_are_labels_and_the_lexer_uses_them() -> None:
    head, _ = _duty_head()
    lark, _ = grammar._parser()
    quick = linescan._pattern(lark).pattern
    assert "牵头责任单位|协同责任单位" in quick  # the commonest labels are tried as words
    for word in linescan._QUICK_HEADS:
        if word in quick:
            assert re.compile(head).match(f"\n{word}:x", 1) is not None


def test_head_key_refuses_what_it_cannot_tell() -> None:
    assert starts.head_key("甲:") == frozenset()
    assert starts.head_key("甲[^乙]:") is None  # a negated class may take the colon
    assert starts.head_key("甲:乙") is None  # the colon is not the last that is taken
    assert starts.head_key("甲.") is None
    assert starts.head_key("(?=.*丙)甲:") is None  # a lookahead that reads on, reached first
    assert starts.head_key("乙(?=.*丙)甲:") == frozenset("乙")
    assert starts.head_key("甲(?=[ ]*:)") == frozenset()
    assert starts.head_key("(?<!甲乙)丙:") is None  # a lookbehind of two characters
    assert starts.head_key("(?<=甲(?=.*乙))丙:") is None  # a lookahead inside a lookbehind reads on
    assert starts.head_key("(?<![一-鿿])丙:") == frozenset()
