"""A list of items that names no one, then a table whose rows restate those items by number and say who answers
(一、实事内容 / 第一件实事:全年新增城镇就业4万人… … / 附表 序号 | 实事 | 牵头单位 | 责任单位 / 1 | 就业再就业 | …): the
table's rows are read as the items (they carry the duties), each with its short title for words. Here each row takes
the words of the list's entry of its number — the item as the notice states it — and keeps its title as a note.

Only where the rows are numbered 1…N and each names who answers with a short title, and the text above the table
holds exactly one run of N entries counted 1…N (第N件实事:, (N), N、, N.), each alone on its line and naming no one,
every row sharing two words or more with its own entry and more than with any other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from fyplan.model import Section, Task
from fyplan.numerals import chinese_number
from fyplan.read.clauses import names_role

# An entry of a counted list at a line's start: 第一件实事: / (一) / 一、 / 1. / 1、, then its words.
_ENTRY = re.compile(
    r"^[ \t\u3000]*(?:第(?P<count>[一二三四五六七八九十]{1,3})件(?:实事|事)?[:：]"
    r"|[(（](?P<paren>[一二三四五六七八九十]{1,3})[)）]|(?P<cn>[一二三四五六七八九十]{1,3})、|(?P<digit>\d{1,2})[.、．](?!\d))"
    r"[ \t\u3000]*(?P<words>\S.*)$"
)
# What may follow a list's last entry: the next part's heading (二、), an attachment's mark (附件, 附表).
_NEXT_PART = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|附)")
_TITLE_LONGEST = 24  # characters: a table's short title of an item (就业再就业), no item's full words
_NOTE = "附表"  # the label of the title the table gave the item, kept as its note


def restated_rows(sections: Sequence[Section], source: str) -> list[Section]:
    """``sections`` with the items of a restating table (see the module) given their list entries' words."""
    out = list(sections)
    for at, section in enumerate(sections):
        tasks = section.tasks
        if section.subsections or len(tasks) < 3 or not all(_table_row(t, k) for k, t in enumerate(tasks, 1)):
            continue
        first = min(t.line for t in tasks)
        entries = _entries_before(source.split("\n")[: max(first - 1, 0)], len(tasks))
        if entries is None or not _shared_words(tasks, entries):
            continue
        out[at] = attrs.evolve(
            section,
            tasks=tuple(
                attrs.evolve(t, text=words, notes=((_NOTE, t.text), *t.notes))
                for t, words in zip(tasks, entries, strict=True)
            ),
        )
    return out


def _table_row(task: Task, number: int) -> bool:
    """A row of a restating table: numbered in order, a short title with no sentence, and who answers."""
    duties = task.duties
    return (
        task.number == number
        and not task.subtasks
        and len(task.text) <= _TITLE_LONGEST
        and "。" not in task.text
        and bool(duties.lead_units or duties.cooperating_units or duties.leaders)
    )


def _entries_before(lines: list[str], count: int) -> list[str] | None:
    """The words of the one run of ``count`` entries counted 1…count above the table (each naming no one, each alone
    on its line: the next line that holds words is the next entry's, or a heading's), else None."""
    runs: list[list[str]] = []
    ends: list[list[int]] = []  # (each entry's line)
    for k, line in enumerate(lines):
        m = _ENTRY.match(line)
        if m is None:
            continue
        said = m.group("count") or m.group("paren") or m.group("cn")
        number = chinese_number(said) if said else int(m.group("digit"))
        words = m.group("words").strip()
        if number == 1:
            runs.append([words])
            ends.append([k])
        elif runs and len(runs[-1]) == number - 1:
            runs[-1].append(words)
            ends[-1].append(k)
    found = [(run, at) for run, at in zip(runs, ends, strict=True) if len(run) == count]
    if len(found) != 1:
        return None
    run, at = found[0]
    for k in at:
        after = next((line.strip() for line in lines[k + 1 :] if line.strip()), "")
        if after and _ENTRY.match(after) is None and _NEXT_PART.match(after) is None:
            return None  # (第一件实事:…。 / 城镇登记失业率…。: the entry goes on over lines of its own)
    if any(names_role(words) for words in run):
        return None
    if not all(words.endswith(("。", ";", "；", "!", "！")) for words in run):
        return None  # (an entry cut at its line's end, a wrap's: its words are not all on its line)
    return run


def _shared_words(tasks: Sequence[Task], entries: Sequence[str]) -> bool:
    """Does every row's title share more words (two characters in a row) with its own entry than with any other
    entry, and two such words or more with it (就业再就业 / …城镇就业4万人;…再就业2万人)? A table of other tasks shares
    a common word or two by chance (推进, 开展), a table in another order shares more with another entry."""
    for k, task in enumerate(tasks):
        scores = [_bigrams_in(task.text, words) for words in entries]
        own = scores[k]
        if own < 2 or any(score >= own for j, score in enumerate(scores) if j != k):
            return False
    return True


def _bigrams_in(title: str, words: str) -> int:
    """How many of the title's two-character words (its CJK ones) the words hold."""
    pairs = {title[k : k + 2] for k in range(len(title) - 1)}
    return sum(1 for pair in pairs if all("\u4e00" <= ch <= "\u9fff" for ch in pair) and pair in words)
