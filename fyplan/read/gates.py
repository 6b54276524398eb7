"""Whole-text scans asked where a match can only be: at the few characters every match starts or ends with
(issue 13, eighth round).

``re`` skips through a text quickly only to a literal first character (a tight C loop, ~0.3 ms per MB of
notice); a pattern that starts with a class of characters is tried by testing the class at every
character (~1.3 ms per MB before any match is tried). ``str.find`` for one character is quicker still
(~0.03 ms per MB). Most of the reader's whole-text scans find nothing in most notices, so their cost is the
scan itself:

- ``ByFirst``: a pattern whose first element is a class of a few plain characters (``[(（]…``) searched,
  or substituted, as one pattern per character, each starting with its literal;
- ``ByLast``: a pattern without lookarounds whose last element is a class of rare characters
  (``…[ —－\\-]``) asked only in the few characters before each of them;
- ``InLines``: every match of a pattern that stays within a line, asked only on the lines where one of a
  few hint patterns led by a literal character (searched at ~5 instructions per character, where a class
  costs ~65) finds a place it may match (eleventh round).

Both give exactly the pattern's own answer (``tests/test_gates.py`` holds them to it on generated text and
on matches drawn from the patterns themselves); ``fastpaths.plain()`` asks the pattern itself. A pattern
either cannot take is refused (``ByLast`` when it is made, at import; ``ByFirst`` at its first use, the first
reading), so a change to a reading rule that breaks a gate's premise fails at once instead of reading differently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from fyplan import fastpaths
from fyplan.read.scans import _top_level_bar
from fyplan.read.starts import first_check

_parser = re._parser  # the stdlib's own reading of a pattern
_constants = re._constants


def _plain_class(item: tuple[object, object]) -> str | None:
    """The characters of a parsed element that is one plain character or a class of plain characters
    (no range, category or negation): ``None`` for anything else."""
    op, av = item
    if op is _constants.LITERAL:
        assert isinstance(av, int)
        return chr(av)
    if op is not _constants.IN:
        return None
    assert isinstance(av, list)
    chars = []
    for member_op, member in av:
        if member_op is not _constants.LITERAL:
            return None
        chars.append(chr(member))
    return "".join(chars)


def _leading_class_end(source: str) -> int:
    """Where the leading ``[...]`` of ``source`` ends (the index after its ``]``); -1 if it has none."""
    if not source.startswith("[") or source.startswith("[^"):
        return -1
    i = 1
    if source[i : i + 1] == "]":
        i += 1  # a ] first in a class is a character of it
    while i < len(source):
        if source[i] == "\\":
            i += 2
        elif source[i] == "]":
            return i + 1
        else:
            i += 1
    return -1


def _has_lookaround(items: object) -> bool:
    """Does a parsed pattern hold a lookahead, lookbehind or an anchor (``^ $ \\b``) anywhere?"""
    return _holds(items, (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT))


def _holds(items: object, codes: tuple[object, ...]) -> bool:
    """Does a parsed pattern hold an item of one of these opcodes anywhere (walked through every group)?"""
    if isinstance(items, (list, tuple)):
        for item in items:
            if isinstance(item, tuple) and len(item) == 2 and any(item[0] is code for code in codes):
                return True
            if _holds(item, codes):
                return True
        return False
    if isinstance(items, _parser.SubPattern):
        return _holds(items.data, codes)
    return False


def _each_first(pattern: re.Pattern[str], most: int, ahead: bool = False) -> tuple[str, tuple[re.Pattern[str], ...]]:
    """The characters of ``pattern``'s leading class of plain characters (at most ``most``), and per character
    the pattern led by it (``[(（]rest`` → ``\\(rest`` and ``（rest``); ValueError for any other pattern.
    ``ahead``: each led by its character, then a lookahead of the characters the rest may start with where
    those can be told (a class the search tests only after the character, and quicker than trying the rest)."""
    source = pattern.pattern
    end = _leading_class_end(source)
    parsed = _parser.parse(source, pattern.flags)
    chars = _plain_class(parsed.data[0]) if parsed.data else None
    if end < 0 or chars is None or len(chars) > most or pattern.flags & re.IGNORECASE:
        raise ValueError(f"{source!r} does not start with a class of a few plain characters")
    rest = source[end:]
    if _top_level_bar(rest):
        # [ab]x|[ab]y parses as the class then x|[ab]y: the rest alone would read otherwise.
        raise ValueError(f"{source!r}: an alternative after the leading class")
    check = first_check(rest, pattern.flags) if ahead else ""
    # The rest in a group of no number: the pattern's groups keep their numbers.
    return chars, tuple(re.compile(re.escape(ch) + check + f"(?:{rest})", pattern.flags) for ch in chars)


class ByFirst:
    """``search`` and ``sub`` of a pattern whose first element is a class of a few plain characters,
    as one pattern per character led by that character (``[(（]rest`` → ``\\(rest`` and ``（rest``).

    The patterns are made on first use, not at import: ``fyplan.read.decode`` loads with the parse cache's
    key on the query's start-up path, which reads nothing (~1.5 ms for the pinyin check's two). A pattern it
    cannot take raises ValueError there, at the first reading (every test that reads a notice meets it)."""

    __slots__ = ("_chars", "_each", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._chars = ""
        self._each: tuple[re.Pattern[str], ...] | None = None

    def _split(self) -> tuple[re.Pattern[str], ...]:
        if self._each is not None:
            return self._each
        self._chars, self._each = _each_first(self.pattern, 4)
        return self._each

    def found(self, text: str) -> bool:
        """``pattern.search(text) is not None``."""
        if not fastpaths.ENABLED:
            return self.pattern.search(text) is not None
        return any(one.search(text) is not None for one in self._split())

    def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        """``pattern.sub(repl, text)``: the pattern tried only at its first characters, left to right, going
        on after each match as ``re.sub`` does (matches are never empty: the class takes a character)."""
        if not fastpaths.ENABLED:
            return self.pattern.sub(repl, text)
        self._split()
        nexts = {ch: text.find(ch) for ch in self._chars}
        out: list[str] = []
        done = 0  # text before this is in out
        while True:
            live = [at for at in nexts.values() if at >= 0]
            if not live:
                break
            at = min(live)
            m = self.pattern.match(text, at)
            if m is not None:
                out += (text[done:at], repl(m))
                done = m.end()
            resume = max(done, at + 1)
            for ch, where in nexts.items():
                if 0 <= where < resume:
                    nexts[ch] = text.find(ch, resume)
        if not out:
            return text
        out.append(text[done:])
        return "".join(out)


class ByLast:
    """``pattern.search(text) is not None`` for a pattern without lookarounds or anchors whose last element
    is a class of plain characters that are rare in a notice (``…[ —－\\-]``): every match ends at one of
    them, so the pattern is searched only in the window of its longest match before each."""

    __slots__ = ("_chars", "_limit", "_reach", "pattern")

    def __init__(self, pattern: re.Pattern[str], limit: int = 2000) -> None:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        chars = _plain_class(parsed.data[-1]) if parsed.data else None
        low, high = parsed.getwidth()
        if chars is None or _has_lookaround(parsed.data) or high > 64 or low < 1:
            raise ValueError(f"{pattern.pattern!r}: no plain class last, or a lookaround, or an unbounded match")
        self.pattern = pattern
        self._chars = chars
        self._reach = high
        # Past this many of the characters the pattern's own scan is quicker than a search at each.
        self._limit = limit

    def found(self, text: str) -> bool:
        if not fastpaths.ENABLED:
            return self.pattern.search(text) is not None
        search = self.pattern.search
        reach = self._reach
        seen = 0
        for ch in self._chars:
            at = text.find(ch)
            while at >= 0:
                # A match ending at ``at`` starts at most ``reach - 1`` characters before it; without
                # lookarounds a match inside the window is a match of the whole text.
                if search(text, max(0, at - reach + 1), at + 1) is not None:
                    return True
                seen += 1
                if seen > self._limit:
                    return self.pattern.search(text) is not None
                at = text.find(ch, at + 1)
        return False


class AnyOf:
    """``any(needle in text for needle in needles)`` as one search: needles that share their first character
    make a pattern with a literal first character (``序號|序号\\(|…`` reads as 序 then the rest), which ``re``
    skips ahead to; three ``in`` of two-character needles cost ~0.3 ms per MB each."""

    __slots__ = ("_pattern", "needles")

    def __init__(self, needles: tuple[str, ...]) -> None:
        if not needles or any(not needle for needle in needles):
            raise ValueError("no needles, or an empty one")
        self.needles = needles
        self._pattern = re.compile("|".join(map(re.escape, needles)))

    def found(self, text: str) -> bool:
        if not fastpaths.ENABLED:
            return any(needle in text for needle in self.needles)
        return self._pattern.search(text) is not None


def _has_anchor(items: object) -> bool:
    """Does a parsed pattern hold an anchor (``^ $ \\A \\Z \\b``) anywhere?"""
    return _holds(items, (_constants.AT,))


class InLines:
    """``pattern.finditer(text)`` for a pattern whose matches stay within a line: neither a match nor a
    lookahead reaches past the line break after it, and it has no anchor. The pattern is asked only on the
    lines where one of ``hints`` matches; every line where the pattern matches must hold a hint's match
    (each hint a pattern led by a literal character, which ``re`` skips ahead to: ~5 instructions per
    character of the text, where a pattern led by a class of characters tests the class at every one, ~65).
    The first line is always asked. ``hints=None``: the pattern's leading class of plain characters split into
    one pattern per character, each the character, a lookahead of the characters the rest may start with (where
    they can be told), then the rest.

    The matches are the pattern's own, in order: a match holds no line break, so the pattern's scan of the
    whole text starts afresh at each line and finds on it what a scan of the line alone finds (lookbehinds
    still see the text before the line). ``tests/test_gates.py`` holds each gate's hints to its pattern on
    generated text and on matches drawn from the pattern itself; ``fastpaths.plain()`` asks the pattern."""

    __slots__ = ("_hints", "_sources", "pattern")

    def __init__(self, pattern: re.Pattern[str], hints: tuple[str, ...] | None = None) -> None:
        if _has_anchor(_parser.parse(pattern.pattern, pattern.flags).data):
            raise ValueError(f"{pattern.pattern!r}: an anchor would read a line alone otherwise than in the text")
        self.pattern = pattern
        self._sources = hints
        self._hints: tuple[re.Pattern[str], ...] | None = None

    def _made(self) -> tuple[re.Pattern[str], ...]:
        """The hints, compiled on first use (a class of CJK characters costs ``re`` ~1 ms to compile)."""
        if self._hints is None:
            if self._sources is None:
                self._hints = _each_first(self.pattern, 8, ahead=True)[1]
            else:
                self._hints = tuple(re.compile(source, self.pattern.flags) for source in self._sources)
        return self._hints

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not fastpaths.ENABLED:
            yield from self.pattern.finditer(text)
            return
        # The first line always: there a lookbehind of the pattern meets the text's start, which a hint's need not.
        starts = {0} | {text.rfind("\n", 0, m.start()) + 1 for hint in self._made() for m in hint.finditer(text)}
        finditer = self.pattern.finditer
        for start in sorted(starts):
            end = text.find("\n", start)
            # (The line's break included: a lookahead at the line's end sees it, as in the whole text.)
            yield from finditer(text, start, len(text) if end < 0 else end + 1)


# 序号, the word of a table's number column, asked of the whole text by several stages (number_lines, recover,
# rewrite_tables): as one literal pattern ~0.1 ms per MB, as ``in`` ~0.33 ms (two-character needles).
SERIAL = AnyOf(("序号",))
