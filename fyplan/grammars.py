"""Where the .lark files are, and the Lark parsers built from them (once per process)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from lark import Lark


def grammar_dir() -> Path:
    """``fyplan/grammar`` in an installed wheel, ``grammar/`` beside the package in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "grammar", here.parent / "grammar"):
        if (candidate / "notice.lark").is_file():
            return candidate
    raise FileNotFoundError("fyplan's grammar files are missing from the installation")


def build(name: str, **options: Any) -> Lark:
    """A LALR parser for ``grammar/<name>.lark``, built from the grammar every time.

    No on-disk cache: Lark's ``cache=True`` unpickles a predictable file in the shared temp folder,
    which another local user can plant. Building the three grammars costs about 30 ms per process
    (notice 7 ms, query 6 ms, duty 5 ms once warm; figures in issue 8), and each is built once.
    """
    path = grammar_dir() / f"{name}.lark"
    return Lark.open(str(path), parser="lalr", cache=False, **options)


@cache
def lexicon(name: str) -> str:
    """The regular expression of terminal ``name`` in grammar/labels.lark (the label and verb
    lexicon), for the Python code that looks for the same words outside a grammar."""
    text = (grammar_dir() / "labels.lark").read_text(encoding="utf-8")
    m = re.search(rf"^{name}: /(.*)/$", text, re.MULTILINE)
    if m is None:
        raise KeyError(f"grammar/labels.lark defines no terminal {name}")
    return m.group(1)


@cache
def duty_parser() -> Lark:
    return build("duty")
