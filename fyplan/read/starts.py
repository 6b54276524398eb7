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
