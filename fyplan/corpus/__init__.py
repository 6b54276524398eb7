"""Many notices at once: ``load_all`` reads files, folders and globs into a ``Corpus``.

A layer of its own, above ``write`` and below ``terminal``: a corpus reads (``read``), queries
(``query``) and exports (``write``) the notices it holds, and the command line and the shell load
through it. It keeps a parse cache (``cache``) and reads large corpora in parallel (``load``).
"""

from __future__ import annotations

from fyplan.corpus.corpus import Corpus, Problem
from fyplan.corpus.load import load_all

__all__ = ["Corpus", "Problem", "load_all"]
