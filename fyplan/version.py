"""fyplan's version, in the base layer: the facade re-exports it, and the parse cache names its folders
by it without importing the facade or importlib.metadata (~9 ms of ``fyplan query``, issue 13)."""

__version__ = "0.1.0"
