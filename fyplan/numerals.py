"""Chinese numerals of section and item numbering: 一 … 九十九; and the dash that marks a goal's sub-row."""

from __future__ import annotations

import re

# ——女性人均预期寿命延长。: a dash opening a target's line (a goal's sub-row in a target table, or a point of a
# cell); no body's name opens so. A sub-row carries its goal's number (fyplan/read/tables.py, fyplan/checks.py).
DASH_POINT = re.compile(r"^(?:——|－－|--|—)(?=[^—－\-\s])")

# What follows a count in words to make it a prose ordinal: 一是, 二是 (a report's); 一要, 二要 (a speech's: 一要抓好…, 二要
# 加快…) — not 三要素, 一要求, 一要点, words of a sentence.
ORDINAL_IS = r"(?:是|要(?![求素点]))"

_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(text: str) -> int:
    """十 → 10, 二十四 → 24, 四十 → 40; 0 for anything else."""
    if not text:
        return 0
    if "十" not in text:
        return _DIGITS.get(text, 0) if len(text) == 1 else 0
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return 0
    value = (_DIGITS.get(tens, 0) if tens else 1) * 10
    if tens and not _DIGITS.get(tens):
        return 0
    if ones:
        if ones not in _DIGITS:
            return 0
        value += _DIGITS[ones]
    return value


def numeral(text: str) -> int:
    """A count written either way: 12 → 12, 十二 → 12 (0 for anything else ``chinese_number`` cannot read)."""
    return int(text) if text.isdigit() else chinese_number(text)


def to_chinese(number: int) -> str:
    """The inverse of ``chinese_number`` for 1 … 99."""
    names = "一二三四五六七八九"
    if number < 10:
        return names[number - 1]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else names[tens - 1]) + "十" + (names[ones - 1] if ones else "")
