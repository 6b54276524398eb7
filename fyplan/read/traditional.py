"""A notice in traditional characters read through its simplified form, its strings given back as written.

The reader's rules (labels, verbs, list words, column names, collectives, headings …) are written in
simplified characters, and many of them only so. Rather than spell every one of them twice, a text that is
mostly traditional is converted character by character (one character for one, so every position holds)
before it is read, and every string of the finished notice is mapped back to the text it was read from:
the span of the original with that simplified form where the string stands in the text as one piece
(a name, a sentence), else character by character. Names and text stay as the notice wrote them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

import attrs

from fyplan.hanzi import simplified
from fyplan.lazyre import lazy
from fyplan.model import Target
from fyplan.read.walk import parts_mapped

T = TypeVar("T")

# How much of a text tells its script, and what share of its Chinese characters must be traditional
# forms for the whole to be read through its simplified form (a simplified page quoting a traditional
# name or two is read as it is: the rules that matter take both forms).
_SAMPLE = 4000
_SHARE = 0.15
# The Chinese characters of the sample's span by one search in C, not a Python step per character (~16 M
# instructions a parse, whatever the size: 3% of reading 1 MB of a repeated body; issue 13).
_HANZI_RUNS = lazy(r"[\u4e00-\u9fff]+")


@attrs.frozen
class Reading:
    """The simplified text to read, and the way back from its strings to the original's."""

    text: str
    original: str
    back_chars: dict[int, str]

    def back(self, value: str) -> str:
        if not value or value.isascii():
            return value
        return _back(self, value)


def _back(reading: Reading, value: str) -> str:
    at = reading.text.find(value)
    if at >= 0:
        return reading.original[at : at + len(value)]
    # (實施游牧民定居工程,新建…: the reader wrote the page's full-width marks half-width, so the string stands in the
    # text only with the marks' widths set aside — found so, the original's span; a character mapped back one by one
    # may come back as another original form of it: 游 written, 遊 elsewhere, both read 游)
    at = _loose_text(reading.text).find(value.translate(_HALF))
    if at >= 0:
        # (each character as written, but the reader's where the page's differs only in width: ６００ stays 600 as in
        # any other notice — as_written gives the page's marks back afterwards)
        span = reading.original[at : at + len(value)]
        return "".join(v if o.translate(_HALF) == v else o for o, v in zip(span, value, strict=True))
    return _pieces_back(reading, value)


def _pieces_back(reading: Reading, value: str) -> str:
    """A string the reader joined from several places (a task's lines joined with no line break, 推行并联审批。 +
    建立…并联审批…): each longest piece that stands in the text as written is given back as the original's span there,
    so a character with two original forms (並 and 併 are both 并) comes back as the page wrote it at that place; a
    character found nowhere, one by one (the first form the page writes)."""
    out: list[str] = []
    k = 0
    start, end = 0, len(reading.text)  # where the pieces are looked for: the whole text, then near the first piece
    while k < len(value):
        # The longest piece from k found there: a piece found means each shorter one is too (a binary search).
        low, high, at = 0, len(value) - k, -1
        while low < high:
            mid = (low + high + 1) // 2
            found = reading.text.find(value[k : k + mid], start, end)
            if found >= 0:
                low, at = mid, found  # (where the longest piece found so far stands: the last found is the longest)
            else:
                high = mid - 1
        if low < 2:
            out.append(value[k].translate(reading.back_chars))
            k += 1
            continue
        out.append(reading.original[at : at + low])
        k += low
        # (the rest of a string joined from a few lines stands near its start: looked for there, not in the whole
        # text again — a long traditional notice with many wrapped tasks read 40% slower otherwise)
        start, end = max(0, at - _NEAR), min(len(reading.text), at + _NEAR)
    return "".join(out)


_NEAR = 4000  # characters either side of a string's first piece where its other pieces are looked for


# The full-width marks and letters and their half-width forms, one character for one (positions hold).
_HALF = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@lru_cache(maxsize=2)
def _loose_text(text: str) -> str:
    return text.translate(_HALF)


@lru_cache(maxsize=8192)
def _one(ch: str) -> str:
    """The simplified form of one character, or the character where it has none of one character."""
    out = simplified(ch)
    return out if len(out) == 1 else ch


def reading(text: str) -> Reading | None:
    """The simplified reading of a text that is mostly traditional; None for any other text."""
    sample = "".join(_HANZI_RUNS.findall(text, 0, _SAMPLE * 3))[:_SAMPLE]
    if len(sample) < 20:
        return None
    converted = simplified(sample)
    if len(converted) != len(sample):
        return None
    changed = sum(1 for a, b in zip(sample, converted, strict=True) if a != b)
    if changed < _SHARE * len(sample):
        return None
    forward: dict[int, str] = {}
    back: dict[int, str] = {}
    for ch in dict.fromkeys(text):  # (in the order the page writes them: the same way back on every run)
        if "\u4e00" <= ch <= "\u9fff" and (simple := _one(ch)) != ch:
            forward[ord(ch)] = simple
            back.setdefault(ord(simple), ch)
    return Reading(text.translate(forward), text, back)


# Fields the reader gives in simplified form whatever the script: the notice's place (阜阳市) and level (县区), which group
# the editions of one notice, as a target's words are what queries compare.
# (The source is the file's path, never text of the notice.)
_NORMALISED = frozenset({"place", "level", "source"})


def restored(value: T, back: Callable[[str], str]) -> T:
    """``value`` (a notice, or any attrs object, tuple or string in it) with every string mapped back."""
    return _restore(value, back)  # type: ignore[no-any-return]


def _restore(value: Any, back: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return back(value)
    if isinstance(value, Target):
        return value  # read in simplified form whatever the script (what queries compare), never as written
    return parts_mapped(value, lambda _, part: _restore(part, back), _NORMALISED)
