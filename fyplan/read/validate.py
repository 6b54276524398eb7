"""The validate stage: document-level checks once the notice is built (no items at all, declared
counts, items that lack a duty field most items of the notice have)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from fyplan.model import Diagnostic, Notice
from fyplan.read import front as frontmod
from fyplan.read.context import Built, BuiltSection, ReadContext
from fyplan.worklist import lists_work

_TABLE_HEADER = re.compile(r"^(?:序号|重点工作|目标与任务|年度目标)$")


def check(ctx: ReadContext, notice: Notice, body: list[BuiltSection], front_lines: list[tuple[int, str]]) -> None:
    """Document-level checks: no items at all, declared counts, missing duty fields."""
    # A responsibility notice names who answers for at least one item: numbered lines alone (a news
    # article's 1. 2.) are not one.
    has_items = notice.names_duties()
    if not ctx.source.text.strip():
        ctx.diagnostics.append(Diagnostic("error", "the document is empty", 1, 1))
        return
    if not has_items and lists_work(notice):
        message = (
            "no item names who answers for it (no leader, no lead or cooperating unit): "
            "the items are read as a list of work with empty duties"
        )
        ctx.report("warning", notice.items()[0].node.line or 1, message)
        return
    if not has_items:
        why = "no numbered items with duties were found, so this does not read as a responsibility notice"
        if any(_TABLE_HEADER.match(t) for _, t in front_lines):
            why += " (it has a table header, but no row of it could be read)"
        ctx.diagnostics.append(Diagnostic("error", why, 1, 1))
        return
    declared = notice.declared
    real_sections = [s for s in notice.sections if s.number]
    tasks = sum(1 for _ in notice.tasks())
    # Point at the preamble line that makes the claim.
    where = next((ln for ln, text in front_lines if frontmod.declares(text)), 1)
    if declared.sections is not None and declared.sections != len(real_sections):
        read = f"{len(real_sections)} {'was' if len(real_sections) == 1 else 'were'} read"
        message = f"the preamble declares {declared.sections} sections (个方面) but {read}"
        ctx.report("warning", where, message, "个方面", code="FY001")
    if declared.tasks is not None and declared.tasks != tasks:
        message = (
            f"the preamble declares {declared.tasks} tasks (项) but {tasks} {'was' if tasks == 1 else 'were'} read"
        )
        ctx.report("warning", where, message, "项", code="FY001")
    _check_fields(ctx, body, notice)


_REQUIRED = ("leaders", "lead", "cooperating")


@lru_cache(maxsize=1024)
def _kinds(pairs: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The kinds of an item's own-line fields; 责任单位 after a 牵头 field means cooperating. Cached per
    distinct fields (items share one tuple of them: see ``LabelShape``)."""
    kinds: list[str] = []
    for kind, _ in pairs:
        if kind == "responsible" and "lead" in kinds:
            kind = "cooperating"
        kinds.append(kind)
    return tuple(kinds)


@lru_cache(maxsize=1024)
def _required(kinds: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in kinds if k in _REQUIRED)


def _check_fields(ctx: ReadContext, body: list[BuiltSection], notice: Notice) -> None:
    """Items whose own-line duty fields lack one that most items of the notice have."""
    leaves = [leaf for b in body for x in b.built for leaf in (x.children or [x])]
    # Lists beside ``leaves``, not a dict by id(): the pairs and kinds are a few shared tuples, and a dict's
    # entries and int keys cost ~0.2x the input of memory at the parse's peak (issue 13).
    pairs_of = [x.label_pairs() for x in leaves]
    kinds_of = list(map(_kinds, pairs_of))
    # The items' kinds counted first, their patterns per distinct kinds (a few shared tuples): no call per item.
    counted: Counter[tuple[str, ...]] = Counter()
    written: dict[str, str] = {}
    last: tuple[tuple[str, str], ...] | None = None
    for x, pairs, kinds in zip(leaves, pairs_of, kinds_of, strict=True):
        if x.inline:
            continue
        counted[kinds] += 1
        if pairs is last:
            continue  # the same shared fields as the item before (most items): nothing new to set
        last = pairs
        for kind, (_, label) in zip(kinds, pairs, strict=True):
            written.setdefault(kind, label)
    if not counted:
        return
    patterns: Counter[tuple[str, ...]] = Counter()
    for kinds, n in counted.items():
        patterns[_required(kinds)] += n
    usual, count = patterns.most_common(1)[0]
    if count < 2 or count * 2 < sum(patterns.values()):
        return  # no pattern most items follow: nothing to compare against
    # What items of each distinct kinds lack (None: nothing), worked out once per kinds.
    nobody: frozenset[str] | None = None  # (worked out at the first item that names no one)
    wants = {kinds: (None if _required(kinds) == (wanted := _wanted(usual, kinds)) else wanted) for kinds in counted}
    for x, kinds in zip(leaves, kinds_of, strict=True):
        if x.inline:
            continue
        want = wants[kinds]
        if want is None:
            continue
        if not _required(kinds):
            # (no duty field at all — none, or only a 完成时限: — is no field missing but the item's duties)
            if x.task.duties.names_no_one():
                nobody = _naming_no_one(notice) if nobody is None else nobody
                if x.task.text in nobody:
                    # (an item under a heading that names its lead, 一、市发改委牵头的工作, has its duties from there)
                    expected = "、".join(written[k] for k in usual)
                    ctx.report("error", x.first, f"item {x.task.id} has no duties ({expected} expected)", code="FY003")
            continue
        _compare(ctx, x, kinds, want, written)


def _naming_no_one(notice: Notice) -> frozenset[str]:
    """The texts of the notice's items that name no one once their headings' roles are given (the items' ids and
    lines may have changed since they were built; their texts have not)."""
    return frozenset(item.text for item in notice.items() if item.task.duties.names_no_one())


def _wanted(usual: tuple[str, ...], kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The usual fields an item with these field kinds should have."""
    # A bare 责任单位 list names everyone answerable without saying who leads, where the other items
    # split 牵头单位 and 协同单位 (a single unit needs no lead label): only its leaders are compared.
    want = tuple(k for k in usual if k == "leaders") if "responsible" in kinds else usual
    if "lead" in kinds and "cooperating" not in kinds:
        want = tuple(k for k in want if k != "cooperating")  # an item may have no one to cooperate
    return want


def _compare(
    ctx: ReadContext, x: Built, kinds: tuple[str, ...], usual: tuple[str, ...], written: dict[str, str]
) -> None:
    """Report the first field of the usual pattern that the item lacks, where it should have been."""
    for pos, want in enumerate(usual):
        if want in kinds or (want == "leaders" and x.task.duties.leaders):
            continue  # (a leader the item has from its task's closing line or a heading is not missing)
        before = [i for i, k in enumerate(kinds) if k in usual[:pos]]
        at = before[-1] + 1 if before else 0
        prev = written[usual[pos - 1]] if pos else "the item text"
        if ctx.tabled:
            # A table's row: its empty cell gave no field. A leader's cell is often left empty; a lead's is worth
            # a word (as a warning: the row is read as printed).
            if want != "leaders":
                where = x.labels[-1][2] if x.labels else x.first
                ctx.report("warning", where, f"item {x.task.id}: the table's {written[want]} cell is empty")
            return
        if at < len(x.labels):
            found = x.labels[at]
            ctx.report(
                "error",
                found[2],
                f"{written[want]} expected after {prev}, found {found[1]} (item {x.task.id})",
                found[1],
            )
        else:
            last_line = x.labels[-1][2] if x.labels else x.first
            ctx.report("error", last_line, f"item {x.task.id} ends without {written[want]}")
        return
