"""Lint rules over a parsed notice, each with a stable code.

The rules are one registry, ``RULES`` (at the end of this module): code, severity, the function that
finds the problems, and a line of help. ``fyplan check --help`` and the README's table are made from
it; adding a rule is writing its function and one ``Rule`` line.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from fyplan.canonical import canonical
from fyplan.model import NOT_READ, Diagnostic, Item, Notice, Severity
from fyplan.numerals import DASH_POINT

# A lint finding is a Diagnostic with a code and the items it concerns (one type, one written form).
Finding = Diagnostic


@attrs.frozen
class Rule:
    """One lint rule: its findings get ``code`` and ``severity`` (None: each keeps the reader's own)."""

    code: str
    severity: Severity | None
    help: str
    find: Callable[[Notice], Iterable[Finding]]


def _finding(line: int, message: str, places: tuple[tuple[str, int], ...] = ()) -> Finding:
    """A finding at ``line``; ``check`` gives it its rule's code and severity."""
    return Diagnostic("warning", message, line, places=places)


def check(notice: Notice) -> list[Finding]:
    """Every finding for one notice, in line order."""
    findings = [
        attrs.evolve(f, code=rule.code, severity=rule.severity or f.severity).at(notice.source)
        for rule in RULES
        for f in rule.find(notice)
    ]
    return sorted(findings, key=lambda f: (f.line, f.code))


def _reader(notice: Notice) -> Iterator[Finding]:
    for d in notice.diagnostics:
        if d.code in ("FY001", "FY003", NOT_READ):
            continue  # said by those rules, with their codes
        yield d


def _not_read(notice: Notice) -> Iterator[Finding]:
    """Lines the reader could not place (an unknown label, a duty line under no item), with its severity."""
    for d in notice.diagnostics:
        if d.code == NOT_READ:
            yield d


def _declared(notice: Notice) -> Iterator[Finding]:
    """The reader compares declared and read counts; as a lint rule the difference is an error."""
    for d in notice.diagnostics:
        if d.code == "FY001":
            yield d


def _gaps(numbered: list[tuple[int, int]], what: str) -> Iterator[tuple[int, str]]:
    """(number, line) pairs in document order → (line, message) for each gap and repeat. ``what`` is
    the noun, after where it counts (in section 2: task); the second mention says the noun only."""
    expected = 1
    seen: set[int] = set()
    said: set[int] = set()  # numbers whose repeats were said (once each: a number printed 400,000 times is one finding)
    times = Counter(n for n, _ in numbered)
    noun = what.rsplit(": ", 1)[-1]
    for n, line in numbered:
        if n in seen:
            if n not in said:
                said.add(n)
                yield line, f"{what} {n} appears " + ("twice" if times[n] == 2 else f"{times[n]:,} times")
        elif n > expected:
            missing = f"{expected}" if n == expected + 1 else f"{expected}–{n - 1}"
            yield line, f"{what} {missing} is missing before {noun} {n}"
        seen.add(n)
        expected = max(expected, n + 1)


def _where(prefix: str) -> str:
    if not prefix:
        return "task"
    first, _, rest = prefix.partition("-")
    return f"in section {first}: task" if not rest else f"in section {first}, part {rest}: task"


_GROUP_MARK = "#"


def _numbering(notice: Notice) -> Iterator[Finding]:
    tasks = list(notice.tasks())
    # Where numbering starts again (in each section, sub-section or group) the reader qualifies ids:
    # 2-3 is task 3 of section 2, 2-1-3 of its (一), 1-2 point 2 of group 1. Each qualifier counts alone.
    groups: dict[str, list[tuple[int, int]]] = {}
    restarts: dict[str, int] = {}  # groups under titles of their own lines, counted apart (their key: prefix#n)
    for t, before in zip(tasks, [None, *tasks], strict=False):
        if not t.id[-1:].isdigit():
            continue  # a section heading that is an item too (id 一): numbered as its section, not a task
        if before is not None and before.id == t.id and DASH_POINT.match(t.text):
            continue  # ——… under 1.…: a goal's sub-row in a target table, numbered as its goal, no repeat
        # (A row's 序号 printed 1.2 is row 2 of group 1, as 1-2 is.)
        cut = max(t.id.rfind("-"), t.id.rfind("."))
        prefix = t.id[:cut] if cut > 0 else ""
        if t.point:
            # A group's points: the group's own number (its title, 1.约束性指标。) counts where the
            # tasks around it do, once, at its first point; the points count among themselves.
            outer, _, group = prefix.rpartition("-")
            if group.isdigit() and (int(group), t.line) not in groups.get(outer, []) and t.heading:
                groups.setdefault(outer, []).append((int(group), t.line))
            groups.setdefault(f"{prefix}:points", []).append((t.number, t.line))
            continue
        if t.number == 1 and t.heading and groups.get(prefix):
            # 1. under a group's title of its own line (县交通运输局 over 1. 2. 3. after 县住建局's 1. 2.): the
            # numbering starts again in that group, no task is repeated
            restarts[prefix] = restarts.get(prefix, 0) + 1
        key = f"{prefix}{_GROUP_MARK}{restarts[prefix]}" if restarts.get(prefix) else prefix
        groups.setdefault(key, []).append((t.number, t.line))
    for key, numbered in groups.items():
        prefix = key.split(_GROUP_MARK)[0]
        part = prefix.rpartition("-")[2]
        if len(numbered) == 1 and part.isdigit() and numbered[0][0] == int(part):
            continue  # (三)推进…(X牵头) beside parts holding tasks: a part read as its one item, numbered as the part

        what = f"in group {prefix.removesuffix(':points')}: point" if prefix.endswith(":points") else _where(prefix)
        for line, message in _gaps(numbered, what):  # (document order: a two-column page's lines are not)
            yield _finding(line, message)
    for task in tasks:
        if task.subtasks:
            numbered = [(s.number, s.line) for s in task.subtasks]
            for line, message in _gaps(numbered, f"in task {task.id}: sub-task"):
                yield _finding(line, message)


def _about(item: Item, message: str) -> Finding:
    """A finding about one item, placed at its line."""
    return _finding(item.line, f"item {item.id} {message}", ((item.id, item.line),))


def _no_duties(notice: Notice) -> Iterator[Finding]:
    for item in notice.items():
        if item.duties.names_no_one():  # (a deadline alone, 完成时限:12月底 with every duty cell lost, names no one)
            yield _about(item, "names no leaders and no units")


def _helpers_only(notice: Notice) -> Iterator[Finding]:
    """An item whose cooperating units help no one, where most items name a lead: its lead cell was left empty, or
    merged over the rows above it in the sheet it was copied from (Excel leaves a merged cell's later rows blank), or
    its lead label went unread. (A notice whose items mostly name helpers only — 各部门按职责分工负责 throughout —
    is written so: no finding for each of them.)"""
    items = [item for item in notice.items() if not item.task.subtasks]
    named = [item for item in items if item.lead_units or item.cooperating_units]
    if sum(1 for item in named if item.lead_units) * 2 < len(named):
        return
    for item in named:
        if item.cooperating_units and not item.lead_units:
            yield _about(item, "names cooperating units but no lead unit (an empty or merged lead cell?)")


def _repeats(notice: Notice) -> Iterator[Finding]:
    for item in notice.items():
        for label, units in (("lead units", item.lead_units), ("cooperating units", item.cooperating_units)):
            for name, count in Counter(u.name for u in units).items():
                if count > 1:
                    yield _about(item, f"names {name} {count} times in its {label}")


def _lead_and_coop(notice: Notice) -> Iterator[Finding]:
    for item in notice.items():
        both = {u.name for u in item.lead_units} & {u.name for u in item.cooperating_units}
        for name in sorted(both):
            yield _about(item, f"names {name} as lead and as cooperating unit")


def _places(notice: Notice) -> dict[str, list[Item]]:
    where: dict[str, list[Item]] = defaultdict(list)
    for item in notice.items():
        for u in (*item.lead_units, *item.cooperating_units):
            where[u.name].append(item)
    return where


def looks_like_respelling(a: str, b: str) -> bool:
    """市数据资源局 / 市数据资源管理局, 市发改委 / 市发展改革委: one is the other with a few characters added."""
    short, long = sorted((a, b), key=len)
    if short == long or len(short) < 3 or len(long) - len(short) > 3:
        return False
    if short[0] != long[0] or short[-1] != long[-1]:
        return False
    if len(long) - len(short) == 1 and len(short) <= 4:
        return False  # 县委办 / 县委农办, 市公安局 / 市公安分局: one character more in a short name makes another body
    it = iter(long)
    return all(ch in it for ch in short)  # short is a subsequence of long


def respelling_pairs(names: Sequence[str]) -> list[tuple[str, str]]:
    """The pairs (in the order of ``names``, earlier first) that ``looks_like_respelling`` joins and
    ``canonical`` does not. Only names with the same first and last character and lengths at most 3
    apart can be such a pair, so only those are compared: a notice of thousands of bodies would take
    every pair (10 MB of new text: minutes in fyplan stats --by unit)."""
    keys = {name: canonical(name) for name in names}
    order = {name: k for k, name in enumerate(names)}
    buckets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in names:
        if len(name) >= 3:
            buckets[(name[0], name[-1])].append(name)
    pairs: list[tuple[str, str]] = []
    for bucket in buckets.values():
        bucket.sort(key=len)
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if len(b) - len(a) > 3:
                    break
                if keys[a] != keys[b] and looks_like_respelling(a, b):
                    pairs.append((a, b) if order[a] < order[b] else (b, a))
    return sorted(pairs, key=lambda p: (order[p[0]], order[p[1]]))


def _spellings(notice: Notice) -> Iterator[Finding]:
    where = _places(notice)
    names = sorted(where, key=lambda n: -len(where[n]))
    groups: dict[str, set[str]] = defaultdict(set)
    for name in names:
        groups[canonical(name)].add(name)
    pairs: list[set[str]] = [g for g in groups.values() if len(g) > 1]
    pairs.extend({a, b} for a, b in respelling_pairs(names))
    for group in pairs:
        spellings = sorted(group, key=lambda n: (-len(where[n]), n))
        places = tuple((item.id, item.line) for name in spellings for item in where[name])
        counts = "、".join(f"{n} ({len(where[n])}×)" for n in spellings)
        first_odd = min(item.line for name in spellings[1:] for item in where[name])
        yield _finding(first_odd, f"these look like one body spelled {len(group)} ways: {counts}", places)


RULES: tuple[Rule, ...] = (
    Rule("FY001", "error", "declared counts (10个方面44项) differ from what was read", _declared),
    Rule("FY002", "error", "task or sub-task numbering has a gap or a repeat", _numbering),
    Rule("FY003", "error", "an item names no duties (no leader, no unit)", _no_duties),
    Rule("FY004", "warning", "the same unit twice in one list", _repeats),
    Rule("FY005", "warning", "a unit both leads and cooperates on one item", _lead_and_coop),
    Rule("FY006", "warning", "two names that look like two spellings of one body", _spellings),
    Rule("FY008", "warning", "an item names cooperating units but no lead unit", _helpers_only),
    Rule(NOT_READ, None, "a line the reader did not read (an unknown label, a duty line under no item)", _not_read),
    Rule("FY100", None, "a problem the reader reported (with its own severity)", _reader),
)


def help_lines() -> list[str]:
    """``  FY001 error    declared counts …`` for ``fyplan check --help``."""
    return [f"  {r.code} {r.severity or '':<8} {r.help}" for r in RULES]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown_table() -> str:
    """The README's table of lint rules."""
    rows = ["| code | severity | finds |", "| --- | --- | --- |"]
    rows += [f"| `{r.code}` | {r.severity or 'as read'} | {_cell(r.help)} |" for r in RULES]
    return "\n".join(rows) + "\n"
