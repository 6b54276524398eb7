"""A division of the work written as one paragraph of clauses, in a speech or a report: ``…这里我再明确一下几项重点工作的
分工:工业园区扩区工作,由常务副县长周志刚同志牵头,县工业园区管委会具体负责,10月底前获得批复;征迁工作,由副县长刘海燕
同志牵头,县征收办牵头实施,平都镇配合;…`` — after the word 分工 and a colon, clauses parted by semicolons, each a piece of
work and who answers for it.

Each clause becomes an item line of its own, numbered 1. 2. … in order (``divided_clauses`` gives the source line of
each, as ``quoted_items`` does), read as minutes' matters are: their sentences say who answers. The paragraph's words
before the colon stay its line. Only where three clauses or more follow and every one names who answers by a role's
verb (牵头, 负责, 配合 …): a paragraph that lists targets after 分工 is none.
"""

from __future__ import annotations

import re
from array import array

from fyplan.read.quoted import lines_cut

_HINT = "分工"
# The words that open the division: …的分工:, 分工如下:, 责任分工为:
_OPENS = re.compile(r"分工(?:如下|明确如下|安排如下|为|是)?[:：]")
_CLAUSE_END = re.compile(r"[;；]")
# A clause's role verb: who leads, answers or helps.
_ROLE = re.compile(r"牵头|牽頭|负责|負責|负总责|配合|协助|協助|主抓|实施")
_LEAST_CLAUSES = 3
# 第1项, 第4、6项, 第2至3项, 第一项: a clause on the items printed above it by their numbers, no piece of work of its own.
_KEYED = re.compile(r"第[\d一二三四五六七八九十]{1,3}(?:[、,，至到\-—～~]第?[\d一二三四五六七八九十]{1,3})*[项項]")
_LONGEST_CLAUSE = 200  # characters: a clause longer than this is a paragraph's prose, no piece of a division


def divided_clauses(text: str) -> tuple[str, array[int] | None]:
    """``text`` with each division's clauses on lines of their own (see the module's words), and the source line of
    each line (None, and the text itself, where it divides no work so)."""
    if _HINT not in text or ("；" not in text and ";" not in text):
        return text, None
    return lines_cut(text, lambda line: _pieces(line) if _HINT in line else None)


def _pieces(line: str) -> list[str] | None:
    """The line's words up to the division's colon, then each clause as a numbered item; None where the line holds
    no such division."""
    opens = _OPENS.search(line)
    if opens is None:
        return None
    clauses = [c.strip(" \u3000") for c in _CLAUSE_END.split(line[opens.end() :])]
    clauses = [c for c in clauses if c]
    after = ""
    if clauses and (stop := clauses[-1].find("。")) >= 0:
        # (…配合。各分包县级领导要每月…: the division ends with its last clause's full stop; what follows is the
        # paragraph's own words, a line of their own)
        clauses[-1], after = clauses[-1][: stop + 1], clauses[-1][stop + 1 :].strip()
    if len(clauses) < _LEAST_CLAUSES or any(len(c) > _LONGEST_CLAUSE or _ROLE.search(c) is None for c in clauses):
        return None
    if any(_KEYED.match(c) for c in clauses):
        return None  # (责任分工:第1项由甲局牵头;第2项…: who answers for the items printed above, by their numbers — keyed's)
    items = [f"{k}.{c}" if c.endswith("。") else f"{k}.{c}。" for k, c in enumerate(clauses, 1)]
    return [line[: opens.end()], *items, *([after] if after else [])]
