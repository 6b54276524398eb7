"""Tasks a news story quotes by their number in the notice: ``第1项任务“地区生产总值增长6.5%左右”,牵头领导是常务副市长张工,
主责单位是市发展改革委、各区政府。`` — the number, the task's words (in quotes, or up to the comma before the first
field), then its fields as sentences with a copula (牵头领导是…, 责任单位为…) instead of a colon.

Each such task becomes a line of its own, ``1.地区生产总值增长6.5%左右(牵头领导:常务副市长张工;主责单位:…)``, read as an
item with its clause is; a story quotes several on one line (第1项…。第98项…), so the text has more lines than the source
then: ``quoted_items`` gives the source line of each (composed with the layout's map, as a two-column page's is).
The story's other words stay lines of their own. Only where a quoted task names at least one field so.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable

from fyplan.grammars import lexicon
from fyplan.lazyre import lazy

_HINT = re.compile(r"第\d{1,4}项")
# 第98项任务“…”, / 第21项,启动…, — the task, then (looked ahead) a field with a copula.
_TASK = lazy(
    r"第(?P<n>\d{1,4})项(?:重点)?(?:任务|工作)?[,，:：]?\s*(?:“(?P<q>[^”\n]{2,300})”|(?P<t>[^“”。\n]{2,300}?))"
    rf"(?=[,，;；]\s*(?:{lexicon('LABEL')})(?:是|为))"
)
# One field: ,牵头领导是… up to the next comma, semicolon or stop.
_FIELD = lazy(rf"[,，;；]\s*(?P<label>{lexicon('LABEL')})(?:是|为)(?P<names>[^,，;；。\n]{{2,80}})")


def quoted_items(text: str) -> tuple[str, array[int] | None]:
    """``text`` with each quoted task on a line of its own (see the module's words), and the source line of each line
    (None, and the text itself, where it quotes none)."""
    if "项" not in text or _HINT.search(text) is None:
        return text, None
    return lines_cut(text, lambda line: _pieces(line) if "项" in line else None)


def lines_cut(text: str, pieces_of: Callable[[str], list[str] | None]) -> tuple[str, array[int] | None]:
    """``text`` with each line that ``pieces_of`` cuts (its pieces, or None to leave it) written as the pieces, one a
    line, and the source line of each line of the result (None, and the text itself, where no line was cut)."""
    out: list[tuple[int, str]] = []
    changed = False
    for number, line in enumerate(text.split("\n"), 1):
        pieces = pieces_of(line)
        if pieces is None:
            out.append((number, line))
            continue
        changed = True
        out += [(number, piece) for piece in pieces]
    if not changed:
        return text, None
    return "\n".join(line for _, line in out), array("i", (n for n, _ in out))


def _pieces(line: str) -> list[str] | None:
    """The line as its words before the first quoted task, each task as an item line, and the words after the
    last; None where it quotes no task."""
    pieces: list[str] = []
    at = 0
    for m in _TASK.finditer(line):
        if m.start() < at:
            continue
        fields: list[str] = []
        end = m.end()
        while (f := _FIELD.match(line, end)) is not None:
            fields.append(f"{f.group('label')}:{f.group('names').strip()}")
            end = f.end()
        if not fields:
            continue
        before = line[at : m.start()].strip(" ,，。;；\u3000")
        if len(before) >= 4:
            pieces.append(before)
        task = (m.group("q") or m.group("t") or "").strip()
        pieces.append(f"{m.group('n')}.{task}({';'.join(fields)})")
        at = end
    if not pieces:
        return None
    after = line[at:].strip(" ,，。;；\u3000")
    if len(after) >= 4:
        pieces.append(after)
    return pieces
