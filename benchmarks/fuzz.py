"""Fuzz ``fyplan.parse`` and the query parser by hand: ``python benchmarks/fuzz.py --inputs 100000``.

Inputs: mutations of slices of the bundled example and of the layout fixtures in tests/cases (every
layout the reader knows; ``--from DIR`` adds the .txt files of another folder) — lines dropped, swapped,
duplicated, truncated, punctuation flipped, garbage inserted — random Unicode text, and random queries
built from the query language's own pieces. The only exceptions allowed are NoticeError (strict
mode) and QueryError; anything else is printed with the input that caused it and counted.
"""

from __future__ import annotations

import argparse
import random
import time
import traceback
from pathlib import Path

import fyplan
from fyplan import NoticeError
from fyplan.query import QueryError, parse_query

CASES = Path(__file__).resolve().parent.parent / "tests" / "cases"
FLIPS = [
    (":", "："),
    ("、", ","),
    (",", "、"),
    ("。", ""),
    ("(", "（"),
    ("牵头", "协同"),
    ("1.", "1、"),
    ("\n", "\n\n"),
]
GARBAGE = ["\x00", "\ufeff", "一、", "(1)", "牵头单位:", "、、", "((", "]", "“", "12.", "\u3000", "PM2.5", "等等", "\r"]
GARBAGE += ["序号", "①", "由", "2*", "|", "│", "负责", "。(", "\n1\n"]
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
    "领导：",
    "李红",
    "市财政局",
    "12.*",
    "10%",
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
    "/",
    "/x|y/",
    " ",
    "且",
]


def mutate(rng: random.Random, lines: list[str]) -> str:
    start = rng.randrange(len(lines))
    chunk = lines[start : start + rng.randint(1, 80)]
    for _ in range(rng.randint(0, 6)):
        kind = rng.randrange(6)
        if not chunk:
            break
        i = rng.randrange(len(chunk))
        if kind == 0:
            del chunk[i]
        elif kind == 1:
            j = rng.randrange(len(chunk))
            chunk[i], chunk[j] = chunk[j], chunk[i]
        elif kind == 2:
            chunk.insert(i, chunk[i])
        elif kind == 3:
            chunk[i] = chunk[i][: rng.randrange(len(chunk[i]) + 1)]
        elif kind == 4:
            old, new = rng.choice(FLIPS)
            chunk[i] = chunk[i].replace(old, new)
        else:
            at = rng.randrange(len(chunk[i]) + 1)
            chunk[i] = chunk[i][:at] + rng.choice(GARBAGE) + chunk[i][at:]
    return "\n".join(chunk)


def random_text(rng: random.Random) -> str:
    return "".join(
        chr(rng.choice((rng.randint(32, 126), rng.randint(0x4E00, 0x4FFF), rng.randint(0, 0x2FFFF))))
        for _ in range(rng.randint(0, 200))
    )


def random_query(rng: random.Random) -> str:
    return "".join(rng.choice(QUERY_PARTS) for _ in range(rng.randint(0, 12)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--inputs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=2019)
    ap.add_argument("--from", dest="folders", action="append", default=[], metavar="DIR", type=Path)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    paths = [fyplan.example_path(), *sorted(CASES.glob("*.txt"))]
    paths += [p for folder in args.folders for p in sorted(folder.rglob("*.txt"))]
    sources = [p.read_text(encoding="utf-8").split("\n") for p in paths]
    counts = {"documents": 0, "strict NoticeError": 0, "queries": 0, "QueryError": 0, "crashes": 0}
    started = time.perf_counter()
    for n in range(args.inputs):
        kind = n % 4
        try:
            if kind == 3:
                counts["queries"] += 1
                try:
                    parse_query(random_query(rng))
                except QueryError:
                    counts["QueryError"] += 1
                continue
            text = mutate(rng, rng.choice(sources)) if kind < 2 else random_text(rng)
            counts["documents"] += 1
            notice = fyplan.parse(text)  # lenient: must always return a Notice
            assert isinstance(notice, fyplan.Notice)
            try:
                fyplan.parse(text, strict=True)
            except NoticeError:
                counts["strict NoticeError"] += 1
        except Exception:
            counts["crashes"] += 1
            print(f"--- input {n} crashed:")
            traceback.print_exc()
        if n and n % 10_000 == 0:
            print(f"{n} inputs, {time.perf_counter() - started:.0f} s, {counts}", flush=True)
    elapsed = time.perf_counter() - started
    print(f"done: {args.inputs} inputs in {elapsed:.0f} s ({args.inputs / elapsed:.0f}/s); {counts}")


if __name__ == "__main__":
    main()
