"""Fuzz the ``fyplan`` command line itself: ``python benchmarks/fuzz_cli.py --runs 20000 --processes 300``.

``benchmarks/fuzz.py`` fuzzes the library; this drives the commands a person types, where notice text
meets rich, click, the terminal and the file system. Each run writes a random input to a fresh folder and
runs one of ``show``, ``show --item``, ``query``, ``stats``, ``check``, ``fmt --check``, ``fmt --stdout``,
``export`` or ``shell`` (pipe mode) on it.

Inputs: mutated slices of the bundled example with rich markup planted in titles, item texts and unit names
(``[/]``, ``[bold``, ``[link=…]``), random bytes, the same text in GB18030, UTF-16 or with CRLF line ends;
queries from the language's own pieces, markup, zero-width characters and bytes that are not UTF-8.

``--runs`` go through click's ``CliRunner`` in this process (for volume); ``--processes`` more are real
subprocesses (real stdout, encodings, ``/dev/full``, ``COLUMNS=1``, an ASCII ``PYTHONIOENCODING``).
A failure is an uncaught exception (a traceback), an exit code other than 0, 1 or 2, or "Traceback" in
the output. Failures are counted, and the first ``--keep`` are saved under ``--out`` to be replayed.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

import fyplan
from fyplan.terminal.cli import main as cli

MARKUP = [
    "[/]",
    "[bold",
    "[bold]",
    "[/bold]",
    "[link=http://x]",
    "[/link]",
    "[red on blue]",
    "[[",
    "]",
    "\\[",
    "[@click]",
]
INVISIBLE = ["\u200b", "\ufeff", "\u200d", "\u2060"]
QUERY_PARTS = [
    "leader:",
    "lead:",
    "coop:",
    "unit:",
    "section:",
    "id:",
    "text:",
    "target",
    "has:",
    "deadline:",
    "source:",
    "领导：",
    "李红",
    "市财政局",
    "12.*",
    "12.3",
    "10%",
    "1,000亿元",
    "1e400",
    ">=",
    "<",
    "=",
    "and",
    "or",
    "not",
    "-",
    "(",
    ")",
    '"',
    "'",
    "/",
    "/x|y/",
    "/(a{9}){9}/",
    '""',
    " ",
    "且",
    "棚户区",
]
FIELDS = ["leader:", "lead:", "coop:", "unit:", "unit=", "text:", "section:", "id:", "deadline:", "target:", "target>="]
VALUES = [
    "李红",
    "市财政局",
    "棚户区",
    "12.*",
    "2",
    "10%",
    "100亿元",
    '"[/]"',
    '"[bold]x[/bold]"',
    '"[link=http://x]y[/link]"',
    "[/]",
    "/[棚改]+/",
    "/^加快/",
    '""',
    "1,000亿元",
    "6月",
]
STYLES = ["anhui", "compact", "fullwidth", "short", "inline", "traditional"]
SHELL_LINES = [
    "\\help",
    "\\stats",
    "\\show 1",
    "\\show 12.3",
    "\\format ids",
    "\\format csv",
    "\\format table",
    "\\nope",
]


def lines_of_example() -> list[str]:
    return fyplan.example_path().read_text(encoding="utf-8").splitlines()


def with_markup(rng: random.Random, line: str) -> str:
    """``line`` with markup planted at a random place (a title, an item's text, inside a unit list)."""
    at = rng.randrange(len(line) + 1)
    return line[:at] + rng.choice(MARKUP) + line[at:]


def notice_text(rng: random.Random, example: list[str]) -> str:
    """The example or a slice of it (under its head and a section heading), mutated: lines dropped,
    duplicated, marked up, made invisible, and now and then a line the reader does not read (备注:…)."""
    whole = rng.random() < 0.25
    if whole:
        lines = example
    else:
        start = rng.randrange(0, len(example) - 20)
        lines = [*example[:6], "一、重点工作", *example[start : start + rng.randint(5, 60)]]
    markup = 0.02 if whole else 0.25
    out = []
    for line in lines:
        roll = rng.random()
        if roll < markup:
            line = with_markup(rng, line)
        elif roll < markup + 0.03:
            continue
        elif roll < markup + 0.05:
            out.append(line)
        elif roll < markup + 0.06:
            line = line.replace(":", rng.choice(["：", "", "::"]), 1)
        elif roll < markup + 0.07:
            line += rng.choice(INVISIBLE)
        out.append(line)
    if rng.random() < 0.1:
        out.insert(
            rng.randrange(len(out) + 1), rng.choice(["备注:请按时报送。", "联系人:王敏。", "督办单位:市政府督查室。"])
        )
    return "\n".join(out) + "\n"


def notice_bytes(rng: random.Random, example: list[str]) -> bytes:
    roll = rng.random()
    if roll < 0.08:
        return rng.randbytes(rng.randint(0, 400))
    text = notice_text(rng, example)
    if roll < 0.2:
        text = text.replace("\n", "\r\n")
    if roll < 0.3:
        return text.encode("gb18030", errors="replace")
    if roll < 0.36:
        return text.encode("utf-16")
    data = text.encode("utf-8")
    if roll < 0.42:
        at = rng.randrange(len(data) + 1)
        data = data[:at] + rng.randbytes(rng.randint(1, 8)) + data[at:]
    return data


def random_query(rng: random.Random) -> str:
    """Mostly well-formed terms (field:value, with markup and odd values), sometimes a jumble of pieces."""
    if rng.random() < 0.6:
        terms = [f"{rng.choice(FIELDS)}{rng.choice(VALUES)}" for _ in range(rng.randint(1, 4))]
        text = rng.choice([" ", " and ", " or ", " -"]).join(terms)
    else:
        text = "".join(rng.choice(QUERY_PARTS) for _ in range(rng.randint(1, 7)))
    if rng.random() < 0.05:
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(INVISIBLE) + text[at:]
    if rng.random() < 0.03:
        text += os.fsdecode(rng.randbytes(rng.randint(1, 4)))
    return text


def command(rng: random.Random, folder: Path, path: Path) -> tuple[list[str], bytes | None]:
    """One command line over ``path`` (or the folder, or the bundled example), and its standard input."""
    target = rng.choice([str(path)] * 6 + [str(folder), "-"])
    kind = rng.choice(["show", "item", "query", "query", "stats", "check", "fmt", "fmt-stdout", "export", "shell"])
    stdin = path.read_bytes() if target == "-" else None
    width = ["--width", str(rng.choice([20, 33, 80, 200]))] if rng.random() < 0.3 else []
    one = str(path) if target == str(folder) else target
    if kind == "show":
        return ["show", one, *width], stdin
    if kind == "item":
        return ["show", one, "--item", rng.choice(["1", "2.1", "12.3", "[/]", "x"])], stdin
    if kind == "query":
        fmt = rng.choice(["table", "ids", "jsonl", "json", "csv"])
        paths = [target] if target != "-" else []
        return ["query", random_query(rng), *paths, "--format", fmt, *width], None
    if kind == "stats":
        paths = [target] if target != "-" else []
        return [
            "stats",
            *paths,
            "--by",
            rng.choice(["leader", "lead", "coop", "unit", "section", "leader,section"]),
        ], None
    if kind == "check":
        return ["check", *([target] if target != "-" else []), *(["--json"] if rng.random() < 0.3 else [])], None
    if kind == "fmt":
        return ["fmt", one, "--check", "--style", rng.choice(STYLES)], stdin
    if kind == "fmt-stdout":
        return ["fmt", one, "--stdout", "--style", rng.choice(STYLES)], stdin
    if kind == "export":
        return ["export", one, "--format", rng.choice(["json", "jsonl", "csv"])], stdin
    script = [rng.choice(SHELL_LINES) if rng.random() < 0.3 else random_query(rng) for _ in range(rng.randint(1, 6))]
    data = "\n".join(script).encode("utf-8", errors="surrogateescape")
    if rng.random() < 0.2:
        data += "\nleader:李红\n".encode("gb18030")
    return ["shell", str(path)], data + b"\n"


class Tally:
    def __init__(self, out: Path, keep: int) -> None:
        self.runs = 0
        self.failures = 0
        self.codes: collections.Counter[int] = collections.Counter()
        self.out = out
        self.keep = keep

    def record(self, args: list[str], code: int, output: str, crash: str, data: bytes, stdin: bytes | None) -> None:
        self.runs += 1
        self.codes[code] += 1
        if not crash and code in (0, 1, 2) and "Traceback" not in output:
            return
        self.failures += 1
        if self.failures <= self.keep:
            case = self.out / f"failure-{self.failures:03d}"
            case.mkdir(parents=True, exist_ok=True)
            (case / "input.txt").write_bytes(data)
            (case / "stdin").write_bytes(stdin or b"")
            (case / "report.txt").write_text(
                f"args: {args!r}\nexit: {code}\n{crash}\n--- output ---\n{output}", encoding="utf-8", errors="replace"
            )
            print(f"FAILURE {self.failures}: {args!r} exit {code}: {crash.splitlines()[-1:] or output[-200:]}")


def in_process(rng: random.Random, runs: int, example: list[str], tally: Tally) -> None:
    import traceback

    runner = CliRunner()
    for n in range(runs):
        with tempfile.TemporaryDirectory(prefix="fyplan-fuzz-") as tmp:
            folder = Path(tmp)
            path = folder / "notice.txt"
            data = notice_bytes(rng, example)
            path.write_bytes(data)
            args, stdin = command(rng, folder, path)
            result = runner.invoke(cli, args, input=stdin)
            crash = ""
            if result.exception is not None and not isinstance(result.exception, SystemExit):
                crash = "".join(traceback.format_exception(result.exception))
            tally.record(args, result.exit_code, result.output, crash, data, stdin)
        if (n + 1) % 1000 == 0:
            print(f"  {n + 1} in-process runs, {tally.failures} failures", flush=True)


def subprocesses(rng: random.Random, runs: int, example: list[str], tally: Tally) -> None:
    for n in range(runs):
        with tempfile.TemporaryDirectory(prefix="fyplan-fuzz-") as tmp:
            folder = Path(tmp)
            path = folder / "notice.txt"
            data = notice_bytes(rng, example)
            path.write_bytes(data)
            args, stdin = command(rng, folder, path)
            env = dict(os.environ)
            roll = rng.random()
            if roll < 0.15:
                env["PYTHONIOENCODING"] = "ascii"
            elif roll < 0.3:
                env["COLUMNS"] = "1"
            full = roll > 0.85
            with open("/dev/full" if full else os.devnull, "w") as sink:
                stdout = sink if full else subprocess.PIPE
                done = subprocess.run(
                    [sys.executable, "-m", "fyplan.terminal.cli", *args],
                    input=stdin,
                    stdout=stdout,
                    stderr=subprocess.PIPE,
                    env=env,
                    timeout=120,
                    check=False,
                )
            output = (done.stdout or b"").decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
            tally.record(args, done.returncode, output, "", data, stdin)
        if (n + 1) % 100 == 0:
            print(f"  {n + 1} subprocess runs, {tally.failures} failures", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=20_000, help="in-process runs (click's CliRunner)")
    ap.add_argument("--processes", type=int, default=300, help="runs in a real subprocess")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "fyplan-fuzz-cli")
    ap.add_argument("--keep", type=int, default=50, help="failures to save for replay")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    example = lines_of_example()
    shutil.rmtree(args.out, ignore_errors=True)
    tally = Tally(args.out, args.keep)
    started = time.monotonic()
    in_process(rng, args.runs, example, tally)
    middle = time.monotonic()
    subprocesses(rng, args.processes, example, tally)
    ended = time.monotonic()
    codes = ", ".join(f"{code}: {count}" for code, count in sorted(tally.codes.items()))
    print(
        f"{tally.runs} runs ({args.runs} in-process in {middle - started:.0f} s, {args.processes} subprocesses "
        f"in {ended - middle:.0f} s), seed {args.seed}: {tally.failures} failures (tracebacks or odd exit codes); "
        f"exit codes {codes}"
    )
    if tally.failures:
        print(f"failures saved under {args.out}")
        sys.exit(1)


if __name__ == "__main__":
    main()
