"""fyplan shell: scripted through a pipe, its completer and lexer, and once through a real terminal."""

from __future__ import annotations

import io
import json
import os
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

import fyplan
from fyplan.model import Notice
from fyplan.terminal.shell import history_path, lex_line, make_completer, make_lexer, run_shell

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "fuyang-2019.txt"


def run(script: str, *paths: Path) -> tuple[int, str, str]:
    """Feed ``script`` to the shell as a pipe would; return the exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    code = run_shell(list(paths), stdin=io.StringIO(script), stdout=out, stderr=err, interactive=False)
    return code, out.getvalue(), err.getvalue()


def test_ids_of_a_query() -> None:
    code, out, err = run("\\format ids\nleader:李红 and target>=10%\n")
    assert out.split() == ["5", "6", "12.5", "24.6", "30.2", "31.1"]
    assert (code, err) == (0, "")


def test_the_default_format_is_a_plain_table() -> None:
    code, out, _ = run("id:7\n")
    assert "城镇常住" in out and "1 item · id:7" in out  # 80 columns: the text wraps in its cell
    assert "\x1b" not in out and "fyplan>" not in out
    assert code == 0


def test_jsonl_and_csv_formats() -> None:
    _, out, _ = run("\\format jsonl\nid:12.3\n\\format csv\nid:12.3\n")
    lines = out.splitlines()
    record = json.loads(lines[0])
    assert record["id"] == "12.3" and record["leaders"] == ["李红"]
    assert lines[1].startswith("id,section,") and lines[2].startswith("12.3,2,")


def test_show_prints_one_item_in_full() -> None:
    code, out, _ = run("\\show 12.3\n")
    for part in ("12.3", "李红", "颍东区人民政府", "阜阳经开区管委会", "市生态环境局等", "着力提升新型工业化水平"):
        assert part in out
    assert code == 0


def test_show_of_a_task_with_sub_tasks_says_which_ids() -> None:
    code, out, err = run("\\show 12\n\\show 99.9\n")
    assert "12.1" in err and "no item 99.9" in err
    assert (code, out) == (2, "")


def test_a_bad_query_is_reported_and_the_shell_goes_on() -> None:
    code, out, err = run("leadr:李红\n\\format ids\nid:7\n")
    assert "did you mean leader:?" in err
    assert "^" in err  # the caret under the column
    assert out.split() == ["7"]
    assert (
        code == 2
    )  # scripted: a failed line fails the run (as a bad query does in fyplan query), after every line has run


def test_hints_are_not_failures() -> None:
    code, out, err = run("\\format ids\nunit:市商务厅\n")
    assert "hint: no unit matches “市商务厅”; closest: 市商务局" in err
    assert (code, out) == (0, "")


def test_stats_counts_items_per_leader() -> None:
    code, out, _ = run("\\stats\n")
    assert re.search(r"李红\W+40\b", out)  # 40 duty lines name 李红 (grep over the example)
    assert "9 leader names" in out and code == 0


def test_load_adds_a_notice(tmp_path: Path) -> None:
    copy = tmp_path / "copy-2019.txt"
    shutil.copy(EXAMPLE, copy)
    code, out, err = run(f"\\load {copy}\n\\format ids\nid:7\n")
    assert out.split() == ["fuyang-2019.txt:7", "copy-2019.txt:7"]
    assert "loaded" in err and code == 0


def test_load_of_a_folder_and_of_what_is_not_a_notice(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text("not a notice\n", encoding="utf-8")
    # The example the shell starts with is the installed package's copy (the repository's file only in an
    # editable install), so that is the one loaded again.
    code, out, err = run(f"\\load {tmp_path}\n\\load {fyplan.example_path()}\n\\format ids\nid:7\n")
    assert out.split() == ["fuyang-2019.txt:7", "a.txt:7"]
    assert "b.txt: holds no responsibility notice" in err and "loaded already" in err
    assert code == 2


def test_unknown_commands_and_formats() -> None:
    code, out, err = run("\\frmat ids\n\\format xml\n\\format\n")
    assert "did you mean \\format?" in err and "unknown format “xml”" in err
    assert "format: table" in out and code == 2


def test_help_and_quit() -> None:
    code, out, _ = run("# a comment\n\n\\help\n\\quit\nid:7\n")
    assert "\\show" in out and "人均可支配收入" not in out
    assert code == 0


def test_paths_given_at_start(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    code, _, err = run("id:7\n", missing)
    assert code == 2 and "missing.txt" in err
    code, out, _ = run("\\format ids\nid:7\n", EXAMPLE, EXAMPLE.parent)
    assert out.split() == ["7"]  # the folder holds the same file: loaded once


def test_run_as_a_module_through_a_pipe() -> None:
    script = "leader:李红 and target>=10%\n\\format ids\nid:12.*\n"
    done = subprocess.run(
        [sys.executable, "-m", "fyplan.terminal.shell"],
        input=script,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-5:] == ["12.1", "12.2", "12.3", "12.4", "12.5"]
    assert "\x1b" not in done.stdout


def test_scripted_runs_do_not_import_prompt_toolkit() -> None:
    code = (
        "import io, sys; from fyplan.terminal.shell import run_shell; "
        "run_shell([], stdin=io.StringIO('id:7\\n'), stdout=io.StringIO(), interactive=False); "
        "print('prompt_toolkit' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr


def completions(notices: list[Notice], text: str, tab: bool = False) -> list[str]:
    completer = make_completer(notices)
    found = completer.get_completions(Document(text), CompleteEvent(completion_requested=tab))
    return [c.text for c in found]


def test_completer_offers_fields_and_names(example: Notice) -> None:
    assert completions([example], "unit:市商")[0] == "市商务局"
    assert "leader:" in completions([example], "lea")
    assert completions([example], "leader:李") == ["李红"]
    assert completions([example], "-领导：李") == ["李红"]
    assert "领导:" in completions([example], "领")
    cooperating = {u.name for item in example.items() for u in item.cooperating_units}
    assert set(completions([example], "coop:")) == cooperating  # coop: offers the names seen cooperating
    assert completions([example], "has:dead") == ["deadline"]
    assert completions([example], "target>=10% ") == []
    assert "section:" in completions([example], "target>=10% ", tab=True)


def test_completer_replaces_what_was_typed(example: Notice) -> None:
    completer = make_completer([example])
    found = list(completer.get_completions(Document("unit:市商"), CompleteEvent()))
    assert found[0].start_position == -2
    assert Document("unit:市商").text[: found[0].start_position] + found[0].text == "unit:市商务局"


def test_completer_sees_loaded_notices_and_commands(example: Notice) -> None:
    notices: list[Notice] = []
    assert completions(notices, "leader:李") == []
    notices.append(example)
    assert completions(notices, "leader:李") == ["李红"]
    assert completions(notices, "\\fo") == ["\\format"]
    assert completions(notices, "\\format j") == ["jsonl"]
    assert "12.3" in completions(notices, "\\show 12.")


def test_lexer_colours_fields_operators_values_regexes() -> None:
    line = 'leader:李红 and -text:/棚户区|棚改/ or not "a b" 领导：x leadr:y target:增长>=10%'
    classes = {text: style for style, text in lex_line(line)}
    assert classes["leader"] == "class:field" and classes["领导"] == "class:field"
    assert classes["and"] == classes["or"] == classes["not"] == "class:keyword"
    assert classes["-"] == "class:operator"
    assert classes["/棚户区|棚改/"] == "class:regex"
    assert classes['"a b"'] == "class:string"
    assert classes["leadr"] == "class:field.unknown"
    assert classes["增长"] == ""  # a target's words, not a field
    assert "".join(text for _, text in lex_line(line)) == line
    assert lex_line("\\format ids")[0] == ("class:command", "\\format")
    fragments = make_lexer().lex_document(Document("id:7"))(0)
    assert fragments[0] == ("class:field", "id")


def test_history_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FYPLAN_HISTORY", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert history_path() == tmp_path / "fyplan" / "history"
    monkeypatch.setenv("XDG_STATE_HOME", "relative/is/ignored")
    assert history_path() == Path.home() / ".local" / "state" / "fyplan" / "history"
    monkeypatch.setenv("FYPLAN_HISTORY", str(tmp_path / "h"))
    assert history_path() == tmp_path / "h"


def _read_until(fd: int, marker: str, deadline: float, seen: bytearray) -> str:
    """Read the terminal into ``seen`` until ``marker`` shows up; fail with the screen at the deadline."""
    while marker not in seen.decode("utf-8", errors="replace"):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            pytest.fail(f"no {marker!r} on the terminal; it showed:\n{seen.decode('utf-8', errors='replace')}")
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the child closed the terminal
                chunk = b""
            if not chunk:
                pytest.fail(f"the shell ended before {marker!r}:\n{seen.decode('utf-8', errors='replace')}")
            seen += chunk
    return seen.decode("utf-8", errors="replace")


def test_a_real_terminal(tmp_path: Path) -> None:
    pytest.importorskip("pty")  # no pseudo-terminals on Windows
    import fcntl
    import struct
    import termios

    history = tmp_path / "history"
    master, slave = os.openpty()
    # Wide enough that item 7's text fits on one line of the table.
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
    env = {**os.environ, "FYPLAN_HISTORY": str(history), "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1"}
    env |= {"COLUMNS": "200", "LINES": "50"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "fyplan.terminal.shell"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    deadline = time.monotonic() + 20
    seen = bytearray()
    try:
        _read_until(master, "fyplan>", deadline, seen)
        os.write(master, b"id:7\r")
        _read_until(master, "人均可支配收入", deadline, seen)
        os.write(master, b"\\quit\r")
        assert proc.wait(timeout=max(1.0, deadline - time.monotonic())) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    assert "id:7" in history.read_text(encoding="utf-8")
