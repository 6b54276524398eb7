"""Throughput, growth and peak memory of ``fyplan.parse``, and how quickly the command starts.

The yardstick is a plain regex line loop over the same text in the same process,
so the ratio says what fyplan's grammar, normalisation and checks cost over the
quickest script one could write, independent of how fast the machine is.

    python benchmarks/parse.py [--runs 3] [--big] [--sizes 1,10] [--no-startup]

It times whichever build of fyplan is installed and names it in its first line: pure Python, or the modules
compiled by mypyc (``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 pip install .``, see README.md).

Two inputs at each size (1 and 10 MB; 100 MB with ``--big``): *repeated*, the example's body
repeated (every cache of fyplan's hits from the second copy on), and *new text*, each copy's characters
permuted with a seed of its own, so that every line is new. Each timed new text is a text never parsed
before in the process. Goals (printed as PASS/MISS, never an exit status: timings on shared machines are
noisy): new text <= 5x the baseline (goal 3x), repeated <= 2x, MB/s at the largest size within 20% of
the MB/s at 1 MB, peak memory <= 5x the input; ``fyplan query 'leader:李红' --format ids`` within 1.5x of
``python -c "import lark, attrs, rich, click"`` and ``fyplan --version`` / ``--help`` within 1.2x of
``python -c "import click"``.
"""

from __future__ import annotations

import argparse
import functools
import gc
import itertools
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import TypeVar

import fyplan
import fyplan.grammars

T = TypeVar("T")

# What the bundled example holds; the synthetic notice is checked against multiples of these.
EXAMPLE_ITEMS = 201
EXAMPLE_TASKS = 44

NEW_TEXT_LIMIT = 5.0  # must
NEW_TEXT_GOAL = 3.0  # hoped for
REPEATED_LIMIT = 2.0
LINEAR_LIMIT = 0.8  # MB/s at the largest size / MB/s at 1 MB
MEMORY_LIMIT = 5.0
QUERY_START_LIMIT = 1.5
BARE_START_LIMIT = 1.2

# Sizes are in MB of 10**6 UTF-8 bytes, the unit a file listing shows.
MB = 1_000_000

# Renumbering: only ``12.`` at a line start is a task number (not ``1.5%`` inside a line).
TASK_AT_LINE_START = re.compile(r"^(\d+)\.(?!\d)", re.MULTILINE)

# The baseline's patterns: what a quick script would write, nothing more.
SECTION_LINE = re.compile(r"^([一二三四五六七八九十]+)、(.*)")
TASK_LINE = re.compile(r"^(\d+)[.、](.*)")
SUBTASK_LINE = re.compile(r"^\((\d+)\)(.*)")
DUTY_LINE = re.compile(r"^(牵头负责领导|牵头责任单位|协同责任单位)[:：](.*)")
NAME_SEPARATORS = re.compile(r"[、,]")


@dataclass(frozen=True)
class Synthetic:
    text: str
    copies: int

    @property
    def expected_items(self) -> int:
        return EXAMPLE_ITEMS * self.copies

    @property
    def highest_task(self) -> int:
        return EXAMPLE_TASKS * self.copies


def split_example(text: str) -> tuple[str, str, str]:
    """Head (before ``一、``), body (``一、`` to the last duty line) and tail (closing, issuer, date)."""
    lines = text.splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.lstrip().startswith("一、"))
    last = max(i for i, line in enumerate(lines) if DUTY_LINE.match(line.strip()))
    return "".join(lines[:first]), "".join(lines[first : last + 1]), "".join(lines[last + 1 :])


def renumber(body: str, offset: int) -> str:
    return TASK_AT_LINE_START.sub(lambda m: f"{int(m.group(1)) + offset}.", body)


def synthesize(example: str, size_mb: float) -> Synthetic:
    """Repeat the example's body until the notice is about ``size_mb``; task numbers run on across copies."""
    head, body, tail = split_example(example)
    numbers = [int(m.group(1)) for m in TASK_AT_LINE_START.finditer(body)]
    # The offset per copy assumes the body numbers its tasks 1..44; fail loudly if the example changes.
    if numbers != list(range(1, EXAMPLE_TASKS + 1)):
        raise AssertionError(
            f"the example's body numbers its tasks {numbers[:3]}…{numbers[-3:]}, not 1..{EXAMPLE_TASKS}"
        )
    fixed = len(head.encode()) + len(tail.encode())
    copies = max(1, round((size_mb * MB - fixed) / len(body.encode())))
    parts = [head]
    # Section numerals 一..十 simply restart in each copy, which the grammar accepts.
    # The preamble declares what the notice holds (10个方面44项): keep that true for the copies,
    # or the reader reports the mismatch and the timing includes placing that diagnostic.
    parts[0] = parts[0].replace("10个方面44项", f"{10 * copies}个方面{EXAMPLE_TASKS * copies}项")
    parts += [renumber(body, copy * EXAMPLE_TASKS) for copy in range(copies)]
    parts.append(tail)
    return Synthetic("".join(parts), copies)


def kept_characters() -> frozenset[str]:
    """Characters a permutation must leave alone so the structure stays: every CJK character of the
    grammar files (labels, verbs, titles, time words, numerals), the endings of bodies' names and the
    list words. Everything else in the body is a place, a name or a word of a sentence."""
    grammar = fyplan.grammars.grammar_dir()
    text = "".join(p.read_text(encoding="utf-8") for p in grammar.glob("*.lark"))
    words = (
        "局委办府会院室中心公司集团行部厅署站所队街道镇乡区县市省处馆社团联协组门位构关台科校各等和及与年月日同志政人民"
    )
    return frozenset(ch for ch in text + words if "\u4e00" <= ch <= "\u9fff")


def permute(text: str, seed: int, kept: frozenset[str]) -> str:
    """``text`` with its other CJK characters permuted among themselves (one bijection per seed):
    the same structure, lines no reader has seen before."""
    pool = sorted({ch for ch in text if "\u4e00" <= ch <= "\u9fff" and ch not in kept})
    shuffled = pool[:]
    random.Random(seed).shuffle(shuffled)
    return text.translate(str.maketrans("".join(pool), "".join(shuffled)))


def synthesize_new_text(example: str, size_mb: float, seed: int) -> Synthetic:
    """Like ``synthesize``, but every copy of the body is permuted with its own seed: new text."""
    head, body, tail = split_example(example)
    kept = kept_characters()
    fixed = len(head.encode()) + len(tail.encode())
    copies = max(1, round((size_mb * MB - fixed) / len(body.encode())))
    parts = [head.replace("10个方面44项", f"{10 * copies}个方面{EXAMPLE_TASKS * copies}项")]
    parts += [permute(renumber(body, copy * EXAMPLE_TASKS), seed * 100_003 + copy, kept) for copy in range(copies)]
    parts.append(tail)
    return Synthetic("".join(parts), copies)


@dataclass
class Record:
    """One numbered task or sub-task as the baseline sees it: an id and its duty lists."""

    id: str
    duties: dict[str, list[str]] = field(default_factory=dict)


def baseline(text: str) -> list[Record]:
    """A hand-written line loop: strip, match, split the names. Returns the records that carry duties."""
    records: list[Record] = []
    task = ""
    current: Record | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if SECTION_LINE.match(line):
            current = None
        elif m := TASK_LINE.match(line):
            task = m.group(1)
            current = Record(task)
        elif m := SUBTASK_LINE.match(line):
            current = Record(f"{task}.{m.group(1)}")
        elif (m := DUTY_LINE.match(line)) and current is not None:
            if not current.duties:
                records.append(current)
            names = [n for n in NAME_SEPARATORS.split(m.group(2).rstrip("。")) if n]
            current.duties[m.group(1)] = names
    return records


def check_items(notice: fyplan.Notice, expected: int, highest_task: int) -> None:
    """The synthetic notice must read as ``copies`` times the example, or the timings mean nothing."""
    items = notice.items()
    if len(items) == expected:
        return
    task_numbers = [t.number for t in notice.tasks()]
    errors = notice.errors
    lines = [
        f"fyplan.parse read {len(items)} items from the synthetic notice, expected {expected}",
        f"  tasks read: {len(task_numbers)} (highest number {max(task_numbers, default=0)}, the text numbers them up to {highest_task})",
        f"  diagnostics: {len(notice.diagnostics)} ({len(errors)} errors); the first ones:",
        *(f"    {d}" for d in notice.diagnostics[:6]),
    ]
    raise AssertionError("\n".join(lines))


def timed(run: Callable[[], T]) -> tuple[float, T]:
    """CPU time of one run, and its result (freeing the result is not part of the run).

    CPU time, not wall time: both readers are single-threaded and do no I/O here, so the two are the
    same on an idle machine, and on the shared 2-core machine CPU time leaves out the waits for other
    jobs, which made wall-time medians of one commit vary by half."""
    gc.collect()  # don't bill one run for the garbage of the one before
    start = time.process_time()
    result = run()
    return time.process_time() - start, result


def peak_memory(text: str) -> int:
    """Peak bytes Python allocates while ``fyplan.parse`` runs (the text itself already exists)."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.clear_traces()
        tracemalloc.reset_peak()
        notice = fyplan.parse(text, source="<synthetic>")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del notice
    return peak


@dataclass(frozen=True)
class Row:
    input: str  # "repeated" or "new text"
    size: int  # UTF-8 bytes
    items: int
    baseline: float  # median seconds
    fyplan: float  # median seconds
    peak: int  # bytes

    @property
    def ratio(self) -> float:
        return self.fyplan / self.baseline

    @property
    def mb_per_s(self) -> float:
        return self.size / MB / self.fyplan

    @property
    def memory(self) -> float:
        return self.peak / self.size

    @property
    def limit(self) -> float:
        return REPEATED_LIMIT if self.input == "repeated" else NEW_TEXT_LIMIT


# Every new text gets seeds no other text of the process had: no cache of fyplan's has seen its lines.
_SEEDS = itertools.count(1)


def fresh_text(example: str, size_mb: float) -> Synthetic:
    return synthesize_new_text(example, size_mb, next(_SEEDS))


def baseline_items(synth: Synthetic, what: str) -> None:
    found = len(baseline(synth.text))
    if found != synth.expected_items:
        raise AssertionError(f"the baseline found {found} items in the {what}, expected {synth.expected_items}")


def measure_repeated(example: str, size_mb: float, runs: int) -> Row:
    synth = synthesize(example, size_mb)
    text = synth.text
    baseline_items(synth, "repeated body")
    # The check is also the warm-up: the repeated body is the case where every cache is warm.
    check_items(fyplan.parse(text, source="<repeated>"), synth.expected_items, synth.highest_task)
    base = [timed(lambda: baseline(text))[0] for _ in range(runs)]
    ours: list[float] = []
    for _ in range(runs):
        elapsed, notice = timed(lambda: fyplan.parse(text, source="<repeated>"))
        ours.append(elapsed)
        del notice
    peak = peak_memory(text)
    return Row(
        "repeated", len(text.encode()), synth.expected_items, statistics.median(base), statistics.median(ours), peak
    )


def measure_new_text(example: str, size_mb: float, runs: int) -> Row:
    """Each timed run reads a text of its own seeds, never parsed before in this process; both readers
    are checked on a text of the same shape first, and every timed reading is checked after."""
    check = fresh_text(example, size_mb)
    baseline_items(check, "new text")
    check_items(fyplan.parse(check.text, source="<new text>"), check.expected_items, check.highest_task)
    base: list[float] = []
    ours: list[float] = []
    for _ in range(runs):
        synth = fresh_text(example, size_mb)
        text = synth.text
        baseline_items(synth, "new text")  # the baseline keeps no caches: counting first warms nothing of fyplan's
        base.append(timed(functools.partial(baseline, text))[0])
        elapsed, notice = timed(functools.partial(fyplan.parse, text, source="<new text>"))
        ours.append(elapsed)
        check_items(notice, synth.expected_items, synth.highest_task)
        del notice
    peak = peak_memory(fresh_text(example, size_mb).text)  # memory on yet another unseen text
    size = len(check.text.encode())
    return Row("new text", size, check.expected_items, statistics.median(base), statistics.median(ours), peak)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def print_table(rows: list[Row], runs: int) -> None:
    print(f"median of {runs} runs each, CPU seconds; ratio = fyplan / regex baseline, same process, same text")
    header = (
        f"{'input':<9} {'MB':>6} {'items':>7} {'regex s':>8} {'MB/s':>6} {'fyplan s':>9} {'MB/s':>6}"
        f" {'ratio':>6} {'ratio goal':>11} {'peak/input':>11}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        mb = r.size / MB
        print(
            f"{r.input:<9} {mb:>6.2f} {r.items:>7} {r.baseline:>8.3f} {mb / r.baseline:>6.1f} {r.fyplan:>9.3f}"
            f" {r.mb_per_s:>6.2f} {r.ratio:>6.1f} {'<=' + format(r.limit, 'g') + ' ' + verdict(r.ratio <= r.limit):>11}"
            f" {format(r.memory, '.1f') + 'x ' + verdict(r.memory <= MEMORY_LIMIT):>11}"
        )


def print_goals(rows: list[Row]) -> None:
    new = [r for r in rows if r.input == "new text"]
    repeated = [r for r in rows if r.input == "repeated"]
    worst_new = max(r.ratio for r in new)
    goal = " (goal 3x met)" if worst_new <= NEW_TEXT_GOAL else f" (goal {NEW_TEXT_GOAL:g}x not met)"
    print(
        f"new text <= {NEW_TEXT_LIMIT:g}x at every size: worst {worst_new:.1f}x{goal}: {verdict(worst_new <= NEW_TEXT_LIMIT)}"
    )
    worst_rep = max(r.ratio for r in repeated)
    print(
        f"repeated <= {REPEATED_LIMIT:g}x at every size: worst {worst_rep:.1f}x: {verdict(worst_rep <= REPEATED_LIMIT)}"
    )
    for name, group in (("new text", new), ("repeated", repeated)):
        first, last = group[0], group[-1]
        if first is last:
            continue
        share = last.mb_per_s / first.mb_per_s
        print(
            f"linear, {name}: {last.mb_per_s:.2f} MB/s at {last.size / MB:.0f} MB = {share:.0%} of"
            f" {first.mb_per_s:.2f} MB/s at {first.size / MB:.0f} MB (>= {LINEAR_LIMIT:.0%}): {verdict(share >= LINEAR_LIMIT)}"
        )
    worst_mem = max(rows, key=lambda r: r.memory)
    print(
        f"peak memory <= {MEMORY_LIMIT:g}x the input at every size: worst {worst_mem.memory:.1f}x"
        f" ({worst_mem.input}, {worst_mem.size / MB:.0f} MB): {verdict(worst_mem.memory <= MEMORY_LIMIT)}"
    )


def fyplan_command() -> str:
    """The ``fyplan`` script beside this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("fyplan")
    if beside.exists():
        return str(beside)
    found = shutil.which("fyplan")
    if found is None:
        raise SystemExit("no fyplan command beside this Python or on PATH: pip install -e . first")
    return found


def start_times(commands: list[list[str]], runs: int) -> list[tuple[float, float]]:
    """Median wall time and median CPU time (user + system) of each command, run interleaved
    (a b a b …) so that load from other jobs falls on all of them alike. Every command must exit 0.
    The wall time is the goal's figure; the CPU time is what to trust when the machine is busy.

    The commands run as after an ordinary install: with bytecode caches written (one untimed run each
    first). Under PYTHONDONTWRITEBYTECODE fyplan's own modules would be compiled from source at every
    start while the libraries' installed caches are read, which bills fyplan ~20 ms no user pays."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for command in commands:
        subprocess.run(command, capture_output=True, check=False, env=env)
    walls: list[list[float]] = [[] for _ in commands]
    cpus: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for i, command in enumerate(commands):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, check=False, env=env)
            walls[i].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[i].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            if done.returncode != 0:
                raise AssertionError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode()[-500:]}")
    return [(statistics.median(w), statistics.median(c)) for w, c in zip(walls, cpus, strict=True)]


def print_startup(runs: int) -> None:
    fy = fyplan_command()
    py = sys.executable
    query = [fy, "query", "leader:李红", "--format", "ids"]
    out = subprocess.run(query, stdout=subprocess.PIPE, check=True).stdout.split()
    if not out:
        raise AssertionError("fyplan query 'leader:李红' --format ids found nothing in the example")
    pairs = [
        ("fyplan query 'leader:李红' --format ids", query, "import lark, attrs, rich, click", QUERY_START_LIMIT),
        ("fyplan --version", [fy, "--version"], "import click", BARE_START_LIMIT),
        ("fyplan --help", [fy, "--help"], "import click", BARE_START_LIMIT),
    ]
    labels = list(dict.fromkeys(label for _, _, label, _ in pairs))
    commands = [command for _, command, _, _ in pairs] + [[py, "-c", label] for label in labels]
    medians = start_times(commands, runs)
    bare = dict(zip(labels, medians[len(pairs) :], strict=True))
    print(f"start-up: median of {runs} runs of each command, interleaved, bytecode cached; wall (cpu) ms")
    for (name, _, label, limit), (wall, cpu) in zip(pairs, medians[: len(pairs)], strict=True):
        bare_wall, bare_cpu = bare[label]
        ratio = wall / bare_wall
        print(
            f"{name:<38} {wall * 1000:>4.0f} ({cpu * 1000:>3.0f})"
            f' vs python -c "{label}" {bare_wall * 1000:>4.0f} ({bare_cpu * 1000:>3.0f}):'
            f" {ratio:.2f}x ({cpu / bare_cpu:.2f}x) <= {limit:g}x: {verdict(ratio <= limit)}"
        )


def build() -> str:
    """Which build of fyplan this process reads with: pure Python, or modules compiled by mypyc (an extension file
    beside a module's source is what ``import`` loads; ``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 pip install .`` makes them)."""
    package = Path(fyplan.__file__).resolve().parent
    compiled = sorted(
        str(p.relative_to(package)).split(".")[0]
        for p in package.rglob("*")
        if p.name.endswith(tuple(EXTENSION_SUFFIXES)) and p.with_name(p.name.split(".")[0] + ".py").is_file()
    )
    return f"compiled by mypyc ({len(compiled)} modules: {', '.join(compiled)})" if compiled else "pure Python"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="timed runs per measurement; the median counts (default 3)")
    parser.add_argument("--sizes", default="1,10", help="sizes in MB, comma-separated (default 1,10)")
    parser.add_argument("--big", action="store_true", help="also 100 MB (minutes, and a few GB of memory)")
    parser.add_argument("--start-runs", type=int, default=10, help="runs of each start-up command (default 10)")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up measurements")
    parser.add_argument("--no-parse", action="store_true", help="skip the parse measurements")
    args = parser.parse_args(argv)
    try:
        sizes = [float(s) for s in args.sizes.split(",") if s.strip()] + ([100.0] if args.big else [])
    except ValueError:
        parser.error("--sizes takes numbers of MB separated by commas, e.g. 1,10")
    if not sizes or min(sizes) <= 0 or args.runs < 1 or args.start_runs < 1:
        parser.error("sizes must be > 0, --runs and --start-runs >= 1")

    path = fyplan.example_path()
    example = path.read_text(encoding="utf-8")
    print(f"fyplan {fyplan.__version__}; example {path.name}; Python {sys.version.split()[0]}; build: {build()}")
    if not args.no_parse:
        # The first parse builds (and caches) the Lark parsers: not billed to any row.
        example_items = len(fyplan.parse(example, source=path.name).items())
        if example_items != EXAMPLE_ITEMS:
            raise AssertionError(f"fyplan.parse read {example_items} items from the example, expected {EXAMPLE_ITEMS}")
        rows: list[Row] = []
        for size in sizes:
            rows.append(measure_repeated(example, size, args.runs))
            rows.append(measure_new_text(example, size, args.runs))
        rows.sort(key=lambda r: (r.input != "new text", r.size))
        print("items: read alike by fyplan and the regex baseline in every text, before anything is timed")
        print()
        print_table(rows, args.runs)
        print()
        print_goals(rows)
        print()
    if not args.no_startup:
        print_startup(args.start_runs)
    # A MISS is a finding, not a failure: timings on shared machines vary too much to gate on.
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
