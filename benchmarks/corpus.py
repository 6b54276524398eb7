"""How much of an annotated corpus fyplan reads right: the score per notice and the total.

    python benchmarks/corpus.py [DIR] [--only 01,05] [-v] [--floor 0.9]

DIR holds ``raw/NN.txt`` and ``expected/NN.json`` (the annotation conventions are in its README);
it defaults to ``../shared/corpus/annotated`` beside the repository when that exists. The matching
rules are those of the shared ``tools/score-corpus``: an item is read right when its leaders, lead
units, cooperating units and the start of its text agree with the annotation (and its deadline,
where one is annotated); names compare without whitespace; shared suffixes and prefixes written
once may be expanded or not; a list with no lead label may come back as lead units or as
cooperating units; items are matched by id, by section where ids repeat, then in order.

Reads in this process (``fyplan.load`` and the export records), so it needs no installed command.
With ``--floor F`` it exits 1 when the share read right falls below F: the ratchet ``.ci/run`` holds
(the floor is recorded in ``benchmarks/corpus-floor.txt`` and only ever raised).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import fyplan
from fyplan.errors import FyplanError
from fyplan.write.export import records

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "annotated"
DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
SUFFIXES = ("人民政府", "政府", "管委会", "办事处")
PLACE_END = ("县", "区", "市", "新区", "园区", "开发区", "经开区", "镇", "乡", "街道", "西湖")


def cn_to_int(text: str) -> int | None:
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(c not in "零一二三四五六七八九十" for c in text):
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[ones] if ones else 0)
    return DIGITS.get(text)


def norm_id(value: object) -> str:
    parts = [p for p in re.split(r"[.．]", str(value)) if p]
    return ".".join(str(n) if (n := cn_to_int(p)) is not None else p for p in parts)


def expand(names: list[str]) -> list[str]:
    """Shared suffixes (甲县、乙区人民政府) and prefixes (市发改委、经贸委) written out."""
    out = list(names)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and out[j].endswith(PLACE_END) and not out[j].startswith("各"):
            j += 1
        if i < j < len(out):
            suffix = next((s for s in SUFFIXES if out[j].endswith(s)), None)
            if suffix:
                for k in range(i, j):
                    out[k] += suffix
        i = j + 1
    if out and out[0][:1] in "市区县省":
        prefix = out[0][0]
        for k in range(1, len(out)):
            name = out[k]
            if (
                name[:1] not in "市区县省各"
                and not re.match(r"^.{1,4}(县|区|市|镇|乡)", name)
                and name.endswith(("局", "委", "办", "厅", "中心"))
            ):
                out[k] = prefix + name
    return out


def same_names(got: list[str], want: list[str]) -> bool:
    def strip(xs: list[str]) -> list[str]:
        return [x[3:] if x.startswith("市政府各") else x for x in xs]

    g = strip([re.sub(r"\s+", "", x) for x in got])
    w = [re.sub(r"\s+", "", x) for x in want]
    return g == strip(w) or g == strip(expand(w))


def misses_of(got: dict[str, Any], want: dict[str, Any]) -> list[str]:
    why = []
    if not same_names(got.get("leaders", []), want["leaders"]):
        why.append(f"leaders {got.get('leaders')} != {want['leaders']}")
    gl, gc = got.get("lead_units", []), got.get("cooperating_units", [])
    wl, wc = want["lead_units"], want["cooperating_units"]
    ok = same_names(gl, wl) and same_names(gc, wc)
    if not ok and not wl:  # a list with no lead label may fairly be read as the lead units
        ok = same_names(gl, wc) and not gc
    if not ok:
        why.append(f"units {gl}|{gc} != {wl}|{wc}")
    text = re.sub(r"\s+", "", str(got.get("text", "")))
    if not text.startswith(re.sub(r"\s+", "", want["text_starts"])):
        why.append(f"text {text[:10]!r} !~ {want['text_starts']!r}")
    if want.get("deadline") and not got.get("deadline"):
        why.append("deadline missing")
    return why


def read(path: Path) -> tuple[list[dict[str, Any]], str]:
    try:
        return records(fyplan.load(path)), ""
    except FyplanError as exc:
        return [], str(exc).splitlines()[-1][:150]


def id_forms(rec: dict[str, Any]) -> list[str]:
    rid = str(rec.get("id", ""))
    return [norm_id(rid)] + ([norm_id(rid.rsplit("-", 1)[-1])] if "-" in rid else [])


def section_of(rec: dict[str, Any]) -> int | None:
    s = rec.get("section")
    return s if isinstance(s, int) else (cn_to_int(str(s)) if s is not None else None)


def score(raw: Path, want: dict[str, Any]) -> tuple[int, int, list[str], str]:
    """(read right, annotated, misses, error) for one notice."""
    recs, err = read(raw)
    used: set[int] = set()
    ok, misses = 0, []
    for item in want["items"]:
        wid = norm_id(item["id"])
        wsec = cn_to_int(str(item["section"])) if item.get("section") else None
        cands = [i for i, r in enumerate(recs) if i not in used and wid in id_forms(r)]
        if wsec is not None and len(cands) > 1:
            cands = [i for i in cands if section_of(recs[i]) == wsec] or cands
        if not cands:
            misses.append(f"{item['id']}: missing")
            continue
        used.add(cands[0])
        why = misses_of(recs[cands[0]], item)
        ok += not why
        if why:
            misses.append(f"{item['id']}: {'; '.join(why)}"[:200])
    return ok, len(want["items"]), misses, err


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--only", default="", help="comma-separated NN to score")
    parser.add_argument("-v", "--verbose", action="store_true", help="every miss, not the first three")
    parser.add_argument("--floor", type=float, default=None, help="exit 1 below this share (0..1)")
    args = parser.parse_args()
    if not (args.corpus / "expected").is_dir():
        print(f"no annotated corpus at {args.corpus}: nothing scored")
        return 0
    only = {x.strip() for x in args.only.split(",") if x.strip()}
    total = good = 0
    for expected in sorted((args.corpus / "expected").glob("*.json")):
        if only and expected.stem not in only:
            continue
        want = json.loads(expected.read_text(encoding="utf-8"))
        ok, n, misses, err = score(args.corpus / "raw" / f"{expected.stem}.txt", want)
        total, good = total + n, good + ok
        print(f"{expected.stem} {ok}/{n} {err}".rstrip())
        for miss in misses if args.verbose else misses[:3]:
            print(f"     {miss}")
    share = good / total if total else 0.0
    print(f"items read right: {good}/{total} = {share:.1%}")
    if args.floor is not None and share < args.floor:
        print(f"below the floor {args.floor:.1%}: the reader got worse on the annotated corpus", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
