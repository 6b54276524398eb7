"""A paragraph of several tasks run together, each a sentence closed by who answers for it::

    全市地区生产总值增长6%左右,由市发改委牵头,市统计局配合。一般公共预算收入增长5%,由市财政局牵头,市税务局配合。

(a report's task division written as running prose, one paragraph a section). Each such sentence goes on a line of
its own, numbered in its paragraph (1. 2. …, the ordinals a reader gives them): an item closed by its clause, even one
body's 由X负责 (which alone, closing a paragraph, may be a requirement's words, not a task's). A sentence that names no one goes with the next that does (the clause closes its task: 推进…。力争…,由甲局
牵头。 is one task), and those after the last with it. Only a paragraph with no number of its own and two such sentences or more is cut; lines are added, so the step
gives the source line of each line (``quoted.lines_cut``)."""

from __future__ import annotations

import re
from array import array

from fyplan.read.ordinals import has_ordinals
from fyplan.read.quoted import lines_cut
from fyplan.read.scans import holds

# …,由市发改委牵头,… / …,由市人社局负责。 / …,由市统计局、市发改委分别牵头。: a group opened by 由 that names who answers.
_CLOSED_BY = re.compile(r"[,，;；]由[^,，。;；由]{2,60}?(?:牵头|牽頭|负责|負責)")
_SENTENCE = re.compile(r"[^。]*(?:。|$)")
# A line that is numbered, a heading or a field: never a paragraph of run-together tasks.
_NUMBERED = re.compile(
    r"^[ \t\u3000]*(?:\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）])"
)
_LEAST = 2


def closed_sentences(text: str) -> tuple[str, array[int] | None]:
    """``text`` with each run-together paragraph's tasks one a line (see the module's doc), and each line's source
    line (None, and the text itself, where no paragraph is cut)."""
    if not (holds(text, ",由") or holds(text, "，由")):
        return text, None
    # (a line with two such groups at least, found from the groups' places: no line read one by one where none is)
    last_line, twice = -2, False
    for m in _CLOSED_BY.finditer(text):
        line = text.rfind("\n", 0, m.start())
        if line == last_line:
            twice = True
            break
        last_line = line
    return lines_cut(text, _pieces) if twice else (text, None)


def _pieces(line: str) -> list[str] | None:
    if line.count("。") < _LEAST or _NUMBERED.match(line) or len(_CLOSED_BY.findall(line)) < _LEAST:
        return None
    if has_ordinals(line):
        return None  # (一是…;二是…: the ordinals number the tasks, read.ordinals cuts them)
    indent = line[: len(line) - len(line.lstrip(" \t\u3000"))]
    pieces: list[str] = []
    since = ""  # the sentences since the last closed one
    for m in _SENTENCE.finditer(line.strip(" \t\u3000")):
        sentence = m.group()
        if not sentence:
            continue
        since += sentence
        if _CLOSED_BY.search(sentence):
            pieces.append(since)
            since = ""
    if since.strip():
        if not pieces:
            return None
        pieces[-1] += since  # (…配合。力争年底前全部完工。: the last task's words after its clause)
    if len(pieces) < _LEAST:
        return None
    return [f"{indent}{k}.{piece}" for k, piece in enumerate(pieces, 1)]
