"""Lint rules over a parsed notice, each with a stable code.

FY001 declared counts (10个方面44项) differ from what was read           error
FY002 task or sub-task numbering has a gap or a repeat                    error
FY003 a responsibility item names no duties                               error
FY004 the same unit twice in one list                                     warning
FY005 a unit both leads and cooperates on one item                        warning
FY006 two names that look like two spellings of one body                  warning
FY100 a problem the reader reported (its own severity)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

import attrs

from fyplan.model import Diagnostic, Item, Notice, Severity, Task
from fyplan.units import canonical

RULES: dict[str, str] = {
    "FY001": "declared counts differ from what was read",
    "FY002": "numbering has a gap or a repeat",
    "FY003": "an item names no duties",
    "FY004": "the same unit twice in one list",
    "FY005": "a unit both leads and cooperates on one item",
    "FY006": "two spellings of one body",
    "FY100": "a problem found while reading",
}


# A lint finding is a Diagnostic with a code and the items it concerns (one type, one written form).
Finding = Diagnostic


def _finding(
    code: str, severity: Severity, line: int, message: str, places: tuple[tuple[str, int], ...] = ()
) -> Finding:
    return Diagnostic(severity, message, line, code=code, places=places)


def check(notice: Notice) -> list[Finding]:
    """Every finding for one notice, in line order."""
    source = notice.source
    findings = [
        *(_reader(notice)),
        *(_declared(notice)),
        *(_numbering(notice)),
        *(_no_duties(notice)),
        *(_repeats(notice)),
        *(_lead_and_coop(notice)),
        *(_spellings(notice)),
    ]
    return sorted((f.at(source) for f in findings), key=lambda f: (f.line, f.code))


def _reader(notice: Notice) -> Iterator[Finding]:
    for d in notice.diagnostics:
        if d.code in ("FY001", "FY003"):
            continue  # said by those rules, with their codes
        yield attrs.evolve(d, code="FY100")


def _declared(notice: Notice) -> Iterator[Finding]:
    """The reader compares declared and read counts; as a lint rule the difference is an error."""
    for d in notice.diagnostics:
        if d.code == "FY001":
            yield attrs.evolve(d, severity="error")


def _gaps(numbered: list[tuple[int, int]], what: str) -> Iterator[tuple[int, str]]:
    """(number, line) pairs in document order → (line, message) for each gap and repeat."""
    expected = 1
    seen: set[int] = set()
    for n, line in numbered:
        if n in seen:
            yield line, f"{what} {n} appears twice"
        elif n > expected:
            missing = f"{expected}" if n == expected + 1 else f"{expected}–{n - 1}"
            yield line, f"{what} {missing} is missing before {what} {n}"
        seen.add(n)
        expected = max(expected, n + 1)


def _numbering(notice: Notice) -> Iterator[Finding]:
    tasks = list(notice.tasks())
    restarts = any(t.id.count("-") for t in tasks)
    groups: list[tuple[str, list[Task]]] = []
    if restarts:
        groups = [(f"in section {s.number}: task", list(s.all_tasks())) for s in notice.sections]
    else:
        groups = [("task", tasks)]
    for what, group in groups:
        for line, message in _gaps([(t.number, t.line) for t in group], what):
            yield _finding("FY002", "error", line, message)
    for task in tasks:
        if task.subtasks:
            numbered = [(s.number, s.line) for s in task.subtasks]
            for line, message in _gaps(numbered, f"in task {task.id}: sub-task"):
                yield _finding("FY002", "error", line, message)


def _about(item: Item, code: str, severity: Severity, message: str) -> Finding:
    """A finding about one item, placed at its line."""
    return _finding(code, severity, item.line, f"item {item.id} {message}", ((item.id, item.line),))


def _no_duties(notice: Notice) -> Iterator[Finding]:
    for item in notice.items():
        if item.duties.is_empty():
            yield _about(item, "FY003", "error", "names no leaders and no units")


def _repeats(notice: Notice) -> Iterator[Finding]:
    for item in notice.items():
        for label, units in (("lead units", item.lead_units), ("cooperating units", item.cooperating_units)):
            for name, count in Counter(u.name for u in units).items():
                if count > 1:
                    yield _about(item, "FY004", "warning", f"names {name} {count} times in its {label}")


def _lead_and_coop(notice: Notice) -> Iterator[Finding]:
    for item in notice.items():
        both = {u.name for u in item.lead_units} & {u.name for u in item.cooperating_units}
        for name in sorted(both):
            yield _about(item, "FY005", "warning", f"names {name} as lead and as cooperating unit")


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
    it = iter(long)
    return all(ch in it for ch in short)  # short is a subsequence of long


def _spellings(notice: Notice) -> Iterator[Finding]:
    where = _places(notice)
    names = sorted(where, key=lambda n: -len(where[n]))
    groups: dict[str, set[str]] = defaultdict(set)
    for name in names:
        groups[canonical(name)].add(name)
    pairs: list[set[str]] = [g for g in groups.values() if len(g) > 1]
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if canonical(a) != canonical(b) and looks_like_respelling(a, b):
                pairs.append({a, b})
    for group in pairs:
        spellings = sorted(group, key=lambda n: (-len(where[n]), n))
        places = tuple((item.id, item.line) for name in spellings for item in where[name])
        counts = "、".join(f"{n} ({len(where[n])}×)" for n in spellings)
        first_odd = min(item.line for name in spellings[1:] for item in where[name])
        yield _finding(
            "FY006", "warning", first_odd, f"these look like one body spelled {len(group)} ways: {counts}", places
        )
