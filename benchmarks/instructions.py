"""How many machine instructions one ``fyplan.parse`` takes, counted by valgrind (issue 13).

```sh
python benchmarks/instructions.py                 # 1 MB of new text and 1 MB of the repeated body
python benchmarks/instructions.py --size 0.3 --input new
python benchmarks/instructions.py --input repeated --baseline   # and the regex baseline's count: the ratio
python benchmarks/instructions.py --input new --save /tmp/new-1mb.txt   # count, and keep the text counted
python benchmarks/instructions.py --text /tmp/new-1mb.txt --baseline    # the same text again, with other code
```

The synthesized "new text" keeps every CJK character of ``grammar/*.lark`` (``parse.kept_characters``), so a
change to the lexicon makes another text: to compare two commits across such a change, save the text once with
``--save`` and count both on it with ``--text`` (session 44 measured +2.8% between two commits where the same
text gave +0.9%).

CPU times on the shared 2-core machine move by ±15% with the other jobs, so a change of a few per cent cannot
be told from them. An instruction count can: valgrind's callgrind counts what the process executes, the same
to a few millions on every run whatever the load (``PYTHONHASHSEED`` is fixed so that sets and dicts are laid
out alike). It counts the interpreter's work, not the time it waits for memory: a change shows in it fully and
in the CPU time by a half to two thirds. Each figure is a child process that makes the text (the same inputs
as ``parse.py``, after one parse of another unseen text, so that the patterns are compiled) and parses it, minus
one that only makes it. Needs ``valgrind`` on the PATH; each count takes a minute or two.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# What the child runs: the text made as parse.py makes it, parsed only when PARSE=1.
CHILD = """
import gc, os, sys
sys.path.insert(0, {here!r})
import parse as bench
import fyplan
example = open({example!r}, encoding="utf-8").read()
fyplan.parse(bench.synthesize_new_text(example, 0.3, 7777).text)
size = float(os.environ["SIZE"])
if os.environ.get("TEXT"):
    text = open(os.environ["TEXT"], encoding="utf-8").read()
elif os.environ["INPUT"] == "new":
    text = bench.synthesize_new_text(example, size, 3001).text
else:
    text = bench.synthesize(example, size).text
    fyplan.parse(text)  # the repeated body as the script times it: read once before
gc.collect()
if os.environ["PARSE"] == "1":
    fyplan.parse(text)
elif os.environ["PARSE"] == "baseline":
    bench.baseline(text)
elif os.environ["PARSE"] == "save":
    with open(os.environ["SAVE"], "w", encoding="utf-8") as out:
        out.write(text)
"""


def count(script: Path, size: float, which: str, run: str, text: str = "") -> int:
    """The instructions callgrind counts for the child; ``run``: "1" parses the text, "baseline" runs the regex
    line loop of parse.py over it, "0" only makes it."""
    env = dict(os.environ, PYTHONHASHSEED="0", SIZE=str(size), INPUT=which, PARSE=run, TEXT=text)
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--cache-sim=no",
                f"--callgrind-out-file={tmp}/out",
                sys.executable,
                script,
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    found = re.search(r"Collected : (\d+)", out.stderr)
    if out.returncode != 0 or found is None:
        raise SystemExit(f"valgrind failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=float, default=1.0, help="MB of text (default 1)")
    ap.add_argument("--input", choices=["new", "repeated", "both"], default="both")
    ap.add_argument(
        "--baseline",
        action="store_true",
        help="also count parse.py's regex line loop over the same text, and print the ratio (parse.py's, in instructions)",
    )
    ap.add_argument("--text", type=Path, help="count on this saved text (UTF-8) instead of making one")
    ap.add_argument("--save", type=Path, help="write the text made for --input new or repeated to this file")
    args = ap.parse_args()
    if args.text is not None and not args.text.is_file():
        raise SystemExit(f"{args.text}: no such file")
    if args.save is not None and (args.input == "both" or args.text is not None):
        raise SystemExit("--save needs one --input (new or repeated) and no --text")
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: this benchmark counts instructions with it")
    import fyplan

    example = fyplan.example_path()  # the installed copy: an installed wheel has no examples/ beside the package
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "child.py"
        script.write_text(CHILD.format(here=str(HERE), example=str(example)), encoding="utf-8")
        if args.save is not None:
            env = dict(os.environ, PYTHONHASHSEED="0", SIZE=str(args.size), INPUT=args.input, PARSE="save")
            env["SAVE"] = str(args.save.resolve())
            subprocess.run([sys.executable, script], env=env, check=True)
        inputs = ["new", "repeated"] if args.input == "both" else [args.input]
        for which in ["saved"] if args.text is not None else inputs:
            text = str(args.text.resolve()) if args.text is not None else ""
            made = count(script, args.size, which, "0", text)
            parsed = count(script, args.size, which, "1", text) - made
            name = {"new": "new text", "repeated": "repeated", "saved": args.text.name if args.text else ""}[which]
            size = f"{args.text.stat().st_size / 1e6:.2f}" if args.text is not None else f"{args.size:g}"
            line = f"{name:9s} {size} MB: {parsed / 1e6:,.0f} M instructions for one fyplan.parse"
            if args.baseline:
                base = count(script, args.size, which, "baseline", text) - made
                line += f", {base / 1e6:,.0f} M for the regex baseline: {parsed / base:.2f}x"
            print(line)


if __name__ == "__main__":
    main()
