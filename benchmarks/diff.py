"""What ``fyplan.diff`` costs: the bundled example (201 items) against a copy of itself with 20 items
edited (5 reworded, 5 with a target changed or added, 4 re-assigned, 4 dropped, 2 added), best and
median of ``--repeat`` runs, next to the diff of the example with itself, with a copy where every item
is reworded (no text is found as it was, so every item goes through the similarity matrix and the
assignment), and the time to read the example (warm: fyplan's per-line caches are full).

    python benchmarks/diff.py [--repeat 7]

A measurement to report, not a timed test. Needs the diff extra.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable

import attrs

import fyplan
from fyplan.model import Duties, Notice, Task, Unit
from fyplan.targets import extract_targets


def _edit_task(task: Task, k: int) -> Task | None:
    """The k-th kind of edit of one item (a task without sub-tasks or a sub-task); None drops it."""
    kind = k % 4
    if kind == 0:
        text = "进一步" + task.text.replace("加快", "全面").replace("推进", "深入推进")
        return attrs.evolve(task, text=text, targets=extract_targets(text))
    if kind == 1:
        text = task.text.replace("%", "1%", 1) if "%" in task.text else task.text + "完成率达到95%。"
        return attrs.evolve(task, text=text, targets=extract_targets(text))
    if kind == 2:
        duties = task.duties
        if duties.cooperating_units:
            lead = (*duties.lead_units, duties.cooperating_units[0])
            duties = attrs.evolve(duties, lead_units=lead, cooperating_units=duties.cooperating_units[1:])
        else:
            duties = attrs.evolve(duties, leaders=duties.leaders[1:])
        return attrs.evolve(task, duties=duties)
    return None


def edited(notice: Notice, count: int = 20, added: int = 2) -> Notice:
    """``notice`` with ``count`` items spread over it edited (every fourth one dropped, up to ``count - added``
    edits) and ``added`` new items."""
    ids = [item.id for item in notice.items()]
    step = len(ids) // count
    chosen = {ids[k * step]: k for k in range(count - added)}

    def edit(task: Task) -> Task | None:
        if task.subtasks:
            subtasks = tuple(t for t in (edit(st) for st in task.subtasks) if t is not None)
            return attrs.evolve(task, subtasks=subtasks or task.subtasks)
        return _edit_task(task, chosen[task.id]) if task.id in chosen else task

    sections = []
    for number, section in enumerate(notice.sections):
        tasks = [t for t in (edit(task) for task in section.tasks) if t is not None]
        if number < added:
            text = f"启用第{number + 1}座城市应急物资储备库并完成智能化改造。"
            tasks.append(Task(f"{number}.99", 99, text, Duties(lead_units=(Unit("市应急管理局"),))))
        subsections = tuple(
            attrs.evolve(sub, tasks=tuple(t for t in (edit(task) for task in sub.tasks) if t is not None))
            for sub in section.subsections
        )
        sections.append(attrs.evolve(section, tasks=tuple(tasks), subsections=subsections))
    return attrs.evolve(notice, sections=tuple(sections), source="edited.txt")


def timed(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    text = fyplan.example_path().read_text(encoding="utf-8")
    example = fyplan.parse(text)
    other = edited(example)
    # Each item's line (1. … or (1) …), not its duty lines, gets a clause at its end.
    everything = fyplan.parse(re.sub(r"^((?:\d+\.|\(\d+\)).*)。$", r"\1,确保按期完成。", text, flags=re.M))
    result = fyplan.diff(example, other)  # also warms the libraries' imports
    print(f"example: {len(example.items())} items; edited copy: {len(other.items())} items")
    reworded = fyplan.diff(example, everything)
    print(f"every item reworded: {reworded!r}")
    print(
        f"found: {len(result.added)} added, {len(result.dropped)} dropped, {len(result.reworded)} reworded, "
        f"{len(result.moved)} moved, {len(result.duties)} duty changes, {len(result.targets)} target changes"
    )
    rows = [
        ("read the example (fyplan.parse)", lambda: fyplan.parse(text)),
        ("diff(example, example)", lambda: fyplan.diff(example, attrs.evolve(example))),
        ("diff(example, 20 items edited)", lambda: fyplan.diff(example, attrs.evolve(other))),
        ("diff(example, every item reworded)", lambda: fyplan.diff(example, attrs.evolve(everything))),
    ]
    for label, run in rows:
        best, median = timed(run, args.repeat)
        print(f"{label:36} best {best * 1000:7.1f} ms   median {median * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
