"""Many notices at once: ``load_all`` reads files, folders and globs into a ``Corpus``.

A layer of its own, above ``write`` and below ``terminal``: a corpus reads (``read``), queries
(``query``) and exports (``write``) the notices it holds, and the command line and the shell load
through it. It keeps a parse cache (``cache``) and reads large corpora in parallel (``load``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fyplan.corpus.corpus import Corpus, Problem

if TYPE_CHECKING:
    from fyplan.corpus.load import load_all


def __getattr__(name: str) -> Any:
    # load_all (the parse cache, cattrs, multiprocessing: ~15 ms) only when asked for: a command that
    # reads one file makes a Corpus of it and never loads many (issue 13).
    if name == "load_all":
        from fyplan.corpus.load import load_all

        return load_all
    raise AttributeError(f"module 'fyplan.corpus' has no attribute {name!r}")


__all__ = ["Corpus", "Problem", "load_all"]
