"""What every corpus input reads as, kept in a folder, and which inputs read otherwise in another folder.

    python benchmarks/snapshot.py take DIR [--held review302,review303] [--sets ../sets]
    python benchmarks/snapshot.py diff DIR_A DIR_B

``take`` exports each input this repository's reader is developed against — the case fixtures
(``tests/cases``, ``tests/review``, ``tests/fixtures``), the shared dev excerpts and annotated corpus, and
every ``raw/*.txt`` of each set under ``--sets`` (helpers' blind sets, kept outside the repository) except the
sets named by ``--held`` (held out: not to be looked at, even as a diff) — as JSON Lines, one file per input,
with the reader on the path (run it with ``PYTHONPATH`` set to a worktree to snapshot another commit). A file
the reader refuses holds its error's sentence; one whose items name no one says first whether the command line reads it as
a list of work or refuses it. ``diff`` names the inputs whose export differs between two
snapshots: a reader change should change only the files its commit message names.

Why a script in the repository: the machine that develops fyplan comes back new from time to time, and every
session's first hour went into writing this again.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import fyplan
from fyplan.errors import FyplanError
from fyplan.worklist import lists_work
from fyplan.write.export import to_jsonl

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpus"


def inputs(sets: Path, held: set[str]) -> list[Path]:
    """Every input of the snapshot, in a stable order; held-out sets are never listed."""
    found: list[Path] = []
    for folder in ("tests/cases", "tests/review", "tests/fixtures"):
        found.extend(sorted((REPO / folder).rglob("*.txt")))
    found.extend(sorted(p for p in (SHARED / "dev").glob("*") if p.is_file()))
    found.extend(sorted((SHARED / "annotated" / "raw").glob("*.txt")))
    if sets.is_dir():
        for one in sorted(sets.iterdir()):
            if one.is_dir() and one.name not in held:
                found.extend(sorted((one / "raw").glob("*.txt")))
    return found


def key(path: Path) -> str:
    """The input's file name in a snapshot: its path relative to the repository's parent, / as __ — the repository's
    own files under ``repo`` whatever its folder is called, so that snapshots taken from two worktrees compare."""
    try:
        relative = Path("repo", path.resolve().relative_to(REPO))
    except ValueError:
        pass
    else:
        return "__".join(relative.parts)
    try:
        relative = path.resolve().relative_to(REPO.parent)
    except ValueError:
        relative = path.resolve().relative_to(path.resolve().anchor)
    return "__".join(relative.parts)


def take(out: Path, sets: Path, held: set[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    files = inputs(sets, held)
    for path in files:
        try:
            notice = fyplan.load(path)
        except FyplanError as error:
            text = f"ERROR {error}\n"
        else:
            # (what the command line makes of it: a notice naming no one is read as a list of work, or refused)
            status = "" if notice.names_duties() else "LIST OF WORK\n" if lists_work(notice) else "REFUSED\n"
            text = status + "".join(to_jsonl(notice))
        (out / key(path)).write_text(text, encoding="utf-8")
    return len(files)


def differ(a: Path, b: Path) -> list[str]:
    """Names of the inputs whose export differs, or that one snapshot has and the other lacks."""
    names = {p.name for p in a.iterdir()} | {p.name for p in b.iterdir()}
    changed = []
    for name in sorted(names):
        one, other = a / name, b / name
        if not (one.exists() and other.exists()) or one.read_bytes() != other.read_bytes():
            changed.append(name)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    taking = commands.add_parser("take", help="export every input not held out into DIR")
    taking.add_argument("dir", type=Path)
    taking.add_argument("--sets", type=Path, default=REPO.parent / "sets", help="folder of blind sets")
    taking.add_argument("--held", default="", help="comma-separated names of held-out sets to leave out")
    diffing = commands.add_parser("diff", help="name the inputs whose export differs")
    diffing.add_argument("a", type=Path)
    diffing.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if args.command == "take":
        held = {name for name in args.held.split(",") if name}
        print(f"{args.dir}: {take(args.dir, args.sets, held)} inputs")
        return 0
    changed = differ(args.a, args.b)
    print("\n".join(changed) if changed else "no change")
    return 0


if __name__ == "__main__":
    sys.exit(main())
