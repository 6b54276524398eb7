"""The notice grammar's parse as a loop over its line tokens: the fast path of ``grammar.read`` (issue 13).

``grammar/notice.lark`` gives every physical line one token and accepts every sequence of them, so its
LALR parse is a walk that needs one token of lookahead. This walk calls the builder's rule methods with
the children Lark would pass (``_line``, ``_any_line`` and the ``*`` helpers inlined), in the order the
LALR parser reduces (a rule ends when the next token, already lexed, cannot continue it; the lexer's
callbacks run as the token is lexed, before the reductions it causes), and skips Lark's parse stack,
its tree-builder wrappers and the helper trees it builds for every line (~20 ms per MB of notice: a fifth
of reading a repeated body). The tokens come from ``lex``, one loop over the pattern of Lark's lexer for
the grammar. A task's tokens, its sub-tasks' included, are all taken before any of them is reduced, so
that a task read before is made from that reading (``itemmemo.read_task``). With ``fastpaths.plain()`` the
reader lexes and parses with Lark, and tests hold the two equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from lark import Token

from fyplan.read import itemmemo, plainitem
from fyplan.read.starts import first_characters, head_key, with_first_checks

if TYPE_CHECKING:
    from lark import Lark

    from fyplan.read.context import BuiltSection
    from fyplan.read.grammar import Builder

_LINE = frozenset({"TEXT", "DUTY"})  # _line
_ANY_LINE = frozenset({"TEXT", "DUTY", "SUBTASK"})  # _any_line
_END = "$END"


class _Walk:
    __slots__ = ("_builder", "_next", "kind", "tok")

    def __init__(self, tokens: Iterable[Token], builder: Builder) -> None:
        self._next = iter(tokens).__next__
        self._builder = builder
        self.tok: Token | None = None
        self.kind = _END
        self._advance()

    def _advance(self) -> None:
        try:
            self.tok = self._next()
            self.kind = self.tok.type
        except StopIteration:
            self.tok, self.kind = None, _END

    def _take(self) -> Token:
        tok = self.tok
        assert tok is not None
        self._advance()
        return tok

    def _lines(self, kinds: frozenset[str], into: list[Any]) -> list[Any]:
        # _take and _advance inlined: a line is the commonest token (issue 13).
        tok, kind = self.tok, self.kind
        if kind not in kinds:
            return into
        take = self._next
        while kind in kinds:
            into.append(tok)
            try:
                tok = take()
                kind = tok.type
            except StopIteration:
                tok, kind = None, _END
        self.tok, self.kind = tok, kind
        return into

    def start(self) -> list[BuiltSection]:
        # start: front lead_tasks lead_subsections section*
        b = self._builder
        children: list[Any] = [b.front(self._lines(_ANY_LINE, []))]
        tasks = []
        while self.kind == "TASK":
            tasks.append(self._task())
        children.append(b.lead_tasks(tasks))
        subsections = []
        while self.kind == "SUBSECTION":
            subsections.append(self._subsection())
        children.append(b.lead_subsections(subsections))
        while self.kind == "SECTION":
            children.append(self._section())
        if self.kind != _END:
            # The grammar accepts every sequence of its line tokens: a new token kind needs a place here.
            raise AssertionError(f"the line scan has no place for a {self.kind} token")
        return b.start(children)

    def _section(self) -> Any:
        # section: SECTION _any_line* task* subsection*
        children = self._lines(_ANY_LINE, [self._take()])
        while self.kind == "TASK":
            children.append(self._task())
        while self.kind == "SUBSECTION":
            children.append(self._subsection())
        return self._builder.section(children)

    def _subsection(self) -> Any:
        # subsection: SUBSECTION _any_line* task*
        children = self._lines(_ANY_LINE, [self._take()])
        while self.kind == "TASK":
            children.append(self._task())
        return self._builder.subsection(children)

    def _task(self) -> Any:
        # task: TASK _line* subtask*
        first = self._lines(_LINE, [self._take()])
        groups = []
        while self.kind == "SUBTASK":
            groups.append(self._lines(_LINE, [self._take()]))  # subtask: SUBTASK _line*
        b = self._builder

        def read() -> Any:
            # The sub-tasks reduced in order, then the task. Lark reduces each sub-task when the token after
            # it is lexed; here all of the task's tokens are, and the next one: the only state the lexer's
            # callback keeps, the last two task numbers met, still names this task as each sub-task's parent.
            return b.task([*first, *(b.subtask(group) for group in groups)])

        return itemmemo.read_task(b.ctx, read, first, groups)  # a task read before: its records again


def parse(tokens: Iterable[Token], builder: Builder) -> list[BuiltSection]:
    """What ``Lark.parse`` returns with ``builder`` as the transformer, from the grammar's lexer tokens."""
    return _Walk(tokens, builder).start()


@cache
def _lexer(lark: Lark) -> Any:
    """The lexer ``lark.lex`` uses, made once (``Lark.lex`` makes a new one, and its pattern, per call)."""
    from lark.lexer import BasicLexer

    return BasicLexer(lark.lexer_conf)


@cache
def _pattern(lark: Lark) -> re.Pattern[str]:
    """The lexer's pattern (its terminals' alternation, as Lark's scanner makes it) with the first terminal's run of
    lines told sooner (``_run_source``) and each terminal led by a class of the characters its match may start
    with (``starts.with_first_checks``: the same matches; a line is turned away from the duty labels'
    alternation, tried first, by one class test: the lexer's matches on 1 MB of the repeated body 97.7 -> 84.1 M
    instructions, issue 13)."""
    scanner = _lexer(lark).scanner
    terminals = [(t.name, t.pattern.to_regexp()) for t in scanner.terminals]
    if terminals:
        terminals[0] = (terminals[0][0], _run_source(terminals[0][1]))
    source = "|".join(f"(?P<{name}>{regexp})" for name, regexp in terminals)
    return with_first_checks(re.compile(source, scanner.g_regex_flags))


# A terminal of consecutive lines that each start with a match of one head pattern (the notice grammar's DUTY:
# ``((LABEL /[ ]*:/ | /[【\[]/ LABEL /[】\]]/) /[^\n]*\n*/)+``), as Lark renders it.
_RUN_START, _RUN_END = "(?:(?:", ")[^\n]*\n*)+"
# The commonest duty labels of the family (the plain reader's table), told before the label alternation.
_QUICK_HEADS = plainitem._CANDIDATE_LABELS


def _run_source(source: str) -> str:
    """A first terminal that is a run of lines each starting with a head pattern (the duty lines), with the same
    matches told sooner: each line turned away by a class of the characters a head may start with (the line after
    the last duty line, a task's, tried the whole label alternation), and the commonest labels with their colon
    tried as words before the alternation. A line that starts with such a word and its colon is one the
    alternation takes: ``starts.head_key`` holds that the head's answer at a line start is its answer on the line
    up to its first colon, and each word is asked of the head so (with a line break before it) when the pattern
    is made. The line lexer on 1 MB of new text 155 -> 90 M instructions (issue 13). ``source`` itself where it
    is no such run or its lines cannot be told so."""
    if not (source.startswith(_RUN_START) and source.endswith(_RUN_END)):
        return source
    head = source[len(_RUN_START) : -len(_RUN_END)]
    try:
        guards = head_key(head)  # (a head that is no whole pattern of its own raises: no run)
    except re.error:
        return source
    first = first_characters(head)
    if guards is None or first is None:
        return source
    matches = re.compile(head).match
    words = [
        word for word in _QUICK_HEADS if not (set(word) & {":", "\n", *guards}) and matches(f"\n{word}:", 1) is not None
    ]
    quick = f"(?:{'|'.join(map(re.escape, words))}):|" if words else ""
    check = "".join(map(re.escape, sorted(first)))
    return f"(?:(?=[{check}])(?:{quick}{head})[^\n]*\n*)+"


def lex(lark: Lark, text: str) -> Iterator[Token]:
    """``lark.lex(text)``: the same tokens (type, text, positions, lines and columns) and the same lexer
    callbacks, made by one loop over the lexer's own compiled pattern (a third of its cost: Lark's lexer
    makes each token through a line counter, ``Token.__new__``'s keyword handling and a state object;
    issue 13). Where Lark would split the pattern (too many terminals for one regex) or a position
    matches nothing (Lark raises there), Lark's lexer does the work."""
    lexer = _lexer(lark)
    scanner = lexer.scanner  # built on first use, with the callbacks
    if len(scanner._mres) != 1:
        yield from lark.lex(text)
        return
    match: Any = _pattern(lark).match  # (a group of every match: its lastgroup is a terminal)
    # Per terminal: may it hold a line break, is it ignored, its callback (one look-up per token).
    plan = {
        kind: (kind in lexer.newline_types, kind in lexer.ignore_types, lexer.callback.get(kind))
        for kind in scanner.allowed_types
    }
    new = str.__new__
    pos, line, line_start, end = 0, 1, 0, len(text)
    while pos < end:
        m = match(text, pos)
        if m is None:
            # Nothing here for any terminal (the notice grammar has a terminal for every line, so this does
            # not happen): Lark's lexer raises its error for this position, its tokens already given.
            for _ in lark.lex(text):
                pass
            raise AssertionError(f"Lark's lexer read what the line lexer could not, at {pos}")
        value = m[0]
        kind = m.lastgroup
        newline, ignored, callback = plan[kind]
        start, start_line, column = pos, line, pos - line_start + 1
        if newline and (newlines := value.count("\n")):
            line += newlines
            line_start = pos + value.rindex("\n") + 1
        pos += len(value)
        if ignored and callback is None:
            continue
        tok = new(Token, value)
        tok.type, tok.value, tok.start_pos, tok.line, tok.column = kind, value, start, start_line, column
        tok.end_line, tok.end_column, tok.end_pos = line, pos - line_start + 1, pos
        if callback is not None:
            tok = callback(tok)
        if not ignored:
            yield tok
