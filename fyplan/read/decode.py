"""Bytes to text (encodings) and text to normalised lines, with a map back to the source.

Normalisation keeps one output line per input line, so a line number in the
normalised text is the line number in the original file; ``Source.column``
maps a fragment back to its column in the original line.
"""

from __future__ import annotations

import codecs
import functools
import html
import itertools
import re
from array import array
from collections import Counter

from fyplan import fastpaths
from fyplan.errors import NoticeError
from fyplan.files import read_bytes_of as read_bytes_of  # moved to the base layer (issue 13)
from fyplan.lazyre import lazy
from fyplan.model import Diagnostic
from fyplan.numerals import chinese_number
from fyplan.pinyin import AFTER_CHARACTER, PINYIN_SYLLABLE
from fyplan.read.gates import AnyOf, ByFirst
from fyplan.read.scans import LineStart, holds, sub_from
from fyplan.units import ends_like_unit, looks_like_unit, person_after_office

# Full-width ASCII (！…～) to ASCII, spaces of every width to one space, the
# numbering variants (．﹒ ⑴) to their plain forms. 、。〔〕【】“” stay: they carry meaning.
_TABLE: dict[int, str] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_TABLE.update({c: " " for c in (0x3000, 0x00A0, 0x2002, 0x2003, 0x2009, 0x202F, 0x0009, 0x000B, 0x000C)})
_TABLE.update({0xFEFF: "", 0x200B: "", 0x200C: "", 0x200D: "", 0x2060: ""})
_TABLE.update({0xFE52: ".", 0x2024: ".", 0xFF61: "。", 0xFE50: ",", 0xFE51: "、", 0xFE54: ";", 0xFE55: ":"})
_TABLE[0x2236] = ":"  # ∶, the ratio sign: how OCR and some typesetting give a label's colon (牵头单位∶…)
_TABLE[0x4E36] = "、"  # 丶, the dot radical: how OCR reads a 、 (no word of a notice uses the radical)
# 単, the Japanese form an OCR engine trained on Japanese gives for 单 (牵头単位): no Chinese text uses it. (Only in the
# labels' word 单位 does it matter; the other such forms, 総 for 总, would stand in names, which a notice in traditional
# characters gives back as written.)
_TABLE[ord("単")] = "单"
_TABLE.update({0x2474 + i: f"({i + 1})" for i in range(20)})  # ⑴ … ⒇
# Symbols mirrors inject into the text, even inside labels (责任单位■◆:); never meaningful here.
# (A single ★ is kept: it marks the lead unit in some tables; runs of ★ are spam too, below.)
_TABLE.update({ord(c): "" for c in "■◆□◇▲△▼▽●◎※"})
# The bars a post draws before its headings (▍一、全力以赴稳增长): decoration, as those symbols are.
_TABLE.update({ord(c): "" for c in "▍▌▎▏▋▊▐"})
# Lone surrogates (a str built by a program, never decoded text) are no characters: U+FFFD, as a
# decoder would have made them, so nothing downstream (OpenCC, output) meets them.
_TABLE.update({code: "\ufffd" for code in range(0xD800, 0xE000)})

_MAP = {chr(code): value for code, value in _TABLE.items()}
# For columns every character must stay one character: deleted ones become a placeholder.
_COLUMN_TABLE = {code: (value if len(value) == 1 else "\x00") for code, value in _TABLE.items()}
_MAPPED = lazy("[" + re.escape("".join(_MAP)) + "]")
# The same class with the circled numbers ① … ⑳ (_CIRCLED) in it: one scan tells both (``_translate_seeing``).
_MAPPED_OR_CIRCLED = lazy("[" + re.escape("".join(_MAP)) + "\u2460-\u2473]")
_PUNCT = frozenset("。、,;:()\n")
# The numbering of an item, after which a space is layout, not text.
_NUMBER = re.compile(
    r" *(?:\d{1,4}(?:\.|、|\))|\(\d{1,3}\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,4}\))$"
)
_BARE_NUMBER = re.compile(r" *\d{1,4}$")
# (图①: — a photo's caption on an inspection notice's page, numbered by the circled number — numbers it as well.)
_CIRCLED = re.compile(r"^(?:[图圖] ?([\u2460-\u2473]) ?[:：]?|([\u2460-\u2473]))", re.MULTILINE)
_CIRCLED_ANYWHERE = re.compile(r"[\u2460-\u2473]")
_CIRCLED_AFTER_END = re.compile(r"(?<=[)）])[ \u3000]*([\u2461-\u2473])")
# ★ marks a lead unit only before a name, after a separator (or a square label: 【责任单位】★甲局); elsewhere (and in
# runs) it is spam.
# (Only a credit: 来源 / 出处 / 转载 / 摘自 before the address. 门户网站(www.….gov.cn) is the task's own words.)
_ADDRESS_BRACKET = lazy(
    r"\((?:本文|文章|信息)?(?:来源|來源|出处|出處|转载|轉載|摘自)[^()\n]{0,30}(?:www\.|https?://)[^()\n]{0,60}\)"
)
_STAR_SPAM = lazy(r"★{2,}|(?<![\n、,:|( 】\]])★|★(?![\u4e00-\u9fff])")
_LINE_ENDS = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")
# ▲市发改委, ※区发改委: a triangle or a reference mark alone before a body's name, at a list's or a cell's start,
# marks the lead unit as ★ does (some tables use it: 带※的为牵头单位); before anything else (a bullet before a
# sentence, a heading or a label) and anywhere else it is a mirror's spam, deleted with the others.
_TRIANGLE_MARK = re.compile(r"(?<![^\n、,，:：|（( \u3000\u00a0\t])[▲△※](?=[\u4e00-\u9fff])")
_NAME_AFTER = re.compile(r"[^、,，|\n:：;；。()（）\s▲△※]*")


# 区财政局*、区发改局: an asterisk right after a body's name in a list or a cell marks the lead as ★ before it
# does (some tables use it); it becomes that ★ (a footnote's * after a word stays). The search skips from one
# asterisk to the next (a literal first character), then looks back along its line for the name.
_STAR = re.compile(r"\*(?=[、,;|\n ]|$)")
_NAME_BEFORE_STAR = re.compile(r"(?:^|(?<=[、,:|( ]))([\u4e00-\u9fff][\u4e00-\u9fff()]{1,29})$")


# A footnote that says what * marks (带*的单位为资金保障单位, 标注*的为牵头单位): only a lead when it says so.
_STAR_MEANS = re.compile(r"(?:[带标有]|注 *:? *)\*(?:号)?的?[^\n]{0,16}?为([^\n,。;)]{0,12})")


def _star_marks(text: str) -> str:
    meaning = _STAR_MEANS.search(text)
    if (
        meaning is not None
        and any(w in meaning.group() for w in ("单位", "部门"))
        and not any(w in meaning.group(1) for w in ("牵头", "主办", "主责", "汇总"))
    ):
        return text  # the notice's own note gives * on bodies another meaning (带*的单位为资金保障单位)
    out: list[str] = []
    last = 0
    for m in _STAR.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start : m.start()], text[m.end() : line_end]
        name = _NAME_BEFORE_STAR.search(before)
        if name is None or name.group(1).count("(") != name.group(1).count(")"):
            continue  # 各县(市、区)政府*: the part after the bracket's 、 is no name of its own
        if not looks_like_unit(name.group(1), collective=False):
            continue
        # Only in a list of names (a cell, a field, a bracket): 建成区级数据中心*、城市运行管理中心*,推动… is a
        # sentence whose * are footnote marks.
        # (A space parts cells too: a row flattened with spaces, …20亿元。 9亿元 区政府办公室*、区财政局.)
        start = max(before.rfind(c) for c in ":|( ") + 1
        ends = [at for c in "|); " if (at := after.find(c)) >= 0]
        segment = before[start:] + "*" + after[: min(ends) if ends else len(after)]
        names = [n.strip(" *★") for n in re.split("[、,]", segment)]
        if not all(looks_like_unit(n, collective=True) for n in names if n):
            continue
        at = line_start + name.start(1)
        out += [text[last:at], "★", name.group(1)]
        last = m.end()
    return "".join(out) + text[last:] if out else text


def _triangle(m: re.Match[str]) -> str:
    name = _NAME_AFTER.match(m.string, m.end())
    assert name is not None  # the pattern matches the empty string
    after = m.string[name.end() : name.end() + 1]
    return "★" if after not in (":", "：") and looks_like_unit(name.group(), collective=False) else m.group()


class Source:
    """The original text of a document, for columns and for messages.

    Lines are found through an array of line-start offsets built on first use
    (only when a diagnostic needs a column), not a list of line strings.
    """

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text
        self._starts: array[int] | None = None
        self._columns: dict[int, str] | None = None

    def _translated(self, line: int) -> str:
        """The line with every character one column wide, worked out once per line (a long line
        with many diagnostics would otherwise be translated for each)."""
        if self._columns is None:
            self._columns = {}
        found = self._columns.get(line)
        if found is None:
            found = self._columns[line] = self.line(line).translate(_COLUMN_TABLE)
        return found

    def _line_starts(self) -> array[int]:
        if self._starts is None:
            self._starts = array("q", [0])
            self._starts.extend(m.end() for m in _LINE_ENDS.finditer(self.text))
        return self._starts

    def line(self, number: int) -> str:
        """Original line ``number`` (1-based) without its line end; "" outside the text."""
        starts = self._line_starts()
        if not 1 <= number <= len(starts):
            return ""
        start = starts[number - 1]
        end = starts[number] if number < len(starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n\u2028\u2029\x85")

    def column(self, line: int, fragment: str) -> int:
        """1-based column of ``fragment`` in original line ``line`` (the first non-space if not found)."""
        original = self._translated(line)
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
    elif (guess := _utf16_without_bom(data)) and _plausible(data.decode(guess, errors="replace")):
        text = data.decode(guess, errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as not_utf8:
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError as exc:
                # Each codec fails at its own byte: name both, so the offset is right for either reading.
                raise _not_text(
                    source,
                    f"it is not UTF-8 (bad byte at offset {not_utf8.start}), not UTF-16, "
                    f"nor GB18030 (bad byte at offset {exc.start})",
                ) from None
    if _looks_binary(text):
        raise _not_text(source, "it looks like binary data, not text")
    return text


def _utf16_without_bom(data: bytes) -> str:
    """ "utf-16-le"/"utf-16-be" when the zero bytes sit on one side of each pair, as ASCII and CJK
    punctuation put them; "" otherwise."""
    sample = data[: 8192 - 8192 % 2] if len(data) > 8192 else data
    if len(sample) < 4 or len(sample) % 2:
        return ""
    # UTF-8 and GB18030 text holds no zero bytes; UTF-16 puts them on one side (ASCII, 一 = U+4E00).
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 4 and odd >= 4 * even:
        return "utf-16-le"
    if even >= 4 and even >= 4 * odd:
        return "utf-16-be"
    return ""


def _plausible(text: str) -> bool:
    """Most characters are Chinese, ASCII, CJK punctuation or full-width forms: real text."""
    sample = text[:4096]
    good = sum(
        1
        for ch in sample
        if " " <= ch <= "~"
        or ch in "\r\n\t"
        or "\u4e00" <= ch <= "\u9fff"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
    )
    return good >= 0.8 * len(sample)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f\v")
    return controls > max(8, len(sample) // 100)


def _not_text(source: str, why: str) -> NoticeError:
    return NoticeError(source, [Diagnostic("error", f"{source} is not a text document: {why}.", 1, 1)])


def line_ends_unified(text: str) -> str:
    """Every kind of line end (CRLF, CR, U+2028 …) as LF, so that each step's lines are the source's lines (the
    text itself where it has LF only: most do). The steps before normalising split on LF alone, and a CR left at a
    line's end is no cell's nor word's end to them."""
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        return _LINE_ENDS.sub("\n", text)
    return text


def split_lines(text: str) -> list[str]:
    """Split on every kind of line end (CRLF, CR, LF, U+2028 …)."""
    return _LINE_ENDS.split(text)


def _translate(text: str) -> str:
    """``str.translate`` with a dict looks up every character (slow on Chinese text);
    replacing only the distinct characters that occur is several times faster."""
    pos = 0
    while (m := _MAPPED.search(text, pos)) is not None:
        ch = m.group()
        pos = m.start()
        text = text.replace(ch, _MAP[ch])
    return text


def _translate_seeing(text: str) -> tuple[str, bool]:
    """``_translate(text)``, and whether a circled number (① … ⑳) stands in it: one scan of the text for
    both, where a search for ① … ⑳ alone cost ~1.3 ms per MB (a class of characters, tried at every one;
    issue 13). No replacement makes or removes one (none of ``_MAP``'s values holds one)."""
    pos = 0
    while (m := _MAPPED_OR_CIRCLED.search(text, pos)) is not None:
        ch = m.group()
        pos = m.start()
        replacement = _MAP.get(ch)
        if replacement is None:
            return _translate(text), True  # a circled number: the rest as _translate does it
        text = text.replace(ch, replacement)
    return text, False


_SENTENCE_END = frozenset("。!?")
_SPACES = re.compile(" +")
_NUMBER_WIDTH = 12  # the longest numbering before a space: " (二十四)" and the like


_NAME_BRACKET = 20  # how far back a name's bracket and the name before it are looked for
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,}$")


def _wraps_closed(text: str) -> str:
    """A PDF's text reflowed into paragraphs with each line break left as a space (…引导戏剧节、音 乐节、…由省文化和旅游
    厅牵头,省林草局按职责分 工负责): where the lone spaces of the long lines fall one print line apart (most of them
    the same count of characters apart, 15 or more, four times or more in the text), those spaces are the wraps —
    taken out of each line whose spaces mostly fall so, between two characters that are no ASCII letter or figure (2023
    年 stays). Lines with runs of spaces (a table's columns) are not asked."""
    # The lines with a space, found from the spaces (a notice's Chinese text has few: no split of every line).
    spaced: dict[tuple[int, int], list[int]] = {}
    at = text.find(" ")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if len(line) >= _WRAPPED_LINE and "  " not in line:
            spots = [m.start() for m in _LONE_SPACE.finditer(line)]
            if spots:
                spaced[start, end] = spots
        at = text.find(" ", end)
    gaps = [b - a for spots in spaced.values() for a, b in itertools.pairwise(spots)]
    if len(gaps) < _WRAPS_LEAST:
        return text
    width = Counter(gaps).most_common(1)[0][0]
    near = sum(1 for gap in gaps if abs(gap - width) <= 1)
    if width < _WRAP_WIDTH_LEAST or near < _WRAPS_LEAST or 2 * near < len(gaps):
        return text
    pieces: list[str] = []
    done = 0
    for (start, end), spots in spaced.items():
        line = text[start:end]
        steps = [b - a for a, b in itertools.pairwise(spots)]
        wraps = sum(1 for step in steps if abs(step - width) <= 1)
        # Most of its spaces so (a reflowed page keeps a few of its own, ( 一), “…” 的) — or a paragraph of two print
        # lines, its one space a line's width from its start (the first line full). A table's row of one space a cell
        # (4 推进…工程 省文化和旅游厅 省发展改革委) may fall a step so by chance: a row's every step, twice at least.
        if _ROW_FIRST.match(line):
            # (…开工建设。 县发展和改革局…: a space after a sentence's end parts a row's cells — no print line ends so)
            wrapped = wraps >= 2 and wraps == len(steps) and not any(line[s - 1] in "。;；" for s in spots)
        else:
            wrapped = (wraps > 0 and 2 * wraps >= len(steps)) or (not steps and abs(spots[0] - width) <= _INDENT)
        if wrapped:
            pieces += [text[done:start], _WRAP_SPACE.sub("", line)]
            done = end
    return "".join([*pieces, text[done:]]) if pieces else text


_LETTER_SPACED_LEAST = 8  # lone spaces a line must hold to be read as spaced out letter by letter
_LETTER_LINES_LEAST = 3  # such lines in the text, at least (one habit of the whole copy, not a line's chance)
_TOUCHING = re.compile(r"\S(?=\S)")


def _letters_closed(text: str) -> str:
    """A copy spaced out letter by letter (关 于 印 发 2 0 2 3 年 … 牵 头 单 位 : 县 商 务 局 — some PDF converters and
    screen readers' copies put a space after every character): where three lines or more hold eight lone spaces or
    more and almost no two characters touching, those lines lose their lone spaces (a run of two or more, the
    copy's own space between words, is left to the space pass: one space, or none beside punctuation). A line of a
    notice, a table's row or a name spaced to a cell's width (刘 洋) holds far fewer lone spaces than characters."""
    lines = text.split("\n")
    spaced: set[int] = set()
    for at, line in enumerate(lines):
        if line.count(" ") < _LETTER_SPACED_LEAST:
            continue
        lone = len(_LONE_SPACE.findall(line))
        if lone >= _LETTER_SPACED_LEAST and 10 * len(_TOUCHING.findall(line)) <= lone:
            spaced.add(at)
    if len(spaced) < _LETTER_LINES_LEAST:
        return text
    for at, line in enumerate(lines):
        # (the copy's habit once seen, a short line spaced so is too: 一 、 稳 增 长, a heading of five characters)
        if at in spaced or (line.count(" ") >= 2 and not _TOUCHING.search(line) and _LONE_SPACE.search(line)):
            lines[at] = _LONE_SPACE.sub("", line)
    return "\n".join(lines)


_ROW_FIRST = re.compile(r"^\s*\d{1,3}(?:\s|[.、](?!\d))")  # (a table row's or an item's number first)
_INDENT = 3  # characters a paragraph's first print line may fall short of the width by (an indent) or pass it by
_WRAPPED_LINE = 40  # characters: a paragraph of two print lines at least
_WRAPS_LEAST = 4  # spaces one print line apart in the text, at least
_WRAP_WIDTH_LEAST = 15  # characters of a print line, at least (a PDF page's or column's)
_LONE_SPACE = re.compile(r"(?<=\S) (?=\S)")
_WRAP_SPACE = re.compile(r"(?<=[^\x00-\x7f]|[(),.;:]) (?=[^\x00-\x7f]|[(),.;:])")


def _space(m: re.Match[str]) -> str:
    """A run of spaces: dropped at line edges, around punctuation and after numbering; else one space."""
    text, start, end = m.string, m.start(), m.end()
    if start > 0 and end < len(text) and text[start - 1] in _SENTENCE_END and text[end] not in _PUNCT:
        return " "  # …任务。 《方案》…: a border (of paragraphs joined on one line, of a row's cells)
    if start > 0 and text[start - 1] == ")" and _PINYIN_END.search(text, max(0, start - 12), start):
        return " "  # 任務(wù) 牽頭: the bracket is a mirror's pinyin, part of the word, not punctuation
    if (
        start > 0
        and end < len(text)
        and text[start - 1] == ")"
        and ("\u4e00" <= text[end] <= "\u9fff" or text[end].isdigit())
    ):
        # 各乡镇(街道) 县发改局, …(街道) 6月底前: a border after a body's name that ends in a bracket (cells
        # parted by spaces) — not after a bracket in a sentence ((一期) 工程) or the line's numbering.
        opener = text.rfind("(", max(0, start - _NAME_BRACKET), start)
        before = _NAME_BEFORE.search(text, max(0, opener - _NAME_BRACKET), opener) if opener > 0 else None
        return " " if before is not None and ends_like_unit(before.group()) else ""
    if start == 0 or end == len(text) or text[start - 1] in _PUNCT or text[end] in _PUNCT:
        return ""
    # Only a number within the few characters before the space can be the line's numbering: look
    # back that far, not to the line start (a long line has many spaces).
    line_start = text.rfind("\n", max(0, start - _NUMBER_WIDTH), start) + 1
    if line_start == 0 and start > _NUMBER_WIDTH:
        return " "
    if text[end] == "." and _BARE_NUMBER.match(text, line_start, start):
        return ""  # "1 . 严格…": a mirror's spaces inside the numbering
    if _NUMBER.match(text, line_start, start):
        # "1. 2022年…" keeps its space: "1.2022" would read as a decimal, not a number.
        return " " if text[end].isdigit() else ""
    return " "


# Pinyin a mirror injects after characters (實(shí)事, 領(lǐng)導(dǎo)): a bracket of Latin letters with at least one
# tone mark, right after a Chinese character. Names and text keep it (they are kept as written), but
# a label before its colon (主管領(lǐng)導(dǎo):) loses it, or no field of the notice could be read.
_PIN = rf"[(（]{PINYIN_SYLLABLE}[)）]"
PIN = _PIN  # (for the readers that must see past a mirror's pinyin inside a name: grammar's counted sentences)
# Pinyin after a Chinese character (fyplan/pinyin.py's pattern, the one the readers past it use).
_PINYIN = PINYIN = AFTER_CHARACTER


def without_pinyin(text: str) -> str:
    """``text`` without the pinyin a mirror put after its characters (目标(biāo)任务(wù) → 目标任务): for the words a
    reader must recognise (a header's cells, a label alone); names and text are kept as written elsewhere. For
    normalised text (its brackets ASCII)."""
    return _PINYIN.sub("", text) if "(" in text else text


_PINYIN_LABEL = lazy(r"(?:[\u4e00-\u9fff](?:" + _PIN + r")?){2,12}(?= *[:：])")
_PINYIN_END = re.compile(_PIN + "$")
_XUHAO = re.compile(r"序[號号](?:" + _PIN + r")?")
# Where each scan of ``normalize`` is asked (fyplan/read/gates.py, issue 13): the same answers, quicker.
_PINYIN_AT = ByFirst(_PINYIN)
_XUHAO_HINT = AnyOf(("序號", "序号(", "序号（"))
# A line of | cells (a table's header or row).
_PIPED_LINE = re.compile(r"^[^\n|]*\|[^\n]*\|[^\n]*$", re.MULTILINE)


def _header_without_pinyin(m: re.Match[str]) -> str:
    """A | line whose cells, without a mirror's pinyin, are all short words and one of them a duty label (责任单位,
    完成时限): a header, read without the pinyin; any other line (a row: names and text) as written."""
    line = m.group()
    if "(" not in line and "（" not in line:
        return line
    plain = _PINYIN.sub("", line)
    cells = [c.strip() for c in plain.strip().strip("|").split("|")]
    if len(cells) < 2 or any(len(c) > 12 for c in cells):
        return line
    label = _label_at_end()
    return plain if any(c and label.search(c + ":") for c in cells) else line


# A | table's header line that opens with its 序号 cell.
_PIPED_HEADER = re.compile(r"^ *\|? *序号 *\|[^\n]*$", re.MULTILINE)
_CELL_BULLET = re.compile(r"([│┃║][ \u3000]*)[■◆□◇▲△▼▽●◎]")


@functools.cache
def _label_at_end() -> re.Pattern[str]:
    from fyplan.grammars import lexicon  # the label lexicon only for a text with pinyin in it

    return re.compile(r"(?:" + lexicon("LABEL") + r"|" + lexicon("META_FIELD") + r") *:$")


@functools.cache
def _pinyin_role_words() -> re.Pattern[str]:
    from fyplan.grammars import lexicon  # the role words only for a text with pinyin in it

    words = lexicon("PINYIN_ROLE_WORD").removeprefix("(?:").removesuffix(")").split("|")
    # Each character may carry its pinyin; a word with none is left alone (nothing to take out).
    spelled = ("".join(re.escape(ch) + f"(?:{_PIN})?" for ch in word) for word in words)
    return re.compile("|".join(sorted(spelled, key=len, reverse=True)))


@functools.cache
def _pinyin_when_words() -> re.Pattern[str]:
    """A deadline's words with pinyin in them at a line's or a cell's end (持續推進(jìn) before a line break, a tab or |)."""
    from fyplan.grammars import lexicon  # the words only for a text with pinyin in it

    words = lexicon("PINYIN_WHEN_WORD").removeprefix("(?:").removesuffix(")").split("|")
    spelled = ("".join(re.escape(ch) + f"(?:{_PIN})?" for ch in word) for word in words)
    return re.compile("(?:" + "|".join(sorted(spelled, key=len, reverse=True)) + r")(?=[ \t]*(?:[|\t\n]|$))")


@functools.cache
def _role_words_at_end() -> re.Pattern[str]:
    from fyplan.grammars import lexicon  # the role words only for a text with pinyin in it

    return re.compile(lexicon("PINYIN_ROLE_WORD") + "+$")


def _role_word_without_pinyin(m: re.Match[str]) -> str:
    # 負(fù)責 → 負責 where it closes a group of a clause: after a body's name (…改革委負(fù)責, …等負(fù)責) and before the
    # group's end (, ; 。 a bracket's close, 、 before the next group), or anywhere inside a bracket; 這(zhè)項工作由
    # wherever it stands. Elsewhere the word is the task's own (各區政府負(fù)責落實…, 協(xié)同推進…, 市商務局會(huì)同…出台)
    # and keeps its pinyin, as written.
    plain = _PINYIN.sub("", m.group())
    if plain.endswith("由"):
        return plain
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    bracketed = sum(map(line.count, "(（[【〔")) > sum(map(line.count, ")）]】〕"))
    closes = m.string[m.end() : m.end() + 1] in _GROUP_ENDS
    before = _PINYIN.sub("", m.string[max(0, m.start() - 40) : m.start()])
    if not bracketed and plain in _JOINING_WORDS:
        # (由工業和信息化部會(huì)同發展改革委…負責: after 由 and a body's name, the clause's own joining word; 市商務局會(huì)同…出台,
        # with no 由 before it, the task's words as written)
        by = _BEFORE_ROLE_WORD.split(before)[-1]
        return plain if before.endswith("由" + by) and ends_like_unit(by) else m.group()
    if not bracketed and not closes:
        return m.group()
    # (…殘聯等按職責分工負(fù)責: the role words before this one, read without their pinyin already, are no name)
    name = _role_words_at_end().sub("", _BEFORE_ROLE_WORD.split(before)[-1])
    named = name.endswith("等") or (bool(name) and ends_like_unit(name)) or before.endswith((")", "）"))
    # (…常務副市長柴金祥負責協(xié)調: after a post and its holder's name, the leader's verbs, read as a body's are)
    titled = bool(name) and person_after_office(name) is not None
    return plain if named or titled else m.group()


# What may follow a verb that closes a clause's group; and the words that join two groups rather than close one
# (甲局會同乙局負責: outside a bracket, 會同 is read only in a clause the reader cuts out whole).
_GROUP_ENDS = frozenset(",，;；。)）]】〕、\n")
_JOINING_WORDS = frozenset(("会同", "會同"))


# What parts the name before a role word from the words before it: 由, a mark, a bracket, a space.
_BEFORE_ROLE_WORD = re.compile(r"[,，。;；:：、由(（)）\[\]【】\s]")


def _label_without_pinyin(m: re.Match[str]) -> str:
    # 主管領(lǐng)導(dǎo): → 主管領導: a duty or metadata label loses the pinyin; words before a colon that are no label
    # (精準(zhǔn)扶貧:…, a task's topic) are the item's text and keep it, as written.
    plain = _PINYIN.sub("", m.group())
    return plain if _label_at_end().search(plain + ":") else m.group()  # (some labels look for their colon)


@functools.cache
def _field_bracket_open() -> re.Pattern[str]:
    from fyplan.grammars import lexicon

    return re.compile(r"【(?=(?:" + lexicon("LABEL") + r") *:)")


_FIELD_BRACKET_LONGEST = 300  # characters from 【 to its 】 (a bracket of fields over two or three lines)


def _field_brackets(text: str) -> str:
    """Each 【 that opens a bracket of fields (【责任领导:…) and the first 】 after it, before any other 【, as ( and ),
    where a line break falls between them."""
    out: list[str] = []
    pos = 0
    for m in _field_bracket_open().finditer(text):
        if m.start() < pos:
            continue
        close = text.find("】", m.end(), m.end() + _FIELD_BRACKET_LONGEST)
        if close < 0 or "【" in text[m.end() : close] or "\n" not in text[m.end() : close]:
            continue  # (a bracket whole on its line reads as it is: 【牵头领导:X】【牵头单位:Y】 are fields each)
        out += [text[pos : m.start()], "(", text[m.end() : close], ")"]
        pos = close + 1
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


@functools.cache
def _square_label() -> re.Pattern[str]:
    from fyplan.grammars import lexicon  # the label lexicon only for a text with square brackets

    # Not a label word a sentence puts in brackets (各【责任单位】要…): a verb follows it there, names here. The
    # label of the task's own words too (【重点任务】推进…, a post's cards), where words follow it on its line.
    return re.compile(
        r"[【\[]("
        + lexicon("LABEL")
        + r"|(?:"
        + lexicon("TEXT_FIELD")
        + r")(?=[】\]] *[^\s:])|(?:第一|主要|直接|具体|具體)?[责責]任人|"
        + "|".join(_SQUARE_ROLE)
        + r")[】\]](?! *:)(?![要须均都需将在对按必]|应(?!急)|每(?!"
        + _EACH_PERIOD
        + "))"  # (应急办 is a body)
    )


# A deadline that recurs (【完成时限】每月 / 每季度末), where 每 after a tag does not open the sentence 各【责任单位】每月报送…
# does: the period alone, then the line's or the field's end.
_EACH_PERIOD = r"(?:[月季年周旬]|季度|半年)[末底初]?前?(?=[【\[\s;；,，。]|$)"


# A role word alone in square brackets (【牵头】X【配合】Y【时限】T: a list's tags): the label it stands for. (Only in
# square brackets: 牵头: alone on a line is no field of the grammar's; a bracket's (牵头:X;配合:Y) is the clause's.)
_SQUARE_ROLE = {
    "牵头": "牵头单位",
    "牽頭": "牽頭單位",
    "主办": "牵头单位",
    "主辦": "牽頭單位",
    "配合": "配合单位",
    "协办": "配合单位",
    "協辦": "配合單位",
    "协同": "配合单位",
    "協同": "配合單位",
    "参与": "配合单位",
    "參與": "配合單位",
    "时限": "完成时限",
    "時限": "完成時限",
    # (labels the lexicon knows only before a colon — the grammar's line lexer tells a line by what stands up to its
    # colon: 【主要领导】, 【分管负责人】, 【相关单位】 are these labels too)
    "主要领导": "主要领导",
    "分管负责人": "分管负责人",
    "相关单位": "相关单位",
    "相关部门": "相关部门",
    "牵头负责人": "牵头负责人",
    "牵头责任人": "牵头责任人",
    "分管负责同志": "分管负责同志",
}


@functools.cache
def _square_label_at() -> ByFirst:
    return ByFirst(_square_label())


def _label_colon(m: re.Match[str]) -> str:
    # 【包联领导】X【牵头科室】Y: fields run together on one line — a ; parts each from the one before it
    before = m.string[m.start() - 1] if m.start() > 0 else "\n"
    label = _SQUARE_ROLE.get(m.group(1), m.group(1))
    opens = before in _FIELD_OPENS or (before == "." and _NUMBER_BEFORE.search(m.string, 0, m.start()) is not None)
    return f"{label}:" if opens else f";{label}:"


# What may stand right before a square label that opens a field: a line's start, a space, a mark between fields.
_FIELD_OPENS = frozenset("\n ;,:(（，；：、。")
# (or an item's number alone before it: 1.【责任领导】X — the fields printed first, the task's text on the line below)
_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,3}\.$")


def square_labels(text: str) -> str:
    """【牵头单位】县发改局 → 牵头单位:县发改局: a label in square brackets is a label before its colon (after a name,
    a ; before it: fields run together on one line)."""
    return _square_label().sub(_label_colon, text)


_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")


_LOST_SPACES_LEAST = 5  # lines (or cells) ending in ? before a page is read as one that lost its spaces so
# (…and ? where no question ends: after a full stop or a colon, 单位:?, 落实。?, or closing three cells or more, 序号? | —
# a checklist's questions, 是否建立…?, end in ? too, never so)
_STOP_THEN_MARK = re.compile(r"[。:;,、]\?")
_LOST_INDENT = re.compile(r"^\?{1,4}(?=[\u4e00-\u9fff(（\d])", re.MULTILINE)
_LOST_INDENTS_LEAST = 3  # lines opening so before a text is read as one that lost its indents' spaces
_LOST_SPACE = re.compile(r"(?<=[\u4e00-\u9fff0-9 \t|)）。,，;；:：、])\?+(?=[\u4e00-\u9fff \t|\n(（]|$)", re.MULTILINE)


# A web page's bold left as markup (<strong>市发改委</strong>, <b>…</b>; a Markdown copy's **…** is read.exported's):
# markup, never words of the notice.
_BOLD = re.compile(r"<(?:strong|b)>([^<>\n]{1,40})</(?:strong|b)>", re.IGNORECASE)
# A legend saying bold names lead (责任单位中加粗的为牵头单位, 黑体字为牵头单位).
BOLD_LEADS = re.compile(r"(?:加粗|粗体|黑体)[^。\n]{0,8}?为牵头")


def _bold_marked(text: str) -> str:
    """Bold markup read: where a legend says bold names lead, each bold name marked ★ as a lead unit is (★市发改委);
    elsewhere the markup dropped, the name kept."""
    if _BOLD.search(text) is None:
        return text
    star = "★" if BOLD_LEADS.search(text) is not None else ""
    return _BOLD.sub(lambda m: star + m.group(1), text)


def normalize(text: str) -> str:
    """The whole text as the grammar sees it: one line per original line, each normalised.

    Works on the whole string at once (a few C-level passes) rather than line by line.
    """
    if (
        "?" in text
        and text.count("?\n") + text.count("? |") >= _LOST_SPACES_LEAST
        and (text.count("? |") >= 3 or len(_STOP_THEN_MARK.findall(text)) >= 2)
    ):
        # A mirror that wrote every no-break space as ? (…的通知?, 祝振伟? 陈夏林?, 沈 ?昱): each such ? is the space it
        # lost — beside a Chinese character, a space, a bar or a line's end (a URL's ?id= stays). One character for one.
        text = _LOST_SPACE.sub(" ", text)
    elif "\n?" in text and len(_LOST_INDENT.findall(text)) >= _LOST_INDENTS_LEAST:
        # The same mirror's habit seen at the lines' starts: each paragraph's indent of ideographic spaces written as
        # ?? (??四、策略与措施, ??(一)加强…, ??1.开展…) — the indent, and the spaces it lost inside lines (杨 ?剑).
        # (Not ?。ǘ) opening a line: broken bytes where a number was, read by the grammar's lost numbers.)
        text = _LOST_SPACE.sub(" ", _LOST_INDENT.sub(lambda m: " " * len(m.group()), text))
    if "&" in text and _ENTITY.search(text):
        # A web page's source copied, or a mirror that never decoded it: &nbsp; &ldquo; &middot; &#12289; are its
        # characters (the standard library's table of them; a bare & of R&D stays as it is)
        text = html.unescape(text)
    if "</" in text:
        text = _bold_marked(text)
    if "│" in text or "┃" in text or "║" in text:
        # In a drawn table a symbol at the start of a cell's line is a bullet (△进一步…), not mirror spam.
        text = _CELL_BULLET.sub(r"\1•", text)
    # Only a text with pinyin in brackets at all (one quick scan) has labels to clean: the label pass
    # calls Python for every label of the notice (a tenth of reading 1 MB of new text, issue 13).
    pinyin = (")" in text or "）" in text) and _PINYIN_AT.found(text)
    if pinyin:
        text = _PINYIN_LABEL.sub(_label_without_pinyin, text)
        text = _pinyin_role_words().sub(_role_word_without_pinyin, text)
        text = _pinyin_when_words().sub(lambda m: _PINYIN.sub("", m.group()), text)
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _LINE_ENDS.sub("\n", text)
    if _XUHAO_HINT.found(text):
        # The 序号 of a table header in traditional characters or with pinyin after it (序號(hào)): one
        # word the table readers look for, never part of a name.
        text = _XUHAO.sub("序号", text)
        if pinyin:
            # 序号 | 任務(wù)項(xiàng)目 | 責(zé)任單位 | …: a | header's cells are labels: they lose the pinyin, as a label before
            # its colon does (its rows keep theirs: names and text are kept as written).
            text = _PIPED_HEADER.sub(lambda m: _PINYIN.sub("", m.group()), text)
    if pinyin and "|" in text:
        # 工作任務(wù) | 責(zé)任單位(wèi) | 完成時(shí)限(xiàn) |: a header with no 序号, its cells all short words, one a duty label.
        text = _PIPED_LINE.sub(_header_without_pinyin, text)
    if _PICTURE_WHEN_AT.found(text):
        # ⏰ 2025年9月前投用 under an item's fields: a clock or a calendar says when, as 完成时限: does (the picture was
        # dropped and the words read as no one's)
        text = _PICTURE_WHEN.sub("完成时限:", text)
    if _PICTURE_HEADING_AT.found(text):
        # 🔹一、党建引领… / 📌2.…: a post's picture before a heading's or an item's number is decoration (spaces, so
        # the columns stay; the number then opens its line, as it does in any notice)
        text = _PICTURE_HEADING.sub(lambda m: " " * len(m.group()), text)
        # 👤责任领导:甲  🏢牵头单位:乙: in such a post a picture before a field's label further on the line, after
        # spaces, is the label's decoration too (spaces: the columns stay, the spaces part the fields)
        text = _PICTURE_FIELD.sub(lambda m: " " * len(m.group()), text)
    if _PICTURE_NUMBER_AT.found(text):
        # 🔥 01 alone on its line: a post's card numbered with a picture before it — the number, as a list's
        # numbers alone on their lines are (layout.number_lines); the picture becomes spaces (columns kept)
        text = _PICTURE_NUMBER.sub(lambda m: " " * (len(m.group()) - len(m.group(1))) + m.group(1), text)
    if "▲" in text or "△" in text or "※" in text:
        text = _TRIANGLE_MARK.sub(_triangle, text)
    # One scan for the characters to replace and for ① … ⑳ (below); fastpaths.plain() searches for each.
    text, circled = _translate_seeing(text) if fastpaths.ENABLED else (_translate(text), None)
    if 4 * text.count(" ") > len(text):
        # (a quick count first: only a text of which a fifth or more is spaces can be spaced out letter by letter)
        text = _letters_closed(text)
    if (
        "O" in text
        or "l" in text
        or holds(text, "I.")
        or holds(text, "I、")
        or holds(text, "\nI\n")
        or _DOT_BEFORE_PLACE.search(text)
    ):
        text = _ocr_slips(text)  # (the tests first: normalize runs per line too, and almost no text needs it)
    if "|" in text and (
        " l " in text
        or " I " in text
        or " 1 " in text
        or "\nl " in text
        or "\nI " in text
        or "\n[ " in text
        or "丨" in text
        or " l\n" in text
    ):
        text = _ocr_bars(text)  # 全面落实…红利应享尽享。 l 刘志军 | …: a scanned table's rule read as a letter
    if any(ch in text for ch in "▶►▸➤"):
        # ▶牵头领导:甲　▶牵头单位:乙: a post's bullet before each field (the fields' line under an item) — the label's
        # decoration, no character of it (a bullet before an item's words stays: layout.bulleted_items reads those)
        text = _field_bullet().sub(lambda m: " " * len(m.group()), text)
    if ")、" in text:
        # (一)、大力发展… / (3)、加强…: a bracketed number with a list's 、 after it too — the 、 read as a space (one
        # character for one), the number then opening its line as (一) does
        text = _BRACKETED_NUMBER_MARK_AT.sub(lambda m: f"{m.group(1)} ", text)
    if "〉" in text or "〈" in text:
        # (2〉, 〈3) or 〈4〉 opening a line: an item's number whose bracket a scan misread (or printed in angle
        # brackets), read as (2) is (one character for one: the columns stay)
        text = _ANGLED_NUMBER.sub(r"\1(\2)", text)
    if _ROLE_SLIP_HINT.search(text) or any(word in text for word in _ROLE_SLIP_WORDS):
        text = _role_words_mended(text)  # 牵头单住 → 牵头单位 (grammar/ocr-slips.txt)
    if holds(text, "一一一一") or holds(text, "————") or holds(text, "____"):
        # |一一一一…|, ————, | ____ |______|: a table's rule as a scan's OCR or a typist drew it (一 for ─, dashes,
        # underscores), between bars or alone on its line — no line of the notice, blanked (the columns stay).
        text = _DRAWN_RULE.sub(lambda m: " " * len(m.group()), text)
    if holds(text, "上页") or holds(text, "上頁"):
        # [接上页] at a line's start: a law database's mark that its page goes on from the one before, chrome (blanked,
        # so the columns of the line stay where they were).
        text = _CONTINUED.sub(lambda m: " " * len(m.group()), text)
    # (literals first: the pattern tries every position)
    if holds(text, "续表") or holds(text, "續表") or holds(text, "上表"):
        # 续表 alone on its line: a page's mark that the table goes on (its header follows again), chrome
        text = TABLE_GOES_ON.sub(lambda m: " " * len(m.group()), text)
    if " " in text and text.count(" ") > _WRAPS_LEAST:
        text = _wraps_closed(text)
    if " " in text:
        text = sub_from(" ", _SPACES, _space, text)  # re.sub(" +", _space, text), quicker (see scans.sub_from)
    if "*" in text:
        text = _star_marks(text)
    if "★" in text:
        text = _STAR_SPAM.sub("", text)
    if holds(text, "www.") or holds(text, "://"):
        # (本文来源:www.…) after a name: a mirror's credit in brackets, no part of the name or the clause around it
        text = _ADDRESS_BRACKET.sub("", text)
    if "【" in text or "[" in text:
        # 【牵头单位】县发改局: a label in square brackets is a label before its colon, wherever it stands
        # (at a line's start, or after the sentence on a page run together).
        text = _square_label_at().sub(_label_colon, text)  # square_labels(text), quicker (gates.ByFirst)
    if "【" in text and "】" in text and ":" in text:
        # 【责任领导:X;牵头单位:Y;\n责任单位:Z】: a bracket of an item's fields, written in square brackets, is read as
        # the round one it stands for — so that where a line break falls inside it, the bracket goes on over the
        # break as a round one does (one character for one: the columns stay)
        text = _field_brackets(text)
    if (
        "【" in text
        or "项" in text
        or "項" in text
        or "条" in text
        or "條" in text
        or "问题" in text
        or "問題" in text
        or "号" in text
        or "號" in text
        or "事" in text
        or "务" in text
        or "務" in text
    ) and not _NUMBERED_LINE_AT.found(text):
        # 【3】…, 第三项…, 第三条…: a list numbered another way at its lines' starts (only where no line is numbered 1.
        # or (1): there 【1】 is a footnote's mark, 第一项… a sentence or a point of an item).
        text = _other_numbers(text)
    if circled is None:
        circled = _CIRCLED_ANYWHERE.search(text) is not None
    # ``circled`` still holds: the steps since _translate_seeing neither make nor remove one (spaces, ★, 【】).
    if circled:
        # ① at the start of a line numbers a sub-item, like (1); inside a sentence it stays.
        text = _CIRCLED.sub(lambda m: f"({ord(m.group(1) or m.group(2)) - 0x245F})", text)
        # …(牵头单位:甲局)②落实…: ② on right after a bracket (an item's clause) numbers the next item run on onto the
        # line; layout recovery cuts the line there as it does before a (2). (After 。 or ; it is a point of the
        # sentence's: 整改措施:①…;②…)
        text = _CIRCLED_AFTER_END.sub(lambda m: f"({ord(m.group(1)) - 0x245F})", text)
    return text


# A picture character (emoji, a dingbat) and a number alone on a line: 🔥 01, ✅ 2, ⭐3.
_PICTURE_NUMBER = re.compile(
    r"^[\U0001F300-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B50]\ufe0f? *(\d{1,3}) *$", re.MULTILINE
)
_PICTURE_NUMBER_AT = LineStart(_PICTURE_NUMBER)
# Pictures before a line's numbering (🔹一、, 📌 2., 🔶①, ▶1.): the pictures and the spaces after them
# (or before a field's label, 👤责任领导：…, 🏢牵头：…: a word or a few, then a colon)
_PICTURE_HEADING = re.compile(
    r"^[\U0001F300-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B50\ufe0f\u25b6\u25ba\u25b8]+ *"
    r"(?=[一二三四五六七八九十]{1,3}、|\d{1,3}[.、](?!\d)|[\u2460-\u2473]|[\u4e00-\u9fff]{1,8} *[:：])",  # (🔶①: a circled number)
    re.MULTILINE,
)
_PICTURE_HEADING_AT = LineStart(_PICTURE_HEADING)
# (the same pictures after a space, before a field's label and its colon, inside a line)
_PICTURE_FIELD = re.compile(
    r"(?<=[ \u3000])[\U0001F300-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B50\ufe0f]+(?=[\u4e00-\u9fff]{2,8} *[:：])"
)
# A clock or a calendar (⏰ ⏳ ⌛ 📅 📆 🗓 🕐…) before words with no label: when the work is due.
_PICTURE_WHEN = re.compile(
    r"^[\u23f0-\u23f3\u231b\U0001f4c5\U0001f4c6\U0001f5d3\U0001f550-\U0001f567]\ufe0f? *(?=[^\s:：])(?![^\n]*[:：])",
    re.MULTILINE,
)
_PICTURE_WHEN_AT = LineStart(_PICTURE_WHEN)
_BRACKETED_NUMBER_MARK = re.compile(r"^([ \u3000]*\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\))[、,]", re.MULTILINE)
# (asked at line starts only: ``^`` tried at every character of a text that writes )、 anywhere cost ~35 M instructions
# per MB, issue 13)
_BRACKETED_NUMBER_MARK_AT = LineStart(_BRACKETED_NUMBER_MARK)
_DRAWN_RULE = re.compile(r"^[ |]*(?:[一—_][ |]*){8,}$", re.MULTILINE)
_CONTINUED = re.compile(r"^ *[\[【(]?(?:接|续|續)上[页頁][\]】)]?", re.MULTILINE)
TABLE_GOES_ON = re.compile(r"^ *[\[【(]?(?:续|續)(?:上)?表(?: *\d{1,2})?[\]】)]? *$", re.MULTILINE)
# (问题1:…, 问题2:…: an inspection's findings, each the item its fields below answer for)
# (〔2025〕第14号 关于…的问题: a supervision office's matters, each numbered in the year's series of its 督办 notices;
# 实事一:…, 任务2:… — a list of livelihood projects or tasks, each paragraph opened by its kind and its number; 事项一:
# is a 交办单's, read with its form by forms_as_items)
_OTHER_NUMBER = re.compile(
    r"^( *)(?:【(\d{1,3})】|第(\d{1,3}|[一二三四五六七八九十]{1,3})[项項条條](?![目由])[,:、 ]?|[问問][题題](\d{1,3}) ?[:：]"
    r"|(?:〔\d{4}〕|\[\d{4}\]|\(\d{4}\))第(\d{1,3})[号號] ?"
    r"|(?:实事|實事|任务|任務)(\d{1,3}|[一二三四五六七八九十]{1,3}) ?[:：])(?=[^\n])",
    re.MULTILINE,
)
_NUMBERED_LINE = re.compile(r"^ *(?:\d{1,3}[.、]|\(\d{1,3}\))", re.MULTILINE)


# Both asked at line starts only first (scans.LineStart): ``^`` tried at every character cost ~35 M instructions
# per MB of a text that holds 项 anywhere, as most notices do (issue 13).
_OTHER_NUMBER_AT = LineStart(_OTHER_NUMBER)
_NUMBERED_LINE_AT = LineStart(_NUMBERED_LINE)


def _other_numbers(text: str) -> str:
    """【1】…, 【2】…, 第一项…, 第二项…, 第1项…, 第2项…, 第一条…, 第二条… or 问题1:…, 问题2:… at the starts of lines,
    counted from one: items numbered 1. 2. … (a line that opens with 第三项工作另行部署 alone, or out of the count, is a
    sentence and stays)."""
    if not _OTHER_NUMBER_AT.found(text):
        return text  # (what the count below gives a text with no such line)
    found = list(_OTHER_NUMBER.finditer(text))
    numbers = [_other_number(m) for m in found]
    if len(found) < 2:
        return text
    if numbers != list(range(1, len(found) + 1)) and not (
        # (第3项, 第7项, 第11项 …: items picked from a longer list by their numbers there — a 督查通报's overdue ones —
        # each line followed by its duty fields: increasing, not counted from one)
        all(a < b for a, b in itertools.pairwise(numbers)) and all(_fields_below(text, m.end()) for m in found)
    ):
        return text
    return _OTHER_NUMBER.sub(lambda m: f"{m.group(1)}{_other_number(m)}.", text)


# A duty field's label opening a line (牵头单位:, 分管领导:, 完成时限:): what stands under an item picked by its number.
_FIELD_LINE = re.compile(
    r"[ \u3000]*(?:牵头|配合|责任|分管|主办|协办|主责|协同|包保|联系|挂点|完成|办结|督办|承办)[\u4e00-\u9fff]{0,6}[:：]"
)


def _fields_below(text: str, at: int) -> bool:
    """Does the line after the one ``at`` stands in open with a duty field's label?"""
    end = text.find("\n", at)
    return end >= 0 and _FIELD_LINE.match(text, end + 1) is not None


def _other_number(m: re.Match[str]) -> int:
    """The number of 【3】, 第三项 or 第3项 (the pattern leaves out 第3项由…: a line on an item by its number, layout's)."""
    digits = m.group(2) or m.group(3) or m.group(4) or m.group(5) or m.group(6)
    return int(digits) if digits.isdigit() else chinese_number(digits)


def normalize_line(line: str) -> str:
    """One line as the grammar sees it: ASCII punctuation and spaces, stripped."""
    return normalize(line).strip()


# A scan's OCR reads 0 as O and 1 as l inside figures (2O11年, 1OO%, l000户; a digit or l first: O2O stays), 1 as l or I
# in an item's number at a line's start (l.开展…, l.4 加快…) or alone on its line (a table's 序号 cell), and 、 between two bodies' names as a dot (区委宣传部.区文化旅游广电局).
_OCR_FIGURE = re.compile(r"(?<![A-Za-z\d])[\dl][\dlO]*(?![A-Za-z])")
_OCR_ONE = re.compile(
    r"^( *)[lI](?=[.、][\u4e00-\u9fff]|\.\d{1,2}(?:[ \u3000]|[\u4e00-\u9fff])| *$)", re.MULTILINE
)  # (l alone: a table's 序号 cell; l.4 加快…: the first part of a compound number)
_OCR_COMMA = re.compile(r"\.(?<=[局委办部厅府]\.)(?=[省市县区][\u4e00-\u9fff]{2})")
_DOT_BEFORE_PLACE = re.compile(r"\.[省市县区]")
_DATE_DAY = re.compile(r"[日号]")
_ANGLED_NUMBER = re.compile(r"^([ \t\u3000]*)[(〈](\d{1,3})[)〉](?=[^\d\n])", re.MULTILINE)


@functools.cache
def _role_slips() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    """The misread role words of grammar/ocr-slips.txt (牵头单住, 配台单位, 责仼领导): for each, the word it stands for and
    the characters one of which must stand right before it or right after it ("" where any may)."""
    from fyplan.grammars import grammar_dir  # (only for a text that may hold one)

    pairs: dict[str, tuple[str, str, str]] = {}
    for line in (grammar_dir() / "ocr-slips.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            wrong, right, *context = line.split()
            if len(wrong) != 2 or len(right) != 2:
                raise ValueError(f"grammar/ocr-slips.txt: {line!r} is no pair of two-character words")
            said = dict(c.split("=", 1) for c in context)
            pairs[wrong] = (right, said.get("after", ""), said.get("next", ""))
    # (each misread pair is two characters: the search is led by the second's class and looks behind for the pair,
    # ~2.3 -> 1.2 ms per MB of text with none; a pair whose first character is the misread one, 贵任 for 责任, is
    # mended where the pair stands, _first_slips: its second is a common character, which would lead the search
    # to every 任 of a notice)
    seconds = "".join(sorted({wrong[1] for wrong in pairs if wrong[0] == pairs[wrong][0][0]}))
    behind = "|".join(map(re.escape, (wrong for wrong in pairs if wrong[0] == pairs[wrong][0][0])))
    return re.compile(f"[{seconds}](?<={behind})"), pairs


def _slip_beside(text: str, start: int, end: int, after: str, nxt: str) -> bool:
    """Do the characters around a misread pair at ``text[start:end]`` allow mending it: one of ``after`` right before
    it and one of ``nxt`` right after it, where the pair's line in grammar/ocr-slips.txt asks for them?"""
    return (not after or (start > 0 and text[start - 1] in after)) and (
        not nxt or (end < len(text) and text[end] in nxt)
    )


def _first_slips(text: str, pairs: dict[str, tuple[str, str, str]]) -> str:
    """The pairs of grammar/ocr-slips.txt whose first character is the misread one (贵任单位 → 责任单位), mended where
    the characters around them allow (as for the others)."""
    for wrong, (right, after, nxt) in pairs.items():
        if wrong[0] == right[0]:
            continue
        # (贵 任单位: a scan's stray space inside the word too — mended one character for one, the space kept)
        for seen, meant in ((wrong, right), (f"{wrong[0]} {wrong[1]}", f"{right[0]} {right[1]}")):
            if holds(text, seen):
                text = _mended_where(text, seen, meant, after, nxt)
    return text


def _mended_where(text: str, wrong: str, right: str, after: str, nxt: str) -> str:
    out: list[str] = []
    done = 0
    at = text.find(wrong)
    while at >= 0:
        end = at + len(wrong)
        if _slip_beside(text, at, end, after, nxt):
            out += (text[done:at], right)
            done = end
        at = text.find(wrong, end)
    return "".join([*out, text[done:]]) if out else text


# The misread characters of those words' (a quick test before the words are looked for).
# (every misread character of grammar/ocr-slips.txt; tests/test_reader_edges.py holds it to the file)
_ROLE_SLIP_HINT = re.compile("[住伩仿泣台仼仟怍寻尋失夹冋菅隈戍亦贵貴顶頂忙]")
# Misread words whose misread character is in most notices (入: 纳入, 投入; 立: 建立), asked whole instead (``in``: an
# alternation beside the class makes its search ~3x slower).
_ROLE_SLIP_WORDS = ("任入", "单立", "單立")


def _role_words_mended(text: str) -> str:
    pattern, pairs = _role_slips()

    def mended(m: re.Match[str]) -> str:
        start = m.start() - 1
        right, after, nxt = pairs[text[start : m.end()]]
        if not _slip_beside(text, start, m.end(), after, nxt):
            return m.group()  # (简单住宿: no role's word before it)
        return right[1]

    return _first_slips(pattern.sub(mended, text), pairs)


def ocr_mended(text: str) -> str:
    """``text`` with a scan's OCR slips between figures and letters mended as the reader mends them (one character for
    one), the very string where it has none: what ``widths.as_written`` looks the item's text up in, to give the words
    back as printed (2O12年, l00万元: an annotator keeps a scan's slips in the text)."""
    if "O" in text or "l" in text or "I." in text or "I、" in text:
        return _ocr_slips(text)
    return text


# A column rule a scan read as l, I or 1 — a space each side, Chinese words or a sentence's end around it — on a line
# of a | table (two bars or more): the bar it is (one character for one: the columns stay).
# (after a sentence's mark too, …68亿元; l 何志刚, or a rule: | I 地方财政… — an empty cell, then the task's words)
# (a 1 only between words: | 1 | is a row's number)
_OCR_BAR = re.compile(
    r"(?<=[\u4e00-\u9fff。,、)%;:|\d]) [lI] (?=[\u4e00-\u9fff|lI])|(?<=[\u4e00-\u9fff。,、)%]) 1 (?=[\u4e00-\u9fff])"
)
# …at a barred line's ends too: l 2 | …, [ 8 | …, I l 工项目…, l  | 预算… (the row's first rule, an empty cell after
# it), … | 县招商局 I, … 2014年12月 l, … |  l (its last)
_OCR_BAR_FIRST = re.compile(r"^[lI\[\]](?= +(?:\d{1,3} +\||[lI] |\||[\u4e00-\u9fff]))")
_OCR_BAR_LAST = re.compile(r"(?<=[\u4e00-\u9fff。,、)%|]) +[lI\]]$")
_BARRED_LINE = re.compile(r"^[^\n]*\|[^\n]*\|[^\n]*$", re.MULTILINE)
_BAR_RUNS = 3


@functools.cache
def _field_bullet() -> re.Pattern[str]:
    from fyplan.grammars import lexicon  # (the label lexicon only for a text with such a bullet in it)

    return re.compile(r"[▶►▸➤](?= *(?:" + lexicon("LABEL") + r") *:)")


def _ocr_bars(text: str) -> str:
    return _BARRED_LINE.sub(lambda m: _bars_mended(m.group()), text)


def _bars_mended(line: str) -> str:
    # (丨, the CJK stroke radical, is how some engines read a rule: no word of a notice uses it — on a barred line it
    # is one, character for character)
    line = line.replace("丨", "|")
    if line[:1] in "lI[]":
        line = _OCR_BAR_FIRST.sub("|", line)
    for _ in range(_BAR_RUNS):  # (| l I 局: two rules read as letters side by side, the second seen once the first is)
        mended = _OCR_BAR.sub(" | ", line)
        if mended == line:
            break
        line = mended
    if line[-1:] in "lI]":
        line = _OCR_BAR_LAST.sub(" |", line)
    return line


def _ocr_slips(text: str) -> str:
    """A scan's OCR slips between figures and letters, mended (one character for one: the columns stay)."""
    if "O" in text or "l" in text:
        text = _OCR_FIGURE.sub(_figure_mended, text)
    if "l." in text or "I." in text or "l、" in text or "I、" in text or "\nl\n" in text or "\nI\n" in text:
        text = _OCR_ONE.sub(r"\g<1>1", text)
    if "." in text:
        text = _OCR_COMMA.sub("、", text)  # (the dot first: a quick scan)
    if "," in text:
        text = _OCR_NUMBER_COMMA.sub(_number_mended, text)
    return text


# 3,推进林下经济… at a line's start: a scan read an item's 3. as 3, — mended where the items around it are numbered 2. or
# 4. (a figure and a comma opening a line is a sentence's words otherwise: 2,3月份…).
_OCR_NUMBER_COMMA = re.compile(r"^( *)(\d{1,2}),(?=[\u4e00-\u9fff])", re.MULTILINE)


def _number_mended(m: re.Match[str]) -> str:
    n = int(m.group(2))
    text = m.string
    around = (rf"^ *{k} ?[.、](?=[\u4e00-\u9fff])" for k in (n - 1, n + 1) if k > 0)
    if any(re.search(pattern, text, re.MULTILINE) for pattern in around):
        return f"{m.group(1)}{m.group(2)}."
    return m.group()


def _figure_mended(m: re.Match[str]) -> str:
    run = m.group()
    if run == "l" and _DATE_DAY.match(m.string, m.end()) and m.string[m.start() - 1 : m.start()] == "月":
        return "1"  # (5月l日: a day of one digit read as a letter, between 月 and 日)
    if not any(ch.isdigit() for ch in run) or ("O" not in run and "l" not in run):
        return run
    return run.replace("O", "0").replace("l", "1")
