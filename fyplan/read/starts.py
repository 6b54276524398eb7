"""The characters a match of a pattern may start with, read from the pattern itself (issue 13, eleventh round).

``re`` skips ahead quickly only to a literal first character; a scan tried at many places that mostly fail at
once (after every line break, after each 。) spends most of its time in the pattern's first steps. A lookahead of
the class of characters a match may start with turns those places away sooner (``scans.LineStart``,
``gates.InLines``). The class is a superset, read from ``re``'s own parse of the pattern: lookarounds and anchors
are passed over, and where a class cannot say the characters (a negated class, any character) there is none.
"""

from __future__ import annotations

import re

_parser = re._parser  # the stdlib's own reading of a pattern
_constants = re._constants

_CATEGORIES = {
    _constants.CATEGORY_DIGIT: r"\d",
    _constants.CATEGORY_NOT_DIGIT: r"\D",
    _constants.CATEGORY_SPACE: r"\s",
    _constants.CATEGORY_NOT_SPACE: r"\S",
    _constants.CATEGORY_WORD: r"\w",
    _constants.CATEGORY_NOT_WORD: r"\W",
}


def _starts(items: object) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed ``items`` may start with, as the members of a class (characters,
    ranges, ``\\d`` and its kin; a superset: a lookaround or anchor is passed over), and whether the match may
    be empty. None for the characters where a class cannot say them (a negated class, any character)."""
    found: set[str] = set()
    for op, av in items:  # type: ignore[attr-defined]
        if op in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
            continue  # zero-width: no character of its own
        if op is _constants.LITERAL:
            found.add(re.escape(chr(av)))
            return found, False
        if op is _constants.IN:
            for member_op, member in av:
                if member_op is _constants.LITERAL:
                    found.add(re.escape(chr(member)))
                elif member_op is _constants.RANGE:
                    found.add(re.escape(chr(member[0])) + "-" + re.escape(chr(member[1])))
                elif member_op is _constants.CATEGORY and member in _CATEGORIES:
                    found.add(_CATEGORIES[member])
                else:
                    return None, False
            return found, False
        if op is _constants.SUBPATTERN:
            chars, empty = _starts(av[3])
        elif op is _constants.ATOMIC_GROUP:
            chars, empty = _starts(av)
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            chars, empty = _starts(av[2])
            empty = empty or av[0] == 0
        elif op is _constants.BRANCH:
            chars, empty = set(), False
            for alternative in av[1]:
                more, may_be_empty = _starts(alternative)
                if more is None:
                    return None, False
                chars |= more
                empty = empty or may_be_empty
        else:
            return None, False
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _lookahead(items: object) -> str:
    """``(?=[…])`` of the characters a match of the parsed ``items`` may start with; "" where they cannot be
    told, where the match may be empty, or where a literal leads (``re`` skips ahead to it, or turns a branch
    away at it, already)."""
    first = items[0] if items else None  # type: ignore[index]
    if first is not None and first[0] is _constants.LITERAL:
        return ""
    chars, empty = _starts(items)
    return f"(?=[{''.join(sorted(chars))}])" if chars and not empty else ""


def with_first_checks(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """An alternation of named groups (a lexer's terminals, tried in turn at each token) with each group led by a
    lookahead of the characters its match may start with: a place is turned away from a terminal that cannot
    start there by one class test instead of that terminal's first steps (the notice grammar's line lexer tries a
    duty label's long alternation first at every line). The same matches, in the same group: each lookahead is a
    superset of its group's first characters. The pattern itself where it is no such alternation."""
    parsed = _parser.parse(pattern.pattern, pattern.flags).data
    if pattern.flags & re.IGNORECASE or len(parsed) != 1:
        return pattern
    op, av = parsed[0]
    alternatives = av[1] if op is _constants.BRANCH else [[parsed[0]]]
    names = {number: name for name, number in pattern.groupindex.items()}
    source = pattern.pattern
    for alternative in alternatives:
        items = list(alternative)
        if len(items) != 1 or items[0][0] is not _constants.SUBPATTERN or items[0][1][0] not in names:
            return pattern
        head = f"(?P<{names[items[0][1][0]]}>"
        if source.count(head) != 1:
            return pattern
        at = source.index(head) + len(head)
        source = source[:at] + _lookahead(items[0][1][3]) + source[at:]
    return re.compile(source, pattern.flags)


def first_check(source: str, flags: int) -> str:
    """A lookahead of the characters a match of ``source`` may start with (``(?=[\\d一二三])``), or "" where
    they cannot be told or the match may be empty: put before the pattern where it is asked at many places
    that mostly fail at once (after every line break), the class rejects them quicker than the pattern's own
    first steps (issue 13)."""
    if flags & re.IGNORECASE:
        return ""  # a literal would stand for its other case too
    return _lookahead(_parser.parse(source, flags).data)


def first_characters(source: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``source`` may start with, as a set (a superset, as ``_starts`` reads it), or None
    where they cannot be told as a few characters (a category, a negated class, a wide range) or the match may
    be empty."""
    if flags & re.IGNORECASE:
        return None
    chars, empty = _starts(_parser.parse(source, flags).data)
    if chars is None or empty:
        return None
    found: set[str] = set()
    for member in chars:
        found_range = re.fullmatch(r"(\\?.)-(\\?.)", member, re.DOTALL)
        if found_range is not None:
            low, high = (ord(end[-1]) for end in found_range.groups())
            if high - low > 512:
                return None
            found.update(map(chr, range(low, high + 1)))
        elif re.fullmatch(r"\\?.", member, re.DOTALL) and member not in _CATEGORIES.values():
            found.add(member[-1])  # re.escape gives a backslash and the character, or the character
        else:
            return None
    return frozenset(found)


# A lookahead that reads no further than the next colon: ``(?=[ ]*:)`` (a label's colon may follow it).
_TO_COLON = repr(_parser.parse("[ ]*:").data)


# What a lookbehind ``head_key`` takes may hold: one element that takes one character.
_ONE_CHARACTER = (_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY)


def _class_characters(members: object) -> set[str] | None:
    """The characters of a parsed class (literals and ranges of at most 512), None for any other."""
    found: set[str] = set()
    for op, av in members:  # type: ignore[attr-defined]
        if op is _constants.LITERAL:
            found.add(chr(av))
        elif op is _constants.RANGE and av[1] - av[0] <= 512:
            found.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return found


def _guards(items: object, guards: set[str], stops: str, last_may_stop: bool) -> bool:
    """Walk a parsed sequence for ``head_key``: add to ``guards`` the characters a lookahead that may read past the
    first of ``stops`` is reached after (those of the element that consumes just before it); False where the
    pattern is not of a shape that lets a line be told by its text up to that character."""
    before: set[str] | None = None  # the characters the element just before may have consumed
    sequence = list(items)  # type: ignore[call-overload]
    for at, (op, av) in enumerate(sequence):
        last = last_may_stop and at == len(sequence) - 1
        if op is _constants.LITERAL:
            if chr(av) in stops and not (last and chr(av) != "\n"):
                return False  # only a sequence's very last element may take the colon: the match ends there
            before = {chr(av)}
        elif op is _constants.IN:
            chars = _class_characters(av)
            if chars is None or any(stop in chars for stop in stops):
                return False
            before = chars
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            direction, body = av
            if direction < 0:
                if len(body.data) != 1 or body.data[0][0] not in _ONE_CHARACTER:
                    return False  # a lookbehind of one character (no lookaround in it): the key holds the one before
                continue
            if repr(body.data) == _TO_COLON:
                continue
            if before is None:
                return False
            guards.update(before)
        elif op is _constants.SUBPATTERN:
            if av[1] or av[2] or not _guards(av[3], guards, stops, False):  # (no flags set inside)
                return False
            before = None
        elif op is _constants.BRANCH:
            if not all(_guards(alternative, guards, stops, False) for alternative in av[1]):
                return False
            before = None
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            if not _guards(av[2], guards, stops, False):
                return False
            before = None
        else:
            return False
    return True


def head_key(source: str, flags: int = 0) -> frozenset[str] | None:
    """The characters that make a line's match of ``source`` need the line itself, or None where no line can be
    told without it.

    Where this gives a set, a match of ``source`` at a line's start (after a line break) succeeds or fails as it
    does on the key ``"\\n" + line[:stop + 1]``, ``stop`` the line's first colon or else its end (its line break),
    for every line whose key holds none of the set's characters: no element but the last of an alternative at the
    top takes a colon (the match ends there), none takes a line break, a lookbehind sees one character (the line
    break before the line, in the key too), a lookahead reads no further than the next colon, or is reached only
    after one of the set's characters was taken. So a lexer may keep the answers per key (issue 13)."""
    if flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE):
        return None
    parsed = _parser.parse(source, flags).data
    alternatives = parsed[0][1][1] if len(parsed) == 1 and parsed[0][0] is _constants.BRANCH else [parsed]
    guards: set[str] = set()
    if not all(_guards(alternative, guards, ":\n", True) for alternative in alternatives):
        return None
    return frozenset(guards)
