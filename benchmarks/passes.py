"""The instructions of each stage of one ``fyplan.parse``, counted by valgrind (issue 13, eleventh round).

```sh
python benchmarks/passes.py                          # the repeated body, 1 MB, the stages of fyplan.read
python benchmarks/passes.py --input new fyplan.read.layout._split_candidates fyplan.read.layout.recover
```

A child makes the text as ``instructions.py`` does, wraps each named function (a module attribute, looked up when
called: the stages ``fyplan.read._parse`` imports when it runs) so that it calls ``os.getppid()`` as it starts and
ends, and parses once; valgrind runs it with ``--dump-before=getppid``, so that each dump holds the instructions
between two marks. A function's figure is its own, without the wrapped functions it calls. The sum is the
figure ``instructions.py`` gives (the marks cost nothing countable). Needs ``valgrind``; a minute or so.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The stages of a parse and the larger passes inside them (named as ``module.function``).
STAGES = [
    "fyplan.read.exported.without_exports",
    "fyplan.read.traditional.reading",
    "fyplan.read.aligned.flatten_aligned",
    "fyplan.read.decode.normalize",
    "fyplan.read.decode._translate_seeing",
    "fyplan.read.boxes.flatten_boxes",
    "fyplan.read.layout.restore_lost_dots",
    "fyplan.read.records.text_fields",
    "fyplan.read.layout.number_lines",
    "fyplan.read.layout.recover",
    "fyplan.read.layout._without_page_lines",
    "fyplan.read.layout.wrap_width",
    "fyplan.read.layout._broken_lines",
    "fyplan.read.layout._split_candidates",
    "fyplan.read.tables.rewrite_tables",
    "fyplan.units.says_first_leads",
    "fyplan.read.grammar.read",
    "fyplan.read.grammar.numbering_restarts",
    "fyplan.read.document.assemble",
    "fyplan.read.validate.check",
    "fyplan.read.widths.as_written",
]

CHILD = """
import gc, importlib, os, sys
sys.path.insert(0, {here!r})
import parse as bench
import fyplan
example = open({example!r}, encoding="utf-8").read()
fyplan.parse(bench.synthesize_new_text(example, 0.3, 7777).text)
if os.environ["INPUT"] == "new":
    text = bench.synthesize_new_text(example, float(os.environ["SIZE"]), 3001).text
else:
    text = bench.synthesize(example, float(os.environ["SIZE"])).text
    fyplan.parse(text)  # the repeated body as parse.py times it: read once before
labels, stack = [], ["(outside)"]
def mark():
    labels.append(stack[-1])  # the stretch that ends here was the innermost function's own
    os.getppid()
def wrap(name):
    module_name, _, function = name.rpartition(".")
    module = importlib.import_module(module_name)
    inner = getattr(module, function)
    def wrapped(*args, **kwargs):
        mark(); stack.append(name)
        try:
            return inner(*args, **kwargs)
        finally:
            mark(); stack.pop()
    setattr(module, function, wrapped)
for name in os.environ["WRAP"].split():
    wrap(name)
gc.collect()
mark(); stack.append("(the parse's own)")
fyplan.parse(text)
mark(); stack.pop()
open(os.environ["LABELS"], "w").write("\\n".join(labels) + "\\n")
"""


def counts(which: str, size: float, names: list[str]) -> list[tuple[str, int]]:
    """(function, its own instructions) for one parse, largest first."""
    import fyplan

    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "child.py"
        script.write_text(CHILD.format(here=str(HERE), example=str(fyplan.example_path())), encoding="utf-8")
        env = dict(
            os.environ, PYTHONHASHSEED="0", INPUT=which, SIZE=str(size), WRAP=" ".join(names), LABELS=f"{tmp}/labels"
        )
        command = ["valgrind", "--tool=callgrind", "--cache-sim=no", "--dump-before=getppid"]
        command += [f"--callgrind-out-file={tmp}/cg", sys.executable, str(script)]
        out = subprocess.run(
            command,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode != 0:
            raise SystemExit(f"valgrind failed ({out.returncode}):\n{out.stderr[-2000:]}")
        labels = Path(f"{tmp}/labels").read_text(encoding="utf-8").split("\n")[:-1]
        dumps = sorted(Path(tmp).glob("cg.*"), key=lambda p: int(p.suffix[1:]))
        totals = []
        for dump in dumps:
            found = re.search(r"^(?:summary|totals): (\d+)", dump.read_text(encoding="utf-8"), re.MULTILINE)
            totals.append(int(found.group(1)) if found else 0)
    own: collections.Counter[str] = collections.Counter()
    for label, total in zip(labels, totals, strict=False):
        own[label] += total
    del own["(outside)"]
    return own.most_common()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("functions", nargs="*", help="module.function to count (default: the stages)")
    ap.add_argument("--size", type=float, default=1.0, help="MB of text (default 1)")
    ap.add_argument("--input", choices=["new", "repeated"], default="repeated")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: this benchmark counts instructions with it")
    found = counts(args.input, args.size, args.functions or STAGES)
    total = sum(n for _, n in found)
    print(f"{args.input} {args.size:g} MB: {total / 1e6:,.1f} M instructions for one fyplan.parse")
    for name, n in found:
        print(f"{n / 1e6:9.1f} M {n / total:6.1%}  {name}")


if __name__ == "__main__":
    main()
