"""Items whose number line holds only their fields, the task's words on the lines below it::

    1.责任领导:许文斌 责任单位:★区住建局、区财政局 完成时限:2025年12月底前
    完成老旧小区改造26个,同步实施小区雨污分流。

(a list that prints each item's 【责任领导】…【责任单位】…【完成时限】… first, as a card's head). The words below are
the item's text, not a remark on it nor the last field's value going on: the step puts them on the number's line and
the fields on the line after them, the order every other item of the family is printed in. Lines are moved, none made
or lost, so the line count holds (a diagnostic on the text points one line off, no more)."""

from __future__ import annotations

import re

from fyplan.grammars import lexicon
from fyplan.lazyre import lazy
from fyplan.read.scans import LineStart

# 1.责任领导:… / 12、牵头单位:… — an item's number, then at once a duty field's label and its colon.
_FIELDS_AFTER_NUMBER = lazy(rf"^([ \t]*\d{{1,3}}[.、][ ]*)((?:{lexicon('LABEL')})[ ]*:.*)$", re.MULTILINE)
# (the cheap scan first: a duty word right after the number and a colon within a few characters — 完成时限:, not
# 完成…的目标任务, an item's own words)
_FIELDS_AT_NUMBER = LineStart(
    re.compile(r"^[ \t]*\d{1,3}[.、][ ]*(?:责任|牵头|分管|完成|主办|配合)[\u4e00-\u9fff]{0,6}[ ]*:", re.MULTILINE)
)
# A line that opens another item, a heading or a field of its own: the text below the fields has ended there.
_NOT_TEXT = lazy(
    rf"^[ \t]*(?:\d{{1,3}}[.、．]|[一二三四五六七八九十]{{1,3}}[、.]|\((?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})\)"
    rf"|(?:{lexicon('LABEL')})[ ]*:|注[:：]|备注[:：])"
)
_TEXT_LINES_MOST = 4  # the task's words run over a few wrapped lines at most


def _a_sentence(words: str) -> bool:
    """The task's words: a sentence closed by 。 or ;, or a run of words longer than a list of names' last one."""
    return words.endswith(("。", ";", "；")) or (len(words) > 12 and "," in words)


def fields_first(text: str) -> str:
    """The text with each item printed fields first given in the order text, then fields (see the module's doc)."""
    if not _FIELDS_AT_NUMBER.found(text):
        return text  # (most notices: no number line opens with a duty word, one scan of the line starts)
    lines = text.split("\n")
    changed = False
    for k, line in enumerate(lines):
        m = _FIELDS_AFTER_NUMBER.match(line)
        if m is None:
            continue
        if line.rstrip().endswith(("、", ",", "，")):
            continue  # (a field's list wrapped onto the next line: its names go on there)
        below = k + 1
        while below < len(lines) and lines[below].strip() and not _NOT_TEXT.match(lines[below]):
            below += 1
        words = lines[k + 1 : below]
        if not words or len(words) > _TEXT_LINES_MOST or not _a_sentence("".join(words).strip()):
            continue  # (fields with nothing under them, or names going on: the item's text is elsewhere, or none)
        # the number with the first line of words; the other lines of words; then the fields
        lines[k:below] = [m.group(1) + words[0].strip(), *words[1:], m.group(2)]
        changed = True
    return "\n".join(lines) if changed else text
