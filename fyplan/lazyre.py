"""Regular expressions compiled when first used, for the patterns most notices never need.

Python's ``re`` compiles a class of Chinese characters such as ``[\\u4e00-\\u9fff]`` by walking every
one of its 20,992 code points (~0.5 ms a class), so the reader's patterns cost tens of milliseconds
at import, a tenth of what ``fyplan query`` takes on the example (issue 13). Patterns for rare layouts
(letter-spaced names, pinyin, star marks, cells that hold a person) wait until a text needs them.

A ``LazyPattern`` answers the methods the code calls on a compiled pattern; each call goes through
one more Python call, so the patterns of the hot path stay ordinary compiled ones.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    __slots__ = ("_compiled", "_flags", "_source", "_traditional")

    def __init__(self, source: str, flags: int = 0, traditional: bool = False) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._traditional = traditional

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            source = self._source
            if self._traditional:
                from fyplan.hanzi import either  # OpenCC loads with the first text that needs the pattern

                source = either(source)
            self._compiled = re.compile(source, self._flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self._source

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)


def lazy(source: str, flags: int = 0, traditional: bool = False) -> LazyPattern:
    """``re.compile`` deferred to the first search, match, sub … (see the module's note). With
    ``traditional`` a pattern written in simplified characters matches their traditional forms too
    (``fyplan.hanzi.either``)."""
    return LazyPattern(source, flags, traditional)
