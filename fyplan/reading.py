"""Bytes to text (encodings) and text to normalised lines, with a map back to the source.

Normalisation keeps one output line per input line, so a line number in the
normalised text is the line number in the original file; ``Source.column``
maps a fragment back to its column in the original line.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import attrs

from fyplan.errors import NoticeError
from fyplan.model import Diagnostic

# Full-width ASCII (！…～) to ASCII, spaces of every width to one space, the
# numbering variants (．﹒ ⑴) to their plain forms. 、。〔〕【】“” stay: they carry meaning.
_TABLE: dict[int, str] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_TABLE.update({c: " " for c in (0x3000, 0x00A0, 0x2002, 0x2003, 0x2009, 0x202F, 0x0009, 0x000B, 0x000C)})
_TABLE.update({0xFEFF: "", 0x200B: "", 0x200C: "", 0x200D: "", 0x2060: ""})
_TABLE.update({0xFE52: ".", 0x2024: ".", 0xFF61: "。", 0xFE50: ",", 0xFE51: "、", 0xFE54: ";", 0xFE55: ":"})
_TABLE.update({0x2474 + i: f"({i + 1})" for i in range(20)})  # ⑴ … ⒇

_SPACES = re.compile(r" {2,}")
# Stray spaces around Chinese punctuation and around the numbering of an item.
_SPACE_PUNCT = re.compile(r" *([。、,;:()]) *")
_NUMBER_SPACE = re.compile(
    r"^(\d{1,4}(?:\.|、)|\(\d{1,3}\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,4}\)) +"
)
_LINE_ENDS = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")


@attrs.frozen
class Source:
    """The original lines of a document, for columns and for messages."""

    name: str
    lines: tuple[str, ...]

    def column(self, line: int, fragment: str) -> int:
        """1-based column of ``fragment`` in original line ``line`` (the first non-space if not found)."""
        if not 1 <= line <= len(self.lines):
            return 1
        original = self.lines[line - 1].translate(_TABLE)
        at = original.find(fragment) if fragment else -1
        if at < 0:
            at = len(original) - len(original.lstrip())
        return at + 1


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (BOM or not), UTF-16 with BOM, or GB18030/GBK; reject binary data."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError as exc:
                raise _not_text(
                    source, f"it is neither UTF-8, UTF-16 nor GB18030 (bad byte at offset {exc.start})"
                ) from None
    if _looks_binary(text):
        raise _not_text(source, "it looks like binary data, not text")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f\v")
    return controls > max(8, len(sample) // 100)


def _not_text(source: str, why: str) -> NoticeError:
    return NoticeError(source, [Diagnostic("error", f"{source} is not a text document: {why}.", 1, 1)])


def split_lines(text: str) -> list[str]:
    """Split on every kind of line end (CRLF, CR, LF, U+2028 …)."""
    return _LINE_ENDS.split(text)


def normalize_line(line: str) -> str:
    """One line as the grammar sees it: ASCII punctuation and spaces, stripped."""
    line = line.translate(_TABLE).strip()
    if not line:
        return line
    if "  " in line:
        line = _SPACES.sub(" ", line)
    if " " in line:
        line = _SPACE_PUNCT.sub(r"\1", line)
        line = _NUMBER_SPACE.sub(r"\1", line)
    return line


def read_path(path: str | Path) -> tuple[str, str]:
    """Read a file; return its text and the name to report it under."""
    p = Path(path)
    name = str(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise NoticeError(name, [Diagnostic("error", f"cannot read {name}: {reason}.", 1, 1)]) from None
    return decode(data, name), name
