"""The line scan (fyplan/read/linescan.py) parses as Lark's LALR parser does: the same notice and the
same diagnostics, for every arrangement of the grammar's line tokens (issue 13)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fyplan
import fyplan.read.tables
from fyplan import fastpaths
from fyplan.model import Notice
from fyplan.read import grammar, linescan

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
    """What the lexer's TASK callback writes to: the task numbers met."""

    def __init__(self) -> None:
        self.task_numbers: list[tuple[int, int]] = []


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
