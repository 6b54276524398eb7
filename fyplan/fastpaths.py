"""One switch for the readers' fast paths: quicker ways to the same result as a general reader.

Nine fast paths exist (issue 13): a duty clause of one labelled field read by one regular expression
(``fyplan.read.clauses.fast_clause``, the grammar reads every other), a name list with no bracket
split by one regular expression (``fyplan.units._split_top``, the general loop tracks bracket depth),
the notice grammar's parse as a loop over its line tokens (``fyplan.read.linescan``, instead of
Lark's LALR parser), those tokens made by one loop over the lexer's pattern (``linescan.lex``, instead
of Lark's lexer), an item whose lines were read before made from that reading
(``fyplan.read.itemmemo``), an item of one sentence and one block of labelled duty lines read
straight into its records (``fyplan.read.plainitem``), and the unnumbered-table hint searched only where a
line ends as its header words do (``fyplan.read.tables._unnumbered_hint``), and a sentence told to name no
deadline without converting it to simplified characters (``fyplan.deadlines._surely_none``), and
whole-text scans asked only at the characters their matches start or end with (``fyplan.read.gates``). All are on. ``plain()`` turns them off for a
while, so that a test can read the same text both ways and hold the results equal; it empties fyplan's caches on the way in and out, so that nothing read
one way is served while reading the other.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

ENABLED = True


def _clear_caches() -> None:
    """Empty every functools cache defined in a loaded fyplan module (found, not imported: this is
    the base layer, and a cache only matters once its module is loaded)."""
    for name, module in list(sys.modules.items()):
        if name != "fyplan" and not name.startswith("fyplan."):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()


@contextmanager
def plain() -> Iterator[None]:
    """Read with the general paths only (for tests; not thread-safe, like any module switch)."""
    global ENABLED
    was = ENABLED
    _clear_caches()
    ENABLED = False
    try:
        yield
    finally:
        ENABLED = was
        _clear_caches()
