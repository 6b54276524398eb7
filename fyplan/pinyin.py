"""A mirror's pinyin after some characters (發(fā)展, 纪（jì）要), and reading a text past it.

Copying sites inject a syllable of pinyin, with its tone mark, in brackets after a character. Names and texts keep
it (they are kept as written), but the words a reader must recognise — a verb, a title, a date — are read in the
text without it, and what is found is given back as printed (``PinyinApart.as_written``). A base-layer module: the
deadline reader and the readers of ``fyplan.read`` both use it.
"""

from __future__ import annotations

import re

import attrs

# A syllable of pinyin with its tone mark, as a mirror injects it after a character in brackets (發(fā)).
PINYIN_SYLLABLE = r"[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*"
# Pinyin after a Chinese character, in brackets of either width: the bracket first and the character behind it
# checked then, so re skips ahead to brackets instead of testing a lookbehind at every position.
AFTER_CHARACTER = re.compile(r"[(（](?<=[\u4e00-\u9fff][(（])" + PINYIN_SYLLABLE + r"[)）]")


@attrs.frozen(slots=True)
class PinyinApart:
    """A text without a mirror's pinyin (``plain``) and the way back to the text as written: the names a reader
    finds in the plain words are given back with the pinyin they were printed with (農(nóng)業(yè)農(nóng)村局)."""

    written: str
    plain: str
    at: tuple[int, ...]  # the written text's index of each plain character

    def as_written(self, words: str) -> str:
        """``words``, found in the plain text, as written there (its pinyin kept, that after its last character too);
        themselves where they are not found (a name the reader put together: a shared ending written out)."""
        start = self.plain.find(words) if words else -1
        if start < 0:
            return words
        begin, end = self.at[start], self.at[start + len(words) - 1] + 1
        after = AFTER_CHARACTER.match(self.written, end)
        return self.written[begin : after.end() if after else end]


def pinyin_apart(text: str) -> PinyinApart | None:
    """``text`` read without the pinyin a mirror put after its characters, with the way back; None where it has none."""
    if "(" not in text and "（" not in text:
        return None
    at: list[int] = []
    kept = 0
    for m in AFTER_CHARACTER.finditer(text):
        at.extend(range(kept, m.start()))
        kept = m.end()
    if kept == 0:
        return None
    at.extend(range(kept, len(text)))
    return PinyinApart(text, "".join(text[i] for i in at), tuple(at))
