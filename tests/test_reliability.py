"""Issue 8, "nothing lost, nothing run": each test reproduces one defect of that issue."""

from __future__ import annotations

import codecs
import csv
import errno
import getpass
import hashlib
import io
import os
import pickle
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import lark
import pytest
from click.testing import CliRunner
from rich.console import Console

import fyplan
from fyplan import files
from fyplan.grammars import build, grammar_dir
from fyplan.query import Node, QueryError, Term, evaluate, leader, parse_query, query
from fyplan.query.stats import counts, matrix
from fyplan.terminal.cli import main
from fyplan.terminal.shell import run_shell
from fyplan.terminal.views import item_panel, matrix_table, notice_tree, stats_table
from fyplan.write.export import RECORD_KEYS, to_csv

# --- 3. no pickle from a world-writable place ------------------------------------------------------

# The options fyplan once passed to Lark.open for each grammar (cache=True put the tables in /tmp).
_OLD_OPTIONS: dict[str, dict[str, object]] = {
    "notice": {"parser": "lalr", "cache": True, "lexer": "basic"},
    "duty": {"parser": "lalr", "cache": True},
    "query": {"parser": "lalr", "cache": True, "lexer": "contextual", "propagate_positions": True},
}


class _Planted:
    """What another local user could leave in /tmp: unpickling it creates ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def _lark_cache_path(name: str, options: dict[str, object]) -> Path:
    """The file Lark reads with cache=True: its own formula (lark/lark.py), computed here."""
    grammar = (grammar_dir() / f"{name}.lark").read_text(encoding="utf-8")
    options_str = "".join(f"{k}{v}" for k, v in options.items())
    digest = hashlib.sha256((grammar + options_str + lark.__version__ + str(sys.version_info[:2])).encode()).hexdigest()
    user = getpass.getuser()
    return Path(tempfile.gettempdir()) / f".lark_cache_{user}_{digest}_{sys.version_info[0]}_{sys.version_info[1]}.tmp"


def test_a_pickle_planted_where_lark_caches_is_never_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    marker = tmp_path / "ran"
    for name, options in _OLD_OPTIONS.items():
        planted = _lark_cache_path(name, options)
        digest = planted.name.split("_")[3]
        planted.write_bytes(digest.encode() + b"\n" + pickle.dumps(_Planted(marker)))
    for name, options in _OLD_OPTIONS.items():
        extra = {k: v for k, v in options.items() if k not in ("parser", "cache")}
        assert build(name, **extra) is not None
    assert not marker.exists()
    # Nothing is written to the shared folder either (a cache there is a file to plant next time).
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".lark_cache_")) == []
    assert len(list(tmp_path.iterdir())) == 3


# --- shared notices --------------------------------------------------------------------------------

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "fuyang-2019.txt"

# Full-width numbering, so fmt has something to rewrite.
NOTICE = """江临市人民政府关于2023年重点工作及责任分解的通知

一、确保完成全年主要预期目标

1．全市生产总值增长6.5%左右。

牵头负责领导:周明远、市政府常务副市长。

牵头责任单位:市发展改革委。

2．一般公共预算收入增长5%。

牵头负责领导:市政府常务副市长。

牵头责任单位:市财政局。

协同责任单位:市税务局。
"""


def _notice(tmp_path: Path, text: str = NOTICE, name: str = "notice.txt", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --- 1. fmt writes atomically ----------------------------------------------------------------------


def test_fmt_interrupted_part_way_leaves_the_notice_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _notice(tmp_path)
    before = path.read_bytes()
    real_write = os.write
    calls: list[int] = []

    def half_then_fail(fd: int, data: bytes | memoryview) -> int:
        calls.append(fd)
        if len(calls) == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.EFBIG, "File too large")

    monkeypatch.setattr(os, "write", half_then_fail)
    result = runner.invoke(main, ["fmt", str(path)])
    monkeypatch.undo()
    assert len(calls) == 2  # the write really was cut part-way
    assert path.read_bytes() == before
    assert result.exit_code == 2
    assert f"cannot write {path}: File too large; the file is unchanged" in result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, OSError)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notice.txt"]  # no temporary file left


def test_fmt_under_a_file_size_limit_leaves_the_notice_whole(tmp_path: Path) -> None:
    path = _notice(tmp_path)
    before = path.read_bytes()
    limit = len(before) // 2
    script = (
        "import resource, sys; from fyplan.terminal.cli import main; "
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit})); sys.argv = ['fyplan', 'fmt', sys.argv[1]]; main()"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60)
    assert path.read_bytes() == before
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == f"fyplan: cannot write {path}: File too large; the file is unchanged"


def test_fmt_replaces_the_target_of_a_symlink_and_keeps_its_mode(tmp_path: Path) -> None:
    path = _notice(tmp_path)
    path.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(path.name)
    assert runner.invoke(main, ["fmt", str(link)]).exit_code == 0
    assert link.is_symlink() and link.readlink() == Path("notice.txt")
    assert "1.全市生产总值" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


# --- 2. fmt drops nothing and keeps the encoding and line ends -------------------------------------


def test_fmt_refuses_lines_the_reader_did_not_read(tmp_path: Path) -> None:
    text = NOTICE.replace("协同责任单位:市税务局。\n", "协同责任单位:市税务局。\n\n备注:请于每月5日前报送进展。\n")
    text += "\n联系人:王敏,电话0558-1234567。\n督办单位:市政府督查室。\n"
    path = _notice(tmp_path, text)
    before = path.read_bytes()
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 2
    assert path.read_bytes() == before
    lines = text.splitlines()
    for words in ("备注:请于每月5日前报送进展。", "联系人:王敏,电话0558-1234567。", "督办单位:市政府督查室。"):
        assert f"{path}:{lines.index(words) + 1}: {words}" in result.output
    assert runner.invoke(main, ["fmt", str(path), "--force"]).exit_code == 0
    assert "备注" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("gb18030", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-8", codecs.BOM_UTF8),
    ],
)
def test_fmt_keeps_the_encoding_and_crlf(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(bom + NOTICE.replace("\n", "\r\n").encode(encoding))
    assert runner.invoke(main, ["fmt", str(path)]).exit_code == 0
    data = path.read_bytes()
    assert data.startswith(bom)
    text = data[len(bom) :].decode(encoding)
    assert "1.全市生产总值增长6.5%左右。\r\n" in text
    assert text.count("\n") == text.count("\r\n") > 10
    assert runner.invoke(main, ["fmt", str(path), "--check"]).exit_code == 0


def test_fmt_check_prints_nothing_whatever_the_input(tmp_path: Path) -> None:
    path = _notice(tmp_path)
    for args, stdin in (
        (["fmt", "-", "--check"], path.read_bytes()),
        (["fmt", str(path), "--check", "--stdout"], None),
    ):
        result = runner.invoke(main, args, input=stdin)
        assert (result.exit_code, result.stdout) == (1, "")
        assert "would reformat" in result.stderr


# --- 6. only regular files, and not too much of them -----------------------------------------------


def test_devices_and_links_to_them_are_refused(tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    result = runner.invoke(main, ["show", "/dev/zero"])
    assert result.exit_code == 2
    assert "cannot read /dev/zero: it is a device, not a regular file." in result.output
    _notice(tmp_path)
    result = runner.invoke(main, ["query", "leader:周明远", str(tmp_path), "--format", "ids"])
    assert result.exit_code == 0
    assert "skipped" in result.output and "zero.txt" in result.output and "1\n" in result.output


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _notice(tmp_path)
    for args in (["show", str(fifo)], ["query", "leader:周明远", str(tmp_path)], ["fmt", str(fifo)]):
        # A blocking open would hang here: the subprocess' timeout turns that into a failure.
        done = subprocess.run(
            [sys.executable, "-m", "fyplan.terminal.cli", *args], capture_output=True, text=True, timeout=30, cwd=ROOT
        )
        assert "a pipe (FIFO), not a regular file" in done.stderr
        assert "Traceback" not in done.stderr


def test_the_shell_load_refuses_devices() -> None:
    out, err = io.StringIO(), io.StringIO()
    code = run_shell(
        [], stdin=io.StringIO("\\load /dev/zero\nleader:李红\n"), stdout=out, stderr=err, interactive=False
    )
    assert code == 2
    assert "cannot read /dev/zero: it is a device, not a regular file." in err.getvalue()
    assert "12.3" in out.getvalue()


def test_the_size_limit_has_an_option_and_a_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _notice(tmp_path)
    size = path.stat().st_size
    result = runner.invoke(main, ["--max-size", str(size - 1), "show", str(path)])
    assert result.exit_code == 2
    assert f"cannot read {path}: it is larger than {size - 1} bytes, the size limit (--max-size)." in result.output
    assert runner.invoke(main, ["--max-size", str(size), "show", str(path)]).exit_code == 0
    monkeypatch.setenv("FYPLAN_MAX_SIZE", str(size - 1))
    assert runner.invoke(main, ["show", str(path)]).exit_code == 2
    assert runner.invoke(main, ["show", "-"], input=path.read_bytes()).exit_code == 2
    monkeypatch.delenv("FYPLAN_MAX_SIZE")
    assert runner.invoke(main, ["show", str(path)]).exit_code == 0
    assert "50 MB" in runner.invoke(main, ["--help"]).output
    assert runner.invoke(main, ["--max-size", "lots", "show"]).exit_code == 2
    assert [files.parse_size(s) for s in ("200", "1K", "50M", "2g")] == [200, 1024, 50 * 1024**2, 2 * 1024**3]


# --- 8. I/O failures: one line, exit 2 -------------------------------------------------------------


def _fyplan(*args: str, env: dict[str, str] | None = None, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """fyplan in a real process (real stdout, real encodings); stderr captured, stdout too unless given."""
    kwargs.setdefault("stdout", subprocess.PIPE)
    environ = {**os.environ, **(env or {})}
    command = [sys.executable, "-m", "fyplan.terminal.cli", *args]
    return subprocess.run(command, stderr=subprocess.PIPE, text=True, timeout=60, env=environ, **kwargs)


def test_fmt_on_missing_dangling_and_read_only_paths(tmp_path: Path) -> None:
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to("nowhere.txt")
    for path in (tmp_path / "missing.txt", dangling):
        done = _fyplan("fmt", str(path))
        assert (done.returncode, done.stderr) == (2, f"fyplan: cannot read {path}: No such file or directory\n")
    path = _notice(tmp_path)
    path.chmod(0o444)
    before = path.read_bytes()
    done = _fyplan("fmt", str(path))
    assert done.returncode == 2
    assert done.stderr == f"fyplan: cannot write {path}: Permission denied; the file is unchanged\n"
    assert path.read_bytes() == before


def test_output_that_cannot_be_written(tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        for args in (["show"], ["export"], ["query", "leader:李红"], ["stats"], ["check"]):
            done = _fyplan(*args, stdout=full)
            assert (args, done.returncode, done.stderr) == (
                args,
                2,
                "fyplan: cannot write the output: No space left on device\n",
            )
    done = _fyplan("show", "--svg", str(tmp_path / "missing" / "x.svg"))
    assert done.returncode == 2
    assert done.stderr == f"fyplan: cannot write {tmp_path / 'missing' / 'x.svg'}: No such file or directory\n"


def test_closed_stdout_is_an_error_not_a_success() -> None:
    done = _fyplan("export", stdout=None, preexec_fn=lambda: os.close(1))
    assert done.returncode == 2
    assert done.stderr == "fyplan: cannot write the output: standard output is closed\n"


def test_an_ascii_stdout_is_one_line_not_a_traceback() -> None:
    done = _fyplan("show", env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "fyplan: the output's encoding (ascii) cannot write U+961C; set PYTHONIOENCODING=utf-8 or use a UTF-8 locale"
    ]


def test_an_output_onto_an_input_is_refused(tmp_path: Path) -> None:
    path = _notice(tmp_path)
    before = path.read_bytes()
    link = tmp_path / "other-name.txt"
    link.symlink_to(path)
    for args in (
        ["export", str(path), "-o", str(path)],
        ["export", str(path), "-o", str(link)],
        ["show", str(path), "--svg", str(path)],
        ["query", "leader:周明远", str(tmp_path), "--svg", str(path)],
        ["stats", str(path), "--svg", str(path)],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, args
        assert "a notice being read; choose another file" in result.output
        assert path.read_bytes() == before
    # Without a file the bundled example is read: the copy the installed package holds (the repository's file
    # only in an editable install; a wheel's test run once wrote the export onto the repository's copy).
    assert runner.invoke(main, ["export", "-o", str(fyplan.example_path())]).exit_code == 2
    out = tmp_path / "out.jsonl"
    assert runner.invoke(main, ["export", str(path), "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8").count("\n") == 2


# --- 4. notice text is never rich markup -----------------------------------------------------------

MARKUP = NOTICE.replace("确保完成全年主要预期目标", "确保完成[/]全年目标").replace(
    "全市生产总值增长6.5%左右。", "全市生产总值[/]增长6.5%左右[bold]x[/bold]。"
)
MARKUP = MARKUP.replace(
    "牵头责任单位:市发展改革委。", "牵头责任单位:市[link=http://x]y[/link]发展改革委、市[bold]统计局。"
)
LITERALS = ("[/]", "[bold]x[/bold]", "[link=http://x]y[/link]", "市[bold]统计局")


def _rendered(renderable: object) -> str:
    """As a library user's console shows it: markup on, which is rich's default."""
    console = Console(width=300, record=True, file=io.StringIO(), markup=True)
    console.print(renderable)
    return console.export_text()


def test_views_show_markup_in_a_notice_as_text() -> None:
    notice = fyplan.parse(MARKUP, source="[/]notice[bold].txt")
    views = {
        "tree": notice_tree(notice),
        "panel": item_panel(notice["1"], notice.source),
        "results": query(notice, 'text:"[/]" or unit:"[bold]"'),
        "stats": stats_table(counts([notice], "unit"), "unit"),
        "matrix": matrix_table(matrix([notice], "section", "lead"), "section", "lead"),
    }
    shown = {name: _rendered(view) for name, view in views.items()}
    assert "[/]" in shown["tree"] and "[bold]x[/bold]" in shown["tree"]
    assert "[bold]x[/bold]" in shown["panel"] and "[/]notice[bold].txt" in shown["panel"]
    assert "[link=http://x]y[/link]" in shown["panel"]
    assert "全市生产总值[/]增长" in shown["results"] and 'item · "[/]" or unit:[bold]' in shown["results"]
    assert "市[bold]统计局" in shown["stats"] and "[link=http://x]y[/link]" in shown["stats"]
    assert "[/]" in shown["matrix"]


def test_commands_show_markup_in_a_notice_as_text(tmp_path: Path) -> None:
    path = _notice(tmp_path, MARKUP)
    outputs = []
    for args in (
        ["show", str(path)],
        ["show", str(path), "--item", "1"],
        ["stats", str(path), "--by", "unit"],
        ["query", 'text:"[/]"', str(path)],
        ["query", 'unit:"[link=http://x]y[/link]发展改革委"', str(path)],
    ):
        result = runner.invoke(main, [*args, "--width", "300"])
        assert (args, result.exit_code) == (args, 0)
        outputs.append(result.output)
    assert all(literal in outputs[1] for literal in LITERALS)
    assert "[link=http://x]y[/link]" in outputs[2] and "[/]" in outputs[3] and "1 item" in outputs[4]
    # On a terminal a [link=…] would become an OSC 8 hyperlink: none may appear.
    console = Console(width=300, force_terminal=True, color_system="truecolor", file=io.StringIO())
    console.print(item_panel(fyplan.parse(MARKUP)["1"]))
    assert "\x1b]8;" not in console.file.getvalue()  # type: ignore[attr-defined]


def test_the_bundled_example_takes_a_markup_query() -> None:
    result = runner.invoke(main, ["query", 'text:"[/]"'])
    assert result.exit_code == 0
    assert '0 items · "[/]"' in result.output  # text:… prints quoted: a bare word may be read as a name


def test_the_shell_shows_markup_as_text(tmp_path: Path) -> None:
    path = _notice(tmp_path, MARKUP)
    out, err = io.StringIO(), io.StringIO()
    script = '\\show 1\n\\stats\ntext:"[/]"\n'
    assert run_shell([path], stdin=io.StringIO(script), stdout=out, stderr=err, interactive=False) == 0
    assert all(literal in out.getvalue() for literal in LITERALS)


# --- 5. CSV cells are not formulas -----------------------------------------------------------------


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted() -> None:
    empty: dict[str, Any] = dict.fromkeys(RECORD_KEYS, "")
    rows = [{**empty, "id": "1", "text": text} for text in ("=1+2", "+1", "-1", "@SUM(A1)")]
    rows += [{**empty, "id": "2", "text": "\t=1", "leaders": ["=HYPERLINK(x)", "李红"]}]
    rows += [{**empty, "id": "3", "text": "\r=1", "line": 7, "section": -1}]
    cells = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert [c["text"] for c in cells] == ["'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "'\n=1"]
    assert cells[4]["leaders"] == "'=HYPERLINK(x)、李红"
    assert (cells[5]["line"], cells[5]["section"]) == ("7", "-1")  # numbers are numbers, not formulas


def test_export_and_query_csv_quote_formulas_from_a_notice(tmp_path: Path) -> None:
    text = NOTICE.replace("全市生产总值增长6.5%左右。", '=HYPERLINK("http://x","点击")全市生产总值增长6.5%左右。')
    path = _notice(tmp_path, text)
    for args in (["export", str(path), "--format", "csv"], ["query", "id:1", str(path), "--format", "csv"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0
        (row,) = [r for r in csv.DictReader(io.StringIO(result.output)) if r["id"] == "1"]
        assert row["text"].startswith("'=HYPERLINK(")


# --- 6. regular expressions: a size limit, and one time budget per query ---------------------------


@pytest.mark.parametrize(
    "pattern", ["(?:(?:a{1000}){1000}){100}", "(?:a{1000}){100}", "(a{200}){200}", "[a]{99999}", "x" * 2000]
)
def test_huge_regular_expressions_are_refused_before_compiling(pattern: str) -> None:
    started = time.monotonic()
    with pytest.raises(QueryError, match="regular expression is too large"):
        parse_query(f"text:/{pattern}/")
    assert time.monotonic() - started < 1


def test_ordinary_regular_expressions_still_work() -> None:
    for pattern in (r"\d{1,4}", "棚户区|棚改", "(?:ab){3,5}c", r"[\p{Han}]{2,8}", "a{1000}"):
        assert parse_query(f"text:/{pattern}/") == Term("text", "~", pattern)


def test_one_time_budget_for_the_whole_query(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each item takes a tenth of a second, under the old per-match limit: the sum is what must be bounded.
    body = ("加快建设现代化产业体系推动制造业提质扩量" * 4)[:70]
    items = "\n".join(f"{n}.{body}{n}。\n牵头责任单位:市财政局。" for n in range(1, 41))
    notice = fyplan.parse(f"江临市人民政府关于重点工作及责任分解的通知\n一、目标\n{items}\n")
    assert len(notice.items()) == 40
    monkeypatch.setattr(evaluate, "QUERY_TIME_LIMIT", 0.5)
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"the query took longer than 0.5 s"):
        query(notice, r"text:/(.*)(.*)(.*)\3\2\1\d/")
    assert time.monotonic() - started < 2


# --- 7. bytes that are not UTF-8 in a query --------------------------------------------------------


def test_a_query_with_bytes_that_are_not_text_is_a_query_error() -> None:
    with pytest.raises(QueryError, match="not UTF-8 text"):
        parse_query("leader:\udcff")
    with pytest.raises(QueryError, match="not UTF-8 text"):
        leader("\udcff李红")
    done = _fyplan("query", os.fsdecode(b"\xff"))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("fyplan: the query holds bytes that are not UTF-8 text")


def test_gb18030_and_bad_bytes_piped_to_the_shell() -> None:
    script = "leader:李红\n".encode("gb18030") + b"leader:\xff\xfe\n" + b"id:12.3\n"
    done = _fyplan("shell", input=script.decode("latin-1"), encoding="latin-1")
    assert "Traceback" not in done.stderr
    assert done.returncode == 2  # the bad line failed (as a bad query does in fyplan query), the others ran
    assert "not UTF-8 text" in done.stderr
    assert "12.3" in done.stdout and "李红".encode().decode("latin-1") in done.stdout


# --- 9. smaller ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("target>=1e400", "without an exponent"),
        ("target>=1,000亿元", "without thousands separators"),
        ("target>=1，000亿元", "without thousands separators"),
        ("target>=1" + "0" * 400, "too large"),
    ],
)
def test_quantities_that_would_match_nothing_are_errors(text: str, why: str) -> None:
    with pytest.raises(QueryError, match=why):
        parse_query(text)


def test_a_thousand_flat_terms_run_and_print() -> None:
    text = " and ".join(["has:target"] * 1000)
    node = parse_query(text)
    built: Node = Term("has", ":", "target")
    for _ in range(999):
        built = built & Term("has", ":", "target")
    assert node == built and repr(node) == repr(built)
    assert parse_query(str(node)) == node
    assert len(query(fyplan.example(), node)) == len(query(fyplan.example(), "has:target"))
    either = parse_query(" or ".join(f"id:{n}" for n in range(1, 1001)))
    assert len(query(fyplan.example(), either)) == len(fyplan.example().items())


def test_a_query_may_start_with_a_minus() -> None:
    expected = query(fyplan.example(), "not leader:李红").ids()
    for args in (["-leader:李红", "--format", "ids"], ["--format", "ids", "-leader:李红"]):
        result = runner.invoke(main, ["query", *args])
        assert (args, result.exit_code) == (args, 0)
        assert result.output.split() == expected
    # -has:target is a query, not -h (help)
    has = runner.invoke(main, ["query", "-has:target", "--format", "ids"])
    assert has.exit_code == 0
    assert has.output.split() == query(fyplan.example(), "not has:target").ids()


def test_a_narrow_terminal_still_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "1")
    for args in (["show"], ["query", "leader:李红"], ["stats"]):
        done = _fyplan(*args, env={"COLUMNS": "1"})
        assert done.returncode == 0
        assert "李红" in done.stdout or "12" in done.stdout


@pytest.mark.parametrize("text", ['""', 'leader:""', "text:''", 'unit=""', "\u200b", 'leader:"\u200b"'])
def test_empty_values_are_refused_like_an_empty_query(text: str) -> None:
    with pytest.raises(QueryError, match="empty"):
        parse_query(text)


def test_zero_width_characters_are_stripped_from_queries() -> None:
    assert parse_query("leader:李\u200b红") == parse_query("leader:李红")
    assert parse_query("\ufeffleader\u2060:李红") == parse_query("leader:李红")
    assert len(query(fyplan.example(), "leader:李\u200d红")) == len(query(fyplan.example(), "leader:李红")) > 0


def test_the_decode_error_names_the_right_byte() -> None:
    # é is UTF-8; the bytes after it are GB18030 up to 0xFF: the two codecs fail at different bytes.
    data = "é".encode() + b"\x81\x30\x81\x30\xff\x00"
    with pytest.raises(fyplan.NoticeError) as info:
        fyplan.parse(data)
    assert "not UTF-8 (bad byte at offset 2), not UTF-16, nor GB18030 (bad byte at offset 6)" in str(info.value)


# --- an output path that is a device or a pipe is written to, never replaced ---------------------


def test_output_onto_a_pipe_writes_to_it_and_keeps_it(tmp_path: Path) -> None:
    # A FIFO stands for every device (/dev/null, /dev/stdout): the tests never touch the real ones,
    # which a regression would replace by a file.
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(fifo)
    for target in (fifo, link):
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is there before the write
        try:
            files.write_atomic(target, b"16.9\n")  # small: it fits in the pipe, no blocking
            assert os.read(reader, 100) == b"16.9\n"
        finally:
            os.close(reader)
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the pipe, not a file
    assert link.is_symlink()


def test_output_onto_a_pipe_with_no_reader_is_an_error_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    result = CliRunner().invoke(main, ["query", "leader:李红", "--format", "ids", "-o", str(fifo)])
    assert result.exit_code == 2
    assert "no program is reading from this pipe" in result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_output_to_dev_stdout_appends_where_stdout_points(tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    log.write_text("OLD LINE\n", encoding="utf-8")
    with log.open("ab") as out:
        run = subprocess.run(
            [sys.executable, "-m", "fyplan", "query", "leader:李红", "--format", "ids", "-o", "/dev/stdout"],
            stdout=out,
            stderr=subprocess.PIPE,
        )
    assert run.returncode == 0
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "OLD LINE"  # the file behind stdout is appended to, not replaced
    assert lines[1:3] == ["4", "5"]


def test_a_reader_bug_is_a_notice_error_and_a_sentence_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Session 47: a CRLF table made a layout step raise IndexError, and the CLI printed a traceback.
    import fyplan.read.aligned as aligned

    def broken(text: str) -> str:
        raise IndexError("list index out of range")

    monkeypatch.setattr(aligned, "flatten_aligned", broken)
    with pytest.raises(fyplan.NoticeError) as caught:
        fyplan.parse("1.某项工作。\n牵头单位:市发改委\n", source="t.txt")
    assert "bug in fyplan" in str(caught.value) and "IndexError" in str(caught.value)
    assert isinstance(caught.value.__cause__, IndexError)
    path = tmp_path / "t.txt"
    path.write_text("1.某项工作。\n牵头单位:市发改委\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(path), "--no-cache"])
    assert result.exit_code == 2
    assert "bug in fyplan" in result.output and "Traceback" not in result.output
