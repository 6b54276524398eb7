"""What the speed work (issue 13) must not change: the collector's state after a parse, the imports of
the quick commands, and the reading itself (the fast paths give what the general paths give)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import builds
import pytest
from hypothesis import given

import fyplan
import fyplan.read.grammar
from fyplan import NoticeError, fastpaths
from fyplan.model import Notice
from fyplan.read import clauses
from fyplan.strategies import notices, styles
from fyplan.write.render import Style, render

NOTICE = "一、甲项工作\n1.修好一座桥。\n牵头责任单位:市交通局\n"


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_no_cyclic_collection_while_reading(collector_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    read = fyplan.read.grammar.read

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fyplan.read.grammar, "read", spy)
    notice = fyplan.parse(NOTICE)
    assert seen == [False]
    assert gc.isenabled()
    assert [i.id for i in notice.items()] == ["1"]


def test_the_collector_is_back_after_an_error(collector_on: None) -> None:
    with pytest.raises(NoticeError):
        fyplan.parse("这不是一份通知。", strict=True)
    assert gc.isenabled()


def test_the_collector_is_back_after_an_unexpected_exception(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug in a stage")

    monkeypatch.setattr(fyplan.read.grammar, "read", broken)
    # (a reader's own failure reaches the caller as a NoticeError that says it is a bug, the cause chained)
    with pytest.raises(fyplan.NoticeError) as caught:
        fyplan.parse(NOTICE)
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert gc.isenabled()


def test_a_caller_who_turned_it_off_keeps_it_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        fyplan.parse(NOTICE)
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


HEAVY = ("lark", "rich", "attrs", "importlib.resources", "fyplan.grammars", "fyplan.model", "fyplan.read")
# What the command line imported at start before issue 13's second round (~5 ms of a ~35 ms --help).
LIGHTER = ("pathlib", "glob", "signal", "difflib", "shutil", "subprocess")


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_import_only_the_command_line(option: str) -> None:
    code = (
        "import sys\n"
        "from fyplan.terminal.cli import main\n"
        f"try:\n    main([{option!r}])\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {HEAVY + LIGHTER!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[]"


@pytest.mark.parametrize("columns", ["", "0", "-3", "abc", "1", "72", "200"])
def test_the_help_width_is_shutils(monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    import shutil

    from fyplan.terminal.cli import _terminal_columns

    monkeypatch.setenv("COLUMNS", columns)
    assert _terminal_columns() == shutil.get_terminal_size().columns


def read_both_ways(text: str) -> tuple[Notice, Notice]:
    fast = fyplan.parse(text)
    with fastpaths.plain():
        plain = fyplan.parse(text)
    return fast, plain


@given(notices(), styles())
def test_the_fast_paths_read_generated_notices_as_the_plain_paths(notice: Notice, style: Style) -> None:
    fast, plain = read_both_ways(render(notice, style))
    assert fast == plain
    assert fast.diagnostics == plain.diagnostics


def test_the_fast_paths_read_the_example_as_the_plain_paths() -> None:
    text = fyplan.example_path().read_text(encoding="utf-8")
    fast, plain = read_both_ways(text)
    assert fast == plain
    assert len(fast.items()) == 201


@pytest.mark.skipif(
    builds.is_compiled("fyplan.read.clauses"),
    reason="compiled build: the compiled clauses module calls lark_clause directly, past any spy (tests/test_builds.py)",
)
def test_plain_turns_the_fast_clause_reader_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # A clause never read before in this process (the caches would answer otherwise).
    body = "牵头责任单位:市某某局、市某某委"
    grammar_calls: list[str] = []
    lark_clause = clauses.lark_clause

    def spy(text: str) -> clauses.Clause:
        grammar_calls.append(text)
        return lark_clause(text)

    monkeypatch.setattr(clauses, "lark_clause", spy)
    with fastpaths.plain():
        plain = clauses.parse_clause(body)
    assert grammar_calls == [body]
    assert fastpaths.ENABLED
    fast = clauses.parse_clause(body)
    assert grammar_calls == [body]  # the regular expression read it: the grammar was not asked again
    assert fast == plain
    assert [g for f in fast.fields for g in f.groups] == [("lead", "市某某局、市某某委")]


def test_the_label_words_are_those_of_the_duty_grammar() -> None:
    from fyplan.grammars import duty_parser

    terminal = duty_parser().get_terminal("FIELD_LABEL")
    assert clauses._label_regex() == str(terminal.pattern.to_regexp())


def test_reading_a_plain_notice_builds_no_duty_grammar() -> None:
    code = "import fyplan, fyplan.grammars\nfyplan.example()\nprint(fyplan.grammars.duty_parser.cache_info().currsize)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0"]


def _query_one_notice(env: dict[str, str], *options: str) -> tuple[str, str]:
    """The ids ``fyplan query 'leader:李红'`` prints for the example in a new process, and which of the
    modules a reading of one notice need not load were loaded."""
    code = (
        "import sys, io, contextlib\n"
        "from fyplan.terminal.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    try:\n        main([*{options!r}, 'query', 'leader:李红', '--format', 'ids'])\n"
        "    except SystemExit:\n        pass\n"
        "print(out.getvalue().split())\n"
        f"print(sorted(m for m in {NOT_FOR_ONE_NOTICE!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    found, loaded = done.stdout.splitlines()[-2:]
    return found, loaded


NOT_FOR_ONE_NOTICE = ("fyplan.read.grammar", "fyplan.units", "fyplan.corpus.load", "multiprocessing", "cattrs", "lark")


def test_a_query_of_one_notice_read_before_imports_no_reader(tmp_path: Path) -> None:
    # The first query parses the example and stores it; the second reads the entry: no reader, no
    # name-list patterns, no process pool, and for a query of one term no Lark (cattrs reads the entry).
    env = {**os.environ, "FYPLAN_CACHE_DIR": str(tmp_path)}
    first, loaded_first = _query_one_notice(env)
    second, loaded_second = _query_one_notice(env)
    assert first != "[]" and second == first
    assert "fyplan.read.grammar" in loaded_first
    assert loaded_second == "['cattrs']"


def test_a_query_of_one_notice_without_the_cache_loads_no_corpus_machinery(tmp_path: Path) -> None:
    env = {**os.environ, "FYPLAN_CACHE_DIR": str(tmp_path)}
    found, loaded = _query_one_notice(env, "--no-cache")
    assert found != "[]"
    assert loaded == "['fyplan.read.grammar', 'fyplan.units', 'lark']"
    assert not any(tmp_path.iterdir())  # nothing written either


def test_the_script_runs_the_command_line_with_the_collector_off_until_the_end(tmp_path: Path) -> None:
    # fyplan/__main__.py's run(), the fyplan script: the same output as the command line in-process.
    code = (
        "import gc, sys\n"
        "import fyplan.terminal.cli as cli\n"
        "from fyplan.__main__ import run\n"
        "cli.main.add_command(cli.click.Command('gcstate', callback=lambda: print(gc.isenabled())))\n"
        "sys.argv = ['fyplan', *sys.argv[1:]]\n"
        "run()\n"
    )
    env = {**os.environ, "FYPLAN_CACHE_DIR": str(tmp_path)}
    state = subprocess.run([sys.executable, "-c", code, "gcstate"], capture_output=True, text=True, env=env)
    assert state.stdout.split() == ["False"]
    ids = subprocess.run(
        [sys.executable, "-m", "fyplan", "query", "leader:李红", "--format", "ids"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    from click.testing import CliRunner

    from fyplan.terminal.cli import main

    assert ids.stdout == CliRunner().invoke(main, ["query", "leader:李红", "--format", "ids"]).stdout


def test_the_shell_turns_the_collector_on_again() -> None:
    from click.testing import CliRunner

    from fyplan.terminal.cli import main

    was = gc.isenabled()
    gc.disable()
    try:
        result = CliRunner().invoke(main, ["shell"], input="\\quit\n")
        assert result.exit_code == 0
        assert gc.isenabled()
    finally:
        if not was:
            gc.disable()
