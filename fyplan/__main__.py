"""python -m fyplan, and the fyplan script (``run``): the command line of ``fyplan.terminal.cli``."""

from __future__ import annotations

import atexit
import gc


def run() -> None:
    """The ``fyplan`` command: ``fyplan.terminal.cli.main`` with Python's cycle collector off.

    A command's start imports click, attrs, lark and fyplan's modules: tens of thousands of objects
    that live until the end and form no garbage, yet the collector walks them again and again while
    they are made, and once more at exit (together ~25 ms of a ~130 ms ``fyplan query``, issue 13).
    A command runs to its end and makes no garbage cycles worth collecting (a parse and a corpus load
    turn the collector off anyway); the shell, which runs for long, turns it on again. At exit the
    objects are frozen, so that the interpreter's last collections skip them. Tests drive ``main``
    through click's runner and keep the collector as it is.
    """
    gc.disable()
    atexit.register(gc.freeze)
    from fyplan.terminal.cli import main

    main()


if __name__ == "__main__":
    run()
