"""How many machine instructions one ``fyplan.parse`` takes, counted by valgrind (issue 13).

```sh
python benchmarks/instructions.py                 # 1 MB of new text and 1 MB of the repeated body
python benchmarks/instructions.py --size 0.3 --input new
```

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
if os.environ["INPUT"] == "new":
    text = bench.synthesize_new_text(example, size, 3001).text
else:
    text = bench.synthesize(example, size).text
    fyplan.parse(text)  # the repeated body as the script times it: read once before
gc.collect()
if os.environ["PARSE"] == "1":
    fyplan.parse(text)
"""


def count(script: Path, size: float, which: str, parse: bool) -> int:
    """The instructions callgrind counts for the child."""
    env = dict(os.environ, PYTHONHASHSEED="0", SIZE=str(size), INPUT=which, PARSE="1" if parse else "0")
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
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: this benchmark counts instructions with it")
    import fyplan

    example = fyplan.example_path()  # the installed copy: an installed wheel has no examples/ beside the package
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "child.py"
        script.write_text(CHILD.format(here=str(HERE), example=str(example)), encoding="utf-8")
        for which in ["new", "repeated"] if args.input == "both" else [args.input]:
            parsed = count(script, args.size, which, True)
            made = count(script, args.size, which, False)
            name = "new text" if which == "new" else "repeated"
            print(f"{name:9s} {args.size:g} MB: {(parsed - made) / 1e6:,.0f} M instructions for one fyplan.parse")


if __name__ == "__main__":
    main()
