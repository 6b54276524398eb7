"""What reading a notice from a document costs over reading its text: the bundled example as .docx
(paragraphs and a table), .xlsx, HTML and PDF, each read by ``fyplan.parse(bytes)``, against the
same example read from its text, in the same process (best of ``--repeat`` runs each).

    python benchmarks/formats.py [--repeat 7]

Goal (issue "documents"): .docx, .xlsx and HTML at most 2x the text. PDF is reported, not held to it
(pdfplumber lays out every character). Needs the test extra (python-docx, openpyxl, reportlab).
"""

from __future__ import annotations

import argparse
import functools
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

import fyplan

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import documents as docs  # the test suite's builders of documents

GOAL = 2.0


def verdict(ratio: float) -> str:
    return "PASS" if ratio <= GOAL else "MISS"


def clear_caches() -> None:
    """Forget every per-line, per-clause and per-name cache of fyplan: a first reading, as a user's
    process reads a document it has not seen."""
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and getattr(obj, "__module__", "").startswith("fyplan"):
            obj.cache_clear()


def best(repeat: int, run: Callable[[], object], cold: bool = False) -> float:
    times = []
    for _ in range(repeat):
        if cold:
            clear_caches()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    text = fyplan.example_path().read_bytes()
    example = fyplan.parse(text)
    lines = [line for line in text.decode("utf-8").split("\n") if line.strip()]
    head = lines[: next(i for i, line in enumerate(lines) if line.startswith("一、"))]
    tail = [example.closing, "阜阳市人民政府", "2019年5月13日"]
    documents = {
        "docx (paragraphs)": docs.docx_paragraphs(lines),
        "docx (a table)": docs.docx_table(head, list(docs.table_rows(example)), tail),
        "xlsx": docs.xlsx({"重点工作": [docs.COLUMNS, *docs.table_rows(example)]}),
        "html": docs.html_page(lines),
        "pdf": docs.pdf(lines, 38),
    }
    base = best(args.repeat, functools.partial(fyplan.parse, text))
    cold_base = best(args.repeat, functools.partial(fyplan.parse, text), cold=True)
    print("warm: fyplan's caches hold this text already (the conversion's cost over a cached parse);")
    print("cold: caches cleared before each run (a first reading, as a user's process does)")
    print(f"{'input':<20} {'KB':>7} {'warm s':>8} {'x text':>7} {'cold s':>8} {'x text':>7}")
    print(f"{'text (UTF-8)':<20} {len(text) / 1000:>7.0f} {base:>8.4f} {1.0:>7.1f} {cold_base:>8.4f} {1.0:>7.1f}")
    for name, data in documents.items():
        items = len(fyplan.parse(data, source=name).items())
        if items != 201:
            raise AssertionError(f"{name}: {items} items read, expected 201")
        took = best(args.repeat, functools.partial(fyplan.parse, data, source="x"))
        cold = best(args.repeat, functools.partial(fyplan.parse, data, source="x"), cold=True)
        ratio, cold_ratio = took / base, cold / cold_base
        held = "" if name == "pdf" else f"  goal <= {GOAL:g}: warm {verdict(ratio)}, cold {verdict(cold_ratio)}"
        print(f"{name:<20} {len(data) / 1000:>7.0f} {took:>8.4f} {ratio:>7.1f} {cold:>8.4f} {cold_ratio:>7.1f}{held}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
