"""Whole-text scans that ``re`` makes slower than they need be (issue 13).

Is there a match at some line start? ``pattern.search(text) is not None`` for a MULTILINE pattern that
starts with ``^``, about four times faster on a whole notice (issue 13).

``re`` tries a pattern that starts with ``^`` at every position of the text (1 MB of notice: ~1.4 ms per
search), while one that starts with a literal character skips ahead to it (~0.35 ms). So the same
pattern is asked at the text's start, then after each ``\\n``: ``^`` matches exactly there. Whole-text
checks that usually find nothing (a lost dot, a spaced number, an ordinal line) cost a search each on
every notice read. A test holds both ways equal on generated text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from fyplan.read.starts import first_check


def _top_level_bar(source: str) -> bool:
    """Does ``source`` have a ``|`` outside every group and character class (``^a|b`` is ``(?:^a)|b``)?"""
    depth = 0
    in_class = False
    escaped = False
    for i, ch in enumerate(source):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            # ] closes the class unless it is its first character ([]…] or [^]…]).
            if ch == "]" and source[i - 1] != "[" and source[i - 2 : i] != "[^":
                in_class = False
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


class LineStart:
    """``found(text)`` is ``pattern.search(text) is not None`` and ``sub(repl, text)`` is ``pattern.sub(repl, text)``; the two patterns it asks are compiled on
    first use (a class of the 20,992 CJK code points takes ``re`` about a millisecond to compile, and the
    reader's modules load with the command line's)."""

    __slots__ = ("_after_newline", "_at_start", "_checked_width", "_flags", "_source")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        source = pattern.pattern
        if not source.startswith("^") or not pattern.flags & re.MULTILINE or _top_level_bar(source[1:]):
            raise ValueError(f"not a MULTILINE pattern anchored at a line start as a whole: {source!r}")
        self._source = source[1:]
        self._flags = pattern.flags
        self._at_start: re.Pattern[str] | None = None
        self._after_newline: re.Pattern[str] | None = None
        self._checked_width = False

    def _made(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        if self._at_start is None or self._after_newline is None:
            self._at_start = re.compile(f"(?:{self._source})", self._flags)
            # After each line break a class of the characters a match may start with first: it turns most line
            # starts away quicker than the pattern's own first steps (1 MB: ~250 -> ~60 instructions a line).
            ahead = first_check(self._source, self._flags)
            self._after_newline = re.compile(f"\\n{ahead}(?:{self._source})", self._flags)
        return self._at_start, self._after_newline

    def found(self, text: str) -> bool:
        at_start, after_newline = self._made()
        return at_start.match(text) is not None or after_newline.search(text) is not None

    def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        """``pattern.sub(repl, text)``, the pattern tried at the text's start and after each line break only (the
        match ``repl`` is given is the pattern's own there). A pattern that may match nothing is refused: the
        empty matches ``re.sub`` allows beside another match are not looked for here."""
        at_start, after_newline = self._made()
        if not self._checked_width:
            # (asked once per pattern, not on every text: a parse of the pattern's source)
            if re._parser.parse(self._source, self._flags).getwidth()[0] == 0:
                raise ValueError(f"{self._source!r} may match nothing: no sub at line starts")
            self._checked_width = True
        out: list[str] = []
        done = 0  # text before this is in out
        m = at_start.match(text)
        if m is None and (found := after_newline.search(text)) is not None:
            m = at_start.match(text, found.start() + 1)
        while m is not None:
            out += (text[done : m.start()], repl(m))
            done = m.end()
            # The next line start at or after the match's end: its end itself where the match took a line break.
            if text[done - 1] == "\n" and (m := at_start.match(text, done)) is not None:
                continue
            found = after_newline.search(text, done)
            m = None if found is None else at_start.match(text, found.start() + 1)
        if not out:
            return text
        out.append(text[done:])
        return "".join(out)


def _starts_with(source: str, first: str) -> bool:
    """Does every match of ``source`` start with the literal character ``first`` (not made optional by a
    quantifier after it, and no alternative beside it)?"""
    if len(first) != 1:
        return False
    for literal in {first, re.escape(first)}:
        if literal == first and first in ".^$*+?{}[]\\|()":
            continue  # a special character: only its escaped form is the literal
        rest = source[len(literal) :]
        if source.startswith(literal) and not rest.startswith(("*", "?", "{")) and not _top_level_bar(rest):
            return True
    return False


def sub_from(first: str, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str) -> str:
    """``pattern.sub(repl, text)`` for a pattern whose every match starts with the character ``first``:
    ``str.find`` goes from one ``first`` to the next and the pattern is tried there only. ``re`` gives a
    pattern with a one-character literal prefix no quicker search than a step at every position (1 MB
    of notice with a few dozen spaces: ``re.sub(" +", …)`` 2 ms, this 0.1 ms; issue 13)."""
    if not _starts_with(pattern.pattern, first):
        raise ValueError(f"every match of {pattern.pattern!r} must start with {first!r}")
    out: list[str] = []
    done = 0  # text before this is in out
    at = text.find(first)
    while at >= 0:
        m = pattern.match(text, at)
        if m is None:
            at = text.find(first, at + 1)
            continue
        out += (text[done:at], repl(m))
        done = m.end()
        at = text.find(first, max(done, at + 1))
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


# How many places of one of a needle's characters ``holds`` looks at before it tries the next character.
_PLACES_PER_CHARACTER = 32

# (Where every character of a needle is frequent, ``in`` asks the whole text: a literal pattern searches a notice in
# ~0.2 ms per MB where ``in`` takes ~0.35, but counts more instructions, 1.93 M per MB to 1.80 M, session 37.)


def holds(text: str, needle: str) -> bool:
    """``needle in text``, quicker on a whole notice: ``in`` with a needle of two or more characters scans a
    notice at ~0.35 ms per MB wherever it stands (and ``re`` at ~0.2 ms), while one character is found at
    ~0.01-0.03 ms per MB (a ``memchr``). So the needle is looked for at the places of one of its characters: the
    first whose places run out within a few dozen settles it (``"上页"``: 上 on every line, 页 twice — two
    places looked at). Where every character of it is frequent, ``in`` asks the text as a whole (issue 13)."""
    if len(needle) == 1:
        return needle in text
    for k, ch in enumerate(needle):
        at = text.find(ch)
        for _ in range(_PLACES_PER_CHARACTER):
            if at < 0:
                return False  # every place of this character looked at: the needle is nowhere
            if at >= k and text.startswith(needle, at - k):
                return True
            at = text.find(ch, at + 1)
    return needle in text


def each_line(text: str) -> Iterator[str]:
    """``text.split("\\n")``, one line at a time: for a look over a notice's lines that mostly stops within its first
    few (fields_above, leaders_above), where the split made every line of the text a string first (~4 M
    instructions per MB each, issue 13)."""
    start = 0
    end = text.find("\n")
    while end >= 0:
        yield text[start:end]
        start = end + 1
        end = text.find("\n", start)
    yield text[start:]
