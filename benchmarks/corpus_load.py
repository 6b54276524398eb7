"""Cold and warm load of a generated corpus: ``fyplan.load_all`` with the parse cache, in 1 and 2 processes.

    python benchmarks/corpus_load.py [--count 1000] [--items 40] [--jobs 1,2]

The corpus: ``--count`` notices written from the bundled example, each of another city and year, with
``--items`` of the example's items drawn at random, their numbers changed (增长8.5% → 增长7.3%) and the
units of each list in another order, so no two notices share their text and a per-line cache cannot
flatter the cold figure. Cold: an empty cache folder (every file parsed, every entry written). Warm: the
same load again (every entry read and checked, no parse).

Goal (printed as PASS/MISS, never an exit status: timings on shared machines are noisy): warm at least
10x faster than cold, for each number of processes.
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from pathlib import Path

import fyplan
from fyplan.corpus import load_all

GOAL = 10.0
CITIES = ["青溪", "云岭", "安澜", "临江", "桐川", "松阳", "石门", "白沙", "金溪", "柳岸"]
COUNTIES = ["东湖", "西山", "南岗", "北塘", "长林", "清河", "石桥", "柳营"]
DEPARTMENTS = ["财政局", "商务局", "科技局", "教育局", "水利局", "统计局", "农业农村局", "交通运输局", "生态环境分局"]
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_DUTY = re.compile(r"^(牵头责任单位|协同责任单位)[:：](.*?)。?$")


def _blocks(text: str) -> tuple[list[str], list[list[str]]]:
    """The example's head (up to its first section) and its tasks, each a block of lines."""
    lines = text.splitlines()
    first_section = next(i for i, line in enumerate(lines) if line.startswith("一、"))
    blocks: list[list[str]] = []
    for line in lines[first_section:]:
        if re.match(r"^\d+\.", line):
            blocks.append([line])
        elif blocks and line.strip() and not re.match(r"^[一二三四五六七八九十]+、", line):
            blocks[-1].append(line)
    return lines[:first_section], [b for b in blocks if any(_DUTY.match(x) for x in b)]


def _vary(line: str, rng: random.Random) -> str:
    """A line no other notice has: a duty line's units in another order, with one or two county bodies
    added; any other line with new numbers and a batch number of its own (第1234批), so every line of
    every notice is new to the reader's caches of lines, clauses and names."""
    duty = _DUTY.match(line)
    if duty:
        names = duty.group(2).split("、")
        names += [
            f"{rng.choice(COUNTIES)}{rng.choice('县区')}{rng.choice(DEPARTMENTS)}" for _ in range(rng.randint(1, 2))
        ]
        rng.shuffle(names)
        return f"{duty.group(1)}:{'、'.join(names)}。"
    if not line.strip() or line.startswith(("牵头负责领导", "协同", "牵头")):
        return line
    head = re.match(r"^(\d+\.|\(\d+\)|（\d+）)?(.*?)(。?)$", line)
    assert head is not None
    text = _NUMBER.sub(lambda m: f"{rng.uniform(1, 99):.1f}", head.group(2))
    return f"{head.group(1) or ''}{text},第{rng.randint(1000, 99999)}批{head.group(3)}"


def make_notice(rng: random.Random, index: int, head: list[str], blocks: list[list[str]], items: int) -> str:
    city = CITIES[index % len(CITIES)] + "市"
    year = 2015 + index % 10
    out = [f"{city}人民政府关于{year}年重点工作及责任分解的通知", "", "各县、市、区人民政府,市政府各部门:", ""]
    out += [f"现将{year}年重点工作及责任分解印发给你们,请认真组织落实。(第{index}号)", "", "一、重点工作", ""]
    for number, block in enumerate(rng.sample(blocks, items), 1):
        first, *rest = block
        out.append(f"{number}." + _vary(first, rng).split(".", 1)[1])
        out += [_vary(line, rng) for line in rest]
        out.append("")
    out += [f"{city}人民政府", f"{year}年2月{1 + index % 28}日"]
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--items", type=int, default=40, help="items per notice (at most the example's 44 tasks)")
    parser.add_argument("--jobs", default="1,2", help="numbers of processes to time, comma-separated")
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    head, blocks = _blocks(fyplan.example_path().read_text(encoding="utf-8"))
    items = min(args.items, len(blocks))
    rows: list[tuple[int, int, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="fyplan-corpus-") as work:
        folder = Path(work, "corpus")
        folder.mkdir()
        texts = [make_notice(rng, i, head, blocks, items) for i in range(args.count)]
        assert len(set(texts)) == len(texts), "every notice must have its own text"
        for i, text in enumerate(texts):
            (folder / f"{i:04}.txt").write_text(text, encoding="utf-8")
        size = sum(len(t.encode()) for t in texts) / 1e6
        print(f"{args.count} notices, {items} tasks each, {size:.1f} MB, in {folder}")
        for jobs in (int(j) for j in args.jobs.split(",")):
            cache = Path(work, f"cache-{jobs}")
            timings = []
            for _ in ("cold", "warm"):
                start = time.perf_counter()
                corpus = load_all(folder, jobs=jobs, cache=cache)
                timings.append(time.perf_counter() - start)
                assert len(corpus) == args.count and not corpus.problems, (len(corpus), corpus.problems[:3])
                assert not corpus.notes, corpus.notes
            count = sum(len(n.items()) for n in corpus)
            rows.append((jobs, count, timings[0], timings[1]))
    print()
    print(f"{'processes':>9}  {'items':>7}  {'cold s':>8}  {'warm s':>8}  {'cold/warm':>9}  goal >= {GOAL:g}x")
    for jobs, count, cold, warm in rows:
        ratio = cold / warm
        verdict = "PASS" if ratio >= GOAL else "MISS"
        print(f"{jobs:>9}  {count:>7}  {cold:>8.2f}  {warm:>8.2f}  {ratio:>8.1f}x  {verdict}")


if __name__ == "__main__":
    main()
